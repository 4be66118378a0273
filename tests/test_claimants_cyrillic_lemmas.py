"""Russian and Ukrainian claimants folded into the nominative ("по данным Сеула" names "Сеул").

A speaker is named in the case its cue governs, so one body was as many
claimants as the cases it was written in ("Сеул", "Сеула", "Сеулом"); only the
alias list's few bodies were folded.  ``cyrillic_lemmas`` puts each name into
the nominative with pymorphy3, and the corpus fold (full and incremental)
counts names under it.  Each name here is written for these tests.
"""

from __future__ import annotations

import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from store.analysis import cyrillic_lemmas, cyrillic_words
from store.analysis.claimant_folding import canonical_names, canonicalise_claimants
from store.analysis.claimant_refold import FoldedNames, canonicalise_claimants_since
from store.analysis.cyrillic_lemmas import nominative
from store.models import Claim

ROOT = Path(__file__).resolve().parents[1]


# --- one name -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "expected"), [
    ("Сеула", "Сеул"),
    ("Сеулом", "Сеул"),
    ("Пхеньяна", "Пхеньян"),
    ("Києва", "Київ"),  # Ukrainian, told by its letter
    ("Службы безопасности Украины", "Служба безопасности Украины"),
    ("Министерства обороны России", "Министерство обороны России"),
    ("Генерального штаба ВСУ", "Генеральный штаб ВСУ"),
    ("разведки Южной Кореи", "разведка Южной Кореи"),
    ("Вооружённых сил Украины", "Вооружённые силы Украины"),  # a plural head, its adjective plural too
    ("российских военных", "российские военные"),  # an adjective standing as the noun
    ("агентства Ёнхап", "агентство Ёнхап"),  # a word the dictionary does not know, after the head, kept
    ("Генерального штабу ЗСУ", "Генеральний штаб ЗСУ"),  # no Ukrainian letter: Russian reads no phrase in it
])
def test_a_body_or_place_is_named_in_the_nominative(written, expected):
    assert nominative(written) == expected


def test_only_the_head_and_its_adjectives_decline_and_the_genitive_dependents_stay():
    assert nominative("Объединённого комитета начальников штабов Южной Кореи") == (
        "Объединённый комитет начальников штабов Южной Кореи")
    assert nominative("Національної служби розвідки Південної Кореї") == "Національна служба розвідки Південної Кореї"
    assert nominative("Головному управлінні розвідки Міноборони України") == (
        "Головне управління розвідки Міноборони України")  # the locative of "повідомили в …"


def test_spelling_capitals_and_apostrophes_are_kept_as_written():
    assert nominative("Объединенного комитета") == "Объединенный комитет"  # no ё where the writer put е
    assert nominative("Об’єднаного комітету начальників штабів") == "Об’єднаний комітет начальників штабів"
    assert nominative("Об'єднаного комітету начальників штабів") == "Об'єднаний комітет начальників штабів"
    assert nominative("Командования Сил обороны") == "Командование Сил обороны"


@pytest.mark.parametrize(("written", "expected"), [
    ("Владимира Путина", "Владимир Путин"),
    ("Владимира Владимировича Путина", "Владимир Владимирович Путин"),
    ("Андрея Белоусова", "Андрей Белоусов"),
    ("Марии Захаровой", "Мария Захарова"),  # the surname in the first name's gender
    ("Зеленского", "Зеленский"),  # a lone surname with no nominative reading
    ("Володимира Зеленського", "Володимир Зеленський"),  # no Ukrainian letter: Russian does not know the words
    ("Сабрины Сингх", "Сабрина Сингх"),  # a woman's foreign surname does not decline
    ("Сергея Шойгу", "Сергей Шойгу"),
])
def test_a_person_is_named_in_the_nominative(written, expected):
    assert nominative(written) == expected


@pytest.mark.parametrize("written", [
    "НАТО", "ГУР", "СБУ", "МИД России", "ГУР Минобороны", "Минобороны Украины",  # abbreviations, indeclinable words
    "Сеул", "Мария Захарова", "Служба безопасности Украины",  # already nominative
    "Буданова",  # a man's genitive or a woman's nominative: unsure
    "Кирила Буданова",  # Кирил's in Russian, Кирило's in Ukrainian: unsure
    "Служби безпеки України",  # the plural nominative, or the genitive: Ukrainian readings carry no weights
    "Андрія Сибіги", "Ким Чен Ына", "Би-би-си",  # words the dictionaries do not know
    "Юсов",  # a short adjective as much as a genitive plural
    "Reuters", "국가정보원",
])
def test_a_name_the_library_cannot_vouch_for_stays_as_written(written):
    assert nominative(written) == written


def test_a_nominative_is_settled_folding_it_again_changes_nothing():
    names = ["Сеула", "Пентагоном", "Владимира Путина", "Служби безпеки України", "Вооружённых сил",
             "Объединённого комитета начальников штабов Южной Кореи", "российских военных", "Военных", "Властей"]
    for name in names:
        assert nominative(nominative(name)) == nominative(name)


