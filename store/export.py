"""Export selected passages with full citations: Markdown, CSV, JSON, CSL-JSON and RIS.

The same code serves the TUI's export dialog, its clipboard copy and the
``nkru-tui export`` verb, so a citation reads the same wherever it came from.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import stat
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from store.compare.intervals import format_figure
from store.compare.subject_figures import NO_SUBJECT_LABEL
from store.corpus import Corpus
from store.errors import ExportExistsError, StoreError
from store.export_authors import author_names
from store.export_formats import EXPORT_FORMATS, FORMAT_SUFFIX, export_format
from store.export_markdown import (
    claim_date_phrase,
    claim_heading,
    figure_list,
    markdown_literal,
    quoted,
    render_markdown,
    uncertain_date_note,
)
from store.export_relays import RelayTracer
from store.export_ris import render_ris
from store.models import UNKNOWN_OUTLET, Claim, PassageKind
from store.printable import json_safe

__all__ = [
    "EXPORT_FORMATS",
    "FORMAT_SUFFIX",
    "Citation",
    "CitedClaim",
    "citations",
    "export_format",
    "cite",
    "markdown_literal",
    "passage_ids_as_typed",
    "render_csl_json",
    "render_csv",
    "render_export",
    "render_json",
    "render_markdown",
    "render_ris",
    "write_export",
]

# OWASP CSV injection: a spreadsheet treats a cell starting with these as a formula.
_FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(slots=True)
class CitedClaim:
    claimant: str | None
    named_in_source: str | None  # how the source itself names the claimant, when folding chose another spelling
    via: str | None
    subject: str | None  # the subject's id, for machines
    subject_label: str | None  # and its name, for readers: "North Korean troops deployed"
    hedged: bool
    denied: bool  # the claimant rejects what the sentence reports
    figure: str | None  # the main figure, readable: "≤ 15,000 troops"
    value: float | None
    unit: str | None
    qualifier: str | None
    low: float | None
    high: float | None
    sentence: str
    claim_date: str | None = None  # partial ISO: when the claim was made or its figure held ("2024-12")
    claim_date_basis: str | None = None  # "stated" in its sentence, or "published" (the article's date)
    # A relayed claim ("via Kyodo") traced to the relaying outlet's own passage, when the database holds it
    via_passage: str | None = None
    via_title: str | None = None
    via_published: str | None = None
    # Every figure the claim holds, readable, the main one first: a citation listing one of two drops the other
    figures: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Citation:
    passage_id: str
    article_id: str
    title: str
    title_derived: bool
    outlet: str
    credit: str | None
    author: str | None
    published: str | None
    published_raw: str | None
    # The date as normalised is one reading of an ambiguous one ("05/06/2025": day and month could be
    # swapped, or a year inferred): a citation must not print it as certain.
    date_ambiguous: bool
    source_file: str
    paragraph: int | None
    kind: str
    text: str
    url: str | None = None
    claims: list[CitedClaim] = field(default_factory=list)


def _cite_claim(claim: Claim, subject_labels: dict[str, str], relays: RelayTracer | None = None) -> CitedClaim:
    main = claim.main_figure
    relayed = relays.source_of(claim) if relays is not None else None
    return CitedClaim(
        claimant=claim.claimant,
        named_in_source=claim.named_in_source,
        via=claim.via,
        subject=claim.subject,
        subject_label=subject_labels.get(claim.subject, claim.subject) if claim.subject else (NO_SUBJECT_LABEL if main else None),
        hedged=claim.hedged,
        denied=claim.denied,
        figure=format_figure(main) if main else None,
        value=main.value if main else None,
        unit=main.unit if main else None,
        qualifier=main.qualifier if main else None,
        low=main.low if main else None,
        high=main.high if main else None,
        sentence=claim.text,
        claim_date=claim.claim_date,
        claim_date_basis=claim.claim_date_basis,
        via_passage=relayed.passage_id if relayed else None,
        via_title=relayed.title if relayed else None,
        via_published=relayed.published if relayed else None,
        figures=[format_figure(figure) for figure in claim.figures],
    )


def cite(corpus: Corpus, passage_id: str, relays: RelayTracer | None = None) -> Citation:
    passage = corpus.passage(passage_id)
    article = corpus.article(passage.article_id)
    return Citation(
        passage_id=passage.id,
        article_id=article.id,
        title=article.title,
        title_derived=article.title_derived,
        outlet=article.outlet or UNKNOWN_OUTLET,
        credit=article.credit,
        author=article.author,
        published=article.published,
        published_raw=article.published_raw,
        source_file=article.source_file,
        paragraph=passage.paragraph,
        kind=passage.kind,
        text=passage.text,
        url=article.url,
        date_ambiguous=bool(article.published and article.date_ambiguous),
        claims=[_cite_claim(c, corpus.subject_labels, relays or RelayTracer(corpus)) for c in corpus.claims_in_passage(passage.id)],
    )


_ID_SEPARATORS = re.compile(r"[\s,;]+")


def passage_ids_as_typed(corpus: Corpus, typed: list[str]) -> tuple[list[str], list[str]]:
    """The passage ids the user meant, and the article ids among them.

    Ids are pasted from tables and notes: "3c655a07d9-013," or " 3C655A07D9-013 " still name the passage,
    and several may share one argument ("a-001,a-002").  An article id stands for its kept text in
    reading order, so a whole article can be cited without listing them: its headings, captions and deks
    too, each cited with its kind where a paragraph has its number, because a passage the layout reading
    put in the wrong kind (a section of prose read as a caption) must not drop out of a quotation
    silently.  Only pull quotes are left out: they repeat body text the export already holds.
    Anything else is kept as typed, for :func:`citations` to report.
    """
    ids: list[str] = []
    articles: list[str] = []
    for token in (t for argument in typed for t in _ID_SEPARATORS.split(argument) if t):
        known = next((key for key in (token, token.casefold()) if key in corpus.passages or key in corpus.articles),
                     None)
        if known is not None and known not in corpus.passages:
            articles.append(known)
            ids += [p.id for p in sorted(corpus.article(known).passages, key=lambda p: p.order)
                    if p.kind != PassageKind.PULLQUOTE]
        else:
            ids.append(known or token)
    if not ids:
        raise StoreError("no passage id given; `search` and `articles --json` list them")
    return ids, articles


def citations(corpus: Corpus, passage_ids: list[str]) -> list[Citation]:
    missing = [pid for pid in passage_ids if pid not in corpus.passages]
    if missing:
        raise StoreError(f"unknown passage id(s): {', '.join(missing[:5])}{' …' if len(missing) > 5 else ''}")
    relays = RelayTracer(corpus)  # the outlets' articles listed once for every passage
    return [cite(corpus, pid, relays) for pid in dict.fromkeys(passage_ids)]  # keep order, drop repeats


# --- renderers --------------------------------------------------------------


CSV_COLUMNS = (
    "passage_id", "article_id", "title", "title_derived", "outlet", "credit", "author", "published",
    "published_raw", "date_ambiguous", "url", "source_file", "paragraph", "kind", "text", "claimant", "named_in_source", "via",
    "subject", "subject_label", "figure", "value", "unit", "qualifier", "low", "high", "hedged", "denied",
    "claim_sentence", "claim_date", "claim_date_basis", "via_passage", "via_title", "via_published",
    "figures",
)


def neutralise_cell(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        # A number is no formula: "-5" stays a number a spreadsheet can sum, not the text "'-5.0".
        return str(int(value)) if float(value).is_integer() else repr(value)
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_LEADS) else text


def render_csv(cites: list[Citation]) -> str:
    """One row per claim (a passage with no claim gets one row with empty claim columns)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for c in cites:
        base = asdict(c)
        for claim in c.claims or [None]:
            row = dict(base, **(asdict(claim) if claim else {}))
            row["claim_sentence"] = claim.sentence if claim else None  # "text" is the whole passage
            row["figures"] = "; ".join(claim.figures) if claim else None  # "figure" and its columns: the main one
            writer.writerow([neutralise_cell(row.get(col)) for col in CSV_COLUMNS])
    return buffer.getvalue()


