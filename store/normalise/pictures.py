"""Pictures in the text: captions and credits, found before the title's dek and the body.

A block of two or three lines followed by a one-line block of a name is a photo caption and its credit;
a line ending in its picture's source ("… (KCNA/Reuters)", "… Photo: Yonhap") is a caption; a credit line
alone ("Getty Images") is a credit; a picture's alt text sits right above its caption.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from store.models import PassageKind
from store.normalise.credits import has_trailing_photo_credit, is_contributor_credit, is_credit_line, is_photo_credit, trailing_wire, wire_only
from store.normalise.figure_notes import is_numbered_figure_label
from store.normalise.reported_speech import labelled_credit, reports_speech
from store.normalise.shapes import ends_clause, starts_upper, word_count
from store.normalise.units import Unit

_CAPTION_PREFIX = re.compile(r"^(?:image caption|caption|pictured|photo caption|above|top|left|right)\s*[:,]\s*\S", re.IGNORECASE)
# The letters _CAPTION_PREFIX's words can start with, in either case (and the
# two Turkish i's that case-insensitive matching takes for an "i").
_CAPTION_INITIALS = frozenset("icpatlrICPATLR\u0130\u0131")
# A Korean paper's caption, set under a triangle and closed by its picture's source:
# "▲ 우크라이나 특수작전군이 공개한 영상 속 북한군 모습. 우크라이나 특수작전군 제공" ("... provided by ...").
# (A triangle also opens the items of a Korean list: only the closing source makes it a caption.)
_MARKED_KOREAN_CAPTION = re.compile(r"^[▲△]\s?[^\n]{2,300}(?:제공|연합뉴스|뉴시스|뉴스1|캡처|자료사진|DB)[\])]?$")
# The same caption with no triangle: a description, its stop, then who handed the picture out or took it
# ("러시아 쿠르스크 지역의 북한군 병사들. 우크라이나군 제공"); a Japanese one closed by the wires that passed it on
# ("ロシア西部クルスク州の前線（ロイター＝共同）"), where a story's closing wire tag follows its last "。".
_KOREAN_SOURCED_CAPTION = re.compile(r"^[^\n]{4,200}[.。]\s?[^\s.。]{1,20}(?: [^\s.。]{1,20}){0,3} (?:제공|촬영|캡처)$")
_JAPANESE_WIRED_CAPTION = re.compile(r"^[^\n。]{4,80}[（(][^（）()\s]{1,12}[＝=][^（）()\s]{1,12}[）)]$")
# How those two captions end (before the one line break "$" lets through): tested first, since each pattern
# reads the whole text before it can fail.
_EAST_ASIAN_CAPTION_ENDS = tuple(end + tail for end in ("제공", "촬영", "캡처", ")", "）") for tail in ("", "\n"))


def _may_end_east_asian_caption(text: str) -> bool:
    return text.endswith(_EAST_ASIAN_CAPTION_ENDS)


_SLASHED_AGENCIES = re.compile(r"[A-Z][\w.]{1,20}(?: [A-Z][\w.]{1,20})?/[A-Z][\w.]{1,20}(?: [A-Z][\w.]{1,20})?")
_CREDIT_MAX_WORDS = 40  # the longest credit lines are Reuters' "Reporting by ...; Editing by ..."
_CAPTION_BLOCK_LINES = 4  # a deck, a caption and its credit set in one block


def _blocks(kept: Sequence[Unit]) -> list[list[Unit]]:
    """Consecutive units of one blank-line block (block numbers only grow along a segment)."""
    blocks: list[list[Unit]] = []
    current = -1
    for unit in kept:
        if unit.block != current:
            blocks.append([unit])
            current = unit.block
        else:
            blocks[-1].append(unit)
    return blocks


def words_of(unit: Unit) -> int:
    """``word_count(unit.text)``: the remembered count wherever both agree (up to 1,000 characters)."""
    return unit.words() if len(unit.text) <= 1000 else word_count(unit.text)


def _credit_shaped(text: str, n_words: int) -> bool:
    """A photo credit, or a short name that stands where a credit stands."""
    if is_photo_credit(text, n_words):
        return True
    return 1 <= n_words <= 10 and starts_upper(text) and not ends_clause(text) and not text.endswith("?")


def mark_caption_groups(kept: Sequence[Unit]) -> None:
    """Caption lines grouped in a block, with a one-line credit block after them."""
    blocks = _blocks(kept)
    last = blocks[-1][-1] if blocks else None
    for here, after in itertools.pairwise(blocks):
        if len(after) != 1:
            continue
        credit = after[0]
        if credit.kind is not None or credit.image_alt or credit.heading_level or _GALLERY_COUNTER.match(credit.text):
            continue  # a caption the markup marks (a <figcaption>) or numbers ("3/12 …") credits nothing above it; nor does a heading
        if len(here) == 1:
            # The common case (one paragraph per block), tested cheaply first:
            # a credit line is at most 160 characters.
            unit = here[0]
            if unit.kind or unit.bullet or credit is last or len(credit.text) > 160 or unit.words() > 150:
                continue
            # (A wire's name alone signs the story off; two agencies slashed, "KCNA/Reuters", credit a picture.)
            matched = is_photo_credit(credit.text, words_of(credit)) and (wire_only(credit.text) is None or _SLASHED_AGENCIES.fullmatch(credit.text) is not None)
            if matched and _captions_itself(credit.text):
                credit.kind = PassageKind.CAPTION  # "NIS headquarters in Seoul. Photo: Yonhap": the paragraph above is no caption
                continue
            matched = matched and not (labelled_credit(credit.text) and reports_speech(unit.text))  # "…, it said." over "Photo: AP"
        else:
            if any(u.kind for u in here) or any(u.bullet or u.heading_level or u.words() > 150 for u in here):
                continue
            # "Abstract" over its paragraph, then "1 Introduction": a paper's sections, no picture's caption
            if _SECTION_NUMBER.match(credit.text) or _PAPER_SECTION.fullmatch(here[0].text):
                continue
            matched = len(here) <= 4 and _credit_shaped(credit.text, words_of(credit))
        if matched:
            for unit in here:
                unit.kind = PassageKind.CAPTION
            credit.kind = PassageKind.CREDIT


_GALLERY_COUNTER = re.compile(r"\d{1,3} ?/ ?\d{1,3} \S")  # a gallery's picture number over its count: "3/12 A convoy …"
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}\.? [A-Z]")
_PAPER_SECTION = re.compile(r"abstract|summary|executive summary|introduction|초록|요약|аннотация|анотація|résumé|zusammenfassung", re.IGNORECASE)
_CREDIT_LABEL = re.compile(r"(?:photo|picture|image|credit|foto|pictured)s?\s?:", re.IGNORECASE)


def _captions_itself(text: str) -> bool:
    """A credit line that carries its own caption: a sentence, then the credit label."""
    labels = list(_CREDIT_LABEL.finditer(text))
    if not labels:
        return False
    before = text[: labels[-1].start()].rstrip(" (")
    if not before:
        # "Photo: captured ammunition crates, via Telegram": a description in lower case after the
        # label is the caption itself (a credit names an agency or a photographer, capitalised).
        described = text[labels[0].end() :].lstrip()
        if described[:1].islower():
            return word_count(described) >= 3
        # "Photo: A North Korean soldier in Kursk (Ukrainian special forces via AP)": a caption with its
        # own credit in brackets after the label, which needs no paragraph above it.
        return word_count(described) >= 5 and described[-1:] == ")" and has_trailing_photo_credit(described)
    return word_count(before) >= 2 and before[-1:] in ".!?"


def _closing_wire_tag(unit: Unit, kept: Sequence[Unit]) -> bool:
    """The last paragraph ending with a wire's tag ("... in June. (Yonhap)") closes the story; no caption.

    A closing tag hides the paragraph's full stop, so "paragraph" here is only a long enough unit.
    """
    last = next((u for u in reversed(kept) if u.words() >= 12), None)
    return unit is last and trailing_wire(unit.text) is not None


def mark_picture_patterns(kept: Sequence[Unit]) -> None:
    for unit in kept:
        if unit.kind is not None:
            continue
        text = unit.text
        if "/" in text and len(text) <= 45 and _SLASHED_AGENCIES.fullmatch(text) is not None and is_photo_credit(text, words_of(unit)):
            unit.kind = PassageKind.CREDIT  # "KCNA/Reuters" alone: all credit, no words of a caption
        elif (
            unit.image_alt
            or (text[:1] in _CAPTION_INITIALS and _CAPTION_PREFIX.match(text))
            or (text[:1] in "▲△" and _MARKED_KOREAN_CAPTION.match(text)) or is_numbered_figure_label(text)
            or (not text.isascii() and _may_end_east_asian_caption(text) and (
                _KOREAN_SOURCED_CAPTION.match(text) or _JAPANESE_WIRED_CAPTION.match(text)))
            # its credit ends "...)", ".../Name" or "Photo: Name" (a credit alone, "-- AFP/Bangkok Post", captions nothing)
            or ((")" in text or text[-1:] == "）" or "/" in text or ": " in text[-75:] or text[-1:] == "]" or "＝" in text[-20:]) and has_trailing_photo_credit(text) and not _closing_wire_tag(unit, kept) and not (text[:1] in "-—–" and is_credit_line(text, words_of(unit))))
        ):
            unit.kind = PassageKind.CAPTION
        elif unit.words() <= _CREDIT_MAX_WORDS and (
            (not unit.is_prose() and is_credit_line(text, words_of(unit))) or is_contributor_credit(text)  # (a sentence, yet only a credit)
        ):
            unit.kind = PassageKind.CREDIT
    # Alt text printed right above its caption, in the same block ("Kim Il-sung").  A line that says who
    # said what, or that opens the text under the title in the title's own block, is the deck over the
    # picture ("Seoul says thousands of soldiers are now fighting"), no alt text.
    for unit, following in itertools.pairwise(kept):
        if (
            unit.kind is None
            and following.kind == PassageKind.CAPTION
            and following.block == unit.block
            and unit.words() <= 12
            and not ends_clause(unit.text)
            and not (unit is kept[0] and unit.pos > 0)
            and not reports_speech(unit.text)
        ):
            unit.kind = PassageKind.CAPTION
    # A caption with its credit on the next line, closing their block, the story going on under them
    # ("North Korean soldiers at a training ground." / "KCNA/Reuters").  The two may share the block with
    # a line or two above them (a deck set over the picture): then the credit must name a picture's source.
    for n, (unit, following) in enumerate(itertools.pairwise(kept)):
        if (
            following.kind == PassageKind.CREDIT
            and unit.kind is None
            and following.block == unit.block
            and following.pos == following.block_size - 1
            and (following.block_size == 2 or (following.block_size <= _CAPTION_BLOCK_LINES and is_photo_credit(following.text, words_of(following))))
            and 3 <= unit.words() <= 40
            and any(u.is_prose() for u in kept[n + 2 :])
            and not reports_speech(unit.text)
        ):
            unit.kind = PassageKind.CAPTION
    # A credit printed above its caption, the two alone in their block ("Getty Images" / "A soldier
    # captured by Ukrainian forces, in a video released by ..."): a caption has no closing full stop,
    # unless the credit says it credits a picture ("Photo: Reuters" / "Soldiers march in Pyongyang.").
    for unit, following in itertools.pairwise(kept):
        if (
            unit.kind == PassageKind.CREDIT
            and following.kind is None
            and following.block == unit.block
            and following.block_size == 2
            and following.pos == 1
            and 3 <= following.words() <= 40
            and (not ends_clause(following.text) or (_CREDIT_LABEL.match(unit.text) is not None and not reports_speech(following.text)))
            and not following.text.endswith(("?", ":"))
        ):
            following.kind = PassageKind.CAPTION
