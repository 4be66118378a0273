"""Blind round 13: newsletter platforms and channel previews saved as pages, breadcrumb trails in several
languages, foreign-language portals (Korean, Russian, Japanese, German, French, Chinese), app shares, print
views, layout dumps of think-tank briefs, document exports, web-archive and translation bars."""

from __future__ import annotations

from normalise_samples import CLOSING, KO_LEDE, KO_PARA, LEDE, PARA, normalise_named as _normalise
from normalise_samples import body_texts as _body, passage_texts as _texts, removed_texts as _removed, texts_by_kind as _kinds

# --- Newsletter platforms and channel previews saved as pages -------------------------------------

_SUBSTACK = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>What Pyongyang gets for its shells - by Anna Petrova</title>
<meta property="og:site_name" content="Northern Front"><meta name="author" content="Anna Petrova"></head>
<body><div class="navbar"><a href="/">Northern Front</a><a href="/subscribe">Subscribe</a><a href="/signin">Sign in</a></div>
<article><h1 class="post-title">What Pyongyang gets for its shells</h1>
<h3 class="subtitle">Oil, cash and rocket know-how are flowing the other way</h3>
<div class="post-meta"><a href="/profile/anna">Anna Petrova</a><div>Mar 12, 2025</div></div>
<div class="post-ufi"><span>42</span><span>7</span><span>Share</span></div>
<div class="body markup"><p>{LEDE}</p><p>{PARA}</p>
<div class="subscription-widget-wrap"><p class="cta-caption">Northern Front is a reader-supported publication. To receive new posts and
support my work, consider becoming a free or paid subscriber.</p><form><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div>
<p>{CLOSING}</p><p class="button-wrapper"><a class="button primary" href="/share"><span>Share</span></a></p></div></article>
<div class="post-footer"><p>Thanks for reading Northern Front! Subscribe for free to receive new posts and support my work.</p>
<div>42 Likes</div><div>7 Restacks</div><h4>Discussion about this post</h4><div>Ready for more?</div></div>
</body></html>"""


def test_newsletter_platforms_reaction_bar_run_together_goes_and_the_post_stays_whole():
    result = _normalise(_SUBSTACK, "post.html")
    article = result.articles[0]
    assert (article.title, article.outlet, article.author, article.published) == (
        "What Pyongyang gets for its shells", "Northern Front", "Anna Petrova", "2025-03-12"
    )
    assert _kinds(article)["dek"] == ["Oil, cash and rocket know-how are flowing the other way"]
    assert _body(article) == [LEDE, PARA, CLOSING]
    assert "heading" not in _kinds(article)  # "42", "7" and "Share" copied as "427Share" are no sub-heading
    assert _removed(result, "share-prompt") == ["427Share"]


_TELEGRAM_POST = """<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="ukrpravda_news/{n}">
<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="https://t.me/ukrpravda_news"><span dir="auto">Українська правда</span></a></div>
<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>
<div class="tgme_widget_message_footer compact"><div class="tgme_widget_message_info short"><span class="tgme_widget_message_views">{views}</span><span class="copyonly"> views</span>
<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/ukrpravda_news/{n}"><time datetime="2025-06-14T{time}:00+00:00" class="time">{time}</time></a></span></div></div>
</div></div></div>"""


def test_channels_web_preview_gives_one_article_a_post_and_its_view_counts_go():
    first = ("⚡️ Північнокорейські військові вперше зафіксовані на Запорізькому напрямку, повідомляє ГУР.<br/><br/>"
             "За даними розвідки, до регіону прибули щонайменше дві роти інженерних військ КНДР.")
    second = "Зеленський: КНДР передала Росії ще 1,5 млн снарядів з початку року.<br/><br/>Пхеньян також постачає балістичні ракети KN-23."
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Українська правда – Telegram</title></head><body class="tgme_webpreview">'
        '<header class="tgme_header"><div class="tgme_header_title">Українська правда</div><div class="tgme_header_counter">1.2M subscribers</div>'
        '<a class="tgme_action_button" href="tg://resolve">View in Telegram</a></header><main><section class="tgme_channel_history">'
        + _TELEGRAM_POST.format(n=101, text=first, views="48.2K", time="09:31")
        + _TELEGRAM_POST.format(n=102, text=second, views="61.5K", time="11:02")
        + "</section></main></body></html>"
    )
    result = _normalise(page, "channel.html")
    assert [a.title for a in result.articles] == [
        "Північнокорейські військові вперше зафіксовані на Запорізькому напрямку, повідомляє ГУР",
        "Зеленський: КНДР передала Росії ще 1,5 млн снарядів з початку року",
    ]
    assert all(a.published == "2025-06-14" for a in result.articles)
    assert _texts(result.articles[1])[1] == "Пхеньян також постачає балістичні ракети KN-23."
    removed = [r.text for r in result.removed]
    assert "48.2K" in removed and "1.2M subscribers" in removed  # counters and the channel's header are audited
    assert not any("48.2K" in t or "views" == t for a in result.articles for t in _texts(a))


# --- Breadcrumb trails, in English and in the region's languages ----------------------------------


def test_korean_portals_breadcrumb_and_marked_related_list_leave_the_headline_and_the_closing_sentence():
    closing = '정보위 여당 간사는 "북한이 추가 파병을 준비하고 있는 정황이 포착됐다"고 전했다.'
    text = (
        "홈 > 정치 > 북한\n\n국정원 \"북한군, 러시아 쿠르스크서 사상자 4천명 넘어\"\n\n"
        "입력 2025.02.27. 오전 10:12 수정 2025.02.27. 오전 11:40\n\n김민수 기자\n\n"
        f"{KO_LEDE}\n\n{KO_PARA}\n\n▶ 관련기사\n- 북한, 러시아에 추가 파병 검토\n- 우크라 \"북한군 포로 2명 생포\"\n\n{closing}\n\n"
        "김민수 기자 minsu@example.co.kr\n\n<저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지>\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == '국정원 "북한군, 러시아 쿠르스크서 사상자 4천명 넘어"'
    assert (article.author, article.published) == ("김민수", "2025-02-27")
    assert _texts(article) == [KO_LEDE, KO_PARA, closing]  # an eleven-word sentence after the box is the story's own
    assert _removed(result, "navigation") == ["홈 > 정치 > 북한"]
    assert _removed(result, "related-stories")[0].startswith("▶ 관련기사\n- 북한, 러시아에 추가 파병 검토")


def test_russian_breadcrumb_and_a_closing_topic_box_go():
    text = (
        "Главная / Политика / В мире\n\nВ Кремле прокомментировали сообщения о северокорейских военных в Курской области\n\n"
        "Анна Смирнова\n\n14 ноября 2024, 16:45\n\n"
        "Пресс-секретарь президента России Дмитрий Песков отказался подтвердить сообщения о присутствии военнослужащих КНДР в Курской области.\n\n"
        "Ранее в Южной Корее заявили, что в Россию направлены около 11 тысяч северокорейских военных.\n\n"
        "Материалы по теме\nСВР: США готовят провокацию\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "В Кремле прокомментировали сообщения о северокорейских военных в Курской области"
    assert (article.author, article.published) == ("Анна Смирнова", "2024-11-14")
    assert len(_texts(article)) == 2
    assert _removed(result, "related-stories") == ["Материалы по теме\nСВР: США готовят провокацию"]


def test_german_breadcrumb_with_angle_quotes_and_the_as_of_stamp_date_the_story():
    text = (
        "Politik › Ausland › Krieg in der Ukraine\n\nNordkoreanische Soldaten kämpfen offenbar auch in der Region Belgorod\n\n"
        "Stand: 12.03.2025 14:27 Uhr\n\n"
        "Nach Angaben des ukrainischen Geheimdienstes sind nordkoreanische Soldaten inzwischen auch in der russischen Grenzregion Belgorod im Einsatz.\n\n"
        "Der südkoreanische Geheimdienst hatte zuvor berichtet, Nordkorea habe rund 3000 zusätzliche Soldaten nach Russland geschickt.\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert (article.title, article.published) == ("Nordkoreanische Soldaten kämpfen offenbar auch in der Region Belgorod", "2025-03-12")
    assert len(_texts(article)) == 2 and "heading" not in _kinds(article)
    assert _removed(result, "navigation") == ["Politik › Ausland › Krieg in der Ukraine"]


def test_a_headline_with_a_comparison_sign_is_no_breadcrumb():
    for headline in ("Kim > Putin? Who gains more from the deal", "Shells > 9 million > what Seoul counted in 2024"):
        assert _normalise(f"{headline}\n\n{LEDE}\n\n{PARA}\n").articles[0].title == headline


def test_english_breadcrumb_listen_bar_with_its_length_and_a_most_read_box_mid_story():
    text = (
        "Home › World › Asia-Pacific\n\nNorth Korea sends more missiles to Russia, Seoul says\n\nListen to this article · 4 min\n\n"
        "By Grace Moon\n\nUpdated 3 hours ago | Published February 11, 2025\n\n"
        f"{LEDE}\n\n{PARA}\n\nMOST READ\n1. Trump and Putin to meet in Riyadh\n2. Why the won is falling again\n\n{CLOSING}\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert (article.title, article.author, article.published) == ("North Korea sends more missiles to Russia, Seoul says", "Grace Moon", "2025-02-11")
    assert _texts(article) == [LEDE, PARA, CLOSING]  # the listen bar is no deck
    assert _removed(result, "share-prompt") == ["Listen to this article · 4 min"]


# --- Foreign-language portals: their stamps, buttons, boxes and notices ---------------------------

_JAPANESE = """北朝鮮兵、ロシア西部クルスク州で戦闘に参加　韓国国家情報院

