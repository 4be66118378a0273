"""Question-and-answer interviews: whose answer an "A:" paragraph is.

A Q&A prints the questions as "Q: …" and the answers as "A: …" and names the
person answering only once, in its introduction ("Victor Cha is the Korea
Chair at CSIS.  We spoke to him about …").  Every answer is that person's
claim, so the interviewee is the first person the introduction names who is
not its author ("Interview by Sophie Martin", "By …").
"""

from __future__ import annotations

import re

from store.analysis.claimants import clean_claimant, looks_like_person
from store.models import Article

_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s")
ANSWER_LABELS = frozenset({"A", "Answer"})
# A person's name: two to four capitalised words, not right after "by" (the byline).
_NAME = re.compile(r"(?<![Bb]y )(?<![Ww]ith )\b((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)")
_INTRODUCTION_PASSAGES = 6  # the introduction is short: the first question comes soon


def interviewee(article: Article) -> str | None:
    """The person who answers a Q&A's questions, or None when the article is no Q&A or names nobody."""
    passages = article.passages
    first_question = next((i for i, p in enumerate(passages) if _QUESTION.match(p.text)), None)
    if first_question is None or first_question > _INTRODUCTION_PASSAGES:
        return None
    texts = [article.title or "", article.dek or "", *(p.text for p in passages[:first_question])]
    for text in texts:
        for match in _NAME.finditer(text):
            name = clean_claimant(match.group(1))
            if name and looks_like_person(name):
                return name
    return None
