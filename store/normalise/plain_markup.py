"""Lightweight markup other than Markdown, reduced to plain lines: Org, AsciiDoc, reStructuredText,
MediaWiki, and YAML or TOML front matter.

Notes, research write-ups and encyclopedia drafts about the war are kept in
these formats as often as in Markdown.  Their header fields ("#+TITLE:",
":Author:", an AsciiDoc author line, TOML ``key = "value"``) become the
"Key: value" lines the metadata reader knows; heading marks, directives,
attribute lines, table fences, templates and references leave the text and
go to the audit.  Each dialect is taken only on signs no prose carries, and
every source line maps to exactly one output line (a dropped line becomes
blank), so that line numbers in the audit still point into the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from store.normalise.bare_header_fields import bare_header_fields, starts_with_field

_HEAD = 2048  # the signs of a dialect show in its first lines

# --- shared ----------------------------------------------------------------------------------------

# Header keys worth keeping, as the metadata reader spells them.
_KEYS = {
    "title": "Title", "headline": "Title", "subtitle": None, "author": "Author", "authors": "Author", "date": "Date",
    "publisher": "Publisher", "publication": "Publication", "source": "Source", "outlet": "Outlet",
    "url": "URL", "link": "URL", "byline": "Byline", "revdate": "Date",
    "published": "Published",  # a web clipper's field ("created" is when the page was clipped, not published)
}


@dataclass(slots=True)
class Reduced:
    dialect: str
    lines: list[str]
    dropped: list[tuple[int, str, str]] = field(default_factory=list)  # (1-based line, reason, text)
    headings: dict[int, int] = field(default_factory=dict)  # line index -> level (the title is level 1)
    captions: set[int] = field(default_factory=set)  # line indices holding a picture's alt text

    def drop(self, index: int, reason: str = "markup") -> None:
        if self.lines[index].strip():
            self.dropped.append((index + 1, reason, self.lines[index]))
        self.lines[index] = ""


def _field_line(key: str, value: str) -> str | None:
    name = _KEYS.get(key.strip().lower())
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].strip()  # the quotes around the value, not a quote closing inside it ("... 'Storm Corps'")
    if name == "Source" and value.startswith(("http://", "https://")):
        name = "URL"  # a web clipper's "source:" is the page's address, not an outlet's name
    return f"{name}: {value}" if name and value else None


# --- TOML front matter -----------------------------------------------------------------------------

_TOML_PAIR = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*=\s*(.+?)\s*$")
_TOML_FENCE = "+++"


def _toml_front_matter(lines: list[str]) -> Reduced | None:
    first = next((i for i, line in enumerate(lines[:5]) if line.strip()), None)
    if first is None or lines[first].strip() != _TOML_FENCE:
        return None
    end = next((i for i in range(first + 1, min(len(lines), first + 60)) if lines[i].strip() == _TOML_FENCE), None)
    if end is None or not all(not line.strip() or _TOML_PAIR.match(line) or line.lstrip().startswith(("#", "[")) for line in lines[first + 1 : end]):
        return None
    out = Reduced("toml-front-matter", list(lines))
    out.drop(first, "front-matter")
    out.drop(end, "front-matter")
    for i in range(first + 1, end):
        pair = _TOML_PAIR.match(lines[i])
        converted = _field_line(pair[1], pair[2]) if pair and pair[2][:1] not in "[{" else None
        if converted is None:
            out.drop(i, "front-matter")
        else:
            out.lines[i] = converted
    return out


# --- YAML front matter -----------------------------------------------------------------------------

_YAML_FENCE = "---"
_YAML_PAIR = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_YAML_ITEM = re.compile(r"^[ \t]+-[ \t]+(.*?)[ \t]*$")
_YAML_NESTED = re.compile(r"^[ \t]+[A-Za-z_][\w-]*[ \t]*:")
# Keys whose value is words of the article (its standfirst), not a field: kept as a line of text.
_YAML_TEXT_KEYS = frozenset({"description", "summary", "excerpt", "subtitle", "dek", "standfirst", "lede"})


def _yaml_front_matter(lines: list[str]) -> Reduced | None:
    """A static site's "---" block: "key: value" fields, lists of authors, tags and flags.

    Fields the metadata reader knows become its "Key: value" lines (a list of authors one line);
    a standfirst stays as text; the rest (tags, image paths, draft flags) goes to the audit.
    """
    first = next((i for i, line in enumerate(lines[:5]) if line.strip()), None)
    if first is None or lines[first].strip() != _YAML_FENCE:
        return None
    end = next((i for i in range(first + 1, min(len(lines), first + 80)) if lines[i].strip() in (_YAML_FENCE, "...")), None)
    if end is None:
        return None
    body = lines[first + 1 : end]
    shapes_ok = all(
        not line.strip() or line.lstrip().startswith("#") or _YAML_PAIR.match(line) or _YAML_ITEM.match(line) or _YAML_NESTED.match(line)
        for line in body
    )
    if not shapes_ok or not any((pair := _YAML_PAIR.match(line)) and pair[1].lower() in ("title", "headline", "author", "authors", "date", "published") for line in body):
        return None
    out = Reduced("yaml-front-matter", list(lines))
    out.drop(first, "front-matter")
    out.drop(end, "front-matter")
    i = first + 1
    while i < end:
        pair = _YAML_PAIR.match(lines[i])
        items: list[str] = []
        j = i + 1
        while j < end and (item := _YAML_ITEM.match(lines[j])) is not None:
            items.append(item[1].strip("\"'").removeprefix("[[").removesuffix("]]"))  # (an Obsidian link: "[[Lee Hyo-jin]]")
            j += 1
        value = (pair[2] or "") if pair else ""
        if value.startswith("[") and value.endswith("]"):
            items = [v.strip().strip("\"'") for v in value[1:-1].split(",") if v.strip()]
            value = ""
        if items and pair and pair[1].lower() in ("author", "authors"):
            value = ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]
        if pair and pair[1].lower() in _YAML_TEXT_KEYS and value.strip("\"' "):
            out.lines[i] = value.strip().strip("\"'")
        elif pair and (converted := _field_line(pair[1], value)) is not None:
            out.lines[i] = converted
        else:
            out.drop(i, "front-matter")
        for k in range(i + 1, j):
            out.drop(k, "front-matter")
        i = j
    _standfirst_under_headline(out, first, end)
    return out


def _standfirst_under_headline(out: Reduced, first: int, end: int) -> None:
    """A clipper's "description:" kept above the page's own "# Headline": set back under it, where it is the deck.

    The two lines trade places (one output line per source line), only when the headline repeats the title field.
    """
    title = next((line[len("Title: ") :] for line in out.lines[first:end] if line.startswith("Title: ")), None)
    text_at = [k for k in range(first + 1, end) if out.lines[k] and not _FIELD_LINE.match(out.lines[k])]
    below = next((k for k in range(end + 1, min(len(out.lines), end + 4)) if out.lines[k].strip()), None)
    if title and len(text_at) == 1 and below is not None and out.lines[below].strip().lstrip("#").strip() == title and out.lines[below].startswith("# "):
        out.lines[text_at[0]], out.lines[below] = out.lines[below], out.lines[text_at[0]]


_FIELD_LINE = re.compile(r"^(?:Title|Author|Date|Published|Publisher|Publication|Source|Outlet|URL|Byline): ")


# --- Org -------------------------------------------------------------------------------------------

_ORG_KEYWORD = re.compile(r"^#\+([A-Za-z_]+):?[ \t]*(.*)$")
_ORG_HEADING = re.compile(r"^\*+[ \t]+(?:([A-Z][A-Z-]{1,15})[ \t]+)?(?:\[#[A-Z0-9]\][ \t]+)?(.*?)(?:[ \t]+:[\w@:]+:)?[ \t]*$")
# Task states a heading may open with: Org's own, the ones most set-ups add, and any a "#+TODO:" line declares.
_ORG_STATES = frozenset({"TODO", "DONE", "NEXT", "WAITING", "WAIT", "HOLD", "STARTED", "CANCELLED", "CANCELED", "SOMEDAY", "IN-PROGRESS"})
_ORG_STATE_DECLARATION = re.compile(r"^#\+(?:SEQ_|TYP_)?TODO:(.*)$", re.IGNORECASE | re.MULTILINE)
_ORG_PROGRESS = re.compile(r"[ \t]*\[(?:\d{1,4}/\d{1,4}|\d{1,3}%)\]")  # a statistics cookie: "[2/3]", "[66%]"
_ORG_PLANNING = re.compile(r"^[ \t]*(?:(?:DEADLINE|SCHEDULED|CLOSED):[ \t]*[<\[][^\n]*)$")
_ORG_CHECKBOX = re.compile(r"^([ \t]*(?:[-+]|\d{1,3}[.)])[ \t]+)\[[ Xx-]\][ \t]+")
_ORG_BLOCK = re.compile(r"^[ \t]*#\+(?:BEGIN|END)_\w+", re.IGNORECASE)
_ORG_TIMESTAMP = re.compile(r"[<\[](\d{4}-\d{2}-\d{2})(?: [A-Za-z]{2,3})?(?: \d{1,2}:\d{2})?[>\]]")
_ORG_DRAWER_LINE = re.compile(r"^[ \t]*:[\w-]+:(?:[ \t].*)?$|^[ \t]*CLOCK:.*$|^[ \t]*- (?:State|Note taken).*$")
_ORG_LINK = re.compile(r"\[\[[^\]\n]{1,500}\]\[([^\]\n]{1,300})\]\]|\[\[([^\]\n]{1,500})\]\]")


def _org(lines: list[str]) -> Reduced | None:
    keywords = sum(1 for line in lines[:40] if _ORG_KEYWORD.match(line))
    if keywords < 2:
        return None
    out = Reduced("org", list(lines))
    states = _ORG_STATES | {
        word.split("(")[0] for declared in _ORG_STATE_DECLARATION.findall("\n".join(lines[:200])) for word in declared.split() if word != "|"
    }
    drawer: int | None = None
    for i, line in enumerate(lines):
        if line.startswith("#"):
            if _ORG_BLOCK.match(line) or line.startswith("# ") or line == "#":
                out.drop(i)
            elif (keyword := _ORG_KEYWORD.match(line)) is not None:
                converted = _field_line(keyword[1], _ORG_TIMESTAMP.sub(r"\1", keyword[2]))
                if converted is None:
                    out.drop(i)
                else:
                    out.lines[i] = converted
        elif line.startswith("*") and (heading := _ORG_HEADING.match(line)) is not None:
            state, words = heading[1], heading[2]
            if state is not None and state not in states:
                words = f"{state} {words}"  # a capitalised first word ("NATO summit"), no task state
            out.lines[i] = _ORG_PROGRESS.sub("", words)
            out.headings[i] = min(6, len(line) - len(line.lstrip("*")) + 1)
        elif _ORG_PLANNING.match(line):
            out.drop(i)  # a task's deadline or closing time: the outliner's, no words of the text
        elif "[" in line and (box := _ORG_CHECKBOX.match(line)) is not None:
            out.lines[i] = box[1] + line[box.end() :]
        elif "[[" in line:
            out.lines[i] = _ORG_LINK.sub(lambda m: m[1] or m[2], line)
        elif line[:1] in " \t" and line.lstrip().startswith("#+") and _ORG_BLOCK.match(line):
            out.drop(i)  # an indented block fence
        elif line[:1] == ":" and line.strip().upper() in (":PROPERTIES:", ":LOGBOOK:"):
            drawer = i  # a heading's property drawer: the outliner's fields, no words of the text
        elif drawer is not None and _ORG_DRAWER_LINE.match(line):
            if line.strip().upper() == ":END:":
                for k in range(drawer, i + 1):
                    out.drop(k)
                drawer = None
        else:
            drawer = None
    return out

# --- reStructuredText ------------------------------------------------------------------------------

_RST_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+<>:._])\1{2,}[ \t]*$")
_RST_FIELD = re.compile(r"^:([A-Za-z][\w -]{0,30}):[ \t]+(\S.*)$")
_RST_DIRECTIVE = re.compile(r"^\.\.[ \t]+[\w:-]+::")
_RST_COMMENT_OR_TARGET = re.compile(r"^\.\.(?:[ \t]+_[^:\n]{1,100}:|[ \t]*$|[ \t]+(?!\[)[^:\n]*$)")
_RST_FOOTNOTE = re.compile(r"^\.\.[ \t]+\[(?:#?[\w-]*|\*)\][ \t]+(\S.*)$")
_RST_FOOTNOTE_REF = re.compile(r"[ \t]?\[(?:#?[\w-]*|\*)\]_")
_RST_ROLE = re.compile(r":[\w-]+:`([^`\n]{1,300})`")
_RST_LINK = re.compile(r"`([^`<\n]{1,300}?)[ \t]*<[^>\n]{1,500}>`__?")
_RST_LITERAL = re.compile(r"``([^`\n]{1,300})``")


def _restructured_text(lines: list[str]) -> Reduced | None:
    head = lines[:300]
    titled = sum(1 for i in range(1, len(head)) if _is_rst_underline(head, i))
    directives = sum(1 for line in head if _RST_DIRECTIVE.match(line))
    fields = sum(1 for line in head[:30] if _RST_FIELD.match(line))
    if titled + directives + fields < 3 or (directives == 0 and fields == 0 and titled < 3):
        return None
    out = Reduced("restructuredtext", list(lines))
    adornments: list[tuple[str, bool]] = []
    in_directive = False
    for i, line in enumerate(lines):
        if in_directive and (not line.strip() or line[:1] in " \t"):
            if line.strip():
                out.drop(i)
            continue
        in_directive = False
        if _RST_ADORNMENT.match(line) and (_is_rst_underline(lines, i) or _is_rst_overline(lines, i)):
            out.drop(i, "separator")
            if _is_rst_underline(lines, i):
                out.headings[i - 1] = _rst_level(adornments, line, i >= 2 and lines[i - 2].rstrip() == line.rstrip())
        elif _RST_FOOTNOTE.match(line):
            out.drop(i, "references")
        elif _RST_DIRECTIVE.match(line) or _RST_COMMENT_OR_TARGET.match(line):
            out.drop(i)
            in_directive = True
        elif (pair := _RST_FIELD.match(line)) is not None:
            converted = _field_line(pair[1], pair[2])
            if converted is None:
                out.drop(i)
            else:
                out.lines[i] = converted
        elif "`" in line or "]_" in line:
            text = _RST_FOOTNOTE_REF.sub("", line)
            text = _RST_ROLE.sub(r"\1", _RST_LINK.sub(r"\1", _RST_LITERAL.sub(r"\1", text)))
            out.lines[i] = text
    return out


def _rst_level(seen: list[tuple[str, bool]], adornment: str, overlined: bool) -> int:
    """reStructuredText ranks section styles by first use; the first style is the title's."""
    style = (adornment.strip()[0], overlined)
    if style not in seen:
        seen.append(style)
    return min(6, seen.index(style) + 1)


