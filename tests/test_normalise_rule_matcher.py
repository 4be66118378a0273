"""The furniture matcher's one-alternation form finds the rule its runs find, for every line."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from store.normalise.furniture import _compiled
from store.paths import seed_files

SEED_LINES = sorted({line.strip() for path in seed_files() for line in Path(path).read_text("utf-8", "replace").splitlines() if line.strip()})
PIECES = ["Advertisement", "Share", "this", "article", "Read", "more", "Related", "stories", "Top", "Sign", "up", "for",
          "our", "newsletter", "Follow", "us", "on", "Telegram", "©", "2025", "Reuters", "Photo:", "AP", "Getty", "Images",
          "By", "Jane", "Doe", "Updated", "10:45", "GMT", "Most", "read", "Читайте", "также", "関連記事", "구독", "North",
          "Korea", "sent", "11,000", "troops", "|", "—", "min", "5", "Subscribe", "Unsubscribe", "View", "in", "browser"]


def _same_rule(text: str) -> None:
    matcher = _compiled().matcher
    n_words = len(text.split())
    runs, tiers = matcher._match_runs(text, n_words), matcher._match_all(text, n_words)
    assert (runs and (runs[0].reason, runs[0].group, runs[1])) == (tiers and (tiers[0].reason, tiers[0].group, tiers[1])), text


def test_every_seed_line_gets_the_same_rule_either_way() -> None:
    matched = 0
    for line in SEED_LINES:
        _same_rule(line)
        matched += _compiled().matcher._match_runs(line, len(line.split())) is not None
    assert matched >= 20  # the seeds' furniture is really being matched, not only prose


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=9), st.booleans())
def test_furniture_like_lines_get_the_same_rule_either_way(words: list[str], upper: bool) -> None:
    text = " ".join(words)
    _same_rule(text.upper() if upper else text)
