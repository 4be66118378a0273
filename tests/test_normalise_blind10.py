"""Blind round 10: mail encodings, wire and forum markup, outliner notes and page widgets the normaliser had not met."""

from __future__ import annotations

import base64
from pathlib import Path

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
JAPANESE = "ロシア西部クルスク州では、北朝鮮兵の死傷者が約4千人に上るとの推計もある。"


def _normalise(data: bytes | str, name: str = "input.txt"):
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return normalise_bytes(raw, name, suffix=Path(name).suffix)


# --- Encodings ------------------------------------------------------------------------------------


def test_japanese_mail_in_iso_2022_jp_is_decoded_by_its_parts_charset():
    head = (
        "From: =?ISO-2022-JP?B?" + base64.b64encode("共同通信".encode("iso2022_jp")).decode() + "?= <news@example.jp>\n"
        "To: me@example.jp\nSubject: Kursk\nDate: Sat, 08 Mar 2025 07:15:00 +0900\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n"
    )
    result = _normalise(head.encode("ascii") + f"{JAPANESE}\n".encode("iso2022_jp"), "issue.eml")
    assert _body(result.articles[0]) == [JAPANESE]
    assert result.articles[0].outlet == "Kyodo News"  # the sender, named as the outlet list spells it


def test_japanese_text_file_in_iso_2022_jp_is_decoded():
    text = f"北朝鮮、ロシアに追加派兵か\n\n{JAPANESE}\n\n合同参謀本部は、北朝鮮が自走砲や多連装ロケット砲も追加で送ったと分析している。\n"
    result = _normalise(text.encode("iso2022_jp"))
    assert result.encoding == "iso2022_jp"
    assert JAPANESE in _body(result.articles[0])


def test_terminal_colour_codes_are_still_stripped():
    result = _normalise(f"Troops return\n\n\x1b[31m{LEDE}\x1b[0m\n\n{PARA}\n")
    assert _body(result.articles[0]) == [LEDE, PARA]


def test_mail_whose_plain_part_is_a_stub_is_read_from_its_html_part():
    html = f"<html><body><h1>The Kursk week</h1><p>{LEDE}</p><p>{PARA}</p><p>{CLOSING}</p></body></html>"
    message = (
        "From: Korea Pro Weekly <koreapro@substack.com>\nTo: me@example.com\nSubject: The Kursk week\n"
        "Date: Sun, 09 Mar 2025 22:01:43 +0000\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b\"\n\n"
        "--b\nContent-Type: text/plain; charset=UTF-8\n\nView this post on the web at https://example.com/p/kursk\n\n"
        f"{LEDE}\n\n--b\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
        f"{base64.encodebytes(html.encode()).decode()}\n--b--\n"
    )
    body = _body(_normalise(message, "issue.eml").articles[0])
    assert body[-3:] == [LEDE, PARA, CLOSING]


def test_mail_with_a_full_plain_part_keeps_the_plain_part():
    html = f"<html><body><p>{LEDE}</p><p>{PARA}</p><p>Advertisement</p></body></html>"
    message = (
        "From: Desk <desk@example.com>\nTo: me@example.com\nSubject: Kursk\nDate: Sun, 09 Mar 2025 22:01:43 +0000\n"
        "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b\"\n\n"
        f"--b\nContent-Type: text/plain; charset=UTF-8\n\n{LEDE}\n\n{PARA}\n\nPlain part only.\n\n"
        f"--b\nContent-Type: text/html; charset=UTF-8\n\n{html}\n--b--\n"
    )
    assert "Plain part only." in _body(_normalise(message, "issue.eml").articles[0])


# --- Wire and forum markup ------------------------------------------------------------------------


