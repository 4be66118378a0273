"""Which lines of an article are its headline and its standfirst (dek)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.credits import (
    has_trailing_photo_credit,
    is_credit_line,
)
from store.normalise.decks import SHORT_DEK_WORDS, short_dek_shaped
from store.normalise.derived_titles import (
    story_labelled,
    is_document_part,
    numbered_story_headline,
    site_bar_blocks,
)
from store.normalise.document_heads import document_title_under_letterhead
from store.normalise.furniture import is_section_word, opens_with_greeting
from store.normalise.header_lines import first_prose, masthead_name
from store.normalise.mastheads import without_provenance
from store.normalise.metadata import is_dek_shaped, person_names
from store.normalise.outlets import outlet_table
from store.normalise.programme_heads import headline_under_programme
from store.normalise.subscribe_boxes import masthead_named_by_subscribe_box
from store.normalise.shapes import folded_line, is_title_like, long_headline_shaped
from store.normalise.units import Unit


def _title_candidate(unit: Unit) -> bool:
    if unit.heading_level == 1:
        return True
    return (
        is_title_like(unit.text, unit.words() if len(unit.text) <= 1000 else None)
        and not unit.bullet
        and not unit.image_alt
        and not is_credit_line(unit.text)
        and not has_trailing_photo_credit(unit.text)
        and not opens_with_greeting(unit.text)
    )


_MASTHEAD_WORDS = 6


def find_title(units: Sequence[Unit], known: str | None) -> Unit | None:
    """The title line: the first line of the item, or the line right above its header lines.

    A feed export's own heading ("Saved items (3)") can sit above the first
    item's title; when header lines follow a later title-like line, that
    later line is the title and what stood above it is the export's preamble.
    """
    head_end = first_prose(units)
    head = [u for u in units[:head_end] if u.kept or u.role == "header"]
    if known is not None:
        first = next((u for u in head if u.kept), None)
        if first is not None and (folded_line(first.text) == folded_line(known) or first.heading_level == 1):
            return first
        if first is not None and first.words() <= 8 and issue_masthead(first.text):
            first.removed = "preamble"  # "Korea Security Brief — Weekly edition" atop a mailed issue: its masthead
            first = next((u for u in head if u.kept), None)
        if first is not None and (first.bullet or story_labelled(first.text)) and numbered_story_headline(first, units):
            return first  # a mailed digest's first story: its subject names the issue, the story has its headline
        # A headline printed right above the byline beats a page title the text never prints
        # (a word processor's export titled "Kursk memo").
        after = head[head.index(first) + 1] if first is not None and head.index(first) + 1 < len(head) else None
        if after is not None and after.role == "header" and (field := after.header()) is not None and field.title == known:
            # "THE GLOBAL HOUR" over "Transcript: North Korean Troops Fight For Russia": the line the
            # title field stands under names the programme or the publication, not this item.
            if first is not None and first.block == after.block and first.words() <= _MASTHEAD_WORDS:
                first.removed = "preamble"
            return None
        if after is not None and after.role == "header" and _title_candidate(first) and not _printed(units, known):  # type: ignore[arg-type]
            return first
        # "Press Releases" (the listing's label) over the headline and its fields: the headline is the
        # second line, and a page title the text never prints ("Press Briefing | Ministry") yields to it.
        if after is not None and after.kept and first is not None and first.words() <= 3 and first.heading_level and after.heading_level > first.heading_level:
            fields = head[head.index(after) + 1] if head.index(after) + 1 < len(head) else None
            if fields is not None and fields.role == "header" and _title_candidate(after) and not _printed(units, known):
                first.removed = "section-label"
                return after
        return None
    if (document_title := document_title_under_letterhead(head)) is not None:
        return document_title  # "STATEMENT ON ..." under an issuer's letterhead and its symbol lines
    first_header = next((n for n, u in enumerate(head) if u.role == "header"), None)
    if first_header is not None and first_header >= 2:
        above = head[first_header - 1]
        # The export's heading stands in a block of its own; an item's title and its header lines are printed together.
        earlier_blocks = {u.block for u in head[: first_header - 1]} - site_bar_blocks(units, above)
        # A subtitle set apart from the byline's block ("Kim's war dividend" / "What Pyongyang has earned
        # from sending troops to Kursk" / "Sam Greene" + date) is the headline's deck, and the first line
        # stays the title: a deck is dek-shaped and clearly longer than the headline above it.
        # (A masthead's block over the headline, "The Korea Herald" or "RT" / "World News", leaves the headline first.)
        lead = 0
        if first_header >= 3 and head[0].words() <= _MASTHEAD_WORDS and (masthead_name(head[0].text, issuer=True) is not None or masthead_named_by_subscribe_box(head[0], units)):
            lead = sum(1 for u in head[:first_header] if u.block == head[0].block)
            lead = lead if lead <= first_header - 2 else 0  # (room for a headline and a deck under the masthead's block)
        elif first_header == 3 and _section_label_over(head[0], head[1]):
            lead = 1  # "ANALYSIS" / headline / deck / byline: the label sets nothing apart, the deck is still a deck
        top = head[lead]
        issuer_top = top.words() <= 8 and masthead_name(top.text, issuer=True) is not None  # ("Ministry of Foreign Affairs of Japan")
        deck = (
            above.block != head[first_header].block
            and first_header == 2 + lead
            and (is_dek_shaped(above.text) or short_dek_shaped(above))
            and (above.words() >= 1.5 * top.words() or _headline_over_deck(top, above))
            and not issuer_top and not is_document_part(top.text)  # (an issuer over a statement's title is no headline; "Executive Summary" a part)
            and not _kicker_block(top)
        )
        # A name alone over the date ("TOM LEE" / "MAR 24") is the byline's first line, not a headline.
        signed = above.block == head[first_header].block and above.words() <= 3 and person_names(above.text) is not None
        # (or an issuer's name over the title and "Published 6 November 2024", the three in one block)
        # (or a section's label over the headline and its byline, the three in one block: "Senate" / headline / "By …")
        labelled = first_header == 2 and _kicker_label(top) and above.words() > top.words()
        if above.kept and _title_candidate(above) and (above.block not in earlier_blocks or (first_header == 2 and issuer_top and above.words() > top.words()) or labelled) and not deck and not signed:
            for unit in head[: first_header - 1]:
                if unit.kept and not unit.heading_level:
                    # (a masthead's name, "УНІАН" over the headline, is the preamble that names the outlet)
                    label = _kicker_label(unit) and masthead_name(unit.text, issuer=True) is None
                    unit.removed = "section-label" if label else "preamble"
            return above
    if first_header == 1 and (below := _headline_under_masthead(head)) is not None:
        return below
    first = next((u for u in head if u.kept), None)
    if first is not None and (first.bullet or story_labelled(first.text)) and numbered_story_headline(first, units):
        return first
    if first is not None and (below := _headline_below(head, first, same_block=True)) is not None and _section_label_over(first, below):
        first.removed = "section-label"  # "WORLD" over the headline: the page's section, not the story's title
        return below
    if first is not None and (episode := _episode_under_show(head, first)) is not None:
        first.removed = "preamble"  # "The Peninsula Podcast" over "Episode 142: Shells and soldiers": the show
        return episode
    if first is not None and (segment := headline_under_programme(units, head, first, _title_candidate)) is not None:
        first.removed = "preamble"  # "PBS NEWSHOUR" over the segment's headline and the speakers' turns: the show
        return segment
    if first is not None and issue_masthead(first.text) is not None and (below := _headline_below(head, first)) is not None:
        first.removed = "preamble"  # "Arms Control Bulletin — Issue 14": the newsletter, not its story
        return below
    if first is not None and (below := _headline_under_name(head, first, units)) is not None:
        return below
    if first is not None and first is head[0] and first.is_prose() and long_headline_shaped(first.text) and not first.bullet:
        return first  # a headline too long for a headline's shape, yet printed over its byline (``first_prose``)
    return first if first is not None and _title_candidate(first) else None


def _headline_over_deck(top: Unit, deck: Unit) -> bool:
    """A headline of a full clause in a block of its own over a deck no longer than a sentence or two
    ("North Korean troops 'back in action' in Kursk" / "Soldiers had been pulled back after heavy losses"),
    not a masthead or an export's heading over the headline."""
    return (
        top.words() >= SHORT_DEK_WORDS[0] + 1
        and top.block != deck.block
        and top.block_size == 1
        and _title_candidate(top)
        and masthead_name(top.text, issuer=True) is None
        and issue_masthead(top.text) is None
    )


