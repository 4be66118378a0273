"""Blind round 4: chat exports, press releases, API JSON, paged text without form feeds, letters."""

from __future__ import annotations

import json

from store.models import PassageKind
from store.normalise import normalise_bytes
from normalise_samples import LONG_1, LONG_2, LONG_3, normalise_text, passage_texts
from store.normalise.chat_logs import chat_log_lines
from store.normalise.pages import inferred_page_breaks



def _all_removed_text(result) -> str:
    return "\n".join(r.text for r in result.removed)


# --- Chat exports ----------------------------------------------------------


def test_bracketed_chat_export_gives_one_article_per_message_signed_by_its_sender() -> None:
    text = "\n".join(
        [
            f"[12/11/2024, 09:14:03] Olena Kovalenko: {LONG_1}",
            f"[12/11/2024, 09:21:10] Minho Park: {LONG_2}",
            "[12/11/2024, 09:22:02] Minho Park: \u200eimage omitted",
            f"[12/11/2024, 09:30:55] Dan Whitfield: {LONG_3}",
            "A second line of the same message, with more detail from the briefing room.",
        ]
    )
    result = normalise_text(text)
    assert [a.author for a in result.articles] == ["Olena Kovalenko", "Minho Park", "Dan Whitfield"]
    assert all(a.outlet is None for a in result.articles)  # a person in a chat is no outlet
    assert all(a.published == "2024-11-12" and a.date_ambiguous for a in result.articles)
    assert passage_texts(result.articles[0]) == [LONG_1]
    assert passage_texts(result.articles[2])[-1].startswith("A second line of the same message")
    removed = {(r.reason, r.text) for r in result.removed}
    assert ("chat-system", "[12/11/2024, 09:22:02] Minho Park: image omitted") in removed
    assert sum(1 for reason, _ in removed if reason == "metadata-header") == 3  # every stamp line is in the audit
    assert any(r.startswith("chat-log x3") for r in result.repairs)


def test_dashed_chat_export_drops_app_notices_into_the_audit() -> None:
    text = "\n".join(
        [
            "12/11/24, 9:02 AM - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
            '12/11/24, 9:03 AM - Sasha Morozova created group "Desk"',
            f"12/11/24, 9:05 AM - Sasha Morozova: {LONG_1}",
            "12/11/24, 9:12 AM - Sasha Morozova: <Media omitted>",
            f"12/11/24, 10:41 PM - Tom Becker: {LONG_2}",
        ]
    )
    result = normalise_text(text)
    assert [a.author for a in result.articles] == ["Sasha Morozova", "Tom Becker"]
    system = [r.text for r in result.removed if r.reason == "chat-system"]
    assert len(system) == 3
    assert any("end-to-end encrypted" in s for s in system)
    assert any("<Media omitted>" in s for s in system)
    body = "\n".join(p for a in result.articles for p in passage_texts(a))
    assert "Media omitted" not in body and "created group" not in body
    # The audit shows each stamp and sender as the export wrote them.
    headers = [r.text for r in result.removed if r.reason == "metadata-header"]
    assert headers == ["12/11/24, 9:05 AM - Sasha Morozova:", "12/11/24, 10:41 PM - Tom Becker:"]


def test_member_message_that_sounds_like_an_app_notice_is_kept() -> None:
    text = "\n".join(
        [
            f"[12/11/2024, 09:14:03] Olena Kovalenko: {LONG_1}",
            "[12/11/2024, 09:15:00] Minho Park: Russia left 200 vehicles behind near Sudzha",
            "[12/11/2024, 09:16:00] Minho Park: NATO added Pyongyang to the agenda",
            "[12/11/2024, 09:17:00] Olena Kovalenko: Minho Park left",
        ]
    )
    result = normalise_text(text)
    passages = [p for a in result.articles for p in passage_texts(a)]
    assert "Russia left 200 vehicles behind near Sudzha" in passages
    assert [r.text for r in result.removed if r.reason == "chat-system"] == ["[12/11/2024, 09:17:00] Olena Kovalenko: Minho Park left"]
    assert "NATO added Pyongyang to the agenda" not in _all_removed_text(result)


