"""A channel's or chat's posts saved as a web page (an HTML export, a channel's web preview).

Such a page is a list of message blocks, each with a time stamp, a sender
and a text block, not one article: main-text extraction would run every post
into one.  Message blocks are found by their markup's habits (a class named
"message" or "..._message", a "text"/"..._text" block, a date in a ``title``
attribute or a ``<time datetime>``), and each becomes an item of a container,
one article per post.  Text outside the posts is kept for the audit.
"""

from __future__ import annotations

import re

from store.normalise.characters import squash_spaces
from store.normalise.containers import Unpacked, render_item
from store.normalise.feed_fields import Item

_STAMP = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}[ T]\d{1,2}:\d{2}")
_MIN_POSTS = 2
_MESSAGE_CLASS = re.compile(r"""class=["'][^"'>]{0,200}(?<![\w-])(?:\w+[_-])?message["'\s]""")
_SKIP_TAGS = ("script", "style", "noscript", "template", "svg", "head", "title")


def _tokens(element: object) -> list[str]:
    return (element.get("class") or "").split()  # type: ignore[attr-defined]


def _is_message(tokens: list[str]) -> bool:
    return any(t == "message" or t.endswith(("_message", "-message")) for t in tokens) and "service" not in tokens


def _is_text(tokens: list[str]) -> bool:
    return any(t == "text" or t.endswith(("_text", "-text")) for t in tokens) and "bold" not in tokens


def _is_sender(tokens: list[str]) -> bool:
    return any("from_name" in t or "owner_name" in t or t in ("author", "sender") for t in tokens)


def message_page_items(html_text: str) -> Unpacked | None:
    """The page's posts as container items, or None when it is no page of dated posts."""
    if _MESSAGE_CLASS.search(html_text, 0, 2_000_000) is None:
        return None  # told before parsing: most pages hold no message blocks
    try:
        from lxml import etree
        from lxml import html as lxml_html

        root = lxml_html.document_fromstring(html_text)
        etree.strip_elements(root, *_SKIP_TAGS, etree.Comment, with_tail=False)
    except Exception:  # noqa: BLE001  unparsable markup is left to the page extractor
        return None
    messages = [e for e in root.iter() if isinstance(e.tag, str) and _is_message(_tokens(e))]
    # The innermost message blocks: a "message_wrap" around a "message" is one post.
    inner = set(messages)
    messages = [m for m in messages if not any(d in inner for d in m.iterdescendants())]
    items: list[Item] = []
    sender: str | None = None
    used: set[object] = set()
    for message in messages:
        item = _post(message, sender, used)
        if item is not None:
            items.append(item)
            sender = item.outlet
    if len(items) < _MIN_POSTS and not (len(items) == 1 and _lone_post_is_the_page(items[0], root)):
        return None
    unpacked = Unpacked("posts")
    for item in items:
        render_item(item, unpacked)
    body = root.find("body")
    for element in (body if body is not None else root).iter():
        if not isinstance(element.tag, str) or element in used or any(a in used for a in element.iterancestors()):
            continue
        if element.text and element.text.strip() and not any(isinstance(c.tag, str) for c in element):
            unpacked.discarded.append((element.sourceline or 1, squash_spaces(element.text)))
    return unpacked


def _lone_post_is_the_page(item: Item, root: object) -> bool:
    """An export of a channel's single post: a sender's name beside its stamp, and most of the page's words.

    A page's lone "message" box (a comment under a story, a notice) leaves the page's own text outside it.
    """
    return bool(item.outlet) and 2 * len(item.body or "") >= len(squash_spaces(root.text_content()))  # type: ignore[attr-defined]


def _post(message: object, sender: str | None, used: set[object]) -> Item | None:
    texts, stamp, forwarded, signature = [], None, None, None
    consumed: list[object] = []
    for element in message.iter():  # type: ignore[attr-defined]
        if not isinstance(element.tag, str):
            continue
        tokens = _tokens(element)
        if stamp is None and (found := _stamp_of(element)) is not None:
            stamp = found
            consumed.append(element)
        if _is_sender(tokens):
            consumed.append(element)
            # The name is the element's own text ("Name <span>date</span>"), or its children's ("<a><span>Name")
            name = squash_spaces(element.text or "") or squash_spaces(element.text_content())
            inside_forward = any("forward" in " ".join(_tokens(a)) for a in element.iterancestors())
            if inside_forward:
                forwarded = name or forwarded
            elif name:
                sender = name
        elif "signature" in tokens:
            consumed.append(element)
            signature = _signer(element.text_content())
        elif _is_text(tokens):
            consumed.append(element)
            for br in element.iter("br"):
                br.tail = "\n" + (br.tail or "")
            texts.append(element.text_content().strip())
    body = "\n\n".join(t for t in texts if t)
    if not body or stamp is None:
        return None
    used.update(consumed)
    if forwarded:
        body = f"Forwarded from {forwarded}\n\n{body}"
    return Item(line=message.sourceline or 1, outlet=sender, author=signature, published=stamp, body=body)  # type: ignore[attr-defined]


# A post's view or reaction counter set where a signature goes ("👁 15.2K"): an icon and a count.
_COUNTER = re.compile(r"(?:[^\w\s]{1,3}\s?)?\d[\d.,]{0,8}\s?[KkMm]?\b")


def _signer(text: str) -> str | None:
    """The name a post's signature block gives, without the counters some exports set in it."""
    name = squash_spaces(_COUNTER.sub(" ", text)).strip(" ·•|")
    return name if any(ch.isalpha() for ch in name) else None


def _stamp_of(element: object) -> str | None:
    """The date and time a post's stamp carries: ``<time datetime>`` or a ``title`` attribute."""
    for name in ("datetime", "title"):
        value = element.get(name)  # type: ignore[attr-defined]
        if value and _STAMP.search(value):
            return value.strip()
    return None
