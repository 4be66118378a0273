"""Titles: the printed one without what only frames it, and one made for an article that prints none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from store.normalise.shapes import is_title_like, word_count

if TYPE_CHECKING:
    from store.normalise.units import Unit

_SUBORDINATE_OPENER = re.compile(
    r"^(?:despite|although|though|while|whilst|as|after|before|since|because|even as|even though"
    r"|with|amid|amidst|following|given|if|when|unlike|in the (?:wake|face) of|according to)\b",
    re.IGNORECASE,
)
_MAIN_CLAUSE_START = re.compile(r"^(?:the|a|an|this|these|those|its|their|his|her|[A-Z])")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])")
MAX_TITLE = 90
_ENUMERATION = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
# A newsletter's story label before the headline: "STORY 2: HOW MANY SHELLS?", "Item 3 — ...".
_STORY_LABEL = re.compile(r"^(?:STORY|ITEM|Story|Item) ?\d{1,2} ?[.):—–-]\s+(?=\S)")
_BOARD_LABEL = re.compile(r"^(?:Thread|Topic)\s*:\s+(?=\S)")
# A wire's version tag glued to the headline ("UPDATE 2-North Korean troops ...", "REFILE-..."):
# it says which version of the story this is, not what the story is.
# (tags chain: "CORRECTED-UPDATE 2-", "REFILE-UPDATE 1-")
_WIRE_VERSION = re.compile(r"^(?:(?:UPDATE(?: \d{1,2})?|REFILE|RPT|REPEAT|CORRECTED)-)+(?=[A-Z0-9\"“‘'])")

# The same tag in brackets, as the Korean wire sets it: "(LEAD) N. Korea sends ...", "(2nd LD) ...", "(URGENT) ...".
_WIRE_VERSION_TAG = re.compile(r"^\((?:LEAD|\d{1,2}(?:st|nd|rd|th) LD|URGENT|UPDATE(?: \d{1,2})?|REFILE|CORRECTED)\) ?(?=\S)")


def printed_title(text: str, *, numbered: bool) -> str:
    """The title as printed, without a newsletter's story number, a board's label or a wire's version tag.

    "## 2. Kyiv: up to 12,000 troops": a newsletter numbers its stories (only a heading's number is
    taken off, ``numbered``); "Thread: Are the 12,000 figures credible?": a board labels its threads.
    """
    if numbered:
        text = _ENUMERATION.sub("", text, count=1)
    if text[:1] in "SI":
        text = _STORY_LABEL.sub("", text, count=1)
    if text[:1] > "\u218f":
        text = _LEADING_ICONS.sub("", text)  # "⚡️ North Korean troops ...": a channel's mark, no word of the headline
    if text[:1] in "BELFUA" and (label := _ALERT_LABEL.match(text)) is not None and label.end() < len(text):
        text = text[label.end() :]  # "BREAKING North Korean troops enter combat", a wire's "URGENT: ...": the alert, not the headline
    if text[:1] == "^" and text[-1:] == "<":
        text = text[1:-1].strip()  # a wire's headline delimiters (ANPA copy: "^Headline<")
    if text[:1] in "URC":
        text = _WIRE_VERSION.sub("", text, count=1)
    elif text[:1] == "(":
        text = _WIRE_VERSION_TAG.sub("", text, count=1)
    if text[-1:] == ")":
        text = _LINKED_SITE.sub("", text, count=1)  # a link aggregator's "(example.org)" after the headline it links
    if text[-1:] == "T":
        text = _AIRTIME.sub("", text, count=1)  # a broadcast transcript's "…; Interview With X. Aired 8-9p ET": when, not what
    return _BOARD_LABEL.sub("", text, count=1)


# The hour a programme aired, closing its transcript's headline: "Aired 8-9p ET", "Aired 10:00-11:00 PM ET".
_AIRTIME = re.compile(r"(?<=\S)[.;,]? (?:Aired|AIRED) \d{1,2}(?::\d{2})?(?: ?[-–] ?\d{1,2}(?::\d{2})?)? ?(?:[ap]\.?m?\.?|[AP]\.?M\.?)? ?[ECMP][SD]?T$")
# The site a link aggregator names after each linked headline: "North Korean troops reach Kursk (reuters.com)".
_LINKED_SITE = re.compile(r"(?<=\S) \((?:www\.)?[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){1,3}(?:/[\w.-]{1,40})?\)$")


# Abbreviations a sentence goes on after ("Jan. 30", "Mr. Kim", "Gen. Syrskyi"): a stop, not an end.
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mr|mrs|ms|dr|gen|lt|col|maj|capt|sgt|adm|gov"
    r"|sen|rep|st|no|vol|u\.s|u\.n|a\.m|p\.m)\.$",
    re.IGNORECASE,
)
# Fields set in one line ahead of the sentence ("Moscow Times | Jan. 30, 2025 | North Korean crews ..."):
# a derived title starts after them.
_LEADING_FIELDS = re.compile(r"^(?:[^|\n]{1,40}\s\|\s){1,3}(?=\S)")


def first_sentence(text: str) -> str:
    for found in SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text, 0, found.start()) is None:
            return text[: found.start()].strip()
    if not text.isascii() and (stop := _WIDE_STOP.search(text)) is not None and stop.end() < len(text.rstrip()):
        return text[: stop.start()].strip()  # Chinese and Japanese close a sentence with "。" and no space
    return text.strip()


_WIDE_STOP = re.compile(r"[。！？]")
# (longer than a dateline's "【ソウル共同】" or "【北京=共同】", which name a place and a wire or a writer)
_BRACKETED_HEADLINE = re.compile(r"【(?P<headline>[^【】=＝\n]{10,80})】(?=\S)")


_TRAILING_TAGS = re.compile(r"(?:\s+[@#][\w.]{1,40})+\s*$")
_ALERT_LABEL = re.compile(r"(?:BREAKING(?: NEWS)?|EXCLUSIVE|LIVE|FLASH|URGENT|BULLETIN|ALERT)(?:\s*[:|—–-]\s*|\s+)(?=[A-Z0-9\"“‘'])")
_LEAST_TITLE_WORDS = 3  # a first sentence shorter than this is a greeting, not what the article is about


# Pictographs, their variation selector and joiner, arrows and dingbats: no letter or digit, quote or bracket.
_THREAD_COUNTER = re.compile(r"\d{1,2}/\d{0,2}\s+(?=\D)")  # "1/6 ", or "1/ " without the count
_LEADING_ICONS = re.compile(r"^(?:[\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]\s?)+(?=\S)")


# A record's speaker opening a turn: a name in capitals ("MR. SMITH:", "THE COURT:"), a title and a name with
# the seat and party in brackets ("Mr John Smith (Bexley) (Con):"), an office ("The Minister of State (Jane Roe):").
_SPEAKER_LABEL = re.compile(
    r"(?:(?-i:[A-Z][A-Z.'’ -]{1,40}(?:, [A-Z][A-Z.'’ -]{1,40})?)|(?:(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|The|Chairman|Chairwoman|Senator|Rep|Representative|Ambassador|Judge|Justice)\.? [^:()\n]{1,60}?(?: \([^()\n]{1,60}\)){0,3}))\s?: (?=\S)"
)
_LEAST_SPOKEN_WORDS = 8


def derive_title(text: str, limit: int = MAX_TITLE, *, at_clause: bool = True) -> str:
    """A title for an article that has none, from its first paragraph.

    The first sentence's main clause when a subordinate clause opens it
    ("Despite X, the regime has chosen ..." -> "The regime has chosen ..."),
    else the first sentence; trimmed at a clause (``at_clause``) or word boundary to ~``limit`` characters.
    """
    if text[:1] == "【" and (bracketed := _BRACKETED_HEADLINE.match(text)) is not None:
        return bracketed["headline"]  # "【韩国军方：朝鲜向俄罗斯增派约3000名士兵】据韩联社报道…": a Chinese post's own headline
    text = _TRAILING_TAGS.sub("", text)  # a post's closing "@channel #Kursk" names no subject
    text = _LEADING_ICONS.sub("", text)  # a channel post's "⚡️" or "🔴" before its first word says nothing
    if text[:1].isdigit() and (counter := _THREAD_COUNTER.match(text)) is not None and not text[counter.end()].islower():
        text = _LEADING_ICONS.sub("", text[counter.end() :])  # "1/6 🧵 New estimates ...": the thread's post counter
    if " | " in text[:130] and (fields := _LEADING_FIELDS.match(text)) is not None and word_count(text[fields.end() :]) >= 8:
        text = text[fields.end() :]
    if ":" in text[:120] and (speaker := _SPEAKER_LABEL.match(text)) is not None and word_count(text[speaker.end() :]) >= _LEAST_SPOKEN_WORDS:
        text = text[speaker.end() :]  # "Mr John Smith (Bexley) (Con): ...", "THE COURT: ...": who speaks, not what about
    first = first_sentence(text)
    sentence = first.rstrip(".!?;:, ")
    if word_count(sentence) < _LEAST_TITLE_WORDS and (rest := text[len(first) :].strip(" .!?")):
        # "Good evening." or "Hi all." opens a broadcast or a post: the next sentence says what it is about.
        sentence = first_sentence(rest.lstrip(".!? ")).rstrip(".!?;:, ") or sentence
    if _SUBORDINATE_OPENER.match(sentence) and "," in sentence:
        for piece in [p.strip() for p in sentence.split(",")[1:]]:
            if piece and _MAIN_CLAUSE_START.match(piece) and not re.match(r"^(?:and|or|but)\b", piece, re.IGNORECASE):
                start = sentence.index(piece)
                if word_count(sentence[start:]) >= 4:
                    sentence = sentence[start:]
                    break
    sentence = sentence[:1].upper() + sentence[1:]
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1]
    if _repetitive(cut):
        return _head_and_tail(sentence, limit)
    for mark in (", ", "; ", " — ", " – ") if at_clause else ():
        at = cut.rfind(mark)
        if at >= 40:
            return cut[:at].rstrip() + "…"
    at = cut.rfind(" ")
    return (cut[:at] if at >= 40 else cut).rstrip(" ,;:") + "…"


_TAIL_WORDS = 4


def _repetitive(cut: str) -> bool:
    """A phrase said over and over ("North Korean troops North Korean troops ..."): its start tells nothing apart."""
    words = cut.lower().split()
    return len(words) >= 8 and len(set(words)) * 3 <= len(words)


def _head_and_tail(sentence: str, limit: int) -> str:
    """The sentence's start and its last words, the part that tells it from another that repeats the same phrase."""
    tail = " ".join(sentence.split()[-_TAIL_WORDS:])
    head = sentence[: max(limit - len(tail) - 3, 20)]
    head = head[: head.rfind(" ")] if " " in head else head
    return f"{head.rstrip(' ,;:')} … {tail}"


