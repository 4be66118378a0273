"""A saved page's site name and address, from its <title>, its JSON-LD and the browser's marks.

trafilatura reads most of a page's metadata; where it misses the site ("Headline | Site" in the
<title>, a publisher in JSON-LD) or splits the <title> the wrong way round, these put it right.
"""

from __future__ import annotations

import json
import re

from store.normalise.article import PageMetadata
from store.normalise.characters import squash_spaces, unescaped_twice
from store.normalise.furniture import is_section_name
from store.normalise.outlets import outlet_table
from store.normalise.percent import percent_decoded_text

_SUBSTRING_CHECK_LIMIT = 400_000  # (as html.py: the markup past this is not searched)
_PAGE_TITLE = re.compile(r"<title[^>]{0,200}>(.{1,400}?)</title>", re.IGNORECASE | re.DOTALL)
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"\s+[|\-–—·:]\s+([^|\-–—·:]{2,60})")
_JSON_LD = re.compile(r"<script[^>]{0,200}application/ld\+json[^>]{0,200}>(.{0,20000}?)</script>", re.IGNORECASE | re.DOTALL)


def clean_value(value: object) -> str | None:
    """A metadata value on one line, spaces squashed and URL encoding undone; None when empty."""
    if not isinstance(value, str):
        return None
    value = percent_decoded_text(squash_spaces(value))  # a <meta> value copied in its URL encoding
    return value or None


def unswap_title_and_site(metadata: PageMetadata, html_text: str, blocks: list[tuple[int, str]]) -> None:
    """Put a "Headline - Site" <title> the right way round when extraction split it the wrong way.

    A page's copyright line names its site, never its headline: when the part taken
    as the title is the one the copyright line names, the two parts were swapped.
    """
    title, site = metadata.title, metadata.sitename
    if not title or not site:
        return
    found = _PAGE_TITLE.search(html_text[:_SUBSTRING_CHECK_LIMIT])
    page_title = clean_value(unescaped_twice(found.group(1))) if found else None
    if page_title is None or title not in page_title or site not in page_title:
        return
    notices = [text for _, text in blocks if _COPYRIGHT.search(text)]
    if any(title in notice for notice in notices) and not any(site in notice for notice in notices):
        metadata.title, metadata.sitename = site, title


_NAME_JOINERS = frozenset({"of", "the", "and", "&", "for", "de", "la", "le", "der", "die", "das", "y", "i"})
_TITLE_PARTS = re.compile(r"\s+[|–—·]\s+|\s-\s")


def site_before_section(metadata: PageMetadata, html_text: str) -> None:
    """"Headline — Site | Section" in <title>: the site is the part before the section, not the section.

    Extraction cuts such a title at its last bar, taking "Headline — Site" for the headline and the
    section ("World") for the site.  When what it took for the site is a section's name and the part
    before it stands after a separator in the title, that part is the site and the headline ends
    before it; a byline naming the site as one of its writers loses it.
    """
    title, site = metadata.title, metadata.sitename
    if not title or not site or not is_section_name(site):
        return
    found = _PAGE_TITLE.search(html_text[:_SUBSTRING_CHECK_LIMIT])
    page_title = clean_value(unescaped_twice(found.group(1))) if found else None
    if page_title is None or not page_title.startswith(title):
        return
    parts = _TITLE_PARTS.split(title)
    if len(parts) < 2 or not 1 <= len(parts[-1].split()) <= 6 or is_section_name(parts[-1]):
        return
    named = parts[-1]
    headline = title[: title.rfind(named)].rstrip(" |–—·-")
    # A site's name is set in capitals word by word ("The Eastern Ledger"); a headline's second half is not
    # ("North Korea - Russia pact explained | News"), and the headline left must still read as one.
    if len(headline.split()) < 4 or not all(w[:1].isupper() or w in _NAME_JOINERS for w in named.split()):
        return
    metadata.title, metadata.sitename = headline, named
    if metadata.author and named in metadata.author:
        writers = [w.strip() for w in re.split(r"[;,]", metadata.author) if w.strip() and w.strip() != named]
        metadata.author = "; ".join(writers) or None


