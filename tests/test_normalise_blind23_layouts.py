"""Blind round 23, layouts: damaged notebooks, e-books' own fields, provenance kickers, table-laid forum pages
and layouts not read before.

Each case is written as an unseen source would write it; what must hold is the body whole and in order,
the title, outlet, date and author right, furniture left out but on record, one clear error for a file
that cannot be read.
"""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from normalise_samples import (
    CLOSING,
    LEDE,
    PARA,
    PROSE_1,
    PROSE_2,
    PROSE_3,
    body_texts,
    normalise_named,
    only_article,
    removed_texts,
)

from store.errors import SourceError
from store.normalise import normalise_bytes


def _kinds(article) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(p.kind, p.text) for p in article.passages]


# --- a notebook whose JSON is broken ------------------------------------------------------------

_NOTEBOOK = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# North Korean units reach Kursk front\n", "\n", PROSE_1 + "\n"]},
        {
            "cell_type": "code",
            "execution_count": 1,
            "metadata": {},
            "outputs": [{"name": "stdout", "output_type": "stream", "text": ["11000\n"]}],
            "source": ["troops = 11000\n", "print(troops)"],
        },
        {"cell_type": "markdown", "metadata": {}, "source": [PROSE_2 + "\n", "\n", PROSE_3]},
    ],
    "metadata": {"kernelspec": {"name": "python3"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}


@pytest.mark.parametrize("name", ["kursk.ipynb", "kursk.json"])
def test_a_notebook_with_a_comma_lost_in_a_hand_edit_gives_its_cells_text_and_records_the_break(name: str) -> None:
    text = json.dumps(_NOTEBOOK, indent=1).replace('"metadata": {},\n   "outputs"', '"metadata": {}\n   "outputs"')
    result = normalise_named(text, name)
    article = only_article(result)
    assert article.title == "North Korean units reach Kursk front"
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert not any('"cell_type"' in p.text or '"source"' in p.text for p in article.passages)
    assert removed_texts(result, "notebook-code") == ["troops = 11000\nprint(troops)"]
    (damage,) = removed_texts(result, "broken-json")
    assert "line 16" in damage


def test_a_notebook_cut_short_keeps_what_it_holds_up_to_the_cut() -> None:
    text = json.dumps(_NOTEBOOK, indent=1)
    text = text[: text.index(PROSE_3) + 40]
    result = normalise_named(text, "kursk.ipynb")
    article = only_article(result)
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3[:40]]
    assert removed_texts(result, "notebook-output") == ["11000"]
    assert removed_texts(result, "broken-json")


def test_a_broken_notebook_without_a_line_of_prose_gets_one_clear_error() -> None:
    text = '{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "x = 1"\n   ]\n  }\n ],\n "nbformat": 4\n'
    with pytest.raises(SourceError, match=r"Jupyter notebook whose JSON is broken \(line 11"):
        normalise_named(text, "scratch.ipynb")


# --- an e-book's own fields ---------------------------------------------------------------------


def _epub(metadata: str, chapter: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/epub+zip")
        package.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
        )
        package.writestr(
            "OEBPS/content.opf",
            '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0">'
            f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">{metadata}</metadata>'
            '<manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c1"/></spine></package>',
        )
        package.writestr("OEBPS/c1.xhtml", f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{chapter}</body></html>')
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("publisher", "outlet"),
    [("The Korea Herald", "The Korea Herald"), ("Meduza", "Meduza"), ("Yonhap News Agency", "Yonhap")],
)
def test_an_epubs_publisher_is_its_outlet_and_its_author_and_date_are_read(publisher: str, outlet: str) -> None:
    metadata = (
        "<dc:title>North Korean units reach Kursk front</dc:title>"
        '<dc:creator opf:role="edt">Desk Editor</dc:creator><dc:creator opf:role="aut">Jane Roe</dc:creator>'
        f"<dc:publisher>{publisher}</dc:publisher><dc:date>2024-11-04</dc:date>"
    )
    article = only_article(normalise_bytes(_epub(metadata, f"<p>{PROSE_1}</p><p>{PROSE_2}</p>"), "kursk.epub", suffix=".epub"))
    assert article.title == "North Korean units reach Kursk front"
    assert (article.outlet, article.author, article.published) == (outlet, "Jane Roe", "2024-11-04")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2]


