"""Blind round 11c: very long headlines, derived titles told apart, one-word and agency bylines, URL-encoded
titles, aggregator and chat exports, UN/OSCE documents, dated briefing titles, Korean release marks."""

from __future__ import annotations

from normalise_samples import CLOSING, KO_LEDE, KO_PARA, LEDE, PARA, normalise_named as _normalise
from normalise_samples import body_texts as _body, passage_texts as _texts, removed_texts as _removed, texts_by_kind as _kinds

_LONG_HEADLINE = (
    "North Korea's deployment of thousands more soldiers and hundreds of artillery pieces to Russia's Kursk region "
    "signals a deepening military partnership that Seoul, Washington and Kyiv say is reshaping the war in Ukraine "
    "and the balance of power on the Korean peninsula for years to come"
)

# --- Titles -----------------------------------------------------------------------------------------


def test_very_long_headline_over_its_byline_and_date_stays_the_title_and_a_long_paragraph_does_not():
    assert len(_LONG_HEADLINE) > 250
    article = _normalise(f"{_LONG_HEADLINE}\nBY JANE DOE AND JOHN ROE\nMarch 24, 2025\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert article.title == _LONG_HEADLINE
    assert article.author == "JANE DOE AND JOHN ROE"
    assert article.published == "2025-03-24"
    assert _texts(article) == [LEDE, PARA]
    # Field lines under it ("Published:", "Author:") count as its header too, and a question mark may close it.
    fielded = _normalise(f"{_LONG_HEADLINE}?\nPublished: 2025-03-24\nAuthor: Jane Doe\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert fielded.title == _LONG_HEADLINE + "?"
    assert (fielded.author, fielded.published) == ("Jane Doe", "2025-03-24")
    # Without header lines under it, a long first line (or paragraph) is no title: one is derived.
    for first in (_LONG_HEADLINE, f"{LEDE} {PARA}"):
        article = _normalise(f"{first}\n\n{PARA}\n\n{CLOSING}\n").articles[0]
        assert article.title_derived
        assert len(article.title) <= 90
        assert _texts(article)[0] == first
    # A first line of prose that ends with its full stop stays body even with a byline under it.
    signed = _normalise(f"{LEDE} {PARA}\nBy Jane Doe\n\n{CLOSING}\n").articles[0]
    assert signed.title != f"{LEDE} {PARA}"


def test_derived_titles_of_one_file_are_told_apart():
    posts = [
        f"[24.03.25 1{i}:00] Monitor channel:\nNorth Korean troops were seen moving towards the front line near Kursk "
        f"on Monday morning, according to reports from {who} and local residents who filmed the columns."
        for i, who in enumerate(("officials in Seoul", "lawmakers in Kyiv", "volunteers in Sumy"))
    ]
    articles = _normalise("\n\n".join(posts) + "\n").articles
    titles = [a.title for a in articles]
    assert len(articles) == 3 and all(a.title_derived for a in articles)
    assert len(set(titles)) == 3, titles
    assert "lawmakers in Kyiv" in titles[1] and "volunteers in Sumy" in titles[2]


def test_derived_title_of_a_repeated_phrase_keeps_the_words_that_end_it():
    text = ("North Korean troops " * 12) + "arrived near Sudzha. " + f"{PARA}\n\n{CLOSING}\n"
    title = _normalise(text).articles[0].title
    assert title.startswith("North Korean troops") and title.endswith("arrived near Sudzha")
    assert len(title) <= 95


# --- Bylines ----------------------------------------------------------------------------------------


def test_one_word_byline_names_the_author_without_its_by():
    for name in ("Nobody", "Writer", "Madonna", "Staff"):
        article = _normalise(f"A quiet day in Kursk\nBy {name}\n2025-01-01\n\n{LEDE}\n\n{PARA}\n").articles[0]
        assert article.author == name
        assert article.published == "2025-01-01"
        assert _texts(article) == [LEDE, PARA]
    # A writer's signature pictographs are no part of the name.
    emoji = _normalise(f"A quiet day in Kursk\nBy Zélie Café 👩🏽‍💻\n2025-01-01\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert emoji.author == "Zélie Café"
    # "By Design" opening the item is its title, not a byline.
    titled = _normalise(f"By Design\nBy Jane Doe\nMarch 24, 2025\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert (titled.title, titled.author) == ("By Design", "Jane Doe")


def test_agency_byline_is_the_outlet_and_the_closing_credit_names_the_reporter():
    text = (
        f"North Korea sends 3,000 more troops to Russia, Seoul says\nBy Reuters\nMarch 24, 2025\n\n{LEDE}\n\n{PARA}\n\n"
        f"{CLOSING}\n\n(Reporting by Jane Doe in Seoul; Editing by John Roe)\n"
    )
    article = _normalise(text).articles[0]
    assert (article.outlet, article.author) == ("Reuters", "Jane Doe")
    agency = _normalise(f"Seoul counts 3,000 more troops\nBy The Associated Press\nMarch 24, 2025\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert agency.outlet == "AP" or "Associated Press" in (agency.outlet or "")
    assert agency.author is None


def test_editor_credit_beside_the_byline_is_no_outlet_and_words_field_is_the_byline():
    edited = _normalise(f"Seoul says 3,000 more troops went to Russia\nWritten by Jane Doe | Edited by John Roe\nMarch 24, 2025\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert (edited.author, edited.outlet) == ("Jane Doe", None)
    words = _normalise(f"Seoul says 3,000 more troops went to Russia\n\nWords: Jane Doe\nPhotos: John Roe\nMarch 24, 2025\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert words.author == "Jane Doe"
    assert "Words: Jane Doe" not in _texts(words)


# --- URL-encoded titles -----------------------------------------------------------------------------

_ENCODED = "North%20Korea%20sends%2012%2C000%20more%20troops%20to%20Russia%20%E2%80%94%20Seoul"
_DECODED = "North Korea sends 12,000 more troops to Russia — Seoul"


def test_url_encoded_title_line_is_decoded_beside_a_plain_body():
    link = "See https://example.com/search?q=North%20Korea%2C%20troops%2C%20Kursk for more."
    text = f"{_ENCODED}\n\nSouth Korea’s spy agency said on Wednesday that North Korea had sent about 11,000 soldiers to Kursk.\n\n{PARA}\n\n{link}\n"
    article = _normalise(text).articles[0]
    assert article.title == _DECODED
    assert link in _texts(article)  # a link keeps its escapes


def test_url_encoded_page_title_is_decoded():
    page = (
        f'<html><head><meta charset="utf-8"><title>{_ENCODED}</title><meta property="og:title" content="{_ENCODED}"></head>'
        f"<body><article><p>{LEDE} “We are watching closely,” an official said.</p><p>{PARA}</p><p>{CLOSING}</p></article></body></html>"
    )
    assert _normalise(page, "page.html").articles[0].title == _DECODED


# --- Aggregators and chat exports -------------------------------------------------------------------


def test_top_stories_list_leaves_the_first_story_its_headline():
    text = (
        "Google News\nHome For you Following World Business Technology\n\nTop stories\n"
        f"North Korea sends 3,000 more troops to Russia, Seoul says\nReuters · 2 hours ago\n{LEDE}\nMore coverage\n"
        f"North Korea shipped 220 artillery pieces to Russia - JCS\nYonhap News Agency · 3 hours ago\n{PARA}\n"
    )
    result = _normalise(text)
    assert [a.title for a in result.articles][:2] == [
        "North Korea sends 3,000 more troops to Russia, Seoul says",
        "North Korea shipped 220 artillery pieces to Russia - JCS",
    ]
    assert result.articles[0].outlet == "Reuters"
    assert not any("North Korea sends" in t for t in _removed(result, "top-stories"))


def test_chat_export_label_is_no_outlet():
    text = (
        "#dprk-russia-monitoring\nSlack export — March 24, 2025\n\njane.doe  10:15 AM\n"
        f"{LEDE}\njane.doe  10:16 AM\n{PARA}\n"
    )
    article = _normalise(text).articles[0]
    assert article.outlet is None
    assert article.published == "2025-03-24"


# --- Official documents -----------------------------------------------------------------------------


def test_un_letter_signature_names_its_author():
    text = (
        "United Nations                                                    S/2025/184\n"
        "Security Council                                     Distr.: General\n"
        "                                                     24 March 2025\n\n"
        "Letter dated 21 March 2025 from the Permanent Representative of Ukraine to the United Nations addressed to the Secretary-General\n\n"
        f"I have the honour to transmit herewith information on the deployment, as set out below.\n\n{LEDE}\n\n{PARA}\n\n"
        "(Signed) Andriy Melnyk\nPermanent Representative\n"
    )
    assert _normalise(text).articles[0].author == "Andriy Melnyk"


def test_osce_statement_title_is_the_statement_line_under_the_letterhead():
    text = (
        "Organization for Security and Co-operation in Europe\nPermanent Council\n\nPC.DEL/312/25\n24 March 2025\n\nENGLISH only\n\n"
        "Delegation of Ukraine\n\nSTATEMENT ON THE ONGOING RUSSIAN AGGRESSION AGAINST UKRAINE\n\n"
        "As delivered by Ambassador Yevhenii Tsymbaliuk to the 1512th meeting of the Permanent Council, Vienna, 24 March 2025\n\n"
        f"Mr. Chairperson,\n\n{LEDE}\n\n{PARA}\n\nThank you, Mr. Chairperson.\n"
    )
    article = _normalise(text).articles[0]
    assert article.title == "STATEMENT ON THE ONGOING RUSSIAN AGGRESSION AGAINST UKRAINE"
    assert article.outlet == "Organization for Security and Co-operation in Europe"
    assert article.author == "Yevhenii Tsymbaliuk"
    assert not any(t in _texts(article) for t in ("Permanent Council", "Delegation of Ukraine"))
    assert _body(article)[1:3] == [LEDE, PARA]


def test_briefing_title_dates_the_transcript_but_a_headline_date_does_not():
    text = (
        "Министерство иностранных дел Российской Федерации\n\n"
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 24 марта 2025 года\n\n"
        "Вопрос: Как Вы прокомментируете сообщения о новых поставках северокорейских войск в Курскую область?\n\n"
        "Ответ: Мы неоднократно заявляли, что сотрудничество России и КНДР полностью соответствует нормам международного права.\n"
    )
    assert _normalise(text).articles[0].published == "2025-03-24"
    headline = _normalise(f"What happened in Kursk on 24 February 2025\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert headline.published is None


def test_korean_release_marks_its_paragraphs_and_translation_notes_go():
    text = (
        "보도자료\n\n국방부\n보도일시 2025. 3. 24.(월) 10:00\n\n북한군 러시아 추가 파병 관련 평가\n\n"
        f"□ {KO_LEDE}\n□ {KO_PARA}\n ○ 군 당국은 북한이 그 대가로 방공 체계와 위성 기술을 받고 있을 가능성이 있다고 보고 있다.\n"
    )
    kinds = _kinds(_normalise(text).articles[0])
    assert "bullet" not in kinds
    assert kinds["body"][:2] == [KO_LEDE, KO_PARA]
    assert kinds["body"][2].startswith("군 당국은")
    translated = (
        f"North Korea sends 3,000 more troops to Russia\n\nBy Kim Cheol-su, Yonhap\nMarch 24, 2025\n\n{LEDE}\n\n{PARA}\n\n"
        'Translation note: "방사포" is rendered as "multiple rocket launcher".\n'
    )
    result = _normalise(translated)
    assert _texts(result.articles[0]) == [LEDE, PARA]
    assert any(t.startswith("Translation note:") for t in _removed(result, "translation-note"))
