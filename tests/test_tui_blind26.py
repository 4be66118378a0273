"""Session 26, the TUI on an analyst's second day (40 mixed files, 100x30, 80x24 and 160x45).

- The search screen's outlet drop-down wrapped a 120-character outlet name over five lines, pushing
  the rest of the list down.  Each choice is one line, cut with "…"; the whole name is the tooltip
  of the list while it is highlighted, and of the box once chosen (as Text: names are not markup).
- The box under the Claims pane gave a cut subject in full only as the pane was when the cursor
  arrived: narrowed until the row was whole, the box stayed; widened until it was cut, none came.
  The pane says again on every resize, and a subject longer than the box ends in "…" at its width.
- "Also in…" listed the other articles carrying a passage with nothing to tell which printed it
  first: it names the earliest dated copy, and each row is dated against the open article.
- The command palette offered sideways scrolling in lists whose text wraps (help leaves those keys
  out: they do nothing there).  Every other command it offers was run from each pane: all worked.
"""

from __future__ import annotations

import dataclasses

from textual.widgets import Select
from textual.widgets._select import SelectOverlay
from tui_fixtures import PONOMARENKO, fixture_records, running_app, screen_text, settle, until

from store.corpus import Corpus
from tui.commands import ActionCommands
from tui.formatting import date_label, outlet_label
from tui.screens.echoes import EchoPicker
from tui.widgets.claims import ClaimDetail, ClaimsPane

LONG_OUTLET = (
    "The Extremely Long Name of a Regional Broadcasting Corporation and Its Online News Service "
    "for the Korean Peninsula and Beyond"
)


def _corpus_with_long_outlet() -> Corpus:
    articles, claims = fixture_records()
    articles[0] = dataclasses.replace(articles[0], outlet=LONG_OUTLET)
    return Corpus.from_records(articles, claims)


def _tooltip_text(tooltip: object) -> str | None:
    return None if tooltip is None else getattr(tooltip, "plain", str(tooltip))


# --- the outlet drop-down -------------------------------------------------------------------------


async def _open_outlet_list(app, pilot) -> tuple[Select, SelectOverlay]:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    await settle(pilot)
    select = app.screen.query_one("#outlet-filter", Select)
    select.focus()
    await settle(pilot)
    await pilot.press("enter")
    await until(pilot, lambda: select.expanded, "the outlet list open")
    return select, select.query_one(SelectOverlay)


async def test_a_long_outlet_takes_one_line_of_the_drop_down_and_its_whole_name_is_the_tooltip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, corpus=_corpus_with_long_outlet(), size=(100, 30)) as (app, pilot):
        select, overlay = await _open_outlet_list(app, pilot)
        # One line per choice: the list is as high as it has choices (wrapped, the long name took five).
        assert overlay.virtual_size.height == overlay.option_count
        shown = screen_text(app)
        assert "The Extremely Long Name" in shown and "…" in shown
        assert "and Beyond" not in shown
        long_at = next(i for i in range(overlay.option_count) if select.full_prompt(i) == LONG_OUTLET)
        overlay.highlighted = long_at
        await settle(pilot)
        assert _tooltip_text(overlay.tooltip) == LONG_OUTLET
        overlay.highlighted = next(i for i in range(overlay.option_count) if select.full_prompt(i) == "Business Insider")
        await settle(pilot)
        assert overlay.tooltip is None  # a name that fits needs none
        overlay.highlighted = long_at
        await pilot.press("enter")
        await until(pilot, lambda: select.value == LONG_OUTLET, "the long outlet chosen")
        assert _tooltip_text(select.tooltip) == LONG_OUTLET


