"""Blind round 6, formats: RTF, CSV/TSV exports, subtitles with sound captions and speakers, word
processor HTML with comment marks, page footers counting "Page N of M", flattened page extraction,
literal markup in the text, and text in UTF-16 without a byte-order mark."""

from __future__ import annotations

import pytest
from normalise_samples import (
    LONG_1,
    LONG_2,
    LONG_3,
    normalise_text,
    passage_texts,
    removed_texts,
)

from store.errors import SourceError
from store.normalise import normalise_bytes, read_source

# --- RTF ------------------------------------------------------------------------------------------

_RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}{\colortbl;\red0\green0\blue0;}"
    "\n"
    r"{\info{\title Draft}{\author Mina Park}}{\*\generator Riched20 10.0}\viewkind4\uc1\pard\b\f0\fs28 How many shells?\b0\par"
    "\n"
    r"\fs20 By Mina Park\par\par"
    "\n"
    r"South Korea\rquote s defence ministry says about 20,000 containers of munitions went to Russia\emdash enough for millions of rounds.\par"
    "\n"
    r"Kyiv says \ldblquote up to 50%\rdblquote  of Russia\'92s shells came from the North, and Moscow\u8217?s officials deny it.\par"
    "\n}"
)


def test_rtf_document_gives_its_text_without_control_words() -> None:
    result = normalise_bytes(_RTF.encode("ascii"), "draft.rtf", suffix=".rtf")
    article = result.articles[0]
    assert "rtf-converted" in result.repairs
    assert (article.title, article.author) == ("How many shells?", "Mina Park")
    assert passage_texts(article) == [
        "South Korea’s defence ministry says about 20,000 containers of munitions went to Russia—enough for millions of rounds.",
        "Kyiv says “up to 50%” of Russia’s shells came from the North, and Moscow’s officials deny it.",
    ]


