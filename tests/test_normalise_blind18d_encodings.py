"""Blind round 18d (decoding mixed and damaged input): a UTF-8 Japanese file with a paragraph pasted
from Shift_JIS, a saved .mht page whose 8-bit part is read as the text it is, a UTF-8 BOM before
UTF-16, a UTF-16 file cut mid-character, short Turkish in Windows-1254, Windows-1253 mojibake whose
C1 controls were shown through Windows-1252 ("β€œ"), and surrogate-escaped Windows-1251 bytes in a
JSON export."""

from __future__ import annotations

import codecs
import json

from encoding_builders import all_text as _text, normalise_file as _normalise


EN_TITLE = "North Korean troops on the Kursk front"
EN_P1 = "Ukrainian officers say about half of the artillery rounds fired by Russian units near Kursk were made in North Korea."
EN_P2 = "Pyongyang has sent more than 9 million shells since 2023, according to South Korea’s intelligence service — a figure Moscow never confirmed."
EN_P3 = "Analysts say Moscow pays with technology and food rather than cash."
EN = f"{EN_TITLE}\nNorthern Ledger\nMarch 4, 2025\n\n{EN_P1}\n\n{EN_P2}\n\n{EN_P3}\n"

RU_TITLE = "Северокорейские военные под Курском"
RU_P1 = "По данным ГУР, в Курской области находятся более 11 тысяч военнослужащих КНДР, их потери оценивают в четыре тысячи человек."
RU_P2 = "Эксперты отмечают, что Пхеньян получает от Москвы не только деньги, но и боевой опыт."


def test_shift_jis_paragraph_pasted_into_a_utf8_japanese_file_is_read_as_japanese():
    p1 = "韓国の情報機関によると、ロシアに派遣された北朝鮮兵は約1万1000人に上り、多数の死傷者が出ている。"
    p2 = "ウクライナ軍の将校は、ロシア軍が使用する砲弾の約半分が北朝鮮製だと述べた。"
    p3 = "専門家は、ロシアが見返りとして軍事技術を提供している可能性を指摘している。"
    head = "北朝鮮兵、クルスク州で戦闘に参加\n東洋新報\n2025年3月10日\n\n"
    data = (head + p1 + "\n\n").encode() + p2.encode("shift_jis") + ("\n\n" + p3 + "\n").encode()
    text = _text(_normalise(data, "a.txt"))
    assert p1 in text and p2 in text and p3 in text
    # A Western paste into a Korean file decodes as Hangul too ("Séoul" is a valid Korean pair): it stays Western.
    french = "Selon le renseignement, Séoul a confirmé à nouveau. Très étonné, élève été."
    data = "북한군 기사입니다. 한국어 문장이 있습니다.\n\n".encode() + french.encode("cp1252") + "\n\n다시 한국어 문장입니다.\n".encode()
    assert french in _text(_normalise(data, "a.txt"))


def _mht(part_charset: str, html: bytes) -> bytes:
    head = (
        "From: <Saved by Blink>\r\nSubject: page\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
        '\ttype="text/html";\r\n\tboundary="----B"\r\n\r\n------B\r\n'
        f"Content-Type: text/html; charset={part_charset}\r\nContent-Transfer-Encoding: 8bit\r\n"
        "Content-Location: https://example.ru/a\r\n\r\n"
    )
    return head.encode() + html + b"\r\n------B--\r\n"


def _ru_page(meta_charset: str) -> str:
    return (
        f'<html><head><meta charset="{meta_charset}"><title>{RU_TITLE}</title></head><body><article>'
        f"<h1>{RU_TITLE}</h1><p>{RU_P1}</p><p>{RU_P2}</p></article></body></html>"
    )


def test_saved_page_with_an_8bit_cp1251_part_is_not_turned_into_unicode_escapes():
    for part_charset, meta_charset in (("windows-1251", "utf-8"), ("utf-8", "windows-1251")):
        result = _normalise(_mht(part_charset, _ru_page(meta_charset).encode("cp1251")), "page.mht")
        text = _text(result)
        assert "\\u04" not in text
        assert RU_P2 in text and "более 11 тысяч военнослужащих" in text
        assert result.articles[0].title == RU_TITLE


def test_utf8_bom_before_utf16_text_reads_the_utf16():
    result = _normalise(codecs.BOM_UTF8 + codecs.BOM_UTF16_LE + EN.encode("utf-16-le"), "a.txt")
    assert result.articles[0].title == EN_TITLE
    assert EN_P1 in _text(result)


