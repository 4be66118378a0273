"""Titles like a typed query, for the palette's "Open article": typos tolerated, best first, bounded."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_compare_support import make_article  # noqa: E402

from store.corpus import Corpus  # noqa: E402


def _corpus() -> Corpus:
    titles = [
        "Pentagon says North Korean soldiers are in Kursk",
        "Kim Jong Un inspects a tank factory",
        "Seoul's spy agency counts 11,000 troops",
    ] + [f"Unrelated market report number {n}" for n in range(50)]
    return Corpus.from_records([make_article(f"a{n:03d}", ["text"], title=t) for n, t in enumerate(titles)], [])


def test_a_misspelt_title_is_found_first() -> None:
    found = _corpus().titles_like("pentagn soldiers", limit=5)
    assert found and found[0][0] == "a000"


def test_the_shortlist_is_bounded_and_ordered() -> None:
    found = _corpus().titles_like("market report", limit=7)
    assert len(found) == 7
    assert [score for _id, score in found] == sorted((score for _id, score in found), reverse=True)
    assert _corpus().titles_like("zzzz qqqq", limit=7) == []
