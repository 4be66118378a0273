"""Shared by the blind-round normaliser tests: long sentences that read as article prose, and helpers."""

from __future__ import annotations

from pathlib import Path

from store.normalise import normalise_bytes

LONG_1 = "Kyiv's military intelligence says 11,000 North Korean soldiers are now in Kursk oblast, up from 8,000 last week."
LONG_2 = "Seoul's spy agency briefed lawmakers: about 10,000 troops in total, some already in combat, no casualty figure."
LONG_3 = "The Pentagon line this morning is still more than 10,000 and officials say some have engaged Ukrainian forces."

# A three-paragraph wire story (and two Korean sentences) that round 11's layouts wrap.
LEDE = (
    "North Korea has sent an additional 3,000 troops to Russia this year, South Korea's military said on Monday, "
    "adding to the 11,000 already deployed."
)
PARA = (
    "The Joint Chiefs of Staff said Pyongyang had also shipped about 220 artillery pieces, including 170mm "
    "self-propelled guns and 240mm multiple rocket launchers."
)
CLOSING = (
    "Officials in Seoul believe North Korea is receiving air defence systems and technology for its satellite "
    "programme in return for its support."
)
KO_LEDE = "북한이 올해 들어 러시아에 병력 3천여명을 추가로 파병한 것으로 파악됐다고 합동참모본부가 24일 밝혔다."
KO_PARA = "합참은 북한이 170㎜ 자주포와 240㎜ 방사포 등 약 220문의 포를 러시아에 보낸 것으로 분석했다."


# Three paragraphs of plain wire prose, for the layout rounds that wrap them in pages.
PROSE_1 = (
    "South Korea's intelligence service told lawmakers on Wednesday that North Korean units had moved from "
    "training grounds in the Russian Far East to the front line in Kursk."
)
PROSE_2 = (
    "The agency said the soldiers were issued Russian uniforms and identity papers describing them as "
    "residents of the Buryatia republic."
)
PROSE_3 = (
    "Analysts in Seoul said the transfer of troops was being paid for partly with oil deliveries and partly "
    "with technical help for Pyongyang's missile programme."
)


def normalise_page(text: str, name: str = "page.html"):  # type: ignore[no-untyped-def]
    """``text`` normalised as a file called ``name`` (its suffix picks the reader)."""
    return normalise_bytes(text.encode(), name, suffix=Path(name).suffix)


def all_passage_texts(result) -> list[str]:  # type: ignore[no-untyped-def]
    """Every passage of every article of a normalised file, in order."""
    return [p.text for a in result.articles for p in a.passages]


def normalise_text(text: str, suffix: str = ".txt"):  # type: ignore[no-untyped-def]
    return normalise_bytes(text.encode("utf-8"), f"input{suffix}", suffix=suffix)


def normalise_named(text: str, name: str = "input.txt"):  # type: ignore[no-untyped-def]
    """``text`` read as a file called ``name`` (its suffix decides the reader)."""
    return normalise_bytes(text.encode("utf-8"), name, suffix=Path(name).suffix)


def passage_texts(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in article.passages]


def removed_texts(result, reason: str | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """The audit's removed blocks given ``reason`` (every removed block when None)."""
    return [r.text for r in result.removed if reason is None or r.reason == reason]


def only_article(result):  # type: ignore[no-untyped-def]
    """The one article a file gave (unpacking fails, and so the test, when it gave none or several)."""
    (article,) = result.articles
    return article


def body_texts(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in article.passages if p.kind == "body"]


def texts_by_kind(article) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """The article's passage texts, grouped by kind (body, heading, caption …) in reading order."""
    kinds: dict[str, list[str]] = {}
    for passage in article.passages:
        kinds.setdefault(passage.kind, []).append(passage.text)
    return kinds
