"""Subtitles of a news video (SubRip ``.srt``, WebVTT ``.vtt``, a transcript copied with its times): cues back into running text.

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
# SubRip files carry HTML-like styling too ("<font color=...>", "<s>") and the override blocks of the
# SubStation Alpha captions they were converted from ("{\\an8}" to set a caption at the top, "{\\i1}").
_CUE_TAG = re.compile(r"</?(?:c|i|b|u|s|v|lang|ruby|rt|font|span)(?:[.\s][^>]{0,80})?>|<\d{1,2}:\d{2}[:.\d]{0,10}>|\{\\[^{}\n]{1,80}\}")
_MIN_CUES = 2
# A caption describing a sound rather than words spoken: "[MUSIC]", "(APPLAUSE)", "♪ ♪", "[speaking Korean]".
_SOUND_CUE = re.compile(r"\[[^\[\]]{1,40}\]|\((?:[A-Z][A-Z .'’-]{1,40}|(?i:music|applause|laughter|inaudible|crosstalk|silence|cheering|gunfire|explosions?|sirens?))\)|[♪♫][^\n]{0,80}")
_SPEAKER = re.compile(r"<v(?:\.[^\s>]{1,40})?\s+([^>]{1,60})>")
_DIALOGUE_DASH = re.compile(r"[-–—]\s(?=\S)")


@dataclass(slots=True)
class Subtitles:
    lines: list[LineInfo]
    removed: list[tuple[int, str]] = field(default_factory=list)  # (first source line, text) of numbers and timings
    sounds: list[tuple[int, str]] = field(default_factory=list)  # (source line, text) of sound captions ("[MUSIC]")
    voices: list[tuple[int, str]] = field(default_factory=list)  # (source line, name) where a voice tag names a new speaker


def looks_like_subtitles(text: str) -> bool:
    head = text[:4096]
    return "-->" in head and sum(1 for line in head.split("\n") if _TIMING.match(line)) >= _MIN_CUES


# A video's transcript as its page shows it and a reader copies it: a bare time over each caption line
# ("0:07" / "the agency says around 12,000 ..."), line after line with no blank between.
_CLOCK_LINE = re.compile(r"[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*")
_ANY_CLOCK_LINE = re.compile(r"\n[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*(?=\n)")  # (a literal start: searched at C speed)
_LEAST_TIMED_CAPTIONS = 3


def timed_transcript(text: str) -> bool:
    """Captions each under its time, counting up, with no blank line between (a live blog's times part its posts)."""
    head = text[:8192]
    if len(_ANY_CLOCK_LINE.findall(f"\n{head}\n")) < _LEAST_TIMED_CAPTIONS:
        return False
    lines = head.split("\n")
    clocks = [i for i, line in enumerate(lines) if _CLOCK_LINE.fullmatch(line)]
    seconds = [sum(int(part) * 60**n for n, part in enumerate(reversed(lines[i].strip().split(":")))) for i in clocks]
    captions = all(i + 1 < len(lines) and lines[i + 1].strip() and not _CLOCK_LINE.fullmatch(lines[i + 1]) for i in clocks[:-1])
    within = lines[clocks[0] : clocks[-1]]
    return captions and seconds == sorted(seconds) and sum(not line.strip() for line in within) * 4 < len(clocks) and 3 * len(clocks) >= len(within)


def subtitle_lines(text: str) -> Subtitles | None:
    """The cues' text as one paragraph line (at the first cue's line), or None when ``text`` holds no cues.

    A timed transcript (``timed_transcript``) is read as cues too, its times the timings; the lines above its
    first time (the video's title) are paragraphs of their own.
    """
    timed = not looks_like_subtitles(text) and timed_transcript(text)
    if not timed and not looks_like_subtitles(text):
        return None
    timed_yet = False
    spoken: list[str] = []
    first = 0
    removed: list[tuple[int, str]] = []
    sounds: list[tuple[int, str]] = []
    voices: list[tuple[int, str]] = []
    turns: list[tuple[int, list[str]]] = []  # (first line, cues) of each speaker's turn
    speaker = None
    in_dialogue = False  # the turn under way opened with a dialogue dash
    new_cue = False
    source = text.split("\n")
    in_block = False  # a WebVTT STYLE or REGION block: settings, up to the next blank line
    for number, line in enumerate(source, 1):
        stripped = line.strip()
        if not stripped:
            in_block = False
            continue
        if in_block or (stripped in ("STYLE", "REGION") and not spoken):
            in_block = True
            removed.append((number, stripped))
            continue
        if timed and not timed_yet and not _CLOCK_LINE.fullmatch(stripped):
            turns.append((number, [" ".join(stripped.split())]))  # the video's title, over its captions
            continue
        if timed and _CLOCK_LINE.fullmatch(stripped):
            timed_yet = True
            removed.append((number, stripped))
            new_cue = True
            continue
        if _TIMING.match(stripped) or _HEADER.match(stripped) or (_CUE_NUMBER.match(stripped) and _next_is_timing(source, number)):
            removed.append((number, stripped))
            new_cue = True
            continue
        # "- Did you know?" / "- No.": a dash opens each speaker's line of a cue two people share; each is a
        # turn of its own, and the next cue without one is the narrator's again.
        dash = _DIALOGUE_DASH.match(stripped)
        if (dash is not None or (in_dialogue and new_cue)) and spoken:
            turns.append((first, spoken))
            spoken, first = [], 0
        if dash is not None:
            stripped = stripped[dash.end() :]
        in_dialogue = dash is not None or (in_dialogue and not new_cue)
        new_cue = False
        # A new voice ("<v Reporter>") starts a new paragraph: the anchor's words are not the reporter's.
        if "<v" in stripped and (voice := _SPEAKER.search(stripped)) is not None and voice.group(1).strip() != speaker:
            speaker = voice.group(1).strip()
            voices.append((number, speaker))  # (the tag leaves the text: who speaks stays on record)
            if spoken:
                turns.append((first, spoken))
                spoken, first = [], 0
        words = " ".join(_CUE_TAG.sub("", stripped).split())
        if words and _SOUND_CUE.fullmatch(words):
            sounds.append((number, words))
            continue
        if words and (not spoken or words != spoken[-1]):  # a roll-up caption repeats its last line
            first = first or number
            spoken.append(words)
    if spoken:
        turns.append((first, spoken))
    if not turns:
        return None
    # One audit block for all the numbers and timings: a block per cue would drown the audit.
    block = [(removed[0][0], "\n".join(text for _, text in removed))] if removed else []
    lines: list[LineInfo] = []
    for line, cues in turns:
        if lines:
            lines.append(LineInfo("", line))
        lines.append(LineInfo(" ".join(cues), line))
    return Subtitles(lines, block, sounds, voices)


def _next_is_timing(source: list[str], number: int) -> bool:
    return number < len(source) and _TIMING.match(source[number].strip()) is not None
