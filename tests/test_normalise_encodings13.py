"""Blind round 13: codepages of the Middle East, Thailand, Turkey and the Baltics, and damaged wide files.

UTF-8 read through Windows-1255, -1256, -1257 and -874 (once and twice), Greek read twice through
Windows-1253, legacy Turkish, Lithuanian, Polish (ISO 8859-2), Arabic (ISO 8859-6) and Thai files
without a declaration, UTF-16 whose newline bytes a text-mode transfer turned into CRLF, binary
files behind a byte-order mark, Big5 pages and mail, and figures with bidi marks or thin spaces.
Every file goes through the real reader (``read_source``) and the real pipeline (``normalise_bytes``).
"""

from __future__ import annotations

import base64
import random

import pytest

from store.analysis.numbers import find_figures
from store.errors import SourceError
from store.normalise import read_source
from store.normalise.reading import decode_bytes
from store.normalise.sloppy import sloppy_decode
from encoding_builders import article_page as _page, article_text as _text, passage_texts as _passages, read_as_ingest as _read

EN_TITLE = "North Korea sends 12,000 more troops to Russia — Seoul"
EN1 = (
    "South Korea’s spy agency said on Wednesday that North Korea had sent about 11,000 soldiers to Russia’s Kursk "
    "region, where “they are already fighting alongside Russian troops” against Ukraine."
)
EN2 = (
    "Ukrainian President Volodymyr Zelenskyy said a further 12,000 troops could follow, and that losses were close "
    "to 40% of the first contingent — a figure Moscow has not disputed."
)
HE_TITLE = "צפון קוריאה שולחת 12,000 חיילים נוספים לרוסיה"
HE1 = "לפי שירות הביון של דרום קוריאה, צפון קוריאה שלחה כ-11,000 חיילים לאזור קורסק שברוסיה, וחלקם כבר נלחמים נגד אוקראינה."
HE2 = "נשיא אוקראינה זלנסקי אמר כי האבדות הגיעו לכמעט 40% מהכוח הראשון."
AR_TITLE = "كوريا الشمالية ترسل 12 ألف جندي إضافي إلى روسيا"
AR1 = "قالت وكالة الاستخبارات الكورية الجنوبية إن كوريا الشمالية أرسلت نحو 11 ألف جندي إلى منطقة كورسك الروسية، وبعضهم يقاتل بالفعل."
AR2 = "وقال الرئيس الأوكراني زيلينسكي إن الخسائر بلغت نحو 40% من الدفعة الأولى."
TH_TITLE = "เกาหลีเหนือส่งทหารเพิ่มอีก 12,000 นายไปรัสเซีย"
TH1 = "หน่วยข่าวกรองเกาหลีใต้ระบุว่าเกาหลีเหนือส่งทหารราว 11,000 นายไปยังภูมิภาคเคิร์สก์ของรัสเซีย และบางส่วนเข้าร่วมการสู้รบแล้ว"
TH2 = "ประธานาธิบดีเซเลนสกีกล่าวว่าความสูญเสียคิดเป็นเกือบ 40% ของกองกำลังชุดแรก"
EL_TITLE = "Η Βόρεια Κορέα στέλνει 12.000 στρατιώτες στη Ρωσία"
EL1 = "Σύμφωνα με τη νοτιοκορεατική υπηρεσία πληροφοριών, η Βόρεια Κορέα έστειλε περίπου 11.000 στρατιώτες στην περιοχή του Κουρσκ."
EL2 = "Ο πρόεδρος Ζελένσκι δήλωσε ότι οι απώλειες έφτασαν σχεδόν το 40% του πρώτου σώματος."
TR_TITLE = "Kuzey Kore Rusya'ya 12.000 asker daha gönderiyor"
TR1 = "Güney Kore istihbaratına göre Kuzey Kore, Rusya'nın Kursk bölgesine yaklaşık 11.000 asker gönderdi; bir kısmı şimdiden çatışmalara katıldı."
TR2 = "Ukrayna Devlet Başkanı Zelenskiy, kayıpların ilk birliğin yüzde 40'ına ulaştığını söyledi."
LT_TITLE = "Šiaurės Korėja siunčia dar 12 000 karių į Rusiją"
LT1 = "Pietų Korėjos žvalgybos duomenimis, Šiaurės Korėja į Kursko sritį išsiuntė apie 11 000 karių, kurie jau kovoja prieš Ukrainą."
LT2 = "Ukrainos prezidentas Zelenskis sakė, kad nuostoliai siekia beveik 40 proc. pirmojo kontingento - Maskva to neneigia."
PL_TITLE = "Korea Północna wysyła kolejnych 12 000 żołnierzy do Rosji"
PL1 = "Według południowokoreańskiego wywiadu Korea Północna wysłała około 11 000 żołnierzy, którzy już walczą z Ukraińcami."
PL2 = "Prezydent Zełenski powiedział, że straty sięgnęły prawie 40% i są coraz większe; Moskwa milczy."
CS_TITLE = "Severní Korea vyslala do Ruska dalších 12 000 vojáků"
CS1 = "Severní Korea vyslala do Ruska dalších 12 000 vojáků, uvedla jihokorejská zpravodajská služba; část už bojuje v Kurské oblasti."
CS2 = "Ukrajinský prezident Zelenskyj řekl, že ztráty dosáhly téměř 40 % prvního kontingentu."
UK_TITLE = "Північнокорейські військові ґрунтовно готуються до наступу на Курщині"
UK1 = "За даними Головного управління розвідки, Північна Корея відправила до Росії близько 11 тисяч військових, які вже є на передовій."
UK2 = "Єдиний шлях зупинити ескалацію, за словами Зеленського, це посилити ґрунтовний тиск на Пхеньян і Москву."
KO_TITLE = "북한군, 러시아 쿠르스크에 추가 파병"
KO1 = "국가정보원은 북한이 러시아 쿠르스크 지역에 약 1만1천 명의 병력을 보냈으며, 이들 가운데 일부가 이미 전투에 투입됐다고 밝혔다."
KO2 = "정보당국은 북한군 사상자가 최소 1천100명에 이르는 것으로 추정하고 있다고 덧붙였다."
JA_TITLE = "北朝鮮兵、ロシア西部クルスク州で戦闘に参加"
JA1 = "韓国の国家情報院は、北朝鮮がロシアに約1万1千人の兵士を派遣し、その一部がすでに戦闘に投入されたと明らかにした。"
JA2 = "情報当局によると、北朝鮮兵の死傷者は少なくとも1100人に上るとみられる。"
TW_TITLE = "北韓向俄羅斯庫爾斯克增派軍隊"
TW1 = "南韓國家情報院表示，北韓已向俄羅斯庫爾斯克地區派遣約1.1萬名士兵，其中部分已投入與烏克蘭軍隊的戰鬥。"
TW2 = "情報部門估計，北韓士兵傷亡人數至少達到1100人。"




