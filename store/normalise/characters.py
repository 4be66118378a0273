"""Character-level cleaning: what may and may not survive into a passage.

Articles are copied out of browsers, terminals and feed readers, so they carry
invisible baggage: terminal colour codes, zero-width joiners, bidi overrides,
stray C0/C1 controls.  All of it is removed here; every visible character is
kept exactly as written (including ``[`` ``]`` text that merely *looks* like
markup; the TUI renders text as plain ``Text``, never as markup).
"""

from __future__ import annotations

import html
import re
import unicodedata

from store.invisible_characters import INVISIBLE, INVISIBLE_CHARACTERS
from store.normalise.bidi_overrides import override_spans_in_visual_order
from store.normalise.codepages import non_ascii
from store.normalise.compat_forms import (
    plain_styled_letters,
    wide_kana,
    without_glyph_codes,
)
from store.normalise.digits import ascii_digits

# Terminal escape sequences are removed whole, payload included, so that an OSC
# window title or hyperlink target never leaks into the text.  Every branch
# starts with a fixed introducer and uses only negated or bounded classes, so
# matching is linear in the length of the text.
_ESCAPE_SEQUENCE = re.compile(
    r"""
      \x1b\[ [0-?]* [ -/]* [@-~]                           # CSI: colours, cursor moves
    # The 8-bit CSI is also Windows-1252's "›" read as Latin-1: before a word ("\x9bUkraine") it is
    # that, not a command; a command with parameters ("\x9b31m") or none ("\x9bK") stays one.
    | \x9b (?: [0-?]+ [ -/]* [@-~] | [ -/]* [@-~] (?![A-Za-z]) )
    | \x1b[\]PX^_]                                        # OSC, DCS, SOS, PM, APC ...
      [^\x07\x1b\x9c\n]* (?:\x07|\x1b\\|\x9c)?             # ... payload up to BEL or ST
    # Their 8-bit introducers count only with a terminator: a lone U+0090 or U+009D is what
    # double-encoded text makes of a curly quote ("â€\x9d"), and must not swallow the line after it.
    | [\x90\x98\x9d\x9e\x9f] [^\x07\x1b\x9c\n]{0,2000} (?:\x07|\x1b\\|\x9c)
    | \x1b [ -/]* [0-~]                                    # other ESC sequences (charset etc.)
    """,
    re.VERBOSE,
)

_ESCAPE_INTRODUCER = re.compile(r"[\x1b\x90-\x9f]")

# C0 except tab and newline, DEL, C1; lone surrogates cannot be encoded at all.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

_ANY_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff" + INVISIBLE_CHARACTERS + "]")
# Tag characters (U+E0000-U+E007F) spell ASCII that no reader sees ("ASCII smuggling": hidden
# instructions after a sentence).  Their one visible use is a subdivision flag, a black flag
# followed by tags ("🏴" + "gbsct" + cancel tag): there they stay.
_TAGS = re.compile("(?<![\U0001f3f4\U000e0000-\U000e007f])[\U000e0000-\U000e007f]+")
_FIRST_TAG = "\U000e0000"

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029]")



def normalise_newlines(text: str) -> str:
    """CRLF, lone CR and the Unicode line/paragraph separators become LF."""
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        return text
    return _LINE_BREAKS.sub("\n", text)


def strip_escape_sequences(text: str) -> tuple[str, int]:
    """Remove terminal escape sequences; returns the text and how many went."""
    if _ESCAPE_INTRODUCER.search(text) is None:
        return text, 0
    return _ESCAPE_SEQUENCE.subn("", text)


# Control bytes of ASCII text (everything below space but tab and newline, and DEL).
_ASCII_UNWANTED = bytes([*range(0x09), *range(0x0B, 0x20), 0x7F])


# ASCII that is not printable, newline aside.
_ASCII_NONPRINTABLE = bytes([*range(0x0A), *range(0x0B, 0x20), 0x7F])


def printable_lines(text: str) -> bool:
    """Is every line of ``text`` printable (no control, format or separator character but the space)?

    Such text has nothing for cleaning to remove, and its lines need no
    splitting to squash their spaces (see ``units``).
    """
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, _ASCII_NONPRINTABLE)) == len(data)
    return text.replace("\n", " ").isprintable()


