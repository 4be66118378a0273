"""Synthetic articles and typo queries for ``nkru-tui bench``.

Everything is drawn from the seed articles by general rules, never from
seed-specific strings: prose sentences (reused with some content words
swapped for others the seeds use in the same left context, or new ones from
a word-level Markov chain over the seeds' prose), headings, and figures
(random numbers in the shapes the seeds use).  Rare names in those sentences
become the article's own cast of people and places, drawn from a pool that
keeps growing (new names appear as coverage goes on, some with
McCune-Reischauer accents), so the vocabulary grows with the corpus as a
real one does.  Articles vary in length, outlet and layout (single articles,
reader-app digests, Markdown, HTML; UTF-8, cp1252, BOM, CRLF), and a few
repeat paragraphs of earlier ones, as syndicated copy does.

Limits, stated so the figures can be read: the seeds hold ~700 prose
sentences, so at 10,000 articles their wording recurs far more than in real
coverage; :func:`ambiguity` measures how many queries that leaves without a
unique answer.

Queries follow the issue: 2-4 of a passage's distinctive words (chosen at
random among its six rarest in the corpus), one of them with one random edit.
"""

from __future__ import annotations

import html
import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from store.search.terms import STOP_WORDS

_PROSE_END = re.compile(r"[.!?][\"”’)]?$")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z“\"‘(])")
_NAME_RUN = re.compile(r"(?<=[a-z,;:] )(?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORD = re.compile(r"[^\W\d_]{4,}")
_CONTENT_WORD = re.compile(r"[a-z]{4,}[,;:]?")

# Romanised syllables and name endings: generic building blocks for names that
# grow the vocabulary the way a real corpus does (new people, new places).
_KOREAN_SYLLABLES = [
    "an", "bin", "bo", "chae", "chan", "chol", "chun", "dae", "dong", "eun", "gi", "gyu", "ha", "hae", "han", "ho",
    "hun", "hwa", "hwan", "hye", "hyo", "hyon", "il", "in", "jae", "ji", "jin", "jong", "ju", "jun", "kang", "ki",
    "kwang", "kyong", "mi", "min", "myong", "nam", "ok", "pyol", "ri", "ryong", "ryu", "sang", "se", "sok", "so",
    "sol", "song", "su", "suk", "sun", "tae", "u", "un", "won", "ye", "yo", "yong", "yu", "yun",
]
_KOREAN_SURNAMES = [
    "kim", "ri", "pak", "choe", "jong", "kang", "han", "cho", "yun", "jang", "im", "o", "song", "hong", "ryu",
]
_SLAVIC_SYLLABLES = [
    "vo", "lo", "ko", "ro", "mi", "sha", "ti", "de", "ba", "gri", "pe", "ste", "zo", "ku", "le", "mo", "na", "vi",
    "se", "do", "ra", "po", "che",
]
_SLAVIC_ENDINGS = ["v", "ev", "enko", "sky", "in", "uk", "chuk", "ova", "shin", "ych"]
_SLAVIC_GIVEN = [
    "ivan", "petro", "serhiy", "oleksandr", "dmytro", "vladimir", "nikolai", "mikhail", "yuri", "andriy", "oleg",
    "boris", "hryhoriy", "anna", "olena",
]
_PLACE_ENDINGS = ["sk", "ovka", "ino", "hrad", "-ri", "-dong", "pil", "yevo", "ivka", "-gun"]
_OUTLET_NOUNS = [
    "Times", "Post", "Herald", "Daily", "Review", "Monitor", "Observer", "Insider", "Wire", "Gazette", "Journal",
    "Tribune",
]
_FURNITURE = ["Advertisement", "Share this article", "Sign up for our newsletter", "Read more", "Related coverage"]
_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
]


@dataclass(slots=True)
class SeedMaterial:
    sentences: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    rare_names: set[str] = field(default_factory=set)
    first_names: list[str] = field(default_factory=list)
    chain: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    starts: list[tuple[str, str]] = field(default_factory=list)
    followers: dict[str, list[str]] = field(default_factory=dict)  # word -> content words seen right after it


