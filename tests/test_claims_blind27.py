"""Claims round 27 (English): the gaps the lead listed, then a blind round of unseen outlets' phrasings.

A figure a correction rejects ("…, not 10,000 as first reported") is no figure of the claim; a bare count in a
contrasted clause ("…, while Kyiv puts them at 4,000") counts what the figure it is set against counts; "HUR says
~6M." is a count of six million, and of what the text just counted only when the two are of one order; a label's
bracketed relay ("NIS (via lawmaker Lee Seong-kweun, Jan 13): 11,000") keeps the label's source as claimant and
the relay as via; capitals in brackets set against each other are whose figures they are; "said reports that …
were untrue" denies.  None of these sentences comes from an earlier round's tests.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.analysis.numbers import find_figures

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"


# --- (c) a retracted figure -------------------------------------------------------------------------------------
def test_a_figure_a_correction_rejects_is_no_figure_of_the_claim() -> None:
    claim = claim_with(claims_of("Officials said 1,000 North Korean soldiers had died, not 10,000 as first reported."),
                       "1,000")
    assert [f.value for f in claim.figures] == [1000]
    claim = claim_with(claims_of("Seoul said 1,000 troops rather than 3,000 had been wounded."), "1,000")
    assert [f.value for f in claim.figures] == [1000]


def test_a_bracketed_correction_is_asserted_and_keeps_only_the_right_figure() -> None:
    claim = claim_with(claims_of("The NIS put the toll at about 1,100 (not 11,000, as an earlier version of this "
                                 "story said)."), "1,100")
    assert (claim.claimant, claim.denied, [f.value for f in claim.figures]) == (NIS, False, [1100])


# --- (b) a bare count set against another source's --------------------------------------------------------------
def test_a_bare_count_in_a_contrasted_clause_counts_what_the_first_counted() -> None:
    claims = claims_of("Seoul puts North Korean losses at 3,000, while Kyiv puts them at 4,000.")
    assert (claim_with(claims, "4,000").claimant, claim_with(claims, "4,000").subject) == ("Kyiv", "casualties")
    claims = claims_of("Pyongyang has shipped some 4 million shells, say Seoul officials, but Kyiv says 6 million.")
    assert claim_with(claims, "6 million").subject == claim_with(claims, "4 million").subject == "munitions_supplied"


def test_a_range_whose_ends_name_their_own_capitals_is_two_claims() -> None:
    claims = claims_of("Estimates of North Korean losses range from 1,000 (Seoul) to 4,000 (Kyiv).")
    upper = claim_with(claims, "4,000")
    assert (claim_with(claims, "1,000").claimant, upper.claimant, upper.subject) == ("Seoul", "Kyiv", "casualties")
    # one capital alone in brackets may be where the figure is set: nobody's claim
    assert claim_with(claims_of("Some 12,000 troops were sent (Seoul)."), "12,000").claimant is None


# --- (d) a figure with no noun after it -------------------------------------------------------------------------
def test_a_capital_m_closing_its_clause_is_millions() -> None:
    assert [(f.value, f.unit) for f in find_figures("HUR says ~6M.")] == [(6_000_000, "")]
    assert find_figures("The tower is 20m.") == []  # metres, in lower case


def test_a_bare_said_figure_counts_the_count_before_only_when_of_the_same_order() -> None:
    claims = claims_of("North Korea has shipped millions of artillery shells to Russia, according to Ukraine.",
                       "HUR says ~6M.")
    assert claim_with(claims, "~6M").subject == "munitions_supplied"
    claims = claims_of("South Korea said 12,000 North Korean troops had been sent to Russia.", "HUR says ~6M.")
    assert claim_with(claims, "~6M").subject is None  # six million troops: ambiguous, so no subject


# --- (e) a label with a bracketed relay -------------------------------------------------------------------------
def test_a_labels_bracketed_relay_and_date_leave_the_label_its_source() -> None:
    claim = claim_with(claims_of("NIS (via lawmaker Lee Seong-kweun, Jan 13): 11,000 North Korean troops"), "11,000")
    assert (claim.claimant, claim.via, claim.subject) == (NIS, "Lee Seong-kweun", "troops_deployed")
    claim = claim_with(claims_of("HUR (via Ukrainska Pravda): 4,000 casualties"), "4,000")
    assert (claim.claimant, claim.via) == (HUR, "Ukrainska Pravda")
    claim = claim_with(claims_of("NIS (Jan 13): 11,000 North Korean troops"), "11,000")
    assert (claim.claimant, claim.via) == (NIS, None)


# --- (g) in English too: the Pentagon by its department's name --------------------------------------------------
def test_the_us_department_of_defense_is_the_pentagon() -> None:
    claim = claim_with(claims_of("The U.S. Department of Defense said 10,000 North Korean troops were in Russia."),
                       "10,000")
    assert claim.claimant == "Pentagon"


# --- blind round ------------------------------------------------------------------------------------------------
def test_reports_said_to_be_untrue_or_inaccurate_are_denied() -> None:
    claim = claim_with(claims_of("Kremlin spokesman Dmitry Peskov said reports that 10,000 North Korean soldiers "
                                 "were in Russia were untrue."), "10,000")
    assert (claim.claimant, claim.denied) == ("Dmitry Peskov", True)
    claim = claim_with(claims_of("The Russian embassy said the figure of 11,000 was inaccurate."), "11,000")
    assert claim.denied


def test_a_source_after_though_claims_only_its_own_clause() -> None:
    claims = claims_of("Russia uses North Korean shells for about 50% of its artillery fire, though Estonia puts it "
                       "at 60%.")
    assert (claim_with(claims, "50%").claimant, claim_with(claims, "60%").claimant) == (None, "Estonia")
    claims = claims_of("North Korea has sent about 11,000 troops, although Kyiv says 12,000.")
    assert (claim_with(claims, "11,000").claimant, claim_with(claims, "12,000").claimant) == (None, "Kyiv")


def test_according_to_with_no_comma_before_its_clause_names_only_the_source() -> None:
    claims = claims_of("The Pentagon estimates 11,000 North Korean troops are in Kursk, while according to Kyiv "
                       "there are 12,000.")
    first, second = claim_with(claims, "11,000"), claim_with(claims, "12,000")
    assert (first.claimant, first.via, second.claimant, second.subject) == ("Pentagon", None, "Kyiv",
                                                                          "troops_deployed")


def test_with_a_source_putting_it_at_a_figure_claims_that_figure() -> None:
    claims = claims_of("The Pentagon estimates 11,000 North Korean troops are in Kursk, with Kyiv putting it at 12,000.")
    assert (claim_with(claims, "11,000").claimant, claim_with(claims, "12,000").claimant) == ("Pentagon", "Kyiv")
    assert claim_with(claims, "12,000").subject == "troops_deployed"


def test_a_european_thousands_group_ending_in_hundreds_at_a_clause_end_in_english_copy() -> None:
    claim = claim_with(claims_of("North Korean losses stand at 3.800, the Ukrainian General Staff said."), "3.800")
    assert claim.figures[0].value == 3800
    # a group that may be a decimal keeps its reading in English copy
    assert [f.value for f in find_figures("The index rose to 3.125, the report said.")] == [3.125]


def test_a_european_source_in_brackets_ends_at_the_bracket() -> None:
    claim = claim_with(claims_of("North Korean troops: 11 000 (selon Séoul)"), "11 000")
    assert claim.claimant == "Seoul"
    claim = claim_with(claims_of("Corea del Norte ha enviado 11.000 soldados (según el Pentágono)."), "11.000")
    assert claim.claimant == "Pentagon"


def test_a_denial_before_another_sources_relative_clause_is_not_that_sources() -> None:
    claim = claim_with(claims_of("Moscow has consistently denied the presence of North Korean troops, which Kyiv puts "
                                 "at 11,000."), "11,000")
    assert (claim.claimant, claim.denied, claim.hedged) == ("Kyiv", False, False)


def test_a_hedge_quoted_on_its_own_still_hedges_the_figure_after_it() -> None:
    figure = claim_with(claims_of("Pyongyang has shipped 'at least' 5 million shells, Ukraine's defence intelligence "
                                  "chief Kyrylo Budanov told the Japanese daily Asahi Shimbun."), "5 million").figures[0]
    assert (figure.qualifier, figure.surface, figure.value) == ("at_least", "'at least' 5 million", 5_000_000)
