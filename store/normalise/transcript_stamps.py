"""Transcripts from speech-to-text services: a speaker-and-time line over each turn.

Otter, Teams, Zoom and Rev print the speaker and the turn's time on a line of its own above what
was said ("Jenny Town  0:15", "Speaker 1 (01:02)", "[00:01:02] Host"), or open the turn's own line with the time
("[00:00:21] Victor Cha: The numbers have moved.").  Left alone, those lines
read as sub-headings and the turns lose their speaker.  Here the time goes to the audit and the
speaker's name opens the turn ("Jenny Town: Thanks for having me ..."), as in a printed transcript,
so a claim made in a turn keeps its speaker.  The service's own blocks above the first turn
("SUMMARY KEYWORDS", "SPEAKERS" with the lines under them) go to the audit too.

Only a file with two such lines or more, each over a line of speech and one speaker heard twice, is a
transcript: one "Jane Doe 10:30" line is a name and a time in an ordinary article, and an agenda's
"Opening 09:00" / "Panel 10:30" name each item once.
"""

from __future__ import annotations

import re

_CLOCK = r"\(?\[?(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})\]?\)?"
_NAME = r"(?P<name>(?-i:[A-Z][\w.'’-]{0,20})(?: (?-i:[A-Z][\w.'’-]{0,20})){0,3}|(?:speaker|unknown speaker|participant) \d{0,2})"
# "Jenny Town  0:15", "Speaker 1 (01:02):"; "[00:01:02] Host".
_NAME_FIRST = re.compile(rf"{_NAME}\s+{_CLOCK}:?", re.IGNORECASE)
_CLOCK_FIRST = re.compile(rf"\[(?P<time>(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}})\]\s+{_NAME}:?", re.IGNORECASE)
# A live blog's "Updated 14:32" or "Seoul, Monday 10:30" over its entries names no speaker.
_NOT_SPEAKERS = frozenset(
    "updated update posted published edited breaking live gmt bst utc kst est edt et cet cest msk jst pt pst am pm today"
    " yesterday monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun".split()
)
# A podcast's or a captioning tool's time opening the turn's own line: "[00:00:21] Victor Cha: The numbers have moved."
_INLINE_STAMP = re.compile(rf"[\[(](?P<time>(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}})[\])]\s+(?={_NAME}:\s+\S)", re.IGNORECASE)
_SERVICE_BLOCK = re.compile(r"summary keywords|keywords|speakers|participants|action items|outline", re.IGNORECASE)
_LEAST_TURNS = 2
_LONGEST_STAMP = 60


def speaker_stamp_turns(lines: list[str]) -> list[tuple[int, str, str]]:
    """Rewrite ``lines`` in place (see the module docstring); the (source line, reason, text) of what went.

    The lines keep their number: a stamp line becomes blank, which also parts one turn from the next.
    """
    stamps = [i for i, line in enumerate(lines) if len(line) <= _LONGEST_STAMP and (line[-1:] in "0123456789):]" or line[:1] == "[") and _stamp(line)]
    turns = [i for i in stamps if _speech_after(lines, i) is not None]
    if len(turns) < _LEAST_TURNS or not _someone_speaks_again(lines, turns):
        return _inline_stamps(lines)
    removed: list[tuple[int, str, str]] = []
    for i in turns:
        found = _stamp(lines[i])
        assert found is not None
        speech = _speech_after(lines, i)
        assert speech is not None
        removed.append((i + 1, "entry-time", lines[i].strip()))
        lines[i] = ""
        lines[speech] = f"{found['name'].strip()}: {lines[speech].lstrip()}"
    removed.extend(_service_blocks(lines, turns[0]))
    return removed


def _someone_speaks_again(lines: list[str], turns: list[int]) -> bool:
    """A conversation comes back to a speaker; an agenda's "Opening 09:00", "Panel 10:30" name each item once."""
    names = [found["name"].lower() for i in turns if (found := _stamp(lines[i])) is not None]
    return len(set(names)) < len(names)


def _stamp(line: str) -> re.Match[str] | None:
    stripped = line.strip()
    found = _NAME_FIRST.fullmatch(stripped) if stripped[:1] != "[" else _CLOCK_FIRST.fullmatch(stripped)
    if found is None or any(word.lower().strip(".,") in _NOT_SPEAKERS for word in found["name"].split()):
        return None
    return found


def _speech_after(lines: list[str], i: int) -> int | None:
    """The line of speech a stamp stands over: the next line, when it is not another stamp."""
    j = i + 1
    if j < len(lines) and lines[j].strip() and _stamp(lines[j]) is None:
        return j
    return None


def _service_blocks(lines: list[str], first_turn: int) -> list[tuple[int, str, str]]:
    """The service's labelled blocks above the first turn ("SPEAKERS" / "Jenny Town, Host"), emptied."""
    removed = []
    i = 0
    while i < first_turn:
        if _SERVICE_BLOCK.fullmatch(lines[i].strip().rstrip(":")):
            j = i + 1
            while j < first_turn and lines[j].strip():
                j += 1
            removed.append((i + 1, "transcript-notice", "\n".join(line.strip() for line in lines[i:j])))
            for k in range(i, j):
                lines[k] = ""
            i = j
        i += 1
    return removed


def _inline_stamps(lines: list[str]) -> list[tuple[int, str, str]]:
    """Times opening the turns' own lines ("[00:00:21] Victor Cha: ..."), taken off to the audit: the speaker
    opens the turn.  Only in a conversation, two such turns or more and a speaker heard again."""
    found = [(i, stamp) for i, line in enumerate(lines) if line[:1] in "[(" and (stamp := _INLINE_STAMP.match(line)) is not None]
    names = [stamp["name"].lower() for _, stamp in found if not any(w.lower().strip(".,") in _NOT_SPEAKERS for w in stamp["name"].split())]
    if len(names) < len(found) or len(found) < _LEAST_TURNS or len(set(names)) == len(names):
        return []
    removed = []
    for i, stamp in found:
        removed.append((i + 1, "entry-time", stamp.group(0).strip()))
        lines[i] = lines[i][stamp.end() :]
    return removed

