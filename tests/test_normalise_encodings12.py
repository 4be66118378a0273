"""Blind round 12: encodings and text repair on articles in Russian, Ukrainian, Korean, Japanese and Chinese.

Legacy-codepage text read as Windows-1252 and saved as UTF-8 (with and without a second layer of
mojibake), charset declarations that lie between Cyrillic or CJK codepages, mail headers decoded in the
wrong charset, UTF-16 without a BOM in scripts written without spaces, Python's surrogate-escaped
bytes in JSON, JSON escapes and doubly escaped entities left in prose, a lone Hangul syllable of
mojibake, and losses that happened before the file was saved.  Every file goes through the real
reader (``read_source``) and the real pipeline (``normalise_bytes`` or ``prepare_file``).
"""

from __future__ import annotations

import base64
import json

import pytest

from store.ingest_pool import prepare_file
from store.normalise import read_source
from store.normalise.sloppy import sloppy_decode
from store.search.index import SearchIndex
from encoding_builders import article_page as _page, article_text as _text, passage_texts as _passages, read_as_ingest as _read

RU_TITLE = "КНДР направила в Россию ещё 12 000 военных"
RU1 = (
    "По данным южнокорейской разведки, Северная Корея отправила в Курскую область около 11 000 солдат, "
    "которые уже участвуют в боях против украинских войск."
)
RU2 = "Президент Украины Владимир Зеленский заявил, что потери составили почти 40% первого контингента."
UK_TITLE = "Північнокорейські військові ґрунтовно готуються до наступу на Курщині"
UK1 = (
    "За даними Головного управління розвідки, Північна Корея відправила до Росії близько 11 тисяч військових, "
    "які вже є на передовій і їхні втрати зростають."
)
UK2 = "Єдиний шлях зупинити ескалацію, за словами Зеленського, це посилити ґрунтовний тиск на Пхеньян і Москву."
KO_TITLE = "북한군, 러시아 쿠르스크에 추가 파병"
KO1 = (
    "국가정보원은 북한이 러시아 쿠르스크 지역에 약 1만1천 명의 병력을 보냈으며, 이들 가운데 일부가 이미 "
    "우크라이나군과의 전투에 투입됐다고 밝혔다."
)
KO2 = "정보당국은 북한군 사상자가 최소 1천100명에 이르는 것으로 추정하고 있다고 덧붙였다."
JA_TITLE = "北朝鮮兵、ロシア西部クルスク州で戦闘に参加"
JA1 = "韓国の国家情報院は、北朝鮮がロシアに約1万1千人の兵士を派遣し、その一部がすでにウクライナ軍との戦闘に投入されたと明らかにした。"
JA2 = "情報当局によると、北朝鮮兵の死傷者は少なくとも1100人に上るとみられる。"
ZH_TITLE = "朝鲜向俄罗斯库尔斯克增派军队"
ZH1 = "韩国国家情报院表示，朝鲜已向俄罗斯库尔斯克地区派遣约1.1万名士兵，其中部分已投入与乌克兰军队的战斗。"
ZH2 = "情报部门估计，朝鲜士兵伤亡人数至少达到1100人。"
EN_TITLE = "North Korea sends 12,000 more troops to Russia — Seoul"
EN1 = (
    "South Korea’s spy agency said on Wednesday that North Korea had sent about 11,000 soldiers to Russia’s Kursk "
    "region, where “they are already fighting alongside Russian troops” against Ukraine."
)
EN2 = (
    "Ukrainian President Volodymyr Zelenskyy said a further 12,000 troops could follow, and that losses were close "
    "to 40% of the first contingent — a figure Moscow has not disputed."
)
STORIES = {
    "ru": (RU_TITLE, RU1, RU2),
    "uk": (UK_TITLE, UK1, UK2),
    "ko": (KO_TITLE, KO1, KO2),
    "ja": (JA_TITLE, JA1, JA2),
    "zh": (ZH_TITLE, ZH1, ZH2),
    "en": (EN_TITLE, EN1, EN2),
}




