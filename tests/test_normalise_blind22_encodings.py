"""Blind round 22 (decoding): whole article files in encodings and damage not tried before.

UTF-7 English (only its typography shifted), UTF-16 with a byte slipped in or lost, Romanian in ISO
8859-16 without its quotes, a Mac Roman line with no accented letter in a UTF-8 file, a Korean and a
Japanese article saved as one file in two encodings, two Cyrillic articles in two codepages, GBK and
CP949 files that lost a byte, Hebrew punctuation in mojibake, Ukrainian from DOS
(code page 1125).  Each input states what the article must say and what is on record.
"""

from __future__ import annotations

import difflib

import pytest
from encoding_builders import (
    all_text as _text,
    assert_story_reads as _assert_reads,
    normalise_file as _normalise,
    seen_through as _seen_through,
    story_text as _article,
)


EN = (
    "North Korean troops reach Kursk front",
    "South Korea’s spy agency said on Tuesday that about 11,000 North Korean soldiers had arrived in Russia’s Kursk region — more than officials had expected.",
    "Analysts say Pyongyang receives air-defence technology and food in return, though “the details remain murky”.",
    "A defence ministry spokesman in Seoul declined to say how many of the troops had been wounded or killed so far.",
)
RU = (
    "Северокорейские войска прибыли в Курскую область",
    "Разведка Южной Кореи сообщила во вторник, что около 11 000 северокорейских военных прибыли в Курскую область России; потери растут.",
    "Аналитики считают, что Пхеньян взамен получает технологии ПВО и продовольствие, «подробности остаются неясными».",
    "Представитель министерства обороны в Сеуле отказался сообщить, сколько военных было ранено или убито.",
)
UK = (
    "Північнокорейські війська прибули на Курщину",
    "Розвідка Південної Кореї повідомила у вівторок, що близько 11 000 північнокорейських військових прибули до Курської області; їхні втрати зростають.",
    "Аналітики вважають, що Пхеньян натомість отримує ґрунтовну допомогу, є й продовольство, «деталі залишаються неясними».",
    "Речник міністерства оборони в Сеулі відмовився сказати, скільки військових було поранено або вбито.",
)
RO = (
    "Trupe nord-coreene au ajuns în regiunea Kursk",
    "Serviciul de informații sud-coreean a anunțat marți că aproximativ 11.000 de soldați nord-coreeni au ajuns în regiunea Kursk, iar pierderile sunt mari.",
    "Analiștii cred că Phenianul primește în schimb tehnologie de apărare antiaeriană și alimente, iar situația rămâne neclară.",
)
KO = (
    "북한군, 쿠르스크 전선 도착",
    "국가정보원은 화요일 약 1만1천 명의 북한군이 러시아 쿠르스크 지역에 도착했다고 밝혔다.",
    "분석가들은 평양이 그 대가로 방공 기술과 식량을 받고 있다고 본다.",
)
JA = (
    "北朝鮮兵、クルスク前線に到着",
    "韓国の情報機関は火曜日、約1万1000人の北朝鮮兵がロシアのクルスク州に到着したと明らかにした。",
    "専門家は、平壌が見返りに防空技術や食料を受け取っているとみている。",
)
HE = (
    "צה״ל: חיילים צפון קוריאנים הגיעו לקורסק",
    "שירות הביון של דרום קוריאה מסר ביום שלישי כי כ־11,000 חיילים צפון קוריאנים הגיעו למחוז קורסק שברוסיה.",
    "לדברי דובר צה״ל, ארה״ב עוקבת אחר הפריסה מקרוב.",
)
UK_DOS = (
    "Ґрунтовна допомога Пхеньяну",
    "Розвідка повідомила, що ґрунтовна допомога надходить; їхні втрати зростають, є нові дані про Курщину.",
    "Аналітики вважають, що Пхеньян отримує ґанки й інше; деталі невідомі.",
)


def test_utf7_english_whose_only_shifted_characters_are_quotes_and_dashes_is_read_as_utf7():
    data = _article(EN).encode("utf-7")
    assert b"+IBk-" in data  # (the apostrophe, shifted)
    result = _normalise(data)
    _assert_reads(result, EN)
    assert result.encoding == "utf-7"


