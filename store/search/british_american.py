"""British and American spellings of one word: "armour" / "armored", "programme" / "program",
"manoeuvre" / "maneuver", "travelled" / "traveling", "organisation" / "organizing".

Typo matching joins the pairs one edit apart ("defence" / "defense", "harbour" / "harbor"), but a
spelling difference plus an ending ("armour" / "armored": three edits) or two differences in one word
("manoeuvre" / "maneuver") are beyond it, and the stemmer keeps "travell" apart from "travel".  So a
query word is rewritten by the spelling rules the two conventions differ by, in both directions, and
each rewriting the vocabulary holds (with its stem siblings) counts as a form of the word.  The rules
only ever rewrite to words some passage wrote, so "four" meets no "for": the vocabulary decides.
"""

from __future__ import annotations

import re

# (letters, pattern, replacement): each rule rewrites the first place its pattern fits in the folded word,
# and is tried only on words holding its letters (most words hold none, and a substring test is cheap).
_RULES = tuple(
    (letters, re.compile(pattern), replacement)
    for letters, pattern, replacement in (
        # armour/armor, labour/labor, harbours/harbors, favoured/favored: "-our" after three letters or more
        ("our", r"(?<=[a-z]{3})our(?=(?:s|ed|ing|ers?|ite|ites|able)?$)", "or"),
        ("or", r"(?<=[a-z]{2}[^aeiou])or(?=(?:s|ed|ing|ers?|ite|ites|able)?$)", "our"),
        # organise/organize, mobilisation/mobilization, analyse/analyze
        ("is", r"(?<=[a-z]{3})is(?=(?:e|es|ed|ing|ation|ations|er|ers)$)", "iz"),
        ("iz", r"(?<=[a-z]{3})iz(?=(?:e|es|ed|ing|ation|ations|er|ers)$)", "is"),
        ("ys", r"(?<=[a-z]{2})ys(?=(?:e|es|ed|ing|er|ers)$)", "yz"),
        ("yz", r"(?<=[a-z]{2})yz(?=(?:e|es|ed|ing|er|ers)$)", "ys"),
        # travelled/traveled, signalling/signaling, modeller/modeler: a doubled "l" after an unstressed "e" or "a"
        ("ll", r"(?<=[a-z]{3}[ea])ll(?=(?:ed|ing|ers?)$)", "l"),
        ("l", r"(?<=[a-z]{3}[ea])l(?=(?:ed|ing|ers?)$)", "ll"),
        # centre/center, theatre/theater, calibre/caliber, manoeuvre/maneuver
        ("re", r"(?<=[a-z]{2}[tbv])re(?=s?$)", "er"),
        # Not after "m", "s", "t", "o" or "c": "November", "minister", "letter", "October" are English words
        # whose "-re" is French ("novembre", "ministre"), never a British spelling.
        ("er", r"(?<=[a-z][^mstoc][tbv])er(?=s?$)", "re"),
        # manoeuvre/maneuver, paediatric/pediatric, haemorrhage/hemorrhage
        ("e", r"(?<=[a-z])(?:oe|ae)(?=[a-z]{2})", "e"),
        ("euv", r"(?<=[a-z][^o])euv", "oeuv"),
        # defence/defense, offences/offenses
        ("ence", r"(?<=[a-z]{3})ence(?=s?$)", "ense"),
        ("ense", r"(?<=[a-z]{3})ense(?=s?$)", "ence"),
        # programme/program, catalogue/catalog, dialogue/dialog, analogue/analog
        ("gramme", r"(?<=gra)mme(?=s?$)", "m"),
        ("gram", r"(?<=gra)m(?=s?$)", "mme"),
        ("ogue", r"(?<=[a-z]{3})ogue(?=s?$)", "og"),
        ("og", r"(?<=[a-z]{3})og(?=s?$)", "ogue"),
        # grey/gray
        ("grey", r"^grey", "gray"),
        ("gray", r"^gray", "grey"),
    )
)
# "-re" as the stem of "-red" ("centred") becomes "-ered" ("centered"), not "-erd".
_CENTRED = re.compile(r"(?<=[a-z]{2}[tbv])red$")
_CENTERED = re.compile(r"(?<=[a-z]{2}[tbv])ered$")
_MIN_LENGTH = 4


def other_conventions(word: str) -> tuple[str, ...]:
    """The spellings ``word`` (folded, lower case) has in the other convention, one rule or two applied
    ("manoeuvre" -> "maneuvre", "manoeuver", "maneuver"); () for a word no rule fits."""
    if len(word) < _MIN_LENGTH or not word.isalpha() or not word.isascii():
        return ()
    found: dict[str, None] = {}
    for rewritten in _rewritten(word):
        found[rewritten] = None
        for twice in _rewritten(rewritten):
            if twice != word:
                found[twice] = None
    return tuple(found)


def _rewritten(word: str) -> list[str]:
    out = [pattern.sub(replacement, word, count=1) for letters, pattern, replacement in _RULES if letters in word]
    if _CENTRED.search(word):
        out.append(_CENTRED.sub("ered", word))
    if _CENTERED.search(word):
        out.append(_CENTERED.sub("red", word))
    return [other for other in out if other != word]
