"""Question-and-answer interviews: whose answer an "A:" paragraph is.

A Q&A prints the questions as "Q: …" and the answers as "A: …" and names the
person answering only once, in its introduction ("Victor Cha is the Korea
Chair at CSIS.  We spoke to him about …").  Every answer is that person's
claim, so the interviewee is the first person the introduction names who is
not its author ("Interview by Sophie Martin", "By …").
"""

from __future__ import annotations

import re

from store.analysis.claimants import clean_claimant, could_be_surname, looks_like_person
from store.models import Article

_QUESTION = re.compile(r"(?:Q|Question|QUESTION)\s*[:.]\s")
ANSWER_LABELS = frozenset({"A", "Answer"})
# A person's name: two to four capitalised words, not right after "by" (the byline).
_NAME = re.compile(r"(?<![Bb]y )(?<![Ww]ith )\b((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)")
# "Interview with Kyrylo Budanov", "In conversation with …", "We spoke with …": whom the interview is with.
_INTERVIEWED_WITH = re.compile(
    r"\b(?:[Ii]nterview|[Cc]onversation|[Ss]poke|[Tt]alked|[Tt]alks|Q&A|[Ss]itting\s+down)\s+with\s+"
    r"((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)"
)
_INTRODUCTION_PASSAGES = 6  # the introduction is short: the first question comes soon
# A transcript's speaker label: "Okafor: Our best estimate …" (a quotation after the colon is the anchors' job).
# An answer may name its speaker in brackets after the label: "A (Kirby): We assess …"; a question its number, "Q3".
# A meeting record adds whom the speaker represents and the language: "Mr. Nebenzia (Russian Federation) (spoke in
# Russian):".
_TRANSCRIPT_SPEAKER = re.compile(
    r"(?:A(?:nswer)?\s*\(\s*|Q\d+\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\)?(?:\s+\([^()\d]{2,40}\)){0,2}:\s+"
    r"(?=[A-Z])"
)


# A hearing's record (GPO) ends its label with a stop: "Mr. Wilson. Thank you …", "General Cavoli. Our own estimate
# …", "Secretary Austin. We assess …": a title, one surname, a stop, and the answer.
HEARING_TITLES = ("Mr. ", "Ms. ", "Mrs. ", "Dr. ", "General ", "Admiral ", "Secretary ", "Senator ", "Ambassador ",
                  "Chairman ", "Chairwoman ", "Representative ", "Colonel ", "Lieutenant General ")
_HEARING_SPEAKER = re.compile(
    rf"((?:{'|'.join(t.strip().replace('.', r'[.]') for t in HEARING_TITLES)})\s+[A-Z][\w'’-]+)\.\s+(?=[A-Z])"
)


def transcript_speaker(text: str) -> str | None:
    """The words of a transcript's speaker label opening ``text`` ("Okafor", "A"), or None if none opens it."""
    label = _TRANSCRIPT_SPEAKER.match(text)
    if label is None and text.startswith(HEARING_TITLES):
        label = _HEARING_SPEAKER.match(text)
    if label is None:
        return None
    words = label.group(1)
    return words.title() if words.isupper() and len(words) > 3 else words  # "KIRBY:", "MR. KIRBY:" as printed


def answering_speaker(words: str, text: str, previous: str) -> str | None:
    """The speaker of ``text`` when it opens with a label in capitals ("KIRBY: We think …") right after a
    question ("Q: How many …?"): a transcript prints who answers that way, introduced or not ("UPDATE:" is
    no surname, so no speaker)."""
    label = _TRANSCRIPT_SPEAKER.match(text)
    if label is None or not label.group(1).isupper() or _QUESTION.match(previous) is None:
        return None
    return clean_claimant(words) if could_be_surname(words.split()[-1]) else None


def interviewee(article: Article) -> str | None:
    """The person who answers a Q&A's questions, or None when the article is no Q&A or names nobody."""
    passages = article.passages
    first_question = next((i for i, p in enumerate(passages) if _QUESTION.match(p.text)), None)
    if first_question is None or first_question > _INTRODUCTION_PASSAGES:
        return None
    texts = [article.title or "", article.dek or "", *(p.text for p in passages[:first_question])]
    for text in texts:
        for match in (*_INTERVIEWED_WITH.finditer(text), *_NAME.finditer(text)):
            name = clean_claimant(match.group(1))
            if name and looks_like_person(name):
                return name
    return None
