"""The header lines of one article: bylines, dates, fields and outlet lines read as metadata.

The lines above an article's first prose (and field lines below its last)
say who wrote it, where it ran and when.  They are read into ``Evidence``
and marked as headers, so they leave the passages and go to the audit as
``metadata-header``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from store.normalise.briefing_heads import dated_event_title, place_line, speaker_line, speaker_office, without_title_note
from store.normalise.byline_names import delivered_by
from store.normalise.copyright_lines import COPYRIGHT_HOLDER
from store.normalise.credits import east_asian_sign_off, has_trailing_photo_credit
from store.normalise.dates import FoundDate
from store.normalise.furniture import is_section_word
from store.normalise.head_layouts import (
    closing_issuer,
    name_over_date_paragraph,
    over_reading_time,
)
from store.normalise.mastheads import masthead_name
from store.normalise.metadata import Header, parse_header, person_names
from store.normalise.outlets import (
    outlet_table,
)
from store.normalise.shapes import long_headline_shaped
from store.normalise.signature_lines import (
    capitals_byline,
    labelled_author_bio,
    mail_signature,
    mark_author_bio,
    mark_closing_bio,
    mark_closing_name,
    mark_later_post_heads,
    poster_handle,
    titled_byline,
)
from store.normalise.units import Unit
from store.normalise.writer_lines import (
    authors_line,
    co_authors_under_title,
    dash_signed,
    lone_place_word,
    lone_writer_under_title,
    short_name,
)


@dataclass(slots=True)
class Evidence:
    """What one article's lines say about its metadata, with how firmly (lower rank wins)."""

    outlets: list[tuple[int, str, str]] = field(default_factory=list)  # (rank, name, basis)
    credits: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    dates: list[FoundDate] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # dateline places of "Place, date" header lines

    def outlet(self, rank: int, name: str | None, basis: str) -> None:
        if name and name.strip():
            self.outlets.append((rank, name.strip(), basis))


_LINES_ABOVE_STANDFIRST = 3


def first_prose(units: Sequence[Unit]) -> int:
    """Where the body's prose starts: the header lines and the title stand above it.

    A standfirst of a sentence or two printed between the title and the byline
    ("Title / Two men want to defect. Seoul says it will take them. / By Jean
    Mackenzie / Published 19 March 2025") is prose, yet the header goes on under it.
    """
    kept_above = 0  # kept lines above, header lines ("11. März 2025, 17:04 Uhr" under the title) aside
    for i, unit in enumerate(units):
        if not unit.kept:
            continue
        if unit.is_prose() and not _staff_credits(unit) and not _stamp_row(unit):
            # (above it the title, and perhaps the masthead and section lines a page prints over it)
            # (a standfirst under more than the title stands in a block of its own)
            if (kept_above == 1 or (kept_above <= _LINES_ABOVE_STANDFIRST and unit.block_size == 1)) and unit.words() <= 40 and _header_lines_follow(units, i):
                kept_above += 1
                continue
            if unit.bullet and kept_above <= _LINES_ABOVE_STANDFIRST and _summary_box_over_header(units, i):
                continue  # "Key points:" and its bullets between the headline and the byline: the head goes on under them
            if kept_above == 0 and long_headline_shaped(unit.text) and _header_lines_follow(units, i, reach=_LINES_ABOVE_STANDFIRST):
                kept_above += 1  # a headline of sixty words over its byline and date is still the headline
                continue
            return i
        kept_above += unit.header() is None
    return len(units)


def _stamp_row(unit: Unit) -> bool:
    """"Le Monde avec AFP · Publié le 16 janvier 2025 · Lecture 3 min.": a row of header fields set apart by marks,
    which ends on a stop ("min.") yet reads as a header line, not a sentence."""
    if not any(mark in unit.text for mark in "·|•") or unit.words() > 25:
        return False
    header = unit.header()
    return header is not None and header.date is not None


