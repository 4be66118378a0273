"""An outlet named with what it is: "the Yonhap news agency", "South Korea's Yonhap news agency", "Japan's Kyodo News".

The words around an outlet's name describe it (what kind of outlet, whose, who funds it); the name alone is
who carried the words, so that one agency named three ways is one relay and one claimant.  A body keeps its
country ("South Korea's Joint Chiefs of Staff" is not the American one): only an outlet, told by the kind
named after it or by the word its name ends in, loses it.
"""

from __future__ import annotations

from store.analysis.name_keys import is_listed

# The kinds of outlet written after a name in lower case ("the Guardian newspaper", "the TASS news agency").
_KINDS = (
    ("news", "agency"), ("wire", "service"), ("news", "website"), ("news", "site"), ("news", "outlet"),
    ("news", "channel"), ("newswire",), ("newspaper",), ("daily",), ("broadcaster",), ("tabloid",), ("weekly",),
    ("magazine",),
)
_KIND_ENDS = frozenset(kind[-1] for kind in _KINDS)  # a name's last word is one of these, or it names no kind
# Words an outlet's own name ends in ("Kyodo News", "Financial Times", "Korea Herald", "Chosun Ilbo").
_MASTHEAD_ENDS = frozenset(
    "news times post journal herald telegraph guardian independent gazette tribune shimbun ilbo pravda izvestia".split()
)

# Agencies and broadcasters known by one word, written after their country's possessive ("Japan's Kyodo").
_WIRE_NAMES = frozenset(
    "Yonhap Kyodo Jiji TASS Tass RIA Interfax Xinhua KCNA Ukrinform Newsis NHK KBS MBC SBS Sputnik Reuters AFP".split()
)


def bare_outlet(tokens: list[str]) -> list[str]:
    """The tokens of an outlet's own name, or ``tokens`` as they are when they name no outlet."""
    if len(tokens) < 2:
        return tokens
    lowered = [t.lower() for t in tokens]
    kind = next((k for k in _KINDS if len(k) < len(tokens) and tuple(lowered[-len(k) :]) == k), None) if (
        lowered[-1] in _KIND_ENDS
    ) else None
    named = tokens[-len(kind) - 1] if kind is not None else ""
    if kind is not None and tokens[-len(kind)][:1].islower() and named[:1].isupper() and not named.endswith(("'s", "’s")):
        if not _unmistakable(tokens[: -len(kind)]):
            return tokens  # "the Interfax news agency" stays: one unknown word alone is read as a surname
        tokens = tokens[: -len(kind)]  # "Yonhap news agency": the name, then what it is
    elif (lowered[-1] not in _MASTHEAD_ENDS or not tokens[-1][:1].isupper()) and not (
        len(tokens) == 2 and tokens[-1][:1].isupper() and tokens[-1] in _WIRE_NAMES
    ):
        return tokens  # ("Japan's Kyodo", "Russia's TASS": an outlet the alias list knows, after its owner)
    # "South Korea's Yonhap", "the country's government-funded Yonhap", "Japan's Kyodo News": the name after
    # the owner's possessive and any lower-case descriptors.
    owner_end = max((i for i, t in enumerate(tokens) if t.endswith(("'s", "’s"))), default=-1)
    if owner_end < 0:
        return tokens
    rest = tokens[owner_end + 1 :]
    name_start = next((i for i, t in enumerate(rest) if t[:1].isupper()), len(rest))
    name = rest[name_start:]
    if not name or any(t[:1].isupper() for t in rest[:name_start]) or not all(t[:1].isupper() for t in name):
        return tokens
    return name


def _unmistakable(tokens: list[str]) -> bool:
    """Whether an outlet's bare name names it alone: a known alias ("Yonhap"), an acronym ("TASS"), or more
    than one capitalised word ("Asahi Shimbun").  One unknown word would be folded with a person's surname."""
    name = tokens[-1]
    if len(tokens) > 1 and tokens[-2][:1].isupper() and not tokens[-2].endswith(("'s", "’s")):
        return True
    return (name.isupper() and len(name) > 1) or is_listed(name)


def described_as_outlet(raw: str) -> bool:
    """Whether a speaker's words name an outlet by its kind ("the Yonhap news agency"): a body, though its
    bare name ("Yonhap") is one word, as a surname is."""
    lowered = tuple(raw.lower().rstrip(" ,.").split())
    return any(len(k) < len(lowered) and lowered[-len(k) :] == k for k in _KINDS)
