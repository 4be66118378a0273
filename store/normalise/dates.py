"""Publication dates as written in headers and datelines, to ISO 8601.

Handles "2024-11-05", "Dec. 10, 2020", "10 December 2020", "November 5, 2024 at
3:04 PM", "2024年12月19日" (Chinese, Japanese, Korean), day-first dates with the
month named in another European language ("20. Dezember 2024", "20 de diciembre
de 2024", "20 grudnia 2024", "21 декабря 2024"), numeric "06-05-2025" / "06/05/2025" / "06.05.2025", and a dateline's
"Nov 5" when the year can be found elsewhere (``yearless_dates``).  Numeric dates whose day and
month could be swapped are flagged ambiguous; the reading chosen for them
follows the evidence described in ``resolve_day_month``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from store.normalise.juche_dates import juche_date
from store.normalise.solar_dates import solar_date

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: Month names of the languages whose outlets an analyst of this war reads most, as they stand
#: in a date: Polish, Czech, Slovak, Russian and Ukrainian in the genitive ("20 grudnia", "22. listopadu"), the rest as written.
#: English is matched by ``_MONTH``; a name shared by two languages means the same month.
FOREIGN_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate((
        "januar jänner janvier enero gennaio janeiro januari stycznia января січня ledna januára",
        "februar février fevrier febrero febbraio fevereiro februari lutego февраля лютого února februára",
        "märz maerz mars marzo março marco maart marca марта березня března",
        "avril abril aprile kwietnia апреля квітня dubna apríla",
        "mai mayo maggio maio mei maja мая травня května mája",
        "juni juin junio giugno junho czerwca июня червня června júna",
        "juli juillet julio luglio julho lipca июля липня července júla",
        "août aout agosto augustus sierpnia августа серпня srpna augusta",
        "septembre septiembre setiembre settembre setembro września сентября вересня září septembra",
        "oktober octobre octubre ottobre outubro oktober października октября жовтня října októbra",
        "novembre noviembre novembro listopada ноября листопада listopadu novembra",
        "dezember décembre decembre diciembre dicembre dezembro grudnia декабря грудня prosince decembra",
    ), start=1)
    for name in names.split()
} | {
    # The short forms a page's date line prints ("13 ene 2025", "5 févr. 2025", "12 дек 2024", "3 груд. 2024").
    name: number
    for number, names in enumerate((
        "ene janv jän янв січ sty", "févr fevr фев лют lut", "mär мар бер", "abr avr апр квіт kwi", "трав",
        "черв июн cze", "juil июл лип lip", "ago авг серп sie", "set сен сент вер wrz", "okt ott out окт жовт paź",
        "ноя лист lis", "dic déc dez дек груд gru",
    ), start=1)
    for name in names.split()
} | {
    # Greek in the genitive ("13 Ιανουαρίου 2025"), with and without its accent (capitals drop it); Arabic
    # as Egypt and the Gulf name the months ("13 يناير 2025"); Hebrew with and without the "in" it takes
    # ("13 בינואר 2025"); Thai in full and abbreviated ("13 ก.พ. 2025"; its Buddhist-era years: ``_THAI_DATE``).
    name: number
    for number, names in enumerate((
        "ιανουαρίου ιανουαριου يناير ינואר בינואר มกราคม ม.ค",
        "φεβρουαρίου φεβρουαριου فبراير פברואר בפברואר กุมภาพันธ์ ก.พ",
        "μαρτίου μαρτιου مارس מרץ במרץ מרס במרס มีนาคม มี.ค",
        "απριλίου απριλιου أبريل ابريل إبريل אפריל באפריל เมษายน เม.ย",
        "μαΐου μαιου مايو מאי במאי พฤษภาคม พ.ค",
        "ιουνίου ιουνιου يونيو يونيه יוני ביוני มิถุนายน มิ.ย",
        "ιουλίου ιουλιου يوليو يوليه יולי ביולי กรกฎาคม ก.ค",
        "αυγούστου αυγουστου أغسطس اغسطس אוגוסט באוגוסט สิงหาคม ส.ค",
        "σεπτεμβρίου σεπτεμβριου سبتمبر ספטמבר בספטמבר กันยายน ก.ย",
        "οκτωβρίου οκτωβριου أكتوبر اكتوبر אוקטובר באוקטובר ตุลาคม ต.ค",
        "νοεμβρίου νοεμβριου نوفمبر נובמבר בנובמבר พฤศจิกายน พ.ย",
        "δεκεμβρίου δεκεμβριου ديسمبر דצמבר בדצמבר ธันวาคม ธ.ค",
    ), start=1)
    for name in names.split()
} | {
    # Turkish and Indonesian ("24 Şubat 2025", "24 Maret 2025"), and the Levant's Arabic names, two words
    # for four of them ("24 شباط 2025", "13 كانون الثاني 2025").
    name.replace("_", " "): number
    for number, names in enumerate((
        "ocak كانون_الثاني", "şubat شباط", "mart maret آذار", "nisan نيسان", "mayıs أيار", "haziran حزيران",
        "temmuz تموز", "ağustos agustus agu آب", "eylül أيلول", "ekim تشرين_الأول تشرين_الاول", "kasım تشرين_الثاني",
        "aralık desember كانون_الأول كانون_الاول",
    ), start=1)
    for name in names.split()
}
_THAI_MONTHS = {name: number for name, number in FOREIGN_MONTHS.items() if "\u0e01" <= name[0] <= "\u0e5b"}
_FOREIGN_MONTH = "|".join(sorted(map(re.escape, FOREIGN_MONTHS), key=len, reverse=True))
_TIME = r"(?:,?\s+(?:at\s+|um\s+|à\s+|в\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?(?:GMT[+-]\d{1,2}|UTC[+-]?\d{0,2}|[A-Z]{2,4}|Uhr|\((?:[A-Z]{1,3}T|MSK|UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?\)))?)?"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
        r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
    )),
    # (Korean government papers space the parts: "2025. 3. 24.")
    ("ymd", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:/|\.\s?)(?P<m>\d{1,2})(?:/|\.\s?)(?P<d>\d{1,2})(?!\d)")),
    ("mdy", re.compile(
        rf"(?<![A-Za-z])(?P<mon>{_MONTH})(?:\.\s*|\s+)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>(?:19|20)\d{{2}})(?!\d){_TIME}",
        re.IGNORECASE,
    )),
    ("dmy", re.compile(
        rf"(?<![\d])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})\.?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d){_TIME}",
        re.IGNORECASE,
    )),
    # "20. Dezember 2024", "20 de diciembre de 2024", "21 декабря 2024 г."
    ("foreign", re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}})\.?\s+(?:de\s+)?(?P<fmon>{_FOREIGN_MONTH})\.?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d{{2}})(?!\d){_TIME}",
        re.IGNORECASE,
    )),
    # Chinese, Japanese and Korean dates: "2024年12月19日", "2024년 12월 19일".
    ("cjk", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s?[年년]\s?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日일]")),
    ("numeric", re.compile(r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)")),
)
# Lithuanian and Latvian put the year first: "2025 m. vasario 24 d.", "2025. gada 24. februārī".
_BALTIC_MONTHS = {
    name: number
    for number, names in enumerate((
        "sausio janvārī janvāris", "vasario februārī februāris", "kovo martā marts", "balandžio aprīlī aprīlis",
        "gegužės maijā maijs", "birželio jūnijā jūnijs", "liepos jūlijā jūlijs", "rugpjūčio augustā augusts",
        "rugsėjo septembrī septembris", "spalio oktobrī oktobris", "lapkričio novembrī novembris", "gruodžio decembrī decembris",
    ), start=1)
    for name in names.split()
}
_BALTIC_DATE = re.compile(
    rf"(?<!\d)(?P<y>(?:19|20)\d\d)(?: m\.| ?\. gada) (?:(?P<dd>\d{{1,2}})\. )?(?P<bmon>{'|'.join(_BALTIC_MONTHS)}) ?(?:(?P<d>\d{{1,2}}) ?d\.)?",
    re.IGNORECASE,
)
# A Thai page's date in the Buddhist era, 543 years ahead: "13 ก.พ. 2568", "13 กุมภาพันธ์ 68" (two digits of it).
_THAI_DATE = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?P<tmon>{'|'.join(sorted(map(re.escape, _THAI_MONTHS), key=len, reverse=True))})\.?\s*(?:พ\.ศ\.\s*)?(?P<y>25\d\d|\d\d)(?!\d)"
)
_MONTH_YEAR = re.compile(rf"\b(?P<mon>{_MONTH})\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?P<y>(?:19|20)\d{{2}})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FoundDate:
    raw: str  # as written
    start: int
    end: int
    iso: str | None  # None when the text names an impossible date
    ambiguous: bool = False  # day and month could be swapped
    alternative: str | None = None  # the other reading of an ambiguous date
    separator: str | None = None  # of a numeric date


def _month_number(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_YEAR = re.compile(r"(?:19|20)\d\d")


def _separator_before_year(text: str) -> bool:
    """Does "-", "/" or "." stand right before a "19" or "20" (as a numeric date's year)?

    Years are few in a text: looking at each "19"/"20" costs two searches,
    where looking for each of the six pairs costs six.
    """
    for century in ("19", "20"):
        at = text.find(century, 1)
        while at != -1:
            if text[at - 1] in "-/.":
                return True
            at = text.find(century, at + 1)
    return False


_MONTH_NAMES = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august"
    " sep sept september oct october nov november dec december".split()
)


_SECOND_WORDS = frozenset(name.split()[1] for name in FOREIGN_MONTHS if " " in name)  # ("الثاني" of "كانون الثاني")


def _possible_forms(text: str) -> set[str]:
    """The date patterns that could match ``text``, judged around each year in it.

    Every pattern's year stands after a non-digit, so ``_YEAR`` finds it; the
    characters around it then rule patterns out far faster than searching
    for them (a sentence "in 2024" holds none).  This only ever over-approximates.
    """
    forms: set[str] = set()
    if "19" not in text and "20" not in text:
        return forms
    for year in _YEAR.finditer(text):
        start, end = year.span()
        before = text[start - 1] if start else ""
        if before.isdecimal() or text[end : end + 1].isdecimal():
            continue
        after = text[end : end + 1]
        if text[end : end + 3] in (" m.", ". g"):
            forms.add("baltic")
        if after == "-":
            forms.add("iso")
        elif text[end : end + 2].lstrip()[:1] in ("年", "년"):
            forms.add("cjk")
        elif after in ("/", "."):
            forms.add("ymd")
        if before in ("-", "/", ".", ","):
            forms.add("numeric" if before != "," else "mdy")  # ("Nov.6,2024": a Korean paper's stamp, unspaced)
        elif before.isspace():
            # The whitespace-delimited word before the year: "5," or "5th," (mdy), "Nov.," (dmy).
            words = text[:start].rsplit(None, 1)
            token = words[-1].removesuffix(",") if words else ""
            if token[-2:].isalpha() and token[:-2].isdecimal():  # "5th"
                token = token[:-2]
            if token.isdecimal() and len(token) <= 2:
                forms.add("mdy")
            month = token.rstrip(".")
            if not month.isascii() or month.lower() in _MONTH_NAMES:
                forms.add("dmy")
            if month.lower() in FOREIGN_MONTHS or month.lower() in ("de", "del") or month in _SECOND_WORDS:
                forms.add("foreign")
    return forms


# "03/04/25 at 9:00 AM EST", "04.03.25, 17:04", "12:45, 07.03.25": a two-digit year is taken only in a stamp
# with its clock time (after it or before it), where no fraction, score or version number stands.
_SHORT_YEAR_STAMP = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{2})(?![\d/.-])"
    r"(?:(?=,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?!\d))|(?<=^\d\d:\d\d, \d\d\.\d\d\.\d\d)|(?<=^\d:\d\d, \d\d\.\d\d\.\d\d)|(?<=^\d\d:\d\d \d\d\.\d\d\.\d\d))"
)


def find_date(text: str) -> FoundDate | None:
    """The earliest full date (with a year) written in ``text``."""
    forms = _possible_forms(text)
    if not forms:
        if not text.isascii():
            if (thai := _thai_date(text)) is not None:
                return thai
            if (solar := solar_date(text)) is not None:
                return FoundDate(solar[0].group(0), solar[0].start(), solar[0].end(), solar[1])
        if ("uche" in text or "주체" in text) and (juche := juche_date(text)) is not None:
            return FoundDate(juche[0].group(0), juche[0].start(), juche[0].end(), juche[1])
        return _short_year_stamp(text) if ":" in text and ("/" in text or "." in text) else None
    if "baltic" in forms and (baltic := _baltic_date(text)) is not None:
        return baltic
    best: tuple[int, str, re.Match[str]] | None = None
    for name, pattern in _PATTERNS:
        if name not in forms:
            continue
        found = pattern.search(text)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), name, found)
    if best is None:
        return None
    _, name, found = best
    raw = found.group(0).strip(" ,")
    if name in ("iso", "ymd", "cjk"):
        iso = _iso(int(found["y"]), int(found["m"]), int(found["d"]))
        return FoundDate(raw, found.start(), found.end(), iso)
    if name in ("mdy", "dmy"):
        iso = _iso(int(found["y"]), _month_number(found["mon"]), int(found["d"]))
        return FoundDate(raw, found.start(), found.end(), iso)
    if name == "foreign":
        iso = _iso(int(found["y"]), FOREIGN_MONTHS[found["fmon"].lower()], int(found["d"]))
        return FoundDate(raw, found.start(), found.end(), iso)
    return _numeric_date(found, int(found["y"]))


def _baltic_date(text: str) -> FoundDate | None:
    found = _BALTIC_DATE.search(text)
    day = found and (found["d"] or found["dd"])
    if found is None or not day:
        return None
    iso = _iso(int(found["y"]), _BALTIC_MONTHS[found["bmon"].lower()], int(day))
    return FoundDate(found.group(0).strip(), found.start(), found.end(), iso)


def _thai_date(text: str) -> FoundDate | None:
    found = _THAI_DATE.search(text)
    if found is None:
        return None
    year = int(found["y"])
    year = year - 543 if year > 100 else year + 2500 - 543  # "68" is 2568 BE, 2025 CE
    return FoundDate(found.group(0), found.start(), found.end(), _iso(year, _THAI_MONTHS[found["tmon"]], int(found["d"])))


def _short_year_stamp(text: str) -> FoundDate | None:
    found = _SHORT_YEAR_STAMP.search(text)
    return _numeric_date(found, 2000 + int(found["y"])) if found is not None else None


def _numeric_date(found: re.Match[str], year: int) -> FoundDate:
    raw = found.group(0).strip(" ,")
    a, b = int(found["a"]), int(found["b"])
    day_first = _iso(year, b, a)
    month_first = _iso(year, a, b)
    if day_first and month_first and a != b:
        return FoundDate(raw, found.start(), found.end(), day_first, True, month_first, found["sep"])
    return FoundDate(raw, found.start(), found.end(), day_first or month_first, separator=found["sep"])


def latest_month_mentioned(texts: Iterable[str]) -> tuple[int, int] | None:
    """The latest (year, month) a body mentions, as in "between February 2022 and May 2025"."""
    latest: tuple[int, int] | None = None
    for text in texts:
        for found in _MONTH_YEAR.finditer(text):
            key = (int(found["y"]), _month_number(found["mon"]))
            if latest is None or key > latest:
                latest = key
    return latest


def numeric_order_evidence(texts: Iterable[str]) -> str | None:
    """"dmy" or "mdy" when unambiguous numeric dates in the file show the habit."""
    # One scan of all the lines at once (a numeric date never spans a line
    # break), and none at all when no separator stands before a year.
    joined = "\n".join(texts)
    votes = _order_votes(_PATTERNS[-1][1].finditer(joined)) if _separator_before_year(joined) else {"dmy": 0, "mdy": 0}
    if votes["dmy"] == votes["mdy"] and ("/" in joined or "." in joined):
        votes = _order_votes(_STAMP_OPENING_LINE.finditer(f"\n{joined}"), votes)  # a chat export's "13/11/24, 10:02" over each message
    if votes["dmy"] == votes["mdy"]:
        return None
    return "dmy" if votes["dmy"] > votes["mdy"] else "mdy"


# A two-digit-year stamp opening a line, as chat exports write them ("13/11/24, 10:02 - ", "[13.11.24, 10:02:45]").
_STAMP_OPENING_LINE = re.compile(r"\n\[?(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)\d{2},? \d{1,2}:\d{2}")  # (after a literal: fast)


def _order_votes(dates: Iterable[re.Match[str]], votes: dict[str, int] | None = None) -> dict[str, int]:
    votes = dict(votes or {"dmy": 0, "mdy": 0})
    for date in dates:
        a, b = int(date["a"]), int(date["b"])
        if a > 12 >= b:
            votes["dmy"] += 1
        elif b > 12 >= a:
            votes["mdy"] += 1
    return votes


def resolve_day_month(
    found: FoundDate,
    *,
    file_order: str | None = None,
    latest_mention: tuple[int, int] | None = None,
    outlet_order: str | None = None,
) -> str | None:
    """Pick a reading of an ambiguous numeric date; it stays flagged ambiguous unless the file's own dates chose.

    Evidence, strongest first: (1) other numeric dates in the same file whose
    day is over 12; (2) the latest month the article itself mentions, since
    articles report on the past: a reading in a later month than that beats
    one in the same month, and one before it is implausible; (3) the outlet's
    known habit (``date_order`` in outlets.toml); (4) day first, the order
    most of the world writes.
    """
    if not found.ambiguous or found.alternative is None or found.iso is None:
        return found.iso
    day_first, month_first = found.iso, found.alternative
    if file_order == "mdy":
        return month_first
    if file_order == "dmy":
        return day_first
    if latest_mention is not None:
        def score(iso: str) -> int:
            year, month = int(iso[:4]), int(iso[5:7])
            if (year, month) > latest_mention:
                return 2
            return 1 if (year, month) == latest_mention else 0

        first, second = score(day_first), score(month_first)
        if first != second:
            return day_first if first > second else month_first
    if outlet_order == "mdy":
        return month_first
    return day_first
