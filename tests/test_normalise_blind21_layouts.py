"""Blind round 21 (page layouts): bare HTML fragments and hostile one-line pages under a page suffix; a
crawl's web archive of many pages; aggregator feeds (Google-News-style headline links); lower-case
bylines under a headline; a paper's subscription plea and photo-gallery chrome; KCNA's Juche-era dates."""

from __future__ import annotations

from pathlib import Path

from normalise_samples import PROSE_1 as S1
from normalise_samples import PROSE_2 as S2
from normalise_samples import PROSE_3 as S3
from normalise_samples import all_passage_texts as _texts
from normalise_samples import normalise_page as _page
from normalise_samples import only_article as _only
from normalise_samples import removed_texts as _removed

from store.normalise import normalise_bytes
from store.normalise.dates import find_date
from store.normalise.reading import read_source

DE = (
    "Nordkoreanische Soldaten sind nach Angaben aus Seoul inzwischen an der Front im russischen Gebiet Kursk "
    "im Einsatz, berichtet die Zeitung über die Lage."
)


# --- bare fragments and hostile one-liners saved as .html ------------------------------------------------------


def test_a_one_line_html_file_of_terminal_markup_and_no_tags_is_an_article_kept_literally():
    line = f"[bold]North Korean units move to Kursk[/bold] [@click=app.quit]{S1}[/] [red]{S2}[/red]"
    result = _page(line + "\n")
    assert result.articles, result.removed
    text = "\n".join(_texts(result))
    assert "[@click=app.quit]" + S1 in text and f"[red]{S2}[/red]" in text


def test_a_page_fragment_opening_with_loose_text_keeps_its_paragraphs_or_puts_them_on_record():
    fragment = f"Units move to Kursk\n<p>{S1}</p>\n<p>{S2}</p>"
    result = _page(fragment)
    assert [S1, S2] == [t for t in _texts(result) if t in (S1, S2)]
    assert "Units move to Kursk" in "\n".join(_texts(result) + _removed(result))  # kept or on record, never lost


def test_a_plain_sentence_saved_under_an_html_suffix_is_not_lost():
    result = _page(f"{S1}\n")
    assert _texts(result) == [S1]


def test_a_kept_paragraph_opening_with_bracketed_markup_is_not_reported_as_removed():
    page = f"<html><body><article><h1>Units move to Kursk</h1><p>{S1}</p><p>[@click=app.quit]{S2}</p><p>{S3}</p></article></body></html>"
    result = _page(page)
    assert "[@click=app.quit]" + S2 in _texts(result)
    assert not any(S2 in removed for removed in _removed(result)), _removed(result)


# --- a crawl's web archive of many pages -----------------------------------------------------------------------


def _warc_response(url: str, body: bytes, *, charset: str = "utf-8", status: str = "200 OK") -> bytes:
    http = f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset={charset}\r\n\r\n".encode() + body
    head = f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    return head.encode() + http + b"\r\n\r\n"


def _crawl(tmp_path: Path) -> Path:
    english = (
        "<html><head><title>Units move to Kursk | Korea Times</title></head><body><nav>Home World</nav><article>"
        f"<h1>Units move to Kursk</h1><p>{S1}</p><p>{S2}</p></article></body></html>"
    ).encode()
    german = (
        '<html><head><meta charset="iso-8859-1"><title>Soldaten an der Front</title></head><body><article>'
        f"<h1>Soldaten an der Front</h1><p>{DE}</p><p>{S3}</p></article></body></html>"
    ).encode("latin-1")
    data = (
        b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 10\r\n\r\nsoftware:x\r\n\r\n"
        + _warc_response("https://kt.example/a", english)
        + _warc_response("https://de.example/b", german, charset="iso-8859-1")
        + _warc_response("https://kt.example/gone", b"<html><body>Not found</body></html>", status="404 Not Found")
    )
    path = tmp_path / "crawl.warc"
    path.write_bytes(data)
    return path


