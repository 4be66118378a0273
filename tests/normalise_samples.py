"""Shared by the blind-round normaliser tests: long sentences that read as article prose, and helpers."""

from __future__ import annotations

from store.normalise import normalise_bytes

LONG_1 = "Kyiv's military intelligence says 11,000 North Korean soldiers are now in Kursk oblast, up from 8,000 last week."
LONG_2 = "Seoul's spy agency briefed lawmakers: about 10,000 troops in total, some already in combat, no casualty figure."
LONG_3 = "The Pentagon line this morning is still more than 10,000 and officials say some have engaged Ukrainian forces."


def normalise_text(text: str, suffix: str = ".txt"):  # type: ignore[no-untyped-def]
    return normalise_bytes(text.encode("utf-8"), f"input{suffix}", suffix=suffix)


def passage_texts(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in article.passages]


def removed_texts(result, reason: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The audit's removed blocks given ``reason``."""
    return [r.text for r in result.removed if r.reason == reason]


def body_texts(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in article.passages if p.kind == "body"]


def texts_by_kind(article) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """The article's passage texts, grouped by kind (body, heading, caption …) in reading order."""
    kinds: dict[str, list[str]] = {}
    for passage in article.passages:
        kinds.setdefault(passage.kind, []).append(passage.text)
    return kinds
