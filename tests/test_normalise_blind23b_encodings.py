"""Blind round 23b (decoding): encodings and damage not tried before, in articles written for this round.

Hungarian in Windows-1250 or ISO 8859-2 whose only "ő" is what tells it from Windows-1252; Russian and
Ukrainian UTF-8 whose lost second bytes must be told by a model of the language's letters, in sentences
the model was not counted from; Chinese and Japanese UTF-16 without a mark, whose few NULs lie on both
sides; files in two Unicode forms joined with ``cat``; and a UTF-8 file with a KOI8 or Windows-1253 one
joined to it, whose legacy lines are too many to be stray bytes.  Each input states what the article must
say and what is on record.
"""

from __future__ import annotations

import difflib

import pytest
from encoding_builders import normalise_file as _normalise, story_text as _article


HU = (
    "Észak-Korea újabb katonákat küldött Oroszországba",
    "A dél-koreai hírszerzés szerint körülbelül 3000 katona érkezett márciusban a kurszki területre.",
    "Az elemzők úgy vélik, hogy Phenjan cserébe légvédelmi technológiát kap.",
)
EN = (
    "North Korean gunners resume drills near Kursk",
    "South Korea’s Joint Chiefs of Staff said about 2,000 North Korean soldiers had resumed artillery training.",
    "The officials said the soldiers were learning to operate 170mm self-propelled guns from Russian instructors.",
)
# Written for this round: none of these sentences is among the text the letter model was counted from.
RU = (
    "Северокорейские артиллеристы осваивают новые системы",
    "Источники в украинской разведке утверждают, что в январе на полигоны Приморья прибыли ещё две тысячи военнослужащих КНДР, которые теперь готовятся к отправке в зону боевых действий.",
    "По данным наблюдателей, солдаты живут в палатках, получают российское снаряжение и занимаются с инструкторами по пять дней в неделю.",
    "Эксперты считают, что Пхеньян рассчитывает получить взамен спутниковые технологии, однако подтверждений этому пока нет.",
)
UK = (
    "Скільки північнокорейських солдатів залишилося під Курськом",
    "За даними сил оборони, у січні ворог втратив близько трьох тисяч військових, серед яких були й бійці з КНДР, що пройшли підготовку на російських полігонах.",
    "Аналітики зазначають, що сторони старанно приховують справжні втрати, тому оцінки суттєво різняться.",
)
EL = (
    "Βορειοκορεάτες στρατιώτες έφτασαν στο Κουρσκ",
    "Η υπηρεσία πληροφοριών της Νότιας Κορέας ανέφερε ότι περίπου 11.000 στρατιώτες έφτασαν στην περιοχή.",
    "Οι αναλυτές εκτιμούν ότι η Πιονγιάνγκ λαμβάνει σε αντάλλαγμα τεχνολογία αεράμυνας.",
)
ZH = (
    "朝鲜士兵抵达库尔斯克前线",
    "韩国情报机构周二表示，约有一万一千名朝鲜士兵已抵达俄罗斯库尔斯克地区。",
    "分析人士认为，平壤以此换取防空技术和粮食。",
)
JA = (
    "北朝鮮兵、クルスクで砲撃訓練を再開",
    "韓国軍合同参謀本部によると、ロシアに派遣された北朝鮮兵のうち約二千人が砲兵訓練を再開した。",
)


def _everything(result) -> str:
    return "\n".join([*(article.title for article in result.articles), *(p.text for article in result.articles for p in article.passages)])


def _assert_reads(result, story: tuple[str, ...]) -> None:
    text = _everything(result)
    for paragraph in story:
        assert paragraph in text, (paragraph, text)


# --- Hungarian with a single "ő" --------------------------------------------------------------------------


@pytest.mark.parametrize("codepage", ["cp1250", "iso8859_2"])
def test_hungarian_whose_one_o_double_acute_is_all_that_tells_its_codepage_is_read_in_it(codepage):
    data = _article(HU).encode(codepage)
    assert data.count("ő".encode(codepage)) == 1 and "ű" not in _article(HU)
    result = _normalise(data)
    _assert_reads(result, HU)
    assert "õ" not in _everything(result)
    assert result.encoding in ("cp1250", "iso8859_2"), result.encoding
    # Spanish with a Portuguese name: "õ" is a misfit there too, but no other codepage reads the text as one language.
    lines = ("Llegan más soldados a Rusia", "Según João Camões, analista en Lisboa, el envío se aceleró en otoño y la información llegó después.")
    result = _normalise(_article(lines).encode("cp1252"))
    _assert_reads(result, lines)
    assert result.encoding == "cp1252"
    # ... nor does a short one: eight accented letters at least before a single misfit tells anything
    short = ("Llega más ayuda a Rusia", "João Camões dijo que sí, según él, y que los soldados llegaron en otoño.")
    result = _normalise(_article(short).encode("cp1252"))
    _assert_reads(result, short)


# --- Cyrillic letters lost to a Windows-1252 reading, told by the letter model ---------------------------


