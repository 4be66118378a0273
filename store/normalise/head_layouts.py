"""Page layouts' head and foot lines that name who wrote or issued the text, read by ``header_lines``.

A reader view prints the byline over its reading time; a Russian page sets headline, outlet and date
as three paragraphs; a ministry's page closes with its own name under the statement.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.normalise.furniture import is_section_word
from store.normalise.mastheads import masthead_name
from store.normalise.metadata import person_names
from store.normalise.shapes import last_visible
from store.normalise.units import Unit


def over_reading_time(units: Sequence[Unit], i: int) -> bool:
    """The line under ``i`` is a reader view's reading time ("5–6 minutes"), taken out as its chrome."""
    return i + 1 < len(units) and units[i + 1].removed == "reader-chrome" and units[i + 1].text[:1].isdigit()


def name_over_date_paragraph(units: Sequence[Unit], head: list[int]) -> bool:
    """"Медиазона" set as a paragraph of its own between the headline and the date's: the outlet.

    A section's label stands over the headline and a writer's name reads as one; a word or three
    between the title and the date, each a paragraph of its own, name who ran it.
    """
    if len(head) < 3:
        return False
    title, line, below = (units[k] for k in head[:3])
    date = below.header()
    if date is None or date.kind != "date" or len({title.block, line.block, below.block}) != 3 or line.block_size != 1:
        return False
    text = line.text
    return (
        1 <= line.words() <= 3 and text[:1].isupper() and not any(ch.isdigit() for ch in text) and last_visible(text) not in ".!?:,;"
        and person_names(text) is None and not is_section_word(text)
    )


_ISSUER_WORDS = 8


def closing_issuer(units: Sequence[Unit], last_prose: int) -> str | None:
    """"Ministry of Foreign Affairs of Japan" alone under a statement's last paragraph: its issuer, no sentence of it.

    Only the last line kept, a name of a few words that reads as an issuing body, with nothing
    but page chrome after it; it goes to the audit as the header line it is.
    """
    after = [u for u in units[last_prose + 1 :] if u.kept] if last_prose >= 0 else []
    if len(after) != 1:
        return None
    unit = after[0]
    if unit.words() > _ISSUER_WORDS or unit.is_prose() or last_visible(unit.text) in ".!?:," or person_names(unit.text) is not None:
        return None
    name = masthead_name(unit.text, issuer=True)
    if name is None:
        return None
    unit.role = "header"
    return name