_LONGER_LIMITS = (140, 200, 300)


def distinct_derived_title(text: str, taken: set[str]) -> str:
    """A derived title no other article of the file already has: the first sentence cut later, or the paragraph's start.

    Posts of one channel often open alike ("North Korean troops were seen near Kursk on ...");
    cut at the same place, their titles would read the same in a list.
    """
    for limit in _LONGER_LIMITS:
        title = derive_title(text, limit, at_clause=False)  # (a clause's end may come before the words that differ)
        if title not in taken:
            return title
    whole = " ".join(text.split())  # the same first sentence: the paragraph's next words may still differ
    return whole if len(whole) <= _LONGER_LIMITS[-1] else whole[: _LONGER_LIMITS[-1]].rstrip() + "…"


_STORY_NUMBER = re.compile(r"(?:(?:STORY|ITEM|Story|Item) ?\d{1,2} ?[.):—–-]|\d{1,2}[.)])\s")


def numbered_story_headline(first: Unit, units: Sequence[Unit]) -> bool:
    """"2. SHELL DELIVERIES SLOW DOWN" opening an item of a digest, alone in its block, prose under it:
    the story's numbered headline, not a one-item list.

    A headline in capitals may head the block its story's prose goes on in ("1) KURSK: TROOPS ROTATING
    HOME" right over its paragraph): no list item is set in capitals over a paragraph of its own.
    Neither is a numbered line alone atop a block of prose (a list numbers each of its lines).
    """
    if not _STORY_NUMBER.match(first.text):
        return False
    headline = _STORY_NUMBER.sub("", first.text, count=1)
    capitals = first.pos == 0 and headline.isupper()
    at = units.index(first)
    # Or atop its story's block, set without a blank line, the only numbered line there (see splitting).
    atop = first.pos == 0 and not any(u.bullet for u in units[at + 1 : at + first.block_size])
    if first.block_size != 1 and not (capitals or atop):
        return False
    after = next((u for u in units[at + 1 :] if u.kept), None)
    if after is None or after.bullet or not after.is_prose() or (after.block == first.block and not (capitals or atop)):
        return False
    return is_title_like(headline)


