"""Definite descriptions that point back to a speaker named before: "the ministry", "the spy chief".

"The agency said …" after "Ukraine's Security Service (SBU) said …" is the
same body, not a new claimant called "agency"; "the unnamed official"
instead introduces someone new.  The attribution finder marks such words as
a reference back and the article's speakers resolve it.
"""

from __future__ import annotations

from collections.abc import Iterable

import re

__all__ = [
    "BODY_HEADS", "DOCUMENT_NOUNS", "FORMATION_HEADS", "FORMATION_NOUNS", "PERSON_NOUNS", "STAFF_NOUNS",
    "described_kinds", "head_nouns", "is_definite_coref", "possessor_of", "strip_age",
]

_DEFINITE_COREF = frozenset(
    """group ministry agency outlet report statement newspaper paper company army military department network
    broadcaster service institute centre center project government council office embassy study organization
    organisation official spokesman spokeswoman spokesperson minister president ambassador analyst expert commander
    general source researcher lawmaker diplomat people officials analysts experts sources channel account tank
    researchers authors colonel captain lieutenant sergeant officer envoy director governor senator person
    individual insider assessment analysis document memo dossier survey review briefing panel commission unit
    brigade battalion regiment division""".split()
)
# A military formation, as "the unit said" names it, and the words the names of formations end in ("Ukraine's 47th
# Mechanized Brigade", "the Special Operations Forces"): what "the unit" may point back to.
FORMATION_NOUNS = frozenset("unit brigade battalion regiment division".split())
FORMATION_HEADS = ("brigade", "battalion", "regiment", "division", "unit", "corps", "forces", "squadron")
# A body's written word ("the assessment also said"): its author, named before, speaks; unresolved, the word
# names nobody (unlike "the ministry", which is a claimant of sorts even when no ministry was named).
DOCUMENT_NOUNS = frozenset("assessment analysis document memo dossier survey review briefing".split())
# Heads of a body's name that bracket nothing else ("Storm Corps" and "Special Forces" name units, not sources):
# "the Ministry of Defence", "the Institute for the Study of War", "South Korea's defence ministry".
BODY_HEADS = frozenset(
    """ministry service institute institution center centre council agency command directorate intelligence staff
    house department office committee commission""".split()
)
# The people who work for a body and speak for it: "the analysts", "the institute's researchers" after a
# think tank was named are its own staff, not a new unnamed group.
STAFF_NOUNS = frozenset("analysts researchers experts authors scholars specialists".split())
PERSON_NOUNS = frozenset(
    "official spokesman spokeswoman spokesperson minister president ambassador analyst expert commander general source "
    "researcher lawmaker diplomat people officials analysts experts sources chief prisoner soldier blogger "
    "colonel captain lieutenant sergeant officer envoy director governor senator person individual insider".split()
)


def is_definite_coref(raw: str) -> bool:
    """'the ministry', 'the spy agency': a body named before, not a new claimant."""
    if "-year-old" in raw:
        raw = strip_age(raw)  # "the 41-year-old officer" points back as "the officer" does
    words = raw.split()
    if ("'" in raw or "’" in raw) and possessor_of(raw) is not None:
        return True
    if len(words) == 3 and not words[1][:1].islower():
        return False  # "the South's military", "the UK Ministry": a name, not a reference back
    written = words
    words = raw.lower().split()
    if len(words) == 2:
        # "the post", "the prisoner" point back only in lower case: "The Post" is a newspaper's name.
        return words[0] == "the" and (words[1] in _DEFINITE_COREF or written[1] in _LOWER_CASE_COREF)
    if (
        3 <= len(words) <= 4
        and words[0] == "the"
        and written[-1] in _LOWER_CASE_COREF
        and all(w[:1].islower() for w in written[1:])
        and not any(w in _INTRODUCING for w in words[1:-1])
    ):
        return True  # "the spy chief", "the ruling party lawmaker": someone named before, described
    # "the spy agency" points back; "the unnamed official" introduces someone.
    return len(words) == 3 and words[0] == "the" and words[2] in _DEFINITE_COREF and words[2] not in PERSON_NOUNS


# Nouns that point back to a speaker named before when written "the …" in lower case, even with words
# before them ("the spy chief"); and the words that instead introduce someone new ("the unnamed official").
_LOWER_CASE_COREF = frozenset(
    {"post", "prisoner", "soldier", "chief", "blogger", "lawmaker", "agency", "ministry", "channel", "account"}
)
_INTRODUCING = frozenset(
    {"unnamed", "anonymous", "unidentified", "senior", "other", "another", "second", "first", "third", "new", "former"}
)


_AGE = re.compile(r"\b\d{1,3}-year-old\s+")


