"""Blind round 7, layouts: lightweight markup other than Markdown (Org, AsciiDoc, reStructuredText,
MediaWiki, TOML front matter), a news wire's service lines, transcripts' date labels and speaker
turns, translators' credits, pages whose entities were escaped twice and headings set where a
photo credit could stand."""

from __future__ import annotations

from normalise_samples import (
    LONG_1,
    LONG_2,
    LONG_3,
    normalise_text,
    passage_texts,
    removed_texts,
)

from store.models import PassageKind
from store.normalise import normalise_bytes


def _kinds(article) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(p.kind, p.text) for p in article.passages]


# --- Lightweight markup ------------------------------------------------------------------------------

_ORG = f"""#+TITLE: North Korean missiles in Ukraine: what the debris shows
#+AUTHOR: Conflict Armament Desk
#+DATE: <2024-02-26 Mon>
#+OPTIONS: toc:nil num:nil

* Summary
{LONG_1}

* Findings
** Components
{LONG_2}
- Many were manufactured in the last few years.

#+BEGIN_QUOTE
{LONG_3}
#+END_QUOTE
"""


def test_org_document_gives_its_fields_and_headings_without_markup() -> None:
    result = normalise_bytes(_ORG.encode(), "notes.org", suffix=".org")
    (article,) = result.articles
    assert (article.title, article.author, article.published) == ("North Korean missiles in Ukraine: what the debris shows", "Conflict Armament Desk", "2024-02-26")
    assert _kinds(article) == [
        ("heading", "Summary"), ("body", LONG_1), ("heading", "Findings"), ("heading", "Components"),
        ("body", LONG_2), ("body", "• Many were manufactured in the last few years."), ("body", LONG_3),
    ]
    assert removed_texts(result, "markup") == ["#+OPTIONS: toc:nil num:nil", "#+BEGIN_QUOTE", "#+END_QUOTE"]


_ADOC = f"""= Shells for Moscow: tracking North Korea's rail shipments
Min-seo Han <min-seo.han@research.example>
v1.2, 2024-10-08
:toc:
:sectnums:

{LONG_1}

== Rail traffic

{LONG_2}

[cols="2,1",options="header"]
|===
|Source |Shells delivered
|South Korean defence ministry |over 9 million
|===

{LONG_3}
"""


def test_asciidoc_header_sections_and_table_are_read() -> None:
    result = normalise_text(_ADOC)
    (article,) = result.articles
    assert "asciidoc-reduced" in result.repairs
    assert (article.title, article.author, article.published) == ("Shells for Moscow: tracking North Korea's rail shipments", "Min-seo Han", "2024-10-08")
    assert _kinds(article) == [
        ("body", LONG_1), ("heading", "Rail traffic"), ("body", LONG_2),
        ("body", "| Source | Shells delivered |"), ("body", "| South Korean defence ministry | over 9 million |"), ("body", LONG_3),
    ]
    assert {":toc:", ":sectnums:", "|==="} <= set(removed_texts(result, "markup"))


_RST = f"""==========================================================
North Korean troops reach the front line, says Kyiv
==========================================================

:Author: Taras Bondar
:Date: 2024-11-05
:Publisher: Dnipro Review

.. contents:: Table of contents

{LONG_1}

Background
----------

{LONG_2[:-1]} [#]_.

.. [#] Figures from the US State Department briefing of 31 October 2024.

.. image:: /img/kursk-map.png
   :alt: Map of the Kursk region
"""


def test_restructured_text_title_fields_and_directives_are_read() -> None:
    result = normalise_bytes(_RST.encode(), "report.rst", suffix=".rst")
    (article,) = result.articles
    assert (article.title, article.author, article.outlet, article.published) == (
        "North Korean troops reach the front line, says Kyiv", "Taras Bondar", "Dnipro Review", "2024-11-05"
    )
    assert _kinds(article) == [("body", LONG_1), ("heading", "Background"), ("body", LONG_2)]
    assert removed_texts(result, "references") == [".. [#] Figures from the US State Department briefing of 31 October 2024."]
    assert removed_texts(result, "markup") == [".. contents:: Table of contents", ".. image:: /img/kursk-map.png", "   :alt: Map of the Kursk region"]


_WIKI = """'''North Korean involvement in the Russian invasion of Ukraine''' refers to the supply of weapons and troops by [[North Korea]] to [[Russia]].<ref>{{cite news |title=N. Korea sends troops |date=18 October 2024}}</ref>

== Troop deployment ==
In October 2024 the [[National Intelligence Service (South Korea)|National Intelligence Service]] said about 12,000 soldiers would go.<ref name="nis" />

== Munitions ==
{{Main|North Korean artillery in Ukraine}}
Ukrainian officials said North Korean shells made up as much as 60% of Russia's artillery ammunition in 2024.

[[Category:Russian invasion of Ukraine]]
"""


