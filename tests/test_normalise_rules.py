"""Unit tests for the steps between characters and articles: furniture, splitting,
classification, credits, headers, titles and dates."""

from __future__ import annotations

import pytest

from store.models import PassageKind
from store.normalise import normalise_bytes
from store.normalise.credits import (
    find_dateline,
    has_trailing_photo_credit,
    is_photo_credit,
    trailing_wire,
    wire_only,
)
from store.normalise.dates import find_date, latest_month_mentioned, resolve_day_month
from store.normalise.derived_titles import derive_title
from store.normalise.furniture import match_furniture
from store.normalise.metadata import parse_byline, parse_header
from store.normalise.outlets import canonical_outlet, outlet_table
from store.normalise.shapes import is_separator_line

LEDE = "North Korea has sent thousands of soldiers to Russia, officials in Seoul and Kyiv said on Tuesday, citing intelligence."
PARA = "The deployment marks a sharp escalation of the war and has alarmed governments across East Asia and in Europe alike."
PARA2 = "Analysts expect Pyongyang to receive oil, food and military technology from Moscow in return for the soldiers it sends."
PARA3 = "Neither government has confirmed the numbers, and independent verification of the reports has not been possible so far."


def _normalise(text: str, suffix: str = ".txt"):
    return normalise_bytes(text.encode("utf-8"), "test" + suffix, suffix=suffix)


# --- furniture --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Advertisement", "advertisement"),
        ("- Advertisement -", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("DOWNLOAD THE APP", "app-prompt"),
        ("Swipe. Select. Stay informed.", "app-prompt"),
        ("Share this article", "share-prompt"),
        ("Facebook Twitter WhatsApp Email", "share-prompt"),
        ("Comments", "comments"),
        ("No comments yet...", "comments"),
        ("Try Our AI Features", "ai-promo"),
        ("Explore what Daily8 AI can do for you:", "ai-promo"),
        ("Reading view", "reader-chrome"),
        ("There are new articles available, click to refresh the page.", "reader-chrome"),
        ("5 min read", "reader-chrome"),
        ("❌", "icon"),
        ("logo", "logo"),
        ("Hashtags", "hashtags"),
        ("#NorthKorea #Russia #Ukraine", "hashtags"),
        ("time7 hours ago", "timestamp"),
        ("13 minutes ago", "timestamp"),
        ("© 2025 Example Media. All rights reserved.", "licence"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "licence"),
        ("This article was originally published by Pacific Forum. It is republished with permission.", "licence"),
        ("Republished under a Creative Commons licence.", "licence"),
        ("Related Articles", "related-stories"),
        ("You may also be interested in", "related-stories"),
        ("More from Asia Times", "related-stories"),
        ("Most read", "related-stories"),
        ("Recommended", "related-stories"),
        ("Top stories", "top-stories"),
        ("World | Business | Sport | Opinion", "section-menu"),
        ("Home > World > Asia", "navigation"),
        ("Published daily by the Lowy Institute", "masthead"),
        ("Read the original article on Business Insider", "read-original"),
        ("Originally published at nknews.org", "read-original"),
        ("Related: North Korea's casualties mount", "related-link"),
        ("Watch: “Kim inspects a tank factory”", "related-link"),
    ],
)
def test_furniture_lines(line: str, reason: str) -> None:
    found = match_furniture(line)
    assert found is not None and found.reason == reason


@pytest.mark.parametrize(
    "line",
    [
        LEDE,
        "Uncharted territory",
        "Comments from the ministry were not immediately available.",
        "Copyright law in South Korea protects broadcasters, the court said.",
        "The advertisement ran in three newspapers on Monday.",
        "More troops could follow, officials said.",
        "Related: the treaty signed in June",
        "Top officials met in Moscow.",
        "[@click=app.quit]",
    ],
)
def test_prose_is_not_furniture(line: str) -> None:
    assert match_furniture(line) is None


def test_furniture_rules_name_the_outlet_they_mention() -> None:
    assert match_furniture("Read the original article on Business Insider").outlet == "Business Insider"
    assert match_furniture("Published daily by the Lowy Institute").outlet == "the Lowy Institute"


