"""Finding taxonomy terms in text, fast, with simple inflection.

Topic terms and subject cues are matched the same way: whole words,
case-insensitively, with the common English inflections of the last word
("shell" also finds "shells", "deploy" also finds "deployed" and
"deploying").  A term written in capitals ("US", "ICBM", "KN-23") is an
acronym: it matches only in capitals, so "US" never finds "us".

All forms are compiled into one regular expression shaped as a character
trie, so a passage is scanned once whatever the size of the taxonomy (a flat
alternation of a few hundred words is some 70 times slower in ``re``).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

from store.analysis.ascii_twins import TwinScan
from store.errors import StoreError

T = TypeVar("T")

_VOWELS = frozenset("aeiou")
_WORD_START = re.compile(r"\w")
# Plurals whose singular is another word: "goods" must not find "Good afternoon", nor "arms" an arm.
_PLURAL_ONLY = frozenset("goods arms remains proceeds earnings savings customs means".split())


def inflections(word: str) -> set[str]:
    """The word and its plural / verb forms; over-generation is harmless (unused forms never match)."""
    forms = {word, word + "s"}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    if len(word) > 2 and word.endswith("y") and word[-2] not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    else:
        forms |= {word + "ed", word + "ing"}
    if (
        len(word) >= 3
        and word[-1] not in _VOWELS | {"w", "x", "y"}
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
        and len(word) <= 5
    ):
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # "ship" → "shipped"
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3 and word not in _PLURAL_ONLY:
        forms.add(word[:-1])  # a term written in the plural still finds the singular
    return forms


def is_acronym(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _term_forms(term: str) -> tuple[set[str], bool]:
    term = " ".join(term.split())
    if is_acronym(term):
        return {term, term + "s"}, True
    if term.startswith("=") and len(term) > 1:
        # "=die": the word only as written, in lower case: the English verb, never the German article
        # that opens a sentence ("Die HUR spricht von 12.000 Soldaten").
        words = term[1:].split(" ")
        return {" ".join([*words[:-1], form]) for form in inflections(words[-1])}, True
    words = term.lower().split(" ")
    head, last = words[:-1], words[-1]
    if not last[-1:].isalpha():
        return {term.lower()}, False
    return {" ".join([*head, form]) for form in inflections(last)}, False


def trie_pattern(forms: Iterable[str]) -> str:
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = []
        optional = False
        for ch in sorted(node):
            if ch == "":
                optional = True
                continue
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(piece + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            body = f"(?:{body})?"
        return body

    return build(trie)


class TermMatcher(Generic[T]):
    """Finds any of many terms in a text; each match carries the payloads of its term."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        folded: dict[str, list[T]] = {}
        exact: dict[str, list[T]] = {}
        for term, payload in entries:
            if not term.strip():
                continue
            forms, case_sensitive = _term_forms(term)
            target = exact if case_sensitive else folded
            for form in forms:
                bucket = target.setdefault(form, [])
                if payload not in bucket:
                    bucket.append(payload)
        self._folded = {k: tuple(v) for k, v in folded.items()}
        self._exact = {k: tuple(v) for k, v in exact.items()}
        # Matching lower-cased text with a case-sensitive pattern is several times faster than IGNORECASE.
        trie = trie_pattern(folded) if folded else ""
        self._folded_pattern = rf"\b(?:{trie})(?![\w-])" if folded else ""
        # When every form starts with a word character, "\b" before it is "a non-word character before it".
        # Spelled as ``\W`` (run over the text behind one space) the pattern starts with a character class,
        # so ``re`` skips through each word in C instead of trying the trie at every position.
        self._folded_after_space = (
            re.compile(rf"\W(?:{trie})(?![\w-])") if folded and all(_WORD_START.match(f) for f in folded) else None
        )
        # With its ASCII twin, a plain ASCII text is scanned faster (see ``ascii_twins``).
        self._folded_scan = TwinScan(self._folded_after_space) if self._folded_after_space is not None else None
        self._folded_re = (
            re.compile(self._folded_pattern) if folded and self._folded_after_space is None else None
        )
        self._folded_any_case: re.Pattern[str] | None = None  # compiled on first need: rare texts only
        # No leading look-behind: a pattern that starts with its letters lets ``re`` skip ahead fast;
        # the left word boundary is checked on the few matches instead.
        self._exact_re = re.compile(rf"(?:{trie_pattern(exact)})(?![\w-])") if exact else None

    def finditer(self, text: str) -> Iterator[tuple[int, int, str, tuple[T, ...]]]:
        """(start, end, surface as written, payloads) for every match, leftmost-longest, in order."""
        return iter(self.find_all(text))

    def find_all(self, text: str) -> list[tuple[int, int, str, tuple[T, ...]]]:
        """``finditer`` as a list (what every caller wants; no generator frame per match)."""
        found = self._folded_hits(text) if self._folded_pattern else []
        if self._exact_re is not None:
            for m in self._exact_re.finditer(text):
                start = m.start()
                if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
                    continue
                surface = m.group()
                payloads = self._exact.get(" ".join(surface.split()))
                if payloads:
                    found.append((start, m.end(), surface, payloads))
        return found

    def _folded_hits(self, text: str) -> list[tuple[int, int, str, tuple[T, ...]]]:
        found: list[tuple[int, int, str, tuple[T, ...]]] = []
        folded = self._folded
        lowered = text.lower()
        # Some characters change length when lower-cased ("İ"); then offsets would drift.
        if len(lowered) != len(text):
            if self._folded_any_case is None:
                self._folded_any_case = re.compile(self._folded_pattern, re.IGNORECASE)
            for m in self._folded_any_case.finditer(text):
                start, end = m.span()
                payloads = folded.get(" ".join(m.group().lower().split()))
                if payloads:
                    found.append((start, end, text[start:end], payloads))
            return found
        if self._folded_scan is not None:
            for m in self._folded_scan.finditer(" " + lowered):
                start, end = m.start(), m.end() - 1  # the match starts one early, on the character before
                key = lowered[start:end]
                # The commonest match is one plain word, already a key; others are normalised first.
                payloads = folded.get(key)
                if payloads is None:
                    payloads = folded.get(" ".join(key.split()))
                if payloads:
                    found.append((start, end, text[start:end], payloads))
        elif self._folded_re is not None:
            for m in self._folded_re.finditer(lowered):
                start, end = m.span()
                key = m.group()
                payloads = folded.get(key)
                if payloads is None:
                    payloads = folded.get(" ".join(key.split()))
                if payloads:
                    found.append((start, end, text[start:end], payloads))
        return found


