"""Round 27b, plain text and records: what a QA sweep's unseen files showed, each case in other words.

Foreign bylines and publication stamps ("Von Name, City · date", "Le Monde avec AFP · Publié le …"), a tag row
under its label, a broadcast reporter's sign-off, a removed line repeated thousands of times, OCR scans
(hyphenated line ends, letters read for digits, the running head's paper and date), a printed hearing's cover,
a Wikipedia page saved as text.
"""

from __future__ import annotations

import pytest
from normalise_samples import PROSE_1, PROSE_2, PROSE_3, body_texts, normalise_named, only_article, removed_texts

# --- a German byline: the writer, the city filed from, the date ------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_german_byline_gives_writer_city_and_date_and_no_outlet(suffix: str) -> None:
    byline = "Von Katharina Lenz, Warschau · 03.02.2025, 07:15 Uhr"
    if suffix == ".html":
        text = f"<html><body><article><h1>Nordkoreas Truppen an der Front</h1><p class='byline'>{byline}</p><p>{PROSE_1}</p><p>{PROSE_2}</p></article></body></html>"
    else:
        text = f"Nordkoreas Truppen an der Front\n\n{byline}\n\n{PROSE_1}\n\n{PROSE_2}\n"
    article = only_article(normalise_named(text, f"story{suffix}"))
    assert article.author == "Katharina Lenz"
    assert article.dateline == "Warschau"
    assert article.published == "2025-02-03"
    assert article.outlet != "Warschau"
    assert body_texts(article) == [PROSE_1, PROSE_2]


# --- a Romance-language stamp row: the outlet, its wire, the date; the row leaves the text -----------------


@pytest.mark.parametrize(
    ("row", "outlet", "credit", "date"),
    [
        ("Libération avec Reuters · Publié le 4 février 2025 à 08h40, mis à jour à 09h02 · Lecture 4 min.", "Libération", "Reuters", "2025-02-04"),
        ("El Mundo con EFE · Publicado el 7 de febrero de 2025, 12:30 · Lectura: 3 min", "El Mundo", "EFE", "2025-02-07"),
        ("La Stampa · Pubblicato il 9 febbraio 2025 alle 14:05 · Lettura 2 min", "La Stampa", None, "2025-02-09"),
    ],
)
def test_a_stamp_row_gives_outlet_wire_and_date_and_leaves_the_body(row: str, outlet: str, credit: str | None, date: str) -> None:
    text = f"Corée du Nord : des milliers de soldats en Russie\n\n{row}\n\n{PROSE_1}\n\n{PROSE_2}\n"
    article = only_article(normalise_named(text, "story.txt"))
    assert article.published == date
    assert article.outlet == outlet
    assert article.credit == credit
    assert body_texts(article) == [PROSE_1, PROSE_2]


# --- a tag row under its label goes with the label ---------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "row"),
    [
        ("Mots-clés :", "Corée du Nord · Russie · Guerre en Ukraine"),
        ("Archivado en", "Ucrania | Rusia | Kim Jong-un"),
        ("Tags:", "Kursk, North Korea, Ukraine war"),
    ],
)
def test_the_tag_row_under_a_tag_label_goes_to_the_audit_with_it(label: str, row: str) -> None:
    text = f"Soldiers in Kursk\n\n{PROSE_1}\n\n{PROSE_2}\n\n{label}\n{row}\n"
    result = normalise_named(text, "story.txt")
    assert body_texts(only_article(result)) == [PROSE_1, PROSE_2]
    assert any(row in block and label.rstrip(" :") in block for block in removed_texts(result))
    # (a sentence under a mislaid label is no tag row: it stays)
    closing = "Officials in Kyiv, Seoul and Washington declined to comment on the figures, citing security."
    kept = normalise_named(f"Soldiers in Kursk\n\n{PROSE_1}\n\n{label}\n{closing}\n", "story.txt")
    assert closing in body_texts(only_article(kept))


# --- a broadcast reporter's sign-off: author, outlet, dateline; it leaves the text ------------------------


