"""The noun phrases around attribution words: who the words before "said" name.

Shared by the attribution finder: walking back from a verb (found by
``reporting_verbs``) to the claimant's words ("Dmytro Ponomarenko, Ukraine's
ambassador to South Korea, told …"), reading a name forward ("told Voice of
America last month"), and telling a name from a role, a pronoun or a
description.
"""

from __future__ import annotations

import re

from store.analysis.appositive_chains import CHAIN_SPLIT as _CHAIN_SPLIT  # noqa: F401  (a test imports it here)
from store.analysis.appositive_chains import appositive_chain as _appositive_chain
from store.analysis.appositive_chains import last_pieces as _last_pieces  # noqa: F401  (a test imports it here)
from store.analysis.phrase_words import AUX as _AUX
from store.analysis.phrase_words import BOUNDARY as _BOUNDARY
from store.analysis.phrase_words import PREPOSITIONS as _PREPOSITIONS
from store.analysis.phrase_words import SENTENCE_ADVERBS as _SENTENCE_ADVERBS
from store.analysis.relative_speakers import counted_before_speaker
from store.analysis.role_nouns import is_person_noun
from store.analysis.time_phrases import LEADING_TIME, TIME_TAIL

# The reporting verbs live in their own module; they are named here too for the modules that read both.
from store.analysis.reporting_verbs import (
    VERB_FORMS,
    VERB_PATTERN,
    VERB_WORDS,
    VerbHit,
    verb_hits,
)

__all__ = [
    "OWN_VOICE",
    "SOURCE_NOUNS",
    "TIME_TAIL",
    "VERB_FORMS",
    "VERB_PATTERN",
    "VERB_WORDS",
    "VerbHit",
    "left_noun_phrase",
    "plausible_source",
    "strip_trailing_adverbs",
    "verb_hits",
]

