"""Claimant names folded across the whole corpus: one name per person or body.

``canonicalise_claimants`` folds the spellings of one person across every
ingested file ("Zelensky", "Zelenskyy", "Volodymyr Zelensky") into the
longest full form, with rapidfuzz on surnames, and names that differ only in
word order ("Ministry of Defence of Ukraine" / "Ukraine's Ministry of
Defence") into the most frequent spelling.  Russian and Ukrainian names are
first put into the nominative ("по данным Сеула" names "Сеул"; see
``cyrillic_lemmas``).  The per-claim cleaning it builds on is
``store.analysis.claimants``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from store.analysis.country_words import country_stem
from store.analysis.claimants import aliased, could_be_surname, fold, looks_like_person
from store.analysis.cyrillic_lemmas import may_decline, nominative, nominatives
from store.disjoint_sets import DisjointSets
from store.models import Claim

# Distinct names past which the per-name caches (``fold``, ``looks_like_person``: 16,384 each) only evict.
_CACHED_NAMES = 16_384


# The endings English, German and Ukrainian romanisations give one Slavic first name: Dmitry, Dmitri,
# Dmitrij, Dmitriy; Sergey, Sergei, Sergej; Andriy, Andrii.
_ROMANISED_ENDING = re.compile(r"(?:iy|ij|yj|yi|ii|yy|y|i)$|(?<=e)j$")
# Letters by which German romanisation differs at a name's start: Wolodymyr, Wladimir; Jurij, Jewgeni.
_ROMANISED_INITIAL = {"w": "v", "j": "y"}


def _romanised_first_name(folded_name: str) -> str:
    """A first name's English romanisation where German's or another's differs at its start or end
    ("Wolodymyr" gives "volodymyr", "Dmitrij" "dmitri")."""
    name = _ROMANISED_INITIAL.get(folded_name[:1], folded_name[:1]) + folded_name[1:].replace("x", "ks")
    return _ROMANISED_ENDING.sub("i", name) if len(name) >= 4 else name


def first_name_key(folded_name: str) -> str:
    """One key for the romanisations of a first name, folded and without its full stop ("Dmitri" and
    "Dmitry" give "dmitri"; "J." gives "y", an initial of "Jurij" and "Yuri" alike).  Inside the name
    "y" and "i" are one letter: Ukrainian и is "y" in English and "i" in Spanish or Italian copy
    ("Volodymyr", "Volodímir"; "Dmytro", "Dmitro")."""
    name = _romanised_first_name(folded_name)
    # Not in short or hyphenated names: Korean syllables ("Hye-jin", "Kyu") are no romanised и.
    return name[:1] + name[1:].replace("y", "i") if len(name) >= 5 and "-" not in name else name


def surname_key(folded_surname: str) -> str:
    """One key for the romanisations of a Slavic surname's ending, its first two letters kept (its block):
    "Zelensky", "Zelenskyy", "Zelenskiy", Spanish "Zelenski" give "zelenski".  Only the ending: inside a
    surname, and in short or hyphenated ones (a Korean given name written last, "Sok-gyu"), a letter
    more or less is another name."""
    if len(folded_surname) < 6 or "-" in folded_surname:
        return folded_surname
    return folded_surname[:2] + _ROMANISED_ENDING.sub("i", folded_surname[2:])


def _romanised_as_keyed(name: str, folded: Callable[[str], str]) -> bool:
    first = folded(name.split()[0]).rstrip(".")
    return _romanised_first_name(first) == first


def _first_names_compatible(a: str, b: str) -> bool:
    a, b = first_name_key(fold(a).rstrip(".")), first_name_key(fold(b).rstrip("."))
    return (
        a == b
        or (len(a) >= 3 and b.startswith(a))
        or (len(b) >= 3 and a.startswith(b))
        or (len(a) == 1 and b.startswith(a))
        or (len(b) == 1 and a.startswith(b))
    )


def _surnames_match(a: str, b: str) -> bool:
    return _folded_surnames_match(fold(a), fold(b))


def _folded_surnames_match(a: str, b: str) -> bool:
    if a == b:
        return True
    a, b = surname_key(a), surname_key(b)
    return a == b or (min(len(a), len(b)) >= 5 and a[:2] == b[:2] and fuzz.ratio(a, b) >= 85)


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """A mapping from each name to its canonical spelling (itself when nothing folds it)."""
    counts = Counter(names)
    declined = declined_names(counts)
    if not declined:
        return fold_counted_names(counts)
    mapping = fold_counted_names(counted_in_nominative(counts, declined))
    return {name: mapping[declined.get(name, name)] for name in counts}


def declined_names(names: Iterable[str]) -> dict[str, str]:
    """Each Russian or Ukrainian name of ``names`` written in another case than the nominative, to its
    nominative under the alias list's name ("Пентагоном" → "Pentagon", "Сеула" → "Сеул")."""
    return {name: aliased(settled) for name, settled in nominatives(names).items()}


