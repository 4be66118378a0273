"""Round 26b, layouts: what a QA sweep's unseen pages showed, each case written in other words.

A live blog's <title> with a dated first part, an edition label after a paper's name, a "Name, City" byline,
a broadcast transcript whose staff labels name the network, a thread copied from a network, a channel
post's tag row, a wire's correction note and its chained version tags.
"""

from __future__ import annotations

import pytest
from normalise_samples import PROSE_1, PROSE_2, PROSE_3, body_texts, normalise_named, only_article, removed_texts

# --- a live blog's <title>: a part that carries a date is no site's name ---------------------------------


@pytest.mark.parametrize(
    ("page_title", "site"),
    [
        ("Live updates: fighting in Kursk — 3 March 2025 - Eastern Front Daily", "Eastern Front Daily"),
        ("LIVE: North Korean troops at the front, Feb. 9, 2025 - Baltic Wire", "Baltic Wire"),
    ],
)
def test_a_live_pages_title_names_its_site_after_the_dated_part(page_title: str, site: str) -> None:
    page = (
        f"<html><head><title>{page_title}</title></head><body><main><h1>Kursk: the latest from the front</h1>"
        f"<p>{PROSE_1}</p><p>{PROSE_2}</p><p>{PROSE_3}</p></main></body></html>"
    )
    article = only_article(normalise_named(page, "live.html"))
    assert article.outlet == site
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]


# --- an edition label after a paper's name is no part of the name ----------------------------------------


@pytest.mark.parametrize(("masthead", "outlet"), [("日本経済新聞　電子版", "Nikkei Asia"), ("中央日報 電子版", "中央日報"), ("연합뉴스 전자판", "Yonhap")])
def test_a_digital_edition_label_after_a_papers_name_is_dropped(masthead: str, outlet: str) -> None:
    text = f"{masthead}\n\n北朝鮮兵、クルスク州で大きな損失\n\n{PROSE_1}\n\n{PROSE_2}\n"
    article = only_article(normalise_named(text, "paper.txt"))
    assert article.outlet == outlet


# --- "Name, City": the writer, then where the story was filed from -----------------------------------------


@pytest.mark.parametrize(
    ("byline", "author", "place"),
    [("Марія Шевченко, Харків", "Марія Шевченко", "Харків"), ("Daniel Brooks, Vilnius", "Daniel Brooks", "Vilnius")],
)
def test_a_byline_with_a_city_after_the_name_gives_author_and_dateline(byline: str, author: str, place: str) -> None:
    page = (
        f'<html><head><title>Frontline report</title></head><body><article><h1>Frontline report from the north</h1>'
        f'<div class="author">{byline}</div><p>{PROSE_1}</p><p>{PROSE_2}</p><p>{PROSE_3}</p></article></body></html>'
    )
    article = only_article(normalise_named(page, "story.html"))
    assert (article.author, article.dateline) == (author, place)
    # Two writers stay two writers.
    pair = page.replace(byline, f"{author}, Oksana Melnyk")
    assert only_article(normalise_named(pair, "story.html")).author == f"{author}; Oksana Melnyk"


# --- a broadcast transcript: the network its own staff's labels name ---------------------------------------


def test_a_transcripts_staff_labels_name_the_network() -> None:
    text = (
        "BBC WORLD TONIGHT\n\nNorth Korean prisoners speak\n\n"
        "ANNA KOVAL, BBC NEWS PRESENTER: Two captured North Korean soldiers have been questioned on camera in Kyiv today.\n\n"
        "TOM WELLS, BBC CORRESPONDENT: Anna, the two men say they were told they were going to Russia for training only.\n\n"
        "WELLS: Ukraine says its forces captured them in the Kursk region earlier this month after heavy fighting.\n"
    )
    article = only_article(normalise_named(text, "transcript.txt"))
    assert article.outlet == "BBC News"
    # A guest's label names where the guest works, never the network.
    guest = text.replace("BBC NEWS PRESENTER", "PRESENTER").replace("BBC CORRESPONDENT", "RAND ANALYST")
    assert only_article(normalise_named(guest, "transcript.txt")).outlet is None


