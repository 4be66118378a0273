"""Characters that change how text looks or sorts without being seen, and the pattern that finds them.

One list for the normaliser (which removes them from passages) and the search query parser (which removes
them from pasted queries, or "Kur\u00adsk" would be two words).  A module of its own because the query
parser must not load ``store.normalise``: that package takes a third of a second to import.
"""

from __future__ import annotations

import re

# Zero-width characters (ZWSP, ZWNJ, ZWJ, WJ, invisible operators, BOM/ZWNBSP,
# soft hyphen) and bidi controls (LRM, RLM, ALM, embeddings, overrides,
# isolates).  Bidi overrides can make a passage read differently from what it says.
INVISIBLE_CHARACTERS = (
    "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad"
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Except that Persian, Urdu and the Indic scripts spell with ZWNJ and ZWJ ("گزارش‌ها", "क्‍ष"): between two
# letters of those scripts they are part of the word, and taking them out misspells it.
_JOINING_SCRIPTS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufefc"
INVISIBLE = re.compile(
    "[" + INVISIBLE_CHARACTERS.replace("\u200c\u200d", "") + "]"
    f"|(?<![{_JOINING_SCRIPTS}])[\u200c\u200d]|[\u200c\u200d](?![{_JOINING_SCRIPTS}])"
)