def _staff_credits(unit: Unit) -> bool:
    """"Written by Jeong Yon-ju for RFA Korean. Translated by ...": sentences, yet a header line."""
    if unit.text[-1:] != "." or unit.text[:1] not in "WwRr":
        return False
    header = unit.header()
    return header is not None and header.kind == "byline"


_SUMMARY_BULLETS = 6


def _summary_box_over_header(units: Sequence[Unit], at: int) -> bool:
    """A short run of bullets (a "Key points" box) starting at ``at``, with a byline or date line under it."""
    last = at
    for j in range(at + 1, min(len(units), at + 2 * _SUMMARY_BULLETS)):
        if units[j].kept and not units[j].bullet:
            break
        last = j
    return last - at < 2 * _SUMMARY_BULLETS - 1 and _header_lines_follow(units, last)


def _header_lines_follow(units: Sequence[Unit], at: int, reach: int = 0) -> bool:
    """A byline or a date line right under the unit at ``at`` (what follows a standfirst).

    ``reach``: how many short lines that are no header (a byline set with markup the
    reader cannot parse) may stand between; a field line ("Published: ...") counts too then.
    """
    for unit in units[at + 1 : at + 4 + reach]:
        if not unit.kept and not (reach and unit.role == "header"):
            continue  # (lines read as headers already still stand under a long headline, asked again later)
        header = unit.header()
        if unit.is_prose():
            return False
        if header is None:
            if reach <= 0 or unit.words() > _HEADER_WORDS:
                return False
            reach -= 1
            continue
        if not header.soft and (header.kind in ("byline", "date") or (reach and header.kind == "field")):
            return True
    return False


_HEADER_WORDS = 12