# --- the corpus fold -------------------------------------------------------------------------------------------------


def test_the_cases_of_one_place_are_one_claimant():
    mapping = canonical_names(["Харьков", "Харькова", "Харьковом", "Харькова", "Kharkiv"])
    assert mapping == {"Харьков": "Харьков", "Харькова": "Харьков", "Харьковом": "Харьков", "Kharkiv": "Kharkiv"}


def test_a_nominative_the_alias_list_knows_takes_its_name():
    # "Главном управлении разведки Минобороны Украины" is listed; its genitive is not
    mapping = canonical_names(["Главного управления разведки Минобороны Украины", "Пентагоном"])
    assert mapping["Главного управления разведки Минобороны Украины"] == "Defence Intelligence of Ukraine"
    assert mapping["Пентагоном"] == "Pentagon"


def _claim(number: int, name: str, via: str | None = None) -> Claim:
    return Claim(id=f"c{number}", article_id="a1", passage_id="p1", text="…", start=0, end=1, claimant=name,
                 claimant_in_file=name, via=via)


def test_claims_of_a_file_and_their_relay_are_folded_to_the_nominative():
    claims = [_claim(1, "Службы безопасности Украины"), _claim(2, "Служба безопасности Украины"),
              _claim(3, "Генерального штаба ВСУ", via="агентства Ёнхап")]
    canonicalise_claimants(claims)
    # The General Staff's Russian name is in the alias list (session 19): its genitive reaches that name.
    assert [c.claimant for c in claims] == ["Служба безопасности Украины"] * 2 + [
        "General Staff of the Armed Forces of Ukraine"]
    assert claims[2].via == "Yonhap"  # the alias list's name
    assert claims[0].claimant_in_file == "Службы безопасности Украины"  # as the file wrote it


_CASE_FORMS = [
    ["Сеул", "Сеула", "Сеулом"], ["Пхеньян", "Пхеньяна"], ["Київ", "Києва"],
    ["Служба безопасности Украины", "Службы безопасности Украины"],
    ["Генеральный штаб ВСУ", "Генерального штаба ВСУ"], ["Андрей Белоусов", "Андрея Белоусова", "Белоусов"],
    ["Мария Захарова", "Марии Захаровой", "Захарова"], ["Владимир Зеленский", "Зеленского", "Зеленский"],
    ["Kyrylo Budanov", "Budanov", "K. Budanov"], ["Pentagon", "the Pentagon", "Пентагона"],
    ["разведка Южной Кореи", "разведки Южной Кореи", "Южной Кореи разведка"],
]


@pytest.mark.parametrize("seed", range(8))
def test_refolding_names_in_many_cases_gives_the_fold_of_the_whole(seed):
    rng = random.Random(seed)
    pool = [name for forms in _CASE_FORMS for name in forms]
    previous = Counter(rng.choice(pool) for _ in range(120))
    now = previous.copy()
    for name in rng.sample(pool, 5):  # a new file, in other cases than before
        now[name] += rng.randint(1, 3)
    if seed % 2:  # a replaced file: some case forms written less often, or no longer
        for name in rng.sample(sorted(now), 6):
            now[name] = max(0, now[name] - 2)
        now = +now
    state = FoldedNames(previous, canonical_names(previous.elements()))
    assert state.refold(now) == canonical_names(now.elements())


def test_a_claim_added_in_another_case_refolds_as_the_whole_corpus_folds():
    before = [_claim(1, "Харьков"), _claim(2, "Андрей Белоусов"), _claim(3, "Белоусов")]
    canonicalise_claimants(before)
    state = FoldedNames.of(before)
    assert state is not None
    grown = [*before, _claim(4, "Харьковом"), _claim(5, "Андрея Белоусова")]
    whole = [_claim(i, c.claimant_in_file) for i, c in enumerate(grown)]
    canonicalise_claimants_since(grown, state)
    canonicalise_claimants(whole)
    assert [c.claimant for c in grown] == [c.claimant for c in whole]
    assert [c.claimant for c in grown] == ["Харьков", "Андрей Белоусов", "Андрей Белоусов", "Харьков", "Андрей Белоусов"]


# --- loading the analysers -------------------------------------------------------------------------------------------


