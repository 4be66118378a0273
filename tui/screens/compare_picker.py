"""A fuzzy picker dialog: type to filter a list, enter to choose, escape to cancel.

The comparison screen uses it to choose articles or outlets, the figure
tracker to choose a subject.  Prompts are ``rich.text.Text`` (never markup
strings); matching is rapidfuzz over each entry's ``haystack``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import ClassVar, Generic, TypeVar, overload

from rapidfuzz import fuzz, process, utils
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from store.word_index import WordIndex
from tui.widgets.one_line_rows import OneLineRow
from tui.widgets.keybar import KeyBar
from tui.widgets.typed_order import TypedOrderInput, handed_on, take


class PickerEntry:
    """One choice: its key, its prompt and the text the query is matched against."""

    __slots__ = ("_prompt", "haystack", "key")

    def __init__(self, key: str, prompt: Text | OneLineRow | Callable[[], Text], haystack: str) -> None:
        self.key = key
        self.haystack = haystack
        # Or what makes it, called only if the entry is shown.  The comparison offers every article,
        # and laying out ten thousand styled prompts to list three hundred held the app for 150 ms.
        self._prompt = prompt

    @property
    def prompt(self) -> Text | OneLineRow:
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
    # How well the words must match a choice kept out for it to be named over the matches offered:
    # the name itself or most of it ("reuters", "reu"), not any title that shares a letter or two.
    KEPT_OUT_SCORE = 90

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

    def _left_out_note(self, query: str, min_score: float = 50) -> str | None:
        """Why the best match among the entries kept out is not offered, or None if none matches as well as ``min_score``."""
        if self.left_out is None or not query:
            return None
        if self._left_out is None:  # made once, at the first query that matches nothing offered
            reasons = self.left_out()
            haystacks = {index: utils.default_process(haystack) for index, (haystack, _) in enumerate(reasons)}
            self._left_out = ([why for _, why in reasons], haystacks, WordIndex(haystacks))
        reasons, haystacks, words = self._left_out
        processed = utils.default_process(query)
        scores = {index: score for _, score, index in process.extract(processed, haystacks, scorer=fuzz.WRatio, score_cutoff=min_score)}
        for index, score in words.scores(processed).items():
            if score >= min_score and score > scores.get(index, 0.0):
                scores[index] = score
        if not scores:
            return None
        return reasons[min(scores, key=lambda index: (-scores[index], index))]

    def _word_index(self) -> WordIndex:
        if self._words is None:  # made at the first key typed, not as the picker opens
            self._words = WordIndex(self._haystacks)
        return self._words

    def _show(self, entries: Sequence[PickerEntry]) -> None:
        """List ``entries``: a screenful now, the rest once that is drawn (see ``FIRST_FILL``).

        A choice kept out (the side already chosen) that the words match is said first, over any
        matches: "reuters" listed "Reuters Wire" and never why Reuters itself was missing.
        """
        options = self.query_one(OptionList)
        shown = entries[: self.UNFILTERED_LIMIT]
        query = " ".join(self.query_one(Input).value.split())
        kept_out = self._left_out_note(query, self.KEPT_OUT_SCORE if shown else 50)
        if not shown and kept_out is None:
            kept_out = f"Nothing matches “{query}”: fewer letters find more." if self.entries else self.empty_note
        notes = [Option(Text(kept_out, style="dim italic"), disabled=True)] if kept_out else []
        options.set_options([*notes, *(Option(entry.prompt, id=entry.key) for entry in shown[: self.FIRST_FILL])])
        after: list[Option] = []
        if len(entries) > len(shown):
            more = Text(f"… {len(entries) - len(shown):,} more: type to narrow the list", style="dim italic")
            after.append(Option(more, disabled=True))
        options.highlighted = len(notes) if shown else None
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
