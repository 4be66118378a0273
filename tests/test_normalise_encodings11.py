"""Blind round 11: encodings and mojibake the normaliser had not met.

KOI8-R mojibake, UTF-32 without a BOM, a UTF-8 BOM over Windows-1252 bytes, UTF-8 files with
pasted legacy lines, charsets only a page declares, URL-encoded text, Windows-1252 punctuation
kept as C1 controls, curly quotes that lost a byte, and figures written in other digits.
"""

from __future__ import annotations

import codecs
import urllib.parse
from pathlib import Path

import pytest
from normalise_samples import body_texts as _body

from store.analysis.numbers import find_figures
from store.normalise.pipeline import normalise_bytes
from store.normalise.sloppy import sloppy_decode

TITLE = "North Korea sends 12,000 more troops to Russia — Seoul"
P1 = (
    "South Korea’s spy agency said on Wednesday that North Korea had sent about 11,000 soldiers to Russia’s Kursk "
    "region, where “they are already fighting alongside Russian troops” against Ukraine."
)
P2 = (
    "Ukrainian President Volodymyr Zelenskyy said a further 12,000 troops could follow, and that losses were close "
    "to 40% of the first contingent — a figure Moscow’s Sergei Šojgu has not disputed."
)
ARTICLE = f"{TITLE}\n\n{P1}\n\n{P2}\n"
RU_TITLE = "КНДР направила в Россию ещё 12 000 военных"
RU1 = (
    "По данным южнокорейской разведки, Северная Корея отправила в Курскую область около 11 000 солдат, "
    "которые уже участвуют в боях против украинских войск."
)
RU2 = "Президент Украины Владимир Зеленский заявил, что потери составили почти 40% первого контингента."
RUSSIAN = f"{RU_TITLE}\n\n{RU1}\n\n{RU2}\n"


def _normalise(data: bytes, name: str = "input.txt"):
    return normalise_bytes(data, name, suffix=Path(name).suffix)


def _mojibake(text: str, codepage: str) -> bytes:
    """UTF-8 text read through ``codepage`` (as browsers do: undefined bytes as C1 controls) and saved again as UTF-8."""
    return sloppy_decode(text.encode("utf-8"), codepage).encode("utf-8")


