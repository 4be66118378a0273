"""Blind round 24, layouts: e-mails that print their story's own date, bare bylines under plain titles,
official records (court transcripts, parliamentary reports, hearings, UN verbatim records) whose head names
the kind of record, forum threads' head and footer lines, digests parted by rules, wire copy with its slug
and a dateline on a line of its own, translators' credits, newsletter footers.

Each case is written as an unseen source would write it; what must hold is the body whole and in order,
the title, outlet, date and author right, furniture left out but on record.
"""

from __future__ import annotations

import pytest
from normalise_samples import PROSE_1, PROSE_2, PROSE_3, body_texts, normalise_named, only_article, removed_texts

# --- an e-mail whose body prints the story's own date -----------------------------------------------

_MAIL = (
    "From: Korea Desk <desk@monitor.example>\nTo: reader@example.com\nSubject: Units move to Kursk\n"
    "Date: Wed, 06 Nov 2024 09:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    "Units move to Kursk\n\n{line}\n\n" + f"{PROSE_1}\n\n{PROSE_2}\n"
)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published: 4 November 2024", "2024-11-04"),
        ("Monday, November 4, 2024", "2024-11-04"),
        ("Originally published 2024-10-30", "2024-10-30"),
    ],
)
def test_an_email_whose_body_prints_the_storys_date_is_dated_by_the_body_not_by_when_it_was_sent(line: str, published: str) -> None:
    article = only_article(normalise_named(_MAIL.format(line=line), "story.eml"))
    assert article.published == published
    assert body_texts(article) == [PROSE_1, PROSE_2]


def test_a_wire_dateline_on_its_own_line_in_a_mail_dates_the_story_in_the_mails_year_and_opens_the_lede() -> None:
    article = only_article(normalise_named(_MAIL.format(line="SEOUL, Nov 4 (Yonhap) --"), "story.eml"))
    assert article.published == "2024-11-04"
    assert body_texts(article) == [f"SEOUL, Nov 4 (Yonhap) -- {PROSE_1}", PROSE_2]


def test_a_date_in_the_body_later_than_the_mail_was_sent_does_not_date_it() -> None:
    # (a story cannot run after it was mailed: the later day is the event's, the mail's own date stands)
    mail = _MAIL.format(line="Published: 4 November 2024").replace("Wed, 06 Nov 2024", "Sat, 02 Nov 2024")
    assert only_article(normalise_named(mail, "story.eml")).published == "2024-11-02"
    # The same line under a mail sent later dates the story.
    assert only_article(normalise_named(_MAIL.format(line="Published: 4 November 2024"), "story.eml")).published == "2024-11-04"


# --- a bare name under a plain-text title -------------------------------------------------------------


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_bare_writers_name_under_a_plain_title_is_the_author_not_a_heading(gap: str) -> None:
    text = f"North Korean units move to Kursk front{gap}Jane Kim\n\n{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    article = only_article(normalise_named(text))
    assert (article.title, article.author) == ("North Korean units move to Kursk front", "Jane Kim")
    assert [p.kind for p in article.passages] == ["body", "body", "body"]
    # A profile's subject printed there is named by its text: no byline.
    profile = f"The defector who came back\n\nRi Il-kyu\n\nRi Il-kyu crossed the border in 2019. {PROSE_1}\n\n{PROSE_2}\n"
    assert only_article(normalise_named(profile)).author is None
    # A report's first section heading there is no one's name.
    for heading in ("Key Takeaways", "Executive Summary", "Far East"):
        report = only_article(normalise_named(text.replace("Jane Kim", heading)))
        assert report.author is None and report.passages[0].text == heading


# --- official records: the kind of record is no title --------------------------------------------------


def test_a_court_transcripts_title_is_its_case_not_transcript_of_proceedings() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nTRANSCRIPT OF PROCEEDINGS\n\n"
        "UNITED STATES OF AMERICA v. JOHN DOE, Defendant.\n\nCase No. 24-cr-512\n\nNovember 14, 2024\n\n"
        f"THE COURT: Please be seated. {PROSE_1}\n\nMR. SMITH: Your Honor, {PROSE_2}\n"
    )
    result = normalise_named(text, "hearing.txt")
    article = only_article(result)
    assert (article.title, article.published) == ("UNITED STATES OF AMERICA v. JOHN DOE, Defendant.", "2024-11-14")
    assert body_texts(article) == [f"THE COURT: Please be seated. {PROSE_1}", f"MR. SMITH: Your Honor, {PROSE_2}"]
    assert "Case No. 24-cr-512" in removed_texts(result)


