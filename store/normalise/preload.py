"""Build, once and up front, everything the normaliser otherwise builds on first need.

ftfy and trafilatura are slow to import, and the furniture, outlet and codepage
tables are compiled lazily; a process that normalises many files pays that
once.  A parent that calls ``preload()`` before forking worker processes pays
it once for all of them, instead of once per worker (about a second each).
"""

from __future__ import annotations

_SAMPLE_TEXT = """Officials say troops moved north

Example News — March 3, 2025
By A. Writer

About 1,000 soldiers were sent on Monday, the ministry said. "We will respond," he said.

Advertisement
"""
_SAMPLE_HTML = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Officials say troops moved</title></head><body>"
    "<nav><a href='/'>Home</a></nav><article><h1>Officials say troops moved</h1>"
    "<p>About 1,000 soldiers were sent on Monday, the ministry said.</p>"
    "<p>More details followed later in the week, officials added.</p></article>"
    "<footer>© 2025 Example News</footer></body></html>"
)


def preload() -> None:
    """Import and compile the normaliser's lazy parts by normalising two tiny samples."""
    from store.normalise.mojibake import _ftfy
    from store.normalise.pipeline import normalise_bytes

    _ftfy()
    normalise_bytes(_SAMPLE_TEXT.encode(), "preload.txt", suffix=".txt")
    normalise_bytes(_SAMPLE_HTML.encode(), "preload.html", suffix=".html")
