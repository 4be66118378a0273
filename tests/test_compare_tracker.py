"""Figure tracker, claimant matching, claims side by side, outlets, the range chart and the JSON views."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_compare_support import fig, make_article, troop_corpus  # noqa: E402

from store.compare import (  # noqa: E402
    Presence,
    claimants_match,
    cluster_claimants,
    compare_article_claims,
    compare_claim_sets,
    compare_outlets,
    comparison_json,
    figure_table,
    figures_json,
    range_chart,
    resolve_subject,
)
from store.compare.intervals import Interval  # noqa: E402
from store.corpus import Corpus  # noqa: E402
from store.errors import StoreError  # noqa: E402
from store.models import Claim, Figure  # noqa: E402

# --- claimants -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelensky", "Zelenskyy"),
        ("Zelenskyy", "Ukrainian President Volodymyr Zelenskyy"),
        ("Mr Kyrylo Budanov", "Budanov"),
        ("The US", "the US"),
        ("Sŭngri", "Sungri"),
    ],
)
def test_claimant_spellings_match(a: str, b: str) -> None:
    assert claimants_match(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("South Korean officials", "South Korean intelligence"),
        ("officials", "South Korean officials"),  # generic words alone identify no one
        ("the US", "US officials"),
        ("Kim Jong Un", "Kim Yong-Hyun"),
        ("Ukraine", "Ukraine's military intelligence"),
    ],
)
def test_different_claimants_do_not_match(a: str, b: str) -> None:
    assert not claimants_match(a, b)


def test_cluster_claimants_uses_the_fullest_name() -> None:
    keys = cluster_claimants(["Zelensky", "Volodymyr Zelenskyy", "the US", "The US", None, ""])
    assert keys["Zelensky"] == keys["Volodymyr Zelenskyy"] == "Volodymyr Zelenskyy"
    assert keys["the US"] == keys["The US"]
    assert None not in keys and "" not in keys


# --- figure tracker -------------------------------------------------------------------


def test_troop_tracker_shows_11000_12000_15000_and_the_100000_apart() -> None:
    table = figure_table(troop_corpus(), "troops_deployed")
    values = sorted({g.representative.figure.value for g in table.groups})
    assert values == [11000, 12000, 15000, 100000]
    articles = {aid for g in table.groups for aid in g.article_ids}
    assert len(articles) >= 3


def test_echoes_collapse_with_a_count_and_keep_their_members() -> None:
    table = figure_table(troop_corpus(), "troops_deployed")
    by_key = {(g.representative.claimant_key, g.representative.figure.value): g for g in table.groups}
    ponomarenko_15k = by_key[("Dmytro Ponomarenko", 15000)]
    assert ponomarenko_15k.count == 2 and ponomarenko_15k.article_ids == ["ff", "sr"]
    assert ponomarenko_15k.representative.date == "2024-12-16"  # earliest copy represents the group
    us_11k = next(g for g in table.groups if g.representative.figure.value == 11000)
    assert us_11k.count == 2 and set(us_11k.outlets) == {"Business Insider", "Bloomberg"}
    # South Korean officials' 15,000 is a different claimant: not an echo of Ponomarenko.
    assert by_key[("South Korean officials", 15000)].count == 1
    # Nothing lost: every figure row is in exactly one group.
    assert sum(g.count for g in table.groups) == table.summary.figure_count == 8


def test_tracker_summary() -> None:
    summary = figure_table(troop_corpus(), "troops_deployed").summary
    assert (summary.low, summary.high) == (11000, 100000)
    assert summary.independent_claimants == 4  # South Korean officials, Ponomarenko, Zelenskyy, the US
    assert (summary.earliest, summary.latest) == ("2024-11-08", "2025-07-20")
    assert summary.group_count == 5
    assert summary.unit == "troops"


def test_tracker_sorts_by_date_value_and_outlet() -> None:
    corpus = troop_corpus()
    by_date = [g.representative.date for g in figure_table(corpus, "troops_deployed", sort="date").groups]
    assert by_date == sorted(by_date)
    by_value = [g.representative.figure.value for g in figure_table(corpus, "troops_deployed", sort="value").groups]
    assert by_value == sorted(by_value)
    by_outlet = [g.representative.outlet for g in figure_table(corpus, "troops_deployed", sort="outlet").groups]
    assert by_outlet == sorted(by_outlet, key=str.casefold)
    with pytest.raises(ValueError):
        figure_table(corpus, "troops_deployed", sort="colour")  # type: ignore[arg-type]


def test_claim_without_a_figure_in_the_subject_unit_keeps_its_main_figure() -> None:
    article = make_article("a", ["Some 40% of shells came from North Korea, in 3 shipments."])

    def budanov_on_shells(n: int, *figures: Figure) -> Claim:
        return Claim(f"a-000@{n}", "a", "a-000", article.passages[0].text, 0, 10, "Budanov", subject="shells",
                     figures=list(figures))

    claims = [
        budanov_on_shells(0, fig(40, unit="percent"), fig(3, unit="shipments")),
        budanov_on_shells(1, fig(7, unit="shipments")),
        budanov_on_shells(2, fig(50, unit="percent")),
    ]
    table = figure_table(Corpus.from_records([article], claims), "shells")
    assert table.unit == "percent"
    assert sorted(g.representative.figure.value for g in table.groups) == [7, 40, 50]
    assert (table.summary.low, table.summary.high) == (40, 50)  # range only in the subject's unit


# --- claims side by side and outlets ----------------------------------------------------


def test_claims_side_by_side_conflict_only_when_no_figure_is_allowed() -> None:
    corpus = troop_corpus()
    subjects = {s.subject: s for s in compare_article_claims(corpus, "st", "zl")}
    troops = subjects["troops_deployed"]
    assert troops.presence is Presence.BOTH
    assert not troops.conflict  # about 12,000 vs as many as 15,000
    assert subjects["casualties"].presence is Presence.RIGHT_ONLY
    assert subjects["construction_workers"].presence is Presence.LEFT_ONLY

    casualties = {s.subject: s for s in compare_article_claims(corpus, "zl", "bb")}["casualties"]
    assert casualties.conflict  # as many as 1,000 vs some 4,000
    assert {c.side for c in casualties.contradictions} == {"left", "right"}


def test_reporting_both_figures_on_each_side_is_no_conflict() -> None:
    article = make_article("a", ["x"])

    def claim(i, value):
        return Claim(
            f"a@{i}", "a", "a-000", "x", 0, 1, "someone", subject="casualties", figures=[fig(value, unit="casualties")]
        )

    both = [claim(1, 1000), claim(2, 4000)]
    assert not compare_claim_sets(both, [claim(3, 1000), claim(4, 4000)])[0].conflict
    assert compare_claim_sets([claim(1, 1000)], [claim(4, 4000)])[0].conflict
    assert article.passages


def test_compare_outlets_reports_shared_and_single_outlet_subjects() -> None:
    comparison = compare_outlets(troop_corpus(), "Business Insider", "Bloomberg")
    presence = {s.subject: s.presence for s in comparison.subjects}
    assert presence == {"troops_deployed": Presence.BOTH, "casualties": Presence.BOTH}
    troops = next(s for s in comparison.subjects if s.subject == "troops_deployed")
    assert {c.article_id for c in troops.left} == {"ff", "sr", "zl", "us"}
    assert {c.article_id for c in troops.right} == {"bb"}
    straits = compare_outlets(troop_corpus(), "The Straits Times", "Bloomberg")
    assert {s.subject: s.presence for s in straits.subjects}["construction_workers"] is Presence.LEFT_ONLY
    swapped = straits.swapped()
    assert {s.subject: s.presence for s in swapped.subjects}["construction_workers"] is Presence.RIGHT_ONLY


# --- range chart -----------------------------------------------------------------------


def test_range_chart_keeps_11000_12000_15000_apart_and_puts_100000_on_its_own_stretch() -> None:
    points = [
        (Interval(11000, None, "troops"), 11000),
        (Interval(10800, 13200, "troops"), 12000),
        (Interval(None, 15000, "troops"), 15000),
        (Interval(100000, 100000, "troops"), 100000),
    ]
    chart = range_chart(points, 60)
    assert chart.scale is not None and len(chart.scale.segments) == 2
    column = chart.scale.column
    assert column(12000) - column(11000) >= 5 and column(15000) - column(12000) >= 10
    at_least, about, at_most, rotated = chart.lines
    assert at_least.rstrip().endswith("▶") and at_most.startswith("◀")
    assert about[column(12000)] == "◆" and rotated[column(100000)] == "●"
    assert column(100000) > chart.scale.break_columns[0] > column(15000)
    assert "100,000" in chart.axis and "15,000" in chart.axis
    assert all(len(line) == 60 for line in [*chart.lines, chart.axis])


def test_range_chart_breaks_on_both_sides_when_stray_figures_would_squeeze_the_core() -> None:
    # The spread the troop subject shows on the seeds: a stray "30 soldiers", "thousands",
    # the 11,000-15,000 estimates, and the 100,000 rotated over a year.
    points = [
        (Interval(30, 30, "troops"), 30),
        (Interval(2000, 9999, "troops"), 2000),
        (Interval(11000, None, "troops"), 11000),
        (Interval(10800, 13200, "troops"), 12000),
        (Interval(None, 15000, "troops"), 15000),
        (Interval(15000, 15000, "troops"), 15000),
        (Interval(30000, 30000, "troops"), 30000),
        (Interval(90000, 110000, "troops"), 100000),
    ]
    chart = range_chart(points, 80)
    assert chart.scale is not None and len(chart.scale.segments) == 3
    column = chart.scale.column
    assert column(11000) < column(12000) - 2 < column(15000) - 8
    core = chart.scale.segments[1]
    assert core.holds(11000) and core.holds(15000) and not core.holds(100000) and not core.holds(30)
    assert core.width > 40  # most of the width goes to the core


def test_range_chart_without_outliers_is_one_linear_stretch() -> None:
    chart = range_chart([(Interval(40, 40, "percent"), 40), (Interval(None, 50, "percent"), 50)], 40)
    assert chart.scale is not None and len(chart.scale.segments) == 1
    assert range_chart([], 40).scale is None


# --- JSON views ------------------------------------------------------------------------------


def test_comparison_json_for_two_articles() -> None:
    data = comparison_json(troop_corpus(), "ff", "sr")
    assert data["left"]["id"] == "ff" and data["right"]["type"] == "article"
    pair = next(p for p in data["pairs"] if p["left_text"] and "Ponomarenko" in p["left_text"])
    assert pair["kind"] == "shared" and pair["right_passage"] == "sr-001" and 90 <= pair["similarity"] <= 100
    assert set(pair) >= {"left_passage", "right_passage", "similarity", "kind", "left_text", "right_text"}
    troops = next(c for c in data["claims"] if c["subject"] == "troops_deployed")
    assert troops["conflict"] is False and len(troops["left"]) == len(troops["right"]) == 1
    assert troops["left"][0]["figures"][0]["qualifier"] == "at_most"


def test_comparison_json_accepts_outlet_names_case_insensitively() -> None:
    data = comparison_json(troop_corpus(), "business insider", "BLOOMBERG")
    assert data["left"]["type"] == "outlet" and data["left"]["name"] == "Business Insider"
    assert sorted(data["left"]["articles"]) == ["ff", "sr", "us", "zl"]
    assert data["pairs"] == []
    casualties = next(c for c in data["claims"] if c["subject"] == "casualties")
    assert casualties["conflict"] is True
    with pytest.raises(StoreError, match="neither an article id nor an outlet"):
        comparison_json(troop_corpus(), "ff", "Reuters")


def test_figures_json_accepts_fuzzy_subject_and_rejects_unknown_in_one_line() -> None:
    corpus = troop_corpus()
    assert resolve_subject(corpus, "troops deployed") == "troops_deployed"
    assert resolve_subject(corpus, "troops") == "troops_deployed"
    assert resolve_subject(corpus, "workers") == "construction_workers"  # a short word, matched as a word
    assert resolve_subject(corpus, "casualtis") == "casualties"  # a typo, matched fuzzily
    data = figures_json(corpus, "troops_deployed")
    assert data["summary"]["range"] == {"min": 11000, "max": 100000}
    assert max(r["count"] for r in data["rows"]) == 2
    assert all(
        {"date", "outlet", "claimant", "figure", "sentence", "article_id", "passage_id"} <= set(r) for r in data["rows"]
    )
    with pytest.raises(StoreError) as error:
        figures_json(corpus, "zzzz qqq")
    message = str(error.value)
    assert "\n" not in message and "troops_deployed" in message and "casualties" in message


def test_tracker_of_a_subject_without_claims_is_empty_not_an_error() -> None:
    table = figure_table(troop_corpus(), "oil_deliveries")
    assert table.groups == [] and table.summary.figure_count == 0
    assert (table.summary.low, table.summary.high, table.summary.earliest) == (None, None, None)


def test_a_stated_range_spans_the_summary_by_its_ends_and_a_hedged_figure_by_its_value() -> None:
    corpus = Corpus(
        [
            make_article(
                "rg",
                [
                    "North Korea has sent between 100,000 and 1.5 million artillery shells to Russia, according to "
                    "Ukrainian intelligence.",
                    "South Korea's military said about 3 million shells had been shipped.",
                ],
            )
        ],
        [],
    )
    from store.analysis import analyse_articles

    corpus = Corpus(list(corpus.articles.values()), analyse_articles(list(corpus.articles.values())))
    summary = figure_table(corpus, "munitions_supplied").summary
    # Was (800,000, 3,000,000): the range's midpoint stood for it. "About 3 million" is not widened to 3.3 million.
    assert (summary.low, summary.high) == (100_000, 3_000_000)
