"""Pilot tests of selection (reader, search, claims), the selection list, export and copy."""

from __future__ import annotations

import csv
import io
import json

import pytest
from textual.widgets import Input
from tui_fixtures import FORMULA_PASSAGE, is_marked, running_app, settle, type_text, until

from store.export import markdown_literal
from tui.screens.export import ExportDialog, OverwriteDialog
from tui.screens.main import MainScreen
from tui.screens.search import HitList, SearchScreen
from tui.screens.selection import SelectedList, SelectionScreen
from tui.widgets.claims import ClaimsPane
from tui.widgets.reader import Reader
from tui.widgets.status import StatusBar

FORMAT_KEYS = {"md": 0, "csv": 1, "json": 2, "csl-json": 3}  # position in the dialog's radio set


async def select_three(pilot) -> list[str]:  # type: ignore[no-untyped-def]
    """One passage each from the reader, the search results and the claims pane."""
    app = pilot.app
    chosen = []
    await pilot.press("5")
    reader = app.screen.query_one(Reader)
    for _ in range(10):  # down to the Reuters article's first body paragraph
        if reader.current_passage_id == "art-reuters-004":
            break
        await pilot.press("j")
    chosen.append(reader.current_passage_id)
    await pilot.press("space")
    assert app.selection == tuple(chosen)
    assert is_marked(reader.get_option(chosen[0]).prompt)

    await pilot.press("slash")
    await type_text(pilot, "interpreters")
    screen = app.screen
    assert isinstance(screen, SearchScreen)
    await until(pilot, lambda: screen.shown_query == "interpreters", "search results")
    await pilot.press("down")
    await pilot.pause()
    hits = app.screen.query_one(HitList)
    chosen.append(hits.highlighted_id)
    await pilot.press("space")
    assert is_marked(hits.get_option(chosen[1]).prompt)
    await pilot.press("escape")

    await pilot.press("3")
    claims = app.screen.query_one(ClaimsPane)
    for branch in claims.root.children:  # subjects fill when opened
        branch.expand()
    await pilot.pause()
    leaf = next(n for n in claims._leaves.values() if n.data.claimant == "Kyrylo Budanov")
    claims.move_cursor(leaf)
    chosen.append(leaf.data.passage_id)
    await pilot.press("space")
    assert str(leaf.label).startswith("●")
    await pilot.pause()
    assert app.selection == tuple(chosen)
    return chosen


THREE = ["art-reuters-004", "art-insider-001", "art-hostile-003"]  # what select_three picks


