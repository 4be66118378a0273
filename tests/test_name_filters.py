"""Search filters take names as a user types them, and say so in one line when no single name fits."""

import pytest

from store.errors import StoreError
from store.name_filters import resolve_name

CLAIMANTS = ["Volodymyr Zelenskyy", "Zelenskyy's office", "Kim Jong Un", "Kim Yo Jong", "South Korea's NIS",
             "Rafael Grossi", "Ukraine's HUR"]
OUTLETS = ["Business Insider", "Asia Times", "The Straits Times", "Unknown outlet", "Yonhap"]


@pytest.mark.parametrize(("typed", "meant"), [
    ("Business Insider", "Business Insider"),  # exact
    ("business insider", "Business Insider"),  # case
    ("straits", "The Straits Times"),  # part of the one name that holds it
    ("Busines Insidr", "Business Insider"),  # typos
    ("yonhap", "Yonhap"),
])
def test_an_outlet_is_found_as_typed(typed, meant):
    assert resolve_name(typed, OUTLETS, "outlet") == meant


@pytest.mark.parametrize(("typed", "meant"), [
    ("Kim Jong-un", "Kim Jong Un"),
    ("grosi", "Rafael Grossi"),  # a typo in the one word given
    ("ukraine's hur", "Ukraine's HUR"),
    ("ZELENSKIY OFFICE", "Zelenskyy's office"),
])
def test_a_claimant_is_found_as_typed(typed, meant):
    assert resolve_name(typed, CLAIMANTS, "claimant") == meant


def test_accents_do_not_matter():
    assert resolve_name("Kyiv Independent", ["Kyïv Independent", "Kyiv Post"], "outlet") == "Kyïv Independent"


def test_a_name_that_fits_several_lists_them_most_used_first():
    with pytest.raises(StoreError) as error:
        resolve_name("times", OUTLETS, "outlet")
    assert str(error.value) == "outlet 'times' matches several: Asia Times, The Straits Times; give one in full"
    with pytest.raises(StoreError, match=r"^claimant 'kim' matches several: Kim Jong Un, Kim Yo Jong;"):
        resolve_name("kim", CLAIMANTS, "claimant")


def test_an_unknown_name_is_an_error_offering_only_close_names():
    with pytest.raises(StoreError) as error:
        resolve_name("Budanov", CLAIMANTS, "claimant")
    assert str(error.value) == "no claimant 'Budanov' in this database, nor one close to it; nkru-tui claimants lists them"
    with pytest.raises(StoreError, match="the outlet filter is empty"):
        resolve_name("  ", OUTLETS, "outlet")