def test_an_epub_whose_chapter_opens_with_its_title_and_a_one_word_title_over_fields() -> None:
    opening = _epub("<dc:title>Kursk</dc:title><dc:publisher>Meduza</dc:publisher>", f"<p>{PROSE_1}</p><p>{PROSE_2}</p>")
    article = only_article(normalise_bytes(opening, "kursk.epub", suffix=".epub"))
    assert (article.title, article.outlet) == ("Kursk", "Meduza")
    assert body_texts(article) == [PROSE_1, PROSE_2]
    titled = _epub(
        "<dc:title>North Korean units reach Kursk front</dc:title><dc:publisher>Meduza</dc:publisher>",
        f"<h1>North Korean units reach Kursk front</h1><p>{PROSE_1}</p><p>{PROSE_2}</p>",
    )
    article = only_article(normalise_bytes(titled, "kursk.epub", suffix=".epub"))
    assert (article.title, article.outlet) == ("North Korean units reach Kursk front", "Meduza")
    assert body_texts(article) == [PROSE_1, PROSE_2]
    two_writers = _epub("<dc:title>Kursk</dc:title><dc:creator>Jane Roe</dc:creator><dc:creator>John Doe</dc:creator>", f"<p>{PROSE_1}</p>")
    assert only_article(normalise_bytes(two_writers, "kursk.epub", suffix=".epub")).author == "Jane Roe, John Doe"


# --- a forum page laid out in nested tables --------------------------------------------------------

_HN_COMMENTS = [
    "I doubt the 11,000 figure is right; the NIS has overstated these numbers before and nobody checked.",
    "The satellite imagery from Maxar suggests the numbers are plausible, at least for the first wave of troops.",
]


def _hn_comment(number: int, text: str, indent: int) -> str:
    return (
        f'<tr class="athing comtr" id="{number}"><td><table border="0"><tr><td class="ind" indent="{indent}"><img src="s.gif" height="1" width="{indent * 40}"></td>'
        f'<td valign="top" class="votelinks"><center><a id="up_{number}" href="vote?id={number}&how=up"><div class="votearrow" title="upvote"></div></a></center></td>'
        f'<td class="default"><div><span class="comhead"><a href="user?id=bob" class="hnuser">bob</a> <span class="age"><a href="item?id={number}">3 hours ago</a></span>'
        f'<span class="navs"> | <a href="#">next</a> <a class="togg clicky" href="javascript:void(0)">[–]</a></span></span></div><br>'
        f'<div class="comment"><div class="commtext c00">{text}</div><div class="reply"><p><font size="1"><u><a href="reply?id={number}">reply</a></u></font></p></div></div></td></tr></table></td></tr>'
    )


