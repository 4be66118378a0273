"""Blind round 11: sources named as labels and in brackets, relays in passives, briefed speakers, denied deeds.

The sentences follow the layouts of the round's blind inputs: explainers that
name each estimate's source in a bracket ("11,000 (NIS) to 12,000 (HUR)",
"[source: Pentagon]"), live-blog and headline labels without a quotation
("HUR: 11k …", "NIS — 3,000 more …"), "X was quoted by Yonhap as saying",
"An estimate by X, cited by Y, puts …", "Lawmakers briefed by the NIS said",
"According to him, …" and "A (Kirby): …".  None is copied from a seed or an
earlier round.  Each assertion names what an analyst reads off them.
"""

from __future__ import annotations

from claim_builders import article_of, claim_with, claims_of

from store.analysis.claims import extract_claims
from store.analysis.subjects import load_subject_taxonomy
from store.models import Claim, Passage, PassageKind


def _claims_under_heading(heading: str, *paragraphs: str) -> list[Claim]:
    article = article_of(*paragraphs)
    article.passages.insert(
        0, Passage(id="blindart01-h", article_id=article.id, kind=PassageKind.HEADING, text=heading, order=-1,
                   paragraph=0)
    )
    return extract_claims(article, load_subject_taxonomy())


# --- sources in brackets -----------------------------------------------------------------------------------


def test_each_figure_is_its_bracketed_sources() -> None:
    claims = claims_of("Estimates of the force range from 11,000 (NIS) to 12,000 (HUR).")
    assert claim_with(claims, "11,000").claimant == "National Intelligence Service"  # was None, one claim
    assert claim_with(claims, "12,000").claimant == "Defence Intelligence of Ukraine"


def test_a_source_note_in_square_brackets_owns_the_sentence() -> None:
    claims = claims_of("North Korea has shipped about 3 million artillery shells to Russia since August 2023 "
                       "[source: Pentagon].")
    assert claim_with(claims, "3 million").claimant == "Pentagon"  # was None


def test_a_surname_in_brackets_counts_beside_a_known_source_only() -> None:
    claims = claims_of("Casualty estimates vary widely: hundreds (NIS), 1,000 (Pentagon) and 4,000 (Zelensky).")
    assert [claim_with(claims, s).claimant for s in ("hundreds", "1,000", "4,000")] == [
        "National Intelligence Service", "Pentagon", "Zelensky"
    ]
    # Alone, a capitalised bracket names a unit, a weapon or a month, not a source.
    assert claim_with(claims_of("About 1,500 special forces (Storm Corps) were sent first."), "1,500").claimant is None
    assert claim_with(claims_of("Pyongyang delivered 200 rocket launchers (MLRS) last year."), "200").claimant is None


def test_a_date_after_the_bracketed_source_is_not_part_of_it() -> None:
    claims = claims_of("Troop numbers rose from 11,000 (NIS, January) to 12,000 (HUR, March).")
    assert claim_with(claims, "11,000").claimant == "National Intelligence Service"
    assert claim_with(claims, "12,000").claimant == "Defence Intelligence of Ukraine"


def test_a_source_named_inside_a_bracket_ends_at_the_bracket() -> None:
    claims = claims_of("North Korean losses (about 4,000, per HUR) mount.")
    assert claim_with(claims, "4,000").claimant == "Defence Intelligence of Ukraine"  # was "HUR) mount"


# --- labels ---------------------------------------------------------------------------------------------------


def test_a_heading_label_names_whose_figure_it_is() -> None:
    claims = _claims_under_heading("HUR: 11k North Korean troops now in Kursk", "Officials gave no more details.")
    assert claim_with(claims, "11k").claimant == "Defence Intelligence of Ukraine"  # was no claim at all
    claims = _claims_under_heading("NIS — 3,000 more North Korean troops sent to Russia", "The agency briefed MPs.")
    assert claim_with(claims, "3,000").claimant == "National Intelligence Service"
    # Labels that name no source: a place, a heading word, a dateline, an aside between dashes.
    assert _claims_under_heading("Kursk: 300 North Korean soldiers killed", "The fighting went on.") == []
    assert _claims_under_heading("Update: 3,000 more North Korean troops sent", "The fighting went on.") == []
    assert claim_with(claims_of("SEOUL — North Korea has sent 3,000 more troops."), "3,000").claimant is None
    claims = claims_of("The UN Security Council — of which Russia is a permanent member — capped deliveries at "
                       "500,000 barrels of oil a year.")
    assert claim_with(claims, "500,000").claimant is None


def test_a_surname_label_counts_when_the_article_names_the_person_in_full() -> None:
    claims = claims_of("Budanov: 12,000 North Korean soldiers now in Kursk.",
                       "Kyrylo Budanov gave the figure on national television.")
    assert claim_with(claims, "12,000").claimant == "Kyrylo Budanov"  # was None
    claims = claims_of("Budanov: 12,000 North Korean soldiers now in Kursk.")
    assert claim_with(claims, "12,000").claimant is None  # "Casualties: 300" looks the same


