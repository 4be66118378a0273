"""Codepages charset detection takes for a Russian one: Kazakh's for Windows-1251, DOS Hebrew and Arabic for DOS Russian.

Kazakh Windows text (KZ-1048, or the older PT154) puts its own letters "ә ғ қ ң ө ұ ү һ" where Windows-1251
has the letters of other Slavic alphabets: its reading there mixes Ukrainian "ї" and "є", Macedonian "ќ",
"ѕ" and "ј" and Belarusian "ў" inside one word, which no language writes together.  DOS Hebrew (862) puts
its 27 letters where DOS Russian (866) has its capitals: read as 866 it is a text of nothing but capitals,
which Russian prose, capitalising its sentences and names, never is.  DOS Arabic (720) reads as 866 in
letters of both cases, but in no proportion Russian writes them.
"""

from __future__ import annotations

import re

_SAMPLE = 64 * 1024
# Letters that belong to one Cyrillic alphabet each and to no other's: a reading holding two groups is no text.
_ALPHABET_GROUPS = (
    re.compile("[їЇєЄґҐ]"),  # Ukrainian
    re.compile("[ќЌѕЅјЈѓЃџЏђЂћЋљЉњЊ]"),  # Macedonian and Serbian
    re.compile("[ўЎ]"),  # Belarusian and Uzbek
    re.compile("(?<=[а-яА-Я])[‚„†‡€‰™¦¤µ±](?=[а-яА-Я])"),  # a sign inside a word (PT154's letters at 0x80-0xBF)
)
_FOREIGN_TO_KAZAKH = re.compile("[їЇєЄґҐќЌѕЅјЈѓЃџЏўЎђЂћЋљЉњЊ]")
_KAZAKH_LETTERS = re.compile("[әӘғҒқҚңҢөӨұҰүҮһҺ]")
_KAZAKH_CODEPAGES = ("kz1048", "ptcp154")
_LEAST_KAZAKH_LETTERS = 3
_WORD = re.compile(r"\S+")
_LEAST_WORDS_OF_GROUP = 2


def kazakh_codepage(data: bytes) -> str | None:
    """KZ-1048 or PT154 when a Windows-1251 reading of ``data`` mixes alphabets and one of them reads it as Kazakh."""
    sample = data[:_SAMPLE]
    windows = sample.decode("cp1251", errors="replace")
    if sum(1 for group in _ALPHABET_GROUPS if group.search(windows)) < 2:
        return None
    groups_of_words = [{at for at, group in enumerate(_ALPHABET_GROUPS) if group.search(word)} for word in _WORD.findall(windows)]
    if not any(len(groups) >= 2 for groups in groups_of_words):
        return None  # (a Ukrainian text quoting a Serbian name holds both alphabets, never in one word)
    if sum(1 for at in range(len(_ALPHABET_GROUPS)) if sum(at in groups for groups in groups_of_words) >= _LEAST_WORDS_OF_GROUP) < 2:
        return None
    best: tuple[int, str] | None = None
    for codepage in _KAZAKH_CODEPAGES:
        reading = sample.decode(codepage, errors="replace")
        kazakh = len(_KAZAKH_LETTERS.findall(reading))
        if kazakh >= _LEAST_KAZAKH_LETTERS and not _FOREIGN_TO_KAZAKH.search(reading) and "\ufffd" not in reading and (best is None or kazakh > best[0]):
            best = (kazakh, codepage)
    return best[1] if best is not None else None


_CYRILLIC_LETTER = re.compile("[\u0410-\u044f\u0401\u0451]")
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LEAST_LETTERS = 20
_MOST_CAPITALS = 0.9  # of the Cyrillic letters of a DOS Russian reading: more is Hebrew's letters
_LEAST_RUSSIAN_SIMILARITY = 0.5  # of a reading's letter frequencies to Russian's (genuine prose: above 0.9)
_LEAST_SCRIPT_SHARE = 0.9  # of the letters of the other reading: its script's


def dos_lookalike(data: bytes) -> str | None:
    """DOS Hebrew (862) or DOS Arabic (720) for ``data`` detection took for DOS Russian (866), or None.

    Hebrew read as 866 is all capitals; Arabic (whose letters 720 puts where 866 has Russian letters of
    both cases) reads as letters in no proportion Russian has.
    """
    sample = data[:_SAMPLE]
    russian = sample.decode("cp866", errors="replace")
    letters = _CYRILLIC_LETTER.findall(russian)
    if len(letters) < _LEAST_LETTERS:
        return None
    if sum(map(str.isupper, letters)) >= _MOST_CAPITALS * len(letters):
        return "cp862" if _script_share(sample.decode("cp862", errors="replace"), _HEBREW_LETTER) >= _LEAST_SCRIPT_SHARE else None
    from store.normalise.cyrillic_mojibake import cyrillic_similarity

    if cyrillic_similarity(russian) >= _LEAST_RUSSIAN_SIMILARITY:
        return None
    return "cp720" if _script_share(sample.decode("cp720", errors="replace"), _ARABIC_LETTER) >= _LEAST_SCRIPT_SHARE else None


def _script_share(text: str, script: re.Pattern[str]) -> float:
    letters = sum(1 for ch in text if ch.isalpha() and not ch.isascii())
    return len(script.findall(text)) / letters if letters else 0.0
