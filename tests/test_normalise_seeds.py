"""The five seed files: 20 articles with the right titles and outlets, no furniture, nothing lost."""

from __future__ import annotations

import itertools
from functools import cache
from pathlib import Path

import pytest

from store.ids import article_id, passage_id, sha256_hex
from store.models import NormalisedFile, PassageKind
from store.normalise import normalise_bytes, read_source
from store.normalise.characters import clean_text, squash_spaces
from store.normalise.mojibake import repair_mojibake
from store.normalise.shapes import BULLET_MARK

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))

FURNITURE = [
    "Try Our AI Features", "Related Articles", "Hang Seng", "Swipe. Select. Stay informed.",
    "Read the original article", "Advertisement", "β€", "Β\xa0",
    # and the rest of the page chrome these files carry
    "Explore what Daily8", "No comments yet", "DOWNLOAD THE APP", "Download the App", "app-store",
    "Reading view", "There are new articles available", "❌", "time7 hours ago", "13 minutes ago",
    "Top stories", "Hashtags", "Orange background", "You may also be interested", "Published daily by",
    "Las Vegas Sands", "Walking for exercise", "Lee Jae-myung and S Korea's quest", "Trump says he is not seeking summit",
    "Defence minister denies India", "Asia Times06-05-2025",
]

BI_TITLES = [
    "Unprepared North Korean troops had a rough start against Ukraine, but could learn to adapt",
    "North Korean troops don't realize drones are deadly and it's getting them killed, Ukrainian soldiers say",
    "North Korean soldiers attacked Russian forces by mistake due to a language barrier, Ukraine says",
    "Ukraine is trying to convince North Korean soldiers to surrender rather than fight alongside Russia",
    "North Korea media is calling South Korea a dictatorship after its short-lived martial law",
    "With the US caught off guard, Kim Jong Un may be about to capitalize on South Korea's turmoil",
    "South Korea is reeling after spending hours under a surprise martial law declaration",
    "Zelenskyy says Russia is treating the first North Korean soldiers well, but it won't last",
    "Trump faces a far more emboldened Kim Jong Un this time around",
    "Russia will likely send North Korean troops to the most dangerous spots to fight, says South Korea",
    "Photos that offer a glimpse of what life is like for workers in notoriously isolated North Korea",
    "Ukraine says it found Western parts inside North Korean ballistic missiles fired by Russia",
    "China is increasingly unnerved by Russia and North Korea's growing alliance, says top US official",
    "Satellite images show Russia defying sanctions to give North Korea 1 million barrels of oil: report",
    "The Putin-Kim bromance grows with a lion, yaks, bears, cockatoos, pheasants, and 40 ducks",
    "North Korea appears to be sending its powerful howitzers to the Ukraine war, where artillery has been king",
]
# (The last article's embedded post on X is a set-apart quotation, not one of its paragraphs.)
BI_BODY_COUNTS = [29, 15, 16, 18, 13, 22, 40, 19, 36, 13, 32, 12, 18, 19, 13, 17]

# The only long source lines allowed to end up removed: teasers of unrelated
# stories listed under "Related Articles" by the aggregator.
RELATED_TEASERS = [
    "The iconoclastic American general Douglas MacArthur",
    "This article was originally published by Pacific Forum",
    "Hang Seng Index ends up, in line with regional markets The Hang Seng",
    "FILE PHOTO: U.S. President Donald Trump attends",
    "Taiwanese President Lai Ching-te had intended to stop",
    "NEW DELHI",
]


@cache
def normalised(name: str) -> NormalisedFile:
    return normalise_bytes(read_source(SEEDS / name), name)


def _all_text(result: NormalisedFile) -> list[str]:
    texts = []
    for article in result.articles:
        texts.extend([article.title, article.dek or "", article.outlet or "", article.credit or ""])
        texts.extend(p.text for p in article.passages)
    return texts


def test_the_seeds_hold_twenty_articles_one_one_sixteen_one_one() -> None:
    assert len(NAMES) == 5
    assert [len(normalised(n).articles) for n in NAMES] == [1, 1, 16, 1, 1]


@pytest.mark.parametrize("name", NAMES)
def test_no_furniture_is_left_in_any_passage(name: str) -> None:
    for text in _all_text(normalised(name)):
        for furniture in FURNITURE:
            assert furniture not in text, (furniture, text[:120])


