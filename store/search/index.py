"""The search index: BM25 over an inverted index, typo-tolerant, with filters.

A search runs in four steps:

1. each query word expands to weighted vocabulary terms (exact, stem
   siblings, typo neighbours, prefixes; see ``ranking``), or, typed without
   its space or hyphen ("kimjongun", "kpop"), into the words the passages
   write apart (see ``compounds``);
2. numpy adds up the precomputed BM25 impacts of those terms' postings into
   one score per passage (a word's variants count once: the best one);
3. scores are scaled by the share of query words a passage holds, filters and
   required phrases are applied, and the best ``pool`` passages are taken;
4. those are re-ranked with a bonus for query words that stand together.

The work is proportional to the postings of the query's terms, never to a
scan over the passages' text.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from store.models import UNKNOWN_OUTLET, Article, Claim, SearchHit
from store.search.builder import (
    Facet,
    IndexParts,
    Postings,
    ProgressCallback,
    build_parts,
)
from store.search.compounds import split_run_together
from store.search.container import IndexFileError, read_container, write_container
from store.search.documents import IndexColumns, IndexDoc
from store.search.figures import scale_after_figure
from store.search.highlight import ChunkTable, highlight_spans
from store.search.query import ParsedQuery, parse_query
from store.search.ranking import (
    EDIT_WEIGHTS,
    WordPlan,
    blend,
    expand_word,
    phrase_docs,
    proximity_bonuses,
)
from store.search.strings import StringColumn
from store.search.terms import STOP_WORDS, fold
from store.search.vocabulary import Vocabulary

FORMAT_VERSION = 4  # 3: "%" and "pct" index as "percent", "11k" as "11000"; 4: "12 000", "twelve thousand" as "12000"
_RERANK_POOL = 100
_LETTERS_DIGITS = re.compile(r"[a-z]+\d+|\d+[a-z]+")  # a folded query word such as "kn23" or "19th"
_LETTER_OR_DIGIT_RUN = re.compile(r"[a-z]+|\d+")
_PLAN_CACHE_SIZE = 4_096


class SearchIndex:
    def __init__(self, parts: IndexParts, *, generation: str | None = None) -> None:
        self.parts = parts
        self.generation = generation
        self.n_docs = len(parts.passage_ids)
        self._plan_cache: OrderedDict[tuple[str, bool, bool], WordPlan] = OrderedDict()
        self._lock = threading.Lock()  # the plan cache is shared by TUI worker threads

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
        p = self.parts
        arrays: dict[str, np.ndarray] = {f"vocab.{k}": v for k, v in p.vocabulary.to_arrays().items()}
        arrays |= {
            "postings.ptr": p.postings.ptr,
            "postings.docs": p.postings.docs,
            "postings.impact": p.postings.impact,
            "forward.ptr": p.forward_ptr,
            "forward.terms": p.forward_terms,
            "doc_article": p.doc_article,
            "article_outlet": p.article_outlet,
        }
        arrays["chunks.term_ptr"], arrays["chunks.chunk_ids"] = p.chunks.term_ptr, p.chunks.chunk_ids
        for name, column in (
            ("passage_ids", p.passage_ids), ("texts", p.texts), ("article_ids", p.article_ids), ("titles", p.titles),
            ("chunks", p.chunks.chunks),
        ):  # fmt: skip
            arrays[f"{name}.blob"], arrays[f"{name}.offsets"] = column.to_arrays()
        facets = {}
        for name, facet in (("outlets", p.outlets), ("topics", p.topics), ("claimants", p.claimants)):
            arrays[f"{name}.ptr"], arrays[f"{name}.docs"] = facet.ptr, facet.docs
            facets[name] = facet.names
        header = {"format": FORMAT_VERSION, "generation": self.generation, "avgdl": p.avgdl, "facets": facets}
        write_container(Path(path), header, arrays)

    @classmethod
    def load(cls, path: Path, *, expect_generation: str | None = None) -> SearchIndex:
        """Open a saved index (memory-mapped).  Raises IndexFileError if it is unusable or stale."""
        header, arrays = read_container(Path(path))
        if header.get("format") != FORMAT_VERSION:
            raise IndexFileError(f"{path}: search index format {header.get('format')} is not {FORMAT_VERSION}")
        if expect_generation is not None and header.get("generation") != expect_generation:
            raise IndexFileError(f"{path}: search index is stale (built for another version of the database)")
        try:
            vocab = Vocabulary.from_arrays({k.removeprefix("vocab."): v for k, v in arrays.items() if k.startswith("vocab.")})
            columns = {
                name: StringColumn.from_arrays(arrays[f"{name}.blob"], arrays[f"{name}.offsets"])
                for name in ("passage_ids", "texts", "article_ids", "titles", "chunks")
            }
            chunk_column = columns.pop("chunks")
            facets = {
                name: Facet(names=list(header["facets"][name]), ptr=arrays[f"{name}.ptr"], docs=arrays[f"{name}.docs"])
                for name in ("outlets", "topics", "claimants")
            }
            parts = IndexParts(
                vocabulary=vocab,
                postings=Postings(ptr=arrays["postings.ptr"], docs=arrays["postings.docs"], impact=arrays["postings.impact"]),
                forward_ptr=arrays["forward.ptr"],
                chunks=ChunkTable(chunk_column, arrays["chunks.term_ptr"], arrays["chunks.chunk_ids"]),
                forward_terms=arrays["forward.terms"],
                doc_article=arrays["doc_article"],
                article_outlet=arrays["article_outlet"],
                avgdl=float(header["avgdl"]),
                **columns,
                **facets,
            )
        except KeyError as exc:
            raise IndexFileError(f"{path}: search index lacks {exc}") from exc
        if len(parts.forward_ptr) != len(parts.passage_ids) + 1 or len(parts.postings.ptr) != len(vocab) + 1:
            raise IndexFileError(f"{path}: search index is inconsistent")
        return cls(parts, generation=header.get("generation"))

    # --- searching ------------------------------------------------------------------

    def __len__(self) -> int:
        return self.n_docs

    @property
    def is_mapped(self) -> bool:
        """True when the index was loaded from a file (memory-mapped), False when built in memory."""
        return self.parts.texts.is_mapped

    def clear_caches(self) -> None:
        with self._lock:
            self._plan_cache.clear()

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
        if limit <= 0 or self.n_docs == 0:
            return []
        parsed = parse_query(query)
        allowed = self._filter_mask(outlet, topic, claimant)
        if parsed.excluded:
            excluded = self._holding_any(parsed.excluded)
            allowed = ~excluded if allowed is None else allowed & ~excluded
        if allowed is not None and not allowed.any():
            return []
        if parsed.is_empty:
            if allowed is None or not (outlet or topic or claimant):
                return []  # exclusions alone rank nothing
            return [self._hit(int(d), 0.0, set(), set()) for d in np.flatnonzero(allowed)[:limit]]

        # A scale word kept after its figure ("3000000 million") ranks nothing: "3,000,000" lacks it.
        meant = [w for i, w in enumerate(parsed.words) if not scale_after_figure(parsed.words, i)]
        scoring = [w for w in meant if w not in STOP_WORDS] or meant
        being_typed = len(scoring) - 1 if parsed.last_word_open and scoring[-1] == parsed.words[-1] else -1
        plans = [
            plan
            for i, word in enumerate(scoring)
            for plan in self._plans_for(word, allow_prefix=i == being_typed)
        ]
        scores = self._accumulate(plans)
        if allowed is not None:
            scores[~allowed] = 0.0
        candidates = np.flatnonzero(scores > 0)
        pool = max(limit, _RERANK_POOL)
        if parsed.phrases:
            candidates = self._with_phrases(candidates, scores, parsed.phrases, pool)
        elif len(candidates) > pool:
            top = np.argpartition(-scores[candidates], pool - 1)[:pool]
            candidates = candidates[top]
        if len(candidates) == 0:
            return []
        final = self._rerank(candidates, scores[candidates], plans)
        order = np.lexsort((candidates, -final))[:limit]
        wanted_terms, wanted_chunks = self._highlight(plans, parsed)
        return [self._hit(int(candidates[i]), float(final[i]), wanted_terms, wanted_chunks) for i in order]

    # --- steps --------------------------------------------------------------------

    def _plan(self, word: str, *, allow_prefix: bool, typos: bool = True) -> WordPlan:
        key = (word, allow_prefix, typos)
        with self._lock:
            cached = self._plan_cache.get(key)
            if cached is not None:
                self._plan_cache.move_to_end(key)
                return cached
        plan = expand_word(self.parts.vocabulary, word, allow_prefix=allow_prefix, typos=typos)
        blend(plan, self.parts.vocabulary.df, self.n_docs)
        with self._lock:
            self._plan_cache[key] = plan
            if len(self._plan_cache) > _PLAN_CACHE_SIZE:
                self._plan_cache.popitem(last=False)
        return plan

    def _plans_for(self, word: str, *, allow_prefix: bool) -> list[WordPlan]:
        """The word's plan; or, for letters run into digits that the corpus never writes so ("kn23",
        "hwasong19"), the plans of its parts, as the passages' "KN-23" and "Hwasong-19" are indexed."""
        if _LETTERS_DIGITS.fullmatch(word) and self.parts.vocabulary.lookup(word) is None:
            # Each part folded as a word of its own: "50pct" is "50" and "percent", like "50 pct".
            parts = [fold(m.group()) for m in _LETTER_OR_DIGIT_RUN.finditer(word)]
            return [self._plan(part, allow_prefix=allow_prefix and n == len(parts) - 1) for n, part in enumerate(parts)]
        plan = self._plan(word, allow_prefix=allow_prefix)
        # "kimjongun", "kpop": the terms the passages write apart, each as typed; unless the word is one
        # edit from another term, a typo ("missles": "missiles", though "Miss Les" stand together).
        # Dropping the first letter of "nkorea" gives "korea", one of its parts: no rival then.
        terms = self.parts.vocabulary.terms
        rivals = [terms[t] for t, weight in plan.variants.items() if weight >= EDIT_WEIGHTS[1]]
        if all(rival in word for rival in rivals):  # else no split could win: spare looking for one
            p = self.parts
            split = split_run_together(p.vocabulary, p.postings, p.forward_ptr, p.forward_terms, word)
            if split and all(rival in split for rival in rivals):
                return [self._plan(part, allow_prefix=False, typos=False) for part in split]
        return [plan]

    def _holding_any(self, groups: list[list[str]]) -> np.ndarray:
        """Passages holding every word of at least one group (each word in any of its exact variants)."""
        found = np.zeros(self.n_docs, dtype=bool)
        for words in groups:
            holding = np.ones(self.n_docs, dtype=bool)
            for word in words:
                holding &= self._holding(self._phrase_variants(word))
            found |= holding
        return found

    def _holding(self, terms: np.ndarray) -> np.ndarray:
        """Passages holding any of these term ids."""
        postings = self.parts.postings
        this = np.zeros(self.n_docs, dtype=bool)
        for term in terms.tolist():
            this[postings.docs[postings.ptr[term] : postings.ptr[term + 1]]] = True
        return this

    def _accumulate(self, plans: list[WordPlan]) -> np.ndarray:
        postings = self.parts.postings
        total = np.zeros(self.n_docs, dtype=np.float32)
        # How many query words each passage holds: uint16, as a pasted paragraph has hundreds of words.
        held = np.zeros(self.n_docs, dtype=np.uint16) if len(plans) > 1 else None
        for plan in plans:
            if not plan.matched:
                continue
            if len(plan.scales) == 1:
                ((term, scale),) = plan.scales.items()
                docs = postings.docs[postings.ptr[term] : postings.ptr[term + 1]]
                total[docs] += postings.impact[postings.ptr[term] : postings.ptr[term + 1]] * np.float32(scale)
                if held is not None:
                    held[docs] += 1
                continue
            # Several variants of one word: a passage scores its best variant, once.
            best = np.zeros(self.n_docs, dtype=np.float32)
            for term, scale in plan.scales.items():
                docs = postings.docs[postings.ptr[term] : postings.ptr[term + 1]]
                np.maximum.at(best, docs, postings.impact[postings.ptr[term] : postings.ptr[term + 1]] * np.float32(scale))
            total += best
            if held is not None:
                held += best > 0
        if held is None:
            return total
        # Coordination: holding three of four words beats holding one word many times.
        share = held.astype(np.float32) * np.float32(1.0 / len(plans))
        total *= share
        total *= share
        return total

    def _filter_mask(self, outlet: str | None, topic: str | None, claimant: str | None) -> np.ndarray | None:
        mask: np.ndarray | None = None
        p = self.parts
        for facet, value in ((p.outlets, outlet), (p.topics, topic), (p.claimants, claimant)):
            if value is None:
                continue
            if facet is p.outlets and value == UNKNOWN_OUTLET:
                docs = np.flatnonzero(p.article_outlet[p.doc_article] < 0)
            else:
                found = facet.docs_of(value)
                docs = found if found is not None else np.empty(0, dtype=np.int32)
            this = np.zeros(self.n_docs, dtype=bool)
            this[docs] = True
            mask = this if mask is None else mask & this
        return mask

    def _with_phrases(self, candidates: np.ndarray, scores: np.ndarray, phrases: list[list[str]], pool: int) -> np.ndarray:
        """The best ``pool`` candidates that hold every phrase, verified in score order.

        Checking word order means reading passages' tokens, so it is done on
        growing batches of the highest-scoring candidates, stopping once the
        pool is full: a phrase of common words ("north korean troops") is
        settled in the first batch instead of over every passage.
        """
        variants = [[self._phrase_variants(word) for word in phrase] for phrase in phrases]
        if any(len(v) == 0 for phrase in variants for v in phrase):
            return candidates[:0]
        holding = np.ones(self.n_docs, dtype=bool)
        for phrase in variants:
            for word_variants in phrase:
                holding &= self._holding(word_variants)
        candidates = candidates[holding[candidates]]
        ordered = candidates[np.argsort(-scores[candidates], kind="stable")]
        kept: list[np.ndarray] = []
        found = 0
        start, batch = 0, 2_048
        while start < len(ordered) and found < pool:
            chunk = ordered[start : start + batch]
            for phrase in variants:
                chunk = phrase_docs(self.parts.forward_ptr, self.parts.forward_terms, chunk, phrase)
            kept.append(chunk)
            found += len(chunk)
            start += batch
            batch *= 4
        return np.concatenate(kept)[:pool] if kept else candidates[:0]

    def _phrase_variants(self, word: str) -> np.ndarray:
        plan = self._plan(word, allow_prefix=False, typos=False)
        return np.fromiter(plan.variants, dtype=np.int32, count=len(plan.variants))

    def _rerank(self, candidates: np.ndarray, scores: np.ndarray, plans: list[WordPlan]) -> np.ndarray:
        variants = [np.fromiter(plan.variants, dtype=np.int32, count=len(plan.variants)) for plan in plans]
        bonus = proximity_bonuses(self.parts.forward_ptr, self.parts.forward_terms, candidates, variants)
        return scores.astype(np.float64) * (1.0 + bonus)

    def _highlight(self, plans: list[WordPlan], parsed: ParsedQuery) -> tuple[set[str], set[str]]:
        """The terms to highlight (every matched variant, and phrase words) and the chunks that hold them."""
        term_ids = {t for plan in plans for t in plan.variants}
        for phrase in parsed.phrases:
            for word in phrase:
                term_ids.update(self._plan(word, allow_prefix=False, typos=False).variants)
        terms = self.parts.vocabulary.terms
        return {terms[t] for t in term_ids}, self.parts.chunks.chunks_holding(term_ids)

    def _hit(self, doc: int, score: float, wanted_terms: set[str], wanted_chunks: set[str]) -> SearchHit:
        p = self.parts
        article = int(p.doc_article[doc])
        outlet_index = int(p.article_outlet[article])
        text = p.texts[doc]
        spans = highlight_spans(text, wanted_chunks, wanted_terms) if wanted_chunks or wanted_terms else []
        return SearchHit(
            passage_id=p.passage_ids[doc],
            article_id=p.article_ids[article],
            title=p.titles[article],
            outlet=p.outlets.names[outlet_index] if outlet_index >= 0 else None,
            score=round(score, 6),
            text=text,
            spans=spans,
        )