def has_unwanted(text: str) -> bool:
    """Does ``text`` hold an escape introducer, a control (bar newline and tab) or an invisible?

    Every such character is non-printable (Cc, Cf or Cs), so text that is
    printable once its newlines, tabs and no-break spaces are set aside holds
    none; ``str.isprintable`` answers that several times faster than a
    regular expression scan, which is left for the rest.
    """
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, _ASCII_UNWANTED)) != len(data)
    if text.replace("\n", " ").replace("\t", " ").replace("\xa0", " ").isprintable():
        return False
    return _ANY_UNWANTED.search(text) is not None or (max(non_ascii(text)) >= _FIRST_TAG and _TAGS.search(text) is not None)


# Windows-1252 text decoded as Latin-1 (and saved again as UTF-8) keeps its curly quotes, dashes and
# apostrophes as C1 controls: "Kim\x92s", "\x93they\x94", "troops \x97 a figure".  A C1 control wedged
# where such punctuation goes is the evidence; then every C1 control Windows-1252 defines is read so.
_C1_AS_PUNCTUATION = re.compile(r"[A-Za-z]\x92[a-z]|\x93[^\x94\n]{1,400}\x94|[\w.,] [\x96\x97] \w|\d\x96\d|\w[\x96\x97]\w")
_C1_TO_CP1252 = {byte: bytes([byte]).decode("cp1252") for byte in range(0x80, 0xA0) if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_C1_FIRST = re.compile("[\x80-\x9f]")


def c1_as_cp1252(text: str) -> tuple[str, int]:
    """C1 controls read as the Windows-1252 characters they were, when the text shows that is what they are.

    A lone control with no such evidence (terminal noise, a stray NEL) is left to be stripped.
    """
    if _C1_FIRST.search(text) is None or _C1_AS_PUNCTUATION.search(text) is None:
        return text, 0
    count = sum(text.count(chr(byte)) for byte in _C1_TO_CP1252)
    return text.translate(_C1_TO_CP1252), count


def strip_invisibles(text: str) -> tuple[str, int, int]:
    """Remove controls and invisible characters; returns (text, controls, invisibles).

    C1 controls that stand for Windows-1252 punctuation (see ``c1_as_cp1252``) become it first.
    """
    if not has_unwanted(text):
        return text, 0, 0  # the common case
    text, _ = c1_as_cp1252(text)
    text, controls = _CONTROLS.subn("", text)
    text, invisibles = INVISIBLE.subn("", text)
    if max(non_ascii(text), default="") >= _FIRST_TAG:
        text, tags = _TAGS.subn("", text)
        invisibles += tags
    return text, controls, invisibles


def clean_text(text: str) -> str:
    """NFC text with no escape sequences, controls (bar ``\\n``/``\\t``) or invisibles.

    Idempotent: every escape introducer and control is gone after one pass, and
    NFC is applied last so that removing a control between a letter and its
    combining mark still yields the composed form.
    """
    text = normalise_newlines(text)
    if has_unwanted(text):
        text, _ = strip_escape_sequences(text)
        text, _, _ = override_spans_in_visual_order(text)
        text, _, _ = strip_invisibles(text)
    text = without_glyph_codes(text)[0]
    return ascii_digits(wide_kana(plain_styled_letters(unicodedata.normalize("NFC", text))[0])[0])[0]


def clean_text_counted(text: str, *, printable: bool = False) -> tuple[str, dict[str, int]]:
    """``clean_text`` that also reports what it removed, for the repairs list.

    ``printable``: the caller found ``printable_lines(text)`` true, so there is nothing to strip.
    """
    text = normalise_newlines(text)
    escapes = controls = invisibles = c1 = overridden = unclosed = 0
    if not printable and has_unwanted(text):  # escape introducers are controls: none of either in most text
        text, escapes = strip_escape_sequences(text)
        text, c1 = c1_as_cp1252(text)
        text, overridden, unclosed = override_spans_in_visual_order(text)  # "\u202e000,11\u202c" showed "11,000"
        text, controls, invisibles = strip_invisibles(text)
    text, glyph_codes = without_glyph_codes(text)
    text, styled = plain_styled_letters(unicodedata.normalize("NFC", text))
    text, kana = wide_kana(text)
    text, numbers = ascii_digits(text)
    counts = {
        "escape-sequences": escapes,
        "c1-controls-as-cp1252": c1,
        "controls-stripped": controls,
        "invisibles-stripped": invisibles,
        "bidi-override-visual-order": overridden,
        "bidi-override-left-open": unclosed,  # (a number set right after one is turned as shown when it can be)
        "numbers-in-ascii-digits": numbers,
        "styled-letters-plain": styled,
        "half-width-kana-widened": kana,
        "pdf-glyph-codes-stripped": glyph_codes,
    }
    return text, counts


def squash_spaces(text: str) -> str:
    """One ordinary space between words; no leading or trailing blanks.

    ``str.split()`` treats every Unicode space (no-break, thin, ideographic)
    as a separator, and does it far faster than a regular expression.
    """
    if text.isascii() or _C1_CONTROL.search(text) is None:
        return " ".join(text.split())
    # C1 controls are UTF-8 read through an ISO codepage ("ыЖ\x81" for "북"): there a no-break space or a
    # NEL (U+0085, a space to ``str.split``) is a byte of a character too, kept for the mojibake repair.
    return " ".join(_ASCII_BLANKS.split(text.strip(" \t\n\r\f\v")))


_C1_CONTROL = re.compile("[\x80-\x9f]")
_ASCII_BLANKS = re.compile("[ \t\n\r\f\v]+")


def is_control_free(text: str) -> bool:
    """True when nothing but newline and tab is a control character."""
    return not any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text)


