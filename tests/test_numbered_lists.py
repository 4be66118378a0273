"""A numbered list keeps its numbers, and the numbers are neither sentences nor figures."""

from __future__ import annotations

import pytest

from store.analysis.number_starts import figure_starts
from store.analysis.sentences import split_sentences
from store.normalise import normalise_bytes

ARTICLE = """\
Five things to know

Seoul Ledger — 3 March 2025

North Korea has sent about 11,000 troops to Russia, officials in Seoul said on Monday in a briefing.

{items}

The spy agency said the figures were rough estimates.
"""
ITEMS = ("The first units arrived in October.", "About 3,000 more followed in January.")


@pytest.mark.parametrize(("suffix", "marks"), [(".txt", ("1.", "2.")), (".md", ("1.", "2.")), (".txt", ("1)", "2)"))])
def test_numbered_items_keep_their_numbers(suffix: str, marks: tuple[str, str]) -> None:
    items = "\n".join(f"{mark} {item}" for mark, item in zip(marks, ITEMS, strict=True))
    article = normalise_bytes(ARTICLE.format(items=items).encode(), f"list{suffix}", suffix=suffix).articles[0]
    texts = [p.text for p in article.passages]
    for mark, item in zip(marks, ITEMS, strict=True):
        assert f"{mark} {item}" in texts


def test_unnumbered_items_still_get_a_bullet() -> None:
    items = "\n".join(f"- {item}" for item in ITEMS)
    article = normalise_bytes(ARTICLE.format(items=items).encode(), "list.txt", suffix=".txt").articles[0]
    assert f"• {ITEMS[0]}" in [p.text for p in article.passages]


def test_the_number_of_an_item_is_no_sentence_of_its_own() -> None:
    text = "2. About 3,000 more followed in January. Officials confirmed it."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "2. About 3,000 more followed in January.", "Officials confirmed it."]


def test_a_number_ending_a_sentence_mid_line_still_ends_it() -> None:
    text = "The count rose to 12. Officials confirmed it."
    assert len(split_sentences(text)) == 2


def test_the_number_of_an_item_is_no_figure() -> None:
    text = "2. About 3,000 more followed in January."
    assert figure_starts(text) == [text.index("3,000")]
    assert figure_starts("12 soldiers were captured.") == [0], "a figure opening a passage is still one"
