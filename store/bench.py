"""``nkru-tui bench``: a synthetic corpus through the real pipeline, measured.

One run: write N synthetic articles to temp files, ingest them with
``store.ingest.ingest_paths`` (which also builds and saves the search index),
then, each in a fresh process so that their time and memory are the app's
own, open the database and time typo queries (``store.search_probe``) and
time the TUI's first full screen (``tui.ready_probe``).  The naive rapidfuzz
scan runs here over the same passages.  ``rss_mb`` is the larger peak of
those two app processes; ingest's peak is reported beside it.  ``--json`` prints exactly the keys in
``RESULT_KEYS``; everything else (phases, fzf/rg, sample sizes) goes to
the table or, with ``--json``, to stderr.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.errors import StoreError
from store.phase_times import PhaseTimes

if TYPE_CHECKING:
    from store.search.synthetic import TypoQuery

RESULT_KEYS = (
    "articles",
    "passages",
    "ingest_articles_per_s",
    "open_s",
    "ready_s",
    "search_p50_ms",
    "search_p95_ms",
    "naive_p95_ms",
    "speedup_vs_naive",
    "recall_at_10",
    "rss_mb",
)
GOALS: dict[str, tuple[str, float]] = {  # at --articles 10000 (issue 6)
    "ingest_articles_per_s": (">=", 300),
    "ready_s": ("<=", 2.0),
    "search_p95_ms": ("<=", 30),
    "speedup_vs_naive": (">=", 50),
    "recall_at_10": (">=", 0.95),
    "rss_mb": ("<=", 1024),
}
QUERY_COUNT = 300
NAIVE_BUDGET_S = 60.0  # the naive scan takes seconds per query at 10k articles: sample it
CONTEXT_TOOL_QUERIES = 10
LATER_ARTICLE_SEED = 20250102  # the one article added at the end: not one of the corpus's
READY_TIMEOUT_S = 600.0  # a slow start is a figure to report, not a reason to report nothing


@dataclass(slots=True)
class BenchRun:
    figures: dict[str, Any] = field(default_factory=dict)
    context: list[tuple[str, str]] = field(default_factory=list)  # (label, value) lines for the table

    def note(self, label: str, value: str) -> None:
        self.context.append((label, value))


def _percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[position]


def _seed_files() -> list[Path]:
    try:
        from store.paths import seed_files

        return seed_files()
    except ImportError:
        import store

        packaged = Path(store.__file__).parent / "seeds"
        folder = packaged if packaged.is_dir() else Path(store.__file__).parent.parent / "seeds"
        return sorted(p for p in folder.iterdir() if p.is_file())


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def _log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def measure(n_articles: int, *, db_path: Path | None = None, log: Callable[[str], None] = _log) -> BenchRun:
    from store.search.synthetic import make_queries, write_corpus

    run = BenchRun()
    run.note("machine", f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start (other work slows every figure)")
    with tempfile.TemporaryDirectory(prefix="nkru-bench-") as temp:
        temp_dir = Path(temp)
        if db_path is None:
            db_path = temp_dir / "bench.json"
        elif db_path.exists():
            raise StoreError(f"{db_path} already exists; the bench builds a fresh database there, give a new path")

        started = time.perf_counter()
        files = write_corpus(temp_dir / "sources", n_articles, _seed_files())
        run.note("corpus generation", f"{time.perf_counter() - started:.1f} s, {len(files)} files")
        log(f"wrote {n_articles} articles in {len(files)} files; ingesting")
        articles_added, ingest_s = _ingest(run, files, db_path, n_articles)
        ingest_peak = _peak_rss_mb()

        log("reading the passages back to make typo queries")
        passages = _all_passages(db_path)
        queries = make_queries(passages, QUERY_COUNT)
        log(f"{len(passages)} passages; opening the database and timing {len(queries)} typo queries in a fresh process")
        searched = _probe_search(db_path, queries, temp_dir)
        timings, found = searched["wall_ms"], searched["found"]
        open_s = searched["open_s"]
        how = "loaded from file" if searched["index_mapped"] else "rebuilt: no current index file"
        run.note("open", f"database {searched['database_s']:.2f} s + index {open_s - searched['database_s']:.2f} s ({how})")
        cpu = searched["cpu_ms"]
        run.note("search CPU time", f"p50 {_percentile(cpu, 0.5):.2f} ms, p95 {_percentile(cpu, 0.95):.2f} ms")
        _note_recall(run, passages, queries, found)
        naive_timings, naive_found, sample = _time_naive(passages, queries, log)
        run.note("naive scan", f"rapidfuzz partial_ratio over {len(passages)} passages, {sample} queries sampled; its recall@10 {naive_found:.2f}")
        _context_tools(run, passages, queries, temp_dir)
        n_passages = len(passages)
        del passages
        gc.collect()

        log("timing the TUI's first full screen in a subprocess")
        typed = " ".join(q.text for q in queries[:3])  # real query words, typed into the search screen
        ready_s, reason, probe_mb, typing = _time_ready(db_path, typed)
        if typing.get("typing_keys"):
            run.note(
                "typing",
                f"{typing['typing_keys']} keys into search, 12 a second and a 0.3 s pause after each word "
                f"({typing.get('typing_keys_per_s')} a second overall): longest gap between frames "
                f"{typing['typing_max_gap_ms']} ms, {typing['typing_gaps_over_100ms']} gaps over 100 ms; "
                f"opening search (first time) {typing.get('search_open_max_gap_ms')} ms",
            )
        if ready_s is None:
            run.note("ready_s", f"not measured: {reason}")
        app_peaks = [mb for mb in (searched["peak_rss_mb"], probe_mb) if mb is not None]
        run.note(
            "peak memory",
            f"opening + {len(queries)} searches {searched['peak_rss_mb'] or 0:.0f} MB, the TUI's first screen "
            f"{probe_mb or 0:.0f} MB (then typing a search; rss_mb is the larger); ingest {ingest_peak:.0f} MB (the bench process, "
            "which holds the whole corpus while it writes)",
        )
        log("adding one more article file to the database, in a subprocess")
        _note_adding_one(run, db_path, temp_dir)
        run.note("machine", f"load average {os.getloadavg()[0]:.1f} at the end")

        search_p95 = _percentile(timings, 0.95)
        naive_p95 = _percentile(naive_timings, 0.95)
        run.figures = {
            "articles": articles_added,
            "passages": n_passages,
            "ingest_articles_per_s": round(articles_added / ingest_s, 1) if ingest_s > 0 else None,
            "open_s": round(open_s, 3),
            "ready_s": None if ready_s is None else round(ready_s, 3),
            "search_p50_ms": round(_percentile(timings, 0.5), 2),
            "search_p95_ms": round(search_p95, 2),
            "naive_p95_ms": round(naive_p95, 1),
            "speedup_vs_naive": round(naive_p95 / search_p95, 1) if search_p95 > 0 else None,
            "recall_at_10": round(sum(found) / max(len(found), 1), 3),
            "rss_mb": round(max(app_peaks), 1) if app_peaks else None,
        }
    return run


def _ingest(run: BenchRun, files: list[Path], db_path: Path, n_articles: int) -> tuple[int, float]:
    """Ingest through the real pipeline; notes where the time went (by ingest's progress messages)."""
    from store.ingest import ingest_paths
    from store.search import index_path_for

    phases = PhaseTimes(key=lambda message: message.split(" ")[0])
    started = time.perf_counter()
    report = ingest_paths(files, db_path, progress=phases)
    ingest_s = time.perf_counter() - started
    breakdown = ", ".join(f"{name.lower()} {seconds:.1f} s" for name, seconds in phases.durations() if seconds >= 0.05)
    run.note("ingest", f"{ingest_s:.1f} s total ({breakdown})")
    if report.rejected:
        run.note("rejected files", f"{len(report.rejected)} (first: {report.rejected[0].error})")
    if report.articles_added != n_articles:
        run.note("articles found", f"{report.articles_added} of {n_articles} generated (the normaliser split or merged some)")
    index_file = index_path_for(db_path)
    sizes = f"database {db_path.stat().st_size / 1e6:.0f} MB, index {index_file.stat().st_size / 1e6:.0f} MB" if index_file.exists() else "ingest wrote no index file"
    run.note("files", sizes)
    articles = report.articles_added
    del report
    gc.collect()
    return articles, ingest_s


def _note_adding_one(run: BenchRun, db_path: Path, temp_dir: Path) -> None:
    """What adding one new article to the finished database costs (``store.add_probe``), as context."""
    from store.search.synthetic import write_corpus

    later = write_corpus(temp_dir / "later", 1, _seed_files(), seed=LATER_ARTICLE_SEED)
    command = [sys.executable, "-m", "store.add_probe", "--db", str(db_path), str(later[0])]
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    if finished.returncode != 0 or not lines:
        tail = (finished.stderr.strip().splitlines() or ["no output"])[-1]
        run.note("adding one file", f"failed: {tail}")
        return
    result = json.loads(lines[-1])
    phases = ", ".join(f"{name.lower()} {seconds:.1f} s" for name, seconds in result["phases"] if seconds >= 0.05)
    helpers = f", its forked helpers {result['children_peak_mb']:.0f} MB" if result["children_peak_mb"] else ""
    run.note(
        "adding one file",
        f"{result['seconds']:.1f} s for {result['articles_added']} article(s) ({phases}); peak memory "
        f"{result['peak_mb']:.0f} MB{helpers} (measured last: the figures above are without it, the database now holds it)",
    )


def _note_recall(run: BenchRun, passages: list[tuple[str, str]], queries: list[TypoQuery], found: list[bool]) -> None:
    """Split recall by whether the query's own words (before the typo) single out at most 10 passages."""
    from store.search.synthetic import ambiguity

    shared = ambiguity(passages, queries)
    answerable = [hit for hit, count in zip(found, shared, strict=True) if count <= 10]
    rest = [hit for hit, count in zip(found, shared, strict=True) if count > 10]
    def share(hits: list[bool]) -> str:
        return f"{sum(hits) / len(hits):.3f}" if hits else "n/a"

    run.note(
        "recall detail",
        f"{len(answerable)} of {len(queries)} queries have words that occur together in at most 10 passages: "
        f"recall@10 {share(answerable)} on those, {share(rest)} on the rest",
    )


def _all_passages(db_path: Path) -> list[tuple[str, str]]:
    from store.corpus import Corpus

    corpus = Corpus.open(db_path)
    return [(p.id, p.text) for article in corpus.articles.values() for p in article.passages]


def _probe_search(db_path: Path, queries: list[TypoQuery], temp_dir: Path) -> dict[str, Any]:
    """Open and search in a fresh process (``store.search_probe``): the app's own time and memory."""
    query_file = temp_dir / "queries.jsonl"
    query_file.write_text("".join(json.dumps({"text": q.text, "source": q.source}) + "\n" for q in queries), encoding="utf-8")
    command = [sys.executable, "-m", "store.search_probe", "--db", str(db_path), "--queries", str(query_file)]
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    if finished.returncode != 0 or not lines:
        tail = (finished.stderr.strip().splitlines() or ["no output"])[-1]
        raise StoreError(f"the search probe failed: {tail}")
    return json.loads(lines[-1])


def _time_naive(passages: list[tuple[str, str]], queries: list[TypoQuery], log: Callable[[str], None]) -> tuple[list[float], float, int]:
    """The baseline: rapidfuzz partial_ratio over every passage (texts lower-cased once, up front)."""
    from rapidfuzz import fuzz, process

    texts = [text.lower() for _, text in passages]
    ids = [pid for pid, _ in passages]
    timings: list[float] = []
    found = 0
    spent = 0.0
    for query in queries:
        started = time.perf_counter()
        best = process.extract(query.text.lower(), texts, scorer=fuzz.partial_ratio, processor=None, limit=10)
        elapsed = time.perf_counter() - started
        timings.append(elapsed * 1000)
        found += any(ids[i] == query.source for _, _, i in best)
        spent += elapsed
        if len(timings) >= 10 and spent > NAIVE_BUDGET_S:
            break
        if len(timings) == 1:
            log(f"naive scan: {elapsed:.2f} s per query; sampling up to {NAIVE_BUDGET_S:.0f} s of them")
    return timings, found / max(len(timings), 1), len(timings)


def _context_tools(run: BenchRun, passages: list[tuple[str, str]], queries: list[TypoQuery], temp_dir: Path) -> None:
    """fzf --filter and rg over the same passages as one text file, for context only."""
    tools = {"fzf": shutil.which("fzf"), "rg": shutil.which("rg")}
    if not any(tools.values()):
        run.note("fzf / rg", "not installed")
        return
    export = temp_dir / "passages.txt"
    export.write_text("".join(text.replace("\n", " ") + "\n" for _, text in passages), encoding="utf-8")
    sample = [q.text for q in queries[:CONTEXT_TOOL_QUERIES]]
    for name, path in tools.items():
        if path is None:
            run.note(name, "not installed")
            continue
        timings = []
        for query in sample:
            command = [path, "--filter", query] if name == "fzf" else [path, "-i", "-F", "-c", "--", query, str(export)]
            started = time.perf_counter()
            with open(export, "rb") as stdin:
                subprocess.run(command, stdin=stdin if name == "fzf" else subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            timings.append((time.perf_counter() - started) * 1000)
        what = "fuzzy filter" if name == "fzf" else "exact substring (finds nothing for a typo)"
        run.note(name, f"p50 {_percentile(timings, 0.5):.0f} ms, p95 {_percentile(timings, 0.95):.0f} ms over {len(sample)} queries ({what})")


def _time_ready(db_path: Path, typed: str) -> tuple[float | None, str, float | None, dict[str, Any]]:
    """Seconds from launching ``python -m tui.ready_probe`` to the app's first full screen; then
    the probe types ``typed`` into search and reports the longest gaps between frames."""
    command = [sys.executable, "-m", "tui.ready_probe", "--db", str(db_path), "--timeout", str(READY_TIMEOUT_S), "--type", typed]
    started_wall = time.time()
    try:
        finished = subprocess.run(command, capture_output=True, text=True, timeout=READY_TIMEOUT_S + 60, check=False)
    except subprocess.TimeoutExpired:
        return None, f"the probe did not finish within {READY_TIMEOUT_S + 60:.0f} s", None, {}
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    if not lines:
        tail = (finished.stderr.strip().splitlines() or ["no output"])[-1]
        return None, f"the probe failed: {tail}", None, {}
    result = json.loads(lines[-1])
    if not result.get("ready"):
        return None, str(result.get("error", "the app never became ready")), None, {}
    return float(result["ready_wall"]) - started_wall, "", result.get("peak_rss_mb"), result


def run_bench(n_articles: int, *, db_path: Path | None = None, as_json: bool = False) -> dict[str, Any]:
    """Run the benchmark and print it: a table, or with ``as_json`` one JSON object (context to stderr).

    Returns the figures, exactly ``RESULT_KEYS``.
    """
    run = measure(n_articles, db_path=db_path)
    figures = {key: run.figures.get(key) for key in RESULT_KEYS}
    if as_json:
        for label, value in run.context:
            _log(f"{label}: {value}")
        print(json.dumps(figures), flush=True)
    else:
        print(format_table(run), flush=True)
    return figures


def format_table(run: BenchRun) -> str:
    rows = [("figure", "value", "goal at 10k")]
    for key in RESULT_KEYS:
        value = run.figures.get(key)
        goal = GOALS.get(key)
        verdict = ""
        if goal is not None:
            op, target = goal
            met = value is not None and (value >= target if op == ">=" else value <= target)
            verdict = f"{op} {target:g} {'ok' if met else 'MISSED'}"
        rows.append((key, "null" if value is None else f"{value:g}" if isinstance(value, float) else str(value), verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    lines.extend(f"{label}: {value}" for label, value in run.context)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nkru-tui bench", description="Benchmark ingest, start-up and search on a synthetic corpus.")
    parser.add_argument("--articles", type=int, default=1000, help="synthetic articles to generate (default 1000)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--db", type=Path, default=None, help="write the bench database here and keep it (must not exist)")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    try:
        run_bench(args.articles, db_path=args.db, as_json=args.json)
    except StoreError as error:
        print(f"nkru-tui bench: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
