"""Press-database exports: LexisNexis (Nexis, Nexis Uni) and Factiva text downloads.

A researcher's download from a press database holds many articles, each under a head the
database prints: the paper, the date, the edition, the headline, then "BYLINE:", "SECTION:",
"LENGTH: 412 words" fields (LexisNexis), or two-letter field codes ("HD" headline, "BY", "PD" date,
"SN" source, "LP"/"TD" lead and text, "AN Document ...") in Factiva's indexed format, and
"Document LBA00000…" under each article in its plain one.  Read as plain text, the heads'
fields and the load dates become body paragraphs and the articles run together; here each article
becomes an item with its title, outlet, author and date, and the database's own fields (length,
language, load date, copyright, index codes) go to the audit.
"""

from __future__ import annotations

import itertools
import re

from store.normalise.dates import find_date
from store.normalise.feed_fields import Item

# LexisNexis: "1 of 2 DOCUMENTS" over each article (classic), "Document 1 of 2" over it and "End of Document"
# under it (Nexis Uni).
_NEXIS_START = re.compile(r"\s*(?:\d{1,5} of \d{1,6} DOCUMENTS?|Document \d{1,5} of \d{1,6})\s*", re.IGNORECASE)
_NEXIS_END = re.compile(r"\s*End of Document\s*")
_NEXIS_FIELD = re.compile(
    r"\s*(?P<key>BYLINE|SECTION|LENGTH|DATELINE|HIGHLIGHT|BODY|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|JOURNAL-CODE|GRAPHIC|"
    r"DOCUMENT-TYPE|URL|SUBJECT|GEOGRAPHIC|ORGANIZATION|PERSON|COUNTRY|CITY|STATE|INDUSTRY|TICKER|CORRECTION-DATE|NOTES|TYPE|"
    r"DISTRIBUTION|SERIES|ACC-NO|Byline|Section|Length|Dateline|Highlight|Load-Date|Language|Publication-Type|Journal-Code|"
    r"Graphic|Document-Type|Subject|Geographic|Organization|Person|Country|City|State|Industry|Notes|Correction-Date):\s*(?P<value>.*)"
)
_HEAD_FIELDS = frozenset({"BYLINE", "SECTION", "LENGTH", "DATELINE", "HIGHLIGHT", "BODY"})  # above the text; the rest close it
_NEXIS_BODY_LABEL = re.compile(r"\s*Body\s*")
_LENGTH = re.compile(r"\d[\d,]{0,6} words", re.IGNORECASE)
_EDITION = re.compile(r"[\w -]{0,30}\bedition\b[\w ,;.-]{0,40}|(?:final|late|early|city|national|international|online)(?: final)?", re.IGNORECASE)
_COPYRIGHT = re.compile(r"\s*(?:copyright|©|\(c\))\s.{0,200}|\s*all rights reserved\.?\s*", re.IGNORECASE)

# Factiva's indexed format: a code of two or three capitals, then its value.
_FACTIVA_CODE = re.compile(r"(?P<code>HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN|CLM|SE|VOL|NGC|ART)(?: (?P<value>.*)|$)")
_FACTIVA_INDEX = frozenset({"CO", "IN", "NS", "RE", "IPC"})  # "RE skorea : South Korea": their values are codes and names
_FACTIVA_HEAD = ("HD", "BY", "PD", "SN")  # the fields an item takes; the others go to the audit
_FACTIVA_END = re.compile(r"\s*Document [A-Za-z0-9]{12,40}\s*")
_TIME = re.compile(r"\d{1,2}:\d{2}(?: ?(?:GMT|UTC|ET|EST|EDT|[AP]M))?", re.IGNORECASE)
_LANGUAGES = frozenset("english russian ukrainian korean japanese chinese german french spanish italian polish".split())
_SOURCE_CODE = re.compile(r"[A-Z]{2,8}")


def research_export_items(text: str) -> tuple[str, list[Item], list[tuple[int, str]]] | None:
    """(kind, items, (source line, text) of the database's own lines), or None when ``text`` is no such export."""
    if (" DOCUMENTS" in text or "End of Document" in text or "Document 1 of " in text) and (found := _nexis(text.split("\n"))) is not None:
        return found
    if "\nAN Document " in text or "\nDocument " in text:
        return _factiva(text.split("\n"))
    return None


