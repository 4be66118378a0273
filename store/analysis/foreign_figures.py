"""Figures written in Korean, Japanese, Chinese, Russian, Ukrainian or Polish: "1만1000명", "約11,000人", "逾千人",
"11 тысяч военных", "11 tys. żołnierzy", and counts in words ("двенадцать тысяч", ``cyrillic_numbers``).

The English parser reads a number only between non-letters, and to Python a
Hangul syllable or a kanji is a letter, so "約11,000人" (about 11,000 people)
holds no figure for it.  East Asian counts also group by ten thousands (만/万)
rather than thousands, and their counters (명, 人, 名 "people") say what is
counted.  Only a number followed by a known counter or scale is read: a bare
number glued to CJK text ("24일", a date) stays unread.  Russian and Ukrainian
group by thousands, but write the scale as a word ("11 тысяч", "1,5 млн",
"12 тисяч"); so does Polish ("11 tys.", "4 tysięcy").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from store.analysis.cyrillic_numbers import HUNDRED_WORD, SCALE_WORD, worded_counts
from store.analysis.foreign_ranges import as_cjk_range, merge_cyrillic_digit_ranges
from store.analysis.cyrillic_rates import cyrillic_rate
from store.analysis.foreign_subjects import noun_unit, thing_noun_before
from store.models import Figure, Qualifier

# Any Hangul, kana, kanji or Cyrillic letter: a sentence with none has no foreign figure (``str.isascii`` first).
FOREIGN_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\u0400-\u04ff\u0e00-\u0e7f]")  # and Thai


# The letters only Polish writes ("ł", "ż", "ę" …): Polish counts scale by words ("11 tys. żołnierzy") as Russian
# does, and take the same path.  Two of them make a Polish sentence: English copy naming "Gdańsk" or "Łukasz"
# keeps the English readers alone.  Kept apart from ``FOREIGN_LETTER``, which tells another script (``hedges``).
_POLISH_LETTER = re.compile(r"[\u0104-\u0107\u0118\u0119\u0141-\u0144\u015a\u015b\u0179-\u017c]")


def _is_polish(text: str) -> bool:
    first = _POLISH_LETTER.search(text)
    return first is not None and _POLISH_LETTER.search(text, first.end()) is not None


# Either: English copy with curly quotes is scanned once, for both.
_FOREIGN_OR_POLISH = re.compile(FOREIGN_LETTER.pattern[:-1] + _POLISH_LETTER.pattern[1:])


def has_foreign_letters(text: str) -> bool:
    """Whether ``text`` holds Hangul, kana, kanji, Cyrillic or Thai, or is Polish (English copy's curly quotes and
    dashes do not)."""
    if text.isascii() or (first := _FOREIGN_OR_POLISH.search(text)) is None:
        return False
    # A Polish letter first: another Polish letter, or a letter of another script, must follow.
    return not _POLISH_LETTER.match(first.group()) or _FOREIGN_OR_POLISH.search(text, first.end()) is not None



def _inflected(text: str) -> bool:
    """Whether ``text`` is Russian, Ukrainian or Polish: its counts take a scale word and inflect their nouns."""
    return _CYRILLIC.search(text) is not None or _is_polish(text)


def is_polish_only(text: str) -> bool:
    """Whether the foreign letters of ``text`` are Polish ones only: its attribution is read in Latin script."""
    return FOREIGN_LETTER.search(text) is None


# A digit glued to a CJK letter ("約11,000人"), "数千" and "수천" (several thousand), a kanji digit or a bare scale
# before its counter ("两千名", "逾千人", "千人を超えた").
_CJK_START = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])\d|[数수](?=[천만백千万萬百億亿억])"
    r"|(?<![\d一二两三四五六七八九十数])[一二两三四五六七八九]?[千万萬百](?=\s?(?:余|多)?[人名])"
)


class _ForeignNumberStarts:
    """Where a foreign figure starts that the English scan does not see (``number_starts`` adds them): ``_CJK_START``,
    and in Russian, Ukrainian or Polish the scale or hundreds word of a count in words ("двенадцать тысяч",
    "понад тисячу", "около двухсот": where it starts matters not, ``foreign_figures`` reads the whole text).
    Two scans, the second only in text of those languages: one regex of both cost a tenth of the foreign
    ingest, as the engine could no longer skip ahead to a digit."""

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        yield from _CJK_START.finditer(text)
        if _inflected(text):
            yield from SCALE_WORD.finditer(text)
            yield from HUNDRED_WORD.finditer(text)


# (The name ``number_starts`` imports: it was a digit glued to a CJK letter at first.)
GLUED_DIGIT = _ForeignNumberStarts()

# Digits, or a kanji digit before its scale ("两千", "三万": two thousand, thirty thousand).
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[一二两三四五六七八九](?=[千万萬百])"
_KANJI_DIGITS = {"一": 1.0, "二": 2.0, "两": 2.0, "三": 3.0, "四": 4.0, "五": 5.0, "六": 6.0, "七": 7.0, "八": 8.0, "九": 9.0}
# 亿: the simplified 億 (a hundred million) of Chinese copy; 萬: the traditional 万 of Taiwanese and Hong Kong copy.
_CJK_SCALE = "만万萬억億亿천千백百"
_SCALES = {"만": 1e4, "万": 1e4, "萬": 1e4, "억": 1e8, "億": 1e8, "亿": 1e8, "천": 1e3, "千": 1e3, "백": 1e2, "百": 1e2}
# Counters of people, things and money, and the unit each stands for (the English parser's units).  "个", "개" and
# "枚" (flat things, and shells in Chinese: "400万枚炮弹") count whatever noun stands beside them.
_COUNTERS = {
    "명": "people", "人": "people", "名": "people", "발": "shells", "発": "shells", "发": "shells", "个": "", "개": "", "個": "", "枚": "", "대": "vehicles",
    "台": "vehicles", "척": "ships", "隻": "ships", "달러": "USD", "ドル": "USD", "원": "KRW", "円": "JPY",
    "%": "percent", "％": "percent", "퍼센트": "percent", "パーセント": "percent",
}
# Counters that name their unit outright: no noun beside them says more ("砲弾の約50%" is a share, not shells).
_NAMED_UNITS = frozenset({"USD", "KRW", "JPY", "percent"})
_CJK_FIGURE = re.compile(
    # and Chinese: 约 about, 超过 and 逾 over, 近 nearly (traditional: 約, 超過, 將近)
    rf"(?P<lead>약|대략|최소|최대|約|およそ|少なくとも|最大|大约为|大约|约为|约有|約有|约|至少|最多|超过|超過|逾|将近|將近|近)?\s?"
    # A number, "数"/"수" (several) or nothing before a scale: "千人を超えた", "逾千人" (over a thousand).
    rf"(?P<number>(?:{_NUMBER}|(?P<some>[数수])(?=[{_CJK_SCALE}])|(?<![\d数수])(?=[千万萬百]\s?(?:余|多)?[人名]))"
    rf"(?:\s?[{_CJK_SCALE}](?:\s?(?:{_NUMBER}))?)*)"
    rf"\s?(?P<more>여|余|余り|あまり|多)?\s?(?P<counter>{'|'.join(sorted(_COUNTERS, key=len, reverse=True))})"
    # A Hangul counter ends its word or takes a particle: "명의", "발을", never the "발" of "발표" (announcement).
    r"(?:(?<=[\u3040-\u30ff\u3400-\u9fff])|(?![\uac00-\ud7a3])|(?=[의이가은는을를에도과와로으씩]))"
    # "3000人を超えた", "1천 명을 넘어섰다": more than 3,000, than 1,000.
    # "4천500명가량", "60%近く", "60%左右", "1万人余り": about 4,500, nearly 60 %, some 10,000.
    r"(?P<tail>\s?(?:이상|以上|이하|以下|を超え|(?:을|를)\s?넘(?=[어었는긴])|가량|안팎|정도|近く|程度|前後|左右|上下|余り|あまり))?"
)
# Thai writes its digits apart, then a scale word and a counter: "ประมาณ 11,000 นาย" (about 11,000 [soldiers]),
# "กว่า 3,000 คน" (more than 3,000 people).  The English parser took the counter, glued to the next words, for the noun.
_TH_FIGURE = re.compile(
    r"(?P<lead>ประมาณ|ราว|เกือบ|กว่า|มากกว่า|อย่างน้อย|ไม่ต่ำกว่า|ไม่เกิน|สูงสุด)?\s?"
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"\s?(?P<scale>พัน|หมื่น|แสน|ล้าน)?\s?(?P<counter>นาย|คน|ราย|นัด|ลูก)"
)
_TH_SCALES = {"พัน": 1e3, "หมื่น": 1e4, "แสน": 1e5, "ล้าน": 1e6}
_TH_COUNTERS = {"นาย": "people", "คน": "people", "ราย": "people", "นัด": "shells", "ลูก": "shells"}
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# Russian and Ukrainian hedges before a count ("около", "близько": about; "более", "понад": more than).
# Polish ones too ("około", "ponad", "co najmniej"); and verbs saying a count was passed ("превысило", "перевищила",
# "przekroczyła": exceeded), which make it a floor.
_CYRILLIC_HEDGE = (
    r"около|примерно|приблизно|близько|более|больше|свыше|понад|більше|щонайменше|не\s+менее|не\s+менше"
    r"|как\s+минимум|по\s+меньшей\s+мере|до|почти|майже|порядка"
    r"|około|ok\.|blisko|prawie|niemal|ponad|przeszło|co\s+najmniej|do"
    r"|превысил[аио]?|превышает|перевищил[аио]?|перевищує|przekroczył[aoy]?|przekracza"
    # a projection, like "may reach": "может достигать 12 тысяч", "може сягати 12 тисяч" (a ceiling)
    r"|(?:может|могут|може|можуть)\s+(?:достигать|достичь|достигнуть|составлять|составить|сягати|сягнути|"
    r"досягати|досягти|сягать)"
)
# The hedge before it is looked for behind each count found (``_RU_LEAD_BEFORE``): a leading optional group would
# be tried at every character of the text.
_RU_FIGURE = re.compile(
    r"(?P<number>\d+(?:[.,]\d+)?)\s?"
    # Every case ending: "о 3 тысячах военных" (about 3,000 soldiers) is as much a count as "3 тысячи".
    r"(?P<scale>тыс\.|тис\.|тысяч(?:а|и|ам|ами|ах|ей)?|тисяч(?:а|і|ам|ами|ах)?|млн|миллион(?:а|ов|ам|ах)?"
    r"|мільйон(?:а|ів|ам|ах)?|млрд|миллиард(?:а|ов|ам|ах)?|мільярд(?:а|ів|ам|ах)?"
    r"|tys\.|tysięcy|tysiące|tysiąc[ae]?|mln|milion(?:a|ów|y)?|mld|miliard(?:a|ów|y)?)"  # and Polish
    r"(?![а-яёіїєґa-ząćęłńóśźż])",
    re.IGNORECASE,
)
# "почти половина снарядов", "близько третини": a share in words (half, a third, a quarter), read as a percentage;
# so are "約半分" and "一半" (about half, in Japanese and Chinese), "절반" (half, in Korean) and "ครึ่งหนึ่ง" (Thai).
# (The hedge before it, "почти", "約", is looked for behind each share found: ``_SHARE_LEAD_BEFORE``.)
WORDED_SHARE = re.compile(
    r"(?P<number>(?P<half>половин(?:[аыуеіи]|ой)|половиною|połow[aęy]|半分|半数|一半|절반|ครึ่งหนึ่ง)"
    r"|(?P<third>треть|трети|третин[аиу])|(?P<quarter>четверть|четверти|чверт[ьі]))(?![а-яёіїєґa-ząćęłńóśźż])"
    # "절반가량", "半数近く", "一半左右" (about half), "절반 이상", "半数以上" (more than half).
    r"(?P<tail>\s?(?:가량|정도|쯤|안팎|이상|이하|近く|程度|前後|以上|以下|左右|上下))?",
    re.IGNORECASE,
)
_RU_LEAD_BEFORE = re.compile(rf"(?<![\w-])(?:{_CYRILLIC_HEDGE})\s+(?:в\s+|на\s+)?$", re.IGNORECASE)
_SHARE_LEAD_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?:{_CYRILLIC_HEDGE})\s+|約|およそ|ほぼ|약\s?|대략\s?|约有|約有|将近|將近|约|大约|近|เกือบ|ประมาณ)$",
    re.IGNORECASE,
)
# Pieces and units name no thing: "6 млн штук" counts the shells named before it.
_PIECES = re.compile(r"\s*(?:штук|единиц|одиниць)", re.IGNORECASE)
# The hedge standing right before a count the English parser read ("более 100 ракет", "близько 200 військових").
_HEDGE_BEFORE = re.compile(rf"(?<![\w-])(?:{_CYRILLIC_HEDGE})\s+$", re.IGNORECASE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LAST_DIGIT = re.compile(r".*\d")
_AT_MOST = ("최대", "最大", "最多", "до", "do", "이하", "以下", "ไม่เกิน", "สูงสุด", "может", "могут", "може", "можуть")
_AT_LEAST = ("최소", "少なくとも", "至少", "超过", "超過", "逾", "を超え", "넘", "กว่า", "มากกว่า", "อย่างน้อย",
             "ไม่ต่ำกว่า", "более", "больше", "свыше", "понад", "більше", "щонайменше", "не менее", "не менше",
             "как минимум", "по меньшей мере", "이상", "以上", "ponad", "przeszło", "co najmniej",
             "превыс", "перевищ", "przekr")


def east_asian_value(number: str) -> float:
    """The value of "1만1000", "3천", "1億2000万": digits times the scale words after them, grouped by 만/万."""
    total = section = 0.0
    pending: float | None = None
    for token in re.findall(rf"\d[\d,]*(?:\.\d+)?|[{_CJK_SCALE}数수一二两三四五六七八九]", number):
        if token in _KANJI_DIGITS:
            pending = _KANJI_DIGITS[token]
        elif token in "数수":
            pending = 2.0  # "数千人", "수천명": several thousand, read as its least (as "several thousand" is)
        elif token[0].isdigit():
            pending = float(token.replace(",", ""))
        elif _SCALES[token] < 1e4:
            section += (1.0 if pending is None else pending) * _SCALES[token]
            pending = None
        else:
            section += pending or 0.0
            total += (section or 1.0) * _SCALES[token]
            section, pending = 0.0, None
    return total + section + (pending or 0.0)


def _cyrillic_scale(word: str) -> float:
    """"тыс." and "тисяч" a thousand, "млн" and "мільйон" a million, "млрд" and "миллиард" a billion."""
    if word.startswith(("млрд", "миллиард", "мільярд", "mld", "miliard")):
        return 1e9
    return 1e6 if word.startswith(("млн", "миллион", "мільйон", "mln", "milion")) else 1e3


def foreign_figures(text: str) -> list[Figure]:
    """The figures of ``text`` written with a Korean or Japanese counter, or a Russian scale word."""
    found: list[Figure] = []
    for match in _CJK_FIGURE.finditer(text):
        value = east_asian_value(match.group("number"))
        hedge = (match.group("lead") or "") + (match.group("tail") or "").strip()
        unit = _COUNTERS[match.group("counter")]
        figure = _figure(match, value, hedge, approx=bool(match.group("more") or match.group("some")), unit=unit)
        if match.group("some"):
            figure.low, figure.high = value, _tidy(value * 4.5)  # "数千": 2,000 to 9,999
        elif not match.group("lead") and match.start() > 0:
            as_cjk_range(figure, text, match.group("number"), east_asian_value)  # "1.1万至1.2万名"
        if unit not in _NAMED_UNITS:  # "병력 1만1000명" counts troops, "미사일 100발" missiles
            # (the noun stands before a range's low end: "兵力を1万〜1万2000人")
            figure.unit = noun_unit(text, figure.start, match.end(), unit, cyrillic=False) or unit
        if figure.unit:  # "个"/"개" count anything: "2万个集装箱", "1만3000개 컨테이너" are read, "3个月" (months) is not
            found.append(figure)
    for match in _TH_FIGURE.finditer(text) if _THAI.search(text) else ():
        value = float(match.group("number").replace(",", "")) * _TH_SCALES.get(match.group("scale") or "", 1.0)
        unit = _TH_COUNTERS[match.group("counter")]
        unit = noun_unit(text, match.start(), match.end(), unit, cyrillic=False) or unit  # "ทหาร … นาย": troops
        found.append(_figure(match, value, match.group("lead") or "", approx=False, unit=unit))
    if _inflected(text):
        for match in _RU_FIGURE.finditer(text):
            number = float(match.group("number").replace(",", "."))
            value = number * _cyrillic_scale(match.group("scale").lower())
            unit = noun_unit(text, match.start(), match.end(), "", cyrillic=True) or ""  # "11 тысяч военных"
            unit = cyrillic_rate(text, match.start(), match.end(), unit) or unit  # "… 2 тисячі військових щомісяця"
            if not unit and _PIECES.match(text, match.end()):
                unit = thing_noun_before(text, match.start())
            lead = _RU_LEAD_BEFORE.search(text, max(0, match.start() - 30), match.start())
            hedge = " ".join(lead.group().lower().split()) if lead else ""
            figure = _figure(match, value, hedge, approx=False, unit=unit, start=lead.start() if lead else None)
            if hedge in ("до", "do") and (start := _RANGE_FROM.search(text, max(0, figure.start - 30), figure.start)):
                _as_range(figure, start, match.group("scale").lower(), text)  # "от 4 до 5 млн": 4 to 5 million
            found.append(figure)
        found += _worded_figures(text)
        for figure in found:  # "близько 50%": a percentage read by the CJK pattern takes the Cyrillic hedge too
            if figure.qualifier == Qualifier.EXACT and (
                hedge := _HEDGE_BEFORE.search(text, max(0, figure.start - 24), figure.start)
            ):
                _hedge_figure(figure, hedge, text)
    for match in WORDED_SHARE.finditer(text):
        value = 50.0 if match.group("half") else 25.0 if match.group("quarter") else 100 / 3
        lead = _SHARE_LEAD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        hedge = " ".join(((lead.group() if lead else "") + (match.group("tail") or "")).lower().split())
        found.append(_figure(match, value, hedge, approx=False, unit="percent", start=lead.start() if lead else None))
    ranges = [f for f in found if f.qualifier == Qualifier.RANGE]
    if ranges:  # "от 500 тыс. до 1 млн": its low end was read as a count of its own too
        found = [f for f in found if not any(r is not f and r.start <= f.start and f.end <= r.end for r in ranges)]
    return sorted(found, key=lambda f: f.start)


# "от 4 до 5 млн", "від 10 до 12 тис.", "от 500 тыс. до 1 млн": the low end of a range whose high end has the scale
# (or its own scale).  Read alone, "до 5 млн" was "at most 5 million" and "4" a count of nothing.
_RANGE_FROM = re.compile(
    r"(?<![\w-])(?:от|від|od)\s+(?P<low>\d+(?:[.,]\d+)?)\s*(?P<scale>тыс\.|тис\.|тысяч\w*|тисяч\w*|tys\.|tysi\w*|млн|млрд|mln)?"
    r"\s+$",
    re.IGNORECASE,
)


def _as_range(figure: Figure, start: re.Match[str], scale: str, text: str) -> None:
    low = float(start.group("low").replace(",", ".")) * _cyrillic_scale((start.group("scale") or scale).lower())
    if figure.high is None or low >= figure.high:
        return
    figure.low, figure.value, figure.qualifier = _tidy(low), _tidy((low + figure.high) / 2), str(Qualifier.RANGE)
    figure.start = start.start()
    figure.surface = text[figure.start : figure.end]


def _worded_figures(text: str) -> list[Figure]:
    """Counts in Russian, Ukrainian or Polish words ("около четырёх тысяч человек", "кілька сотень бійців"), each
    with the hedge before it and the noun after it."""
    found = []
    for start, end, value, low, high, vague, needs_noun in worded_counts(text):
        unit = noun_unit(text, start, end, "", cyrillic=True) or ""
        unit = cyrillic_rate(text, start, end, unit) or unit  # "сотни военных ежедневно"
        if needs_noun and not unit:
            continue  # "сто лет", "в двухстах метрах": hundreds of nothing the taxonomy counts
        if vague:  # "сотни", "несколько тысяч": vague, whatever hedge stands before
            found.append(Figure(value=value, low=low, high=_tidy(high), unit=unit, qualifier=str(Qualifier.APPROX),
                                surface=text[start:end], start=start, end=end))
            continue
        figure = Figure(value=value, low=value, high=value, unit=unit, qualifier=str(Qualifier.EXACT),
                        surface=text[start:end], start=start, end=end)
        if hedge := _HEDGE_BEFORE.search(text, max(0, start - 24), start):
            _hedge_figure(figure, hedge, text)
        found.append(figure)
    return found


def _figure(
    match: re.Match[str], value: float, hedge: str, *, approx: bool, unit: str, start: int | None = None
) -> Figure:
    """The figure of ``match``, from ``start`` (its hedge's, found behind it) or its lead's or number's start."""
    if start is None:
        start = match.start("lead") if "lead" in match.re.groupindex and match.group("lead") else match.start("number")
    end = match.end()
    if hedge.endswith(_AT_MOST) or hedge.startswith(_AT_MOST):
        low, high, qualifier = None, value, Qualifier.AT_MOST
    elif hedge.endswith(_AT_LEAST) or hedge.startswith(_AT_LEAST):
        low, high, qualifier = value, None, Qualifier.AT_LEAST
    elif hedge or approx:
        low, high, qualifier = value * 0.9, value * 1.1, Qualifier.APPROX
    else:
        low, high, qualifier = value, value, Qualifier.EXACT
    value, low, high = _tidy(value), _tidy(low), _tidy(high)
    return Figure(value=value, low=low, high=high, unit=unit, qualifier=str(qualifier),
                  surface=match.string[start:end], start=start, end=end)


def _tidy(value: float | None) -> float | None:
    if value is None:
        return None
    rounded = round(value, 6)
    return float(int(rounded)) if rounded.is_integer() else rounded


# A number that opens a span of CJK dates ("올해 1~2월", "1～3月", "10-12일"): the English parser reads it alone.
_DATE_RANGE_START = re.compile(r"\d{1,4}\s?[~～〜\-–]\s?\d{1,4}\s?[년월일年月日]")


def with_foreign_figures(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` (the English parser's) with the foreign ones added; an English reading they cover is dropped."""
    if _inflected(text):
        for figure in figures:
            if figure.unit == "" or not figure.unit.isascii():  # "600 северокорейских военных", "100 ракет"
                digits = _LAST_DIGIT.match(figure.surface)
                end = figure.start + digits.end() if digits else figure.end
                figure.unit = noun_unit(text, figure.start, end, "", cyrillic=True) or figure.unit
                figure.unit = cyrillic_rate(text, figure.start, figure.end, figure.unit) or figure.unit
            if figure.qualifier == Qualifier.EXACT and (
                hedge := _HEDGE_BEFORE.search(text, max(0, figure.start - 24), figure.start)
            ):
                _hedge_figure(figure, hedge, text)
    if ("до" in text or " do " in text) and _inflected(text):
        figures = merge_cyrillic_digit_ranges(text, figures)  # "от 11 000 до 12 000 военных"
    if _DATE_RANGE_START.search(text):  # "1~2월", "3-4日": the first of a span of months or days, no count
        figures = [f for f in figures if not _DATE_RANGE_START.match(text, f.start)]
    foreign = foreign_figures(text)
    if not foreign:
        return figures
    kept = [f for f in figures if not any(g.start <= f.start < g.end or f.start <= g.start < f.end for g in foreign)]
    return sorted(kept + foreign, key=lambda f: f.start)


def _hedge_figure(figure: Figure, hedge: re.Match[str], text: str) -> None:
    """Give a figure the English parser read the Cyrillic hedge before it: "более 100" is at least 100."""
    words = " ".join(hedge.group().lower().split())
    value = figure.value
    if words.startswith(_AT_MOST):
        figure.low, figure.high, figure.qualifier = None, value, str(Qualifier.AT_MOST)
    elif words.startswith(_AT_LEAST):
        figure.low, figure.high, figure.qualifier = value, None, str(Qualifier.AT_LEAST)
    else:
        figure.low, figure.high, figure.qualifier = _tidy(value * 0.9), _tidy(value * 1.1), str(Qualifier.APPROX)
    figure.start = hedge.start()
    figure.surface = text[figure.start : figure.end]