def counted_in_nominative(counts: Counter[str], declined: dict[str, str]) -> Counter[str]:
    """``counts`` with each name of ``declined`` counted under its nominative."""
    merged: Counter[str] = Counter()
    for name, count in counts.items():
        merged[declined.get(name, name)] += count
    return merged


def fold_counted_names(counts: Counter[str]) -> dict[str, str]:
    """``canonical_names`` of names already in the nominative, counted."""
    # Ten thousand articles name ~100,000 distinct claimants: more than ``fold``'s and
    # ``looks_like_person``'s caches hold, so then each name is folded once into a local table
    # and tested uncached (a cache that only evicts costs more than it saves).  One file's few
    # names use the caches, which remember them from the files before.
    table = FoldTable() if len(counts) > _CACHED_NAMES else None
    folded: Callable[[str], str] = table if table is not None else fold
    person = looks_like_person.__wrapped__ if table is not None else looks_like_person
    mapping = fold_people(counts, folded, person)
    fold_word_order(mapping, counts, table)
    return mapping


def fold_people(counts: Counter[str], folded: Callable[[str], str], person: Callable[[str], bool]) -> dict[str, str]:
    """Each name of ``counts`` to its person's fullest spelling, a lone surname to its one full name (else itself).

    Everything here happens inside one *block*, the first two letters of a folded surname (see
    ``name_block``): names of other blocks never change the result, which is what lets
    ``FoldedNames.refold`` fold again only the blocks a new file touched.
    """
    persons = [n for n in counts if person(n)]
    number = {name: i for i, name in enumerate(persons)}
    people = DisjointSets(len(persons))

    # Whether two names fold depends only on their folded surnames and first names, so names are
    # grouped by (surname, first name) and the groups compared, not every pair of names: ten
    # thousand articles name 87,000 people, and their pairs cost seconds in Python.
    groups_by_surname: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for name in persons:
        words = name.split()
        groups_by_surname[folded(words[-1])][first_name_key(folded(words[0]).rstrip("."))].append(name)
    for by_first in groups_by_surname.values():
        for same in by_first.values():  # the same surname and first name: one person
            for other in same[1:]:
                people.union(number[other], number[same[0]])
    # Block by the first two letters of the folded surname: spelling variants share them.
    blocks: dict[str, list[str]] = defaultdict(list)
    for surname in groups_by_surname:
        blocks[surname[:2]].append(surname)
    prefixes = _ShortPrefixes()
    for surnames in blocks.values():
        for left, right in _matching_surname_pairs(surnames):
            by_first_a, by_first_b = groups_by_surname[left], groups_by_surname[right]
            for first_a, first_b in _compatible_first_names(by_first_a, by_first_b, prefixes):
                people.union(number[by_first_a[first_a][0]], number[by_first_b[first_b][0]])
    groups: dict[int, list[str]] = defaultdict(list)
    for name in persons:
        groups[people.find(number[name])].append(name)
    mapping = {n: n for n in counts}
    surname_groups: dict[str, set[str]] = defaultdict(set)
    for members in groups.values():
        # Of two spellings as long and as frequent, the one whose first name is the key's romanisation
        # ("Volodymyr", not the German "Wolodymyr").
        best = max(members, key=lambda n: (len(n), counts[n], _romanised_as_keyed(n, folded), n))
        for member in members:
            mapping[member] = best
            surname_groups[folded(member.split()[-1])[:2]].add(best)
    _fold_lone_surnames(mapping, counts, surname_groups, folded)
    return mapping


# Below this many surnames in a block (or lone surnames times full names), pairs are scored one by one: one
# file's blocks hold a name or two, and a rapidfuzz matrix call with numpy's triangle and non-zero scan costs
# tens of microseconds whatever its size (folding a file's names took 0.46 ms per article, now 0.18).
_SCORED_ONE_BY_ONE = 16


def _matching_surname_pairs(surnames: list[str]) -> Iterable[tuple[str, str]]:
    """(left, right) for each surname with itself and each later one it matches (``_folded_surnames_match``).

    ``surnames`` are distinct and share their first two letters (a block).  A matrix of scores with a
    cut-off of 85 is non-zero on the diagonal and where ``fuzz.ratio`` reaches 85, which the match asks for.
    """
    if len(surnames) < _SCORED_ONE_BY_ONE:
        for i, left in enumerate(surnames):
            yield left, left
            for right in surnames[i + 1 :]:
                if _folded_surnames_match(left, right):
                    yield left, right
        return
    # All surname pairs of the block scored in one rapidfuzz call, on their keys as the match scores
    # them; only close ones are looked at.
    keys = [surname_key(surname) for surname in surnames]
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=85, dtype=np.uint8)
    for i, j in zip(*np.nonzero(np.triu(scores)), strict=True):
        left, right = surnames[int(i)], surnames[int(j)]
        if i == j or _folded_surnames_match(left, right):
            yield left, right


