"""The shape of a line: how long, how it ends, whether it reads like a headline.

Layout, not content, is what tells a title from a paragraph and a headline
list from a body, so these small predicates are shared by the splitter, the
furniture rules and the classifier.
"""

from __future__ import annotations

import re

_ALNUM = re.compile(r"[^\W_]")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
# (the full-width stops end Chinese and Japanese sentences; ។ Khmer, ။ Burmese, । Devanagari ones)
TERMINAL = ".!?…。！？។။।"
_CLOSERS = "\"'”’»)]」』）】"
_PROSE_ENDS = ".!?…,;:。！？、，；："
# Chinese characters and kana: these scripts write no spaces between words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_CHARACTERS_PER_WORD = 2  # a Japanese or Chinese word is about two characters
_PHRASE_SPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_STOPLESS_SCRIPT = re.compile(r"[\u0e00-\u0eff]")  # Thai and Lao letters, digits and marks
_PHRASE_SCRIPT_CHARACTERS_PER_WORD = 5  # a Thai word, vowel and tone marks included, is about five
# (U+F0B7, U+F0A7, U+F0D8: the Symbol and Wingdings bullets a PDF converter leaves as private-use characters.)
BULLET_MARK = re.compile(r"^(?:[•·▪‣◦●○■□◆►▶–—*+\uf0b7\uf0a7\uf0d8-]|\d{1,2}[.)])\s+")
_SEPARATOR_CHARS = set("-=_*~#+•·—–―═━─◆◇■□●○⁂❧§ .")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    """Whitespace-separated tokens: cheap, and close enough for judging shape.

    Past the first thousand characters spaces are counted instead of split
    out; only small counts matter here, and paragraphs can be very long.
    """
    if len(text) <= 1000:
        count = len(text.split())
    else:
        count = len(text[:1000].split()) + text.count(" ", 1000)
    return count if text.isascii() else count + unspaced_words(text, count)


_SPACED_TOKEN = 12  # characters per space-separated token at most, in a script that spaces its words


def unspaced_words(text: str, spaced: int | None = None) -> int:
    """The words of Chinese or Japanese in ``text``, which spaces do not separate; 0 for other scripts.

    They are counted by their characters, so that a paragraph of Japanese is as
    long as the same paragraph in English (only the first 4,000 characters count).
    ``spaced``: the text's space-separated tokens, when known; short tokens are words
    of a spaced script, and the characters need no looking at.
    """
    # (One token is looked at all the same: "北朝鮮兵の戦死者増加", a short headline, is several words.)
    if text.isascii() or (spaced is not None and spaced > 1 and spaced * _SPACED_TOKEN >= min(len(text), 1000)):
        return 0
    if _UNSPACED.search(text, 0, 1000) is None:
        # Thai, Lao, Khmer and Burmese space phrases, not words, and end no sentence with a stop: counted by
        # their letters too, or a paragraph of Thai reads as a line of a few words and is lost as furniture.
        if _PHRASE_SPACED.search(text, 0, 1000) is None:
            return 0  # English with curly quotes, Cyrillic, Hangul: spaced words, counted already
        return len(_PHRASE_SPACED.findall(text, 0, 4000)) // _PHRASE_SCRIPT_CHARACTERS_PER_WORD
    return len(_UNSPACED.findall(text, 0, 4000)) // _CHARACTERS_PER_WORD


_NOTE_MARKS_AT_END = re.compile(r"(?:\[\d{1,3}\])+$")


