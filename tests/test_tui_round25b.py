"""Session 25, round 2b: long names in the Claims pane, help's noise, the mouse.

- The Claims pane (a Tree) cut a long row at the pane's edge with nothing to say so: "… senior fellow
  at the Interpreter (Lowy" read as the whole name.  A cut row ends in "…"; the detail box under the
  pane gives a cut subject in full, and the pointer's tooltip the row under it.
- The detail box held four wrapped lines: a long claimant and outlet ran past its foot, and the date
  went unseen with no sign that anything was missing.  Each part is cut with "…", the date kept.
- Help listed Textual's own Tree keys for the Claims pane ("shift+← Cursor to parent", "Cursor to
  next ancestor", "Expand or collapse all"): noise beside the pane's keys.
- A click on a column header of the figure tracker did nothing; it sorts by that column as d/v/o do.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from textual.widgets import Static, Tree
from tui_fixtures import _claim, _passages, fixture_records, make_app, running_app, screen_text, settle, until

from store.corpus import Corpus
from store.models import Article, Figure, TopicHit
from tui.formatting import date_label
from tui.screens.figures import FigureGrid, FigureTrackerScreen
from tui.screens.help import HelpScreen
from tui.widgets.claims import ClaimDetail, ClaimsPane

LONG_OUTLET = ("The Interpreter (Lowy Institute for International Policy) " * 3)[:120]
LONG_CLAIMANT = "Koi Tanaka-Montgomery, senior fellow at the Interpreter (Lowy Institute for International Policy)"
LONG_SUBJECT = "North Korean casualties (killed and wounded)"  # the fixture's, cut in the 46-column pane


def _long_corpus() -> Corpus:
    """The fixture corpus with an article whose title, outlet and claimant are very long, and one in
    Arabic and Chinese."""
    articles, claims = fixture_records()
    troops = [TopicHit("troops", ["troops", "soldiers"])]
    long = Article(id="art-long", source_file="long.txt", source_sha256="e" * 64, ordinal=0,
                   title=("North Korean troops and the long war in the Kursk salient " * 6)[:300],
                   outlet=LONG_OUTLET, published="2024-11-20")
    body = f"According to {LONG_CLAIMANT}, about 11,000 North Korean soldiers were deployed."
    long.passages = _passages(long.id, [("body", body, troops, None)])
    claims.append(_claim(long.passages[0], body, LONG_CLAIMANT, "troops_deployed",
                         Figure(11000, 10000, 12000, "troops", "approx", "about 11,000")))
    rtl = Article(id="art-rtl", source_file="rtl.txt", source_sha256="f" * 64, ordinal=0,
                  title="كوريا الشمالية ترسل ١٢ ألف جندي إلى روسيا 北韩向俄罗斯派遣一万二千名士兵",
                  outlet="الجزيرة 半岛电视台", published="2024-10-30")
    text = "قال مسؤولون إن 12,000 جندي كوري شمالي وصلوا إلى كورسك. 据称约12,000名朝鲜士兵已抵达库尔斯克。"
    rtl.passages = _passages(rtl.id, [("body", text, troops, None)])
    claims.append(_claim(rtl.passages[0], text, "مسؤولون كوريون جنوبيون في وكالة الاستخبارات الوطنية", "troops_deployed",
                         Figure(12000, 12000, 12000, "troops", "exact", "12,000")))
    return Corpus.from_records([*articles, long, rtl], claims)


async def _claims_pane(app, pilot) -> ClaimsPane:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("3")
    await settle(pilot)
    pane = app.screen.query_one(ClaimsPane)
    for branch in pane.root.children:
        branch.expand()
    await settle(pilot)
    return pane


def _rows(pane: ClaimsPane) -> list[tuple[object, str, str]]:
    """(node, the label as drawn, the label in full) of every row of the pane."""
    rows = []
    for line in range(pane.last_line + 1):
        node = pane.get_node_at_line(line)
        assert node is not None
        full = Tree.render_label(pane, node, Style(), Style()).plain  # Textual's own: never cut
        rows.append((node, pane.render_label(node, Style(), Style()).plain, full))
    return rows


# --- a cut row in the Claims pane says so ---------------------------------------------------------


async def test_a_claims_row_cut_at_the_panes_edge_ends_in_an_ellipsis(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for size in ((120, 40), (80, 24)):
        app = make_app(tmp_path, corpus=_long_corpus())
        async with app.run_test(size=size) as pilot:
            pane = await _claims_pane(app, pilot)
            room = pane.scrollable_content_region.width
            cut = [(drawn, full) for node, drawn, full in _rows(pane) if drawn != full]
            assert any(LONG_CLAIMANT[:20] in full for _, full in cut), (size, cut)
            for drawn, full in cut:
                assert drawn.endswith("…") and full.startswith(drawn[:-1].rstrip()), (drawn, full)
                assert cell_len(drawn) <= room, (drawn, room)
            # On the screen too: the Koi row ends in "…" inside the pane's border, not mid-word at it.
            line = next(row for row in screen_text(app).splitlines() if "Koi Tanaka" in row)
            assert "…" in line, line


async def test_the_claims_rows_are_cut_again_for_the_new_width_after_a_resize(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, corpus=_long_corpus())
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await _claims_pane(app, pilot)
        narrow = next(drawn for _, drawn, full in _rows(pane) if LONG_CLAIMANT in full)
        await pilot.resize_terminal(80, 24)  # one pane at a time: the Claims pane takes the width
        await settle(pilot)
        wide = next(drawn for _, drawn, full in _rows(pane) if LONG_CLAIMANT in full)
        assert narrow.endswith("…") and wide.endswith("…") and len(wide) > len(narrow) + 20, (narrow, wide)


async def test_a_cut_subject_is_given_in_full_under_the_pane(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, corpus=_long_corpus())
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await _claims_pane(app, pilot)
        branch = next(node for node, drawn, full in _rows(pane) if LONG_SUBJECT in full)
        assert pane.render_label(branch, Style(), Style()).plain.endswith("…"), "the subject's row is cut"
        pane.move_cursor(branch)
        await settle(pilot)
        detail = app.screen.query_one(ClaimDetail)
        assert detail.display and LONG_SUBJECT in " ".join(str(detail.render()).split())
        # A subject that fits its row needs no box.
        short = next(node for node, drawn, full in _rows(pane) if node.data == "troops_deployed")
        pane.move_cursor(short)
        await settle(pilot)
        assert not detail.display


async def test_the_pointer_on_a_cut_row_shows_it_in_full_as_a_tooltip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, corpus=_long_corpus())
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await _claims_pane(app, pilot)
        rows = _rows(pane)
        line = next(i for i, (_, drawn, full) in enumerate(rows) if LONG_CLAIMANT in full)
        top = pane.content_region.y - pane.region.y  # the border
        await pilot.hover(pane, offset=(6, top + line))
        await settle(pilot)
        assert pane.hover_line == line
        assert pane.tooltip is not None and LONG_CLAIMANT in str(pane.tooltip), pane.tooltip
        whole = next(i for i, (_, drawn, full) in enumerate(rows) if drawn == full)
        await pilot.hover(pane, offset=(6, top + whole))
        await settle(pilot)
        assert pane.tooltip is None, "a row shown whole needs no tooltip"


async def test_the_claim_detail_cuts_a_long_claimant_and_outlet_and_keeps_the_date(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, corpus=_long_corpus())
    async with app.run_test(size=(120, 40)) as pilot:
        pane = await _claims_pane(app, pilot)
        leaf = next(node for node, _, full in _rows(pane) if LONG_CLAIMANT in full)
        pane.move_cursor(leaf)
        await settle(pilot)
        detail = app.screen.query_one(ClaimDetail)
        lines = str(detail.render()).splitlines()
        assert detail.display and len(lines) <= detail.region.height, (lines, detail.region)
        article = app.corpus.article("art-long")
        assert lines[-1].endswith(date_label(article)), lines
        assert any("…" in line for line in lines), lines
        assert all(cell_len(line) <= detail.content_region.width for line in lines), lines


# --- help lists the keys an analyst uses ----------------------------------------------------------


async def test_help_leaves_out_textuals_own_tree_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, size=(120, 200)) as (app, pilot):
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help")
        texts = [str(static.render()) for static in app.screen.query(Static)]
        claims = texts[texts.index("Claims pane") + 1]
        assert "Open claim" in claims and "Figures" in claims
        for noise in ("Cursor to parent", "ancestor", "sibling", "Expand or collapse all"):
            assert noise not in "\n".join(texts), noise
        # The keys still work: shift+↑ goes to the subject above, as in any Tree.
        await pilot.press("escape", "3")
        await settle(pilot)
        pane = app.screen.query_one(ClaimsPane)
        pane.move_cursor(pane.root.children[1])
        await pilot.press("shift+up")
        await settle(pilot)
        assert pane.cursor_node is pane.root.children[0]


# --- the mouse -----------------------------------------------------------------------------------


async def _click_header(pilot, grid: FigureGrid, column: str) -> None:  # type: ignore[no-untyped-def]
    x = 0
    for key, spec in grid.columns.items():
        if key.value == column:
            break
        x += spec.get_render_width(grid)
    await pilot.click(grid, offset=(x + 1 + grid.content_region.x - grid.region.x, grid.content_region.y - grid.region.y))
    await settle(pilot)


async def _opened_tracker(app, pilot) -> tuple[FigureTrackerScreen, FigureGrid]:  # type: ignore[no-untyped-def]
    """The figure tracker for troops deployed, its table drawn."""
    await settle(pilot)
    tracker = FigureTrackerScreen(app.corpus, subject_id="troops_deployed")
    await app.push_screen(tracker)
    await until(pilot, lambda: tracker.table is not None, "the table")
    await settle(pilot)
    return tracker, tracker.query_one(FigureGrid)


async def test_a_click_on_a_figure_tracker_header_sorts_by_that_column(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        tracker, grid = await _opened_tracker(app, pilot)
        assert tracker.table is not None and tracker.table.sort == "date"
        await _click_header(pilot, grid, "figure")
        await until(pilot, lambda: tracker.table is not None and tracker.table.sort == "value", "sorted by value")
        await _click_header(pilot, grid, "outlet")
        await until(pilot, lambda: tracker.table is not None and tracker.table.sort == "outlet", "sorted by outlet")
        await _click_header(pilot, grid, "date")
        await until(pilot, lambda: tracker.table is not None and tracker.table.sort == "date", "sorted by date")
        await _click_header(pilot, grid, "claimant")  # sortable since session 26
        await until(pilot, lambda: tracker.table is not None and tracker.table.sort == "claimant", "sorted by claimant")


async def test_the_figure_trackers_detail_cuts_each_part_with_an_ellipsis_at_80x24(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """At 80x24 the detail has three lines: a long title ran over two and the sentence went unseen,
    cut at the box's foot with no sign; each part now keeps a line of its own, ending in "…" if cut."""
    app = make_app(tmp_path, corpus=_long_corpus())
    async with app.run_test(size=(80, 24)) as pilot:
        tracker, grid = await _opened_tracker(app, pilot)
        row = next(i for i, (_, row) in enumerate(tracker.rows_by_key.values()) if row.claimant == LONG_CLAIMANT)
        grid.move_cursor(row=row)
        await settle(pilot)
        detail = tracker.query_one("#figures-detail", Static)
        lines = str(detail.render()).splitlines()
        assert len(lines) == detail.region.height == 3, (lines, detail.region)
        assert all(line.endswith("…") and cell_len(line) <= detail.content_region.width for line in lines), lines
        assert lines[0].startswith("≈ 11,000  Koi Tanaka") and lines[2].startswith("According to"), lines
        assert "interval 10,000 – 12,000" in lines[1], "the column left out at this width, still in view"
        # Wider, the same row has room to give more of each part, and cuts none of what fits.
        await pilot.resize_terminal(200, 50)
        await settle(pilot)
        wide = str(detail.render()).splitlines()
        assert any(LONG_CLAIMANT in line for line in wide), wide


