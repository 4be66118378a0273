"""Blind round 18b (page layouts and furniture): a digest of numbered items set without blank lines, a reader
view's byline, running heads on two pages, a council record's head, stray section labels, non-English table
headers, a Russian outlet set as a paragraph, newsletter-platform and blogging-platform chrome, a wiki infobox,
a government page's feedback box, two columns with a masthead and folios, a page's post stamp, wire flashes,
Kyodo, TASS and Xinhua heads, Korean, Japanese and Chinese portal chrome, a breadcrumb trail set one crumb a
line, and a ministry's translation label and closing name."""

from __future__ import annotations

from normalise_samples import body_texts as _body
from normalise_samples import normalise_named as _normalise
from normalise_samples import only_article as _only
from normalise_samples import passage_texts as _passages
from normalise_samples import removed_texts as _removed
from normalise_samples import texts_by_kind as _kinds

# --- Leftovers of the first round ----------------------------------------------------------------------------------


def test_a_digest_of_numbered_items_each_over_its_text_and_source_is_split_into_items_under_the_issue_masthead():
    text = (
        "The Pyongyang Brief — Tuesday, 12 November 2024\n\nGood morning. Here is what you need to know today.\n\n"
        "1. Seoul says North Korean troops are fighting in Kursk\n"
        "South Korea's intelligence service told lawmakers that North Korean soldiers have joined combat operations alongside Russian units.\n"
        "Source: https://www.koreaherald.example/view.php?ud=20241112000123\n\n"
        "2. Kyiv reports first clash with North Korean units\n"
        "Ukraine's defence ministry said its forces had engaged North Korean soldiers for the first time, without giving casualty figures.\n"
        "Source: https://www.kyivindependent.example/first-clash\n\n"
        "3. Pyongyang ratifies defence pact with Moscow\n"
        "North Korea's state media said Kim Jong Un had ratified the comprehensive strategic partnership treaty signed in June.\n"
        "Source: https://www.nknews.example/2024/11/ratified\n\n"
        "That's all for today. Forward this email to a friend.\n"
        "You are receiving this because you subscribed to The Pyongyang Brief. Unsubscribe | Update preferences\n"
    )
    result = _normalise(text)
    assert [a.title for a in result.articles] == [
        "Seoul says North Korean troops are fighting in Kursk",
        "Kyiv reports first clash with North Korean units",
        "Pyongyang ratifies defence pact with Moscow",
    ]
    assert {a.outlet for a in result.articles} == {"The Pyongyang Brief"}
    assert {a.published for a in result.articles} == {"2024-11-12"}
    assert _body(result.articles[1]) == ["Ukraine's defence ministry said its forces had engaged North Korean soldiers for the first time, without giving casualty figures."]


def test_a_reader_views_name_over_its_reading_time_is_the_byline_not_a_heading():
    text = (
        "kyivmonitor.com\nNorth Korea's artillery now arrives by sea, analysts say\nIryna Shevchenko\n5–6 minutes\n\n"
        "Russia is moving North Korean ammunition by ship from the port of Rajin to Vostochny, according to satellite analysts.\n\n"
        "The report estimates the shipments include more than 3 million artillery shells.\n"
    )
    article = _only(_normalise(text))
    assert article.author == "Iryna Shevchenko"
    assert "Iryna Shevchenko" not in _passages(article)