def taxonomy_key(source: Path) -> tuple[str, float]:
    """(absolute path, modification time): a loaded taxonomy stays valid while this key holds.

    Taxonomies are looked up once per ingested file; ``Path.resolve`` (a system
    call per path component) cost more than the look-up, so the path is made
    absolute as a string only.  Two spellings of one file just load it twice.
    """
    try:
        return os.path.abspath(source), os.stat(source).st_mtime
    except OSError:
        return str(source), -1.0


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """A TOML file as a dict, or a one-line StoreError naming the file and the problem."""
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise StoreError(f"{path}: {what} file not found") from None
    except IsADirectoryError:
        raise StoreError(f"{path}: {what} path is a directory, not a TOML file") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read {what} file ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise StoreError(f"{path}: invalid TOML in {what} file: {exc}") from None
    except UnicodeDecodeError:
        raise StoreError(f"{path}: {what} file is not UTF-8 text") from None


def string_list(entry: dict[str, Any], key: str, path: Path, where: str, *, required: bool = False) -> list[str]:
    value = entry.get(key, [])
    if required and not value:
        raise StoreError(f"{path}: {where} has no {key!r} list")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise StoreError(f"{path}: {where}: {key!r} must be a list of strings")
    return [v.strip() for v in value if v.strip()]


def identifier(entry: Any, path: Path, index: int, section: str) -> str:
    if not isinstance(entry, dict):
        raise StoreError(f"{path}: [[{section}]] entry {index + 1} is not a table")
    ident = entry.get("id")
    if not isinstance(ident, str) or not re.fullmatch(r"[A-Za-z0-9_.-]+", ident.strip()):
        raise StoreError(f"{path}: [[{section}]] entry {index + 1} needs an 'id' of letters, digits, '_', '-' or '.'")
    return ident.strip()
