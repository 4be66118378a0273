"""Reanalysing from inside the app after an upgrade: asked first, progress shown, claims current afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static
from tui_fixtures import until_within

import store.ingest
from store.corpus import Corpus
from store.ingest import ingest_paths
from store.paths import seed_files
from tui.app import build_app
from tui.screens.reanalyse import ReanalyseDialog


def _db_of_an_older_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "db" / "articles.json"
    with monkeypatch.context() as patched:  # the fingerprint an older release's analysers wrote
        patched.setattr(store.ingest, "analysis_fingerprint", lambda: "older-release")
        assert not ingest_paths(seed_files()[:2], db).rejected
    assert not Corpus.open(db).claims_are_current()
    return db


async def test_stale_claims_are_redone_from_the_app_and_the_panes_reload(tmp_path: Path, monkeypatch) -> None:
    db = _db_of_an_older_release(tmp_path, monkeypatch)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_within(pilot, lambda: pilot.app.is_ready, "first screen")
        assert any("Press R" in n.message for n in app._notifications)
        await pilot.press("R")
        await until_within(pilot, lambda: isinstance(app.screen, ReanalyseDialog), "the reanalyse dialog")
        dialog = app.screen
        hint = str(dialog.query_one("#reanalyse-hint", Static).render())
        assert "older version" in hint and "Enter" in hint  # it asks before rewriting the database
        assert not dialog.done and not dialog.running
        await pilot.press("enter")
        await until_within(pilot, lambda: dialog.done or "-error" in dialog.query_one("#reanalyse-summary").classes,
                           "the reanalysis to finish")
        summary = str(dialog.query_one("#reanalyse-summary", Static).render())
        assert dialog.done, summary
        assert "Redid the claims of" in summary
        await pilot.press("escape")
        await until_within(pilot, lambda: not isinstance(app.screen, ReanalyseDialog), "the dialog to close")
        await until_within(pilot, lambda: app.corpus.claims_are_current(), "the panes to reload")
    assert Corpus.open(db).claims_are_current()
