"""The figure tracker and an earlier estimate a sentence replaces ("12,000, up from an earlier estimate of 11,000").

The claimant no longer puts the earlier figure forward: compare already skipped it, but the tracker listed it
as a second, current figure of the same claimant and stretched the subject's range down to it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_compare_support import make_article  # noqa: E402

from store.analysis.claims import extract_claims  # noqa: E402
from store.analysis.subjects import load_subject_taxonomy  # noqa: E402
from store.compare import figure_table  # noqa: E402
from store.corpus import Corpus  # noqa: E402


def _table(*sentences: str):  # type: ignore[no-untyped-def]
    article = make_article("sup", list(sentences))
    claims = extract_claims(article, load_subject_taxonomy())
    return figure_table(Corpus.from_records([article], claims), "troops_deployed")


def test_an_earlier_estimate_is_shown_set_apart_and_is_no_end_of_the_range() -> None:
    table = _table("The NIS said North Korea had sent about 12,000 troops, up from an earlier estimate of 11,000.",
                   "Kyiv said some 13,000 North Korean troops were in Kursk.")
    rows = {r.figure.value: r for g in table.groups for r in g.rows}
    assert set(rows) == {11000, 12000, 13000}  # nothing hidden
    assert rows[11000].set_apart and not rows[12000].set_apart and not rows[13000].set_apart
    assert table.summary.low == 12000 and table.summary.high == 13000


def test_a_figure_raised_from_another_keeps_both_only_the_new_one_counted() -> None:
    table = _table("Seoul raised its estimate of North Korean troops in Russia from 11,000 to 12,000.")
    rows = {r.figure.value: r for g in table.groups for r in g.rows}
    assert set(rows) == {11000, 12000}
    assert rows[11000].set_apart and not rows[12000].set_apart
    assert table.summary.low == table.summary.high == 12000
