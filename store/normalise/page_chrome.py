"""Markup that a saved page carries but that is never the article: cut before extraction.

An AMP page's ``<amp-sidebar>`` is its navigation drawer (a list of section links that
extraction would read as the story's bullet points), a copy saved from the Wayback Machine
carries the archive's toolbar between two comments the archive writes around it, and a wiki
sets an "[edit]" link beside each section heading (with it the heading would be taken for a
link row and dropped).  All are found by their markup, which is fixed by the AMP standard, the
archive and the wiki software, never by their words.
"""

from __future__ import annotations

import re

_AMP_SIDEBAR = re.compile(r"<amp-sidebar\b.{0,200000}?</amp-sidebar\s*>", re.IGNORECASE | re.DOTALL)
_WAYBACK_TOOLBAR = re.compile(
    r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.{0,400000}?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->", re.IGNORECASE | re.DOTALL
)

# MediaWiki's "[edit | edit source]" beside a heading: its span, brackets included.
_WIKI_EDIT_LINKS = re.compile(
    r"<span\b[^>]{0,200}?class=[\"']mw-editsection[\"'][^>]{0,200}>(?:.{0,2000}?mw-editsection-bracket[^>]{0,200}>\s?\]\s?</span>\s*|(?:(?!</?span\b).){0,2000}?)</span>",
    re.IGNORECASE | re.DOTALL,
)


def without_page_chrome(html_text: str) -> str:
    """``html_text`` without an AMP navigation drawer and an archive's toolbar."""
    if "amp-sidebar" in html_text:
        html_text = _AMP_SIDEBAR.sub("", html_text)
    if "WAYBACK TOOLBAR" in html_text:
        html_text = _WAYBACK_TOOLBAR.sub("", html_text)
    if "mw-editsection" in html_text:
        html_text = _WIKI_EDIT_LINKS.sub("", html_text)
    return html_text
