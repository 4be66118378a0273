"""Small articles of our own in layouts and encodings the seeds do not show."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from store.models import NormalisedFile, PassageKind
from store.normalise import normalise_bytes, read_source
from store.normalise.reading import suffix_of

FIXTURES = Path(__file__).parent / "fixtures" / "normalise"


@cache
def normalised(name: str) -> NormalisedFile:
    path = FIXTURES / name
    return normalise_bytes(read_source(path), name, suffix=suffix_of(path))


def _texts(result: NormalisedFile) -> str:
    return "\n".join(p.text for a in result.articles for p in a.passages)


def test_wire_story_with_dateline() -> None:
    result = normalised("wire_dateline.txt")
    assert len(result.articles) == 1
    article = result.articles[0]
    assert article.title == "North Korean troops enter combat in Russia's Kursk region, Ukraine says"
    assert article.author == "Hyonhee Shin and Tom Balmforth"
    assert article.published == "2024-11-05" and article.published_raw == "November 5, 2024 at 3:04 PM"
    assert not article.date_ambiguous
    assert article.dateline == "SEOUL"
    assert article.outlet == "Reuters" and article.outlet_basis == "dateline"
    body = article.passages_of(PassageKind.BODY)
    assert body[0].text.startswith("SEOUL, Nov 5 (Reuters) - North Korean troops")  # the dateline stays
    assert len(body) == 5
    credits = [p.text for p in article.passages_of(PassageKind.CREDIT)]
    assert credits == ["Reporting by Hyonhee Shin in Seoul and Tom Balmforth in Kyiv; Editing by Ed Davies"]
    reasons = [r.reason for r in result.removed]
    assert "advertisement" in reasons and "licence" in reasons and "metadata-header" in reasons
    assert "Advertisement" not in _texts(result) and "Trust Principles" not in _texts(result)


def test_feed_dump_with_separators_counters_and_header_lines() -> None:
    result = normalised("feed_dump.txt")
    titles = [a.title for a in result.articles]
    assert titles == [
        "North Korean troops reach the front line in Kursk, Kyiv says",
        "Seoul weighs sending weapons to Ukraine as Pyongyang deepens ties with Moscow",
        "Pentagon says thousands of North Korean soldiers are now in Kursk",
    ]
    first, second, third = result.articles
    assert (first.outlet, first.author, first.published) == ("The Kyiv Independent", "Jane Doe", "2024-11-05")
    assert (second.outlet, second.published, second.dateline) == ("Yonhap", "2024-11-06", "SEOUL")
    assert (third.outlet, third.author, third.published) == ("Voice of America", "Carla Babb", "2024-11-04")
    assert third.outlet_basis == "header field"
    assert [len(a.passages_of(PassageKind.BODY)) for a in result.articles] == [3, 3, 3]
    reasons = {r.reason for r in result.removed}
    assert {"preamble", "separator", "item-counter", "read-original", "advertisement", "share-prompt"} <= reasons
    assert "saved items" not in _texts(result) and "* * *" not in _texts(result)


def test_feed_items_told_apart_by_header_lines_alone() -> None:
    result = normalised("feed_headers.txt")
    assert [(a.title, a.outlet, a.published) for a in result.articles] == [
        ("Russia is paying North Korea in oil, satellite images suggest", "The Diplomat", "2024-11-22"),
        ("Kim Jong Un inspects drone production as ties with Moscow grow", "NK News", "2024-11-15"),
    ]
    assert all(len(a.passages_of(PassageKind.BODY)) == 3 for a in result.articles)


def test_a_single_article_with_scene_breaks_stays_one_article() -> None:
    result = normalised("single_with_breaks.txt")
    assert len(result.articles) == 1
    assert result.articles[0].title == "The long road from Pyongyang to Kursk"
    assert len(result.articles[0].passages_of(PassageKind.BODY)) == 5
    assert [r.reason for r in result.removed] == ["separator", "separator"]


def test_saved_html_page() -> None:
    result = normalised("saved_page.html")
    assert len(result.articles) == 1
    article = result.articles[0]
    assert article.title == "North Korea sends more artillery to Russia, Seoul says"
    assert article.outlet == "The Korea Herald" and article.outlet_basis == "page site name"
    assert article.author == "Kim Min-ji"
    assert article.published == "2024-11-20"
    body = [p.text for p in article.passages_of(PassageKind.BODY)]
    assert body[0].startswith("North Korea has sent additional self-propelled howitzers")
    assert body[-1].startswith("The ministry estimated that North Korea had shipped more than 13,000")
    assert len(body) == 4
    assert [p.text for p in article.passages_of(PassageKind.HEADING)] == ["Training on the front"]
    captions = [p.text for p in article.passages_of(PassageKind.CAPTION)]
    assert "A Koksan self-propelled gun at a military parade in Pyongyang. Yonhap" in captions
    text = _texts(result)
    for chrome in ("Subscribe", "Most Popular", "K-pop star", "All rights reserved", "Privacy Policy", "Advertisement", "dataLayer"):
        assert chrome not in text
    boilerplate = [r for r in result.removed if r.reason == "html-boilerplate"]
    assert any("K-pop star announces military enlistment" == r.text for r in boilerplate)
    assert all(r.line > 1 for r in result.removed)  # lines point into the page


def test_markdown_article() -> None:
    result = normalised("markdown_article.md")
    article = result.articles[0]
    assert article.title == "Why Pyongyang's shells matter to Moscow"
    assert article.dek == "North Korean ammunition has filled gaps in Russia's supply, analysts say."
    assert article.author == "Mara Jensen"
    assert [p.text for p in article.passages_of(PassageKind.HEADING)] == ["Quality problems"]
    assert [p.text for p in article.passages_of(PassageKind.CAPTION)] == ["A Russian soldier loads a howitzer in Donetsk region"]
    text = _texts(result)
    assert "according to South Korean intelligence estimates cited by Yonhap." in text
    assert "**" not in text and "](" not in text and "#" not in text
    assert "• About 40% of Russian artillery ammunition came from North Korea" in text


def test_utf16_file() -> None:
    result = normalised("utf16_bom.txt")
    assert result.encoding.startswith("utf-16")
    article = result.articles[0]
    assert article.title == "Kyiv reports first clashes with North Korean units"
    assert "near the village of Plekhovo in Russia’s Kursk region" in _texts(result)


def test_legacy_codepage_files() -> None:
    russian = normalised("legacy_cp1251.txt")
    assert russian.encoding == "cp1251"
    assert russian.articles[0].title == "Северная Корея отправила войска в Россию"
    western = normalised("legacy_cp1252.txt")
    assert western.encoding == "cp1252"
    assert western.articles[0].title == "Pyongyang’s gamble pays off — for now"
    assert "“It is the best deal Kim has had in years,”" in _texts(western)


def test_escape_codes_and_markup_looking_text() -> None:
    result = normalised("escapes.txt")
    article = result.articles[0]
    assert article.title == "Pyongyang confirms troops in Russia"
    text = _texts(result)
    assert "[@click=app.quit]" in text and "[bold]not bold[/bold]" in text
    assert "window title payload" not in text and "example.com" not in text
    assert "audiences as much as at Seoul" in text
    assert "deployment would continue as long as necessary." in text
    assert any(r.startswith("escape-sequences x") for r in result.repairs)
    assert any(r.startswith("invisibles-stripped x") for r in result.repairs)


def test_hard_wrapped_newsletter_paragraphs_are_joined() -> None:
    result = normalised("hard_wrapped.txt")
    article = result.articles[0]
    assert article.title == "NIS: North Korean troops moved to front line"
    assert article.author == "Lee Soo-min"
    body = [p.text for p in article.passages_of(PassageKind.BODY)]
    assert len(body) == 3 and all("\n" not in p for p in body)
    assert body[0].endswith("adding that some had already moved to the front line in the Kursk region.")
    assert "You received this newsletter" not in _texts(result)


def test_standfirst_byline_with_place_and_weekday_date() -> None:
    result = normalised("standfirst_byline_in_place.txt")
    article = result.articles[0]
    assert article.title == "North Korean troops 'suffering heavy losses' in Kursk, says Zelenskyy"
    assert article.dek == "Ukrainian president says Russia is trying to hide the deaths of soldiers sent by Pyongyang"
    assert (article.author, article.published, article.outlet) == ("Jane Doe", "2024-12-16", None)
    assert [p.text for p in article.passages_of(PassageKind.CAPTION)] == [
        "North Korean soldiers at a parade in Pyongyang. Photograph: KCNA/Reuters"
    ]
    assert len(article.passages_of(PassageKind.BODY)) == 4
    text = _texts(result)
    assert "Explore more on these topics" not in text and "Reuse this content" not in text and "Share" not in text


def test_image_source_and_caption_lines_and_a_name_over_a_role() -> None:
    result = normalised("image_source_caption.txt")
    article = result.articles[0]
    assert article.author == "Jean Mackenzie" and article.published == "2024-11-14"
    assert [p.kind for p in article.passages[:2]] == [PassageKind.CREDIT, PassageKind.CAPTION]
    assert len(article.passages_of(PassageKind.BODY)) == 3
    assert "Why is North Korea sending troops" not in _texts(result)


def test_wire_story_with_contributor_line_and_time_zone() -> None:
    result = normalised("wire_contributor.txt")
    article = result.articles[0]
    assert article.author == "HYUNG-JIN KIM"
    assert article.published == "2024-12-19"
    assert article.outlet == "Associated Press" and article.dateline == "SEOUL, South Korea"
    assert [p.text for p in article.passages_of(PassageKind.CREDIT)] == [
        "Associated Press writer Kim Tong-hyung contributed to this report."
    ]
