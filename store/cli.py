"""The ``nkru-tui`` command line: the headless verbs, and the switch to the TUI.

This module never imports textual.  Launching the app is a callback handed in
by ``tui.main``, so the verbs stay fast and usable where no terminal UI is.
Every failure the user can cause ends in one line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

from store import cli_claim_dates, cli_output, cli_paths
from store.cli_db_path import database_path, leave_nothing_if_nothing_read
from store.cli_output import warn
from store.cli_parser import TABLE_ROWS, parse_command_line
from store.cli_paths import WEB_ADDRESS_REASON, os_error_line, source_files, web_addresses
from store.cli_progress import progress_line
from store.cli_search_dates import period_note, search_in_period
from store.cli_streams import JsonSafeOutput, RowStream, dump_rows, tables_survive_any_locale, write_data
from store.errors import StoreError
from store.printable import printable

LaunchTui = Callable[[Path, Path | None], int]

# The verbs that read --topics; every other verb would ignore it without a word.
_TOPICS_VERBS = frozenset({None, "ingest"})


def _row_limit(args: argparse.Namespace) -> int | None:
    """How many rows to list (None: all): ``--limit`` if given, else all for JSON and ``TABLE_ROWS`` for a table."""
    if args.limit is not None:
        return args.limit or None
    return None if args.json else TABLE_ROWS


def _shown(args: argparse.Namespace, rows: list[Any], noun: str) -> list[Any]:
    """The first rows ``_row_limit`` allows; says on stderr when some were left out, and how to see them."""
    limit = _row_limit(args)
    if limit is None or len(rows) <= limit:
        return rows
    warn(f"showing the first {limit:,} of {len(rows):,} {noun}; --limit N for more, --limit 0 for all")
    return rows[:limit]


def _open_corpus(args: argparse.Namespace):
    """Open the database, building it from the bundled seeds on first run."""
    from store.corpus import Corpus
    from store.first_run import ensure_database

    db_path = database_path(args)
    with progress_line() as progress:
        built = ensure_database(db_path, progress=progress)  # first run: seconds of ingest, so it reports
    if built:
        warn(f"built a new database at {db_path} from the bundled seeds")
    with progress_line() as progress:
        corpus = Corpus.open(db_path, progress=progress)
    # Every file removed: an empty listing or "no passage matches" would read as a finding; said after
    # the result (``_emit``), so that an error stays the one line it is.
    args.emptied_database = None if corpus.articles else db_path
    if corpus.articles and not corpus.claims_are_current():
        warn(STALE_CLAIMS)
    return corpus


STALE_CLAIMS = ("some claims were made by an older version of the analysers; "
                "`nkru-tui reanalyse` redoes them from the stored text")


def _emit(args: argparse.Namespace, data: Any, table: Callable[[], None]) -> int:
    try:
        _write_result(args, data, table)
    except BrokenPipeError:
        raise  # the reader stopped early (`| head`): main() ends quietly
    except OSError as exc:  # `> /dev/full`, a full disk, a dropped network mount: one line, not a traceback
        raise StoreError(f"cannot write the output ({exc.strerror or exc})") from None
    if getattr(args, "emptied_database", None) is not None:
        warn(f"{args.emptied_database} holds no articles; nkru-tui ingest PATH… adds some")
    return 0


def _write_result(args: argparse.Namespace, data: Any, table: Callable[[], None]) -> None:
    if getattr(args, "json", False):
        # Streamed, each piece through json_safe: a bidi override or C1 control in a stored name goes
        # out as its \u escape, the same JSON value.
        output = JsonSafeOutput()
        if isinstance(data, RowStream):
            dump_rows(data, output)
        else:
            json.dump(data, output, ensure_ascii=False, indent=2)
        output.flush()
        write_data("\n")
    else:
        table()
    sys.stdout.flush()  # a write error shows here, where it is reported, not at exit as a traceback


def _no_table() -> None:  # for a verb asked for --json only
    raise AssertionError("a table was asked of JSON output")


# --- verbs --------------------------------------------------------------------


def run_ingest(args: argparse.Namespace) -> int:
    from store.ingest import ingest_paths

    db_path = database_path(args)
    addresses = web_addresses(args.paths)
    for address in addresses:
        warn(f"rejected {address}: {WEB_ADDRESS_REASON}")
    if len(addresses) == len(args.paths):
        return 1
    files = source_files([path for path in args.paths if str(path) not in addresses], db_path)
    with leave_nothing_if_nothing_read(db_path) as nothing_read, progress_line() as progress:
        report = ingest_paths(files, db_path, topics_path=args.topics, progress=progress)
        nothing_read[0] = bool(report.rejected) and len(report.rejected) == len(report.files)
    cli_output.warn_rejected(report.rejected)
    if report.rejected and len(report.rejected) == len(report.files) and not args.json:
        # Nothing was read in: "Ingested into …" over a table of rejects would read as a success, and
        # the lines just said are the whole answer.  (JSON readers still get the report.)
        return 1
    data = {
        "db": str(db_path),
        "seconds": round(report.seconds, 3),
        "echo_groups": report.echo_groups,
        "files": [
            {"path": f.path, "status": f.status, "articles": f.articles, "removed": f.removed, "error": f.error}
            for f in report.files
        ],
    }
    _emit(args, data, lambda: cli_output.print_ingest(report, db_path))
    return 1 if report.rejected or addresses else 0


def run_remove(args: argparse.Namespace) -> int:
    from store.removal import remove_sources

    db_path = database_path(args)
    with progress_line() as progress:
        report = remove_sources(args.targets, db_path, dry_run=args.dry_run, progress=progress)
    data = {
        "db": str(db_path),
        "dry_run": report.dry_run,
        "seconds": round(report.seconds, 3),
        "articles": report.articles,
        "claims": report.claims,
        "files": [{"path": f.source_path, "source_sha256": f.source_sha256, "articles": len(f.article_ids)}
                  for f in report.files],
    }
    return _emit(args, data, lambda: cli_output.print_removal(report, db_path))


def run_reanalyse(args: argparse.Namespace) -> int:
    from store.reanalysis import reanalyse

    db_path = database_path(args)
    with progress_line() as progress:
        report = reanalyse(db_path, progress=progress)
    data = {"db": str(db_path), "seconds": round(report.seconds, 3), "articles": report.articles,
            "claims_before": report.claims_before, "claims_after": report.claims_after}
    return _emit(args, data, lambda: print(
        f"Reanalysed {report.articles} article(s) in {db_path} in {report.seconds:.1f}s: "
        f"{report.claims_before} claim(s) before, {report.claims_after} now"))


def run_articles(args: argparse.Namespace) -> int:
    corpus = _open_corpus(args)
    # Rows are made for the articles listed only: each decodes the article's passages.
    articles = _shown(args, corpus.list_articles(), "articles")
    if args.json:
        return _emit(args, RowStream(articles, lambda a: cli_output.article_json(corpus, a), "articles"), _no_table)
    rows = [cli_output.article_json(corpus, a) for a in articles]
    return _emit(args, rows, lambda: cli_output.print_articles(rows))


def run_audit(args: argparse.Namespace) -> int:
    from store.cli_audit import audit_named

    data = audit_named(str(args.file), database_path(args))
    return _emit(args, data, lambda: cli_output.print_audit(data))


def run_claims(args: argparse.Namespace) -> int:
    corpus = _open_corpus(args)
    if args.subject:
        # One subject's claims only (in the Claims pane's order), not every claim of the corpus decoded.
        from store.compare import resolve_subject  # as `figures` does: a label, a word of it, or a typo

        claims = corpus.claims_about(resolve_subject(corpus, args.subject))
    else:
        claims = corpus.claims
    if args.claimant:
        from store.name_filters import claims_by_claimant

        claims = claims_by_claimant(corpus, claims, args.claimant)
    total = len(claims := cli_claim_dates.claims_in_date_range(args, claims))  # --since/--until: its own date
    claims = _shown(args, claims, "claims")
    if args.json:
        return _emit(args, RowStream(claims, cli_output.claim_json, "claims"), _no_table)
    return _emit(args, None, lambda: cli_output.print_claims(corpus, claims, total))


def run_summary(args: argparse.Namespace) -> int:
    corpus = _open_corpus(args)
    summaries = {
        "topics": corpus.topic_summaries,
        "sources": corpus.outlet_summaries,
        "claimants": corpus.claimant_summaries,
    }[args.verb]
    rows = [s.to_dict() for s in _shown(args, summaries, args.verb)]
    return _emit(args, rows, lambda: cli_output.print_rows(rows))


def run_search(args: argparse.Namespace) -> int:
    from store.search.query import only_common_words, parse_query

    if not " ".join(args.query).strip():
        raise StoreError("search needs words to look for, e.g. nkru-tui search kursk casualties")
    if only_common_words(" ".join(args.query)) and not (args.outlet or args.topic or args.claimant):
        raise StoreError(f"search found only common words in {' '.join(args.query)!r}, which nearly every passage "
                         "holds; add a word to look for, e.g. nkru-tui search kursk casualties")
    parsed = parse_query(" ".join(args.query))
    if parsed.is_empty and not (args.outlet or args.topic or args.claimant):
        if parsed.excluded or parsed.excluded_phrases:
            raise StoreError('search needs a word to look for besides the excluded ones, e.g. nkru-tui search "shells -kursk"')
        raise StoreError(
            f"search found no word in {' '.join(args.query)!r} (punctuation alone matches nothing), e.g. nkru-tui search kursk"
        )
    corpus = _open_corpus(args)
    outlet = topic = claimant = None
    if args.outlet or args.topic or args.claimant:
        # Imported only here: the name matching it brings costs a tenth of a second to load.
        from store.name_filters import resolve_search_filters

        outlet, topic, claimant = resolve_search_filters(corpus, args.outlet, args.topic, args.claimant)
        for kind, typed, meant in (("outlet", args.outlet, outlet), ("claimant", args.claimant, claimant)):
            if typed and meant and " ".join(typed.casefold().split()) != meant.casefold():  # a typo, a part, an alias
                warn(f"{kind} {typed!r} read as {meant!r}")
    hits = search_in_period(corpus, " ".join(args.query), limit=args.limit, since=args.since, until=args.until,
                            outlet=outlet, topic=topic, claimant=claimant)  # --since/--until: the articles' dates
    rows = [
        {"passage_id": h.passage_id, "article_id": h.article_id, "title": h.title, "outlet": h.outlet,
         "score": round(h.score, 4), "text": h.text}
        for h in hits
    ]
    note = reading = None
    if not " ".join(args.query).isascii():  # a name typed in Korean, Japanese or Chinese: say what it was read as
        from store.search import ensure_index
        from store.search.conflict_names import query_reading

        if (reading := query_reading(ensure_index(corpus).parts, " ".join(args.query))) and args.json:
            warn(reading)
    if not hits:
        from store.search import ensure_index
        from store.cli_filter_note import filter_note
        from store.search.unheld_scripts import no_match_note

        # Korean typed against English coverage: say that the script is why, not "try fewer words"; a filter
        # that left out every passage the words find: name it.
        index, typed = ensure_index(corpus), " ".join(args.query)
        respelt = index.respelt_phrases(typed)  # a typo inside quotes: say which spelling finds the phrase
        note = no_match_note(index.parts.vocabulary, typed) or (
            f"A phrase in quotes is matched as typed; did you mean {respelt}?" if respelt else None
        ) or period_note(corpus, typed, args.since, args.until, outlet=outlet, topic=topic, claimant=claimant) or filter_note(
            corpus.search, typed, {"outlet": outlet, "topic": topic, "claimant": claimant})
        if note and args.json:
            warn(note)
    return _emit(args, rows, lambda: cli_output.print_search(hits, note, reading))


def run_export(args: argparse.Namespace) -> int:
    from store.export import passage_ids_as_typed, render_export, write_export

    corpus = _open_corpus(args)
    # A source file stands for its articles' paragraphs, as an article id does.
    args.passage_ids = cli_paths.articles_of_source_files(corpus, args.passage_ids)
    args.passage_ids, whole_articles = passage_ids_as_typed(corpus, args.passage_ids)
    if whole_articles:
        warn(f"article id(s) {', '.join(whole_articles)}: exporting every passage of each "
             "(headings and captions marked with their kind; pull quotes, which repeat the text, left out)")
    if args.output == "-":
        text = render_export(corpus, args.passage_ids, args.format)
        # On a terminal an ESC in a stored file name would drive it; into a pipe or file the text stays exact.
        return _emit(args, None, lambda: write_data(printable(text) if sys.stdout.isatty() else text))
    path = write_export(corpus, args.passage_ids, args.format, args.output, force=args.force)
    warn(f"exported {len(set(args.passage_ids))} passage(s) to {path}")
    return 0


def run_compare(args: argparse.Namespace) -> int:
    from store.compare import comparison_json

    corpus = _open_corpus(args)
    sides = [args.left, args.right, *getattr(args, "more", [])]
    for at, side in enumerate(sides):  # a source file is the article read from it
        if (read := cli_paths.articles_of_source_files(corpus, [side], unknown_kept=True)) != [side]:
            if len(read) > 1:
                raise StoreError(f"{side}: {len(read)} articles were read from this file; compare one by its id: "
                                 + ", ".join(read[:5]))
            sides[at] = read[0]
    args.left, args.right = sides[:2]
    if len(sides) == 2:
        data = comparison_json(corpus, args.left, args.right)
        return _emit(args, data, lambda: cli_output.print_comparison(data))
    # Three sides or more: each pair, as two sides are compared (every pair is checked before any is printed,
    # so a side named wrongly, or twice, is the one-line error it is with two).
    pairs = [comparison_json(corpus, left, right) for left, right in combinations(sides, 2)]
    return _emit(args, {"comparisons": pairs}, lambda: _print_comparisons(pairs))


def _print_comparisons(comparisons: list[dict[str, Any]]) -> None:
    """Three sides or more: each pair's comparison, a blank line between them."""
    for number, data in enumerate(comparisons):
        if number:
            sys.stdout.flush()
            write_data("\n")
        cli_output.print_comparison(data)


