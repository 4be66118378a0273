"""What a database file held when it was loaded, so that a save can rewrite only the rows that changed.

At ten thousand articles the database is some 350 MB of JSON, and adding one file used to re-encode
every row of it (nine seconds).  Ingest changes old records in only two ways, and adds new files at
the end: ``Repository.save`` compares with this record and lets ``storage.write_spliced`` copy every
other row's bytes from the old file.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass

from store.models import Article, Claim, FileRecord, Passage

#: Positions, among the loaded rows, of the passages whose echo group and the claims whose names changed.
ChangedRows = tuple[list[int], list[int]]


@dataclass(slots=True)
class LoadedRows:
    """The rows of a database file as loaded, in the file's order, with the fields ingest may change.

    Ingest changes old records only by re-linking echoes (``echo_group``) and re-folding names
    (``claimant``, ``via``), and adds new files at the end: ``Repository.save`` compares against
    this to write just the rows that differ and copy the rest from the old file.
    """

    stamp: tuple[int, int]  # the file's (size, mtime_ns) when read
    files: list[FileRecord]
    articles: list[Article]
    passages: list[Passage]
    claims: list[Claim]
    echo_groups: list[str | None]  # lists of the values themselves, no new object per row: the
    claimants: list[str | None]  # corpus is in memory beside them, and forked helpers see it all
    vias: list[str | None]

    @classmethod
    def of(cls, stamp: tuple[int, int], files: list[FileRecord], articles: list[Article], claims: list[Claim]) -> LoadedRows:
        passages = [p for a in articles for p in a.passages]
        groups, names, vias = [p.echo_group for p in passages], [c.claimant for c in claims], [c.via for c in claims]
        return cls(stamp, files, articles, passages, claims, groups, names, vias)

    def leads(self, articles: list[Article], claims: list[Claim]) -> list[Passage] | None:
        """The loaded articles' passages as they stand now, if the loaded records still lead ``articles``
        and ``claims`` as the very objects loaded; None when one was dropped, replaced or moved."""
        count = len(self.articles)
        if len(articles) < count or not all(map(operator.is_, self.articles, articles)):
            return None
        passages = [p for a in articles[:count] for p in a.passages]
        if len(passages) != len(self.passages) or not all(map(operator.is_, self.passages, passages)):
            return None
        if len(claims) < len(self.claims) or not all(map(operator.is_, self.claims, claims)):
            return None
        return passages

    def changed_rows(self, articles: list[Article], claims: list[Claim]) -> ChangedRows | None:
        """Positions of the loaded passages (echo group) and claims (claimant, via) that differ now;
        None when a loaded record was dropped, replaced or moved (then nothing can be reused)."""
        passages = self.leads(articles, claims)
        if passages is None:
            return None
        return ([i for i, group in enumerate(self.echo_groups) if passages[i].echo_group != group],
                [i for i, (name, via) in enumerate(zip(self.claimants, self.vias))
                 if claims[i].claimant != name or claims[i].via != via])

    def changed_articles(self, articles: list[Article], claims: list[Claim], rows: ChangedRows) -> set[str]:
        """Ids of the articles whose passages or claims differ from those loaded, new ones included
        (``rows``: ``changed_rows`` of the same records)."""
        changed = {a.id for a in articles[len(self.articles):]} | {c.article_id for c in claims[len(self.claims):]}
        changed.update(self.passages[i].article_id for i in rows[0])
        changed.update(self.claims[i].article_id for i in rows[1])
        return changed
