"""A one-line footer of the focused widget's keys, drawn as a single piece of text.

Textual's Footer mounts a widget per key and recomposes them on every focus
change; with five panes that restyling was most of the cost of a click.  This
bar redraws one line instead, and still runs a key's action when clicked.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
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


class KeyBar(Widget):
    DEFAULT_CSS = """
    KeyBar { height: 1; background: $footer-background; color: $footer-foreground; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hints: list[KeyHint] = []
        self._spans: list[tuple[int, int, KeyHint]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.call_after_refresh(self._bindings_changed, self.screen)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        hints: dict[str, KeyHint] = {}
        for node, binding, enabled, _ in screen.active_bindings.values():
            if binding.show and binding.action not in hints:
                key = self.app.get_key_display(binding)
                hints[binding.action] = KeyHint(key, binding.description, binding.action, node, enabled)
        palette = KeyHint("^p", "Commands", "app.command_palette", self.app, True)
        hints.pop(palette.action, None)
        self.hints = [*hints.values(), palette]
        self.refresh()

    def render(self) -> Content:
        parts: list[Content] = []
        self._spans = []
        x = 0
        for hint in self._fitting_hints(self.size.width):
            piece = self._piece(hint)
            self._spans.append((x, x + piece.cell_length, hint))
            x += piece.cell_length
            parts.append(piece)
        return Content("").join(parts)

    def _fitting_hints(self, width: int) -> list[KeyHint]:
        """The hints that fit: at 80 columns the app-wide keys ran off the edge, "^p Commands" first.

        The palette and help come last and are kept (between them they reach every action);
        hints are dropped from just before them, the app-wide ones (quit, search) before
        the focused pane's own.
        """
        hints = list(self.hints)
        keep_last = [h for h in hints[-2:] if h.node is self.app and h.action in ("help", "app.command_palette")]
        while len(hints) > len(keep_last) and sum(self._piece(h).cell_length for h in hints) > width:
            del hints[-len(keep_last) - 1]
        return hints

    @staticmethod
    def _piece(hint: KeyHint) -> Content:
        return Content.assemble(
            " ",
            (hint.key, KEY_STYLE if hint.enabled else DISABLED_STYLE),
            " ",
            (hint.description, "" if hint.enabled else DISABLED_STYLE),
            " ",
        )

    async def _on_click(self, event: events.Click) -> None:
        for start, end, hint in self._spans:
            if start <= event.x < end and hint.enabled:
                event.stop()
                await self.app.run_action(hint.action, hint.node)
                return
