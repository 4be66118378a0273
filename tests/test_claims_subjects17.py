"""Subjects round 17: figures set in another time or place, goals, totals to come, victims and sightings leave
the subjects tied to the war; projections are ceilings; the tracker and comparisons weigh only figures that
estimate the same quantity, and casualties are on the scale of the soldiers they count.

Each assertion is what an analyst reads off the claims pane, the figure tracker or an outlet comparison.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from claim_builders import claim_with, claims_of

sys.path.insert(0, str(Path(__file__).parent))
from test_compare_support import make_article  # noqa: E402

from store.analysis.claims import extract_claims  # noqa: E402
from store.analysis.subjects import load_subject_taxonomy  # noqa: E402
from store.compare import compare_claim_sets, figure_table  # noqa: E402
from store.compare.intervals import canonical_unit  # noqa: E402
from store.compare.subject_figures import is_set_apart, subject_figures  # noqa: E402
from store.corpus import Corpus  # noqa: E402
from store.models import Claim, Figure  # noqa: E402


def _subject(sentence: str, surface: str) -> str | None:
    return claim_with(claims_of(sentence), surface).subject


# --- 1. another time or place, a goal, a total to come, victims, a sighting ---------------------------------------


@pytest.mark.parametrize(("sentence", "surface"), [
    # another country as the figure's setting, with or without a year
    ("Pyongyang also sent roughly 1,500 soldiers to Egypt during the war of 1973, historians say.", "1,500"),
    ("North Korea quietly stationed about 600 troops in Uganda, a UN panel found.", "600"),
    # an earlier decade or year
    ("In the 1960s the regime deployed some 800 soldiers to fight alongside its allies.", "800"),
    ("It deployed 2,500 soldiers for an exercise in 2016, the ministry said.", "2,500"),
    # a hope or goal
    ("Moscow hopes to recruit 20,000 more North Korean soldiers, a Ukrainian official said.", "20,000"),
])
def test_figures_set_elsewhere_earlier_or_not_yet_are_no_deployment_estimate(sentence: str, surface: str) -> None:
    assert _subject(sentence, surface) != "troops_deployed"


@pytest.mark.parametrize(("sentence", "surface"), [
    ("North Korea has sent about 11,000 troops to Russia in 2024, Seoul says.", "11,000"),
    ("Some 12,000 North Korean soldiers have rotated through Russia since October, Kyiv said.", "12,000"),
    ("South Korea's spy agency said 3,000 more soldiers were sent to Kursk this year.", "3,000"),
    ("North Korea could send 30,000 troops to Russia in the late 2020s, analysts say.", "30,000"),  # the war's decade
    ("North Korea quietly stationed about 600 troops in Kursk, near the border with Ukraine.", "600"),
])
def test_figures_set_in_the_war_stay_deployment_estimates(sentence: str, surface: str) -> None:
    assert _subject(sentence, surface) == "troops_deployed"


@pytest.mark.parametrize(("sentence", "surface"), [
    # victims of North Koreans are not North Korean losses
    ("North Korean gunners shelled a Russian checkpoint by mistake, killing five soldiers, Kyiv said.", "five"),
    # what one witness saw is no tally of losses
    ("A Ukrainian sniper said he spotted four soldiers crossing the field before the strike killed them.", "four"),
])
def test_victims_and_sightings_are_no_north_korean_losses(sentence: str, surface: str) -> None:
    assert _subject(sentence, surface) not in ("casualties", "troops_deployed")


def test_north_korean_losses_at_others_hands_stay_casualties() -> None:
    assert _subject("Ukrainian drones struck North Korean positions, killing 40 soldiers.", "40") == "casualties"
    assert _subject("Ukraine said its forces killed 200 North Korean soldiers in Kursk.", "200") == "casualties"


# --- 2. projections are ceilings -------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "surface"), [
    ("The official said the number of North Korean troops could reach 20,000 by summer.", "could reach 20,000"),
    ("He said North Korean losses may rise to 3,000 soldiers.", "may rise to 3,000"),
])
def test_a_projection_is_an_upper_bound_like_as_many_as(sentence: str, surface: str) -> None:
    figure = next(f for f in claim_with(claims_of(sentence), surface.split()[-1]).figures if surface in f.surface)
    assert figure.qualifier == "at_most"
    assert figure.high == figure.value and figure.low is None


# --- 3. conflicts only between figures of the same quantity -------------------------------------------------------

_ROTATION = (
    "Dmytro Hlib, the envoy, said the number of North Korean troops in Russia could reach 9,000, with troops rotated "
    "out every few months, with a cumulative 70,000 North Korean soldiers serving in Russia within a year."
)


def test_a_total_to_come_beside_an_estimate_contradicts_no_one() -> None:
    rotation = claim_with(claims_of(_ROTATION), "9,000")
    assert rotation.subject == "troops_deployed"
    assert [f.value for f in rotation.figures] == [9000, 70000]  # the claim keeps every figure of its words
    assert [f.value for f in subject_figures(rotation)] == [9000]
    seoul = claim_with(claims_of("Seoul said as many as 9,000 North Korean troops are in Russia."), "9,000")
    assert not compare_claim_sets([seoul], [rotation])[0].conflict


def test_a_total_to_come_stays_on_its_subject_but_is_weighed_by_no_one() -> None:
    text = "He said a cumulative 70,000 North Korean soldiers could serve in Russia within a year."
    total = claim_with(claims_of(text), "70,000")
    assert total.subject == "troops_deployed"  # what the speaker forecasts of the deployment
    assert is_set_apart(total, total.figures[0])
    kyiv = claim_with(claims_of("Kyiv said about 9,000 North Korean troops are in Russia."), "9,000")
    assert not is_set_apart(kyiv, kyiv.figures[0])
    assert not compare_claim_sets([kyiv], [total])[0].conflict
    article = make_article("tc", ["Kyiv said about 9,000 North Korean troops are in Russia.", text])
    claims = extract_claims(article, load_subject_taxonomy())
    table = figure_table(Corpus.from_records([article], claims), "troops_deployed")
    assert sorted(r.figure.value for g in table.groups for r in g.rows) == [9000, 70000]  # shown ...
    assert table.summary.high == 9000  # ... but no end of the range


def _claim(claim_id: str, subject: str, *figures: Figure) -> Claim:
    return Claim(claim_id, "a", "a-000", "text", 0, 4, "someone", subject=subject, figures=list(figures))


def _figure(value: float, unit: str) -> Figure:
    return Figure(value=value, low=value, high=value, unit=unit, qualifier="exact", surface=str(value))


def test_a_figure_on_the_scale_in_a_unit_the_subject_does_not_count_is_not_compared() -> None:
    mixed = _claim("a@1", "troops_deployed", _figure(11000, "troops"), _figure(4000, "casualties"))
    assert [f.unit for f in subject_figures(mixed)] == ["troops"]
    assert not compare_claim_sets([mixed], [_claim("b@1", "troops_deployed", _figure(11000, "soldiers"))])[0].conflict


# --- 4. casualties are on the scale of soldiers -------------------------------------------------------------------


def test_casualties_and_soldiers_killed_are_one_scale() -> None:
    assert canonical_unit("casualties") == canonical_unit("soldiers") == canonical_unit("troops")
    left = [_claim("a@1", "casualties", _figure(4000, "casualties"))]
    right = [_claim("b@1", "casualties", _figure(1000, "soldiers"))]
    assert compare_claim_sets(left, right)[0].conflict  # 4,000 against 1,000 is a disagreement, not two scales


def test_casualty_tracker_puts_casualty_counts_on_its_scale() -> None:
    article = make_article("cs", [
        "Zelenskyy put the total at around 4,000 casualties in early January.",
        "US officials said around 1,000 North Korean soldiers had been killed or injured.",
    ])
    claims = extract_claims(article, load_subject_taxonomy())
    assert {c.subject for c in claims if c.figures} == {"casualties"}
    table = figure_table(Corpus.from_records([article], claims), "casualties")
    rows = [g.representative for g in table.groups]
    assert sorted(r.figure.value for r in rows) == [1000, 4000]
    assert all(canonical_unit(r.figure.unit) == table.unit for r in rows)  # none "not on this scale"


def test_tracker_lists_no_total_to_come_as_a_row_of_the_deployment() -> None:
    article = make_article("rt", [_ROTATION, "Seoul said as many as 9,000 North Korean troops are in Russia."])
    claims = extract_claims(article, load_subject_taxonomy())
    table = figure_table(Corpus.from_records([article], claims), "troops_deployed")
    assert sorted(r.figure.value for g in table.groups for r in g.rows) == [9000, 9000]
    assert table.summary.high == 9000
