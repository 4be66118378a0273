"""Blind round 11b: briefing transcripts, live summaries, portals, word-processor exports, bylines, press offices, wikis."""

from __future__ import annotations


from normalise_samples import CLOSING, KO_LEDE, KO_PARA, LEDE, PARA, normalise_named as _normalise
from normalise_samples import body_texts as _body, passage_texts as _texts, removed_texts as _removed, texts_by_kind as _kinds

# --- Transcripts and live pages ---------------------------------------------------------------------


def test_briefing_transcript_keeps_its_dated_title_and_reads_speaker_and_place_lines_as_header():
    text = (
        "Secretary's Remarks – 12 February 2025\n\nAntony Blinken, Secretary of State\nMunich, Germany\n10:05 a.m. CET\n\n"
        f"SECRETARY BLINKEN: Good morning. {LEDE}\n\nQUESTION: And the artillery?\n\nSECRETARY BLINKEN: {PARA}\n"
    )
    article = _normalise(text).articles[0]
    assert article.title == "Secretary's Remarks – 12 February 2025"
    assert article.published == "2025-02-12"
    assert article.dateline == "Munich, Germany"
    assert "Munich, Germany" not in _texts(article)
    assert not any(t.startswith("Antony Blinken") for t in _texts(article))


def test_key_points_heading_turns_the_short_lines_under_it_into_bullets():
    text = (
        "Kursk: what we know\n\nKey facts\nAbout 14,000 North Korean troops sent in all\nSome 220 guns and rocket launchers shipped\n"
        f"\n{LEDE}\n\n{PARA}\n"
    )
    kinds = _kinds(_normalise(text).articles[0])
    assert kinds["heading"] == ["Key facts"]
    assert kinds["bullet"] == ["About 14,000 North Korean troops sent in all", "Some 220 guns and rocket launchers shipped"]
    # A list already marked as one keeps losing its marks under such a heading.
    page = (
        "<html><body><article><h1>The price of Pyongyang's help</h1><h2>Key takeaways</h2>"
        "<ul><li>North Korea has sent 3,000 more troops.</li><li>About 220 guns have been shipped.</li></ul>"
        f"<p>{LEDE}</p><p>{PARA}</p><p>{CLOSING}</p></article></body></html>"
    )
    marked = _kinds(_normalise(page, "commentary.html").articles[0])
    assert marked["bullet"] == ["North Korea has sent 3,000 more troops.", "About 220 guns have been shipped."]


# --- Outlets: portals and Korean copyright lines ----------------------------------------------------


def test_portal_banner_yields_to_the_agency_the_copyright_line_names():
    text = (
        f"다음 뉴스\n\n북한, 러시아에 3천명 추가 파병\n\n입력 2025.03.24. 오전 10:15\n박민수 기자\n\n{KO_LEDE}\n\n{KO_PARA}\n\n"
        "Copyright ⓒ 뉴스1. All rights reserved. 무단 전재 및 재배포 금지.\n"
    )
    assert _normalise(text).articles[0].outlet == "뉴스1"


def test_korean_copyright_line_names_the_outlet():
    text = f"북한, 러시아에 포탄 보낸 듯\n\n입력 2025.03.24 10:15\n\n{KO_LEDE}\n\n{KO_PARA}\n\nCopyright ⓒ 한국경제 무단전재 및 재배포 금지\n"
    assert _normalise(text).articles[0].outlet == "한국경제"


# --- Word processors --------------------------------------------------------------------------------


def test_google_docs_subtitle_paragraph_is_the_deck():
    page = (
        '<html><body class="c5 doc-content"><p class="c3 title"><span>Shells for satellites</span></p>'
        '<p class="c3 subtitle"><span>Internal draft — comments welcome</span></p>'
        f'<p class="c2"><span>{LEDE}</span></p><p class="c2"><span>{PARA}</span></p><p class="c2"><span>{CLOSING}</span></p></body></html>'
    )
    article = _normalise(page, "doc.html").articles[0]
    assert _kinds(article)["dek"] == ["Internal draft — comments welcome"]
    assert "heading" not in _kinds(article)