def read_seed_material(paths: Iterable[Path]) -> SeedMaterial:
    import ftfy

    material = SeedMaterial()
    name_counts: Counter[str] = Counter()
    chain: dict[tuple[str, str], list[str]] = defaultdict(list)
    followers: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        text = ftfy.fix_text(path.read_bytes().decode("utf-8", errors="replace"))
        for line in (raw.strip() for raw in text.splitlines()):
            words = line.split()
            if 3 <= len(words) <= 14 and not _PROSE_END.search(line) and line[0].isupper():
                material.headings.append(line)
            if len(words) < 12 or not _PROSE_END.search(line):
                continue
            for sentence in _SENTENCE_SPLIT.split(line):
                tokens = sentence.split()
                if not 6 <= len(tokens) <= 60:
                    continue
                material.sentences.append(sentence)
                name_counts.update(_NAME_RUN.findall(sentence))
                material.starts.append((tokens[0], tokens[1]))
                for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False):
                    chain[(a, b)].append(c)
                for a, b in pairwise(tokens):
                    if _CONTENT_WORD.fullmatch(b):
                        followers[a.lower()].append(b)
    material.chain = dict(chain)
    material.followers = dict(followers)
    # A short line that recurs across articles is page furniture ("Read the original article on ..."), not a heading.
    recurring = Counter(material.headings)
    material.headings = sorted(h for h, count in recurring.items() if count < 3)
    # Runs seen once or twice are people and small places; frequent ones are countries and institutions.
    material.rare_names = {n for n, count in name_counts.items() if count <= 2 and n.split()[0].lower() not in STOP_WORDS}
    material.first_names = sorted({n.split()[0] for n in material.rare_names if " " in n and n.split()[0].isalpha()})
    if not material.sentences:
        raise ValueError("no prose found in the seed files")
    return material


