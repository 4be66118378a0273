"""XML from files nobody vouches for, parsed one way everywhere: no entities resolved, nothing fetched.

Feeds, agency XML, caption files, note exports and Office packages all arrive as untrusted
bytes.  A parser that resolved entities could be made to read local files or expand a
"billion laughs"; one that fetched DTDs would reach the network.  lxml's ``recover`` mode
reads the half-broken XML that exporters write; a text that is not XML even then gives None
and is read as text by the caller.
"""

from __future__ import annotations

import re
from typing import Any

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,300}\?>")


def parse_xml_bytes(xml: bytes, *, huge: bool = False) -> Any | None:
    """The root element of ``xml``, or None when it cannot be read as XML.

    ``huge``: lift lxml's limits on deep trees and long texts, for a document (a Word body, a
    notebook) that is one file of its own rather than a feed or a caption file.
    """
    try:
        from lxml import etree

        parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=huge)
        return etree.fromstring(xml, parser)
    except Exception:  # noqa: BLE001  not well-formed enough to read: the caller reads it as text
        return None


def parse_xml_text(text: str, *, huge: bool = False) -> Any | None:
    """``parse_xml_bytes`` of decoded text: its declaration (which may name the encoding it no longer has) is dropped."""
    return parse_xml_bytes(_XML_DECLARATION.sub("", text, count=1).encode("utf-8"), huge=huge)


def local_name(tag: object) -> str:
    """A tag without its namespace, in either spelling: "{http://…}item" or "dc:creator" → "item", "creator"."""
    return str(tag).rsplit("}", 1)[-1].split(":")[-1]
