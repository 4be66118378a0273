"""Whole speaker names in Russian and Ukrainian: bodies that run through lower-case words, people after roles.

Russian and Ukrainian capitalise only the first word of an institution's name
("Объединённый комитет начальников штабов Южной Кореи", "Головне управління
розвідки Міноборони України"), so a name read as a run of capitalised words is
cut to its first word, or to its capitalised tail.  A body's name is read here
as a capitalised head, lower-case words among which an institution noun stands
("комитет", "управління", "служба"), and the genitive complements after them,
up to the verb or a punctuation mark.  The words stay as written: declension
is not undone (the alias list knows the usual case forms of the usual bodies).

A role before a name ("Глава ГУР Кирилл Буданов", "представитель Пентагона
Сабрина Сингх") is the person's, not the speaker: the speaker is the name after
it, or the body when no person is named ("представитель Пентагона").
"""

from __future__ import annotations

import re

from store.analysis.claimants import aliased

# Nouns that name an institution: a stem and a case ending, no more ("військ" is troops, "військовий" military).
_INSTITUTION = re.compile(
    r"(?:управлени|управлінн|служб|комитет|комітет|министерств|міністерств|штаб|командовани|командуванн|разведк|"
    r"розвідк|агентств|ведомств|відомств|департамент|администраци|адміністраці|канцеляри|секретариат|секретаріат|"
    r"прокуратур|генштаб|совет|рад(?=[аиуіо])|дум(?=[аыуеі])|бюро|центр|офис|офіс|правительств|уряд|парламент|"
    r"инспекци|інспекці|гварди|войск|військ|сил|корпус|флот)"
    r"(?:а|я|у|ю|о|е|и|ы|і|ї|ом|ем|ой|ою|ей|ею|ов|ев|ів|ам|ям|ами|ями|ах|ях)?",
    re.IGNORECASE,
)
# Role nouns (singular case forms only: "комитет начальников штабов" names no one's role).
_ROLE = re.compile(
    r"(?:глав|голов|представител|представник|речник|речниц|пресс-секретар|прес-секретар|спикер|спікер|министр|"
    r"міністр|директор|начальник|руководител|керівник|очільник|советник|радник|командующ|командувач|генерал|"
    r"заместител|заступник|помощник|помічник|президент|председател|премьер-министр|прем['’]єр-міністр|посол)"
    r"(?:а|у|ом|е|я|ю|ем|ь|и|ы|і|ой|ою|ий|его|ему|им|ого|ому|ею|ці|ка|ки|ку|кою|ю)?",
    re.IGNORECASE,
)
# Words a name never holds: prepositions, conjunctions, particles, and words of time ("сообщил в четверг …").
_STOPS = frozenset(
    """в во у на о об обо про для с со з із зі від от до по за при через перед после після под під над между між
    из без к ко и й та а но але или або либо что що чтобы щоб как як который которая которые який яка які это
    этот эта цей ця ещё еще вже уже также також тоже теж не ни лишь лише только тільки же ж ли чи бы б
    сегодня вчера сьогодні вчора ранее раніше позже пізніше накануне напередодні днем вечером утром""".split()
)
# The dative and instrumental plural ("журналистам", "агентствами") end a name's words: it addresses someone.
_NOT_NAME_ENDINGS = ("ам", "ям", "ами", "ями")
# Adjective endings of a capitalised word that cannot open a person's name ("Южной Кореи", "Російської"; not "-ей": Андрей, Сергей).
_ADJECTIVE_ENDINGS = ("ой", "ых", "их", "ого", "его", "ої", "ської", "ному")
_WORD = re.compile(r"[\w'’-]+")


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _may_be_in_name(word: str) -> bool:
    lower = word.lower()
    return lower not in _STOPS and not any(ch.isdigit() for ch in word) and not (
        not _is_capitalised(word) and lower.endswith(_NOT_NAME_ENDINGS)
    )


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _body_head(words: list[str]) -> int | None:
    """Where a body's name starts among ``words`` (a run of name words): the capitalised word that opens the
    institution noun's phrase ("Объединённый комитет", "Национальная разведывательная служба", "Служба …")."""
    for i, word in enumerate(words):
        if not _INSTITUTION.fullmatch(word):
            continue
        if _is_capitalised(word):
            return i
        j = i - 1
        while j >= 0 and not _is_capitalised(words[j]) and words[j].lower().endswith(
            ("ая", "ое", "ый", "ий", "ые", "ие", "а", "е", "і", "ого", "ой", "ей", "ої", "ому", "ій", "ному", "ных")
        ):
            j -= 1  # "Национальная разведывательная служба": the adjectives before the noun
        if j >= 0 and _is_capitalised(words[j]) and not _is_acronym(words[j]):
            return j
        return None
    return None