def _is_rst_underline(lines: list[str], i: int) -> bool:
    """``lines[i]`` adorns the text line above it (at least as long as that text)."""
    if not _RST_ADORNMENT.match(lines[i]) or i == 0:
        return False
    above = lines[i - 1].strip()
    return bool(above) and not _RST_ADORNMENT.match(above) and len(lines[i].rstrip()) >= len(above) >= 2


def _is_rst_overline(lines: list[str], i: int) -> bool:
    return i + 2 < len(lines) and lines[i + 2].rstrip() == lines[i].rstrip() and bool(lines[i + 1].strip())


# --- MediaWiki -------------------------------------------------------------------------------------

_WIKI_HEADING = re.compile(r"^(={2,6})[ \t]*(.+?)[ \t]*\1[ \t]*$")
_WIKI_REF = re.compile(r"<ref(?:[ \t][^>\n]{0,300})?/>|<ref(?:[ \t][^>\n]{0,300})?>.{0,2000}?</ref>", re.IGNORECASE)
_WIKI_TEMPLATE = re.compile(r"\{\{[^{}]{0,2000}\}\}")
_WIKI_TEMPLATE_DEPTH = 4
_WIKI_CATEGORY = re.compile(r"^\[\[(?:Category|File|Image|Kategorie|Категория):[^\]\n]*\]\][ \t]*$", re.IGNORECASE)
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]{1,300}\|)?([^\]|\n]{1,300})\]\]")
_WIKI_EXTERNAL = re.compile(r"\[(?:https?:)?//[^\s\]]{1,500}[ \t]+([^\]\n]{1,300})\]")
_WIKI_BOLD_ITALIC = re.compile(r"'{2,5}(?=\S)(.+?)(?<=\S)'{2,5}")
_WIKI_SIGNS = re.compile(r"\[\[[^\]\n]{1,300}\]\]|\{\{[^}\n]{1,300}|<ref[ >/]|'''[^'\n]{1,200}'''|^==[^=\n].*==[ \t]*$", re.MULTILINE)