def _seen_through_cp1252(data: bytes) -> bytes:
    """Bytes read as Windows-1252 the way browsers and editors do (undefined bytes as C1 controls), saved as UTF-8."""
    return sloppy_decode(data, "cp1252").encode("utf-8")


# --- Legacy text read as Windows-1252 and saved as UTF-8 ------------------------------------------


@pytest.mark.parametrize(
    ("story", "codepage"),
    [("ru", "cp1251"), ("ru", "koi8_r"), ("uk", "cp1251"), ("uk", "koi8_u"), ("ko", "euc_kr"), ("ja", "shift_jis"), ("ja", "euc_jp"), ("zh", "gb18030")],
)
def test_legacy_text_read_as_windows_1252_and_saved_as_utf8_is_read_in_its_codepage(tmp_path, story, codepage):
    title, p1, p2 = STORIES[story]
    result = _read(tmp_path, f"{story}.txt", _seen_through_cp1252(_text(title, p1, p2).encode(codepage)))
    assert result.articles[0].title == title
    assert _passages(result) == [p1, p2]
    assert any(r.startswith("legacy-mojibake:") for r in result.repairs)


def test_legacy_mojibake_under_a_second_layer_of_utf8_mojibake_is_peeled(tmp_path):
    once = sloppy_decode(_text(RU_TITLE, RU1, RU2).encode("cp1251"), "cp1252")
    twice = sloppy_decode(once.encode("utf-8"), "cp1252").encode("utf-8")  # "ÃŠÃ\x8dÃ„Ã\x90" for "КНДР"
    result = _read(tmp_path, "twice.txt", twice)
    assert result.articles[0].title == RU_TITLE
    assert _passages(result) == [RU1, RU2]


def test_one_korean_paragraph_seen_through_windows_1252_in_an_english_article(tmp_path):
    pasted = sloppy_decode(KO1.encode("cp949"), "cp1252")  # "±¹°¡Á¤º¸¿øÀº ºÏÇÑÀÌ ..."
    result = _read(tmp_path, "mixed.txt", _text(EN_TITLE, EN1, pasted, EN2).encode("utf-8"))
    assert _passages(result) == [EN1, KO1, EN2]
    assert "legacy-mojibake:cp949 x1 lines" in result.repairs


def test_western_european_paragraphs_are_never_read_as_legacy_mojibake(tmp_path):
    french = (
        "Le président français a déclaré à Paris que l’arrivée de soldats nord-coréens en Russie était "
        "« une escalade très grave » et a appelé à une réponse européenne coordonnée, à l’été."
    )
    german = "Bundesaußenministerin äußerte sich über die Größenordnung: „Nordkoreanische Truppen in Kursk“ – die Lage sei äußerst ernst."
    icelandic = "Þjóðverjar og Íslendingar ræddu ástandið í Úkraínu; hermenn frá Norður-Kóreu þykja ógn við öryggi Evrópu."
    # Runs of symbols and capitals that read as Cyrillic ("£€¥" as "ЈЂҐ") or half-width katakana ("ÉÉÉ").
    symbols = "Exchange desks quoted the rouble against £€¥ baskets; ±°§ marks and ©®™ notices stayed, and Ãéö too."
    shouted = "Demonstrators in Brussels chanted “ÉÉÉ” and “ÀÀÀ” outside the North Korean embassy on Friday."
    paragraphs = [french, german, icelandic, symbols, shouted]
    for name, encoding in (("western.txt", "utf-8"), ("western-1252.txt", "cp1252")):
        result = _read(tmp_path, name, _text("Western reactions", *paragraphs).encode(encoding))
        assert _passages(result) == paragraphs
        assert not any(r.startswith(("legacy-mojibake", "mojibake:legacy")) for r in result.repairs)


