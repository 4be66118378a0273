"""Blind round 21b (page layouts): fragments with an element left open; a site's address stamped with the
date under a news agency's items; print views that name their site by its address."""

from __future__ import annotations


import pytest
from normalise_samples import PROSE_1 as S1
from normalise_samples import PROSE_2 as S2
from normalise_samples import PROSE_3 as S3
from normalise_samples import all_passage_texts as _texts
from normalise_samples import normalise_page as _page
from normalise_samples import removed_texts as _removed




# --- an element opened and never closed in a page fragment ------------------------------------------------------


@pytest.mark.parametrize(
    "opener",
    [
        "<svg viewBox='0 0 10 10'><path d='M0 0L10 10'/>",  # an icon cut off mid-way
        "<script>window.dataLayer = [];",
        "<style>.share{display:none}",
        "<!-- ad slot",
        "<textarea name='comment'>",
    ],
)
def test_an_element_left_open_in_a_fragment_does_not_swallow_the_paragraphs_after_it(opener: str):
    result = _page(f"<p>{S1}</p>\n{opener}\n<p>{S2}</p>\n<p>{S3}</p>\n", "fragment.html")
    assert _texts(result) == [S1, S2, S3], result.removed
    assert any("unclosed" in repair for repair in result.repairs), result.repairs  # the repair is on record


def test_an_element_left_open_on_a_one_line_page_keeps_the_text_after_it_and_closed_ones_still_hide_theirs():
    result = _page(f"<p>{S1}</p><!-- {S2} {S3}", "fragment.html")
    text = "\n".join(_texts(result))
    assert S1 in text and S2 in text and S3 in text
    closed = f"<p>{S1}</p><svg><text>Share</text></svg><script>var shareLabel = 'Share this story with friends';</script><p>{S2}</p>"
    result = _page(closed, "fragment.html")
    assert _texts(result) == [S1, S2]
    assert not any("unclosed" in repair for repair in result.repairs)




# --- a news agency's stamp: its site's address and the date ---------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [("www.kcna.kp (Juche113.11.6.)", "2024-11-06"), ("www.kcna.kp (Juche 114.1.15.)", "2025-01-15"), ("www.example.org (2024.11.6.)", "2024-11-06")],
)
def test_a_sites_address_stamped_with_the_date_under_the_story_dates_it_and_is_no_credit(stamp: str, iso: str):
    text = f"Kim Jong Un Inspects Artillery Unit\n\n{S1}\n\n{S2}\n\n{S3}\n\n{stamp}\n"
    result = _page(text, "item.txt")
    (article,) = result.articles
    assert [p.text for p in article.passages] == [S1, S2, S3]
    assert article.published == iso
    assert stamp in _removed(result)


def test_the_agencys_stamp_names_the_agency_as_the_outlet():
    (article,) = _page(f"Kim Jong Un Inspects Artillery Unit\n\n{S1}\n\n{S2}\n\nwww.kcna.kp (Juche113.11.6.)\n", "item.txt").articles
    assert article.outlet == "Korean Central News Agency"


# --- print views naming the site by its address ----------------------------------------------------------------


@pytest.mark.parametrize("where", ["top", "bottom"])
def test_printed_from_a_sites_address_names_the_outlet_and_is_furniture(where: str):
    note = "Printed from www.nknews.org"
    story = f"North Korean units move to Kursk front\nBy Jane Doe\nNovember 6, 2024\n\n{S1}\n\n{S2}\n\n{S3}\n"
    text = f"{note}\n\n{story}" if where == "top" else f"{story}\n{note}\n"
    result = _page(text, "print.txt")
    (article,) = result.articles
    assert article.outlet == "NK News"
    assert [p.text for p in article.passages] == [S1, S2, S3]
    assert note in _removed(result)


# --- a head spread across a report's first page ----------------------------------------------------------------


def _two_columns(left: str, right: str) -> str:
    import textwrap

    lefts, rights = textwrap.wrap(left, 44), textwrap.wrap(right, 44)
    rows = max(len(lefts), len(rights))
    lefts, rights = lefts + [""] * (rows - len(lefts)), rights + [""] * (rows - len(rights))
    return "\n".join(f"{a:<48}{b}".rstrip() for a, b in zip(lefts, rights, strict=True))


_LEFT = (
    "The deployment of North Korean troops to Russia has raised alarm in Seoul and in Kyiv. Intelligence officials "
    "told lawmakers on Wednesday that the units had moved from training grounds in the Russian Far East to the front "
    "line in the Kursk region, where Ukrainian forces hold a salient."
)
_RIGHT = (
    "Ukraine's defence ministry said its drones had struck a column of trucks carrying North Korean soldiers near "
    "the town of Sudzha late on Monday. Analysts in Seoul said the transfer of troops was being paid for partly with "
    "oil deliveries and technical help."
)


def test_a_head_spread_across_a_reports_first_page_is_no_title_and_names_the_issuer():
    head = f"ISSUE BRIEF{' ' * 41}Institute for Security Studies"
    result = _page(f"{head}\n\nNorth Korean Forces in Russia\n\n{_two_columns(_LEFT, _RIGHT)}\n", "brief.txt")
    (article,) = result.articles
    assert article.title == "North Korean Forces in Russia"
    assert article.outlet == "Institute for Security Studies"
    assert [p.text for p in article.passages] == [_LEFT, _RIGHT]
    assert head in _removed(result)
    # A paper's folio spread the same way but dated stays the page's date line.
    folio = f"A4  THE DAEJEON HERALD{' ' * 10}FRIDAY, DECEMBER 20, 2024"
    (article,) = _page(f"{folio}\n\nNorth Korean units move to Kursk front\n\n{S1}\n\n{S2}\n\n{S3}\n", "page.txt").articles
    assert (article.title, article.published) == ("North Korean units move to Kursk front", "2024-12-20")




