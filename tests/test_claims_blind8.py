"""Blind round 8: forecast increments, interview relays that end, one part per subject, passive agents and lists.

The sentences follow the layouts of the round's blind files (a ministry's
tally of troops, shells, missiles and guns in one sentence; a forecast
"a further 5,000 could follow" after a casualty count; a speaker interviewed by
one outlet and then quoted at a briefing; "estimated by Seoul's spy agency at
4,700"; a list of countries' figures; phone numbers and ages); none is copied
from a seed or an earlier round.  Each assertion names what an analyst reads off them.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.analysis.numbers import find_figures

# --- leftover 1: a forecast increment after a casualty count counts soldiers to come -------------------------


def test_a_further_number_that_could_follow_a_casualty_count_is_troops_and_hedged() -> None:
    claims = claims_of(
        "The Hankyoreh, citing military officials, said that about 1,500 of them had been wounded.",
        "According to NHK, which cited a senior official, Tokyo believes a further 4,000 could follow by autumn.",
    )
    wounded, follow = claim_with(claims, "1,500"), claim_with(claims, "4,000")
    assert wounded.subject == "casualties"
    assert follow.subject == "troops_deployed"  # was filed as 4,000 casualties
    assert follow.hedged


def test_another_range_expected_after_losses_is_troops_and_a_forecast() -> None:
    claims = claims_of(
        "Ivan Petrenko said North Korean losses had reached about 5,000 killed or wounded.",
        '"They keep sending more," he added. "We expect another 2,000 to 3,000 in the autumn."',
    )
    expected = claim_with(claims, "2,000 to 3,000")
    assert expected.subject == "troops_deployed"
    assert expected.claimant == "Ivan Petrenko"
    assert expected.hedged  # "we expect": a forecast, not a count


def test_a_further_loss_forecast_stays_a_casualty_count() -> None:
    claims = claims_of("About 800 soldiers were killed.", "Another 300 may have died since, officials said.")
    assert claim_with(claims, "300").subject == "casualties"  # its own words name the loss


def test_more_troops_that_arrived_after_a_casualty_count_are_troops() -> None:
    claims = claims_of("About 600 soldiers were killed, the ministry said.", "The ministry said 2,500 more had arrived.")
    assert claim_with(claims, "2,500").subject == "troops_deployed"


# --- leftover 2: an interview relays what follows only until the speaker speaks elsewhere -------------------


def test_an_interview_relay_ends_when_the_speaker_addresses_a_briefing() -> None:
    claims = claims_of(
        "Park Ji-hoon told Yonhap that 900 soldiers had been killed.",
        '"We counted 250 dead last week," Park told a briefing in Seoul.',
        "At a separate briefing, Park said 1,800 more had arrived.",
        '"About 400 are wounded," Park said.',
    )
    assert claim_with(claims, "900").via == "Yonhap"
    assert [claim_with(claims, s).via for s in ("250", "1,800", "400")] == [None, None, None]
    assert {claim_with(claims, s).claimant for s in ("250", "1,800", "400")} == {"Park Ji-hoon"}


def test_an_interview_relay_still_carries_to_words_pointing_back_to_it() -> None:
    claims = claims_of(
        "In an interview with the Kyiv Post, Gen. Serhiy Naiev said North Korea had sent 2,000 more soldiers.",
        '"The total is now about 13,000," he said.',
        "Naiev also told the paper that North Korea supplied 40% of the artillery shells used by Russia.",
    )
    assert [c.via for c in claims] == ["Kyiv Post"] * 3


# --- leftover 3: one sentence counting several subjects gives each claim its own words ----------------------


def test_each_subject_of_a_tally_carries_its_own_part_of_the_sentence() -> None:
    sentence = (
        "Pyongyang has sent Moscow 10,000 troops, 5 million artillery shells, 120 ballistic missiles and "
        "180 artillery pieces, the Lithuanian defence ministry said."
    )
    claims = claims_of(sentence)
    by_subject = {c.subject: c for c in claims}
    assert set(by_subject) == {"troops_deployed", "munitions_supplied", "missiles_supplied", "artillery_systems"}
    assert by_subject["troops_deployed"].text == "Pyongyang has sent Moscow 10,000 troops"
    assert by_subject["munitions_supplied"].text == "5 million artillery shells"
    assert by_subject["missiles_supplied"].text == "120 ballistic missiles"
    assert by_subject["artillery_systems"].text.startswith("180 artillery pieces")
    for claim in claims:
        assert sentence[claim.start : claim.end] == claim.text  # offsets stay true to the passage
        for figure in claim.figures:
            assert claim.text[figure.start : figure.end] == figure.surface
        assert claim.claimant == "Lithuanian defence ministry"
    assert len({c.id for c in claims}) == len(claims)


def test_a_generic_noun_that_names_its_kind_borrows_no_neighbours_noun() -> None:
    claims = claims_of("Officials said Pyongyang sent 90 ballistic missiles and 150 artillery pieces.")
    pieces = claim_with(claims, "150")
    assert pieces.subject == "artillery_systems"  # not 150 missiles
    assert pieces.figures[0].unit == "pieces"


# --- blind findings ----------------------------------------------------------------------------------------


def test_troops_beside_a_casualty_count_are_not_casualties() -> None:
    claims = claims_of(
        "Kyiv said there were 13,000 troops and more than 3,500 casualties.",
        "Seoul said there were about 10,000 troops, of whom about 200 have been killed and 1,900 wounded.",
    )
    assert claim_with(claims, "13,000").subject == "troops_deployed"
    assert claim_with(claims, "3,500").subject == "casualties"
    assert claim_with(claims, "10,000").subject == "troops_deployed"
    assert claim_with(claims, "1,900").subject == "casualties"


def test_a_passive_agent_stops_before_the_figure_it_puts() -> None:
    claims = claims_of(
        "North Korean losses in Kursk were estimated by Japan's defence ministry at 3,900, "
        "including about 500 killed."
    )
    assert len(claims) == 1
    claim = claims[0]
    assert claim.claimant == "Japan's defence ministry"  # not "Japan's defence ministry at 3,900"
    assert [f.surface for f in claim.figures][:1] == ["3,900"]  # the tally is kept, and first
    assert claim.subject == "casualties"


def test_soldiers_taken_prisoner_are_no_deployment() -> None:
    claims = claims_of("Zelensky said Ukrainian forces had captured three North Korean soldiers.")
    assert claim_with(claims, "three").subject != "troops_deployed"


def test_phone_numbers_and_iso_dates_are_no_ranges() -> None:
    assert find_figures("For tips, call 1-888-555-0142 or write to us.") == []
    assert find_figures("Updated 2025-03-14 at noon.") == []
    assert [f.surface for f in find_figures("Between 500-600 died.")] == ["Between 500-600"]


def test_an_age_neither_names_a_speaker_nor_hides_one() -> None:
    claims = claims_of(
        "Captain Mykola Hrytsenko has fought North Korean units since December.",
        '"We have counted more than 200 dead," Hrytsenko said.',
        "The 38-year-old captain said his company had seen 15 assaults in a week.",
        "A 47-year-old lorry driver said he had seen 30 trucks cross at night.",
    )
    assert claim_with(claims, "15").claimant == "Mykola Hrytsenko"
    assert claim_with(claims, "30").claimant == "lorry driver"


def test_a_figure_for_peoples_losses_counts_casualties_but_tank_losses_do_not() -> None:
    claims = claims_of(
        "Oleh Marchuk said North Korean losses had climbed to roughly 3,500.",
        "Russian tank losses have reached 2,900, analysts said.",
    )
    assert claim_with(claims, "3,500").subject == "casualties"  # was filed under no subject
    assert claim_with(claims, "2,900").subject != "casualties"
