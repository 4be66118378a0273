"""A country named three ways in one body's name: "South Korea's", "South Korean" and "South Korea".

Copy names one body in all three ("South Korea's Joint Chiefs of Staff", "the South Korean Joint Chiefs
of Staff"), so the claimant pane would list it twice.  Word-order folding (``claimant_folding``) compares
names as sets of words; these are the words it reads as one.  Each country's name and people-word map to
the letters they share ("ukrain" for "Ukraine" and "Ukrainian"): the claimant refold sieves names by
substring, so a key's word must stay inside every spelling it stands for.  Pairs that share no start
("US"/"American", "Netherlands"/"Dutch") are left apart rather than guessed.
"""

from __future__ import annotations

import re

# (country, people-word) as running text writes them, lower-case; multi-word countries by their last word
# ("South Korea": "korea"/"korean"), whose first word stays as written.
_COUNTRY_WORDS = (
    ("korea", "korean"), ("ukraine", "ukrainian"), ("russia", "russian"), ("china", "chinese"),
    ("japan", "japanese"), ("britain", "british"), ("france", "french"), ("germany", "german"),
    ("poland", "polish"), ("estonia", "estonian"), ("latvia", "latvian"), ("lithuania", "lithuanian"),
    ("finland", "finnish"), ("sweden", "swedish"), ("norway", "norwegian"), ("denmark", "danish"),
    ("italy", "italian"), ("spain", "spanish"), ("turkey", "turkish"), ("iran", "iranian"),
    ("israel", "israeli"), ("india", "indian"), ("taiwan", "taiwanese"), ("mongolia", "mongolian"),
    ("belarus", "belarusian"), ("georgia", "georgian"), ("moldova", "moldovan"), ("romania", "romanian"),
    ("hungary", "hungarian"), ("slovakia", "slovak"), ("canada", "canadian"), ("australia", "australian"),
    ("europe", "european"), ("america", "american"), ("syria", "syrian"), ("vietnam", "vietnamese"),
    ("kazakhstan", "kazakh"), ("serbia", "serbian"), ("bulgaria", "bulgarian"), ("austria", "austrian"),
)


def _shared_start(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


COUNTRY_STEMS: dict[str, str] = {}
for _country, _people in _COUNTRY_WORDS:
    _stem = _shared_start(_country, _people)
    if len(_stem) >= 3:
        COUNTRY_STEMS[_country] = COUNTRY_STEMS[_people] = _stem

_POSSESSIVE = re.compile(r"['’]s$")


def country_stem(word: str) -> str:
    """``word`` (folded) as word-order folding reads it: a country's possessive, name or people-word as
    their shared letters; any other word as it is."""
    bare = _POSSESSIVE.sub("", word)
    return COUNTRY_STEMS.get(bare, word)
