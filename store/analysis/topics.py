"""Topics: which passages are about what, with the words that show it.

The taxonomy is a TOML data file (``topics.toml`` next to this module, or a
user's file given with ``--topics PATH``, which replaces it).  Every passage
except photo credits is tagged with each topic whose terms it contains; the
terms are kept as written, as evidence the analyst can check.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from store.analysis.terms import (
    TermMatcher,
    identifier,
    trie_pattern,
    read_toml,
    string_list,
    taxonomy_key,
)
from store.errors import StoreError
from store.models import Article, PassageKind, TopicHit, TopicSummary

DEFAULT_TOPICS_PATH = Path(__file__).with_name("topics.toml")

# A count between a term's first word and the capitalised rest: "captured two North Korean soldiers", "captured 2
# North Koreans", "captured a North Korean" say what "captured North Korean soldiers" says.
_COUNT_WORDS = (
    r"(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|more|a\s+few|"
    r"(?:dozens|hundreds|thousands)\s+of)"
)

# How much a passage of each kind says about what the article is about.
_KIND_WEIGHT = {
    PassageKind.BODY: 1.0,
    PassageKind.HEADING: 1.0,
    PassageKind.BULLET: 1.0,
    PassageKind.DEK: 1.0,
    PassageKind.CAPTION: 0.5,
    PassageKind.PULLQUOTE: 0.5,
}
_UNTAGGED_KINDS = frozenset({PassageKind.CREDIT})


# Hangul, kana and Chinese characters: a term written in them is found anywhere in a text (Korean glues its
# particles on, "포로를"; Japanese and Chinese have no spaces), which whole-word matching never does.
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
# Longer words that open with an East Asian term and mean something else: "포로셴코" (Poroshenko) holds "포로" (POW).
_EAST_ASIAN_NOT_TERMS = ("포로셴코",)


@dataclass(frozen=True, slots=True)
class EastAsianMatcher:
    """Finds East Asian terms anywhere in a text, longest first, as (start, end, surface, topic ids)."""

    pattern: re.Pattern[str] | None
    topics_of: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, entries: Iterable[tuple[str, str]]) -> EastAsianMatcher:
        topics_of: dict[str, list[str]] = {}
        for term, topic_id in entries:
            found = topics_of.setdefault(term, [])
            if topic_id not in found:
                found.append(topic_id)
        if not topics_of:
            return cls(None, {})
        masked = "|".join(map(re.escape, _EAST_ASIAN_NOT_TERMS))
        terms = "|".join(map(re.escape, sorted(topics_of, key=len, reverse=True)))
        return cls(re.compile(rf"(?P<not>{masked})|{terms}"), {t: tuple(ids) for t, ids in topics_of.items()})

    def find_all(self, text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
        if self.pattern is None or text.isascii() or _EAST_ASIAN.search(text) is None:
            return []
        return [(m.start(), m.end(), m.group(), self.topics_of[m.group()])
                for m in self.pattern.finditer(text) if m.group("not") is None]


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    label: str
    terms: tuple[str, ...]
    # Terms that are evidence only in a passage the ``context`` pattern finds ("shares" of a company, not "the
    # share of shells"), or beside another of the topic's terms.
    weak_terms: tuple[str, ...] = ()
    context: re.Pattern[str] | None = None


# The payload of a weak term: its topic's id with this mark, until the passage's context confirms it.
_WEAK = "\x00"


@dataclass
class TopicTaxonomy:
    topics: list[Topic]
    source: Path
    matcher: TermMatcher[str]
    east_asian: EastAsianMatcher
    contexts: dict[str, re.Pattern[str] | None] = field(default_factory=dict)  # topic id → its weak terms' context

    def label(self, topic_id: str) -> str:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic.label
        return prettify(topic_id)

    @cached_property
    def order(self) -> dict[str, int]:
        return {t.id: i for i, t in enumerate(self.topics)}

    @cached_property
    def counted_heads(self) -> re.Pattern[str] | None:
        """A count after the lower-case first word of a term going on with a capital ("captured" of "captured
        North Korean"): "captured two North Korean", the count in group ``count``."""
        heads = {
            words[0].casefold() for t in self.topics for term in t.terms
            if len(words := term.split()) > 1 and words[0].islower() and words[1][:1].isupper()
        }
        return re.compile(rf"(?i:\b(?:{trie_pattern(heads)})) (?P<count>{_COUNT_WORDS})\s+(?=[A-Z])") if heads else None

    @cached_property
    def counted_head_words(self) -> tuple[str, ...] | None:
        """The first words ``counted_heads`` looks for, where each is found in lowered text whenever the pattern
        finds it (ASCII words: see ``may_hold_counted_head``); None if one is not so plain."""
        heads = tuple(sorted({
            words[0].casefold() for t in self.topics for term in t.terms
            if len(words := term.split()) > 1 and words[0].islower() and words[1][:1].isupper()
        }))
        return heads if all(head.isascii() for head in heads) else None


_cache: dict[tuple[str, float], TopicTaxonomy] = {}
# Labels of every taxonomy loaded in this process: summaries called without a
# taxonomy (the read model does that) still show the user's labels.
_known_labels: dict[str, str] = {}


def prettify(topic_id: str) -> str:
    return topic_id.replace("_", " ").replace("-", " ").strip().capitalize() or topic_id


def load_topic_taxonomy(path: Path | None = None) -> TopicTaxonomy:
    """The taxonomy at ``path`` (default: the bundled one); StoreError with a one-line reason if unusable."""
    source = Path(path).expanduser() if path is not None else DEFAULT_TOPICS_PATH
    key = taxonomy_key(source)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    data = read_toml(source, "topic taxonomy")
    entries = data.get("topic")
    if not isinstance(entries, list) or not entries:
        raise StoreError(f"{source}: topic taxonomy has no [[topic]] entries")
    topics: list[Topic] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        topic_id = identifier(entry, source, index, "topic")
        if topic_id in seen:
            raise StoreError(f"{source}: topic id {topic_id!r} appears twice")
        seen.add(topic_id)
        label = entry.get("label", prettify(topic_id))
        if not isinstance(label, str) or not label.strip():
            raise StoreError(f"{source}: topic {topic_id!r}: 'label' must be a non-empty string")
        terms = string_list(entry, "terms", source, f"topic {topic_id!r}", required=True)
        weak = string_list(entry, "weak_terms", source, f"topic {topic_id!r}")
        topics.append(Topic(topic_id, label.strip(), tuple(terms), tuple(weak), _context(entry, source, topic_id)))
    entries = [(term, topic.id) for topic in topics for term in topic.terms]
    entries += [(term, topic.id + _WEAK) for topic in topics for term in topic.weak_terms]
    matcher = TermMatcher((term, topic_id) for term, topic_id in entries if _EAST_ASIAN.search(term) is None)
    east_asian = EastAsianMatcher.of((term, topic_id) for term, topic_id in entries if _EAST_ASIAN.search(term))
    taxonomy = TopicTaxonomy(topics, source, matcher, east_asian, {t.id: t.context for t in topics if t.weak_terms})
    _cache[key] = taxonomy
    _known_labels.update({t.id: t.label for t in topics})
    return taxonomy


def _context(entry: dict[str, object], source: Path, topic_id: str) -> re.Pattern[str] | None:
    pattern = entry.get("context")
    if pattern is None:
        return None
    try:
        return re.compile(str(pattern))
    except re.error as exc:
        raise StoreError(f"{source}: topic {topic_id!r}: 'context' is no pattern ({exc})") from None


def _confirmed(text: str, hits: list[tuple[int, int, str, tuple[str, ...]]],
               taxonomy: TopicTaxonomy) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """The hits with each weak term's topic kept only where its context (or another of its terms) is found."""
    strong = {topic_id for *_, ids in hits for topic_id in ids if not topic_id.endswith(_WEAK)}
    kept = []
    for start, end, surface, ids in hits:
        if any(topic_id.endswith(_WEAK) for topic_id in ids):
            ids = tuple(
                topic_id.removesuffix(_WEAK) for topic_id in ids
                if not topic_id.endswith(_WEAK) or topic_id.removesuffix(_WEAK) in strong
                or (context := taxonomy.contexts.get(topic_id.removesuffix(_WEAK))) is not None and context.search(text)
            )
            if not ids:
                continue
        kept.append((start, end, surface, ids))
    return kept


def _hits_across_counts(text: str, taxonomy: TopicTaxonomy) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """Hits of terms a count splits, with their offsets and surface in ``text`` (the count kept in the surface)."""
    heads = taxonomy.counted_heads
    if heads is None or not may_hold_counted_head(text, taxonomy.counted_head_words):
        return []
    cuts = [(m.start("count"), m.end()) for m in heads.finditer(text)]
    if not cuts:
        return []
    pieces, kept, shifts = [], 0, []  # shifts: (offset in the text without counts, characters dropped before it)
    for start, end in cuts:
        pieces.append(text[kept:start])
        kept = end
        shifts.append((sum(len(p) for p in pieces), end - sum(len(p) for p in pieces)))
    pieces.append(text[kept:])

    def back(offset: int, *, closing: bool) -> int:
        dropped = 0
        for at, total in shifts:
            if at < offset or (at == offset and not closing):
                dropped = total
        return offset + dropped

    found = []
    for start, end, _surface, ids in taxonomy.matcher.find_all("".join(pieces)):
        if any(start < at < end for at, _total in shifts):  # only the terms a count split
            first, last = back(start, closing=False), back(end, closing=True)
            found.append((first, last, text[first:last], ids))
    return found


# Case-blind matching finds "k" in the Kelvin sign, "s" in the long s, "i" in the dotless and the dotted capital i,
# none of which lowers to the ASCII letter: a text holding one of them is searched in full.
_FOLDED_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_hold_counted_head(text: str, head_words: tuple[str, ...] | None) -> bool:
    """Whether ``text`` may hold one of ``head_words`` as the case-blind ``counted_heads`` reads it.

    A substring test of the lowered text, which is a small part of the case-blind search's cost: that search
    tries its words at every character, on every passage, and most passages hold none of them.
    """
    if head_words is None or not text.isascii() and any(ch in text for ch in _FOLDED_TO_ASCII):
        return True
    lowered = text.lower()
    return any(word in lowered for word in head_words)


def topics_in_text(text: str, taxonomy: TopicTaxonomy) -> list[TopicHit]:
    """The topics of one text, most evidence first, each with its distinct terms as written."""
    hits = taxonomy.matcher.find_all(text)
    if split := _hits_across_counts(text, taxonomy):
        hits = sorted(hits + split)
    if east_asian := taxonomy.east_asian.find_all(text):
        hits = sorted(hits + east_asian)
    if taxonomy.contexts and any(topic_id[-1] == _WEAK for *_, ids in hits for topic_id in ids):
        hits = _confirmed(text, hits, taxonomy)
    if not hits:
        return []
    if len(hits) == 1 and len(hits[0][3]) == 1:  # a fifth of all passages: one term of one topic
        return [TopicHit(topic=hits[0][3][0], terms=[hits[0][2]])]
    # Per topic, its distinct terms (folded → as first written, in order) and how many times terms were found.
    terms: dict[str, dict[str, str]] = {}
    counts: dict[str, int] = {}
    for _start, _end, surface, topic_ids in hits:
        folded = surface.casefold() if " " not in surface else " ".join(surface.casefold().split())
        for topic_id in topic_ids:
            seen = terms.get(topic_id)
            if seen is None:
                terms[topic_id] = {folded: surface}
                counts[topic_id] = 1
            else:
                counts[topic_id] += 1
                if folded not in seen:
                    seen[folded] = surface
    if len(terms) == 1:
        ((topic_id, seen),) = terms.items()
        return [TopicHit(topic=topic_id, terms=list(seen.values()))]
    order = taxonomy.order
    ranked = sorted(terms, key=lambda t: (-len(terms[t]), -counts[t], order.get(t, 0)))
    return [TopicHit(topic=t, terms=list(terms[t].values())) for t in ranked]


def tag_passages(article: Article, taxonomy: TopicTaxonomy | None = None) -> None:
    """Set ``topics`` on every passage of the article (credits get none)."""
    taxonomy = taxonomy or load_topic_taxonomy()
    for passage in article.passages:
        if passage.kind in _UNTAGGED_KINDS:
            passage.topics = []
        else:
            passage.topics = topics_in_text(passage.text, taxonomy)


def rank_article_topics(article: Article) -> list[tuple[str, float]]:
    """(topic id, score) best first.

    The score is the weighted share of the article's passages that carry the
    topic; a passage showing one term counts 0.75, two 1.0 (more terms, more
    certainty that the passage is really about it).  Captions weigh half.
    """
    total = 0.0
    scores: dict[str, float] = defaultdict(float)
    for passage in article.passages:
        weight = _KIND_WEIGHT.get(passage.kind, 0.0)  # type: ignore[call-overload]
        if weight == 0.0:
            continue
        total += weight
        for hit in passage.topics:
            scores[hit.topic] += weight * min(1.0, 0.5 + 0.25 * len(hit.terms))
    if total == 0.0:
        return []
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return [(topic_id, round(score / total, 3)) for topic_id, score in ranked]


def topic_label(topic_id: str, taxonomy: TopicTaxonomy | None = None) -> str:
    if taxonomy is not None:
        return taxonomy.label(topic_id)
    if topic_id not in _known_labels:
        with contextlib.suppress(StoreError):
            load_topic_taxonomy()
    return _known_labels.get(topic_id, prettify(topic_id))


def summarise_topics(articles: Iterable[Article], taxonomy: TopicTaxonomy | None = None) -> list[TopicSummary]:
    """Every topic found, with how many passages and articles carry it; most passages first."""
    passages: Counter[str] = Counter()
    articles_with: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for passage in article.passages:
            for hit in passage.topics:
                passages[hit.topic] += 1
                articles_with[hit.topic].add(article.id)
    summaries = [
        TopicSummary(
            id=topic_id,
            label=topic_label(topic_id, taxonomy),
            passage_count=count,
            article_count=len(articles_with[topic_id]),
        )
        for topic_id, count in passages.items()
    ]
    summaries.sort(key=lambda s: (-s.passage_count, -s.article_count, s.label))
    return summaries
