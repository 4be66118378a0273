"""Articles packed in a container: RSS/Atom feeds, news-API JSON, saved e-mails.

A feed export, a news API's JSON answer and a newsletter saved as ``.eml``
hold articles together with their metadata in fields.  Each is recognised by
its content (whatever the file's suffix), and unpacked into the layout of a
feed-reader dump that the rest of the pipeline already reads: per item
"Title:", "Source:", "Author:", "Published:" and "URL:" header lines, then
the body's paragraphs.  Every rendered line remembers the source line of
the item it came from, for the audit.

Markup inside a field (an RSS description, an e-mail's HTML part) becomes one
paragraph per text block.  External entities are never resolved and nothing
is fetched.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from store.normalise.caption_xml import caption_xml_items
from store.normalise.characters import squash_spaces
from store.normalise.dates import find_date
from store.normalise.extracted_text import RULE_LINE
from store.normalise.feed_fields import Item
from store.normalise.feed_links import linked_headlines, title_without_source
from store.normalise.json_containers import json_container
from store.normalise.mail import mail_items
from store.normalise.mail_digests import digest_items
from store.normalise.markdown import CAPTION_MARKER
from store.normalise.news_xml import news_xml_items
from store.normalise.note_exports import note_items
from store.normalise.research_exports import research_export_items
from store.normalise.shapes import folded_line
from store.normalise.standfirsts import standfirst
from store.normalise.tables import table_items
from store.normalise.untrusted_xml import local_name, parse_xml_text

# A feed's root after an optional declaration, comments, processing instructions and a doctype
# without an internal subset (RSS 0.91 has one; a subset's entities are no feed's business).
_XML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,300}\?>\s*)?(?:<!--.{0,2000}?-->\s*|<\?[^>]{0,300}\?>\s*|<!DOCTYPE[^>\[]{0,500}>\s*)*"
    r"<(?:rss|(?:[A-Za-z_][\w.-]{0,30}:)?feed|rdf:RDF)[\s>]",  # (an Atom feed's root may carry a prefix: "<atom:feed")
    re.DOTALL,
)
_MARKUP = re.compile(r"<(?:p|br|div|span|a|em|strong|b|i|ul|ol|li|h[1-6]|blockquote|figure|img|table)\b[^>]{0,500}>", re.IGNORECASE)
_XHTML_NAMESPACE = re.compile(r'\s?xmlns(?::\w+)?="[^"]{0,200}"|(?<=</)\w+:|(?<=<)\w+:')
_ADDRESS_WITH_NAME = re.compile(r"\S{1,100}@\S{1,200}\s*\(([^()]{1,100})\)")
_BARE_ADDRESS = re.compile(r"\S{1,100}@\S{1,200}")
_TEXT_BLOCKS = frozenset(
    ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote", "pre", "td", "th", "dd", "dt", "caption", "div"]
)
_OWN_LINES_REASON = {"lexisnexis": "database-field", "factiva": "database-field", "digest": "digest-chrome"}
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "head", "title")


@dataclass(slots=True)
class Unpacked:
    kind: str  # "rss", "atom", "json", "e-mail", "csv", "tsv": for the repairs list
    lines: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)  # 1-based source line of each rendered line
    # Rendered lines that open an item after the first.  They are marked as a form feed would
    # mark them, so no separator the source never held shows up in the audit.
    item_starts: set[int] = field(default_factory=set)
    discarded: list[tuple[int, str]] = field(default_factory=list)  # (source line, text) outside every item
    standfirsts: set[str] = field(default_factory=set)  # items' decks from their summary fields, set under the headers
    # (source line, reason, text) of what was left out of items: an item without text ("empty-item", what
    # names it), an aggregator's linked headlines in place of a description ("linked-headlines").
    removed: list[tuple[int, str, str]] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)  # the items' repairs, counted: "mail-part-cyrillic-mojibake x2"
    discarded_reason: str = "html-boilerplate"  # what the discarded lines were: a page's chrome, a press database's fields
    # Days of e-mails' "Date:" headers: when a message was sent, which a story inside may predate with its own date line.
    sent_days: set[str] = field(default_factory=set)


def unpack_container(text: str) -> Unpacked | None:
    """The container's items rendered as a feed dump, or None when ``text`` is no container."""
    found = _feed_items(text) or news_xml_items(text) or caption_xml_items(text) or note_items(text) or json_container(text) or mail_items(text) or table_items(text)
    own_lines: list[tuple[int, str]] = []  # a press database's fields, a mailing list's instructions
    if found is None and (export := research_export_items(text) or digest_items(text)) is not None:
        kind, items, own_lines = export
        found = kind, items
    if found is None:
        return None
    kind, items = found
    unpacked = Unpacked(kind, discarded_reason=_OWN_LINES_REASON.get(kind, "html-boilerplate"))
    unpacked.discarded.extend(own_lines)
    for item in items:
        render_item(item, unpacked)
    unpacked.repairs = counted_repairs(unpacked.repairs)
    return unpacked if unpacked.lines else None


