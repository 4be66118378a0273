"""A demanding analyst's blind walk through the app (helper 48): what it found, pinned down.

- File names are untrusted: a rejected file called ``junk<ESC>]0;pwned<BEL>.bin`` set the terminal's
  title from the add-files dialog, and the remove dialog, the audit heading, export errors and worker
  failure notices passed names and paths to the terminal just as raw.
- The comparison picker offered the other side's own outlet, so "c", Enter compared an outlet
  with itself and called every figure consistent.
- Dates whose day and month could be swapped lost their "?" in the comparison and the figure tracker.
- "-word" alone found nothing and told the user to "try fewer words".
- The selection screen's footer did not show e and y, the keys the screen is for; a folder typed in
  the export dialog was refused instead of written into; the reanalyse dialog promised to keep
  "notes" the app does not have.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, DataTable, Input, Static
from tui_fixtures import (
    fixture_corpus,
    running_app,
    screen_text,
    settle,
    type_text,
    until,
)

from store.ingest import ingest_paths
from store.paths import seed_files
from tui.app import build_app
from tui.screens.add_files import AddFilesDialog
from tui.screens.compare import CompareScreen
from tui.screens.compare_picker import FuzzyPicker
from tui.screens.export import ExportDialog
from tui.screens.figures import FigureTrackerScreen
from tui.screens.main import MainScreen
from tui.screens.reanalyse import ReanalyseDialog
from tui.screens.remove_source import RemoveSourceDialog
from tui.screens.search import SearchScreen
from tui.screens.selection import SelectionScreen
from tui.widgets.keybar import KeyBar
from tui.workers import WorkerFailed

ESC = "\x1b"
ARTICLE = """\
North Korea sends more shells to Russia

Seoul Herald
3 January 2025

South Korea's spy agency said North Korea had shipped about 9 million artillery shells to Russia since August.

