"""Blind round 14: press-database downloads (LexisNexis, Nexis Uni, Factiva), mailing-list digests,
speech-to-text transcripts, magazine pages with facing running heads, a Cyrillic byline of a name and a
date, bylines naming a role or an institution "for" something, a mojibake headline over genuine Russian,
short foreign month names, Word pages' footnote marks, thread unrolls and distributors' page heads."""

from __future__ import annotations

import pytest
from normalise_samples import CLOSING, LEDE, PARA
from normalise_samples import body_texts as _body
from normalise_samples import normalise_named as _normalise
from normalise_samples import passage_texts as _texts
from normalise_samples import removed_texts as _removed
from normalise_samples import texts_by_kind as _kinds

from store.normalise import normalise_bytes
from store.normalise.metadata import parse_byline, parse_header

UK_P1 = "Північна Корея у лютому передала Росії ще щонайменше 100 тисяч артилерійських снарядів калібру 152 мм, заявив представник розвідки."
UK_P2 = "За його словами, загалом Пхеньян з осені 2023 року відправив до Росії понад 6 мільйонів снарядів та кілька сотень ракет."
RU_P1 = "Северная Корея направила в Курскую область ещё одну бригаду численностью около 3000 человек, сообщила украинская разведка."
RU_P2 = "По данным разведки, новые подразделения проходят подготовку на полигонах в Приморском крае и прибудут до конца месяца."

# --- Bylines and datelines -------------------------------------------------------------------------


def test_cyrillic_name_then_a_date_is_the_byline_not_the_outlet():
    text = f"КНДР передала Росії ще 100 тисяч снарядів — ГУР\n\nОлена Коваленко — 12 березня 2025, 14:20\n\n{UK_P1}\n\n{UK_P2}\n"
    (article,) = _normalise(text).articles
    assert (article.author, article.outlet, article.published) == ("Олена Коваленко", None, "2025-03-12")
    assert article.title == "КНДР передала Росії ще 100 тисяч снарядів — ГУР"


def test_a_cyrillic_person_beside_a_date_signs_and_an_outlet_stays_the_outlet():
    for line, author, outlet in [
        ("Ирина Петрова — 27 марта 2025, 09:15", "Ирина Петрова", None),
        ("Коваленко Олена Петрівна, 12.03.2025 14:20", "Коваленко Олена Петрівна", None),  # surname first, with the patronymic
        ("Новая газета — 12 марта 2025", None, "Новая газета"),  # an outlet lowers its second word
        ("Радио Свобода — 12 марта 2025", None, "Радио Свобода"),  # or ends in no surname's ending
    ]:
        header = parse_header(line)
        assert header is not None
        assert (header.author, header.outlet, header.place) == (author, outlet, None), line


def test_a_role_after_the_name_is_no_outlet_and_an_institution_for_something_is_one_name():
    assert parse_byline("By Helen Carter, Senior Fellow") == ("Helen Carter", None)
    assert parse_byline("By Jane Doe, Director of the Asan Institute") == ("Jane Doe", None)
    assert parse_byline("By Jane Doe, Reuters") == ("Jane Doe", "Reuters")
    assert parse_byline("Prepared by Jane Doe, Institute for the Study of War") == ("Jane Doe", "Institute for the Study of War")


def test_prepared_by_field_of_a_memo_names_its_writers_and_their_centre():
    memo = f"Memo: North Korean munitions in Kharkiv\nPrepared by: Analysis Unit, Centre for Defence Studies\nDate: 3 March 2025\n\n{LEDE}\n\nAssessment\n{PARA}\n\nPage 1 of 1\n"
    data = b"\xff\xfe" + memo.replace("\n", "\r\n").encode("utf-16-le")
    (article,) = normalise_bytes(data, "memo.txt").articles
    assert (article.author, article.outlet, article.published, article.dek) == ("Analysis Unit", "Centre for Defence Studies", "2025-03-03", None)
    assert _kinds(article) == {"body": [LEDE, PARA], "heading": ["Assessment"]}  # the page number no longer makes a caption of it


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [("13 ene 2025", "2025-01-13"), ("5 févr. 2025", "2025-02-05"), ("12 дек 2024", "2024-12-12"), ("3 груд. 2024", "2024-12-03"), ("7 Okt. 2024", "2024-10-07")],
)
def test_short_foreign_month_names_date_a_dateline(stamp, iso):
    header = parse_header(f"{stamp} - 07:30 CET")
    assert header is not None and header.date is not None and header.date.iso == iso


