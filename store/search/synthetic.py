"""Synthetic articles and typo queries for ``nkru-tui bench``.

The corpus is meant to look, to a search engine, like a year or more of real
coverage of one subject, while borrowing every sentence, heading and name
shape from the seed articles by general rules (``synthetic_seeds``: nothing
names a seed, an outlet or a person).

Assumptions (each a constant in ``synthetic_articles`` or
``synthetic_sentences``; chosen for realism, not fitted to any bench figure):

- Coverage is a stream of news events.  An article opens a new event with
  probability 0.35, else covers a recent one, so an event is told by ~2.9
  articles: a story is rarely covered by one outlet only.
- An event starts with two or three people and one or two places already in
  the news (Zipf-like popularity, so a few recur endlessly), has a date,
  figures, and 6-14 "core" seed sentences that its articles retell (35% of
  their sentences); the rest come from all ~700 seed sentences.
- Every sentence is realised afresh: with probability 0.5 a sentence with a
  clause joint (", which ...", ", per ...") continues with the tail of
  another; each content word is swapped, with probability 0.35, for a word
  the seeds use between the same two neighbours; rare names become the
  event's people, places or cited outlets; numbers become the event's
  figures (60% reuse one it has) or new ones of the same shape, 70% of them
  rounded to one or two significant digits, as reported figures are; years
  shift with the event's date, keeping their order; months follow the date;
  an opening phrase or closing attribution may swap ends (30%).  A sentence
  of eight words or more that has been written before is drawn again (up to
  eight times), so outside syndication wording does not repeat verbatim.
- Vocabulary grows as Heaps' law says real text does: distinct words (of
  four letters or more) grow as (words written / seed words) ** 0.49,
  anchored at the seeds' own vocabulary (exponent: Manning, Raghavan and
  Schütze, Introduction to Information Retrieval, ch. 5, for Reuters news).
  Ordinary words can only come from the seeds (~3,000 of that length), so
  past them the growth is carried by names: whenever the vocabulary lags
  the curve, the next name slot names someone or somewhere new.  Names
  therefore stand in for the rare ordinary words real coverage also has.
- Syndication: an article on an event already covered is, with probability
  0.10, another outlet's verbatim reprint of an earlier article on it (half
  cut short, half under a new headline), and 10% of other articles weave in
  one to three paragraphs of an earlier one verbatim.  Agency copy run by
  several outlets is common; the share is an assumption, kept moderate
  because an analyst's curated corpus holds fewer copies than the web.  It
  makes about 6% of paragraphs verbatim copies.
- Articles vary in length (median ~26 passages), outlet (48, Zipf-weighted)
  and layout (single articles, reader-app digests, Markdown, HTML; UTF-8,
  cp1252, BOM, CRLF).

Limits, stated so the figures can be read: every ordinary word and most
word combinations still come from ~700 seed sentences, each realised some
800 times at 10,000 articles.  Swaps and splices vary them, but the rarest
ordinary words of a passage keep meeting each other far more often than in
real coverage, whose long tail of ordinary words the seeds cannot supply.
So typo queries made of a passage's rarest words are often shared by dozens
of passages (:func:`ambiguity` counts them), and recall on those measures
the corpus, not the index.  Swapped words keep the grammar but not always
the sense.

Queries follow the issue: 2-4 of a passage's distinctive words (chosen at
random among its six rarest in the corpus), one of them with one random
edit.
"""

from __future__ import annotations

import html
import re
import random
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from store.search.synthetic_articles import ArticleFactory
from store.search.synthetic_seeds import PROSE_END, SeedMaterial, read_seed_material
from store.search.terms import STOP_WORDS

__all__ = [
    "ArticleFactory",
    "SeedMaterial",
    "TypoQuery",
    "ambiguity",
    "make_queries",
    "one_edit",
    "read_seed_material",
    "write_corpus",
]

_WORD = re.compile(r"[^\W\d_]{4,}")
_FURNITURE = ["Advertisement", "Share this article", "Sign up for our newsletter", "Read more", "Related coverage"]
_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
]  # fmt: skip


def _date_text(date: tuple[int, int, int]) -> str:
    year, month, day = date
    return f"{_MONTHS[month - 1]} {day}, {year}"


def _plain(article: dict, rng: random.Random) -> str:
    lines = [article["title"], "", f"{article['outlet']} — {_date_text(article['date'])}", f"By {article['author']}", ""]
    for paragraph in article["paragraphs"]:
        lines += [paragraph, ""]
        if rng.random() < 0.02:
            lines += [rng.choice(_FURNITURE), ""]
    return "\n".join(lines)


def _digest_entry(article: dict) -> str:
    body = "\n\n".join(article["paragraphs"])
    return f"{article['title']}\n\n{body}\n\nRead the original article on {article['outlet']}\n\n"


def _markdown(article: dict) -> str:
    body = "\n\n".join(f"## {p}" if not PROSE_END.search(p) else p for p in article["paragraphs"])
    return f"# {article['title']}\n\n*{article['outlet']}* · {_date_text(article['date'])} · by {article['author']}\n\n{body}\n"


