"""Paged text, as PDF-to-text tools write it: pages end in a form feed.

Every page repeats a running header or footer (journal name, issue, page
number) and a page break cuts whatever paragraph it falls in.  Lines at the
edge of a page that recur on other pages, once a page number is set aside,
are removed as ``running-header``; bare page numbers at a page's edge as
``page-number``.  Then a paragraph the break cut in two (no sentence end
before the break, lower case after it, or a word hyphenated across it) is
put back together.  Text without form feeds is paged only where a running
line numbers its pages (``inferred_page_breaks``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Sequence

from store.normalise.dates import find_date
from store.normalise.hyphenation import KnownWords, join_wrapped_lines
from store.normalise.shapes import ends_sentence
from store.normalise.units import Unit

_EDGE = 2  # header and footer lines looked at on each side of a page
_CUT_MIN_WORDS = 8  # a paragraph's first half, not a label, when it stops mid-sentence before a capital
_MAX_EDGE_WORDS = 15
# (a newspaper's page is its section's letter and number: "A4", "B12")
_PAGE_NUMBER = re.compile(
    r"(?:page|p\.|pg\.?)?\s*(?:\d{1,4}|[ivxlc]{1,7}|[A-H]\d{1,2})(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]",
    re.IGNORECASE,
)
# A number at either end of a running line is the page number ("Page 2 of 3" with its count, a paper's
# "NATIONAL  A4"); the rest repeats.
_EDGE_NUMBER = re.compile(
    r"^(?:page\s+)?(?:\d{1,4}|[A-H]\d{1,2})(?:\s*(?:of|/)\s*\d{1,4})?\s+|\s+(?:page\s+)?(?:\d{1,4}|[A-H]\d{1,2})(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE
)
_FIRST_LETTER = re.compile(r"[\"'“‘(\[]*([^\W\d_])")
_ITEM_COUNTER = re.compile(r"(?:article|item|story|entry|post)\s*#?\s*\d", re.IGNORECASE)


def repair_pages(units: list[Unit], known_words: KnownWords, numbered_running: Collection[str] = ()) -> list[Unit]:
    """Mark running headers and page numbers removed and rejoin cut paragraphs; the new unit list.

    ``numbered_running``: signatures of lines already known to run page to
    page (``inferred_page_breaks``), taken even where they read as a header.
    """
    starts = [0, *(i for i, unit in enumerate(units) if unit.form_feed and i > 0)]
    if len(starts) < 2:
        return units
    pages = list(itertools.pairwise([*starts, len(units)]))
    running = _running_lines(units, pages)
    for number, (start, stop) in enumerate(pages, 1):
        for i in _edges(start, stop):
            unit = units[i]
            if _PAGE_NUMBER.fullmatch(unit.text):
                unit.removed = "page-number"
            elif i < start + _EDGE and number > 1 and _heads_page(unit, number):
                unit.removed = "running-header"  # printed on this page alone, yet its folio is the page's number
            elif number == 1 and _signature(unit) in running and _title_over_byline(units, i, stop):
                continue  # the report's title on its first page, which the running head repeats on later ones
            elif _signature(unit) in running or (
                numbered_running and unit.removed is None and _EDGE_NUMBER.sub("", unit.text).strip(_FOLIO_BARS).lower() in numbered_running
            ):
                unit.removed = "running-header"
    _mark_cover_head(units, {*running, *numbered_running})
    return _rejoin_cut_paragraphs(units, starts[1:], known_words)


def _title_over_byline(units: Sequence[Unit], at: int, stop: int) -> bool:
    """The unit at ``at`` stands right over a byline: a title, whatever repeats it."""
    from store.normalise.writer_lines import authors_line

    below = next((u for u in units[at + 1 : stop] if u.removed is None), None)
    if below is None:
        return False
    header = below.header()
    if header is None:
        return authors_line(below.text)  # "Victor Cha and Ellen Kim" under a report's title
    return not header.soft and (header.kind == "byline" or header.author is not None)  # (over a date alone it may be the outlet's name)


# A head or foot carrying its page's number beside the publication's name: "2 | Korea Security Monitor".
_FOLIO_LINE = re.compile(r"(\d{1,4})\s*[|·•]\s*[^\W\d_][^|·•]{1,80}|[^\W\d_][^|·•]{1,80}?\s*[|·•]\s*(\d{1,4})")
_PAGE_OF_PAGES = re.compile(r"(?:page|p\.|pg\.?)?\s*(\d{1,4})\s*(?:of|/)\s*(\d{1,4})", re.IGNORECASE)


def _heads_page(unit: Unit, number: int) -> bool:
    if unit.removed is not None or unit.words() > _MAX_EDGE_WORDS or unit.is_prose():
        return False
    found = _FOLIO_LINE.fullmatch(unit.text)
    return found is not None and int(found.group(1) or found.group(2)) == number


def pages_run_on(units: Sequence[Unit]) -> bool:
    """A page numbered "Page 1 of 2": the next page is the same document's, not another item's."""
    return any(
        unit.removed == "page-number" and (found := _PAGE_OF_PAGES.fullmatch(unit.text)) is not None and int(found[1]) < int(found[2])
        for unit in units
    )


def _mark_cover_head(units: list[Unit], running: Collection[str]) -> None:
    """The first page's head set in its own way ("EAST ASIA SECURITY QUARTERLY   Winter 2024"): the running head's words lead it.

    The later pages' running line names the publication; on the first page the same name, in capitals
    and beside the issue, is its masthead, no title of the article.
    """
    first = next((u for u in units[:3] if u.removed is None), None)
    if first is None or first.words() > _MAX_EDGE_WORDS:
        return
    lowered = first.text.lower()
    for key in running:
        if key.count(" ") >= 2 and lowered.startswith(key) and lowered != key and len(lowered[len(key) :].split()) <= 3:
            first.removed = "running-header"
            return


def _edges(start: int, stop: int) -> set[int]:
    return set(range(start, min(start + _EDGE, stop))) | set(range(max(start, stop - _EDGE), stop))


def _signature(unit: Unit) -> str | None:
    """What a running line keeps from page to page, or None for a line that cannot be one.

    Dates, bylines and item counters also recur at the top of every item of a
    feed dump paged with form feeds; they are the items' metadata, not the page's.
    """
    if unit.removed is not None or unit.words() > _MAX_EDGE_WORDS or unit.is_prose():
        return None
    if _ITEM_COUNTER.match(unit.text) or ((header := unit.header()) is not None and not _dated_folio_line(unit.text, header.date is not None)):
        return None
    return _EDGE_NUMBER.sub("", unit.text).strip(_FOLIO_BARS).lower()


# A page's folio at a line's edge, no year of its date: "3", "Page 3", "A4".
_FOLIO_EDGE = re.compile(r"^(?:page\s+)?(?:\d{1,3}|[A-H]\d{1,2})\b|\b(?:page\s+)?(?:\d{1,3}|[A-H]\d{1,2})$", re.IGNORECASE)


def _dated_folio_line(text: str, dated: bool) -> bool:
    """A dated line that also prints its page's folio ("Monday, 4 November 2024   THE KOREA HERALD   3"):
    the paper's running head, not an item's own date line, whatever it reads as."""
    date = find_date(text) if dated else None
    if date is None:
        return False
    return any(found.end() <= date.start or found.start() >= date.end for found in _FOLIO_EDGE.finditer(text))


def _running_lines(units: Sequence[Unit], pages: list[tuple[int, int]]) -> set[str]:
    """Signatures found at the edges of at least two pages and of half of them, or of half the pages of
    one side (facing pages: the title atop the even pages, the publication atop the odd ones)."""
    found: dict[str, set[int]] = {}
    for number, (start, stop) in enumerate(pages, 1):
        for signature in {s for i in _edges(start, stop) if (s := _signature(units[i]))}:
            found.setdefault(signature, set()).add(number)
    needed = max(2, (len(pages) + 1) // 2)
    side_needed = max(2, (len(pages) // 2 + 1) // 2)
    running = set()
    for signature, numbers in found.items():
        later = {n for n in numbers if n > 1}  # (the first page may print the title the even pages repeat)
        if len(numbers) >= needed or (len(later) >= side_needed and len({n % 2 for n in later}) == 1):
            running.add(signature)
    return running


def rejoin_around_furniture(units: list[Unit], reasons: Collection[str], known_words: KnownWords) -> list[Unit]:
    """A paragraph an advert was set into ("... large numbers of" / ADVERTISEMENT / "missiles, artillery
    systems and shells.") is one paragraph again once the advert is out; the new unit list."""
    breaks = []
    for i, unit in enumerate(units):
        if unit.removed in reasons and i + 1 < len(units):
            # Only a lower-case continuation: a sub-heading above an advert stops on a word too.
            after = next((u for u in units[i + 1 :] if u.removed is None), None)
            first_letter = _FIRST_LETTER.match(after.text) if after is not None else None
            if first_letter is not None and first_letter.group(1).islower():
                breaks.append(i + 1)
    return _rejoin_cut_paragraphs(units, breaks, known_words) if breaks else units


def _rejoin_cut_paragraphs(units: list[Unit], breaks: list[int], known_words: KnownWords) -> list[Unit]:
    merged: set[int] = set()
    for at in breaks:
        before = next((i for i in range(at - 1, -1, -1) if units[i].removed is None and i not in merged), None)
        # A paragraph already joined across one break (a footer and the next page's header each
        # break the page) is not joined again.
        after = next((i for i in range(at, len(units)) if units[i].removed is None), None)
        if after in merged:
            continue
        if before is None or after is None or not _cut_by_break(units[before], units[after]):
            continue
        first, second = units[before], units[after]
        first.text = join_wrapped_lines([first.text, second.text], known_words)
        first.raw = f"{first.raw}\n{second.raw}"
        merged.add(after)
    return [unit for i, unit in enumerate(units) if i not in merged] if merged else units


def _cut_by_break(before: Unit, after: Unit) -> bool:
    if not before.text or not after.text or before.words() < 5 or ends_sentence(before.text):
        return False
    if before.heading_level or after.heading_level or after.bullet:
        return False
    first_letter = _FIRST_LETTER.match(after.text)
    starts_lower = first_letter is not None and first_letter.group(1).islower()
    if starts_lower or (before.text.endswith("-") and before.is_prose()):
        return True
    # "... while some" / "Western officials ...": a paragraph that stops on a lower-case word or a
    # comma was cut, even where the next page opens on a capital (a name).
    # (The cut first half is no prose by shape: it lacks its sentence end.)
    return (before.text[-1].islower() or before.text[-1] == ",") and before.words() >= _CUT_MIN_WORDS and after.is_prose()


# "Page 3", "Page 3 of 7", "- 3 -" on a line of their own: numbered, but with no words that repeat.
_PAGE_LINE = re.compile(r"(?:page|p\.|pg\.?)\s*(?P<n>\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*(?P<m>\d{1,4})\s*[-–—]", re.IGNORECASE)
_NUMBERED_END = frozenset("0123456789-–—")
_NUMBERED_START = frozenset("0123456789Pp \t")
_LEADING_NUMBER = re.compile(r"^(?:page\s+)?(\d{1,4})\s")
# A bare page number right-aligned or centred by a layout-keeping PDF dump stands this far in, and
# pages run at least this many lines.
_FOLIO_INDENT = 20
_FOLIO_BARS = " |·•–—-"
_LEAST_PAGE_LINES = 6
_TRAILING_NUMBER = re.compile(r"\s(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?$")


def inferred_page_breaks(lines: Sequence[str]) -> tuple[set[int], frozenset[str], int] | None:
    """Page breaks of paged text that lost its form feeds, and the running lines that show them.

    A PDF dump without form feeds still prints a running footer or header
    with the page number ("Policy Brief 17 | December 2024    2", "Page 2 of
    7").  A line of a few words that recurs with the number counting up one by
    one is such a line: each occurrence marks a page edge.  A footer ends its
    page (breaks fall on it and on the next line), a header that already stands
    at the top of the file starts its page.  Returns the lines to break at,
    the running line's signature and how many times it runs; None when no
    line runs so.
    """
    numbered: dict[str, list[tuple[int, int]]] = {}
    # Most lines are ruled out by their first and last characters alone, in one cheap pass.
    candidates = [i for i, line in enumerate(lines) if line and (line[-1] in _NUMBERED_END or line[0] in _NUMBERED_START)]
    if len(candidates) < 2:
        return None
    for i in candidates:
        line = lines[i]
        if len(line) > 300:
            continue
        head = (line.lstrip() if line[0] in " \t" else line)[:4].lower()
        if not (line[-1] in _NUMBERED_END or head[:1].isdigit() or head.startswith(("page", "p.", "pg"))):
            continue
        text = " ".join(line.split())
        if not text or len(text) > 120:
            continue
        if (page := _PAGE_LINE.fullmatch(text)) is not None:
            key, number = "\x00page", int(page["n"] or page["m"])
        elif text.isdigit() and len(text) <= 3 and len(line) - len(line.lstrip()) >= _FOLIO_INDENT:
            key, number = "\x00bare", int(text)  # a layout dump's page number, set far out from the margin
        elif (found := _folio_number(text)) is not None:
            # (the bar or dot between number and name goes with the number: "2 | Centre" and "Centre | 3" run alike)
            key, number = _EDGE_NUMBER.sub("", text).strip(_FOLIO_BARS).lower(), int(found.group(1))
            if len(key.split()) < 2:
                continue  # "Day 2", "Part 3": a count in the text, not a page's
        else:
            continue
        numbered.setdefault(key, []).append((i, number))
    for key, found in numbered.items():
        numbers = [n for _, n in found]
        if len(found) < 2 or any(b != a + 1 for a, b in itertools.pairwise(numbers)):
            continue
        if key == "\x00bare" and any(j - i < _LEAST_PAGE_LINES for (i, _), (j, _) in itertools.pairwise(found)):
            continue  # numbers a few lines apart: a table's column, not the pages' folios
        if (breaks := _breaks_at(lines, found)):
            return breaks, frozenset() if key[:1] == "\x00" else frozenset({key}), len(found)
    if (facing := _facing_pages(numbered)) is not None:
        keys, found = facing
        if (breaks := _breaks_at(lines, found)):
            return breaks, keys, len(found)
    return None


def _folio_number(text: str) -> re.Match[str] | None:
    """The page number of a running line: "12   THE QUARTERLY | SPRING 2025" is page 12, not page 2025."""
    trailing, leading = _TRAILING_NUMBER.search(text), _LEADING_NUMBER.match(text)
    return leading if leading is not None and (trailing is None or len(trailing.group(1)) == 4) else trailing or leading


def _breaks_at(lines: Sequence[str], found: list[tuple[int, int]]) -> set[int]:
    first_filled = next(i for i, line in enumerate(lines) if line.strip())
    is_header = found[0][0] == first_filled
    breaks = set()
    for i, _ in found:
        # The running line itself is broken off, so that no wrapped paragraph runs on into it,
        # and after a footer so is the next page's first line.
        following = None if is_header else next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        breaks.update(at for at in (i, following) if at is not None and at > first_filled)
    return breaks


_LEAST_FACING_PAGES = 3


def _facing_pages(numbered: dict[str, list[tuple[int, int]]]) -> tuple[frozenset[str], list[tuple[int, int]]] | None:
    """Facing pages' running lines: "SIPRI Commentary  2" on even pages, "3  Lucie Béraud-Sudreau" on odd ones.

    Each line alone counts up by two; taken together, in the file's order, they alternate and
    count up by one.
    """
    keys = [key for key, found in numbered.items() if key != "\x00page" and all(b - a == 2 for (_, a), (_, b) in itertools.pairwise(found))]
    for left, right in itertools.combinations(keys, 2):
        merged = sorted(numbered[left] + numbered[right])
        if len(merged) < _LEAST_FACING_PAGES or any(b != a + 1 for (_, a), (_, b) in itertools.pairwise(merged)):
            continue
        return frozenset({left, right}), merged
    return None


_FOLIO_MAX_WORDS = 15


def mark_folio_lines(units: Sequence[Unit]) -> None:
    """A print page's folio ("A4  THE DAEJEON HERALD      FRIDAY, DECEMBER 20, 2024") printed again lower down.

    Set out in columns (runs of spaces) and repeated word for word, it is the page's, not the
    article's: the first one stays (it dates the page and names the paper), the repeats go.
    A head spread across the top of the first page goes too (see ``_mark_spread_head``).
    """
    _mark_spread_head(units)
    seen: dict[tuple[str, ...], Unit] = {}
    mid_text: set[int] = set()  # lines of first copies printed below the text's start
    prose_above = False
    for unit in units:
        if unit.removed is not None or "   " not in unit.raw.strip() or unit.words() > _FOLIO_MAX_WORDS:
            prose_above = prose_above or (unit.removed is None and unit.is_prose())
            continue
        key = _folio_key(unit.raw)
        if (first := seen.get(key)) is not None:
            unit.removed = "running-header"
            if first.removed is None and first.line in mid_text:
                first.removed = "running-header"  # the first copy ran under prose already: a page's edge too
        elif prose_above:
            mid_text.add(unit.line)
        seen.setdefault(key, unit)
    _mark_page_edge_mates(units)


def _mark_page_edge_mates(units: Sequence[Unit]) -> None:
    """A column-set line right beside a page's running line, below the text's start, is that page edge's too:
    a footer's folio ("24-39112      3/12") and the next page's head ("S/PV.9848   Agenda   16/12/2024")."""
    prose_above = False
    for at, unit in enumerate(units):
        if unit.removed is None and unit.is_prose():
            prose_above = True
        if not prose_above or unit.removed != "running-header":
            continue
        for mate in units[at - 1 : at] + units[at + 1 : at + 2]:
            if mate.removed is None and mate.role is None and "   " in mate.raw.strip() and mate.words() <= _FOLIO_MAX_WORDS and not mate.is_prose():
                mate.removed = "running-header"


# A page-of-pages count in a folio's column ("3/20"): the number changes from page to page, the total does not.
_PAGE_OF_TOTAL = re.compile(r"\d{1,4} ?/ ?(\d{1,4})")


def _folio_key(raw: str) -> tuple[str, ...]:
    """A column-set line's parts in any order ("S/PV.9811   Agenda   23/12/2024" and "23/12/2024   Agenda
    S/PV.9811" are facing pages' heads), a page-of-pages count read without its page."""
    parts = (part.strip() for part in re.split(r" {3,}", raw.strip()))
    return tuple(sorted(f"#/{m[1]}" if (m := _PAGE_OF_TOTAL.fullmatch(part)) else part.lower() for part in parts if part))


# Parts set far apart on one line: the gap a PDF's conversion keeps between a head's left and right ends.
_WIDE_GAP = re.compile(r"\S {6,}\S")
_HEAD_PART_MAX_WORDS = 6


def _mark_spread_head(units: Sequence[Unit]) -> None:
    """A report's head spread across its first page ("ISSUE BRIEF          Institute for Security Studies").

    Its parts are labels set at the page's edges, each a few words, undated: the page's running head,
    no title (the title is the line under it), though it may name the issuer.  A line that dates itself
    is the paper's folio, which stays to date the page.
    """
    first = next((u for u in units if u.kept), None)
    if first is None or first.block_size != 1 or "\n" in first.raw or _WIDE_GAP.search(first.raw.strip()) is None:
        return
    parts = [part for part in re.split(r" {3,}", first.raw.strip()) if part]
    if not 2 <= len(parts) <= 3 or any(len(part.split()) > _HEAD_PART_MAX_WORDS or ends_sentence(part) for part in parts):
        return
    if first.header() is not None or not any(u.kept and u is not first for u in units):
        return
    first.removed = "running-header"
