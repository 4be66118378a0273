"""Folders given to ingest stand for the files below them; nothing is skipped without a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.cli import main as cli_main
from store.errors import StoreError
from store.paths import seed_files
from store.source_paths import expand_source_paths


def _touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_expands_recursively_in_name_order(tmp_path: Path) -> None:
    b = _touch(tmp_path / "b.txt")
    a = _touch(tmp_path / "a.md")
    deep = _touch(tmp_path / "2024" / "march" / "c.html")
    assert expand_source_paths([tmp_path]) == [a, b, deep]


def test_hidden_entries_are_left_out_but_a_named_hidden_file_is_kept(tmp_path: Path) -> None:
    kept = _touch(tmp_path / "story.txt")
    _touch(tmp_path / ".DS_Store")
    _touch(tmp_path / ".git" / "HEAD")
    assert expand_source_paths([tmp_path]) == [kept]
    named = _touch(tmp_path / ".draft.txt")
    assert expand_source_paths([named]) == [named]


def test_unsupported_files_in_a_folder_are_passed_on_to_be_rejected_visibly(tmp_path: Path) -> None:
    photo = _touch(tmp_path / "photo.jpg")
    assert expand_source_paths([tmp_path]) == [photo]


def test_the_database_and_its_side_files_are_never_ingested_into_themselves(tmp_path: Path) -> None:
    story = _touch(tmp_path / "story.txt")
    db = tmp_path / "db.json"
    for name in ("db.json", "db.json.lock", "db.json.read-cache", "db.json.search-index"):
        _touch(tmp_path / name, "{}")
    other_json = _touch(tmp_path / "db.json-notes.json", "{}")
    assert expand_source_paths([tmp_path], db_path=db) == [other_json, story]


def test_each_file_once_even_when_named_twice(tmp_path: Path) -> None:
    story = _touch(tmp_path / "story.txt")
    assert expand_source_paths([story, tmp_path, tmp_path / "." / "story.txt"]) == [story]


def test_missing_path_is_kept_for_ingest_to_report(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    assert expand_source_paths([missing]) == [missing]


def test_empty_folder_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "empty" / ".hidden").mkdir(parents=True)
    with pytest.raises(StoreError, match="no files in this folder"):
        expand_source_paths([tmp_path / "empty"])


def test_ingest_verb_takes_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "coverage"
    for seed in seed_files()[:2]:
        (folder / "sub").mkdir(parents=True, exist_ok=True)
        (folder / "sub" / seed.name).write_bytes(seed.read_bytes())
    db = tmp_path / "db.json"
    assert cli_main(["ingest", str(folder), "--db", str(db), "--json"]) == 0
    out = capsys.readouterr().out
    assert out.count('"status": "added"') == 2


def test_a_big_folder_is_summed_up_by_status_with_every_reject_still_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from store.cli_output import FILE_ROWS_MAX

    folder = tmp_path / "many"
    seed = seed_files()[4].read_bytes()
    for number in range(FILE_ROWS_MAX + 1):
        _touch(folder / f"copy_{number:03d}.txt").write_bytes(seed + f"\n\nEdition {number}.\n".encode())
    _touch(folder / "broken.txt").write_bytes(b"\x00\x01\x02")
    assert cli_main(["ingest", str(folder), "--db", str(tmp_path / "db.json")]) == 1
    captured = capsys.readouterr()
    out = captured.out
    assert "copy_000.txt" not in out, "no row per file"
    assert "added" in out and str(FILE_ROWS_MAX + 1) in out
    assert "rejected: file and reason" in out and "binary content" in out  # the table folds the long path
    assert "broken.txt: binary content" in captured.err


def test_every_reject_names_the_file_by_the_path_the_user_gave(tmp_path: Path) -> None:
    from store.ingest import ingest_paths

    folder = tmp_path / "inbox"
    _touch(folder / "notes.json", '{"todo": ["read the NIS briefing"]}')  # refused by the normaliser
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")  # refused on reading
    _touch(folder / "blank.md", "   \n")
    report = ingest_paths(expand_source_paths([folder]), tmp_path / "db.json")
    assert len(report.rejected) == 3
    for outcome in report.rejected:
        assert outcome.error is not None and outcome.error.startswith(f"{folder}/"), outcome.error


def _lock_folders(monkeypatch: pytest.MonkeyPatch, *locked: Path) -> None:
    """Listing these folders fails as it does for another user's chmod-000 folder (tests may run as root,
    whom permissions do not stop, so the refusal is made here)."""
    import os

    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fspath(path)) in locked:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[arg-type]
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_subfolder_is_rejected_with_its_reason_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "inbox"
    _touch(folder / "story.txt").write_bytes(seed_files()[4].read_bytes())
    locked = folder / "locked"
    _touch(locked / "hidden_story.txt")
    _lock_folders(monkeypatch, locked)
    assert expand_source_paths([folder]) == [folder / "story.txt", locked]
    assert cli_main(["ingest", str(folder), "--db", str(tmp_path / "db.json")]) == 1
    assert f"{locked}: cannot read this folder (Permission denied)" in capsys.readouterr().err


def test_an_unreadable_folder_given_by_name_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    _touch(locked / "story.txt")
    _lock_folders(monkeypatch, locked)
    with pytest.raises(StoreError, match="cannot read this folder \\(Permission denied\\)"):
        expand_source_paths([locked])


def test_a_path_the_system_will_not_check_is_passed_on_not_raised(tmp_path, monkeypatch):
    # Under a folder without search permission (as /proc/1/cwd is even to root), exists(), is_dir() and
    # resolve() raise PermissionError: that one path goes on to be rejected, the other files are listed.
    readable = tmp_path / "a.txt"
    readable.write_text("text")
    guarded = tmp_path / "guarded" / "b.txt"
    real_stat = Path.stat

    def stat(self, *args, **kwargs):
        if self == guarded or guarded in self.parents:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    assert expand_source_paths([readable, guarded]) == [readable, guarded]
