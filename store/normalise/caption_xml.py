"""A news video's captions saved as XML: TTML/DFXP (broadcasters, players) and YouTube's timed text.

Like SubRip and WebVTT (see ``subtitles``) the captions are one running text cut into cues, here
each an element with its timing in attributes (``<p begin=... end=...>``, ``<text start=... dur=...>``).
The cues' text becomes one paragraph, which the run-on splitter cuts at sentences; sound captions
("[Music]") are left out.  YouTube's timed text escapes its text once more than XML needs
("&amp;#39;"), so what is left of entities is decoded.
"""

from __future__ import annotations

import html
import re

from store.normalise.feed_fields import Item
from store.normalise.untrusted_xml import parse_xml_text

_CAPTIONS_START = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,300}\?>\s*)?(?:<!--.{0,2000}?-->\s*|<!DOCTYPE[^>\[]{0,500}>\s*)*<(?:tt|transcript|timedtext)[\s>]",
    re.DOTALL,
)
_CUE_TAGS = frozenset({"p", "text"})
_SOUND = re.compile(r"\[[^\[\]]{1,40}\]|[♪♫]+")
_MIN_CUES = 2


def caption_xml_items(text: str) -> tuple[str, list[Item]] | None:
    """("captions", one item holding the captions' text), or None when ``text`` is no caption file."""
    if text[:1] not in "<\ufeff \t\r\n" or _CAPTIONS_START.match(text[:4096]) is None:
        return None
    root = parse_xml_text(text)
    if root is None:
        return None
    cues = []
    first_line = None
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag.rsplit("}", 1)[-1] not in _CUE_TAGS:
            continue
        for br in element.iter("{*}br", "br"):
            br.tail = " " + (br.tail or "")
        cue = " ".join(html.unescape("".join(element.itertext())).split())
        cue = " ".join(_SOUND.sub(" ", cue).split())
        if cue:
            cues.append(cue)
            first_line = first_line or getattr(element, "sourceline", None)
    if len(cues) < _MIN_CUES:
        return None
    return "captions", [Item(line=first_line or 1, body=" ".join(cues))]