async def test_a_long_title_quoted_in_a_notice_is_cut(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An article compared with an outlet stands for its own outlet, and a notice says so quoting its
    title: a 300-character title and 120-character outlet made a toast of a dozen lines at 80x24,
    over the comparison it spoke of."""
    from tui.screens.compare import CompareScreen

    async with running_app(tmp_path, corpus=_long_corpus(), size=(80, 24)) as (app, pilot):
        compare = CompareScreen(app.corpus, "art-long", right_id="Reuters")
        await app.push_screen(compare)
        await until(pilot, lambda: any("Compared as outlets" in str(n.message) for n in app._notifications), "the notice")
        notice = next(str(n.message) for n in app._notifications if "Compared as outlets" in str(n.message))
        assert len(notice) < 220 and "…" in notice, notice
        assert "North Korean troops and the long war" in notice and "The Interpreter (Lowy" in notice, notice


async def test_a_search_hit_cuts_a_very_long_headline_and_outlet(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The line above each hit named its article's 300-character headline and 120-character outlet
    whole: five lines of every hit from that article at 80 columns.  Cut, with "…"; the reader has them."""
    from tui_fixtures import hit_prompt

    async with running_app(tmp_path, corpus=_long_corpus(), size=(80, 24)) as (app, pilot):
        prompt = await hit_prompt(app, pilot, "Tanaka", "art-long-000")
        context = prompt.body.plain.split("\n")[0]
        title, outlet = context.split(" · ")[:2]
        assert title.endswith("…") and len(title) <= 140 and title.startswith("North Korean troops and the long war"), title
        assert outlet.endswith("…") and len(outlet) <= 60 and outlet.startswith("The Interpreter (Lowy"), outlet
        assert context.endswith("¶1"), context