def _seen_through(text: str, codepage: str, times: int = 1) -> bytes:
    """UTF-8 text read through ``codepage`` as browsers do (undefined bytes as C1 controls) and saved as UTF-8, ``times`` over."""
    for _ in range(times):
        text = sloppy_decode(text.encode("utf-8"), codepage)
    return text.encode("utf-8")


# --- UTF-8 read through Hebrew, Arabic, Baltic and Thai codepages ---------------------------------------


@pytest.mark.parametrize(
    ("codepage", "times"),
    [("cp1255", 1), ("cp1255", 2), ("cp1256", 2), ("cp874", 1), ("cp874", 2), ("cp1257", 1)],
)
def test_english_punctuation_read_through_a_non_western_codepage_is_repaired(tmp_path, codepage, times):
    # An em dash becomes "ג€”" (Windows-1255), "โ€”" (Windows-874) or "ā€”" (Windows-1257).
    data = _seen_through(_text(EN_TITLE, EN1, EN2), codepage, times)
    result = _read(tmp_path, "wire.txt", data)
    assert result.articles[0].title == EN_TITLE
    assert _passages(result) == [EN1, EN2]
    assert f"mojibake:{codepage}" in " ".join(result.repairs)


@pytest.mark.parametrize(
    ("codepage", "title", "paragraphs"),
    [("cp1255", HE_TITLE, (HE1, HE2)), ("cp1256", AR_TITLE, (AR1, AR2))],
)
def test_hebrew_and_arabic_read_through_their_own_windows_codepage_are_repaired(tmp_path, codepage, title, paragraphs):
    # "שלום" becomes "׳©׳œ׳•׳", "السلام" becomes "ط§ظ„ط³ظ„ط§ظ…": the famous mojibake of Israeli and Arab sites.
    result = _read(tmp_path, "site.txt", _seen_through(_text(title, *paragraphs), codepage))
    assert result.articles[0].title == title
    assert _passages(result) == list(paragraphs)


