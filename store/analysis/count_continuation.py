"""A figure that counts nothing named continues the count the article made just before.

"The number had reached 14,000", "a further 3,000 may have been sent", "the
correct figure, according to HUR, is 11,000": the figure names nothing it
counts, so it counts what the article counted last.  "12,000 went to Russia"
after a casualty count counts soldiers, and its own clause says they were
sent, not killed; "Estonian intelligence put the share lower, at around 40%"
continues the share just given.  An interview's answer ("Q: How many North
Korean soldiers are in Russia now? / A: Our estimate is about 14,000") counts
what its question asked for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.analysis.figure_words import COUNT_NOUNS, PLURAL_DEMONYM
from store.analysis.list_leads import count_as_lead_in
from store.analysis.numbers import find_figures
from store.analysis.subjects import SentenceCues, SubjectTaxonomy, classify_figure
from store.models import Figure

if TYPE_CHECKING:
    from store.analysis.speakers import Speakers

# "ще 120", "ещё 3 тысячи", "додатково 500", "дополнительно 2 тысячи": another so many, in Ukrainian and Russian.
# Only before a number: "ще не" (not yet) and "ещё раз" (once more) add nothing counted.
_CYRILLIC_INCREMENT = (
    r"(?<![а-яёіїєґ])(?:[Щщ]е|[Ее]щ[её]|[Дд]одатков(?:о|і|их)|[Дд]ополнительн(?:о|ые|ых))\s+"
    r"(?:(?:близько|понад|майже|около|более|почти|порядка)\s+)?"
    r"(?=\d|(?:одн|дв|три|чотир|четыр|п['’]?ят|шіст|шест|сім|сем|вісім|восем|дев|десят|сот|тисяч|тысяч)[а-яёіїєґ]*\b)"
)
# A sentence that continues a count made before: "the figure rose to 3,000", "a further 3,000".
POINTS_BACK = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:(?:correct|corrected|revised|updated|actual|real|true|"
    r"official|latest|final|new|overall)\s+)?(?:number|figure|total|tally|toll|count|estimate|share|proportion)\b|"
    r"\b(?:[Aa]\s+further|[Aa]nother|[Aa]n\s+additional)\s+(?=[\d\w])|"
    r"\b[Aa]\s+(?:similar|comparable|higher|lower)\s+(?:number|figure|total|estimate|count)\b|"
    # "he raised it to more than 1,000", "later put it at 3,000": "it" is the count given before.
    r"\b(?:raised|revised|lowered|cut|increased|upped|updated|reduced)\s+it\s+(?:(?:up|down|upward|downward)\s+)?to\b|"
    r"\bput\s+(?:it|them)\s+(?:(?:(?:slightly|much|far|a\s+little|even)\s+)?(?:higher|lower)\s*,?\s+)?"
    r"(?:at|closer\s+to)\b|"
    # "far below the 3,000 Kyiv has given": a figure named as one a speaker gave before
    r"\bthe\s+(?:(?:some|about|around)\s+)?\d[\d,.]*\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+"
    r"(?:(?:has|had|have)\s+)?(?:given|gave|cited|claimed|reported|put\s+forward)\b|"
    # "has put North Korea's share at about 40%": the share of a named owner, its noun given before
    r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+(?:share|proportion|portion|contribution)\b|"
    # "их число может достигать 12 тысяч", "їхня кількість": their number, in Russian and Ukrainian
    r"(?<![а-яёіїєґ])(?:их|это|эта|этот|эти|общее|їх|їхня|їхнє|ця|це|загальна|загальне)\s+(?:число|количество|"
    r"численность|кількість|число|чисельність)(?![а-яёіїєґ])|" + _CYRILLIC_INCREMENT
)
# A bare figure after a casualty count counts people; its own words say whether killed, wounded or sent.
_COUNTED_PEOPLE = {"casualties": "soldiers"}
# "a further 5,000 could follow", "we expect another 3,000 to 4,000 in the spring": more people to come.  Losses
# are reported once suffered, not forecast in increments, so a forecast increment after a casualty count that
# names no loss of its own counts soldiers still to be sent.
_INCREMENT_BEFORE = re.compile(
    r"(?:\b(?:[Aa]\s+further|[Aa]nother|[Aa]n\s+additional|[Aa]s\s+many\s+as)\s+|" + _CYRILLIC_INCREMENT + ")$"
)
_MORE_AFTER = re.compile(r"\s+(?:more|additional|extra)\b")
_FORECAST = re.compile(
    r"\b(?:could|would|will|may|might|expects?|expected|expecting|plans?|planned|set\s+to|likely)\b|"
    # може/можуть/может/могут, очікується/ожидается, планує/планирует, буде/будет (can, expected, plans, will)
    r"(?<![а-яёіїєґ])(?:мож[еу]|мог[уе]|очіку|ожида|план|буд[еу])[а-яёіїєґ]*"
)
_CUED_IN_CLAUSE = 5.0  # a listed unit (2) and one cue in the figure's own clause (3): see ``classify_figure``


def count_from_context(
    sentence: str,
    figures: list[Figure],
    best: dict[int, tuple[str | None, float]],
    speakers: Speakers,
    subjects: SubjectTaxonomy,
) -> None:
    """What the figures counting nothing named count, from what the article said around them: the figure before
    in the sentence, a list's lead-in, the question just asked, the count just made, or the noun just named."""
    if len(figures) > 1 and any(not f.unit for f in figures):
        continue_within(sentence, figures, best)  # "…, while Seoul's figure was 3,000": the count before it
    if speakers.list_count is not None:
        count_as_lead_in(figures, best, speakers.list_count)  # "Estimates of the deployment vary:" / "• NIS: 11,000"
    if speakers.asked is not None and 0 <= speakers.passage_index - speakers.asked[1] <= 1:  # (the answer may follow
        # its question in one paragraph: "Q: How many …? KIRBY: We think several hundred.")
        answer_count(sentence, figures, best, (speakers.asked[0], speakers.asked[2]), subjects)
    if speakers.last_counted is not None:
        counted_unit = speakers.last_counted[0]
        for figure in figures:
            # Only a figure counting nothing named, or one counting the same unit that lands nowhere, continues.
            if not figure.unit or (figure.unit == counted_unit and best.get(id(figure), (None, 0.0))[0] is None):
                continue_count(sentence, figures, best, speakers, subjects)
                break
    first = figures[0]
    if not first.unit and best.get(id(first), (None, 0.0))[0] is None and _ELLIPTICAL.match(sentence, first.end):
        if not sentence[: first.start].strip(" \"“‘'("):
            elliptical_count(sentence, first, best, speakers, subjects)


