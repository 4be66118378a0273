"""Claims round 26b (English): what the QA sweep's unseen articles read wrongly, as general rules.

A figure corrected in the sentence that gives the right one ("…, not 25,000 as stated in a previous version") is
asserted, not denied; "the South Korean spy agency" (an adjective, no possessive) is the NIS; a broadcast
transcript's speaker label ("BLITZER:") passes nothing on; "north koreans" in lower case count the same people; a
numbered wave of troops is a deployment; "One said …" names nobody; "in the thousands" hedges; shipments are
counted as shipments; "4M+" and "11k (HUR)" are figures; "a figure X later revised to …" is X's; "contrary to
claims of 20,000" never leads; a bare figure repeating one its source gave counts what that one counted.  None of
these sentences comes from the sweep's articles or an earlier test.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"


def test_a_figure_corrected_beside_the_right_one_is_asserted() -> None:
    claim = claim_with(claims_of("Officials said 2,500 North Korean soldiers had died, not 25,000 as stated in a "
                                 "previous version of this report."), "2,500")
    assert (claim.denied, claim.figures[0].value) == (False, 2500)
    # a correction that only retracts still does
    assert claim_with(claims_of("An earlier version of this article said 15,000."), "15,000").denied


def test_a_countrys_adjective_before_its_spy_agency_names_the_agency() -> None:
    claim = claim_with(claims_of("The South Korean intelligence agency said about 3,000 North Korean soldiers had "
                                 "been wounded."), "3,000")
    assert claim.claimant == NIS
    claim = claim_with(claims_of("South Korea's spy agency said 1,500 more troops had arrived."), "1,500")
    assert claim.claimant == NIS


def test_a_transcript_speaker_label_relays_nothing() -> None:
    claim = claim_with(claims_of("BLITZER: The Pentagon says about 11,000 North Korean troops are in Kursk."),
                       "11,000")
    assert (claim.claimant, claim.via) == ("Pentagon", None)
    claim = claim_with(claims_of("WOLF BLITZER: Ukrainian officials say 200 North Korean soldiers died."), "200")
    assert (claim.claimant, claim.via) == ("Ukrainian officials", None)
    # an outlet's short name before a colon still passes the words on
    claim = claim_with(claims_of("KBS: The NIS says 1,500 North Korean troops left Wonsan."), "1,500")
    assert (claim.claimant, claim.via) == (NIS, "KBS")


def test_a_people_written_in_lower_case_is_counted_as_in_capitals() -> None:
    claim = claim_with(claims_of("Ukraine's military said 200–400 north koreans were killed near Sudzha."), "200")
    assert (claim.figures[0].unit, claim.subject) == ("north koreans", "casualties")


def test_a_numbered_wave_of_troops_is_a_deployment_but_an_assault_wave_is_not() -> None:
    claim = claim_with(claims_of("A third wave of about 2,000 soldiers could be sent, the NIS believes."), "2,000")
    assert claim.subject == "troops_deployed"
    claim = claim_with(claims_of("They advance in waves of 20 to 30 men, a Ukrainian sergeant said."), "20")
    assert claim.subject is None


def test_a_numeral_or_another_before_said_names_nobody() -> None:
    for lead in ("One", "Another"):
        claim = claim_with(claims_of(f"{lead} said 50 North Korean soldiers in his unit had died."), "50")
        assert claim.claimant is None, lead


def test_an_order_of_magnitude_hedges() -> None:
    claim = claim_with(claims_of("North Korean casualties number in the thousands, a Ukrainian commander said."),
                       "thousands")
    assert claim.hedged


def test_shipments_are_a_count_of_their_own() -> None:
    claim = claim_with(claims_of("The monitoring team counted at least 70 rail shipments of ammunition."), "70")
    assert (claim.figures[0].unit, claim.subject) == ("shipments", "arms_shipments")
    claim = claim_with(claims_of("About 40 shipments of fuel reached Nampo, the monitoring team said."), "40")
    assert claim.subject != "arms_shipments"


def test_shorthand_figures_with_a_plus_or_a_bracketed_source() -> None:
    claim = claim_with(claims_of("HUR says 4M+ shells were delivered to Russia."), "4M+")
    assert (claim.figures[0].value, claim.figures[0].unit, claim.subject) == (4_000_000, "shells",
                                                                                "munitions_supplied")
    claims = claims_of("Troop counts in Kursk: 13k (NIS), 14k (HUR), 12-15k (Pentagon).")
    read = sorted((c.figures[0].value, c.claimant, c.figures[0].unit, c.subject) for c in claims if c.figures)
    assert read == [(13000, NIS, "troops", "troops_deployed"), (13500, "Pentagon", "troops", "troops_deployed"),
                    (14000, HUR, "troops", "troops_deployed")]
    claim = claim_with(claims_of("Ukraine's general staff says ~200 KIA and ~900 WIA so far."), "~200")
    assert (claim.figures[0].unit, claim.subject) == ("casualties", "casualties")


def test_a_figure_another_body_later_revised_is_the_revisers() -> None:
    claims = claims_of("The NIS put the toll at 3,000, a number the Ukrainian military later raised to \"more than "
                       "4,000\".")
    assert claim_with(claims, "4,000").claimant == "Ukrainian military"
    assert claim_with(claims, "3,000").claimant == NIS


def test_a_figure_set_against_with_contrary_to_never_leads() -> None:
    claim = claim_with(claims_of("Contrary to claims of 20,000, HUR said 13,000 North Korean soldiers were in "
                                 "Russia."), "13,000")
    assert claim.figures[0].value == 13000


def test_a_bare_figure_repeating_its_sources_counts_the_same() -> None:
    claims = claims_of("HUR said about 2,300 North Korean soldiers had been killed or wounded since December.",
                       "Clarification: a previous version gave 2,800; the HUR figure is 2,300.")
    repeated = [c for c in claims if c.passage_id.endswith("-001")]
    assert {(c.subject, c.figures[0].unit) for c in repeated} == {("casualties", "soldiers")}
    assert [c.claimant for c in repeated if not c.denied] == [HUR]


def test_a_body_putting_the_toll_higher_under_a_speaker_label_claims_its_figure() -> None:
    claim = claim_with(claims_of("COOPER: Kyiv puts the number much higher, Anderson, roughly 5,000 killed or "
                                 "wounded."), "5,000")
    assert (claim.claimant, claim.via, claim.subject) == ("Kyiv", None, "casualties")