def test_a_transcript_label_over_the_line_that_says_what_it_is_about() -> None:
    subject = "Sentencing hearing in the matter of the arms broker who shipped North Korean shells"
    text = f"TRANSCRIPT OF PROCEEDINGS\n\n{subject}\n\nTHE COURT: {PROSE_1}\n\nMR. SMITH: {PROSE_2}\n"
    article = only_article(normalise_named(text))
    assert article.title == subject
    assert "TRANSCRIPT" not in (article.dek or "")


def test_a_hansard_debates_title_is_its_heading_and_the_house_issued_it() -> None:
    text = (
        "House of Commons\n\nTuesday 5 November 2024\n\nNorth Korea: Troops in Russia\n\n"
        f"Mr John Smith (Bexley) (Con): {PROSE_1}\n\nThe Minister of State (Jane Roe): {PROSE_2}\n\n{PROSE_3}\n"
    )
    article = only_article(normalise_named(text, "debate.txt"))
    assert (article.title, article.outlet, article.published) == ("North Korea: Troops in Russia", "House of Commons", "2024-11-05")
    assert [p.kind for p in article.passages] == ["body", "body", "body"]


def test_a_parliamentary_record_with_no_heading_has_no_printed_title() -> None:
    text = (
        "House of Commons\nVolume 756: debated on Tuesday 5 November 2024\n\n"
        f"Mr John Smith (Bexley) (Con): {PROSE_1}\n\nThe Minister of State (Jane Roe): {PROSE_2}\n"
    )
    article = only_article(normalise_named(text))
    assert article.title != "House of Commons" and article.title_derived
    assert article.published == "2024-11-05"
    # The title derived from the first turn leaves its speaker out: who speaks says nothing of what about.
    assert article.title.startswith("South Korea's intelligence service told lawmakers")


def test_a_congressional_hearings_title_is_its_subject_under_the_committee_congress_and_serial_number() -> None:
    subject = "North Korea's Deepening Military Ties with Russia"
    text = (
        "HEARING BEFORE THE COMMITTEE ON FOREIGN AFFAIRS\nHOUSE OF REPRESENTATIVES\nONE HUNDRED EIGHTEENTH CONGRESS\nSECOND SESSION\n\n"
        f"November 19, 2024\n\nSerial No. 118-142\n\n{subject}\n\nChairman McCAUL. {PROSE_1}\n\nMr. MEEKS. {PROSE_2}\n"
    )
    result = normalise_named(text)
    article = only_article(result)
    assert (article.title, article.published) == (subject, "2024-11-19")
    assert body_texts(article) == [f"Chairman McCAUL. {PROSE_1}", f"Mr. MEEKS. {PROSE_2}"]
    assert "Serial No. 118-142" in removed_texts(result)


def test_a_un_verbatim_records_title_is_its_agenda_item_without_the_adoption_line() -> None:
    item = "The situation in the Democratic People's Republic of Korea"
    text = (
        "United Nations\nS/PV.9786\nSecurity Council\nSeventy-ninth year\n9786th meeting\nMonday, 4 November 2024, 10 a.m.\nNew York\n\n"
        f"Provisional\n\n{item}\n\nThe President: {PROSE_1}\n\nMr. Wood (United States of America): {PROSE_2}\n"
    )
    article = only_article(normalise_named(text, "spv.txt"))
    assert (article.title, article.published) == (item, "2024-11-04")
    assert [p.kind for p in article.passages] == ["body", "body"]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("Official Report (Hansard)\nHouse of Lords\nTuesday 5 November 2024\n\nNorth Korea: Russia\nQuestion", "North Korea: Russia"),
        (
            "Стенограмма заседания\nГосударственная Дума\n5 ноября 2024 года\n\nО ратификации Договора о всеобъемлющем стратегическом партнёрстве",
            "О ратификации Договора о всеобъемлющем стратегическом партнёрстве",
        ),
        ("PRESS BRIEFING TRANSCRIPT\n\nDepartment Press Briefing – November 5, 2024", "Department Press Briefing – November 5, 2024"),
    ],
)
def test_a_records_kind_chamber_and_item_label_are_no_title_nor_writer(head: str, title: str) -> None:
    result = normalise_named(f"{head}\n\nFirst speaker: {PROSE_1}\n\nSecond speaker: {PROSE_2}\n")
    article = only_article(result)
    assert (article.title, article.author, article.published) == (title, None, "2024-11-05")
    assert body_texts(article) == [f"First speaker: {PROSE_1}", f"Second speaker: {PROSE_2}"]