def _lost_letters(story: tuple[str, ...]) -> int:
    return sum(1 for ch in "\n".join(story) if len(code := ch.encode()) == 2 and code[1] in (0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _differences(story: tuple[str, ...], text: str) -> list[tuple[str, str]]:
    want = "\n".join(story)
    return [(want[i1:i2], text[j1:j2]) for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, want, text, autojunk=False).get_opcodes() if tag != "equal"]


@pytest.mark.parametrize("story", [RU, UK], ids=["russian", "ukrainian"])
def test_cyrillic_letters_lost_to_windows_1252_are_told_by_a_letter_model_or_left_one_hole(story):
    data = _article(story).encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    result = _normalise(data)
    differences = _differences(story, _everything(result))
    # no letter made up ("готовятся" read "готовстся", "яких" read "ских") and no lead byte's "Ñ" left beside a hole
    assert all(set(got) == {"\ufffd"} and len(got) == len(want) for want, got in differences), differences
    holes = sum(len(got) for _, got in differences)
    assert holes <= 0.15 * _lost_letters(story), differences
    assert "Ñ" not in _everything(result) and "Ð" not in _everything(result)


# --- UTF-16 Chinese and Japanese without a mark ------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("story", [ZH, JA], ids=["chinese", "japanese"])
def test_utf16_chinese_or_japanese_without_a_mark_whose_few_nuls_lie_on_both_sides_is_read(story, encoding):
    data = _article(story).encode(encoding)
    even, odd = data[0::2].count(0), data[1::2].count(0)
    assert even and odd or encoding == "utf-16-le"  # ("一" U+4E00 puts a NUL on the other side from the line breaks)
    result = _normalise(data)
    _assert_reads(result, story)
    assert result.encoding == encoding


# --- files in two Unicode forms joined as one ----------------------------------------------------------------


def _with_mark(story: tuple[str, ...], encoding: str) -> bytes:
    """The article with its byte-order mark ("utf-16" and "utf-8-sig" write one, the byte-order names do not)."""
    return "\ufeff".encode(encoding) * encoding.startswith("utf-16-") + _article(story).encode(encoding)


@pytest.mark.parametrize(
    ("first", "first_encoding", "second", "second_encoding"),
    [(EN, "utf-16", RU, "utf-8-sig"), (EN, "utf-8", RU, "utf-16"), (RU, "utf-8-sig", ZH, "utf-16-be"), (ZH, "utf-16-be", EN, "utf-16-le")],
    ids=["utf16-then-utf8", "utf8-then-utf16", "utf8-then-utf16be", "utf16be-then-utf16le"],
)
def test_files_in_two_unicode_forms_joined_by_cat_are_each_read_in_their_own(first, first_encoding, second, second_encoding):
    result = _normalise(_with_mark(first, first_encoding) + _with_mark(second, second_encoding))
    _assert_reads(result, first + second)
    assert "joined-files x2" in result.repairs, result.repairs
    assert "\ufffd" not in _everything(result)


# --- a UTF-8 file and a legacy one joined ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "codepage"),
    [(RU, UK, "koi8_u"), (RU, EL, "cp1253"), (RU, RU, "koi8_r"), (RU, RU, "cp1251")],
    ids=["koi8-u", "cp1253", "koi8-r", "cp1251"],
)
def test_a_legacy_file_joined_to_a_utf8_one_is_read_in_its_codepage_not_as_stray_bytes(first, second, codepage):
    data = _article(first).encode("utf-8") + b"\n" + _article(second).encode(codepage)
    result = _normalise(data)
    _assert_reads(result, first + second)
    assert f"lines-in-{codepage} x{len(second)}" in result.repairs, result.repairs
    assert not any(r.startswith("stray-bytes") for r in result.repairs), result.repairs
    # ... while a UTF-8 file with a few Windows-1252 strays keeps reading them as strays
    strays = _article(EN).encode("utf-8").replace(b"artillery", b"\x93artillery\x94")
    result = _normalise(strays)
    assert "“artillery”" in _everything(result)
    assert not any(r.startswith("lines-in-") for r in result.repairs), result.repairs


# --- Cyrillic mojibake read as Windows-1252 a second time, by a lenient decoder -----------------------------


def _read_twice_as_windows_1252(story: tuple[str, ...], first: str, lost: str) -> bytes:
    """UTF-8 read as Windows-1252 (by a browser, the bytes it lacks kept as C1 characters, or by a tool that
    made them U+FFFD), saved as UTF-8, then read as Windows-1252 again by a tool that put ``lost`` for them."""
    data = _article(story).encode()
    if first == "browser":
        once = "".join(chr(byte) if byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([byte]).decode("cp1252") for byte in data)
    else:
        once = data.decode("cp1252", errors="replace")
    return once.encode().decode("cp1252", errors="replace").replace("\ufffd", lost).encode()


@pytest.mark.parametrize("lost", ["\ufffd", "?"], ids=["replacement", "question-mark"])
@pytest.mark.parametrize("first", ["browser", "replacement"])
@pytest.mark.parametrize("story", [RU, EL], ids=["russian", "greek"])
def test_mojibake_read_twice_whose_lead_bytes_the_second_reading_lost_is_repaired(story, first, lost):
    data = _read_twice_as_windows_1252(story, first, lost)
    assert "Ã" + lost in data.decode()  # ("П" is "Ð" + 0x9F: "Ð" lost its second byte, 0x90; Greek "Ï" 0x8F)
    result = _normalise(data)
    text = _everything(result)
    assert not any(ch in text for ch in "ÃÐÑÎÏ"), text
    differences = _differences(story, text)
    assert all(set(got) == {"\ufffd"} and len(got) == len(want) for want, got in differences), differences
    assert len(differences) <= 0.15 * _lost_letters(story), differences
    assert any(r.startswith("double-mojibake-lost-bytes") for r in result.repairs), result.repairs
    # ... while Portuguese capitals before a question mark are text
    lines = ("PERGUNTAS SEM RESPOSTA", "ESTÃ? NÃO ESTÃ? Ninguém respondeu às perguntas sobre as tropas, disse a agência em Lisboa.")
    result = _normalise(_article(lines).encode())
    _assert_reads(result, lines)
    assert not any(r.startswith("double-mojibake") for r in result.repairs)
