"""A demanding analyst's blind walk (helper 134, session 23): what tripped them, pinned down.

- Counts read like a program talking: "1 saved selected passage(s) are no longer in this database",
  "+1 more topics", "(1 articles)".  Every count now takes its noun's singular or plural.
- In the Remove-source dialog a long title wrapped back under the bullet, not under its first word.
- At 120 columns the comparison's footer had no room for "/ Find subject": its two side keys now
  share one hint ("h/l Side"), as Textual's own footer shows a binding group.
- Search opened at 120 columns and narrowed to 80 still read "Any claimant (top 300": the prompt
  was chosen for the width the screen opened at.
- Typing "shels" in the figure tracker's subject picker listed "Tank stocks and losses" and
  "Missiles supplied" above "Shells and rounds supplied": one typo'd word scored against whole names.
- Following a claim from the tracker to its passage and pressing f to go back opened the tracker on
  its first row; f now lands on the row of the passage being read (or the claim under the cursor).
- In a burst (tmux send-keys, a fast typist), tab then ctrl+u and a file name in the export dialog
  left "on" in the box: the keys went to the widget tab was leaving.
- Typing in an open filter drop-down (outlet, topic, claimant) found nothing: Textual's
  type-to-search reads only Text and str prompts.
- At 200 columns the main screen's footer named five keys; adding files, comparing and the figure
  tracker were only in help.  The empty selection list read "0 selected passages  nothing selected".
"""

from __future__ import annotations

import json

from textual.widgets import Select
from tui_fixtures import running_app, screen_text, settle, until

from store.ingest import ingest_paths
from tui.app import build_app
from tui.screens.compare_picker import FuzzyPicker, PickerEntry
from tui.screens.remove_source import RemoveSourceDialog
from tui.screens.search import SearchScreen

LONG_TITLE = (
    "North Korean artillery crews were seen firing Russian-made shells across the Kursk border as "
    "Ukrainian officials counted the losses of a winter offensive"
)


async def test_one_vanished_saved_passage_is_counted_in_the_singular(tmp_path) -> None:
    (tmp_path / "state.json").write_text(json.dumps({"selection": ["art-reuters-004", "gone-001"]}))
    async with running_app(tmp_path) as (app, pilot):
        notes = [n.message for n in app._notifications if "no longer in this database" in n.message]
        assert notes == ["1 saved selected passage is no longer in this database and was left out."]


async def test_two_vanished_saved_passages_are_counted_in_the_plural(tmp_path) -> None:
    (tmp_path / "state.json").write_text(json.dumps({"selection": ["gone-001", "gone-002"]}))
    async with running_app(tmp_path) as (app, pilot):
        notes = [n.message for n in app._notifications if "no longer in this database" in n.message]
        assert notes == ["2 saved selected passages are no longer in this database and were left out."]


async def test_the_figure_trackers_counts_of_one_are_singular(tmp_path) -> None:
    from tui.screens.figures import FigureTrackerScreen

    async with running_app(tmp_path) as (app, pilot):
        assert app.corpus.subject_claim_counts["ammunition_share"] == 1, "the premise: a subject of one claim"
        await pilot.press("f")
        await until(pilot, lambda: isinstance(app.screen, FigureTrackerScreen), "the figure tracker")
        app.screen.show_subject("ammunition_share")
        await until(pilot, lambda: app.screen.table is not None and app.screen.subject_id == "ammunition_share", "its table")
        await settle(pilot)
        heading = " ".join(screen_text(app).splitlines()[:4])
        assert "1 in 1 row (1 article)" in heading, heading


async def test_a_long_title_in_the_remove_dialog_wraps_under_its_own_first_word(tmp_path) -> None:
    source = tmp_path / "in" / "long.txt"
    source.parent.mkdir()
    source.write_text(
        f"{LONG_TITLE}\n\nSeoul Herald\n3 January 2025\n\n"
        "South Korea's spy agency said North Korea had shipped about 9 million artillery shells to Russia.\n",
        encoding="utf-8",
    )
    db = tmp_path / "db" / "articles.json"
    ingest_paths([source], db)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        app.open_article(next(iter(app.corpus.articles)))
        await settle(pilot)
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, RemoveSourceDialog) and app.screen.previewed, "the preview")
        lines = screen_text(app).splitlines()
        first = next(i for i, line in enumerate(lines) if "• North Korean artillery" in line)
        column = lines[first].index("North Korean")
        following = lines[first + 1]
        assert following[column - 2 : column].strip() == "", "nothing under the bullet"
        assert following[column : column + 1].strip(), f"the title goes on under its first word: {following!r}"


