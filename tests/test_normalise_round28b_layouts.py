"""Round 28b, layouts: what a month of saved pages, notes and mails showed the normaliser still gets wrong.

A live page's posts set as list items; a figures box beside the story; member and donation appeals;
translators' and editors' credits; a forwarded mail with the forwarder's note; notes that name their
source; a briefing transcript's speaker lines; a section label over the headline; bylines the page
extraction left out; a dateline after the author's name.
"""

from __future__ import annotations

import pytest
from normalise_samples import PROSE_1, PROSE_2, PROSE_3, body_texts, normalise_named, only_article, removed_texts, texts_by_kind

# --- L1: a live page's posts in <ol><li>: each post whole, in order, its time its stamp --------------------

_POSTS = [
    ("09:05 GMT", "Seoul briefs lawmakers", [PROSE_1]),
    ("10:40 GMT", "Uniforms and papers", [PROSE_2, "A second paragraph of the same post follows the first one here."]),
    ("12:15 GMT", "Paid in oil", [PROSE_3]),
]


def _live_page(list_tag: str, with_headings: bool = True, wrapper: str = "") -> str:
    items = []
    for stamp, heading, paragraphs in _POSTS:
        head = f"<h3>{heading}</h3>" if with_headings else ""
        post = (f'<div class="meta"><time datetime="2024-11-20T{stamp[:5]}:00Z">{stamp}</time></div>\n{head}\n'
                + "\n".join(f"<p>{p}</p>" for p in paragraphs))
        if wrapper:
            post = f'<{wrapper} class="post">{post}</{wrapper}>'
        items.append(f'<li class="entry">\n{post}\n</li>')
    return ("<html><head><title>Live: Kursk deployment</title></head><body><main>\n<h1>Live: North Korean troops reach Kursk</h1>\n"
            '<div class="summary"><h2>Key points</h2>\n<ul><li>Seoul says units moved to the front</li><li>Uniforms and papers issued</li></ul></div>\n'
            f"<p>{PROSE_1[:60]} and more, our correspondents report through the day.</p>\n"
            f"<{list_tag} class=\"stream\">\n" + "\n".join(items) + f"\n</{list_tag}>\n</main></body></html>")


@pytest.mark.parametrize(("list_tag", "wrapper"), [("ol", ""), ("ul", ""), ("ol", "article")])
def test_a_live_pages_posts_in_list_items_are_whole_posts_with_their_time(list_tag: str, wrapper: str) -> None:
    article = only_article(normalise_named(_live_page(list_tag, wrapper=wrapper), "live.html"))
    kinds = texts_by_kind(article)
    assert body_texts(article)[1:] == [p for _, _, paragraphs in _POSTS for p in paragraphs]
    assert kinds["heading"][1:] == [f"{stamp} · {heading}" for stamp, heading, _ in _POSTS]
    assert not any(text.startswith(("1.", "•", "#")) or "###" in text for text in [p.text for p in article.passages])
    assert kinds.get("bullet") == ["Seoul says units moved to the front", "Uniforms and papers issued"]  # a summary's bullets stay


def test_a_post_with_no_heading_keeps_its_time_as_an_entry_time() -> None:
    result = normalise_named(_live_page("ol", with_headings=False), "live.html")
    assert body_texts(only_article(result))[1:] == [p for _, _, paragraphs in _POSTS for p in paragraphs]
    assert removed_texts(result, "entry-time") == [stamp for stamp, _, _ in _POSTS]


# --- L3: member and donation appeals are furniture, in the audit -------------------------------------------

_APPEALS = [
    "Our newsroom was forced to leave the country. Help us stay independent: every contribution counts.",
    "We have reported from the front since 2014. Become a supporter of The Frontline Post and help keep our reporters in the field.",
]


@pytest.mark.parametrize("appeal", _APPEALS)
def test_a_member_or_donation_appeal_after_the_story_is_furniture(appeal: str) -> None:
    news = "Finland's president said Sweden would become a member of the new air-defence pact and help fund it next year."
    result = normalise_named(f"North Korean units move to Kursk\n\n{PROSE_1}\n\n{news}\n\n{appeal}\n\n{PROSE_2}\n", "story.txt")
    assert body_texts(only_article(result)) == [PROSE_1, news, PROSE_2]
    assert removed_texts(result, "support-appeal") == [appeal]


# --- L4: translators', editors' and writers' credits are credits, not body, masthead or headings --------------


@pytest.mark.parametrize("credit", ["Translated by Olena Hrytsenko", "Translation by Marc Dubois", "Edited by Maria Lopez, with reporting from Tom Hale and Ana Ruiz in Kyiv"])
def test_a_translators_or_editors_line_is_a_credit(credit: str) -> None:
    result = normalise_named(f"North Korean units move to Kursk\n\n{PROSE_1}\n\n{PROSE_2}\n\n{credit}\n", "story.txt")
    article = only_article(result)
    assert body_texts(article) == [PROSE_1, PROSE_2]
    assert texts_by_kind(article).get("credit") == [credit]
    assert article.outlet is None  # an editor named is no publisher


