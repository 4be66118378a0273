"""Blind round 8: the leftovers of round 7, each through the whole normalising pipeline."""

from __future__ import annotations

import math
import random
import struct
from pathlib import Path

import pytest

from store.errors import SourceError
from store.normalise.pipeline import normalise_bytes


def _normalise(text: str, name: str = "input.txt", encoding: str = "utf-8"):
    return normalise_bytes(text.encode(encoding), name, suffix=Path(name).suffix)


def _body(article) -> list[str]:
    return [p.text for p in article.passages]


def _removed(result, reason: str) -> list[str]:
    return [r.text for r in result.removed if r.reason == reason]


# 1. A digest's first story is titled with its own headline, not the newsletter's name.

DIGEST_WITH_RULES = """THE MORNING LEDGER
Issue 212 | Tuesday, 11 March 2025

In this edition: reinforcements, rail links and a missile test.

---------------------------------------------

1. KYIV REPORTS FRESH NORTH KOREAN UNITS

Ukraine's military intelligence said a second contingent of North Korean soldiers had reached the Kursk region in February, raising the total sent to Russia to about 14,000.

---------------------------------------------

2. RAIL TRAFFIC AT THE BORDER DOUBLES

Satellite images show twice as many freight wagons at the Tumangang crossing as a year ago, which analysts link to shipments of artillery shells.

---------------------------------------------

You are receiving this because you subscribed at ledger.example.
Unsubscribe | Manage preferences
"""


def test_digest_first_story_keeps_its_own_headline():
    result = _normalise(DIGEST_WITH_RULES)
    titles = [a.title for a in result.articles]
    assert titles == ["KYIV REPORTS FRESH NORTH KOREAN UNITS", "RAIL TRAFFIC AT THE BORDER DOUBLES"]
    first = result.articles[0]
    assert [a.published for a in result.articles] == ["2025-03-11"] * 2  # the issue's date dates every story
    assert not any("In this edition" in text for text in _body(first))
    assert "THE MORNING LEDGER" in _removed(result, "preamble")  # recorded, not dropped silently


DIGEST_NUMBERED_NO_RULES = """FRONTLINE NOTES
Issue 31 · Friday 24 January 2025

Good morning. Three stories this week on troops, shells and prisoners.

1. Pyongyang rotates its Kursk battalions

South Korea's spy agency told lawmakers that North Korea appeared to be rotating units in the Kursk region after losses it estimated at about 3,000 killed and wounded.

2. Shell deliveries slow down, Kyiv says

Ukrainian intelligence officials said the pace of North Korean artillery deliveries had slowed since the autumn, possibly because stockpiles were running low.

3. Prisoners ask not to be sent home

Two North Korean soldiers captured in January told interviewers they feared punishment if they were returned to Pyongyang.

That's all for this week. Forward this to a colleague.
You are receiving this because you signed up at frontlinenotes.example. Unsubscribe
"""


def test_numbered_digest_without_rules_is_split_per_story():
    result = _normalise(DIGEST_NUMBERED_NO_RULES)
    assert [a.title for a in result.articles] == [
        "Pyongyang rotates its Kursk battalions",
        "Shell deliveries slow down, Kyiv says",
        "Prisoners ask not to be sent home",
    ]
    assert [a.published for a in result.articles] == ["2025-01-24"] * 3
    assert all(len(a.passages) == 1 for a in result.articles)


REPORT_WITH_NUMBERED_SECTIONS = """Assessment of North Korean arms transfers

Summary

This note reviews what is known about North Korean deliveries of artillery shells, missiles and troops to Russia since the summer of 2023, and what they mean for the war.

1. Artillery ammunition

South Korean officials estimate that more than 20,000 containers of munitions have been shipped, which they equate to several million shells of various calibres.

2. Personnel

About 11,000 soldiers were deployed to the Kursk region from October 2024, with a further 3,000 reported in early 2025 according to Seoul.
"""


def test_numbered_report_sections_are_not_taken_for_digest_stories():
    result = _normalise(REPORT_WITH_NUMBERED_SECTIONS)
    assert len(result.articles) == 1
    assert result.articles[0].title == "Assessment of North Korean arms transfers"