def counted_repairs(repairs: list[str]) -> list[str]:
    """Repairs of the same name summed into one, in the order first made ("x-y x1", "x-y x2" -> "x-y x3")."""
    totals: dict[str, int] = {}
    for repair in repairs:
        name, _, count = repair.rpartition(" x")
        if not name or not count.isdigit():
            name, count = repair, "1"
        totals[name] = totals.get(name, 0) + int(count)
    return [f"{name} x{count}" for name, count in totals.items()]


def render_item(item: Item, out: Unpacked) -> None:
    """Append one item as header lines and body lines, marking where it starts."""
    body = _body_lines(_unescaped_body(item.body))
    if RULE_LINE in body and item.title and _opens_with(body, item.title):
        body = [line for line in body if line != RULE_LINE]  # the item's own headline atop it: one story, its rules part sections
    out.removed.extend((item.line, reason, text) for reason, text in item.removed)
    out.repairs.extend(item.repairs)
    if item.left_out or (not any(body) and not item.title):
        out.removed.append((item.line, "empty-item", _item_label(item)))
        return
    rendered: list[str] = []
    if out.lines:
        rendered.append("")
        out.item_starts.add(len(out.lines) + 1)
    for key, value in (("Title", item.title), ("Source", item.outlet), ("Author", item.author), ("Published", item.published), ("URL", item.url)):
        if value and (clean := squash_spaces(value if key == "URL" else unescaped_field(value))):
            rendered.append(f"{key}: {clean}")
    if out.kind == "e-mail" and item.published and (sent := find_date(item.published)) is not None and sent.iso:
        out.sent_days.add(sent.iso[:10])
    if item.summary:
        summary = unescaped_field(item.summary)
        rendered += ["", summary]  # the deck, between the headline's fields and the text
        out.standfirsts.add(summary)
    rendered += ["", *body]
    out.lines += rendered
    out.numbers += [item.line] * len(rendered)


def _opens_with(body: list[str], title: str) -> bool:
    first = next((line for line in body if line.strip()), "")
    return folded_line(first.strip(" #*")) == folded_line(unescaped_field(title).strip())


# An entity still standing in a field's text once its container was parsed: the source escaped the
# text for HTML and then its container escaped it again (an RSS title in CDATA holding "&rsquo;", an
# Atom entry whose "&amp;lt;p&amp;gt;" is markup escaped twice, an export's "&quot;").  Only entities
# HTML knows are decoded, and never into a control character.
_ENTITY = re.compile(r"&(?:amp;)*(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,9});")
_ESCAPED_MARKUP = re.compile(r"&(?:amp;)*lt;/?(?:p|br|div|span|a|em|strong|b|i|ul|ol|li|h[1-6]|blockquote|figure|img|table)\b", re.IGNORECASE)
_MAX_ESCAPE_LAYERS = 3
_ENTITY_ESCAPED_AGAIN = re.compile(r"&amp;(?=(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,9});)")


def unescaped_field(value: str) -> str:
    """A field's plain text with the entities the source left in it decoded, layer by layer."""
    if "&" not in value:
        return value
    for _ in range(_MAX_ESCAPE_LAYERS):
        decoded = _ENTITY.sub(_decoded_entity, value)
        if decoded == value:
            break
        value = decoded
    return value


