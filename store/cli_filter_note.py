"""Why a filtered search found nothing: which filter left every matching passage out.

"No passage matches; check the filters" leaves the analyst to try each filter in turn.  The words alone are
searched again, then with each filter alone: a filter that by itself leaves nothing is the one named; if
each alone leaves some, it is their combination.
"""

from __future__ import annotations

from collections.abc import Callable

from store.models import SearchHit

# Searches a query with (outlet, topic, claimant) filters: ``Corpus.search``'s arguments.
Search = Callable[..., list[SearchHit]]
_SAID = {"outlet": "from outlet {!r}", "topic": "on topic {!r}", "claimant": "with a claim by {!r}"}


def filter_note(
    search: Search, query: str, filters: dict[str, str | None], shown: dict[str, str] | None = None
) -> str | None:
    """One sentence naming the filter (or filters together) that left out every passage the words find;
    None if no filter was given or the words find nothing even unfiltered.  ``shown`` names a filter's
    value as the user saw it (the TUI lists a topic by its label, the search takes its id)."""
    given = {name: value for name, value in filters.items() if value}
    if not given or not search(query, limit=1):
        return None
    alone_empty = [name for name, value in given.items() if not search(query, limit=1, **{name: value})]
    named = alone_empty or list(given)
    said = " and ".join(_SAID[name].format((shown or {}).get(name, given[name])) for name in named)
    if alone_empty:
        return f"No passage {said} has these words; others do."  # short: the TUI gives it one line of 80 columns
    return f"No passage {said} at once has these words; each filter alone leaves some."
