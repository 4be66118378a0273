"""Where a phrase ends to the right: the name after "told", "said" or "per", and the claimed content.

Shared by the attribution finder and the relay finder: "told Voice of
America last month" ends the name before "last", "according to the Joint
Chiefs of Staff, which …" ends it at the comma (but not at the stop of
"U.S."), and a verb with only a time after it ("…," he said on Monday) has
its content on the left.
"""

from __future__ import annotations

import re
from itertools import islice

from store.analysis.phrases import (
    _AUX,
    _BOUNDARY,
    _DOTTED_INITIAL,
    _NP_PARTICIPLES,
    _WORD_SPAN,
    TIME_TAIL,
    VERB_WORDS,
)
from store.analysis.sentences import _NEVER_FINAL

# An auxiliary inside the words taken for a noun phrase: they ran into the next clause ("… cited by Kyiv was
# accurate").
CLAUSE_VERB_INSIDE = re.compile(r" (?:was|were|is|are|has|have|had|will|would) ")


# The people of an institution, named by where they work ("analysts at RUSI").
_STAFF = re.compile(r"(?:analyst|expert|researcher|economist|scholar|fellow|specialist|scientist|official)s?",
                    re.IGNORECASE)


def right_np_end(sentence: str, start: int) -> int:
    """Where the noun phrase starting at ``start`` ends (told X …, said X, …, per X)."""
    end = start
    words = list(islice(_WORD_SPAN.finditer(sentence, start), 13))  # twelve words and the one after
    for i, match in enumerate(words[:12]):
        token = match.group()
        core = token.rstrip(",.;:!?\"”)’'").lstrip('"“(')
        lower = core.lower()
        next_word = words[i + 1].group().lstrip('"“(') if i + 1 < len(words) else ""
        if i > 0 and (lower in _BOUNDARY or lower in _AUX or lower in VERB_WORDS):
            break
        if lower == "at" and i > 0 and _STAFF.fullmatch(words[i - 1].group()) and (
            next_word[:1].isupper() or next_word.lower() == "the"
        ):
            continue  # "analysts at RUSI", "researchers at the Institute for …": where they work names them
        if i > 0 and lower in (
            "on",
            "in",
            "at",
            "last",
            "this",
            "earlier",
            "during",
            "after",
            "before",
            "to",
            "via",
            "when",
            "about",
            "over",
        ):
            break
        if (
            i > 0
            and lower in ("of", "for", "and", "the", "&", "de")
            and not (next_word[:1].isupper() or next_word.lower() == "the")
        ):
            break
        if i > 0 and core[:1].islower() and lower.endswith(("ed", "ing")) and lower not in _NP_PARTICIPLES and (
            next_word.lower().rstrip(",.;:") not in _BODIES_AFTER_PARTICIPLE
        ):
            break
        end = match.start() + len(token.rstrip(',.;:!?"”)’'))
        if token.endswith(".") and (lower in _NEVER_FINAL or _INITIAL.fullmatch(core)) and next_word[:1].isupper():
            end += 1  # "said Col. Jae-won Choi", "Christopher G. Cavoli": a title's or an initial's stop leads on
            continue
        if token.endswith(".") and _DOTTED_ACRONYM.fullmatch(core) and next_word[:1].isalpha():
            end += 1  # "citing U.S. officials": the acronym's last stop ends no phrase when a word follows
            continue
        if token != token.rstrip(',.;:!?"”)'):
            break
    return end


# A participle naming what a body does, before the body: "the UN monitoring team", "a fact-finding mission".
_BODIES_AFTER_PARTICIPLE = frozenset(
    "team teams group groups mission missions panel body unit committee agency service centre center project".split()
)
_CLAUSE_END = re.compile(r",(?!\d{3})|[.;:!?\"”](?!\d)|\s[–—-]\s|—")
# After "U.S." a stop ends the clause only before a capital or the end: "U.S. and South Korean officials" goes on.
_DOTTED_RUN = re.compile(r"(?:[A-Z]\.){2,}")
_CLAUSE_END_AFTER_ACRONYM = re.compile(r",(?!\d{3})|[;:!?\"”]|\.(?=\s+[^a-z\s]|\s*$)")


