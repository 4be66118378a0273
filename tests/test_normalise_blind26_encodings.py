"""Blind round 26 (decoding): encodings and damage not tried before, in articles written for this round.

A German DOS text (code page 437 or 850) whose only letters past ASCII are "ü", "ä" and "ß", or "ß" alone
("Straße" read as Windows-1252 is "Straáe"); a mail whose subject names an unknown charset over a short body
labelled with its DOS codepage; Greek UTF-8 seen through ISO 8859-7 (whose C1 controls hide "π", "ρ", "σ",
"τ"...) and through Windows-1253 with the bytes it lacks lost; a mail part's repaired mojibake put on record
as a repair.  Each input states what the article must say and what is on record.
"""

from __future__ import annotations

import base64
import quopri

import pytest
from test_normalise_blind23b_encodings import _article, _assert_reads, _everything, _normalise

from store.normalise.containers import unpack_container

DE = (
    "Nordkoreanische Soldaten an der Kursk-Front",
    "Der südkoreanische Geheimdienst sagte am Dienstag, dass etwa 11.000 Soldaten über die Grenze gekommen seien.",
    "Analysten sagten, der Einsatz sei für Kim Jong Un ein Wagnis; Moskau äußerte sich nicht dazu.",
)
# German with no letter past ASCII but "ß": the umlauts written out, as old DOS programs' users often did.
DE_SHARP_S = (
    "Die Lage an der Grenze",
    "Die Behoerden sagten, dass die Straße nach Kursk gesperrt ist und der Verkehr dort groß sei.",
    "Das Ministerium wollte sich nicht dazu aeußern, und die Armee schwieg.",
)
EL = (
    "Βορειοκορεάτες στρατιώτες στο μέτωπο του Κουρσκ",
    "Η νοτιοκορεατική υπηρεσία πληροφοριών ανέφερε την Τετάρτη ότι περίπου 11.000 στρατιώτες έφτασαν στην περιοχή.",
    "Αναλυτές εκτιμούν ότι η Πιονγιάνγκ ζητά δορυφορική τεχνολογία· η Μόσχα δεν σχολίασε.",
)
RU = (
    "Северокорейские солдаты на курском фронте",
    "Южнокорейская разведка в среду сообщила, что около 11 тысяч северокорейских военных прибыли в регион.",
    "Аналитики считают, что Пхеньян хочет получить спутниковые технологии; Москва не прокомментировала.",
)
_HEAD = "From: Desk <desk@example.org>\nTo: reader@example.org\nDate: Tue, 5 Nov 2024 10:00:00 +0000\nMIME-Version: 1.0\n"


def _as_browsers_read(data: bytes, codepage: str) -> str:
    """``data`` read in ``codepage`` as a browser reads it: a byte the codepage lacks is its C1 control
    in 0x80-0x9F, else a replacement character."""
    return "".join(
        bytes([byte]).decode(codepage) if _defined(byte, codepage) else chr(byte) if 0x80 <= byte <= 0x9F else "\ufffd" for byte in data
    )


def _defined(byte: int, codepage: str) -> bool:
    try:
        bytes([byte]).decode(codepage)
    except UnicodeDecodeError:
        return False
    return True


# --- German DOS text: "ß" is 0xE1, Windows-1252's "á" ----------------------------------------------------


@pytest.mark.parametrize("codepage", ["cp437", "cp850"])
def test_a_german_dos_text_with_umlauts_and_sharp_s_is_read_in_its_dos_codepage(codepage):
    result = _normalise(_article(DE).encode(codepage))
    _assert_reads(result, DE)
    assert result.encoding in ("cp437", "cp850"), result.encoding
    assert "charset-detected" in result.repairs


