"""Follow-ups of blind round 19 (normalising): a field-coded press-database export whose codes stand
alone on their lines; one paragraph whose letters were all saved as "?" in a readable file; an e-mail
of attachments only; UTF-8 read as ISO 8859-2, DOS Latin (CP850) or DOS Central European (CP852)."""

from __future__ import annotations

import pytest
from normalise_samples import body_texts as _body
from normalise_samples import normalise_named as _normalise
from normalise_samples import only_article as _only
from normalise_samples import removed_texts as _removed

from store.errors import SourceError
from store.normalise import normalise_bytes

EN1 = (
    "Estonian defence officials said on Tuesday that North Korean engineers had been seen repairing rail "
    "bridges near Belgorod, according to intercepted radio traffic."
)
EN2 = (
    "The officials said the engineers arrived in two groups in September and were housed at a former "
    "sanatorium outside the city."
)
EN3 = (
    "Moscow has denied that any foreign personnel are working on its railways, calling the reports "
    "an attempt to divert attention from Western arms deliveries."
)


# --- 1. a field-coded export, each code alone on its line -------------------------------------------

def _coded(hd: str, by: str, pd: str, lead: str, text: str, doc: str) -> str:
    return (
        f"HD\n{hd}\n\nBY\n{by}\n\nWC\n488 words\n\nPD\n{pd}\n\nET\n07:12\n\nSN\nBaltic Wire Service\n\n"
        f"SC\nBWSENG\n\nLA\nEnglish\n\nCY\n(c) 2024 Baltic Wire Service\n\nLP\n{lead}\n\nTD\n{text}\n\n"
        f"NS\ngvdef : Defense | gcat : Political/General News\n\nRE\nestnia : Estonia | russ : Russia\n\n"
        f"IPD\nRailways\n\nPUB\nBaltic Wire Service\n\nAN\nDocument {doc}\n\n"
    )


def test_a_coded_export_with_each_code_on_its_own_line_reads_title_author_date_and_text():
    text = _coded("Engineers from Pyongyang seen at Belgorod bridges", "By Liis Tamm", "3 December 2024", EN1, EN2, "BWSENG0020241203ekc30005c")
    text += _coded("Moscow denies foreign rail crews", "Aivar Kask", "4 December 2024", EN3, EN1, "BWSENG0020241204ekc40002d")
    result = _normalise(text)
    first, second = result.articles
    assert (first.title, first.author, first.published) == ("Engineers from Pyongyang seen at Belgorod bridges", "Liis Tamm", "2024-12-03")
    assert (second.title, second.author, second.published) == ("Moscow denies foreign rail crews", "Aivar Kask", "2024-12-04")
    assert _body(first) == [EN1, EN2] and _body(second) == [EN3, EN1]
    everything = "\n".join(p.text for a in result.articles for p in a.passages)
    assert "488 words" not in everything and "BWSENG" not in everything and "Document " not in everything


def test_a_coded_export_with_a_headline_wrapped_over_two_lines_joins_it():
    text = _coded("Engineers from Pyongyang\nseen at Belgorod bridges", "Liis Tamm", "3 December 2024", EN1, EN2, "BWSENG0020241203ekc30005c")
    article = _only(_normalise(text))
    assert article.title == "Engineers from Pyongyang seen at Belgorod bridges"
    assert _body(article) == [EN1, EN2]


# --- 2. one paragraph of question marks -----------------------------------------------------------

LOST = "???? ??? ????? 11,000 ????? ?? ?????? ??????? ???????."


def test_a_paragraph_whose_letters_were_all_saved_as_question_marks_is_removed_with_a_reason():
    text = f"Engineers seen at Belgorod bridges\n\n{EN1}\n\n{LOST}\n\n{EN2}\n\n{EN3}\n"
    result = _normalise(text)
    article = _only(result)
    assert _body(article) == [EN1, EN2, EN3]
    assert _removed(result, "letters-lost") == [LOST]


