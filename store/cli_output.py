"""How the headless verbs print: JSON rows and readable Rich tables.

Every cell is a ``rich.text.Text``: article text may contain ``[bold]`` or
``[link=…]`` and must print literally, never as console markup.
"""

from __future__ import annotations

import codecs
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from store.cli_claimant_words import claimant_words
from store.cli_consoles import laid_out_wide, stderr_console, stdout_console
from store.cli_progress import progress_line  # noqa: F401  (the verbs' progress line, re-exported)
from store.cli_verdicts import side_lines, verdict_line
from store.corpus import Corpus
from store.long_tables import (
    LONG_TABLE_ROWS,
    PROSE_COLUMNS,
    column_widths,
    fits_as_table,
    fitted_widths,
    print_long_table,
    print_records,
)
from store.models import Article, Claim, PassageKind, SearchHit
from store.printable import READABLE_ERRORS, printable


_console = stdout_console
_err = stderr_console  # the progress line's console, named here too for the tests that point it at a fake terminal


def _console_encoding() -> str:
    try:
        return codecs.lookup(_console.encoding).name
    except LookupError:
        return "ascii"


def warn(message: str) -> None:
    """One line on stderr for the user, prefixed with the program's name; paths in it print as escapes."""
    if sys.stderr is None:  # started with stderr closed: print() would put the line into the results on stdout
        return
    try:
        print(f"nkru-tui: {printable(message, one_line=True)}", file=sys.stderr)
    except OSError:  # stderr closed or gone (`2>&-`): nowhere to say it, and no reason to stop the verb
        pass


# The list of readable types closing every "unsupported file type" message: said once, not once per file.
_EXPECTED_TYPES = re.compile(r" \(expected [^()]*\)$")


def warn_rejected(rejected: Sequence[Any]) -> None:
    """One line per rejected file; a folder of photos and PDFs lists the readable types once, not for each."""
    listed_types = False
    for outcome in rejected:
        message = outcome.error or outcome.path
        if listed_types:
            message = _EXPECTED_TYPES.sub("", message)
        elif _EXPECTED_TYPES.search(message):
            listed_types = True
        warn(f"rejected {message}")


