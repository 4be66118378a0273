"""Adding and removing source files from inside the app: progress, rejects listed, a preview before removal, the panes reload."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static
from tui_fixtures import settle, type_text, until_within

from store.ingest import ingest_paths
from store.paths import seed_files
from tui.app import build_app
from tui.screens.add_files import AddFilesDialog, PathSuggester
from tui.screens.main import MainScreen
from tui.widgets.status import StatusBar

EXTRA_ARTICLE = """\
Pyongyang sends more shells to Russia

Harbour Ledger — March 3, 2025
By Mina Park

North Korea has shipped another 3 million artillery shells to Russia since January, South Korea's military said on Monday.

The Joint Chiefs of Staff said the shipments had grown since the autumn and that Russian forces now rely on them at the front.
"""


def _db_with_two_seeds(tmp_path: Path) -> Path:
    db = tmp_path / "db" / "articles.json"
    report = ingest_paths(seed_files()[:2], db)
    assert not report.rejected
    return db


def _inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    (folder / "march").mkdir(parents=True)
    (folder / "march" / "shells.txt").write_text(EXTRA_ARTICLE, encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not an article")
    return folder


async def _open_dialog(pilot) -> AddFilesDialog:  # type: ignore[no-untyped-def]
    await until_within(pilot, lambda: pilot.app.is_ready, "first screen")
    await pilot.press("a")
    await until_within(pilot, lambda: isinstance(pilot.app.screen, AddFilesDialog), "the add-files dialog")
    return pilot.app.screen


async def test_a_folder_goes_in_and_the_panes_reload_with_the_new_article(tmp_path: Path) -> None:
    db = _db_with_two_seeds(tmp_path)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _open_dialog(pilot)
        before = len(app.corpus.articles)
        dialog.query_one(Input).value = str(_inbox(tmp_path))
        await pilot.press("enter")
        await until_within(pilot, lambda: not dialog.running and dialog.changed, "the ingest to finish")
        summary = str(dialog.query_one("#add-summary", Static).render())
        assert "1 article added from 2 files" in summary
        assert "1 rejected" in summary
        rejected = str(dialog.query_one("#add-rejected-list", Static).render())
        assert "photo.jpg" in rejected and "unsupported file type" in rejected
        await pilot.press("escape")
        await until_within(pilot, lambda: app.is_ready and isinstance(app.screen, MainScreen), "the reload")
        assert len(app.corpus.articles) == before + 1
        assert any(a.title == "Pyongyang sends more shells to Russia" for a in app.corpus.articles.values())
        assert f"{before + 1} articles" in app.screen.query_one(StatusBar).corpus_note


@pytest.mark.parametrize(("typed", "message"), [("", "Type the path"), ("/no/such/place", "no such file or folder")])
async def test_bad_paths_get_one_line_and_change_nothing(tmp_path: Path, typed: str, message: str) -> None:
    db = _db_with_two_seeds(tmp_path)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _open_dialog(pilot)
        await type_text(pilot, typed)
        await pilot.press("enter")
        await settle(pilot)
        summary = str(dialog.query_one("#add-summary", Static).render())
        assert message in summary and "\n" not in summary.strip()
        corpus = app.corpus
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and app.corpus is corpus, "nothing added: no reload"


async def test_a_folder_of_only_rejects_says_so_and_does_not_reload(tmp_path: Path) -> None:
    db = _db_with_two_seeds(tmp_path)
    folder = tmp_path / "junk"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _open_dialog(pilot)
        dialog.query_one(Input).value = str(folder)
        await pilot.press("enter")
        await until_within(pilot, lambda: not dialog.running and "added" in str(dialog.query_one("#add-summary", Static).render()),
                           "the ingest to finish")
        assert "0 articles added" in str(dialog.query_one("#add-summary", Static).render())
        assert "empty.txt" in str(dialog.query_one("#add-rejected-list", Static).render())
        assert dialog.changed is False


async def test_path_suggester_completes_from_disk(tmp_path: Path) -> None:
    (tmp_path / "coverage-2025").mkdir()
    (tmp_path / "Coverage-notes.txt").write_text("x")
    (tmp_path / ".hidden").mkdir()
    suggester = PathSuggester()
    assert await suggester.get_suggestion(str(tmp_path / "cov")) == str(tmp_path / "coverage-2025") + "/"
    assert await suggester.get_suggestion(str(tmp_path / "Cov")) == str(tmp_path / "Coverage-notes.txt")
    assert await suggester.get_suggestion(str(tmp_path) + "/") == str(tmp_path / "Coverage-notes.txt")
    assert await suggester.get_suggestion(str(tmp_path / ".h")) == str(tmp_path / ".hidden") + "/"
    assert await suggester.get_suggestion(str(tmp_path / "zzz")) is None


async def test_remove_source_previews_then_removes_the_readers_file_and_reloads(tmp_path: Path) -> None:
    from textual.widgets import Button

    from tui.screens.remove_source import RemoveSourceDialog
    from tui.widgets.reader import Reader

    db = _db_with_two_seeds(tmp_path)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_within(pilot, lambda: app.is_ready, "first screen")
        article = app.screen.query_one(Reader).article
        before = len(app.corpus.articles)
        await pilot.press("D")
        await until_within(pilot, lambda: isinstance(app.screen, RemoveSourceDialog) and app.screen.previewed, "the preview")
        dialog = app.screen
        question = str(dialog.query_one("#remove-question", Static).render())
        assert article.source_file in question and "1 article" in question
        assert app.focused is dialog.query_one("#cancel", Button), "the safe answer is the default"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and len(app.corpus.articles) == before, "cancel keeps the file"

        await pilot.press("D")
        await until_within(pilot, lambda: isinstance(app.screen, RemoveSourceDialog) and app.screen.previewed, "the preview")
        await pilot.click("#remove")
        await until_within(pilot, lambda: isinstance(app.screen, MainScreen) and app.is_ready, "the reload")
        assert len(app.corpus.articles) == before - 1
        assert article.id not in app.corpus.articles


def test_ingest_in_a_child_reports_progress_and_the_same_outcome_as_in_process(tmp_path: Path) -> None:
    from store.ingest_runner import ingest_in_child

    folder = _inbox(tmp_path)
    seen: list[str] = []
    report = ingest_in_child([folder], tmp_path / "child.json", progress=lambda message, done, total: seen.append(message))
    direct = ingest_paths(sorted(p for p in folder.rglob("*") if p.is_file()), tmp_path / "direct.json")
    assert [(Path(f.path).name, f.status, f.articles, f.error) for f in report.files] == [
        (Path(f.path).name, f.status, f.articles, f.error) for f in direct.files
    ]
    assert "Done" in seen


def test_ingest_in_a_child_turns_a_failure_into_one_line(tmp_path: Path) -> None:
    from store.errors import StoreError
    from store.ingest_runner import ingest_in_child

    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="no files in this folder"):
        ingest_in_child([tmp_path / "empty"], tmp_path / "db.json")
    not_a_db = tmp_path / "folder-as-db"
    not_a_db.mkdir()
    with pytest.raises(StoreError) as caught:
        ingest_in_child([_inbox(tmp_path)], not_a_db)
    assert "\n" not in str(caught.value) and "Traceback" not in str(caught.value)