def test_rtf_files_are_read_and_text_opening_with_a_brace_is_not_rtf(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "draft.rtf"
    path.write_bytes(_RTF.encode("ascii"))
    assert read_source(path) == _RTF.encode("ascii")
    text = f"{{Draft}} Kursk numbers\n\n{LONG_1}\n"
    result = normalise_text(text)
    assert "rtf-converted" not in result.repairs and passage_texts(result.articles[0]) == [LONG_1]


# --- Tables of articles --------------------------------------------------------------------------

_CSV = f'''id,published,outlet,author,title,body
1,2024-11-05,Baltic Herald,Ilze Ozola,"Troops in combat, Kyiv says","{LONG_1}

{LONG_2}"
2,2024-11-07,Baltic Herald,,"Pentagon: more than 10,000","{LONG_3} Officials said ""some"" had fought."
'''


def test_csv_export_gives_one_article_per_row_with_its_fields() -> None:
    result = normalise_bytes(_CSV.encode(), "export.csv", suffix=".csv")
    assert "csv-unpacked" in result.repairs
    got = [(a.title, a.outlet, a.author, a.published) for a in result.articles]
    assert got == [
        ("Troops in combat, Kyiv says", "Baltic Herald", "Ilze Ozola", "2024-11-05"),
        ("Pentagon: more than 10,000", "Baltic Herald", None, "2024-11-07"),
    ]
    assert passage_texts(result.articles[0]) == [LONG_1, LONG_2]
    assert passage_texts(result.articles[1]) == [f'{LONG_3} Officials said "some" had fought.']


def test_tsv_export_saved_as_text_is_read_too() -> None:
    tsv = f"date\tsource\theadline\ttext\n2025-01-13\tSeoul Wire\tNIS puts casualties at 3,000\t{LONG_2}\n2025-01-14\tSeoul Wire\tKyiv: 4,000\t{LONG_1}\n"
    result = normalise_text(tsv)
    assert [(a.title, a.outlet, a.published) for a in result.articles] == [
        ("NIS puts casualties at 3,000", "Seoul Wire", "2025-01-13"),
        ("Kyiv: 4,000", "Seoul Wire", "2025-01-14"),
    ]


def test_a_table_of_figures_and_prose_naming_titles_are_no_articles() -> None:
    figures = "source,troops,date\nNIS,10000,2024-10-18\nHUR,11000,2024-11-05\n"
    with pytest.raises(SourceError):
        normalise_bytes(figures.encode(), "figures.csv", suffix=".csv")
    prose = f"Title, body and soul: the Storm Corps\n\n{LONG_1}\n"
    result = normalise_text(prose)
    assert len(result.articles) == 1 and passage_texts(result.articles[0]) == [LONG_1]


# --- Subtitles ------------------------------------------------------------------------------------

_VTT = """WEBVTT

00:00:00.000 --> 00:00:04.200
<v Anchor>Good evening. We begin tonight in Ukraine,

00:00:04.200 --> 00:00:08.900
<v Anchor>where officials say North Korean troops have entered the fighting.

00:00:09.100 --> 00:00:13.500
<v Reporter>Kyiv says about 11,000 [sic] soldiers are in Kursk.

00:00:13.700 --> 00:00:15.000
[MUSIC]

00:00:15.200 --> 00:00:18.000
<v Reporter>Seoul puts the total at about 10,000.
"""


def test_sound_captions_go_to_the_audit_and_each_speakers_turn_is_a_paragraph() -> None:
    result = normalise_bytes(_VTT.encode(), "report.vtt", suffix=".vtt")
    assert passage_texts(result.articles[0]) == [
        "Good evening. We begin tonight in Ukraine, where officials say North Korean troops have entered the fighting.",
        "Kyiv says about 11,000 [sic] soldiers are in Kursk. Seoul puts the total at about 10,000.",
    ]
    assert removed_texts(result, "sound-cue") == ["[MUSIC]"]


# --- Pages ----------------------------------------------------------------------------------------


def test_word_processor_comment_marks_and_comments_leave_the_text() -> None:
    page = (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"></head><body class="doc-content">'
        '<p class="c2 title"><span>North Korean losses in Kursk</span></p>'
        f'<p class="c2"><span>{LONG_1}</span></p>'
        f'<p class="c2"><span>{LONG_2[:-1]}</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup><span>.</span></p>'
        f'<p class="c2"><span>{LONG_3}</span></p>'
        '<div><p class="c2"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>@editor check the NIS date</span></p></div></body></html>'
    )
    result = normalise_text(page, ".html")
    assert passage_texts(result.articles[0]) == [LONG_1, LONG_2, LONG_3]
    assert any("@editor check the NIS date" in r.text for r in result.removed)
    assert not any("The" in r.text and "spy agency" in r.text for r in result.removed)  # nothing kept is audited as lost


def test_page_flattened_by_extraction_gets_its_paragraphs_back() -> None:
    page = (
        "<html><head><title>Inside the Storm Corps - The Ledger</title></head><body><article>"
        f"<h1>Inside the Storm Corps</h1><p>{LONG_1}</p><p>{LONG_2}</p>"
        '<div class="paywall"><h2>Subscribe to continue reading</h2>'
        '<a href="/subscribe">Subscribe now</a> <a href="/login">Already a subscriber? Sign in</a></div>'
        "</article></body></html>"
    )
    result = normalise_text(page, ".html")
    assert result.articles[0].title == "Inside the Storm Corps"
    assert passage_texts(result.articles[0]) == [LONG_1, LONG_2]
    assert "Subscribe to continue reading\nSubscribe now Already a subscriber? Sign in" in removed_texts(result, "paywall")


def test_running_footer_counting_page_n_of_m_is_removed_and_the_cut_paragraph_rejoined() -> None:
    header = "INSTITUTE FOR EURASIAN SECURITY            Policy Brief No. 44"
    text = "\n".join([
        header, "", "Troops in the Kursk offensive", "",
        "Estimates differ. South Korea's spy agency said in October that about 10,000 troops had",
        "been sent, and Ukrainian intelligence later said 11,000 were in Kursk, while some", "",
        "Policy Brief No. 44 — Institute for Eurasian Security          Page 1 of 2", "", header, "",
        "Western officials have used a figure of 12,000 including support staff and officers.", "",
        LONG_1, "",
        "Policy Brief No. 44 — Institute for Eurasian Security          Page 2 of 2", "",
    ])
    result = normalise_text(text)
    passages = passage_texts(result.articles[0])
    assert passages[0].endswith("were in Kursk, while some Western officials have used a figure of 12,000 including support staff and officers.")
    assert LONG_1 in passages and not any("Page" in p or "INSTITUTE" in p for p in passages)
    assert len(removed_texts(result, "running-header")) >= 2


# --- Text that must stay as written --------------------------------------------------------------


def test_literal_markup_and_actions_in_an_article_are_kept_as_text() -> None:
    sentence = "The file held formatting codes such as [bold] and [/bold] and even a stray [@click=app.quit] tag, pasted from a terminal."
    result = normalise_text(f"A fake casualty list\n\nBy Nadia Okafor\n\n{sentence}\n\n{LONG_1}\n")
    assert passage_texts(result.articles[0]) == [sentence, LONG_1]


def test_utf16_without_a_byte_order_mark_is_decoded() -> None:
    text = f"Shells to Russia\n\n{LONG_1}\n\n{LONG_2}\n"
    for codec in ("utf-16-le", "utf-16-be"):
        result = normalise_bytes(text.encode(codec), "shells.txt")
        assert passage_texts(result.articles[0]) == [LONG_1, LONG_2]
