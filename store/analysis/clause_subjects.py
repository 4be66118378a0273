"""The subject of a reporting verb found through the clause around it, when the words just before it are none.

"Officials who spoke on condition of anonymity said …" (past the relative
clause), "A Pentagon spokesperson declined to give an estimate but said …"
(the subject of the first verb), "Andrii Sybiha dismissed the denial, saying
…" (the subject of the clause a participle trails) and "… comes from
Ukraine's President Volodymyr Zelensky, who said …" (the person before ", who").
"""

from __future__ import annotations

import re

from store.analysis.claimants import aliased, clean_claimant, looks_like_person
from store.analysis.coreference import BODY_HEADS
from store.analysis.phrases import _AUX, VERB_WORDS, left_noun_phrase, plausible_source

_WHO_AT_END = re.compile(r",\s+(who|which)\s*$")
# A body's name before ", which": capitalised words with "of", "for", "the" between them ("the Institute for the
# Study of War"), or an owner's lower-case body ("South Korea's defence ministry").
_BODY_AT_END = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){0,3}(?:[A-Z][\w’'.-]*['’]s\s+(?:[a-z]+\s+){0,2}(?:ministry|agency|service|military|"
    r"government|office|army)|[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,6})$"
)
# A body's name holds one of these: its head ("… Ministry", "… Institute") or a word only bodies are called by.
_BODY_WORDS = BODY_HEADS | {"government", "military", "army", "pentagon", "kremlin"}
_NAME_AT_END = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*$")


def relative_clause_speaker(before: str) -> tuple[int, str] | None:
    """'… comes from Ukraine's President Volodymyr Zelensky, who said …': the name before ", who" speaks.

    "… in line with that of the Pentagon, which said …": a body's name before ", which" speaks too.
    """
    relative = _WHO_AT_END.search(before)
    if relative is None:
        return None
    if relative.group(1) == "which":
        body = _BODY_AT_END.search(before, max(0, relative.start() - 90), relative.start())
        named = clean_claimant(body.group()) if body is not None else None
        if body is not None and named and (aliased(named) != named or _BODY_WORDS.intersection(body.group().lower().split())):
            return body.start(), body.group()  # a body the alias list knows, or one named as a body
        return None  # "… the Kursk region, which said": a place says nothing
    name = _NAME_AT_END.search(before, max(0, relative.start() - 80), relative.start())
    if name is None or not looks_like_person(clean_claimant(name.group()) or ""):
        return None  # "… an incident in Kursk, who said": only a person's name can be the "who"
    return name.start(), name.group()


def past_relative_clause(before: str, found: tuple[int, str]) -> tuple[int, str]:
    """'Officials who spoke on condition of anonymity said …': the noun before "who" speaks, not its clause."""
    head = before[: found[0]].rstrip()
    last = head.rsplit(None, 1)
    first = (found[1].split(None, 1) or [""])[0]
    # "A defector who served in the Storm Corps told …": the clause's own verb opens the words found.
    clause_verb = first[:1].islower() and (first.endswith("ed") or first in _AUX or first in VERB_WORDS)
    if len(last) < 2 or last[1].lower() != "who" or (plausible_source(found[1]) and not clause_verb):
        return found  # "that" also opens content
    subject = left_noun_phrase(last[0])
    return subject if subject is not None and plausible_source(subject[1]) else found


# Past tenses that do not end in "-ed": "Zelenskyy put the figure higher, saying …", "Kyiv gave a higher
# figure, saying …".  Only past forms that are rarely nouns in a subject ("set", "cut" and "cast" are left out).
_IRREGULAR_PAST = frozenset({
    "put", "gave", "made", "took", "saw", "kept", "found", "told", "sent", "came", "went", "spoke", "wrote",
    "thought", "held", "brought", "led", "met", "paid", "ran", "won", "lost", "struck", "drew", "threw", "rose",
    "fell", "grew", "knew", "became", "began", "bought", "sought", "fought", "meant", "felt", "left", "stood",
})


_PERFECT_TAIL = frozenset({"has", "have", "had", "since", "later", "then", "now", "also"})


def coordinated_subject(before: str) -> tuple[int, str] | None:
    """'A Pentagon spokesperson declined to give an estimate but said …': the subject of the first verb.

    A reporting verb straight after "but" or "and" shares the clause's subject, which is the
    words before the clause's first verb (an auxiliary, a reporting verb or a past form) when that
    verb comes within the first seven words.
    """
    words = before.split()
    while len(words) > 3 and words[-1].lower() in _PERFECT_TAIL:
        words = words[:-1]  # "… but has since acknowledged": the auxiliary and its adverb follow "but"
    if len(words) < 3 or words[-1].lower() not in ("but", "and"):
        return None
    return _first_verbs_subject(before, words, 7)


def participle_subject(before: str) -> tuple[int, str] | None:
    """'Ukraine's foreign minister, Andrii Sybiha, dismissed the denial, saying …': the clause's subject.

    A reporting participle after a comma trails its clause and shares its subject: the words before
    the clause's first verb, which may come after an apposition (so within the first twelve words).
    """
    words = before.split()
    if len(words) < 3 or not words[-1].endswith(","):
        return None
    return _first_verbs_subject(before, words, 12)


def _first_verbs_subject(before: str, words: list[str], reach: int) -> tuple[int, str] | None:
    """The words before the first verb (an auxiliary, a reporting verb or an "-ed" form) of ``before``."""
    for index, word in enumerate(words[:reach]):
        lower = word.lower()
        if index and word[:1].islower() and (
            lower in _AUX or lower in VERB_WORDS or lower.endswith("ed") or lower in _IRREGULAR_PAST
        ):
            subject_end = before.index(word, len(" ".join(words[:index])))
            return left_noun_phrase(before[:subject_end])
    return None


_SUBJECT_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})


def clause_pronoun(start: int, words: str) -> tuple[int, str]:
    """The pronoun that opens a reported clause, when the words before a verb run past it into one.

    "The NIS told lawmakers it believed about 300 had died": before "believed" stand "lawmakers it", the
    audience of the first verb and the subject of the second; the subject is "it", the NIS.
    """
    head, _, last = words.rstrip().rpartition(" ")
    if head and last.lower() in _SUBJECT_PRONOUNS:
        return start + len(head) + 1, last
    return start, words


def past_possessive(start: int, words: str) -> tuple[int, str]:
    """'Its National Intelligence Service told …': a name after a possessive pronoun speaks by that name."""
    first, _, rest = words.partition(" ")
    # A name of two words or more: "his Government" is a common noun, capitalised as officials write it.
    if first.lower() in ("its", "their", "his", "her") and len(rest.split()) >= 2 and all(
        w[:1].isupper() for w in rest.split()
    ):
        return start + len(first) + 1, rest
    return start, words