class FoldTable(dict[str, str]):
    """``fold`` of each text asked for, computed once per table: ``table(text)``."""

    def __missing__(self, text: str) -> str:
        value = self[text] = fold.__wrapped__(text)
        return value

    __call__ = dict.__getitem__


class PersonTable(dict[str, bool]):
    """``looks_like_person`` of each name asked for, computed once per table: ``table(name)``."""

    def __missing__(self, name: str) -> bool:
        value = self[name] = looks_like_person.__wrapped__(name)
        return value

    __call__ = dict.__getitem__


class _ShortPrefixes(dict[str, tuple[str, ...]]):
    """The proper prefixes of a folded first name that may stand for it: its initial, and those of 3+ letters."""

    def __missing__(self, name: str) -> tuple[str, ...]:
        value = self[name] = ((name[:1],) if len(name) > 1 else ()) + tuple(name[:end] for end in range(3, len(name)))
        return value


def _compatible_first_names(
    left: dict[str, list[str]], right: dict[str, list[str]], prefixes: _ShortPrefixes
) -> Iterable[tuple[str, str]]:
    """The pairs (a of ``left``, b of ``right``) of folded first names that ``_first_names_compatible`` accepts.

    Compatible names are equal, or the shorter is a prefix of the longer of one letter ("K.") or
    at least three ("Kyr."): so each name need only look up its own such prefixes on the other
    side, not meet every name there.  A surname common in the corpus ("Kim") has hundreds of
    first names, whose pairs cost seconds.
    """
    for first_a in left:
        if first_a in right:
            yield first_a, first_a
        for prefix in prefixes[first_a]:
            if prefix in right:
                yield first_a, prefix
    for first_b in right:
        for prefix in prefixes[first_b]:
            if prefix in left:
                yield prefix, first_b


def _fold_lone_surnames(
    mapping: dict[str, str], counts: Counter[str], surname_groups: dict[str, set[str]], folded: Callable[[str], str] = fold
) -> None:
    """Map a lone surname ("Budanov") to the one full name whose surname matches it, if only one does.

    Scored block by block (surnames sharing their first two folded letters) with one rapidfuzz call:
    comparing each lone surname with each full name in Python was quadratic at corpus scale.
    """
    lone_by_block: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        if " " not in name and could_be_surname(name):
            lone_by_block[folded(name)[:2]].append(name)
    for block, lone in lone_by_block.items():
        fulls = list(surname_groups.get(block, ()))
        if not fulls:
            continue
        # Compared by their keys, as ``_folded_surnames_match`` compares them ("Zelenski", "Zelenskyy").
        lone_folded = [surname_key(folded(name)) for name in lone]
        full_folded = [surname_key(folded(full.split()[-1])) for full in fulls]
        if len(lone) * len(fulls) < _SCORED_ONE_BY_ONE:  # the test below, pair by pair
            for name, surname in zip(lone, lone_folded, strict=True):
                found = [full for full, other in zip(fulls, full_folded, strict=True) if surname == other or (
                    min(len(surname), len(other)) >= 5 and other[:2] == block and fuzz.ratio(surname, other) >= 85)]
                if len(found) == 1:
                    mapping[name] = found[0]
            continue
        scores = process.cdist(lone_folded, full_folded, scorer=fuzz.ratio, score_cutoff=85, dtype=np.float64)
        lone_lengths = np.fromiter(map(len, lone_folded), dtype=np.int64, count=len(lone))
        full_lengths = np.fromiter(map(len, full_folded), dtype=np.int64, count=len(fulls))
        same_start = np.fromiter((surname[:2] == block for surname in full_folded), dtype=bool, count=len(fulls))
        # as _surnames_match: equal, or both at least 5 letters, the first two alike, and ratio >= 85
        matches = (scores >= 85) & (np.minimum(lone_lengths[:, None], full_lengths[None, :]) >= 5) & same_start
        full_index = {surname: [] for surname in full_folded}
        for j, surname in enumerate(full_folded):
            full_index[surname].append(j)
        for i, name in enumerate(lone):
            for j in full_index.get(lone_folded[i], ()):
                matches[i, j] = True
        for i in np.flatnonzero(matches.sum(axis=1) == 1).tolist():
            mapping[lone[i]] = fulls[int(np.flatnonzero(matches[i])[0])]