def _person_after_role(words: list[str]) -> list[str] | None:
    """The words after a leading role: the person named at their end ("ГУР Кирилл Буданов" → "Кирилл
    Буданов", "разведки Буданов"), else all of them (the body: "Пентагона", "Минобороны Южной Кореи")."""
    if not words:
        return None
    tail: list[str] = []
    for word in reversed(words):
        if (not _is_capitalised(word) or _is_acronym(word) or tail and aliased(word) != word
                or word.lower().endswith(_ADJECTIVE_ENDINGS) or len(tail) == 3):  # "Пентагона Сингх": a body
            break
        tail.insert(0, word)
    if len(tail) == 3 and tail[0].lower().endswith(("и", "ы", "і", "ї")):
        tail = tail[1:]  # "России Андрей Белоусов": a country's genitive, then a name ("Син Вон Сик" is one)
    before = words[len(words) - len(tail) - 1] if len(tail) < len(words) else ""
    if tail and (len(tail) >= 2 or not _is_capitalised(before) or _is_acronym(before) or aliased(before) != before):
        return tail
    return words


def whole_speaker(sentence: str, start: int, end: int, *, before_verb: bool) -> tuple[int, int, str | None]:
    """The span of the whole speaker whose name was read at ``sentence[start:end]``.

    After a cue ("по данным", "сообщил в четверг"), the name runs on through a body's lower-case words and
    genitive complements to a punctuation mark or a word no name holds; before its verb ("… сообщило"), it
    runs back to the body's capitalised head.  A leading role gives way to the person or body it names.  The
    third item is the outlet named between the verb and a role ("сказал в интервью Би-би-си начальник …").
    """
    relay = None
    if before_verb:
        start = _back_to_head(sentence, start)
    else:
        end = _on_to_end(sentence, start, end)
        after = _words(sentence, end, min(len(sentence), end + 40))
        if after and not sentence[end : after[0].start()].strip() and _ROLE.fullmatch(after[0].group()):
            # "сказал в интервью Би-би-си начальник ГУР Кирилл Буданов": the outlet, then the speaker
            relay = sentence[start:end]
            start, end = after[0].start(), _on_to_end(sentence, after[0].start(), after[0].end())
        before = _words(sentence, max(0, start - 40), start)
        if before and not sentence[before[-1].end() : start].strip() and _ROLE.fullmatch(before[-1].group()):
            start = before[-1].start()  # "заявив представник Головного управління …": the cue skipped a role
    return _past_role(sentence, start, end), end, relay


def _on_to_end(sentence: str, start: int, end: int) -> int:
    found = _words(sentence, start, min(len(sentence), start + 160))
    run: list[re.Match[str]] = []
    for match in found:
        if run and sentence[run[-1].end() : match.start()].strip():
            break  # a comma, a stop or a bracket ends the name
        if not _may_be_in_name(match.group()) or len(run) == 9:
            break
        run.append(match)
    words = [m.group() for m in run]
    if len(run) < 2 or run[-1].end() <= end:
        return end
    capitalised = next((i for i, word in enumerate(words) if run[i].start() >= end and not _is_capitalised(word)),
                       len(words))
    if capitalised > 0 and run[capitalised - 1].end() > end:
        end = run[capitalised - 1].end()  # "со ссылкой на Минобороны России": the capitalised words after the first
    if _ROLE.fullmatch(words[0]) is not None or _body_head(words) == 0:
        return run[-1].end()  # "речника Головного управління …", "Объединённый комитет …": the whole run
    return end


def _back_to_head(sentence: str, start: int) -> int:
    found = _words(sentence, max(0, start - 160), start)
    run: list[re.Match[str]] = []
    for match in reversed(found):
        following = run[0].start() if run else start
        if sentence[match.end() : following].strip() or not _may_be_in_name(match.group()) or len(run) == 8:
            break
        run.insert(0, match)
        if _ROLE.fullmatch(match.group()):
            return match.start()  # "глава разведки Буданов": the role opens the phrase
    words = [m.group() for m in run] + [w.group() for w in _words(sentence, start, start + 60)[:1]]
    head = _body_head(words)
    if head is not None and head < len(run):
        return run[head].start()
    if run and _INSTITUTION.fullmatch(run[-1].group()) and not _is_capitalised(run[-1].group()):
        return run[-1].start()  # "розвідка Південної Кореї повідомляла": a body in lower case, then whose it is
    return start


def _past_role(sentence: str, start: int, end: int) -> int:
    found = _words(sentence, start, end)
    if len(found) < 2 or _ROLE.fullmatch(found[0].group()) is None:
        return start
    rest = found[1:]
    kept = _person_after_role([m.group() for m in rest])
    return rest[len(rest) - len(kept)].start() if kept else start
