"""Blind round 10: nested tellers, long appositions, described speakers, list lead-ins, trailing clauses.

The sentences follow wire, British and translated layouts of the round's
blind inputs ("told reporters after the closed-door briefing that the NIS had
said", "John Kirby, the White House … adviser and a retired rear admiral,
told", "The 24-year-old soldier captured in Kursk said", "Key figures,
according to South Korea's NIS:", "…, said a government official who asked
not to be named", "As per the latest NIS assessment"); none is copied from a
seed or an earlier round.  Each assertion names what an analyst reads off them.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.analysis.claimants import clean_claimant
from store.analysis.numbers import find_figures

# --- who speaks: appositions, descriptions, venues -------------------------------------------------------


def test_a_long_apposition_joined_by_and_still_names_the_speaker() -> None:
    claims = claims_of(
        "John Kirby, the White House national security communications adviser and a retired rear admiral, told "
        "reporters that at least 10,000 North Korean soldiers had moved into eastern Russia."
    )
    assert claim_with(claims, "10,000").claimant == "John Kirby"  # was None


def test_a_participle_phrase_after_the_speaker_describes_them_but_names_nobody() -> None:
    claims = claims_of("The 24-year-old soldier captured in Kursk said he had been told about 500 men came with him.")
    assert claim_with(claims, "500").claimant == "captured soldier"  # was "soldier captured in Kursk"
    assert clean_claimant("officials stationed near the border") == "officials"
    assert clean_claimant("A North Korean soldier captured in Kursk") == "captured North Korean soldier"


def test_a_participle_after_a_name_or_a_verb_is_left_alone() -> None:
    assert clean_claimant("an estimate published by the Korea Institute for Defense Analyses") == (
        "Korea Institute for Defense Analyses"
    )
    assert clean_claimant("It has increasingly relied on this conflict. • Experts") == "Experts"


def test_where_it_was_said_is_not_part_of_the_speaker() -> None:
    claims = claims_of(
        "The DPRK Ministry of Foreign Affairs spokesman in a press statement said that reports of 10,000 troops "
        "were groundless."
    )
    assert claim_with(claims, "10,000").claimant == "DPRK Ministry of Foreign Affairs spokesman"
    assert clean_claimant("an estimate published in a report by RUSI") == "RUSI"  # an author, not a venue


def test_a_described_speaker_after_an_inverted_said_is_the_speaker() -> None:
    claims = claims_of(
        "The North has dispatched about 2,000 more soldiers since January, said a government official who asked "
        "not to be named."
    )
    assert claim_with(claims, "2,000").claimant == "government official"  # was None


def test_how_many_speak_after_an_inverted_said_is_no_figure() -> None:
    claims = claims_of('"We counted 300 bodies," said one Ukrainian officer, speaking on condition of anonymity.')
    claim = claim_with(claims, "300")
    assert [f.surface for f in claim.figures] == ["300"]  # "one" was a second figure
    assert claim.claimant == "Ukrainian officer"


# --- chains and relays -----------------------------------------------------------------------------------


def test_a_teller_who_passes_on_an_agencys_words_after_a_time_phrase_relays_them() -> None:
    claims = claims_of(
        "Rep. Lee Seong-kweun told reporters after the closed-door briefing that the National Intelligence "
        "Service had said some 3,000 more troops had been dispatched."
    )
    assert len(claims) == 1  # was cut in two at the agency's verb
    assert claims[0].claimant == "National Intelligence Service"
    assert claims[0].via == "Lee Seong-kweun"


def test_members_of_parliament_addressed_relay_nothing() -> None:
    claims = claims_of(
        "Defence Secretary John Healey told MPs on Monday that some 11,000 North Korean troops were in Kursk."
    )
    claim = claim_with(claims, "11,000")
    assert claim.claimant == "John Healey"
    assert claim.via is None  # was "MPs"


def test_as_per_an_assessment_is_the_assessors() -> None:
    claims = claims_of("As per the latest NIS assessment, some 4,700 North Korean troops have been killed or wounded.")
    assert claim_with(claims, "4,700").claimant == "National Intelligence Service"  # was None


def test_a_report_described_by_an_adjective_is_its_authors() -> None:
    claims = claims_of("Reuters, citing a confidential UN report, said North Korea had shipped 5 million shells.")
    claim = claim_with(claims, "5 million")
    assert claim.claimant == "the UN"  # was "confidential UN report"
    assert claim.via == "Reuters"


def test_an_accusation_of_a_deed_is_the_accusers_claim() -> None:
    claims = claims_of("Kyiv accused Pyongyang of sending 8,000 more troops, a charge the embassy rejected.")
    assert claim_with(claims, "8,000").claimant == "Kyiv"  # was None
    assert claims_of("He accused the US of an 'unchanging hostile policy' toward the North.") == []


# --- lists, hedges, trailing clauses ---------------------------------------------------------------------


def test_items_after_an_according_to_lead_in_are_the_sources() -> None:
    claims = claims_of(
        "Key figures, according to South Korea's NIS:",
        "- Troops deployed: about 11,000",
        "- Casualties: some 3,000",
    )
    assert claim_with(claims, "11,000").claimant == "National Intelligence Service"  # was None
    assert claim_with(claims, "3,000").claimant == "National Intelligence Service"


def test_maybe_hedges_a_figure_in_a_quotation() -> None:
    claims = claims_of('"We see about 11,000 of them now," Zelensky said. "Maybe 15,000 by the spring."')
    assert claim_with(claims, "15,000").hedged  # was asserted
    assert not claim_with(claims, "11,000").hedged


def test_a_clause_added_after_a_trailing_attribution_is_the_articles_own() -> None:
    claims = claims_of(
        "North Korea may have earned as much as $20 billion from arms sales to Russia, the Korea Institute for "
        "Defense Analyses estimated, while 11,000 of its troops are fighting there."
    )
    money = claim_with(claims, "$20 billion")
    assert money.claimant == "Korea Institute for Defense Analyses" and money.subject == "payments"
    troops = claim_with(claims, "11,000")
    assert troops.subject == "troops_deployed"
    assert troops.claimant is None and not troops.hedged  # was the institute's, hedged by its "estimated"


def test_a_clause_after_a_leading_attribution_stays_the_speakers() -> None:
    claims = claims_of("The NIS said 300 were killed, while 11,000 soldiers are deployed.")
    assert claim_with(claims, "11,000").claimant == "National Intelligence Service"


# --- subjects ----------------------------------------------------------------------------------------------


def test_soldiers_eliminated_are_casualties() -> None:
    claims = claims_of("Ukraine's drones eliminated 300 North Korean soldiers last week, the SBU said.")
    assert claim_with(claims, "300").subject == "casualties"  # was None


def test_a_parade_is_no_deployment() -> None:
    claims = claims_of(
        "The 75th anniversary of the Korean People's Army was marked in 2023 with a parade of 20,000 soldiers."
    )
    claim = claim_with(claims, "20,000")
    assert claim.subject != "troops_deployed"
    assert [f.surface for f in claim.figures] == ["20,000"]  # neither "75th" nor 2023 is a figure


def test_thousands_written_with_k_before_a_described_noun_are_a_figure() -> None:
    found = find_figures("HUR: 11k North Korean troops in Kursk region.")
    assert [(f.surface, f.value, f.unit) for f in found] == [("11k", 11000.0, "troops")]  # was none
    assert find_figures("He ran a 5k race and then 10k.") == []  # a race's length counts nothing
    assert find_figures("The shell landed 20m away.") == []