def _headline_under_name(head: Sequence[Unit], first: Unit, units: Sequence[Unit]) -> Unit | None:
    """"Yahoo News" over the headline: a site's or paper's name alone on the top line is its masthead.

    Only a name the outlet list knows or that carries a publication word (``masthead_name``) counts,
    and only over a longer title-like line that is no header line itself.
    """
    # (An issuing body's name counts too when it stands in a block of its own: "Ministry of Foreign Affairs".)
    if first.words() > _MASTHEAD_WORDS or first.role is not None or (masthead_name(first.text, issuer=first.block_size == 1) is None and not masthead_named_by_subscribe_box(first, units)):
        return None
    rest = [u for u in head[head.index(first) + 1 :] if u.kept]
    # The masthead's own second line ("Ukrinform" / "Ukrainian National News Agency") and the section's
    # label over the headline ("Military & Defense", "War") stand between the name and the headline.
    skipped = 0
    if len(rest) > 1 and rest[0].block == first.block and masthead_name(rest[0].text, issuer=True) is not None:
        skipped = 1
    elif (mates := sum(1 for u in rest if u.block == first.block)) and mates < len(rest) and _title_candidate(rest[mates]):
        # "The Kursk Ledger" / "Counting what Pyongyang sends ...": the publication's motto in the masthead's
        # block, with the headline in a block of its own under it.
        skipped = mates if rest[mates].role is None and rest[mates].header() is None else 0
    labels = skipped
    while labels < len(rest) - 1 and labels - skipped < 2 and (_kicker(rest[labels]) or _named_label(rest[labels], rest[labels + 1]) or _capitals_label(rest[labels], rest[labels + 1])):
        labels += 1
    below = rest[labels] if labels < len(rest) else None
    if below is None or below.role is not None or below.header() is not None or not _title_candidate(below):
        return None
    # ("From the Korea Herald": its name's words; a name the outlet table knows may top a headline of three)
    known = outlet_table().lookup(without_provenance(first.text)) is not None and below.words() >= 3 and rest.index(below) + 1 < len(rest)
    if below.words() < 2 * len(without_provenance(first.text).split()) and not known:
        return None
    first.removed = "preamble"
    for unit in rest[:skipped]:
        unit.removed = "preamble"
    for unit in rest[skipped:labels]:
        unit.removed = "section-label"
    return below


