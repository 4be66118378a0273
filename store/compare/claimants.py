"""Tell when two claimant names point at the same source.

Outlets spell and dress names differently: "Zelensky", "Zelenskyy",
"Ukrainian President Volodymyr Zelenskyy", "Mr Zelenskyy".  Counting
independent claimants and collapsing echoes both need these to be one.

Two names match when, after :func:`normalise_claimant`,
* they are equal, or nearly so (rapidfuzz ratio >= 92, for transliterations), or
* they end in the same word (a surname, or the noun of an organisation) and
  every word of the shorter name appears in the longer one, allowing for
  spelling variants — unless the shorter name is only generic words such as
  "officials" or "intelligence", which say nothing about who spoke.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from rapidfuzz import fuzz

# Honorifics carry no identity; "Mr Kim" and "Kim" are the same person.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "the"})

# Words that on their own do not identify a source.
_GENERIC = frozenset(
    """
    official officials source sources intelligence military government ministry analyst analysts
    expert experts report reports media officer officers spokesman spokesperson spokeswoman agency
    authorities authority people estimates estimate
    """.split()
)

_WHOLE_NAME_RATIO = 92
_WORD_RATIO = 85


def normalise_claimant(name: str | None) -> str:
    """Accent-free, lower-case words with possessives and honorifics removed."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['’]s\b", "", text)
    words = re.findall(r"[a-z0-9]+", text)
    return " ".join(w for w in words if w not in _HONORIFICS)


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    # Short words ("us", "uk") must match exactly; long ones may differ in spelling.
    return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= _WORD_RATIO


def claimants_match(a: str | None, b: str | None) -> bool:
    left, right = normalise_claimant(a), normalise_claimant(b)
    if not left or not right:
        return False
    if left == right or fuzz.ratio(left, right) >= _WHOLE_NAME_RATIO:
        return True
    short, long = sorted((left.split(), right.split()), key=len)
    if not _same_word(short[-1], long[-1]):
        return False
    if all(word in _GENERIC for word in short):
        return False
    return all(any(_same_word(word, other) for other in long) for word in short)


def cluster_claimants(names: Iterable[str | None]) -> dict[str, str]:
    """Map each distinct non-empty name to a cluster key shared by the names that match it.

    The key is the display name of the cluster: its longest spelling, which is
    usually the most complete ("Volodymyr Zelenskyy" rather than "Zelensky").
    """
    distinct = sorted({n for n in names if n and normalise_claimant(n)})
    parent = list(range(len(distinct)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(distinct)):
        for j in range(i + 1, len(distinct)):
            if root(i) != root(j) and claimants_match(distinct[i], distinct[j]):
                parent[root(j)] = root(i)
    members: dict[int, list[str]] = {}
    for i, name in enumerate(distinct):
        members.setdefault(root(i), []).append(name)
    keys: dict[str, str] = {}
    for group in members.values():
        display = max(group, key=lambda n: (len(normalise_claimant(n)), n))
        for name in group:
            keys[name] = display
    return keys
