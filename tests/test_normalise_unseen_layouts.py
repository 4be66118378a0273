"""Layouts met in blind checks on unseen articles: paged PDF text, hard-wrapped text."""

from __future__ import annotations

from store.normalise import normalise_bytes
from store.normalise.hyphenation import document_words, join_wrapped_lines

_HEADER = "KOREA SECURITY REVIEW                         Winter 2025"


def _footer(page: int) -> str:
    return f"Korea Security Review 7(3)                              {page}"


_PAGED = "\n".join(
    [
        _HEADER,
        "",
        "The Northern Contingent: Pyongyang's Soldiers in Kursk",
        "",
        "North Korea has sent about 11,000 troops to Russia's Kursk region,",
        "according to South Korea's intelligence service, which told law-",
        "makers that at least 1,100 of them had been killed or wounded.",
        "",
        "Ukrainian officials have given higher estimates. Kyrylo Budanov",
        "said in an interview that as many as 12,000 soldiers had been",
        "",
        _footer(1),
        "\f" + _HEADER,
        "",
        "“deployed” and that hundreds had died in the first weeks of the",
        "fighting in the Kursk region, where lawmakers say the losses are",
        "heavy. A Ukrainian assessment puts North Korean shells at half of",
        "the shells fired by Russian forces along the whole of the front.",
        "",
        _footer(2),
        "\f" + _HEADER,
        "",
        "Neither Moscow nor Pyongyang has acknowledged the deployment of",
        "the troops, although the two signed a mutual defence treaty.",
        "",
        "3",
        "\f",
    ]
)


def test_paged_text_loses_running_lines_and_keeps_cut_paragraphs_whole() -> None:
    result = normalise_bytes(_PAGED.encode(), "paged.txt")
    assert len(result.articles) == 1
    article = result.articles[0]
    assert article.title == "The Northern Contingent: Pyongyang's Soldiers in Kursk"
    texts = [p.text for p in article.passages]
    assert not any("Security Review" in t or t == "3" for t in texts)
    assert any(t.startswith("Ukrainian officials") and "had been “deployed” and that hundreds" in t for t in texts)
    reasons = {r.reason for r in result.removed}
    assert {"running-header", "page-number"} <= reasons


def test_word_broken_across_lines_loses_its_hyphen_when_the_document_writes_it_whole() -> None:
    result = normalise_bytes(_PAGED.encode(), "paged.txt")
    texts = [p.text for a in result.articles for p in a.passages]
    assert any("which told lawmakers that" in t for t in texts)


def test_real_compound_at_a_line_end_keeps_its_hyphen_and_loses_the_space() -> None:
    def known() -> frozenset[str]:
        return document_words("a closed-door session; the Ukrainian side")

    lines = ["after the closed-", "door session the Ukrai-", "nian side said a mid-", "level officer, ex -", "post"]
    assert join_wrapped_lines(lines, known) == (
        "after the closed-door session the Ukrainian side said a mid-level officer, ex - post"
    )


def test_feed_dump_paged_by_form_feeds_keeps_each_items_date() -> None:
    items = []
    for n, title in enumerate(["Seoul counts 1,100 casualties", "Kyiv says 12,000 troops deployed"], 1):
        items.append(
            f"{title}\n12 December 2024\n\nNorth Korean troops in Kursk have suffered heavy losses, officials "
            f"said on Thursday, in the latest estimate number {n} of the war's toll."
        )
    result = normalise_bytes("\n\f".join(items).encode(), "dump.txt")
    assert [a.title for a in result.articles] == ["Seoul counts 1,100 casualties", "Kyiv says 12,000 troops deployed"]
    assert all(a.published == "2024-12-12" for a in result.articles)
    assert not any(r.reason == "running-header" for r in result.removed)


def test_paper_author_line_with_affiliation_names_the_author() -> None:
    text = (
        "The Northern Contingent: Pyongyang's Soldiers in Kursk\n\nJae-won Park\n"
        "Senior Fellow, Institute for Peninsula Studies\n\n"
        "North Korea has sent about 11,000 troops to Russia's Kursk region, according to South Korea's "
        "intelligence service, which said at least 1,100 of them had been killed or wounded.\n"
    )
    result = normalise_bytes(text.encode(), "paper.txt")
    (article,) = result.articles
    assert article.author == "Jae-won Park"
    assert [p.text for p in article.passages] == [text.rsplit("\n\n", 1)[1].strip()]


def test_prose_about_reporters_is_not_a_role_line() -> None:
    from store.normalise.metadata import parse_header

    assert parse_header("The reporters at Reuters Tokyo said so") is None
    header = parse_header("Director of the Center for Strategic and International Studies")
    assert header is not None and header.kind == "role"