def test_a_sentence_with_a_few_question_marks_stays():
    asked = "Were the engineers soldiers?? Nobody in Tallinn would say, and the ministry declined to comment on the reports??"
    text = f"Engineers seen at Belgorod bridges\n\n{EN1}\n\n{asked}\n\n{EN2}\n"
    assert _body(_only(_normalise(text))) == [EN1, asked, EN2]


# --- 3. an e-mail of attachments only --------------------------------------------------------------

_MAIL = (
    "From: Desk <desk@example.org>\nTo: team@example.org\nSubject: Kursk report\nDate: Tue, 3 Dec 2024 09:00:00 +0000\n"
    "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"XYZ\"\n\n--XYZ\n"
    "Content-Type: application/pdf; name=\"report.pdf\"\nContent-Disposition: attachment; filename=\"report.pdf\"\n"
    "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKJcfsj6IK\n--XYZ\n"
    "Content-Type: image/jpeg; name=\"photo.jpg\"\nContent-Disposition: attachment; filename=\"photo.jpg\"\n"
    "Content-Transfer-Encoding: base64\n\n/9j/4AAQSkZJRgABAQ==\n--XYZ--\n"
)


def test_an_email_of_attachments_only_is_refused_naming_them():
    with pytest.raises(SourceError) as refused:
        normalise_bytes(_MAIL.encode(), "kursk.eml", suffix=".eml")
    message = str(refused.value)
    assert "no text part" in message and "report.pdf" in message and "photo.jpg" in message
    assert "news feed" not in message


# --- 4. UTF-8 read as Central European and DOS codepages -------------------------------------------

PL = (
    "Według wywiadu Korei Południowej żołnierze z Północy walczą już w obwodzie kurskim, "
    "a źródła w Kijowie mówią o tysiącach rannych i zabitych."
)
DE = (
    "Nach Angaben des südkoreanischen Geheimdienstes kämpfen nordkoreanische Soldaten bereits im Gebiet Kursk; "
    "die Verluste seien größer als zunächst angenommen."
)
PL2 = "Rzecznik ministerstwa obrony odmówił komentarza, ale potwierdził, że sojusznicy wymieniają się informacjami."
DE2 = "Ein Sprecher des Ministeriums in Seoul wollte die Zahlen nicht bestätigen, äußerte sich aber besorgt über die Lage."


@pytest.mark.parametrize(
    ("paragraphs", "codepage"),
    [((PL, PL2), "iso8859_2"), ((DE, DE2), "iso8859_2"), ((DE, DE2), "cp850"), ((PL, PL2), "cp852")],
    ids=["pl-iso8859_2", "de-iso8859_2", "de-cp850", "pl-cp852"],
)
def test_utf8_read_as_a_central_european_or_dos_codepage_is_repaired(paragraphs: tuple[str, str], codepage: str):
    shown = [paragraph.encode("utf-8").decode(codepage) for paragraph in paragraphs]
    text = "Kursk\n\n" + "\n\n".join(shown) + "\n"
    article = _only(_normalise(text))
    assert _body(article) == list(paragraphs)


def test_polish_read_as_windows_1250_is_still_repaired_through_windows_1250():
    shown = [paragraph.encode("utf-8").decode("cp1250", errors="replace") for paragraph in (PL, PL2)]
    result = _normalise("Kursk\n\n" + "\n\n".join(shown) + "\n")
    assert _body(_only(result)) == [PL, PL2]
    assert any(repair.startswith("mojibake:cp1250") for repair in result.repairs)


@pytest.mark.parametrize("paragraphs", [(PL, PL2), (DE, DE2)], ids=["pl", "de"])
def test_genuine_polish_and_german_text_is_left_as_it_is(paragraphs: tuple[str, str]):
    text = "Kursk\n\n" + "\n\n".join(paragraphs) + "\n"
    assert _body(_only(_normalise(text))) == list(paragraphs)
