"""Round 27, layouts: the known gaps of session 26's sweep, then layouts no round had tried.

A writer's name and a date set apart by a dash, a thread's post counters, a pull-quote set far from the
sentence it repeats, a read-later export of links, a clipped note's saver, a newsletter's audit lines and
a broadcast transcript's show name; then pages saved from elsewhere, each written afresh.
"""

from __future__ import annotations

import pytest
from normalise_samples import PROSE_1, PROSE_2, PROSE_3, body_texts, normalise_named, only_article, removed_texts

from store.errors import SourceError

PROSE_4 = "Ukraine's military intelligence said on Friday that about 4,000 North Korean soldiers had been killed or wounded. Seoul gave no figure of its own."
PROSE_5 = "Officials in Washington declined to give their own estimate but said the count was broadly in line with what they had seen."


# --- (a) "Name — date": a writer set apart by a dash, unless the name reads as a publication's --------------


@pytest.mark.parametrize(("line", "author"), [("Olha Hlushchenko — 17 February 2025", "Olha Hlushchenko"), ("Daniel Brooks – 3 March 2025", "Daniel Brooks")])
def test_a_writers_name_a_dash_and_a_date_sign_the_story_and_name_no_outlet(line: str, author: str) -> None:
    text = f"North Korean troops pulled back from the Kursk front\n\n{line}\n\n{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = only_article(normalise_named(text, "story.txt"))
    assert (article.author, article.outlet) == (author, None)
    assert article.published[:7] in ("2025-02", "2025-03")
    # A name that reads as a publication's ("Zpravodaj": a bulletin) names the outlet there still.
    text = f"Kyivskyi Zpravodaj — 17 February 2025\n\nNorth Korean troops pulled back from Kursk\n\n{PROSE_1}\n\n{PROSE_2}\n"
    article = only_article(normalise_named(text, "story.txt"))
    assert article.outlet == "Kyivskyi Zpravodaj" and article.author is None


# --- (b) a thread's post counters: numbering, not words; on record --------------------------------------


@pytest.mark.parametrize(("marks", "tail"), [(["1/4 🧵 ", "2/4 ", "3/4 "], False), (["1/ ", "2/ ", "3/ "], False), ([" 🧵 1/3", " 2/3", " 3/3"], True)])
def test_a_threads_post_counters_leave_the_posts_and_go_to_the_audit(marks: list[str], tail: bool) -> None:
    posts = [PROSE_1, PROSE_2, PROSE_3]
    text = "Thread by @SteppeWatcher on X\n\n" + "\n\n".join((p + m) if tail else (m + p) for m, p in zip(marks, posts, strict=True)) + "\n"
    result = normalise_named(text, "thread.txt")
    assert body_texts(only_article(result)) == posts
    assert removed_texts(result, "thread-counter") == [m.strip() for m in marks]
    # Fractions opening paragraphs that do not count up from one are words, not counters.
    text = f"Shell quality\n\n3/4 of the shells failed, gunners near Sudzha say after a week of firing them.\n\n{PROSE_1}\n\n2/3 of the crews were new, a commander added in a call with reporters on Monday.\n"
    result = normalise_named(text, "story.txt")
    assert [p.text[:17] for p in only_article(result).passages if p.text[0].isdigit()] == ["3/4 of the shells", "2/3 of the crews "]
    assert removed_texts(result, "thread-counter") == []


# --- (c) a pull-quote set far from the sentence it repeats -------------------------------------------------