def _html(article: dict) -> str:
    e = html.escape
    year, month, day = article["date"]
    paragraphs = "\n".join(f"<p>{e(p)}</p>" if PROSE_END.search(p) else f"<h2>{e(p)}</h2>" for p in article["paragraphs"])
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{e(article['title'])}</title>"
        f"<meta property='og:site_name' content='{e(article['outlet'])}'><meta name='author' content='{e(article['author'])}'>"
        f"<meta property='article:published_time' content='{year:04d}-{month:02d}-{day:02d}'></head><body>"
        f"<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>{e(article['title'])}</h1>\n{paragraphs}\n"
        f"</article><footer>© {year} {e(article['outlet'])}. All rights reserved.</footer></body></html>"
    )


def _encode(text: str, rng: random.Random) -> bytes:
    if rng.random() < 0.1:
        text = text.replace("\n", "\r\n")
    roll = rng.random()
    if roll < 0.08:
        try:
            return text.encode("cp1252")
        except UnicodeEncodeError:
            pass
    if roll > 0.95:
        return text.encode("utf-8-sig")
    return text.encode("utf-8")


def write_corpus(directory: Path, n_articles: int, seed_paths: Sequence[Path], *, seed: int = 20250101) -> list[Path]:
    """Write ``n_articles`` synthetic articles as files in ``directory``; returns the files."""
    rng = random.Random(seed)
    factory = ArticleFactory(read_seed_material(seed_paths), rng)
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    remaining = n_articles
    while remaining > 0:
        layout = rng.random()
        number = len(written)
        if layout < 0.1 and remaining >= 3:
            articles = [factory.article() for _ in range(min(remaining, rng.randint(3, 6)))]
            text = "Reading view\n\n" + "".join(_digest_entry(a) for a in articles)
            path = directory / f"digest_{number:06d}.txt"
        else:
            articles = [factory.article()]
            if layout < 0.15:
                text, path = _markdown(articles[0]), directory / f"article_{number:06d}.md"
            elif layout < 0.2:
                text, path = _html(articles[0]), directory / f"article_{number:06d}.html"
            else:
                text, path = _plain(articles[0], rng), directory / f"article_{number:06d}.txt"
        path.write_bytes(_encode(text, rng))
        written.append(path)
        remaining -= len(articles)
    return written


# --- queries ----------------------------------------------------------------------------


def _strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def one_edit(word: str, rng: random.Random) -> str:
    """The word with one random insertion, deletion, substitution or swap of neighbours."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    while True:
        position = rng.randrange(len(word))
        kind = rng.choice(["insert", "delete", "substitute", "swap"])
        if kind == "insert":
            edited = word[:position] + rng.choice(letters) + word[position:]
        elif kind == "delete":
            edited = word[:position] + word[position + 1 :]
        elif kind == "substitute":
            edited = word[:position] + rng.choice(letters) + word[position + 1 :]
        else:
            if position == len(word) - 1:
                continue
            edited = word[:position] + word[position + 1] + word[position] + word[position + 2 :]
        if edited != word:
            return edited


@dataclass(slots=True, frozen=True)
class TypoQuery:
    text: str  # what is typed: 2-4 words, one of them with one edit
    source: str  # the passage id the words were taken from
    words: tuple[str, ...]  # the words before the edit


def _content_words(text: str) -> list[str]:
    return [w for w in (m.lower() for m in _WORD.findall(text)) if w not in STOP_WORDS]


def make_queries(passages: Sequence[tuple[str, str]], count: int, *, seed: int = 7) -> list[TypoQuery]:
    """Queries of 2-4 distinctive words of a passage, one with a typo."""
    rng = random.Random(seed)
    document_frequency: Counter[str] = Counter()
    for _, text in passages:
        document_frequency.update(set(_content_words(text)))
    queries: list[TypoQuery] = []
    attempts = 0
    while len(queries) < count and attempts < count * 50:
        attempts += 1
        passage_id, text = passages[rng.randrange(len(passages))]
        words = list(dict.fromkeys(_content_words(text)))
        if len(words) < 6:
            continue  # headings and captions: too few words to pick distinctive ones from
        rarest = sorted(words, key=lambda w: (document_frequency[w], rng.random()))[:6]
        chosen = rng.sample(rarest, rng.randint(2, 4))
        chosen.sort(key=words.index)  # in reading order, as a reader remembers them
        original = tuple(chosen)
        long_enough = [i for i, w in enumerate(chosen) if len(w) >= 5] or list(range(len(chosen)))
        target = rng.choice(long_enough)
        chosen[target] = one_edit(chosen[target], rng)
        if rng.random() < 0.5:
            chosen = [_strip_accents(w) for w in chosen]
        queries.append(TypoQuery(" ".join(chosen), passage_id, original))
    return queries


def ambiguity(passages: Sequence[tuple[str, str]], queries: Sequence[TypoQuery]) -> list[int]:
    """For each query, how many passages hold all of its words before the typo.

    A query whose words occur together in more than 10 passages cannot be
    expected in the top 10 by any engine; this separates the corpus's share
    of missed queries from the index's.
    """
    wanted = [frozenset(q.words) for q in queries]
    by_word: dict[str, list[int]] = defaultdict(list)
    for number, words in enumerate(wanted):
        by_word[min(words)].append(number)
    counts = [0] * len(queries)
    for _, text in passages:
        words = set(_content_words(text))
        for word in words.intersection(by_word):
            for number in by_word[word]:
                if wanted[number] <= words:
                    counts[number] += 1
    return counts
