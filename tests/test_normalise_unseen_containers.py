"""Feeds, news-API JSON and saved e-mails: articles packed in containers."""

from __future__ import annotations

import base64
import json
import quopri
from pathlib import Path

import pytest

from store.errors import SourceError
from store.normalise import normalise_bytes, read_source

_BODY = (
    "North Korea has sent about 11,000 troops to Russia's Kursk region, according to South Korea's "
    "intelligence service, which said at least 1,100 of them had been killed or wounded."
)
_SECOND = "Ukraine says it captured two North Korean soldiers in Kursk."

_RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>East Asia Wire</title>
    <item>
      <title>Seoul counts 1,100 North Korean casualties</title>
      <link>https://wire.example/1</link>
      <dc:creator>Hana Moreau</dc:creator>
      <pubDate>Wed, 04 Dec 2024 09:10:00 +0000</pubDate>
      <description><![CDATA[<p>{_BODY}</p><p>Share this article</p>]]></description>
    </item>
    <item>
      <title>Kyiv holds two North Korean prisoners</title>
      <pubDate>Thu, 05 Dec 2024 10:00:00 +0000</pubDate>
      <description>{_SECOND}</description>
    </item>
  </channel>
</rss>
"""


def test_rss_feed_items_become_articles_with_their_fields() -> None:
    result = normalise_bytes(_RSS.encode(), "feed.xml", suffix=".xml")
    first, second = result.articles
    assert (first.title, first.outlet, first.author, first.published) == (
        "Seoul counts 1,100 North Korean casualties", "East Asia Wire", "Hana Moreau", "2024-12-04",
    )
    assert [p.text for p in first.passages] == [_BODY]
    # A one-line summary is still its own article, never glued to the item before it.
    assert (second.title, second.published) == ("Kyiv holds two North Korean prisoners", "2024-12-05")
    assert [p.text for p in second.passages] == [_SECOND]
    assert any(r.reason == "share-prompt" for r in result.removed)
    assert not any(r.reason == "separator" for r in result.removed)  # no separator the source never had


def test_atom_feed_with_escaped_html_content() -> None:
    escaped = f"&lt;p&gt;{_BODY}&lt;/p&gt;&lt;p&gt;“They are taking heavy losses,” a spokesman said on Thursday in Washington.&lt;/p&gt;"
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Steppe Observer</title>
  <entry>
    <title>Pentagon: casualties top 1,000</title>
    <link href="https://steppe.example/a"/>
    <published>2025-01-09T18:20:00Z</published>
    <author><name>Aigerim Sadykova</name></author>
    <content type="html">{escaped}</content>
  </entry>
</feed>"""
    (article,) = normalise_bytes(atom.encode(), "feed.atom", suffix=".atom").articles
    assert (article.outlet, article.author, article.url) == ("Steppe Observer", "Aigerim Sadykova", "https://steppe.example/a")
    texts = [p.text for p in article.passages]
    assert len(texts) == 2 and texts[0] == _BODY


def test_news_api_json_saved_under_any_suffix() -> None:
    answer = {
        "status": "ok",
        "articles": [
            {"source": {"id": None, "name": "Baltic Sentinel"}, "author": "Marta Kask", "title": "Seoul: 1,100 casualties",
             "publishedAt": "2024-12-19T07:30:00Z", "url": "https://baltic.example/1", "description": "Briefing",
             "content": f"{_BODY}\n\n{_SECOND}"},
        ],
    }
    for name, suffix in (("api.json", ".json"), ("api.txt", ".txt")):
        (article,) = normalise_bytes(json.dumps(answer, indent=2).encode(), name, suffix=suffix).articles
        assert (article.title, article.outlet, article.author, article.published) == (
            "Seoul: 1,100 casualties", "Baltic Sentinel", "Marta Kask", "2024-12-19",
        )
        assert [p.text for p in article.passages] == [_BODY, _SECOND]


def test_json_without_articles_is_refused_under_a_container_suffix() -> None:
    with pytest.raises(SourceError, match="not a news feed"):
        normalise_bytes(b'{"_default": {"1": {"title": "x"}}}', "db.json", suffix=".json")


def test_container_suffixes_are_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(_RSS, encoding="utf-8")
    assert read_source(path) == _RSS.encode()