def test_russian_published_field_dates_the_story_and_a_mojibake_headline_over_genuine_russian_is_repaired():
    title = "Пхеньян направил в Курскую область ещё одну бригаду"
    seen_through_1251 = title.encode("utf-8").decode("cp1251")
    text = f"{seen_through_1251}\nАвтор: Дмитрий Соколов\nОпубликовано: 03.02.2025 12:40\n\n{RU_P1}\n\n{RU_P2}\n"
    result = _normalise(text)
    (article,) = result.articles
    assert (article.title, article.author, article.published) == (title, "Дмитрий Соколов", "2025-02-03")
    assert _texts(article) == [RU_P1, RU_P2]  # the genuine Russian is left as it is
    assert any(r.startswith("mojibake:cp1251") for r in result.repairs)
    genuine = f"Сёмин: КНДР и Россия\n\n{RU_P1}\n\n{RU_P2}\n"  # one chance sequence ("Сё") on a line of Russian
    assert _normalise(genuine).articles[0].title == "Сёмин: КНДР и Россия"




# --- Press-database downloads ----------------------------------------------------------------------

_NEXIS = f"""                               1 of 2 DOCUMENTS

                              The Guardian (London)

                           November 5, 2024 Tuesday
                                 Final Edition

North Korean troops 'engaged in combat' in Kursk, says Zelenskyy

BYLINE: Pjotr Sauer and Justin McCurry

SECTION: WORLD NEWS; Pg. 24

LENGTH: 412 words


{LEDE}

{PARA}


LOAD-DATE: November 5, 2024

LANGUAGE: ENGLISH

PUBLICATION-TYPE: Newspaper

                   Copyright 2024 Guardian Newspapers Limited
                              All Rights Reserved


                               2 of 2 DOCUMENTS

                                The Korea Times

                          November 7, 2024 Thursday

Seoul weighs sending weapons to Ukraine directly

BYLINE: Nam Hyun-woo

SECTION: NATIONAL

LENGTH: 318 words


{CLOSING}


LOAD-DATE: November 8, 2024

LANGUAGE: ENGLISH
"""


def test_lexisnexis_download_gives_one_article_per_document_with_its_head_and_drops_the_databases_fields():
    result = _normalise(_NEXIS)
    first, second = result.articles
    assert (first.title, first.outlet, first.author, first.published) == (
        "North Korean troops 'engaged in combat' in Kursk, says Zelenskyy", "The Guardian (London)", "Pjotr Sauer and Justin McCurry", "2024-11-05",
    )
    assert (second.title, second.outlet, second.author, second.published) == ("Seoul weighs sending weapons to Ukraine directly", "The Korea Times", "Nam Hyun-woo", "2024-11-07")
    assert _texts(first) == [LEDE, PARA] and _texts(second) == [CLOSING]
    fields = _removed(result, "database-field")
    assert {"1 of 2 DOCUMENTS", "LENGTH: 412 words", "LOAD-DATE: November 5, 2024", "Final Edition", "All Rights Reserved"} <= set(fields)


def test_nexis_uni_download_with_its_title_first_and_end_of_document():
    text = f"""North Korea's troops in Kursk: what we know

The Times (London)
December 18, 2024 Wednesday
Edition 1, Ireland

Copyright 2024 Times Newspapers Limited All Rights Reserved

Section: NEWS; Pg. 31
Length: 356 words
Byline: Richard Lloyd Parry
Body


{LEDE}

{PARA}

Load-Date: December 18, 2024


End of Document
"""
    result = _normalise(text)
    (article,) = result.articles
    assert (article.title, article.outlet, article.author, article.published) == (
        "North Korea's troops in Kursk: what we know", "The Times (London)", "Richard Lloyd Parry", "2024-12-18",
    )
    assert _texts(article) == [LEDE, PARA]
    assert {"Body", "End of Document", "Edition 1, Ireland"} <= set(_removed(result, "database-field"))