2024年12月19日 10時32分

【ソウル=山田太郎】韓国の国家情報院は19日、ロシアに派遣された北朝鮮兵のうち少なくとも100人が死亡し、約1000人が負傷したと明らかにした。

国情院によると、北朝鮮兵はロシア西部クルスク州でウクライナ軍との戦闘に投入されている。

関連記事
北朝鮮、ロシアへ追加派兵か　韓国軍が分析
ウクライナ、北朝鮮兵の捕虜を公開

国情院は、北朝鮮兵が無人機攻撃への対応に苦慮していると分析している。

この記事は有料会員限定です。

シェア
ツイート
ブックマーク

この記事の写真をみる（3枚）
"""


def test_japanese_stamp_with_hours_and_minutes_dates_the_story_and_its_buttons_and_notices_go():
    result = _normalise(_JAPANESE)
    article = result.articles[0]
    assert article.published == "2024-12-19"
    texts = _texts(article)
    assert len(texts) == 3 and texts[-1] == "国情院は、北朝鮮兵が無人機攻撃への対応に苦慮していると分析している。"
    assert "heading" not in _kinds(article) and "caption" not in _kinds(article)
    assert _removed(result, "paywall") == ["この記事は有料会員限定です。"]
    assert _removed(result, "share-prompt") == ["シェア\nツイート\nブックマーク"]
    assert _removed(result, "reader-chrome") == ["この記事の写真をみる（3枚）"]


_FRENCH = """Accueil > International > Asie-Pacifique