def test_a_name_over_a_correspondent_line_inside_the_text_credits_the_entry() -> None:
    page = ("<html><head><title>Kursk: the latest</title></head><body><main><h1>Kursk: the latest</h1>"
            f"<p>{PROSE_1}</p><h2>Seoul weighs in</h2><p>Min-ji Park<br>Asia correspondent</p><p>{PROSE_2}</p><p>{PROSE_3}</p></main></body></html>")
    kinds = texts_by_kind(only_article(normalise_named(page, "page.html")))
    assert kinds.get("credit") == ["Min-ji Park", "Asia correspondent"]
    assert "Asia correspondent" not in kinds.get("heading", []) and kinds["body"] == [PROSE_1, PROSE_2, PROSE_3]


# --- L6: notes that name their source with its address; a dated title closed by a note ----------------------


@pytest.mark.parametrize("source", ["Source: Center for Naval Analyses, https://www.cna.example/reports/kursk-12",
                                    "Source: Center for Naval Analyses (https://www.cna.example/reports/kursk-12)",
                                    "Source: Center for Naval Analyses — https://www.cna.example/reports/kursk-12"])
def test_a_notes_source_line_gives_the_outlet_and_the_address_apart(source: str) -> None:
    text = f"# Notes on the Kursk deployment\n\n{source}\n\nAccessed: 2025-02-03\n\n{PROSE_1}\n\n{PROSE_2}\n"
    result = normalise_named(text, "notes.md")
    article = only_article(result)
    assert (article.outlet, article.url) == ("Center for Naval Analyses", "https://www.cna.example/reports/kursk-12")
    assert body_texts(article) == [PROSE_1, PROSE_2] and not texts_by_kind(article).get("heading")
    assert any("Accessed: 2025-02-03" in r for r in removed_texts(result, "metadata-header"))
    assert article.published is None  # the day the notes were taken is no publication date


@pytest.mark.parametrize("note", ["(excerpt)", "[abridged]", "(full text)"])
def test_a_dated_report_title_closed_by_a_note_still_dates_the_article(note: str) -> None:
    text = f"# Ukraine Situation Report, 14 February 2025 {note}\n\n{PROSE_1}\n\n{PROSE_2}\n"
    article = only_article(normalise_named(text, "notes.md"))
    assert article.published == "2025-02-14"
    assert article.title == f"Ukraine Situation Report, 14 February 2025 {note}"


# --- X2: a dateline set after the author's name by a middle dot is no part of the name ----------------------


@pytest.mark.parametrize("author", ["Katrin Vogel · Warschau", "Katrin Vogel · Warschau ·", "Katrin Vogel • Warschau"])
def test_a_place_after_a_middle_dot_in_the_pages_author_is_no_author(author: str) -> None:
    page = (f'<html><head><title>Kursk</title><meta name="author" content="{author}"></head><body><article>'
            f"<h1>Nordkoreanische Truppen in Kursk</h1><p>{PROSE_1}</p><p>{PROSE_2}</p></article></body></html>")
    assert only_article(normalise_named(page, "page.html")).author == "Katrin Vogel"


# --- L9 / X5: a byline and a kicker that page extraction left out are audited as what they are --------------


def test_a_left_out_byline_and_kicker_are_audited_as_byline_and_kicker() -> None:
    page = ("<html><head><title>Inside the Kursk deployment</title></head><body><nav><a>Home</a> <a>World</a> <a>Business</a></nav><main><article>\n"
            '<div class="section-label">Security analysis</div>\n<h1>Inside the Kursk deployment</h1>\n'
            '<div class="meta">By <a href="/a/tomas-berg">Tomas Berg</a> and Lina Cho · March 3, 2025 · 4 min read</div>\n'
            f"<p>{PROSE_1}</p>\n<p>{PROSE_2}</p>\n<p>{PROSE_3}</p>\n</article></main></body></html>")
    result = normalise_named(page, "page.html")
    article = only_article(result)
    assert removed_texts(result, "kicker") == ["Security analysis"]
    assert removed_texts(result, "byline") == ["By Tomas Berg and Lina Cho · March 3, 2025 · 4 min read"]
    assert "Tomas Berg" in (article.author or "") and article.published == "2025-03-03"
    assert "Security analysis" not in " ".join(p.text for p in article.passages)


# --- L2: a box of the story's key figures beside it is content, not page chrome -----------------------------

_BOX_ITEMS = ["Soldiers sent: about 11,000 (NIS)", "Killed or wounded: 3,000+ (Ukraine's General Staff)", "Shells supplied: 60% (HUR)"]


