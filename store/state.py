"""What the user was doing, kept between runs: last article and passage, selection, searches."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

MAX_RECENT_SEARCHES = 20


@dataclass(slots=True)
class UserState:
    last_article_id: str | None = None
    last_passage_id: str | None = None
    selection: list[str] = field(default_factory=list)
    recent_searches: list[str] = field(default_factory=list)
    last_query: str = ""
    # The search's topic / outlet / claimant filters ({"outlet": "Yonhap"}), kept with the query they narrowed.
    last_filters: dict[str, str] = field(default_factory=dict)

    def remember_search(self, query: str) -> None:
        query = query.strip()
        if not query:
            return
        self.recent_searches = [query] + [q for q in self.recent_searches if q != query]
        del self.recent_searches[MAX_RECENT_SEARCHES:]


_FIELD_TYPES = {
    "last_article_id": str,
    "last_passage_id": str,
    "selection": list,
    "recent_searches": list,
    "last_query": str,
    "last_filters": dict,
}
SEARCH_FILTER_KINDS = ("topic", "outlet", "claimant")


def load_user_state(path: Path) -> UserState:
    """A missing, unreadable or malformed state file gives a fresh state: state is a convenience, never a blocker."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return UserState()
    if not isinstance(raw, dict):
        return UserState()
    state = UserState()
    for key, expected in _FIELD_TYPES.items():
        value = raw.get(key)
        if isinstance(value, expected):  # a hand-edited or old file must not inject odd types
            setattr(state, key, value)
    state.selection = [s for s in state.selection if isinstance(s, str)]
    state.recent_searches = [s for s in state.recent_searches if isinstance(s, str)][:MAX_RECENT_SEARCHES]
    state.last_filters = {k: v for k, v in state.last_filters.items() if k in SEARCH_FILTER_KINDS and isinstance(v, str) and v}
    return state


def filters_still_known(filters: dict[str, str], known: dict[str, set[str]]) -> tuple[dict[str, str], list[str]]:
    """The saved search filters whose value the database still has (``known``: kind → names), and a note for
    each dropped one ("outlet “Yonhap” is no longer in the database"): a removed source is no error."""
    kept: dict[str, str] = {}
    dropped: list[str] = []
    for kind, value in filters.items():
        if value in known.get(kind, set()):
            kept[kind] = value
        else:
            dropped.append(f"{kind} “{value}”")
    return kept, dropped


def save_user_state(state: UserState, path: Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(state), handle, ensure_ascii=False, indent=1)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
