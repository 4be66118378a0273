"""Time from process start to the app's first full screen, headless with Pilot.

``nkru-tui bench`` runs ``python -m tui.ready_probe --db PATH`` as a
subprocess (store/ never imports textual) and reads the one JSON line this
prints.  "Full screen" means the app says it is ready (corpus loaded, panes
filled) and the frame that draws them has been sent to the (headless)
terminal.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from store.search_probe import peak_rss_mb

PROCESS_STARTED_WALL = time.time()  # before textual and the app are imported: they are part of start-up


KEY_INTERVAL_S = 1 / 12  # a fast typist: twelve keys a second within a word
WORD_PAUSE_S = 0.3  # and a short pause between words, long enough for results to be drawn
TICK_S = 0.005


async def type_and_watch_frames(pilot: Any, text: str, timeout: float) -> dict[str, object]:
    """Open search and type ``text``; a 5 ms ticker on the event loop records every gap between
    its ticks, so a frame the app could not draw in time shows up as a long gap.

    Opening the search screen (the first time: widgets built, styles applied) and typing into it
    are reported apart, so a one-off cost on "/" is neither hidden in nor blamed on typing.
    """
    # Imported here, not at the top: start-up is timed from this module's import.
    from textual import events

    app = pilot.app
    deadline = time.monotonic() + timeout
    while not app.index_ready.is_set():  # as a user would, once the status line says "search ready"
        if time.monotonic() > deadline:
            return {"typing_error": "the search index was not ready"}
        await pilot.pause(0.05)
    gaps: list[float] = []
    typing = True

    async def ticker() -> None:
        last = time.perf_counter()
        while typing:
            await asyncio.sleep(TICK_S)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    task = asyncio.create_task(ticker())
    main_screen = app.screen
    await pilot.press("slash")
    while app.screen is main_screen and time.monotonic() < deadline:
        await asyncio.sleep(TICK_S)
    drawn = asyncio.Event()
    app.screen.call_after_refresh(drawn.set)
    await asyncio.wait_for(drawn.wait(), timeout)
    opening = list(gaps)
    gaps.clear()

    # Keys arrive on a fixed beat, as from a terminal: Pilot's press() would wait for the app to go
    # idle after each one, so a busy app would slow the typist down and hide its own stalls.  A
    # pause after each word lets results for the words so far be drawn while the next keys come.
    typing_started = time.perf_counter()
    next_key = typing_started
    for character in text:
        key = events.Key("space" if character == " " else character, character)
        key.set_sender(app)
        app.post_message(key)
        next_key += KEY_INTERVAL_S + (WORD_PAUSE_S if character == " " else 0.0)
        await asyncio.sleep(max(0.0, next_key - time.perf_counter()))
    keys_per_second = len(text) / max(time.perf_counter() - typing_started, 1e-9)
    screen = app.screen
    while getattr(screen, "shown_query", None) != text.strip() and time.monotonic() < deadline:
        await pilot.pause(0.01)
    typing = False
    await task
    return {
        "search_open_max_gap_ms": round(max(opening) * 1000, 1) if opening else None,
        "typing_keys": len(text),
        "typing_keys_per_s": round(keys_per_second, 1),
        "typing_max_gap_ms": round(max(gaps) * 1000, 1) if gaps else None,
        "typing_gaps_over_100ms": sum(gap > 0.1 for gap in gaps),
    }


async def measure(
    db_path: Path, *, timeout: float, size: tuple[int, int], type_text: str | None = None
) -> dict[str, object]:
    from tui.app import build_app

    with tempfile.TemporaryDirectory() as state_dir:
        # A private state file: the probe must neither read nor change the user's saved place.
        app = build_app(db_path=db_path, state_path=Path(state_dir) / "state.json")
        async with app.run_test(size=size) as pilot:
            deadline = time.monotonic() + timeout
            while not getattr(app, "is_ready", False):
                if time.monotonic() > deadline:
                    return {"ready": False, "error": f"not ready after {timeout:.0f} s"}
                await pilot.pause(0.005)
            # The panes were filled in the handler that just ran; the next refresh draws them. Waiting for
            # that frame, not for the process to go idle (Pilot's pause()), keeps the search index's warm-up,
            # which starts after this frame in a thread, out of the figure.
            drawn = asyncio.Event()
            app.screen.call_after_refresh(drawn.set)
            await asyncio.wait_for(drawn.wait(), timeout)
            ready_wall = time.time()
            typing = await type_and_watch_frames(pilot, type_text, timeout) if type_text else {}
            app.exit()
    return {
        "ready": True,
        "ready_wall": ready_wall,
        "seconds_in_process": ready_wall - PROCESS_STARTED_WALL,
        "peak_rss_mb": peak_rss_mb(),
        **typing,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tui.ready_probe", description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="database to open")
    parser.add_argument("--timeout", type=float, default=60.0, help="give up after this many seconds")
    parser.add_argument("--size", default="120x40", help="terminal size, COLSxROWS")
    parser.add_argument("--type", dest="type_text", default=None, help="after the first screen, type this into search")
    args = parser.parse_args(argv)
    columns, rows = (int(n) for n in args.size.lower().split("x"))
    try:
        result = asyncio.run(measure(args.db, timeout=args.timeout, size=(columns, rows), type_text=args.type_text))
    except Exception as error:  # noqa: BLE001 - any failure becomes "ready_s: null" with this reason in the bench
        result = {"ready": False, "error": f"{type(error).__name__}: {error}"}
    print(json.dumps(result), flush=True)
    return 0 if result.get("ready") else 1


if __name__ == "__main__":
    sys.exit(main())