def _mail(plain: str, html: str) -> str:
    return f"""From: "Pacific Monitor" <news@monitor.example>
To: analyst@example.org
Subject: =?UTF-8?Q?Korea_Desk:_Seoul_says_1=2C100_troops_hit?=
Date: Wed, 18 Dec 2024 06:02:11 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{quopri.encodestring(plain.encode()).decode()}
--b1
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{base64.encodebytes(html.encode()).decode()}
--b1--
"""


def test_saved_email_newsletter_is_decoded_and_its_headers_read() -> None:
    wrapped = "North Korea has sent about 11,000 troops to Russia’s Kursk region,\naccording to South Korea’s intelligence service, which said at least\n1,100 of them had been killed or wounded in the fighting there.\n"
    plain = f"View this email in your browser\n\nBy Daniel Orr\n\n{wrapped}\n{wrapped}\nUnsubscribe"
    html = "<html><body><p>HTML ALTERNATIVE ONLY</p></body></html>"
    result = normalise_bytes(_mail(plain, html).encode(), "letter.eml", suffix=".eml")
    (article,) = result.articles
    assert (article.title, article.outlet, article.author, article.published) == (
        "Korea Desk: Seoul says 1,100 troops hit", "Pacific Monitor", "Daniel Orr", "2024-12-18",
    )
    texts = [p.text for p in article.passages]
    assert texts[0].startswith("North Korea has sent about 11,000 troops to Russia’s Kursk region, according")
    assert texts[0].endswith("killed or wounded in the fighting there.")
    assert not any("=E2" in t or "HTML ALTERNATIVE" in t for t in texts)
    assert "e-mail-unpacked" in result.repairs


def test_html_only_email_gives_one_paragraph_per_block() -> None:
    html = f"<html><body><div><p>{_BODY}</p><p>{_SECOND} It was the first such capture.</p></div></body></html>"
    mail = _mail("", html).replace('Content-Type: text/plain; charset="utf-8"', 'Content-Type: text/calendar; charset="utf-8"')
    (article,) = normalise_bytes(mail.encode(), "letter.eml", suffix=".eml").articles
    assert [p.text for p in article.passages] == [_BODY, f"{_SECOND} It was the first such capture."]


def test_text_that_merely_mentions_headers_is_not_an_email() -> None:
    text = f"Subject: troops\n\n{_BODY}\n\nFrom: our correspondent\n"
    result = normalise_bytes(text.encode(), "note.txt")
    assert "e-mail-unpacked" not in result.repairs
    assert _BODY in [p.text for a in result.articles for p in a.passages]  # read as the note it is


def test_forwarded_email_pasted_as_text_is_unquoted_and_its_headers_read() -> None:
    quoted = [
        "> North Korea has sent about 11,000 troops to Russia's Kursk region,",
        "> according to South Korea's intelligence service, which said that at",
        "> least 1,100 of them had been killed or wounded in the fighting.",
        ">",
        "> Ukrainian officials have given higher estimates, saying as many as",
        "> 12,000 North Korean soldiers had been deployed to the region.",
    ]
    text = "\n".join(
        [
            "Hi all, see below for the brief.",
            "",
            "---------- Forwarded message ---------",
            "From: Korea Desk <desk@monitor.example>",
            "Date: Wed, Dec 18, 2024 at 6:02 AM",
            "Subject: Seoul says 1,100 North Korean troops hit",
            "To: <mark@example.org>",
            "",
            *quoted,
        ]
    )
    result = normalise_bytes(text.encode(), "forwarded.txt")
    (article,) = result.articles
    assert (article.title, article.outlet, article.published) == ("Seoul says 1,100 North Korean troops hit", "Korea Desk", "2024-12-18")
    texts = [p.text for p in article.passages]
    assert texts[0] == (
        "North Korea has sent about 11,000 troops to Russia's Kursk region, according to South Korea's "
        "intelligence service, which said that at least 1,100 of them had been killed or wounded in the fighting."
    )
    assert len(texts) == 2 and not any(">" in t or "Hi all" in t for t in texts)
    assert any(r.reason == "mail-forward" for r in result.removed)