def test_an_article_quoting_one_chat_line_is_not_a_chat_export() -> None:
    lines = [
        "Messages leaked to reporters show how the deployment was discussed.",
        "",
        f"[12/11/2024, 09:14:03] Olena Kovalenko: {LONG_1}",
        "",
        "The exchange continued for another hour, according to people who have seen the full log of the group.",
        "",
        "Officials in Kyiv declined to comment on the messages, citing the security of the sources involved in the case.",
    ]
    assert chat_log_lines(lines, "\n".join(lines)) is None


def test_two_digit_year_post_stamp_is_flagged_ambiguous_when_day_and_month_can_swap() -> None:
    from store.normalise.posts import parse_post_header

    sender, date = parse_post_header("[05/11/24, 9:14 AM] Desk:")  # type: ignore[misc]
    assert sender == "Desk" and date.ambiguous and {date.iso, date.alternative} == {"2024-11-05", "2024-05-11"}
    _, firm = parse_post_header("[18/12/24, 9:14 AM] Desk:")  # type: ignore[misc]
    assert firm.iso == "2024-12-18" and not firm.ambiguous


# --- Header lines: places, issue numbers, "X by Name" -----------------------


def test_place_before_a_date_is_the_dateline_not_the_outlet() -> None:
    text = f"Japan protests treaty ratification\nTokyo, 10 November 2024 — By Haruka Sato\n\n{LONG_1}\n\n{LONG_2}\n"
    article = normalise_text(text).articles[0]
    assert article.outlet is None
    assert article.dateline == "Tokyo"
    assert article.author == "Haruka Sato"
    assert article.published == "2024-11-10"


def test_outlet_with_a_publication_word_before_a_date_stays_the_outlet() -> None:
    text = f"Japan protests treaty ratification\nPacific Times, 10 November 2024\n\n{LONG_1}\n\n{LONG_2}\n"
    article = normalise_text(text).articles[0]
    assert article.outlet == "Pacific Times"
    assert article.dateline is None


def test_newsletter_issue_number_is_no_outlet() -> None:
    text = f"THE WEEKLY BRIEF\nIssue #42 · Friday, 15 November 2024\n\n{LONG_1}\n\n{LONG_2}\n"
    article = normalise_text(text).articles[0]
    assert article.outlet is None
    assert article.published == "2024-11-15"
    assert any(r.reason == "metadata-header" and "Issue #42" in r.text for r in normalise_text(text).removed)


def test_note_signed_by_name_gives_the_author_not_an_outlet() -> None:
    text = f"Field log\n\n[2024-11-18 07:12] Monitoring note by R. Kaplan\n\n{LONG_1}\n\n{LONG_2}\n"
    article = normalise_text(text).articles[0]
    assert article.author == "R. Kaplan"
    assert article.outlet is None


def test_byline_in_a_place_is_no_outlet() -> None:
    text = f"Seoul says air defences were sent\nAuthor: Justin McCurry in Tokyo\n\n{LONG_1}\n\n{LONG_2}\n"
    article = normalise_text(text).articles[0]
    assert article.author == "Justin McCurry"
    assert article.outlet is None


# --- Press releases, transcripts, letters ------------------------------------


def test_press_release_issuer_is_the_outlet_and_the_headline_is_the_title() -> None:
    text = "\n".join(
        [
            "FOR IMMEDIATE RELEASE",
            "",
            "Issued by: Ministry of Foreign Affairs of Ruritania",
            "Strelsau, 4 November 2024",
            "",
            "Foreign ministers condemn deployment of troops",
            "",
            LONG_1,
            "",
            LONG_2,
            "",
            "Media contact:",
            "Press Office, tel. +00 5 236 2516",
            "",
            "###",
        ]
    )
    result = normalise_text(text)
    article = result.articles[0]
    assert article.outlet == "Ministry of Foreign Affairs of Ruritania"
    assert article.title == "Foreign ministers condemn deployment of troops"
    assert article.dateline == "Strelsau"
    assert article.published == "2024-11-04"
    assert "Issued by: Ministry of Foreign Affairs of Ruritania" in _all_removed_text(result)


def test_issuing_body_above_a_transcript_is_its_outlet() -> None:
    text = f"DEPARTMENT OF DEFENCE OF RURITANIA\nTRANSCRIPT\n\nSpokesperson Holds a Press Briefing\nNov. 4, 2024\n\n{LONG_1}\n\n{LONG_2}\n"
    article = normalise_text(text).articles[0]
    assert article.outlet == "DEPARTMENT OF DEFENCE OF RURITANIA"
    assert article.title == "Spokesperson Holds a Press Briefing"