def run_figures(args: argparse.Namespace) -> int:
    from store.compare import figures_json

    corpus = _open_corpus(args)
    data = figures_json(corpus, args.subject, sort=args.sort)
    data["rows"] = _shown(args, data.get("rows", []), "rows")  # the summary still covers them all
    return _emit(args, data, lambda: cli_output.print_figures(data))


def run_bench(args: argparse.Namespace) -> int:
    from store.bench import run_bench as bench

    bench(args.articles, db_path=args.db, as_json=args.json)
    return 0


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "ingest": run_ingest, "remove": run_remove, "reanalyse": run_reanalyse, "articles": run_articles, "audit": run_audit, "claims": run_claims,
    "topics": run_summary, "sources": run_summary, "claimants": run_summary, "search": run_search,
    "export": run_export, "compare": run_compare, "figures": run_figures, "bench": run_bench,
}


def main(argv: Sequence[str] | None = None, *, launch_tui: LaunchTui | None = None) -> int:
    args = parse_command_line(argv)
    if sys.stdout is None and args.verb is not None:  # started with stdout closed (`>&-`): results would vanish
        warn("error: standard output is closed; there is nowhere to write the result")
        return 1
    tables_survive_any_locale()
    try:
        if args.topics is not None and args.verb not in _TOPICS_VERBS:
            raise StoreError(f"--topics is read by ingest and the interactive app, not by {args.verb}; "
                             "nkru-tui ingest --topics FILE PATH… tags articles with it")
        if args.verb is None:
            if launch_tui is None:
                warn("the interactive app is not available here")
                return 1
            return launch_tui(database_path(args), args.topics)
        return _HANDLERS[args.verb](args)
    except StoreError as exc:
        warn(f"error: {exc}")
        return 1
    except KeyboardInterrupt:  # Ctrl-C: a line saying so, not a traceback
        warn("interrupted")
        return 130
    except BrokenPipeError:  # `nkru-tui articles | head` closed the pipe; not an error
        _drop_unread_output()
        return 0
    except OSError as exc:  # a path the system refuses to look at (EACCES from a stat): which, and why
        warn(f"error: {os_error_line(exc)}")
        return 1


def _drop_unread_output() -> None:
    """Point standard output at /dev/null: what is still buffered for the reader that left would fail
    again at exit, and Python would end with status 120 instead of 0 (its documented SIGPIPE advice)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError):  # no file descriptor behind stdout (a test's capture)
        pass
