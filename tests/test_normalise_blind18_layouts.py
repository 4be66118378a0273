"""Blind round 18 (page layouts and page furniture): Japanese and Korean pages of one-line paragraphs, correction
and update notes, German, French, Spanish and Ukrainian page chrome, interview, photo-essay and report credits,
a byline listing three writers and the wire, a <title> of "Headline — Site | Section", a browser's print header,
a "Key points" box over the byline, a writer over the city over the date, a commentary's numbered notes and
figure, wire, fact-checker, briefing and council-record notices, a syndication note, a sign-up box, a digest's
greeting and source links, a record's volume and hour, a reader view's site and reading time, and a report's
table of contents under its "Executive Summary"."""

from __future__ import annotations

from normalise_samples import CLOSING, LEDE, PARA
from normalise_samples import body_texts as _body
from normalise_samples import normalise_named as _normalise
from normalise_samples import only_article as _only
from normalise_samples import removed_texts as _removed
from normalise_samples import texts_by_kind as _kinds

from store.normalise.metadata import parse_header

JA_P1 = "韓国の情報機関、国家情報院は14日、ロシアに派遣された北朝鮮兵の一部がウクライナ軍との戦闘に参加していると明らかにした。"
JA_P2 = "国情院によると、派遣された兵士は約1万1000人で、その多くがロシア西部クルスク州に配置されている。"
JA_P3 = "ウクライナ側は北朝鮮兵に死傷者が出ているとしている。"
KO_P1 = "(서울=연합뉴스) 박지훈 기자 = 국가정보원은 13일 러시아에 파병된 북한군 1만1천여명 중 일부가 전투에 참여하기 시작했다고 밝혔다."
KO_P2 = "국정원은 이날 국회 정보위원회에 이같이 보고했다."
KO_P3 = "국정원은 또 북한이 러시아에 170㎜ 자주포와 240㎜ 방사포를 추가로 제공했다고 설명했다."


# --- Japanese and Korean pages: one paragraph a line, read by the columns they fill ------------------------------


