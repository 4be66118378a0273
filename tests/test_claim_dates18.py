"""Every claim has a date of its own: read from its sentence, resolved against its article's date.

Analysts order a figure's revisions by when each was claimed ("US officials said in December … 1,000",
"Zelensky put the total at 4,000 in early January"); the article's date alone cannot do it.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from store.analysis.claim_dates import claim_date, claim_date_label, date_label
from store.cli import main
from store.corpus import Corpus
from store.ingest_pool import prepare_file
from store.models import Article, Claim, Figure, claim_display_order

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FEB_10 = "2025-02-10"  # a Monday

# (sentence, article's published date, expected date, how it was found)
RESOLUTION = [
    # A month without a year: the latest such month not after publication.
    ("US officials said in December that around 1,000 soldiers had been killed.", FEB_10, "2024-12", "stated"),
    ("Kyiv put the total at around 4,000 in early January.", FEB_10, "2025-01", "stated"),
    ("In December 200 soldiers were captured.", "2025-12-20", "2025-12", "stated"),
    ("Last December 200 soldiers were captured.", "2025-12-20", "2024-12", "stated"),
    ("In November 2024, 10,000 troops arrived.", FEB_10, "2024-11", "stated"),
    ("As of Jan. 5, 4,000 had been killed, officials said on Tuesday.", FEB_10, "2025-01-05", "stated"),
    ("The Kremlin said on Dec. 18 that 500 died.", FEB_10, "2024-12-18", "stated"),
    # A weekday: the latest such day not after publication ("said Monday" in Monday's paper is that day).
    ("Officials said on Tuesday that 300 were killed.", FEB_10, "2025-02-04", "stated"),
    ("Officials said Monday that 300 were killed.", FEB_10, "2025-02-10", "stated"),
    ("Officials said last Monday that 300 were killed.", FEB_10, "2025-02-03", "stated"),
    # Relative expressions: the finest partial date that holds the whole span.
    ("Officials said last week that 300 were killed.", FEB_10, "2025-02", "stated"),
    ("Officials said last week that 300 were killed.", "2025-01-02", "2024-12", "stated"),
    ("Officials said last week that 300 were killed.", "2025-03-03", "2025", "stated"),
    ("Earlier this month, 3,000 more troops arrived.", FEB_10, "2025-02", "stated"),
    ("3,000 more troops arrived two weeks ago.", "2025-01-03", "2024-12", "stated"),
    ("It said 500 soldiers died last year.", FEB_10, "2024", "stated"),
    ("Officials said last month that 300 were killed.", "2025-01-20", "2024-12", "stated"),
    ("Three months ago, 3,000 more troops arrived.", FEB_10, "2024-11", "stated"),
    ("Two years ago, 3,000 workers arrived.", FEB_10, "2023", "stated"),
    ("It said yesterday that 500 soldiers died.", FEB_10, "2025-02-09", "stated"),
    ("By the end of 2024, 11,000 troops were in Kursk.", FEB_10, "2024", "stated"),
    # Which expression dates the claim: the time a count stood beats the others; a clause of its own does not.
    ("Officials said on Tuesday that as of Jan. 5, 4,000 had been killed.", FEB_10, "2025-01-05", "stated"),
    ("The troops who arrived in October number 11,000.", FEB_10, "2024-10", "stated"),
    ("Russia had 1,897 tanks in storage in 2022, which had declined to 1,082 by 2024.", FEB_10, "2022", "stated"),
    ("Over 11,000 troops were moved to Kursk, where Ukraine invaded in early August.", FEB_10, FEB_10, "published"),
    # Never the claim's date: the start of a period, a comparison, a forecast's target.
    ("Since October, 11,000 troops have been deployed.", FEB_10, FEB_10, "published"),
    ("Exports rose to 5 million shells, up from 1 million in 2023.", FEB_10, FEB_10, "published"),
    ("Up to 100,000 troops could be deployed by 2026.", FEB_10, FEB_10, "published"),
    # Counts and names that look like dates.
    ("Around 2000 troops were sent.", FEB_10, FEB_10, "published"),
    ("The Sunday Times reported 1,000 deaths.", FEB_10, FEB_10, "published"),
    ("Jan Egeland said 1,000 people died.", FEB_10, FEB_10, "published"),
    # Undated articles: a yearless month keeps its year unspecified (EDTF); relative ones stay unresolved.
    ("US officials said in December that around 1,000 soldiers had been killed.", None, "XXXX-12", "stated"),
    ("Officials said last week that 300 were killed.", None, None, None),
    ("Officials said on Tuesday that 300 were killed.", None, None, None),
    ("In November 2024, 10,000 troops arrived.", None, "2024-11", "stated"),
    ("A publication date of month precision places a month.", "2025-02", "2025-02", "published"),
    ("In May, 200 may have been captured.", "2025-02", "2024-05", "stated"),
    ("In May, 200 may have been captured.", "2025", "XXXX-05", "stated"),
    # Other languages.
    ("В декабре погибли около 1000 солдат.", FEB_10, "2024-12", "stated"),
    ("По состоянию на 5 января погибли 4000 солдат.", FEB_10, "2025-01-05", "stated"),
    ("С октября погибли 4000 солдат.", FEB_10, FEB_10, "published"),
    ("Минулого тижня загинули 300 солдатів.", FEB_10, "2025-02", "stated"),
    ("У грудні загинули 1000 солдатів.", FEB_10, "2024-12", "stated"),
    ("국정원은 12월 북한군 1000명이 사상했다고 밝혔다.", FEB_10, "2024-12", "stated"),
    ("지난주 300명이 사망했다.", FEB_10, "2025-02", "stated"),
]


@pytest.mark.parametrize(("sentence", "published", "expected", "basis"), RESOLUTION)
def test_a_claim_is_dated_by_its_own_sentence(sentence, published, expected, basis):
    figure = next((i for i, ch in enumerate(sentence) if ch.isdigit()), None)
    assert claim_date(sentence, published, figure) == (expected, basis)


def test_labels_say_how_the_date_was_found():
    assert claim_date_label("2024-12", "stated") == "Dec 2024 (stated)"
    assert claim_date_label("2025-02-10", "published") == "10 Feb 2025 (published)"
    assert claim_date_label(None, None) == "undated"
    assert date_label("XXXX-12") == "Dec, year?"
    assert date_label("2024") == "2024"


# --- the casualty revision of the seeds, and its order ---------------------------------------------------


def _casualty_claims(path: Path) -> dict[str, Claim]:
    prepared = prepare_file(path)
    return {c.main_figure.surface: c for c in prepared.claims if c.subject == "casualties" and c.main_figure}


def test_the_seed_revision_carries_its_months():
    """The seed article is undated: December and January are kept, their year unspecified, never invented."""
    claims = _casualty_claims(SEEDS / "001_4018661200a78250.txt")
    assert (claims["around 1,000"].claim_date, claims["around 1,000"].claim_date_basis) == ("XXXX-12", "stated")
    assert (claims["around 4,000"].claim_date, claims["around 4,000"].claim_date_basis) == ("XXXX-01", "stated")


def _write(tmp_path: Path, name: str, published: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(f"Kursk losses mount\n\nBy Jane Doe\nPublished: {published}\n\n{body}\n\nMore follows.\n",
                    encoding="utf-8")
    return path


@pytest.fixture
def revision_files(tmp_path: Path) -> list[Path]:
    # A later article reports the older estimate; an earlier one the newer: only the claims' own dates
    # order the revision right.
    return [
        _write(tmp_path, "later.txt", "10 February 2025",
               "US officials said in December that around 1,000 North Korean soldiers had been killed or wounded."),
        _write(tmp_path, "earlier.txt", "5 January 2025",
               "Ukraine's military said on Friday that 3,000 North Korean soldiers had been killed or wounded."),
    ]


def test_the_revision_is_ordered_by_when_each_figure_was_claimed(revision_files):
    claims, articles = [], {}
    for path in revision_files:
        prepared = prepare_file(path)
        claims += [c for c in prepared.claims if c.subject == "casualties"]
        articles.update({a.id: a for a in prepared.normalised.articles})
    ordered = sorted(claims, key=lambda c: claim_display_order(c, articles.get(c.article_id)))
    assert [(c.main_figure.value, c.claim_date) for c in ordered] == [(1000.0, "2024-12"), (3000.0, "2025-01-03")]


def test_display_order_falls_back_to_the_published_date():
    article = Article(id="a", source_file="f", source_sha256="0", ordinal=0, title="t", published="2025-01-01")
    figure = Figure(value=5.0, low=5.0, high=5.0, unit="troops", qualifier="exact", surface="5")
    stated = Claim(id="s", article_id="a", passage_id="a-000", text="", start=0, end=0, claimant=None,
                   figures=[figure], claim_date="2024-06", claim_date_basis="stated")
    unyeared = Claim(id="u", article_id="a", passage_id="a-000", text="", start=0, end=0, claimant=None,
                     figures=[figure], claim_date="XXXX-12", claim_date_basis="stated")
    published = Claim(id="p", article_id="a", passage_id="a-000", text="", start=0, end=0, claimant=None,
                      figures=[figure], claim_date="2025-01-01", claim_date_basis="published")
    ordered = sorted([published, unyeared, stated], key=lambda c: claim_display_order(c, article))
    assert [c.id for c in ordered] == ["s", "p", "u"]  # a year no one gave: placed by the article's date


# --- CLI and exports ----------------------------------------------------------------------------------------


@pytest.fixture
def revision_db(tmp_path: Path, revision_files) -> Path:
    db = tmp_path / "db.json"
    assert main(["--db", str(db), "ingest", *map(str, revision_files)]) == 0
    return db


def test_cli_claims_show_and_filter_by_claim_date(revision_db, capsys, monkeypatch):
    capsys.readouterr()
    assert main(["--db", str(revision_db), "claims", "--subject", "casualties", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {(r["value"], r["claim_date"], r["claim_date_basis"]) for r in rows} == {
        (1000.0, "2024-12", "stated"), (3000.0, "2025-01-03", "stated")}
    assert main(["--db", str(revision_db), "claims", "--subject", "casualties", "--since", "2025-01", "--json"]) == 0
    assert [r["value"] for r in json.loads(capsys.readouterr().out)] == [3000.0]
    assert main(["--db", str(revision_db), "claims", "--subject", "casualties", "--until", "2024-12-31", "--json"]) == 0
    assert [r["value"] for r in json.loads(capsys.readouterr().out)] == [1000.0]
    from store import cli_output

    monkeypatch.setattr(cli_output._console, "width", 160)  # wide: a column of its own
    assert main(["--db", str(revision_db), "claims", "--subject", "casualties"]) == 0
    table = capsys.readouterr().out
    assert "┃ date " in table and "as its sentence states it" in table
    assert "│ 2024-12 " in table and "│ 2025-01-03 " in table
    monkeypatch.setattr(cli_output._console, "width", 80)  # narrow: after the figure, the sentence keeps its room
    assert main(["--db", str(revision_db), "claims", "--subject", "casualties"]) == 0
    table = capsys.readouterr().out
    assert "┃ date " not in table and table.count("·") == 3  # after the two claims' figures, and in the footnote


def test_cli_rejects_a_malformed_date(revision_db, capsys):
    with pytest.raises(SystemExit):
        main(["--db", str(revision_db), "claims", "--since", "December"])
    assert "not a date" in capsys.readouterr().err


def test_cli_figures_rows_carry_the_claim_date(revision_db, capsys):
    capsys.readouterr()
    assert main(["--db", str(revision_db), "figures", "casualties", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert {(r["value"], r["claim_date"]) for r in rows} == {(1000.0, "2024-12"), (3000.0, "2025-01-03")}
    assert main(["--db", str(revision_db), "figures", "casualties"]) == 0
    assert "claimed" in capsys.readouterr().out


def test_exports_carry_the_claim_date(revision_db):
    from store.export import render_export

    corpus = Corpus.open(revision_db)
    passage = next(c.passage_id for c in corpus.claims if c.claim_date == "2024-12")
    rows = list(csv.DictReader(io.StringIO(render_export(corpus, [passage], "csv"))))
    assert [(r["claim_date"], r["claim_date_basis"]) for r in rows] == [("2024-12", "stated")]
    cited = json.loads(render_export(corpus, [passage], "json"))
    assert cited[0]["claims"][0]["claim_date"] == "2024-12"
    assert "dated Dec 2024 by its sentence" in render_export(corpus, [passage], "md")


# --- an older database is analysed again and gets its dates ----------------------------------------------------


def _as_written_before_claim_dates(db: Path, old: Path) -> None:
    """Copy ``db`` to ``old`` as a database written before claims had dates: no date fields, and an
    older analysers' fingerprint."""
    data = json.loads(db.read_text(encoding="utf-8"))
    for table in data.values():
        if isinstance(table, dict):
            for row in table.values():
                if isinstance(row, dict):
                    row.pop("claim_date", None)
                    row.pop("claim_date_basis", None)
                    if "analysis" in row:
                        row["analysis"] = "0123456789abcdef"  # made by other analysers
    old.write_text(json.dumps(data), encoding="utf-8")