def test_a_thai_paragraph_read_through_windows_874_is_repaired(tmp_path):
    thai = TH1 + "."
    result = _read(tmp_path, "mixed.txt", _seen_through(_text(EN_TITLE, EN1, thai, EN2), "cp874"))
    assert _passages(result) == [EN1, thai, EN2]


def test_genuine_hebrew_arabic_and_thai_are_not_taken_for_mojibake(tmp_path):
    # Arabic commas and Persian letters after a letter, Thai words whose bytes in Windows-874 are valid
    # UTF-8 ("โจทก์", "ไฟฟ้า", "แจง"): all of them genuine text.
    hebrew = HE1 + " «ציטוט» — ב־2024."
    arabic = AR1 + " «اقتباس»، پک گچ."
    thai = "โจทก์ยื่นฟ้องต่อศาล ไฟฟ้าดับทั้งเมือง แจงว่าเขตแดนปลอดภัย " + TH2 + "."
    result = _read(tmp_path, "scripts.txt", _text(EN_TITLE, EN1, hebrew, arabic, thai).encode())
    assert _passages(result) == [EN1, hebrew, arabic, thai]
    assert not any(r.startswith("mojibake") for r in result.repairs)


def test_joiners_that_persian_spells_with_are_kept_and_others_go(tmp_path):
    persian = "گزارش‌ها می‌گویند سربازان کره شمالی در کورسک می‌جنگند و خبرگزاری‌ها آن را تأیید کردند."
    hidden = EN1.replace("Kursk", "Kur\u200csk").replace("soldiers", "sol\u200ddiers")
    result = _read(tmp_path, "irna.txt", _text(EN_TITLE, hidden, persian).encode())
    assert _passages(result) == [EN1, persian]


def test_greek_read_twice_through_windows_1253_is_repaired_to_the_end(tmp_path):
    # "στη" once is "ΟƒΟ„Ξ·", twice "ΞŸΖ’ΞŸβ€žΞžΒ·": the first layer alone is Greek-looking, not the text.
    result = _read(tmp_path, "kathimerini.txt", _seen_through(_text(EL_TITLE, EL1, EL2), "cp1253", 2))
    assert result.articles[0].title == EL_TITLE
    assert _passages(result) == [EL1, EL2]