# Words that only join a list of places or bodies: "officials from South Korea, Ukraine, and the US".
_ORDER_FREE = frozenset({"the", "and", "&", "of", "from", "in", "at", "for", "with", "or"})
_NAME_WORDS = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=16384)  # asked for every claimant of every ingested file; a claimant recurs across files
def word_order_key(name: str) -> tuple[str, ...]:
    """The name's words, folded and sorted, without list glue: equal keys name the same sources."""
    return word_order_key_of_folded(fold(name))


def word_order_key_of_folded(folded_name: str) -> tuple[str, ...]:
    words = [w for w in _NAME_WORDS.findall(folded_name.replace(".", "")) if w not in _ORDER_FREE]
    if len(words) >= 2:
        # "South Korea's Joint Chiefs of Staff" is "the South Korean Joint Chiefs of Staff".  Not a lone
        # word: one-word names fold by case only ("Russian" is no claimant "Russia"; see claimant_refold).
        words = [country_stem(w) for w in words]
    return tuple(sorted(words))


def fold_word_order(mapping: dict[str, str], counts: Counter[str], folded: FoldTable | None = None) -> None:
    """Map names that differ only in word order (or list glue) to one spelling, the commonest.

    "officials from South Korea, Ukraine, and the US" and "Officials in the US, Ukraine, and South Korea"
    are one claimant.  A single word can differ only in case ("Experts" opening a sentence, "experts" in
    one): the same claimant too, and on a tie the lower-case spelling, the word as it runs in a sentence.
    """
    by_key: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in {canonical for canonical in mapping.values()}:
        # With a table (corpus scale), each name once through it: ``word_order_key``'s cache would only evict.
        key = word_order_key(name) if folded is None else word_order_key_of_folded(folded(name))
        if key:
            by_key[key].append(name)
    # Each name has one key, so the groups are disjoint: who maps to what is looked up once, not per group.
    originals: dict[str, list[str]] = defaultdict(list)
    for original, canonical in mapping.items():
        originals[canonical].append(original)
    for names in by_key.values():
        if len(names) < 2:
            continue
        weight = Counter({name: sum(counts[o] for o in originals[name]) for name in names})
        chosen = min(names, key=lambda n: (-weight[n], not n[:1].islower(), n))  # the commonest; ties lower-case, then by text
        for name in names:
            for original in originals[name]:
                mapping[original] = chosen


def canonicalise_claimants(
    claims: list[Claim],
    fold_names: Callable[[Iterable[str]], dict[str, str]] | None = None,
    *,
    in_nominative: bool = True,
) -> dict[str, str]:
    """Rewrite ``claimant`` (and ``via``) of every claim to the canonical spelling among ``claims``.

    Folding starts from each claim's ``claimant_in_file`` where it has one, not from the
    name an earlier fold chose: the result depends on the claims given and nothing else.
    (Claims of a database written before that field existed start from their stored name.)
    ``fold_names`` maps every name written (once per claim) to its canonical spelling: the full
    fold (``canonical_names``), or ``claimant_refold``'s, which gives the same mapping from an
    earlier fold.  Without ``in_nominative``, Russian and Ukrainian names keep the case they are
    written in: a fold of one file's claims, which the corpus fold (always in the nominative)
    starts from, can leave the dictionaries unloaded in the ingest workers.
    """
    if fold_names is None:
        fold_names = canonical_names if in_nominative else lambda names: fold_counted_names(Counter(names))
    for claim in claims:
        if claim.claimant_in_file is not None:
            claim.claimant = claim.claimant_in_file
    mapping = fold_names(c.claimant for c in claims if c.claimant)
    # A corpus's relays are a few hundred chains over a hundred thousand claims: each is folded once.
    vias: dict[str, str] = {}
    for claim in claims:
        if claim.claimant:
            claim.claimant = mapping.get(claim.claimant, claim.claimant)
        if via := claim.via:
            folded = vias.get(via)
            if folded is None:
                folded = vias[via] = folded_via(via, in_nominative=in_nominative)
            claim.via = folded
    return mapping


# The hands a claim passed through, nearest first ("officials via Yonhap"; see ``briefed_sources``).
VIA_LINK = " via "


def folded_via(via: str, *, in_nominative: bool = True) -> str:
    """Each hand of a relay chain put into the nominative and under its alias list's name, one by one:
    "관계자 via 연합뉴스" reads "관계자 via Yonhap".

    The relay is folded again from its last name (a claim keeps no "via in file"): both steps are
    idempotent, so folding twice gives what folding once does.
    """
    return VIA_LINK.join(_folded_relay(link, in_nominative) for link in via.split(VIA_LINK))


def _folded_relay(name: str, in_nominative: bool) -> str:
    return aliased(nominative(name)) if in_nominative and may_decline(name) else aliased(name)
