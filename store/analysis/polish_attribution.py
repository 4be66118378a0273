"""Who says it, in Polish copy (PAP and the Polish portals quote the same figures as the other wires).

Polish attributes as German does, with its own words: "według X" and "według danych X" ("according to
(the data of) X"), "jak poinformował X" ("as X reported"), a speaker after its verb closing the sentence
("…, powiedział Zełenski", "… – twierdzi Kijów"), or one before it ("Pentagon poinformował, że …").  The
name after "według" stands in the genitive and no comma may close it ("Według NIS Korea Północna
wysłała …"): it ends at its acronym, at a name the alias list knows, or at the first word that cannot be
part of it (a preposition, a digit, a verb).
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import aliased
from store.analysis.name_keys import is_listed

_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
# Past tenses by their stem ("poinformowa|ł", "|ła", "|li": he, she, they reported) and presents.
_VERB = (
    r"(?:(?:poinformowa|poda|przekaza|powiedzia|oświadczy|oceni|oszacowa|napisa|stwierdzi|doda|potwierdzi"
    r"|zaprzeczy|zapewni|ujawni|przyzna)(?:ł[aoy]?|li)|twierdz[ią]|podaj[eą]|przekazuj[eą]|szacuj[eą]|ocenia(?:ją)?"
    r"|informuj[eą]|mówi(?:ą)?|zaprzecza(?:ją)?|uważa(?:ją)?|zapewnia(?:ją)?)"
)
_ACCORDING = re.compile(
    r"(?<![\w])[Ww]edług\s+(?:(?:danych|informacji|szacunków|szacunku|ocen|oceny|słów|źródeł\s+w|wyliczeń)\s+)?"
)
_AS_SAID = re.compile(rf"(?<![\w])[Jj]ak\s+{_VERB}\s+")
# "…, powiedział Zełenski.", "… – twierdzi Kijów.", ", poinformował w czwartek Sztab Generalny".
_AFTER_VERB = re.compile(rf"(?:,|\s[–—-])\s+{_VERB}\s+(?:w\s+\w+\s+)?")
# "Reuters, powołując się na NIS, podała, że …" (Reuters, citing the NIS, reported that …).
_CITING_RELAY = re.compile(
    rf"^(?P<relay>[{_UPPER}][^,.;:–—]{{1,40}}?),\s+powołując\s+się\s+na\s+(?P<source>[^,.;:–—]{{1,60}}?),\s+{_VERB}"
    r"(?![\w])"
)
_VERB_WORD = re.compile(rf"(?<![\w]){_VERB}(?![\w])")
_BEFORE_VERB = re.compile(rf"^(?P<name>[{_UPPER}][^,.;:–—]{{1,60}}?)\s+{_VERB}(?![\w])")
_TIME_WORDS = frozenset("wczoraj dziś dzisiaj we w poniedziałek wtorek środę czwartek piątek sobotę niedzielę".split())
# Words a speaker's genitive phrase never holds: prepositions, conjunctions and the clause's first verbs.
_STOPS = frozenset(
    "w we z ze do od na po o za przez przed pod nad dla i oraz a że jest są ma mają było był była były wysłała "
    "wysłał walczy walczą przebywa".split()
)
_ACRONYM = re.compile(rf"[{_UPPER}]{{2,6}}")
# Polish genitive and locative endings of a name ("Pentagonu", "Kremla"): the alias list knows the nominative.
_CASE_ENDINGS = ("u", "a", "y", "i", "ie")


def polish_anchors(sentence: str) -> list[Anchor]:
    """The attributions of a Polish sentence."""
    anchors: list[Anchor] = []
    for match in (*_ACCORDING.finditer(sentence), *_AS_SAID.finditer(sentence)):
        if (anchor := _named_after(sentence, match.start(), match.end(), "according")) is not None:
            anchors.append(anchor)
    for match in _AFTER_VERB.finditer(sentence):
        anchor = _named_after(sentence, match.start(), match.end(), "verb", content="left", head_first=True)
        if anchor is not None:
            anchors.append(anchor)
    if not anchors and (match := _CITING_RELAY.match(sentence)) is not None and (
        source := _claimant(match.group("source").split())
    ) is not None:  # "Reuters, powołując się na NIS, podała, że …": the NIS says it, Reuters relays it
        relay = _claimant(match.group("relay").split())
        anchors.append(Anchor(0, match.end(), match.group("source"), source, via=relay, kind="verb"))
    if not anchors and (match := _BEFORE_VERB.match(sentence)) is not None and (
        name := _claimant(match.group("name").split())
    ) is not None:
        anchors.append(Anchor(0, match.end(), match.group("name"), name, kind="verb"))
    return anchors


def polish_cue_starts(text: str) -> list[int]:
    """Where a Polish attribution may be read (``attribution_starts`` adds them)."""
    return [m.start() for m in (*_ACCORDING.finditer(text), *_VERB_WORD.finditer(text))]


def _named_after(
    sentence: str, start: int, cue_end: int, kind: str, content: str = "right", *, head_first: bool = False
) -> Anchor | None:
    """The speaker named after a cue: its words up to a comma, a stop, a digit or a word no name holds.

    Lower-case words are an adjective's phrase: adjectives ("-ego", "-ej", "-ych") around one noun
    ("ukraińskiego wywiadu wojskowego"); a second noun starts the clause ("… wojskowego straty Korei").  After
    a verb (``head_first``) the phrase may open with its noun ("twierdzi wywiad Korei Południowej").
    """
    words: list[str] = []
    nouns = 0
    at = cue_end
    for token in re.finditer(r"\S+", sentence[cue_end:]):
        word = token.group()
        bare = word.rstrip(",.;:!?")
        if not words and bare.lower() in _TIME_WORDS:
            continue
        if not bare or any(ch.isdigit() for ch in bare) or bare.lower() in _STOPS or len(words) >= 5:
            break
        if not bare[0].isupper() and not bare.endswith(_ADJECTIVE_ENDINGS):
            nouns += 1
            if nouns > 1 or not words and not head_first and bare.lower() not in _ROLES:
                break  # one lower-case noun, after an adjective unless the phrase follows its verb
        words.append(bare)
        at = cue_end + token.start() + len(bare)
        if bare != word or _ACRONYM.fullmatch(bare) or is_listed(_nominative(words)):
            break  # a comma ends it; so does its acronym or a name the alias list knows ("Pentagonu")
    name = _claimant(words)
    if name is None:
        return None
    return Anchor(start, at, " ".join(words), name, content=content, kind=kind)


_ADJECTIVE_ENDINGS = ("ego", "ej", "ych", "ich", "iego")
# Roles before a person's name (in the nominative after a verb, the genitive after "według").
_ROLES = frozenset(
    "prezydent prezydenta minister ministra rzecznik rzecznika szef szefa premier premiera generał generała".split()
)


def _claimant(words: list[str]) -> str | None:
    """A known acronym or name among the words, the person a role names ("prezydent Wołodymyr Zełenski"), or the
    words as written."""
    if not words or not any(w[:1].isupper() for w in words) and len(words) < 2:
        return None
    nominative = _nominative(words)
    if is_listed(nominative):
        return aliased(nominative)
    for word in words:
        if _ACRONYM.fullmatch(word) and is_listed(word):
            return aliased(word)  # "danych HUR", "ukraińskiego wywiadu HUR"
    if words[0].lower() in _ROLES and len(words) >= 2 and words[-1][:1].isupper():
        # "prezydent Wołodymyr Zełenski": the person, by the alias list's name for the full form too
        return aliased(" ".join(w for w in words if w[:1].isupper()))
    return " ".join(words)


def _nominative(words: list[str]) -> str:
    """A one-word name in the nominative the alias list knows ("Pentagonu" → "Pentagon"), else as written."""
    if len(words) == 1 and not is_listed(words[0]):
        for ending in _CASE_ENDINGS:
            stem = words[0][: -len(ending)]
            if words[0].endswith(ending) and len(stem) >= 3 and is_listed(stem):
                return stem
    return " ".join(words)
