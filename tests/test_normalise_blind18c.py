"""Blind round 18c (non-English news pages about North Korea's troops and shells in Russia's war): Russian,
Ukrainian, Korean, Japanese, Chinese, German, French, Polish and Spanish pages with their own chrome — menus,
"read also" and "most read" boxes, photo credits, bylines, date stamps in their own formats, share and
subscribe lines, donation asks, print-issue citations and copyright lines."""

from __future__ import annotations

from normalise_samples import body_texts as _body
from normalise_samples import normalise_named as _normalise
from normalise_samples import only_article as _only
from normalise_samples import removed_texts as _removed

# --- Copied text: mastheads, date stamps and boxes ----------------------------------------------------------------


def test_a_polish_pages_publication_stamps_date_it_and_its_mid_article_read_more_box_goes_without_the_story():
    text = (
        "Rzeczpospolita\nKraj | Świat | Ekonomia | Wojsko\n\n"
        "Wywiad Korei Płd.: 11 tys. żołnierzy KRLD w Rosji\n\n"
        "Publikacja: 05.11.2024 14:30\nAktualizacja: 05.11.2024 15:10\nJan Kowalski\n\n"
        "Południowokoreański wywiad poinformował, że około 11 tysięcy żołnierzy z Korei Północnej przebywa w Rosji, a część z nich bierze udział w walkach.\n\n"
        "Czytaj więcej\nZełenski: pierwsze starcia z wojskami KRLD\n\n"
        "Według wywiadu Pjongjang dostarczył Rosji także haubice samobieżne kalibru 170 mm.\n\n"
        "Fot. PAP/EPA\nUdostępnij\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.title == "Wywiad Korei Płd.: 11 tys. żołnierzy KRLD w Rosji"
    assert article.outlet == "Rzeczpospolita"
    assert article.author == "Jan Kowalski"
    assert article.published == "2024-11-05"
    assert _body(article) == [
        "Południowokoreański wywiad poinformował, że około 11 tysięcy żołnierzy z Korei Północnej przebywa w Rosji, a część z nich bierze udział w walkach.",
        "Według wywiadu Pjongjang dostarczył Rosji także haubice samobieżne kalibru 170 mm.",
    ]
    assert any("Zełenski: pierwsze starcia" in r for r in _removed(result))
    assert "Udostępnij" in _removed(result, "share-prompt")


def test_taiwans_wire_masthead_in_two_scripts_and_a_stamp_with_its_update_note_after_the_time():
    text = (
        "中央社 CNA\n即時 | 政治 | 國際 | 兩岸\n\n"
        "美國防部：朝鮮士兵已在庫斯克參戰\n\n"
        "2024/11/05 14:30（11/05 15:02 更新）\n\n"
        "（中央社記者陳家豪華盛頓4日專電）美國國防部今天表示，約1萬名朝鮮士兵已部署到俄羅斯西部庫斯克州，部分已參與戰鬥。\n\n"
        "國防部發言人說，這些士兵接受了砲兵、無人機和基本步兵戰術訓練。\n\n"
        "延伸閱讀\n南韓情報機構：朝鮮向俄供應砲彈\n\n"
        "（編輯：林克倫）1131105\n"
    )
    article = _only(_normalise(text))
    assert article.title == "美國防部：朝鮮士兵已在庫斯克參戰"
    assert article.outlet == "Central News Agency"
    assert article.published == "2024-11-05"
    assert _body(article)[0].startswith("（中央社記者陳家豪華盛頓4日專電）")
    assert len(_body(article)) == 2


def test_a_russian_papers_print_issue_citation_names_the_paper_and_dates_the_story_and_the_name_under_it_signs_it():
    text = (
        "Коммерсантъ\nПолитика | Экономика | Мир | Происшествия\n\n"
        "В Сеуле насчитали 11 тысяч северокорейских военных в России\n\n"
        "Газета «Коммерсантъ» №205 от 06.11.2024, стр. 6\nПавел Тарасенко\n\n"
        "Национальная разведывательная служба Южной Кореи сообщила, что в России находятся около 11 тыс. военнослужащих КНДР.\n\n"
        "По данным НРС, часть северокорейских военных уже участвует в боевых действиях в Курской области.\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.outlet == "Kommersant"
    assert article.published == "2024-11-06"
    assert article.author == "Павел Тарасенко"
    assert not any("№205" in t for t in _body(article))


def test_a_korean_papers_updated_stamp_is_no_outlet_and_the_masthead_in_hangul_names_the_paper():
    text = (
        "조선일보\n정치 | 북한 | 국제 | 사회\n\n북한군, 쿠르스크서 우크라군과 첫 교전\n\n"
        "입력 2024.11.05. 14:30\n업데이트 2024.11.05. 15:10\n\n이영희 기자\n\n"
        "북한군이 러시아 쿠르스크 지역에서 우크라이나군과 처음으로 교전했다고 우크라이나 국방부가 밝혔다.\n\n"
        "우크라이나 국방정보국은 북한군 병력 일부가 전투에서 사상자를 냈다고 주장했다.\n\n"
        "무단전재 및 재배포 금지\n"
    )
    article = _only(_normalise(text))
    assert article.outlet == "The Chosun Ilbo"
    assert article.author == "이영희"
    assert article.published == "2024-11-05"


def test_a_ukrainian_most_read_box_goes_with_its_numbered_headlines_and_the_wire_masthead_names_the_outlet():
    text = (
        "УНІАН\nНовини | Війна | Політика | Економіка\n\n"
        "Росія отримала від КНДР ще партію снарядів, – розвідка\n\n05.11.2024, 16:45\nАвтор: Олена Коваль\n\n"
        "Північна Корея передала Росії нову партію артилерійських снарядів калібру 152 мм, повідомили в Головному управлінні розвідки.\n\n"
        "За оцінками розвідки, з початку року КНДР поставила до Росії понад 3,5 мільйона снарядів.\n\n"
        "Найпопулярніше\n1. Курс долара на 6 листопада\n2. Погода в Києві\n\n"
        "Підписуйтесь на наш Telegram-канал\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.outlet == "UNIAN"
    assert len(_body(article)) == 2
    assert not any("Курс долара" in t for t in (p.text for p in article.passages))


def test_a_chinese_related_box_heading_with_a_full_width_colon_goes_with_its_list_and_the_desk_editor_line_too():
    text = (
        "环球网\n首页 | 国际 | 军事 | 评论\n\n韩媒：韩国情报机构称朝鲜向俄罗斯派兵约1.1万人\n\n"
        "2024年11月5日 14:30  来源：环球网  作者：李明\n\n"
        "【环球网报道】据韩联社5日报道，韩国国家情报院当天称，约1.1万名朝鲜军人已被派往俄罗斯，部分已投入战斗。\n\n"
        "报道称，韩国国家情报院还表示，朝鲜向俄罗斯追加提供了170毫米自行火炮等武器。\n\n"
        "相关新闻：\n朝鲜外务省回应派兵报道\n\n责编：张华\n"
    )
    result = _normalise(text)
    article = _only(result)
    assert article.outlet == "Global Times"  # (环球网 is the Global Times' Chinese site)
    assert len(_body(article)) == 2
    assert "责编：张华" in _removed(result, "editor-credit")
    assert not any("外务省" in p.text for p in article.passages)


# --- Saved pages ----------------------------------------------------------------------------------------------------


def test_a_page_whose_headline_extraction_drops_keeps_it_as_the_title_and_the_lead_under_it_as_the_deck():
    html = (
        '<html lang="ru"><head><meta charset="utf-8"><title>Зачем Путину солдаты Ким Чен Ына — Meduza</title></head><body>'
        '<div class="Header">Meduza <a>Новости</a> <a>Истории</a></div>'
        "<h1>Зачем Путину солдаты Ким Чен Ына</h1>"
        '<p class="Lead">Объясняем, что известно о переброске северокорейских военных в Россию</p>'
        "<div>6 ноября 2024, 10:15</div>"
        "<p>В конце октября Пентагон подтвердил, что около десяти тысяч военных КНДР находятся в России и часть из них уже переброшена в Курскую область.</p>"
        "<p><b>«Медуза» работает для вас.</b> Поддержите нас — подпишитесь на ежемесячный донат.</p>"
        "<p>Эксперты считают, что Москва рассчитывает использовать северокорейцев прежде всего для обороны Курской области.</p>"
        "</body></html>"
    )
    result = _normalise(html, "meduza.html")
    article = _only(result)
    assert article.title == "Зачем Путину солдаты Ким Чен Ына"
    assert article.dek == "Объясняем, что известно о переброске северокорейских военных в Россию"
    assert _removed(result, "support-appeal") == ["«Медуза» работает для вас. Поддержите нас — подпишитесь на ежемесячный донат."]
    assert len(_body(article)) == 2


def test_a_page_title_with_a_section_before_the_site_gives_the_site_not_the_headline_as_the_outlet():
    html = (
        '<html lang="es"><head><meta charset="utf-8"><title>Corea del Sur afirma que 11.000 soldados norcoreanos están en Rusia | Internacional | EL PAÍS</title></head><body>'
        "<h1>Corea del Sur afirma que 11.000 soldados norcoreanos están en Rusia</h1>"
        '<p class="a_st">Parte de las tropas ya combaten en la región de Kursk, según el espionaje surcoreano</p>'
        "<p>El servicio de inteligencia de Corea del Sur aseguró este martes que unos 11.000 soldados norcoreanos se encuentran en Rusia y que algunos ya participan en combates.</p>"
        "<p>Lea también: Kim Jong-un ratifica el pacto de defensa con Moscú</p>"
        "<p>Según la agencia, Pyongyang también ha enviado obuses autopropulsados de 170 milímetros.</p>"
        "<p>Archivado En Corea del Norte Rusia Guerra de Ucrania</p>"
        "</body></html>"
    )
    result = _normalise(html, "elpais.html")
    article = _only(result)
    assert article.title == "Corea del Sur afirma que 11.000 soldados norcoreanos están en Rusia"
    assert article.outlet == "El País"
    assert _removed(result, "related-link") == ["Lea también: Kim Jong-un ratifica el pacto de defensa con Moscú"]
    assert _removed(result, "hashtags") == ["Archivado En Corea del Norte Rusia Guerra de Ucrania"]


def test_a_known_site_among_the_page_titles_parts_wins_over_the_topic_after_it_and_its_time_element_dates_the_page():
    html = (
        '<html lang="ja"><head><meta charset="utf-8"><title>北朝鮮兵士 ロシア西部で戦闘参加か | NHK | 北朝鮮</title></head><body>'
        "<h1>北朝鮮兵士 ロシア西部で戦闘参加か</h1><time>2024年11月5日 14時30分</time>"
        "<p>韓国の情報機関、国家情報院は、ロシアに派遣された北朝鮮の兵士およそ1万1000人のうち一部がすでに戦闘に参加していると明らかにしました。</p>"
        "<p>国家情報院によりますと、北朝鮮の兵士はロシア西部のクルスク州に配置されているということです。</p>"
        '<div class="share">この記事を共有する X Facebook LINE</div>'
        "</body></html>"
    )
    result = _normalise(html, "nhk.html")
    article = _only(result)
    assert article.outlet == "NHK"
    assert article.published == "2024-11-05"
    assert "この記事を共有する X Facebook LINE" in _removed(result, "share-prompt")


def test_a_most_read_box_whose_heading_extraction_drops_still_takes_its_numbered_headlines_with_it():
    html = (
        '<html lang="ko"><head><meta charset="utf-8"><title>국정원 "북한군 1만1천명 러시아 파병" | 연합뉴스</title></head><body>'
        '<h1>국정원 "북한군 1만1천명 러시아 파병"</h1>'
        "<article><p>(서울=연합뉴스) 김철수 기자 = 국가정보원은 5일 북한군 1만1천여명이 러시아에 파병돼 일부가 전투에 참여하고 있다고 밝혔다.</p>"
        "<p>국정원은 북한이 러시아에 170㎜ 자주포와 240㎜ 방사포를 추가로 보냈다고 설명했다.</p></article>"
        '<div class="aside-box"><strong>많이 본 뉴스</strong><ol><li>北 김여정 담화</li><li>오늘의 날씨</li></ol></div>'
        "</body></html>"
    )
    result = _normalise(html, "yonhap.html")
    article = _only(result)
    assert not any("김여정" in p.text or "날씨" in p.text for p in article.passages)
    assert len(_body(article)) == 2


def test_a_russian_wires_pointer_to_its_channels_and_a_bold_dateline_keeps_its_space_before_the_story():
    html = (
        '<html lang="ru"><head><meta charset="utf-8"><title>Песков прокомментировал сообщения о военных КНДР - РИА Новости</title></head><body>'
        "<h1>Песков прокомментировал сообщения о военных КНДР</h1>"
        "<div><strong>МОСКВА, 5 ноя — РИА Новости.</strong> Пресс-секретарь президента России Дмитрий Песков заявил, что Кремль не будет комментировать сообщения о военных КНДР.</div>"
        "<p>По данным украинской разведки, в Курскую область переброшено около 11 тысяч военнослужащих КНДР.</p>"
        "<p>Читайте ТАСС в Telegram | Дзен | VK</p>"
        "</body></html>"
    )
    result = _normalise(html, "ria.html")
    article = _only(result)
    assert article.outlet == "RIA Novosti"
    assert _body(article)[0].startswith("МОСКВА, 5 ноя — РИА Новости. Пресс-секретарь")
    assert _removed(result, "share-prompt") == ["Читайте ТАСС в Telegram | Дзен | VK"]


def test_a_german_invitation_to_comment_and_a_french_device_limit_notice_are_page_chrome():
    html = (
        '<html lang="fr"><head><meta charset="utf-8"><title>Des soldats nord-coréens engagés à Koursk</title></head><body>'
        "<h1>Des soldats nord-coréens engagés à Koursk</h1>"
        "<p>Les services de renseignement sud-coréens estiment qu'environ 11 000 soldats nord-coréens ont été envoyés en Russie depuis octobre.</p>"
        "<p>Kiev affirme que ses forces ont frappé pour la première fois des unités nord-coréennes dans la région de Koursk.</p>"
        "<p>Lecture du Monde en cours sur un autre appareil.</p>"
        "<p>Diskutieren Sie mit: Kommentare</p>"
        "</body></html>"
    )
    result = _normalise(html, "page.html")
    article = _only(result)
    assert len(_body(article)) == 2
    assert "Lecture du Monde en cours sur un autre appareil." in "\n".join(_removed(result, "paywall"))
    assert _removed(result, "comments") == ["Diskutieren Sie mit: Kommentare"]


def test_a_bylines_label_in_french_is_no_part_of_the_name_the_markup_gives():
    html = (
        '<html lang="fr"><head><meta charset="utf-8"><title>Des soldats nord-coréens à Koursk</title>'
        '<meta name="author" content="Par Philippe Mesmer"></head><body>'
        "<h1>Des soldats nord-coréens à Koursk</h1>"
        "<p>Les services de renseignement sud-coréens estiment qu'environ 11 000 soldats nord-coréens ont été envoyés en Russie depuis octobre.</p>"
        "<p>Kiev affirme que ses forces ont frappé pour la première fois des unités nord-coréennes dans la région de Koursk.</p>"
        "</body></html>"
    )
    article = _only(_normalise(html, "page.html"))
    assert article.author == "Philippe Mesmer"


def test_a_chinese_desk_editor_in_lenticular_brackets_is_an_editor_credit():
    text = (
        "俄外交部回应朝鲜军人相关报道\n\n2024-11-05 14:30\n\n"
        "新华社莫斯科11月5日电 俄罗斯外交部发言人扎哈罗娃5日表示，俄方与朝鲜的合作符合国际法，不针对第三方。\n\n"
        "扎哈罗娃说，俄朝全面战略伙伴关系条约是防御性的。\n\n【责任编辑:王明】\n"
    )
    result = _normalise(text)
    assert _removed(result, "editor-credit") == ["【责任编辑:王明】"]
    assert len(_body(_only(result))) == 2


def test_a_known_outlets_web_address_over_a_copied_page_is_its_masthead_not_the_title():
    text = (
        "tagesschau.de\nStartseite > Ausland > Asien\n\n"
        "Südkorea: Nordkorea schickt weitere Soldaten nach Russland\n\nStand: 24.02.2025 10:15 Uhr\n\n"
        "Nordkorea hat nach Angaben des südkoreanischen Militärs weitere 3.000 Soldaten nach Russland entsandt. Das teilte der Generalstab in Seoul mit.\n\n"
        "Demnach lieferte Pjöngjang zudem rund 220 Artilleriegeschütze, darunter Haubitzen vom Kaliber 170 Millimeter.\n"
    )
    article = _only(_normalise(text))
    assert article.title == "Südkorea: Nordkorea schickt weitere Soldaten nach Russland"
    assert article.outlet == "Tagesschau"
    assert article.published == "2025-02-24"
    assert len(_body(article)) == 2


def test_french_and_spanish_wire_datelines_with_the_place_in_ordinary_capitals_name_the_wire():
    afp = (
        "Des soldats nord-coréens tués dans la région de Koursk, selon Kiev\n\nPublié le 16/12/2024 à 09h12\n\n"
        "Kiev (AFP) - Au moins 30 soldats nord-coréens ont été tués ou blessés dans la région russe de Koursk, a affirmé lundi le renseignement militaire ukrainien.\n\n"
        "Selon Kiev, environ 11 000 soldats nord-coréens ont été déployés en Russie depuis l'automne.\n"
    )
    efe = (
        "Seúl eleva a 3.000 los soldados norcoreanos enviados a Rusia este año\n\n"
        "Seúl, 24 feb (EFE).- El Ejército surcoreano estimó este lunes que Corea del Norte ha enviado unos 3.000 soldados adicionales a Rusia este año.\n\n"
        "Según el Estado Mayor Conjunto, Pionyang también ha suministrado unas 220 piezas de artillería.\n"
    )
    assert _only(_normalise(afp)).outlet == "AFP"
    assert _only(_normalise(efe)).outlet == "EFE"
    # A name with a note in brackets and a dash is no dateline: no wire is named.
    plain = (
        "Kim inspects a missile factory\n\n"
        "Kim (right) - seen here with his daughter - toured a factory that the state media said makes artillery shells for export.\n\n"
        "The visit came days after Seoul said Pyongyang had shipped millions of shells to Russia since 2023.\n"
    )
    assert _only(_normalise(plain)).outlet is None
