"""The ``nkru-tui`` command line's grammar: every verb, its options and their checks (``store.cli`` runs them)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from store.cli_claim_dates import add_date_filters, partial_date, reversed_range
from store.export_formats import EXPORT_FORMATS, export_format
from store.printable import printable

# The formats the export verb offers (store.export_formats is light: no corpus code on every `--help`).
EXPORT_FORMAT_CHOICES = EXPORT_FORMATS

VERBS = ("ingest", "remove", "reanalyse", "articles", "audit", "claims", "topics", "sources", "claimants", "search", "export",
         "compare", "figures", "bench")


class OneLineParser(argparse.ArgumentParser):
    """argparse whose usage errors are one line: the mistake and where help is, not the whole usage block.

    A script's log (or a terminal) then holds one line per failure, like every other error of the CLI;
    the arguments quoted back in it are the user's, so they print as escapes, never as terminal commands.
    Sub-parsers inherit this class (argparse makes them with the parent's type).
    """

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.verb_parsers: dict[str, argparse.ArgumentParser] = {}  # the top parser's, by verb (build_parser)

    def error(self, message: str) -> NoReturn:
        line = f"{self.prog}: error: {message} (see {self.prog} --help)"
        self.exit(2, printable(line, one_line=True) + "\n")


def _export_format(text: str) -> str:
    """An argparse type: the export format a name names, short or in full as the TUI shows it ("Markdown")."""
    try:
        return export_format(text)
    except ValueError:  # worded as argparse words a choice it lacks
        names = ", ".join(EXPORT_FORMATS)
        raise argparse.ArgumentTypeError(f"invalid choice: {text!r} (choose from {names}; or markdown, CSL-JSON)") from None


def _path(text: str) -> Path:
    """An argparse type: a path, never the empty one (Path("") is the current folder)."""
    if not text:
        # `nkru-tui remove "$FILE"` with FILE unset would otherwise act on every file below the current folder.
        raise argparse.ArgumentTypeError("an empty path; is a shell variable unset?")
    return Path(text)


def _target(text: str) -> str:
    """A path kept as typed (a trailing "/" says "a folder"), a stored name or sha256:HEX; never empty."""
    _path(text)
    return text


def _name(text: str) -> str:
    """An argparse type: a name, subject or id as typed, never blank (an unset shell variable in
    ``--claimant "$WHO"`` would otherwise filter nothing out and list every row as if it had matched)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("empty; is a shell variable unset?")
    return text


def _add_db(parser: argparse.ArgumentParser, *, on_verb: bool = True,
            text: str = "database file (default: $NKRU_DB or the user data dir)") -> None:
    # On a verb the default is SUPPRESS, so `nkru-tui --db X articles` keeps X
    # instead of the sub-parser resetting it to None.
    parser.add_argument("--db", type=_path, metavar="PATH", default=argparse.SUPPRESS if on_verb else None,
                        help=text)


def _add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


#: Rows a listing table shows unless told otherwise.  At ten thousand articles a full table of
#: claims or claimants is a hundred thousand rows: minutes of layout nobody reads on a terminal.
TABLE_ROWS = 100


def _add_limit(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=_whole_number, default=None, metavar="N",
                        help=f"list at most N rows, 0 for all (default: {TABLE_ROWS} in a table, all with --json)")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="nkru-tui",
        description="Terminal workbench for news coverage of North Korea's military support for Russia. "
        "Without a verb, opens the interactive app (the database is built from the bundled seeds on first run).",
        epilog="A citation in three steps: nkru-tui search kursk casualties (the passage column gives ids); "
        "nkru-tui export ID… --output - (Markdown to paste); nkru-tui export ID… --format csl-json "
        "--output refs.json (for Zotero). Each verb's --help says more.",
    )
    _add_db(parser, on_verb=False)
    parser.add_argument("--topics", type=_path, metavar="PATH", help="your own topic taxonomy (TOML)")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    parser.verb_parsers = verbs.choices

    p = verbs.add_parser("ingest", help="add article files or folders (.txt .md .html .rtf, Word .docx, OpenDocument .odt, EPUB, Jupyter .ipynb, feeds, news-API JSON and JSON Lines, .eml/.mbox/.mht, .srt/.vtt, .csv/.tsv/.xlsx exports, Org/AsciiDoc/reST/wiki markup, .warc web archives; any of them gzipped as .gz) to the database",
        description="Reads each file named, and every file in a folder and in all its subfolders (in name order). "
                    "Hidden entries in a folder (names starting with a dot: .git, .DS_Store) are skipped. "
                    "Exit status 1 if any file was rejected (each is listed with its reason).")
    # As typed: a pasted web address ("https://…") stays one, for the error to name; Path() would fold its "//".
    p.add_argument("paths", nargs="+", type=_target, metavar="PATH",
                   help="an article file, or a folder: every file below it is read, in subfolders too, "
                        "except hidden ones (names starting with a dot)")
    p.add_argument("--topics", type=_path, metavar="PATH", default=argparse.SUPPRESS,
                   help="tag topics with this taxonomy (TOML)")
    _add_db(p)
    _add_json(p)

    p = verbs.add_parser("remove", help="take source files (their articles and claims) out of the database")
    p.add_argument("targets", nargs="+", type=_target, metavar="FILE",
                   help="a file or folder on disk, a stored path, a file name, or sha256:HEX")
    p.add_argument("--dry-run", action="store_true", help="say what would go, change nothing")
    _add_db(p)
    _add_json(p)

    p = verbs.add_parser("reanalyse", help="redo every claim and topic tag with the analysers installed now (after an upgrade)")
    _add_db(p)
    _add_json(p)

    p = verbs.add_parser("articles", help="list the articles")
    _add_limit(p)
    _add_db(p)
    _add_json(p)

    p = verbs.add_parser("audit", help="what normalising removed or repaired in a source file")
    p.add_argument("file", type=_path, metavar="FILE",
                   help="a source file on disk (if it was ingested, the database's record of it is shown), "
                        "or a stored file named as `articles` lists it: its file name, old path or sha256:HEX, "
                        "or an article or passage id (its source file)")
    _add_db(p)
    _add_json(p)

    p = verbs.add_parser("claims", help="claims with claimant, figures and subject")
    p.add_argument("--subject", type=_name, metavar="S", help="only this subject (id or label; a word of it or a typo will do)")
    p.add_argument("--claimant", type=_name, metavar="C",
                   help="only this claimant: case-insensitive, an acronym (NIS), the start of a word of the name, or a typo")
    add_date_filters(p)
    _add_limit(p)
    _add_db(p)
    _add_json(p)

    for name, text in (("topics", "topics with passage counts"), ("sources", "outlets with counts and dates"),
                       ("claimants", "who claims what, and where")):
        p = verbs.add_parser(name, help=text)
        _add_limit(p)
        _add_db(p)
        _add_json(p)

    p = verbs.add_parser(
        "search", help="typo-tolerant search over passages",
        description='Typo-tolerant search. "Quoted words" must stand together; -word leaves out passages holding '
                    'it ("shells -kursk", or "shells NOT kursk" as news databases write it; a query that starts with - '
                    'goes after --: nkru-tui search -- -kursk shells). No passage found is no error: the exit status '
                    'is 0, with a note on stdout ([] with --json); a filter naming nothing is one (status 1).')
    # "*", not "+": a query of exclusions only ("-kursk") is argparse's unknown option, which run_search answers.
    p.add_argument("query", nargs="*", metavar="QUERY", help='words to find; "quoted words" together, -word (or NOT word) left out')
    p.add_argument("--limit", type=_positive_int, default=20, metavar="N", help="best N passages (default 20)")
    # Filters take a name as typed: case, accents, part of it or a typo will do when one name fits.
    p.add_argument("--outlet", type=_name, metavar="NAME", help='only passages from this outlet, e.g. "business insider" or its initials, "AP"')
    p.add_argument("--topic", type=_name, metavar="TOPIC", help="only passages on this topic (id or label, see `topics`)")
    p.add_argument("--claimant", type=_name, metavar="NAME", help="only passages holding a claim by this claimant")
    p.add_argument("--since", type=partial_date, metavar="DATE",
                   help="only passages of articles published on or after DATE (2024, 2024-12 or 2024-12-18)")
    p.add_argument("--until", type=partial_date, metavar="DATE", help="only passages of articles published on or before DATE")
    _add_db(p)
    _add_json(p)

    p = verbs.add_parser(
        "export", help="export passages with citations",
        description="Each passage with its citation: title, outlet, author, date, address, source file, "
                    "paragraph, and the claims in it (claimant, figure, subject). Passage ids are in the "
                    "passage column of `search` and in `articles --json`.",
        epilog="e.g. nkru-tui export 3c655a07d9-013 3c655a07d9-014 --format csv --output quotes.csv")
    p.add_argument("passage_ids", nargs="+", metavar="PASSAGE_ID", help="a passage id such as 3c655a07d9-013 (several may be pasted with commas), "
                        "or an article id for every paragraph of it")
    p.add_argument("--format", type=_export_format, default=None, metavar="FORMAT",
                   help="md: quotations with a citation line each, to paste (the default, unless PATH ends in "
                        ".ris, .csv or .json, which name their format); "
                        "csv: a row per claim, for a spreadsheet; json: every field; "
                        "csl-json: for Zotero and other reference managers; "
                        "ris: for Zotero, EndNote and Mendeley, a record per article with its passages as notes; "
                        "the full names the TUI shows work too (markdown, CSL-JSON)")
    p.add_argument("-o", "--output", type=_target, required=True, metavar="PATH", help="file to write, or - for standard output")
    p.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    _add_db(p)

    p = verbs.add_parser(
        "compare", help="align two articles passage by passage, or two outlets (or more) subject by subject; "
                   "each subject's figures get a verdict",
        description="Two articles are aligned passage by passage; when a side is an outlet, the sides are "
                    "compared by subject only. Either way each subject both sides report gets a verdict. CONFLICT: the sides give different figures "
                    "for the same time (dates at most a calendar month apart; an undated figure is of any "
                    "time). Changed over time: their figures differ only between different dates (11,000 "
                    "troops in November, 12,000 in January). Each figure is shown with who gave it and when.")
    p.add_argument("left", type=_name, metavar="LEFT_ID", help="an article id (see `articles`), a passage id (its article) or an outlet name (case, accents "
                        "and a typo are forgiven when one outlet fits)")
    p.add_argument("right", type=_name, metavar="RIGHT_ID", help="the same for the other side")
    p.add_argument("more", nargs="*", type=_name, metavar="MORE_ID",
                   help="more sides (three or more): every pair of sides is compared, in the order given")
    _add_db(p)
    _add_json(p)

    p = verbs.add_parser("figures", help="every claim on one subject across the corpus")
    p.add_argument("subject", type=_name, metavar="SUBJECT",
                   help="what is counted, e.g. troops_deployed or casualties (a unique start will do; "
                        "a wrong one lists them all)")
    p.add_argument("--sort", choices=("date", "value", "outlet", "claimant"), default="date",
                   help="row order (default: date)")
    _add_limit(p)
    _add_db(p)
    _add_json(p)

    p = verbs.add_parser("bench", help="benchmark ingest and search on a synthetic corpus")
    p.add_argument("--articles", type=_int_at_least(1, "at least 1", at_most=MAX_BENCH_ARTICLES), default=1000,
                   metavar="N", help=f"synthetic articles to ingest and search (default 1000, at most {MAX_BENCH_ARTICLES:,})")
    _add_db(p, text="where to build the benchmark database, a path that does not exist yet "
                    "(default: a temporary file, deleted after)")
    _add_json(p)
    return parser


