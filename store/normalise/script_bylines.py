"""Bylines in the scripts that write no capitals, and in Greek, whose "By" is an article in the genitive.

"โดย สมชาย วงศ์ใหญ่" (Thai), "بقلم: أحمد الخطيب" (Arabic), "מאת דנה כהן" (Hebrew) and "Του Νίκου
Παπαδόπουλου" (Greek) each sign a story as "By Jane Doe" does.  The English reading of a byline tells a
name by its capitals; Thai, Arabic and Hebrew have none, so a name there is what follows the byline word
when it is short, holds no digit and ends in no sentence's stop.
"""

from __future__ import annotations

import re

_BYLINE = re.compile(
    r"(?:(?:โดย|เขียนโดย|ผู้เขียน|รายงานโดย)\s*:?\s+|(?:بقلم|كتب|كتبت|إعداد|تقرير|تحرير)\s*[:：]?\s*"
    r"|(?:מאת|כתב|כתבה|מאת:)\s*:?\s+|(?:Του|Της|Των|Από τον|Από την|Γράφει ο|Γράφει η)\s+)(?P<name>\S.{1,58})"
)
# Words a name never holds: digits, a sentence's stops, a field colon, a link.
_NOT_IN_NAME = re.compile(r"[\d.!?؟:;,،()\[\]/@|]|http")
_GREEK_NAME_WORD = re.compile(r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς'’-]{1,25}")
_MOST_WORDS = {"thai": 3, "greek": 3, "other": 4}


# An Arabic paper files its story from a place, then names the writer: "سيول: عبد الله محمد" (Seoul: Abdullah Mohammed).
_PLACED_ARABIC = re.compile(r"(?P<place>[\u0621-\u064a]{2,15})\s?:\s?(?P<name>[\u0621-\u064a]{2,15}(?: [\u0621-\u064a]{2,15}){1,3})")


# A Japanese paper does the same with an equals sign, its stamp often run on: "ソウル＝鈴木花子2024年11月4日 15時30分".
_PLACED_JAPANESE = re.compile(
    r"(?P<place>[\u30a0-\u30ff\u4e00-\u9fff]{2,8})[＝=](?P<name>[\u4e00-\u9fff\u3040-\u30ff]{2,6}?)(?:\s*(?:記者|特派員))?(?=\s*(?:\d|$))"
)


def placed_byline(text: str) -> tuple[str, str] | None:
    """(place, writer) of "سيول: عبد الله محمد" or "ソウル＝鈴木花子" (a date may run on after it); None for any other line.

    A wire named so ("ソウル＝共同", a dateline's) is no writer.
    """
    from store.normalise.outlets import outlet_table

    text = text.strip()
    if (found := _PLACED_ARABIC.fullmatch(text)) is not None:
        return found["place"], found["name"]
    found = _PLACED_JAPANESE.match(text) if "＝" in text or "=" in text else None
    if found is None or outlet_table().lookup(found["name"]) is not None:
        return None
    return found["place"], found["name"]


def script_byline(text: str) -> str | None:
    """The writer "โดย สมชาย วงศ์ใหญ่" or "Του Νίκου Παπαδόπουλου" names; None for any other line."""
    found = _BYLINE.fullmatch(text.strip())
    if found is None:
        return None
    name = found["name"].strip()
    if _NOT_IN_NAME.search(name):
        return None
    words = name.split()
    first = text.lstrip()[:1]
    if "\u0391" <= first <= "\u03ce":
        if len(words) > _MOST_WORDS["greek"] or not all(_GREEK_NAME_WORD.fullmatch(word) for word in words):
            return None  # ("Της Ρωσίας ..." opens a phrase; a Greek name is capitalised words only)
        return name
    if "\u0e00" <= first <= "\u0e7f":
        return name if len(words) <= _MOST_WORDS["thai"] and all(len(word) <= 25 for word in words) else None
    if not 1 <= len(words) <= _MOST_WORDS["other"] or any(word.isascii() for word in words):
        return None
    return name