async def test_a_hostile_outlet_in_the_tooltip_is_text_not_markup(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tui_fixtures import HOSTILE_OUTLET

    hostile = f"{HOSTILE_OUTLET} [b]and its regional partner papers[/b]"
    articles, claims = fixture_records()
    articles = [dataclasses.replace(a, outlet=hostile) if a.outlet == HOSTILE_OUTLET else a for a in articles]
    async with running_app(tmp_path, corpus=Corpus.from_records(articles, claims), size=(80, 24)) as (app, pilot):
        select, overlay = await _open_outlet_list(app, pilot)
        overlay.highlighted = next(i for i in range(overlay.option_count) if select.full_prompt(i) == hostile)
        await settle(pilot)
        assert overlay.virtual_size.height == overlay.option_count
        # Cut at 80 columns: the tooltip gives the name as printed, "[link=…]" and all.
        assert overlay.tooltip is not None and not isinstance(overlay.tooltip, str)
        assert _tooltip_text(overlay.tooltip) == hostile


# --- the box under the Claims pane follows the width ---------------------------------------------


async def _cursor_on_longest_subject(app, pilot) -> ClaimsPane:  # type: ignore[no-untyped-def]
    app.screen.focus_pane("claims")
    await settle(pilot)
    pane = app.screen.query_one(ClaimsPane)
    longest = max(pane.root.children, key=lambda node: node.label.cell_len)
    pane.move_cursor(longest)
    await settle(pilot)
    return pane


def _detail_shown(app) -> str | None:  # type: ignore[no-untyped-def]
    detail = app.screen.query_one(ClaimDetail)
    return str(detail.render()) if detail.has_class("-has-claim") and detail.display else None


async def test_the_claim_box_gives_a_cut_subject_only_while_its_row_is_cut(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, size=(160, 45)) as (app, pilot):
        pane = await _cursor_on_longest_subject(app, pilot)
        assert pane.cut_subject is not None  # in the wide layout's narrow column
        assert " ".join((_detail_shown(app) or "").split()) == " ".join(pane.cut_subject.plain.split())
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert pane.cut_subject is None  # the pane has the whole width now
        assert _detail_shown(app) is None, "the box still gave a subject the row shows whole"
        await pilot.resize_terminal(160, 45)
        await settle(pilot)
        assert pane.cut_subject is not None
        assert _detail_shown(app), "cut again, the subject was not given in full"


async def test_the_claim_box_comes_when_a_widened_terminal_cuts_the_subject(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, size=(80, 24)) as (app, pilot):
        pane = await _cursor_on_longest_subject(app, pilot)
        assert pane.cut_subject is None and _detail_shown(app) is None
        await pilot.resize_terminal(160, 45)
        await settle(pilot)
        assert pane.cut_subject is not None
        shown = _detail_shown(app)
        assert shown is not None and pane.cut_subject.plain.split()[0] in shown


# --- "Also in…": who printed it first ---------------------------------------------------------------


def _repeated(app, article_id: str) -> str:  # type: ignore[no-untyped-def]
    return next(p.id for p in app.corpus.article(article_id).passages if p.text == PONOMARENKO)


def _unwrapped(shown: str) -> str:
    """The dialog's lines joined: its box edges and the padding inside them dropped."""
    inside = [line.split("█")[1] if line.count("█") >= 2 else line for line in shown.splitlines()]
    return " ".join(" ".join(part.strip("▊▎ ") for part in inside).split())


async def _echo_picker_text(app, pilot, passage_id: str) -> str:  # type: ignore[no-untyped-def]
    await app.push_screen(EchoPicker(app.corpus, passage_id))
    await settle(pilot)
    return screen_text(app)


async def test_also_in_names_the_earliest_dated_copy_and_dates_each_row_against_this_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path) as (app, pilot):
        shown = await _echo_picker_text(app, pilot, _repeated(app, "art-reuters"))  # dated 2024-12-17
        hostile = app.corpus.article("art-hostile")  # the same passage, dated 2024-11-05
        earliest = f"Earliest dated: {outlet_label(hostile)} · {date_label(hostile)}"
        assert earliest in _unwrapped(shown)
        assert f"{date_label(hostile)} · ¶3 · earlier than this article" in _unwrapped(shown)
        assert "later than this article" not in shown  # the undated copy is dated against nothing


async def test_also_in_says_when_the_open_article_is_the_earliest_dated(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path) as (app, pilot):
        shown = await _echo_picker_text(app, pilot, _repeated(app, "art-hostile"))
        assert "This article (2024-11-05?) is the earliest dated" in _unwrapped(shown)
        assert "later than this article" in shown and "earlier than this article" not in shown


# --- the command palette --------------------------------------------------------------------------


async def test_the_palette_offers_no_sideways_scrolling_in_the_panes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path) as (app, pilot):
        for pane in ("sources", "claims", "articles", "reader"):
            app.screen.focus_pane(pane)
            await settle(pilot)
            names = {name for name, _, _ in ActionCommands(app.screen)._commands()}
            assert not names & {"Scroll Left", "Scroll Right", "Page Left", "Page Right"}, pane
            assert "Search" in names and "Export" in names