def test_a_web_archive_of_many_pages_gives_each_page_its_own_article(tmp_path: Path):
    path = _crawl(tmp_path)
    result = normalise_bytes(read_source(path), path.name, suffix=".warc")
    assert [a.title for a in result.articles] == ["Units move to Kursk", "Soldaten an der Front"]
    first, second = result.articles
    assert [p.text for p in first.passages] == [S1, S2]
    assert [p.text for p in second.passages] == [DE, S3]  # each page read in its own charset
    assert (first.url, second.url) == ("https://kt.example/a", "https://de.example/b")


def test_a_web_archive_of_many_pages_has_distinct_ids_and_an_audit_of_each_page(tmp_path: Path):
    path = _crawl(tmp_path)
    result = normalise_bytes(read_source(path), path.name, suffix=".warc")
    ids = [a.id for a in result.articles]
    assert len(set(ids)) == len(ids) == 2
    assert [a.ordinal for a in result.articles] == [0, 1]
    assert all(a.source_sha256 == result.source_sha256 for a in result.articles)
    assert all(p.article_id == a.id and p.id.startswith(a.id) for a in result.articles for p in a.passages)
    removed = _removed(result)
    assert "Home World" in removed  # the first page's navigation, on record
    assert any("kt.example/gone" in r and "404" in r for r in removed)  # a capture of an error page, on record


# --- aggregator feeds ------------------------------------------------------------------------------------------


_AGGREGATOR_FEED = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>"North Korea troops" - News search</title>'
    "<item><title>North Korean units move to Kursk front - Reuters</title><link>https://news.example/rss/articles/1</link>"
    "<pubDate>Wed, 06 Nov 2024 08:00:00 GMT</pubDate>"
    '<description>&lt;a href="https://news.example/rss/articles/1"&gt;North Korean units move to Kursk front&lt;/a&gt;&amp;nbsp;&amp;nbsp;'
    '&lt;font color="#6f6f6f"&gt;Reuters&lt;/font&gt;</description><source url="https://www.reuters.com">Reuters</source></item>'
    "<item><title>Seoul says troops wear Russian uniforms - The Korea Herald</title><link>https://news.example/rss/articles/2</link>"
    "<pubDate>Wed, 06 Nov 2024 09:00:00 GMT</pubDate>"
    '<description>&lt;ol&gt;&lt;li&gt;&lt;a href="x"&gt;Seoul says troops wear Russian uniforms&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;The Korea Herald&lt;/font&gt;&lt;/li&gt;'
    '&lt;li&gt;&lt;a href="y"&gt;North Korean soldiers seen in Kursk&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Yonhap&lt;/font&gt;&lt;/li&gt;&lt;/ol&gt;</description>'
    '<source url="https://www.koreaherald.com">The Korea Herald</source></item></channel></rss>'
)


def test_an_aggregator_items_headline_loses_the_source_name_it_repeats():
    result = _page(_AGGREGATOR_FEED, "news.xml")
    assert [(a.title, a.outlet) for a in result.articles] == [
        ("North Korean units move to Kursk front", "Reuters"),
        ("Seoul says troops wear Russian uniforms", "The Korea Herald"),
    ]


def test_an_aggregator_description_of_links_alone_is_no_body_and_its_headlines_are_on_record():
    result = _page(_AGGREGATOR_FEED, "news.xml")
    assert _texts(result) == []
    removed = "\n".join(_removed(result, "linked-headlines"))
    assert "North Korean soldiers seen in Kursk (Yonhap)" in removed
    # A description with words of its own beside its link is text.
    feed = _AGGREGATOR_FEED.replace('&lt;font color="#6f6f6f"&gt;Reuters&lt;/font&gt;</description>', f"&lt;p&gt;{S1}&lt;/p&gt;</description>")
    assert S1 in "\n".join(_texts(_page(feed, "news.xml")))


# --- bylines, pleas and gallery chrome in copied text ----------------------------------------------------------


