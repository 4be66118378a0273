"""The place a header line datelines its story with, told apart from the outlet that ran it.

A date line can name where the story was filed as well as when: "Tokyo, 10 November 2024" (a
press release), "Pekín - 13 ene 2025 - 07:30 CET" (a Spanish paper's byline block), "19 июня 2024
года, 15:40, Пхеньян" (a presidential office's stamp).  The same slots hold an outlet's name
("Reuters, 5 Nov 2024", "Asia Times - 6 May 2025"), so a name counts as a place only by its shape
and where it stands:

* before the date, set off by a comma (one to three capitalised words), or by a dash (one word:
  "Jane Doe - 13 Jan 2025" is a writer, and two words alone cannot tell "New York" from her);
* after the date (and its time), set off by a comma, closing the line: one word, or two of a
  script whose surnames show (Cyrillic), which are no person's name;
* after the date, a city and its province between dashes ("November 15, 2024 - Ottawa, Ontario -
  Global Affairs Canada", a government release's line): the pair's comma shows it is one place.

Never a place: a name the outlet table knows or with a publication word ("Times", "News"), a
newsroom unit ("Seoul Bureau"), an acronym or a name with capitals inside ("KCNA", "DailyNK"), a
web address, a weekday, a field's key.
"""

from __future__ import annotations

import re

from store.normalise.byline_names import cyrillic_person_name

_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split())
_NEWSROOM_UNITS = frozenset({"desk", "bureau", "staff", "team", "newsroom", "correspondent", "editor", "reporter"})
_DASHES = ("-", "–", "—")
# A weekday between a byline's name (after its dash or comma) and the date: "— Monday, " of "Name — Monday, 17 February 2025".
_WEEKDAY_BEFORE_DATE = re.compile(
    r"(?<=[,\-–—|·])\s*(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?"
    r"|понеділок|вівторок|середа|четвер|п['’ʼ]ятниця|субота|неділя|понедельник|вторник|среда|пятница|суббота|воскресенье),?$",
    re.IGNORECASE,
)


def publication_like(name: str) -> bool:
    """A name that is an outlet's, not a second author's: the outlet table knows it or it has a publication word."""
    from store.normalise.outlets import (  # (the table is read on first use)
        has_publication_word,
        outlet_table,
    )

    return outlet_table().lookup(name) is not None or has_publication_word(name)


def is_newsroom_unit(name: str) -> bool:
    """"Defense Desk", "Seoul Bureau", "Staff": where in the newsroom a writer sits, not an outlet."""
    words = name.split()
    return bool(words) and words[-1].lower().strip("*_") in _NEWSROOM_UNITS


def place_before_date(before_date: str) -> str | None:
    """The place of "Tokyo, 10 November 2024" or "Pekín - 13 ene 2025": a dateline's place, or None.

    Only a name alone before the date and a comma (or a dash) counts, and only one no
    outlet goes by: "Asia Times, 6 May 2025" names the paper ("Times" is a
    publication word), "Reuters, 5 Nov 2024" a known outlet.
    """
    head = before_date.strip()
    dashed = head.endswith(_DASHES) and head[-2:-1] == " "
    if not (head.endswith(",") or dashed) or "," in head[:-1]:
        return None
    name = head[:-1].strip()
    words = name.split()
    if not 1 <= len(words) <= (1 if dashed else 3) or not all(w[:1].isupper() for w in words) or any(ch.isdigit() for ch in name):
        return None
    if ":" in name or any(w.lower().rstrip(".") in _WEEKDAYS for w in words):
        return None  # "Sent: Sunday, December 15, 2024": a field and a weekday, no place
    if dashed and not _place_shaped(words[0]):
        return None  # "KCNA - 13 Jan 2025", "DailyNK - ...": an outlet's shape
    if writer_before_date(before_date) is not None:
        return None
    return None if publication_like(name) or is_newsroom_unit(name) or cyrillic_person_name(name) else name


# The last word of a place's name of two or three words that reads like a person's ("Hong Kong", "Tel Aviv").
_PLACE_ENDINGS = frozenset(
    """kong aviv lumpur aires angeles delhi city town penh janeiro zealand diego francisco vegas salaam dhabi ababa
    bay island islands beach springs heights oblast region province county district state krai""".split()
)
# The first word of a place's name that is a word for a kind of place in its own language ("Kuala
# Terengganu", an estuary; "Kota Kinabalu", a town; "Puerto Cabello", a port; "Ulan Ude", red): no given name.
_PLACE_STARTS = frozenset(
    """kuala kota bandar pulau tanjung teluk sungai puerto porto ciudad rio río são sao santo cape lake mount
    nizhny nizhni novy novaya staraya veliky velikiye ulan sidi ras bahía bahia villa monte gran grand""".split()
)
# Words that name a kind of text or a series, never a writer: "Iran Update, March 3, 2025" titles a report.
_TEXT_KIND_WORDS = frozenset(
    """update updates report brief briefing digest bulletin monitor review commentary analysis notes memo dispatch
    newsletter roundup tracker assessment situation summary weekly daily edition issue alert insight insights
    outlook watch files""".split()
)


