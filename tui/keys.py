"""Bindings read back from the classes, so help and the palette never drift from the keys."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode

# Lists inherit sideways scrolling; their text wraps, so those keys do nothing useful in them.  The
# figure tracker's table moves a whole row and fits the screen: its left and right do nothing either.
# Help leaves them out, and so does the command palette.
SIDEWAYS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right", "cursor_left", "cursor_right"})


def class_bindings(cls: type[DOMNode], *, within: str | None = None) -> list[Binding]:
    """The bindings a class ends up with: bases first, a subclass's key replacing its base's.

    ``within``: a package prefix ("tui."); bases from elsewhere (Textual's Input, Screen) are left
    out, so a dialog's help lists the keys the app gave it, not every cursor key of a text box.
    """
    by_key: dict[str, list[Binding]] = {}
    for base in reversed(cls.__mro__):
        if within is not None and not base.__module__.startswith(within):
            continue
        if isinstance(base, type) and issubclass(base, DOMNode) and "BINDINGS" in base.__dict__:
            own: dict[str, list[Binding]] = {}
            for binding in Binding.make_bindings(base.__dict__["BINDINGS"]):
                own.setdefault(binding.key, []).append(binding)
            by_key.update(own)
    return [b for bindings in by_key.values() for b in bindings]


@dataclass(frozen=True, slots=True)
class KeyLine:
    keys: str  # "j / down"
    description: str
    action: str


def key_lines(app: App[object], bindings: Iterable[Binding], *, skip: set[tuple[str, str]]) -> list[KeyLine]:
    """Described bindings grouped by action; ``skip`` holds (key, action) pairs already listed."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for binding in bindings:
        if not binding.description or binding.system or (binding.key, binding.action) in skip:
            continue
        skip.add((binding.key, binding.action))
        # A key_display names a binding's first key for the footer ("?" for "question_mark,f1"), yet
        # each key of the binding carries it: help would list "?" alone and hide f1.  Help names each key.
        own = replace(binding, key_display=None)
        grouped.setdefault((binding.action, binding.description), []).append(app.get_key_display(own))
    return [KeyLine(_joined(keys), description, action) for (action, description), keys in grouped.items()]


def _joined(keys: list[str]) -> str:
    """"j / down"; with the slash key among them, "/, ^f" (in "/ / ^f" it reads as a separator)."""
    unique = list(dict.fromkeys(keys))
    return (", " if "/" in unique else " / ").join(unique)