def _decoded_entity(found: re.Match[str]) -> str:
    entity = found.group(0)
    decoded = html.unescape(entity)
    return decoded if decoded.isprintable() or decoded == "\u00a0" else entity


def _unescaped_body(body: str) -> str:
    """A body whose markup was escaped once too often unescaped until it is markup; a plain body's entities decoded.

    Markup is left to its parser, which decodes its entities itself.
    """
    if "&" not in body:
        return body
    for _ in range(_MAX_ESCAPE_LAYERS):
        if _MARKUP.search(body) or not _ESCAPED_MARKUP.search(body):
            break
        body = html.unescape(body)
    if not _MARKUP.search(body):
        return unescaped_field(body)
    # Markup whose entities were escaped once more ("&amp;rsquo;"): its parser would leave "&rsquo;".
    return _ENTITY_ESCAPED_AGAIN.sub("&", body) if "&amp;" in body else body


def _item_label(item: Item) -> str:
    """What names an item left out for want of text: its fields as given, for the audit."""
    fields = [f"{key}: {clean}" for key, value in (("Title", item.title), ("Source", item.outlet), ("URL", item.url), ("Published", item.published)) if value and (clean := squash_spaces(value))]
    if not fields and item.left_out and item.body:
        return f"(a record that could not be read) {squash_spaces(item.body)}"
    return "; ".join(fields) or "(an item with no title, text or address)"