@pytest.mark.parametrize("marks", [("", ""), ("“", "”")])
def test_a_pull_quote_far_from_the_sentence_it_repeats_is_no_body(marks: tuple[str, str]) -> None:
    quote = PROSE_4.split(". ")[0] + "."
    paragraphs = [PROSE_1, f"{marks[0]}{quote}{marks[1]}", PROSE_2, PROSE_3, PROSE_5, "The deployment is the first time North Korea has sent ground troops to a foreign war in decades.", PROSE_4]
    text = "North Korean losses mount in Kursk\n\nBy Jane Doe\n\n" + "\n\n".join(paragraphs) + "\n"
    article = only_article(normalise_named(text, "story.txt"))
    assert [p.kind for p in article.passages if p.text == paragraphs[1]] == ["pullquote"]
    assert body_texts(article) == [p for i, p in enumerate(paragraphs) if i != 1]
    # Words lifted from mid-sentence far away are no whole sentence of it: they stay body.
    lifted = "about 4,000 North Korean soldiers had been killed or wounded"
    paragraphs = [PROSE_1, lifted[0].upper() + lifted[1:] + ".", PROSE_2, PROSE_3, PROSE_5, PROSE_1.replace("Wednesday", "Thursday"), PROSE_4]
    text = "North Korean losses mount in Kursk\n\n" + "\n\n".join(paragraphs) + "\n"
    assert paragraphs[1] in body_texts(only_article(normalise_named(text, "story.txt")))


# --- (d) a read-later export that holds only links ----------------------------------------------------------

_LINKS = [
    ("https://www.reuters.com/world/asia-pacific/north-korean-troops-kursk-2025-01-13/", "North Korean troops suffer heavy losses in Kursk, Seoul says"),
    ("https://kyivindependent.com/north-korean-soldiers-captured/", "Ukraine captures two North Korean soldiers in Kursk Oblast"),
    ("https://www.nknews.org/2025/01/shells-estimate/", "How many shells has North Korea sent Russia? A look at the estimates"),
]


def test_a_pocket_export_of_links_gives_no_article_and_one_clear_reason() -> None:
    items = "".join(f'<li><a href="{url}" time_added="1736760000" tags="nk">{title}</a></li>\n' for url, title in _LINKS)
    page = f"<!DOCTYPE html><html><head><title>Pocket Export</title></head><body><h1>Unread</h1><ul>{items}</ul><h1>Read Archive</h1><ul></ul></body></html>"
    with pytest.raises(SourceError, match="3 saved links"):
        normalise_named(page, "ril_export.html")
    bookmarks = "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>\n<DL><p>\n<DT><H3>Kursk</H3>\n<DL><p>\n" + "".join(f'<DT><A HREF="{u}" ADD_DATE="1736760000">{t}</A>\n' for u, t in _LINKS) + "</DL><p>\n</DL><p>\n"
    with pytest.raises(SourceError, match="saved links"):
        normalise_named(bookmarks, "bookmarks.html")
    table = "title,url,time_added,tags,status\n" + "".join(f'"{t}",{u},1736760000,nk,unread\n' for u, t in _LINKS)
    with pytest.raises(SourceError, match="3 saved links"):
        normalise_named(table, "part_000000.csv")
    # Links with a story's words under each are a page to read.
    items = "".join(f'<li><a href="{url}">{title}</a><div>{text}</div></li>' for (url, title), text in zip(_LINKS, [PROSE_1, PROSE_2, PROSE_3], strict=True))
    page = f"<html><head><title>Coverage</title></head><body><h1>North Korean troops in Kursk</h1><ul>{items}</ul></body></html>"
    passages = [p.text for a in normalise_named(page, "coverage.html").articles for p in a.passages]
    assert any(PROSE_2 in t for t in passages)


# --- (e) a clipped note's author attribute is whoever saved it ----------------------------------------------


def _note(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">\n'
        '<en-export export-date="20250301T090000Z" application="Evernote" version="10.80"><note><title>Seoul: troops pulled back</title>'
        "<created>20250214T081500Z</created><note-attributes><author>Analyst Desk</author></note-attributes>"
        f'<content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><en-note><div><b>Seoul: troops pulled back</b></div>{body}'
        f"<div>{PROSE_1}</div><div>{PROSE_2}</div><div>{PROSE_3}</div></en-note>]]></content></note></en-export>\n"
    )