def test_the_app_and_english_folding_never_import_pymorphy3():
    code = (
        "import sys\n"
        "import tui.main\n"
        "from store.analysis.claimant_folding import canonical_names\n"
        "canonical_names(['Pentagon', 'Kyrylo Budanov', 'Budanov', '국가정보원', 'Šojgu'])\n"
        "assert 'pymorphy3' not in sys.modules, 'imported for names with no Cyrillic letter'\n"
        "assert canonical_names(['Харькова'])['Харькова'] == 'Харьков'\n"
        "assert 'pymorphy3' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr


def test_each_language_is_loaded_once_per_process(monkeypatch):
    import pymorphy3

    made: list[str] = []
    real = pymorphy3.MorphAnalyzer

    def counting(*args, **kwargs):
        made.append(kwargs.get("lang", "ru"))
        return real(*args, **kwargs)

    monkeypatch.setattr(pymorphy3, "MorphAnalyzer", counting)
    monkeypatch.setattr(cyrillic_words, "_analysers", {})
    caches = (nominative, cyrillic_words.known_readings, cyrillic_words.inflected)
    for cache in caches:
        cache.cache_clear()
    try:
        for name in ("Пхеньяна", "Генерального штаба ВСУ", "Києва", "Головному управлінні розвідки", "Сеулом"):
            nominative(name)
        canonical_names(["Пхеньяном", "Службы безопасности Украины", "Південної Кореї"])
    finally:
        for cache in caches:  # what the counting analyser read is right, but leave none of it behind
            cache.cache_clear()
    assert sorted(made) == ["ru", "uk"]


# --- ingest ----------------------------------------------------------------------------------------------------------


def test_ingested_russian_and_ukrainian_files_name_one_claimant_per_body(tmp_path):
    from store.ingest import ingest_paths
    from store.repository import Repository

    texts = {
        "ru1.txt": "КНДР отправила войска\n\nТАСС 12-03-2025\n\n"
                   "По данным Сеула, КНДР отправила в Россию ещё около 3000 военнослужащих.\n"
                   "По данным Службы безопасности Украины, Пхеньян передал Москве более 100 баллистических ракет.\n",
        "ru2.txt": "Сеул о снарядах\n\nРИА Новости 14-03-2025\n\n"
                   "Сеул сообщил, что КНДР передала России около 6 млн артиллерийских снарядов.\n",
        "uk1.txt": "КНДР відправила військових\n\nУкрінформ 15-03-2025\n\n"
                   "За даними Києва, КНДР передала Росії понад 200 ракет.\n",
    }
    paths = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    db, at_once = tmp_path / "db.json", tmp_path / "at-once.json"
    ingest_paths(paths[:1], db)
    ingest_paths(paths[1:], db)  # the second ingest refolds incrementally
    ingest_paths(paths, at_once)
    claims = Repository.open(db, readonly=True).load().claims
    whole = Repository.open(at_once, readonly=True).load().claims
    assert sorted((c.id, c.claimant, c.claimant_in_file) for c in claims) == sorted(
        (c.id, c.claimant, c.claimant_in_file) for c in whole)
    by_text = {c.text.split(",")[0]: c.claimant for c in claims}
    assert by_text["По данным Сеула"] == "Seoul"  # a capital the alias list names (round 28)
    assert by_text["Сеул сообщил"] == "Seoul"
    assert by_text["По данным Службы безопасности Украины"] == "Служба безопасности Украины"
    assert by_text["За даними Києва"] == "Kyiv"


def test_every_case_form_the_alias_list_names_has_a_nominative_it_names_too():
    import tomllib

    from store.analysis.claimants import ALIASES_PATH, aliased

    aliases = tomllib.loads(Path(ALIASES_PATH).read_text(encoding="utf-8"))["aliases"]
    for canonical, variants in aliases.items():
        for variant in variants:
            if cyrillic_lemmas.may_decline(variant):
                assert aliased(nominative(variant)) == canonical, variant


def test_a_files_own_fold_may_leave_the_nominative_to_the_corpus_fold():
    claims = [_claim(1, "Харькова"), _claim(2, "Харьковом", via="Службы безопасности Украины")]
    canonicalise_claimants(claims, in_nominative=False)
    assert [c.claimant for c in claims] == ["Харькова", "Харьковом"] and claims[1].via == "Службы безопасности Украины"
    for claim in claims:
        claim.claimant_in_file = claim.claimant
    canonicalise_claimants(claims)
    assert [c.claimant for c in claims] == ["Харьков", "Харьков"] and claims[1].via == "Служба безопасности Украины"


def test_a_new_morphology_dictionary_makes_the_claims_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    # The dictionaries decide claimant names as much as our rules do: another version must ask for a reanalysis.
    from store.analysis import fingerprint

    fingerprint.analysis_fingerprint.cache_clear()
    before = fingerprint.analysis_fingerprint()
    real_stamp = fingerprint._package_stamp
    monkeypatch.setattr(
        fingerprint, "_package_stamp", lambda package: real_stamp(package) + (b"2.5" if package.endswith("_ru") else b"")
    )
    fingerprint.analysis_fingerprint.cache_clear()
    try:
        assert fingerprint.analysis_fingerprint() != before
    finally:
        monkeypatch.undo()
        fingerprint.analysis_fingerprint.cache_clear()
    assert fingerprint.analysis_fingerprint() == before
