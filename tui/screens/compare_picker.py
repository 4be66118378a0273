"""A fuzzy picker dialog: type to filter a list, enter to choose, escape to cancel.

The comparison screen uses it to choose articles or outlets, the figure
tracker to choose a subject.  Prompts are ``rich.text.Text`` (never markup
strings); matching is rapidfuzz over each entry's ``haystack``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import ClassVar, Generic, TypeVar, cast, overload

from rapidfuzz import fuzz, process, utils
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from store.word_index import WordIndex
from tui.widgets.keybar import KeyBar
from tui.widgets.typed_order import TypedOrderInput, handed_on, take


class PickerEntry:
    """One choice: its key, its prompt and the text the query is matched against."""

    __slots__ = ("_prompt", "haystack", "key")

    def __init__(self, key: str, prompt: Text | Callable[[], Text], haystack: str) -> None:
        self.key = key
        self.haystack = haystack
        # Or what makes it, called only if the entry is shown.  The comparison offers every article,
        # and laying out ten thousand styled prompts to list three hundred held the app for 150 ms.
        self._prompt = prompt

    @property
    def prompt(self) -> Text:
        if callable(self._prompt):
            self._prompt = self._prompt()
        return self._prompt


Item = TypeVar("Item")


class LazyEntries(Sequence[PickerEntry], Generic[Item]):
    """One entry per item, made only when read: the picker reads the few it lists.

    Making the 40,000 entries of every claimant held the app for 70-170 ms each time the picker
    opened, for the sixty or so it lists at once.  ``haystack`` gives the text to match without
    making the entry.
    """

    def __init__(self, items: Sequence[Item], make: Callable[[Item], PickerEntry], haystack: Callable[[Item], str]) -> None:
        self._items = items
        self._make = make
        self._haystack = haystack

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> PickerEntry: ...

    @overload
    def __getitem__(self, index: slice) -> list[PickerEntry]: ...

    def __getitem__(self, index: int | slice) -> PickerEntry | list[PickerEntry]:
        if isinstance(index, slice):
            return [self._make(item) for item in self._items[index]]
        return self._make(self._items[index])

    def haystacks(self) -> Iterator[str]:
        return (self._haystack(item) for item in self._items)


def _haystacks(entries: Sequence[PickerEntry]) -> Iterator[str]:
    if isinstance(entries, LazyEntries):
        return entries.haystacks()
    return (entry.haystack for entry in entries)


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


#: Keys the query box acts on itself (characters, and its own bindings): typed before the box had
#: focus, they are handed to it.  Other keys (tab, escape) go the usual way.
BOX_KEYS = frozenset({"enter", "down", "up", "backspace"})


def is_box_key(event: events.Key) -> bool:
    return event.is_printable or event.key in BOX_KEYS


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
    # Past this many entries a cheaper score shortlists this many before WRatio ranks them.
    SHORTLIST_ABOVE = 5_000
    SHORTLIST = 600
    # Options listed before the first paint; the rest follow it.  Laying out the 300 prompts of
    # the unfiltered list at once held the picker's first frame for 30-40 ms.
    FIRST_FILL = 40

    def __init__(
        self,
        title: str,
        entries: Sequence[PickerEntry],
        *,
        placeholder: str = "Type to filter",
        empty_note: str = "Nothing to choose from yet.",
        left_out: Callable[[], Sequence[tuple[str, str]]] | None = None,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.entries = entries
        # Choices the caller kept out, each as (haystack, why), made only when the words match nothing
        # offered: "Nothing matches 'reuters'" read as false when Reuters was the other side already.
        self.left_out = left_out
        self._left_out: tuple[list[str], dict[int, str], WordIndex] | None = None
        self.placeholder = placeholder
        self.empty_note = empty_note  # what an empty list says: a blank dialog reads as broken
        # Made comparable (lower case, no punctuation) once, not again at every keystroke.
        self._haystacks = {index: utils.default_process(haystack) for index, haystack in enumerate(_haystacks(entries))}
        self._words: WordIndex | None = None
        self._listed_for: str | None = None  # the query the list shows matches for
        self._rest: tuple[Sequence[PickerEntry], list[Option]] | None = None  # left by _show for after the paint

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.title_text), id="picker-title")
            yield PickerQuery(placeholder=self.placeholder, id="picker-query")
            yield OptionList(id="picker-options", markup=False)
        yield KeyBar()  # the dialog's own keys: the main screen's bar under it would list keys that do nothing here

    def on_mount(self) -> None:
        self._list_for_query()
        self.set_focus(self.query_one(Input))  # now: the keys typed as the picker opened are on their way

    def on_key(self, event: events.Key) -> None:
        # A key reaching the picker itself, not through its box, was typed as the picker opened (sent
        # here before the box had focus, or handed on by the screen that opened it) or in the list:
        # it is the box's.  A key that went through the box never gets here: the box takes its keys.
        if is_box_key(event):
            take(event)
            box = self.query_one(PickerQuery)
            if self.focused is not box:
                self.set_focus(box)  # its enter, down and up are its own only while it has focus
            box.post_message(handed_on(event))

    def matching(self, query: str) -> Sequence[PickerEntry]:
        if not query.strip():
            return self.entries
        query, haystacks = utils.default_process(query), self._haystacks
        if len(haystacks) > self.SHORTLIST_ABOVE:
            # WRatio over 40,000 claimants took 120-240 ms a keystroke; partial_ratio, a fifth of
            # that, shortlists the entries that hold something like the query, and WRatio ranks them.
            shortlist = process.extract(
                query, haystacks, scorer=fuzz.partial_ratio, limit=self.SHORTLIST, score_cutoff=50
            )
            haystacks = {index: haystack for haystack, _, index in shortlist}
        found = process.extract(
            query,
            haystacks,
            scorer=fuzz.WRatio,
            limit=self.LIMIT,
            score_cutoff=50,
        )
        scores = {index: score for _, score, index in found}
        # A large list's words are looked at in its shortlist only: indexing 40,000 names took 75 ms.
        words = self._word_index() if haystacks is self._haystacks else WordIndex(haystacks)
        for index, score in words.scores(query).items():  # "shels" finds "Shells and rounds…"
            if score >= 50 and score > scores.get(index, 0.0):
                scores[index] = score
        ranked = sorted(scores, key=lambda index: (-scores[index], index))[: self.LIMIT]
        return [self.entries[index] for index in ranked]

    def _left_out_note(self, query: str) -> str | None:
        """Why the best match among the entries kept out is not offered, or None if none matches."""
        if self.left_out is None or not query:
            return None
        if self._left_out is None:  # made once, at the first query that matches nothing offered
            reasons = self.left_out()
            haystacks = {index: utils.default_process(haystack) for index, (haystack, _) in enumerate(reasons)}
            self._left_out = ([why for _, why in reasons], haystacks, WordIndex(haystacks))
        reasons, haystacks, words = self._left_out
        processed = utils.default_process(query)
        scores = {index: score for _, score, index in process.extract(processed, haystacks, scorer=fuzz.WRatio, score_cutoff=50)}
        for index, score in words.scores(processed).items():
            if score >= 50 and score > scores.get(index, 0.0):
                scores[index] = score
        if not scores:
            return None
        return reasons[min(scores, key=lambda index: (-scores[index], index))]

    def _word_index(self) -> WordIndex:
        if self._words is None:  # made at the first key typed, not as the picker opens
            self._words = WordIndex(self._haystacks)
        return self._words

    def _show(self, entries: Sequence[PickerEntry]) -> None:
        """List ``entries``: a screenful now, the rest once that is drawn (see ``FIRST_FILL``)."""
        options = self.query_one(OptionList)
        shown = entries[: self.UNFILTERED_LIMIT]
        options.set_options(Option(entry.prompt, id=entry.key) for entry in shown[: self.FIRST_FILL])
        after: list[Option] = []
        if len(entries) > len(shown):
            more = Text(f"… {len(entries) - len(shown):,} more: type to narrow the list", style="dim italic")
            after.append(Option(more, disabled=True))
        if not shown:
            query = " ".join(self.query_one(Input).value.split())
            note = self._left_out_note(query) or (
                f"Nothing matches “{query}”: fewer letters find more." if self.entries else self.empty_note
            )
            options.add_option(Option(Text(note, style="dim italic"), disabled=True))
        options.highlighted = 0 if shown else None
        self._rest = (shown[self.FIRST_FILL :], after)
        if self._rest[0]:
            self.call_after_refresh(self._show_rest)
        else:
            self._show_rest()

    def _show_rest(self) -> None:
        """Add the entries ``_show`` left for after the first paint (now, if a key needs the whole list)."""
        if self._rest is None:
            return  # added already
        rest, after = self._rest
        self._rest = None
        self.query_one(OptionList).add_options([*(Option(entry.prompt, id=entry.key) for entry in rest), *after])

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
        self._show_rest()  # up from the first entry wraps to the last of the whole list
        options = self.query_one(OptionList)
        if any(not option.disabled for option in options.options):
            index = options.highlighted or 0
            while True:  # past the notes ("… 39,700 more"): up from the first entry lands on the last one
                index = (index + step) % options.option_count
                if not options.get_option_at_index(index).disabled:
                    break
            options.highlighted = index

    def action_cancel(self) -> None:
        self.dismiss(None)


class OpensPickers:
    """For screens that ask through a :class:`FuzzyPicker` and close when it is cancelled with nothing to show.

    In a real terminal keys arrive together: "c" then "p" typed quickly reached the
    comparison screen before its first picker was up, so a second picker opened;
    cancelling both dismissed the screen twice, which Textual rejects
    (InvalidStateError), crashing the app.  One picker at a time, one dismissal.

    The picker a screen opens as it is shown comes up a moment after it ("c" then "kursk"):
    the keys typed meanwhile are the picker's.  Read as the screen's own, "e" opened the export
    dialog and "l" or "x" changed sides; the letters never reached the picker.  They are held
    until it is up and handed to it in order, as are keys queued here while it opens.
    """

    # Names of our own: Textual's message pump already has a "_closing".
    _picker_open = False
    _closed_once = False
    _picker_due = False  # a picker opens once the screen is drawn: keys typed before are its
    _picker: FuzzyPicker | None = None
    _typed_ahead: list[events.Key] | None = None

    def open_picker_when_drawn(self, open_it: Callable[[], None]) -> None:
        """Call ``open_it`` (which opens a picker) after the next refresh, holding the keys typed until then."""
        self._picker_due = True
        screen = cast("Screen[object]", self)

        def now() -> None:
            try:
                if screen.app.screen is screen:  # not over a dialog opened on this screen meanwhile
                    open_it()
            finally:
                self._picker_due = False
                self._typed_ahead = None  # handed over by open_picker, or nothing opened to take them

        screen.call_after_refresh(now)

    def open_picker(self, picker: FuzzyPicker, chosen: Callable[[str | None], None]) -> None:
        if self._picker_open:
            return

        def done(value: str | None) -> None:
            self._picker_open = False
            self._picker = None
            chosen(value)

        self._picker_open = True
        self._picker = picker
        cast("Screen[object]", self).app.push_screen(picker, done)
        for key in self._typed_ahead or ():
            picker.post_message(key)  # handled after its mount, in the order typed
        self._typed_ahead = None

    async def _on_key(self, event: events.Key) -> None:
        screen = cast("Screen[object]", self)
        opening = self._picker_open and screen.app.screen is not screen  # queued here before the picker was up
        if (self._picker_due or opening) and is_box_key(event):
            take(event)
            if self._picker is not None and opening:
                self._picker.post_message(handed_on(event))
            else:
                self._typed_ahead = [*(self._typed_ahead or []), handed_on(event)]

    def close_once(self) -> None:
        screen = cast("Screen[object]", self)
        # Only while on top: Screen.dismiss pops whatever screen is on top (a dialog opened here
        # meanwhile), and once marked closed this screen would ignore Escape for good.
        if not self._closed_once and screen.app.screen is screen:
            self._closed_once = True
            screen.dismiss()