# Where a saved copy came from, as the browser wrote it down: the "saved from url=(0064)https://..." mark
# of a page saved whole, or the source link a reader view prints above the headline.
_SAVED_FROM = re.compile(
    r"<!--\s*saved from url=\(\d{1,5}\)(https?://[^\s>]{4,500}?)\s*-->"
    r"|<a\b[^>]{0,200}?class=\"[^\"]{0,80}\breader-domain\b[^\"]{0,80}\"[^>]{0,200}?href=\"(https?://[^\"\s]{4,500})\""
    # A print view's footer names the page it was printed from: "Printed from https://www.nknews.org/2024/11/kursk/".
    r"|>\s*(?:printed|print(?:ed)? version) from:?\s*(?:<a\b[^>]{0,300}>\s*)?(https?://[^\s<>\"]{4,500})",
    re.IGNORECASE,
)


def saved_from(html_text: str) -> str | None:
    if all(html_text.find(mark, 0, _SUBSTRING_CHECK_LIMIT) == -1 for mark in ("saved from", "reader-domain", "rinted from", "RINTED FROM")):
        return None
    found = _SAVED_FROM.search(html_text, 0, _SUBSTRING_CHECK_LIMIT)
    return (found[1] or found[2] or found[3]) if found else None


def publisher_name(html_text: str) -> str | None:
    """The publisher a page's JSON-LD names ("publisher": {"name": ...}), when trafilatura missed it."""
    for block in _JSON_LD.findall(html_text[:_SUBSTRING_CHECK_LIMIT]):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            publisher = item.get("publisher") if isinstance(item, dict) else None
            if isinstance(publisher, list) and publisher:
                publisher = publisher[0]
            name = publisher.get("name") if isinstance(publisher, dict) else publisher
            if (cleaned := clean_value(name)) is not None and len(cleaned) <= 80:
                return cleaned
    return None


_PRINT_PREFIX = re.compile(r"^(?:print(?:er[- ]friendly)?(?: version| view| article)?|printable version)\s*[:|–—-]\s*", re.IGNORECASE)


def title_suffix(html_text: str, headline: object) -> str | None:
    """"Headline | Site" in <title>: the site, when the headline is the article's own."""
    found = _PAGE_TITLE.search(html_text[:_SUBSTRING_CHECK_LIMIT])
    title = clean_value(unescaped_twice(found.group(1))) if found else None
    headline = clean_value(headline)
    if title is not None and headline is not None and not title.startswith(headline):
        title = _PRINT_PREFIX.sub("", title, count=1)  # "Print: Headline | Site", a saved print view
    if title is None or headline is None or not title.startswith(headline):
        return None
    suffix = _SITE_SUFFIX.fullmatch(title[len(headline) :])
    if suffix:
        return suffix.group(1).strip()
    # "Headline | by Jane Doe | Dec, 2024 | Site": the last part that is neither a byline nor a date.
    rest = title[len(headline) :]
    # (Chinese portals join the parts with "_" and no spaces: "Headline_国际新闻_环球网")
    parts = [p.strip() for p in (rest.split("_") if rest[:1] == "_" else re.split(r"\s+[|–—·]\s+", rest)) if p.strip()]
    # "The Asahi Shimbun: Breaking News, Japan News and Analysis": the site's name, then its motto.
    parts = [p.split(": ", 1)[0] if ": " in p and len(p.split()) > 6 else p for p in parts]
    # "Headline | NHK | 北朝鮮": a known outlet among the parts is the site, whatever section or topic follows it.
    if (known := next((part for part in reversed(parts[-3:]) if outlet_table().lookup(part) is not None), None)) is not None:
        return known
    for part in reversed(parts[-3:]):
        if not part.lower().startswith("by ") and not any(ch.isdigit() for ch in part) and 1 <= len(part.split()) <= 6:
            return part
    return None


_LAST_TITLE_PART = re.compile(r".+\s(?:[|–—·]|-)\s+([^|–—·]{2,60})$")


def site_after_dated_part(metadata: PageMetadata, html_text: str) -> None:
    """"Live: War latest — Jan. 16, 2025 - Site" in <title>: a part that carries a date is no site's name.

    Extraction may take the dated part before the last separator for the site, or find no site at all;
    when the title's part before its last separator carries a date and the last part is name-shaped, the
    last part is the site.
    """
    from store.normalise.dates import find_date

    site = metadata.sitename
    if site is not None and not any(ch.isdigit() for ch in site):
        return
    found = _PAGE_TITLE.search(html_text[:_SUBSTRING_CHECK_LIMIT])
    page_title = clean_value(unescaped_twice(found.group(1))) if found else None
    last = _LAST_TITLE_PART.fullmatch(page_title) if page_title and any(ch.isdigit() for ch in page_title) else None
    if last is None:
        return
    before, part = page_title[: last.start(1)], last.group(1).strip()
    if site is not None and site not in before or find_date(site or before) is None:
        return
    if any(ch.isdigit() for ch in part) or not 1 <= len(part.split()) <= 6 or not part[:1].isupper() or is_section_name(part):
        return  # ("… 12 January 2025 - Analysis": a section's name, no site's)
    metadata.sitename = part