def last_visible(text: str) -> str:
    """The last character that is not a closing quote or bracket, nor part of a link pasted after the text.

    "... the agency says. https://t.me/frontdigest/102" ends a sentence: a channel post or a
    tweet appends its link to the words, which end where they end.
    """
    stripped = text.rstrip()
    if stripped.endswith("]") and (mark := _NOTE_MARKS_AT_END.search(stripped)) is not None:
        stripped = stripped[: mark.start()]  # "… in 2024.[1]": a note's mark, kept where the note is printed
    stripped = stripped.rstrip(_CLOSERS)
    if stripped[-1:] not in _PROSE_ENDS and "://" in stripped:
        space = stripped.rfind(" ")
        if space > 0 and stripped.startswith(("http://", "https://"), space + 1):
            stripped = stripped[:space].rstrip().rstrip(_CLOSERS)
    if stripped[-1:].isdigit() and "/" in stripped[-6:] and (counter := _THREAD_COUNTER_AT_END.search(stripped)) is not None:
        stripped = stripped[: counter.start()].rstrip()  # "… recovered by investigators. 🧵 1/3": the thread's post counter
    if stripped and _pictograph(stripped[-1]):
        # "… parked there on 2 March alone. 🧵": a post's pictographs after the words, which end where they end.
        while stripped and (_pictograph(stripped[-1]) or stripped[-1] == " "):
            stripped = stripped[:-1]
        stripped = stripped.rstrip(_CLOSERS)
    return stripped[-1:] if stripped else ""


_THREAD_COUNTER_AT_END = re.compile(r"\s\d{1,2}/\d{1,2}$")


def _pictograph(ch: str) -> bool:
    return "\u2600" <= ch <= "\u27bf" or "\U0001f000" <= ch <= "\U0001faff" or ch in "\ufe0f\u200d"


def ends_sentence(text: str) -> bool:
    return last_visible(text) in TERMINAL


def ends_clause(text: str) -> bool:
    """Ends like prose: a full stop or a comma/colon/semicolon (unlike a headline)."""
    return last_visible(text) in ".;,:…。、，；："


def starts_upper(text: str) -> bool:
    """Does the text open with a capital (or a digit)?  A caseless script (Hangul, kanji) always may.

    A replacement character right before the first word's letters ("\ufffdorth Korean ...") is the hole a
    decoding repair left where that word's first letter was: text opens with a capital, so it stood for one.
    """
    for at, ch in enumerate(text):
        if ch.isalpha():
            return not ch.islower()
        if ch.isdigit():
            return True
        if ch == "\ufffd" and text[at + 1 : at + 2].isalpha():
            return True
    return False


def has_letters(text: str) -> bool:
    return _ALNUM.search(text) is not None


def is_separator_line(text: str) -> bool:
    """Rules such as ``---``, ``* * *``, ``=====`` or a lone ``⁂``."""
    if len(text) > 120:
        return False
    stripped = text.strip()
    if stripped in ("⁂", "❧", "§", "* * *"):
        return True
    if len(stripped) < 3 or stripped[0] not in _SEPARATOR_CHARS or not set(stripped) <= _SEPARATOR_CHARS:
        return False
    marks = sum(1 for ch in stripped if ch not in " .")
    return marks >= 3 and len(set(stripped) - {" "}) <= 2


def is_body_like(text: str) -> bool:
    """A paragraph of running prose rather than a label, title or headline."""
    return prose_shape(text, word_count(text))


_TRAILING_TAGS = re.compile(r"(?:\s*(?:#[^#\s]{1,30}#|#\w{1,40}|[\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\u200d]))+\s*$")


def prose_shape(text: str, n_words: int) -> bool:
    """``is_body_like`` for a text of ``n_words`` words.

    Thai and Lao write no full stop: a sentence ends with a space, a paragraph with its last letter.
    A paragraph of a dozen words or more in those scripts ends like prose when it ends in a letter;
    asking for a stop rejected every paragraph of a Thai article, and the article with them.
    """
    if n_words >= 30:
        return True
    if n_words < 12:
        return False
    if ends_sentence(text) or _STOPLESS_SCRIPT.match(last_visible(text)) is not None:
        return True
    # A post's sentence closed by its hashtags or pictographs ("…增派了约3000名士兵。#朝鲜向俄增兵#", "… Kursk. #DPRK 🇰🇵").
    if text[-1:] == "#" or "#" in text[-40:] or not text[-1:].isascii():
        trimmed = _TRAILING_TAGS.sub("", text)
        return trimmed != text and ends_sentence(trimmed)
    return False