def clipped(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a word where one is near, and marked "…": a table
    must not pass a cut sentence off as the whole one."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if not text[limit - 1].isspace() and space > limit // 2:
        cut = cut[:space]  # the cut fell inside a word: end at the word before it
    return cut.rstrip(" ,;:") + "…"


_LEAD_IN = 40  # characters of context kept before a hit that lies past the excerpt's usual end


def excerpt(text: str, spans: Sequence[tuple[int, int]], limit: int) -> str:
    """``clipped`` text, unless its first highlighted word lies past the cut: then the excerpt starts a
    little before that word, marked "…", so the row shows why the passage matched."""
    if not spans or len(text) <= limit:
        return clipped(text, limit)
    first, end = min(spans)
    if end <= limit - _LEAD_IN:
        return clipped(text, limit)
    start = max(0, first - _LEAD_IN)
    space = text.find(" ", start, first)
    start = space + 1 if space >= 0 else start  # from a word's start, not the middle of one
    return "…" + clipped(text[start:], limit - 1)


def _sentence(text: str, limit: int) -> str:
    """A claim's sentence for a table cell: cut to ``limit`` on a screen, whole in a pipe or a file, which a
    reader quotes from (a sentence ending in "…" there is a quotation lost)."""
    return text if laid_out_wide(_console) else clipped(text, limit)


def _cell_text(cell: Any, one_line: bool, encoding: str) -> str:
    text = "" if cell is None else printable(str(cell), one_line=one_line)
    if encoding != "utf-8":
        # A terminal that cannot show "≈" (LANG=C) gets "~", other characters their escape, measured as printed.
        text = text.encode(encoding, READABLE_ERRORS).decode(encoding)
    return text


def _natural_widths(columns: list[str], cells: list[list[str]]) -> list[int]:
    """Each column as wide as its widest line: in a pipe or a file a row stays one line (to grep, to cut),
    and no name breaks mid-word ("The Pyongy / ang Ledger"), however long the line."""
    return [max(cell_len(line) for text in [column, *(row[i] for row in cells if i < len(row))] for line in text.split("\n"))
            for i, column in enumerate(columns)]


def _table(columns: Iterable[str], rows: Iterable[Iterable[Any]], title: str | None = None) -> None:
    columns = list(columns)
    # Only running text keeps its line breaks: in a file or claimant name a newline would read as two
    # rows' worth of names ("new" above "line.txt"), so there it shows as its escape.
    one_line = [column not in PROSE_COLUMNS for column in columns]
    encoding = _console_encoding()
    cells = [[_cell_text(cell, flat, encoding) for cell, flat in zip(row, one_line, strict=False)] for row in rows]
    if not fits_as_table(columns, PROSE_COLUMNS, _console.width):
        print_records(_console, columns, cells, printable(title) if title else None)
        return
    wide = laid_out_wide(_console)
    widths = _natural_widths(columns, cells) if wide else column_widths(columns, cells, _console.width)
    if wide and title:  # a line of its own: centred over a narrow table a long path would fold mid-word
        _console.print(Text(printable(title)))
        title = None
    if len(cells) > LONG_TABLE_ROWS:
        print_long_table(_console, columns, cells, widths or fitted_widths(columns, cells, _console.width), title)
        return
    # A title names a database path, which could hold "[red]" (markup) or ESC: Text, escaped.
    table = Table(title=Text(printable(title)) if title else None, show_lines=False, header_style="bold")
    for i, column in enumerate(columns):
        table.add_column(column, overflow="fold", width=widths[i] if widths else None)
    for row in cells:
        table.add_row(*map(Text, row))
    _console.print(table)


# --- JSON shapes ----------------------------------------------------------------


def article_json(corpus: Corpus, article: Article) -> dict[str, Any]:
    def texts(kind: PassageKind) -> list[str]:
        return [p.text for p in article.passages_of(kind)]

    return {
        "id": article.id,
        "title": article.title,
        "title_derived": article.title_derived,
        "dek": article.dek,
        "outlet": article.outlet,
        "outlet_basis": article.outlet_basis,
        "credit": article.credit,
        "author": article.author,
        "published": article.published,
        "published_raw": article.published_raw,
        "date_ambiguous": article.date_ambiguous,
        "source_file": article.source_file,
        "source_sha256": article.source_sha256,
        "url": article.url,
        "paragraphs": [{"id": p.id, "text": p.text, "paragraph": p.paragraph}
                       for p in article.passages_of(PassageKind.BODY)],
        "headings": texts(PassageKind.HEADING),
        "bullets": texts(PassageKind.BULLET),
        "captions": texts(PassageKind.CAPTION),
        "credits": texts(PassageKind.CREDIT),
        "pullquotes": texts(PassageKind.PULLQUOTE),
        "topics": [topic for topic, _score in corpus.article_topics(article.id)],
    }


def claim_json(claim: Claim) -> dict[str, Any]:
    main = claim.main_figure
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "passage_id": claim.passage_id,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "claimant": claim.claimant,
        "claimant_in_file": claim.claimant_in_file,  # before folding across the corpus: how its file names them
        "via": claim.via,
        "subject": claim.subject,
        "hedged": claim.hedged,
        "denied": claim.denied,
        "claim_date": claim.claim_date,  # partial ISO: when the claim was made or its figure held
        "claim_date_basis": claim.claim_date_basis,  # "stated" in its sentence, or "published" (the article's)
        "figures": [
            {"value": f.value, "low": f.low, "high": f.high, "unit": f.unit, "qualifier": f.qualifier,
             "surface": f.surface}
            for f in claim.figures
        ],
        "value": main.value if main else None,
        "unit": main.unit if main else None,
        "qualifier": main.qualifier if main else None,
    }


