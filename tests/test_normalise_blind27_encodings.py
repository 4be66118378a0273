"""Blind round 27 (decoding): damage and encodings not tried before, in articles written for this round.

A Chinese, Japanese or Korean UTF-8 character that lost its lead byte (its two continuation bytes are no
Windows-1252 signs); a Shift_JIS character that lost its second byte before "、" or "。" (which left a lone
capital); a Korean word in EUC-KR that lost a byte (the hole goes where the damaged syllable was); Hebrew
and Greek letters lost to a Windows-1252 round trip at a word's end or in an unaccented word; short
Hungarian in Windows-1250 or ISO 8859-2; ISO 8859-15 with a single "€" or "œ"; subtitle files in UTF-16
without a byte-order mark; UTF-8 whose lines were folded by bytes, through characters.  Each input states
what the article must say and what is on record; twins that must not change go with them.
"""

from __future__ import annotations

import difflib
import random

import pytest
from test_normalise_blind23b_encodings import _article, _everything, _normalise

from store.errors import SourceError

KO = (
    "러시아 파병 북한군 현황",
    "합참은 14일 북한이 러시아 쿠르스크 지역에 병력 약 1만2000명을 보냈으며 이 중 수백 명이 숨졌다고 전했다.",
    "군 관계자는 북한이 포탄 수백만 발을 추가로 제공했다고 말했다.",
)
JA = (
    "ウクライナ情報機関の分析",
    "ウクライナ国防省情報総局は15日、クルスク州に展開する北朝鮮兵が約1万1000人に上ると発表した。",
    "同局によると、前線で使われる砲弾の半分が北朝鮮製だという。",
)
ZH = (
    "乌克兰军方称朝鲜士兵伤亡",
    "乌克兰总参谋部16日称，在库尔斯克作战的朝鲜士兵中已有数百人阵亡，另有约一千人受伤。",
    "俄方对此未作回应，克里姆林宫拒绝置评。",
)


def _body_line(result, story: tuple[str, ...]) -> str:  # type: ignore[no-untyped-def]
    """The line of the read text that stands for the story's first paragraph: the one most like it."""
    lines = _everything(result).split("\n")
    return max(lines, key=lambda line: difflib.SequenceMatcher(None, line, story[1]).ratio())


def _one_hole_at(original: str, read: str, index: int) -> bool:
    return read == original[:index] + "\ufffd" + original[index + 1 :]


# --- A UTF-8 CJK character that lost its lead byte -----------------------------------------------------


@pytest.mark.parametrize("story", [KO, JA, ZH], ids=["korean", "japanese", "chinese"])
def test_a_cjk_character_that_lost_its_lead_byte_is_one_hole_or_restored_never_windows_1252_signs(story):
    data = _article(story).encode()
    body = story[1]
    start = data.index(body.encode())
    for index, ch in enumerate(body):
        if len(ch.encode()) != 3:
            continue
        at = start + len(body[:index].encode())
        result = _normalise(data[:at] + data[at + 1 :])
        read = _body_line(result, story)
        # (Restored only when one common character of the script fits; else one U+FFFD where it stood.)
        assert read == body or _one_hole_at(body, read, index), (ch, read)
        assert not any(repair.startswith("stray-bytes-as-cp1252") for repair in result.repairs), (ch, result.repairs)
        if read == body:
            assert "utf-8-lead-bytes-restored x1" in result.repairs, (ch, result.repairs)
        else:
            assert "undecodable-bytes x1" in result.repairs, (ch, result.repairs)


def test_a_korean_syllable_that_lost_its_lead_byte_is_restored_when_one_syllable_of_the_standard_fits():
    # "쿠" is EC BF A0: with EA, EB or ED before "BF A0" the syllable is one no Korean text writes.
    data = _article(KO).encode()
    at = data.index("쿠르스크".encode())
    result = _normalise(data[:at] + data[at + 1 :])
    assert KO[1] in _everything(result)
    assert "utf-8-lead-bytes-restored x1" in result.repairs, result.repairs
    # Twin: continuation bytes beside a Latin word are a paste's signs ("\xbd\xb0": "½°"), not a lost character.
    pasted = (_article(KO) + "\nTemperatur 20 Celsius.\n").encode().replace(b"20 Celsius", b"20\xbd\xb0 Celsius")
    assert "20½° Celsius" in _everything(_normalise(pasted))


# --- Shift_JIS: a character's second byte lost before "、" or "。" -------------------------------------