def is_dek_shaped(text: str) -> bool:
    """A standfirst: one or two sentences of 8-60 words."""
    n = word_count(text)
    if not 8 <= n <= 60 or len(text) > 400:
        return False
    return len(SENTENCE_END.split(text)) <= 2


# A site's own controls under its name: "Defense Forum" / "Log In" / "Sign Up" over a topic's title.
_SITE_BAR = frozenset({"share-prompt", "navigation", "section-menu", "reader-chrome"})


def site_bar_blocks(units: Sequence[Unit], title: Unit) -> set[int]:
    """``title``'s block when the site's controls stand between its first lines and ``title``: a site's bar, set apart."""
    at = units.index(title) if title in units else -1
    before = [u for u in units[:at] if u.block == title.block]
    first_kept = next((n for n, u in enumerate(before) if u.kept), None)
    bar = first_kept is not None and any(u.removed in _SITE_BAR for u in before[first_kept + 1 :])
    return {title.block} if bar else set()


_DOCUMENT_PART = re.compile(
    r"executive summary|summary|abstract|introduction|foreword|preface|overview|key findings|zusammenfassung|résumé|résumé exécutif|resumen ejecutivo|요약|초록|要旨|概要|аннотация|анотація|резюме",
    re.IGNORECASE,
)


def is_document_part(text: str) -> bool:
    """"Executive Summary" over a report's title: the name of a part of the document, never its headline."""
    return len(text) <= 30 and _DOCUMENT_PART.fullmatch(text.strip(" :.")) is not None


