"""Blind round 21b (decoding): legacy codepages told by which language's alphabet their reading spells.

Lithuanian and Latvian files in Windows-1257, ISO 8859-13 and ISO 8859-4; Polish, Czech and Lithuanian
from old Macs (Mac Latin-2); Korean in Johab; Lithuanian UTF-8 seen through DOS code page 850 (which
the US page 437 also "repairs", into Esperanto letters); a CJK character whose two continuation bytes
were dropped from its mojibake; files of a legacy letter or two.  Each input states what the article
must say and what is on record.
"""

from __future__ import annotations

import pytest
from encoding_builders import (
    all_text as _text,
    assert_story_reads as _assert_reads,
    seen_through as _seen_through,
    story_text as _article,
)

from store.normalise import normalise_bytes
from store.normalise.reading import decode_bytes

LT = (
    "Šiaurės Korėja siunčia dar daugiau karių į Rusiją",
    "Pietų Korėjos žvalgybos duomenimis, kovo mėnesį į Kursko sritį atvyko apie 3 000 karių; nuostoliai dideli.",
    "Analitikai mano, kad Pchenjanas mainais gauna oro gynybos technologijų ir maisto.",
)
LV = (
    "Ziemeļkoreja sūta vēl vairāk karavīru uz Krieviju",
    "Dienvidkorejas izlūkdienesta ziņās teikts, ka martā Kurskas apgabalā ieradās aptuveni 3000 karavīru; zaudējumi ir lieli.",
    "Analītiķi uzskata, ka Phenjana pretī saņem pretgaisa aizsardzības tehnoloģijas un pārtiku.",
)
PL = (
    "Korea Północna wysłała kolejnych żołnierzy do Rosji",
    "Według wywiadu Korei Południowej około 3000 żołnierzy przybyło w marcu do obwodu kurskiego; źródła mówią o stratach.",
    "Analitycy uważają, że Pjongjang otrzymuje w zamian technologię obrony przeciwlotniczej i żywność.",
)
CZ = (
    "Severní Korea posílá do Ruska další vojáky",
    "Podle jihokorejské rozvědky dorazilo v březnu do Kurské oblasti přibližně 3 000 vojáků; ztráty jsou těžké.",
    "Analytici se domnívají, že Pchjongjang za to dostává protivzdušnou techniku a potraviny.",
)
KO = (
    "북한군, 쿠르스크서 포병 훈련 재개",
    "합동참모본부는 러시아에 파견된 북한군 가운데 약 2천 명이 최근 포병 훈련을 다시 시작했다고 밝혔다.",
    "군 당국은 이들이 170mm 자주포 운용법을 러시아군으로부터 배우고 있는 것으로 보고 있다.",
)
ZH = (
    "朝鲜士兵在库尔斯克恢复炮兵训练",
    "韩国联合参谋本部表示，派往俄罗斯的朝鲜士兵中约有2000人已恢复炮兵训练。",
    "该部门认为，这些士兵正在向俄军学习170毫米自行火炮的操作。",
)
JA = (
    "北朝鮮兵、クルスクで砲撃訓練を再開",
    "韓国軍合同参謀本部によると、ロシアに派遣された北朝鮮兵のうち約2000人が砲兵訓練を再開した。",
    "同本部は、兵士らが170ミリ自走砲の運用をロシア軍から学んでいるとみている。",
)
HU = (
    "Észak-Korea újabb katonákat küld Oroszországba",
    "A dél-koreai hírszerzés szerint márciusban mintegy 3000 katona érkezett a kurszki területre; a veszteségek nőttek.",
    "Az elemzők úgy vélik, hogy Phenjan cserébe légvédelmi technológiát és élelmiszert kap, ők így gondolják.",
)
TR = (
    "Kuzey Kore Rusya'ya daha fazla asker gönderdi",
    "Güney Kore istihbaratına göre yaklaşık 3.000 asker mart ayında Kursk bölgesine ulaştı; kayıplar çok ağır.",
    "Analistler, Pyongyang'ın karşılığında hava savunma teknolojisi ve gıda aldığını düşünüyor.",
)
# Western text whose Windows-1252 reading already fits its language, and an English one naming people
# from several: none of them is another codepage's.
FR = (
    "La Corée du Nord envoie d'autres soldats en Russie",
    "Selon les services sud-coréens, environ 3 000 soldats sont arrivés en mars dans la région de Koursk - « une nouvelle étape ».",
    "Les analystes estiment que Pyongyang reçoit en échange une technologie de défense aérienne et de la nourriture.",
)
EN_NAMES = (
    "Envoys meet in Pjöngjang talks",
    "Søren Løkke, José Núñez and Zoë Brontë said the talks in Séoul and São Paulo went well…then stalled.",
    "Jürgen Müller of the Institut für Sicherheit said Kim’s envoy left the café early; Ólafur Ragnarsson agreed.",
)


def _normalise(data: bytes):
    return normalise_bytes(data, "a.txt", suffix=".txt")


@pytest.mark.parametrize("story", [LT, LV], ids=["lt", "lv"])
@pytest.mark.parametrize("codepage", ["cp1257", "iso8859_13", "iso8859_4"])
def test_a_baltic_file_is_read_in_its_codepage_not_as_windows_1252(story, codepage):
    result = _normalise(_article(story).encode(codepage))
    _assert_reads(result, story)
    assert result.encoding in (codepage, "cp1257", "iso8859_13"), result.encoding  # (1257 and 8859-13 share those letters)
    assert "charset-detected" in result.repairs