def test_related_section_removes_the_rest_of_the_article() -> None:
    text = f"A title for the story\n\n{LEDE}\n\n{PARA}\n\n{PARA2}\n\nRelated Articles\n\nOther headline here\n\nReuters\n\n5 hours ago\n\n{PARA} Unrelated teaser."
    article = _normalise(text).articles[0]
    assert len(article.passages_of(PassageKind.BODY)) == 3
    assert "Unrelated teaser" not in " ".join(p.text for p in article.passages)


def test_related_heading_early_in_an_article_only_takes_its_list() -> None:
    text = (
        f"A title for the story\n\n{LEDE}\n\nRelated\n\nOther headline about Seoul\n\nAnother headline on Kyiv\n\n"
        f"{PARA}\n\n{PARA2}\n\n{PARA3}"
    )
    article = _normalise(text).articles[0]
    body = [p.text for p in article.passages_of(PassageKind.BODY)]
    assert len(body) == 4 and body[-1] == PARA3
    assert "Other headline about Seoul" not in " ".join(p.text for p in article.passages)


def test_top_stories_list_ends_where_the_body_resumes() -> None:
    text = (
        f"A title for the story\n{LEDE}\n{PARA}\nTop stories\nSwipe. Select. Stay informed.\n"
        "World Trump says tariffs will stay for years\nBusiness Markets fall as oil prices climb\n"
        "Sport Local team wins the cup after extra time\nWhat happens next?\n"
        f"{PARA2}\n{PARA3}"
    )
    article = _normalise(text).articles[0]
    assert [p.text for p in article.passages_of(PassageKind.HEADING)] == ["What happens next?"]
    body = [p.text for p in article.passages_of(PassageKind.BODY)]
    assert len(body) == 4 and body[2] == PARA2
    assert "tariffs" not in " ".join(body)


# --- splitting --------------------------------------------------------------


def test_separator_lines() -> None:
    for line in ("---", "* * *", "=====", "***", "⁂", "— — —", "________"):
        assert is_separator_line(line)
    for line in ("--", "- a -", "2024", "Hello"):
        assert not is_separator_line(line)


def test_form_feeds_separate_items() -> None:
    text = f"First story title\n\n{LEDE}\n\n{PARA}\n\f\nSecond story title\n\n{PARA} B.\n\n{LEDE} B."
    result = _normalise(text)
    assert [a.title for a in result.articles] == ["First story title", "Second story title"]


def test_read_more_lines_close_items() -> None:
    text = (
        f"First story title\n\n{LEDE}\n\n{PARA}\n\nOriginally published at Example News.\n\n"
        f"Second story title\n\n{PARA} B.\n\n{LEDE} B.\n\nRead more at Example News"
    )
    result = _normalise(text)
    assert [a.title for a in result.articles] == ["First story title", "Second story title"]
    assert [a.outlet for a in result.articles] == ["Example News", "Example News"]


def test_numbered_items() -> None:
    text = f"Article 1 of 2\nFirst story title\n{LEDE}\n{PARA}\n\nArticle 2 of 2\nSecond story title\n{PARA} B.\n{LEDE} B."
    result = _normalise(text)
    assert [a.title for a in result.articles] == ["First story title", "Second story title"]
    assert [r.reason for r in result.removed].count("item-counter") == 2


def test_a_file_of_one_article_is_one_article() -> None:
    text = f"One title only\n\nBy Jane Doe\n\n{LEDE}\n\n---\n\n{PARA}\n\nNovember 5, 2024\n\n{PARA2}"
    result = _normalise(text)
    assert len(result.articles) == 1
    assert len(result.articles[0].passages_of(PassageKind.BODY)) == 3


def test_text_without_any_prose_makes_no_article_but_is_audited() -> None:
    result = _normalise("Menu\nHome\nJust a label\n")
    assert result.articles == []
    assert {r.reason for r in result.removed} >= {"outside-article"}


# --- classification ----------------------------------------------------------


def test_caption_block_and_credit_in_a_blank_separated_layout() -> None:
    text = (
        f"A title for the story\n\n{LEDE}\n\nSoldiers march in Pyongyang.\nTroops parade in the capital in 2023.\n\n"
        f"Some Agency Name\n\nA sub-heading\n\n{PARA}\n\n{PARA2}"
    )
    article = _normalise(text).articles[0]
    kinds = [(p.kind, p.text[:20]) for p in article.passages]
    assert kinds[1:5] == [
        ("caption", "Soldiers march in Py"),
        ("caption", "Troops parade in the"),
        ("credit", "Some Agency Name"),
        ("heading", "A sub-heading"),
    ]


