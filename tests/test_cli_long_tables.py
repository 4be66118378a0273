"""Long listings print through ``store.long_tables``: Rich's look, without Rich laying out every row first."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.table import Table
from rich.text import Text

from store.long_tables import LONG_TABLE_ROWS, fitted_widths, print_long_table

COLUMNS = ["claimant", "claims", "outlet"]
ROWS = [
    ["South Korea's National Intelligence Service", "412", "Yonhap"],
    ["the Institute for the Study of War, a Washington think tank that follows the war day by day", "97", "ISW"],
    ["국가정보원 (NIS) 대변인", "12", "연합뉴스"],  # double-width letters
    ["Budanov", "3", "Ukrainska Pravda\nKyiv"],  # a line break inside a cell
    ["a-name-with-no-space-to-break-at-that-is-longer-than-its-column-by-far", "1", ""],
]


def _console(file: io.TextIOBase, width: int = 72) -> Console:
    return Console(file=file, width=width, highlight=False, soft_wrap=False, color_system=None)


def _rich_table_text(file: io.TextIOBase, widths: list[int], title: str) -> str:
    console = _console(file)
    table = Table(title=Text(title), show_lines=False, header_style="bold")
    for column, width in zip(COLUMNS, widths, strict=True):
        table.add_column(column, overflow="fold", width=width)
    for row in ROWS:
        table.add_row(*map(Text, row))
    console.print(table)
    return file.getvalue() if isinstance(file, io.StringIO) else ""


def test_a_long_table_looks_exactly_as_rich_draws_it_with_the_same_widths() -> None:
    widths = fitted_widths(COLUMNS, ROWS, 72)
    assert sum(widths) + 3 * len(widths) + 1 <= 72  # it fits the terminal
    expected = _rich_table_text(io.StringIO(), widths, "5 claimants")
    out = io.StringIO()
    print_long_table(_console(out), COLUMNS, ROWS, widths, "5 claimants")
    assert out.getvalue() == expected
    assert "국가정보원" in expected and "Kyiv" in expected  # the awkward cells are really there


def test_a_terminal_without_box_lines_gets_the_same_ascii_frame_as_rich() -> None:
    widths = fitted_widths(COLUMNS, ROWS, 72)

    def ascii_file() -> io.TextIOWrapper:
        return io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="replace", newline="")

    expected_file, out = ascii_file(), ascii_file()
    _rich_table_text(expected_file, widths, "t")
    print_long_table(_console(out), COLUMNS, ROWS, widths, "t")
    expected_file.flush(), out.flush()
    expected = expected_file.buffer.getvalue()  # type: ignore[attr-defined]
    assert out.buffer.getvalue() == expected  # type: ignore[attr-defined]
    assert b"+" in expected and "┃".encode() not in expected


def test_the_widest_column_gives_way_until_the_table_fits_but_never_below_its_header() -> None:
    widths = fitted_widths(["claimant", "articles"], [["x" * 200, "1"]], 40)
    assert widths[1] == len("articles")
    assert sum(widths) + 3 * 2 + 1 == 40


class _CountingFile(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.lines_at_each_write: list[int] = []

    def write(self, text: str) -> int:
        written = super().write(text)
        self.lines_at_each_write.append(self.getvalue().count("\n"))
        return written


def test_a_listing_of_thousands_of_rows_starts_printing_before_its_last_row_is_laid_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from store import cli_output

    out = _CountingFile()
    monkeypatch.setattr(cli_output, "_console", _console(out, width=100))
    rows = [{"claimant": f"Official number {n}", "claims": n} for n in range(3 * LONG_TABLE_ROWS)]
    cli_output.print_rows(rows)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(rows) + 4  # top, header, rule, rows, bottom
    assert "Official number 2999" in lines[-2]
    # Written in several parts, the first long before the end.
    assert len(out.lines_at_each_write) > 3 and out.lines_at_each_write[1] < len(lines) // 2


def test_two_overlong_columns_share_the_room_instead_of_one_taking_it_all() -> None:
    rows = [["South Korean intelligence", "Yonhap, " * 300, "4583"]]
    widths = fitted_widths(["name", "outlets", "claims"], rows, 80)
    assert sum(widths) + 3 * 3 + 1 == 80
    assert widths[2] == len("claims")  # it fits: left whole
    assert abs(widths[0] - widths[1]) <= 1 or widths[0] == len(rows[0][0])
