"""Blind round 26 of the command line: what an analyst's slips at the prompt should meet.

- ``--db`` naming a kernel pseudo-file (``/proc/self/status``: a regular file by its mode, empty by its
  size, text when read) is refused in one line that says it is no database file, by every verb; a real
  empty file is not taken for one.
- An ingest whose every file is rejected leaves the folder as it was: no ``.lock`` beside a database that
  was never written, no folders made for it.  One that reads something in keeps its database.
- ``export -o PATH`` is ``--output PATH``: it writes the file, refuses to replace one without ``--force``,
  and fails in one line.
- A phrase in quotes with a typo inside finds nothing, and says which spelling would.
- A search of common words only ("the of and") is refused in one line, not answered with every passage;
  "WHO" in capitals, "not", and a quoted phrase are still searched.

The corpus is written here: two short articles ingested through the command line.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from store.cli import main

ARTICLES = {
    "one.txt": "Title: Troops reach the border\nOutlet: Example Wire\nDate: 2024-11-04\n\n"
    "About 11,000 North Korean troops were sent to the Kursk region, the NIS said on Monday.\n\n"
    "The WHO said hospitals near the border were full.\n",
    "two.txt": "Title: Shells for Russia\nOutlet: Other Daily\nDate: 2024-11-05\n\n"
    "Pyongyang has sent millions of artillery shells to Russia, officials said.\n\n"
    "The ministry did not confirm the figure.\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("blind26_cli")
    sources = folder / "articles"
    sources.mkdir()
    for name, text in ARTICLES.items():
        (sources / name).write_text(text, encoding="utf-8")
    path = folder / "db.json"
    assert main(["ingest", str(sources), "--db", str(path)]) == 0
    return path


def _error_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if "error" in line]


# --- a pseudo-file as the database ------------------------------------------------------------------


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no procfs here")
def test_a_kernel_pseudo_file_is_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for verb in (["articles"], ["claims"], ["search", "kursk"], ["ingest", str(tmp_path)]):
        assert main([*verb, "--db", "/proc/self/status"]) == 1
        errors = _error_lines(capsys)
        assert len(errors) == 1 and "not a database file" in errors[0], (verb, errors)
    # The pseudo-file test reads a byte: a real empty file reads none, and is told apart (the storage
    # says it is empty).
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "one.txt").write_text(ARTICLES["one.txt"], encoding="utf-8")
    empty = tmp_path / "db.json"
    empty.touch()
    main(["ingest", str(sources), "--db", str(empty)])
    said = capsys.readouterr().err
    assert "not a database file" not in said and "is empty" in said, said


# --- an ingest that reads nothing in ----------------------------------------------------------------


def _rejected_only(tmp_path: Path) -> Path:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "blob.bin").write_bytes(b"\x00\x01\x02\x03")
    (bad / "empty.txt").write_bytes(b"")
    return bad


@pytest.mark.parametrize("json_output", [False, True], ids=["table", "json"])
def test_an_ingest_that_reads_nothing_leaves_nothing_behind(tmp_path: Path, json_output: bool) -> None:
    bad = _rejected_only(tmp_path)
    target = tmp_path / "new" / "deeper" / "db.json"
    before = sorted(os.listdir(tmp_path))
    assert main(["ingest", str(bad), "--db", str(target), *(["--json"] if json_output else [])]) == 1
    assert sorted(os.listdir(tmp_path)) == before  # no folder "new", no lock, no database
    beside = tmp_path / "here.json"
    assert main(["ingest", str(bad), "--db", str(beside)]) == 1
    assert sorted(os.listdir(tmp_path)) == before


def test_an_ingest_that_reads_nothing_keeps_what_was_there(db: Path, tmp_path: Path) -> None:
    bad = _rejected_only(tmp_path)
    target = tmp_path / "new" / "db.json"
    assert main(["ingest", str(bad), "--db", str(target)]) == 1
    assert not (tmp_path / "new").exists()  # what was not there is gone
    before = {path.name: path.stat().st_size for path in db.parent.iterdir()}
    assert main(["ingest", str(bad), "--db", str(db)]) == 1
    assert {path.name: path.stat().st_size for path in db.parent.iterdir()} == before  # what was there stays


# --- export -o -------------------------------------------------------------------------------------


def _first_passage(db: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["search", "Kursk", "--json", "--db", str(db)]) == 0
    return json.loads(capsys.readouterr().out)[0]["passage_id"]


def test_export_dash_o_writes_and_will_not_overwrite(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    passage = _first_passage(db, capsys)
    out = tmp_path / "quotes.md"
    assert main(["export", passage, "-o", str(out), "--db", str(db)]) == 0
    written = out.read_text(encoding="utf-8")
    assert "11,000 North Korean troops" in written and "Example Wire" in written
    out.write_text("mine", encoding="utf-8")
    capsys.readouterr()
    assert main(["export", passage, "-o", str(out), "--db", str(db)]) == 1
    errors = _error_lines(capsys)
    assert len(errors) == 1 and "--force" in errors[0], errors
    assert out.read_text(encoding="utf-8") == "mine"
    assert main(["export", passage, "-o", str(out), "--force", "--db", str(db)]) == 0
    assert "11,000 North Korean troops" in out.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["export", passage, "-o", str(tmp_path / "missing" / "q.md"), "--db", str(db)]) == 1
    assert len(_error_lines(capsys)) == 1


# --- a search of common words only ------------------------------------------------------------------


@pytest.mark.parametrize("query", ["the of and", "was it", "The"])
def test_a_search_of_common_words_only_is_one_line(db: Path, query: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["search", query, "--db", str(db)]) == 1
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if "error" in line]
    assert len(errors) == 1 and "common words" in errors[0], captured.err
    assert "hit" not in captured.out
    # An acronym in capitals, a negation, a quoted phrase: still searched.
    for typed, found in (("WHO", "hospitals"), ("not confirm", "did not confirm"), ('"the figure"', "the figure")):
        assert main(["search", typed, "--json", "--db", str(db)]) == 0
        hits = json.loads(capsys.readouterr().out)
        assert hits and found in hits[0]["text"], (typed, hits)


def test_a_quoted_phrase_with_a_typo_says_which_spelling_finds_it(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["search", '"artilery shells"', "--db", str(db)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert 'did you mean "artillery shells"?' in out, out
    assert main(["search", '"artillery shells"', "--json", "--db", str(db)]) == 0
    assert "millions of artillery shells" in json.loads(capsys.readouterr().out)[0]["text"]
