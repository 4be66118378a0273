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

from typing import TYPE_CHECKING, cast

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    _Base = Widget
    _AppBase = App[object]
else:
    _Base = object
    _AppBase = object


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


#: The actions of the keys that move focus on (tab and shift+tab, by Textual's Screen bindings).
FOCUS_MOVES = frozenset({"app.focus_next", "app.focus_previous"})


class TypedOrderInput(OwnKeysInTypedOrder, Input):
    """An Input whose editing keys (backspace, ctrl+u, arrows) keep their place among the characters.

    Tab too: looked up late, on its way back up, it moved focus only after the keys typed behind
    it had reached this box, which an Input keeps: "troops", tab, "x" typed fast searched
    "troopsx", and a letter after shift+tab replaced a selected export path.  Tab acts as it
    arrives here, and the keys queued behind it go on to the widget it focused.
    """

    _left_for: Widget | None = None  # where a focus key taken here sent the focus

    async def _on_key(self, event: events.Key) -> None:
        if (went_to := self._left_for) is not None:
            if went_to.is_attached and self.screen.focused is went_to:
                take(event)
                went_to._forward_event(handed_on(event))
                return
            self._left_for = None  # focus came back (or moved on by other means): keys are ours again
        active = self.screen.active_bindings.get(event.key)
        if active is not None and active.enabled and not active.binding.priority and active.binding.action in FOCUS_MOVES:
            take(event)
            await self.app.run_action(active.binding.action, active.node)
            if (focused := self.screen.focused) is not None and focused is not self:
                self._left_for = focused


class LateKeysActHere(_Base):
    """Mixin for a screen: a key still on its way up when another screen opened acts here, as typed.

    A binding of the screen or its panes is looked up when the key reaches the app, against the
    screen on top *by then*.  A priority key ("/" opens search) is acted on as it arrives, so in
    "j j /" typed fast, search was open before the two "j" had bubbled up: they were looked up in
    search, found nothing there and were lost.  Such a key belongs to the screen it was typed on:
    it runs that screen's or its panes' binding, and never reaches another screen.
    """

    async def _on_key(self, event: events.Key) -> None:
        app = self.app
        # Also on a screen just closed but kept (search): a key typed there before Escape acts there.
        if self.is_attached and app.screen is not self:
            take(event)
            for namespace, bindings in cast("Screen[object]", self)._modal_binding_chain:
                for binding in bindings.key_to_bindings.get(event.key, ()):
                    # An action of the app ("app.focus_next" on tab) would act on the screen now
                    # on top: the key is dropped rather than land where it was not typed.
                    target = app._parse_action(binding.action, namespace)[0]
                    if binding.priority or (target is not self and self not in target.ancestors):
                        continue
                    if await app.run_action(binding.action, namespace):
                        return


#: Keys remembered with the screen they were typed on, until they come back up to the app: a
#: burst is a few dozen keys, and a key a widget takes never comes back.
_REMEMBERED_KEYS = 256


class KeysFollowTheScreenTheyOpen(_AppBase):
    """Mixin for the App: keys typed after a key that opened a screen go to that screen.

    The app hands a key to the focused widget of the screen on top as it arrives, and looks its
    binding up only when it comes back up.  In a burst ("c" then "kursk", tmux send-keys, a busy
    app) every key was handed to the main screen before "c" came back up and opened comparison:
    the letters then came back up after it and were looked up on the comparison screen, where
    "e" opened the export dialog and "l" changed sides, instead of reaching the picker it opens.
    Keys come back up in the order typed, so one that was handed to a screen since covered by a
    screen a key opened was typed after that key: it is handed to the new screen, as if typed there.
    """

    _typed_on: dict[int, tuple[Screen[object], Widget | None, events.Key]]
    _opened_by_key: Screen[object] | None = None
    # (screen, widget left, widget focused) when a key that came back up moved the focus (tab).
    _focus_moved_by_key: tuple[Screen[object], Widget | None, Widget] | None = None

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            app = cast("App[object]", self)
            typed_on = getattr(self, "_typed_on", None)
            if typed_on is None:
                typed_on = self._typed_on = {}
            typed_on[id(event)] = (app.screen, app.focused, event)  # the event is kept: its id cannot be reused meanwhile
            if len(typed_on) > _REMEMBERED_KEYS:
                del typed_on[next(iter(typed_on))]
        await super().on_event(event)  # type: ignore[misc]

    async def _on_key(self, event: events.Key) -> None:
        # Runs before App._on_key (Textual calls each class's handler in turn), which looks the binding up.
        app = cast("App[object]", self)
        remembered = getattr(self, "_typed_on", {}).pop(id(event), None)
        typed_on, focused = remembered[:2] if remembered is not None and remembered[2] is event else (None, None)
        top = app.screen
        if typed_on is not None and typed_on is not top and typed_on in app.screen_stack and self._opened_by_key is top:
            take(event)
            (top.focused or top)._forward_event(handed_on(event))
        elif typed_on is top and (moved := self._focus_moved_by_key) is not None:
            # Tab then "ctrl+u, a name" typed fast: the keys after tab were handed to the widget it
            # left.  The name's letters, of no use there, came back up and were lost; ctrl+u, looked
            # up late, cleared the box from wherever its cursor was.  They are the widget's tab went to.
            screen, left, went_to = moved
            if screen is top and focused is left and app.focused is went_to and went_to.is_attached:
                take(event)
                went_to._forward_event(handed_on(event))

    async def _check_bindings(self, key: str, priority: bool = False) -> bool:
        app = cast("App[object]", self)
        before, focused = app.screen, app.focused
        handled: bool = await super()._check_bindings(key, priority)  # type: ignore[misc]
        if not priority and app.screen is not before:
            # A key that came back up opened it: the keys typed after this one are its.  (A priority
            # key opens its screen as it arrives, before the keys after it are handed out.)
            self._opened_by_key = app.screen
        elif not priority and app.focused is not focused and app.focused is not None:
            self._focus_moved_by_key = (app.screen, focused, app.focused)
        return handled