def _mediawiki(text: str, lines: list[str]) -> Reduced | None:
    if "[[" not in text and "{{" not in text and "<ref" not in text:
        return None
    kinds = {found[:2] for found in _WIKI_SIGNS.findall(text, 0, 50_000)}
    if len(kinds) < 3:
        return None
    out = Reduced("mediawiki", list(lines))
    for i, line in enumerate(lines):
        if _WIKI_CATEGORY.match(line):
            out.drop(i, "category-links")
            continue
        text_line = line
        if "<ref" in text_line:
            for ref in _WIKI_REF.findall(text_line):
                out.dropped.append((i + 1, "references", ref))
            text_line = _WIKI_REF.sub("", text_line)
        # Templates nest: each pass takes the innermost ones, a few passes the deepest a page writes.
        for _ in range(_WIKI_TEMPLATE_DEPTH):
            if "{{" not in text_line:
                break
            templates = _WIKI_TEMPLATE.findall(text_line)
            if not templates:
                break
            out.dropped.extend((i + 1, "template", template) for template in templates)
            text_line = _WIKI_TEMPLATE.sub("", text_line)
        if (heading := _WIKI_HEADING.match(text_line)) is not None:
            text_line = heading[2]
            out.headings[i] = len(heading[1])
        text_line = _WIKI_BOLD_ITALIC.sub(r"\1", _WIKI_EXTERNAL.sub(r"\1", _WIKI_LINK.sub(r"\1", text_line)))
        if text_line.strip() or not line.strip():
            out.lines[i] = text_line
        else:
            out.lines[i] = ""
    return out