def _boxed_page(items: list[str], name: str = "By the numbers") -> str:
    box = f'<aside class="box"><h3>{name}</h3><ul>' + "".join(f"<li>{item}</li>" for item in items) + "</ul></aside>"
    return (f"<html><head><title>Kursk explained</title></head><body><main><article><h1>Kursk explained</h1>\n<p>{PROSE_1}</p>\n{box}\n"
            f"<p>{PROSE_2}</p>\n<p>{PROSE_3}</p>\n</article></main></body></html>")


def test_an_aside_of_labelled_figures_is_kept_in_its_place() -> None:
    article = only_article(normalise_named(_boxed_page(_BOX_ITEMS), "page.html"))
    texts = [p.text.lstrip("• ") for p in article.passages]
    assert texts == [PROSE_1, "By the numbers", *_BOX_ITEMS, PROSE_2, PROSE_3]
    # An aside of linked headlines (related stories) stays chrome, however many figures they hold.
    linked = [f'<a href="/news/{n}">{item}</a>' for n, item in enumerate(_BOX_ITEMS)]
    result = normalise_named(_boxed_page(linked), "page.html")
    assert body_texts(only_article(result)) == [PROSE_1, PROSE_2, PROSE_3]
    assert all(item in removed_texts(result) for item in _BOX_ITEMS)
    # So does a widget of figures the page does not name as the story's (a market ticker).
    ticker = ["KOSPI: 2,480 (-0.4%)", "Won per dollar: 1,392 (+0.2%)"]
    result = normalise_named(_boxed_page(ticker, "Markets"), "page.html")
    assert body_texts(only_article(result)) == [PROSE_1, PROSE_2, PROSE_3]


# --- L5: a forwarded mail: the forwarder's note and sign-off are no article; the story's outlet is its own ------


def _forwarded_mail(note: str) -> str:
    return ("From: Jun Park <jun.park@desk.example>\nTo: team@desk.example\nSubject: Fwd: Seoul on Kursk units\n"
            "Date: Thu, 21 Nov 2024 08:02:11 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{note}\n\n---------- Forwarded message ---------\nFrom: Yonhap News Alerts <alerts@yna.example>\n"
            "Date: Wed, Nov 20, 2024 at 6:40 PM\nSubject: Seoul on Kursk units\n\n"
            f"{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n")


@pytest.mark.parametrize("note", ["Worth reading before the call. Note the uniforms detail.\n\nJ.",
                                  "For the Friday brief: the 1,500 figure is new to me.\n\nBest,\nJun",
                                  "See below."])
def test_a_forwarded_story_under_a_note_is_one_article_with_the_storys_outlet(note: str) -> None:
    result = normalise_named(_forwarded_mail(note), "fwd.eml")
    article = only_article(result)
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert article.outlet == "Yonhap" and article.author != "Jun Park"
    assert article.published == "2024-11-20"
    assert removed_texts(result, "forward-note")


# --- L7: a briefing transcript's speaker line under a rank, and the office it names as the issuer -------------


@pytest.mark.parametrize(("speaker", "outlet"), [("Navy Rear Adm. Dana Holt, Deputy Pentagon Press Secretary", "U.S. Department of Defense"),
                                                 ("Lt. Gen. Omar Reyes, State Department Spokesperson", "U.S. Department of State")])
def test_a_briefings_speaker_line_under_a_rank_is_a_head_line_and_names_the_issuer(speaker: str, outlet: str) -> None:
    text = (f"Press Briefing on the Kursk Deployment\n\nFeb. 4, 2025\n{speaker}\n\n"
            f"MR. HOLT: Good morning. {PROSE_1}\n\nQ: {PROSE_2}\n\nMR. HOLT: {PROSE_3}\n\n(END)\n")
    result = normalise_named(text, "briefing.txt")
    article = only_article(result)
    assert article.outlet == outlet and article.published == "2025-02-04"
    assert speaker not in [p.text for p in article.passages]
    assert any(speaker in r for r in removed_texts(result, "metadata-header"))


# --- L8: a section label over the headline is no title; a tag line in any script is no text -----------------


@pytest.mark.parametrize(
    ("kicker", "headline", "tags"),
    [
        ("Thế giới", "Hàn Quốc nói Triều Tiên đã đưa khoảng 11.000 binh sĩ tới vùng Kursk của Nga", "Từ khóa: Triều Tiên, Nga, Ukraine"),
        ("Analysis", "Why Pyongyang's soldiers matter to Moscow's Kursk counter-offensive", "関連タグ：北朝鮮 ロシア ウクライナ"),
    ],
)
def test_a_section_label_over_the_headline_is_a_kicker_and_a_tag_line_goes(kicker: str, headline: str, tags: str) -> None:
    result = normalise_named(f"{kicker}\n{headline}\n\n{PROSE_1}\n\n{PROSE_2}\n\n{tags}\n", "copied.txt")
    article = only_article(result)
    assert article.title == headline
    assert body_texts(article) == [PROSE_1, PROSE_2]
    assert removed_texts(result, "kicker") == [kicker] and removed_texts(result, "hashtags") == [tags]