# --- tables -------------------------------------------------------------------------


#: Past this many files the ingest table sums up by status: a row per file of a folder of
#: thousands scrolls away what matters (the rejects, listed anyway) and takes seconds to lay out.
FILE_ROWS_MAX = 40


def print_ingest(report: Any, db_path: Path) -> None:
    title = f"Ingested into {db_path} in {report.seconds:.2f}s"
    if len(report.files) > FILE_ROWS_MAX:
        _print_ingest_summary(report, title)
        return
    rows = []
    for f in report.files:
        removed = ", ".join(f"{reason} {n}" for reason, n in sorted(f.removed.items())) or "-"
        rows.append((Path(f.path).name, f.status, f.articles, sum(f.removed.values()), removed))
    _table(("file", "status", "articles", "blocks removed", "removed by reason"), rows, title=title)


def _print_ingest_summary(report: Any, title: str) -> None:
    by_status: dict[str, list[Any]] = {}
    for f in report.files:
        by_status.setdefault(f.status, []).append(f)
    rows = []
    for status, files in by_status.items():
        removed: Counter[str] = Counter()
        for f in files:
            removed.update(f.removed)
        reasons = ", ".join(f"{reason} {n}" for reason, n in removed.most_common(6)) or "-"
        if len(removed) > 6:
            reasons += f", {len(removed) - 6} more reasons"
        rows.append((status, len(files), sum(f.articles for f in files), sum(removed.values()), reasons))
    _table(("status", "files", "articles", "blocks removed", "most removed (--json lists every file)"), rows,
           title=title)
    if report.rejected:
        _table(("rejected: file and reason",), ((f.error or f.path,) for f in report.rejected))


def print_removal(report: Any, db_path: Path) -> None:
    verb = "Would remove" if report.dry_run else "Removed"
    _table(("file", "articles"), ((f.source_path, len(f.article_ids)) for f in report.files),
           title=f"{verb} {report.articles} article(s) and {report.claims} claim(s) from {db_path}")


def print_articles(rows: list[dict[str, Any]]) -> None:
    _table(("id", "date", "outlet", "title", "paragraphs"),
           ((r["id"], r["published"] or r["published_raw"] or "-", r["outlet"] or "Unknown outlet",
             r["title"] + (" (derived)" if r["title_derived"] else ""), len(r["paragraphs"])) for r in rows))


def print_audit(data: dict[str, Any]) -> None:
    _console.print(Text(f"{printable(data['file'], one_line=True)}  encoding={data['encoding']}  repairs={', '.join(data['repairs']) or '-'}"))
    _table(("line", "reason", "removed text"),
           ((r["line"], r["reason"], clipped(r["text"], 200)) for r in data["removed"]),
           title=f"{len(data['removed'])} block(s) removed")


def print_claims(corpus: Corpus, claims: list[Claim], total: int | None = None) -> None:
    from store.cli_claim_dates import date_columns
    from store.compare.intervals import format_figure

    dated = date_columns(_console.width)  # the date in a column of its own, or beside the figure when narrow
    rows = []
    for c in claims:
        article = corpus.articles.get(c.article_id)
        who = claimant_words(c.claimant, denied=c.denied, via=c.via)
        figure = format_figure(c.main_figure) if c.main_figure else "-"
        rows.append((c.subject or "-", who, *dated.cells(figure, c), corpus.outlet_name(article) if article else "-",
                     _sentence(c.text, 160)))
    shown = f"{len(claims)} claim(s)" if total in (None, len(claims)) else f"{len(claims):,} of {total:,} claims"
    _table(("subject", "claimant", *dated.columns, "outlet", "sentence"), rows, title=shown)
    if rows:
        _console.print(Text(dated.footnote))


