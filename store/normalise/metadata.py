"""Article metadata from the lines around a title: headers, bylines, titles.

Feed readers and aggregators print a few header lines per item: "Key: value" fields, an outlet glued to a
date ("Asia Times06-05-2025"), a byline.  These are recognised by shape, read into fields and taken out of
the text (and recorded in the audit as ``metadata-header``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.normalise.aged_sources import aged_source, is_age
from store.normalise.byline_parsing import BYLINE_START as _BYLINE_START
from store.normalise.byline_parsing import MAIL_ADDRESS as _MAIL_ADDRESS
from store.normalise.byline_parsing import ROLE_LINE as _ROLE_LINE
from store.normalise.byline_parsing import Header, filed_from, parse_byline, person_names, writer_and_place
from store.normalise.byline_parsing import name_like as _name_like
from store.normalise import byline_names as _names
from store.normalise.byline_names import cyrillic_person_name, one_name_byline, signed_by
from store.normalise.credits import east_asian_sign_off
from store.normalise.dateline_places import is_newsroom_unit, place_after_date, place_before_date, publication_like, writer_and_outlet, writer_before_date
from store.normalise.date_words import DATE_WORDS as _DATE_WORDS
from store.normalise.date_words import HOUR_MERIDIEM as _HOUR_MERIDIEM
from store.normalise.date_words import TIME_TOKEN as _TIME_TOKEN
from store.normalise.date_words import TIME_ZONE as _TIME_ZONE
from store.normalise.date_words import is_date_word  # noqa: F401  (read from here by the page-author finder)
from store.normalise.dates import MONTHS, FoundDate, find_date
from store.normalise.derived_titles import is_dek_shaped  # noqa: F401  (read from here by the title and deck finders)
from store.normalise.handle_lines import handle_post_line
from store.normalise.outlets import wire_named
from store.normalise.header_fields import AND_AGENCIES, DATE_LINE_EXTRAS, prose_like
from store.normalise.header_fields import FIELD as _FIELD
from store.normalise.header_fields import FIELD_KIND as _FIELD_KIND
from store.normalise.posters import is_format_label, is_handle, listed_names, posted_by
from store.normalise.posts import parse_post_header
from store.normalise.script_bylines import placed_byline, script_byline
from store.normalise.senders import sender_is_person, without_reply_prefix
from store.normalise.shapes import has_common_words, word_count
from store.normalise.stamp_lines import STAMP_ENDS, UPDATE_NOTE, section_labels, stamp_date, stamp_outlet
from store.normalise.staff_credits import parse_staff_credits
from store.normalise.yearless_dates import find_month_day

_HAS_DIGIT = re.compile(r"\d")
# (A Chinese page sets its fields apart with a space or U+3000: "2025-02-24 15:32 来源：环球网 作者：李明".)
_SEGMENT_SPLIT = re.compile(r"\s*(?:[|·•∙—–\u3000]|\s-\s|,\s|\s{3}|\s(?=(?:来源|來源|作者|记者|記者)[:：]))\s*")
# A page's folio set apart at a running head's edge ("Monday, 4 November 2024   THE KOREA HERALD   3"): no name.
_FOLIO_SEGMENT = re.compile(r"(?:page |p\. ?)?(?:\d{1,3}|[A-H]\d{1,2})", re.IGNORECASE)
# A translated article credits its translator under the byline ("Translated by Anna Lee",
# "Translated from Korean by Anna Lee"): a credit of the text, not its author.
_TRANSLATOR_LINE = re.compile(
    r"^(?:translated|translation|english translation|translated and edited)(?: from (?:the )?[A-Z][a-z]+)? by"
    r" (?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?:(?:,| and) (?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}))?\.?$",
    re.IGNORECASE,
)
# A source named, then where it is: "Institute for the Study of War, https://…", "Yonhap (https://…)", "NK News — www.…".
_NAME_THEN_URL = re.compile(r"(?P<name>[^\s:/][^:/]{0,100}?)\s*(?:[,;|·—–-]\s*|\(\s*|<)?(?P<url>(?:https?://|www\.)[^\s()<>]{2,500})[)>]?$")
_NAME_IN_PLACE = re.compile(r"^(?P<names>.{3,80}?) (?:in|at) (?P<place>[A-Z][\w.'’ -]{1,40})$")



def parse_header(text: str) -> Header | None:
    """The fields a per-item header line carries, or None when it is not one.

    The result is shared between callers (the splitter and the article
    builder ask about the same lines): treat it as read-only.
    """
    if not text or len(text) > 200:
        return None
    if (
        ":" not in text
        and "：" not in text
        and " in " not in text
        and " at " not in text
        and not _HAS_DIGIT.search(text)
        and not _BYLINE_START.match(text)
        and not (text.count(" ") <= _ROLE_MAX_SPACES and (_ROLE_LINE.match(text) or (text[:1] in "TtEe" and _TRANSLATOR_LINE.match(text))))
        and not ("_" in text and " " not in text)
        and not (("_" in text or " u/" in text) and text[:1] in "PpSs" and " by " in text)  # "Posted by u/kimchi_analyst"
        and not (not text.isascii() and script_byline(text) is not None)
    ):
        if ", " in text and len(text) <= _WRITER_AND_PLACE_MAX and (placed := writer_and_place(text)) is not None:
            return Header("byline", author=placed[0], place=placed[1])  # "Daniel Brooks, Vilnius": the writer, then the city
        return None  # every header has a field colon, a date, a byline, a role or a poster's handle
    return _parse_header(text)


# The longest line each pattern can match, or the spaces it can hold: cheap
# tests that spare most lines of prose the regular expressions.
_WRITER_AND_PLACE_MAX = 60  # "Firstname Middle Surname, City"
_ROLE_MAX_SPACES = 14  # four words of role, the role, and an affiliation of up to nine words
_NAME_IN_PLACE_MAX = 80 + len(" in ") + 41
_PLACE_TAIL = len(" in ") + 41 + 1  # "$" also matches before a final newline


@lru_cache(maxsize=8192)
def _parse_header(text: str) -> Header | None:
    if " " not in text and is_handle(text):
        return Header("placed-byline", author=text)  # a poster's handle on its own line, beside the post's date
    if "[" in text and (post := parse_post_header(text)) is not None:
        if (signed := signed_by(post[0], person_names)) is not None:
            return Header("outlet-date", author=signed, date=post[1])  # "[date time] Monitoring note by R. Kaplan"
        return Header("outlet-date", outlet=post[0], date=post[1])  # a channel post's "[date time] Sender:"
    if ":" in text or "：" in text:
        field = _FIELD.match(text)
        if field:
            return _field_header(field["key"].lower(), field["value"].strip())
    if not text.isascii() and (scripted := script_byline(text)) is not None:
        return Header("byline", author=scripted)  # "โดย สมชาย วงศ์ใหญ่", "Του Νίκου Παπαδόπουλου"
    if not text.isascii() and (placed := placed_byline(text)) is not None:  # "سيول: عبد الله محمد", "ソウル＝鈴木花子2024年11月4日"
        return Header("placed-byline", author=placed[1], place=placed[0], date=find_date(text) if _HAS_DIGIT.search(text) else None)
    byline = parse_byline(text)
    if byline is None and text[:1] in "Bb" and (name := one_name_byline(text)) is not None:
        return Header("byline", outlet=name) if publication_like(name) else Header("one-name-byline", author=name)
    if byline and byline[1] is None and publication_like(byline[0]) and not listed_names(byline[0], person_names):
        byline = None, byline[0]  # "By The Associated Press": the agency signs its own copy; no writer is named
    if byline is None and text[:1] in "PpSsTtOo" and (poster := posted_by(text)) is not None:
        return Header("byline", author=poster)  # "Posted by u/kimchi_analyst" over a thread's opening post
    if byline is None and text[-1:] == "." and (credits := parse_staff_credits(text)) is not None:
        service = credits[1] if credits[1] and publication_like(credits[1]) else None
        return Header("byline", author=person_names(credits[0]) and credits[0], outlet=service)
    if byline:
        header = Header("byline", author=byline[0], outlet=byline[1])
        # "By Jane Doe, Yonhap — March 3, 2025": a byline that also dates the article.
        if _HAS_DIGIT.search(text) and (found := find_date(text)) is not None:
            dated = _dated_header(text, found)
            if dated is not None:
                header.date = dated.date
                header.outlet = header.outlet if dated.outlet is None else dated.outlet
                if header.outlet and header.outlet in found.raw:
                    header.outlet = None  # "By Jane Doe | October 2, 2024": the date's own words, cut at its comma
        if byline[1] is not None and header.outlet == byline[1] and filed_from(byline[1]):
            header.outlet, header.place = None, byline[1]  # "By Jane Doe, Vilnius": where she files from, no outlet
        elif byline[1] is None and header.outlet and header.outlet != byline[0] and header.outlet in text and not publication_like(header.outlet) and " " not in header.outlet:
            # "Von Anna Berger, Seoul · 14.01.2025": the byline read the one word after the name as the city
            # filed from, so the date's line gives no outlet either.
            header.outlet, header.place = None, header.outlet
        return header
    if text.count(" ") <= _ROLE_MAX_SPACES and (_ROLE_LINE.match(text) or (text[:1] in "TtEe" and _TRANSLATOR_LINE.match(text))):
        return Header("role")
    tail = text[-_PLACE_TAIL:]  # " in " and the place close the line
    if len(text) <= _NAME_IN_PLACE_MAX and (" in " in tail or " at " in tail):
        placed = _NAME_IN_PLACE.match(text)
        if placed and person_names(placed["names"]) and word_count(placed["names"]) <= 6 and placed["names"].split(" ", 1)[0].lower() not in _names.NO_NAME_STARTS:
            return Header("placed-byline", author=placed["names"])
    if (text[-4:].lower() == " ago" or text[-2:-1].isdigit()) and (aged := aged_source(text)) is not None:
        return Header("outlet-date", outlet=aged)  # "Reuters · 2 hours ago" under an aggregator's headline
    if "@" in text and text[:1] not in "—–-" and (post_line := handle_post_line(text)) is not None:
        return Header("byline", author=post_line[0], date=post_line[1])  # "Jane Kim @janekim · Nov 5, 2024" over a thread's post
    if "@" in text and " @ " not in text:  # (a blog's "March 12, 2025 @ 9:00 am" is a date's own)
        return None  # an embedded post's attribution, not a header
    if len(text) <= 20 and (month_year := _MONTH_YEAR.fullmatch(text)) is not None:
        # "December 2024" alone under a report's title: the month is all it gives ("2024-12").
        month = MONTHS[month_year[1][:3].lower()]
        return Header("date", date=FoundDate(raw=text, start=0, end=len(text), iso=f"{month_year[2]}-{month:02d}"))
    found = find_date(text)
    if found is None:
        if (" at " in text or text[-2:] in STAMP_ENDS) and (stamped := stamp_date(text)) is not None:
            return Header("date", date=stamped)  # "November 9 at 6:12 PM ·" over a page's post, "11/6(水) 9:15配信"
        # "Mar 24" alone under a newsletter's author: a header line, which dates nothing without a year;
        # "Jane Kim · Mar 24" sets the writer apart from it, as a dated line with its year would.
        short = find_month_day(text, None) if len(text) <= 80 else None
        if short is None or short.raw == text.strip(" ."):
            return None if short is None or len(text) > 14 else Header("date", date=short)
        # "Kuala Terengganu, 5 November", "Jane Kim, Nov 5": a place's or a writer's name, then the yearless date.
        named = not text[short.end :].strip(" .") and (place_before_date(text[: short.start]) or writer_before_date(text[: short.start]))
        return _dated_header(text, short) if named or _SET_APART_DATE.search(text[: short.start] + "\0" + text[short.end :]) else None
    return _dated_header(text, found)


def _field_header(key: str, value: str) -> Header | None:
    kind = _FIELD_KIND[key]
    if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
        value = value[1:-1].strip()  # YAML front matter quotes its values: title: "North Korea ..."
    header = Header("field")
    if kind == "title":
        header.title = without_reply_prefix(value) if key == "subject" else value
    elif kind == "outlet":
        # "From: Korea Desk <desk@monitor.example>": the sender's name, never the address.
        name = _MAIL_ADDRESS.sub("", AND_AGENCIES.sub("", value)).strip(" \"'") or None
        address = _MAIL_ADDRESS.search(value) if key == "from" and name else None
        if address is not None and sender_is_person(name or "", address.group(0).strip("<>")):
            header.author = name  # "From: Kevin Marsh <k.marsh@…>": a person forwarding, not the outlet
        elif name is not None and name.startswith(("http://", "https://", "www.")):
            header.url = name  # "Source: https://…" under a digest's item: where the item links, no outlet's name
        elif name is not None and (linked := _NAME_THEN_URL.match(name)) is not None and not prose_like(linked["name"]):
            header.outlet, header.url = linked["name"], linked["url"]  # "Source: Institute for the Study of War, https://…"
        elif name is not None and not prose_like(name):
            header.outlet = name
    elif kind == "author":
        if _HAS_DIGIT.search(value) and (dated := find_date(value)) is not None and dated.start > 0:
            # "Автор: Ирина Соколова, 12 декабря 2024": the byline field dates the article too.
            header.date = dated
            value = f"{value[: dated.start]} {value[dated.end :]}".strip(" ,;|·—–-")
        # "Author: Jane Doe | Daily Ledger | 20 December 2024": the field holds a whole byline.
        byline = parse_byline(f"By {value}")
        if byline is not None and byline[1] is not None and (person_names(value) is None or publication_like(byline[1])):
            header.author, header.outlet = byline
        else:
            header.author = person_names(value) or (byline[0] if byline else value)
    elif kind == "date":
        header.date = find_date(value)
        if header.date is None:
            return None
        # "Posted : 2024-12-19 16:40 | Reporter Kim Min-ji": the rest of the value may sign the story.
        if len(value) > len(header.date.raw) + 3 and (rest := _dated_header(value, header.date)) is not None:
            header.author, header.outlet = rest.author, rest.outlet
    elif kind == "url":
        header.url = value
    return header


def _article_of_name(token: str, following: list[str]) -> bool:
    """"Le" of "Le Monde", "El" of "El País": a capitalised article before a capitalised word starts a name, no date's word."""
    return len(token) == 2 and token[:1].isupper() and bool(following) and following[0][:1].isupper() and not _DATE_WORDS.match(following[0])


