"""Blind round 19 (page layouts): files of one headline line; a story's last paragraph over a standalone photo
credit; a Kyodo byline; a Greek page's mojibake author; AMP pages, a Next.js page whose text is only in its
__NEXT_DATA__, a page whose text is only its JSON-LD articleBody; Naver, Daum, TASS, RIA and NHK pages as
copied; a think tank's report with endnotes; a wiki page; a forum thread; a newsletter's web copy; press
releases closed by "###" and "-30-"; a briefing's Q/A; a field-coded wire export; stories set apart by
"* * *" and form feeds; all-capitals headlines; a related-stories box mid-story; a gallery's "1/12" captions
and "Advertisement" lines in several languages."""

from __future__ import annotations

import json

from normalise_samples import CLOSING, LEDE, PARA
from normalise_samples import body_texts as _body
from normalise_samples import normalise_named as _normalise
from normalise_samples import only_article as _only
from normalise_samples import removed_texts as _removed
from normalise_samples import texts_by_kind as _kinds

from store.normalise import normalise_bytes

P1 = (
    "Ukraine's military intelligence agency said on Thursday that North Korean artillery crews had begun firing "
    "on positions near the village of Plekhovo in the Kursk region."
)
P2 = (
    "The agency said the crews were operating 170mm Koksan guns that arrived by rail through the Russian port "
    "of Vladivostok in late October."
)
P3 = (
    "Russian officials have not confirmed the presence of North Korean troops, and the Kremlin declined to "
    "comment on the report when asked by reporters."
)
KO1 = "국가정보원은 13일 러시아에 파병된 북한군 가운데 일부가 쿠르스크 지역에서 전투에 투입됐다고 국회 정보위원회에 보고했다."
KO2 = "국정원은 북한이 최근 170㎜ 자주포와 240㎜ 방사포를 추가로 러시아에 보낸 정황도 포착했다고 밝혔다."
KO3 = "정보위원회 여당 간사는 북한군 사상자가 발생했다는 첩보가 있으나 규모는 확인되지 않았다고 전했다."
RU1 = "Северная Корея направила в Россию дополнительную партию артиллерийских снарядов, сообщил в среду представитель министерства обороны Южной Кореи."
RU2 = "По его словам, поставки идут морским путем через порт Раджин и по железной дороге через Туманган."
RU3 = "В Кремле отказались комментировать эти сообщения, назвав их спекуляциями западной прессы."
JA1 = "防衛省は5日、北朝鮮が日本時間午前7時半ごろ、西岸付近から弾道ミサイル少なくとも1発を東方向に発射したと発表した。"
JA2 = "ミサイルは日本の排他的経済水域の外側に落下したとみられ、これまでに船舶や航空機への被害は確認されていない。"
JA3 = "北朝鮮はロシアへの派兵を続けており、政府は関係国と連携して情報の収集と分析を進めている。"


def _page(body: str, head: str = "", title: str = "Troops in Kursk", html_attrs: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html{html_attrs}><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


def _html(data: bytes, name: str = "page.html"):  # type: ignore[no-untyped-def]
    return normalise_bytes(data, name, suffix=".html")


def _all_text(result) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p.text for a in result.articles for p in a.passages)


# --- (a) a file of one headline line is an article --------------------------------------------------------------


def test_a_file_of_one_headline_line_is_an_article_whose_text_is_kept_and_searchable():
    line = "Seoul says 11,000 North Korean troops are in Russia"
    article = _only(_normalise(line + "\n"))
    assert article.title == line
    assert [p.text for p in article.passages] == [line]


def test_a_headline_with_only_its_byline_and_date_is_an_article_that_keeps_the_headline_as_text():
    line = "North Korea fires ballistic missile toward East Sea ahead of US vote"
    article = _only(_normalise(f"{line}\nBy Kim Min-ji\nNovember 5, 2024\n"))
    assert (article.title, article.author, article.published) == (line, "Kim Min-ji", "2024-11-05")
    assert [p.text for p in article.passages] == [line]


def test_a_korean_headline_alone_in_a_file_is_an_article():
    line = "국정원 \"북한군 1만1천명 러시아 파병…일부 전투 참여\""
    article = _only(_normalise(line + "\n"))
    assert [p.text for p in article.passages] == [line]


def test_bare_labels_and_navigation_words_in_a_file_still_give_no_article():
    for junk in ("Home\nWorld\nAsia\n", "Click here to subscribe\n", "lorem ipsum dolor sit amet\n"):
        result = _normalise(junk)
        assert result.articles == [] and result.removed, junk


# --- (b) a paragraph over a standalone photo credit is body ------------------------------------------------------


def test_a_korean_paragraph_over_a_standalone_photo_credit_stays_body_and_the_credit_is_no_text():
    text = f"북한군 쿠르스크 전투 투입\n\n{KO1}\n\n{KO2}\n\n{KO3}\n\n사진=연합뉴스\n"
    article = _only(_normalise(text))
    assert _body(article) == [KO1, KO2, KO3]
    assert "사진=연합뉴스" not in _body(article)
    # (and where the credit stands between paragraphs, not last)
    article = _only(_normalise(f"북한군 쿠르스크 전투 투입\n\n{KO1}\n\n{KO2}\n\n사진=연합뉴스\n\n{KO3}\n"))
    assert _body(article) == [KO1, KO2, KO3]


def test_an_english_paragraph_over_a_photo_credit_line_stays_body():
    text = f"North Korean gunners fire on Kursk positions\n\n{P1}\n\n{P2}\n\nPhoto: Reuters\n\n{P3}\n"
    article = _only(_normalise(text))
    assert _body(article) == [P1, P2, P3]


# --- (c) a Kyodo byline -------------------------------------------------------------------------------------------