def test_an_answer_label_may_name_its_speaker_in_brackets() -> None:
    claims = claims_of(
        "White House national security spokesman John Kirby took questions from reporters on Wednesday.",
        "Q: How many North Korean soldiers have been killed so far?",
        "A (Kirby): We assess that several hundred have been killed, and more wounded.",
    )
    assert claim_with(claims, "several hundred").claimant == "John Kirby"  # was None


# --- relays -----------------------------------------------------------------------------------------------------


def test_quoted_by_an_outlet_as_saying_makes_the_outlet_the_relay() -> None:
    claims = claims_of("Lee Seong-kweun was quoted by Yonhap as saying that 300 North Korean soldiers had died.")
    claim = claim_with(claims, "300")
    assert (claim.claimant, claim.via) == ("Lee Seong-kweun", "Yonhap")  # was ("by Yonhap", None)


def test_an_authored_estimate_cited_by_an_outlet_is_the_authors() -> None:
    claims = claims_of("An estimate by the Korea Institute for National Unification, cited by Yonhap, puts the "
                       "deployment at 15,000.")
    claim = claim_with(claims, "15,000")
    assert (claim.claimant, claim.via) == ("Korea Institute for National Unification", "Yonhap")  # was Yonhap's


def test_a_transcript_published_by_an_outlet_is_relayed_by_the_outlet() -> None:
    claims = claims_of('"About 40% of the shells come from North Korea," Budanov said, according to a transcript '
                       "published by the Ukrainian outlet RBC.")
    assert claim_with(claims, "40%").via == "RBC"  # was "transcript"


def test_people_interviewed_by_a_paper_reach_the_article_through_it() -> None:
    claims = claims_of("As many as half of the North Korean shells are defective, according to Ukrainian soldiers "
                       "interviewed by the Financial Times.")
    claim = claim_with(claims, "half")
    assert (claim.claimant, claim.via) == ("Ukrainian soldiers", "Financial Times")  # the relay was lost


def test_lawmakers_briefed_by_an_agency_relay_its_words() -> None:
    claims = claims_of("Lawmakers briefed by the NIS said North Korea had received about $500 million in return.")
    claim = claim_with(claims, "$500 million")
    assert (claim.claimant, claim.via) == ("National Intelligence Service", "Lawmakers")  # was the lawmakers'


# --- who speaks -------------------------------------------------------------------------------------------------


def test_two_countries_officials_after_according_to_are_one_source() -> None:
    claims = claims_of("Between 10,000 and 12,000 North Korean troops are in Russia, according to U.S. and South "
                       "Korean officials.")
    assert claim_with(claims, "10,000").claimant == "U.S. and South Korean officials"  # was "the US"


def test_a_relative_clause_after_the_speaker_is_not_the_speaker() -> None:
    claims = claims_of("A defector who served in North Korea's Storm Corps told Radio Free Asia that about 200 "
                       "soldiers from his former unit had been sent.")
    claim = claim_with(claims, "200")
    assert (claim.claimant, claim.via) == ("defector", "Radio Free Asia")  # was "Storm Corps"


def test_according_to_him_points_back_to_the_last_speaker() -> None:
    claims = claims_of("Budanov said the North Korean contingent had suffered heavy losses.",
                       "According to him, about 1,200 of them had been killed in January alone.")
    assert claim_with(claims, "1,200").claimant == "Budanov"  # was None


def test_an_estimated_figure_is_no_reporting_verb() -> None:
    claims = claims_of("North Korea supplies an estimated 40% (some say 50%) of the shells fired by Russian forces, "
                       "according to the Korea Institute for Defense Analyses.")
    claim = claim_with(claims, "40%")  # the figure was lost inside the speaker "North Korea supplies an"
    assert claim.claimant == "Korea Institute for Defense Analyses"
    assert claim_with(claims_of('"We counted 300," Cho Won An said.'), "300").claimant == "Cho Won An"


# --- subjects and denials -----------------------------------------------------------------------------------


def test_a_casualty_estimate_counts_casualties() -> None:
    claims = claims_of("The NIS revised its casualty estimate down to 1,100 from about 3,000 reported earlier.")
    assert claim_with(claims, "1,100").subject == "casualties"  # was None


def test_denying_a_deed_denies_the_figures_reported_of_it() -> None:
    claims = claims_of('Pyongyang has denied sending any troops to Russia, calling reports of 10,000 soldiers '
                       '"groundless rumours".')
    claim = claim_with(claims, "10,000")
    assert (claim.claimant, claim.denied) == ("Pyongyang", True)  # was (None, False)
