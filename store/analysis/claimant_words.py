"""The words a claimant's name is read with: titles, honorifics, institution and place words, name particles.

Shared vocabulary of ``claimants`` (which re-exports it) and the title stripping that turns "Pentagon Press
Secretary Maj. Gen. Pat Ryder" into "Pat Ryder".
"""

from __future__ import annotations

import re

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
# "Quote:", "Details:", "Background:": what a paragraph holds, never who speaks it (see ``paragraph_labels``).
PARAGRAPH_LABELS = frozenset(
    """quote quotes quotation details detail source background context update updates reminder recap summary
    earlier previously also meanwhile note notes comment comments""".split()
) | frozenset({"direct speech", "for reference", "for context", "what happened", "key quote"})

_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "messrs"})
# Words that name a role or rank and stand before a person's name.
_TITLES = frozenset(
    """president vice-president premier minister secretary spokesman spokeswoman spokesperson ambassador envoy
    general gen maj lt col adm admiral sgt capt commander chief chairman chairwoman chair director deputy senator
    sen rep representative governor speaker leader dictator king queen chancellor lawmaker legislator mp analyst
    expert researcher fellow professor prof lecturer editor reporter correspondent economist official aide adviser
    advisor head founder ceo officer diplomat colonel major lieutenant sergeant captain marshal pope judge mayor
    strongman ruler counterpart negotiator presenter host author scholar specialist journalist columnist""".split()
)
_MULTIWORD_TITLE = re.compile(
    r"\b(?:Secretary|Minister|Chief|Head|Director)\s+of\s+(?:the\s+)?"
    r"(?:State|Defen[cs]e|Foreign\s+Affairs|Staff|Homeland\s+Security|Treasury|National\s+Defen[cs]e|Unification|"
    r"Energy|Commerce|Justice|the\s+Interior|Interior)\b"
)
_ORG_WORDS = frozenset(
    """institute ministry agency centre center council news group intelligence service services university
    department office forces army navy committee times post journal command corporation corp party assembly
    bank fund foundation program programme project network media press commission organization organisation
    association union company inc ltd house staff government administration embassy guard police court
    parliament senate congress kremlin pentagon monitor review herald daily insider wire gazette tribune observer
    report reports analysis estimate estimates statement data study survey document update sources officials
    team unit chair panel think tank club forum world""".split()
)
_PLACE_WORDS = frozenset(
    """north south east west ukraine ukrainian russia russian korea korean korean's us u.s. uk u.k. un eu nato
    china chinese japan japanese america american britain british seoul pyongyang kyiv moscow washington beijing
    tokyo kremlin pentagon western eastern european europe iran iranian india pakistan taiwan germany france""".split()
)
# Capitalised only because they open a sentence: never a given name ("After Yoon ordered …").
_FUNCTION_WORDS = frozenset(
    """the a an this that these those after before when while if as at in on by for from with since during until
    but and or so yet then now also however meanwhile although though because once where whether which who what
    last next earlier later today yesterday according per unlike like despite der die das""".split()
)  # (and German articles: "Der Kreml" is no person; "Des Browne", "Le Pen" or "Los …" may be)
# Name particles ("Jens-Peter van der Velde", "Ursula von der Leyen") count as connectors too: read as a
# lower-case descriptor, "der" cut the name down to its last word.
_CONNECTORS = frozenset(
    {"of", "for", "and", "the", "de", "da", "van", "von", "al", "bin", "&", "on", "in", "der", "den", "ter", "du",
     "di", "del", "della", "dos", "das", "zu", "ibn", "bint", "le", "la"})

_TOKEN_NAME = re.compile(r"(?:[A-Z][\w'’.-]*|[A-Z]\.|\d+)")


def _is_capitalised(token: str) -> bool:
    return bool(token) and (token[0].isupper() or token[0].isdigit())


def _strip_titles(tokens: list[str]) -> list[str]:
    """'Pentagon Press Secretary Maj. Gen. Pat Ryder' → 'Pat Ryder'; 'President Trump' → 'Trump'."""
    last_title = -1
    for i, token in enumerate(tokens[:-1]):
        parts = token.lower().rstrip(".").replace("vice-", "").split("-")  # "Secretary-General" is one title
        last_title = i if "-".join(parts) in _TITLES or {parts[0], parts[-1]} <= _TITLES else last_title
    if last_title < 0:
        return tokens
    if _given_name_gen(tokens, last_title):
        last_title -= 1  # "Defense Minister Gen Nakatani": Gen is his given name, no rank
    tail = tokens[last_title + 1 :]
    if tail and all(_TOKEN_NAME.fullmatch(t) or t.lower() in _CONNECTORS for t in tail) and _is_capitalised(tail[0]):
        if not any(t.lower() in _ORG_WORDS for t in tail):
            return tail
    return tokens


# Civilian offices no general holds in the same title: "Gen" right after one is no rank.  ("Secretary" is not
# among them: "Chief of Staff" is read as it before a name.)
_CIVILIAN_OFFICES = frozenset("minister premier president spokesman spokeswoman spokesperson ambassador envoy governor "
                              "mayor chancellor lawmaker legislator senator mp".split())


def _given_name_gen(tokens: list[str], at: int) -> bool:
    """'Defense Minister Gen Nakatani': "Gen" written without a stop, between a civilian office and one surname, is
    a given name; a general holding an office is styled "Gen." or given a full name ("Defence Minister Gen No Kwang
    Chol")."""
    if tokens[at] != "Gen" or at == 0 or at + 2 != len(tokens):
        return False
    return tokens[at - 1].lower().rstrip(".").split("-")[-1] in _CIVILIAN_OFFICES


def is_paragraph_label(words: str) -> bool:
    """Whether ``words`` (a would-be speaker's name) are a paragraph's label ("Quote", "Details")."""
    return len(words) <= 16 and words.lower() in PARAGRAPH_LABELS
