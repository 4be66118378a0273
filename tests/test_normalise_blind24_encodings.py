"""Blind round 24 (decoding): damage and encodings not tried before, in articles written for this round.

Spanish and French UTF-8 whose capitals "Á Í Ï" lost their second byte to one or two Windows-1252 readings
("Ã?"); Shift_JIS and Big5 files that lost a first byte after a figure, before a line's end or before a
Latin word; a line of Chinese or Japanese in UTF-16 with no mark and no NUL; Java's modified UTF-8; a short
note with stray NULs; UTF-7 that shifts an accented letter and ends its runs without "-"; a DOS text framed
in box drawing.  Each input states what the article must say and what is on record.
"""

from __future__ import annotations

import pytest
from test_normalise_blind23b_encodings import _article, _assert_reads, _everything, _normalise

from store.errors import SourceError

ES = (
    "Kursk: Pyongyang envía más soldados",
    "El Ministerio de Defensa de Ucrania afirmó el martes que unos 11.000 soldados norcoreanos están en la región rusa de Kursk.",
    "Álvaro Peña, analista del Real Instituto Elcano, dijo que el índice de bajas publicado por Kiev es creíble.",
    "ÍNDICE DE BAJAS: según Peña, la cifra podría aumentar durante el invierno.",
)
FR = (
    "Koursk : une alliance jugée naïve",
    "Le ministère ukrainien de la Défense a affirmé mardi qu'environ 11 000 soldats nord-coréens étaient arrivés dans la région de Koursk.",
    "Pour les chercheurs, croire à une trêve serait naïf : la coopération entre Moscou et Pyongyang se renforce, même à Haïti.",
    "UNE CONFIANCE NAÏVE, écrit un éditorialiste, qui juge la réaction européenne tardive.",
)
EN = (
    "Pyongyang’s gunners reach the Kursk front",
    "South Korea’s spy agency said about 11,000 North Korean soldiers had arrived — café owners in Kursk confirmed seeing them.",
    "Analysts said the deployment was a “strategic gamble” for Kim Jong Un, and Moscow did not comment on the reports.",
)
JA = (
    "北朝鮮兵、クルスク州で砲撃訓練",
    "韓国国防省によると、ロシアに派遣された北朝鮮兵のうち約3000人が前線に移動した。",
    "同省は、兵士らが240ミリ多連装ロケット砲の運用を学んでいると分析している。",
)
ZHT = (
    "北韓部隊進入庫爾斯克前線",
    "南韓國防部週三表示，約有三千名北韓士兵已經移動到前線。",
    "分析人士指出，平壤希望換取衛星與防空技術。",
)




def _count(repairs: list[str], prefix: str) -> int:
    return sum(int(repair.rsplit("x", 1)[1]) for repair in repairs if repair.startswith(prefix))


# --- Latin capitals whose second byte a Windows-1252 reading lost ----------------------------------------


def _read_once(text: str, lost: str) -> bytes:
    return text.encode().decode("cp1252", errors="replace").replace("\ufffd", lost).encode()


def _read_twice(text: str, lost: str) -> bytes:
    """Read by a browser (the bytes Windows-1252 lacks kept as C1 characters), saved, then read by a tool that lost them."""
    once = "".join(chr(byte) if byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([byte]).decode("cp1252") for byte in text.encode())
    return once.encode().decode("cp1252", errors="replace").replace("\ufffd", lost).encode()


