"""Sentence boundaries for news copy, as (start, end) offsets.

News prose is full of full stops that end nothing: titles ("Maj. Gen. Pat
Ryder"), initials ("Joseph S. Bermudez Jr."), dotted acronyms ("U.S.
officials"), month abbreviations ("Dec. 10") and decimals ("0.6 percent").
A boundary is a run of ``.``, ``!`` or ``?`` (with any closing quotes or
brackets) followed by white space and something that can open a sentence;
each candidate is then vetted against the word before it.  A candidate that
falls inside a short quotation or bracket is not a boundary either, so a
quoted passage of two sentences stays with the "…," he said that follows it
and keeps its speaker.
"""

from __future__ import annotations

import re

# Words whose full stop never ends a sentence: they always lead into a name or number.
_NEVER_FINAL = frozenset(
    """mr mrs ms messrs dr prof gen maj lt col capt cpt sgt adm cmdr cdr brig cpl pvt rep reps sen sens gov
    pres supt insp det rev hon st mt ft no nos vol vols fig figs art approx est vs v e.g i.e cf
    op ca nr""".split()
)
# A month's full stop ends nothing when a day number follows ("Dec. 10").
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Suffixes and company words: a sentence can end on them, so only a clear sentence opener breaks.
_CAN_BE_FINAL = frozenset("jr sr inc ltd co corp bros plc llc".split())
# After a dotted acronym ("U.S.") only a word that typically opens a sentence starts a new one.
_SENTENCE_OPENERS = frozenset(
    """the a an it its he she they we i you his her their our this that these those there here but and
    yet so in on at as after before when while if however meanwhile still some many most one two
    what why how who where last earlier later since despite although though for from with without
    under over both each all such no not""".split()
)

