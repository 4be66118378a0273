"""Blind round 8: layouts and encodings the normaliser had not seen, each through the whole pipeline."""

from __future__ import annotations

import json
from pathlib import Path

from store.normalise.pipeline import normalise_bytes


def _normalise(text: str, name: str = "input.txt", encoding: str = "utf-8"):
    return normalise_bytes(text.encode(encoding), name, suffix=Path(name).suffix)


def _texts(article) -> list[str]:
    return [p.text for p in article.passages]


def _kinds(article) -> dict[str, str]:
    return {p.text: p.kind for p in article.passages}


def _reasons(result) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for removal in result.removed:
        found.setdefault(removal.reason, []).append(removal.text)
    return found


# Japanese is written without spaces: its paragraphs are prose all the same.

JAPANESE = """北朝鮮兵、ロシア西部で戦闘参加　ウクライナ国防相

2024年11月5日　東都新聞

ウクライナのウメロフ国防相は４日、ロシア西部クルスク州に展開した北朝鮮兵とウクライナ軍の間で初の小規模な戦闘があったと明らかにした。

ウメロフ氏によると、クルスク州には約１万1000人の北朝鮮兵が集結しているという。
"""


def test_japanese_article_in_shift_jis_is_read():
    result = _normalise(JAPANESE, encoding="shift_jis")
    (article,) = result.articles
    assert article.title == "北朝鮮兵、ロシア西部で戦闘参加 ウクライナ国防相"
    assert article.published == "2024-11-05"
    assert article.outlet == "東都新聞"
    assert len(article.passages) == 2


