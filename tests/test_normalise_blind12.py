"""Blind round 12: wire copy, serial reports, layout PDF dumps, social threads, live pages, regional outlets'
mastheads and section labels, print views, mailed digests and feature pages, each through the whole pipeline."""

from __future__ import annotations

from normalise_samples import CLOSING, LEDE, PARA, normalise_named as _normalise
from normalise_samples import body_texts as _body, passage_texts as _texts, removed_texts as _removed, texts_by_kind as _kinds

# --- Wire copy --------------------------------------------------------------------------------------


def test_wire_stamp_with_its_age_dates_the_story_and_is_no_heading():
    text = (
        "North Korean troops suffer heavy losses in Kursk, Seoul lawmakers say\n\nBy Hyonhee Lim and Josh Smithers\n\n"
        "November 5, 2024 3:41 AM GMT+9 Updated 2 hours ago\n\n"
        f"SEOUL, Nov 5 (Reuters) - {LEDE}\n\n"
        "Pyongyang has also shipped more than 13,000 containers of munitions to Russia since August 2023, according to "
        "South Korea's military, enough to carry as many as 9.7 million artillery shells.\n\n"
        "(Reporting by Hyonhee Lim and Josh Smithers; Editing by Lincoln Feast and Ed Davies)\n"
    )
    article = _normalise(text).articles[0]
    assert article.published == "2024-11-05"  # the stamp's year, not one guessed from "August 2023"
    assert (article.outlet, article.author) == ("Reuters", "Hyonhee Lim and Josh Smithers")
    assert "heading" not in _kinds(article)


def test_korean_wires_version_tag_leaves_the_headline():
    text = f"(LEAD) N. Korea sends additional 3,000 troops to Russia: JCS\n\nSEOUL, Feb. 24 (Yonhap) -- {LEDE}\n\n{PARA}\n\nhague@yna.co.kr\n\n(END)\n"
    article = _normalise(text).articles[0]
    assert article.title == "N. Korea sends additional 3,000 troops to Russia: JCS"
    assert article.outlet == "Yonhap"
    second = _normalise(text.replace("(LEAD)", "(2nd LD)")).articles[0]
    assert second.title == article.title
    # A headline that only opens with a bracket keeps it.
    assert _normalise(text.replace("(LEAD) ", "(Kursk) ")).articles[0].title.startswith("(Kursk) ")


def test_wire_writer_who_contributed_is_credited_not_quoted_as_body():
    text = (
        "North Korea fired more artillery shells at Ukraine than Russia produced, Seoul says\n\nBy KIM TONG-HAN\nAssociated Press\n\n"
        f"SEOUL, South Korea (AP) — {LEDE}\n\n{PARA}\n\n___\n\n"
        "Associated Press writer Illia Novikov in Kyiv, Ukraine, contributed to this report.\n"
    )
    article = _normalise(text).articles[0]
    assert _kinds(article)["credit"] == ["Associated Press writer Illia Novikov in Kyiv, Ukraine, contributed to this report."]
    assert _body(article) == [f"SEOUL, South Korea (AP) — {LEDE}", PARA]


# --- Reports ----------------------------------------------------------------------------------------

_ASSESSMENT = """Russian Offensive Campaign Assessment, December 18, 2024

Christina Harwood, Angela Evers, Nicole Wolkov, Davit Gasparyan, and Frederick W. Kagel

December 18, 2024, 7:35 pm ET

Click here to see ISW's interactive map of the Russian invasion of Ukraine. This map is updated daily alongside the static maps present in this report.

Ukraine's Main Military Intelligence Directorate (GUR) reported on December 17 that North Korean forces have suffered at least 200 casualties during assaults in Kursk Oblast since December 14.[1]

South Korean lawmakers stated on December 19 that the National Intelligence Service assessed that at least 100 North Korean soldiers have been killed and 1,000 wounded.[2]

[1] https://t.me/DIUkraine/5011
[2] https://www.yna.co.kr/view/AKR20241219070200001
"""


