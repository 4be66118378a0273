"""Where a relayed claim came from: "Zelenskyy said 3,000 ..., Kyodo reported" cites Kyodo's own passage.

A claim one outlet relays from another ("via Kyodo") is only as good as what the other outlet wrote, so
when the database holds that outlet's coverage, a citation names the passage in it that carries the
same claim: same claimant, and the same figure where the relayed claim has one (the same subject too,
where both name one).  Of several, the earliest published, which is where the relay read it.  Nothing
is traced when the relaying outlet is not in the database, or none of its claims matches: a wrong trace
would be worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from store.analysis.claimants import fold
from store.compare.intervals import same_figure

if TYPE_CHECKING:
    from store.corpus import Corpus
    from store.models import Claim


@dataclass(frozen=True, slots=True)
class RelaySource:
    """The relaying outlet's passage a relayed claim is traced to."""

    passage_id: str
    outlet: str
    title: str
    published: str | None


def _folded(text: str) -> str:
    return " ".join(fold(text).split())


def _names_outlet(via: str, outlet: str) -> bool:
    """Whether a claim's "via" names this outlet: "Kyodo" names "Kyodo News", "Yonhap" "Yonhap News
    Agency", "the Financial Times" "Financial Times" (whole words, in order, at its start or as all of it)."""
    said, name = _folded(via).removeprefix("the "), _folded(outlet).removeprefix("the ")
    return bool(said) and (said == name or name.startswith(said + " ") or said.startswith(name + " "))


class RelayTracer:
    """Traces relayed claims to the relaying outlet's passages; the outlets' claims are read once."""

    def __init__(self, corpus: Corpus) -> None:
        self._corpus = corpus
        self._outlets: dict[str, list[str]] | None = None  # outlet name -> its article ids

    def _articles_of(self, via: str) -> list[str]:
        if self._outlets is None:
            self._outlets = {}
            for article in self._corpus.articles.values():
                if article.outlet:
                    self._outlets.setdefault(article.outlet, []).append(article.id)
        return [aid for outlet, ids in self._outlets.items() if _names_outlet(via, outlet) for aid in ids]

    def source_of(self, claim: Claim) -> RelaySource | None:
        """The relaying outlet's passage carrying ``claim``, or None."""
        if not claim.via or not claim.claimant:
            return None
        corpus = self._corpus
        citing = corpus.articles.get(claim.article_id)
        if citing is not None and citing.outlet and _names_outlet(claim.via, citing.outlet):
            return None  # the outlet names itself: nothing further to trace
        claimant = _folded(claim.claimant)
        figure = claim.main_figure
        found: list[tuple[str, str, Claim]] = []
        for article_id in self._articles_of(claim.via):
            article = corpus.article(article_id)
            for other in corpus.claims_of_article(article_id):
                if other.claimant is None or _folded(other.claimant) != claimant or other.denied != claim.denied:
                    continue
                if figure is not None and (other.main_figure is None or not same_figure(figure, other.main_figure)):
                    continue
                if claim.subject and other.subject and claim.subject != other.subject:
                    continue
                found.append((article.published or "9999", other.passage_id, other))
        if not found:
            return None
        _, passage_id, _ = min(found, key=lambda entry: (entry[0], entry[1]))
        article = corpus.article_of(passage_id)
        return RelaySource(passage_id, article.outlet or claim.via, article.title, article.published)