def test_two_sentence_line_in_a_transcript_is_not_a_heading() -> None:
    text = f"Briefing\n\n{LONG_1}\n\nWith that, I'll take your questions. Lita?\n\n{LONG_2}\n"
    article = normalise_text(text).articles[0]
    line = next(p for p in article.passages if p.text.startswith("With that"))
    assert line.kind == PassageKind.BODY


def test_letter_greeting_and_signature_are_removed_and_the_signer_is_the_author() -> None:
    text = "\n".join(["Update from the press service", "", "Dear colleagues,", "", LONG_1, "", LONG_2, "", LONG_3, "", "Best regards,", "Anna Lindqvist", "Press officer"])
    result = normalise_text(text)
    article = result.articles[0]
    assert passage_texts(article) == [LONG_1, LONG_2, LONG_3]
    reasons = {r.reason: r.text for r in result.removed}
    assert reasons["salutation"] == "Dear colleagues,"
    assert reasons["sign-off"] == "Best regards,\nAnna Lindqvist\nPress officer"
    assert article.author == "Anna Lindqvist"


def test_sign_off_never_takes_a_longer_forwarded_text_with_it() -> None:
    forwarded = [LONG_2, "", LONG_3, "", LONG_1 + " More text follows here to make it longer."]
    text = "\n".join(["Note", "", LONG_1, "", "Best regards,", "Tom", "", *forwarded])
    passages = [p for a in normalise_text(text).articles for p in passage_texts(a)]
    assert LONG_3 in passages and LONG_2 in passages


def test_newsletter_share_row_and_closing_are_furniture() -> None:
    text = "\n".join(
        [
            "THE WEEKLY BRIEF",
            "",
            "Hi everyone,",
            "",
            LONG_1,
            "",
            LONG_2,
            "",
            "That's all for this week. Thanks for reading!",
            "— Eun-ji Choi",
            "",
            "Share this newsletter: Twitter | Facebook | LinkedIn",
        ]
    )
    result = normalise_text(text)
    assert passage_texts(result.articles[0]) == [LONG_1, LONG_2]
    removed = _all_removed_text(result)
    assert "Share this newsletter: Twitter | Facebook | LinkedIn" in removed
    assert "Thanks for reading!" in removed and "Hi everyone," in removed
    assert result.articles[0].author == "Eun-ji Choi"


def test_share_prices_sentence_is_not_a_share_prompt() -> None:
    text = f"Markets\n\n{LONG_1}\n\nShare prices of defence firms rose 3% on Monday.\n\n{LONG_2}\n"
    assert "Share prices of defence firms rose 3% on Monday." in passage_texts(normalise_text(text).articles[0])


# --- API JSON with prefixed keys and nested fields ---------------------------


def test_api_export_with_prefixed_keys_and_nested_fields_is_read() -> None:
    doc = {
        "response": {
            "status": "ok",
            "results": [
                {
                    "webTitle": "Seoul says Pyongyang got air defences",
                    "webPublicationDate": "2024-11-20T06:00:12Z",
                    "webUrl": "https://news.example/a",
                    "fields": {"byline": "Jane Roe in Tokyo", "bodyText": LONG_1 + " " + LONG_2, "trailText": "Short teaser"},
                },
                {
                    "webTitle": "Kyiv reports first casualties",
                    "webPublicationDate": "2024-11-25T18:30:00Z",
                    "fields": {"byline": "John Doe", "bodyText": LONG_3, "trailText": "Teaser"},
                },
            ],
        }
    }
    result = normalise_text(json.dumps(doc, indent=2), ".json")
    assert [a.title for a in result.articles] == ["Seoul says Pyongyang got air defences", "Kyiv reports first casualties"]
    assert [a.author for a in result.articles] == ["Jane Roe", "John Doe"]
    assert [a.published for a in result.articles] == ["2024-11-20", "2024-11-25"]
    assert result.articles[0].outlet is None  # "in Tokyo" is where she writes from
    assert LONG_1 in " ".join(passage_texts(result.articles[0]))


