"""A demanding analyst's blind walk (helper 128, session 22): what tripped them, pinned down.

- Help listed a key once for the whole app: a screen's key left out because another screen had
  the same key for the same action.  The comparison's "space Select" and "esc Back", and the figure
  tracker's "esc Back", were missing from their sections.
- The claimant picker made an entry for each of 40,000 claimants as it opened (70-170 ms), and laid
  out the 300 it lists before its first frame: it makes only those it lists, a screenful first.
  Up from its first entry put the cursor on the "… 39,700 more" note, where Enter did nothing.
- At 80 columns search's claimant drop-down read "Any claimant (top 300": cut before the total.
- At 60x20 the export dialog's Cancel and Export buttons fell below its bottom edge.
- "Who says 12,000 troops, on whose authority?": the reader marked the figure and named no one; the
  claimant and source were only in the Claims pane, clipped.  While the reader is in use, the box
  under the Claims pane now lists who claims what in the passage under its cursor.
- In the comparison, f (figures) and space (select) with nothing under the cursor did nothing, unsaid.
- Comparing two outlets "on shells" meant scrolling through a dozen subjects many lines tall: / now
  finds a subject by typing its name.
- At 60 columns the figure tracker cut every date to "2025-": the claimant and outlet (whole in the
  detail line) now give way first, so the date keeps its month.
"""

from __future__ import annotations

from textual.widgets import OptionList
from tui_fixtures import fixture_records, running_app, screen_text, settle, type_text, until

from store.corpus import Corpus
from store.models import Article, ClaimantSummary, Claim, Figure, Passage
from tui.screens import search_filters
from tui.screens.compare_picker import FuzzyPicker, PickerEntry
from tui.screens.help import HelpScreen


def _help_sections(app) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each help section's title and its key lines, as plain text."""
    sections: dict[str, str] = {}
    title = None
    for static in app.screen.query(".help-group, .help-lines"):
        text = str(static.render())
        if static.has_class("help-group"):
            title = text
        elif title is not None:
            sections[title] = sections.get(title, "") + text + "\n"
    return sections


async def test_help_lists_each_screens_own_keys_even_when_another_screen_has_them(tmp_path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help")
        sections = _help_sections(app)
        comparison, tracker = sections["Comparison"], sections["Figure tracker"]
        assert "space" in comparison and "Select" in comparison
        assert "esc" in comparison and "Back" in comparison
        assert "esc" in tracker and "Back" in tracker
        # Keys that hold everywhere are still listed once, not under every screen.
        assert "Quit" not in comparison and "Up" not in sections.get("Search results", "")
        assert "Focus Next" not in comparison + tracker  # Textual's own tab key: listed once, under search
        assert "Focus Next" in sections["Search"]


def _claimants(count: int) -> list[ClaimantSummary]:
    return [ClaimantSummary(name=f"Official number {n:05d}", claim_count=count - n) for n in range(count)]


async def test_the_claimant_picker_makes_entries_only_for_what_it_lists(tmp_path, monkeypatch) -> None:
    # Making an entry for each of 40,000 claimants held the app for 70-170 ms as the picker opened.
    made: list[str] = []

    class CountedEntry(PickerEntry):
        __slots__ = ()

        def __init__(self, key, prompt, haystack) -> None:  # type: ignore[no-untyped-def]
            made.append(key)
            super().__init__(key, prompt, haystack)

    monkeypatch.setattr(search_filters, "PickerEntry", CountedEntry)
    claimants = _claimants(20_000)
    async with running_app(tmp_path) as (app, pilot):
        picker = FuzzyPicker("Filter by which claimant?", search_filters.claimant_entries(claimants))
        await app.push_screen(picker)
        await settle(pilot)
        options = picker.query_one("#picker-options", OptionList)
        assert len(made) <= FuzzyPicker.UNFILTERED_LIMIT, f"{len(made):,} entries made to list {options.option_count}"
        assert options.option_count == FuzzyPicker.UNFILTERED_LIMIT + 1  # every listed entry, then "… more"
        assert "more: type to narrow" in str(options.get_option_at_index(options.option_count - 1).prompt)
        await pilot.press("up")  # from the first entry to the last listed, though listed after the first paint
        await settle(pilot)
        assert options.highlighted_option is not None
        assert options.highlighted_option.id == claimants[FuzzyPicker.UNFILTERED_LIMIT - 1].name
        await pilot.press("down")
        await type_text(pilot, "official number 17342")
        await settle(pilot)
        assert options.get_option_at_index(0).id == "Official number 17342"  # a rare one is still found
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, FuzzyPicker)



