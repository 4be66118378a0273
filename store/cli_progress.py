"""The one line on stderr that a long verb keeps up to date: what it is doing, and for how long.

Split from ``cli_output``.  Work reports when it moves on, but one step can go quiet for minutes (a 13 MB
text file is read as one step): a ticker then redraws the line with the time the step has taken
("… Reading big.txt · 12 s"), so that a working verb never looks like a hung one.

When stderr is no terminal (a log file, a CI job) the line cannot be rewritten: short work says nothing
there, as before, but a step that lasts past ``LOG_AFTER`` seconds writes one plain line, and another
every ``LOG_EVERY`` seconds while it lasts, so a log shows where a long ingest is and that it still runs.

The ticker is an interval timer (SIGALRM, handled in the main thread), not a thread: ingest forks its
workers only while no other thread is alive (``store.forked.fork_is_safe``), and a ticking thread would
send it to the slow ``spawn`` start and run its forked steps one after another.
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.text import Text

from store.cli_consoles import stderr_console
from store.printable import printable

Reporter = Callable[[str, int, int], None]

#: A step shorter than this shows no clock: most are, and a number flashing by on each would be noise.
ELAPSED_AFTER = 2.0
#: How often the ticker looks at the line.  It redraws only when the text changed, so half a second
#: moves the clock on about once a second without skipping a second now and then.
TICK = 0.5
#: Where stderr is no terminal: a step says nothing for this long, then writes a line every ``LOG_EVERY``
#: seconds.  Half a minute keeps an ordinary ingest's log empty and a stuck-looking one explained.
LOG_AFTER = 30.0
LOG_EVERY = 60.0


def elapsed_words(seconds: float) -> str:
    """A step's duration as a reader counts it: "12 s", "7 min 05 s", "1 h 02 min"."""
    whole = max(int(seconds), 0)
    if whole < 60:
        return f"{whole} s"
    minutes, whole = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {whole:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def _marks(encoding: str) -> tuple[str, str]:
    """The line's lead and the clock's separator: "…" and " · ", or ASCII where stderr cannot show them
    (LANG=C), which would print them as "\\u2026" and "\\xb7"."""
    try:
        "… · ".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return "...", " - "
    return "…", " · "


class _LiveLine:
    """The line's state, drawn by the reports and the ticker alike, one at a time (``_lock``)."""

    def __init__(self, min_interval: float, clock: Callable[[], float], elapsed_after: float,
                 terminal: bool = True, log_after: float = LOG_AFTER, log_every: float = LOG_EVERY) -> None:
        self._lock = threading.Lock()
        self._terminal = terminal
        self._log_after, self._log_every = log_after, log_every
        self._logged_at: float | None = None  # when this step last wrote a log line (no terminal)
        self._min_interval = min_interval
        self._clock = clock
        self._elapsed_after = elapsed_after
        self._message = ""
        self._share = ""
        self._step_started = 0.0
        self._last_drawn: float | None = None
        self._drawn: tuple[str, str] | None = None
        self.closed = False  # set under the lock at the end: no draw may follow the clearing
        self._lead, self._clock_mark = _marks(getattr(sys.stderr, "encoding", None) or "utf-8")

    @property
    def shown(self) -> bool:
        return self._drawn is not None

    def report(self, message: str, done: int, total: int) -> None:
        with self._lock:
            now = self._clock()
            if message != self._message or self._last_drawn is None:
                self._message, self._step_started = message, now  # a new step: its clock starts again
                self._logged_at = None
            self._share = f" {done}/{total}" if total > 1 else ""
            if not self._terminal:
                self._last_drawn = now  # the step is known; the ticker writes it to the log when it lasts
                return
            # Throttled (ten thousand files report ten thousand times); a held-back update is drawn by the ticker.
            if self._last_drawn is not None and now - self._last_drawn < self._min_interval and done < total:
                return
            self._draw(now)

    def refresh(self) -> None:
        """Redraw if the line's text has changed since it was drawn: the step's clock, or a held-back update.

        Called from the timer's signal handler, which may interrupt ``report`` mid-draw in the same thread:
        then the lock is taken, and this tick is skipped rather than waiting for itself.
        """
        if not self._lock.acquire(blocking=False):
            return
        try:
            if self.closed:
                return
            now = self._clock()
            if not self._terminal:
                self._log(now)
            elif self.shown and self._parts(now) != self._drawn:
                self._draw(now)
        finally:
            self._lock.release()

    def clear(self) -> None:
        with self._lock:
            self.closed = True
            if self.shown:
                stderr_console.file.write("\r\x1b[2K")
                stderr_console.file.flush()

    def _log(self, now: float) -> None:
        """One plain line for a log, once the step has lasted ``log_after`` and then each ``log_every``."""
        if self._last_drawn is None or now - self._step_started < self._log_after:
            return
        if self._logged_at is not None and now - self._logged_at < self._log_every:
            return
        head, tail = self._parts(now)
        stderr_console.file.write(f"{head}{tail}\n")
        stderr_console.file.flush()
        self._logged_at = now

    def _parts(self, now: float) -> tuple[str, str]:
        """The line as what is being done and, once the step has lasted, for how long."""
        head = f"{self._lead} {printable(self._message, one_line=True)}{self._share}"
        elapsed = now - self._step_started
        return head, (f"{self._clock_mark}{elapsed_words(elapsed)}" if elapsed >= self._elapsed_after else "")

    def _draw(self, now: float) -> None:
        head, tail = parts = self._parts(now)
        width = max(stderr_console.width - 1, 1)
        # A long message is cut, the clock kept: it is what shows that the work goes on.
        line = Text(head, style="dim")
        line.truncate(max(width - len(tail), 1), overflow="ellipsis")
        line.append(tail, style="dim")
        line.truncate(width, overflow="ellipsis")
        stderr_console.file.write("\r\x1b[2K")
        stderr_console.print(line, end="")
        stderr_console.file.flush()
        self._last_drawn, self._drawn = now, parts


class _Ticker:
    """Calls ``line.refresh`` every ``interval`` seconds from SIGALRM, until stopped.

    Only in the main thread (where Python runs signal handlers) and only when no one else's interval
    timer is running (it is left alone); elsewhere the line is drawn by the reports alone, as before.
    A blocking call in the main thread is interrupted to run the handler and then resumed (PEP 475).
    """

    def __init__(self, line: _LiveLine, interval: float) -> None:
        self._line = line
        self._interval = interval
        self._previous: Any = None
        self.running = False

    def start(self) -> None:
        if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
            return
        if signal.getitimer(signal.ITIMER_REAL)[0] > 0:
            return
        try:
            self._previous = signal.signal(signal.SIGALRM, self._on_alarm)
        except (ValueError, OSError):
            return
        self.running = True
        signal.setitimer(signal.ITIMER_REAL, self._interval, self._interval)

    def stop(self) -> None:
        if not self.running:
            return
        self.running = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        # A tick already caught but not yet run finds the old handler; CPython skips it when that is SIG_DFL.
        signal.signal(signal.SIGALRM, signal.SIG_DFL if self._previous is None else self._previous)

    def _on_alarm(self, signum: int, frame: Any) -> None:
        try:
            self._line.refresh()
        except (OSError, ValueError, RuntimeError):  # stderr closed or its reader gone: go on without a clock
            signal.setitimer(signal.ITIMER_REAL, 0)


@contextmanager
def progress_line(
    min_interval: float = 0.2, *, tick: float | None = None, elapsed_after: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[Reporter]:
    """A reporter for long work that keeps one line on stderr up to date, and clears it at the end.

    Where stderr is no terminal, silent unless a step lasts past ``LOG_AFTER`` seconds (then a plain line
    each ``LOG_EVERY`` seconds).  Updates are throttled; the line is rewritten in place
    (a ten-thousand-file ingest reports two hundred times), and removed when the work ends (or fails,
    or is interrupted), so the verb's own result or error starts on a clean line.  A step that lasts
    past ``elapsed_after`` seconds shows its duration, redrawn every ``tick`` seconds by an interval
    timer that starts with the first report and is stopped before the line is cleared.
    """
    terminal = sys.stderr is not None and sys.stderr.isatty()  # None: started with stderr closed
    # The module's values read now, not when this module loaded: a test can shorten them.
    line = _LiveLine(min_interval, clock, ELAPSED_AFTER if elapsed_after is None else elapsed_after,
                     terminal, LOG_AFTER, LOG_EVERY)
    ticker = _Ticker(line, TICK if tick is None else tick)
    started = False

    def report(message: str, done: int, total: int) -> None:
        nonlocal started
        if sys.stderr is None:
            return
        line.report(message, done, total)
        if not started:
            started = True
            ticker.start()

    try:
        yield report
    finally:
        ticker.stop()
        line.clear()
