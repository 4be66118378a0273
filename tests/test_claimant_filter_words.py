"""`claims --claimant` matches what the analyst typed as the start of a word of the name, never inside a
word: "NIS" is not "miNIStry", "war" is not "Stewart"; "zelensk" still finds Volodymyr Zelenskyy."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.corpus import Corpus
from store.errors import StoreError
from store.ingest import ingest_paths
from store.name_filters import claims_by_claimant


def _corpus(tmp_path: Path, sentences: list[str]) -> Corpus:
    article = tmp_path / "article.txt"
    article.write_text(
        "Who says what about the deployment\n\nBy Jane Doe\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8"
    )
    db = tmp_path / "db.json"
    ingest_paths([article], db)
    return Corpus.open(db)


MINISTRY = "Russia's environmental ministry said on Monday that more than 60 birds had been sent to Pyongyang."
NIS = "South Korea's National Intelligence Service (NIS) said on Tuesday that 11,000 troops had been deployed."
ZELENSKYY = "Ukrainian President Volodymyr Zelenskyy said on Wednesday that 3,000 North Korean soldiers had been killed."
STEWART = "Rory Stewart, a former British minister, said on Thursday that 12,000 troops had been sent to Russia."


def _claimants(claims: list) -> set[str]:
    return {c.claimant for c in claims}


def test_an_acronym_is_not_found_inside_another_word(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [MINISTRY, NIS])
    found = claims_by_claimant(corpus, corpus.claims, "NIS")
    assert found, "the NIS's claim"
    assert not any("ministry" in name.casefold() for name in _claimants(found))


def test_an_acronym_absent_from_the_corpus_is_an_error_not_a_ministry(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [MINISTRY, ZELENSKYY])
    with pytest.raises(StoreError) as raised:
        claims_by_claimant(corpus, corpus.claims, "NIS")
    assert "\n" not in str(raised.value) and "NIS" in str(raised.value)


def test_a_word_start_still_matches(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [MINISTRY, ZELENSKYY, STEWART])
    assert _claimants(claims_by_claimant(corpus, corpus.claims, "zelensk")) == {"Volodymyr Zelenskyy"}
    assert _claimants(claims_by_claimant(corpus, corpus.claims, "environmental min")) == {
        "Russia's environmental ministry"
    }
    with pytest.raises(StoreError):  # "war" starts no word of any name: not "Ste-war-t"
        claims_by_claimant(corpus, corpus.claims, "war")
