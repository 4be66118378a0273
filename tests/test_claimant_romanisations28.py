"""Claimant names in other romanisations fold into one person: Spanish and Italian copy writes Ukrainian и
as "i" ("Volodímir Zelenski", "Dmitro Kuleba") where English writes "y" ("Volodymyr Zelenskyy", "Dmytro").

Before, "Volodímir Zelenski" stood as a claimant of its own beside "Volodymyr Zelenskyy", so the figure
tracker and `claimants` split one person's figures in two.
"""

from __future__ import annotations

from collections import Counter

from store.analysis.claimant_folding import canonical_names, first_name_key, surname_key
from store.analysis.claimant_refold import FoldedNames


def test_a_spanish_romanisation_folds_into_the_english_one():
    names = ["Volodímir Zelenski", "Volodymyr Zelenskyy", "Volodymyr Zelenskyy"]
    assert canonical_names(names)["Volodímir Zelenski"] == "Volodymyr Zelenskyy"


def test_y_and_i_inside_a_first_name_are_one_letter():
    names = ["Dmitro Kuleba", "Dmytro Kuleba", "Dmytro Kuleba"]
    assert canonical_names(names) == {"Dmitro Kuleba": "Dmytro Kuleba", "Dmytro Kuleba": "Dmytro Kuleba"}
    assert first_name_key("volodimir") == first_name_key("volodymyr") == first_name_key("wolodymyr")


def test_surname_endings_of_every_romanisation_share_one_key():
    assert {surname_key(s) for s in ("zelensky", "zelenskyy", "zelenskiy", "zelenski")} == {"zelenski"}
    assert surname_key("kim") == "kim"  # short surnames are compared as written


def test_a_lone_surname_in_another_romanisation_finds_its_one_full_name():
    names = ["Zelenski", "Volodymyr Zelenskyy", "Kyrylo Budanov"]
    assert canonical_names(names)["Zelenski"] == "Volodymyr Zelenskyy"


def test_other_first_names_stay_other_people():
    names = ["Ivan Zelenski", "Volodymyr Zelenskyy"]
    assert canonical_names(names) == {name: name for name in names}


def test_a_crowded_block_scored_as_a_matrix_folds_them_too():
    # Sixteen or more surnames in one block ("ze") are scored in one rapidfuzz call, on their keys.
    fillers = [f"Anna Ze{'abcdefghijklmnopqrst'[i]}rova" for i in range(18)]
    names = ["Volodímir Zelenski", "Volodymyr Zelenskyy", "Volodymyr Zelenskyy", *fillers]
    assert canonical_names(names)["Volodímir Zelenski"] == "Volodymyr Zelenskyy"


def test_folding_again_after_a_spanish_article_gives_the_fold_of_the_whole():
    before = Counter({"Volodymyr Zelenskyy": 3, "Kyrylo Budanov": 2, "Zelensky": 1})
    previous = FoldedNames(before, canonical_names(before.elements()))
    now = before + Counter({"Volodímir Zelenski": 1, "Zelenski": 1})
    assert previous.refold(now) == canonical_names(now.elements())
