"""A place spelled the Russian way finds it spelled the Ukrainian way, and back ("Kiev" / "Kyiv").

The two spellings are more than a typo apart, and an archive spanning 2022 holds both.
"""

from __future__ import annotations

import pytest

from store.search import SearchIndex
from store.search.documents import IndexDoc
from store.search.spellings import SPELLINGS, other_spellings

TEXTS = [
    "Russia struck Kyiv overnight with North Korean missiles, Ukraine's air force said.",
    "Russian forces shelled Kharkov on Monday, TASS reported.",
    "The port of Odesa was hit by drones.",
    "Kiev's mayor said the capital's air defences held.",
    "Troops moved toward Pokrovsk in the east.",
]


def _docs() -> list[IndexDoc]:
    return [
        IndexDoc(passage_id=f"p{i}", article_id=f"a{i}", title=f"Report {i}", outlet="Example Wire", text=text)
        for i, text in enumerate(TEXTS)
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_docs())


@pytest.mark.parametrize(("query", "expected"), [
    ("kiev", {"p0", "p3"}), ("kyiv", {"p0", "p3"}), ("kharkiv", {"p1"}), ("odessa", {"p2"}),
])
def test_either_spelling_finds_both(index: SearchIndex, query: str, expected: set[str]) -> None:
    hits = index.search(query, limit=10)
    assert {h.passage_id for h in hits} == expected
    for hit in hits:
        assert hit.spans, "the other spelling is highlighted where it stands"


def test_spelling_sets_are_symmetric_and_name_nothing_else() -> None:
    for spelling, others in SPELLINGS.items():
        assert spelling not in others
        for other in others:
            assert spelling in other_spellings(other)
    assert other_spellings("pokrovsk") == () and other_spellings("troops") == ()
