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
