"""Round 26b of exports: a byline of several people is several authors in RIS and CSL-JSON, and a figure
whose subject no rule read is named as the Claims pane names it, never cited as a bare number."""

from __future__ import annotations

import dataclasses
import json

import pytest
from tui_fixtures import fixture_records

from store.corpus import Corpus
from store.export import render_export
from store.models import Figure


def _corpus(**changes) -> tuple[Corpus, str, list]:
    articles, claims = fixture_records()
    articles[0] = dataclasses.replace(articles[0], **changes)
    return Corpus.from_records(articles, claims), articles[0].passages[0].id, claims


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Hana Seo and Piotr Malek", ["Hana Seo", "Piotr Malek"]),
        ("Hana Seo, Piotr Malek and Lee Min-ji", ["Hana Seo", "Piotr Malek", "Lee Min-ji"]),
        ("Hana Seo, Piotr Malek, and Lee Min-ji", ["Hana Seo", "Piotr Malek", "Lee Min-ji"]),
        ("Hana Seo & Piotr Malek", ["Hana Seo", "Piotr Malek"]),
    ],
)
def test_ris_and_csl_json_give_each_author_their_own_field(byline: str, names: list[str]) -> None:
    corpus, passage, _ = _corpus(author=byline)
    lines = render_export(corpus, [passage], "ris").split("\r\n")
    assert [line[6:] for line in lines if line.startswith("AU  - ")] == names
    (item,) = json.loads(render_export(corpus, [passage], "csl-json"))
    assert item["author"] == [{"literal": name} for name in names]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # a collective beside two people: "Staff and agencies" is no two authors
        ("Staff and agencies; Hana Seo and Piotr Malek", ["Staff and agencies", "Hana Seo", "Piotr Malek"]),
        # surname first is one person ("Seo, Hana"), a comma with no closing "and"
        ("Seo, Hana; Piotr Malek & Lee Min-ji", ["Seo, Hana", "Piotr Malek", "Lee Min-ji"]),
        ("Kim Jong Un; Piotr Malek and Hana Seo", ["Kim Jong Un", "Piotr Malek", "Hana Seo"]),
    ],
)
def test_names_that_are_one_author_stay_whole_beside_split_ones(byline: str, names: list[str]) -> None:
    corpus, passage, _ = _corpus(author=byline)
    lines = render_export(corpus, [passage], "ris").split("\r\n")
    assert [line[6:] for line in lines if line.startswith("AU  - ")] == names
    (item,) = json.loads(render_export(corpus, [passage], "csl-json"))
    assert [a["literal"] for a in item["author"]] == names


def test_a_figure_of_no_subject_is_named_as_the_claims_pane_names_it() -> None:
    from tui.widgets.claims import UNCLASSIFIED

    articles, claims = fixture_records()
    claim = next(c for c in claims if c.figures)
    bare = dataclasses.replace(claim, subject=None, figures=[Figure(value=10, low=10, high=10, unit="", qualifier="exact",
                                                                     surface="10", start=0, end=0)])
    claims = [bare if c is claim else c for c in claims]
    corpus = Corpus.from_records(articles, claims)
    markdown = render_export(corpus, [claim.passage_id], "md")
    claim_lines = [line for line in markdown.splitlines() if line.lstrip().startswith("- ")]
    assert any(line.rstrip().endswith((f": {UNCLASSIFIED} — 10", f": {UNCLASSIFIED} — 10 (hedged)")) for line in claim_lines)
    assert not any(line.rstrip().endswith((" by the article itself: 10", ": 10")) for line in claim_lines)
    (row,) = [r for r in json.loads(render_export(corpus, [claim.passage_id], "json"))[0]["claims"] if r["figure"] == "10"]
    assert row["subject"] is None and row["subject_label"] == UNCLASSIFIED
