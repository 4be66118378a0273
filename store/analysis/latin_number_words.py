"""Counts written in words in German, French, Spanish, Italian and Portuguese copy: "zwölftausend", "onze mille",
"doce mil", "quattordicimila", "drei Millionen", "mehrere Hundert", "des milliers", "decenas de miles".

Wire copy in these languages spells out round counts at the start of a sentence ("Onze mille soldats …"), and
writes vague counts as nouns ("Hunderte", "des centaines", "cientos").  The English parser reads none of it.  As
for Russian (``cyrillic_numbers``), a number word is read only with a scale word (hundred, thousand): "elf" or
"once" alone is as often an age, a date or an English word.  The scale words are found first, each count is then
grown from its scale to the number words on either side; German and Italian write the whole count as one word
("zweihundertfünfzigtausend", "duecentocinquantamila"), read by its parts.  Millions are a scale of their own
("drei Millionen Granaten", "quatre millions d'obus", "cinco millones de proyectiles", "tre milioni"), read only
after a number word: a bare "Millionen" or "millions" is the vague count the English parser reads.  A vague count takes the span its English twin takes
(``figure_words.VAGUE`` and ``FEW``): "mehrere Hundert" is "several hundred", "des milliers" is "thousands".
"""

from __future__ import annotations

import re
from store.analysis.figure_words import FEW, VAGUE
from store.analysis.worded_count import WordedCount

# Number words of one to ninety-nine (German ones are also the parts of its compounds).
_GERMAN = {
    "ein": 1, "eine": 1, "eins": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30,
    "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "und": 0,
}  # fmt: skip
_FRENCH = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "et": 0,
}  # fmt: skip
_SPANISH = {
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiún": 21, "veintiuno": 21,
    "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90, "y": 0,
}  # fmt: skip
# Portuguese words Spanish does not share ("doze mil", "onze mil" are Spanish and Portuguese alike).
_PORTUGUESE = {
    "dois": 2, "duas": 2, "doze": 12, "três": 3, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "treze": 13, "catorze": 14,
    "quatorze": 14, "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18,
    "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "sessenta": 60, "oitenta": 80, "e": 0,
}  # fmt: skip
# Swedish writes a count as one word too ("elvatusen", "tvåhundrafemtio") or apart ("tolv tusen").  Not "en": it
# is French and Dutch for "in"; "ett tusen" is how Swedish writes one thousand.
_SWEDISH = {
    "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "elva": 11,
    "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19,
    "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90,
}  # fmt: skip
# Italian writes a count as one word ("quattordicimila", "duecentocinquantamila"): its parts, with the tens that
# drop their vowel before "uno" and "otto" ("ventuno", "quarantotto").
_ITALIAN = {
    "uno": 1, "un": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15,
    "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20, "vent": 20, "trenta": 30,
    "trent": 30, "quaranta": 40, "quarant": 40, "cinquanta": 50, "cinquant": 50, "sessanta": 60, "sessant": 60,
    "settanta": 70, "settant": 70, "ottanta": 80, "ottant": 80, "novanta": 90, "novant": 90,
}  # fmt: skip
# Hundreds that multiply what stands before them ("deux cents", "zwei hundert") and those that name their own
# multiple (Spanish "doscientos"); then the thousands.
_HUNDRED = {"hundert": 100, "cent": 100, "cents": 100, "cento": 100, "hundra": 100}
_OWN_HUNDREDS = {
    "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
    "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
    "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800,
    "novecientos": 900, "novecientas": 900, "cem": 100, "duzentos": 200, "duzentas": 200, "trezentos": 300,
    "trezentas": 300, "quatrocentos": 400, "quatrocentas": 400, "quinhentos": 500, "quinhentas": 500,
    "seiscentas": 600, "setecentos": 700, "setecentas": 700, "oitocentos": 800, "oitocentas": 800,
    "novecentos": 900, "novecentas": 900,
}  # fmt: skip
_THOUSAND = {"tausend": 1000, "mille": 1000, "mil": 1000, "mila": 1000, "tusen": 1000}
# Millions multiply all that stands before them ("drei Millionen", "deux millions", "dos millones", "tre milioni",
# "três milhões").  Not the singular "million": English writes it, and its parser reads "two million" and
# "3 million" already.
_MILLION = frozenset(
    "millionen millions millón millon millones milione milioni milhão milhao milhões milhoes "
    "miljoen miljoenen miljon miljoner miljonerna millioner".split()  # Dutch, Swedish, Danish and Norwegian
)
_WORD_VALUES = {**_GERMAN, **_FRENCH, **_SPANISH, **_PORTUGUESE, **_SWEDISH}
# "und", "et", "y", "e" join the words of a count, and much else: a count neither starts nor ends with one.
_JOINERS = frozenset({"und", "et", "y", "e"})

