"""Codepages that differ from a commoner one in a few bytes, told apart by what those bytes spell.

Charset detection scores whole readings, and two codepages that agree on all but eight or ten
bytes score alike: it settles on the commoner one, and the few letters it gets wrong are the ones
a reader notices ("c½ur" for "cœur", "¶γνωστος" for "Άγνωστος").  The wrong reading shows itself
where a symbol stands inside a word; these rules look exactly there.

- ISO 8859-15 (Latin-9, French and Finnish Unix text) against Windows-1252: "œ", "Œ", "Š", "š" at
  0xBD, 0xBC, 0xA6, 0xA8 are "½", "¼", "¦", "¨" in the Windows reading, and "€" (0xA4) is "¤".
- ISO 8859-7 against Windows-1253: "Ά" is 0xB6 in one ("¶" in the other) and 0xA2 in the other
  (the ISO codepage's "’").
- EBCDIC (a mainframe's or an old wire archive's export, code page 037): no ASCII space, but byte
  0x40 (its space) between every word; read, its lines end in NEL, which reading turns into newlines.
- DOS Latin (code page 850 or 437: a file from an old PC program, a DOS-era archive): its small
  accented letters sit at 0x81-0xA4, where Windows-1252 has punctuation, signs or nothing ("Cor‚e",
  "re‡oit", "s\x81dkoreanischem"), and charset detection takes it for a Central European codepage
  whose C1 controls then lose those letters.
- CP949 (Korean) against Shift_JIS: Japanese among many Latin words scores as Korean, but its reading
  is Hangul syllables no Korean text writes.
- Windows-1258 (Vietnamese) writes tones as combining marks after the letter; no other codepage's
  text puts a mark after nearly every word.  Its reading is composed (NFC), as Vietnamese is typed.
"""

from __future__ import annotations

import re
import unicodedata

from store.normalise.sloppy import sloppy_decode

_SAMPLE = 256 * 1024
_WINDOWS_ONLY_BYTES = re.compile(rb"[\x80-\x9f]")  # C1 controls in an ISO codepage: its files never hold them

# In a Windows-1252 reading: a fraction or bar inside a word ("c½ur", "l'½uvre", "¦koda"), "¤" by a figure.
_LATIN9_SIGN = re.compile(r"(?<=[^\W\d_])[¼½¾¦¨](?=[^\W\d_])|(?<=['’])[¼½](?=[^\W\d_])|(?<![^\W\d_])[¦¨](?=[^\W\d_])|(?<=\d)\s?¤|¤\s?(?=\d)")
_LEAST_LATIN9_SIGNS = 2
# A "¤" standing apart from letters ("5 Mio. ¤", "¤ 200"): prose never writes the generic currency sign, and
# Latin-9 puts "€" on its byte, so one alone tells the codepage (a German note with a single price in euros).
# So does a fraction between two letters ("c½ur" for "cœur"), which no Windows-1252 text writes.
_CURRENCY_WORD = re.compile(r"(?<![^\W\d_])¤(?![^\W\d_])|(?<=[^\W\d_])[¼½](?=[^\W\d_])")


def latin9_reading(data: bytes, western: str, declared: str | None) -> str | None:
    """``data`` read as ISO 8859-15 when the Windows-1252 reading ``western`` shows it is."""
    sample = data[:_SAMPLE]
    if _WINDOWS_ONLY_BYTES.search(sample):
        return None
    if declared != "iso8859_15" and len(_LATIN9_SIGN.findall(western[:_SAMPLE])) < _LEAST_LATIN9_SIGNS and _CURRENCY_WORD.search(western[:_SAMPLE]) is None:
        return None
    return data.decode("iso8859_15")


_GREEK = "\u0386-\u03ce"
_PILCROW_IN_WORD = re.compile(f"¶(?=[{_GREEK}])|(?<=[{_GREEK}])¶")
_QUOTE_OPENING_WORD = re.compile(f"(?<![^\\W\\d_])’(?=[{_GREEK}])")