# The last word of a running-story label a page prints over the headline ("Ukraine war", "Climate crisis").
_KICKER_ENDS = frozenset({"war", "crisis", "conflict", "live", "latest", "explained", "exclusive", "analysis", "invasion"})

_SECTION_JOINS = re.compile(r"\s*[&/]\s*")


def _kicker(unit: Unit) -> bool:
    """A section's or a running story's label over the headline: "WORLD", "Ukraine war"."""
    if is_section_word(unit.text):
        return True
    if "&" in unit.text or "/" in unit.text:  # "Politics & Defense", "World / Asia": two sections' names
        parts = _SECTION_JOINS.split(unit.text)
        return len(parts) <= 3 and all(is_section_word(part) for part in parts)
    words = unit.text.split()
    return 2 <= len(words) <= 3 and words[-1].lower() in _KICKER_ENDS and unit.text[-1:].isalpha()


def _section_label_over(label: Unit, below: Unit) -> bool:
    """A section's or a story's label over its headline: a known kicker, a label in capitals, or one capitalised
    word ("Exclusive", "Analysis") over a headline of a few words that names no publication."""
    if _kicker(label) or _capitals_label(label, below) or _named_label(label, below):
        return True
    return (
        label.words() == 1 and _kicker_label(label) and below.words() >= _LEAST_HEADLINE_UNDER_LABEL
        and not below.is_prose() and masthead_name(label.text, issuer=True) is None
    )


