"""A definite description that names its own kind of body ("the country's finance ministry") is not the
ministry of another kind named before ("Russia's environmental ministry"); a bare one ("the ministry") is."""

from __future__ import annotations

from pathlib import Path

from store.ingest_pool import prepare_file


def _claimants(tmp_path: Path, paragraphs: list[str]) -> list[str | None]:
    article = tmp_path / "article.txt"
    article.write_text("Animals sent to Pyongyang\n\nBy Jane Doe\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    prepared = prepare_file(article)
    return [claim.claimant for claim in prepared.claims]


FIRST = "Russia's environmental ministry said the animals include a lioness and two bears."


def test_a_description_with_another_modifier_is_another_body(tmp_path: Path) -> None:
    claimants = _claimants(tmp_path, [
        FIRST,
        "Markets fell on Wednesday. The country's finance ministry said on Wednesday it stood ready to stabilise the markets.",
    ])
    assert len(claimants) == 2
    assert claimants[1] is not None and "finance" in claimants[1]


def test_a_bare_description_still_points_back(tmp_path: Path) -> None:
    claimants = _claimants(tmp_path, [FIRST, "The ministry said on Thursday that 60 birds had also been sent."])
    assert claimants == ["Russia's environmental ministry", "Russia's environmental ministry"]


def test_a_description_repeating_the_modifier_points_back(tmp_path: Path) -> None:
    claimants = _claimants(tmp_path, [FIRST, "The environmental ministry said on Thursday that 60 birds had also been sent."])
    assert claimants == ["Russia's environmental ministry", "Russia's environmental ministry"]
