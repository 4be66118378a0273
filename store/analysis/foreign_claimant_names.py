"""The body or person a Japanese, Chinese or Korean speaker's words name, as the alias list knows them.

Copy in these languages wraps a known name in words of its own: the owner before it ("ウクライナのゼレンスキー
大統領", Ukraine's President Zelensky; "韓国の国家情報院"), a title after it ("ゼレンスキー大統領"), a title
before it ("乌克兰总统泽连斯基"), the short name in brackets after it ("国家情報院（国情院）"), traditional
characters ("韓國國家情報院").  Each wrapping is peeled off in turn until the alias list knows what is left;
a name it never knows is kept as written.
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.cjk_bodies import english_body
from store.analysis.claimants import aliased
from store.analysis.han_scripts import simplified

# Titles after a Japanese name: president, minister, press secretary, spokesperson, chief, Mr/Ms.
JA_TITLES = ("大統領", "首相", "国防相", "外相", "長官", "報道官", "局長", "司令官", "議員", "氏")
# Titles before a Chinese name: president, spokesperson, minister, director, lawmaker.
ZH_TITLES = ("总统", "发言人", "部长", "局长", "议员")
# The short name in brackets after the full one: "国家情報院（国情院）", "국가정보원(국정원)".
_BRACKETED_TAIL = re.compile(r"\s*[（(](?P<short>[^（）()]{1,12})[）)]$")
# The owner's particle: "ウクライナの…", "韩国的…".
_OWNER_PARTICLES = ("の", "的")


def _peeled(raw: str) -> list[str]:
    """``raw`` and the names left when its wrappings are peeled off, most of the words kept first."""
    names = [raw]
    if (tail := _BRACKETED_TAIL.search(raw)) is not None:
        names += [raw[: tail.start()], tail.group("short")]
    for name in list(names):
        for particle in _OWNER_PARTICLES:
            if particle in name:
                names += [name.replace(particle, "", 1), name[name.index(particle) + 1 :]]
    for name in list(names):
        if name.endswith(JA_TITLES) and len(name) > 3:
            names.append(name[: -len(next(t for t in JA_TITLES if name.endswith(t)))])  # "ゼレンスキー大統領"
        if (title := next((t for t in ZH_TITLES if t in name[:-1]), None)) is not None:
            names.append(name[name.index(title) + len(title) :])  # "乌克兰总统泽连斯基": Zelensky
    return names


def known_name(raw: str) -> str:
    """The alias list's name for ``raw`` or for the first of its peeled names it knows; else ``raw``."""
    for name in _peeled(raw):
        if name and (claimant := aliased(name)) != name:
            return claimant
        if name and (plain := simplified(name)) != name and aliased(plain) != plain:
            return aliased(plain)  # "韓國國家情報院" is the simplified "韩国国家情报院": the NIS
    for name in _peeled(raw):
        if name and (english := english_body(name)) is not None:
            return english  # "우크라이나 정보당국": Ukrainian intelligence, as English copy names it
    return raw


def speaker_anchor(sentence: str, start: int, end: int, cue_end: int, name: str | None) -> Anchor:
    """The anchor of a speaker found at ``start:end`` (or named ``name``), its cue ending at ``cue_end``."""
    raw = name or sentence[start:end]
    at = sentence.rfind(raw, 0, end) if name else start
    return Anchor(max(at, 0), cue_end, raw, known_name(raw), kind="verb")  # "국정원" is the NIS