def strip_age(raw: str) -> str:
    """'a 52-year-old rail worker' → 'a rail worker': an age describes a speaker, it names none."""
    return _AGE.sub("", raw)


def possessor_of(raw: str) -> str | None:
    """'the institute's researchers' → 'the institute': staff named by the body named before them."""
    if "'" not in raw and "’" not in raw:
        return None
    words = raw.split()
    if not 3 <= len(words) <= 4 or words[0].lower() != "the" or words[-1].lower() not in STAFF_NOUNS:
        return None
    owner = words[-2]
    if not owner.endswith(("'s", "’s")) or not all(w[:1].islower() for w in words[1:]):
        return None  # "the ISW's analysts" names its body; "the Institute's" is a name's start
    owner_words = [*words[1:-2], owner[:-2]]
    if owner_words[-1] not in _DEFINITE_COREF and owner_words[-1] not in _LOWER_CASE_COREF:
        return None
    return " ".join(["the", *owner_words])


# Words before a speaker's head noun that are no part of what "the …" can later repeat.
_NOT_HEADS = frozenset(
    """a an the one two three four some several many other another more most senior former current unnamed
    anonymous""".split()
)
_AFTER_HEAD = frozenset({"at", "of", "from", "with", "in", "for", "on", "close", "familiar", "briefed", "who"})


def head_nouns(raw: str) -> frozenset[str]:
    """The lower-case words a speaker was introduced by, which "the …" can later repeat.

    "analysts at the Center for Strategic and International Studies" → {"analysts"}: "the analysts said"
    is that centre again; "a person familiar with the matter" → {"person"}: "The person … said" is that
    unnamed source.  A name ("Rep. Park Sun-won") has none.
    """
    heads = []
    for word in raw.split()[:6]:
        lower = word.lower()
        if lower in _AFTER_HEAD:
            break
        # A capitalised word counts only as a known noun ("Researchers at RUSI said"), never a name ("Kim").
        if word.isalpha() and lower not in _NOT_HEADS and (word.islower() or lower in _DEFINITE_COREF):
            heads.append(lower)
    return frozenset(heads)


# What a description's modifier says the body is, as the body's own name would say it: "the spy agency" after
# "the National Intelligence Service" is that service, even when another body spoke since.
_KIND_IN_NAMES = {
    "spy": ("intelligence",),
    "intelligence": ("intelligence",),
    "defence": ("defence", "defense"),
    "defense": ("defense", "defence"),
    "foreign": ("foreign",),
    "security": ("security",),
}


def described_kinds(description: str) -> tuple[str, ...]:
    """Words a body's name holds when ``description`` ("the spy agency", "the defence ministry") points to it."""
    words = description.lower().split()[1:-1]
    return tuple(kind for word in words for kind in _KIND_IN_NAMES.get(word, ()))


# Words of a description that say whose body it is, not which kind: "the country's", "its", "this".
_OWNER_WORDS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "same"})


def description_fits(description: str, name: str, described: Iterable[str] = ()) -> bool:
    """Whether a body named before (``name``) can be what ``description`` points back to, by the kind it
    says: "the country's finance ministry" is not "Russia's environmental ministry" (another ministry
    the text named), while "the ministry" and "the environmental ministry" are.  A modifier fits a word
    of the name that starts the same ("environment" / "environmental") or the kind it stands for
    ("spy" / "Intelligence"); ``described``: words the text used of the body ("a London think tank")."""
    words = [w for w in description.lower().split()[:-1] if w not in _OWNER_WORDS and not w.endswith(("'s", "’s"))]
    if not words:
        return True
    held = [w.strip(".,'’") for w in name.lower().split()] + list(described)
    for word in words:
        kinds = _KIND_IN_NAMES.get(word, ())
        if not any(h[:6] == word[:6] or h in kinds for h in held):
            return False
    return True


# A sentence whose subject is a person: it opens with the name, or with a role and then the name
# ("Ukraine's spy chief, Kyrylo Budanov, put the figure higher."), and a verb or a comma follows.
# A role in lower case may stand before the name, unset by commas ("Ukrainian military intelligence chief Kyrylo
# Budanov spoke …").
SUBJECT_NAME = re.compile(
    r"(?:[^,.;:\"“”]{1,80},\s+)?(?:(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,3}(?:chief|minister|spokes(?:man|"
    r"woman|person)|secretary|director|commander|head|adviser|advisor|envoy|ambassador|president|leader)\s+"
    r"(?=[A-Z]))?((?:[A-Z][\w'’.-]*\s+){0,6}[A-Z][\w'’-]+)(?=,|\s+[a-z])"
)
