"""Plain-dict views of comparisons and figure tables, for ``compare`` and ``figures --json``.

Also resolves what the user typed: an article id or an outlet name for a
side, and a subject id or a (fuzzy) subject label for the tracker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from rapidfuzz import fuzz, process, utils

from store.compare.alignment import ArticleAlignment, align_articles
from store.compare.claim_comparison import (
    Contradiction,
    SubjectComparison,
    claims_in_reading_order,
    compare_article_claims,
    compare_claim_sets,
    compare_outlets,
)
from store.compare.claim_times import claim_when
from store.compare.figure_tracker import (
    SortKey,
    figure_table,
    subject_label,
    subject_summaries,
)
from store.compare.intervals import figure_interval, format_figure
from store.compare.toll_kinds import figure_toll_kinds, toll_of, with_toll
from store.errors import StoreError
from store.models import UNKNOWN_OUTLET, Claim, Figure

if TYPE_CHECKING:
    from store.corpus import Corpus

SUBJECT_LABEL_CUTOFF = 70


@dataclass(frozen=True, slots=True)
class CompareTarget:
    """One side of a comparison: an article or a whole outlet."""

    kind: Literal["article", "outlet"]
    key: str  # article id or outlet name (as stored)

    def describe(self, corpus: Corpus) -> dict[str, object]:
        if self.kind == "article":
            article = corpus.article(self.key)
            return {
                "type": "article",
                "id": article.id,
                "title": article.title,
                "outlet": corpus.outlet_name(article),
                "credit": article.credit,
                "published": article.published,
            }
        articles = corpus.list_articles(outlet=self.key)
        return {"type": "outlet", "name": self.key, "articles": [a.id for a in articles]}


def outlet_names(corpus: Corpus) -> list[str]:
    """The outlets a side can name, counted at ingest, not per call.  Not "Unknown outlet": the articles
    whose outlet was not found are each some outlet's, and pooling them as one compared unrelated sources
    and called their differing figures a conflict."""
    return sorted((s.name for s in corpus.outlet_summaries if s.name != UNKNOWN_OUTLET), key=str.casefold)


def unknown_outlet_note(corpus: Corpus) -> str:
    """Why "Unknown outlet" is no side to compare, and the articles to name one by one instead."""
    ids = [a.id for a in corpus.list_articles(outlet=UNKNOWN_OUTLET)]
    listed = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    articles = f"{len(ids)} article{'s' if len(ids) != 1 else ''}"
    return (f"{UNKNOWN_OUTLET!r} is no outlet: {articles} had no outlet found and may come from different sources, "
            f"so each is compared on its own; give an article id ({listed})")


def resolve_target(corpus: Corpus, text: str) -> CompareTarget:
    """An article id (a passage id stands for its article), else an outlet name as typed: case, accents, part
    of it or a typo will do when one name fits (the rules of ``nkru-tui search --outlet``)."""
    from store.ids import split_passage_id
    from store.name_filters import resolve_name

    typed = text.strip()
    for key in (typed, typed.casefold()):
        if key in corpus.articles:
            return CompareTarget("article", key)
        article_id = split_passage_id(key)[0] if key in corpus.passages else None
        if article_id in corpus.articles:
            return CompareTarget("article", article_id)
    try:
        return CompareTarget("outlet", resolve_name(typed, outlet_names(corpus), "outlet"))
    except StoreError as exc:
        if _means_unknown_outlet(corpus, typed):
            raise StoreError(unknown_outlet_note(corpus)) from None
        # The closest outlets only: a corpus of ten thousand articles names hundreds of them.
        raise StoreError(f"{text!r} is neither an article id nor an outlet name: {exc}") from None


def _means_unknown_outlet(corpus: Corpus, typed: str) -> bool:
    from store.name_filters import resolve_name

    if not corpus.list_articles(outlet=UNKNOWN_OUTLET):
        return False
    try:
        resolve_name(typed, [UNKNOWN_OUTLET], "outlet")
    except StoreError:
        return False
    return True


def resolve_sides(corpus: Corpus, left: str, right: str) -> tuple[CompareTarget, CompareTarget]:
    """Both sides of a comparison, which must differ: a side against itself agrees on everything."""
    sides = resolve_target(corpus, left), resolve_target(corpus, right)
    if sides[0] == sides[1]:
        raise StoreError(f"both sides are the same {sides[0].kind} ({sides[0].key}); compare two different "
                         "articles or outlets")
    return sides


def claim_json(claim: Claim) -> dict[str, object]:
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "passage_id": claim.passage_id,
        "text": claim.text,
        "claimant": claim.claimant,
        "via": claim.via,
        "hedged": claim.hedged,
        "denied": claim.denied,
        # When the comparison places it (its sentence's date, else its article's; None: of any time), and how
        # that date was found ("stated", "published").
        "date": claim_when(claim),
        "claim_date_basis": claim.claim_date_basis,
        "figures": [
            {
                "value": f.value,
                "low": f.low,
                "high": f.high,
                "unit": f.unit,
                "qualifier": f.qualifier,
                "surface": f.surface,
                "display": with_toll(format_figure(f), toll),
                "toll": toll,  # "killed", "wounded", or None (a total, or no toll)
                "interval": {"low": figure_interval(f).low, "high": figure_interval(f).high},
            }
            for f, toll in zip(claim.figures, figure_toll_kinds(claim.text, [(f.start, f.end) for f in claim.figures]), strict=True)
        ],
    }


def subject_comparison_json(entry: SubjectComparison) -> dict[str, object]:
    return {
        "subject": entry.subject,
        "label": entry.label,
        "presence": entry.presence.value,
        "left": [claim_json(c) for c in entry.left],
        "right": [claim_json(c) for c in entry.right],
        "conflict": entry.conflict,
        # "conflict", "consistent", "incomparable" (no figure of one side in a unit of the other), or a side's own.
        "verdict": entry.verdict.value,
        # A consistent subject where a side gave only open bounds ("as many as 15,000"): the other side's
        # figures fall inside them, which is no agreement on a figure.  The sides, "left" and/or "right".
        "bound_only": list(entry.bound_only) if entry.verdict.value == "consistent" else [],
        "contradicted": _differences_json(entry, entry.contradictions),
        # Figures that differ from the other side's only at other times: a change, not a conflict.
        "changed": _differences_json(entry, entry.changes),
    }


def _differences_json(entry: SubjectComparison, found: list[Contradiction]) -> list[dict[str, object]]:
    """Each figure against the other side's nearest, with who gave each and when: whether two figures are a
    conflict or a change over time is something the analyst checks by those dates."""
    claims = {claim.id: claim for claim in (*entry.left, *entry.right)}

    def who_and_when(claim_id: str) -> tuple[str | None, str | None]:
        claim = claims.get(claim_id)
        return (claim.claimant, claim_when(claim)) if claim is not None else (None, None)

    def _toll(claim_id: str | None, figure: Figure) -> str | None:
        claim = claims.get(claim_id or "")
        return toll_of(claim, figure) if claim is not None else None

    rows = []
    for c in found:
        claimant, date = who_and_when(c.claim_id)
        against_claimant, against_date = who_and_when(c.against_claim_id)
        rows.append({
            "side": c.side,
            "claim_id": c.claim_id,
            "figure": with_toll(format_figure(c.figure), _toll(c.claim_id, c.figure)),
            "claimant": claimant,
            "date": date,
            "against_claim_id": c.against_claim_id,
            "against": with_toll(format_figure(c.against), _toll(c.against_claim_id, c.against)) if c.against is not None else None,
            "against_claimant": against_claimant,
            "against_date": against_date,
        })
    return rows


def alignment_pairs_json(alignment: ArticleAlignment) -> list[dict[str, object]]:
    return [
        {
            "left_passage": row.left.id if row.left else None,
            "right_passage": row.right.id if row.right else None,
            "similarity": row.similarity,
            "kind": row.kind.value,
            "section": row.section.value,
            "left_text": row.left.text if row.left else None,
            "right_text": row.right.text if row.right else None,
            "moved_counterpart": row.counterpart,
        }
        for row in alignment.rows
    ]


def comparison_json(corpus: Corpus, left_id: str, right_id: str) -> dict[str, object]:
    """Article vs article (pairs and claims), or outlet vs outlet / mixed (claims only)."""
    left, right = resolve_sides(corpus, left_id, right_id)
    # The same keys whatever the sides: "pairs" and "counts" (passage alignment) are empty or None for outlets.
    result: dict[str, object] = {"left": left.describe(corpus), "right": right.describe(corpus), "pairs": [],
                                 "counts": None}
    if left.kind == right.kind == "article":
        alignment = align_articles(corpus.article(left.key), corpus.article(right.key))
        result["pairs"] = alignment_pairs_json(alignment)
        result["counts"] = alignment.counts()
    subjects = compare_sides(corpus, left, right)
    result["claims"] = [subject_comparison_json(s) for s in subjects]
    return result


def compare_sides(corpus: Corpus, left: CompareTarget, right: CompareTarget) -> list[SubjectComparison]:
    """The two sides' claims, subject by subject: two articles, two outlets, or (mixed) an article's claims
    against a whole outlet's, as when the article's outlet is unknown and so is no outlet to compare."""
    if left.kind == right.kind == "article":
        return compare_article_claims(corpus, left.key, right.key)
    if left.kind == right.kind == "outlet":
        return compare_outlets(corpus, left.key, right.key).subjects

    def claims_of(target: CompareTarget) -> list[Claim]:
        ids = {target.key} if target.kind == "article" else {a.id for a in corpus.list_articles(outlet=target.key)}
        return claims_in_reading_order(corpus, ids)

    return compare_claim_sets(claims_of(left), claims_of(right), lambda subject: subject_label(corpus, subject))


def known_subjects(corpus: Corpus) -> dict[str, str]:
    """Subject id -> label, for every subject with claims (labels from the analyser if present)."""
    labels = {s.id: s.label for s in subject_summaries(corpus)}
    for subject in corpus.subject_claim_counts:  # counted, not decoded: a large corpus has 300,000 claims
        if subject and subject not in labels:
            labels[subject] = subject.replace("_", " ")
    return labels


def resolve_subject(corpus: Corpus, text: str) -> str:
    """A subject id, else the subject whose id or label matches ``text``.

    Whole words first ("oil" -> oil_deliveries, "pay" -> soldier_pay), since
    short queries score badly in fuzzy ratios; then rapidfuzz for typos.
    """
    subjects = known_subjects(corpus)
    if not text.strip():
        raise StoreError("the subject is empty; give one such as troops_deployed (`claims` lists them)")
    if text in subjects:
        return text
    choices = {sid: f"{sid.replace('_', ' ')} {label}" for sid, label in subjects.items()}
    by_words = _match_words(text, choices, corpus)
    if by_words is not None:
        return by_words
    match = process.extractOne(
        text,
        choices,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        score_cutoff=SUBJECT_LABEL_CUTOFF,
    )
    if match is None:
        valid = ", ".join(sorted(subjects)) or "none (no claims in the database)"
        raise StoreError(f"unknown subject {text!r}; valid subjects: {valid}")
    return match[2]


def _match_words(text: str, choices: dict[str, str], corpus: Corpus) -> str | None:
    """The subject all of whose query words start one of its words (exact words count double)."""
    wanted = utils.default_process(text).split()
    if not wanted:
        return None
    counts = corpus.subject_claim_counts
    best: tuple[int, int, str] | None = None
    for sid, haystack in choices.items():
        words = utils.default_process(haystack).split()
        score = 0
        for query_word in wanted:
            if query_word in words:
                score += 2
            elif any(w.startswith(query_word) for w in words):
                score += 1
            else:
                break
        else:
            candidate = (score, counts.get(sid, 0), sid)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    return best[2] if best else None


def figures_json(corpus: Corpus, subject: str, *, sort: SortKey = "date") -> dict[str, object]:
    return figure_table(corpus, resolve_subject(corpus, subject), sort=sort).to_dict()
