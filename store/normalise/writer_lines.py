"""Lines of bare names in an article's head: who wrote it, where a line names no one else.

A byline need not say "By": a report prints its authors' names alone under the title, a page its
writer over the date.  These tell such a line from a headline of names ("Putin and Kim") and from a
masthead or an outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.byline_names import NO_NAME_STARTS
from store.normalise.metadata import person_names
from store.normalise.outlets import has_issuer_word, has_publication_word, outlet_table
from store.normalise.shapes import word_count
from store.normalise.units import Unit

_AUTHOR_SPLIT = re.compile(r"\s*(?:,| and | & )\s*")


def lone_place_word(text: str) -> bool:
    """"Seoul", "Kyiv": one capitalised word alone on its line, as a page sets the city a story was filed from."""
    word = text.strip()
    return 3 <= len(word) <= 20 and " " not in word and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def authors_line(text: str) -> bool:
    """A line of one or more full personal names and nothing else ("Jae-won Lim and Petra Hollis").

    Each name needs two to four words, so that a headline such as "Putin and Kim"
    or "Kim Jong Un Visits Moscow" (five words) is never read as a byline.
    """
    if len(text) > 100 or any(ch in text for ch in "/|()@:") or text[:3].lower() == "by " or person_names(text) is None:
        return False  # "Chung Sung-Jun/Getty Images" is a photo credit; "By Nobody" a byline, read as one
    if has_publication_word(text) or has_issuer_word(text) or outlet_table().lookup(text) is not None:
        return False  # "North Korean State Media", "Al Jazeera"
    if text.isupper() or text.split(" ", 1)[0].lower() in NO_NAME_STARTS:
        return False  # "THE KOREA-RUSSIA BRIEF": a masthead set in capitals, not a byline
    names = [name for name in _AUTHOR_SPLIT.split(text.strip(" .")) if name]
    return bool(names) and all(2 <= len(name.split()) <= 4 for name in names)


def co_authors_under_title(units: Sequence[Unit], head: list[int], n: int) -> bool:
    """Two or more full names alone right under the title ("Victor Cha and Ellen Kim"): a report's authors.

    One name alone there may be the subject of a profile; two joined by "and" name the writers.
    The title may be set on two lines of one block.
    """
    unit, title_block = units[head[n]], units[head[0]].block
    if n == 0 or unit.block_size != 1 or unit.block == title_block or any(units[k].block != title_block for k in head[:n]):
        return False
    return len(_AUTHOR_SPLIT.split(unit.text.strip(" ."))) >= 2


def short_name(text: str) -> bool:
    """A person's name on its own line, as printed above a "Seoul correspondent" line."""
    return word_count(text) <= 4 and person_names(text) is not None


_PROSE_LOOKED_AT = 3
# Words of the headings a report or a story sets right under its title, and of places; no one's name.
_HEADING_WORDS = frozenset(
    "summary points takeaways findings finding background introduction overview conclusion conclusions recommendations "
    "highlights abstract foreword preface methodology method notes note updates update analysis context timeline contents "
    "key main executive latest top related live breaking what why how who where when the a an of in on to and "
    "east west north south northern southern eastern western far near middle central united states kingdom republic "
    "oblast region province krai city island islands peninsula sea river front line border".split()
)


def lone_writer_under_title(units: Sequence[Unit], head: list[int], n: int) -> bool:
    """One full name alone in a block of its own right under a title, the last line over the prose: the writer.

    A profile prints its subject's name there too, but then its text names that person; a writer's
    byline names no one the story goes on to mention.  A known outlet's masthead may stand over the title
    ("Ukrainska Pravda" / headline / "Olha Hlushchenko").
    """
    from store.normalise.furniture import is_section_word

    if n == 2 and len(head) == 3 and (outlet_table().lookup(units[head[0]].text) is not None or is_section_word(units[head[0]].text)):
        head, n = head[1:], 1  # (a section's label, "World", over the title too)
    if n != 1 or len(head) != 2 or len(_AUTHOR_SPLIT.split(units[head[1]].text.strip(" ."))) != 1:
        return False
    unit, title = units[head[1]], units[head[0]]
    # (set on its own, or as the second line of a two-line block whose first is the title, or over the city it
    # was filed from in a block of their own: "Luke Harding" / "Kyiv")
    apart = unit.block_size == 1 and unit.block != title.block or unit.block_size == 2 and unit.block == title.block and unit.pos == 1
    apart = apart or unit.block_size == 2 and unit.pos == 0 and unit.block != title.block and _place_below(units, head[1])
    if not apart or title.heading_level > 1 or not 2 <= len(unit.text.split()) <= 3:
        return False
    name = unit.text.strip(" .")
    if any(word.lower().strip(":") in _HEADING_WORDS for word in name.split()):
        return False  # "Key Takeaways", "Executive Summary", "Far East": a section's heading or a place, in capitals too
    surname = name.split()[-1]
    if name.casefold() in title.text.casefold() or person_names(title.text) is not None:
        return False  # "Kim Jong Un" over "Kim Jong Un" / "The leader's year": a profile's title
    prose = [u.text for u in units[head[1] + 1 :] if u.kept][:_PROSE_LOOKED_AT]
    return not any(surname in text or name.split()[0] in text for text in prose)


def _place_below(units: Sequence[Unit], at: int) -> bool:
    below = units[at + 1] if at + 1 < len(units) else None
    return below is not None and below.kept and below.block == units[at].block and lone_place_word(below.text)


_DASH_SIGNED = re.compile(r"[—–]\s?(?P<name>[^,\n]{3,60}?)(?:,\s?(?P<place>[A-Z][\w.'’ -]{1,30}))?|--?\s?(?P<plain>[^,\n]{3,60}?)(?:,\s?[A-Z][\w.'’ -]{1,30})?")


def dash_signed(text: str) -> str | None:
    """The writer of a story signed under its last paragraph after a dash ("— Jane Kim, Seoul", "-- Jane Kim")."""
    found = _DASH_SIGNED.fullmatch(text.strip()) if len(text) <= 100 else None
    if found is None:
        return None
    name = (found["name"] or found["plain"]).strip()
    return name if authors_line(name) and not any(word.lower() in _HEADING_WORDS for word in name.split()) else None
