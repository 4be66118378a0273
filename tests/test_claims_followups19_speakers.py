"""Follow-ups of session 19 on who said what, and a blind set of speakers written for this round.

Follow-ups: workers employed at Russian factories are workers sent; "The estimate, which US officials described
as conservative, …" is the officials' estimate; intelligence, data or imagery cited by a speaker is a document,
never a speaker ("the latest US intelligence" is US intelligence's); a Polish role before a full name in the
genitive still folds to the alias list's name.  The blind set was written before running it on the reference:
each input with the claimant, relay, figure and subject an analyst would read off it.  Four expectations were
then brought in line with the project's conventions (an acronym and a surname stay as written, a country's
ministry keeps its country, the platform a post is on relays it).
"""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"


# --- follow-ups ------------------------------------------------------------------------------------------------------


def test_workers_employed_at_factories_in_russia_are_workers_sent() -> None:
    claim = claim_with(claims_of("South Korean intelligence says there are tens of thousands of North Korean "
                                 "workers employed at factories in Russia."), "tens of thousands")
    assert (claim.claimant, claim.subject) == ("National Intelligence Service", "workers_sent")


def test_the_officials_who_describe_an_estimate_own_it() -> None:
    claim = claim_with(claims_of("The estimate, which US officials described as conservative, put the number at "
                                 "12,000."), "12,000")
    assert claim.claimant == "US officials"


def test_a_figure_the_body_called_conservative_is_the_bodys() -> None:
    claim = claim_with(claims_of("North Korea has sent 3,000 more troops to Russia, a figure which the Pentagon "
                                 "called conservative."), "3,000")
    assert (claim.claimant, claim.subject) == ("Pentagon", "troops_deployed")


def test_an_appositive_number_a_few_words_after_its_figure_names_its_owner() -> None:
    claim = claim_with(claims_of("North Korea has sent about 12,000 troops, the number US officials say is rising."),
                       "12,000")
    assert (claim.claimant, claim.subject) == ("US officials", "troops_deployed")


def test_a_figure_nobody_is_named_for_in_its_clause_stays_unowned() -> None:
    claim = claim_with(claims_of("The estimate, which has been described as conservative, put the number at "
                                 "12,000."), "12,000")
    assert claim.claimant is None  # a passive names no one to own it


@pytest.mark.parametrize("cited", ["the latest US intelligence", "fresh US intelligence", "recent US intelligence"])
def test_intelligence_a_speaker_cites_is_the_bodys_not_a_speaker(cited: str) -> None:
    claim = claim_with(claims_of(f"About 11,000 North Korean troops are in Kursk, said Mr Kim, who cited {cited}."),
                       "11,000")
    assert (claim.claimant, claim.via) == ("US intelligence", "Kim")


def test_bare_latest_intelligence_leaves_the_speaker_the_claim() -> None:
    claim = claim_with(claims_of("About 11,000 North Korean troops are in Kursk, said Mr Kim, who cited the latest "
                                 "intelligence."), "11,000")
    assert claim.claimant == "Kim"


def test_according_to_the_latest_us_intelligence() -> None:
    claim = claim_with(claims_of("According to the latest US intelligence, about 11,000 North Korean troops are in "
                                 "Kursk."), "11,000")
    assert claim.claimant == "US intelligence"


@pytest.mark.parametrize("role", ["prezydenta", "szefa"])
def test_a_polish_role_before_a_full_genitive_name_folds_to_the_alias(role: str) -> None:
    claim = claim_with(claims_of(f"Według {role} Wołodymyra Zełenskiego w obwodzie kurskim walczy 11 tys. żołnierzy "
                                 "z Korei Północnej."), "11 tys.")
    assert claim.claimant == "Volodymyr Zelenskyy"


# --- blind set: (sentence, claimant, via or ... when not checked, figure surface, subject or None) ------------------

