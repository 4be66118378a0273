"""A forum topic's or a blog post's tags, copied one to a line: "artillery" / "dprk" / "russia".

Tags are slugs: one word in lower case (or words joined by hyphens), with no stop.  Three or more of
them standing one a line in one block are the tag list, never a sentence, a heading or a name, and
the category label set right above them ("Geopolitics", a word or two in capitals) goes with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.units import Unit

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{1,30}")
_LEAST_TAGS = 3
_CATEGORY = re.compile(r"[A-Z][\w&'’-]{1,30}(?: [A-Z&][\w&'’-]{0,30})?")


def mark_tag_lists(units: Sequence[Unit]) -> None:
    """Runs of three or more slug lines in one block become ``tags`` removals, with a category label above."""
    run: list[int] = []
    for i, unit in enumerate([*units, None]):
        slug = unit is not None and _is_slug(unit)
        if slug and (not run or units[run[-1]].block == unit.block):  # type: ignore[union-attr]
            run.append(i)
            continue
        if run and unit is not None and _bare_date(unit):
            run.pop()  # "mkovac" over "Dec 2024": the poster's handle over the post's date, no tag
        if len(run) >= _LEAST_TAGS:
            first = run[0]
            above = units[first - 1] if first > 0 else None
            if above is not None and above.removed is None and above.block == units[first].block and _CATEGORY.fullmatch(above.text):
                run.insert(0, first - 1)
            for k in run:
                units[k].removed = "tags"
                units[k].action = "line"
        run = [i] if slug else []  # (a slug in the next block starts a run of its own)


def _is_slug(unit: Unit) -> bool:
    return unit.removed is None and " " not in unit.text and _SLUG.fullmatch(unit.text) is not None


def _bare_date(unit: Unit) -> bool:
    header = unit.header() if unit.removed is None and unit.words() <= 4 and any(c.isdigit() for c in unit.text) else None
    return header is not None and header.kind == "date" and header.date is not None


_LABEL_WORDS = 2
_MOST_TAG_WORDS = 4
_MOST_LABELLED_TAGS = 15


def mark_labelled_tags(units: Sequence[Unit], label: int) -> None:
    """The tags under a bare "Tags" / "Теги" / "Keywords" label, one to a line in its block, go with it.

    A tag is a name or a phrase of at most four words, never a sentence: the first line that is one
    ends the list (a story's next paragraph under a mislaid label stays).
    """
    head = units[label]
    if head.words() > _LABEL_WORDS or ":" in head.text.rstrip(":：") or not head.text.rstrip(":： ").replace(" ", "").replace("-", "").isalpha():
        return  # "Tags: Russia, DPRK" holds its own tags; "#2" or "#DPRK" is a tag (or a post's number), no label
    for unit in units[label + 1 : label + 1 + _MOST_LABELLED_TAGS]:
        if unit.block != head.block or unit.removed is not None and unit.removed != head.removed:
            return
        if unit.removed is None:
            if not (unit.words() <= _MOST_TAG_WORDS and not unit.is_prose() or tag_row(unit.text)) or unit.text[-1:] in ".!?。":
                return
            unit.removed, unit.action = head.removed, "line"


# The marks a page sets between the tags of one row: "Corea del Norte · Rusia · Guerra de Ucrania".
_TAG_SEPARATOR = re.compile(r"\s*[·•|,;/]\s*")


def _short_tag(text: str) -> bool:
    return len(text.split()) <= _MOST_TAG_WORDS and not text.endswith(tuple(".!?。"))


def tag_row(text: str) -> bool:
    """"Corea del Norte · Rusia · Kim Jong-un": two or more short tags set in one row under the label.

    Each is a name or phrase of a few words in capitals, never a clause: a sentence's commas part longer runs."""
    tags = [t for t in _TAG_SEPARATOR.split(text.strip()) if t]
    return len(tags) >= 2 and all(_short_tag(t) and t[:1].isupper() for t in tags)


# A network's address for one post: a channel's or an account's post, where a tag row's link leads.
_POST_LINK = re.compile(
    r"https?://(?:www\.)?(?:t\.me|x\.com|twitter\.com|bsky\.app|threads\.net|vk\.com|facebook\.com|instagram\.com|mastodon\.\w+)/\S+/\S+"
)


def tag_row_post_link(units: Sequence[Unit]) -> str | None:
    """The post's own address a channel's tag row gives ("#Kursk https://t.me/channel/51002"), if any.

    Only a link to a post on a network counts: a tag row's link to another site points at a source.
    """
    for unit in units:
        if unit.removed == "hashtags" and "http" in unit.text and (found := _POST_LINK.search(unit.text)) is not None:
            return found.group(0).rstrip(".,)")
    return None
