"""An OptionList that moves like the rest of the app: j/k, g/G, arrows, mouse."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from tui.formatting import DIM

MORE_ID = "nav-list-more"
#: Rows added at a time.  OptionList measures every row it holds, so ten thousand
#: articles in one go would freeze the screen for seconds; the rest wait behind a row.
PAGE_SIZE = 200


class NavList(OptionList):
    """Base for every list pane; options are always Content, never markup."""

    HELP_GROUP: ClassVar[str] = "Lists"
    #: Whether moving the cursor onto the "more" row brings in the next page by itself (for lists
    #: whose rows are costly to build, paged small: enter on that row would be a step too many).
    PAGE_ON_ARRIVAL: ClassVar[bool] = False

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "Top", show=False),
        Binding("G", "last", "Bottom", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self._waiting: Sequence[Any] = ()
        self._shown = 0
        self._make_option: Callable[[Any], Option] = lambda item: item
        self._waiting_at: dict[str, int] | None = None  # option id -> position in ``_waiting``
        self._page_size = PAGE_SIZE

    def show_empty_note(self, note: str) -> None:
        """A pane with nothing to list says why and what to do, rather than showing a blank box."""
        if not any(not option.disabled for option in self.options):
            self.add_option(Option(Content.styled(note, f"italic {DIM}"), disabled=True))

    # --- long lists, a page at a time ------------------------------------------

    def set_paged_options(
        self,
        items: Sequence[Any],
        make_option: Callable[[Any], Option],
        *,
        head: Iterable[Option] = (),
        key: Callable[[Any], str] | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        """Show ``head`` then the first page of ``items``; a last row says how many wait and adds them.

        ``key`` gives an item's option id, so :meth:`highlight_id` knows whether paging on can find it.
        """
        self._waiting, self._make_option, self._shown = items, make_option, 0
        self._page_size = page_size
        self._waiting_at = None if key is None else {key(item): at for at, item in enumerate(items)}
        self.set_options(head)
        self.show_next_page()

    @property
    def rows_waiting(self) -> int:
        return len(self._waiting) - self._shown

    def show_next_page(self, *, through: int = 0) -> None:
        """Add the next page of rows, or as many pages as it takes to show item ``through``.

        In one step: each addition makes OptionList measure every row it holds again (taking
        the "more" row out clears its caches), so paging to an article 6,000 rows down page by
        page measured the list thirty times over: a second's freeze at ten thousand articles.
        """
        if self._shown:
            try:
                self.remove_option(MORE_ID)
            except OptionDoesNotExist:
                pass
        pages = max(1, -(-(through + 1 - self._shown) // self._page_size))
        page = self._waiting[self._shown : self._shown + pages * self._page_size]
        self._shown += len(page)
        options = [self._make_option(item) for item in page]
        if left := self.rows_waiting:
            label = f"▸ {left:,} more not shown yet: enter shows the next {min(left, self._page_size):,}"
            options.append(Option(Content.styled(label, DIM), id=MORE_ID))
        self.add_options(options)

    def show_all(self) -> None:
        if self.rows_waiting:
            self.show_next_page(through=len(self._waiting) - 1)

    def action_select(self) -> None:
        option = self.highlighted_option
        if option is not None and option.id == MORE_ID:
            first_new = self.highlighted
            self.show_next_page()
            self.highlighted = first_new
            return
        super().action_select()

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if self.PAGE_ON_ARRIVAL and self.highlighted_id == MORE_ID:
            # After the refresh: a key held down may already have moved on.
            self.call_after_refresh(self._show_next_page_at, highlighted)

    def _show_next_page_at(self, index: int | None) -> None:
        if index is not None and self.highlighted == index and self.highlighted_id == MORE_ID:
            self.show_next_page()
            self.highlighted = index  # the next page's first row took the "more" row's place

    def action_page_down(self) -> None:
        if self._has_no_lines():
            self.action_cursor_down()
        else:
            super().action_page_down()

    def action_page_up(self) -> None:
        if self._has_no_lines():
            self.action_cursor_up()
        else:
            super().action_page_up()

    def _has_no_lines(self) -> bool:
        # Textual pages by the laid-out lines, which a list squeezed to no height (a dialog in a
        # tiny terminal) never gets: its page keys raised KeyError. A step is what a page is there.
        return self.highlighted is not None and not self.scrollable_content_region

    def action_first(self) -> None:
        super().action_first()
        # Disabled header rows above the first option should come into view too.
        if self.highlighted == next((i for i, o in enumerate(self.options) if not o.disabled), None):
            self.scroll_home(animate=False, immediate=True)

    @property
    def highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def highlight_id(self, option_id: str) -> bool:
        """Move the cursor to the option with this id (showing the pages down to it); False if it is not listed."""
        while True:
            try:
                self.highlighted = self.get_option_index(option_id)
            except OptionDoesNotExist:
                if not self.rows_waiting:
                    return False
                if self._waiting_at is None:
                    self.show_next_page()  # no keys: it may be further down the list
                elif (at := self._waiting_at.get(option_id)) is None or at < self._shown:
                    return False
                else:
                    self.show_next_page(through=at)
            else:
                return True