def test_russian_names_seen_through_windows_1252_in_an_english_sentence_are_read(tmp_path):
    line = "Kim Jong Un met Sergei Shoigu (Ñåðãåé Øîéãó) and Andrei Belousov (Àíäðåé Áåëîóñîâ) in Pyongyang on Friday."
    result = _read(tmp_path, "names.txt", _text(EN_TITLE, EN1, line).encode())
    assert _passages(result) == [
        EN1,
        "Kim Jong Un met Sergei Shoigu (Сергей Шойгу) and Andrei Belousov (Андрей Белоусов) in Pyongyang on Friday.",
    ]


def test_mail_subject_in_a_mislabelled_charset_is_read_as_what_it_is(tmp_path):
    subject = base64.b64encode(RU_TITLE.encode("cp1251")).decode()  # labelled Latin-1, written in Windows-1251
    mail = (
        f"From: news@ria.ru\nSubject: =?iso-8859-1?B?{subject}?=\nDate: Mon, 4 Nov 2024 09:00:00 +0300\n"
        "Content-Type: text/plain; charset=iso-8859-1\n\n"
    ).encode() + f"{RU1}\n\n{RU2}\n".encode("cp1251")
    result = _read(tmp_path, "ria.eml", mail)
    assert result.articles[0].title == RU_TITLE
    assert _passages(result)[-2:] == [RU1, RU2]


@pytest.mark.parametrize(("story", "codepage", "outlet"), [("ru", "cp1251", "TASS"), ("ja", "shift_jis", "Kyodo")])
def test_json_feed_fields_in_legacy_mojibake_are_repaired_once_parsed(tmp_path, story, codepage, outlet):
    title, p1, p2 = STORIES[story]

    def seen(text: str) -> str:
        return sloppy_decode(text.encode(codepage), "cp1252")

    # Shift_JIS trail bytes include 0x5C, which JSON escapes as "\\": only the parsed values can be re-read.
    feed = json.dumps([{"title": seen(title), "body": f"{seen(p1)}\n\n{seen(p2)}", "source": outlet}], ensure_ascii=story == "ru")
    result = _read(tmp_path, "feed.json", feed.encode())
    assert result.articles[0].title == title
    assert _passages(result) == [p1, p2]


def test_raw_windows_1251_subject_in_a_utf8_message_is_read(tmp_path):
    head = b"From: desk@ria.ru\nSubject: " + RU_TITLE.encode("cp1251")
    mail = head + f"\nDate: Mon, 4 Nov 2024 09:00:00 +0300\nContent-Type: text/plain; charset=utf-8\n\n{RU1}\n\n{RU2}\n".encode()
    result = _read(tmp_path, "ria.eml", mail)
    assert result.articles[0].title == RU_TITLE
    assert _passages(result)[-2:] == [RU1, RU2]


# --- Declarations that lie ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("story", "declared", "actual"),
    [
        ("ru", "windows-1251", "koi8_r"),
        ("ru", "koi8-r", "cp1251"),
        ("ru", "iso-8859-5", "cp1251"),
        ("ru", "windows-1251", "iso8859_5"),
        ("ja", "gb2312", "shift_jis"),
        ("ko", "gbk", "euc_kr"),
    ],
)
def test_meta_charset_that_names_the_wrong_codepage_of_the_same_script_is_overruled(tmp_path, story, declared, actual):
    title, p1, p2 = STORIES[story]
    page = _page(f'<meta charset="{declared}">', title, p1, p2).encode(actual)
    result = _read(tmp_path, "page.html", page)
    assert result.articles[0].title == title
    assert _passages(result) == [p1, p2]
    assert "charset-declared" not in result.repairs


def test_meta_charset_that_tells_the_truth_is_still_taken(tmp_path):
    page = _page('<meta charset="koi8-u">', UK_TITLE, UK1, UK2).encode("koi8_u")
    result = _read(tmp_path, "ukr.html", page)
    assert result.encoding == "koi8_u" and "charset-declared" in result.repairs
    assert _passages(result) == [UK1, UK2]


