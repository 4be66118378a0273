"""The subject taxonomy: loading, editing, and figures landing in the right subject."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.analysis.claims import extract_claims
from store.analysis.subjects import load_subject_taxonomy, summarise_subjects
from store.errors import StoreError
from store.models import Article, Claim, Figure, Passage, PassageKind


def subject_of(sentence: str, taxonomy_path: Path | None = None) -> str | None:
    passage = Passage(id="a1-000", article_id="a1", kind=PassageKind.BODY, text=sentence, order=0)
    article = Article(id="a1", source_file="t", source_sha256="0" * 64, ordinal=0, title="t", passages=[passage])
    claims = extract_claims(article, load_subject_taxonomy(taxonomy_path))
    assert claims, sentence
    return claims[0].subject


def test_the_three_troop_figures_share_one_subject() -> None:
    subjects = {
        subject_of("Zelenskyy said there is evidence that about 12,000 North Korean troops have been deployed so far."),
        subject_of(
            "South Korean officials estimate as many as 15,000 North Korean troops have been deployed to fight in Russia."
        ),
        subject_of("The US assesses that over 11,000 North Korean troops have deployed to Kursk."),
        subject_of("He said a cumulative 100,000 North Korean soldiers could serve in Russia within a year."),
        subject_of(
            "The ambassador said the number could reach 15,000, with troops rotated out every two to three months."
        ),
    }
    assert subjects == {"troops_deployed"}


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("US officials said around 1,000 North Korean soldiers had been killed or injured.", "casualties"),
        ("A senior official said North Korea's dead and wounded could be counted in the hundreds.", "casualties"),
        ("Budanov said North Korea supplies as much as 40 per cent of Russia's ammunition.", "ammunition_share"),
        ("Newsweek reported that North Korea has earned an estimated US$20 billion from the war.", "payments"),
        ("South Korean intelligence said Russia is paying about $2,000 a month for each soldier.", "soldier_pay"),
        ("Analysts estimate Russia gave North Korea at least a million barrels of oil.", "oil_deliveries"),
        ("According to Oryx, Russia lost 3,960 tanks between 2022 and 2025.", "tanks"),
        ("Piotrowski notes North Korea keeps T-62 tank production lines with at least 2,000 units.", "tanks"),
        ("Shoigu said North Korea would send 5,000 military construction workers to rebuild Kursk.", "workers_sent"),
        ("Estimates of the number of arms factories vary between 50 and close to 140.", "arms_factories"),
        ("Officials said North Korea sent dozens of ballistic missiles.", "missiles_supplied"),
        ("The ministry said North Korea shipped 20,000 containers of munitions.", "munitions_supplied"),
    ],
)
def test_subjects(sentence: str, subject: str) -> None:
    assert subject_of(sentence) == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "South Korea is a base for roughly 28,500 American service members, officials said.",
        "The Kospi closed 1.4% lower on Wednesday, traders said.",
        "The country had an estimated GDP of about US$24.5 billion in 2022, the bank said.",
        "The factory says it employs more than 8,000 workers.",
    ],
)
def test_figures_that_fit_no_subject(sentence: str) -> None:
    assert subject_of(sentence) is None


def test_a_user_taxonomy_replaces_the_default(tmp_path: Path) -> None:
    custom = tmp_path / "subjects.toml"
    custom.write_text(
        '[[subject]]\nid = "zoo"\nlabel = "Animals gifted"\nunit = "animals"\nunits = ["birds", "animals"]\n'
        'cues = ["gift", "zoo"]\nrequire_cue = true\n',
        encoding="utf-8",
    )
    assert subject_of("Putin is gifting Kim about 70 animals for his zoo, officials said.", custom) == "zoo"
    assert subject_of("The US assesses that over 11,000 North Korean troops have deployed.", custom) is None


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[[subject]\nid = 1", "invalid TOML"),
        ('title = "no subjects"', "no [[subject]] entries"),
        ('[[subject]]\nid = "x"\nlabel = "X"', "no 'units' list"),
        ('[[subject]]\nid = "x y"\nunits = ["troops"]', "needs an 'id'"),
        ('[[subject]]\nid = "x"\nunits = "troops"', "must be a list of strings"),
        ('[[subject]]\nid = "x"\nunits = ["a"]\nrequire_cue = "yes"', "must be true or false"),
    ],
)
def test_a_broken_taxonomy_is_one_clear_error(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        load_subject_taxonomy(path)
    message = str(caught.value)
    assert str(path) in message and problem in message and "\n" not in message


def test_missing_taxonomy_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not found"):
        load_subject_taxonomy(tmp_path / "nope.toml")


def _claim(subject: str | None, unit: str = "troops") -> Claim:
    figure = Figure(value=1, low=1, high=1, unit=unit, qualifier="exact", surface="1")
    return Claim(
        id="c",
        article_id="a",
        passage_id="p",
        text="t",
        start=0,
        end=1,
        claimant=None,
        subject=subject,
        figures=[figure],
    )


def test_summary_counts_and_labels() -> None:
    summaries = summarise_subjects(
        [_claim("troops_deployed"), _claim("troops_deployed"), _claim("tanks", "tanks"), _claim(None)]
    )
    assert [(s.id, s.claim_count, s.unit) for s in summaries] == [
        ("troops_deployed", 2, "troops"),
        ("tanks", 1, "tanks"),
    ]
    assert summaries[0].label == "North Korean troops deployed"


@pytest.mark.parametrize(
    "sentence",
    [
        "The troops remarked that they had been allocated one interpreter per 30 soldiers.",
        "North Korea sends 500 soldiers per month to Russia, officials said.",
        "About 1,000 troops a day are rotated through Kursk, officials said.",
        "Officials said one in 10 soldiers deployed to Russia had been wounded.",
    ],
)
def test_rates_and_ratios_never_count_troops(sentence: str) -> None:
    subjects = {c.subject for c in extract_claims(_article(sentence), load_subject_taxonomy())}
    assert not subjects & {"troops_deployed", "casualties", "workers_sent"}, subjects


def test_a_yearly_oil_figure_has_its_own_subject() -> None:
    article = _article("The UN forbids the transfer of more than 500,000 barrels of oil a year, diplomats said.")
    claims = extract_claims(article, load_subject_taxonomy())
    assert [(c.subject, c.figures[0].unit) for c in claims] == [("oil_per_year", "barrels per year")]


def _article(text: str) -> Article:
    passage = Passage(id="a-000", article_id="a", kind=PassageKind.BODY, text=text, order=0)
    return Article(id="a", source_file="a.txt", source_sha256="0" * 64, ordinal=0, title="t", passages=[passage])