def consume_headers(units: Sequence[Unit], evidence: Evidence, page_author: str | None = None) -> None:
    """Header lines above the prose (and field lines below it) become metadata.

    Soft headers (a "Jane Doe in Kyiv" byline, a "Seoul correspondent" role
    line) count only beside a firm one or, for a role, under a name.  A line
    of bare names that includes the author a page's markup gives is that
    page's printed byline ("Jane Doe and John Roe", without "By").
    """
    head_end = first_prose(units)
    last_prose = next((i for i in range(len(units) - 1, -1, -1) if units[i].kept and units[i].is_prose()), -1)
    head = [i for i in range(head_end) if units[i].kept]
    if page_author:
        for i in head:
            unit = units[i]
            if unit.header() is None and page_author.lower() in unit.text.lower() and person_names(unit.text) is not None:
                unit.role = "header"
                evidence.authors.insert(0, unit.text.strip(" ."))
                break
            if not page_author.isascii() and unit.role is None and len(unit.text) <= 30 and unit.text.rstrip().endswith(page_author):
                unit.role = "header"  # "ソウル＝山田太郎" printed where the markup names "山田太郎": the byline, filed from Seoul
                evidence.authors.insert(0, page_author)
                break
        head = [i for i in head if units[i].role is None]
    firm = {i for i in head if (h := units[i].header()) is not None and not h.soft}
    signed = any((h := units[k].header()) is not None and h.author for k in firm)
    for n, i in enumerate(head[1:] if not signed else (), start=1):  # never the first line: that is the title's
        # "Daniel Cho" / "Seoul" / "Thu 21 Nov 2024": the writer, the city filed from, then the date
        placed = n + 2 < len(head) and head[n + 2] in firm and units[head[n + 1]].role is None and lone_place_word(units[head[n + 1]].text)
        beside_firm = placed or any(k in firm for k in head[n - 1 : n + 2])
        # "Luke Harding" / "Kyiv" in a block of their own, the last head lines: the writer, then the city filed from
        over_place = not placed and n + 2 == len(head) and units[head[n + 1]].block == units[i].block and lone_place_word(units[head[n + 1]].text)
        alone = lone_writer_under_title(units, head[:-1] if over_place else head, n)
        if i not in firm and units[i].role is None and authors_line(units[i].text) and (beside_firm or co_authors_under_title(units, head, n) or alone):
            units[i].role = "header"  # "Jae-won Lim and Petra Hollis" over "December 2024": a report's authors
            evidence.authors.append(units[i].text.strip(" ."))
            if placed or over_place and alone:
                units[head[n + 1]].role = "header"
            if over_place and alone:
                evidence.places.append(units[head[n + 1]].text.strip())
    _consume_briefing_head(units, head, firm, evidence)
    for n, i in enumerate(head):
        header = units[i].header()
        if n == 0 and header is None and (plain := without_title_note(units[i].text)) != units[i].text and dated_event_title(plain):
            header = parse_header(plain)  # "ISW Assessment, January 20, 2025 (excerpt)": a dated title, and a note on it
        if n == 0 and header is not None and header.kind in ("date", "outlet-date") and dated_event_title(without_title_note(units[i].text)):
            # "Department Press Briefing – March 24, 2025": the title, dated (its words name no outlet).
            _note_header(Header("date", date=header.date) if header.outlet else header, evidence)
            continue
        if header is None:
            unit = units[i]
            # (under a section's label, "WORLD" / "THE KOREA-RUSSIA BRIEF", a line in capitals is the headline)
            above_title = n >= 2 or (n == 1 and not is_section_word(units[head[0]].text))
            if above_title and unit.role is None and (capitals := capitals_byline(unit.text) or (titled_byline(unit.text) if n >= 2 else None)) is not None and _over_date(units, head, n):
                unit.role = "header"  # "TOM LEE" over "MAR 24": a newsletter's byline, set in capitals
                evidence.authors.append(capitals)
                continue
            if n > 0 and unit.role is None and over_reading_time(units, i) and authors_line(unit.text):
                unit.role = "header"  # a reader view's "Iryna Shevchenko" over "5–6 minutes": the byline
                evidence.authors.append(unit.text.strip(" ."))
                continue
            if n > 0 and unit.role is None and poster_handle(unit.text) and _over_date(units, head, n):
                unit.role = "header"  # "mkovac" over "Dec 2024" under a forum topic's title: its poster
                evidence.authors.append(unit.text)
                continue
            if n > 0 and unit.role is None and not unit.text.isascii() and (reporter := east_asian_sign_off(unit.text)) is not None:
                unit.role = "header"  # "김민수 기자 kimms@hankookilbo.com" under the headline: the byline
                evidence.authors.append(reporter)
            elif n > 0 and unit.role is None and unit.text[:1] in "AaDdPp" and (speaker := delivered_by(unit.text, person_names)) is not None:
                unit.role = "header"  # "As delivered by Ambassador Jane Doe to the Permanent Council": the speaker
                evidence.authors.append(speaker)
            continue
        if header.soft:
            if n == 0 and header.kind == "one-name-byline":
                continue  # "By Design" opening the item is its title, whatever stands under it
            neighbours = [head[k] for k in (n - 1, n + 1) if 0 <= k < len(head)]
            if n == 0 and header.kind == "placed-byline" and any(k in firm and units[k].header().author for k in neighbours):  # type: ignore[union-attr]
                continue  # "Nordkoreanische Truppen in Kursk" over "Von Anna Müller": the headline; the byline names the writer
            if header.kind == "role" and n > 0 and short_name(units[head[n - 1]].text):
                name_unit = units[head[n - 1]]
                if name_unit.kept and name_unit.role is None:
                    name_unit.role = "header"
                    evidence.authors.append(name_unit.text)
            elif not any(k in firm for k in neighbours) and not (" " not in units[i].text and i + 1 == head_end):
                continue  # (a poster's handle alone right over the post's prose signs it: "grey_owl" under the thread's title)
        units[i].role = "header"
        if units[i].chat_sender and header.outlet:
            evidence.authors.append(header.outlet)  # a chat message's sender wrote it; no outlet ran it
            header = Header(header.kind, date=header.date)  # (a copy: headers are shared and read-only)
        _note_header(header, evidence)
    # (a chat message's lines under its first are all its sender's words: "Kyiv, 12 November 2024" closing one is no stamp)
    chat_message = any(u.chat_sender for u in units[:2])
    for i in range(max(head_end, last_prose + 1), len(units) if not chat_message else 0):
        unit = units[i]
        header = unit.header() if unit.kept else None
        if header is not None and header.kind == "field" and not (header.title or header.outlet or header.author or header.date or header.url):
            header = None  # "Джерело: речник ГУР Андрій Юсов ...": a source described in words is the story's text, no field
        if header is not None and (header.kind in ("field", "date", "byline") or (header.kind == "outlet-date" and "." in (header.outlet or "") and header.date)):
            unit.role = "header"  # a byline under the last paragraph signs the story ("By Kim Min-ji / Korea Herald"), a site's stamp dates it
            _note_header(header, evidence)
            if (signed := mail_signature(unit.text, with_name=False)) is not None:
                outlet = outlet_table().lookup_domain(signed[1])
                evidence.outlet(7, outlet.name if outlet else None, "signature e-mail")
        elif unit.kept and not unit.text.isascii() and (reporter := east_asian_sign_off(unit.text)) is not None:
            unit.role = "header"  # "정수민 기자 sumin@hanbit.example" signs the story
            if not evidence.authors:
                evidence.authors.append(reporter)
            if (signed := mail_signature(unit.text, with_name=False)) is not None and (outlet := outlet_table().lookup_domain(signed[1])):
                evidence.outlet(7, outlet.name, "signature e-mail")
        elif unit.kept and unit.text[:1] in "—–-" and unit.pos == 0 and (dashed := dash_signed(unit.text)) is not None:
            unit.role = "header"  # "— Jane Kim, Seoul" under the last paragraph signs the story (a quote's "— Name" stands in its block)
            if not evidence.authors:
                evidence.authors.append(dashed)
        elif unit.kept and (signed := mail_signature(unit.text)) is not None:
            unit.role = "header"
            name, domain = signed
            above = units[i - 1]
            if name is None and i - 1 > last_prose and above.kept and short_name(above.text):
                above.role, name = "header", above.text  # "Choi Hye-rin" over "hrchoi@ledger.example"
            if name and not evidence.authors:
                evidence.authors.append(name)
            if (outlet := outlet_table().lookup_domain(domain)) is not None:
                evidence.outlet(7, outlet.name, "signature e-mail")
    if (issuer := closing_issuer(units, last_prose)) is not None:
        evidence.outlet(8, issuer, "closing issuer line")
    _consume_outlet_line(units, head, evidence)
    mark_later_post_heads(units, head_end, last_prose)
    mark_author_bio(units, last_prose)
    if (boxed := labelled_author_bio(units, last_prose)) is not None and not evidence.authors and not page_author:
        evidence.authors.append(boxed)  # a story signed only by the author box at its foot
    writers = [*evidence.authors, *([page_author] if page_author else [])]
    mark_closing_bio(units, last_prose, writers)
    mark_closing_name(units, last_prose, writers)