# --- UTF-8 mojibake of Hangul, UTF-16 without a BOM -----------------------------------------------------


def test_lone_hangul_syllable_of_mojibake_between_figures_is_repaired(tmp_path):
    # "만" alone between "1" and "1천" ("ë§Œ") is one three-byte sequence, repaired once its line is Korean.
    data = _seen_through_cp1252(_text(EN_TITLE, EN1, KO1).encode("utf-8"))
    result = _read(tmp_path, "yonhap.txt", data)
    assert _passages(result) == [EN1, KO1]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("story", ["ja", "zh"])
def test_utf16_without_bom_in_a_script_written_without_spaces_is_read(tmp_path, encoding, story):
    title, p1, p2 = STORIES[story]
    text = _text(title, p1, p2)
    assert not text.encode(encoding).startswith((b"\xff\xfe", b"\xfe\xff"))
    result = _read(tmp_path, f"{story}.txt", text.encode(encoding))
    assert result.articles[0].title == title
    assert _passages(result) == [p1, p2]
    assert f"{encoding[:6]}-without-bom" in result.repairs


def test_sixteen_bit_binary_without_prose_is_still_refused(tmp_path):
    from store.errors import SourceError

    # 16-bit values: small ones (a NUL high byte, read as digits) between large ones that read as
    # printable ideographs.  Without sentence punctuation that is a table of numbers, not Chinese.
    values = [0x30 + n % 10 if n % 4 == 0 else 0x4E00 + (n * 7919) % 0x5000 for n in range(400)]
    path = tmp_path / "samples.txt"
    path.write_bytes(b"".join(v.to_bytes(2, "little") for v in values))
    with pytest.raises(SourceError, match="binary"):
        read_source(path)


# --- Escapes ------------------------------------------------------------------------------------------


def test_surrogate_escaped_bytes_in_json_are_decoded_as_utf8(tmp_path):
    escaped = KO1.encode("utf-8").decode("ascii", "surrogateescape")  # a scraper's "\udceb\udcb6..."
    feed = json.dumps([{"title": EN_TITLE, "body": f"{escaped}\n\n{EN1}", "source": "Yonhap"}]).encode()
    result = _read(tmp_path, "api.json", feed)
    assert result.articles[0].title == EN_TITLE
    assert _passages(result) == [KO1, EN1]
    assert "mojibake:surrogate-escapes x{}".format(len(KO1.encode()) - len(KO1.encode("ascii", "ignore"))) in result.repairs


def test_json_escapes_left_in_plain_text_are_decoded(tmp_path):
    escaped = EN1.replace("’", "\\u2019").replace("“", "\\u201c").replace("”", "\\u201d")
    mojibake = EN2.replace("—", "\\u00e2\\u0080\\u0094")  # UTF-8 bytes escaped one by one
    result = _read(tmp_path, "pasted.txt", _text(EN_TITLE, escaped, mojibake, "\\ubd81\\ud55c\\uad70 \\ud30c\\ubcd1").encode())
    assert _passages(result) == [EN1, EN2, "북한군 파병"]


def test_escaped_backslashes_and_ascii_escapes_stay_as_written(tmp_path):
    line = 'The export held "C:\\\\users\\\\kim" and \\u0022quoted\\u0022 text, and North Korea\\u2019s \\u201cvolunteers\\u201d.'
    result = _read(tmp_path, "export.txt", _text("Export notes", line).encode())
    assert _passages(result) == ['The export held "C:\\\\users\\\\kim" and \\u0022quoted\\u0022 text, and North Korea’s “volunteers”.']


