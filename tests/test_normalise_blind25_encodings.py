"""Blind round 25 (decoding): damage and encodings not tried before, in articles written for this round.

UTF-8 with overlong forms (a character spelt in more bytes than it takes, which no decoder may accept);
Chinese and Korean legacy files that lost a byte just before an ASCII capital between two characters
("A股"), and a short Shift_JIS note that lost the second byte of a full stop; Korean in CP949 whose few
syllables past EUC-KR made detection call it Chinese; a Russian title seen through Windows-1252 above an
English body that writes "café".  Each input states what the article must say and what is on record.
"""

from __future__ import annotations

import pytest
from test_normalise_blind23b_encodings import _article, _assert_reads, _everything, _normalise

EN = (
    "Pyongyang sends more gunners to the Kursk front",
    "South Korea's spy agency said on Tuesday that about 11,000 North Korean soldiers had arrived in the region.",
    "Analysts said the deployment was a gamble for Kim Jong Un, and Moscow did not comment on the reports.",
)
ZH = (
    "朝鲜士兵进入库尔斯克前线",
    "韩国国防部周三表示，约有三千名朝鲜士兵已经移动到前线，中国A股市场周三下跌。",
    "分析人士指出，平壤希望换取卫星与防空技术。",
)
ZHT = (
    "北韓部隊進入庫爾斯克前線",
    "南韓國防部週三表示，約有三千名北韓士兵已經移動到前線，中國A股市場週三下跌。",
    "分析人士指出，平壤希望換取衛星與防空技術。",
)
KO = (
    "북한군 쿠르스크 전선에 배치",
    "국방부는 수요일 북한군 약 3000명이 전선으로 이동했다고 밝혔다. 중국A주 시장은 하락했다.",
    "분석가들은 평양이 위성 기술을 원한다고 말했다.",
)
JA = (
    "北朝鮮兵、クルスク州で砲撃訓練",
    "韓国国防省によると、ロシアに派遣された北朝鮮兵のうち約3000人が前線に移動した。中国A株市場は下落した。",
    "同省は、兵士らが240ミリ多連装ロケット砲の運用を学んでいると分析している。",
)


def _count(repairs: list[str], prefix: str) -> int:
    return sum(int(repair.rsplit("x", 1)[1]) for repair in repairs if repair.startswith(prefix))


# --- UTF-8 overlong forms ---------------------------------------------------------------------------------


@pytest.mark.parametrize("overlong", [b"\xc0\xae", b"\xc1\x81", b"\xe0\x80\xae", b"\xf0\x80\x80\xae"], ids=["c0", "c1", "e0", "f0"])
@pytest.mark.parametrize("accented", [True, False], ids=["with-utf8-accents", "ascii-otherwise"])
def test_an_overlong_utf8_form_is_invalid_on_record_and_never_read_as_latin_letters(overlong, accented):
    second = EN[1].replace("Kim", "the café owner Kim") if accented else EN[1]
    path = "The leaked file sat under /srv/" .encode() + overlong + overlong + b"/reports, the agency said."
    data = _article((EN[0], second, EN[2])).encode() + b"\n" + path + b"\n"
    result = _normalise(data)
    text = _everything(result)
    for junk in ("À", "Á", "Ã", "®", "\u092e", "\u0900"):
        assert junk not in text, (junk, text)
    # each form is one hole where it stood: not the "." it spells, not the Latin letters Windows-1252 makes of it
    assert "The leaked file sat under /srv/\ufffd\ufffd/reports, the agency said." in text, text
    _assert_reads(result, (EN[0], second, EN[2]))
    assert _count(result.repairs, "invalid-utf-8-overlong-forms") == 2, result.repairs
    assert not any(repair.startswith(("mojibake", "charset")) for repair in result.repairs), result.repairs


# --- a lead byte that swallowed the ASCII capital after it ----------------------------------------------


@pytest.mark.parametrize(
    ("story", "codepage", "word", "back"),
    [(ZH, "gbk", "A股", 1), (ZH, "gbk", "A股", 2), (KO, "cp949", "A주", 1), (KO, "cp949", "A주", 2), (ZHT, "big5", "A股", 2)],
    ids=["gbk-second-byte", "gbk-first-byte", "cp949-second-byte", "cp949-first-byte", "big5-first-byte"],
)
def test_a_character_that_lost_a_byte_before_an_ascii_capital_between_ideographs_keeps_the_capital_and_is_on_record(story, codepage, word, back):
    data = _article(story).encode(codepage)
    at = data.index(word.encode(codepage))
    damaged = data[: at - back] + data[at - back + 1 :]  # a byte of the character before the capital lost
    result = _normalise(damaged)
    text = _everything(result)
    before = story[1][: story[1].index(word) - 1]
    assert before + "\ufffd" + word in text, text
    _assert_reads(result, (story[0], story[2]))
    assert _count(result.repairs, "lost-bytes-skipped") == 1, result.repairs
    # ... while the undamaged file reads whole, with nothing on record
    whole = _normalise(data)
    _assert_reads(whole, story)
    assert not any(repair.startswith("lost-bytes") for repair in whole.repairs), whole.repairs