Guerre en Ukraine : la Corée du Nord aurait envoyé 3 000 soldats supplémentaires en Russie

Par Philippe Mesmer (Tokyo, correspondant)
Publié le 24 février 2025 à 10h15, modifié le 24 février 2025 à 12h03
Temps de Lecture 3 min.

Lire plus tard
Partager

Selon l'état-major interarmées sud-coréen, Pyongyang a dépêché environ 3 000 soldats supplémentaires en Russie depuis le début de l'année.

Lire aussi | Les soldats nord-coréens, nouvelle main-d'œuvre de la guerre russe

Ces renforts s'ajoutent aux quelque 11 000 militaires envoyés à l'automne, dont environ 4 000 auraient été tués ou blessés.

Article réservé aux abonnés

Philippe Mesmer (Tokyo, correspondant)
Vous pouvez lire Le Monde sur un seul appareil à la fois
"""


def test_french_paper_reads_its_byline_and_stamp_and_drops_its_buttons_pointer_and_notices():
    result = _normalise(_FRENCH)
    article = result.articles[0]
    assert article.title == "Guerre en Ukraine : la Corée du Nord aurait envoyé 3 000 soldats supplémentaires en Russie"
    assert (article.author, article.published) == ("Philippe Mesmer", "2025-02-24")  # the first date: when it ran
    assert [t[:20] for t in _texts(article)] == ["Selon l'état-major i", "Ces renforts s'ajout"]
    assert _removed(result, "related-link") == ["Lire aussi | Les soldats nord-coréens, nouvelle main-d'œuvre de la guerre russe"]
    assert _removed(result, "reader-chrome") == ["Temps de Lecture 3 min."]
    assert _removed(result, "paywall") == ["Article réservé aux abonnés", "Vous pouvez lire Le Monde sur un seul appareil à la fois"]
    assert "Philippe Mesmer (Tokyo, correspondant)" in [r.text for r in result.removed]  # the signature under the story


def test_chinese_portals_stamp_line_gives_source_and_writer_and_its_editor_credit_goes():
    lede = "【环球网报道】据韩联社24日报道，韩国联合参谋本部表示，朝鲜今年以来向俄罗斯增派了约3000名士兵。"
    para = "报道称，朝鲜还向俄罗斯提供了约220门火炮，包括170毫米自行火炮和240毫米多管火箭炮。"
    for gap in ("\u3000", " "):
        text = (
            f"首页 > 国际 > 正文\n\n韩国国情院称朝鲜向俄罗斯增派士兵\n\n2025-02-24 15:32:10{gap}来源：环球网{gap}作者：李明\n\n"
            f"{lede}\n\n{para}\n\n相关阅读\n朝鲜士兵在库尔斯克伤亡超4000人\n俄朝签署全面战略伙伴关系条约\n\n责任编辑：王芳\n"
        )
        result = _normalise(text)
        article = result.articles[0]
        assert (article.title, article.author, article.published) == ("韩国国情院称朝鲜向俄罗斯增派士兵", "李明", "2025-02-24")
        assert article.outlet == "Global Times"  # (环球网 is the Global Times' Chinese site)
        assert _texts(article) == [lede, para]
        assert _removed(result, "editor-credit") == ["责任编辑：王芳"]


def test_outlet_then_writer_then_date_under_a_translation_bar():
    text = (
        "Translated from Korean\nOriginal text\nRate this translation\n\nNorth Korean soldiers' letters reveal homesickness\n\n"
        f"Yonhap News | Park Soo-jin | 2025.01.20 14:05\n\n{LEDE}\n\n{PARA}\n\n"
        "Your feedback will be used to help improve Google Translate\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "North Korean soldiers' letters reveal homesickness"
    assert (article.author, article.published) == ("Park Soo-jin", "2025-01-20")
    assert article.outlet is not None and "Yonhap" in article.outlet
    assert _texts(article) == [LEDE, PARA]
    assert len(_removed(result, "translation-note")) == 2


# --- App shares, print views, clippers, archives --------------------------------------------------


def test_aggregator_share_names_the_outlet_from_its_age_line_and_drops_its_magazine_and_buttons():
    text = (
        "Flipped into North Korea Watch by Min Park\n\nRussia pays North Korea in oil, not cash\n\nRadio Free Asia · 2d\n\n"
        f"{LEDE}\n\n{PARA}\n\nRead on rfa.org\n\nLike  Comment  Flip\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "Russia pays North Korea in oil, not cash"
    assert article.outlet == "Radio Free Asia"
    assert _texts(article) == [LEDE, PARA]
    assert _removed(result, "forwarded-from") == ["Flipped into North Korea Watch by Min Park"]
    assert "Like  Comment  Flip" in _removed(result, "share-prompt")


def test_print_views_margin_with_the_address_and_sheet_number_goes():
    text = (
        "Printed from: www.koreaherald.com/article/10443211\n\nThe Korea Herald\n\n"
        "N. Korean troops 'adapting quickly' to drone warfare: report\n\nPublished: Jan 23, 2025 - 15:02\n\nBy Choi Si-young\n\n"
        f"{LEDE}\n\n{PARA}\n\nCopyright 2025 The Korea Herald. All rights reserved.\n"
        "https://www.koreaherald.com/article/10443211" + " " * 52 + "1/1\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert (article.outlet, article.author, article.published) == ("The Korea Herald", "Choi Si-young", "2025-01-23")
    assert _texts(article) == [LEDE, PARA]
    assert any(r.startswith("https://www.koreaherald.com/article/10443211") for r in _removed(result, "reader-chrome"))


def test_web_archive_banner_is_no_title_and_a_gifted_link_notice_goes():
    text = (
        "The Wayback Machine - https://web.archive.org/web/20241105093012/https://www.nknews.org/2024/11/north-korean-troops-kursk/\n\n"
        "North Korean troops enter combat in Kursk, Ukraine says\n\nBy Chad O'Carroll\n\nNovember 5, 2024\n\n"
        f"{LEDE}\n\n{PARA}\n\nThis article was gifted to you by an NK Pro subscriber.\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert (article.title, article.author, article.published) == ("North Korean troops enter combat in Kursk, Ukraine says", "Chad O'Carroll", "2024-11-05")
    assert _texts(article) == [LEDE, PARA]
    assert _removed(result, "paywall") == ["This article was gifted to you by an NK Pro subscriber."]


def test_clipped_story_closing_editor_credit_names_no_outlet():
    text = (
        "Clipped from: https://www.rfa.org/english/news/korea/nk-oil-russia-11262024.html\nCreated: 27/11/2024 08:12\n\n"
        "Russia sent North Korea over a million barrels of oil, satellite images show\n\nBy Jieun Kim for RFA Korean\n\n2024.11.26\n\n"
        f"{LEDE}\n\n{PARA}\n\nEdited by Malcolm Foster.\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.outlet != "Malcolm Foster" and article.author == "Jieun Kim"
    assert _texts(article) == [LEDE, PARA]
    assert _removed(result, "editor-credit") == ["Edited by Malcolm Foster."]
    # An outlet that edits a page of others' work is still named by its line.
    edited = _normalise(f"Title of the digest\n\n{LEDE}\n\n{PARA}\n\nEdited by the Korea Economic Institute.\n")
    assert (edited.articles[0].outlet or "").endswith("Korea Economic Institute")


def test_professional_networks_article_controls_leave_the_headline_the_title():
    text = (
        "North Korea's Munitions Lifeline to Moscow\n\nReport this article\n\nSarah Lindqvist\n"
        "Senior Analyst, Nordic Institute for Security Studies\n\nPublished Mar 4, 2025\n\n+ Follow\n\n"
        f"{LEDE}\n\n{PARA}\n\nLike\nComment\nShare\n\n24 reactions · 3 comments\n\nMore articles by Sarah Lindqvist\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert (article.title, article.author, article.published) == ("North Korea's Munitions Lifeline to Moscow", "Sarah Lindqvist", "2025-03-04")
    assert _texts(article) == [LEDE, PARA]  # "+ Follow" is no list item
    assert _removed(result, "related-stories") == ["More articles by Sarah Lindqvist"]


# --- Layout dumps, document exports, blog platforms -----------------------------------------------

_BRIEF = (
    " " * 74 + "CSIS BRIEFS | MARCH 2025\n\n\n"
    "North Korea's Battlefield Lessons\nfrom the Russia-Ukraine War\nBy Victor Cha and Andy Lim\n\nMARCH 2025\n\n"
    "THE ISSUE\n\uf0b7 North Korea has deployed some 14,000 troops to Russia and supplied millions of artillery shells.\n"
    "\uf0b7 Combat experience will improve the Korean People's Army's tactics, drone use and logistics.\n\n"
    "Since October 2024, North Korean soldiers have fought alongside Russian forces in the Kursk\n"
    "region, the first large-scale deployment of North Korean troops abroad since the Vietnam War.\n\n"
    "CSIS BRIEFS | WWW.CSIS.ORG" + " " * 75 + "1\n\n\n\n"
    + " " * 74 + "CSIS BRIEFS | MARCH 2025\n\n"
    "Policymakers in Seoul and Washington should prepare for a North Korean military that has\n"
    "learned from the world's most intense conventional war.\n\n"
    "Victor Cha is president of the Geopolitics and Foreign Policy Department and Korea Chair at\n"
    "the Center for Strategic and International Studies (CSIS) in Washington, D.C. Andy Lim is\nassociate fellow with the Korea Chair at CSIS.\n\n"
    "This brief is made possible by general support to CSIS. No direct sponsorship contributed to\nthis brief.\n\n"
    "CSIS BRIEFS | WWW.CSIS.ORG" + " " * 75 + "2\n"
)


def test_brief_dumped_with_its_layout_keeps_its_symbol_font_bullets_apart_and_drops_its_funding_note():
    result = _normalise(_BRIEF)
    article = result.articles[0]
    assert article.title == "North Korea's Battlefield Lessons from the Russia-Ukraine War"
    assert (article.author, article.published) == ("Victor Cha and Andy Lim", "2025-03")  # the cover's month, in capitals
    assert _kinds(article)["bullet"] == [
        "North Korea has deployed some 14,000 troops to Russia and supplied millions of artillery shells.",
        "Combat experience will improve the Korean People's Army's tactics, drone use and logistics.",
    ]
    assert _body(article)[-1].startswith("Policymakers in Seoul")
    assert len(_removed(result, "disclaimer")) == 1 and len(_removed(result, "author-bio")) == 1
    assert "MARCH 2025" not in _texts(article)


def test_document_exports_file_name_is_no_outlet_and_a_comments_assignment_goes():
    page = (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>Draft - NK munitions piece</title></head>'
        '<body class="c8 doc-content"><p class="c3 title"><span>Inside the shell pipeline from Rajin to the front</span></p>'
        f'<p class="c3"><span>By Laura Beck</span></p><p class="c3"><span>{LEDE}</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p>'
        f'<p class="c3"><span>{PARA}</span></p>'
        '<div class="c5"><p class="c4"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Need a second source for the figure - ask the desk.</span></p>'
        '<p class="c4"><span>_Assigned to Laura Beck_</span></p></div></body></html>'
    )
    result = _normalise(page, "draft.html")
    article = result.articles[0]
    assert (article.title, article.author, article.outlet) == ("Inside the shell pipeline from Rajin to the front", "Laura Beck", None)
    assert _texts(article) == [LEDE, PARA]
    assert _removed(result, "comments") == ["_Assigned to Laura Beck_"]


def test_blog_platforms_lone_listen_button_is_no_sub_heading():
    text = (
        "The Kursk Lesson: What Pyongyang Learned\n\nHow North Korean units changed tactics in three months\n\n"
        "Dmitri Kowalski\nFollow\n7 min read\n·\nFeb 18, 2025\n\n412\n\n9\n\nListen\n\nShare\n\n"
        f"{LEDE}\n\n{PARA}\n\nWritten by Dmitri Kowalski\n1.2K Followers\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert (article.author, article.published) == ("Dmitri Kowalski", "2025-02-18")
    assert "heading" not in _kinds(article)
    assert _body(article) == [LEDE, PARA]
    assert any("Listen" in r.split("\n") for r in _removed(result, "share-prompt"))


def test_fact_boxs_photo_line_with_its_own_credit_leaves_the_paragraph_above_it_body():
    text = (
        f"What North Korea gets from Russia\n\nBy Jun Park\n\nMarch 3, 2025\n\n{LEDE}\n\n"
        "FACT BOX\n• Troops deployed: about 14,000 (NIS estimate)\n• Casualties: about 4,700 killed or wounded\n"
        f"Source: South Korea's Joint Chiefs of Staff\n\n{PARA}\n\n"
        "Photo: A North Korean soldier in Kursk (Ukrainian special forces via AP)\n\n"
        f"{CLOSING}\n\nJun Park is a correspondent for the Seoul Ledger covering North Korea.\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    kinds = _kinds(article)
    assert kinds["body"][0] == LEDE and PARA in kinds["body"] and kinds["body"][-1] == CLOSING
    assert kinds["caption"] == ["Photo: A North Korean soldier in Kursk (Ukrainian special forces via AP)"]
    assert "• Casualties: about 4,700 killed or wounded" in kinds["body"]  # the box's facts are the story's own
    assert len(_removed(result, "author-bio")) == 1


def test_writers_name_repeated_under_the_story_is_a_signature_and_another_name_stays():
    text = f"North Korea sends more missiles to Russia\n\nBy Grace Moon (Seoul)\n\n{LEDE}\n\n{PARA}\n\nGrace Moon (Seoul)\n"
    result = _normalise(text)
    article = result.articles[0]
    assert article.author == "Grace Moon"
    assert _texts(article) == [LEDE, PARA]
    assert _removed(result, "metadata-header") == ["By Grace Moon (Seoul)", "Grace Moon (Seoul)"]
    other = _normalise(text.replace("\nGrace Moon (Seoul)\n", "\nKim Jong Un\n").replace("Grace Moon (Seoul)\n\n", "Grace Moon\n\n", 1)).articles[0]
    assert _texts(other)[-1] == "Kim Jong Un"


# --- Clippers' Markdown, wire portals, comment boxes ----------------------------------------------

_CLIPPED = f"""---
title: "North Korea ships more artillery to Russia, Seoul says"
source: "https://www.koreatimes.co.kr/www/nation/2025/03/103_393812.html"
author:
  - "[[Lee Hyo-jin]]"
