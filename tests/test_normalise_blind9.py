"""Blind round 9: pages, exports and encodings the normaliser had not met, each through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.normalise.derived_titles import derive_title
from store.normalise.pipeline import normalise_bytes
from normalise_samples import body_texts as _body, removed_texts as _removed, texts_by_kind as _kinds

LEDE = (
    "North Korean soldiers who were withdrawn from the front line in Russia's Kursk region last month have "
    "returned to combat, Ukraine's armed forces have said."
)
PARA = (
    "Colonel Oleksandr Kindratenko, a spokesperson for Ukraine's special operations forces, said the troops were "
    "now operating in smaller groups and were better equipped to deal with drones."
)
CLOSING = (
    "Ukraine estimates that about 4,000 of the roughly 11,000 North Korean troops deployed to Kursk have been "
    "killed or wounded since they entered the fighting in December."
)


def _normalise(text: str, name: str = "input.txt", encoding: str = "utf-8"):
    return normalise_bytes(text.encode(encoding), name, suffix=Path(name).suffix)


# --- Widgets and banners copied with the page ------------------------------------------------------


def test_most_read_box_mid_article_leaves_the_closing_paragraph():
    text = (
        f"North Korean troops return to Kursk\n\nThe Guardian\n6 February 2025\n\n{LEDE}\n\n{PARA}\n\nMost read\n\n"
        ' 1. Trump says he will meet Putin "very soon"\n 2. The best winter coats for 2025, tried and tested\n'
        " 3. Storm Eowyn: thousands still without power\n\n"
        f"{CLOSING}\n\nContinue reading...\n\nSign up to First Edition, our free daily newsletter - every weekday morning at 7am GMT\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert _body(article) == [LEDE, PARA, CLOSING]
    listing = _removed(result, "related-stories")
    assert len(listing) == 1 and "winter coats" in listing[0] and "Ukraine estimates" not in listing[0]
    assert _removed(result, "newsletter-signup")


def test_aggregator_listing_with_teasers_still_runs_to_the_end():
    teaser = (
        "Seoul's spy agency said on Thursday that the North had sent more artillery to Russia, citing satellite "
        "imagery of trains crossing the border at Tumangang."
    )
    text = (
        f"North Korean troops return to Kursk\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n\nRelated\n\n"
        f"Kim visits missile factory\n\n{teaser}\n\nPutin thanks Pyongyang\n\n{teaser} Unrelated.\n"
    )
    article = _normalise(text).articles[0]
    assert _body(article) == [LEDE, PARA, CLOSING]


def test_cookie_banner_related_links_and_newsletter_box_leave_the_story_whole():
    text = (
        "Skip to main content\nMenu\nSearch\n\nWe value your privacy\n"
        "We and our 842 partners store and/or access information on a device, such as cookies and process personal "
        "data. You may accept or manage your choices by clicking below.\nAccept all   Reject all   Manage preferences\n\n"
        "North Korea could send more troops to Russia, NIS warns\n\nBy Hyonhee Shin\nPublished 18 November 2024\n\n"
        f"{LEDE}\n\nRelated:\nKim Jong Un vows an invincible military as troops head to Russia\n"
        "What North Korea gets from Russia\n\n"
        f"{PARA}\n\nGet the latest news delivered to your inbox. Enter your email address  Subscribe\n\n{CLOSING}\n\n"
        "Share on Facebook  Share on X  Share via Email  Copy link\n\nMore from World\nJapan's PM faces leadership test\n"
        "Floods in Spain: death toll rises\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "North Korea could send more troops to Russia, NIS warns"
    assert (article.author, article.published) == ("Hyonhee Shin", "2024-11-18")
    assert _body(article) == [LEDE, PARA, CLOSING]
    assert [p for p in article.passages if p.kind != "body"] == []
    assert any("842 partners" in text for text in _removed(result, "cookie-notice"))
    assert "Accept all   Reject all   Manage preferences" in " ".join(_removed(result, "cookie-notice"))
    assert _removed(result, "share-prompt")[-1].startswith("Share on Facebook")


def test_comment_thread_under_the_article_goes_but_a_comment_count_by_the_byline_cuts_nothing():
    text = (
        "Pyongyang opens second front in arms supply\n\nRadio Free Asia\n2025-01-08\n\n"
        "Written by Jeong Yon-ju for RFA Korean. Translated by Leejin Jun. Edited by Eugene Whong.\n\n"
        f"{LEDE}\n\n{PARA}\n\nTags: North Korea, Russia\n\n12 Comments\nLog in to comment\n"
        "John D · 2 days ago\nThis is why sanctions don't work.\nReply · 14 likes\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.author == "Jeong Yon-ju"  # the staff credits name the writer
    assert _body(article) == [LEDE, PARA]
    assert "This is why sanctions don't work." in " ".join(_removed(result, "comments"))

    counted_at_top = f"Pyongyang opens second front\n\nBy Jane Doe\n5 comments\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n"
    assert _body(_normalise(counted_at_top).articles[0]) == [LEDE, PARA, CLOSING]


def test_advert_set_into_a_sentence_leaves_it_whole():
    text = (
        "Seoul says North Korea sent 3,000 more troops\n\nBy Kim Tong-hyung\nThe Associated Press\nFebruary 27, 2025\n\n"
        "SEOUL, South Korea (AP) — North Korea has sent an additional 3,000 troops to Russia this year to make up for "
        "heavy losses, South Korea's spy agency said Thursday, adding that it had also supplied large numbers of\n\n"
        "ADVERTISEMENT\n\nmissiles, artillery systems and shells.\n\n"
        "The National Intelligence Service said about 4,000 North Korean soldiers had been killed or wounded.\n"
    )
    result = _normalise(text)
    body = _body(result.articles[0])
    assert body[0].endswith("supplied large numbers of missiles, artillery systems and shells.")
    assert len(body) == 2 and _removed(result, "advertisement") == ["ADVERTISEMENT"]


def test_heading_above_an_advert_is_not_joined_to_the_next_paragraph():
    text = f"A title for the story\n\n{LEDE}\n\nHow North Korea gives Russia an edge\n\nAdvertisement\n\n{PARA}\n\n{CLOSING}\n"
    article = _normalise(text).articles[0]
    assert _kinds(article)["heading"] == ["How North Korea gives Russia an edge"]
    assert _body(article) == [LEDE, PARA, CLOSING]


# --- Header lines -------------------------------------------------------------------------------------------


UKRAINIAN = (
    "Головне управління розвідки Міноборони України повідомило, що в боях на Курщині загинули або були поранені "
    "понад 3000 військових КНДР."
)


def test_ukrainian_outlet_in_sentence_case_is_the_outlet_and_the_headline_stays_the_title():
    text = (
        "Північнокорейські військові воюють на Курщині: дані ГУР\r\n\r\nУкраїнська правда\r\n23 грудня 2024, 14:05\r\n\r\n"
        f"{UKRAINIAN}\r\n\r\nРаніше Південна Корея заявляла, що Пхеньян відправив до Росії близько 11 тисяч військових.\r\n"
    )
    article = _normalise(text, encoding="cp1251").articles[0]
    assert article.title == "Північнокорейські військові воюють на Курщині: дані ГУР"
    assert (article.outlet, article.published) == ("Ukrainska Pravda", "2024-12-23")


CHINESE = (
    "朝鲜向俄罗斯增派约3000名士兵\n\n{outlet}\n2025年2月27日\n\n"
    "韩国国家情报院27日表示，朝鲜今年1月至2月间向俄罗斯库尔斯克州增派了约3000名士兵。\n\n"
    "国情院称，此前派往俄罗斯的朝鲜军人中约有4000人伤亡。\n"
)
JAPANESE = (
    "北朝鮮兵、クルスク州で戦闘継続\r\n\r\n{outlet}\r\n2025年3月10日 18:30\r\n\r\n"
    "ウクライナ軍参謀本部は10日、ロシア西部クルスク州で北朝鮮兵が戦闘を続けていると発表した。\r\n\r\n"
    "北朝鮮は昨年10月以降、約1万1千人の兵士をロシアに派遣したとされ、約4千人が死傷した。\r\n"
)


@pytest.mark.parametrize(
    ("template", "outlet_line", "encoding", "expected"),
    [
        (CHINESE, "联合早报", "gb18030", "Lianhe Zaobao"),
        (JAPANESE, "共同通信", "shift_jis", "Kyodo News"),
        (CHINESE, "华东日报", "gb18030", "华东日报"),  # unknown, but a paper by its ending
    ],
    ids=["known-chinese", "known-japanese", "unknown-chinese-paper"],
)
def test_caseless_outlet_line_above_the_date_is_the_outlet(template: str, outlet_line: str, encoding: str, expected: str):
    article = _normalise(template.format(outlet=outlet_line), encoding=encoding).articles[0]
    assert article.outlet == expected
    assert not any(p.text == outlet_line for p in article.passages)


def test_a_known_outlet_above_the_date_is_never_the_author():
    text = f"Russia-Ukraine war live: North Korean losses\n\nAl Jazeera\nPublished On 17 Dec 2024\n\n{LEDE}\n\n{PARA}\n"
    article = _normalise(text).articles[0]
    assert (article.outlet, article.author) == ("Al Jazeera", None)


def test_standfirst_between_title_and_byline_keeps_the_header_below_it():
    text = (
        "The North Korean soldiers who won't go home\n\n"
        "Two men captured in Kursk want to defect to South Korea. Seoul says it will take them.\n\n"
        "By Jean Mackenzie\nBBC News, Seoul\nPublished 19 March 2025\n\n"
        f"{LEDE}\n\n{PARA}\n\n{CLOSING}\n"
    )
    article = _normalise(text).articles[0]
    assert article.dek == "Two men captured in Kursk want to defect to South Korea. Seoul says it will take them."
    assert (article.author, article.outlet, article.published) == ("Jean Mackenzie", "BBC News", "2025-03-19")
    assert _body(article) == [LEDE, PARA, CLOSING]


def test_subtitle_set_apart_from_the_byline_is_the_deck_not_the_title():
    text = (
        "Kim's war dividend\n\nWhat Pyongyang has earned from sending troops to Kursk\n\nSam Greene\nFeb 20, 2025\n\n"
        "∙ Paid\n\n42\n\n8\n\nShare\n\n"
        f"{LEDE}\n\nUpgrade to paid\n\n{PARA}\n\nSubscribe to Kremlin Watch\nThousands of paid subscribers\n"
        "Type your email...\nSubscribe\n\nLike\nComment\nRestack\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert (article.title, article.dek) == ("Kim's war dividend", "What Pyongyang has earned from sending troops to Kursk")
    assert (article.author, article.published) == ("Sam Greene", "2025-02-20")
    assert [p.text for p in article.passages if p.kind != "dek"] == [LEDE, PARA]
    assert _removed(result, "vote-count") == ["42\n8"]


def test_newsletter_masthead_with_its_edition_atop_a_mailed_issue_is_the_preamble():
    text = (
        "Title: KSB Weekly: Pyongyang's missiles hit Kharkiv again\nSource: Korea Security Brief\n\n"
        f"Korea Security Brief — Weekly edition\n\nPyongyang's missiles hit Kharkiv again\n\n{LEDE}\n\n{PARA}\n"
    )
    result = _normalise(text)
    assert _removed(result, "preamble") == ["Korea Security Brief — Weekly edition"]
    assert _body(result.articles[0]) == [LEDE, PARA]


# --- Live blogs, pull-quotes, captions --------------------------------------------------------------------


def test_dated_entry_stamps_of_a_live_blog_are_entry_times_and_the_header_date_stays():
    text = (
        "North Korean troops suffer heavy losses: live\n\nAl Jazeera\nPublished On 17 Dec 2024\n\n"
        f"17 Dec 2024 - 09:45 GMT\nZelenskyy says losses noticeable\n{LEDE}\n\n"
        f"17 Dec 2024 - 08:30 GMT\nSouth Korea counts the dead\n{PARA}\n\n"
        f"17 Dec 2024 - 07:12 GMT\nDrone attack on Kyiv\n{CLOSING}\n\nShare this live blog\nFollow Al Jazeera English:\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.published == "2024-12-17"
    assert not any("GMT" in p.text for p in article.passages)
    assert _removed(result, "entry-time") == ["17 Dec 2024 - 08:30 GMT", "17 Dec 2024 - 07:12 GMT"]
    assert _body(article) == [LEDE, PARA, CLOSING]


def test_one_dated_line_with_a_time_under_the_title_is_the_header():
    article = _normalise(f"A title for the story\n\nKyiv Post\n17 Dec 2024 - 09:45 GMT\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert (article.outlet, article.published) == ("Kyiv Post", "2024-12-17")


def test_pull_quote_set_twice_is_a_pull_quote_both_times_and_a_credit_above_its_caption_captions():
    quote = '"I want to go to South Korea"'
    text = (
        "The soldiers who won't go home\n\n"
        f'"I want to go to South Korea," one of them told a lawmaker who visited him in Kyiv last week.\n\n{quote}\n\n{PARA}\n\n'
        "Getty Images\nA North Korean soldier captured by Ukrainian forces, in a video released by President Zelensky\n\n"
        f"{CLOSING}\n\n{quote}\n"
    )
    kinds = _kinds(_normalise(text).articles[0])
    assert kinds["pullquote"] == [quote, quote]
    assert "heading" not in kinds
    assert kinds["caption"] == ["A North Korean soldier captured by Ukrainian forces, in a video released by President Zelensky"]


def test_caption_credited_in_capitals_and_brackets_is_a_caption():
    text = f"A title for the story\n\n{LEDE}\n\nA firefighter works at the scene. [YONHAP]\n\n{PARA}\n\n{CLOSING}\n"
    kinds = _kinds(_normalise(text).articles[0])
    assert kinds["caption"] == ["A firefighter works at the scene. [YONHAP]"]


# --- Lightweight markup ----------------------------------------------------------------------------------


def test_yaml_front_matter_with_a_list_of_authors_and_flags():
    text = (
        "---\ntitle: \"Inside the 'Storm Corps'\"\nauthors:\n  - Anna Fifield\n  - Joon Ha\npublication: The Diplomat\n"
        "date: 2025-03-02T09:30:00+09:00\ntags: [north-korea, russia]\nimage: /img/storm-corps.jpg\ndraft: false\n---\n\n"
        f"{LEDE}\n\n{PARA}\n"
    )
    result = _normalise(text, "post.md")
    article = result.articles[0]
    assert (article.title, article.author, article.outlet, article.published) == (
        "Inside the 'Storm Corps'", "Anna Fifield and Joon Ha", "The Diplomat", "2025-03-02",
    )
    assert [p.text for p in article.passages] == [LEDE, PARA]
    assert {"tags: [north-korea, russia]", "draft: false", "  - Joon Ha"} <= set(_removed(result, "front-matter"))


def test_asciidoc_block_title_loses_its_dot_and_a_footnote_leaves_the_sentence():
    text = (
        "= Artillery Ammunition from the DPRK\nLena Hoffmann <l.hoffmann@institute.example>\nv1.2, 2025-05-19\n"
        ":doctype: article\n\n.Summary\nSince mid-2023 the DPRK has become Russia's largest external supplier of artillery ammunition.\n\n"
        "== Volumes\n\nAbout 9 million rounds had been shipped by early 2025, according to South Korean estimates.footnote:[KIDA briefing, February 2025.]\n"
    )
    result = _normalise(text, "report.adoc")
    article = result.articles[0]
    texts = [p.text for p in article.passages]
    assert "Summary" in texts and ".Summary" not in texts
    assert "About 9 million rounds had been shipped by early 2025, according to South Korean estimates." in texts
    assert _removed(result, "footnote") == ["KIDA briefing, February 2025."]


def test_org_property_drawer_leaves_the_text():
    text = (
        "#+TITLE: North Korean missile debris in Zaporizhzhia\n#+AUTHOR: Viktor Kovalenko\n\n* Summary\n"
        ":PROPERTIES:\n:CUSTOM_ID: summary\n:SOURCE: Ukrinform\n:END:\n"
        f"{LEDE}\n\n{PARA}\n"
    )
    result = _normalise(text, "notes.org")
    assert [p.text for p in result.articles[0].passages] == ["Summary", LEDE, PARA]
    assert ":SOURCE: Ukrinform" in _removed(result, "markup")


# --- Encodings and saved pages -------------------------------------------------------------------------


def test_lossy_quotes_written_back_to_a_codepage_as_question_marks_are_restored():
    original = (
        "North Korea\u2019s soldiers \u201cwere not ready for drones\u201d, captured fighter says\n\nKyiv Post\n14 January 2025\n\n"
        "A North Korean soldier captured in Kursk told Ukraine\u2019s security service that his unit had been told it "
        "was going to Russia for \u201ctraining\u201d.\n\n"
        "The man, who was wounded in the jaw, said through an interpreter that he did not know he would be fighting.\n"
    )
    damaged = original.encode("utf-8").decode("cp1252", errors="replace").encode("cp1252", errors="replace")
    assert b"\xe2\x80?" in damaged  # the closing double quote lost its last byte
    article = normalise_bytes(damaged, "latin.txt", suffix=".txt").articles[0]
    assert article.title == "North Korea\u2019s soldiers \u201cwere not ready for drones\u201d, captured fighter says"
    assert _body(article)[0].endswith("for \u201ctraining\u201d.")


def test_reader_view_and_saved_from_marks_give_the_pages_address():
    paragraphs = "".join(f"<p>{p}</p>" for p in (LEDE, PARA, CLOSING))
    reader = (
        '<html><head><meta charset="utf-8"><title>North Korean shells make up half of supply</title></head><body>'
        '<div class="header reader-header"><a class="domain reader-domain" href="https://www.kyivindependent.com/shells">'
        'kyivindependent.com</a><h1 class="reader-title">North Korean shells make up half of supply</h1>'
        f'<div class="credits reader-credits">Olena Harmash</div></div><div class="moz-reader-content">{paragraphs}</div></body></html>'
    )
    article = normalise_bytes(reader.encode(), "reader.html", suffix=".html").articles[0]
    assert (article.url, article.outlet) == ("https://www.kyivindependent.com/shells", "The Kyiv Independent")
    saved = (
        "<!DOCTYPE html>\n<!-- saved from url=(0038)https://www.nknews.org/2025/03/shells/ -->\n"
        f"<html><head><title>Shell output rises</title></head><body><article><h1>Shell output rises</h1>{paragraphs}</article></body></html>"
    )
    article = normalise_bytes(saved.encode(), "saved.html", suffix=".html").articles[0]
    assert article.url == "https://www.nknews.org/2025/03/shells/"


def test_byline_of_a_page_escaped_twice_names_both_writers():
    paragraphs = "".join(f"<p>{p}</p>" for p in (LEDE, PARA, CLOSING))
    page = (
        '<!doctype html><html><head><meta charset="utf-8"><title>Shells for oil &amp;amp; food | 38 North</title>'
        '<meta name="author" content="Jenny Town"></head><body><main><article><h1>Shells for oil &amp;amp; food</h1>'
        f'<p class="byline">By Jenny Town &amp;amp; Martyn Williams | October 2, 2024</p>{paragraphs}</article></main></body></html>'
    )
    article = normalise_bytes(page.encode(), "page.html", suffix=".html").articles[0]
    assert article.title == "Shells for oil & food"
    assert article.author == "Jenny Town & Martyn Williams"


def test_russian_page_advert_label_subscribe_prompt_and_author_label():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<title>КНДР передала России гаубицы — Новая газета Европа</title></head><body>"
        "<h1>КНДР передала России гаубицы</h1><div class=\"author\">Автор: Ирина Гарина</div><div>15 ноября 2024</div>"
        "<p>Северная Корея передала России около 50 самоходных гаубиц калибра 170 мм, сообщил в пятницу украинский военный эксперт.</p>"
        "<p>По его словам, орудия были переброшены по железной дороге через Хасан, а затем отправлены в Курскую область.</p>"
        "<p>Реклама</p>"
        "<p>Ранее Южная Корея заявляла, что Пхеньян также передал Москве реактивные системы залпового огня.</p>"
        "<p>Подписывайтесь на наш Telegram-канал</p></body></html>"
    )
    article = normalise_bytes(page.encode("cp1251"), "page.html", suffix=".html").articles[0]
    assert article.author == "Ирина Гарина"
    texts = [p.text for p in article.passages]
    assert "Реклама" not in texts and "Подписывайтесь на наш Telegram-канал" not in texts
    assert len(_body(article)) == 3


# --- Derived titles ----------------------------------------------------------------------------------------


def test_derived_title_skips_fields_set_ahead_of_the_sentence_and_abbreviations():
    text = (
        "Moscow Times | Jan. 30, 2025 | North Korean artillery crews now operate in the Kursk region, "
        "Ukrainian intelligence says. The agency said at least 120 guns had been delivered."
    )
    assert derive_title(text) == "North Korean artillery crews now operate in the Kursk region, Ukrainian intelligence says"
    assert derive_title("Gen. Kim said the troops left on Jan. 30 for the front. They had trained for weeks.") == (
        "Gen. Kim said the troops left on Jan. 30 for the front"
    )
