"""Blind round 19: who claims what, on whose authority, in constructions the earlier rounds did not write.

Nested attribution ("X told Y the Pentagon believed …"), sources relayed "as cited by" an outlet, passive
agents ("was given to reporters by …"), claims set in brackets ("(Seoul puts the figure at around 300)"),
an owner's estimate that changes ("Seoul's estimate … was raised to 4,700"), a document or event pointing
back to its body ("The briefing said", "The panel also said"), imagery that suggests without speaking,
a confirmation relayed by an outlet, and the hedges, ranges, words and fractions figures are written in.
Every input was written for this round (none copied from a seed or an earlier test), each with what an
analyst should read off it: the claimant, the relay ("via"), the figure and what it counts.
"""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of

from store.models import Claim

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"
ISW = "Institute for the Study of War"


def _figured(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.figures]


def _only(claims: list[Claim]) -> Claim:
    found = _figured(claims)
    assert len(found) == 1, [(c.claimant, c.via, c.text) for c in claims]
    return found[0]


# --- one claim each: (paragraphs, claimant, via, first figure's value, subject) -------------------------------------
# ``None`` for the subject means "not checked" where what the figure counts is no matter of attribution.

CASES = {
    # nested attribution: the innermost source owns the figure, the one who passed it on relays it
    "told_that_estimated": (
        [("A senior South Korean official told Reuters that the National Intelligence Service estimated some 11,000 "
         "North Korean troops had been deployed.")], NIS, "senior South Korean official", 11000, "troops_deployed"),
    "told_outlet_that_agency_estimated": (
        [("Budanov told the Washington Post that Ukrainian intelligence estimated eleven thousand North Korean soldiers "
         "were in Kursk.")], "Ukrainian intelligence", "Budanov", 11000, "troops_deployed"),
    "told_outlet_body_believed_without_that": (
        ["A US defence official told CNN the Pentagon believed several hundred North Korean troops had been killed."],
        "Pentagon", "US defence official", 300, "casualties"),
    "said_body_had_told_lawmakers": (
        [("Lee Seong-kweun, a member of parliament's intelligence committee, said the NIS had told lawmakers that about "
         "3,000 more troops had been sent.")], NIS, "Lee Seong-kweun", 3000, "troops_deployed"),
    "told_outlet_citing_unnamed": (
        [("A senior official at South Korea's presidential office told Yonhap, citing intelligence, that several "
         "thousand more troops could follow.")], "senior official at South Korea's presidential office", "Yonhap",
        3000, "troops_deployed"),
    # per / citing / cited by / quoted by
    "per_a_think_tank_analysis": (
        ["North Korea has supplied roughly half of the artillery shells Russia fires in Ukraine, per a RUSI analysis."],
        "RUSI", None, 50, "ammunition_share"),
    "opening_per": (
        ["Per the ISW, more than 1,000 North Korean troops were killed in a single week."], "ISW", None, 1000,
        "casualties"),
    "opening_citing": (
        [("Citing South Korean intelligence, the Wall Street Journal reported that about 600 North Korean missile "
         "engineers were in Russia.")], "National Intelligence Service", "Wall Street Journal", 600, None),
    "said_as_cited_by_outlet": (
        ["No fewer than 1,000 North Korean soldiers have been killed, the Pentagon said, as cited by CNN."],
        "Pentagon", "CNN", 1000, "casualties"),
    "said_as_quoted_by_outlet": (
        [("Some 3,000 troops died in the assault, Ukraine's military intelligence said, as quoted by the Kyiv "
         "Independent.")], HUR, "Kyiv Independent", 3000, "casualties"),
    "per_assessment_cited_by_outlet": (
        ["About 8,000 North Korean troops are in Kursk, per a Pentagon assessment cited by Politico."], "Pentagon",
        "Politico", 8000, "troops_deployed"),
    "according_to_owned_outlet_which_cited": (
        [("According to Japan's Kyodo, which cited unnamed diplomats, about 1,000 North Korean workers reached "
         "Vladivostok.")], "unnamed diplomats", "Kyodo", 1000, None),
    "outlet_citing_body_said": (
        ["Yonhap, citing the NIS, said about 2,000 North Korean troops had been rotated home."], NIS, "Yonhap", 2000,
        None),
    "estimates_cited_by_lawmakers": (
        ["Some 300 North Korean soldiers have been killed, according to NIS estimates cited by lawmakers."], NIS,
        "lawmakers", 300, "casualties"),
    # passive agents
    "it_is_estimated_by": (
        [("It is estimated by the Institute for the Study of War that some 2,000 North Korean troops were wounded in "
         "December.")], ISW, None, 2000, "casualties"),
    "put_at_by": (
        ["The number of North Korean troops killed was put at about 300 by South Korea's spy agency."], NIS, None, 300,
        "casualties"),
    "given_to_reporters_by": (
        ["The figure — about 11,000 troops — was given to reporters by a senior Pentagon official."],
        "senior Pentagon official", None, 11000, "troops_deployed"),
    "owners_estimate_was_raised": (
        ["Seoul's estimate of North Korean casualties was raised to 4,700, from 3,000 in January."], "Seoul", None,
        4700, "casualties"),
    "figures_revised_down_the_staff_said": (
        ["Ukraine's figures were revised down to 2,500 casualties after a review, the General Staff said."],
        "General Staff", None, 2500, "casualties"),
    # sources after long appositives
    "general_with_relative_clause": (
        [("General Kyrylo Budanov, the head of Ukraine's military intelligence agency who has led it since 2020, said "
         "eleven thousand North Korean soldiers were in Kursk.")], "Kyrylo Budanov", None, 11000, "troops_deployed"),
    "think_tank_with_apposition": (
        [("The Institute for the Study of War, a Washington-based think tank that tracks the conflict daily, said about "
         "500 North Korean soldiers had been killed near Kursk.")], ISW, None, 500, "casualties"),
    "agency_with_long_relative_clause": (
        [("The NIS, which briefed lawmakers behind closed doors on Wednesday after a week of speculation in the South "
         "Korean press about the scale of the deployment, said 11,000 troops had arrived.")], NIS, None, 11000,
        "troops_deployed"),
    "lawmaker_with_two_relative_clauses": (
        [("Kim Byung-kee, the ruling party lawmaker who sits on the intelligence committee and who spoke to reporters "
         "after the session, said some 1,100 troops had been killed or injured.")], "Kim Byung-kee", None, 1100,
        "casualties"),
    "official_speaking_on_condition": (
        [("A Western official, speaking on condition of anonymity because of the sensitivity of the matter, said "
         "roughly 1,500 North Koreans had died.")], "Western official", None, 1500, "casualties"),
    # sources in brackets
    "according_to_in_brackets": (
        [("North Korea has shipped more than 20,000 containers of munitions to Russia (according to the Center for "
         "Strategic and International Studies).")], "Center for Strategic and International Studies", None, 20000,
        "munitions_supplied"),
    "acronym_in_brackets_before_estimated": (
        ["The Royal United Services Institute (RUSI) estimated that 6 million shells had been shipped."],
        "Royal United Services Institute", None, 6_000_000, "munitions_supplied"),
    "acronym_in_brackets_before_counted": (
        [("The Centre for Strategic and International Studies (CSIS) counted at least 13,000 containers shipped from "
         "Rajin.")], "Centre for Strategic and International Studies", None, 13000, "munitions_supplied"),
    "people_counted": (
        ["Ukrainian drone operators counted 43 North Korean dead after the assault."], "Ukrainian drone operators",
        None, 43, "casualties"),
    # hedged ranges and words
    "between_citing_figures_from": (
        [("Between 10,000 and 12,000 North Korean soldiers are now in Kursk, citing figures from Ukrainian military "
         "intelligence, the newspaper reported.")], HUR, None, 11000, "troops_deployed"),
    "up_to_assessment_seen_by": (
        [("Up to 15,000 North Korean troops could eventually be sent, a Western intelligence assessment seen by the "
         "Guardian said.")], "Western intelligence", "Guardian", 15000, "troops_deployed"),
    "a_dozen_or_so_believes": (
        ["Pyongyang has shipped a dozen or so KN-23 missiles, Ukraine's intelligence service believes."], HUR, None,
        12, "missiles_supplied"),
    "up_to_a_third_one_estimate_by": (
        [("Up to a third of Russia's shells now come from North Korea, according to one estimate by the Estonian "
         "military.")], "Estonian military", None, 33.333333, "ammunition_share"),
    "several_hundred_missiles": (
        ["Russia's Defence Ministry said several hundred North Korean missiles had been delivered."],
        "Russia's Defence Ministry", None, 300, "missiles_supplied"),
    "tens_of_thousands_of_workers": (
        [("Ukrainian officials estimate that tens of thousands of North Korean workers are employed at Russian "
         "factories.")], "Ukrainian officials", None, 20000, None),
    "a_third_the_institute_estimated": (
        ["A third of the shells fired by Russian forces come from North Korea, the Kiel Institute estimated."],
        "Kiel Institute", None, 33.333333, "ammunition_share"),
    "two_thirds_according_to": (
        [("Two-thirds of Russia's artillery ammunition is now of North Korean origin, according to Estonian "
         "intelligence.")], "Estonian intelligence", None, 66.666667, "ammunition_share"),
    "roughly_two_thirds_told_outlet": (
        [("Roughly two-thirds of the shells fired at Ukrainian positions in Kursk are North Korean, a Ukrainian "
         "commander told the BBC.")], "Ukrainian commander", "BBC", 66.666667, "ammunition_share"),
    "twelve_thousand_in_words": (
        ["Twelve thousand North Korean soldiers are in Russia, according to Seoul."], "Seoul", None, 12000,
        "troops_deployed"),
    # revisions
    "revised_up_from": (
        ["The Pentagon revised its estimate of North Korean casualties up to 1,200, up from 200 a month earlier."],
        "Pentagon", None, 1200, "casualties"),
    "revised_down_to": (
        ["South Korea's Joint Chiefs of Staff later revised the figure down to 3,000 troops."],
        "South Korea's Joint Chiefs of Staff", None, 3000, "troops_deployed"),
    "the_agency_said_up_from": (
        ["Ukraine's military intelligence agency said on Monday that the deployment was growing.",
         ("North Korea has sent between 10,000 and 12,000 troops, the agency said, up from an earlier estimate of "
         "8,000.")], HUR, None, 11000, "troops_deployed"),
    # unnamed sources
    "officials_familiar_with_the_matter": (
        [("Officials familiar with the matter said about a dozen North Korean ballistic missiles had been fired at "
         "Ukraine.")], "Officials familiar with the matter", None, 12, "missiles_supplied"),
    "two_people_familiar_told_outlet": (
        ["Two people familiar with the matter told Reuters that North Korea had shipped another 2 million shells."],
        "unnamed sources", "Reuters", 2_000_000, "munitions_supplied"),
    "official_who_asked_not_to_be_named": (
        [("An intelligence official, who asked not to be named, told the BBC that nearly half of Russia's shells now "
         "came from North Korea.")], "intelligence official", "BBC", 50, "ammunition_share"),
    # a ministry's document, and a ministry named by its owner
    "ministrys_latest_update_said": (
        [("The Ministry of Defence's latest intelligence update said that North Korea had likely supplied about 200 "
         "long-range artillery pieces.")], "Ministry of Defence", None, 200, None),
    "defence_ministrys_intelligence_directorate": (
        [("Ukraine's defence ministry's intelligence directorate said about 5,000 North Korean troops were stationed "
         "near Kursk.")], HUR, None, 5000, "troops_deployed"),
    # imagery analysed by a named body is the body's
    "imagery_analysed_by": (
        ["Satellite imagery analysed by Beyond Parallel shows at least 30 ships docking at Rajin."], "Beyond Parallel",
        None, 30, None),
    # a headline-like paragraph and a headline's speaker met again in the body
    "place_label_then_says": (
        ["Kursk: 3,000 North Korean troops killed or wounded, says Ukraine's HUR"], HUR, None, 3000, "casualties"),
    # the known gaps: an event or panel named again, and a confirmation relayed by an outlet
    "the_briefing_said": (
        ["South Korea's National Intelligence Service briefed lawmakers on Tuesday.",
         "The briefing said about 1,100 North Korean soldiers had been killed or wounded."], NIS, None, 1100,
        "casualties"),
    "the_panel_also_said": (
        ["A UN panel of experts published its report on Friday.",
         "The panel also said North Korea had shipped at least 9,000 containers to Russia."], "UN panel of experts",
        None, 9000, "munitions_supplied"),
    "according_to_outlet_confirmed_by_body": (
        ["According to Yonhap, the deployment of 3,000 more troops was confirmed by the Pentagon."], "Pentagon",
        "Yonhap", 3000, "troops_deployed"),
    "according_to_paper_confirmed_by_military": (
        ["According to the Korea Herald, the figure of 1,100 casualties was confirmed by South Korea's military."],
        "South Korea's military", "Korea Herald", 1100, "casualties"),
    "according_to_outlet_body_confirmed_that": (
        ["According to Yonhap, the Pentagon confirmed that 3,000 more troops had been sent."], "Pentagon", "Yonhap",
        3000, "troops_deployed"),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_claimant_relay_and_figure(case: str) -> None:
    paragraphs, claimant, via, value, subject = CASES[case]
    claim = _only(claims_of(*paragraphs))
    assert (claim.claimant, claim.via) == (claimant, via)
    assert claim.figures[0].value == pytest.approx(value)
    if subject is not None:
        assert claim.subject == subject


# --- ranges keep their bounds ----------------------------------------------------------------------------------------


def test_hedged_ranges_keep_their_bounds() -> None:
    claim = _only(claims_of(*CASES["between_citing_figures_from"][0]))
    assert (claim.figures[0].low, claim.figures[0].high) == (10000, 12000)
    claim = _only(claims_of(*CASES["up_to_assessment_seen_by"][0]))
    assert claim.hedged and claim.figures[0].high == 15000
    claim = _only(claims_of(*CASES["said_as_cited_by_outlet"][0]))
    assert (claim.figures[0].low, claim.figures[0].high) == (1000, None)  # "no fewer than": a floor
    # "as cited by CNN" is no claim of its own: CNN relays the Pentagon's figure, it says nothing.
    assert [c.claimant for c in claims_of(*CASES["said_as_cited_by_outlet"][0])] == ["Pentagon"]


# --- claims set in brackets -----------------------------------------------------------------------------------------


def test_a_bracketed_clause_with_its_own_speaker_is_a_claim_of_its_own() -> None:
    claims = claims_of("Roughly 1,000 North Korean troops have been killed (Seoul puts the figure at around 300).")
    assert claim_with(claims, "300").claimant == "Seoul"
    assert claim_with(claims, "1,000").claimant is None  # was Seoul's: the bracket's speaker owns only the bracket
    claims = claims_of("Ukraine's military intelligence (HUR) said 400 North Korean soldiers had died (the Pentagon "
                       "put the toll at about 200).")
    assert (claim_with(claims, "400").claimant, claim_with(claims, "200").claimant) == (HUR, "Pentagon")


def test_a_bracketed_owner_of_a_figure_owns_it() -> None:
    claims = claims_of("North Korea has supplied Russia with more than 100 ballistic missiles (Ukraine's figure) and "
                       "12 million shells.")
    claim = claim_with(claims, "100")
    assert (claim.claimant, claim.subject) == ("Ukraine", "missiles_supplied")


# --- two owners in one sentence --------------------------------------------------------------------------------------


def test_a_second_owners_figure_counts_what_the_first_counted() -> None:
    claims = claims_of("Ukraine's General Staff put North Korean losses at 3,800, while Seoul's figure was 3,000.")
    assert (claim_with(claims, "3,800").claimant, claim_with(claims, "3,800").subject) == (
        "General Staff of the Armed Forces of Ukraine", "casualties")  # folded as Ukrainian copy's "Генштаб ЗСУ"
    assert (claim_with(claims, "3,000").claimant, claim_with(claims, "3,000").subject) == ("Seoul", "casualties")


def test_a_bodys_count_reported_by_an_agency_is_relayed_by_it() -> None:
    claim = _only(claims_of("The Pentagon's count stands at around 11,000 troops, the Associated Press reported, "
                            "citing two US officials."))
    assert claim.via == "Associated Press"


# --- denials, rebuttals and figures nobody gave ---------------------------------------------------------------------


def test_a_figure_called_a_lie_is_denied() -> None:
    claim = _only(claims_of("Russia's foreign ministry spokeswoman said the reports of 12,000 North Korean soldiers "
                            'were "a lie".'))
    assert (claim.claimant, claim.denied) == ("Russia's foreign ministry spokeswoman", True)


def test_denials_and_rebuttals_name_the_denier() -> None:
    claim = _only(claims_of("Moscow denied that any North Korean troops were fighting in Ukraine, dismissing the "
                            "figure of 10,000 as fabricated."))
    assert (claim.claimant, claim.denied) == ("Moscow", True)
    claim = _only(claims_of('Moscow has rejected as "absurd" claims that 10,000 North Korean soldiers are fighting in '
                            "Kursk."))
    assert (claim.claimant, claim.denied) == ("Moscow", True)
    claim = _only(claims_of("The Kremlin's spokesman, Dmitry Peskov, dismissed reports of 10,000 North Korean troops as "
                            '"another hoax".'))
    assert (claim.claimant, claim.denied) == ("Dmitry Peskov", True)
    claims = claims_of('Ukraine\'s HUR said 200 North Korean soldiers had been killed; the Kremlin called the figure '
                       '"fiction".')
    assert (claim_with(claims, "200").claimant, claim_with(claims, "200").denied) == (HUR, False)
    assert [c.denied for c in claims if c.claimant == "Kremlin"] == [True]


@pytest.mark.parametrize("text", [
    "The defence ministry did not say how many North Korean soldiers had been killed.",
    "Ukraine's intelligence agency declined to say how many North Korean troops had been captured.",
    "The Kremlin did not deny that North Korean troops were in Russia, but would not say how many.",
])
def test_a_refusal_to_give_a_figure_claims_nothing(text: str) -> None:
    assert claims_of(text) == []


def test_a_claim_without_a_figure_keeps_its_speaker_and_no_figure() -> None:
    claims = claims_of("North Korean troops have suffered heavy losses, a US official said, without giving a figure.")
    assert [(c.claimant, c.figures) for c in claims] == [("US official", [])]


def test_an_outlet_unable_to_verify_a_figure_hedges_it() -> None:
    claim = _only(claims_of("Reuters was unable to independently verify the figure of 12,000 troops cited by Ukraine's "
                            "intelligence."))
    assert (claim.claimant, claim.hedged) == ("Ukraine's intelligence", True)


# --- quotations over two paragraphs, and the headline's speaker ----------------------------------------------------


def test_a_quotation_over_two_paragraphs_is_the_speaker_named_at_its_end() -> None:
    claims = claims_of('"We assess that around 12,000 troops are in Kursk.',
                       '"Of those, about 3,000 have been killed or wounded," said Colonel Andriy Kovalenko.')
    assert [(c.claimant, c.subject) for c in _figured(claims)] == [
        ("Andriy Kovalenko", "troops_deployed"), ("Andriy Kovalenko", "casualties")]
    claims = claims_of('"It is roughly 12,000 men," Zelenskyy said of the deployment.',
                       '"Half of them are already in combat," he added.')
    assert [c.claimant for c in _figured(claims)] == ["Zelenskyy", "Zelenskyy"]


def test_he_after_the_headlines_speaker_is_named_in_full() -> None:
    claims = claims_of("Kyrylo Budanov heads Ukraine's military intelligence.", "He said 3,000 of them had been wounded.",
                       title="Budanov: 12,000 North Korean troops in Kursk")
    assert (_only(claims).claimant, _only(claims).subject) == ("Kyrylo Budanov", "casualties")


# --- imagery is evidence, not a speaker -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Satellite images suggest that some 5,000 North Korean workers arrived in Vladivostok in the spring.",
    "Commercial satellite photos indicate about 200 rail cars loaded at Tumangang.",
    "Radar imagery shows at least 40 North Korean trains crossed the border in March.",
])
def test_imagery_that_suggests_or_shows_names_no_claimant(text: str) -> None:
    claim = _only(claims_of(text))
    assert claim.claimant is None  # was "Satellite": evidence the writer reads, not someone who says it


