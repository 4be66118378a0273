"""Tables of thousands of rows, printed as they are laid out.

Rich lays a whole table out before it prints a line, measuring and wrapping
every cell: ``claimants --limit 0`` at 10,000 articles (42,000 rows) showed
nothing for a minute.  A long table is drawn here instead, with the same box
and column widths fixed up front: a cell that fits its column (nearly all)
is padded, one that does not is wrapped by Rich as its table would, and rows
go out in batches, so the first screenful appears at once and the whole
costs a tenth of the time.  Short tables keep Rich's own layout.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

LONG_TABLE_ROWS = 1000  # above this a table is printed here; Rich lays out 1,000 rows in about half a second
_LINES_PER_WRITE = 500
_LEAST_WIDTH = 4  # a column is never narrowed below this, nor below its header's longest word


def fitted_widths(columns: Sequence[str], cells: Sequence[Sequence[str]], terminal_width: int) -> list[int]:
    """Each column as wide as its widest cell, unless the table is too wide: then the widest columns are
    cut to one common width, the largest that lets the table fit (never below a header's longest word)."""
    natural = [max([cell_len(column), *(cell_len(row[i]) for row in cells)]) for i, column in enumerate(columns)]
    floors = [min(natural[i], max(_LEAST_WIDTH, *map(cell_len, column.split()))) for i, column in enumerate(columns)]
    room = terminal_width - (3 * len(columns) + 1)  # a rule and two spaces of padding per column, and the last rule

    def capped(cap: int) -> list[int]:
        return [max(floor, min(width, cap)) for width, floor in zip(natural, floors, strict=True)]

    if sum(natural) <= room:
        return natural
    low, high = 0, max(natural)  # the widest cap that fits, by bisection: cells can be thousands wide
    while low < high:
        cap = (low + high + 1) // 2
        low, high = (cap, high) if sum(capped(cap)) <= room else (low, cap - 1)
    widths = capped(low)
    # What the common cap leaves unused goes, a character each, to the columns it cut.
    spare = room - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: -natural[i]):
        if spare <= 0:
            break
        if widths[i] < natural[i]:
            widths[i] += 1
            spare -= 1
    return widths


def _cell_lines(console: Console, cell: str, width: int) -> list[str]:
    if "\n" not in cell and cell_len(cell) <= width:
        return [cell]
    return [line.plain for line in Text(cell).wrap(console, width, overflow="fold")] or [""]


def _padded(text: str, width: int) -> str:
    return text + " " * (width - cell_len(text))


def table_lines(
    console: Console, columns: Sequence[str], cells: Sequence[Sequence[str]], widths: Sequence[int]
) -> Iterator[str]:
    """The table's lines after its header: one or more per row, then the bottom edge."""
    frame = box.HEAVY_HEAD.substitute(console.options)  # ASCII where the terminal cannot show box lines
    for row in cells:
        parts = [_cell_lines(console, cell, width) for cell, width in zip(row, widths, strict=True)]
        for k in range(max(map(len, parts))):
            texts = [_padded(lines[k] if k < len(lines) else "", width) for lines, width in zip(parts, widths)]
            yield f"{frame.mid_left} " + f" {frame.mid_vertical} ".join(texts) + f" {frame.mid_right}"
    yield frame.get_bottom([width + 2 for width in widths])


def print_long_table(
    console: Console, columns: Sequence[str], cells: Sequence[Sequence[str]], widths: Sequence[int], title: str | None
) -> None:
    frame = box.HEAVY_HEAD.substitute(console.options)
    padded = [width + 2 for width in widths]
    table_width = sum(padded) + len(widths) + 1
    if title:
        # A title names a database path, which could hold "[red]" (markup): Text, never markup.
        console.print(Text(title, style="table.title"), width=table_width, justify="center")
    header = Text(frame.get_top(padded) + "\n" + f"{frame.head_left} ")
    for number, (column, width) in enumerate(zip(columns, widths, strict=True)):
        if number:
            header.append(f" {frame.head_vertical} ")
        header.append(_padded(column, width), style="bold")
    header.append(f" {frame.head_right}\n" + frame.get_row(padded, level="head"))
    console.print(header, crop=False)
    batch: list[str] = []
    for line in table_lines(console, columns, cells, widths):
        batch.append(line)
        if len(batch) >= _LINES_PER_WRITE:
            console.file.write("\n".join(batch) + "\n")
            console.file.flush()  # the first screenful now, not when the last row is laid out
            batch = []
    if batch:
        console.file.write("\n".join(batch) + "\n")
        console.file.flush()
