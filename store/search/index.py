"""The search index: BM25 over an inverted index, typo-tolerant, with filters.

A search runs in four steps:

1. each query word expands to weighted vocabulary terms (exact, stem
   siblings, typo neighbours, prefixes; see ``ranking``), or, typed without
   its space or hyphen ("kimjongun", "kpop"), into the words the passages
   write apart, or two typed apart ("Pyong yang") into the one word
   they write (see ``compounds``); a pasted paragraph's words are taken as
   written (see ``planner``);
2. numpy adds up the precomputed BM25 impacts of those terms' postings into
   one score per passage (a word's variants count once: the best one), and
   an article's title counts as a field of its lead passage (``titles``);
3. scores are scaled by the share of query words a passage holds, filters and
   required phrases are applied, and the best ``pool`` passages are taken
   (``scoring``);
4. those are re-ranked with a bonus for query words that stand together and
   a smaller one for query words in the article's headline.

The work is proportional to the postings of the query's terms, never to a
scan over the passages' text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from store.models import Article, Claim, SearchHit
from store.search.builder import IndexParts, ProgressCallback, build_parts
from store.search.contractions import NEGATION
from store.search.documents import IndexColumns, IndexDoc
from store.search.figure_only import figure_only_below
from store.search.figures import SCALES, scale_after_figure
from store.search.fractions import article_numerators
from store.search.highlight import WantedSpans, wanted_spans
from store.search.holding import filter_mask, holding_any, holding_figure_with_scale, holding_phrases, holding_terms
from store.search.korean_names import stop_word_syllables
from store.search.mixed_scripts import read_by_sound
from store.search.phrase_slots import phrase_slots
from store.search.persistence import load_parts, save_parts
from store.search.planner import LONG_QUERY_WORDS, QueryPlanner
from store.search.query import parse_query, without_own_quotes
from store.search.ranking import PROXIMITY_WEIGHT, WordPlan, phrase_docs, proximity_bonuses
from store.search.scoring import accumulate, title_matches
from store.search.script_order import own_script_first
from store.search.terms import STOP_WORDS
from store.search.titles import TITLE_BONUS, TitleMatch

_RERANK_POOL = 100
_QUOTED_SPLIT = re.compile(r"[\"“”„]")  # as ``query`` splits phrases off


class SearchIndex:
    def __init__(self, parts: IndexParts, *, generation: str | None = None) -> None:
        self.parts = parts
        self.generation = generation
        self.n_docs = len(parts.passage_ids)
        self._planner = QueryPlanner(parts, self.n_docs)
        self._scale_terms: np.ndarray | None = None

    # --- building and persistence ---------------------------------------------

    @classmethod
    def build(
        cls,
        docs: Iterable[IndexDoc],
        *,
        progress: ProgressCallback | None = None,
        generation: str | None = None,
    ) -> SearchIndex:
        return cls(build_parts(IndexColumns.from_docs(list(docs)), progress), generation=generation)

    @classmethod
    def from_articles(
        cls,
        articles: Iterable[Article],
        claims: Iterable[Claim],
        *,
        progress: ProgressCallback | None = None,
        generation: str | None = None,
    ) -> SearchIndex:
        """The index of ``index_docs_from(articles, claims)``, built without a record per passage."""
        return cls(build_parts(IndexColumns.from_articles(articles, claims), progress), generation=generation)

    def save(self, path: Path, *, generation: str | None = None) -> None:
        """Write the index atomically; ``generation`` (default: the index's own) marks what it was built from."""
        if generation is not None:
            self.generation = generation
        save_parts(self.parts, Path(path), self.generation)

    @classmethod
    def load(cls, path: Path, *, expect_generation: str | None = None) -> SearchIndex:
        """Open a saved index (memory-mapped).  Raises IndexFileError if it is unusable or stale."""
        parts, generation = load_parts(Path(path), expect_generation=expect_generation)
        return cls(parts, generation=generation)

    # --- searching ------------------------------------------------------------------

    def __len__(self) -> int:
        return self.n_docs

    @property
    def is_mapped(self) -> bool:
        """True when the index was loaded from a file (memory-mapped), False when built in memory."""
        return self.parts.texts.is_mapped

    def clear_caches(self) -> None:
        self._planner.clear()

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        outlet: str | None = None,
        topic: str | None = None,
        claimant: str | None = None,
    ) -> list[SearchHit]:
        """Best passages for ``query``, within every given filter (AND).

        An empty query with filters lists the filtered passages in corpus order.
        """
        query = read_by_sound(query, lambda term: self.parts.vocabulary.lookup(term) is not None)  # "kурsk"
        hits = self._search(query, limit, outlet, topic, claimant)
        if not hits and (unquoted := without_own_quotes(query)) is not None and parse_query(query).phrases:
            # A sentence pasted or typed from memory with one quotation mark ('officers "likely to send'), or
            # with a quotation in it that holds a typo, is no phrase the user asked for: as its words, it finds
            # the passage whose words were misremembered.
            hits = self._search(unquoted, limit, outlet, topic, claimant)
        return hits

    def respelt_phrases(self, query: str) -> str | None:
        """A phrase in quotes with a typo inside ('"grave provocaton"') finds nothing, as a phrase is held as
        written: this is the query with each quoted word no passage holds respelt as its likeliest typo
        neighbour ('"grave provocation"'), when that finds passages, for a "did you mean"; else None."""
        vocabulary = self.parts.vocabulary
        parsed = parse_query(query)
        respelt: list[str] = []
        changed = False
        for phrase in parsed.phrases:
            words = []
            for word in phrase:
                if vocabulary.lookup(word) is None and (near := self._likeliest_neighbour(word)) is not None:
                    word, changed = near, True
                words.append(word)
            respelt.append('"' + " ".join(words) + '"')
        if not changed:
            return None
        rest = " ".join(piece for i, piece in enumerate(_QUOTED_SPLIT.split(query)) if i % 2 == 0 and piece.strip())
        suggestion = " ".join([*respelt, *rest.split()])
        return suggestion if self._search(suggestion, 1, None, None, None) else None

    def _likeliest_neighbour(self, word: str) -> str | None:
        plan = self._planner.plan(word, allow_prefix=False, typos=True, synonyms=False)
        if not plan.variants:
            return None
        df = self.parts.vocabulary.df
        best = max(plan.variants, key=lambda t: (plan.variants[t], int(df[t]), -t))
        return self.parts.vocabulary.terms[best]

    def _search(
        self, query: str, limit: int, outlet: str | None, topic: str | None, claimant: str | None
    ) -> list[SearchHit]:
        if limit <= 0 or self.n_docs == 0:
            return []
        parsed = parse_query(query)
        allowed = filter_mask(self.parts, outlet, topic, claimant)
        if parsed.excluded or parsed.excluded_phrases:
            excluded = holding_any(self.parts, parsed.excluded, self._phrase_variants)
            excluded |= holding_phrases(self.parts, parsed.excluded_phrases, self._phrase_variants, self._scale_term_ids())
            allowed = ~excluded if allowed is None else allowed & ~excluded
        if allowed is not None and not allowed.any():
            return []
        if parsed.is_empty:
            if allowed is None or not (outlet or topic or claimant):
                return []  # exclusions alone rank nothing
            return [self._hit(int(d), 0.0, None) for d in np.flatnonzero(allowed)[:limit]]

        # A scale word kept after its figure ("3000000 million") ranks nothing: "3,000,000" lacks it.
        meant = [w for i, w in enumerate(parsed.words) if not scale_after_figure(parsed.words, i)]
        # "In" of "Kim Chen In" is a name's syllable, not the stop word: kept, it tells that Kim from the others.
        # "not" is kept as well: "did not confirm" (or "didn't confirm") is no "confirm".
        syllables = stop_word_syllables(meant)
        scoring = [w for i, w in enumerate(meant) if w not in STOP_WORDS or i in syllables or w == NEGATION] or meant
        if len(set(scoring)) < LONG_QUERY_WORDS and (numerators := article_numerators(meant)):
            # "a" of "a third" (last, or before "of") is a share's numerator in a typed query: "1/3" is found.
            kept = syllables.keys() | numerators
            scoring = [w for i, w in enumerate(meant) if w not in STOP_WORDS or i in kept or w == NEGATION]
        being_typed = len(scoring) - 1 if parsed.last_word_open and scoring[-1] == parsed.words[-1] else -1
        quoted = frozenset(word for phrase in parsed.phrases for word in phrase)  # meant as written: no synonyms
        plans = self._planner.plans(scoring, being_typed, quoted, parsed.signs)
        pasted = len(set(scoring)) >= LONG_QUERY_WORDS
        # A pasted paragraph's quotation marks are its own, not phrases the user requires: its quotes
        # come from different sentences, and no one passage would hold them all.
        phrases = [] if pasted else list(zip(parsed.phrases, parsed.written_scales, strict=True))
        titled = title_matches(self.parts.title_index, plans)
        # A word repeated in a long query ("1 1 1 ...", pasted or not) is added up once, times its count.
        scores = accumulate(self.parts, plans, titled, group_repeats=pasted or len(plans) >= LONG_QUERY_WORDS)
        if syllables:
            scores[~self._holding_other_words(plans, {meant[i] for i in syllables})] = 0.0
        if allowed is not None:
            scores[~allowed] = 0.0
        candidates = np.flatnonzero(scores > 0)
        pool = max(limit, _RERANK_POOL)
        if phrases:
            candidates = self._with_phrases(candidates, scores, phrases, pool)
        elif len(candidates) > pool:
            top = np.argpartition(-scores[candidates], pool - 1)[:pool]
            candidates = candidates[top]
        if len(candidates) == 0:
            return []
        # "11 тисяч" ranks "11,000" as high, but the passages writing it as typed first among equals.
        typed_scales = [(parsed.words[i - 1], word) for i, word in enumerate(parsed.words) if scale_after_figure(parsed.words, i)]
        final = self._rerank(candidates, scores[candidates], plans, titled, typed_scales)
        final = figure_only_below(self.parts, candidates, final, plans, titled)  # "shels 50 percent": shells first
        across = own_script_first(self.parts, candidates, final, plans)
        if across is None:
            order = np.lexsort((candidates, -final))[:limit]
        else:  # lowered to the score of a passage it must follow, it comes after it; then by its own score
            ranked, behind = across
            order = np.lexsort((candidates, -final, behind, -ranked))[:limit]
            final = ranked  # the scores shown keep the order shown
        names = {meant[i] for i in syllables}, {meant[j] for name in syllables.values() for j in name}
        wanted = wanted_spans(self.parts, self._plan, plans, parsed, names, by_chunk=not pasted)
        return [self._hit(int(candidates[i]), float(final[i]), wanted) for i in order]

    # --- steps --------------------------------------------------------------------

    def _plan(self, word: str, *, allow_prefix: bool, typos: bool = True) -> WordPlan:
        return self._planner.plan(word, allow_prefix=allow_prefix, typos=typos)

    def _holding_other_words(self, plans: list[WordPlan], syllables: set[str]) -> np.ndarray:
        """Passages holding a variant of some plan's word other than these stop-word syllables: a
        passage holding only "in" of "Kim Chen In" is no hit."""
        other = [t for plan in plans if plan.word not in syllables for t in plan.variants]
        return holding_terms(self.parts, np.asarray(other, dtype=np.int32))

    def _with_phrases(
        self, candidates: np.ndarray, scores: np.ndarray, phrases: list[tuple[list[str], frozenset[int]]], pool: int
    ) -> np.ndarray:
        """The best ``pool`` candidates that hold every phrase, verified in score order.

        Checking word order means reading passages' tokens, so it is done on
        growing batches of the highest-scoring candidates, stopping once the
        pool is full: a phrase of common words ("north korean troops") is
        settled in the first batch instead of over every passage.
        """
        scales = self._scale_term_ids()
        slotted = [phrase_slots(words, written, self._phrase_variants, scales) for words, written in phrases]
        if any(len(v) == 0 for phrase, optional in slotted for slot, v in enumerate(phrase) if slot not in optional):
            return candidates[:0]
        titles = self.parts.title_index
        # Lead passages whose article's title holds the phrase: they hold it, whatever their body says.
        by_title = [np.zeros(self.n_docs, dtype=bool) for _ in slotted]
        holding = np.ones(self.n_docs, dtype=bool)
        for (phrase, optional), led in zip(slotted, by_title, strict=True):
            led[titles.lead[titles.holding_phrase(phrase, optional)]] = True
            in_body = np.ones(self.n_docs, dtype=bool)
            for slot, word_variants in enumerate(phrase):
                if slot not in optional:
                    in_body &= holding_terms(self.parts, word_variants)
            holding &= in_body | led
        candidates = candidates[holding[candidates]]
        ordered = candidates[np.argsort(-scores[candidates], kind="stable")]
        kept: list[np.ndarray] = []
        found = 0
        start, batch = 0, 2_048
        while start < len(ordered) and found < pool:
            chunk = ordered[start : start + batch]
            for (phrase, optional), led in zip(slotted, by_title, strict=True):
                in_body = phrase_docs(
                    self.parts.forward_ptr, self.parts.forward_terms, chunk[~led[chunk]], phrase, optional
                )
                keep = led[chunk]
                keep[np.isin(chunk, in_body)] = True
                chunk = chunk[keep]  # in score order still
            kept.append(chunk)
            found += len(chunk)
            start += batch
            batch *= 4
        return np.concatenate(kept)[:pool] if kept else candidates[:0]

    def _scale_term_ids(self) -> np.ndarray:
        """The term ids of every scale word in the vocabulary ("thousand", "млн", "bn")."""
        if self._scale_terms is None:
            found = self.parts.vocabulary.lookup_many(sorted(SCALES))
            self._scale_terms = np.asarray(sorted(t for t in found if t is not None), dtype=np.int32)
        return self._scale_terms

    def _phrase_variants(self, word: str) -> np.ndarray:
        plan = self._plan(word, allow_prefix=False, typos=False)
        return np.fromiter(plan.variants, dtype=np.int32, count=len(plan.variants))

    def _rerank(
        self,
        candidates: np.ndarray,
        scores: np.ndarray,
        plans: list[WordPlan],
        titled: list[TitleMatch | None],
        typed_scales: list[tuple[str, str]],
    ) -> np.ndarray:
        # Words side by side count as written or typo'd, not through a synonym: the bonus is for the query's own words.
        variants = [
            np.fromiter((t for t in plan.variants if t not in plan.synonyms), dtype=np.int32)
            if plan.synonyms
            else np.fromiter(plan.variants, dtype=np.int32, count=len(plan.variants))
            for plan in plans
        ]
        bonus = proximity_bonuses(self.parts.forward_ptr, self.parts.forward_terms, candidates, variants)
        if any(match is not None for match in titled):
            # Every passage of an article whose headline holds query words: the share it holds, by weight.
            held = np.zeros(len(self.parts.title_index), dtype=np.float64)
            for match in titled:
                if match is not None:
                    held[match.articles] += match.weights
            bonus += TITLE_BONUS / len(plans) * held[self.parts.doc_article[candidates]]
        written = np.zeros(len(candidates), dtype=np.float64)
        for figure, scale in typed_scales:  # the scale word typed stands with its figure, as words side by side do
            same = [word for word, value in SCALES.items() if value == SCALES[scale]]
            scale_terms = np.asarray([t for t in self.parts.vocabulary.lookup_many(same) if t is not None], dtype=np.int32)
            written += holding_figure_with_scale(self.parts, candidates, self._phrase_variants(figure), scale_terms)
        final = scores.astype(np.float64) * (1.0 + bonus + PROXIMITY_WEIGHT / len(plans) / max(len(typed_scales), 1) * written)
        if len(plans) == 1 and written.any():  # the figure alone: as typed first, as a figure's form typed is
            final[written > 0] += final.max()
        return final

    def _hit(self, doc: int, score: float, wanted: WantedSpans | None) -> SearchHit:
        p = self.parts
        article = int(p.doc_article[doc])
        outlet_index = int(p.article_outlet[article])
        text = p.texts[doc]
        spans = wanted.spans(text) if wanted is not None else []
        return SearchHit(
            passage_id=p.passage_ids[doc],
            article_id=p.article_ids[article],
            title=p.titles[article],
            outlet=p.outlets.names[outlet_index] if outlet_index >= 0 else None,
            score=round(score, 6),
            text=text,
            spans=spans,
        )