def test_a_single_quoted_line_is_left_as_written() -> None:
    text = f"Troops in Kursk\n\n{_BODY}\n\n> 11,000 is the figure Seoul gives.\n\n{_BODY.replace('Russia', 'the Russian')}"
    texts = [p.text for a in normalise_bytes(text.encode(), "note.txt").articles for p in a.passages]
    assert "> 11,000 is the figure Seoul gives." in texts


def test_atom_xhtml_content_keeps_its_paragraphs_apart() -> None:
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Carpathian Monitor</title>
<entry><title>Seoul raises its count</title><updated>2025-01-13T09:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{_BODY}</p><p>{_SECOND}</p></div></content>
</entry></feed>"""
    (article,) = normalise_bytes(atom.encode(), "feed.atom", suffix=".atom").articles
    assert [p.text for p in article.passages] == [_BODY, _SECOND]


def test_news_api_truncation_mark_is_audited_not_kept() -> None:
    answer = {"articles": [{"title": "Seoul counts casualties", "source": {"name": "Baltic Sentinel"}, "content": f"{_BODY}… [+2456 chars]"}]}
    result = normalise_bytes(json.dumps(answer).encode(), "api.json", suffix=".json")
    assert [p.text for p in result.articles[0].passages] == [f"{_BODY}…"]
    assert [r.text for r in result.removed if r.reason == "truncated-by-source"] == ["[+2456 chars]"]


def test_schema_org_article_saved_as_json() -> None:
    article_json = {
        "@type": "NewsArticle", "headline": "Kyiv says troops used as cannon fodder",
        "datePublished": "2024-12-21T12:00:00+02:00",
        "author": [{"@type": "Person", "name": "Olena Kravets"}, {"@type": "Person", "name": "Dan Weiss"}],
        "publisher": {"@type": "Organization", "name": "Dnipro Daily"}, "articleBody": f"{_BODY}\n\n{_SECOND}",
    }
    (article,) = normalise_bytes(json.dumps(article_json).encode(), "article.json", suffix=".json").articles
    assert (article.outlet, article.author, article.published) == ("Dnipro Daily", "Olena Kravets, Dan Weiss", "2024-12-21")
    assert [p.text for p in article.passages] == [_BODY, _SECOND]


def test_hostile_containers_are_refused_cleanly() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(SourceError):
        normalise_bytes(deep, "deep.json", suffix=".json")
    assert normalise_bytes(deep, "deep.txt").articles == []
    entities = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><title>&x;</title><description>" + _BODY.encode() + b"</description></item></channel></rss>"
    )
    with pytest.raises(SourceError):
        normalise_bytes(entities, "xxe.xml", suffix=".xml")


def test_rss_with_a_public_doctype_is_read() -> None:
    rss = _RSS.replace('<rss version="2.0"', '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "rss-0.91.dtd">\n<rss version="2.0"')
    assert len(normalise_bytes(rss.encode(), "old.rss", suffix=".rss").articles) == 2


def test_rss_author_given_as_an_address_names_the_person_or_no_one() -> None:
    for written, expected in (("news@wire.example (Hana Moreau)", "Hana Moreau"), ("news@wire.example", None)):
        rss = _RSS.replace("<dc:creator>Hana Moreau</dc:creator>", f"<author>{written}</author>")
        assert normalise_bytes(rss.encode(), "feed.xml", suffix=".xml").articles[0].author == expected


def test_atom_entry_inherits_the_feed_author_and_names_its_aggregated_source() -> None:
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Korea Aggregator</title><author><name>Desk Editor</name></author>
<entry><title>Seoul counts casualties</title><updated>2025-01-13T09:00:00Z</updated>
<source><id>tag:wire.example,2025:feed</id><title>East Asia Wire</title></source>
<content type="text">{_BODY}</content></entry></feed>"""
    (article,) = normalise_bytes(atom.encode(), "agg.atom", suffix=".atom").articles
    assert (article.author, article.outlet) == ("Desk Editor", "East Asia Wire")


def test_terminal_escapes_in_a_feed_leave_no_trace() -> None:
    feed = (
        "<rss><channel><item><title>Troops \x1b[31mred\x1b[0m alert</title>"
        "<description>Officials said 12,000 troops were sent, according to Seoul.</description></item></channel></rss>"
    )
    article = normalise_bytes(feed.encode(), "feed.rss", suffix=".rss").articles[0]
    assert article.title == "Troops red alert"
