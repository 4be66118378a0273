"""The search index against a brute-force search over the same passages.

The corpus is random text over an artificial vocabulary whose words are at
least three edits apart, share no stems and are not prefixes of each other,
so an exact query has exactly one variant per word and the documented
ranking (BM25 x coordination^2 x proximity bonus) can be recomputed naively
from the raw text.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from itertools import pairwise

import pytest
from rapidfuzz.distance import OSA

from store.search import IndexDoc, SearchIndex
from store.search.builder import BM25_B, BM25_K1
from store.search.ranking import PROXIMITY_WEIGHT, PROXIMITY_WINDOW
from store.search.terms import STOP_WORDS, TOKEN_PATTERN, fold, stem, terms_with_offsets

OUTLETS = ["Alpha Daily", "Beta Wire", None]
TOPICS = ["artillery", "casualties", "diplomacy"]
CLAIMANTS = ["Ministry", "Analyst", "Agency"]


def make_vocabulary(rng: random.Random, size: int) -> list[str]:
    letters = "bcdfghjklmnprtvwz"
    vowels = "aeiou"
    words: list[str] = []
    while len(words) < size:
        word = "".join(rng.choice(letters) + rng.choice(vowels) for _ in range(rng.randint(2, 4)))
        if stem(word) != word or word in STOP_WORDS:
            continue
        if any(OSA.distance(word, w, score_cutoff=2) <= 2 or w.startswith(word) or word.startswith(w) for w in words):
            continue
        words.append(word)
    return words


def make_docs(seed: int, n_docs: int = 240, vocab_size: int = 120) -> tuple[list[IndexDoc], list[str]]:
    rng = random.Random(seed)
    vocab = make_vocabulary(rng, vocab_size)
    weights = [1 / (rank + 1) for rank in range(len(vocab))]  # Zipf-like: some words common, most rare
    docs = []
    for i in range(n_docs):
        words = rng.choices(vocab, weights=weights, k=rng.randint(4, 40))
        # Mixed case and punctuation: the tokenizer and folding are part of what is tested.
        text = " ".join(w.capitalize() if rng.random() < 0.2 else w for w in words)
        text = text.replace(" ", ", ", 1) + "."
        docs.append(
            IndexDoc(
                passage_id=f"p{i:04d}",
                article_id=f"a{i // 6:03d}",
                title=f"Article {i // 6}",
                outlet=OUTLETS[(i // 6) % len(OUTLETS)],
                text=text,
                topics=sorted(rng.sample(TOPICS, rng.randint(0, 2))),
                claimants=sorted(rng.sample(CLAIMANTS, rng.randint(0, 1))),
            )
        )
    return docs, vocab


def terms_of(text: str) -> list[str]:
    """Whole-text tokenising with the pattern alone: independent of the index's chunk cache."""
    return [term for term in (fold(t) for t in TOKEN_PATTERN.findall(text)) if term]


def brute_force(docs: list[IndexDoc], query_words: list[str], limit: int = 10) -> list[tuple[str, float]]:
    """The documented ranking, recomputed from the raw text with plain loops."""
    doc_terms = [terms_of(d.text) for d in docs]
    n = len(docs)
    avgdl = sum(len(t) for t in doc_terms) / n
    df = Counter(term for terms in doc_terms for term in set(terms))
    results = []
    for doc, terms in zip(docs, doc_terms, strict=True):
        counts = Counter(terms)
        score = 0.0
        held = 0
        for word in query_words:
            tf = counts.get(word, 0)
            if tf:
                held += 1
                idf = math.log1p((n - df[word] + 0.5) / (df[word] + 0.5))
                score += idf * tf * (BM25_K1 + 1) / (tf + BM25_K1 * (1 - BM25_B + BM25_B * len(terms) / avgdl))
        if not held:
            continue
        score *= (held / len(query_words)) ** 2
        if len(query_words) > 1:
            pairs = 0
            for j in range(1, len(query_words)):
                before = [p for p, t in enumerate(terms) if t == query_words[j - 1]]
                after = [p for p, t in enumerate(terms) if t == query_words[j]]
                if any(0 < b - a <= PROXIMITY_WINDOW for a in before for b in after):
                    pairs += 1
            score *= 1 + PROXIMITY_WEIGHT * pairs / (len(query_words) - 1)
        results.append((doc.passage_id, score))
    results.sort(key=lambda r: (-r[1], r[0]))
    return results[:limit]


@pytest.fixture(scope="module")
def corpus() -> tuple[list[IndexDoc], list[str], SearchIndex]:
    docs, vocab = make_docs(seed=7)
    return docs, vocab, SearchIndex.build(docs)


