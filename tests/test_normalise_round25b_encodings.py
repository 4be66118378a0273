"""Round 25b (decoding): mail parts read in a charset their bytes are not, archives cut short, a Western
UTF-8 file whose one accent is outnumbered by a pasted CJK line, and DOS text with only a few accents.

Each input states what the article must say and what is on record; each case also carries its twin that
must not change (a correctly labelled part, Windows-1252 punctuation that ends words).
"""

from __future__ import annotations

import base64
import gzip
import quopri
import random

import pytest
from test_normalise_blind23b_encodings import _article, _assert_reads, _everything, _normalise

from store.errors import SourceError

RU = (
    "Северокорейские артиллеристы под Курском",
    "По данным украинской разведки, в январе на полигоны прибыли ещё две тысячи военнослужащих КНДР.",
    "Эксперты считают, что Пхеньян рассчитывает получить взамен спутниковые технологии.",
)
EN = (
    "Pyongyang sends more gunners to the Kursk front",
    "South Korea’s spy agency said on Tuesday that about 11,000 North Korean soldiers had arrived in the region.",
    "Analysts said the deployment was a gamble for Kim Jong Un, and Moscow did not comment on the reports.",
)
_HEAD = b"From: Desk <desk@example.org>\nTo: reader@example.org\nDate: Tue, 5 Nov 2024 10:00:00 +0000\nMIME-Version: 1.0\n"


def _part(body: bytes, charset: str | None, transfer: str, extra: str = "") -> bytes:
    label = f"; charset={charset}" if charset else ""
    encoded = quopri.encodestring(body) if transfer == "quoted-printable" else base64.encodebytes(body)
    return f"Content-Type: text/plain{label}{extra}\nContent-Transfer-Encoding: {transfer}\n\n".encode() + encoded + b"\n"


# --- (1) a Cyrillic mail part in one codepage, labelled another ------------------------------------------


@pytest.mark.parametrize("transfer", ["quoted-printable", "base64"])
@pytest.mark.parametrize(("written", "labelled"), [("koi8_r", "windows-1251"), ("cp1251", "koi8-r"), ("cp866", "windows-1251")])
def test_a_cyrillic_part_labelled_with_another_cyrillic_codepage_is_read_in_its_own_and_on_record(written, labelled, transfer):
    note = "Редакция напоминает, что эти данные пока не подтверждены официально в Москве и Пхеньяне.\n"
    mail = (
        _HEAD + b"Subject: Kursk\nContent-Type: multipart/mixed; boundary=XX\n\n--XX\n"
        + _part(_article(RU).encode(written), labelled, transfer)
        + b"--XX\n" + _part(note.encode("cp1251"), "windows-1251", transfer)  # labelled right: read as it is
        + b"--XX--\n"
    )
    result = _normalise(mail, "a.eml")
    _assert_reads(result, (*RU, note.strip()))
    # Repaired, not removed: the audit's repairs name it once, and no removed block holds the misread text.
    repaired = [r for r in result.repairs if r.startswith("mail-part-cyrillic-mojibake")]
    assert len(repaired) == 1 and repaired[0].endswith(" x1"), result.repairs
    assert not any(removal.reason.startswith("mail-part-") for removal in result.removed), result.removed


# --- (2) a gzip archive cut short or damaged part-way ----------------------------------------------------


_LONG = ("North Korean troops reach Kursk", *(f"Paragraph {n}: {EN[1]} {EN[2]}" for n in range(60)))


