"""Blind round 23 of compare: a range whose ends an outlet wrote in two styles ("1.1 million–1,250,000").

The comparison panes, the tracker, the command line and the exports write a figure one way
(``format_figure``).  A range is written with both ends in one style, in words when both can say it
("1.1–1.25 million shells"), else in digits ("1,100,000–1,234,567"): "1.1 million–1,250,000" reads as
a range from 1.1 million down to a smaller figure, or as a typo.  Whatever is written reads back, through
the claims' own figure reader, as the range it came from.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from store.analysis.numbers import find_figures
from store.compare.intervals import Interval, format_figure, format_interval
from store.models import Figure

SCALE_WORD = re.compile(r"\b(?:million|billion|trillion)\b")


def _range(low: float, high: float, unit: str = "shells") -> Figure:
    return Figure(value=(low + high) / 2, low=low, high=high, unit=unit, qualifier="range", surface="")


RANGES = [
    (1_100_000, 1_250_000),
    (900_000, 1_200_000),
    (1_000_000, 1_500_000),
    (2_500_000_000, 3_750_000_000),
    (1_100_000, 1_234_567),
]
# The ranges an interval would otherwise write in two styles ("[1.1 million, 1,250,000]").
MIXED_INTERVALS = [(1_100_000, 1_250_000), (900_000, 1_200_000), (1_100_000, 1_234_567)]


@pytest.mark.parametrize(("low", "high"), RANGES)
def test_a_range_is_written_in_one_style_and_reads_back_as_itself(low: float, high: float) -> None:
    text = format_figure(_range(low, high))
    numbers = text.removesuffix(" shells")
    low_text, high_text = numbers.split("–")
    # One style: both ends in digits grouped by commas, or neither (then the scale word is said once, at the end).
    assert bool(re.search(r"\d,\d{3}", low_text)) == bool(re.search(r"\d,\d{3}", high_text)), text
    assert not SCALE_WORD.search(low_text), text
    (read,) = find_figures(f"Between {text} were sent.")
    assert (read.low, read.high) == (low, high), text


@pytest.mark.parametrize(("low", "high"), MIXED_INTERVALS)
def test_an_interval_names_its_scale_at_both_ends(low: float, high: float) -> None:
    text = format_interval(Interval(low, high, "shells"))
    written = [part.strip() for part in re.split(r",\s(?=\d)", text.strip("[]"))]
    assert len(written) == 2, text
    assert bool(SCALE_WORD.search(written[0])) == bool(SCALE_WORD.search(written[1])), text


ARTICLES = {
    "left.txt": "Title: Shells for Russia\nOutlet: Left Wire\nDate: 2024-11-05\n\n"
    "North Korea has shipped between 1.1 million–1,250,000 artillery shells to Russia, South Korea's spy agency said.\n",
    "right.txt": "Title: Shell count rises\nOutlet: Right Daily\nDate: 2024-11-06\n\n"
    "North Korea has shipped 1.2 million artillery shells to Russia, Ukrainian intelligence said.\n",
}


def test_the_command_line_compare_writes_the_range_in_one_style(tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "db.json")
    env = {**os.environ, "COLUMNS": "200"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "tui.main", *args, "--db", db], capture_output=True, text=True,
                              timeout=300, check=False, env=env)

    assert run("ingest", str(tmp_path / "left.txt"), str(tmp_path / "right.txt")).returncode == 0
    result = run("compare", "Left Wire", "Right Daily")
    assert result.returncode == 0, result.stderr
    assert "1.1–1.25 million shells" in result.stdout, result.stdout
    assert "million–1,250,000" not in result.stdout