# 2. "Bulletin — Issue 14" above the real headline is the newsletter's masthead.

ISSUE_MASTHEAD = """Peninsula Security Review — Issue 14

Seoul counts the cost of Pyongyang's war

South Korea's intelligence service said North Korean losses in Russia's Kursk region had reached about 4,000 killed and wounded, roughly a third of the force sent there.

Officials said the troops had adapted to drone warfare after suffering heavy casualties in their first assaults in December.
"""


def test_issue_masthead_does_not_beat_the_headline():
    result = _normalise(ISSUE_MASTHEAD)
    (article,) = result.articles
    assert article.title == "Seoul counts the cost of Pyongyang's war"
    assert article.dek is None
    assert article.outlet == "Peninsula Security Review"
    assert _removed(result, "preamble") == ["Peninsula Security Review — Issue 14"]


# 3. A Korean closing signature leaves the body and names the author.

KOREAN_SIGN_OFFS = [
    ("서울=박서연 기자", "박서연"),
    ("정수민 기자 sumin@hanbit.example", "정수민"),
    ("[한빛일보 이도윤 기자]", "이도윤"),
]


@pytest.mark.parametrize(("signature", "reporter"), KOREAN_SIGN_OFFS)
def test_korean_sign_off_is_no_body_text(signature: str, reporter: str):
    text = (
        "북한군 사상자 3천명 넘어\n\n"
        "국가정보원은 13일 러시아 쿠르스크 지역에 파병된 북한군의 사상자가 3천명을 넘어선 것으로 추정된다고 밝혔다.\n\n"
        "국정원은 북한군이 현대전에 대한 이해 부족으로 무인기 공격에 취약한 것으로 보인다고 평가했다.\n\n"
        f"{signature}\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert signature not in _body(article)
    assert article.author == reporter
    assert any(signature in r.text for r in result.removed)


def test_korean_copyright_notice_is_furniture():
    text = (
        "북한, 러시아에 방사포 추가 지원\n\n"
        "합동참모본부는 19일 북한이 러시아에 240㎜ 방사포를 추가로 보낼 준비를 하고 있는 것으로 보인다고 밝혔다.\n\n"
        "<저작권자 ⓒ 한빛일보, 무단 전재 및 재배포 금지>\n"
    )
    result = _normalise(text)
    assert not any("저작권자" in t for t in _body(result.articles[0]))
    assert any("저작권자" in t for t in _removed(result, "licence"))


# 4. "Dec 19" without a year takes the year of the article's latest dated mention, or stays unset.

def test_yearless_dateline_takes_the_year_from_the_article():
    text = (
        "SEOUL, Dec 19 (Yonhap) -- About 1,100 North Korean soldiers have been killed or wounded, the military said.\n\n"
        "The estimate follows the first official casualty figures since the deployment began in October 2024.\n"
    )
    (article,) = _normalise(text).articles
    assert article.published == "2024-12-19"
    assert article.published_raw == "Dec 19"
    assert article.date_ambiguous  # the year was inferred, not printed
    # The derived title starts after the dateline.
    assert article.title.startswith("About 1,100 North Korean soldiers")


def test_yearless_january_dateline_after_a_december_mention_is_next_year():
    text = (
        "KYIV, Jan 9 (Reuters) - Ukraine said it had captured two North Korean soldiers in the Kursk region.\n\n"
        "North Korean troops first entered combat there in December 2024, officials said.\n"
    )
    (article,) = _normalise(text).articles
    assert article.published == "2025-01-09"


def test_yearless_dateline_without_any_year_stays_unset():
    text = (
        "SEOUL, Dec 19 (Yonhap) -- About 1,100 North Korean soldiers have been killed or wounded, the military said.\n\n"
        "The military also said the North was producing suicide drones for export to Russia.\n"
    )
    (article,) = _normalise(text).articles
    assert article.published is None
    assert article.published_raw == "Dec 19"


# 5. UTF-16 without a BOM needs text-like evidence: 16-bit binary is refused.

def _sixteen_bit(values: list[int], order: str) -> bytes:
    return b"".join(struct.pack(f"{order}H", v) for v in values)


@pytest.mark.parametrize("order", ["<", ">"])
def test_sixteen_bit_numbers_are_not_utf16_text(order: str):
    rng = random.Random(8)
    data = _sixteen_bit([rng.randint(32, 255) for _ in range(3000)], order)
    with pytest.raises(SourceError):
        normalise_bytes(data, "table.txt")


def test_sixteen_bit_letter_soup_without_words_is_refused():
    rng = random.Random(9)
    alphabet = [*range(65, 91), *range(97, 123), *range(192, 256)]
    data = _sixteen_bit([rng.choice(alphabet) for _ in range(3000)], "<")
    with pytest.raises(SourceError):
        normalise_bytes(data, "soup.txt")


def test_sixteen_bit_pcm_audio_is_refused():
    samples = b"".join(struct.pack("<h", int(90 * math.sin(i / 9.0))) for i in range(8000))
    with pytest.raises(SourceError):
        normalise_bytes(samples, "clip.txt")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_real_utf16_without_bom_still_reads(encoding: str):
    text = (
        "North Korean troops in Kursk\n\n"
        "North Korea has sent about 11,000 troops to Russia's Kursk region, according to South Korea's spy agency.\n"
    ) * 3
    result = normalise_bytes(text.encode(encoding), "utf16.txt")
    assert "utf-16-without-bom" in result.repairs
    assert result.articles[0].title == "North Korean troops in Kursk"


# 6. "Source: X" under a chart, photo or table credits the figure, not the publisher.

SOURCE_OF_FIGURE = """How many shells has North Korea sent?

By Petra Ivanova
Defence Data Desk, 3 March 2025

Estimates of North Korean artillery deliveries to Russia vary widely, depending on who is counting and how they count.

Chart: Estimated North Korean shell deliveries, millions of rounds
Source: South Korea Ministry of National Defense

South Korea's defence ministry said in October 2024 that about 9 million shells had been shipped to Russia since 2023.
"""


def test_source_of_a_chart_is_no_outlet_and_splits_nothing():
    result = _normalise(SOURCE_OF_FIGURE)
    (article,) = result.articles
    assert article.outlet is None
    kinds = {p.text: p.kind for p in article.passages}
    assert kinds["Source: South Korea Ministry of National Defense"] == "credit"
    assert kinds["Chart: Estimated North Korean shell deliveries, millions of rounds"] == "caption"


def test_source_field_of_a_feed_item_still_names_the_outlet():
    text = (
        "Title: Seoul raises casualty estimate\nSource: Kyiv Evening News\nDate: 2025-01-13\n\n"
        "South Korea's spy agency said about 300 North Korean soldiers had died and 2,700 had been wounded in the Kursk region.\n"
    )
    (article,) = _normalise(text).articles
    assert article.outlet == "Kyiv Evening News"


# 7. An article made only of bullet points is an article.

def test_article_of_bullet_fragments_is_accepted():
    text = (
        "Key facts: North Korea and Russia\n\n"
        "• 11,000 troops deployed to Kursk\n"
        "• 300 killed, 2,700 wounded (NIS)\n"
        "• 3,000+ casualties (Zelensky)\n"
        "• Two soldiers captured\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert article.title == "Key facts: North Korea and Russia"
    assert [p.kind for p in article.passages] == ["bullet"] * 4


def test_two_stray_words_are_still_no_article():
    with pytest.raises(SourceError):
        _checked_no_article("• Kursk\n• Shells\n")


def _checked_no_article(text: str):
    result = _normalise(text)
    if not result.articles:
        raise SourceError("input.txt", "no article")
    return result


# 8. Modules stay small: no normalise module passes ~400 lines.

def test_normalise_modules_stay_under_the_split_signal():
    package = Path(__file__).resolve().parents[1] / "store" / "normalise"
    sizes = {path.name: len(path.read_text(encoding="utf-8").splitlines()) for path in package.glob("*.py")}
    assert max(sizes.values()) <= 400, {name: n for name, n in sizes.items() if n > 400}