def test_a_shift_jis_character_that_lost_its_second_byte_before_a_punctuation_mark_is_a_hole_not_a_capital():
    data = _article(JA).encode("shift_jis")
    body = JA[1]
    start = data.index(body.encode("shift_jis"))
    checked = 0
    for index, ch in enumerate(body[:-1]):
        if body[index + 1] not in "、。" or len(ch.encode("shift_jis")) != 2:
            continue
        at = start + len(body[: index + 1].encode("shift_jis")) - 1  # (the character's second byte)
        result = _normalise(data[:at] + data[at + 1 :])
        read = _body_line(result, JA)
        assert _one_hole_at(body, read, index), (ch, read)
        assert "lost-bytes-skipped x1" in result.repairs, result.repairs
        checked += 1
    assert checked >= 2


# --- EUC-KR: a Korean word that lost a byte -------------------------------------------------------------


@pytest.mark.parametrize("word", ["러시아", "쿠르스크", "지역에", "보냈으며"])
def test_a_korean_word_in_euc_kr_that_lost_a_byte_has_its_hole_at_the_damaged_syllable(word):
    data = _article(KO).encode("euc_kr")
    body = KO[1]
    first = body.index(word)
    start = data.index(body.encode("euc_kr")) + len(body[:first].encode("euc_kr"))
    exact = 0
    for offset in range(len(word) * 2):
        damaged = data[: start + offset] + data[start + offset + 1 :]
        result = _normalise(damaged)
        read = _body_line(result, KO)
        # (Losing either of two equal bytes side by side leaves the same bytes: either syllable is the damaged one.)
        same = [first + other // 2 for other in range(len(word) * 2) if data[: start + other] + data[start + other + 1 :] == damaged]
        assert any(_holes_over(body, read, syllable, (first, first + len(word))) for syllable in same), (word, offset, read)
        assert "lost-bytes-skipped x1" in result.repairs, result.repairs
        exact += any(_one_hole_at(body, read, syllable) for syllable in same)
    assert 3 * exact >= len(word) * 2, exact  # (a third of the places at least tell the damaged syllable alone)


def _holes_over(original: str, read: str, damaged: int, word: tuple[int, int]) -> bool:
    """Is ``read`` ``original`` with one U+FFFD over the damaged syllable and perhaps syllables beside it in
    its ``word`` (start, end) that equally good readings disagree on, and no syllable made up?"""
    return any(read == original[:start] + "\ufffd" + original[end:] for start in range(word[0], damaged + 1) for end in range(damaged + 1, word[1] + 1))


# --- Hebrew and Greek letters lost to a Windows-1252 round trip -----------------------------------------

HE = (
    "הצבא הרוסי וחיילי צפון קוריאה",
    "הוא אמר כי הצבא של צפון קוריאה שלח כ-11,000 חיילים, והיא הוסיפה כי נשיא רוסיה לא הגיב.",
    "לדברי המודיעין, מאות חיילים נהרגו ביום הראשון של הקרבות.",
)
EL = (
    "Βορειοκορεάτες κοντά στο Κουρσκ",
    "Οι στρατιώτες έφτασαν στα σύνορα προς το Κουρσκ, ενώ οι κυρώσεις ισχύουν ακόμη.",
    "Η Μόσχα δεν σχολίασε ούτε επιβεβαίωσε, και οι αναλυτές εκτιμούν ότι οι απώλειες είναι βαριές.",
)


def _through_windows_1252(story: tuple[str, ...]) -> bytes:
    """UTF-8 read as Windows-1252 by a lenient tool (a byte it lacks becomes "?") and saved as UTF-8."""
    return _article(story).encode().decode("cp1252", errors="replace").replace("\ufffd", "?").encode()


def _bytes_dropped(story: tuple[str, ...]) -> bytes:
    """UTF-8 that lost the bytes Windows-1252 leaves undefined."""
    return bytes(byte for byte in _article(story).encode() if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D))


@pytest.mark.parametrize("damage", [_through_windows_1252, _bytes_dropped], ids=["question-marks", "bytes-dropped"])
@pytest.mark.parametrize("story", [HE, EL], ids=["hebrew", "greek"])
def test_hebrew_and_greek_letters_lost_at_a_words_end_or_in_an_unaccented_word_are_told(story, damage):
    # Hebrew "א" at a word's end ("הוא", "היא", "לא", "הצבא", "נשיא") against the final "ם" ("ביום", "מאות"
    # ends otherwise); Greek "ρ" or "ύ" by the one-accent rule ("σύνορα", "προς", "Κουρσκ", "ισχύουν", "ούτε").
    result = _normalise(damage(story))
    text = _everything(result)
    for paragraph in story:
        assert paragraph in text, (paragraph, text)
    assert not any(repair.startswith("lost-letters") for repair in result.repairs), result.repairs
    assert any(repair.startswith("mojibake:lossy-letters") for repair in result.repairs), result.repairs


