"""Blind round 20 (decoding): mojibake through codepages the repair had not met, and damaged bytes.

UTF-8 read as Mac Cyrillic, ISO 8859-5, Mac Roman, Mac Greek, ISO 8859-7/-13/-15, the Hebrew, Arabic
and Thai Windows codepages, DOS Cyrillic, then saved as UTF-8; mojibake in one paragraph of a clean
file, beside genuine Greek, Cyrillic, Hebrew, Arabic and Thai that must stay as written; mojibake in a
page's title and a feed's fields; legacy files in codepages detection had not met; a page whose meta
charset lies; isolated invalid bytes in UTF-8; NUL padding, a DOS end-of-file mark and wide encodings
without a byte-order mark.  Each input states what the articles must say, and that nothing goes silently.
"""

from __future__ import annotations

import codecs
import json

import pytest
from encoding_builders import all_text as _text, normalise_file as _normalise, seen_through as _seen_through

from store.errors import SourceError

RU_TITLE = "Пхеньян отправил под Курск новую группу военных"
RU_P1 = "Как сообщил представитель Генштаба Украины, в Курскую область прибыли ещё около 1500 северокорейских солдат."
RU_P2 = "По его словам, военнослужащие КНДР проходят обучение на полигонах под Хабаровском и носят российскую форму."

UK_TITLE = "КНДР перекинула до Курщини ще дві тисячі військових"
UK_P1 = "Як повідомили в Генштабі, північнокорейські підрозділи отримали ґрунтовну підготовку, а їхні командири вже на фронті."
UK_P2 = "Аналітики вважають, що Пхеньян отримує натомість технології протиповітряної оборони та продовольство."

KO_TITLE = "북한군, 쿠르스크서 포병 훈련 재개"
KO_P1 = "합동참모본부는 러시아에 파견된 북한군 가운데 약 2천 명이 최근 포병 훈련을 다시 시작했다고 밝혔다."
KO_P2 = "군 당국은 이들이 170mm 자주포 운용법을 러시아군으로부터 배우고 있는 것으로 보고 있다."

JA_TITLE = "北朝鮮兵、クルスクで砲撃訓練を再開"
JA_P1 = "韓国軍合同参謀本部によると、ロシアに派遣された北朝鮮兵のうち約2000人が砲兵訓練を再開した。"
JA_P2 = "同本部は、兵士らが170ミリ自走砲の運用をロシア軍から学んでいるとみている。"

ZH_TITLE = "朝鲜士兵在库尔斯克恢复炮兵训练"
ZH_P1 = "韩国联合参谋本部表示，派往俄罗斯的朝鲜士兵中约有2000人已恢复炮兵训练。"
ZH_P2 = "该部门认为，这些士兵正在向俄军学习170毫米自行火炮的操作。"

HK_TITLE = "北韓士兵喺庫爾斯克恢復炮兵訓練"
HK_P1 = "南韓聯合參謀本部話，派咗去俄羅斯嘅北韓士兵之中，約有2000人已經恢復炮兵訓練。"
HK_P2 = "佢哋認為，呢啲士兵正向俄軍學習170毫米自走炮嘅操作。"

EL_TITLE = "Η Βόρεια Κορέα στέλνει κι άλλους στρατιώτες στη Ρωσία"
EL_P1 = "Σύμφωνα με τη νοτιοκορεατική υπηρεσία πληροφοριών, περίπου 3.000 στρατιώτες έφτασαν στο Κουρσκ τον Μάρτιο."
EL_P2 = "Οι αναλυτές εκτιμούν ότι η Πιονγιάνγκ λαμβάνει σε αντάλλαγμα τεχνολογία αεράμυνας και τρόφιμα."

HE_TITLE = "צפון קוריאה שולחת חיילים נוספים לרוסיה"
HE_P1 = "לפי המודיעין של דרום קוריאה, כשלושת אלפים חיילים הגיעו לאזור קורסק במרץ."
HE_P2 = "אנליסטים סבורים כי פיונגיאנג מקבלת בתמורה טכנולוגיה להגנה אווירית וסיוע במזון."