def _hn_page(story: str) -> str:
    title = "North Korean troops reach Kursk front, Seoul says"
    return (
        f'<html lang="en"><head><title>{title} | Hacker News</title></head><body><center>'
        '<table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">'
        '<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td><a href="https://news.ycombinator.com"><img src="y18.svg" width="18"></a></td>'
        '<td><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b><a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | '
        '<a href="ask">ask</a> | <a href="submit">submit</a></span></td><td><span class="pagetop"><a href="login">login</a></span></td></tr></table></td></tr>'
        f'<tr id="pagespace" title="{title}" style="height:10px"></tr><tr><td><table class="fatitem" border="0">'
        f'<tr class="athing submission" id="1"><td class="title"><span class="rank"></span></td><td class="votelinks"><center><a id="up_1" href="vote?id=1&how=up"><div class="votearrow"></div></a></center></td>'
        f'<td class="title"><span class="titleline"><a href="https://example.org/kursk">{title}</a><span class="sitebit comhead"> (<a href="from?site=example.org"><span class="sitestr">example.org</span></a>)</span></span></td></tr>'
        '<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_1">312 points</span> by <a href="user?id=jroe" class="hnuser">jroe</a> '
        '<span class="age" title="2024-11-04T08:00:00"><a href="item?id=1">4 hours ago</a></span> | <a href="hide?id=1">hide</a> | <a href="fave?id=1">favorite</a> | <a href="item?id=1">148&nbsp;comments</a></span></td></tr>'
        f'<tr><td colspan="2"></td><td><div class="toptext">{story}</div></td></tr>'
        '<tr><td colspan="2"></td><td><form action="comment" method="post"><textarea name="text" rows="8" cols="80"></textarea><br><input type="submit" value="add comment"></form></td></tr></table><br>'
        '<table border="0" class="comment-tree">' + _hn_comment(2, _HN_COMMENTS[0], 0) + _hn_comment(3, _HN_COMMENTS[1], 1) + "</table><br></td></tr>"
        '<tr><td><table width="100%"><tr><td bgcolor="#ff6600"></td></tr></table><br><center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | '
        '<a href="newsfaq.html">FAQ</a> | <a href="security.html">Security</a> | <a href="mailto:hn@ycombinator.com">Contact</a></span></center></td></tr></table></center></body></html>'
    )


def test_a_forum_page_laid_out_in_nested_tables_gives_its_post_and_leaves_the_comments_and_bars_on_record() -> None:
    result = normalise_named(_hn_page(f"{PROSE_1}<p>{PROSE_2}</p>"), "item.html")
    article = only_article(result)
    assert article.title == "North Korean troops reach Kursk front, Seoul says"
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2]
    removed = removed_texts(result)
    assert set(_HN_COMMENTS) <= set(removed)
    assert any("Hacker News" in text and "submit" in text for text in removed)



# --- a syndicating site's provenance kicker over the headline --------------------------------------


@pytest.mark.parametrize(
    ("kicker", "outlet"),
    [
        ("From the Korea Herald", "The Korea Herald"),
        ("FROM THE KOREA HERALD", "The Korea Herald"),
        ("Courtesy of Yonhap", "Yonhap"),
        ("Via Meduza", "Meduza"),
    ],
)
def test_a_provenance_kicker_over_the_headline_names_the_outlet_and_is_no_title(kicker: str, outlet: str) -> None:
    result = normalise_named(f"{kicker}\n\nNorth Korean units reach Kursk front\n\n{PROSE_1}\n\n{PROSE_2}\n")
    article = only_article(result)
    assert article.title == "North Korean units reach Kursk front"
    assert article.outlet == outlet
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2]
    assert kicker in removed_texts(result)
    # (a headline that opens with "From" names no paper)
    headline = f"{kicker.split()[0].title()} Pyongyang to Kursk: the long road of North Korean units"
    article = only_article(normalise_named(f"{headline}\n\n{PROSE_1}\n\n{PROSE_2}\n"))
    assert (article.title, article.outlet) == (headline, None)


# --- layouts not read before -----------------------------------------------------------------------