def test_wiki_markup_is_reduced_to_text_and_its_apparatus_audited() -> None:
    result = normalise_text(_WIKI)
    (article,) = result.articles
    assert _kinds(article) == [
        ("body", "North Korean involvement in the Russian invasion of Ukraine refers to the supply of weapons and troops by North Korea to Russia."),
        ("heading", "Troop deployment"),
        ("body", "In October 2024 the National Intelligence Service said about 12,000 soldiers would go."),
        ("heading", "Munitions"),
        ("body", "Ukrainian officials said North Korean shells made up as much as 60% of Russia's artillery ammunition in 2024."),
    ]
    assert removed_texts(result, "references") == ["<ref>{{cite news |title=N. Korea sends troops |date=18 October 2024}}</ref>", '<ref name="nis" />']
    assert removed_texts(result, "template") == ["{{Main|North Korean artillery in Ukraine}}"]
    assert removed_texts(result, "category-links") == ["[[Category:Russian invasion of Ukraine]]"]
    # Prose with a bracketed aside and an equals sign is written in no markup.
    prose = normalise_text(f"Kursk numbers\n\n{LONG_1}\n\nThe [[sic]] note said troops = 11,000.\n\n{LONG_2}\n")
    assert not any(r.endswith("-reduced") for r in prose.repairs)
    assert "The [[sic]] note said troops = 11,000." in passage_texts(prose.articles[0])


def test_toml_front_matter_gives_the_articles_fields() -> None:
    text = f'''+++
title = "Kim Jong Un visits wounded soldiers returned from Russia"
date = 2025-08-22T10:00:00+09:00
author = "Seo Yeon-ju"
publisher = "Peninsula Watch"
tags = ["north-korea", "russia"]
draft = false
+++

{LONG_1}

{LONG_2}
'''
    result = normalise_bytes(text.encode(), "post.md", suffix=".md")
    (article,) = result.articles
    assert (article.title, article.author, article.outlet, article.published) == (
        "Kim Jong Un visits wounded soldiers returned from Russia", "Seo Yeon-ju", "Peninsula Watch", "2025-08-22"
    )
    assert passage_texts(article) == [LONG_1, LONG_2]
    assert removed_texts(result, "front-matter") == ["+++", 'tags = ["north-korea", "russia"]', "draft = false", "+++"]


# --- Wire copy, transcripts, translations ---------------------------------------------------------------

_WIRE = f"""BC-NKOREA-RUSSIA/TROOPS (UPDATE 2)
UPDATE 2-North Korean troops suffer heavy losses in Kursk, lawmakers say

(Adds Kremlin comment in paragraphs 3-4)

By Hyonhee Shin and Joyce Lee

SEOUL, Dec 19 (Reuters) - {LONG_2}

{LONG_1}

{LONG_3}

((Reporting by Hyonhee Shin and Joyce Lee; Editing by Ed Davies))

((hyonhee.shin@wire.example; +82 2 3704 5650;))

Keywords: NORTHKOREA RUSSIA/TROOPS
"""


def test_wire_service_lines_go_and_the_version_tag_leaves_the_headline() -> None:
    result = normalise_text(_WIRE)
    (article,) = result.articles
    assert (article.title, article.author, article.outlet) == ("North Korean troops suffer heavy losses in Kursk, lawmakers say", "Hyonhee Shin and Joyce Lee", "Reuters")
    assert passage_texts(article)[1:] == [LONG_1, LONG_3, "((Reporting by Hyonhee Shin and Joyce Lee; Editing by Ed Davies))"]
    assert removed_texts(result, "wire-service-line") == [
        "BC-NKOREA-RUSSIA/TROOPS (UPDATE 2)",
        "(Adds Kremlin comment in paragraphs 3-4)",
        "((hyonhee.shin@wire.example; +82 2 3704 5650;))\nKeywords: NORTHKOREA RUSSIA/TROOPS",
    ]


def test_a_headline_that_merely_starts_with_update_keeps_it() -> None:
    result = normalise_text(f"Update on the Kursk front\n\n{LONG_1}\n\n{LONG_2}\n")
    assert result.articles[0].title == "Update on the Kursk front"
    result = normalise_text(f"REFILE-Seoul counts 1,100 casualties\n\n{LONG_1}\n\n{LONG_2}\n")
    assert result.articles[0].title == "Seoul counts 1,100 casualties"


_PODCAST = """Frontline Asia: Episode 112, the Kursk deployment
Recorded 21 January 2025

HOST (00:00:04): Welcome back. Today we look at what we actually know about North Korea's troops in Russia.

DR. YOON (00:00:15): The best figure is still Seoul's, around 11,000, though a second rotation may be on its way.

HOST (00:01:02): And the casualties?

DR. YOON (00:01:09): Seoul said around 3,000 killed and wounded, Kyiv said closer to 4,000. Both are estimates.
"""