def greek_codepage(data: bytes, guess: str) -> str:
    """Windows-1253 or ISO 8859-7, whichever reading does not break words; ``guess`` when both read alike."""
    sample = data[:_SAMPLE]
    if _WINDOWS_ONLY_BYTES.search(sample):
        return "cp1253"
    windows_breaks = len(_PILCROW_IN_WORD.findall(sloppy_decode(sample, "cp1253")))
    iso_breaks = len(_QUOTE_OPENING_WORD.findall(sloppy_decode(sample, "iso8859_7")))
    if windows_breaks > iso_breaks:
        return "iso8859_7"
    if iso_breaks > windows_breaks:
        return "cp1253"
    return guess


_TONE_AFTER_LETTER = re.compile("(?<=[^\\W\\d_])[\u0300\u0301\u0303\u0309\u0323]")
# Vietnamese puts a tone mark on a vowel only; another script's bytes read as Windows-1258 put the marks anywhere.
_TONE_AFTER_VOWEL = re.compile("(?<=[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY])[\u0300\u0301\u0303\u0309\u0323]")
_LEAST_VOWEL_SHARE = 0.9
_VIETNAMESE_LETTERS = re.compile("[ĂăĐđƠơƯư]")
_LETTER = re.compile(r"[^\W\d_]")
_LEAST_ASCII_LETTER_SHARE = 0.5  # Vietnamese writes most letters plain, marks and accents on top of them
_LEAST_TONE_SHARE = 0.04  # of letters: Vietnamese marks most syllables; Italian's "così", "però" a few words in a hundred
_LEAST_VIETNAMESE_LETTERS = 3


def vietnamese_reading(data: bytes) -> str | None:
    """``data`` read as Windows-1258 and composed, when that reading is Vietnamese."""
    if not any(byte in data for byte in (0xCC, 0xD2, 0xDE, 0xEC, 0xF2)):  # the five tone marks
        return None
    text = sloppy_decode(data, "cp1258")
    sample = text[:_SAMPLE]
    letters = len(_LETTER.findall(sample))
    tones = len(_TONE_AFTER_LETTER.findall(sample))
    if not letters or tones < _LEAST_TONE_SHARE * letters or len(_VIETNAMESE_LETTERS.findall(sample)) < _LEAST_VIETNAMESE_LETTERS:
        return None
    if len(_TONE_AFTER_VOWEL.findall(sample)) < _LEAST_VOWEL_SHARE * tones:
        return None
    if sum(1 for letter in _LETTER.findall(sample) if letter.isascii()) < _LEAST_ASCII_LETTER_SHARE * letters:
        return None  # DOS Cyrillic (Ukrainian in code page 1125) reads as accented letters and tone marks, no plain ones
    return unicodedata.normalize("NFC", text)


_EBCDIC_SPACE = 0x40
_LEAST_SPACE_SHARE = 0.08  # of bytes: prose has a space every five to eight letters
_LEAST_PLAIN_SHARE = 0.95  # of characters read: letters, digits, punctuation, spaces and line ends


def ebcdic_reading(data: bytes) -> tuple[str, str] | None:
    """(``data`` read as EBCDIC, its code page) when it is prose in it."""
    sample = data[:4096]
    spaces = sample.count(_EBCDIC_SPACE)
    if spaces < _LEAST_SPACE_SHARE * len(sample) or sample.count(0x20) * 20 > spaces:
        return None
    text = data.decode("cp037")
    head = text[:4096]
    plain = sum(1 for ch in head if ch.isascii() and (ch.isprintable() or ch in "\n\t") or ch == "\x85")
    if plain < _LEAST_PLAIN_SHARE * len(head):
        return None
    codepage = _ebcdic_variant(data[:_SAMPLE])
    return (text, "cp037") if codepage == "cp037" else (data.decode(codepage), codepage)


