"""AsciiDoc reduced to plain lines (see ``plain_markup``): the header's author and revision lines
become fields, section marks and block titles headings, a picture's alt text a caption; attribute
entries, table fences and macros go to the audit."""

from __future__ import annotations

import re

from store.normalise.plain_markup import Reduced

# --- AsciiDoc --------------------------------------------------------------------------------------

_ADOC_TITLE = re.compile(r"^=[ \t]+(\S.*)$")
_ADOC_SECTION = re.compile(r"^={2,6}[ \t]+(\S.*?)(?:[ \t]+=+)?$")
_ADOC_ATTRIBUTE = re.compile(r"^:!?[\w-]+!?:(?:[ \t]+(.*))?$")
_ADOC_AUTHOR = re.compile(r"^([^\s<>:;|=][^<>:;|=]{1,80}?)(?:[ \t]+<[^>\s]{1,200}>)?(?:[ \t]*;.*)?$")
_ADOC_REVISION = re.compile(r"^v?\d[\w.]*,[ \t]*(\d{4}-\d{2}-\d{2}|[^:]{4,40}?)(?::.*)?$")
_ADOC_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]\n]{0,300}\]$")
_ADOC_DELIMITER = re.compile(r"^(?:\|===|,===|:===|={4,}|-{4,}|\.{4,}|\*{4,}|_{4,}|\+{4,}|/{4,})$")
_ADOC_CELL = re.compile(r"(?:^|[ \t])\|[ \t]*")
_ADOC_BLOCK_TITLE = re.compile(r"^\.([^\W\d_][^\n]{0,80})$")
_ADOC_FOOTNOTE = re.compile(r"footnote(?:ref)?:[\w-]*\[([^\]\n]{0,500})\]")
_ADOC_MACRO = re.compile(r"^(?:image|include|video|audio|toc)::\S*\[[^\]\n]*\]$")
# A picture's block macro: its first attribute is the alt text ("image::kursk.jpg[Infantry near Plekhovo, 640, 480]");
# an inline picture ("image:icon.png[Drone icon,24]") is an icon set into the line.
_ADOC_IMAGE = re.compile(r"^image::(\S*?)\[\s*(?:alt=)?\"?([^\]\n]*?)\"?(?:\s*,\s*(?:\d{1,5}(?:px|%)?|[a-z]+=[^,\]]*))*\s*\]$")
_ADOC_INLINE_IMAGE = re.compile(r"image:(?!:)[^\s\[]{1,300}\[[^\]\n]{0,200}\][ \t]?")


def asciidoc(lines: list[str]) -> Reduced | None:
    first = next((i for i, line in enumerate(lines[:5]) if line.strip()), None)
    if first is None or (title := _ADOC_TITLE.match(lines[first])) is None:
        return None
    signs = sum(1 for line in lines[:200] if _ADOC_ATTRIBUTE.match(line) or _ADOC_SECTION.match(line) or line.startswith("|==="))
    if signs < 2:
        return None
    out = Reduced("asciidoc", list(lines))
    out.lines[first] = title[1]
    header = first + 1
    # The header: an author line and a revision line may follow the title, then attribute entries.
    if header < len(lines) and lines[header].strip() and not _ADOC_ATTRIBUTE.match(lines[header]):
        author = _ADOC_AUTHOR.match(lines[header].strip())
        if author is not None:
            out.lines[header] = f"Author: {author[1].strip()}"
            header += 1
            if header < len(lines) and (revision := _ADOC_REVISION.match(lines[header].strip())) is not None:
                out.lines[header] = f"Date: {revision[1].strip()}"
    in_table = False
    for i in range(first + 1, len(lines)):
        line = lines[i].rstrip()
        if _ADOC_DELIMITER.match(line):
            in_table = line.endswith("===") and not in_table if line[0] in "|,:" else in_table
            out.drop(i)
        elif line.startswith("image::") and (image := _ADOC_IMAGE.match(line)) is not None and image[2].strip():
            out.dropped.append((i + 1, "image", image[1]))
            out.lines[i] = image[2].strip()
            out.captions.add(i)
        elif _ADOC_ATTRIBUTE.match(line) or _ADOC_BLOCK_ATTRIBUTES.match(line) or _ADOC_MACRO.match(line) or line.startswith("//"):
            out.drop(i)
        elif "image:" in line and _ADOC_INLINE_IMAGE.search(line):
            for icon in _ADOC_INLINE_IMAGE.finditer(line):
                out.dropped.append((i + 1, "image", icon[0].strip()))
            out.lines[i] = _ADOC_INLINE_IMAGE.sub("", line)
        elif (section := _ADOC_SECTION.match(line)) is not None:
            out.lines[i] = section[1]
            out.headings[i] = len(line) - len(line.lstrip("="))
        elif in_table and line.startswith("|"):
            out.lines[i] = "| " + " | ".join(cell.strip() for cell in _ADOC_CELL.split(line)[1:]) + " |"
        elif (block_title := _ADOC_BLOCK_TITLE.match(line)) is not None:
            out.lines[i] = block_title[1]  # ".Summary" over a block: its label, without the dot
            out.headings[i] = 5
        elif "footnote" in line and _ADOC_FOOTNOTE.search(line):
            # "... by early 2025.footnote:[KIDA briefing.]": the note leaves the sentence for the audit.
            for note in _ADOC_FOOTNOTE.finditer(line):
                out.dropped.append((i + 1, "footnote", note[1]))
            out.lines[i] = _ADOC_FOOTNOTE.sub("", line)
    return out