# --- a thread copied from a network -------------------------------------------------------------------------


def test_a_copied_threads_head_names_its_poster_and_network() -> None:
    text = "Thread by @SteppeWatcher on Bluesky\n\n" f"1/3 {PROSE_1}\n\n2/3 {PROSE_2}\n\n3/3 {PROSE_3}\n"
    result = normalise_named(text, "thread.txt")
    article = only_article(result)
    assert (article.author, article.outlet) == ("@SteppeWatcher", "Bluesky")
    assert removed_texts(result, "thread-head") == ["Thread by @SteppeWatcher on Bluesky"]
    # (the posts' counters stay, as an earlier round chose: the title is the first post's words)
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert article.title is not None and article.title.startswith(PROSE_1[:30])


# --- a channel post's tag row with the post's link ----------------------------------------------------------


def test_a_channel_posts_tag_row_is_furniture_and_gives_the_posts_address() -> None:
    text = f"Morning report\n\n{PROSE_1}\n\n{PROSE_2}\n\n#Kursk #КНДР https://t.me/somechannel/7781\n"
    result = normalise_named(text, "post.txt")
    article = only_article(result)
    assert body_texts(article) == [PROSE_1, PROSE_2]
    assert article.url == "https://t.me/somechannel/7781"
    assert any("#Kursk" in t for t in removed_texts(result))
    # A tag row linking another site keeps that site off the article's address.
    other = only_article(normalise_named(text.replace("https://t.me/somechannel/7781", "https://example.org/report"), "post.txt"))
    assert other.url is None


# --- a wire's correction note is for the reader; chained version tags ---------------------------------------


def test_a_wire_correction_note_stays_as_content_and_chained_version_tags_go() -> None:
    text = (
        "REFILE-UPDATE 3-Kyiv revises count of North Korean dead\n\n"
        "(Clarifies in paragraph 2 that the figure of 800 includes wounded)\n\n"
        "By Jane Roe\n\n"
        f"VILNIUS, March 3 (Reuters) - {PROSE_1}\n\n{PROSE_2}\n"
    )
    article = only_article(normalise_named(text, "wire.txt"))
    assert article.title == "Kyiv revises count of North Korean dead"
    assert "(Clarifies in paragraph 2 that the figure of 800 includes wounded)" in [p.text for p in article.passages]
    assert article.dateline == "VILNIUS"


# --- a footnote's mark glued to a figure's closing full stop -------------------------------------------------


def test_a_footnote_mark_after_a_figures_full_stop_leaves_the_figure_whole() -> None:
    text = (
        "Kursk and the count of the dead\n\nBy Jane Roe\n\n"
        "The agency counted between 11,000 and 12,000.1 Officials in Seoul said more troops would follow in the spring, "
        "and that the rotation had begun in 2024.2\n\n"
        "Another paragraph says 1,234.5 tonnes were shipped in March of last year to the port of Vostochny by rail and sea.\n\n"
        "A third paragraph closes the brief with what remains unknown about the losses in the Kursk region this winter.\n\n"
        "1 Pentagon briefing, 4 November 2024.\n\n2 Yonhap, 3 March 2025.\n"
    )
    result = normalise_named(text, "brief.txt")
    body = body_texts(only_article(result))
    assert body[0] == (
        "The agency counted between 11,000 and 12,000. Officials in Seoul said more troops would follow in the spring, "
        "and that the rotation had begun in 2024."
    )
    assert body[1].startswith("Another paragraph says 1,234.5 tonnes")  # a decimal with no note under it stays
    assert removed_texts(result, "footnote") == ["1 Pentagon briefing, 4 November 2024.\n2 Yonhap, 3 March 2025."]


# --- a think-tank brief's letterhead over a title broken after its colon -------------------------------------


