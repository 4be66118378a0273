"""Headlines in search: the title is a field of its article's lead passage (``store.search.titles``).

The brute-force reference of ``test_search_index`` is extended with titles:
the same BM25 over the passages' text, plus, for an article's first passage,
TITLE_WEIGHT times the title IDF (over articles) of each query word its
title holds; a word only the title holds counts TITLE_HELD for the lead's
coordination share; and every passage of the article gets a re-ranking bonus of
TITLE_BONUS times the share of query words its title holds.
"""

from __future__ import annotations

import math
import random
from collections import Counter

import pytest

from store.models import Article, Passage
from store.search import IndexDoc, SearchIndex
from store.search.builder import BM25_B, BM25_K1
from store.search.planner import LONG_QUERY_WORDS
from store.search.ranking import PROXIMITY_WEIGHT, PROXIMITY_WINDOW
from store.search.titles import TITLE_BONUS, TITLE_HELD, TITLE_WEIGHT
from tests.test_search_index import OUTLETS, make_vocabulary, terms_of

FILLER = "officials described the morning near the frontier village while observers counted vehicles on the road"


def make_titled_docs(seed: int) -> tuple[list[IndexDoc], list[str]]:
    """Random passages over an artificial vocabulary; each article's title is drawn from it too,
    and some titles hold words no passage uses."""
    rng = random.Random(seed)
    vocab = make_vocabulary(rng, 140)
    body_vocab, title_only = vocab[:120], vocab[120:]
    weights = [1 / (rank + 1) for rank in range(len(body_vocab))]
    docs = []
    for i in range(240):
        words = rng.choices(body_vocab, weights=weights, k=rng.randint(4, 40))
        text = " ".join(w.capitalize() if rng.random() < 0.2 else w for w in words) + "."
        article = i // 6
        title_rng = random.Random(seed * 1000 + article)
        title_words = title_rng.choices(body_vocab[:60], k=title_rng.randint(2, 5)) + title_rng.sample(title_only, 1)
        docs.append(
            IndexDoc(
                passage_id=f"p{i:04d}",
                article_id=f"a{article:03d}",
                title=": ".join([title_words[0].upper(), " ".join(title_words[1:])]),
                outlet=OUTLETS[article % len(OUTLETS)],
                text=text,
            )
        )
    return docs, vocab


def brute_force(docs: list[IndexDoc], query_words: list[str], limit: int = 10) -> list[tuple[str, float]]:
    """The documented ranking with titles, recomputed from the raw texts with plain loops."""
    doc_terms = [terms_of(d.text) for d in docs]
    n = len(docs)
    avgdl = sum(len(t) for t in doc_terms) / n
    df = Counter(term for terms in doc_terms for term in set(terms))
    titles = {d.article_id: set(terms_of(d.title)) for d in docs}
    title_df = Counter(term for terms in titles.values() for term in terms)
    lead = {}
    for d in docs:
        lead.setdefault(d.article_id, d.passage_id)
    results = []
    for doc, terms in zip(docs, doc_terms, strict=True):
        counts = Counter(terms)
        title = titles[doc.article_id]
        is_lead = lead[doc.article_id] == doc.passage_id
        score = 0.0
        held = 0
        for word in query_words:
            tf = counts.get(word, 0)
            if tf:
                idf = math.log1p((n - df[word] + 0.5) / (df[word] + 0.5))
                score += idf * tf * (BM25_K1 + 1) / (tf + BM25_K1 * (1 - BM25_B + BM25_B * len(terms) / avgdl))
            in_title = is_lead and word in title
            if in_title:
                score += TITLE_WEIGHT * math.log1p((len(titles) - title_df[word] + 0.5) / (title_df[word] + 0.5))
            held += 1 if tf else TITLE_HELD if in_title else 0
        if not held:
            continue
        if len(query_words) > 1:  # the share of query words held: a single word has no share to weigh
            score *= (held / len(query_words)) ** 2
        bonus = TITLE_BONUS * sum(word in title for word in query_words) / len(query_words)
        if len(query_words) > 1:
            pairs = 0
            for j in range(1, len(query_words)):
                before = [p for p, t in enumerate(terms) if t == query_words[j - 1]]
                after = [p for p, t in enumerate(terms) if t == query_words[j]]
                if any(0 < b - a <= PROXIMITY_WINDOW for a in before for b in after):
                    pairs += 1
            bonus += PROXIMITY_WEIGHT * pairs / (len(query_words) - 1)
        results.append((doc.passage_id, score * (1 + bonus)))
    results.sort(key=lambda r: (-r[1], r[0]))
    return results[:limit]