@pytest.mark.parametrize("codepage", ["cp437", "cp850"])
def test_a_german_dos_text_whose_only_letter_past_ascii_is_sharp_s_reads_sharp_s(codepage):
    result = _normalise(_article(DE_SHARP_S).encode(codepage))
    text = _everything(result)
    assert "Straáe" not in text and "groá" not in text, text
    _assert_reads(result, DE_SHARP_S)
    # Windows-1252 text with a real "á" after a vowel (Spanish "Seán", Hungarian "fiát", "kiállítás") or a
    # German one (its "ß" is 0xDF) stays Windows-1252.
    for story in (
        DE_SHARP_S,
        ("Tropas norcoreanas en Kursk", "El servicio surcoreano dijo que la fuerza ya está en la región y que Seán no habló.", "Moscú no comentó."),
        ("Észak-koreai katonák", "A dél-koreai hírszerzés szerint a fiát is a frontra küldték, és a kiállítás elmaradt.", "Moszkva nem reagált."),
    ):
        _assert_reads(_normalise(_article(story).encode("cp1252")), story)


# --- a mail subject in an unknown charset over a body labelled with its codepage ------------------------


@pytest.mark.parametrize("label", ["unknown-8bit", "x-unknown"])
@pytest.mark.parametrize("transfer", ["quoted-printable", "base64"])
def test_a_subject_in_an_unknown_charset_is_read_in_the_dos_codepage_its_short_body_is_labelled_with(label, transfer):
    subject = "Grüße aus Köln: Lage an der Front"
    body = _article(("Heer", DE[1])).encode("cp850")  # (a body too short for detection to tell its codepage)
    encoded = quopri.encodestring(body) if transfer == "quoted-printable" else base64.encodebytes(body)
    mail = (
        _HEAD + f"Subject: =?{label}?B?{base64.b64encode(subject.encode('cp850')).decode()}?=\n"
        f"Content-Type: text/plain; charset=cp850\nContent-Transfer-Encoding: {transfer}\n\n"
    ).encode() + encoded + b"\n"
    result = _normalise(mail, "a.eml")
    assert [article.title for article in result.articles] == [subject]
    _assert_reads(result, (DE[1],))


# --- Greek UTF-8 seen through ISO 8859-7 -----------------------------------------------------------------


def test_greek_utf8_seen_through_iso_8859_7_with_its_c1_controls_is_repaired_whole():
    seen = _as_browsers_read(_article(EL).encode("utf-8"), "iso8859_7")
    assert "\x84" in seen  # ("τ" is 0xCF 0x84: a C1 control in the ISO codepage, "„" in Windows-1253)
    result = _normalise(seen.encode("utf-8"))
    text = _everything(result)
    assert "\x84" not in text and "Ο" + "\x84" not in text
    _assert_reads(result, EL)
    assert any(repair.startswith("mojibake:iso8859_7") for repair in result.repairs), result.repairs
    # "ή" is 0xCE 0xAE, the one continuation byte ISO 8859-7 lacks: its hole "Ξ\ufffd" can be nothing else
    assert "mojibake:lossy-greek-letters x3" in result.repairs, result.repairs
    assert not any(repair.startswith("controls-stripped") for repair in result.repairs), result.repairs


def test_greek_utf8_seen_through_windows_1253_that_lost_its_undefined_bytes_is_mended_where_sure_and_on_record():
    # Read strictly, Windows-1253 turns the bytes it lacks into U+FFFD: "ρ" (0xCF 0x81) is "Ο\ufffd", and so
    # are "ό", "ύ", "ώ", "ψ"; the capitals "Κ", "Μ", "Ν"... are "Ξ\ufffd".
    seen = _article(EL).encode("utf-8").decode("cp1253", errors="replace")
    result = _normalise(seen.encode("utf-8"))
    text = _everything(result)
    assert "Ο\ufffd" not in text and "Ξ\ufffd" not in text, text  # no lead byte's junk beside a hole
    # a word accented elsewhere has its "ρ" back: one accent a word
    for word in ("Βορειοκορεάτες", "υπηρεσία", "περίπου", "δορυφορική", "περιοχή"):
        assert word in text, (word, text)
    # where the accent itself may be the lost letter ("ότι", "ύτι", "ώτι") or a capital ("Κουρσκ"), one hole each
    assert "\ufffdτι" in text and "\ufffdου\ufffdσκ" in text, text
    told = sum(int(repair.rsplit("x", 1)[1]) for repair in result.repairs if repair.startswith("mojibake:lossy-greek-letters"))
    left = sum(int(repair.rsplit("x", 1)[1]) for repair in result.repairs if repair.startswith("lost-greek-letters"))
    assert told >= 8 and left == text.count("\ufffd"), (result.repairs, text)


