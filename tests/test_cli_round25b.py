"""CLI, round 25b: a long step shows that it is alive and for how long; bad paths give one line, no traceback.

The progress tests drive ``progress_line`` with a fake terminal and a fake clock; the ticker thread runs at
a hundredth of a second, so no test waits seconds for the clock to move.
"""

from __future__ import annotations

import io
import signal
import threading
import time
from pathlib import Path

import pytest

from store import cli_output
from tests.fake_clock import FakeClock

CLEAR = "\r\x1b[2K"


class Terminal(io.StringIO):
    """stderr as a terminal: what was written, kept whole; writes from two threads land as the lock lets them."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def terminal() -> Terminal:
    """A fake terminal as stderr; put in place by the test itself, since pytest sets its own stderr after setup."""
    return Terminal()


def _attach(monkeypatch, stream: io.StringIO) -> io.StringIO:
    monkeypatch.setattr(cli_output.sys, "stderr", stream)
    monkeypatch.setattr(cli_output._err, "file", stream)
    monkeypatch.setattr(cli_output._err, "_width", 100)
    return stream


def _last_line(stream: Terminal) -> str:
    return stream.getvalue().rsplit(CLEAR, 1)[-1]


def _wait_for(condition, seconds: float = 3.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.005)
    return condition()


def _ticking() -> bool:
    return signal.getitimer(signal.ITIMER_REAL) != (0.0, 0.0)


def test_a_quiet_step_gains_its_elapsed_time_and_the_clock_moves_on(terminal, monkeypatch):
    _attach(monkeypatch, terminal)
    clock = FakeClock()
    with cli_output.progress_line(tick=0.01, clock=clock) as progress:
        progress("Reading big.txt", 0, 1)
        assert _last_line(terminal) == "… Reading big.txt", "a step just begun shows no clock"
        clock.now += 12.4
        assert _wait_for(lambda: _last_line(terminal) == "… Reading big.txt · 12 s"), terminal.getvalue()
        clock.now += 63
        assert _wait_for(lambda: _last_line(terminal) == "… Reading big.txt · 1 min 15 s"), terminal.getvalue()
    assert terminal.getvalue().endswith(CLEAR)


def test_a_step_shorter_than_two_seconds_never_shows_a_clock(terminal, monkeypatch):
    _attach(monkeypatch, terminal)
    clock = FakeClock()
    with cli_output.progress_line(tick=0.01, clock=clock) as progress:
        progress("Linking repeated passages", 0, 1)
        clock.now += 1.5
        time.sleep(0.05)  # several ticks
    assert "·" not in terminal.getvalue() and "Linking repeated passages" in terminal.getvalue()


def test_the_next_step_starts_its_own_clock(terminal, monkeypatch):
    _attach(monkeypatch, terminal)
    clock = FakeClock()
    with cli_output.progress_line(tick=0.01, clock=clock) as progress:
        progress("Reading big.txt", 0, 1)
        clock.now += 5
        assert _wait_for(lambda: _last_line(terminal).endswith("· 5 s"))
        progress("Analysing big.txt: passages", 10, 2273)
        assert _wait_for(lambda: _last_line(terminal) == "… Analysing big.txt: passages 10/2273")
        clock.now += 3
        assert _wait_for(lambda: _last_line(terminal) == "… Analysing big.txt: passages 10/2273 · 3 s")


def test_an_update_held_back_by_the_throttle_is_drawn_by_the_ticker(terminal, monkeypatch):
    _attach(monkeypatch, terminal)
    clock = FakeClock()
    with cli_output.progress_line(min_interval=10, tick=0.01, clock=clock) as progress:
        progress("Reading and analysing files", 1, 100)
        progress("Reading and analysing files", 2, 100)  # within the interval: not drawn now
        assert _wait_for(lambda: _last_line(terminal) == "… Reading and analysing files 2/100")


def test_a_long_message_is_cut_but_keeps_its_clock(terminal, monkeypatch):
    _attach(monkeypatch, terminal)
    monkeypatch.setattr(cli_output._err, "_width", 40)
    clock = FakeClock()
    with cli_output.progress_line(tick=0.01, clock=clock) as progress:
        progress("Reading the whole database (900 MB): it has no current read snapshot", 0, 3)
        clock.now += 42
        assert _wait_for(lambda: _last_line(terminal).endswith("… · 42 s")), terminal.getvalue()
        assert len(_last_line(terminal)) <= 39


def test_the_ticker_stops_and_the_line_is_cleared_when_the_work_is_interrupted(terminal, monkeypatch):
    _attach(monkeypatch, terminal)
    handler_before = signal.getsignal(signal.SIGALRM)
    clock = FakeClock()
    with pytest.raises(KeyboardInterrupt):
        with cli_output.progress_line(tick=0.01, clock=clock) as progress:
            progress("Reading big.txt", 0, 1)
            assert _ticking(), "a ticker runs while the step lasts"
            raise KeyboardInterrupt
    assert not _ticking() and signal.getsignal(signal.SIGALRM) is handler_before
    written = terminal.getvalue()
    assert written.endswith(CLEAR)
    clock.now += 30
    time.sleep(0.05)
    assert terminal.getvalue() == written, "nothing is drawn after the line was cleared"


def test_the_ticking_line_starts_no_thread_so_ingest_may_still_fork_its_workers(terminal, monkeypatch):
    from store.forked import fork_is_safe

    _attach(monkeypatch, terminal)
    threads_before, safe_before = threading.active_count(), fork_is_safe()
    clock = FakeClock()
    with cli_output.progress_line(tick=0.01, clock=clock) as progress:
        progress("Reading and analysing files", 0, 741)
        clock.now += 9
        assert _wait_for(lambda: _last_line(terminal).endswith("· 9 s"))
        assert threading.active_count() == threads_before and fork_is_safe() == safe_before


def test_no_output_when_stderr_is_no_terminal_and_the_step_is_short(monkeypatch):
    plain = io.StringIO()
    monkeypatch.setattr(cli_output.sys, "stderr", plain)
    monkeypatch.setattr(cli_output._err, "file", plain)
    clock = FakeClock()
    with cli_output.progress_line(tick=0.01, clock=clock) as progress:
        progress("Reading big.txt", 0, 1)
        clock.now += 29  # under LOG_AFTER: a log stays empty (tests/test_cli_progress_log28.py has the long step)
        assert _wait_for(_ticking)
        time.sleep(0.05)
    assert plain.getvalue() == "" and not _ticking()


def test_a_tick_that_comes_while_a_report_draws_never_mixes_into_its_line(terminal, monkeypatch):
    _attach(monkeypatch, terminal)
    clock = FakeClock()
    with cli_output.progress_line(min_interval=0, tick=0.0005, elapsed_after=0, clock=clock) as progress:
        for done in range(1, 400):
            clock.now += 0.37
            progress("Reading and analysing files", done, 400)
    drawn = [piece for piece in terminal.getvalue().split(CLEAR) if piece]
    assert len(drawn) >= 399
    for piece in drawn:
        assert piece.startswith("… Reading and analysing files ") and piece.count("…") == 1, piece
        assert "\r" not in piece and "\n" not in piece


def test_a_verb_inside_one_long_step_shows_the_clock_then_clears_it(terminal, monkeypatch, tmp_path):
    _attach(monkeypatch, terminal)
    from store import cli_progress, reanalysis
    from store.cli import main

    monkeypatch.setattr(cli_progress, "TICK", 0.01)
    monkeypatch.setattr(cli_progress, "ELAPSED_AFTER", 0.05)
    seen = []

    def one_long_step(db_path, *, progress=None, lock_timeout=5.0):
        progress("Analysing the stored articles", 0, 1)
        seen.append(_wait_for(lambda: _last_line(terminal).startswith("… Analysing the stored articles · ")))
        return reanalysis.ReanalysisReport(articles=1, claims_before=2, claims_after=2, seconds=0.2)

    monkeypatch.setattr(reanalysis, "reanalyse", one_long_step)
    assert main(["reanalyse", "--db", str(tmp_path / "db.json")]) == 0
    assert seen == [True], terminal.getvalue()
    assert terminal.getvalue().endswith(CLEAR) and not _ticking()


# --- bad paths: one line, exit 1, never a traceback ---------------------------------------------------


def test_a_web_address_given_to_ingest_is_named_as_one(tmp_path, capsys):
    from store.cli import main

    assert main(["ingest", "--db", str(tmp_path / "db.json"), "https://example.com/news/a.html"]) == 1
    err = capsys.readouterr().err
    assert "https://example.com/news/a.html" in err and "web address" in err
    assert len(err.strip().splitlines()) == 1


def test_a_file_address_given_to_ingest_reads_the_file_it_names(tmp_path, capsys):
    from store.cli import main

    article = tmp_path / "my article.txt"
    article.write_text("Seoul says North Korea sent 10,000 troops to Russia.\n\nThe NIS said so on Monday.\n")
    url = "file://" + str(article).replace(" ", "%20")
    assert main(["ingest", "--db", str(tmp_path / "db.json"), "--json", url]) == 0
    assert '"status": "added"' in capsys.readouterr().out


def test_a_home_folder_of_nobody_is_one_line(tmp_path, capsys):
    from store.cli import main

    assert main(["ingest", "--db", str(tmp_path / "db.json"), "~no_such_user_h159/articles"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("nkru-tui: error: ~no_such_user_h159/articles") and len(err.strip().splitlines()) == 1


def test_when_every_file_is_rejected_no_ingested_table_claims_success(tmp_path, capsys):
    from store.cli import main

    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    assert main(["ingest", "--db", str(tmp_path / "db.json"), str(folder)]) == 1
    captured = capsys.readouterr()
    assert "Ingested" not in captured.out
    assert captured.err.startswith("nkru-tui: rejected") and "a.jpg" in captured.err


def test_a_folder_the_system_will_not_let_us_look_into_is_one_line(tmp_path, capsys, monkeypatch):
    import store.source_paths
    from store.cli import main

    locked = tmp_path / "coverage" / "locked" / "a.txt"

    def refused(paths, *, db_path=None):  # what os.stat says below a folder without search permission
        raise PermissionError(13, "Permission denied", str(locked))

    monkeypatch.setattr(store.source_paths, "expand_source_paths", refused)
    assert main(["ingest", "--db", str(tmp_path / "db.json"), str(tmp_path / "coverage")]) == 1
    err = capsys.readouterr().err
    assert str(locked) in err and "Permission denied" in err and len(err.strip().splitlines()) == 1


def test_any_verb_refused_a_look_at_a_path_says_so_in_one_line(tmp_path, capsys, monkeypatch):
    import store.cli_audit
    from store.cli import main

    def refused(name, db_path):
        raise PermissionError(13, "Permission denied", "/proc/1/cwd/x")

    monkeypatch.setattr(store.cli_audit, "audit_named", refused)
    assert main(["audit", "--db", str(tmp_path / "db.json"), "/proc/1/cwd/x"]) == 1
    err = capsys.readouterr().err
    assert err == "nkru-tui: error: /proc/1/cwd/x: cannot look at it (Permission denied)\n"


def test_a_web_address_beside_a_file_rejects_the_address_and_ingests_the_file(tmp_path, capsys):
    from store.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Kyiv says 3,000 North Korean soldiers were killed or wounded in Kursk.\n")
    assert main(["ingest", "--db", str(tmp_path / "db.json"), "--json", "http://example.com/x", str(article)]) == 1
    captured = capsys.readouterr()
    assert '"status": "added"' in captured.out and "http://example.com/x" in captured.err
    assert Path(tmp_path / "db.json").is_file()


def test_an_ascii_terminal_gets_ascii_marks_not_escapes(monkeypatch):
    class AsciiTerminal(Terminal):  # LANG=C: stderr cannot encode "…" or "·"
        @property
        def encoding(self) -> str:
            return "ascii"

    terminal = _attach(monkeypatch, AsciiTerminal())
    clock = FakeClock()
    with cli_output.progress_line(tick=0.01, clock=clock) as progress:
        progress("Reading big.txt", 0, 1)
        clock.now += 12
        assert _wait_for(lambda: _last_line(terminal) == "... Reading big.txt - 12 s"), terminal.getvalue()