def test_cookie_banners_in_italian_and_dutch_go_with_their_rows_of_buttons() -> None:
    text = (
        f"North Korean units reach Kursk front\n\n{PROSE_1}\n\n"
        'Questo sito utilizza cookie tecnici e di profilazione. Cliccando su "Accetta" acconsenti all\'uso dei cookie.\nAccetta  Rifiuta\n\n'
        f"{PROSE_2}\n\n"
        "Deze website maakt gebruik van cookies om uw ervaring te verbeteren.\nAlle cookies accepteren  Instellingen\n\n"
        f"{PROSE_3}\n"
    )
    result = normalise_named(text)
    assert [p.text for p in only_article(result).passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert len(removed_texts(result, "cookie-notice")) == 2


@pytest.mark.parametrize(
    ("first", "second", "last"),
    [
        ("Page 1 of 3   Next page »", "« Previous page   Page 2 of 3   Next page »", "Page 3 of 3\n1 2 3"),
        ("Continued on next page", "« Prev  1 2 3  Next »", "Seite 3 von 3"),
    ],
)
def test_a_story_paged_on_the_web_loses_its_pagers_and_keeps_every_part(first: str, second: str, last: str) -> None:
    text = f"North Korean units reach Kursk front\n\nBy Jane Roe\n\n{PROSE_1}\n\n{first}\n\n{PROSE_2}\n\n{second}\n\n{PROSE_3}\n\n{last}\n"
    result = normalise_named(text)
    article = only_article(result)
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert article.author == "Jane Roe"
    assert len(removed_texts(result, "page-number")) == 3


def test_a_gallery_of_captions_only_is_one_story_whatever_its_captions_read_like() -> None:
    slides = [
        ("North Korean soldiers board a train in Vladivostok in this image released by Ukraine's HUR.", "Photo: HUR via AP"),
        ("Soldiers receive Russian uniforms at a training ground in Primorsky Krai.", "Photo: HUR via AP"),
        ("A column of trucks moves toward the Kursk region in this satellite image.", "Maxar Technologies"),
        ("A soldier holds a rifle at a firing range in the Russian Far East.", "Photo: HUR via AP"),
    ]
    text = "In pictures: North Korean troops in Russia\n\n" + "\n\n".join(f"{n} of 4\n{caption}\n{credit}" for n, (caption, credit) in enumerate(slides, 1)) + "\n"
    result = normalise_named(text)
    article = only_article(result)  # (a slide whose caption reads as a sentence opens no story of its own)
    assert article.title == "In pictures: North Korean troops in Russia"
    captions = [p.text.rstrip(".") for p in article.passages if p.kind != "credit"]
    assert captions == [caption.rstrip(".") for caption, _ in slides]
    assert [p.text for p in article.passages if p.kind == "credit"] == [credit for _, credit in slides]
    assert removed_texts(result, "item-counter") == [f"{n} of 4" for n in range(1, 5)]


def test_a_korean_portals_comment_section_under_the_story_is_no_text_and_dates_nothing() -> None:
    lede = "북한이 올해 들어 러시아에 병력 3천여명을 추가로 파병한 것으로 파악됐다고 합동참모본부가 24일 밝혔다."
    para = "합참은 북한이 170㎜ 자주포와 240㎜ 방사포 등 약 220문의 포를 러시아에 보낸 것으로 분석했다."
    comments = ["이게 말이 되냐 북한군이 러시아까지 가서 싸운다니 정말 큰일이다", "정부는 빨리 대책을 세워야 한다고 봅니다"]
    text = (
        f"북한군, 쿠르스크 전선 도착\n\n{lede}\n\n{para}\n\n댓글 128\n순공감순 최신순 공감비율순\n"
        f"김철수\n2024.11.04. 10:21\n{comments[0]}\n답글 3 공감 56 비공감 4\n"
        f"이영희\n2024.11.04. 10:35\n{comments[1]}\n답글 0 공감 12 비공감 1\n"
    )
    result = normalise_named(text)
    article = only_article(result)
    assert [p.text for p in article.passages] == [lede, para]
    assert article.published is None  # (a reader's post is stamped, not the story)
    assert all(any(comment in removed for removed in removed_texts(result, "comments")) for comment in comments)


def test_an_aggregators_copy_with_its_name_over_the_headline_and_a_reading_time_by_the_date() -> None:
    text = (
        "Yahoo News\n\nNorth Korean units reach Kursk front\n\n"
        "Jane Roe\nMon, November 4, 2024 at 9:15 AM GMT+9 · 3 min read\n\n"
        f"{PROSE_1}\n\n{PROSE_2}\n\nStory continues\n\n{PROSE_3}\n"
    )
    article = only_article(normalise_named(text))
    assert article.title == "North Korean units reach Kursk front"
    assert (article.outlet, article.author, article.published) == ("Yahoo News", "Jane Roe", "2024-11-04")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]