@pytest.fixture(scope="module")
def corpus() -> tuple[list[IndexDoc], list[str], SearchIndex]:
    docs, vocab = make_titled_docs(seed=11)
    return docs, vocab, SearchIndex.build(docs)


@pytest.mark.parametrize("n_words", [1, 2, 3])
def test_queries_rank_like_the_brute_force_reference_with_titles(corpus, n_words: int) -> None:
    docs, vocab, index = corpus
    rng = random.Random(n_words)
    title_words = sorted({w for d in docs for w in terms_of(d.title)})
    checked_title_hits = 0
    for _ in range(40):
        # Half the words from titles, so that title matches, title-only words and plain body words mix.
        words = [rng.choice(title_words) if rng.random() < 0.5 else rng.choice(vocab[:60]) for _ in range(n_words)]
        if len(set(words)) < n_words:
            continue
        expected = brute_force(docs, words)
        got = index.search(" ".join(words) + " ", limit=10)
        assert [h.passage_id for h in got] == [pid for pid, _ in expected], words
        for hit, (_, score) in zip(got, expected, strict=True):
            assert hit.score == pytest.approx(score, rel=1e-4)
        checked_title_hits += any(set(words) & set(terms_of(h.title)) for h in got)
    assert checked_title_hits >= 10  # the comparison did exercise titles


def test_a_word_only_a_title_holds_finds_the_articles_lead(corpus) -> None:
    docs, vocab, index = corpus
    title_only = vocab[120:]
    word = next(w for w in title_only if any(w in terms_of(d.title) for d in docs))
    articles = {d.article_id for d in docs if word in terms_of(d.title)}
    leads = {next(d.passage_id for d in docs if d.article_id == a) for a in articles}
    assert not any(word in terms_of(d.text) for d in docs)
    hits = index.search(word + " ", limit=50)
    assert {h.passage_id for h in hits} == leads
    # One typo away, too: titles share the vocabulary and its typo expansion.
    typo = word[:2] + word[3:]
    assert {h.passage_id for h in index.search(typo + " ", limit=50)} == leads


def _doc(pid: str, article: str, title: str, text: str) -> IndexDoc:
    return IndexDoc(passage_id=pid, article_id=article, title=title, outlet=None, text=text)


@pytest.fixture(scope="module")
def headlines() -> SearchIndex:
    docs = [
        _doc("budanov-lead", "budanov", "Budanov: North Korea has 11,000 soldiers in Kursk",
             "Ukraine's military intelligence chief gave the figure on Tuesday."),
        _doc("budanov-2", "budanov", "Budanov: North Korea has 11,000 soldiers in Kursk",
             "The troops arrived in the Kursk region by train."),
        _doc("other-lead", "other", "Weather in the Kursk region",
             "The troops arrived in the Kursk region by train."),
        _doc("plain-lead", "plain", "Frontline report", "Nothing of note."),
        _doc("plain-2", "plain", "Frontline report", "The troops arrived in the Kursk region by train."),
        _doc("full-body", "full", "Frontline report",
             "Budanov said North Korea has 11,000 soldiers in Kursk, more than expected."),
    ]  # fmt: skip
    docs += [_doc(f"f{i}", f"filler{i}", f"Filler {i}", f"{FILLER} {i}.") for i in range(20)]
    return SearchIndex.build(docs)


def test_a_pasted_headline_finds_its_article_first(headlines: SearchIndex) -> None:
    hits = headlines.search("Budanov: North Korea has 11,000 soldiers in Kursk")
    ids = [h.passage_id for h in hits]
    # The body that says it all still comes first; the headline's own lead is next, above passages
    # that hold only some of the words.
    assert ids[:2] == ["full-body", "budanov-lead"]
    assert headlines.search("budanov")[0].passage_id == "full-body"
    assert [h.passage_id for h in headlines.search("budanov 11k")][:2] == ["full-body", "budanov-lead"]