published: 2025-03-05
created: 2025-03-06
description: "South Korea's military says North Korea has sent more self-propelled guns and rocket launchers to Russia"
tags:
  - "clippings"
---
# North Korea ships more artillery to Russia, Seoul says

![](https://www.koreatimes.co.kr/upload/newsV2/images/202503/abc.jpg)
*A North Korean 170mm self-propelled gun is seen in a photo released by KCNA. Yonhap*

{LEDE}

{PARA}
"""


def test_web_clippers_front_matter_gives_writer_date_and_deck_and_its_italic_line_under_a_picture_is_the_caption():
    result = _normalise(_CLIPPED, "clip.md")
    article = result.articles[0]
    assert article.title == "North Korea ships more artillery to Russia, Seoul says"
    assert (article.author, article.published) == ("Lee Hyo-jin", "2025-03-05")  # published, not the day it was clipped
    assert article.outlet != "https://www.koreatimes.co.kr/www/nation/2025/03/103_393812.html"  # an address is no outlet's name
    kinds = _kinds(article)
    assert kinds["dek"] == ["South Korea's military says North Korea has sent more self-propelled guns and rocket launchers to Russia"]
    assert kinds["caption"] == ["A North Korean 170mm self-propelled gun is seen in a photo released by KCNA. Yonhap"]
    assert kinds["body"] == [LEDE, PARA] and "heading" not in kinds  # the headline printed again is the title
    # An italic line that follows no picture is emphasis, not a caption.
    plain = _normalise(f"# Kursk toll\n\n*{PARA}*\n\n{LEDE}\n", "note.md").articles[0]
    assert "caption" not in _kinds(plain)


def test_korean_wires_sent_time_label_is_no_outlet_and_its_more_stories_link_goes():
    text = (
        '합참 "북한, 올해 러시아에 3천명 추가 파병"\n\n송고시간2025-02-24 11:20\n\n김철수 기자\n김철수기자 기사 더보기\n\n'
        f"(서울=연합뉴스) 김철수 기자 = {KO_LEDE}\n\n{KO_PARA}\n\nchulsoo@yna.co.kr\n\n"
        "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.outlet != "송고시간" and article.outlet is not None
    assert (article.author, article.published) == ("김철수", "2025-02-24")
    assert "heading" not in _kinds(article) and len(_texts(article)) == 2
    assert _removed(result, "related-stories") == ["김철수기자 기사 더보기"]


def test_ukrainian_advert_label_with_its_colon_and_the_typo_report_prompt_go():
    text = (
        "Головна › Новини › Війна\n\nГУР: КНДР передала Росії ще 150 балістичних ракет\n\n"
        "Північна Корея передала Росії ще близько 150 балістичних ракет KN-23 та KN-24, повідомили у Головному управлінні розвідки.\n\n"
        "Реклама:\n\nЗа даними розвідки, ракети використовуються для ударів по енергетичній інфраструктурі України.\n\n"
        "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб повідомити про це редакцію.\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "ГУР: КНДР передала Росії ще 150 балістичних ракет"
    assert len(_texts(article)) == 2 and all("Реклама" not in t and "Ctrl+Enter" not in t for t in _texts(article))
    assert _removed(result, "advertisement") == ["Реклама:"]


def test_comment_boxs_house_rules_under_the_story_are_furniture():
    text = (
        "N. Korea rotating troops in Kursk, NIS says\n\nPublished: 05 Mar. 2025, 18:02 Updated: 05 Mar. 2025, 19:40\n\n"
        f"BY LEE SOO-JUNG [lee.soojung1@joongang.co.kr]\n\n{LEDE}\n\n{PARA}\n\n[ⓒ Korea JoongAng Daily. All rights reserved]\n\n"
        "Log in to Twitter or Facebook account to connect with the Korea JoongAng Daily\n"
        "helpful comments and information sharing about the article. Comments containing profanity will be deleted.\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.published == "2025-03-05"
    assert _texts(article) == [LEDE, PARA]
    assert any(r.startswith("Log in to Twitter or Facebook account") for r in _removed(result, "forum-chrome"))


_BLOG_PRINT = f"""- 38 North - https://www.38north.org -

North Korea's Rajin Port: Busier Than Ever

Posted By Martyn Williams On March 12, 2025 @ 9:00 am In Analysis | No Comments

{LEDE}[1]

{PARA}[2]

Article printed from 38 North: https://www.38north.org

URL to article: https://www.38north.org/2025/03/rajin-port-busier-than-ever/

URLs in this post:

[1] shows: https://www.38north.org/2024/10/rajin/
[2] Planet Labs: https://www.planet.com

Copyright © 2025 38 North. All rights reserved.
"""


def test_blogs_print_view_names_its_site_reads_its_posted_line_and_drops_its_link_list():
    result = _normalise(_BLOG_PRINT)
    article = result.articles[0]
    assert (article.title, article.outlet) == ("North Korea's Rajin Port: Busier Than Ever", "38 North")
    assert (article.author, article.published) == ("Martyn Williams", "2025-03-12")  # category and comment count aside
    assert _texts(article) == [LEDE, PARA]
    assert _removed(result, "reference-entry") == ["[1] shows: https://www.38north.org/2024/10/rajin/\n[2] Planet Labs: https://www.planet.com"]
    assert len(_removed(result, "masthead")) == 2


def test_byline_with_date_and_comment_count_names_no_outlet_from_the_date():
    article = _normalise(f"Rajin is busier than ever\n\nBy Martyn Williams | March 12, 2025 | 3 Comments\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert (article.author, article.outlet, article.published) == ("Martyn Williams", None, "2025-03-12")


def test_portals_age_and_reading_time_between_bullets_is_no_list_item():
    text = (
        "North Korean troops 'rotated out' of Kursk after heavy losses\n\nStory by Yoonjung Seo, CNN\n\n• 3h • 2 min read\n\n"
        f"© Provided by CNN\n\n{LEDE}\n\n{PARA}\n\nContinue reading\n\nView comments (245)\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert (article.author, article.outlet) == ("Yoonjung Seo", "CNN")
    assert _texts(article) == [LEDE, PARA] and "bullet" not in _kinds(article)
    assert _removed(result, "reader-chrome") == ["• 3h • 2 min read"]


_PAPER_COPY = f"""Supported by

SKIP ADVERTISEMENT

North Korea Is Learning From Russia's War. That Worries Seoul.

Pyongyang's troops are gaining combat experience that could change the balance on the Korean Peninsula.

Listen to this article · 6:12 min Learn more

Share full article

By Choe Sang-Hun
Reporting from Seoul
Feb. 24, 2025

{LEDE}

Advertisement

SKIP ADVERTISEMENT

{PARA}

Choe Sang-Hun is the Seoul bureau chief for The Times, covering South and North Korea. More about Choe Sang-Hun

A version of this article appears in print on Feb. 25, 2025, Section A, Page 9 of the New York edition with the headline: North Korea Learns From Russia's War. Order Reprints | Today's Paper | Subscribe

See more on: North Korea, Russia

Share full article
"""


def test_papers_copied_page_keeps_its_two_sentence_headline_and_drops_its_labels_bio_link_and_print_note():
    result = _normalise(_PAPER_COPY)
    article = result.articles[0]
    assert article.title == "North Korea Is Learning From Russia's War. That Worries Seoul."  # a headline in capitals, stop and all
    assert (article.author, article.published) == ("Choe Sang-Hun", "2025-02-24")
    assert _kinds(article)["dek"] == ["Pyongyang's troops are gaining combat experience that could change the balance on the Korean Peninsula."]
    assert _body(article) == [LEDE, PARA] and "heading" not in _kinds(article)
    assert _removed(result, "author-bio")[0].endswith("More about Choe Sang-Hun")
    assert _removed(result, "print-edition-note")[0].startswith("A version of this article appears in print")
    # A sentence of prose set as the first line, in ordinary case, stays a paragraph of the text.
    sentence = "North Korea is learning from the war in Ukraine, and that worries Seoul."
    assert _texts(_normalise(f"{sentence}\n\n{LEDE}\n\n{PARA}\n").articles[0]) == [sentence, LEDE, PARA]


_ALERT = f"""From: Google Alerts <googlealerts-noreply@google.com>
To: analyst@example.org
Subject: Google Alert - North Korea Russia troops
Date: Tue, 25 Feb 2025 08:01:12 -0800
Content-Type: text/plain; charset="UTF-8"

=== News - 2 new results for [North Korea Russia troops] ===

North Korea sent 3,000 more troops to Russia, Seoul says
Reuters
{LEDE} ...
<https://www.google.com/url?rct=j&sa=t&url=https://www.reuters.com/world/asia-pacific/nk-troops/&ct=ga>

Pyongyang ships more artillery to Moscow
Yonhap News Agency
{PARA} ...
<https://www.google.com/url?rct=j&sa=t&url=https://en.yna.co.kr/view/AEN20250224&ct=ga>

- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -

Unsubscribe from this Google Alert:
<https://www.google.com/alerts/remove?source=alertsmail&hl=en&s=abc>

Create another Google Alert:
<https://www.google.com/alerts?source=alertsmail&hl=en>
"""


def test_alert_mails_items_part_at_their_links_and_its_own_lines_go():
    result = _normalise(_ALERT, "alert.eml")
    assert len(result.articles) == 2
    second = result.articles[1]
    assert second.title == "Pyongyang ships more artillery to Moscow"
    assert second.outlet is not None and "Yonhap" in second.outlet
    assert any(t.startswith(PARA[:40]) for t in _texts(second))
    texts = [t for a in result.articles for t in _texts(a)]
    assert not any(t.startswith(("<https://", "=== News", "Create another")) for t in texts)
    assert len(_removed(result, "read-original")) == 4  # each item's link and the footer's two


def test_blog_platforms_channel_name_over_its_subscribe_button_is_the_outlet_and_its_counters_go():
    text = (
        "Дзен\nСтатьи\nВоенное обозрение\nПодписаться\n12 тыс. подписчиков\n\nКНДР перебросила в Россию новые системы РСЗО\n\n"
        "25 февраля 2025 · 4 мин.\n\n"
        "Северная Корея передала России дополнительную партию 240-мм реактивных систем залпового огня, сообщает южнокорейская разведка.\n\n"
        "По данным источников, системы уже проходят испытания на полигонах в Курской области.\n\n"
        "1,2 тыс. просмотров\nНравится\nКомментарии 45\nПоделиться\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert (article.title, article.outlet, article.published) == ("КНДР перебросила в Россию новые системы РСЗО", "Военное обозрение", "2025-02-25")
    assert len(_texts(article)) == 2
    assert "Подписаться\n12 тыс. подписчиков" in _removed(result, "share-prompt")


def test_pages_audio_player_run_together_and_its_ai_summary_note_go_and_the_summary_stays():
    page = (
        "<!DOCTYPE html><html><head><title>Kim's soldiers return home as heroes, state media shows | Asia Ledger</title>"
        '<meta property="og:site_name" content="Asia Ledger"><meta name="author" content="Mina Cho"></head><body><article>'
        "<h1>Kim's soldiers return home as heroes, state media shows</h1><div class=\"byline\">By <a>Mina Cho</a> · April 28, 2025</div>"
        '<div class="audio-player"><button>Play</button><span>Listen to this article</span><span>00:00 / 04:12</span><span>Voiced by Amazon Polly</span></div>'
        '<div class="key-takeaways"><h3>Key takeaways</h3><ul><li>North Korea confirmed for the first time that its troops fought in Kursk.</li>'
        "<li>State TV showed a ceremony for returning soldiers.</li></ul><p>This summary was generated by AI and reviewed by our editors.</p></div>"
        f"<p>{LEDE}</p><p>{PARA}</p><p>{CLOSING}</p></article></body></html>"
    )
    result = _normalise(page, "story.html")
    article = result.articles[0]
    kinds = _kinds(article)
    assert "dek" not in kinds  # the player's words are no standfirst
    assert kinds["bullet"] == ["North Korea confirmed for the first time that its troops fought in Kursk.", "State TV showed a ceremony for returning soldiers."]
    assert kinds["body"] == [LEDE, PARA, CLOSING]
    assert _removed(result, "ai-promo") == ["This summary was generated by AI and reviewed by our editors."]


def test_japanese_papers_bracketed_dateline_names_its_reporter_or_its_wire_and_a_short_headline_is_the_title():
    lede = "【ソウル=山田太郎】韓国の国家情報院は19日、ロシアに派遣された北朝鮮兵のうち少なくとも100人が死亡したと明らかにした。"
    para = "国情院によると、北朝鮮兵はロシア西部クルスク州でウクライナ軍との戦闘に投入されている。"
    article = _normalise(f"北朝鮮兵の戦死者増加\n\n{lede}\n\n{para}\n").articles[0]
    assert article.title == "北朝鮮兵の戦死者増加"  # ten characters of Japanese are several words, not one
    assert article.author == "山田太郎"
    assert _texts(article) == [lede, para]
    wired = _normalise(f"北朝鮮兵の戦死者増加\n\n{lede.replace('山田太郎', '共同')}\n\n{para}\n").articles[0]
    assert (wired.author, wired.outlet) == (None, "Kyodo News")


def test_channel_posts_web_preview_loses_its_app_prompt():
    post = "Північнокорейські військові зазнали значних втрат у Курській області. За даними ГУР, щонайменше 200 військових КНДР загинули або були поранені."
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Telegram: Contact @DIUkraine</title></head><body class="tgme_page_body">'
        '<div class="tgme_head_wrap"><a>Telegram</a><a>Download</a></div><div class="tgme_page">'
        '<div class="tgme_page_title"><span>Головне управління розвідки МО України</span></div>'
        f'<div class="tgme_page_description">{post}</div><div class="tgme_page_action"><a>View in Telegram</a></div>'
        "<div>If you have <strong>Telegram</strong>, you can view this post and join the channel right away.</div></div></body></html>"
    )
    result = _normalise(page, "post.html")
    texts = _texts(result.articles[0])
    assert post in texts and not any("If you have" in t for t in texts)
    assert _removed(result, "app-prompt") == ["If you have Telegram, you can view this post and join the channel right away."]
