"""Session 26, exports: a date read one way of two is not cited as certain.

The reader shows "2024-06-05?" and says day and month could be swapped ("05/06/2024"), or that the
year was inferred ("Dec 19").  Every export printed the reading alone, as a plain date: a citation
pasted from it, or imported into Zotero, gave a date the page never settled.  Now each format says
so: Markdown beside the date, CSV and JSON in a ``date_ambiguous`` field, CSL-JSON with "circa"
and a note, RIS in a note, each with the date as printed.  A date read without doubt is unchanged.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest
from tui_fixtures import fixture_records

from store.corpus import Corpus
from store.export import render_export


def _corpus(*, ambiguous: bool, raw: str | None = "05/06/2024") -> tuple[Corpus, str]:
    articles, claims = fixture_records()
    articles[0] = dataclasses.replace(articles[0], published="2024-06-05", published_raw=raw, date_ambiguous=ambiguous)
    corpus = Corpus.from_records(articles, claims)
    return corpus, next(p.id for p in articles[0].passages if p.kind == "body")


def test_markdown_says_beside_the_date_that_it_is_uncertain_and_how_it_was_printed() -> None:
    corpus, passage = _corpus(ambiguous=True)
    cited = render_export(corpus, [passage], "md")
    assert '2024-06-05 (date uncertain: printed "05/06/2024"; day and month, or the year, may differ)' in cited


def test_csv_and_json_carry_the_flag() -> None:
    corpus, passage = _corpus(ambiguous=True)
    rows = list(csv.DictReader(io.StringIO(render_export(corpus, [passage], "csv"))))
    assert rows and all(row["date_ambiguous"] == "True" and row["published_raw"] == "05/06/2024" for row in rows)
    (item,) = json.loads(render_export(corpus, [passage], "json"))
    assert item["date_ambiguous"] is True and item["published"] == "2024-06-05"


def test_csl_json_marks_the_date_circa_and_notes_it() -> None:
    corpus, passage = _corpus(ambiguous=True)
    (item,) = json.loads(render_export(corpus, [passage], "csl-json"))
    assert item["issued"]["date-parts"] == [[2024, 6, 5]]
    assert item["issued"].get("circa") is True
    assert 'Date uncertain: read as 2024-06-05; printed "05/06/2024"' in item["note"]


def test_ris_notes_the_uncertain_date() -> None:
    corpus, passage = _corpus(ambiguous=True)
    lines = render_export(corpus, [passage], "ris").split("\r\n")
    assert "DA  - 2024/06/05/" in lines
    assert any(line.startswith("N1  - Date uncertain: read as 2024-06-05") and "05/06/2024" in line for line in lines)


def test_an_inferred_year_with_no_other_printing_says_only_that_it_is_uncertain() -> None:
    corpus, passage = _corpus(ambiguous=True, raw="2024-06-05")  # printed as it was read: nothing more to show
    cited = render_export(corpus, [passage], "md")
    assert "2024-06-05 (date uncertain: day and month, or the year, may differ)" in cited


@pytest.mark.parametrize("fmt", ["md", "csv", "json", "csl-json", "ris"])
def test_only_the_uncertain_date_gets_the_mark(fmt: str) -> None:
    certain = render_export(*_cited(ambiguous=False), fmt)
    uncertain = render_export(*_cited(ambiguous=True), fmt)
    marked = ("uncertain", '"circa"', "date_ambiguous\": true", ",True,")
    assert any(mark in uncertain for mark in marked)
    assert not any(mark in certain for mark in marked)
    # The reading itself is kept: a date to sort and file by, with its doubt beside it.
    shown = "[\n          2024,\n          6,\n          5\n        ]" if fmt == "csl-json" else "2024"
    assert shown in certain and shown in uncertain


def _cited(*, ambiguous: bool) -> tuple[Corpus, list[str]]:
    corpus, passage = _corpus(ambiguous=ambiguous)
    return corpus, [passage]
