"""What the synthetic corpus borrows from the seed articles, found by general rules.

- prose sentences (the templates every synthetic sentence is realised from);
- short capitalised lines (headings and headline material);
- capitalised name runs seen at most twice (people, small places, outlets):
  the slots a sentence's own cast fills; frequent runs (countries, leaders,
  institutions) stay, as they recur in real coverage;
- first names, to build new people's names;
- substitutes: the words the seeds use between the same two neighbours
  ("North Korean ___ are": troops, soldiers, forces), or failing that, after
  the same word in one sentence and before the same word in another, from
  which a sentence's wording is varied: both neighbours must fit, so the
  grammar mostly survives;
- clause joints: the commas after which a sentence goes on with a clause of
  its own (", which ...", ", per ...", ", he said"), where the head of one
  sentence can take the tail of another.

Nothing here names a seed, an outlet or a person: the same rules run on any
set of seed files.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from store.search.terms import STOP_WORDS

PROSE_END = re.compile(r"[.!?][\"”’)]?$")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z“\"‘(])")
NAME_RUN = re.compile(r"(?<=[a-z,;:] )(?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+")
CONTENT_WORD = re.compile(r"[a-z]{4,}")
_VOCABULARY_WORD = re.compile(r"[^\W\d_]{4,}")
_EDGE = "\"“”‘’'()[],;:.!?"


@dataclass(slots=True)
class SeedMaterial:
    sentences: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    rare_names: set[str] = field(default_factory=set)
    first_names: list[str] = field(default_factory=list)
    # (previous word, next word), lower-cased and stripped -> content words seen between them (repeats kept: frequency)
    substitutes: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    followers: dict[str, list[str]] = field(default_factory=dict)  # previous word -> content words seen after it
    precursors: dict[str, set[str]] = field(default_factory=dict)  # next word -> content words seen before it
    joints: dict[str, list[int]] = field(default_factory=dict)  # sentence -> offsets of its clause joints (", ")
    tails: list[str] = field(default_factory=list)  # what follows each joint of every sentence
    tokens: int = 0  # words in the sentences
    vocabulary: int = 0  # distinct words of four letters or more in them: with ``tokens``, a point on Heaps' curve

    def alternatives(self, before: str, word: str, after: str) -> list[str]:
        """Words the seeds use where ``word`` stands, between these neighbours (may include ``word``)."""
        key = (core_of(before), core_of(after))
        found = self.substitutes.get(key)
        if found is None:
            fitting = self.precursors.get(key[1], set())
            found = [w for w in self.followers.get(key[0], ()) if w in fitting]
            self.substitutes[key] = found  # remembered: the same neighbours come back all the time
        return found


def core_of(token: str) -> str:
    """A token without the punctuation around it, lower-cased: how contexts are keyed."""
    return token.strip(_EDGE).lower()


def read_seed_material(paths: Iterable[Path]) -> SeedMaterial:
    from store.normalise.mojibake import repair_mojibake

    material = SeedMaterial()
    name_counts: Counter[str] = Counter()
    between: dict[tuple[str, str], list[str]] = defaultdict(list)
    followers: dict[str, list[str]] = defaultdict(list)
    precursors: dict[str, set[str]] = defaultdict(set)
    seen: set[str] = set()
    for path in paths:
        # The normaliser's own repair: ftfy alone leaves cp1253 mojibake half-mended ("β€\""),
        # and the generator must start from text as clean as ingest would make it.
        text, _repairs = repair_mojibake(path.read_bytes().decode("utf-8", errors="replace"))
        for line in (raw.strip() for raw in text.splitlines()):
            words = line.split()
            if 3 <= len(words) <= 14 and not PROSE_END.search(line) and line[0].isupper():
                material.headings.append(line)
            if len(words) < 12 or not PROSE_END.search(line):
                continue
            for sentence in _SENTENCE_SPLIT.split(line):
                tokens = sentence.split()
                if not 6 <= len(tokens) <= 60 or sentence in seen:
                    continue  # a sentence met twice is syndicated copy or furniture: one template is enough
                seen.add(sentence)
                material.sentences.append(sentence)
                material.tokens += len(tokens)
                name_counts.update(NAME_RUN.findall(sentence))
                for before, word, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
                    if CONTENT_WORD.fullmatch(word) and core_of(word) not in STOP_WORDS:
                        between[(core_of(before), core_of(after))].append(word)
                        followers[core_of(before)].append(word)
                        precursors[core_of(after)].add(word)
                joints = clause_joints(sentence)
                if joints:
                    material.joints[sentence] = joints
                    material.tails.extend(sentence[j + 2 :] for j in joints)
    # A context with one word in it offers no alternative.
    material.substitutes = {key: words for key, words in between.items() if len(set(words)) > 1}
    material.vocabulary = len({w.lower() for sentence in material.sentences for w in _VOCABULARY_WORD.findall(sentence)})
    material.followers = dict(followers)
    material.precursors = dict(precursors)
    # A short line that recurs across articles is page furniture ("Read the original article on ..."), not a heading.
    recurring = Counter(material.headings)
    material.headings = sorted(h for h, count in recurring.items() if count < 3)
    # Runs seen once or twice are people and small places; frequent ones are countries and institutions.
    material.rare_names = {n for n, count in name_counts.items() if count <= 2 and n.split()[0].lower() not in STOP_WORDS}
    material.first_names = sorted({n.split()[0] for n in material.rare_names if " " in n and n.split()[0].isalpha()})
    if not material.sentences:
        raise ValueError("no prose found in the seed files")
    return material


def clause_joints(sentence: str) -> list[int]:
    """Offsets of the ", " after which the sentence goes on with a lower-case clause of four words or more.

    The head before it must hold four words and balanced quotes and
    brackets, so that any tail can follow any head.
    """
    joints = []
    start = sentence.find(", ")
    while start >= 0:
        head, tail = sentence[:start], sentence[start + 2 :]
        if (
            len(head.split()) >= 4
            and len(tail.split()) >= 4
            and tail[:1].islower()
            and head.count("(") == head.count(")")
            and head.count("“") == head.count("”")
            and head.count('"') % 2 == 0
            and not tail.startswith(("and ", "or ", "but "))
        ):
            joints.append(start)
        start = sentence.find(", ", start + 2)
    return joints