def test_serial_report_titled_by_its_date_keeps_the_title_and_its_authors_list_signs_it():
    result = _normalise(_ASSESSMENT)
    article = result.articles[0]
    assert article.title == "Russian Offensive Campaign Assessment, December 18, 2024"
    assert article.outlet is None  # the report's name is no outlet
    assert article.author == "Christina Harwood, Angela Evers, Nicole Wolkov, Davit Gasparyan, and Frederick W. Kagel"
    assert article.published == "2024-12-18"
    assert len(_texts(article)) == 2 and all("[1]" not in t and "http" not in t for t in _texts(article))
    assert _removed(result, "link-prompt")[0].startswith("Click here to see ISW's interactive map")
    assert len(_removed(result, "reference-entry")) == 1  # both link-only endnotes, together


def test_another_serial_report_is_titled_by_its_line_and_an_outlet_over_its_date_stays_the_outlet():
    update = _normalise(f"Iran Update, March 3, 2025\n\nNicholas Carl and Ria Reddy\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert (update.title, update.outlet, update.author, update.published) == (
        "Iran Update, March 3, 2025", None, "Nicholas Carl and Ria Reddy", "2025-03-03"
    )
    paper = _normalise(f"Kyiv Post, December 18, 2024\n\nNorth Korean troops enter combat in Kursk\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert (paper.title, paper.outlet) == ("North Korean troops enter combat in Kursk", "Kyiv Post")


_LAYOUT = (
    "RUSI Commentary" + " " * 53 + "North Korea's War Dividend\n\n"
    "North Korea's War Dividend: What Pyongyang Gains from\nSupplying Russia\nJonathan Barrow and Min-ji Seo\n12 March 2025\n\n"
    "The transfer of North Korean munitions and troops to Russia\nhas become one of the most consequential developments of the\n"
    "war. Since August 2023, Pyongyang has shipped an estimated\n9 million rounds of artillery ammunition.\n\n"
    "Reports of Russian assistance with air defence, satellite launch-\ners and submarine propulsion deserve close scrutiny.\n\n"
    + " " * 83 + "1\n\n"
    "RUSI Commentary" + " " * 53 + "North Korea's War Dividend\n\n"
    "The battlefield experience gained by North Korean units may\nprove the most durable dividend of all, analysts say.\n\n"
    "For the Korean Peninsula, the implications are stark: a North\nKorean military that has tested its weapons in combat.\n\n"
    "The views expressed in this Commentary are the authors', and do not represent those of\nRUSI or any other institution.\n\n"
    + " " * 83 + "2\n"
)


def test_layout_dumps_far_set_page_numbers_and_the_disclaimer_go():
    result = _normalise(_LAYOUT)
    article = result.articles[0]
    assert article.title == "North Korea's War Dividend: What Pyongyang Gains from Supplying Russia"
    assert article.author == "Jonathan Barrow and Min-ji Seo"
    assert [t.strip() for t in _removed(result, "page-number")] == ["1", "2"]
    assert len(_removed(result, "disclaimer")) == 1
    assert all(t not in ("1", "2") for t in _texts(article))
    assert "satellite launchers and submarine" in _texts(article)[1]  # a suffix nobody writes alone rejoins its word


def test_numbers_set_far_in_but_a_few_lines_apart_are_a_tables_not_page_numbers():
    column = "".join(" " * 40 + f"{n}\n" for n in (1, 2, 3))
    article = _normalise(f"Battalions by rotation\n\n{LEDE}\n\n{column}\n{PARA}\n").articles[0]
    assert {"1", "2", "3"} <= {t.strip() for t in _texts(article)}


# --- Social threads and live pages ------------------------------------------------------------------

_THREAD = """Thread

Conversation

Dr. Hanna Liebermann
@hliebermann_nk

1/3 🧵 New estimates on North Korean casualties in Kursk. A thread on what we know, and what we don't.

2:14 PM · Jan 14, 2025
·
84.3K Views

2/3 Ukraine's SBU says about 300 North Korean soldiers have been killed and 2,700 wounded since December.

3/3 Bottom line: the deployment is costly for Pyongyang, but the payoff in cash and technology is likely worth it. /end

Show replies
Relevant people
Dr. Hanna Liebermann
@hliebermann_nk
Follow
Senior fellow. Korea, Russia, arms control. Views my own.
"""


def test_thread_copied_from_a_social_network_names_its_poster_and_date_and_drops_its_chrome():
    article = _normalise(_THREAD).articles[0]
    assert article.title == "New estimates on North Korean casualties in Kursk"
    assert (article.author, article.published) == ("Hanna Liebermann", "2025-01-14")
    texts = _texts(article)
    assert len(texts) == 3 and texts[0].startswith("New estimates") and texts[2].endswith("/end")
    assert not any(t in ("Thread", "Conversation", "Show replies", "Relevant people") or "Views my own" in t for t in texts)


def test_a_fraction_opening_a_post_stays_in_its_derived_title():
    article = _normalise(f"3/4 of the shells failed, Ukrainian gunners say after a week of fighting near Sudzha in Kursk.\n\n{PARA}\n").articles[0]
    assert article.title.startswith("3/4 of the shells")


def test_live_pages_standfirst_over_its_first_entry_is_the_deck_and_its_update_note_goes():
    page = (
        "<html><head><title>Russia-Ukraine war live: North Korean troops 'in combat' in Kursk | The Guardian</title></head><body>"
        "<h1>Russia-Ukraine war live: North Korean troops 'in combat' in Kursk</h1>"
        "<p>Ukrainian defence minister says first clashes with North Korean soldiers took place; Seoul says 10,000 troops now in Russia</p>"
        f"<h2>Seoul: North Korean casualties 'considerable'</h2><p>{LEDE}</p><p>Updated at 10.52 GMT</p>"
        f"<h2>Umerov confirms first clashes</h2><p>{PARA}</p><p>{CLOSING}</p></body></html>"
    )
    result = _normalise(page, "live.html")
    article = result.articles[0]
    assert _kinds(article)["dek"][0].startswith("Ukrainian defence minister says first clashes")
    assert _body(article) == [LEDE, PARA, CLOSING]
    assert _removed(result, "entry-time") == ["Updated at 10.52 GMT"]


# --- Regional outlets: mastheads, taglines and section labels over the headline ---------------------


def test_agency_masthead_with_its_tagline_and_section_label_leave_the_headline_the_title():
    text = (
        "Ukrinform\nUkrainian National News Agency\n\nWar\nNorth Korean troops in Kursk region suffered 3,800 casualties – Zelensky\n\n"
        f"12.01.2025 21:45\n\n{LEDE}\n\n{PARA}\n\nIf you see a spelling error on our site, select it and press Ctrl+Enter\n\n{CLOSING}\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "North Korean troops in Kursk region suffered 3,800 casualties – Zelensky"
    assert (article.outlet, article.published) == ("Ukrinform", "2025-01-12")
    assert _texts(article) == [LEDE, PARA, CLOSING]
    assert _removed(result, "section-label") == ["War"]


def test_section_label_of_two_sections_under_the_agencys_name_is_no_title():
    text = (
        "TASS\n\nMilitary & Defense\n\nRussian MFA: Moscow, Pyongyang military cooperation \"not aimed against third countries\"\n\n"
        f"MOSCOW, November 5. /TASS/. {LEDE}\n\n{PARA}\n\n{CLOSING}\n"
    )
    article = _normalise(text).articles[0]
    assert article.title == 'Russian MFA: Moscow, Pyongyang military cooperation "not aimed against third countries"'
    assert article.outlet == "TASS"


def test_masthead_over_headline_deck_and_byline_keeps_the_headline_and_the_players_clock_goes():
    text = (
        "The Korea Herald\nSearch\nMenu\n\nNational\nPolitics\nDefense\n\nN. Korea to send more troops to Russia: NIS\n\n"
        "Spy agency says Pyongyang preparing additional deployment of up to 3,000 soldiers\n\n"
        "By Son Ji-won\nPublished : Jan. 13, 2025 - 15:02\n\nListen to this article\n00:00 / 04:12\n\n"
        f"{LEDE}\n\n{PARA}\n\n{CLOSING}\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "N. Korea to send more troops to Russia: NIS"
    assert _kinds(article)["dek"] == ["Spy agency says Pyongyang preparing additional deployment of up to 3,000 soldiers"]
    assert (article.outlet, article.author) == ("The Korea Herald", "Son Ji-won")
    assert _body(article) == [LEDE, PARA, CLOSING]
    assert _removed(result, "reader-chrome") == ["00:00 / 04:12"]


def test_byline_with_the_reporters_address_in_square_brackets_names_the_reporter():
    text = (
        "Korea JoongAng Daily\n\nNorth Korea\nSeoul says Pyongyang's arms exports to Moscow top $20 billion\n\n"
        "Published: 26 Feb. 2025, 18:34\n\nBy Lee Min-ho [lee.minho1@joongang.co.kr]\n\n"
        f"{LEDE}\n\n{PARA}\n\nBY LEE MIN-HO [lee.minho1@joongang.co.kr]\n"
    )
    article = _normalise(text).articles[0]
    assert article.title == "Seoul says Pyongyang's arms exports to Moscow top $20 billion"
    assert (article.outlet, article.author, article.published) == ("Korea JoongAng Daily", "Lee Min-ho", "2025-02-26")
    assert _texts(article) == [LEDE, PARA]


# --- Print views and feature pages ------------------------------------------------------------------


def test_print_view_loses_its_controls_reading_time_paywall_and_bio_and_names_its_outlet():
    text = (
        "Printed from: https://www.frontline.example/2025/03/rotation/\nPrint date: 24/03/2025 11:07\n\nNK Frontline\n\n"
        "North Korea begins rotating troops out of Kursk, Ukrainian intelligence says\n\nBy Chad O'Connell | March 21, 2025\n\n"
        f"Reading time: 4 minutes\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n\n"
        "Chad O'Connell is a senior correspondent covering North Korea's military. Follow him on X @chadoc.\n\n"
        "Want to read more? Subscribe to NK Frontline Pro for full access to our analysis. Already a member? Log in.\n\n"
        "Close window | Print this page\n\nCopyright © 2025 NK Frontline. All rights reserved.\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert _texts(article) == [LEDE, PARA, CLOSING]
    assert (article.outlet, article.author, article.published) == ("NK Frontline", "Chad O'Connell", "2025-03-21")
    assert _removed(result, "author-bio")[0].startswith("Chad O'Connell is a senior correspondent")
    assert _removed(result, "paywall") and "Close window | Print this page" in _removed(result, "reader-chrome")


def test_closing_paragraph_about_someone_other_than_the_writer_stays():
    closing = "Kim Jong Un is the supreme commander of the Korean People's Army, an editor of its doctrine in all but name."
    article = _normalise(f"Kursk rotation\n\nBy Chad O'Connell\n\nMarch 21, 2025\n\n{LEDE}\n\n{PARA}\n\n{closing}\n").articles[0]
    assert _texts(article)[-1] == closing


_CONTAINERS = (
    "Every few days since the late summer of 2023, a small fleet of Russian-flagged cargo ships has shuttled between the "
    "North Korean port of Rajin and the Russian port of Dunai, carrying containers that analysts say are packed with shells."
)


def test_feature_page_keeps_its_deck_and_correction_and_drops_the_writers_bio():
    pull = "The shells arrive at the front within a month of leaving Rajin."
    page = (
        '<html><head><title>Inside the shell pipeline - The Eastern Ledger</title><script type="application/ld+json">'
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Inside the shell pipeline","datePublished":"2025-02-03T06:00:00+00:00",'
        '"author":[{"@type":"Person","name":"Marta Kowalczyk"}],"publisher":{"@type":"Organization","name":"The Eastern Ledger"}}'
        "</script></head><body><article><h1>Inside the shell pipeline</h1>"
        "<p>Satellite images and shipping data show how North Korean ammunition reaches Russian guns within weeks</p>"
        "<div>By Marta Kowalczyk · February 3, 2025 · 9 min read</div>"
        f"<p>{_CONTAINERS}</p><p>{LEDE}</p><aside><blockquote>“{pull}”</blockquote></aside><p>{PARA} “{pull}” said an officer.</p>"
        "<p>1 of 4</p><figure><img src=a.jpg><figcaption>Containers stacked at the Tumangang rail crossing. Photo: Planet Labs</figcaption></figure>"
        f"<p>{CLOSING}</p><p><em>Correction, Feb. 4, 2025: An earlier version of this article misstated the number of containers shipped.</em></p>"
        "<p>Marta Kowalczyk is The Eastern Ledger's Asia security correspondent. She previously reported from Seoul for eight years.</p>"
        "</article></body></html>"
    )
    result = _normalise(page, "feature.html")
    article = result.articles[0]
    assert (article.outlet, article.author, article.published) == ("The Eastern Ledger", "Marta Kowalczyk", "2025-02-03")
    kinds = _kinds(article)
    assert kinds["dek"] == ["Satellite images and shipping data show how North Korean ammunition reaches Russian guns within weeks"]
    assert kinds["body"][-1].startswith("Correction, Feb. 4, 2025")
    assert sum(pull in t for t in _texts(article)) == 1  # the pull-quote once, inside its paragraph
    assert _removed(result, "author-bio")[0].startswith("Marta Kowalczyk is The Eastern Ledger's")


# --- Mailed digests ---------------------------------------------------------------------------------

_DIGEST = f"""Subject: Korea & Russia Daily — Tuesday, March 25, 2025
From: Peninsula Watch <newsletter@peninsulawatch.example>
Date: Tue, 25 Mar 2025 06:30:12 +0900

PENINSULA WATCH | DAILY
In today's edition: Kursk rotation; shell quality; Shoigu in Pyongyang

1) KURSK: TROOPS ROTATING HOME
{LEDE}
→ Read the full story

2) SHELLS: HALF ARE DUDS, SAYS KYIV
{PARA}
→ Read the full story

3) DIPLOMACY: SHOIGU BACK IN PYONGYANG
{CLOSING}
→ Read the full story

Enjoying Peninsula Watch? Forward this email to a friend.
Was this email forwarded to you? Sign up here.

You are receiving this email because you subscribed at peninsulawatch.example.
Unsubscribe | Manage preferences
"""


def test_mailed_digest_with_capitals_headlines_over_their_stories_is_split_per_story():
    result = _normalise(_DIGEST, "digest.eml")
    assert [a.title for a in result.articles] == [
        "KURSK: TROOPS ROTATING HOME",
        "SHELLS: HALF ARE DUDS, SAYS KYIV",
        "DIPLOMACY: SHOIGU BACK IN PYONGYANG",
    ]
    assert [_texts(a) for a in result.articles] == [[LEDE], [PARA], [CLOSING]]
    assert [a.published for a in result.articles] == ["2025-03-25"] * 3
    assert len(_removed(result, "read-original")) == 3
    assert any("Forward this email to a friend" in t for t in _removed(result, "newsletter-signup") + _removed(result, "share-prompt"))


def test_a_numbered_list_in_sentence_case_inside_a_story_splits_nothing():
    text = f"Kursk briefing\n\n{LEDE}\n\n1. Troops rotated home\n{PARA}\n\n2. Shells keep coming\n{CLOSING}\n\nYou are receiving this email because you subscribed.\n"
    assert len(_normalise(text).articles) == 1


# --- Agency and reader-funded pages: menus, appeals and portal widgets -------------------------------


def test_masthead_block_with_its_section_over_headline_and_deck_and_an_edited_stamp():
    text = (
        "RT\nHome\nWorld News\n\nPyongyang denies sending troops to Kursk – Foreign Ministry\n\n"
        "Western reports of North Korean soldiers fighting for Russia are a 'groundless rumor', the DPRK's deputy foreign minister has said\n\n"
        f"Published: 25 Oct, 2024 09:15\nEdited: 25 Oct, 2024 11:02\n\n{LEDE}\n\n{PARA}\n\n{CLOSING}\n\n"
        "You can share this story on social media:\n\nFollow RT on Telegram\nRT News App\nSubscribe to RT newsletter\n"
    )
    article = _normalise(text).articles[0]
    assert article.title == "Pyongyang denies sending troops to Kursk – Foreign Ministry"
    assert _kinds(article)["dek"][0].startswith("Western reports of North Korean soldiers")
    assert (article.outlet, article.published) == ("RT", "2024-10-25")
    assert _body(article) == [LEDE, PARA, CLOSING] and "heading" not in _kinds(article)


def test_reader_funded_outlets_appeal_and_writers_bio_leave_the_story():
    text = (
        "Kyiv Independent\n\nSupport us\n\nNorth Korean troops have suffered 4,000 casualties, Budanov says\n\n"
        f"by Martin Fornsek\nJanuary 27, 2025 4:12 PM\n2 min read\n\n{LEDE}\n\n{PARA}\n\n"
        "We've been working hard to bring you independent, locally-sourced news from Ukraine. Consider supporting the Kyiv Independent.\n\n"
        f"{CLOSING}\n\nMartin Fornsek is a reporter at the Kyiv Independent. He previously worked as a reporter for Denik N.\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert _texts(article) == [LEDE, PARA, CLOSING]
    assert (article.outlet, article.author) == ("The Kyiv Independent", "Martin Fornsek")
    assert len(_removed(result, "support-appeal")) == 2
    # An appeal to a government in the story's own words is news, not the outlet's.
    urged = "Zelensky urged allies to consider supporting Ukraine with more air defence before the winter, officials said."
    assert urged in _texts(_normalise(f"Kursk losses\n\n{LEDE}\n\n{urged}\n\n{PARA}\n").articles[0])


def test_portal_menus_latest_news_label_leaves_the_headline_and_its_keyword_tags_go():
    text = (
        "Yonhap News Agency\nAll News\nNorth Korea\nLatest News\n\n"
        "N. Korean soldiers captured in Kursk want to go to S. Korea: lawmaker\n\n2025-02-19 16:02 | Politics\n\nBy Kim Soo-yeon\n\n"
        f"SEOUL, Feb. 19 (Yonhap) -- {LEDE}\n\n{PARA}\n\nsooyeon@yna.co.kr\n(END)\n\n"
        "Keywords\n#North Korean soldiers\n#Ukraine\n\nMost Saved\n1. BTS' V to be discharged in June\n2. Seoul stocks open higher\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "N. Korean soldiers captured in Kursk want to go to S. Korea: lawmaker"
    assert (article.outlet, article.author, article.published) == ("Yonhap", "Kim Soo-yeon", "2025-02-19")  # "Politics" is a section
    assert _texts(article) == [f"SEOUL, Feb. 19 (Yonhap) -- {LEDE}", PARA]


def test_agency_sharing_the_byline_is_the_outlet_not_part_of_the_writers_name():
    text = (
        "Russia and North Korea open first road bridge across border river\n\nBy HYUNG-JIN KIM and the Associated Press\n"
        f"Updated 3:04 AM EST, November 5, 2025\n\nSEOUL, South Korea (AP) — {LEDE}\n\n{PARA}\n"
    )
    article = _normalise(text).articles[0]
    assert article.title == "Russia and North Korea open first road bridge across border river"
    assert (article.author, article.outlet, article.published) == ("HYUNG-JIN KIM", "Associated Press", "2025-11-05")
    # Two writers stay two writers, even when the second one's name ends in a publication's word.
    two = _normalise(f"Kursk losses\n\nBy Jane Doe and Tom Post\n\n{LEDE}\n\n{PARA}\n").articles[0]
    assert two.author == "Jane Doe and Tom Post"


def test_channel_mark_before_an_exported_posts_headline_is_no_part_of_its_title():
    page = (
        '<html><head><meta charset="utf-8"/><title>Exported Data</title></head><body><div class="page_wrap">'
        '<div class="page_header"><div class="content"><div class="text bold">Ukraine NOW</div></div></div>'
        '<div class="page_body chat_page"><div class="history"><div class="message default clearfix" id="message9812">'
        '<div class="pull_left userpic_wrap"><div class="userpic"><div class="initials">UN</div></div></div><div class="body">'
        '<div class="pull_right date details" title="12.11.2024 14:03:11 UTC+02:00">14:03</div><div class="from_name">Ukraine NOW</div>'
        f'<div class="text">⚡️ <strong>North Korean troops are already fighting in Kursk region</strong> — Pentagon<br><br>{LEDE}</div>'
        '</div></div><div class="message default clearfix joined" id="message9813"><div class="body">'
        f'<div class="pull_right date details" title="12.11.2024 16:40:55 UTC+02:00">16:40</div><div class="text">{PARA}</div>'
        "</div></div></div></div></div></body></html>"
    )
    article = _normalise(page, "messages.html").articles[0]
    assert article.title == "North Korean troops are already fighting in Kursk region — Pentagon"
    assert (article.outlet, article.published) == ("Ukraine NOW", "2024-11-12")
    assert _body(article) == [LEDE]


def test_newsletter_platform_post_loses_its_motto_counts_and_numbered_notes():
    text = (
        "The Kursk Ledger\nCounting what Pyongyang sends, and what it gets back\n\nSubscribe\nSign in\n\n"
        "Shells, men and money: a year of the Pyongyang–Moscow pipeline\nWhat the numbers tell us, twelve months on\n\n"
        f"Ana Ruiz\nOct 15, 2025\n∙ Paid\n\n142\n18\nShare\n\n{LEDE}1\n\n{PARA}2\n\n{CLOSING}\n\n"
        "1\nNIS briefing to the National Assembly intelligence committee, 30 April 2025.\n\n2\nJCS report to lawmakers, 24 February 2025.\n"
    )
    result = _normalise(text)
    article = result.articles[0]
    assert article.title == "Shells, men and money: a year of the Pyongyang–Moscow pipeline"
    assert (article.outlet, article.author, article.published) == ("The Kursk Ledger", "Ana Ruiz", "2025-10-15")
    assert _texts(article) == ["What the numbers tell us, twelve months on", LEDE, PARA, CLOSING]
    assert _removed(result, "vote-count") == ["142\n18"]
    assert _removed(result, "footnote")[0].startswith("1\nNIS briefing")
    # Without marks in the text, a number over a line is no note.
    plain = _normalise(f"Kursk losses\n\n{LEDE}\n\n{PARA}\n\n1\nNIS briefing to the National Assembly, 30 April 2025.\n").articles[0]
    assert "NIS briefing to the National Assembly, 30 April 2025." in _texts(plain)


def test_live_pages_pinned_badge_and_minute_ages_go_and_entry_headlines_stay():
    text = (
        "LIVE\nNorth Korean troops in Kursk: latest updates\n\nUpdated 12 minutes ago\n\nPinned\nUkraine says it captured two soldiers\n\n"
        f"{LEDE}\n\n12m ago\nSeoul confirms capture\n\n{PARA}\n\n1h ago\nZelensky offers prisoner swap\n\n{CLOSING}\n\nLoad more updates\n"
    )
    result = _normalise(text)
    kinds = _kinds(result.articles[0])
    assert kinds["body"] == [LEDE, PARA, CLOSING]
    assert kinds["heading"] == ["Ukraine says it captured two soldiers", "Seoul confirms capture", "Zelensky offers prisoner swap"]
    assert "12m ago" in _removed(result, "timestamp") and "Pinned" in _removed(result, "live-blog-chrome")