# --- a page that names its codepage's sibling --------------------------------------------------------------


EL_ACCENTED_CAPITALS = (
    "Άγνωστος αριθμός στρατιωτών στο Κουρσκ",
    "Άλλοι αναλυτές εκτιμούν ότι περίπου 11.000 στρατιώτες έφτασαν. Ένας αξιωματούχος είπε «όχι».",
    "Ή μήπως όχι; Όλοι περιμένουν την ανακοίνωση.",
)
PL = (
    "Północnokoreańscy żołnierze na froncie kurskim",
    "Południowokoreański wywiad poinformował w środę, że około 11 tysięcy żołnierzy z Korei Północnej przybyło do obwodu.",
    "Źródła w Kijowie twierdzą, że straty są ciężkie; ministerstwo nie skomentowało doniesień.",
)


def _page(label: str, story: tuple[str, ...]) -> str:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in story[1:])
    return f'<html><head><meta charset="{label}"><title>{story[0]}</title></head><body><article><h1>{story[0]}</h1>{paragraphs}</article></body></html>\n'


@pytest.mark.parametrize(
    ("story", "written", "label"),
    [
        (EL_ACCENTED_CAPITALS, "cp1253", "iso-8859-7"),  # "Ά" 0xA2 is the ISO set's "’"
        (EL_ACCENTED_CAPITALS, "iso8859_7", "windows-1253"),  # "Ά" 0xB6 is Windows' "¶"
        (PL, "cp1250", "iso-8859-2"),  # "ś" 0x9C is a C1 control in the ISO set, "ą" 0xB9 its "š"
        (PL, "iso8859_2", "windows-1250"),  # "ś" 0xB6 is Windows' "¶", "ź" 0xBC its "¼"
    ],
    ids=["cp1253-as-iso", "iso-as-cp1253", "cp1250-as-iso", "iso-as-cp1250"],
)
def test_a_page_that_names_its_codepages_sibling_is_read_in_the_codepage_its_bytes_are(story, written, label):
    result = _normalise(_page(label, story).encode(written), "a.html")
    _assert_reads(result, story)
    assert result.encoding == written, result.encoding


ZH_SHORT = ("朝鲜士兵进入库尔斯克前线", "韩国国防部周三表示，约有三千名朝鲜士兵已经移动到前线。")


def test_a_short_gbk_page_naming_big5_is_read_by_where_its_stops_fall():
    # Too short for the rare characters of the wrong reading to show: GBK's "，" and "。" read as Big5 are "ㄛ", "﹝".
    result = _normalise(_page("big5", ZH_SHORT).encode("gbk"), "a.html")
    _assert_reads(result, ZH_SHORT)
    assert result.encoding == "gb18030", result.encoding


# --- Russian and Turkish UTF-8 through a strict Windows-1251 / -1254 reading -----------------------------


RU_I = (
    "Источники: Из Курска",
    "Исследователи из Института сообщили, что около 11 тысяч военных КНДР прибыли. И это не всё.",
    "Инженеры и аналитики считают иначе.",
)
TR = (
    "Şubat ayında Ağrı'dan haberler",
    "Şehirde Güney Kore istihbaratı Şırnak ve Ağrı hakkında açıklama yaptı; ĞÜNEY değil, GÜNEY yazılır.",
    "Uzmanlar, Pyongyang'ın uydu teknolojisi istediğini düşünüyor; Şam ve Moskova sessiz kaldı.",
)


