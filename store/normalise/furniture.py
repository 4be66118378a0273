"""Page furniture: recognising it line by line.

The rules are data (``furniture.toml``); this module compiles them and marks
every unit a line rule matches with its reason, action and outlet hint.  The
sections some rules open ("Related" to the end, a "Top stories" list) are cut
by ``sections``.  Every removed unit keeps its reason so that the audit can show it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from store.normalise.archive_toolbars import (
    is_archive_banner,
    mark_archive_toolbar,
    mark_capture_addresses,
)
from store.normalise.contact_lines import mark_contact_details
from store.normalise.contents_lists import mark_contents_entries
from store.normalise.link_cards import mark_link_card_hosts
from store.normalise.lossy import paragraph_letters_lost
from store.normalise.outlets import outlet_table
from store.normalise.reaction_counts import is_reaction_tally, mark_counts_beside_chrome
from store.normalise.rule_matcher import Rule, RuleMatcher
from store.normalise.shapes import has_letters, is_separator_line
from store.normalise.split_datelines import mark_split_datelines
from store.normalise.topic_tags import mark_labelled_tags, mark_tag_lists
from store.normalise.units import Unit

MAX_FURNITURE_LENGTH = 320
_MENU_SPLIT = re.compile(r"[\s|•·/,]+")
_ROW_SEPARATORS = (" | ", " · ", " • ")
_ROW_SPLIT = re.compile(r"\s[|·•]\s")


@dataclass(frozen=True, slots=True)
class FurnitureMatch:
    reason: str
    action: str
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class _Compiled:
    matcher: RuleMatcher
    section_words: frozenset[str]
    section_first_words: frozenset[str]  # first word of every section name, for a quick test
    section_initials: frozenset[str]  # and its first letter, for a quicker one
    section_word_length: int  # the longest section name
    section_prefix: re.Pattern[str]
    section_menu: re.Pattern[str]


@cache
def _compiled() -> _Compiled:
    raw = tomllib.loads(resources.files(__package__).joinpath("furniture.toml").read_text(encoding="utf-8"))
    rules: list[Rule] = []
    for r_index, entry in enumerate(raw.get("rule", [])):
        max_words = int(entry.get("max_words", 12))
        for p_index, pattern in enumerate(entry["patterns"]):
            outlet = f"o{r_index}_{p_index}" if "(?P<outlet>" in pattern else None
            if outlet is not None:
                pattern = pattern.replace("(?P<outlet>", f"(?P<{outlet}>")
            rules.append(Rule(entry["reason"], entry.get("action", "line"), f"r{r_index}_{p_index}", pattern, outlet, max_words))
    words = list(raw.get("sections", {}).get("words", []))
    prefix = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return _Compiled(
        matcher=RuleMatcher(rules),
        section_words=frozenset(w.lower() for w in words),
        section_first_words=frozenset(w.split()[0].lower() for w in words),
        section_initials=frozenset(w[0].lower() for w in words),
        section_word_length=max((len(w) for w in words), default=0),
        section_prefix=re.compile(rf"(?:{prefix})\s+(?=[\"'‘“A-Z0-9])"),
        section_menu=re.compile(rf"(?:(?:{prefix})(?:\s*[|•·/,]\s*|\s+|$)){{3,20}}", re.IGNORECASE),
    )


def is_section_name(text: str) -> bool:
    """"World", "Opinion", "Middle East": a name a site gives one of its sections (``[sections]`` in the rules)."""
    return text.strip().lower() in _compiled().section_words


def match_furniture(text: str, n_words: int | None = None) -> FurnitureMatch | None:
    """The furniture rule a whole line matches, if any (``n_words``: its word count, if known)."""
    if not text or len(text) > MAX_FURNITURE_LENGTH:
        return None
    return _match(text, len(text.split()) if n_words is None else n_words, _compiled())


def _match(text: str, n_words: int, compiled: _Compiled) -> FurnitureMatch | None:
    """``match_furniture`` for a non-empty line of at most MAX_FURNITURE_LENGTH characters."""
    if not text[0].isalnum() and not has_letters(text):  # "[^\W_]" is what str.isalnum() says
        # Lone icons and emoji ("❌", "→") are reader chrome; separators are
        # handled by the splitter, which needs to see them.
        if is_separator_line(text):
            return None
        # "|---|:---:|", "+----+----+": the rule under a table's header row, which names no icon.
        return FurnitureMatch("table-rule" if _TABLE_RULE.fullmatch(text) else "icon", "line")
    matched = compiled.matcher.match(text, n_words)
    if matched is None and text[0] in _BULLET_GLYPHS and text[1:2] == " " and len(text) > 2:
        # A list item that kept its glyph ("• Twitter" under "Share this:"): the item is what counts.
        matched = compiled.matcher.match(text[2:], n_words - 1)
    if matched is not None:
        rule, outlet = matched
        if rule.reason == "wire-service-line" and _topic_label(text):
            # "KCNA/Reuters" names agencies: a picture's credit, which the classifier sets apart, no label.
            return None if any(outlet_table().lookup(part) for part in text.split("/")) else FurnitureMatch("topic-label", rule.action, None)
        return FurnitureMatch(rule.reason, rule.action, outlet.strip() if outlet else None)
    return _section_menu(text, compiled) or _furniture_row(text, compiled) or (_keyword_rule(text) if n_words <= _KEYWORD_MAX_WORDS else None)


# Phrases that may stand anywhere in a line of furniture ("Our editors' pick, in your inbox every weekday."): a
# rule led by a wildcard would scan every line, so each is tried only on lines that hold its keyword.
_KEYWORD_RULES = (
    ("inbox", "newsletter-signup", re.compile(r"[^.!?\n]{0,160}\b(?:in|to|into) your inbox(?: (?:every|each) [\w ]{2,20}| daily| weekly| for free)?[.!]?", re.IGNORECASE)),
    ("postfach", "newsletter-signup", re.compile(r"[^.!?\n]{0,160} in ihr(?:em|en)? (?:e-mail-)?postfach[.!]?", re.IGNORECASE)),
    # "… is republished here under a Creative Commons licence (CC BY-ND 4.0).": the syndication's terms
    ("republished", "syndication-note", re.compile(r"[^\n]{0,200}\brepublished (?:here )?(?:from [^\n]{1,80} )?(?:under|with) (?:a|the) creative commons[^\n]{0,160}", re.IGNORECASE)),
)
_KEYWORD_MAX_WORDS = 60


def _keyword_rule(text: str) -> FurnitureMatch | None:
    lowered = text.lower()
    for keyword, reason, pattern in _KEYWORD_RULES:
        if keyword in lowered and pattern.fullmatch(text) is not None:
            return FurnitureMatch(reason, "line")
    return None


_BULLET_GLYPHS = frozenset("•▪◦‣▶►▸")  # (a Korean portal points at its links with "▶ ")
_TABLE_RULE = re.compile(r"[|+]?(?: ?:?[-=]{1,200}:? ?[|+]){1,40} ?:?[-=]{0,200}:? ?")


def _furniture_row(text: str, compiled: _Compiled) -> FurnitureMatch | None:
    """Links set in a row ("Unsubscribe | Manage preferences"), each one a line rule on its own."""
    # A table row copied as text has a bar at each end too ("| Like | Comment | Restack |"): what
    # lies outside them is no cell.
    if text[0] == "|" and text[-1] == "|" and len(text) > 2:
        text = text[1:-1].strip()
        if not text:
            return None
        cells = [cell.strip() for cell in _ROW_SPLIT.split(text)]
    elif any(separator in text for separator in _ROW_SEPARATORS):
        cells = [cell.strip() for cell in _ROW_SPLIT.split(text)]
        if len(cells) < 2:
            return None
    else:
        return None
    if not all(cells):
        return None
    found: list[Rule] = []
    for cell in cells:
        matched = compiled.matcher.match(cell, len(cell.split()))
        if matched is None or matched[0].action != "line":
            return None
        found.append(matched[0])
    return FurnitureMatch(found[0].reason, "line")


def _section_menu(text: str, compiled: _Compiled) -> FurnitureMatch | None:
    """A line made only of section names ("World | Business | Sport | Opinion")."""
    if len(text) > 160 or text[0].lower() not in compiled.section_initials:
        return None
    first = _MENU_SPLIT.split(text, maxsplit=1)[0].lower()
    if first not in compiled.section_first_words:
        return None
    if compiled.section_menu.fullmatch(text) is None:
        return None
    return FurnitureMatch("section-menu", "line")


def starts_with_section(text: str) -> bool:
    """A headline prefixed with its section, as widgets print them ("World Trump says ...")."""
    return _compiled().section_prefix.match(text) is not None


def is_section_word(text: str) -> bool:
    return _is_section_word(text, _compiled())


def _is_section_word(text: str, compiled: _Compiled) -> bool:
    if len(text) > compiled.section_word_length:
        text = text.strip()
        if len(text) > compiled.section_word_length:
            return False  # lowercasing never shortens a string
    return text.strip().lower() in compiled.section_words


# A newsletter's or letter's greeting opening a paragraph: "Good morning, readers.", "Hello everyone!".
# (The "salutation" rule takes a greeting that is a line of its own.)
_GREETING = re.compile(r"(?:good (?:morning|afternoon|evening|day)|hello|hi|hey|greetings|dear|welcome back)\b[\w .'’-]{0,40}?[,!]", re.IGNORECASE)


def opens_with_greeting(text: str) -> bool:
    """"Good morning, and welcome to the Korea Brief.": a letter's opening, which sums nothing up."""
    return _GREETING.match(text) is not None


