"""Blind round 23 (decoding): whole article files in encodings and damage not tried before.

A Big5 or EUC-JP file that lost a byte, a Greek and a Russian article (or a Hebrew and an Arabic one) saved
as one file in their own codepages, a zeroed block inside a text, quoted-printable text short enough to
have no soft break, UTF-8 that went through a Windows-1252 round trip and lost the five bytes that codepage
lacks (dropped, or written as "?"), and Cyrillic, Greek, Hebrew and Arabic mojibake whose lost bytes are
U+FFFD or "?".  Each input states what the article must say and what is on record.
"""

from __future__ import annotations

import quopri
import random

import pytest
from encoding_builders import all_text as _text, normalise_file as _normalise, story_text as _article

from store.errors import SourceError

ZHT = (
    "北韓士兵抵達庫爾斯克前線",
    "南韓情報機構週二表示，約有一萬一千名北韓士兵已抵達俄羅斯庫爾斯克地區。",
    "分析人士認為，平壤以此換取防空技術和糧食。",
    "首爾國防部發言人拒絕透露這些士兵中有多少人已經傷亡。",
)
JA = (
    "北朝鮮兵、クルスクで砲撃訓練を再開",
    "韓国軍合同参謀本部によると、ロシアに派遣された北朝鮮兵のうち約2000人が砲兵訓練を再開した。",
    "同本部は、兵士らが170ミリ自走砲の運用をロシア軍から学んでいるとみている。",
)
EL = (
    "Βορειοκορεάτες στρατιώτες έφτασαν στο Κουρσκ",
    "Η υπηρεσία πληροφοριών της Νότιας Κορέας ανέφερε την Τρίτη ότι περίπου 11.000 Βορειοκορεάτες στρατιώτες έφτασαν στην περιοχή του Κουρσκ της Ρωσίας.",
    "Οι αναλυτές εκτιμούν ότι η Πιονγιάνγκ λαμβάνει σε αντάλλαγμα τεχνολογία αεράμυνας και τρόφιμα, ενώ οι απώλειες αυξάνονται.",
)
RU = (
    "Пхеньян отправил под Курск новую группу военных",
    "Как сообщил представитель Генштаба Украины, в Курскую область прибыли ещё около 1500 северокорейских солдат.",
    "По его словам, военнослужащие КНДР проходят обучение на полигонах под Хабаровском и носят российскую форму.",
)
UK = (
    "Північнокорейські війська прибули на Курщину",
    "Розвідка Південної Кореї повідомила у вівторок, що близько 11 000 північнокорейських військових прибули до Курської області; їхні втрати зростають.",
    "Речник міністерства оборони в Сеулі відмовився сказати, скільки військових було поранено або вбито.",
)
HE = (
    "חיילים צפון קוריאנים הגיעו לקורסק",
    "שירות הביון של דרום קוריאה מסר ביום שלישי כי כ-11,000 חיילים צפון קוריאנים הגיעו למחוז קורסק שברוסיה.",
    "אנליסטים סבורים כי פיונגיאנג מקבלת בתמורה טכנולוגיה להגנה אווירית ומזון, והאבדות גדלות.",
)
AR = (
    "جنود كوريون شماليون يصلون إلى كورسك",
    "قال جهاز الاستخبارات في كوريا الجنوبية يوم الثلاثاء إن نحو 11 ألف جندي كوري شمالي وصلوا إلى منطقة كورسك الروسية.",
    "ويرى محللون أن بيونغ يانغ تحصل في المقابل على تكنولوجيا الدفاع الجوي والغذاء، فيما تتزايد الخسائر.",
)
EN = (
    "North Korean gunners resume drills near Kursk",
    "South Korea’s Joint Chiefs of Staff said about 2,000 North Korean soldiers had resumed artillery training — officials called it “a new phase”.",
    "The officials said the soldiers were learning to operate 170mm self-propelled guns from Russian instructors.",
)
FR = (
    "La Corée du Nord envoie d'autres soldats en Russie",
    "Selon les services sud-coréens, environ 3 000 soldats sont arrivés en mars dans la région de Koursk, une nouvelle étape.",
    "Les analystes estiment que Pyongyang reçoit en échange une technologie de défense aérienne et de la nourriture.",
)
PL = (
    "Korea Północna wysłała kolejnych żołnierzy do Rosji",
    "Według wywiadu Korei Południowej około 3000 żołnierzy przybyło w marcu do obwodu kurskiego; źródła mówią o stratach.",
    "Analitycy uważają, że Pjongjang otrzymuje w zamian technologię obrony przeciwlotniczej i żywność.",
)
CS = (
    "Severní Korea poslala do Ruska další vojáky",
    "Podle jihokorejské rozvědky dorazilo v březnu do Kurské oblasti asi 3 000 vojáků.",
    "Analytici se domnívají, že Pchjongjang za to dostává technologii protivzdušné obrany.",
)