def test_an_older_database_is_reanalysed_and_gets_dates(revision_db, tmp_path):
    """A database written before claims had dates (no fields, an older analysers' fingerprint) loads, says its
    claims are stale, and ``reanalyse`` dates them."""
    old = tmp_path / "old.json"
    _as_written_before_claim_dates(revision_db, old)
    corpus = Corpus.open(old)
    assert corpus.claims and all(c.claim_date is None for c in corpus.claims)
    assert not corpus.claims_are_current()
    assert main(["--db", str(old), "reanalyse"]) == 0
    dated = {c.main_figure.value: c.claim_date for c in Corpus.open(old).claims if c.subject == "casualties"}
    assert dated == {1000.0: "2024-12", 3000.0: "2025-01-03"}


def test_a_seed_database_of_the_previous_schema_reanalyses(tmp_path):
    """A whole corpus (the seeds: hundreds of claims), not two sentences: written before claims had dates, it
    reanalyses, and a fair share of its claims get the date their sentence states. (It was a test of one
    machine's bench database, skipped everywhere else.)"""
    from store.paths import seed_files

    fresh = tmp_path / "fresh.json"
    assert main(["--db", str(fresh), "ingest", *map(str, seed_files())]) == 0
    old = tmp_path / "old.json"
    _as_written_before_claim_dates(fresh, old)
    corpus = Corpus.open(old)
    assert len(corpus.claims) > 100 and all(c.claim_date is None for c in corpus.claims)
    assert not corpus.claims_are_current()
    assert main(["--db", str(old), "reanalyse"]) == 0
    claims = Corpus.open(old).claims
    assert Corpus.open(old).claims_are_current()
    assert sum(c.claim_date_basis == "stated" for c in claims) > len(claims) // 10
    assert sorted((c.id, c.claim_date) for c in claims) == sorted((c.id, c.claim_date) for c in Corpus.open(fresh).claims)


