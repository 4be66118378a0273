"""A fuzzy picker dialog: type to filter a list, enter to choose, escape to cancel.

The comparison screen uses it to choose articles or outlets, the figure
tracker to choose a subject.  Prompts are ``rich.text.Text`` (never markup
strings); matching is rapidfuzz over each entry's ``haystack``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, cast

from rapidfuzz import fuzz, process, utils
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.widgets.keybar import KeyBar
from tui.widgets.typed_order import TypedOrderInput


@dataclass(frozen=True, slots=True)
class PickerEntry:
    key: str
    prompt: Text
    haystack: str  # what the query is matched against


class PickerQuery(TypedOrderInput):
    """The picker's filter box; down and up move in the list as they arrive, in order with the letters.

    Enter is the box's own key and acts as it arrives; down and up, left to the screen's
    bindings, would be looked up only once they had bubbled up to the app: "kursk", down, enter
    typed fast chose the first match before the down had moved to the second.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "screen.move(1)", show=False),
        Binding("up", "screen.move(-1)", show=False),
        # Input's own Enter is hidden from the footer, which then offered only "esc Cancel".
        Binding("enter", "submit", "Choose", tooltip="Take the highlighted entry"),
    ]


class FuzzyPicker(ModalScreen[str | None]):
    """Type to filter, enter to choose, escape to cancel.  Returns the chosen entry's key."""

    HELP_GROUP: ClassVar[str] = "Picker"
    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: the picker closes as Escape arrives, so the keys typed hard on its heels reach
        # the screen under it instead of the box that is going away.
        Binding("escape", "cancel", "Cancel", priority=True, tooltip="Close without choosing"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
    ]
    DEFAULT_CSS = """
    FuzzyPicker { align: center middle; }
    FuzzyPicker > Vertical {
        width: 90; max-width: 95%; height: 70%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    FuzzyPicker #picker-title { color: $text-primary; text-style: bold; }
    FuzzyPicker OptionList { height: 1fr; border: none; background: transparent; }
    """
    LIMIT = 60
    # Entries listed before anything is typed: a corpus of 10,000 articles made a list that took
    # seconds to lay out; typing narrows the whole list anyway.
    UNFILTERED_LIMIT = 300

    def __init__(
        self,
        title: str,
        entries: list[PickerEntry],
        *,
        placeholder: str = "Type to filter",
        empty_note: str = "Nothing to choose from yet.",
    ) -> None:
        super().__init__()
        self.title_text = title
        self.entries = entries
        self.placeholder = placeholder
        self.empty_note = empty_note  # what an empty list says: a blank dialog reads as broken
        self._haystacks = {index: entry.haystack for index, entry in enumerate(entries)}
        self._listed_for: str | None = None  # the query the list shows matches for

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text), id="picker-title")
            yield PickerQuery(placeholder=self.placeholder, id="picker-query")
            yield OptionList(id="picker-options", markup=False)
        yield KeyBar()  # the dialog's own keys: the main screen's bar under it would list keys that do nothing here

    def on_mount(self) -> None:
        self._list_for_query()
        self.query_one(Input).focus()

    def matching(self, query: str) -> list[PickerEntry]:
        if not query.strip():
            return list(self.entries)
        found = process.extract(
            query,
            self._haystacks,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            limit=self.LIMIT,
            score_cutoff=50,
        )
        return [self.entries[index] for _, _, index in found]

    def _show(self, entries: list[PickerEntry]) -> None:
        options = self.query_one(OptionList)
        shown = entries[: self.UNFILTERED_LIMIT]
        options.set_options(Option(entry.prompt, id=entry.key) for entry in shown)
        if len(entries) > len(shown):
            more = Text(f"… {len(entries) - len(shown):,} more: type to narrow the list", style="dim italic")
            options.add_option(Option(more, disabled=True))
        if not shown:
            query = " ".join(self.query_one(Input).value.split())
            note = f"Nothing matches “{query}”: fewer letters find more." if self.entries else self.empty_note
            options.add_option(Option(Text(note, style="dim italic"), disabled=True))
        options.highlighted = 0 if shown else None

    def _list_for_query(self) -> None:
        """List the matches for the words in the box now, unless they are listed already.

        Called when the box tells of a change, and before a key acts on the list: a key typed
        right after a letter arrives before the box's message about that letter.
        """
        query = self.query_one(Input).value
        if query != self._listed_for:
            self._listed_for = query
            self._show(self.matching(query))

    @on(Input.Changed, "#picker-query")
    def _filter(self) -> None:
        self._list_for_query()

    @on(Input.Submitted, "#picker-query")
    def _submit(self) -> None:
        self._list_for_query()
        option = self.query_one(OptionList).highlighted_option
        if option is not None:
            self.dismiss(option.id)

    @on(OptionList.OptionSelected, "#picker-options")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_move(self, step: int) -> None:
        self._list_for_query()
        options = self.query_one(OptionList)
        if any(not option.disabled for option in options.options):
            options.highlighted = ((options.highlighted or 0) + step) % options.option_count

    def action_cancel(self) -> None:
        self.dismiss(None)


class OpensPickers:
    """For screens that ask through a :class:`FuzzyPicker` and close when it is cancelled with nothing to show.

    In a real terminal keys arrive together: "c" then "p" typed quickly reached the
    comparison screen before its first picker was up, so a second picker opened;
    cancelling both dismissed the screen twice, which Textual rejects
    (InvalidStateError), crashing the app.  One picker at a time, one dismissal.
    """

    # Names of our own: Textual's message pump already has a "_closing".
    _picker_open = False
    _closed_once = False

    def open_picker(self, picker: FuzzyPicker, chosen: Callable[[str | None], None]) -> None:
        if self._picker_open:
            return

        def done(value: str | None) -> None:
            self._picker_open = False
            chosen(value)

        self._picker_open = True
        cast("Screen[object]", self).app.push_screen(picker, done)

    def close_once(self) -> None:
        if not self._closed_once:
            self._closed_once = True
            cast("Screen[object]", self).dismiss()
