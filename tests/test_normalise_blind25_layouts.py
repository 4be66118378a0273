"""Blind round 25, layouts: a paper's dated running head with its folio, a broadcast transcript's programme
name, a Word file's core properties, a single story mailed with rules between its sections, a two-word
dateline place, a kicker over a headline and its deck, a newsletter platform's blurb wrapped or reworded,
and a thread copied from a social network with the poster's line over every post.

Each case is written as an unseen source would write it; what must hold is the body whole and in order,
the title, outlet, date and author right, furniture left out but on record.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from normalise_samples import PROSE_1, PROSE_2, PROSE_3, body_texts, normalise_named, only_article, removed_texts

from store.normalise import normalise_bytes

# --- a dated running head with the page's folio -----------------------------------------------------------

_HEADLINE = "North Korean troops reach Kursk front"


@pytest.mark.parametrize(
    "head",
    [
        "Monday, 4 November 2024   THE KOREA HERALD   {page}",
        "MONDAY, NOVEMBER 4, 2024   THE KOREA HERALD   PAGE {page}",
    ],
)
def test_a_dated_running_head_with_its_folio_leaves_every_page_and_the_paper_is_one_story(head: str) -> None:
    text = (
        f"{head.format(page=3)}\n\n{_HEADLINE}\n\n{PROSE_1}\n\n{PROSE_2}\n"
        f"\f{head.format(page=4)}\n\n{PROSE_3}\n"
    )
    result = normalise_named(text, "page.txt")
    article = only_article(result)
    assert (article.title, article.published) == (_HEADLINE, "2024-11-04")
    assert article.outlet is not None and article.outlet.lower() == "the korea herald"
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert head.format(page=4) in removed_texts(result)
    # The name first and the date after it read the same.
    named_first = text.replace(head.format(page=3), "THE KOREA HERALD   Monday, 4 November 2024   Page 3")
    assert len(normalise_named(named_first.replace(head.format(page=4), "THE KOREA HERALD   Monday, 4 November 2024   Page 4"), "page.txt").articles) == 1


@pytest.mark.parametrize(
    "head",
    ["Monday, 4 November 2024   THE KOREA HERALD   3", "Monday, November 4, 2024 | The Korea Herald | 3"],
)
def test_a_dated_running_head_atop_a_single_page_is_no_title_and_its_folio_is_no_part_of_the_papers_name(head: str) -> None:
    text = f"{head}\n{_HEADLINE}\n{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = only_article(normalise_named(text, "page.txt"))
    assert (article.title, article.published) == (_HEADLINE, "2024-11-04")
    assert article.outlet is not None and article.outlet.lower() == "the korea herald"
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    # Only a folio set apart at a running head's edge is dropped: "France 24" is the channel's name.
    article = only_article(normalise_named(f"{_HEADLINE}\n\nFrance 24 | 5 Nov 2024\n\n{PROSE_1}\n\n{PROSE_2}\n"))
    assert (article.outlet, article.published) == ("France 24", "2024-11-05")


# --- a broadcast transcript's programme name ---------------------------------------------------------------


@pytest.mark.parametrize("show", ["PBS NEWSHOUR", "Anderson Cooper 360", "Newsnight"])
def test_a_transcripts_programme_name_over_the_segments_headline_is_no_title(show: str) -> None:
    text = (
        f"{show}\n\nNorth Korean troops in Russia\n\nJUDY WOODRUFF: {PROSE_1}\n\n"
        f"NICK SCHIFRIN, CORRESPONDENT: {PROSE_2}\n\nJUDY WOODRUFF: {PROSE_3}\n"
    )
    result = normalise_named(text, "transcript.txt")
    article = only_article(result)
    assert article.title == "North Korean troops in Russia"
    assert [p.kind for p in article.passages] == ["body", "body", "body"]
    assert show in removed_texts(result)
    # A cable network's headline closes with the hour it aired: when, not what.
    cable = text.replace("North Korean troops in Russia", "North Korean Troops Enter Ukraine War; Interview With Former Ambassador. Aired 8-9p ET")
    assert only_article(normalise_named(cable, "transcript.txt")).title == "North Korean Troops Enter Ukraine War; Interview With Former Ambassador"
    # With no speakers' turns under it, a short first line is the story's own title.
    text = f"Kursk front\n\nThe troops move west\n\n{PROSE_1}\n\n{PROSE_2}\n"
    assert only_article(normalise_named(text)).title == "Kursk front"


# --- a Word file's core properties --------------------------------------------------------------------------

_CORE = (
    '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{fields}</cp:coreProperties>'
)


def _docx(paragraphs: list[str], core: str | None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
        package.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>',
        )
        if core is not None:
            package.writestr("docProps/core.xml", _CORE.format(fields=core))
    return buffer.getvalue()


_PROPERTIES = (
    f"<dc:title>{_HEADLINE}</dc:title><dc:creator>Jane Kim</dc:creator>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-04T08:00:00Z</dcterms:created>'
)


def test_a_word_files_core_properties_give_its_title_writer_and_date() -> None:
    result = normalise_bytes(_docx([PROSE_1, PROSE_2, PROSE_3], _PROPERTIES), "memo.docx", suffix=".docx")
    article = only_article(result)
    assert (article.title, article.author, article.published) == (_HEADLINE, "Jane Kim", "2024-11-04")
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    # What an office suite fills in by itself names no one.
    core = "<dc:title>Document1</dc:title><dc:creator>Microsoft Office User</dc:creator>"
    placeholder = only_article(normalise_bytes(_docx([_HEADLINE, PROSE_1, PROSE_2], core), "memo.docx", suffix=".docx"))
    assert (placeholder.title, placeholder.author) == (_HEADLINE, None)


def test_a_word_file_that_opens_with_its_title_is_not_given_it_twice() -> None:
    article = only_article(normalise_bytes(_docx([_HEADLINE, PROSE_1, PROSE_2], _PROPERTIES), "memo.docx", suffix=".docx"))
    assert (article.title, article.author) == (_HEADLINE, "Jane Kim")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2]
    # The properties say who saved the file and when: a headline, byline and date the text prints are the story's.
    saved = "<dc:title>Kursk memo</dc:title><dc:creator>Jane Kim</dc:creator>" + _PROPERTIES.split("</dc:creator>")[1].replace("11-04", "11-09")
    printed = normalise_bytes(_docx([_HEADLINE, "By Ivan Petrov", "5 November 2024", PROSE_1, PROSE_2], saved), "memo.docx", suffix=".docx")
    assert (only_article(printed).title, only_article(printed).author, only_article(printed).published) == (_HEADLINE, "Ivan Petrov", "2024-11-05")


# --- a single story mailed with rules between its sections ---------------------------------------------------


def _mail(html: str, subject: str = _HEADLINE) -> str:
    return (
        f"From: Korea Desk <desk@monitor.example>\nTo: reader@example.com\nSubject: {subject}\n"
        "Date: Wed, 06 Nov 2024 09:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + html + "\n"
    )


@pytest.mark.parametrize("heading", [("<h2>", "</h2>"), ("<p><b>", "</b></p>")])
def test_a_mailed_story_whose_lede_opens_under_the_subject_keeps_its_headed_sections_as_one_story(heading: tuple[str, str]) -> None:
    opening, closing = heading
    html = (
        f"<html><body><p>{PROSE_1}</p><hr>{opening}The uniforms{closing}<p>{PROSE_2}</p><p>{PROSE_1}</p><hr>"
        f"{opening}Who pays{closing}<p>{PROSE_3}</p><p>{PROSE_2}</p></body></html>"
    )
    article = only_article(normalise_named(_mail(html), "story.eml"))
    assert (article.title, article.published) == (_HEADLINE, "2024-11-06")
    assert [p.kind for p in article.passages] == ["body", "heading", "body", "body", "heading", "body", "body"]
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_1, PROSE_3, PROSE_2]


# --- a two-word dateline place --------------------------------------------------------------------------------


@pytest.mark.parametrize("place", ["Kuala Terengganu", "Kota Kinabalu", "Puerto Cabello", "Ulan Ude"])
def test_a_two_word_place_before_the_date_is_no_writer(place: str) -> None:
    article = only_article(normalise_named(f"{_HEADLINE}\n\n{place}, 5 November 2024\n\n{PROSE_1}\n\n{PROSE_2}\n"))
    assert (article.author, article.published) == (None, "2024-11-05")
    assert body_texts(article) == [PROSE_1, PROSE_2]
    # A writer's name there still signs the story.
    signed = only_article(normalise_named(f"{_HEADLINE}\n\nJane Kim, 5 November 2024\n\n{PROSE_1}\n\n{PROSE_2}\n"))
    assert signed.author == "Jane Kim"


# --- a kicker over a headline and its deck --------------------------------------------------------------------


@pytest.mark.parametrize("kicker", ["ANALYSIS", "Exclusive", "Russia-Ukraine war"])
@pytest.mark.parametrize("deck", ["A new phase for Pyongyang", "Seoul says the move marks a new phase"])
def test_a_kicker_over_the_headline_leaves_the_deck_under_it_a_deck_over_the_byline(kicker: str, deck: str) -> None:
    text = f"{kicker}\n\n{_HEADLINE}\n\n{deck}\n\nBy Jane Kim\n\n{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    result = normalise_named(text)
    article = only_article(result)
    assert (article.title, article.author) == (_HEADLINE, "Jane Kim")
    assert [(p.kind, p.text) for p in article.passages][0] == ("dek", deck)
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert kicker in removed_texts(result)


def test_a_one_word_label_over_a_headline_without_a_byline_is_no_title() -> None:
    text = f"Exclusive\n\n{_HEADLINE}\n\nSeoul says the move marks a new phase\n\n{PROSE_1}\n\n{PROSE_2}\n"
    article = only_article(normalise_named(text))
    assert article.title == _HEADLINE
    assert article.passages[0].kind == "dek"


# --- a newsletter platform's blurb, wrapped or reworded -------------------------------------------------------


@pytest.mark.parametrize(
    "blurb",
    [
        "Korea Watch is a reader-supported publication.\nTo receive new posts and support my work, consider becoming a free or paid subscriber.",
        "Korea Watch is reader-supported. To receive new posts and support my work, consider becoming a free or paid subscriber.",
    ],
)
@pytest.mark.parametrize("name", ["post.txt", "post.md"])
def test_a_newsletter_platforms_blurb_between_paragraphs_is_no_text(blurb: str, name: str) -> None:
    text = f"Kursk units move\n\n{PROSE_1}\n\n{PROSE_2}\n\n{blurb}\n\n{PROSE_3}\n"
    result = normalise_named(text, name)
    assert [p.text for p in only_article(result).passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert any("reader-supported" in removed for removed in removed_texts(result, "newsletter-signup"))


# --- a thread copied from a social network ---------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Jane Kim @janekim · Nov 5, 2024", "Jane Kim (@janekim) · 5 Nov 2024"])
def test_a_copied_threads_poster_line_signs_and_dates_it_and_leaves_every_post(line: str) -> None:
    text = f"{line}\n1/ {PROSE_1}\n\n{line}\n2/ {PROSE_2}\n\n{line}\n3/ {PROSE_3}\n"
    result = normalise_named(text, "thread.txt")
    article = only_article(result)
    assert (article.author, article.published) == ("Jane Kim", "2024-11-05")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert removed_texts(result).count(line) == 3
    # An embedded post's attribution under a quote is no poster's line.
    text = f"{_HEADLINE}\n\nBy Jane Kim\n\n{PROSE_1}\n\n— Ivan Petrov (@ipetrov) November 5, 2024\n\n{PROSE_2}\n"
    assert only_article(normalise_named(text)).author == "Jane Kim"


def test_a_thread_copied_a_field_a_line_leaves_the_date_under_every_later_posters_handle() -> None:
    head = "Jane Kim\n@janekim\n·\nNov 5, 2024\n"
    result = normalise_named(f"{head}1/ {PROSE_1}\n\n{head}2/ {PROSE_2}\n\n{head}3/ {PROSE_3}\n", "thread.txt")
    article = only_article(result)
    assert (article.author, article.published) == ("Jane Kim", "2024-11-05")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2, PROSE_3]
    assert removed_texts(result).count("Nov 5, 2024") == 3


# --- a discussion site's thread page ------------------------------------------------------------------------------


def test_a_thread_pages_poster_line_with_its_age_signs_the_post_and_its_counts_row_is_no_text() -> None:
    page = (
        f"<html><head><title>{_HEADLINE} : r/worldnews</title></head><body><shreddit-post><h1>{_HEADLINE}</h1>"
        f"<div>Posted by u/kimchi_analyst 5 hr. ago</div><div class='md'><p>{PROSE_1}</p><p>{PROSE_2}</p></div>"
        "<div>1.2k upvotes  340 comments  Share</div></shreddit-post></body></html>"
    )
    result = normalise_named(page, "thread.html")
    article = only_article(result)
    assert (article.title, article.author) == (_HEADLINE, "kimchi_analyst")
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2]
    assert "1.2k upvotes  340 comments  Share" in removed_texts(result)


# --- a press release's notes to editors -------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Notes to editors", "NOTE TO EDITORS:", "Notes for editors"])
def test_a_releases_notes_to_editors_under_its_end_mark_are_no_story_of_their_own(label: str) -> None:
    text = (
        f"PRESS RELEASE\n\n{_HEADLINE}\n\nLONDON, 5 November 2024 — {PROSE_1}\n\n{PROSE_2}\n\n-ENDS-\n\n{label}\n\n"
        "1. The Korea Institute is an independent research centre founded in 1998.\n2. For interviews contact press@ki.example.\n"
    )
    result = normalise_named(text, "release.txt")
    article = only_article(result)
    assert (article.title, article.published) == (_HEADLINE, "2024-11-05")
    assert [p.text for p in article.passages] == [f"LONDON, 5 November 2024 — {PROSE_1}", PROSE_2]
    assert any(removed.startswith(label) for removed in removed_texts(result, "notes-to-editors"))
    # An editor's note on a story is its own text.
    note = "Editor's note: An earlier version of this story misstated the number of troops."
    kept = only_article(normalise_named(f"{_HEADLINE}\n\n{PROSE_1}\n\n{PROSE_2}\n\n{note}\n"))
    assert note in [p.text for p in kept.passages]
