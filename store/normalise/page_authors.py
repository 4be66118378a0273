"""Who wrote a saved page: the markup's author checked against the byline printed on the page."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from store.normalise.characters import squash_spaces

_SCANNED_LIMIT = 400_000  # (as html.py: the markup past this is not searched)
_DATE_PIECE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}|\d{4}",
    re.IGNORECASE,
)


# The label a byline's markup can hold with the name ("Автор: Ирина Гарина", "By Jane Doe"); extraction
# keeps it and drops the colon, leaving "Автор Ирина Гарина".
# (and "By" in French, German, Spanish and Polish bylines the markup kept whole: "Par Philippe Mesmer")
_AUTHOR_LABEL = re.compile(
    r"^(?:written by|by|authors|author|автор материала|автор тексту|авторы|автор|текст|par|von|por|przez)\s*[:：]?\s+(?=\S+\s+\S)", re.IGNORECASE
)


# A Korean or Japanese byline's role after the name: "기자" (reporter), "특파원" (correspondent), "記者".
_EAST_ASIAN_ROLE = re.compile(r"\s?(?:선임기자|객원기자|기자|특파원|통신원|記者|特派員)$")


def _without_east_asian_role(author: str) -> str:
    """"김지헌 기자": the name without "reporter"; "ソウル＝山田太郎", "서울=김민준": without the place it was filed from."""
    if author.isascii():
        return author
    place, equals, name = author.partition("＝") if "＝" in author else author.partition("=")
    if equals and 1 <= len(place.strip()) <= 8 and " " not in place.strip() and len(name.strip()) >= 2:
        author = name.strip()
    role = _EAST_ASIAN_ROLE.search(author)
    return author[: role.start()] if role is not None and role.start() > 1 else author


# An abbreviated month left at a name's end where extraction cut the byline's date off ("Daniel Hart Nov").
_TRAILING_MONTH = re.compile(r"(?<=\w\w) (?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$")


def without_date_pieces(author: str | None) -> str | None:
    """The markup's author without the pieces of a date or a post it took from the byline ("Gregor Lindqvist; October 2").

    Extraction splits a byline at its commas and keeps each piece as a name; a piece
    that is a month and a day, or a year, is the byline's date.  A byline's label goes too.
    """
    if author is not None and (label := _AUTHOR_LABEL.match(author)) is not None:
        author = author[label.end() :]
    if author is not None and not author.isascii() and ";" not in author:
        author = _without_east_asian_role(author)
    if author is not None and (month := _TRAILING_MONTH.search(author)) is not None and month.start() > 0:
        author = author[: month.start()]  # "Daniel Hart Nov" of "Daniel Hart Nov 15, 2024": the date's month is no name
    if author is not None and (" · " in author or " • " in author) and " " in _SPACED_DOT.split(author.strip(_SEPARATORS), 1)[0]:
        # "Friederike Böge · Peking": a middle dot sets a byline's pieces apart as its commas do (a spaced one: a
        # Chinese name's own dot, "弗里德里克·伯格", stands between its parts with no space; a one-word name is left be)
        author = "; ".join(piece for piece in _SPACED_DOT.split(author.strip(_SEPARATORS)) if piece)
    if author is None or ";" not in author:
        return author
    from store.normalise.metadata import is_date_word, parse_header

    # ("Peking ·" of "Von Friederike Böge, Peking · 14.01.2025": the mark that set the cut-off date apart goes with it.)
    pieces = [piece.strip(_SEPARATORS) for piece in author.split(";") if piece.strip(_SEPARATORS) and not _DATE_PIECE.fullmatch(piece.strip())]
    # "김민수 기자 | 입력 2025.02.13": the stamp's label ("입력", "Updated") split off with the name is no name.
    pieces = [_without_east_asian_role(piece) for piece in pieces if not all(map(is_date_word, piece.split()))]
    # "Richard Lloyd Parry, Asia Editor": the writer's post, split off like a second name, is no writer.
    names = [piece for n, piece in enumerate(pieces) if n == 0 or (h := parse_header(piece)) is None or h.kind != "role"]
    return "; ".join(names) or None


_SEPARATORS = " ·•|—–"
_SPACED_DOT = re.compile(r"\s+[·•]\s+")
_PLACE_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]{2,24}")


def page_author_and_place(page):  # type: ignore[no-untyped-def]
    """The page's author without the place a "Name, City" byline files from, and that place.

    Extraction splits "Олена Ковальчук, Київ" at its comma into two names; one word after a full name is
    no second writer (a writer is named in two words or more) but the city the story was filed from.
    """
    from dataclasses import replace

    from store.normalise.dateline_places import is_newsroom_unit

    pieces = [piece.strip() for piece in (page.author or "").split(";")]
    if len(pieces) < 2 or len(pieces[0].split()) < 2 or len(pieces[-1].split()) != 1:
        return page, None
    place = pieces[-1]
    if _PLACE_WORD.fullmatch(place) is None or not place[0].isupper() or is_newsroom_unit(place):
        return page, None
    from store.normalise.outlets import outlet_table

    if outlet_table().lookup(place) is not None:
        return page, None  # "Jane Doe, Reuters": the agency she writes for
    return replace(page, author="; ".join(pieces[:-1])), place


def discarded_byline(blocks: list[tuple[int, str]], discarded: list[tuple[int, str]], author: str | None) -> str | None:
    """The author(s) a byline that extraction left out above the text names, if it says more.

    "By Jane Doe | 20 December 2024" names the author the markup did not give; a bare
    "Jane Doe and John Roe" that includes the markup's author names her co-author too.
    Only a byline before the first kept paragraph counts: further down, such lines
    belong to related stories and comments.
    """
    from store.normalise.metadata import parse_header, person_names

    for text in _left_out_above_text(blocks, discarded):
        header = parse_header(text)
        if header is not None:
            if header.kind == "byline" and header.place and header.author and (author is None or author.split(";")[0].strip() == header.author):
                return f"{header.author}; {header.place}"  # "Марія Шевченко, Харків": the writer, then the city (a piece of its own)
            if header.kind in ("byline", "field") and header.author and (author is None or author.lower() in header.author.lower()):
                return header.author
            if header.kind == "byline" and header.author and _split_from_byline(author, header.author, text):
                return header.author
            if header.kind == "byline" and header.author and _byline_taken_whole(author, header.author, text):
                return header.author
            if header.kind == "placed-byline" and header.place and author == f"{header.place} {header.author}":
                return header.author  # "سيول: عبد الله محمد", its colon dropped by the markup: the place is no part of the name
        elif author is not None and author.lower() in text.lower() and person_names(text) is not None:
            return text.strip(" .")
        elif author is None and (followed := _NAME_WITH_FOLLOW.fullmatch(text)) is not None and person_names(followed["name"]):
            return followed["name"]  # "Min-ji Lee · Follow": a blogging platform's byline with its button
    return None


_NAME_WITH_FOLLOW = re.compile(r"(?P<name>[^\W\d][\w.'’ -]{2,60}?)\s*[·•|]?\s*(?:follow|following|subscribe)", re.IGNORECASE)


def _left_out_above_text(blocks: list[tuple[int, str]], discarded: list[tuple[int, str]]) -> Iterator[str]:
    """The lines extraction left out, up to the first kept paragraph of prose (12 words or more)."""
    left_out = set(discarded)
    for block in blocks:
        if block in left_out:
            # "By Jenny Town &amp; Martyn Williams" on a page whose CMS escaped its entities twice.
            yield html.unescape(block[1]) if "&" in block[1] and ";" in block[1] else block[1]
        elif len(block[1].split()) >= 12:
            return


def discarded_date(blocks: list[tuple[int, str]], discarded: list[tuple[int, str]]) -> str | None:
    """The date a header line that extraction left out above the text gives ("Автор: Ирина Соколова, 12 декабря 2024").

    Used only when the markup gives no date; as for the byline, only lines above the first kept paragraph count.
    """
    from store.normalise.metadata import parse_header

    for text in _left_out_above_text(blocks, discarded):
        header = parse_header(text)
        if header is not None and header.date is not None and header.date.iso is not None and not header.date.ambiguous:
            return header.date.raw
    return None


# A page's <time> element with no machine-readable date, only the printed one: "<time>2024年11月5日 14時30分</time>".
_TIME_ELEMENT = re.compile(r"<time\b[^>]{0,300}>([^<]{4,80})</time>", re.IGNORECASE)


def time_element_date(html_text: str) -> str | None:
    """The date the page's first <time> element prints, where neither markup nor left-out lines date it.

    The extraction's date search reads attributes and English or numeric dates; a Japanese,
    Chinese or Russian stamp printed in the element is read here, as a date line would be.
    """
    from store.normalise.metadata import parse_header

    found = _TIME_ELEMENT.search(html_text, 0, _SCANNED_LIMIT)
    if found is None:
        return None
    header = parse_header(squash_spaces(html.unescape(found.group(1))))
    if header is None or header.date is None or header.date.iso is None or header.date.ambiguous:
        return None
    return header.date.raw


def _split_from_byline(author: str | None, printed: str, byline: str) -> bool:
    """The markup's "Marta Kalnina; Riga" is the byline "By Marta Kalnina, Riga" cut at its comma.

    Extraction takes every comma of a byline for a new name; the printed byline
    names the writer, and the rest of it (a place, a desk) is no co-author.
    """
    if author is None or ";" not in author:
        return False
    parts = [part.strip().lower() for part in author.split(";") if part.strip()]
    line = byline.lower()
    return printed.lower() in parts and all(part in line for part in parts)


def _byline_taken_whole(author: str | None, printed: str, byline: str) -> bool:
    """The markup's "Oksana Melnyk · Kyiv Dispatch ·" is the whole byline, desk and date pieces and all.

    Every word of it is in the printed byline, and the name the byline gives is in it:
    the printed name is the author, the rest was the byline's other fields.
    """
    if author is None or printed.lower() not in author.lower() or len(author) <= len(printed):
        return False
    line = {w.lower() for w in re.findall(r"\w+", byline)}
    return all(w.lower() in line for w in re.findall(r"\w+", author))


_MARKED_AUTHOR = re.compile(
    r"<[a-z]{1,10}\s[^>]{0,200}(?:class|itemprop|rel)=[\"'][^\"']{0,80}\b(?:byline|author|credits)\b[^\"']{0,80}[\"'][^>]{0,200}>"
    r"\s*(?:<[^>]{1,200}>\s*){0,3}([^<>]{3,100})<",
    re.IGNORECASE,
)


def marked_author(html_text: str) -> str | None:
    """The name in an element the markup calls the byline or author (a reader view's "reader-credits")."""
    from store.normalise.metadata import parse_byline, person_names

    for found in _MARKED_AUTHOR.finditer(html_text[:_SCANNED_LIMIT]):
        text = squash_spaces(html.unescape(found.group(1)))
        byline = parse_byline(text)
        name = byline[0] if byline else person_names(text)
        if name is not None and len(name.split()) <= 6:
            return name
    return None
