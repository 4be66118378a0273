"""A media monitor's export as an Excel workbook (.xlsx): its first sheet as the table it is.

Monitoring services and analysts' own trackers hand over articles as a spreadsheet, one article a
row under a header row ("Date", "Headline", "Source", "Content").  The first worksheet is written out
as CSV, which the table reader (``tables``) then reads like any export.  Cells are shared strings,
inline strings or numbers; a number in a column whose header names a date is Excel's day count
and is written as the date it stands for.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import zipfile

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_COLUMN = re.compile(r"[A-Z]{1,3}")
_DATE_HEADER = re.compile(r"date|published|datum|fecha|дата", re.IGNORECASE)
_EXCEL_EPOCH = datetime.date(1899, 12, 30)
_PLAUSIBLE_DAYS = (18_264, 73_051)  # 1950 to 2100: other numbers in a date column are no day counts
_MOST_ROWS = 100_000


def workbook_csv(package: zipfile.ZipFile, names: set[str], parse: object) -> bytes | None:
    """The first worksheet as CSV bytes, or None when the workbook has none.  (``parse``: bytes to an XML root.)"""
    sheets = sorted((name for name in names if name.startswith("xl/worksheets/sheet") and name.endswith(".xml")), key=_sheet_number)
    if not sheets:
        return None
    shared = []
    if "xl/sharedStrings.xml" in names and (strings := parse(package.read("xl/sharedStrings.xml"))) is not None:  # type: ignore[operator]
        shared = ["".join(t.text or "" for t in item.iter(f"{_MAIN}t")) for item in strings.iter(f"{_MAIN}si")]
    sheet = parse(package.read(sheets[0]))  # type: ignore[operator]
    if sheet is None:
        return None
    rows = []
    for row in sheet.iter(f"{_MAIN}row"):
        cells: dict[int, str] = {}
        for cell in row.iter(f"{_MAIN}c"):
            column = _column_index(cell.get("r", ""), len(cells))
            cells[column] = _cell_text(cell, shared)
        rows.append([cells.get(i, "") for i in range(max(cells, default=-1) + 1)])
        if len(rows) >= _MOST_ROWS:
            break
    if not rows:
        return None
    _write_dates(rows)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def _sheet_number(name: str) -> int:
    digits = re.sub(r"\D", "", name.rsplit("/", 1)[-1])
    return int(digits) if digits else 0


def _column_index(reference: str, default: int) -> int:
    found = _COLUMN.match(reference)
    if found is None:
        return default
    index = 0
    for letter in found.group(0):
        index = index * 26 + ord(letter) - 64
    return index - 1


def _cell_text(cell: object, shared: list[str]) -> str:
    kind = cell.get("t")  # type: ignore[attr-defined]
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{_MAIN}t"))  # type: ignore[attr-defined]
    value = cell.findtext(f"{_MAIN}v") or ""  # type: ignore[attr-defined]
    if kind == "s":
        return shared[int(value)] if value.isdigit() and int(value) < len(shared) else ""
    return value


def _write_dates(rows: list[list[str]]) -> None:
    """Day counts under a date header written as ISO dates (Excel stores dates as numbers)."""
    for column, header in enumerate(rows[0]):
        if not _DATE_HEADER.search(header):
            continue
        for row in rows[1:]:
            if column < len(row) and re.fullmatch(r"\d{5}(?:\.\d+)?", row[column]):
                days = float(row[column])
                if _PLAUSIBLE_DAYS[0] <= days <= _PLAUSIBLE_DAYS[1]:
                    row[column] = (_EXCEL_EPOCH + datetime.timedelta(days=int(days))).isoformat()