@pytest.mark.parametrize("name", NAMES)
def test_every_source_line_is_kept_or_accounted_for(name: str) -> None:
    """Nothing is dropped silently: each line is in a passage, the title, or the audit."""
    result = normalised(name)
    kept: set[str] = set()
    for article in result.articles:
        kept.add(article.title)
        kept.update(p.text for p in article.passages)
    removed = {squash_spaces(line) for r in result.removed for line in r.text.split("\n")}
    raw = read_source(SEEDS / name).decode("utf-8")
    for line in raw.splitlines():
        text = squash_spaces(clean_text(repair_mojibake(line)[0]))
        if not text:
            continue
        unbulleted = BULLET_MARK.sub("", text, count=1)
        # (A paragraph a wire's sign-off was split from: the paragraph kept, the sign-off in the audit.)
        assert (
            text in kept
            or unbulleted in kept
            or text in removed
            or any(text.endswith(" " + r) and text[: -len(r) - 1] in kept for r in removed if r)
        ), text[:100]


@pytest.mark.parametrize("name", NAMES)
def test_no_real_paragraph_is_removed(name: str) -> None:
    """Long removed lines are only the teasers of unrelated listed stories (or repeats)."""
    result = normalised(name)
    kept = {p.text for a in result.articles for p in a.passages} | {a.title for a in result.articles}
    for removal in result.removed:
        if removal.reason == "duplicate-line":
            assert squash_spaces(removal.text) in kept  # its first copy stays
            continue
        for line in removal.text.split("\n"):
            if len(line.split()) >= 25:
                assert any(line.lstrip().startswith(t) for t in RELATED_TEASERS), line[:100]


def test_asia_times_article() -> None:
    article = normalised(NAMES[0]).articles[0]
    assert article.title == "Is N Korea cranking out tanks to help Russia in Ukraine?"
    assert not article.title_derived
    assert article.outlet == "Asia Times"
    assert article.published_raw == "06-05-2025"
    assert article.date_ambiguous
    assert article.published in ("2025-06-05", "2025-05-06")
    body = article.passages_of(PassageKind.BODY)
    assert len(body) == 27
    assert body[0].text.startswith("North Korea may be ramping up tank production")
    assert body[-1].text.startswith("In this light, North Korea's vintage tanks")
    assert "production capacity—efforts" in body[4].text  # its own em dashes intact


def test_straits_times_article_carrying_bloomberg() -> None:
    article = normalised(NAMES[1]).articles[0]
    assert article.title == "How North Korea is giving Russia an edge in the war on Ukraine"
    assert article.outlet == "The Straits Times"
    assert article.credit == "Bloomberg"
    assert article.dek and article.dek.startswith("North Korea has likely received military aid in return")
    headings = [p.text for p in article.passages_of(PassageKind.HEADING)]
    assert headings == [
        "What does Kim have that Putin wants?",
        "What's in it for North Korea?",
        "How could this go wrong for Pyongyang and Moscow?",
    ]
    body = article.passages_of(PassageKind.BODY)
    assert len(body) == 18
    assert body[0].text.startswith("Russian President Vladimir Putin long treated North Korea")
    # The body resumes after the injected "Top stories" list.
    assert body[5].text.startswith("First off, North Korea gets a powerful military ally.")
    # The wire's sign-off glued to the last paragraph is split off: a credit, in the audit.
    assert body[-1].text.endswith("potentially undermines this position.")
    assert ("wire-credit", "Bloomberg") in [(r.reason, r.text) for r in normalised("001_4018661200a78250.txt").removed]


def test_business_insider_dump() -> None:
    articles = normalised(NAMES[2]).articles
    assert [a.title for a in articles] == BI_TITLES
    assert {a.outlet for a in articles} == {"Business Insider"}
    assert {a.outlet_basis for a in articles} == {"read-original line"}
    assert [len(a.passages_of(PassageKind.BODY)) for a in articles] == BI_BODY_COUNTS
    for article in articles:
        bullets = article.passages_of(PassageKind.BULLET)
        assert len(bullets) == 3 and not any(b.text.startswith("•") for b in bullets)
        assert article.passages_of(PassageKind.CAPTION) and article.passages_of(PassageKind.CREDIT)
        # Each item opens with its photo: caption(s), then the credit, then the bullets.
        kinds = [p.kind for p in article.passages]
        assert kinds[0] == PassageKind.CAPTION
        assert kinds.index(PassageKind.CREDIT) < kinds.index(PassageKind.BULLET)
    first = articles[0]
    credits = [p.text for p in first.passages_of(PassageKind.CREDIT)]
    assert credits == ["Korean Central News Agency/Korea News Service via AP", "National Intelligence Service of South Korea"]
    assert [p.text for p in first.passages_of(PassageKind.HEADING)] == [
        "Uncharted territory", "Too early, too inexperienced", "Covering up deaths",
    ]
    last_body = first.passages_of(PassageKind.BODY)[-1].text
    assert last_body == '"Kim will likely prefer that the soldiers who are killed simply disappear," he said.'


