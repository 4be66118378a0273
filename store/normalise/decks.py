"""The standfirst (dek) under an article's headline, and the shape of a deck."""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.models import PassageKind
from store.normalise.credits import find_dateline
from store.normalise.derived_titles import is_correction_note
from store.normalise.furniture import opens_with_greeting
from store.normalise.metadata import is_dek_shaped
from store.normalise.units import Unit


def find_dek(units: Sequence[Unit], title: Unit | None, unprinted_title: bool = False) -> Unit | None:
    """The standfirst sits right under the title, before any header or picture.

    It is a sentence or two, clearly shorter than the article's paragraphs:
    a first paragraph of ordinary length is the lede, not a dek.  When the
    title came from the page's markup and extraction left it out of the text
    (``unprinted_title``), the dek is the first line.  Either may be set as a
    sub-heading under the title ("<h3 class=subtitle>").
    """
    if title is None and not unprinted_title:
        return None
    at = next(i for i, unit in enumerate(units) if unit is title) if title is not None else -1
    for k in range(at + 1, len(units)):
        unit = units[k]
        if unit.removed is not None:
            continue
        # A sub-heading set under the title (an <h3> under the <h1>) can be the standfirst; a heading of
        # the title's own rank opens a section.
        outranked = title is None or unit.heading_level > max(title.heading_level, 1)
        if unit.role is not None or unit.kind is not None or unit.bullet or (unit.heading_level and not outranked):
            return None
        above_byline = next((u.role == "header" for u in units[k + 1 :] if u.removed is None), False)
        shaped = is_dek_shaped(unit.text) or (short_dek_shaped(unit) and (above_byline or _set_apart(units, k) or _clause_under_title(units, title, k == at + 1, k)))
        if not shaped or find_dateline(unit.text) is not None or _SPEECH_TURN.match(unit.text) or opens_with_greeting(unit.text) or is_correction_note(unit.text):
            return None  # (a briefing's first "Question: …", a letter's "Good morning, …" and a correction sum nothing up)
        later = sorted(u.words() for u in units[k + 1 :] if u.kept and u.is_prose())
        if len(later) < 2:
            return None
        median = later[len(later) // 2]
        if unit.words() <= 0.6 * median or unit.quote or _emphasised(unit) or above_byline:
            return unit
        # Unstopped, as decks are set (a lede ends its sentence), right under a marked-up headline or alone
        # between it and the first section's heading (a live page's first entry): the standfirst, however
        # short the page's paragraphs run.
        following = next((u for u in units[k + 1 :] if u.kept), None)
        if title is not None and title.heading_level and unit.text[-1:].isalnum() and k == at + 1:
            return unit
        if following is not None and title is not None and following.heading_level > max(title.heading_level, 1) and unit.text[-1:].isalnum():
            return unit
        # The story opens at its dateline ("(서울=연합뉴스) 김철수 기자 = ...", "SEOUL (Reuters) - ..."): a
        # deck-shaped line right above it is the deck, however long the few paragraphs of a short item run.
        lede = next((u for u in units[k + 1 :] if u.kept), None)
        return unit if lede is not None and lede.is_prose() and find_dateline(lede.text) is not None else None
    return None


# (A meeting record's turns too: "The President: I now give the floor …", "Mr. Kyslytsya (Ukraine): Thank you …".)
_SPEECH_TURN = re.compile(
    r"(?:Q|Question|QUESTION|Вопрос|Питання|질문)[:.：]\s|The (?:Acting )?(?:President|Chair(?:man|woman|person)?|Speaker|Secretary-General):\s"
    r"|(?:Mr|Mrs|Ms|Dr)\.? [^:()\n]{1,60}? \([^()\n]{2,80}\):\s"
)
SHORT_DEK_WORDS = (4, 7)  # "Pyongyang's soldiers paid a steep price": an AMP page's or a magazine's short deck


def short_dek_shaped(unit: Unit) -> bool:
    """A deck too short for ``is_dek_shaped``: one clause of four to seven words, no label or question."""
    text = unit.text
    return (
        SHORT_DEK_WORDS[0] <= unit.words() <= SHORT_DEK_WORDS[1]
        and len(text) <= 80
        and not text[:1].islower()  # (Korean and Japanese have no capitals)
        and not text.isupper()
        and not text.endswith((":", "?"))
        and not unit.bullet
    )


def _set_apart(units: Sequence[Unit], at: int) -> bool:
    """Something other than the text stands between the line and the first paragraph: a byline or date
    the header took, or a picture.  A sub-heading is followed by the words it heads; a deck under a
    headline is followed by the story's byline, date or lead picture."""
    for unit in units[at + 1 :]:
        if unit.removed is not None:
            if unit.removed in ("metadata-header", "timestamp", "share-prompt"):
                return True
            continue
        return unit.kind in (PassageKind.CAPTION, PassageKind.CREDIT) or unit.image_alt or unit.role == "header"
    return False


def _clause_under_title(units: Sequence[Unit], title: Unit | None, right_under: bool, at: int) -> bool:
    """A plain line in sentence case right under a plain headline, with prose under it ("Seoul says the troops
    moved weeks ago"): the deck, though no byline sets it apart.  A story opens on its lede, not on a section's
    heading; a line in Title Case, one set as a heading, or one of four words ("A relationship gone sour") stays
    a heading."""
    unit = units[at]
    if title is None or title.heading_level or unit.heading_level or not right_under or unit.words() <= SHORT_DEK_WORDS[0]:
        return False
    following = next((u for u in units[at + 1 :] if u.kept), None)
    return following is not None and following.is_prose() and not following.bullet and unit.text[-1:].isalnum() and sum(1 for w in unit.text.split()[1:] if w[:1].islower()) >= 2


def _emphasised(unit: Unit) -> bool:
    """Markdown that set the line in italics or bold (its markers are gone from ``text``)."""
    raw = unit.raw.strip()
    return len(raw) > 2 and raw[0] in "*_" and raw[-1] in "*_"