def test_a_briefs_letterhead_names_the_issuer_and_dates_the_brief_and_the_title_is_both_lines() -> None:
    text = (
        "BALTIC DEFENCE POLICY INSTITUTE\nCOMMENTARY | MARCH 2025\n\n"
        "Pyongyang's Expeditionary Force:\nLessons from the Kursk Salient\n\n"
        "By Jane Roe and John Poe\n\n"
        f"{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    result = normalise_named(text, "brief.txt")
    article = only_article(result)
    assert article.title == "Pyongyang's Expeditionary Force: Lessons from the Kursk Salient"
    assert (article.published, article.author) == ("2025-03", "Jane Roe and John Poe")
    assert article.outlet is not None and article.outlet.lower() == "baltic defence policy institute"
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert "COMMENTARY | MARCH 2025" in removed_texts(result, "letterhead-label")


# --- the shortest note: a line over one short sentence --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Харків\n\nНаша мета: ретельно звірити всі цифри.\n", "Vilnius\n\nCel: dokładnie sprawdzić te dane.\n"],
)
def test_a_line_over_one_short_sentence_is_an_article(text: str) -> None:
    article = only_article(normalise_named(text, "note.txt"))
    assert text.split("\n\n")[1].strip() in [p.text for p in article.passages]
    # Bare words under a line are no sentence and no article.
    assert normalise_named("Харків\n\nзвірити всі цифри ретельно сьогодні\n", "note.txt").articles == []


# --- a time zone in brackets after the time; a document's kind over its date ---------------------------------


@pytest.mark.parametrize("stamp", ["March 3, 2025 09:10 (KST)", "3 March 2025, 09:10 (CET)", "March 3, 2025 09:10 (UTC+09:00)"])
def test_a_time_zone_in_brackets_after_the_time_still_dates_the_story(stamp: str) -> None:
    result = normalise_named(f"Seoul dispatch on the Kursk front\n\n{stamp}\n\n{PROSE_1}\n\n{PROSE_2}\n", "story.txt")
    article = only_article(result)
    assert (article.published, body_texts(article)) == ("2025-03-03", [PROSE_1, PROSE_2])
    assert stamp in removed_texts(result)


@pytest.mark.parametrize("label", ["Analyst note", "Situation report", "Briefing memo"])
def test_a_documents_kind_over_its_date_dates_it_and_is_no_heading(label: str) -> None:
    line = f"{label}, 3 March 2025"
    for text, name in [
        (f"Where the North Korean units went\n\n{line}\n\n{PROSE_1}\n\n{PROSE_2}\n", "note.txt"),
        (f"<html><body><p class='title'>Where the North Korean units went</p><p class='subtitle'>{line}</p><p>{PROSE_1}</p><p>{PROSE_2}</p></body></html>", "note.html"),
    ]:
        article = only_article(normalise_named(text, name))
        assert (article.published, article.author, article.outlet) == ("2025-03-03", None, None)
        assert line not in [p.text for p in article.passages]


# --- a live post's time that repeats the page's "updated" stamp is on record, like the other posts' times -----


def test_every_live_posts_time_left_out_is_on_record_even_when_the_stamp_repeats_it() -> None:
    page = (
        "<html><head><title>Kursk live</title></head><body><main><h1>Kursk: the day's events as they happened</h1>"
        "<p class='stamp'>Updated 7 March 2025, 21:05</p>"
        f"<section class='post'><time>21:05</time><h3>Seoul's figure</h3><p>{PROSE_1}</p></section>"
        f"<section class='post'><time>16:40</time><h3>Uniforms and papers</h3><p>{PROSE_2}</p></section>"
        "</main></body></html>"
    )
    result = normalise_named(page, "live.html")
    article = only_article(result)
    assert body_texts(article) == [PROSE_1, PROSE_2]
    kept = " ".join(p.text for p in article.passages)
    on_record = removed_texts(result)
    for time in ("21:05", "16:40"):
        assert time in kept or time in on_record


# --- a newsletter's stories labelled "STORY 1:", "STORY 2:" are items of their own -------------------------------


