"""Attributions read from a clause around a verb rather than a noun phrase right before it.

"Andrii Sybiha dismissed the denial, saying that 1,500 …" (the participle's subject speaks), "Open Source
Centre used the imagery to estimate that …" (the infinitive's subject speaks), and whether "a … estimate"
before a bare verb form is a singular noun phrase (then the form is a noun, not a verb).
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import PRONOUNS, clean_claimant
from store.analysis.clause_subjects import participle_subject
from store.analysis.coreference import is_definite_coref
from store.analysis.phrase_ends import content_side
from store.analysis.phrases import left_noun_phrase, plausible_source

# "A few analysts estimate": these after "a" make the phrase plural, so the bare verb agrees.
_PLURAL_AFTER_A = frozenset({"few", "number", "couple", "handful", "lot", "majority", "group", "team", "range"})
_CLAUSE_SUBJECT = re.compile(r"\s*((?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)")


def participle_anchor(sentence: str, verb_start: int, verb_end: int) -> Anchor | None:
    """'Andrii Sybiha dismissed the denial, saying that 1,500 …': the subject of the clause says it.

    'The Kremlin issued a statement saying …': the publisher of the document says it.
    """
    published = _PUBLISHED_STATEMENT.search(sentence, max(0, verb_start - 80), verb_start)
    if published is not None:
        found = left_noun_phrase(sentence[: published.start()])
    else:
        found = participle_subject(sentence[:verb_start])
    if found is None:
        return None
    np_start, np_text = found
    lower = np_text.lower().strip()
    content = content_side(sentence, verb_end)
    if lower in PRONOUNS or is_definite_coref(np_text.strip()):
        return Anchor(np_start, verb_end, np_text, None, pronoun=lower, content=content)
    claimant = clean_claimant(np_text) if plausible_source(np_text) else None
    return Anchor(np_start, verb_end, np_text, claimant, content=content) if claimant else None


# "The Kremlin issued a statement saying …", "State TV aired a report denying that …": what the document says, its
# publisher says.
_PUBLISHED_STATEMENT = re.compile(
    r"\b(?:issued|issues|released|releases|published|publishes|aired|airs|broadcast|broadcasts|ran|runs|posted|"
    r"posts|circulated|put\s+out|puts\s+out)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|report|video|segment|note|post|message|communiqu[eé]|notice|bulletin|document|letter|piece|"
    r"release|story)(?:\s+(?:on|via)\s+(?:its\s+|their\s+)?[\w-]+)?\s+$",  # "… a video on Telegram saying …"
    re.IGNORECASE,
)


def published_statement(sentence: str, participle_start: int) -> bool:
    """Whether a participle ("saying", "denying") tells what a document its clause's subject published says."""
    return _PUBLISHED_STATEMENT.search(sentence, max(0, participle_start - 80), participle_start) is not None


def is_singular_indefinite(before: str) -> bool:
    """Whether the last three words before a bare verb hold "a"/"an" and nothing after it that is plural."""
    words = before.lower().split()[-3:]
    articles = [i for i, word in enumerate(words) if word in ("a", "an")]
    if not articles:
        return False
    after = words[articles[-1] + 1 :]
    return not any(w in _PLURAL_AFTER_A or (w.endswith("s") and not w.endswith(("'s", "’s"))) for w in after)


def infinitive_anchor(sentence: str, stripped: str, verb_start: int, verb_end: int) -> Anchor | None:
    """'Open Source Centre used the imagery to estimate that …': the clause's subject says it."""
    clause_start = max(stripped.rfind(","), stripped.rfind(";"), -1) + 1
    clause = stripped[clause_start:]
    lead = _CLAUSE_SUBJECT.match(clause)
    if not lead:
        return None
    raw = lead.group(1)
    claimant = clean_claimant(raw)
    if not claimant:
        return None
    start = clause_start + lead.start(1)
    return Anchor(start, verb_end, raw, claimant, content=content_side(sentence, verb_end))