def writer_before_date(before_date: str) -> str | None:
    """The writer of "Jane Kim, 5 November 2024": a person's name of two or three words before the date and a comma.

    A name of writers' shape (capitalised words, none opening a place's name as "New" or "San" do nor ending
    one as "Kong" or "City" do, no publication word) is the byline's; one word alone ("Tokyo") stays a place.
    A weekday may stand between the name and the date, and with it a dash sets the name off as a comma
    does: "Olha Hlushchenko — Monday, 17 February 2025, 14:32" is a Ukrainian site's byline and stamp. Without
    the weekday a dash sets off a writer too, unless the name reads as a publication's ("Pražský Zpravodaj —
    22. listopadu 2024": a publication word, or a name the outlet table knows).
    """
    from store.normalise.byline_names import (
        NO_NAME_STARTS,
        is_name_particle,
        writer_name_length,
    )

    head = before_date.strip()
    weekday = _WEEKDAY_BEFORE_DATE.search(head)
    if weekday is not None:
        head = head[: weekday.start()].rstrip()
        if head.endswith((*_DASHES, "|", "·")) and head[-2:-1] == " ":
            head = head[:-1].rstrip() + ","
    elif head.endswith(_DASHES[1:]) and head[-2:-1] == " " and not publication_like(head[:-1]):
        head = head[:-1].rstrip() + ","  # "Olha Hlushchenko — 17 February 2025": a dash sets off a writer whose name no outlet's is
    if not head.endswith(",") or "," in head[:-1]:
        return None
    name = head[:-1].strip()
    words = name.split()
    if not writer_name_length(words) or name.isupper() or words[0].lower() in NO_NAME_STARTS or words[0].lower() in _PLACE_STARTS or words[-1].lower() in _PLACE_ENDINGS:
        return None
    if any(w.lower() in _TEXT_KIND_WORDS for w in words):
        return None
    if not all((w[:1].isupper() or is_name_particle(w)) and w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in words):
        return None
    return None if publication_like(name) or is_newsroom_unit(name) else name


def place_after_date(after_date: str) -> str | None:
    """The place closing "19 июня 2024 года, 15:40, Пхеньян": set off by a comma, the line's last words.

    A name after a bar, a dot or a dash ("12 March 2025 | Meridian Daily") stands where outlets do; a city
    and its province between dashes ("November 15, 2024 - Ottawa, Ontario - Global Affairs Canada") are a place.
    """
    if (between := _CITY_AND_REGION.match(after_date)) is not None:
        return between["place"]
    _, comma, closing = after_date.rpartition(", ")
    closing = closing.strip().rstrip(".")
    if not comma or any(mark in closing for mark in _SEPARATORS) or " - " in closing:
        return None
    words = closing.split()
    if not 1 <= len(words) <= 2 or not all(_place_shaped(w) for w in words):
        return None
    if len(words) == 2 and (words[0].isascii() or cyrillic_person_name(closing)):
        return None  # "New York" or "Jane Doe"? Only a script whose surnames show tells the two apart
    if any(w.lower() in _WEEKDAYS for w in words):
        return None
    return None if publication_like(closing) or is_newsroom_unit(closing) else closing


_SEPARATORS = "|·•—–\u3000"
_CITY_AND_REGION = re.compile(r"\s[-–—]\s(?P<place>[A-Z][\w.'’-]{2,30}(?: [A-Z][\w.'’-]{1,30})?, [A-Z][\w.'’-]{1,30}(?: [A-Z][\w.'’-]{1,30})?)\s[-–—]\s")


def _place_shaped(word: str) -> bool:
    """A capitalised word in lower case after its capital ("Pekín", "Пхеньян", "Saint-Denis"), no acronym or brand."""
    if len(word) < 3 or not word[0].isalpha() or not word[0].isupper() or "." in word.rstrip("."):
        return False  # ("Lenta.ru": a web address)
    # (a hyphen or an apostrophe may start a new capital: "Saint-Denis", "Ulan-Ude", "N'Djamena")
    inner = [ch for k, ch in enumerate(word[1:], start=1) if ch.isalpha() and word[k - 1] not in "-'’"]
    return bool(inner) and all(ch.islower() for ch in inner)


def writer_and_outlet(before_date: str) -> tuple[str, str] | None:
    """"Olha Hlushchenko, Ukrainska Pravda — " before a stamp: the writer, then the outlet she writes for."""
    head = before_date.strip()
    if (weekday := _WEEKDAY_BEFORE_DATE.search(head)) is not None:
        head = head[: weekday.start()]
    name, comma, outlet = head.rstrip(" ,|·—–-").partition(", ")
    if not comma or "," in outlet or writer_before_date(f"{name},") is None or not publication_like(outlet):
        return None
    return name, outlet
