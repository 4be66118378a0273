"""Blind round 8, second pass: relays inside "according to", nested speakers, running totals and revisions,
list labels, model plurals, formation strengths, ages and distances, and speakers named again.

The sentences follow the layouts the round's blind files left open (a think
tank's report passed on by a newspaper; a lawmaker saying what an agency
believes; an increment and the total it brings; an estimate later revised; a
bulleted list of countries' figures; missiles counted by model; "units
numbering …"; an age, a distance and a verb after a plural; an acronym never
spelled out in brackets; "the analysts" and "the person" named again).  None is
copied from a seed or a blind file.  Each assertion names what an analyst reads off them.
"""

from __future__ import annotations

from store.analysis.claims import extract_claims
from store.analysis.numbers import find_figures
from store.analysis.subjects import load_subject_taxonomy
from store.models import Article, Claim, Passage, PassageKind


def article_of(*paragraphs: str | tuple[PassageKind, str]) -> Article:
    passages = []
    for i, paragraph in enumerate(paragraphs):
        kind, text = paragraph if isinstance(paragraph, tuple) else (PassageKind.BODY, paragraph)
        passages.append(
            Passage(id=f"b8bart0001-{i:03d}", article_id="b8bart0001", kind=kind, text=text, order=i, paragraph=i + 1)
        )
    return Article(id="b8bart0001", source_file="b8b.txt", source_sha256="0" * 64, ordinal=0, title="Test",
                   outlet="Example Wire", passages=passages)


def claims_of(*paragraphs: str | tuple[PassageKind, str]) -> list[Claim]:
    return extract_claims(article_of(*paragraphs), load_subject_taxonomy())


def claim_with(claims: list[Claim], surface_part: str) -> Claim:
    found = [c for c in claims if c.figures and any(surface_part in f.surface for f in c.figures)]
    assert len(found) == 1, [(c.claimant, c.text, [f.surface for f in c.figures]) for c in claims]
    return found[0]


# --- 1: "according to X cited by Y": X says it, Y passed it on ----------------------------------------------


def test_a_report_cited_by_a_paper_keeps_the_paper_as_relay() -> None:
    claims = claims_of(
        "Pyongyang provided as much as half of the shells fired by Russian gunners, according to a study by "
        "the Korea Institute for Defense Analyses cited by the Guardian."
    )
    claim = claim_with(claims, "half")
    assert claim.claimant == "Korea Institute for Defense Analyses"
    assert claim.via == "Guardian"  # was lost: the study's figure reached the article through the paper


def test_an_acronym_report_cited_by_a_paper_is_the_reports_not_the_papers() -> None:
    claims = claims_of("About 7,000 North Korean soldiers were wounded, according to an ISW report quoted by Reuters.")
    claim = claim_with(claims, "7,000")
    assert claim.claimant == "ISW"  # was "Reuters": the relay had become the source
    assert claim.via == "Reuters"


def test_figures_reported_by_a_ministry_are_the_ministrys() -> None:
    claims = claims_of("More than 900 were killed, according to figures reported by the defence ministry.")
    claim = claim_with(claims, "900")
    assert claim.claimant == "defence ministry"  # was "figures reported by the defence ministry"
    assert claim.via is None


# --- 2: "A said the agency believed …": the agency claims it, A relays it -------------------------------------


def test_a_lawmaker_saying_what_an_agency_believes_relays_the_agency() -> None:
    claims = claims_of(
        "The Defense Intelligence Agency briefed the committee on Tuesday.",
        "Senator Jane Holloway, who chairs the panel, said the agency believed about 400 North Koreans had been "
        "killed.",
    )
    assert len([c for c in claims if c.passage_id.endswith("001")]) == 1  # no bare "Holloway said" claim
    claim = claim_with(claims, "400")
    assert claim.claimant == "Defense Intelligence Agency"
    assert claim.via == "Jane Holloway"


def test_a_speaker_who_believes_it_himself_relays_nobody() -> None:
    claims = claims_of("General Mark Dolan said he believed 2,000 more would arrive.")
    claim = claim_with(claims, "2,000")
    assert claim.claimant == "Mark Dolan"
    assert claim.via is None


# --- 3 and 4: the current count first: a running total over its increment, a revision over the figure it replaced


def test_a_running_total_is_the_main_figure_and_the_increment_follows() -> None:
    claims = claims_of(
        "Pyongyang dispatched a further 1,500 soldiers last month, taking the total number to roughly 13,500, "
        "Ukraine's intelligence agency said."
    )
    claim = claim_with(claims, "13,500")
    assert [f.surface for f in claim.figures] == ["roughly 13,500", "1,500"]


def test_for_a_total_of_puts_the_total_first() -> None:
    claims = claims_of("Another 600 arrived in March, for a total of 11,600 troops, officials said.")
    assert claim_with(claims, "11,600").figures[0].surface == "11,600"