def test_plain_english_with_plus_signs_is_not_taken_for_utf7():
    story = (EN[0], "Scores: +3 for the north, +12 for the south; C++ and +IBk code names are not text.", EN[2])
    result = _normalise(_article(story).encode("utf-8"))
    assert result.encoding != "utf-7"
    assert "+IBk code names" in _text(result)
    # ... while the same words with the apostrophes shifted are UTF-7
    assert _normalise(_article(EN).encode("utf-7")).encoding == "utf-7"


def _paragraphs_but_one_exact(result, story: tuple[str, ...]) -> None:
    """Every paragraph reads exactly but the one the slip cut into, which lost at most a character or two."""
    text = _text(result)
    titled = [result.articles[0].title, *text.split("\n")]
    damaged = [paragraph for paragraph in story if paragraph not in titled]
    assert len(damaged) <= 1, (damaged, titled)
    for paragraph in damaged:
        nearest = max(titled, key=lambda line: difflib.SequenceMatcher(None, line, paragraph).ratio())
        changes = difflib.SequenceMatcher(None, nearest, paragraph).get_opcodes()
        assert sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in changes if tag != "equal") <= 2, (nearest, paragraph)


@pytest.mark.parametrize("story", [EN, RU, UK], ids=["en", "ru", "uk"])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("stray", [b"\n", b"\x00", b"\xe9"], ids=["lf", "nul", "e9"])
def test_a_byte_slipped_into_utf16_shifts_nothing_after_it(story, encoding, stray):
    data = _article(story).encode(encoding)
    at = len(data) // 2 | 1  # (odd: a byte between the two halves of a character)
    result = _normalise(data[:at] + stray + data[at:])
    _paragraphs_but_one_exact(result, story)
    assert "utf-16-stray-bytes-dropped x1" in result.repairs, result.repairs
    assert "cut-character-at-end" not in result.repairs


@pytest.mark.parametrize("story", [EN, RU], ids=["en", "ru"])
def test_utf16_with_a_lost_byte_and_with_two_slips_reads_on_after_each(story):
    data = _article(story).encode("utf-16-le")
    lost = _normalise(data[:151] + data[152:])
    _paragraphs_but_one_exact(lost, story)
    assert "utf-16-stray-bytes-dropped x1" in lost.repairs
    twice = _normalise(b"\xff\xfe" + data[:120] + b"\x20" + data[120:301] + b"\x0d" + data[301:])
    assert "utf-16-stray-bytes-dropped x2" in twice.repairs, twice.repairs
    assert twice.articles[0].title == story[0]
    assert sum(paragraph in _text(twice) for paragraph in story[1:]) >= len(story) - 3  # (two slips: two paragraphs at most)
    assert "\u4e00" > max(_text(twice))  # nothing shifted into ideographs
    # an undamaged file, and one merely cut short, are left as they are
    assert not any(r.startswith("utf-16-stray") for r in _normalise(b"\xff\xfe" + data).repairs)
    assert not any(r.startswith("utf-16-stray") for r in _normalise(b"\xff\xfe" + data[:-1]).repairs)


ZH = (
    "朝鲜士兵抵达库尔斯克前线",
    "韩国情报机构周二表示，约有11000名朝鲜士兵已抵达俄罗斯库尔斯克地区。",
    "分析人士认为，平壤以此换取防空技术和粮食。",
    "首尔国防部发言人拒绝透露这些士兵中有多少人已经伤亡。",
)


@pytest.mark.parametrize("story", [KO + (KO[1],), ZH], ids=["ko", "zh"])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_korean_and_chinese_utf16_with_a_slipped_byte_read_on_past_it(story, encoding):
    data = _article(story).encode(encoding)
    at = len(data) // 2 | 1
    result = _normalise(data[:at] + b"\n" + data[at:])  # (with a BOM, Korean shifted once read as binary)
    _paragraphs_but_one_exact(result, story)
    assert "utf-16-stray-bytes-dropped x1" in result.repairs, result.repairs
    assert not any(r.startswith("utf-16-stray") for r in _normalise(data).repairs)