#: The bench writes every synthetic article to a temporary file first: a mistyped count of billions would
#: fill the disk over hours before it said anything.  Ten times the size the goals are set at.
MAX_BENCH_ARTICLES = 100_000


def _int_at_least(minimum: int, meaning: str, *, at_most: int | None = None) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``minimum`` (and at most ``at_most``), with a one-line
    error otherwise."""

    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {meaning}: {value}")
        if at_most is not None and value > at_most:
            raise argparse.ArgumentTypeError(f"must be at most {at_most:,}: {value:,}")
        return value

    return convert


_positive_int = _int_at_least(1, "at least 1")
_whole_number = _int_at_least(0, "0 (all) or more")


# A file's extension that names an export format: `--output refs.ris` is for Zotero, not Markdown in a .ris.
_FORMAT_OF_EXTENSION = {".ris": "ris", ".csv": "csv", ".json": "json"}


def format_named_by(output: str) -> str:
    """The export format the output path's extension names, else Markdown (standard output included)."""
    return _FORMAT_OF_EXTENSION.get(Path(output).suffix.lower(), "md") if output != "-" else "md"


# A query word to leave out ("-kursk"), which argparse would take for an unknown option.
_EXCLUSION = re.compile(r"-[^\W\d_][\w'’-]*")


def parse_command_line(argv: Sequence[str] | None) -> argparse.Namespace:
    """The parsed command line; ``search shells -kursk`` keeps "-kursk" as a word to leave out."""
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown and getattr(args, "verb", None) == "search" and all(_EXCLUSION.fullmatch(u) for u in unknown):
        args.query = [*args.query, *unknown]  # an excluded word, which argparse took for an unknown option
    elif unknown:
        # Said by the verb's own parser, so the line points at the help that lists the verb's options.
        verb_parser = parser.verb_parsers.get(getattr(args, "verb", None), parser)
        verb_parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.verb == "export" and args.format is None:
        args.format = format_named_by(args.output)
    if problem := reversed_range(getattr(args, "since", None), getattr(args, "until", None)):
        parser.verb_parsers.get(args.verb, parser).error(problem)
    return args
