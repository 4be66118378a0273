"""The outlet a Korean copyright line names: "Copyright ⓒ 이데일리 무단전재 및 재배포 금지".

Korean outlets close every story with the holder and the reprint ban ("무단 전재 및 재배포
금지"), in Hangul, where the Latin pattern of ``header_lines.copyright_holder`` sees no capital.
The line's own shape vouches for the name: the © sign or "저작권자" before it, the ban after it.

Also here, the other closing lines that name a publisher: the Latin copyright line's pattern (its
holder is an outlet where the name reads as a publication's, or where the page prints it atop too)
and a release's "About Human Rights Monitor" heading.
"""

from __future__ import annotations

import re

_HOLDER = re.compile(
    r"[<\[(（]?\s*(?:copyright\s*)?(?:저작권자\s*)?(?:ⓒ|©|\(c\)|\(C\))\s*(?:(?:19|20)\d\d\s*)?"
    r"(?P<name>[가-힣][가-힣A-Za-z0-9&·.]*(?: [가-힣A-Za-z][가-힣A-Za-z0-9&·]*){0,2}?)"
    r"\s*(?:[.,:]|\s|$)\s*(?:all rights reserved|무단|$|[>\])）])",
    re.IGNORECASE,
)


def hangul_copyright_holder(text: str) -> str | None:
    """"연합뉴스" for "Copyright ⓒ 연합뉴스. All rights reserved. 무단 전재 …"; None for other lines."""
    if len(text) > 160:
        return None
    found = _HOLDER.search(text)
    if found is None:
        return None
    name = found["name"].strip(" .·")
    return name if 2 <= len(name) <= 20 else None


# A Latin copyright line and its holder: "© 2024 Meridian Daily. All rights reserved." (``header_lines.copyright_holder``).
COPYRIGHT_HOLDER = re.compile(
    r"^(?:copyright\s*)?[©ⓒ]?\s*(?:\(c\)\s*)?(?:copyright\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|the|and|&)){0,5}?)\.?(?:\s*(?:all rights reserved|\||$))",
    re.IGNORECASE,
)


def copyright_name(text: str) -> str | None:
    """The name a copyright line gives, publication-like or not ("NK Frontline"): an outlet only where the page prints it too."""
    found = COPYRIGHT_HOLDER.match(text.strip())
    name = found["name"].rstrip(".") if found is not None else ""
    return name if name[:1].isupper() and len(name.split()) <= 4 else None


_ABOUT_ISSUER = re.compile(r"About (?!(?:the |our |this |us\b|me\b))(?P<name>[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|for|and|the|on|in|&)){0,7})")


def about_issuer(text: str) -> str | None:
    """The organisation an "About Human Rights Monitor" heading (closing a release) describes, or None."""
    found = _ABOUT_ISSUER.fullmatch(text.strip().rstrip(":"))
    return found["name"] if found and found["name"].split()[-1][:1].isupper() else None