# The parts a German compound is written with, longest first ("dreizehn" before "drei", "achtzig" before "acht").
_GERMAN_PART = "|".join(sorted([*_GERMAN, "hundert", "tausend"], key=len, reverse=True))
_GERMAN_COMPOUND = re.compile(rf"(?:{_GERMAN_PART})+", re.IGNORECASE)
_GERMAN_PARTS = re.compile(_GERMAN_PART, re.IGNORECASE)
_SWEDISH_PART = "|".join(sorted([*_SWEDISH, "hundra", "tusen"], key=len, reverse=True))
_SWEDISH_COMPOUND = re.compile(rf"(?:{_SWEDISH_PART})+", re.IGNORECASE)
_SWEDISH_PARTS = re.compile(_SWEDISH_PART, re.IGNORECASE)
_ITALIAN_PARTS = sorted([*_ITALIAN, "cento", "mila", "mille"], key=len, reverse=True)
_ITALIAN_COMPOUND = re.compile(rf"(?:{'|'.join(_ITALIAN_PARTS)})+(?:mila|cento)(?:{'|'.join(_ITALIAN_PARTS)})*")

# Vague counts: the noun (and the "tens of" before it) and the English phrase that spans the same.
_VAGUE_NOUNS = {
    "hunderte": "hundreds", "tausende": "thousands", "zehntausende": "tens of thousands",
    "hunderttausende": "hundreds of thousands",
    "hunderten": "hundreds", "tausenden": "thousands", "zehntausenden": "tens of thousands", "centaines": "hundreds", "milliers": "thousands",
    "cientos": "hundreds", "miles": "thousands", "dizaines de milliers": "tens of thousands",
    "centaines de milliers": "hundreds of thousands", "decenas de miles": "tens of thousands",
    "cientos de miles": "hundreds of thousands", "hundratals": "hundreds", "tusentals": "thousands",
    "tiotusentals": "tens of thousands", "hundratusentals": "hundreds of thousands",
}  # fmt: skip
# "mehrere Hundert", "plusieurs centaines", "varios cientos": several; "einige", "quelques", "algunos": a few.
# ("unos mil" is about a thousand, not a few thousand: "unos" is a hedge, ``figure_words.QUALIFIERS``.)
_FEW_WORDS = {
    "mehrere": "several", "plusieurs": "several", "varios": "several", "varias": "several", "einige": "few",
    "ein paar": "few", "quelques": "few", "algunos": "few", "algunas": "few", "flera": "several", "några": "few",
}  # fmt: skip
_FEW_SCALES = {"hundert": 100, "tausend": 1000, "centaines": 100, "milliers": 1000, "cientos": 100, "miles": 1000,
               "cent": 100, "mille": 1000, "mil": 1000, "hundra": 100, "tusen": 1000}  # fmt: skip

# Every count in words holds one of these pieces: a scan of lower-cased text for them is the cheap first step (a
# case-blind scan cost a twentieth of the ingest), skipped when ``in`` finds no letters they share; the word around
# each hit is then looked up ("cent " of "percent " is none).
_SCALE_PIECE = re.compile(
    "hundert|tausend|mil[ ,]|mille|milliers|miles de|cents? |centaines|cien |ciento |ient[oa]s|mila\\b|cento"
    "|millon|million|millón|milion|milhõ|milhão|milhao|milhoe|miljo|tusen|hundra"
)
_WORD_CHARS = re.compile(r"[^\W\d_]*")
_SCALE_WORDS = frozenset(
    {*_HUNDRED, *_OWN_HUNDREDS, *_THOUSAND, *_MILLION, *(w.split()[-1] for w in _VAGUE_NOUNS), "milliers"}
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)([\s-]+)$")
_WORD_AFTER = re.compile(r"([\s-]+)([^\W\d_]+)")
_VAGUE_LEAD = re.compile(r"(?<![\w'’-])(dizaines|centaines|decenas|cientos)\s+de\s+$", re.IGNORECASE)
_FEW_BEFORE = re.compile(rf"(?<![\w'’-])({'|'.join(sorted(_FEW_WORDS, key=len, reverse=True))})\s+$", re.IGNORECASE)
# "miles" is an English word: a Spanish count only before "de" ("miles de soldados").
_SPANISH_OF = re.compile(r"\s+de\s", re.IGNORECASE)