@pytest.mark.parametrize(("story", "codepage", "letters"), [(RU_I, "cp1251", "И"), (TR, "cp1254", "ŞĞ")], ids=["russian-i", "turkish-s-g"])
def test_utf8_seen_through_a_strict_national_codepage_gets_back_the_one_letter_each_lost_byte_can_be(story, codepage, letters):
    # Windows-1251 lacks 0x98 ("И" is 0xD0 0x98), Windows-1254 0x9E ("Ş" 0xC5 0x9E, "Ğ" 0xC4 0x9E).
    seen = _article(story).encode("utf-8").decode(codepage, errors="replace")
    assert "\ufffd" in seen
    result = _normalise(seen.encode("utf-8"))
    _assert_reads(result, story)
    lost = sum(_article(story).count(letter) for letter in letters)
    assert f"mojibake:lossy-national-letters x{lost}" in result.repairs, result.repairs
    assert any(repair.startswith("replacement-characters-in-source") for repair in result.repairs)


def test_a_hole_whose_letter_the_text_never_writes_in_its_other_case_is_one_hole_on_record():
    # Serbian "ј" (0xD1 0x98) is the one letter "С\ufffd" can be; a Russian text never writes "Ј": not sure.
    story = (RU_I[0], RU_I[1] + " Слово со знаком ј в конце.", RU_I[2])
    seen = _article(story).encode("utf-8").decode("cp1251", errors="replace")
    result = _normalise(seen.encode("utf-8"))
    text = _everything(result)
    assert "ј" not in text and "ком \ufffd в" in text, text  # one hole, not the lead's "С" beside it
    assert "lost-national-letters x1" in result.repairs, result.repairs
    _assert_reads(result, (RU_I[0], RU_I[2]))


# --- a mail part's repaired mojibake is on record as a repair --------------------------------------------


def test_a_mail_parts_cyrillic_mojibake_repair_is_on_the_containers_repairs_channel():
    body = quopri.encodestring(_article(RU).encode("koi8_r")).decode("ascii")
    mail = _HEAD + "Subject: Kursk\nContent-Type: text/plain; charset=windows-1251\nContent-Transfer-Encoding: quoted-printable\n\n" + body + "\n"
    unpacked = unpack_container(mail)
    assert unpacked is not None
    assert len(unpacked.repairs) == 1 and unpacked.repairs[0].startswith("mail-part-cyrillic-mojibake:koi8_r"), unpacked.repairs
    assert unpacked.repairs[0].endswith(" x1")
    assert RU[1] in "\n".join(unpacked.lines)


def test_a_mail_without_repairs_has_none_on_the_containers_repairs_channel():
    body = quopri.encodestring(_article(RU).encode("cp1251")).decode("ascii")
    mail = _HEAD + "Subject: Kursk\nContent-Type: text/plain; charset=windows-1251\nContent-Transfer-Encoding: quoted-printable\n\n" + body + "\n"
    unpacked = unpack_container(mail)
    assert unpacked is not None and unpacked.repairs == [] and not unpacked.removed


def test_a_mail_parts_repaired_mojibake_is_on_the_audits_repairs_not_its_removed_blocks():
    body = quopri.encodestring(_article(RU).encode("koi8_r")).decode("ascii")
    mail = _HEAD + "Subject: Kursk\nContent-Type: text/plain; charset=windows-1251\nContent-Transfer-Encoding: quoted-printable\n\n" + body + "\n"
    result = _normalise(mail.encode("ascii"), "a.eml")
    _assert_reads(result, RU[1:])
    assert any(repair.startswith("mail-part-cyrillic-mojibake") for repair in result.repairs), result.repairs
    assert not any(removal.reason.startswith("mail-part-") for removal in result.removed), result.removed
