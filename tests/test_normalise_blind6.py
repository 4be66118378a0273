"""Blind round 6, layouts: forum threads (phpBB and vBulletin), live-blog entry times, syllable
hyphenation, paywall buttons, gallery labels, multi-author bylines, day-first datelines and the
"About X" block of a press release."""

from __future__ import annotations

from normalise_samples import (
    LONG_1,
    LONG_2,
    LONG_3,
    normalise_text,
    passage_texts,
    removed_texts,
)

from store.normalise.hyphenation import document_words, join_wrapped_lines

# --- Forum threads -------------------------------------------------------------------------------

_PHPBB = f"""Harbour Forum • View topic - Kursk numbers?
Board index » Geopolitics » Europe

Kursk numbers?

Post by steppe_watcher » Tue Nov 12, 2024 3:41 pm

{LONG_1}

Posts: 1452
Joined: Mon Mar 02, 2020 9:12 am
Location: Tallinn

Top

Re: Kursk numbers?

Post by kolya_k » Tue Nov 12, 2024 4:05 pm

{LONG_3}

Posts: 318
Joined: Sat Jan 14, 2023 11:40 pm

Top

Display posts from previous: All posts
Sort by: Post time Ascending
Post Reply
2 posts • Page 1 of 1
Return to “Europe”
Who is online
Users browsing this forum: No registered users and 4 guests
"""


def test_phpbb_post_line_names_the_poster_as_author_never_as_outlet() -> None:
    articles = normalise_text(_PHPBB).articles
    assert [(a.author, a.outlet, a.published) for a in articles] == [
        ("steppe_watcher", None, "2024-11-12"),
        ("kolya_k", None, "2024-11-12"),
    ]


def test_board_chrome_around_posts_goes_to_the_audit() -> None:
    result = normalise_text(_PHPBB)
    assert [passage_texts(a) for a in result.articles] == [[LONG_1], [LONG_3]]
    chrome = "\n".join(removed_texts(result, "forum-chrome") + removed_texts(result, "navigation"))
    for line in ("Joined: Mon Mar 02, 2020 9:12 am", "Location: Tallinn", "Top", "Post Reply", "2 posts • Page 1 of 1",
                 "Users browsing this forum: No registered users and 4 guests", "Board index » Geopolitics » Europe"):
        assert line in chrome


_VBULLETIN = f"""Thread: Are the 12,000 figures credible?

#1
Old 11-14-2024, 09:12 AM
grey_owl
Senior Member
Join Date: Mar 2019
Posts: 2,114

{LONG_1}

#2
Old 11-14-2024, 10:30 AM
Bravo_Six
Member
Join Date: Jul 2022
Posts: 356

Quote:
Originally Posted by grey_owl
Which one is the best estimate?

{LONG_2}

#3
Old 11-15-2024, 06:02 PM
grey_owl
Senior Member

{LONG_3}
"""


def test_numbered_forum_posts_are_split_post_by_post_with_poster_and_date() -> None:
    result = normalise_text(_VBULLETIN)
    got = [(a.author, a.published, a.outlet) for a in result.articles]
    assert got == [("grey_owl", "2024-11-14", None), ("Bravo_Six", "2024-11-14", None), ("grey_owl", "2024-11-15", None)]
    assert LONG_2 in passage_texts(result.articles[1]) and LONG_3 in passage_texts(result.articles[2])
    # The quoted words repeat post 1: they go with their attribution, and the reply is post 2's text.
    assert "Originally Posted by grey_owl\nWhich one is the best estimate?" in removed_texts(result, "quoted-post")
    assert passage_texts(result.articles[1]) == [LONG_2]
    assert result.articles[0].title == "Are the 12,000 figures credible?"  # the board's "Thread:" label dropped
    assert any("Join Date: Jul 2022" in text for text in removed_texts(result, "forum-chrome"))


def test_prose_about_posting_and_numbers_splits_nothing() -> None:
    text = f"Kursk update\n\n{LONG_1}\n\n#1\n\nThe post was originally posted by the ministry on its channel, officials said at 10:30 on 14 November 2024.\n\n{LONG_2}\n"
    result = normalise_text(text)
    assert len(result.articles) == 1
    assert any(p.startswith("The post was originally posted by the ministry") for p in passage_texts(result.articles[0]))


# --- Live blogs ------------------------------------------------------------------------------------

_LIVE = f"""North Korean losses in Kursk: live

14:32 GMT

{LONG_1}

Share

9.05am BST

{LONG_2}
"""


def test_live_blog_entry_times_go_to_the_audit_as_entry_times() -> None:
    result = normalise_text(_LIVE)
    passages = passage_texts(result.articles[0])
    assert passages == [LONG_1, LONG_2]
    assert removed_texts(result, "entry-time") == ["14:32 GMT", "9.05am BST"]