def test_anpa_wire_copy_loses_its_marks_and_service_lines():
    text = (
        "BC-AS--Koreas-Russia-Troops, 2nd Ld-Writethru\n"
        "^South Korea says North Korean troops suffered heavy losses in Kursk<\n^By HYUNG-JIN KIM<\n^Associated Press<\n\n"
        f"SEOUL, South Korea (AP) _ {LEDE}\n\n{PARA}\n\n(MORE)\nAP-WF-01-13-25 0412GMT<\n"
        "BC-AS--Koreas-Russia-Troops, 2nd Ld-Writethru, a0123,0350\nSeoul: heavy losses, 2nd take\n"
        f"^{CLOSING}<\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "South Korea says North Korean troops suffered heavy losses in Kursk"
    assert article.author == "HYUNG-JIN KIM"
    assert _body(article)[1:] == [PARA, CLOSING]
    service = "\n".join(_removed(result, "wire-service-line"))
    assert "(MORE)" in service and "2nd take" in service and "a0123" in service


def test_a_caret_at_the_start_of_one_line_is_no_wire_markup():
    result = _normalise(f"Exponents\n\n^ marks a power in {LEDE}<\n\n{PARA}\n")
    assert "anpa-reduced" not in result.repairs


def test_bbcode_post_gives_its_title_byline_and_text_without_tags():
    text = (
        "[size=5][b]North Korean shells are failing in the field, Ukrainian gunners say[/b][/size]\n\n"
        "By [b]Evil Author[/b]\nPosted: 14 Feb 2025, 22:10\n\n"
        f"[quote]{LEDE}[/quote]\n\nThat was reported by [url=https://www.example.com/interview]a Ukrainian outlet[/url] this week.\n\n"
        f"{PARA}\n\n[img]https://i.imgur.com/shells.jpg[/img]\n[i]Photo: captured ammunition crates, via Telegram[/i]\n\n"
        f"{CLOSING}\n\n[color=gray]Last edited by Evil Author on 15 Feb 2025, 08:02, edited 1 time in total.[/color]\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "North Korean shells are failing in the field, Ukrainian gunners say"
    assert article.author == "Evil Author"
    assert _body(article) == [LEDE, "That was reported by a Ukrainian outlet this week.", PARA, CLOSING]
    assert _kinds(article)["caption"] == ["Photo: captured ammunition crates, via Telegram"]
    assert _removed(result, "image") == ["https://i.imgur.com/shells.jpg"]
    assert _removed(result, "forum-chrome")


def test_capitalised_credit_under_a_paragraph_still_captions_nothing_but_credits():
    text = f"Troops return\n\n{LEDE}\n\nShell casings near Kupiansk\nPhoto: Oleh Petrasiuk\n\n{PARA}\n"
    kinds = _kinds(_normalise(text).articles[0])
    assert kinds["credit"] == ["Photo: Oleh Petrasiuk"]


# --- Outliner and AsciiDoc notes ------------------------------------------------------------------


def test_org_task_states_planning_lines_cookies_and_checkboxes_leave_the_text():
    text = (
        "#+TITLE: Kursk deployment notes\n#+AUTHOR: Analyst desk\n#+TODO: TODO CHASE | DONE\n\n"
        "* TODO Casualty figures\n  DEADLINE: <2025-02-28 Fri>\n" + LEDE + "\n\n"
        "* DONE Shell shipments [2/2]\n  CLOSED: [2025-02-19 Wed 16:40]\n- [X] NIS: more than 20,000 containers\n- [ ] JCS: 9 million rounds\n\n"
        "** CHASE Ask the ministry about KN-23 numbers :followup:\n" + PARA + "\n\n* NATO reaction\n" + CLOSING + "\n"
    )
    result = _normalise(text, "notes.org")
    kinds = _kinds(result.articles[0])
    assert kinds["heading"] == ["Casualty figures", "Shell shipments", "Ask the ministry about KN-23 numbers", "NATO reaction"]
    assert [LEDE, PARA, CLOSING] == [t for t in kinds["body"] if t in (LEDE, PARA, CLOSING)]
    assert not any("[X]" in t or "[ ]" in t or "DEADLINE" in t or "CLOSED" in t for t in kinds["body"])
    assert len(_removed(result, "markup")) == 3  # the two planning lines and the state declaration


def test_asciidoc_picture_alt_text_is_a_caption_and_an_inline_icon_goes():
    text = (
        "= North Korean troops in Kursk\nIrina Sokolova <isokolova@example.org>\nv1.0, 2025-01-28\n:imagesdir: images\n\n"
        f"== Overview\n\n{LEDE}\n\nimage::kursk-column.jpg[North Korean infantry advancing near Plekhovo, December 2024,640,480]\n\n"
        f"image:drone-icon.png[Drone icon,24] {PARA}\n\nimage::chart.png[]\n\n{CLOSING}\n"
    )
    result = _normalise(text, "notes.adoc")
    kinds = _kinds(result.articles[0])
    assert kinds["caption"] == ["North Korean infantry advancing near Plekhovo, December 2024"]
    assert kinds["body"] == [LEDE, PARA, CLOSING]
    assert _removed(result, "image") == ["kursk-column.jpg", "image:drone-icon.png[Drone icon,24]"]


# --- Page widgets and newsletter chrome -----------------------------------------------------------


def test_list_of_people_in_the_story_stops_above_the_byline():
    text = (
        "Yahoo News\n\nKim vows support for Russia as troops return to Kursk\n\nIn this article:\nKim Jong Un\nVladimir Putin\n\n"
        f"By Josh Smith\n\nSEOUL (Reuters) - {LEDE}\n\n{PARA}\n\nStory continues\n\n{CLOSING}\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.author == "Josh Smith"
    assert _body(article)[1:] == [PARA, CLOSING]
    assert _removed(result, "advertisement") == ["Story continues"]


def test_suggested_topics_and_the_author_box_under_a_story_go_to_the_end():
    text = (
        f"Ukraine says it captured two North Korean soldiers\n\nBy Tom Balmforth\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n\n"
        "Suggested Topics:\nEurope\nUkraine\n\nTom Balmforth\nThomson Reuters\n"
        "Tom Balmforth is a Moscow-based correspondent covering Russia, Ukraine and Belarus.\n"
    )
    result = _normalise(text)
    assert _body(result.articles[0]) == [LEDE, PARA, CLOSING]
    assert "Moscow-based" in _removed(result, "related-stories")[0]


def test_newsletter_sponsor_block_forward_prompt_and_russian_unsubscribe_are_furniture():
    text = (
        f"Brussels Playbook\n\n{LEDE}\n\nSPONSORED CONTENT: Discover how Europe's defence industry is scaling up production.\n\n"
        f"{PARA}\n\nForwarded this email? Sign up here to get Brussels Playbook in your inbox every morning.\n\n{CLOSING}\n\n"
        "Вы получили это письмо, потому что подписаны на рассылку \"Новая газета Европа\".\n"
        "Отписаться: https://example.eu/unsubscribe\n"
    )
    result = _normalise(text)
    assert _body(result.articles[0]) == [LEDE, PARA, CLOSING]
    assert _removed(result, "advertisement") and len(_removed(result, "newsletter-signup")) == 2


def test_german_further_reading_box_and_cyrillic_inline_pointer_leave_the_story_whole():
    german = (
        f"Nordkoreanische Soldaten kehren an die Front zurück\n\n{LEDE}\n\n{PARA}\n\nLesen Sie mehr zum Thema\n"
        "Russland: Putin dankt Kim für brüderliche Hilfe\nUkraine: Selenskij bietet Austausch von Gefangenen an\n\n"
        f"{CLOSING}\n\nZur SZ-Startseite\n"
    )
    result = _normalise(german)
    assert _body(result.articles[0]) == [LEDE, PARA, CLOSING]
    assert "Putin dankt" in _removed(result, "related-stories")[0]
    ukrainian = f"Військові КНДР повернулися\n\n{LEDE}\n\nЧитайте також: Зеленський запропонував обміняти полонених\n\n{PARA}\n"
    result = _normalise(ukrainian)
    assert _body(result.articles[0]) == [LEDE, PARA]
    assert _removed(result, "related-link")


def test_a_heading_about_reading_is_not_a_related_pointer():
    text = f"Troops return\n\n{LEDE}\n\nRead more about the deployment in our explainer, which is updated daily and free to read.\n\n{PARA}\n"
    body = _body(_normalise(text).articles[0])
    assert "Read more about the deployment" in body[1]


# --- Headlines, decks and bylines -----------------------------------------------------------------


def test_six_word_deck_under_a_one_line_outlet_and_short_year_stamp_is_the_deck_not_the_title():
    text = (
        "Newsweek | 03/04/25 at 9:00 AM EST |\n\nNorth Korea's Kursk Losses Mapped\n\n"
        f"Pyongyang's soldiers paid a steep price\n\nBy Brendan Cole\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n"
    )
    article = _normalise(text).articles[0]
    assert article.title == "North Korea's Kursk Losses Mapped"
    assert article.dek == "Pyongyang's soldiers paid a steep price"
    assert (article.outlet, article.author) == ("Newsweek", "Brendan Cole")
    assert article.published in ("2025-03-04", "2025-04-03") and article.published_raw == "03/04/25"


def test_a_two_digit_year_without_a_clock_time_is_no_date():
    text = f"Scores\n\nThe vote went 12/10/25 in favour, officials said on the record.\n\n{LEDE}\n\n{PARA}\n"
    assert _normalise(text).articles[0].published is None


def test_short_deck_in_a_page_is_the_deck_when_the_picture_follows_it():
    html = (
        "<html><head><title>Shells to Russia</title></head><body><article><h1>North Korea shipped 12,000 containers of shells to Russia</h1>"
        "<p class='dek'>Intelligence points to expanding arms pipeline</p><figure><img src='a.jpg'>"
        "<figcaption>Artillery shells at a depot in an undated photo.</figcaption></figure>"
        f"<p>{LEDE}</p><p>{PARA}</p><p>{CLOSING}</p></article></body></html>"
    )
    article = _normalise(html, "page.html").articles[0]
    assert article.dek == "Intelligence points to expanding arms pipeline"
    assert _body(article) == [LEDE, PARA, CLOSING]


def test_a_short_sub_heading_over_its_section_stays_a_heading():
    text = f"Kursk losses mount\n\n{LEDE}\n\nWhat the figures say now\n\n{PARA}\n\n{CLOSING}\n"
    kinds = _kinds(_normalise(text).articles[0])
    assert "dek" not in kinds
    assert kinds["heading"] == ["What the figures say now"]


def test_name_over_outlet_is_the_byline_and_the_short_deck_stays_under_the_headline():
    text = (
        "North Korean troops 'back in action' in Kursk\n\nSoldiers had been pulled back after heavy losses\n\n"
        f"Share\nSave\nLaura Gozzi\nBBC News\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n"
    )
    article = _normalise(text).articles[0]
    assert article.title == "North Korean troops 'back in action' in Kursk"
    assert article.dek == "Soldiers had been pulled back after heavy losses"
    assert (article.author, article.outlet) == ("Laura Gozzi", "BBC News")


def test_section_bar_one_item_a_line_and_a_running_story_label_leave_the_headline_the_title():
    text = (
        "World\nEurope\nUS news\nClimate crisis\nMiddle East\nUkraine\n\nUkraine war\nThis article is more than 1 month old\n"
        "North Korean soldier captured in Kursk says he did not know he was going to war\n"
        "Prisoner interviewed by Ukraine's SBU says he thought he was being sent to Russia for training\n\n"
        f"Shaun Walker in Kyiv\nSun 12 Jan 2025 15.44 GMT\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "North Korean soldier captured in Kursk says he did not know he was going to war"
    assert _body(article) == [LEDE, PARA, CLOSING]
    assert _removed(result, "section-menu") == ["World\nEurope\nUS news\nClimate crisis\nMiddle East\nUkraine"]
    assert _removed(result, "timestamp")


def test_site_name_over_the_headline_is_the_masthead():
    text = (
        "Yahoo News\nNorth Korea's Kim vows 'unconditional support' for Russia as troops return to Kursk\nReuters\n"
        f"Updated Wed, March 12, 2025 at 2:31 AM GMT+1·2 min read\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n"
    )
    article = _normalise(text).articles[0]
    assert article.title.startswith("North Korea's Kim vows")
    assert article.published == "2025-03-12"


def test_german_byline_under_a_teaser_and_a_time_in_uhr_name_no_outlet():
    text = (
        "Süddeutsche Zeitung\nPolitik » Russland\n\nNordkoreanische Soldaten kehren an die Front zurück\n\n11. März 2025, 17:04 Uhr\n\n"
        "Nach Wochen der Ruhe kämpfen Kim Jong-uns Truppen wieder in der Region Kursk. Die Verluste sind hoch.\n\n"
        f"Von Thomas Kirchner\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n"
    )
    article = _normalise(text).articles[0]
    assert (article.outlet, article.author, article.published) == ("Süddeutsche Zeitung", "Thomas Kirchner", "2025-03-11")


def test_korean_byline_under_the_headline_and_a_triangle_caption():
    lede = "우크라이나 정보당국은 러시아 쿠르스크 지역에 파병된 북한군 가운데 4천 명 이상이 죽거나 다쳤다고 밝혔다. 정보총국은 북한군이 다시 전투에 투입됐다고 설명했다."
    para = "국가정보원은 앞서 북한군 사망자를 약 300명, 부상자를 약 2천700명으로 추산한 바 있다. 정부 관계자는 드론 대응 능력이 향상되고 있다고 말했다."
    caption = "▲ 우크라이나 특수작전군이 공개한 영상 속 북한군 모습. 우크라이나 특수작전군 제공"
    text = f"북한군 사상자 4천명 넘어\n\n입력 2025-03-05 06:00\n\n김민수 기자 kimms@hankookilbo.com\n\n{lede}\n\n{caption}\n\n{para}\n"
    article = _normalise(text.encode("cp949")).articles[0]
    assert article.author == "김민수"
    assert _kinds(article)["caption"] == [caption]
    assert _body(article) == [lede, para]


def test_korean_role_leaves_the_author_a_page_gives():
    html = (
        "<html><head><meta name='author' content='김지헌 기자'><title>북한군 사상자</title></head><body><article><h1>북한군 사상자</h1>"
        f"<p>{LEDE}</p><p>{PARA}</p></article></body></html>"
    )
    assert _normalise(html, "page.html").articles[0].author == "김지헌"


def test_cyrillic_photo_label_is_a_credit_and_a_document_kind_is_no_outlet():
    text = f"Військові КНДР повернулися\n\n{LEDE}\n\nФото: ССО\n\n{PARA}\n"
    assert _kinds(_normalise(text).articles[0])["credit"] == ["Фото: ССО"]
    text = f"North Korean Forces in Kursk: An Initial Assessment\nBriefing note, 20 January 2025\n\n{LEDE}\n\n{PARA}\n"
    article = _normalise(text).articles[0]
    assert article.outlet is None and article.published == "2025-01-20"


def test_japanese_date_line_with_its_update_note_is_the_header():
    text = f"北朝鮮兵、前線に再投入\n\n2025/3/6 18:30（最終更新 3/6 19:02）\n\n{JAPANESE}\n\n{JAPANESE}\n"
    result = _normalise(text)
    assert result.articles[0].published == "2025-03-06"
    assert not any("最終更新" in p.text for p in result.articles[0].passages)


def test_feed_item_figure_caption_is_a_caption():
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>NK News</title><item><title>Fresh troops</title>'
        "<description><![CDATA[<figure><img src='k.jpg'/><figcaption>North Korean soldiers in a video released by "
        f"Ukraine's military | Photo: SSO Ukraine</figcaption></figure><p>{LEDE}</p><p>{PARA}</p>]]></description>"
        "</item></channel></rss>"
    )
    article = _normalise(feed, "feed.xml").articles[0]
    assert _kinds(article)["caption"][0].startswith("North Korean soldiers in a video")
    assert _body(article) == [LEDE, PARA]


# --- Paged text -----------------------------------------------------------------------------------


def test_running_header_under_a_page_rule_and_a_possessive_title_are_read_right():
    page = "                    INTERNATIONAL CRISIS GROUP\n              North Korea's War in Europe · Briefing N°198\n\n"
    text = (
        f"{page}North Korea's War in Europe\nAsia Briefing N°198 | 27 February 2025\n\n{LEDE}\n\n{PARA}\n\n"
        f"                                                   Page 1\n{'─' * 60}\n{page}{CLOSING}\n\n"
        "                                                   Page 2\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "North Korea's War in Europe" and article.author is None
    assert _body(article) == [LEDE, PARA, CLOSING]
    assert len(_removed(result, "running-header")) == 2 and _removed(result, "separator")


def test_facing_pages_running_lines_go_and_a_words_ending_rejoins_it():
    rule = "THE RUSSIA–NORTH KOREA ARMS PIPELINE\n\n"
    text = (
        "SIPRI Commentary                                                          2\n" + rule
        + "Satellite imagery analysed by re-\nsearchers at the Royal United Services Insti-\ntute shows a sharp rise in rail traffic at the\n"
        "border crossing from September 2023 onwards.\n\n\n"
        "   3                                                     Lucie Béraud-Sudreau\n" + rule
        + "The troop deployment that followed in Octo-\nber 2024 marked a qualitative change, ac-\ncording to Ukrain-\nian estimates.\n\n"
        "SIPRI Commentary                                                          4\n" + rule
        + "In return, North Korea is believed to have re-\nceived oil, food and air-defence systems.\n"
    )
    result = _normalise(text)
    body = " ".join(_body(result.articles[0]))
    assert "SIPRI" not in body and "Béraud" not in body and "PIPELINE" not in body
    assert "Royal United Services Institute shows" in body and "Ukrainian estimates" in body
    assert len(_removed(result, "running-header")) == 3
