"""Claims: sentences (or clauses) that attribute a statement or state a figure.

For every sentence of the body, summary bullets and dek (captions and
headings only when attributed; pull quotes and credits never, they repeat or
label, but an embedded post signed by its author is theirs: ``embedded_post_claims``), the extractor finds the figures and the attributions, resolves
pronouns and bare surnames against the speakers met so far in the article,
cuts a sentence that carries two claimants into one claim each, and gives
every claim its subject (from its best-placed figure) and a hedge flag.  A
transcript's answer ("Okafor: …") is its speaker's; a figure that counts
nothing named continues the count before it when its sentence points back
("the number had reached 14,000"), and an interview's answer counts what its
question asked for; a quotation running over several paragraphs is the
speaker its last paragraph names; a table row is read by ``table_rows``.

Hedge words (``hedged``): may, might, could, likely, unlikely, possibly, maybe, presumably,
perhaps, probably, reportedly, allegedly, apparently, purportedly,
supposedly, unverified, unconfirmed, "not (independently) verified",
"could/did/would not verify/confirm", "declined/refused to confirm", "would be able to",
suggest(s/ed/ing), believe(s/d), estimate(s/d), expect(s/ing) (a forecast),
appear(s/ed), seem(s/ed), "expected to", "thought to", "said to", a plan ("plans/preparing/poised to",
"will be sent/deployed"),
"understood to", rumo(u)red, speculation, "(un)aware of", "looking into reports"; and the words of a figure quoted
only to be rejected (a fact check): false, baseless, unfounded, debunked,
exaggerated, inflated, misleading, nowhere, groundless, denied, disputed, dismissed,
rejected, refuted, rebutted (and their other forms), "no evidence/basis/information",
"not true".  Whether the claimant denies what follows is ``denied`` (see ``denials``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from store.analysis.attribution import Anchor
from store.analysis.attribution_cues import attribution_starts
from store.analysis.borrowed_nouns import nearest_count_noun
from store.analysis.claim_ids import make_ids_distinct
from store.analysis.claim_segments import claim_segments
from store.analysis.count_continuation import asked_count, count_from_context, embedded_question
from store.analysis.denials import denial_is_anothers, is_denial
from store.analysis.embedded_post_claims import SignedPost, end_post, signed_post, speakers_thread
from store.analysis.figure_order import lead_order
from store.analysis.figure_sources import credit_figures_before, may_name_figure_source
from store.analysis.figure_subjects import classify_figures as _classify
from store.analysis.figure_subjects import classify_in_sentence, forces_counted_among
from store.analysis.figure_subjects import modifiers_after as _modifiers_after  # noqa: F401  (tests import it here)
from store.analysis.figure_subjects import wholes_of_shares as _wholes_of_shares
from store.analysis.footnote_sources import attribute_to_notes
from store.analysis.interviews import HEARING_TITLES
from store.analysis.hedges import _HEDGE, hedges_besides_rejection, is_hedged, may_deny_unhedged  # noqa: F401  (a test reads _HEDGE here)
from store.analysis.list_leads import is_list_item, item_label, lead_in_count, lead_in_source
from store.analysis.number_starts import figure_starts
from store.analysis.owner_claims import owner_claim
from store.analysis.paragraph_labels import LABEL_OPENINGS, read_paragraph_label
from store.analysis.pleasantries import is_pleasantry
from store.analysis.quoted_paragraphs import (
    close_wrapped_quotation, continue_quotation, give_quotation_to, wrapped_quotation_owner,
)
from store.analysis.repeated_figures import fill_repeated_figures
from store.analysis.reporting_verbs import VerbHit, verb_hits
from store.analysis.same_figures import add_same_figure_claims
from store.analysis.revisions import earlier_figure_starts, rejected_figure_starts
from store.analysis.sentence_memo import sentence_anchors, sentence_figures
from store.analysis.sentences import split_sentences
from store.analysis.social_posts import reach_spans
from store.analysis.source_labels import closing_label, opening_label, relaying_label
from store.analysis.speakers import Speakers
from store.analysis.subject_spans import subject_spans
from store.analysis.subjects import SubjectTaxonomy
from store.analysis.table_rows import TableHead, is_table_row, read_table_row
from store.ids import claim_id
from store.models import Article, Claim, Figure, Passage, PassageKind

_CLAIM_KINDS = frozenset({PassageKind.BODY, PassageKind.BULLET, PassageKind.DEK})
_ATTRIBUTED_ONLY_KINDS = frozenset({PassageKind.CAPTION, PassageKind.HEADING})
_SET_APART_KINDS = frozenset({PassageKind.CAPTION, PassageKind.CREDIT, PassageKind.PULLQUOTE})

_LEADING_JOIN = re.compile(
    r"(?:[\s,;]*(?:and|while|though|although|but|whereas|with|as|even\s+as)\b|[，；、]\s*(?:而|但是?|然而|不过|可是)?)?[\s,;]*",
    re.IGNORECASE,
)
_LEADING_COORDINATOR = re.compile(r"(?:and|but)\b[\s,]*", re.IGNORECASE)
_OPENING_QUOTE = ('"', "“")
_OUR = re.compile(r"\b[Oo]ur\s")
_nearest_count_noun = nearest_count_noun  # its name before it moved to ``borrowed_nouns`` (a speed test imports it)
# A sentence's opening "One worker, " or "Two Ukrainian officers, ": a counted description before a name.
_APPOSITIVE_HEAD = re.compile(r"[“\"]?(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d{1,2})(?:\s+[\w’'-]+){1,3},\s+")
PROGRESS_EVERY = 2000  # passages, about a second: one pasted article of 200,000 paragraphs is minutes of work
# A list item's "2. " or bullet, or a thread's "1/" or "3/5": no word of the claim.
_LIST_NUMBER = re.compile(r"(?:\d{1,2}[.)]|\d{1,2}/\d{0,2}|[•◦▪‣])\s+(?=\S)")


def extract_claims(
    article: Article, subjects: SubjectTaxonomy, progress: Callable[[int], None] | None = None
) -> list[Claim]:
    """All claims of one article, in passage and sentence order; ``progress`` hears of passages done."""
    speakers = Speakers(article)
    claims: list[Claim] = []
    table_head: TableHead | None = None  # of the table being read; a passage that is no row ends it
    open_quotes: list[str] = []  # ids of the paragraphs of a quotation still open (no closing mark yet)
    wrapped_owner: str | None = None  # the speaker of a quotation the last paragraph left open mid-sentence
    post: SignedPost | None = None  # an embedded post being read: the article's thread resumes after it
    first_claim, thread = 0, ()
    for index, passage in enumerate(article.passages):
        if post is not None:
            end_post(claims, first_claim, post, speakers, thread)
        if progress is not None and index % PROGRESS_EVERY == 0:
            progress(index)
        if open_quotes and not passage.text.startswith(_OPENING_QUOTE):
            open_quotes = []  # a quotation's next paragraph opens with a quotation mark again
        kind = passage.kind
        speakers.passage_index = index
        if kind not in _SET_APART_KINDS:
            speakers.prose_index += 1
        if speakers.passage_speaker is not None or speakers.record_speaker is not None or kind == PassageKind.BODY and (
            passage.text.find(":", 0, 72) >= 0 or passage.text.startswith(HEARING_TITLES)  # "General Cavoli. …"
        ):
            speakers.start_passage(index, passage.text if kind == PassageKind.BODY else "")
        if kind not in _SET_APART_KINDS and passage.text.startswith(LABEL_OPENINGS):  # "Source: …", "Quote: "…""
            read_paragraph_label(passage.text, speakers)
        post = signed_post(article.passages, index) if kind == PassageKind.PULLQUOTE else None
        if kind not in _CLAIM_KINDS and kind not in _ATTRIBUTED_ONLY_KINDS and post is None:
            continue  # a pull-quote repeats the body, but an embedded post signed by its author is read as theirs
        attributed_only = kind in _ATTRIBUTED_ONLY_KINDS
        text = passage.text if post is None else passage.text[: post.end]
        first_claim = len(claims)
        if post is not None:
            thread = speakers_thread(speakers)
        if "ow many" in text and (question := text[: text.rindex("?") + 1] if "?" in text else embedded_question(text)):
            if (asked := asked_count(question)) is not None:  # (asked outright, or "disagree on how many were sent")
                speakers.asked = (asked, index, question)  # the answer's bare figure counts it
        if (speakers.list_source or speakers.list_count) and kind != PassageKind.BULLET and not is_list_item(text):
            speakers.list_source = speakers.list_count = None  # the list has ended
        if text.endswith(":") and kind == PassageKind.BODY:
            speakers.list_source = lead_in_source(text, speakers)
            speakers.list_count = lead_in_count(text, subjects)
        if "|" in text and is_table_row(text):
            found, table_head = read_table_row(passage, table_head, subjects, _classify)
            claims.extend(found)
            continue
        table_head = None
        # Find the cues once per passage; each sentence then only checks whether one falls inside it.
        found_verbs = verb_hits(text)
        verbs = attribution_starts(text, found_verbs)
        item = _LIST_NUMBER.match(text)
        if (label := opening_label(text[item.end() :] if item else text, speakers.text, speakers.full_name)) or (
            not verbs and (label := closing_label(text, speakers.text, speakers.full_name)) is not None
        ):
            verbs.append(0)  # "HUR: 11k troops now in Kursk", "Troops: 12,000 — NIS": the label is the first
            # sentence's attribution (a closing label that of a passage of one sentence)
        speakers.opening_label = label
        speakers.label_relay = relaying_label(text) if text.find(":", 0, 64) > 0 else None
        numbers = figure_starts(text) if verbs or not attributed_only else []  # in order
        if not verbs and not numbers:
            if not (text.startswith(_OPENING_QUOTE) and speakers.previous_claimant):
                speakers.previous_claimant = None
                continue  # nothing attributed and no figure: the common case, skipped cheaply
        verbs.sort()  # so each sentence finds its own cues by bisection
        # On one line, a sentence's verbs are the passage's verbs inside it: none crosses a sentence's
        # final stop.  Across a line break one can ("put it\nat 5,000"), so there each sentence finds its own.
        verb_offsets = [start for start, _end, _verb in found_verbs] if "\n" not in text else None
        for start, end in split_sentences(text):
            if start == 0 and item is not None and item.end() < end:
                start = item.end()  # "2. About 3,000 more followed": the claim starts at the sentence, not its number
            elif start > 0:
                speakers.opening_label = speakers.label_relay = None  # they name the first sentence's source only
                if kind == PassageKind.BODY and ":" in text[start : start + 48]:
                    speakers.start_turn(text[start:end], text[:start])  # "Q: How many …? KIRBY: We think …"
            attributing = bisect_left(verbs, start) < bisect_left(verbs, end)
            inside = [n - start for n in numbers[bisect_left(numbers, start) : bisect_left(numbers, end)]]
            if (not attributing and not inside and not text.startswith(_OPENING_QUOTE, start)) or is_pleasantry(
                text[start:end]
            ):  # nothing attributed and no figure, or only "Good morning, everyone." under a speaker's label
                speakers.previous_claimant = None  # what ``_sentence_claims`` concludes for such a sentence
                continue
            speakers.sentence_start = start
            own_verbs = None
            if attributing and verb_offsets is not None:
                first, last = bisect_left(verb_offsets, start), bisect_left(verb_offsets, end)
                own_verbs = [(a - start, b - start, verb) for a, b, verb in found_verbs[first:last]]
            first_new = len(claims)
            claims.extend(
                _sentence_claims(
                    passage, text[start:end], start, speakers, subjects, attributed_only, attributing, inside, own_verbs
                )
            )
            if first_new < len(claims) and may_name_figure_source(text[start:end]):  # "The figure comes from X"
                credit_figures_before(claims, first_new, (passage.id, article.passages[index - 1].id if index else ""))
            if speakers.quote_owner is not None and index:
                give_quotation_to(claims, article.passages[index - 1].id, speakers.quote_owner)
                speakers.quote_owner = None
        if kind == PassageKind.BODY and text.startswith(_OPENING_QUOTE):
            open_quotes = continue_quotation(claims, passage, open_quotes)
        if wrapped_owner is not None and kind == PassageKind.BODY:
            close_wrapped_quotation(claims, passage, wrapped_owner)  # '… sent "around 11,000' / '… wounded".'
        wrapped_owner = wrapped_quotation_owner(claims, passage) if kind == PassageKind.BODY else None
    if post is not None:
        end_post(claims, first_claim, post, speakers, thread)
    attribute_to_notes(claims, article)  # "… since August 2023.[1]": the note's source
    fill_repeated_figures(claims)  # "the NIS figure is 1,100": what the NIS's 1,100 counted before
    add_same_figure_claims(claims, article.passages)  # "…12,000, the same figure the NIS gave": the NIS's too
    make_ids_distinct(claims)
    return claims


def _sentence_claims(
    passage: Passage,
    sentence: str,
    offset: int,
    speakers: Speakers,
    subjects: SubjectTaxonomy,
    attributed_only: bool,
    attributing: bool,
    number_starts: list[int],
    verbs: list[VerbHit] | None,
) -> list[Claim]:
    anchors = sentence_anchors(sentence, verbs) if attributing else []
    resolved: list[tuple[Anchor, str | None]] = []
    for anchor in anchors:
        if anchor.kind == "according" and speakers.passage_speaker and _OUR.search(sentence, anchor.start, anchor.end):
            anchor = replace(anchor, via=speakers.passage_speaker)  # "Hwang: According to our NIS, …": Hwang relays
        claimant = speakers.resolve(anchor)
        if claimant:
            speakers.note(claimant, anchor)
        resolved.append((anchor, claimant))
    named = [(a, c) for a, c in resolved if c]
    if not named and sentence.startswith(_OPENING_QUOTE) and speakers.previous_claimant and not attributed_only:
        # A paragraph that only continues a quotation belongs to the speaker of the one before.
        named = [
            (Anchor(0, 0, "", speakers.previous_claimant, content="left", kind="continued"), speakers.previous_claimant)
        ]
    elif (
        not named
        and (passage.kind == PassageKind.BULLET or is_list_item(passage.text))
        and (source := item_label(passage.text) or speakers.list_source) is not None
    ):
        # "• South Korea: about 11,000 troops" is its label's; after "The report's main findings:", "• 4 million
        # shells …" is the lead-in's: an item that names no source of its own.
        named = [(Anchor(0, 0, "", source, kind="list"), source)]
    elif not named and (label := speakers.passage_speaker or speakers.opening_label):
        # A transcript's answer ("Okafor: Our best estimate is …") is its speaker's, sentence by sentence; a
        # label ("NIS — 3,000 more troops sent") gives its first sentence.
        named = [(Anchor(0, 0, "", label, kind="colon"), label)]
    speakers.previous_claimant = named[-1][1] if named else None
    if offset == 0 and named and named[0][0].kind == "assessment" and named[0][0].start <= 12:
        speakers.quote_owner = named[0][1]
    if attributed_only and not named:
        return []
    figures, best = (
        sentence_figures(sentence, number_starts, subjects, classify_in_sentence) if number_starts else ([], {})
    )
    if figures:
        # Numbers that count no claim: a post's reach ("A post shared 20,000 times claimed …") and who speaks.
        spans = reach_spans(sentence) + _speaker_spans(sentence, named)
        if spans:
            figures = [f for f in figures if not any(a <= f.start < b for a, b in spans)]
    if not figures and not named:
        return []
    if figures:
        count_from_context(sentence, figures, best, speakers, subjects)  # "the number had reached 14,000"
        if len(figures) > 1:
            forces_counted_among(sentence, figures, best)  # "4,000 killed among the 12,000 troops"
    claims: list[Claim] = []
    segments = claim_segments(sentence, named)
    # A bracket a speaker of its own owns ("… (the NIS says 1,100) …"): the words around it leave its figures to it.
    brackets = [(a, b) for a, b, _n, _c in segments[1:] if sentence[a : a + 1] == "(" and sentence[b - 1 : b] == ")"]
    for seg_start, seg_end, seg_anchor, claimant in segments:
        seg_figures = [f for f in figures if seg_start <= f.start and f.end <= seg_end and not any(
            a <= f.start < b and (a, b) != (seg_start, seg_end) for a, b in brackets)]
        if not seg_figures and claimant is None:
            continue
        # A later segment drops the word that joined it ("…, while Seoul said …"); the first drops only a
        # coordinating "And" or "But", since "As many as 15,000 …" or "While …, …" need their first word.
        lead = (_LEADING_JOIN if seg_start else _LEADING_COORDINATOR).match(sentence, seg_start, seg_end)
        text_start = lead.end() if lead else seg_start
        text_end = seg_end
        while text_end > text_start and sentence[text_end - 1] in " ,;、，；":
            text_end -= 1
        text = sentence[text_start:text_end]
        if not text.strip():
            continue
        if rejected := rejected_figure_starts(sentence, [f.start for f in seg_figures]):
            seg_figures = [f for f in seg_figures if f.start not in rejected]  # "…, not 10,000 as first reported"
        wholes = _wholes_of_shares(sentence, seg_figures, best)
        earlier = earlier_figure_starts(sentence, [f.start for f in seg_figures]) if len(seg_figures) > 1 else ()
        ordered = lead_order(sentence, seg_figures, best, wholes, earlier)
        subject = best.get(id(ordered[0]), (None, 0.0))[0] if ordered else None
        others = _other_subjects(ordered, best, subject, wholes)
        if others:
            ordered = [f for f in ordered if not any(f in group for group in others.values())]
        # One sentence counting several subjects: each claim gets the words of its own figures.
        spans = subject_spans(sentence, text_start, text_end, [(subject, ordered), *others.items()]) if others else {}
        placed = [_shift(f, text_start) for f in ordered]
        claim_start = offset + text_start
        via = speakers.relay(claimant, seg_anchor, text) if claimant and seg_anchor is not None else None
        if via is None and claimant and speakers.label_relay not in (None, claimant):
            via = speakers.label_relay  # "Yonhap: NIS says …"
        if via is not None and claimant is not None:
            speakers.note_relay(via, claimant)
        claims.append(
            Claim(
                id=claim_id(passage.id, claim_start),
                article_id=passage.article_id,
                passage_id=passage.id,
                text=text,
                start=claim_start,
                end=offset + text_end,
                claimant=claimant,
                via=via,
                subject=subject,
                hedged=(hedged := is_hedged(text)),
                figures=placed,
                # Every denial word but a correction's and a "called it …" is a hedge word: most claims skip the test.
                denied=is_denial(text) if hedged or may_deny_unhedged(text) else False,
            )
        )
        main = claims[-1]
        if main.denied:
            main.hedged = hedges_besides_rejection(text)  # a denial rejects the figure; it does not hedge it
            # "Moscow denied …, which Kyiv puts at 11,000": Kyiv asserts its figure, and no hedge
            main.denied = seg_anchor is None or not denial_is_anothers(sentence, seg_anchor.start)
        for other_subject, group in others.items():
            # "11,000 combat troops, plus several thousand engineers": each subject its own claim, so the
            # engineers are listed with the workers sent, not folded into a count of troops.
            low, high = spans[other_subject]
            figures_of = [_shift(f, low) for f in group]
            # A part of its own starts the claim's id; a whole sentence shared with the main claim cannot.
            at = offset + low if low != text_start else offset + text_start + figures_of[0].start
            part = replace(main, id=claim_id(passage.id, at), text=sentence[low:high], start=offset + low,
                           end=offset + high, subject=other_subject, figures=figures_of)
            if seg_anchor is not None and seg_anchor.kind in ("verb", "bracket") and seg_anchor.content == "left" and (
                low >= seg_anchor.end
            ):
                # "…, KIDA estimated, while 11,000 of its troops are fighting there", "100 missiles (Ukraine's
                # figure) and 12 million shells": past a trailing attribution the words are the article's own again.
                part.claimant = part.via = None
                part.hedged = is_hedged(part.text)
                part.denied = part.denied and part.hedged and is_denial(part.text)
            claims.append(part)
        if subject is not None:
            speakers.last_counted = (placed[0].unit, subject, speakers.prose_index)
        if main.denied and placed and (owned := owner_claim(main, speakers, False)) is not None:
            owned.hedged = is_hedged(owned.text)  # "rejected Seoul's assertion that 11,000 …": Seoul's claim too
            claims.append(owned)
        if spans and spans[subject] != (text_start, text_end):
            _narrow(main, sentence, offset, text_start, spans[subject])
    return claims


def _other_subjects(
    ordered: list[Figure], best: dict[int, tuple[str | None, float]], subject: str | None, wholes: set[int]
) -> dict[str, list[Figure]]:
    """The figures of a claim that count another subject than its main figure, by subject.

    The whole a share is taken of ("40% of the 10 million shells") stays with its share.
    """
    others: dict[str, list[Figure]] = {}
    for figure in ordered[1:]:
        other = best.get(id(figure), (None, 0.0))[0]
        if other is not None and other != subject and id(figure) not in wholes:
            others.setdefault(other, []).append(figure)
    return others


def _speaker_spans(sentence: str, named: list[tuple[Anchor, str | None]]) -> list[tuple[int, int]]:
    """Where the sentence names its speakers: a number there says who speaks, not what they claim.

    "Three soldiers told Reuters that 200 …": the speaker's own words, not the anchor's whole span, which
    may hold the claim ("the NIS has estimated 4,700", "A figure of 1,100 was given by …").  "One worker,
    Kim Kyong Hui, told CBS News that …": a counted description set off before the name, where the claim
    follows the speaker.
    """
    spans: list[tuple[int, int]] = []
    for anchor, _ in named:
        if not anchor.raw or (at := sentence.find(anchor.raw, anchor.start)) < 0:
            continue
        spans.append((at, at + len(anchor.raw)))
        if at and anchor.content == "right" and _APPOSITIVE_HEAD.fullmatch(sentence, 0, at):
            spans.append((0, at))
    return spans


def _narrow(claim: Claim, sentence: str, offset: int, was_start: int, span: tuple[int, int]) -> None:
    """Cut ``claim`` (which starts at ``was_start`` in ``sentence``) down to the words of ``span``."""
    low, high = span
    for figure in claim.figures:
        _shift(figure, low - was_start)
    claim.text, claim.start, claim.end = sentence[low:high], offset + low, offset + high


def _shift(figure: Figure, by: int) -> Figure:
    figure.start -= by
    figure.end -= by
    return figure
