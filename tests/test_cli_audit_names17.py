"""`audit` takes a stored file the way `articles` names it, as `remove` does, not only a path on disk."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from store.audit import audit_file
from store.errors import StoreError
from store.ingest import ingest_paths
from store.paths import seed_files


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A database of two seed files whose copies on disk are then deleted (the files moved away)."""
    folder = tmp_path_factory.mktemp("gone")
    copies = [Path(shutil.copy(source, folder)) for source in seed_files()[:2]]
    db = folder / "db.json"
    ingest_paths(copies, db)
    for copy in copies:
        copy.unlink()
    return db, copies[0]


def test_a_bare_stored_name_gives_the_databases_record(stored: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    db, gone = stored
    monkeypatch.chdir(db.parent.parent)  # the bare name is not a path to anything from here
    data = audit_file(Path(gone.name), db)
    assert data["in_database"] is True
    assert data["removed"] and data["articles"]
    by_path = audit_file(gone, db)  # the path it was read from, though the file has gone
    assert by_path["source_sha256"] == data["source_sha256"]
    by_bytes = audit_file(Path(f"sha256:{data['source_sha256']}"), db)
    assert json.dumps(by_bytes["removed"]) == json.dumps(data["removed"])


@pytest.mark.parametrize("name", ["no-such-file.txt", "sha256:00ff"])
def test_a_name_nothing_matches_is_a_one_line_error(stored: tuple[Path, Path], name: str) -> None:
    db, _ = stored
    with pytest.raises(StoreError, match=r"^.*(no such file|no stored file).*$") as raised:
        audit_file(Path(name), db)
    assert "\n" not in str(raised.value)
