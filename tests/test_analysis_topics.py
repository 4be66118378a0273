"""Topics: the taxonomy file, tagging with evidence, ranking, summaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.analysis.topics import (
    load_topic_taxonomy,
    rank_article_topics,
    summarise_topics,
    tag_passages,
    topics_in_text,
)
from store.errors import StoreError
from store.models import Article, Passage, PassageKind


def article_of(*texts: str, kinds: list[PassageKind] | None = None, aid: str = "a1") -> Article:
    kinds = kinds or [PassageKind.BODY] * len(texts)
    passages = [
        Passage(id=f"{aid}-{i:03d}", article_id=aid, kind=k, text=t, order=i)
        for i, (t, k) in enumerate(zip(texts, kinds, strict=True))
    ]
    return Article(id=aid, source_file="t", source_sha256="0" * 64, ordinal=0, title="t", passages=passages)


def test_default_taxonomy_fits_the_corpus() -> None:
    taxonomy = load_topic_taxonomy()
    assert 15 <= len(taxonomy.topics) <= 25
    ids = {t.id for t in taxonomy.topics}
    assert {"artillery", "missiles", "tanks", "troops", "casualties", "drones", "china", "surrender_pows"} <= ids


def test_evidence_terms_as_written_with_inflection() -> None:
    hits = {
        h.topic: h.terms
        for h in topics_in_text(
            "Pyongyang shipped Shells and more SHELLS, plus Drones, to the front lines.", load_topic_taxonomy()
        )
    }
    assert hits["artillery"] == ["Shells"]  # the second spelling of the same term is not repeated
    assert hits["drones"] == ["Drones"]
    assert "front lines" in hits["troops"]


def test_acronyms_match_only_in_capitals() -> None:
    taxonomy = load_topic_taxonomy()
    assert "missiles" in {h.topic for h in topics_in_text("It fired an ICBM.", taxonomy)}
    assert "missiles" not in {
        h.topic for h in topics_in_text("The icbm word in lower case is not the acronym.", taxonomy)
    }


def test_whole_words_only() -> None:
    topics = {h.topic for h in topics_in_text("The tankard and the oilcloth were on the table.", load_topic_taxonomy())}
    assert "tanks" not in topics and "oil_sanctions" not in topics


def test_tagging_and_ranking() -> None:
    article = article_of(
        "North Korea sent artillery shells and ammunition to Russia.",
        "More artillery shells followed by rail.",
        "China watched closely.",
        "Getty Images",
        kinds=[PassageKind.BODY, PassageKind.BODY, PassageKind.BODY, PassageKind.CREDIT],
    )
    tag_passages(article, load_topic_taxonomy())
    assert article.passages[3].topics == []
    ranked = rank_article_topics(article)
    assert ranked[0][0] == "artillery"
    assert dict(ranked)["artillery"] > dict(ranked)["china"]
    assert all(0 < score <= 1 for _, score in ranked)


def test_summary_counts_passages_and_articles() -> None:
    first = article_of("Drones hit the convoy.", "Another drone attack.", aid="a1")
    second = article_of("A drone strike was reported.", aid="a2")
    taxonomy = load_topic_taxonomy()
    for article in (first, second):
        tag_passages(article, taxonomy)
    summary = {s.id: s for s in summarise_topics([first, second])}
    assert (summary["drones"].passage_count, summary["drones"].article_count) == (3, 2)
    assert summary["drones"].label == "Drones"


def test_user_file_replaces_the_default(tmp_path: Path) -> None:
    custom = tmp_path / "mine.toml"
    custom.write_text(
        '[[topic]]\nid = "zoo"\nlabel = "Zoo diplomacy"\nterms = ["lion", "Pyongyang Central Zoo"]\n', encoding="utf-8"
    )
    taxonomy = load_topic_taxonomy(custom)
    assert [t.id for t in taxonomy.topics] == ["zoo"]
    article = article_of("Two lions went to the Pyongyang   Central Zoo, with artillery.")
    tag_passages(article, taxonomy)
    assert [(h.topic, h.terms) for h in article.passages[0].topics] == [("zoo", ["lions", "Pyongyang   Central Zoo"])]
    assert summarise_topics([article])[0].label == "Zoo diplomacy"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('[[topic]]\nid = "x"\nterms = ["a"', "invalid TOML"),
        ("", "no [[topic]] entries"),
        ('[[topic]]\nid = "x"\nlabel = "X"', "no 'terms' list"),
        ('[[topic]]\nid = "x"\nterms = ["a"]\n[[topic]]\nid = "x"\nterms = ["b"]', "appears twice"),
    ],
)
def test_a_broken_taxonomy_is_one_clear_error(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "topics.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        load_topic_taxonomy(path)
    assert str(path) in str(caught.value) and problem in str(caught.value) and "\n" not in str(caught.value)


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not found"):
        load_topic_taxonomy(tmp_path / "missing.toml")
    with pytest.raises(StoreError, match="directory"):
        load_topic_taxonomy(tmp_path)
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(StoreError):
        load_topic_taxonomy(binary)
