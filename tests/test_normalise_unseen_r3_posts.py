"""Blind round 3: channel exports (Telegram text, JSON and HTML) give one article per post."""

from __future__ import annotations

import json

from store.normalise import normalise_bytes
from store.normalise.posts import parse_post_header

_POST_1 = (
    "Ukrainian special forces say they have captured documents from North Korean soldiers near Plekhovo. "
    "According to the unit, at least 30 North Korean soldiers were killed or wounded in a single assault on Sunday."
)
_POST_2 = (
    "South Korea's spy agency now says at least 100 North Korean soldiers have been killed and about 1,000 "
    "wounded in Kursk since December, lawmakers told reporters after a briefing in Seoul."
)
_POST_3 = "Video: drone footage shows an assault column in the snow. We cannot verify the location independently."

_TEXT_EXPORT = "\n".join(
    [
        "Kursk Front Watch",
        "Channel export, 18.12.2024",
        "",
        "[18.12.24 09:14] Kursk Front Watch:",
        _POST_1,
        "👁 48.2K",
        "",
        "[18.12.24 11:02] Kursk Front Watch:",
        "Forwarded from Military Observer UA",
        _POST_2,
        "👁 61.7K  🔥 1.2K",
        "",
        "[18.12.24 15:40] Kursk Front Watch:",
        _POST_3,
        "",
    ]
)


def test_text_channel_export_gives_one_article_per_post_with_channel_and_date() -> None:
    result = normalise_bytes(_TEXT_EXPORT.encode(), "channel.txt")
    assert [a.passages[0].text for a in result.articles] == [_POST_1, _POST_2, _POST_3]
    assert {a.outlet for a in result.articles} == {"Kursk Front Watch"}
    assert [a.published for a in result.articles] == ["2024-12-18"] * 3
    headers = [r.text for r in result.removed if r.reason == "metadata-header"]
    assert headers == ["[18.12.24 09:14] Kursk Front Watch:", "[18.12.24 11:02] Kursk Front Watch:", "[18.12.24 15:40] Kursk Front Watch:"]
    # The export's own heading is audited, not an article and not lost.
    assert any(r.reason == "outside-article" and "Channel export" in r.text for r in result.removed)


def test_forwarded_post_credits_the_channel_it_came_from() -> None:
    result = normalise_bytes(_TEXT_EXPORT.encode(), "channel.txt")
    assert result.articles[1].credit == "Military Observer UA"
    assert all("Forwarded from" not in p.text for a in result.articles for p in a.passages)
    assert any(r.reason == "forwarded-from" for r in result.removed)


def test_name_first_stamps_and_four_digit_years_are_post_headers_too() -> None:
    text = f"Kursk Front Watch, [18.12.2024 9:14]\n{_POST_1}\n\nKursk Front Watch, [19.12.2024 10:02]\n{_POST_2}\n"
    result = normalise_bytes(text.encode(), "copied.txt")
    assert [a.published for a in result.articles] == ["2024-12-18", "2024-12-19"]
    assert [a.outlet for a in result.articles] == ["Kursk Front Watch", "Kursk Front Watch"]


def test_a_date_line_without_a_time_or_a_single_stamp_splits_nothing() -> None:
    assert parse_post_header("[18.12.2024] Kursk Front Watch:") is None  # no time of day
    assert parse_post_header("Kursk Front Watch") is None
    one_stamp = f"Kursk diary\n\n[18.12.24 09:14] Kursk Front Watch:\n{_POST_1}\n\n{_POST_2}\n"
    assert len(normalise_bytes(one_stamp.encode(), "one.txt").articles) == 1