def test_real_key_wins_over_an_alias() -> None:
    doc = [{"title": "Real title", "webTitle": "Alias title", "content": LONG_1}, {"title": "Second", "content": LONG_2}]
    result = normalise_text(json.dumps(doc), ".json")
    assert result.articles[0].title == "Real title"


# --- Paged text without form feeds -------------------------------------------


def _paged(footer: str) -> str:
    para = (
        "Partners should expand maritime interdiction, share satellite intelligence on rail movements and\n"
        "coordinate secondary sanctions on the shipping companies involved in the trade with the North,\n"
        "analysts at the centre wrote in their assessment of the deliveries made so far in the year.\n"
    )
    cut = (
        "Most deliveries move by sea from the northern port to the Russian port of Dunai and onward by\n"
        "rail to depots near the front, which satellite images of the rail yards show in some detail, and\n"
    )
    return (
        "Arms Pipeline to Russia\n\n" + para + "\n" + cut + footer.format(n=1) + "\n" + "the traffic has grown every month since October last year, the authors found.\n\n"
        + para + "\n" + footer.format(n=2) + "\n" + para
    )


def test_running_footer_with_page_numbers_is_removed_and_the_cut_paragraph_rejoined() -> None:
    text = _paged("Centre Policy Brief 17 | December 2024                                  {n}")
    result = normalise_text(text)
    assert len(result.articles) == 1
    assert [r.reason for r in result.removed].count("running-header") == 2
    body = passage_texts(result.articles[0])
    assert not any("Policy Brief" in p for p in body)
    assert any("in some detail, and the traffic has grown every month" in p for p in body)
    assert any(r.startswith("page-breaks-inferred") for r in result.repairs)


def test_page_of_lines_mark_page_breaks() -> None:
    breaks = inferred_page_breaks(["Title", "", "text one", "Page 1 of 3", "text two", "", "Page 2 of 3", "text three"])
    assert breaks is not None and breaks[0] == {3, 4, 6, 7} and breaks[2] == 2


def test_counted_lines_that_do_not_count_up_are_no_page_numbers() -> None:
    lines = ["Title", "", "Casualties in week 3", "text", "Casualties in week 7", "text", "Day 1", "Day 2"]
    assert inferred_page_breaks(lines) is None


def test_title_broken_after_its_colon_is_one_title() -> None:
    text = f"North Korea's Arms Pipeline to Russia:\nVolumes, Routes and Consequences\n\n{LONG_1}\n\n{LONG_2}\n"
    article = normalise_text(text).articles[0]
    assert article.title == "North Korea's Arms Pipeline to Russia: Volumes, Routes and Consequences"
    assert passage_texts(article) == [LONG_1, LONG_2]


# --- HTML ordered lists that start past 1 ------------------------------------


def test_ordered_list_start_attribute_survives_extraction() -> None:
    html = (
        "<html><head><title>Requests</title></head><body><article><h1>Requests to partners</h1>"
        f"<p>{LONG_1}</p><ol><li>first request for shells;</li><li>second request for drones.</li></ol>"
        f"<p>{LONG_2}</p><ol start=\"3\"><li>long-range strikes on training camps;</li><li>more air defence systems.</li></ol>"
        f"<p>{LONG_3}</p></article></body></html>"
    )
    passages = passage_texts(normalise_text(html, ".html").articles[0])
    assert "1. first request for shells;" in passages
    assert "3. long-range strikes on training camps;" in passages
    assert "4. more air defence systems." in passages


# --- Korean wire copy --------------------------------------------------------


def test_korean_wire_dateline_gives_wire_reporter_and_sent_time() -> None:
    body1 = "(서울=연합뉴스) 김민수 기자 = 국가정보원은 13일 북한이 러시아에 파병한 병력이 약 1만2천 명에 이르는 것으로 추정된다고 밝혔다."
    body2 = "국정원은 이날 국회 정보위원회에 출석해 북한군 일부가 쿠르스크 지역 전선에 투입된 것으로 보인다고 보고했다."
    text = f'북한군 파병 규모 1만2천명 추정…국정원 "일부 전선 투입"\n\n{body1}\n\n{body2}\n\n2024/11/13 15:20 송고\n'
    result = normalise_bytes(text.encode("cp949"), "k.txt")
    article = result.articles[0]
    assert article.title.startswith("북한군 파병 규모")
    assert article.title not in passage_texts(article)  # a caseless headline is still the title, not a passage
    assert article.author == "김민수"
    assert article.outlet == "Yonhap" and article.dateline == "서울"
    assert article.published == "2024-11-13"
    assert "2024/11/13 15:20 송고" in _all_removed_text(result)