def print_rows(rows: list[dict[str, Any]]) -> None:
    if not rows:
        _console.print(Text("(none)"))
        return
    columns = list(rows[0])
    _table(columns, ([", ".join(map(str, v)) if isinstance(v, list) else v for v in r.values()] for r in rows))


def print_search(hits: list[SearchHit], no_match_note: str | None = None, reading: str | None = None) -> None:
    """The hits as a table; ``reading`` says what a name in another script was read as ("Read 泽连斯基 as Zelenskyy.")."""
    if reading:
        _console.print(Text(reading))
    if not hits:
        note = no_match_note or "check the filters, or try fewer words."
        _console.print(Text(f"No passage matches. {note}" if no_match_note else f"No passage matches; {note}"))
        return
    _table(("score", "passage", "outlet", "title", "text"),
           ((f"{h.score:.2f}", h.passage_id, h.outlet or "Unknown outlet", h.title, excerpt(h.text, h.spans, 160))
            for h in hits),
           title=f"{len(hits)} hit(s)")


def _side_name(side: Any) -> str:
    """A compared side as a reader names it: an article's title and outlet, or an outlet and its article count."""
    if not isinstance(side, dict):
        return str(side)
    if side.get("type") == "outlet":
        count = len(side.get("articles") or ())
        return f"{side.get('name')} ({count} article{'s' if count != 1 else ''})"
    return f"{side.get('title')} ({side.get('outlet') or 'Unknown outlet'})"


def print_comparison(data: dict[str, Any]) -> None:
    title = f"{_side_name(data.get('left'))} vs {_side_name(data.get('right'))}"
    if not data.get("pairs"):  # two outlets: their claims by subject, no passages paired
        _console.print(Text(title, style="bold"))
    else:
        _table(("kind", "sim", "left", "right"),
               ((p["kind"], p["similarity"], clipped(p.get("left_text") or "", 90), clipped(p.get("right_text") or "", 90))
                for p in data["pairs"]),
               title=title)
    for group in data.get("claims", []):
        _console.print(Text(printable(f"{group.get('subject')}: {verdict_line(group)}", one_line=True)))
        for line in side_lines(group):
            _console.print(Text(printable(line, one_line=True), style="dim"))


SET_APART_FOOTNOTE = "† set apart (forecast, increment, part, total to come, elsewhere): not in range"


def print_figures(data: dict[str, Any]) -> None:
    from store.cli_claim_dates import echo_count_cell, figure_date_cell

    rows = data.get("rows", [])
    _table(("date", "claimed", "outlet", "claimant", "figure", "count", "sentence"),
           ((r.get("date") or "-", figure_date_cell(r), r.get("outlet") or "-",
             claimant_words(r.get("claimant"), denied=bool(r.get("denied")), via=r.get("via"), nobody="-"),
             (r.get("figure") or "-") + (" †" if r.get("set_apart") else ""),
             echo_count_cell(r), _sentence(r.get("sentence") or "", 120)) for r in rows),
           title=str(data.get("subject")))
    if any(r.get("set_apart") for r in rows):
        _console.print(Text(SET_APART_FOOTNOTE))
    summary = data.get("summary")
    if summary:
        for key, value in summary.items():
            _console.print(Text(f"{key.replace('_', ' ')}: {_summary_value(value)}"))


SUMMARY_NAMES = 8  # names a summary line lists before "and N more" (--json has them all)


def _summary_value(value: Any) -> str:
    """A summary's value for one line: a list of names is cut short (ten thousand articles name thousands)."""
    if isinstance(value, list):
        shown = "; ".join(map(str, value[:SUMMARY_NAMES]))  # names hold commas ("officials from A, B and C")
        return f"{shown}; and {len(value) - SUMMARY_NAMES:,} more" if len(value) > SUMMARY_NAMES else shown
    if value is None:
        return "-"
    if isinstance(value, dict):
        return ", ".join(f"{k} {v:g}" if isinstance(v, float) else f"{k} {v}" for k, v in value.items())
    return str(value)