def _topic_label(text: str) -> bool:
    """"Russia/Ukraine": a forum post's flair or a page's kicker, not a wire's slug.

    A wire's slug is set in capitals ("UKRAINE-CRISIS/NKOREA") or strung with hyphens
    ("BC-Ukraine-Crisis-NKorea"); a label of words in ordinary case, slashed, is neither.
    """
    return "/" in text and not text.isupper() and not any(mark in text for mark in "-:()_")


def mark_line_furniture(units: Sequence[Unit]) -> None:
    """Give every unit that matches a rule its reason, action and outlet hint."""
    compiled = _compiled()
    # Where a post's controls or a signature's delimiter stand: what surrounds them is looked at next.
    controls: list[int] = []
    delimiters: list[int] = []
    quoted: list[int] = []
    chrome: list[int] = []  # controls and reader chrome: a reaction bar's counts stand beside them
    contacts: list[int] = []
    banners: list[int] = []  # a web archive's banner: its toolbar's lines follow
    for i, unit in enumerate(units):
        text = unit.text
        if "??" in text and paragraph_letters_lost(text):
            unit.action, unit.removed = "line", "letters-lost"
            continue
        if not text or len(text) > MAX_FURNITURE_LENGTH:
            continue
        found = _match(text, unit.words(), compiled)
        if found is None:
            if text[0].isdigit() and is_reaction_tally(text):
                unit.action, unit.removed = "line", "vote-count"
            continue
        unit.action = found.action
        unit.outlet_hint = found.outlet
        unit.removed = found.reason
        if found.reason in _CONTROL_REASONS:
            controls.append(i)
            chrome.append(i)
        elif found.reason == "reader-chrome":
            chrome.append(i)
            if is_archive_banner(text):
                banners.append(i)
        elif found.reason in ("contacts", "postal-address") and found.action == "line":  # (phone lines under either)
            contacts.append(i)
        elif text == "--":
            delimiters.append(i)
        elif found.reason == "quoted-post":
            quoted.append(i)
        elif found.reason == "contents-list":
            mark_contents_entries(units, i)
        elif found.reason == "hashtags":
            mark_labelled_tags(units, i)
    for i in banners:
        mark_archive_toolbar(units, i)
    _mark_menu_runs(units, compiled)
    mark_tag_lists(units)
    mark_link_card_hosts(units)
    if len(units) > 2:
        mark_split_datelines(units)
    _mark_menu_blocks(units, compiled)
    if quoted:
        _mark_quoted_words(units, quoted)
    if delimiters:
        _mark_mail_signatures(units, delimiters)
    if controls:
        _mark_counters_beside_controls(units, controls)
    if chrome:
        mark_counts_beside_chrome(units, chrome)
        mark_capture_addresses(units, chrome)
    mark_contact_details(units, contacts)  # (and a closing signature's name and numbers)


