"""Matching a line against an ordered list of whole-line rules (``furniture.toml``).

The first rule, in file order, whose pattern matches the whole line wins,
among the rules whose word limit the line keeps within.  Rules are matched
case-insensitively, in runs of consecutive rules sharing a word limit.

Past ``LOWERED_AFTER`` lines in a process (a bulk ingest) the matcher switches
to a faster form that finds the same rule: one alternation per word-count
tier (every rule allowing that many words, in file order), without named
groups, matched case-sensitively against the lowercased line where that is
provably the same (see ``lowered``).  When it matches, the rules of the tier
are tried one by one to name the winner, which is rare enough to cost nothing.
A few files never repay checking and compiling those patterns.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from store.normalise.lowered import is_lowercase_pattern, lowered

LOWERED_AFTER = 3000  # lines tested before the lowercase patterns repay their checking and compiling


@dataclass(frozen=True, slots=True)
class Rule:
    reason: str
    action: str  # line | end-of-item | to-end | list | masthead
    group: str  # name of the rule's group in its run's pattern
    source: str  # the rule's pattern, its outlet group (if any) renamed to ``outlet``
    outlet: str | None  # the name of the group that captures an outlet
    max_words: int


@dataclass(frozen=True, slots=True)
class _Run:
    max_words: int
    pattern: re.Pattern[str]  # the run's rules as one case-insensitive alternation of named groups
    rules: tuple[Rule, ...]


class _Tier:
    __slots__ = ("pattern", "rules", "_singles")

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self.pattern = re.compile("|".join(f"(?:{rule.source})" for rule in rules))
        self._singles: dict[int, re.Pattern[str]] = {}

    def winner(self, low: str) -> tuple[Rule, re.Match[str]]:
        """The first rule matching ``low`` (one does: the tier's alternation matched)."""
        for k, rule in enumerate(self.rules):
            single = self._singles.get(k)
            if single is None:
                single = self._singles[k] = re.compile(rule.source)
            found = single.fullmatch(low)
            if found is not None:
                return rule, found
        raise AssertionError("the tier matched, so one of its rules does")


class RuleMatcher:
    def __init__(self, rules: Sequence[Rule]) -> None:
        grouped: list[list[Rule]] = []
        for rule in rules:
            if not grouped or grouped[-1][0].max_words != rule.max_words:
                grouped.append([])
            grouped[-1].append(rule)
        self._runs = tuple(
            _Run(
                run[0].max_words,
                re.compile("|".join(f"(?P<{rule.group}>{rule.source})" for rule in run), re.IGNORECASE),
                tuple(run),
            )
            for run in grouped
        )
        self._rules = tuple(rules)
        self._by_words: dict[int, tuple[_Run, ...]] = {}
        self._tested = 0
        self._limits: list[int] | None = None  # set once the lowercase form is in use
        self._tiers: dict[int, _Tier] = {}

    def match(self, text: str, n_words: int) -> tuple[Rule, str | None] | None:
        """The rule ``text`` (of ``n_words`` words) matches, and the outlet it names, if any."""
        if self._limits is None:
            self._tested += 1
            if self._tested > LOWERED_AFTER:
                ok = all(is_lowercase_pattern(rule.source) for rule in self._rules)
                self._limits = sorted({rule.max_words for rule in self._rules}) if ok else []
        if self._limits:
            low = lowered(text)
            if low is not None:
                return self._match_lowered(text, low, n_words)
        return self._match_runs(text, n_words)

    def _match_runs(self, text: str, n_words: int) -> tuple[Rule, str | None] | None:
        runs = self._by_words.get(n_words)
        if runs is None:
            runs = self._by_words[n_words] = tuple(run for run in self._runs if n_words <= run.max_words)
        for run in runs:
            found = run.pattern.fullmatch(text)
            if found is not None:
                rule = next(r for r in run.rules if found.start(r.group) >= 0)
                return rule, _outlet(text, found, rule)
        return None

    def _match_lowered(self, text: str, low: str, n_words: int) -> tuple[Rule, str | None] | None:
        limits = self._limits or []
        at = bisect.bisect_left(limits, n_words)
        if at == len(limits):
            return None
        tier = self._tiers.get(at)
        if tier is None:
            tier = self._tiers[at] = _Tier(tuple(r for r in self._rules if r.max_words >= limits[at]))
        if tier.pattern.fullmatch(low) is None:
            return None
        rule, found = tier.winner(low)
        return rule, _outlet(text, found, rule)


def _outlet(text: str, found: re.Match[str], rule: Rule) -> str | None:
    """The outlet the rule's group captured, taken from ``text`` (a lowercased match has the same spans)."""
    if rule.outlet is None:
        return None
    start, end = found.span(rule.outlet)
    return text[start:end] if end > start >= 0 else None