_LEAST_HEADLINE_UNDER_LABEL = 4
# Words a headline in capitals has and a region's or topic's name has not ("ARMS FOR OIL").
_SMALL_WORDS = frozenset("a an the for of to in on at by with from and or as is are was not no".split())
# Endings of the verbs a short headline turns on ("Kim Visits Moscow", "Troops Deployed"); a label has none.
_VERB_ENDINGS = re.compile(r"(?<![su])s$|ed$|ing$")


def _named_label(label: Unit, below: Unit) -> bool:
    """"Korean Peninsula", "Asia Pacific" over a headline at least twice as long: a region's or a topic's name
    as a page sets it over its stories.  Two or three capitalised words and nothing else (no small word, no
    possessive, no figure, no mark, no word shaped as a verb), over a line that is no sentence of a deck."""
    # (A page may set the label in capitals, "KOREAN PENINSULA", over a headline in ordinary case.)
    capitals = label.text.isupper() and not below.text.isupper() and not any(w in _SMALL_WORDS for w in label.text.lower().split())
    words = label.text.title().split() if capitals else label.text.split()
    return (
        2 <= len(words) <= 3
        and not label.heading_level
        and (capitals or not label.text.isupper())
        and all(w[:1].isupper() and w[1:].replace("-", "").isalpha() and w[1:].islower() for w in words)
        and not any(_VERB_ENDINGS.search(w) for w in words[1:])
        and below.words() >= max(_LEAST_HEADLINE_UNDER_LABEL, 2 * len(words))
        and below.text[-1:] not in ".!?"
        and not below.is_prose()
        and masthead_name(label.text, issuer=True) is None
    )


def _kicker_block(unit: Unit) -> bool:
    """A section's label alone in its block ("Analysis", "Senate"): a headline says more than one word, so
    what stands under such a label is no deck."""
    return unit.block_size == 1 and _kicker_label(unit)


def _kicker_label(unit: Unit) -> bool:
    """A section's label: one capitalised word with no sentence mark, or a known kicker ("Ukraine war")."""
    return not unit.heading_level and (_kicker(unit) or (unit.words() == 1 and unit.text[:1].isupper() and unit.text[-1:].isalpha()))


_LABEL_WORDS = 4
_SENTENCE_MARKS = frozenset(".,;:!?\"“”")
# A label's words besides section names ("FROM THE WIRES"); other words in capitals make a headline ("KIM MEETS PUTIN").
_LABEL_FILLERS = frozenset("the from in of and on & news wires wire brief briefs desk roundup digest briefing today "
                           "daily top stories more updates special report".split())


def _capitals_label(unit: Unit, below: Unit) -> bool:
    """A label in capitals over a longer headline in ordinary case: a few section words, no figure and no
    punctuation.  A masthead in capitals ("TASS" over the headline) is read as one further down."""
    text = unit.text
    return (
        unit.words() <= _LABEL_WORDS
        and text.isupper()
        and not unit.heading_level
        and not any(ch.isdigit() or ch in _SENTENCE_MARKS for ch in text)
        and below.words() > unit.words()
        and not below.text.isupper()
        and not _kicker(below)
        and masthead_name(text, issuer=True) is None
        and all(_label_word(word) for word in text.lower().split())
    )


def _label_word(word: str) -> bool:
    word = word.strip("&/-–—|")
    return not word or word in _LABEL_FILLERS or word in _KICKER_ENDS or is_section_word(word)


_ISSUE_MARK = re.compile(
    r"(?:issue|no\.|number|vol\.|volume|edition|#)\s?#?\d{1,5}"
    r"|(?:daily|weekly|fortnightly|monthly|morning|evening|weekend|special|friday|sunday) (?:edition|issue|digest|briefing|roundup)",
    re.IGNORECASE,
)
_MASTHEAD_PARTS = re.compile(r"\s*(?:[|·•—–:,]|\s-\s)\s*")


