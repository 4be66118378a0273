"""Lines that name an article's writer, or a later poster, where the header reader does not look.

* a later post's head in a thread copied whole ("Post by gunner88 » Mon Mar 24, 2025 11:02 am"):
  a header line standing alone between paragraphs, never a sub-heading;
* a blog's author bio under the "Written by Alex Chen" / "1.1K Followers" profile lines;
* a byline set in capitals over its date ("TOM LEE" / "MAR 24"), as newsletter e-mails print it;
* a writer's name glued to the date in a table row ("| Jane Park | Mar 10, 2025 |"), first read
  as an outlet's name, when the page names its outlet otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.byline_names import bare_name, is_name_particle, writer_name_length
from store.normalise.metadata import person_names
from store.normalise.outlets import has_issuer_word, has_publication_word, outlet_table
from store.normalise.posters import is_handle, posted_by
from store.normalise.units import Unit

_PROFILE_LINE = re.compile(
    r"(?:written by|about the author|posted by) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}|about the author"
    r"|\d[\d.,]*[KkMm]? (?:followers|subscribers)",
    re.IGNORECASE,
)
_MOST_BIO_WORDS = 25
_HEAD_SEPARATOR = re.compile(r"\s[»|·—–-]\s|,\s")
_HANDLE_WORD = re.compile(r"(?:u/)?[\w.-]{3,30}")
_HONORIFIC = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|rev)\.? (?=[A-Z])", re.IGNORECASE)


def mark_later_post_heads(units: Sequence[Unit], head_end: int, last_prose: int) -> None:
    """A thread's later "Post by X » date" lines inside the body: the posts' headers, not headings.

    (Their writers are not the article's: the first post's head, above the prose, names that.)
    """
    for k in range(head_end + 1, len(units) - 1):
        unit = units[k]
        if unit.kept and " " not in unit.text and (
            (is_handle(unit.text) and (units[k + 1].removed == "timestamp" or (k < last_prose and _alone_over_prose(units, k))))
            # A name without an underscore ("OlegTheAnalyst") is a handle too right over the reply's "· 5 hr. ago";
            # so it is under the last paragraph, over a reply too short to read as prose.
            or (units[k + 1].removed == "timestamp" and units[k + 1].text[:1] in "·•" and _HANDLE_WORD.fullmatch(unit.text) is not None)
        ):
            unit.role = "header"  # "kimchi_analyst" over "· 8 hr. ago" or over the reply: the reply's poster
            continue
        if unit.kept and poster_handle(unit.text) and _bare_date(units[k + 1]):
            unit.role = units[k + 1].role = "header"  # "sgt_park" over "Dec 2024": a forum reply's poster and its date
            continue
        if k >= last_prose or not unit.kept or unit.text[:1] not in "Pp" or unit.is_prose():
            continue
        header = unit.header()
        if header is None or header.date is None or header.author is None:
            continue
        if posted_by(_HEAD_SEPARATOR.split(unit.text, 1)[0]) is not None:
            unit.role = "header"


def poster_handle(text: str) -> bool:
    """A forum handle alone on its line: one token in lower case or with an underscore ("mkovac", "sgt_park")."""
    return " " not in text and _HANDLE_WORD.fullmatch(text) is not None and (text.islower() or "_" in text)


def _bare_date(unit: Unit) -> bool:
    """A line that is a date and nothing else ("Dec 2024", "March 3, 2025")."""
    header = unit.header() if unit.kept and unit.words() <= 4 else None
    return header is not None and header.kind == "date" and header.date is not None and not header.author


def _alone_over_prose(units: Sequence[Unit], k: int) -> bool:
    """A line in a block of its own with a paragraph of prose right under it (a forum's poster over the post)."""
    below = next((u for u in units[k + 1 :] if u.kept), None)
    return units[k].block_size == 1 and below is not None and below.is_prose()


def mark_author_bio(units: Sequence[Unit], last_prose: int) -> None:
    """A short line under the writer's profile lines at the foot of a blog post: the writer's bio."""
    for k in range(max(last_prose + 1, 1), len(units)):
        unit = units[k]
        if not unit.kept or unit.words() > _MOST_BIO_WORDS or unit.text.endswith("?"):
            continue
        above = units[k - 1]
        below = units[k + 1] if k + 1 < len(units) else None
        if _PROFILE_LINE.fullmatch(above.text.strip()) and (below is None or not below.kept):
            unit.removed = "author-bio"


# The label an author box opens with, in the languages the corpus reads ("About the author: Jane Doe is ...").
_BIO_LABEL = re.compile(
    r"(?:about (?:the )?(?:author|writer|contributor)s?|об авторе|об авторах|про автора|про авторів|作者简介|作者介绍|著者紹介|필자 소개)(?:\s*[:：.—–-]\s*|\s*\n|$)",
    re.IGNORECASE,
)
# The box's label as extraction runs it into the name ("About the author Olha Hlushchenko is ...").
_BOX_LABEL = re.compile(r"(?:about (?:the )?(?:author|writer|contributor)s?|об авторе|про автора)[\s:：.—–-]+", re.IGNORECASE)
# ("Olha Hlushchenko is a reporter ...", "Ирина Петрова — корреспондент ...": the name, then a verb or a dash)
_BIO_OPENING_NAME = re.compile(
    r"([A-ZА-ЯІЇЄҐ][\w'’.-]+(?: (?:[A-ZА-ЯІЇЄҐ][\w'’.-]+|de|la|van|von|bin|al|da|del|der)){1,3})(?: (?:is|was|has|covers|writes|reports)\b| [—–] )"
)


def without_author_box(author: str | None) -> str | None:
    """A page's markup author that is its author box ("About the author Olha Hlushchenko is a reporter"): the
    writer the box opens with, or None when it names none; any other author as it is."""
    if not author or (label := _BOX_LABEL.match(author)) is None:
        return author
    named = _BIO_OPENING_NAME.match(author[label.end() :].lstrip())
    return named[1] if named is not None and person_names(named[1]) is not None else None


def labelled_author_bio(units: Sequence[Unit], last_prose: int) -> str | None:
    """An author box under the story ("About the author: Olha Hlushchenko is a reporter ..."): the writer's bio, out
    of the body; the writer it opens with is returned (the story's author when nothing else signs it).

    Only the label's own paragraph, or the label alone and the one paragraph under it, at the foot counts.
    """
    for k in range(max(last_prose, 1), len(units)):
        unit = units[k]
        # (An "About the author" block may already be off the text as an organisation's "About ..." boilerplate.)
        if not (unit.kept or unit.removed == "about-boilerplate") or (label := _BIO_LABEL.match(unit.text)) is None:
            continue
        bio = unit.text[label.end() :]
        if not bio:  # the label alone over its paragraph
            below = next((u for u in units[k + 1 :] if u.kept or u.removed == "about-boilerplate"), None)
            if below is None or below.words() > _MOST_CLOSING_BIO_WORDS or not any(u.kept for u in units[: k - 1]):
                return None
            unit.removed = below.removed = "author-bio"
            bio = below.text
        elif unit.words() > _MOST_CLOSING_BIO_WORDS or not _BIO_ROLE.search(bio):
            return None
        else:
            unit.removed = "author-bio"
        named = _BIO_OPENING_NAME.match(bio)
        return named[1] if named is not None and person_names(named[1]) is not None else None
    return None


_BIO_ROLE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|fellow|analyst|researcher|professor|director|producer|author|chief)s?\b"
    r"|(?:корреспондент|кореспондент|журналист|журналіст|репортер|редактор|обозреватель|оглядач|аналитик|аналітик)",
    re.IGNORECASE,
)
_MOST_CLOSING_BIO_WORDS = 70
_AUTHOR_LIST = re.compile(r",\s*|\s+(?:and|&)\s+")


