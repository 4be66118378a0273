"""The head of an official record: a transcript's, a parliament's report's, a meeting's minutes.

Such a record opens with what kind of document it is ("TRANSCRIPT OF PROCEEDINGS", "Official Report",
"Minutes of the meeting") or the body it was made in ("House of Commons", "UNITED STATES DISTRICT
COURT"), often with its reference ("Case No. 24-cr-512", "Volume 756"): none of these says what the
record is about, so none is its title.  They leave the text for the audit, and the title is the first
line that names the subject (the case, the debate's heading) or, where none is printed, none.  They
go as ``record-head`` (a chamber alone on its line as the ``masthead`` that issued the record).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.header_lines import first_prose
from store.normalise.units import Unit

# A line that only names the kind of record, as a whole line.
_RECORD_KIND = re.compile(
    r"(?:(?:official|verbatim|uncorrected|unofficial|certified|stenographic|draft|full|hearing|court|meeting|briefing|press briefing|press conference) )?"
    r"(?:transcript|transcription|record|report|minutes|proceedings|stenogram)"
    r"(?: of (?:the )?(?:proceedings|hearing|evidence|debates?|meeting|sitting|session|press conference|briefing|plenary(?: session)?))?"
    r"|(?:daily |weekly )?hansard|parliamentary debates|congressional record|record of proceedings|oral evidence|plenary (?:session|sitting)"
    r"|oral answers to questions|written (?:questions|answers|statements|questions and answers|ministerial statements)"
    r"|(?:urgent |oral |written )?questions?|debate|(?:ministerial |written )?statements?|petitions?|provisional|unofficial|uncorrected|verbatim|(?:joint )?hearing before (?:the )?[a-z ,&'’-]{0,80}(?:committee|subcommittee|commission)(?: on [a-z ,&'’-]{2,80})?"
    r"|(?:[a-z]{3,12}[ -]){0,3}[a-z]{3,12}(?:st|nd|rd|th) congress|(?:first|second|third|special) session|\d{1,3}(?:st|nd|rd|th) congress"
    r"|стенограмма(?: заседания)?|стенограма(?: засідання)?|속기록|회의록",
    re.IGNORECASE,
)
# A chamber or a court named alone on its line: where the record was made, not what it is about.
_CHAMBER = re.compile(
    r"(?:the )?(?:house of (?:commons|lords|representatives|councillors|delegates)|(?:united states |u\.s\. )?senate|national assembly"
    r"|united nations|security council|general assembly|human rights council|state duma|federation council|bundestag|verkhovna rada|european parliament|westminster hall|(?:lok|rajya) sabha|dáil éireann|seanad éireann"
    r"|(?:(?:united states|u\.s\.|supreme|high|district|crown|magistrates['’]?|appeals?|circuit|federal|international criminal|military) )?(?:district )?court(?: of appeals?)?(?: (?:of|for) (?:the )?[a-z .'’-]{2,60})?"
    r"|(?:(?:northern|southern|eastern|western|central|middle) )?district of [a-z .'’-]{2,40}|국회|государственная дума|верховна рада)",
    re.IGNORECASE,
)
# A record's reference on its own line: "Case No. 24-cr-512", "Docket No. 1:24-cv-0931", "Volume 756", "HC Deb 5 November 2024 vol 756".
_REFERENCE = re.compile(
    r"(?:case|docket|file|criminal|civil|cause|index|bill|petition|application)(?: action)? (?:no\.?|number|#)\s?[\w:./-]{1,30}"
    # A printed hearing's serial in brackets: "[H.A.S.C. No. 118-92]", "[Serial No. 118-45]", "[S. Hrg. 118-512]".
    r"|\[[a-z. ]{2,20}(?:no\.? ?)?\d{2,3}[-–]\d{1,4}\]"
    r"|serial no\.? [\w-]{1,20}|[as]/(?:[\w.]{1,12}/){0,2}pv\.\d{1,6}|vol(?:ume|\.)? \d{1,5}(?:,? (?:no\.?|number|issue) \d{1,5})?|(?:hc|hl) deb [^\n]{4,60}",
    re.IGNORECASE,
)
_HEAD_LINES_LOOKED_AT = 4
_LONGEST_TITLE_WORDS = 30
_LEAST_TITLE_WORDS = 3
_MOST_LABEL_WORDS = 3


def _record_line(text: str) -> bool:
    line = text.strip(" :.-–—|")
    return len(line) <= 80 and (_RECORD_KIND.fullmatch(line) is not None or _CHAMBER.fullmatch(line) is not None)


def _record_columns(raw: str) -> bool:
    """A head's line set in columns ("New York          Provisional"): a record's kind beside labels of a few words."""
    parts = [part.strip(" :.-–—|") for part in _COLUMN_GAP.split(raw.strip())] if "   " in raw else []
    return len(parts) > 1 and any(_record_line(p) for p in parts) and all(len(p.split()) <= _MOST_LABEL_WORDS for p in parts)


_COLUMN_GAP = re.compile(r" {3,}")


def holds_record_head(units: Sequence[Unit]) -> bool:
    """Does a stretch without prose name a kind of record, a chamber or a hearing ("HEARING" / "BEFORE THE")?

    Such a stretch is a record's head, or a printed hearing's cover: the head of the text under it, and
    the rules set between its lines part nothing.
    """
    return any(u.kept and (_record_line(u.text) or (u.words() <= 2 and _HEARING_KIND.fullmatch(u.text.strip(" .")) is not None)) for u in units)


def set_record_head_apart(units: Sequence[Unit]) -> None:
    """The record-kind, chamber and reference lines atop a record's head leave the text (on record).

    Only a head that opens, within its first few lines, with a line naming the kind of record or the
    chamber is touched; the lines above that one (a court's letterhead) go with it.
    """
    if not any(_record_line(u.text) for u in [u for u in units[: 3 * _HEAD_LINES_LOOKED_AT] if u.kept][: 2 * _HEAD_LINES_LOOKED_AT]):
        return  # (asked first of the top lines alone: most files are no record)
    head = units[: first_prose(units)]
    # (header lines, the record's date and fields, are read as such: they are neither record lines nor its title)
    kept = [u for u in head if u.kept and ((h := u.header()) is None or h.soft or _record_line(u.text))]
    at = next((n for n, u in enumerate(kept[:_HEAD_LINES_LOOKED_AT]) if _record_line(u.text)), None)
    if at is None:
        _set_printed_hearing_head_apart(kept)
        return
    if not any(_RECORD_KIND.fullmatch(u.text.strip(" :.-–—|")) for u in kept[: _HEAD_LINES_LOOKED_AT + 2]) and any(
        (h := u.header()) is not None and h.author for u in head
    ):
        return  # "Senate" over a signed story's headline: the desk's label, and the story no record
    for n, unit in enumerate(kept):
        if n <= at or _record_line(unit.text) or _record_columns(unit.raw):
            chamber = _CHAMBER.fullmatch(unit.text.strip(" :.-–—|")) is not None
            # (an issuer's letterhead over the record's kind stays the preamble whose name runs the record)
            unit.removed = "masthead" if chamber and unit.block_size == 1 else "preamble" if n < at else "record-head"
            if unit.removed == "masthead":
                unit.outlet_hint = unit.text.strip(" :.-–—|")  # the chamber or court made and issued the record
        elif _REFERENCE.fullmatch(unit.text.strip(" .")) is not None:
            unit.removed = "document-reference"
    # What is left of the head names the subject last, over the text (the case's caption, the debate's or
    # the hearing's heading); the short lines above it are the rest of the head: where, the session, a status.
    # Only labels of a few words go so (a place, a status): a line that says more (a speaker and her
    # role) stops it, and the head is left to the title rules.
    left = [u for u in kept if u.kept]
    title = next((u for u in reversed(left) if not u.is_prose() and u.text[:1].isupper() and u.words() <= _LONGEST_TITLE_WORDS), None)
    above = left[: left.index(title)] if title is not None else []
    if title is not None and title.words() >= _LEAST_TITLE_WORDS and all(u.words() <= _MOST_LABEL_WORDS for u in above):
        for unit in above:
            unit.removed = "record-head"
        return
    # No subject printed: the short labels set in the same block as the chamber or the record's symbol
    # ("New York" under "Security Council" / "9786th meeting") are the head's, and the record has no title.
    head_blocks = {u.block for u in kept if u.removed in ("masthead", "document-reference") or (u.removed == "record-head" and _CHAMBER.fullmatch(u.text.strip(" :.-–—|")))}
    for unit in left:
        if unit.kept and unit.block in head_blocks and unit.words() <= _MOST_LABEL_WORDS and not unit.is_prose():
            unit.removed = "record-head"


_HEARING_KIND = re.compile(r"(?:joint |field )?hearings?|before the|(?:committee|subcommittee) (?:on|of) [a-z ,&'’-]{2,80}", re.IGNORECASE)


def _set_printed_hearing_head_apart(kept: Sequence[Unit]) -> None:
    """A printed hearing's cover: its subject first, then "HEARING" / "BEFORE THE" / the committee, the chamber,
    the Congress, the session and the serial number, a line each. The lines from "HEARING" on are the
    record's head; the subject above them is its title, and stays."""
    at = next((n for n, u in enumerate(kept[: 2 * _HEAD_LINES_LOOKED_AT]) if n and _HEARING_KIND.fullmatch(u.text.strip(" .")) and u.words() <= 2), None)
    if at is None or at + 1 >= len(kept) or not _HEARING_KIND.fullmatch(kept[at + 1].text.strip(" .")):
        return
    if not any(u.words() >= _LEAST_TITLE_WORDS and not u.is_prose() for u in kept[:at]):
        return
    for unit in kept[:at]:
        if _REFERENCE.fullmatch(unit.text.strip(" .")) is not None:
            unit.removed = "document-reference"  # "[H.A.S.C. No. 118-92]" over the subject: the serial, no title
    committee = _committee_name(kept[at:])
    for unit in kept[at:]:
        if _REFERENCE.fullmatch(unit.text.strip(" .")) is not None:
            unit.removed = "document-reference"
        elif unit.header() is None and (unit.words() <= _MOST_LABEL_WORDS + 2 or _record_line(unit.text) or _HEARING_KIND.fullmatch(unit.text.strip(" ."))):
            chamber = _CHAMBER.fullmatch(unit.text.strip(" :.-–—|")) is not None
            unit.removed = "masthead" if chamber else "record-head"
            unit.outlet_hint = (committee or unit.text.strip(" :.-–—|")) if chamber else None  # the chamber (its committee) issued the record


_COMMITTEE = re.compile(r"(?:the )?(?P<kind>(?:sub)?committee) on (?P<name>[a-z ,&'’-]{2,80})", re.IGNORECASE)
_CHAMBER_SHORT = {"house of representatives": "House", "senate": "Senate", "united states senate": "Senate", "u.s. senate": "Senate"}
_CONGRESS = re.compile(r"\bcongress\b", re.IGNORECASE)
_MINOR_WORDS = frozenset({"and", "of", "the", "on", "for", "in"})


def _committee_name(lines: Sequence[Unit]) -> str | None:
    """"U.S. House Committee on Armed Services" for a cover printing "COMMITTEE ON ARMED SERVICES" over "HOUSE OF
    REPRESENTATIVES" and a Congress: the committee held the hearing and issued its record, the chamber holds it."""
    texts = [u.text.strip(" :.-–—|") for u in lines]
    found = next((m for text in texts if (m := _COMMITTEE.fullmatch(text)) is not None), None)
    chamber = next((_CHAMBER_SHORT[text.lower()] for text in texts if text.lower() in _CHAMBER_SHORT), None)
    if found is None or chamber is None:
        return None
    name = " ".join(word if word.lower() not in _MINOR_WORDS or n == 0 else word.lower() for n, word in enumerate(found["name"].title().split()))
    congress = any(_CONGRESS.search(text) for text in texts)
    return f"{'U.S. ' if congress else ''}{chamber} {found['kind'].title()} on {name}"
