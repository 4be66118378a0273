"""``python -m store.add_probe --db PATH FILE``: add one file to a database and report the cost as JSON.

``nkru-tui bench`` runs it after its other measures, in a fresh process, so the
seconds and peak memory are those an analyst pays to add today's article to a
large corpus.  Echo links are found again over the whole corpus; the search
index is extended from the saved one (``store.search.incremental``); claimant
names are folded again only where the file's names can move them; and the
database and snapshot files are written from the old files' bytes plus the rows
and pieces that changed.  The first add to a
database written by other analysers folds every name once (see ``ingest``).
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path
from typing import Any

from store.phase_times import PhaseTimes


def add_one(db_path: Path, source: Path) -> dict[str, Any]:
    from store.ingest import ingest_paths

    phases = PhaseTimes()
    started = time.perf_counter()
    report = ingest_paths([source], db_path, progress=phases)
    seconds = time.perf_counter() - started
    # ru_maxrss is in KiB on Linux; the forked helpers of ingest (index, snapshot, echoes) count as children.
    peaks = [resource.getrusage(who).ru_maxrss / 1024 for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return {
        "seconds": round(seconds, 2),
        "articles_added": report.articles_added,
        "rejected": [f.error for f in report.rejected],
        "phases": [(name, round(took, 3)) for name, took in phases.durations()],
        "peak_mb": round(peaks[0], 1),
        "children_peak_mb": round(peaks[1], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m store.add_probe")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("source", type=Path)
    args = parser.parse_args()
    print(json.dumps(add_one(args.db, args.source)), flush=True)


if __name__ == "__main__":
    main()
