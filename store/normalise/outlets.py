"""The outlet alias table (``outlets.toml``): canonical names, wires, date habits."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    wire: bool = False
    date_order: str | None = None  # "dmy" or "mdy"
    portal: bool = False  # a portal that shows other outlets' stories under its own banner


@dataclass(slots=True)
class OutletTable:
    outlets: list[Outlet] = field(default_factory=list)
    by_key: dict[str, Outlet] = field(default_factory=dict)
    by_domain: dict[str, Outlet] = field(default_factory=dict)

    def lookup(self, name: str | None) -> Outlet | None:
        """The outlet a free-text name refers to, or None when it is not in the table."""
        if not name:
            return None
        key = outlet_key(name)
        found = self.by_key.get(key)
        if found is None and "." in key:
            found = self.lookup_domain(key)
        return found

    def lookup_domain(self, host: str) -> Outlet | None:
        host = host.lower().strip().removeprefix("www.")
        while host:
            if host in self.by_domain:
                return self.by_domain[host]
            if "." not in host:
                return None
            host = host.split(".", 1)[1]
        return None

    def wires(self) -> list[Outlet]:
        return [o for o in self.outlets if o.wire]


_KEY_JUNK = re.compile(r"[\s\u00a0]+")
# Words that make a bare name a publication's name ("The Daily Ledger", "Northern Monitor", "Hanbit Ilbo").
PUBLICATION_WORDS = frozenset(
    """times post herald news monitor journal daily tribune guardian telegraph review insider agency press gazette
    observer ledger chronicle express mail today weekly magazine network radio television broadcasting media wire podcast
    dispatch bulletin courier standard sentinel inquirer register examiner ilbo sinmun shinmun shimbun nippo ribao
    zeitung nachrichten rundschau kurier diario periódico periodico gaceta noticias giornale corriere gazzetta
    quotidiano jornal folha krant dagblad gazeta dziennik tygodnik газета новости известия правда вести вісті
    ведомости вестник вісник новини газета
    zpravodaj noviny listy dnevnik novosti novini vjesnik
    brief briefing digest newsletter notes roundup letter report substack watch""".split()  # (newsletters' names: "Peninsula Notes", "Korea Watch")
)
# Chinese, Japanese and Korean names end in the publication word, unspaced: "联合早报", "共同通信", "한빛일보".
_CJK_PUBLICATION_ENDINGS = (
    "报", "報", "新闻", "新聞", "通信", "通讯", "通信社", "新闻社", "新聞社", "电视台", "電視台", "放送",
    "신문", "일보", "뉴스", "통신", "방송", "ニュース",
)
# What follows a publication's name in a feed's or page's title without being part of it.
# ("電子版"/"电子版"/"전자판": the digital edition; "英文版"/"영문판": the English one; "онлайн": online.)
_EDITION_WORDS = frozenset(
    "english edition online international global digital version 電子版 电子版 デジタル版 英語版 英文版 전자판 영문판 온라인 онлайн".split()
)
_NAME_PARTS = re.compile(r"\s+[—–|·:-]\s+|:\s+")


# German and Dutch write a paper's name as one word: "Tagesblatt", "Abendzeitung", "Morgenpost", "Dagblad".
_PUBLICATION_ENDINGS = ("zeitung", "blatt", "blad", "krant", "post", "kurier", "anzeiger", "rundschau", "nachrichten")


# Bodies that issue their own texts (press releases, briefing transcripts, policy briefs): named alone
# above a title or in a copyright line, such a body is where the text ran.
ISSUER_WORDS = frozenset(
    """ministry department embassy mission council commission parliament government secretariat presidency
    institute institution centre center foundation office organization organisation delegation assembly
    министерство міністерство посольство правительство уряд администрация адміністрація ministerium""".split()
)


# The same bodies in Korean, Japanese and Chinese, named in one word: "국방부", "외교부", "防衛省", "国防部".
_CJK_ISSUER_ENDINGS = ("부", "청", "처", "위원회", "대사관", "연구원", "연구소", "省", "庁", "部", "委员会", "大使馆")


def has_issuer_word(name: str) -> bool:
    if any(word.lower().strip(".,()[]") in ISSUER_WORDS for word in name.split()):
        return True
    return any(2 <= len(word) <= 10 and not word.isascii() and word.endswith(_CJK_ISSUER_ENDINGS) for word in name.split())


def has_publication_word(name: str) -> bool:
    for word in name.split():
        word = word.lower().strip(".,()[]")
        if word in PUBLICATION_WORDS or (len(word) >= 8 and word.endswith(_PUBLICATION_ENDINGS)):
            return True
        if 2 <= len(word) <= 12 and not word.isascii() and word.endswith(_CJK_PUBLICATION_ENDINGS):
            return True
    return False


def without_edition(name: str) -> str:
    """"Hanbit Ilbo English Edition" -> "Hanbit Ilbo": an edition is no part of the outlet's name."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip("()[],") in _EDITION_WORDS:
        words.pop()
    return " ".join(words)


