"""Pages nested deeper than the HTML parser reads: their text must be read, not reported missing.

libxml2 stops at 256 open elements; a forum template that never closes its ``<font>``, or an editor
that wraps every paste in another ``<div>``, gets there.  Before the fix such a page was rejected
with "no article text found" although all of its text was there.
"""

from __future__ import annotations

import pytest
from normalise_samples import PROSE_1, PROSE_2, PROSE_3, body_texts, normalise_page, only_article

from store.normalise.deep_nesting import KEEP_DEPTH, estimated_depth, flattened_deep_nesting

_HEAD = "<html><head><title>North Korean units reach the Kursk front</title></head><body>"


def _nested_divs(depth: int) -> str:
    return _HEAD + "<div class='wrap'>" * depth + f"<p>{PROSE_1}</p><p>{PROSE_2}</p>" + "</div>" * depth + f"<p>{PROSE_3}</p></body></html>"


def _post(number: int) -> str:
    return f"Reply {number}: {(PROSE_1, PROSE_2, PROSE_3)[number % 3]}"


def _unclosed_fonts(count: int) -> str:
    # One <font> per post, never closed: each post's paragraph sits one level deeper than the last.
    return _HEAD + "".join(f"<font size=2><p>{_post(number)}" for number in range(count)) + "</body></html>"


@pytest.mark.parametrize("depth", [300, 1_000, 5_000])
def test_a_page_wrapped_in_hundreds_of_divs_keeps_its_paragraphs_in_order(depth: int) -> None:
    article = only_article(normalise_page(_nested_divs(depth)))
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert article.title == "North Korean units reach the Kursk front"


def test_a_forum_page_of_unclosed_font_tags_keeps_every_post() -> None:
    article = only_article(normalise_page(_unclosed_fonts(900)))
    # Every post's paragraph is read, the last ones (deepest) too, each as its own passage, in order.
    assert body_texts(article) == [_post(number) for number in range(900)]


def test_the_flattening_is_on_record_for_the_audit() -> None:
    result = normalise_page(_nested_divs(400))
    assert "markup-nesting-flattened" in result.repairs


def test_pages_of_ordinary_depth_are_left_byte_for_byte() -> None:
    page = _nested_divs(150)
    assert flattened_deep_nesting(page) == (page, [])
    assert "markup-nesting-flattened" not in normalise_page(page).repairs


def test_paragraphs_and_headings_survive_when_their_wrappers_go() -> None:
    page = _HEAD + "<div>" * 400 + "<h2>Losses</h2><p>one</p><p>two</p>" + "</div>" * 400 + "</body></html>"
    flattened, repairs = flattened_deep_nesting(page)
    assert repairs == ["markup-nesting-flattened"]
    assert "<h2>Losses</h2><p>one</p><p>two</p>" in flattened
    assert flattened.count("<div>") == flattened.count("</div>") == KEEP_DEPTH - 2  # <html> and <body> count too
    assert estimated_depth(flattened) < 256


def test_tags_inside_scripts_and_comments_do_not_count_as_nesting() -> None:
    page = _HEAD + "<script>" + "<div>" * 500 + "</script><!--" + "<span>" * 500 + f"--><p>{PROSE_1}</p></body></html>"
    assert estimated_depth(page) < 10
    assert flattened_deep_nesting(page) == (page, [])