def continue_count(
    sentence: str,
    figures: list[Figure],
    best: dict[int, tuple[str | None, float]],
    speakers: Speakers,
    subjects: SubjectTaxonomy,
) -> None:
    """'… the number had reached 14,000', '12,000 went to Russia': the count just before, continued.

    A figure that counts nothing named and lands in no subject counts what the article counted last
    (within two passages of running text): its own clause's cues say the subject when they can ("12,000 went to Russia"
    after a casualty count counts soldiers sent), and a sentence that points back ("a further 3,000",
    "the correct figure is …") continues the subject itself.  A figure in the same unit that lands
    nowhere continues it too when its sentence points back ("put the share lower, at around 40%").
    """
    unit, subject, at = speakers.last_counted  # type: ignore[misc]
    if speakers.prose_index - at > 2:  # two paragraphs of running text back at most
        return
    points_back = POINTS_BACK.search(sentence) is not None
    cues: SentenceCues | None = None
    for figure in figures:
        if best.get(id(figure), (None, 0.0))[0] is not None:
            continue
        if figure.unit == "":
            if unit == "percent" and figure.value > 100:
                continue  # "closer to 12 million" after "roughly half of the shells": no share exceeds 100
            figure.unit = _COUNTED_PEOPLE.get(unit, unit)
            cues = cues or SentenceCues.of(sentence, subjects)
            found = classify_figure(figure, "", cues, len(sentence), subjects)
            if found[0] is not None and (
                found[1] >= _CUED_IN_CLAUSE or (unit in _COUNTED_PEOPLE and _forecast_increment(sentence, figure))
            ):
                best[id(figure)] = found  # its own words, or a forecast increment, say what it counts
                continue
            figure.unit = ""
        elif figure.unit != unit:
            continue
        if points_back or _quoted_alone(sentence, figure) or (
            _said_alone(sentence, figure) and _near_last_count(figure, unit, speakers)
        ):
            figure.unit = unit
            best[id(figure)] = (subject, 1.0)


# "HUR says ~6M.": a speaker, a verb and a bare figure that ends the clause, nothing said of what it counts.
# "gave a figure of 12,000", "spoke of up to 15,000": the same, with the figure named as one, or a bound before it.
_SAID_BEFORE = re.compile(
    r"\b(?:says?|said|estimates?|estimated|believes?|reckons?|puts?\s+it\s+at|counts?|counted|claims?|claimed|"
    r"(?:a|its|their)\s+figure\s+of|(?:spoke|speaks?|talk(?:s|ed)?)\s+of)\s+"
    r"(?:(?:about|around|roughly|some|nearly|up\s+to|as\s+many\s+as|at\s+least|more\s+than)\s+)?$"
)
_ENDS_CLAUSE = re.compile(r"\s*(?:[.;!?)]|,\s+(?:while|but|whereas|and)\b|$)")
# A bare estimate continues the count before only when the two are of one order: "~6M" after "millions of shells"
# is an estimate of the shells, after "12,000 troops" it is no count of troops.
_SAME_ORDER = 10.0