def test_romanian_in_iso_8859_16_without_quotes_keeps_its_comma_letters():
    result = _normalise(_article(RO).encode("iso8859_16"))
    _assert_reads(result, RO)
    assert "ş" not in _text(result) and "ţ" not in _text(result)
    # Windows-1250 text that shows its own codepage (its „ ” and – in 0x80-0x9F) keeps the cedillas it wrote.
    cedilla = tuple(line.replace("ș", "ş").replace("ț", "ţ") for line in RO)
    quoted = (cedilla[0], cedilla[1] + " „Este o nouă etapă”, a spus un oficial – fără detalii.", cedilla[2])
    result = _normalise(_article(quoted).encode("cp1250"))
    _assert_reads(result, quoted)
    assert result.encoding == "cp1250"


@pytest.mark.parametrize("line", ["The envoy’s “visit” was brief, officials said.", "Pyongyang’s reply – “no comment” – came late."])
def test_a_mac_roman_line_without_accented_letters_in_a_utf8_file(line):
    data = (_article(EN) + "\n" + line + "\n").encode("utf-8").replace(line.encode("utf-8"), line.encode("mac_roman"))
    result = _normalise(data)
    _assert_reads(result, EN)
    assert line in _text(result), _text(result)
    assert "lines-in-mac_roman x1" in result.repairs


def test_a_korean_utf8_article_and_a_japanese_shift_jis_one_saved_as_one_file():
    result = _normalise(_article(KO).encode("utf-8") + b"\n\n" + _article(JA).encode("shift_jis"))
    text = result.articles[0].title + "\n" + _text(result)
    for paragraph in (*KO, *JA):
        assert paragraph in text, (paragraph, text)
    assert "lines-in-shift_jis x3" in result.repairs


@pytest.mark.parametrize("codepage", ["cp1252", "cp1251", "cp1253"])
def test_hebrew_maqaf_and_gershayim_come_back_from_mojibake(codepage):
    result = _normalise(_seen_through(_article(HE), codepage).encode("utf-8"))
    _assert_reads(result, HE)


def test_ukrainian_from_dos_code_page_1125_is_not_read_as_vietnamese():
    result = _normalise(_article(UK_DOS).encode("cp1125"))
    _assert_reads(result, UK_DOS)
    assert result.encoding in ("cp1125", "cp866"), result.encoding


@pytest.mark.parametrize(("first", "second"), [("cp1251", "koi8_u"), ("cp866", "cp1251"), ("iso8859_5", "cp1251")])
def test_two_cyrillic_articles_in_two_codepages_saved_as_one_file(first, second):
    def plain(story):
        return tuple(line.replace("«", '"').replace("»", '"') for line in story)

    russian, ukrainian = plain(RU), plain(UK)
    result = _normalise(_article(russian).encode(first) + b"\n\n" + _article(ukrainian).encode(second))
    text = result.articles[0].title + "\n" + _text(result)
    for paragraph in (*russian, *ukrainian):
        assert paragraph in text, (paragraph, text)
    assert any(r.startswith("parts-in-") for r in result.repairs), result.repairs
    # one article in one codepage is read as before
    assert not any(r.startswith("parts-in-") for r in _normalise(_article(russian).encode(first)).repairs)


@pytest.mark.parametrize(("story", "codepage"), [(ZH, "gbk"), (KO + (KO[1],), "cp949")], ids=["gbk", "cp949"])
def test_a_double_byte_file_that_lost_a_byte_is_read_in_step_around_it(story, codepage):
    data = _article(story).encode(codepage)
    at = len(data) // 2
    while data[at] < 0x80:
        at += 1
    result = _normalise(data[:at] + data[at + 1 :])
    _paragraphs_but_one_exact(result, story)
    assert "lost-bytes-skipped x1" in result.repairs, result.repairs
    assert not any(r.startswith("lost-bytes") for r in _normalise(data).repairs)