def test_a_kyodo_reporter_byline_names_the_author():
    text = f"北朝鮮が弾道ミサイル発射　ＥＥＺ外に落下か\n共同通信記者　山田太郎\n2024年11月5日\n{JA1}\n{JA2}\n{JA3}\n"
    article = _only(_normalise(text))
    assert article.author == "山田太郎"
    assert _body(article) == [JA1, JA2, JA3]


# --- (d) a Greek page's author in mojibake -------------------------------------------------------------------------


def test_a_greek_pages_author_meta_in_windows_1253_mojibake_is_repaired_like_its_title_and_text():
    def garbled(text: str) -> str:
        # UTF-8 read as Windows-1253 the way browsers read it: a byte the codepage leaves undefined is a C1 control.
        return "".join(bytes([b]).decode("cp1253", errors="ignore") or chr(b) for b in text.encode("utf-8"))

    title = "Η Βόρεια Κορέα στέλνει στρατεύματα στη Ρωσία"
    para = (
        "Η Νότια Κορέα ανακοίνωσε ότι περίπου έντεκα χιλιάδες Βορειοκορεάτες στρατιώτες βρίσκονται ήδη στην περιοχή "
        "του Κουρσκ, σύμφωνα με τις μυστικές υπηρεσίες της χώρας."
    )
    author = "Γιώργος Παπαδόπουλος"
    assert "\x8e" in garbled(author)  # ("ώ": its second byte is undefined in Windows-1253)
    page = _page(
        f"<article><h1>{garbled(title)}</h1><p>{garbled(para)}</p><p>{garbled(para)} {garbled(para)}</p></article>",
        head=f'<meta name="author" content="{garbled(author)}">',
        title=garbled(title),
    )
    article = _only(_html(page))
    assert article.title == title
    assert article.author == author


# --- pages whose text sits in their data --------------------------------------------------------------------------


def test_an_amp_page_keeps_its_text_and_drops_its_share_bar_and_ad():
    body = (
        '<header class="amp-header"><a href="/">Harbour Review</a></header>'
        "<article><h1>North Korean gunners fire on Kursk positions</h1>"
        '<div class="byline">By Oksana Hryb</div>'
        '<amp-img src="a.jpg" width="600" height="400" layout="responsive" alt="A Koksan gun"></amp-img>'
        f"<p>{P1}</p>"
        '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/a"></amp-ad>'
        f"<p>{P2}</p><p>{P3}</p>"
        '<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share>'
        "</article>"
    )
    article = _only(_html(_page(body, html_attrs=" amp")))
    assert _body(article) == [P1, P2, P3]
    assert article.author == "Oksana Hryb"


def test_a_next_js_page_whose_story_is_only_in_its_next_data_gives_that_story():
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "headline": "North Korean gunners fire on Kursk positions",
                    "byline": "Oksana Hryb",
                    "publishedAt": "2024-11-14T08:00:00Z",
                    "body": [{"type": "paragraph", "text": P1}, {"type": "paragraph", "text": P2}, {"type": "paragraph", "text": P3}],
                }
            }
        },
        "page": "/world/[slug]",
    }
    body = f'<div id="__next"><div class="loading">Loading…</div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    result = _html(_page(body))
    text = _all_text(result)
    for sentence in (P1, P2, P3):
        assert sentence in text


def test_a_page_whose_story_is_only_its_json_ld_article_body_gives_that_story():
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "North Korean gunners fire on Kursk positions",
        "author": {"@type": "Person", "name": "Oksana Hryb"},
        "datePublished": "2024-11-14T08:00:00Z",
        "articleBody": f"{P1}\n\n{P2}\n\n{P3}",
    }
    body = '<div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>'
    result = _html(_page(body, head=f'<script type="application/ld+json">{json.dumps(ld)}</script>'))
    article = _only(result)
    assert _body(article) == [P1, P2, P3]
    assert article.published == "2024-11-14"


# --- portal and agency pages as copied --------------------------------------------------------------------------


def test_a_naver_news_page_as_copied_keeps_the_story_and_drops_the_portal_chrome():
    text = (
        "연합뉴스\n구독\n"
        "국정원 \"북한군 일부 쿠르스크 전투 투입\"\n"
        "입력2024.11.13. 오후 3:20  수정2024.11.13. 오후 4:05\n기사원문\n박지훈 기자\n"
        "공감\n댓글\n본문 요약봇\n텍스트 음성 변환 서비스 사용하기\n글자 크기 변경하기\nSNS 보내기\n인쇄하기\n"
        f"{KO1}\n\n{KO2}\n\n{KO3}\n\n"
        "박지훈 기자(park@yna.co.kr)\n기자 프로필\n구독자 1,234\n"
        "Copyright ⓒ 연합뉴스. All rights reserved. 무단 전재 및 재배포 금지.\n"
        "기사 섹션 분류 안내\n"
    )
    article = _only(_normalise(text))
    assert article.title == "국정원 \"북한군 일부 쿠르스크 전투 투입\""
    assert article.published == "2024-11-13"
    assert _body(article) == [KO1, KO2, KO3]


def test_a_daum_news_page_as_copied_keeps_the_story_and_drops_its_chrome():
    text = (
        "국정원 \"북한군 일부 쿠르스크 전투 투입\"\n"
        "박지훈 기자\n2024. 11. 13. 15:20\n"
        "번역beta\nTranslated by\n글씨크기 조절하기\n"
        f"{KO1}\n{KO2}\n{KO3}\n"
        "관련 태그\n#북한군\n#러시아\n"
        "연합뉴스에서 직접 확인하세요. 해당 언론사로 이동합니다.\n"
    )
    article = _only(_normalise(text))
    assert article.published == "2024-11-13"
    assert _body(article) == [KO1, KO2, KO3]


