"""The words an analyst may type for a subject: its label's, and the words the analysers find it by.

"Share of Russia's ammunition from North Korea" is what an analyst calls "the shells share": typed
"shels" in a subject finder, only the labels' words were matched and the subject was never offered.
The taxonomy's cues ("shell", "artillery") and units are those words, in every language it reads.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

#: Read, never written, here: the analysers own it (store.analysis.subjects reads the same file).
SUBJECTS_PATH = Path(__file__).resolve().parent.parent / "analysis" / "subjects.toml"


@lru_cache(maxsize=4)
def _subjects(path: Path) -> tuple[dict, ...]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return ()  # the finder still matches labels: a missing taxonomy costs synonyms, not the finder
    return tuple(subject for subject in data.get("subject", []) if isinstance(subject, dict))


def subject_units(path: Path = SUBJECTS_PATH) -> dict[str, str]:
    """Subject id -> the unit it counts in ("troops"), for lists under the subject's name that need not repeat it."""
    return {s["id"]: s["unit"] for s in _subjects(path) if isinstance(s.get("id"), str) and isinstance(s.get("unit"), str)}


@lru_cache(maxsize=4)
def subject_words(path: Path = SUBJECTS_PATH) -> dict[str, str]:
    """Subject id -> its cue and unit words, one space-separated string (for a fuzzy finder's haystack)."""
    words: dict[str, str] = {}
    for subject in _subjects(path):
        if not isinstance(subject.get("id"), str):
            continue
        terms = [*subject.get("units", []), *subject.get("cues", [])]
        # "=die" is a cue matched only as written (see subjects.toml); the finder wants the word.
        kept = dict.fromkeys(term.lstrip("=").lower() for term in terms if isinstance(term, str) and term.strip("="))
        words[subject["id"]] = " ".join(kept)
    return words


def subject_haystack(subject_id: str, label: str) -> str:
    """What a subject finder matches typed words against: the label and id first, then the subject's words."""
    return " ".join(filter(None, (label, subject_id.replace("_", " "), subject_words().get(subject_id, ""))))
