"""Round 28, layouts: the known gaps of session 27's sweeps, then layouts no round had tried.

A roundup of what outlets said, a paragraph each; a link post whose text is elsewhere; a right-to-left
override left open before a number; a meeting record that prints no agenda item; a hearing's cover with
no rule under its serial; prefixes broken off at a line's end; a chat export's two-digit-year stamps.
"""

from __future__ import annotations

import json

import pytest
from normalise_samples import PROSE_1, PROSE_2, PROSE_3, body_texts, normalise_named, only_article, removed_texts

# --- (a) a plain-text or Markdown roundup of what outlets said: one article per outlet ---------------------

_QUOTES = [
    ("Reuters", "Reuters", "South Korea's spy agency said on Wednesday that about 11,000 North Korean soldiers were in the Kursk region."),
    ("Yonhap", "Yonhap", "The National Intelligence Service told lawmakers that the North had sent 1,500 more troops, about 12,000 in all."),
    ("Kyiv Independent", "The Kyiv Independent", "Ukraine's military intelligence agency said 15,000 North Korean soldiers were deployed and hundreds killed."),
    ("AP", "Associated Press", "The Pentagon said it could not confirm the casualty figures but believed the deployment was above 10,000."),
]


@pytest.mark.parametrize(
    ("name", "label", "gap"),
    [
        ("review.md", "**{}:** ", "\n\n"),
        ("review.md", "- **{}**: ", "\n"),
        ("review.txt", "{}: ", "\n\n"),
        ("review.txt", "{} — ", "\n\n"),
    ],
)
def test_a_roundup_of_what_outlets_said_is_one_article_per_outlet(name: str, label: str, gap: str) -> None:
    paragraphs = [label.format(outlet) + quote for outlet, _, quote in _QUOTES]
    text = "Press review, 14 January 2025: what the wires said\n\n" + gap.join(paragraphs) + "\n"
    result = normalise_named(text, name)
    assert [(a.outlet, body_texts(a)) for a in result.articles] == [(outlet, [quote]) for _, outlet, quote in _QUOTES]
    assert all(a.published == "2025-01-14" for a in result.articles)  # the review's day dates what it collects
    assert any("Press review" in r for r in removed_texts(result, "roundup-heading"))
    # Labels that name no outlet the table knows are speakers, not sources: one transcript.
    turns = [label.format(name) + prose for name, prose in zip(["Kirby", "Reporter", "Kirby", "Miller"], [PROSE_1, PROSE_2, PROSE_3, PROSE_1], strict=True)]
    assert len(normalise_named("Briefing transcript\n\n" + gap.join(turns) + "\n", name).articles) == 1
    # A story whose list of sources closes it is the story.
    story = " ".join([PROSE_1, PROSE_2, PROSE_3])
    result = normalise_named(f"North Korean units move to Kursk\n\n{story}\n\n{story}\n\n" + gap.join(p[:80] for p in paragraphs[:3]) + "\n", name)
    assert len(result.articles) == 1 and result.articles[0].outlet is None


# --- (b) a Reddit link post: the story's text is elsewhere, and the audit says where ------------------------


def test_a_reddit_link_posts_article_keeps_the_address_and_the_audit_says_its_text_is_there() -> None:
    post = {
        "kind": "t3",
        "data": {"subreddit": "worldnews", "title": "Seoul says North Korean troops now in combat in Kursk", "author": "k_watch",
                 "created_utc": 1731400000, "url": "https://www.yna.co.kr/view/AEN20241112", "selftext": "", "is_self": False,
                 "permalink": "/r/worldnews/comments/x1/seoul_says/"},
    }
    result = normalise_named(json.dumps([{"kind": "Listing", "data": {"children": [post]}}]), "thread.json")
    article = only_article(result)
    assert (article.url, article.outlet) == ("https://www.yna.co.kr/view/AEN20241112", "r/worldnews")
    assert [r for r in removed_texts(result, "body-elsewhere") if "https://www.yna.co.kr/view/AEN20241112" in r]
    # A text post has its text here: nothing is elsewhere.
    post["data"] |= {"selftext": PROSE_1, "is_self": True, "url": "https://www.reddit.com/r/worldnews/comments/x1/seoul_says/"}
    result = normalise_named(json.dumps([{"kind": "Listing", "data": {"children": [post]}}]), "thread.json")
    assert removed_texts(result, "body-elsewhere") == []