def mark_closing_bio(units: Sequence[Unit], last_prose: int, authors: Sequence[str]) -> None:
    """"Chad O'Connell is a senior correspondent covering ..." closing the story: its writer's bio.

    Only a paragraph that opens with the full name of a writer the story's byline gives, goes on with
    " is " or " was ", and names a trade counts: the story's last words about anyone else stay.
    """
    if last_prose < 1 or not authors:
        return
    names = {name.strip() for author in authors for name in _AUTHOR_LIST.split(author) if len(name.split()) >= 2}
    # The bio may close on its link ("... North Korea. More about Choe Sang-Hun") and then read as no prose.
    after = next((u for u in units[last_prose + 1 :] if u.kept), None)
    for unit in (units[last_prose], after):
        if unit is None or not unit.kept or unit.words() > _MOST_CLOSING_BIO_WORDS or not any(u.kept and u.is_prose() for u in units[:last_prose]):
            continue
        text = unit.text
        if any(text.startswith((f"{name} is ", f"{name} was ")) for name in names) and _BIO_ROLE.search(text[:240]):
            unit.removed = "author-bio"
            return


def mark_closing_name(units: Sequence[Unit], last_prose: int, authors: Sequence[str]) -> None:
    """The byline's writer named again under the story ("Philippe Mesmer (Tokyo, correspondant)"): a signature.

    Only a short line after the last paragraph that is the name alone (a bracketed post aside) counts.
    """
    names = {name.strip() for author in authors for name in (author, *_AUTHOR_LIST.split(author)) if len(name.split()) >= 2}
    if last_prose < 1 or not names:
        return
    for unit in units[last_prose + 1 :]:
        if unit.kept and unit.words() <= 8 and bare_name(unit.text.strip()) in names:
            unit.role = "header"


