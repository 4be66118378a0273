"""A filter's name as the user types it, resolved to the one name the corpus stores.

``--outlet "business insider"`` or ``--claimant zelensky`` should filter, not
silently match nothing because the stored names are "Business Insider" and
"Volodymyr Zelenskyy".  The rules, in order: the exact name; the name up to
case and accents (up to case alone where accents tell two names apart); the
one name whose words start with the typed words, in any order ("NIS" is not in
"ministry"), or the one name the typed words abbreviate ("AP": "Associated Press", first when typed in
capitals; see ``name_abbreviations``); the one name in which every typed word is close to a word of its own; the one name rapidfuzz scores clearly best (a
typo).  Anything else is a one-line error that lists the closest names, so the
user can retype one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process, utils

from store.analysis.claimants import fold
from store.errors import StoreError
from store.name_abbreviations import abbreviated, written_as_abbreviation
from store.models import OWN_VOICE

if TYPE_CHECKING:
    from store.corpus import Corpus
    from store.models import Claim

TYPO_CUTOFF = 85  # rapidfuzz ratio of the whole names, 0-100: one slip in a short name still scores about 90
WORD_CUTOFF = 80  # rapidfuzz ratio between a typed word and a word of the name: one slip in five letters
CLEAR_LEAD = 5  # points the best typo match must lead the next by
LISTED = 5  # names offered in the error
SUGGEST_CUTOFF = 70  # whole-name ratio at which a name is offered in the error
SUGGEST_WRATIO = 80  # rapidfuzz WRatio (a part of the typed name may match) at which a name is offered too
SUGGEST_PART_MIN = 4  # letters typed before a name holding them is offered (WRatio scores a part whole)
_LISTING_VERBS = {"outlet": "sources", "topic": "topics", "claimant": "claimants"}  # the verb listing each kind


def _folded(text: str) -> str:
    return " ".join(fold(text).split())  # claimant folding's case and accent fold, spaces evened


def _near_word(word: str, name_words: list[str]) -> bool:
    return any(fuzz.ratio(word, other) >= WORD_CUTOFF for other in name_words)


def resolve_name(wanted: str, names: Iterable[str], kind: str) -> str:
    """The stored name ``wanted`` means, among ``names`` (most used first); StoreError naming ``kind`` if none or several."""
    names = list(dict.fromkeys(names))
    if wanted in names:
        return wanted
    typed = _folded(wanted)
    if not typed:
        raise StoreError(f"the {kind} filter is empty")
    if not names:  # nothing to be close to: "closest: none" would send the user retyping
        raise StoreError(f"no {kind} {wanted!r}: this database names no {kind} yet (nkru-tui ingest PATH… adds articles)")
    same = [name for name in names if _folded(name) == typed]
    if len(same) == 1:
        return same[0]
    # "le monde" when both "Le Monde" and "Le Mondé" are stored: the one that differs only in case is meant,
    # since the user typed the accents (or their absence) too.
    cased = [name for name in same if " ".join(name.casefold().split()) == " ".join(wanted.casefold().split())]
    if len(cased) == 1:
        return cased[0]
    words = typed.split()
    holds = _starts_words(typed)
    # "AP" in capitals means initials ("Associated Press"), before a name that begins with the letters ("Apple
    # Daily"); typed in small letters, the names beginning with them come first.
    containing = same or (written_as_abbreviation(wanted) and abbreviated(wanted, names))
    containing = containing or [name for name in names if holds(name)] or abbreviated(wanted, names)
    if len(containing) == 1:
        return containing[0]
    if containing:
        shown = ", ".join(containing[:LISTED])  # in the order given: the most used first
        more = f" and {len(containing) - LISTED} more" if len(containing) > LISTED else ""
        raise StoreError(f"{kind} {wanted!r} matches several: {shown}{more}; give one in full")
    # A typo in a word: "grosi" for "Rafael Grossi" (whole-name ratios punish the missing first name).
    near = [name for name in names if all(_near_word(word, _folded(name).split()) for word in words)]
    if len(near) == 1:
        return near[0]
    if near:
        raise StoreError(f"{kind} {wanted!r} is close to several: {', '.join(near[:LISTED])}; give one in full")
    scored = process.extract(typed, names, scorer=fuzz.ratio, processor=utils.default_process, limit=LISTED)
    if scored and scored[0][1] >= TYPO_CUTOFF and (len(scored) == 1 or scored[0][1] - scored[1][1] >= CLEAR_LEAD):
        return scored[0][0]
    # Offered, not chosen: a name holding most of what was typed ("Kestrel Wyre Service" for "Kestrel Wire")
    # is worth retyping, though too far from the whole to be taken for it.
    offered = [name for name, score, _ in scored if score >= SUGGEST_CUTOFF]
    if len(typed.replace(" ", "")) >= SUGGEST_PART_MIN:  # two letters are part of too many names ("ap": "Yonhap")
        offered += [name for name, _, _ in process.extract(typed, names, scorer=fuzz.WRatio, processor=utils.default_process,
                                                           limit=LISTED, score_cutoff=SUGGEST_WRATIO)]
    if close := ", ".join(list(dict.fromkeys(offered))[:LISTED]):
        raise StoreError(f"no {kind} {wanted!r} in this database; closest: {close}")
    listing = f"nkru-tui {_LISTING_VERBS[kind]} lists them" if kind in _LISTING_VERBS else "none is close"
    raise StoreError(f"no {kind} {wanted!r} in this database, nor one close to it; {listing}")


def resolve_search_filters(
    corpus: Corpus, outlet: str | None, topic: str | None, claimant: str | None
) -> tuple[str | None, str | None, str | None]:
    """The stored outlet, topic id and claimant that the user's spellings mean (a topic by id or label)."""
    if outlet:
        outlet = resolve_name(outlet, (o.name for o in corpus.outlet_summaries), "outlet")
    if topic:
        topics = {t.id: t.id for t in corpus.topic_summaries} | {t.label: t.id for t in corpus.topic_summaries}
        topic = topics[resolve_name(topic, topics, "topic")]
    if claimant:
        if " ".join(claimant.casefold().split()) == OWN_VOICE:
            raise StoreError(f"{OWN_VOICE!r} is no claimant: it marks the claims no one is named for; "
                             f'nkru-tui claims --claimant "{OWN_VOICE}" lists them')
        claimant = resolve_claimant(claimant, [c.name for c in corpus.claimant_summaries])
    return outlet or None, topic or None, claimant or None