def test_recorded_date_names_no_outlet_and_speaker_turns_are_no_headings() -> None:
    (article,) = normalise_text(_PODCAST).articles
    assert (article.outlet, article.published) == (None, "2025-01-21")
    assert [p.kind for p in article.passages] == [PassageKind.BODY] * 4
    # A label in capitals that opens one line only is a kicker heading, not a speaker.
    text = f"Kursk report\n\n{LONG_1}\n\nANALYSIS: Why the numbers differ\n\n{LONG_2}\n\n{LONG_3}\n"
    assert {t: k for k, t in _kinds(normalise_text(text).articles[0])}["ANALYSIS: Why the numbers differ"] == "heading"


def test_translator_credit_under_the_byline_is_metadata() -> None:
    text = f"Why North Korea's soldiers fight to the death\n\nBy Choi Seung-ho, Seoul Shinmun\nTranslated from Korean by Anna Lee\n\n{LONG_1}\n\n{LONG_2}\n"
    result = normalise_text(text)
    (article,) = result.articles
    assert (article.author, article.outlet) == ("Choi Seung-ho", "Seoul Shinmun")
    assert passage_texts(article) == [LONG_1, LONG_2]
    assert removed_texts(result, "metadata-header") == ["By Choi Seung-ho, Seoul Shinmun\nTranslated from Korean by Anna Lee"]


# --- Pages --------------------------------------------------------------------------------------------


def test_page_escaped_twice_names_its_site_and_audits_nothing_it_kept() -> None:
    page = f"""<html><head><title>Kyiv: North Korean troops &amp;amp; Russian marines attack &amp;#8211; Frontline Weekly</title></head><body>
<article><h1>Kyiv: North Korean troops &amp;amp; Russian marines attack</h1>
<p>Ukraine&amp;#8217;s army said: {LONG_1}</p>
<p>&amp;quot;{LONG_2}&amp;quot; a spokesman said.</p>
<p>{LONG_3}</p></article></body></html>"""
    result = normalise_bytes(page.encode(), "page.html", suffix=".html")
    (article,) = result.articles
    assert (article.title, article.outlet) == ("Kyiv: North Korean troops & Russian marines attack", "Frontline Weekly")
    assert passage_texts(article) == [f"Ukraine’s army said: {LONG_1}", f'"{LONG_2}" a spokesman said.', LONG_3]
    assert [r.text for r in result.removed if r.reason == "html-boilerplate"] == []


def test_a_heading_where_a_photo_credit_could_stand_credits_nothing() -> None:
    text = f"# Kursk report\n\n{LONG_1}\n\n## Ed Ram/For The Washington Post via Getty Images\n\n{LONG_2}\n\n{LONG_3}\n"
    (article,) = normalise_bytes(text.encode(), "a.md", suffix=".md").articles
    assert {t: k for k, t in _kinds(article)}[LONG_1] == "body"


# --- Digests ----------------------------------------------------------------------------------------------

_DIGEST = f"""THE PENINSULA BRIEF
Issue 87 | Friday, 7 March 2025

---------------------------------------------

1. SEOUL SAYS MORE TROOPS ARE ON THE WAY

{LONG_2}

---------------------------------------------

2. SHELL DELIVERIES SLOW DOWN

{LONG_1}

Read more → https://brief.example/r/2

— The Peninsula Brief team
"""


def test_numbered_story_headline_of_a_plain_text_digest_is_its_title_and_the_desk_signature_goes() -> None:
    result = normalise_text(_DIGEST)
    assert result.articles[-1].title == "SHELL DELIVERIES SLOW DOWN"
    assert passage_texts(result.articles[-1]) == [LONG_1]
    assert removed_texts(result, "sign-off") == ["— The Peninsula Brief team"]
    # A numbered line with a list item under it stays in its list.
    listed = normalise_text(f"Kursk numbers\n\n{LONG_1}\n\n1. Seoul counts 11,000 troops\n2. Kyiv counts 12,000 troops\n\n{LONG_3}\n")
    assert listed.articles[0].title == "Kursk numbers"


def test_korean_lead_opening_with_its_reporter_names_the_author() -> None:
    text = "북한군, 쿠르스크 전선 투입…사상자 3천명 넘어\n\n김민준 기자 = 국가정보원은 13일 국회 정보위원회 보고에서 러시아 쿠르스크 지역에 파병된 북한군의 사상자가 약 3천명에 이른다고 밝혔다.\n\n국정원은 북한군이 드론 공격에 대한 이해 부족 등으로 대규모 피해를 입고 있다고 설명했다.\n"
    (article,) = normalise_bytes(text.encode("euc-kr"), "ko.txt").articles
    assert article.author == "김민준"
    # A lead without the reporter's word names no one.
    (plain,) = normalise_text(text.replace("김민준 기자 = ", "")).articles
    assert plain.author is None
