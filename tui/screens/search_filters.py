"""The search screen's filters, what it hands back, what it says when nothing is found, and the picker that
reaches every claimant.

The claimant filter: a drop-down of a hundred thousand names is unusable and takes seconds to build, so it lists the
most cited; its first choice opens a type-to-filter picker over all of them (40,000 at a large
corpus: the picker lays out only the prompts it shows).  A claimant chosen there joins the
drop-down's choices, so the box shows it and the search can be reopened with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.widgets import Select

from store.cli_filter_note import filter_note
from store.models import ClaimantSummary, SearchHit
from store.search.query import ParsedQuery, only_common_words, parse_query
from tui.formatting import one_line
from tui.screens.compare_picker import FuzzyPicker, LazyEntries, PickerEntry

if TYPE_CHECKING:
    from store.corpus import Corpus
    from tui.screens.search import SearchScreen


@dataclass(frozen=True, slots=True)
class SearchFilters:
    topic: str | None = None
    outlet: str | None = None
    claimant: str | None = None


@dataclass(slots=True)
class SearchOutcome:
    """What the search screen hands back: the hits and which one to open."""

    query: str
    hits: list[SearchHit]
    index: int
    filters: SearchFilters = field(default_factory=SearchFilters)
    #: Left with Escape, no hit opened: the query and filters are a draft to reopen with, not a search to step through.
    closed: bool = False


def no_hits_note(query: str, *, has_passages: bool = True, filtered: bool = False, script_note: str | None = None) -> str:
    """Why nothing was found, and what to do: "fewer words" is no help when there was no word to
    search or nothing to search in, "drop a filter" none when no filter is set, and neither when the
    query's script is the reason (``script_note``, from ``unheld_script_note``)."""
    parsed = parse_query(query)
    if parsed.is_empty:
        if parsed.excluded or parsed.excluded_phrases:
            return f"Nothing to search for: {_excluding_forms(parsed)} only leaves passages out. Add a word to look for."
        return "Nothing to search for: type a word."
    if not has_passages:
        return "Nothing to search in: the database holds no articles yet (Esc, then a adds files)."
    if script_note:
        return f"No passage matches. {script_note}"
    if filtered:
        return "No passage matches. Try fewer words or drop a filter (ctrl+l drops them all)."
    return "No passage matches. Try fewer words."


def unheld_script_note(corpus: Corpus, query: str) -> str | None:
    """The store's reason when no passage is written in the query's script (Korean typed against English)."""
    from store.search import ensure_index
    from store.search.unheld_scripts import no_match_note

    return no_match_note(ensure_index(corpus).parts.vocabulary, query)


def refused_as_common(query: str, filters: SearchFilters) -> bool:
    """The CLI's refusal, here too: a query of stop words only ("the of and") and no filter to narrow it is not
    searched, as its hits would be nearly every passage in noise order."""
    return not any((filters.topic, filters.outlet, filters.claimant)) and only_common_words(query)


def respelt_phrases(corpus: Corpus, query: str) -> str | None:
    """The query with a typo inside quotes respelt, when that spelling finds the phrase (the CLI's "did you mean")."""
    if not any(mark in query for mark in '"“”„'):
        return None  # no phrase: nothing held as typed to respell (and no index to wake)
    from store.search import ensure_index

    return ensure_index(corpus).respelt_phrases(query)


def results_note(
    corpus: Corpus, query: str, hits: Sequence[SearchHit], filters: SearchFilters, limit: int,
    *, filter_note: str | None = None,
) -> str:
    """The status line over the hits: how many, never passing the store's limit off as the total, or why none.

    ``filter_note``: which filter left out every passage the words find (``explain_filters``, run
    off the UI thread: it searches again, once per filter); without it, the general advice.
    """
    if not hits:
        if filter_note:
            return filter_note
        if refused_as_common(query, filters):
            return (f"Only common words in “{one_line(query)}”, which nearly every passage holds: "
                    "add a word to look for (or a filter).")
        script_note = unheld_script_note(corpus, query) if corpus.passages else None
        filtered = any((filters.topic, filters.outlet, filters.claimant))
        if not script_note and not filtered and corpus.passages and (respelt := respelt_phrases(corpus, query)):
            return f"No passage matches. A phrase in quotes is matched as typed; did you mean {one_line(respelt)}?"
        return no_hits_note(query, has_passages=bool(corpus.passages), filtered=filtered, script_note=script_note)
    if len(hits) >= limit:  # the store stops at the limit
        counted = f"the {len(hits)} best hits (more match: add a word or a filter)"
    else:
        counted = f"{len(hits)} hit" if len(hits) == 1 else f"{len(hits)} hits"
    reading = name_reading(corpus, query)
    return f"{counted} · {reading}" if reading else counted


def name_reading(corpus: Corpus, query: str) -> str | None:
    """What the search read a Korean, Japanese or Chinese name as ("Read クルスク as Kursk."), as the CLI says it:
    hits in another script than the query's are otherwise a puzzle.  Called with hits, so the index is loaded."""
    if query.isascii():
        return None
    from store.search import ensure_index
    from store.search.conflict_names import query_reading

    return query_reading(ensure_index(corpus).parts, query)


