"""Exports of a whole article and of a claim with several figures leave nothing out silently (round 27)."""

import csv
import io
import json

from store.corpus import Corpus
from store.export import passage_ids_as_typed, render_export
from store.models import Article, Claim, Figure, Passage


def _article_with_kinds() -> Corpus:
    # A wiki page saved as text: its "Casualties" section read as a heading and its prose as a caption,
    # a dek above, a pull quote that repeats the body.
    article = Article(id="w1", source_file="wiki.txt", source_sha256="w", ordinal=0, title="North Korean troops",
                      outlet="Wikipedia", published="2025-01-20")
    texts = [
        ("dek", None, "Deployment of the Korean People's Army to Russia."),
        ("body", 1, "In October 2024 North Korea sent soldiers to the Kursk region."),
        ("heading", None, "Casualties"),
        ("caption", None, "In January 2025 Volodymyr Zelensky said that about 4,000 had been killed or wounded."),
        ("pullquote", None, "North Korea sent soldiers to the Kursk region."),
        ("body", 2, "Seoul's spy agency gave lower numbers."),
    ]
    article.passages = [Passage(id=f"w1-{n:03d}", article_id="w1", kind=kind, order=n, paragraph=para, text=text)
                        for n, (kind, para, text) in enumerate(texts)]
    return Corpus.from_records([article], [])


def test_an_article_id_exports_its_headings_and_captions_in_reading_order():
    corpus = _article_with_kinds()
    ids, whole = passage_ids_as_typed(corpus, ["w1"])
    assert whole == ["w1"]
    kinds = [corpus.passage(pid).kind for pid in ids]
    assert kinds == ["dek", "body", "heading", "caption", "body"]  # the pull quote repeats body text: left out
    text = render_export(corpus, ids, "md")
    assert "> In January 2025 Volodymyr Zelensky said that about 4,000" in text
    # Each passage with no paragraph number is cited by its kind, so the analyst sees what it was read as.
    assert "`wiki.txt`, caption, passage `w1-003`" in text
    assert "`wiki.txt`, heading, passage `w1-002`" in text
    assert text.index("Casualties") < text.index("Zelensky") < text.index("spy agency")


def test_an_article_id_beside_a_passage_id_keeps_both_in_the_order_typed():
    corpus = _article_with_kinds()
    ids, _ = passage_ids_as_typed(corpus, ["w1-005", "w1"])
    assert ids[0] == "w1-005" and "w1-003" in ids


def _two_figure_claim() -> Corpus:
    text = "Zelensky says 4,000 killed or wounded; the NIS says about 1,000."
    article = Article(id="z1", source_file="ledger.html", source_sha256="z", ordinal=0, title="Counting",
                      outlet="The Ledger", published="2025-01-18")
    article.passages = [Passage(id="z1-000", article_id="z1", kind="body", order=0, paragraph=1, text=text)]
    claim = Claim(
        id="c1", article_id="z1", passage_id="z1-000", text=text, start=0, end=len(text), claimant="Volodymyr Zelensky",
        via=None, subject="casualties", hedged=True,
        figures=[Figure(value=4000, low=4000, high=4000, unit="casualties", qualifier="exact", surface="4,000"),
                 Figure(value=1000, low=900, high=1100, unit="casualties", qualifier="approx", surface="about 1,000")],
    )
    return Corpus.from_records([article], [claim])


def test_markdown_lists_every_figure_of_a_claim_the_main_one_first():
    line = next(x for x in render_export(_two_figure_claim(), ["z1-000"], "md").splitlines() if "Claim by" in x)
    assert "4,000 casualties" in line and "1,000 casualties" in line
    assert line.index("4,000") < line.index("1,000")


def test_csv_ris_and_csl_carry_the_second_figure_too():
    corpus = _two_figure_claim()
    row = next(csv.DictReader(io.StringIO(render_export(corpus, ["z1-000"], "csv"))))
    assert row["figure"] == "4,000 casualties"  # the main figure's columns are as before
    assert row["figures"].split("; ") == ["4,000 casualties", "≈ 1,000 casualties"]
    assert "1,000 casualties" in json.loads(render_export(corpus, ["z1-000"], "csl-json"))[0]["note"]
    ris = render_export(corpus, ["z1-000"], "ris")
    assert "Claim (Volodymyr Zelensky)" in ris and "1,000 casualties" in ris.split("Claim (Volodymyr Zelensky)")[1]
    assert json.loads(render_export(corpus, ["z1-000"], "json"))[0]["claims"][0]["figures"][1] == "≈ 1,000 casualties"