# An entity escaped again ("&amp;#8217;", "&amp;amp;mdash;") is one entity: a CMS that escaped its text
# twice, which no reader means to see.
_ENTITY = re.compile(r"&(?:amp;)*(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,9});")
_ESCAPED_AGAIN = re.compile(r"^&(?:amp;)+")
_MIN_ENTITIES = 2  # one "&amp;" may be quoted on purpose; several mean the text was escaped twice (but see ``_TELLING``)


def unescape_stray_entities(text: str) -> tuple[str, int]:
    """Plain text that still carries HTML entities ("Ukraine&#39;s", "&ldquo;They ...&rdquo;"), decoded.

    A CMS or an export that escaped its text for HTML and then saved it as text
    leaves the entities for a reader to see.  Only known entities are decoded
    (``html.unescape`` leaves others alone), never into a line break or a
    control character, so that the text keeps its lines.
    """
    if "&" not in text or ";" not in text:
        return text, 0
    found = _ENTITY.findall(text, 0, 200_000)
    if (len(found) < _MIN_ENTITIES and not any(map(_is_telling, found))) or all(html.unescape(e) == e for e in found[:50]):
        return text, 0
    count = 0

    def decode(match: re.Match[str]) -> str:
        nonlocal count
        entity = match.group(0)
        decoded = html.unescape(_ESCAPED_AGAIN.sub("&", entity))
        if decoded == entity or not decoded.isprintable():
            return entity
        count += 1
        return decoded

    return _ENTITY.sub(decode, text), count


# A lone entity is decoded when no writer means it to be read as it stands: one escaped again ("&amp;mdash;")
# or one naming a quote or dash ("&ldquo;", "&#8217;"), never a bare "&amp;" or "&lt;", which a text about
# markup may quote.
_TELLING = re.compile(r"&amp;(?=[#A-Za-z])(?!amp;|lt;|gt;)|&(?:[lr][sd]quo|[sb]dquo|[mn]dash|hellip|nbsp|#8[0-9]{3}|#[xX]20[0-9a-fA-F]{2});")


def _is_telling(entity: str) -> bool:
    return _TELLING.match(entity) is not None


def unescaped_twice(text: str) -> str:
    """Text of a page whose CMS escaped its entities twice ("&amp;#8217;"), decoded as a reader sees it."""
    for _ in range(2):
        if "&" not in text:
            break
        text = html.unescape(text)
    return text


# Typographic ligatures of Latin letters (U+FB00-FB06) are how a PDF's text layer holds "fi", "fl",
# "ffi"...; copied out, they split words for every search, claim and export that reads the text.
_LATIN_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_LATIN_LIGATURE = re.compile("[\ufb00-\ufb06]")


