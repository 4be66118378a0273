"""Splitting a file into articles.

Exports from feed readers and read-later apps mark items in a handful of ways:
rule lines (``---``, ``* * *``, ``====``), form feeds, counters ("Article 3 of
12"), closing lines ("Read the original article on X", "Originally published
at X") and repeated per-item header lines (outlet, date, byline, "Source:
X").  Any of these can also occur inside a single article (a scene break, a
date line), so a boundary is only taken when the text before it holds prose
and the text after it opens like an item: a title or a header.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from store.normalise.credits import has_trailing_photo_credit
from store.normalise.forwards import forwarded_header, forwarded_under_note
from store.normalise.dates import FoundDate
from store.normalise.gallery_slides import (
    gallery_totals,
    mark_slide_caption,
    opens_slide,
    slide_series,
)
from store.normalise.issue_heads import issue_date, issue_head
from store.normalise.record_heads import holds_record_head
from store.normalise.sections import cut_sections
from store.normalise.shapes import is_separator_line, is_title_like, reads_as_headline
from store.normalise.units import Unit

_COUNTER = re.compile(
    r"[\[(#]?\s*(?:(?:article|item|story|entry|post|no\.?|number)\s*#?\s*)?\d{1,4}\s*(?:of|/)\s*\d{1,4}\s*[\])]?[.:]?"
    r"|(?:article|item|story|entry|post)\s*#?\s*\d{1,4}[.:]?",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Segment:
    units: list[Unit]
    listing_outlets: list[str] = field(default_factory=list)
    issue_date: FoundDate | None = None  # a digest's date, above its first story: every story's too
    issue_outlet: str | None = None  # the digest's masthead ("The Pyongyang Brief — Tuesday, ..."): every story's outlet
    issue_title: str | None = None  # a mailed issue's subject field: the issue's name, no story's title


def _kept(units: Sequence[Unit]) -> list[Unit]:
    return [u for u in units if u.removed is None]


def _has_prose(units: Sequence[Unit], start: int = 0, stop: int | None = None) -> bool:
    stop = len(units) if stop is None else stop
    return any(units[i].removed is None and units[i].is_prose() for i in range(start, stop))


def _opens_item(units: Sequence[Unit], start: int = 0) -> bool:
    """Does the stretch from ``start`` open like a new item: a counter, a header, or a title?"""
    for i in range(start, len(units)):
        unit = units[i]
        if unit.removed == "item-counter":
            return True
        if unit.removed is not None:
            continue
        header = unit.header()
        return unit.heading_level > 0 or (header is not None and not header.soft) or is_title_like(unit.text)
    return False


def _has_header(units: Sequence[Unit]) -> bool:
    return any((h := u.header()) is not None and not h.soft for u in _kept(units))


def mark_markers(units: Sequence[Unit]) -> None:
    """Separator lines and item counters are removed from the text wherever they are."""
    for i, unit in enumerate(units):
        if unit.removed is not None:
            continue
        if is_separator_line(unit.text) and _underlines(units, i):
            unit.removed = "underline"  # "=====" under a plain text's title: its heading mark, parting nothing
            units[i - 1].heading_level = units[i - 1].heading_level or (1 if "=" in unit.text else 2)
        elif is_separator_line(unit.text):
            unit.removed = "separator"
        elif len(unit.text) <= 40 and _COUNTER.fullmatch(unit.text):
            unit.removed = "item-counter"


def _underlines(units: Sequence[Unit], at: int) -> bool:
    """A rule of "=" or "-" right under a short line of its block, as long as half the line at least."""
    rule, above = units[at].text.strip(), units[at - 1] if at > 0 else None
    if above is None or above.removed is not None or above.block != units[at].block or len(set(rule)) != 1 or rule[0] not in "=-":
        return False
    return above.words() <= _MOST_UNDERLINED_WORDS and above.text[-1:] not in ".;," and 2 * len(rule) >= len(above.text)


_MOST_UNDERLINED_WORDS = 15


def _hard_boundaries(units: Sequence[Unit]) -> list[int]:
    """Indices where a new item may start, by markers and closing lines."""
    candidates: list[int] = []
    galleries = gallery_totals(units)
    for i, unit in enumerate(units):
        if unit.removed == "separator" or (unit.action == "end-of-item" and not forwarded_under_note(units, i)):
            candidates.append(i + 1)
        elif unit.removed == "item-counter" and (opens_slide(units, i) or slide_series(unit.text) in galleries):
            mark_slide_caption(units, i)
            if unit.form_feed:
                candidates.append(i)
        elif unit.removed == "item-counter" or unit.form_feed:
            candidates.append(i)
    return sorted({c for c in candidates if 0 < c < len(units)})


_STORY_NUMBER = re.compile(r"(?P<label>(?:story|item) ?)?(?P<n>\d{1,2})(?(label) ?[.):—–-]|[.)])\s", re.IGNORECASE)  # ("STORY 2: ...")
_LEAST_STORY_HEADLINE_WORDS = 4  # "2. Personnel" numbers a report's section; a story's headline says what happened
_NEWSLETTER_CLOSINGS = frozenset({"share-prompt", "sign-off"})


_NEWSLETTER_WORDS = re.compile(r"unsubscribe|receiving this|you(?:'re|’re| are) receiving|signed up|subscribed|for this (?:week|issue)|that(?:'s|’s| is) all for", re.IGNORECASE)
_MASTHEAD_WORDS = re.compile(r"\b(?:newsletter|digest|briefing|bulletin|roundup|round-up|issue)\b", re.IGNORECASE)


def _closes_like_newsletter(units: Sequence[Unit]) -> bool:
    """Do the closing lines say the file is a newsletter ("You are receiving this because ...", "Unsubscribe")?"""
    return any(u.removed in _NEWSLETTER_CLOSINGS and _NEWSLETTER_WORDS.search(u.text) for u in units)


def _heading_story_starts(units: Sequence[Unit]) -> list[int]:
    """Where a Markdown newsletter's stories start: its sub-headings, when the newsletter says it is one.

    An essay's sections are headed the same way; only a file whose closing lines are a newsletter's
    and whose top names itself one ("Weekly newsletter · 10 December 2024", "Issue 14") is cut, and
    only at headings of one level, each a headline of a few words over a paragraph of prose.
    """
    top = [u for u in units[:6] if u.removed is None][:3]
    if not any(_MASTHEAD_WORDS.search(u.text) for u in top):
        return []
    starts = [i for i, u in enumerate(units) if u.removed is None and u.heading_level >= 2]
    if len(starts) < 2 or len({units[i].heading_level for i in starts}) != 1:
        return []
    for i in starts:
        after = next((u for u in units[i + 1 :] if u.removed is None), None)
        if after is None or after.heading_level or not after.is_prose() or len(units[i].text.split()) < _LEAST_STORY_HEADLINE_WORDS:
            return []
    return starts


def _numbered_story_starts(units: Sequence[Unit]) -> list[int]:
    """Where a plain-text digest's numbered stories start ("1. Ukraine captures two soldiers" over its text).

    Asked only of a newsletter (its closing lines say so: "You are receiving this because ...",
    "That's all for this week"); taken only when the numbers run 1, 2, 3 ... in order, and only for
    headlines of a few words each standing alone over a paragraph of prose: a report's numbered
    sections ("2. Personnel") and a numbered list stay what they are.
    """
    starts: list[int] = []
    for i, unit in enumerate(units):
        if unit.removed is not None or unit.text[:1] not in "123456789SsIi":
            continue
        found = _STORY_NUMBER.match(unit.text)
        if found is None or int(found["n"]) != len(starts) + 1:
            continue
        headline = unit.text[found.end() :]
        # A headline in capitals may head its story's own block ("1) KURSK: TROOPS ROTATING HOME" over the text).
        capitals = unit.pos == 0 and headline.isupper()
        # Or a headline atop a block of its own story, set without a blank line ("1. Seoul says ..." over
        # the text and its "Source:" link): the block holds one numbered line, never a list of them.
        atop = unit.pos == 0 and not any(u.bullet for u in units[i + 1 : i + unit.block_size])
        if unit.block_size != 1 and not (capitals or atop):
            continue
        after = next((u for u in units[i + 1 :] if u.removed is None), None)
        if after is None or (after.block == unit.block and not (capitals or atop)) or after.bullet or not after.is_prose():
            continue
        if is_title_like(headline) and len(headline.split()) >= (2 if found["label"] else _LEAST_STORY_HEADLINE_WORDS):
            starts.append(i)
    return starts if len(starts) >= 2 else []


def _accept(units: Sequence[Unit], boundaries: list[int]) -> list[list[Unit]]:
    """Cut at the boundaries where prose (or a preamble) precedes and an item follows.

    Prose counts come from a prefix sum and "the next kept unit" from a
    precomputed table, so a file with many rejected boundaries stays linear.
    """
    prose = [0]
    for unit in units:
        prose.append(prose[-1] + (unit.removed is None and unit.is_prose()))
    next_kept = [len(units)] * (len(units) + 1)
    for i in range(len(units) - 1, -1, -1):
        counter = units[i].removed == "item-counter"
        next_kept[i] = i if units[i].removed is None or counter else next_kept[i + 1]
    parts: list[list[Unit]] = []
    start = 0
    headless = _headless_lede(units)
    for n, b in enumerate(boundaries):
        following = boundaries[n + 1] if n + 1 < len(boundaries) else len(units)
        prose_before, prose_after = prose[b] > prose[start], prose[following] > prose[b]
        if headless and units[b - 1].removed == "separator" and next_kept[b] < len(units) and units[next_kept[b]].header() is None:
            continue  # a story whose lede opens under the file's own head: its rules part its sections, however headed
        if not parts and not prose_before and holds_record_head(units[start:b]):
            continue  # a record's head or a hearing's cover, its lines set apart by rules: the head of what follows
        if (prose_before or not parts) and prose_after and (_closes_named_item(units, b) or _opens_item(units, next_kept[b])):
            parts.append(list(units[start:b]))
            start = b
        elif prose_before and not prose_after and _end_mark(units[b - 1]):
            for unit in units[b:following]:  # a release's contacts under its "-30-": none of its text follows the mark
                unit.removed = unit.removed or "after-end-mark"
    parts.append(list(units[start:]))
    return parts


def _headless_lede(units: Sequence[Unit]) -> bool:
    """Does the text open, under header lines that title it ("Subject:", "Title:"), with a paragraph of prose?

    A digest's first story has a headline of its own over its lede; a single story mailed or saved whole
    has its title in the head, and its lede comes straight under it.
    """
    titled = False
    for unit in units:
        if unit.removed is not None:
            if unit.removed == "separator":
                return False
            continue
        header = unit.header()
        if header is not None and not header.soft:
            titled = titled or header.title is not None
            continue
        return titled and unit.is_prose() and not unit.heading_level  # (a pasted heap's first story may just have lost its headline)
    return False


def _closes_named_item(units: Sequence[Unit], boundary: int) -> bool:
    """Does a closing line that names the item's outlet ("Read the original article on X") end just before?

    Such a line ends an item even when the next one opens without a title a reader would recognise
    (its headline was furniture, or missing): without it the next item's text would be filed under
    this item's outlet.  A bare "Continue reading" names nothing and may sit mid-article.
    """
    closing = units[boundary - 1]
    return closing.action == "end-of-item" and closing.outlet_hint is not None


def _header_clusters(units: Sequence[Unit]) -> list[int]:
    """Start index of every per-item header group that opens an item.

    A group opens an item when it names a title ("Title: ...") or sits right
    under a title-like line (which then starts the item).  A date or byline
    line inside an article has prose above it, so it opens nothing.
    """
    starts: list[int] = []
    kept_positions = [i for i, u in enumerate(units) if u.removed is None]
    previous_was_header = False
    for n, i in enumerate(kept_positions):
        header = units[i].header()
        if header is None or header.soft:
            previous_was_header = False
            continue
        if not previous_was_header:
            if header.title is not None:
                starts.append(i)
            elif n > 0:
                above = kept_positions[n - 1]
                if is_title_like(units[above].text) and not units[above].is_prose():
                    starts.append(above)
            elif not starts:
                starts.append(i)
        previous_was_header = True
    return starts


def _split_on_headers(units: list[Unit]) -> list[list[Unit]]:
    starts = [s for s in _header_clusters(units) if not forwarded_header(units, s)]
    if len(starts) < 2:
        return [units]
    parts: list[list[Unit]] = []
    cuts = [0, *starts, len(units)]
    for a, b in itertools.pairwise(cuts):
        if a < b:
            parts.append(units[a:b])
    # Only a split in which every item has prose stands; otherwise the header
    # lines were dates and bylines inside one article.
    if any(not _has_prose(p) for p in parts[1:]):
        return [units]
    return parts


def _merge_stray(parts: list[list[Unit]]) -> list[list[Unit]]:
    """A stretch without prose joins the next item when it carries header lines."""
    merged: list[list[Unit]] = []
    carry: list[Unit] = []
    for part in parts:
        if not _has_prose(part) and _has_header(part):
            carry.extend(part)
            continue
        if carry and merged == [] and _titled(carry) and _headline_over_story(part):
            _mark_preamble(carry)
        merged.append(carry + part)
        carry = []
    if carry:
        if merged:
            merged[-1].extend(carry)
        else:
            merged.append(carry)
    return merged


def _end_mark(unit: Unit) -> bool:
    """A wire's or a press office's mark under the last paragraph: "ENDS", "-30-", "###"."""
    return unit.removed == "end-marker" or (unit.removed == "separator" and unit.text.replace(" ", "") == "###")


def _first_kept(units: Sequence[Unit]) -> Unit | None:
    return next((u for u in units if u.removed is None), None)


def _titled(units: Sequence[Unit]) -> bool:
    """Does the stretch open with a line of its own that reads as a title (no header line)?"""
    first = _first_kept(units)
    return first is not None and first.header() is None and (first.heading_level > 0 or is_title_like(first.text))


def _headline_over_story(units: Sequence[Unit]) -> bool:
    """Does the stretch open with a headline (no caption) standing over a paragraph of prose?"""
    kept = [u for u in units if u.removed is None][:2]
    if len(kept) < 2 or not _titled(kept) or has_trailing_photo_credit(kept[0].text):
        return False
    return kept[1].is_prose()


def _mark_preamble(units: Sequence[Unit]) -> None:
    """A digest's masthead and greeting ("THE PENINSULA BRIEF" / "In today's brief: ..."), above its first story.

    Its header lines (the issue's date) still date the story; its own lines are no part of it,
    and its name must not become the first story's title.
    """
    for unit in units:
        if unit.removed is None and ((header := unit.header()) is None or header.soft):
            unit.removed = "preamble"


def split_articles(units: Sequence[Unit]) -> list[Segment]:
    """Segments in file order; a segment without prose is not an article (see pipeline)."""
    mark_markers(units)
    segments: list[Segment] = []
    boundaries = _hard_boundaries(units)
    issue_heads = []
    if _closes_like_newsletter(units) and (stories := _numbered_story_starts(units) or _heading_story_starts(units)):
        # What stands above the first story (masthead, issue line, greeting) opens that story's item:
        # its date dates the story, its name is no title.
        _mark_preamble(units[: stories[0]])
        boundaries = sorted({*boundaries, *stories[1:]})
        issue_heads = [h for u in units[: stories[0]] if u.removed is None and (h := u.header()) is not None and not h.soft]
    for part in _merge_stray(_accept(units, boundaries)):
        listing = cut_sections(part)
        pieces = _merge_stray(_split_on_headers(part))
        for k, piece in enumerate(pieces):
            segments.append(Segment(piece, listing if k == len(pieces) - 1 else []))
    if len(segments) > 1 and (issued := issue_date(units) or next((h.date for h in issue_heads if h.date and h.date.iso and not h.date.ambiguous), None)) is not None:
        for segment in segments:
            segment.issue_date = issued
    if len(segments) > 1 and (masthead := next((h.outlet for h in issue_heads if h.outlet), None)) is not None:
        for segment in segments:
            segment.issue_outlet = masthead
    if len(segments) > 1 and not issue_heads and segments[0].issue_date is None and (head := issue_head(segments[0].units)) is not None:
        for segment in segments:
            segment.issue_date, segment.issue_outlet, segment.issue_title = head
    return segments


_LEAST_LIST_ITEMS = 3
_LEAST_LIST_WORDS = 12


def bullet_list_article(units: Sequence[Unit]) -> bool:
    """A fact box or key-points list standing alone ("• 11,000 troops deployed to Kursk"): an article of bullets.

    Its items are fragments, but three or more with a dozen words say something a reader may cite; a stray list does not.
    """
    items = [u for u in units if u.removed is None and u.bullet]
    return len(items) >= _LEAST_LIST_ITEMS and sum(u.words() for u in items) >= _LEAST_LIST_WORDS


_MOST_HEADLINE_LINES = 3


def headline_only(units: Sequence[Unit]) -> bool:
    """A file of a headline alone, or with its byline and date: its only words, kept as its text to be found.

    Its first line reads as a headline (``reads_as_headline``); more than three lines are a list, no headline.
    A page that lost lines to its furniture (a paywall's offer, a menu) is a page whose story is withheld.
    """
    return 0 < len(units) <= _MOST_HEADLINE_LINES and all(u.removed is None for u in units) and reads_as_headline(units[0].text)