def _said_alone(sentence: str, figure: Figure) -> bool:
    return (
        _SAID_BEFORE.search(sentence, max(0, figure.start - 30), figure.start) is not None
        and _ENDS_CLAUSE.match(sentence, figure.end) is not None
    )


def _near_last_count(figure: Figure, unit: str, speakers: Speakers) -> bool:
    """Whether the last figure counting ``unit`` in the text just before is of the same order as ``figure``."""
    passages = speakers.article.passages
    before = passages[speakers.passage_index].text[: speakers.sentence_start]
    if len(before) < _NOUN_REACH and speakers.passage_index:
        before = passages[speakers.passage_index - 1].text[-_NOUN_REACH:] + " " + before
    found = [f for f in find_figures(before[-_NOUN_REACH:]) if f.value > 0]
    # the count itself may have borrowed its noun ("estimated their number at about 11,000"): a bare one then
    counted = [f.value for f in found if f.unit == unit] or [f.value for f in found if not f.unit]
    return bool(counted) and 1 / _SAME_ORDER <= figure.value / counted[-1] <= _SAME_ORDER


# "…, while Seoul's figure was 3,000", "but the Pentagon's estimate is 1,000": another owner's count of the same.
_OWNERS_COUNT = re.compile(
    r"\b[A-Z][\w.'’-]*['’]s?\s+(?:own\s+|latest\s+)?(?:number|figure|total|tally|toll|count|estimate)s?\b"
)


# "…, while Kyiv puts them at 4,000", "…, whereas Ukraine claims 1,000": a second source's count set against the
# first, in a clause that names nothing it counts, counts what the first counted.
_CONTRASTED = re.compile(r"(?:,|;|—|\s[–-])\s*(?:while|whereas|but|though|although|yet)\b")


# "from 1,000 (Seoul) to 4,000 (Kyiv)": each end of a range its own source gives, the upper end bare.
_BRACKETED_RANGE = re.compile(r"\s*\([^()]{1,40}\)\s*(?:to|and|[-–—])\s*$")


def continue_within(sentence: str, figures: list[Figure], best: dict[int, tuple[str | None, float]]) -> None:
    """'Ukraine's General Staff put losses at 3,800, while Seoul's figure was 3,000': the bare figure counts
    what the figure before it in the sentence counted, when the words between point back to a count."""
    for index, figure in enumerate(figures[1:], 1):
        if figure.unit or best.get(id(figure), (None, 0.0))[0] is not None:
            continue
        before = next((f for f in reversed(figures[:index]) if best.get(id(f), (None, 0.0))[0] is not None), None)
        if before is None:
            continue
        between = sentence[before.end : figure.start]
        if len(between) > 60 or before.unit == "percent" and figure.value > 100:
            continue  # a clause of its own between them, or no share: "7 per cent …, put the total at 80,000"
        if POINTS_BACK.search(between) or _OWNERS_COUNT.search(between) or _BRACKETED_RANGE.match(between) or (
            _CONTRASTED.search(between) and _ENDS_CLAUSE.match(sentence, figure.end)
        ):
            figure.unit = before.unit
            best[id(figure)] = (best[id(before)][0], 1.0)


# '"At least 4,000," he said.': a quotation that holds nothing but the figure answers the count just made.
_OPENS_QUOTE = re.compile(r"[\"“‘']\s*$")
_CLOSES_QUOTE = re.compile(r"\s*[,.!?…]?\s*[\"”’']")


def _quoted_alone(sentence: str, figure: Figure) -> bool:
    """Whether the figure is the whole of a quotation (its hedge included), so it says nothing it counts."""
    return (
        _OPENS_QUOTE.search(sentence, max(0, figure.start - 3), figure.start) is not None
        and _CLOSES_QUOTE.match(sentence, figure.end) is not None
    )


def _forecast_increment(sentence: str, figure: Figure) -> bool:
    """'a further 5,000 could follow', 'we expect another 3,000': an increment its clause forecasts."""
    increment = _INCREMENT_BEFORE.search(sentence, max(0, figure.start - 20), figure.start) is not None or (
        _MORE_AFTER.match(sentence, figure.end) is not None
    )
    return increment and _FORECAST.search(sentence) is not None