def test_a_spread_head_with_the_month_of_issue_dates_the_report_and_leaves_the_title_to_the_text():
    head = f"2{' ' * 20}NORTH KOREAN FORCES IN RUSSIA{' ' * 14}November 2024"
    result = _page(f"{head}\n\n{_two_columns(_LEFT, _RIGHT)}\n", "brief.txt")
    (article,) = result.articles
    assert "NORTH KOREAN" not in (article.title or "")
    assert article.published == "2024-11"
    assert [p.text for p in article.passages] == [_LEFT, _RIGHT]


# --- the story's address under its headline ---------------------------------------------------------------------


def test_a_web_address_under_the_headline_is_not_joined_to_the_title():
    url = "https://www.nknews.org/2024/11/north-korean-units-move/"
    result = _page(f"North Korean units move to Kursk front\n{url}\n\n{S1}\n\n{S2}\n\n{S3}\n", "story.txt")
    (article,) = result.articles
    assert article.title == "North Korean units move to Kursk front"
    assert url in "\n".join(_texts(result) + _removed(result))  # kept or on record


# --- a deck over a captioned photo ------------------------------------------------------------------------------


def test_a_deck_in_the_headlines_block_over_a_captioned_photo_is_the_deck_not_a_caption():
    deck = "Seoul says thousands of soldiers are now fighting alongside Russian forces"
    caption = "North Korean soldiers at a training ground. Photo: KCNA/Reuters"
    (article,) = _page(f"North Korean units move to Kursk front\n{deck}\n{caption}\n\n{S1}\n\n{S2}\n\n{S3}\n", "story.txt").articles
    kinds = {p.text: p.kind for p in article.passages}
    assert kinds[deck] == "dek"
    assert kinds[caption] == "caption"
    assert [t for t, k in kinds.items() if k == "body"] == [S1, S2, S3]
    # Alt text over its caption in one block is still part of the caption.
    alt, caption = "Kim Jong Un", "Kim Jong Un inspects an artillery unit in an undated photo. (KCNA/Reuters)"
    (article,) = _page(f"North Korean units move to Kursk front\n\n{S1}\n\n{alt}\n{caption}\n\n{S2}\n\n{S3}\n", "story.txt").articles
    kinds = {p.text: p.kind for p in article.passages}
    assert kinds[alt] == kinds[caption] == "caption"


# --- a channel's posts copied as text, its name over each post's stamp ------------------------------------------


@pytest.mark.parametrize(
    ("channel", "stamps", "iso"),
    [
        ("Rybar", ["November 6, 2024 14:05", "November 6, 2024 15:10", "November 7, 2024 09:30"], ["2024-11-06", "2024-11-06", "2024-11-07"]),
        ("Ukraine NOW [EN]", ["06.11.2024 14:05", "06.11.2024 15:10", "07.11.2024 9:30"], ["2024-11-06", "2024-11-06", "2024-11-07"]),
    ],
)
def test_a_channel_dump_with_its_name_over_each_posts_stamp_gives_each_post_its_own_article(channel: str, stamps: list[str], iso: list[str]):
    posts = [S1, S2, S3]
    text = "\n\n".join(f"{channel}\n{stamp}\n{post}" for stamp, post in zip(stamps, posts, strict=True)) + "\n"
    result = _page(text, "channel.txt")
    assert [[p.text for p in a.passages] for a in result.articles] == [[S1], [S2], [S3]]
    assert [a.published for a in result.articles] == iso
    assert all(channel.split(" [")[0] not in (a.title or "") for a in result.articles)  # the channel is no post's title
    assert all((a.outlet or "").startswith(channel.split(" [")[0]) for a in result.articles)
    # An article that names a source over one dated line stays one article.
    one = _page(f"North Korean units move to Kursk front\n\n{S1}\n\n{channel}\n{stamps[0]}\n{S2}\n\n{S3}\n", "story.txt")
    assert len(one.articles) == 1
    assert [S1, S2, S3] == [t for t in _texts(one) if t in (S1, S2, S3)]


# --- a photo credited to two agencies, slashed ----------------------------------------------------------------


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_caption_over_a_credit_of_two_slashed_agencies_is_a_caption_and_its_credit_names_no_outlet(gap: str):
    caption, credit = "North Korean soldiers at a training ground near Vladivostok.", "KCNA/Reuters"
    text = f"North Korean units move to Kursk front\n\n{S1}\n\n{caption}{gap}{credit}\n\n{S2}\n\n{S3}\n"
    result = _page(text, "story.txt")
    (article,) = result.articles
    kinds = {p.text: p.kind for p in article.passages}
    assert (kinds[caption], kinds[credit]) == ("caption", "credit")
    assert [t for t, k in kinds.items() if k == "body"] == [S1, S2, S3]
    assert article.outlet != "Korean Central News Agency"  # the picture's agency ran no story


def test_a_slashed_label_of_places_is_still_a_topic_label():
    result = _page(f"Russia/Ukraine\nNorth Korean units move to Kursk front\n\n{S1}\n\n{S2}\n\nKCNA/Reuters\n\n{S3}\n", "story.txt")
    assert "Russia/Ukraine" in _removed(result)
    assert "KCNA/Reuters" in _texts(result)  # the agencies' credit is kept, set apart
