"""What is embedded in a text file without being its words: inline images as base64, mail links' targets."""

from __future__ import annotations

import re

from store.models import Removal

_INLINE_DATA = re.compile(r"(data:[\w/+.-]{1,80};base64,)[A-Za-z0-9+/=]{200,}")


def without_inline_data(text: str, removals: list[Removal]) -> str:
    """An image inlined as base64 ("![x](data:image/png;base64,...)") is no text: its data goes.

    The audit notes what went and how long it was; the hundreds of kilobytes themselves are kept
    out of it (they are the picture, not words of the article).
    """

    def drop(found: re.Match[str]) -> str:
        size = found.end() - found.start(0) - len(found.group(1))
        line = text.count("\n", 0, found.start()) + 1
        removals.append(Removal(reason="inline-data", text=f"{found.group(1)}… ({size:,} characters of base64)", line=line))
        return found.group(1) + "…"

    return _INLINE_DATA.sub(drop, text)


_LINK_TARGET = re.compile(r"[ \t]?<(https?://[^<>\s]{1,2000})>")


def without_link_targets(text: str, removals: list[Removal]) -> str:
    """A plain-text mail's links ("Read more <https://click.example/c/YT0x...>") lose their targets.

    A mail client writes each link's address after its words; the tracking
    addresses of a newsletter are no words of the article.  The audit keeps them.
    """
    out = []
    for number, line in enumerate(text.split("\n"), 1):
        if "<http" in line and (targets := _LINK_TARGET.findall(line)):
            removals.append(Removal(reason="link-target", text="\n".join(targets), line=number))
            line = _LINK_TARGET.sub("", line)
        out.append(line)
    return "\n".join(out)
