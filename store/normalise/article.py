"""One article from one segment: metadata, passages and the audit of what went."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from store.ids import article_id, passage_id
from store.models import Article, Passage, PassageKind, Removal
from store.normalise.briefing_heads import agenda_title, event_title_date, running_head_subject
from store.normalise.broadcast_sign_offs import SignOff, broadcast_sign_off
from store.normalise.byline_names import (
    reporting_credit_names,
    signature_mark_name,
    tidy_author,
)
from store.normalise.classify import classify, classify_pictures, mark_duplicates
from store.normalise.copyright_lines import (
    about_issuer,
    copyright_name,
    hangul_copyright_holder,
)
from store.normalise.credits import (
    closing_wire_tag,
    find_dateline,
    reporter_lead,
    trailing_wire,
    wire_only,
)
from store.normalise.derived_titles import (
    derive_title,
    distinct_derived_title,
    printed_title,
)
from store.normalise.figure_notes import classify_figure_notes
from store.normalise.forwards import forwarders, forwarders_mailboxes, innermost_message
from store.normalise.furniture import is_section_word
from store.normalise.header_lines import (
    Evidence,
    consume_headers,
    copyright_holder,
    first_prose,
    masthead_name,
)
from store.normalise.decks import find_dek
from store.normalise.kickers import mark_kicker_over_headline
from store.normalise.dateline_places import writer_before_date
from store.normalise.page_authors import page_author_and_place
from store.normalise.removal_blocks import orphan_removals, removal_blocks  # noqa: F401  (the pipeline reads orphan_removals from here)
from store.normalise.headlines import (
    find_title,
    issue_masthead,
    join_title_set_on_two_lines,
    printed_headline,
)
from store.normalise.live_blogs import mark_dated_entry_times, mark_thread_post_lines
from store.normalise.metadata import person_names
from store.normalise.outlets import (
    canonical_outlet,
    is_portal,
    outlet_of_titled_name,
    outlet_table,
)
from store.normalise.paper_heads import consume_paper_head
from store.normalise.programme_heads import network_of_speakers, programme_name_alone
from store.normalise.topic_tags import tag_row_post_link
from store.normalise.posters import thread_head, thread_opener
from store.normalise.published_dates import published_date
from store.normalise.record_heads import set_record_head_apart
from store.normalise.running_heads import running_head_fields
from store.normalise.signature_lines import capitals_byline, without_honorific, writer_in_outlet_slot
from store.normalise.social_posts import consume_poster_head
from store.normalise.splitting import Segment
from store.normalise.subscribe_boxes import masthead_named_by_subscribe_box
from store.normalise.thread_counters import strip_thread_counters
from store.normalise.units import Unit
from store.normalise.wiki_marks import mark_wiki_page


@dataclass(slots=True)
class PageMetadata:
    """What a saved web page's markup says about its article (from trafilatura)."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    hostname: str | None = None
    url: str | None = None
    # A word processor's export ("Save as web page", a Google Docs download): its <title> is the
    # file's property, often a working name, and the heading the document prints is the real one.
    word_processor: bool = False
    subtitle: str | None = None  # the paragraph such a document styles "Subtitle": its deck


@dataclass(slots=True)
class FileContext:
    source_file: str
    source_sha256: str
    numeric_order: str | None = None  # "dmy"/"mdy" habit shown by the file's own dates
    page: PageMetadata | None = None
    derived_titles: set[str] = field(default_factory=set)  # titles made so far for the file's articles
    standfirsts: frozenset[str] = frozenset()  # decks a container's summary fields give, each set under its item's headers
    sent_days: frozenset[str] = frozenset()  # days e-mails were sent on (their "Date:" headers), not days stories ran


_FORWARD_MARKS = frozenset({"mail-forward", "separator"})
_AFFILIATION_MARKS = frozenset("¹²³⁴⁵⁶⁷⁸⁹*†‡§")  # a paper's affiliation lines open with their author's mark


