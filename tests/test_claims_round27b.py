"""Claims round 27b (English and structure): what the QA sweep's unseen articles read wrongly, as general rules.

A semicolon or a second speaker with a verb of its own starts a new claim, a progressive ("was saying") is a
verb of saying, and "told me 15,000" says what follows the pronoun; the evidence a speaker cites (intercepts,
orders, battlefield reports) is no claimant; a date before a name is no part of it; a meeting record's label
("Ms. X (Country) (spoke in French):", a hearing's "Admiral X.") is the speaker, and "according to our Y" makes
Y the source, relayed by the label; "fairy tales" and "not backed by any evidence" deny; "counts 11,000" reports a
count; a bare count sent "more" counts troops; whose losses ("among North Korean units") is no unit; captured
soldiers are a count of prisoners, and counted prisoners who told interrogators something are no claimant.
None of these sentences comes from the sweep's articles.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"


def test_a_semicolon_starts_a_new_speakers_claim_even_after_a_relative_clause() -> None:
    claims = claims_of("Budanov puts the dead at 2,000; the Pentagon, which relies on allied reporting, puts "
                       "them at about 900.")
    assert claim_with(claims, "2,000").claimant == "Budanov"
    assert claim_with(claims, "900").claimant == "Pentagon"


def test_three_speakers_in_one_sentence_each_keep_their_figure() -> None:
    claims = claims_of("Seoul said 10,000 in October; by December Washington was saying 11,500, and a NATO "
                       "officer, citing captured orders, told us 14,000.")
    assert claim_with(claims, "10,000").claimant == "Seoul"
    assert claim_with(claims, "11,500").claimant == "Washington"
    assert claim_with(claims, "14,000").claimant == "NATO officer"
    # a note mark glued to the semicolon (a layout fault) still ends the clause
    claims = claims_of("Seoul said 10,000 in October;4 by December Washington was saying 11,500.")
    assert claim_with(claims, "11,500").claimant == "Washington"


def test_the_evidence_a_speaker_cites_is_no_claimant() -> None:
    claim = claim_with(claims_of("Ukrainian commanders, citing intercepted Russian radio chatter, say 600 North Korean "
                                 "soldiers have been killed."), "600")
    assert (claim.claimant, claim.via) == ("Ukrainian commanders", None)
    claim = claim_with(claims_of("The general staff, citing Russian frontline reports, said 250 North Korean soldiers had "
                                 "died."), "250")
    assert claim.claimant == "general staff"
    claim = claim_with(claims_of("Kyiv, citing seized Russian orders, says 9,000 North Korean troops moved to Kursk."),
                       "9,000")
    assert claim.claimant == "Kyiv"


def test_a_date_before_the_speaker_is_no_part_of_the_name() -> None:
    for date in ("In February 2025", "On 3 March 2025", "On Feb. 3, 2025,", "In late November 2024", "On 03/02/2025"):
        claim = claim_with(claims_of(f"{date} Kyrylo Budanov said 3,000 North Korean soldiers had died."), "3,000")
        assert claim.claimant == "Kyrylo Budanov", date


def test_a_meeting_records_label_speaks_and_passes_on_our_agency() -> None:
    claim = claim_with(claims_of("Mr. Fu Cong (China) (spoke in Chinese): The figure of 10,000 troops is a fairy "
                                 "tale."), "10,000")
    assert (claim.claimant, claim.denied) == ("Fu Cong", True)
    claim = claim_with(claims_of("Ms. Sarah Lindqvist (Sweden): According to our Military Intelligence and Security "
                                 "Service, 2,500 North Korean soldiers have been wounded."), "2,500")
    assert (claim.claimant, claim.via) == ("Military Intelligence and Security Service", "Sarah Lindqvist")
    claim = claim_with(claims_of("Mr. Hoxha (Albania): Ukrainian officials, citing battlefield reports, say that "
                                 "at least 800 North Korean soldiers have died."), "800")
    assert claim.claimant == "Ukrainian officials"


def test_a_hearings_stop_ended_label_speaks() -> None:
    claim = claim_with(claims_of("Admiral Paparo. Our assessment is that roughly 500 North Korean soldiers have "
                                 "been wounded."), "500")
    assert claim.claimant == "Paparo"


def test_unsupported_by_evidence_is_a_denial() -> None:
    claim = claim_with(claims_of("Reports of 13,000 troops are not backed by any evidence, Zakharova said."),
                       "13,000")
    assert (claim.claimant, claim.denied) == ("Zakharova", True)


def test_counts_reports_a_count() -> None:
    claim = claim_with(claims_of("The Pentagon counts about 12,000 North Korean soldiers in the Kursk region."),
                       "12,000")
    assert (claim.claimant, claim.subject) == ("Pentagon", "troops_deployed")


def test_a_bare_count_sent_more_counts_troops() -> None:
    claim = claim_with(claims_of("Pyongyang could dispatch 8,000-10,000 more, Seoul's spy agency warned."), "8,000")
    assert claim.subject == "troops_deployed"


def test_whose_losses_is_no_unit() -> None:
    claim = claim_with(claims_of("Casualties among North Korean units now stand at 2,900, the HUR says."), "2,900")
    assert (claim.claimant, claim.subject) == (HUR, "casualties")


def test_captured_soldiers_are_a_count_of_prisoners() -> None:
    claim = claim_with(claims_of("Three North Korean soldiers were taken prisoner near Sudzha, the SBU said."), "Three")
    assert claim.subject == "prisoners_taken"
    claim = claim_with(claims_of("Ukraine now holds four North Korean POWs in captivity, Zelensky said."), "four")
    assert claim.subject == "prisoners_taken"
    # killed or captured is still a count of losses, and captured Russians are no North Korean prisoners
    claim = claim_with(claims_of("Ukrainian units killed or captured 400 North Korean soldiers, Kyiv said."), "400")
    assert claim.subject == "casualties"
    claim = claim_with(claims_of("Ukrainian troops captured 40 Russian soldiers near Sudzha."), "40")
    assert claim.subject is None


def test_counted_prisoners_telling_interrogators_are_no_claimant() -> None:
    claim = claim_with(claims_of("Three prisoners, taken in February, told interrogators that 2,000 of their unit "
                                 "had been killed."), "2,000")
    assert claim.claimant is None


def test_whose_number_names_the_speaker_after_a_denial() -> None:
    claims = claims_of("Pyongyang denies deploying any units, whose strength Kyiv puts at 14,000.")
    claim = claim_with(claims, "14,000")
    assert (claim.claimant, claim.denied) == ("Kyiv", False)


def test_a_share_in_single_quotes_is_a_figure() -> None:
    claim = claim_with(claims_of("An adviser to the Ukrainian army put the North Korean share of shells at 'nearly "
                                 "half' in a podcast."), "half")
    assert claim.figures[0].value == 50


def test_gave_a_figure_of_and_spoke_of_are_verbs_of_saying() -> None:
    claim = claim_with(claims_of("The Lithuanian defence ministry gave a figure of 13,500 North Korean soldiers."),
                       "13,500")
    assert claim.claimant == "Lithuanian defence ministry"
    claim = claim_with(claims_of("Budanov spoke of about 3,000 North Korean soldiers killed."), "3,000")
    assert claim.claimant == "Budanov"


def test_the_force_losses_are_counted_among_is_a_deployment() -> None:
    claims = claims_of("About 1,200 of the 11,000 North Korean soldiers have been killed, Britain says.")
    assert claim_with(claims, "1,200").subject == "casualties"
    assert claim_with(claims, "11,000").subject == "troops_deployed"


def test_a_figure_given_after_a_count_of_troops_continues_it() -> None:
    claims = claims_of("Pyongyang has moved thousands of soldiers into Russia.",
                       "Estonia's foreign intelligence service gave a figure of 11,000, and Latvian officials spoke "
                       "of up to 14,000.")
    assert claim_with(claims, "11,000").subject == "troops_deployed"


def test_bare_figures_answer_a_question_asked_inside_a_statement() -> None:
    claims = claims_of("Kyiv says 2,500 North Korean soldiers have been wounded.",
                       "Analysts argue over how many troops Pyongyang has sent. Tokyo says 10,000; Warsaw says 13,000.")
    assert claim_with(claims, "10,000").subject == "troops_deployed"
    assert claim_with(claims, "13,000").subject == "troops_deployed"