def test_a_japanese_page_of_one_line_paragraphs_keeps_them_apart_and_its_caption_note_and_share_bar_are_not_text():
    text = (
        "北朝鮮兵、クルスク州で戦闘に参加　ウクライナ情報機関\n2024年11月15日 10:32\n"
        f"【ソウル＝田中一郎】{JA_P1}\n{JA_P2}\n写真：平壌で行われた軍事パレード（2023年）＝ロイター\n{JA_P3}\n"
        "※この記事は15日午後、国情院の説明を追加して更新しました。\nこの記事をシェアする\nX（旧Twitter）\nFacebook\nLINE\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.title == "北朝鮮兵、クルスク州で戦闘に参加 ウクライナ情報機関"
    assert article.published == "2024-11-15"
    kinds = _kinds(article)
    # (the update note is the outlet's own word on its text: it stays, as corrections do)
    assert kinds["body"] == [f"【ソウル＝田中一郎】{JA_P1}", JA_P2, JA_P3, "※この記事は15日午後、国情院の説明を追加して更新しました。"]
    assert kinds["caption"] == ["写真：平壌で行われた軍事パレード（2023年）＝ロイター"]
    assert any("LINE" in r for r in _removed(result, "share-prompt"))


def test_japanese_hard_wrapped_at_thirty_five_wide_characters_is_joined_without_spaces():
    def wrapped(text: str) -> str:
        return "\n".join(text[i : i + 35] for i in range(0, len(text), 35))

    first, second = JA_P1 + JA_P2, JA_P3 + JA_P1
    article = _only(_normalise(f"北朝鮮兵、戦闘に参加\n\n{wrapped(first)}\n\n{wrapped(second)}\n"))
    assert _body(article) == [first, second]


def test_a_korean_wire_page_of_one_line_paragraphs_is_not_run_into_one_and_its_stamp_leaves_the_headline():
    text = (
        '국정원 "북한군 1만1천명 러시아 파병…일부 전투 참여"\n송고시간 2024-11-13 15:20\n'
        f"{KO_P1}\n{KO_P2}\n{KO_P3}\npark@yna.co.kr\n제보는 카카오톡 okjebo\n"
        "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>\n"
    )
    article = _only(_normalise(text))
    assert article.title == '국정원 "북한군 1만1천명 러시아 파병…일부 전투 참여"'
    assert article.published == "2024-11-13"
    assert _body(article) == [KO_P1, KO_P2, KO_P3]


# --- Correction and update notes ------------------------------------------------------------------------------


def test_a_correction_over_the_story_is_no_deck_and_stays_in_the_text():
    correction = (
        "Correction: An earlier version of this article misstated the number of North Korean soldiers the Pentagon "
        "said were in the Kursk region. It is about 8,000, not 18,000."
    )
    update = "This article was updated on Oct. 30 to include comments from South Korea's Defense Ministry."
    text = (
        f"North Korea has sent 10,000 troops to Russia, Pentagon says\n\n{correction}\n\nBy James Fenwick\nOct. 29, 2024\n\n"
        f"{LEDE}\n\n{PARA}\n\n{update}\n"
    )
    article = _only(_normalise(text))
    assert (article.dek, article.author, article.published) == (None, "James Fenwick", "2024-10-29")
    assert _body(article) == [correction, LEDE, PARA, update]
    stamped = "UPDATE, Nov. 5, 2024, 3:10 p.m. ET: This story has been updated with comments from Japan's defence ministry."
    article = _only(_normalise(f"North Korea fires missile as US votes\n\n{stamped}\n\nBy Sam Lee\nNovember 5, 2024\n\n{LEDE}\n\n{PARA}\n"))
    assert article.dek is None and _body(article)[0] == stamped


def test_german_spanish_and_french_correction_notes_under_the_headline_are_no_deck():
    notes = [
        "Hinweis der Redaktion: In einer früheren Version dieses Artikels hieß es, die Raketen seien vom Typ KN-25.",
        "Fe de errores: una versión anterior de este artículo indicaba que los misiles eran del tipo KN-25.",
        "Rectificatif : une précédente version de cet article indiquait que les missiles étaient de type KN-25.",
    ]
    for note in notes:
        article = _only(_normalise(f"North Korea sends more missiles to Russia\n\n{note}\n\nBy Anna Berger\n20 November 2024\n\n{LEDE}\n\n{PARA}\n"))
        assert article.dek is None, note
        assert _body(article) == [note, LEDE, PARA]


# --- Foreign pages' chrome -------------------------------------------------------------------------------------


def test_a_german_page_names_the_city_after_von_no_outlet_and_its_picture_line_is_a_caption_and_its_boxes_go():
    text = (
        "Nordkorea liefert weitere Raketen an Russland\nVon Anna Berger, Seoul\n20.11.2024, 07:45 Uhr\nArtikel anhören\nTeilen\n"
        "Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes weitere ballistische Raketen an Russland geliefert.\n"
        "Bild: Eine Militärparade in Pjöngjang im Jahr 2023. Foto: KCNA/dpa\n"
        "Insgesamt sollen es bereits mehr als 100 Raketen vom Typ KN-23 sein, hieß es am Mittwoch in Seoul.\n"
        "Newsletter abonnieren\nDie wichtigsten Nachrichten des Tages – jeden Morgen in Ihrem Postfach.\n"
        "Kommentare (23)\nMelden Sie sich an, um zu kommentieren.\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert (article.author, article.outlet, article.published) == ("Anna Berger", None, "2024-11-20")
    kinds = _kinds(article)
    assert kinds["caption"] == ["Bild: Eine Militärparade in Pjöngjang im Jahr 2023. Foto: KCNA/dpa"]
    assert len(kinds["body"]) == 2 and "heading" not in kinds
    assert "Newsletter abonnieren" in _removed(result, "newsletter-signup")[0]
    assert _removed(result, "comments") == ["Kommentare (23)\nMelden Sie sich an, um zu kommentieren."]
    assert parse_header("Von Anna Berger, dpa").author == "Anna Berger"
    # ("Kommentar" alone is the label over an opinion piece, no comment box)
    assert _removed(_normalise(f"Kommentar\n\nDer Westen unterschätzt Pjöngjang\n\nVon Anna Berger\n20.11.2024\n\n{LEDE}\n"), "comments") == []


def test_french_and_spanish_pages_lose_their_offer_sign_up_comment_buttons_and_most_read_lists():
    fr = (
        "Guerre en Ukraine : Kiev affirme que des soldats nord-coréens ont été tués à Koursk\nPar Claire Dubois\n"
        "Publié le 12 novembre 2024 à 10h15\nCet article vous est offert\n"
        "Pour lire gratuitement cet article réservé aux abonnés, connectez-vous\n"
        "Les services de renseignement ukrainiens ont affirmé mardi que plusieurs soldats nord-coréens avaient été tués.\n"
        "Inscrivez-vous à notre newsletter « La Matinale » et recevez l'essentiel de l'actualité chaque matin.\n"
        "Selon Kiev, environ 11 000 militaires nord-coréens sont désormais déployés dans cette région frontalière.\n"
        "Réagir\nLes plus lus\nCes Français qui partent vivre au Portugal\nLa recette du gratin dauphinois\n"
    )
    result = _normalise(fr)
    assert len(_body(_only(result))) == 2
    assert _removed(result, "top-stories") == ["Les plus lus\nCes Français qui partent vivre au Portugal\nLa recette du gratin dauphinois"]
    assert _removed(result, "paywall") and _removed(result, "newsletter-signup") and _removed(result, "comments") == ["Réagir"]
    es = (
        "Corea del Norte envía 100 misiles a Rusia, según Seúl\nPor María López Ruiz\n21 nov 2024\n"
        "Corea del Norte ha enviado alrededor de 100 misiles balísticos a Rusia, según el servicio de inteligencia surcoreano.\n"
        "Suscríbete a nuestra newsletter diaria y recibe las noticias más importantes.\n"
        "Los misiles, del tipo KN-23, han sido utilizados contra ciudades ucranianas, afirmó el ministro de Defensa.\n"
        "Lo más leído\nLas 10 playas más bonitas de España\nQué ver en Netflix este fin de semana\nComentarios\nNormas\n"
    )
    result = _normalise(es)
    assert len(_body(_only(result))) == 2
    assert _removed(result, "top-stories")[0].startswith("Lo más leído\n")
    assert _removed(result, "comments") == ["Comentarios\nNormas"]


def test_a_ukrainian_pages_share_button_and_tag_line_go():
    text = (
        "КНДР передала Росії ще 50 гаубиць — ГУР\nОлена Коваль\n14 листопада 2024, 11:05\nПоділитися\n"
        "Північна Корея передала Росії ще 50 самохідних гаубиць калібру 170 мм, повідомило Головне управління розвідки.\n"
        "За даними розвідки, КНДР також постачає реактивні системи залпового вогню.\nТеги: КНДР, Росія, ГУР\n"
    )
    result = _normalise(text)
    assert len(_body(_only(result))) == 2
    assert _removed(result, "share-prompt") == ["Поділитися"]
    assert _removed(result, "hashtags") == ["Теги: КНДР, Росія, ГУР"]


# --- Credits that sign as "By" does, and bylines with lists, months and cities -------------------------------------


def test_an_interviews_credit_signs_it_and_leaves_the_quoted_headline_the_title():
    text = (
        "'They are learning fast': a Ukrainian commander on fighting North Korean troops\n\n"
        f"Interview by Sofia Marchenko\n21 November 2024\n\n{LEDE}\n\nQ: When did you first meet North Korean units?\n"
        f"A: {PARA}\n\nThis interview has been edited for length and clarity.\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.title == "'They are learning fast': a Ukrainian commander on fighting North Korean troops"
    assert article.author == "Sofia Marchenko"
    assert _removed(result, "transcript-notice") == ["This interview has been edited for length and clarity."]
    assert parse_header("Photographs by Lena Ivanova").author == "Lena Ivanova"


def test_a_byline_listing_three_writers_then_the_wire_names_all_three_and_the_wire():
    header = parse_header("By Ju-min Park, Josh Smith and Hyonhee Shin, Reuters")
    assert (header.author, header.outlet) == ("Ju-min Park, Josh Smith and Hyonhee Shin", "Reuters")


def test_a_reports_contents_and_its_executive_summary_label_leave_its_title_and_the_month_is_no_outlet():
    text = (
        "Executive Summary\n\nNorth Korea's Arms Exports to Russia: Scale and Consequences\n\n"
        "Report by Elena Varga and Jun Takeda, November 2024\n\n"
        "Contents\nExecutive summary 1\nShipments by sea 4\nShipments by rail 9\nConclusions 15\n\n"
        f"Key findings\n\n{LEDE}\n\n{PARA}\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.title == "North Korea's Arms Exports to Russia: Scale and Consequences"
    assert (article.author, article.outlet) == ("Elena Varga and Jun Takeda", None)
    assert _removed(result, "contents-list") == ["Contents\nExecutive summary 1\nShipments by sea 4\nShipments by rail 9\nConclusions 15"]
    assert _body(article) == [LEDE, PARA]


def test_a_writer_over_the_city_over_the_date_signs_the_story_and_the_city_is_no_text():
    text = (
        "Skip to main content\nNorth Korea sends more howitzers to Russia, South Korea says\nDaniel Cho\nSeoul\n"
        f"Thu 21 Nov 2024 03.14 GMT\n{LEDE}\n{PARA}\n"
    )
    article = _only(_normalise(text))
    assert (article.author, article.published) == ("Daniel Cho", "2024-11-21")
    assert _body(article) == [LEDE, PARA]


def test_a_key_points_box_between_the_headline_and_the_byline_leaves_the_byline_and_date_read():
    text = (
        "North Korean shells make up half of Russia's supply, Ukraine says\n\nKey points:\n"
        "- Ukraine says about half of Russia's artillery shells now come from North Korea.\n"
        "- Many of the shells are old and fail to explode.\n\n"
        f"By Priya Natarajan in Kyiv\nPosted Wed 20 Nov 2024 at 5:12am\n\n{LEDE}\n\n{PARA}\n"
    )
    article = _only(_normalise(text))
    assert (article.author, article.published) == ("Priya Natarajan", "2024-11-20")
    kinds = _kinds(article)
    assert kinds["heading"] == ["Key points:"] and len(kinds["bullet"]) == 2
    assert kinds["body"] == [LEDE, PARA]


# --- Saved pages: <title> only, print views, reader views -------------------------------------------------------------


def test_a_title_of_headline_site_and_section_gives_the_headline_and_the_site_not_the_section():
    html = (
        '<html><head><meta charset="utf-8"><title>Russia fires North Korean missiles at Zaporizhzhia — The Eastern Ledger | World'
        '</title></head><body><div class="article"><p class="byline">By Tomasz Nowak and Ewa Lis, The Eastern Ledger</p>'
        f'<p class="date">December 2, 2024</p><p>{LEDE}</p><p>{PARA}</p><p>{CLOSING}</p></div></body></html>'
    )
    article = _only(_normalise(html, "page.html"))
    assert (article.title, article.outlet) == ("Russia fires North Korean missiles at Zaporizhzhia", "The Eastern Ledger")
    assert "The Eastern Ledger" not in (article.author or "")


def test_a_browsers_print_header_over_each_sheet_is_no_title_and_no_text():
    header = "11/20/24, 9:14 AM North Korean missiles hit Kharkiv, Ukraine says | The Kyiv Monitor"
    text = (
        f"{header}\nhttps://www.kyivmonitor.com/news/kharkiv 1/2\nNorth Korean missiles hit Kharkiv, Ukraine says\n"
        f"By Iryna Shevchenko\nNovember 19, 2024\n{LEDE}\n{PARA}\n{header}\nhttps://www.kyivmonitor.com/news/kharkiv 2/2\n{CLOSING}\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.title == "North Korean missiles hit Kharkiv, Ukraine says"
    assert _body(article) == [LEDE, PARA, CLOSING]
    assert len(_removed(result, "print-margin")) == 2
    # (a phone's chat export and a German stamp are no print header)
    assert parse_header("20.11.2024, 07:45 Uhr").date.iso == "2024-11-20"


def test_a_reader_views_site_address_and_reading_time_are_not_the_title_or_text():
    text = f"kyivmonitor.com\nNorth Korea's artillery now arrives by sea, analysts say\n5–6 minutes\n\n{LEDE}\n\n{PARA}\n"
    result = _normalise(text)
    article = _only(result)
    assert article.title == "North Korea's artillery now arrives by sea, analysts say"
    assert _removed(result, "site-address") == ["kyivmonitor.com"]
    assert _removed(result, "reader-chrome") == ["5–6 minutes"]


# --- Notes and figures of a commentary; wires' and fact-checkers' closings ----------------------------------------


def test_a_commentarys_note_marks_leave_the_text_when_its_notes_list_answers_them_and_its_figure_line_is_a_caption():
    figure = "Figure 3: Estimated monthly rail car movements at Tumangang station, 2023 to 2024. Source: Planet Labs."
    text = (
        "Shells for Oil: North Korea's Munitions Pipeline to Russia\n\nBy Hannah Whitford\n14 November 2024\n\n"
        "North Korea has shipped at least 13,000 containers of munitions to Russia, according to South Korean intelligence.1 "
        "Satellite imagery shows a sustained rise in rail traffic.\n\n"
        f"Ukrainian officials estimate that half of Russia's shells now come from North Korean stocks.2\n\n{figure}\n\n"
        "Notes\n1. Yonhap News Agency, 11 October 2024.\n2. Interview with a Ukrainian defence official, Kyiv.\n"
    )
    result = _normalise(text)
    article = _only(result)
    kinds = _kinds(article)
    assert kinds["body"][0].startswith("North Korea has shipped") and "intelligence. Satellite" in kinds["body"][0]
    assert kinds["body"][1].endswith("North Korean stocks.")
    assert kinds["caption"] == [figure]
    assert _removed(result, "footnote") == ["1. Yonhap News Agency, 11 October 2024.\n2. Interview with a Ukrainian defence official, Kyiv."]


def test_a_wires_closing_credit_with_where_its_writer_filed_and_its_coverage_link_are_not_text():
    text = (
        f"Ukraine says North Korean troops join Russian assault in Kursk\n\nBy HANNA ARHIROVA\nNovember 16, 2024\n\n{LEDE}\n\n{PARA}\n\n"
        "Kim reported from Seoul, South Korea. Associated Press writer Illia Novikov in Kyiv contributed to this report.\n\n"
        "Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert _body(article) == [LEDE, PARA]
    assert _kinds(article)["credit"] == ["Kim reported from Seoul, South Korea. Associated Press writer Illia Novikov in Kyiv contributed to this report."]
    assert _removed(result, "related-link") == ["Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine"]


def test_a_fact_checkers_rating_guide_and_tip_line_and_a_syndication_note_are_not_text():
    story = "The report was published as part of the UN panel's review of sanctions on Pyongyang."
    text = (
        f"Fact check: No, this video does not show North Korean soldiers in Kursk\n\nBy Marta Klein\n18 November 2024\n\n{LEDE}\n\n{story}\n\n{PARA}\n\n"
        "This story was produced in partnership with the Open Source Centre and is republished under a Creative Commons licence.\n\n"
        "Republish this article\n\nHow we rate claims\nOur ratings are True, Mostly true, Misleading, False.\n\n"
        "Found something you think we should check? Email factcheck@example.org\n"
    )
    result = _normalise(text)
    assert _body(_only(result)) == [LEDE, story, PARA]
    assert len(_removed(result, "syndication-note")) == 1
    assert _removed(result, "fact-check-method")[0].startswith("How we rate claims")
    assert _removed(result, "support-appeal") == ["Found something you think we should check? Email factcheck@example.org"]


def test_a_sign_up_box_in_the_middle_of_a_story_goes_with_its_heading_pitch_button_and_small_print():
    text = (
        f"North Korea tests new missile as troops head to Russia\n\nBy Leah Morgan\nNov 5, 2024\n\n{LEDE}\n\n"
        "Get the Asia Briefing\nOur editors' pick of the day's biggest stories from the region, in your inbox every weekday.\n"
        "Enter your email address\nSign me up\nBy signing up you agree to our Terms of Use and acknowledge our Privacy Policy.\n\n"
        f"{PARA}\n\n{CLOSING}\n"
    )
    result = _normalise(text)
    assert _body(_only(result)) == [LEDE, PARA, CLOSING]
    assert sum(r.count("\n") + 1 for r in _removed(result, "newsletter-signup")) == 5


def test_briefing_and_council_records_closing_lines_are_notices_and_the_councils_hour_and_city_read_right():
    text = (
        "Security Council\n9777th meeting\nMonday, 4 November 2024, 3 p.m.\nNew York\n\n"
        "Mr. Hwang (Republic of Korea): The deployment of some 10,000 troops of the Democratic People's Republic of Korea "
        "to Russia is a blatant violation of resolutions 1718 and 2270.\n\nThe meeting ended at dawn without agreement.\n\n"
        "The meeting rose at 5.10 p.m.\n\n"
        "This record contains the text of speeches delivered in English and of the translation of speeches delivered in other languages.\n\n"
        "(The briefing was concluded at 2:58 p.m.)\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert (article.published, article.author) == ("2024-11-04", None)
    assert "The meeting ended at dawn without agreement." in _body(article)  # (a story's sentence, no record's notice)
    notices = "\n".join(_removed(result, "transcript-notice"))
    assert all(line in notices for line in ("The meeting rose at 5.10 p.m.", "This record contains", "(The briefing was concluded at 2:58 p.m.)"))
    assert parse_header("Volume 756: debated on Tuesday 5 November 2024").date.iso == "2024-11-05"


def test_a_digests_greeting_and_its_items_source_links_are_not_text_and_a_link_names_no_outlet():
    text = (
        "The Pyongyang Brief — Tuesday, 12 November 2024\n\nGood morning. Here is what you need to know today.\n\n"
        f"1. Seoul says North Korean troops are fighting in Kursk\n{LEDE}\nSource: https://www.koreaherald.com/view.php?ud=1\n\n"
        f"2. Kyiv reports first clash with North Korean units\n{PARA}\nSource: https://kyivindependent.com/first-clash\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.outlet == "The Pyongyang Brief"
    assert LEDE in _body(article) and PARA in _body(article)
    assert len(_removed(result, "source-link")) == 2
    assert _removed(result, "salutation") == ["Good morning. Here is what you need to know today."]