# --- forum threads: who started it, and the counts under it ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Started by grey_owl, November 5, 2024",
        "Posted by grey_owl on November 5, 2024",
        "Thread starter grey_owl · Start date Nov 5, 2024",
        "Topic started by grey_owl on 5 November 2024",
    ],
)
def test_a_threads_started_by_line_names_its_poster_and_dates_it(line: str) -> None:
    article = only_article(normalise_named(f"North Korean troops in Kursk - confirmed?\n\n{line}\n\n{PROSE_1}\n\n{PROSE_2}\n"))
    assert (article.author, article.published) == ("grey_owl", "2024-11-05")
    assert body_texts(article) == [PROSE_1, PROSE_2] and len(article.passages) == 2


@pytest.mark.parametrize(
    "footer",
    ["48 replies, 1,204 views", "Replies: 48 · Views: 1,204", "48 Replies | 1.2K Views | Last post: Nov 6, 2024", "48 replies | Last post by kmw 2 hours ago"],
)
@pytest.mark.parametrize("name", ["thread.txt", "thread.html"])
def test_a_forum_threads_counts_footer_is_no_text_and_is_on_record(footer: str, name: str) -> None:
    body = f"North Korean troops in Kursk - confirmed?\n\n{PROSE_1}\n\n{PROSE_2}\n\n{footer}\n"
    if name.endswith(".html"):
        body = f"<html><body><article><h1>North Korean troops in Kursk</h1><p>{PROSE_1}</p><p>{PROSE_2}</p><div class='stats'>{footer}</div></article></body></html>"
    result = normalise_named(body, name)
    assert body_texts(only_article(result)) == [PROSE_1, PROSE_2]
    assert footer in removed_texts(result)


# --- a digest page parted by rules ----------------------------------------------------------------------

_LEDE_B = "Officials in Kyiv said on Tuesday that shells from North Korea now made up about half of the artillery rounds fired by Russian forces near Kursk."
_LEDE_C = "The Kremlin's spokesman told reporters that he had nothing to add to earlier statements about military cooperation with Pyongyang."


@pytest.mark.parametrize("heading", [("<p><b>", "</b></p>"), ("<h2>", "</h2>")])
def test_a_digest_page_parted_by_rules_gives_each_story_under_its_own_headline_and_the_issues_name(heading: tuple[str, str]) -> None:
    opening, closing = heading
    page = (
        "<html><head><title>Korea Watch Daily — 6 November 2024</title></head><body><div class='digest'>"
        f"{opening}Seoul says more troops are on the way{closing}<p>{PROSE_1}</p><p>{PROSE_2}</p><hr>"
        f"{opening}Kyiv counts shells from Pyongyang{closing}<p>{_LEDE_B}</p><p>{PROSE_3}</p><hr/>"
        f"{opening}Moscow denies any deal{closing}<p>{_LEDE_C}</p></div></body></html>"
    )
    articles = normalise_named(page, "digest.html").articles
    assert [a.title for a in articles] == ["Seoul says more troops are on the way", "Kyiv counts shells from Pyongyang", "Moscow denies any deal"]
    assert [body_texts(a) for a in articles] == [[PROSE_1, PROSE_2], [_LEDE_B, PROSE_3], [_LEDE_C]]
    assert {(a.outlet, a.published) for a in articles} == {("Korea Watch Daily", "2024-11-06")}
    # A rule inside one story (a scene break, the line over its editor's note) parts nothing.
    note = "Editor's note: An earlier version of this article misstated the number of artillery pieces shipped."
    story = (
        "<html><head><title>Seoul says more troops are on the way | Korea Watch</title></head><body><article>"
        f"<h1>Seoul says more troops are on the way</h1><p>{PROSE_1}</p><hr><p>{PROSE_2}</p><p>{PROSE_3}</p><hr><p><em>{note}</em></p></article></body></html>"
    )
    article = only_article(normalise_named(story, "story.html"))
    assert body_texts(article)[:3] == [PROSE_1, PROSE_2, PROSE_3]
    assert any(note in p.text for p in article.passages)
    # Nor does a rule over a section of the story the page's headline heads.
    sectioned = story.replace(f"<hr><p>{PROSE_2}</p>", f"<hr><h2>What happens next</h2><p>{PROSE_2}</p>")
    assert [p.kind for p in only_article(normalise_named(sectioned, "story.html")).passages][:4] == ["body", "heading", "body", "body"]




