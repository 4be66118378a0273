"""Blind round 21 of the command line: what a demanding user typed, and what it must answer.

Each bad input gets one clear line on stderr and a non-zero exit, never a silent empty result or a
run that fills the disk; an emptied database says so instead of reading as "nothing matches".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from store.cli import main
from store.cli_parser import parse_command_line

ARTICLE = """Title: North Korean troops reach Kursk
Source: Example Wire
Date: 2025-01-05

North Korea sent 11,000 troops to Russia's Kursk region, South Korean officials said on Sunday.

The officials said about 3,000 of them had been killed or wounded by mid-January.
"""


def _ingested(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str = ARTICLE, name: str = "wire.txt") -> tuple[Path, str]:
    """``text`` saved as ``name`` and ingested into a new database: the file and the database's path."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    db = str(tmp_path / "db.json")
    assert main(["ingest", str(source), "--db", db]) == 0
    capsys.readouterr()
    return source, db


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """The one line the parser prints for ``argv``, which it must refuse with exit status 2."""
    with pytest.raises(SystemExit) as stopped:
        parse_command_line(argv)
    assert stopped.value.code == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in lines[0], lines
    return lines[0]


def test_bench_refuses_a_count_that_would_fill_the_disk_before_saying_anything(capsys) -> None:
    line = _refused(["bench", "--articles", "99999999999"], capsys)
    assert "--articles" in line and "at most" in line
    assert parse_command_line(["bench", "--articles", "10000"]).articles == 10_000  # the goals' size still runs


@pytest.mark.parametrize(
    ("since", "until"), [("2026", "2024"), ("2025-03", "2025-01"), ("2025-01-20", "2025-01-05"), ("2025", "2024-12")]
)
def test_claims_since_after_until_is_a_typo_not_an_empty_period(capsys, since: str, until: str) -> None:
    line = _refused(["claims", "--since", since, "--until", until], capsys)
    assert f"--since {since}" in line and f"--until {until}" in line
    # Swapped, they overlap; so do ranges equal at their common precision ("2025-01" and "2025").
    assert parse_command_line(["claims", "--since", until, "--until", since]).since == until
    assert parse_command_line(["claims", "--since", since, "--until", since[:4]]).until == since[:4]


@pytest.mark.parametrize("day", ["2024-02-30", "2023-02-29", "2025-04-31", "2025-06-31"])
def test_a_day_the_month_lacks_is_refused(capsys, day: str) -> None:
    line = _refused(["claims", "--until", day], capsys)
    assert repr(day) in line and "days" in line
    # The month's real last day is a date: a leap day, the 30th of April.
    last = {"2024-02-30": "2024-02-29", "2023-02-29": "2023-02-28", "2025-04-31": "2025-04-30", "2025-06-31": "2025-06-30"}
    assert parse_command_line(["claims", "--until", last[day]]).until == last[day]


def test_an_emptied_database_says_so_instead_of_no_match(tmp_path: Path, capsys) -> None:
    source, db = _ingested(tmp_path, capsys)
    assert main(["search", "kursk", "--db", db]) == 0
    assert "holds no articles" not in capsys.readouterr().err
    assert main(["remove", str(source), "--db", db]) == 0
    capsys.readouterr()
    for verb in (["search", "kursk"], ["articles"], ["claims"], ["sources", "--json"]):
        assert main([*verb, "--db", db]) == 0, verb
        err = capsys.readouterr().err
        assert "holds no articles" in err and "nkru-tui ingest" in err, (verb, err)


def test_audit_takes_the_article_and_passage_ids_every_table_prints(tmp_path: Path, capsys) -> None:
    source, db = _ingested(tmp_path, capsys)
    assert main(["articles", "--json", "--db", db]) == 0
    (article,) = json.loads(capsys.readouterr().out)
    assert main(["audit", source.name, "--json", "--db", db]) == 0
    by_name = json.loads(capsys.readouterr().out)
    passage = article["paragraphs"][0]["id"]
    for named in (article["id"], article["id"].upper(), passage, f" {passage}, "):
        assert main(["audit", named, "--json", "--db", db]) == 0, named
        assert json.loads(capsys.readouterr().out) == by_name | {"file": "wire.txt"}, named
    assert main(["audit", "0123456789", "--db", db]) == 1  # no such article: still one line, not a traceback
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "0123456789" in err


