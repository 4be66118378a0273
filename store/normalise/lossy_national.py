"""Letters whose second UTF-8 byte a strict Windows-1251 or Windows-1254 reading lost.

UTF-8 Russian read as Windows-1251 is "РџСЂ..." mojibake, which the codepage repair undoes; but the one byte
Windows-1251 leaves undefined, 0x98, turns into U+FFFD when read strictly, so every "И" (0xD0 0x98) shows as
"Р\ufffd" and every Serbian "ј" (0xD1 0x98) as "С\ufffd".  Turkish through Windows-1254 loses "Ş" and "Ğ"
(0xC5 0x9E, 0xC4 0x9E) so: "Å\ufffd", "Ä\ufffd".  The lead and the codepage's lost bytes leave a handful of
letters; those of the text's alphabet are one, and it is taken when the text writes that letter in its other
case, which survived ("и" beside "Р\ufffd", "ş" beside "Å\ufffd").  Otherwise it stays one U+FFFD, without
the lead's junk, counted as lost.  A mended letter is written back as the codepage shows
it (the lead and the byte as a browser reads it), so that the codepage repair takes it with its word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.normalise.sloppy import decoding_table


@dataclass(frozen=True, slots=True)
class _Rule:
    codepage: str
    leads: str  # the lead characters of the script's letters, as the codepage shows them
    alphabet: str  # the letters a hole may be

    def lost_bytes(self) -> list[int]:
        return [byte for byte in range(0x80, 0xC0) if bytes([byte]).decode(self.codepage, "replace") == "\ufffd"]


_CYRILLIC = "".join(map(chr, range(0x0400, 0x0460)))
_TURKISH = "abcçdefgğhıijklmnoöprsştuüvyzâîûABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZÂÎÛ"
_RULES = (_Rule("cp1251", "РС", _CYRILLIC), _Rule("cp1254", "ÄÅ", _TURKISH))
_LEAST_SEQUENCES = 8
_LEAST_SEQUENCES_PER_HOLE = 3


def _shown(letter: str, codepage: str) -> str:
    """``letter``'s UTF-8 as ``codepage`` shows it (bytes it lacks as their C1 controls)."""
    table = decoding_table(codepage)
    return "".join(table[byte] for byte in letter.encode("utf-8"))


def _compiled(rule: _Rule) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(its holes, two-byte sequences, the one letter each lead's hole can be: lead -> that letter)."""
    table = decoding_table(rule.codepage)
    continuations = "".join(sorted({table[byte] for byte in range(0x80, 0xC0)}))
    # (Any letter's sequence: a Turkish text's "ü", "ö", "ç" show as "Ã" and a continuation.)
    sequence = re.compile(f"[{re.escape(table[0xC2:0xE0])}][{re.escape(continuations)}]")
    mended: dict[str, str] = {}
    for lead in rule.leads:
        lead_byte = lead.encode(rule.codepage)[0]
        letters = {bytes([lead_byte, byte]).decode("utf-8", "replace") for byte in rule.lost_bytes()} & set(rule.alphabet)
        if len(letters) == 1:
            mended[lead] = next(iter(letters))
    return re.compile(f"[{re.escape(rule.leads)}]\ufffd"), sequence, mended


_COMPILED = [(rule, *_compiled(rule)) for rule in _RULES]


def restore_lossy_national(text: str) -> tuple[str, int, int]:
    """(``text`` with each hole these codepages' readings left mended where sure, else one U+FFFD; letters
    told, holes left)."""
    if "\ufffd" not in text:
        return text, 0, 0
    told = left = 0
    for rule, hole, sequence, letters in _COMPILED:
        holes = len(hole.findall(text))
        if not holes:
            continue
        sequences = len(sequence.findall(text))
        if sequences < _LEAST_SEQUENCES or sequences < _LEAST_SEQUENCES_PER_HOLE * holes:
            continue
        # A lead's letter, in the other case, as the codepage shows it: present, the text writes the letter.
        sure = {lead: _shown(letter, rule.codepage) for lead, letter in letters.items() if _shown(letter.swapcase(), rule.codepage) in text}

        def mend(found: re.Match[str], sure: dict[str, str] = sure, letters: dict[str, str] = letters) -> str:
            nonlocal told, left
            lead = found.group(0)[0]
            if lead not in letters:
                return found.group(0)  # (a lead whose hole could be several letters: another repair's business)
            if lead not in sure:
                left += 1
                return "\ufffd"  # one hole, without the lead's junk (a "С" where a "ј" stood is no letter of the text)
            told += 1
            return sure[lead]

        text = hole.sub(mend, text)
    return text, told, left