def test_utf16_file_cut_mid_character_loses_no_more_than_the_cut_character():
    data = codecs.BOM_UTF16_LE + EN.rstrip("\n").encode("utf-16-le")[:-1]
    text = _text(_normalise(data, "a.txt"))
    assert "\ufffd" not in text
    assert "Analysts say Moscow pays with technology and food rather than cash" in text


def test_short_turkish_in_windows_1254_is_not_read_as_icelandic():
    body = (
        "Güney Kore istihbaratına göre, Rusya'ya gönderilen Kuzey Koreli asker sayısı 11 bini aştı ve yüzlercesi ağır yaralandı.\n\n"
        "Uzmanlar, Pyongyang'ın karşılığında askeri teknoloji aldığını düşünüyor; Ağır kayıplar ışığında İstanbul'daki analistler şaşırmadı."
    )
    data = f"Kuzey Kore askerleri Kursk cephesinde\nHürriyet\n6 Mart 2025\n\n{body}\n".encode("cp1254")
    text = _text(_normalise(data, "a.txt"))
    assert "istihbaratına göre" in text and "Ağır kayıplar ışığında İstanbul'daki" in text


def _through_cp1253_then_cp1252(text: str) -> str:
    """UTF-8 read as Windows-1253, whose missing bytes a browser shows as Windows-1252 does ("β€œ")."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1253"))
        except UnicodeDecodeError:
            out.append(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte))
    return "".join(out)


def test_windows_1253_mojibake_shown_through_windows_1252_is_repaired_in_title_and_body():
    title = "Kim’s “volunteers” — the Kursk «deal»"
    quote = "“It’s a deal,” one said — and left."
    text = f"{title}\nNorthern Ledger\nMarch 4, 2025\n\n{EN_P1} {quote}\n\n{EN_P3}\n"
    result = _normalise(_through_cp1253_then_cp1252(text).encode(), "a.txt")
    assert result.articles[0].title == title
    assert quote in _text(result)


def test_windows_1253_quote_whose_byte_was_dropped_opens_before_a_word():
    mojibake = "“It’s a deal,” one said — and left.".encode().decode("cp1253", errors="ignore")
    assert mojibake.startswith("β€It")
    data = f"{EN_TITLE}\nNorthern Ledger\nMarch 4, 2025\n\n{EN_P1} {mojibake}\n\n{EN_P3}\n".encode()
    assert "“It’s a deal,” one said — and left." in _text(_normalise(data, "a.txt"))


def test_json_export_with_surrogate_escaped_cp1251_bytes_reads_the_russian():
    def escaped(text: str) -> str:
        return text.encode("cp1251").decode("ascii", "surrogateescape")

    record = {"title": escaped(RU_TITLE), "published": "2025-03-05", "body": escaped(RU_P1) + "\n\n" + RU_P2}
    result = _normalise(json.dumps(record).encode(), "a.json")
    assert result.articles[0].title == RU_TITLE
    assert "более 11 тысяч военнослужащих" in _text(result)


def test_shift_jis_file_cut_mid_character_is_still_read_as_japanese():
    p1 = "韓国の情報機関によると、ロシアに派遣された北朝鮮兵は約1万1000人に上り、多数の死傷者が出ている。"
    p2 = "専門家は、ロシアが見返りとして軍事技術を提供している可能性を指摘している。"
    data = f"北朝鮮兵、クルスク州で戦闘に参加\n東洋新報\n2025年3月10日\n\n{p1}\n\n{p2}".encode("shift_jis")[:-1]
    text = _text(_normalise(data, "a.txt"))
    assert p1 in text and p2[:-1] in text


def test_gbk_or_big5_paragraph_pasted_into_a_utf8_chinese_file_is_read_in_its_own_codepage():
    for codepage, pasted, around in (
        ("gbk", "乌克兰军方表示，朝鲜士兵的伤亡人数已超过四千人。", "据韩国国家情报院称，约有一万一千名朝鲜士兵被派往俄罗斯。"),
        ("big5", "烏克蘭軍方表示，朝鮮士兵的傷亡人數已超過四千人。", "據韓國國家情報院稱，約有一萬一千名朝鮮士兵被派往俄羅斯。"),
    ):
        data = f"朝鲜士兵在库尔斯克前线\n环球日报\n2025年3月11日\n\n{around}\n\n".encode() + pasted.encode(codepage) + f"\n\n{around}\n".encode()
        assert pasted in _text(_normalise(data, "a.txt")), codepage
