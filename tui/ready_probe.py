"""Time from process start to the app's first full screen, headless with Pilot.

``nkru-tui bench`` runs ``python -m tui.ready_probe --db PATH`` as a
subprocess (store/ never imports textual) and reads the one JSON line this
prints.  "Full screen" means the app says it is ready (corpus loaded, panes
filled) and one more frame has been processed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

from store.search_probe import peak_rss_mb

PROCESS_STARTED_WALL = time.time()  # before textual and the app are imported: they are part of start-up


async def measure(db_path: Path, *, timeout: float, size: tuple[int, int]) -> dict[str, object]:
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
            await pilot.pause()
            ready_wall = time.time()
            app.exit()
    return {
        "ready": True,
        "ready_wall": ready_wall,
        "seconds_in_process": ready_wall - PROCESS_STARTED_WALL,
        "peak_rss_mb": peak_rss_mb(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tui.ready_probe", description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="database to open")
    parser.add_argument("--timeout", type=float, default=60.0, help="give up after this many seconds")
    parser.add_argument("--size", default="120x40", help="terminal size, COLSxROWS")
    args = parser.parse_args(argv)
    columns, rows = (int(n) for n in args.size.lower().split("x"))
    try:
        result = asyncio.run(measure(args.db, timeout=args.timeout, size=(columns, rows)))
    except Exception as error:  # noqa: BLE001 - any failure becomes "ready_s: null" with this reason in the bench
        result = {"ready": False, "error": f"{type(error).__name__}: {error}"}
    print(json.dumps(result), flush=True)
    return 0 if result.get("ready") else 1


if __name__ == "__main__":
    sys.exit(main())
