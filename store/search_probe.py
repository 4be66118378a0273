"""``python -m store.search_probe``: open a database as the app does and time typed queries.

``nkru-tui bench`` runs this in a fresh process, so the time to open and the
memory it reports are the app's own: nothing the benchmark itself holds
(the generated corpus, ingest's working set, the naive baseline's copy of
every passage) is counted.  It reads queries as JSON lines
``{"text": ..., "source": ...}`` from a file and prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

SEARCH_LIMIT = 100  # what the TUI's search screen asks for; recall looks at the first 10
WARM_QUERIES = 5  # numpy and the page cache warm up on the first keystrokes of any session


def peak_rss_mb() -> float | None:
    """This process's peak resident memory (VmHWM), Linux only."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def probe(db_path: Path, queries: list[dict[str, str]]) -> dict[str, Any]:
    from store.corpus import Corpus
    from store.search import ensure_index

    started = time.perf_counter()
    corpus = Corpus.open(db_path)
    opened = time.perf_counter()
    index = ensure_index(corpus)
    ready = time.perf_counter()
    for query in queries[:WARM_QUERIES]:
        corpus.search(query["text"], limit=SEARCH_LIMIT)
    wall_ms, cpu_ms, found = [], [], []
    for query in queries:
        index.clear_caches()  # every query cold: no word expansion remembered from an earlier one
        wall, cpu = time.perf_counter(), time.process_time()
        hits = corpus.search(query["text"], limit=SEARCH_LIMIT)
        wall_ms.append((time.perf_counter() - wall) * 1000)
        cpu_ms.append((time.process_time() - cpu) * 1000)
        found.append(any(hit.passage_id == query["source"] for hit in hits[:10]))
    return {
        "database_s": opened - started,
        "open_s": ready - started,
        "index_mapped": bool(index.is_mapped),
        "wall_ms": wall_ms,
        "cpu_ms": cpu_ms,
        "found": found,
        "peak_rss_mb": peak_rss_mb(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store.search_probe", description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--queries", type=Path, required=True, help="JSON lines: text, source")
    args = parser.parse_args(argv)
    queries = [json.loads(line) for line in args.queries.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(json.dumps(probe(args.db, queries)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