def test_a_reporters_sign_off_line_gives_author_outlet_and_dateline() -> None:
    text = f"Troops at the border\n\n{PROSE_1}\n\n{PROSE_2}\n\nKatya Adler, Sky News, Kharkiv.\n"
    result = normalise_named(text, "report.txt")
    article = only_article(result)
    assert (article.author, article.outlet, article.dateline) == ("Katya Adler", "Sky News", "Kharkiv")
    assert body_texts(article) == [PROSE_1, PROSE_2]
    assert "Katya Adler, Sky News, Kharkiv." in removed_texts(result, "sign-off")
    # (a closing sentence with commas that names no broadcaster is the story's own)
    closing = "The report was filed by Anna Berg, Oslo, Norway."
    kept = only_article(normalise_named(f"Troops at the border\n\n{PROSE_1}\n\n{closing}\n", "report.txt"))
    assert closing in body_texts(kept)


def test_a_subtitled_reports_last_cue_sign_off_leaves_the_joined_text() -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:04,000\nSeoul says about eleven thousand soldiers were sent.\n\n"
        "2\n00:00:04,000 --> 00:00:08,000\nKyiv says the number is higher.\n\n"
        "3\n00:00:08,000 --> 00:00:10,500\nJohn Sudworth, BBC News, Seoul.\n"
    )
    article = only_article(normalise_named(text, "report.srt"))
    assert (article.author, article.outlet, article.dateline) == ("John Sudworth", "BBC News", "Seoul")
    assert not any("Sudworth" in t for t in body_texts(article))


# --- a removed line repeated thousands of times is kept once, with its count -------------------------------


def test_a_removed_line_repeated_many_times_is_stored_once_with_its_count() -> None:
    text = "Troops at the border\n\n" + f"{PROSE_1}\n\n" * 5000
    result = normalise_named(text, "paste.txt")
    assert body_texts(only_article(result)) == [PROSE_1]
    (block,) = [r for r in result.removed if PROSE_1 in r.text]
    assert block.text.count(PROSE_1) == 1
    assert "4,998 more times" in block.text
    assert len(block.text) < 2 * len(PROSE_1)
    # (a line repeated only a few times stays verbatim: nothing is gained by a count)
    few = normalise_named("Troops at the border\n\n" + f"{PROSE_1}\n\n{PROSE_2}\n\n" + f"{PROSE_3}\n\n" * 3, "paste.txt")
    assert any(block.count(PROSE_3) == 2 for block in removed_texts(few))


# --- an OCR'd scan: syllable breaks joined, compounds kept, look-alike letters read as digits ---------------


def test_a_scans_syllable_breaks_after_prefix_like_halves_are_joined_and_compounds_kept() -> None:
    text = (
        "Shelling near the border\n\n"
        "Officials said the fighting in the re-\ngion had grown, and a well-\nknown chair-\nman of the de-\n"
        "fence panel said the co-\nordinators would re-\nexamine the plan.\n"
    )
    (body,) = body_texts(only_article(normalise_named(text, "scan.txt")))
    assert "the region had grown" in body and "chairman" in body and "defence panel" in body
    assert "well-known" in body and "re-examine" in body


@pytest.mark.parametrize(("printed", "read"), [("l,000", "1,000"), ("I,500", "1,500"), ("1O,000", "10,000"), ("12,O00", "12,000")])
def test_look_alike_letters_inside_a_grouped_number_are_read_as_digits_and_recorded(printed: str, read: str) -> None:
    text = f"Losses in Kursk\n\nUkraine's general staff put the toll at about {printed} soldiers, officials said on Monday.\n"
    result = normalise_named(text, "scan.txt")
    (body,) = body_texts(only_article(result))
    assert f"about {read} soldiers" in body
    assert any(repair.startswith("ocr-digits") for repair in result.repairs)
    # (a word that merely holds such letters, and a Roman numeral before a comma, stay as written)
    plain = normalise_named("Losses in Kursk\n\nIn World War I, 1,000 men fell; Ill, Olla and Il stayed.\n", "scan.txt")
    assert "World War I, 1,000 men fell; Ill, Olla and Il stayed." in body_texts(only_article(plain))[0]