# --- entry point -----------------------------------------------------------------------------------

def _has(text: str, *signs: str) -> bool:
    # Bounded ``find``: a slice of the head would copy it (and scan it for its widest character) first.
    return any(text.find(sign, 0, _HEAD) != -1 for sign in signs)


def reduce_plain_markup(text: str) -> Reduced | None:
    """``text``'s lines with their markup reduced, or None when it is written in no dialect known here.

    Each dialect is looked for only when its signs show in the first lines, which spares most files
    any line-by-line scan.
    """
    start = text[:80].lstrip()
    candidates: list[Callable[[list[str]], Reduced | None]] = []
    if start.startswith(_TOML_FENCE):
        candidates.append(_toml_front_matter)
    if start.startswith(_YAML_FENCE):
        candidates.append(_yaml_front_matter)
    if start.startswith("= "):
        from store.normalise.asciidoc import asciidoc

        candidates.append(asciidoc)
    if _has(text, "\\documentclass", "\\begin{document}"):
        from store.normalise.latex import latex

        candidates.append(latex)
    if _has(text, "#+"):
        candidates.append(_org)
    if _has(text, "\n.. ", "\n:", "===\n", "---\n"):
        candidates.append(_restructured_text)
    if _has(text, "[[", "{{", "<ref"):
        candidates.append(lambda lines: _mediawiki(text, lines))
    if _has(text, "[/b]", "[/url]", "[/img]", "[/quote]", "[/i]", "[/size]", "[/B]", "[/URL]"):
        from store.normalise.board_markup import bbcode

        candidates.append(lambda lines: bbcode(text, lines))
    if _has(text, "** ") and "\n-----" in text:
        from store.normalise.mail_text import mailing_list_text

        candidates.append(mailing_list_text)
    if start.startswith("^") or _has(text, "\n^"):
        from store.normalise.board_markup import anpa_marks

        candidates.append(anpa_marks)
    if start[:1].isalpha() and starts_with_field(start):
        candidates.append(_bare_header_fields)
    if not candidates:
        return None
    lines = text.split("\n")
    for reduce in candidates:
        if (reduced := reduce(lines)) is not None:
            return reduced
    return None


def _bare_header_fields(lines: list[str]) -> Reduced | None:
    spelt = bare_header_fields(lines)
    return None if spelt is None else Reduced("header-fields", spelt)