def capitals_byline(text: str) -> str | None:
    """"Tom Lee" for a name in capitals ("TOM LEE") over a date line; None for anything else.

    The writer's trade may follow the name ("KOSUKE TAKEUCHI, Nikkei staff writer"): it names no one.
    """
    name, comma, trade = text.partition(", ")
    if comma and len(trade.split()) <= 5 and _BIO_ROLE.search(trade) is not None and not trade.isupper():
        text = name
    words = text.split()
    if not writer_name_length(words) or not text.isupper() or words[0] in ("THE", "A", "AN") or person_names(text) is None:
        return None
    if has_publication_word(text) or has_issuer_word(text) or outlet_table().lookup(text) is not None:
        return None
    # (A four-word name's particles are set small, "Maria de la Cruz"; "KIM DA HYE" keeps three names.)
    return " ".join(w.lower() if len(words) == 4 and is_name_particle(w) else "-".join(p.capitalize() for p in w.split("-")) for w in words)


def titled_byline(text: str) -> str | None:
    """"Jenny Town" set alone over a newsletter's date line ("Mar 15"), below its title and subtitle."""
    words = text.split()
    if not 2 <= len(words) <= 3 or text.isupper() or not all(w[:1].isupper() and w[1:].replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    return capitals_byline(text.upper()) and text


def writer_in_outlet_slot(name: str) -> bool:
    """A "header line" outlet that is a person's name: two or three names the outlet table does not know.

    A site may set its writer's line in capitals ("OLHA HLUSHCHENKO — 17 FEBRUARY 2025"): a name so set
    counts as one read in capitals over a date does.
    """
    words = name.split()
    if name.isupper():
        return capitals_byline(name) is not None
    if not writer_name_length(words) or person_names(name) is None:
        return False
    return not (has_publication_word(name) or has_issuer_word(name) or outlet_table().lookup(name) is not None)


def without_honorific(name: str) -> str:
    """"Sarah Kim" for "Dr. Sarah Kim": a title is no part of the writer's name."""
    bare = _HONORIFIC.sub("", name, count=1)
    return bare if len(bare.split()) >= 2 else name


_SIGNATURE_MAIL = re.compile(r"[(<\[]?[\w.+-]{1,64}@(?P<domain>[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})[)>\]]?")


def mail_signature(text: str, *, with_name: bool = True) -> tuple[str | None, str] | None:
    """(name, mail domain) of a reporter's signature under a story: "mjkim@yna.co.kr", "Kim Min-ji (mjkim@...)"."""
    if len(text) > 120 or "@" not in text:
        return None
    found = _SIGNATURE_MAIL.search(text)
    if found is None:
        return None
    if not with_name:
        return None, found["domain"].lower()
    rest = (text[: found.start()] + " " + text[found.end() :]).strip(" ,;:-–—/|")
    rest = rest.removeprefix("By ").removeprefix("by ").strip()
    if rest and person_names(rest) is None:
        return None
    return rest or None, found["domain"].lower()
