"""What each figure of a sentence counts: its subject, scored, and the wholes its shares are taken of.

The noun a figure counts (or borrows from its sentence, see ``borrowed_nouns``)
and the words between them pick the subject candidates; the sentence's cues
score them (see ``subjects``).  The size of a formation ("a battalion of 500
men", "waves of 30 to 40 men") is never its losses, and a small unit's size
is no deployment either.
"""

from __future__ import annotations

import re

from store.analysis.borrowed_nouns import nearest_count_noun, part_of_it
from store.analysis.present_counts import why_not_present
from store.analysis.revisions import follows_revision_from
from store.analysis.sibling_clauses import sibling_clause_spans
from store.analysis.victims import NORTH_KOREANS, victims_or_sighting
from store.analysis.figure_words import COUNT_NOUNS, GENERIC_UNITS
from store.analysis.subjects import SentenceCues, SubjectTaxonomy, classify_figure, clause_breaks
from store.analysis.terms import trie_pattern
from store.models import Figure

_PHRASE_END = re.compile(r"[,.;:()]")
# Both run on lower-cased text (case-sensitive tries are much faster than IGNORECASE alternations).
_COUNT_NOUN_RE = re.compile(rf"\b(?:{trie_pattern(COUNT_NOUNS)})\b")
# "a battalion of about 500 men", "a regiment of some 2,000 soldiers": the size of a formation, never its losses.
_FORMATION_SIZE = re.compile(
    r"\b(?:battalion|regiment|brigade|company|division|platoon|squad|unit|contingent|detachment|corps|force|"
    r"formation|group|column|convoy)s?\s+of\s+(?:(?:about|around|some|roughly|approximately|nearly|almost|up\s+to|"
    r"more\s+than|at\s+least|over|as\s+many\s+as|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_NOT_A_FORMATIONS_LOSS = frozenset({"casualties"})
_STRONG_FORMATION = re.compile(
    r"-strong\s+(?:[\w-]+\s+){0,3}?(?:contingent|force|army|corps|division|brigade|battalion|regiment|detachment|"
    r"unit|deployment|group|formation)s?\b",
    re.IGNORECASE,
)
# "They come in waves of 30 to 40 men", "squads of ten soldiers": how many go at once, neither how many were
# sent nor how many fell.
_SMALL_UNIT_SIZE = re.compile(
    r"\b(?:waves?|squads?|teams?|platoons?|sections?)\s+of\s+(?:(?:about|around|some|roughly|approximately|"
    r"nearly|almost|up\s+to|more\s+than|at\s+least|over|as\s+many\s+as)\s+)?$",
    re.IGNORECASE,
)
_NOT_A_SMALL_UNITS_TOTAL = frozenset({"casualties", "troops_deployed"})
# "a second wave of 1,000 to 1,500 troops", "a fresh wave of 3,000": a wave counted in a sequence is a deployment.
_DEPLOYMENT_WAVE = re.compile(r"\b(?:first|second|third|fourth|fifth|new|fresh|further|next|another|latest|additional)\s+"
                              r"waves?\s+of\s+", re.IGNORECASE)
# "About 1,100 North Korean soldiers have been killed or wounded fighting in Kursk": the figure's own verb is a
# loss, whatever deployment words ("fighting", "Kursk region") the rest of the sentence holds.
_LOSS_WORDS = ("kill", "wound", "injur", "died", "dead")
_NOT_A_LOSS_COUNT = frozenset({"troops_deployed", "workers_sent"})

# A bare count whose own verb is a death or wound: "hundreds were killed", "a couple hundred had died".
_BARE_LOSS = re.compile(
    r"[\"”’]?\s+(?:(?:were|was|had|have|has|are|is)\s+(?:(?:been|reportedly|believed\s+to\s+have|thought\s+to\s+have|"
    r"said\s+to\s+have|already|since|now)\s+)*)?(?:killed|died|wounded|injured|dead)\b"
)
# A bare count whose own verb deploys soldiers: "11,000 are deployed", "some 3,000 were stationed in Kursk".
_BARE_DEPLOYED = re.compile(
    r"\s+(?:(?:are|were|have|has|had|is|was)\s+(?:(?:been|now|already|still|reportedly|believed\s+to\s+be)\s+)*)"
    r"(?:deployed|stationed|fighting|serving)\b"
)
_SHARE_OF = re.compile(
    r"\s*(?:percent|per\s+cent|%)?\s*of\s+(?:(?:the|an?|some|about|around|roughly|nearly|almost|over|an\s+estimated)\s+)*",
    re.IGNORECASE,
)


def wholes_of_shares(sentence: str, figures: list[Figure], best: dict[int, tuple[str | None, float]]) -> set[int]:
    """Ids of figures that are the whole a percentage is taken of.

    In "up to 50% of the 3 million rounds Moscow fires a year" the claim is the
    share; the 3 million is its context.  Ranked by subject score alone, the
    count (in its own unit) beat the percentage, and the claim was filed under
    munitions supplied rather than the share of Russia's shells.
    """
    wholes: set[int] = set()
    for share in figures:
        if share.unit != "percent" or best.get(id(share), (None, 0.0))[0] is None:
            continue  # a share no subject takes does not outrank what the sentence counts
        for whole in figures:
            if whole is not share and whole.start >= share.end and _SHARE_OF.fullmatch(sentence, share.end, whole.start):
                wholes.add(id(whole))
    return wholes



# "4,000 killed and wounded among the 12,000 troops", "1,000 of the 11,000 soldiers": the losses are counted
# among the force sent, which is a deployment's count, not a second count of losses.
_AMONG_THE = re.compile(
    r"\b(?:among|out\s+of|of)\s+(?:the|its|their|an\s+estimated)\s+(?:(?:about|around|some|roughly|nearly)\s+)?$",
    re.IGNORECASE,
)
_FORCE_UNITS = frozenset({"troops", "soldiers", "forces", "servicemen", "personnel", "men", "fighters"})


def forces_counted_among(sentence: str, figures: list[Figure], best: dict[int, tuple[str | None, float]]) -> None:
    """File the force a count of losses is taken among (see ``_AMONG_THE``) under the deployment, in ``best``."""
    for whole in figures:
        if best.get(id(whole), (None, 0.0))[0] != "casualties" or whole.unit not in _FORCE_UNITS:
            continue
        if _AMONG_THE.search(sentence, max(0, whole.start - 40), whole.start) and any(
            part.end <= whole.start and best.get(id(part), (None, 0.0))[0] == "casualties" for part in figures
        ):
            best[id(whole)] = ("troops_deployed", best[id(whole)][1])


def classify_figures(
    sentence: str, figures: list[Figure], subjects: SubjectTaxonomy, *, neighbours: bool = False
) -> dict[int, tuple[str | None, float]]:
    """Subject and score of each figure (keyed by id), after lending a noun to figures that count nothing named.

    ``neighbours``: also keep each figure's cues apart from its neighbours' (see ``classify_in_sentence``).
    """
    if not figures:
        return {}
    cues: SentenceCues | None = None  # found on the first figure that some subject could count
    result: dict[int, tuple[str | None, float]] = {}
    nouns = _counted_nouns(sentence, figures) if neighbours and len(figures) > 1 else []
    siblings = sibling_clause_spans(sentence, figures) if neighbours else {}
    same_count: dict[int, Figure] = {}  # an earlier figure of a change -> the current one: one count, one subject
    for figure in figures:
        if sentence.startswith("-strong", figure.end) and _STRONG_FORMATION.match(sentence, figure.end):
            figure.unit = "troops"  # "a 12,000-strong contingent": the formation's members are counted
        elif figure.unit == "" and (model := subjects.model_after(sentence, figure.end)) is not None:
            figure.unit = model  # "about 20 Iskanders": a model's name, which the figure parser passes over
        borrowed = (
            nearest_count_noun(sentence, figure)
            if figure.unit in GENERIC_UNITS and not (neighbours and _names_its_kind(sentence, figure))
            else None
        )
        replaced = _replaced_figure(sentence, figure, figures) if figure.unit == "" else None
        if borrowed is not None and replaced is not None:
            # "10,000 shells per day …, down from 15,000": the earlier figure is the same rate, not 15,000 shells;
            # "11,000 troops …, down from 12,000 after 1,000 casualties": the same troops, whatever noun is nearer
            borrowed, figure.unit = None, replaced.unit
            same_count[id(figure)] = replaced
        if borrowed is not None:
            figure.unit, modifiers = borrowed
        elif figure.unit == "" and _BARE_LOSS.match(sentence, figure.end):
            figure.unit = "casualties"  # '"a couple hundred" were believed to have died': only people die
        elif figure.unit == "" and _BARE_DEPLOYED.match(sentence, figure.end):
            figure.unit = "troops"  # "Seoul says at least 11,000 are deployed": only soldiers are deployed
        elif replaced is not None:
            figure.unit = replaced.unit  # "close to 5,000 casualties, up from 3,000": the same count, earlier
            same_count[id(figure)] = replaced
        if not subjects.candidates(figure.unit):
            result[id(figure)] = (None, 0.0)  # no subject counts this unit: neither cues nor modifiers matter
            continue
        if borrowed is None:
            modifiers = modifiers_after(sentence, figure)
        if cues is None:
            cues = SentenceCues.of(sentence, subjects)
        excluded = None
        if " of " in sentence[max(0, figure.start - 30) : figure.start]:
            if _FORMATION_SIZE.search(sentence, max(0, figure.start - 60), figure.start):
                excluded = _NOT_A_FORMATIONS_LOSS
            elif (small := _SMALL_UNIT_SIZE.search(sentence, max(0, figure.start - 40), figure.start)) and not (
                _DEPLOYMENT_WAVE.search(sentence, max(0, small.start() - 12), figure.start)
            ):
                excluded = _NOT_A_SMALL_UNITS_TOTAL
        if _counts_losses(sentence, figure):
            excluded = _NOT_A_LOSS_COUNT | (excluded or frozenset())
        elif " to " in sentence and _sent_to_die(sentence, figure):
            excluded = _NOT_A_FORMATIONS_LOSS | (excluded or frozenset())
        owners_ruled_out = _owners_forces(sentence, figure, modifiers, subjects)
        if owners_ruled_out:
            excluded = owners_ruled_out | (excluded or frozenset())
        if subjects.home and any(s.places for s in subjects.candidates(figure.unit)):
            clause = cues.clause_around(figure.start, figure.end, len(sentence))
            set_apart_from = set_apart(sentence, figure, clause, subjects)
            if victims_or_sighting(sentence, figure):
                set_apart_from = frozenset(subjects.home)
            if set_apart_from:
                excluded = set_apart_from | (excluded or frozenset())
        # Only a figure naming its own noun ignores its neighbours' nouns: a share ("40 to 60 percent of what
        # Russia fires") or a bare figure takes what it counts from them.
        own = any(owner is figure for owner, _span in nouns)
        not_its_own = [span for owner, span in nouns if owner is not figure] if own else []
        if own:
            part = part_of_it(sentence.lower(), figure.end)
            if part < len(sentence):
                not_its_own.append((part, len(sentence)))
        # "…, and that 1,200 had been killed": the words of a sibling clause are its own figure's, unless the
        # figure's clause names no subject without them
        apart = siblings.get(id(figure), [])
        found = classify_figure(figure, modifiers, cues, len(sentence), subjects, excluded, not_its_own + apart)
        if apart and found[0] is None:
            found = classify_figure(figure, modifiers, cues, len(sentence), subjects, excluded, not_its_own)
        result[id(figure)] = found
    for earlier, current in same_count.items():
        result[earlier] = result.get(id(current), result[earlier])
    return result


def _counts_losses(sentence: str, figure: Figure) -> bool:
    """Whether the figure's counted noun is the subject of a death or wound: "1,100 soldiers have been killed"."""
    if not any(word in sentence for word in _LOSS_WORDS):
        return False  # most sentences: no loss verb anywhere, nothing to look for
    window = sentence[figure.end : figure.end + 60]
    if (stop := _PHRASE_END.search(window)) is not None:
        window = window[: stop.start()]
    noun = _COUNT_NOUN_RE.search(window.lower())
    return noun is not None and _BARE_LOSS.match(sentence, figure.end + noun.end()) is not None


# "shipped some 12,000 young men to die in a war", "sent 3,000 soldiers to fight and die": sent to die is a
# deployment, its verb a purpose; nobody has counted the dead.
_SENT_BEFORE = re.compile(r"\b(?:sen[dt]s?|sending|ship(?:s|ped|ping)?|dispatch(?:es|ed|ing)?|deploy(?:s|ed|ing)?)\s+$")
_TO_DIE = re.compile(r"[^,.;]{0,40}?\bto\s+(?:die|be\s+killed|fight\s+and\s+die)\b")


def _sent_to_die(sentence: str, figure: Figure) -> bool:
    return _SENT_BEFORE.search(sentence, max(0, figure.start - 20), figure.start) is not None and (
        _TO_DIE.match(sentence, figure.end) is not None
    )


# An owner just before a figure: "the US, which has 30,000 …", "America's 28,500 …", "Ukraine has some 11,000 …".
_OWNER_BEFORE = re.compile(
    r"((?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)(?:['’]s|,\s+which\s+(?:has|have|had|keeps|maintains)|"
    r"\s+(?:has|have|had|keeps|maintains))\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|"
    r"at\s+least|an\s+estimated)\s+)?$"
)


def _owners_forces(sentence: str, figure: Figure, modifiers: str, subjects: SubjectTaxonomy) -> frozenset[str]:
    """Subjects ruled out because the figure counts the forces of an owner named just before it.

    "South Korea has long been backed by the US, which has 30,000 troops stationed in the republic" counts
    American troops, not North Korean ones.  Unless North Korea is named with the figure ("Russia has some
    11,000 troops from North Korea"): then the owner only hosts them.
    """
    if subjects.owners is None or figure.start == 0 or not sentence[figure.start - 1].isspace():
        return frozenset()  # the pattern ends in white space before the figure
    window = sentence[max(0, figure.start - 60) : figure.start]
    if not ("'s" in window or "’s" in window or "ha" in window or "keeps" in window or "maintains" in window):
        return frozenset()  # none of the words the owner must be followed by (a few substring tests in C)
    owner = _OWNER_BEFORE.search(sentence, max(0, figure.start - 60), figure.start)
    if owner is None or NORTH_KOREANS.search(sentence, figure.start, figure.end + 40):
        return frozenset()
    return frozenset(sid for *_span, ids in subjects.owners.find_all(owner.group(1)) for sid in ids)


def classify_in_sentence(
    sentence: str, figures: list[Figure], subjects: SubjectTaxonomy
) -> dict[int, tuple[str | None, float]]:
    """``classify_figures`` with each figure told apart from its neighbours, as claims are read.

    A neighbour's own noun is no cue for a figure that names its own ("12,000 troops and more than 4,000
    casualties"), nor are the words of a part of it ("11,000 troops, of whom 300 were killed"); and a
    generic noun that names its kind ("220 artillery pieces") borrows no neighbour's ("148 missiles").
    """
    return classify_figures(sentence, figures, subjects, neighbours=True)


def _counted_nouns(sentence: str, figures: list[Figure]) -> list[tuple[Figure, tuple[int, int]]]:
    """Where each figure's own counted noun stands: "12,000 troops and more than 4,000 casualties".

    That noun says what its own figure counts; as a cue it would file the troops beside it as casualties.
    """
    lowered = sentence.lower()
    found = []
    for figure in figures:
        if figure.unit in GENERIC_UNITS or " " in figure.unit:
            continue
        at = lowered.find(figure.unit, figure.end, figure.end + 40)
        if at >= 0:
            found.append((figure, (at, at + len(figure.unit))))
    return found


def _replaced_figure(sentence: str, figure: Figure, figures: list[Figure]) -> Figure | None:
    """The figure before ``figure`` in its sentence, when ``figure`` is the earlier one it replaced."""
    before = [f for f in figures if f.end <= figure.start and f.unit not in GENERIC_UNITS]
    corrected = _CORRECTED.search(sentence, max(0, figure.start - 24), figure.start)
    if not before or not (corrected or follows_revision_from(sentence, figure.start)):
        return None
    return max(before, key=lambda f: f.end)


# "1,000 troops were killed, not 10,000 as first reported", "rather than 12,000": the figure a correction rejects
# counts what the corrected one counts.
_CORRECTED = re.compile(r"(?:,\s+not|\brather\s+than|\binstead\s+of)\s+(?:the\s+)?(?:about\s+|some\s+)?$")


# "220 artillery pieces", "40 armoured units": a generic noun whose own words say what kind of thing it counts
# borrows no noun from a neighbour ("148 ballistic missiles and 220 artillery pieces" are no 220 missiles).
_KIND_NOUNS = frozenset({"pieces", "units", "items"})
_NOT_KIND_WORDS = frozenset({"more", "additional", "extra", "further", "new", "other", "such", "of", "the", "a"})


def _names_its_kind(sentence: str, figure: Figure) -> bool:
    if figure.unit not in _KIND_NOUNS:
        return False
    noun = sentence.lower().find(figure.unit, figure.end, figure.end + 40)
    words = sentence[figure.end : noun].lower().split() if noun >= 0 else []
    return any(w not in _NOT_KIND_WORDS and w.isalpha() for w in words)


def modifiers_after(sentence: str, figure: Figure) -> str:
    """The words between a number and the noun it counts: '28,500 American service members' → 'American service'."""
    window = sentence[figure.end : figure.end + 60]
    stop = _PHRASE_END.search(window)
    window = window[: stop.start()] if stop else window
    noun = _COUNT_NOUN_RE.search(window.lower())
    if noun:
        return window[: noun.start()]
    return " ".join(window.split()[:3])


# --- Figures set apart from the subjects tied to a place and a time ------------------------------------------
# "in the late 1970s", "in the '80s": a decade over before the war ("the 2020s" is not) is another episode.
_DECADE = re.compile(r"\b((?:1[89]|20)\d0)s\b|['’][4-9]0s\b")
# A year the figure is set in; "since 2019" runs up to now.
_YEAR = re.compile(r"(?<!since )(?<!from )\b(1[89]\d\d|20\d\d)\b(?!s|[-–/]\d)")
# "in order to try to attract tens of thousands more", "hopes to recruit 30,000": a goal, not a count.
_GOAL_BEFORE = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|wants?|wanted|wanting|wish(?:es|ed|ing)?|tr(?:y|ies|ied|ying)|seek(?:s|ing)?|sought|"
    r"in\s+order|so\s+as|eager|keen)\s+to\s+(?:[a-z]+\s+){1,2}$"
)
# "a cumulative 100,000 … could serve in Russia within a year": a total over a time to come, said with a modal.
_TIME_TO_COME = re.compile(
    r"\b(?:within\s+(?:a|one|two|three|the\s+next|the\s+coming)\s+(?:\w+\s+)?(?:years?|months?)|"
    r"(?:over|in)\s+the\s+(?:next|coming)\s+(?:\w+\s+)?(?:years?|months?)|by\s+(?:the\s+end\s+of\s+)?next\s+year)\b",
    re.IGNORECASE,
)
_MODAL = re.compile(r"\b(?:could|would|may|might|will|expected|projected)\b")


