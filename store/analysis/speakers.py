"""Who has spoken so far in an article: the antecedents of "he said", bare surnames and acronyms.

News copy names a speaker once in full ("Evans Revere, a senior advisor with Albright Stonebridge Group, said …")
and then writes "Revere said" or "he added". ``Speakers`` remembers the article's speakers as the extractor reads
it, so those resolve to the full name; a pronoun resolves only to a speaker named within the last few passages, and
"the JCS" to the name the article spelled out as "the Joint Chiefs of Staff (JCS)". A "he said" with nobody named
before, or an opening role ("Ukraine's spy chief"), is the person the headline quotes ("Budanov: …", see
``title_owners``); "the analysts", "the think tank" or "the unit" is the body named just before (see
``described_speakers`` and ``body_mentions``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from store.analysis.acronym_initials import spelled_out
from store.analysis.attribution import Anchor
from store.analysis.body_mentions import body_named_before
from store.analysis.claimants import (
    aliased,
    clean_claimant,
    could_be_surname,
    fold,
    looks_like_person,
)
from store.analysis.coreference import PERSON_NOUNS, SUBJECT_NAME, head_nouns
from store.analysis.described_speakers import described_speaker
from store.analysis.country_agencies import (
    is_country_agency,
    named_country_agency,
    resolve_country_agency,
)
from store.analysis.full_names import _occurrences, full_name_in_text, titled_surname  # noqa: F401  (a test imports one)
from store.analysis.interviews import (
    ANSWER_LABELS, HEARING_TITLES, answering_speaker, interviewee, transcript_speaker,
)
from store.analysis.outlet_names import described_as_outlet
from store.analysis.meeting_records import floor_given_to, is_meeting_label
from store.analysis.relays import names_own_occasion
from store.analysis.sentences import split_sentences
from store.analysis.title_owners import headline_speaker_words, is_opening_role
from store.models import Article

if TYPE_CHECKING:
    from store.analysis.list_leads import LeadCount

_ACRONYM_DEFINITION = re.compile(
    r"((?:[A-Z][\w'’-]*\s+)(?:(?:of|for|the|and|on)\s+|[A-Z][\w'’-]*\s+){1,7})\(([A-Z]{2,6})\)"
)
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
_COUNTRY_ROLE_BEFORE = re.compile(
    r"((?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*['’]s\s+(?:[a-z-]+\s+){0,3}(?:agency|service|directorate|ministry|office))\s+$"
)
_PLURAL_SOURCE = re.compile(r"\s(?:and|&)\s|\b[a-z]+s$")
# Capitalised at a sentence's start, never a surname standing alone.
_NOT_SURNAMES = frozenset(
    """the a an this that these those it its he she they we i his her their our there here but and yet so if
    when while after before as at in on by for from with since during however meanwhile also still some many
    most one two both each all such no not other another what why how who where last earlier later""".split()
)
_PRONOUN_REACH = 3  # passages: "he said" further from the last named speaker is left unresolved
_HEAD_REACH = 8  # passages: "the post" matching "a viral post on X" by its noun may look further back
_BODY_MENTION_REACH = 2  # passages back in which a body named without a verb can be "the think tank"
_SUBJECT_REACH = 1  # passages back in which a person made a sentence's subject can take over "he said"
# One unnamed person, named by what they are ("a North Korean defector"); plurals are groups, checked first.
_PERSON_HEADS = frozenset(n for n in PERSON_NOUNS if not n.endswith("s") and n != "people") | frozenset(
    """defector soldier officer resident witness veteran journalist reporter correspondent fellow professor adviser
    advisor aide envoy secretary chief director leader pilot prisoner worker engineer medic doctor survivor farmer
    student""".split()
)


@dataclass(slots=True)
class Speakers:
    """Who has spoken so far in one article: the antecedents of 'he said' and of bare surnames."""

    article: Article
    persons: list[str] = field(default_factory=list)
    last_person: str | None = None
    last_body: str | None = None  # last organisation or institution
    last_group: str | None = None  # last plural source ("US officials")
    via_of: dict[str, str] = field(default_factory=dict)
    previous_claimant: str | None = None  # of the sentence just before: quoted paragraphs continue it
    passage_index: int = 0  # of the passage being read
    # Passages of running text read so far: a pull-quote, caption or credit set apart from it interrupts no count.
    prose_index: int = 0
    passage_speaker: str | None = None  # "Okafor: Our best estimate is …": who speaks the whole passage
    record_speaker: str | None = None  # "Mr. Nebenzia (Russian Federation): …": speaks on until the next label
    opening_label: str | None = None  # "HUR: 11k troops …": whose figure the passage's first sentence gives
    label_relay: str | None = None  # "Yonhap: NIS says …": who passed on what the first sentence reports
    last_counted: tuple[str, str, int] | None = None  # (unit, subject, passage) of the last figure with a subject
    asked: tuple[str, int, str] | None = None  # (unit, passage, question) just asked ("How many soldiers …?")
    sentence_start: int = 0  # offset in that passage of the sentence being read
    list_source: str | None = None  # whose list is being read ("The report's main findings:"); see list_leads
    list_count: LeadCount | None = None  # what the list's lead-in counts ("Estimates of the deployment:")
    quote_owner: str | None = None  # "That was the assessment of X" opening a passage: the quotation before is X's
    last_person_at: tuple[int, int] = (-1, -1)  # (passage, sentence start) where ``last_person`` was named
    noted_at: dict[str, int] = field(default_factory=dict)  # claimant -> passage index where last named
    written_as: dict[str, str] = field(default_factory=dict)  # a name as written -> the claimant its alias folds to
    _text: str | None = None
    _surname_cache: dict[str, str | None] = field(default_factory=dict)
    _acronyms: dict[str, str] | None = None
    _interviewee: str | None = None  # "" once looked for and not found
    _headline_owner: str | None = None  # "" once looked for and not found
    _sentences: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # passage index -> its sentences
    described: dict[str, frozenset[str]] = field(default_factory=dict)  # claimant -> words of its apposition

    @property
    def outlet(self) -> str | None:
        return aliased(self.article.outlet) if self.article.outlet else None

    def text(self) -> str:
        if self._text is None:
            self._text = "\n".join(p.text for p in self.article.passages)
        return self._text

    def recent(self, name: str | None) -> str | None:
        """``name`` if it was last named close enough to be what a pronoun points back to."""
        if name is None or self.passage_index - self.noted_at.get(name, -99) > _PRONOUN_REACH:
            return None
        return name

    def resolve(self, anchor: Anchor) -> str | None:
        if anchor.pronoun is not None:
            pronoun = anchor.pronoun
            if pronoun in ("he", "she"):
                found = self.subject_named_since_last_person() or self.recent(self.last_person)
                return found or (self.headline_owner() if self.last_person is None else None)
            if pronoun == "i":
                return self.passage_speaker or self.recent(self.last_person)
            if pronoun == "it":
                group = self.recent(self.last_group)  # "it" is no "analysts", a plural of people unnamed
                return self.recent(self.last_body) or (None if group is None or group.islower() else group)
            if pronoun in ("they", "we"):
                return self.recent(self.last_group) or self.recent(self.last_body)
            return described_speaker(self, anchor)
        name = anchor.claimant
        if name and is_country_agency(name):
            return named_country_agency(name) or self._country_agency(name, anchor.raw) or name
        if name and " " not in name and name.isupper():
            # "The JCS also said" after "the Joint Chiefs of Staff (JCS)", or after "the Joint Chiefs of Staff said"
            spelled = spelled_out(name, [*self.noted_at, *self.written_as])  # initials of the name as written too
            return self.acronyms().get(name) or self.written_as.get(spelled or "", spelled) or name
        if name and " " not in name and could_be_surname(name) and not described_as_outlet(anchor.raw):
            return self.full_name(name) or name  # (but "the Yonhap news agency" is no surname)
        if name and " and " in name:
            return self._joint_names(name)
        if name and self.passage_index <= 1 and not self.persons and is_opening_role(name):
            return self.headline_owner() or name  # "Budanov: …" over "Ukraine's spy chief said …"
        return name

    def headline_owner(self) -> str | None:
        """The person the headline quotes ("Budanov: 12,000 …"), by the full name the article gives them."""
        if self._headline_owner is None:
            words = headline_speaker_words(self.article.title)
            owner = None
            if words is not None:
                if " " not in words:
                    owner = self.full_name(words) if could_be_surname(words) else None
                elif looks_like_person(words):
                    owner = clean_claimant(words)
            self._headline_owner = owner or ""
        return self._headline_owner or None

    def body_mentioned(self, description: str, staff: bool, within: int = 0) -> str | None:
        """A body named close before this sentence (or in its first ``within`` characters) without saying anything
        yet ("RUSI, a London think tank,")."""
        passages = self.article.passages
        if self.passage_index >= len(passages):
            return None
        first = max(0, self.passage_index - _BODY_MENTION_REACH)
        before = [p.text for p in passages[first : self.passage_index]]
        before.append(passages[self.passage_index].text[: self.sentence_start + within])
        return body_named_before("\n".join(before), description, staff)

    def _joint_names(self, name: str) -> str:
        """'Austin and Kim said' → 'Lloyd Austin and Kim Yong-hyun': each surname as the article named them."""
        parts = name.split(" and ")
        if len(parts) != 2 or not all(" " not in part and could_be_surname(part) for part in parts):
            return name
        return " and ".join(self.full_name(part) or part for part in parts)

    def _country_agency(self, name: str, raw: str) -> str | None:
        """'citing the country's spy agency' → that country's agency, the country read from the article."""
        passages = self.article.passages
        here = passages[self.passage_index].text if self.passage_index < len(passages) else ""
        at = here.find(raw, self.sentence_start) if raw else -1
        before = "\n".join([self.article.title or "", *(p.text for p in passages[: self.passage_index])])
        return resolve_country_agency(
            name, before + "\n" + here[: self.sentence_start], here[self.sentence_start : max(at, self.sentence_start)],
            self.article.dateline,
        )

    def start_passage(self, index: int, text: str) -> None:
        """Begin reading passage ``index``; in a transcript, "Okafor: …" makes Okafor its speaker."""
        self.passage_index = index
        self.passage_speaker = None
        self.start_turn(text, self.article.passages[index - 1].text if index else "")
        if self.passage_speaker is None and self.record_speaker is not None and not is_meeting_label(text):
            self.passage_speaker = self.record_speaker  # a meeting record's statement runs on to the next label
        elif is_meeting_label(text):
            self.record_speaker = floor_given_to(text) or self.passage_speaker

    def start_turn(self, text: str, previous: str) -> None:
        """A transcript's turn opening ``text`` (a passage, or a sentence inside one: "Q: How many …? KIRBY: We
        think …"), after ``previous``: its speaker speaks until the next turn, a question's no one."""
        if ":" not in text[:72] and not text.startswith(HEARING_TITLES):  # "Mr. Vassily Nebenzia (Russian
            # Federation) (spoke in Russian):", or a hearing's "General Cavoli. …"
            return
        words = transcript_speaker(text)
        if words is None:
            return
        self.passage_speaker = None
        titled = titled_surname(words)  # "Lt Gen Magowan:", "Dr Ferris:": a titled surname is a person's
        if words in ANSWER_LABELS:  # "A: Our best assessment is …": the interviewee the introduction named
            if self._interviewee is None:
                self._interviewee = interviewee(self.article) or ""
            name = self._interviewee or None
        else:
            name = self.full_name(words) if " " not in words and could_be_surname(words) else clean_claimant(words)
            if titled:
                name = self.full_name(titled) or titled
        if not name and previous:  # "Q: How many …?" / "KIRBY: …": the answer's speaker, introduced or not
            name = titled = answering_speaker(words, text, previous)
        if name and (looks_like_person(name) or titled):  # "Claim:", "Verdict:", "Q:" name nobody introduced
            self.passage_speaker = name
            self.note(name, Anchor(0, 0, words, name, kind="colon"))

    def recent_with_head(self, noun: str) -> str | None:
        """The speaker named most recently (within reach) whose name holds ``noun``, e.g. "post"."""
        best: tuple[int, str] | None = None
        for name, at in self.noted_at.items():
            near = self.passage_index - at <= _HEAD_REACH
            if near and (noun in _folded_words(name) or noun in self.described.get(name, ())) and (
                best is None or at >= best[0]
            ):
                best = (at, name)
        return best[1] if best else None

    def subject_named_since_last_person(self) -> str | None:
        """A person who is the subject of a sentence after the last speaker and before this one, close by.

        "Ukraine's spy chief, Kyrylo Budanov, put the figure higher. Pyongyang supplies half of the
        shells, he claimed." — "he" is Budanov, the nearest person the text made its subject, even
        though his first sentence attributed nothing; the speaker before him is further back.
        """
        here = (self.passage_index, self.sentence_start)
        first = max(self.last_person_at[0], self.passage_index - _SUBJECT_REACH, 0)
        found: str | None = None
        passages = self.article.passages
        for index in range(first, self.passage_index + 1):
            text = passages[index].text
            spans = self._sentences.get(index) or self._sentences.setdefault(index, split_sentences(text))
            for start, end in spans:  # split once per passage: every "he said" in reach reads it again
                if (index, start) <= self.last_person_at:
                    continue
                if (index, start) >= here:
                    break
                subject = SUBJECT_NAME.match(text, start, end)
                if subject:
                    words = subject.group(1)
                    name = self._known_person(words) if " " not in words else clean_claimant(words)
                    if name and looks_like_person(name):
                        found = name
        if found is None or (self.last_person and fold(found) == fold(self.last_person)):
            return None
        return found

    def _known_person(self, word: str) -> str | None:
        """A one-word subject ("Zelensky, in Kyiv, disagreed.") as the person the article names in full."""
        if word.lower() in _NOT_SURNAMES or not could_be_surname(word):
            return None
        name = self.full_name(word)
        return name if name and "'" not in name and "’" not in name else None

    def acronyms(self) -> dict[str, str]:
        """'Joint Chiefs of Staff (JCS)' written anywhere in the article: JCS → its full name."""
        if self._acronyms is None:
            self._acronyms = {}
            # The title too: "Statement by the Defence Intelligence of Ukraine (HUR)" spells out an acronym.
            title = self.article.title or ""
            text = self.text()
            for bracket in _BRACKETED_ACRONYM.finditer(text) if "(" in text else ():
                # "Ukraine's military intelligence agency (HUR)": the agency, by the name its country gives it.
                # Found from each bracketed acronym backwards: searching the whole text for the role was slow.
                role = _COUNTRY_ROLE_BEFORE.search(text, max(0, bracket.start() - 90), bracket.start())
                named = clean_claimant(role.group(1)) if role is not None else None
                if named:
                    self._acronyms.setdefault(bracket.group(1), named_country_agency(named) or named)
            defined = [t for t in (title, text) if _BRACKETED_ACRONYM.search(t)]  # a definition ends in "(ABC)"
            for match in [m for t in defined for m in _ACRONYM_DEFINITION.finditer(t)]:
                full, short = match.group(1).strip(), match.group(2)
                words = [w for w in full.split() if w[:1].isupper()]
                # The letters need not be the name's initials: "South Korea's National Intelligence Service
                # (NIS)" names only the tail, and "Security Service of Ukraine (SBU)" is spelled in Ukrainian.
                if len(words) >= 2:
                    cleaned = clean_claimant(full)
                    if cleaned:
                        self._acronyms.setdefault(short, cleaned)
        return self._acronyms

    def full_name(self, surname: str) -> str | None:
        key = fold(surname)
        for person in reversed(self.persons):
            if key in _folded_words(person) and " and " not in person:  # "Kim" is not "Austin and Kim"
                return person
        if key not in self._surname_cache:
            self._surname_cache[key] = full_name_in_text(self.text(), surname)
        return self._surname_cache[key]

    def note(self, claimant: str, anchor: Anchor) -> None:
        self.noted_at[claimant] = self.passage_index
        if anchor.raw and anchor.pronoun is None and anchor.raw[:1].isupper() and anchor.raw != claimant:
            self.written_as[anchor.raw] = claimant  # "Ukraine's Main Intelligence Directorate": "the MID" later
        if " and " in claimant:  # "Kim Yong-hyun and Lloyd Austin said": "Kim" later is one of them
            self.persons.extend(p for p in claimant.split(" and ") if looks_like_person(p) and p not in self.persons)
        if anchor.kind == "verb" and anchor.start >= 2 and anchor.pronoun is None:
            self._note_description(claimant, anchor)
        if anchor.pronoun is None and anchor.raw and (heads := head_nouns(anchor.raw)):
            # "analysts at CSIS said" then "the analysts said": CSIS again (see ``_recent_with_head``)
            self.described[claimant] = self.described.get(claimant, frozenset()) | heads
        single_name = " " not in claimant and could_be_surname(claimant) and not described_as_outlet(anchor.raw) and (
            claimant.lower() not in PERSON_NOUNS)  # "Experts said": a group, no "he" to point back to
        if looks_like_person(claimant, syllables=True) or claimant in self.persons or single_name:
            if claimant not in self.persons:
                self.persons.append(claimant)
            self.last_person = claimant
            self.last_person_at = (self.passage_index, self.sentence_start)
        elif _PLURAL_SOURCE.search(claimant):
            self.last_group = claimant
        elif claimant.rsplit(None, 1)[-1].lower() in _PERSON_HEADS:
            self.last_person = claimant  # "a North Korean defector": someone "he added" can point back to
            self.last_person_at = (self.passage_index, self.sentence_start)
        else:
            self.last_body = claimant
        if anchor.via and anchor.via_interview:
            self.via_of[claimant] = anchor.via

    def _note_description(self, claimant: str, anchor: Anchor) -> None:
        """'A pro-Kremlin Telegram channel, Rybar, said': "the channel" can later point back to Rybar."""
        passages = self.article.passages
        if self.passage_index >= len(passages):
            return
        at = self.sentence_start + anchor.start
        text = passages[self.passage_index].text
        if at - 2 > self.sentence_start and text.startswith(", ", at - 2):  # in apposition to its description
            description = text[max(self.sentence_start, at - 60) : at - 2].rsplit(",", 1)[-1]
            self.described[claimant] = frozenset(w.strip(".") for w in description.lower().split()[-4:])

    def note_relay(self, via: str, claimant: str) -> None:
        """A person who relays a claim ("…, lawmaker Lee Seong-kweun said") is someone "he" can point back to.

        They take over "he" only when the claimant is no person ("the NIS said …, according to lawmaker Lee").
        """
        if via in self.persons or looks_like_person(via):
            if via not in self.persons:
                self.persons.append(via)
            self.noted_at[via] = self.passage_index
            if claimant not in self.persons and not looks_like_person(claimant):
                self.last_person = via
                self.last_person_at = (self.passage_index, self.sentence_start)

    def relay(self, claimant: str, anchor: Anchor, text: str = "") -> str | None:
        """Through whom ``claimant``'s claim (worded ``text``) reached the article, if anyone.

        An interview relays the speaker's later words too ("Kim told Yonhap …" then "'…,' Kim said") until
        their words name an occasion of their own ("Kim told a briefing", "Kim later said").
        """
        via = anchor.via
        if via is None and anchor.via_pronoun is not None:
            # "…, the lawmaker told reporters": the lawmaker named before relays it
            pronoun = anchor.via_pronoun.lower()
            via = self.resolve(Anchor(0, 0, anchor.via_pronoun, None, pronoun=pronoun))
        if via is None and claimant in self.via_of:
            if names_own_occasion(text):
                del self.via_of[claimant]  # the interview is over: what the speaker says next is no longer its
            else:
                via = self.via_of[claimant]
        if via and " " not in via and could_be_surname(via):
            via = self.full_name(via) or via  # "…, Park added": the Park Sun-won named before
        if via and self.outlet and fold(aliased(via)) == fold(self.outlet):
            return None  # "told BI" in Business Insider: the outlet's own interview
        if via and fold(via) == fold(claimant):
            return None
        return via


@lru_cache(maxsize=8192)
def _folded_words(name: str) -> frozenset[str]:
    """The folded words of a speaker's name, asked for every surname met after it."""
    return frozenset(fold(word) for word in name.split())
