"""Blind round 22, layouts: picture blocks and address footers, and files of kinds not read before.

Each case is written as an unseen source would write it; what must hold is the body whole and in
order, the title, outlet, date and author right, furniture (and code, and note fields) left out
but on record.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from normalise_samples import (
    PROSE_1,
    PROSE_2,
    PROSE_3,
    body_texts,
    normalise_named,
    only_article,
    removed_texts,
)

from store.normalise import normalise_bytes


def _kinds(article) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(p.kind, p.text) for p in article.passages]


# --- known gaps -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("deck", "credit"),
    [
        ("Intelligence officials say thousands more soldiers are expected by winter", "Photo: Reuters"),
        ("Seoul says thousands more soldiers are expected by winter", "KCNA/Reuters"),
        ("Intelligence officials say thousands more soldiers are expected by winter", "Photo: Yonhap"),
    ],
)
def test_deck_caption_and_credit_in_one_block_set_the_caption_apart(deck: str, credit: str) -> None:
    caption = "North Korean soldiers march during a parade in Pyongyang in this undated file photo."
    # (the closing paragraph over its contributor credit, in one block too, is no caption)
    text = f"North Korean troops reach Kursk front\n\n{deck}\n{caption}\n{credit}\n\n{PROSE_1}\n\n{PROSE_2}\n{PROSE_3}\nReporting by Jane Roe; Editing by John Doe\n"
    article = only_article(normalise_named(text))
    kinds = _kinds(article)
    assert ("caption", caption) in kinds
    assert ("credit", credit) in kinds
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]


def test_a_two_line_caption_over_its_credit_under_a_deck_is_all_caption() -> None:
    text = (
        "North Korean troops reach Kursk front\n\n"
        "Analysts expect thousands more soldiers by winter\n"
        "North Korean soldiers at a training ground in Russia's Far East.\n"
        "Photo: Reuters\n\n"
        f"{PROSE_1}\n\n{PROSE_2}\n"
    )
    article = only_article(normalise_named(text))
    assert ("caption", "North Korean soldiers at a training ground in Russia's Far East.") in _kinds(article)
    assert body_texts(article) == [PROSE_1, PROSE_2]


@pytest.mark.parametrize(
    "address",
    [
        "1 Example Street, Seoul 04523",
        "124 Sejong-daero, Jung-gu, Seoul 04520",
        "10 Fleet Street, London EC4Y 1AA, UK",
        "Korea Herald Corp., 1 Example Street, Yongsan-gu, Seoul 04523, Republic of Korea",
        "Musterstraße 12, 10115 Berlin",
        "125009, Москва, ул. Тверская, д. 7",
        "вул. Хрещатик, 22, м. Київ, 01001",
        "(04523) 서울특별시 용산구 한강대로 123",
    ],
)
def test_a_bare_postal_address_under_the_text_is_no_body(address: str) -> None:
    # (a line of the text that names a road and ends in a year is no address)
    road = "12 North Korean soldiers were killed on the road to Sudzha, Kursk 2024"
    text = f"North Korean troops reach Kursk front\n\n{PROSE_1}\n\n{road}\n\n{PROSE_2}\n\n{PROSE_3}\n\n{address}\n"
    result = normalise_named(text)
    assert [p.text for p in only_article(result).passages] == [PROSE_1, road, PROSE_2, PROSE_3]
    assert removed_texts(result, "postal-address") == [address]


def test_the_phone_line_under_an_address_goes_with_it() -> None:
    text = f"North Korean troops reach Kursk front\n\n{PROSE_1}\n\n{PROSE_2}\n\n1 Example Street, Seoul 04523\nTel: +82-2-727-0114\n"
    result = normalise_named(text)
    assert body_texts(only_article(result)) == [PROSE_1, PROSE_2]
    assert removed_texts(result, "postal-address") == ["1 Example Street, Seoul 04523\nTel: +82-2-727-0114"]


# --- files of kinds not read before -----------------------------------------------------------


def test_nexis_uni_document_n_of_m_heads_are_no_part_of_the_titles() -> None:
    text = (
        "Document 1 of 2\n\nNorth Korean units reach Kursk front\n\nThe Korea Herald\nNovember 4, 2024 Monday\n\n"
        f"Length: 120 words\nByline: Jane Roe\n\nBody\n\n{PROSE_1}\n\n{PROSE_2}\n\nLoad-Date: November 5, 2024\n\nEnd of Document\n\n"
        "Document 2 of 2\n\nOil for troops, analysts say\n\nYonhap News Agency\nNovember 5, 2024 Tuesday\n\n"
        f"Length: 60 words\n\nBody\n\n{PROSE_3}\n\nLoad-Date: November 6, 2024\n\nEnd of Document\n"
    )
    result = normalise_named(text)
    assert [a.title for a in result.articles] == ["North Korean units reach Kursk front", "Oil for troops, analysts say"]
    assert [body_texts(a) for a in result.articles] == [[PROSE_1, PROSE_2], [PROSE_3]]
    assert "Document 1 of 2" in removed_texts(result)


def test_nitf_written_with_a_namespace_prefix_is_read_as_nitf() -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<nitf:nitf xmlns:nitf="http://iptc.org/std/NITF/2006-10-18/">'
        '<nitf:head><nitf:docdata><nitf:date.issue norm="20241104T090000Z"/></nitf:docdata></nitf:head>'
        "<nitf:body><nitf:body.head><nitf:hedline><nitf:hl1>North Korean units reach Kursk front</nitf:hl1></nitf:hedline>"
        "<nitf:byline>By Jane Roe</nitf:byline><nitf:distributor>Yonhap</nitf:distributor></nitf:body.head>"
        f"<nitf:body.content><nitf:p>{PROSE_1}</nitf:p><nitf:p>{PROSE_2}</nitf:p></nitf:body.content></nitf:body></nitf:nitf>"
    )
    article = only_article(normalise_named(text, "story.xml"))
    assert article.title == "North Korean units reach Kursk front"
    assert (article.author, article.published) == ("Jane Roe", "2024-11-04")
    assert body_texts(article) == [PROSE_1, PROSE_2]


def test_a_jupyter_notebook_gives_its_markdown_cells_and_audits_its_code() -> None:
    notebook = {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# North Korean units reach Kursk front\n", "\n", PROSE_1 + "\n"]},
            {
                "cell_type": "code",
                "execution_count": 1,
                "metadata": {},
                "outputs": [{"name": "stdout", "output_type": "stream", "text": ["11000\n"]}],
                "source": ["troops = 11000\n", "print(troops)"],
            },
            {"cell_type": "markdown", "metadata": {}, "source": [PROSE_2 + "\n", "\n", "## What it costs\n", "\n", f"See [the brief](https://example.org/b). **{PROSE_3}**"]},
        ],
        "metadata": {"kernelspec": {"name": "python3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    result = normalise_named(json.dumps(notebook, indent=1), "kursk.ipynb")
    article = only_article(result)
    assert article.title == "North Korean units reach Kursk front"
    assert body_texts(article) == [PROSE_1, PROSE_2, f"See the brief. {PROSE_3}"]
    assert ("heading", "What it costs") in _kinds(article)
    assert removed_texts(result, "notebook-code") == ["troops = 11000\nprint(troops)"]
    assert removed_texts(result, "notebook-output") == ["11000"]


def _epub(chapters: dict[str, str], spine: list[str], title: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/epub+zip")
        package.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
        )
        manifest = "".join(f'<item id="{name}" href="text/{name}.xhtml" media-type="application/xhtml+xml"/>' for name in chapters)
        itemrefs = "".join(f'<itemref idref="{name}"/>' for name in spine)
        package.writestr(
            "OEBPS/content.opf",
            '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title></metadata>'
            f"<manifest>{manifest}</manifest><spine>{itemrefs}</spine></package>",
        )
        for name, body in chapters.items():
            package.writestr(f"OEBPS/text/{name}.xhtml", f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>')
    return buffer.getvalue()


def test_an_epub_is_read_chapter_by_chapter_in_its_spine_order() -> None:
    data = _epub(
        {"later": f"<h2>Paying for it</h2><p>{PROSE_3}</p>", "first": f"<h2>The front</h2><p>{PROSE_1}</p><p>{PROSE_2}</p>"},
        spine=["first", "later"],
        title="Kursk dispatches",
    )
    result = normalise_bytes(data, "kursk.epub", suffix=".epub")
    article = only_article(result)
    assert article.title == "Kursk dispatches"
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert [p.text for p in article.passages if p.kind == "heading"] == ["The front", "Paying for it"]


def test_an_obsidian_note_loses_its_link_brackets_callout_mark_and_own_fields() -> None:
    text = (
        "---\ntitle: North Korean units reach Kursk front\ntags: [nk, russia]\n---\n\n"
        "Source:: [[Yonhap]]\nRelated:: [[North Korea]] [[Kursk]]\n\n"
        f"{PROSE_1}\n\n> [!note] My take\n> Check it against the NIS briefing before quoting it.\n\n"
        f"{PROSE_2} See [[NIS briefing 2024-11|the NIS briefing]] and [[Kursk#Casualties]].\n\n![[map.png]]\n\n{PROSE_3}\n"
    )
    result = normalise_named(text, "note.md")
    article = only_article(result)
    assert article.outlet == "Yonhap"
    texts = [p.text for p in article.passages]
    assert f"{PROSE_2} See the NIS briefing and Kursk." in texts
    assert not any("[" in t or "::" in t for t in texts)
    assert ("heading", "My take") in _kinds(article)
    assert removed_texts(result, "note-field") == ["Related:: [[North Korea]] [[Kursk]]"]


@pytest.mark.parametrize(
    "prompt",
    [
        "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це редакцію.",
        "Если вы заметили ошибку в тексте новости, пожалуйста, выделите её мышью и нажмите Ctrl+Enter, чтобы отправить информацию редакции.",
    ],
)
def test_a_long_typo_report_prompt_under_a_cyrillic_story_is_chrome(prompt: str) -> None:
    p1 = "Південнокорейська розвідка повідомила депутатам, що північнокорейські підрозділи перекинули з полігонів на Далекому Сході на лінію фронту."
    p2 = "Аналітики в Сеулі вважають, що перекидання військ оплачується поставками нафти та технічною допомогою ракетній програмі Пхеньяна."
    html = f"<html><body><h1>КНДР перекинула війська під Курськ</h1><p>{p1}</p><p>{p2}</p><p>{prompt}</p></body></html>"
    result = normalise_named(html, "page.html")
    assert body_texts(only_article(result)) == [p1, p2]
    assert prompt in removed_texts(result)


def test_a_newsletter_page_author_loses_the_month_its_dateline_left_behind() -> None:
    html = (
        '<html><head><title>Kursk, by numbers - NK Notes</title><meta property="og:site_name" content="NK Notes"></head><body>'
        '<div class="post-header"><h1 class="post-title">Kursk, by numbers</h1>'
        '<div class="byline"><a>Daniel Hart</a> Nov 15, 2024</div></div>'
        f'<div class="available-content"><div class="body markup"><p>{PROSE_1}</p><p>{PROSE_2}</p><p>{PROSE_3}</p></div></div>'
        "</body></html>"
    )
    article = only_article(normalise_named(html, "post.html"))
    assert (article.author, article.published) == ("Daniel Hart", "2024-11-15")
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]


def test_a_blogging_platforms_glued_controls_are_no_heading() -> None:
    html = (
        "<html><head><title>Kursk, by numbers | Medium</title></head><body><article><h1>Kursk, by numbers</h1>"
        "<div><span>--</span><span>3</span><span>Listen</span><span>Share</span></div>"
        f"<p>{PROSE_1}</p><p>{PROSE_2}</p><p>{PROSE_3}</p></article></body></html>"
    )
    result = normalise_named(html, "post.html")
    article = only_article(result)
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert "--3ListenShare" in removed_texts(result)


def test_a_forum_pages_own_comment_elements_and_score_lines_are_no_body() -> None:
    comments = [
        "I doubt the 11,000 figure is right; the NIS has overstated these numbers before and nobody checked.",
        "The satellite imagery from Maxar suggests the numbers are plausible, at least for the first wave of troops.",
    ]
    html = (
        "<html><head><title>North Korean troops in Kursk : r/worldnews</title></head><body>"
        '<shreddit-post><h1 slot="title">North Korean troops reach Kursk front, Seoul says</h1>'
        f'<div slot="text-body"><p>{PROSE_1}</p><p>{PROSE_2}</p></div></shreddit-post>'
        "<div>Posted by u/jroe 4 hr. ago</div><div>1.2k upvotes · 348 comments</div>"
        + "".join(f'<shreddit-comment><div slot="comment"><p>{c}</p></div></shreddit-comment>' for c in comments)
        + "</body></html>"
    )
    result = normalise_named(html, "thread.html")
    article = only_article(result)
    assert body_texts(article) == [PROSE_1, PROSE_2]
    assert set(comments) <= set(removed_texts(result))  # left out, on record
    assert removed_texts(result, "forum-chrome") == ["1.2k upvotes · 348 comments"]


def test_an_aggregators_score_line_is_chrome_but_a_bare_count_of_points_is_not() -> None:
    text = (
        "North Korean units reach Kursk front\n\n312 points by jroe 4 hours ago | hide | past | favorite | 148 comments\n\n"
        f"{PROSE_1}\n\n12 points\n\n{PROSE_2}\n"
    )
    result = normalise_named(text)
    assert "12 points" in [p.text for p in only_article(result).passages]
    assert removed_texts(result, "forum-chrome") == ["312 points by jroe 4 hours ago | hide | past | favorite | 148 comments"]


def test_a_markdown_link_without_words_leaves_nothing_beside_its_button() -> None:
    text = f"# Kursk, by numbers\n\n[](https://nknotes.example/p/kursk/comments)[Share](https://nknotes.example/p/kursk?share)\n\n{PROSE_1}\n\n{PROSE_2}\n"
    result = normalise_named(text, "post.md")
    assert [p.text for p in only_article(result).passages] == [PROSE_1, PROSE_2]
    assert "Share" in removed_texts(result)


def test_an_atom_feed_written_with_prefixes_is_read_as_a_feed() -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns:x="http://www.w3.org/1999/xhtml">'
        "<a:title>NK Watch</a:title><a:entry><a:title>North Korean units reach Kursk front</a:title>"
        "<a:published>2024-11-04T09:00:00Z</a:published><a:author><a:name>Jane Roe</a:name></a:author>"
        f'<a:content type="xhtml"><x:div><x:p>{PROSE_1}</x:p><x:p>{PROSE_2}</x:p></x:div></a:content></a:entry></a:feed>'
    )
    article = only_article(normalise_named(text, "feed.xml"))
    assert (article.title, article.outlet, article.author, article.published) == ("North Korean units reach Kursk front", "NK Watch", "Jane Roe", "2024-11-04")
    assert body_texts(article) == [PROSE_1, PROSE_2]


@pytest.mark.parametrize("byline", ["BY JANE ROE KYODO", "By Jane Roe Yonhap"])
def test_a_wire_glued_to_the_writers_name_in_a_byline_is_the_outlet(byline: str) -> None:
    article = only_article(normalise_named(f"North Korea sends more troops to Russia\n\n{byline}\n\n{PROSE_1}\n\n{PROSE_2}\n"))
    assert article.author.lower() == "jane roe"
    assert article.outlet in ("Kyodo News", "Yonhap")
    assert body_texts(article) == [PROSE_1, PROSE_2]


def test_a_follow_button_glued_to_the_writers_name_is_no_part_of_it() -> None:
    html = (
        "<html><head><title>Kursk, by numbers | by Daniel Hart | Medium</title></head><body><article><h1>Kursk, by numbers</h1>"
        "<div><a>Daniel Hart</a><span>Follow</span></div><div><span>5 min read</span><span>·</span><span>Nov 15, 2024</span></div>"
        f"<p>{PROSE_1}</p><p>{PROSE_2}</p></article></body></html>"
    )
    article = only_article(normalise_named(html, "post.html"))
    assert (article.author, article.published) == ("Daniel Hart", "2024-11-15")
    assert body_texts(article) == [PROSE_1, PROSE_2]


def test_a_labelled_photo_credit_over_its_caption_captions_a_full_sentence() -> None:
    caption = "North Korean soldiers march during a parade in Pyongyang."
    text = f"North Korean troops reach Kursk front\n\n{PROSE_1}\n\n{PROSE_2}\n\nPhoto: Reuters\n{caption}\n\n{PROSE_3}\n"
    article = only_article(normalise_named(text))
    assert [("credit", "Photo: Reuters"), ("caption", caption)] == [(p.kind, p.text) for p in article.passages if p.kind in ("credit", "caption")]
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]


def test_a_korean_papers_tip_line_under_the_story_is_no_body() -> None:
    lede = "북한이 올해 들어 러시아에 병력 3천여명을 추가로 파병한 것으로 파악됐다고 합동참모본부가 24일 밝혔다."
    para = "합참은 북한이 170㎜ 자주포와 240㎜ 방사포 등 약 220문의 포를 러시아에 보낸 것으로 분석했다."
    tip = "기사제보 및 보도자료 press@example.co.kr"
    text = f"북한군 쿠르스크 전선 투입\n\n{lede}\n\n{para}\n\n홍길동 기자 hong@example.co.kr\n{tip}\nCopyright ⓒ 예시일보 All rights reserved.\n"
    result = normalise_named(text)
    assert body_texts(only_article(result)) == [lede, para]
    assert removed_texts(result, "contact-line") == [tip]


def test_a_medium_export_keeps_its_subtitle_as_the_deck_and_sets_its_pull_quote_apart() -> None:
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kursk, by numbers</title></head><body><article class="h-entry">'
        '<header><h1 class="p-name">Kursk, by numbers</h1></header>'
        '<section data-field="subtitle" class="p-summary">What the intelligence agencies say, and on whose authority</section>'
        '<section data-field="body" class="e-content"><section class="section section--body"><div class="section-content"><div class="section-inner">'
        f'<h3 class="graf graf--h3 graf--title">Kursk, by numbers</h3><p class="graf graf--p">{PROSE_1}</p><p class="graf graf--p">{PROSE_2}</p>'
        '<blockquote class="graf graf--pullquote">The soldiers were issued Russian uniforms</blockquote>'
        f'<p class="graf graf--p">{PROSE_3}</p></div></div></section></section>'
        '<footer><p>By <a class="p-author h-card">Daniel Hart</a> on <time class="dt-published" datetime="2024-11-15T08:00:00.000Z">November 15, 2024</time>.</p>'
        "<p>Exported from Medium on December 1, 2024.</p></footer></article></body></html>"
    )
    article = only_article(normalise_named(html, "medium-export.html"))
    assert (article.title, article.dek) == ("Kursk, by numbers", "What the intelligence agencies say, and on whose authority")
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert ("pullquote", "The soldiers were issued Russian uniforms") in _kinds(article)


def test_an_epub_that_cannot_be_read_gets_one_clear_error() -> None:
    from store.errors import SourceError

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/epub+zip")
        package.writestr("META-INF/container.xml", "<container><rootfiles><rootfile full-path='missing.opf'/></rootfiles></container>")
    with pytest.raises(SourceError, match="EPUB"):
        normalise_bytes(buffer.getvalue(), "broken.epub", suffix=".epub")
    empty = _epub({}, spine=[], title="No chapters")
    with pytest.raises(SourceError, match="no chapter with text"):
        normalise_bytes(empty, "empty.epub", suffix=".epub")


def test_a_wordpress_exports_attachments_are_no_articles() -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>NK Notes</title>'
        "<item><title>Kursk, by numbers</title><pubDate>Fri, 15 Nov 2024 08:00:00 +0000</pubDate><dc:creator>dhart</dc:creator>"
        f"<content:encoded><![CDATA[<!-- wp:paragraph --><p>{PROSE_1}</p><!-- /wp:paragraph --><p>{PROSE_2}</p>]]></content:encoded>"
        "<wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item>"
        "<item><title>kursk-map</title><content:encoded><![CDATA[]]></content:encoded><wp:post_type>attachment</wp:post_type>"
        "<wp:attachment_url>https://nknotes.example/map.png</wp:attachment_url></item></channel></rss>"
    )
    result = normalise_named(text, "export.xml")
    article = only_article(result)
    assert (article.title, article.outlet) == ("Kursk, by numbers", "NK Notes")
    assert body_texts(article) == [PROSE_1, PROSE_2]
    assert any("kursk-map" in removed for removed in removed_texts(result))


def test_a_json_feeds_title_is_its_items_outlet() -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "NK Notes",
        "items": [
            {"id": "1", "title": "Kursk, by numbers", "content_html": f"<p>{PROSE_1}</p><p>{PROSE_2}</p>", "date_published": "2024-11-15T08:00:00Z", "authors": [{"name": "Daniel Hart"}]},
            {"id": "2", "title": "Oil for troops", "content_text": PROSE_3, "date_published": "2024-11-16T08:00:00Z"},
        ],
    }
    result = normalise_named(json.dumps(feed), "feed.json")
    assert [(a.title, a.outlet, a.published) for a in result.articles] == [("Kursk, by numbers", "NK Notes", "2024-11-15"), ("Oil for troops", "NK Notes", "2024-11-16")]
    assert [body_texts(a) for a in result.articles] == [[PROSE_1, PROSE_2], [PROSE_3]]


def test_an_apple_news_format_article_is_read_by_its_components_roles() -> None:
    document = {
        "version": "1.7",
        "identifier": "kursk-1",
        "title": "North Korean units reach Kursk front",
        "metadata": {"datePublished": "2024-11-04T09:00:00Z"},
        "components": [
            {"role": "title", "text": "North Korean units reach Kursk front"},
            {"role": "intro", "text": "Thousands more expected by winter"},
            {"role": "byline", "text": "By Jane Roe"},
            {"role": "photo", "URL": "bundle://a.jpg", "caption": "North Korean soldiers march in Pyongyang. Photo: Reuters"},
            {"role": "section", "components": [{"role": "body", "text": f"{PROSE_1}\n\n{PROSE_2}"}, {"role": "pullquote", "text": "The soldiers were issued Russian uniforms"}]},
            {"role": "heading2", "text": "Paying for it"},
            {"role": "body", "text": PROSE_3},
        ],
    }
    article = only_article(normalise_named(json.dumps(document), "article.json"))
    assert (article.title, article.dek, article.author, article.published) == ("North Korean units reach Kursk front", "Thousands more expected by winter", "Jane Roe", "2024-11-04")
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    kinds = _kinds(article)
    assert ("caption", "North Korean soldiers march in Pyongyang. Photo: Reuters") in kinds
    assert ("pullquote", "The soldiers were issued Russian uniforms") in kinds
    assert ("heading", "Paying for it") in kinds


@pytest.mark.parametrize(
    "signature",
    [
        "Kim Tong-hyung, Seoul bureau\nkim@example.com | +82 2 555 0100",
        "Jane Roe, Seoul correspondent\nTel: +82 2 555 0100\nEmail: jane@example.com",
    ],
)
def test_a_writers_closing_signature_with_her_numbers_is_no_body(signature: str) -> None:
    result = normalise_named(f"North Korean troops reach Kursk front\n\n{PROSE_1}\n\n{PROSE_2}\n\n{signature}\n")
    assert [p.text for p in only_article(result).passages] == [PROSE_1, PROSE_2]
    assert removed_texts(result, "signature") == [signature]
    # A closing line that gives a number in a sentence of its own is the story's.
    closing = "The ministry can be reached at\n+82 2 555 0100"
    kept = normalise_named(f"North Korean troops reach Kursk front\n\n{PROSE_1}\n\n{PROSE_2}\n\n{closing}\n")
    assert removed_texts(kept, "signature") == []


def test_epub_and_notebook_files_are_accepted_by_ingest_not_refused_by_suffix(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from store.ingest import ingest_paths

    book = tmp_path / "kursk.epub"
    book.write_bytes(_epub({"first": f"<p>{PROSE_1}</p><p>{PROSE_2}</p>"}, spine=["first"], title="Kursk dispatches"))
    notebook = tmp_path / "notes.ipynb"
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# Kursk notes\n\n{PROSE_3}\n"]}]
    notebook.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    fake = tmp_path / "fake.epub"
    fake.write_bytes(b"plain text under a book's name")
    report = ingest_paths([book, notebook, fake], tmp_path / "db.json")
    assert sorted((Path(f.path).name, f.articles) for f in report.files if f.status == "added") == [
        ("kursk.epub", 1), ("notes.ipynb", 1)]
    (rejected,) = report.rejected
    assert "EPUB" in rejected.error
