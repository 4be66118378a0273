"""The noun a figure that counts nothing named borrows from its sentence.

"The number could reach 15,000, with troops …": the figure counts the
nearest plural count noun (or casualty word, "losses" of people) of its sentence.  A singular
that is usually an adjective is never borrowed; "the death toll at around
300" counts casualties; and a national or military body of troops ("the
North Korean force numbered 14,000", "a second contingent of 10,000")
counts troops, where "the animal contingent" or "the air force" counts none.
"""

from __future__ import annotations

import re

from store.analysis.figure_words import COUNT_NOUNS
from store.analysis.terms import trie_pattern
from store.models import Figure

_CASUALTY_WORDS = frozenset({"dead", "killed", "wounded", "injured", "deaths", "fatalities", "personnel", "casualties"})
# "put the death toll at around 300": a toll counts casualties, though no count noun says so.
# "The force numbered 14,000", "a second contingent of more than 10,000": a body of troops, counted.
# European plurals ("schätzt die Zahl der Soldaten … auf 12.000", "le nombre de soldats … à
# 12 000"): plural nouns, never the adjective a singular may be in English copy.
_FOREIGN_PLURALS = frozenset(
    """soldaten soldats soldados truppen troupes tropas granaten obus proyectiles tote toten verwundete verletzte
    morts tués blessés muertos heridos fallecidos soldati militari truppe proiettili granate morti feriti uccisi
    militares mortos feridos projéteis troepen militairen doden gewonden soldater trupper granater döda sårade
    soldaterna trupperna granaterna artillerigranater artillerigranaterna artilleriegranaten""".split()
)
_BORROWABLE_UNITS = {
    k: v for k, v in COUNT_NOUNS.items() if k == v or k in _CASUALTY_WORDS or k in _FOREIGN_PLURALS
} | {
    "toll": "casualties", "force": "troops", "contingent": "troops", "deployment": "troops", "losses": "casualties",
    "north koreans": "north koreans",  # only after "how many" (see ``nearest_count_noun``)
} | {  # "revised its casualty estimate down to 1,100", "troop numbers reached 14,000": what the figure counts
    f"{modifier} {noun}": unit
    for modifier, unit in (("casualty", "casualties"), ("troop", "troops"))
    for noun in "estimate estimates figure figures count counts total totals number numbers tally".split()
} | {  # "put Russia's shell stocks at well over 6 million": shells held, counted
    f"{modifier} {noun}": unit
    for modifier, unit in (("shell", "shells"), ("ammunition", "rounds"))
    for noun in "stock stocks stockpile stockpiles reserve reserves inventory inventories".split()
}
# "North Korean losses had reached 4,000" counts people; "tank losses" or "equipment losses" count no one.
_NOT_PEOPLES_LOSSES = re.compile(
    r"(?:tank|vehicle|equipment|armou?r|aircraft|artillery|materiel|territorial|financial|economic)\s+$"
)
# "losses of the North Korean contingent", "the toll of the force": whose losses (a body of troops, which counts
# no heads: "the toll among North Korean troops" is a count of troops), not what is counted.
_OWNER_OF_LOSSES = re.compile(r"\b(?:losses|toll|casualties)\s+(?:of|among|in)\s+(?:[a-z'’-]+\s+){0,4}$")
_MEASURES = frozenset({"estimates", "estimate", "size", "strength", "count", "counts"})
_COLLECTIVE_TROOPS = frozenset({"force", "contingent", "deployment"})
# Formations count no heads: "casualties among North Korean units" are people, whose units they were.
_FORMATIONS = frozenset({"units", "brigades", "battalions", "regiments", "divisions", "formations", "detachments"})
# ... but only a national or military one: "the North Korean force", "a second contingent", never "the animal
# contingent" or "the air force".
_TROOP_BODY_LEADS = frozenset(
    {"first", "second", "third", "fourth", "new", "further", "additional", "initial", "larger", "smaller", "military",
     "expeditionary", "main"}
)
# Participles that say what happened to those a figure counts; lent only within the figure's own clause,
# unless that clause points back to the count ("…, while the NIS put the number at 1,000").
_CASUALTY_VERBS = frozenset({"dead", "killed", "wounded", "injured"})
_CLAUSE_JOIN = re.compile(r";|\s(?:and|plus)\s")
_POINTS_BACK = re.compile(r"\b(?:number|figure|total|toll|tally|count|estimate)\b")
# "…; South Korea's spy agency says 300.": a clause that is only a speaker, a verb and a bare figure gives another
# estimate of the count before it.
_SAYS_BARE = re.compile(
    r"\b(?:says?|said|estimates?|estimated|believes?|counts?|counted|reports?|reported|puts?\s+it\s+at)\s+"
    r"(?:(?:about|around|some|only|just|roughly|nearly|almost|over|up\s+to|as\s+many\s+as|at\s+least|more\s+than)\s+)?$"
)


def _another_clauses_verb(lowered: str, figure: Figure, word_start: int, word_end: int) -> bool:
    """Whether a clause join lies between the figure and the casualty word, and the figure's clause is its own."""
    if word_end <= figure.start:
        join = None
        for join in _CLAUSE_JOIN.finditer(lowered, word_end, figure.start):
            pass  # the last join before the figure opens its clause
        if join is None or _POINTS_BACK.search(lowered, join.end(), figure.start) is not None:
            return False
        return not (lowered.startswith((".", ";", ",", "!"), figure.end)
                    and _SAYS_BARE.search(lowered, join.end(), figure.start) is not None)
    return _CLAUSE_JOIN.search(lowered, figure.end, word_start) is not None