def test_summary_bullets_and_body_lists() -> None:
    text = f"A title for the story\n\n  • First point of the summary\n  • Second point\n\n{LEDE}\n\n- a list item in the body\n\n{PARA}"
    article = _normalise(text).articles[0]
    assert [p.text for p in article.passages_of(PassageKind.BULLET)] == ["First point of the summary", "Second point"]
    assert "• a list item in the body" in [p.text for p in article.passages_of(PassageKind.BODY)]


def test_pullquote_is_the_copy_set_apart() -> None:
    quote = "Military industry is already controlled by the state, unlike many other industries."
    text = f"A title for the story\n\n{LEDE}\n\n{quote}\n\n{PARA} {quote} And more words follow here.\n\n{PARA2}"
    article = _normalise(text).articles[0]
    assert [p.text for p in article.passages_of(PassageKind.PULLQUOTE)] == [quote]
    assert any(quote in p.text for p in article.passages_of(PassageKind.BODY))


def test_repeated_line_is_kept_once_and_audited() -> None:
    text = f"A title for the story\nA title for the story\n\n{LEDE}\n\n{PARA}\n\n{PARA2}"
    result = _normalise(text)
    assert result.articles[0].title == "A title for the story"
    assert [r.reason for r in result.removed] == ["duplicate-line"]


@pytest.mark.parametrize(
    "text",
    [
        "Korean Central News Agency/Korea News Service via AP",
        "AP Photo/Wong Maye-E, File",
        "Jung Yeon-je / AFP",
        "Getty Images",
        "Planet Labs/Open Source Centre",
        "File photo: RTHK",
        "Photo: Jane Doe/Reuters",
    ],
)
def test_photo_credits(text: str) -> None:
    assert is_photo_credit(text)


def test_caption_with_credit_in_parentheses() -> None:
    assert has_trailing_photo_credit("Kim and Putin at the launch site on 13 September (Getty Images)")
    assert has_trailing_photo_credit("Kim Il-sung (L) (José Fernandes Jr/Flickr)")
    assert not has_trailing_photo_credit("The treaty (signed in June) is binding.")


def test_wire_credits() -> None:
    assert trailing_wire("potentially undermines this position. Bloomberg") == "Bloomberg"
    assert trailing_wire("the ministry said. – AFP") == "AFP"
    assert trailing_wire("told Bloomberg News in an interview.") is None
    assert wire_only("(Reuters)") == "Reuters"
    assert wire_only("— AP") == "Associated Press"


def test_datelines() -> None:
    found = find_dateline("SEOUL, Nov 5 (Reuters) - North Korean troops have")
    assert (found.place, found.date_raw, found.wire) == ("SEOUL", "Nov 5", "Reuters")
    assert find_dateline("KYIV, Ukraine (AP) — Russia launched").wire == "Associated Press"
    assert find_dateline("TAIPEI – Taiwanese President Lai").place == "TAIPEI"
    assert find_dateline("North Korea said on Tuesday - officials") is None


# --- headers, titles, outlets -----------------------------------------------


def test_outlet_glued_to_a_date() -> None:
    header = parse_header("Asia Times06-05-2025")
    assert header.outlet == "Asia Times" and header.date.raw == "06-05-2025" and header.date.ambiguous


def test_header_lines() -> None:
    assert parse_header("Kyiv Independent · 5 Nov 2024 · by Jane Doe").author == "Jane Doe"
    assert parse_header("Source: Voice of America").outlet == "Voice of America"
    assert parse_header("Published: 2024-11-04").date.iso == "2024-11-04"
    assert parse_header("Updated Dec. 10, 2020, 4:05 a.m. ET").date.iso == "2020-12-10"
    assert parse_header("Russia lost 3,960 tanks between February 2022 and May 2025.") is None
    assert parse_header("— Oliver Carroll (@olliecarroll) November 14, 2024") is None


def test_bylines() -> None:
    assert parse_byline("By Jane Doe, Reuters") == ("Jane Doe", "Reuters")
    assert parse_byline("By JANE DOE and JOHN ROE") == ("JANE DOE and JOHN ROE", None)
    assert parse_byline("By the end of 2024, Russia had lost.") is None