def set_apart(sentence: str, figure: Figure, clause: tuple[int, int], subjects: SubjectTaxonomy) -> frozenset[str]:
    """The subjects tied to places (``subjects.home``) that a figure is no estimate of, from its own clause.

    "sent about 800 military personnel to aid Syria's government in 2019", "sent 3,000 personnel to Angola …
    in the late 1970s" count other deployments; "to try to attract tens of thousands more" a goal.  Each would
    read as an estimate contradicting "11,000 troops are in Kursk".
    """
    text = sentence[clause[0] : clause[1]]
    if _GOAL_BEFORE.search(sentence, max(clause[0], figure.start - 50), figure.start):
        return frozenset(subjects.home)
    if "0s" in text and any(
        not decade or subjects.since is None or int(decade) + 10 <= subjects.since for decade in _DECADE.findall(text)
    ):
        return frozenset(subjects.home)
    if subjects.since is not None:
        years = [int(y) for y in _YEAR.findall(text)]
        if years and max(years) < subjects.since:
            return frozenset(subjects.home)
    found = subjects.sent_or_set_in.findall(text) if subjects.sent_or_set_in is not None else []
    if not found:
        return frozenset()
    # Set elsewhere: no country it is sent to or set in is one of the subject's, nor does a region of the war
    # ("Kursk") set the clause there.  The sender ("North Korea stationed 600 troops in Uganda") sets nothing.
    return frozenset(
        sid for sid, home in subjects.home.items()
        if not any(home.fullmatch(country) for country in found) and not subjects.regions[sid].search(text)
    )


