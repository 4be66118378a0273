"""Blind round 15: a dateline's place told from an outlet (after the date and its time, before a dash),
unrolled threads' posters, feed summaries as decks, group-chat exports, a Korean byline beside its stamp,
a Chinese portal's <title>, a newsletter platform's share card and menu, two-column PDF text with
superscript footnotes and a short last page, scanned pages' folios, forum replies' handles and a
Chinese paper's reprint notice."""

from __future__ import annotations

import json

from normalise_samples import CLOSING, LEDE, PARA
from normalise_samples import body_texts as _body
from normalise_samples import normalise_named as _normalise
from normalise_samples import passage_texts as _texts
from normalise_samples import removed_texts as _removed
from normalise_samples import texts_by_kind as _kinds

from store.normalise import normalise_bytes
from store.normalise.metadata import parse_header

RU_P1 = "Стороны подписали договор о всеобъемлющем стратегическом партнёрстве, который предусматривает взаимную помощь в случае агрессии."
RU_P2 = "По словам президента, Россия не исключает развития военно-технического сотрудничества с КНДР в соответствии с договором."
ES_P1 = "El Servicio Nacional de Inteligencia de Corea del Sur calcula que unos 300 soldados norcoreanos han muerto combatiendo en la región de Kursk."
ES_P2 = "Según los diputados que asistieron a la sesión informativa, Pyongyang prepara el envío de más efectivos a Rusia en las próximas semanas."

# --- A dateline's place is no outlet ---------------------------------------------------------------


def test_a_place_closing_a_date_and_time_stamp_is_the_dateline_not_the_outlet():
    header = parse_header("19 июня 2024 года, 15:40, Пхеньян")
    assert header is not None and (header.place, header.outlet, header.date.iso) == ("Пхеньян", None, "2024-06-19")  # type: ignore[union-attr]
    header = parse_header("March 5, 2025, Vladivostok")
    assert header is not None and (header.place, header.outlet) == ("Vladivostok", None)
    # An outlet set off the same way keeps its name: a known one, one with a publication word, an acronym.
    for line, outlet in [("12 March 2025, Reuters", "Reuters"), ("12 March 2025, The Korea Herald", "The Korea Herald"), ("12 March 2025, KCNA", "KCNA")]:
        header = parse_header(line)
        assert header is not None and (header.outlet, header.place) == (outlet, None), line
    text = f"Заявления для прессы по итогам переговоров\n19 июня 2024 года, 15:40, Пхеньян\n\n{RU_P1}\n\n{RU_P2}\n"
    (article,) = _normalise(text).articles
    assert (article.outlet, article.dateline, article.published) == (None, "Пхеньян", "2024-06-19")
    assert _texts(article) == [RU_P1, RU_P2]


def test_one_word_before_a_dash_and_the_date_is_the_place_an_acronym_or_a_name_is_not():
    header = parse_header("Pekín - 13 ene 2025 - 07:30 CET")
    assert header is not None and (header.place, header.outlet, header.date.iso) == ("Pekín", None, "2025-01-13")  # type: ignore[union-attr]
    for line, outlet in [("KCNA - 13 Jan 2025", "KCNA"), ("Reuters - 13 Jan 2025", "Reuters"), ("DailyNK - 13 Jan 2025", "DailyNK")]:
        header = parse_header(line)
        assert header is not None and (header.outlet, header.place) == (outlet, None), line
    header = parse_header("Jane Doe - 13 Jan 2025")  # two words: a writer as likely as a city
    assert header is not None and header.place is None
    text = f"Corea del Norte envía más tropas a Rusia\n\nMacarena Vidal\nSeúl - 13 ene 2025 - 07:30 CET\n\n{ES_P1}\n\n{ES_P2}\n"
    (article,) = _normalise(text).articles
    assert (article.outlet, article.author, article.dateline, article.published) == (None, "Macarena Vidal", "Seúl", "2025-01-13")


# --- Threads, feeds and chats ----------------------------------------------------------------------


