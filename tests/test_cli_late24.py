"""Late round 24 of the command line: an article's own correction reads "retracted by the article" in every
listing (compare, figures, claims), as in the exports and the figure tracker, and the help tells the truth
about what compare and ingest do.

"An earlier version of this article said 15,000 troops had arrived" is denied by no one: the article
withdraws its own figure.  The corpus is written here, two short articles of two outlets, and ingested
through the command line.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

RETRACTED = "retracted by the article"  # the exports' and the figure tracker's wording

CORRECTED = ("Title: North Korean troops reach Russia\nOutlet: Daily Ledger\nDate: 2024-11-05\n\n"
             "The Pentagon said 11,000 North Korean troops had arrived in Russia's Kursk region.\n\n"
             "Correction: An earlier version of this article said 15,000 troops had arrived.\n")
OTHER = ("Title: Seoul counts the troops\nOutlet: Harbour Times\nDate: 2024-11-06\n\n"
         "South Korea's spy agency said 12,000 North Korean troops had arrived in Russia.\n")


def nkru(*args: str, columns: int = 200) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui.main", *args], capture_output=True, text=True, timeout=300,
                          check=False, env={**os.environ, "COLUMNS": str(columns)})


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("h148_corrections")
    (folder / "corrected.txt").write_text(CORRECTED, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    path = str(folder / "db.json")
    result = nkru("ingest", str(folder), "--db", path)
    assert result.returncode == 0, result.stderr
    return path


def _article_ids(db: str) -> dict[str, str]:
    result = nkru("articles", "--json", "--db", db)
    assert result.returncode == 0, result.stderr
    return {article["outlet"]: article["id"] for article in json.loads(result.stdout)}


def _correction(db: str) -> dict:
    result = nkru("claims", "--json", "--db", db)
    (claim,) = [c for c in json.loads(result.stdout) if c["value"] == 15000]
    assert claim["denied"] and not claim["claimant"], "the analyser reads the correction as the article's retraction"
    return claim


def _record_claimants(output: str) -> list[str]:
    """The claimant of each record of a listing printed as records (a terminal too narrow for its table)."""
    return [line.split(":", 1)[1].strip() for line in output.splitlines() if line.startswith("claimant:")]


@pytest.mark.parametrize("sides", [("Daily Ledger", "Harbour Times"), "article ids"])
def test_compare_lists_a_correction_as_retracted_by_the_article(db: str, sides) -> None:
    _correction(db)
    if sides == "article ids":
        ids = _article_ids(db)
        sides = (ids["Daily Ledger"], ids["Harbour Times"])
    result = nkru("compare", *sides, "--db", db)
    assert result.returncode == 0, result.stderr
    (line,) = [line for line in result.stdout.splitlines() if "15,000" in line and "·" in line]
    who = line.split("·")[1].strip()
    assert who == RETRACTED, line
    assert "denied" not in result.stdout


@pytest.mark.parametrize("verb", [("figures", "troops"), ("claims",)])
def test_figures_and_claims_name_a_correction_as_the_tracker_does(db: str, verb) -> None:
    from store.compare import figure_table
    from store.corpus import Corpus

    _correction(db)
    result = nkru(*verb, "--db", db, columns=60)
    assert result.returncode == 0, result.stderr
    claimants = _record_claimants(result.stdout)
    assert sorted(claimants) == ["National Intelligence Service", "Pentagon", RETRACTED], claimants
    tracker = figure_table(Corpus.open(db), "troops_deployed")
    texts = {g.representative.claimant_text for g in tracker.groups}
    assert RETRACTED in texts, "one wording everywhere: the figure tracker's too"


def test_a_denial_with_no_claimant_never_reads_denied_by_a_dash() -> None:
    from store.cli_claimant_words import claimant_words

    assert claimant_words(None, denied=True, nobody="-") == RETRACTED
    assert claimant_words("the Kremlin", denied=True) == "denied by the Kremlin"
    assert claimant_words(None, nobody="-") == "-"
    assert claimant_words("Pentagon", via="Yonhap") == "Pentagon via Yonhap"


def _verb_summary(help_text: str, verb: str) -> str:
    """A verb's one-line summary in the top-level help, its wrapped lines joined."""
    match = re.search(rf"^ {{4}}{verb} +(.*?)(?=^ {{4}}\w|\n\n)", help_text, re.S | re.M)
    assert match, help_text
    return " ".join(match.group(1).split())


def test_the_top_level_help_says_outlets_are_compared_by_subject() -> None:
    result = nkru("--help")
    summary = _verb_summary(result.stdout, "compare")
    assert "passage by passage" in summary and "subject" in summary, summary
    compare_help = " ".join(nkru("compare", "--help").stdout.split())
    assert "outlet" in compare_help and "by subject" in compare_help


def test_ingest_help_says_folders_are_read_recursively_and_hidden_entries_skipped(tmp_path) -> None:
    text = " ".join(nkru("ingest", "--help").stdout.split())
    assert "subfolders" in text and "hidden" in text.lower(), text
    # ... and it is so: a file two folders down is read, a dot-file and a dot-folder are not.
    (tmp_path / "in" / "deep").mkdir(parents=True)
    (tmp_path / "in" / ".cache").mkdir()
    (tmp_path / "in" / "deep" / "story.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "in" / ".draft.txt").write_text(CORRECTED, encoding="utf-8")
    (tmp_path / "in" / ".cache" / "copy.txt").write_text(CORRECTED, encoding="utf-8")
    db = str(tmp_path / "db.json")
    assert nkru("ingest", str(tmp_path / "in"), "--db", db).returncode == 0
    assert list(_article_ids(db)) == ["Harbour Times"]


def test_bench_help_does_not_promise_the_user_database() -> None:
    text = " ".join(nkru("bench", "--help").stdout.split())
    db_help = text.split("--db PATH", 2)[2]
    assert "$NKRU_DB" not in db_help.split("--json")[0] and "temporary" in db_help, db_help