def known_outlet_in_title(html_text: str) -> str | None:
    """The part of the page's <title> the outlet table knows ("Google News - Topic - Full coverage"), if one."""
    found = _PAGE_TITLE.search(html_text[:_SUBSTRING_CHECK_LIMIT])
    title = clean_value(unescaped_twice(found.group(1))) if found else None
    parts = re.split(r"\s+[|–—·-]\s+", title) if title else []
    return next((known.name for part in parts if (known := outlet_table().lookup(part)) is not None), None)


_SITE_WORDS = 6


def site_after_headline_part(metadata: PageMetadata, html_text: str) -> None:
    """"Long headline: what was said - FAZ" in <title>: a "site" of a headline's length is the headline's part.

    Extraction may take the part before the last separator for the site; when that part reads as a
    headline (more words than a name has, or a colon's clause) and the last part is a short name, the
    last part is the site.
    """
    site = metadata.sitename
    if site is not None and ", " in site and site[-1:].isdigit():
        from store.normalise.dates import find_date

        name, _, tail = site.rpartition(", ")
        if (dated := find_date(tail)) is not None and len(dated.raw) >= len(tail) - 1:
            metadata.sitename = site = name  # "РИА Новости, 15.01.2025": the site's name, then the day the page ran
    if site is None or (len(site.split()) <= _SITE_WORDS and ": " not in site):
        return
    found = _PAGE_TITLE.search(html_text[:_SUBSTRING_CHECK_LIMIT])
    page_title = clean_value(unescaped_twice(found.group(1))) if found else None
    last = _LAST_TITLE_PART.fullmatch(page_title) if page_title and site in page_title else None
    if last is None or site not in page_title[: last.start(1)]:
        return
    part = last.group(1).strip()
    if 1 <= len(part.split()) <= 4 and part[:1].isupper() and not is_section_name(part) and site not in part:
        metadata.sitename = part


_DOMAIN_NAME = re.compile(r"(?:www\.)?[a-z0-9-]{2,40}\.[a-z]{2,6}")


def site_after_headline_in_title(metadata: PageMetadata, html_text: str) -> None:
    """"Headline that says something - Site" in <title>, the page's own headline another: the last part is the site.

    When the headline on the page differs from the <title>'s, extraction finds no site, or takes the title's
    headline part for it.  The last part is the site when it is name-shaped (a few capitalised words or a
    domain, no digits, no section's name) and the first part reads as a headline (a figure, a colon's
    clause, or a word in lower case that no name joins with).  A trailing date ("- 14 January 2025",
    "El Mundo, 14/01/2025") is the day the page ran, not part of the name.
    """
    from store.normalise.dates import find_date

    site = metadata.sitename
    if site is not None and not _reads_as_headline(site):
        return
    found = _PAGE_TITLE.search(html_text[:_SUBSTRING_CHECK_LIMIT])
    page_title = clean_value(unescaped_twice(found.group(1))) if found else None
    parts = [part.strip() for part in _TITLE_PARTS.split(page_title)] if page_title else []
    while len(parts) > 2 and (dated := find_date(parts[-1])) is not None and len(dated.raw) >= len(parts[-1]) - 1:
        parts.pop()  # "… - The Korea Herald - 14 January 2025"
    if len(parts) < 2:
        return
    last = parts[-1]
    if ", " in last and last[-1:].isdigit() and find_date(last.rpartition(", ")[2]) is not None:
        last = last.rpartition(", ")[0]
    if site is not None and site not in parts[:-1]:
        return
    if _name_shaped(last) and _reads_as_headline(parts[0]):
        metadata.sitename = last


def _name_shaped(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in part) or is_section_name(part):
        return False
    return part[:1].isupper() or _DOMAIN_NAME.fullmatch(part) is not None


def _reads_as_headline(part: str) -> bool:
    words = part.split()
    if len(words) < 3:
        return False
    lowered = any(word[:1].islower() and word.lower() not in _NAME_JOINERS for word in words[1:])
    return lowered or ": " in part or any(ch.isdigit() for ch in part)
