"""The outlet a Korean copyright line names: "Copyright ⓒ 이데일리 무단전재 및 재배포 금지".

Korean outlets close every story with the holder and the reprint ban ("무단 전재 및 재배포
금지"), in Hangul, where the Latin pattern of ``header_lines.copyright_holder`` sees no capital.
The line's own shape vouches for the name: the © sign or "저작권자" before it, the ban after it.
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
