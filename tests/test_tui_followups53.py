"""Helper 53's TUI follow-ups: headline words lit in search hits, the "?" of a doubtful date in the
figure tracker's summary, and the dialogs' keys in help."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static
from tui_fixtures import (
    hit_prompt,
    title_lit,
    HOSTILE_TITLE,
    fixture_corpus,
    lit_words,
    running_app,
    until,
)

from tui.keys import class_bindings
from store.search.title_marks import query_title_spans
from tui.screens.figures import FigureTrackerScreen
from tui.screens.help import HelpScreen, dialog_sections

# --- search: the headline's matched words are lit ----------------------------------------------------






async def _tracker_summary(tmp_path: Path, corpus) -> str:  # type: ignore[no-untyped-def]
    """The figure tracker's summary line for troops deployed, once its table is built."""
    async with running_app(tmp_path, corpus=corpus, size=(140, 40)) as (app, pilot):
        screen = FigureTrackerScreen(corpus, subject_id="troops_deployed")
        app.push_screen(screen)
        await until(pilot, lambda: screen.table is not None, "the table")
        return str(screen.query_one("#figures-summary", Static).render())


async def test_a_hit_found_through_its_headline_lights_the_headline_words(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        # "losses" and "mount" are only in the hostile article's title, not in its lead passage.
        prompt = await hit_prompt(app, pilot, "losses mount ", "art-hostile-000")
        body = prompt.body
        title_line = body.plain.split("\n", 1)[0]
        assert title_line.startswith(HOSTILE_TITLE), "markup in the title stays its characters"
        assert title_lit(prompt) == lit_words(prompt) == ["losses", "mount"], "the title's words are lit, none in the passage"
        bold = [s for s in body.spans if str(s.style) == "bold"]
        assert any(s.start == 0 and s.end >= len(HOSTILE_TITLE) for s in bold), "the title stays bold"
        assert not any("click" in str(s.style) or "link" in str(s.style) for s in body.spans)


async def test_headline_words_match_by_folding_and_light_stems_not_typos(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        # The passage holds "soldiers" (lit by the index); the title holds "11,000" and "soldiers" too.
        prompt = await hit_prompt(app, pilot, "soldier 11000 ", "art-unknown-000")
        assert title_lit(prompt) == ["11,000", "soldiers"], prompt.body.plain
        assert lit_words(prompt) == ["11,000", "soldiers"] * 2, "and the passage's own, as before"


def test_title_spans_use_the_index_folding_and_leave_exclusions_and_typos_dark() -> None:
    title = "Sŭngri plant: Korea's casualties mount [@click=app.quit]"

    def words(query: str) -> list[str]:
        return [title[a:b] for a, b in query_title_spans(title, query)]

    assert words("SUNGRI korea casualty") == ["Sŭngri", "Korea's", "casualties"]
    assert words("sungri -casualties") == ["Sŭngri"], "an excluded word is no reason for a match"
    assert words("casulaties") == [], "typo tolerance is the index's, not the title line's"
    assert words("click quit") == ["click", "quit"], "only words: the brackets are never read as markup"
    assert words("") == []


# --- figure tracker: a doubtful date keeps its "?" in the summary ------------------------------------


async def test_figure_tracker_summary_marks_a_date_whose_day_and_month_could_be_swapped(tmp_path: Path) -> None:
    corpus = fixture_corpus()
    assert corpus.article("art-hostile").date_ambiguous and corpus.article("art-hostile").published == "2024-11-05"
    summary = await _tracker_summary(tmp_path, corpus)
    assert "2024-11-05? → 2024-12-17" in summary, summary  # the latest (Reuters) is a plain date


async def test_a_date_another_article_states_plainly_is_not_marked(tmp_path: Path) -> None:
    corpus = fixture_corpus()
    corpus.article("art-reuters").published = "2024-11-05"  # the same day, stated plainly
    summary = await _tracker_summary(tmp_path, corpus)
    assert "dates 2024-11-05" in summary and "2024-11-05?" not in summary, summary


# --- help: the dialogs' keys -------------------------------------------------------------------------


async def test_help_lists_each_dialogs_own_keys_under_its_name(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help")
        blocks = [(set(s.classes), str(s.render())) for s in app.screen.query(".help-group, .help-lines")]
        sections: dict[str, str] = {}
        current = None
        for classes, text in blocks:
            if "help-group" in classes:
                current = text
                sections.setdefault(current, "")
            elif current is not None:
                sections[current] += text
        for title in ("Add files dialog", "Remove source dialog", "Reanalyse dialog", "Audit trail", "Export dialog", "Picker"):
            assert title in sections, sorted(sections)
        # Generated from the classes: every described key of each dialog and its boxes is in its section.
        for section in dialog_sections():
            title = section[0].HELP_GROUP  # type: ignore[attr-defined]
            for cls in section:
                for binding in class_bindings(cls, within="tui."):
                    if binding.description:
                        assert binding.description in sections[title], (title, binding)
        assert "Cancel" in sections["Remove source dialog"], "listed though the export dialog's escape cancels too"
        assert "Move cursor left" not in sections["Add files dialog"], "the text box's own editing keys stay out"