# --- the same rules on their near neighbours ------------------------------------------------------------------------


def test_an_owners_figure_tagged_by_a_speaker() -> None:
    claim = _only(claims_of("RUSI's estimate of 15,000 troops was published on Monday, the Guardian reported."))
    assert (claim.claimant, claim.via) == ("RUSI", "Guardian")  # a named owner keeps its figure, the paper relays
    claim = _only(claims_of("Seoul's estimate of 11,000 troops is accurate, the Pentagon said."))
    assert (claim.claimant, claim.via) == ("Pentagon", None)  # a country's figure vouched for by a body: the body's
    claim = _only(claims_of("The Pentagon's figure has since been revised down to 1,000 casualties."))
    assert (claim.claimant, claim.subject) == ("Pentagon", "casualties")


def test_counted_on_is_no_count() -> None:
    claim = _only(claims_of("Moscow has long counted on North Korean shells, and 6 million have arrived, Kyiv said."))
    assert claim.claimant == "Kyiv"


def test_relayed_without_a_speaker_or_confirmed_by_evidence() -> None:
    claim = _only(claims_of("About 3,000 troops were killed, as reported by the Chosun Ilbo."))
    assert (claim.claimant, claim.via) == ("Chosun Ilbo", None)  # nobody else speaks: the paper reports it
    claim = _only(claims_of("Yonhap said 3,000 troops were killed, as first reported by the Chosun Ilbo."))
    assert (claim.claimant, claim.via) == ("Yonhap", "Chosun Ilbo")
    claim = _only(claims_of("According to Yonhap, the 11,000 figure was confirmed by satellite imagery."))
    assert (claim.claimant, claim.via) == ("Yonhap", None)  # pictures confirm nothing by themselves