@pytest.mark.parametrize("n_words", [1, 2, 3])
def test_exact_queries_rank_like_brute_force(corpus, n_words: int) -> None:
    docs, vocab, index = corpus
    rng = random.Random(n_words)
    for _ in range(25):
        words = rng.sample(vocab[: len(vocab) // 2], n_words)
        expected = brute_force(docs, words)
        got = index.search(" ".join(words) + " ", limit=10)
        assert [h.passage_id for h in got] == [pid for pid, _ in expected], words
        for hit, (_, score) in zip(got, expected, strict=True):
            assert hit.score == pytest.approx(score, rel=1e-4)


def test_typo_in_a_word_keeps_the_exact_ranking(corpus) -> None:
    _, vocab, index = corpus
    rng = random.Random(3)
    # Words of four letters or fewer get no typo tolerance by design (see terms.fuzzy_budget).
    for word in [w for w in vocab if len(w) >= 5][:40]:
        position = rng.randrange(1, len(word))
        typo = rng.choice(
            [
                word[:position] + word[position + 1 :],  # deletion
                word[:position] + "x" + word[position:],  # insertion
                word[: position - 1] + word[position] + word[position - 1] + word[position + 1 :],  # swap
                word[:position] + "q" + word[position + 1 :],  # substitution
            ]
        )
        exact = index.search(word + " ", limit=20)
        fuzzy = index.search(typo + " ", limit=20)
        assert [h.passage_id for h in fuzzy] == [h.passage_id for h in exact], (word, typo)
        assert fuzzy and fuzzy[0].score < exact[0].score  # a typo match never outranks the word itself


def test_spans_are_exactly_the_matched_words(corpus) -> None:
    _, vocab, index = corpus
    wanted = {vocab[5], vocab[9]}
    hits = index.search(f"{vocab[5]} {vocab[9]} ", limit=100)
    assert hits
    for hit in hits:
        expected = [(s, e) for term, s, e in terms_with_offsets(hit.text) if term in wanted]
        assert hit.spans == expected and expected


def test_filters_combine_with_and(corpus) -> None:
    docs, vocab, index = corpus
    query = vocab[0] + " "
    for outlet in ["Alpha Daily", "Unknown outlet", None]:
        for topic in [None, "artillery"]:
            for claimant in [None, "Agency"]:
                hits = index.search(query, limit=500, outlet=outlet, topic=topic, claimant=claimant)
                wanted = {
                    d.passage_id
                    for d in docs
                    if vocab[0] in set(terms_of(d.text))
                    and (outlet is None or (d.outlet or "Unknown outlet") == outlet)
                    and (topic is None or topic in d.topics)
                    and (claimant is None or claimant in d.claimants)
                }
                assert {h.passage_id for h in hits} == wanted


def test_empty_query_with_filters_lists_filtered_passages(corpus) -> None:
    docs, _, index = corpus
    hits = index.search("", limit=1000, topic="diplomacy", outlet="Beta Wire")
    wanted = [d.passage_id for d in docs if "diplomacy" in d.topics and d.outlet == "Beta Wire"]
    assert [h.passage_id for h in hits] == wanted
    assert index.search("", limit=10) == []
    assert index.search("anything", outlet="No such outlet") == []


def test_phrase_queries_require_adjacent_words(corpus) -> None:
    docs, vocab, index = corpus
    checked = 0
    for first in vocab[:12]:
        for second in vocab[:12]:
            if first == second:
                continue
            wanted = set()
            for d in docs:
                terms = terms_of(d.text)
                if any(a == first and b == second for a, b in pairwise(terms)):
                    wanted.add(d.passage_id)
            got = {h.passage_id for h in index.search(f'"{first} {second}"', limit=1000)}
            assert got == wanted, (first, second)
            checked += bool(wanted)
    assert checked > 5  # the corpus really contains phrases to find


def test_more_query_words_held_ranks_higher(corpus) -> None:
    _, vocab, index = corpus
    words = [vocab[2], vocab[3], vocab[4]]
    hits = index.search(" ".join(words) + " ", limit=50)
    held = [sum(w in set(terms_of(h.text)) for w in words) for h in hits]
    assert held[0] == max(held)


def test_limit_and_empty_index() -> None:
    assert SearchIndex.build([]).search("anything") == []
    docs, vocab = make_docs(seed=1, n_docs=30, vocab_size=20)
    index = SearchIndex.build(docs)
    assert len(index.search(vocab[0], limit=3)) <= 3
    assert index.search(vocab[0], limit=0) == []


def test_progress_is_reported() -> None:
    docs, _ = make_docs(seed=2, n_docs=50, vocab_size=20)
    calls: list[tuple[int, int]] = []
    SearchIndex.build(docs, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (50, 50)
    assert all(total == 50 for _, total in calls)