# The EBCDIC pages of the US (037, and 1140 with the euro), of international use (500) and of Germany (273)
# agree on letters and digits and differ on a few bytes: "!" "[" "]" "|" "^" in one are "]" "¢" "!" "¦" "¬"
# or "Ü" "Ä" in another.  The page is the one whose reading puts those bytes where text puts such signs:
# "!" and "]" after a word, "[" before one, "€" before a figure, a German letter between letters.
_EBCDIC_VARIANTS = ("cp037", "cp500", "cp273", "cp1140")
_EBCDIC_DISAGREEING = re.compile(b"[" + re.escape(bytes(b for b in range(256) if len({bytes([b]).decode(c) for c in _EBCDIC_VARIANTS}) > 1)) + b"]")
_CLOSING = frozenset("!?]})")
_OPENING = frozenset("[({")


def _ebcdic_variant(sample: bytes) -> str:
    spots = [found.start() for found in _EBCDIC_DISAGREEING.finditer(sample)]
    if not spots:
        return "cp037"
    scores = []
    for codepage in _EBCDIC_VARIANTS:
        text = sample.decode(codepage)  # (one character a byte: positions agree)
        scores.append((sum(_fits(text, at) for at in spots), -len(scores), codepage))
    return max(scores)[2]


def _fits(text: str, at: int) -> int:
    ch = text[at]
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if ch.isalpha():
        return int(before.isalpha() and (after.isalpha() or after.isspace()))
    if ch in _CLOSING:
        return int(before.isalnum() and not after.isalnum())
    if ch in _OPENING:
        return int(not before.isalnum() and after.isalnum())
    if ch == "€":
        return int(after.isdigit())
    return 0


# DOS letters that Windows-1252 shows as signs, punctuation or nothing, and that no Windows-1252 text puts
# inside a word: ü é â ä å ç ê ë è ï î ì (0x81-0x8D) and í ó ú ñ (0xA1-0xA4).  (Not à and á, whose bytes
# are Windows-1252's ellipsis and no-break space, nor ô, ö, û, ù at 0x93-0x97, its quotes and dashes: those
# do stand between letters, "so…what", "Mr\xa0Smith".)
_DOS_LETTER_IN_WORD = re.compile(rb"(?<=[A-Za-z])[\x81-\x84\x86-\x8d\xa1-\xa4](?=[A-Za-z\x81-\xa5])")
# Windows-1252's own accented letters inside a word: genuine Western text, whose bytes are these instead.
_WINDOWS_LETTER_IN_WORD = re.compile(rb"(?<=[A-Za-z])[\xc0-\xff](?=[A-Za-z])")
_WINDOWS_LETTER_BUT_A_ACUTE = re.compile(rb"(?<=[A-Za-z])[\xc0-\xe0\xe2-\xff](?=[A-Za-z])")
_LEAST_DOS_LETTERS = 3
_HIGH_IN_WORD = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f](?=[A-Za-z])")
_DOS_CODEPAGES = ("cp850", "cp437")  # 850 (Western Europe's) first: they agree on the small letters


def dos_latin_reading(data: bytes) -> tuple[str, str] | None:
    """(``data`` read as DOS Latin, the codepage) when its words hold DOS letters, or None."""
    sample = data[:_SAMPLE]
    dos = len(_DOS_LETTER_IN_WORD.findall(sample))
    # (In a German text "Straáe" is a DOS "Straße", not Windows-1252's "á".)
    windows = len((_WINDOWS_LETTER_BUT_A_ACUTE if _german_sharp_s(sample) else _WINDOWS_LETTER_IN_WORD).findall(sample))
    if dos < _LEAST_DOS_LETTERS or dos < 2 * windows:
        if not _western_dos_frame(sample) and not _few_dos_letters(sample, dos, windows):
            return None
    elif dos < _LEAST_SHARE_IN_WORDS * (len(sample) - len(sample.translate(None, _HIGH_BYTES))):
        return None  # a multibyte codepage (Shift_JIS, GBK) whose bytes fall so by chance beside its Latin words
    best: tuple[int, str] | None = None
    for codepage in _DOS_CODEPAGES:
        inside = _HIGH_IN_WORD.findall(data[:_SAMPLE].decode(codepage))
        letters = sum(map(str.isalpha, inside))
        if letters >= _MOST_IN_WORD_LETTERS * len(inside) and (best is None or letters > best[0]):
            best = (letters, codepage)
    if best is None:
        return None
    codepage = _best_fitting_dos_codepage(sample, best[1])
    return data.decode(codepage), codepage