# --- the figure tracker's column ----------------------------------------------------------------------------


def test_tracker_column_shows_the_stated_date(revision_db):
    from store.compare import figure_table
    from dataclasses import replace

    from tui.screens.figures_table import COLUMNS, claimed_text, row_cells

    corpus = Corpus.open(revision_db)
    table = figure_table(corpus, "casualties")
    cells = {}
    for group in table.groups:
        row = group.representative
        shown = row_cells(group, row, None, expanded=False, accent="red", unit=table.unit)
        assert len(shown) == len(COLUMNS) + 1  # the sentence takes what is left
        cells[row.figure.value] = shown[[key for key, *_ in COLUMNS].index("claimed")].plain
    assert cells == {1000.0: "Dec 2024", 3000.0: "3 Jan 2025"}
    published = replace(row, claim_date="2025-02-10", claim_date_basis="published")
    assert claimed_text(published).plain == "published"


def test_tracker_sorts_by_date_the_stated_date_before_the_articles(revision_db):
    from store.compare import figure_table

    corpus = Corpus.open(revision_db)
    table = figure_table(corpus, "casualties", sort="date")
    ordered = [(g.representative.figure.value, g.representative.when) for g in table.groups]
    # Said in December in a February article; said on 3 January in a 5 January one: December first.
    assert ordered == [(1000.0, "2024-12"), (3000.0, "2025-01-03")]
    rows = {g.representative.figure.value: g.representative.to_dict() for g in table.groups}
    assert rows[1000.0]["claim_date"] == "2024-12" and rows[1000.0]["claim_date_basis"] == "stated"