def test_a_mailed_digests_html_part_parted_by_rules_gives_each_story_dated_and_named_by_the_issue() -> None:
    html = (
        f"<html><body><table><tr><td><h2>Seoul says more troops are on the way</h2><p>{PROSE_1}</p><p>{PROSE_2}</p><hr>"
        f"<h2>Kyiv counts shells from Pyongyang</h2><p>{_LEDE_B}</p><p>{PROSE_3}</p><hr><h2>Moscow denies any deal</h2><p>{_LEDE_C}</p>"
        "<p>You are receiving this email because you subscribed to Korea Watch Daily. <a href='#'>Unsubscribe</a></p></td></tr></table></body></html>"
    )
    mail = (
        "From: Korea Watch Daily <daily@koreawatch.example>\nTo: reader@example.com\nSubject: Korea Watch Daily: troops, shells and denials\n"
        "Date: Wed, 06 Nov 2024 09:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + html + "\n"
    )
    articles = normalise_named(mail, "digest.eml").articles
    assert [a.title for a in articles] == ["Seoul says more troops are on the way", "Kyiv counts shells from Pyongyang", "Moscow denies any deal"]
    assert [body_texts(a) for a in articles] == [[PROSE_1, PROSE_2], [_LEDE_B, PROSE_3], [_LEDE_C]]
    assert [(a.outlet, a.published) for a in articles] == [("Korea Watch Daily", "2024-11-06")] * 3
    # A mailed story under its own headline keeps the sections its rules part.
    one = mail.replace("Korea Watch Daily: troops, shells and denials", "Seoul says more troops are on the way")
    assert len(normalise_named(one, "story.eml").articles) == 1


def test_a_correction_set_in_an_aside_under_the_story_is_kept_as_its_last_text_and_the_related_box_is_not() -> None:
    note = "Editor's note: This story contains details from a closed briefing that the NIS later confirmed to other outlets."
    correction = "Correction, Nov. 6, 2024: An earlier version of this article misstated the number of troops deployed."
    page = (
        "<html><head><title>Seoul: troops reach Kursk | Korea Ledger</title></head><body><article><h1>Seoul: troops reach Kursk</h1>"
        f"<aside class='note'><p>{note}</p></aside><p>{PROSE_1}</p><p>{PROSE_2}</p><aside class='related'><h3>Related</h3><ul>"
        f"<li><a href='/x'>Kim visits Moscow</a></li></ul></aside><p>{PROSE_3}</p><aside class='correction'><p>{correction}</p></aside>"
        "</article><footer>About us</footer></body></html>"
    )
    result = normalise_named(page, "story.html")
    assert [p.text for p in only_article(result).passages] == [note, PROSE_1, PROSE_2, PROSE_3, correction]
    assert "Kim visits Moscow" in removed_texts(result) and correction not in removed_texts(result)


# --- wire copy: its slug and a dateline on its own line ----------------------------------------------------


