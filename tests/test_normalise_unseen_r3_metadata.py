"""Blind round 3: outlets, authors and titles from feeds' section names, signatures, mastheads and page markup."""

from __future__ import annotations

from store.normalise import normalise_bytes
from store.normalise.furniture import is_section_word
from store.normalise.header_lines import copyright_holder, masthead_name
from store.normalise.outlets import outlet_of_titled_name

P1 = (
    "North Korea has sent about 11,000 troops to Russia's Kursk region, according to South Korea's National "
    "Intelligence Service, which told lawmakers on Wednesday that at least 1,100 of them had been killed or wounded."
)
P2 = (
    "Lawmaker Lee Seong-kweun, who briefed reporters after the closed-door session, said the soldiers were suffering "
    "heavy losses because they lacked experience of drone warfare."
)
P5 = (
    "Neither Moscow nor Pyongyang has publicly acknowledged the deployment, although Russian President Vladimir "
    "Putin and Kim Jong Un signed a mutual defence treaty in June."
)


def _one(text: str, name: str = "a.txt", suffix: str = ".txt"):
    result = normalise_bytes(text.encode(), name, suffix=suffix)
    assert len(result.articles) == 1
    return result.articles[0], result


# --- A feed's or site's title with a section ---------------------------------------------


def _rss(channel_title: str, link: str) -> str:
    item = (
        f"<item><title>Seoul counts 1,100 casualties</title><link>{link}/news/1</link>"
        f"<pubDate>Wed, 04 Dec 2024 09:10:00 +0000</pubDate><description><![CDATA[<p>{P1}</p>]]></description></item>"
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{channel_title}</title><link>{link}</link>{item}</channel></rss>'


def test_feed_title_with_a_section_gives_the_outlet_alone() -> None:
    article, result = _one(_rss("East Asia Wire — Korea", "https://eastasiawire.example"), "feed.xml", ".xml")
    assert article.outlet == "East Asia Wire"
    # The section is dropped on purpose; the audit keeps the header line that carried it.
    assert any("East Asia Wire — Korea" in r.text for r in result.removed)


def test_outlet_part_is_found_by_host_by_section_word_or_by_publication_word() -> None:
    hosts = ["eastasiawire.example"]
    assert outlet_of_titled_name("Korea | East Asia Wire", hosts, is_section_word) == "East Asia Wire"
    assert outlet_of_titled_name("Pyongyang Monitor: Defence", [], is_section_word) == "Pyongyang Monitor"
    assert outlet_of_titled_name("Tokyo Evening Standard - English", [], is_section_word) == "Tokyo Evening Standard"
    assert outlet_of_titled_name("Korea — Steppe Observer", [], is_section_word) == "Steppe Observer"
    # No evidence either way: the name stays whole rather than be guessed at.
    assert outlet_of_titled_name("Alpha — Beta", [], is_section_word) == "Alpha — Beta"
    # A name the outlet table knows whole is never cut.
    assert outlet_of_titled_name("Radio Free Europe/Radio Liberty", [], is_section_word) == "Radio Free Europe/Radio Liberty"


# --- Korean-style signatures and mastheads --------------------------------------------------


def test_wire_tag_closing_the_story_and_reporter_mail_name_the_outlet() -> None:
    text = "\n\n".join(["N. Korean casualties in Kursk top 1,100: NIS", P1, P2, P5 + " (Yonhap)", "mjkim@yna.co.kr", "(END)"]) + "\n"
    article, result = _one(text)
    assert article.outlet == "Yonhap"
    assert [p.kind for p in article.passages] == ["body"] * 3  # the tagged last paragraph is no photo caption
    assert {"metadata-header", "end-marker"} <= {r.reason for r in result.removed}


def test_closing_wire_tag_alone_names_the_outlet_when_nothing_else_does() -> None:
    text = "\n\n".join(["N. Korean casualties in Kursk top 1,100", P1, P2, P5 + " (Yonhap)"]) + "\n"
    article, _ = _one(text)
    assert (article.outlet, article.outlet_basis, article.credit) == ("Yonhap", "closing tag", None)


def test_signature_byline_under_the_story_gives_author_and_outlet() -> None:
    text = "\n\n".join(["NIS: 1,100 N. Korean troops killed or wounded", P1, P2, P5, "By Park Ji-won / Korea Herald (jwpark@heraldcorp.com)"]) + "\n"
    article, _ = _one(text)
    assert (article.author, article.outlet) == ("Park Ji-won", "The Korea Herald")
    assert all("Park Ji-won" not in p.text for p in article.passages)


def test_name_over_an_unknown_mail_address_is_the_author_and_no_outlet_is_guessed() -> None:
    text = "\n\n".join(["Seoul raises its count", P1, P2, P5, "Choi Hye-rin", "hrchoi@seoulledger.example"]) + "\n"
    article, _ = _one(text)
    assert (article.author, article.outlet) == ("Choi Hye-rin", None)
    assert [p.text for p in article.passages] == [P1, P2, P5]


def test_bracketed_masthead_and_copyright_line_name_the_outlet() -> None:
    text = "\n\n".join(
        ["[Hanbit Ilbo English Edition]", "N. Korean troops in Kursk: NIS says 1,100 casualties", "Posted : 2024-12-19 16:40 | Reporter Kim Min-ji", P1, P2]
    )
    article, _ = _one(text)
    assert (article.title, article.outlet, article.author) == ("N. Korean troops in Kursk: NIS says 1,100 casualties", "Hanbit Ilbo", "Kim Min-ji")
    assert masthead_name("[Hanbit Ilbo English Edition]") == "Hanbit Ilbo"
    assert masthead_name("Asia Pacific") is None  # a section kicker names no outlet
    assert copyright_holder("© 2024 Meridian Daily. All rights reserved.") == "Meridian Daily"
    assert copyright_holder("ⓒ Hanbit Ilbo. All rights reserved. 무단전재 및 재배포 금지") == "Hanbit Ilbo"
    assert copyright_holder("© Getty Images") is None


def test_copyright_line_is_outlet_evidence_when_nothing_else_names_one() -> None:
    text = "\n\n".join(["Seoul raises its count", P1, P2, "© 2024 Meridian Daily. All rights reserved."]) + "\n"
    article, _ = _one(text)
    assert (article.outlet, article.outlet_basis) == ("Meridian Daily", "copyright line")


# --- Titles ------------------------------------------------------------------------------


def test_numbered_newsletter_headings_are_titles_without_their_numbers() -> None:
    stories = [("Seoul raises its casualty count", "Pacific Monitor · 18 Dec 2024", P1), ("Kyiv: up to 12,000 troops", "Dnieper Chronicle · 19 Dec 2024", P5)]
    parts = ["# Korea Watch Weekly — Issue 52", ""]
    for n, (title, header, body) in enumerate(stories, 1):
        parts += ["---", "", f"## {n}. {title}", "", header, "", body, ""]
    parts += ["You're receiving this because you subscribed to Korea Watch Weekly. Unsubscribe · Manage preferences", ""]
    result = normalise_bytes("\n".join(parts).encode(), "news.md", suffix=".md")
    assert [(a.title, a.outlet) for a in result.articles] == [("Seoul raises its casualty count", "Pacific Monitor"), ("Kyiv: up to 12,000 troops", "Dnieper Chronicle")]
    assert any(r.reason == "share-prompt" and r.text.startswith("You're receiving") for r in result.removed)


def test_a_numbered_heading_alone_stays_a_heading_but_list_items_do_not_become_headings() -> None:
    text = "\n\n".join(["Report", P1, "2. Missiles", P2, "• Seoul: at least 1,100", "• Kyiv: as many as 12,000", P5])
    article, _ = _one(text)
    kinds = {p.text: p.kind for p in article.passages}
    assert kinds["2. Missiles"] == "heading"  # the section's number is kept, as a numbered list's are
    assert kinds["• Seoul: at least 1,100"] == kinds["• Kyiv: as many as 12,000"] == "body"


def test_printed_headline_above_the_byline_beats_a_page_title_the_text_never_prints() -> None:
    page = (
        "<html><head><title>Kursk memo</title></head><body><div>"
        "<p class=MsoTitle>North Korea’s troops in Kursk: casualty estimates compared</p>"
        "<p class=MsoNormal><i>By Piet de Vries, Harbour Review – 20 December 2024</i></p>"
        f"<p class=MsoNormal>{P1}</p><p class=MsoNormal>{P2}</p><p class=MsoNormal>{P5}</p></div></body></html>"
    )
    article, _ = _one(page, "memo.html", ".html")
    assert article.title == "North Korea’s troops in Kursk: casualty estimates compared"
    assert (article.author, article.outlet, article.published) == ("Piet de Vries", "Harbour Review", "2024-12-20")
    assert all(p.kind != "heading" for p in article.passages)


# --- Page markup ------------------------------------------------------------------------------


def test_prepared_by_line_is_a_byline() -> None:
    text = "\n\n".join(["Briefing note: North Korean forces in Kursk", "Prepared by Anna Berg, Nordic Defence Letter, 17 December 2024", P1, P2, P5])
    article, _ = _one(text)
    assert (article.author, article.outlet, article.published, article.dek) == ("Anna Berg", "Nordic Defence Letter", "2024-12-17", None)


def test_site_name_is_the_last_plain_part_of_a_multi_part_page_title() -> None:
    page = (
        "<html><head><title>Why North Korea's soldiers matter | by Tomas Varga | Dec, 2024 | Medium</title></head><body>"
        f"<article><h1>Why North Korea's soldiers matter</h1><p>{P1}</p><p>{P2}</p><p>{P5}</p></article></body></html>"
    )
    article, _ = _one(page, "m.html", ".html")
    assert article.outlet == "Medium"


def test_reader_view_credits_element_gives_the_author() -> None:
    page = (
        '<html><head><title>Ukraine captures two North Korean soldiers – Carpathian Monitor</title></head><body>'
        '<div class="reader-header"><h1 class="reader-title">Ukraine captures two North Korean soldiers</h1>'
        '<div class="credits reader-credits">Ilona Farkas</div><div class="reader-estimated-time">4-5 minutes</div></div>'
        f'<div class="content"><div id="readability-page-1"><p>{P1}</p><p>{P2}</p><p>{P5}</p></div></div></body></html>'
    )
    article, _ = _one(page, "reader.html", ".html")
    assert article.author == "Ilona Farkas"


def test_figcaption_under_a_paragraph_does_not_turn_that_paragraph_into_a_caption() -> None:
    page = (
        "<html><head><title>Losses mount</title></head><body><article><h1>Losses mount</h1>"
        f"<p>{P1}</p><p>{P2}</p><figure><img src='a.jpg'><figcaption>Soldiers in training, in a photo released by KCNA. (KCNA via Reuters)</figcaption></figure>"
        f"<p>{P5}</p></article></body></html>"
    )
    article, _ = _one(page, "wp.html", ".html")
    kinds = {p.text[:20]: p.kind for p in article.passages}
    assert kinds[P2[:20]] == "body"
    assert kinds["Soldiers in training"] == "caption"


def test_caption_ending_with_a_labelled_credit_is_a_caption() -> None:
    text = "\n\n".join(["Seoul doubles its estimate", "A destroyed vehicle near Kursk. Photo: Reuters", P1, P2])
    article, _ = _one(text)
    assert article.passages[0].kind == "caption"


def test_newsletter_platform_pitch_is_furniture() -> None:
    text = "\n\n".join(["The Kursk ledger", P1, P2, "Thanks for reading Peninsula Notes! Subscribe for free to receive new posts and support my work."])
    article, result = _one(text)
    assert [p.text for p in article.passages] == [P1, P2]
    assert any(r.reason == "share-prompt" and r.text.startswith("Thanks for reading") for r in result.removed)


def test_block_split_across_spans_is_not_audited_as_left_out_when_it_was_kept() -> None:
    cut = P1.index("Intelligence") + 5  # inside the word: "Intel<span>ligence"
    page = (
        "<html><head><title>Briefing</title></head><body><h1>Briefing</h1>"
        f"<p><span>{P1[:cut]}</span><span>{P1[cut:]}</span></p><p>{P2}</p><p>{P5}</p></body></html>"
    )
    article, result = _one(page, "gdocs.html", ".html")
    assert P1 in [p.text for p in article.passages]  # kept whole, the word split across the spans joined
    assert not any(r.reason == "html-boilerplate" and "National" in r.text for r in result.removed)


def test_author_field_in_another_language_holding_a_whole_byline() -> None:
    text = "\n\n".join(["Северокорейские войска в Курской области", "Автор: Ирина Петрова, Волжский вестник", P1, P5])
    article, _ = _one(text)
    assert (article.author, article.outlet) == ("Ирина Петрова", "Волжский вестник")


def test_an_author_fields_outlet_does_not_beat_a_source_field() -> None:
    text = "\n\n".join(["Seoul counts the dead", "Author: Jane Doe, Reuters", "Source: Daily Ledger", P1, P5])
    article, _ = _one(text)
    assert (article.author, article.outlet) == ("Jane Doe", "Daily Ledger")


def test_subtitle_set_as_a_sub_heading_under_the_title_is_the_dek() -> None:
    text = "\n\n".join(["# The Kursk ledger", "### What the casualty counts from Seoul and Kyiv do and do not tell us", P1, P2, P5])
    article, _ = _one(text, "ledger.md", ".md")
    assert article.dek == "What the casualty counts from Seoul and Kyiv do and do not tell us"
    # A short section heading under the title stays a heading.
    article, _ = _one("\n\n".join(["# The Kursk ledger", "## Background", P1, P2, P5]), "short.md", ".md")
    assert article.dek is None and article.passages[0].kind == "heading"


def test_press_release_distributor_between_slashes_is_the_credit() -> None:
    text = "\n\n".join(["Institute publishes new casualty estimate", "SEOUL, December 26, 2024 /PRNewswire/ -- " + P1, P2])
    article, _ = _one(text)
    assert (article.dateline, article.published, article.credit) == ("SEOUL", "2024-12-26", "PRNewswire")