def _over_date(units: Sequence[Unit], head: list[int], n: int) -> bool:
    """The head line after ``n`` is a date line of the same block."""
    if n + 1 >= len(head):
        return False
    below = units[head[n + 1]]
    header = below.header()
    return below.block == units[head[n]].block and header is not None and header.kind == "date"


def _consume_briefing_head(units: Sequence[Unit], head: list[int], firm: set[int], evidence: Evidence) -> None:
    """A transcript's speaker line ("Name, Office") next to its dated title, and the place line beside it."""
    speakers = [n for n, i in enumerate(head) if n > 0 and units[i].role is None and units[i].header() is None and speaker_line(units[i].text)]
    if not any(head[k] in firm for n in speakers for k in (n - 1, n + 1) if 0 <= k < len(head)):
        return
    for n in speakers:
        units[head[n]].role = "header"
        evidence.outlet(6, speaker_office(units[head[n]].text), "speaker's office")  # ("…, Pentagon Press Secretary")
        for k in (n - 1, n + 1):
            if 0 < k < len(head) and units[head[k]].role is None and units[head[k]].header() is None and place_line(units[head[k]].text):
                units[head[k]].role = "header"
                evidence.places.append(units[head[k]].text.strip())


def _consume_outlet_line(units: Sequence[Unit], head: list[int], evidence: Evidence) -> None:
    """An outlet's name on its own line beside the byline or date lines, under the title.

    Saved articles often print "Title / Korea Herald / By … / date" with no
    "Source:" label.  The line counts only if it is a known outlet or its
    name has a publication word, so a section kicker ("Asia Pacific") or an
    author's name is never taken for the outlet.  With an outlet already
    read from the header lines, such a line is something else (a credit).
    """
    if evidence.outlets:
        return
    for n, i in enumerate(head):
        unit = units[i]
        if unit.role is not None:
            continue
        text = unit.text.strip()
        issuer = n == 0 and _issuer_over_its_fields(units, head)
        if n == 0 and not (text[:1] in "[【" and text[-1:] in "]】") and not issuer:
            continue  # the first line is the title's, unless brackets set it apart as a masthead
        beside_header = any(0 <= k < len(head) and units[head[k]].role == "header" for k in (n - 1, n + 1))
        name = masthead_name(text, issuer=issuer) or (text if n == 1 and name_over_date_paragraph(units, head) else None)
        if name is None or (name != text and has_trailing_photo_credit(text)):
            continue  # ("Koksan guns at a parade. Photo: KCNA": a caption crediting an agency, not a masthead)
        # "Laura Gozzi" / "BBC News": the writer's name over her outlet's is a byline of two lines.
        writer = units[head[n - 1]] if n >= 2 else None
        signed = writer is not None and writer.role is None and writer.block == unit.block and short_name(writer.text)
        if not (beside_header or n == 0 or signed):
            continue
        unit.role = "header"
        evidence.outlet(6, name, "header line")
        if signed and writer is not None:
            writer.role = "header"
            if not evidence.authors:
                evidence.authors.append(writer.text.strip())
        return