def test_korean_posted_and_updated_dates_are_a_header():
    text = (
        "국정원 \"북한군 사상자 3천명 넘어\"\n\n"
        "입력 2025.01.13 14:22 | 수정 2025.01.13 15:01\n\n"
        "국가정보원은 13일 러시아 쿠르스크 지역에 파병된 북한군의 사상자가 3천명을 넘어선 것으로 추정된다고 밝혔다.\n\n"
        "많이 본 뉴스\n1. 북한, 동해상으로 탄도미사일 발사\n2. 환율 1,450원 돌파\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert article.published == "2025-01-13"
    assert not any("입력" in t or "환율" in t for t in _texts(article))
    assert "related-stories" in _reasons(result)


# A newspaper column from a print edition: narrow lines, syllable breaks, a folio, a jump line.

PRINT_COLUMN = """A4  THE HARBOUR GAZETTE                                  MONDAY, JANUARY 13, 2025
WORLD

Seoul raises toll
of N. Korean troops

By Kim Do-hyun
Staff Reporter

  South Korea's spy
agency said Monday
that about 300 North
Korean soldiers had
been killed and 2,700
wounded in Russia's
Kursk region, a sharp
rise from its earlier
estimate of about 100
deaths in late Decem-
ber.
  Lawmakers briefed by
the agency said the
troops had been used
in human-wave attacks
that left them expo-
sed to drones and ar-
tillery fire.

See TOLL on A5

A4  THE HARBOUR GAZETTE                                  MONDAY, JANUARY 13, 2025
"""


def test_print_edition_column_is_joined_into_paragraphs():
    result = _normalise(PRINT_COLUMN)
    (article,) = result.articles
    assert article.title == "Seoul raises toll of N. Korean troops"
    assert article.outlet == "THE HARBOUR GAZETTE"
    assert article.published == "2025-01-13"
    assert article.author == "Kim Do-hyun"
    body = _texts(article)
    assert len(body) == 2
    assert body[0].startswith("South Korea's spy agency said Monday that about 300 North Korean soldiers")
    assert "estimate of about 100 deaths in late Decem" in body[0]  # the last short line is the paragraph's too
    assert body[1].startswith("Lawmakers briefed by the agency said the troops had been used in human-wave attacks")
    reasons = _reasons(result)
    assert reasons["jump-line"] == ["See TOLL on A5"]
    assert reasons["section-label"] == ["WORLD"]
    assert len(reasons["running-header"]) == 1  # the folio printed again at the foot


# A PDF's pages with a running header: its numbered sections are one document, wrapped lines joined.

def _paged_report() -> str:
    head = "Institute for Peninsula Studies          Brief No. 2025-07"
    page1 = [
        head, "", "NORTH KOREA'S SUPPORT FOR RUSSIA", "", "Summary", "",
        "North Korea has become one of Russia's most important suppliers of",
        "munitions. This brief reviews transfers of artillery shells, ballistic",
        "missiles and personnel since the summer of 2023.", "",
        "1. Artillery ammunition", "",
        "South Korean officials estimate that North Korea has shipped more than",
        "20,000 containers of munitions to Russia, or several million shells of",
        "various calibres, since August 2023.", "", "",
        "IPS Brief | Not for citation                                    1",
    ]
    page2 = [
        head, "", "2. Personnel", "",
        "About 11,000 soldiers, mostly from the Storm Corps, were deployed to the",
        "Kursk region from October 2024. A further 3,000 were reported in early",
        "2025. Casualty estimates range from several hundred to about 4,000.", "", "",
        "IPS Brief | Not for citation                                    2",
    ]
    return "\n".join(page1) + "\n\f\n" + "\n".join(page2) + "\n"


def test_paged_report_with_numbered_sections_stays_one_article():
    result = _normalise(_paged_report())
    (article,) = result.articles
    kinds = _kinds(article)
    assert kinds["2. Personnel"] == "heading"
    assert any(t.startswith("South Korean officials estimate") and t.endswith("since August 2023.") for t in kinds)
    assert all(kind in ("body", "heading") for kind in kinds.values())


# A channel post of one line keeps that line as its text.

def test_one_line_channel_post_keeps_its_text_as_body():
    export = {
        "name": "Front Digest", "type": "public_channel", "id": 1,
        "messages": [
            {"id": 5, "type": "message", "date": "2024-11-06T07:03:15", "from": "Front Digest",
             "text": ["Budanov: North Korea supplies roughly half of the artillery ammunition used by Russia. ",
                      {"type": "mention", "text": "@intelwatch"}]},
        ],
    }
    result = normalise_bytes(json.dumps(export).encode(), "result.json", suffix=".json")
    (article,) = result.articles
    assert any("roughly half of the artillery ammunition" in t for t in _texts(article))
    assert article.title_derived
    assert article.title == "Budanov: North Korea supplies roughly half of the artillery ammunition used by Russia"


# A caption that carries its own credit leaves the paragraph above it as body.

def test_self_credited_caption_leaves_the_paragraph_above_alone():
    text = (
        "Seoul: more troops sent to Russia\n\n"
        "South Korea's spy agency said North Korea appeared to have sent up to 3,000 more soldiers to Russia in January and February.\n\n"
        "The agency said the reinforcements were believed to have reached the Kursk region, where about 11,000 were first deployed.\n\n"
        "NIS headquarters in Seoul. Photo: Yonhap\n\n"
        "It also estimated that North Korean casualties had reached about 4,000, including both killed and wounded.\n"
    )
    kinds = _kinds(_normalise(text).articles[0])
    assert kinds["NIS headquarters in Seoul. Photo: Yonhap"] == "caption"
    assert sum(1 for kind in kinds.values() if kind == "body") == 3


# Saved pages whose markup took a whole byline for the author.

def test_author_from_markup_loses_the_bylines_other_fields():
    page = """<html><head><meta charset="utf-8"><title>Ukraine says North Korean troops pulled back</title>
<meta name="author" content="Oksana Melnyk · Kyiv Dispatch ·"></head>
<body><article><h1>Ukraine says North Korean troops pulled back</h1>
<p class="byline">By Oksana Melnyk · Kyiv Dispatch · 31 January 2025</p>
<p>North Korean troops have not been seen on the front lines in Russia's Kursk region for about two weeks, a Ukrainian special forces spokesman said on Thursday.</p>
<p>He said they were probably pulled back after heavy losses, which he put at about 1,000 killed since December.</p>
</article></body></html>"""
    (article,) = normalise_bytes(page.encode(), "page.html", suffix=".html").articles
    assert article.author == "Oksana Melnyk"


def test_russian_author_field_with_a_date_dates_the_article():
    text = (
        "КНДР передала России ракеты\n\n"
        "Автор: Ирина Соколова, 12 декабря 2024\n\n"
        "По данным южнокорейской разведки, Пхеньян с августа 2023 года поставил России более 20 тысяч контейнеров с боеприпасами.\n"
    )
    (article,) = _normalise(text).articles
    assert article.author == "Ирина Соколова"
    assert article.published == "2024-12-12"


# Paywalls and newsletters' closing lines.

def test_long_paywall_offer_is_removed():
    text = (
        "North Korea's artillery lifeline to Moscow\n\n"
        "Within months, trains from North Korea were carrying shells to Russia in numbers that surprised Western analysts.\n\n"
        "Subscribe to continue reading. Get unlimited access from €1 for the first month. Already a subscriber? Log in\n"
    )
    result = _normalise(text)
    assert not any("Subscribe" in t for t in _texts(result.articles[0]))
    assert "paywall" in _reasons(result)


MARKDOWN_DIGEST = """# The Seoul Dispatch

*Weekly newsletter · 10 December 2024*

## North Korean troops enter Kursk fighting

North Korean soldiers have joined Russian forces in combat in the Kursk region, a U.S. official said, confirming what Ukraine had reported for weeks.

## Pyongyang's shells keep Russia's guns firing

South Korea's intelligence agency estimates that North Korea has shipped more than 20,000 containers of munitions to Russia.

---

*You're receiving The Seoul Dispatch because you subscribed. [Unsubscribe](https://example.com/u)*
"""


def test_markdown_newsletter_is_split_per_story_and_its_footer_removed():
    result = _normalise(MARKDOWN_DIGEST, "digest.md")
    assert [a.title for a in result.articles] == [
        "North Korean troops enter Kursk fighting",
        "Pyongyang's shells keep Russia's guns firing",
    ]
    assert not any("receiving" in t for a in result.articles for t in _texts(a))
    assert [a.published for a in result.articles] == ["2024-12-10"] * 2
    assert result.articles[0].outlet == "The Seoul Dispatch"  # not "Weekly newsletter", the line's label


def test_markdown_essay_with_sections_is_not_split():
    essay = MARKDOWN_DIGEST.replace("*Weekly newsletter · 10 December 2024*", "*By Ana Varga · 10 December 2024*")
    result = _normalise(essay, "essay.md")
    assert len(result.articles) == 1


# Wire copy and e-mail headers.

WIRE = """BC-Ukraine-Crisis-NKorea-Missiles, 2nd Ld-Writethru
URGENT
^Russia fired North Korean missiles at Ukraine, U.N. monitors say<
Eds: UPDATES with Russian reaction in para 6.

UNITED NATIONS, Jan 9 (Newswire) - United Nations sanctions monitors have found that a missile that hit Kharkiv on Jan. 2, 2024, was a North Korean Hwasong-11.

Russia and North Korea have denied arms transfers but vowed last year to deepen military relations.
"""


def test_wire_slug_priority_and_editors_note_are_service_lines():
    result = _normalise(WIRE)
    (article,) = result.articles
    assert article.title == "Russia fired North Korean missiles at Ukraine, U.N. monitors say"
    service = "\n".join(_reasons(result)["wire-service-line"]).split("\n")
    assert service == ["BC-Ukraine-Crisis-NKorea-Missiles, 2nd Ld-Writethru", "URGENT", "Eds: UPDATES with Russian reaction in para 6."]
    assert article.published == "2024-01-09"


def test_capitalised_note_label_is_no_dateline_and_sent_is_a_date():
    text = (
        "From: Sarah Klein <s.klein@ministry.example>\nSent: Sunday, December 15, 2024 8:02 PM\nSubject: NK casualties\n\n"
        "FYI - see below, relevant for the Thursday brief on casualties and the figures quoted by the different sides in Kyiv and Seoul.\n"
    )
    (article,) = _normalise(text).articles
    assert article.dateline is None
    assert article.published == "2024-12-15"


# A broadcast transcript.

TRANSCRIPT = """THE GLOBAL HOUR
Transcript: North Korean Troops Fight For Russia
Aired December 27, 2024 - 10:00 ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

[10:00:12]

MAYA TORRES, HOST: Welcome back. Ukraine says North Korean soldiers are now taking heavy losses in Russia's Kursk region.

(BEGIN VIDEOTAPE)

HARLOW (voice-over): Ukrainian drone footage appears to show soldiers advancing across open snowfields near the border.

(END VIDEOTAPE)

TORRES: And what does Seoul say?

HARLOW: South Korean intelligence puts the number lower, at around 1,100 casualties.
"""


def test_transcript_title_date_and_production_cues():
    result = _normalise(TRANSCRIPT)
    (article,) = result.articles
    assert article.title == "North Korean Troops Fight For Russia"
    assert article.published == "2024-12-27"
    reasons = _reasons(result)
    assert reasons["preamble"] == ["THE GLOBAL HOUR"]
    assert len(reasons["transcript-notice"]) == 3
    assert reasons["entry-time"] == ["[10:00:12]"]
    assert len(article.passages) == 4
    assert _kinds(article)["TORRES: And what does Seoul say?"] == "body"  # a short turn is speech, no heading


# A forwarded chain of e-mails: the innermost message is the article.

OUTLOOK_CHAIN = """From: Daniel Ortiz <d.ortiz@ministry.example>
Sent: Monday, December 16, 2024 9:14 AM
To: Desk Team <desk@ministry.example>
Subject: FW: FW: NK casualties - wire piece

FYI - see below, relevant for Thursday's brief.

Dan

________________________________
From: Sarah Klein <s.klein@ministry.example>
Sent: Sunday, December 15, 2024 8:02 PM
To: Daniel Ortiz <d.ortiz@ministry.example>
Subject: FW: NK casualties - wire piece

-----Original Message-----
From: Press Cuttings <cuttings@monitor.example>
Sent: Sunday, December 15, 2024 6:40 PM
Subject: NK casualties

North Korean troops suffer first casualties in Kursk, Ukraine says

KYIV, Dec 15 - Ukraine's military intelligence said on Sunday that North Korean soldiers fighting for Russia had suffered their first significant losses in the Kursk region.

North Korea has sent about 11,000 soldiers to Russia, according to South Korean and Ukrainian estimates.
"""


def test_forwarded_chain_gives_the_innermost_article():
    result = _normalise(OUTLOOK_CHAIN)
    (article,) = result.articles
    assert article.title == "North Korean troops suffer first casualties in Kursk, Ukraine says"
    assert article.author is None  # the forwarders wrote none of it
    assert article.dateline == "KYIV"
    assert _texts(article)[0].startswith("KYIV, Dec 15")
    assert _reasons(result)["forward-note"] == ["FYI - see below, relevant for Thursday's brief.\nDan"]


def test_atom_xhtml_list_items_stay_list_items():
    feed = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Arms Control Notes</title><id>tag:x,2025:feed</id>
<entry><title>Russia's use of Hwasong-11 missiles</title><id>tag:x,2025:1</id><published>2025-03-11T16:30:00Z</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>Since December 2023, Russia has fired North Korean Hwasong-11 short-range ballistic missiles at Ukrainian cities, including Kyiv.</p>
<ul><li>Estimated deliveries: 100 or more missiles</li><li>Claimed range: about 700 km</li></ul>
<p>More recent strikes suggest the guidance has improved, a Ukrainian intelligence official said in February.</p>
</div></content></entry></feed>"""
    (article,) = normalise_bytes(feed.encode(), "feed.atom", suffix=".atom").articles
    kinds = _kinds(article)
    assert kinds["• Claimed range: about 700 km"] == "body"
    assert "heading" not in kinds.values()


def test_alert_label_glued_to_the_headline_is_no_part_of_it():
    text = (
        "\x1b[1;31mBREAKING\x1b[0m North Korean troops enter combat, Kyiv says\n\n"
        "Ukraine's defence minister said on Monday that the first clashes with North Korean troops had taken place in Russia's Kursk region.\n"
    )
    (article,) = _normalise(text).articles
    assert article.title == "North Korean troops enter combat, Kyiv says"
