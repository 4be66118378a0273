"""Who says it, in Korean, Japanese, Russian and Ukrainian sentences.

Korean puts the speaker first, marked as the topic ("국가정보원은 …"), and the
reporting verb last ("…고 밝혔다", "said that"); "X에 따르면" is "according to
X".  Japanese does the same with "Xは …と述べた" and "Xによると"; Russian has
"по данным X" ("according to X's data") and "X заявил" ("X stated"), Ukrainian
"за даними X" and "X заявив".  The
speaker is the topic's words, never the clause that follows it: "국가정보원은
북한이 …" is the NIS's claim, not that of "국가정보원은 북한이 1…".
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import aliased
from store.analysis.contrast_clauses import contrasted_anchors
from store.analysis.cyrillic_speakers import whole_speaker
from store.analysis.chinese_thai_attribution import chinese_anchors, thai_anchors
from store.analysis.european_attribution import european_anchors, european_cue_starts
from store.analysis.foreign_claimant_names import speaker_anchor
from store.analysis.foreign_figures import is_polish_only
from store.analysis.polish_attribution import polish_anchors, polish_cue_starts

# "…다고 밝혔다", "…라고 말했다", "…고 전했다": a clause reported by the sentence's topic.
_KO_VERBS = r"(?:밝혔|말했|전했|주장했|추정했|추산했|보고했|발표했|설명했|강조했|분석했|보도했|덧붙였|전망했|평가했)"
# "…고 주장한 바 있다" ("has claimed that"): the verb's adnominal form before "바".
_KO_VERBS_PERFECT = r"(?:밝힌|말한|전한|주장한|추정한|추산한|보고한|발표한|설명한|분석한|보도한|평가한)\s*바"
# "추정치를 … 3000명으로 상향 조정했다" (raised its estimate to 3,000): a revision the topic makes is its claim;
# so is an estimate put "at" a figure ("1만1천명으로 추산했으나", "약 1만2천명으로 보고 있다": estimated at, sees as).
# A day or time may stand between the clause and its verb: "…넘어선 것으로 파악된다고 13일 밝혔다".
_KO_WHEN = r"(?:(?:지난\s*)?\d{1,2}일|이날|어제|오늘|전날|앞서)?\s*"
_KO_REPORTED = re.compile(
    r"(?:고|며)\s*" + _KO_WHEN + "(?:" + _KO_VERBS + "|" + _KO_VERBS_PERFECT + r")|(?:을|를)\s*부인했"
    r"|(?:로|으로)\s*(?:상향|하향)\s*조정했"
    r"|(?:로|으로|고)\s*(?:(?:추산|추정|집계|파악|판단|평가)(?:했|하고\s*있|한다|한\s*바)|보고\s*있)"
)
# The speaker between the quoted clause and its verb: "…공급하고 있다고 우크라이나 정보당국이 밝혔다" (up to
# three plain words, the last one marked as subject or topic; none a reported verb, "보고했다고", of its own).
_KO_SPEAKER_LAST = re.compile(
    r"(?:다|라|냐|자)고\s+(?P<name>(?:[\uac00-\ud7a3A-Za-z]+(?<!고)\s+){0,2}[\uac00-\ud7a3A-Za-z][\w·]*?)"
    r"(?:\((?P<short>[A-Z]{2,6})\))?(?:이|가|은|는)\s+"  # "우크라이나 정보총국(HUR)이 밝혔다": the acronym names it
    + _KO_VERBS
)
# "…고 보고했" right before the "다고" of a later speaker: the topic's report, which that speaker passed on.
_KO_REPORTED_BEFORE = re.compile(r"(?:고|며)\s*" + _KO_VERBS + "$")
# "연합뉴스는 … 정보위원들을 인용해 …고 보도했다" (Yonhap, citing lawmakers, reported that …): the one cited says it.
_KO_CITING = re.compile(r"(?P<name>[\uac00-\ud7a3A-Za-z][\w·]*?)(?:을|를)\s*인용(?:해|하여|한)")
# "국정원 보고를 받은 의원들" (lawmakers briefed by the NIS), "国情院から報告を受けた議員" (the same in Japanese): the
# briefer is the source, the ones briefed relay it (see ``briefed_sources``).
_BRIEFED_BEFORE = re.compile(
    r"(?P<src>[\uac00-\ud7a3A-Za-z]{2,12}?|[^\s、。,「」『』のはがをにでと]{2,12}?)"
    r"(?:의|로부터|으로부터|から|の)?\s?(?:보고|브리핑|報告|説明)(?:를|을|を)\s?(?:받은|受けた)\s?$"
)
# "국가정보원(국정원)에 따르면": the short name in brackets may stand before the particle.
_KO_ACCORDING = re.compile(
    r"(?P<name>[\uac00-\ud7a3A-Za-z][\w·]*?)(?:\((?P<short>[\uac00-\ud7a3A-Za-z]{2,10})\))?"
    r"(?:에|의\s*발표에|의\s*분석에)\s*따르면"
)
# The topic ("은/는") or subject ("이/가") particle ending the speaker's last word.
# "우크라이나 정보총국(HUR)은": a bracketed acronym may stand between the word and its particle; it is the name.
# A counter glued to its number ("3000명이") is no speaker: a name opens its word.
_KO_TOPIC = re.compile(r"(?<!\d)(?P<name>[\uac00-\ud7a3A-Za-z][\w·]*?)(?:\((?P<short>[A-Z]{2,6})\))?(?:은|는)(?=\s)")
_KO_SUBJECT = re.compile(r"(?<!\d)(?P<name>[\uac00-\ud7a3A-Za-z][\w·]*?)(?:이|가)(?=\s)")
# Words that may stand before the speaker's last word ("이성권 의원은", "한국 국가정보원은"): plain Hangul,
# no particle and no digit (not "지난 24일 국정원은", "on the 24th the NIS").
_KO_PLAIN_WORD = re.compile(r"[\uac00-\ud7a3]+")
_KO_PARTICLE_ENDS = tuple("은는이가을를의에도로와과서")

_JA_ACCORDING = re.compile(r"(?P<name>[^\s、。,「」『』のはがをにでと]{2,20})(?:によると|によれば|の発表では)")
# "…と述べた" (said that), "…と分析している" (assesses that), "…とみている" (believes that).
_JA_VERBS = (r"(?:述べた|語った|発表した|明らかにした|報じた|伝えた|推定した|指摘した|主張した|説明した|分析している|分析した|"
             r"みている|見ている|推定している|推計している|推計した|見積もっている|見積もった|試算している|試算した)")
# "…との見方を示した" (gave the view that), "…に上方修正した" (revised up to): the topic's claim as well.
_JA_REPORTED = re.compile(r"を否定した|と(?:否定した|" + _JA_VERBS + r")|との(?:見方|認識|見解)を示した|に(?:上方|下方)修正した")
# "…追加派遣したと韓国の情報機関が明らかにした": the speaker between the quoted clause and its verb.
_JA_SPEAKER_LAST = re.compile(r"と、?(?P<name>[^\s、。,「」『』はがを]{2,20}?)(?:が|は)" + _JA_VERBS)  # ("と、国防省が")
# "聯合ニュースは、議員の話として…と伝えた" (Yonhap, citing lawmakers' words, reported): the one cited says it.
_JA_CITING = re.compile(r"(?P<name>[^\s、。,「」『』のはがをにでとた]{2,20})(?:の話として|を引用して|を引用し、)")
# "日本の防衛省は" (Japan's defence ministry): a country owning the body is part of its name.
_JA_TOPIC = re.compile(
    r"(?P<name>(?:(?:日本|韓国|米国|米|英国|中国|北朝鮮|ロシア|ウクライナ)の)?[^\s、。,「」『』のはがをにでと]{2,20})は"
)

# Cyrillic capitals, Ukrainian's Є, І, Ї and Ґ among them (they lie outside А-Я).
_CAPITAL = "[А-ЯЁЄІЇҐA-Z]"
_RU_ACCORDING = re.compile(
    r"(?:[Пп]о\s+(?:данным|словам|оценкам|оценке|информации|сведениям)|[Сс]огласно\s+(?:данным|оценкам)?"
    r"|[Зз]а\s+(?:даними|словами|оцінками|оцінкою|інформацією|підрахунками)|[Зз]гідно\s+з\s+(?:даними|оцінками|оцінкою)?)\s+"
    r"(?P<name>[^\s,.;:]+(?:\s+" + r"(?:[А-ЯЁЄІЇҐA-Z]{2,}\b|(?!(?:около|более|свыше|почти|примерно|уже|близько|понад|"
    r"майже|приблизно|вже|у|в)\b)[\w-]+(?:ой|ого|его|ей|ых|их|ии|ов|ев|ої|ії|ів|ы|и|і|а|я|у)(?![\w-]))){0,2})"
)
# The words of a genitive speaker ("по словам Буданова", "по данным разведки Южной Кореи", "за даними
# Головного управління розвідки"): each further word is in the genitive too, or an acronym ("ГУР"); a clause
# after an unpunctuated name starts with something else ("по словам Буданова северокорейские военные …").
# Reporting verbs: Russian past tense "заявил(а/о/и)", Ukrainian "заявив", "заявила", "заявило", "заявили",
# and the present of both ("утверждает", "стверджує"; plural "сообщают", "повідомляють").
# The imperfective past reports as well ("сообщала", "заявляли": "had reported", "kept saying").
_REPORTING = (
    r"(?:(?:заявил|сообщил|сказал|подсчитал|оценил|оценивал|отметил|сообщал|заявлял|утверждал|говорил)[аио]?|утверждает"
    r"|оценивает|оценивают|оцінює|оцінюють"
    r"|заявляет|сообщает|заявляют|сообщают|утверждают|(?:заяви|повідоми|сказа|зазначи|оціни|оцінюва|підрахува|підтверди|повідомля|заявля|стверджува)"
    r"(?:в|ла|ло|ли)|стверджує|заявляє|повідомляє|стверджують|заявляють|повідомляють"
    # Denials open an attribution as well: "Песков назвал сообщения «спекуляциями»", "спростував".
    r"|(?:опроверг|отверг)(?:ла|ли|ло|ал[аио]?|ает|ают)?|отрица(?:ет|ют|л[аио]?)|назвал[аио]?|(?:спростува|заперечи|назва)(?:в|ла|ли))"
)
_NAME = rf"{_CAPITAL}[\w'’-]*(?:\s+{_CAPITAL}[\w'’-]*){{0,3}}"
# Words of time or linking that open a sentence before its speaker ("Ранее ГУР заявило", "Накануне Буданов заявил").
_RU_TIME_OPENERS = (r"(?:Ранее|Раніше|Позже|Пізніше|Накануне|Напередодні|Сегодня|Сьогодні|Вчера|Вчора|Затем|Потом|"
                    r"Тогда|Тоді|Однако|Проте|Впрочем|Также|Також|Кроме\s+того|Крім\s+того)")
_SAID_OF = r"(?:эти|эту|этот|это|такие|подобные|все|ці|цю|цей|це|такі|подібні|усі)"
# "В МИД России (также) отвергли …", "У Міноборони заявили …" (in the ministry they said): the body, without its
# preposition (or an adverb before the verb).
_RU_VERB = re.compile(rf"(?<![Кк]ак\s)(?<![Яя]к\s)(?:(?<![\w-])(?:[Вв]о?|[Уу]|{_RU_TIME_OPENERS})\s+)?(?P<name>(?!(?:Как|Як)\b){_NAME})"
                      # what is said of before the verb: "У Кремлі ці дані назвали «вигадкою»" (these data)
                      rf"(?:\s+{_SAID_OF}\s+[а-яёіїєґ][\w-]*)?"
                      rf"(?:\s+(?:также|тоже|ранее|вновь|снова|уже|також|теж|раніше|знову|вже))?\s+{_REPORTING}(?!\w)")

# "Как сообщил Пентагон, …", "Як повідомив Зеленський, …" ("as the Pentagon reported"): the speaker after its
# verb; "…, стверджує Буданов." and "— заявил Зеленский": the same, closing the sentence.
# "…, заявил глава ведомства Кирилл Буданов": up to three lower-case words of role before the name.
# A body's head noun is no role word: "Як повідомила розвідка Південної Кореї" is the body's (``_RU_AS_SAID_BODY``).
_RU_AS_SAID = re.compile(rf"(?:[Кк]ак|[Яя]к|[,—–])\s+{_REPORTING}\s+(?:(?!(?:разведк|розвідк)\w*\s)[а-яёіїєґ][\w-]*\s+)"
                         rf"{{0,3}}?(?P<name>{_NAME})")
# "Как сообщал РИА Новости, …" opening the sentence: the outlet that reports a speaker named after it.
_RU_AS_REPORTED = re.compile(r"(?:[Кк]ак|[Яя]к)\s+(?:сообща|повідомля)\w*\s")
# "Как сообщает южнокорейская разведка, …": a body named in lower case after the verb (``_RU_BODY_VERB``'s nouns).
_RU_AS_SAID_BODY = re.compile(
    rf"(?:[Кк]ак|[Яя]к)\s+{_REPORTING}\s+(?P<name>(?:[а-яёіїєґ]*(?:ая|ое|ий|ый|ие|ые|а|і)\s+)?(?:разведка|розвідка|"
    r"спецслужбы|спецслужби|военные|військові|власти|влада|источники|джерела|чиновники|посадовці|минобороны|"
    r"міноборони)(?:\s+" + _NAME + r")?)(?=\s*[,—–])"  # "розвідка Південної Кореї": the country named after
)
# A second speaker set against the first after a contrast ("За даними ГУР, … 11 000 осіб, однак розвідка Південної
# Кореї оцінює її у 12 000"; "…, но Пентагон называет 12 000"): the figures after it are its own.
_RU_CONTRAST_SPEAKER = re.compile(
    r"[,;—–]\s*(?:однак|проте|але|втім|натомість|тоді\s+як|однако|но|тогда\s+как|зато|в\s+то\s+время\s+как)\s+"
    r"(?P<name>" + _NAME + r"|(?:[а-яёіїєґ]*(?:ая|ое|ий|ый|ие|ые|а|і)\s+)?(?:разведка|розвідка|спецслужбы|спецслужби|"
    r"военные|військові|власти|влада|минобороны|міноборони)(?:\s+" + _NAME + r")?)\s+" + _REPORTING + r"(?!\w)"
)
# Any word before a verb: the end of a body's name whose head opens it ("Главное управление разведки сообщило").
_RU_WORD_VERB = re.compile(rf"(?P<name>[\w'’-]+)\s+{_REPORTING}(?!\w)")
# A body named in lower case before its verb: "южнокорейская разведка сообщала", "українська розвідка заявила".
_RU_BODY_VERB = re.compile(
    r"(?<![\w-])(?P<name>(?:[а-яёіїєґА-ЯЁІЇЄҐ][а-яёіїєґ]*(?:ая|ое|ий|ый|ие|ые|а|і)\s+)?(?:[Рр]азведка|[Рр]озвідка|"
    r"спецслужбы|спецслужби|военные|"
    r"військові|власти|влада|источники|джерела|чиновники|посадовці|генштаб|минобороны|міноборони))\s+"
    + _REPORTING + r"(?!\w)"
)
# "… со ссылкой на Национальную службу разведки", "з посиланням на ГУР" ("citing X"): X is the speaker, the one
# who cites it relays.
_RU_CITING = re.compile(r"(?:[Сс]о\s+ссылкой|[Сс]сылаясь|[Зз]\s+посиланням|[Пп]осилаючись)\s+на\s+(?P<name>[^\s,.;:]+)")
# What a speaker cites that is no one: intercepts, talks, data, documents, reports, images, orders.
_RU_EVIDENCE = re.compile(
    r"(?:перехвач|переговор|разговор|радиоперехват|документ|данн|отч[её]т|доклад|снимк|приказ|сведени|информаци|"
    r"разведданн|видео|фото|перехоплен|розмов|дан[іи]х?\b|звіт|доповід|знімк|наказ|відомост|інформаці)",
    re.IGNORECASE,
)
_RU_NOUN_AFTER_ADJECTIVE = re.compile(r"[а-яёіїєґ'’-]+(?:ых|их|ие|ые|ую|ой|ої|і)\s+[а-яёіїєґ'’-]+(?<!ам)(?<!ям)(?=[\s,.;:])")
# "По его словам", "За її словами" ("in his/her words"): the person named before.
_RU_PRONOUN_ACCORDING = re.compile(r"[Пп]о\s+(?P<name>его|её|ее|их)\s+(?:словам|данным|оценкам)|[Зз]а\s+(?P<uk>його|її|їхніми)\s+"
                                   r"(?:словами|даними|оцінками)")
_RU_PRONOUNS = {"его": "he", "её": "she", "ее": "she", "их": "they", "його": "he", "її": "she", "їхніми": "they"}
FOREIGN_CUES = re.compile(
    _KO_REPORTED.pattern + "|" + (_KO_SPEAKER_LAST.pattern + "|" + _JA_SPEAKER_LAST.pattern).replace("?P<name>", "?:")
    + r"|따르면|によると|によれば|の発表では|と(?:述べた|語った|発表した|明らかにした|報じた|推定した)|據|說|稱|證實|估計|否認"
    r"|伝えた|を示した|修正した|の話として|援引|引述|上调|下调|상향|하향|인용"
    r"|[Пп]о\s+(?:(?:его|её|ее|их)\s+)?(?:данным|словам|оценкам|оценке|информации|сведениям)|[Зз]а\s+(?:його|її)\s+словами|[Сс]огласно|заяв|сообщ|сказал|подсчитал|оценил|оценива|отметил|утвержд|говорил|опроверг|отверг|отрица|назвал"
    r"|을\s*부인했|를\s*부인했|を否定した|と否定した|спростува|заперечи|назва"
    r"|[Зз]а\s+(?:даними|словами|оцінками|оцінкою|інформацією|підрахунками)|[Зз]гідно|ссылк|[Сс]сылаясь|посилан|[Пп]осилаючись|повідом|сказа|зазнач|оціни|оціню"
    r"|підрахува|підтверди|стверджу|据|说|表示|称|透露|指出|宣布|证实|否认|估计|估算|分析している|分析した|みている|見ている"
    r"|推定している|推計|見積も|試算|ว่า|ตามข้อมูลของ|ปฏิเสธ"
)


def foreign_cue_starts(text: str) -> list[int]:
    """Where a Korean, Japanese, Russian or Ukrainian attribution may be read (``attribution_starts`` adds them);
    in Polish (Latin letters, some of its own), where a Polish or a German, French or Spanish one may."""
    if is_polish_only(text):
        return polish_cue_starts(text) + european_cue_starts(text)
    return [m.start() for m in FOREIGN_CUES.finditer(text)]


def foreign_anchors(sentence: str) -> list[Anchor]:
    """The attributions of a Korean, Japanese, Russian or Ukrainian sentence (none for one in English).

    Two clauses set against each other ("…と推定しているが、韓国政府は…とみている") are read one by one: each
    names its own speaker (see ``contrast_clauses``).
    """
    if is_polish_only(sentence):  # Polish, or any Latin copy naming a Pole ("Łukasz"): no Asian or Cyrillic cue
        return polish_anchors(sentence) or european_anchors(sentence)
    contrasted = contrasted_anchors(sentence, _clause_anchors)
    return contrasted if contrasted is not None else _clause_anchors(sentence)


def _clause_anchors(sentence: str) -> list[Anchor]:
    anchors: list[Anchor] = []
    for match in _KO_ACCORDING.finditer(sentence):
        name = _ko_name(match)
        if " " in name and name.rsplit(None, 1)[1] in _KO_DOCUMENTS:
            name = name.rsplit(None, 1)[0]  # "국정원 분석에 따르면" (according to the NIS's analysis): the NIS
        anchors.append(speaker_anchor(sentence, match.start("name"), match.end("name"), match.end(), name))
    if not anchors:
        for match in _KO_SPEAKER_LAST.finditer(sentence):
            name = match.group("name")
            if match.group("short") and aliased(match.group("short")) != match.group("short"):
                name = match.group("short")
            anchors.append(speaker_anchor(sentence, match.start("name"), match.end("name"), match.end(), name))
            topic = next((t for t in _KO_TOPIC.finditer(sentence, 0, match.start()) if t.group() not in _KO_ADNOMINALS),
                         None) if _KO_REPORTED_BEFORE.search(sentence, 0, match.start()) else None
            if topic is not None:  # "국정원은 …고 보고했다고 정보위원들이 전했다": the NIS reported, lawmakers relayed
                source = speaker_anchor(sentence, topic.start("name"), topic.end("name"), topic.end(), _ko_name(topic))
                source.via, anchors[-1] = anchors[-1].claimant, source
    if not anchors and _KO_REPORTED.search(sentence):
        topic = next((t for t in _KO_TOPIC.finditer(sentence) if t.group() not in _KO_ADNOMINALS), None)
        topic = topic or _KO_SUBJECT.search(sentence)
        if topic is not None:
            anchors.append(speaker_anchor(sentence, topic.start("name"), topic.end("name"), topic.end(), _ko_name(topic)))
            if (cited := _KO_CITING.search(sentence, topic.end())) is not None:
                name = _ko_name(cited)
                if " " in name and name.rsplit(None, 1)[1] in _KO_DOCUMENTS:
                    name = name.rsplit(None, 1)[0]  # "국정원 보고를 인용해" (citing the NIS's report): the NIS
                source = speaker_anchor(sentence, cited.start("name"), cited.end("name"), cited.end(), name)
                source.via, anchors = anchors[0].claimant, [source]
    for match in _JA_ACCORDING.finditer(sentence):
        anchors.append(speaker_anchor(sentence, match.start("name"), match.end("name"), match.end(), None))
    if not anchors:
        for match in _JA_SPEAKER_LAST.finditer(sentence):
            anchors.append(speaker_anchor(sentence, match.start("name"), match.end("name"), match.end(), None))
    if not anchors and _JA_REPORTED.search(sentence) and (topic := _JA_TOPIC.search(sentence)) is not None:
        anchors.append(speaker_anchor(sentence, topic.start("name"), topic.end("name"), topic.end(), None))
        if (cited := _JA_CITING.search(sentence, topic.end())) is not None:
            source = speaker_anchor(sentence, cited.start("name"), cited.end("name"), cited.end(), None)
            source.via, anchors = anchors[0].claimant, [source]
    if anchors and ("받은" in sentence or "受けた" in sentence):
        _briefed_before(sentence, anchors)
    if not anchors:
        anchors += chinese_anchors(sentence) or thai_anchors(sentence)
    for match in (*_RU_ACCORDING.finditer(sentence), *_RU_AS_SAID.finditer(sentence)):
        start, end, relay = whole_speaker(sentence, match.start("name"), match.end("name"), before_verb=False)
        anchors.append(speaker_anchor(sentence, start, end, max(end, match.end()), None))
        if relay:  # "сказал в интервью Би-би-си начальник ГУР …": the outlet relays
            anchors[-1].via = aliased(relay)
    if len(anchors) == 1 and _RU_AS_REPORTED.match(sentence) and (
            inner := _RU_VERB.search(sentence, anchors[0].end)) is not None:
        # "Как сообщал РИА Новости, в Минобороны России заявляли …": the ministry says it, the agency relays
        start, end, _ = whole_speaker(sentence, inner.start("name"), inner.end("name"), before_verb=True)
        speaker = speaker_anchor(sentence, start, end, inner.end(), None)
        speaker.via, anchors = anchors[0].claimant, [speaker]
    if not anchors and (body := _RU_AS_SAID_BODY.search(sentence)) is not None:
        anchors.append(speaker_anchor(sentence, body.start("name"), body.end("name"), body.end(), None))
    if not anchors:
        for match in _RU_VERB.finditer(sentence):
            start, end, _ = whole_speaker(sentence, match.start("name"), match.end("name"), before_verb=True)
            anchors.append(speaker_anchor(sentence, start, end, match.end(), None))
    if not anchors:
        for match in _RU_WORD_VERB.finditer(sentence):
            start, end, _ = whole_speaker(sentence, match.start("name"), match.end("name"), before_verb=True)
            if start < match.start("name"):  # "Главное управление разведки сообщило": a body's head opens it
                anchors.append(speaker_anchor(sentence, start, end, match.end(), None))
    if not anchors:
        for match in _RU_BODY_VERB.finditer(sentence):
            anchors.append(speaker_anchor(sentence, match.start("name"), match.end("name"), match.end(), None))
    if (cited := _RU_CITING.search(sentence)) is not None:
        anchors = _cited(sentence, cited, anchors)
    if anchors and (second := _RU_CONTRAST_SPEAKER.search(sentence, anchors[-1].end)) is not None:
        anchors.append(speaker_anchor(sentence, second.start("name"), second.end("name"), second.end(), None))
    if not anchors and (told := _RU_PRONOUN_ACCORDING.match(sentence)) is not None:
        word = (told.group("name") or told.group("uk")).lower()
        anchors.append(Anchor(told.start(), told.end(), word, None, pronoun=_RU_PRONOUNS[word], content="right",
                              kind="according"))
    return anchors


def _cited(sentence: str, cited: re.Match[str], anchors: list[Anchor]) -> list[Anchor]:
    """'Как сообщает агентство Ёнхап со ссылкой на НИС, …': the NIS says it, Yonhap relays it."""
    start, end, _ = whole_speaker(sentence, cited.start("name"), cited.end("name"), before_verb=False)
    if end == cited.end("name") and (noun := _RU_NOUN_AFTER_ADJECTIVE.match(sentence, start)) is not None:
        end = noun.end()  # "со ссылкой на американских чиновников": the adjective's noun names them
    if _RU_EVIDENCE.match(sentence, start):
        # "ссылаясь на перехваченные переговоры": evidence, no one; "со ссылкой на данные ГУР": its owner
        owner = next((w for w in re.finditer(r"\S+", sentence[start:end]) if w.group()[:1].isupper()), None)
        if owner is None:
            return anchors or _before_citing(sentence, cited.start())
        start += owner.start()
    source = speaker_anchor(sentence, start, end, end, None)
    source.start, source.kind = cited.start(), "according"
    relays = [a for a in anchors if a.end <= cited.start() and a.claimant]
    source.via = relays[-1].claimant if relays else None
    return [source, *(a for a in anchors if a.start >= end)]


def _before_citing(sentence: str, at: int) -> list[Anchor]:
    """The speaker set off by the commas of its citing phrase ("Главное управление разведки, ссылаясь на …,
    заявило"): the name that ends right before them, run back to its head."""
    last = _LAST_WORD.search(sentence, 0, at)
    if last is None:
        return []
    start, end, _ = whole_speaker(sentence, last.start(), last.end(), before_verb=True)
    if start == last.start() and not last.group()[:1].isupper():
        return []  # a lower-case word that opens no body's name names no one
    return [speaker_anchor(sentence, start, end, end, None)]


_LAST_WORD = re.compile(r"[\w'’-]+(?=,?\s*$)")


# "이성권 의원은 이날 국정원 보고를 받은 뒤 기자들에게 …" (after the NIS briefing): the briefer is the source.
_BRIEFED_AFTER = re.compile(
    r"\s*(?:(?:이날|지난\s*\d{1,2}일|\d{1,2}일|비공개)\s*)*(?P<src>[\uac00-\ud7a3A-Za-z]{2,12}?)(?:의|로부터|으로부터)?\s?"
    r"(?:보고|브리핑)(?:를|을)\s?받은\s?(?:뒤|후|다음)"
)


def _briefed_before(sentence: str, anchors: list[Anchor]) -> None:
    """Each speaker described as briefed by someone ("국정원 보고를 받은 의원들") hands the claim to the briefer."""
    for anchor in anchors:
        found = _BRIEFED_BEFORE.search(sentence, max(0, anchor.start - 24), anchor.start)
        if found is None and anchor.claimant is not None:
            found = _BRIEFED_AFTER.match(sentence, anchor.end)
        if found is not None and anchor.claimant is not None:
            anchor.via = anchor.claimant + (f" via {anchor.via}" if anchor.via else "")
            anchor.claimant = aliased(found.group("src"))


def _ko_name(match: re.Match[str]) -> str:
    """The speaker's words: the marked word and up to two plain words before it ("이성권 의원")."""
    if "short" in match.re.groupindex and match.group("short") and aliased(match.group("short")) != match.group("short"):
        return match.group("short")  # "정보총국(HUR)은": the known acronym names the body
    words = [match.group("name")]
    head = match.string[: match.start("name")].split()
    for word in reversed(head[-2:]):
        if not _KO_PLAIN_WORD.fullmatch(word) or word.endswith(_KO_PARTICLE_ENDS) and len(word) > 1 or (
            word in _KO_SENTENCE_ADVERBS
        ) or (len(words) == 2 and word.endswith("인") and words[-1] in _KO_TITLES):
            break  # "간사인 이성권 의원" ("Lee, who is secretary"): a name and title need no description before
        words.insert(0, word)
    if len(words) >= 2 and words[-1] in _KO_TITLES and aliased(" ".join(words[:-1])) != " ".join(words[:-1]):
        return " ".join(words[:-1])  # "젤렌스키 대통령" (President Zelensky): the person the alias list knows
    return " ".join(words)


_KO_DOCUMENTS = frozenset("보고 보고서 자료 발표 분석 추정 추산 평가 집계".split())
# Verbs and adjectives before a noun end like a topic ("보고를 받은 의원들은": the lawmakers who received a briefing).
_KO_ADNOMINALS = frozenset("받은 많은 같은 있는 없는 하는 되는 높은 작은 적은 않은 않는 따르는 알려진은".split())
# Titles written after a Korean name: president, lawmaker, minister, spokesperson, director, chairman, premier.
_KO_TITLES = frozenset("대통령 의원 장관 대변인 국장 총장 위원장 원장 총리 외무장관 국방장관 사령관 차관 국무위원장".split())
# Words that open a Korean sentence without naming anyone: "한편" (meanwhile), "또한" (also), "앞서" (earlier).
_KO_SENTENCE_ADVERBS = frozenset("한편 또한 또 이어 이어서 앞서 아울러 그러나 하지만 다만 특히 이에 이날 당시 최근 현재".split())