def _body_lines(body: str) -> list[str]:
    """A field's text as lines: markup's text blocks a paragraph each, plain text's lines as written.

    Plain text keeps its blank lines and line breaks, so that a body
    hard-wrapped at 72 columns is rejoined like any wrapped text.
    """
    if _MARKUP.search(body):
        return [line for paragraph in _markup_paragraphs(body) for line in ("", paragraph)][1:]
    return [line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _markup_paragraphs(markup: str) -> list[str]:
    try:
        from lxml import etree
        from lxml import html as lxml_html

        root = lxml_html.document_fromstring(f"<html><body>{markup}</body></html>")
        etree.strip_elements(root, *_INVISIBLE_TAGS, etree.Comment, with_tail=False)
        for br in root.iter("br"):
            br.tail = "\n" + (br.tail or "")
    except Exception:  # noqa: BLE001  unparsable markup: its tags are dropped, its text kept
        return [squash_spaces(part) for part in re.sub(r"<[^>]{0,500}>", "\n", markup).split("\n") if part.strip()]
    numbers = _list_item_numbers(root) if "<ol" in markup.lower() else {}
    paragraphs: list[str] = []
    for element in root.iter():
        if element.tag == "hr" and paragraphs and paragraphs[-1] != RULE_LINE:
            paragraphs.append(RULE_LINE)  # a rule parting a mailed digest's stories, as a text file prints it
            continue
        if not isinstance(element.tag, str) or element.tag not in _TEXT_BLOCKS:
            continue
        if any(isinstance(child.tag, str) and child.tag in _TEXT_BLOCKS for child in element.iterdescendants()):
            continue
        parts = [squash_spaces(part) for part in "".join(element.itertext()).split("\n") if part.strip()]
        if parts and element in numbers:
            parts[0] = f"{numbers[element]}. {parts[0]}"
        elif parts and element.tag == "li":
            parts[0] = f"• {parts[0]}"  # an item of a bulleted list stays one: never a heading of its own
        elif parts and element.tag == "figcaption":
            parts = [f"{CAPTION_MARKER} {part}" for part in parts]  # a picture's caption, never a heading
        paragraphs += parts
    if not paragraphs:  # text with inline markup only
        paragraphs = [squash_spaces(part) for part in "".join(root.itertext()).split("\n") if part.strip()]
    return paragraphs


def _list_item_numbers(root: object) -> dict[object, int]:
    """The number each item of an ordered list shows (``start`` and ``value`` honoured).

    The numbers are the author's text ("2. Technology: ..."): dropping them
    would change what a reader cites.
    """
    numbers: dict[object, int] = {}
    for ordered in root.iter("ol"):  # type: ignore[attr-defined]
        number = _int_attribute(ordered, "start", 1)
        for item in ordered:
            if getattr(item, "tag", None) != "li":
                continue
            number = _int_attribute(item, "value", number)
            numbers[item] = number
            number += 1
    return numbers


def _int_attribute(element: object, name: str, default: int) -> int:
    value = str(element.get(name, "")).strip()  # type: ignore[attr-defined]
    return int(value) if value.isdigit() and len(value) <= 6 else default


def _feed_items(text: str) -> tuple[str, list[Item]] | None:
    if _XML_START.match(text[:8192]) is None:
        return None
    root = parse_xml_text(text)
    if root is None:
        return None
    kind = "atom" if local_name(root.tag) == "feed" else "rss"
    channel = next(iter(root.iter("{*}channel")), root)
    # An Atom entry without an author has the feed's (RFC 4287, 4.2.1).
    fallback = Item(line=1, outlet=_child_text(channel, "title"), author=_author(channel) if kind == "atom" else None)
    items = [_feed_item(entry, fallback) for entry in _entries(root)]
    return (kind, items) if items else None


def _entries(root: object) -> Iterator[object]:
    for element in root.iter():  # type: ignore[attr-defined]
        if isinstance(element.tag, str) and local_name(element.tag) in ("item", "entry"):
            yield element


def _feed_item(entry: object, feed: Item) -> Item:
    link = _child_text(entry, "link")
    if not link:
        link = next((c.get("href") for c in _children(entry, "link") if c.get("href")), None)
    bodies = [_child_body(entry, name) for name in ("encoded", "content", "description", "summary")]
    body = max(bodies, key=len)
    summaries = [b for b in bodies[2:] if b and b != body]  # (RSS "description", Atom "summary" beside the full text)
    source = _source(entry)
    removed = []
    if (headlines := linked_headlines(html.unescape(body) if "&lt;" in body else body)) is not None:
        removed = [("linked-headlines", "\n".join(headlines))]
        body, summaries = "", []
    return Item(
        line=getattr(entry, "sourceline", None) or 1,
        title=title_without_source(_child_text(entry, "title"), source),
        outlet=source or feed.outlet,
        author=_author(entry) or feed.author,
        published=_child_text(entry, "pubDate", "published", "date", "updated"),
        url=link,
        body=body,
        summary=standfirst(summaries, body) if summaries else None,
        removed=removed,
        left_out=_child_text(entry, "post_type") not in (None, "post", "page"),  # a WordPress export's attachments and menus
    )


def _author(element: object) -> str | None:
    """Atom's ``<author><name>``, Dublin Core's creator, or RSS 2.0's "news@wire.example (Hana Moreau)"."""
    for child in _children(element, "author"):
        if len(child):
            return _child_text(child, "name")
    author = _child_text(element, "creator", "author")
    if author is None:
        return None
    named = _ADDRESS_WITH_NAME.fullmatch(author)
    if named:
        return named.group(1)
    return None if _BARE_ADDRESS.fullmatch(author) else author  # an address alone names no one


def _source(entry: object) -> str | None:
    """The outlet an aggregated item came from: RSS ``<source>`` text, Atom ``<source><title>``."""
    for child in _children(entry, "source"):
        return _child_text(child, "title") if len(child) else _child_text(entry, "source")
    return None


def _children(element: object, name: str) -> list[object]:
    return [c for c in element if isinstance(c.tag, str) and local_name(c.tag) == name]  # type: ignore[attr-defined]


def _child_body(element: object, name: str) -> str:
    """A body field as markup or text: Atom's ``type="xhtml"`` content is inline XHTML
    elements, whose paragraphs would run together as bare text."""
    from lxml import etree

    for child in element:  # type: ignore[attr-defined]
        if isinstance(child.tag, str) and local_name(child.tag) == name:
            if len(child):
                inner = (child.text or "") + "".join(etree.tostring(c, encoding="unicode") for c in child)
                return _XHTML_NAMESPACE.sub("", inner)
            return (child.text or "").strip()
    return ""


def _child_text(element: object, *names: str) -> str | None:
    """Text of the first child with one of these local names (namespaces ignored)."""
    for name in names:
        for child in element:  # type: ignore[attr-defined]
            if isinstance(child.tag, str) and local_name(child.tag) == name:
                text = "".join(child.itertext()).strip()
                if text:
                    return text
    return None
