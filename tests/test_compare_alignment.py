"""Passage alignment: shared, reworded and one-sided passages, reading order, speed."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_compare_support import (  # noqa: E402
    PONOMARENKO,
    all_seed_paragraphs,
    friendly_fire_article,
    make_article,
    surrender_article,
)

from store.compare import (  # noqa: E402
    OVERLAP_CONTENT,
    SHARED_VERBATIM,
    AlignmentKind,
    align_articles,
)
from store.compare.text_similarity import passage_similarity  # noqa: E402


def _row_with(alignment, fragment: str):
    return [
        row
        for row in alignment.rows
        if (row.left and fragment in row.left.text) or (row.right and fragment in row.right.text)
    ]


def test_ponomarenko_paragraph_is_aligned_and_shared_between_the_two_bi_articles() -> None:
    left, right = friendly_fire_article(), surrender_article()
    alignment = align_articles(left, right)
    rows = _row_with(alignment, PONOMARENKO)
    assert len(rows) == 1, "both copies must sit on one row"
    row = rows[0]
    assert row.left is not None and row.right is not None
    assert row.kind is AlignmentKind.SHARED
    assert row.similarity >= SHARED_VERBATIM
    # The two copies differ in one clause ("He said ... could serve" vs ", with ... serving").
    assert row.similarity < 100


def test_bi_pair_keeps_reading_order_and_marks_the_rest_one_sided() -> None:
    left, right = friendly_fire_article(), surrender_article()
    alignment = align_articles(left, right)
    for side in ("left", "right"):
        orders = [getattr(r, side).order for r in alignment.rows if getattr(r, side) and r.section == "body"]
        assert orders == sorted(orders)
    counts = alignment.counts()
    assert counts["shared"] >= 2  # Ponomarenko and "North Korea has sent thousands of troops ..."
    assert counts["left-only"] > 5 and counts["right-only"] > 5
    # Every passage appears exactly once.
    left_ids = [r.left.id for r in alignment.rows if r.left]
    right_ids = [r.right.id for r in alignment.rows if r.right]
    assert sorted(left_ids) == sorted(p.id for p in left.passages if p.text.strip())
    assert sorted(right_ids) == sorted(p.id for p in right.passages if p.text.strip())


def test_every_passage_has_a_best_match_on_the_other_side() -> None:
    left, right = friendly_fire_article(), surrender_article()
    alignment = align_articles(left, right)
    ponomarenko_left = next(p for p in left.passages if PONOMARENKO in p.text)
    match = alignment.best_for_left[ponomarenko_left.id]
    assert PONOMARENKO in next(p for p in right.passages if p.id == match.passage_id).text
    assert match.linked
    assert set(alignment.best_for_right) >= {p.id for p in right.passages if p.kind == "body"}


def test_reworded_paragraph_is_overlap_not_shared() -> None:
    # Two outlets' wording of the same US estimate (seed 002).
    a = (
        "The US believes that more than 11,000 North Korean troops have deployed to Kursk in Russia, where Putin "
        "is attempting to take back territory that Ukrainian forces captured."
    )
    b = (
        "The US assesses that over 11,000 North Korean troops have deployed to Kursk, where Russia is attempting "
        "to take back territory that Ukrainian forces captured after they executed a daring cross-border invasion "
        "in early August."
    )
    unrelated = "Eight Russian soldiers were killed by North Korean forces in a recent friendly fire incident in Kursk."
    alignment = align_articles(make_article("l", [a, unrelated]), make_article("r", [b]))
    kinds = [(r.kind, r.left.text if r.left else None) for r in alignment.rows]
    assert kinds[0] == (AlignmentKind.OVERLAP, a)
    assert kinds[1] == (AlignmentKind.LEFT_ONLY, unrelated)
    assert OVERLAP_CONTENT <= alignment.rows[0].similarity


def test_short_caption_does_not_match_a_long_paragraph_containing_its_words() -> None:
    # token_set_ratio would score this 100; the content cosine must not link it.
    caption = "North Korean troops in Kursk"
    paragraph = (
        "North Korean troops have engaged in combat with Ukrainian forces in Russia's Kursk region, "
        "with media and intelligence reports suggesting they're off to a rough start against drones."
    )
    matrices = passage_similarity(caption, paragraph)
    assert matrices.content[0, 0] < OVERLAP_CONTENT
    alignment = align_articles(make_article("l", [caption]), make_article("r", [paragraph]))
    assert [r.kind for r in alignment.rows] == [AlignmentKind.LEFT_ONLY, AlignmentKind.RIGHT_ONLY]


def test_moved_paragraph_stays_one_sided_but_points_at_its_counterpart() -> None:
    paragraphs = all_seed_paragraphs()
    first, middle, last = paragraphs[5], paragraphs[9], paragraphs[14]
    left = make_article("l", [first, middle, last])
    right = make_article("r", [last, first, middle])  # "last" moved to the top
    alignment = align_articles(left, right)
    shared = [r for r in alignment.rows if r.kind is AlignmentKind.SHARED]
    assert [r.left.text for r in shared] == [first, middle]
    moved = [r for r in alignment.rows if r.moved]
    assert len(moved) == 2  # the moved paragraph, once per side
    assert {r.counterpart for r in moved} == {"l-002", "r-000"}


def test_sections_align_separately_summary_body_set_apart() -> None:
    bullet = "• North Korea has sent thousands of soldiers to help Russia in its war against Ukraine."
    body = "North Korea has sent thousands of troops to aid Russia in its fight against Ukraine, per officials."
    caption = "Korean Central News Agency/Korea News Service via AP"
    left = make_article("l", [caption, bullet, body], kinds=["credit", "bullet", "body"])
    right = make_article("r", [bullet, body, caption], kinds=["bullet", "body", "credit"])
    alignment = align_articles(left, right)
    assert [(r.section.value, r.kind.value) for r in alignment.rows] == [
        ("summary", "shared"),
        ("body", "shared"),
        ("set-apart", "shared"),
    ]


def test_swapped_mirrors_sides_and_kinds() -> None:
    left, right = friendly_fire_article(), surrender_article()
    alignment = align_articles(left, right)
    mirror = alignment.swapped()
    assert mirror.left is right and mirror.right is left
    assert mirror.counts()["left-only"] == alignment.counts()["right-only"]
    for a, b in zip(alignment.rows, mirror.rows, strict=True):
        assert a.left is b.right and a.right is b.left
        assert a.similarity == b.similarity


def test_empty_article_yields_only_one_sided_rows() -> None:
    alignment = align_articles(
        make_article("l", ["Only here, and nowhere else at all."]), make_article("r", [], title="x")
    )
    assert [r.kind for r in alignment.rows] == [AlignmentKind.LEFT_ONLY]


@pytest.mark.parametrize("size", [100])
def test_two_articles_of_a_hundred_passages_align_in_one_bulk_comparison_and_pair_what_they_share(
    size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its speed (it took under 50 ms of CPU) is the bench's to judge. What keeps it fast is checked here: every
    # passage of a section is compared with every other in one bulk call, not pair by pair.
    import store.compare.alignment as alignment_module

    paragraphs = all_seed_paragraphs()
    rng = random.Random(7)
    left_texts = rng.sample(paragraphs, size)
    # The right shares about a third of the left (some reworded by dropping a word), in order.
    right_texts = []
    for text in rng.sample(paragraphs, size):
        right_texts.append(text)
    for index in range(0, size, 3):
        words = left_texts[index].split()
        right_texts[index] = " ".join(words[:-1]) if len(words) > 8 else left_texts[index]
    left, right = make_article("l", left_texts), make_article("r", right_texts)
    real = alignment_module.similarity_matrices
    compared: list[tuple[int, int]] = []
    monkeypatch.setattr(
        alignment_module, "similarity_matrices", lambda a, b: (compared.append((len(a), len(b))), real(a, b))[1]
    )
    alignment = align_articles(left, right)
    assert compared == [(size, size)]  # all body passages, once
    left_of = {row.right.id: row.left.text for row in alignment.rows if row.left and row.right}
    for index in range(0, size, 3):  # each shared passage is paired with its text (a duplicate with either copy)
        assert left_of.get(right.passages[index].id) == left_texts[index], index
