"""A crowd-written note under a copied social post (X's "Readers added context …", a Community Note).

X prints readers' notes under a post they judge misleading: a label ("Readers added context they
thought people might want to know"), the note, the address it cites, and a prompt to rate it ("Do
you find this helpful?").  The note is not the poster's: read as the post's text, its figures become
the poster's claims (a note saying "the NIS estimates 11,000" under a post claiming 100,000), and the
label and prompt read as sentences.  The label, the note under it (its paragraph, or the paragraphs up
to the rating prompt) and the prompt go to the audit as ``community-note``, on record.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.units import Unit

_LABEL = re.compile(r"readers added context(?: they thought people might want to know)?|community notes?", re.IGNORECASE)
_PROMPT = re.compile(r"(?:do you find this helpful|is this note helpful|rate (?:it|this note))\??(?: rate it)?", re.IGNORECASE)
_LONGEST_NOTE = 1200  # characters: X caps a note far below this; a longer paragraph is the post's own text
_MOST_NOTE_PARAGRAPHS = 3


def mark_community_notes(units: Sequence[Unit]) -> None:
    """Label, note and rating prompt of each reader's note under a post leave its text (see the module docstring)."""
    for at, unit in enumerate(units):
        if unit.removed is not None or len(unit.text) > _LONGEST_NOTE or _LABEL.match(unit.text) is None:
            continue
        unit.removed = "community-note"
        if _LABEL.fullmatch(unit.text.strip(" .:")) is None:
            continue  # label and note joined in one paragraph: both went
        # The label alone: the note is what follows it, up to the prompt, or its one paragraph when none follows.
        after = [n for n in range(at + 1, min(len(units), at + 1 + 2 * _MOST_NOTE_PARAGRAPHS)) if units[n].removed is None]
        prompt = next((k for k, n in enumerate(after) if _PROMPT.fullmatch(units[n].text.strip())), None)
        for n in after[: prompt + 1] if prompt is not None and prompt <= _MOST_NOTE_PARAGRAPHS else after[:1]:
            if len(units[n].text) <= _LONGEST_NOTE:
                units[n].removed = "community-note"
    for unit in units:
        if unit.removed is None and len(unit.text) <= 40 and _PROMPT.fullmatch(unit.text.strip()):
            unit.removed = "community-note"  # the rating prompt left under a note copied without its label