def test_a_scans_running_head_gives_paper_and_date_and_the_name_over_the_city_the_byline() -> None:
    head = "THE OBSERVER  Sunday 9 February 2025                                   7"
    text = (
        f"{head}\n\nEurope\n\nThe soldiers who never came home\n\nEmma Graham\nWarsaw\n\n{PROSE_1}\n\n{PROSE_2}\n\n"
        f"{head.replace(' 7', ' 8')}\n\n{PROSE_3}\n"
    )
    article = only_article(normalise_named(text, "scan.txt"))
    assert (article.outlet or "").casefold() == "the observer"  # (a paper no table knows keeps the head's capitals)
    assert article.published == "2025-02-09"
    assert (article.author, article.dateline) == ("Emma Graham", "Warsaw")
    assert body_texts(article) == [PROSE_1, PROSE_2, PROSE_3]


# --- a printed hearing's cover: the subject is the title, the committee the outlet -------------------------


def test_a_printed_hearings_serial_is_no_title_and_its_committee_issues_it() -> None:
    cover = "\n\n".join(
        [
            "                 [S. Hrg. 118-431]",
            "          THE DPRK-RUSSIA ALLIANCE AND EUROPEAN SECURITY",
            "                     HEARING",
            "                    BEFORE THE",
            "           COMMITTEE ON FOREIGN RELATIONS",
            "               UNITED STATES SENATE",
            "          ONE HUNDRED EIGHTEENTH CONGRESS",
            "                  FIRST SESSION",
            "                 FEBRUARY 4, 2025",
        ]
    )
    text = f"{cover}\n\n    {PROSE_1}\n\n    {PROSE_2}\n"
    result = normalise_named(text, "hearing.txt")
    article = only_article(result)
    assert article.title == "THE DPRK-RUSSIA ALLIANCE AND EUROPEAN SECURITY"
    assert article.outlet == "U.S. Senate Committee on Foreign Relations"
    assert "[S. Hrg. 118-431]" in "\n".join(removed_texts(result, "document-reference"))


# --- a wiki page saved as text: every section is body; the infobox's second value and the site's foot go ------


def test_a_wiki_pages_sections_are_body_and_its_infobox_and_foot_are_furniture() -> None:
    text = (
        "Battle of Kursk (2024)\n\nFrom Wikipedia, the free encyclopedia\n\n"
        "Part of the Russian invasion of Ukraine\nDate\tAugust 2024 – March 2025\nLocation\tKursk Oblast, Russia\n"
        "Casualties\t~500 killed (Ukraine)[1]\n2,000+ (NIS)[2]\n\n"
        f"Contents\n1 Offensive\n2 Losses\n\nOffensive[edit]\n{PROSE_1}[1]\n\nLosses[edit]\n{PROSE_2}[2]\n\n"
        "References[edit]\n^ \"Kursk\". Reuters. 9 March 2025.\n^ \"Losses\". BBC News. 10 March 2025.\n\n"
        "This page was last edited on 11 March 2025, at 10:00 (UTC).\nPrivacy policy  About Wikipedia  Disclaimers  Mobile view\n"
    )
    result = normalise_named(text, "wiki.txt")
    article = only_article(result)
    assert body_texts(article) == [PROSE_1, PROSE_2]
    assert [p.text for p in article.passages if p.kind not in ("body", "heading")] == []
    assert any("2,000+ (NIS)" in block for block in removed_texts(result, "infobox"))


# --- a chat message's closing line is its sender's words -----------------------------------------------------


def test_a_place_and_date_closing_a_chat_message_stays_in_the_message() -> None:
    text = "\n".join([f"03/02/25, 18:20 - Olena K.: {PROSE_1}", f"03/02/25, 18:22 - Marko P.: {PROSE_2}", "Kharkiv, 3 February 2025"])
    result = normalise_named(text, "chat.txt")
    last = result.articles[-1]
    assert last.author == "Marko P."
    assert body_texts(last)[-1] == "Kharkiv, 3 February 2025"
    assert all("Kharkiv" not in r.text for r in result.removed)