_HOW_MANY = re.compile(r"\b[Hh]ow\s+many\s+((?:[\w'’-]+\s+){0,3}[\w-]+)\b")


_QUESTION_END = re.compile(r"[.;:?!]")


def embedded_question(text: str) -> str | None:
    """The words of a question asked inside a statement ("The two sides disagree on how many soldiers were sent.")
    up to its clause's end: the bare figures after it answer it as they would a question asked outright."""
    found = _HOW_MANY.search(text)
    if found is None:
        return None
    end = _QUESTION_END.search(text, found.end())
    return text[found.start() : end.start() if end else len(text)]


def asked_count(question: str) -> str | None:
    """The unit a question asks to count: "How many North Korean soldiers are in Russia now?" → "soldiers"."""
    found = _HOW_MANY.search(question)
    if found is None:
        return None
    words = found.group(1).split()
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.lower() in COUNT_NOUNS:
            return COUNT_NOUNS[word.lower()]
        if PLURAL_DEMONYM.fullmatch(word):  # "How many North Koreans have died?": the people, as a figure reads them
            lead = words[index - 1] if index and words[index - 1][:1].isupper() else ""
            return f"{lead} {word}".strip().lower()
    return None


def answer_count(
    sentence: str, figures: list[Figure], best: dict[int, tuple[str | None, float]], asked: tuple[str, str],
    subjects: SubjectTaxonomy,
) -> None:
    """'A: Our estimate is about 14,000': a figure counting nothing named counts what the question asked.

    ``asked`` is the question's unit and its words: "How many … have been killed?" makes the answer's bare
    "about 300" a count of losses, the question's cue read as the answer's own sentence's.
    """
    unit, question = asked
    cues: SentenceCues | None = None
    for figure in figures:
        if figure.unit != "" or best.get(id(figure), (None, 0.0))[0] is not None:
            continue
        figure.unit = unit
        cues = cues or SentenceCues.of(f"{sentence} {question}", subjects)
        found = classify_figure(figure, "", cues, len(sentence), subjects)
        if found[0] is None:
            figure.unit = ""
        else:
            best[id(figure)] = found


# "About 8,000 are now in Kursk": a count opening its sentence as the subject of a verb, its noun left out.
_ELLIPTICAL = re.compile(
    r"\s+(?:(?:more|others?)\s+)?(?:are|were|is|was|have|has|had|remain(?:s|ed)?|arrived|went|returned|joined|"
    r"serve[sd]?|fight|fought)\b"
)
_VAGUE = re.compile(r"\b(?:tens|hundreds|thousands|dozens|scores|millions)\b", re.IGNORECASE)
# A plural the paragraph is about is its clause's subject: a verb (or an auxiliary) follows it.
_CLAUSE_VERB = re.compile(
    r"\s+(?:(?:have|has|had|are|were|is|was|will|would|could|may|might|remain|remained|continue[sd]?)\b|"
    r"[a-z]+ed\b)"
)
# The people or things a paragraph is about, named in its plural before the elliptical count (at most this far back).
_NOUN_REACH = 320
_PLURAL_COUNT_NOUN = re.compile(
    r"\b(" + "|".join(sorted((n for n in COUNT_NOUNS if n.endswith(("s", "er", "en", "na"))), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def elliptical_count(
    sentence: str, figure: Figure, best: dict[int, tuple[str | None, float]], speakers: Speakers,
    subjects: SubjectTaxonomy,
) -> None:
    """'North Korean troops have been fighting in Kursk since the autumn. About 8,000 are now in Kursk, Zelensky
    said.': the count opening a sentence with its noun left out counts the plural the text named just before it
    (in its own paragraph or the one before), when some subject counts that noun."""
    passages = speakers.article.passages
    before = passages[speakers.passage_index].text[: speakers.sentence_start]
    if len(before) < _NOUN_REACH and speakers.passage_index:
        before = passages[speakers.passage_index - 1].text[-_NOUN_REACH:] + " " + before
    if _VAGUE.search(figure.surface):
        return  # "Tens of thousands are being held in camps": a crowd, no count of what the paragraph counted
    before = before[-_NOUN_REACH:]
    nouns = list(_PLURAL_COUNT_NOUN.finditer(before))
    if not nouns or not _CLAUSE_VERB.match(before, nouns[-1].end()):
        return  # the plural is the subject of its clause ("North Korean troops have been fighting …"), or no topic
    figure.unit = COUNT_NOUNS[nouns[-1].group(1).lower()]
    found = classify_figure(figure, "", SentenceCues.of(sentence, subjects), len(sentence), subjects)
    if found[0] is None:
        figure.unit = ""
    else:
        best[id(figure)] = found