class PriorityKeyTurn(Message):
    """A priority key sent up the way the keys typed before it went: its turn comes once they are handled."""

    def __init__(self, key: events.Key) -> None:
        super().__init__()
        self.key = key


#: A priority key whose turn has not come back by then (the widget it was sent through was removed
#: meanwhile) is acted on anyway, so that the keys held behind it are never held for good.
_TURN_TIMEOUT_S = 0.5


class PriorityKeysWaitTheirTurn(_AppBase):
    """Mixin for the App, before :class:`KeysFollowTheScreenTheyOpen`: a priority key acts after the keys typed before it.

    Textual runs a priority binding ("/" opens search, Escape closes a dialog) as the key arrives,
    while the keys typed just before it may still be on their way up from the focused widget.  "a"
    then "/tmp" typed fast opened search on the main screen, and the add-files dialog that "a"
    opened next, over search, got "tmp" without its slash.  So a key with a priority binding is
    sent up the same way as the keys before it, as a message through the focused widget and its
    parents (each queue keeps order), and is acted on when it comes back, against the screen on
    top by then; the keys typed after it wait meanwhile, so they follow it in the order typed.
    """

    _turn: PriorityKeyTurn | None = None
    _turn_timer: Timer | None = None
    _held: list[events.Key]

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._turn is not None:
                self._held_keys().append(event)
                return
            if self._has_priority_binding(event.key) and self._send_up(event):
                return
        await super().on_event(event)  # type: ignore[misc]

    def _held_keys(self) -> list[events.Key]:
        held = getattr(self, "_held", None)
        if held is None:
            held = self._held = []
        return held

    def _has_priority_binding(self, key: str) -> bool:
        screen = cast("App[object]", self).screen
        return any(
            binding.priority
            for _, bindings in screen._binding_chain
            for binding in bindings.key_to_bindings.get(key, ())
        )

    def _send_up(self, key: events.Key) -> bool:
        """Send ``key``'s turn through the focused widget; False if it cannot go (act on the key now)."""
        app = cast("App[object]", self)
        turn = PriorityKeyTurn(key)
        if not (app.focused or app.screen).post_message(turn):
            return False
        self._turn = turn
        self._turn_timer = app.set_timer(_TURN_TIMEOUT_S, lambda: self._take_turn(turn))
        return True

    async def on_priority_key_turn(self, turn: PriorityKeyTurn) -> None:
        turn.stop()
        await self._take_turn(turn)

    async def _take_turn(self, turn: PriorityKeyTurn) -> None:
        """The keys before ``turn``'s key are handled: act on it, then hand out the keys held behind it."""
        if turn is not self._turn:
            return  # taken already (it came back after its time ran out)
        self._turn = None
        if self._turn_timer is not None:
            self._turn_timer.stop()
            self._turn_timer = None
        await super().on_event(turn.key)  # type: ignore[misc]
        held = self._held_keys()
        while held and self._turn is None:
            await self.on_event(held.pop(0))


def escape_then_key(event: events.Key) -> tuple[events.Key, events.Key] | None:
    """Escape and the key after it, for a key the terminal reported as Alt and a character.

    A terminal sends Alt+k as Escape then "k", and Textual reads an Escape followed at once by a
    letter or digit (the same bytes) as "alt+k": "/kursk", Escape, "jj" typed fast left search
    open with "kurskjj" in the box.  Nothing here is bound to Alt, so those bytes are read as what
    was typed.  (Escape then a sign such as "/" loses the Escape inside Textual's reader; not undone here.)
    """
    key, character = event.key, event.character
    if not key.startswith("alt+") or character is None or len(character) != 1 or not character.isalnum():
        return None
    escape, typed = events.Key("escape", "\x1b"), events.Key(character, character)
    escape.time = typed.time = event.time
    return escape, typed
