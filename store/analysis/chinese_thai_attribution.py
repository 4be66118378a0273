"""Who says it in Chinese and Thai sentences (``foreign_attribution`` reads the other scripts and calls these).

Chinese names its source before the clause ("据韩联社报道，…", according to Yonhap's report), or as a speaker
before a verb of saying ("乌克兰总统泽连斯基说，…"), or cites one ("韩联社援引国情院消息称"); Thai puts the speaker
before "เปิดเผยว่า" (disclosed that) and the like.
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import aliased
from store.analysis.foreign_claimant_names import ZH_TITLES, speaker_anchor

# Chinese: "据韩联社报道" (according to Yonhap's report), "据X估计"; "X说，", "X 13日表示，", "X向国会表示，" (X said,
# told parliament), and "X否认" (X denied).  The speaker opens its clause; a date ("13日") or an addressee ("向…")
# may stand between it and the verb.
# Traditional characters too (Taiwan, Hong Kong): "據韓聯社報導" (according to Yonhap's report), "據…統計".
_ZH_ACCORDING = re.compile(
    r"[据據](?P<name>[^\s，。、“”：]{2,20}?)(?:报道|報道|報導|称|稱|估计|估計|消息|透露|统计|統計|介绍|介紹|分析)"
)
# "据韩国国家情报院，…" opening a sentence: the source alone, then a comma.  "据悉" (it is learned), "据了解" (as is
# understood) and "据报道" (reportedly) name nobody.
_ZH_ACCORDING_BARE = re.compile(r"[据據](?P<name>[^\s，。、“”：]{2,20})[，,]")
_ZH_NOT_SOURCES = frozenset("了解 报道 報道 统计 統計 估计 估計 介绍 介紹 分析 消息 称 稱 悉 报 說 说".split())
_ZH_SAID = re.compile(
    r"(?:^|[，。；：]|电\s)(?P<name>[^\s，。、“”：\d]{2,24}?)(?:\d{1,2}日)?(?:向[^\s，。]{1,20}?)?"
    r"(?:(?:说|說|表示|称|稱|透露|指出|宣布|宣佈|证实|證實|估计|估計)(?=[，：,:])|否认|否認)"
)
# "乌方估计有1.2万人" (the Ukrainian side estimates 12,000): an estimate's owner opens its clause, the figure (or
# "有", "为", "约" before it) follows the verb at once.  Words of time or manner standing there name nobody.
_ZH_ESTIMATED = re.compile(
    r"(?:^|[，。；：])(?P<name>[^\s，。、“”：\d]{2,12}?)(?:则|也)?(?:估计|估算|推测|推算|认为|判断|声称|称)"
    r"(?=\d|有|为|是|约|大约|达|超过|多达|至少|近)"
)
_ZH_NOT_SPEAKERS = frozenset("目前 现在 此前 当前 初步 一般 普遍 据 另据 有人 粗略 現在 當前 據 另據".split())
# "…，乌克兰国防部情报总局称。" (…, the HUR said): the speaker after the clause it says, closing the sentence.
_ZH_SAID_LAST = re.compile(
    r"[，,](?P<name>[^\s，。、“”：\d]{2,24}?)(?:\d{1,2}日)?(?:说|說|表示|称|稱|透露|指出|证实|證實|估计|估計)[。.!！]?\s*$"
)
# "韩联社援引国情院消息称，…" (Yonhap, citing NIS information, said): the one cited is the source, the citer relays.
_ZH_CITING = re.compile(
    r"(?:^|[，。；：])(?P<relay>[^\s，。、“”：\d]{2,16}?)(?:援引|引述|引用)(?P<name>[^\s，。、“”：\d]{2,20}?)的?"
    r"(?:消息|报道|说法|数据|估计|评估|的话)?(?:称|说|表示|指出|报道)"
)
# "国家情报院将伤亡人数从1100人上调至3000人" (the NIS raised the toll from 1,100 to 3,000): the revision is its claim.
_ZH_REVISED = re.compile(r"(?P<name>[^\s，。、“”：\d]{2,24}?)将[^。；]{0,30}?(?:上调|下调|调整为|修正为|提高到|增至|降至)")
# Thai: "X เปิดเผยว่า" (X disclosed that), "X กล่าวว่า" (said that), "X ระบุว่า" (stated that), "X ปฏิเสธว่า" (denied
# that): the speaker runs back from its verb to the space before it; "ตามข้อมูลของ X" is "according to X's data".
# A name may run over up to three space-separated words and stand a space before its verb ("ประธานาธิบดี
# โวโลดีมีร์ เซเลนสกี ของยูเครน กล่าวว่า").  "ปฏิเสธที่จะ" (refused to: "declined to comment") denies nothing.
_TH_SAID = re.compile(
    r"(?:^|\s)(?P<name>[\u0e00-\u0e7fA-Za-z][\u0e00-\u0e7fA-Za-z.-]{1,60}?(?:\s[\u0e00-\u0e7fA-Za-z.-]{2,30}?){0,2}?)\s?"
    r"(?:(?:เปิดเผย|กล่าว|ระบุ|รายงาน|แถลง|ยืนยัน|ประเมิน|อ้าง)ว่า|ปฏิเสธ(?!ที่จะ))"
)
# Words opening a Thai clause before its speaker: "ขณะที่" (while), "ด้าน" / "ส่วน" (as for), "โดย" (by), "ทั้งนี้".
_TH_OPENERS = ("ขณะที่", "ด้าน", "ส่วน", "โดย", "ทั้งนี้", "นอกจากนี้", "ขณะเดียวกัน", "แต่")


def _thai_speaker(sentence: str, match: re.Match[str]) -> Anchor:
    """The speaker's anchor without a clause opener before it nor an owner's "ของ X" after it ("of Ukraine")."""
    start, end = match.start("name"), match.end("name")
    name = sentence[start:end]
    for opener in _TH_OPENERS:
        if name.startswith(opener) and len(name) > len(opener) + 1:
            start += len(opener)
            break
    if " ของ" in sentence[start:end]:
        end = sentence.index(" ของ", start, end)  # "เซเลนสกี ของยูเครน": Zelensky, "of Ukraine" only says whose
    return speaker_anchor(sentence, start, end, match.end(), None)
_TH_ACCORDING = re.compile(
    r"(?:ตาม(?:ข้อมูล|รายงาน|การประเมิน)?ของ|อ้างอิงข้อมูลจาก)\s?(?P<name>[\u0e00-\u0e7fA-Za-z]{2,40})"
)

def chinese_anchors(sentence: str) -> list[Anchor]:
    """'据韩联社报道，…' is Yonhap's; '乌克兰总统泽连斯基说，…' Zelensky's (a title before the name is dropped)."""
    if "援引" in sentence or "引述" in sentence or "引用" in sentence:
        for match in _ZH_CITING.finditer(sentence):
            source = speaker_anchor(sentence, match.start("name"), match.end("name"), match.end(), None)
            source.via = aliased(match.group("relay"))
            return [source]
    if (revised := _ZH_REVISED.match(sentence)) is not None:
        return [speaker_anchor(sentence, 0, revised.end("name"), revised.end(), revised["name"])]
    found = list(_ZH_ACCORDING.finditer(sentence))
    if not found and (bare := _ZH_ACCORDING_BARE.match(sentence)) is not None and bare["name"] not in _ZH_NOT_SOURCES:
        found = [bare]  # "据韩国国家情报院，…": according to the NIS, with no verb after it
    reports = [speaker_anchor(sentence, m.start("name"), m.end("name"), m.end(), None) for m in found]
    speakers = []
    for match in _ZH_SAID.finditer(sentence):
        if any(r.start <= match.start("name") < r.end for r in reports) or match.group("name").startswith("据"):
            continue  # "据X称，…": "according to X", read once
        name = match.group("name")
        for title in ZH_TITLES:
            if title in name[:-1]:
                name = name[name.index(title) + len(title) :]  # "乌克兰总统泽连斯基": 泽连斯基
        speakers.append(speaker_anchor(sentence, match.start("name"), match.end("name"), match.end(), name))
    if not speakers and not reports and (last := _ZH_SAID_LAST.search(sentence)) is not None:
        speakers = [speaker_anchor(sentence, last.start("name"), last.end("name"), last.end(), None)]
    if not speakers:
        speakers = [speaker_anchor(sentence, m.start("name"), m.end("name"), m.end(), None) for m in _ZH_ESTIMATED.finditer(sentence)
                    if m["name"] not in _ZH_NOT_SPEAKERS and not m["name"].startswith("据")
                    and not any(r.start <= m.start("name") < r.end for r in reports)]
    if reports and speakers and reports[0].end <= speakers[0].start:
        # "据韩联社报道，国家情报院…表示": the NIS said it, Yonhap reported it
        speakers[0].via = reports[0].claimant or reports[0].raw
        return speakers
    return reports + speakers


def thai_anchors(sentence: str) -> list[Anchor]:
    """'สำนักข่าวยอนฮัประบุว่า หน่วยข่าวกรอง…เปิดเผยว่า …': the last speaker says it, one who reports them relays."""
    if "ว่า" not in sentence and "ของ" not in sentence and "ปฏิเสธ" not in sentence:
        return []
    speakers = [_thai_speaker(sentence, m) for m in _TH_SAID.finditer(sentence)]
    if len(speakers) > 1:
        speakers[-1].via, speakers = speakers[-2].claimant, speakers[-1:]  # Yonhap reported that the NIS said …
    for match in _TH_ACCORDING.finditer(sentence):
        name = match.group("name")
        speakers.append(Anchor(match.start(), match.end(), name, aliased(name), content="left", kind="according"))
    return speakers
