"""Long lists arrive a page at a time, and nothing is lost behind the "more" row."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets.option_list import Option

from tui.widgets.lists import MORE_ID, PAGE_SIZE, NavList

ITEMS = [f"item-{n}" for n in range(PAGE_SIZE * 2 + 50)]


class ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield NavList(id="list")

    def on_mount(self) -> None:
        listing = self.query_one(NavList)
        listing.set_paged_options(ITEMS, lambda item: Option(item, id=item), key=str, head=[Option("head", id="head")])
        listing.focus()


def shown_ids(listing: NavList) -> list[str | None]:
    return [listing.get_option_at_index(i).id for i in range(listing.option_count)]


async def test_first_page_then_enter_on_the_more_row_adds_the_next():
    app = ListApp()
    async with app.run_test() as pilot:
        listing = app.query_one(NavList)
        ids = shown_ids(listing)
        assert ids[0] == "head" and ids[1:-1] == ITEMS[:PAGE_SIZE] and ids[-1] == MORE_ID
        assert f"{len(ITEMS) - PAGE_SIZE:,} more" in str(listing.get_option(MORE_ID).prompt)
        await pilot.press("G")
        assert listing.highlighted_id == MORE_ID
        await pilot.press("enter")
        await pilot.pause()
        ids = shown_ids(listing)
        assert ids[1:-1] == ITEMS[: 2 * PAGE_SIZE] and ids[-1] == MORE_ID
        assert listing.highlighted_id == ITEMS[PAGE_SIZE], "the cursor lands on the first new row"
        assert listing.rows_waiting == 50


async def test_highlight_id_pages_on_to_find_an_item_but_not_for_a_stranger():
    app = ListApp()
    async with app.run_test() as pilot:
        listing = app.query_one(NavList)
        assert not listing.highlight_id("not-there")
        assert listing.rows_waiting == len(ITEMS) - PAGE_SIZE, "a stranger must not load every page"
        assert listing.highlight_id(ITEMS[-1])
        await pilot.pause()
        assert listing.highlighted_id == ITEMS[-1]
        assert shown_ids(listing)[1:] == ITEMS, "every item shown once, in order, no more row left"


async def test_claims_pane_adds_a_subject_page_at_a_time(tmp_path, monkeypatch):
    from tui_fixtures import make_app, settle

    import tui.widgets.claims as claims_module
    from tui.widgets.claims import MORE_CLAIMS, ClaimsPane

    monkeypatch.setattr(claims_module, "PAGE_SIZE", 2)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = app.screen.query_one(ClaimsPane)
        first = pane.root.children[0]
        total = app.corpus.figure_claim_counts[first.data or None]
        assert total > 2, "the fixture's first subject needs more claims than a page"
        assert [type(n.data).__name__ for n in first.children[:2]] == ["Claim", "Claim"]
        assert first.children[-1].data == MORE_CLAIMS and len(first.children) == 3
        assert all(not n.children for n in pane.root.children[1:]), "other subjects fill only when opened"

        await pilot.press("3")
        pane.move_cursor(first.children[-1])
        await pilot.press("enter")
        await pilot.pause()
        claims = [n.data for n in first.children if n.data != MORE_CLAIMS]
        assert len(claims) == min(total, 4)
        assert [c.id for c in claims] == [c.id for c in app.corpus.claims_about(first.data or None)[: len(claims)]]
        assert pane.cursor_node is first.children[2], "the cursor lands on the first claim of the new page"

        second = pane.root.children[1]
        second.expand()
        await pilot.pause()
        assert second.children, "opening a subject fills it"


async def test_reader_draws_a_long_article_a_page_at_a_time_and_marks_later_pages(tmp_path, monkeypatch):
    """An article of 200,000 paragraphs froze the app for minutes when the reader drew them all at once."""
    from tui_fixtures import is_marked, make_app, settle

    import tui.widgets.reader as reader_module
    from tui.widgets.reader import Reader

    monkeypatch.setattr(reader_module, "READER_PAGE", 2)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        article = max(app.corpus.articles.values(), key=lambda a: len(a.passages))
        assert len(article.passages) > 3, "the fixture needs an article longer than two pages"
        reader.show_article(article, selected=frozenset())
        await pilot.pause()
        drawn = [o.id for o in reader.options if o.id]
        assert drawn == [p.id for p in article.passages[:2]] + [MORE_ID]
        last = article.passages[-1].id
        reader.mark_selected(frozenset({last}), {last})  # not drawn yet: no error, marked when drawn
        assert reader.highlight_id(last)
        await pilot.pause()
        assert reader.current_passage_id == last
        assert is_marked(reader.get_option(last).prompt)
        assert [o.id for o in reader.options if o.id] == [p.id for p in article.passages]
