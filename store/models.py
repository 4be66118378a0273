"""The records that flow from files through the store to the TUI.

Every stage of the pipeline speaks in these dataclasses; TinyDB holds their
``to_dict`` form.  Keeping them plain (no behaviour beyond conversion) lets
the normaliser, the analysers, the index and the TUI evolve independently.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, ClassVar, Self


UNKNOWN_OUTLET = "Unknown outlet"  # how an article with no known outlet is listed and grouped
OWN_VOICE = "the article itself"  # who makes a claim no one is named for, wherever a claimant is shown


class PassageKind(StrEnum):
    """What a kept paragraph is.  Only BODY counts as the article's running text."""

    BODY = "body"
    HEADING = "heading"  # sub-heading inside the body
    CAPTION = "caption"  # image caption or alt text
    CREDIT = "credit"  # photo credit ("… via AP", "Getty Images")
    BULLET = "bullet"  # summary bullet above the body
    PULLQUOTE = "pullquote"  # a repeat of body text set apart for emphasis
    DEK = "dek"  # subtitle / standfirst


class Qualifier(StrEnum):
    """How a figure is hedged.  Drives the interval and the ≤ ≥ ≈ glyphs."""

    EXACT = "exact"
    AT_MOST = "at_most"  # "as many as", "up to"
    AT_LEAST = "at_least"  # "at least", "more than", "over"
    APPROX = "approx"  # "about", "around", "roughly"
    RANGE = "range"  # "500-600", "between 50 and 140"


class _Record:
    """Round-trips a dataclass through plain JSON-able dicts, fast.

    ``_nested`` names list fields whose items are records themselves, so the
    whole tree converts both ways.  ``dataclasses.asdict`` deep-copies every
    value and dominated ingest time at 300,000 passages, hence the hand-rolled
    conversion over cached field names.  Unknown keys are ignored on the way
    in, so an older database still loads after a field is dropped.
    """

    _nested: ClassVar[dict[str, type[_Record]]] = {}

    @classmethod
    def _field_names(cls) -> tuple[str, ...]:
        names = cls.__dict__.get("_cached_field_names")
        if names is None:
            names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
            type.__setattr__(cls, "_cached_field_names", names)
        return names

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self._field_names()}
        for name in self._nested:
            data[name] = [item.to_dict() for item in data[name]]
        for name, value in data.items():
            if type(value) is list and name not in self._nested:
                data[name] = [list(v) if type(v) is tuple else v for v in value]  # JSON has no tuples
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        names = cls._field_names()
        kwargs = {k: data[k] for k in names if k in data}
        for name, record in cls._nested.items():
            if name in kwargs:
                kwargs[name] = [record.from_dict(item) for item in kwargs[name]]
        return cls(**kwargs)


@dataclass(slots=True)
class Removal(_Record):
    """One block of page furniture taken out of a source file, kept for the audit."""

    reason: str  # short slug: "related-stories", "navigation", "advertisement", ...
    text: str  # the removed text, verbatim (after decoding)
    line: int  # 1-based line in the decoded source where the block starts
    article_ordinal: int | None = None  # which article of the file it sat in, if any


@dataclass(slots=True)
class TopicHit(_Record):
    topic: str  # topic id from the taxonomy
    terms: list[str] = field(default_factory=list)  # evidence: the terms matched, as written


@dataclass(slots=True)
class Passage(_Record):
    _nested = {"topics": TopicHit}
    id: str  # "{article_id}-{order:03d}", stable across re-ingests of the same bytes
    article_id: str
    kind: str  # a PassageKind value
    text: str
    order: int  # 0-based position among all kept passages of the article
    paragraph: int | None = None  # 1-based number among BODY passages, for citations
    topics: list[TopicHit] = field(default_factory=list)
    echo_group: str | None = None  # id of the group of near-identical passages, if any


@dataclass(slots=True)
class Article(_Record):
    _nested = {"passages": Passage}
    id: str
    source_file: str  # basename of the file, for citations
    source_sha256: str
    ordinal: int  # 0-based position of the article inside its file
    title: str
    title_derived: bool = False
    dek: str | None = None
    outlet: str | None = None  # None means unknown; shown as "Unknown outlet"
    outlet_basis: str | None = None  # how the outlet was found, e.g. "header", "read-original line"
    credit: str | None = None  # wire or syndication credit, e.g. "Bloomberg"
    author: str | None = None
    published: str | None = None  # ISO 8601 date
    published_raw: str | None = None
    date_ambiguous: bool = False  # day/month order could not be told apart, or the year was inferred ("Dec 19")
    url: str | None = None
    passages: list[Passage] = field(default_factory=list)
    dateline: str | None = None  # place of a wire dateline ("SEOUL"), if the story opens with one

    def passages_of(self, kind: PassageKind) -> list[Passage]:
        return [p for p in self.passages if p.kind == kind]