def issue_masthead(text: str) -> str | None:
    """The newsletter a masthead line with an issue number names ("Arms Control Bulletin — Issue 14").

    "" for a bare "Issue 14" or "Vol. 3, No. 14"; None when the line is not such a masthead
    (anything besides the name and the number, a date say, makes it a header line).
    """
    if len(text) > 100 or _ISSUE_MARK.search(text) is None:
        return None
    names = [part for part in _MASTHEAD_PARTS.split(text.strip()) if part and not _ISSUE_MARK.fullmatch(part)]
    if len(names) > 1 or any(ch.isdigit() for name in names for ch in name):
        return None
    if names and not all(w[:1].isupper() or w.lower() in ("of", "the", "and", "for", "on", "&") for w in names[0].split()):
        return None
    return names[0] if names else ""


_EPISODE = re.compile(r"(?:episode|ep\.?|folge|épisode|에피소드) ?#?\d{1,4}\b ?[:.–—-]? ?\S.{2,150}", re.IGNORECASE)


def _episode_under_show(head: Sequence[Unit], first: Unit) -> Unit | None:
    """An episode's title ("Episode 142: …") right under the show's name, which reads as a publication's."""
    below = next((u for u in head[head.index(first) + 1 :] if u.kept), None)
    if below is None or _EPISODE.fullmatch(below.text) is None or masthead_name(first.text) is None:
        return None
    return below


def _headline_below(head: Sequence[Unit], masthead: Unit, *, same_block: bool = False) -> Unit | None:
    """The title-like line right under a masthead (or a section's label), in a block of its own unless ``same_block``."""
    below = next((u for u in head[head.index(masthead) + 1 :] if u.kept), None)
    if below is None or (below.block == masthead.block and not same_block) or not _title_candidate(below):
        return None
    return below


def _headline_under_masthead(head: Sequence[Unit]) -> Unit | None:
    """"Kyivpost" / "November 6, 2024", then the headline in a block of its own: the top line is the masthead.

    The name must read as a publication (``masthead_name``), so that a place or a person above a date stays
    what it is; it goes to the audit as the masthead line it is, naming the outlet.
    """
    top, dated = head[0], head[1]
    header = dated.header()
    if not top.kept or top.block != dated.block or top.words() > 6 or header is None or header.kind != "date":
        return None
    if header.outlet or header.author or masthead_name(top.text, issuer=True) is None:
        return None
    below = next((u for u in head[2:] if u.kept), None)
    if below is None or below.block == dated.block or not _title_candidate(below) or below.words() <= top.words():
        return None
    top.removed = "preamble"
    return below


def join_title_set_on_two_lines(units: Sequence[Unit]) -> None:
    """A report's title broken after its colon ("Arms Pipeline to Russia:" / "Volumes and Routes") is one title.

    Both lines must stand first, together in one block, each short and title-like;
    the second line then belongs to the title (it is no passage of its own).
    """
    head = [u for u in units[: first_prose(units)] if u.kept]
    # (under an issuer's letterhead block, "CENTER FOR … STUDIES" / "BRIEF | JANUARY 2025", the title comes next)
    letterhead = [u for u in head[:3] if u.block == head[0].block] if head and masthead_name(head[0].text, issuer=True) else []
    if len(head) < 2 + len(letterhead) or len(letterhead) == 3:
        return
    first, second = head[len(letterhead)], head[len(letterhead) + 1]
    if not first.text.endswith(":") or first.block != second.block or first.words() > 15 or second.header() is not None:
        return
    if not is_title_like(first.text[:-1], first.words()) or not _title_candidate(second):
        return
    for n, unit in enumerate(letterhead):
        unit.removed = "letterhead-label" if n else "preamble"  # (the issuer's name, then "BRIEF | JANUARY 2025")
    first.text = f"{first.text} {second.text}"
    first.raw = f"{first.raw}\n{second.raw}"
    first._words_of = None  # the cached word count was the first line's
    second.role = "title"


def _printed(units: Sequence[Unit], text: str) -> bool:
    folded = folded_line(text)
    return any(folded_line(u.text) == folded for u in units)


def printed_headline(units: Sequence[Unit], at: int) -> Unit | None:
    """The headline a message prints at ``at`` (alone in its block, a paragraph of prose under it), if any."""
    first = units[at]
    if not first.kept or first.block_size != 1 or not _title_candidate(first):
        return None
    after = next((u for u in units[at + 1 :] if u.kept), None)
    return first if after is not None and after.block != first.block and after.is_prose() else None