# --- Legacy codepages without a declaration ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("codepage", "title", "paragraphs", "encoding"),
    [
        ("cp1254", TR_TITLE, (TR1, TR2), "cp1254"),
        ("cp1257", LT_TITLE, (LT1, LT2), "cp1257"),
        ("iso8859_13", LT_TITLE, (LT1, LT2), "cp1257"),  # the same letters as Windows-1257
        ("iso8859_2", PL_TITLE, (PL1, PL2), "iso8859_2"),  # "walczą" is "walcz±" in Windows-1250
        ("iso8859_6", AR_TITLE, (AR1, AR2), "iso8859_6"),
        ("iso8859_2", CS_TITLE, (CS1, CS2), "iso8859_2"),  # "služba" is "sluľba" in Windows-1250
        ("cp1250", PL_TITLE, (PL1, PL2), "cp1250"),  # no "ś" or "ź", the bytes only Windows-1250 uses
    ],
)
def test_legacy_latin_and_arabic_files_are_read_in_their_codepage(tmp_path, codepage, title, paragraphs, encoding):
    result = _read(tmp_path, "legacy.txt", _text(title, *paragraphs).encode(codepage))
    assert result.encoding == encoding
    assert result.articles[0].title == title
    assert _passages(result) == list(paragraphs)


def test_icelandic_in_windows_1252_is_not_taken_for_turkish_or_lithuanian(tmp_path):
    # "ð þ ý" are Turkish "ğ ş ı" and Lithuanian "š ž" in a Windows-1252 reading; Icelandic writes them
    # with acute vowels, which those languages do not.  An all-capitals headline is no exception.
    icelandic = "Þjóðverjar og Íslendingar ræddu ástandið í Úkraínu; hermenn frá Norður-Kóreu þykja ógn við öryggi Evrópu."
    result = _read(tmp_path, "ruv.txt", _text("HERMENN FRÁ NORÐUR-KÓREU Í RÚSSLANDI", icelandic, icelandic.upper()).encode("cp1252"))
    assert result.encoding == "cp1252"
    assert _passages(result) == [icelandic, icelandic.upper()]


@pytest.mark.parametrize("codepage", ["cp874", "tis_620"])
def test_thai_files_without_a_declaration_are_read_as_thai(tmp_path, codepage):
    path = tmp_path / "thairath.txt"
    path.write_bytes(_text(TH_TITLE, TH1, TH2).encode(codepage))
    decoded = decode_bytes(read_source(path), path.name)
    assert decoded.encoding == "cp874"
    assert decoded.text == _text(TH_TITLE, TH1, TH2)


# --- Big5 ----------------------------------------------------------------------------------------------------


def test_big5_page_declared_as_gb2312_and_big5_mail_in_base64(tmp_path):
    page = _read(tmp_path, "cna.html", _page('<meta charset="gb2312">', TW_TITLE, TW1, TW2).encode("big5"))
    assert page.encoding == "big5"
    assert _passages(page) == [TW1, TW2]
    subject = base64.b64encode(TW_TITLE.encode("big5")).decode()
    body = base64.encodebytes(f"{TW1}\n\n{TW2}\n".encode("big5")).decode()
    mail = (
        f"From: news@cna.com.tw\nSubject: =?big5?B?{subject}?=\nDate: Mon, 4 Nov 2024 09:00:00 +0800\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=big5\nContent-Transfer-Encoding: base64\n\n{body}"
    )
    result = _read(tmp_path, "cna.eml", mail.encode())
    assert result.articles[0].title == TW_TITLE
    assert _passages(result)[-2:] == [TW1, TW2]


# --- Charset labels Python does not know -------------------------------------------------------------------


def _mail(charset: str, codec: str, title: str, paragraphs: tuple[str, ...], transfer: str) -> bytes:
    body = "\n\n".join(paragraphs).encode(codec) + b"\n"
    if transfer == "base64":
        body = base64.encodebytes(body)
    subject = base64.b64encode(title.encode(codec)).decode()
    head = (
        f"From: desk@example.com\nSubject: =?{charset}?B?{subject}?=\nDate: Mon, 4 Nov 2024 09:00:00 +0200\n"
        f"MIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {transfer}\n\n"
    )
    return head.encode() + body