def test_a_greek_hole_that_two_letters_fit_stays_a_hole_on_record_beside_holes_one_letter_fits():
    # "πού" (where) and "πορ" both keep Greek spelling: that hole is not guessed; "σύνορα" beside it is told.
    story = ("Αβέβαιη θέση", "Δεν είναι σαφές πού βρίσκονται οι στρατιώτες κοντά στα σύνορα, είπε ο εκπρόσωπος.")
    result = _normalise(_through_windows_1252(story))
    text = _everything(result)
    assert "σαφές πο\ufffd βρίσκονται" in text and "κοντά στα σύνορα" in text, text
    assert "lost-letters x1" in result.repairs, result.repairs


# --- Short Hungarian: "ő" and "ű" are Windows-1252's "õ" and "û" ----------------------------------------

HU_SHORT = [
    ("Rövid hír", "Erősödik a front, írják a lapok."),
    ("Friss", "Nőnek a veszteségek Kurszk térségében."),
    ("Szóvivő", "Ő is megerősítette a hírt."),
    ("Hírek", "Egy tiszt szerint a kár nő."),
]


@pytest.mark.parametrize("codepage", ["cp1250", "iso8859_2"])
@pytest.mark.parametrize("story", HU_SHORT, ids=lambda story: story[0])
def test_a_short_hungarian_text_with_o_double_acute_is_read_in_its_codepage(story, codepage):
    result = _normalise(_article(story).encode(codepage))
    text = _everything(result)
    assert story[1] in text and "õ" not in text, text
    assert result.encoding in ("cp1250", "iso8859_2") and "charset-detected" in result.repairs


# Twins: Portuguese, French and Estonian write "õ" or "û" with letters Hungarian also writes.
NOT_HUNGARIAN = [
    ("Notícias", "As tropas põem em risco as negociações, disse o ministro em Seul."),
    ("Brève", "Le coût est élevé, selon Séoul, et c'est sûr."),
    ("Uudised", "Põhja-Korea sõdurid jõudsid üle piiri Kurski oblastisse."),
]


@pytest.mark.parametrize("twin", NOT_HUNGARIAN, ids=["portuguese", "french", "estonian"])
def test_a_short_hungarian_text_is_told_from_portuguese_french_and_estonian(twin):
    hungarian = ("Hír", "Az elnök szerint a háború nő.")
    assert hungarian[1] in _everything(_normalise(_article(hungarian).encode("iso8859_2")))
    result = _normalise(_article(twin).encode("cp1252"))
    assert twin[1] in _everything(result)
    assert result.encoding == "cp1252", result.encoding


# --- ISO 8859-15 told by one sign ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "story",
    [
        ("Munition aus Pjöngjang", "Die Granaten kosten nach Angaben aus Kiew rund 5 Mio. € pro Lieferung, hieß es."),
        ("Le cœur du conflit", "Selon Séoul, les soldats sont arrivés à Koursk en octobre, a déclaré un porte-parole."),
    ],
    ids=["euro", "oe"],
)
def test_latin_9_text_with_a_single_euro_or_oe_is_read_as_latin_9(story):
    result = _normalise(_article(story).encode("iso8859_15"))
    text = _everything(result)
    assert story[0] in text and story[1] in text, text
    assert "¤" not in text and "½" not in text
    # Twin: a Windows-1252 fraction after a figure is a fraction.
    twin = ("Frontbericht", "Die Kolonne brauchte 1½ Stunden bis Kursk, sagte ein Offizier; die Lage sei ruhig.")
    assert twin[1] in _everything(_normalise(_article(twin).encode("cp1252")))


# --- Subtitles in UTF-16 without a byte-order mark ------------------------------------------------------