def test_running_heads_on_two_pages_with_the_number_on_either_side_of_a_bar_are_removed():
    text = (
        "North Korea's Arms Exports to Russia: Scale and Consequences\n\nKey findings\n\n"
        "North Korea has delivered an estimated 3.7 million artillery shells to Russia since September 2023, based on containers seen at ports.\n\n"
        "The shells have allowed Russia to maintain a high rate of fire in eastern Ukraine even as its own production ramps up.\n\n"
        "2 | Arms Control Research Centre\n\nShipments by sea\n\n"
        "Vessels operated by a Russian logistics company have made dozens of trips between Rajin and Dunai since August 2023.\n\n"
        "Arms Control Research Centre | 3\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert not any("Arms Control Research Centre" in p for p in _passages(article))
    assert _removed(result, "running-header") == ["2 | Arms Control Research Centre", "Arms Control Research Centre | 3"]


def test_a_council_records_head_is_no_caption_and_its_agenda_item_is_the_title():
    text = (
        "United Nations S/PV.9777\nSecurity Council\nSeventy-ninth year\n9777th meeting\nMonday, 4 November 2024, 3 p.m.\nNew York\n\n"
        "President: Mr. Wood (United States of America)\n\nThe agenda was adopted.\n\n"
        "Non-proliferation/Democratic People's Republic of Korea\n\n"
        "Mr. Hwang (Republic of Korea): The deployment of some 10,000 troops of the Democratic People's Republic of Korea to Russia is a blatant violation of resolutions.\n\n"
        "Mr. Kim Song (Democratic People's Republic of Korea): My delegation rejects the baseless claims of the United States and its followers.\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.title == "Non-proliferation/Democratic People's Republic of Korea"
    kinds = _kinds(article)
    assert not kinds.get("caption") and not kinds.get("credit")
    assert "The agenda was adopted." in "\n".join(_removed(result, "record-head"))
    assert len(_body(article)) == 2


def test_a_one_word_label_over_a_sub_heading_is_no_sentence_of_the_text():
    hansard = (
        "North Korean Troops in Russia\nVolume 756: debated on Tuesday 5 November 2024\n\nQuestion\n2.45pm\n\nAsked by Lord Fairbrook\n\n"
        "To ask His Majesty's Government what assessment they have made of reports that North Korean troops have been deployed to Kursk.\n\n"
        "Lord Collins of Highbury (Lab)\n\nMy Lords, we assess that around 11,000 North Korean soldiers have been sent to Russia.\n"
    )
    live = (
        "Russia-Ukraine war live: Zelensky says North Korean troops suffered first losses\n\nLive\nUpdated 2 minutes ago\n\n"
        "Summary\nShow key events only\nPlease turn on JavaScript to use this feature\n\n5 Nov 2024 14:32 GMT\n"
        "Zelensky: North Korean soldiers came under fire\n"
        "Ukrainian President Volodymyr Zelensky said the first North Korean soldiers had come under fire in the Kursk region.\nShare\n"
    )
    assert "Question" not in _body(_only(_normalise(hansard)))
    assert "Summary" not in _body(_only(_normalise(live)))


def test_tables_of_articles_with_german_spanish_and_russian_column_names_are_read_row_by_row():
    german = (
        "Titel;Quelle;Datum;Autor;Text\n"
        '"Nordkoreanische Soldaten in Kursk";Tagesspiegel;2024-11-05;Anna Berger;"Nach Angaben des ukrainischen Geheimdienstes sind rund 11.000 nordkoreanische Soldaten in Kursk eingetroffen."\n'
        '"Seoul bestellt russischen Botschafter ein";Die Zeit;2024-11-06;Jonas Keller;"Südkorea hat den russischen Botschafter einbestellt."\n'
    )
    result = _normalise(german, "monitor.csv")
    assert [(a.title, a.outlet, a.author, a.published) for a in result.articles] == [
        ("Nordkoreanische Soldaten in Kursk", "Tagesspiegel", "Anna Berger", "2024-11-05"),
        ("Seoul bestellt russischen Botschafter ein", "Die Zeit", "Jonas Keller", "2024-11-06"),
    ]
    spanish = 'título,texto,fuente,fecha\n"Corea del Norte envía más tropas a Rusia","El servicio de inteligencia surcoreano afirmó que Corea del Norte ha enviado 3.000 soldados más.",El País,2024-11-20\n'
    (article,) = _normalise(spanish, "export.csv").articles
    assert (article.title, article.outlet, article.published) == ("Corea del Norte envía más tropas a Rusia", "El País", "2024-11-20")
    russian = "заголовок\tтекст\tисточник\tдата\nКНДР отправила в Россию новые снаряды\tСеверная Корея отправила в Россию ещё одну партию снарядов.\tМедуза\t2024-11-07\n"
    (article,) = _normalise(russian, "export.tsv").articles
    assert (article.title, article.outlet, article.published) == ("КНДР отправила в Россию новые снаряды", "Meduza", "2024-11-07")


def test_an_outlets_name_set_as_a_paragraph_between_a_russian_headline_and_its_date_is_the_outlet():
    text = (
        "Разведка Южной Кореи: КНДР отправила в Россию ещё около трёх тысяч военнослужащих\n\nМедиазона\n\n5 ноября 2024\n\n"
        "Около 11 тысяч военнослужащих КНДР прибыли в Курскую область, сообщил министр обороны Украины Рустем Умеров.\n\n"
        "В Пентагоне заявили, что не могут подтвердить эти данные.\n"
    )
    article = _only(_normalise(text))
    assert article.title.startswith("Разведка Южной Кореи")
    assert article.outlet == "Медиазона"
    assert "Медиазона" not in _passages(article)


# --- New layouts ---------------------------------------------------------------------------------------------------


def test_a_newsletter_platforms_post_loses_its_note_marks_notes_and_restack_counters():
    text = (
        "The Peninsula Ledger\nSubscribe\nSign in\n\nWhy Pyongyang Wants More Than Oil\n\nWhat Kim Jong Un is asking Moscow for in return for troops\n\n"
        "Dmitri Alperovitz\nNov 18, 2024\n\n42\n8\nShare\n\n"
        "North Korea has sent more than 10,000 soldiers to Russia, and the price it is asking goes well beyond oil.1 Officials in Seoul believe Pyongyang wants satellite technology.\n\n"
        "The evidence is still thin. A South Korean lawmaker said Russia had already delivered air-defence equipment to Pyongyang.2\n\n"
        "1 Reuters, \"North Korea's troops in Russia\", 4 November 2024.\n2 Yonhap, 22 November 2024.\n\n"
        "42 Likes\n·\n8 Restacks\nDiscussion about this post\nComments\nRestacks\n"
    )
    article = _only(_normalise(text))
    assert _body(article) == [
        "North Korea has sent more than 10,000 soldiers to Russia, and the price it is asking goes well beyond oil. Officials in Seoul believe Pyongyang wants satellite technology.",
        "The evidence is still thin. A South Korean lawmaker said Russia had already delivered air-defence equipment to Pyongyang.",
    ]
    assert not any("Restack" in p or "Discussion" in p for p in _passages(article))


def test_a_blogging_platforms_member_badge_is_no_title():
    text = (
        "Member-only story\n\nFollowing the Shells: How North Korean Ammunition Reaches the Front\n\nTomas Ridley\nFollow\n7 min read\n·\nNov 21, 2024\n\n"
        "Open-source investigators have tracked North Korean artillery shells from the port of Rajin to depots in Bryansk, a journey of two weeks.\n\n"
        "Ukrainian officials say roughly half of the shells Russia fires now come from North Korea.\n"
    )
    article = _only(_normalise(text))
    assert article.title == "Following the Shells: How North Korean Ammunition Reaches the Front"
    assert article.author == "Tomas Ridley"


def test_a_wiki_pages_infobox_rows_and_caption_are_no_text():
    text = (
        "North Korean involvement in the Russian invasion of Ukraine\nFrom Wikipedia, the free encyclopedia\n"
        "North Korean troops in Russia\nDate\tOctober 2024 – present\nLocation\tKursk Oblast, Russia\nStrength\t11,000–12,000\n"
        "North Korea has supplied Russia with artillery shells and ballistic missiles since 2023.[1] In October 2024, North Korean soldiers were deployed to Kursk.[2]\n"
        "Background[edit]\nRussia and North Korea signed a comprehensive strategic partnership treaty in June 2024, with a mutual defence clause.[3]\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert not any(p.startswith(("Date", "Location", "Strength", "North Korean troops in Russia")) for p in _passages(article))
    assert len(_removed(result, "infobox")) == 1
    assert _kinds(article)["heading"] == ["Background"]


def test_a_government_statement_under_its_issuers_name_and_over_its_feedback_box():
    text = (
        "Foreign, Commonwealth & Development Office\nJoint statement on North Korean troops in Russia\nPublished 6 November 2024\n\n"
        "1. We, the Foreign Ministers of Australia, Canada, France, Germany, Japan, the Republic of Korea, the United Kingdom and the United States, condemn the deployment.\n\n"
        "2. The deployment marks a dangerous expansion of the war in Ukraine and violates multiple UN Security Council resolutions.\n\n"
        "3. We call on North Korea to immediately withdraw its troops and cease all military cooperation with Russia.\n\n"
        "Share this page\nThe following links open in a new tab\nIs this page useful?\nYes\nNo\nReport a problem with this page\n"
    )
    article = _only(_normalise(text))
    assert article.title == "Joint statement on North Korean troops in Russia"
    assert article.outlet == "Foreign, Commonwealth & Development Office"
    assert len(_body(article)) == 3


def test_two_columns_under_a_masthead_and_over_running_footers_are_unfolded_without_them():
    left = [
        "Russia has fired dozens of North Korean", "KN-23 ballistic missiles at Ukrainian cities", "since the start of 2024, according to the",
        "prosecutor general's office in Kyiv, which", "has collected debris from more than twenty", "strikes on Kharkiv and other cities.",
    ]
    right = [
        "The missiles are less accurate than", "Russian Iskanders, but they arrive in", "large numbers and strain the limited",
        "stocks of interceptors that Ukraine", "receives from its Western partners,", "officials in Kyiv have said.",
    ]
    page = "\n".join(f"{a:<49}{b}" for a, b in zip(left, right, strict=True))
    text = (
        f"EAST ASIA SECURITY QUARTERLY{' ' * 35}Winter 2024\n\nNorth Korean Missiles on the Ukrainian Front\n\n{page}\n\n"
        f"East Asia Security Quarterly{' ' * 49}12\n\n{page}\n\nEast Asia Security Quarterly{' ' * 49}13\n"
    )
    article = _only(_normalise(text))
    assert article.title == "North Korean Missiles on the Ukrainian Front"
    body = _body(article)
    assert body[0].startswith("Russia has fired dozens of North Korean KN-23 ballistic missiles") and body[0].endswith("other cities.")
    assert body[1].startswith("The missiles are less accurate than Russian Iskanders")
    assert not any("Quarterly" in p or "Winter 2024" in p for p in _passages(article))


def test_a_pages_post_stamp_is_its_date_line_not_its_title():
    text = (
        "Ukraine Defence Watch\n·\nNovember 9 at 6:12 PM ·\n\n"
        "Ukrainian forces say they struck a group of North Korean soldiers in the Kursk region for the first time. The General Staff said the unit was moving to the front.\n\n"
        "See translation\nAll reactions:\n2.4K\n318 comments\n102 shares\nLike\nComment\nShare\n"
    )
    article = _only(_normalise(text))
    assert "November 9" not in article.title
    assert article.published_raw == "November 9"


def test_a_wires_flash_goes_and_its_urgent_label_leaves_the_headline():
    text = (
        "FLASH: NORTH KOREAN TROOPS ENGAGED IN COMBAT IN KURSK - UKRAINE'S DEFENCE MINISTER\n\n"
        "URGENT: North Korean troops first engaged by Ukrainian forces in Kursk region - Umerov\n\nBy Olena Harmash\n\n"
        "KYIV, Nov 5 (Reuters) - Ukrainian forces have engaged North Korean troops in combat for the first time, Defence Minister Rustem Umerov said on Tuesday.\n\n"
        "(Writing by Olena Harmash; Editing by Mark Trevelyan)\n"
    )
    article = _only(_normalise(text))
    assert article.title == "North Korean troops first engaged by Ukrainian forces in Kursk region - Umerov"
    assert article.dek is None
    assert not any("FLASH" in p for p in _passages(article))


def test_kyodo_tass_and_xinhua_heads_name_the_wire_and_date_the_story():
    kyodo = (
        "Japan, S. Korea, U.S. condemn N. Korea's troop dispatch to Russia\n\nKYODO NEWS - Nov 15, 2024 - 22:40 | World, All\n\n"
        "LIMA - The leaders of Japan, South Korea and the United States on Friday condemned North Korea's deployment of troops to Russia.\n"
    )
    article = _only(_normalise(kyodo))
    assert (article.outlet, article.published) == ("Kyodo News", "2024-11-15")
    tass = (
        "Kremlin declines to comment on reports of North Korean troops in Kursk\n\n"
        "MOSCOW, November 5. /TASS/. Kremlin Spokesman Dmitry Peskov declined to comment on media reports about North Korean troops in the Kursk region.\n\n"
        "\"We have nothing to add to what has already been said,\" Peskov said.\n"
    )
    article = _only(_normalise(tass))
    assert (article.outlet, article.published_raw) == ("TASS", "November 5")
    xinhua = (
        "Russia, DPRK exchange ratification instruments of strategic partnership treaty\n\nSource: Xinhua\nEditor: Huaxia\n2024-12-05 01:12:30\n\n"
        "MOSCOW, Dec. 4 (Xinhua) -- Russia and the DPRK exchanged instruments of ratification of their strategic partnership treaty on Wednesday.\n"
    )
    article = _only(_normalise(xinhua))
    assert "Editor: Huaxia" not in _passages(article)


def test_korean_and_chinese_portal_buttons_and_filing_notes_are_no_text():
    naver = (
        "국정원 \"북한군 1만1천명 러시아에…일부 전투 참여\"\n\n입력2024.11.13. 오전 10:21\n이민호 기자\nTALK\n추천\n댓글\n공유\n\n"
        "국가정보원은 13일 북한군 1만1천여명이 러시아에 파병돼 일부가 전투에 참여하고 있다고 밝혔다.\n\n"
        "이민호 기자(minho@hanbit.example)\n기사 섹션 분류 안내\n이 기사는 언론사에서 정치 섹션으로 분류했습니다.\n"
    )
    assert _body(_only(_normalise(naver))) == ["국가정보원은 13일 북한군 1만1천여명이 러시아에 파병돼 일부가 전투에 참여하고 있다고 밝혔다."]
    sina = (
        "韩国情报机构称朝鲜已向俄罗斯派兵约1.1万人\n\n2024年11月13日 10:21 环球时报\n\n"
        "韩国国家情报院13日称，朝鲜已向俄罗斯派遣约1.1万名士兵，部分士兵已参加战斗。\n\n责任编辑：王磊\n新浪新闻客户端 扫码下载\n分享到：\n"
    )
    assert _body(_only(_normalise(sina))) == ["韩国国家情报院13日称，朝鲜已向俄罗斯派遣约1.1万名士兵，部分士兵已参加战斗。"]


def test_a_japanese_portals_menu_is_no_caption_and_the_paper_under_its_stamp_ran_the_story():
    text = (
        "Yahoo!ニュース\nトップ\n速報\nライブ\n個人\n\n北朝鮮兵、クルスク州で初の戦闘　ウクライナ国防相\n\n11/6(水) 9:15配信\n東都新聞\n\n"
        "【ソウル共同】ウクライナのウメロフ国防相は5日、ロシア西部クルスク州で北朝鮮兵との初の小規模な戦闘があったと明らかにした。\n\n"
        "ウメロフ氏は韓国KBSのインタビューで語った。\n"
    )
    article = _only(_normalise(text))
    assert article.title.startswith("北朝鮮兵、クルスク州で初の戦闘")
    assert article.outlet == "東都新聞"
    assert not _kinds(article).get("caption")
    assert len(_body(article)) == 2


def test_a_breadcrumb_trail_set_one_crumb_a_line_leaves_the_issuer_and_the_headline():
    text = (
        "Home\nPress\nPress releases\n\nCouncil of the EU\nPress release\n16 December 2024 10:35\n\n"
        "Russia: EU lists further North Korean individuals and entities over military support for Moscow\n\n"
        "The Council today imposed restrictive measures on a further six North Korean individuals and three entities supplying weapons to Russia.\n"
    )
    article = _only(_normalise(text))
    assert article.title == "Russia: EU lists further North Korean individuals and entities over military support for Moscow"
    assert article.outlet == "Council of the EU"


def test_a_ministrys_translation_label_is_no_title_and_its_closing_name_is_the_issuer():
    text = (
        "(Provisional translation)\n\nStatement by Foreign Press Secretary KITAMURA Toshihiro on the Deployment of North Korean Troops to Russia\n\n"
        "November 1, 2024\n\n1. Japan is seriously concerned about the deployment of North Korean troops to Russia and their participation in combat.\n\n"
        "2. Such cooperation violates relevant UN Security Council resolutions and undermines the security of the region.\n\n"
        "Back to Top\nMinistry of Foreign Affairs of Japan\n"
    )
    article = _only(_normalise(text))
    assert article.title.startswith("Statement by Foreign Press Secretary")
    assert article.outlet == "Ministry of Foreign Affairs of Japan"
    assert len(_body(article)) == 2


def test_a_short_pages_feedback_question_does_not_make_its_head_lines_one_wrapped_paragraph():
    text = (
        "Foreign, Commonwealth & Development Office\nJoint statement on North Korean troops in Russia\nPublished 6 November 2024\n\n"
        "1. We, the Foreign Ministers of Australia, Canada, France, Germany, Japan, the Republic of Korea, the United Kingdom and the United States, condemn the deployment.\n\n"
        "2. The deployment marks a dangerous expansion of the war in Ukraine and violates multiple UN Security Council resolutions.\n\n"
        "Share this page\nThe following links open in a new tab\nIs this page useful?\nYes\nNo\nReport a problem with this page\n"
    )
    article = _only(_normalise(text))
    assert article.title == "Joint statement on North Korean troops in Russia"
    assert article.published == "2024-11-06"
    assert len(_body(article)) == 2 and not any("useful" in p for p in _passages(article))
