"""What each kept paragraph is: body, heading, caption, credit, bullet or pull-quote.

Decisions lean on layout as much as wording.  In files whose paragraphs are
one line each, separated by blank lines, a block of two or three lines
followed by a one-line block of a name is a photo caption and its credit;
bullets before the body are the summary; a short unpunctuated line between
paragraphs is a sub-heading; a paragraph whose words reappear inside a longer
neighbouring paragraph, or that repeats a whole sentence of one further off, is
a pull-quote (the copy set apart, not the one in the running text).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from store.models import PassageKind
from store.normalise.byline_parsing import ROLE_LINE
from store.normalise.embedded_posts import mark_embedded_posts
from store.normalise.list_headings import mark_announced_lists
from store.normalise.pictures import mark_caption_groups, mark_picture_patterns
from store.normalise.pictures import words_of as _words
from store.normalise.shapes import BULLET_MARK, ends_sentence, is_heading_like
from store.normalise.units import Unit
from store.normalise.writer_lines import short_name

_PULLQUOTE_WINDOW = 4
_PULLQUOTE_MAX_WORDS = 45  # pull-quotes are a sentence or two
_DASHES = "–—"
# A dash-led attribution ("— Name (@handle)"), a table row or a transcript's question ("Q: And
# casualties?") is never a heading, however short.
# (A briefing's questions are turns of speech: "Q:", "Question:", "Вопрос:", "질문:".)  A news site's label
# opening a paragraph ("Source: HUR spokesperson Andrii Yusov on ...", "Details: ...") says whose words follow,
# whatever it names after the colon (a name no outlet table knows is no heading either).
_NOT_A_HEADING = re.compile(
    r"(?:\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?\s+)?(?:[–—]\s|\|.*\|$|(?:Q|Question|Вопрос|Питання|질문)[:.：]\s"
    r"|(?:Sources?|Details|Quotes?|Background|Context|Reminder|Recap|For reference|Earlier|Previously|Джерело|Деталі|Цитата|Передісторія"
    r"|Контекст|Нагадаємо|Источник|Подробности|Детали|Предыстория|Напомним"
    # "Source" in the other languages of the region's press: "Źródło: …", "Quelle: …", "Fuente: …", "Zdroj: …".
    r"|Źródł[oa]|Quellen?|Fuentes?|Fontes?|Zdroj|Forrás|Kaynak|Sumber|Lähde|Källa|Kilde|Bron|Sursa|Izvor|Šaltinis|Avots|Allikas|Джерела)[:：]\s?\S)"
)
# A full stop after a lower-case word of three letters or more, then a capital: a sentence ends
# inside the line ("U.S. Troops" and "Gen. Kim" are abbreviations, not ends).
_INNER_SENTENCE_END = re.compile(r"[a-z]{3}\. [A-Z]")
_QUOTE_EDGES = " .,;:!?…\"'“”‘’«»"


def mark_duplicates(units: Sequence[Unit]) -> None:
    """A line printed twice in a row (title, caption) keeps only its first copy."""
    previous: Unit | None = None
    for unit in units:
        if (
            previous is not None
            and unit.removed is None
            and previous.removed is None
            and unit.text == previous.text
        ):
            unit.removed = "duplicate-line"
            continue
        previous = unit
    _mark_preview_card(units)


_CARD_REACH = 3  # kept lines between a preview card's title and the headline it repeats
_CARD_LINE_WORDS = 4


def _mark_preview_card(units: Sequence[Unit]) -> None:
    """A share card above the story ("Kim's war dividend" / "thepeninsulabrief.substack.com"), then the headline again.

    A platform's page repeats the headline in a preview of the post, with its address or a label
    under it.  When a line above all prose comes back within a few lines, with only short lines
    between, the first copy and those lines are the card: the second copy heads the story, its deck
    and byline under it.
    """
    for i, unit in enumerate(units):
        if unit.is_prose():
            return
        if unit.removed is not None or unit.words() < 3:
            continue
        between: list[Unit] = []
        for later in units[i + 1 : i + 1 + 4 * _CARD_REACH]:  # (the card's buttons, removed already, stand between too)
            if later.removed is not None:
                continue
            if later.text == unit.text:
                if between:
                    for card_line in (unit, *between):
                        card_line.removed = "duplicate-line"
                return
            if later.is_prose() or later.words() > _CARD_LINE_WORDS or len(between) == _CARD_REACH:
                break
            between.append(later)




def _mark_bullets(kept: Sequence[Unit]) -> None:
    """Bullets before the first paragraph of prose are the summary; later ones are body lists."""
    seen_body = marked_paragraphs = False
    for i, unit in enumerate(kept):
        if unit.kind is not None:
            continue
        if unit.bullet and seen_body and _lone_dash_line(kept, i):
            unit.bullet = False  # "— Name (@handle) date" under a quote: an attribution, kept as written
        if unit.bullet and not seen_body and unit.is_prose() and unit.text[:1].isdigit() and _numbered_paragraphs(kept, i):
            seen_body = True  # "1. North Korea has sent …": a statement's numbered paragraphs are its body
        if unit.bullet and unit.text[:1] in _PARAGRAPH_MARKS and (marked_paragraphs or _marked_paragraphs(kept, i)) and _paragraph_item(unit):
            unit.text, unit.bullet, seen_body = BULLET_MARK.sub("", unit.text, count=1), False, True
            marked_paragraphs = True
            continue  # "□ 북한이 ... 파악됐다.": a Korean release marks each paragraph; it is body, not a list
        if unit.bullet:
            if not seen_body:
                unit.kind = PassageKind.BULLET
                unit.text = BULLET_MARK.sub("", unit.text, count=1)
            else:
                # A numbered item keeps its number: "step 2" or "the third reason" may be what a reader cites.
                mark = BULLET_MARK.match(unit.text)
                numbered = mark is not None and mark.group(0)[0].isdigit()
                unit.text = BULLET_MARK.sub(mark.group(0).rstrip() + " " if numbered else "• ", unit.text, count=1)
            continue
        if not seen_body and unit.is_prose():
            seen_body = True


def _numbered_paragraphs(kept: Sequence[Unit], i: int) -> bool:
    """The numbered items from ``i`` on are paragraphs of prose, every one: numbered body, no summary list."""
    items = [u for u in kept[i : i + 6] if u.bullet and u.kind is None]
    return len(items) >= 2 and all(u.is_prose() and u.text[:1].isdigit() for u in items)


# The marks a Korean government release sets before its paragraphs (□) and the points under them (○, ◦, ㅇ).
_PARAGRAPH_MARKS = frozenset("□○◦ㅇ")


def _marked_paragraphs(kept: Sequence[Unit], i: int) -> bool:
    """Two or more such marked items from ``i`` on, each a full sentence: paragraphs, not a list of points."""
    items = [u for u in kept[i : i + 6] if u.bullet and u.kind is None and u.text[:1] in _PARAGRAPH_MARKS]
    return len(items) >= 2 and all(_paragraph_item(u) for u in items)


def _paragraph_item(unit: Unit) -> bool:
    return unit.words() >= 4 and ends_sentence(unit.text)


def _lone_dash_line(kept: Sequence[Unit], i: int) -> bool:
    """A line led by a dash with no list item beside it: a list needs two items."""
    if kept[i].text[:1] not in _DASHES:
        return False
    return not any(0 <= j < len(kept) and kept[j].bullet for j in (i - 1, i + 1))


# A transcript's speaker label in capitals, perhaps with the time of the turn ("DR. YOON (00:01:09): "), or
# a name as written ("Jenny Town: " of a speech-to-text service, see ``transcript_stamps``; "В.Путин: ").
_SPEAKER_LABEL = re.compile(
    r"([A-Z][A-Z.'’ -]{0,40}[A-Z.](?:, [A-Z][A-Z.'’ -]{0,30}[A-Z.])?|(?:[A-ZА-ЯЁІЇЄҐ]\.\s?)?[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]{1,20}(?: [A-ZА-ЯЁІЇЄҐ][\w'’-]{1,20}){0,2})(?: \((?:\d{1,2}:)?\d{1,2}:\d{2}\))?: (?=\S)"
)


def _speakers(kept: Sequence[Unit]) -> frozenset[str]:
    """Labels that open two turns or more: the speakers of a transcript, whose lines are speech.

    A broadcast names a speaker in full once ("MAYA TORRES, HOST:") and by surname after
    ("TORRES:"): the labels of one surname are one speaker's.
    """
    labels = Counter(found[1] for unit in kept if unit.text[:1].isupper() and (found := _SPEAKER_LABEL.match(unit.text)))
    surnames: Counter[str] = Counter()
    for label, count in labels.items():
        surnames[_surname(label)] += count
    return frozenset(label for label, count in labels.items() if count >= 2 or surnames[_surname(label)] >= 2)


def _surname(label: str) -> str:
    """"MAYA TORRES, HOST" -> "TORRES"; "HARLOW" -> "HARLOW"."""
    name = label.split(",", 1)[0].split()
    return name[-1] if name else label


def _mark_headings(kept: Sequence[Unit]) -> None:
    speakers: frozenset[str] | None = None
    for i, unit in enumerate(kept):
        if unit.kind is not None:
            continue
        if unit.heading_level:
            unit.kind = PassageKind.HEADING
            continue
        if unit.bullet and any(0 <= j < len(kept) and kept[j].bullet for j in (i - 1, i + 1)):
            continue  # an item of a list in the body, however short ("2. Missiles" alone is a heading)
        if len(unit.text) > 110 or _NOT_A_HEADING.match(unit.text) or not is_heading_like(unit.text, _words(unit)):
            continue
        if (found := _SPEAKER_LABEL.match(unit.text)) is not None:
            speakers = _speakers(kept) if speakers is None else speakers
            if found[1] in speakers:
                continue  # "HOST (00:01:02): And the casualties?": a speaker's turn, not a heading
        if ". " in unit.text and _INNER_SENTENCE_END.search(unit.text):
            continue  # "With that, I'll take your questions. Lita?": two sentences are speech, not a heading
        following = next(
            (kept[j] for j in range(i + 1, len(kept)) if kept[j].kind not in (PassageKind.CAPTION, PassageKind.CREDIT)),
            None,
        )
        if following is not None and following.kind is None and following.is_prose():
            unit.kind = PassageKind.HEADING
    # A one- or two-word label over a sub-heading ("Question" over "Asked by Lord Fairbrook", a live
    # blog's "Summary" tab over its first entry's headline) labels a section too: no sentence of the text.
    for unit, following in itertools.pairwise(kept):
        if unit.kind is None and following.kind == PassageKind.HEADING and unit.words() <= 2 and not unit.bullet and is_heading_like(unit.text, _words(unit)):
            unit.kind = PassageKind.HEADING


def _mark_pullquotes(kept: Sequence[Unit]) -> None:
    """A short paragraph repeated inside a longer paragraph nearby is its pull-quote.

    The test is exact containment of the quote's words (closing punctuation
    and quote marks aside): pull-quotes are copied, not paraphrased.
    """
    # A quotation set alone on its line reads like a sub-heading, and was given that kind first; so
    # does a pull-quote printed without quote marks, which the words of a paragraph beside it unmask.
    candidates = [u for u in kept if u.kind is None or u.kind == PassageKind.HEADING]
    texts = [u.text for u in candidates]
    count = len(candidates)
    # All texts in one string ("\0" never occurs in a text, so no match spans two):
    # a candidate's neighbours are then two slices of it, searched at C speed.
    joined = "\0".join(texts)
    starts = [0] * (count + 1)
    for i, text in enumerate(texts):
        starts[i + 1] = starts[i] + len(text) + 1
    for i, unit in enumerate(candidates):
        if not 6 <= unit.words() <= _PULLQUOTE_MAX_WORDS:
            continue
        core = texts[i].strip(_QUOTE_EDGES)
        low, high = max(0, i - _PULLQUOTE_WINDOW), min(count, i + _PULLQUOTE_WINDOW + 1)
        if joined.find(core, starts[low], starts[i]) == -1 and joined.find(core, starts[i + 1], starts[high]) == -1:
            # A quote lifted from mid-sentence is set with a capital ("… said the soldiers were issued …"): the same words.
            if not core[:1].isupper() or not core[1:2].islower():
                continue  # in no neighbour at all
            core = core[0].lower() + core[1:]
            if joined.find(core, starts[low], starts[i]) == -1 and joined.find(core, starts[i + 1], starts[high]) == -1:
                continue
        size = len(texts[i])
        if any(len(texts[j]) > size and core in texts[j] for j in range(low, high)):
            unit.kind = PassageKind.PULLQUOTE
    _mark_distant_pullquotes(candidates, kept)
    pulled = {u.text for u in candidates if u.kind == PassageKind.PULLQUOTE}
    for unit in candidates:
        if unit.text in pulled:
            unit.kind = PassageKind.PULLQUOTE  # the same pull-quote set again further down the page


_SENTENCE_ENDS = ".!?…"
_CLOSING_QUOTES = "\"'”’»"


def _mark_distant_pullquotes(candidates: Sequence[Unit], kept: Sequence[Unit]) -> None:
    """A paragraph set apart that repeats, word for word, a whole sentence of a longer paragraph anywhere.

    A pull-quote may sit far from the sentence it copies (a page sets it where the layout has room). Only
    a whole sentence counts, matched exactly (its closing punctuation and quote marks aside): a
    paraphrase, or words lifted from mid-sentence far away, stay the text they are.
    """
    hosts = [u.text for u in kept if (u.kind is None or u.kind in (PassageKind.HEADING, PassageKind.BODY)) and u.words() >= 12]
    if not hosts:
        return
    joined = "\0".join(hosts)  # ("\0" never occurs in a text: no match spans two)
    starts = [0]
    for text in hosts:
        starts.append(starts[-1] + len(text) + 1)
    for unit in candidates:
        if unit.kind is not None or not 6 <= unit.words() <= _PULLQUOTE_MAX_WORDS:
            continue
        key = unit.text.strip(_QUOTE_EDGES)
        if ". " in key or "? " in key or "! " in key:
            continue  # (a pull-quote lifted from afar is one sentence; paragraphs of several are the text)
        at = joined.find(key) if key else -1
        while at != -1:
            host = bisect_right(starts, at) - 1
            if len(hosts[host]) > len(unit.text) and _whole_sentence(joined, at, at + len(key), starts[host], starts[host + 1] - 1):
                unit.kind = PassageKind.PULLQUOTE
                break
            at = joined.find(key, at + 1)


def _whole_sentence(text: str, start: int, end: int, low: int, high: int) -> bool:
    """Is ``text[start:end]`` a whole sentence of the paragraph ``text[low:high]`` (its closing marks aside)?"""
    before = text[low:start].rstrip().rstrip(_CLOSING_QUOTES)
    if before and (before[-1] not in _SENTENCE_ENDS or start == low + len(text[low:start].rstrip())):
        return False  # (a sentence opens a paragraph, or after a stop and a space)
    closing = text[end:high].split(" ", 1)[0]
    if closing.strip(_QUOTE_EDGES):
        return False  # the words run on
    return end + len(closing) == high or any(c in _SENTENCE_ENDS for c in closing)


def classify_pictures(kept: Sequence[Unit]) -> None:
    """Captions and credits first: they sit between a title and its dek or body.

    ``kept`` are the article's kept units (after its title and header lines
    are taken); classification changes their kinds, never what is kept.
    """
    mark_embedded_posts(kept)  # an embedded post's signature is no photo credit
    mark_caption_groups(kept)
    mark_picture_patterns(kept)
    _mark_writer_over_role(kept)


def _mark_writer_over_role(kept: Sequence[Unit]) -> None:
    """A name over its role inside the text ("Jean Mackenzie" / "Seoul correspondent"): who wrote the
    entry, a credit of it, never two headings (the head's byline is a header line, taken before)."""
    for unit, following in itertools.pairwise(kept):
        if unit.kind is None and following.kind is None and following.words() <= 8 and ROLE_LINE.match(following.text) and short_name(unit.text):
            unit.kind = following.kind = PassageKind.CREDIT


def classify(kept: Sequence[Unit]) -> None:
    """Give every kept unit without a kind one (after ``classify_pictures``, title and dek)."""
    mark_announced_lists(kept)
    _mark_bullets(kept)
    _mark_headings(kept)
    _mark_pullquotes(kept)
    for unit in kept:
        if unit.kind is None:
            unit.kind = PassageKind.BODY
