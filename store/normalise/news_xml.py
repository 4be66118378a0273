"""Articles in the XML formats news agencies deliver: NITF and IPTC NewsML (G2 and 1.x).

A wire's story saved from its feed, or from a media monitor that keeps the agency's own format,
is XML with the headline, byline, dates and body in named elements (NITF's ``<hl1>``,
``<byline>``, ``<body.content>``; NewsML-G2's ``<headline>``, ``<by>``, ``<inlineXML>``).  Read as a
page, every field would run together with the text.  Each story becomes an ``Item``; its body's
paragraphs stay markup for the container reader.  External entities are never resolved.
"""

from __future__ import annotations

import re

from store.normalise.feed_fields import Item
from store.normalise.untrusted_xml import local_name, parse_xml_text

# The root after an optional declaration, comments, processing instructions and a doctype; a
# converter may write it with a namespace prefix ("<nitf:nitf xmlns:nitf=…>").
_NEWS_XML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,300}\?>\s*)?(?:<!--.{0,2000}?-->\s*|<\?[^>]{0,300}\?>\s*|<!DOCTYPE[^>\[]{0,500}>\s*)*"
    r"<(?:[A-Za-z_][\w.-]{0,30}:)?(?:nitf|newsItem|newsMessage|NewsML|packageItem)[\s>]",
    re.DOTALL,
)
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?")
_BY = re.compile(r"^\s*(?:by|von|par|por|di)\s+", re.IGNORECASE)


def news_xml_items(text: str) -> tuple[str, list[Item]] | None:
    """("nitf" or "newsml", the stories as items), or None when ``text`` is neither."""
    if text[:1] not in "<\ufeff \t\r\n" or _NEWS_XML_START.match(text[:8192]) is None:
        return None
    root = parse_xml_text(text)
    if root is None:
        return None
    if local_name(root.tag) == "nitf":
        items = [_nitf_item(root)]
        kind = "nitf"
    else:
        kind = "newsml"
        items = [_g2_item(element) for element in root.iter() if isinstance(element.tag, str) and local_name(element.tag) == "newsItem"]
        items += [_newsml1_item(element) for element in root.iter() if isinstance(element.tag, str) and local_name(element.tag) == "NewsItem"]
    items = [item for item in items if item.title or item.body]
    return (kind, items) if items else None


def _nitf_item(root: object) -> Item:
    head = _first(root, "head")
    pubdata = _first(head, "pubdata") if head is not None else None
    byline = _first(root, "byline")
    person = _first(byline, "person") if byline is not None else None
    author = _text(person) or (_BY.sub("", _text(byline) or "") or None)
    dated = next((el.get("norm") for name in ("date.issue", "story.date", "date.release") for el in _all(root, name) if el.get("norm")), None)
    return Item(
        line=getattr(root, "sourceline", None) or 1,
        title=_text(_first(root, "hl1")) or (_text(_first(head, "title")) if head is not None else None),
        # (the agency that put the story out stands in ``<distributor>`` when the head names no paper)
        outlet=(pubdata.get("name") if pubdata is not None else None) or _copyright_holder(root) or _text(_first(root, "distributor")),
        author=author,
        published=compact_date(dated) or (pubdata.get("date.publication") if pubdata is not None else None),
        body=_markup(_first(root, "body.content")),
    )


def _copyright_holder(root: object) -> str | None:
    element = _first(root, "doc.copyright")
    return element.get("holder") if element is not None else None


def _g2_item(item: object) -> Item:
    meta = _first(item, "contentMeta")
    provider = _first(item, "provider")
    outlet = (_text(_first(provider, "name")) or provider.get("literal")) if provider is not None else None
    creator = _first(meta, "creator") if meta is not None else None
    author = _text(_first(meta, "by")) if meta is not None else None
    author = author or (_text(_first(creator, "name")) or creator.get("literal") if creator is not None else None)
    dated = next((_text(_first(item, name)) for name in ("contentCreated", "firstCreated", "versionCreated") if _text(_first(item, name))), None)
    content = _first(item, "inlineXML")
    body = _markup(_first(content, "body") if content is not None and _first(content, "body") is not None else content)
    if not body and (data := _first(item, "inlineData")) is not None:
        body = "".join(data.itertext()).strip()
    return Item(
        line=getattr(item, "sourceline", None) or 1,
        title=_text(_first(meta, "headline")) if meta is not None else None,
        outlet=outlet,
        author=_BY.sub("", author) if author else None,
        published=dated,
        body=body,
    )


def _newsml1_item(item: object) -> Item:
    """NewsML 1.x: ``<NewsLines><HeadLine>``, ``<ByLine>``, a ``<DataContent>`` holding the text or NITF."""
    content = _first(item, "DataContent")
    nitf = _first(content, "nitf") if content is not None else None
    inner = _nitf_item(nitf) if nitf is not None else None
    byline = _text(_first(item, "ByLine"))
    return Item(
        line=getattr(item, "sourceline", None) or 1,
        title=_text(_first(item, "HeadLine")) or (inner.title if inner else None),
        outlet=(inner.outlet if inner else None) or _text(_first(item, "CopyrightLine")),
        author=_BY.sub("", byline) if byline else (inner.author if inner else None),
        published=compact_date(_text(_first(item, "FirstCreated")) or _text(_first(item, "DateId"))) or (inner.published if inner else None),
        body=inner.body if inner else _markup(content),
    )


def _markup(element: object | None) -> str:
    """An element's content as markup without namespaces, for the container reader's paragraphs."""
    if element is None:
        return ""
    from lxml import etree

    inner = (element.text or "") + "".join(etree.tostring(child, encoding="unicode") for child in element)  # type: ignore[attr-defined]
    return re.sub(r'\s?xmlns(?::\w+)?="[^"]{0,200}"|(?<=</)\w+:|(?<=<)\w+:', "", inner).strip()


def compact_date(value: str | None) -> str | None:
    """NITF's and NewsML 1's compact "20250329T080000Z" written as ISO 8601, which every date reader knows."""
    if not value or (found := _COMPACT_DATE.fullmatch(value.strip().rstrip("Z").split("+")[0])) is None:
        return value
    year, month, day, hour, minute, second = found.groups()
    if hour is None:
        return f"{year}-{month}-{day}"
    return f"{year}-{month}-{day}T{hour}:{minute}:{second or '00'}Z"


def _first(element: object | None, name: str) -> object | None:
    if element is None:
        return None
    return next(_all(element, name), None)


def _all(element: object, name: str):
    return (el for el in element.iter() if isinstance(el.tag, str) and local_name(el.tag) == name)  # type: ignore[attr-defined]


def _text(element: object | None) -> str | None:
    if element is None:
        return None
    text = " ".join("".join(element.itertext()).split())  # type: ignore[attr-defined]
    return text or None