def _page(meta: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>\n"


# --- Mojibake ----------------------------------------------------------------------------------


def test_utf8_read_as_koi8_r_is_repaired_in_english_punctuation():
    result = _normalise(_mojibake(ARTICLE, "koi8_r"))
    article = result.articles[0]
    assert article.title == TITLE
    assert _body(article) == [P1, P2]


def test_russian_utf8_read_as_koi8_r_is_repaired_and_genuine_russian_is_not_touched():
    repaired = _normalise(_mojibake(RUSSIAN, "koi8_r")).articles[0]
    assert repaired.title == RU_TITLE
    assert _body(repaired) == [RU1, RU2]
    genuine = "В\u00a0Москве её ещё ждут: «всё будет», — сказал Пётр, и мёд, и подъём."
    assert _body(_normalise(f"{RU_TITLE}\n\n{genuine} {RU1}\n".encode()).articles[0]) == [f"{genuine} {RU1}".replace("\u00a0", " ")]


def test_closing_quote_that_lost_its_last_byte_is_restored():
    # "”" is E2 80 9D; Windows-1252 has no character for 0x9D, and a scraper dropped it.
    damaged = _mojibake(ARTICLE, "cp1252").decode().replace("â€\u009d", "â€")
    body = _body(_normalise(damaged.encode()).articles[0])
    assert body == [P1, P2]


def test_windows_1252_punctuation_kept_as_c1_controls_is_read_as_punctuation():
    # Windows-1252 bytes decoded as Latin-1 and saved as UTF-8: "Kim\x92s", "\x93they\x94", " \x97 ".
    c1 = ARTICLE.encode("cp1252").decode("latin-1").encode("utf-8")
    article = _normalise(c1).articles[0]
    assert article.title == TITLE
    assert _body(article) == [P1, P2]
    # A lone control with no such evidence is still noise.
    plain = f"{TITLE.replace('—', '-')}\n\nNorth Korea sent about 11,000 soldiers\x85 to Russia's Kursk region, officials said on Wednesday.\n"
    assert "\u2026" not in _body(_normalise(plain.encode()).articles[0])[0]


def test_eight_bit_csi_before_a_word_does_not_swallow_its_first_letter():
    text = f"{TITLE}\n\n\x9bUkrainian President Volodymyr Zelenskyy said a further 12,000 troops could follow, officials said.\n"
    assert "Ukrainian President" in _body(_normalise(text.encode()).articles[0])[0]


# --- Decoding ----------------------------------------------------------------------------------


def test_utf32_without_bom_is_decoded():
    for encoding in ("utf-32-be", "utf-32-le"):
        result = _normalise(ARTICLE.encode(encoding))
        assert result.encoding == encoding
        assert _body(result.articles[0]) == [P1, P2]


def test_utf8_bom_in_front_of_windows_1252_bytes_loses_no_character():
    text = ARTICLE.replace("Zelenskyy", "Zelenskyy (Zélensky)")
    article = _normalise(codecs.BOM_UTF8 + text.encode("cp1252")).articles[0]
    assert article.title == TITLE
    assert _body(article) == [P1, P2.replace("Zelenskyy", "Zelenskyy (Zélensky)")]


def test_legacy_line_pasted_into_a_utf8_file_keeps_both_encodings():
    data = f"{TITLE}\n\n{P1}\n\n".encode() + RU1.encode("cp1251") + f"\n\n{P2}\n".encode()
    assert _body(_normalise(data).articles[0]) == [P1, RU1, P2]


DECLARED = [
    ('<meta http-equiv="content-type" content="text/html;charset=ISO-8859-2">', "iso8859_2", "Żołnierze z Korei Północnej",
     "Korea Północna wysłała do Rosji około 11 000 żołnierzy, podał wywiad; straty sięgają 40%, twierdzi Zełenski."),
    ('<meta charset="windows-1257">', "cp1257", "Šiaurės Korėjos kariai Rusijoje",
     "Šiaurės Korėja į Rusiją išsiuntė apie 11 000 karių, teigia Pietų Korėjos žvalgyba; nuostoliai siekia 40 proc."),
    ('<meta charset="windows-1254">', "cp1254", "Kuzey Kore askerleri Kursk'ta",
     "Güney Kore istihbaratına göre Kuzey Kore, Rusya'nın Kursk bölgesine yaklaşık 11.000 asker gönderdi; kayıplar %40."),
]


@pytest.mark.parametrize(("meta", "codepage", "title", "paragraph"), DECLARED)
def test_short_page_is_read_in_the_charset_it_declares(meta, codepage, title, paragraph):
    result = _normalise(_page(meta, title, [paragraph]).encode(codepage), "page.html")
    assert result.encoding == codepage
    assert result.articles[0].title == title
    assert _body(result.articles[0]) == [paragraph]


def test_declared_charset_is_used_for_a_mail_body_and_ignored_when_its_reading_is_wrong():
    paragraph = DECLARED[0][3]
    message = (
        b"From: desk@pap.pl\nTo: me@example.com\nSubject: Korea\nDate: Wed, 13 Nov 2024 09:00:00 +0100\n"
        b"MIME-Version: 1.0\nContent-Type: text/html; charset=iso-8859-2\nContent-Transfer-Encoding: 8bit\n\n"
    ) + _page("", "Korea", [paragraph]).encode("iso8859_2")
    assert _normalise(message, "page.html").encoding == "iso8859_2"
    # A template that declares Latin-1 over Windows-1251 text: the Russian is still read as Russian.
    wrong = _normalise(_page('<meta charset="iso-8859-1">', RU_TITLE, [RU1, RU2]).encode("cp1251"), "page.html")
    assert _body(wrong.articles[0]) == [RU1, RU2]


def test_url_encoded_text_is_decoded_but_links_in_an_article_keep_their_escapes():
    encoded = urllib.parse.quote(ARTICLE, safe="\n")
    article = _normalise(encoded.encode()).articles[0]
    assert article.title == TITLE
    assert _body(article) == [P1, P2]
    link = "https://ko.wikipedia.org/wiki/%EB%B6%81%ED%95%9C%EA%B5%B0%EC%9D%98_%EB%9F%AC%EC%8B%9C%EC%95%84_%ED%8C%8C%EB%B3%91"
    plain = f"{TITLE.replace('—', '-')}\n\nSouth Korea's spy agency said about 11,000 soldiers had been sent to Russia (source: {link}).\n"
    assert link in _body(_normalise(plain.encode()).articles[0])[0]


# --- Digits ------------------------------------------------------------------------------------

DIGITS = [
    ("１１，０００", "４０％"),  # full-width, as Japanese and Chinese copy sets them
    ("١١٬٠٠٠", "٤٠٪"),  # Arabic-Indic, with the Arabic thousands separator and percent sign
    ("𝟏𝟏,𝟎𝟎𝟎", "𝟒𝟎%"),  # mathematical bold, as social posts style them
]


@pytest.mark.parametrize(("thousands", "percent"), DIGITS)
def test_figures_in_other_digits_are_written_in_ascii_and_read_as_figures(thousands, percent):
    text = ARTICLE.replace("11,000", thousands).replace("40%", percent)
    body = _body(_normalise(text.encode()).articles[0])
    assert body == [P1, P2]
    values = {figure.value for passage in body for figure in find_figures(passage)}
    assert {11000.0, 40.0} <= values


def test_russian_text_from_dos_and_old_macs_is_detected():
    for codepage in ("cp866", "mac_cyrillic"):
        article = _normalise(RUSSIAN.encode(codepage)).articles[0]
        assert article.title == RU_TITLE
        assert _body(article) == [RU1, RU2]


def test_mojibake_whose_no_break_space_became_a_space_is_repaired():
    # "11\xa0000" and "Šojgu" hold byte 0xA0, which Windows-1252 shows as a no-break space; a scraper made it plain.
    text = ARTICLE.replace("11,000", "11\u00a0000")
    damaged = _mojibake(text, "cp1252").decode().replace("\u00a0", " ")
    body = _body(_normalise(damaged.encode()).articles[0])
    assert body == [P1.replace("11,000", "11 000"), P2]
    assert 11000.0 in {figure.value for figure in find_figures(body[0])}
