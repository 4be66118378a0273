"""An OptionList that moves like the rest of the app: j/k, g/G, arrows, mouse."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import OptionDoesNotExist


class NavList(OptionList):
    """Base for every list pane; options are always Content, never markup."""

    HELP_GROUP: ClassVar[str] = "Lists"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "Top", show=False),
        Binding("G", "last", "Bottom", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)

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
        """Move the cursor to the option with this id; False if it is not listed."""
        try:
            self.highlighted = self.get_option_index(option_id)
        except OptionDoesNotExist:
            return False
        return True
