"""Markdown to plain lines: heading marks, emphasis, links and images go, text stays.

Each source line maps to exactly one output line so that line numbers in the
audit trail still point into the file.  Only well-formed Markdown constructs
are touched: a literal ``[bold]`` or ``[@click=app.quit]`` (no ``(url)``
after it) is text and is kept as written.
"""

from __future__ import annotations

import re

from store.normalise.units import LineInfo

# Put in front of a saved page's <figcaption> text so the caption survives
# extraction and is known as one here.
CAPTION_MARKER = "\u27e6caption\u27e7"

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_LIST = re.compile(r"^[ \t]{0,8}[-*+][ \t]+(?=\S)")
_IMAGE_ONLY = re.compile(r"^[ \t]*!\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)[ \t]*$")
_IMAGE = re.compile(r"!\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
# (a link without words, "[](…/comments)", is a button's icon: it leaves nothing)
_LINK = re.compile(r"\[([^\]\n]{0,300})\]\((?:[^)\s\n]{1,500})(?:[ \t]+\"[^\"\n]{0,200}\")?\)")
_REF_LINK = re.compile(r"\[([^\]\n]{1,300})\]\[[^\]\n]{0,100}\]")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]{1,100}\]:[ \t]*\S+")
# Footnotes: "text.[^2]" refers to "[^2]: Yonhap, 13 January 2025.", whose text is content (often a source).
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,20}\]")
_FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^[^\]\s]{1,20}\]:[ \t]*(?=\S)")
# A note app's (Obsidian's, Logseq's) link to another note: "[[NIS briefing]]", "[[Kim Jong Un|Kim]]",
# "[[Kursk#Casualties]]": the words shown are the alias, else the note's name; an embed ("![[map.png]]") shows no words.
_WIKI_LINK = re.compile(r"(!?)\[\[([^\[\]|#\n]{1,200})(?:#[^\[\]|\n]{0,200})?(?:\|([^\[\]\n]{1,200}))?\]\]")
# A callout opening a quotation: "> [!note] My take", "> [!warning]- Unverified": its title is a heading.
_CALLOUT = re.compile(r"\[!\w{1,30}\][+-]?[ \t]*")
# A note's inline field, "Source:: [[Yonhap]]": the fields a header names stay fields ("Source: Yonhap"),
# the note's own (links to related notes, tags, status) are no text of the article.
_NOTE_FIELD = re.compile(r"^[ \t]*([A-Za-z][\w -]{0,30})::[ \t]*")
_HEADER_FIELDS = frozenset({"source", "author", "by", "date", "published", "url", "link", "outlet", "publication", "title"})
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,500}?)(?<=\S)\1(?=([^\W\d_])?)")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]{1,500}?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)([^~\n]{1,500}?)(?<=\S)~~")
_CODE = re.compile(r"`([^`\n]{1,500})`")
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]{1,500})>")
# CommonMark: a backslash before ASCII punctuation writes that character literally.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# While the inline patterns run, an escaped character is hidden as a private-use character
# (U+E000 plus its code), which no pattern looks at.
_HIDDEN_OFFSET = 0xE000
_HIDDEN = re.compile("[\ue021-\ue07e]")


def strip_inline(text: str) -> str:
    """Inline Markdown removed: emphasis, code, links (their text kept), backslash escapes undone.

    An escaped character (``\\_`` in ``@DI\\_Ukraine``, as extraction writes it) stands
    for itself: it is hidden from the emphasis and link patterns, then written bare.
    """
    escaped = "\\" in text and _ESCAPE.search(text) is not None and _HIDDEN.search(text) is None
    if escaped:
        text = _ESCAPE.sub(lambda m: chr(_HIDDEN_OFFSET + ord(m.group(1))), text)
    if any(ch in text for ch in "*_`[~<"):
        text = _strip_inline_syntax(text)
    return _HIDDEN.sub(lambda m: chr(ord(m.group(0)) - _HIDDEN_OFFSET), text) if escaped else text


