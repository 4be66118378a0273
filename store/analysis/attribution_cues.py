"""Where an attribution may open in a passage: its reporting verbs and the other cues ("according to", "per").

``extract_claims`` finds these once per passage; a sentence with none of them
inside is read only for its figures.  The patterns are shared with
``attribution``, which reads the claimant beside each cue.
"""

from __future__ import annotations

import re

from store.analysis.claimants import names_place_or_body
from store.analysis.described_figures import described_figures
from store.analysis.european_attribution import european_cue_starts
from store.analysis.figure_sources import figure_sources
from store.analysis.foreign_attribution import foreign_cue_starts
from store.analysis.foreign_figures import has_foreign_letters
from store.analysis.given_figures import given_figure_anchors
from store.analysis.passive_sources import (
    POINTING_BACK,
    assessment_of,
    by_owners_estimate,
    figures_put_by,
    given_by,
    owned_figures,
)
from store.analysis.reporting_verbs import VerbHit
from store.analysis.social_posts import POSTED_SPEAKER
from store.analysis.source_labels import bracket_sources

ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_PER_TAIL = (
    r"(?:[Aa]s\s+)?(?P<per>[Pp]er)\s+(?=[A-Z]|the\s|a\s|an\s|some\s|sources|officials|analysts|reports|local|state|media|unnamed|senior)"
)
PER = re.compile(rf"(?:^|[,;:—–]\s*){_PER_TAIL}")
# ``PER`` past the text's start, where "^" cannot match: opening with a class of marks, ``re`` skips to them in
# C instead of trying the whole pattern at every character (see ``per_matches``).
_PER_AFTER_MARK = re.compile(rf"[,;:—–]\s*{_PER_TAIL}")
# Live-blog and interview style: 'Zelensky: "According to our data, …"' (after an optional timestamp dash); and a
# headline's 'Seoul: 1,500 more North Korean troops sent to Russia', a figure straight after the colon.
# The name is capitalised throughout, or it is a body with a lower-case head noun ("defence ministry:", "South
# Korea's spy agency:"): a label that says what the paragraph is ("update:", "key data:") has no such head.
_BODY_HEAD = (
    r"(?:ministry|service|services|agency|staff|command|intelligence|office|department|government|headquarters)"
)
COLON_SPEAKER = re.compile(
    r"(?:^|[—–]\s+)(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|(?:[Tt]he\s+)?(?:[\w'’.-]+\s+){0,3}"
    rf"{_BODY_HEAD}):\s+(?:[\"“]|(?P<figure>(?=(?:(?:about|around|"
    r"some|roughly|nearly|almost|over|at\s+least|more\s+than|up\s+to|as\s+many\s+as|upwards\s+of)\s+)?\d)))"
)
_CLOCK_ZONES = frozenset({"GMT", "UTC", "EST", "BST", "KST"})


def colon_speaker_fits(match: re.Match[str], claimant: str) -> bool:
    """Whether the name before a colon speaks: not a time zone; before a bare figure, a place or a body only.

    "Seoul: 1,500 more troops" is Seoul's claim; "Kursk: 1,500 troops" says where, and a label ("Update:",
    "Background:") says what the paragraph is (``clean_claimant`` drops those).
    """
    if match.group("name").upper() in _CLOCK_ZONES:
        return False
    return match.group("figure") is None or names_place_or_body(claimant)
QUOTED_WORD = re.compile(r"\bquoted\b")


def attribution_starts(text: str, verbs: list[VerbHit]) -> list[int]:
    """Offsets of the words that can open an attribution (verbs, "according to", "per"), for per-sentence tests.

    ``verbs`` is ``verb_hits(text)``, which the caller keeps to hand each sentence its own.
    """
    starts = [start for start, _end, _verb in verbs]
    if "ccording" in text:
        starts += [m.start() for m in ACCORDING.finditer(text)]
    starts += [m.start("per") for m in per_matches(text)]
    if ":" in text:
        starts += [m.start("name") for m in COLON_SPEAKER.finditer(text)]
        if (posted := POSTED_SPEAKER.match(text)) is not None:
            starts.append(posted.start("name"))  # 'Kovalenko, on Telegram: "…"'
    if "quoted" in text:
        starts += [m.start() for m in QUOTED_WORD.finditer(text)]
    if "(" in text or "[" in text:
        starts += [start for start, _end, _words, _claimant in bracket_sources(text)]
    if " by " in text:
        starts += [start for start, _end in given_by(text)]
        if " at " in text:
            starts += [start for start, _agent, _end in figures_put_by(text)]  # "put at 11,000 by Seoul"
    starts += [start for start, _end, _owner in owned_figures(text)]  # its own cheap tests first
    starts += [anchor.start for anchor in described_figures(text)]  # "The estimate, which officials described as"
    if "'s " in text or "’s " in text:
        starts += [start for start, _end, _owner in by_owners_estimate(text)]
    if text.startswith(POINTING_BACK):
        starts += [start for start, _end in assessment_of(text)]
    starts += [start for start, _end in figure_sources(text)]  # "The figure comes from a RUSI assessment"
    if " the " in text:
        starts += [anchor.start for anchor in given_figure_anchors(text)]  # "far below the 3,000 Kyiv has given"
    if "espite " in text and " counting" in text:
        starts.append(text.index("espite ") - 1)  # "despite UN monitors counting 20 ships" (see ``attribution``)
    if has_foreign_letters(text):
        starts += foreign_cue_starts(text)  # "…고 밝혔다", "によると", "по данным"
    else:
        starts += european_cue_starts(text)  # "laut", "selon", "según"
    return starts


def per_matches(text: str) -> list[re.Match[str]]:
    """``list(PER.finditer(text))`` where ``may_hold_per(text)``, else none; faster.

    Only at the text's start can "^" match (``PER`` has no MULTILINE); there ``PER.match`` tries both of its
    openings, as ``finditer`` does.  Everywhere after, only the opening mark can match, which is
    ``_PER_AFTER_MARK``; it resumes where the first match ended, or at 0 (where its try repeats the failed
    ``PER.match``), just as ``finditer`` resumes after a match.
    """
    if not may_hold_per(text):
        return []
    first = PER.match(text)
    if first is None:
        return list(_PER_AFTER_MARK.finditer(text))
    return [first, *_PER_AFTER_MARK.finditer(text, first.end())]


def may_hold_per(text: str) -> bool:
    """A cheap test before the "per X" pattern, which would otherwise scan most passages ("other ", "after ")."""
    return "er " in text and ("per" in text or "Per" in text)