def is_title_like(text: str, n_words: int | None = None) -> bool:
    """Short, capitalised and not ending like prose: a title or sub-heading.

    ``n_words`` (here and below) is ``word_count(text)`` when the caller knows it.
    """
    if len(text) > 220:
        return False
    n = word_count(text) if n_words is None else n_words
    if not (2 <= n <= 30 and starts_upper(text)):
        return False
    return not ends_clause(text) or (n <= 20 and text[-1:] == "." and _title_cased(text))


def _title_cased(text: str) -> bool:
    """"North Korea Is Learning From Russia's War. That Worries Seoul.": a headline's capitals, stop or not.

    Every word of four letters or more is capitalised, and there are four such words: no sentence of prose is so.
    """
    long_words = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(long_words) >= 4 and all(w[:1].isupper() for w in long_words)


_LONGEST_HEADLINE = 600


def long_headline_shaped(text: str) -> bool:
    """A first line too long for a headline's usual shape that still reads as one: capitalised, no closing stop.

    Only with header lines under it is it taken for the headline (a paragraph of prose opens no byline).
    """
    return len(text) <= _LONGEST_HEADLINE and starts_upper(text) and not ends_clause(text) and "\n" not in text


def is_headline_like(text: str, n_words: int | None = None) -> bool:
    """An item of a headline list: a short line without a closing full stop."""
    if len(text) > 200:
        return False
    n = word_count(text) if n_words is None else n_words
    return 2 <= n <= 30 and not ends_clause(text)


def is_heading_like(text: str, n_words: int | None = None) -> bool:
    """A sub-heading inside a body: very short, no full stop."""
    if len(text) > 110:
        return False
    n = word_count(text) if n_words is None else n_words
    return 1 <= n <= 14 and starts_upper(text) and not ends_clause(text)


_SENTENCE_STOP = re.compile(r"[.!?…][\"'”’)\]]*(?:\s|$)")
_ALPHA_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}")


_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def reads_as_short_sentences(texts: list[str]) -> bool:
    """Two or more short sentences, ten words in all: a note or a brief, not a list of bare words.

    Each has four words or more, most of them words of letters, and ends with a full stop:
    "North Korea sent 12,000 troops, officials said." / "More followed in December."
    """
    counts = [
        n for n, text in ((word_count(text), text) for text in texts)
        if 4 <= n <= 400 and len(_ALPHA_WORD.findall(text)) >= 0.6 * n and _ENDS_SENTENCE.search(text)
    ]
    return len(counts) >= 2 and sum(counts) >= 10


def reads_as_sentence(text: str) -> bool:
    """A sentence, however short: eight words or more, most of them words of letters, and a full stop."""
    n = word_count(text)
    return 8 <= n <= 400 and len(_ALPHA_WORD.findall(text)) >= 0.6 * n and _SENTENCE_STOP.search(text) is not None


def reads_as_headline(text: str) -> bool:
    """A headline that stands alone: five to thirty words, most of them words of letters.

    In a script with capitals it opens with one and holds a word a sentence writes in lower case
    ("Seoul says 11,000 North Korean troops are in Russia"), or is set in capitals: a row of names, a
    label ("Just a label") or a line all in lower case ("lorem ipsum dolor sit amet") is none.
    """
    if "[" in text or "<" in text:
        text = without_console_tags(text)  # a line that is itself markup is measured by its words
    if len(text) > 220 or ends_clause(text) and not ends_sentence(text):
        return False
    n = word_count(text)
    found = _ALPHA_WORD.findall(text)
    if not 5 <= n <= 30:
        return False
    if text.isascii() or _UNSPACED.search(text) is None:
        if len(found) < 0.6 * n:
            return False
    elif sum(map(str.isalpha, text)) < 0.6 * len(text.replace(" ", "")):
        return False  # (Japanese and Chinese run their words together: their letters are counted)
    cased = [w for w in found if w.lower() != w.upper()]
    if len(cased) < len(found) / 2:
        return True  # Hangul, kana and Chinese characters have no capitals to look at
    if text.isupper():
        return True  # "NORTH KOREA SENDS MORE TROOPS TO RUSSIA": set in capitals, as wires' headlines are
    return starts_upper(text) and any(w.isalpha() and w.islower() and w not in _NAME_GLUE for w in text.split())


