"""Claims round 28 (English): the gaps the lead listed, then a blind round of unseen outlets' phrasings.

A meeting record's speaker label holds until the next label, and the chair's "I now give the floor to the
representative of X" names who speaks next; a bare number word before "have been captured" counts the people just
named; one source relayed by another in the same sentence ("HUR gave 12,000, while officials, citing HUR, spoke of
15,000") is two claims; a count's noun followed by a group that speaks ("300 soldiers daily reports say") leaves
the count to the sentence.  Then: a table row's label names what its figure counts, single quotation marks close
a quotation as double ones do, who runs an outlet ("Kremlin-run", "state-owned") is no part of its name, a
rejection set in apposition after a claim ("…, a figure Moscow calls fiction") is the other's, not the
claimant's, prisoners of war held are prisoners taken, and "reckon" reports.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.analysis.numbers import find_figures

HUR = "Defence Intelligence of Ukraine"
NIS = "National Intelligence Service"


# --- (b), (c) a meeting record's speakers ---------------------------------------------------------------------
def test_a_meeting_records_label_carries_to_the_speakers_next_paragraphs() -> None:
    claims = claims_of(
        "Mr. Kyslytsya (Ukraine): Thank you, Madam President.",
        "According to our intelligence, some 11,000 North Korean soldiers are now in the Kursk region.",
        "Of them, 3,000 have been killed or wounded.",
        "Mr. Nebenzia (Russian Federation): I will be brief.",
        "The figure of 11,000 is a fabrication of the Kyiv regime.",
    )
    assert claim_with(claims, "some 11,000").claimant == "Kyslytsya"
    assert claim_with(claims, "3,000").claimant == "Kyslytsya"
    rejected = [c for c in claims if c.text.startswith("The figure of 11,000")]
    assert [(c.claimant, c.denied) for c in rejected] == [("Nebenzia", True)]


def test_the_chair_giving_the_floor_names_who_speaks_next_and_claims_nothing() -> None:
    claims = claims_of(
        "The President: I now give the floor to the representative of Japan.",
        "We believe some 10,000 North Korean troops remain in Kursk.",
        "The President: I give the floor to Mr. Kyslytsya.",
        "Our estimate is 12,000 North Korean troops.",
    )
    assert not any(c.text.startswith("The President") for c in claims)
    assert claim_with(claims, "10,000").claimant == "Japan"
    assert claim_with(claims, "12,000").claimant == "Kyslytsya"
    # an interview's label still speaks for its own paragraph only
    claims = claims_of("Dr Okafor: Our best estimate is 11,000 troops.", "Some 3,000 more arrived in January, HUR said.",
                       "About 500 North Korean soldiers were killed last week.")
    assert claim_with(claims, "11,000").claimant == "Okafor"
    assert claim_with(claims, "500").claimant is None


# --- (d) a prisoner count in words ----------------------------------------------------------------------------
def test_a_number_word_before_have_been_captured_counts_the_people_just_named() -> None:
    assert [f.value for f in find_figures("Two have been captured.")] == [2]
    assert [f.value for f in find_figures("Three more were taken prisoner on Friday.")] == [3]
    assert find_figures("The two were killed.") == []  # a reference, not a count
    assert find_figures("The two countries met.") == []
    claims = claims_of("North Korean soldiers are fighting in Kursk, Zelensky said.", "Two have been captured, he said.")
    claim = claim_with(claims, "Two")
    assert (claim.claimant, claim.subject, claim.figures[0].unit) == ("Zelensky", "prisoners_taken", "soldiers")
    claims = claims_of("About 11,000 North Korean soldiers are fighting in Kursk, HUR said.",
                       "Three more were taken prisoner on Friday.")
    assert claim_with(claims, "Three").subject == "prisoners_taken"


# --- (e) a source and its relay, set against each other -------------------------------------------------------
def test_a_source_and_officials_citing_it_are_two_claims() -> None:
    claims = claims_of("HUR gave 12,000, while officials, citing HUR, spoke of 15,000.")
    first, second = claim_with(claims, "12,000"), claim_with(claims, "15,000")
    assert (first.claimant, first.via) == (HUR, None)
    assert (second.claimant, second.via) == (HUR, "officials")
    claims = claims_of("Seoul said 11,000 troops were sent, while US officials, citing HUR, put the number at 15,000.")
    assert (claim_with(claims, "15,000").claimant, claim_with(claims, "15,000").via) == (HUR, "US officials")
    # "gave" with a thing handed over gives no figure
    assert claims_of("North Korea gave 12,000 shells to Russia.")[0].claimant is None


# --- (g) a group speaking after a count ------------------------------------------------------------------------
def test_a_group_that_speaks_after_a_counts_noun_leaves_the_count_to_the_sentence() -> None:
    claim = claim_with(claims_of("Some 300 North Korean soldiers daily reports say were killed, HUR said."), "300")
    assert (claim.subject, claim.figures[0].unit) == ("casualties", "soldiers")


# --- blind round ------------------------------------------------------------------------------------------------
def test_a_table_rows_label_names_what_its_figure_counts() -> None:
    claims = claims_of("Measure | Figure | Source", "Troops deployed | 11,000 | NIS", "Casualties | 3,000 | HUR",
                       "Shells supplied | 4 million | HUR")
    assert (claim_with(claims, "11,000").subject, claim_with(claims, "11,000").claimant) == ("troops_deployed", NIS)
    assert claim_with(claims, "3,000").subject == "casualties"
    assert claim_with(claims, "4 million").subject == "munitions_supplied"


def test_single_quotation_marks_close_a_quotation_before_its_tag() -> None:
    for text in ("'We lost 400 men in one day,' the officer said.", "‘We lost 400 men in one day,’ the officer said.",
                 "'He told me, \"We lost 400 men in one day,\"' the officer said."):
        claim = claim_with(claims_of(text), "400")
        assert (claim.claimant, claim.subject) == ("officer", "casualties"), text
    # a plural possessive is no quotation
    assert claim_with(claims_of("The soldiers' commander said 400 men were lost."), "400").claimant == (
        "soldiers' commander")


def test_who_runs_an_outlet_is_no_part_of_its_name() -> None:
    for text, name in (
        ("The Kremlin-run RIA said 500 North Korean engineers had arrived.", "RIA Novosti"),
        ("State-run TASS said 500 North Korean engineers had arrived.", "TASS"),
        ("The state-owned RIA Novosti agency said 500 North Korean engineers had arrived.", "RIA Novosti"),
        ("Kremlin-backed Izvestia said 500 North Korean engineers had arrived.", "Izvestia"),
        ("Pro-Kremlin Izvestia said 500 North Korean engineers had arrived.", "Izvestia"),
    ):
        assert claim_with(claims_of(text), "500").claimant == name, text


def test_ukraines_general_staff_is_one_body_however_english_copy_names_it() -> None:
    names = {claim_with(claims_of(text), "15,000").claimant for text in (
        "Ukraine's General Staff said 15,000 North Korean troops were in Kursk.",
        "The Ukrainian General Staff said 15,000 North Korean troops were in Kursk.",
        "The General Staff of Ukraine said 15,000 North Korean troops were in Kursk.",
    )}
    assert names == {"General Staff of the Armed Forces of Ukraine"}


def test_a_rejection_in_apposition_after_a_claim_is_the_others() -> None:
    for text in ("Kyiv says 1,200 North Korean soldiers were killed, a figure Moscow calls fiction.",
                 "Kyiv says 1,200 North Korean soldiers were killed — a figure Moscow dismissed as propaganda.",
                 "Kyiv says 1,200 North Korean soldiers were killed, a number the Kremlin has rejected."):
        claim = claim_with(claims_of(text), "1,200")
        assert (claim.claimant, claim.denied) == ("Kyiv", False), text
    # the claimant's own rejection still denies
    assert claim_with(claims_of("Moscow called reports that 1,200 North Korean soldiers were killed fiction."),
                      "1,200").denied


def test_prisoners_of_war_held_are_prisoners_taken() -> None:
    for text in ("Two North Korean prisoners of war are being held in Kyiv, the SBU said.",
                 "Ukraine said two North Korean POWs were in the custody of the SBU.",
                 "Two North Korean soldiers in Ukrainian custody were interrogated by the SBU, it said."):
        assert claims_of(text)[0].subject == "prisoners_taken", text
    # troops held in reserve are no prisoners, and guarantees for prisoners of war take none
    assert claims_of("Pyongyang wants 6,000 guarantees for those prisoners of war, HUR said.")[0].subject != (
        "prisoners_taken")
    assert claims_of("About 12,000 North Korean troops are being held in reserve, HUR said.")[0].subject == (
        "troops_deployed")


def test_reckon_reports_a_figure() -> None:
    claim = claim_with(claims_of("Officials in Kyiv reckon between 500 and 600 North Korean soldiers have died."), "500")
    assert claim.claimant == "Officials in Kyiv"
    assert claim_with(claims_of("Western analysts reckoned that 3,000 had been wounded."), "3,000").claimant == (
        "Western analysts")


def test_a_month_before_an_estimate_is_when_it_was_given_not_who_gave_it() -> None:
    claims = claims_of("An estimated 4,700 North Korean troops have been killed or injured, the JCS said, up from a "
                       "November estimate of 3,000.")
    assert {c.claimant for c in claims} == {"JCS"}


def test_a_figure_source_sentence_holding_the_figure_credits_it() -> None:
    for text in ("The figure of 12,000 troops came from the NIS.", "The figure – 12,000 troops – came from the NIS.",
                 "That figure, 12,000 troops, came from the NIS."):
        assert claim_with(claims_of(text), "12,000").claimant == NIS, text
    claim = claim_with(claims_of("Reuters could not independently verify the figure of 12,000 troops, which came "
                                 "from Ukraine's HUR."), "12,000")
    assert claim.claimant == HUR


def test_an_owners_figure_set_off_by_commas_is_the_owners() -> None:
    assert claim_with(claims_of("The NIS figure, 10,000, sits at the lower end of the range."), "10,000").claimant == NIS
    assert claim_with(claims_of("Kyiv's estimate, 4,000, is far higher than Seoul's."), "4,000").claimant == "Kyiv"