# A DOS letter ending a small word ("café", "è", "Zürich"): Windows-1252 has there an undefined byte
# (0x81, 0x8D), a low quote (0x82, 0x84), "ƒ", "ˆ", "‰", "Š", "‹" or "Œ", which no text puts after a small letter.
# (Not 0x85-0x87, its "…", "†" and "‡", which do end words: "so…", "Smith†".)
_DOS_LETTER_ENDING_WORD = re.compile(rb"(?<=[a-z])[\x81-\x84\x88-\x8d\xa1-\xa4](?=[\s.,;:!?)\"']|\Z)")
_DOS_LETTER_AFTER_SMALL = re.compile(rb"(?<=[a-z])[\x81-\x84\x86-\x8d\xa1-\xa4](?=[a-z])")
_LEAST_FEW_DOS_LETTERS = 2
_UNDEFINED_IN_WINDOWS = (b"\x81", b"\x8d")


# DOS "ß" (0xE1, Windows-1252's "á") where German writes it: after a vowel or umlaut, before "e" or "t" or at a
# word's end ("Straße", "äußerte", "groß", "heißt"); an "á" so placed is rare in the languages that write it (they
# put it after a consonant: "está", "válka").  Counted only in a text that reads as German by its small words.
_SHARP_S = re.compile(rb"(?<=[aeiouy\x81\x84\x94])\xe1(?=[et]|[^A-Za-z\x80-\xff]|\Z)")
_GERMAN_WORDS = re.compile(rb"(?<![A-Za-z])(?:und|der|die|das|nicht|ist|mit|sich|auf|dem|den)(?![A-Za-z\x80-\xff])")
_LEAST_GERMAN_WORDS = 3
_GERMAN_SAMPLE = 64 * 1024  # bytes looked at for German's small words
_DOS_UMLAUT_OPENING_WORD = re.compile(rb"(?<![A-Za-z\x80-\xff])[\x81\x84\x94](?=[a-z])")


def _german_sharp_s(sample: bytes) -> list[bytes]:
    """The DOS "ß"s of a German text, or none when the text is not German."""
    found = _SHARP_S.findall(sample)
    if not found or len(_GERMAN_WORDS.findall(sample, 0, _GERMAN_SAMPLE)) < _LEAST_GERMAN_WORDS:
        return []
    return found


# Italian ends words in accented vowels ("più", "città", "perché", "virtù", "è"): in DOS "à" "è" "ò" "ù" are
# Windows-1252's "…", "Š", "•", "—", which English prose also glues to a word ("so…", "word—").  Counted as DOS
# letters only in a text that reads as Italian by its small words.
# (So are its "è" and "È" standing alone, Windows-1252's "Š" and "Ô", and its guillemets, "®" and "¯", around words.)
_ITALIAN_FINAL_VOWEL = re.compile(
    rb"(?<=[a-z])[\x85\x8a\x95\x97](?=[\s.,;:!?)\"']|\Z)|(?<![A-Za-z\x80-\xad\xaf-\xff])[\x8a\xd4](?= )|(?<![A-Za-z])\xae(?=[A-Za-z\x80-\xff])|(?<=[A-Za-z.!?\x80-\xff])\xaf"
)
_ITALIAN_WORDS = re.compile(rb"(?<![A-Za-z])(?:di|che|il|della|per|non|sono|con|del|gli|una|nel)(?![A-Za-z\x80-\xff])")
_LEAST_ITALIAN_WORDS = 3