# A footnote mark may follow the stop ("… in 2024.[4] Each shipment …"): it belongs to the sentence it ends.
# A sentence may open with a Cyrillic capital or with Hangul, which has no capitals; Japanese and Chinese end
# theirs with "。", "！" or "？" and write no space after it.
# Written as ``[.!?]+…|[。！？]+…``, the pattern would open with a branch, which ``re`` cannot skip ahead to: it
# would try the whole pattern at every character of every line.  Opening with one class of all the stops lets
# it jump from stop to stop in C; the look-behind then picks the branch the stop belongs to, and the rest of
# each branch is unchanged (``[.!?]`` then ``[.!?]*`` is ``[.!?]+``), so it matches exactly what the two-branch
# form matched (``tests/test_analysis_speed56.py`` checks the two forms against each other).
_CANDIDATE_BRANCHES = (
    r"[.!?]+[\"'”’)\]]*(?:\[\d{1,3}\])*(?=\s+[\"'“‘(\[«]?[A-Z0-9À-ÝА-ЯЁЄІЇҐ\uac00-\ud7a3])"
    r"|[。！？]+[」』）)]*(?=\s*\S)"
)
_CANDIDATE = re.compile(
    r"[.!?。！？](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?:\[\d{1,3}\])*(?=\s+[\"'“‘(\[«]?[A-Z0-9À-ÝА-ЯЁЄІЇҐ\uac00-\ud7a3])"
    r"|(?<=[。！？])[。！？]*[」』）)]*(?=\s*\S))"
)
_PAIRS = {"(": ")", "[": "]", "“": "”"}
_MAX_ENCLOSED = 600  # a quotation or aside longer than this is more likely unbalanced than real
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?([\w’'-]+)")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Offsets of the sentences of ``text``, trimmed of surrounding white space.

    Line breaks are hard boundaries, and so are bullets inside a line.  Every character of ``text`` that is not
    white space belongs to exactly one sentence.
    """
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        if "•" in line:  # bullets a scraper glued into one line ("… • … • …"): each item is a sentence of its own
            cut = line_start
            for bullet in _GLUED_BULLET.finditer(line):
                _split_line(text, cut, line_start + bullet.start(), spans)
                cut = line_start + bullet.start()
            _split_line(text, cut, line_start + len(line), spans)
        else:
            _split_line(text, line_start, line_start + len(line), spans)
        line_start += len(line) + 1
    return spans


# A bullet between words, with white space on both sides: not "•" glued to a word (a logo's "•dot•").
_GLUED_BULLET = re.compile(r"(?<=\S)\s+(?=•\s)")


def _split_line(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    line = text[start:end]
    if not line.strip():
        return
    enclosed: list[tuple[int, int]] | None = None  # found at the first candidate: most lines have none
    cut = 0
    for match in _CANDIDATE.finditer(line):
        boundary = match.end()
        if enclosed is None:
            enclosed = _enclosed_spans(line) if _OPENERS.search(line) else []
        if enclosed and any(
            a < match.start() and (boundary < b or (boundary == b and _SPEAKER_FOLLOWS.match(line, boundary)))
            for a, b in enclosed
        ):
            continue  # inside a quotation, or one that closes on its stop and is attributed next ('…." he said')
        if not _is_boundary(line, match):
            continue
        _append_trimmed(text, start + cut, start + boundary, out)
        cut = boundary
    _append_trimmed(text, start + cut, end, out)


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def _is_boundary(line: str, match: re.Match[str]) -> bool:
    terminator = match.group()
    if terminator[0] != "." or terminator.startswith(".."):
        return True  # "?", "!", an ellipsis, or "U.S.." (the acronym's stop plus the sentence's)
    before = line[max(0, match.start() - 40) : match.start()].rsplit(None, 1)
    word = before[-1].lstrip("\"'“‘([") if before else ""
    if not word or not (word[-1].isalnum()):
        return True
    if word.isdecimal() and len(word) <= 2 and not line[: match.start() - len(word)].strip():
        return False  # a numbered list item's "2." opens the line; it ends nothing
    key = word.lower().strip("’'")
    if key in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "Joseph S. Bermudez"
    if key in _MONTHS:
        return not _next_word(line, match.end())[:1].isdigit()
    if key in _CAN_BE_FINAL:
        return _next_word(line, match.end()).lower() in _SENTENCE_OPENERS
    if "." in word and _DOTTED_ACRONYM.fullmatch(word):
        # "U.S." / "a.m." before a name stays inside
        return _next_word(line, match.end()).lower() in _SENTENCE_OPENERS
    return True


def _next_word(line: str, pos: int) -> str:
    match = _NEXT_WORD.match(line, pos)
    return match.group(1) if match else ""


# After a quotation that closes on its own stop, only its speaker keeps the next words in the same sentence:
# '"… in Ukraine." Zelensky said' (sloppy but seen); '"… in Ukraine." There is no evidence …' is a new sentence,
# and so is '"… not free." Zelensky said during the interview that …': a speaker with words of their own after
# "that" tags no quotation before them.
_SPEAKER_FOLLOWS = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|told|added|wrote|writes|claimed|stated|noted)\b"
    r"(?!(?:\s+[\w'’-]+){0,6}?\s+that\b)"
)
_ENCLOSERS = re.compile(r"[()\[\]“”\"]")
_OPENERS = re.compile(r'[(\[“"]')  # a line without one encloses nothing


def _enclosed_spans(line: str) -> list[tuple[int, int]]:
    """Matched bracket and quotation spans (open, close) short enough to be real."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight: list[int] = []
    for match in _ENCLOSERS.finditer(line):
        ch, i = match.group(), match.start()
        if ch == '"':
            straight.append(i)
        elif ch in _PAIRS:
            stack.append((_PAIRS[ch], i))
        elif stack:
            # A stray closer drops unmatched openers, so one typo does not hide the rest.
            while stack and stack[-1][0] != ch:
                stack.pop()
            if stack:
                _closer, opened = stack.pop()
                if i - opened <= _MAX_ENCLOSED:
                    spans.append((opened, i + 1))
    if straight and len(straight) % 2 == 0:
        for opened, closed in zip(straight[::2], straight[1::2], strict=True):
            if closed - opened <= _MAX_ENCLOSED:
                spans.append((opened, closed + 1))
    return spans


def sentences_of(text: str) -> list[str]:
    """The sentences themselves; a convenience for tests and the CLI."""
    return [text[a:b] for a, b in split_sentences(text)]