def worded_counts(text: str, lowered: str | None = None) -> dict[int, WordedCount]:
    """The counts in German, French or Spanish words of ``text``, by where each starts (``lowered``: ``text.lower()``
    when the caller has it)."""
    found: dict[int, WordedCount] = {}
    if lowered is None:
        lowered = text.lower()
    if not ("mil" in lowered or "cent" in lowered or "ien" in lowered or "hundert" in lowered or "tausend" in lowered
            or "tusen" in lowered or "hundra" in lowered):
        return found
    if len(lowered) != len(text):
        return found  # a letter that lower-cases to two ("İ"): offsets would not match; no such copy counts in words
    hits = [piece.start() for piece in _SCALE_PIECE.finditer(lowered)]
    end_of_last = 0
    for hit in hits:
        if hit < end_of_last:
            continue
        start = hit
        while start and text[start - 1].isalpha():
            start -= 1
        end = _WORD_CHARS.match(text, hit).end()
        end_of_last = end
        word = text[start:end]
        lowered_word = lowered[start:end]
        if lowered_word not in _SCALE_WORDS and not (
            "hundert" in lowered_word or "tausend" in lowered_word or _ITALIAN_COMPOUND.fullmatch(lowered_word)
            or _SWEDISH_COMPOUND.fullmatch(lowered_word)
        ):
            continue  # "percent", "recent", "centodieci" of no thousand
        if start and text[start - 1] in "'’-" or text.startswith(("-", "'", "’"), end):
            continue  # "Mil-Mi", "cent-sized": a hyphened name, not a count
        count = (
            _scaled_digits(text, start, end, lowered_word)
            or _vague(text, start, end, lowered_word)
            or _definite(text, start, end, word)
        )
        if count is not None:
            if not count.vague and lowered_word in _MILLION and (half := _AND_A_HALF.match(text, count.end)):
                count = WordedCount.definite(count.start, half.end(), count.value + 5e5)
            found[count.start] = count
            end_of_last = count.end
    return found


# "dos millones y medio", "deux millions et demi", "tre milioni e mezzo": and a half million more.
_AND_A_HALF = re.compile(r"\s+(?:y|e|et|und)\s+(?:medio|meio|mezzo|demi|eine\s+halbe)\b", re.IGNORECASE)


# Digits before a scale word: "11 mil soldados", "3 Millionen Granaten", "1,5 millones" (a comma or a stop before
# one or two digits is a decimal).  Digits grouped by stops ("1.500 millones") are left to ``numbers``, which keeps
# them a decimal (``test_claims_blind16``).  Not after a currency sign: "$2 mil" is the English parser's, nor "mil"
# in English copy ("5 mil" film, a thousandth of an inch).
_DIGITS_BEFORE = re.compile(r"(?<![\d.,$€£¥])(\d+(?:[.,]\d{1,2})?)[ \u00a0]$")
_DIGIT_SCALES = {"mil": 1e3, **dict.fromkeys(_MILLION, 1e6)}


def _scaled_digits(text: str, start: int, end: int, word: str) -> WordedCount | None:
    """"11 mil", "3 Millionen": digits times the scale word after them."""
    scale = _DIGIT_SCALES.get(word)
    if scale is None or (digits := _DIGITS_BEFORE.search(text, max(0, start - 16), start)) is None:
        return None
    if word == "mil" and (" the " in text or " The " in text):
        return None
    value = float(digits.group(1).replace(",", ".")) * scale
    value = float(round(value)) if abs(value - round(value)) < 1e-6 else value
    return WordedCount.definite(digits.start(1), end, value)


def _vague(text: str, start: int, end: int, word: str) -> WordedCount | None:
    """"Hunderte", "des dizaines de milliers", "mehrere Hundert", "varios cientos": a count of a span."""
    few = _FEW_BEFORE.search(text, max(0, start - 12), start)
    if few and word in _FEW_SCALES:
        low_k, high_k, _value = FEW[_FEW_WORDS[" ".join(few.group(1).lower().split())]]
        scale = _FEW_SCALES[word]
        return WordedCount.spanning(few.start(), end, low_k * scale, high_k * scale)
    if word not in _VAGUE_NOUNS or (word == "miles" and not _SPANISH_OF.match(text, end)):
        return None
    phrase = _VAGUE_NOUNS[word]
    if lead := _VAGUE_LEAD.search(text, max(0, start - 16), start):
        phrase = _VAGUE_NOUNS.get(f"{lead.group(1).lower()} de {word}", phrase)
        start = lead.start() if phrase != _VAGUE_NOUNS[word] else start
    low, high = VAGUE[phrase]
    return WordedCount.spanning(start, end, float(low), float(high))


