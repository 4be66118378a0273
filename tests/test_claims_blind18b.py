"""Blind round 18b: non-denials in any tense, figures confirmed by a second source, soldiers' pay, documents pointing
back to their authors, data compiled by a body, a revised figure named "it", and an agency's full name.

"would neither confirm nor deny" speaks as "neither confirmed nor denied" does; "first reported by Yonhap, was
later confirmed by the Pentagon" is claimed by both; "The assessment also said" is the assessment's author;
"Data compiled by X shows" is X's; "he raised it to 1,000" is the speaker named before, counting what he
counted before.  None is copied from a seed or an earlier round.  Each assertion names what an analyst reads off
the claim.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.models import Claim

NIS = "National Intelligence Service"


def _figured(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.figures]


# --- neither confirming nor denying -------------------------------------------------------------------------------


def test_a_present_or_conditional_non_denial_keeps_the_speaker() -> None:
    claim = claim_with(claims_of("The Pentagon would neither confirm nor deny reports that 3,000 more North Korean "
                                 "troops had arrived."), "3,000")
    assert (claim.claimant, claim.denied) == ("Pentagon", False)  # was nobody's
    claim = claim_with(claims_of("The Kremlin will neither confirm nor deny that 12,000 North Korean soldiers are in "
                                 "Kursk."), "12,000")
    assert (claim.claimant, claim.denied) == ("Kremlin", False)
    # A refusal still says nothing: the figure stays the reports', nobody's.
    claim = claim_with(claims_of("Kirby would not confirm reports that 1,000 North Korean soldiers had died."), "1,000")
    assert claim.claimant is None


# --- a figure confirmed by a second source -------------------------------------------------------------------------


def test_a_figure_first_reported_and_later_confirmed_is_claimed_by_both() -> None:
    claims = _figured(claims_of("The figure of 11,000 troops, first reported by Yonhap, was later confirmed by the "
                                "Pentagon."))
    # The confirmation comes first (it is the later word); the first reporter keeps its own claim of the figure.
    assert [(c.claimant, c.via, [f.value for f in c.figures]) for c in claims] == [
        ("Pentagon", None, [11000]), ("Yonhap", None, [11000])]  # was Yonhap's alone
    assert claims[1].text == "The figure of 11,000 troops, first reported by Yonhap"
    claims = _figured(claims_of("The figure of 1,100 casualties was first reported by the NIS and later confirmed by "
                                "the Pentagon."))
    assert [c.claimant for c in claims] == ["Pentagon", NIS]  # was "NIS and later"


def test_a_figure_later_confirmed_by_a_body_is_no_relay_of_the_first_reporter() -> None:
    claims = _figured(claims_of("Reuters first reported that 1,000 North Korean soldiers had been killed, a figure "
                                "later confirmed by the Pentagon."))
    assert [(c.claimant, c.via) for c in claims] == [("Pentagon", None), ("Reuters", None)]  # was Pentagon via Reuters
    claims = _figured(claims_of("The estimate of 12,000 troops, first published by the NIS, was later confirmed by "
                                "NATO."))
    assert [(c.claimant, c.via) for c in claims] == [("NATO", None), (NIS, None)]  # was NATO via NIS


def test_a_figure_nobody_confirmed_stays_the_first_reporters() -> None:
    claims = _figured(claims_of("The figure of 8,000 troops, first reported by CNN, has not been confirmed by the "
                                "Pentagon.", "The figure of 11,000 troops, first reported by Yonhap, was later "
                                "confirmed by the Pentagon."))
    assert [c.claimant for c in claims] == ["CNN", "Pentagon", "Yonhap"]  # the second was Yonhap's alone
    # A confirmation by evidence inside what a source says is that source's report.
    claim = claim_with(claims_of("An official said the 11,000 figure was confirmed by satellite imagery."), "11,000")
    assert claim.claimant == "official"
    # A body that confirms, reported by an outlet, is the body's claim relayed by the outlet (session 19).
    claim = claim_with(claims_of("According to Yonhap, the deployment of 11,000 troops was confirmed by the "
                                 "Pentagon."), "11,000")
    assert (claim.claimant, claim.via) == ("Pentagon", "Yonhap")
    # "a figure cited by" still makes the first speaker the relay of the source cited.
    claim = claim_with(claims_of("He said the payments could reach $10 billion, a figure cited by KINU."), "$10")
    assert claim.claimant == "KINU"
    # An estimate that is a verb names no figure set off by commas: the officials' estimate stays theirs.
    claim = claim_with(claims_of("South Korean officials estimate as many as 40,000 North Korean troops are in Russia, "
                                 "provided by organizing discussions with Seoul."), "40,000")
    assert claim.claimant == "South Korean officials"


# --- what a soldier earns ------------------------------------------------------------------------------------------


def test_what_soldiers_are_paid_beside_what_others_earn_is_soldiers_pay() -> None:
    claim = claim_with(claims_of("North Korean soldiers are reportedly paid $2,000 a month, a fraction of what Russian "
                                 "contract soldiers earn ($2,500)."), "$2,000")
    assert claim.subject == "soldier_pay"  # was payments: "earn" counted for Pyongyang's income
    claim = claim_with(claims_of("Each North Korean soldier is paid $2,000 a month, less than Russian contract "
                                 "soldiers earn."), "$2,000")
    assert claim.subject == "soldier_pay"
    claim = claim_with(claims_of("North Korea earned $500 million from sending soldiers to Russia."), "$500")
    assert claim.subject == "payments"  # what the state earns stays a payment


# --- a document pointing back to its author ------------------------------------------------------------------------


def test_the_assessment_named_again_is_its_authors() -> None:
    claims = claims_of('Reuters, citing a Western intelligence assessment, said Pyongyang had sent "at least 12,000" '
                       "troops.", "The assessment also said about 1,000 had been killed.")
    claim = claim_with(claims, "1,000")
    assert (claim.claimant, claim.subject) == ("Western intelligence", "casualties")  # was nobody's


def test_an_analysis_released_by_a_body_is_the_bodys() -> None:
    claims = claims_of("The Institute for the Study of War released an analysis on Friday.",
                       "The analysis said 12,000 North Korean troops were in Kursk.")
    assert claim_with(claims, "12,000").claimant == "Institute for the Study of War"  # was "analysis"
    # With no author named before, the document names nobody: no claimant called "assessment".
    claim = claim_with(claims_of("The assessment said about 1,000 had been killed."), "1,000")
    assert claim.claimant is None  # was "assessment"


# --- data compiled by a body ---------------------------------------------------------------------------------------


def test_data_compiled_by_a_body_is_its_claim() -> None:
    claim = claim_with(claims_of("Data compiled by the Open Source Centre shows 64 shipments left the port of Rajin."),
                       "64")
    assert claim.claimant == "Open Source Centre"  # was nobody's
    claim = claim_with(claims_of("Statistics gathered by the UN monitoring team show that 64 ships left Rajin."), "64")
    assert claim.claimant == "UN monitoring team"  # was nobody's ("the UN" once the words were read)
    # Goods collected are no records: nobody speaks.
    claim = claim_with(claims_of("Ammunition collected by Ukrainian forces included 64 shells."), "64")
    assert claim.claimant is None


# --- a figure revised, named "it" ----------------------------------------------------------------------------------


def test_a_speaker_raising_it_revises_the_count_before() -> None:
    claims = claims_of('Kirby had earlier put the toll at "several hundred".', "On Monday, he raised it to more "
                       "than 1,000.")
    claim = claim_with(claims, "1,000")
    assert (claim.claimant, claim.subject) == ("Kirby", "casualties")  # was nobody's, counting nothing
    claim = claim_with(claims_of("Seoul cut the estimate to 10,000 troops."), "10,000")
    assert claim.claimant == "Seoul"


# --- an agency's full name -----------------------------------------------------------------------------------------


def test_yonhap_by_its_full_name_is_yonhap() -> None:
    claim = claim_with(claims_of("Park Sun-won told Yonhap News Agency that 11,000 North Korean soldiers had been "
                                 "deployed."), "11,000")
    assert (claim.claimant, claim.via) == ("Park Sun-won", "Yonhap")  # was "Yonhap News Agency", a second relay
    claim = claim_with(claims_of("Yonhap News Agency reported that 300 North Korean soldiers had been killed."), "300")
    assert claim.claimant == "Yonhap"


def test_an_agency_the_alias_list_names_is_no_he() -> None:
    claims = claims_of("Yonhap reported that 300 North Korean soldiers had been killed.",
                       "He said 1,000 more had been wounded.")
    assert claim_with(claims, "300").claimant == "Yonhap"
    assert claim_with(claims, "1,000").claimant is None  # was "Yonhap": a one-word agency was taken for a surname


def test_news_agencies_fold_to_the_short_name_their_copy_signs_with():
    from store.analysis.name_keys import aliased

    assert aliased("Bloomberg News") == "Bloomberg"
    assert aliased("Agence France-Presse") == "AFP"
    assert aliased("the Korean Central News Agency") == "KCNA"
    assert aliased("Kyodo News") == "Kyodo"