def _italian_final_vowels(sample: bytes) -> list[bytes]:
    found = _ITALIAN_FINAL_VOWEL.findall(sample)
    if not found or len(_ITALIAN_WORDS.findall(sample, 0, _GERMAN_SAMPLE)) < _LEAST_ITALIAN_WORDS:
        return []
    return found


def _few_dos_letters(sample: bytes, dos: int, windows: int) -> bool:
    """A short DOS note with two or three accented letters (fewer than ``dos_latin_reading`` asks for
    inside words): each stands after a small letter where Windows-1252 has a sign or nothing, the file
    holds no Windows-1252 letter in a word, and they are most of its bytes past ASCII."""
    if windows:
        return False
    german = _german_sharp_s(sample)
    letters = _DOS_LETTER_AFTER_SMALL.findall(sample) + _DOS_LETTER_ENDING_WORD.findall(sample) + german
    if german:  # a German text's umlaut opening a word ("über", "äußerte"), where Windows-1252 has "„" or nothing
        letters += _DOS_UMLAUT_OPENING_WORD.findall(sample)
    letters += _italian_final_vowels(sample)
    # "ü" and "ì" (0x81, 0x8D) are bytes Windows-1252 leaves undefined: one such in a word is proof enough;
    # so is a German "ß", which only a German text writes and only after a vowel and before "e", "t" or a word's end.
    few = len(letters) + sum(letter in _UNDEFINED_IN_WINDOWS for letter in letters) + len(german)
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    return few >= _LEAST_FEW_DOS_LETTERS and len(letters) >= _MOST_IN_WORD_LETTERS * high


# A DOS text's frame or table: a line of nothing but box drawing (0xB0-0xDF: "┌──────┐", "╚══════╝"), whose
# rules no Windows or ISO codepage's text holds (Windows-1251 reads one as "ЪДДДДДДї").  The frame tells DOS,
# not which DOS: Russian DOS (866) shares it, and writes its small letters р-я at 0xE0-0xEF, where the Western
# pages have Greek letters and signs a Western text hardly holds.
_RULE = re.compile(rb"[\xc4\xcd]{3,}")
_BOX_DRAWING = bytes(range(0xB0, 0xE0))
_RUSSIAN_DOS_SMALL = bytes(range(0xE0, 0xF0))
_MOST_RUSSIAN_DOS_SHARE = 0.1  # of the bytes past ASCII outside the frame


def _western_dos_frame(sample: bytes) -> bool:
    if _RULE.search(sample) is None:
        return False
    if not any(_RULE.search(line) and not line.translate(None, _BOX_DRAWING).strip() for line in sample.splitlines()):
        return False
    outside = sample.translate(None, _BOX_DRAWING)
    high = len(outside) - len(outside.translate(None, _HIGH_BYTES))
    return len(outside) - len(outside.translate(None, _RUSSIAN_DOS_SMALL)) <= _MOST_RUSSIAN_DOS_SHARE * high


# DOS pages of other languages, which put their letters where 850 has its own: Central European (852),
# Baltic (775), Turkish (857).  The one whose reading spells one language's letters is the file's.
_OTHER_DOS_CODEPAGES = ("cp852", "cp775", "cp857")


def _best_fitting_dos_codepage(sample: bytes, western: str) -> str:
    from store.normalise.legacy_alphabets import (
        misfit,  # (it imports the Latin tests, which import this module's neighbours)
    )

    fits = [(misfit(sample.decode(codepage))[0], codepage) for codepage in (western, *_OTHER_DOS_CODEPAGES)]
    return min(fits, key=lambda fit: fit[0])[1]  # (the earliest among equals: Western DOS first)


_HIGH_BYTES = bytes(range(0x80, 0x100))
_LEAST_SHARE_IN_WORDS = 0.2  # of the bytes past ASCII: Western text's are nearly all its words' letters
_MOST_IN_WORD_LETTERS = 0.9  # of the characters inside words in the reading: letters, not box drawing


