"""Round 27b, HTML and containers: footnote links, BiDi overrides, <title> site names, aggregator pages, Reddit JSON."""

from __future__ import annotations

import json

import pytest

from store.normalise.pipeline import normalise_bytes


def _normalised(text: str, name: str = "page.html"):
    return normalise_bytes(text.encode("utf-8"), name, suffix="." + name.rsplit(".", 1)[-1])


def _body(result) -> str:
    return "\n".join(p.text for a in result.articles for p in a.passages)


_NEWSLETTER = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>The shell count</title></head><body>
<article><h1>The shell count</h1>
<p>Estimates of the shells sent north keep climbing. Seoul's spy agency put the total at 9 million.<a class="fn-link" href="#note-4" id="back-4">4</a> A defence ministry source told me the true figure was nearer 12 million;<a class="fn-link" href="#note-5" id="back-5">5</a> nobody in Kyiv disputed it.</p>
<p>Whatever the number, the shells arrive faster than Russian factories can make them, and gunners in the south say the difference shows.</p>
<div class="endnotes"><div class="endnote"><a id="note-4" href="#back-4">4</a><div><p>Briefing to parliament, 3 December 2024.</p></div></div>
<div class="endnote"><a id="note-5" href="#back-5">5</a><div><p>Telephone interview, Seoul, 10 December 2024.</p></div></div></div>
</article></body></html>"""


def test_bare_footnote_links_leave_the_figures_clean_and_their_notes_go_to_the_audit():
    result = _normalised(_NEWSLETTER)
    body = _body(result)
    assert "9 million. A defence" in body and "12 million; nobody" in body
    assert "million.4" not in body and "million;5" not in body
    assert "Briefing to parliament" not in body and "Telephone interview" not in body
    notes = [r.text for r in result.removed if r.reason == "footnote"]
    assert any("Briefing to parliament" in text for text in notes) and any("Telephone interview" in text for text in notes)
    assert "footnote-marks x2" in result.repairs
    # Numbered contents links to the page's own sections (which link "to top", not back to the number) are no marks.
    contents = _NEWSLETTER.replace("<h1>The shell count</h1>", '<h1>The shell count</h1><p>Parts: <a href="#part-2">2</a></p>').replace(
        "<p>Whatever the number", '<div id="part-2"><p>Whatever the number'
    ).replace("the difference shows.</p>", 'the difference shows. <a href="#top">Top</a></p></div>')
    assert "gunners in the south say the difference shows" in _body(_normalised(contents))


def test_markdown_style_footnote_list_with_return_arrows_is_audited_as_footnotes():
    page = (
        "<html><head><title>Notes on the front</title></head><body><article><h1>Notes on the front</h1>"
        "<p>Officials in Kyiv counted 3,800 North Korean casualties by February.<a href=\"#fn1\" id=\"fnref1\">1</a> "
        "That count, they said, includes the wounded who returned to the line.</p>"
        "<p>Russian officials have not commented on the figure or on the units involved in the fighting.</p>"
        "<ol class=\"footnotes\"><li id=\"fn1\"><p>Statement of the General Staff, 12 February 2025. <a href=\"#fnref1\">↩</a></p></li></ol>"
        "</article></body></html>"
    )
    result = _normalised(page)
    body = _body(result)
    assert "3,800 North Korean casualties by February. That" in body
    assert "Statement of the General Staff" not in body
    assert any(r.reason == "footnote" and "General Staff" in r.text for r in result.removed)


def test_number_reversed_inside_a_right_to_left_override_is_read_as_it_was_shown():
    text = "Officials in Kyiv now count \u202e000,21\u202c North Korean soldiers in the Kursk region, the statement said.\n\nThe figure could not be verified.\n"
    result = normalise_bytes(text.encode("utf-8"), "rlo.txt")
    body = _body(result)
    assert "count 12,000 North Korean" in body
    assert any(r.startswith("bidi-override-visual-order") for r in result.repairs)
    # Right-to-left letters keep their order under an override: only the controls go.
    text = "The Hebrew caption read \u202eשלום\u202c under the photograph of the delegation in Pyongyang.\n\nMore text follows here.\n"
    assert "read שלום under" in _body(normalise_bytes(text.encode("utf-8"), "rlo_he.txt"))


_STORY = (
    "<h1>{h1}</h1><p>South Korea's intelligence service told lawmakers on Tuesday that roughly 11,000 North Korean"
    " soldiers were now deployed in Russia, most of them in the Kursk region.</p><p>The agency said several hundred"
    " had been killed or wounded, citing battlefield reports, and that more troops could follow in the spring.</p>"
)


@pytest.mark.parametrize(
    ("page_title", "outlet"),
    [
        ("Seoul counts 11,000 North Korean soldiers in Russia | Reuters", "Reuters"),
        ("Северокорейские военные под Курском — Meduza", "Meduza"),
        ("Nordkorea: 11.000 Soldaten in Kursk | nordkurier.de", "nordkurier"),
        ("Nordkorea schickt weitere Soldaten – DER SPIEGEL", "spiegel"),
        ("Corea del Norte envía más soldados a Rusia - El Mundo, 14/01/2025", "El Mundo"),
        ("Seoul says troops sent to Kursk - The Korea Herald - 14 January 2025", "Korea Herald"),
    ],
)
def test_site_name_is_the_title_part_after_a_headline_that_differs_from_the_page_heading(page_title, outlet):
    page = f"<html><head><meta charset='utf-8'><title>{page_title}</title></head><body><article>{_STORY.format(h1='Seoul: 11,000 soldiers sent to the Kursk region')}</article></body></html>"
    article = _normalised(page).articles[0]
    assert article.outlet is not None and outlet.lower() in article.outlet.lower()
    assert article.title == "Seoul: 11,000 soldiers sent to the Kursk region"


_ROUNDUP = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>What the papers say - Daily Digest</title></head><body>
<nav>Home · Digest · Archive</nav>
<h2>What others are saying</h2>
<ul class="roundup">
<li class="pick"><cite>Le Figaro</cite><h3><a href="/x1">Pyongyang aurait envoyé 3 000 hommes de plus</a></h3><p>Kyiv said a further 3,000 North Korean soldiers had reached the front.</p><time datetime="2025-02-07">7 February 2025</time></li>
<li class="pick"><cite>NK News</cite><h3><a href="/x2">Satellite images show new rail traffic at Tumangang</a></h3><p>Analysts counted more than 60 freight cars at the border crossing in a week.</p><time>Yesterday</time></li>
<li class="pick"><cite>Novaya Gazeta Europe</cite><h3><a href="/x3">Wounded North Koreans treated in Moscow hospitals</a></h3><p>Doctors said about 200 soldiers had been treated since January.</p><time datetime="2025-02-05">5 Feb 2025</time></li>
</ul>
<footer>© Daily Digest 2025 · Contact</footer>
</body></html>"""


