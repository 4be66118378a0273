"""Outlet names printed on their own line under the title, and newsroom units in bylines."""

from __future__ import annotations

import pytest

from store.normalise import normalise_bytes

BODY = (
    "North Korea has lost about 4,000 soldiers in Russia's Kursk region, the spy agency told lawmakers.\n\n"
    "The agency estimated that roughly 3,000 more troops were dispatched in January and February.\n"
)


def first_article(text: str, name: str = "saved.txt"):
    result = normalise_bytes(text.encode("utf-8"), name, suffix="." + name.rsplit(".", 1)[-1])
    return result.articles[0]


@pytest.mark.parametrize(
    ("outlet_line", "expected"),
    [
        ("Korea Herald", "The Korea Herald"),  # a known outlet, under its canonical name
        ("The Daily Ledger", "The Daily Ledger"),  # unknown, but its name has a publication word
        ("Northern Monitor", "Northern Monitor"),
    ],
)
def test_an_outlet_line_between_title_and_byline_is_the_outlet(outlet_line: str, expected: str) -> None:
    article = first_article(f"Pyongyang's troops suffer heavy losses\n{outlet_line}\nBy Min-ji Park\nMarch 12, 2025\n\n{BODY}")
    assert article.outlet == expected
    assert all(p.text != outlet_line for p in article.passages)  # taken out as metadata, not left as text


@pytest.mark.parametrize("line", ["Asia Pacific", "Jane Roe"])
def test_a_kicker_or_a_name_beside_the_byline_is_not_an_outlet(line: str) -> None:
    article = first_article(f"Pyongyang's troops suffer heavy losses\n{line}\nBy Min-ji Park\nMarch 12, 2025\n\n{BODY}")
    assert article.outlet is None


def test_an_outlet_line_does_not_override_a_byline_outlet() -> None:
    article = first_article(f"Pyongyang's troops suffer heavy losses\nBy Min-ji Park, Reuters\nState Media\n\n{BODY}")
    assert article.outlet == "Reuters"


@pytest.mark.parametrize(
    "byline",
    ["By Daniel Okafor, Defense Desk", "*By Daniel Okafor, Defense Desk* · 4 February 2025", "By Daniel Okafor, Seoul Bureau"],
)
def test_a_newsroom_unit_in_a_byline_is_not_the_outlet(byline: str) -> None:
    article = first_article(f"# Seoul raises its estimate\n\n{byline}\n\n{BODY}", name="saved.md")
    assert article.author == "Daniel Okafor"
    assert article.outlet is None


def test_markdown_footnotes_keep_their_text_and_lose_their_markers() -> None:
    text = (
        "# Losses in Kursk\n\nEstimates of North Korean losses vary by a factor of four, analysts say.[^1]\n\n"
        "South Korea's spy agency said about 300 soldiers had been killed and 2,700 wounded.[^2]\n\n"
        "[^1]: Compare the NIS briefing with Zelensky's post.\n[^2]: Yonhap, 13 January 2025.\n"
    )
    texts = [p.text for p in first_article(text, name="notes.md").passages]
    assert not any("[^" in t for t in texts)
    assert "Yonhap, 13 January 2025." in texts  # a footnote often names the source: it is content


def test_table_rows_are_never_joined_as_wrapped_lines() -> None:
    # Short footnote lines make this read as hard-wrapped text; the rows must still stay rows.
    text = (
        "# How many North Korean soldiers has Russia lost?\n\n"
        "Estimates of North Korean losses in Kursk vary by a factor of four.[^1]\n\n"
        "| Source | Killed or wounded | Date |\n|---|---|---|\n| NIS (South Korea) | 1,100 | Dec 2024 |\n"
        "| Zelensky | 3,800 | Jan 2025 |\n| Pentagon | \"several hundred\" | Dec 2024 |\n\n"
        "South Korea's spy agency said in January that about 300 North Korean soldiers had been killed and 2,700 "
        "wounded.[^2] Ukraine's president said that over 3,800 had been killed or wounded.\n\n"
        "[^1]: Compare the NIS briefing with Zelensky's post.\n[^2]: Yonhap, 13 January 2025.\n"
    )
    texts = [p.text for p in first_article(text, name="table.md").passages]
    assert "| NIS (South Korea) | 1,100 | Dec 2024 |" in texts and "| Zelensky | 3,800 | Jan 2025 |" in texts