def select_directly(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The same three passages without the key presses, for tests about what follows."""
    for passage_id in THREE:
        app.toggle_selected(passage_id)
    return list(THREE)


async def test_select_three_passages_from_three_places(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        chosen = await select_three(pilot)
        assert chosen == THREE
        assert app.screen.query_one(StatusBar).selected == 3
        assert "3 passages selected" in str(app.screen.query_one(StatusBar).render())
        # space again takes it out
        await pilot.press("space")
        assert chosen[2] not in app.selection


async def test_selection_list_prunes_and_opens(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        chosen = await select_three(pilot)
        await pilot.press("S")
        await pilot.pause()
        assert isinstance(app.screen, SelectionScreen)
        listing = app.screen.query_one(SelectedList)
        assert [listing.get_option_at_index(i).id for i in range(listing.option_count)] == chosen
        await pilot.press("x")
        await pilot.pause()
        assert app.selection == tuple(chosen[1:])
        assert listing.option_count == 2
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one(Reader).current_passage_id == chosen[1]


async def export_via_dialog(pilot, fmt: str) -> None:  # type: ignore[no-untyped-def]
    app = pilot.app
    await pilot.press("e")
    await pilot.pause()
    assert isinstance(app.screen, ExportDialog)
    for _ in range(FORMAT_KEYS[fmt]):
        await pilot.press("right")  # the arrows choose the format
    assert app.screen.fmt == fmt
    await pilot.press("enter")  # and Enter, still on the formats, exports
    await until(pilot, lambda: isinstance(app.screen, MainScreen), f"{fmt} export written")


@pytest.mark.parametrize("fmt", ["md", "csv", "json", "csl-json"])
async def test_export_each_format_with_citations(tmp_path, fmt):
    async with running_app(tmp_path) as (app, pilot):
        chosen = await select_three(pilot) if fmt == "md" else select_directly(app)
        await export_via_dialog(pilot, fmt)
        written = sorted(tmp_path.glob("nkru-selection*"))
        assert len(written) == 1, written
        text = written[0].read_text(encoding="utf-8")
        corpus = app.corpus
        if fmt == "md":
            assert written[0].suffix == ".md"
            for pid in chosen:
                article = corpus.article_of(pid)
                assert f"`{pid}`" in text
                assert markdown_literal(article.title) in text and f"`{article.source_file}`" in text
            assert "Reuters" in text and "Jane Roe" in text and "2024-12-17" in text and "¶1" in text
            assert "Claim by Kyrylo Budanov, via Bloomberg" in text
        elif fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(text)))
            assert {r["passage_id"] for r in rows} == set(chosen)
            budanov = next(r for r in rows if r["claimant"] == "Kyrylo Budanov")
            assert budanov["via"] == "Bloomberg" and budanov["subject"] == "ammunition_share" and budanov["value"] == "50"
            assert all(r["source_file"] and r["title"] for r in rows)
        elif fmt == "json":
            items = json.loads(text)
            assert [i["passage_id"] for i in items] == chosen
            first = items[0]
            assert first["outlet"] == "Reuters" and first["author"] == "Jane Roe" and first["paragraph"] == 1
            assert first["claims"][0]["claimant"] == "Volodymyr Zelensky"
        else:
            items = json.loads(text)
            assert [i["id"] for i in items] == chosen
            assert items[0]["type"] == "article-newspaper"
            assert items[0]["container-title"] == "Reuters"
            assert items[0]["issued"] == {"date-parts": [[2024, 12, 17]]}
            assert "paragraph 1" in items[0]["note"]


async def test_export_never_overwrites_silently(tmp_path):
    target = tmp_path / "nkru-selection.md"
    target.write_text("precious notes\n")
    async with running_app(tmp_path) as (app, pilot):
        select_directly(app)
        await pilot.pause()

        # 1. The dialog asks; "save as" writes next to it and leaves the old file alone.
        await pilot.press("e", "tab", "enter")
        await pilot.pause()
        assert isinstance(app.screen, OverwriteDialog)
        assert app.screen.free.name == "nkru-selection-1.md"
        await pilot.press("enter")  # the focused choice is "save as new"
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "export as new name")
        assert target.read_text() == "precious notes\n"
        assert "Kyrylo Budanov" in (tmp_path / "nkru-selection-1.md").read_text()

        # 2. Cancel writes nothing and keeps the dialog open.
        await pilot.press("e", "tab", "enter")
        await pilot.pause()
        await pilot.click("#cancel")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert sorted(p.name for p in tmp_path.glob("nkru-selection*")) == ["nkru-selection-1.md", "nkru-selection.md"]

        # 3. Overwrite only when asked to.
        await pilot.press("enter")  # the path field still has focus: ask again
        await pilot.pause()
        await pilot.click("#overwrite")
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "overwrite")
        assert "Kyrylo Budanov" in target.read_text()


async def test_export_to_a_missing_folder_says_why_and_stays_open(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        select_directly(app)
        await pilot.pause()
        await pilot.press("e", "tab")
        field = app.screen.query_one("#export-path", Input)
        field.value = str(tmp_path / "no-such-folder" / "out.md")
        await pilot.press("enter")
        await until(pilot, lambda: "folder does not exist" in str(app.screen.query_one("#export-message").render()), "error")
        assert isinstance(app.screen, ExportDialog) and app.is_running
        assert any(n.severity == "error" for n in app._notifications)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_switching_format_switches_the_suffix(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        select_directly(app)
        await pilot.pause()
        await pilot.press("e")
        field = app.screen.query_one("#export-path", Input)
        assert field.value == str(tmp_path / "nkru-selection.md")
        await pilot.press("right")
        assert field.value == str(tmp_path / "nkru-selection.csv")
        await pilot.press("right", "right")
        assert field.value == str(tmp_path / "nkru-selection-csl.json")
        await pilot.press("left", "left", "left")
        assert field.value == str(tmp_path / "nkru-selection.md")
        await pilot.press("tab", "shift+tab", "space")  # space keeps the highlighted format chosen
        assert isinstance(app.screen, ExportDialog) and field.value == str(tmp_path / "nkru-selection.md")


async def test_y_copies_the_selection_as_markdown(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        chosen = select_directly(app)
        await pilot.pause()
        await pilot.press("y")
        copied = app.clipboard
        assert all(f"`{pid}`" in copied for pid in chosen)
        assert copied.count("> ") >= 3 and "Source file:" in copied


async def test_export_and_copy_with_nothing_selected_only_warn(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("e", "y")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert sum("Nothing selected" in n.message for n in app._notifications) == 2
        assert app.clipboard == ""


async def test_csv_export_neutralises_formula_cells(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        formula = next(p.id for p in app.corpus.passages.values() if p.text == FORMULA_PASSAGE)
        app.toggle_selected(formula)
        await export_via_dialog(pilot, "csv")
        rows = list(csv.DictReader(io.StringIO((tmp_path / "nkru-selection.csv").read_text())))
        assert rows[0]["text"].startswith("'=HYPERLINK")