@pytest.mark.parametrize("lost", ["\ufffd", "?"], ids=["replacement", "question-mark"])
@pytest.mark.parametrize("read", [_read_once, _read_twice], ids=["once", "twice"])
def test_a_spanish_capital_whose_byte_was_lost_is_told_by_its_small_spelling_else_left_one_hole(read, lost):
    result = _normalise(read(_article(ES), lost))
    text = _everything(result)
    assert "Ã" not in text and "Â" not in text and "Ƕ" not in text, text
    # "ÍNDICE" is told by "índice" in the text; "Álvaro" could be "Ílvaro" for all the text says: one hole, on record.
    assert "ÍNDICE DE BAJAS" in text, text
    assert "\ufffdlvaro Peña, analista del Real Instituto Elcano" in text, text
    _assert_reads(result, (ES[0], ES[1], ES[3]))
    assert _count(result.repairs, "mojibake:lossy-latin-letters") == 1, result.repairs
    assert _count(result.repairs, "lost-latin-letters") == 1, result.repairs
    # ... while a Portuguese question after a capital "Ã" is text, not a hole
    lines = ("PERGUNTAS SEM RESPOSTA", "ESTÃ? Ninguém respondeu às perguntas sobre a operação, disse a agência em Lisboa, após a reunião.")
    result = _normalise(_article(lines).encode())
    _assert_reads(result, lines)
    assert not any("latin-letters" in repair for repair in result.repairs), result.repairs


@pytest.mark.parametrize("lost", ["\ufffd", "?"], ids=["replacement", "question-mark"])
def test_a_french_capital_i_diaeresis_is_told_by_the_language(lost):
    result = _normalise(_read_once(_article(FR), lost))
    _assert_reads(result, FR)
    assert _count(result.repairs, "mojibake:lossy-latin-letters") == 1, result.repairs


# --- Shift_JIS and Big5 files that lost a first byte -----------------------------------------------------


def test_a_shift_jis_counter_that_lost_its_first_byte_after_a_figure_is_one_hole_on_record():
    data = _article(JA).encode("shift_jis")
    at = data.index(b"3000") + 4  # ("人" is 90 6C: without 90 it reads "3000l")
    result = _normalise(data[:at] + data[at + 1 :])
    assert result.encoding == "shift_jis", result.encoding
    assert "約3000\ufffdが前線に移動した" in _everything(result)
    assert "lost-bytes-skipped x1" in result.repairs, result.repairs
    _assert_reads(result, (JA[0], JA[2]))


def test_a_shift_jis_character_read_as_one_half_width_katakana_is_a_hole_not_a_widened_letter():
    data = _article(JA).encode("shift_jis")
    at = data.index("兵".encode("shift_jis"))  # ("兵" is 95 BA: without 95, "ｺ" alone among kanji)
    result = _normalise(data[:at] + data[at + 1 :])
    text = _everything(result)
    assert "北朝鮮\ufffd、クルスク州" in text and "コ" not in text, text
    assert "lost-bytes-skipped x1" in result.repairs, result.repairs
    # ... while a run of half-width katakana is text, widened as ever
    result = _normalise(_article(JA).replace("前線", "ﾆｭｰｽ").encode("shift_jis"))
    assert "ニュース" in _everything(result)
    assert not any(repair.startswith("lost-bytes") for repair in result.repairs), result.repairs


def test_a_big5_full_stop_that_lost_its_first_byte_before_a_line_end_or_a_latin_word_is_on_record():
    data = _article(ZHT).encode("big5")
    at = data.index("。".encode("big5"))  # ("。" is A1 43: without A1 it reads "C")
    result = _normalise(data[:at] + data[at + 1 :])
    assert result.encoding == "big5"
    assert "已經移動到前線\ufffd" in _everything(result)
    assert "lost-bytes-skipped x1" in result.repairs, result.repairs
    story = (ZHT[0], ZHT[1].replace("三千名", "三千名（NIS 估計）") + "NIS" + ZHT[2])
    data = _article(story).encode("big5")
    at = data.index("。NIS".encode("big5"))
    result = _normalise(data[:at] + data[at + 1 :])
    assert "前線\ufffdNIS分析人士" in _everything(result), _everything(result)
    assert "lost-bytes-skipped x1" in result.repairs, result.repairs


# --- UTF-16 without a mark or a NUL; Java's modified UTF-8; stray NULs in a short note ----------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("line", [ZHT[1] + ZHT[2], JA[1].replace("3000", "三千")], ids=["chinese", "japanese"])
def test_one_line_of_cjk_in_utf16_without_a_mark_or_a_nul_is_read(line, encoding):
    data = line.encode(encoding)
    assert b"\x00" not in data
    result = _normalise(data)
    assert result.encoding == encoding
    assert line in _everything(result)