# --- (c) a right-to-left override left open before a number ------------------------------------------------


@pytest.mark.parametrize(("stored", "shown"), [("000,21", "12,000"), ("005", "500"), ("000.51", "15.000")])
def test_a_number_after_an_override_left_open_is_read_as_shown_and_recorded(stored: str, shown: str) -> None:
    text = f"Kursk count\n\nOfficials in Kyiv now count \u202e{stored} North Korean soldiers in the Kursk region, the statement said.\n\n{PROSE_2}\n"
    result = normalise_named(text, "post.txt")
    assert body_texts(only_article(result))[0] == f"Officials in Kyiv now count {shown} North Korean soldiers in the Kursk region, the statement said."
    assert "bidi-override-left-open x1" in result.repairs


def test_an_override_left_open_before_a_figure_that_reads_both_ways_is_kept_but_recorded() -> None:
    text = f"Kursk count\n\nOfficials in Kyiv now count \u202e11 North Korean battalions in the Kursk region, the statement said.\n\n{PROSE_2}\n"
    result = normalise_named(text, "post.txt")
    assert "count 11 North Korean" in body_texts(only_article(result))[0]
    assert "bidi-override-left-open x1" in result.repairs


# --- (d) a meeting record with no agenda item ----------------------------------------------------------------

_SPV_HEAD = "United Nations                                                     S/PV.9850\nSecurity Council\nSeventy-ninth year\n9850th meeting\nWednesday, 18 December 2024, 10 a.m.\n"
_SPEECHES = [
    "The President: The Democratic People's Republic of Korea has deployed approximately 11,000 troops to the Kursk region of Russia.",
    "Mr. Nebenzia (Russian Federation): These claims are not supported by a single piece of evidence presented to the Council.",
    "Mr. Hwang (Republic of Korea): Our intelligence service says that the number of soldiers has reached about 12,000.",
]


def test_a_record_without_an_agenda_item_takes_its_subject_from_its_page_heads() -> None:
    subject = "Threats to international peace and security"
    heads = [
        f"24-40021                                                           {page}/9\nS/PV.9850                 {subject}                 18/12/2024" for page in (2, 3)
    ]
    text = (
        f"{_SPV_HEAD}New York                                                           Provisional\n\n"
        f"{_SPEECHES[0]}\n\n{heads[0]}\n\n{_SPEECHES[1]}\n\n{heads[1]}\n\n{_SPEECHES[2]}\n"
    )
    article = only_article(normalise_named(text, "spv.txt"))
    assert (article.title, article.title_derived) == (subject, False)
    assert body_texts(article) == _SPEECHES


def test_a_record_with_no_subject_anywhere_gets_no_place_for_a_title() -> None:
    text = f"{_SPV_HEAD}New York\n\nProvisional\n\n" + "\n\n".join(_SPEECHES) + "\n"
    result = normalise_named(text, "spv.txt")
    article = only_article(result)
    assert "New York" not in article.title and article.title_derived
    assert any(r.startswith("New York") for r in removed_texts(result, "record-head"))
    # A debate's heading alone in its own block under the chamber is no label of the head.
    text = "House of Commons\nTuesday 5 November 2024\n\nUkraine\n\n" + "\n\n".join(_SPEECHES) + "\n"
    result = normalise_named(text, "debate.txt")
    assert "Ukraine" not in removed_texts(result) and "Ukraine" in [p.text for p in only_article(result).passages]


# --- (e) a printed hearing's cover with no rule under its serial --------------------------------------------