async def test_the_comparison_footer_shows_find_subject_at_120_columns(tmp_path) -> None:
    from tui.screens.compare import CompareScreen
    from tui.widgets.keybar import KeyBar

    async with running_app(tmp_path, size=(120, 40)) as (app, pilot):
        app.push_screen(CompareScreen(app.corpus, left_article_id="art-reuters", right_id="art-insider"))
        await until(pilot, lambda: isinstance(app.screen, CompareScreen), "the comparison")
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "/ Find subject" in footer, footer
        assert "h/l Side" in footer, footer
        assert "? Help" in footer and "^p Commands" in footer
        # The grouped hint still acts on each key: a click on "l" moves to the right side.
        bar = app.screen.query_one(KeyBar)
        column = footer.index("h/l Side") + 2
        await pilot.click(bar, offset=(column, 0))
        await settle(pilot)
        assert app.screen.active_side == "right"


async def test_the_claimant_prompt_follows_the_terminal_when_it_narrows(tmp_path, monkeypatch) -> None:
    import tui.screens.search as search_module

    monkeypatch.setattr(search_module, "CLAIMANT_CHOICES", 1)
    async with running_app(tmp_path, size=(160, 40)) as (app, pilot):
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search")
        total = len(app.corpus.claimant_summaries)
        select = app.screen.query_one("#claimant-filter", Select)
        assert select.prompt == f"Any claimant (top 1 of {total:,})", "the premise: wide enough for the count"
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        shown = screen_text(app)
        assert "Any claimant (top" not in shown or f"of {total:,})" in shown, shown
        await pilot.resize_terminal(160, 40)
        await settle(pilot)
        assert select.prompt == f"Any claimant (top 1 of {total:,})", "and widens again"


async def test_a_typo_in_one_word_finds_the_subject_that_has_the_word(tmp_path) -> None:
    names = ["Tank stocks and losses", "Missiles supplied", "Shells and rounds supplied", "Troops deployed"]
    entries = [PickerEntry(name, lambda name=name: name, f"{name} {name.lower().replace(' ', '_')}") for name in names]
    async with running_app(tmp_path) as (app, pilot):
        picker = FuzzyPicker("Track which subject?", entries)
        await app.push_screen(picker)
        await settle(pilot)
        assert [e.key for e in picker.matching("shels")][:1] == ["Shells and rounds supplied"]
        assert [e.key for e in picker.matching("rounds suplied")][:1] == ["Shells and rounds supplied"]
        assert [e.key for e in picker.matching("Troops deployed")][:1] == ["Troops deployed"]
        assert [e.key for e in picker.matching("misiles")][:1] == ["Missiles supplied"]


async def test_the_figure_tracker_opened_from_the_reader_lands_on_the_passages_row(tmp_path) -> None:
    # Follow a claim from the tracker to its passage, then f to go back: the tracker opened on its
    # first row, and the user had to find their place again.
    from tui.screens.figures import FigureTrackerScreen
    from tui.widgets.reader import Reader

    async with running_app(tmp_path) as (app, pilot):
        passages = [c.passage_id for c in app.corpus.claims_for(subject="troops_deployed") if c.figures]
        assert len(set(passages)) >= 2, "the premise: rows in several passages"
        for passage_id in passages:
            app.open_passage(passage_id)
            await settle(pilot)
            assert app.focused is app.screen.query_one(Reader)
            await pilot.press("f")
            await until(pilot, lambda: isinstance(app.screen, FigureTrackerScreen) and app.screen.table is not None, "the tracker")
            await settle(pilot)
            current = app.screen.current_row()
            assert current is not None and current[2].passage_id == passage_id
            await pilot.press("escape")
            await until(pilot, lambda: not isinstance(app.screen, FigureTrackerScreen), "back")


async def _burst(pilot, *keys: str) -> None:  # type: ignore[no-untyped-def]
    """All ``keys`` queued at once, as a terminal (or tmux send-keys) delivers a fast burst."""
    from textual import events

    for key in keys:
        character = key if len(key) == 1 else None
        pilot.app.post_message(events.Key(key, character))
    await settle(pilot)


