"""Last round 24, layouts: a headline whose first letter a decoding repair lost, a writer's name and the date on
one line under a plain title, and a section's one-word label over a headline that has a byline under it."""

from __future__ import annotations

import pytest
from normalise_samples import PROSE_1, PROSE_2, PROSE_3, body_texts, normalise_named, only_article

_BODY = f"{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n"


# --- a title line that opens with the hole of a lost capital -----------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "\ufffdorth Korean troops reach the Kursk front\n\n",
        "\ufffdyongyang's soldiers dig in near Sudzha\n\nBy Jane Kim\nNovember 5, 2024\n\n",
    ],
)
def test_a_first_line_opening_with_a_replacement_character_is_the_title_not_a_passage(head: str) -> None:
    article = only_article(normalise_named(head + _BODY, "story.txt"))
    headline = head.split("\n", 1)[0]
    assert article.title == headline
    assert not article.title_derived
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]


# --- "Jane Kim, 5 November 2024" under the title: the writer and the date --------------------------


@pytest.mark.parametrize("writer", ["Jane Kim", "Kim Min-ji", "Petra J. Hollis"])
def test_a_writers_name_and_a_date_under_a_title_give_the_author_not_a_dateline_place(writer: str) -> None:
    text = f"North Korean troops reach the Kursk front\n\n{writer}, 5 November 2024\n\n" + _BODY
    article = only_article(normalise_named(text, "story.txt"))
    assert article.author == writer
    assert article.published == "2024-11-05"
    assert article.dateline is None
    assert article.outlet != writer
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    # A place of two words in the same slot stays the place the story was filed from.
    placed = only_article(normalise_named(text.replace(writer, "Hong Kong"), "story.txt"))
    assert (placed.dateline, placed.author, placed.published) == ("Hong Kong", None, "2024-11-05")


# --- a one-word kicker over a headline with a byline under it --------------------------------------


@pytest.mark.parametrize("kicker", ["Senate", "Sanctions", "Pentagon"])
def test_a_one_word_kicker_over_a_bylined_headline_leaves_the_headline_the_title(kicker: str) -> None:
    headline = "Senators press Pentagon on North Korean troops in Kursk"
    result = normalise_named(f"{kicker}\n\n{headline}\n\nBy Jane Kim\nNovember 5, 2024\n\n" + _BODY, "story.txt")
    article = only_article(result)
    assert article.title == headline
    assert not article.title_derived
    assert article.author == "Jane Kim"
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert [(r.reason, r.text) for r in result.removed if r.text == kicker] == [("section-label", kicker)]


def test_a_one_word_kicker_set_in_one_block_with_the_headline_and_its_byline_leaves_the_headline_the_title() -> None:
    headline = "Senators press Pentagon on North Korean troops in Kursk"
    result = normalise_named(f"Senate\n{headline}\nBy Jane Kim\n\n" + _BODY, "story.txt")
    article = only_article(result)
    assert (article.title, article.title_derived, article.author) == (headline, False, "Jane Kim")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert [(r.reason, r.text) for r in result.removed if r.text == "Senate"] == [("section-label", "Senate")]
