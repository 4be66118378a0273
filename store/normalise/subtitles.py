"""Subtitles of a news video (SubRip ``.srt``, WebVTT ``.vtt``): cues back into running text.

A subtitle file cuts the spoken text into cues of a line or two, each under a
cue number and a timing line ("00:00:03,000 --> 00:00:06,000").  The cues'
text is one running text, so it is joined into one paragraph (which the
run-on splitter then cuts at sentences); numbers, timings, the WebVTT header
and cue settings go to the audit, and inline cue tags (``<c>``, ``<i>``,
``<v Speaker>``) are dropped from the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.normalise.units import LineInfo

_TIMING = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}.*$")
_CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
_HEADER = re.compile(r"^(?:WEBVTT\b.*|(?:Kind|Language|Region|Style|X-TIMESTAMP-MAP)\s*[:=].*|NOTE\b.*)$")
_CUE_TAG = re.compile(r"</?(?:c|i|b|u|v|lang|ruby|rt)(?:[.\s][^>]{0,80})?>|<\d{1,2}:\d{2}[:.\d]{0,10}>")
_MIN_CUES = 2


@dataclass(slots=True)
class Subtitles:
    lines: list[LineInfo]
    removed: list[tuple[int, str]] = field(default_factory=list)  # (first source line, text) of numbers and timings


def looks_like_subtitles(text: str) -> bool:
    head = text[:4096]
    return "-->" in head and sum(1 for line in head.split("\n") if _TIMING.match(line)) >= _MIN_CUES


def subtitle_lines(text: str) -> Subtitles | None:
    """The cues' text as one paragraph line (at the first cue's line), or None when ``text`` holds no cues."""
    if not looks_like_subtitles(text):
        return None
    spoken: list[str] = []
    first = 0
    removed: list[tuple[int, str]] = []
    source = text.split("\n")
    for number, line in enumerate(source, 1):
        stripped = line.strip()
        if not stripped:
            continue
        if _TIMING.match(stripped) or _HEADER.match(stripped) or (_CUE_NUMBER.match(stripped) and _next_is_timing(source, number)):
            removed.append((number, stripped))
            continue
        words = " ".join(_CUE_TAG.sub("", stripped).split())
        if words and (not spoken or words != spoken[-1]):  # a roll-up caption repeats its last line
            first = first or number
            spoken.append(words)
    if not spoken:
        return None
    # One audit block for all the numbers and timings: a block per cue would drown the audit.
    block = [(removed[0][0], "\n".join(text for _, text in removed))] if removed else []
    return Subtitles([LineInfo(" ".join(spoken), first)], block)


def _next_is_timing(source: list[str], number: int) -> bool:
    return number < len(source) and _TIMING.match(source[number].strip()) is not None