def test_a_briefing_given_by_two_bodies_and_footage_that_suggests() -> None:
    claims = claims_of("The Pentagon and State Department held a briefing on Monday.",
                       "The briefing said 300 North Korean soldiers had been killed.")
    assert _only(claims).claimant == "Pentagon and State Department"
    assert _only(claims_of("Drone footage suggests at least 40 North Korean soldiers died in the assault.")).claimant is None


def test_a_bracket_with_a_day_is_no_figure_of_its_own() -> None:
    claim = _only(claims_of("North Korea has shipped 20,000 containers (the Pentagon said on May 3)."))
    assert (claim.claimant, claim.figures[0].value) == ("Pentagon", 20000)


def test_a_report_contradicted_is_denied_and_stays_its_authors() -> None:
    claims = claims_of("The Pentagon said that North Korea had not sent any new troops, contradicting a report by Yonhap "
                       "that 3,000 more had arrived.")
    # was the Pentagon's, asserted: the figure it contradicts is Yonhap's
    assert [(c.claimant, c.denied) for c in claims] == [("Pentagon", True), ("Yonhap", False)]
    claims = claims_of("Kyiv contradicted Seoul's estimate that 12,000 troops had been sent.")
    assert [(c.claimant, c.denied) for c in claims] == [("Kyiv", True), ("Seoul", False)]