The agency said some 1,100 North Korean soldiers had been killed or wounded in Kursk.
"""


def _notices(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(n.message) for n in app._notifications]


async def _save_export(app, pilot, path: str):  # type: ignore[no-untyped-def]
    """Open the export dialog on the selection, type ``path`` and save; the dialog, for what it says then."""
    await pilot.press("e")
    await until(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")
    dialog = app.screen
    dialog.query_one("#export-path", Input).value = path
    await pilot.press("ctrl+s")
    return dialog


def _db(tmp_path: Path, *extra: Path) -> Path:
    db = tmp_path / "db" / "articles.json"
    ingest_paths([*seed_files()[:1], *extra], db)
    return db


# --- untrusted file names never reach the terminal as escapes ------------------------------------


async def test_a_rejected_file_whose_name_holds_escapes_is_listed_neutralised(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / f"junk{ESC}]0;pwned\x07.bin").write_bytes(bytes(range(256)) * 4)
    (inbox / f"evil{ESC}[31mred.txt").write_text(ARTICLE, encoding="utf-8")
    app = build_app(_db(tmp_path), state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AddFilesDialog), "the add-files dialog")
        dialog = app.screen
        dialog.query_one(Input).value = str(inbox)
        await pilot.press("enter")
        await until(pilot, lambda: not dialog.running and dialog.changed, "the ingest", attempts=500)
        rejected = str(dialog.query_one("#add-rejected-list", Static).render())
        assert "junk" in rejected and "unsupported file type" in rejected
        assert ESC not in rejected, "an OSC sequence in a file name retitled the terminal"
        assert "\ufffd]0;pwned" in rejected  # shown, as a visible mark, not obeyed
        # Progress lines name the file being read: the same sink.
        dialog.say(f"Reading evil{ESC}[31mred.txt")
        assert ESC not in str(dialog.query_one("#add-summary", Static).render())
        assert ESC not in screen_text(app)


async def test_removing_a_file_whose_name_holds_escapes_shows_and_notifies_it_neutralised(tmp_path: Path) -> None:
    evil = tmp_path / "in" / f"evil{ESC}]0;pwned\x07.txt"
    evil.parent.mkdir()
    evil.write_text(ARTICLE, encoding="utf-8")
    app = build_app(_db(tmp_path, evil), state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        article = next(a for a in app.corpus.articles.values() if "evil" in a.source_file)
        app.open_article(article.id)
        await settle(pilot)
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, RemoveSourceDialog) and app.screen.previewed, "the preview")
        question = str(app.screen.query_one("#remove-question", Static).render())
        assert "evil" in question and ESC not in question
        app.screen.query_one("#remove", Button).press()
        await until(pilot, lambda: any("Removed" in n for n in _notices(app)), "the removal", attempts=500)
        notice = next(n for n in _notices(app) if "Removed" in n)
        assert "evil" in notice and ESC not in notice


async def test_failure_notices_and_the_audit_heading_never_carry_escapes(tmp_path: Path) -> None:
    from store.audit import ArticleAudit
    from tui.screens.audit import audit_heading

    heading = audit_heading(ArticleAudit("a.txt", f"/in/evil{ESC}[2J.txt", "utf-8"))
    assert "evil" in heading.plain and ESC not in heading.plain
    async with running_app(tmp_path) as (app, pilot):
        app.post_message(WorkerFailed("reader", OSError(f"cannot read /in/evil{ESC}]0;pwned\x07.txt")))
        await settle(pilot)
        notice = next(n for n in _notices(app) if "cannot read" in n)
        assert ESC not in notice


async def test_an_export_error_quoting_the_typed_path_is_shown_neutralised(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        app.toggle_selected("art-reuters-004")
        dialog = await _save_export(app, pilot, str(tmp_path / f"no{ESC}[31mfolder" / "out.md"))
        await until(pilot, lambda: any("does not exist" in n for n in _notices(app)), "the failure")
        message = str(dialog.query_one("#export-message", Static).render())
        assert "does not exist" in message and ESC not in message
        assert all(ESC not in n for n in _notices(app))


# --- comparison: never an outlet against itself --------------------------------------------------


async def test_the_compare_picker_leaves_out_the_outlet_already_on_the_other_side(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        app.open_article("art-insider")
        await settle(pilot)
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the picker")
        keys = {entry.key for entry in app.screen.entries}
        assert "outlet:Business Insider" not in keys, "picking it compared Business Insider with itself"
        assert "article:art-insider" not in keys
        assert {"outlet:Reuters", "article:art-reuters"} <= keys


async def test_with_an_outlet_on_one_side_its_own_articles_are_not_offered_for_the_other(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        app.push_screen(CompareScreen(app.corpus))
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the left picker")
        await type_text(pilot, "outlet reuters")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker) and "right" in app.screen.title_text, "the right picker")
        keys = {entry.key for entry in app.screen.entries}
        assert "outlet:Reuters" not in keys and "article:art-reuters" not in keys
        assert "article:art-insider" in keys


# --- dates whose day and month could be swapped keep their "?" -----------------------------------


async def test_comparison_heading_and_picker_mark_an_ambiguous_date(tmp_path: Path) -> None:
    corpus = fixture_corpus()
    assert corpus.article("art-hostile").date_ambiguous
    async with running_app(tmp_path, corpus=corpus, size=(140, 40)) as (app, pilot):
        app.push_screen(CompareScreen(corpus, "art-hostile", right_id="art-reuters"))
        await settle(pilot)
        assert "2024-11-05?" in screen_text(app)
        app.screen.action_pick("left")
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the picker")
        hostile = next(e for e in app.screen.entries if e.key == "article:art-hostile")
        assert "2024-11-05?" in hostile.prompt.plain


async def test_figure_tracker_marks_an_ambiguous_date_in_its_table_and_detail(tmp_path: Path) -> None:
    corpus = fixture_corpus()
    async with running_app(tmp_path, corpus=corpus, size=(140, 40)) as (app, pilot):
        screen = FigureTrackerScreen(corpus, subject_id="troops_deployed")
        app.push_screen(screen)
        await until(pilot, lambda: screen.table is not None, "the table")
        grid = screen.query_one(DataTable)
        dates = {screen.rows_by_key[key.value][1].article_id: str(grid.get_row(key)[1]) for key in grid.rows}
        assert dates["art-hostile"] == "2024-11-05?"
        assert dates["art-reuters"] == "2024-12-17"  # a plain date stays plain
        hostile_row = next(i for i, key in enumerate(grid.rows) if screen.rows_by_key[key.value][1].article_id == "art-hostile")
        grid.move_cursor(row=hostile_row)
        await settle(pilot)
        assert "2024-11-05?" in str(screen.query_one("#figures-detail", Static).render())


# --- search: a query with nothing to search for says so ------------------------------------------


async def test_exclusions_alone_say_there_is_nothing_to_search_for(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search")
        await type_text(pilot, "-kursk")
        await until(pilot, lambda: app.screen.shown_query == "-kursk", "the search", attempts=200)
        status = str(app.screen.query_one("#search-status", Static).render())
        assert "Add a word" in status and "fewer words" not in status
        await pilot.press("ctrl+u")
        await type_text(pilot, "zzqxv")
        await until(pilot, lambda: app.screen.shown_query == "zzqxv", "the search", attempts=200)
        assert "fewer words" in str(app.screen.query_one("#search-status", Static).render())


# --- footer hints, export into a folder, honest wording --------------------------------------------


async def test_selection_screen_footer_shows_export_and_copy_and_they_work(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        app.toggle_selected("art-reuters-004")
        await pilot.press("S")
        await until(pilot, lambda: isinstance(app.screen, SelectionScreen), "the selection screen")
        await settle(pilot)
        shown = {hint.description for hint in app.screen.query_one(KeyBar).hints}
        assert {"Export", "Copy"} <= shown
        await pilot.press("y")  # Copy, from this screen: the selected passage goes to the clipboard
        await settle(pilot)
        assert "`art-reuters-004" in app.clipboard and isinstance(app.screen, SelectionScreen), app.clipboard[:200]
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")


async def test_a_folder_typed_as_the_export_path_receives_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    async with running_app(tmp_path) as (app, pilot):
        app.toggle_selected("art-reuters-004")
        await _save_export(app, pilot, str(folder))
        await until(pilot, lambda: (folder / "nkru-selection.md").exists(), "the file")
        assert "Kursk region" in (folder / "nkru-selection.md").read_text(encoding="utf-8")
        assert isinstance(app.screen, MainScreen)
        # Again: the name is taken now, so the user is asked, not overwritten.
        await _save_export(app, pilot, str(folder))
        await until(pilot, lambda: type(app.screen).__name__ == "OverwriteDialog", "the overwrite question")


async def test_reanalyse_dialog_promises_only_what_the_app_keeps(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        for current in (True, False):
            app.push_screen(ReanalyseDialog(4, current))
            await settle(pilot)
            hint = str(app.screen.query_one("#reanalyse-hint", Static).render())
            assert "notes" not in hint  # the app keeps no notes
            assert "selection" in hint and "recent searches" in hint
            if current:
                assert "Every claim was made by the analysers installed now" in hint
            app.pop_screen()
            await settle(pilot)


# --- [ and ] follow the list beside the reader -----------------------------------------------------


async def test_brackets_step_through_the_topic_listing_shown_beside_the_reader(tmp_path: Path) -> None:
    from tui.widgets.articles import TopicPassageList
    from tui.widgets.reader import Reader
    from tui.widgets.topics import TopicsPane

    async with running_app(tmp_path) as (app, pilot):
        topics = app.screen.query_one(TopicsPane)
        app.screen.focus_pane("topics")
        topics.highlight_id("language")
        await pilot.press("enter")
        await settle(pilot)
        listing = app.screen.query_one(TopicPassageList)
        in_order = list(dict.fromkeys(listing._entries[o.id][0].id for o in listing.options if o.id in listing._entries))
        assert in_order == ["art-reuters", "art-insider", "art-hostile", "art-unknown"]  # newest first, undated last
        await pilot.press("enter")  # the first passage, in the reader
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.article.id == "art-reuters"
        seen = []
        for _ in range(3):
            await pilot.press("right_square_bracket")
            await settle(pilot)
            seen.append(reader.article.id)
            # the reader's cursor is on the topic's passage in that article, evidence lit
            assert reader.current_passage_id in listing._entries
        assert seen == ["art-insider", "art-hostile", "art-unknown"], "] left the topic for the hidden article list"
        assert listing._entries[listing.highlighted_id][0].id == "art-unknown"  # the list beside follows
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert reader.article.id == "art-unknown" and any("No later article" in n for n in _notices(app))
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert reader.article.id == "art-hostile"


async def test_add_dialog_footer_names_enter_and_enter_still_adds(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AddFilesDialog), "the add-files dialog")
        await settle(pilot)
        hints = {(hint.key, hint.description) for hint in app.screen.query_one(KeyBar).hints}
        assert ("⏎", "Add") in hints, hints
        await type_text(pilot, str(tmp_path / "nowhere"))
        await pilot.press("enter")
        await settle(pilot)
        assert "no such file or folder" in str(app.screen.query_one("#add-summary", Static).render())


async def test_removing_a_file_of_many_articles_keeps_its_buttons_on_a_small_screen(tmp_path: Path) -> None:
    from textual.containers import VerticalScroll

    db = tmp_path / "db" / "articles.json"
    ingest_paths([seed_files()[2]], db)  # the seed that holds sixteen articles
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        assert len(app.corpus.articles) >= 10
        app.open_article(next(iter(app.corpus.articles)))
        await settle(pilot)
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, RemoveSourceDialog) and app.screen.previewed, "the preview")
        await settle(pilot)
        dialog = app.screen
        for button in dialog.query(Button):
            assert button.region.bottom <= app.size.height - 1, f"{button.id} is off the screen: {button.region}"
        question = dialog.query_one(VerticalScroll)
        assert question.max_scroll_y > 0  # the rest of the list scrolls into view
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        assert len(app.corpus.articles) >= 10  # cancelled: nothing removed


async def test_a_pasted_query_reaches_the_status_line_without_its_escapes(tmp_path: Path) -> None:
    from textual import events

    from tui.screens.search_widgets import QueryInput
    from tui.widgets.status import StatusBar

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search")
        app.screen.query_one(QueryInput).post_message(events.Paste(f"kursk{ESC}]0;pwned\x07"))
        await until(pilot, lambda: bool(app.screen.shown_query), "the search", attempts=200)
        await pilot.press("enter", "enter")  # into the results, then open the first hit
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "the reader")
        note = app.screen.query_one(StatusBar).search_note
        assert note.startswith("hit 1/") and "kursk" in note
        assert ESC not in note


async def test_the_next_export_starts_in_the_folder_the_last_one_went_to(tmp_path: Path) -> None:
    folder = tmp_path / "case-notes"
    folder.mkdir()
    async with running_app(tmp_path) as (app, pilot):
        app.toggle_selected("art-reuters-004")
        await _save_export(app, pilot, str(folder / "kursk.md"))
        await until(pilot, lambda: (folder / "kursk.md").exists() and isinstance(app.screen, MainScreen), "the file")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog again")
        assert Path(app.screen.query_one("#export-path", Input).value).parent == folder


async def test_a_missing_folder_typed_with_its_slash_is_not_written_as_a_file(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        app.toggle_selected("art-reuters-004")
        dialog = await _save_export(app, pilot, str(tmp_path / "exports") + "/")
        await settle(pilot)
        assert not (tmp_path / "exports").exists(), "the folder name became a file"
        assert isinstance(app.screen, ExportDialog)
        assert "folder does not exist" in str(dialog.query_one("#export-message", Static).render())


async def test_the_picker_footer_names_enter_and_enter_still_chooses(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        app.open_article("art-insider")
        await settle(pilot)
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the picker")
        await settle(pilot)
        hints = {(hint.key, hint.description) for hint in app.screen.query_one(KeyBar).hints}
        assert ("⏎", "Choose") in hints, hints
        await type_text(pilot, "reuters")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.right is not None, "the comparison")
        assert app.screen.right.key in ("Reuters", "art-reuters")


async def test_after_adding_files_the_reader_shows_what_came_in(tmp_path: Path) -> None:
    from tui.widgets.reader import Reader

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "herald.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "db" / "articles.json"
    ingest_paths(seed_files()[:2], db)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        before = app.screen.query_one(Reader).article
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AddFilesDialog), "the add-files dialog")
        dialog = app.screen
        dialog.query_one(Input).value = str(inbox)
        await pilot.press("enter")
        await until(pilot, lambda: not dialog.running and dialog.changed, "the ingest", attempts=500)
        await pilot.press("escape")
        await until(pilot, lambda: app.is_ready and isinstance(app.screen, MainScreen), "the reload", attempts=500)
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.article is not None and reader.article.title == "North Korea sends more shells to Russia"
        assert before is not None and before.title != reader.article.title  # not where the user was
        assert app.focused is reader
        assert any(n.startswith("1 new article") for n in _notices(app))