def test_an_estimate_later_revised_lists_the_revised_figure_first() -> None:
    claims = claims_of("Kyiv first put the toll at 1,200 killed, but later lowered it to 900.")
    claim = claim_with(claims, "900")
    assert [f.surface for f in claim.figures] == ["900", "1,200"]
    assert claim.subject == "casualties"


# --- 5: a list item's label names whose figures it gives -----------------------------------------------------


def test_a_bullet_labelled_with_a_country_is_that_countrys() -> None:
    claims = claims_of(
        "Estimates differ widely:",
        (PassageKind.BULLET, "Japan: roughly 12,500 troops"),
        (PassageKind.BULLET, "Troops: 9,000 according to earlier counts"),
        (PassageKind.BULLET, "Seoul: talks resume on Monday"),
    )
    assert claim_with(claims, "12,500").claimant == "Japan"  # was no claimant at all
    assert claim_with(claims, "9,000").claimant != "Troops"  # a label naming what is counted names nobody
    assert not [c for c in claims if c.claimant == "Seoul"]  # a brief's dateline with no figure claims nothing


def test_a_labelled_bullet_citing_a_source_is_the_sources_with_no_label_relay() -> None:
    claims = claims_of(
        "Estimates differ widely:",
        (PassageKind.BULLET, 'South Korea: "about 11,500" troops, according to the Joint Chiefs of Staff'),
    )
    claim = claim_with(claims, "11,500")
    assert claim.claimant == "Joint Chiefs of Staff"  # was "South Korea" via the JCS
    assert claim.via is None


# --- 6 and 7: what a figure counts when no plain noun says so -------------------------------------------------


def test_model_plurals_count_missiles() -> None:
    claims = claims_of(
        "Ukrainian officials said Russia had received roughly 60 Hwasong-11s and at least 20 KN-24s.",
        "Officials said Moscow had also been sent about 30 Iskanders.",
    )
    assert claim_with(claims, "60").subject == "missiles_supplied"
    assert claim_with(claims, "about 30").subject == "missiles_supplied"
    assert claim_with(claims, "about 30").figures[0].unit == "Iskanders"  # the model stays as the unit


def test_a_formation_numbering_thousands_counts_troops() -> None:
    claims = claims_of("Kyiv said North Korean forces numbering about 11,000 were fighting in the region.")
    claim = claim_with(claims, "11,000")
    assert claim.figures[0].unit == "troops"
    assert claim.subject == "troops_deployed"


# --- 8: ages and distances are no figures; a verb after a plural is no unit ------------------------------------


def test_ages_are_no_figures() -> None:
    assert find_figures("Most of the prisoners were no older than 19.") == []
    assert find_figures("The recruits, aged 18 to 24, arrived in October.") == []
    assert [f.surface for f in find_figures("Some 300 soldiers aged 20 arrived.")] == ["Some 300"]


def test_distances_are_no_figures() -> None:
    assert find_figures("The depot lies 60 kilometres from the front.") == []
    claims = claims_of("The convoy drove 120 miles overnight.")
    assert claims == []  # was an unattributed claim of "120 miles"


def test_a_verb_after_a_plural_count_is_not_its_unit() -> None:
    assert [f.unit for f in find_figures("Locals saw 25 lorries pass the checkpoint.")] == ["lorries"]
    assert [f.unit for f in find_figures("Up to 80 railcars cross each week.")] == ["railcars"]


# --- 9: a speaker named again: an acronym never bracketed, "the analysts", "the person" ------------------------


def test_an_acronym_spelled_by_a_named_bodys_initials_is_that_body() -> None:
    claims = claims_of(
        "About 2,000 more troops have arrived, Ukraine's Main Intelligence Directorate said on Friday.",
        "The MID added that 300 of them were engineers.",
    )
    # was "MID"; the agency's spelled-out name is folded to the name the alias list gives Ukraine's HUR
    assert claim_with(claims, "300").claimant == claim_with(claims, "2,000").claimant == "Defence Intelligence of Ukraine"


def test_a_persons_initials_are_no_acronym() -> None:
    claims = claims_of("Ahn Chan-il said 3,000 had died.", "The AC said 500 had been wounded.")
    assert claim_with(claims, "500").claimant != "Ahn Chan-il"


def test_the_analysts_are_those_of_the_body_named_with_them_before() -> None:
    claims = claims_of(
        "Researchers at the Royal United Services Institute said 5 million shells had been shipped.",
        "A Ukrainian commander said his unit had counted 40 assaults.",
        "Russia's stockpiles remain large.",
        "The researchers said at least 100 missiles had also been shipped.",
    )
    assert claim_with(claims, "100").claimant == "Royal United Services Institute"  # was "researchers"


def test_the_person_is_the_unnamed_source_introduced_before() -> None:
    claims = claims_of(
        "About 1,000 more engineers will be sent, according to a person with knowledge of the plans.",
        "The person said another 500 workers could follow.",
    )
    assert claim_with(claims, "1,000").claimant == claim_with(claims, "500").claimant == "unnamed sources"