_COPIED_PAGE = f"""The Japan Times
North Korean troops move to Kursk front, Seoul says
by Gabriel Dominguez
Nov 6, 2024
{S1}
{S2}
{S3}
Gabriel Dominguez is a staff writer covering security in the Indo-Pacific.
In a time of both misinformation and too much information, quality journalism is more crucial than ever.
By subscribing, you can help us get the story right.
SUBSCRIBE NOW
PHOTO GALLERY (CLICK TO ENLARGE)
"""


def test_a_lower_case_byline_under_the_headline_is_not_joined_to_it():
    article = _only(_page(_COPIED_PAGE, "copied.txt"))
    assert article.title == "North Korean troops move to Kursk front, Seoul says"
    assert article.author == "Gabriel Dominguez"
    # A sentence wrapped before "by" and more words than a name still joins.
    text = (
        "Kyiv's military intelligence said the first assault on the village of Plekhovo was led\n"
        "by North Korean marines and airborne troops, who suffered heavy losses in the attack.\n"
    )
    assert any("was led by North Korean marines" in t for t in _texts(_page(text, "wrapped.txt")))


def test_a_papers_subscription_plea_and_gallery_heading_are_furniture_on_record():
    result = _page(_COPIED_PAGE, "copied.txt")
    assert _texts(result) == [S1, S2, S3]
    removed = "\n".join(_removed(result))
    assert "quality journalism is more crucial than ever" in removed
    assert "PHOTO GALLERY (CLICK TO ENLARGE)" in removed


# --- dates in the Juche calendar -------------------------------------------------------------------------------


def test_a_juche_era_stamp_reads_as_its_gregorian_date():
    assert find_date("www.kcna.kp (Juche113.11.6.)").iso == "2024-11-06"
    assert find_date("Juche 114.1.15").iso == "2025-01-15"
    assert find_date("Juche113.13.40.") is None


# --- embedded posts copied out of the rendered page, as cards --------------------------------------------------


_X_CARD = """Rob Lee
@RALee85
BREAKING: First confirmed clash between Ukrainian forces and North Korean troops in Kursk, according to a Ukrainian officer.
9:14 AM · Nov 5, 2024
1.2K
Reply
Copy link
Read 45 replies"""

_TELEGRAM_CARD = """Operational Command "North"
North Korean troops spotted near Sudzha this morning, our scouts report. Video below.
12.4K views · 09:14
t.me/ok_sever/1234"""


def _kinds_of(result) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {p.text: p.kind for a in result.articles for p in a.passages}


def test_a_copied_x_post_card_inside_a_story_is_set_apart_and_its_buttons_are_furniture():
    text = f"North Korean units move to Kursk front\n\n{S1}\n\n{_X_CARD}\n\n{S2}\n\n{S3}\n"
    result = _page(text, "story.txt")
    kinds = _kinds_of(result)
    post = "BREAKING: First confirmed clash between Ukrainian forces and North Korean troops in Kursk, according to a Ukrainian officer."
    assert kinds[post] == "pullquote"
    assert kinds["Rob Lee"] == kinds["@RALee85"] == kinds["9:14 AM · Nov 5, 2024"] == "pullquote"
    assert [t for t, k in kinds.items() if k == "body"] == [S1, S2, S3]
    assert "Read 45 replies" in _removed(result)


def test_a_copied_telegram_post_card_inside_a_story_is_set_apart():
    text = f"North Korean units move to Kursk front\n\n{S1}\n\n{_TELEGRAM_CARD}\n\n{S2}\n"
    kinds = _kinds_of(_page(text, "story.txt"))
    assert kinds["North Korean troops spotted near Sudzha this morning, our scouts report. Video below."] == "pullquote"
    assert kinds["t.me/ok_sever/1234"] == "pullquote"
    assert [t for t, k in kinds.items() if k == "body"] == [S1, S2]
    # A file that is the post alone keeps it as its text.
    alone = _kinds_of(_page(_TELEGRAM_CARD + "\n", "post.txt"))
    assert alone["North Korean troops spotted near Sudzha this morning, our scouts report. Video below."] == "body"


# --- a page set in two columns under a running head spread across it -------------------------------------------