def test_an_ascii_terminal_reads_the_verbs_own_marks_as_ascii_and_still_escapes_the_rest() -> None:
    from store.printable import READABLE_ERRORS

    shown = "≈ 4,000 · 150–300 troops ≥ 30 … Can Kasapoğlu".encode("ascii", READABLE_ERRORS)
    assert shown == b"~ 4,000 | 150-300 troops >= 30 ... Can Kasapo\\u011flu"


def test_an_ascii_locale_gets_figure_records_without_escapes_of_our_own_marks(tmp_path: Path) -> None:
    source = tmp_path / "wire.txt"
    source.write_text(ARTICLE.replace("about 3,000", "at least 3,000"), encoding="utf-8")
    db = str(tmp_path / "db.json")
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
           "PYTHONIOENCODING": "", "COLUMNS": "60"}

    def run(*argv: str) -> bytes:
        done = subprocess.run([sys.executable, "-m", "tui.main", *argv, "--db", db], capture_output=True, env=env,
                              timeout=120, check=False)
        assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
        return done.stdout

    run("ingest", str(source))
    records = run("figures", "casualties")  # sixty columns: rows as records, each under a rule
    assert records.isascii() and b"\\u" not in records, records
    assert b"-- 1 --" in records and b">= 3,000" in records


def test_a_name_typed_up_to_case_means_that_outlet_when_accents_tell_two_apart() -> None:
    from store.errors import StoreError
    from store.name_filters import resolve_name

    names = ["Le Mondé", "Le Monde", "Reuters"]
    assert resolve_name("le monde", names, "outlet") == "Le Monde"
    assert resolve_name("LE MONDÉ", names, "outlet") == "Le Mondé"
    with pytest.raises(StoreError, match="matches several"):
        resolve_name("le  mõnde", names, "outlet")  # neither as typed: still the user's choice to make


def test_the_article_itself_as_the_tables_name_it_filters_the_claims_no_one_is_named_for(tmp_path: Path, capsys) -> None:
    source, db = _ingested(tmp_path, capsys, ARTICLE + "\nNorth Korea has shipped 4 million shells since 2023.\n")
    assert main(["claims", "--json", "--db", db]) == 0
    unnamed = [c["id"] for c in json.loads(capsys.readouterr().out) if c["claimant"] is None]
    assert unnamed, "the shells sentence names no one"
    assert main(["claims", "--claimant", "The article  itself", "--json", "--db", db]) == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)] == unnamed
    # Search filters by the claimants the index holds: a clear line, not a list of unrelated names.
    assert main(["search", "shells", "--claimant", "the article itself", "--db", db]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nkru-tui claims --claimant" in err


def test_a_search_row_shows_the_words_that_matched_even_deep_in_a_long_passage(tmp_path: Path, capsys) -> None:
    long_paragraph = ("Officials in Seoul and Kyiv gave differing accounts of the deployment on Tuesday, and analysts "
                      "cautioned that the figures could not be checked independently; satellite imagery reviewed by "
                      "researchers showed new vehicle tracks near the village of Sudzha, where fighting resumed.")
    source, db = _ingested(tmp_path, capsys, ARTICLE + "\n" + long_paragraph + "\n", name="long.txt")
    assert main(["search", "Sudzha", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Sudzha" in out, out
    assert "…" in out  # the row says it is an excerpt, not the passage's start


@pytest.mark.parametrize(("name", "starts"), [("refs.ris", "TY  - "), ("refs.CSV", "passage_id,"), ("refs.json", "[")])
def test_an_export_file_named_for_a_format_is_written_in_it(tmp_path: Path, capsys, name: str, starts: str) -> None:
    source, db = _ingested(tmp_path, capsys)
    assert main(["articles", "--json", "--db", db]) == 0
    (article,) = json.loads(capsys.readouterr().out)
    target = tmp_path / name
    assert main(["export", article["id"], "--output", str(target), "--db", db]) == 0
    assert target.read_text(encoding="utf-8").startswith(starts)
    # An explicit --format still wins, and standard output stays Markdown to paste.
    assert parse_command_line(["export", "x", "--output", str(target), "--format", "md"]).format == "md"
    assert parse_command_line(["export", "x", "--output", "-"]).format == "md"