def test_a_source_quoted_by_a_paper_and_a_monitoring_team() -> None:
    claim = _only(claims_of("A source in South Korea's military, quoted by the Dong-A Ilbo, said about 1,500 troops had "
                            "been withdrawn."))
    assert (claim.claimant, claim.via) == ("source in South Korea's military", "Dong-A Ilbo")  # was via None
    claim = _only(claims_of("The UN sanctions monitoring team put the value of North Korean arms exports at $5.5 "
                            "billion."))
    assert claim.claimant == "UN sanctions monitoring team"  # was "team": "monitoring" ended the name


def test_a_source_set_off_between_subject_and_verb_relays_the_subject() -> None:
    claim = _only(claims_of("The Defence Intelligence Agency, according to a senior US official, believes up to 25,000 "
                            "North Korean troops could be sent."))
    assert (claim.claimant, claim.via) == ("Defence Intelligence Agency", "senior US official")  # was the official's
    claim = _only(claims_of("The NIS, according to lawmakers, estimated that 1,100 North Korean soldiers had been "
                            "killed or wounded."))
    assert (claim.claimant, claim.via) == (NIS, "lawmakers")
    # With no verb after the source, the source says it: "North Korea" is what the claim is about.
    assert _only(claims_of("North Korea, according to Seoul, has sent 12,000 troops.")).claimant == "Seoul"