def test_a_running_head_spread_across_a_two_column_page_is_no_line_of_the_right_column():
    import textwrap

    left = (
        "The deployment of North Korean troops to Russia has raised alarm in Seoul and in Kyiv. Intelligence officials "
        "told lawmakers on Wednesday that the units had moved from training grounds in the Russian Far East to the front "
        "line in the Kursk region, where Ukrainian forces hold a salient."
    )
    right = (
        "Ukraine's defence ministry said its drones had struck a column of trucks carrying North Korean soldiers near "
        "the town of Sudzha late on Monday. Analysts in Seoul said the transfer of troops was being paid for partly with "
        "oil deliveries and technical help."
    )
    lefts, rights = textwrap.wrap(left, 44), textwrap.wrap(right, 44)
    rows = max(len(lefts), len(rights))
    lefts, rights = lefts + [""] * (rows - len(lefts)), rights + [""] * (rows - len(rights))
    columns = "\n".join(f"{a:<48}{b}".rstrip() for a, b in zip(lefts, rights, strict=True))
    text = f"ISSUE BRIEF{' ' * 41}Institute for Security Studies\n\nNorth Korean Forces in Russia\n\n{columns}\n"
    texts = _texts(_page(text, "brief.txt"))
    assert left in texts and right in texts
    assert texts.index(left) + 1 == texts.index(right)  # the right column follows the left, nothing between


# --- English editions of Korean and Japanese outlets, copied as text -------------------------------------------


def test_a_korean_papers_unspaced_stamp_dates_the_story_and_its_lower_case_logo_names_the_outlet():
    text = (
        "hankyoreh\nNorth Korean troops move to Kursk front\n"
        "Posted on : Nov.6,2024 16:15 KST Modified on : Nov.6,2024 16:30 KST\n"
        f"{S1}\n{S2}\n{S3}\nBy Kim Ji-eun, staff reporter\n"
        "Please direct questions or comments to [english@hani.co.kr]\n"
    )
    article = _only(_page(text, "hani.txt"))
    assert (article.title, article.outlet, article.published) == ("North Korean troops move to Kursk front", "The Hankyoreh", "2024-11-06")
    assert [p.text for p in article.passages] == [S1, S2, S3]
    assert "Please direct questions or comments to [english@hani.co.kr]" in _removed(_page(text, "hani.txt"))


def test_a_reaction_bar_in_capitals_and_a_numbered_top_stories_box_are_furniture():
    text = (
        "The Korea Times\nNorth Korean troops move to Kursk front\nBy Jung Min-ho\n"
        f"Posted : 2024-11-06 16:15 | Updated : 2024-11-06 17:30\n{S1}\n{S2}\n{S3}\n"
        "LIKE\nSAD\nANGRY\nTop 10 Stories\n1. BTS member to enlist\n2. Won falls to 2-year low\n"
    )
    result = _page(text, "kt.txt")
    assert _texts(result) == [S1, S2, S3]
    removed = "\n".join(_removed(result))
    assert "ANGRY" in removed and "Won falls to 2-year low" in removed


def test_a_byline_in_capitals_with_the_writers_trade_and_a_paywalls_price_offer():
    text = (
        "Nikkei Asia\nNorth Korean troops move to Kursk front\nSeoul says units wear Russian uniforms\n"
        "KOSUKE TAKEUCHI, Nikkei staff writer\nNovember 6, 2024 14:05 JST\n"
        f"{S1}\n{S2}\nThis article is for subscribers only.\nGet 3 months for $1\n"
    )
    result = _page(text, "nikkei.txt")
    article = _only(result)
    assert article.author == "Kosuke Takeuchi"
    assert [(p.kind, p.text) for p in article.passages] == [("dek", "Seoul says units wear Russian uniforms"), ("body", S1), ("body", S2)]
    assert "Get 3 months for $1" in "\n".join(_removed(result))