@pytest.mark.parametrize(
    ("charset", "codec", "title", "paragraphs", "transfer"),
    [
        ("iso-8859-8-i", "iso8859_8", HE_TITLE, (HE1, HE2), "base64"),  # what Hebrew mail clients send
        ("iso-8859-8-i", "iso8859_8", HE_TITLE, (HE1, HE2), "8bit"),
        ("windows-874", "cp874", EN_TITLE, (EN1, TH1 + ".", EN2), "8bit"),  # Thai Outlook
        ("x-sjis", "shift_jis", JA_TITLE, (JA1, JA2), "8bit"),
        ("x-euc-jp", "euc_jp", JA_TITLE, (JA1, JA2), "base64"),
        ("x-mac-cyrillic", "mac_cyrillic", UK_TITLE, (UK1, UK2), "8bit"),
        ("koi8-ru", "koi8_u", UK_TITLE, (UK1, UK2), "base64"),
    ],
)
def test_mail_in_a_charset_label_python_does_not_know_is_read(tmp_path, charset, codec, title, paragraphs, transfer):
    # The mail library knows none of these labels: it refused the base64 bodies and kept the subjects
    # as replacement characters.
    result = _read(tmp_path, "message.eml", _mail(charset, codec, title, paragraphs, transfer))
    assert result.articles[0].title == title
    assert _passages(result)[-len(paragraphs) :] == list(paragraphs)


# --- UTF-16 damaged in transfer; binary behind a byte-order mark -----------------------------------------


@pytest.mark.parametrize(
    ("encoding", "bom", "title", "paragraphs"),
    [
        ("utf-16-le", b"\xff\xfe", EN_TITLE, (EN1, EN2)),
        ("utf-16-be", b"\xfe\xff", EN_TITLE, (EN1, EN2)),
        ("utf-16-le", b"\xff\xfe", KO_TITLE, (KO1, KO2)),
    ],
)
def test_utf16_whose_newline_bytes_became_crlf_is_restored(tmp_path, encoding, bom, title, paragraphs):
    # FTP in text mode or unix2dos put 0x0D before every 0x0A byte: the rest of the file is shifted by one.
    damaged = (bom + _text(title, *paragraphs).encode(encoding)).replace(b"\n", b"\r\n")
    assert len(damaged) % 2 == 1
    result = _read(tmp_path, "export.txt", damaged)
    assert result.articles[0].title == title
    assert _passages(result) == list(paragraphs)
    assert "utf-16-newlines-unconverted" in result.repairs


def test_utf16_with_windows_line_endings_is_left_as_it_is(tmp_path):
    data = b"\xff\xfe" + _text(EN_TITLE, EN1, EN2).replace("\n", "\r\n").encode("utf-16-le")
    result = _read(tmp_path, "notepad.txt", data)
    assert _passages(result) == [EN1, EN2]
    assert "utf-16-newlines-unconverted" not in result.repairs


@pytest.mark.parametrize("bom", [b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"])
def test_binary_behind_a_byte_order_mark_is_refused_in_one_line(tmp_path, bom):
    noise = random.Random(13)
    path = tmp_path / "capture.txt"
    path.write_bytes(bom + bytes(noise.randrange(256) for _ in range(6000)))
    with pytest.raises(SourceError, match="binary content") as refused:
        read_source(path)
    assert "\n" not in str(refused.value)


# --- Figures --------------------------------------------------------------------------------------------------


def test_bidi_marks_and_narrow_spaces_inside_figures_leave_the_figures_whole(tmp_path):
    # Right-to-left pages wrap figures in LRM/RLM or embeddings; French and Swiss copy groups digits with
    # a narrow no-break or thin space.
    marked = EN1.replace("11,000", "\u200e11\u202f000\u200f")
    embedded = EN2.replace("12,000", "\u202a12\u2009000\u202c").replace("40%", "\u206640\u2069%")
    result = _read(tmp_path, "rtl.txt", _text(EN_TITLE, marked, embedded).encode())
    assert _passages(result) == [EN1.replace("11,000", "11 000"), EN2.replace("12,000", "12 000")]
    values = {figure.value for passage in _passages(result) for figure in find_figures(passage)}
    assert {11000.0, 12000.0, 40.0} <= values
