"""The two Rich consoles the verbs print through: results on stdout, the live progress line on stderr.

A module of their own so that the tables (``cli_output``) and the progress line (``cli_progress``) share
one stderr console without importing each other.
"""

from __future__ import annotations

from rich.console import Console


class VerbConsole(Console):
    """A console whose reader may leave early: ``nkru-tui claims | head -1`` closes the pipe mid-table."""

    def on_broken_pipe(self) -> None:
        # Rich's own answer is SystemExit(1): a failure with no message for a reader that had read enough.
        # As BrokenPipeError it reaches main(), which ends quietly with 0, as for the JSON output.
        self.quiet = True
        raise BrokenPipeError


stdout_console = VerbConsole(highlight=False, soft_wrap=False)
stderr_console = VerbConsole(stderr=True, highlight=False)
