"""Credits: photo credits, wire credits, datelines.

A credit names who supplied a picture or a story.  Photo credits are kept as
CREDIT passages; a wire credit (the agency whose copy an outlet carries)
becomes the article's ``credit``.  Agency names come from ``outlets.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from store.normalise.outlets import outlet_table, wire_named
from store.normalise.shapes import has_common_words, last_visible, word_count
from store.normalise.wire_datelines import bracketed_wire, local_wire_dateline

# Suppliers of pictures (besides the wires in outlets.toml).
_PICTURE_SOURCES = (
    "AP Photo", "Getty Images", "Getty", "Shutterstock", "Alamy", "EPA", "EPA-EFE", "SOPA Images",
    "LightRocket", "NurPhoto", "Anadolu", "Anadolu Agency", "Flickr", "Wikimedia Commons", "Wikimedia",
    "Planet Labs", "Maxar", "Maxar Technologies", "Airbus", "Handout", "Pool", "Supplied", "AAP",
    "Imago", "ZUMA", "ZUMA Press", "picture alliance", "Sipa", "Sipa USA", "Abaca", "Hans Lucas",
    "Korea News Service", "KCNA via KNS", "Reuters TV", "Screenshot", "Screengrab", "Courtesy",
    "Public domain", "Unsplash", "Pexels", "iStock", "Bloomberg via Getty Images",
)
_CREDIT_PREFIX = re.compile(
    r"^(?:photo(?:graph)?s?|images?|pictures?|picture|credits?|photo credit|image credit|image source"
    r"|file photo|file image|illustration|graphic|video|map|footage|screenshot|provided|supplied"  # ("(Provided by HUR)")
    # the same labels on Russian, Ukrainian, German, Korean and Japanese pages ("Фото: ССО", "사진: 국방부")
    r"|фото|фотография|иллюстрация|ілюстрація|скриншот|скріншот|кадр из видео|кадр з відео|foto|bild|사진|写真)\s*(?::|：|,|\bby\b)\s*\S",
    re.IGNORECASE,
)
_GALLERY_LABEL = re.compile(r"(?:photos|images|pictures|in pictures|fotos|bilder)\s*:", re.IGNORECASE)
_VIA = re.compile(r"(?:^|\s)via\s+[A-Z@]")
_SLASHED = re.compile(
    r"^[A-Z][\w.'’&-]*(?: [\w.'’&()-]+){0,6}(?:\s?/\s?[A-Za-z][\w.'’&-]*(?: [\w.'’&-]+){0,6}){1,4}(?:, ?(?:File|file|File Photo))?$"
)
_REPORTING_OPENERS = (
    "reporting by", "additional reporting by", "writing by", "editing by", "compiled by",
    "reporting and writing by", "research by", "graphics by", "photos by", "video by", "translated by", "translation by", "edited by",
)
_CONTRIBUTED = re.compile(
    # (the wire's note of where its own writer filed from may come first: "Kim reported from Seoul, South Korea.")
    r"^(?:(?-i:[A-Z])[\w.'’-]{1,30}(?: and (?-i:[A-Z])[\w.'’-]{1,30})? reported from (?-i:[A-Z])[\w .,'’-]{1,60}?\. )?"
    r"(?:(?:[\w.'’-]+ ){0,6}(?:writers?|reporters?|correspondents?|journalists?|staff)\b.{1,120}"
    # (or the outlet's writer by name: "CNN's Yoonjung Seo contributed reporting.")
    r"|(?-i:[A-Z][\w.&-]{1,30})['’]s (?-i:[A-Z][\w.'’-]+)(?: (?-i:[A-Z][\w.'’-]+)){0,3}(?:,? and (?-i:[A-Z][\w.'’-]+)(?: (?-i:[A-Z][\w.'’-]+)){0,3})?)"
    r" contributed(?: reporting)?(?: to)?(?: this)?(?: (?:report|story|article))?\.?$",
    re.IGNORECASE,
)
_EMBED_ATTRIBUTION = re.compile(r"^[—–-]\s?[^()\n]{2,60}\(@\w{1,30}\)")
_PAREN_AT_END = re.compile(r"[(（]([^()（）]{2,120})[)）]\s*$")
_HANDED_OUT = ("提供", "撮影", "제공", "촬영", "供图", "供圖", "摄")  # "…の映像（国防省提供）", "(국방부 제공)": a handout's credit
_CAPITALS_IN_BRACKETS_AT_END = re.compile(r"\[([A-Z][A-Z0-9 /&.'’-]{1,40})\]\s*$")
_PICTURE_WORD = re.compile(r"\b(?:PHOTO|PHOTOS|CAPTURE|SCREENSHOT|IMAGE|GRAPHIC|FILE)\b")
_INLINE_AGENCY_CREDIT = re.compile(r"\b(?:REUTERS|AFP|EPA|XINHUA|YONHAP|KCNA|AP)/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}(?:/File(?: Photo)?)?\s*$")


@cache
def _source_terms() -> re.Pattern[str]:
    names = set(_PICTURE_SOURCES)
    for outlet in outlet_table().wires():
        names.add(outlet.name)
        names.update(a for a in outlet.aliases if len(a) >= 2)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])", re.IGNORECASE)


@cache
def _wire_alternatives() -> str:
    names: set[str] = set()
    for outlet in outlet_table().wires():
        names.add(outlet.name)
        names.update(outlet.aliases)
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@cache
def _trailing_wire() -> re.Pattern[str]:
    wires = _wire_alternatives()
    return re.compile(
        rf"(?:(?<=[.!?\"”’)])\s+|\s[-–—]+\s*|\s\(|(?<=[。」』）])[（(]|^[-–—(]?\s*)(?P<wire>(?:{wires})(?:\s?(?:,|/|and|&)\s?(?:{wires})){{0,3}})[)）]?\.?\s*$",
        re.IGNORECASE,
    )


def is_photo_credit(text: str, n_words: int | None = None) -> bool:
    """"AP Photo/Wong Maye-E, File", "Jung Yeon-je / AFP", "… via Getty Images", "Photo: X".

    ``n_words`` is ``word_count(text)`` when the caller already knows it.
    """
    if not text or len(text) > 160:
        return False
    if n_words is None:
        n_words = word_count(text)
    if n_words > 16:
        return False
    if last_visible(text) in "?!" or (text.endswith(".") and not text.endswith("Jr.")):
        return False
    if _CREDIT_PREFIX.match(text):
        # "Photos: North Korean soldiers in Russia" heads a gallery: a phrase in words, where a credit names a source.
        if _GALLERY_LABEL.match(text) and has_common_words(text.split(":", 1)[-1]):
            return False
        # "Bild: Eine Militärparade in Pjöngjang. Foto: KCNA/dpa", "写真：平壌の軍事パレード＝ロイター": the label heads
        # a description that ends in its own credit, so the line is a caption, not a credit.
        return not _ends_in_own_credit(text)
    if "via" in text and _VIA.search(text):
        return True
    if "/" in text and _SLASHED.match(text):
        return True
    return n_words <= 6 and _source_terms().search(text) is not None


def wire_only(text: str) -> str | None:
    """The wire a line consists of ("Reuters", "— AFP", "(AP)", "AFP, Reuters"), if so."""
    if len(text) > 60:
        return None
    found = _trailing_wire().match(text.strip())
    if found is None or found.start("wire") > 3:
        return None
    return _canonical_wire(found.group("wire"))


def trailing_wire(text: str) -> str | None:
    """A wire tag ending a paragraph: "... this position. Bloomberg", "... said. – AFP"."""
    found = _trailing_wire().search(text[-80:])
    if found is None:
        return None
    tag = found.group("wire")
    if tag[:1].islower():  # ("… according to reuters": a word; "（共同）" has no capitals to show)
        return None
    return _canonical_wire(tag)


# What a closing tag may follow: a sentence's end, a closing quotation mark or bracket.
_SENTENCE_END_BEFORE_TAG = re.compile(r"[.!?\"”’)。」』]\s*(?:[-–—]+\s*)?$")


def closing_wire_tag(text: str) -> tuple[int, str] | None:
    """Where a wire's sign-off glued to a paragraph's last sentence starts, and the wire.

    "... undermines this position. Bloomberg" -> (position of " Bloomberg", "Bloomberg").  Only after a
    sentence's end: "... according to Reuters" is the sentence's own words.
    """
    offset = max(0, len(text) - 80)
    found = _trailing_wire().search(text, offset)
    if found is None or found.group("wire")[:1].islower():
        return None
    start = found.start()
    head = text[: found.start("wire")].rstrip("(（ ")
    if start == 0 or not head.strip() or _SENTENCE_END_BEFORE_TAG.search(head[-12:]) is None:
        return None
    wire = _canonical_wire(found.group("wire"))
    return (start, wire) if wire else None


def _canonical_wire(tag: str) -> str | None:
    first = re.split(r"\s?(?:,|/|\band\b|&)\s?", tag.strip())[0]
    found = wire_named(first)
    return found.name if found else None


def is_contributor_credit(text: str) -> bool:
    """"Associated Press writer Jane Doe in Kyiv contributed to this report.": a sentence that only credits."""
    return len(text) <= 300 and "contributed" in text and _CONTRIBUTED.match(text) is not None


def is_reporting_credit(text: str) -> bool:
    """"Reporting by Jane Doe; Editing by John Roe", "AP writer X contributed to this report."."""
    lowered = text.lower().lstrip("(")
    if len(text) > 300:
        return False
    return lowered.startswith(_REPORTING_OPENERS) or _CONTRIBUTED.match(text) is not None


def is_credit_line(text: str, n_words: int | None = None) -> bool:
    """Any line that only credits someone: photo, wire, reporters, an embedded post."""
    return (
        is_photo_credit(text, n_words)
        or wire_only(text) is not None
        or is_reporting_credit(text)
        or _EMBED_ATTRIBUTION.match(text) is not None
    )


_LABELLED_CREDIT_AT_END = re.compile(
    r"(?<=[.!?])\s+(?:(?:stock|file|archive|illustrative|main|cover|lead|top|ілюстративне|иллюстративное) )?(?:photo(?:graph)?|image|picture|video|footage|credit|foto|bild|фото)s?\s?:\s?[A-Z][\w.'’&/ -]{1,60}$", re.IGNORECASE
)


# Japanese papers set a picture's source after a full-width equals sign: "…軍事パレード（2023年）＝ロイター".
_EQUALS_CREDIT_AT_END = re.compile(r"\S[＝=]\s?[^\s＝=（）()。、「」]{1,16}$")


def _ends_in_own_credit(text: str) -> bool:
    """A labelled description followed by its credit: a sentence then "Foto: X", or "…＝ロイター"."""
    tail = text[-160:]
    if "＝" in tail and _EQUALS_CREDIT_AT_END.search(tail) is not None:
        return True
    found = _LABELLED_CREDIT_AT_END.search(tail) if ":" in tail else None
    return found is not None and word_count(text[: len(text) - len(tail) + found.start()]) >= 4


def has_trailing_photo_credit(text: str) -> bool:
    """A caption that ends by crediting its picture: "... (Getty Images)", "... REUTERS/Name", "... Photo: AFP"."""
    tail = text[-160:]
    if ":" in tail and _LABELLED_CREDIT_AT_END.search(tail) is not None:
        return True
    if "＝" in tail and not tail.endswith("。") and _EQUALS_CREDIT_AT_END.search(tail) is not None:
        return True
    found = _PAREN_AT_END.search(tail) if ")" in tail or "）" in tail else None
    if found and (found[1].endswith(_HANDED_OUT) or tail.rstrip()[-1] == ")" and (is_photo_credit(found[1]) or "/" in found[1])):
        return True
    if "]" in tail and (bracketed := _CAPITALS_IN_BRACKETS_AT_END.search(tail)) is not None:
        # Korean papers credit in capitals and square brackets: "... at the scene. [YONHAP]", "[JOONGANG PHOTO]".
        credit = bracketed.group(1)
        if is_photo_credit(credit) or "/" in credit or _PICTURE_WORD.search(credit):
            return True
    return "/" in tail and _INLINE_AGENCY_CREDIT.search(tail) is not None


# --- Datelines ------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "Nov 5", "November 5, 2024" and the day-first "14 January 2025" of a press release.
_DATELINE_DATE = rf"{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?"
_DATELINE_WIRE = r"\((?P<wire>[A-Za-z][\w.&' -]{1,30})\)"
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'’ -]{{1,30}}[A-Z.](?:/[A-Z][A-Z.'’ -]{{0,30}}[A-Z.])?(?:,\s+[A-Z][A-Za-z.'’ -]{{1,30}})?)"
    rf"(?:,?\s+(?P<date>{_DATELINE_DATE})\.?)?"
    rf"\s*(?:{_DATELINE_WIRE}\s*|/(?P<relay>[A-Za-z][\w.&' -]{{1,30}})/\s*)?"
    # (TASS closes its dateline with a full stop after its name: "MOSCOW, November 5. /TASS/. Kremlin ...")
    rf"(?P<dash>[-–—]+|:|(?<=/)\.)\s+(?=\S)"
)
# "Seoul, Oct 18 (Wire Service) --": a place set in ordinary capitals, which only a date and a wire's name
# after it make a dateline's (a capitalised word and a dash open many sentences).
_TITLE_CASE_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][a-z'’.]+(?:[ /-][A-Z][a-z'’.]+){{0,2}}),\s+(?P<date>{_DATELINE_DATE})\s*{_DATELINE_WIRE}\s*(?P<dash>[-–—]+)\s+(?=\S)"
)
# "Dec 19 (Yonhap) --", "Dec 19 — ...": the date opens the story, its place left out.
# (A figure after the dash makes it a range: "March 3 - 5 talks".)
_DATE_FIRST_DATELINE = re.compile(rf"^(?P<date>{_DATELINE_DATE})\s*(?:{_DATELINE_WIRE}\s*)?(?P<dash>[-–—]+)\s+(?=[^\s\d])")


# Korean (and Japanese) wire copy opens "(서울=연합뉴스) 김민수 기자 = ...": place and agency in one
# parenthesis, then the reporter with the word for "reporter" or "correspondent" and an equals sign.
_EAST_ASIAN_DATELINE = re.compile(
    r"^\((?P<place>[^=()\s]{1,20})=(?P<wire>[^=()]{1,30})\)\s*"
    r"(?:(?P<reporter>[^=()]{1,40}?)\s*(?:기자|특파원|記者|特派員)(?:\s*[^=()\s]{1,10})?\s*=\s*)?(?=\S)"
)


# A Korean or Japanese paper's own story opens with its reporter alone: "김민준 기자 = ...".
_EAST_ASIAN_REPORTER_LEAD = re.compile(r"^(?P<reporter>[^\s=()\[\]]{2,5}(?: [^\s=()\[\]]{2,5})?)\s*(?:기자|특파원|記者|特派員)\s*=\s*(?=\S)")


# The sign-off under a Korean or Japanese story: "정수민 기자", "서울=김민준 기자", "[한빛일보 정수민 기자]",
# "山田太郎記者", with or without the reporter's e-mail.  The name is two to four syllables, as such names are.
_EAST_ASIAN_SIGN_OFF = re.compile(
    r"^[\[【(（<]?(?:[^\s=\[\]【】()（）]{1,12}\s?=\s?|[^\s\[\]【】()（）]{2,12}[ \u3000])?"
    r"(?P<reporter>[가-힣]{2,4}|[\u4e00-\u9fff\u3040-\u30ff]{2,6})\s?(?:선임기자|기자|특파원|객원기자|통신원|記者|特派員)"
    r"[\]】)）>]?(?:\s*[(<\[]?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[)>\]]?)?"
    r"(?:\s?[+＋]?\s?(?:구독|구독하기|팔로우))?$"  # a portal prints its subscribe button beside the name: "이영희 기자 구독"
)


# A Japanese agency's byline names its role before the name: "共同通信記者　山田太郎", "ソウル支局長 田中一郎".
_ROLE_BEFORE_NAME = re.compile(r"^[^\s=＝]{0,12}?(?:記者|特派員|支局長|編集委員)\s(?P<reporter>[\u4e00-\u9fff\u3040-\u30ff]{2,6})$")


def east_asian_sign_off(text: str) -> str | None:
    """The reporter a Korean or Japanese closing signature names ("서울=김민준 기자" -> "김민준"), or None."""
    if len(text) > 100:
        return None
    found = _EAST_ASIAN_SIGN_OFF.match(text.strip()) or _ROLE_BEFORE_NAME.match(text.strip())
    return found["reporter"] if found else None


def reporter_lead(text: str) -> str | None:
    """The reporter a lead paragraph opens with ("김민준 기자 = ..."), or None."""
    found = _EAST_ASIAN_REPORTER_LEAD.match(text) if "=" in text[:24] else None
    return found.group("reporter") if found else None


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str  # "" when the dateline names no place ("Dec 19 (Yonhap) --")
    date_raw: str | None
    wire: str | None  # canonical wire name when the parenthesis names one
    source: str | None  # the parenthesis (or the slashes) as written
    relayed: bool = False  # named between slashes: a press release's distributor, not a wire
    reporter: str | None = None  # named in the dateline itself ("김민수 기자 =")
    end: int = 0  # where the story's own words begin, after the dateline


# Capitalised labels that open a line with a dash as a dateline's place does, and are no places.
_NOT_PLACES = frozenset({
    "FYI", "NB", "PS", "P.S", "NOTE", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "URGENT", "FLASH", "ALERT",
    "WATCH", "LISTEN", "ANALYSIS", "OPINION", "EDITORIAL", "CORRECTION", "CLARIFICATION", "EDS", "ADVISORY",
    "RE", "FW", "FWD", "TL;DR", "TLDR", "Q", "A",
})


def find_dateline(text: str) -> Dateline | None:
    """"SEOUL, Nov 5 (Reuters) - ...", "SEOUL/KYIV, Nov 6 (Reuters) - ...", "KYIV, Ukraine (AP) — ...", "TAIPEI – ...", "Dec 19 (Yonhap) -- ...".

    A dateline without a place ("Dec 19 — ...") has the place "".
    """
    found = _DATELINE.match(text)
    if found is None:
        if text[:1] == "(" and "=" in text[:40]:
            return _east_asian_dateline(text)
        if text[:1] == "【":
            return _bracketed_dateline(text)
        if ("日電" in text[:40] or "日电" in text[:40]) and (chinese := _CHINESE_WIRE_DATELINE.match(text)) is not None:
            return _chinese_wire_dateline(chinese)
        return _dated_only(text)
    place = found.group("place").strip()
    letters = [ch for ch in place.split(",")[0] if ch.isalpha()]
    if len(letters) < 2 or not all(ch.isupper() for ch in letters):
        return None  # the place of a dateline is set in capitals
    if place.rstrip(".").upper() in _NOT_PLACES:
        return None  # "FYI - see below", "UPDATE - ...": a note's label, set in capitals like a place
    if found.group("dash") == ":" and not found.group("wire"):
        return None  # "NOTE: ..." is a label, not a dateline
    # "SEOUL, December 26, 2024 /PRNewswire/ --": the service that distributed a press release.
    source = found.group("wire") or found.group("relay")
    wire = bracketed_wire(source, relayed=found.group("relay") is not None)
    return Dateline(
        place=place, date_raw=found.group("date"), wire=wire, source=source, relayed=found.group("relay") is not None, end=found.end(),
    )


def _dated_only(text: str) -> Dateline | None:
    """A dateline whose place is not set in capitals ("Seoul, Oct 18 (Wire Service) --") or left out ("Dec 19 --")."""
    found = _DATE_FIRST_DATELINE.match(text) if text[:1].isdigit() or text[:3].title() in _MONTH_STARTS else None
    if found is None and "(" in text[:60]:
        found = _TITLE_CASE_DATELINE.match(text) or local_wire_dateline(text)
        if found is not None and found.re is not _TITLE_CASE_DATELINE and wire_named(found.group("wire")) is None:
            return None  # "Kim (right) - ...": only a wire's name in the brackets makes a dateline of a plain place
    if found is None:
        return None
    source = found.group("wire")
    wire = wire_named(source) if source else None
    place = found.groupdict().get("place") or ""
    return Dateline(place=place, date_raw=found.group("date"), wire=wire.name if wire else None, source=source, end=found.end())


_MONTH_STARTS = frozenset({"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"})


# A Japanese paper's own dateline: "【ソウル=山田太郎】" (the place and its reporter) or "【ソウル=共同】" (and the wire).
_BRACKETED_DATELINE = re.compile(r"^【(?P<place>[^=＝【】\s]{1,12})[=＝](?P<name>[^=＝【】\s]{2,12}?)(?:記者|特派員)?】\s*(?=\S)")


# The wires' own copy runs the place and the wire together: "【ソウル共同】", "【北京時事】".
_WIRE_DATELINE = re.compile(r"^【(?P<place>[^=＝【】\s]{1,10}?)(?P<name>共同|時事|聯合|新華社|ロイター|ＡＦＰ|AFP|ＡＰ|AP)】\s*(?=\S)")


def _bracketed_dateline(text: str) -> Dateline | None:
    found = _BRACKETED_DATELINE.match(text) or _WIRE_DATELINE.match(text)
    if found is None:
        return None
    wire = wire_named(found["name"])
    reporter = None if wire else found["name"]
    if reporter is not None and not re.fullmatch(r"[\u4e00-\u9fff\u3040-\u30ff]{2,6}", reporter):
        return None  # a Japanese name is two to six kanji or kana; anything else in the brackets is no byline
    return Dateline(place=found["place"], date_raw=None, wire=wire.name if wire else None, source=found["name"], reporter=reporter, end=found.end())


# A Chinese wire's dateline: "（中央社記者陳家倫台北24日電）", "新华社北京2月24日电（记者张伟）" — the wire, its
# reporter (a name of three characters, the commonest, where it runs into the place), the place and the day.
_CHINESE_WIRE_DATELINE = re.compile(
    r"^[（(]?(?P<wire>中央社|新華社|新华社|中新社|中通社)(?:(?:記者|记者)(?P<reporter>[\u4e00-\u9fff]{3}))?(?P<place>[\u4e00-\u9fff]{2,6}?)"
    r"(?:\d{1,2}月)?\d{1,2}日[電电](?:[（(](?:記者|记者)(?P<named>[\u4e00-\u9fff]{2,4})[）)])?[）)]?\s*(?=\S)"
)


def _chinese_wire_dateline(found: re.Match[str]) -> Dateline:
    wire = wire_named(found["wire"])
    reporter = found["reporter"] or found["named"]
    return Dateline(place=found["place"], date_raw=None, wire=wire.name if wire else None, source=found["wire"], reporter=reporter, end=found.end())


def _east_asian_dateline(text: str) -> Dateline | None:
    """"(서울=연합뉴스) 김민수 기자 = ...": the place, the wire and the reporter."""
    found = _EAST_ASIAN_DATELINE.match(text)
    if found is None:
        return None
    source = found.group("wire").strip()
    wire = wire_named(source)
    reporter = found.group("reporter")
    return Dateline(
        place=found.group("place"), date_raw=None, wire=wire.name if wire else None, source=source,
        reporter=reporter.strip() if reporter else None, end=found.end(),
    )