def resolve_claimant(wanted: str, names: list[str]) -> str:
    """As :func:`resolve_name`, but a name the alias list folds ("HUR", "GUR", "the NIS") means the
    stored name it was folded into: the analyst types the acronym the article used."""
    from store.analysis.claimants import aliased

    canonical = aliased(wanted.strip())
    if canonical != wanted.strip() and canonical in names:
        return canonical
    return resolve_name(wanted, names, "claimant")


def _starts_words(typed: str) -> Callable[[str], bool]:
    """Whether each typed word starts a word of the name ("zelensk", "min environmental"):
    never inside a word, where "NIS" would find every "miNIStry" and "war" "Stewart"."""
    patterns = [re.compile(r"(?<!\w)" + re.escape(word)) for word in typed.split()]

    def holds(name: str) -> bool:
        folded = _folded(name)  # once per name, not once per typed word
        return all(pattern.search(folded) for pattern in patterns)

    return holds


def claims_by_claimant(corpus: Corpus, claims: list[Claim], typed: str) -> list[Claim]:
    """The claims of the claimant an alias means ("NIS", "HUR"); else of every claimant whose name holds
    what was typed at the start of its words ("zelensk"); failing that, of the one claimant a typo
    means; failing that, a one-line error naming the closest."""
    from store.analysis.claimants import aliased

    folded = _folded(typed)
    if folded == OWN_VOICE:  # as compare, figures and exports name a claim no one is named for
        return [c for c in claims if not c.claimant]
    names = [summary.name for summary in corpus.claimant_summaries]
    canonical = aliased(typed.strip())
    if canonical != typed.strip() and canonical in names:  # the acronym the article used, as stored
        return [c for c in claims if c.claimant == canonical]
    holds = _starts_words(folded)
    held_names = {name for name in names if holds(name)}
    if held_names:
        return [c for c in claims if c.claimant in held_names]
    name = resolve_claimant(typed, names)
    return [c for c in claims if c.claimant == name]