async def test_the_claimant_filter_prompt_is_never_cut_at_80_columns(tmp_path, monkeypatch) -> None:
    import tui.screens.search as search_module

    monkeypatch.setattr(search_module, "CLAIMANT_CHOICES", 1)
    async with running_app(tmp_path, size=(80, 24)) as (app, pilot):
        await pilot.press("slash")
        await settle(pilot)
        total = len(app.corpus.claimant_summaries)
        shown = screen_text(app)
        assert "Any claimant" in shown
        # Whole ("... of 12)") or the short form; never "Any claimant (top 1 o".
        assert "Any claimant (top" not in shown or f"of {total:,})" in shown


async def test_the_export_dialog_shows_its_buttons_at_60_by_20(tmp_path) -> None:
    from textual.containers import Vertical
    from textual.widgets import Button

    from tui.screens.export import ExportDialog

    async with running_app(tmp_path, size=(60, 20)) as (app, pilot):
        article = app.corpus.article(next(iter(app.corpus.articles)))
        app.push_screen(ExportDialog(app.corpus, [article.passages[0].id]))
        await until(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")
        await settle(pilot)
        box = app.screen.query_one(Vertical)
        for button in app.screen.query(Button):
            inside = box.content_region  # within the dialog's border, not under it
            assert inside.y <= button.region.y and button.region.bottom <= inside.bottom, f"{button.label} cut off"



def _ranges_of_troops(count: int) -> Corpus:
    """``count`` articles, each with a range of troops as its one claim: a wide Figure column."""
    articles, claims = [], []
    for number in range(count):
        low, high = 100_000 * (number + 11), 100_000 * (number + 11) + 150_000
        surface = f"between {low:,} and {high:,} North Korean troops"
        text = f"Officials at the ministry said {surface} had been sent to Russia."
        article = Article(id=f"r{number:03d}", source_file=f"r{number}.txt", source_sha256=f"{number:064x}", ordinal=0,
                          title=f"Deployment report {number}", outlet=f"Long Outlet Name Wire {number % 3}",
                          published=f"2025-{1 + number:02d}-01")
        passage = Passage(id=f"{article.id}-000", article_id=article.id, kind="body", text=text, order=0, paragraph=1)
        article.passages = [passage]
        start = text.index(surface)
        figure = Figure(low, low, high, "troops", "range", surface, start, start + len(surface))
        claims.append(Claim(id=f"{passage.id}@0", article_id=article.id, passage_id=passage.id, text=text, start=0,
                            end=len(text), claimant=f"Defence ministry official number {number}",
                            subject="troops_deployed", figures=[figure]))
        articles.append(article)
    return Corpus.from_records(articles, claims)


async def test_the_figure_trackers_dates_keep_their_month_on_a_narrow_terminal(tmp_path) -> None:
    from tui.screens.figures import FigureGrid, FigureTrackerScreen

    # 54 columns with these 21-column figures: as tight as 60 with the 26 of "≤ 95,000 guns (hedged)".
    async with running_app(tmp_path, size=(54, 20), corpus=_ranges_of_troops(6)) as (app, pilot):
        tracker = FigureTrackerScreen(app.corpus, "troops_deployed")
        await app.push_screen(tracker)
        await until(pilot, lambda: tracker.table is not None, "the table")
        grid = tracker.query_one(FigureGrid)
        # Six months of 2025: cut to "2025-", every row read the same.
        assert grid.columns["date"].width >= len("2025-06")
        figure = grid.columns["figure"]  # and the figure, what the tracker is for, still whole
        assert figure.width >= max(grid.get_cell(key, "figure").cell_len for key in tracker.rows_by_key)
        through_figure = ("count", "date", "outlet", "claimant", "figure")
        assert sum(grid.columns[key].get_render_width(grid) for key in through_figure) <= 54 - 2  # the border


async def test_the_reader_says_who_claims_the_figures_of_the_passage_under_its_cursor(tmp_path) -> None:
    from tui.screens.main import MainScreen
    from tui.widgets.claims import ClaimDetail
    from tui.widgets.reader import Reader

    async with running_app(tmp_path) as (app, pilot):
        budanov = next(c for c in app.corpus.claims if c.via)  # a claim with a source behind the claimant
        app.open_passage(budanov.passage_id)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen) and screen.active_pane == "reader"
        assert screen.query_one(Reader).current_passage_id == budanov.passage_id
        detail = screen.query_one(ClaimDetail)
        assert detail.display, "the box under the Claims pane shows while the reader is in use"
        shown = str(detail.render())
        assert budanov.claimant in shown and budanov.via in shown
        # A passage without claims shows none; back in the Claims pane, its own cursor's claim.
        quiet = next(p for p in app.corpus.passages if not app.corpus.claims_in_passage(p))
        app.open_passage(quiet)
        await settle(pilot)
        assert not detail.display
        await pilot.press("3")
        await settle(pilot)
        assert screen.active_pane == "claims" and budanov.claimant not in str(detail.render())


