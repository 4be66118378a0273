"""A picture gallery copied as text: "1 of 12" over each picture's caption and credit.

A gallery's slides belong to one story, where a listing's counters ("Story 2 of 5") part items; the line
under a slide's counter is its picture's caption.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from store.normalise.credits import has_trailing_photo_credit
from store.normalise.units import Unit

def opens_slide(units: Sequence[Unit], counter: int) -> bool:
    """Is the counter a picture gallery's ("1 of 12" over a caption that credits its photograph)?

    A gallery's slides belong to one story; only a listing's counters part items.
    """
    following = [u for u in units[counter + 1 : counter + 4] if u.removed is None][:2]
    # (the credit closes the caption, or stands on the line under it: "(Photo: SBU / Reuters)")
    if any(has_trailing_photo_credit(u.text) or u.kind == "caption" or _CREDIT_LINE.fullmatch(u.text) for u in following):
        return True
    # A caption without its credit is a short line closed by a full stop ("A Koksan gun on a flatcar in Khasan."),
    # which no listed item's headline is; it stands alone in its block, or over the paragraph it illustrates.
    first = following[0] if following else None
    return first is not None and not first.is_prose() and first.words() <= 40 and first.text[-1:] == "." and first.header() is None


def gallery_totals(units: Sequence[Unit]) -> set[str]:
    """The totals of counter series ("3 of 12") at least half of whose counters open a picture's slide: the
    rest of the series are slides of the same gallery (a caption without a credit reads like a sentence)."""
    counters = [(i, slide_series(u.text)) for i, u in enumerate(units) if u.removed == "item-counter"]
    if len(counters) < 2:
        return set()
    series = Counter(total for _, total in counters)
    slides = Counter(total for i, total in counters if opens_slide(units, i))
    return {total for total, count in slides.items() if total and 2 * count >= series[total]}


def slide_series(text: str) -> str | None:
    """The total a counter counts to ("12" of "3 of 12"): which series it is one of."""
    found = _COUNTER_TOTAL.search(text)
    return found[1] if found else None


def mark_slide_caption(units: Sequence[Unit], counter: int) -> None:
    """The short line under a gallery's "2 / 12" is that picture's caption (as a <figcaption> would say)."""
    first = next((u for u in units[counter + 1 : counter + 4] if u.removed is None), None)
    if first is not None and not first.is_prose() and first.words() <= 40:
        first.image_alt = True


_COUNTER_TOTAL = re.compile(r"(?:of|/)\s*(\d{1,4})", re.IGNORECASE)
_CREDIT_LINE = re.compile(r"[(\[]?(?:photo|photograph|image|picture|credit|foto|фото)s?(?: credit)?\s?[:/] ?[^\n]{2,80}?[)\]]?", re.IGNORECASE)
