"""Blind round 9: the lead figure among peers, phone numbers with spaces, dotted acronyms, unowned estimates.

The sentences follow wire and newspaper layouts of the round's blind inputs
("300 killed and 2,700 wounded", "4,700 casualties, including 600 dead", a tip
line closing an article, "citing U.S. officials", a bracketed aside "(some
estimates put the figure at 15,000)", "a 12,000-strong contingent", "according
to a South Korean lawmaker, Park Sun-won."); none is copied from a seed or an
earlier round.  Each assertion names what an analyst reads off them.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.analysis.numbers import find_figures

# --- the leading figure: peers in the writer's order, a tally before its parts --------------------------


def test_killed_and_wounded_keep_the_writers_order() -> None:
    claims = claims_of("The NIS said 300 North Korean soldiers had been killed and 2,700 injured.")
    assert len(claims) == 1
    assert [f.surface for f in claims[0].figures] == ["300", "2,700"]  # was 2,700 first: it stood by "injured"
    assert claims[0].subject == "casualties"


def test_a_tally_leads_its_parts() -> None:
    claims = claims_of("According to Seoul, North Korea has suffered 4,700 casualties, including 600 dead.")
    assert [f.surface for f in claim_with(claims, "4,700").figures] == ["4,700", "600"]


def test_of_whom_parts_and_an_opening_whole_follow_the_casualty_count() -> None:
    claims = claims_of(
        "Of the 11,000 soldiers deployed, some 4,000 have become casualties, of whom 300 were killed and "
        "2,700 wounded, the NIS told lawmakers."
    )
    claim = claim_with(claims, "some 4,000")
    assert claim.figures[0].surface == "some 4,000"  # was 2,700, a part of it
    assert [f.surface for f in claim.figures[1:3]] == ["300", "2,700"]


def test_a_figure_called_the_total_leads() -> None:
    claims = claims_of("North Korea lost 200 soldiers in one battle and 4,000 in total, Zelensky said.")
    assert claim_with(claims, "4,000").figures[0].surface == "4,000"


def test_including_as_a_garbled_verb_makes_no_part() -> None:
    claims = claims_of(
        "US officials including in December that around 3,000 North Korean soldiers had been killed, "
        "while the total was put at around 3,100."
    )
    assert claims[0].figures[0].surface == "around 3,000"


# --- phone numbers written with spaces count nothing ------------------------------------------------------


def test_phone_numbers_with_spaces_are_no_figures() -> None:
    assert find_figures("Contact the newsroom on +44 20 7946 0958 or at 020 7946 0321.") == []
    assert find_figures("Call +1 (202) 555 0199 with tips.") == []
    assert claims_of("Readers with information can call us on +44 20 7946 0958.") == []


def test_counts_beside_years_and_thousands_groups_stay_figures() -> None:
    assert [f.surface for f in find_figures("In 2023 1000 troops arrived.")] == ["1000"]
    assert [f.surface for f in find_figures("Between 2022 and 2024 11,000 troops arrived.")] == ["11,000"]


# --- attributions --------------------------------------------------------------------------------------


def test_citing_a_dotted_acronym_keeps_the_officials() -> None:
    claims = claims_of(
        "The Wall Street Journal, citing U.S. officials, reported that North Korean casualties had reached "
        "roughly 4,000."
    )
    claim = claim_with(claims, "4,000")
    assert claim.claimant == "U.S. officials"  # was "the US": the phrase stopped at "U.S."
    assert claim.via == "Wall Street Journal"


def test_an_aside_in_brackets_names_no_claimant_and_keeps_both_figures() -> None:
    claims = claims_of(
        "North Korea has sent about 11,000 troops (some estimates put the figure at 15,000) to Russia, "
        "according to the Pentagon."
    )
    assert len(claims) == 1
    claim = claims[0]
    assert claim.claimant == "Pentagon"  # was "sent about 11,000 troops", with the 11,000 lost
    assert [f.surface for f in claim.figures] == ["about 11,000", "15,000"]


def test_estimates_with_no_owner_are_nobody() -> None:
    claims = claims_of("Some estimates put the figure at 15,000 troops.")
    assert claim_with(claims, "15,000").claimant is None  # was "estimates"


def test_a_role_named_after_according_to_is_its_holder() -> None:
    claims = claims_of(
        "At least 2,000 North Korean soldiers were rotated out of Kursk in March, according to a South Korean "
        "lawmaker, Park Sun-won."
    )
    assert claim_with(claims, "2,000").claimant == "Park Sun-won"


def test_according_to_a_role_before_the_content_keeps_the_role() -> None:
    claims = claims_of("According to a South Korean lawmaker, North Korea has sent 3,000 more troops.")
    assert claim_with(claims, "3,000").claimant == "South Korean lawmaker"


# --- what a bare or compound figure counts -------------------------------------------------------------


def test_a_strong_contingent_counts_troops() -> None:
    claims = claims_of(
        "A 12,000-strong North Korean contingent has been deployed to the Kursk region, Ukrainian officials said."
    )
    claim = claim_with(claims, "12,000")
    assert claim.subject == "troops_deployed"  # was no subject: "contingent" counted
    assert claim.figures[0].unit == "troops"


def test_a_bare_count_that_is_deployed_counts_troops() -> None:
    claims = claims_of(
        "Moscow denied that any North Korean soldiers were fighting in Ukraine.",
        "Seoul says at least 11,000 are deployed.",
    )
    claim = claim_with(claims, "11,000")
    assert claim.subject == "troops_deployed"
    assert claim.claimant == "Seoul"


# --- thousands grouped by spaces, as European copy writes them --------------------------------------------


def test_thousands_grouped_by_spaces_are_one_figure() -> None:
    claims = claims_of("North Korea has sent about 12 000 soldiers to Russia, the ministry said.")
    claim = claim_with(claims, "12 000")
    assert claim.figures[0].value == 12000  # was "about 12" and a bare "000"
    assert len(claim.figures) == 1
    assert claim.subject == "troops_deployed"
    narrow = find_figures("Another 3\u202f000 followed, and then 1 000 000 shells.")
    assert [f.value for f in narrow] == [3000, 1_000_000]


def test_a_space_before_a_longer_group_groups_nothing() -> None:
    assert [f.value for f in find_figures("In 2023 200 troops arrived.")] == [200]
    assert [f.value for f in find_figures("On March 5, 300 troops crossed.")] == [300]
    assert [f.value for f in find_figures("On May 5 300 troops crossed.")] == [300]  # a day, then the count
