"""Headlines in search: an article's title is a field of its lead passage.

Analysts remember headlines ("Budanov: North Korea has 11,000 soldiers in
Kursk"), and a headline's words are often missing from the body ("Budanov"
may be named only there).  Hits stay passages, so the title is searched as
part of its article's first passage (its lead), BM25F-like:

- a query word found in the title adds ``TITLE_WEIGHT`` times its title IDF
  to the lead's score, so a headline query finds the lead even when its body
  holds none of the words; for the share of query words a passage holds, a
  word only the title holds counts ``TITLE_HELD`` (a half), so a lead that
  holds the words in its title alone does not outrank passages whose own
  text holds as many (the text is what the reader is shown);
- every passage of the article, lead or not, gets a re-ranking bonus of up to
  ``TITLE_BONUS`` (a share of the query words the title holds, each at its
  variant's weight), smaller than the proximity bonus, so a headline tips the
  balance between passages of similar relevance without outvoting the body;
- a quoted phrase held by the title is held by the lead, and a ``-word`` held
  by the title excludes the lead.

Titles are tokenised with the passages (``forward``), so their words share
the vocabulary and its typo and prefix expansion.  A title's IDF is over
titles (an article per title): a word in every headline is worth little.
Presence counts, not repetition: titles are too short for term frequency.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from store.search.postings import bm25_idf, sorted_unique
from store.search.ranking import NO_OPTIONAL_SLOTS, OptionalSlots, WordPlan, phrase_docs

TITLE_WEIGHT = 0.5  # a title word's part of the lead's score, relative to its title IDF
TITLE_BONUS = 0.2  # at most +20% at re-ranking when the title holds every query word
TITLE_HELD = 0.5  # a word only the title holds, counted for the lead's share of query words held


@dataclass(slots=True)
class TitleIndex:
    """Each article's title as term ids, inverted, and its lead passage."""

    forward_ptr: np.ndarray  # int64: title of article a is forward_terms[ptr[a]:ptr[a+1]]
    forward_terms: np.ndarray  # int32 term ids in reading order
    postings_ptr: np.ndarray  # int64, per term id: articles whose title holds it are [ptr[t], ptr[t+1])
    postings_articles: np.ndarray  # int32, ascending within a term
    lead: np.ndarray  # int32: the first passage of each article

    ARRAY_NAMES = ("forward_ptr", "forward_terms", "postings_ptr", "postings_articles", "lead")

    @classmethod
    def build(cls, title_terms: np.ndarray, title_lengths: np.ndarray, n_terms: int, doc_article: np.ndarray) -> TitleIndex:
        n_articles = len(title_lengths)
        forward_ptr = np.zeros(n_articles + 1, dtype=np.int64)
        np.cumsum(title_lengths, out=forward_ptr[1:])
        keys = title_terms.astype(np.int64) << 32
        keys |= np.repeat(np.arange(n_articles, dtype=np.int64), title_lengths)
        keys = sorted_unique(keys)  # (term, article) once each: a title repeating a word holds it once
        postings_ptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(np.bincount(keys >> 32, minlength=n_terms), out=postings_ptr[1:])
        lead = np.full(n_articles, -1, dtype=np.int32)
        # Passage numbers descending, so each article keeps its smallest: its first passage.
        lead[doc_article[::-1]] = np.arange(len(doc_article) - 1, -1, -1, dtype=np.int32)
        return cls(forward_ptr, title_terms.astype(np.int32), postings_ptr, (keys & 0xFFFFFFFF).astype(np.int32), lead)

    def to_arrays(self) -> dict[str, np.ndarray]:
        return {f"title.{name}": getattr(self, name) for name in self.ARRAY_NAMES}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> TitleIndex:
        return cls(**{name: arrays[f"title.{name}"] for name in cls.ARRAY_NAMES})

    def __len__(self) -> int:
        return len(self.lead)

    def articles_with(self, term: int) -> np.ndarray:
        return self.postings_articles[self.postings_ptr[term] : self.postings_ptr[term + 1]]

    def articles_holding(self, terms: np.ndarray) -> np.ndarray:
        """Articles whose title holds any of these term ids, ascending."""
        found = [self.articles_with(t) for t in terms.tolist()]
        if not found:
            return np.empty(0, dtype=np.int32)
        return found[0] if len(found) == 1 else sorted_unique(np.concatenate(found))

    def match(self, plan: WordPlan) -> TitleMatch | None:
        """The titles holding one query word: at its best variant, weighed like ``ranking.blend`` does."""
        found = [(t, w, self.articles_with(t)) for t, w in plan.variants.items()]
        found = [(t, w, arts) for t, w, arts in found if len(arts)]
        if not found:
            return None
        n_articles = len(self)
        title_df = np.asarray([len(arts) for _, _, arts in found], dtype=np.float64)
        idfs = bm25_idf(title_df, n_articles)
        weights = np.asarray([w for _, w, _ in found], dtype=np.float64)
        # No variant weighs more than the word's best variant: a rare headline word one typo from a
        # common one must not outscore the common word the reader meant (see ``ranking.blend``).
        ceiling = float(idfs[weights == weights.max()].min())
        if len(found) == 1:
            _, weight, arts = found[0]
            return TitleMatch(arts, np.full(len(arts), weight * min(idfs[0], ceiling)), np.full(len(arts), weight))
        best_score = np.zeros(n_articles, dtype=np.float64)
        best_weight = np.zeros(n_articles, dtype=np.float64)
        for (_, weight, arts), idf in zip(found, idfs.tolist(), strict=True):
            # A term's articles are distinct: a gather and a scatter do what np.maximum.at does, faster.
            best_score[arts] = np.maximum(best_score[arts], weight * min(idf, ceiling))
            best_weight[arts] = np.maximum(best_weight[arts], weight)
        arts = np.flatnonzero(best_weight > 0).astype(np.int32)
        return TitleMatch(arts, best_score[arts], best_weight[arts])

    def holding_phrase(self, phrase_variants: list[np.ndarray], optional: OptionalSlots = NO_OPTIONAL_SLOTS) -> np.ndarray:
        """Articles whose title holds the phrase (each word in any of its variants; those at ``optional``
        positions, if they like), ascending."""
        candidates: np.ndarray | None = None
        for slot, variants in enumerate(phrase_variants):
            if slot in optional:
                continue
            arts = self.articles_holding(variants)
            candidates = arts if candidates is None else np.intersect1d(candidates, arts, assume_unique=True)
        if candidates is None or len(candidates) == 0:
            return np.empty(0, dtype=np.int32)
        return phrase_docs(self.forward_ptr, self.forward_terms, candidates, phrase_variants, optional)


@dataclass(slots=True)
class TitleMatch:
    """The articles whose title holds one query word, with that word's title score and variant weight."""

    articles: np.ndarray  # int32, ascending
    scores: np.ndarray  # float64: variant weight times capped title IDF
    weights: np.ndarray  # float64: the best variant's weight (1.0 for the word itself)