def test_word_export_prints_its_title_and_the_stale_page_title_loses():
    page = (
        '<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><title>memo v3 final</title></head><body>'
        "<p class=MsoNormal><b><span style='font-size:16.0pt'>Koksan guns on the Kursk front</span></b></p>"
        f"<p class=MsoNormal>{LEDE}</p><p class=MsoNormal>{PARA}</p><p class=MsoNormal>{CLOSING}</p></body></html>"
    )
    article = _normalise(page, "memo.htm").articles[0]
    assert article.title == "Koksan guns on the Kursk front"
    assert "Koksan guns on the Kursk front" not in _texts(article)


# --- Bylines ----------------------------------------------------------------------------------------


def test_writer_in_a_table_row_with_the_date_is_the_author_when_the_page_names_its_outlet():
    page = (
        '<html><head><title>Shells - Peninsula Notes</title><meta property="og:site_name" content="Peninsula Notes"></head><body>'
        "<h1>Shells</h1><table><tr><td>Mina Cho</td><td>Mar 10, 2025</td></tr></table>"
        f"<p>{LEDE}</p><p>{PARA}</p><p>{CLOSING}</p></body></html>"
    )
    article = _normalise(page, "post.html").articles[0]
    assert article.author == "Mina Cho"
    assert article.outlet == "Peninsula Notes"


def test_honorific_is_no_part_of_the_author_and_capitals_byline_is_the_author():
    social = f"Prof. Daniel Ortiz\nSenior Fellow, Center for Peninsula Studies\n\nA thread on the new deployment\n\n{LEDE}\n\n{PARA}\n"
    assert _normalise(social).articles[0].author == "Daniel Ortiz"
    mailed = f"The KN-23 keeps flying\nHow Russia's use of North Korean missiles is improving them\n\nANNA PETROVA\nMAR 24\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n"
    article = _normalise(mailed).articles[0]
    assert article.author == "Anna Petrova"
    assert "ANNA PETROVA" not in _texts(article)


def test_blog_author_bio_under_profile_lines_is_dropped():
    text = (
        f"Soldiers in Kursk\n\nAlex Chen\n\nMar 24, 2025\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n\n"
        "Written by Alex Chen\n2.3K Followers\nCovering East Asian security since 2015.\n\nFollow\n"
    )
    result = _normalise(text)
    assert _body(result.articles[0]) == [LEDE, PARA, CLOSING]
    assert _removed(result, "author-bio") == ["Covering East Asian security since 2015."]


