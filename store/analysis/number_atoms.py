"""One number as copy writes it: the pattern ``numbers`` reads every figure's atom with.

Digits (grouped by commas, spaces or, in European copy, stops), an optional currency and scale ("$5 bn", "1.2 mln
shells"), English number words ("twenty-one thousand"), vague counts ("hundreds", "tens of thousands", "a few
hundred"), fractions that make a share ("a third of", "die Hälfte der") and parts of a scale that make a count ("a
quarter of a million").  Each alternative names its groups; ``numbers._read_atom`` reads whichever matched.
"""

from __future__ import annotations

import re

_WORD_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen)"
)
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|dozen)"
# Thousands grouped by commas, or by (no-break, thin) spaces as European copy writes them ("12 000 soldiers"),
# never a group followed by more digits or glued to a letter ("20 240mm launchers" are twenty, of 240 mm).
# German, Spanish and Italian copy group them by stops ("rund 11.000 Soldaten"): read so only before a word that
# is no scale or share ("1.500 millones", "1.125 billion", "3.125 percent" keep their decimal), never from a leading
# zero ("0.125 inches").  "1.200 militari", "2.500 militares" count soldiers: only a scale word opening "mil" keeps
# the decimal ("mil", "millones", "milhões", "miljoen", "milioni", "miliardi").
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\w|[,.]\d)"
    r"|(?P<dotted>[1-9]\d{0,2}(?:\.\d{3})+)"
    r"(?=\s+(?!(?:mila?\b|mill|milh|milj|milio|miliar|bil|tril|mrd|mio|per|pct)\w*\b)[^\W\d_])|\d+(?:\.\d+)?|\.\d+"
)
_CURRENCY = r"(?:US\$|S\$|A\$|C\$|HK\$|NZ\$|\$|€|£|¥|₩|₽|(?:USD|EUR|KRW|RUB|GBP|SGD|CNY|RMB)\s?)"

ATOM = re.compile(
    rf"""
    (?<![\w.,])(?:
    (?P<vague>(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores(?=\s+of\b)|hundreds|thousands|millions|billions)
    |(?P<few>a\s+(?:couple|few)(?:\s+of)?|several)\s+(?P<few_scale>hundred|thousand|million|billion|dozen)s?\b
    |(?:(?P<part_whole>{_WORD_NUMBER}|\d{{1,3}})\s+and\s+)?(?P<part_of_scale>(?:(?:a|one)[\s-])?(?:third|quarter)|(?:a|one)[\s-]half
        |two[\s-]thirds|three[\s-]quarters|half)[\s-](?:of\s+)?(?:an?\s+)?(?P<part_scale>thousand|million|billion)\b
        # "a quarter of a million shells", "one and a half million", "half a million": a count, not a share
    |(?P<fraction>(?:a|one|two|three|four)[\s-](?:half|third|quarter|fifth|tenth)s?|half
        |die\s+hälfte|la\s+moitié|la\s+mitad|(?:a\s+)?metade|(?:la\s+)?metà|de\s+helft|hälften)
        # and "half" in European copy ("etwa die Hälfte der …", "metade dos projéteis", "la metà delle granate")
        (?=\s+of\b(?!\s+an?\s+(?:hour|minute|century|mile|second|day|week|year|inch))  # not "a quarter of an hour"
        |\s+(?:der|des|de|del|dos|das|do|da|della|delle|dei|degli|van|av)\s|\s+(?:the|its|their|his|her|that|those|these)\b|\s+\w+ed\b
        |\s+(?:and|to)\s+(?:an?\s+|one\s+|two\s+|three\s+)?(?:half|third|quarter|fifth)s?\s+of\b)  # "a third to half of"
    |(?P<bare_half>half|(?:a|one|two|three|four)[\s-](?:third|quarter|fifth|tenth)s?
        |(?P<article_half>(?:die|der)\s+hälfte|la\s+moitié|la\s+mitad))(?=\s*(?:[,.;:)"”»]|['’](?!\w)|$)
        |\s+(?:last|earlier|previously|a\s+year
            |in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|early|late|mid|20\d\d)|came|come|comes|is|are|was|were
            |have|has|had|will|would|may|might|remain|remained)\b)
        # "about half," "up from a third last year", "… in the spring", "of which about half came from",
        # "roughly a quarter have been wounded"
    |(?P<cur>{_CURRENCY})?(?P<digits>{_DIGITS})(?P<attached>bn|mn|mln|bln|tn|trn|[mkb](?=[\s.,;:)+]|[-–—]\d|$))?
        (?:\s*(?P<scale>{_SCALE_WORD}s?|mln|bln|mn|bn)\b)?  # "1.2 mln shells", "$5 bn"
    |(?P<aword>an?)\s+(?P<ascale>hundred|thousand|million|billion|trillion|dozen)\b
    |(?P<words>{_WORD_NUMBER}(?:\s+(?:and\s+)?(?:{_WORD_NUMBER}|{_SCALE_WORD}s?))*)\b  # "two millions", as some write
    )""",
    re.IGNORECASE | re.VERBOSE,
)