def test_a_byline_that_also_dates_the_article_keeps_the_date() -> None:
    from store.normalise.metadata import parse_header

    header = parse_header("By Jane Doe, Yonhap — March 3, 2025")
    assert header is not None
    assert (header.author, header.outlet, header.date and header.date.iso) == ("Jane Doe", "Yonhap", "2025-03-03")
    several = parse_header("By Jane Doe and John Roe, Kyiv Independent · 5 Nov 2024 · 10:30 GMT")
    assert several is not None and several.date is not None and several.date.iso == "2024-11-05"
    assert several.author == "Jane Doe and John Roe" and several.outlet == "Kyiv Independent"
    undated = parse_header("By Jane Doe, Reuters")
    assert undated is not None and undated.date is None and undated.outlet == "Reuters"


def test_dated_byline_in_an_article_sets_its_date() -> None:
    from store.normalise import normalise_bytes

    text = (
        "North Korea sends more troops to Russia\n\nBy Jane Doe, Yonhap — March 3, 2025\n\n"
        "SEOUL — North Korea has sent about 3,000 more troops to Russia, South Korea's military said on Monday.\n\n"
        "A military official told reporters that casualties had reached about 4,000, without giving details.\n"
    )
    for encoding in ("utf-8", "utf-16"):
        article = normalise_bytes(text.encode(encoding), "dated_byline.txt", suffix=".txt").articles[0]
        assert (article.title, article.author, article.outlet, article.published) == (
            "North Korea sends more troops to Russia", "Jane Doe", "Yonhap", "2025-03-03"
        )


def test_derived_titles() -> None:
    assert derive_title(
        "Despite wide condemnation of the invasion, and Western support for Kyiv, the regime has chosen to back Russia. More."
    ) == "The regime has chosen to back Russia"
    long = derive_title("North Korea may be ramping up tank production in the next possible step of its assistance to Russia in the Ukraine war.")
    assert len(long) <= 90 and long.endswith("…")


def test_outlet_aliases_are_data() -> None:
    assert canonical_outlet("Straits Times") == "The Straits Times"
    assert canonical_outlet("the Lowy Institute") == "The Interpreter (Lowy Institute)"
    assert canonical_outlet("Some Unknown Gazette") == "Some Unknown Gazette"
    assert outlet_table().lookup_domain("www.businessinsider.com").name == "Business Insider"


# --- dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Dec. 10, 2020", "2020-12-10"),
        ("10 December 2020", "2020-12-10"),
        ("2024-11-05", "2024-11-05"),
        ("2024-11-05T10:00:00Z", "2024-11-05"),
        ("November 5, 2024 at 3:04 PM", "2024-11-05"),
        ("Thursday, Dec. 10, 2020", "2020-12-10"),
        ("5th November 2024", "2024-11-05"),
        ("25/12/2024", "2024-12-25"),
        ("12/25/2024", "2024-12-25"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    found = find_date(text)
    assert found.iso == iso and not found.ambiguous


def test_ambiguous_day_month_is_flagged_and_resolved_by_evidence() -> None:
    found = find_date("06-05-2025")
    assert found.ambiguous and {found.iso, found.alternative} == {"2025-05-06", "2025-06-05"}
    assert resolve_day_month(found) == "2025-05-06"  # day first by default
    assert resolve_day_month(found, outlet_order="mdy") == "2025-06-05"
    assert resolve_day_month(found, file_order="mdy") == "2025-06-05"
    # An article that reports on May 2025 as past was written after May.
    assert resolve_day_month(found, latest_mention=(2025, 5)) == "2025-06-05"
    assert resolve_day_month(found, latest_mention=(2025, 5), file_order="dmy") == "2025-05-06"
    assert not find_date("05-05-2025").ambiguous
    assert latest_month_mentioned(["between February 2022 and May 2025", "in April 2025"]) == (2025, 5)


_PAGE = """<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body><main><article>
<h1>Pentagon: 11,000 North Korean troops in Kursk</h1>
<p>The Pentagon said on Monday that about 11,000 North Korean troops were now in Russia's Kursk region, up from an earlier estimate.</p>
<p>"We expect them to engage in combat soon," a Pentagon spokesman told reporters at a briefing in Washington.</p>
</article></main><footer>© 2024 Defense Daily. All rights reserved.</footer></body></html>"""
_HEADLINE = "Pentagon: 11,000 North Korean troops in Kursk"


def _page_article(title: str, head: str = ""):  # type: ignore[no-untyped-def]
    from store.normalise import normalise_bytes

    page = _PAGE.format(title=title, head=head).encode()
    return normalise_bytes(page, "page.html", suffix=".html").articles[0]


def test_a_page_names_its_outlet_in_json_ld_or_after_its_headline_in_the_title() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-11-04",'
        ' "publisher": {"@type": "Organization", "name": "Defense Daily"}}</script>'
    )
    from_ld = _page_article(_HEADLINE, ld)
    assert (from_ld.outlet, from_ld.published) == ("Defense Daily", "2024-11-04")
    assert _page_article(f"{_HEADLINE} | Defense Daily").outlet == "Defense Daily"
    assert _page_article(f"{_HEADLINE} - Defense Daily").outlet == "Defense Daily"
    assert _page_article(_HEADLINE).outlet is None, "nothing names the outlet: none is made up"