def test_a_newsletters_labelled_stories_are_articles_of_their_own() -> None:
    text = (
        "Steppe Brief — Thursday, 6 March 2025\n\n"
        "STORY 1: KYIV PUBLISHES PRISONERS' LETTERS\n\n"
        f"{PROSE_1}\n\n{PROSE_2}\n\n"
        "Story 2: Shells by rail\n\n"
        f"{PROSE_3}\n\n"
        "You are receiving this because you subscribed to Steppe Brief.\nUnsubscribe | Manage preferences\n"
    )
    result = normalise_named(text, "issue.txt")
    assert [a.title for a in result.articles] == ["KYIV PUBLISHES PRISONERS' LETTERS", "Shells by rail"]
    assert [body_texts(a) for a in result.articles] == [[PROSE_1, PROSE_2], [PROSE_3]]
    # Without a newsletter's closing, a report's labelled parts stay one text.
    report = normalise_named(text.split("You are receiving")[0], "report.txt")
    assert len(report.articles) == 1


# --- Cyrillic UTF-8 read as Windows-1251 whose no-break space became a plain one: "КНДР ." ---------------------


def test_a_lost_no_break_space_after_a_repaired_er_leaves_no_space_before_the_stop() -> None:
    story = "Сили оборони знищили склад боєприпасів поблизу кордону з КНДР. Про це повідомив штаб угруповання «СІВЕР»."
    other = "Окремо у штабі заявили, що ворог втратив ще дві гаубиці та три вантажівки на напрямку."
    shown, shown_other = (text.encode("utf-8").decode("cp1251").replace("\xa0", " ") for text in (story, other))
    entities, entities_other = ("".join(f"&#{ord(c)};" if not c.isascii() else c for c in text) for text in (shown, shown_other))
    for data, name in [
        (f"Зведення штабу за ніч про удари\n\n{shown}\n\n{shown_other}\n".encode(), "report.txt"),
        (f"<html><head><meta charset='utf-8'></head><body><h1>Зведення</h1><p>{entities}</p><p>{entities_other}</p></body></html>".encode(), "report.html"),
    ]:
        from store.normalise import normalise_bytes

        result = normalise_bytes(data, name, suffix=name[-5:] if name.endswith(".html") else ".txt")
        assert body_texts(only_article(result)) == [story, other]


# --- a story's sources labelled under a paragraph that reports speech caption nothing -------------------------


@pytest.mark.parametrize(
    ("paragraph", "sources"),
    [
        ("Ukraine's military intelligence said on Friday that about 300 North Korean soldiers had been killed near Sudzha.", "Sources: AP, Reuters"),
        ("Według ukraińskiego wywiadu w walkach pod Sudżą zginęło około 300 żołnierzy z Korei Północnej, którzy walczyli.", "Źródło: PAP"),
        ("За даними розвідки, у боях поблизу Суджі загинули близько 300 північнокорейських військових за минулий тиждень.", "Джерела: Укрінформ, Reuters"),
    ],
)
def test_a_sources_line_under_a_reported_paragraph_leaves_it_body(paragraph: str, sources: str) -> None:
    text = f"North Korean losses near Sudzha\n\n{paragraph}\n\n{sources}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = only_article(normalise_named(text, "story.txt"))
    kinds = {p.text: p.kind for p in article.passages}
    assert kinds[paragraph] in ("body", "dek")  # (no picture's caption)
    assert kinds.get(sources, "credit") == "credit"  # (on record as the story's credit, or in the audit)


# --- a mail signature's delimiter is on record as the signature's, not as an icon ------------------------------


def test_a_mail_signatures_delimiter_goes_to_the_audit_with_the_signature() -> None:
    text = f"Kursk notes for the week\n\n{PROSE_1}\n\n{PROSE_2}\n\n--\nMarta Kowalska\nEast Europe desk\n"
    result = normalise_named(text, "note.txt")
    assert body_texts(only_article(result)) == [PROSE_1, PROSE_2]
    assert removed_texts(result, "signature") == ["--\nMarta Kowalska\nEast Europe desk"]
