"""From text to index terms: tokenising, folding, light stemming, stop words.

The same functions run over passages at build time and over the query at
search time, so whatever one side does to a word the other side does too.
Folding strips accents (NFKD, then drop combining marks) and case, so that
"Sŭngri", "SUNGRI" and "sungri" are one term.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from functools import cache, lru_cache
from importlib import resources

from store.search.myriad_figures import myriad_spans

# A word is a run of letters/digits, possibly with combining marks (text in
# NFD form) and inner apostrophes ("Korea's", "don't").  Numbers keep their
# thousands separators and decimal point ("11,000", "1.5") so a figure stays
# one term.  Hyphens split: "self-propelled" is two terms, like the query.
# Initials set apart by full stops ("D.P.R.K.", "U.S.") are one word, the one written without them
# ("DPRK", "US"), not letters one by one.
# A per cent sign is a word of its own ("40%" is "40" and "percent"), so that an
# analyst's "percent of shells" finds "50% of the shells".  So is a currency sign, as the word it is read as
# ("$" is "dollar", "£" "pound", "€" "euro"; see ``currency_word``): "dollars" finds "$20bn".
# A decimal figure with "m" after it ("1.5m") is one word, as "300m" is (see ``figures.other_figure_forms``).
# An emoji or pictograph is a word of its own ("🚂", "⚠", a flag "🇰🇵" as its pair of letters), as chat and
# channel posts use them for words; its variation selector and skin tone are no part of it.
# Unicode's currency symbols (category Sc), which the word pattern leaves out as punctuation.
CURRENCY_SIGNS = "$¢£¤¥֏؋߾߿৲৳৻૱௹฿៛₠-⃀꠸﷼﹩＄￠￡￥￦"
TOKEN_PATTERN = re.compile(
    r"(?<![^\W_])[^\W\d_](?:\.[^\W\d_](?![^\W_]))+\.?"
    r"|\d+(?:[.,]\d+)+(?:(?:[kK]|[bBmM]ln|[bBmM]n|[mM])(?![^\W_]))?"
    r"|[^\W_](?:[^\W_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff])*"
    r"(?:['’ʼ][^\W_]+)*"
    r"|[%٪％]|[" + CURRENCY_SIGNS + "]"
    r"|[\U0001F1E6-\U0001F1FF]{2}|[\u2600-\u27bf\u2b00-\u2bff\U0001F300-\U0001F3FA\U0001F400-\U0001FAFF]"
)

# Letters NFKD leaves alone but readers type without their stroke or ligature.
_EXTRA_FOLDS = str.maketrans(
    {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "Æ": "ae",
     "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d"}
)
_APOSTROPHES = "'’ʼ"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)+")
# "11k" / "1.5k", "3bn" / "1.5bn", "2mn" / "2mln": reporters' shorthand for thousands, billions and
# millions, the same figures as "11,000" / "1,500", "3 billion" / "1.5 billion", "2 million".
FIGURE_SHORTHANDS = {"k": 1_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000}
# The figure: "3", "1.5", or "1,5" as much of Europe writes a decimal ("1,5 млн"): a comma before one
# or two digits is no thousands separator (as ``figures`` reads it).
_FIGURE_SHORTHAND = re.compile(r"(\d{1,4}(?:\.\d+|,\d{1,2})?)(" + "|".join(FIGURE_SHORTHANDS) + ")")
_PERCENT_WORDS = frozenset({"%", "٪", "％", "pct"})
_GROUPED_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
CURRENCY_SIGN = re.compile("[" + CURRENCY_SIGNS + "]")
# Words of a currency sign's Unicode name that say what it is, not which currency: "DOLLAR SIGN",
# "THAI CURRENCY SYMBOL BAHT", "BENGALI RUPEE MARK".
_NOT_CURRENCY_NAMES = frozenset({"sign", "symbol", "mark", "currency", "small", "fullwidth"})


@cache
def currency_word(sign: str) -> str:
    """The word a currency sign is read as, from its Unicode name: "$" -> "dollar", "₽" -> "ruble", "¥" -> "yen"."""
    words = unicodedata.name(sign, "").lower().replace("-", " ").split()
    named = [word for word in words if word not in _NOT_CURRENCY_NAMES]
    return named[-1] if named else "currency"

# Function words carry no meaning on their own; scoring them would let
# "the" outvote "Kursk".  They stay in the index so that quoted phrases and
# stop-word-only queries still work.
STOP_WORDS = frozenset(
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not",
        "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "s", "same", "she", "should", "so", "some", "such", "t", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
        "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "would", "you", "your", "yours", "yourself", "yourselves", "said", "says", "say", "told",
    ]
)


@lru_cache(maxsize=65_536)
def fold(surface: str) -> str:
    """The index term for one token as written: accents and case folded, possessive dropped."""
    text = surface.translate(_EXTRA_FOLDS)
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.casefold()
    if not text.isascii() and _CYRILLIC_LETTER.search(text) and _LATIN_LETTER.search(text):
        text = _one_script(text)
    if not text.isascii() and _UNSPACED_RUN.search(text):
        text = text.translate(_simplified_hanzi())
    if text in _PERCENT_WORDS:
        return "percent"
    if len(text) == 1 and CURRENCY_SIGN.match(text):
        return currency_word(text)
    if text[-1:] in "kn" and text[:1].isdigit() and (shorthand := _FIGURE_SHORTHAND.fullmatch(text)):
        # Decimal, not float: 1.1 thousand millions is 1100000000 exactly, not 1100000000.0000002.
        value = Decimal(shorthand.group(1).replace(",", ".")) * FIGURE_SHORTHANDS[shorthand.group(2)]
        return str(int(value)) if value == value.to_integral_value() else text
    if _NUMBER.fullmatch(text):
        # "11,000" and "11000" are the same figure; a decimal point is kept.
        return text.replace(",", "") if _GROUPED_THOUSANDS.fullmatch(text) else text
    if text[-1:] == "m" and _NUMBER.fullmatch(text, 0, len(text) - 1):  # "1,500m" is "1500m", "1.5m" itself
        return (text[:-1].replace(",", "") if _GROUPED_THOUSANDS.fullmatch(text, 0, len(text) - 1) else text[:-1]) + "m"
    if "." in text:  # initials: "d.p.r.k." is "dprk" (figures were settled above)
        return text.replace(".", "")
    for apostrophe in _APOSTROPHES:
        if apostrophe in text:
            text = text.removesuffix(apostrophe + "s").replace(apostrophe, "")
    return text


# A word mixing Latin and Cyrillic letters that look alike ("Kурск" with a Latin K, "Kursk" with a
# Cyrillic "К"), as OCR, keyboards left in the other layout and filter-dodging sites write them, is read
# in the script most of its letters are in, so it is the word its readers see.
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[a-z]")
# Folded (lower case), so some pairs are capitals alike: "В" and "B", "Н" and "H", "М" and "M", "Т" and "T".
_LOOKALIKES = ("аеіјкмнорстухв", "aeijkmhopctyxb")
_TO_LATIN = str.maketrans(_LOOKALIKES[0], _LOOKALIKES[1])
_TO_CYRILLIC = str.maketrans(_LOOKALIKES[1], _LOOKALIKES[0])


def _one_script(text: str) -> str:
    latin = len(_LATIN_LETTER.findall(text))
    text = text.translate(_TO_LATIN if latin * 2 >= len(text) else _TO_CYRILLIC)
    if _CYRILLIC_LETTER.search(text) and _LATIN_LETTER.search(text):
        # Letters of both scripts that look like none of the other ("Курsk": a keyboard switched mid-word):
        # read in Latin, the Cyrillic letters romanised, which the other script's readers find too (``cross_script``).
        from store.search.cross_script import romanised  # it imports this module

        text = romanised(text)
    return text


@cache
def _simplified_hanzi() -> dict[int, str]:
    """Traditional Chinese characters to simplified ones ("軍" -> "军", "韓" -> "韩"), from OpenCC's table.

    Chinese coverage comes from Beijing in simplified characters and from Taipei and Hong Kong in
    traditional ones; folded to one form on both sides, "军队" finds "軍隊" and the other way round.
    Japanese kanji fold the same way, so a Japanese query still meets Japanese text.  A character
    with several simplified forms takes OpenCC's first (its usual one).  Without the table
    (OpenCC not installed) the characters stay as written.
    """
    try:
        table = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return {}
    mapping: dict[int, str] = {}
    for line in table.splitlines():
        traditional, _, simplified = line.partition("\t")
        if len(traditional) == 1 and (first := simplified.split(" ")[0]) and first != traditional:
            mapping[ord(traditional)] = first
    return mapping


_CHUNK = re.compile(r"\S+")


# Chinese and Japanese write no spaces: a run of kanji and kana is a whole clause ("韓国の国家情報院は13日"),
# which as one term could only be found whole.  Such a run is indexed, and a query read, as its overlapping
# pairs of characters ("国家", "家情", "情報", "報院"), the usual unit of CJK search engines (Lucene's CJK
# bigrams): any word of two characters or more is then a run of pairs, found wherever it stands, and a longer
# one ranks by its pairs side by side.  Hangul is left whole: Korean spaces its words, and a word's particle
# ("국가정보원은") is reached by prefix matching.
UNSPACED_RANGES = ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF66, 0xFF9F))
_UNSPACED_RUN = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in UNSPACED_RANGES) + "]+")


_VOICING_MARKS = frozenset("\u3099\u309a\uff9e\uff9f")


def is_unspaced_character(word: str) -> bool:
    """Whether ``word`` is a single kanji, kana or hanzi: a query the index holds only inside pairs."""
    return len(word) == 1 and _UNSPACED_RUN.match(word) is not None


def split_chunk(chunk: str) -> tuple[tuple[str, int, int], ...]:
    """The folded terms of one whitespace-free chunk ("(Korea's", "11,000.") with their offsets in it.

    Tokens never contain whitespace, so tokenising a text chunk by chunk is
    the same as tokenising it whole, and much faster: a corpus repeats the
    same chunks over and over, so each needs tokenising only once (the index
    builder keeps its own table; searches use the cached :func:`chunk_terms`).
    """
    if not chunk.isascii() and (figures := myriad_spans(chunk)):  # "1만2천명", "1万2000人": 12000
        found: list[tuple[str, int, int]] = []
        position = 0
        for start, end, value in figures:
            found.extend((term, position + a, position + b) for term, a, b in _split_words(chunk[position:start]))
            found.append((value, start, end))
            position = end
        found.extend((term, position + a, position + b) for term, a, b in _split_words(chunk[position:]))
        return tuple(found)
    return _split_words(chunk)


def _split_words(chunk: str) -> tuple[tuple[str, int, int], ...]:
    found: list[tuple[str, int, int]] = []
    for match in TOKEN_PATTERN.finditer(chunk):
        surface = match.group()
        if not surface.isascii() and _UNSPACED_RUN.search(surface):
            _add_unspaced(found, surface, match.start())
            continue
        term = fold(surface)
        if term:
            found.append((term, match.start(), match.end()))
    return tuple(found)


def _add_unspaced(found: list[tuple[str, int, int]], surface: str, offset: int) -> None:
    """A token holding kanji or kana: each run of them as its pairs of characters, the rest as words."""
    position = 0
    for run in _UNSPACED_RUN.finditer(surface):
        pieces = [(position, run.start())] if run.start() > position else []
        # A voicing mark written apart ("ｶﾞ", or "か" + U+3099) belongs to its kana: it is no letter of
        # a pair of its own, so "ｶﾞｿﾘﾝ" pairs as "ガソリン" does.
        letters = [run.start() + i for i, ch in enumerate(run.group()) if ch not in _VOICING_MARKS] or [run.start()]
        if len(letters) == 1:
            pieces.append((run.start(), run.end()))
        else:
            ends = [*letters[1:], run.end()]
            pieces.extend((letters[i], ends[i + 1]) for i in range(len(letters) - 1))
        for start, end in pieces:
            if term := fold(surface[start:end]):
                found.append((term, offset + start, offset + end))
        position = run.end()
    if position < len(surface) and (term := fold(surface[position:])):
        found.append((term, offset + position, offset + len(surface)))


@lru_cache(maxsize=65_536)
def chunk_terms(chunk: str) -> tuple[tuple[str, int, int], ...]:
    return split_chunk(chunk)


def terms_with_offsets(text: str) -> Iterator[tuple[str, int, int]]:
    """Each token's folded term with its character span in ``text`` (for highlighting).

    "per cent" is one term, "percent", spanning both words (see :func:`join_per_cent`).
    """
    held: tuple[str, int, int] | None = None  # a "per" that "cent" may follow
    for match in _CHUNK.finditer(text):
        offset = match.start()
        for term, start, end in chunk_terms(match.group()):
            if held is not None:
                if term == "cent":
                    yield "percent", held[1], offset + end
                    held = None
                    continue
                yield held
                held = None
            if term == "per":
                held = (term, offset + start, offset + end)
            else:
                yield term, offset + start, offset + end
    if held is not None:
        yield held


def query_terms(text: str) -> list[str]:
    return join_per_cent([term for chunk in text.split() for term, _, _ in chunk_terms(chunk)])


def join_per_cent(terms: list[str]) -> list[str]:
    """The terms with "per" and "cent" next to each other made one: "percent", the word "%" also is.

    So "40 per cent", "40 percent" and "40%" are the same two terms, in a phrase too.  The index
    applies the same rule to passages (``forward``).
    """
    if "cent" not in terms:
        return terms
    joined: list[str] = []
    for term in terms:
        if term == "cent" and joined and joined[-1] == "per":
            joined[-1] = "percent"
        else:
            joined.append(term)
    return joined


_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=262_144)
def stem(term: str) -> str:
    """A deliberately light English stemmer: plurals, -ed, -ing.

    Stems only group a word with its close forms ("casualty" / "casualties",
    "kill" / "killed"); the terms themselves stay in the index, so an exact
    form still scores higher than a sibling.  Aggressive stemming would
    merge names ("Kursk", "Kurs"), which hurts an analyst more than it helps.
    """
    if len(term) <= 3 or not term.isalpha():
        return term
    if _CYRILLIC.match(term):
        return _slavic_stem(term)
    if term.endswith("ies") and len(term) > 4:
        return term[:-3] + "y"
    if term.endswith("sses"):
        return term[:-2]
    if term.endswith(("ches", "shes", "xes", "zes")) and len(term) > 5:
        return term[:-2]
    if term.endswith("s") and not term.endswith(("ss", "us", "is")):
        return term[:-1]
    for suffix in ("ing", "ed"):
        if term.endswith(suffix):
            base = term[: -len(suffix)]
            if len(base) >= 3 and any(ch in _VOWELS for ch in base):
                if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz":
                    base = base[:-1]  # "planned" -> "plan"
                return base
    return term


# Russian and Ukrainian inflect every noun and adjective for case: "Курск", "Курской", "в Курске";
# "снаряд", "снарядов", "снарядів".  A one- or two-edit typo budget cannot bridge "Курск" and
# "Курской", so a Cyrillic word's case ending is cut (the longest that leaves three letters), as
# light Slavic stemmers do.  Endings are written folded, as terms are: "й" and "ї" lose their marks
# ("Курской" is "курскои").  Verb endings are left alone: cutting them merges unrelated nouns.
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SLAVIC_ENDINGS = tuple(
    sorted(
        {
            # adjectives: -ого -ому -ыми -ими -ой -ей -ий -ый -ая -яя -ое -ее -ую -юю -ые -ие -ых -их -ым -им (-ої -ій -ім -іх)
            "ого", "его", "ому", "ему", "ыми", "ими", "ои", "еи", "ии", "ыи", "ая", "яя", "ое", "ее", "ую", "юю",
            "ые", "ие", "ых", "их", "ым", "им", "оі", "іи", "ім", "іх",
            # nouns: plural and oblique cases (Ukrainian -ів -ові -ою -ям -ях -і -ї -є)
            "ами", "ями", "ові", "еві", "єві", "ов", "ев", "ів", "ом", "ем", "ах", "ях", "ам", "ям", "ою", "ею",
            "єю", "ию", "ия", "ья", "ье", "ью", "ія", "ію", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "і", "є",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip
_SLAVIC_MIN_STEM = 3


def _slavic_stem(term: str) -> str:
    for ending in _SLAVIC_ENDINGS:
        if term.endswith(ending) and len(term) - len(ending) >= _SLAVIC_MIN_STEM:
            return term[: -len(ending)]
    return term


def is_stop_word(term: str) -> bool:
    return term in STOP_WORDS


def fuzzy_budget(term: str) -> int:
    """How many edits a query word may be away from a vocabulary term.

    Short words get none: one edit turns "tank" into "rank" and "bank", and a
    three-letter word has dozens of neighbours.  Numbers never fuzzy-match:
    2024 is not a typo of 2023.
    """
    if len(term) < 4 or any(ch.isdigit() for ch in term):
        return 0
    if len(term) < 8:
        return 1
    return 2
