"""Who says it, in German, French, Spanish, Italian, Portuguese, Dutch and Swedish wire copy.

European agencies (dpa, AFP, EFE, ANSA, Lusa, ANP, TT) attribute as English does, with their
own words: "laut X", "nach Angaben des X" and "nach Einschätzung des X" ("according
to X"), "selon X" and "d'après X", "según X" and "de acuerdo con X", "secondo X",
"segundo X" and "de acordo com X", "volgens X", "enligt X", Norwegian and Danish "ifølge X"; French
and Spanish also put the speaker after its verb ("…, a indiqué mercredi le
renseignement sud-coréen", "según informó este miércoles el Servicio …"), and
all three name a speaker before a verb of saying or denying ("Der Kreml
bestreitet …", "Le Pentagone estime que …", "El Kremlin niega …").

The speaker is the noun phrase the cue names, without its article: a person's
name where the phrase ends with one ("le président ukrainien Volodymyr
Zelensky" is Volodymyr Zelensky), a known acronym where the phrase brackets one
("el Servicio Nacional de Inteligencia (NIS)" is the NIS).
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import aliased
from store.analysis.terms import trie_pattern

# Cheap test first: a sentence with none of these words has no European attribution (a trie behind one non-word
# character, which ``re`` skips to in C; see ``may_attribute``).
_CUES = """laut nach_Angaben nach_Einschätzung nach_Schätzungen nach_Informationen nach_Erkenntnissen selon
    d'après d’après según de_acuerdo_con a_indiqué a_déclaré a_affirmé a_annoncé a_estimé a_précisé a_assuré informó
    indicó afirmó aseguró declaró dijo señaló sagte sagten erklärte betonte schätzt schätzte berichtete teilte
    bestreitet dementiert geht_von gehen_von estime affirme dément nie calcula estima afirma asegura niega desmiente avancé avancée
    estiment affirment démentent nient évalue évaluent dementierte bestritt schätzen calculan estiman afirman niegan
    desmintió negó estimó calculó secondo segundo de_acordo_com volgens enligt ha_dichiarato ha_affermato ha_detto
    ha_riferito ha_spiegato disse afirmou declarou informou zei zegt uppger sade ritiene ritengono stima stimano
    afferma sostiene nega estimam afirmam negou schat schatten säger uppskattar ifølge meddelar bedömer hävdar förnekar
    skriver
    zufolge a_confirmé confirmó bestätigte évoque évoquent avance avancent parle parlent habla hablan spricht sprechen geht gehen
    avancés avancées cité citée cités citées fourni fournie fournis publié publiée publiés citado citada citados
    citadas ofrecido ofrecida ofrecidos ofrecidas difundido difundida difundidos difundidas"""
_CUES = _CUES.replace("_", " ").split()
_CUE_WORDS = re.compile(rf"\W(?:{trie_pattern([*_CUES, *(c[:1].upper() + c[1:] for c in _CUES)])})\b")
_ACCORDING = re.compile(
    r"(?:\b[Ll]aut|\b[Nn]ach\s+(?:Angaben|Einschätzung|Schätzungen|Informationen|Erkenntnissen)|\b[Ss]elon"
    r"|\b[Dd]['’]après|\b[Ss]egún(?:\s+(?:informó|indicó|afirmó|aseguró|declaró|dijo|señaló))?|\b[Dd]e\s+acuerdo\s+con"
    r"|\b[Ss]econdo|\b[Ss]egundo|\b[Dd]e\s+acordo\s+com|\b[Vv]olgens|\b[Ee]nligt|\b[Ii]følge)"
    r"\s+"
)
# "…, a indiqué mercredi le renseignement sud-coréen", "…, sagte der NIS": the speaker after its verb (and a day).
_AFTER_VERB = re.compile(
    r",\s+(?:a|ont)\s+(?:indiqué|déclaré|affirmé|annoncé|estimé|précisé|assuré|confirmé)\s+|,\s+(?:informó|indicó|"
    r"afirmó|aseguró|declaró|dijo|señaló|confirmó)\s+|,\s+(?:sagte|sagten|erklärte|betonte|schätzte|berichtete|teilte|"
    r"bestätigte)\s+"
    r"|,\s+ha(?:nno)?\s+(?:dichiarato|affermato|detto|riferito|spiegato)\s+|,\s+(?:disse|afirmou|declarou|informou)\s+"
    r"|,\s+(?:zei|zegt|uppger|sade|säger|meddelar|skriver|hävdar)\s+"
)
# "Selenskyj zufolge …", "…, dem südkoreanischen Geheimdienst zufolge, …", "Angaben Kiews zufolge": the speaker
# before its postposition (German "according to"), at the start of the sentence or after a comma.
_ZUFOLGE = re.compile(
    r"(?:^|,\s+)(?:(?:Angaben|Schätzungen|Informationen|Erkenntnissen)\s+)?"
    r"(?P<name>(?:[\wäöüß-]+\s+){0,3}?[A-ZÄÖÜ][\w-]*)\s+zufolge\b"
)
_NO_ZUFOLGE_SPEAKER = re.compile(r"^(?:[Dd]ies|[Jj]en)\w*\b|(?:[Bb]ericht|[Mm]eldung|[Aa]ngabe|[Ii]nformation)\w*$")
# "laut Yonhap unter Berufung auf den NIS", "selon l'agence Yonhap, citant le NIS", "según Yonhap, que cita al
# NIS", "segundo a Yonhap, citando o NIS", "secondo Yonhap, che cita il NIS": the wire relays the one it cites.
_CITING = re.compile(
    r",?\s+(?:unter\s+Berufung\s+auf|citant|qui\s+cite|citando(?:\s+al?)?|que\s+cit(?:a|ó)(?:\s+al?)?|che\s+cita"
    r"|onder\s+verwijzing\s+naar)"
    r"\s+"
)
# "le chiffre de 12 000 soldats avancé par Séoul", "las cifras ofrecidas por Kiev": a figure's agent owns it.
_AGENT = re.compile(
    r"\s(?:avancé|cité|fourni|publié)e?s?\s+par\s+|\s(?:citad|ofrecid|difundid)[oa]s?\s+por\s+"
)
# "Der Kreml bestreitet …", "Le Pentagone estime pour sa part que …", "El Pentágono, por su parte, calcula que …".
_BEFORE_VERB = re.compile(
    # "El presidente ucraniano, Volodímir Zelenski, aseguró …": a role, then the name set off by commas
    # (a conjunction ends the phrase: "Seúl eleva la cifra mientras Kiev habla de …" names no one before its verb)
    r"^(?P<name>[A-ZÀ-Ý](?:(?!\s(?:mientras|tandis|während|alors|pendant|que|qui|dass|weil|car|pero|mais|"
    r"aber|sondern|sino|ma|mentre)\s)[^,.;:]){1,60}?(?:,\s+(?:[A-ZÀ-Ý][\w’'-]+\s+){1,2}[A-ZÀ-Ý][\w’'-]+,)?)"
    r"(?:,\s+(?:por\s+su\s+parte|pour\s+sa\s+part|seinerseits)\s*,)?\s+"
    # "geht dagegen von 12.000 aus", "sprechen sogar von der Hälfte", "Séoul évoque plutôt 40 %"
    r"(?:(?:geht|gehen|spricht|sprechen)(?:\s+(?:dagegen|jedoch|aber|inzwischen|mittlerweile|weiterhin|nun|derzeit|"
    r"sogar|offenbar|bereits|eher))?\s+von|(?:parle|parlent|habla|hablan)\s+de|évoquent|évoque|avancent|avance|"
    r"sagte|erklärte|betonte|schätzt|schätzen|bestreitet|bestritt|dementiert|dementierte|"
    r"estiment|estime|affirment|affirme|démentent|dément|nient|nie|évaluent|évalue|(?:a|ont)\s+(?:déclaré|affirmé|"
    r"indiqué|estimé|démenti)|calculan|calcula|calculó|estiman|estima|estimó|afirman|afirma|asegura|niegan|niega|negó|"
    r"desmiente|desmintió|dijo|afirmó|aseguró|ritiene|ritengono|stima|stimano|afferma|sostiene|nega|estimam|afirmam|"
    r"negou|schat|schatten|uppskattar|uppger|säger|meddelar|bedömer|hävdar|förnekar)\b"
)
# Words of time between a verb and its speaker, and the articles a speaker's phrase opens with.
_TIME_WORDS = frozenset(
    """lundi mardi mercredi jeudi vendredi samedi dimanche hier soir matin lunes martes miércoles jueves viernes
    sábado domingo este esta el ayer""".split()
)
_ARTICLES = frozenset(
    """der die das des dem den ein eine einem einen eines le la les l' l’ un une el los las del du de uno una il lo i
    gli o a os as het al ao""".split()
)
# A wire named by its kind before its name ("l'agence Yonhap", "la agencia Yonhap", "die Nachrichtenagentur
# Yonhap"): the name is the speaker.
_AGENCY_NOUNS = frozenset(
    """agence agencia agência agenzia agentur nachrichtenagentur persagentur nyhetsbyrån""".split()
)
# Not a compound's head: "US-Geheimdienst" is the US intelligence service, not the US.
_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)|(?<![\w-])([A-Z]{2,6})(?![\w-])")
_PERSON_TAIL = re.compile(r"(?:[A-ZÀ-Ý][\w’'-]+\s+){1,2}[A-ZÀ-Ý][\w’'-]+$")
# German declines the adjectives before a capitalised noun ("des südkoreanischen Geheimdienstes").
# ("laut ukrainischem Militärgeheimdienst": no article, the dative ending -em.)
_GERMAN_ADJECTIVE = re.compile(r"[a-zäöüß-]+(?:en|er|es|em|e)")


def may_attribute(text: str) -> bool:
    """Whether ``text`` may hold a European attribution: English copy says "the" somewhere (a test in C) and is
    spared the search, which on every passage of an English corpus cost a few per cent of the ingest time."""
    return " the " not in text and _CUE_WORDS.search(" " + text) is not None


def european_cue_starts(text: str) -> list[int]:
    """Where a German, French or Spanish attribution may be read (``attribution_starts`` adds them)."""
    return [m.start() for m in _CUE_WORDS.finditer(" " + text)] if may_attribute(text) else []


def european_anchors(sentence: str) -> list[Anchor]:
    """The attributions of a German, French or Spanish sentence (none for one in English)."""
    if not may_attribute(sentence):
        return []
    anchors: list[Anchor] = []
    for match in _ACCORDING.finditer(sentence):
        citing = _CITING.search(sentence, match.end(), match.end() + 80)
        limit = citing.start() if citing else None
        if (anchor := _named_after(sentence, match.start(), match.end(), "according", limit=limit)) is not None:
            if citing is not None and not sentence[anchor.end : citing.start()].strip(" ,"):
                cited = _named_after(sentence, match.start(), citing.end(), "according")
                if cited is not None:  # "selon l'agence Yonhap, citant le NIS, …": the NIS, via Yonhap
                    cited.via = anchor.claimant
                    anchor = cited
            anchors.append(anchor)
    for match in _AFTER_VERB.finditer(sentence):
        citing = _CITING.search(sentence, match.end(), match.end() + 80)
        limit = citing.start() if citing else None
        if (anchor := _named_after(sentence, match.start(), match.end(), "verb", content="left", limit=limit)) is not None:
            if citing is not None and not sentence[anchor.end : citing.start()].strip(" ,"):
                cited = _named_after(sentence, match.start(), citing.end(), "verb", content="left")
                if cited is not None:  # "…, sagte der Abgeordnete Lee unter Berufung auf den NIS": the NIS, via Lee
                    cited.via = anchor.claimant
                    anchor = cited
            anchors.append(anchor)
    for match in _AGENT.finditer(sentence):
        if (anchor := _named_after(sentence, match.start() + 1, match.end(), "cited by", content="left")) is not None:
            cited = next((a for a in anchors if a.kind == "according" and not sentence[a.end : match.start()].strip()), None)
            if cited is not None:  # "según fuentes de inteligencia citadas por Reuters": the sources, via Reuters
                cited.via = anchor.claimant
                continue
            anchors.append(anchor)
    for match in _ZUFOLGE.finditer(sentence):
        if _NO_ZUFOLGE_SPEAKER.search(match.group("name")):
            continue  # "Diesem Bericht zufolge", "Medienberichten zufolge": a report, no one named
        if (name := speaker_of(match.group("name"))) is not None:
            anchors.append(Anchor(match.start("name"), match.end(), name, aliased(name), kind="according"))
    if not anchors and (match := _BEFORE_VERB.match(sentence)) is not None:
        name = speaker_of(match.group("name"))
        if name is not None:
            anchors.append(Anchor(0, match.end(), name, aliased(name), kind="verb"))  # "Le Pentagone": Pentagon
    return anchors


def _named_after(
    sentence: str, start: int, cue_end: int, kind: str, content: str = "right", limit: int | None = None
) -> Anchor | None:
    """The speaker a cue names after it: up to a comma or a stop, or (in German) where its noun phrase ends (and
    before ``limit``, where a citing cue starts)."""
    words = sentence[cue_end:limit].split()
    skipped = 0
    while words and words[0].lower() in _TIME_WORDS:
        skipped += len(words.pop(0)) + 1  # "a indiqué mercredi le renseignement …", "informó este miércoles el …"
    taken: list[str] = []
    for i, word in enumerate(words[:10]):
        bare = word.rstrip(",.;:")
        closes = bare.endswith(")") and "(" not in bare  # "11 000 (selon Séoul)": the bracket closes the name
        if closes:
            word = bare = bare.rstrip(")")
        following = words[i + 1] if i + 1 < len(words) else ""
        if any(ch.isdigit() for ch in bare) or not (
            bare[:1].isupper() or bare[:1] == "(" or bare.lower() in _ARTICLES or _ROMANCE_PHRASE.fullmatch(bare)
            or (_GERMAN_ADJECTIVE.fullmatch(bare) and following[:1].isupper())
        ):
            break
        taken.append(word)
        if bare != word or closes:
            break  # a comma, a stop or a closing bracket ends the phrase
    phrase = " ".join(taken)
    rest = sentence[cue_end + skipped + len(phrase) :]
    if phrase.endswith(",") and (named := _APPOSED_NAME.match(rest)) is not None:
        phrase += " " + named.group(1)  # "el presidente ucraniano, Volodímir Zelenski, más de …"
    name = speaker_of(phrase)
    if name is None:
        return None
    return Anchor(start, cue_end + skipped + len(phrase), phrase, aliased(name), content=content, kind=kind)


# The name set off by commas after a role, or closing the sentence ("…, aseguró el presidente ucraniano,
# Volodímir Zelenski.").
_APPOSED_NAME = re.compile(r"\s*((?:[A-ZÀ-Ý][\w’'-]+\s+){1,2}[A-ZÀ-Ý][\w’'-]+)(?:,|[.!?»”\"]*$)")


# Lower-case words inside a French or Spanish speaker's phrase: "services de renseignement ukrainiens".
_ROMANCE_PHRASE = re.compile(
    r"(?:de|du|des|del|d['’]\w+|président|presidente|ministre|ministerio|ministère|ministro|porte-parole|portavoz|"
    r"services?|servicio|renseignement|inteligencia|militar(?:es)?|militaires?|ukrainien(?:ne)?s?|ucranian[oa]s?|"
    r"sud-coréen(?:ne)?s?|surcorean[oa]s?|américain(?:e)?s?|estadounidense|russe|ruso|rusa|defensa|défense|"
    r"chef|jefe|armée|ejército|état-major|estado|mayor|fuentes?|sources?|responsables?|funcionarios?"
    # the lawmakers and officials who relay a briefing ("le député sud-coréen", "el diputado surcoreano")
    r"|député(?:e)?s?|parlementaires?|diputad[oa]s?|legislador(?:a|es)?|deputat[oi]|parlamentari|portavoce|vocero|"
    r"conseiller|asesor|fonti?|militaire|ukrainienne"
    # Italian and Portuguese ("servizi segreti sudcoreani", "serviços de informações sul-coreanos"), and the
    # Dutch and Swedish nouns after a capitalised adjective ("Zuid-Koreaanse inlichtingendienst")
    r"|l['’]\w+|agence|agencia|agência|agenzia"
    r"|di|della|dei|degli|do|da|dos|das|servizi|segreti|intelligence|inteligência|ucraini|ucraina|ucraniana?|"
    r"sudcorean[ie]|sul-coreanos?|sul-coreanas?|serviços|informações|ministero|ministério|difesa|defesa|esercito|"
    r"exército|fonti|fontes|inlichtingendienst|inlichtingendiensten|ministerie|underrättelsetjänst|"
    r"underrättelsetjänsten|försvarsministeriet|sydkoreanska|ukrainska|amerikanska|ryska|brittiska|militära|"
    # Swedish and Norwegian people who speak for a body ("amerikanska tjänstemän", "ukrainska källor")
    r"tjänstemän|tjänsteman|källor|källa|officerare|företrädare|talesperson|talesman|experter|analytiker|kilder|"
    r"president|presidenten|ministern|försvarsministern|utrikesministern|chefen|"
    r"etterretningstjeneste|etterretningstjenesten|efterretningstjeneste"
    # a Swedish compound body ("försvarsministerium", "generalstaben", "försvarsmakten")
    r"|[a-zåäö]+(?:tjänst|tjänsten|ministerium|ministeriet|departementet|myndigheten|staben|makten))"
)


def speaker_of(phrase: str) -> str | None:
    """The claimant a speaker's phrase names: a known acronym, a person's name, or the phrase without articles."""
    words = phrase.strip(" ,.;:").split()
    while words and words[0].lower() in _ARTICLES:
        words.pop(0)
    if words and words[0][:2].lower() in ("l'", "l’") and len(words[0]) > 2:
        words[0] = words[0][2:]  # "l'agence": the elided article
    if len(words) > 1 and words[0].lower() in _AGENCY_NOUNS and words[1][:1].isupper():
        words.pop(0)
    if not words or not any(w[:1].isupper() or w.startswith("(") for w in words) and len(words) < 2:
        return None
    text = " ".join(words)
    for match in _ACRONYM.finditer(text):
        acronym = match.group(1) or match.group(2)
        if aliased(acronym) != acronym:
            return aliased(acronym)  # "(NIS)", "HUR"
    if (person := _PERSON_TAIL.search(text)) is not None and len(words) > 2:
        names = person.group().split()
        if len(names) == 3 and len(names[0]) >= 8:
            names = names[1:]  # "Präsidenten Wolodymyr Selenskyj", "Kremlsprecher Dmitri Peskow": a role, then a name
        return " ".join(names)  # "presidente ucraniano, Volodímir Zelenski" names Zelenski
    return text