def test_factiva_indexed_download_reads_its_codes():
    text = f"""HD North Korea sent artillery to Russia in exchange for oil, Seoul says
BY By Joyce Lee
WC 356 words
PD 21 November 2024
SN Reuters News
SC LBA
LA English
CY Copyright 2024 Thomson Reuters. All Rights Reserved.
LP
{LEDE}
TD
{PARA}
RE skorea : South Korea | nkorea : North Korea
AN Document LBA0000020241121ekbl00abc

HD Ukraine says North Korean troops suffer heavy losses
WC 241 words
PD 23 December 2024
SN Reuters News
LP
{CLOSING}
AN Document LBA0000020241223ekcn00xyz
"""
    result = _normalise(text)
    first, second = result.articles
    assert (first.title, first.author, first.published) == ("North Korea sent artillery to Russia in exchange for oil, Seoul says", "Joyce Lee", "2024-11-21")
    assert first.outlet == second.outlet and first.outlet is not None and "Reuters" in first.outlet
    assert _texts(first) == [LEDE, PARA] and _texts(second) == [CLOSING]
    assert {"WC 356 words", "LA English", "AN Document LBA0000020241121ekbl00abc", "RE skorea : South Korea | nkorea : North Korea"} <= set(_removed(result, "database-field"))


def test_factiva_plain_download_is_split_at_its_document_numbers():
    text = f"""North Korea ships more missiles to Russia, Ukraine says

By Olena Harmash
298 words
14 January 2025
06:42 GMT
Reuters News
LBA
English
Copyright 2025 Thomson Reuters. All Rights Reserved.

{LEDE}

{PARA}

Document LBA0000020250114el1e00c2x


Russia and North Korea ratify defence pact
212 words
12 November 2024
The Moscow Times
MOSTIM
English
(c) 2024 The Moscow Times. All rights reserved.

{CLOSING}

Document MOSTIM0020241112ekbc0000a
"""
    first, second = _normalise(text).articles
    assert (first.title, first.author, first.published) == ("North Korea ships more missiles to Russia, Ukraine says", "Olena Harmash", "2025-01-14")
    assert (second.title, second.outlet, second.published) == ("Russia and North Korea ratify defence pact", "The Moscow Times", "2024-11-12")
    assert _texts(first) == [LEDE, PARA] and _texts(second) == [CLOSING]
    # Prose that mentions documents, and a document number under it, is no download.
    prose = _normalise(f"Leaked papers\n\n{LEDE} The 2 of 3 DOCUMENTS seen were dated.\n\n{PARA}\n\nDocument ABCDEFGHIJKLMNOP\n")
    assert not any(r.endswith("-unpacked") for r in prose.repairs) and len(prose.articles) == 1
    fielded = _normalise(f"Leak of CLASSIFIED DOCUMENTS\n\nByline: Jane Doe\n\n{LEDE}\n\n{PARA}\n")
    assert not any(r.endswith("-unpacked") for r in fielded.repairs) and fielded.articles[0].author == "Jane Doe"


# --- Mailing-list digests --------------------------------------------------------------------------