def test_a_tass_page_keeps_its_dateline_story_and_drops_the_read_also_block_between_paragraphs():
    text = (
        "Южная Корея: КНДР отправила в Россию новую партию снарядов\n13 ноября 2024, 10:15\n"
        f"СЕУЛ, 13 ноября. /ТАСС/. {RU1}\n\n"
        "Читайте также\nВ Пхеньяне прошел военный парад\nМИД РФ прокомментировал заявления Сеула\n\n"
        f"{RU2}\n\n{RU3}\n\nТеги\nКНДР\nЮжная Корея\n"
    )
    article = _only(_normalise(text))
    assert article.published == "2024-11-13"
    body = _body(article)
    assert body[1:] == [RU2, RU3] and body[0].endswith(RU1)
    assert "В Пхеньяне прошел военный парад" not in _all_text(_normalise(text))


def test_a_ria_page_drops_its_subscribe_lines_and_keeps_its_story():
    text = (
        "В Сеуле заявили о новых поставках снарядов из КНДР в Россию\n"
        "13:40 13.11.2024\n"
        f"МОСКВА, 13 ноя — РИА Новости. {RU1}\n"
        f"{RU2}\n"
        "Смотрите также\nКНДР провела испытание ракеты\n"
        f"{RU3}\n"
        "Подписывайтесь на РИА Новости в Telegram\n"
    )
    result = _normalise(text)
    article = _only(result)
    body = _body(article)
    assert article.published == "2024-11-13"
    assert body[1:] == [RU2, RU3] and body[0].endswith(RU1)


