"""A Korean, Japanese or Chinese body named by its country and what it is, read as English copy names it.

"우크라이나 정보당국" (Ukraine's intelligence authorities), "미국 국방부" (the US defence ministry), "韓国の情報機関"
(South Korea's intelligence agency) are a country and a body noun.  Kept as written they match nothing an
English article says; read as "Ukrainian intelligence", "US defence ministry" (the Pentagon) or "South Korean
intelligence agency" (the NIS), they fold with the English forms by the same rules: the alias list and the
country-agency table.  A body noun with no country before it ("국방부") says no country and stays as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.analysis.country_agencies import named_country_agency
from store.analysis.name_keys import aliased

# Each country as the three scripts write it, to the English adjective copy puts before a body.
_COUNTRIES = {
    "우크라이나": "Ukrainian", "ウクライナ": "Ukrainian", "乌克兰": "Ukrainian", "烏克蘭": "Ukrainian",
    "러시아": "Russian", "ロシア": "Russian", "俄罗斯": "Russian", "俄羅斯": "Russian", "俄": "Russian",
    "미국": "US", "米国": "US", "米": "US", "美国": "US", "美國": "US", "美": "US",
    "한국": "South Korean", "韓国": "South Korean", "韩国": "South Korean", "韓國": "South Korean",
    "북한": "North Korean", "北朝鮮": "North Korean", "朝鲜": "North Korean",
    "영국": "British", "英国": "British", "일본": "Japanese", "日本": "Japanese",
}
# What the body is, as English copy calls it.
_BODIES = {
    "정보당국": "intelligence", "情報当局": "intelligence", "情报部门": "intelligence", "情报当局": "intelligence",
    "정보기관": "intelligence agency", "情報機関": "intelligence agency", "情报机构": "intelligence agency",
    "국방부": "defence ministry", "国防省": "defence ministry", "国防総省": "defence ministry", "国防部": "defence ministry",
    "외교부": "foreign ministry", "외무부": "foreign ministry", "外務省": "foreign ministry", "外交部": "foreign ministry",
}
_COUNTRY_AND_BODY = re.compile(
    "(?P<country>" + "|".join(sorted(map(re.escape, _COUNTRIES), key=len, reverse=True)) + r")\s?(?:の|的)?\s?"
    "(?P<body>" + "|".join(sorted(map(re.escape, _BODIES), key=len, reverse=True)) + ")"
)


@lru_cache(maxsize=1024)
def english_body(name: str) -> str | None:
    """The English name of a country's body written in Korean, Japanese or Chinese, or None if ``name`` is none.

    The English form goes through the same tables as English copy: "South Korean intelligence agency" is the
    NIS, "US defence ministry" the Pentagon; a form neither table knows ("Ukrainian intelligence") is kept.
    """
    found = _COUNTRY_AND_BODY.fullmatch(name)
    if found is None:
        return None
    english = f"{_COUNTRIES[found.group('country')]} {_BODIES[found.group('body')]}"
    return named_country_agency(english) or aliased(english)