def test_a_print_views_printed_from_address_names_the_outlet() -> None:
    html = (
        "<html><head><title>Print - North Korean units reach Kursk front</title></head><body onload=\"window.print()\">"
        '<div class="print-header"><a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a></div>'
        f'<h1>North Korean units reach Kursk front</h1><div class="meta">By Jane Roe | November 4th, 2024</div><p>{PROSE_1}</p><p>{PROSE_2}</p><p>{PROSE_3}</p>'
        '<div class="print-footer">Printed from https://www.nknews.org/2024/11/kursk/ on 5 Nov 2024</div></body></html>'
    )
    article = only_article(normalise_named(html, "print.html"))
    assert (article.title, article.outlet, article.author) == ("North Korean units reach Kursk front", "NK News", "Jane Roe")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]


def test_a_russian_magazines_text_credit_is_its_author_and_a_short_typo_prompt_is_chrome() -> None:
    paragraphs = [
        "По данным южнокорейской разведки, около 11 тысяч северокорейских военных прибыли в Курскую область.",
        "Военнослужащим выдали российскую форму и документы жителей Бурятии, сообщили в Сеуле.",
        "Аналитики считают, что в обмен КНДР получает нефть и военные технологии.",
    ]
    text = (
        "Северокорейские военные прибыли в Курскую область\n\n04.11.2024, 10:15\nТекст: Иван Петров\n\n"
        f"{paragraphs[0]}\n\nФото: Reuters\n\n{paragraphs[1]}\n\n{paragraphs[2]}\n\nНашли ошибку? Выделите ее и нажмите Ctrl+Enter\n"
    )
    result = normalise_named(text)
    article = only_article(result)
    assert (article.author, article.published) == ("Иван Петров", "2024-11-04")
    assert body_texts(article) == paragraphs
    assert "Нашли ошибку? Выделите ее и нажмите Ctrl+Enter" in removed_texts(result)


def test_a_minified_live_blog_page_keeps_its_entries_in_the_pages_order_under_the_headline() -> None:
    entries = "".join(
        f'<article class="block"><p class="block-time"><time datetime="2024-11-04T{hour}:00:00Z">{hour}.00 GMT</time></p><p>{text}</p><div class="share"><a>Share</a></div></article>'
        for hour, text in (("14", PROSE_1), ("13", PROSE_2), ("12", PROSE_3))
    )
    html = (  # (the whole page on one line, as a minifier writes it)
        "<html><head><title>Live: North Korean units reach Kursk front – latest updates</title></head><body><main>"
        "<h1>Live: North Korean units reach Kursk front – latest updates</h1>"
        '<div class="key-events"><h2>Key events</h2><ul><li><a href="#b1">Seoul briefing</a></li><li><a href="#b2">Pentagon</a></li></ul></div>'
        f"{entries}</main></body></html>"
    )
    article = only_article(normalise_named(html, "live.html"))
    assert article.title == "Live: North Korean units reach Kursk front – latest updates"
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]


