"""A wiki article copied as text: its section-edit links and its table of contents.

Copying a wiki page keeps "[edit]" after every section heading and the numbered
contents list ("Contents" / "1 Troop deployment" / "2 Equipment") above the first
section.  The edit links are the wiki's buttons; the contents list repeats the
headings the article prints anyway.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.units import Unit

# "[edit]", "[ edit ]", "[edit | edit source]", "[править | править код]": the wiki's edit links in its languages.
_EDIT_WORD = r"(?:edit(?: source)?|편집|원본 편집|правка|править(?: код)?|редактировать(?: код)?|редагувати(?: код)?|bearbeiten|quelltext bearbeiten|modifier(?: le code)?|editar(?: código(?:-fonte)?)?|編集|ソースを編集|编辑|編輯)"
_EDIT_LINK = re.compile(rf"\s?\[ ?{_EDIT_WORD}(?: ?\| ?{_EDIT_WORD})? ?\]$", re.IGNORECASE)
_CONTENTS_ENTRY = re.compile(r"(?P<number>\d{1,2}(?:\.\d{1,2}){0,2})\.? (?P<name>\S.{0,80})")


def strip_edit_links(units: Sequence[Unit]) -> None:
    """"Troop deployment[edit]" -> "Troop deployment"."""
    for unit in units:
        if unit.text.endswith("]") and unit.words() <= 12 and (found := _EDIT_LINK.search(unit.text)) is not None and found.start() > 0:
            unit.text = unit.text[: found.start()]


def mark_contents_list(units: Sequence[Unit]) -> None:
    """The numbered lines under a removed "Contents" line, when the article prints each as a heading later."""
    for k, unit in enumerate(units):
        if unit.removed is None or unit.text.strip().lower().rstrip(":") not in ("contents", "table of contents", "목차", "содержание", "зміст", "inhalt"):
            continue
        entries = []
        for following in units[k + 1 :]:
            found = _CONTENTS_ENTRY.fullmatch(following.text) if following.kept else None
            if found is None:
                break
            entries.append((following, found["name"]))
        if len(entries) < 2:
            continue
        later = {_EDIT_LINK.sub("", u.text).casefold() for u in units[k + 1 + len(entries) :] if u.words() <= 12}
        if sum(name.casefold() in later for _u, name in entries) * 2 >= len(entries):
            for entry, _name in entries:
                entry.removed = "table-of-contents"


def mark_wiki_page(units: Sequence[Unit]) -> None:
    """A copied wiki page's edit links, contents list and infobox (only on a page whose headings carry "[edit]")."""
    if not any(u.text.endswith("]") for u in units):
        if any(u.removed == "masthead" and _WIKI_MASTHEAD.search(u.text) for u in units[:6]):
            _mark_infobox(units)  # a page copied from its reader view: no edit links, its masthead still says what it is
        return
    edited = any(u.text.endswith("]") and _EDIT_LINK.search(u.text) is not None for u in units)
    strip_edit_links(units)
    mark_contents_list(units)
    if edited or any(u.removed == "masthead" and _WIKI_MASTHEAD.search(u.text) for u in units[:6]):
        _mark_infobox(units)


_WIKI_MASTHEAD = re.compile(r"from wikipedia|the free encyclopedia|wikipedia, (?:la|die|l['’]|a) ", re.IGNORECASE)


_INFOBOX_LABEL_WORDS = 3
_LEAST_INFOBOX_FIELDS = 2
_CONTINUED_VALUE_WORDS = 6


def _mark_infobox(units: Sequence[Unit]) -> None:
    """The infobox above a wiki article's lead: "Date<TAB>October 2024 – present" rows and the box's caption over them.

    Copied as text, each of its rows is a label and a value parted by a tab; they summarise the
    article in fields, which the lead says again in sentences.
    """
    rows: list[Unit] = []
    for unit in units:
        if unit.is_prose():
            break
        label, tab, _value = unit.raw.partition("\t")
        if unit.kept and tab and 1 <= len(label.split()) <= _INFOBOX_LABEL_WORDS and label[:1].isupper():
            rows.append(unit)
        elif rows and unit.kept and not tab and unit.block == rows[-1].block and unit.words() <= _CONTINUED_VALUE_WORDS:
            rows.append(unit)  # "1,000+ (NIS)" under "Casualties and losses<TAB>~4,000 …": the field's second value
        elif rows:
            break
    if len(rows) < _LEAST_INFOBOX_FIELDS:
        return
    at = units.index(rows[0])
    title = next(u for u in units if u.removed is None)
    # (the box's caption stands right over its rows, under the page's title, which is the first line kept; a
    # line under the caption, "Part of the Russian invasion of Ukraine", says what larger event it belongs to)
    for caption in [u for u in units[:at] if u.removed is None][-2:][::-1]:
        if caption.role is not None or caption is title or caption.is_prose():
            break
        rows.insert(0, caption)
    for unit in rows:
        unit.removed = "infobox"
