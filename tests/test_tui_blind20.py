"""A demanding analyst's blind walk (helper 114, session 20): what it found, pinned down.

- On a database with no articles, r (audit trail), D (remove source) and R (reanalyse) did
  nothing at all: no screen, no notice.  Each now says why, and what to press instead.
- Search on a database with no articles said "No passage matches. Try fewer words or drop a
  filter." (there was nothing to search in), and with no filter set it still advised dropping
  one.  The note now fits the case: an empty database, or a filter (and ctrl+l to drop them).
- Adding one large file (tens of megabytes, minutes of analysis) held the progress bar at 0%
  with "Reading huge.txt" and nothing moving: it looked hung.  The step line now counts the
  seconds once a step takes long.
- Comparing an article with an outlet silently swapped the article for its outlet: the side
  the user chose vanished from the heading.  A notice now names the article and its outlet.
- Help listed only the footer's name of a binding with several keys: "?" without f1, "/"
  without ctrl+f (both in the README), "h" without the left arrow.  Each key is named now.
"""

from __future__ import annotations

import threading
from pathlib import Path

from textual.widgets import Input, Select, Static
from tui_fixtures import running_app, settle, type_text, until

from store.corpus import Corpus
from tui.screens.add_files import AddFilesDialog
from tui.screens.main import MainScreen
from tui.screens.search import SearchScreen


def empty_corpus() -> Corpus:
    return Corpus.from_records([], [])


def notices(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(n.message) for n in app._notifications]


# --- keys that needed an article, on a database with none ---------------------------------------


async def test_audit_remove_and_reanalyse_on_an_empty_database_say_why_nothing_opens(tmp_path: Path) -> None:
    async with running_app(tmp_path, corpus=empty_corpus()) as (app, pilot):
        for key, doing in (("r", "audit trail"), ("D", "remove the source"), ("R", "reanalyse")):
            before = len(notices(app))
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, MainScreen), f"{key}: nothing to open, yet a screen came up"
            said = notices(app)[before:]
            assert len(said) == 1 and doing in said[0], f"{key}: {said}"
            assert "Press a to add files" in said[0], said[0]


async def test_audit_on_a_populated_database_still_opens(tmp_path: Path) -> None:
    from tui.screens.audit import AuditScreen

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, AuditScreen), "the audit trail")
        assert not any("No article" in n for n in notices(app))


# --- search's note when nothing is found -----------------------------------------------------------


async def _search_for(app, pilot, query: str) -> str:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search")
    await type_text(pilot, query)
    await until(pilot, lambda: app.screen.shown_query == query, "the results of the query")
    return str(app.screen.query_one("#search-status", Static).render())


async def test_search_on_an_empty_database_says_there_is_nothing_to_search_in(tmp_path: Path) -> None:
    async with running_app(tmp_path, corpus=empty_corpus()) as (app, pilot):
        note = await _search_for(app, pilot, "troops")
        assert "no articles" in note and "Try fewer words" not in note, note


async def test_no_hits_advise_dropping_a_filter_only_when_one_is_set(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        note = await _search_for(app, pilot, "zqxjvw")
        assert "No passage matches" in note and "filter" not in note, note
        screen = app.screen
        outlet = screen.query_one("#outlet-filter", Select)
        outlet.value = "Reuters"  # an outlet of the fixture corpus
        await until(pilot, lambda: screen.shown_search is not None and screen.shown_search[1].outlet, "the filtered search")
        note = str(screen.query_one("#search-status", Static).render())
        assert "drop a filter" in note and "ctrl+l" in note, note


# --- a long add shows it is alive -----------------------------------------------------------------


async def test_a_long_add_counts_its_seconds_while_the_bar_stands_still(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import store.ingest_runner

    release = threading.Event()

    def slow_ingest(paths, db_path, *, progress, job, **_):  # type: ignore[no-untyped-def]
        progress("Reading big.txt", 0, 1)  # one file: the bar stays at 0% until it is done
        release.wait(30)
        raise store.ingest_runner.JobCancelled("Add", database_changed=False)  # as a stop would end it

    monkeypatch.setattr(store.ingest_runner, "ingest_in_child", slow_ingest)
    big = tmp_path / "big.txt"
    big.write_text("North Korea sent 11,000 troops, the Pentagon said.\n", encoding="utf-8")
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AddFilesDialog), "the add dialog")
        dialog = app.screen
        dialog.query_one(Input).value = str(big)
        await pilot.press("enter")
        summary = dialog.query_one("#add-summary", Static)
        try:
            for _ in range(100):
                await pilot.pause(0.05)
                if "Reading big.txt" in str(summary.render()):
                    break
            dialog.started_at -= 75  # as if the file had been read for a minute and a quarter
            for _ in range(60):  # the clock ticks once a second
                await pilot.pause(0.05)
                if "1 min" in str(summary.render()):
                    break
            shown = str(summary.render())
            assert "Reading big.txt" in shown and "1 min 1" in shown, shown
        finally:
            release.set()
        for _ in range(100):
            await pilot.pause(0.05)
            if not dialog.running:
                break
        shown = str(summary.render())
        assert "cancelled" in shown and " min " not in shown, shown  # the outcome is not stamped with a clock


# --- comparison: an article that turns into its outlet ---------------------------------------------


async def test_an_article_against_an_outlet_says_it_now_stands_for_its_outlet(tmp_path: Path) -> None:
    from tui.screens.compare import CompareScreen
    from tui.screens.compare_picker import FuzzyPicker

    async with running_app(tmp_path) as (app, pilot):
        article = app.screen.query_one("Reader").article
        outlet = app.corpus.outlet_name(article)
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the compare picker")
        await type_text(pilot, "business insider")
        await settle(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.mode == "outlets", "outlets compared")
        assert app.screen.left.key == outlet  # the article stands for its outlet...
        said = [n for n in notices(app) if "stands for its outlet" in n]
        assert len(said) == 1, notices(app)  # ...and the user is told, naming both
        assert article.title in said[0] and outlet in said[0], said[0]


# --- help names every key of a binding --------------------------------------------------------------


async def test_help_names_every_key_of_a_binding_not_only_the_footer_one(tmp_path: Path) -> None:
    from tui.screens.help import HelpScreen

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("f1")  # the README's other help key: it works, so help must say so
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help")
        lines = [line.split() for s in app.screen.query(".help-lines") for line in str(s.render()).splitlines()]

        def keys_of(description: str) -> str:
            return " ".join(next(words[:-1] for words in lines if words[-1:] == [description]))

        assert "f1" in keys_of("Help") and "?" in keys_of("Help"), keys_of("Help")
        assert "^f" in keys_of("Search") and "/," in keys_of("Search"), keys_of("Search")
        assert "←" in keys_of("side"), keys_of("side")  # "h / ← Left side" in the comparison's keys, not "h" alone