class ArticleFactory:
    """Makes article records (title, outlet, date, author, paragraphs) from seed material."""

    def __init__(self, material: SeedMaterial, rng: random.Random) -> None:
        self.material = material
        self.rng = rng
        self.people: list[str] = []
        self.places: list[str] = []
        for _ in range(1_500):
            self.people.append(self._person())
        for _ in range(300):
            self.places.append(self._place())
        roots = [r.capitalize() + ending for r in _SLAVIC_SYLLABLES + _KOREAN_SURNAMES for ending in ("n", "ia", "land")]
        self.outlets = sorted({f"{rng.choice(['The ', ''])}{rng.choice(roots)} {rng.choice(_OUTLET_NOUNS)}" for _ in range(48)})
        self.outlet_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(self.outlets))]
        self.written: list[list[str]] = []
        self.cast: list[str] = []

    def _korean(self) -> str:
        rng = self.rng
        first, second = rng.choice(_KOREAN_SYLLABLES), rng.choice(_KOREAN_SYLLABLES)
        roll = rng.random()
        given = f"{first.capitalize()}-{second}" if roll < 0.6 else f"{first.capitalize()}{second}" if roll < 0.85 else f"{first.capitalize()} {second.capitalize()}"
        name = f"{rng.choice(_KOREAN_SURNAMES).capitalize()} {given}"
        if rng.random() < 0.15:  # McCune-Reischauer spellings carry breves
            name = name.replace("o", "ŏ", 1) if rng.random() < 0.5 else name.replace("u", "ŭ", 1)
        return name

    def _person(self) -> str:
        rng = self.rng
        kind = rng.random()
        if kind < 0.4:
            return self._korean()
        surname = "".join(rng.choice(_SLAVIC_SYLLABLES) for _ in range(rng.randint(1, 2))).capitalize()
        if kind < 0.75:
            return f"{rng.choice(_SLAVIC_GIVEN).capitalize()} {surname}{rng.choice(_SLAVIC_ENDINGS)}"
        first = rng.choice(self.material.first_names or ["Alex"])
        return f"{first} {surname}{rng.choice(['er', 'son', 'man', 'ley', 'ton', 'ford', 'wood'])}"

    def _place(self) -> str:
        rng = self.rng
        root = "".join(rng.choice(_SLAVIC_SYLLABLES + _KOREAN_SYLLABLES) for _ in range(rng.randint(1, 2)))
        return (root + rng.choice(_PLACE_ENDINGS)).capitalize()

    def _new_cast(self) -> None:
        """The people and places one article is about: a few regulars, mostly the less known, some new."""
        rng = self.rng
        for _ in range(rng.choice([0, 1, 1, 2])):  # new names keep appearing, as in real coverage
            self.people.append(self._person())
        if rng.random() < 0.3:
            self.places.append(self._place())
        regulars = self.people[: min(len(self.people), 60)]
        cast = [rng.choice(regulars) for _ in range(rng.randint(0, 2))]
        cast += [rng.choice(self.people) for _ in range(rng.randint(2, 4))]
        cast += self.people[-2:] if rng.random() < 0.5 else []
        cast += [rng.choice(self.places) for _ in range(rng.randint(1, 2))]
        self.cast = cast

    def _figure(self, original: str) -> str:
        digits = original.replace(",", "").split(".")[0]
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(self.rng.randint(2015, 2026))
        magnitude = max(1, len(digits) + self.rng.choice([-1, 0, 0, 1]))
        value = self.rng.randint(10 ** (magnitude - 1), 10**magnitude - 1)
        text = f"{value:,}" if "," in original or value >= 10_000 else str(value)
        if "." in original:
            text += "." + str(self.rng.randint(1, 9))
        return text

    def _swap_names(self, sentence: str) -> str:
        def person(match: re.Match[str]) -> str:
            if match.group() not in self.material.rare_names or self.rng.random() < 0.2:
                return match.group()
            chosen = self.rng.choice(self.cast or self.people)
            # A one-word name stays one word (a place, or a person's surname), so grammar survives.
            return chosen if " " in match.group() else chosen.split()[-1].capitalize()

        sentence = _NAME_RUN.sub(person, sentence)
        return _NUMBER.sub(lambda m: self._figure(m.group()), sentence)

    def _vary(self, sentence: str) -> str:
        """Swap some content words for others the seeds use after the same word.

        Real passages rarely repeat each other; reusing seed sentences verbatim
        would make hundreds of passages share every word.  Swapping within the
        left context keeps the grammar local and the vocabulary the seeds'.
        """
        words = sentence.split()
        for i in range(1, len(words)):
            if _CONTENT_WORD.fullmatch(words[i]) and self.rng.random() < 0.35:
                options = self.material.followers.get(words[i - 1].lower())
                if options:
                    replacement = self.rng.choice(options).rstrip(",;:")
                    words[i] = replacement + words[i][len(words[i].rstrip(",;:")) :]
        return " ".join(words)

    def _markov_sentence(self) -> str:
        material = self.material
        a, b = self.rng.choice(material.starts)
        words = [a, b]
        while len(words) < 40:
            following = material.chain.get((a, b))
            if not following:
                break
            c = self.rng.choice(following)
            words.append(c)
            a, b = b, c
            if len(words) >= 8 and _PROSE_END.search(c):
                break
        sentence = " ".join(words)
        return sentence if _PROSE_END.search(sentence) else sentence.rstrip(",;:") + "."

    def sentence(self) -> str:
        roll = self.rng.random()
        if roll < 0.45:
            return self._swap_names(self._vary(self.rng.choice(self.material.sentences)))
        if roll < 0.9:
            return self._swap_names(self._vary(self._markov_sentence()))
        who = self.rng.choice(self.cast or self.people)
        said = self._swap_names(self._vary(self.rng.choice(self.material.sentences))).rstrip(".")
        return f"“{said},” {who} said."

    def article(self) -> dict[str, object]:
        rng = self.rng
        count = max(3, min(120, int(rng.lognormvariate(3.25, 0.55))))  # median ~26, mean ~30 passages
        self._new_cast()
        paragraphs: list[str] = []
        if self.written and rng.random() < 0.03:  # syndicated copy repeats an earlier article's paragraphs
            earlier = rng.choice(self.written)
            paragraphs.extend(earlier[: rng.randint(2, min(5, len(earlier)))])
        while len(paragraphs) < count:
            if rng.random() < 0.06:
                paragraphs.append(self._swap_names(self._vary(rng.choice(self.material.headings))).rstrip("."))
            else:
                paragraphs.append(" ".join(self.sentence() for _ in range(rng.choice([1, 1, 2, 2, 2, 3, 4]))))
        self.written.append(paragraphs)
        if len(self.written) > 200:
            self.written.pop(0)
        if rng.random() < 0.5:
            title = self._swap_names(self._vary(rng.choice(self.material.headings)))
        else:  # the opening clause of a sentence, as many headlines are
            title = " ".join(self._swap_names(rng.choice(self.material.sentences)).split()[: rng.randint(6, 12)]).rstrip(",;:.")
        return {
            "title": title,
            "outlet": rng.choices(self.outlets, weights=self.outlet_weights)[0],
            "author": rng.choice(self.people),
            "date": (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)),
            "paragraphs": paragraphs,
        }


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
    body = "\n\n".join(f"## {p}" if not _PROSE_END.search(p) else p for p in article["paragraphs"])
    return f"# {article['title']}\n\n*{article['outlet']}* · {_date_text(article['date'])} · by {article['author']}\n\n{body}\n"


def _html(article: dict) -> str:
    e = html.escape
    year, month, day = article["date"]
    paragraphs = "\n".join(f"<p>{e(p)}</p>" if _PROSE_END.search(p) else f"<h2>{e(p)}</h2>" for p in article["paragraphs"])
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