def explain_filters(corpus: Corpus, query: str, hits: Sequence[SearchHit], filters: SearchFilters) -> str | None:
    """Which filter left out every passage the words find, as the CLI says it ("drop a filter" left
    the analyst to try each in turn); None when there are hits, no filter, or another reason.

    Searches the words again, alone and with each filter: slow work for a worker thread.
    """
    if hits or not any((filters.topic, filters.outlet, filters.claimant)) or not corpus.passages:
        return None
    if parse_query(query).is_empty or unheld_script_note(corpus, query):
        return None
    given = {"outlet": filters.outlet, "topic": filters.topic, "claimant": filters.claimant}
    labels = {t.id: t.label for t in corpus.topic_summaries}
    shown = {"topic": labels.get(filters.topic, filters.topic)} if filters.topic else None
    said = filter_note(corpus.search, query, given, shown)
    return f"{one_line(said)} (ctrl+l drops the filters)" if said else None


def _excluding_forms(parsed: ParsedQuery) -> str:
    """How the query left passages out, in its own notation: -word, -"phrase", or both."""
    forms = (["-word"] if parsed.excluded else []) + (['-"phrase"'] if parsed.excluded_phrases else [])
    return " or ".join(forms)


#: The drop-down's value for "find another claimant": no claimant's name holds a NUL.
FIND_CLAIMANT = "\x00find-claimant"


# The drop-downs' prompts are Text: Textual's type-to-search reads only Text and str prompts, and
# with Content ones "Reu" typed in the outlet list went nowhere.
def topic_choices(corpus: Corpus) -> list[tuple[Text, str]]:
    return [(Text(one_line(t.label)), t.id) for t in corpus.topic_summaries]


def outlet_choices(corpus: Corpus) -> list[tuple[Text, str]]:
    return [(Text(one_line(o.name)), o.name) for o in corpus.outlet_summaries]


def claimant_choices(
    claimants: Sequence[ClaimantSummary], listed: int, also: str | None = None
) -> list[tuple[Text, str]]:
    """The ``listed`` most cited claimants, ``also`` (a rarer one chosen in the picker) after them, and
    first, when some are left out, the way to the rest."""
    choices = [(Text(one_line(c.name)), c.name) for c in claimants[:listed]]
    if also is not None and all(name != also for _, name in choices):
        choices.append((Text(one_line(also)), also))
    if len(claimants) > listed:
        find = Text(f"Find any of {len(claimants):,} claimants…", style="italic")  # one line at 120 columns
        choices.insert(0, (find, FIND_CLAIMANT))
    return choices


def claimant_prompt(total: int, listed: int, width: int) -> str:
    """The claimant drop-down's prompt: how many of the ``total`` it lists, where a third of ``width`` holds it.

    At 80 columns "Any claimant (top 300 of 1,818)" was cut to "Any claimant (top 300"; the
    drop-down's first choice ("Find any of 1,818 claimants…") says the rest there.
    """
    if total <= listed:
        return "Any claimant"
    counted = f"Any claimant (top {listed} of {total:,})"
    # Each of the three drop-downs gets a third of the row, less the box's border, margins and arrow.
    return counted if len(counted) <= (width - 10) // 3 - 3 else "Any claimant"


def claimant_entries(claimants: Sequence[ClaimantSummary]) -> Sequence[PickerEntry]:
    """Every claimant for the picker, most cited first; entries and prompts made only for those shown."""
    return LazyEntries(claimants, _claimant_entry, _claimant_name)


def _claimant_entry(summary: ClaimantSummary) -> PickerEntry:
    return PickerEntry(summary.name, partial(_claimant_prompt, summary), summary.name)


def _claimant_name(summary: ClaimantSummary) -> str:
    return summary.name


def _claimant_prompt(summary: ClaimantSummary) -> Text:
    noun = "claim" if summary.claim_count == 1 else "claims"
    return Text.assemble((one_line(summary.name), "bold"), (f"  {summary.claim_count:,} {noun}", "dim"))


def extra_claimant(claimants: Sequence[ClaimantSummary], listed: int, name: str | None) -> str | None:
    """``name`` if it is a claimant the drop-down's ``listed`` most cited leave out (one chosen in the picker)."""
    if name is None or any(c.name == name for c in claimants[:listed]):
        return None
    return name if any(c.name == name for c in claimants) else None


class FindsClaimants:
    """For the search screen: its claimant drop-down's first choice opens a picker of every claimant."""

    _claimant_before: str | None = None  # the filter's value before "find any" was chosen, to put back
    _claimant_extra: str | None = None  # the rarer claimant the drop-down lists besides the most cited

    def claimant_filtered(self, value: str | None) -> str | None:
        """The claimant the drop-down's value filters by: while it is on "find any", the one chosen before."""
        if value == FIND_CLAIMANT:
            return self._claimant_before
        self._claimant_before = value
        return value

    def _find_claimant(self, select: Select[str]) -> None:
        """Put back the claimant chosen before, and offer every claimant in a type-to-filter picker."""
        screen = cast("SearchScreen", self)
        with screen.prevent(Select.Changed):
            select.value = self._claimant_before or Select.NULL
        picker = FuzzyPicker("Filter by which claimant?", claimant_entries(screen.corpus.claimant_summaries))
        screen.app.push_screen(picker, self._claimant_found)

    def _claimant_found(self, name: str | None) -> None:
        screen = cast("SearchScreen", self)
        if name is not None:
            screen._choose_filters(replace(screen._filters(), claimant=name))  # lists it if it was not
            screen._search_now()
        screen.query_one("#claimant-filter", Select).focus()