def test_a_hearing_cover_with_no_rule_after_its_serial_is_one_record() -> None:
    subject = "NORTH KOREA'S WAR IN UKRAINE: IMPLICATIONS FOR THE INDO-PACIFIC"
    turns = [
        "Chairman MAST. The committee will come to order. We examine the deployment of North Korean troops to Russia.",
        "Mr. MEEKS. Thank you, Mr. Chairman. Some 11,000 to 12,000 North Korean soldiers have been sent to Russia.",
    ]
    text = (
        f"                 {subject}\n\n{'=' * 60}\n\n                                HEARING\n\n                               BEFORE THE\n\n"
        "                     COMMITTEE ON FOREIGN AFFAIRS\n                        HOUSE OF REPRESENTATIVES\n\n"
        "                    ONE HUNDRED NINETEENTH CONGRESS\n\n                             FIRST SESSION\n\n"
        "                               __________\n\n                            FEBRUARY 12, 2025\n\n"
        "                           Serial No. 119-4\n\n" + "".join(f"    {turn}\n\n" for turn in turns)
    )
    result = normalise_named(text, "hearing.txt")
    article = only_article(result)
    assert (article.title, article.published) == (subject, "2025-02-12")
    assert body_texts(article) == turns
    assert not [r for r in removed_texts(result, "outside-article") if "NORTH KOREA" in r]


# --- (f) a prefix broken off at a line's end -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "joined"),
    [
        ("pro-\nRussian", "pro-Russian"),
        ("anti-\nWestern", "anti-Western"),
        ("ex-\nKGB", "ex-KGB"),
        ("mid-\nDecember", "mid-December"),
        ("anti\u2010\ndrone", "anti\u2010drone"),
        ("self\u2011\npropelled", "self\u2011propelled"),
        ("anti¬\naircraft", "anti-aircraft"),
        ("mili\u2010\ntary", "military"),
    ],
)
def test_a_word_broken_at_a_line_end_after_a_prefix_or_a_unicode_hyphen_is_one_word(broken: str, joined: str) -> None:
    text = f"Drone units in Kursk\n\nThe brigade's {broken} units were moved to the front line near Sudzha,\nofficials in Kyiv said on Monday after the weekend's fighting there.\n\n{PROSE_2}\n"
    article = only_article(normalise_named(text, "scan.txt"))
    assert body_texts(article)[0] == f"The brigade's {joined} units were moved to the front line near Sudzha, officials in Kyiv said on Monday after the weekend's fighting there."


# --- (g) a chat export's day and month, told apart by its other stamps --------------------------------------


@pytest.mark.parametrize(("other", "day"), [("13/11/24, 10:02", "2024-11-12"), ("11/13/24, 10:02", "2024-12-11")])
def test_a_chat_exports_two_digit_year_stamps_settle_day_and_month(other: str, day: str) -> None:
    text = f"12/11/24, 09:14 - Min-jun Park: {PROSE_1}\n12/11/24, 09:20 - Olena K: {PROSE_2}\n{other} - Min-jun Park: {PROSE_3}\n"
    result = normalise_named(text, "chat.txt")
    first = result.articles[0]
    assert (first.published, first.date_ambiguous) == (day, False)
    # With no stamp to settle it, the reading stays in doubt, on record.
    text = f"12/11/24, 09:14 - Min-jun Park: {PROSE_1}\n12/11/24, 09:20 - Olena K: {PROSE_2}\n"
    assert all(a.date_ambiguous for a in normalise_named(text, "chat.txt").articles)


# --- blind round: layouts no round had tried -----------------------------------------------------------------


def test_a_podcast_transcript_with_the_time_opening_each_turn_keeps_the_speaker_and_audits_the_time() -> None:
    turns = [("Jenny Town", PROSE_1), ("Victor Cha", PROSE_2), ("Jenny Town", PROSE_3)]
    stamps = ["[00:00:05]", "[00:00:21]", "(01:02)"]
    text = "Episode 112: North Korea's soldiers in Kursk\n\n" + "\n\n".join(f"{stamp} {name}: {words}" for stamp, (name, words) in zip(stamps, turns, strict=True)) + "\n"
    result = normalise_named(text, "episode.txt")
    assert body_texts(only_article(result)) == [f"{name}: {words}" for name, words in turns]
    assert removed_texts(result, "entry-time") == stamps
    # A time before a label that is no speaker heard twice (an agenda's "[09:00] Opening: ...") stays text.
    agenda = "Programme\n\n[09:00] Opening: remarks by the director on the state of the peninsula.\n\n[10:30] Panel: the war in Ukraine and the North Korean deployment.\n"
    assert removed_texts(normalise_named(agenda, "programme.txt"), "entry-time") == []


