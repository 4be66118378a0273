"""Toasts that fit the terminal they are shown on.

Textual's toast is half the screen wide with a blank line above and below its text, and stays five
seconds.  At 120x40 that is a corner; at 80x24 a two-line notice became a block of six rows over the
lower half of the compare screen's right column, for as long as the analyst needed to read what was
under it.  On a small terminal the toast is marked compact: ``app.tcss`` makes it wider and drops the
padding (fewer, longer lines), and it goes sooner unless the caller chose how long it stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from textual.geometry import Size

# Below either size a toast is compact: the narrow layout starts under 100 columns (main_panes.py).
COMPACT_BELOW = (100, 30)
COMPACT_SECONDS = 3.0
COMPACT_CLASS = "-compact-toasts"


def is_compact(size: Size) -> bool:
    return size.width < COMPACT_BELOW[0] or size.height < COMPACT_BELOW[1]


class ToastsFitTheScreen:
    """App mixin: every ``notify`` checks the terminal's size first, so the toast is sized for it."""

    if TYPE_CHECKING:
        size: Size

        def set_class(self, add: bool, *class_names: str, update: bool = True) -> object: ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: Literal["information", "warning", "error"] = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        compact = is_compact(self.size)
        self.set_class(compact, COMPACT_CLASS)  # read by app.tcss's toast rule
        if compact and timeout is None:
            timeout = COMPACT_SECONDS
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)  # type: ignore[misc]
