"""Round 28b of the command line: what a script or a pipe gets, and formats named as people name them.

- ``export --format`` takes each format's full name as the TUI shows it ("Markdown", "CSL-JSON"), and an
  unknown one is still a one-line usage error.
- ``compare`` words a consistent subject where a side gave only an open bound as "consistent (bound only …)".
- In a pipe, ``figures`` prints each sentence whole (a quotation cut with "…" is lost), the claimant with
  whoever relayed it, and "published" / "undated" where the sentence states no date of its own; tables are
  laid out wide, so a row is one line and no name breaks mid-word.
- ``ingest`` of a folder that also holds another database's files (db.json, .lock, .read-cache,
  .search-index) skips them with one note, never reporting them as rejected.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.cli import main
from store.cli_parser import parse_command_line
from store.cli_verdicts import verdict_line

LONG = ("Ukraine's military intelligence said about 12,000 North Korean troops had been moved into the Kursk region "
        "and were being trained to fight alongside Russian marine and airborne units there.")
ARTICLES = {
    "ledger.txt": ("Troops moved to the border region", "The Pyongyang Ledger of Northeast Asian Affairs", "2024-12-09", LONG),
    "wire.txt": ("Seoul briefing", "Yonhap", "2024-12-10",
                 "Yonhap, citing the National Intelligence Service, said about 11,000 North Korean troops had been "
                 "sent to Russia."),
}  # fmt: skip


def _write(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (title, outlet, date, body) in ARTICLES.items():
        (folder / name).write_text(f"Title: {title}\nOutlet: {outlet}\nDate: {date}\n\n{body}\n", encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def a_pipe_with_no_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard output as in ``nkru-tui … | grep``: no $COLUMNS.  (pytest-xdist's workers set COLUMNS=80, and
    Rich reads it once, when the console is made: both undone here.)"""
    from store.cli_consoles import stdout_console

    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(stdout_console, "_width", None)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("round28b_cli")
    path = folder / "db.json"
    assert main(["ingest", str(_write(folder / "articles")), "--db", str(path)]) == 0
    return path


@pytest.mark.parametrize(("typed", "meant"), [("markdown", "md"), ("Markdown", "md"), ("CSL-JSON", "csl-json"),
                                              ("csljson", "csl-json"), ("RIS", "ris")])
def test_export_takes_a_formats_full_name(typed: str, meant: str) -> None:
    args = parse_command_line(["export", "3c655a07d9-013", "--format", typed, "--output", "-"])
    assert args.format == meant


def test_a_full_name_is_taken_and_an_unknown_format_still_is_a_one_line_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse_command_line(["export", "3c655a07d9-013", "--format", "Markdown", "--output", "-"]).format == "md"
    with pytest.raises(SystemExit) as stopped:
        parse_command_line(["export", "3c655a07d9-013", "--format", "pdf", "--output", "-"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "'pdf'" in err and "md" in err


def test_a_consistency_that_rests_on_a_bound_says_so() -> None:
    assert verdict_line({"verdict": "consistent", "bound_only": ["right"]}).startswith("consistent (bound only")
    assert "right" in verdict_line({"verdict": "consistent", "bound_only": ["right"]})
    assert verdict_line({"verdict": "consistent", "bound_only": []}) == "consistent"


def test_piped_figures_keep_the_whole_sentence_the_via_and_say_published(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["figures", "troops", "--json", "--db", str(db)]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert main(["figures", "troops", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert LONG in out  # whole, on one line: a row of a piped table is never folded
    assert "…" not in out
    for row in rows:
        if row.get("via"):
            assert f"{row['claimant']} via {row['via']}" in out
    table = [line for line in out.splitlines() if "12,000" in line or "11,000" in line]
    assert len(table) == 2 and all("published" in line for line in table)  # no date stated: the article's stands


def test_a_piped_table_never_breaks_a_name_mid_word(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["articles", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    row = [line for line in out.splitlines() if "The Pyongyang Ledger of Northeast Asian Affairs" in line]
    assert row and "Troops moved to the border region" in row[0]


def test_ingest_skips_another_databases_files_with_one_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _write(tmp_path / "saved")
    old = folder / "old.json"
    assert main(["ingest", str(folder / "wire.txt"), "--db", str(old)]) == 0
    for suffix in (".lock", ".read-cache", ".search-index"):
        side = folder / f"old.json{suffix}"
        if not side.exists():
            side.write_bytes(b"\x00side file")
    capsys.readouterr()
    code = main(["ingest", str(folder), "--db", str(tmp_path / "new.json"), "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "rejected" not in captured.err
    notes = [line for line in captured.err.splitlines() if "skipped" in line]
    assert len(notes) == 1 and "old.json" in notes[0]
    read = {Path(entry["path"]).name for entry in json.loads(captured.out)["files"]}
    assert read == set(ARTICLES)
