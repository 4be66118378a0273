"""Markup nested deeper than the HTML parser goes, flattened so that its text can be read.

libxml2 (under lxml, and so under trafilatura) stops building the tree at 256 open
elements and drops everything after that point.  A page does not need to be
exotic to get there: an old forum template that opens ``<font>`` in every
post and never closes it, or an editor that wraps each paste in another
``<div>``, reaches it in a few hundred posts.  Such a page then read as "no
article text found" though its text was all there.

Only the wrappers that open beyond a safe depth are removed (generic
containers and inline styling: ``div``, ``span``, ``font``, ``b`` …), with their
own end tags; paragraphs, headings, lists and tables are kept, so the text's
blocks stay apart, and pages of ordinary depth are returned untouched.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

PARSER_DEPTH_LIMIT = 256  # libxml2's, without XML_PARSE_HUGE
FLATTEN_ABOVE = 200  # estimated depth that triggers flattening: the estimate is rough, so a margin is kept
KEEP_DEPTH = 120  # wrappers opening deeper than this are removed

_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(?P<raw>script|style|textarea|title)\b[^>]*>.*?(?:</(?P=raw)\s*>|\Z)"
    r"|<(?P<close>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9:-]*)(?:\s[^>]*)?>",
    re.DOTALL | re.IGNORECASE,
)
_TAG_NAME = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]*)")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr basefont frame isindex keygen".split())
# Elements a parser closes when a sibling of the same kind opens ("<p>one<p>two").
_SELF_CLOSING_SIBLINGS = frozenset("p li dt dd option tr td th".split())
_WRAPPERS = frozenset(
    "div span font center section article main b i u s em strong small big a abbr cite mark tt strike "
    "label nobr ins del q".split()
)


def flattened_deep_nesting(html_text: str) -> tuple[str, list[str]]:
    """``html_text`` with the wrappers nested beyond what the parser reads removed, and the repair made."""
    if html_text.count("<") <= FLATTEN_ABOVE or _depth_bound(html_text) <= FLATTEN_ABOVE:
        return html_text, []
    if estimated_depth(html_text) <= FLATTEN_ABOVE:
        return html_text, []
    removed: list[re.Match[str]] = []  # the tags of the wrappers taken out, in order
    stack: list[str] = []
    dropped: Counter[str] = Counter()
    for token, tag, closing in _element_tags(html_text):
        if closing:
            if dropped[tag]:  # the end of a removed wrapper: the innermost ones end first
                dropped[tag] -= 1
                removed.append(token)
            else:
                _close(stack, tag)
        elif tag in _WRAPPERS and len(stack) >= KEEP_DEPTH:
            dropped[tag] += 1
            removed.append(token)
        else:
            _open(stack, tag)
    if not removed:
        return html_text, []
    kept = [html_text[before.end():after.start()] for before, after in zip(removed, removed[1:])]
    return html_text[:removed[0].start()] + "".join(kept) + html_text[removed[-1].end():], ["markup-nesting-flattened"]


def _depth_bound(html_text: str) -> int:
    """A quick, generous :func:`estimated_depth` (every start tag opens, every end tag closes one; tags
    left open count as nested): a sixth of its cost, so that pages of ordinary depth pay only this."""
    depth = deepest = 0
    for name in _TAG_NAME.findall(html_text):
        if name[0] == "/":
            depth -= depth > 0
        elif name.lower() not in _VOID:
            depth += 1
            if depth > deepest:
                deepest = depth
    return deepest


def estimated_depth(html_text: str) -> int:
    """The deepest nesting of open elements, as a forgiving parser would count it (roughly)."""
    stack: list[str] = []
    deepest = 0
    for _token, tag, closing in _element_tags(html_text):
        if closing:
            _close(stack, tag)
        else:
            _open(stack, tag)
            deepest = max(deepest, len(stack))
    return deepest


def _element_tags(html_text: str) -> Iterator[tuple[re.Match[str], str, bool]]:
    """(match, lower-case name, is an end tag) of each tag that opens or closes an element: comments, the insides
    of scripts and styles, void elements and self-closed tags are passed over."""
    for token in _TOKEN.finditer(html_text):
        tag = (token["tag"] or "").lower()
        if tag and tag not in _VOID and not token.group(0).endswith("/>"):
            yield token, tag, bool(token["close"])


def _open(stack: list[str], tag: str) -> None:
    if tag in _SELF_CLOSING_SIBLINGS and stack and stack[-1] == tag:
        stack.pop()
    stack.append(tag)


def _close(stack: list[str], tag: str) -> None:
    """Close ``tag`` and whatever opened inside it; an end tag with no open element is ignored."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth] == tag:
            del stack[depth:]
            return