_INCLUDING = re.compile(r"[^,;:.]{0,30}?,?\s+(including|among\s+them|among\s+whom|of\s+whom|of\s+which)\b")
_BORROWABLE = re.compile(rf"\b(?:{trie_pattern(_BORROWABLE_UNITS)})\b")


# "units numbering 'more than 10,000'", "brigades totalling 12,000": formations' strength, counted in troops
# (a single "force" or "contingent" only when it is a body of troops, see ``_leads_a_troop_body``).
_FORMATION_NUMBERING = re.compile(
    r"\b(?:units|forces|contingents|battalions|brigades|regiments|divisions|formations|detachments)\s+"
    r"(?:numbering|numbered|totall?ing|totall?ed)\s+[\"“‘']?$"
)


# A count sent with no noun: "could send 25,000-30,000 more", "deployed another 3,000 additional".
_SENT_BEFORE = re.compile(
    r"\b(?:send|sends|sent|sending|deploy|deploys|deployed|deploying|dispatch|dispatches|dispatched|dispatching)\s+"
    r"(?:another\s+|up\s+to\s+|about\s+|around\s+|some\s+|as\s+many\s+as\s+|roughly\s+)?$"
)
_MORE_AFTER = re.compile(r"\s+(?:more|additional|extra)\b(?!\s+(?:than|of)\b)")


def nearest_count_noun(sentence: str, figure: Figure) -> tuple[str, str] | None:
    """(unit, words before the noun) of the noun nearest the figure, or None if the sentence has none."""
    best: tuple[int, str, str] | None = None
    lowered = sentence.lower()
    if len(lowered) != len(sentence):
        return None
    if "numbe" in lowered or "total" in lowered:
        numbering = _FORMATION_NUMBERING.search(lowered, max(0, figure.start - 60), figure.start)
        if numbering is not None:
            return "troops", " ".join(sentence[max(0, numbering.start() - 30) : numbering.start()].split()[-2:])
    if _MORE_AFTER.match(lowered, figure.end) and _SENT_BEFORE.search(lowered, max(0, figure.start - 40), figure.start):
        return "troops", ""  # "Pyongyang may send 25,000-30,000 more": more of those sent, whom nothing else names
    part_from = part_of_it(lowered, figure.end)
    for match in _BORROWABLE.finditer(lowered):
        if figure.start <= match.start() < figure.end or match.start() >= part_from:
            continue
        if match.group() in _COLLECTIVE_TROOPS and not _leads_a_troop_body(sentence, match.start()):
            continue
        if match.group() == "north koreans" and not lowered.endswith("how many ", 0, match.start()):
            continue  # '"3,000," he said when asked how many North Koreans had died'; "Many North Koreans farm" lends none
        if (match.group() in _COLLECTIVE_TROOPS or match.group() in _FORMATIONS) and (
            _OWNER_OF_LOSSES.search(lowered, max(0, match.start() - 60), match.start()) is not None
        ):
            # "the losses of the North Korean contingent amount to 4,000", "Casualties among North Korean units
            # stand at 3,800": whose losses, no head count of its own
            continue
        if match.group() == "losses" and not _losses_count(lowered, match.start(), match.end(), figure):
            continue
        if match.group() in _CASUALTY_VERBS and _another_clauses_verb(lowered, figure, match.start(), match.end()):
            continue  # "hundreds were killed and 2,000 went to Russia": another clause's verb counts nothing here
        distance = figure.start - match.end() if match.end() <= figure.start else match.start() - figure.end
        if best is None or distance < best[0]:
            before = sentence[max(0, match.start() - 30) : match.start()].split()[-2:]
            best = (distance, _BORROWABLE_UNITS[match.group().lower()], " ".join(before))
    return (best[1], best[2]) if best else None


def _losses_count(lowered: str, start: int, end: int, figure: Figure) -> bool:
    """Whether "losses" at ``start`` is what the figure counts: people's losses, then the figure in their clause.

    "losses had passed 4,000", "losses … were estimated at 3,900"; never "suffered losses in Kursk, where
    about 11,000 of them are deployed", nor "tank losses".
    """
    if end > figure.start or "," in lowered[end : figure.start] or ";" in lowered[end : figure.start]:
        return False
    return _NOT_PEOPLES_LOSSES.search(lowered, max(0, start - 20), start) is None


def part_of_it(lowered: str, figure_end: int) -> int:
    """Where the words naming a part of the figure start ("about 14,000, including engineers and workers").

    The nouns after "including" count some of the figure's members, never what the figure counts.
    """
    if "includ" not in lowered and " among " not in lowered and " of wh" not in lowered:
        return len(lowered)  # the common case, told by substring tests that run in C
    found = _INCLUDING.match(lowered, figure_end)
    return found.start(1) if found is not None else len(lowered)


def _leads_a_troop_body(sentence: str, noun_start: int) -> bool:
    """Whether the word before "force"/"contingent" makes it a body of troops (a nation's, or the second one)."""
    before = sentence[max(0, noun_start - 30) : noun_start].split()
    if not before:
        return False
    word = before[-1]
    if word.lower() in ("the", "this", "that") and not sentence.startswith("force", noun_start):
        return True  # "estimated the contingent at more than 10,000": the one named before (an air force is not)
    if word.lower() == "the" and len(before) > 2 and before[-2] == "of" and before[-3].lower() in _MEASURES:
        return True  # "Estimates of the force range from 11,000 …": the force measured is a body of troops
    return word.lower() in _TROOP_BODY_LEADS or (word[:1].isupper() and len(before) > 1 and word not in ("The", "A"))
