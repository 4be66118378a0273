"""Synthetic articles: a stream of news events, each retold by a few outlets.

See ``synthetic`` for the model and why its shares are what they are; the
shares themselves are the constants below.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from store.search.synthetic_seeds import SeedMaterial
from store.search.synthetic_sentences import Event, NameMaker, NameSupply, SentenceRealiser

NEW_EVENT_SHARE = 0.35  # an event is told by 1 / 0.35 ≈ 2.9 articles on average
EVENT_PEOPLE = (2, 3)  # people in the news an event starts with (Zipf-like popularity); new ones join as named
EVENT_PLACES = (1, 2)
CORE_SENTENCES = (6, 14)  # the facts an event's articles retell
CORE_SENTENCE_SHARE = 0.35  # of an article's sentences, those retelling its event's core facts
REPRINT_SHARE = 0.10  # of articles on a covered event: another outlet's article on it, reprinted verbatim
WIRE_PARAGRAPH_SHARE = 0.10  # of other articles: one to three paragraphs copied verbatim from an earlier one
QUOTE_SHARE = 0.10
UNIQUE_TRIES = 8  # realisations tried before a sentence may repeat an earlier one
HEADING_SHARE = 0.06
OPEN_EVENTS = 40  # events recent enough to be covered again
PUBLISHING_OUTLETS = 48
CITED_OUTLETS = 60  # further outlets that articles cite but the corpus does not hold
JOURNALISTS = 400
_START = date(2023, 1, 1)


class ArticleFactory:
    """Makes article records (title, outlet, date, author, paragraphs), one after another."""

    def __init__(self, material: SeedMaterial, rng: random.Random) -> None:
        self.material = material
        self.rng = rng
        names = NameMaker(rng, material.first_names)
        self.journalists = [names.person() for _ in range(JOURNALISTS)]
        self.outlets = sorted({names.outlet() for _ in range(PUBLISHING_OUTLETS)})
        self.outlet_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(self.outlets))]
        cited = self.outlets + [names.outlet() for _ in range(CITED_OUTLETS)]
        self.supply = NameSupply(names, material.vocabulary, material.tokens, cited)
        self.realiser = SentenceRealiser(material, rng, self.supply)
        self.events: list[Event] = []
        self.day = 0.0
        self.paragraphs_written = 0
        self.paragraphs_copied = 0  # verbatim from an earlier article: reprints and wire paragraphs
        self._used: set[str] = set()  # templates the article being written has used
        self._written: set[int] = set()  # hashes of every sentence written: outside syndication, none repeats

    # --- events --------------------------------------------------------------------

    def _new_event(self) -> Event:
        rng = self.rng
        self.day += rng.expovariate(2.0)  # two new events a day on average
        when = _START + timedelta(days=int(self.day))
        supply = self.supply
        people = [supply.popular(supply.people) for _ in range(rng.randint(*EVENT_PEOPLE))]
        places = [supply.popular(supply.places) for _ in range(rng.randint(*EVENT_PLACES))]
        core = rng.sample(self.material.sentences, min(len(self.material.sentences), rng.randint(*CORE_SENTENCES)))
        event = Event(people=people, places=places, date=(when.year, when.month, when.day), core=core)
        self.events.append(event)
        if len(self.events) > OPEN_EVENTS:
            self.events.pop(0)
        return event

    def _event(self) -> Event:
        if not self.events or self.rng.random() < NEW_EVENT_SHARE:
            return self._new_event()
        back = min(len(self.events) - 1, int(self.rng.expovariate(1 / 6)))  # recent events are covered more
        return self.events[-1 - back]

    # --- text ------------------------------------------------------------------------

    def sentence(self, event: Event) -> str:
        """A new sentence for the event: never one written before, unless it is short ("He said so.")."""
        rng = self.rng
        for attempt in range(UNIQUE_TRIES):
            pool = event.core if rng.random() < CORE_SENTENCE_SHARE else self.material.sentences
            template = rng.choice(pool)
            if template in self._used and attempt < UNIQUE_TRIES - 1:  # an article states a fact once
                continue
            text = self.realiser.realise(template, event)
            if rng.random() < QUOTE_SHARE and text.endswith(".") and not any(q in text for q in "\"“”"):
                text = f"“{text[:-1]},” {rng.choice(event.people)} said."
            if text.count(" ") < 7 or hash(text) not in self._written:
                break
        self._used.add(template)
        self._written.add(hash(text))
        return text

    def _headline(self, event: Event) -> str:
        rng = self.rng
        if rng.random() < 0.5 and self.material.headings:
            return self.realiser.realise(rng.choice(self.material.headings), event).rstrip(".")
        # The opening clause of a sentence, as many headlines are.
        words = self.realiser.realise(rng.choice(event.core), event).split()
        return " ".join(words[: rng.randint(6, 12)]).rstrip(",;:.")

    def _record(self, event: Event, title: str, paragraphs: list[str], outlet: str | None = None) -> dict[str, object]:
        rng = self.rng
        chosen = outlet or rng.choices(self.outlets, weights=self.outlet_weights)[0]
        record = {
            "title": title,
            "outlet": chosen,
            "author": rng.choice(self.journalists),
            "date": event.date,
            "paragraphs": paragraphs,
        }
        event.articles.append(record)
        self.paragraphs_written += len(paragraphs)
        return record

    def article(self) -> dict[str, object]:
        rng = self.rng
        event = self._event()
        if event.articles and rng.random() < REPRINT_SHARE:
            return self._reprint(event)
        count = max(3, min(120, int(rng.lognormvariate(3.25, 0.55))))  # median ~26, mean ~30 passages
        self._used = set()
        paragraphs: list[str] = []
        while len(paragraphs) < count:
            if rng.random() < HEADING_SHARE and self.material.headings:
                paragraphs.append(self.realiser.realise(rng.choice(self.material.headings), event).rstrip("."))
            else:
                paragraphs.append(" ".join(self.sentence(event) for _ in range(rng.choice([1, 1, 2, 2, 2, 3, 4]))))
        if event.articles and rng.random() < WIRE_PARAGRAPH_SHARE:
            source = rng.choice(event.articles)["paragraphs"]
            assert isinstance(source, list)
            for paragraph in rng.sample(source, min(len(source), rng.randint(1, 3))):
                paragraphs.insert(rng.randrange(len(paragraphs) + 1), paragraph)
                self.paragraphs_copied += 1
        return self._record(event, self._headline(event), paragraphs)

    def _reprint(self, event: Event) -> dict[str, object]:
        """Agency copy run by another outlet: the same paragraphs, maybe cut short, maybe under its own headline."""
        rng = self.rng
        source = rng.choice(event.articles)
        paragraphs = list(source["paragraphs"])  # type: ignore[call-overload]
        if rng.random() < 0.5:
            paragraphs = paragraphs[: rng.randint(max(1, len(paragraphs) // 2), len(paragraphs))]
        title = str(source["title"]) if rng.random() < 0.5 else self._headline(event)
        others = [o for o in self.outlets if o != source["outlet"]]
        self.paragraphs_copied += len(paragraphs)
        return self._record(event, title, paragraphs, outlet=rng.choice(others))
