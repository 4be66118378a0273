"""Blind round 23b, layouts: link-only forum posts, newsletter mails' yearless dates, notes apps' page
properties, a channel export of one post, mail footers spelled out in plain text.

Each case is written as an unseen source would write it; what must hold is the body whole and in order,
the title, outlet, date and author right, furniture left out but on record.
"""

from __future__ import annotations

import pytest
from normalise_samples import PROSE_1, PROSE_2, PROSE_3, body_texts, normalise_named, only_article, removed_texts
from test_normalise_blind23_layouts import _hn_page

# --- a link post: the headline links to the story's own site, and nothing is written under it ----------


def test_a_link_only_forum_post_is_an_article_with_its_headline_and_the_address_it_links_to() -> None:
    result = normalise_named(_hn_page(""), "item.html")
    article = only_article(result)
    assert article.title == "North Korean troops reach Kursk front, Seoul says"
    assert article.url == "https://example.org/kursk"
    assert article.published == "2024-11-04"
    # The comments and the site's bars stay out of the text, on record.
    assert not any("11,000 figure" in p.text or "Hacker News" in p.text for p in article.passages)
    assert "I doubt the 11,000 figure is right; the NIS has overstated these numbers before and nobody checked." in removed_texts(result)


def test_a_link_post_on_another_aggregator_with_its_headline_set_in_a_heading() -> None:
    title = "Pyongyang ships more shells to Russia, Kyiv says"
    page = (
        f"<html><head><title>{title} | Lobsters</title></head><body><header><nav><a href='/'>Home</a> <a href='/recent'>Recent</a>"
        "<a href='/comments'>Comments</a> <a href='/login'>Login</a></nav></header><main><ol class='stories'><li class='story'>"
        f"<div class='details'><span class='link'><a class='u-url' href='https://kyivmonitor.example/shells'>{title}</a></span>"
        "<span class='tags'><a class='tag' href='/t/world'>world</a></span> <a class='domain' href='/domains/kyivmonitor.example'>kyivmonitor.example</a>"
        "<div class='byline'>via <a href='/~jroe'>jroe</a> 5 hours ago | <a href='/s/abc/hide'>hide</a> | <a href='/s/abc'>no comments</a></div></div></li></ol>"
        "</main><footer><a href='/about'>About</a> <a href='/privacy'>Privacy</a></footer></body></html>"
    )
    article = only_article(normalise_named(page, "story.html"))
    assert (article.title, article.url) == (title, "https://kyivmonitor.example/shells")
    # A story page whose headline links to itself keeps its paragraphs: its text is no link post's.
    linked = (
        f"<html><head><title>{title}</title></head><body><article><h1><a href='https://site.example/shells'>{title}</a></h1>"
        f"<p>{PROSE_1}</p><p>{PROSE_2}</p></article></body></html>"
    )
    assert body_texts(only_article(normalise_named(linked, "page.html"))) == [PROSE_1, PROSE_2]


# --- a newsletter's mail: the post's own day without a year, under the writer's bare name -------------

_MAIL_HEAD = (
    "From: Korea Watch <koreawatch@substack.com>\nTo: reader@example.com\nSubject: Units move to Kursk\n"
    "Date: {date}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
)


@pytest.mark.parametrize(
    ("head", "sent", "published"),
    [
        ("Jane Kim\nNov 4", "Wed, 06 Nov 2024 09:00:00 +0000", "2024-11-04"),
        ("JANE KIM\nNOV 4", "Wed, 06 Nov 2024 09:00:00 +0000", "2024-11-04"),
        ("Jane Kim · Nov 4", "Wed, 06 Nov 2024 09:00:00 +0000", "2024-11-04"),
        ("Jane Kim ∙ Dec 30", "Thu, 02 Jan 2025 07:30:00 +0000", "2024-12-30"),  # sent in the new year
    ],
)
def test_a_newsletter_mails_yearless_day_takes_its_year_from_the_mails_date(head: str, sent: str, published: str) -> None:
    mail = _MAIL_HEAD.format(date=sent) + f"Units move to Kursk\n\n{head}\n\n{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = only_article(normalise_named(mail, "issue.eml"))
    assert (article.outlet, article.author, article.published) == ("Korea Watch", "Jane Kim", published)
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]


def test_a_newsletter_mails_html_part_with_a_yearless_day_is_dated_by_the_mail() -> None:
    page = (
        "<html><body><table><tr><td><h1>Units move to Kursk</h1><h3>What Seoul's spies told lawmakers this week</h3>"
        f"<p>Jane Kim</p><p>Nov 4</p><p>{PROSE_1}</p><p>{PROSE_2}</p></td></tr></table></body></html>"
    )
    mail = _MAIL_HEAD.format(date="Wed, 06 Nov 2024 09:00:00 +0000").replace("text/plain", "text/html") + page + "\n"
    article = only_article(normalise_named(mail, "issue.eml"))
    assert (article.author, article.published, article.dek) == ("Jane Kim", "2024-11-04", "What Seoul's spies told lawmakers this week")


