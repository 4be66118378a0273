"""A total still to come ("a cumulative 70,000 … within a year") stays a row of the figure tracker, but the
chart draws it off the scale and the `figures` table says why: it is no end of the range analysts compare."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_compare_support import make_article  # noqa: E402

from store.analysis.claims import extract_claims  # noqa: E402
from store.analysis.subjects import load_subject_taxonomy  # noqa: E402
from store.cli_output import SET_APART_FOOTNOTE, print_figures  # noqa: E402
from store.compare import figure_table  # noqa: E402
from store.corpus import Corpus  # noqa: E402
from tui.screens.figures_chart import SET_APART_NOTE, chart_text, subject_scale  # noqa: E402

TOTAL_TO_COME = "He said a cumulative 70,000 North Korean soldiers could serve in Russia within a year."


@pytest.fixture(scope="module")
def table():
    article = make_article("ch", ["Kyiv said about 9,000 North Korean troops are in Russia.", TOTAL_TO_COME])
    corpus = Corpus.from_records([article], extract_claims(article, load_subject_taxonomy()))
    return figure_table(corpus, "troops_deployed")


def test_the_chart_scale_leaves_a_total_to_come_out_and_its_row_says_why(table) -> None:
    scale = subject_scale(table.groups, table.unit, 60)
    assert scale is not None and scale.segments[-1].high < 70000  # 70,000 would squeeze 9,000 into a column
    rows = [(str(i), group, row, None) for i, group in enumerate(table.groups) for row in group.rows]
    chart = chart_text(rows, scale=scale, unit=table.unit, current_key=None, palette={},
                       label_of=lambda row: row.figure.surface).plain.splitlines()
    noted = [line for line in chart if SET_APART_NOTE in line]
    assert len(noted) == 1 and "70,000" in noted[0]
    assert any("9,000" in line and "◆" in line for line in chart)  # the estimate ("about") is drawn


def test_the_figures_table_marks_the_row_set_apart(table, capsys: pytest.CaptureFixture[str]) -> None:
    print_figures(table.to_dict())
    out = capsys.readouterr().out
    table_part, footnote, _ = out.partition(SET_APART_FOOTNOTE)
    assert footnote  # said once, under the table
    assert table_part.count("†") == 1  # one row marked: the 9,000 estimate is not
    assert table_part.index("9,000") < table_part.index("70,000") < table_part.index("†")


def test_a_casualty_subject_reads_in_casualties_though_counted_on_the_troops_scale() -> None:
    from tui.screens.figures_table import heading_text, summary_text

    article = make_article("cu", [
        "Zelenskyy put the total at around 4,000 casualties in early January.",
        "A US official said a couple hundred casualties had been counted by then.",
        "US officials said around 1,000 North Korean soldiers had been killed or injured.",
    ])
    casualties = figure_table(
        Corpus.from_records([article], extract_claims(article, load_subject_taxonomy())), "casualties"
    )
    assert casualties.unit == "troops"  # the scale: soldiers killed and casualties are compared
    assert casualties.summary.unit_label == "casualties"  # what most of its figures are written in
    assert "(casualties)" in heading_text(casualties, 0, "yellow").plain
    assert "4,000 casualties" in summary_text(casualties.summary).plain
