"""Building the search index after the first screen says how far it has got."""

from __future__ import annotations

import re

from tui_fixtures import make_app, settle

from tui.screens.main import MainScreen


async def test_index_build_reports_progress_then_search_ready(tmp_path, monkeypatch):
    notes: list[str] = []
    original = MainScreen._note_corpus

    def recording(self, extra: str) -> None:  # type: ignore[no-untyped-def]
        notes.append(extra)
        original(self, extra)

    monkeypatch.setattr(MainScreen, "_note_corpus", recording)
    app = make_app(tmp_path)  # a corpus in memory has no index file: the index is built now
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shares = [int(m.group(1)) for note in notes if (m := re.fullmatch(r"building the search index… (\d+)%", note))]
        assert shares, f"a rebuild reports progress: {notes}"
        assert shares == sorted(shares) and shares[-1] <= 100
        assert notes[-1] == "search ready"
        assert "search ready" in app.screen.query_one("StatusBar").corpus_note