def render_json(cites: list[Citation]) -> str:
    # json_safe: bidi overrides and C1 controls in names go out as \u escapes, the same JSON value.
    return json_safe(json.dumps([asdict(c) for c in cites], ensure_ascii=False, indent=2)) + "\n"


def _csl_item(c: Citation) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": c.passage_id,
        "type": "article-newspaper",
        # A title made up from the first sentence is a description, which citation styles put in brackets.
        "title": f"[{c.title}]" if c.title_derived else c.title,
        "source": c.source_file,
        "note": f"Passage {c.passage_id}" + (f", paragraph {c.paragraph}" if c.paragraph else f" ({c.kind})")
        + f": {quoted(c.text)}",
    }
    if c.outlet != UNKNOWN_OUTLET:  # an unknown outlet is left out, not cited as a publication named "Unknown outlet"
        item["container-title"] = c.outlet
    if c.credit:
        item["publisher"] = c.credit
    if c.author:
        # One author each ("A and B" is two), kept whole (a "Kim Jong Un" is no given name and surname a program can split).
        item["author"] = [{"literal": name} for name in author_names(c.author)]
    if c.published:
        item["issued"] = {"date-parts": [[int(x) for x in c.published[:10].split("-") if x.isdigit()]]}
        if c.date_ambiguous:  # CSL's mark of an uncertain date; the note says how it was printed
            item["issued"]["circa"] = True
            item["note"] += f"\n{uncertain_date_note(c)}"
    elif c.published_raw:
        item["issued"] = {"raw": c.published_raw}
    if c.url:
        item["URL"] = c.url
    for claim in c.claims:
        kind, who = claim_heading(claim)  # a denial or a correction says so, as in Markdown
        what = " ".join(filter(None, (claim.subject_label, figure_list(claim))))  # a claim of no figure says only who
        item["note"] += f"\n{kind} ({who}{claim_date_phrase(claim)})" + (f": {what}" if what else "") + (
            " (hedged)" if claim.hedged else "")
    return item


