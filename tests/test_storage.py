"""The atomic TinyDB storage, the writer lock, and how bad database files are refused."""

import json
import os

import pytest
from filelock import FileLock

from store.errors import DatabaseError
from store.repository import Repository, StoredCorpus
from store.storage import AtomicJSONStorage


def test_write_then_read_round_trips_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "db.json"
    storage = AtomicJSONStorage(path)
    storage.write({"t": {"1": {"text": "Sŭngri [@click=app.quit]"}}})
    assert storage.read() == {"t": {"1": {"text": "Sŭngri [@click=app.quit]"}}}
    assert [p.name for p in tmp_path.iterdir()] == ["db.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "db.json"
    storage = AtomicJSONStorage(path)
    storage.write({"t": {"1": {"v": 1}}})

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        storage.write({"t": {"1": {"v": 2}}})
    assert json.loads(path.read_text()) == {"t": {"1": {"v": 1}}}
    assert [p.name for p in tmp_path.iterdir()] == ["db.json"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"   \n", "empty"), (b'{"t": {"1": ', "corrupt"), (b"[1, 2]", "not a nkru-tui database")],
)
def test_bad_database_files_are_refused_and_left_untouched(tmp_path, content, message):
    path = tmp_path / "db.json"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match=message):
        Repository.open(path)
    assert path.read_bytes() == content


def test_foreign_json_without_schema_is_refused(tmp_path):
    path = tmp_path / "db.json"
    path.write_text('{"_default": {"1": {"a": 1}}}')
    with pytest.raises(DatabaseError, match="no schema"):
        Repository.open(path, readonly=True)


def test_a_directory_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseError, match="directory"):
        Repository.open(tmp_path)


def test_readonly_open_of_a_missing_database_says_how_to_create_it(tmp_path):
    with pytest.raises(DatabaseError, match="nkru-tui ingest"):
        Repository.open(tmp_path / "missing.json", readonly=True)


def test_a_database_path_through_a_file_is_a_one_line_error_and_nothing_is_made(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("keep me")
    with pytest.raises(DatabaseError, match="notes.txt is a file, not a folder"):
        Repository.open(blocker / "sub" / "db.json", lock_timeout=0.1)
    assert blocker.read_text() == "keep me" and sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_folder_where_no_file_can_be_made_is_not_mistaken_for_a_busy_database(tmp_path, monkeypatch):
    """A read-only or pseudo filesystem: say it cannot be written, not that another process holds the lock."""
    import builtins
    import errno

    real_open = builtins.open

    def read_only(file, mode="r", *args, **kwargs):
        if str(file).endswith(".lock") and any(flag in mode for flag in "aw+x"):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", read_only)
    with pytest.raises(DatabaseError, match=r"db\.json: cannot write here \(Read-only file system\)"):
        Repository.open(tmp_path / "db.json", lock_timeout=0.1)


def test_second_writer_waits_then_gets_a_clear_error(tmp_path):
    path = tmp_path / "db.json"
    holder = FileLock(str(path) + ".lock")
    holder.acquire()
    try:
        with pytest.raises(DatabaseError, match="another nkru-tui process"):
            Repository.open(path, lock_timeout=0.2)
    finally:
        holder.release()
    with Repository.open(path, lock_timeout=0.2):
        pass


def test_save_is_one_write_and_uncommitted_changes_are_dropped(tmp_path, monkeypatch):
    path = tmp_path / "db.json"
    writes = []
    original = AtomicJSONStorage.write
    monkeypatch.setattr(AtomicJSONStorage, "write", lambda self, data: (writes.append(1), original(self, data)))
    with Repository.open(path) as repo:
        generation = repo.save(StoredCorpus(meta={"note": "x"}), outlets=[])
    assert len(writes) == 1
    with Repository.open(path, readonly=True) as repo:
        assert repo.generation == generation
        assert repo.meta["note"] == "x"
    # Table writes without save() never reach the disk.
    before = path.read_bytes()
    with Repository.open(path) as repo:
        repo._db.table("articles").insert({"id": "stray"})
    assert path.read_bytes() == before