# Words a name in Latin letters may hold in lower case: "Organization for Security and Co-operation in Europe".
_NAME_GLUE = frozenset({"of", "for", "and", "the", "in", "on", "at", "de", "du", "des", "la", "le", "el", "al", "van", "von", "der", "y", "&"})


def has_common_words(text: str) -> bool:
    """A word in lower-case Latin letters that no name holds ("What happened in Kursk"): words of a sentence."""
    return any(word.isascii() and word.isalpha() and word.islower() and word not in _NAME_GLUE for word in text.split())


# A mail's subject and the headline its body prints differ in their quotes at most ("North Korea’s" in one,
# "North Korea's" in the other): the same line.
_PLAIN_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def folded_line(text: str) -> str:
    """``text`` casefolded with its curly quotes and dashes made plain, to compare two printings of a line."""
    return text.casefold() if text.isascii() else text.translate(_PLAIN_QUOTES).casefold()


# A formatting tag left of a logo's or a board's markup: "[i]", "[/b]", "[color=red]".
_FORMATTING_TAG = re.compile(r"\[/?[a-z]{1,5}(?:=[^\]\s]{1,40})?\]")


# A terminal toolkit's markup tag ("[@click=app.quit]", "[bold red]", "[/]", "[link=https://…]"): a hostile
# line may be written in it; its words are what tell a headline, the tags themselves stay as printed.
# (styles may name a theme's variable or a colour: "[$accent]", "[#ff0000 on black]")
_CONSOLE_TAG = re.compile(r"\[/?(?:@[\w.]+(?:\([^\]]{0,60}\))?(?:=[^\]]{0,60})?|[$#]?[a-z0-9_-]+(?: [$#]?[a-z0-9_-]+){0,5}(?:=[^\]\s]{1,80})?)?\]")


# The same in a page's tags: "<b>", "</a>", and a script or style element with all it holds.
_PAGE_TAG = re.compile(r"<(script|style)\b[^<>]{0,200}>.{0,2000}?</\1\s*>|</?[a-zA-Z][\w-]{0,20}(?:\s[^<>]{0,200})?/?>", re.IGNORECASE)


def without_console_tags(text: str) -> str:
    """"[@click=app.quit]Seoul says [red]11,000[/red]" -> "Seoul says 11,000": the words the tags mark up."""
    if "<" in text:
        text = _PAGE_TAG.sub("", text)
    return " ".join(_CONSOLE_TAG.sub("", text).split())


def without_formatting_tags(text: str) -> str:
    """"Daily [i]Times" -> "Daily Times": the tags go, the words close up as printed."""
    return " ".join(_FORMATTING_TAG.sub(" ", text).split())


def titled_sentence(texts: list[str]) -> bool:
    """A short line over one sentence of five words or more: the shortest note ("Київ" / "Їхня мета: …").

    (A sentence this short reads as one only under a line of its own; bare words under a line stay bare.)
    """
    if len(texts) != 2 or word_count(texts[0]) > 12 or _ENDS_SENTENCE.search(texts[0]):
        return False
    n = word_count(texts[1])
    return 5 <= n <= 400 and len(_ALPHA_WORD.findall(texts[1])) >= 0.6 * n and _ENDS_SENTENCE.search(texts[1]) is not None