def test_a_footer_copyright_year_is_not_taken_for_the_date() -> None:
    assert _page_article(_HEADLINE).published is None


def test_front_matter_values_lose_their_yaml_quotes() -> None:
    from store.normalise import normalise_bytes

    text = (
        '---\ntitle: "Seoul says 1,100 North Korean troops killed or wounded"\nauthor: Kim Min-ji\n'
        "date: 2025-01-13\nsource: The Korea Herald\n---\n\n"
        "South Korea's military said on Monday that about 1,100 North Korean soldiers had been killed or wounded.\n\n"
        "The Joint Chiefs of Staff added that Pyongyang appeared to be preparing to send more troops.\n"
    )
    article = normalise_bytes(text.encode(), "front_matter.md", suffix=".md").articles[0]
    assert (article.title, article.author, article.outlet, article.published) == (
        "Seoul says 1,100 North Korean troops killed or wounded", "Kim Min-ji", "The Korea Herald", "2025-01-13"
    )


def test_a_closing_line_naming_the_outlet_ends_an_item_even_when_the_next_has_no_title() -> None:
    from store.normalise import normalise_bytes

    prose = "North Korea has sent about {n},000 troops to Russia, officials in Seoul said on Monday, citing intelligence."
    text = (
        "Reading view\n\nPyongyang sends more troops\n\n" + prose.format(n=3) + "\n\n"
        "Read the original article on Choia Review\n\n"
        "DOWNLOAD THE APP\n\n"  # the second item's headline is page furniture: it has none left
        + prose.format(n=5) + "\n\nA second paragraph says casualties are rising, according to the same officials.\n\n"
        "Read the original article on Griia Gazette\n\n"
        "Seoul raises its estimate\n\n" + prose.format(n=7) + "\n\n"
        "Read the original article on The Kangia Tribune\n"
    )
    articles = normalise_bytes(text.encode(), "digest.txt", suffix=".txt").articles
    assert [a.outlet for a in articles] == ["Choia Review", "Griia Gazette", "The Kangia Tribune"]
    assert [p.text for p in articles[1].passages] == [
        prose.format(n=5), "A second paragraph says casualties are rising, according to the same officials."
    ]
    assert all("5,000" not in p.text for p in articles[0].passages), "the second item's text is not filed under the first"


def test_a_bare_continue_reading_mid_article_does_not_split_it() -> None:
    from store.normalise import normalise_bytes

    text = (
        "Pyongyang sends more troops\n\nBy Jane Doe\n\n"
        "North Korea has sent about 3,000 more troops to Russia, officials in Seoul said on Monday, citing intelligence.\n\n"
        "Continue reading\n\n"
        "The officials said the troops were likely to be deployed to the Kursk region within weeks, as before.\n"
    )
    articles = normalise_bytes(text.encode(), "page.txt", suffix=".txt").articles
    assert len(articles) == 1 and len(articles[0].passages) == 2


def test_a_note_of_a_few_short_sentences_is_an_article_and_bare_words_are_not() -> None:
    note = normalise_bytes(b"North Korea sent 12,000 troops, officials said.\n\nMore text here about Kursk and shells.\n",
                           "note.txt")
    assert [p.text for a in note.articles for p in a.passages] == [
        "North Korea sent 12,000 troops, officials said.", "More text here about Kursk and shells."]
    for junk in (b"apple banana cherry\ndog elephant fox\n", b"Hello there.\nTest.\n"):
        rejected = normalise_bytes(junk, "junk.txt")
        assert rejected.articles == [] and rejected.removed, junk  # refused, and its text kept in the audit
