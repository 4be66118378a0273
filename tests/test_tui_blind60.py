"""Helper 60's TUI follow-ups: a typo'd query word lit in headlines as in passages, the overwrite
question's keys in help, and what a blind walk through the app turned up."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import events
from textual.widgets import Button, Input, OptionList, Select, Static
from tui_fixtures import (
    hit_prompt,
    title_lit,
    lit_words,
    running_app,
    screen_text,
    settle,
    type_text,
    until,
)

from store.ingest import ingest_paths
from store.models import FileRecord, SearchHit
from store.paths import seed_files
from store.removal import RemovalReport
from tui.app import build_app
from tui.formatting import HIGHLIGHT_STYLE
from store.search.title_marks import lit_terms, query_title_spans
from store.source_paths import pasted_paths
from tui.screens.add_files import AddFilesDialog
from tui.screens.compare import CompareScreen
from tui.screens.compare_picker import FuzzyPicker, PickerEntry, PickerQuery
from tui.screens.export import ExportDialog, OverwriteDialog
from tui.screens.figures import FigureTrackerScreen
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.remove_source import removal_question
from tui.screens.search import SearchScreen
from tui.screens.selection import SelectionScreen
from tui.widgets.articles import ArticleList
from tui.widgets.reader import Reader
from tui.widgets.status import StatusBar

# --- search: a word the index matched fuzzily is lit in headlines too -------------------------------






def _passage_lit(prompt) -> list[str]:  # type: ignore[no-untyped-def]
    body = prompt.body
    end = body.plain.index("\n")
    return [body.plain[s.start : s.end] for s in body.spans if str(s.style) == HIGHLIGHT_STYLE and s.start > end]


async def test_a_typod_word_is_lit_in_the_headline_as_in_the_passage(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        # Reuters: "North Korean troops suffer heavy casualties in Kursk"; its ¶1 holds "12,000 troops".
        prompt = await hit_prompt(app, pilot, "troosp ", "art-reuters-004")
        assert _passage_lit(prompt) == ["troops"], "the index matched the typo and lit it in the passage"
        assert title_lit(prompt) == ["troops"], prompt.body.plain


async def test_a_hit_found_through_its_headline_with_a_typo_lights_the_headline(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        # The Reuters dek does not hold "casualties": it is a hit for its headline alone, which must show why.
        prompt = await hit_prompt(app, pilot, "casulaties ", "art-reuters-000")
        assert _passage_lit(prompt) == []
        assert title_lit(prompt) == ["casualties"], prompt.body.plain
        assert lit_words(prompt) == ["casualties"]


def _hit(text: str, *words: str) -> SearchHit:
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    return SearchHit("p", "a", "t", None, 1.0, text, spans)


def test_lit_terms_fold_what_the_index_lit_as_the_query_is() -> None:
    hits = [
        _hit("Some twelve thousand troops, Zelensky's aides said.", "twelve thousand", "Zelensky's"),
        _hit("Up to 50 per cent of shells.", "per cent"),
    ]
    assert lit_terms(hits) == {"12000", "zelensky", "percent"}
    title = "Zelensky: 12,000 troops, 40% of shells"
    spans = query_title_spans(title, "Zelenksy 12000", lit_terms(hits))
    assert [title[a:b] for a, b in spans] == ["Zelensky", "12,000", "%"]
    assert query_title_spans(title, "Zelenksy") == [], "without the index's word, a typo neighbour stays dark"


# --- the overwrite question: its keys in help, and arrows along its answers -----------------------


def _help_sections(app) -> dict[str, str]:  # type: ignore[no-untyped-def]
    sections: dict[str, str] = {}
    current = None
    for widget in app.screen.query(".help-group, .help-lines"):
        text = str(widget.render())
        if widget.has_class("help-group"):
            current = text
            sections.setdefault(current, "")
        elif current is not None:
            sections[current] += text
    return sections


async def test_help_has_a_section_for_the_overwrite_question(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help")
        section = _help_sections(app).get("Overwrite dialog", "")
        for description in ("Cancel", "Previous answer", "Next answer"):
            assert description in section, section


async def test_arrows_move_along_the_overwrite_answers(tmp_path: Path) -> None:
    target = tmp_path / "nkru-selection.md"
    target.write_text("precious notes\n")
    async with running_app(tmp_path) as (app, pilot):
        app.toggle_selected("art-reuters-004")
        await pilot.pause()
        await pilot.press("e", "tab", "enter")
        await until(pilot, lambda: isinstance(app.screen, OverwriteDialog), "the overwrite question")
        assert app.screen.focused is not None and app.screen.focused.id == "rename"
        await pilot.press("left")
        focused = app.screen.focused
        assert isinstance(focused, Button) and focused.id == "overwrite"
        await pilot.press("right", "right")  # past the last answer: round to the first
        assert app.screen.focused is not None and app.screen.focused.id == "cancel"
        await pilot.press("right", "enter")  # overwrite, asked for
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "the export")
        assert "Zelensky" in target.read_text()
        assert not (tmp_path / "nkru-selection-1.md").exists()


async def test_escape_in_the_overwrite_question_goes_back_to_the_export_dialog(tmp_path: Path) -> None:
    target = tmp_path / "nkru-selection.md"
    target.write_text("precious notes\n")
    async with running_app(tmp_path) as (app, pilot):
        app.toggle_selected("art-reuters-004")
        await pilot.press("e", "tab", "enter")
        await until(pilot, lambda: isinstance(app.screen, OverwriteDialog), "the overwrite question")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert target.read_text() == "precious notes\n"


# --- n / N after the database is read again --------------------------------------------------------


def _seed_db(tmp_path: Path) -> Path:
    db = tmp_path / "db" / "articles.json"
    assert not ingest_paths(seed_files()[:3], db).rejected
    return db


async def _search_and_open_first_hit(app, pilot, query: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search")
    await type_text(pilot, query)
    await pilot.press("enter")  # into the results, searched at once
    await pilot.press("enter")  # open the best hit
    await until(pilot, lambda: isinstance(app.screen, MainScreen), "the reader")


async def test_n_runs_the_last_search_again_after_the_database_is_reloaded(tmp_path: Path) -> None:
    db = _seed_db(tmp_path)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        await until(pilot, lambda: app.index_ready.is_set(), "the search index", attempts=500)
        await _search_and_open_first_hit(app, pilot, "Zelenksy troosp")
        main = app.screen
        hits = [hit.passage_id for hit in main.hits]
        assert len(hits) > 2 and main.query_one(StatusBar).search_note.startswith(f"hit 1/{len(hits)} ")

        app.reload_corpus()  # what closing the add-files, remove or reanalyse dialog does when the database changed
        await until(pilot, lambda: app.is_ready and app.index_ready.is_set(), "the reload", attempts=500)
        main = app.screen
        assert main.query_one(Reader).current_passage_id == hits[0], "back where the user left off"
        await pilot.press("n")
        await pilot.pause()
        assert not any("No search hits" in n.message for n in app._notifications)
        assert main.query_one(Reader).current_passage_id == hits[1], "on from the hit being read"
        assert main.query_one(StatusBar).search_note.startswith(f"hit 2/{len(hits)} ")
        await pilot.press("N", "N")
        await pilot.pause()
        assert main.query_one(Reader).current_passage_id == hits[-1], "back past the first, round to the last"


async def test_n_keeps_the_filters_of_the_search_it_runs_again(tmp_path: Path) -> None:
    db = _seed_db(tmp_path)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_ready and app.index_ready.is_set(), "first screen", attempts=500)
        outlet = "Asia Times"
        expected = [h.passage_id for h in app.corpus.search("tanks", limit=60, outlet=outlet)]
        assert 1 < len(expected) < len(app.corpus.search("tanks", limit=60))
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search")
        await type_text(pilot, "tanks")
        app.screen.query_one("#outlet-filter", Select).value = outlet
        await until(pilot, lambda: app.screen.shown_search is not None and app.screen.shown_search[1].outlet == outlet, "filtered")
        await pilot.press("down", "enter")
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "the reader")
        app.reload_corpus()
        await until(pilot, lambda: app.is_ready and app.index_ready.is_set(), "the reload", attempts=500)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one(Reader).current_passage_id == expected[1]
        assert app.screen.query_one(StatusBar).search_note.startswith(f"hit 2/{len(expected)} ")


async def test_n_after_a_restart_runs_the_saved_search(tmp_path: Path) -> None:
    db = _seed_db(tmp_path)
    state = tmp_path / "state.json"
    first = build_app(db, state_path=state, export_dir=tmp_path)
    async with first.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: first.is_ready and first.index_ready.is_set(), "first screen", attempts=500)
        await _search_and_open_first_hit(first, pilot, "Zelenksy")
        hits = [hit.passage_id for hit in first.screen.hits]
        await pilot.press("q")
    again = build_app(db, state_path=state, export_dir=tmp_path)
    async with again.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: again.is_ready and again.index_ready.is_set(), "second run", attempts=500)
        await pilot.press("n")
        await pilot.pause()
        assert again.screen.query_one(Reader).current_passage_id == hits[1]


# --- adding files: a path as a terminal hands over a dropped file ------------------------------------

EXTRA_ARTICLE = """\
Pyongyang sends more shells to Russia

