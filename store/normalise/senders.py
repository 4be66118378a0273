"""Whether a mail sender ("Jane Doe <jane.doe@gmail.com>") is a person or a publication.

A newsletter is sent by its publication ("Harbour Times <news@harbourtimes.example>"),
but a forwarded article, a colleague's notes or a list post is sent by a person, who is
the writer, not the outlet.  People's addresses spell their names ("k.marsh", "jane.doe1987",
"jdoe"), and a personal mailbox at a free mail service is never a publication's.
"""

from __future__ import annotations

import re

_FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "live.com",
    "msn.com", "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net",
    "web.de", "mail.ru", "yandex.ru", "ya.ru", "ukr.net", "wp.pl", "o2.pl", "interia.pl", "seznam.cz",
    "naver.com", "daum.net", "hanmail.net", "qq.com", "163.com",
})
_PIECES = re.compile(r"[^\W\d_]+")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*")


def sender_is_person(name: str, address: str) -> bool:
    """``name`` (a display name) is a person writing from ``address``, not a publication."""
    from store.normalise.metadata import person_names
    from store.normalise.outlets import has_publication_word

    if not name or person_names(name) is None or has_publication_word(name):
        return False  # ("Peninsula Notes <peninsulanotes@…>": a newsletter's name, spelt in its address as a person's is)
    local, _, domain = address.lower().partition("@")
    if domain in _FREE_MAIL:
        return True
    words = [w.lower() for w in _NAME_WORD.findall(name)]
    if len(words) < 2 or not local:
        return False
    first, last = words[0], words[-1]
    pieces = _PIECES.findall(local)
    if last in pieces:
        # "k.marsh", "jane.doe1987": the surname and the first name or its initial
        return any(p == first or p == first[0] for p in pieces if p != last)
    joined = "".join(pieces)
    return joined in (first + last, first[0] + last, first + "." + last, last + first, last + first[0])


# What mail clients put before a forwarded or replied-to subject, in the languages of the region's mail.
_REPLY_PREFIX = re.compile(r"^(?:(?:fwd?|fw|re|aw|wg|tr|rv|odp|pd|sv|vs|ответ|пересл|відп)\s*(?:\[\d{1,3}\])?\s*:\s*)+", re.IGNORECASE)


def without_reply_prefix(subject: str) -> str:
    """"Fwd: Re: Kursk deployment" -> "Kursk deployment": the prefixes are the mail's, not the title's."""
    stripped = _REPLY_PREFIX.sub("", subject, count=1)
    return stripped if stripped.strip() else subject
