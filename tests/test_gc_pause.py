"""The collector helpers: paused around bulk work, long-lived heaps frozen once."""

import gc

import store.gc_pause as gc_pause


def test_the_heap_is_frozen_once_per_moment_and_process(monkeypatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(gc_pause, "_FROZEN_AT", set())
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(1))
    gc_pause.freeze_heap_once("one moment")
    gc_pause.freeze_heap_once("one moment")
    assert len(calls) == 1, "a second app in the same process must not pin the first one's objects"
    gc_pause.freeze_heap_once("another moment")
    assert len(calls) == 2


def test_a_pause_restores_the_collector_and_nests() -> None:
    assert gc.isenabled()
    with gc_pause.gc_paused():
        with gc_pause.gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "only the outermost pause re-enables"
    assert gc.isenabled()


def _run(code: str) -> list[str]:
    import subprocess
    import sys

    prelude = "import gc\nfrom store.gc_pause import gc_paused, FREEZE_AFTER_OBJECTS\n"
    result = subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_a_long_pause_freezes_what_it_made_so_no_pass_walks_it_again() -> None:
    frozen_before, young_after, frozen_after = _run(
        "before = gc.get_freeze_count()\n"
        "with gc_paused():\n"
        "    records = [[i] for i in range(FREEZE_AFTER_OBJECTS + 1000)]\n"
        "print(before, gc.get_count()[0], gc.get_freeze_count() - before)\n"
    )
    assert frozen_before == "0"
    assert int(young_after) < 1000, "the young generation no longer holds the pause's objects"
    assert int(frozen_after) >= 200_000


def test_a_short_pause_or_a_process_that_froze_on_purpose_freezes_nothing_more() -> None:
    short, on_purpose = _run(
        "with gc_paused():\n"
        "    few = [[i] for i in range(1000)]\n"
        "short = gc.get_freeze_count()\n"
        "gc.freeze()  # as the app does once it is built\n"
        "before = gc.get_freeze_count()\n"
        "with gc_paused():\n"
        "    records = [[i] for i in range(FREEZE_AFTER_OBJECTS + 1000)]\n"
        "print(short, gc.get_freeze_count() - before)\n"
    )
    assert short == "0"
    assert on_purpose == "0", "the app's widgets, made later, must stay collectable"