def total_to_come(sentence: str, clause: tuple[int, int]) -> bool:
    """'a cumulative 100,000 … could serve in Russia within a year': a total over a time to come.

    It stays on its subject (it is what the speaker forecasts of it), but it is no estimate of the present
    count: the tracker and comparisons set it apart (see ``set_apart_in_claim``).  The modal may be the
    sentence's: "the number could reach 15,000, … with a cumulative 100,000 … within a year".
    """
    return _TIME_TO_COME.search(sentence, clause[0], clause[1]) is not None and (
        _MODAL.search(sentence, 0, clause[1]) is not None
    )


def set_apart_in_claim(text: str, figure: Figure, subject: str | None, subjects: SubjectTaxonomy) -> bool:
    """Whether a figure of a claim on ``subject`` (offsets in ``text``) is no estimate of its present count.

    A claim keeps such a figure beside its own ("could reach 15,000, … a cumulative 100,000 … within a year"),
    or leads with one ("100,000 could serve within a year"): the tracker and comparisons must not read it as
    an estimate contradicting "11,000 troops are in Kursk".
    """
    if subject is None or subject not in subjects.home:
        return False
    breaks = clause_breaks(text)
    clause = (
        max((b for b in breaks if b < figure.start), default=0),
        min((b for b in breaks if b >= figure.end), default=len(text)),
    )
    return (
        total_to_come(text, clause)
        or subject in set_apart(text, figure, clause, subjects)
        or victims_or_sighting(text, figure)
        or why_not_present(text, figure) is not None  # an increment, a forecast, a part of the whole
    )
