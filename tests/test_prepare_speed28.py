"""The cheap test before the case-blind search for a count inside a topic term ("captured two North Korean …").

``may_hold_counted_head`` may say "maybe" too often, never "no" where the search finds a head: a "no" skips the
search.  Checked against the search itself on texts that spell the heads in every case, and in the characters
that case-blind matching reads as ASCII letters (the Kelvin sign, the long s, the dotless and dotted i).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.analysis.topics import load_topic_taxonomy, may_hold_counted_head, topics_in_text

_TAXONOMY = """
[[topic]]
id = "captives"
label = "Captives"
terms = ["captured North Korean", "killed Russian", "state-run KCNA", "interrogated Soldier"]

[[topic]]
id = "other"
label = "Other"
terms = ["shell", "artillery"]
"""


@pytest.fixture()
def taxonomy(tmp_path: Path):
    path = tmp_path / "topics.toml"
    path.write_text(_TAXONOMY, encoding="utf-8")
    return load_topic_taxonomy(path)


def test_head_words_are_the_lowercase_first_words_of_terms_that_go_on_with_a_capital(taxonomy) -> None:
    assert taxonomy.counted_head_words == ("captured", "interrogated", "killed", "state-run")


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said it had captured two North Korean soldiers in Kursk.",
        "UKRAINE CAPTURED two North Korean soldiers.",
        "The State-Run a Russian outlet said so.",
        "Drones KILLED several Russian officers.",
        "\u212ailled three Russian soldiers",  # the Kelvin sign reads as "k" to a case-blind pattern
        "\u017ftate-run a KCNA reporter",  # the long s reads as "s"
        "k\u0131lled two Russian soldiers",  # the dotless i reads as "i"
        "KİLLED two Russian soldiers",  # and so does the dotted capital I
        "Interrogated 2 Soldiers said …",
    ],
)
def test_every_text_the_search_finds_a_head_in_passes_the_cheap_test(taxonomy, text: str) -> None:
    assert taxonomy.counted_heads.search(text) is not None  # (the case this test is about)
    assert may_hold_counted_head(text, taxonomy.counted_head_words)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has sent about 11,000 troops to Russia, officials said.",
        "Shelling continued overnight in Kursk; no prisoners were reported.",
        "Сеул оценивает число погибших в 1 100 человек.",
        "The capture of two soldiers was confirmed.",  # "capture" is no "captured"
    ],
)
def test_a_text_without_any_head_fails_the_cheap_test_and_the_search_alike(taxonomy, text: str) -> None:
    assert taxonomy.counted_heads.search(text) is None
    assert not may_hold_counted_head(text, taxonomy.counted_head_words)


def test_a_head_outside_ascii_leaves_every_text_to_the_search(tmp_path: Path) -> None:
    path = tmp_path / "topics.toml"
    path.write_text('[[topic]]\nid = "t"\nlabel = "T"\nterms = ["überrannt Kursk", "captured North"]\n',
                    encoding="utf-8")
    taxonomy = load_topic_taxonomy(path)
    assert taxonomy.counted_head_words is None  # case-blind "ü" has partners lowering would not show
    assert may_hold_counted_head("nothing here", taxonomy.counted_head_words)


def test_a_count_inside_a_term_still_tags_its_topic(taxonomy) -> None:
    hits = topics_in_text("Ukraine captured two North Korean soldiers near Kursk.", taxonomy)
    assert [hit.topic for hit in hits] == ["captives"]
    assert hits[0].terms == ["captured two North Korean"]