def test_a_short_shift_jis_note_that_lost_a_full_stops_second_byte_reads_in_shift_jis_with_the_loss_on_record():
    data = _article(JA).encode("shift_jis")
    stop = data.index("。中国".encode("shift_jis"))
    damaged = data[: stop + 1] + data[stop + 2 :]  # "。" is 81 42: its "B" lost, the 81 reads with what follows
    result = _normalise(damaged)
    text = _everything(result)
    assert "Ã" not in text and "‚" not in text, text
    _assert_reads(result, (JA[0], JA[2], JA[1][: JA[1].index("。")]))
    assert "市場は下落した。" in text, text
    assert _count(result.repairs, "lost-bytes-skipped") >= 1, result.repairs
    # ... while a kanji of JIS level 2 whose second byte is a capital ("澤" is E0 56, "V") is a name, not a loss
    names = (JA[0], JA[1].replace("中国A株市場", "小澤一郎氏の言う中国A株市場"), "經濟と戰略の話も出た。" + JA[2])
    whole = _normalise(_article(names).encode("shift_jis"))
    _assert_reads(whole, names)
    assert not any(repair.startswith("lost-bytes") for repair in whole.repairs), whole.repairs


# --- Korean in CP949 past EUC-KR --------------------------------------------------------------------------


def test_korean_whose_few_syllables_past_euc_kr_fail_it_is_read_in_cp949_not_as_chinese():
    story = (KO[0], KO[1] + " 똠방각하 같은 옛말과 뷁 같은 신조어도 나왔다.", KO[2])
    data = _article(story).encode("cp949")
    with pytest.raises(UnicodeDecodeError):
        data.decode("euc_kr")
    result = _normalise(data)
    _assert_reads(result, story)
    # ... while Chinese in GBK, which reads in CP949 too, stays Chinese
    chinese = _normalise(_article(ZH).encode("gbk"))
    _assert_reads(chinese, ZH)


# --- a Russian title seen through Windows-1252 above an English body ----------------------------------------


def test_a_russian_title_seen_through_windows_1252_is_read_alone_and_the_western_body_keeps_its_accents():
    title = "Северокорейские войска в Курске"
    seen = title.encode("cp1251").decode("cp1252", errors="replace")
    body = (EN[1], "Analysts at a café in Seoul said the figure was plausible, and the naïve hopes of a truce had faded.")
    data = (seen + "\n\n" + "\n\n".join(body) + "\n").encode()
    result = _normalise(data)
    _assert_reads(result, (title, *body))
    assert "cafй" not in _everything(result) and "naпve" not in _everything(result), _everything(result)


# --- Russian in Windows-1251 read as Windows-1253 ------------------------------------------------------------

RU = (
    "Северокорейские войска в Курске",
    "Министерство обороны Украины заявило во вторник, что около 11 000 северокорейских солдат находятся в Курской области.",
    "Так считают аналитики: я думаю, что Пхеньян получит технологии. Тегеран тоже ждёт.",
    "Трамп заявил, что это плохо, а в январе Москва отправила КНДР зенитные ракеты.",
)


def test_russian_read_as_windows_1253_is_read_back_and_its_lost_bytes_told_where_only_one_letter_fits():
    seen = _article(RU).encode("cp1251").decode("cp1253", errors="replace")
    assert seen.count("\ufffd") >= 5
    result = _normalise(seen.encode())
    text = _everything(result)
    # "я" after a small letter or alone, "Т" opening a sentence or beside a capital: the only letters those bytes were
    _assert_reads(result, RU[:3])
    # a word's first letter mid-sentence could be "я" or "Т" ("январе"): one hole, on record
    assert "Трамп заявил, что это плохо, а в \ufffdнваре Москва отправила КНДР зенитные ракеты." in text, text
    assert _count(result.repairs, "lost-letters") == 1, result.repairs
    assert any(repair.startswith("cyrillic-mojibake:cp1251-read-as-cp1253") for repair in result.repairs), result.repairs
    # ... while genuine Greek, in UTF-8 or in Windows-1253, stays Greek
    greek = ("Βορειοκορεάτες στρατιώτες στο Κουρσκ", "Το υπουργείο Άμυνας της Ουκρανίας δήλωσε την Τρίτη ότι περίπου 11.000 βορειοκορεάτες στρατιώτες βρίσκονται στην περιοχή.")
    for data in (_article(greek).encode(), _article(greek).encode("cp1253")):
        _assert_reads(_normalise(data), greek)


# --- a Polish title seen through Windows-1252 above an English body ------------------------------------------


