"""Synthetic sentences: a seed sentence realised afresh for one news event.

Its rare names become the event's people, places and cited outlets; its
numbers become the event's figures (mostly rounded, as reported figures
are) or new ones of the same shape; month and weekday names follow the
event's date; the sentence may continue, after a clause joint, with the
tail of another; content words are swapped for words the seeds use between
the same two neighbours; and an opening phrase or a closing attribution may
swap ends.  The shares are module constants; ``synthetic`` explains the choices.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field

from store.search.synthetic_seeds import CONTENT_WORD, NAME_RUN, PROSE_END, SeedMaterial
from store.search.terms import STOP_WORDS

SUBSTITUTION_SHARE = 0.35  # of content words with an alternative in the seeds
REORDER_SHARE = 0.3  # of sentences whose shape allows it
SPLICE_SHARE = 0.5  # of sentences with a clause joint: the head of one, the tail of another
ROUNDED_FIGURE_SHARE = 0.7  # of new figures of two digits or more
KEEP_NAME_SHARE = 0.2  # of rare names, left as the seed has them
EVENT_FIGURE_SHARE = 0.6  # of figures, one the event already uses (if any)
HEAPS_EXPONENT = 0.49  # vocabulary growth of English news (Manning et al., Introduction to IR, ch. 5: RCV1)
INITIAL_PEOPLE = 300  # people already in the news when the corpus starts
INITIAL_PLACES = 100

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
VOCABULARY_WORD = re.compile(r"[^\W\d_]{4,}")  # the words queries are made of
_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
]  # fmt: skip
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_CALENDAR = re.compile(r"\b(?:" + "|".join(_MONTHS + _WEEKDAYS) + r")\b")
# Generic words that end the names of news organisations: a rare name run ending so is an outlet being cited.
_MEDIA_NOUNS = frozenset(
    "Post Times News Agency Journal Herald Review Daily Wire Radio Television TV Press Service Telegraph Guardian "
    "Monitor Observer Tribune Gazette Insider Network Broadcasting".split()
)
_OPENERS = frozenset(
    "on in at after before earlier later last since during while when as according despite amid".split()
)  # words that open a movable introductory phrase ("On Monday, ...")

# Romanised syllables and name endings: generic building blocks for names that
# grow the vocabulary the way a real corpus does (new people, new places).
_KOREAN_SYLLABLES = [
    "an", "bin", "bo", "chae", "chan", "chol", "chun", "dae", "dong", "eun", "gi", "gyu", "ha", "hae", "han", "ho",
    "hun", "hwa", "hwan", "hye", "hyo", "hyon", "il", "in", "jae", "ji", "jin", "jong", "ju", "jun", "kang", "ki",
    "kwang", "kyong", "mi", "min", "myong", "nam", "ok", "pyol", "ri", "ryong", "ryu", "sang", "se", "sok", "so",
    "sol", "song", "su", "suk", "sun", "tae", "u", "un", "won", "ye", "yo", "yong", "yu", "yun",
]  # fmt: skip
_KOREAN_SURNAMES = ["kim", "ri", "pak", "choe", "jong", "kang", "han", "cho", "yun", "jang", "im", "o", "song", "hong", "ryu"]
_SLAVIC_SYLLABLES = [
    "vo", "lo", "ko", "ro", "mi", "sha", "ti", "de", "ba", "gri", "pe", "ste", "zo", "ku", "le", "mo", "na", "vi",
    "se", "do", "ra", "po", "che",
]  # fmt: skip
_SLAVIC_ENDINGS = ["v", "ev", "enko", "sky", "in", "uk", "chuk", "ova", "shin", "ych"]
_SLAVIC_GIVEN = [
    "ivan", "petro", "serhiy", "oleksandr", "dmytro", "vladimir", "nikolai", "mikhail", "yuri", "andriy", "oleg",
    "boris", "hryhoriy", "anna", "olena",
]  # fmt: skip
_WESTERN_ENDINGS = ["er", "son", "man", "ley", "ton", "ford", "wood"]
_PLACE_ENDINGS = ["sk", "ovka", "ino", "hrad", "-ri", "-dong", "pil", "yevo", "ivka", "-gun"]
_OUTLET_NOUNS = ["Times", "Post", "Herald", "Daily", "Review", "Monitor", "Observer", "Insider", "Wire", "Gazette", "Journal", "Tribune"]


@dataclass(slots=True)
class Event:
    people: list[str]
    places: list[str]
    date: tuple[int, int, int]
    core: list[str]  # seed sentence templates its articles retell
    figures: dict[tuple[int, bool], list[str]] = field(default_factory=dict)  # (digits, has decimals) -> figures
    articles: list[list[str]] = field(default_factory=list)  # paragraphs of its articles so far
    outlets: list[str] = field(default_factory=list)  # who has covered it


class NameMaker:
    """New people, places and outlets, from generic syllables and the seeds' first names."""

    def __init__(self, rng: random.Random, first_names: list[str]) -> None:
        self.rng = rng
        self.first_names = first_names or ["Alex"]

    def korean(self) -> str:
        rng = self.rng
        first, second = rng.choice(_KOREAN_SYLLABLES), rng.choice(_KOREAN_SYLLABLES)
        roll = rng.random()
        given = f"{first.capitalize()}-{second}" if roll < 0.6 else f"{first.capitalize()}{second}" if roll < 0.85 else f"{first.capitalize()} {second.capitalize()}"
        name = f"{rng.choice(_KOREAN_SURNAMES).capitalize()} {given}"
        if rng.random() < 0.15:  # McCune-Reischauer spellings carry breves
            name = name.replace("o", "ŏ", 1) if rng.random() < 0.5 else name.replace("u", "ŭ", 1)
        return name

    def person(self) -> str:
        rng = self.rng
        kind = rng.random()
        if kind < 0.4:
            return self.korean()
        surname = "".join(rng.choice(_SLAVIC_SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize()
        if kind < 0.75:
            return f"{rng.choice(_SLAVIC_GIVEN).capitalize()} {surname}{rng.choice(_SLAVIC_ENDINGS)}"
        return f"{rng.choice(self.first_names)} {surname}{rng.choice(_WESTERN_ENDINGS)}"

    def place(self) -> str:
        root = "".join(self.rng.choice(_SLAVIC_SYLLABLES + _KOREAN_SYLLABLES) for _ in range(self.rng.randint(1, 3)))
        return (root + self.rng.choice(_PLACE_ENDINGS)).capitalize()

    def outlet(self) -> str:
        rng = self.rng
        root = rng.choice(_SLAVIC_SYLLABLES + _KOREAN_SURNAMES).capitalize() + rng.choice(["n", "ia", "land"])
        return f"{rng.choice(['The ', ''])}{root} {rng.choice(_OUTLET_NOUNS)}"


def figure_like(original: str, rng: random.Random) -> str:
    """A new figure of the same shape: a year stays a year; most others are rounded, as reported figures are."""
    if _YEAR.fullmatch(original):
        return str(rng.randint(2015, 2026))
    digits = original.replace(",", "").split(".")[0]
    magnitude = max(1, len(digits) + rng.choice([-1, 0, 0, 1]))
    value = rng.randint(10 ** (magnitude - 1), 10**magnitude - 1)
    if magnitude >= 2 and rng.random() < ROUNDED_FIGURE_SHARE:
        unit = 10 ** max(0, magnitude - rng.choice([1, 2]))  # one or two significant digits: "11,000", "40", "1,500"
        value = max(unit, value // unit * unit)
    text = f"{value:,}" if "," in original or value >= 10_000 else str(value)
    if "." in original:
        text += "." + str(rng.randint(1, 9))
    return text


class NameSupply:
    """Everyone and everywhere named so far, and when to name someone new.

    Real coverage keeps meeting words it has not used before, and the number
    of distinct words grows with the length of the text as Heaps' law says:
    as (words / seed words) ** ``HEAPS_EXPONENT``, anchored at the seeds' own
    vocabulary.  Ordinary words can only come from the seeds, so once those
    are used up, the growth is carried by new names: whenever the corpus's
    vocabulary lags the curve, the next name slot names someone (or
    somewhere) new.  Vocabulary here means what the queries are made of:
    words of four letters or more, lower-cased.
    """

    def __init__(self, names: NameMaker, seed_vocabulary: int, seed_tokens: int, cited_outlets: list[str]) -> None:
        self.names = names
        self.people = [names.person() for _ in range(INITIAL_PEOPLE)]
        self.places = [names.place() for _ in range(INITIAL_PLACES)]
        self.outlets = cited_outlets
        self.seed_vocabulary = max(1, seed_vocabulary)
        self.seed_tokens = max(1, seed_tokens)
        self.tokens = 0
        self.vocabulary: set[str] = set()
        self.created = 0

    def observe(self, sentence: str) -> None:
        """Count a written sentence's words and add its vocabulary."""
        self.tokens += sentence.count(" ") + 1
        self.vocabulary.update(word.lower() for word in VOCABULARY_WORD.findall(sentence))

    def target(self) -> float:
        return self.seed_vocabulary * (self.tokens / self.seed_tokens) ** HEAPS_EXPONENT

    def due(self) -> bool:
        return len(self.vocabulary) < self.target()

    def new_person(self) -> str:
        self.created += 1
        self.people.append(self.names.person())
        return self.people[-1]

    def new_place(self) -> str:
        self.created += 1
        self.places.append(self.names.place())
        return self.places[-1]

    def popular(self, pool: list[str]) -> str:
        """Zipf-like: the k-th oldest name is picked with weight ~1/k (log-uniform rank)."""
        rank = int(math.exp(self.names.rng.random() * math.log(len(pool) + 1))) - 1
        return pool[min(rank, len(pool) - 1)]


class SentenceRealiser:
    """Turns a seed sentence into a new one for an event (see the module docstring)."""

    def __init__(self, material: SeedMaterial, rng: random.Random, supply: NameSupply) -> None:
        self.material = material
        self.rng = rng
        self.supply = supply
        self._shapes: dict[str, tuple[list[str], list[tuple[int, list[str]]]]] = {}  # sentence -> (tokens, variable spots)

    def realise(self, template: str, event: Event) -> str:
        joints = self.material.joints.get(template)
        if joints and self.rng.random() < SPLICE_SHARE:
            # The head of this sentence goes on with the tail of another: the same facts in new combinations.
            template = template[: self.rng.choice(joints)] + ", " + self.rng.choice(self.material.tails)
        sentence = self._vary_words(template)
        sentence = NAME_RUN.sub(lambda m: self._name(m.group(), event), sentence)
        sentence = _CALENDAR.sub(lambda m: self._calendar(m.group(), event), sentence)
        years = [int(y) for y in _YEAR.findall(template)]
        # Years move with the event's date and keep their order and gaps ("from 2014 to 2022").
        shift = event.date[0] - max(years) if years else 0
        sentence = _NUMBER.sub(lambda m: self._figure(m.group(), event, shift), sentence)
        if self.rng.random() < REORDER_SHARE:
            sentence = reorder_clauses(sentence)
        self.supply.observe(sentence)
        return sentence

    def _vary_words(self, sentence: str) -> str:
        shape = self._shapes.get(sentence)
        if shape is None:
            # Where this sentence can vary, worked out once: a spliced or seed sentence recurs many times.
            tokens = sentence.split()
            spots = []
            for i in range(1, len(tokens) - 1):
                if CONTENT_WORD.fullmatch(tokens[i]):
                    options = self.material.alternatives(tokens[i - 1], tokens[i], tokens[i + 1])
                    if options:
                        spots.append((i, options))
            shape = self._shapes[sentence] = (tokens, spots)
        tokens, spots = shape
        chosen = [(i, options) for i, options in spots if self.rng.random() < SUBSTITUTION_SHARE]
        if not chosen:
            return sentence
        tokens = list(tokens)
        for i, options in chosen:
            tokens[i] = self.rng.choice(options)
        return " ".join(tokens)

    def _calendar(self, word: str, event: Event) -> str:
        if word in _WEEKDAYS:
            return self.rng.choice(_WEEKDAYS)
        return _MONTHS[event.date[1] - 1] if self.rng.random() < 0.8 else word

    def _name(self, run: str, event: Event) -> str:
        rng = self.rng
        if run not in self.material.rare_names or rng.random() < KEEP_NAME_SHARE:
            return run
        supply = self.supply
        if run.split()[-1] in _MEDIA_NOUNS:
            return rng.choice(supply.outlets)
        # A one-word name stays one word (a place, or a person's surname), so grammar survives.
        wants_place = " " not in run and rng.random() < 0.5
        if supply.due():  # someone new: they join the event, and its other articles may name them too
            if wants_place:
                event.places.append(supply.new_place())
                return event.places[-1]
            event.people.append(supply.new_person())
            chosen = event.people[-1]
        elif wants_place:
            return rng.choice(event.places) if rng.random() < 0.8 else supply.popular(supply.places)
        else:
            chosen = rng.choice(event.people) if rng.random() < 0.8 else supply.popular(supply.people)
        return chosen if " " in run else chosen.split()[-1].capitalize()

    def _figure(self, original: str, event: Event, year_shift: int) -> str:
        if _YEAR.fullmatch(original):
            return str(int(original) + year_shift)
        digits = original.replace(",", "").split(".")[0]
        key = (len(digits), "." in original)
        known = event.figures.setdefault(key, [])
        if known and self.rng.random() < EVENT_FIGURE_SHARE:  # an event's figures recur across its articles
            return self.rng.choice(known)
        figure = figure_like(original, self.rng)
        known.append(figure)
        return figure


def reorder_clauses(sentence: str) -> str:
    """Swap an opening phrase to the end ("On Monday, X." -> "X on Monday.") or an attribution to the front."""
    tokens = sentence.split()
    if len(tokens) < 6 or not PROSE_END.search(sentence) or sentence[-1] != ".":
        return sentence
    comma = next((i for i, t in enumerate(tokens[:6]) if t.endswith(",")), None)
    if comma is not None and comma < len(tokens) - 4 and tokens[0].lower() in _OPENERS:
        opening = " ".join(tokens[: comma + 1]).rstrip(",")
        rest = tokens[comma + 1 :]
        first = rest[0]
        if first.lower() in STOP_WORDS:
            rest[0] = first.lower()
        body = " ".join(rest).rstrip(".")
        return f"{body[0].upper()}{body[1:]} {opening[0].lower()}{opening[1:]}."
    # "X, an official said." -> "An official said X." (an opening stop word is lower-cased; other words are
    # most often names in news prose, and stay as they are)
    match = re.fullmatch(r"(.+), ((?:[a-z]+ ){0,3}[a-z]+|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) said\.", sentence)
    if match and not match.group(1).startswith(("“", '"')):
        body, who = match.groups()
        if body.split()[0].lower() in STOP_WORDS:
            body = body[0].lower() + body[1:]
        return f"{who[0].upper()}{who[1:]} said {body}."
    return sentence
