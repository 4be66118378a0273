"""Round 25c: prisoners counted, a headline's "Seoul: …", spoken ranges and members of a body cited.

A count between a topic term's first word and the rest ("captured two North Korean soldiers") still shows the
term.  A place or a body named before a colon and a figure ("Seoul: 1,500 more troops …") claims the figure; a
place where it happened ("Kursk: …") and a paragraph's label ("Update:") do not.  Two round numbers of one size
with a comma between ("200, 300 men a day") are a spoken range, not a list or a year and a count.  "citing
members of parliament's intelligence committee" names who is cited by their body.
"""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of

from store.analysis.topics import load_topic_taxonomy, topics_in_text


# --- a count inside a topic term ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said it had captured two North Korean soldiers in the Kursk region.",
        "Ukrainian special forces captured 2 North Koreans near Sudzha, Zelensky said.",
        "Kyiv says it captured a North Korean soldier who later died of his wounds.",
        "Ukraine has captured several North Korean troops since January.",
    ],
)
def test_a_count_inside_a_prisoner_term_still_tags_prisoners(text):
    hits = {hit.topic: hit.terms for hit in topics_in_text(text, load_topic_taxonomy())}
    assert "surrender_pows" in hits
    assert all(term in text for term in hits["surrender_pows"])  # the evidence is as written, count and all


def test_only_a_terms_own_first_word_takes_a_count_inside_it():
    taxonomy = load_topic_taxonomy()
    assert "surrender_pows" in {h.topic for h in topics_in_text("Kyiv captured two North Korean soldiers.", taxonomy)}
    assert "surrender_pows" not in {h.topic for h in topics_in_text("Russia deployed two North Korean brigades.", taxonomy)}


# --- a headline's claimant before a colon ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "claimant", "surface"),
    [
        ("Seoul: 1,500 more North Korean troops sent to Russia", "Seoul", "1,500"),
        ("Washington: upwards of 8,000 North Korean soldiers now in Kursk", "Washington", "8,000"),
        ("Kyiv: more than 3,000 North Korean troops killed or wounded", "Kyiv", "3,000"),
    ],
)
def test_a_place_or_body_before_a_colon_and_a_figure_claims_it(text, claimant, surface):
    assert claim_with(claims_of(text), surface).claimant == claimant


@pytest.mark.parametrize(
    "text",
    [
        "Kursk: 1,500 more North Korean troops sent to the front",
        "Update: 1,500 more North Korean troops sent to Russia",
        "Background: about 1,500 North Korean troops were sent last autumn.",
    ],
)
def test_a_scene_or_a_label_before_a_colon_claims_nothing(text):
    assert claim_with(claims_of("Seoul: 1,500 more North Korean troops sent to Russia"), "1,500").claimant == "Seoul"
    assert claim_with(claims_of(text), "1,500").claimant is None


# --- spoken ranges --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The commander said they lose 200, 300 men a day.", 200, 300),
        ("They are losing 1,000, 2,000 men every week, the officer said.", 1000, 2000),
    ],
)
def test_two_round_numbers_with_a_comma_are_a_range(text, low, high):
    (claim,) = claims_of(text)
    (figure,) = claim.figures
    assert (figure.low, figure.high) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "He listed 100, 200 and 300 men.",  # a list
        "In 2020, 3,000 men died.",  # a year, then a count
        "Of 200, 300 were killed.",  # a whole, then its part
        "Losses rose from 250, 300 men a day.",  # 250 is no round figure
    ],
)
def test_other_numbers_with_a_comma_are_no_range(text):
    (spoken,) = claims_of("They lose 200, 300 men a day.")[0].figures
    assert (spoken.low, spoken.high) == (200, 300)
    for claim in claims_of(text):
        assert all(f.low == f.high for f in claim.figures), [(f.surface, f.low, f.high) for f in claim.figures]


# --- members of a body, cited ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("About 100 North Korean soldiers have died, Yonhap reported, citing members of parliament's intelligence "
         "committee.", "members of parliament's intelligence committee"),
        ("About 100 North Korean soldiers have died, Yonhap reported, citing members of the parliamentary "
         "intelligence committee.", "members of the parliamentary intelligence committee"),
        ("About 100 North Korean soldiers have died, Yonhap reported, citing members of parliament.",
         "members of parliament"),
    ],
)
def test_citing_members_of_a_body_names_them_and_keeps_the_relay(text, claimant):
    claim = claim_with(claims_of(text), "100")
    assert (claim.claimant, claim.via) == (claimant, "Yonhap")


def test_citing_members_of_the_public_names_no_body():
    cited = claim_with(claims_of("About 100 soldiers died, Yonhap said, citing members of parliament."), "100")
    assert cited.claimant == "members of parliament"
    claim = claim_with(claims_of("About 100 soldiers died, the paper said, citing members of the public."), "100")
    assert claim.claimant != "members of the public"