@pytest.mark.parametrize("codepage", ["cp1250", "iso8859_2"])
def test_a_polish_title_seen_through_windows_1252_is_read_alone_and_the_western_body_keeps_its_accents(codepage):
    title = "Północnokoreańscy żołnierze w Kursku: Łódź się zbroi"
    seen = title.encode(codepage).decode("cp1252", errors="replace")
    body = (EN[1], "Analysts at a café in Seoul said the figure was plausible, and the naïve hopes of a truce had faded.")
    result = _normalise((seen + "\n\n" + "\n\n".join(body) + "\n").encode())
    _assert_reads(result, (title, *body))
    assert any(repair.startswith("legacy-mojibake:") and repair.endswith("x1 lines") for repair in result.repairs), result.repairs


# --- NEL line ends in a single-byte file -------------------------------------------------------------------


def test_nel_bytes_in_a_windows_1252_file_are_line_ends_not_ellipses():
    story = (EN[0], EN[1].replace("agency", "agency’s café-side briefing"), EN[2])
    data = b"\x85\x85".join(line.encode("cp1252") for line in story) + b"\x85"
    assert b"\n" not in data and data.count(b"\x85") == 5
    result = _normalise(data)
    text = _everything(result)
    assert "…" not in text, text
    assert result.articles[0].title == EN[0], text
    _assert_reads(result, story)
    assert "nel-line-ends" in result.repairs, result.repairs
    # ... while a one-line note with ellipses in prose keeps them
    prose = "Seoul said 11,000… or more… had arrived; Kyiv said 12,000… Moscow said nothing at all about the figures."
    assert "11,000… or more…" in _everything(_normalise(prose.encode("cp1252")))


def test_utf8_russian_read_as_windows_1253_keeps_its_lost_letters_as_bare_holes_without_greek_leads():
    seen = _article(RU).encode().decode("cp1253", errors="replace")
    assert "Ρ\ufffd" in seen and "Π\ufffd" in seen
    result = _normalise(seen.encode())
    text = _everything(result)
    # the letters read back; where Windows-1253 lost the second byte (eight or more letters fit) one hole stays
    assert "Министерство обороны" in text or "\ufffdини\ufffdтер\ufffdтво обороны" in text, text
    assert "Π" not in text and "Ρ" not in text, text
    assert "обороны Украины за\ufffdвило во вторник" in text, text  # ("я" is D1 8F: one hole, not two)
    assert "отправила \ufffd\ufffdДР зенитные" in text, text  # ("К" and "Н": two holes)
    assert any(repair.startswith("replacement-characters-in-source") for repair in result.repairs), result.repairs


# --- an ISO-2022-JP paragraph pasted into a UTF-8 file -----------------------------------------------------


def test_an_iso_2022_jp_paragraph_in_a_utf8_file_is_read_as_japanese_not_stripped_to_letter_soup():
    english = (EN[0], EN[1].replace("agency", "agency (café-side briefing)"))
    data = _article(english).encode() + b"\n" + (JA[1] + "\n\n" + JA[2] + "\n").encode("iso2022_jp")
    assert b"\x1b$B" in data
    result = _normalise(data)
    text = _everything(result)
    _assert_reads(result, (*english, JA[1], JA[2]))
    assert "\x1b" not in text and "$B" not in text, text
    assert _count(result.repairs, "iso-2022-runs-decoded") >= 2, result.repairs


# --- a one-sentence EUC-JP note ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["韓国国防省によると、約3000人が前線に移動した。", "ロシアは北朝鮮からの砲弾を受け取っている。", "北朝鮮の兵士たちは冬を前に訓練を続けている。", "防衛省はこの報道についてコメントしなかった。"],
    ids=["as-cp949", "as-thai", "as-big5", "as-thai-too"],
)
def test_a_one_sentence_euc_jp_note_is_japanese_not_korean_thai_or_chinese(sentence):
    # Detection over one sentence takes EUC-JP for another double-byte codepage, or for Thai: its kana tell it
    # (EUC-JP's hiragana are where KS X 1001 has Hangul letters standing alone, which Korean prose seldom writes).
    result = _normalise((sentence + "\n").encode("euc_jp"))
    text = _everything(result)
    assert sentence in text, text
    # ... while Korean that writes a few bare letters ("ㅋㅋ") stays Korean
    korean = KO[1] + " ㅋㅋ"
    assert korean in _everything(_normalise((korean + "\n").encode("euc_kr")))
    for other, codepage in ((ZH[1], "gbk"), (ZHT[1], "big5"), ("กระทรวงกลาโหมยูเครนระบุว่าทหารเกาหลีเหนือราว 11,000 นายอยู่ในภูมิภาคเคิร์สก์", "cp874")):
        assert other in _everything(_normalise((other + "\n").encode(codepage))), codepage
