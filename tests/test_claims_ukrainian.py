"""Ukrainian claims: speakers, counts, hedges and subjects.

Ukrainian coverage of the war is a main source, and it is not Russian: its
verbs end differently ("заявив", "повідомила"), it says "за даними" where
Russian says "по данным", writes "тисяч" and "близько", and has letters
Russian lacks (і, ї, є, ґ) in names and inflections.  None of these sentences
comes from a seed; each assertion is what an analyst filters by.
"""

from __future__ import annotations

from claim_builders import claim_with, claims_of

from store.models import Qualifier


def _read(text: str, surface: str) -> tuple[str | None, str | None, str, str]:
    claim = claim_with(claims_of(text), surface)
    figure = next(f for f in claim.figures if surface in f.surface)
    return claim.claimant, claim.subject, figure.unit, figure.qualifier


def test_ukrainian_speaker_before_the_verb_and_a_bare_count_of_soldiers() -> None:
    text = "Щодо втрат, Буданов сказав, що північнокорейські підрозділи вже втратили близько 200 військових."
    assert _read(text, "200") == ("Kyrylo Budanov", "casualties", "troops", Qualifier.APPROX)


def test_ukrainian_according_to_in_the_genitive() -> None:
    text = "За даними Головного управління розвідки, у Курській області перебувають близько 11 тисяч військових КНДР."
    claimant, subject, unit, qualifier = _read(text, "11 тисяч")
    # The directorate's Ukrainian name, in any case, folds to the name its English coverage uses.
    assert (claimant, subject, unit, qualifier) == ("Defence Intelligence of Ukraine", "troops_deployed", "troops",
                                                    Qualifier.APPROX)
    assert claim_with(claims_of(text), "11 тисяч").figures[0].value == 11_000


def test_ukrainian_feminine_verb_and_at_least() -> None:
    text = "Розвідка Південної Кореї повідомила, що КНДР відправила до Росії щонайменше 12 тисяч солдатів."
    claimant, subject, unit, qualifier = _read(text, "12 тисяч")
    assert (subject, unit, qualifier) == ("troops_deployed", "troops", Qualifier.AT_LEAST)
    assert claimant == "National Intelligence Service"  # South Korea's intelligence: the NIS


def test_ukrainian_as_reported_and_casualties() -> None:
    text = "Як повідомив Зеленський, втрати північнокорейських військ сягнули 4 тисяч загиблих і поранених."
    claimant, subject, _unit, _qualifier = _read(text, "4 тисяч")
    assert (claimant, subject) == ("Volodymyr Zelenskyy", "casualties")


def test_ukrainian_shells_missiles_and_money() -> None:
    text = "За оцінками ГУР, Північна Корея постачає понад 50% снарядів, які використовує російська армія."
    assert claim_with(claims_of(text), "50%").subject == "ammunition_share"
    text = "Міноборони України заявило, що КНДР передала Росії понад 100 балістичних ракет."
    assert _read(text, "100")[1:] == ("missiles_supplied", "missiles", Qualifier.AT_LEAST)
    text = "Пхеньян отримав від Москви близько 20 млрд доларів, стверджує Буданов."
    assert _read(text, "20 млрд")[1:3] == ("payments", "USD")


def test_russian_hedge_before_a_plain_number_is_kept() -> None:
    # A count without a scale word is read by the English parser; its Russian hedge must not be lost.
    text = "По данным Минобороны Украины, КНДР передала России более 100 баллистических ракет."
    assert _read(text, "100")[3] == Qualifier.AT_LEAST
    text = "По словам Буданова, погибли около 600 северокорейских военных."
    assert _read(text, "600")[3] == Qualifier.APPROX


def test_a_ukrainian_noun_inside_another_word_is_no_noun() -> None:
    # "військов" names soldiers only where a word starts with it; letters counted are not troops.
    text = "Він повідомив, що близько 11 тисяч листів залишилися невідправленими."
    claim = claim_with(claims_of(text), "11 тисяч")
    assert claim.subject is None and claim.figures[0].unit == ""


def test_a_billion_written_out_is_a_billion_not_a_million() -> None:
    # "миллиард" and "миллион" share their first letters; the scale must come from the whole word.
    text = "По оценкам ГУР, Пхеньян получил около 20 миллиардов долларов."
    assert claim_with(claims_of(text), "20 миллиардов").figures[0].value == 20e9
    text = "За оцінками ГУР, Пхеньян отримав близько 5 мільйонів доларів."
    assert claim_with(claims_of(text), "5 мільйонів").figures[0].value == 5e6


def test_a_speaker_named_after_the_verb_at_the_end_of_the_sentence() -> None:
    text = "Северная Корея отправила в Россию около 3 тысяч военных, — заявил Зеленский."
    assert claim_with(claims_of(text), "3 тысяч").claimant == "Volodymyr Zelenskyy"