def test_a_digest_saved_as_a_page_gives_each_story_under_its_own_headline() -> None:
    stories = [
        ("North Korean units reach Kursk front", [PROSE_1, PROSE_2]),
        ("Seoul confirms 3,000 more troops sent this year", [LEDE, PARA]),
        ("What Pyongyang gets in return", [CLOSING, PROSE_3]),
    ]
    html = (
        '<html><head><title>The Peninsula Brief: Nov 4</title></head><body><table role="presentation" width="600"><tr><td>'
        "<p>Good morning. Here is what you need to know today.</p>"
        + "<p>* * *</p>".join(f"<h2>{head}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs) + f'<p><a href="https://example.org/{n}">Read more</a></p>' for n, (head, paragraphs) in enumerate(stories))
        + '<p>You are receiving this email because you signed up for The Peninsula Brief. <a href="#">Unsubscribe</a></p></td></tr></table></body></html>'
    )
    result = normalise_named(html, "brief.html")
    assert [(a.title, [p.text for p in a.passages]) for a in result.articles] == stories
    assert removed_texts(result, "read-more") == ["Read more"] * 3


def test_a_papers_pdf_text_drops_its_section_and_page_folio_footer() -> None:
    head = "THE KOREA HERALD                                         Monday, November 4, 2024\n\n"
    text = (
        f"{head}North Korean units reach Kursk front\n\nBy Jane Roe\n\n"
        "South Korea's intelligence service told lawmakers on Wednesday that North Korean units had\n"
        "moved from training grounds in the Russian Far East to the front line in Kursk, the agen-\n"
        "cy said in a closed-door briefing.\n\n"
        "NATIONAL                                                                        A4\n\f"
        f"{head}Analysts in Seoul said the transfer of troops was being paid for partly with oil de-\n"
        "liveries and partly with technical help for Pyongyang's missile programme.\n\n"
        "NATIONAL                                                                        A5\n"
    )
    result = normalise_named(text)
    article = only_article(result)
    assert (article.title, article.outlet, article.author, article.published) == (
        "North Korean units reach Kursk front", "The Korea Herald", "Jane Roe", "2024-11-04"
    )
    assert [p.text for p in article.passages] == [
        "South Korea's intelligence service told lawmakers on Wednesday that North Korean units had moved from training "
        "grounds in the Russian Far East to the front line in Kursk, the agency said in a closed-door briefing.",
        "Analysts in Seoul said the transfer of troops was being paid for partly with oil deliveries and partly with "
        "technical help for Pyongyang's missile programme.",
    ]


def test_an_unrolled_threads_page_title_is_chrome_and_its_poster_signs_it() -> None:
    text = (
        "Thread by @janeroe_nk on Thread Reader App – Thread Reader App\n\nJane Roe\n@janeroe_nk\nNov 4, 2024\n\n"
        f"1/ {PROSE_1}\n\n2/ {PROSE_2}\n\n3/ {PROSE_3}\n\n• • •\n\n"
        "Missing some Tweet in this thread? You can try to force a refresh\n"
    )
    result = normalise_named(text)
    article = only_article(result)
    assert (article.author, article.published) == ("Jane Roe", "2024-11-04")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert "Thread by @janeroe_nk on Thread Reader App – Thread Reader App" in removed_texts(result, "reader-chrome")


@pytest.mark.parametrize(
    "notice",
    [
        "La suite de cet article est réservée aux abonnés. Déjà abonné ? Se connecter",
        "Este contenido es exclusivo para suscriptores. Suscríbete para seguir leyendo",
        "Questo articolo è riservato agli abbonati. Abbonati ora",
        "이 기사는 유료 회원만 볼 수 있습니다.",
        "Материал доступен только подписчикам. Оформите подписку, чтобы продолжить чтение",
    ],
)
def test_a_paywall_notice_in_other_languages_under_the_teaser_is_no_text(notice: str) -> None:
    result = normalise_named(f"North Korean units reach Kursk front\n\nBy Jane Roe\n\n{PROSE_1}\n\n{PROSE_2}\n\n{notice}\n")
    assert [p.text for p in only_article(result).passages] == [PROSE_1, PROSE_2]
    assert removed_texts(result, "paywall") == [notice]


def test_a_forum_page_copied_as_text_has_its_linked_headline_without_the_site_and_no_bar_for_title() -> None:
    text = (
        "Hacker News new | past | comments | ask | show | jobs | submit\tlogin\n"
        "North Korean troops reach Kursk front, Seoul says (example.org)\n"
        "312 points by jroe 4 hours ago | hide | past | favorite | 148 comments\n\n"
        f"{PROSE_1}\n\n{PROSE_2}\n\nadd comment\n\nbob 3 hours ago | next [–]\n\n{_HN_COMMENTS[0]}\n\nreply\n\n"
        f"alice 2 hours ago | parent | next [–]\n\n{_HN_COMMENTS[1]}\n\nreply\n"
    )
    result = normalise_named(text)
    article = only_article(result)
    assert article.title == "North Korean troops reach Kursk front, Seoul says"
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2]
    assert all(any(comment in removed for removed in removed_texts(result)) for comment in _HN_COMMENTS)


