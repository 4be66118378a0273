"""The head of a briefing or speech transcript: a dated event title, the speaker, the place.

A government transcript opens "Department Press Briefing – March 24, 2025" / "Matthew
Miller, Department Spokesperson" / "Washington, D.C." / "1:32 p.m. EDT".  The first line
is the transcript's title that happens to carry its date; the speaker's "Name, Role" line
and the bare place line under it are header lines, not a headline or a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from store.normalise.dates import FoundDate, find_date
from store.normalise.metadata import person_names

if TYPE_CHECKING:
    from store.normalise.units import Unit

# What a transcript calls itself: the event, closing the words left of its date.
_EVENT_TITLE = re.compile(
    r"\b(?:press )?(?:briefing|conference|remarks|hearing|interview|speech|address|statement|stakeout|press availability)$",
    re.IGNORECASE,
)
_SPEAKER_ROLE = re.compile(
    r"(?:[A-Z][\w'’.-]* ){0,4}(?:spokesperson|spokesman|spokeswoman|secretary|minister|ambassador|envoy|president"
    r"|prime minister|chancellor|chairman|chairperson|chair|commissioner|director|representative|governor|senator"
    r"|general|admiral|press secretary|deputy spokesperson|under secretary)(?: (?:of|for) (?:the )?[A-Z][\w'’.& -]{1,60})?",
    re.IGNORECASE,
)
# "Washington, D.C.", "Geneva, Switzerland", "New York": a place alone on its line, in capitals.
_PLACE_LINE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:, (?:[A-Z]\.){1,3}|, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?")
_DATE_EDGES = " \t-–—|·:,"


# An editor's note closing a title, no part of the event's name: "…, January 20, 2025 (excerpt)", "[abridged]".
_TITLE_NOTE = re.compile(
    r"\s*[(\[](?:excerpts?|extracts?|abridged|full text|translation|translated|updated?|transcript|summary|draft|notes?|my notes|archived?|copy)[)\]]$",
    re.IGNORECASE,
)


def without_title_note(text: str) -> str:
    """A title without the note an editor or a note-taker closed it with ("(excerpt)")."""
    return _TITLE_NOTE.sub("", text) if text[-1:] in ")]" else text


def dated_event_title(text: str) -> bool:
    """"Department Press Briefing – March 24, 2025": an event's name and its date, which is a title."""
    found = find_date(text)
    if found is None:
        return False
    rest = (text[: found.start] + text[found.end :]).strip(_DATE_EDGES)
    if len(rest.split()) < 2 or not rest[:1].isupper():
        return False
    return _EVENT_TITLE.search(rest) is not None or _SERIAL_REPORT.search(rest) is not None


# A think tank's or a ministry's serial report, titled by its date: "Russian Offensive Campaign
# Assessment, December 18, 2024", "Iran Update, March 3, 2025", "Ukraine Situation Report – 5 May 2025".
_SERIAL_REPORT = re.compile(r"\b(?:campaign assessment|assessment|update|situation report|sitrep|daily report|intelligence update)$", re.IGNORECASE)


# An event word anywhere in a title, in the languages of the beat's official transcripts: "Briefing by the
# Foreign Ministry Spokesperson, Moscow, 24 March 2025", "Брифинг официального представителя ...", "정례브리핑".
_EVENT_WORD = re.compile(
    r"\b(?:briefing|press conference|remarks|speech|address|statement|stakeout|press availability|"
    r"брифинг|пресс-конференци[яи]|заявлени[ея]|выступлени[ея]|брифінг|заява|виступ|"
    r"pressekonferenz|rede|erklärung|conférence de presse|déclaration|discours)\w*|브리핑|기자회견|담화|성명",
    re.IGNORECASE,
)


def event_title_date(text: str) -> FoundDate | None:
    """The date a briefing's or a statement's title prints ("... Moscow, 24 March 2025"), or None.

    Only an event's title dates the article with it: a news headline's date ("What happened on
    24 February 2022") is what the story is about, not when it ran.
    """
    found = find_date(text) if any(ch.isdigit() for ch in text) else None
    if found is None or found.iso is None or _EVENT_WORD.search(text[: found.start]) is None:
        return None
    return found


