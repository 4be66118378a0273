"""Who says it: the attributions in one sentence.

An attribution ("anchor") is found from its verb or preposition and then the
claimant's words are read beside it:

* "X said / told Y / estimated / reported / warned / believes …" — X is the noun
  phrase before the verb; "X, <role>, said" and "<role>, X, said" pick the name;
  "X, who …, said" skips the relative clause;
* inverted: '"…," said Wallace Gregson' and "…, says South Korea" (``inverted_speakers``);
* "according to X", ", per X", "cited by X", "with reports suggesting that",
  "a figure of 1,100 was given by X", "the figure was put at 12,000 by X",
  "by X's estimate", "X has information that …", "That was the assessment of X"
  (which also makes the quotation just before X's);
* chains: "X, citing Y, reported", "X, quoting Y, said" and "according to X, citing Y" make Y the claimant
  and X the relay (``via``); "X told Bloomberg News" and "in an interview with X" make the outlet the relay;
  stacked speakers ("A said B assesses …", "…, the lawmaker told reporters") are folded in ``anchor_folding``;
* denials open an attribution too ("Moscow denied that …", "rejected the
  figure", "called the claims 'fake'"), but only when something said is denied
  (``denials``); "The ISW estimate of 10,000 …" and "RUSI's figure of 15,000"
  are their owners'; "A post shared 20,000 times on Telegram claimed" is an unnamed post relayed by its
  platform (``social_posts``); "…, who said" after a person's name is that person's (``clause_subjects``).

Each anchor also says on which side of it the claimed content lies, so a sentence carrying two claimants
can be cut into one claim per claimant.  Pronouns ("he said") are left for the caller, which knows the
speakers so far.  A negated verb ("did not say how many") says nothing (``negated_reports``).
"""

from __future__ import annotations

import re

from store.analysis.anchor_folding import fold_speakers, fold_trailing_sources
from store.analysis.anchors import Anchor
from store.analysis.attribution_cues import ACCORDING, COLON_SPEAKER, colon_speaker_fits, per_matches
from store.analysis.briefed_sources import fold_briefed_speakers
from store.analysis.clause_anchors import infinitive_anchor, is_singular_indefinite, participle_anchor
from store.analysis.clause_anchors import published_statement
from store.analysis.cited_relays import fold_passed_on_sources
from store.analysis.claimants import PRONOUNS, clean_claimant
from store.analysis.clause_subjects import (
    clause_pronoun, coordinated_subject, past_possessive, past_relative_clause,
    relative_clause_speaker,
)
from store.analysis.coreference import STAFF_NOUNS, is_definite_coref
from store.analysis.denials import DENIAL_VERBS, denial_object_follows
from store.analysis.described_figures import described_figures
from store.analysis.european_attribution import european_anchors
from store.analysis.figure_sources import figure_sources
from store.analysis.foreign_attribution import foreign_anchors
from store.analysis.foreign_figures import has_foreign_letters
from store.analysis.gapped_clauses import gapped_speakers
from store.analysis.generic_sources import generic_claimant, is_demonym, unowned_estimate
from store.analysis.inverted_speakers import inverted_anchor, is_inverted
from store.analysis.prepositional_anchors import prepositional_anchor
from store.analysis.passive_sources import (
    POINTING_BACK,
    assessment_of,
    by_owners_estimate,
    given_by,
    owned_figures,
    put_by_anchors,
    quoted_anchors,
)
from store.analysis.negated_reports import words_before_said
from store.analysis.object_relatives import compared_speaker, object_speaker, speaker_of_object
from store.analysis.phrase_ends import content_side, right_np_end
from store.analysis.phrases import (
    OWN_VOICE,
    VerbHit,
    left_noun_phrase,
    plausible_source,
    strip_trailing_adverbs,
    verb_hits,
)
from store.analysis.relayed_confirmations import fold_as_relayed, fold_relayed_confirmation, fold_set_off_source
from store.analysis.given_figures import given_figure_anchors
from store.analysis.relays import attach_relays, compiler_of_cited_counts
from store.analysis.social_posts import post_subject, posted_speaker
from store.analysis.source_labels import bracket_sources
from store.analysis.trailing_relays import fold_trailing_relay

