"""The comparison's verdicts: open-ended bounds, vague orders of magnitude, units nothing can weigh,
and the figure each contradiction stands against (store/compare/claim_comparison.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_compare_support import make_article  # noqa: E402

from store.compare import comparison_json  # noqa: E402
from store.compare.claim_comparison import compare_claim_sets, find_contradictions  # noqa: E402
from store.compare.json_views import subject_comparison_json  # noqa: E402
from store.corpus import Corpus  # noqa: E402
from store.models import Claim, Figure  # noqa: E402


def _figure(value: float, qualifier: str = "exact", unit: str = "casualties", surface: str = "",
            low: float | None = None, high: float | None = None) -> Figure:
    if low is None and high is None and qualifier == "exact":
        low = high = value
    return Figure(value=value, low=low, high=high, unit=unit, qualifier=qualifier, surface=surface or f"{value:,.0f}")


AT_LEAST_30 = _figure(30, "at_least", surface="at least 30", low=30)
COUPLE_HUNDRED = _figure(200, "approx", surface="a couple hundred", low=150, high=300)
HUNDREDS = _figure(200, "approx", surface="hundreds", low=200, high=999)
ABOUT_1000 = _figure(1000, "approx", surface="about 1,000")
ABOUT_4000 = _figure(4000, "approx", surface="roughly 4,000")


def _claims(prefix: str, *figures: Figure, subject: str = "casualties") -> list[Claim]:
    return [
        Claim(id=f"{prefix}{n}", article_id=prefix, passage_id=f"{prefix}-000", text="", start=0, end=0,
              claimant=f"claimant {prefix}{n}", subject=subject, figures=[figure])
        for n, figure in enumerate(figures)
    ]


def _contradicted(left: list[Claim], right: list[Claim]) -> list[tuple[str, float]]:
    return [(c.side, c.figure.value) for c in find_contradictions(left, right)]


def test_a_floor_beside_bounded_figures_no_longer_excuses_a_far_higher_figure() -> None:
    # The reviewer's case: one side's "a couple hundred" and "hundreds", plus "at least 30" (which fits
    # anything higher) against the other side's "roughly 4,000".
    left = _claims("l", COUPLE_HUNDRED, AT_LEAST_30, HUNDREDS)
    right = _claims("r", ABOUT_4000)
    found = find_contradictions(left, right)
    assert [(c.side, c.figure.value) for c in found] == [("left", 200.0), ("left", 200.0), ("right", 4000.0)]
    fourthousand = found[-1]
    # It names what stands against it: the nearest figure of the other side, not the floor.
    assert fourthousand.against is HUNDREDS and fourthousand.against_claim_id == "l2"


def test_a_bound_alone_on_its_side_still_allows_everything_past_it() -> None:
    assert _contradicted(_claims("l", AT_LEAST_30), _claims("r", ABOUT_4000)) == []
    # ... but the same floor beside the side's own estimate vouches only for about 30.
    assert _contradicted(_claims("l", AT_LEAST_30, COUPLE_HUNDRED), _claims("r", ABOUT_4000)) == [
        ("left", 200.0), ("right", 4000.0)
    ]


def test_a_bound_beside_an_estimate_vouches_for_the_number_it_names() -> None:
    over_11000 = _figure(11000, "at_least", "troops", "more than 11,000", low=11000)
    as_many_as_15000 = _figure(15000, "at_most", "troops", "as many as 15,000", high=15000)
    about_11000 = _figure(11000, "approx", "troops", "around 11,000")
    about_15000 = _figure(15000, "approx", "troops", "about 15,000")
    # "around 11,000" and "more than 11,000" on one side: its count is about 11,000, not 15,000.
    assert ("right", 15000.0) in _contradicted(
        _claims("l", about_11000, over_11000, subject="troops_deployed"), _claims("r", about_15000, subject="troops_deployed")
    )
    # "around 11,000, as many as 15,000": the ceiling it names is the other side's figure.
    assert _contradicted(
        _claims("l", about_11000, as_many_as_15000, subject="troops_deployed"),
        _claims("r", about_15000, subject="troops_deployed"),
    ) == [("left", 11000.0)]
    # The floor is still tested as what it says: only figures all below 11,000 contradict it.
    assert _contradicted(
        _claims("l", over_11000, subject="troops_deployed"), _claims("r", about_15000, subject="troops_deployed")
    ) == []


def test_thousands_is_no_conflict_with_eleven_or_fifteen_thousand_but_hundreds_is_with_four_thousand() -> None:
    thousands = _figure(2000, "approx", "troops", "thousands", low=2000, high=9999)
    over_11000 = _figure(11000, "at_least", "troops", "over 11,000", low=11000)
    about_12000 = _figure(12000, "approx", "troops", "about 12,000")
    cumulative = _figure(100000, "exact", "troops", "100,000")
    left = _claims("l", over_11000, about_12000, subject="troops_deployed")
    assert _contradicted(left, _claims("r", thousands, subject="troops_deployed")) == []
    # The ceiling moves to where "tens of thousands" begins, not to infinity.
    assert _contradicted(_claims("l", cumulative, subject="troops_deployed"),
                         _claims("r", thousands, subject="troops_deployed")) == [("left", 100000.0), ("right", 2000.0)]
    assert ("right", 4000.0) in _contradicted(_claims("l", HUNDREDS), _claims("r", ABOUT_4000))


def test_revisions_on_both_sides_agree_and_an_unmatched_revision_conflicts() -> None:
    # Each side holds December's and January's counts, and a floor: nothing is contradicted.
    assert _contradicted(_claims("l", ABOUT_1000, ABOUT_4000, AT_LEAST_30), _claims("r", ABOUT_4000, ABOUT_1000)) == []
    # One side's later "roughly 4,000" has nothing on the other side near it, however many floors it holds.
    left = _claims("l", COUPLE_HUNDRED, AT_LEAST_30)
    right = _claims("r", COUPLE_HUNDRED, AT_LEAST_30, ABOUT_4000)
    assert _contradicted(left, right) == [("right", 4000.0)]


def test_a_figure_the_claim_replaces_is_not_held_against_the_other_side() -> None:
    text = "Kyiv raised its count of North Korean dead and wounded from 1,000 to 4,000 this week."
    current = _figure(4000, surface="4,000")
    earlier = _figure(1000, surface="1,000")
    current.start, current.end = text.index("4,000"), text.index("4,000") + 5
    earlier.start, earlier.end = text.index("1,000"), text.index("1,000") + 5
    revision = [Claim(id="rev", article_id="a", passage_id="a-000", text=text, start=0, end=len(text),
                      claimant="Kyiv", subject="casualties", figures=[current, earlier])]
    # The other side's 4,000 agrees with the revised count; the replaced 1,000 is not tested.
    assert _contradicted(revision, _claims("r", ABOUT_4000)) == []
    # A side still at 1,000 is behind the revision, not contradicting it; the current 4,000 has no match there.
    assert _contradicted(revision, _claims("r", ABOUT_1000)) == [("left", 4000.0)]


def test_subjects_whose_sides_share_no_unit_are_not_called_consistent() -> None:
    from store.compare.claim_comparison import Verdict

    shells = _figure(3e6, unit="shells", surface="3 million")
    share = _figure(40, "at_most", unit="percent", surface="as much as 40%", high=40)
    rounds = _figure(2e6, "approx", unit="rounds", surface="millions", low=2e6, high=9_999_999)
    [entry] = compare_claim_sets(_claims("l", shells, subject="ammunition"), _claims("r", share, subject="ammunition"))
    assert entry.verdict is Verdict.INCOMPARABLE and not entry.conflict
    assert subject_comparison_json(entry)["verdict"] == "incomparable"
    # Shells and rounds count the same ammunition: "3 million shells" and "millions of rounds" are weighed.
    [entry] = compare_claim_sets(_claims("l", shells, subject="ammunition"), _claims("r", rounds, subject="ammunition"))
    assert entry.verdict is Verdict.CONSISTENT


def test_the_json_names_the_figure_each_contradiction_stands_against() -> None:
    [entry] = compare_claim_sets(_claims("l", COUPLE_HUNDRED, AT_LEAST_30), _claims("r", ABOUT_4000))
    data = subject_comparison_json(entry)
    assert data["verdict"] == "conflict"
    right = next(c for c in data["contradicted"] if c["side"] == "right")
    assert right["figure"] == "≈ 4,000 casualties"
    assert right["against_claim_id"] == "l0" and "a couple hundred" in right["against"]
    # The swapped view keeps the pairing.
    swapped = entry.swapped()
    assert {(c.side, c.claim_id, c.against_claim_id) for c in swapped.contradictions} == {
        ("left", "r0", "l0"), ("right", "l0", "r0")
    }


# --- on the seeds -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    from store.first_run import ensure_database

    db_path = tmp_path_factory.mktemp("seeds") / "seeds.json"
    ensure_database(db_path)
    return Corpus.open(db_path)


def _subject(data: dict, subject: str) -> dict:
    return next(group for group in data["claims"] if group["subject"] == subject)


def test_seed_outlets_casualties_conflict_and_troop_counts_agree(seeds_corpus: Corpus) -> None:
    # One outlet put casualties at a couple hundred (and, elsewhere, at least 30 in one assault), the
    # other reports about 4,000: that is a conflict, set against the nearest figure.
    data = comparison_json(seeds_corpus, "Business Insider", "The Straits Times")
    casualties = _subject(data, "casualties")
    assert casualties["verdict"] == "conflict"
    assert any(c["side"] == "right" and "4,000" in c["figure"] and c["against"] for c in casualties["contradicted"])
    # "thousands of troops" beside "over 11,000" and "about 12,000" is how the press wrote of one deployment.
    data = comparison_json(seeds_corpus, "Business Insider", seeds_corpus.list_articles(outlet="Unknown outlet")[0].id)
    assert _subject(data, "troops_deployed")["verdict"] == "consistent"


# --- the screen -------------------------------------------------------------------------------------------


def _casualty_corpus() -> Corpus:
    from store.models import Claim as ClaimRecord

    early = make_article("ea", ["An American official put the dead and wounded at a couple of hundred.",
                                "Kyiv's spies said no fewer than 30 fell in one assault.",
                                "Pyongyang has shipped 3 million shells so far."],
                         title="Early count", outlet="Outlet A", published="2024-12-10")
    late = make_article("la", ["The president put the total near 4,000 in January.",
                               "Up to 40% of the shells Moscow fires come from the North."],
                        title="Later count", outlet="Outlet B", published="2025-01-10")

    def claim(article, order, claimant, figure, subject="casualties") -> ClaimRecord:
        passage = article.passages[order]
        return ClaimRecord(id=f"{passage.id}@0", article_id=article.id, passage_id=passage.id, text=passage.text,
                           start=0, end=len(passage.text), claimant=claimant, subject=subject, figures=[figure])

    claims = [
        claim(early, 0, "American official", COUPLE_HUNDRED),
        claim(early, 1, "Kyiv's spies", AT_LEAST_30),
        claim(late, 0, "The president", ABOUT_4000),
        claim(early, 2, None, _figure(3e6, unit="shells", surface="3 million"), "munitions_supplied"),
        claim(late, 1, None, _figure(40, "at_most", unit="percent", surface="Up to 40%", high=40), "munitions_supplied"),
    ]
    return Corpus.from_records([early, late], claims)


async def test_the_compare_screen_says_which_figure_stands_against_which() -> None:
    from textual.app import App

    from tui.screens.compare import ClaimComparisonList, CompareScreen

    class Host(App[None]):
        def __init__(self, corpus: Corpus) -> None:
            super().__init__()
            self.corpus = corpus
            self.selection: tuple[str, ...] = ()

        def on_mount(self) -> None:
            self.push_screen(CompareScreen(self.corpus, left_article_id="ea", right_id="la"))

    app = Host(_casualty_corpus())
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        entry, munitions = screen.subjects  # the conflict first
        assert entry.conflict and not munitions.conflict
        claims = screen.query_one(ClaimComparisonList)
        option = claims.get_option("subject-casualties")
        header = option.prompt.renderables[0].plain
        assert "CONFLICT" in header
        # The first contradiction, which figure (and whose) against which, and how many more.
        assert "left: a couple hundred (150–300 casualties) (American official) against ≈ 4,000 casualties" in header
        # The president's figure against the official's is the same clash, listed from the right: one, no "+1 more".
        assert "(The president)" in header and "more)" not in header
        # Shells against a share: nothing weighed, and the screen does not call it consistent.
        munitions_header = claims.get_option("subject-munitions_supplied").prompt.renderables[0].plain
        assert "no figure of one side counts what the other's do" in munitions_header
        assert "consistent" not in munitions_header