def test_a_plain_text_mails_unsubscribe_line_with_its_spelled_out_link_is_no_text() -> None:
    mail = (
        _MAIL_HEAD.format(date="Wed, 06 Nov 2024 09:00:00 +0000")
        + f"{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n\nUnsubscribe https://substack.com/redirect/2/eyJlIjoiaHR0cHM6Ly9rb3JlYXdhdGNo\n"
    )
    result = normalise_named(mail, "issue.eml")
    assert body_texts(only_article(result)) == [PROSE_1, PROSE_2, PROSE_3]
    assert any(text.startswith("Unsubscribe https://") for text in removed_texts(result))


# --- a notes app's export: the page's properties under its title ---------------------------------------


def test_a_notes_apps_page_properties_are_fields_and_its_created_time_dates_it() -> None:
    text = (
        "# Units move to Kursk\n\nCreated: November 4, 2024 9:15 AM\nTags: DPRK, Russia\nStatus: Draft\nAuthor: Jane Roe\n\n"
        f"{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    result = normalise_named(text, "Units move to Kursk 1a2b3c.md")
    article = only_article(result)
    assert (article.title, article.author, article.published) == ("Units move to Kursk", "Jane Roe", "2024-11-04")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert any("Status: Draft" in text for text in removed_texts(result))


# --- a chat app's export of a channel's one post --------------------------------------------------------


def _channel_export(posts: str) -> str:
    return (
        '<html><head><title>Exported Data</title></head><body><div class="page_wrap"><div class="page_header"><div class="content">'
        '<div class="text bold">Rybar in English</div></div></div><div class="page_body chat_page"><div class="history">'
        '<div class="message service" id="message-1"><div class="body details">4 November 2024</div></div>'
        f"{posts}</div></div></div></body></html>"
    )


def _export_post(number: int, time: str, text: str) -> str:
    return (
        f'<div class="message default clearfix" id="message{number}"><div class="pull_left userpic_wrap"><div class="userpic userpic1">'
        '<div class="initials">R</div></div></div><div class="body">'
        f'<div class="pull_right date details" title="04.11.2024 {time}:02 UTC+03:00">{time}</div>'
        f'<div class="from_name">Rybar in English </div><div class="text">{text}</div></div></div>'
    )


def test_a_channel_export_of_a_single_post_is_that_post_and_the_avatars_initial_is_no_heading() -> None:
    result = normalise_named(_channel_export(_export_post(2, "09:15", f"{PROSE_1}<br><br>{PROSE_2}")), "messages.html")
    article = only_article(result)
    assert (article.outlet, article.published) == ("Rybar in English", "2024-11-04")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2]
    # A story with one comment set in a message box is still the story: the box holds little of the page's words.
    comment = (
        '<div class="comment-message"><span class="author">bob</span><time datetime="2024-11-04 10:15">10:15</time>'
        '<div class="comment-text">Interesting, thanks.</div></div>'
    )
    page = f"<html><body><article><h1>Units move to Kursk</h1><p>{PROSE_1}</p><p>{PROSE_2}</p><p>{PROSE_3}</p></article>{comment}</body></html>"
    assert body_texts(only_article(normalise_named(page, "story.html"))) == [PROSE_1, PROSE_2, PROSE_3]


# --- a court transcript's head, and a post copied with its counters ---------------------------------------


def test_a_transcripts_heading_in_capitals_over_its_date_is_no_writer() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nUNITED STATES OF AMERICA v. JOHN DOE\n\n"
        f"TRANSCRIPT OF PROCEEDINGS\nNovember 4, 2024\n\nTHE COURT: {PROSE_1}\n\nMR. SMITH: {PROSE_2}\n\nQ. {PROSE_3}\n\nA. Yes.\n"
    )
    article = only_article(normalise_named(text, "transcript.txt"))
    assert (article.author, article.published) == (None, "2024-11-04")
    assert body_texts(article) == [f"THE COURT: {PROSE_1}", f"MR. SMITH: {PROSE_2}", f"Q. {PROSE_3}", "A. Yes."]


@pytest.mark.parametrize("counters", ["1.2K Reposts 3.4K Likes", "312 reposts · 1,204 likes · 88 quotes", "48 retweets | 1.1k likes | 9 bookmarks"])
def test_a_copied_posts_row_of_counters_is_no_heading_and_is_on_record(counters: str) -> None:
    text = (
        f"Units move to Kursk\n\n{PROSE_1}\n\nJane Analyst\n@jane_analyst\nConfirmed: North Korean soldiers now fighting in Kursk. This changes the war.\n"
        f"9:14 AM · Nov 4, 2024\n{counters}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    result = normalise_named(text, "story.txt")
    article = only_article(result)
    assert counters not in [p.text for p in article.passages]
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert counters in removed_texts(result)
