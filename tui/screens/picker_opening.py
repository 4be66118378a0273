"""Screens that ask through a fuzzy picker: one picker at a time, and the keys typed while it opens go to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from textual import events
from textual.screen import Screen

from tui.screens.compare_picker import FuzzyPicker, is_box_key
from tui.widgets.typed_order import handed_on, take


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