def _issuer_over_its_fields(units: Sequence[Unit], head: list[int]) -> bool:
    """"Ministry of National Defense" / "Published: 13 February 2025", then the title in a block of its own.

    A press release names its issuer first, its fields right under it; the headline stands apart below.
    """
    if len(head) < 3 or units[head[1]].role != "header" or units[head[1]].block != units[head[0]].block:
        return False
    return any(units[i].role is None and units[i].block != units[head[0]].block for i in head[2:])


def _note_header(header: Header, evidence: Evidence) -> None:
    if header.title:
        evidence.titles.append(header.title)
    if header.author:
        evidence.authors.append(header.author)
    if header.date:
        evidence.dates.append(header.date)
    if header.url:
        evidence.urls.append(header.url)
    if header.place:
        evidence.places.append(header.place)
    if header.credit:
        evidence.credits.append(header.credit)
    if header.outlet and not (header.kind == "outlet-date" and is_section_word(header.outlet)):  # ("2025-02-19 16:02 | Politics")
        rank = {"field": 1, "outlet-date": 4, "byline": 5}.get(header.kind, 5)
        if header.kind == "field" and header.author:
            rank = 5  # "Author: Jane Doe, Daily Ledger": a byline in a field, no firmer than one
        basis = {"field": "header field", "outlet-date": "header line", "byline": "byline"}.get(header.kind, "header line")
        evidence.outlet(rank, header.outlet, basis)


def copyright_holder(text: str) -> str | None:
    """The publisher a copyright line names: "© 2024 Meridian Daily. All rights reserved." -> "Meridian Daily"."""
    found = COPYRIGHT_HOLDER.match(text.strip())
    if found is None:
        return None
    name = found["name"].rstrip(".")
    return name if name[:1].isupper() and masthead_name(name, issuer=True) is not None else None