def _dated_header(text: str, found: FoundDate) -> Header | None:
    """"Asia Times06-05-2025", "Kyiv Independent · 5 Nov 2024 · by Jane Doe", "Updated Nov 5, 2024"."""
    rest = (text[: found.start] + " | " + UPDATE_NOTE.sub(" ", text[found.end :])).strip()
    header = Header("date", date=found)
    leftover_words = 0
    place = place_before_date(text[: found.start])
    if place is None and ", " in text[found.end :]:
        place = place_after_date(text[found.end :])  # "19 июня 2024 года, 15:40, Пхеньян": the stamp, then where
    if (issue := stamp_outlet(text[: found.start], text[found.end :])) is not None:
        return Header("outlet-date", outlet=issue, date=found)  # "Газета «Коммерсантъ» №205 от 06.11.2024", "www.kcna.kp (Juche113.11.6.)"
    if not text[found.end :].strip(" ,.") and (signed := writer_and_outlet(text[: found.start])) is not None:
        return Header("outlet-date", author=signed[0], outlet=signed[1], date=found)  # "Olha Hlushchenko, Ukrainska Pravda — 17 February 2025"
    tail = rest.strip(" |")
    if tail and len(tail) <= 40 and _HAS_DIGIT.search(tail) and (again := find_date(tail)) is not None:
        if again.iso == found.iso and len(again.raw) >= len(tail.rstrip(" .,")) - 1:
            return header  # "03/24/2025 March 24, 2025": the same date in a second notation
    for segment in _SEGMENT_SPLIT.split(rest):
        segment = segment.strip(" |-–—")  # ("Aired December 27, 2024 - 10:00 ET": the dash left of the time)
        if not segment:
            continue
        if place and segment in (place, *place.split(", ")):
            header.place = place
            continue
        if _ISSUE_NUMBER.fullmatch(segment) or _FOLIO_SEGMENT.fullmatch(segment):
            continue  # "Issue #42 · Friday, 15 November 2024": a newsletter's number, not its name
        if ": " in segment and _ISSUE_NUMBER.fullmatch(segment.split(": ", 1)[0]):
            segment = segment.split(": ", 1)[1]  # "Volume 756: debated on Tuesday 5 November 2024": a record's volume
        if ("：" in segment or ":" in segment) and (field := _FIELD.match(segment)) is not None:
            read = _field_header(field["key"].lower(), field["value"].strip())  # "… 来源：环球网 作者：李明": its fields
            if read is not None and (read.author or read.outlet):
                header.author, header.outlet = read.author or header.author, read.outlet or header.outlet
                continue
        if "#" in segment or "view" in segment or "ـ" in segment:
            # A video's count and tags beside its date ("183,402 views  Feb 24, 2025  #NorthKorea"), a Hijri date beside the Gregorian.
            segment = DATE_LINE_EXTRAS.sub(" ", segment).strip()
            if not segment:
                continue
        if segment[-1:].isdigit() and (again := find_date(segment)) is not None and any(c.isalpha() for c in again.raw):
            segment = segment[: again.start] + segment[again.end :]  # "…, modifié le 24 février 2025 à 12h03": when it changed
        words = []
        after_time = False
        tokens = _HOUR_MERIDIEM.sub(r"\1\2", segment).split() if ".m." in segment else segment.split()
        for n, token in enumerate(tokens):
            if _DATE_WORDS.match(token) and not _article_of_name(token, tokens[n + 1 : n + 2]):
                after_time = bool(_TIME_TOKEN.match(token))
                continue
            if token[:1].isdigit() and _NUMERIC_DATE_TOKEN.fullmatch(token):
                after_time = False
                continue  # a second date ("입력 2025.01.13 | 수정 2025.01.15"): when it was updated, no name
            if after_time and _TIME_ZONE.match(token):
                continue
            after_time = False
            words.append(token)
        if len(words) > 1 and _PAGE_NUMBER_TOKEN.fullmatch(words[0]):
            del words[0]  # "A4  THE DAEJEON HERALD": the folio's page number before the paper's name
        segment = " ".join(words)
        if not segment:
            continue
        byline = parse_byline(segment)
        if byline:
            header.author = byline[0]
            continue
        if (signed := signed_by(segment, person_names)) is not None:
            header.author = signed  # "Monitoring note by R. Kaplan": a note's kind and its writer
            continue
        if header.author is None and is_handle(segment):
            header.author = segment  # "Old 11-14-2024, 09:12 AM grey_owl": the poster's handle after the time
            continue
        if (poster := posted_by(segment)) is not None:
            header.author = poster  # "Post by kolya_k » Tue Nov 12, 2024 4:05 pm": a forum post's writer
            continue
        if is_format_label(segment) or _READING_TIME.fullmatch(segment) or is_age(segment) or (segment[-1:] in "gsewkc" and _EVENT.search(segment)):
            continue  # "Photo gallery | 12 January 2025", "Department Press Briefing – March 24": what it is, not who ran it
        if _POST_LABEL.fullmatch(segment) or (header.outlet is not None and section_labels(segment)):
            continue  # "… @ 9:00 am In Analysis | No Comments": a post's category and comment count; "| World, All": a wire's sections
        leftover_words += word_count(segment)
        if is_newsroom_unit(segment):
            continue  # "By Jane Doe, Defense Desk · 4 February 2025"
        if header.outlet is not None and header.author is None and person_names(segment) and not publication_like(segment):
            header.author = segment  # "Yonhap News | Park Soo-jin | 2025.01.20 14:05": the outlet, then its writer
            continue
        if header.author is None and not segment.isascii() and (reporter := east_asian_sign_off(segment)) is not None:
            header.author = reporter  # "김민수 기자 | 입력 2025.02.13 15:20": the reporter, then the stamp
            continue
        if header.author is None and cyrillic_person_name(segment) and not publication_like(segment):
            header.author = segment  # "Олена Коваленко — 12 березня 2025": the writer, then the date
            continue
        if header.author is None and segment == writer_before_date(text[: found.start]):
            header.author = segment  # "Jane Kim, 5 November 2024": the writer, then the date
            continue
        if header.outlet is None and (joint := _WITH_WIRE.fullmatch(segment)) is not None and wire_named(joint["wire"]) is not None:
            header.outlet, header.credit, header.kind = joint["outlet"], joint["wire"], "outlet-date"  # "Le Monde avec AFP"
            continue
        if header.outlet is None and _name_like(segment) and not has_common_words(segment):
            header.outlet = segment
            header.kind = "outlet-date"
        else:
            return None  # more than a header: a sentence that happens to hold a date
    return header if leftover_words <= 6 else None