def test_a_clipped_notes_own_byline_signs_it_not_the_person_who_saved_it() -> None:
    result = normalise_named(_note("<div>By Daniel Brooks</div>"), "clips.enex")
    assert only_article(result).author == "Daniel Brooks"
    assert removed_texts(result, "note-saved-by") == ["Author: Analyst Desk"]
    assert only_article(normalise_named(_note(""), "clips.enex")).author == "Analyst Desk"  # a note of one's own: its author


# --- (f) a mailed newsletter's audit blocks sit on their own lines ------------------------------------------


def test_a_newsletters_audit_blocks_each_give_their_own_line() -> None:
    mail = (
        'From: "Peninsula Daily" <news@peninsula.example>\nTo: analyst@example.org\nSubject: Peninsula Daily: troops, shells\n'
        "Date: Wed, 15 Jan 2025 07:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "View in browser | Forward to a friend\n\nNorth Korean units move to the front\n\n"
        "South Korea's intelligence service told lawmakers on Wednesday that North Korean units had moved from =\ntraining grounds in the Russian Far East to the front line in Kursk.\n\n"
        f"{PROSE_2}\n\n{PROSE_3}\n\n--\nYou are receiving this because you subscribed to Peninsula Daily.\nUnsubscribe | Manage preferences\n"
    )
    source = mail.split("\n")
    result = normalise_named(mail, "issue.eml")
    lines = {r.text.split("\n")[0]: r.line for r in result.removed}
    for text in ("View in browser | Forward to a friend", "--", "You are receiving this because you subscribed to Peninsula Daily."):
        assert source[lines[text] - 1] == text


# --- (g) a transcript's show name is no title of the segment --------------------------------------------------

_TURNS = (
    "FREDRICKA WHITFIELD, CNN ANCHOR: North Korean soldiers captured in Russia's Kursk region are speaking out. Will Ripley has more from Seoul.\n\n"
    "WILL RIPLEY, CNN CORRESPONDENT: Fred, South Korea's spy agency tells us roughly 12,000 North Korean troops are now in Russia.\n\n"
    "RIPLEY: Ukraine puts the toll far higher, Fred, around 4,000 dead or injured.\n"
)


def test_a_transcripts_show_name_with_no_headline_under_it_gives_a_title_from_the_words() -> None:
    result = normalise_named(f"CNN NEWSROOM\nAired January 19, 2025 - 14:00 ET\n\n{_TURNS}", "transcript.txt")
    article = only_article(result)
    assert article.title.startswith("North Korean soldiers captured in Russia's Kursk region")
    assert (article.outlet, removed_texts(result, "programme-name")) == ("CNN", ["CNN NEWSROOM"])


def test_a_transcript_pages_title_naming_the_kind_of_page_gives_way_to_the_segments_headline() -> None:
    page = (
        "<html><head><title>CNN.com - Transcripts</title></head><body><p>CNN NEWSROOM</p>"
        "<p>North Korean POWs Speak Out; Seoul Says 12,000 Troops In Russia. Aired 2-3p ET</p><p>Aired January 19, 2025 - 14:00 ET</p>"
        f"<p>{_TURNS.replace(chr(10) * 2, '</p><p>')}</p></body></html>"
    )
    article = only_article(normalise_named(page, "transcript.html"))
    assert article.title == "North Korean POWs Speak Out; Seoul Says 12,000 Troops In Russia"
    assert not any(p.text in ("CNN NEWSROOM",) or "Aired 2-3p" in p.text for p in article.passages)


# --- blind round: layouts no round had tried --------------------------------------------------------------