_DIGEST = """Send Korea-Watch mailing list submissions to
	korea-watch@lists.example.org

Today's Topics:

   1. North Korean shells in Kharkiv (Andrei Lankov)
   2. Re: Troop numbers (Rachel Minyoung Lee)


----------------------------------------------------------------------

Message: 1
Date: Tue, 4 Mar 2025 09:12:44 +0900
From: Andrei Lankov <alankov@example.ac.kr>
To: korea-watch@lists.example.org
Subject: [Korea-Watch] North Korean shells in Kharkiv
Message-ID: <20250304001244.GA1234@example.ac.kr>

Colleagues,

Ukrainian officials in Kharkiv say about half of the artillery shells
now falling on the city come from North Korea. Many are of poor quality,
and some explode in the barrel.

Best,
Andrei

------------------------------

Message: 2
Date: Tue, 4 Mar 2025 11:40:02 -0500
From: Rachel Minyoung Lee <rlee@example.org>
Subject: Re: [Korea-Watch] Troop numbers

The NIS figure of 11,000 troops is for the first rotation only. A second
group of about 3,000 arrived in January and February, according to the
JCS.

> On Mon, 3 Mar 2025, Tom Smith wrote:
> Does anyone have an updated figure?

Rachel

------------------------------

Subject: Digest Footer

_______________________________________________
Korea-Watch mailing list
https://lists.example.org/mailman/listinfo/korea-watch

End of Korea-Watch Digest, Vol 42, Issue 3
******************************************
"""


def test_mailing_list_digest_gives_each_message_under_its_subject_and_sender():
    result = _normalise(_DIGEST)
    first, second = result.articles
    assert (first.title, first.author, first.published) == ("North Korean shells in Kharkiv", "Andrei Lankov", "2025-03-04")
    assert (second.title, second.author) == ("Troop numbers", "Rachel Minyoung Lee")
    assert _texts(first) == [
        (
            "Ukrainian officials in Kharkiv say about half of the artillery shells now falling on the city come from North Korea. "
            "Many are of poor quality, and some explode in the barrel."
        )
    ]
    assert _texts(second) == [
        "The NIS figure of 11,000 troops is for the first rotation only. A second group of about 3,000 arrived in January and February, according to the JCS."
    ]
    chrome = _removed(result, "digest-chrome")
    assert {"Today's Topics:", "> Does anyone have an updated figure?", "Rachel", "End of Korea-Watch Digest, Vol 42, Issue 3"} <= set(chrome)


# --- Transcripts, live pages, thread unrolls, distributors -----------------------------------------

_OTTER = """NK-Russia briefing call with Jenny Town
Tue, Feb 18, 2025 3:04PM • 24:31

SUMMARY KEYWORDS
north korea, russia, troops, kursk, munitions

SPEAKERS
Jenny Town, Host

Host  0:03
Welcome, everyone. Today we have Jenny Town from the Stimson Center to talk about the deployment.

Jenny Town  0:15
Thanks for having me. About 11,000 North Korean troops were sent to the Kursk region, and around 4,000 were killed or wounded.

Host  1:02
How do you read the rotation we heard about last month?

Jenny Town  1:10
It tells you this is not a one-off. Pyongyang is getting combat experience and cash.

Transcribed by https://otter.ai
"""


def test_speech_to_text_transcript_names_each_turns_speaker_and_audits_its_times():
    result = _normalise(_OTTER)
    (article,) = result.articles
    assert article.title == "NK-Russia briefing call with Jenny Town"
    assert _body(article) == [
        "Host: Welcome, everyone. Today we have Jenny Town from the Stimson Center to talk about the deployment.",
        "Jenny Town: Thanks for having me. About 11,000 North Korean troops were sent to the Kursk region, and around 4,000 were killed or wounded.",
        "Host: How do you read the rotation we heard about last month?",
        "Jenny Town: It tells you this is not a one-off. Pyongyang is getting combat experience and cash.",
    ]
    assert _removed(result, "entry-time") == ["Host  0:03", "Jenny Town  0:15", "Host  1:02", "Jenny Town  1:10"]
    assert "Transcribed by https://otter.ai" in _removed(result, "transcript-notice")
    assert "SPEAKERS\nJenny Town, Host" in _removed(result, "transcript-notice")
    # The time first, in brackets, as other services print it.
    clock_first = _normalise(f"Call notes\n\n[00:00:03] Host\n{LEDE}\n\n[00:00:41] Guest\n{PARA}\n\n[00:01:30] Host\n{CLOSING}\n")
    assert _texts(clock_first.articles[0]) == [f"Host: {LEDE}", f"Guest: {PARA}", f"Host: {CLOSING}"]
    # An agenda names each item once beside its time: no speaker opens its lines.
    agenda = _normalise(f"Forum programme\n\nOpening 09:00\n{LEDE}\n\nPanel 10:30\n{PARA}\n")
    assert not any(text.startswith(("Opening:", "Panel:")) for text in _texts(agenda.articles[0]))