def test_entities_escaped_twice_in_plain_text_are_decoded_once_for_all(tmp_path):
    doubled = EN1.replace("’", "&amp;#8217;").replace("“", "&amp;ldquo;").replace("”", "&amp;rdquo;")
    result = _read(tmp_path, "cms.txt", _text(EN_TITLE, doubled, EN2.replace("—", "&amp;mdash;")).encode())
    assert _passages(result) == [EN1, EN2]


# --- Losses on record; invisible and full-width characters ----------------------------------------------


def test_replacement_characters_already_in_a_utf8_file_are_on_record(tmp_path):
    damaged = KO1.replace("쿠르스크", "\ufffd\ufffd\ufffd")
    result = _read(tmp_path, "damaged.txt", _text(KO_TITLE, damaged, KO2).encode())
    assert _passages(result) == [damaged, KO2]
    assert "replacement-characters-in-source x3" in result.repairs


def test_a_nul_after_every_line_is_damage_to_strip_not_binary(tmp_path):
    text = _text(EN_TITLE, EN1, KO1, EN2).replace("\n", "\x00\n")  # each string written with its terminator
    result = _read(tmp_path, "export.txt", text.encode())
    assert _passages(result) == [EN1, KO1, EN2]
    assert any(r.startswith("controls-stripped") for r in result.repairs)


def test_invisible_and_full_width_characters_do_not_hide_words_from_search(tmp_path):
    hidden = (
        "South Korea’s spy agency said North Korea sent １１，０００ sol\u00addiers to Kur\u200bsk, "
        "according to \uff2e\uff21\uff34\uff2f officials, and Wednes\ufeffday’s brie\u2060fing confirmed it."
    )
    path = tmp_path / "briefing.txt"
    path.write_bytes(_text("Briefing on Kursk", hidden).encode("utf-16"))
    prepared = prepare_file(path)
    assert prepared.error is None
    text = prepared.normalised.articles[0].passages[0].text
    assert "11,000 soldiers to Kursk" in text and "Wednesday’s briefing" in text
    index = SearchIndex.from_articles(prepared.normalised.articles, [])
    for query in ("Kursk", "soldiers", "NATO", "11000", "briefing"):
        assert index.search(query), query


def test_rfc2047_headers_in_korean_and_ukrainian_charsets_give_title_and_outlet(tmp_path):
    def word(text: str, charset: str) -> str:
        return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="

    korean = (
        f"From: {word('연합뉴스', 'cp949').replace('cp949', 'ks_c_5601-1987')} <news@yna.co.kr>\n"
        f"Subject: {word(KO_TITLE, 'cp949').replace('cp949', 'ks_c_5601-1987')}\nDate: Mon, 4 Nov 2024 09:00:00 +0900\n"
        'Content-Type: text/plain; charset="ks_c_5601-1987"\nContent-Transfer-Encoding: base64\n\n'
        + base64.encodebytes(f"{KO1}\n\n{KO2}\n".encode("cp949")).decode()
    ).encode()
    ukrainian = (
        f"From: {word('Укрінформ', 'koi8_u').replace('koi8_u', 'koi8-u')} <news@ukrinform.ua>\n"
        f"Subject: {word(UK_TITLE, 'koi8_u').replace('koi8_u', 'koi8-u')}\nDate: Mon, 4 Nov 2024 09:00:00 +0200\n"
        "Content-Type: text/plain; charset=koi8-u\nContent-Transfer-Encoding: 8bit\n\n"
    ).encode() + f"{UK1}\n\n{UK2}\n".encode("koi8_u")
    for name, data, title, outlet, paragraphs in (
        ("yonhap.eml", korean, KO_TITLE, "Yonhap", [KO1, KO2]),
        ("ukrinform.eml", ukrainian, UK_TITLE, "Ukrinform", [UK1, UK2]),
    ):
        result = _read(tmp_path, name, data)
        article = result.articles[0]
        assert (article.title, article.outlet) == (title, outlet)
        assert _passages(result)[-2:] == paragraphs
