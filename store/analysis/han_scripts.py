"""Traditional Chinese characters folded to their simplified forms, for names the alias list knows.

Taiwanese and Hong Kong copy writes "韓國國家情報院" and "韓聯社" where mainland copy writes "韩国国家情报院"
and "韩联社"; the alias list holds the simplified spellings (and a few traditional ones).  The table holds the
characters of the bodies, places and titles this corpus names (intelligence, defence, ministry, Korea, Ukraine
…), not a whole dictionary: a name with a character it lacks stays as written.
"""

from __future__ import annotations

_TRADITIONAL = "國韓聯報軍導處長發總統務烏蘭際衛們與計參謀會議員鮮羅勢機關紀錄電視網臺灣過經濟勞動戰爭澤倫華頓團體門區東點亞歐時聞訊"
_SIMPLIFIED = "国韩联报军导处长发总统务乌兰际卫们与计参谋会议员鲜罗势机关纪录电视网台湾过经济劳动战争泽伦华顿团体门区东点亚欧时闻讯"
_FOLD = str.maketrans(_TRADITIONAL, _SIMPLIFIED)


def simplified(text: str) -> str:
    """``text`` with the table's traditional characters in their simplified forms (others unchanged)."""
    return text.translate(_FOLD)