def test_a_newsletter_posts_name_its_subscribe_box_repeats_is_the_outlet_over_headline_and_deck() -> None:
    text = (
        "Peninsula Signals\n\nCounting the dead in Kursk: why the numbers disagree\n\nSeoul, Kyiv and Washington are all right, and all wrong\n\n"
        f"Jane Whitaker\nJan 20, 2025\n\n∙ Paid\n\nShare\n\n{PROSE_1}\n\n{PROSE_2}\n\nSubscribe to Peninsula Signals\n\nType your email...\n\nSubscribe\n\n{PROSE_3}\n\nLeave a comment\n"
    )
    article = only_article(normalise_named(text, "post.txt"))
    assert (article.title, article.dek, article.outlet) == ("Counting the dead in Kursk: why the numbers disagree", "Seoul, Kyiv and Washington are all right, and all wrong", "Peninsula Signals")
    assert (article.author, body_texts(article)) == ("Jane Whitaker", [PROSE_1, PROSE_2, PROSE_3])
    # A top line no subscribe box names stays out of the outlet.
    other = only_article(normalise_named(text.replace("Subscribe to Peninsula Signals", "Subscribe to Korea Notes Weekly"), "post.txt"))
    assert other.outlet != "Peninsula Signals"


_RECORD_TURNS = [
    "Mr. Kyslytsya (Ukraine): Thank you, Mr. President. According to our intelligence, more than 11,000 troops of the Democratic People's Republic of Korea are now deployed in the Kursk region.",
    "Mr. Nebenzia (Russian Federation): The allegations made by the representative of Ukraine are groundless. We have heard these fairy tales many times before in this Chamber.",
    "Mrs. Shea (United States of America): The United States assesses that the Democratic People's Republic of Korea has suffered more than 1,000 casualties in Kursk in the past week alone.",
    "Mr. Kim Song (Democratic People's Republic of Korea): My delegation categorically rejects the so-called reports of troop deployment, which are a smear campaign.",
]


def test_a_security_council_records_roster_facing_running_heads_and_page_counts_are_no_text() -> None:
    agenda = "Maintenance of peace and security of Ukraine"
    text = (
        "United Nations                                                    S/PV.9811\nSecurity Council                                                  Provisional\n"
        "Seventy-ninth year\n9811th meeting\nMonday, 23 December 2024, 10 a.m.\nNew York\n\n"
        "President:      Mr. Kariuki ..................................... (Kenya)\n\n"
        "Members:        Algeria ......................................... Mr. Bendjama\n"
        "                China ........................................... Mr. Fu Cong\n\n"
        f"Agenda\n\n{agenda}\n\nThe meeting was called to order at 10.05 a.m.\n\nAdoption of the agenda\n\nThe agenda was adopted.\n\n{agenda}\n\n"
        f"The President: I now give the floor to the representative of Ukraine.\n\n{_RECORD_TURNS[0]}\n\n"
        f"24-41234                                                                3/20\n\nS/PV.9811                  {agenda}                23/12/2024\n\n"
        f"{_RECORD_TURNS[1]}\n\n{_RECORD_TURNS[2]}\n\n"
        f"4/20                                                                24-41234\n\n23/12/2024                 {agenda}                S/PV.9811\n\n"
        f"{_RECORD_TURNS[3]}\n"
    )
    result = normalise_named(text, "S_PV_9811.txt")
    article = only_article(result)
    assert article.title == agenda and article.dek is None
    texts = [p.text for p in article.passages]
    assert [t for t in texts if "(" in t[:80] and "):" in t] == _RECORD_TURNS
    assert not any("......" in t or "24-41234" in t or "S/PV.9811" in t for t in texts)
    assert sum(len(block.split("\n")) for block in removed_texts(result, "running-header")) == 4


def test_an_aggregators_full_coverage_label_is_no_site_and_its_name_leaves_the_title() -> None:
    items = "".join(f'<article><a href="./read/{n}">{title}</a><div>Reuters</div><p>{text}</p></article>' for n, ((_, title), text) in enumerate(zip(_LINKS, [PROSE_1, PROSE_2, PROSE_3], strict=True)))
    page = f"<html><head><title>Google News - North Korean troops in Russia - Full coverage</title></head><body><main><h2>North Korean troops in Russia</h2>{items}</main></body></html>"
    article = normalise_named(page, "coverage.html").articles[0]
    assert article.title == "North Korean troops in Russia" and article.outlet != "Full coverage"


