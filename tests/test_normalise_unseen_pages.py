"""Saved pages and newsletters met in blind checks: bylines, live blogs, embeds, tables."""

from __future__ import annotations

from store.normalise import normalise_bytes
from store.normalise.furniture import match_furniture
from store.normalise.markdown import strip_inline

_P1 = (
    "North Korea has sent about 11,000 troops to Russia's Kursk region, according to South Korea's "
    "intelligence service, which said at least 1,100 of them had been killed or wounded."
)
_P2 = (
    "Ukrainian officials have given higher estimates, saying as many as 12,000 North Korean soldiers "
    "had been deployed and that hundreds had died in the first weeks."
)


def _page(body: str, head: str = "") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Troops in Kursk</title>
<meta property="og:site_name" content="Harbour Review">{head}</head><body><main><article>
{body}
</article></main></body></html>""".encode()


def test_byline_left_out_by_extraction_still_names_the_author() -> None:
    result = normalise_bytes(
        _page(f'<h1>Troops in Kursk</h1><div class="meta">By <a href="/a">Chidi Okafor</a> | 20 December 2024</div><p>{_P1}</p><p>{_P2}</p>'),
        "page.html",
        suffix=".html",
    )
    assert result.articles[0].author == "Chidi Okafor"


def test_printed_names_that_include_the_markup_author_are_the_byline() -> None:
    result = normalise_bytes(
        _page(
            f'<h1>Troops in Kursk</h1><p class="byline">Sofia Lindqvist and Tomás Reyes</p><p>{_P1}</p><p>{_P2}</p>',
            head='<meta name="author" content="Sofia Lindqvist">',
        ),
        "page.html",
        suffix=".html",
    )
    (article,) = result.articles
    assert article.author == "Sofia Lindqvist and Tomás Reyes"
    assert all("Tomás Reyes" not in p.text for p in article.passages)


def test_text_beside_blocks_that_extraction_drops_is_in_the_audit() -> None:
    entries = "".join(f'<div class="entry"><time>{t} GMT</time><p>{p}</p></div>' for t, p in (("14:32", _P1), ("13:05", _P2)))
    result = normalise_bytes(_page(f"<h1>Troops in Kursk: live</h1>{entries}"), "live.html", suffix=".html")
    kept = " ".join(p.text for a in result.articles for p in a.passages)
    audited = " ".join(r.text for r in result.removed)
    for stamp in ("14:32 GMT", "13:05 GMT"):
        assert stamp in kept or stamp in audited


def test_embedded_post_attribution_is_neither_bullet_nor_heading_and_loses_markdown_escapes() -> None:
    tweet = (
        '<blockquote class="twitter-tweet"><p>Our estimate: 12,000 deployed.</p>&mdash; Defence Intelligence '
        "of Ukraine (@DI_Ukraine) December 16, 2024</blockquote>"
    )
    result = normalise_bytes(_page(f"<h1>Troops in Kursk</h1><p>{_P1}</p>{tweet}<p>{_P2}</p>"), "page.html", suffix=".html")
    (article,) = result.articles
    attribution = next(p for p in article.passages if "Defence Intelligence" in p.text)
    assert attribution.text == "— Defence Intelligence of Ukraine (@DI_Ukraine) December 16, 2024"
    assert attribution.kind != "heading"


def test_table_rows_are_never_headings() -> None:
    table = (
        "<table><tr><th>Source</th><th>Troops</th></tr><tr><td>South Korea</td><td>11,000</td></tr>"
        "<tr><td>Pentagon</td><td>10,000–12,000</td></tr></table>"
    )
    result = normalise_bytes(_page(f"<h1>Troops in Kursk</h1><p>{_P1}</p>{table}<p>{_P2}</p>"), "page.html", suffix=".html")
    rows = [p for p in result.articles[0].passages if p.text.startswith("|")]
    assert rows and all(p.kind != "heading" for p in rows)


def test_markdown_escapes_are_undone_but_literal_brackets_kept() -> None:
    assert strip_inline(r"the DPRK \[North Korea\] and @DI\_Ukraine") == "the DPRK [North Korea] and @DI_Ukraine"
    assert strip_inline(r"\*not emphasis\* but *this*") == "*not emphasis* but this"
    assert strip_inline("[bold] stays") == "[bold] stays"


def test_rows_of_furniture_links_and_share_counters_are_furniture() -> None:
    assert match_furniture("Unsubscribe | Manage preferences") is not None
    assert match_furniture("Share 1.2K shares") is not None
    assert match_furniture("By Jane Doe | Reuters") is None
    assert match_furniture("The 340 shares fell in value") is None


def test_article_laid_out_in_a_table_cell_with_line_breaks_gives_paragraphs() -> None:
    page = f"""<html><head><title>Troop losses mount - The Tonbridge Courier</title></head>
<body><table width="600"><tr><td>
<font size="2">By Margaret Holloway<br>19 December 2024</font><br><br>
{_P1}<br><br>
{_P2}<br><br>
<font size="1">Copyright 2024 The Tonbridge Courier.</font>
</td></tr></table></body></html>"""
    result = normalise_bytes(page.encode(), "old.html", suffix=".html")
    (article,) = result.articles
    assert [p.text for p in article.passages] == [_P1, _P2]
    assert (article.title, article.outlet) == ("Troop losses mount", "The Tonbridge Courier")
    assert article.author == "Margaret Holloway"


def test_table_of_figures_stays_a_table() -> None:
    table = "<table><tr><td>South Korea</td><td>11,000</td></tr><tr><td>Ukraine</td><td>12,000</td></tr></table>"
    result = normalise_bytes(_page(f"<h1>Troops in Kursk</h1><p>{_P1}</p>{table}<p>{_P2}</p>"), "page.html", suffix=".html")
    texts = [p.text for p in result.articles[0].passages]
    assert "| South Korea | 11,000 |" in texts


def test_channel_view_counters_are_furniture_but_amounts_are_not() -> None:
    assert match_furniture("👁 61.7K 🔥 1.2K") is not None
    assert match_furniture("€ 5") is None
    assert match_furniture("(2024) 5") is None


def test_transcript_questions_are_not_headings() -> None:
    text = (
        "Pentagon press briefing\n\nQ: And casualties?\n\nGEN. RYDER: Again, hundreds. I'm not going to get into "
        "more specific numbers of North Korean casualties in Kursk today.\n"
    )
    (article,) = normalise_bytes(text.encode(), "briefing.txt").articles
    question = next(p for p in article.passages if p.text.startswith("Q:"))
    assert question.kind == "body"


def test_paywall_page_gives_no_article() -> None:
    offer = (
        "<p>Subscribe to unlock this article</p><p>Try unlimited access. Only $1 for 4 weeks. Then $75 per month. "
        "Complete digital access to quality journalism on any device. Cancel anytime during your trial.</p>"
        "<p>Already a subscriber? Sign in</p>"
    )
    result = normalise_bytes(_page(f"<h1>What the deployment costs Pyongyang</h1>{offer}"), "paywall.html", suffix=".html")
    assert result.articles == []
    assert any(r.reason == "paywall" for r in result.removed)


def test_prose_that_starts_like_an_offer_is_kept() -> None:
    assert match_furniture("Try unlimited access to military bases, officials said, was granted to the troops.") is None


def test_live_blog_badges_are_furniture_but_prose_about_live_fire_is_not() -> None:
    assert match_furniture("Key event") is not None
    assert match_furniture("Show 3 new updates") is not None
    assert match_furniture("Live fire exercises were held near Kursk on Monday.") is None
