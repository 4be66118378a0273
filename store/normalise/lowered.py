"""Case-insensitive patterns run as case-sensitive ones over lowercased text.

Python's case-insensitive matching compares character by character through
case folding, which defeats the regular-expression engine's quick test of an
alternative's first character; a furniture rule set of a hundred alternatives
then costs several times more per line than the same alternatives matched
case-sensitively against ``text.lower()``.  The two are the same, character
for character and span for span, when

* the pattern only names lowercase ASCII letters, caseless characters and
  classes that do not depend on case (``\\w``, ``\\d``, ``\\s``, ``.``), sets no
  inline flags and uses no back-references (``is_lowercase_pattern``), and
* the text holds none of the four characters that case-insensitive matching
  takes for an ASCII letter without lowercasing to one (``ı``, ``ſ``, the
  Kelvin sign ``K``) or that lowercasing lengthens (``İ``) (``lowered``).

Anything else simply keeps the case-insensitive pattern.
"""

from __future__ import annotations

import re
import unicodedata

_FOLDS_TO_ASCII = ("\u0131", "\u017f", "\u212a")  # ı, ſ, K; "İ" lengthens when lowercased
_LARGEST_RANGE = 0x1000  # classes spanning more characters are not examined


def lowered(text: str) -> str | None:
    """``text.lower()`` when case-sensitive matching on it equals case-insensitive matching on ``text``."""
    low = text.lower()
    if len(low) != len(text):
        return None
    if not text.isascii() and any(ch in text for ch in _FOLDS_TO_ASCII):
        return None
    return low


def _caseless_or_lower_ascii(code: int) -> bool:
    char = chr(code)
    if char.isascii():
        return not ("A" <= char <= "Z")
    return char.lower() == char.upper() and unicodedata.category(char) not in ("Lu", "Ll", "Lt", "Lm")


def is_lowercase_pattern(pattern: str) -> bool:
    """May ``pattern`` (meant case-insensitively) run case-sensitively on lowercased text?

    Decided on the parsed pattern, conservatively: anything not understood says no.
    """
    try:
        from re import _constants as c  # the parser's own vocabulary (Python 3.11+)
        from re import _parser

        tree = _parser.parse(pattern, re.IGNORECASE)
    except Exception:  # noqa: BLE001  an unknown parser simply means "keep ignoring case"
        return False
    return _items_ok(list(tree), c)


def _items_ok(items: list, c) -> bool:  # noqa: ANN001  re._constants
    plain = (c.ANY, c.AT)
    for op, av in items:
        if op in plain:
            continue
        if op in (c.LITERAL, c.NOT_LITERAL):
            if not _caseless_or_lower_ascii(av):
                return False
        elif op is c.IN:
            if not _class_ok(av, c):
                return False
        elif op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags or not _items_ok(list(sub), c):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _items_ok(list(av[2]), c):
                return False
        elif op is c.BRANCH:
            if not all(_items_ok(list(alternative), c) for alternative in av[1]):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _items_ok(list(av[1]), c):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _items_ok(list(av), c):
                return False
        else:
            return False  # back-references, conditionals, anything new
    return True


def _class_ok(items: list, c) -> bool:  # noqa: ANN001
    for op, av in items:
        if op is c.NEGATE:
            continue
        if op is c.LITERAL:
            if not _caseless_or_lower_ascii(av):
                return False
        elif op is c.RANGE:
            low, high = av
            if high - low > _LARGEST_RANGE or not all(_caseless_or_lower_ascii(code) for code in range(low, high + 1)):
                return False
        elif op is c.CATEGORY:
            if av not in (
                c.CATEGORY_DIGIT, c.CATEGORY_NOT_DIGIT, c.CATEGORY_SPACE,
                c.CATEGORY_NOT_SPACE, c.CATEGORY_WORD, c.CATEGORY_NOT_WORD,
            ):
                return False
        else:
            return False
    return True