def _definite(text: str, start: int, end: int, word: str) -> WordedCount | None:
    """"onze mille", "doce mil quinientos", "zweihundertfünfzigtausend": the words around a scale, summed."""
    hit = start
    words = [(start, word)]
    while (before := _WORD_BEFORE.search(text, max(0, start - 24), start)) and _is_number_word(before.group(1)):
        start = before.start()
        words.insert(0, (start, before.group(1)))
    while (after := _WORD_AFTER.match(text, end)) and _is_number_word(after.group(2)):
        words.append((after.start(2), after.group(2)))
        end = after.end()
    while words and words[0][1].lower() in _JOINERS:
        del words[0]  # "y dos mil", "et cent": the joiner belongs to the words before, not to this count
    while words and words[-1][1].lower() in _JOINERS:
        del words[-1]  # "mil y" before other words: it joins nothing of this count
    words = _count_holding(words, hit)
    if not words:
        return None
    start, end = words[0][0], words[-1][0] + len(words[-1][1])
    if len(words) == 1 and words[0][1].lower() in ("mil", "cent", "cents", "mille", "cento", "mila", *_MILLION):
        return None  # "Mil Mi-8", "per cent": a bare scale word is a name or a coin more often than a count
    value = _value([w for _, w in words])
    if value is None or value < 100:
        return None
    return WordedCount.definite(start, end, value)


def _count_holding(words: list[tuple[int, str]], hit: int) -> list[tuple[int, str]]:
    """The words of the count holding ``hit``: "zwischen zehntausend und zwölftausend", "entre dix mille et douze
    mille" set two counts side by side, each ending in its own scale, where "mille et un" and "vingt et un" join
    the words of one."""
    pieces: list[list[tuple[int, str]]] = [[]]
    for index, (at, word) in enumerate(words):
        if word.lower() in _JOINERS and (left := _top_scale(pieces[-1][-1:])) >= 100 and (
            _top_scale(words[index + 1 :]) >= left
        ):  # (the count before ends in its scale: "cent vingt et un mille" is one)
            pieces.append([])
            continue
        pieces[-1].append((at, word))
    return next((piece for piece in pieces if piece and piece[0][0] <= hit <= piece[-1][0]), [])


def _top_scale(words: list[tuple[int, str]]) -> float:
    """The largest scale among ``words``: a million, a thousand, a hundred, or 1 for none."""
    top = 1.0
    for _at, word in words:
        lowered = word.lower()
        if lowered in _MILLION:
            return 1e6
        if lowered in _THOUSAND or "tausend" in lowered or "tusen" in lowered or lowered.endswith(("mila", "mille")):
            top = max(top, 1e3)
        elif lowered in _HUNDRED or lowered in _OWN_HUNDREDS or "hundert" in lowered or "hundra" in lowered:
            top = max(top, 100.0)
    return top


def _is_number_word(word: str) -> bool:
    lowered = word.lower()
    if lowered in _WORD_VALUES or lowered in _HUNDRED or lowered in _OWN_HUNDREDS or lowered in _THOUSAND:
        return True
    if lowered in _MILLION or lowered in _ITALIAN and len(lowered) > 2 and lowered != "sei":
        return True  # ("un" is French and Italian, in ``_WORD_VALUES``; "sei" alone is German "be" as often)
    return any(compound.fullmatch(lowered) for compound in (_GERMAN_COMPOUND, _ITALIAN_COMPOUND, _SWEDISH_COMPOUND))


def _value(words: list[str]) -> float | None:
    """The number ``words`` spell: hundreds multiply what stands before them, thousands (and millions) all of it."""
    millions = total = current = 0.0
    previous = ""
    for word in words:
        lowered = word.lower()
        parts = [lowered] if lowered in _WORD_VALUES or lowered in _OWN_HUNDREDS or lowered in _MILLION else None
        if parts is None and _GERMAN_COMPOUND.fullmatch(lowered):
            parts = _GERMAN_PARTS.findall(lowered)
        elif parts is None and _ITALIAN_COMPOUND.fullmatch(lowered):
            parts = _italian_parts(lowered)
        elif parts is None and _SWEDISH_COMPOUND.fullmatch(lowered):
            parts = _SWEDISH_PARTS.findall(lowered)
        for part in parts or [lowered]:
            if part in _MILLION:
                millions += (total + current or 1) * 1_000_000
                total = current = 0
            elif part in _ITALIAN and part not in _WORD_VALUES:
                current += _ITALIAN[part]  # "quattordici", "vent" of "ventuno"
            elif part in ("vingt", "vingts") and previous == "quatre":
                current += 80 - 4  # "quatre-vingts": four twenties, eighty
            elif part in _HUNDRED:
                current = (current or 1) * 100
            elif part in _THOUSAND or part == "mila":
                total += (current or 1) * 1000
                current = 0
            elif part in _OWN_HUNDREDS:
                current += _OWN_HUNDREDS[part]
            elif part in _WORD_VALUES:
                current += _WORD_VALUES[part]
            else:
                return None
            previous = part
    return millions + total + current


def _italian_parts(word: str) -> list[str] | None:
    """The parts of an Italian compound, left to right ("quattordicimila": "quattordici", "mila"), or None."""
    if not word:
        return []
    for part in _ITALIAN_PARTS:
        if word.startswith(part) and (rest := _italian_parts(word[len(part) :])) is not None:
            return [part, *rest]
    return None