# An outlet that ran a story with a wire's copy: "Le Monde avec AFP", "El País con EFE", "Die Zeit mit dpa".
_WITH_WIRE = re.compile(r"(?P<outlet>[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,4}) (?:with|avec|con|mit|com) (?:l['’]|la |el |der )?(?P<wire>[\w-]{2,20})")
_SET_APART_DATE = re.compile(r"[|·•∙—–]\s*\0\s*$|^\s*\0\s*[|·•∙—–]")  # (\0 stands where the date was)
_MONTH_YEAR = re.compile(  # (in any case: "MARCH 2025" on a report's cover)
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)\.? ((?:19|20)\d\d)", re.IGNORECASE)
_EVENT = re.compile(r"\b(?:press )?(?:briefing|conference|remarks|hearing|interview|speech|address|talks)$", re.IGNORECASE)
# (French, Spanish, Italian and German pages say "Lecture 3 min.", "Lectura: 4 min", "Lettura 3 min", "Lesezeit 3 Min.".)
_READING_TIME = re.compile(r"(?:(?:lecture|lectura|lettura|lesezeit|leestijd) ?:? ?)?\d{1,3} ?(?:min(?:ute)?s?|мин|хв)\.?(?: read| listen| watch)?|\d{1,2} ?h(?:r|rs|ours?)?\.?(?: \d{1,2} ?min(?:ute)?s?\.?)?", re.IGNORECASE)
_PAGE_NUMBER_TOKEN = re.compile(r"[A-Z]\d{1,2}")
_NUMERIC_DATE_TOKEN = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\.?|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d")
_POST_LABEL = re.compile(r"(?:(?:posted |filed )?(?:in|under) [A-Z][\w&'’ -]{1,40}|no comments?|\d{1,6} comments?|leave a comment|start date)", re.IGNORECASE)
_ISSUE_NUMBER = re.compile(r"(?:issue|no\.|number|vol\.|volume|edition|#)\s?#?\d{1,5}", re.IGNORECASE)