def test_a_live_pages_updated_stamps_name_no_speaker_and_a_russian_age_line_goes():
    text = f"Война в Украине: онлайн\n\nОбновлено 12 минут назад\n\nUpdated 14:52\n{RU_P1}\n\nUpdated 14:30\n{RU_P2}\n"
    result = _normalise(text)
    (article,) = result.articles
    assert _texts(article) == [RU_P1, RU_P2]
    assert _removed(result, "timestamp") == ["Обновлено 12 минут назад"]


def test_thread_unroll_chrome_goes_and_a_post_ending_in_a_pictograph_is_no_headline():
    post = "1/ New satellite imagery shows a surge in rail traffic at Tumangang, the border crossing. Over 40 freight cars parked there alone. 🧵"
    text = f"""Thread by @DefenceAnalystK on Thread Reader App
{post}

2/ {LEDE}

3/ {PARA}

• • •
Missing some Tweet in this thread? You can try to force a refresh
Keep Current with Defence Analyst K
Stay in touch and get notified when new unrolls are available from this author!
This Thread may be Removed Anytime!
Twitter may remove this content at anytime! Save it as PDF for later use!
Try unrolling a thread yourself!
"""
    result = _normalise(text)
    (article,) = result.articles
    assert _texts(article) == [post.removeprefix("1/ "), LEDE, PARA]
    assert len(_removed(result, "reader-chrome")) == 2


def test_distributors_label_over_the_issuer_leaves_the_headline_the_title():
    text = f"""News provided by
Korea Institute for Defense Analyses
Mar 05, 2025, 08:00 ET

Share this article

New KIDA Report Estimates North Korea Earned $20 Billion From Arms Sales to Russia

{LEDE}

{PARA}
"""
    (article,) = _normalise(text).articles
    assert article.title == "New KIDA Report Estimates North Korea Earned $20 Billion From Arms Sales to Russia"
    assert (article.outlet, article.published) == ("Korea Institute for Defense Analyses", "2025-03-05")


def test_trust_project_badge_under_a_spanish_story_goes():
    text = f"Corea del Norte envía más tropas a Rusia\n\n{LEDE}\n\n{PARA}\n\nSe adhiere a los criterios de The Trust Project Más información\n"
    (article,) = _normalise(text).articles
    assert _texts(article) == [LEDE, PARA]


# --- Print pages and word-processor pages ----------------------------------------------------------

_MAGAZINE = """12   THE DIPLOMATIC QUARTERLY | SPRING 2025

ARMS FOR OIL
How North Korea became Russia's arsenal

BY MARK WHITFIELD

When the first trains loaded with North Korean shells crossed
the Tumen River in the summer of 2023, few analysts expected
the trade to last. For a country that spent dec-

                       NORTH KOREA AND RUSSIA   13

ades under sanctions, the windfall has been enormous.

The deployment of troops in October 2024 changed everything
again. About 11,000 soldiers were sent to the Kursk region.

14   THE DIPLOMATIC QUARTERLY | SPRING 2025

Whether the partnership survives a ceasefire is the question.
"""


def test_facing_running_heads_with_a_year_go_and_a_word_cut_at_the_pages_foot_is_whole_again():
    result = _normalise(_MAGAZINE)
    (article,) = result.articles
    assert (article.title, article.dek) == ("ARMS FOR OIL", "How North Korea became Russia's arsenal")
    assert len(_removed(result, "running-header")) == 3
    assert _body(article)[0].endswith("For a country that spent decades under sanctions, the windfall has been enormous.")


_WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 15 (filtered)">
<title>Briefing note</title></head>
<body lang=EN-GB><div class=WordSection1>
<p class=MsoTitle>North Korea\u2019s \u201cstrategic\u201d bargain with Moscow<o:p></o:p></p>
<p class=MsoSubtitle>What Pyongyang gets for its shells and soldiers<o:p></o:p></p>
<p class=MsoNormal><b>By Helen Carter, Senior Fellow</b><o:p></o:p></p>
<p class=MsoNormal>14 January 2025<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Since the summer of 2023, North Korea has shipped more than 20,000 containers of munitions to Russia \u2013 enough to hold several million shells.<o:p></o:p></p>
<p class=MsoNormal>In return, Moscow appears to be supplying food, oil and \u2013 more worryingly \u2013 help with Pyongyang\u2019s space programme.<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a><o:p></o:p></p>
<h2>The troop deployment<o:p></o:p></h2>
<p class=MsoNormal>The dispatch of about 11,000 soldiers in October 2024 marked a new stage, one official told the author.<o:p></o:p></p>
</div>
<div style='mso-element:footnote-list'><br clear=all><hr align=left size=1 width="33%">
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"><span class=MsoFootnoteReference>[1]</span></a> Yonhap, 10 January 2025.</p></div></div>
</body></html>"""


def test_word_page_paragraph_with_a_footnote_mark_is_kept_and_not_audited_and_the_writers_role_is_no_outlet():
    result = normalise_bytes(_WORD_PAGE.encode("cp1252"), "brief.htm", suffix=".htm")
    (article,) = result.articles
    kept = "In return, Moscow appears to be supplying food, oil and \u2013 more worryingly \u2013 help with Pyongyang\u2019s space programme."
    assert kept in _texts(article)
    assert not any(text.startswith("In return") for text in _removed(result, "html-boilerplate"))
    assert (article.author, article.outlet, article.published) == ("Helen Carter", None, "2025-01-14")


def test_russian_transcripts_speaker_with_his_initial_opens_turns_not_headings():
    text = f"""Пресс-конференция по итогам переговоров

В.Путин: Уважаемый Председатель! Дамы и господа!

{RU_P1}

Вопрос: Означает ли договор военную помощь?

В.Путин: {RU_P2}
"""
    (article,) = _normalise(text).articles
    assert "heading" not in _kinds(article)
    turns = [p.text for p in article.passages]
    assert [t.split(":")[0] for t in turns if ":" in t[:12]] == ["В.Путин", "Вопрос", "В.Путин"]  # each turn kept
    assert len(turns) == 4 and turns[1] == RU_P1


def test_comment_a_document_export_prints_under_its_text_goes_with_its_mark():
    text = f"Timeline (working draft)\n\n{LEDE}[a]\n\n{PARA}\n\n[a]Check the date against the KCNA report.\n"
    result = _normalise(text)
    (article,) = result.articles
    assert _texts(article) == [LEDE, PARA]
    assert _removed(result, "doc-comment") == ["[a]Check the date against the KCNA report."]


def test_ukrainian_newsletter_in_quoted_printable_windows_1251_signs_its_story_and_drops_its_mail_links():
    import quopri

    page = (
        "<html><body><h1>Тиждень у КНДР: снаряди, ракети, солдати</h1><p>Марія Шевчук — 14 березня 2025</p>"
        f"<p>{UK_P1}</p><p>{UK_P2}</p>"
        '<p><a href="https://example.org/u">Відписатися від розсилки</a> | <a href="#">Переглянути в браузері</a></p></body></html>'
    )
    encoded = quopri.encodestring(page.encode("cp1251")).decode("ascii")
    mail = (
        "From: Weekly <news@weekly.example.ua>\nSubject: =?windows-1251?Q?=D2=E8=E6=E4=E5=ED=FC_=F3_=CA=CD=C4=D0?=\n"
        "Date: Fri, 14 Mar 2025 08:00:00 +0200\nMIME-Version: 1.0\n"
        'Content-Type: text/html; charset="windows-1251"\nContent-Transfer-Encoding: quoted-printable\n\n' + encoded
    )
    result = normalise_bytes(mail.encode("ascii"), "weekly.eml", suffix=".eml")
    (article,) = result.articles
    assert (article.title, article.author) == ("Тиждень у КНДР: снаряди, ракети, солдати", "Марія Шевчук")
    assert _texts(article) == [UK_P1, UK_P2]
