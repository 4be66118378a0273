"""Keys acted on in the order they were typed, even in a fast burst.

Textual handles a key in two steps.  The focused widget gets it first, in its own queue, and an
Input inserts a character right there; but a *binding* (backspace, ctrl+u, down in a list) is
looked up only once the key has bubbled up through the screen to the app.  By then the keys typed
after it may have been handled already.  A terminal hands over a burst (fast typing, a paste
without bracketed paste, tmux send-keys) all at once, so "kursx", backspace, "k" came out as
"kursx": the backspace arrived last and took the "k".  Worse, a key that moves focus (a letter
typed in the search results goes to the query) changes which widget the late binding is looked
up on: a space there found no "select" at all and vanished.

A widget with this mixin runs its *own* bindings as the keys arrive, in its queue, in order with
the characters it types.  Bindings of the screen and app (escape, ctrl+q, ?) still go the usual
way, as do priority bindings, which Textual runs before any widget sees the key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.binding import Binding
from textual.widgets import Input

from textual.widget import Widget

if TYPE_CHECKING:
    _Base = Widget
else:
    _Base = object


def take(event: events.Key) -> None:
    """The key is handled: no binding, no later handler, no parent sees it."""
    event.stop()
    event.prevent_default()


def focus_now(widget: Widget) -> None:
    """Focus ``widget`` before the next key is handed out.

    ``Widget.focus()`` waits its turn behind the messages already queued, keys included: "5"
    then "j" typed fast moved the cursor of the pane being left, not the reader's.
    """
    if widget.is_mounted:
        widget.screen.set_focus(widget)
    else:
        widget.focus()  # not in a screen yet: focus once it is


def handed_on(event: events.Key) -> events.Key:
    """A copy of a key for another widget, keeping the time the terminal sent it."""
    copy = events.Key(event.key, event.character)
    copy.time = event.time
    return copy


class OwnKeysInTypedOrder(_Base):
    """Mixin, listed before the widget class: its ``_on_key`` must run before the widget's own."""

    async def _on_key(self, event: events.Key) -> None:
        if (binding := self.own_binding(event.key)) is not None:
            take(event)
            await self.run_own_key(event, binding.action)

    def own_binding(self, key: str) -> Binding | None:
        """This widget's enabled, non-priority binding for ``key``, if the focus chain gives it the key."""
        active = self.screen.active_bindings.get(key)
        if active is None or active.node is not self or not active.enabled or active.binding.priority:
            return None
        return active.binding

    async def run_own_key(self, event: events.Key, action: str) -> None:
        await self.run_action(action)


class TypedOrderInput(OwnKeysInTypedOrder, Input):
    """An Input whose editing keys (backspace, ctrl+u, arrows) keep their place among the characters."""
