"""The signature an embedded social post is copied with: "— Name (@handle) November 14, 2024".

The normaliser sets a signed post apart by it, and the claims reader credits the post's figures to the
name in it, so both read one pattern.  Bluesky's and Mastodon's handles are addresses ("@jane.bsky.social",
"@kim@mastodon.social"), and Bluesky's date carries its time ("November 5, 2024 at 9:14 AM").
"""

from __future__ import annotations

import re

_SIGNATURE = (
    r"(?P<name>[^()\n—–]{1,60}?)\s?\((?P<handle>@\w[\w.@-]{0,60})\)"
    r"(?P<date>\s*[^\s()@][^()@\n]{0,30}\d{4}(?:,?\s(?:at\s)?\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)?)?\s*"
)
_DASHED_SIGNATURE = re.compile(rf"[—–-]\s?{_SIGNATURE}")
_BARE_SIGNATURE = re.compile(_SIGNATURE)
# A post's text and its signature in one paragraph: "... pic.twitter.com/3lOtCi13TO — Name (@handle) Nov 14, 2024".
SIGNED_AT_END = re.compile(rf"(?<=\S)\s?[—–]\s?{_SIGNATURE}$")
LONGEST_SIGNATURE = 120


def post_signature(text: str) -> re.Match[str] | None:
    """``text`` as a whole signature: the date is optional after a dash (some copies drop it) and required
    without one (the dash is what other copies drop)."""
    if "(@" not in text or len(text) > LONGEST_SIGNATURE:
        return None
    text = text.strip()
    found = _DASHED_SIGNATURE.fullmatch(text) or _BARE_SIGNATURE.fullmatch(text)
    if found is None or (text[:1] not in "—–-" and found.group("date") is None):
        return None
    return found
