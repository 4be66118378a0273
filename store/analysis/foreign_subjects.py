"""Subject cues and counted nouns in Korean, Japanese, Russian and Ukrainian (``subjects_foreign.toml``).

The taxonomy's cues are English words matched whole, which finds nothing in
"병력 1만1000명을 파병했다" (Korean glues particles and endings to its words) or
"потери составили 4 тысячи" (Russian inflects them).  Here a Hangul, kana or
kanji term matches anywhere, and a Cyrillic one as the stem a word starts with;
the file's header has the rules.  Only sentences with such letters are scanned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from store.analysis.terms import read_toml
from store.errors import StoreError

BUNDLED_PATH = Path(__file__).with_name("subjects_foreign.toml")
# Cyrillic and Polish terms are stems that start a word (both inflect); CJK and Thai ones match anywhere.
_WORD_INITIAL_START = re.compile(r"[\u0400-\u04ffa-ząćęłńóśźż]")
# Units counting people: a people noun only names what a people counter counts ("명", "人"), and a thing noun
# only what a thing counter counts.
PEOPLE_UNITS = frozenset({"troops", "casualties", "workers", "people"})
# What may stand between a noun and the count after it: a topic or subject particle ("사상자는 약 4천명",
# "死傷者は約4000人") or a space ("병력 1만1000명"); anything more and the noun is another clause's.
# An object particle too ("兵力を1万人と推計", "병력을 1만명으로"), and in Chinese "人数" (the number of) and a
# verb of reaching ("伤亡人数已达4000人", "死傷人數約4000人": the casualties number 4,000).
# The size or number of the noun between them too, maybe of its dispatch: "북한군 (파병) 규모를 1만1천명으로",
# "兵力の規模は約1万人", "北朝鮮兵の派遣規模は", "병력 수는".
_PARTICLE_GAP = re.compile(
    r"(?:\s?(?:(?:의|の)?\s?(?:파병|파견|派兵|派遣)\s?)?(?:규모|수|の規模|規模|の数|数|人数))?(?:은|는|이|가|は|が|を|을|를)?\s?|(?:人数|人數|总数|總數|数量|數量)?(?:已经|已|达到|达|達到|達|为|為|共|或){0,2}"
)
# What stands between a count and the noun after it: "1만명의 병력", "1万人の兵士"; in Russian up to two
# adjectives ("100 баллистических ракет", "600 северокорейских военных").
# A nationality may stand before the noun too: "1.1万名朝鲜士兵" (11,000 North Korean soldiers).
_GENITIVE = re.compile(r"\s?(?:의|の)?\s?(?:朝鲜|北韩|北朝鮮の?|북한(?!군)\s?)?")
# Ukrainian plural adjectives end in "-і" ("північнокорейські військові"), Polish ones in "-ych", "-ich", "-e"
# ("północnokoreańskich żołnierzy").
_RU_ADJECTIVE = re.compile(
    r"[а-яёіїєґА-ЯЁІЇЄҐ'’-]+(?:ых|их|ой|ые|ие|ого|его|ей|ую|ої|ій|і)\s+"
    r"|[a-ząćęłńóśźż-]+(?:ych|ich|ymi|imi|ie|ego|ej|ą|e)\s+"
)


class ForeignTerms:
    """Terms of one script-agnostic list, found as substrings (CJK) or word-initial stems (Cyrillic)."""

    def __init__(self, entries: list[tuple[str, str]]) -> None:
        by_term: dict[str, list[str]] = {}
        for term, payload in entries:
            term = term.strip().lower()
            if term and payload not in by_term.setdefault(term, []):
                by_term[term].append(payload)
        self._payloads = {term: tuple(ids) for term, ids in by_term.items()}
        # A Cyrillic stem starts a word; the others are matched wherever they stand.  Longest first, so
        # "사상자" wins over "사상".
        alternatives = [
            (r"(?<![\w])" if _WORD_INITIAL_START.match(term) else "") + re.escape(term)
            for term in sorted(by_term, key=len, reverse=True)
        ]
        self._pattern = re.compile("|".join(alternatives)) if alternatives else None

    def find_all(self, text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
        """(start, end, surface, payloads) for each term in ``text``, in order (Cyrillic lower-cases in place)."""
        if self._pattern is None:
            return []
        lowered = text.lower()
        if len(lowered) != len(text):
            return []
        return [(m.start(), m.end(), text[m.start() : m.end()], self._payloads[m.group()])
                for m in self._pattern.finditer(lowered)]


_cache: dict[Path, tuple[ForeignTerms, ForeignTerms] | None] = {}


def foreign_terms(taxonomy_path: Path) -> tuple[ForeignTerms, ForeignTerms] | None:
    """(cues by subject id, nouns by unit) from the companion of the taxonomy at ``taxonomy_path``, if it has one."""
    companion = taxonomy_path.with_name(f"{taxonomy_path.stem}_foreign.toml")
    if companion in _cache:
        return _cache[companion]
    if not companion.exists():
        _cache[companion] = None
        return None
    data = read_toml(companion, "foreign subject terms")
    tables = []
    for table_name in ("cues", "nouns"):
        table = data.get(table_name, {})
        if not isinstance(table, dict) or not all(
            isinstance(terms, list) and all(isinstance(t, str) for t in terms) for terms in table.values()
        ):
            raise StoreError(f"{companion}: [{table_name}] must map names to lists of strings")
        tables.append(ForeignTerms([(term, key) for key, terms in table.items() for term in terms]))
    _cache[companion] = found = (tables[0], tables[1])
    return found


def _noun_starts(after: str, *, cyrillic: bool) -> tuple[int, ...]:
    """Where the counted noun may start in the text after a count: right after it (past a Korean or Japanese
    genitive), or in Russian and Ukrainian after one or two adjectives, which may be nouns themselves: in
    "11 тисяч військових КНДР" the adjective-shaped "військових" is the noun."""
    if not cyrillic:
        glued = _GENITIVE.match(after)
        return (glued.end() if glued else 0,)
    at = len(after) - len(after.lstrip())
    starts = [at]
    for _ in range(2):
        adjective = _RU_ADJECTIVE.match(after, at)
        if adjective is None:
            break
        at = adjective.end()
        starts.append(at)
    return tuple(starts)


def noun_unit(text: str, start: int, end: int, counter_unit: str, *, cyrillic: bool) -> str | None:
    """What the count at ``text[start:end]`` counts, named by a noun beside it; None if no noun says.

    Korean and Japanese name the noun before the count ("병력 1만1000명") or after it with a genitive
    ("1만명의 병력", "1万人の兵士"); Russian puts it after ("11 тысяч военных").  "4 тысяч человек убитыми и
    ранеными" counts people who were killed or wounded: casualties.
    """
    terms = foreign_terms(BUNDLED_PATH.with_name("subjects.toml"))
    if terms is None:
        return None
    nouns = terms[1]
    after = text[end : end + 40]
    following = nouns.find_all(after)
    unit: str | None = None
    if following and following[0][0] in _noun_starts(after, cyrillic=cyrillic):
        unit = following[0][3][0]
        if cyrillic and unit == "people":
            later = [hit[3][0] for hit in following[1:] if hit[0] < 30]
            unit = "casualties" if "casualties" in later else unit
            if unit == "people" and _LOSSES_BEFORE.search(text, max(0, start - 60), start):
                unit = "casualties"  # "потери … превысили 4,5 тыс. человек": the people lost
            elif unit == "people" and _TROOPS_BEFORE.search(text, max(0, start - 60), start):
                unit = "troops"  # "чисельність … контингенту становить 11 000 осіб": the people are the troops
    elif not cyrillic:
        head = text[max(0, start - 12) : start]
        before = [hit for hit in nouns.find_all(head) if _PARTICLE_GAP.fullmatch(head, hit[1])]
        unit = before[-1][3][0] if before else None
    elif (number_of := _last(_NUMBER_OF.finditer(text, max(0, start - 60), start))) is not None:
        named = text[number_of.end() : start]  # "кількість загиблих військових перевищила тисячу"
        hits = nouns.find_all(named)
        unit = hits[0][3][0] if hits and hits[0][0] in _noun_starts(named, cyrillic=True) else None
    if unit is None and counter_unit == "people" and _SENDS_TROOPS.search(text, end, end + 16) is not None:
        return "troops"  # "약 3000명을 추가로 파병했다": the verb itself says soldiers were sent
    if unit is None and counter_unit == "people" and _KILLED_OR_WOUNDED.match(text, end) is not None:
        return "casualties"  # "数千人が死傷した", "수백 명이 사망했다": the people counted were killed or wounded
    if unit is None and cyrillic and _CYRILLIC_KILLED_OR_WOUNDED.match(after) is not None:
        return "casualties"  # "300 загинули, а 2 700 отримали поранення": those counted died or were wounded
    if unit is None or counter_unit and (unit in PEOPLE_UNITS) != (counter_unit == "people"):
        return None  # Russian counts name no counter: their noun says it all
    return unit


# "количество", "кількість", "число", "liczba" (the number of): the noun after it names what the count after its
# verb counts ("кількість загиблих … перевищила тисячу", "liczba zabitych przekroczyła 1000").
_NUMBER_OF = re.compile(r"(?<![\w])(?:количеств|кількіст|числ[оа]|liczb)\w*\s+", re.IGNORECASE)


# Losses named before a count of people ("потери северокорейских войск превысили 4,5 тыс. человек", "втрати
# … сягнули 3 тисяч осіб", "straty … wyniosły 4 tys. osób"): the people counted are casualties.
_LOSSES_BEFORE = re.compile(r"(?<![\w])(?:потер[иья]|втрат|strat[ya])", re.IGNORECASE)


# Troops named before a count of people in its sentence ("чисельність північнокорейського контингенту становить
# близько 11 000 осіб", "численность войск КНДР — 11 тысяч человек"): the people counted are those troops.
_TROOPS_BEFORE = re.compile(r"(?<![\w])(?:контингент|войск|військ|воинск)",
                            re.IGNORECASE)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:
        pass
    return found


def thing_noun_before(text: str, start: int) -> str:
    """The last noun of a thing (shells, missiles, containers …) in the 80 characters before ``start``, or ""."""
    terms = foreign_terms(BUNDLED_PATH.with_name("subjects.toml"))
    if terms is None:
        return ""
    things = [hit[3][0] for hit in terms[1].find_all(text[max(0, start - 80) : start]) if hit[3][0] not in PEOPLE_UNITS]
    return things[-1] if things else ""


# Verbs whose object is soldiers, right after a bare count of people ("3000명을 추가로 파병", "3000人を派兵").
_SENDS_TROOPS = re.compile(r"파병|派兵|참전|参戦")
# Verbs of dying or being wounded right after a bare count of people (past its subject particle).
_KILLED_OR_WOUNDED = re.compile(r"(?:이|가|が|)\s?(?:死傷|死亡|戦死|負傷|사망|전사|부상|숨졌|숨진|사상|伤亡|阵亡|受伤)")
# The same after a bare Russian or Ukrainian count: "300 загинули", "2 700 отримали поранення", "500 были ранены".
_CYRILLIC_KILLED_OR_WOUNDED = re.compile(
    r"\s*(?:(?:було|були|было|были|вже|уже|ще|еще|ещё)\s+)?"
    r"(?:загин|загибл|вбит|убит|погиб|поранен|ранен|(?:отрима|получи|зазна)\w*\s+(?:поранен|ранен))",
    re.IGNORECASE,
)