def test_a_newsletter_mailed_under_its_own_name_is_its_outlet_and_the_writer_under_the_deck_its_author():
    page = (
        '<html><body><table><tr><td><h1>Units move to Kursk</h1><h3>What Seoul\'s spies told lawmakers this week</h3>'
        f"<p>Jane Kim</p><p>Nov 6</p><p>{S1}</p><p>{S2}</p><p>{S3}</p>"
        "<p>Thanks for reading Korea Watch! Subscribe for free to receive new posts and support my work.</p></td></tr></table></body></html>"
    )
    mail = (
        "From: Korea Watch <koreawatch@substack.com>\nTo: reader@example.com\nSubject: Units move to Kursk\n"
        "Date: Wed, 06 Nov 2024 09:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/html; charset=\"utf-8\"\n\n" + page + "\n"
    )
    article = _only(_page(mail, "issue.eml"))
    assert (article.outlet, article.author) == ("Korea Watch", "Jane Kim")
    assert [p.text for p in article.passages if p.kind == "body"] == [S1, S2, S3]


# --- a report's text from a PDF: one footnote at the foot of its page ------------------------------------------


def test_a_single_footnote_at_the_foot_of_a_pdf_page_leaves_the_text_with_its_mark():
    head = "CSIS Briefs                                              November 2024"
    folio = " " * 42
    text = (
        f"{head}\n\n\nNorth Korea's Troops in Russia: What We Know\nBy Victor Cha and Andy Lim\n\n\n"
        "The deployment of North Korean soldiers to Russia marks a significant escalation in the war in Ukraine. "
        f"{S1} The\nagency further noted that the sol-\ndiers were issued Russian uniforms.1\n\n"
        f"{S2}\n\n1 \"NIS briefs lawmakers,\" Yonhap, November 6, 2024.\n\n{folio}2\n{head}\n\n{S3} {DE}\n\n{S1}\n\n{folio}3\n"
    )
    result = _page(text, "brief.txt")
    texts = _texts(result)
    assert texts[0].endswith("The agency further noted that the soldiers were issued Russian uniforms.")
    assert not any("NIS briefs lawmakers" in t for t in texts)
    assert '1 "NIS briefs lawmakers," Yonhap, November 6, 2024.' in _removed(result, "footnote")
    # A paragraph opening with a number that no mark points to stays text.
    plain = text.replace("uniforms.1", "uniforms.").replace('1 "NIS briefs lawmakers," Yonhap, November 6, 2024.', "3 soldiers were captured near Sudzha, Kyiv said on Friday.")
    assert "3 soldiers were captured near Sudzha, Kyiv said on Friday." in _texts(_page(plain, "brief.txt"))


def test_a_bluesky_embed_signed_with_a_domain_handle_and_a_time_is_set_apart():
    post = "Confirmed: North Korean soldiers are now fighting in Kursk. This changes the war."
    page = (
        f"<html><body><article><h1>Units move to Kursk</h1><p>{S1}</p>"
        f'<blockquote class="bluesky-embed"><p lang="en">{post}</p>&mdash; Jane Analyst (<a href="https://bsky.app/profile/jane.bsky.social">'
        '@jane.bsky.social</a>) <a href="https://bsky.app/profile/jane/post/3l">November 5, 2024 at 9:14 AM</a></blockquote>'
        f"<p>{S2}</p><p>{S3}</p></article></body></html>"
    )
    kinds = _kinds_of(_page(page))
    assert kinds[post] == "pullquote"
    assert kinds["— Jane Analyst (@jane.bsky.social) November 5, 2024 at 9:14 AM"] == "pullquote"
    assert [t for t, k in kinds.items() if k == "body"] == [S1, S2, S3]


# --- wire copy from a raw feed ---------------------------------------------------------------------------------


def test_a_raw_wire_feeds_teleprinter_framing_and_counted_slug_are_service_lines_and_its_wire_is_the_outlet():
    text = (
        "ZCZC\nBC-NKorea-Russia-Troops,0452\nURGENT\nNorth Korean units move to Kursk front, Seoul says\n"
        f"Eds: Adds details from NIS briefing.\nSEOUL, Nov. 6, 2024 (Korea Wire) — {S1}\n{S2}\n{S3}\nMORE\njk/ah\nNNNN\n"
    )
    result = _page(text, "wire.txt")
    article = _only(result)
    assert (article.title, article.outlet, article.published) == ("North Korean units move to Kursk front, Seoul says", "Korea Wire", "2024-11-06")
    assert [p.text for p in article.passages][1:] == [S2, S3]
    removed = "\n".join(_removed(result, "wire-service-line"))
    assert "ZCZC" in removed and "NNNN" in removed and "BC-NKorea-Russia-Troops,0452" in removed