BLIND = {
    "role_clause_before_said": (
        "Seoul's spy agency, which briefed lawmakers on Wednesday, said about 2,000 North Korean troops had been "
        "wounded.", NIS, None, "2,000", "casualties"),
    "belief_with_aside": (
        "US officials believe, though they have not said so publicly, that some 3,000 North Korean soldiers have "
        "been killed.", "US officials", None, "3,000", "casualties"),
    "in_a_statement_lead": (
        "In a statement, the Pentagon said roughly 10,000 North Korean troops had moved to Kursk.", "Pentagon", None,
        "10,000", "troops_deployed"),
    "channel_aside_put_at": (
        "Ukraine's HUR, in a post on Telegram, put North Korean losses at about 4,000.", HUR, "Telegram", "4,000",
        "casualties"),
    "it_is_thought_trailing_speaker": (
        "It is thought that as many as 1,500 North Korean troops have died, a NATO spokesperson said.",
        "NATO spokesperson", None, "1,500", "casualties"),
    "speaking_to_outlet": (
        "Speaking to the BBC, Ukraine's foreign minister said 12,000 North Korean soldiers were fighting in Kursk.",
        ..., "BBC", "12,000", "troops_deployed"),
    "estimated_in_a_report": (
        "Some 3,000 more troops were sent in January and February, the JCS estimated in a report to parliament.",
        "JCS", None, "3,000", "troops_deployed"),
    "role_then_named_apposition": (
        "A spokesman for Ukraine's military intelligence, Andrii Yusov, said about 200 North Korean soldiers had "
        "been killed.", "Andrii Yusov", None, "200", "casualties"),
    "inverted_with_role_after": (
        "North Korean troops have suffered about 4,000 casualties, said John Kirby, the White House national "
        "security spokesman.", "John Kirby", None, "4,000", "casualties"),
    "according_to_estimates_by": (
        "Roughly 11,000 soldiers are now in Russia, according to estimates by South Korea's National Intelligence "
        "Service.", NIS, None, "11,000", "troops_deployed"),
    "a_figure_the_body_says": (
        "The number of North Korean troops in Kursk has reached 12,000, a figure the Pentagon says is still growing.",
        "Pentagon", None, "12,000", "troops_deployed"),
    "minister_told_lawmakers": (
        "Kim Yong-hyun, the South Korean defence minister, told lawmakers that about 3,000 North Korean troops had "
        "been wounded.", "Kim Yong-hyun", ..., "3,000", "casualties"),
    "analysts_at_think_tank": (
        "Analysts at the Center for Strategic and International Studies estimate that up to 8,000 North Korean "
        "workers have arrived in Russia this year.", "Center for Strategic and International Studies", None,
        "8,000", "workers_sent"),
    "surname_claimed_on_day": (
        "Zelensky claimed on Sunday that some 3,800 North Korean soldiers had been killed or wounded.",
        "Zelensky", None, "3,800", "casualties"),
    "intelligence_gathered_by": (
        "Intelligence gathered by the NIS suggests that about 2,000 more troops are being prepared for deployment.",
        NIS, None, "2,000", "troops_deployed"),
    "daily_update_aside": (
        "Britain's Ministry of Defence, in its daily intelligence update, said about 1,200 North Korean troops had "
        "been killed.", "UK Ministry of Defence", None, "1,200", "casualties"),
    "said_citing_the_agency": (
        "More than 100 North Korean soldiers have died in Kursk, a lawmaker on the intelligence committee said, "
        "citing the NIS.", NIS, ..., "100", "casualties"),
    "speaker_inside_the_figure": (
        "As many as 7,000 North Korean troops, the Ukrainian commander said, had been moved closer to the front.",
        "Ukrainian commander", None, "7,000", "troops_deployed"),
    "according_to_role_then_name": (
        "Russia has received about 100 ballistic missiles from Pyongyang, according to Ukraine's defence "
        "intelligence chief, Kyrylo Budanov.", "Kyrylo Budanov", None, "100", None),
    "opening_citing_assessment_by": (
        "Citing an assessment by the Defense Intelligence Agency, the newspaper said 20,000 troops could be sent.",
        "Defense Intelligence Agency", ..., "20,000", "troops_deployed"),
}


@pytest.mark.parametrize("case", sorted(BLIND))
def test_blind_speaker(case: str) -> None:
    sentence, claimant, via, surface, subject = BLIND[case]
    claim = claim_with(claims_of(sentence), surface)
    if claimant is not ...:
        assert claim.claimant == claimant, (claim.claimant, claim.via)
    if via is not ...:
        assert claim.via == via, (claim.claimant, claim.via)
    if subject is not None:
        assert claim.subject == subject, claim.subject