def _strip_inline_syntax(text: str) -> str:
    if "[[" in text:
        text = _WIKI_LINK.sub(lambda m: "" if m.group(1) else (m.group(3) or m.group(2)).strip(), text)
    text = _FOOTNOTE_REF.sub("", text)
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _REF_LINK.sub(lambda m: m.group(1), text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _CODE.sub(lambda m: m.group(1), text)
    text = _STRONG.sub(_unstrong, text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2) or "", text)
    return _STRIKE.sub(lambda m: m.group(1), text)


def markdown_lines(lines: list[LineInfo]) -> tuple[list[LineInfo], list[tuple[int, str, str]]]:
    """Lines with Markdown syntax removed, and the (line, reason, text) of dropped syntax lines."""
    out: list[LineInfo] = []
    dropped: list[tuple[int, str, str]] = []
    for i, info in enumerate(lines):
        text = info.text
        if _FENCE.match(text):
            dropped.append((info.number, "markdown-syntax", text.strip()))
            out.append(LineInfo("", info.number, form_feed=info.form_feed))
            continue
        footnote = _FOOTNOTE_DEFINITION.match(text)
        if footnote:
            text = text[footnote.end() :]  # kept as a passage of its own, its marker gone like the references'
        elif _LINK_DEFINITION.match(text):
            dropped.append((info.number, "markdown-syntax", text.strip()))
            out.append(LineInfo("", info.number, form_feed=info.form_feed))
            continue
        setext = _SETEXT.match(text)
        if setext and out and out[-1].text.strip() and not out[-1].heading_level and i > 0:
            # "Title\n=====" underlines the line above: a heading, not a rule.
            out[-1].heading_level = 1 if setext.group(1)[0] == "=" else 2
            dropped.append((info.number, "markdown-syntax", text.strip()))
            out.append(LineInfo("", info.number, form_feed=info.form_feed))
            continue
        if "::" in text and (field := _NOTE_FIELD.match(text)) is not None:
            if field.group(1).strip().lower() not in _HEADER_FIELDS:
                dropped.append((info.number, "note-field", text.strip()))
                out.append(LineInfo("", info.number, form_feed=info.form_feed))
                continue
            text = f"{field.group(1).strip()}: {text[field.end() :]}"
        new = LineInfo(text, info.number, form_feed=info.form_feed)
        quote = _QUOTE.match(text)
        if quote:
            new.quote = True
            text = text[quote.end():]
            if text[:2] == "[!" and (callout := _CALLOUT.match(text)) is not None:
                text = text[callout.end() :]
                new.heading_level = 4 if text else 0
        heading = _ATX.match(text)
        if heading:
            new.heading_level = len(heading.group(1))
            text = heading.group(2)
        if text.lstrip().startswith(CAPTION_MARKER):
            new.image_alt = True
            text = text.lstrip()[len(CAPTION_MARKER) :].lstrip()
        image = _IMAGE_ONLY.match(text)
        if image:
            new.image_alt = True
            text = image.group(1)
        elif i and out and out[-1].image_alt and _IMAGE_ONLY.match(lines[i - 1].text) and _EMPHASIS.fullmatch(text.strip()):
            new.image_alt = True  # "![](photo.jpg)" then "*A gun in a KCNA photo. Yonhap*": the picture's caption, set in italics
        listed = _LIST.match(text)
        if listed:
            new.bullet = True
            text = "• " + text[listed.end():]
        new.text = strip_inline(text)
        out.append(new)
    return out, dropped


def _unstrong(found: re.Match[str]) -> str:
    """A bold run's text; a dateline set in bold ("**МОСКВА, 5 ноя — РИА Новости.**Пресс-секретарь") keeps
    the space the extraction dropped after its closing stop, so that the next word is not glued to it."""
    inner = found.group(2)
    return inner + " " if found.group(3) and inner[-1] in ".!?:" else inner