_COUNTER = re.compile(r"\d[\d.,]{0,6}[kKmM]?")
_CONTROL_REASONS = frozenset({"share-prompt", "forum-chrome", "comments"})


def _mark_counters_beside_controls(units: Sequence[Unit], controls: list[int]) -> None:
    """A bare count ("1.4k", "312") right above a post's buttons ("Reply", "Share") is its vote tally.

    Alone, a number line may be a figure of a table set one cell a line; above the controls it is not.
    """
    for i in controls:
        if i == 0:
            continue
        unit, following = units[i - 1], units[i]
        if _bare_count(unit) and following.block == unit.block:
            unit.removed = "vote-count"
            unit.action = "line"
            continue
        # Counts set one a block between two rows of buttons ("∙ Paid" / "42" / "8" / "Share"): the
        # buttons on both sides vouch for them where a block of their own would not.
        run = i - 1
        while run >= 0 and i - run <= 3 and _bare_count(units[run]):
            run -= 1
        if run < i - 1 and run >= 0 and units[run].removed in _CONTROL_REASONS:
            for k in range(run + 1, i):
                units[k].removed = "vote-count"
                units[k].action = "line"


def _bare_count(unit: Unit) -> bool:
    text = unit.text
    return unit.removed is None and len(text) <= 8 and text[:1].isdigit() and _COUNTER.fullmatch(text) is not None