def test_a_wiki_page_copied_from_its_reader_view_leaves_its_infobox_and_caption_lines_out() -> None:
    title = "North Korean involvement in the Russian invasion of Ukraine"
    text = (
        f"{title}\n\nFrom Wikipedia, the free encyclopedia\n\n{title}\nPart of the Russian invasion of Ukraine\n"
        "Date\tOctober 2024 – present\nLocation\tKursk Oblast, Russia\nStrength\t11,000–12,000 troops[3]\n\n"
        f"{PROSE_1}[1]\n\n{PROSE_2}[2]\n\nBackground\n\n{PROSE_3}\n\nReferences\n\n1. ^ \"North Korea sends troops to Russia\". Reuters. 18 October 2024.\n"
    )
    result = normalise_named(text, "wiki.txt")
    article = only_article(result)
    assert (article.title, article.dek, article.outlet) == (title, None, "Wikipedia")
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert removed_texts(result, "infobox")[0].startswith(f"{title}\nPart of the Russian invasion of Ukraine\nDate")


def test_a_printed_hearings_subject_over_its_cover_lines_is_the_title_and_the_cover_is_its_head() -> None:
    subject = "NORTH KOREA'S WAR IN UKRAINE: IMPLICATIONS FOR THE INDO-PACIFIC"
    turns = [
        "Chairman MAST. The committee will come to order. The purpose of this hearing is to examine the deployment of North Korean troops to Russia.",
        "Mr. MEEKS. Thank you, Mr. Chairman. According to the Department of Defense, some 11,000 to 12,000 North Korean soldiers have been sent to Russia.",
        "Ambassador CHA. Thank you. My estimate is that North Korea has shipped more than 10 million artillery rounds to Russia since August 2023.",
    ]
    text = (
        f"                 {subject}\n\n{'=' * 60}\n\n                                HEARING\n\n                               BEFORE THE\n\n"
        "                     COMMITTEE ON FOREIGN AFFAIRS\n                        HOUSE OF REPRESENTATIVES\n\n"
        "                    ONE HUNDRED NINETEENTH CONGRESS\n\n                             FIRST SESSION\n\n"
        "                               __________\n\n                            FEBRUARY 12, 2025\n\n"
        "                           Serial No. 119-4\n\n                               __________\n\n" + "".join(f"    {turn}\n\n" for turn in turns)
    )
    result = normalise_named(text, "hearing.txt")
    article = only_article(result)
    assert (article.title, article.published, article.outlet) == (subject, "2025-02-12", "U.S. House Committee on Foreign Affairs")
    assert [p.text for p in article.passages] == turns
    assert [t.strip() for t in removed_texts(result, "document-reference")] == ["Serial No. 119-4"]


def test_a_subtitle_cue_two_speakers_share_gives_each_dashed_line_a_turn_and_the_narrator_resumes() -> None:
    text = (
        "1\n00:00:00,000 --> 00:00:03,500\nNorth Korean soldiers captured\nin Russia's Kursk region\n\n"
        "2\n00:00:03,600 --> 00:00:07,900\nhave told Ukrainian interrogators\nthey were sent to fight without warning.\n\n"
        "3\n00:00:08,000 --> 00:00:12,400\n- Did you know you would fight Ukraine?\n- No. We were told it was training.\n\n"
        "4\n00:00:12,500 --> 00:00:17,000\nSouth Korea's spy agency says\nabout 12,000 North Korean troops are in Russia.\n"
    )
    article = only_article(normalise_named(text, "report.srt"))
    assert [p.text for p in article.passages] == [
        "North Korean soldiers captured in Russia's Kursk region have told Ukrainian interrogators they were sent to fight without warning.",
        "Did you know you would fight Ukraine?",
        "No. We were told it was training.",
        "South Korea's spy agency says about 12,000 North Korean troops are in Russia.",
    ]