def test_the_title_bonus_is_modest_and_reaches_every_passage_of_the_article(headlines: SearchIndex) -> None:
    """The same text, second in two articles: the one whose headline holds a query word gains
    TITLE_BONUS times the share of query words it holds, added to the proximity bonus; no more."""
    plain = {h.passage_id: h.score for h in headlines.search("troops arrived train ", limit=50)}
    assert plain["budanov-2"] == pytest.approx(plain["plain-2"])  # no query word in either title
    hits = {h.passage_id: h.score for h in headlines.search("troops arrived kursk ", limit=50)}
    proximity = PROXIMITY_WEIGHT  # "troops arrived", "arrived in the Kursk": both pairs near
    expected = (1 + proximity + TITLE_BONUS / 3) / (1 + proximity)
    assert hits["budanov-2"] / hits["plain-2"] == pytest.approx(expected, rel=1e-5)
    # The lead of an article titled with the word also holds it as a field: more than the bonus.
    assert hits["other-lead"] / hits["plain-2"] > expected


def test_phrases_and_exclusions_see_the_headline_as_part_of_the_lead(headlines: SearchIndex) -> None:
    assert [h.passage_id for h in headlines.search('"north korea has 11,000 soldiers"')] == ["full-body", "budanov-lead"]
    excluded = {h.passage_id for h in headlines.search("troops kursk -budanov", limit=50)}
    assert "budanov-lead" not in excluded and "full-body" not in excluded
    assert {"budanov-2", "other-lead", "plain-2"} <= excluded  # their texts do not name him; budanov-2 is no lead


def test_titles_survive_saving_and_are_built_from_articles(tmp_path) -> None:
    articles = [
        Article(
            id=f"art{a}", source_file="f.txt", source_sha256="0" * 64, ordinal=a, title=title, outlet=None,
            passages=[
                Passage(id=f"art{a}-p{n}", article_id=f"art{a}", kind="body", text=f"{FILLER} {a} {n}.", order=n, paragraph=n + 1)
                for n in range(3)
            ],
        )
        for a, title in enumerate(["Zaporizhzhia strike", "Pyongyang parade", "Kursk offensive stalls"])
    ]
    index = SearchIndex.from_articles(articles, [])
    index.save(tmp_path / "index")
    loaded = SearchIndex.load(tmp_path / "index")
    for searched in (index, loaded):
        assert [h.passage_id for h in searched.search("pyongyang")] == ["art1-p0"]
        assert [h.passage_id for h in searched.search("offensive kursk ")] == ["art2-p0"]


def test_a_pasted_paragraph_with_quotation_marks_finds_its_passage() -> None:
    """A paste's quotes are its own, not required phrases: its quotes need not stand in one passage."""
    sentences = [
        f'The {w} officer said "we saw {w} convoys" near sector {i}, and added "{w} more came".'
        for i, w in enumerate(["amber", "basalt", "cobalt", "dune", "ember", "fjord", "garnet", "harbour"])
    ]
    docs = [_doc(f"s{i}", f"a{i}", f"Report {i}", s) for i, s in enumerate(sentences)]
    docs += [_doc(f"f{i}", f"filler{i}", f"Filler {i}", f"{FILLER} {i}.") for i in range(20)]
    index = SearchIndex.build(docs)
    pasted = " ".join(sentences[2:6]) + " " + FILLER
    assert len(set(pasted.lower().split())) >= LONG_QUERY_WORDS
    assert {h.passage_id for h in index.search(pasted, limit=4)} == {"s2", "s3", "s4", "s5"}


def test_a_long_query_does_not_expand_the_words_it_holds_exactly() -> None:
    """Copied words are taken as written; a short query still gets its typo neighbours."""
    docs = [_doc("plans", "a", "t", "The ministry plans a parade."), _doc("plays", "b", "t", "The orchestra plays tonight.")]
    docs += [_doc(f"f{i}", f"filler{i}", f"Filler {i}", f"{FILLER} number{i} extra{i}.") for i in range(30)]
    index = SearchIndex.build(docs)
    assert {h.passage_id for h in index.search("plans ")} >= {"plans", "plays"}
    long_query = "plans " + " ".join(f"number{i} extra{i}" for i in range(LONG_QUERY_WORDS)) + " "
    found = {h.passage_id for h in index.search(long_query, limit=100)}
    assert "plans" in found and "plays" not in found
