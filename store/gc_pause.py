"""Pausing Python's cyclic garbage collector around bulk record work.

Ingest, analysis and opening a large database allocate millions of small
objects (records, tuples, regex matches) and keep a growing heap of them.
None form reference cycles, so reference counting frees what is dropped;
the cyclic collector, triggered by the allocations alone, would only walk
the growing heap again and again (10-15 % of analysis time at 1,000
articles, more as the heap grows).  It is paused for the duration and
restored afterwards; nested pauses are fine, only the outermost re-enables.

Long-lived heaps (the imported modules, an opened corpus and its index) are
instead frozen out of the collector's view with :func:`freeze_heap_once`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


# Objects made during a pause all sit in the youngest generation, which the collector walks
# whole at its next pass: after loading a corpus of ten thousand articles that single pass took
# 3 s, wherever the next allocation happened to be.  From this many, they are frozen instead.
FREEZE_AFTER_OBJECTS = 200_000


@contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            _settle_young_objects()
            gc.enable()


def _settle_young_objects() -> None:
    """Freeze what a long pause made, where nothing is frozen on purpose (a CLI verb, an ingest child).

    Frozen objects are still freed by reference counting; only cycles among them would never be
    collected, and bulk records form none.  Where objects were frozen on purpose (the app, see
    :func:`freeze_heap_once`), its widgets' cycles must stay collectable, so nothing is frozen.
    """
    if gc.get_count()[0] >= FREEZE_AFTER_OBJECTS and gc.get_freeze_count() == 0:
        gc.freeze()


_FROZEN_AT: set[str] = set()


def freeze_heap_once(moment: str) -> None:
    """``gc.freeze()`` what is alive now, the first time ``moment`` comes in this process.

    Frozen objects are skipped by the collector's passes (they are still freed by reference
    counting).  Once per moment and process: a program that opens many apps (the tests) must
    not pin each one's objects for good.
    """
    if moment not in _FROZEN_AT:
        _FROZEN_AT.add(moment)
        gc.freeze()