def test_later_forum_post_head_is_a_header_not_a_heading():
    text = (
        f"Guns in Kursk - confirmed?\nPost by seoulwatcher » Mon Mar 24, 2025 10:20 am\n\n{LEDE}\n\n{PARA}\n\n"
        f"Post by gunner88 » Mon Mar 24, 2025 11:02 am\n\n{CLOSING}\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert "heading" not in _kinds(article)
    assert CLOSING in _body(article)
    assert article.author == "seoulwatcher"


# --- New layouts: press offices, wikis, translations -------------------------------------------------


def test_press_office_statement_under_the_ministry_name_with_numbered_paragraphs():
    text = (
        "Ministry of Defence of Lithuania\n\nStatement on the Deployment of North Korean Troops to Russia\n\n3 April 2025\n\n"
        f"1. {LEDE}\n\n2. {PARA}\n\n3. {CLOSING}\n\nBack to the list\nPage top\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "Statement on the Deployment of North Korean Troops to Russia"
    assert article.outlet == "Ministry of Defence of Lithuania"
    assert _body(article) == [f"1. {LEDE}", f"2. {PARA}", f"3. {CLOSING}"]


def test_wiki_copy_loses_edit_links_contents_list_and_hatnote():
    text = (
        "Kursk deployment\nFrom Wikipedia, the free encyclopedia\nJump to navigation\n"
        "This article is about the deployment. For the treaty, see Comprehensive Strategic Partnership.\n\n"
        f"{LEDE}\n\nContents\n1 Troops\n2 Equipment\n\nTroops[edit]\n{PARA}\n\nEquipment[edit]\n{CLOSING}\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert _kinds(article)["heading"] == ["Troops", "Equipment"]
    assert _body(article) == [LEDE, PARA, CLOSING]
    assert _removed(result, "table-of-contents") == ["1 Troops\n2 Equipment"]
    assert len(_removed(result, "hatnote")) == 1


def test_translation_note_disclaimer_and_attachment_lines_are_furniture():
    text = (
        f"North Korea sends 3,000 more troops\n\nBy Kim Cheol-su\nMarch 24, 2025\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n\n"
        "This article was translated from Korean. Original article in Korean: https://example.kr/view/123\n"
        "The views expressed are the author's own.\n"
        "Attachments: 250324_release.hwp (52KB)\n"
    )
    result = _normalise(text)
    assert _body(result.articles[0]) == [LEDE, PARA, CLOSING]
    assert _removed(result, "translation-note") and _removed(result, "disclaimer") and _removed(result, "attachments")


def test_podcast_page_drops_its_player_links_and_subscribe_plea():
    text = (
        f"Episode 142: Shells, soldiers and satellites\n\nListen on Apple Podcasts | Spotify | YouTube\n\n{LEDE}\n\n{PARA}\n\n"
        "Subscribe to The Peninsula Podcast wherever you get your podcasts.\n"
    )
    result = _normalise(text)
    assert _texts(result.articles[0]) == [LEDE, PARA]


def test_un_document_letterhead_symbol_and_print_marks_go_and_the_letter_heading_is_the_title():
    text = (
        "United Nations                                         A/79/812\nGeneral Assembly                      Distr.: General\n"
        "                                                      2 April 2025\n\n                                                      Original: French\n\n"
        "Letter dated 1 April 2025 from the Permanent Representative of Lithuania to the United Nations addressed to the Secretary-General\n\n"
        f"      {LEDE}\n\n      {PARA}\n\n25-05123 (E)    030425\n*2505123*\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title.startswith("Letter dated 1 April 2025")
    assert article.outlet == "United Nations"
    assert _texts(article) == [LEDE, PARA]
    assert len(_removed(result, "document-symbol")) == 3


def test_preprint_head_gives_authors_without_their_marks_and_the_abstract_is_no_caption():
    text = (
        "arXiv:2504.04321v2 [cs.CY] 3 Apr 2025\n\nShells for Satellites: Open-Source Evidence of an Exchange\n\n"
        "Mina Cho¹*, Oleh Bondar²\n¹ School of International Studies, Korea University\n² Centre for Defence Studies, Kyiv\n\n"
        f"Abstract\n{LEDE} We estimate deliveries from imagery and official statements.\n\n"
        "Keywords: North Korea; Russia; arms transfers\n\n1 Introduction\n\n"
        f"{PARA}\n\n{CLOSING}\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "Shells for Satellites: Open-Source Evidence of an Exchange"
    assert article.author == "Mina Cho, Oleh Bondar"
    assert article.published == "2025-04-03"
    kinds = _kinds(article)
    assert kinds["heading"] == ["Abstract", "1 Introduction"]
    assert "caption" not in kinds and "credit" not in kinds
    assert not any("University" in t or "Keywords" in t for t in _texts(article))


def test_korean_ministry_release_reads_its_label_issuer_date_and_desk_lines():
    text = (
        "보도참고자료\n\n외교부\n보도일시 2025. 4. 2.(수) 14:00\n담당부서 북핵외교기획단\n\n북한군 추가 파병 관련 외교부 입장\n\n"
        f"□ {KO_LEDE}\n□ {KO_PARA}\n\n붙임: 관련 자료 1부. 끝.\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "북한군 추가 파병 관련 외교부 입장"
    assert article.outlet == "외교부"
    assert article.published == "2025-04-02"
    assert [t.lstrip("□ ") for t in _texts(article)] == [KO_LEDE, KO_PARA]


def test_aggregator_source_lines_split_the_listing_into_its_stories():
    text = (
        "News\n\nNorth Korea shipped 220 artillery pieces to Russia\nYonhap News Agency · 3 hours ago\n"
        f"{PARA}\nFull coverage\n\nSeoul believes Pyongyang is getting air defence systems\nThe Korea Herald · 5 hours ago\n{CLOSING}\nMore coverage\n"
    )
    articles = _normalise(text).articles
    assert [a.title for a in articles[-2:]] == [
        "North Korea shipped 220 artillery pieces to Russia",
        "Seoul believes Pyongyang is getting air defence systems",
    ]
    assert [_texts(a) for a in articles[-2:]] == [[PARA], [CLOSING]]


def test_press_office_page_with_listing_label_and_field_list_under_its_headline():
    page = (
        "<html><head><title>Press Briefing | Ministry of National Defense</title></head><body><div class=content>"
        "<h2>News</h2><h3>MND assesses the new deployment to Russia</h3>"
        "<ul><li>Date: 2025-04-02</li><li>Department: Public Affairs Office</li><li>Views: 88</li></ul>"
        f"<p>{LEDE}</p><p>{PARA}</p><p>{CLOSING}</p></div></body></html>"
    )
    article = _normalise(page, "release.html").articles[0]
    assert article.title == "MND assesses the new deployment to Russia"
    assert article.published == "2025-04-02"
    assert _texts(article) == [LEDE, PARA, CLOSING]


def test_slack_and_discord_copies_lose_their_sender_stamps_reactions_and_thread_counters():
    slack = f"dana.cho  9:02 AM\n{LEDE}\n:eyes: 3  :thumbsup: 2\nmin.park  9:10 AM\n{PARA}\n2 replies\nView thread\n"
    assert _texts(_normalise(slack).articles[0]) == [LEDE, PARA]
    discord = f"osint-hub — #dprk\nkursk_watcher — Today at 10:15 AM\n{LEDE}\n(edited)\nseoul_osint — Yesterday at 8:40 PM\n{PARA}\n"
    assert _texts(_normalise(discord).articles[0]) == [LEDE, PARA]


def test_foreign_ministry_name_over_a_briefing_is_the_outlet_and_the_questions_are_speech():
    text = (
        "Министерство иностранных дел Российской Федерации\n\n"
        "Брифинг официального представителя МИД России, Москва, 2 апреля 2025 года\n\n"
        "Вопрос: Как Вы прокомментируете сообщения о новых поставках северокорейских войск?\n\n"
        "Ответ: Мы неоднократно заявляли, что сотрудничество России и КНДР полностью соответствует нормам международного права.\n\n"
        "Вопрос: А что насчёт артиллерии?\n\n"
        "Ответ: Не будем комментировать спекуляции южнокорейских СМИ, которые распространяются без каких-либо доказательств.\n\n"
        "Версия для печати\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "Брифинг официального представителя МИД России, Москва, 2 апреля 2025 года"
    assert article.outlet == "Министерство иностранных дел Российской Федерации"
    assert set(_kinds(article)) == {"body"}
    assert _removed(result, "reader-chrome") == ["Версия для печати"]


def test_korean_copyright_line_with_a_colon_and_an_osce_document_symbol():
    text = f"북한, 러시아와 포병 거래 확대\n\n입력 2025.03.24 17:02\n\n{KO_LEDE}\n\n{KO_PARA}\n\nⓒ 한겨레신문사 : 무단전재 및 재배포 금지\n"
    assert _normalise(text).articles[0].outlet == "한겨레신문사"
    statement = f"Delegation of Ukraine\n\nPC.DEL/312/25\n24 March 2025\n\nENGLISH only\n\nStatement on the deployment\n\n{LEDE}\n\n{PARA}\n"
    result = _normalise(statement)
    texts = _texts(result.articles[0])
    assert texts[-2:] == [LEDE, PARA]
    assert "PC.DEL/312/25" not in texts and "ENGLISH only" not in texts
    assert _removed(result, "document-symbol") == ["PC.DEL/312/25"]
