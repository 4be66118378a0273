"""A section label copied over the headline ("ข่าวต่างประเทศ" / "Foreign news", "Analysis", "Thế giới" / "World").

A page's kicker comes with the headline when its text is copied: a short label, then the longer
headline in the same block.  The label names where the page filed the story, not what it is about:
it is no title (the headline under it is), so it leaves the text as a ``kicker`` in the audit.  The label must
name a section ("news", "world", "analysis" in the beat's languages): a short headline over its deck is no kicker.
Only the first two lines of a head count, and only where the file names no title of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.outlets import has_issuer_word, has_publication_word, outlet_table
from store.normalise.units import Unit

# What a kicker calls a section, in the languages of the beat: "Foreign news" (ข่าวต่างประเทศ), "World" (Thế giới), "Analysis".
_SECTION_NAME = re.compile(
    r"\b(?:news|world|international|foreign|politics|analysis|opinion|explainer|exclusive|breaking|live|security|defen[cs]e|diplomacy"
    r"|nachrichten|ausland|noticias|internacional|nouvelles|monde|notizie|esteri|wiadomości|świat|tin tức|thế giới|quốc tế|berita|dunia"
    r"|haber|dünya|новости|новини|мир|світ)\b|ข่าว|ต่างประเทศ|新闻|新聞|国际|國際|ニュース|国際|뉴스|국제|세계",
    re.IGNORECASE,
)
_MOST_KICKER_CHARS = 30
_MOST_KICKER_WORDS = 3
_LEAST_HEADLINE_CHARS = 25
_MOST_HEADLINE_CHARS = 200


def mark_kicker_over_headline(units: Sequence[Unit]) -> None:
    """The first line, when it is a short label over a headline twice as long in its block, is a kicker."""
    kept = (u for u in units if u.kept)
    label, headline = next(kept, None), next(kept, None)
    if label is None or headline is None:
        return
    if label.block != headline.block or label.header() is not None or headline.header() is not None or label.heading_level:
        return
    text = label.text.strip()
    if len(text) > _MOST_KICKER_CHARS or label.words() > _MOST_KICKER_WORDS or text[-1:] in ".!?:;,。" or any(ch.isdigit() for ch in text):
        return
    # (a headline's length, with no stop at its end: scripts written without spaces make any line look like prose)
    if not max(_LEAST_HEADLINE_CHARS, 2 * len(text)) <= len(headline.text) <= _MOST_HEADLINE_CHARS or headline.text[-1:] in ".!?。":
        return
    if _SECTION_NAME.search(text) is None:
        return  # "ARMS FOR OIL" / "How North Korea became Russia's arsenal": a short headline over its deck
    if outlet_table().lookup(text) is not None or has_publication_word(headline.text) or has_issuer_word(headline.text):
        return  # "Ukrinform" / "Ukrainian National News Agency": a masthead and its tagline, no kicker and headline
    following = next((u for u in kept if u.header() is None), None)
    if following is None or not following.is_prose():
        return  # (the story, perhaps under its date line, follows a headline; a masthead's motto is followed by more head)
    label.removed = "kicker"