def test_an_unrolled_thread_is_its_posters_and_its_title_starts_after_the_handle_and_counter():
    posts = [
        "@kursk_watch: 1/ Fresh imagery shows North Korean artillery crews training near Khabarovsk before moving west to the front.",
        "2/ The same units were spotted at a rail yard in Kursk oblast a week later, according to geolocated footage.",
        "3/ Ukrainian officials say the crews operate 170mm Koksan guns supplied by Pyongyang last autumn. /end",
    ]
    (article,) = _normalise("\n\n".join(posts) + "\n").articles
    assert article.author == "@kursk_watch"
    assert article.title.startswith("Fresh imagery shows North Korean artillery crews")
    assert _texts(article) == posts  # the posts' words stay as written
    # A story opening with a quoted post (no thread counter) is not signed by the quoted account.
    quoted = f"@DefenceU: North Korean troops have suffered heavy losses in Kursk, the ministry said on Sunday.\n\n{LEDE}\n\n{PARA}\n"
    assert _normalise(quoted).articles[0].author is None


def test_a_json_feed_summary_beside_the_full_text_is_the_deck_an_excerpt_of_the_text_is_not():
    item = {"title": "Seoul says 3,000 more troops sent", "content_text": f"{LEDE}\n\n{PARA}\n\n{CLOSING}", "date_published": "2025-03-24T10:00:00+09:00"}
    deck = "Pyongyang's second deployment brings its force in Russia to about 14,000, officials believe."
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Peninsula Wire", "items": [dict(item, summary=deck), dict(item, id="2", summary=LEDE[:70] + "…")]}
    first, second = _normalise(json.dumps(feed), "feed.json").articles
    assert first.dek == deck and _kinds(first) == {"dek": [deck], "body": [LEDE, PARA, CLOSING]}
    assert second.dek is None and _texts(second) == [LEDE, PARA, CLOSING]  # the text's own opening, cut short


def test_an_rss_description_beside_content_encoded_is_the_deck():
    deck = "Officials in Seoul say Pyongyang is being paid in oil, food and military technology."
    rss = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Ledger</title>'
        f"<item><title>North Korea sends more troops</title><description>{deck}</description>"
        f"<content:encoded><![CDATA[<p>{LEDE}</p><p>{PARA}</p><p>{CLOSING}</p>]]></content:encoded></item></channel></rss>"
    )
    (article,) = _normalise(rss, "feed.xml").articles
    assert article.dek == deck and _body(article) == [LEDE, PARA, CLOSING]


def test_a_group_chat_export_is_written_by_its_members_and_run_by_no_outlet():
    def export(kind: str) -> str:
        return json.dumps({"name": "Kursk monitoring", "type": kind, "messages": [
            {"id": 1, "type": "message", "date": "2025-01-13T09:12:40", "from": "Oleh Marchenko", "text": LEDE},
            {"id": 2, "type": "message", "date": "2025-01-13T09:15:02", "from": "Ji-hye Seo", "text": PARA},
        ]})

    articles = _normalise(export("private_supergroup"), "result.json").articles
    assert [(a.author, a.outlet) for a in articles] == [("Oleh Marchenko", None), ("Ji-hye Seo", None)]
    channel = _normalise(export("public_channel"), "result.json").articles  # a channel posts as itself
    assert [a.author for a in channel] == [None, None] and channel[0].outlet is not None


# --- Bylines and site names of pages ---------------------------------------------------------------


def test_a_korean_reporter_beside_the_stamp_signs_the_story():
    header = parse_header("김민수 기자 | 입력 2025.02.13 15:20")
    assert header is not None and (header.author, header.outlet, header.date.iso) == ("김민수", None, "2025-02-13")  # type: ignore[union-attr]
    page = (
        '<html><head><meta charset="utf-8"><title>국정원 "북한군 추가 파병" | 한빛일보</title></head><body>'
        '<h1>국정원 "북한군 추가 파병"</h1><p class="byline">이서연 기자 | 입력 2025.02.13 15:20</p>'
        "<p>국가정보원은 13일 국회 정보위원회 비공개 회의에서 북한이 올해 1월 이후 러시아에 약 3천명을 추가 파병한 것으로 파악된다고 보고했다.</p>"
        "<p>국정원은 북한군 사상자가 약 4천명에 이르며 이 가운데 사망자는 약 300명으로 추정된다고 밝혔다.</p></body></html>"
    )
    (article,) = _normalise(page, "page.html").articles
    assert article.author == "이서연"