def test_baltic_quotes_tell_iso_8859_13_from_windows_1257():
    story = (LT[0], LT[1] + " „Tai nauja fazė“, - sakė pareigūnas.", LT[2])
    result = _normalise(_article(story).encode("iso8859_13"))
    _assert_reads(result, story)
    assert result.encoding == "iso8859_13"


@pytest.mark.parametrize("story", [PL, CZ, LT], ids=["pl", "cz", "lt"])
def test_central_european_text_from_an_old_mac_is_read_in_mac_latin_2(story):
    result = _normalise(_article(story).encode("mac_latin2"))
    _assert_reads(result, story)
    assert result.encoding == "mac_latin2"


@pytest.mark.parametrize("story, codepage", [(PL, "cp852"), (CZ, "cp852"), (LT, "cp775"), (TR, "cp857"), (LT, "iso8859_10"), (HU, "cp1250"), (HU, "iso8859_2")])
def test_dos_nordic_and_hungarian_files_are_read_in_the_codepage_whose_letters_spell_their_language(story, codepage):
    """Hungarian "ő ű" are Windows-1252's "õ û": a reading only a little off, which a perfect fit replaces."""
    result = _normalise(_article(story).encode(codepage))
    _assert_reads(result, story)


@pytest.mark.parametrize("story, codepage", [(LT, "cp1257"), (LV, "cp1257"), (PL, "mac_latin2"), (HU, "cp1250"), (CZ, "cp852")])
def test_a_paragraph_pasted_from_a_legacy_file_reads_in_the_codepage_that_spells_the_files_language(story, codepage):
    """A UTF-8 article with its last paragraph pasted from an old page: the article's own letters name the
    language, and the paragraph is read in the codepage whose reading spells that language's letters."""
    data = (story[0] + "\n\n" + story[1] + "\n\n").encode() + (story[2] + "\n").encode(codepage)
    result = _normalise(data)
    _assert_reads(result, story)
    assert f"lines-in-{codepage} x1" in result.repairs, result.repairs


def test_western_text_whose_reading_fits_its_language_stays_windows_1252_and_old_mac_french_is_mac_roman():
    for story in (FR, EN_NAMES):
        result = _normalise(_article(story).encode("cp1252"))
        _assert_reads(result, story)
        assert result.encoding == "cp1252", (story[0], result.encoding)
    result = _normalise(_article(FR).encode("mac_roman"))
    _assert_reads(result, FR)
    assert result.encoding == "mac_roman", result.encoding


def test_korean_in_johab_is_read_as_korean():
    result = _normalise(_article(KO).encode("johab"))
    _assert_reads(result, KO)
    assert result.encoding == "johab"
    assert "charset-guess" not in result.repairs


def test_lithuanian_utf8_seen_through_dos_850_is_repaired_through_850_not_437():
    """"ž" is C5 BE: "┼¥" in code page 850, which page 437 also repairs, as C5 9D, Esperanto "ŝ"."""
    result = _normalise(_seen_through(_article(LT), "cp850").encode())
    _assert_reads(result, LT)
    assert "ŝ" not in _text(result)
    assert any("cp850" in repair for repair in result.repairs), result.repairs


def test_turkish_utf8_seen_through_dos_857_is_read_back_through_857_on_every_line():
    """"ş" is C5 9F: "┼ş" in code page 857, which the Central European DOS page 852 also reads back, as "ŭ"."""
    result = _normalise(_seen_through(_article(TR), "cp857").encode())
    _assert_reads(result, TR)
    assert "ŭ" not in _text(result) and "ĭ" not in _text(result)


@pytest.mark.parametrize("story, character", [(KO, "병"), (ZH, "炮"), (JA, "砲")], ids=["ko", "zh", "ja"])
def test_a_cjk_character_that_lost_both_continuation_bytes_is_one_hole_not_a_latin_letter(story, character):
    mojibake = _seen_through(_article(story), "cp1252")
    sequence = _seen_through(character, "cp1252")
    result = _normalise(mojibake.replace(sequence, sequence[0], 1).encode())
    title = result.articles[0].title
    assert title == story[0].replace(character, "\ufffd", 1), title
    assert "mojibake:lost-cjk x1" in result.repairs, result.repairs
    for paragraph in story[1:]:
        assert paragraph in _text(result)


@pytest.mark.parametrize("data, text", [(b"\xe9", "é"), (b"\xc4", "Ä"), (b"Caf\xe9", "Café"), (b"\xe9t\xe9", "été")])
def test_a_file_of_a_legacy_letter_or_two_is_read_as_windows_1252_on_a_guess(data, text):
    decoded = decode_bytes(data, "a.txt")
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert "cut-character-at-end" not in decoded.repairs
    # UTF-8 letters before the cut show the file is UTF-8: there the last byte is half a character.
    decoded = decode_bytes("Café à Séoul ".encode() + "—".encode()[:2], "a.txt")
    assert decoded.text == "Café à Séoul "
    assert "cut-character-at-end" in decoded.repairs