async def test_the_comparisons_figure_key_says_why_it_does_nothing(tmp_path) -> None:
    from tui.screens.compare import CompareScreen

    articles, _claims = fixture_records()
    corpus = Corpus.from_records(articles, [])  # two articles, no claims: no subject to track
    async with running_app(tmp_path, corpus=corpus) as (app, pilot):
        left, right = articles[0].id, articles[1].id
        app.push_screen(CompareScreen(corpus, left_article_id=left, right_id=right))
        await until(pilot, lambda: isinstance(app.screen, CompareScreen), "the comparison")
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert any("No subject to track" in str(n.message) for n in app._notifications)


async def test_the_comparison_finds_a_subject_by_typing_its_name(tmp_path) -> None:
    from tui.screens.compare import ClaimComparisonList, CompareScreen

    async with running_app(tmp_path) as (app, pilot):
        app.push_screen(CompareScreen(app.corpus, left_article_id="art-reuters", right_id="art-insider"))
        await until(pilot, lambda: isinstance(app.screen, CompareScreen), "the comparison")
        await settle(pilot)
        screen = app.screen
        labels = {s.subject: s.label for s in screen.subjects}
        assert len(labels) >= 2, "two subjects, one of them not first"
        wanted = screen.subjects[-1]
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the subject picker")
        await type_text(pilot, wanted.label.split()[-1].lower())
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        claims = screen.query_one(ClaimComparisonList)
        assert app.screen is screen and screen.current_subject() is wanted
        assert screen.focused is claims


async def test_search_in_a_script_no_passage_uses_says_so_instead_of_try_fewer_words(tmp_path) -> None:
    from textual.widgets import Input, Static

    from tui.screens.search import SearchScreen

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search")
        screen = app.screen
        screen.query_one(Input).value = "북한군 파병"  # Korean typed against English coverage
        await until(pilot, lambda: screen.shown_query == "북한군 파병", "results for the Korean query")
        status = str(screen.query_one("#search-status", Static).render())
        assert "Korean (Hangul)" in status and "fewer words" not in status, status
