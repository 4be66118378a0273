"""Charset labels that mail clients and web pages use but Python's codec registry does not know.

Python knows "iso-8859-8" and "shift_jis" but not "iso-8859-8-i" (what Hebrew mail clients and
pages declare), "windows-874" (Thai Outlook), "x-sjis", "x-euc-jp", "x-mac-cyrillic" or
"koi8-ru".  The mail library then keeps a subject as replacement characters and refuses a base64
body outright, and a page's declaration is ignored.  Registering these labels (the aliases of the
WHATWG Encoding Standard and of old mailers) with ``codecs`` lets every reader (the mail library,
``declared_charset``, detection) take them as what they name.
"""

from __future__ import annotations

import codecs
import re

# Label (lower case, hyphens) -> the Python codec it names.
_LABELS = {
    # Hebrew: "-i" (logical order) and "-e" (explicit) name the same bytes as ISO 8859-8.
    "iso-8859-8-i": "iso8859_8",
    "iso-8859-8-e": "iso8859_8",
    "csiso88598i": "iso8859_8",
    "csiso88598e": "iso8859_8",
    "logical": "iso8859_8",
    "visual": "iso8859_8",
    # Thai: browsers read TIS-620 and ISO 8859-11 as Windows-874, its superset.
    "windows-874": "cp874",
    "dos-874": "cp874",
    "x-windows-874": "cp874",
    # Japanese.
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "cswindows31j": "cp932",
    "x-ms-cp932": "cp932",
    "x-euc-jp": "euc_jp",
    "x-euc": "euc_jp",
    # Chinese and Korean.
    "x-gbk": "gbk",
    "gb-2312-80": "gb2312",
    "x-x-big5": "big5",
    "cn-big5": "big5",
    "x-windows-949": "cp949",
    "windows-949": "cp949",
    "ks-c-5601": "cp949",
    "ksc5601": "cp949",
    # Cyrillic.
    "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-ukrainian": "mac_cyrillic",
    "koi": "koi8_r",
    "koi8": "koi8_r",
    "koi8-ru": "koi8_u",
    # Other old Mac names, and UTF-8 under its early names.
    "x-mac-roman": "mac_roman",
    "unicode-1-1-utf-8": "utf_8",
    "unicode20utf8": "utf_8",
    "x-unicode20utf8": "utf_8",
}
# Windows codepages spelt with a prefix ("x-cp1251", "win-1251", "cp-1251", "ms-1252").
_WINDOWS = re.compile(r"(?:x-)?(?:cp|win|windows|ms)-?(125[0-8])")
# DOS (IBM) codepages under their mailers' names ("cp-850", "dos-866", "ibm-437", "x-ibm850"): Python knows
# "cp850" and "ibm850" only.
_DOS = re.compile(r"(?:x-)?(?:cp|ibm|dos)-?(437|737|775|85[0278]|85[56]|86[0-69]|1125)")
# ISO 8859 parts written without their separators ("iso88596", "iso8859-6", "iso_8859-6:1987").
_ISO_8859 = re.compile(r"iso-?8859-?([1-9]|1[013-6])(?::\d{4})?")  # there is no part 12


def _search(name: str) -> codecs.CodecInfo | None:
    label = name.strip().lower().replace("_", "-").replace(" ", "-")
    target = _LABELS.get(label)
    if target is None and (windows := _WINDOWS.fullmatch(label)):
        target = f"cp{windows.group(1)}"
    if target is None and (dos := _DOS.fullmatch(label)):
        target = f"cp{dos.group(1)}"
    if target is None and (iso := _ISO_8859.fullmatch(label)):
        target = f"iso8859_{iso.group(1)}"
    if target is None and label.startswith("x-") and len(label) > 2:
        # An "experimental" prefix before a name Python knows ("x-euc-kr", "x-iso-2022-jp"): the same bytes.
        try:
            return codecs.lookup(label[2:])
        except LookupError:
            return None
    if target is None or target == label:
        return None  # (a name Python lacks too: asking again would only come back here)
    return codecs.lookup(target)


codecs.register(_search)