def test_a_figure_put_at_no_fewer_than() -> None:
    claim = _only(claims_of('Western estimates vary, but a NATO official put the number at "no fewer than 11,000".'))
    assert (claim.claimant, claim.figures[0].low) == ("NATO official", 11000)  # was nobody's


def test_figures_compiled_by_a_body_and_shared_with_an_outlet_are_the_bodys() -> None:
    claim = _only(claims_of("According to figures compiled by the Open Source Centre and shared with Reuters, North "
                            "Korea shipped 16,000 containers."))
    assert claim.claimant == "Open Source Centre"  # was "Open Source Centre and shared with Reuters"


@pytest.mark.parametrize(("text", "claimant"), [
    ("According to Reuters, the figure of 3,000 troops has not been confirmed by the Pentagon.", "Reuters"),
    ("According to Yonhap, the 3,000 figure could not be independently confirmed by the Pentagon.", "Yonhap"),
    ("According to the NIS, the 300 deaths were confirmed by interrogations of prisoners.", NIS),
])
def test_a_confirmation_refused_or_by_no_named_body_stays_with_the_source(text: str, claimant: str) -> None:
    claim = _only(claims_of(text))
    assert (claim.claimant, claim.via) == (claimant, None)  # nobody named vouches for it: the source's own word


def test_a_bullet_run_into_a_sentence_starts_a_new_speaker() -> None:
    claims = claims_of("A NATO official said North Korean losses could now be counted in the thousands. • But Lee Jun-ho "
                       "said the losses were far lower.")
    assert [(c.claimant, [f.surface for f in c.figures]) for c in claims] == [
        ("NATO official", ["thousands"]), ("Lee Jun-ho", [])]  # was "But Lee Jun-ho", holding the official's figure


def test_a_pronoun_inside_a_quotation_is_not_its_speaker() -> None:
    claims = claims_of("The President-elect believes he can win the dictator over.",
                       "“He added that Russia's factories can build only 1,500 new tanks a year,” Dmytro Kovalchuk said.")
    assert claim_with(claims, "1,500").claimant == "Dmytro Kovalchuk"  # not the president-elect "he" pointed back to
    claims = claims_of("Han Seo-jun said the war would go on.", "Experts previously told Reuters that it would not.",
                       "He said as many as 30,000 more North Korean troops could be sent.")
    assert claim_with(claims, "30,000").claimant == "Han Seo-jun"  # "Experts" are no "he"