def render_csl_json(cites: list[Citation]) -> str:
    return json_safe(json.dumps([_csl_item(c) for c in cites], ensure_ascii=False, indent=2)) + "\n"


_RENDERERS = {
    "md": render_markdown, "csv": render_csv, "json": render_json, "csl-json": render_csl_json, "ris": render_ris,
}


def render_export(corpus: Corpus, passage_ids: list[str], fmt: str) -> str:
    """``fmt``: a format's short name or one of its full names ("markdown", "CSL-JSON")."""
    try:
        fmt = export_format(fmt)
    except ValueError as error:
        raise StoreError(str(error)) from None
    return _RENDERERS[fmt](citations(corpus, passage_ids))


def next_free_path(path: Path) -> Path:
    """``selection.md`` → ``selection-1.md`` → ``selection-2.md`` … the first that does not exist."""
    path = Path(path)
    if not path.exists():
        return path
    for n in range(1, 10_000):
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise StoreError(f"{path}: no free file name next to it")


def write_export(
    corpus: Corpus, passage_ids: list[str], fmt: str, path: str | os.PathLike[str], *, force: bool = False
) -> Path:
    """Write the export; refuses to replace an existing file unless ``force``."""
    # "exports/" names a folder: Path() would drop the slash and write a file called "exports".
    names_folder = str(path).endswith((os.sep, "/"))
    path = Path(path).expanduser()
    if not passage_ids:
        raise StoreError("nothing to export: no passage selected")
    if path.is_dir():
        raise StoreError(f"{path}: is a directory; give a file name")
    if names_folder:
        raise StoreError(f"{path}: folder does not exist; give a file name in a folder that does")
    stream = _is_stream(path)
    if path.exists() and not force and not stream:
        raise ExportExistsError(str(path))
    text = render_export(corpus, passage_ids, fmt)
    if not stream and not path.parent.is_dir():
        # "/etc/hostname/x.md": the folder named is a file; "does not exist" sent the user looking for it.
        said = "is a file, not a folder" if path.parent.exists() else "folder does not exist"
        raise StoreError(f"{path.parent}: {said}")
    try:
        if stream:
            # /dev/stdout, a named pipe, a terminal: written into, as a shell's ">" does.  Moving a
            # file into place would replace the device node itself (/dev/null made a plain file).
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        else:
            # Through a symlink to the file it names: replacing the link would leave that file as it was.
            _write_beside(Path(os.path.realpath(path)) if path.is_symlink() else path, text, force=force)
    except OSError as exc:  # a read-only folder, a full disk, a pseudo-filesystem: one line, not a traceback
        raise StoreError(f"{path}: cannot write it ({exc.strerror or exc})") from None
    return path


def _is_stream(path: Path) -> bool:
    """True for an existing target that is no regular file: a device, a named pipe, a socket."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _write_beside(path: Path, text: str, *, force: bool) -> None:
    """Write ``text`` to a temporary file in ``path``'s folder, then move it into place."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); an export gets the mode a plain write would give it.
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        if force:
            os.replace(tmp_name, path)
        else:
            # link() fails if the name appeared meanwhile: never clobber a file created in a race.
            try:
                os.link(tmp_name, path)
            except FileExistsError:
                raise ExportExistsError(str(path)) from None
            except OSError:  # no hard links here (some network/FAT mounts): exclusive create instead
                try:
                    with open(path, "x", encoding="utf-8", newline="") as handle:
                        handle.write(text)
                except FileExistsError:
                    raise ExportExistsError(str(path)) from None
            finally:
                Path(tmp_name).unlink(missing_ok=True)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The permissions of the file ``path`` replaces, or those the umask gives a new file."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # Linux shows it without changing it; os.umask() can only be read by setting it, which races
    # with threads creating files meanwhile.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