_INITIAL = re.compile(r"[A-Z]")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def clause_end(sentence: str, start: int) -> int:
    match = _CLAUSE_END.search(sentence, start)
    while match and match.group() == "." and _title_stop(sentence, start, match.start()):
        match = _CLAUSE_END.search(sentence, match.end())  # "according to Rep. Lee Seong-kweun, who …"
    if match and match.group() == "." and _DOTTED_INITIAL.match(sentence[match.start() - 1 : match.start() + 2]):
        # (the acronym's own last stop is inside the sentence, so no end: "a U.K. Ministry of Defence update")
        acronym = _DOTTED_RUN.match(sentence, match.start() - 1)
        later = _CLAUSE_END_AFTER_ACRONYM.search(sentence, max(match.end() + 1, acronym.end() if acronym else 0))
        return later.start() if later else len(sentence)
    return match.start() if match else len(sentence)


def _title_stop(sentence: str, start: int, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends a title before a name ("Rep. Lee", "Lt. Gen. Kang")."""
    if not sentence.startswith(" ", stop + 1) or not sentence[stop + 2 : stop + 3].isupper():
        return False
    word_start = stop
    while word_start > start and sentence[word_start - 1].isalpha():
        word_start -= 1
    return stop - word_start <= 4 and sentence[word_start:stop].lower() in _NEVER_FINAL


# "…, KIDA estimated, while 11,000 of its troops are fighting there": a clause the writer adds after a
# trailing attribution; the speaker's words are before it.
_CONTRASTING_CLAUSE = re.compile(r",\s+(?:while|whereas|but|although|though|even\s+as)\s(?![^,]*,\s+that\s)")


# Words that open a figure right after a speaker's verb: what they say follows ("said another 1,000 …").
_QUANTITY_LEADS = frozenset({
    "another", "about", "around", "roughly", "some", "nearly", "almost", "approximately", "over", "more", "up",
    "as", "just", "only", "fewer", "less", "well", "close", "upwards", "perhaps", "possibly", "under",
})
_LEAD_GLUE = frozenset({"to", "than", "many", "much", "as", "over", "under", "of", "least"})


def _figure_after_lead(words: list[str]) -> bool:
    """Whether a number follows the opening quantity words at once ("another 1,000", "as many as 3,000")."""
    for word in words[1:4]:
        if word[:1].isdigit():
            return True
        if word.lower() not in _LEAD_GLUE and word.lower() not in _QUANTITY_LEADS:
            return False
    return False


def content_side(sentence: str, verb_end: int) -> str:
    rest = sentence[verb_end:]
    words = rest.split(None, 15)  # the first word, and whether there are more than 4 or 14
    if words and words[0][:1] in "\"“'‘" and len(words[0]) > 1:
        words[0] = words[0][1:]  # "revised to 'at least 20,000'": a quotation opening on the figure it says
    if words and (words[0] == "that" or words[0][:1].isdigit()):
        return "right"  # "… and Kyiv says 12,000 were sent": a figure right after the verb is what it says
    if len(words) > 2 and words[0].lower() == "at" and words[1] in ("least", "most") and words[2][:1].isdigit():
        return "right"  # "… later revised to at least 20,000"
    if len(words) > 1 and words[0].lower() in _QUANTITY_LEADS and _figure_after_lead(words):
        return "right"  # "… the Pentagon said another 1,000 were missing", "says up to 3,000 died"
    if rest[:1] == "," and _CONTRASTING_CLAUSE.match(rest):
        return "left"
    if len(words) <= 4 or (len(words) <= 14 and TIME_TAIL.match(rest)):
        return "left"
    return "right"
