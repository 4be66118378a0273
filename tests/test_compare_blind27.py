"""Blind round 27 of compare: "Unknown outlet" is no outlet to compare.

Articles whose outlet was not found (a TV subtitle file, an OCR'd scan, a hearing transcript) are each some
outlet's.  Pooled as one "outlet", they were compared as one voice, and their differing figures read as a
CONFLICT within it.  They are compared one by one: by article id on the command line, each on its own in the
TUI, and a side typed as "Unknown outlet" says so and names the articles to use instead.
"""

from __future__ import annotations

import pytest

from store.compare import CompareTarget, comparison_json, outlet_names, resolve_target
from store.corpus import Corpus
from store.errors import StoreError
from store.models import Article, Claim, Figure, Passage


def _article(article_id: str, outlet: str | None, sentence: str, claimant: str, value: float) -> tuple[Article, Claim]:
    article = Article(id=article_id, source_file=f"{article_id}.txt", source_sha256=article_id, ordinal=0,
                      title=f"Report {article_id}", outlet=outlet, published="2025-01-15")
    article.passages = [Passage(id=f"{article_id}-000", article_id=article_id, kind="body", order=0, paragraph=1,
                                text=sentence)]
    claim = Claim(id=f"c-{article_id}", article_id=article_id, passage_id=f"{article_id}-000", text=sentence, start=0,
                  end=len(sentence), claimant=claimant, via=None, subject="troops_deployed", hedged=False,
                  figures=[Figure(value=value, low=value, high=value, unit="troops", qualifier="exact", surface=str(value))])
    return article, claim


def _corpus() -> Corpus:
    records = [
        _article("vtt01", None, "Kyiv says 15,000 troops were sent.", "Kyiv", 15000),
        _article("ocr02", None, "Seoul says 11,000 troops were sent.", "NIS", 11000),
        _article("hasc03", None, "The Pentagon says 12,000 troops were sent.", "Pentagon", 12000),
        _article("rtr04", "Reuters", "Seoul says 11,000 troops were sent.", "NIS", 11000),
    ]
    return Corpus.from_records([a for a, _ in records], [c for _, c in records])


def test_unknown_outlet_is_not_among_the_outlets_a_side_can_name():
    assert outlet_names(_corpus()) == ["Reuters"]
    # An outlet whose name starts like it is an outlet still, found by part of its name.
    article, claim = _article("unk05", "Unknown Worlds Weekly", "About 12,000 troops.", "Kyiv", 12000)
    corpus = Corpus.from_records([*_corpus().articles.values(), article], [*_corpus().claims, claim])
    assert outlet_names(corpus) == ["Reuters", "Unknown Worlds Weekly"]
    assert resolve_target(corpus, "Unknown Worlds").key == "Unknown Worlds Weekly"


@pytest.mark.parametrize("typed", ["Unknown outlet", "unknown outlet", "unknown"])
def test_a_side_typed_as_the_unknown_outlet_is_refused_with_the_articles_to_name(typed: str):
    with pytest.raises(StoreError) as refused:
        resolve_target(_corpus(), typed)
    said = str(refused.value)
    assert "no outlet" in said and "3 articles" in said
    assert all(article_id in said for article_id in ("vtt01", "ocr02", "hasc03"))


def test_the_cli_comparison_of_unknown_outlet_against_an_outlet_gives_no_pooled_conflict():
    corpus = _corpus()
    with pytest.raises(StoreError):
        comparison_json(corpus, "Unknown outlet", "Reuters")
    # Named one by one, an article of no known outlet is compared on its own against the outlet's claims.
    data = comparison_json(corpus, "vtt01", "Reuters")
    assert data["left"]["type"] == "article" and data["right"]["type"] == "outlet"
    (troops,) = data["claims"]
    assert [c["claimant"] for c in troops["left"]] == ["Kyiv"]
    assert [c["claimant"] for c in troops["right"]] == ["NIS"]


def test_compare_sides_puts_an_article_against_an_outlet():
    from store.compare import compare_sides  # new in round 27: the TUI's outlet mode calls it

    corpus = _corpus()
    (troops,) = compare_sides(corpus, CompareTarget("article", "ocr02"), CompareTarget("outlet", "Reuters"))
    assert [c.article_id for c in troops.left] == ["ocr02"] and [c.article_id for c in troops.right] == ["rtr04"]
    assert not troops.conflict  # 11,000 against 11,000: the two others of no outlet do not ride along