def expand_latin_ligatures(text: str) -> tuple[str, int]:
    """Text with its Latin ligature characters spelt out as letters; returns the text and how many."""
    # Seven substring tests run at memchr speed; one character-class search is ten times slower.
    if text.isascii() or not any(ligature in text for ligature in _LATIN_LIGATURES):
        return text, 0
    count = 0

    def spell(found: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return _LATIN_LIGATURES[found.group(0)]

    return _LATIN_LIGATURE.sub(spell, text), count


# An encyclopedia's or a report's citation marks glued to the text: "troops.[1][2]", "12,000.[4][a]",
# "[citation needed]".  A bracket opening the pattern lets the regex engine skip to each "[" at C speed.
_CITATION_MARKS = re.compile(
    r"\[(?:\d{1,3}|[a-z]|citation needed|clarification needed|better source needed|failed verification"
    r"|page needed|when\?|who\?|by whom\?|according to whom\?|dubious(?: [–—-] discuss)?|note \d{1,2})\]"
    r"(?:\[(?:\d{1,3}|[a-z]|citation needed|clarification needed|better source needed|failed verification"
    r"|page needed|when\?|who\?|by whom\?|according to whom\?|dubious(?: [–—-] discuss)?|note \d{1,2})\])*"
)
_CITED = frozenset(".,;:!?\"”’')")
# A note that names a source in words; a link ("[1] https://t.me/…", "[2] Planet Labs: https://…") is a
# reference entry, removed with the link lists of print views.
_NOTE_LINE = re.compile(r"^\[(\d{1,3})\][ \t]+(?![^\n]*(?:https?://|www\.))[^\W\d_]", re.MULTILINE)
_MARK_NUMBER = re.compile(r"\[(\d{1,3})\]")


def without_citation_marks(text: str) -> tuple[str, int]:
    """Text without the reference marks an encyclopedia or report glues after a word or a sentence.

    Only a mark right after a word or punctuation counts ("troops.[1]"); a bracket
    after a space ("[b]15,000[/b]", "[removed]") is the writer's text and stays.
    """
    if "[" not in text:
        return text, 0
    count = 0
    # A report that prints its notes ("[1] South Korean Ministry of National Defense, briefing") keeps the marks
    # that point to them: they say whose figure a sentence gives (see ``store.analysis.footnote_sources``).
    noted = set(_NOTE_LINE.findall(text)) if "\n[" in text else set()

    def drop(found: re.Match[str]) -> str:
        nonlocal count
        at = found.start()
        before = text[at - 1] if at else " "
        if not (before.isalnum() or before in _CITED):
            return found.group(0)
        if noted and set(_MARK_NUMBER.findall(found.group(0))) <= noted:
            return found.group(0)
        count += found.group(0).count("[")
        return ""

    cleaned = _CITATION_MARKS.sub(drop, text)
    return cleaned, count


# A numeric character reference, "&#27;" or "&#x1B;": a C0 control (bar tab, newline, carriage return, form feed)
# or DEL spelt so is a control all the same.  (0x80-0x9F are Windows-1252 punctuation in HTML: "&#x92;".)
_NUMERIC_REFERENCE = re.compile(r"&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));?")
_MARKUP_CONTROL_CODES = frozenset([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def _control_reference(found: re.Match[str]) -> str:
    code = int(found.group(1)) if found.group(1) else int(found.group(2), 16)
    return chr(code) if code in _MARKUP_CONTROL_CODES else found.group()


# ``_ESCAPE_SEQUENCE``'s sequences opened by ESC.  (Its 8-bit introducers wait for the codepage repair:
# in a page they are more often a curly quote's mojibake, "â€\x9d", which that repair reads.)
_SEVEN_BIT_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -/]*[0-~]")
# Raw C0 controls (bar tab, newline, carriage return and the form feed, a page break the line
# cleaning reads) and DEL: an XML parser drops them unrecorded, or refuses the page over one.
_MARKUP_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def without_markup_controls(text: str) -> tuple[str, int, int]:
    """Markup (HTML, a feed) without terminal escapes and C0 controls, raw or as "&#27;"; returns (text, escapes, controls).

    Done before parsing, because a parser keeps the text of an escape ("[31m") once it has
    dropped its ESC, and gives up on a page whose text holds a decoded "&#1;".
    """
    if "&#" in text:
        text = _NUMERIC_REFERENCE.sub(_control_reference, text)
    text, escapes = _SEVEN_BIT_ESCAPE.subn("", text) if "\x1b" in text else (text, 0)
    text, controls = _MARKUP_CONTROLS.subn("", text)
    return text, escapes, controls


def without_terminal_noise(text: str, *, markup: bool) -> tuple[str, list[str]]:
    """Text before a parser sees it (a page, a feed, an export), and the repairs that says.

    A parser drops a terminal escape's ESC (illegal in XML) and keeps its "[31m" as text, and an
    XML parser drops a control unrecorded: both go first, counted, so the audit says what went.
    ``markup``: the text is HTML or XML, where a control may also be spelt "&#27;".
    """
    if markup:
        text, escapes, controls = without_markup_controls(text)
    elif "\x1b" in text:
        (text, escapes), controls = strip_escape_sequences(text), 0
    else:
        return text, []
    return text, [f"{name} x{count}" for name, count in (("escape-sequences", escapes), ("controls-stripped", controls)) if count]
