"""The two Rich consoles the verbs print through: results on stdout, the live progress line on stderr.

Neither is a terminal in a pipe: then the tables are laid out wide (``PIPE_WIDTH``, or $COLUMNS).

A module of their own so that the tables (``cli_output``) and the progress line (``cli_progress``) share
one stderr console without importing each other.
"""

from __future__ import annotations

import os

from rich.console import Console, ConsoleDimensions

# The width tables are laid out for when standard output is a pipe or a file and $COLUMNS names none: no
# screen to fit, and at Rich's 80 columns names broke mid-word ("Pyongy / ang") and sentences were folded.
PIPE_WIDTH = 10_000


class VerbConsole(Console):
    """A console whose reader may leave early: ``nkru-tui claims | head -1`` closes the pipe mid-table."""

    @property
    def laid_out_wide(self) -> bool:
        """Whether this console writes to a pipe or a file with no width given (no $COLUMNS)."""
        return self._width is None and not self.is_terminal and not os.environ.get("COLUMNS", "").isdigit()

    @property
    def size(self) -> ConsoleDimensions:
        size = super().size
        return ConsoleDimensions(PIPE_WIDTH, size.height) if self.laid_out_wide else size

    @size.setter
    def size(self, new_size: tuple[int, int]) -> None:
        self._width, self._height = new_size

    def on_broken_pipe(self) -> None:
        # Rich's own answer is SystemExit(1): a failure with no message for a reader that had read enough.
        # As BrokenPipeError it reaches main(), which ends quietly with 0, as for the JSON output.
        self.quiet = True
        raise BrokenPipeError


stdout_console = VerbConsole(highlight=False, soft_wrap=False)
stderr_console = VerbConsole(stderr=True, highlight=False)


def laid_out_wide(console: Console) -> bool:
    """Whether ``console`` lays tables out for a pipe: each row one line, each cell whole."""
    return isinstance(console, VerbConsole) and console.laid_out_wide
