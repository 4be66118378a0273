"""A one-line footer of the focused widget's keys, drawn as a single piece of text.

Textual's Footer mounts a widget per key and recomposes them on every focus
change; with five panes that restyling was most of the cost of a click.  This
bar redraws one line instead, and still runs a key's action when clicked.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget

KEY_STYLE = "bold $footer-key-foreground"
DISABLED_STYLE = "$text-disabled"


@dataclass(frozen=True, slots=True)
class KeyHint:
    key: str
    description: str
    action: str
    node: DOMNode
    enabled: bool
    group: str | None = None  # hints of one Binding.Group share a description: "h/l Side"


class KeyBar(Widget):
    DEFAULT_CSS = """
    KeyBar { height: 1; background: $footer-background; color: $footer-foreground; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._hints: list[KeyHint] = []
        self._stale = True
        self._spans: list[tuple[int, int, KeyHint]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.call_after_refresh(self._bindings_changed, self.screen)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        # Bindings change several times before a frame is drawn (each focus change, each
        # refresh_bindings: six times while the main screen opens): the hints are worked out
        # once, when the bar is next drawn or read.
        if self.is_attached and screen is self.screen:
            self._stale = True
            self.refresh()

    @property
    def hints(self) -> list[KeyHint]:
        """The hints of the screen's active bindings, in the order the bar shows them."""
        if self._stale and self.is_attached:
            self._stale = False
            self._hints = self._current_hints(self.screen)
        return self._hints

    def _current_hints(self, screen: Screen[object]) -> list[KeyHint]:
        shown: dict[str, KeyHint] = {}
        spare: dict[str, KeyHint] = {}
        for node, binding, enabled, _ in screen.active_bindings.values():
            if binding.action in shown or binding.action in spare:
                continue
            if binding.show:
                shown[binding.action] = self._hint(node, binding, enabled)
            elif binding.id and enabled and node is not self.app:
                # The screen's own tools (a Add files, c Compare…), listed while there is room: at
                # 200 columns the main screen's bar named five keys and left the rest to help.
                spare[binding.action] = self._hint(node, binding, enabled)
        palette = KeyHint("^p", "Commands", "app.command_palette", self.app, True)
        shown.pop(palette.action, None)
        last = [shown.pop(action) for action in ("help",) if action in shown and shown[action].node is self.app]
        keys = {hint.key for hint in shown.values()}
        return [*shown.values(), *(h for h in spare.values() if h.key not in keys), *last, palette]

    def _hint(self, node: DOMNode, binding: Binding, enabled: bool) -> KeyHint:
        key = self.app.get_key_display(binding)
        group = binding.group.description if binding.group is not None else None
        return KeyHint(key, binding.description, binding.action, node, enabled, group)

    def render(self) -> Content:
        parts: list[Content] = []
        self._spans = []
        x = 0
        for piece, spans in self._pieces(self._fitting_hints(self.size.width)):
            self._spans += [(x + start, x + end, hint) for start, end, hint in spans]
            x += piece.cell_length
            parts.append(piece)
        return Content("").join(parts)

    def _fitting_hints(self, width: int) -> list[KeyHint]:
        """The hints that fit: at 80 columns the app-wide keys ran off the edge, "^p Commands" first.

        The palette and help come last and are kept (between them they reach every action);
        hints are dropped from just before them, the app-wide ones (quit, search) before
        the focused pane's own.  A group goes (or stays) whole.
        """
        hints = list(self.hints)
        keep_last = [h for h in hints[-2:] if h.node is self.app and h.action in ("help", "app.command_palette")]
        while len(hints) > len(keep_last) and sum(piece.cell_length for piece, _ in self._pieces(hints)) > width:
            last = start = len(hints) - len(keep_last) - 1
            while hints[last].group is not None and start > 0 and hints[start - 1].group == hints[last].group:
                start -= 1
            del hints[start : last + 1]
        return hints

    @classmethod
    def _pieces(cls, hints: list[KeyHint]) -> list[tuple[Content, list[tuple[int, int, KeyHint]]]]:
        """Each hint's piece, and where in it a click runs which hint's action.

        Keys of one binding group next to each other make one piece ("h/l Side" for two keys that
        move between the sides): at 120 columns the comparison's ten keys ran past the edge.
        """
        pieces: list[tuple[Content, list[tuple[int, int, KeyHint]]]] = []
        run: list[KeyHint] = []
        for index, hint in enumerate(hints):
            run.append(hint)
            following = hints[index + 1] if index + 1 < len(hints) else None
            if hint.group is not None and following is not None and following.group == hint.group:
                continue
            pieces.append(cls._piece(run))
            run = []
        return pieces

    @staticmethod
    def _piece(run: list[KeyHint]) -> tuple[Content, list[tuple[int, int, KeyHint]]]:
        keys: list[Content] = []
        spans: list[tuple[int, int, KeyHint]] = []
        x = 1
        for index, hint in enumerate(run):
            if index:
                keys.append(Content("/"))
                x += 1
            key = Content.styled(hint.key, KEY_STYLE if hint.enabled else DISABLED_STYLE)
            spans.append((x, x + key.cell_length, hint))
            keys.append(key)
            x += key.cell_length
        head = run[0]
        description = head.group if len(run) > 1 and head.group else head.description
        enabled = any(hint.enabled for hint in run)
        piece = Content.assemble(" ", *keys, " ", (description, "" if enabled else DISABLED_STYLE), " ")
        if len(run) == 1:
            spans = [(0, piece.cell_length, head)]  # one key: the whole piece is its button
        return piece, spans

    async def _on_click(self, event: events.Click) -> None:
        for start, end, hint in self._spans:
            if start <= event.x < end and hint.enabled:
                event.stop()
                await self.app.run_action(hint.action, hint.node)
                return