def _nexis(lines: list[str]) -> tuple[str, list[Item], list[tuple[int, str]]] | None:
    fields = sum(1 for line in lines if (found := _NEXIS_FIELD.match(line)) and found["key"].upper() in ("LENGTH", "LOAD-DATE", "BYLINE"))
    if not fields:
        return None
    documents: list[list[int]] = [[]]
    dropped: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if _NEXIS_START.fullmatch(line) or _NEXIS_END.fullmatch(line):
            dropped.append((i + 1, line.strip()))
            documents.append([])
        else:
            documents[-1].append(i)
    if len(documents) < 2:
        return None  # no "1 of 2 DOCUMENTS" nor "End of Document" line: the words only stand in the text
    items = [item for doc in documents if (item := _nexis_item(lines, doc, dropped)) is not None]
    return ("lexisnexis", items, dropped) if len(items) >= 1 and fields >= len(items) else None


def _nexis_item(lines: list[str], doc: list[int], dropped: list[tuple[int, str]]) -> Item | None:
    head: list[int] = []
    body: list[int] = []
    author = published = None
    seen_field = in_body = closed = False
    for i in doc:
        line = lines[i]
        if not line.strip():
            if in_body:
                body.append(i)
            continue
        if _COPYRIGHT.fullmatch(line):
            dropped.append((i + 1, line.strip()))
            continue
        found = _NEXIS_FIELD.match(line)
        if found is not None:
            key, value = found["key"].upper(), found["value"].strip()
            seen_field = True
            in_body = in_body or key == "BODY"
            if key == "BYLINE" and value:
                author = value
                continue
            if key == "LOAD-DATE" and published is None:
                published = value
            closed = closed or (key not in _HEAD_FIELDS and any(lines[b].strip() for b in body))
            dropped.append((i + 1, line.strip()))
            continue
        if _NEXIS_BODY_LABEL.fullmatch(line) and seen_field:
            in_body = True
            dropped.append((i + 1, line.strip()))
            continue
        if closed:
            dropped.append((i + 1, line.strip()))  # a closing field's value wrapped onto more lines ("GRAPHIC: Photo: ...")
        elif seen_field:
            in_body = True
            body.append(i)
        else:
            head.append(i)
    if not any(lines[i].strip() for i in body):
        for i in head:
            dropped.append((i + 1, lines[i].strip()))
        return None
    title, outlet, dated = _nexis_head(lines, head, dropped)
    return Item(
        line=(head or body)[0] + 1, title=title, outlet=outlet, author=author, published=dated or published,
        body="\n".join(lines[i] for i in body).strip("\n"),
    )