def _author(page_author: str | None, printed: list[str]) -> str | None:
    """The page's markup names the author; a printed byline that includes that name may name more."""
    if page_author and printed and page_author.lower() in printed[0].lower():
        return tidy_author(without_honorific(printed[0]))
    if page_author and printed and not page_author.isascii() and page_author.endswith(" " + printed[0]):
        return printed[0]  # the markup ran the place a byline filed from into the name: "سيول عبد الله محمد"
    return tidy_author(page_author or (without_honorific(printed[0]) if printed else None))


def _signed_off_name(units: Sequence[Unit]) -> str | None:
    """The name under a letter's or newsletter's closing ("Best regards," / "Anna Lindqvist"): its writer."""
    closing = next((i for i, u in enumerate(units) if u.removed == "sign-off" and u.action == "to-end"), None)
    if closing is None:
        return None
    following = next((u for u in units[closing + 1 :] if u.removed == "sign-off"), None)
    if following is None or following.words() > 4:
        return None
    return person_names(following.text.lstrip("—–-~ "))


def _signature_mark(units: Sequence[Unit]) -> str | None:
    """The signer a letter's "(Signed) Name" line under its text names."""
    marked = (u.text for u in units[-12:] if u.text[:1] in "(Ss" and len(u.text) <= 80)
    return next((name for text in marked if (name := signature_mark_name(text, person_names))), None)


def _reporting_credit(kept: Sequence[Unit]) -> str | None:
    """The reporters a wire story's closing credit names ("(Reporting by Jane Doe; Editing by ...)")."""
    credits = [u.text for u in kept[-3:] if u.kind == PassageKind.CREDIT and u.text[:1] in "(Rr"]
    return next((names for text in credits if (names := reporting_credit_names(text, person_names))), None)


def _cut_sign_off(last: Unit, signed: SignOff, kept: list[Unit], body: list[Unit], ordinal: int) -> Removal:
    """Take a reporter's sign-off out of the last paragraph (the whole paragraph when it is nothing else)."""
    removal = Removal("sign-off", last.text[signed.start :], line=last.line + last.raw.count("\n"), article_ordinal=ordinal)
    last.text = last.text[: signed.start].rstrip()
    if not last.text:
        kept.remove(last)
        body.remove(last)
    return removal


def _choose_outlet(evidence: Evidence, hosts: list[str]) -> tuple[str | None, str | None]:
    if not evidence.outlets:
        return None, None
    # A portal's banner ("네이버 뉴스") shows the story; the outlet the page names elsewhere ran it.
    ran = [item for item in evidence.outlets if not is_portal(item[1])] or evidence.outlets
    _rank, name, basis = min(ran, key=lambda item: item[0])
    known = [item for item in ran if item[2] == "masthead line" and outlet_table().lookup(item[1]) is not None]
    if basis == "header line" and known and outlet_table().lookup(name) is None and writer_in_outlet_slot(name) and writer_before_date(f"{capitals_byline(name) or name},"):
        _rank, name, basis = min(known, key=lambda item: item[0])  # "Ukrainska Pravda" atop, "Olha Hlushchenko — 17 February": her byline
    return canonical_outlet(outlet_of_titled_name(name, hosts, is_section_word)), basis


def _listing_outlet(names: list[str]) -> str | None:
    """The outlet an aggregator lists most under related stories, if it is clear."""
    if not names:
        return None
    counts = Counter(canonical_outlet(n) for n in names)
    (best, count), *rest = counts.most_common()
    if rest and rest[0][1] == count:
        return None
    known = outlet_table().lookup(best) is not None
    return best if count >= 2 or known else None


