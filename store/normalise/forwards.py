"""A forwarded chain of e-mails: the article is the innermost message, not the forwarders' notes.

"FYI - see below" over "-----Original Message-----" (or Outlook's rule of underscores) and a
block of "From: / Sent: / Subject:" lines: what stands above the last such block is what the
forwarders wrote and who they were; the article starts under it, often with its own headline.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.normalise.units import Unit

_SENDER_FIELDS = ("From:", "De:", "Von:", "От:", "Від:")
_MARKER_REASONS = frozenset({"mail-forward", "separator"})
_NOTE_MAX_WORDS = 60  # a forwarder's note is a line or two; more is commentary worth keeping in the text


def _forward_marker(units: Sequence[Unit], i: int) -> bool:
    unit = units[i]
    if unit.removed == "mail-forward":
        return True
    if unit.removed != "separator" or unit.text[:1] != "_":
        return False
    following = next((u for u in units[i + 1 :] if u.removed is None), None)
    return following is not None and following.text.startswith(_SENDER_FIELDS)


def forwarded_under_note(units: Sequence[Unit], marker: int) -> bool:
    """Is ``units[marker]`` a mail client's "Forwarded message" line under no more than a forwarder's short note?

    Then the message under it is the one article ("FYI - worth a look." / "A." over the story), and
    the note is no article of its own, however many lines it takes.
    """
    if units[marker].removed != "mail-forward":
        return False
    return 0 < sum(u.words() for u in units[:marker] if u.kept and u.header() is None) <= _NOTE_MAX_WORDS


def forwarded_header(units: Sequence[Unit], start: int) -> bool:
    """Is ``units[start]`` in the header block of a message forwarded under a short note (see ``forwarded_under_note``)?"""
    for i in range(start - 1, -1, -1):
        unit = units[i]
        if unit.removed is not None:
            if unit.removed == "mail-forward":
                return forwarded_under_note(units, i)
        elif unit.header() is None:
            return False  # a line of text between: the header block opens another item
    return False


def innermost_message(units: Sequence[Unit]) -> int | None:
    """Index of the first line of the innermost forwarded message, or None when nothing was forwarded.

    The forwarders' own short notes above it ("FYI - see below", "Dan") are marked removed
    ("forward-note"); header lines keep their role.  Only a chain whose innermost message
    holds prose counts.
    """
    markers = [i for i, unit in enumerate(units) if unit.removed in _MARKER_REASONS and _forward_marker(units, i)]
    if not markers:
        return None
    start = markers[-1] + 1
    while start < len(units) and (units[start].removed is not None or units[start].role == "header"):
        start += 1
    if start == len(units) or not any(u.removed is None and u.is_prose() for u in units[start:]):
        return None
    notes = [u for u in units[: markers[-1]] if u.kept and u.header() is None]
    if sum(u.words() for u in notes) <= _NOTE_MAX_WORDS:
        for unit in notes:
            unit.removed = "forward-note"
    return start


def forwarders(units: Sequence[Unit], start: int) -> set[str]:
    """The names the header lines above the innermost message give: who forwarded it, not who wrote it."""
    names: set[str] = set()
    for unit in units[:start]:
        header = unit.header() if unit.role == "header" else None
        if header is not None and header.author:
            names.add(header.author)
    return names


def forwarders_mailboxes(units: Sequence[Unit]) -> set[str]:
    """The outlet names header lines above the last "Forwarded message" line give: the mailbox that forwarded the
    story ("From: Anna <a@…>", a desk's list), never the outlet that ran it."""
    marker = next((i for i in range(len(units) - 1, -1, -1) if units[i].removed == "mail-forward"), 0)
    return {header.outlet for unit in units[:marker] if unit.role == "header" and (header := unit.header()) is not None and header.outlet}
