"""Progress where stderr is no terminal (a log file, a CI job): a long step leaves plain lines, short work none.

The ticker runs at a hundredth of a second and the clock is fake, so no test waits for real seconds.
"""

from __future__ import annotations

import io
import signal
import time

import pytest

from store import cli_output, cli_progress
from tests.fake_clock import FakeClock


@pytest.fixture
def log(monkeypatch) -> io.StringIO:
    stream = io.StringIO()  # isatty() is False: a log, not a terminal
    monkeypatch.setattr(cli_output.sys, "stderr", stream)
    monkeypatch.setattr(cli_output._err, "file", stream)
    return stream


def _settle(stream: io.StringIO, lines: int, seconds: float = 3.0) -> list[str]:
    """The log's lines once it holds ``lines`` of them (or the time is up), after a few more ticks."""
    deadline = time.monotonic() + seconds
    while stream.getvalue().count("\n") < lines and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(0.05)  # ticks that could wrongly add another line get their chance
    return stream.getvalue().splitlines()


def test_a_step_that_lasts_writes_one_plain_line_with_its_share_and_time(log):
    clock = FakeClock()
    with cli_output.progress_line(tick=0.01, clock=clock) as progress:
        progress("Reading and analysing files", 2400, 10000)
        clock.now += 31
        lines = _settle(log, 1)
    assert lines == ["… Reading and analysing files 2400/10000 · 31 s"]
    assert "\r" not in log.getvalue() and "\x1b" not in log.getvalue()


def test_the_step_writes_again_only_after_the_log_interval(log):
    clock = FakeClock()
    with cli_output.progress_line(tick=0.01, clock=clock) as progress:
        progress("Reading big.txt", 0, 1)
        clock.now += cli_progress.LOG_AFTER
        assert len(_settle(log, 1)) == 1
        clock.now += cli_progress.LOG_EVERY - 1
        assert len(_settle(log, 2, seconds=0.2)) == 1, "no second line before LOG_EVERY has passed"
        clock.now += 1
        lines = _settle(log, 2)
    assert lines == ["… Reading big.txt · 30 s", "… Reading big.txt · 1 min 30 s"]


def test_a_new_step_starts_its_own_quiet_half_minute(log):
    clock = FakeClock()
    with cli_output.progress_line(tick=0.01, clock=clock) as progress:
        progress("Reading big.txt", 0, 1)
        clock.now += 25
        progress("Writing the database", 0, 1)
        clock.now += 25  # fifty seconds of work, but no step has lasted thirty
        assert _settle(log, 1, seconds=0.2) == []
        clock.now += 5
        lines = _settle(log, 1)
    assert lines == ["… Writing the database · 30 s"]


def test_a_file_name_holding_markup_or_escapes_is_logged_as_text(log):
    clock = FakeClock()
    with cli_output.progress_line(tick=0.01, clock=clock) as progress:
        progress("Reading [bold]x[/bold]\x1b[31m.txt", 0, 1)
        clock.now += 40
        lines = _settle(log, 1)
    assert len(lines) == 1 and "[bold]x[/bold]" in lines[0] and "\x1b" not in lines[0]


def test_the_ticker_is_stopped_when_the_work_ends(log):
    clock = FakeClock()
    with cli_output.progress_line(tick=0.01, clock=clock) as progress:
        progress("Reading big.txt", 0, 1)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    clock.now += 100
    time.sleep(0.05)
    assert log.getvalue() == ""