def test_json_channel_export_messages_become_articles_and_service_messages_are_skipped() -> None:
    messages = [
        {"id": 1, "type": "service", "date": "2024-12-17T20:00:00", "action": "pin_message", "text": ""},
        {"id": 2, "type": "message", "date": "2024-12-18T09:14:00", "from": "Kursk Front Watch",
         "text": ["Ukrainian special forces say they captured documents from ", {"type": "bold", "text": "North Korean soldiers"}, " near Plekhovo. At least 30 were killed or wounded in one assault."]},
        {"id": 3, "type": "message", "date": "2024-12-18T11:02:00", "from": "Kursk Front Watch", "forwarded_from": "Military Observer UA", "text": _POST_2},
        {"id": 4, "type": "message", "date": "2024-12-18T15:40:00", "photo": "photos/photo_1.jpg", "text": ""},
    ]
    data = json.dumps({"name": "Kursk Front Watch", "type": "public_channel", "messages": messages}).encode()
    result = normalise_bytes(data, "result.json", suffix=".json")
    assert len(result.articles) == 2
    first, second = result.articles
    assert first.passages[0].text.startswith("Ukrainian special forces say they captured documents from North Korean soldiers near")
    assert first.published == "2024-12-18" and first.outlet == "Kursk Front Watch"
    assert second.credit == "Military Observer UA" and second.passages[0].text == _POST_2


_HTML_EXPORT = f"""<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title></head><body>
<div class="page_header"><div class="content"><div class="text bold">Kursk Front Watch</div></div></div>
<div class="history">
<div class="message service" id="message-1"><div class="body details">18 December 2024</div></div>
<div class="message default clearfix" id="message2"><div class="pull_left userpic_wrap"><div class="initials">K</div></div>
<div class="body"><div class="pull_right date details" title="18.12.2024 09:14:00 UTC+03:00">09:14</div>
<div class="from_name">Kursk Front Watch</div><div class="text">{_POST_1}</div><div class="signature details">Oleh Marchenko</div></div></div>
<div class="message default clearfix joined" id="message3"><div class="body">
<div class="pull_right date details" title="18.12.2024 11:02:00 UTC+03:00">11:02</div>
<div class="forwarded body"><div class="from_name">Military Observer UA</div><div class="text">{_POST_2}</div></div></div></div>
<div class="message default clearfix joined" id="message4"><div class="body">
<div class="pull_right date details" title="18.12.2024 15:40:00 UTC+03:00">15:40</div>
<div class="media_wrap"><span>00:41</span></div><div class="text">{_POST_3}</div></div></div>
</div></body></html>"""


def test_html_channel_export_is_read_post_by_post_not_as_one_page() -> None:
    result = normalise_bytes(_HTML_EXPORT.encode(), "messages.html", suffix=".html")
    assert [a.passages[0].text for a in result.articles] == [_POST_1, _POST_2, _POST_3]
    assert [a.outlet for a in result.articles] == ["Kursk Front Watch"] * 3  # a joined post keeps the sender above
    assert result.articles[0].author == "Oleh Marchenko"
    assert result.articles[1].credit == "Military Observer UA"
    assert all(a.published == "2024-12-18" for a in result.articles)
    # What stood outside the posts is in the audit.
    audited = {r.text for r in result.removed if r.reason == "html-boilerplate"}
    assert {"18 December 2024", "00:41"} <= audited


def test_an_ordinary_page_that_mentions_messages_is_still_one_article() -> None:
    body = "".join(f"<p>{p}</p>" for p in (_POST_1, _POST_2))
    page = f"<html><head><title>Seoul's message to Pyongyang</title></head><body><article><h1>Seoul's message</h1>{body}</article></body></html>"
    result = normalise_bytes(page.encode(), "page.html", suffix=".html")
    assert len(result.articles) == 1


def test_channel_web_preview_posts_take_their_time_element_and_owner_name() -> None:
    def post(n: int, text: str, when: str) -> str:
        return (
            f'<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="kfw/{n}">'
            '<div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="#"><span>Kursk Front Watch</span></a></div>'
            f'<div class="tgme_widget_message_text js-message_text">{text}</div>'
            f'<div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">48.2K</span>'
            f'<a class="tgme_widget_message_date" href="#"><time datetime="{when}">09:14</time></a></div></div></div>'
        )

    page = f"<html><head><title>Kursk Front Watch – Telegram</title></head><body><section>{post(1, _POST_1, '2024-12-18T09:14:00+00:00')}{post(2, _POST_2, '2024-12-19T11:02:00+00:00')}</section></body></html>"
    result = normalise_bytes(page.encode(), "preview.html", suffix=".html")
    assert [(a.outlet, a.published) for a in result.articles] == [("Kursk Front Watch", "2024-12-18"), ("Kursk Front Watch", "2024-12-19")]
    assert any(r.reason == "html-boilerplate" and r.text == "48.2K" for r in result.removed)
