"""Subjects: what a figure measures, from an editable taxonomy (``subjects.toml``).

A figure lands in the subject that best fits what it counts (its unit) and
the words around it (cues): "about 12,000 North Korean troops have been
deployed", "as many as 15,000 North Korean troops" and "over 11,000 North
Korean troops have deployed to Kursk" all count troops near a deployment cue,
so they share ``troops_deployed`` whoever says them.  The rules are in the
data file's header; nothing here knows a subject by name.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from store.analysis.figure_words import GENERIC_UNITS
from store.analysis.foreign_figures import has_foreign_letters
from store.analysis.foreign_subjects import ForeignTerms, foreign_terms
from store.analysis.terms import (
    TermMatcher,
    identifier,
    read_toml,
    string_list,
    taxonomy_key,
)
from store.errors import StoreError
from store.models import Claim, Figure, SubjectSummary

DEFAULT_SUBJECTS_PATH = Path(__file__).with_name("subjects.toml")

_EXCLUDED = "!"  # marks an exclude cue's subject id among the cue hits
_UNCUED = "?"  # marks an exclude cue that rules its subject out only where none of the subject's cues stands
_UNIT_WEIGHT, _GENERIC_WEIGHT, _CLAUSE_CUE, _SENTENCE_CUE = 2.0, 1.0, 3.0, 1.0
_MODEL_PLURAL = re.compile(r"[A-Z][A-Za-z]*-?\d+[A-Za-z]*s")
_NEXT_WORD = re.compile(r"[\"”’]?\s+([A-Z][\w-]*s)\b")
# Where one clause of a sentence ends and another begins, for "the cues near this figure".
# A subordinate clause ("… killed or wounded since they were sent to fight") has cues of its own.
# A comma between digits groups thousands ("a third of the 11,000 troops were killed"): no clause ends there.
_CLAUSE_BREAK = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()\[\]—、，；（）]| [–-] |\b(?:while|whereas|though|although|but|since|because|when|until|unless)\b"
)
# ``_CLAUSE_BREAK`` as two scans that ``re`` runs faster, each starting with a character class it can skip
# to: the marks (a space counts only before a dash and a space) and the words (behind one space, "\W" for
# "\b").  Marks and words never overlap, so the sorted union of the starts is what the one pattern finds.
_CLAUSE_MARK = re.compile(r"[,;:()\[\]— 、，；（）](?:(?<! )(?<!\d,(?=\d))|(?<= )[–-] )")  # (and CJK commas)
_CLAUSE_WORD = re.compile(r"\W(?:while|whereas|though|although|but|since|because|when|until|unless)\b")
# Thai puts no stops or commas between clauses, only a space between two words ("…รัสเซีย และทหาร…").
_THAI_CLAUSE_BREAK = re.compile(r"(?<=[\u0e00-\u0e7f]) (?=[\u0e00-\u0e7f])")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# "die" before a noun, or an adjective then a noun ("die Zahl", "die nordkoreanischen Soldaten"): an article.
_GERMAN_ARTICLE_NEXT = re.compile(r"\s+(?:[a-zäöüß]+(?:e|en|er)\s+)?[A-ZÄÖÜ][a-zäöüß]")


def clause_breaks(sentence: str) -> list[int]:
    """``[m.start() for m in _CLAUSE_BREAK.finditer(sentence)]``, faster."""
    marks = [m.start() for m in _CLAUSE_MARK.finditer(sentence)]
    words = [m.start() for m in _CLAUSE_WORD.finditer(" " + sentence)]
    if not sentence.isascii() and _THAI.search(sentence):
        words += [m.start() for m in _THAI_CLAUSE_BREAK.finditer(sentence)]
    return sorted(marks + words) if words else marks


@dataclass(frozen=True, slots=True)
class Subject:
    id: str
    label: str
    unit: str | None
    units: frozenset[str]
    require_cue: bool = False
    generic_with_cue: bool = False
    # A cue must stand in the figure's own clause: "90% of the unit was killed" is a casualty rate, "7 out of 100
    # on freedom, and its soldiers are killed" no rate of anything.
    cue_in_clause: bool = False
    # Where the subject's figures are set ("Russia", "Kursk"): a figure set elsewhere or earlier is no estimate
    # of it (see ``figure_subjects.set_apart``).  Empty: the subject is tied to no place or time.
    places: tuple[str, ...] = ()


@dataclass(slots=True)
class SubjectTaxonomy:
    subjects: list[Subject]
    source: Path
    cues: TermMatcher[str]
    excluders: TermMatcher[str]
    order: dict[str, int] = field(default_factory=dict)
    # Owners named just before a figure ("the US, which has 30,000 troops") whose forces a subject does not count.
    owners: TermMatcher[str] | None = None
    # Model names, folded, to the unit their plural counts ("a dozen KN-23s" counts missiles); see ``counted_unit``.
    models: dict[str, str] = field(default_factory=dict)
    # Korean, Japanese and Russian cues (``subjects_foreign.toml``), asked only of sentences in those scripts.
    foreign_cues: ForeignTerms | None = None
    # ``[setting]``: the year the followed war began, "to|in <country>" for any listed country, and each placed
    # subject's own places as one pattern (``home``) and those of them that are no country ("Kursk"), which
    # set a clause in the war wherever they stand (``regions``).
    since: int | None = None
    sent_or_set_in: re.Pattern[str] | None = None
    home: dict[str, re.Pattern[str]] = field(default_factory=dict)
    regions: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # The subjects listing each unit, and those a generic figure may land in, in taxonomy order: most
    # figures count something no subject lists, and are then settled without looking at their words.
    _by_unit: dict[str, tuple[Subject, ...]] = field(init=False, repr=False)
    _generic: tuple[Subject, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_unit: dict[str, list[Subject]] = {}
        for subject in self.subjects:
            for unit in subject.units:
                by_unit.setdefault(unit, []).append(subject)
        self._by_unit = {unit: tuple(listed) for unit, listed in by_unit.items()}
        self._generic = tuple(s for s in self.subjects if s.generic_with_cue)

    def get(self, subject_id: str) -> Subject | None:
        for subject in self.subjects:
            if subject.id == subject_id:
                return subject
        return None

    def counted_unit(self, unit: str) -> str:
        """The unit a model's plural counts ("KN-23s", "Hwasong-11s", "Iskanders" → "missiles"), else ``unit``.

        A model is listed once ("Hwasong"); its variants ("Hwasong-11") count the same.  The figure keeps the
        model as its unit, which says more than "missiles" does.
        """
        if not self.models or not unit.endswith("s") or not unit[:1].isupper():
            return unit
        name = unit[:-1].lower()
        while name:
            if name in self.models:
                return self.models[name]
            cut = max(name.rfind("-"), name.rfind(" "))
            name = name[:cut] if cut > 0 else ""
        return unit

    def model_after(self, sentence: str, end: int) -> str | None:
        """The model plural right after a figure ("about 20 Iskanders"), which the figure parser reads as a name."""
        found = _NEXT_WORD.match(sentence, end) if self.models else None
        if found is None or self.counted_unit(found.group(1)) == found.group(1):
            return None
        return found.group(1)

    def candidates(self, unit: str) -> tuple[Subject, ...]:
        """The subjects a figure counting ``unit`` may land in, in taxonomy order (empty: it lands in none)."""
        unit = self.counted_unit(unit)
        listed = self._by_unit.get(unit, ())
        if not self._generic or not (unit in GENERIC_UNITS or _MODEL_PLURAL.fullmatch(unit)):
            return listed
        if not listed:
            return self._generic
        return tuple(s for s in self.subjects if s in listed or s.generic_with_cue)


_cache: dict[tuple[str, float], SubjectTaxonomy] = {}
_known: dict[str, Subject] = {}


def load_subject_taxonomy(path: Path | None = None) -> SubjectTaxonomy:
    """The subject taxonomy at ``path`` (default: the bundled one); StoreError if unusable."""
    source = Path(path).expanduser() if path is not None else DEFAULT_SUBJECTS_PATH
    key = taxonomy_key(source)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    data = read_toml(source, "subject taxonomy")
    entries = data.get("subject")
    if not isinstance(entries, list) or not entries:
        raise StoreError(f"{source}: subject taxonomy has no [[subject]] entries")
    subjects: list[Subject] = []
    cue_entries: list[tuple[str, str]] = []
    excluder_entries: list[tuple[str, str]] = []
    owner_entries: list[tuple[str, str]] = []
    for index, entry in enumerate(entries):
        subject_id = identifier(entry, source, index, "subject")
        if any(s.id == subject_id for s in subjects):
            raise StoreError(f"{source}: subject id {subject_id!r} appears twice")
        where = f"subject {subject_id!r}"
        label = entry.get("label", subject_id)
        unit = entry.get("unit")
        if not isinstance(label, str) or (unit is not None and not isinstance(unit, str)):
            raise StoreError(f"{source}: {where}: 'label' and 'unit' must be strings")
        for flag in ("require_cue", "generic_with_cue", "cue_in_clause"):
            if not isinstance(entry.get(flag, False), bool):
                raise StoreError(f"{source}: {where}: {flag!r} must be true or false")
        units = string_list(entry, "units", source, where, required=True)
        cue_entries += [(cue, subject_id) for cue in string_list(entry, "cues", source, where)]
        # Found in the same scan as the cues, under the subject's id marked with "!" (see ``classify_figure``).
        cue_entries += [(cue, _EXCLUDED + subject_id) for cue in string_list(entry, "exclude_cues", source, where)]
        cue_entries += [(cue, _UNCUED + subject_id) for cue in string_list(entry, "exclude_uncued", source, where)]
        excluder_entries += [(word, subject_id) for word in string_list(entry, "exclude_modifiers", source, where)]
        owner_entries += [(word, subject_id) for word in string_list(entry, "exclude_owners", source, where)]
        subjects.append(
            Subject(
                id=subject_id,
                label=label.strip() or subject_id,
                unit=unit,
                units=frozenset(units),
                require_cue=entry.get("require_cue", False),
                generic_with_cue=entry.get("generic_with_cue", False),
                cue_in_clause=entry.get("cue_in_clause", False),
                places=tuple(string_list(entry, "places", source, where)),
            )
        )
    since, sent_or_set_in = _setting(data, source)
    countries = set(string_list(data.get("setting", {}), "countries", source, "setting"))
    taxonomy = SubjectTaxonomy(
        subjects=subjects,
        source=source,
        cues=TermMatcher(cue_entries),
        excluders=TermMatcher(excluder_entries),
        order={s.id: i for i, s in enumerate(subjects)},
        owners=TermMatcher(owner_entries) if owner_entries else None,
        models=_models(data, source),
        foreign_cues=(terms[0] if (terms := foreign_terms(source)) is not None else None),
        since=since,
        sent_or_set_in=sent_or_set_in,
        home={s.id: _names_pattern(s.places) for s in subjects if s.places},
        regions={s.id: _names_pattern(p for p in s.places if p not in countries) for s in subjects if s.places},
    )
    _cache[key] = taxonomy
    _known.update({s.id: s for s in subjects})
    return taxonomy


def _names_pattern(names: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


def _setting(data: dict, source: Path) -> tuple[int | None, re.Pattern[str] | None]:
    """``[setting]``: the year the followed war began, and "to Angola", "in Syria", "aid Syria's" for its countries."""
    table = data.get("setting", {})
    if not isinstance(table, dict):
        raise StoreError(f"{source}: 'setting' must be a table")
    since = table.get("since")
    if since is not None and not isinstance(since, int):
        raise StoreError(f"{source}: setting: 'since' must be a year")
    countries = string_list(table, "countries", source, "setting")
    if not countries:
        return since, None
    names = "|".join(re.escape(n) for n in sorted(countries, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?:to|in|into|inside|aid|aiding|help|helping|support|supporting)\s+(?:the\s+)?({names})\b"
    )
    return since, pattern


def _models(data: dict, source: Path) -> dict[str, str]:
    """``[models]``: each unit and the model names whose plurals count it ("missiles" = ["KN-23", …])."""
    table = data.get("models", {})
    if not isinstance(table, dict):
        raise StoreError(f"{source}: 'models' must be a table of unit = [model names]")
    return {name.lower(): unit for unit in table for name in string_list(table, unit, source, "models")}


@dataclass(slots=True)
class SentenceCues:
    """The subject cues of one sentence, by position, found once and asked per figure."""

    hits: list[tuple[int, int, str, tuple[str, ...]]]
    breaks: list[int]

    @classmethod
    def of(cls, sentence: str, taxonomy: SubjectTaxonomy) -> SentenceCues:
        hits = taxonomy.cues.find_all(sentence)
        if "die " in sentence:  # German copy's article is no death: "schätzt die Zahl der Soldaten auf …"
            hits = [hit for hit in hits if hit[2] != "die" or not _GERMAN_ARTICLE_NEXT.match(sentence, hit[1])]
        if taxonomy.foreign_cues is not None and has_foreign_letters(sentence):
            hits = sorted(hits + taxonomy.foreign_cues.find_all(sentence))  # "파병했다", "потери"
        return cls(hits, clause_breaks(sentence))

    def clause_around(self, start: int, end: int, length: int) -> tuple[int, int]:
        left = max((b for b in self.breaks if b < start), default=0)
        right = min((b for b in self.breaks if b >= end), default=length)
        return left, right


def classify_figure(
    figure: Figure,
    modifiers: str,
    cues: SentenceCues,
    sentence_length: int,
    taxonomy: SubjectTaxonomy,
    ruled_out: frozenset[str] | None = None,
    not_its_own: Sequence[tuple[int, int]] = (),
) -> tuple[str | None, float]:
    """The best subject for one figure and its score; (None, 0) if none fits.

    ``modifiers`` is the text between the number and the noun it counts (or
    the words before a noun borrowed from elsewhere in the sentence);
    ``ruled_out`` names subjects the caller knows the figure cannot be in;
    cues inside ``not_its_own`` spans describe other figures and do not count.
    """
    unit = taxonomy.counted_unit(figure.unit)
    candidates = taxonomy.candidates(unit)
    if not candidates:
        return (None, 0.0)
    clause = cues.clause_around(figure.start, figure.end, sentence_length)
    excluded = (
        {sid for _s, _e, _w, ids in taxonomy.excluders.find_all(modifiers) for sid in ids} if modifiers else set()
    )
    if ruled_out:
        excluded |= ruled_out
    clause_cues: Counter[str] = Counter()
    sentence_cues: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    uncued: set[str] = set()  # ruled out unless a cue of their own stands in the clause
    for start, _end, surface, subject_ids in cues.hits:
        if not_its_own and any(a <= start < b for a, b in not_its_own):
            continue
        inside = clause[0] <= start < clause[1]
        for subject_id in subject_ids:
            if subject_id[0] in (_EXCLUDED, _UNCUED):
                if inside:  # "half of the shells were duds": a dud rate, not a share of supply
                    (excluded if subject_id[0] == _EXCLUDED else uncued).add(subject_id[1:])
                continue
            key = (subject_id, surface.lower())
            if key in seen:
                continue
            seen.add(key)
            (clause_cues if inside else sentence_cues)[subject_id] += 1
    excluded |= {subject_id for subject_id in uncued if not clause_cues[subject_id]}
    best: tuple[str | None, float] = (None, 0.0)
    for subject in candidates:
        if subject.id in excluded:
            continue
        base = _UNIT_WEIGHT if unit in subject.units else _GENERIC_WEIGHT
        near, far = clause_cues[subject.id], sentence_cues[subject.id]
        if (subject.require_cue or base == _GENERIC_WEIGHT) and not (near or far):
            continue
        if subject.cue_in_clause and not near:
            continue
        score = base + _CLAUSE_CUE * near + _SENTENCE_CUE * far
        if score > best[1]:
            best = (subject.id, score)
    return best


def subject_label(subject_id: str, taxonomy: SubjectTaxonomy | None = None) -> str:
    if taxonomy is not None and (subject := taxonomy.get(subject_id)) is not None:
        return subject.label
    if subject_id not in _known:
        with contextlib.suppress(StoreError):
            load_subject_taxonomy()
    known = _known.get(subject_id)
    return known.label if known else subject_id.replace("_", " ").capitalize()


def summarise_subjects(claims: Iterable[Claim], taxonomy: SubjectTaxonomy | None = None) -> list[SubjectSummary]:
    """Each subject with claims, most claims first; its unit is the taxonomy's (or the commonest seen)."""
    counts: Counter[str] = Counter()
    units: dict[str, Counter[str]] = {}
    for claim in claims:
        if claim.subject is None:
            continue
        counts[claim.subject] += 1
        if claim.figures:
            units.setdefault(claim.subject, Counter())[claim.figures[0].unit] += 1
    summaries = []
    for subject_id, count in counts.items():
        known = (taxonomy.get(subject_id) if taxonomy else None) or _known.get(subject_id)
        if known is None and subject_id not in _known:
            subject_label(subject_id)  # loads the default taxonomy once
            known = _known.get(subject_id)
        unit = (
            known.unit
            if known and known.unit
            else (units[subject_id].most_common(1)[0][0] if subject_id in units else None)
        )
        summaries.append(
            SubjectSummary(id=subject_id, label=subject_label(subject_id, taxonomy), claim_count=count, unit=unit)
        )
    summaries.sort(key=lambda s: (-s.claim_count, s.label))
    return summaries