Harbour Ledger — March 3, 2025

North Korea has shipped another 3 million artillery shells to Russia since January, South Korea's military said on Monday.
"""


def test_pasted_paths_read_quotes_escapes_and_urls_as_a_terminal_drop_writes_them(tmp_path: Path) -> None:
    spaced = tmp_path / "my article.txt"
    other = tmp_path / "second one.md"
    quoted_name = tmp_path / "it's 'quoted'.txt"
    for path in (spaced, other, quoted_name):
        path.write_text("x")
    assert pasted_paths(f"'{spaced}' ") == [spaced], "GNOME/KDE drop: single quotes and a trailing space"
    assert pasted_paths(str(spaced).replace(" ", "\\ ")) == [spaced], "macOS Terminal drop: backslash escapes"
    assert pasted_paths(f"'{spaced}' '{other}'") == [spaced, other], "several files dropped at once"
    assert pasted_paths(f"file://{str(spaced).replace(' ', '%20')}") == [spaced], "a file manager's copy"
    assert pasted_paths(str(quoted_name)) == [quoted_name], "a name with real quotes is found as typed"
    assert pasted_paths(f"'{tmp_path / 'gone.txt'}'") == [Path(f"'{tmp_path / 'gone.txt'}'")], "nothing found: as typed"


async def test_a_dropped_quoted_path_is_added(tmp_path: Path) -> None:
    db = _seed_db(tmp_path)
    dropped = tmp_path / "inbox" / "shells report.txt"
    dropped.parent.mkdir()
    dropped.write_text(EXTRA_ARTICLE, encoding="utf-8")
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AddFilesDialog), "the add-files dialog")
        dialog = app.screen
        dialog.query_one(Input).value = f"'{dropped}' "
        await pilot.press("enter")
        await until(pilot, lambda: not dialog.running and dialog.changed, "the ingest", attempts=500)
        assert "1 article added from 1 file" in str(dialog.query_one("#add-summary", Static).render())


# --- counts are written with thousands separators, as everywhere else ------------------------------


def test_the_removal_question_writes_large_counts_with_separators() -> None:
    record = FileRecord(source_path="/data/huge.txt", source_file="huge.txt", source_sha256="f" * 64, encoding="utf-8")
    report = RemovalReport(files=[record], articles=1, claims=245_961, dry_run=True)
    titles = [f"Article {i}" for i in range(1_010)]
    text = removal_question(report, titles).plain
    assert "1 article and 245,961 claims" in text
    assert "… and 1,002 more" in text


# --- keys typed as a screen opens its picker are the picker's ----------------------------------------


def _key(character: str) -> events.Key:
    return events.Key(character, character) if character != "enter" else events.Key("enter", "\r")


async def test_letters_typed_as_the_comparison_opens_go_to_its_picker(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        app.toggle_selected("art-reuters-004")  # with a selection, "e" would open the export dialog
        await pilot.pause()
        # "c" handled, then "suffer" and enter arriving before the picker is up: the compare
        # screen is on top but not yet drawn, and the keys reach it first.
        app.push_screen(CompareScreen(app.corpus, left_article_id="art-insider"))
        for character in [*"suffer", "enter"]:
            app.post_message(_key(character))
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.right is not None, "the choice")
        screen = app.screen
        assert screen.right is not None and screen.right.key == "art-reuters", "enter chose the first match of the letters"
        assert screen.active_side == "left", "no letter acted as a comparison key (l: right side)"
        assert not any(isinstance(s, ExportDialog) for s in app.screen_stack)


async def test_letters_typed_as_the_figure_tracker_opens_go_to_its_subject_picker(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        app.push_screen(FigureTrackerScreen(app.corpus))
        for character in "casu":
            app.post_message(_key(character))
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the subject picker")
        await settle(pilot)
        assert app.screen.query_one(PickerQuery).value == "casu"


async def test_letters_typed_in_a_pickers_list_filter_it(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        entries = [PickerEntry(key, Text(key), key) for key in ("kursk", "kyiv", "pyongyang")]
        chosen: list[str | None] = []
        await app.push_screen(FuzzyPicker("Pick", entries), chosen.append)
        picker = app.screen
        picker.query_one(OptionList).focus()  # as a click on the list leaves it
        await pilot.press(*"pyo", "enter")
        await settle(pilot)
        assert chosen == ["pyongyang"], "the letters filtered the list; enter took the match, not the first entry"


# --- the selection screen's hint at 80 columns ------------------------------------------------------


async def test_the_selection_screens_hint_is_whole_at_80_columns(tmp_path: Path) -> None:
    async with running_app(tmp_path, size=(80, 24)) as (app, pilot):
        await pilot.press("S")
        await until(pilot, lambda: isinstance(app.screen, SelectionScreen), "the selection screen")
        assert "claims or search" in screen_text(app)
        app.toggle_selected("art-reuters-004")
        await settle(pilot)
        assert "escape returns" in screen_text(app)


async def test_a_burst_after_c_reaches_the_picker_and_escape_then_closes_the_comparison(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        app.toggle_selected("art-reuters-004")  # with a selection, "e" would open the export dialog
        await pilot.press("4")
        # "c" and the letters read in one go (tmux send-keys, a busy app): all are handed to the
        # main screen before "c" comes back up and opens the comparison.
        for character in "czelensky":
            app.post_message(_key(character))
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the picker")
        await settle(pilot)
        assert [type(s).__name__ for s in app.screen_stack] == ["Screen", "MainScreen", "CompareScreen", "FuzzyPicker"]
        assert app.screen.query_one(PickerQuery).value == "zelensky"
        await pilot.press("escape")  # nothing chosen: the empty comparison closes too
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)


async def test_a_comparison_closed_from_under_a_dialog_stays_closable(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        app.toggle_selected("art-reuters-004")
        compare = CompareScreen(app.corpus, left_article_id="art-insider", right_id="art-reuters")
        await app.push_screen(compare)
        await app.push_screen(ExportDialog(app.corpus, list(app.selection), directory=tmp_path))
        compare.close_once()  # what a picker cancelled with nothing compared does, here with a dialog on top
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog), "the dialog was not popped in the comparison's place"
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is compare
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen), "escape still closes the comparison"


async def test_c_typed_right_after_moving_in_the_article_list_compares_the_article_under_the_cursor(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("4")
        articles = app.screen.query_one(ArticleList)
        start = articles.highlighted_id
        for character in "jjc":  # read in one go: the reader's preview of the new article comes after "c"
            app.post_message(_key(character))
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the picker")
        compare = next(s for s in app.screen_stack if isinstance(s, CompareScreen))
        assert articles.highlighted_id != start
        assert compare.left is not None and compare.left.key == articles.highlighted_id
