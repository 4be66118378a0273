"""Blind round 3, what is claimed: dud rates, footnotes, hedges inside quotes, stray units, rejected figures.

The layouts are those of a think-tank report with footnote marks, a live blog
quoting officials, an op-ed full of hedged estimates and a fact check that
quotes a figure only to reject it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.analysis.claims import extract_claims
from store.analysis.numbers import find_figures
from store.analysis.sentences import sentences_of
from store.analysis.subjects import load_subject_taxonomy
from store.models import Article, Claim, Passage, PassageKind


def claims_of(*paragraphs: str, subjects_path: Path | None = None) -> list[Claim]:
    passages = [
        Passage(id=f"r3fig00001-{i:03d}", article_id="r3fig00001", kind=PassageKind.BODY, text=text, order=i,
                paragraph=i + 1)
        for i, text in enumerate(paragraphs)
    ]
    article = Article(id="r3fig00001", source_file="r3.txt", source_sha256="0" * 64, ordinal=0, title="Test",
                      outlet="Example Review", passages=passages)
    return extract_claims(article, load_subject_taxonomy(subjects_path))


def only_figure(text: str):
    figures = find_figures(text)
    assert len(figures) == 1, [(f.surface, f.unit) for f in figures]
    return figures[0]


# --- dud rates are not shares of supply -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian gunners said that half of the North Korean shells they had seen were duds.",
        "Around 20 per cent of North Korean rounds fail to explode, a Ukrainian artillery commander told reporters.",
        "One brigade commander estimated that 20% of the artillery shells misfired.",
    ],
)
def test_a_failure_rate_lands_in_the_dud_rate_not_the_ammunition_share(sentence: str) -> None:
    claims = [c for c in claims_of(sentence) if c.figures]
    assert [c.subject for c in claims] == ["dud_rate"]


def test_a_share_of_supply_is_still_the_ammunition_share() -> None:
    claims = claims_of("North Korean shells accounted for roughly half of all artillery ammunition fired by Russia.")
    assert [c.subject for c in claims] == ["ammunition_share"]


def test_exclude_cues_rule_a_subject_out_in_the_figures_clause_only(tmp_path: Path) -> None:
    taxonomy = tmp_path / "subjects.toml"
    taxonomy.write_text(
        '[[subject]]\nid = "supply_share"\nlabel = "Share"\nunits = ["percent"]\ncues = ["shell"]\n'
        'exclude_cues = ["dud"]\nrequire_cue = true\n',
        encoding="utf-8",
    )
    ruled_out = claims_of("Half of the shells were duds.", subjects_path=taxonomy)
    assert [c.subject for c in ruled_out] == [None]
    other_clause = claims_of("Half of the shells came from Pyongyang, though some were duds.", subjects_path=taxonomy)
    assert [c.subject for c in other_clause] == ["supply_share"]


# --- footnote marks ---------------------------------------------------------------------------------------


def test_footnote_marks_are_no_figures() -> None:
    assert [f.surface for f in find_figures("North Korea shipped 12,000 containers since August 2023.[1]")] == [
        "12,000"
    ]
    assert find_figures("[4] Imagery analysis by the authors; see Annex A.") == []


def test_a_footnote_mark_after_the_stop_still_ends_the_sentence() -> None:
    text = "At least 64 rail shipments left the port.[4] Each shipment carried an estimated 120 to 200 containers."
    assert sentences_of(text) == [
        "At least 64 rail shipments left the port.[4]",
        "Each shipment carried an estimated 120 to 200 containers.",
    ]


# --- hedges and units -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "qualifier", "unit"),
    [
        ('An official said the North had sent "over 10,000" troops in total.', "over 10,000", "at_least", "troops"),
        ('South Korea\'s JCS: "About 3,000 more North Korean troops were sent."', "About 3,000", "approx", "troops"),
        ("The payments could be as high as $10 billion a year.", "as high as $10 billion", "at_most", "USD"),
        ("The number of casualties is higher than 4,000 now.", "higher than 4,000", "at_least", ""),
        ("Budanov has said the share is about half, and other estimates are lower.", "about half", "approx", "percent"),
    ],
)
def test_hedges_are_read_inside_quotes_and_in_comparatives(text: str, surface: str, qualifier: str, unit: str) -> None:
    figure = only_figure(text)
    assert (figure.surface, figure.qualifier, figure.unit) == (surface, qualifier, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Russia fired 5,600 artillery rounds along the front line.", "rounds"),
        ("At least 64 rail shipments left the transfer point.", "shipments"),
        ("His unit had been promised 2,000 dollars per month.", "USD"),
        ("Some 3,000 additional soldiers were sent in January.", "soldiers"),
    ],
)
def test_the_unit_is_the_counted_noun_not_a_word_after_it(text: str, unit: str) -> None:
    assert only_figure(text).unit == unit


def test_pay_in_words_per_month_is_soldier_pay() -> None:
    claims = claims_of("His unit had been promised 2,000 dollars per month, the ministry said.")
    assert claims[0].subject == "soldier_pay"


# --- the sentence as written --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "As many as 15,000 North Korean soldiers may now be fighting for Russia.",
        "As of 10 February, the losses amount to approximately 4,000 servicemen killed and wounded.",
        "While Seoul counts 11,000 troops, Kyiv counts 12,000.",
    ],
)
def test_a_claim_keeps_the_first_word_of_its_sentence(sentence: str) -> None:
    claims = claims_of(sentence)
    assert claims and claims[0].text.split()[0] == sentence.split()[0]


def test_a_leading_but_is_still_dropped() -> None:
    claims = claims_of("But Zelensky said 3,000 North Korean soldiers had been killed.")
    assert claims[0].text.startswith("Zelensky said")


# --- figures quoted to be rejected ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The figure of 50,000 appears nowhere in official statements.",
        "There is no evidence that 100,000 North Korean troops were sent.",
        "Seoul dismissed the claim of 100,000 troops as baseless.",
    ],
)
def test_a_rejected_figure_is_nobody_s_estimate(sentence: str) -> None:
    # Rejected outright it is denied; doubted ("no evidence that …") it is hedged: either way no estimate.
    claims = [c for c in claims_of(sentence) if c.figures]
    assert claims and all(c.hedged or c.denied for c in claims)


def test_a_plain_figure_is_not_hedged() -> None:
    claims = claims_of("South Korea's spy agency said 11,000 North Korean troops were deployed.")
    assert claims and not claims[0].hedged