def test_a_translating_browsers_show_original_button_is_no_heading() -> None:
    text = f"Северокорейские войска в Курской области\n\nTranslated by Google\nShow original\n\n{PROSE_1}\n\n{PROSE_2}\n\nRate this translation\n"
    result = normalise_named(text, "page.txt")
    assert [p.text for p in only_article(result).passages] == [PROSE_1, PROSE_2]
    assert "Show original" in removed_texts(result, "translation-note")


_READWISE = (
    "# North Korean Troops Suffer Heavy Losses in Kursk\n\n![rw-book-cover](https://readwise-assets.example/article2.png)\n\n## Metadata\n"
    "- Author: [[Hyonhee Shin]]\n- Full Title: North Korean Troops Suffer Heavy Losses in Kursk, Seoul Says\n- Category: #articles\n"
    "- URL: https://www.reuters.com/world/asia-pacific/nk-losses-2025-01-13/\n\n## Highlights\n"
    f"- {PROSE_1} ([View Highlight](https://read.readwise.io/read/01abc))\n"
    f"- {PROSE_2} ([View Highlight](https://read.readwise.io/read/01abd))\n    - Note: compare with HUR's figure of 4,000 killed\n"
)


def test_a_read_later_apps_highlights_export_is_the_articles_text_and_the_readers_note_is_not() -> None:
    result = normalise_named(_READWISE, "Hyonhee Shin - North Korean Troops.md")
    article = only_article(result)
    assert (article.title, article.author, article.outlet) == ("North Korean Troops Suffer Heavy Losses in Kursk, Seoul Says", "Hyonhee Shin", "Reuters")
    assert article.url == "https://www.reuters.com/world/asia-pacific/nk-losses-2025-01-13/"
    assert [p.text for p in article.passages] == [PROSE_1, PROSE_2]
    assert removed_texts(result, "reader-note") == ["- Note: compare with HUR's figure of 4,000 killed"]
    # A Kindle export's location links leave the passages too.
    kindle = f"# Sleeper Cells\n\n## Metadata\n- Author: Jane Doe\n- Title: Sleeper Cells\n\n## Highlights\n- {PROSE_3} — location: [1532](kindle://book?action=open&location=1532)\n"
    assert [p.text for p in only_article(normalise_named(kindle, "kindle.md")).passages] == [PROSE_3]


def test_a_videos_transcript_copied_with_a_time_over_each_caption_is_running_text() -> None:
    captions = ["North Korean troops are now fighting in Russia's Kursk region,", "according to Ukraine's military intelligence,", "which says about 12,000 soldiers were sent."]
    text = "North Korean troops in Kursk\n\n" + "".join(f"{time}\n{caption}\n" for time, caption in zip(["0:00", "0:04", "0:09"], captions, strict=True))
    result = normalise_named(text, "transcript.txt")
    article = only_article(result)
    assert (article.title, body_texts(article)) == ("North Korean troops in Kursk", [" ".join(captions)])
    # A live blog's times part its posts: each post stays a paragraph of its own.
    blog = f"Live: Kursk\n\n10:32\n{PROSE_1}\n\n10:15\n{PROSE_2}\n\n09:58\n{PROSE_3}\n"
    assert body_texts(only_article(normalise_named(blog, "live.txt"))) == [PROSE_1, PROSE_2, PROSE_3]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_readers_note_under_a_copied_post_is_not_the_posters_text(gap: str) -> None:
    post = "BREAKING: 100,000 North Korean troops now in Kursk, according to sources close to the command."
    note = ["Readers added context they thought people might want to know", "No credible source supports 100,000. South Korea's NIS estimates about 11,000 troops.",
            "https://www.reuters.com/world/asia-pacific/nis-11000/", "Do you find this helpful?"]
    text = f"OSINT Watch\n@osintwatch\n\n{post}\n\n" + gap.join(note) + "\n\n10:42 AM · Nov 14, 2024 · 1.2M Views\n"
    result = normalise_named(text, "post.txt")
    article = only_article(result)
    assert ([p.text for p in article.passages], article.author, article.published) == ([post], "OSINT Watch", "2024-11-14")
    assert "11,000" in " ".join(removed_texts(result, "community-note"))
