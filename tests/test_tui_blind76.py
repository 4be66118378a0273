"""A demanding analyst's blind walk (helper 76): what it found, pinned down.

- Opening a passage from another screen (a figure-tracker row, a search hit) while the article
  list had focus put the reader at the article's top: the list's cursor, moved to the article,
  previewed it again once focus came back to the list, over the passage just opened.
- Opening an article far down a long list (from a claim, a search hit) paged the list a page at
  a time, and OptionList measured every row again at each page: a second's freeze at ten
  thousand articles.  The pages down to it now come in at once.
- The comparison's picker laid out a styled prompt for every article (ten thousand) to list the
  first three hundred: 150 ms before it opened.  Prompts are made for the entries listed only.
- A file name holding a line break ("two\nlines.txt") was quoted over two lines by the remove
  dialog (as if two files, or words of the dialog's own) and by the add dialog's rejected list,
  and collapsed to "two lines.txt" (another file) in the reader.  Its breaks are shown as symbols.
- Help listed the claims pane's home and end as "Scroll Home" and "Scroll End", apart from g and G
  ("Top", "Bottom") though they do the same: now one line each.
- The figure tracker sorted (d, v, o) on the UI thread: at ten thousand articles the 22,000 rows of
  the troops subject held the app for half a second and more.  It sorts in a thread now, the heading
  saying so meanwhile; the worker is given a description, or Textual would build one from the repr
  of its arguments, the whole table (longer than the sort).
- At 80 columns the figure tracker's chart legend wrapped its last words ("┊ break") under its
  title, where they read as a row of the chart.
- The remove-source dialog repeated the add dialog's job handling (its own stop, cancel and
  outcome logic).  It is now a ChildJobDialog like the add and reanalyse dialogs, and so shows how
  far a removal has got in a progress bar, as they do.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, ProgressBar, Static
from tui_fixtures import running_app, screen_text, settle, until
from tui_fixtures import troop_figures_corpus as _troop_figures

from store.corpus import Corpus
from store.ingest import ingest_paths
from store.models import Article, Passage
from store.storage import acquire_writer_lock
from tui.app import build_app
from tui.screens.add_files import AddFilesDialog
from tui.screens.child_job import ChildJobDialog
from tui.screens.remove_source import RemoveSourceDialog
from tui.screens.figures import FigureTrackerScreen
from tui.screens.main import MainScreen
from tui.widgets.articles import ArticleList
from tui.widgets.lists import PAGE_SIZE
from tui.widgets.reader import Reader


async def test_a_tracker_row_opened_with_the_article_list_focused_lands_on_its_passage(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("4")  # the article list has focus, as after choosing an outlet
        await settle(pilot)
        assert isinstance(app.focused, ArticleList)
        shown = app.screen.query_one(Reader).article.id
        app.push_screen(FigureTrackerScreen(app.corpus, "casualties"))
        await until(pilot, lambda: isinstance(app.screen, FigureTrackerScreen) and app.screen.table is not None, "tracker")
        tracker = app.screen
        # A row of another article than the one shown, on a passage below that article's first.
        while (row := tracker.current_row()[2]).article_id == shown or row.passage_id.endswith("-000"):
            await pilot.press("j")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "back to the reader")
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.current_passage_id == row.passage_id


def _many_articles(count: int) -> Corpus:
    articles = []
    for number in range(count):
        article = Article(
            id=f"art{number:05d}",
            source_file=f"file{number}.txt",
            source_sha256=f"{number:064x}",
            ordinal=0,
            title=f"Report number {number} on shells",
            outlet="Wire",
            published=f"20{10 + number // 365 % 15:02d}-{1 + number // 28 % 12:02d}-{1 + number % 28:02d}",
        )
        article.passages = [
            Passage(id=f"{article.id}-000", article_id=article.id, kind="body", text=f"Paragraph of report {number}.",
                    order=0, paragraph=1)
        ]
        articles.append(article)
    return Corpus.from_records(articles, [])


async def test_an_article_far_down_the_list_is_shown_with_one_addition_of_rows(tmp_path: Path, monkeypatch) -> None:
    corpus = _many_articles(PAGE_SIZE * 6)
    async with running_app(tmp_path, corpus=corpus) as (app, pilot):
        listing = app.screen.query_one(ArticleList)
        last = corpus.list_articles()[-1].id
        additions: list[int] = []
        real_add = ArticleList.add_options

        def counted(self, options):  # type: ignore[no-untyped-def]
            options = list(options)
            additions.append(len(options))
            return real_add(self, options)

        monkeypatch.setattr(ArticleList, "add_options", counted)
        app.open_article(last)
        await settle(pilot)
        assert listing.highlighted_id == last
        assert len(additions) == 1, f"rows were added {len(additions)} times"
        assert app.screen.query_one(Reader).article.id == last


ARTICLE = """\
Seoul says 4,000 more soldiers went north