async def test_a_name_typed_fast_after_tab_lands_in_the_box_tab_went_to(tmp_path) -> None:
    # "right right", then tab, ctrl+u and a file name in one burst left "on" (of ".json") in the box:
    # the letters went to the format buttons tab was leaving, and ctrl+u cut from a stale cursor.
    from textual.widgets import Input

    from tui.screens.export import ExportDialog

    async with running_app(tmp_path) as (app, pilot):
        article = app.corpus.article(next(iter(app.corpus.articles)))
        app.push_screen(ExportDialog(app.corpus, [article.passages[0].id]))
        await until(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")
        await settle(pilot)
        await pilot.press("right", "right")
        await _burst(pilot, "tab", "ctrl+u", *"/tmp/out/sel.json")
        box = app.screen.query_one("#export-path", Input)
        assert app.focused is box
        assert box.value == "/tmp/out/sel.json"
        await _burst(pilot, "shift+tab", "tab")  # two moves in one burst: each acts once, in order
        assert app.focused is box and box.value == "/tmp/out/sel.json"


async def test_a_wide_footer_lists_the_screens_own_tools_and_a_narrow_one_still_fits(tmp_path) -> None:
    # At 200 columns the main screen's bar named five keys; adding files, comparing, the figure
    # tracker were only in help.  They are listed while there is room, and go first when there is not.
    async with running_app(tmp_path, size=(200, 50)) as (app, pilot):
        footer = screen_text(app).splitlines()[-1]
        for hint in ("a Add files", "c Compare", "f Figures", "R Reanalyse claims", "? Help", "^p Commands"):
            assert hint in footer, footer
        assert footer.index("/ Search") < footer.index("a Add files") < footer.index("? Help")
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert footer.rstrip().endswith("? Help  ^p Commands"), footer
        assert "/ Search" in footer and "Add files" not in footer


async def test_typing_in_an_open_filter_list_jumps_to_the_entry(tmp_path) -> None:
    # Textual's drop-downs find an entry by its first letters, but only in prompts of Text or str:
    # "Reu" typed in the open outlet list went nowhere, and Enter chose "Any outlet".
    from tui_fixtures import type_text

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search")
        await type_text(pilot, "troops")
        for selector, typed, wanted in (("#outlet-filter", "reu", "Reuters"), ("#topic-filter", "casu", "casualties")):
            select = app.screen.query_one(selector, Select)
            select.focus()
            await settle(pilot)
            await pilot.press("enter")
            await until(pilot, lambda select=select: select.expanded, "the open list")
            await type_text(pilot, typed)
            await pilot.press("enter")
            await settle(pilot)
            assert select.value == wanted, (selector, select.value)


async def test_an_empty_selection_list_says_so_once(tmp_path) -> None:
    from tui.screens.selection import SelectionScreen

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("S")
        await until(pilot, lambda: isinstance(app.screen, SelectionScreen), "the selection list")
        title = str(app.screen.query_one("#selection-title").render())
        assert title.strip().startswith("No passage selected"), title
        assert "0 selected" not in title and title.lower().count("select") == 2, title  # the title, and how to


async def test_the_comparisons_figure_key_lands_on_the_active_sides_claim(tmp_path) -> None:
    from tui.screens.compare import ClaimComparisonList, CompareScreen
    from tui.screens.figures import FigureTrackerScreen

    async with running_app(tmp_path) as (app, pilot):
        app.push_screen(CompareScreen(app.corpus, left_article_id="art-reuters", right_id="art-insider"))
        await until(pilot, lambda: isinstance(app.screen, CompareScreen), "the comparison")
        await settle(pilot)
        compare = app.screen
        claims = compare.query_one(ClaimComparisonList)
        landed = []
        for side in ("left", "right"):
            for index, entry in enumerate(compare.subjects):
                side_claims = entry.left if side == "left" else entry.right
                if not side_claims:
                    continue
                claims.focus()
                claims.highlighted = next(i for i, o in enumerate(claims.options) if o.id == f"subject-{entry.subject}")
                compare.active_side = side
                await settle(pilot)
                await pilot.press("f")
                await until(pilot, lambda: isinstance(app.screen, FigureTrackerScreen) and app.screen.table is not None, "the tracker")
                await settle(pilot)
                current = app.screen.current_row()
                assert current is not None and current[2].passage_id == side_claims[0].passage_id, (side, entry.subject)
                landed.append(current[2].passage_id)
                await pilot.press("escape")
                await until(pilot, lambda: app.screen is compare, "back to the comparison")
        assert len(set(landed)) >= 2, "the premise: claims in several passages"