def test_a_hard_wrapped_sentence_cut_before_its_figure_or_after_of_reads_whole() -> None:
    text = (
        "Hearing notes\n\n"
        "Dame Barbara Woodward (United Kingdom): The United Kingdom shares the assessment of our American\n"
        "colleague. Ukrainian authorities, citing battlefield reports, say that North Korean losses already exceed\n"
        "1,000.\n\n"
        "Mr. Joonkook Hwang (Republic of Korea): According to our National Intelligence Service, the number of\n"
        "North Korean soldiers in Russia has reached 12,000, and at least 100 have been killed.\n"
    )
    texts = [p.text for p in only_article(normalise_named(text, "notes.txt")).passages]
    assert texts[0].endswith("say that North Korean losses already exceed 1,000.")
    assert texts[1].endswith("the number of North Korean soldiers in Russia has reached 12,000, and at least 100 have been killed.")
    # A date and time under a headline that ends on a lower-case word stay the headline's stamp.
    dated = f"Южная Корея: КНДР отправила в Россию новую партию снарядов\n13 ноября 2024, 10:15\n\n{PROSE_1}\n\n{PROSE_2}\n"
    assert only_article(normalise_named(dated, "tass.txt")).published == "2024-11-13"


def test_a_records_page_footer_and_next_pages_head_printed_once_go_with_the_notices_last_line() -> None:
    text = (
        "United Nations                                                           S/PV.9848\nSecurity Council\nSeventy-ninth year\n9848th meeting\n"
        "Monday, 16 December 2024, 3 p.m.\nNew York\n\n"
        "This record contains the text of speeches delivered in English and of the translation of speeches\n"
        "delivered in other languages. The final text will be printed in the Official Records of the Security\n"
        "Council. Corrections should be submitted to the original languages only.\n\n"
        "The meeting was called to order at 3.05 p.m.\n\nMaintenance of peace and security of Ukraine\n\n"
        f"{_RECORD_TURNS[0]}\n\n{_RECORD_TURNS[1]}\n\n"
        "24-39112                                                                                         3/12\n"
        "S/PV.9848             Maintenance of peace and security of Ukraine                          16/12/2024\n\n"
        f"{_RECORD_TURNS[2]}\n\n{_RECORD_TURNS[3]}\n\n"
        "24-39112                                                                                         4/12\n"
    )
    result = normalise_named(text, "S_PV_9848.txt")
    assert [p.text for p in only_article(result).passages] == _RECORD_TURNS
    assert any("S/PV.9848" in t for t in removed_texts(result, "running-header"))


@pytest.mark.parametrize(
    ("page_title", "site"),
    [("Nordkoreanische Soldaten in Kursk: Südkorea spricht von 11.000 Mann - FAZ", "FAZ"), ("Песков назвал «уткой» сообщения о военных КНДР - РИА Новости, 15.01.2025", "RIA Novosti")],
)
def test_a_page_titles_site_after_a_headline_length_part_or_with_its_date_is_the_site(page_title: str, site: str) -> None:
    page = (
        f"<html><head><title>{page_title}</title></head>"
        f"<body><article><h1>Südkorea: 11.000 Soldaten kämpfen für Russland</h1><p>{PROSE_1}</p><p>{PROSE_2}</p><p>{PROSE_3}</p></article></body></html>"
    )
    assert only_article(normalise_named(page, "story.html")).outlet == site


def test_a_webvtt_style_block_is_no_text_and_each_voice_tags_speaker_is_on_record() -> None:
    text = (
        "WEBVTT\nKind: captions\n\nSTYLE\n::cue { color: white; }\n\n"
        "1\n00:00:00.000 --> 00:00:04.200\n<v Narrator>North Korean soldiers are now fighting\nin Russia's Kursk region.\n\n"
        "2\n00:00:04.200 --> 00:00:08.900\n<v Oleksandr Kovalenko>We see them in assault groups. Hundreds have already been killed.\n"
    )
    result = normalise_named(text, "report.vtt")
    article = only_article(result)
    assert not any("::cue" in p.text or "STYLE" in p.text for p in article.passages) and "::cue" not in article.title
    assert removed_texts(result, "subtitle-voice") == ["Narrator", "Oleksandr Kovalenko"]