By Kim Min-ji

SEOUL, 15 March 2025 - South Korea said about 4,000 more North Korean soldiers had been sent to Russia, officials told reporters on Friday.

The National Intelligence Service said the troops were sent to the Kursk region.
"""


def _lines_with(text: str, word: str) -> list[str]:
    return [line for line in text.splitlines() if word in line]


async def test_a_file_name_with_a_line_break_is_quoted_on_one_line(tmp_path: Path) -> None:
    source = tmp_path / "in" / "two\nlines.txt"
    source.parent.mkdir()
    source.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "db" / "articles.json"
    ingest_paths([source], db)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        article = next(iter(app.corpus.articles.values()))
        app.open_article(article.id)
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        header = "\n".join(str(reader.get_option_at_index(i).prompt) for i in range(reader.option_count) if reader.get_option_at_index(i).disabled)
        assert _lines_with(header, "lines.txt") == _lines_with(header, "two"), "the reader names the file on one line"
        assert "two lines.txt" not in header, "not as another file's name"
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, RemoveSourceDialog) and app.screen.previewed, "the preview")
        question = str(app.screen.query_one("#remove-question", Static).render())
        named = _lines_with(question, "lines.txt")
        assert named and all("two" in line for line in named), question


async def test_the_add_dialog_lists_a_rejected_file_with_a_line_break_on_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "in" / "empty\nnotes.txt"
    empty.parent.mkdir()
    empty.write_text("\n\n", encoding="utf-8")
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AddFilesDialog), "the add dialog")
        dialog = app.screen
        dialog.query_one("#add-path").value = str(empty)
        await pilot.press("enter")
        await until(pilot, lambda: not dialog.running and str(dialog.query_one("#add-rejected-list", Static).render()), "the report", attempts=500)
        rejected = str(dialog.query_one("#add-rejected-list", Static).render())
        assert len(rejected.splitlines()) == 1 and "empty" in rejected and "notes.txt" in rejected, rejected


async def test_a_removal_shows_its_progress_and_escape_stops_it_as_it_stops_an_add(tmp_path: Path) -> None:
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "seoul.txt").write_text(ARTICLE, encoding="utf-8")
    (sources / "kyiv.txt").write_text(ARTICLE.replace("Seoul says", "Kyiv says").replace("4,000", "5,000"), encoding="utf-8")
    db = tmp_path / "db" / "articles.json"
    ingest_paths(sorted(sources.iterdir()), db)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, RemoveSourceDialog) and app.screen.previewed, "the preview")
        dialog = app.screen
        assert isinstance(dialog, ChildJobDialog)
        bar = dialog.query_one(ProgressBar)
        assert not bar.display, "no bar before Remove is pressed"
        lock = acquire_writer_lock(db)  # another writer: the removal waits, so Escape surely comes before it writes
        try:
            dialog.query_one("#remove", Button).press()
            for _ in range(5):  # not until(): it waits for workers, and this one waits for the lock
                await pilot.pause(0.02)
            assert dialog.running
            assert bar.display, "the removal shows how far it has got"
            await pilot.press("escape")
            await pilot.pause(0.05)
            assert app.screen is dialog
        finally:
            lock.release()
        await until(pilot, lambda: not dialog.running, "the removal to stop", attempts=500)
        assert not bar.display
        assert "nothing was changed" in str(dialog.query_one("#remove-question", Static).render())
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        assert len(app.corpus.articles) == 2


async def test_help_lists_home_and_end_of_the_claims_pane_with_g_and_capital_g(tmp_path: Path) -> None:
    from tui.screens.help import HelpScreen

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help")
        statics = [str(static.render()) for static in app.screen.query(Static)]
        claims = statics[statics.index("Claims pane") + 1].splitlines()
        assert not [line for line in claims if "Scroll Home" in line or "Scroll End" in line], claims
        top = next(line for line in claims if line.rstrip().endswith("Top"))
        bottom = next(line for line in claims if line.rstrip().endswith("Bottom"))
        assert "home" in top and "g" in top.split() and "end" in bottom and "G" in bottom.split()


async def test_the_range_chart_legend_stays_on_its_line_at_80_columns(tmp_path: Path) -> None:
    # More rows than the chart's box shows at 24 lines: its scrollbar takes two of the 80 columns.
    async with running_app(tmp_path, size=(80, 24), corpus=_troop_figures(20)) as (app, pilot):
        app.push_screen(FigureTrackerScreen(app.corpus, "troops_deployed"))
        await until(pilot, lambda: isinstance(app.screen, FigureTrackerScreen) and app.screen.table is not None, "tracker")
        await settle(pilot)
        shown = screen_text(app).splitlines()
        legend = next(line for line in shown if "Range chart" in line)
        assert "┊ break" in legend, legend


async def test_the_tracker_sorts_in_a_thread_and_says_so_meanwhile(tmp_path: Path, monkeypatch) -> None:
    import threading

    from store.compare import FigureTable

    release = threading.Event()
    real_sort = FigureTable.sorted_by

    def slow_sort(self, sort):  # type: ignore[no-untyped-def]
        release.wait(3)  # a large subject: the sort takes a while
        return real_sort(self, sort)

    monkeypatch.setattr(FigureTable, "sorted_by", slow_sort)
    async with running_app(tmp_path, corpus=_troop_figures(20)) as (app, pilot):
        app.push_screen(FigureTrackerScreen(app.corpus, "troops_deployed"))
        await until(pilot, lambda: isinstance(app.screen, FigureTrackerScreen) and app.screen.table is not None, "tracker")
        tracker = app.screen
        heading = tracker.query_one("#figures-heading", Static)
        await pilot.press("v")
        await pilot.pause(0.1)
        try:
            assert "sorting by value" in str(heading.render()), "the key is answered at once, the sort still going"
            assert tracker.table.sort == "date"
        finally:
            release.set()
        await until(pilot, lambda: tracker.table.sort == "value", "the sorted table")
        assert "sorted by value" in str(heading.render())
        values = [group.representative.figure.value for group in tracker.table.groups]
        assert values == sorted(values)


async def test_the_comparison_picker_lays_out_only_the_entries_it_lists(tmp_path: Path, monkeypatch) -> None:
    from tui.screens import compare_rows
    from tui.screens.compare import CompareScreen
    from tui.screens.compare_picker import FuzzyPicker

    corpus = _many_articles(1000)
    laid_out: list[str] = []
    real_line = compare_rows._outlet_line

    def counted(corpus, article):  # type: ignore[no-untyped-def]
        laid_out.append(article.id)
        return real_line(corpus, article)

    monkeypatch.setattr(compare_rows, "_outlet_line", counted)
    async with running_app(tmp_path, corpus=corpus) as (app, pilot):
        first = corpus.list_articles()[0].id
        app.push_screen(CompareScreen(corpus, left_article_id=first))
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the picker")
        picker = app.screen
        assert len(picker.entries) >= 999
        assert len(laid_out) <= FuzzyPicker.UNFILTERED_LIMIT + 5, f"{len(laid_out)} prompts laid out"
        await pilot.press(*"number", "space", *"500", "space", *"on")
        await settle(pilot)
        options = picker.query_one("#picker-options")
        listed = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("Report number 500 on shells" in prompt for prompt in listed), "an entry found by typing is drawn whole"