def test_a_chinese_portals_title_parts_joined_by_underscores_name_the_site_last():
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>乌克兰称俘虏两名朝鲜士兵_国际新闻_环球网</title></head><body>'
        "<h1>乌克兰称俘虏两名朝鲜士兵</h1>"
        "<p>【环球网报道】据乌克兰总统泽连斯基11日在社交媒体上发文称，乌克兰军队在俄罗斯库尔斯克州俘虏了两名朝鲜士兵。</p>"
        "<p>泽连斯基表示，两名士兵均受伤，已被送往基辅，正在接受乌克兰安全局的审问。</p>"
        "<p>本网站之文字、图片及影音，非经授权，不得转载、公开播送或公开传输及利用。</p></body></html>"
    )
    result = _normalise(page, "page.html")
    (article,) = result.articles
    assert article.outlet == "Global Times"  # (环球网 is the Global Times' Chinese site)
    assert all("不得转载" not in text for text in _texts(article))  # the reprint notice is the site's, not the story's
    assert any("不得转载" in text for text in _removed(result, "licence"))


def test_a_newsletter_platforms_share_card_and_menu_leave_headline_deck_byline_and_date():
    text = (
        "Subscribe\nSign in\nShare this post\nKim's war dividend\nthepeninsulabrief.example.com\nCopy link\nFacebook\nEmail\nNotes\nMore\n"
        "Kim's war dividend\nWhat Pyongyang has earned from Russia's war, and what it might still want\nMira Castellanos\nFeb 20, 2025\n12\nShare\n\n"
        f"{LEDE}\n\n{PARA}\n\n{CLOSING}\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert (article.title, article.author, article.published) == ("Kim's war dividend", "Mira Castellanos", "2025-02-20")
    assert article.dek == "What Pyongyang has earned from Russia's war, and what it might still want"
    assert _kinds(article) == {"dek": [article.dek], "body": [LEDE, PARA, CLOSING]}
    assert "Kim's war dividend\nthepeninsulabrief.example.com" in _removed(result, "duplicate-line")


# --- Paged and scanned text ------------------------------------------------------------------------


def _two_columns(pairs: list[tuple[str, str]]) -> list[str]:
    return [f"   {left:<46}{right}".rstrip() for left, right in pairs]


def test_two_column_pdf_text_with_superscript_notes_and_a_short_last_page_reads_in_order():
    page1 = _two_columns([
        ("Since August 2023, North Korea has", "Troop deployment"),
        ("shipped munitions to Russia on a scale", ""),
        ("that few analysts anticipated, and in", "In October 2024, Pyongyang sent about"),
        ("return Russia is believed to have", "11,000 soldiers to the Kursk region. By"),
        ("supplied refined oil, food and, ac-", "February the total stood at roughly"),
        ("cording to Seoul, help with North", "14,000 after a second contingent had"),
        ("Korea's satellite programme.¹", "arrived from the Far East.²"),
    ])
    page2 = _two_columns([
        ("Implications", "Seoul and Tokyo have both warned that"),
        ("", "the exchange could help North Korea"),
        ("The partnership gives Pyongyang combat", "refine the KN-23 ballistic missiles it"),
        ("experience that no other armed force", "has fired at Ukrainian cities since the"),
        ("in Asia now has after a year at war.", "first launches in early 2024."),
    ])
    lines = [*page1, "", "   ______________", "   ¹ Yonhap News Agency, 30 November 2024.", "   ² National Intelligence Service, 13 February 2025.", f"{'1':>80}", "\f" + page2[0], *page2[1:], f"{'2':>80}"]
    result = _normalise("\n".join(lines) + "\n")
    (article,) = result.articles
    kinds = _kinds(article)
    assert kinds["heading"] == ["Troop deployment", "Implications"]
    assert kinds["body"][0].endswith("according to Seoul, help with North Korea's satellite programme.")  # the note's mark goes
    assert kinds["body"][2] == "The partnership gives Pyongyang combat experience that no other armed force in Asia now has after a year at war."
    assert kinds["body"][3].startswith("Seoul and Tokyo have both warned that the exchange could help North Korea refine")
    assert [text.strip() for text in _removed(result, "footnote")] == ["¹ Yonhap News Agency, 30 November 2024.\n   ² National Intelligence Service, 13 February 2025."]


def test_a_scanned_pages_folio_between_dashes_goes_and_a_broken_past_tense_is_joined():
    text = (
        "Munitions flow through Rajin shows no sign of slowing\n\nBy Daniel Ochs\n\n"
        "Satellite imagery reviewed by analysts in Seoul shows the port of Rajin remains the main hub\n"
        "for North Korean shipments to Russia. A South Korean official report-\n"
        "ed that cargo ships have filled the outer berths nearly every week.\n\n"
        f"{PARA}\n\n- 12 -\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert _body(article)[0].endswith("A South Korean official reported that cargo ships have filled the outer berths nearly every week.")
    assert _body(article)[-1] == PARA and _removed(result, "page-number") == ["- 12 -"]


def test_forum_replies_handles_over_their_stamps_and_the_more_replies_link_are_no_text():
    text = (
        "r/CredibleDefense\n•\nPosted by u/steppe_watcher\n9 hr. ago\n\n"
        "North Korean troops rotated out of Kursk\n\n"
        f"{LEDE}\n\n{PARA}\n\n142\nShare\n\nlevel 1\nkimchi_analyst\n· 8 hr. ago\n\n{CLOSING}\n\n57\nReply\nShare\n\nMore replies\n"
    )
    result = _normalise(text)
    (article,) = result.articles
    assert "kimchi_analyst" not in _texts(article) and "More replies" not in _texts(article)
    assert _body(article) == [LEDE, PARA, CLOSING] and article.author == "steppe_watcher"


def test_utf16_file_keeps_its_new_rules():
    # (the same place rule reached through another reader: a UTF-16 text file with CRLF lines)
    text = f"Заявления для прессы\r\n19 июня 2024 года, 15:40, Пхеньян\r\n\r\n{RU_P1}\r\n\r\n{RU_P2}\r\n"
    (article,) = normalise_bytes(b"\xff\xfe" + text.encode("utf-16-le"), "kremlin.txt").articles
    assert (article.outlet, article.dateline) == (None, "Пхеньян")


# --- Releases, foreign bylines and copied social threads -------------------------------------------


def test_an_issuer_named_over_its_release_fields_is_the_outlet_and_the_headline_below_is_the_title():
    text = (
        "PRESS RELEASE\n\nMinistry of National Defense\nPublished: 13 February 2025\nContact: Kim Young-ho (02-748-1234)\n\n"
        f"Ministry statement on additional North Korean deployment\n\n{LEDE}\n\n{PARA}\n"
    )
    (article,) = _normalise(text).articles
    assert (article.title, article.outlet, article.published) == ("Ministry statement on additional North Korean deployment", "Ministry of National Defense", "2025-02-13")
    assert _texts(article) == [LEDE, PARA]
    korean = (
        "보도자료\n\n국방부\n보도시점: 2025. 2. 13.(목) 15:00 이후\n담당부서: 국방정책실 북한정책과\n\n북한군 추가 파병 관련 국방부 입장\n\n"
        "□ 국방부는 북한이 러시아에 약 3천 명의 병력을 추가로 파병한 것으로 평가하고 있다고 밝혔다.\n\n"
        "□ 국방부는 북한군 파병이 유엔 안보리 결의 위반이며, 국제사회와 긴밀히 공조해 단호히 대응해 나갈 것이라고 강조했다.\n"
    )
    (article,) = _normalise(korean).articles
    assert (article.title, article.outlet, article.published) == ("북한군 추가 파병 관련 국방부 입장", "국방부", "2025-02-13")
    assert len(_body(article)) == 2


def test_a_japanese_byline_filed_from_a_city_names_the_reporter_and_leaves_the_text():
    page = (
        '<html><head><meta charset="utf-8"><title>北朝鮮兵、戦闘参加か - 毎朝新聞</title></head><body>'
        '<h1>北朝鮮兵、戦闘参加か</h1><p class="date">2024年12月19日 15時40分</p><p class="author">ソウル＝山田太郎</p>'
        "<p>韓国の国家情報院は19日、ロシア西部クルスク州に派遣された北朝鮮兵のうち、少なくとも100人が死亡したとの分析を国会に報告した。</p>"
        "<p>国情院によると、北朝鮮兵は無人機による攻撃への対応に不慣れで、大きな損失を出しているという。</p></body></html>"
    )
    (article,) = _normalise(page, "page.html").articles
    assert article.author == "山田太郎"
    assert all("山田太郎" not in text for text in _texts(article))


def test_a_copied_thread_repeats_its_posters_name_handle_and_stamp_over_each_post_and_none_is_text():
    posts = [
        "New: our count of North Korean KN-23 launches against Ukraine now stands at 64 since December 2023, based on debris recovered by investigators. 🧵 1/3",
        "The accuracy problem seems to have been fixed: Ukrainian officials say recent impacts fall within 50 to 100 metres of the target. 2/3",
        "That matters beyond Ukraine: every launch is a live test of a missile Pyongyang could not otherwise run anywhere. 3/3",
    ]
    head = "Dr. Hanna Liebermann\n@hliebermann@sigmoid.social\n\n"
    stamps = ["Jan 14, 2025, 09:12 · 🌐 · Web · 12 · 48 · 31", "Jan 14, 2025, 09:14 · 🌐 · Web · 3 · 20 · 11", "Jan 14, 2025, 09:15 · 🌐 · Web · 5 · 33 · 19"]
    text = "".join(f"{head}{post}\n\n{stamp}\n\n" for post, stamp in zip(posts, stamps, strict=True))
    (article,) = _normalise(text).articles
    assert _texts(article) == [p.rsplit(" ", 1)[0].removesuffix(" 🧵") for p in posts]  # the first post, ending in its counter, is text, not a headline
    assert (article.author, article.published) == ("Hanna Liebermann", "2025-01-14")
    assert article.title.startswith("New: our count of North Korean KN-23 launches")


def test_a_forum_posters_handle_alone_over_the_post_signs_it_and_a_later_one_is_no_text():
    text = f"Estimating North Korean losses in Kursk\n\ngrey_owl\n\n{LEDE}\n\n{PARA}\n\nBravo_Six\n\n{CLOSING}\n"
    result = _normalise(text)
    (article,) = result.articles
    assert _texts(article) == [LEDE, PARA, CLOSING] and article.author == "grey_owl"
    assert "Bravo_Six" in "\n".join(_removed(result, "metadata-header"))


def test_a_reports_running_head_names_its_issuer_and_month_where_no_line_of_its_own_does():
    running = "CENTRE FOR NORTHEAST ASIAN SECURITY · POLICY BRIEF NO. 27 · MARCH 2025"
    title = "The Pyongyang–Moscow axis: an assessment of military transfers"
    text = f"{running}\n\n{title}\n\n{LEDE}\n\n{PARA}\n\n1\n\f{running}\n\n{CLOSING}\n\n2\n"
    result = _normalise(text)
    (article,) = result.articles
    assert (article.title, article.outlet, article.published) == (title, "CENTRE FOR NORTHEAST ASIAN SECURITY", "2025-03")
    assert _texts(article) == [LEDE, PARA, CLOSING] and len(_removed(result, "running-header")) == 2
    dated = text.replace(f"{title}\n\n", f"{title}\n\nPublished: 4 March 2025\n\n")
    assert _normalise(dated).articles[0].published == "2025-03-04"  # the report's own date line comes first