def assemble_article(segment: Segment, ordinal: int, ctx: FileContext) -> tuple[Article, list[Removal]]:
    units = segment.units
    evidence = Evidence()
    mark_duplicates(units)
    mark_wiki_page(units)
    page, filed_from = page_author_and_place(ctx.page or PageMetadata())
    if any(u.text[:1] in _AFFILIATION_MARKS for u in units[:16]):
        consume_paper_head(units, evidence)
    if page.title is None:
        set_record_head_apart(units)  # "TRANSCRIPT OF PROCEEDINGS", "House of Commons": no title
    marker = next((i for i, u in enumerate(units) if u.removed in _FORWARD_MARKS), None)
    forwarded_by_mail = marker is not None
    if marker is not None and any(u.kept and u.header() is None for u in units[:marker]):
        innermost_message(units)  # (a forwarder's note over the message goes first: under it, the message's header block is a head)
    consume_headers(units, evidence, page.author)
    if ctx.page is None:
        consume_poster_head(units, evidence)
    mark_dated_entry_times(units, first_prose(units))
    mark_thread_post_lines(units, first_prose(units))  # a copied thread's poster line over each post
    for unit in (u for u in units[:4] if u.kept and (head := thread_head(u.text)) is not None):
        unit.removed = "thread-head"  # "Thread by @handle on X": who posted it and where, no headline
        evidence.authors.append(head[0])
        evidence.outlet(8, head[1], "thread head")
    if (post_link := tag_row_post_link(units)) is not None:
        evidence.urls.append(post_link)  # "#Kursk https://t.me/channel/51002" under a channel's post: where it is
    known_title = page.title or (evidence.titles[0] if evidence.titles else None)
    if known_title is not None and known_title == segment.issue_title:
        known_title = None  # a mailed issue's subject over its first story: the story has its own headline
    if known_title is None:
        mark_kicker_over_headline(units)  # ("Foreign news" over the headline: no title)
        join_title_set_on_two_lines(units)
    # A chat message's words are its text, however short: its title is derived, never taken from them.
    forwarded = innermost_message(units) if forwarded_by_mail else None
    if forwarded is not None:
        # The forwarders sent it; they did not write it, and their subject line is no headline.
        sent_by = forwarders(units, forwarded)
        evidence.authors[:] = [a for a in evidence.authors if a not in sent_by]
        mailboxes = forwarders_mailboxes(units)
        evidence.outlets[:] = [o for o in evidence.outlets if o[1] not in mailboxes]
    agenda = None if any(u.chat_sender for u in units[:2]) else agenda_title(units)
    if agenda is None and known_title is None and (subject := running_head_subject(units)) is not None:
        known_title = subject  # a record that prints no agenda item names its subject in its page heads
    title_unit = None if any(u.chat_sender for u in units[:2]) else agenda or find_title(units, known_title)
    if title_unit is None and page.word_processor and known_title == page.title:
        title_unit = find_title(units, None)
    if forwarded is not None and (headline := printed_headline(units, forwarded)) is not None:
        title_unit = headline
    if title_unit is not None and not any(u.kept and u is not title_unit for u in units):
        title_unit = None  # a post of one line is its text: taken for a title, it would leave no passage at all
    if title_unit is not None and programme_name_alone(title_unit, units):
        title_unit.removed, title_unit = "programme-name", None  # "CNN NEWSROOM": the show, not this segment of it
    if title_unit is not None:
        title_unit.role = "title"
    # From here on only kinds change, never what is kept: one list serves every step.
    kept = [u for u in units if u.removed is None and u.role is None]
    classify_pictures(kept)
    classify_figure_notes(kept)
    dek_unit = find_dek(units, title_unit, unprinted_title=title_unit is None and page.title is not None)
    if dek_unit is None and page.subtitle:
        dek_unit = next((u for u in kept[:2] if u.kind is None and u.text == page.subtitle), None)
    if dek_unit is None and ctx.standfirsts and kept and kept[0].kind is None and kept[0].text in ctx.standfirsts:
        dek_unit = kept[0]
    if dek_unit is not None:
        dek_unit.kind = PassageKind.DEK
    classify(kept)

    syndicated_from: list[str] = []  # "originally published by X. Republished with permission."
    running_read = False
    for unit in units:
        if unit.outlet_hint and unit.removed == "read-original":
            evidence.outlet(2, unit.outlet_hint, "read-original line")
        elif unit.outlet_hint and unit.removed == "masthead":
            evidence.outlet(3, unit.outlet_hint, "masthead")
        elif unit.outlet_hint and unit.removed in ("licence", "forwarded-from"):
            syndicated_from.append(unit.outlet_hint)
        elif unit.removed == "preamble" and (name := masthead_name(unit.text, issuer=True) or issue_masthead(unit.text) or (unit.text if masthead_named_by_subscribe_box(unit, units) else None)):
            evidence.outlet(6, name, "masthead line")
        elif unit.removed == "licence" and (name := copyright_holder(unit.text) or hangul_copyright_holder(unit.text)) is not None:
            evidence.outlet(7, name, "copyright line")
        elif unit.removed == "licence" and (name := copyright_name(unit.text)) is not None and any(
            u.removed == "preamble" and u.text == name for u in units
        ):
            evidence.outlet(6, name, "masthead line")  # "NK Frontline" atop a print view, "© 2025 NK Frontline" under it
        elif unit.removed == "about-boilerplate" and (name := about_issuer(unit.text)) is not None:
            evidence.outlet(9, name, "about line")  # "About Human Rights Monitor" closing a release: its issuer
        elif unit.removed == "letterhead-label" and not evidence.dates and (dated := running_head_fields(unit.text)[1]) is not None:
            evidence.dates.append(dated)  # "BRIEF | JANUARY 2025" in a report's letterhead: the issue's date
        elif unit.removed == "running-header" and not running_read:
            running_read = True  # (every page repeats it: the first says it all)
            name, dated = running_head_fields(unit.raw)
            evidence.outlet(8, name, "running head")
            if dated is not None and not evidence.dates:
                evidence.dates.append(dated)  # a report's "MARCH 2025" atop each page, where no line of its own dates it
    if not evidence.authors and (signed := _signed_off_name(units) or _signature_mark(units) or _reporting_credit(kept)) is not None:
        evidence.authors.append(signed)
    if page.sitename:
        evidence.outlet(2, page.sitename, "page site name")
    if (network := network_of_speakers(units)) is not None:
        evidence.outlet(9, network, "speakers' network")
    if segment.issue_outlet:
        evidence.outlet(10, segment.issue_outlet, "digest masthead")
    listing = _listing_outlet(segment.listing_outlets)
    if listing:
        evidence.outlet(6, listing, "related listing")
    hosts = [url.split("//", 1)[-1].split("/", 1)[0] for url in [*evidence.urls, *(u for u in (page.url, page.hostname) if u)]]
    for host in hosts:
        found = outlet_table().lookup_domain(host)
        if found is not None:
            evidence.outlet(7, found.name, "url")

    body = [u for u in kept if u.kind == PassageKind.BODY]
    counters = strip_thread_counters(body, ordinal)  # "1/6 🧵", "2/6": the thread's numbering, not its words
    dateline = find_dateline(body[0].text) if body else None
    if dateline and not dateline.place and len(body) > 1 and (next_line := find_dateline(body[1].text)) and not next_line.place:
        dateline = None  # "Oct 8 — ...", "Oct 23 — ...": a timeline's entries, each opening with its date
    if dateline and dateline.reporter and not evidence.authors:
        evidence.authors.append(dateline.reporter)
    elif dateline is None and body and not evidence.authors and (reporter := reporter_lead(body[0].text)) is not None:
        evidence.authors.append(reporter)
    poster = thread_opener(body[0].text) if body else None
    if poster is not None and not evidence.authors:
        evidence.authors.append(poster[0])  # "@handle: 1/ ..." opening an unrolled thread: its poster wrote it
    if dateline and dateline.wire:
        evidence.credits.insert(0, dateline.wire)
        evidence.outlet(8, dateline.wire, "dateline")
    elif dateline and dateline.relayed and dateline.source:
        evidence.credits.insert(0, dateline.source)  # a press release's distributor ("/PRNewswire/")
    tail_wire = trailing_wire(body[-1].text) if body else None
    # "... undermines this position. Bloomberg": the wire's sign-off is a credit, not the story's last words.
    wire_sign_off, last = None, body[-1] if body else None
    removed_sign_off = None
    if last is not None and tail_wire and (tag := closing_wire_tag(last.text)) is not None:
        wire_sign_off = Removal("wire-credit", last.text[tag[0] :].strip(), line=last.line + last.raw.count("\n"), article_ordinal=ordinal)
        last.text = last.text[: tag[0]].rstrip()
    if last is not None and not tail_wire and (signed := broadcast_sign_off(last.text)) is not None:
        removed_sign_off = _cut_sign_off(last, signed, kept, body, ordinal)
        evidence.authors.insert(0, signed.reporter)
        evidence.outlet(9, signed.outlet, "reporter's sign-off")
        evidence.places.insert(0, signed.place)
    credit_lines = [wire_only(u.text) for u, above in zip(kept, [None, *kept]) if u.kind == PassageKind.CREDIT and not (above and above.kind == PassageKind.CAPTION)]  # (a picture's credit credits the picture)
    # A story that names no outlet but closes with a wire's tag ("... in June. (Yonhap)") is the wire's own.
    for wire in [tail_wire, *credit_lines[-1:]]:
        if wire:
            evidence.outlet(9, wire, "closing tag")
    # Wire credits first (dateline, closing tag, credit line), then syndication.
    evidence.credits.extend(w for w in [tail_wire, *reversed(credit_lines), *syndicated_from] if w)

    outlet, basis = _choose_outlet(evidence, hosts)
    if not evidence.authors and not page.author:
        # "| Jane Park | Mar 10, 2025 |" read as an outlet's line, where the page names its outlet otherwise: the writer.
        evidence.authors.extend(n for _r, n, b in evidence.outlets if b == "header line" and canonical_outlet(n) != outlet and writer_in_outlet_slot(n))
    credit = next((c for c in (canonical_outlet(c) for c in evidence.credits) if c and c != outlet), None)
    published, published_raw, ambiguous = published_date(
        evidence,
        [u.text for u in body],
        page_date=ctx.page.date if ctx.page else None,
        numeric_order=ctx.numeric_order,
        outlet=outlet,
        dateline_date=dateline.date_raw if dateline else None,
        issue_date=segment.issue_date,
        sent_days=ctx.sent_days,
    )
    printed = title_unit.text if title_unit is not None else known_title
    if published is None and printed and (titled := event_title_date(printed)) is not None:
        published, published_raw = titled.iso, titled.raw  # "Briefing by the Spokesperson, Moscow, 24 March 2025"

    if title_unit is not None:
        title, derived = printed_title(title_unit.text, numbered=bool(title_unit.heading_level) or title_unit.bullet), False
    elif known_title:
        title, derived = known_title, False
    else:
        source = body[0].text if body else (kept[0].text if kept else "")
        if body and dateline is not None and dateline.end < len(source):
            source = source[dateline.end :]  # "SEOUL, Dec 19 (Yonhap) --" says where and when, not what
        elif poster is not None:
            source = source[poster[1] :]  # the poster's handle says who, not what
        title, derived = derive_title(source), True
        if title in ctx.derived_titles:
            title = distinct_derived_title(source, ctx.derived_titles)  # another article of the file opens alike
        ctx.derived_titles.add(title)

    aid = article_id(ctx.source_sha256, ordinal)
    passages: list[Passage] = []
    paragraph = 0
    for order, unit in enumerate(kept):
        number = None
        if unit.kind == PassageKind.BODY:
            paragraph += 1
            number = paragraph
        passages.append(
            Passage(
                id=passage_id(aid, order),
                article_id=aid,
                kind=str(unit.kind),
                text=unit.text,
                order=order,
                paragraph=number,
            )
        )
    article = Article(
        id=aid,
        source_file=ctx.source_file,
        source_sha256=ctx.source_sha256,
        ordinal=ordinal,
        title=title,
        title_derived=derived,
        dek=dek_unit.text if dek_unit else None,
        outlet=outlet,
        outlet_basis=basis,
        credit=credit,
        author=_author(page.author, evidence.authors),
        published=published,
        published_raw=published_raw,
        date_ambiguous=ambiguous,
        url=page.url or (evidence.urls[0] if evidence.urls else None),
        passages=passages,
        dateline=dateline.place if dateline and dateline.place else (evidence.places[0] if evidence.places else filed_from),
    )
    return article, [*removal_blocks(units, ordinal), *counters, *([wire_sign_off] if wire_sign_off else []), *([removed_sign_off] if removed_sign_off else [])]