def _mark_quoted_words(units: Sequence[Unit], attributions: list[int]) -> None:
    """The words under a forum's "Originally Posted by grey_owl", up to the blank line, repeat that post.

    They are the earlier poster's, already in the thread; the reply follows after the blank line.
    """
    for i in attributions:
        block = units[i].block
        for unit in units[i + 1 :]:
            if unit.block != block:
                break
            if unit.removed is None:
                unit.removed = "quoted-post"
                unit.action = "line"


_SIGNATURE_LINES = 8  # a mail signature is a name, a role, an outlet, a phone: a few short lines


def _mark_mail_signatures(units: Sequence[Unit], delimiters: list[int]) -> None:
    """The block under a mail signature's delimiter ("-- ") is the sender's signature, not the text."""
    for i in delimiters:
        if units[i].removed != "icon" or i + 1 >= len(units):
            continue
        block = units[i + 1].block
        members = [u for u in units[i + 1 : i + 1 + _SIGNATURE_LINES + 1] if u.block == block]
        if len(members) > _SIGNATURE_LINES or any(u.removed is None and (u.is_prose() or u.words() > 12) for u in members):
            continue
        units[i].removed = "signature"  # (the delimiter itself: no icon)
        for member in members:
            if member.removed is None:
                member.removed = "signature"
                member.action = "line"


_MENU_ITEM_WORDS = 3
_LEAST_MENU_LINES = 4


def _mark_menu_blocks(units: Sequence[Unit], compiled: _Compiled) -> None:
    """A block of nothing but short names, three or more of them sections, is a menu set one item a line.

    "World / Europe / US news / Climate crisis / Middle East / Ukraine": a page's section bar copied
    with the story.  Its other items ("US news") are no section words of ours, but they stand in the
    block with the section words, each a name of a few capitalised words without a full stop.
    """
    start = 0
    while start < len(units):
        block = units[start].block
        end = start
        while end < len(units) and units[end].block == block:
            end += 1
        members = units[start:end]
        start = end
        if len(members) >= 2 and members[0].removed == "navigation" and all(u.removed in (None, "preamble") and _crumb(u) for u in members[1:]):
            for member in members[1:]:  # "Home" / "Press" / "Press releases": a breadcrumb trail set one crumb a line
                member.removed, member.action = "navigation", "line"
            continue
        if len(members) < _LEAST_MENU_LINES or any(u.removed not in (None, "navigation", "section-menu") for u in members):
            continue
        # (a caseless script's menu, "トップ" / "速報", has no capitals to show)
        if not all(u.words() <= _MENU_ITEM_WORDS and (u.text[:1].isupper() or not u.text[:1].isascii()) and u.text[-1:].isalpha() for u in members):
            continue
        if sum(_is_section_word(u.text, compiled) for u in members) >= 3:
            for member in members:
                member.removed = "section-menu"
                member.action = "line"


def _crumb(unit: Unit) -> bool:
    return unit.words() <= _MENU_ITEM_WORDS and unit.text[:1].isupper() and unit.text[-1:].isalpha()


def _mark_menu_runs(units: Sequence[Unit], compiled: _Compiled) -> None:
    """Three or more consecutive one-word section lines form a menu."""
    run: list[Unit] = []
    longest = compiled.section_word_length
    for unit in [*units, None]:
        if (
            unit is not None
            and unit.removed in (None, "navigation")
            and (len(unit.text) <= longest or unit.text[0].isspace() or unit.text[-1].isspace())  # else too long
            and _is_section_word(unit.text, compiled)
        ):
            run.append(unit)
            continue
        if len(run) >= 3:
            for member in run:
                member.removed = "section-menu"
                member.action = "line"
        run = []