def _nexis_head(lines: list[str], head: list[int], dropped: list[tuple[int, str]]) -> tuple[str | None, str | None, str | None]:
    """Title, outlet and date of the lines above the fields: the paper's name stands right above its date."""
    texts = [" ".join(lines[i].split()) for i in head]
    at = next((n for n, text in enumerate(texts) if (found := find_date(text)) is not None and len(found.raw) >= len(text) // 2), None)
    outlet = texts[at - 1] if at is not None and at > 0 else None
    dated = texts[at] if at is not None else None
    title_lines = []
    for n, text in enumerate(texts):
        if n == at or (outlet is not None and n == at - 1):  # type: ignore[operator]
            continue  # (the item's "Source:" and "Published:" lines)
        if _EDITION.fullmatch(text):
            dropped.append((head[n] + 1, text))
        else:
            title_lines.append(text)
    return " ".join(title_lines) or None, outlet, dated


def _factiva(lines: list[str]) -> tuple[str, list[Item], list[tuple[int, str]]] | None:
    codes = [i for i, line in enumerate(lines) if (found := _FACTIVA_CODE.fullmatch(line.rstrip())) and found["code"] == "HD"]
    # The accession number closes each document: "AN Document …", or "AN" over "Document …" where every
    # code stands on a line of its own above its value.
    if codes and (
        any(line.startswith("AN Document ") for line in lines)
        or any(line.rstrip() == "AN" and _FACTIVA_END.fullmatch(following) for line, following in itertools.pairwise(lines))
    ):
        return _factiva_indexed(lines, codes)
    return _factiva_plain(lines)


def _factiva_indexed(lines: list[str], starts: list[int]) -> tuple[str, list[Item], list[tuple[int, str]]] | None:
    items: list[Item] = []
    dropped = [(i + 1, lines[i].strip()) for i in range(starts[0]) if lines[i].strip()]
    for start, stop in zip(starts, [*starts[1:], len(lines)], strict=True):
        fields: dict[str, list[str]] = {}
        body: list[str] = []
        code = None
        under_code = False  # a head field's code alone on its line: its value is the lines under it
        for i in range(start, stop):
            line = lines[i].rstrip()
            found = _FACTIVA_CODE.fullmatch(line)
            if found is not None and (found["code"] not in _FACTIVA_INDEX or " : " in line or not found["value"]):
                code = found["code"]
                fields.setdefault(code, []).append((found["value"] or "").strip())
                under_code = not found["value"]
                if code not in ("LP", "TD", *_FACTIVA_HEAD):
                    dropped.append((i + 1, line))
                elif code in ("LP", "TD"):
                    body += ["", found["value"] or ""]  # the lead and the text are paragraphs apart
                continue
            if code in ("LP", "TD"):
                body.append(line)
            elif not line.strip():
                under_code = False  # (a blank line closes a value: the lines after it are no headline)
            elif code in _FACTIVA_HEAD and under_code:
                fields[code][-1] = f"{fields[code][-1]} {line.strip()}".strip()  # a headline wrapped under its code
            else:
                dropped.append((i + 1, line))
        if not any(part.strip() for part in body):
            continue
        author = " ".join(fields.get("BY", [])).strip() or None
        items.append(Item(
            line=start + 1, title=" ".join(fields.get("HD", [])).strip() or None, outlet=" ".join(fields.get("SN", [])).strip() or None,
            author=re.sub(r"^[Bb][Yy] ", "", author) if author else None, published=" ".join(fields.get("PD", [])).strip() or None,
            body="\n".join(body).strip("\n"),
        ))
    return ("factiva", items, dropped) if items else None


def _factiva_plain(lines: list[str]) -> tuple[str, list[Item], list[tuple[int, str]]] | None:
    """Articles each closed by "Document LBA00000…", under a head of title, byline, length, date, source, language, copyright."""
    ends = [i for i, line in enumerate(lines) if _FACTIVA_END.fullmatch(line)]
    if not ends:
        return None
    items: list[Item] = []
    dropped: list[tuple[int, str]] = []
    start = 0
    for end in ends:
        item = _factiva_plain_item(lines, start, end, dropped)
        dropped.append((end + 1, lines[end].strip()))
        if item is None:
            return None  # a head the database did not print: no Factiva download
        items.append(item)
        start = end + 1
    return "factiva", items, dropped


def _factiva_plain_item(lines: list[str], start: int, end: int, dropped: list[tuple[int, str]]) -> Item | None:
    filled = [i for i in range(start, end) if lines[i].strip()]
    length_at = next((n for n, i in enumerate(filled[:8]) if _LENGTH.fullmatch(lines[i].strip())), None)
    if length_at is None:
        return None
    title_lines = [lines[i].strip() for i in filled[:length_at]]
    author = None
    if title_lines and title_lines[-1].lower().startswith("by "):
        author = title_lines.pop()[3:].strip()
    published = outlet = None
    n = length_at
    for n in range(length_at, min(len(filled), length_at + 8)):
        text = lines[filled[n]].strip()
        if _COPYRIGHT.fullmatch(text):
            dropped.append((filled[n] + 1, text))
            n += 1
            break
        if published is None and (found := find_date(text)) is not None and len(found.raw) >= len(text) // 2:
            published = text
        elif outlet is None and published is not None and not (_TIME.fullmatch(text) or _SOURCE_CODE.fullmatch(text) or text.lower() in _LANGUAGES):
            outlet = text
        else:
            dropped.append((filled[n] + 1, text))
    body_start = filled[n] if n < len(filled) else end
    if not title_lines or published is None:
        return None
    return Item(line=filled[0] + 1, title=" ".join(title_lines), outlet=outlet, author=author, published=published, body="\n".join(lines[body_start:end]).strip("\n"))