_CONTRACTED_PRONOUN = re.compile(r"^(i|we|he|she|they|you)['’](?:d|ll|m|ve|re)$")
_FAMILIAR_TAIL = (" familiar ", " close to ", " briefed ", " with knowledge ")
_TOLD = frozenset({"told", "tells", "tell"})
_ING_VERBS = frozenset({"saying", "telling", "suggesting", "claiming", "reporting", "estimating", "warning", "denying",
                        "dismissing", "rejecting"})
# "was saying", "are now claiming": a progressive is a finite verb with a subject of its own, not a participle.
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|am)\s+(?:(?:also|still|now|already|publicly|openly)\s+)?$")
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s"})
# Reporting verbs whose bare form is also a noun ("a casualty estimate", "an initial report").
_BARE_NOUN_FORMS = frozenset({"estimate", "report", "claim", "say", "assessment", "note", "state"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
_STAFF_OWNERS = {"its": "it", "their": "they"}  # "its analysts", "their researchers": the body's staff
_TRAILING_PARTICIPLES = frozenset({"saying", "claiming", "warning", "telling", "estimating"})
# Reporting verbs whose "-s" form is also a plural noun, and the verbs such a noun is the subject of.
_PLURAL_NOUN_FORMS = frozenset({"estimates", "reports", "claims", "notes", "states"})  # "the two states have said"
_NOUN_FORMS = _PLURAL_NOUN_FORMS | _BARE_NOUN_FORMS
_NOUN_LEADS = frozenset("over amid despite following of about on after before against with without".split())
# "citing intelligence reports", "quoting Western estimates": one or two words after a citing verb, then the noun.
_CITED_NOUN = re.compile(r"\b(?:citing|quoting)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_NOUN_VERB_NEXT = re.compile(r"\s+(?:comes?|came|is|was|has|had|of|from|by|for)\b")
_VERB_NEXT = re.compile(
    r"\s+(?:put|puts|show|shows|showed|suggest|suggests|suggested|say|said|indicate|indicates|indicated|place|"
    r"placed|estimate|estimated|found|claim|claimed|vary|varied|range|ranged|have|had|were|are)\b"
)
_THE = re.compile(r"^[Tt]he\s+")
# "with analysts saying …", "despite UN monitors counting 20 ships …": a source speaking inside a phrase.  The
# "\b" before "with" is a look-behind after its first letter: opening with a letter, ``re`` skips to it in C.
_WITH_ING = re.compile(
    r"(?:w(?<!\w.)ith|D(?<!\w.)espite|d(?<!\w.)espite)\s+(?P<np>(?:[\w'’-]+\s+){1,6}?)"
    r"(?P<verb>saying|suggesting|claiming|reporting|estimating|warning|indicating|counting|"
    r"putting|placing|pegging|assessing|believing)\b"  # "…, with Kyiv putting it at 12,000"
)


def find_anchors(sentence: str, verbs: list[VerbHit] | None = None) -> list[Anchor]:
    """Every attribution in ``sentence``, in order, overlapping ones removed.

    ``verbs`` is ``verb_hits(sentence)`` when the caller has it already (from its passage's hits).
    """
    # A Korean, Japanese or Russian sentence's speaker, or a German, French or Spanish one ("laut …", "selon …").
    anchors = foreign_anchors(sentence) if has_foreign_letters(sentence) else european_anchors(sentence)
    anchors += posted_speaker(sentence) + gapped_speakers(sentence)  # 'Kovalenko, …, on Telegram: "…"', "; Seoul, 12,000"
    taken: list[tuple[int, int]] = [(a.start, a.end) for a in anchors]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for anchor in given_figure_anchors(sentence) if " the " in sentence else ():  # "below the 3,000 Kyiv gave"
        if free(anchor.start, anchor.end):
            anchors.append(anchor)
            taken.append((anchor.start, anchor.end))
    for match in ACCORDING.finditer(sentence) if "ccording" in sentence else ():
        anchor = prepositional_anchor(sentence, match.start(), match.end(), "according")
        if anchor:
            anchors.append(anchor)
            taken.append((anchor.start, anchor.end))
    for match in per_matches(sentence):  # none unless ``may_hold_per``
        anchor = prepositional_anchor(sentence, match.start("per"), match.end(), "per")
        if anchor and free(anchor.start, anchor.end):
            anchors.append(anchor)
            taken.append((anchor.start, anchor.end))
    for match in COLON_SPEAKER.finditer(sentence) if ":" in sentence else ():
        raw = match.group("name")
        claimant = clean_claimant(raw)
        if (
            claimant
            and colon_speaker_fits(match, claimant)
            and free(match.start("name"), match.end())
        ):
            anchors.append(Anchor(match.start("name"), match.end() - 1, raw, claimant, kind="colon"))
            taken.append((match.start("name"), match.end()))
    for start, end, raw, claimant in bracket_sources(sentence) if "(" in sentence or "[" in sentence else ():
        if free(start, end):  # "11,000 (NIS) to 12,000 (HUR)", "[source: Pentagon]": the words before are theirs
            anchors.append(Anchor(start, end, raw, claimant, content="left", kind="bracket"))
            taken.append((start, end))
    if "quoted" in sentence:
        for anchor in quoted_anchors(sentence):
            if free(anchor.start, anchor.end):
                anchors.append(anchor)
                taken.append((anchor.start, anchor.end))
    for start, end in given_by(sentence) if " by " in sentence else ():
        # "A figure of 1,100 casualties was given by South Korea's intelligence service": the agent's figure.
        if compiler_of_cited_counts(sentence, start):
            continue  # "…, citing figures compiled by HUR": the citation's source (``relays.citations``)
        anchor = prepositional_anchor(sentence, start, end, "cited by")
        if anchor and free(anchor.start, anchor.end):
            anchors.append(anchor)
            taken.append((anchor.start, anchor.end))
    for anchor in put_by_anchors(sentence) if " at " in sentence and " by " in sentence else ():
        if free(anchor.start, anchor.end):  # "put at 11,000 by Seoul and 12,000 by Washington"
            anchors.append(anchor)
            taken.append((anchor.start, anchor.end))
    for start, end, owner in owned_figures(sentence):
        # "The ISW estimate of 10,000 to 12,000 troops is based on …": the owner's figure.
        claimant = clean_claimant(owner)
        if claimant and plausible_source(owner) and not is_demonym(_THE.sub("", owner)) and free(start, end):
            anchors.append(Anchor(start, end, owner, claimant, kind="owned"))
            taken.append((start, end))
    for anchor in described_figures(sentence):  # "The estimate, which US officials described as …"
        if free(anchor.start, anchor.end):
            anchors.append(anchor)
            taken.append((anchor.start, anchor.end))
    for start, end in assessment_of(sentence) if sentence.startswith(POINTING_BACK) else ():
        # "That was the assessment of X": X's words, those just before included (see ``extract_claims``).
        anchor = prepositional_anchor(sentence, start, end, "assessment")
        if anchor and free(anchor.start, anchor.end):
            anchors.append(anchor)
            taken.append((anchor.start, anchor.end))
    for start, end in figure_sources(sentence):  # "The figure comes from a RUSI assessment" (see ``extract_claims``)
        if (anchor := prepositional_anchor(sentence, start, end, "figure source")) and free(anchor.start, anchor.end):
            anchors.append(anchor)
            taken.append((anchor.start, anchor.end))
    for start, end, owner in by_owners_estimate(sentence) if "'s " in sentence or "’s " in sentence else ():
        # "By Ukraine's estimate, as many as 15,000 …": the owner's figure, like "according to Ukraine".
        opening = len(sentence[:start].split()) <= 3 and sentence.startswith(",", end)
        if owner.split()[-1][:1].islower():  # "In the colonel's words": the colonel named before
            if is_definite_coref(owner) and free(start, end):
                anchors.append(Anchor(start, end, owner, None, pronoun=owner.lower(),
                                      content="right" if opening else "left", kind="by"))
                taken.append((start, end))
            continue
        claimant = clean_claimant(owner)
        if claimant and plausible_source(owner) and not is_demonym(_THE.sub("", owner)) and free(start, end):
            anchors.append(Anchor(start, end, owner, claimant, content="right" if opening else "left", kind="by"))
            taken.append((start, end))
    for match in _WITH_ING.finditer(sentence) if "with " in sentence or "espite " in sentence else ():
        np = match.group("np").strip()
        claimant = clean_claimant(np)
        if claimant and plausible_source(np) and free(match.start(), match.end()):
            anchors.append(Anchor(match.start("np"), match.end(), np, claimant, kind="with"))
            taken.append((match.start(), match.end()))
    for verb_start, verb_end, verb in verb_hits(sentence) if verbs is None else verbs:
        if not free(verb_start, verb_end) or (verb == "briefed" and sentence.startswith((" by ", " from "), verb_end)):
            continue  # "lawmakers briefed by the NIS said": the speaker's description (see ``briefed_sources``)
        if verb.lower() in _ING_VERBS and (progressive := _PROGRESSIVE.search(sentence, 0, verb_start)):
            anchor = _verb_anchor(sentence, progressive.start(), verb_end, verb)  # "Kyiv was saying 12,000"
        elif verb.lower() in _ING_VERBS:
            if not published_statement(sentence, verb_start) and (  # "X issued a statement saying …"
                verb.lower() not in _TRAILING_PARTICIPLES or not sentence.startswith(", ", verb_start - 2)
            ):
                continue
            anchor = participle_anchor(sentence, verb_start, verb_end)  # "X dismissed the denial, saying …"
        elif verb.endswith("ed") and sentence[verb_end : verb_end + 4] == " by ":
            if compiler_of_cited_counts(sentence, verb_start):
                continue  # "…, citing figures compiled by HUR": the citation's source (``relays.citations``)
            # "the 1,100 casualties reported by the NIS", "was cited by …": the agent says it.
            anchor = prepositional_anchor(sentence, verb_start, verb_end + 4, "cited by")
        else:
            anchor = _verb_anchor(sentence, verb_start, verb_end, verb)
        if anchor and free(anchor.start, anchor.end):
            anchors.append(anchor)
            taken.append((anchor.start, anchor.end))
    anchors = fold_passed_on_sources(sentence, anchors)
    if ", as " in sentence:
        anchors = fold_as_relayed(sentence, anchors)  # "…, the Pentagon said, as cited by CNN"
    if ", according to " in sentence:
        anchors = fold_set_off_source(sentence, anchors)  # "The DIA, according to a US official, believes …"
    if len(anchors) < 2:
        attach_relays(sentence, anchors)
        return fold_briefed_speakers(sentence, anchors)  # one attribution or none: no speakers to fold
    anchors.sort(key=lambda a: a.start)
    if "ccording" in sentence:
        anchors = fold_trailing_relay(sentence, anchors)  # "…, according to the NIS, Lee said."
    if "confirm" in sentence:
        anchors = fold_relayed_confirmation(sentence, anchors)  # "According to Yonhap, … was confirmed by X"
    anchors = fold_trailing_sources(sentence, anchors)
    attach_relays(sentence, anchors)
    return fold_briefed_speakers(sentence, fold_speakers(sentence, anchors))


# --- the anchors ----------------------------------------------------------------------------


# "which the JCS put at …", "troops, whose number Seoul puts at …"
_RELATIVE_OBJECT = re.compile(
    r"\b(?:which|that|whose\s+(?:number|numbers|strength|size|toll|total))\s+(?:[\w'’.-]+\s+){1,5}$"
)
# "Kyiv accused Pyongyang of sending …": an accusation asserts what the accused did.
_AFTER_TOLD = re.compile(r"(?:[A-Z][\w'’.&-]*\s+){1,4}(?=(?:the|a|an)\s)")  # whom: "(told) CNN the Pentagon"
_COUNTED_ON = re.compile(r"\s+(?:on|upon|among|as|for|towards?|against|in|out)\b")
_ACCUSED_OF_DOING = re.compile(r"\s+(?:[\w'’.-]+\s+){1,5}?of\s+(?:\w+\s+)?\w+ing\b")


# A figure named, then whoever changed it, with no "that": the figure is the verb's object, not its speaker.
_FIGURE_OBJECT_LEAD = re.compile(
    r"(?:(?:a|the|that|this)\s+)?(?:figure|number|estimate|count|toll|tally)\s+(?:that\s+|which\s+)?(?=\S)"
)


def _verb_anchor(sentence: str, verb_start: int, verb_end: int, verb: str) -> Anchor | None:
    before = sentence[:verb_start]
    if verb not in DENIAL_VERBS and (before := words_before_said(before, sentence, verb_end)) is None:
        return None  # "It did not say how many were intercepted": nothing is said ("did not deny": see denials)
    stripped = strip_trailing_adverbs(before)
    last = stripped.rsplit(None, 1)
    previous = last[-1].lower() if last else ""
    if previous in _BE or previous.endswith("n't") and previous[:-3] in _BE:
        if verb == "told" and previous in ("was", "were"):
            return _told_recipients(sentence, stripped, verb_end)  # "Lawmakers were told that …"
        return None  # passive: "is believed", "were reported"
    if last and last[-1] in ("a", "an", "the"):  # as written: "Cho Won An said" ends with a name
        return None  # "an estimated 40%", "the reported 1,100": an adjective or a noun after an article
    if verb[:3] == "put" and verb.split()[1] == "at" and not _RELATIVE_OBJECT.search(stripped):
        return None  # "the deployment, put at 11,000 by Seoul": only "which the JCS put at 14,000" owns the figure
    if previous == "to" and verb in ("estimate", "calculate", "conclude", "say"):
        return infinitive_anchor(sentence, stripped, verb_start, verb_end)
    if verb in _PLURAL_NOUN_FORMS and (
        _VERB_NEXT.match(sentence, verb_end) or (last and is_demonym(last[-1])) or sentence.startswith(" of ", verb_end)
    ):
        return None  # "Western estimates put …", "of Western estimates;", "earlier reports of 15,000": a noun
    if verb in _NOUN_FORMS and previous.endswith(("'s", "’s")) and previous not in ("it's", "it’s"):
        return None  # "rejected Ukraine's claim that …", "Seoul's estimates": a possessive makes it a noun
    if verb in _NOUN_FORMS and previous in _NOUN_LEADS:
        return None  # "traded accusations over reports that …", "amid claims that …": a noun after a preposition
    if verb in _PLURAL_NOUN_FORMS and _CITED_NOUN.search(stripped) is not None:
        return None  # "told the FT, citing intelligence reports, that …": what is cited, a noun
    if verb in _BARE_NOUN_FORMS and _NOUN_VERB_NEXT.match(sentence, verb_end):
        return None  # "The highest official estimate comes from …": the noun is the subject of the next verb
    if verb == "counted" and _COUNTED_ON.match(sentence, verb_end):
        return None  # "Moscow has counted on North Korean shells": relied on, not a count
    if verb[:3] == "acc" and _ACCUSED_OF_DOING.match(sentence, verb_end) is None:
        return None  # "accused Pyongyang of sending 8,000 troops" asserts a deed; "accused of 'forces'" nothing
    if verb in DENIAL_VERBS and not denial_object_follows(sentence, verb_end):
        return None  # "Ukraine rejected the peace plan": nothing said is denied, so nobody is quoted
    if is_inverted(stripped) and verb not in ("told", "tells", "tell"):
        inverted = inverted_anchor(sentence, verb_start, verb_end)
        if inverted is not None or not stripped.rstrip().endswith(","):
            return inverted
    post = post_subject(stripped)
    if post is not None:  # "A post shared 20,000 times on Telegram claimed …": the post, relayed by its platform
        post_start, post_words, post_claimant, platform = post
        content = content_side(sentence, verb_end)
        return Anchor(post_start, verb_end, post_words, post_claimant, via=platform, content=content)
    found = left_noun_phrase(stripped)
    if found is None:
        found = coordinated_subject(stripped) or relative_clause_speaker(stripped)
    if found is None:
        return None
    np_start, np_text = past_possessive(*clause_pronoun(*past_relative_clause(stripped, found)))
    if (lead := _FIGURE_OBJECT_LEAD.match(np_text)) is not None:  # "a figure Seoul's ministry later revised to …"
        np_start, np_text = np_start + lead.end(), np_text[lead.end() :]
    elif np_text[:1].islower() and " " in np_text and stripped[:np_start].rstrip().endswith("whose"):
        cut = np_text.index(" ") + 1  # "whose size Washington puts at …": the noun is what is measured
        np_start, np_text = np_start + cut, np_text[cut:]
    if compared_speaker(stripped, np_start, np_text):
        return None  # "twice as many as Russia admits": the standard of a comparison, no figure of its own
    if (told := _AFTER_TOLD.match(np_text)) and stripped[:np_start].rstrip().endswith(("told", "tells")):
        np_start, np_text = np_start + told.end(), np_text[told.end() :]  # "told CNN the Pentagon believed": past CNN
    if (speaker := object_speaker(stripped, np_start, np_text)) is not None:  # "not the 110,000 Kyiv claimed"
        return speaker_of_object(speaker[0], verb_end, speaker[1])
    lower = np_text.lower().strip()
    if not lower:
        return None
    if lower[-2:-1] in ("'", "’") or lower[-3:-2] in ("'", "’"):
        lower = _CONTRACTED_PRONOUN.sub(r"\1", lower)  # "I'd say", "we'll estimate": the pronoun speaks
    if verb in _BARE_NOUN_FORMS and is_singular_indefinite(stripped):
        return None  # "declined to give a casualty estimate": a noun; no verb agrees with "a …" bare
    if np_text.split()[0] in OWN_VOICE:
        return None  # "we estimate", "our analysis suggests": the article's own voice
    if lower.split()[0] in _POSSESSIVE_PRONOUNS:
        owner = _STAFF_OWNERS.get(lower.split()[0]) if len(lower.split()) == 2 else None
        if owner is not None and lower.split()[1] in STAFF_NOUNS:  # "Its experts believe …": the body's own
            return Anchor(np_start, verb_end, np_text, None, pronoun=owner, content=content_side(sentence, verb_end))
        return None  # "His comments suggest that …": whose comments is a guess, and the inference the writer's
    content = content_side(sentence, _after_addressee(sentence, verb_end) if verb in _TOLD else verb_end)
    if lower in PRONOUNS or is_definite_coref(np_text.strip()):
        return Anchor(np_start, verb_end, np_text, None, pronoun=lower, content=content)
    if not plausible_source(np_text):
        return None
    claimant = clean_claimant(np_text)
    if stripped.startswith(_FAMILIAR_TAIL, np_start + len(np_text)):
        # "People familiar with the matter said": the phrase ends before "familiar", the source does not.
        claimant = generic_claimant(stripped[np_start:]) or clean_claimant(stripped[np_start:]) or claimant
    if not claimant:
        return None
    people, noun = (claimant.rsplit(" ", 1) + [""])[:2]  # "Ukrainian estimate": whose, and the noun they own
    if (verb in _NOUN_FORMS or np_text.rsplit(None, 1)[-1].lower() in _NOUN_FORMS) and (
        is_demonym(claimant) or (noun.lower() in _BARE_NOUN_FORMS and is_demonym(people))
    ):
        return None  # "A Ukrainian estimate puts …", "rejected the South Korean estimate": a people names nobody
    if unowned_estimate(np_text):
        return None  # "(some estimates put the figure at 15,000)": whose estimates, the words do not say
    return Anchor(np_start, verb_end, np_text, claimant, content=content)


# What a recipient was told: a clause or a figure ("were told that …", "was told 300 had died"), not "told to leave".
_HEARD = re.compile(r"\s+(?:that\b|(?:(?:about|around|some|roughly|nearly|more\s+than|up\s+to)\s+)?\d)")


def _told_recipients(sentence: str, stripped: str, verb_end: int) -> Anchor | None:
    """"Lawmakers were told that …": who was told passes on what they heard, its teller unnamed."""
    if not _HEARD.match(sentence, verb_end):
        return None
    head = stripped.rstrip()
    found = left_noun_phrase(head[: head.rfind(" ") + 1]) if " " in head else None
    if found is None or found[1].lower() in PRONOUNS or not plausible_source(found[1]):
        return None
    claimant = clean_claimant(found[1])
    return Anchor(found[0], verb_end, found[1], claimant, content=content_side(sentence, verb_end)) if claimant else None


def _after_addressee(sentence: str, verb_end: int) -> int:
    """'told reporters after a briefing': where the content side is read, past whom the speaker told."""
    start = verb_end + len(sentence[verb_end:]) - len(sentence[verb_end:].lstrip())
    if sentence.startswith("that ", start):
        return verb_end
    if (pronoun := _OBJECT_PRONOUN.match(sentence, start)) is not None:
        return pronoun.end()  # "told me 15,000": the figure after the pronoun is what was told
    return right_np_end(sentence, start)


_OBJECT_PRONOUN = re.compile(r"(?:me|us|him|her|them|you)\b")