@dataclass(slots=True)
class Figure(_Record):
    value: float  # the headline number; percentages are 0-100
    low: float | None  # interval bounds; None = unbounded on that side
    high: float | None
    unit: str  # "troops", "percent", "USD", "tanks", "barrels", ...
    qualifier: str  # a Qualifier value
    surface: str  # the figure as written, e.g. "as many as 15,000"
    start: int = 0  # offsets inside the claim text
    end: int = 0


@dataclass(slots=True)
class Claim(_Record):
    _nested = {"figures": Figure}
    id: str
    article_id: str
    passage_id: str
    text: str  # the sentence exactly as in the passage
    start: int  # character offsets of ``text`` inside the passage
    end: int
    claimant: str | None  # None: the article says it in its own voice
    via: str | None = None  # the outlet or person it was relayed through
    subject: str | None = None  # subject id from the taxonomy, None if no figure fits one
    hedged: bool = False
    figures: list[Figure] = field(default_factory=list)
    denied: bool = False  # the claimant denies or rejects what follows rather than asserting it
    # The claimant as its own file names them (cleaned, folded within that file), before folding across
    # the corpus.  Every corpus fold starts again from it, so that ``claimant`` depends on the files
    # now in the database only: not on what was ingested first, nor on a file since removed.
    claimant_in_file: str | None = None
    # When the claim was made or its figure held, as a partial ISO date ("2024-12", "2024-12-18", "2024";
    # "XXXX-12" is a December of a year no one gave), and how it was found: "stated" (the claim's own
    # sentence says so), "published" (the article's date stands in) or None.  See store.analysis.claim_dates.
    claim_date: str | None = None
    claim_date_basis: str | None = None

    @property
    def main_figure(self) -> Figure | None:
        return self.figures[0] if self.figures else None

    @property
    def named_in_source(self) -> str | None:
        """The claimant as the claim's own file names them, where the corpus-wide name differs ("Budanov"
        for "Kyrylo Budanov"): folding is an inference, so readers and citations show what the source says."""
        named = self.claimant_in_file
        return named if named and self.claimant and named != self.claimant else None


@dataclass(slots=True)
class NormalisedFile(_Record):
    """What normalising one source file yields: its articles and its audit trail."""

    _nested = {"articles": Article, "removed": Removal}

    source_file: str
    source_sha256: str
    encoding: str  # how the bytes were decoded, e.g. "utf-8", "utf-8-sig", "cp1252"
    repairs: list[str] = field(default_factory=list)  # e.g. "mojibake:cp1253", "controls:3"
    articles: list[Article] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)


@dataclass(slots=True)
class FileRecord(_Record):
    """One ingested source file, with what normalising removed from it (its audit trail)."""

    _nested = {"removed": Removal}

    source_path: str  # absolute path at ingest time
    source_file: str  # basename, for display and citations
    source_sha256: str
    encoding: str
    repairs: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    ingested_at: str = ""


# --- Read-side summaries: what the panes list.  Built by store.analysis, shown by tui. ---


@dataclass(slots=True)
class OutletSummary(_Record):
    name: str  # "Unknown outlet" groups articles whose outlet could not be found
    article_count: int
    first_date: str | None
    last_date: str | None
    credits: list[str] = field(default_factory=list)  # wire credits carried, e.g. ["Bloomberg"]


@dataclass(slots=True)
class ClaimantSummary(_Record):
    name: str
    claim_count: int
    outlets: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TopicSummary(_Record):
    id: str
    label: str
    passage_count: int
    article_count: int


@dataclass(slots=True)
class SubjectSummary(_Record):
    id: str
    label: str
    claim_count: int
    unit: str | None = None


@dataclass(slots=True)
class SearchHit(_Record):
    passage_id: str
    article_id: str
    title: str
    outlet: str | None
    score: float
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # matched words in ``text``, to highlight


def claim_display_order(claim: Claim, article: Article | None) -> tuple[bool, str, float, str]:
    """How claims on one subject are listed: those with a figure first, then oldest first by the claim's
    own date where its sentence states one with a year ("said in December" in a February 2025 article is
    2024-12), else by its article's published date (undated last), then smallest figure first; the id
    settles ties the same way every time.  So a figure revised in January lists after December's, even
    when one article reports both.  A stated date whose year no one gave ("XXXX-12") cannot be placed
    among the others: such a claim is ordered by its article's date, as one stating nothing."""
    figure = claim.main_figure
    when = claim.claim_date if claim.claim_date_basis == "stated" and (claim.claim_date or "")[:1].isdigit() else None
    when = when or (article.published if article is not None else None)
    return (figure is None, when or "9999", figure.value if figure is not None else 0.0, claim.id)
