"""Names as the analyst types them: `audit` takes a stored file the way `articles` names it (as `remove`
does), and the claimant filters take the acronym an article used ("HUR", "GUR") for the name it was folded into."""

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


def test_a_claimant_filter_takes_the_acronym_the_article_used(tmp_path: Path) -> None:
    from store.corpus import Corpus
    from store.name_filters import claims_by_claimant, resolve_claimant

    article = tmp_path / "hur.txt"
    article.write_text(
        "North Korean losses mount in Kursk\n\nBy Jane Doe\n\n"
        "Ukraine's HUR said on Monday that 12,000 North Korean troops had been deployed to the Kursk region.\n\n"
        "The figure could not be independently verified by reporters in Kyiv, officials added later that day.\n",
        encoding="utf-8",
    )
    db = tmp_path / "db.json"
    ingest_paths([article], db)
    corpus = Corpus.open(db)
    names = [summary.name for summary in corpus.claimant_summaries]
    folded = resolve_claimant("HUR", names)
    assert folded != "HUR" and folded in names  # the alias list's name, which is what is stored
    for typed in ("HUR", "GUR", "hur"):
        claims = claims_by_claimant(corpus, corpus.claims, typed)
        assert claims and {c.claimant for c in claims} == {folded}
    with pytest.raises(StoreError, match="no claimant 'Mossad'"):
        claims_by_claimant(corpus, corpus.claims, "Mossad")