def test_java_modified_utf8_nuls_are_dropped_and_on_record():
    def modified(text: str) -> bytes:
        out = b""
        for ch in text:
            if ord(ch) > 0xFFFF:
                units = ch.encode("utf-16-be")
                out += b"".join(chr(int.from_bytes(units[i : i + 2], "big")).encode("utf-8", "surrogatepass") for i in (0, 2))
            else:
                out += b"\xc0\x80" if ch == "\x00" else ch.encode()
        return out

    story = (EN[0], EN[1], "\x00" + EN[2])
    result = _normalise(modified(_article(story)))
    _assert_reads(result, EN)
    assert "À€" not in _everything(result) and "modified-utf-8-nuls-dropped x1" in result.repairs, result.repairs
    story = (EN[0] + " 🪖", EN[1], EN[2] + "\x00")
    result = _normalise(modified(_article(story)))
    _assert_reads(result, story[:2] + EN[2:])
    assert "surrogate-pairs-joined" in result.repairs, result.repairs


def test_a_short_note_with_stray_nuls_is_text_not_binary():
    note = "Kursk update\n\nAbout 11,000 North Korean\x00 soldiers are in Kursk, Seoul's spy agency said on Tuesday.\x00\n"
    assert len(note) < 256
    result = _normalise(note.encode())
    assert "About 11,000 North Korean soldiers are in Kursk" in _everything(result)
    assert any(repair.startswith("controls-stripped") for repair in result.repairs), result.repairs
    # ... while a short file of NULs and other control bytes, without prose, is still binary
    with pytest.raises(SourceError, match="binary"):
        _normalise(b"\x00\x01\x00\x02Kursk\x00\x03\x00\x04 data\x00\x05" * 4)


# --- UTF-7 shifting an accented letter; a DOS text in a box-drawing frame -----------------------------------


def test_utf7_english_with_an_accented_letter_and_runs_ended_without_a_dash_is_read():
    data = _article(EN).encode("utf-7")
    assert b"+AOk " in data  # ("café " : the run ends at the space)
    result = _normalise(data)
    _assert_reads(result, EN)
    assert result.encoding == "utf-7"


@pytest.mark.parametrize("codepage", ["cp437", "cp850"])
def test_a_dos_text_framed_in_box_drawing_is_read_in_its_codepage(codepage):
    story = ("Kursk bulletin", "About 11,000 soldiers arrived, officials said; café owners confirmed it.", "Moscow did not comment.")
    frame = "┌────────────────┐\n│ DAILY BULLETIN │\n└────────────────┘\n"
    result = _normalise((frame + _article(story)).encode(codepage))
    _assert_reads(result, story)
    assert result.encoding in ("cp437", "cp850"), result.encoding
    assert "│ DAILY BULLETIN │" in _everything(result) or "DAILY BULLETIN" in _everything(result)
    # ... and Russian DOS text in the same frame stays Russian DOS
    russian = ("Сводка из Курска", "По данным разведки, около 11 000 солдат прибыли в регион.", "Аналитики считают, что Пхеньян получит технологии.")
    result = _normalise((frame.replace("DAILY BULLETIN", "ЕЖЕДНЕВНАЯ СВОДКА"[:14]) + _article(russian)).encode("cp866"))
    _assert_reads(result, russian)


# --- EBCDIC pages other than the US one ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codepage", "story"),
    [
        ("cp500", ("Kursk update [revised]", "About 11,000 soldiers arrived! Officials said [citing intelligence] the figure rose quickly.", "Moscow did not comment.")),
        ("cp273", ("Nordkoreanische Truppen in Kursk", "Rund 11.000 Soldaten sind nach Angaben des südkoreanischen Geheimdienstes eingetroffen. Präsident Selenskyj äußerte sich besorgt über die Größe der Truppe.", "Moskau wollte die Berichte nicht kommentieren.")),
        ("cp1140", ("Kursk costs", "The deployment cost €20 million, officials said, and Moscow paid €5 million more.", "Moscow did not comment on the reports.")),
    ],
    ids=["international", "german", "us-euro"],
)
def test_an_ebcdic_file_is_read_in_the_page_whose_signs_and_letters_fit(codepage, story):
    result = _normalise(_article(story).encode(codepage))
    _assert_reads(result, story)
    assert result.encoding == codepage, result.encoding


