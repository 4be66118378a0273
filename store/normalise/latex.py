"""A LaTeX source reduced to plain lines (see ``plain_markup``): a think tank's brief or a paper's draft.

The preamble's ``\\title``, ``\\author`` and ``\\date`` become the fields the metadata reader knows; sections
become headings, ``\\item`` a bullet; a ``\\footnote`` or ``\\thanks`` leaves the sentence for the audit, as do
comments, the preamble's set-up and the environments' fences.  An inline command keeps the words it wraps
(``\\emph{Buryatia}`` -> "Buryatia"), and TeX's quotes, dashes and escaped signs become the characters they
print.  Every source line maps to one output line, so the audit's line numbers still point into the file.
"""

from __future__ import annotations

import re

from store.normalise.dates import find_date
from store.normalise.plain_markup import Reduced

_SIGNS = ("\\documentclass", "\\begin{document}")
_FIELDS = {"title": "Title", "author": "Author", "date": "Date"}
_SECTIONS = {"part": 2, "chapter": 2, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5}
# Commands whose argument is a note or a reference, not the sentence's words.
_ASIDES = {"footnote": "footnote", "thanks": "footnote", "cite": "reference", "citep": "reference", "citet": "reference",
           "label": "markup", "ref": "reference", "index": "markup", "includegraphics": "image"}
_COMMAND = re.compile(r"\\([A-Za-z]+)\*?(?:\[[^\]\n]{0,200}\])?")
_ENVIRONMENT = re.compile(r"^\s*\\(?:begin|end)\{[A-Za-z*]+\}(?:\[[^\]\n]{0,200}\])?(?:\{[^}\n]{0,200}\})?\s*$")
_ESCAPED = {"\\%": "%", "\\&": "&", "\\$": "$", "\\#": "#", "\\_": "_", "\\{": "{", "\\}": "}", "\\ ": " ", "\\,": " ", "\\\\": " "}
_PRINTED = (("---", "—"), ("--", "–"), ("``", "“"), ("''", "”"), ("`", "‘"), ("~", " "))
_COMMENT = re.compile(r"(?<!\\)%.*$")
_BRACES = re.compile(r"[{}]")
_SPACES = re.compile(r"[ \t]{2,}")


def latex(lines: list[str]) -> Reduced | None:
    head = "\n".join(lines[:80])
    if not any(sign in head for sign in _SIGNS) or "\\begin{document}" not in "\n".join(lines):
        return None
    out = Reduced("latex", list(lines))
    body = next(i for i, line in enumerate(lines) if "\\begin{document}" in line)
    for i, line in enumerate(lines):
        text = _COMMENT.sub("", line).rstrip()
        if not text.strip():
            out.drop(i, "comment")  # (a blank line stays blank: it parts paragraphs)
            continue
        command = _COMMAND.match(text.strip())
        name = command[1] if command is not None else None
        if name in _FIELDS and (argument := _argument(text.strip(), command.end())) is not None:  # type: ignore[union-attr]
            value = _inline(argument[0].replace("\\and", " and "), i, out)
            if name == "date" and find_date(value) is None:
                out.drop(i)  # "\date{March 2025}", "\date{\today}": no day to date the brief by (on record all the same)
            else:
                out.lines[i] = f"{_FIELDS[name]}: {value}" if value else ""
        elif i <= body or _ENVIRONMENT.match(text) or (name is not None and command.end() == len(text.strip())):  # type: ignore[union-attr]
            out.drop(i)  # the preamble's set-up, an environment's fence, "\maketitle"
        elif name in _SECTIONS and (argument := _argument(text.strip(), command.end())) is not None:  # type: ignore[union-attr]
            out.lines[i] = _inline(argument[0], i, out)
            out.headings[i] = _SECTIONS[name]
        elif name == "item":
            out.lines[i] = "- " + _inline(text.strip()[command.end() :].strip(), i, out)  # type: ignore[union-attr]
        else:
            out.lines[i] = _inline(text, i, out)
    _join_paragraphs(out, body)
    return out


def _join_paragraphs(out: Reduced, body: int) -> None:
    """A paragraph's source lines run together, as TeX reads them (a single newline is a space): the
    paragraph stands on its first line and the others are left blank."""
    start: int | None = None
    for i in range(body + 1, len(out.lines)):
        line = out.lines[i].strip()
        if line and i not in out.headings and not line.startswith("- "):
            if start is None:
                start = i
            else:
                out.lines[start] += " " + line
                out.lines[i] = ""
        else:
            start = None


def _argument(text: str, at: int) -> tuple[str, int] | None:
    """The braced argument opening at ``at`` (nested braces kept) and where it ends; None when unclosed."""
    if text[at : at + 1] != "{":
        return None
    depth = 0
    for k in range(at, len(text)):
        if text[k] == "{" and text[k - 1 : k] != "\\":
            depth += 1
        elif text[k] == "}" and text[k - 1 : k] != "\\":
            depth -= 1
            if depth == 0:
                return text[at + 1 : k], k + 1
    return None


def _inline(text: str, index: int, out: Reduced) -> str:
    """The words a line prints: commands unwrapped, notes to the audit, TeX's signs as characters."""
    parts: list[str] = []
    at = 0
    for command in _COMMAND.finditer(text):
        if command.start() < at:
            continue
        parts.append(text[at : command.start()])
        argument = _argument(text, command.end())
        at = command.end() if argument is None else argument[1]
        if argument is None:
            continue  # a bare command ("\noindent", "\today") prints nothing here
        if command[1] in _ASIDES:
            out.dropped.append((index + 1, _ASIDES[command[1]], argument[0]))
            parts[-1] = parts[-1].rstrip(" ~")  # ("programme~\cite{kida}.": the tie held the note to the word)
        elif command[1] == "href" and (shown := _argument(text, at)) is not None:
            parts.append(_inline(shown[0], index, out))
            at = shown[1]
        else:
            parts.append(_inline(argument[0], index, out))
    parts.append(text[at:])
    printed = "".join(parts)
    for escaped, sign in _ESCAPED.items():
        printed = printed.replace(escaped, sign)
    for typed, sign in _PRINTED:
        printed = printed.replace(typed, sign)
    return _SPACES.sub(" ", _BRACES.sub("", printed)).strip()