def test_a_wires_credit_line_alone_under_a_syndicated_story_is_a_credit_not_a_caption():
    text = (
        "North Korean troops at Kursk front: Seoul\nAFP\nPublished on 06/11/2024 - 09:12\n"
        f"Seoul (AFP) – {S1}\n\n{S2}\n\n{S3}\n\n-- AFP/Bangkok Post\nkjk/ceb/jm\n"
    )
    kinds = _kinds_of(_page(text, "afp.txt"))
    assert kinds["-- AFP/Bangkok Post"] == "credit"
    assert [t for t, k in kinds.items() if k == "caption"] == []


def test_a_feed_captured_in_a_crawl_beside_a_page_is_read_as_a_feed(tmp_path: Path):
    page = f"<html><body><article><h1>Units move to Kursk</h1><p>{S1}</p><p>{S2}</p></article></body></html>".encode()
    feed = _warc_response("https://news.example/rss", _AGGREGATOR_FEED.encode()).replace(b"text/html", b"application/rss+xml")
    path = tmp_path / "mixed.warc"
    path.write_bytes(_warc_response("https://a.example/1", page) + feed)
    result = normalise_bytes(read_source(path), path.name, suffix=".warc")
    assert [a.title for a in result.articles] == ["Units move to Kursk", "North Korean units move to Kursk front", "Seoul says troops wear Russian uniforms"]
    assert result.articles[1].outlet == "Reuters"


def test_a_json_ld_only_page_whose_article_body_is_markup_keeps_its_paragraphs_and_sub_heading_apart():
    import json

    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Daily NK"},
            {
                "@type": "NewsArticle", "headline": "Units move to Kursk", "datePublished": "2024-11-06T09:00:00+09:00",
                "author": {"@type": "Person", "name": "Jeong Tae Joo"}, "publisher": {"@type": "Organization", "name": "Daily NK"},
                "articleBody": f"<p>{S1}</p><p>{S2}</p><h2>Payment</h2><p>{S3}</p>",
            },
        ],
    }
    page = (
        '<!DOCTYPE html><html><head><title>Units move to Kursk - Daily NK English</title><script type="application/ld+json">'
        f'{json.dumps(data)}</script></head><body><div id="app"></div></body></html>'
    )
    article = _only(_page(page))
    assert [(p.kind, p.text) for p in article.passages] == [("body", S1), ("body", S2), ("heading", "Payment"), ("body", S3)]
    assert (article.title, article.published, article.author) == ("Units move to Kursk", "2024-11-06", "Jeong Tae Joo")


def test_a_japanese_papers_english_page_names_its_site_before_the_motto_and_its_provided_by_caption():
    caption = "North Korean soldiers in a video released by Ukraine (Provided by HUR)"
    page = (
        "<!DOCTYPE html><html><head><title>North Korean troops at Kursk front | The Asahi Shimbun: Breaking News, Japan News and "
        'Analysis</title></head><body><div class="ArticleTitle"><h1>North Korean troops at Kursk front</h1>'
        '<div class="EnLink">By TAKESHI KAMIYA/ Staff Writer</div><div class="LastUpdated">November 6, 2024 at 18:05 JST</div></div>'
        f'<div class="ArticleBody"><div class="Image"><img alt=""><p class="Caption">{caption}</p></div><p>{S1}</p><p>{S2}</p><p>{S3}</p></div></body></html>'
    )
    article = _only(_page(page))
    assert (article.outlet, article.published) == ("The Asahi Shimbun", "2024-11-06")
    assert [(p.kind, p.text) for p in article.passages] == [("caption", caption), ("body", S1), ("body", S2), ("body", S3)]