def test_a_time_inside_a_sentence_and_a_bare_number_stay() -> None:
    text = f"Kursk losses\n\n{LONG_1}\n\nAt 14:32 GMT the agency said 200 soldiers had died.\n\n12.50\n\n{LONG_2}\n"
    passages = passage_texts(normalise_text(text).articles[0])
    assert "At 14:32 GMT the agency said 200 soldiers had died." in passages
    assert "12.50" in passages


# --- Hyphenation at line ends -----------------------------------------------------------------------


def _joined(lines: list[str], document: str) -> str:
    return join_wrapped_lines(lines, lambda: document_words(document + "\n" + "\n".join(lines)))


def test_syllable_break_whose_halves_are_no_words_is_joined_without_hyphen() -> None:
    assert _joined(["a region closed to jour-", "nalists on both sides"], "") == "a region closed to journalists on both sides"
    assert _joined(["commanders seemed un-", "willing to change"], "") == "commanders seemed unwilling to change"


def test_capitalised_compound_broken_at_its_hyphen_is_joined_when_written_whole_elsewhere() -> None:
    assert _joined(["the North-", "Korean officers"], "the North-Korean infantry") == "the North-Korean officers"
    # Without that evidence a capital after a hyphen is left as it was (a dash, a list of names).
    assert _joined(["the North-", "Korean officers"], "") == "the North- Korean officers"


def test_real_compounds_and_words_a_document_uses_keep_their_hyphen() -> None:
    assert _joined(["the so-", "called Storm Corps"], "so it was") == "the so-called Storm Corps"
    assert _joined(["a mid-", "level officer"], "") == "a mid-level officer"
    assert _joined(["the drone-", "saturated front"], "two drones") == "the drone-saturated front"
    # A half the document uses on its own is a word: the break is at a compound's hyphen.
    assert _joined(["a cross-", "border raid"], "the border") == "a cross-border raid"


def test_pieces_of_a_broken_word_do_not_vouch_for_themselves() -> None:
    words = document_words("the mili-\ntary balance")
    assert "mili" not in words and "tary" not in words and "balance" in words


# --- Pages ----------------------------------------------------------------------------------------


def test_paywall_buttons_flattened_into_one_line_are_paywall() -> None:
    page = "\n".join([
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Inside the Storm Corps - The Ledger</title></head><body><article>",
        "<h1>Inside the Storm Corps</h1>",
        f"<p>{LONG_1}</p>",
        f"<p>{LONG_2}</p>",
        '<div class="paywall"><h2>Subscribe to continue reading</h2><p>Get unlimited access for $1 a week. Cancel anytime.</p>',
        '<a href="/subscribe">Subscribe now</a> <a href="/login">Already a subscriber? Sign in</a></div>',
        "</article></body></html>",
    ])
    result = normalise_text(page, ".html")
    assert passage_texts(result.articles[0]) == [LONG_1, LONG_2]
    assert any("Already a subscriber? Sign in" in text for text in removed_texts(result, "paywall"))


def test_story_format_label_beside_the_date_is_no_outlet() -> None:
    text = f"In pictures: captured in Kursk\n\nPhoto gallery | 12 January 2025\n\n{LONG_1}\n\n{LONG_2}\n"
    article = normalise_text(text).articles[0]
    assert article.outlet is None
    assert article.published == "2025-01-12"
    named = normalise_text(f"Captured in Kursk\n\nKyiv Ledger | 12 January 2025\n\n{LONG_1}\n").articles[0]
    assert named.outlet == "Kyiv Ledger"


def test_byline_listing_three_writers_names_them_all_and_no_outlet() -> None:
    text = f"Troops pulled back\n\nBy Jonathan Reed, Min-ji Lee and Oksana Hrytsenko\nUpdated 7:42 PM EST, Thu January 30, 2025\n\n{LONG_1}\n"
    article = normalise_text(text).articles[0]
    assert article.author == "Jonathan Reed, Min-ji Lee and Oksana Hrytsenko"
    assert article.outlet is None
    wire = normalise_text(f"Troops pulled back\n\nBy Jonathan Reed, Reuters\n\n{LONG_1}\n").articles[0]
    assert (wire.author, wire.outlet) == ("Jonathan Reed", "Reuters")


_RELEASE = f"""FOR IMMEDIATE RELEASE

Rights group calls for access to captured soldiers

GENEVA, 14 January 2025 — {LONG_1}

{LONG_2}

###

About Human Rights Monitor
Human Rights Monitor is an independent organisation based in Geneva.

Media contact:
Paul Meyer, press officer
"""


def test_day_first_dateline_dates_the_release_and_the_about_block_names_its_issuer() -> None:
    article = normalise_text(_RELEASE).articles[0]
    assert article.published == "2025-01-14"
    assert article.dateline == "GENEVA"
    assert (article.outlet, article.outlet_basis) == ("Human Rights Monitor", "about line")


def test_about_the_author_names_no_outlet() -> None:
    text = f"Rights group calls for access\n\n{LONG_1}\n\n{LONG_2}\n\nAbout the author\nJane Doe covers Korea.\n"
    assert normalise_text(text).articles[0].outlet is None