def test_an_amp_pages_publisher_names_the_outlet_where_the_extractor_gives_only_its_host() -> None:
    ld = (
        '{"@type":"NewsArticle","headline":"North Korean units reach Kursk front","author":{"@type":"Person","name":"Jane Roe"},'
        '"datePublished":"2024-11-04T09:00:00+09:00","publisher":{"@type":"Organization","name":"Hanbit Ilbo"}}'
    )
    html = (
        '<!doctype html><html ⚡ lang="ko"><head><meta charset="utf-8"><title>North Korean units reach Kursk front - 한빛일보</title>'
        f'<link rel="canonical" href="https://www.hanbit.example/news/123"><script type="application/ld+json">{ld}</script></head><body>'
        '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">이 웹사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주합니다. '
        '<button>동의</button><button>거부</button></div></amp-consent>'
        "<article><h1>North Korean units reach Kursk front</h1><p class=\"byline\">Jane Roe 기자 | 2024.11.04 09:00</p>"
        f'<amp-social-share type="facebook" width="40" height="40"></amp-social-share><p>{PROSE_1}</p>'
        f'<amp-ad width="300" height="250" type="doubleclick"><div placeholder>광고</div></amp-ad><p>{PROSE_2}</p></article></body></html>'
    )
    article = only_article(normalise_named(html, "amp.html"))
    assert (article.title, article.outlet, article.author, article.published) == ("North Korean units reach Kursk front", "Hanbit Ilbo", "Jane Roe", "2024-11-04")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2]


def test_a_professional_networks_article_signs_with_its_writer_and_her_role_under_the_headline() -> None:
    text = (
        "North Korean units reach Kursk front: what the briefing told us\n\n"
        "Jane Roe\nJane Roe\nSenior Fellow, Northeast Asia | Former State Department\nPublished Nov 4, 2024\n+ Follow\n\n"
        f"{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n\nLike\nComment\nShare\n12 · 3 Comments\n"
    )
    result = normalise_named(text)
    article = only_article(result)
    assert (article.title, article.author, article.published) == ("North Korean units reach Kursk front: what the briefing told us", "Jane Roe", "2024-11-04")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]


def test_a_web_archive_toolbar_copied_above_its_banner_is_chrome_and_the_address_still_names_the_outlet() -> None:
    toolbar = (
        "https://www.koreaherald.com/view.php?ud=20241104000512\nGo\n35 captures\n04 Nov 2024 - 15 Jan 2025\nOCT\tNOV\tDEC\n04\n"
        "2023\t2024\t2025\nsuccess\nfail\nAbout this capture\nCOLLECTED BY\nCollection: Save Page Now\nTIMESTAMPS\n"
        "The Wayback Machine - https://web.archive.org/web/20241104093512/https://www.koreaherald.com/view.php?ud=20241104000512\n\n"
    )
    text = f"{toolbar}North Korean units reach Kursk front\n\nBy Jane Roe\nPublished : Nov. 4, 2024 - 09:00\n\n{PROSE_1}\n\n{PROSE_2}\n"
    result = normalise_named(text)
    article = only_article(result)
    assert (article.title, article.outlet, article.author, article.published) == (
        "North Korean units reach Kursk front", "The Korea Herald", "Jane Roe", "2024-11-04"
    )
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2]
