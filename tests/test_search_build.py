"""The vectorised index builder against plain, obviously-correct Python.

Chunking and hashing, the hash table, the forward index (term ids), the
batch-wise postings and the column extraction each have a slow reference
here; the builder must agree with it exactly, including across batch
boundaries and for text the fast paths do not cover (accents, apostrophes,
other scripts, exotic whitespace, very long chunks).
"""

from __future__ import annotations

import math
import random
import re
import sys
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.models import Article, Claim, Passage, TopicHit
from store.search import SearchIndex, index_docs_from
from store.search import forward as forward_module
from store.search.builder import facet_from_tags
from store.search.chunks import _IS_SPACE, _LAST_SPACE, ChunkCutter, chunk_spans, code_points
from store.search.documents import IndexColumns
from store.search.forward import build_forward
from store.search.hash_table import MISSING, HashTable
from store.search.postings import BM25_B, BM25_K1, PostingsCollector, sorted_unique
from store.search.figures import join_figures
from store.search.terms import TOKEN_PATTERN, fold, join_per_cent

PIECES = [
    "Kursk", "kursk,", "(Kim", "Korea's", "Korea’s", "KOREA’S", "11,000", "11,000.", "1.5", "40%", "self-propelled",
    "Su-jin", "Sŭngri", "Łódź", "—", "“quoted”", "rock'n'roll", "US$891", "T-72", "_under_", "l'armée", "Пхеньян",
    "평양", "x" * 70, "ab" * 40 + "-" + "cd" * 10, "🙂", "e\u0301te\u0301", "don't", "'tis", "word'", "...", "a.b.c",
    "11k", "(12K)", "1.5k", "pct", "PCT.", "%", "50%,", "K9", "2k22", "per", "Per", "cent", "cent.", "per-cent",
    "12", "000", "000,", "twelve", "Fifty", "five", "thousand", "million", "percent", "3", "1,500",
]  # fmt: skip
SPACES = [" ", "  ", "\n", "\t", "\xa0", "\u3000", "\u2009", "\x1c", "\r\n", "\u2028"]


def _token_pieces(token: str) -> list[str]:
    """A token's indexed pieces: itself, but each run of kanji and kana as its overlapping pairs of characters
    (one character standing alone is itself)."""
    from store.search.terms import _UNSPACED_RUN

    pieces: list[str] = []
    for part in re.findall(rf"{_UNSPACED_RUN.pattern}|(?:(?!{_UNSPACED_RUN.pattern}).)+", token):
        if _UNSPACED_RUN.fullmatch(part):
            pieces.extend([part] if len(part) == 1 else [part[i : i + 2] for i in range(len(part) - 1)])
        else:
            pieces.append(part)
    return pieces


def token_terms(text: str) -> list[str]:
    """Whole-text tokenising with the pattern alone: each token's own terms."""
    return [term for term in (fold(p) for t in TOKEN_PATTERN.findall(text) for p in _token_pieces(t)) if term]


def reference_terms(text: str) -> list[str]:
    """The terms the index promises: each token's own, but "cent" after "per" is "percent", and a figure
    written over several tokens ("12 000", "twelve thousand") is one term."""
    return join_figures(join_per_cent(token_terms(text)))


texts_strategy = st.lists(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(min_size=1, max_size=8)), max_size=12).map(
        lambda words: "".join(w + SPACES[len(w) % len(SPACES)] for w in words)
    ),
    min_size=1,
    max_size=30,
)


def test_whitespace_table_is_str_isspace_for_every_code_point() -> None:
    assert max(c for c in range(sys.maxunicode + 1) if chr(c).isspace()) == _LAST_SPACE
    assert all(_IS_SPACE[c] == chr(c).isspace() for c in range(_LAST_SPACE + 1))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "é", "🙂", "-", ",", "\x00", "\x1b", *(s for s in SPACES if len(s) == 1)]), max_size=60))
def test_chunk_spans_cut_like_str_split(text: str) -> None:
    starts, ends = chunk_spans(code_points(text))
    assert [text[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)] == text.split()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["a", "b", "ab", "ba"]), min_size=1, max_size=40))
