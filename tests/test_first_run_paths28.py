"""A database named in a folder that is not there is refused in one line, not built from the seeds.

An analyst who mistypes ``--db ~/corpra/x.json`` used to get a new corpus of the bundled seeds, with every
missing folder made for it, and an exit status of 0: a script went on with data nobody asked for.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store import paths
from store.cli import main
from store.errors import StoreError
from store.first_run import ensure_database


def test_a_read_verb_on_a_path_in_a_missing_folder_fails_in_one_line_and_makes_nothing(tmp_path, capsys):
    missing = tmp_path / "corpra" / "deep" / "x.json"
    assert main(["--db", str(missing), "articles"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "does not exist" in err and "nkru-tui ingest --db" in err
    assert not (tmp_path / "corpra").exists()


def test_the_same_typo_through_the_environment_is_refused_too(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(paths.DB_ENV_VAR, str(tmp_path / "nowhere" / "x.json"))
    assert main(["claims"]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "nowhere").exists()


def test_a_new_file_in_an_existing_folder_is_still_built_from_the_seeds_and_said(tmp_path, capsys):
    db = tmp_path / "fresh.json"
    assert main(["--db", str(db), "sources", "--json"]) == 0
    assert db.is_file() and "built a new database" in capsys.readouterr().err


def test_the_default_database_makes_its_own_folder_on_first_run(tmp_path, monkeypatch):
    home = tmp_path / "data" / "nkru-tui"
    monkeypatch.setattr(paths, "user_data_dir", lambda: home)
    monkeypatch.delenv(paths.DB_ENV_VAR, raising=False)
    assert ensure_database(paths.default_db_path()) is True
    assert (home / "articles.json").is_file()


def test_ensure_database_names_the_missing_folder(tmp_path):
    with pytest.raises(StoreError, match=r"the folder .*nope does not exist"):
        ensure_database(tmp_path / "nope" / "db.json")


def test_ingest_still_makes_the_folders_it_is_asked_to_write_into(tmp_path):
    source = Path(__file__).parent.parent / "seeds"
    first = sorted(p for p in source.iterdir() if p.is_file())[0]
    db = tmp_path / "new" / "folder" / "db.json"
    assert main(["--db", str(db), "ingest", str(first)]) == 0
    assert db.is_file()
