"""Titles: a greeting is no derived title, and a board's "Thread:" label is no part of a thread's title."""

from __future__ import annotations

from normalise_samples import LONG_1, LONG_2, normalise_text

from store.normalise.derived_titles import derive_title


def test_a_greeting_gives_way_to_the_sentence_after_it() -> None:
    assert derive_title("Good evening. We begin tonight in Ukraine, where North Korean troops now fight.") == (
        "We begin tonight in Ukraine, where North Korean troops now fight"
    )
    assert derive_title("Hi all. Is the 12,000 figure credible?") == "Is the 12,000 figure credible"


def test_a_short_first_sentence_alone_or_of_three_words_stays() -> None:
    assert derive_title("Hi.") == "Hi"
    assert derive_title("Kyiv counts 11,000. Seoul says 10,000.") == "Kyiv counts 11,000"


def test_a_thread_label_is_not_part_of_the_title() -> None:
    article = normalise_text(f"Thread: Are the 12,000 figures credible?\n\n{LONG_1}\n\n{LONG_2}\n").articles[0]
    assert article.title == "Are the 12,000 figures credible?"
    kept = normalise_text(f"Threads of evidence: the 12,000 figure\n\n{LONG_1}\n\n{LONG_2}\n").articles[0]
    assert kept.title == "Threads of evidence: the 12,000 figure"