def test_equal_chunks_get_equal_hashes_and_different_ones_differ(words: list[str]) -> None:
    batch = ChunkCutter().cut([" ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :])])
    chunks = [batch.joined[s:e] for s, e in zip(batch.starts.tolist(), batch.ends.tolist(), strict=True)]
    by_chunk: dict[str, set[int]] = {}
    for chunk, key in zip(chunks, batch.hashes.tolist(), strict=True):
        by_chunk.setdefault(chunk, set()).add(key)
    assert all(len(keys) == 1 for keys in by_chunk.values())
    assert len({next(iter(keys)) for keys in by_chunk.values()}) == len(by_chunk)


@settings(max_examples=80, deadline=None)
@given(texts_strategy)
def test_forward_index_equals_tokenising_each_text(texts: list[str]) -> None:
    forward = build_forward(texts)
    ends = np.cumsum(forward.lengths)
    starts = ends - forward.lengths
    for text, start, end in zip(texts, starts.tolist(), ends.tolist(), strict=True):
        assert [forward.terms[t] for t in forward.forward[start:end].tolist()] == reference_terms(text)
    # Term ids in order of first occurrence, as a reading pass would give them ("cent" brings along the
    # "percent" it may become).
    read = list(dict.fromkeys(
        t for text in texts for term in token_terms(text) for t in ((term, "percent") if term == "cent" else (term,))
    ))
    assert [t for t in forward.terms if t in set(read)] == read
    # The only other terms are joined figures, each one some text's reference gives.
    joined = {t for text in texts for t in reference_terms(text)} - set(read)
    assert set(forward.terms) - set(read) == joined


def test_batches_do_not_change_the_forward_index(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(4)
    texts = [" ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(400)]
    whole = build_forward(texts)
    monkeypatch.setattr(forward_module, "_BATCH_CHARS", 300)  # dozens of batches, and texts longer than one
    batched = build_forward(texts)
    # A figure joined across tokens ("12 000") is numbered when its batch is read, so term ids may differ
    # between batchings; what each text holds, and which chunks hold each term, may not.
    assert sorted(batched.terms) == sorted(whole.terms)
    assert [batched.terms[t] for t in batched.forward.tolist()] == [whole.terms[t] for t in whole.forward.tolist()]
    assert batched.lengths.tolist() == whole.lengths.tolist()
    assert batched.chunks == whole.chunks

    def chunks_of_each_term(forward) -> dict[str, list[int]]:
        ptr, ids = forward.term_chunk_ptr, forward.term_chunk_ids
        return {term: ids[ptr[t] : ptr[t + 1]].tolist() for t, term in enumerate(forward.terms)}

    assert chunks_of_each_term(batched) == chunks_of_each_term(whole)


def test_chunk_table_lists_exactly_the_chunks_holding_each_term() -> None:
    texts = ["Kursk (Kursk-based) units; KURSK’s casualties.", "self-propelled Sŭngri 11,000 Kursk"]
    forward = build_forward(texts)
    for term_id, term in enumerate(forward.terms):
        numbers = forward.term_chunk_ids[forward.term_chunk_ptr[term_id] : forward.term_chunk_ptr[term_id + 1]]
        holding = {forward.chunks[n] for n in numbers.tolist()}
        assert holding == {c for text in texts for c in text.split() if term in reference_terms(c)}


def test_hash_table_agrees_with_a_dict() -> None:
    rng = np.random.default_rng(3)
    table = HashTable(capacity=16)  # tiny: forces growth and long probe chains
    reference: dict[int, int] = {}
    for _ in range(30):
        keys = rng.integers(0, 2**64, size=rng.integers(1, 400), dtype=np.uint64)
        keys[: len(keys) // 3] &= np.uint64(0xFFFF_0000_0000_0000)  # many keys share their top bits: same slot
        keys = sorted_unique(keys)
        found = table.lookup(keys)
        assert found.tolist() == [reference.get(k, MISSING) for k in keys.tolist()]
        new = keys[found == MISSING]
        values = rng.integers(-5, 10**9, size=len(new))
        table.insert(new, values)
        reference.update(zip(new.tolist(), values.tolist(), strict=True))
    probe = np.concatenate([np.fromiter(reference, dtype=np.uint64), rng.integers(0, 2**64, 500, dtype=np.uint64)])
    assert table.lookup(probe).tolist() == [reference.get(k, MISSING) for k in probe.tolist()]
    assert len(table) == len(reference)


def test_postings_collected_in_batches_equal_naive_bm25() -> None:
    rng = random.Random(9)
    docs = [[rng.randrange(40) for _ in range(rng.randint(0, 25))] for _ in range(300)]
    collector = PostingsCollector()
    for start in range(0, len(docs), 37):
        part = docs[start : start + 37]
        collector.add(np.asarray([t for d in part for t in d], dtype=np.int32), np.asarray([len(d) for d in part]))
    lengths = np.asarray([len(d) for d in docs], dtype=np.int64)
    avgdl = float(lengths.mean())
    postings, df = collector.finish(40, lengths, avgdl)
    n = len(docs)
    for term in range(40):
        holding = [i for i, d in enumerate(docs) if term in d]
        assert df[term] == len(holding)
        got = postings.docs[postings.ptr[term] : postings.ptr[term + 1]].tolist()
        assert got == holding
        idf = math.log1p((n - len(holding) + 0.5) / (len(holding) + 0.5))
        for doc, impact in zip(got, postings.impact[postings.ptr[term] : postings.ptr[term + 1]].tolist(), strict=True):
            tf = Counter(docs[doc])[term]
            expected = idf * tf * (BM25_K1 + 1) / (tf + BM25_K1 * (1 - BM25_B + BM25_B * len(docs[doc]) / avgdl))
            assert impact == pytest.approx(expected, rel=1e-5)


def make_articles(seed: int) -> tuple[list[Article], list[Claim]]:
    rng = random.Random(seed)
    articles, claims = [], []
    for a in range(25):
        passages = []
        for order in range(rng.randint(0, 6)):
            pid = f"art{a}-{order:03d}"
            topics = [TopicHit(topic=rng.choice(["casualties", "artillery"]), terms=[]) for _ in range(rng.randint(0, 3))]
            text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
            passages.append(Passage(id=pid, article_id=f"art{a}", kind="body", text=text, order=order, topics=topics))
            for c in range(rng.randint(0, 2)):
                who = rng.choice(["Ministry", "Analyst", None])
                claims.append(Claim(id=f"{pid}@{c}", article_id=f"art{a}", passage_id=pid, text=text, start=0, end=1, claimant=who))
        outlet = rng.choice(["Alpha Daily", "Beta Wire", None])
        articles.append(Article(id=f"art{a}", source_file="f", source_sha256="0" * 64, ordinal=a, title=f"T{a}", outlet=outlet, passages=passages))
    claims.append(Claim(id="gone@0", article_id="gone", passage_id="gone-000", text="x", start=0, end=1, claimant="Nobody"))
    return articles, claims


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_columns_from_articles_equal_columns_from_docs(seed: int) -> None:
    articles, claims = make_articles(seed)
    fast = IndexColumns.from_articles(articles, claims)
    slow = IndexColumns.from_docs(index_docs_from(articles, claims))
    for name in ("passage_ids", "texts", "article_ids", "titles", "outlets"):
        assert getattr(fast, name) == getattr(slow, name), name
    assert fast.doc_article.tolist() == slow.doc_article.tolist()
    for name in ("topics", "claimants"):
        a, b = facet_from_tags(getattr(fast, name)), facet_from_tags(getattr(slow, name))
        assert (a.names, a.ptr.tolist(), a.docs.tolist()) == (b.names, b.ptr.tolist(), b.docs.tolist()), name
    assert "Nobody" not in facet_from_tags(fast.claimants).names  # a claim on a passage not indexed


def test_index_from_articles_searches_like_index_from_docs() -> None:
    articles, claims = make_articles(5)
    fast = SearchIndex.from_articles(articles, claims)
    slow = SearchIndex.build(index_docs_from(articles, claims))
    for query in ["kursk", "korea 11000", "sungri", "self propelled", '"su jin"', "lodz", "kursj", "평양"]:
        hits = fast.search(query, limit=50)
        assert hits and hits == slow.search(query, limit=50), query  # (two empty lists would agree on nothing)
    hits = fast.search("", topic="artillery", limit=500)
    assert hits and hits == slow.search("", topic="artillery", limit=500)
    assert fast.search("kursk", claimant="Analyst", outlet="Beta Wire") == slow.search("kursk", claimant="Analyst", outlet="Beta Wire")