AR_P1 = "قالت الاستخبارات الكورية الجنوبية إن نحو ثلاثة آلاف جندي وصلوا إلى منطقة كورسك في مارس."
TH_P1 = "หน่วยข่าวกรองเกาหลีใต้ระบุว่าทหารเกาหลีเหนือราว 3,000 นายเดินทางถึงภูมิภาคคูร์สก์เมื่อเดือนมีนาคม"

EN_TITLE = "North Korean gunners resume drills near Kursk"
EN_P1 = "South Korea’s Joint Chiefs of Staff said about 2,000 North Korean soldiers had resumed artillery training — officials called it “a new phase”."
EN_P2 = "The officials said the soldiers were learning to operate 170mm self-propelled guns from Russian instructors."

STORIES = {
    "ru": (RU_TITLE, RU_P1, RU_P2),
    "uk": (UK_TITLE, UK_P1, UK_P2),
    "ko": (KO_TITLE, KO_P1, KO_P2),
    "ja": (JA_TITLE, JA_P1, JA_P2),
    "zh": (ZH_TITLE, ZH_P1, ZH_P2),
    "en": (EN_TITLE, EN_P1, EN_P2),
}


def _article(title: str, *paragraphs: str) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _page(meta: str, title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"<html><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


def _assert_reads(result, title: str, *paragraphs: str) -> None:
    assert result.articles, "no article"
    assert result.articles[0].title == title
    text = _text(result)
    for paragraph in paragraphs:
        assert paragraph in text, paragraph


# --- UTF-8 read through a single-byte codepage the repair had not met, saved as UTF-8 ---------------

_THROUGH = [
    ("mac_cyrillic", "ru"), ("mac_cyrillic", "uk"), ("mac_cyrillic", "ko"), ("mac_cyrillic", "en"),
    ("iso8859_5", "ru"), ("iso8859_5", "ko"), ("iso8859_5", "en"),
    ("mac_roman", "ru"), ("mac_roman", "zh"),
    ("mac_greek", "ru"), ("iso8859_7", "ko"), ("iso8859_7", "en"),
    ("cp1255", "ru"), ("cp1255", "ko"),
    ("cp1256", "uk"), ("cp1256", "ja"),
    ("cp874", "ru"), ("cp874", "zh"),
    ("cp866", "ko"), ("cp866", "en"),
    ("iso8859_13", "ru"), ("iso8859_15", "ja"), ("iso8859_4", "uk"),
    ("mac_turkish", "ru"), ("mac_latin2", "ko"), ("cp855", "ja"), ("kz1048", "ko"),
]


@pytest.mark.parametrize("codepage, story", _THROUGH, ids=[f"{story} through {codepage}" for codepage, story in _THROUGH])
def test_utf8_read_through_a_single_byte_codepage_is_repaired(codepage, story):
    title, *paragraphs = STORIES[story]
    broken = _seen_through(_article(title, *paragraphs), codepage)
    assert broken != _article(title, *paragraphs)
    _assert_reads(_normalise(broken.encode(), "a.txt"), title, *paragraphs)


def test_one_russian_paragraph_read_as_mac_cyrillic_in_an_english_article():
    data = _article(EN_TITLE, EN_P1, _seen_through(RU_P1, "mac_cyrillic"), EN_P2).encode()
    result = _normalise(data, "a.txt")
    _assert_reads(result, EN_TITLE, EN_P1, RU_P1, EN_P2)
    assert any("mac_cyrillic" in repair for repair in result.repairs), result.repairs


def test_one_korean_paragraph_read_as_iso_8859_5_in_a_genuine_russian_article():
    data = _article(RU_TITLE, RU_P1, _seen_through(KO_P1, "iso8859_5"), RU_P2).encode()
    _assert_reads(_normalise(data, "a.txt"), RU_TITLE, RU_P1, KO_P1, RU_P2)


def test_english_punctuation_read_as_mac_cyrillic_beside_genuine_greek_keeps_the_greek():
    data = _article(EL_TITLE, EL_P1, _seen_through(EN_P1, "mac_cyrillic"), EL_P2).encode()
    _assert_reads(_normalise(data, "a.txt"), EL_TITLE, EL_P1, EN_P1, EL_P2)


def test_a_lone_apostrophe_read_as_mac_cyrillic_in_an_english_line_is_repaired():
    line = "Seoul’s spy agency briefed lawmakers on the deployment on Tuesday."
    data = _article(EN_TITLE, _seen_through(line, "mac_cyrillic"), EN_P2).encode()
    assert line in _text(_normalise(data, "a.txt"))


def test_genuine_text_in_many_scripts_beside_mojibake_is_left_as_written():
    """Short Cyrillic, Greek, Hebrew, Arabic and Thai words and lines are no mojibake, whatever repair the
    mojibake paragraph next to them needs."""
    genuine = [
        RU_P1, "«Ъ» и ТАСС: КНДР, ВС РФ, СВО.", EL_P1, "ΝΑΤΟ, ΟΗΕ — «Ναι».", HE_P1, AR_P1, TH_P1,
        "Pyongyang’s envoy met Lavrov in Moscow; the “Koksan” guns — 170 mm — were shown.",
        "Ça a été « très difficile », a déclaré le ministre à Séoul.",
        "Türkiye ve Güney Kore’nin açıklamaları şöyle: “Çok endişeliyiz.”",
    ]
    data = _article(EN_TITLE, *genuine, _seen_through(RU_P2, "mac_cyrillic")).encode()
    _assert_reads(_normalise(data, "a.txt"), EN_TITLE, *genuine, RU_P2)


def test_page_title_and_body_read_as_mac_cyrillic_are_repaired():
    page = _seen_through(_page('<meta charset="utf-8">', RU_TITLE, RU_P1, RU_P2), "mac_cyrillic")
    _assert_reads(_normalise(page.encode(), "a.html"), RU_TITLE, RU_P1, RU_P2)


def test_feed_fields_read_as_iso_8859_5_are_repaired():
    feed = [{"title": _seen_through(KO_TITLE, "iso8859_5"), "body": _seen_through(f"{KO_P1}\n\n{KO_P2}", "iso8859_5"), "source": "Yonhap"}]
    result = _normalise(json.dumps(feed).encode(), "feed.json")
    _assert_reads(result, KO_TITLE, KO_P1, KO_P2)


def test_utf8_read_as_mac_cyrillic_then_as_windows_1252_is_repaired():
    once = _seen_through(_article(RU_TITLE, RU_P1, RU_P2), "mac_cyrillic")
    twice = _seen_through(once, "cp1252")
    _assert_reads(_normalise(twice.encode(), "a.txt"), RU_TITLE, RU_P1, RU_P2)


@pytest.mark.parametrize("inner, outer", [("mac_roman", "mac_roman"), ("mac_cyrillic", "mac_roman")])
def test_utf8_saved_twice_through_mac_codepages_is_read_back_layer_by_layer(inner, outer):
    broken = _seen_through(_seen_through(_article(KO_TITLE, KO_P1, KO_P2), inner), outer)
    _assert_reads(_normalise(broken.encode(), "a.txt"), KO_TITLE, KO_P1, KO_P2)


def test_feed_title_whose_last_byte_a_strip_took_for_a_space_keeps_the_rest():
    """ISO 8859-5 shows the "х" ending the title as "б" and a NEL (U+0085), which trimming a field removes."""
    assert _seen_through(RU_TITLE, "iso8859_5").endswith("\x85")
    feed = [{"title": _seen_through(RU_TITLE, "iso8859_5"), "body": _seen_through(RU_P1, "iso8859_5"), "source": "TASS"}]
    result = _normalise(json.dumps(feed).encode(), "feed.json")
    assert result.articles[0].title.startswith(RU_TITLE[:-1])
    assert RU_P1 in _text(result)


def test_page_read_as_windows_1256_keeps_the_joiners_its_letters_are_made_of():
    page = _seen_through(_page('<meta charset="utf-8">', RU_TITLE, RU_P1, RU_P2), "cp1256")
    assert "\u200c" in page  # "Д" is D0 94, "ذ" and a zero-width non-joiner in Windows-1256
    _assert_reads(_normalise(page.encode(), "a.html"), RU_TITLE, RU_P1, RU_P2)


def test_genuine_persian_with_zero_width_non_joiners_is_left_as_written():
    fa_title = "کره شمالی سربازان بیشتری به روسیه می‌فرستد"
    fa_p1 = "سرویس اطلاعاتی کره جنوبی می‌گوید حدود سه هزار سرباز دیگر به منطقه کورسک رسیده‌اند."
    fa_p2 = "تحلیل‌گران می‌گویند پیونگ‌یانگ در عوض فناوری پدافند هوایی و کمک غذایی دریافت می‌کند."
    _assert_reads(_normalise(_article(fa_title, fa_p1, fa_p2).encode(), "a.txt"), fa_title, fa_p1, fa_p2)


# --- legacy files and declarations ------------------------------------------------------------------


def test_big5_hkscs_cantonese_without_a_label_is_read():
    _assert_reads(_normalise(_article(HK_TITLE, HK_P1, HK_P2).encode("big5hkscs"), "a.txt"), HK_TITLE, HK_P1, HK_P2)


def test_big5_hkscs_page_declared_gbk_is_read():
    page = _page('<meta charset="gbk">', HK_TITLE, HK_P1, HK_P2)
    _assert_reads(_normalise(page.encode("big5hkscs"), "a.html"), HK_TITLE, HK_P1, HK_P2)


def test_hebrew_page_whose_meta_says_windows_1251_is_read_as_hebrew():
    page = _page('<meta charset="windows-1251">', HE_TITLE, HE_P1, HE_P2)
    _assert_reads(_normalise(page.encode("cp1255"), "a.html"), HE_TITLE, HE_P1, HE_P2)


@pytest.mark.parametrize(
    "codepage, title, paragraphs",
    [
        ("mac_greek", EL_TITLE, (EL_P1, EL_P2)),
        ("cp737", EL_TITLE, (EL_P1, EL_P2)),
        ("cp855", RU_TITLE, (RU_P1, RU_P2)),
        ("cp1125", UK_TITLE, (UK_P1, UK_P2)),
    ],
    ids=["greek in mac greek", "greek in dos greek", "russian in dos cp855", "ukrainian in dos cp1125"],
)
def test_legacy_greek_and_cyrillic_codepages_of_old_systems_are_read(codepage, title, paragraphs):
    _assert_reads(_normalise(_article(title, *paragraphs).encode(codepage), "a.txt"), title, *paragraphs)


def test_korean_page_in_euc_kr_declared_shift_jis_is_read_as_korean():
    page = _page('<meta charset="shift_jis">', KO_TITLE, KO_P1, KO_P2)
    _assert_reads(_normalise(page.encode("euc_kr"), "a.html"), KO_TITLE, KO_P1, KO_P2)


def test_euc_kr_mail_labelled_iso_2022_jp_is_read_as_korean():
    mail = (
        b"From: Desk <desk@example.kr>\nSubject: Korea\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=iso-2022-jp\nContent-Transfer-Encoding: 8bit\n\n"
    ) + f"{KO_P1}\n\n{KO_P2}\n".encode("euc_kr")
    text = _text(_normalise(mail, "a.eml"))
    assert KO_P1 in text and KO_P2 in text


# --- damaged bytes ------------------------------------------------------------------------------------


def _with_byte_before(text: str, word: str, byte: bytes) -> bytes:
    data = text.encode()
    at = data.index(word.encode())
    return data[:at] + byte + data[at:]


@pytest.mark.parametrize("byte", [b"\xff", b"\xd0", b"\xe2\x80"], ids=["invalid byte", "lead without its continuation", "sequence cut short"])
def test_an_invalid_byte_inside_utf8_cyrillic_costs_only_that_byte_and_is_on_record(byte):
    data = _with_byte_before(_article(RU_TITLE, RU_P1, RU_P2), "военнослужащие", byte)
    result = _normalise(data, "a.txt")
    text = _text(result)
    before, after = RU_P2.split("военнослужащие")
    assert before in text and "военнослужащие" + after in text and RU_P1 in text
    # No Latin letter or sign invented out of the lost byte, glued to a Russian word.
    assert not any(ch in text for ch in "ÿÐâ€"), text
    assert any(repair.startswith(("undecodable-bytes", "stray-bytes")) for repair in result.repairs), result.repairs


def test_a_windows_1252_dash_byte_in_utf8_english_is_still_read_as_the_dash():
    data = _article(EN_TITLE, "Seoul said 2,000 soldiers \x96 most of them gunners \x96 had resumed training.", EN_P2).encode()
    data = data.replace("\x96".encode(), b"\x96")
    assert "Seoul said 2,000 soldiers – most of them gunners – had resumed training." in _text(_normalise(data, "a.txt"))


def test_windows_1251_file_ending_in_a_dos_end_of_file_mark():
    result = _normalise(_article(RU_TITLE, RU_P1, RU_P2).encode("cp1251") + b"\x1a", "a.txt")
    _assert_reads(result, RU_TITLE, RU_P1, RU_P2)
    assert "\x1a" not in _text(result)


def test_euc_kr_file_padded_with_nuls_is_read():
    result = _normalise(_article(KO_TITLE, KO_P1, KO_P2).encode("euc_kr") + b"\x00" * 512, "a.txt")
    _assert_reads(result, KO_TITLE, KO_P1, KO_P2)
    assert any(repair.startswith("nul-padding") for repair in result.repairs), result.repairs


def test_utf32_little_endian_russian_without_a_byte_order_mark():
    _assert_reads(_normalise(_article(RU_TITLE, RU_P1, RU_P2).encode("utf-32-le"), "a.txt"), RU_TITLE, RU_P1, RU_P2)


def test_utf16_big_endian_korean_without_a_byte_order_mark():
    _assert_reads(_normalise(_article(KO_TITLE, KO_P1, KO_P2).encode("utf-16-be"), "a.txt"), KO_TITLE, KO_P1, KO_P2)


def test_random_bytes_after_a_utf32_byte_order_mark_are_refused_in_one_line():
    noise = bytes((i * 97 + 13) % 256 for i in range(4000))
    with pytest.raises(SourceError) as caught:
        _normalise(codecs.BOM_UTF32_LE + noise, "a.txt")
    assert "\n" not in str(caught.value) and "binary" in str(caught.value)


# --- references and Greek mojibake in markup ----------------------------------------------------------


def test_rss_with_references_to_windows_1252_code_points_in_title_and_description():
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Desk</title><item>'
        "<title>Kim&#146;s envoy in Moscow</title>"
        "<description>Officials called it &#147;a new phase&#148; &#150; without more detail on the 2,000 soldiers in Kursk.</description>"
        "<pubDate>Tue, 11 Mar 2025 08:00:00 GMT</pubDate></item></channel></rss>"
    )
    result = _normalise(rss.encode(), "feed.rss")
    assert result.articles[0].title == "Kim’s envoy in Moscow"
    assert "Officials called it “a new phase” – without more detail on the 2,000 soldiers in Kursk." in _text(result)


def test_windows_1253_mojibake_in_a_page_title_and_its_open_graph_title():
    title = "Seoul: North Korean gunners back in training — report"
    broken = title.encode().decode("cp1253", errors="replace")
    page = (
        f'<html><head><meta charset="utf-8"><title>{broken}</title><meta property="og:title" content="{broken}"></head>'
        f"<body><article><p>{EN_P1}</p><p>{EN_P2}</p></article></body></html>"
    )
    _assert_reads(_normalise(page.encode(), "a.html"), title, EN_P1, EN_P2)
