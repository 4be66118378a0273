"""ASCII twins of the hottest scanning patterns, for texts on which both read alike.

The trie scans (topic terms, reporting verbs, number words, relay triggers)
open with ``\\W`` so ``re`` can skip through words in C; but in Unicode mode
every character skipped costs a look-up in the Unicode tables.  Compiled with
``re.ASCII`` the same pattern tests a small table instead: on plain ASCII text
the scans take some 10-20 % less time (measured on the 1k corpus).

On a text the twin may stand in for its pattern only where the two cannot
differ.  ``re.ASCII`` changes what ``\\w``, ``\\W``, ``\\b``, ``\\B``, ``\\d``,
``\\D``, ``\\s`` and ``\\S`` match, and case-insensitive matching.  On an
ASCII text ``\\w`` (letters, digits, "_"), ``\\d`` and ``\\b`` mean the same
in both modes; ``\\s`` does not quite: Unicode also counts the separators
``\\x1c``–``\\x1f`` as white space, so a text holding one of them takes the
Unicode pattern.  A non-ASCII character written in the pattern ("’", "€")
matches only itself in both modes, so never in an ASCII text.  Case-insensitive
patterns get no twin (Unicode folds "ſ" with "s" and the Kelvin sign with "k",
which a pattern could spell out).
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled with ``re.ASCII``: use it only on texts ``reads_alike_in_ascii`` accepts."""
    if pattern.flags & re.IGNORECASE:
        raise ValueError(f"no ASCII twin for a case-insensitive pattern: {pattern.pattern[:60]!r}")
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


def reads_alike_in_ascii(text: str) -> bool:
    """Whether an ASCII twin finds exactly what its Unicode pattern finds in ``text`` (see the module note)."""
    return text.isascii() and not ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text)


class TwinScan:
    """A pattern and its ASCII twin, compiled on first need (a large trie takes a tenth of a second to compile)."""

    __slots__ = ("_twin", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if pattern.flags & re.IGNORECASE:  # refused here, not on first use
            raise ValueError(f"no ASCII twin for a case-insensitive pattern: {pattern.pattern[:60]!r}")
        self.pattern = pattern
        self._twin: re.Pattern[str] | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, by the twin when ``text`` reads alike in ASCII."""
        if not reads_alike_in_ascii(text):
            return self.pattern.finditer(text)
        if self._twin is None:
            self._twin = ascii_twin(self.pattern)
        return self._twin.finditer(text)
