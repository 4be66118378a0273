"""Names the coverage spells two ways: "Kiev" and "Kyiv", "Kharkov" and "Kharkiv", "Odessa" and "Odesa".

Russian-based and Ukrainian-based transliterations of the same place (and a
few people) differ by more than the one or two edits typo matching allows,
and outlets switched spellings in 2022, so an archive holds both.  A query in
either spelling also finds the other.  Each set is one name; nothing here is
a synonym of another name.

A name is listed in Cyrillic only where romanising it letter by letter (``cross_script``) misses
the English spelling: Russian writes Korean names by their own system ("Пхеньян", "Сеул"), and
"Київ" reads "Kiiv".  A Cyrillic spelling also stands for its inflected forms ("в Пхеньяне").
"""

from __future__ import annotations

import re

_SPELLING_SETS = (
    ("kyiv", "kiev", "kyiw", "київ"),
    ("kharkiv", "kharkov"),
    ("odesa", "odessa"),
    ("luhansk", "lugansk"),
    ("zaporizhzhia", "zaporizhia", "zaporozhye", "zaporizhzhya"),
    ("mykolaiv", "nikolaev", "nikolayev"),
    ("dnipro", "dnepr"),
    ("donbas", "donbass"),
    ("chornobyl", "chernobyl"),
    ("bakhmut", "artemivsk", "artyomovsk"),
    ("vovchansk", "volchansk"),
    ("chernihiv", "chernigov"),
    ("zhytomyr", "zhitomir"),
    ("rivne", "rovno"),
    ("lviv", "lvov"),
    ("zelensky", "zelenskyy", "zelenskiy", "zelenskii", "zelenskyi"),
    ("shoigu", "shoygu"),
    ("pyongyang", "pyeongyang", "пхеньян"),
    ("seoul", "сеул"),
    ("dprk", "кндр"),
    ("ruble", "rouble"),  # the currency, as "₽" is indexed (``terms.currency_word``) and British English spells it
)

# A month and the abbreviations datelines and claims write it with ("Nov 2024", "Sept. 30"): an analyst
# typing "November 2024" means those too.  "May" has none; "Jun", "Jul" are rare but unambiguous.
_MONTH_ABBREVIATIONS = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)

SPELLINGS: dict[str, tuple[str, ...]] = {
    spelling: tuple(other for other in names if other != spelling)
    for names in (*_SPELLING_SETS, *_MONTH_ABBREVIATIONS)
    if len(names) > 1
    for spelling in names
}


def other_spellings(word: str) -> tuple[str, ...]:
    """The other spellings of the name ``word`` (folded, lower case) is one spelling of; () for any other word."""
    return SPELLINGS.get(word, ())


# Russian names a region after its town with an adjective, and a romanised report keeps it: "Kurskaya
# oblast", "Belgorodskoy oblasti", "Bryanskiy rayon".  The adjective is the town's name: "Kursk" and
# "Belgorod" find it, and it finds them.
_ADJECTIVE_ENDINGS = ("aya", "aja", "oy", "oi", "oj", "iy", "ii", "ij", "ogo", "oye", "oe", "om", "uyu")
_ROMANISED_ADJECTIVE = re.compile(rf"^([a-z]{{3,}})sk(?:{'|'.join(_ADJECTIVE_ENDINGS)})$")


def place_of_adjective(word: str) -> tuple[str, ...]:
    """The town a romanised Russian place adjective names ("kurskaya" -> "kursk", "belgorodskaya" ->
    "belgorod"), both readings, for the vocabulary to choose from; () for any other word."""
    found = _ROMANISED_ADJECTIVE.match(word)
    if found is None:
        return ()
    town = found.group(1)
    return (town + "sk", town)


def adjectives_of_place(word: str) -> tuple[str, ...]:
    """The adjectives a romanised report may write for the town ``word`` ends in "-sk" ("kursk" ->
    "kurskaya", "kurskoy", ...); () for any other word."""
    if len(word) < 5 or not word.endswith("sk") or not word.isascii() or not word.isalpha():
        return ()
    return tuple(word + ending for ending in _ADJECTIVE_ENDINGS)
