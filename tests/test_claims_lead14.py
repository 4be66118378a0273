"""Claims the lead found wrong on unseen pages: a wire file, a feature page with a pull-quote, a Markdown table.

Each test is a sentence or page shape real coverage has; none comes from a seed.
"""

from __future__ import annotations

from claim_builders import article_of, claim_with, claims_of

from store.analysis.claims import extract_claims
from store.analysis.subjects import load_subject_taxonomy
from store.models import PassageKind


def test_a_pull_quote_or_caption_between_paragraphs_does_not_interrupt_a_count() -> None:
    article = article_of(
        "Around 11,000 North Korean troops are now deployed in Russia's Kursk region, Kyrylo Budanov said.",
        '"They are being trained to use drones and artillery," Budanov said.',
        '"They are being trained to use drones and artillery"',
        "North Korean soldiers at a training ground.",
        "South Korea's National Intelligence Service has put the figure higher, at about 12,000.",
    )
    article.passages[2].kind = PassageKind.PULLQUOTE
    article.passages[3].kind = PassageKind.CAPTION
    claims = extract_claims(article, load_subject_taxonomy())
    twelve = claim_with(claims, "12,000")
    assert (twelve.subject, twelve.figures[0].unit) == ("troops_deployed", "troops")


def test_a_count_three_paragraphs_back_is_still_not_continued() -> None:
    claims = claims_of(
        "Around 11,000 North Korean troops are now deployed in Kursk, Kyrylo Budanov said.",
        "Kyiv has asked for more air defence.", "The talks in Brussels ended without a deal.",
        "Officials in Seoul said the figure, at about 12,000, was higher.",
    )
    assert claim_with(claims, "12,000").subject is None


def test_a_wire_dateline_credit_is_not_a_claimant() -> None:
    claims = claims_of("SEOUL, Oct 18 (Wire Service) -- North Korea has sent 1,500 special forces troops to Russia, "
                       "South Korea's spy agency said on Friday.")
    assert all(c.claimant != "Wire Service" for c in claims)
    assert claim_with(claims, "1,500").subject == "troops_deployed"
    # A bracket after a real figure still names its source.
    assert claim_with(claims_of("Losses reached 3,000 (Defence Intelligence Service) by December."), "3,000").claimant


def test_the_last_day_of_a_span_of_dates_is_no_figure() -> None:
    for text in ("The spy agency said the troops were shipped on Russian navy vessels from Oct. 8 to 13.",
                 "The troops arrived between Nov. 3 and 5, officials said."):
        assert not [f for c in claims_of(text) for f in c.figures], text
    # A count of ships after a month and its comma is still a count.
    assert claim_with(claims_of("In October, 8 to 13 ships were used, officials said."), "8 to 13").figures[0].unit == "ships"


def test_lawmakers_briefed_by_an_agency_who_put_a_figure_relay_the_agency() -> None:
    claims = claims_of("Earlier, South Korean lawmakers briefed by the NIS put the casualties at around 300 dead.")
    claim = claim_with(claims, "300")
    assert (claim.claimant, claim.via) == ("National Intelligence Service", "South Korean lawmakers")


def test_a_table_row_of_words_under_a_source_head_is_a_row_and_counts_once() -> None:
    claims = claims_of("| Source | Estimate |", "| Pentagon | hundreds killed |", "| HUR | 4,000 killed and wounded |",
                       "| NIS | ~1,100 casualties |")
    by_claimant = {c.claimant: c for c in claims}
    assert set(by_claimant) == {"Pentagon", "Defence Intelligence of Ukraine", "National Intelligence Service"}
    for claim in claims:
        assert len(claim.figures) == 1, claim.figures  # each row's figure once
        assert claim.subject == "casualties"  # the cell's own words say so under a head that names no count