VTT = (
    "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nNorth Korea has sent about 11,000 troops, Seoul says.\n\n"
    "2\n00:00:04.500 --> 00:00:08.000\nKyiv says hundreds have been killed or wounded in Kursk.\n"
)
SRT = (
    "1\r\n00:00:01,000 --> 00:00:04,000\r\nNorth Korea has sent about 11,000 troops, Seoul says.\r\n\r\n"
    "2\r\n00:00:04,500 --> 00:00:08,000\r\nKyiv says hundreds have been killed or wounded in Kursk.\r\n"
)
VTT_KO = (
    "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n국가정보원은 북한군 1만1000명이 러시아에 파병됐다고 밝혔다.\n\n"
    "00:00:04.500 --> 00:00:08.000\n우크라이나는 수백 명이 사상했다고 말했다.\n"
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(("subtitles", "name", "line"), [(VTT, "a.vtt", "11,000 troops, Seoul says."), (SRT, "a.srt", "11,000 troops, Seoul says."), (VTT_KO, "a.vtt", "1만1000명이 러시아에")], ids=["vtt", "srt", "vtt-korean"])
def test_subtitles_in_utf16_without_a_byte_order_mark_are_read(subtitles, name, line, encoding):
    result = _normalise(subtitles.encode(encoding), name)
    assert line in _everything(result)
    assert result.encoding == encoding and "utf-16-without-bom" in result.repairs, (result.encoding, result.repairs)
    with pytest.raises(SourceError):  # (twin: random bytes with NULs are binary still)
        _normalise(random.Random(len(subtitles)).randbytes(4096) + bytes(512), name)


# --- UTF-8 folded by bytes, through characters ----------------------------------------------------------

RU = (
    "Северокорейские военные под Курском",
    "Генштаб ВСУ сообщил, что в Курской области находятся около 11 тысяч военных КНДР, из них сотни погибли.",
    "Москва эти данные не комментирует, а Пхеньян молчит.",
)


def _folded_by_bytes(data: bytes, width: int) -> bytes:
    """``data`` with a line break after every ``width`` bytes of each line, as ``fold -b`` writes it."""
    lines = []
    for line in data.split(b"\n"):
        while len(line) > width:
            lines.append(line[:width])
            line = line[width:]
        lines.append(line)
    return b"\n".join(lines)


@pytest.mark.parametrize("story", [KO, JA, ZH, RU], ids=["korean", "japanese", "chinese", "russian"])
@pytest.mark.parametrize("width", [50, 61])
def test_utf8_lines_folded_by_bytes_through_characters_read_whole(story, width):
    data = _folded_by_bytes(_article(story).encode(), width)
    result = _normalise(data)
    text = _everything(result)
    assert "\ufffd" not in text, text
    squeezed = "".join(text.split())  # (a fold between two whole characters may stay a line break)
    for paragraph in story:
        assert "".join(paragraph.split()) in squeezed, (paragraph, text)
    assert any(repair.startswith("utf-8-characters-rejoined") for repair in result.repairs), result.repairs
    assert result.encoding == "utf-8"


# --- Polish ISO 8859-2 whose only letters apart from Windows-1250's are capitals opening words ------------


def test_polish_iso_8859_2_whose_capitals_s_or_z_acute_open_words_is_read_in_it():
    # "Ś" and "Ź" (0xA6, 0xAC) are Windows-1250's "¦" and "¬"; the other letters agree in both codepages.
    story = ("Wojna pod Kurskiem", "Źródło w Kijowie podaje, że zginęło kilkuset żołnierzy. Świadkowie mówili o ciężkich walkach pod Kurskiem.")
    result = _normalise(_article(story).encode("iso8859_2"))
    text = _everything(result)
    assert story[1] in text and "¬" not in text and "¦" not in text, text
    assert result.encoding == "iso8859_2", result.encoding
    # Twin: the same text in Windows-1250 stays Windows-1250.
    twin = _normalise(_article(story).encode("cp1250"))
    assert story[1] in _everything(twin) and twin.encoding == "cp1250", twin.encoding


# --- Italian from DOS (code page 850): accented vowels end its words ------------------------------------


def test_an_italian_dos_note_whose_accents_end_words_is_read_in_its_dos_codepage():
    story = ("Notizie dal fronte", "Secondo Kiev i soldati nordcoreani sono più di 11.000 e la città è sotto attacco; «È una guerra», dice il portavoce.")
    result = _normalise(_article(story).encode("cp850"))
    text = _everything(result)
    assert story[1] in text, text
    assert result.encoding in ("cp850", "cp437") and "charset-detected" in result.repairs
    # Twin: English prose that glues Windows-1252's "…" and "—" to words stays Windows-1252.
    english = ("Field notes", "The convoy waited for hours… then moved on— nobody said why, and the soldiers were tired of it.")
    assert english[1] in _everything(_normalise(_article(english).encode("cp1252")))