# Words between a claimant and its verb: "South Korean intelligence has also estimated", "Kirby on Monday said".
_TRAILING_WORDS = frozenset(
    """also previously later earlier recently reportedly repeatedly further then first separately similarly once again
    already has have had would will could can may might did does do not just now still even publicly privately openly
    initially originally subsequently yesterday today tonight long himself herself themselves itself too only however
    specifically explicitly clearly all both likely probably apparently allegedly personally directly flatly firmly neither
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_TRAILING_PAIRS = frozenset(
    f"{first} {second}"
    for first in ("on", "last", "this", "next")
    for second in "week month year weekend monday tuesday wednesday thursday friday saturday sunday".split()
) | {"told reporters"} | {"so far", "thus far", "to date", "as yet", "until now"}  # "has so far confirmed 200"
_TRAILING_TRIPLES = frozenset(f"earlier this {unit}" for unit in ("week", "month", "year")) | {"up to now"}
# The last words of all of them: a text whose last word is none of these has nothing to strip.
_TRAILING_LAST_WORDS = _TRAILING_WORDS | {phrase.rsplit(" ", 1)[-1] for phrase in _TRAILING_PAIRS | _TRAILING_TRIPLES}
# Lower-case words that make a noun phrase a plausible source of a statement.
SOURCE_NOUNS = frozenset(
    """official officials analyst analysts expert experts source sources report reports intelligence observer
    observers diplomat diplomats researcher researchers people person government ministry military army agency
    group spokesman spokeswoman spokesperson commander commanders statement study analysis data estimate estimates
    assessment assessments imagery soldier soldiers troops lawmaker lawmakers legislator legislators media outlet
    outlets officer officers authorities critic critics resident residents witness witnesses investigator
    investigators monitor monitors scholar scholars specialist specialists economist economists president minister
    secretary ambassador envoy aide aides adviser advisers advisor advisors leader leaders chief head director
    general journalist journalists correspondent reporter reporters newspaper paper broadcaster network service
    services institute centre center council committee office department embassy team project survey poll document
    documents findings figures prosecutors police navy command staff administration mission delegation
    representative representatives operator operators pilot commentators insiders defectors veterans engineers
    generals agencies tank thinktank think-tank newspapers defector prisoner prisoners blogger bloggers post posts
    worker workers employee employees driver drivers medic medics doctor doctors farmer farmers
    tweet broadcast channel account""".split()
)
_NP_PARTICIPLES = frozenset(
    {
        "unnamed",
        "unidentified",
        "armed",
        "informed",
        "retired",
        "embattled",
        "ruling",
        "leading",
        "governing",
        "outgoing",
        "incoming",
        "named",
        "detained",
        "captured",
        "concerned",
        "exiled",
        "based",
        "monitoring",  # "the UN sanctions monitoring team"
        "evening",  # "Rossiya-1's evening news": a time of day, no verb
        "morning",
        "briefing",  # a noun: "The briefing said …" (the body that gave it speaks, see ``body_mentions``)
    }
)
_QUOTE_CHARS = '"“”'
_SINGLE_QUOTE_ENDS = frozenset(mark + quote for mark in ',?!."”' for quote in "'’")  # and one quoted inside
_DOTTED_INITIAL = re.compile(r"[A-Z]\.|U\.S|U\.K|U\.N")  # "U.S.", "J.": a stop inside a name
OWN_VOICE = frozenset({"we", "We", "our", "Our", "us", "my", "My", "I", "me"})  # "US" is a country
_WORD_SPAN = re.compile(r"\S+")
_COMMA_ASIDE = re.compile(r",\s+(\w+(?:\s+\w+){0,2}),\s$")


def strip_trailing_adverbs(text: str) -> str:
    """'South Korean intelligence has also' → 'South Korean intelligence'."""
    if text.endswith(", ") and (aside := _COMMA_ASIDE.search(text)) is not None and aside.group(1).lower() in (
        _TRAILING_WORDS | _TRAILING_PAIRS | _TRAILING_TRIPLES
    ):
        text = text[: aside.start()] + " "  # "has, so far, confirmed", "has, however, said": the aside set off
    last = text.rsplit(None, 1)
    if not last or last[-1].lower() not in _TRAILING_LAST_WORDS:
        return text  # the common case: nothing to strip, known from the last word alone
    while True:
        words = text.rsplit(None, 3)[-3:]  # the adverbs sit at the very end: look at the last words only
        if not words:
            return text
        for size, known in ((3, _TRAILING_TRIPLES), (2, _TRAILING_PAIRS), (1, _TRAILING_WORDS)):
            if len(words) >= size and " ".join(words[-size:]).lower() in known:
                text = text.rstrip()
                for word in reversed(words[-size:]):
                    text = text[: len(text) - len(word)].rstrip()
                text += " "
                break
        else:
            return text


_ADDRESSEES = frozenset("reporters journalists lawmakers legislators parliament mps parliamentarians senators".split())
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|tell)\s+$")
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)


_DOCUMENT_PARTICIPLES = frozenset("published released issued posted presented compiled updated circulated".split())
_DOCUMENTS = frozenset("report study assessment analysis estimate survey paper statement document update review".split())


# "the two states", "member states", "Baltic states": after these "states" names countries, no verb of saying.
_STATES_LEADS = frozenset("the two both three these those member all other many several neighbouring neighboring "
                          "allied nuclear rogue sovereign frontline front-line".split())


def _names_states(previous: str) -> bool:
    return previous[:1].isupper() or previous.lower() in _STATES_LEADS


def left_noun_phrase(text: str) -> tuple[int, str] | None:
    """The claimant's words just before a verb: (start offset, words)."""
    body = text.rstrip()
    if not body:
        return None
    if body.endswith(","):
        return _appositive_chain(body[:-1])
    if body.endswith(")") and (aside := _RELATIVE_ASIDE.search(body)) is not None and aside.start():
        return left_noun_phrase(body[: aside.start()])  # "The Pentagon (which said in May …) believes": the Pentagon
    window = max(0, len(body) - 220)  # 16 words back is the most a claimant's phrase takes
    tokens = _last_words(body, window, 16)
    if window and tokens and not body[tokens[0][0] - 1].isspace():
        tokens = tokens[1:]  # a word the window cut in two
    collected: list[tuple[int, str]] = []
    for index in range(len(tokens) - 1, -1, -1):
        start, token = tokens[index]
        core = token.strip('"“”()[]')
        lower = core.lower()
        closes = token[-1] in ",;:" or token[-1] in _QUOTE_CHARS or token in ("—", "–", "-", "--", "---") or (
            token[-2:] in _SINGLE_QUOTE_ENDS  # "'We lost 400 men,' the officer said": a quotation in single marks
        )
        if token in ("•", "▪", "◦") or ";" in token[:-1]:
            break  # a bullet run into the sentence ("… hundreds. • But Oleg Rov said"), or a clause's end with a
            # mark glued to it ("in November;1 by January Kyiv was saying"): a new item or clause begins
        if core[:1].isdigit() and (counted := counted_before_speaker(core, collected)):
            collected = collected[counted:]
            break  # "the 11,000 soldiers Seoul says are fighting": the count's noun, then who says it
        if closes:
            if not collected or not core[:1].isupper() or _ACCORDING_BEFORE.search(body, max(0, start - 24), start):
                break  # (", according to the Pentagon, and U.S. officials say": a source of its own, a new clause)
            if collected[0][1].lower() in ("and", "or"):
                collected.insert(0, (start, core.rstrip(",")))  # a list: "officials in the US, Ukraine, and …"
                continue
            if _list_item(collected):
                collected.insert(0, (start, core.rstrip(",")))
                continue
            break
        if token[0] in _QUOTE_CHARS or (token[0] == "(" and not _closed_after(tokens, index)):
            # "… 11,000 troops (some estimates put …": a bracket opened and not closed starts the phrase.
            collected.insert(0, (start + 1, core))
            break
        if core[:1].islower() and (
            lower in _BOUNDARY or lower in _AUX or (lower in VERB_WORDS and lower not in SOURCE_NOUNS)
        ) and not (lower == "states" and index and _names_states(tokens[index - 1][1])):
            break  # "reports" and "estimates" are sources as often as verbs; "the two states" are countries
        if lower in ("and", "or") and index > 0:
            prev = tokens[index - 1][1].strip('"“”(,')
            if not (prev[:1].isupper() or prev.lower() in SOURCE_NOUNS) or not collected:
                break
            if _counts_before(tokens, index):
                break  # "NIS estimates 1,100 casualties in Kursk and the Pentagon puts …": a clause with a count ends
        if not collected and lower in _DOCUMENT_PARTICIPLES and index and tokens[index - 1][1].lower() in _DOCUMENTS:
            continue  # "A RUSI report published (on Monday) estimated": the report estimated
        if core[:1].islower() and lower.endswith(("ed", "ing")) and lower not in _NP_PARTICIPLES:
            if not collected or collected[0][1].lower() not in _PREPOSITIONS:
                break
        collected.insert(0, (start, core))
        if len(collected) > 14:
            return None
    if not collected:
        return None
    words = [w for _s, w in collected]
    # "soldiers fighting in the Kursk region" → "soldiers"; "X, who …" never gets here.
    for i, word in enumerate(words):
        low = word.lower()
        if i > 0 and low.endswith("ing") and word[:1].islower() and low not in _NP_PARTICIPLES:
            words = words[:i]
            break
        if i > 0 and low in ("familiar", "close", "briefed", "involved"):
            words = words[:i]
            break
    if len(words) > 1 and words[0].lower() in _ADDRESSEES and _TOLD_BEFORE.search(body, 0, collected[0][0]):
        words, collected = words[1:], collected[1:]  # "told reporters the NIS estimated …": the NIS, not its audience
    while (lead := LEADING_TIME.match(" ".join(words))) is not None and lead.end() < len(" ".join(words)):
        dropped = len(lead.group().split())  # "In the month US officials": the time before the speaker
        words, collected = words[dropped:], collected[dropped:]
    while words and (words[0].lower() in _PREPOSITIONS or words[0].lower() in _SENTENCE_ADVERBS):
        if words[0].lower() in _PREPOSITIONS:
            joined = [i for i, w in enumerate(words) if w.lower() == "and"]
            cut = joined[-1] + 1 if joined else len(words)  # "… are in Russia and Kyiv says": the place ends one
            named = words[cut + (cut + 1 < len(words) and words[cut] == "the") :]  # clause, "(the) Kyiv" opens one
            if not named or not named[0][:1].isupper():
                return None  # "to reported losses": a prepositional phrase is nobody
            words, collected = words[cut:], collected[cut:]
            continue
        words = words[1:]
        collected = collected[1:]
    if not words:
        return None
    phrase = " ".join(words)
    while (lead := LEADING_TIME.match(phrase)) is not None and lead.end() < len(phrase):
        dropped = len(phrase[: lead.end()].split())
        words, collected, phrase = words[dropped:], collected[dropped:], phrase[lead.end() :]
    if not words:
        return None
    first = collected[0][0]
    last_start, last_word = collected[len(words) - 1] if len(words) <= len(collected) else collected[-1]
    end = body.find(last_word, last_start) + len(last_word)  # the word may follow a bracket: "(GUR)"
    while end < len(body) and body[end] in ")]":
        end += 1
    return first, body[first:end]


# A bracketed relative clause right before the verb, set inside the speaker's phrase: "(which said … arrived)".
_RELATIVE_ASIDE = re.compile(r"\s\((?:which|who|whose|itself|themselves)\s[^()]{0,160}\)$")


def _closed_after(tokens: list[tuple[int, str]], index: int) -> bool:
    """Whether the bracket opening word ``index`` closes before the verb: "the Institute (ISW) said" keeps it."""
    return any(")" in word for _start, word in tokens[index:])


def _last_words(body: str, window: int, count: int) -> list[tuple[int, str]]:
    """The last ``count`` white-space separated words of ``body[window:]``, with their offsets in ``body``.

    ``rsplit`` and ``rindex`` run in C; a word is followed only by white space up to the next one, so the
    last occurrence before it is the word itself.
    """
    words = body[window:].rsplit(None, count)[-count:]
    tokens: list[tuple[int, str]] = []
    position = len(body)
    for word in reversed(words):
        position = body.rindex(word, window, position)
        tokens.append((position, word))
    tokens.reverse()
    return tokens


# A count in running text: grouped digits ("1,100", "12 000") or digits before a lower-case word ("300 dead").
_GROUPED_COUNT = re.compile(r"\d{1,3}(?:[,.]\d{3})+")


def _counts_before(tokens: list[tuple[int, str]], index: int) -> bool:
    """Whether the words before the "and" at ``index`` (back to a clause break) count something.

    A claimant's name holds no count ("the 47th Brigade", "G7"), so "… 1,100 casualties in Kursk and the Pentagon"
    joins two clauses, not two names of one claimant.
    """
    for back in range(index - 1, -1, -1):
        token = tokens[back][1]
        if token[-1] in ",;:":
            return False
        core = token.strip('"“”()[]')
        if _GROUPED_COUNT.fullmatch(core) or (
            core.isdigit() and back + 1 < index and tokens[back + 1][1][:1].islower()
            and tokens[back + 1][1].lower() not in ("and", "or")
        ):
            return True
    return False


def _list_item(collected: list[tuple[int, str]]) -> bool:
    return any(w.lower() in ("and", "or") for _s, w in collected[:3])



def plausible_source(words: str) -> bool:
    tokens = [t.strip("\"“”(),.'’") for t in words.split()]
    for i, token in enumerate(tokens):
        if not token:
            continue
        # A role known by its ending only in a short phrase ("the volunteer", "a Ukrainian activist"): in a
        # longer one it may be an object ("criticized the opposition politicians") run into the speaker's place.
        if token.lower() in SOURCE_NOUNS or (token.islower() and len(tokens) <= 4 and is_person_noun(token)):
            return True
        if token[:1].isupper() and token.lower() not in _NOT_NAMES and not (i == 0 and token.lower() in _BOUNDARY):
            return True
    return False


_NOT_NAMES = frozenset(
    """the a an this that these those some many most other such but and however meanwhile it its he she they we i
    his her their our there here what when where while if in on at as for with from by
    one another each both either neither none several few two three""".split()  # "One said his unit …": no name
)