def test_a_wire_storys_slug_is_no_title_and_its_dateline_on_its_own_line_opens_the_lede_and_names_the_wire() -> None:
    text = (
        "BC-Korea-Russia-Troops/3rd Ld-Writethru\nNorth Korea sends more troops to Russia, Seoul says\nBy Hyonhee Shin\n\n"
        f"SEOUL, Nov 4 (Reuters) -\n\n{PROSE_1}\n\n{PROSE_2}\n\n(Reporting by Hyonhee Shin; Editing by Ed Davies)\n"
    )
    result = normalise_named(text, "wire.txt")
    article = only_article(result)
    assert (article.title, article.outlet, article.author) == ("North Korea sends more troops to Russia, Seoul says", "Reuters", "Hyonhee Shin")
    assert body_texts(article) == [f"SEOUL, Nov 4 (Reuters) - {PROSE_1}", PROSE_2]
    assert "BC-Korea-Russia-Troops/3rd Ld-Writethru" in removed_texts(result, "wire-service-line")


def test_an_ap_slug_with_its_word_count_over_the_headline_is_a_service_line_not_the_title() -> None:
    text = (
        "AP-AS--Koreas-Russia,0412\nNorth Korea sends more troops to Russia, Seoul says\nBy KIM TONG-HYUNG\nAssociated Press\n\n"
        f"SEOUL, South Korea (AP) — {PROSE_1}\n\n{PROSE_2}\n"
    )
    result = normalise_named(text, "ap.txt")
    article = only_article(result)
    assert (article.title, article.outlet) == ("North Korea sends more troops to Russia, Seoul says", "Associated Press")
    assert [p.kind for p in article.passages] == ["body", "body"]
    assert "AP-AS--Koreas-Russia,0412" in removed_texts(result, "wire-service-line")


# --- a translated article's credit --------------------------------------------------------------------------


def test_a_translators_credit_under_the_byline_is_a_header_not_a_share_button() -> None:
    text = (
        "North Korean soldiers reach the front\n\nBy Anna Petrova\nTranslated by John Smith\n\nNovember 5, 2024\n\n"
        f"{PROSE_1}\n\n{PROSE_2}\n\n{PROSE_3}\n"
    )
    result = normalise_named(text)
    article = only_article(result)
    assert (article.author, article.published) == ("Anna Petrova", "2024-11-05")
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert not removed_texts(result, "share-prompt")
    assert any("Translated by John Smith" in t for t in removed_texts(result, "metadata-header"))


# --- a newsletter's footer ----------------------------------------------------------------------------------


def test_a_newsletters_footer_row_of_links_and_one_line_mailing_address_are_no_text() -> None:
    text = (
        "View this email in your browser\n\nTHE PENINSULA WEEKLY\nIssue 42 | November 8, 2024\n\nTroops move to Kursk\n\n"
        f"{PROSE_1}\n\n{PROSE_2}\n\n---\nYou are receiving this email because you signed up at peninsulaweekly.example.\n"
        "Unsubscribe | Update preferences | Forward to a friend\nCopyright © 2024 The Peninsula Weekly, All rights reserved.\n"
        "Our mailing address is: 1 Main St, Washington DC 20001\n"
    )
    result = normalise_named(text)
    article = only_article(result)
    assert (article.title, article.published) == ("Troops move to Kursk", "2024-11-08")
    assert body_texts(article) == [PROSE_1, PROSE_2]
    assert "Our mailing address is: 1 Main St, Washington DC 20001" in removed_texts(result)


def test_a_newsletter_platforms_launched_line_under_the_post_is_no_text() -> None:
    text = (
        f"Units move to Kursk\n\nJane Kim\nNov 06, 2024\n\n{PROSE_1}\n\n{PROSE_2}\n\n"
        "Subscribe to Korea Watch\nLaunched 2 years ago\nNorth Korea analysis, weekly.\n\n12 Likes · 3 Restacks\n"
    )
    result = normalise_named(text)
    assert body_texts(only_article(result))[:2] == [PROSE_1, PROSE_2]
    assert "Launched 2 years ago" in " ".join(removed_texts(result))


# --- a plain-text digest parted by rules under its issue's name and date -----------------------------------


