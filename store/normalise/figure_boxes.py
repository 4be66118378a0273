"""A box of key figures set beside the story (``<aside>`` "Key figures": "Troops deployed: 11,000–12,000 (NIS)").

The page extractor drops every ``<aside>`` as page chrome, but a box whose items each give a labelled
figure is the story's own content: the figures and whom they come from.  Such a box is rewritten as a
section before extraction, so that its heading and items stay in the text, in their place.  An aside
whose items are links (related stories, most read) or carry no labelled figure stays chrome, and so does one
that neither its class nor its heading names as a box of figures or facts (a market ticker, a weather widget).
"""

from __future__ import annotations

import re

_ASIDE = re.compile(r"<aside\b[^>]{0,1000}>(.{1,6000}?)</aside\s*>", re.IGNORECASE | re.DOTALL)
_ITEM = re.compile(r"<li\b[^>]{0,1000}>(.{1,600}?)(?=</li\s*>|<li\b|</[uo]l\s*>)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,1000}>")
_LINK = re.compile(r"<a\b[^>]{0,1000}\bhref\b", re.IGNORECASE)
# "Troops deployed: 11,000–12,000", "Killed or wounded — 3,000+": a label, then the figure (perhaps hedged).
_LABELLED_FIGURE = re.compile(
    r"^[^:–—\d]{2,60}(?::|\s[–—-])\s*(?:about |around |roughly |some |over |more than |up to |at least |~|≈|c\. ?)?\d", re.IGNORECASE
)
_MIN_ITEMS = 2
_HEADING = re.compile(r"<h[1-6]\b[^>]{0,1000}>(.{1,200}?)</h[1-6]\s*>", re.IGNORECASE | re.DOTALL)
# What a page calls such a box: "Key figures", "By the numbers", "Fact box", "At a glance"; "Zahlen", "En chiffres", "Цифры".
_BOX_WORDS = re.compile(
    r"figures|numbers|facts?|factbox|key ?points|at a glance|in brief|stats|statistics|data|zahlen|chiffres|cifras|цифр|факт|숫자|수치|数字|数据|數據",
    re.IGNORECASE,
)


def figure_boxes_kept(html_text: str) -> str:
    """``html_text`` with its boxes of labelled figures as sections (unchanged when it has none)."""
    if "<aside" not in html_text and "<ASIDE" not in html_text:
        return html_text
    return _ASIDE.sub(_as_section, html_text)


def _as_section(found: re.Match[str]) -> str:
    named = _BOX_WORDS.search(found[0], 0, found.start(1) - found.start(0)) or ((heading := _HEADING.search(found[1])) and _BOX_WORDS.search(heading[1]))
    if not named:
        return found[0]  # (a box the page names for its figures, by its class or its heading: not a ticker or a widget)
    items = _ITEM.findall(found[1])
    if len(items) < _MIN_ITEMS or any(_LINK.search(item) for item in items):
        return found[0]
    labelled = sum(_LABELLED_FIGURE.match(" ".join(_TAG.sub(" ", item).split())) is not None for item in items)
    if 3 * labelled < 2 * len(items):
        return found[0]
    return f"<section>{found[1]}</section>"
