"""Sections page furniture opens: a "Related" heading, a "Top stories" widget, trailing chrome.

A "Related" heading removes the rest of the article unless the article's own
paragraphs resume under its list; a "Top stories" heading removes the headline
list under it; a label stranded between the last paragraph and the furniture
goes with the furniture.  Line rules themselves live in ``furniture``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.aged_sources import aged_source
from store.normalise.credits import is_credit_line
from store.normalise.furniture import starts_with_section
from store.normalise.shapes import ends_clause, is_headline_like, reads_as_sentence, word_count
from store.normalise.units import Unit


def cut_sections(units: Sequence[Unit]) -> list[str]:
    """Apply "to-end" and "list" sections within one article's units.

    Returns the outlet names seen in removed related-story listings, which
    aggregators print under each listed story (evidence of the outlet).
    """
    listing_outlets: list[str] = []
    prose_before = _prose_prefix(units)
    i = 0
    while i < len(units):
        unit = units[i]
        if unit.action == "to-end" and _cut_is_safe(units, i, prose_before):
            for later in units[i + 1 :]:
                if later.removed is None:
                    later.removed = unit.removed
            listing_outlets.extend(_listing_outlets(units[i + 1 :]))
            break
        if unit.removed == "comments" and _comment_thread_follows(units, i, prose_before):
            for later in units[i + 1 :]:
                if later.removed is None:
                    later.removed = "comments"
            break
        if unit.action == "to-end" and unit.removed == "sign-off":
            _remove_signed_name(units, i)  # a closing has a name under it, never a headline list
            i += 1
            continue
        if unit.action in ("list", "to-end") and not (unit.removed == "references" and prose_before[i] == 0):
            # (a paper's notes come after its text: "Notes" above all of it is a platform's menu item, with no list of its own)
            i = _remove_headline_list(units, i)
            continue
        i += 1
    _remove_trailing_chrome(units)
    return listing_outlets


# A reader's post stamped with its age: "2 days ago", "hace 2 horas", "il y a 3 heures", "vor 2 Stunden", "2 часа назад".
_POSTED_AGO = re.compile(
    r"\b\d{1,3} ?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\b"
    r"|\b(?:hace|il y a|vor|há) \d{1,3} (?:segundos?|minutos?|horas?|días?|semanas?|meses|secondes?|minutes?|heures?|jours?|semaines?|mois"
    r"|sekunden|minuten|stunden|tagen|wochen|monaten|dias?)\b|\b\d{1,3} ?(?:секунд\w{0,2}|минут\w{0,2}|час\w{0,2}|дн\w{0,2}|дней) назад",
    re.IGNORECASE,
)
_THREAD_CHROME = frozenset({"timestamp", "forum-chrome"})  # a post's stamp, its Reply and like buttons


def _comment_thread_follows(units: Sequence[Unit], start: int, prose_before: list[int]) -> bool:
    """"12 Comments", then readers' posts stamped "2 days ago" with their Reply buttons: the thread to the end.

    Only under the article (less prose follows than came before) and only where a post's stamp or its
    controls show within the next lines, so that a comment count printed by the byline cuts nothing.
    """
    if prose_before[-1] - prose_before[start + 1] > prose_before[start] or prose_before[start] == 0:
        return False
    for unit in units[start + 1 : start + 12]:
        if unit.action in ("to-end", "list"):
            return False  # "No comments yet" and then a "Related" listing: that section's stamps are its own
        if unit.removed in _THREAD_CHROME:
            return True
        if unit.removed is None and len(unit.text) <= 120 and _POSTED_AGO.search(unit.text):
            return True
    return False


def _remove_signed_name(units: Sequence[Unit], start: int) -> None:
    """"Thanks," / "Kevin" above a forwarded text: the name under the closing goes with it."""
    following = units[start + 1] if start + 1 < len(units) else None
    if following is None or following.removed is not None or following.block != units[start].block:
        return
    if following.words() <= 3 and not ends_clause(following.text) and following.text[:1].isupper() and not following.is_prose():
        following.removed = units[start].removed


def _prose_prefix(units: Sequence[Unit]) -> list[int]:
    """prefix[i]: kept prose units before index i, so any range is counted in O(1)."""
    prefix = [0]
    for unit in units:
        prefix.append(prefix[-1] + (unit.removed is None and unit.is_prose()))
    return prefix


def _cut_is_safe(units: Sequence[Unit], start: int, prose_before: list[int]) -> bool:
    """Cutting to the end must not take the bulk of the article with it.

    A "Related" block placed mid-article is followed by more prose than came
    before it; there only its headline list goes (see ``_remove_headline_list``).
    Relative times ("7 hours ago") under the listed stories mark an
    aggregator's listing, which runs to the end whatever its length.
    """
    before = prose_before[start]
    after = prose_before[-1] - prose_before[start + 1]
    if any(u.removed == "timestamp" for u in units[start + 1 : start + 40]):
        return True
    return after <= before and not _body_resumes_after_list(units, start)


def _body_resumes_after_list(units: Sequence[Unit], start: int) -> bool:
    """A "Most read" box of two or more bare headlines, then the story's own paragraphs again.

    An aggregator's listing pairs each headline with a teaser (a headline, then prose, again and
    again); a widget dropped mid-article lists bare headlines and the article carries on below
    it.  Only the listing goes then (``_remove_headline_list``): cutting to the end would drop
    the article's closing paragraphs silently.
    """
    j = start + 1
    listed = 0
    while j < len(units) and (units[j].removed is not None or (is_headline_like(units[j].text) and not units[j].is_prose())):
        if units[j].removed is None and is_credit_line(units[j].text):
            return False  # a picture's credit under the heading: a teaser of the next story, told with its photo
        listed += units[j].removed is None
        j += 1
    # (A closing sentence of eleven Korean words is short of prose by count, yet a sentence all the same.)
    if listed < 2 or j >= len(units) or not (units[j].is_prose() or reads_as_sentence(units[j].text)):
        return False
    previous_headline = False
    for unit in units[j:]:
        if unit.action in ("to-end", "list"):
            break  # the next widget is judged on its own
        if unit.removed is not None:
            continue
        if unit.is_prose():
            if previous_headline:
                return False  # headline and teaser: a listing
        previous_headline = not unit.is_prose() and is_headline_like(unit.text)
    return True


_BYLINE = re.compile(r"(?:By|BY|Von|VON|Par|Por)\s+[A-ZÀ-ÞА-ЯЁ]")


def _remove_headline_list(units: Sequence[Unit], start: int) -> int:
    """Remove the headline list under a widget heading; return where the body resumes."""
    reason = units[start].removed or "top-stories"
    candidates: list[int] = []
    # Above the story's text, a widget's list ends above the story's own headline, which its byline or
    # date line follows ("Latest News" closing a portal's menu, then the headline, then "2025-02-19 16:02").
    at_top = not any(u.removed is None and u.is_prose() for u in units[:start])
    j = start + 1
    while j < len(units):
        unit = units[j]
        if unit.removed is not None:
            j += 1
            continue
        if not is_headline_like(unit.text) or unit.is_prose() or _BYLINE.match(unit.text):
            break  # (a list of the people a story names ends above its byline: "By Josh Smith")
        if at_top and unit.block != units[start].block and _over_header(units, j):
            break
        candidates.append(j)
        j += 1
    if len(candidates) >= 2 and j < len(units) and units[j].is_prose() and aged_source(units[candidates[-1]].text) is not None:
        del candidates[-2:]  # headline, "Reuters · 2 hours ago", teaser: an aggregator's first story, listed in full
    if not candidates:
        return start + 1
    sectioned = [k for k in candidates if starts_with_section(units[k].text)]
    if len(sectioned) * 2 >= len(candidates):
        # Widget items carry their section name; the first line without one
        # is the article again (typically its next sub-heading).
        members = []
        for k in candidates:
            if not starts_with_section(units[k].text):
                break
            members.append(k)
    else:
        members = list(candidates)
        # A question or exclamation right before prose is the article's own
        # sub-heading rather than a listed headline.
        if members and units[members[-1]].text.rstrip().endswith(("?", "!")):
            members.pop()
    for k in members:
        units[k].removed = reason
    return (members[-1] + 1) if members else start + 1


def _over_header(units: Sequence[Unit], at: int) -> bool:
    below = next((u for u in units[at + 1 :] if u.removed is None), None)
    return below is not None and not below.is_prose() and (header := below.header()) is not None and (header.date or header.author) is not None


def _listing_outlets(units: Sequence[Unit]) -> list[str]:
    """Outlet names printed under listed stories: "• Asia Times", or a name before "2 hours ago"."""
    names: list[str] = []
    for k, unit in enumerate(units):
        text = unit.text
        bulleted = re.match(r"^[•·\-–—]\s+(.{2,40})$", text)
        candidate = bulleted.group(1) if bulleted else None
        if candidate is None and k + 1 < len(units) and units[k + 1].removed == "timestamp":
            candidate = text
        if candidate and _name_like(candidate):
            names.append(candidate.strip())
    return names


def _name_like(text: str) -> bool:
    n = word_count(text)
    return 1 <= n <= 5 and not ends_clause(text) and not any(ch.isdigit() for ch in text) and text[:1].isupper()


def _remove_trailing_chrome(units: Sequence[Unit]) -> None:
    """Short labels stranded between the last paragraph and trailing furniture.

    An image placeholder ("Orange background") or a widget label left at the
    end of an article, with only furniture after it, is page chrome.
    """
    kept = [k for k, u in enumerate(units) if u.removed is None]
    if not kept:
        return
    last = kept[-1]
    if last == len(units) - 1:
        return  # nothing removed after it: the article simply ends there
    # Walking back from the last kept unit, everything after the current one
    # is already known to be furniture.
    for k in reversed(kept):
        unit = units[k]
        if unit.is_prose() or unit.words() > 4 or ends_clause(unit.text) or is_credit_line(unit.text) or "@" in unit.text:
            break
        unit.removed = "trailing-chrome"
