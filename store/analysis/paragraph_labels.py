"""Paragraph labels: "Quote:", "Details:", "Source:", "Background:" opening a paragraph of a live blog or a wire.

Some outlets (Ukrainska Pravda, RBC-Ukraine, many live pages) print every paragraph behind a label that says
what it is: "Source:" names who the story comes from, "Details:" and "Background:" give the story, "Quote:"
gives the source's own words.  The label is never a speaker, never a relay: the words a "Quote:" paragraph
quotes are those of the source named before it ("Source: HUR spokesperson Andrii Yusov on …"), or else of
the last speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.analysis.anchors import Anchor
from store.analysis.claimants import clean_claimant

if TYPE_CHECKING:
    from store.analysis.speakers import Speakers

# "Source: HUR spokesperson Andrii Yusov on the national joint 24/7 newscast": who, then where they said it.
_SOURCE_LABEL = re.compile(r"(?:Source|SOURCE|Sources|SOURCES)\s*:\s+(?P<who>[^\n]{2,160})")
# Where or when a source said it, after who it is: "… on the national newscast", "… in a Telegram post".
_OCCASION = re.compile(
    r"\s+(?:on|in|at|during|via|to|speaking|citing|quoting|interviewed|cited)\s+(?:the\s+|an?\s+|his\s+|her\s+|its\s+"
    r"|their\s+)?(?:[a-z0-9/-]+\s+){0,4}?(?:newscast|telethon|broadcast|air|television|tv|channel|radio|interview|"
    r"post|posts|telegram|facebook|x|twitter|briefing|press|conference|statement|comments?|remarks|address|"
    r"speech|show|programme|program|podcast|video|page|account|website|site|marathon)\b.*$|\s+(?:on|in|at)\s+.*$",
    re.IGNORECASE,
)
# "Quote:" (or "Direct speech:") and then a quotation mark: the source's own words follow.
_QUOTE_LABEL = re.compile(r"(?:Quote|QUOTE|Direct speech|DIRECT SPEECH)\s*:\s*[\"“«„‘']")


def labelled_source(text: str) -> str | None:
    """The words naming who a "Source: …" paragraph says the story comes from, where they said it dropped."""
    if not text.startswith(("Source", "SOURCE")):
        return None
    found = _SOURCE_LABEL.match(text)
    if found is None:
        return None
    who = found.group("who").strip().rstrip(".;")
    if ";" in who or ". " in who:
        return None  # a sentence of its own ("Source: the NIS. It said …") is read sentence by sentence
    return _OCCASION.sub("", who).strip(" ,") or None


def opens_quote_label(text: str) -> bool:
    """Whether ``text`` opens with a "Quote:" label and the quotation it labels."""
    return text.startswith(("Quote", "QUOTE", "Direct", "DIRECT")) and _QUOTE_LABEL.match(text) is not None


def note_labelled_source(text: str, speakers: Speakers) -> None:
    """A "Source: …" paragraph names a speaker the "Quote:" and "Details:" paragraphs after it point back to."""
    words = labelled_source(text)
    claimant = clean_claimant(words) if words else None
    if claimant:
        anchor = Anchor(0, 0, words or "", claimant, kind="colon")
        speakers.note(speakers.resolve(anchor) or claimant, anchor)


def quote_label_speaker(speakers: Speakers) -> str | None:
    """Whose words a "Quote:" paragraph gives: the speaker (a person or a body) named last, close by."""
    person, body = speakers.recent(speakers.last_person), speakers.recent(speakers.last_body)
    if person is None or body is None:
        return person or body
    return body if speakers.noted_at.get(body, -1) > speakers.noted_at.get(person, -1) else person


LABEL_OPENINGS = ("Source", "SOURCE", "Quote", "QUOTE", "Direct", "DIRECT")


def read_paragraph_label(text: str, speakers: Speakers) -> None:
    """Note the speaker a "Source:" paragraph names; make a "Quote:" paragraph the last speaker's."""
    if opens_quote_label(text):
        speakers.passage_speaker = quote_label_speaker(speakers)
    else:
        note_labelled_source(text, speakers)