def test_a_text_digests_issue_name_and_date_over_its_first_story_name_and_date_every_story() -> None:
    text = (
        f"Korea Watch Daily\n6 November 2024\n\nSeoul says more troops are on the way\n\n{PROSE_1}\n\n{PROSE_2}\n\n* * *\n\n"
        f"Kyiv counts shells from Pyongyang\n\n{_LEDE_B}\n\n{PROSE_3}\n\n* * *\n\nMoscow denies any deal\n\n{_LEDE_C}\n"
    )
    articles = normalise_named(text, "digest.txt").articles
    assert [a.title for a in articles] == ["Seoul says more troops are on the way", "Kyiv counts shells from Pyongyang", "Moscow denies any deal"]
    assert [(a.outlet, a.published) for a in articles] == [("Korea Watch Daily", "2024-11-06")] * 3
    # A story of the issue that prints its own date keeps it.
    dated = text.replace("Moscow denies any deal\n\n", "Moscow denies any deal\n\n5 November 2024\n\n")
    assert normalise_named(dated, "digest.txt").articles[2].published == "2024-11-05"


# --- a PDF's text with facing pages' running heads ----------------------------------------------------------

_PAGES = [PROSE_1, PROSE_2, PROSE_3, _LEDE_B, _LEDE_C]


def test_facing_pages_running_heads_leave_the_text_and_the_first_pages_title_stays_the_title() -> None:
    # The even pages repeat the report's title with their folio, the odd ones the series' name.
    heads = ["", "2    North Korea's War Dividend", "CSIS Analysis    3", "4    North Korea's War Dividend", "CSIS Analysis    5"]
    pages = []
    for n, (head, paragraph) in enumerate(zip(heads, _PAGES, strict=True), 1):
        title = "North Korea's War Dividend\nBy Victor Cha | November 2024\n\n" if n == 1 else ""
        pages.append((f"{head}\n\n" if head else "") + title + paragraph + "\n")
    result = normalise_named("\f".join(pages), "brief.txt")
    article = only_article(result)
    assert (article.title, article.author) == ("North Korea's War Dividend", "Victor Cha")
    assert [p.text for p in article.passages] == _PAGES
    assert len(removed_texts(result, "running-header")) == 4


# --- a paper's numbered sections under its authors' marked affiliations ------------------------------------


def test_a_papers_numbered_section_heading_is_no_note_of_its_authors_affiliation_marks() -> None:
    text = (
        "North Korea's Arms Exports to Russia: Volumes and Routes\n\nJae-won Lim¹, Petra Hollis²\n\n"
        f"¹ Institute for Peninsula Studies, Seoul\n² King's College London\n\nAbstract\n\n{PROSE_1}\n\n1. Introduction\n\n{PROSE_2}\n\n2. Shipments by sea\n\n{PROSE_3}\n"
    )
    result = normalise_named(text, "paper.txt")
    article = only_article(result)
    assert [(p.kind, p.text) for p in article.passages if p.kind == "heading"][1:] == [("heading", "1. Introduction"), ("heading", "2. Shipments by sea")]
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]
    assert not any("Introduction" in t for t in removed_texts(result, "footnote"))


# --- a plain text's underlined title and its writer's dash under the story -----------------------------------


@pytest.mark.parametrize("rule", ["=" * 32, "-" * 32])
def test_a_plain_texts_title_underlined_with_a_rule_is_its_title_not_a_story_apart(rule: str) -> None:
    text = f"North Korean units move to Kursk\n{rule}\n\nBy Jane Kim | 5 November 2024\n\n{PROSE_1}\n\n{PROSE_2}\n"
    result = normalise_named(text)
    article = only_article(result)
    assert (article.title, article.author, article.published) == ("North Korean units move to Kursk", "Jane Kim", "2024-11-05")
    assert body_texts(article) == [PROSE_1, PROSE_2]
    assert "North Korean units move to Kursk" not in removed_texts(result)


@pytest.mark.parametrize("signature", ["— Jane Kim, Seoul", "-- Jane Kim"])
def test_a_writers_name_after_a_dash_under_the_last_paragraph_signs_the_story(signature: str) -> None:
    result = normalise_named(f"North Korean units move to Kursk\n\n{PROSE_1}\n\n{PROSE_2}\n\n{signature}\n")
    article = only_article(result)
    assert article.author == "Jane Kim"
    assert body_texts(article) == [PROSE_1, PROSE_2]