# --- Second batch: feeds' ordered lists, phone-number senders, Russian datelines and letters ----


def test_feed_item_ordered_list_keeps_its_numbers() -> None:
    content = (
        f"<p>{LONG_1}</p><ol><li>Cash from the arms sales.</li><li>Technology for satellites.</li></ol>"
        f'<ol start="5"><li>Combat experience.</li><li value="9">Food aid.</li></ol><p>{LONG_2}</p>'
    )
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>Defence Notes</title><link>https://notes.example</link><description>d</description>"
        f"<item><title>What Pyongyang gains</title><link>https://notes.example/a</link><pubDate>Mon, 02 Dec 2024 09:00:00 +0000</pubDate>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded></item></channel></rss>"
    )
    passages = passage_texts(normalise_text(feed, ".xml").articles[0])
    assert "1. Cash from the arms sales." in passages
    assert "2. Technology for satellites." in passages
    assert "5. Combat experience." in passages
    assert "9. Food aid." in passages


def test_chat_sender_given_as_phone_number_opens_a_message() -> None:
    text = "\n".join(
        [
            f"[2024-12-18 09:14] Lena: {LONG_1}",
            f"[2024-12-18 09:20] +44 7700 900123: {LONG_2}",
            "[2024-12-18 09:25] Lena: Lena added +44 7700 900456",
        ]
    )
    result = normalise_text(text)
    assert [a.author for a in result.articles] == ["Lena", "+44 7700 900123"]
    assert passage_texts(result.articles[1]) == [LONG_2]
    assert [r.reason for r in result.removed].count("chat-system") == 1


def test_russian_place_and_date_with_year_word_is_a_dateline_header() -> None:
    body1 = "Пресс-секретарь президента России заявил, что сотрудничество Москвы с Пхеньяном является суверенным делом двух стран."
    body2 = "Он отказался подтвердить сообщения о присутствии около 10 тысяч северокорейских военнослужащих в Курской области."
    text = f"Песков: сотрудничество с КНДР суверенное дело России\n\nМосква, 28 октября 2024 года\n\n{body1}\n\n{body2}\n"
    result = normalise_bytes(text.encode("koi8_r"), "r.txt")
    article = result.articles[0]
    assert article.published == "2024-10-28"
    assert article.dateline == "Москва"
    assert article.outlet is None
    assert passage_texts(article) == [body1, body2]


def test_russian_letter_greeting_and_closing_are_furniture() -> None:
    body1 = "МИД Украины сообщил, что северокорейские военные понесли первые потери в Курской области, не менее 200 человек."
    body2 = "В Сеуле эти данные пока не подтвердили, сообщили в разведке Южной Кореи журналистам в пятницу вечером."
    text = f"Потери КНДР\n\nКоллеги,\n\n{body1}\n\n{body2}\n\nС уважением,\nОльга\n"
    result = normalise_text(text)
    assert passage_texts(result.articles[0]) == [body1, body2]
    reasons = [r.reason for r in result.removed]
    assert "salutation" in reasons and "sign-off" in reasons


def test_report_authors_and_month_under_the_title_are_metadata() -> None:
    text = f"Arms Pipeline to Russia\n\nJae-won Lim and Petra Hollis\nDecember 2024\n\n{LONG_1}\n\n{LONG_2}\n"
    result = normalise_text(text)
    article = result.articles[0]
    assert article.author == "Jae-won Lim and Petra Hollis"
    assert article.published == "2024-12"  # the month is all the report gives: no day is made up
    assert passage_texts(article) == [LONG_1, LONG_2]
    assert "Jae-won Lim and Petra Hollis\nDecember 2024" in _all_removed_text(result)


def test_headline_of_names_is_not_taken_for_authors() -> None:
    for headline in ("Putin and Kim", "Kim Jong Un Visits Moscow Again", "THE KOREA-RUSSIA BRIEF", "The Pyongyang Letter"):
        text = f"World\n{headline}\n5 November 2024\n\n{LONG_1}\n\n{LONG_2}\n"
        article = normalise_text(text).articles[0]
        assert article.author is None, headline
