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


def outlet_key(name: str) -> str:
    """Case-, space- and leading-"The"-insensitive form of an outlet name."""
    key = _KEY_JUNK.sub(" ", name).strip(" .,:;-–—|•·").lower()
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
        )
        table.outlets.append(outlet)
        for alias in (outlet.name, *outlet.aliases):
            table.by_key.setdefault(outlet_key(alias), outlet)
        for domain in outlet.domains:
            table.by_domain.setdefault(domain.lower().removeprefix("www."), outlet)
    return table


def canonical_outlet(name: str | None) -> str | None:
    """The table's name for ``name``; an unknown name is returned tidied, as written."""
    if not name:
        return None
    found = outlet_table().lookup(name)
    if found is not None:
        return found.name
    tidy = _KEY_JUNK.sub(" ", name).strip(" .,:;-–—|•·")
    return tidy or None


def wire_named(name: str | None) -> Outlet | None:
    """The wire (news agency) ``name`` refers to, if it is one."""
    found = outlet_table().lookup(name) if name else None
    return found if found is not None and found.wire else None