# Hangul syllables past the 2,350 of KS X 1001, which hold all but a handful of those Korean writes: what
# another codepage's bytes (Shift_JIS among many Latin words) read as in CP949.
_HANGUL = re.compile("[\uac00-\ud7a3]")
_LEAST_COMMON_HANGUL = 0.9


def reads_as_korean(text: str) -> bool:
    """Are ``text``'s Hangul syllables (if any) the common ones Korean text is made of, with few bare letters?"""
    syllables = _HANGUL.findall(text)
    common = sum(1 for ch in syllables if len(ch.encode("euc_kr", "ignore")) == 2)
    jamo = len(_JAMO.findall(text))
    return common >= _LEAST_COMMON_HANGUL * len(syllables) and jamo <= _MOST_JAMO_SHARE * (len(syllables) + jamo)


# Hangul letters standing alone (compatibility jamo), which Korean prose writes seldom ("ㅋㅋ" in a chat): where
# KS X 1001 has them, EUC-JP has its hiragana, so a short Japanese text read in CP949 is full of them.
_JAMO = re.compile("[\u3131-\u318e]")
_MOST_JAMO_SHARE = 0.2


def johab_reading(data: bytes) -> str | None:
    """Korean in Johab (the older Korean standard, still in some archives): Hangul that no other codepage
    reads, so detection, which does not know it, calls the bytes Western.  Taken only when every byte
    reads in Johab and not in CP949, and the reading is Hangul syllables Korean is made of."""
    try:
        text = data.decode("johab")
    except UnicodeDecodeError:
        return None
    try:
        data.decode("cp949")
    except UnicodeDecodeError:
        pass
    else:
        return None
    syllables = len(_HANGUL.findall(text))
    wide = sum(1 for ch in text if ord(ch) > 0x7F)
    return text if syllables >= _LEAST_JOHAB_SYLLABLES and syllables >= _LEAST_COMMON_HANGUL * wide and reads_as_korean(text) else None


_LEAST_JOHAB_SYLLABLES = 4


def korean_past_euc_kr(data: bytes) -> str | None:
    """Korean in CP949 whose few syllables past KS X 1001 ("똠", "뷁") make the file fail EUC-KR: detection
    then takes it for GBK, whose reading of Hangul is common ideographs.  Taken when every byte reads in
    CP949 and nine in ten of the characters read are Hangul syllables Korean is made of (Chinese in GBK
    reads in CP949 as Hangul and Hanja mixed: its commonest characters are in rows KS X 1001 gives Hanja)."""
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    syllables = len(_HANGUL.findall(text))
    wide = sum(1 for ch in text if ord(ch) > 0x7F and not ch.isspace())
    return text if syllables >= _LEAST_JOHAB_SYLLABLES and syllables >= _LEAST_COMMON_HANGUL * wide and reads_as_korean(text) else None


# Kana, which every Japanese sentence writes (its particles and endings) and Chinese and Korean text hardly.
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]")
_LEAST_KANA = 3
_LEAST_KANA_SHARE = 0.3  # of the characters past ASCII (Japanese prose: 40 to 60 in 100)


def euc_jp_reading(data: bytes) -> str | None:
    """Japanese in EUC-JP, which detection takes for Thai, Big5 or CP949 over a sentence or two: taken when
    every byte reads in EUC-JP and the reading is three in ten kana.  (Thai, Chinese or Korean bytes read in
    EUC-JP give kana only where their own letters or characters fall in its two kana rows: a few in a hundred.)"""
    try:
        text = data.decode("euc_jp")
    except UnicodeDecodeError:
        return None
    kana = len(_KANA.findall(text))
    wide = sum(1 for ch in text if ord(ch) > 0x7F and not ch.isspace())
    return text if kana >= _LEAST_KANA and kana >= _LEAST_KANA_SHARE * wide else None
