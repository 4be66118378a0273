"""The vocabulary: every distinct folded term, and three ways to reach it.

- exact: a hash table (sorted hashes, binary search) from a term to its id;
- stem siblings: terms sharing a light stem ("casualty" / "casualties");
- typos: a symmetric-delete table, so a misspelt query word finds the terms
  within one edit (and some within two) by a handful of binary searches
  instead of an edit-distance scan over the whole vocabulary; the rest of the
  two-edit neighbours of a long word ("zelenksy" for "zelenskyy": a swap and
  a missing letter) are looked for among the terms sharing its first letters;
- prefixes: terms in byte order, for words still being typed.

All of it is numpy arrays, so it saves and loads with the rest of the index
without building any Python object per term.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import OSA

from store.search.hashing import (
    deletion_hashes,
    deletion_table,
    hash_terms,
    head_hashes,
    string_hash,
)
from store.search.strings import StringColumn
from store.search.terms import UNSPACED_RANGES, stem

# Terms outside these lengths get no typo entries: shorter ones have too many
# neighbours to be useful, longer ones are rare enough to be typed whole.
_FUZZY_MIN_LENGTH = 3
_FUZZY_MAX_LENGTH = 24
_PREFIX_SCAN_LIMIT = 5_000
# A second typo is looked for only among terms that share the word's first letters (people
# rarely mistype the start of a word): two of them, or three or four when fewer still leave
# too many terms to compare, and not at all when four do.  That bounds the cost of a search
# word to about a millisecond at ten thousand articles.
_BAND_PREFIXES = (2, 3, 4)
_BAND_LIMIT = 600
_COMPOUND_SCAN_LIMIT = 2_000  # occurrences of a word inside longer terms looked at
_INFLECTION_BYTES = 3  # what may follow a compound's head: "-en", "-s", "-es"


@dataclass(slots=True)
class Vocabulary:
    terms: StringColumn
    df: np.ndarray  # int32: passages containing each term
    term_hash: np.ndarray  # uint64, sorted
    term_hash_ids: np.ndarray  # int32, term id of each sorted hash
    stem_of: np.ndarray  # int32: stem id of each term
    stems: StringColumn
    stem_hash: np.ndarray  # uint64, sorted
    stem_hash_ids: np.ndarray  # int32
    stem_ptr: np.ndarray  # int64 CSR: members of stem s are stem_members[stem_ptr[s]:stem_ptr[s+1]]
    stem_members: np.ndarray  # int32
    delete_hash: np.ndarray  # uint64, sorted
    delete_ids: np.ndarray  # int32
    byte_order: np.ndarray  # int32: term ids sorted by their UTF-8 bytes

    ARRAY_NAMES = (
        "df", "term_hash", "term_hash_ids", "stem_of", "stem_hash", "stem_hash_ids", "stem_ptr",
        "stem_members", "delete_hash", "delete_ids", "byte_order",
    )  # fmt: skip

    def __len__(self) -> int:
        return len(self.terms)

    # --- construction ----------------------------------------------------------

    @classmethod
    def build(cls, terms: list[str], df: np.ndarray) -> Vocabulary:
        term_ids = np.arange(len(terms), dtype=np.int32)
        hashes = hash_terms(terms)
        order = np.argsort(hashes, kind="stable")

        stem_index: dict[str, int] = {}
        stem_of = np.fromiter((stem_index.setdefault(stem(t), len(stem_index)) for t in terms), dtype=np.int32, count=len(terms))
        stem_list = list(stem_index)
        stem_hashes = hash_terms(stem_list)
        stem_order = np.argsort(stem_hashes, kind="stable")
        members = np.argsort(stem_of, kind="stable").astype(np.int32)
        stem_ptr = np.zeros(len(stem_list) + 1, dtype=np.int64)
        np.cumsum(np.bincount(stem_of, minlength=len(stem_list)), out=stem_ptr[1:])

        eligible = [i for i, t in enumerate(terms) if _FUZZY_MIN_LENGTH <= len(t) <= _FUZZY_MAX_LENGTH and t.isalpha()]
        delete_hash, delete_ids = deletion_table([terms[i] for i in eligible], np.asarray(eligible, dtype=np.int32))
        delete_order = np.argsort(delete_hash, kind="stable")

        byte_order = np.asarray(sorted(range(len(terms)), key=lambda i: terms[i].encode("utf-8")), dtype=np.int32)
        return cls(
            terms=StringColumn(terms),
            df=np.asarray(df, dtype=np.int32),
            term_hash=hashes[order],
            term_hash_ids=term_ids[order],
            stem_of=stem_of,
            stems=StringColumn(stem_list),
            stem_hash=stem_hashes[stem_order],
            stem_hash_ids=stem_order.astype(np.int32),
            stem_ptr=stem_ptr,
            stem_members=members,
            delete_hash=delete_hash[delete_order],
            delete_ids=delete_ids[delete_order],
            byte_order=byte_order,
        )

    def subset(self, old_ids: np.ndarray, terms: list[str], stems: list[str], df: np.ndarray) -> Vocabulary:
        """``build(terms, df)`` where ``terms`` are some of this vocabulary's (term i is its term
        ``old_ids[i]``; ``stems``: all its stems, decoded), reusing what was worked out per term
        (stems, hashes, byte order) instead of working it out again.  Same arrays (tests check)."""
        old_ids = np.asarray(old_ids, dtype=np.int64)
        hash_of = np.empty(len(self.term_hash), dtype=np.uint64)
        hash_of[self.term_hash_ids] = self.term_hash
        hashes = hash_of[old_ids]
        order = np.argsort(hashes, kind="stable")

        old_stem = np.asarray(self.stem_of)[old_ids]
        # Stems are numbered in order of their first term, as ``build`` numbers them.
        kept_stems, first = np.unique(old_stem, return_index=True)
        kept_stems = kept_stems[np.argsort(first, kind="stable")]
        stem_number = np.empty(len(self.stem_ptr) - 1, dtype=np.int64)
        stem_number[kept_stems] = np.arange(len(kept_stems))
        stem_of = stem_number[old_stem].astype(np.int32)
        stem_hash_of = np.empty(len(self.stem_hash), dtype=np.uint64)
        stem_hash_of[self.stem_hash_ids] = self.stem_hash
        stem_hashes = stem_hash_of[kept_stems]
        stem_order = np.argsort(stem_hashes, kind="stable")
        members = np.argsort(stem_of, kind="stable").astype(np.int32)
        stem_ptr = np.zeros(len(kept_stems) + 1, dtype=np.int64)
        np.cumsum(np.bincount(stem_of, minlength=len(kept_stems)), out=stem_ptr[1:])

        eligible = [i for i, t in enumerate(terms) if _FUZZY_MIN_LENGTH <= len(t) <= _FUZZY_MAX_LENGTH and t.isalpha()]
        delete_hash, delete_ids = deletion_table([terms[i] for i in eligible], np.asarray(eligible, dtype=np.int32))
        delete_order = np.argsort(delete_hash, kind="stable")

        new_id = np.full(len(self.terms), -1, dtype=np.int64)
        new_id[old_ids] = np.arange(len(old_ids))
        byte_order = new_id[np.asarray(self.byte_order)]  # byte order does not depend on the numbering
        return Vocabulary(
            terms=StringColumn(terms),
            df=np.asarray(df, dtype=np.int32),
            term_hash=hashes[order],
            term_hash_ids=order.astype(np.int32),
            stem_of=stem_of,
            stems=StringColumn([stems[i] for i in kept_stems.tolist()]),
            stem_hash=stem_hashes[stem_order],
            stem_hash_ids=stem_order.astype(np.int32),
            stem_ptr=stem_ptr,
            stem_members=members,
            delete_hash=delete_hash[delete_order],
            delete_ids=delete_ids[delete_order],
            byte_order=byte_order[byte_order >= 0].astype(np.int32),
        )

    def to_arrays(self) -> dict[str, np.ndarray]:
        arrays = {name: getattr(self, name) for name in self.ARRAY_NAMES}
        arrays["terms_blob"], arrays["terms_offsets"] = self.terms.to_arrays()
        arrays["stems_blob"], arrays["stems_offsets"] = self.stems.to_arrays()
        return arrays

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> Vocabulary:
        return cls(
            terms=StringColumn.from_arrays(arrays["terms_blob"], arrays["terms_offsets"]),
            stems=StringColumn.from_arrays(arrays["stems_blob"], arrays["stems_offsets"]),
            **{name: arrays[name] for name in cls.ARRAY_NAMES},
        )

    # --- lookups ---------------------------------------------------------------

    def lookup(self, term: str) -> int | None:
        found = _hash_matches(self.term_hash, self.term_hash_ids, string_hash(term))
        for term_id in found:
            if self.terms[int(term_id)] == term:
                return int(term_id)
        return None

    def lookup_many(self, terms: list[str]) -> list[int | None]:
        """``lookup`` of each term, with two binary searches in all instead of two per term."""
        if not terms:
            return []
        return self._lookup_hashed(terms, [string_hash(term) for term in terms])

    def lookup_cuts(self, word: str, shortest: int = 1) -> list[tuple[int, int, int]]:
        """Each cut of ``word`` (up to 64 characters) into a head and a tail both terms, at least
        ``shortest`` letters each: (where it cuts, head id, tail id).  The heads are hashed at once,
        and only the tails of heads that are terms are hashed at all."""
        cuts = range(shortest, len(word) - shortest + 1)
        if len(cuts) == 0 or len(word) > 64:
            return []
        hashes = head_hashes(word)[cuts.start - 1 : cuts.stop - 1]
        starts = np.searchsorted(self.term_hash, hashes, side="left").tolist()
        ends = np.searchsorted(self.term_hash, hashes, side="right").tolist()
        # Most heads are no term: their hash is in no slot, and their text need not be compared.
        maybe = [(i, start, end) for i, start, end in zip(cuts, starts, ends, strict=True) if start < end]
        with_head = [
            (i, head)
            for i, start, end in maybe
            if (head := next((int(t) for t in self.term_hash_ids[start:end].tolist() if self.terms[int(t)] == word[:i]), None))
            is not None
        ]
        if not with_head:
            return []
        tails = self.lookup_many([word[i:] for i, _ in with_head])
        return [(i, head, tail) for (i, head), tail in zip(with_head, tails, strict=True) if tail is not None]

    def _lookup_hashed(self, terms: list[str], hashes: list[int] | np.ndarray) -> list[int | None]:
        keys = np.asarray(hashes, dtype=np.uint64)
        starts = np.searchsorted(self.term_hash, keys, side="left").tolist()
        ends = np.searchsorted(self.term_hash, keys, side="right").tolist()
        found: list[int | None] = []
        for term, start, end in zip(terms, starts, ends, strict=True):
            if start == end:
                found.append(None)
                continue
            ids = [int(t) for t in self.term_hash_ids[start:end].tolist() if self.terms[int(t)] == term]
            found.append(ids[0] if ids else None)
        return found

    def stem_siblings(self, term: str) -> list[int]:
        """Ids of every vocabulary term whose stem equals this term's stem."""
        wanted = stem(term)
        for stem_id in _hash_matches(self.stem_hash, self.stem_hash_ids, string_hash(wanted)):
            stem_id = int(stem_id)
            if self.stems[stem_id] == wanted:
                return self.stem_members[self.stem_ptr[stem_id] : self.stem_ptr[stem_id + 1]].tolist()
        return []

    def near(self, term: str, max_edits: int) -> list[tuple[int, int]]:
        """(term id, edits) of terms 1..max_edits edits away (adjacent swaps count as one)."""
        if max_edits <= 0:
            return []
        candidates: set[int] = set()
        # Only terms of _FUZZY_MAX_LENGTH letters or fewer have deletion entries, so a longer word
        # (a pasted run of letters) has no neighbour there; hashing its deletions would cost
        # time growing with the square of its length (a second for 2,000 letters).
        if len(self.delete_hash) and len(term) <= _FUZZY_MAX_LENGTH + max_edits:
            keys = np.asarray(deletion_hashes(term), dtype=np.uint64)
            starts = np.searchsorted(self.delete_hash, keys, side="left")
            ends = np.searchsorted(self.delete_hash, keys, side="right")
            for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
                if end > start:
                    candidates.update(self.delete_ids[start:end].tolist())
        if max_edits >= 2 and self.lookup(term) is None:  # a word the corpus has is no typo
            candidates.update(self._first_letters_band(term))
        found = []
        for term_id in candidates:
            edits = OSA.distance(term, self.terms[term_id], score_cutoff=max_edits)
            if 0 < edits <= max_edits:
                found.append((term_id, edits))
        return found

    def _first_letters_band(self, term: str) -> list[int]:
        """Ids of the terms of about the same length that share the first letters of ``term``."""
        order = self.byte_order
        encoded = term.encode("utf-8")
        for size in _BAND_PREFIXES:
            prefix = encoded[:size]
            if len(prefix) < size:
                return []
            key = lambda i: bytes(self.terms.raw(order.item(i))[:size])  # noqa: E731 - a bisect key
            start = bisect_left(range(len(order)), prefix, key=key)
            end = bisect_right(range(len(order)), prefix, lo=start, key=key)
            if end - start <= _BAND_LIMIT:
                ids = order[start:end]
                # Two edits change the length by two letters at most; in UTF-8 bytes, by up to
                # eight, though two letters of two bytes (Latin with accents, Cyrillic) is the
                # most that names and words of this subject need.
                slack = 4 if encoded.isascii() else 8
                return ids[np.abs(self.terms.byte_lengths(ids) - len(encoded)) <= slack].tolist()
        return []

    def unspaced_pairs_by_character(self) -> dict[str, np.ndarray]:
        """Each kanji, kana or hanzi: the ids of the two-character terms (the index's pairs) holding it.

        Folded, such letters are three bytes of UTF-8 led by 0xE3 to 0xE9, so their terms are one
        stretch of the byte order, two bisections away, and a pair is six bytes; the pairs are then
        decoded as one string and grouped by character with numpy (a Japanese corpus has hundreds of
        thousands of pairs: a loop over them would hold up the first one-character search).
        """
        order = self.byte_order
        lead = lambda i: bytes(self.terms.raw(order.item(i))[:1])  # a bisect key
        start = bisect_left(range(len(order)), b"\xe3", key=lead)
        end = bisect_left(range(len(order)), b"\xea", lo=start, key=lead)
        ids = order[start:end]
        ids = ids[self.terms.byte_lengths(ids) == 6]
        if len(ids) == 0:
            return {}
        letters = np.frombuffer(self.terms.joined(ids).encode("utf-32-le"), dtype=np.uint32).reshape(-1, 2)
        unspaced = np.zeros(letters.shape, dtype=bool)
        for low, high in UNSPACED_RANGES:
            unspaced |= (letters >= low) & (letters <= high)
        pairs = unspaced.all(axis=1)
        ids, letters = ids[pairs], letters[pairs]
        twice = letters[:, 1] != letters[:, 0]  # "人人" holds one character, once
        holders = np.concatenate([ids, ids[twice]])
        characters = np.concatenate([letters[:, 0], letters[twice, 1]])
        by_character = np.argsort(characters, kind="stable")
        characters, holders = characters[by_character], holders[by_character]
        cuts = np.flatnonzero(np.diff(characters)) + 1
        heads = np.concatenate([[0], cuts]).tolist()
        return {chr(int(characters[h])): group for h, group in zip(heads, np.split(holders, cuts), strict=True)}

    def compounds_ending_with(self, word: str, limit: int) -> list[tuple[int, int]]:
        """(term id, bytes before the word) of up to ``limit`` longer terms ending with ``word``, give or
        take an inflection of a few letters: "lieferungen" in "munitionslieferungen" (German compounds
        put their head last), most frequent first."""
        inside = [(term_id, before) for term_id, before in self.terms.holding(word, _COMPOUND_SCAN_LIMIT) if before > 0]
        if not inside:
            return []
        lengths = self.terms.byte_lengths(np.asarray([term_id for term_id, _ in inside], dtype=np.int64)).tolist()
        size = len(word.encode("utf-8"))
        found = {
            t: before for (t, before), length in zip(inside, lengths, strict=True) if length - before - size <= _INFLECTION_BYTES
        }
        return sorted(found.items(), key=lambda tb: -int(self.df[tb[0]]))[:limit]

    def with_prefix(self, prefix: str, limit: int) -> list[int]:
        """Up to ``limit`` terms that start with ``prefix`` (longer than it), most frequent first."""
        wanted = prefix.encode("utf-8")
        order = self.byte_order
        start = bisect_left(range(len(order)), wanted, key=lambda i: bytes(self.terms.raw(int(order[i]))))
        found: list[int] = []
        for position in range(start, min(len(order), start + _PREFIX_SCAN_LIMIT)):
            term_id = int(order[position])
            raw = bytes(self.terms.raw(term_id))
            if not raw.startswith(wanted):
                break
            if len(raw) > len(wanted):
                found.append(term_id)
        found.sort(key=lambda t: -int(self.df[t]))
        return found[:limit]


def _hash_matches(sorted_hashes: np.ndarray, ids: np.ndarray, key: int) -> np.ndarray:
    key_array = np.uint64(key)
    start = int(np.searchsorted(sorted_hashes, key_array, side="left"))
    end = int(np.searchsorted(sorted_hashes, key_array, side="right"))
    return ids[start:end]
