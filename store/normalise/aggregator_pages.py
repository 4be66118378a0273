"""A page of other outlets' stories (a news aggregator's "full coverage", a "what others are saying" roundup).

Such a page is a run of cards, each naming its own outlet beside a linked headline and a short snippet:
main-text extraction would run the snippets into one article and credit the page's last outlet with every
claim.  Cards are told by their markup: repeated blocks (``<article>``, or list items or divisions of one
class) each holding a headline (a heading, or a link of several words) and an outlet's name (an element
whose class says source, publisher, outlet, site or media, or a ``<cite>``).  With at least three cards
from at least three outlets, each card is one article of its outlet, its headline the title, its date
when the card gives an absolute one ("Jan 14, 2025"; "2 hours ago" says nothing without the day the page
was saved).  Text outside the cards (the aggregator's own navigation) goes to the audit.
"""

from __future__ import annotations

import re
from collections import Counter

from store.normalise.characters import squash_spaces
from store.normalise.containers import Unpacked, render_item
from store.normalise.dates import find_date
from store.normalise.feed_fields import Item

_SOURCE_CLASS = re.compile(r"source|publisher|outlet|\bsite|media|provider|byline-source", re.IGNORECASE)
_CHEAP_SIGN = re.compile(r"<cite\b|class=[\"'][^\"'>]{0,100}(?:source|publisher|outlet|provider)", re.IGNORECASE)
_MIN_CARDS = 3
_MIN_OUTLETS = 3
_MAX_CARD_WORDS = 120  # a card is a snippet: a card of a whole story's length is a story
_MAX_OUTLET_WORDS = 6
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SKIP_TAGS = ("script", "style", "noscript", "template", "svg", "head", "title")


def aggregator_items(html_text: str) -> Unpacked | None:
    """The page's cards as container items, one article per outlet's snippet; None for any other page."""
    if len(_CHEAP_SIGN.findall(html_text, 0, 2_000_000)) < _MIN_CARDS:
        return None  # told before parsing: most pages name no outlet again and again
    try:
        from lxml import etree
        from lxml import html as lxml_html

        root = lxml_html.document_fromstring(html_text)
        etree.strip_elements(root, *_SKIP_TAGS, etree.Comment, with_tail=False)
    except Exception:  # noqa: BLE001  unparsable markup is left to the page extractor
        return None
    cards = [(card, found) for card in _card_candidates(root) if (found := _card_fields(card)) is not None]
    outlets = Counter(fields[0].lower() for _, fields in cards)
    if len(cards) < _MIN_CARDS or len(outlets) < _MIN_OUTLETS:
        return None
    # A story with a box of other outlets' stories beside it is the story's page: the cards must be most of it.
    card_words = sum(len(card.text_content().split()) for card, _ in cards)
    if 2 * card_words < len(root.text_content().split()):
        return None
    unpacked = Unpacked("aggregator")
    used: set[object] = set()
    for card, (outlet, headline, snippet, date) in cards:
        used.add(card)
        item = Item(line=card.sourceline or 1, title=headline, outlet=outlet, published=date, body=snippet)
        # "2 hours ago": no day without the day the page was saved, but on record.
        item.removed.extend(("relative-date", text) for e in card.iter("time") if (text := squash_spaces(e.text_content())) and text != date)
        render_item(item, unpacked)
    body = root.find("body")
    for element in (body if body is not None else root).iter():
        if not isinstance(element.tag, str) or element in used or any(a in used for a in element.iterancestors()):
            continue
        if any(d in used for d in element.iterdescendants()):
            text = squash_spaces(element.text or "")  # a wrapper's own words ("Top news") beside its cards
        else:
            text = squash_spaces(element.text_content()) if not any(a.tag in _HEADINGS or a.tag == "p" for a in element.iterancestors()) else ""
            used.add(element)
        if text:
            unpacked.discarded.append((element.sourceline or 1, text))
    return unpacked


def _card_candidates(root: object) -> list[object]:
    """Repeated blocks: every ``<article>``, and list items or divisions that share a class with siblings."""
    articles = [e for e in root.iter("article")]  # type: ignore[attr-defined]
    if len(articles) >= _MIN_CARDS:
        return [a for a in articles if not any(d.tag == "article" for d in a.iterdescendants())]
    found = []
    for parent in root.iter():  # type: ignore[attr-defined]
        classes = Counter((child.tag, child.get("class")) for child in parent if child.tag in ("li", "div") and child.get("class"))
        found += [child for child in parent if (child.tag, child.get("class")) in classes and classes[(child.tag, child.get("class"))] >= _MIN_CARDS]
    return found


def _card_fields(card: object) -> tuple[str, str, str, str | None] | None:
    """(outlet, headline, snippet, absolute date) of a card, or None when it is no outlet's card."""
    words = squash_spaces(card.text_content()).split()  # type: ignore[attr-defined]
    if not words or len(words) > _MAX_CARD_WORDS:
        return None
    outlet_element = next(
        (e for e in card.iter() if isinstance(e.tag, str) and (e.tag == "cite" or _SOURCE_CLASS.search(e.get("class") or ""))),  # type: ignore[attr-defined]
        None,
    )
    outlet = squash_spaces(outlet_element.text_content()) if outlet_element is not None else ""
    if not outlet or len(outlet.split()) > _MAX_OUTLET_WORDS:
        return None
    heading = next((e for e in card.iter(*_HEADINGS)), None)  # type: ignore[attr-defined]
    if heading is None:
        heading = next((a for a in card.iter("a") if len(a.text_content().split()) >= 4), None)  # type: ignore[attr-defined]
    headline = squash_spaces(heading.text_content()) if heading is not None else ""
    if not headline or headline == outlet:
        return None
    snippet = "\n\n".join(text for p in card.iter("p") if (text := squash_spaces(p.text_content())) and text != headline)  # type: ignore[attr-defined]
    return outlet, headline, snippet, _card_date(card)


def _card_date(card: object) -> str | None:
    for element in card.iter("time"):  # type: ignore[attr-defined]
        for value in (element.get("datetime"), squash_spaces(element.text_content())):
            if value and (found := find_date(value)) is not None and len(found.raw) >= len(value) - 1:
                return value
    return None