def _everything(result) -> str:
    return "\n".join([*(article.title for article in result.articles), _text(result)])


def _assert_reads(result, story: tuple[str, ...]) -> None:
    text = _everything(result)
    for paragraph in story:
        assert paragraph in text, (paragraph, text)


def _without_a_byte(data: bytes, fraction: float) -> bytes:
    at = int(len(data) * fraction)
    while data[at] < 0x80:
        at += 1
    return data[:at] + data[at + 1 :]


# --- legacy double-byte files that lost a byte ---------------------------------------------------------


def test_a_big5_file_that_lost_a_byte_has_the_loss_on_record_wherever_it_was_lost():
    data = _article(ZHT).encode("big5")
    assert not any(r.startswith("lost-bytes") for r in _normalise(data).repairs)
    on_record = tried = 0
    for at in range(len(data) // 4, len(data), 5):
        if data[at] < 0x80:
            continue
        result = _normalise(data[:at] + data[at + 1 :])
        assert result.encoding == "big5"
        text = _everything(result)
        assert sum(paragraph in text for paragraph in ZHT) >= len(ZHT) - 1, text  # (the one the byte was lost from)
        tried += 1
        on_record += "lost-bytes-skipped x1" in result.repairs
    # (A first byte lost before a character whose second is a capital, "。" read "C" at a line's end, is text.)
    assert on_record >= 0.6 * tried, (on_record, tried)


def test_a_euc_jp_file_that_lost_a_byte_is_read_in_step_around_it():
    data = _article(JA).encode("euc_jp")
    result = _normalise(_without_a_byte(data, 0.5))
    assert result.encoding == "euc_jp", result.encoding
    assert "lost-bytes-skipped x1" in result.repairs, result.repairs
    text = _everything(result)
    assert sum(paragraph in text for paragraph in JA) >= len(JA) - 1, text
    assert "約2000\ufffdが砲兵訓練" in text  # ("人" lost its first byte: one hole, the rest in step)


# --- two scripts' codepages in one file ------------------------------------------------------------------


def _plain(story: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(line.replace("«", '"').replace("»", '"') for line in story)


@pytest.mark.parametrize(
    ("first", "first_codepage", "second", "second_codepage"),
    [
        (EL, "cp1253", RU, "cp1251"),
        (RU, "cp1251", EL, "cp1253"),
        (EL, "iso8859_7", RU, "koi8_r"),
        (HE, "cp1255", AR, "cp1256"),
        (AR, "cp1256", HE, "cp1255"),
        (FR, "cp1252", RU, "cp1251"),
        (RU, "koi8_r", PL, "cp1250"),
    ],
    ids=["greek-russian", "russian-greek", "iso-greek-koi8", "hebrew-arabic", "arabic-hebrew", "french-russian", "russian-polish"],
)
def test_two_articles_in_two_scripts_codepages_saved_as_one_file_are_both_read(first, first_codepage, second, second_codepage):
    first, second = _plain(first), _plain(second)
    result = _normalise(_article(first).encode(first_codepage) + b"\n\n" + _article(second).encode(second_codepage))
    _assert_reads(result, first + second)
    assert any(r.startswith("parts-in-") for r in result.repairs), result.repairs
    # each article alone is read as before, in its one codepage
    for story, codepage in ((first, first_codepage), (second, second_codepage)):
        alone = _normalise(_article(story).encode(codepage))
        _assert_reads(alone, story)
        assert not any(r.startswith("parts-in-") for r in alone.repairs), alone.repairs


@pytest.mark.parametrize(("first", "first_codepage", "second", "second_codepage"), [(EL, "cp1253", RU, "cp1251"), (HE, "cp1255", AR, "cp1256")], ids=["greek-russian", "hebrew-arabic"])
@pytest.mark.parametrize("layout", ["one after the other", "line by line"])
def test_lines_in_two_scripts_codepages_without_blank_lines_between_are_each_read(first, first_codepage, second, second_codepage, layout):
    first, second = _plain(first), _plain(second)
    if layout == "one after the other":
        data = "\n".join(first).encode(first_codepage) + b"\n" + "\n".join(second).encode(second_codepage) + b"\n"
    else:  # (a bilingual file, each line followed by its translation)
        data = b"".join(one.encode(first_codepage) + b"\n" + other.encode(second_codepage) + b"\n" for one, other in zip(first, second, strict=True))
    result = _normalise(data)
    _assert_reads(result, first + second)
    assert f"parts-in-{first_codepage}+{second_codepage}" in result.repairs, result.repairs


# --- a zeroed block inside the text ------------------------------------------------------------------------


@pytest.mark.parametrize(("story", "encoding"), [(EN, "utf-8"), (RU, "utf-8"), (RU, "cp1251"), (JA, "shift_jis")], ids=["en", "ru", "cp1251", "sjis"])
def test_a_block_of_zeros_between_paragraphs_is_damage_on_record_not_binary(story, encoding):
    head, tail = _article(story).split("\n\n", 1)
    data = (head + "\n\n").encode(encoding) + b"\x00" * 4096 + tail.encode(encoding)
    result = _normalise(data)
    _assert_reads(result, story)
    assert "nul-blocks-stripped x1" in result.repairs, result.repairs


@pytest.mark.parametrize(("story", "encoding"), [(RU, "cp1251"), (HE, "cp1255"), (FR, "cp1252")], ids=["cp1251", "cp1255", "cp1252"])
def test_a_stray_nul_in_a_legacy_file_is_damage_not_binary(story, encoding):
    data = _article(story).encode(encoding)
    at = data.index(b" ", len(data) // 2)
    result = _normalise(data[:at] + b"\x00" + data[at:] + b"\n" + data)  # (twice: a stray NUL in a file of a few lines is no proof)
    _assert_reads(result, story)
    assert "controls-stripped x1" in result.repairs, result.repairs
    # ... while random bytes with as few NULs are still refused
    rng = random.Random(3)
    noise = bytes(rng.randrange(1, 256) for _ in range(2000))
    with pytest.raises(SourceError, match="binary"):
        _normalise(noise[:1000] + b"\x00" + noise[1000:])


def test_a_block_of_zeros_inside_a_sentence_leaves_a_hole_between_the_words():
    data = _article(EN).encode().replace(b"North Korean soldiers", b"North Korean" + b"\x00" * 512 + b"soldiers")
    result = _normalise(data)
    text = _text(result)
    assert "North Korean\ufffdsoldiers" in text or "North Korean \ufffd soldiers" in text, text
    assert "Koreansoldiers" not in text
    assert "nul-blocks-stripped x1" in result.repairs
    # ... while a binary file, with runs of zeros all through it, is still refused
    binary = b"".join(bytes([i % 7 + 0x41]) * 40 + b"\x00" * 32 + bytes(range(1, 9)) for i in range(40))
    with pytest.raises(SourceError, match="binary"):
        _normalise(binary)


# --- quoted-printable without soft breaks ---------------------------------------------------------------


# Short lines, as a wire alert or a mobile mail writes them: no line reaches the 76 columns that take a soft break.
CS_SHORT = ("Další vojáci pro Rusko", "Podle jihokorejské rozvědky dorazilo", "v březnu do Kurské oblasti 3 000 vojáků.", "Ztráty jsou údajně těžké, říká mluvčí.")
RU_SHORT = (
    "Новые военные под Курском",
    "В Курскую область", "прибыли ещё около", "1500 северокорейских", "солдат, сообщил в", "четверг представитель",
    "По его словам, они", "носят российскую", "форму и проходят", "обучение на полигонах.",
)
EN_SHORT = ("Gunners resume drills", "South Korea’s JCS said 2,000 soldiers", "had resumed training — “a new phase”.", "Officials gave no other detail.")


@pytest.mark.parametrize(("story", "codepage"), [(CS_SHORT, "iso8859_2"), (CS_SHORT, "cp1250"), (RU_SHORT, "koi8_r"), (EN_SHORT, "utf-8")])
def test_quoted_printable_text_whose_lines_all_fit_has_no_soft_break_and_is_still_decoded(story, codepage):
    half = (len(story) + 1) // 2
    text = story[0] + "\n\n" + "\n".join(story[1:half]) + "\n\n" + "\n".join(story[half:]) + "\n"
    data = quopri.encodestring(text.encode(codepage))
    assert b"=\n" not in data and b"=" in data
    result = _normalise(data)
    _assert_reads(result, story)  # (each line, whether the paragraph keeps it apart or joins it to the next)
    assert "quoted-printable-decoded" in result.repairs
    # ... and notes full of assignments and hex colours are no quoted-printable
    notes = ("Config notes for the map desk", "Set colour=FF8800 and width=3D for the front line; x=A0 marks the river.", "Then height=2E, depth=C3 and mode=E9 as agreed.")
    result = _normalise(_article(notes).encode())
    _assert_reads(result, notes)
    assert "quoted-printable-decoded" not in result.repairs


# --- UTF-8 through a lossy Windows-1252 round trip ----------------------------------------------------------


def _round_trip(story: tuple[str, ...], errors: str) -> bytes:
    """UTF-8 read as Windows-1252 and written back by a lenient tool: the five undefined bytes are gone."""
    return _article(story).encode("utf-8").decode("cp1252", errors="replace").encode("cp1252", errors=errors)


@pytest.mark.parametrize("errors", ["ignore", "replace"], ids=["dropped", "question-marks"])
def test_russian_utf8_that_lost_bytes_in_a_windows_1252_round_trip_is_read_by_its_words(errors):
    data = _round_trip(UK, errors)
    result = _normalise(data)
    text = _everything(result)
    assert "Ñ" not in text and "Ð" not in text, text  # no lead byte shown as a Latin letter glued to a word
    assert UK[0] in text and UK[1] in text, text
    assert any(r.startswith("utf-8-lost-bytes") for r in result.repairs), result.repairs
    assert any(r.startswith("mojibake:lossy-cyrillic") for r in result.repairs), result.repairs
    # A Mac Roman line in a Russian UTF-8 file: its "Õ" before "s" and its quotes are no lost bytes.
    line = "The envoy’s “visit” was brief."
    data = (_article(RU) + line + "\n").encode("utf-8").replace(line.encode("utf-8"), line.encode("mac_roman"))
    result = _normalise(data)
    _assert_reads(result, RU)
    assert not any(r.startswith("utf-8-lost-bytes") for r in result.repairs), result.repairs


@pytest.mark.parametrize("errors", ["ignore", "replace"], ids=["dropped", "question-marks"])
def test_japanese_utf8_that_lost_bytes_in_a_windows_1252_round_trip_gets_its_kana_back(errors):
    result = _normalise(_round_trip(JA, errors))
    text = _everything(result)
    assert not any("\u00c0" <= ch <= "\u00ff" for ch in text), text  # no "ã" or "æ" of a lead byte
    assert "によると" in text and "学んで" in text, text  # kana lose their middle byte: each reads one way only
    told = next(r for r in result.repairs if r.startswith("lost-bytes-told"))
    lost = next(r for r in result.repairs if r.startswith("utf-8-lost-bytes"))
    holes = next((r for r in result.repairs if r.startswith("undecodable-bytes")), "x0")
    assert int(told.rsplit("x", 1)[1]) + int(holes.rsplit("x", 1)[1]) == int(lost.rsplit("x", 1)[1])
    assert text.count("\ufffd") == int(holes.rsplit("x", 1)[1])


# --- Cyrillic mojibake whose lost bytes became "?" ----------------------------------------------------------


def test_cyrillic_mojibake_saved_with_question_marks_for_its_lost_bytes_is_repaired():
    shown = _article(UK).encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "?")
    result = _normalise(shown.encode("utf-8"))
    text = _everything(result)
    _assert_reads(result, UK)
    assert "Ñ?" not in text and "?" not in text, text
    assert any(r.startswith("question-marks-as-lost-bytes") for r in result.repairs), result.repairs
    # Spanish capitals before genuine question marks are no lost bytes
    lines = ("¿ESPAÑA? ¿Qué dijo la ONU sobre Corea del Norte y Rusia?", "Preguntas al portavoz: ¿AÑO? ¿DÓNDE? Nadie respondió a la agencia sobre las tropas.")
    result = _normalise(_article(lines).encode("utf-8"))
    _assert_reads(result, lines)
    assert not any(r.startswith("question-marks-as") for r in result.repairs)


# --- Greek, Hebrew and Arabic letters lost to a Windows-1252 reading ------------------------------------------


def _differences(story: tuple[str, ...], result) -> list[tuple[str, str]]:
    import difflib

    want, got = "\n".join(story), _everything(result)
    return [(want[i1:i2], got[j1:j2]) for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, want, got, autojunk=False).get_opcodes() if tag != "equal"]


@pytest.mark.parametrize("story", [EL, HE, AR], ids=["greek", "hebrew", "arabic"])
@pytest.mark.parametrize("damage", ["replacement", "question-mark", "round-trip"])
def test_greek_hebrew_and_arabic_letters_lost_to_windows_1252_are_told_by_their_word_or_left_as_one_hole(story, damage):
    shown = _article(story).encode("utf-8").decode("cp1252", errors="replace")
    data = {
        "replacement": shown.encode("utf-8"),
        "question-mark": shown.replace("\ufffd", "?").encode("utf-8"),
        "round-trip": shown.encode("cp1252", errors="ignore"),  # (the bytes themselves dropped)
    }[damage]
    result = _normalise(data)
    differences = _differences(story, result)
    # no letter made up and no lead byte's junk left: what is not told is one U+FFFD for one letter
    assert all(got == "\ufffd" and len(want) == 1 for want, got in differences), differences
    told = next(r for r in result.repairs if r.startswith("mojibake:lossy-letters"))
    left = next((r for r in result.repairs if r.startswith("lost-letters")), "x0")
    assert int(left.rsplit("x", 1)[1]) == len(differences)
    assert int(told.rsplit("x", 1)[1]) >= 2 * len(differences), result.repairs  # most are told: "Ν", "ρ" in an accented word, "א" inside a word, "ف" beside letters