# --- codepages detection takes for Russian ones ----------------------------------------------------------------

KK = (
    "Солтүстік кореялық әскерлер Курскіде",
    "Оңтүстік Корея барлауының мәліметінше, аймаққа он бір мыңға жуық сарбаз келген.",
    "Сарапшылар Пхеньян бұған жауап ретінде әуе қорғанысы технологиясын алады деп санайды.",
)
HE = (
    "חיילים צפון קוריאנים בקורסק",
    "לפי המודיעין הדרום קוריאני, כ-11,000 חיילים הגיעו לאזור בחודשים האחרונים.",
    "אנליסטים אומרים שפיונגיאנג תקבל טכנולוגיה צבאית בתמורה.",
)


@pytest.mark.parametrize("codepage", ["kz1048", "ptcp154"])
def test_kazakh_in_its_windows_codepages_is_not_read_as_windows_1251(codepage):
    result = _normalise(_article(KK).encode(codepage))
    _assert_reads(result, KK)
    assert result.encoding == codepage, result.encoding
    # ... while Ukrainian naming a Serbian town and a Belarusian word stays Windows-1251
    uk = ("Сербія мовчить", "За даними розвідки, їхня кількість зросла; у Србији, кажуть, ѕвонили, а в Мінську ўсё спакойна, пишуть їхні колеги.")
    result = _normalise(_article(uk).encode("cp1251"))
    _assert_reads(result, uk)


AR = (
    "جنود كوريون شماليون في كورسك",
    "قالت المخابرات الكورية الجنوبية إن نحو 11 ألف جندي وصلوا إلى المنطقة خلال الأشهر الماضية.",
    "ويقول محللون إن بيونغ يانغ ستحصل على تكنولوجيا عسكرية في المقابل.",
)


@pytest.mark.parametrize(("story", "codepage"), [(HE, "cp862"), (AR, "cp720")], ids=["hebrew", "arabic"])
def test_hebrew_and_arabic_from_dos_are_read_in_their_code_pages_not_as_russian(story, codepage):
    result = _normalise(_article(story).encode(codepage))
    _assert_reads(result, story)
    assert result.encoding == codepage, result.encoding


# --- a teletype's overstrikes -----------------------------------------------------------------------------------


def test_bold_and_underline_made_by_backspacing_are_read_as_the_letters_a_reader_saw():
    def bold(text: str) -> str:
        return "".join(ch + "\b" + ch if not ch.isspace() else ch for ch in text)

    def underlined(text: str) -> str:
        return "".join("_\b" + ch if not ch.isspace() else ch for ch in text)

    story = (EN[0], EN[1].replace("11,000", bold("11,000")), EN[2].replace("strategic gamble", underlined("strategic gamble")))
    result = _normalise((bold(story[0]) + "\n\n" + "\n\n".join(story[1:]) + "\n").encode())
    _assert_reads(result, EN)
    assert _count(result.repairs, "overstrikes-collapsed") == len(EN[0].replace(" ", "")) + 6 + len("strategicgamble"), result.repairs


# --- half a surrogate pair ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("story", [EN, JA], ids=["english", "japanese"])
def test_an_encoded_surrogate_without_its_partner_is_one_hole_on_record_and_the_rest_is_utf8(story):
    # (a program cut "🇰🇷" between the halves of its first character, then wrote the half it kept)
    cut = story[1][:20] + "\ud83c" + story[1][20:]
    result = _normalise(_article((story[0], cut, *story[2:])).encode("utf-8", errors="surrogatepass"))
    _assert_reads(result, (story[0], *story[2:]))
    assert story[1][:20] + "\ufffd" + story[1][20:] in _everything(result), _everything(result)
    assert "lone-surrogates x1" in result.repairs, result.repairs
    assert result.encoding == "utf-8"