def test_an_nhk_style_page_keeps_its_paragraphs_and_drops_its_share_and_related_links():
    text = (
        "北朝鮮 弾道ミサイル発射 ＥＥＺ外に落下か 防衛省\n"
        "2024年11月5日 12時30分 \n"
        "北朝鮮\n"
        "シェアする\n"
        f"{JA1}\n\n{JA2}\n\n{JA3}\n\n"
        "関連ニュース\n北朝鮮 ロシアへの派兵 約1万人か 韓国情報機関（11月1日）\n"
        "北朝鮮 ＩＣＢＭ級発射 過去最長の飛行時間（10月31日）\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.published == "2024-11-05"
    assert _body(article) == [JA1, JA2, JA3]


# --- reports, wikis, forums and newsletters ---------------------------------------------------------------------


def test_a_think_tank_report_page_drops_its_note_marks_and_keeps_the_endnotes_out_of_the_body():
    body = (
        "<article><h1>Artillery for Oil: The Pyongyang–Moscow Exchange</h1><p>By Daniel Hart</p>"
        f"<p>{P1[:-1]}.<sup><a href='#fn1'>1</a></sup> {P2}</p>"
        f"<p>{P3[:-1]}.<sup><a href='#fn2'>2</a></sup></p>"
        "<h2>Notes</h2><ol class='endnotes'>"
        "<li id='fn1'>Defence Intelligence of Ukraine, statement of 14 November 2024.</li>"
        "<li id='fn2'>Kremlin press pool, 15 November 2024.</li></ol></article>"
    )
    article = _only(_html(_page(body, title="Artillery for Oil")))
    body_text = _body(article)
    assert body_text[0] == f"{P1} {P2}"
    assert body_text[1] == P3
    assert not any(t.startswith("Defence Intelligence of Ukraine, statement") for t in body_text)


def test_a_wiki_page_as_text_drops_its_banner_edit_links_and_retrieved_references():
    text = (
        "North Korean involvement in the Russo-Ukrainian war\n"
        "From Wikipedia, the free encyclopedia\n\n"
        f"{P1}[1][2]\n\n"
        "Deployment[edit]\n\n"
        f"{P2}[3]\n\n{P3}\n\n"
        "References[edit]\n"
        '^ "Ukraine says North Korean guns firing in Kursk". Harbour Review. 14 November 2024. Retrieved 15 November 2024.\n'
        '^ Hart, Daniel (2024). "Artillery for Oil". Retrieved 16 November 2024.\n'
    )
    result = _normalise(text)
    article = _only(result)
    assert article.title == "North Korean involvement in the Russo-Ukrainian war"
    assert _body(article) == [P1, P2, P3]
    assert "Deployment" in _kinds(article).get("heading", [])


def test_a_forum_thread_as_copied_keeps_the_post_and_comments_text_and_drops_the_vote_and_reply_chrome():
    text = (
        "r/worldnews\n"
        "Posted by u/kursk_watcher 5 hr. ago\n"
        "North Korean gunners reportedly firing on Kursk positions\n"
        f"{P1}\n"
        "1.2k\nShare\n"
        "Sort by: Best\n"
        "u/peninsula_analyst · 4 hr. ago\n"
        f"{P2}\n"
        "312\nReply\nShare\n"
        "u/another_reader · 3 hr. ago\n"
        f"{P3}\n"
        "87\nReply\nShare\n"
    )
    result = _normalise(text)
    text_out = _all_text(result)
    for sentence in (P1, P2, P3):
        assert sentence in text_out
    assert "Sort by: Best" not in text_out and "\nReply\n" not in f"\n{text_out}\n"


def test_a_newsletters_web_copy_drops_its_platform_buttons_and_keeps_the_letter():
    body = (
        "<div class='post'><h1>The Kursk ledger, week 3</h1><h3>Gunners, trains and a quiet Kremlin</h3>"
        "<div class='meta'>Daniel Hart · Nov 15, 2024</div>"
        "<div class='buttons'><a>Like</a> <a>Comment</a> <a>Restack</a> <a>Share</a></div>"
        f"<p>{P1}</p><p>{P2}</p>"
        "<div class='subscribe'><p>Peninsula Notes is a reader-supported publication. To receive new posts and "
        "support my work, consider becoming a free or paid subscriber.</p><p>Subscribe</p></div>"
        f"<p>{P3}</p></div>"
    )
    result = _html(_page(body, title="The Kursk ledger, week 3"))
    article = _only(result)
    assert _body(article) == [P1, P2, P3]


# --- press releases, briefings, exports ---------------------------------------------------------------------------


def test_a_press_release_closed_by_three_hashes_keeps_its_text_and_drops_the_media_contact_after_them():
    text = (
        "FOR IMMEDIATE RELEASE\nNovember 14, 2024\n\n"
        "Ministry Condemns Transfer of Artillery Shells to Russia\n\n"
        f"{P1}\n\n{P2}\n\n###\n\n"
        "Media contact: Press Office, +1 202 555 0142, press@example.gov\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.title == "Ministry Condemns Transfer of Artillery Shells to Russia"
    assert article.published == "2024-11-14"
    assert _body(article) == [P1, P2]


def test_a_canadian_release_closed_by_minus_thirty_keeps_its_text_and_drops_the_marker():
    text = (
        "News release\n\nCanada sanctions North Korean officials over troop deployment\n\n"
        "November 15, 2024 - Ottawa, Ontario - Global Affairs Canada\n\n"
        f"{P1}\n\n{P3}\n\n-30-\n\nContacts\nMedia Relations Office\nGlobal Affairs Canada\n343-810-3000\n"
    )
    article = _only(_normalise(text))
    assert article.published == "2024-11-15"
    assert _body(article) == [P1, P3]  # (it allowed anything above them: the release's lines are no body)
    assert "-30-" not in _all_text(_normalise(text))


def test_a_briefing_transcript_keeps_each_question_and_answer_as_text():
    q = "QUESTION: Do you have any confirmation that North Korean troops are now fighting in Kursk?"
    a = (
        "MR MILLER: We have seen reports that some of them have engaged in combat, and we are consulting closely "
        "with Ukraine and South Korea about what that means."
    )
    q2 = "QUESTION: Will there be new sanctions?"
    a2 = "MR MILLER: I am not going to preview sanctions from this podium, but we have said we will respond."
    text = f"Department Press Briefing\nNovember 13, 2024\n\n{q}\n\n{a}\n\n{q2}\n\n{a2}\n\n(The briefing was concluded at 2:41 p.m.)\n"
    article = _only(_normalise(text))
    assert article.published == "2024-11-13"
    assert [t for t in _body(article) if t.startswith(("QUESTION", "MR MILLER"))] == [q, a, q2, a2]


def test_a_field_coded_wire_export_gives_one_article_per_document_with_its_fields_read():
    def document(hd: str, by: str, pd: str, sn: str, paragraphs: list[str], doc: str) -> str:
        lead, *rest = paragraphs
        return (
            f"HD\n{hd}\nBY\n{by}\nWC\n312 words\nPD\n{pd}\nSN\n{sn}\nSC\nHRBR\nLA\nEnglish\n"
            f"LP\n{lead}\nTD\n" + "\n\n".join(rest) + f"\nCO\nkcnrus : Korea Central News\nNS\ngvdef : Defense\n"
            f"RE\nnkorea : North Korea\nAN\nDocument {doc}\n\n"
        )

    text = document("Gunners fire on Kursk positions", "Oksana Hryb", "14 November 2024", "Harbour Review", [P1, P2], "HRBR000020241114ekbe0000x")
    text += document("Kremlin silent on troop reports", "Daniel Hart", "15 November 2024", "Harbour Review", [P3, CLOSING], "HRBR000020241115ekbf0000y")
    result = _normalise(text)
    first, second = result.articles
    assert (first.title, first.author, first.published) == ("Gunners fire on Kursk positions", "Oksana Hryb", "2024-11-14")
    assert (second.title, second.author, second.published) == ("Kremlin silent on troop reports", "Daniel Hart", "2024-11-15")
    assert _body(first) == [P1, P2] and _body(second) == [P3, CLOSING]


def test_stories_set_apart_by_spaced_asterisks_are_separate_articles():
    text = (
        f"Gunners fire on Kursk positions\nBy Oksana Hryb\n14 November 2024\n\n{P1}\n\n{P2}\n\n* * *\n\n"
        f"Kremlin silent on troop reports\nBy Daniel Hart\n15 November 2024\n\n{P3}\n\n{CLOSING}\n"
    )
    result = _normalise(text)
    assert [a.title for a in result.articles] == ["Gunners fire on Kursk positions", "Kremlin silent on troop reports"]
    assert [a.author for a in result.articles] == ["Oksana Hryb", "Daniel Hart"]


def test_stories_set_apart_by_form_feeds_are_separate_articles():
    text = (
        f"Gunners fire on Kursk positions\nBy Oksana Hryb\n14 November 2024\n\n{P1}\n\n{P2}\n\f"
        f"Kremlin silent on troop reports\nBy Daniel Hart\n15 November 2024\n\n{P3}\n\n{CLOSING}\n"
    )
    result = _normalise(text)
    assert [a.published for a in result.articles] == ["2024-11-14", "2024-11-15"]
    assert _body(result.articles[1]) == [P3, CLOSING]


def test_an_all_capitals_headline_is_the_title_and_not_a_heading_of_the_body():
    text = f"NORTH KOREAN GUNNERS FIRE ON KURSK POSITIONS, KYIV SAYS\n\nBY OKSANA HRYB\n\n{P1}\n\n{P2}\n\n{P3}\n"
    article = _only(_normalise(text))
    assert article.title.upper() == "NORTH KOREAN GUNNERS FIRE ON KURSK POSITIONS, KYIV SAYS"
    assert _body(article) == [P1, P2, P3]
    assert article.author is not None and article.author.upper() == "OKSANA HRYB"


# --- furniture -----------------------------------------------------------------------------------------------------


def test_a_related_stories_box_in_the_middle_of_the_story_is_removed_and_the_story_continues():
    text = (
        f"North Korean gunners fire on Kursk positions\n\nBy Oksana Hryb\n\n{P1}\n\n"
        "Related stories\n"
        "Kremlin silent on troop reports\n"
        "How the shells reach Russia\n"
        "Seoul weighs arms for Kyiv\n\n"
        f"{P2}\n\n{P3}\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _body(article) == [P1, P2, P3]
    assert not any("How the shells reach Russia" in p.text for p in article.passages)
    assert any("How the shells reach Russia" in r for r in _removed(result))


def test_a_galleries_numbered_captions_are_captions_not_body():
    text = (
        f"In pictures: the road to Kursk\n\nBy Oksana Hryb\n\n{P1}\n\n"
        "1/12 A Koksan self-propelled gun on a flatcar in Khasan. (Reuters)\n\n"
        "2/12 Soldiers unload crates at Vladivostok station. (AP)\n\n"
        f"{P2}\n\n3/12 A convoy near Kursk. (AFP)\n\n{P3}\n"
    )
    article = _only(_normalise(text))
    assert _body(article) == [P1, P2, P3]


def test_advertisement_lines_in_several_languages_are_removed_and_the_paragraph_around_them_is_whole():
    for marker in ("Advertisement", "Anzeige", "Publicité", "Реклама", "광고", "Publicidad", "Story continues below advertisement", "Article continues below"):
        text = f"North Korean gunners fire on Kursk positions\n\n{P1}\n\n{marker}\n\n{P2}\n\n{P3}\n"
        result = _normalise(text)
        article = _only(result)
        assert _body(article) == [P1, P2, P3], marker
        assert any(marker in r for r in _removed(result)), marker


def test_a_repeated_pull_quote_is_removed_and_the_sentence_stays_once_in_the_body():
    quote = "“We are seeing guns fire that we last saw on parade in Pyongyang,” the agency's spokesman said."
    text = (
        f"North Korean gunners fire on Kursk positions\n\n{P1}\n\n{quote}\n\n{P2}\n\n"
        f"“We are seeing guns fire that we last saw on parade in Pyongyang”\n\n{P3}\n"
    )
    article = _only(_normalise(text))
    assert _body(article) == [P1, quote, P2, P3]


def test_read_also_lines_in_spanish_portuguese_and_german_are_removed_from_the_story():
    for marker in ("Lee también: Kim Jong-un visita una fábrica de misiles", "Leia também: Coreia do Norte testa míssil", "Mehr zum Thema: Nordkorea testet Rakete"):
        text = f"North Korean gunners fire on Kursk positions\n\n{P1}\n\n{marker}\n\n{P2}\n\n{P3}\n"
        result = _normalise(text)
        assert _body(_only(result)) == [P1, P2, P3], marker
        assert marker in "\n".join(_removed(result)), marker


def test_a_top_stories_list_after_the_story_is_removed():
    text = (
        f"North Korean gunners fire on Kursk positions\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
        "Top stories\nKremlin silent on troop reports\nSeoul weighs arms for Kyiv\nHow the shells reach Russia\n"
    )
    result = _normalise(text)
    assert _body(_only(result)) == [P1, P2, P3]


def test_a_newsletter_box_between_paragraphs_is_removed_with_its_reason():
    text = (
        f"North Korean gunners fire on Kursk positions\n\n{P1}\n\n"
        "Sign up for our Asia briefing\nGet the day's top stories from the region in your inbox every morning.\n"
        "Enter your email\nSign up\n\n"
        f"{P2}\n\n{P3}\n"
    )
    result = _normalise(text)
    assert _body(_only(result)) == [P1, P2, P3]
    assert any("Sign up for our Asia briefing" in r for r in _removed(result))


def test_a_photo_caption_with_its_agency_credit_is_a_caption_and_the_body_is_whole():
    caption = "North Korean leader Kim Jong Un inspects an artillery unit in this undated photo. (Photo by KCNA via AFP)"
    text = f"North Korean gunners fire on Kursk positions\n\n{caption}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    article = _only(_normalise(text))
    assert _kinds(article).get("caption") == [caption]
    assert _body(article) == [P1, P2, P3]
    _ = LEDE, PARA  # (shared samples kept importable)


# --- more layouts ----------------------------------------------------------------------------------------------------


def test_a_japanese_headline_alone_in_a_file_is_an_article_and_a_bare_address_is_not():
    line = "北朝鮮兵、クルスク州で戦闘参加か　ウクライナ軍が発表"
    article = _only(_normalise(line + "\n"))
    assert [p.text for p in article.passages] == ["北朝鮮兵、クルスク州で戦闘参加か ウクライナ軍が発表"]
    assert _normalise("https://example.com/news/2024/11/14/kursk-gunners\n").articles == []


def test_a_japanese_blogs_sponsor_label_and_related_box_mid_story_are_removed():
    text = (
        f"北朝鮮のミサイル発射について\n\n{JA1}\n\nスポンサーリンク\n\n{JA2}\n\n"
        "関連記事\n北朝鮮、ロシアへの派兵を拡大か\n韓国軍が警戒を強化\n\n"
        f"{JA3}\n"
    )
    result = _normalise(text)
    assert _body(_only(result)) == [JA1, JA2, JA3]
    assert "スポンサーリンク" in _removed(result)


def test_italian_polish_greek_and_turkish_advert_labels_and_read_also_lines_are_removed():
    for marker in ("Pubblicità", "Reklama", "Διαφήμιση", "Reklam", "Leggi anche: Kim Jong-un visita una fabbrica", "Czytaj także: Korea Północna wysyła żołnierzy"):
        text = f"North Korean gunners fire on Kursk positions\n\n{P1}\n\n{marker}\n\n{P2}\n\n{P3}\n"
        result = _normalise(text)
        assert _body(_only(result)) == [P1, P2, P3], marker
        assert marker in "\n".join(_removed(result)), marker


def test_a_wiki_page_saved_as_html_drops_its_linked_reference_marks_and_its_reference_list():
    body = (
        "<div id='content'><h1 id='firstHeading'>North Korean involvement in the Russo-Ukrainian war</h1>"
        "<div id='siteSub'>From Wikipedia, the free encyclopedia</div><div class='mw-parser-output'>"
        f"<p>{P1}<sup id='cite_ref-1' class='reference'><a href='#cite_note-1'>[1]</a></sup></p>"
        f"<p>{P2}<sup class='reference'><a href='#cite_note-2'>[2]</a></sup> {P3}</p>"
        "<h2><span class='mw-headline'>References</span></h2><ol class='references'>"
        "<li id='cite_note-1'><a href='#cite_ref-1'>^</a> \"Gunners in Kursk\". Harbour Review. Retrieved 15 November 2024.</li>"
        "<li id='cite_note-2'><a href='#cite_ref-2'>^</a> Hart, Daniel. \"Artillery for Oil\". Retrieved 16 November 2024.</li>"
        "</ol></div></div>"
    )
    article = _only(_html(_page(body, title="North Korean involvement in the Russo-Ukrainian war - Wikipedia")))
    assert _body(article) == [P1, f"{P2} {P3}"]


def test_a_briefing_with_q_dot_and_a_dot_turns_keeps_every_turn():
    q = "Q. Can you confirm reports that North Korean soldiers have been captured in Kursk?"
    a = "A. We are aware of the reports and are checking the facts with the Ukrainian side through diplomatic channels."
    q2 = "Q. Has the government considered sending observers?"
    a2 = "A. No decision has been made, and I would refrain from speculating on that matter at this point."
    text = f"Regular Press Briefing by the Spokesperson\n13 November 2024\n\n{q}\n\n{a}\n\n{q2}\n\n{a2}\n"
    article = _only(_normalise(text))
    assert article.published == "2024-11-13"
    assert _body(article) == [q, a, q2, a2]


def test_stories_without_bylines_set_apart_by_form_feeds_stay_apart():
    text = f"Gunners fire on Kursk positions\n\n{P1}\n\n{P2}\n\fKremlin silent on troop reports\n\n{P3}\n\n{CLOSING}\n"
    result = _normalise(text)
    assert [a.title for a in result.articles] == ["Gunners fire on Kursk positions", "Kremlin silent on troop reports"]


def test_an_all_capitals_headline_over_a_wire_dateline_is_the_title():
    text = f"NORTH KOREAN GUNNERS FIRE ON KURSK POSITIONS\n\nKYIV, Nov 14 (Reuters) - {P1}\n\n{P2}\n\n{P3}\n"
    article = _only(_normalise(text))
    assert article.title.upper() == "NORTH KOREAN GUNNERS FIRE ON KURSK POSITIONS"
    assert article.outlet == "Reuters"
    assert len(_body(article)) == 3


def test_a_galleries_photo_n_of_m_labels_are_no_text():
    text = (
        f"In pictures: the road to Kursk\n\n{P1}\n\nPhoto 1 of 12\n\nA Koksan self-propelled gun on a flatcar in Khasan. (Reuters)\n\n"
        f"{P2}\n\nPhoto 2 of 12\n\nSoldiers unload crates at Vladivostok station. (AP)\n\n{P3}\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _body(article) == [P1, P2, P3]
    assert not any("Photo 1 of 12" in p.text for p in article.passages)


def test_a_korean_marked_caption_between_paragraphs_is_a_caption_and_the_paragraphs_are_body():
    caption = "▲ 북한 평양에서 열린 열병식에 등장한 신형 자주포 [조선중앙통신 연합뉴스 자료사진]"
    text = f"북한군 쿠르스크 전투 투입\n\n{KO1}\n\n{caption}\n\n{KO2}\n\n{KO3}\n"
    article = _only(_normalise(text))
    assert _kinds(article).get("caption") == [caption]
    assert _body(article) == [KO1, KO2, KO3]


def test_a_story_continues_line_in_german_and_french_between_paragraphs_is_removed():
    for marker in ("Weiterlesen nach der Anzeige", "Lire la suite après cette publicité", "Sigue leyendo después del anuncio"):
        text = f"North Korean gunners fire on Kursk positions\n\n{P1}\n\n{marker}\n\n{P2}\n\n{P3}\n"
        result = _normalise(text)
        assert _body(_only(result)) == [P1, P2, P3], marker
        assert marker in _removed(result), marker


# --- pages with boxes set into the story -------------------------------------------------------------------------------


def test_a_pages_pull_quote_box_repeating_a_sentence_is_not_text_twice():
    quote = "We are seeing guns fire that we last saw on parade in Pyongyang"
    body = (
        f"<article><h1>North Korean gunners fire on Kursk positions</h1><p>{P1}</p>"
        f"<p>“{quote},” the agency's spokesman said on Thursday in Kyiv.</p>"
        f"<aside class='pullquote'><blockquote><p>“{quote}”</p></blockquote></aside>"
        f"<p>{P2}</p><p>{P3}</p></article>"
    )
    article = _only(_html(_page(body)))
    assert sum(quote in t for t in _body(article)) == 1
    assert P2 in _body(article) and P3 in _body(article)


def test_a_pages_newsletter_box_mid_story_is_removed_and_the_story_is_whole():
    body = (
        f"<article><h1>North Korean gunners fire on Kursk positions</h1><p>{P1}</p>"
        "<div class='newsletter-signup'><h3>Get our Asia briefing</h3><p>The day's top stories from the region, "
        "in your inbox every weekday morning.</p><form><input type='email' placeholder='Your email address'>"
        "<button>Sign up</button></form></div>"
        f"<p>{P2}</p><p>{P3}</p></article>"
    )
    result = _html(_page(body))
    article = _only(result)
    assert _body(article) == [P1, P2, P3]
    assert not any("inbox every weekday" in p.text for p in article.passages)


def test_a_pages_top_stories_aside_mid_story_is_removed_and_the_story_is_whole():
    body = (
        f"<article><h1>North Korean gunners fire on Kursk positions</h1><p>{P1}</p>"
        "<aside><h2>Top stories</h2><ul><li><a href='/a'>Kremlin silent on troop reports</a></li>"
        "<li><a href='/b'>Seoul weighs arms for Kyiv</a></li><li><a href='/c'>How the shells reach Russia</a></li></ul></aside>"
        f"<p>{P2}</p><p>{P3}</p></article>"
    )
    article = _only(_html(_page(body)))
    assert _body(article) == [P1, P2, P3]
    assert not any("Seoul weighs arms for Kyiv" in p.text for p in article.passages)


def test_a_pages_figure_caption_with_a_getty_credit_is_a_caption():
    caption = "A Koksan self-propelled gun on a flatcar in Khasan. (Photo by Kim Won Jin/AFP via Getty Images)"
    body = (
        "<article><h1>North Korean gunners fire on Kursk positions</h1>"
        f"<figure><img src='a.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article>"
    )
    article = _only(_html(_page(body)))
    assert _kinds(article).get("caption") == [caption]
    assert _body(article) == [P1, P2, P3]


def test_a_newsletter_email_saved_as_html_drops_its_browser_link_and_footer():
    body = (
        "<table><tr><td><a href='https://x.example/p/1'>View in browser</a></td></tr>"
        "<tr><td><h1>The Kursk ledger, week 3</h1><p>Daniel Hart</p><p>Nov 15, 2024</p>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
        "<p>Thanks for reading Peninsula Notes! Subscribe for free to receive new posts and support my work.</p>"
        "<p>© 2024 Daniel Hart<br>548 Market Street PMB 72296, San Francisco, CA 94104</p>"
        "<p><a href='#'>Unsubscribe</a></p></td></tr></table>"
    )
    article = _only(_html(_page(body, title="The Kursk ledger, week 3"), "letter.html"))
    assert _body(article) == [P1, P2, P3]
    assert article.published == "2024-11-15"


def test_a_page_of_only_its_headline_is_an_article():
    line = "Seoul says 11,000 North Korean troops are in Russia"
    result = _html(_page(f"<article><h1>{line}</h1></article>", title=line))
    assert [p.text for a in result.articles for p in a.passages] == [line]


def test_an_old_cms_page_of_br_separated_paragraphs_keeps_them_apart():
    body = (
        "<table><tr><td class='news'><b>North Korean gunners fire on Kursk positions</b><br><br>"
        f"{P1}<br><br>{P2}<br><br>{P3}<br><br>Copyright 2024 Harbour Review. All rights reserved.</td></tr></table>"
    )
    article = _only(_html(_page(body)))
    assert _body(article) == [P1, P2, P3]


def test_a_korean_story_with_a_bracketed_photo_source_line_and_related_pointer_keeps_its_paragraphs():
    text = (
        f"북한군 쿠르스크 전투 투입\n\n{KO1}\n\n[사진 출처 = 연합뉴스]\n\n{KO2}\n\n"
        "▶ 관련기사 : 북한, 러시아에 자주포 추가 지원\n\n"
        f"{KO3}\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _body(article) == [KO1, KO2, KO3]


def test_a_kyodo_story_closed_by_its_wire_tag_names_the_wire():
    text = f"北朝鮮が弾道ミサイル発射\n\n{JA1}\n\n{JA2}\n\n{JA3}（共同）\n"
    article = _only(_normalise(text))
    assert article.outlet == "Kyodo News" or article.credit == "Kyodo News"
    assert _body(article)[-1] == JA3


def test_a_transcript_of_numbered_speakers_keeps_each_turn():
    s1 = "SPEAKER 1: The intelligence we have seen suggests that around eleven thousand soldiers are now in Kursk oblast."
    s2 = "SPEAKER 2: And do we know whether they are fighting yet, or are they still being trained by Russian instructors?"
    s3 = "SPEAKER 1: Some units have been in contact with Ukrainian forces, according to Kyiv, but that is not confirmed."
    text = f"Peninsula Podcast, episode 41\n\n{s1}\n\n{s2}\n\n{s3}\n"
    article = _only(_normalise(text))
    assert _body(article) == [s1, s2, s3]


def test_stories_split_by_spaced_asterisks_without_bylines_stay_apart():
    text = f"Gunners fire on Kursk positions\n\n{P1}\n\n{P2}\n\n* * *\n\nKremlin silent on troop reports\n\n{P3}\n\n{CLOSING}\n"
    result = _normalise(text)
    assert [a.title for a in result.articles] == ["Gunners fire on Kursk positions", "Kremlin silent on troop reports"]


def test_a_gallery_of_spaced_counters_over_captions_leaves_the_story_whole():
    text = (
        f"In pictures: the road to Kursk\n\n{P1}\n\n1 / 12\nA Koksan self-propelled gun on a flatcar in Khasan.\n\n"
        f"{P2}\n\n2 / 12\nSoldiers unload crates at Vladivostok station.\n\n{P3}\n"
    )
    article = _only(_normalise(text))
    assert _body(article) == [P1, P2, P3]


def test_a_russian_story_ending_in_a_subscribe_line_and_tag_line_keeps_every_paragraph():
    text = (
        "КНДР отправила в Россию новую партию снарядов\n\n"
        f"{RU1}\n\n{RU2}\n\n{RU3}\n\n"
        "Теги: КНДР, Россия, Южная Корея\n"
        "Подписывайтесь на наш канал в Дзен\n"
    )
    result = _normalise(text)
    assert _body(_only(result)) == [RU1, RU2, RU3]


def test_a_reddit_thread_copied_with_vote_counts_and_awards_keeps_the_comment_text():
    text = (
        "r/geopolitics\n"
        "Posted by u/kursk_watcher\n"
        "North Korean gunners reportedly firing on Kursk positions\n"
        f"{P1}\n"
        "Vote\n1.2k\nAward\nShare\n"
        "u/peninsula_analyst\n· 4h\n"
        f"{P2}\n"
        "Vote\n312\nReply\nAward\nShare\n"
    )
    result = _normalise(text)
    out = _all_text(result)
    assert P1 in out and P2 in out
    assert not any(p.text in ("Vote", "Award") for a in result.articles for p in a.passages)


# --- European agencies' datelines ----------------------------------------------------------------------------------

DE1 = "Nordkorea hat nach Angaben Südkoreas weitere Artilleriegeschosse an Russland geliefert, wie das Verteidigungsministerium in Seoul am Mittwoch mitteilte."
DE2 = "Die Lieferungen sollen über den Hafen Rajin und auf der Schiene über den Grenzfluss Tumen erfolgt sein."
IT1 = "La Corea del Nord ha inviato in Russia un nuovo carico di proiettili d'artiglieria, secondo quanto riferito mercoledì dal ministero della Difesa sudcoreano."
IT2 = "Le spedizioni sarebbero avvenute via mare attraverso il porto di Rajin e per ferrovia lungo il fiume Tumen."
PT1 = "A Coreia do Norte enviou para a Rússia um novo carregamento de munições de artilharia, informou hoje o Ministério da Defesa sul-coreano."
PT2 = "Segundo o ministério, os envios foram feitos por mar através do porto de Rajin e por via ferroviária junto ao rio Tumen."


def test_a_dpa_dateline_names_the_wire_and_the_place():
    text = f"Nordkorea liefert weitere Granaten an Russland\n\nSeoul (dpa) - {DE1}\n\n{DE2}\n"
    article = _only(_normalise(text))
    assert article.outlet == "dpa" or article.credit == "dpa"
    assert article.dateline == "Seoul"
    assert _body(article)[1] == DE2


def test_an_ansa_dateline_in_capitals_after_the_wire_names_the_wire():
    text = f"Corea del Nord, nuove munizioni alla Russia\n\n(ANSA) - SEUL, 13 NOV - {IT1}\n\n{IT2}\n"
    article = _only(_normalise(text))
    assert "ANSA" in (article.outlet or "", article.credit or "")
    assert article.published is None or article.published.endswith("-11-13")
    assert _body(article)[1] == IT2


def test_a_lusa_dateline_names_the_wire_and_the_date():
    text = f"Coreia do Norte envia mais munições para a Rússia\n\nSeul, 13 nov 2024 (Lusa) - {PT1}\n\n{PT2}\n"
    article = _only(_normalise(text))
    assert "Lusa" in (article.outlet or "", article.credit or "")
    assert article.published == "2024-11-13"
    assert _body(article)[1] == PT2


# --- portal and agency pages as saved HTML ---------------------------------------------------------------------------


def test_a_naver_article_page_saved_as_html_keeps_its_br_paragraphs_and_its_photo_caption_apart():
    caption = "북한 평양에서 열린 열병식에 등장한 신형 자주포. [조선중앙통신 연합뉴스 자료사진]"
    body = (
        "<div class='media_end_head'><h2 id='title_area'><span>국정원 \"북한군 일부 쿠르스크 전투 투입\"</span></h2>"
        "<span class='media_end_head_info_datestamp_time' data-date-time='2024-11-13 15:20:00'>2024.11.13. 오후 3:20</span>"
        "<em class='media_end_head_journalist_name'>박지훈 기자</em></div>"
        "<article id='dic_area' class='go_trans _article_content'>"
        f"<span class='end_photo_org'><img src='a.jpg'><em class='img_desc'>{caption}</em></span><br><br>"
        f"{KO1}<br><br>{KO2}<br><br>{KO3}<br><br>park@yna.co.kr</article>"
        "<div class='byline'><p>박지훈 기자(park@yna.co.kr)</p></div>"
        "<div class='copyright'>Copyright ⓒ 연합뉴스. All rights reserved. 무단 전재 및 재배포 금지.</div>"
    )
    article = _only(_html(_page(body, title="국정원 \"북한군 일부 쿠르스크 전투 투입\" : 네이버 뉴스")))
    assert _body(article) == [KO1, KO2, KO3]
    assert caption not in _body(article)


def test_a_tass_page_saved_as_html_drops_its_read_also_box_between_paragraphs():
    body = (
        "<article><h1>Южная Корея: КНДР отправила в Россию новую партию снарядов</h1>"
        "<time datetime='2024-11-13T10:15:00+03:00'>13 ноября 2024, 10:15</time>"
        f"<p>СЕУЛ, 13 ноября. /ТАСС/. {RU1}</p>"
        "<div class='read-also'><span>Читайте также</span><a href='/a'>В Пхеньяне прошел военный парад</a>"
        "<a href='/b'>МИД РФ прокомментировал заявления Сеула</a></div>"
        f"<p>{RU2}</p><p>{RU3}</p></article>"
    )
    article = _only(_html(_page(body, title="Южная Корея: КНДР отправила в Россию новую партию снарядов")))
    body_text = _body(article)
    assert body_text[1:] == [RU2, RU3] and body_text[0].endswith(RU1)


def test_a_pages_title_and_author_in_windows_1252_mojibake_are_repaired_though_its_text_is_clean():
    def garbled(text: str) -> str:
        return text.encode("utf-8").decode("cp1252")

    title = "Kim trifft Putin in Pjöngjang – Gespräche über Waffen"
    author = "Jürgen Schäfer"
    page = _page(
        f"<article><p>{DE1}</p><p>{DE2}</p></article>",
        head=f'<meta name="author" content="{garbled(author)}">',
        title=garbled(title),
    )
    article = _only(_html(page))
    assert (article.title, article.author) == (title, author)
