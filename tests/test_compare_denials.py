"""Denied figures ("the Kremlin dismissed reports of 50,000 troops"): shown as denials, never counted as put forward."""

from __future__ import annotations

import csv
import io
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_compare_support import _claim, fig, make_article  # noqa: E402

from store.compare import compare_claim_sets, figure_table  # noqa: E402
from store.corpus import Corpus  # noqa: E402
from store.export import cite, render_csv, render_markdown  # noqa: E402
from tui.formatting import claimant_label  # noqa: E402

SEOUL = "Seoul's spy agency said 12,000 North Korean troops were deployed to Russia."
RUSSIA_SAYS = "Russia said 1,000 North Korean workers arrived, not troops."
RUSSIA_DENIES = "Russia denied that 1,000 North Korean troops were fighting in Kursk."
KREMLIN = "The Kremlin dismissed reports of 50,000 North Korean troops as fake."


def _corpus(*, flag_denials: bool = True) -> tuple[Corpus, list]:
    left = make_article("left", [SEOUL], outlet="Yonhap", published="2024-11-01")
    right = make_article("right", [RUSSIA_SAYS, RUSSIA_DENIES, KREMLIN], outlet="TASS", published="2024-11-02")
    claims = [
        _claim(left, 0, "Seoul's spy agency", [fig(12000)]),
        _claim(right, 0, "Russia", [fig(1000)]),
        replace(_claim(right, 1, "Russia", [fig(1000)]), denied=flag_denials),
        replace(_claim(right, 2, "the Kremlin", [fig(50000)]), denied=flag_denials),
    ]
    return Corpus.from_records([left, right], claims), claims


def test_the_tracker_shows_denials_apart_and_leaves_them_out_of_the_range_and_claimant_count() -> None:
    corpus, _ = _corpus()
    table = figure_table(corpus, "troops_deployed")
    summary = table.summary
    assert (summary.low, summary.high) == (1000, 12000), "the denied 50,000 is nobody's estimate"
    assert summary.claimants == ["Russia", "Seoul's spy agency"], "the Kremlin only denies"
    assert summary.denials == 2 and summary.to_dict()["denials"] == 2
    texts = sorted(g.representative.claimant_text for g in table.groups)
    assert texts == ["Russia", "Seoul's spy agency", "denied by Russia", "denied by the Kremlin"]
    # Russia asserting 1,000 and Russia denying 1,000 are two rows, not an echo of one another.
    assert sum(1 for g in table.groups if g.representative.figure.value == 1000) == 2


def test_without_the_flag_the_same_claims_would_count() -> None:
    corpus, _ = _corpus(flag_denials=False)
    summary = figure_table(corpus, "troops_deployed").summary
    assert summary.high == 50000 and "the Kremlin" in summary.claimants and summary.denials == 0


def test_a_denied_figure_neither_contradicts_nor_is_contradicted() -> None:
    _, claims = _corpus()
    seoul, _russia_says, _russia_denies, kremlin = claims
    assert not compare_claim_sets([seoul], [kremlin])[0].conflict
    undenied = replace(kremlin, denied=False)
    assert compare_claim_sets([seoul], [undenied])[0].conflict, "12,000 against 50,000 conflicts when both are claims"


def test_exports_and_the_claims_pane_say_denial() -> None:
    corpus, claims = _corpus()
    kremlin = claims[3]
    markdown = render_markdown([cite(corpus, kremlin.passage_id)])
    assert "- Denial by the Kremlin" in markdown and "Claim by the Kremlin" not in markdown
    rows = list(csv.DictReader(io.StringIO(render_csv([cite(corpus, kremlin.passage_id)]))))
    assert [row["denied"] for row in rows] == ["True"]
    assert claimant_label(kremlin) == "denied by the Kremlin"
    assert claimant_label(claims[1]) == "Russia"


def test_a_subject_of_nothing_but_denials_has_no_range_and_a_correction_reads_as_a_retraction() -> None:
    article = make_article("fix", [KREMLIN, "An earlier version of this article said 15,000 troops had been sent."])
    claims = [
        replace(_claim(article, 0, "the Kremlin", [fig(50000)]), denied=True),
        replace(_claim(article, 1, None, [fig(15000)]), denied=True),
    ]
    table = figure_table(Corpus.from_records([article], claims), "troops_deployed")
    assert (table.summary.low, table.summary.high) == (None, None) and table.summary.denials == 2
    assert sorted(g.representative.claimant_text for g in table.groups) == ["denied by the Kremlin", "retracted by the article"]
    assert claimant_label(claims[1]) == "retracted by the article"
    markdown = render_markdown([cite(Corpus.from_records([article], claims), claims[1].passage_id)])
    assert "- Retraction by the article (a correction)" in markdown


def test_unnamed_sources_are_not_counted_as_independent_claimants() -> None:
    article = make_article("anon", [SEOUL, "A post shared widely claimed 40,000 troops.", "Sources said 12,000."])
    claims = [
        _claim(article, 0, "Seoul's spy agency", [fig(12000)]),
        _claim(article, 1, "unnamed social-media post", [fig(40000)]),
        _claim(article, 2, "unnamed sources", [fig(12000)]),
    ]
    summary = figure_table(Corpus.from_records([article], claims), "troops_deployed").summary
    assert summary.claimants == ["Seoul's spy agency"] and summary.unnamed == 2