def test_business_insider_mojibake_is_repaired() -> None:
    result = normalised(NAMES[2])
    assert "mojibake:cp1253 x58" in result.repairs
    text = "\n".join(p.text for a in result.articles for p in a.passages)
    assert "apparent courage and determination — and sacrifice — in a conflict" in text
    assert "Can Kasapoğlu, a non-resident senior fellow" in text


def test_duplicated_captions_appear_once() -> None:
    result = normalised(NAMES[2])
    duplicates = [r for r in result.removed if r.reason == "duplicate-line"]
    assert len(duplicates) == 5
    for article in result.articles:
        texts = [p.text for p in article.passages]
        assert all(a != b for a, b in itertools.pairwise(texts))


def test_lowy_interpreter_article() -> None:
    article = normalised(NAMES[3]).articles[0]
    assert article.title == "The historical roots of North Korea’s lucky break with Russia"
    assert article.outlet == "The Interpreter (Lowy Institute)"
    assert article.outlet_basis == "masthead"
    assert article.dek and article.dek.startswith("Kim Jong-un can thank decisions taken by his grandfather")
    pullquotes = [p.text for p in article.passages_of(PassageKind.PULLQUOTE)]
    assert [q[:40] for q in pullquotes] == [
        "Estimates of the number of arms factorie",
        "Military industry is already almost enti",
    ]
    captions = [p.text for p in article.passages_of(PassageKind.CAPTION)]
    assert len(captions) == 3 and captions[0].endswith("(Getty Images)") and captions[1] == "Kim Il-sung"
    body = article.passages_of(PassageKind.BODY)
    assert len(body) == 7
    # The repeated sentences stay in the running paragraphs too.
    assert any("Estimates of the number of arms factories" in p.text for p in body)
    assert body[-1].text.startswith("Kim Jong-un can thank decisions taken")
    assert "Sŭngri" in body[4].text


def test_untitled_article_gets_a_derived_title() -> None:
    article = normalised(NAMES[4]).articles[0]
    assert article.title_derived
    assert 10 < len(article.title) <= 90
    assert article.title.lower() in article.passages_of(PassageKind.BODY)[0].text.lower().replace(".", "")
    assert article.outlet is None
    assert [p.text for p in article.passages_of(PassageKind.HEADING)] == [
        "Concrete military aid from the DPRK for Russia",
        "The Korean People's Army (KPA) fighting in Ukraine?",
        "Should Seoul authorize the transfer of military aid to Ukraine?",
    ]
    assert len(article.passages_of(PassageKind.BODY)) == 12
    assert [r.reason for r in normalised(NAMES[4]).removed] == ["advertisement", "advertisement"]


def test_removal_reasons_name_the_furniture() -> None:
    reasons = {n: {r.reason for r in normalised(n).removed} for n in NAMES}
    assert {"logo", "duplicate-line", "metadata-header", "ai-promo", "comments", "related-stories", "app-prompt"} <= reasons[NAMES[0]]
    assert {"top-stories", "hashtags", "related-stories"} <= reasons[NAMES[1]]
    assert {"read-original", "reader-chrome", "icon", "duplicate-line"} <= reasons[NAMES[2]]
    assert {"masthead", "related-stories"} <= reasons[NAMES[3]]
    for name in NAMES:
        for removal in normalised(name).removed:
            assert removal.line >= 1 and removal.text.strip()


@pytest.mark.parametrize("name", NAMES)
def test_ids_are_stable_and_derived_from_the_bytes(name: str) -> None:
    data = read_source(SEEDS / name)
    first, second = normalise_bytes(data, name), normalise_bytes(data, name)
    assert first.to_dict() == second.to_dict()
    sha = sha256_hex(data)
    for ordinal, article in enumerate(first.articles):
        assert article.id == article_id(sha, ordinal) and article.ordinal == ordinal
        assert [p.id for p in article.passages] == [passage_id(article.id, i) for i in range(len(article.passages))]
        body = article.passages_of(PassageKind.BODY)
        assert [p.paragraph for p in body] == list(range(1, len(body) + 1))


def test_round_trip_through_dicts() -> None:
    result = normalised(NAMES[2])
    assert NormalisedFile.from_dict(result.to_dict()) == result
