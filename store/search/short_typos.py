"""Two typos in a short word ("wepens" for "weapons", "Shoygo" for "Shoigu"): a last resort.

``terms.fuzzy_budget`` gives a word of four to seven letters one typo, since two would flood a
correct short word with unrelated neighbours.  So a word of five to seven letters gets two only
when nothing else matched it (no term one edit away, no term it starts, no compound it heads), and
only neighbours whose changed letters a typist slips into: keys side by side, a vowel for a vowel,
letters that sound alike.  Measured on the seeds: a two-typo word's passage comes first three times
as often, while a correct word the corpus lacks ("marble": "marine", "magnet": "market") stays
unmatched far more often than two bare edits would leave it.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA, Levenshtein

from store.search.postings import Postings
from store.search.ranking import MAX_VARIANTS, WordPlan, offer_typos, typed_form_first
from store.search.terms import fuzzy_budget, is_stop_word
from store.search.vocabulary import Vocabulary

SHORT_SECOND_TYPO_MIN_LENGTH = 5  # two edits in four letters are half the word
SHORT_SECOND_TYPO_LENGTH_CHANGE = 1  # of a short word's two edits, at most one adds or drops a letter


def _second_typos(vocabulary: Vocabulary, word: str) -> list[tuple[int, int]]:
    """A short word's neighbours two edits away, or two once its first letter is respelt by sound,
    whose length is within ``SHORT_SECOND_TYPO_LENGTH_CHANGE`` of the word's and whose changed letters
    are slips a typist makes (``_plausible_slips``)."""
    near = vocabulary.near(word, 2) or _near_by_sound(vocabulary, word)
    return [
        (t, e)
        for t, e in near
        if abs(len(term := vocabulary.terms[t]) - len(word)) <= SHORT_SECOND_TYPO_LENGTH_CHANGE and _plausible_slips(word, term)
    ]


# A letter typed for another is a slip when the two are neighbours on a QWERTY keyboard, both vowels
# (spelling by ear: "wepens", "Shoygo"), or sound alike.  Two changed letters that are neither are
# another word ("marble" / "marine", "magnet" / "market"): a short word two such letters off is
# more often a word the corpus lacks than a typo of one it holds.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS_AND_Y = frozenset("aeiouy")
_SOUND_ALIKE_LETTERS = frozenset(["ck", "kc", "cs", "sc", "sz", "zs", "kq", "qk", "jg", "gj", "fv", "vf", "wv", "vw"])


def _key_neighbours() -> frozenset[str]:
    pairs = set()
    for r, row in enumerate(_KEY_ROWS):
        for i, key in enumerate(row):
            # Rows are staggered: the keys above are the one above and the next, those below the one before and it.
            above = _KEY_ROWS[r - 1][i : i + 2] if r else ""
            below = _KEY_ROWS[r + 1][max(0, i - 1) : i + 1] if r + 1 < len(_KEY_ROWS) else ""
            for near in row[max(0, i - 1) : i] + row[i + 1 : i + 2] + above + below:
                pairs.update((key + near, near + key))
    return frozenset(pairs)


_KEY_NEIGHBOURS = _key_neighbours()


def _plausible_slips(typed: str, term: str) -> bool:
    """Whether every letter ``typed`` has in place of one of ``term`` is a slip (added, dropped and swapped
    letters always are)."""
    for kind, at, into in Levenshtein.editops(typed, term).as_list():
        if kind == "replace":
            pair = typed[at] + term[into]
            if not (pair in _KEY_NEIGHBOURS or pair in _SOUND_ALIKE_LETTERS or set(pair) <= _VOWELS_AND_Y):
                return False
    return True


# A word spelt by ear starts with a letter that sounds alike ("konvoi", "fosfor", "zabotage"); the second-typo
# search trusts the first letters, so these are tried in their place.
_SOUND_ALIKE_STARTS = {"k": ("c",), "c": ("k",), "f": ("ph",), "ph": ("f",), "z": ("s",), "s": ("z",), "j": ("y", "g"), "y": ("j",), "v": ("w",), "w": ("v",)}  # fmt: skip


def _near_by_sound(vocabulary: Vocabulary, word: str) -> list[tuple[int, int]]:
    """(term id, edits) of terms two edits at most from ``word`` once its first letter is one that sounds alike."""
    found: dict[int, int] = {}
    for start, alikes in _SOUND_ALIKE_STARTS.items():
        if not word.startswith(start):
            continue
        for alike in alikes:
            respelt = alike + word[len(start) :]
            near = [t for t, _ in vocabulary.near(respelt, 1)]
            if (exact := vocabulary.lookup(respelt)) is not None:
                near.append(exact)
            for term_id in near:
                if 0 < (edits := OSA.distance(word, vocabulary.terms[term_id], score_cutoff=2)) <= 2:
                    found[term_id] = edits
    return list(found.items())


def add_short_second_typos(vocabulary: Vocabulary, plan: WordPlan) -> None:
    """A word of five to seven letters that nothing else matched (no term one edit away, no term it
    starts, no compound it heads): its neighbours two edits away ("wepens": "weapons"), or two once
    its first letter is respelt by sound ("konvoi": "convoy")."""
    word = plan.word
    if plan.variants or fuzzy_budget(word) != 1 or len(word) < SHORT_SECOND_TYPO_MIN_LENGTH or not word.isalpha():
        return
    offer_typos(vocabulary, plan, _second_typos(vocabulary, word))
    kept = sorted(plan.variants.items(), key=lambda tw: (-tw[1], -int(vocabulary.df[tw[0]])))
    plan.variants = dict([(t, w) for t, w in kept if not is_stop_word(vocabulary.terms[t])][:MAX_VARIANTS])


COMMONEST_FIRST_MAX_LENGTH = 4  # a longer word seldom has two neighbours one letter off


def commonest_neighbour_first(vocabulary: Vocabulary, plan: WordPlan, postings: Postings) -> None:
    """A short word the corpus lacks, one letter off several terms ("Kin": "Jin", "Kim"): the passages of the
    likeliest meant first, the others after them.  Likeliest is the term more passages hold, doubled where
    the changed letter is a slip a typist makes (``_plausible_slips``): a typo is more often of a common word
    than of a rare one, and BM25 alone ranked the rare one first (its IDF is higher).  Call after ``blend``."""
    word = plan.word
    if len(word) > COMMONEST_FIRST_MAX_LENGTH or not word.isalpha() or vocabulary.lookup(word) is not None:
        return
    near = [t for t, edits in vocabulary.near(word, 1) if edits == 1 and t in plan.scales]
    if len(near) < 2:
        return
    likelihood = {t: int(vocabulary.df[t]) * (2 if _plausible_slips(word, vocabulary.terms[t]) else 1) for t in near}
    best = max(near, key=lambda t: (likelihood[t], -t))
    typed_form_first(plan, postings, best, [t for t in near if likelihood[t] < likelihood[best]])