# A correction or update note: "Correction: An earlier version of this article misstated ...", "This article was
# updated on Oct. 30 to include ...", "Hinweis der Redaktion: In einer früheren Version ...", "※この記事は…更新しました。".
# The outlet's note on its text stays in the text, but right under the headline it is no standfirst.
_CORRECTION_NOTES = (
    r"(?:correction|clarification|update|updated|editor['’]s note|note)(?:[ ,][^\n]{0,50}?)?[:：] (?:an? (?:earlier|previous|prior) version of this|this (?:article|story|report|post|piece) (?:has been|was) (?:updated|corrected|amended|changed))[^\n]{0,400}",
    r"(?:this|the) (?:article|story|report|post|piece) (?:has been|was) (?:updated|corrected|amended|changed)(?: (?:on|at) [\w .,:]{1,30}?)? to (?:include|add|reflect|correct|clarify|remove|update|fix)[^\n]{0,300}",
    r"an? (?:earlier|previous|prior) version of this (?:article|story|report|post|piece) [^\n]{2,400}",
    r"(?:hinweis der redaktion|anmerkung der redaktion|korrektur|transparenzhinweis|korrekturhinweis)[:：] (?:in einer (?:früheren|vorherigen|ersten) (?:version|fassung)|dieser (?:artikel|text|beitrag) wurde)[^\n]{0,400}",
    r"in einer (?:früheren|vorherigen|ersten) (?:version|fassung) dieses (?:artikels|textes|beitrags)[^\n]{0,300}",
    r"(?:fe de errores|fe de erratas|rectificación)[:：] [^\n]{2,400}",
    r"(?:corrección|aclaración|nota de la redacción)[:：] (?:una versión (?:anterior|previa) de est[ea]|est[ea] (?:artículo|texto|noticia) (?:ha sido|fue) (?:actualizad|corregid|modificad))[^\n]{0,400}",
    r"una versión (?:anterior|previa) de est[ea] (?:artículo|texto|noticia)[^\n]{0,300}",
    r"(?:rectificatif|erratum|correctif|précision|correction)[  ]?[:：] (?:une (?:précédente|première) version de cet article|dans une (?:précédente|première) version de cet article|cet article a été (?:modifié|corrigé|mis à jour))[^\n]{0,400}",
    r"(?:une (?:précédente|première) version de cet article|cet article a été (?:mis à jour|modifié|corrigé) (?:le|pour|afin))[^\n]{0,300}",
    r"[※＊*]?(?:この記事|本記事|記事)は[^\n]{0,120}(?:更新|修正|訂正|追記)しました。?",
    r"[※＊*]?(?:이 )?기사(?:를|는)? [^\n]{0,80}(?:수정|정정|업데이트)(?:했습니다|됐습니다|되었습니다)\.?",
)
_CORRECTION_NOTE = re.compile("|".join(f"(?:{pattern})" for pattern in _CORRECTION_NOTES), re.IGNORECASE)


def is_correction_note(text: str) -> bool:
    """A correction's or an update's note on the story, in English, German, Spanish, French, Japanese or Korean."""
    return len(text) <= 600 and _CORRECTION_NOTE.fullmatch(text.strip()) is not None


def story_labelled(text: str) -> bool:
    """"STORY 1: CAPTURED SOLDIERS ...": a newsletter's story, labelled as one."""
    return text[:1] in "SI" and _STORY_LABEL.match(text) is not None
