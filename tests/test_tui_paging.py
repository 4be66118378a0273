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