def test_roundup_page_gives_one_article_per_snippet_with_its_own_outlet():
    result = _normalised(_ROUNDUP)
    outlets = [a.outlet for a in result.articles]
    assert len(result.articles) == 3
    assert outlets[0] == "Le Figaro" and "NK News" in outlets[1] and outlets[2] == "Novaya Gazeta Europe"
    titles = [a.title for a in result.articles]
    assert titles[1] == "Satellite images show new rail traffic at Tumangang"
    assert result.articles[0].published and result.articles[0].published.startswith("2025-02-07")
    assert result.articles[1].published is None  # "Yesterday" is no day
    assert "200 soldiers" in " ".join(p.text for p in result.articles[2].passages)
    assert not any("200 soldiers" in p.text for p in result.articles[0].passages)
    audited = " ".join(r.text for r in result.removed)
    assert "Yesterday" in audited and "Home · Digest · Archive" in audited
    # The same cards in a box beside a story of its own: the page is that story, not a roundup.
    story = " ".join(["Reporters in Seoul heard the intelligence service describe the deployment in detail."] * 12)
    sidebar = _ROUNDUP.replace("<nav>", f"<article><h1>Spy agency details the deployment</h1><p>{story}</p><p>{story}</p></article><nav>")
    assert [a.title for a in _normalised(sidebar).articles] == ["Spy agency details the deployment"]