def test_a_gzip_archive_cut_short_keeps_what_was_read_and_says_it_was_truncated():
    packed = gzip.compress(_article(_LONG).encode())
    result = _normalise(packed[: len(packed) // 2], "a.txt.gz")
    text = _everything(result)
    assert _LONG[0] in text and _LONG[1][:80] in text  # (where the cut falls inside the text depends on the compression)
    assert "gzip-truncated" in result.repairs, result.repairs
    whole = _normalise(packed, "a.txt.gz")  # the archive whole: nothing on record
    assert _LONG[-1] in _everything(whole) and not any(repair.startswith("gzip-") and repair != "gzip-decompressed" for repair in whole.repairs)


def test_a_gzip_archive_damaged_part_way_keeps_the_text_before_the_damage_on_record():
    # Incompressible noise makes the deflate stream long enough for damage late in it to leave the start intact.
    noise = base64.b64encode(random.Random(25).randbytes(400_000)).decode()
    text = _article(_LONG) + "\n" + "\n".join(noise[i : i + 76] for i in range(0, len(noise), 76)) + "\n"
    packed = bytearray(gzip.compress(text.encode(), mtime=0))
    packed[len(packed) * 3 // 4] ^= 0xFF
    packed[len(packed) * 3 // 4 + 1] ^= 0xFF
    result = _normalise(bytes(packed), "a.txt.gz")
    assert _LONG[1] in _everything(result)
    assert any(repair in ("gzip-damaged-part-way", "gzip-truncated") for repair in result.repairs), result.repairs


def test_a_gzip_archive_cut_before_any_text_is_one_clear_error():
    packed = gzip.compress(_article(_LONG).encode())
    with pytest.raises(SourceError) as raised:
        _normalise(packed[:15], "a.txt.gz")
    message = str(raised.value)
    assert "\n" not in message and "gzip" in message and "cut short" in message, message


# --- (3) Western UTF-8 with one accent and a line pasted from a CJK or other script's codepage --------------------------------


_PASTES = {
    "euc_jp": "北朝鮮兵、クルスク州で砲撃訓練を再開した。",
    "shift_jis": "ロシアに派遣された北朝鮮兵のうち約三千人が前線に移動した。",
    "gbk": "韩国情报机构周二表示，约有一万一千名朝鲜士兵已抵达。",
    "big5": "南韓國防部週三表示，約有三千名北韓士兵已經移動到前線。",
    "euc_kr": "국방부는 수요일 북한군 약 3000명이 전선으로 이동했다고 밝혔다.",
    # other scripts' single-byte codepages, which read whole turn "café" into "cafГ©" or "cafΓ©"
    "cp1251": "Северокорейские военные прибыли в Курскую область, сообщила разведка.",
    "koi8_r": "По данным разведки, в январе прибыли ещё две тысячи военнослужащих.",
    "cp1253": "Βορειοκορεάτες στρατιώτες έφτασαν στο Κουρσκ, ανέφερε η υπηρεσία.",
    "cp1255": "חיילים צפון קוריאנים הגיעו לקורסק, כך נמסר מהשירות.",
    "cp1256": "وصل جنود كوريون شماليون إلى كورسك، حسبما أفادت الاستخبارات.",
}


@pytest.mark.parametrize("accents", [1, 2])
@pytest.mark.parametrize("codepage", sorted(_PASTES))
def test_western_utf8_with_a_pasted_cjk_line_stays_utf8_and_the_line_is_read_in_its_codepage(codepage, accents):
    # One or two accented letters, too few for the UTF-8 of the file to outweigh the pasted line's bytes.
    title = EN[0] + " from a café" + " in Zürich" * (accents - 1)
    lead = EN[1].replace("’", "'")
    data = (_article((title, lead)).encode() + _PASTES[codepage].encode(codepage) + b"\n\n" + EN[2].encode() + b"\n")
    result = _normalise(data)
    _assert_reads(result, (title, lead, _PASTES[codepage], EN[2]))
    assert any(repair.startswith("lines-in-") and repair.endswith(" x1") for repair in result.repairs), result.repairs


# --- (4) DOS text with two or three accented letters ----------------------------------------------------


_DOS = (
    "Gunners drill near Kursk",
    "South Korea's Joint Chiefs of Staff said about 2,000 North Korean soldiers had resumed artillery training near the border.",
    "The officials said the soldiers were learning to operate 170mm self-propelled guns, {0}.",
    "Analysts met at a {1} in Seoul to discuss the deployment.",
)


@pytest.mark.parametrize(
    "words",
    [("the médecin said", "café"), ("a Brücke was built", "bar"), ("the chef said très bien", "café"), ("the plan was naïve", "café"), ("così", "bar")],
    ids=["e-acute", "u-umlaut-alone", "e-grave", "i-diaeresis", "i-grave-ending"],
)
def test_a_dos_text_with_few_accents_is_read_in_its_dos_codepage(words):
    story = (_DOS[0], _DOS[1], _DOS[2].format(*words), _DOS[3].format(*words))
    _assert_reads(_normalise(_article(story).encode("cp437")), story)
    # Windows-1252 whose "…" and "†" end words after a small letter stays Windows-1252.
    western = (_DOS[0], _DOS[1], _DOS[2].format(*words) + " so… what", _DOS[3].format(*words) + " Smith† agreed.")
    result = _normalise(_article(western).encode("cp1252"))
    _assert_reads(result, western)


# --- (5) mail parts without a charset ---------------------------------------------------------------------


@pytest.mark.parametrize(("codec", "transfer"), [("utf-16", "base64"), ("utf-16-le", "base64"), ("cp1252", "base64"), ("cp1252", "quoted-printable")])
def test_a_mail_part_without_a_charset_is_read_by_its_bytes(codec, transfer):
    body = _article(EN).replace("region", "région")
    data = body.encode("utf-16-le") if codec == "utf-16-le" else body.encode(codec)
    attached = "; name=story.txt\nContent-Disposition: attachment; filename=story.txt" if codec.startswith("utf-16") else ""
    mail = (
        _HEAD + b"Subject: Fwd: story\nContent-Type: multipart/mixed; boundary=XX\n\n--XX\n"
        + b"Content-Type: text/plain; charset=utf-8\n\nThe story I mentioned, as the desk sent it to me this morning: see the attached file or below.\n"
        + b"--XX\n" + _part(data, None, transfer, attached) + b"--XX--\n"
    )
    result = _normalise(mail, "a.eml")
    _assert_reads(result, tuple(paragraph.replace("region", "région") for paragraph in EN[1:]))
    assert "\ufffd" not in _everything(result)


# --- (5b) headers in a charset Python does not know -------------------------------------------------------


_FR = ("Les soldats nord-coréens sont arrivés à Koursk", "Le ministère a déclaré que les soldats étaient arrivés à Koursk, selon les services sud-coréens.")


@pytest.mark.parametrize(
    ("label", "codec", "story"),
    [("unknown-8bit", "koi8_r", RU), ("x-unknown", "koi8_r", RU), ("unknown", "koi8_r", RU), ("cp-850", "cp850", _FR), ("dos-850", "cp850", _FR), ("ibm-437", "cp437", _FR)],
)
def test_a_subject_in_an_unknown_or_dos_named_charset_is_read_as_the_body_is(label, codec, story):
    title = story[0].rsplit(" ", 2)[0]  # a short subject: too few bytes for detection to tell its codepage alone
    subject = base64.b64encode(title.encode(codec)).decode()
    mail = _HEAD + f"Subject: =?{label}?B?{subject}?=\n".encode() + _part(_article(story[1:] * 2).encode(codec), label, "base64")
    result = _normalise(mail, "a.eml")
    assert [article.title for article in result.articles] == [title], [article.title for article in result.articles]
    _assert_reads(result, story[1:])


@pytest.mark.parametrize(
    ("codec", "title"),
    [("koi8_r", "Северокорейские артиллеристы"), ("koi8_r", "Артиллеристы КНДР под Курском"), ("koi8_r", "КНДР"), ("cp1251", "КНДР"), ("cp866", "КНДР")],
)
def test_a_subject_in_an_unknown_charset_over_an_8bit_body_is_read_in_the_codepage_that_spells_the_body(codec, title):
    subject = base64.b64encode(title.encode(codec)).decode()
    head = _HEAD + f"Subject: =?unknown-8bit?B?{subject}?=\nContent-Type: text/plain; charset=unknown-8bit\nContent-Transfer-Encoding: 8bit\n\n".encode()
    result = _normalise(head + _article(RU[1:] * 4).encode(codec), "a.eml")
    assert [article.title for article in result.articles] == [title], [article.title for article in result.articles]
    _assert_reads(result, RU[1:])