# A speaker's service and rank before the name: "Air Force Maj. Gen. Pat Ryder", "Rear Adm. John Kirby".
_RANK = re.compile(
    r"^(?:(?:U\.S\. )?(?:Air Force|Army|Navy|Marine Corps|Space Force|Coast Guard) )?"
    r"(?:(?:Maj|Lt|Brig|Gen|Col|Adm|Rear Adm|Vice Adm|Capt|Cmdr|Sgt|Amb|Dr|Hon)\.? ?)+|^(?:Major|Lieutenant|Brigadier) General |^(?:General|Admiral|Colonel|Ambassador) "
)
# The office a speaker's title names, which issued the transcript: "Pentagon Press Secretary", "State Department Spokesperson".
_OFFICE = re.compile(
    r"^(?:Deputy )?(?P<office>Pentagon|White House|Kremlin|State Department|Department of (?:Defense|State)|(?:Foreign|Defen[cs]e|Unification) Ministry)"
    r"(?: Deputy)? (?:Press Secretary|Spokesperson|Spokesman|Spokeswoman)$",
    re.IGNORECASE,
)
_OFFICE_NAMES = {"pentagon": "U.S. Department of Defense", "department of defense": "U.S. Department of Defense",
                 "state department": "U.S. Department of State", "department of state": "U.S. Department of State", "white house": "The White House"}


def speaker_office(text: str) -> str | None:
    """The office a transcript's speaker line names as the one they speak for ("…, Pentagon Press Secretary")."""
    found = _OFFICE.match(text.strip().rpartition(", ")[2].strip(" ."))
    if found is None:
        return None
    office = found["office"]
    return _OFFICE_NAMES.get(office.lower(), office)


def speaker_line(text: str) -> bool:
    """"Matthew Miller, Department Spokesperson": a person's name and the office they speak for."""
    name, comma, role = text.strip().partition(", ")
    name = _RANK.sub("", name) if name[:1].isupper() else name  # "Air Force Maj. Gen. Pat Ryder": the name is "Pat Ryder"
    if not comma or len(text) > 120 or len(name.split()) > 4:
        return False
    return person_names(name) is not None and _SPEAKER_ROLE.fullmatch(role.strip(" .")) is not None


def place_line(text: str) -> bool:
    """A place name alone ("Washington, D.C."): where the event was held (trusted only beside a speaker line)."""
    text = text.strip()
    return len(text) <= 40 and _PLACE_LINE.fullmatch(text) is not None


def agenda_title(units: Sequence[Unit]) -> Unit | None:
    """A meeting record's agenda item, under its head ("The agenda was adopted." / "Non-proliferation/..."): its title.

    The record's head names the body and the meeting; what the meeting was about is the item the
    agenda adopted.  The head's other short lines above it (the place, "New York") go with the head.
    """
    adopted = next((i for i, u in enumerate(units[:24]) if u.removed == "record-head" and "agenda" in u.text.lower()), None)
    if adopted is None:
        return None
    item = next((u for u in units[adopted + 1 :] if u.removed is None and u.role is None), None)
    if item is None or item.is_prose() or item.words() > 20 or not item.text[:1].isupper():
        return None
    for unit in units[:adopted]:
        if unit.removed is None and unit.role is None and unit.words() <= 4 and not unit.is_prose():
            unit.removed = "record-head"
    return item


# A record's symbol in its page heads: "S/PV.9848", "A/79/PV.45", "E/2024/SR.12".
_RECORD_SYMBOL = re.compile(r"[A-Z]{1,8}(?:/[\w.()-]{1,20}){1,4}")
_COLUMN_GAP = re.compile(r" {3,}")


def running_head_subject(units: Sequence[Unit]) -> str | None:
    """What a meeting record's page heads name between its symbol and its date ("S/PV.9848   Maintenance of
    peace and security of Ukraine   16/12/2024"): its subject, for a record that prints no agenda item."""
    if not any(u.removed in ("record-head", "masthead") for u in units[:24]):
        return None
    for unit in units:
        if unit.removed != "running-header":
            continue
        for line in unit.raw.split("\n"):
            parts = [part for part in _COLUMN_GAP.split(line.strip()) if part]
            if len(parts) != 3:
                continue
            symbol = [p for p in parts if _RECORD_SYMBOL.fullmatch(p)]
            dated = [p for p in parts if (found := find_date(p)) is not None and len(found.raw) >= len(p) - 1]
            subject = [p for p in parts if p not in symbol and p not in dated]
            if len(symbol) == 1 and len(dated) == 1 and len(subject) == 1 and len(subject[0].split()) >= 2 and subject[0][:1].isupper():
                return subject[0]
    return None