def outlet_of_titled_name(name: str, hosts: list[str], is_section: object) -> str:
    """The outlet in a feed's or site's title that adds a section: "East Asia Wire — Korea" -> "East Asia Wire".

    The outlet part is the one the table knows, the one a web host of the item
    spells ("eastasiawire.example"), the one with a publication word, or the one
    left when the other is a section name (``is_section``) or an edition.  With
    no such evidence the name stays whole.
    """
    if _NAME_PARTS.search(name) is None:
        return name  # the common case
    table = outlet_table()
    if table.lookup(name) is not None:
        return name
    parts = [p.strip() for p in _NAME_PARTS.split(name) if p.strip()]
    if len(parts) < 2:
        return name
    known = [p for p in parts if table.lookup(p) is not None]
    if len(known) == 1:
        return known[0]
    labels = {label for host in hosts for label in host.lower().split(".") if len(label) >= 4}
    spelled = [p for p in parts if re.sub(r"[^a-z0-9]", "", p.lower().removeprefix("the ")) in labels]
    if len(spelled) == 1:
        return spelled[0]
    rest = [p for p in parts if not is_section(p) and not all(w.lower() in _EDITION_WORDS for w in p.split())]  # type: ignore[operator]
    if len(rest) == 1 and len(parts) == 2:
        return rest[0]
    named = [p for p in parts if has_publication_word(p)]
    return named[0] if len(named) == 1 else name


def outlet_key(name: str) -> str:
    """Case-, space- and leading-"The"-insensitive form of an outlet name ("«Медуза»" in its quotes is "Медуза")."""
    key = _KEY_JUNK.sub(" ", name).strip(" .,:;-–—|•·«»“”„\"").lower()
    return key.removeprefix("the ").removeprefix("www.")


@cache
def outlet_table() -> OutletTable:
    raw = tomllib.loads(resources.files(__package__).joinpath("outlets.toml").read_text(encoding="utf-8"))
    table = OutletTable()
    for entry in raw.get("outlet", []):
        outlet = Outlet(
            name=entry["name"],
            aliases=tuple(entry.get("aliases", ())),
            domains=tuple(entry.get("domains", ())),
            wire=bool(entry.get("wire", False)),
            date_order=entry.get("date_order"),
            portal=bool(entry.get("portal", False)),
        )
        table.outlets.append(outlet)
        for alias in (outlet.name, *outlet.aliases):
            table.by_key.setdefault(outlet_key(alias), outlet)
        for domain in outlet.domains:
            table.by_domain.setdefault(domain.lower().removeprefix("www."), outlet)
    return table


# What an outlet calls the mail it sends, after its name: "Reuters Alerts", "Yonhap Daily Briefing", "NK News Newsletter".
_MAILING_NAME = re.compile(
    r"\s+(?:(?:news|breaking news|daily|weekly|morning|evening) )?(?:alerts?|newsletters?|briefing|update|updates|digest|bulletin|mailing list)$",
    re.IGNORECASE,
)


def canonical_outlet(name: str | None) -> str | None:
    """The table's name for ``name``; an unknown name is returned tidied, as written."""
    if not name:
        return None
    found = outlet_table().lookup(name)
    if found is None and (mailing := _MAILING_NAME.search(name)) is not None and mailing.start() > 0:
        found = outlet_table().lookup(name[: mailing.start()])  # "Reuters Alerts": the outlet's mailing, the outlet's story
    if found is not None:
        return found.name
    tidy = _KEY_JUNK.sub(" ", name).strip(" .,:;-–—|•·")
    return tidy or None


def is_portal(name: str | None) -> bool:
    """Whether ``name`` is a news portal's (Naver News, Yahoo News): it shows stories, it does not run them."""
    found = outlet_table().lookup(name) if name else None
    return found is not None and found.portal


def wire_named(name: str | None) -> Outlet | None:
    """The wire (news agency) ``name`` refers to, if it is one."""
    found = outlet_table().lookup(name) if name else None
    return found if found is not None and found.wire else None