def _reddit_thread(selftext: str, url: str) -> str:
    post = {
        "kind": "t3",
        "data": {"subreddit": "geopolitics", "title": "Kyiv now says 3,800 North Korean casualties", "author": "analyst_kr",
                 "created_utc": 1739300000, "url": url, "selftext": selftext, "is_self": not url.startswith("https://www.ft"),
                 "permalink": "/r/geopolitics/comments/abc123/kyiv_now_says/"},
    }
    reply = {"kind": "t1", "data": {"author": "ranger_ua", "body": "HUR said 15,000 &gt; 12,000 last month.", "replies": ""}}
    comment = {"kind": "t1", "data": {"author": "seoul_obs", "body": "NIS briefing said 300 dead.", "replies": {"kind": "Listing", "data": {"children": [reply]}}}}
    deleted = {"kind": "t1", "data": {"author": "[deleted]", "body": "[deleted]", "replies": ""}}
    return json.dumps([{"kind": "Listing", "data": {"children": [post]}}, {"kind": "Listing", "data": {"children": [comment, deleted]}}], indent=1)


def test_reddit_link_post_is_an_article_of_its_subreddit_with_comments_audited():
    result = _normalised(_reddit_thread("", "https://www.ft.com/content/abc"), "thread.json")
    assert len(result.articles) == 1
    article = result.articles[0]
    assert article.title == "Kyiv now says 3,800 North Korean casualties"
    assert article.outlet == "r/geopolitics"
    assert article.url == "https://www.ft.com/content/abc"
    assert article.published and article.published.startswith("2025-02-11")
    comments = [r.text for r in result.removed if r.reason == "reddit-comment"]
    assert comments == ["u/seoul_obs: NIS briefing said 300 dead.", "u/ranger_ua: HUR said 15,000 > 12,000 last month."]
    assert not any("300 dead" in p.text for p in article.passages)


def test_reddit_text_post_keeps_its_own_text_and_thread_address():
    text = "My notes from the NIS briefing.\n\nThey put deployed troops at 11,000 and losses at about 1,100."
    article = _normalised(_reddit_thread(text, "https://www.reddit.com/r/geopolitics/comments/abc123/kyiv_now_says/"), "thread.json").articles[0]
    assert "deployed troops at 11,000" in " ".join(p.text for p in article.passages)
    assert article.author == "u/analyst_kr"
    assert article.url == "https://www.reddit.com/r/geopolitics/comments/abc123/kyiv_now_says/"


def test_reference_list_of_superscript_citations_is_audited_as_footnotes():
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Counting the contingent</title></head><body><article>'
        "<h1>Counting the contingent</h1><p>Estimates of the North Korean force in Russia have moved several times since the autumn.</p>"
        '<p>Seoul put the contingent at 11,000 in January.<sup id="r-a"><a href="#n-a">[1]</a></sup> '
        'Kyiv spoke of 12,000.<sup id="r-b"><a href="#n-b">[2]</a></sup></p>'
        "<p>The two capitals count different units, officials in both said on Friday.</p>"
        '<h2>Sources</h2><ol class="refs"><li id="n-a"><a href="#r-a">^</a> Yonhap wire, 13 January 2025.</li>'
        '<li id="n-b"><a href="#r-b">^</a> Ukrinform wire, 14 January 2025.</li></ol></article></body></html>'
    )
    result = _normalised(page)
    assert "11,000 in January. Kyiv spoke of 12,000." in _body(result)
    notes = [r.text for r in result.removed if r.reason == "footnote"]
    assert len(notes) == 2 and "Yonhap wire" in notes[0] and "Ukrinform wire" in notes[1]
