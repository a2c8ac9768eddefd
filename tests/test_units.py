"""Unit words, currency signs and conversions with pint."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quantclaims import units


def test_unit_after_number():
    text = "a load of 2,200 pounds"
    unit, s, e = units.unit_after(text, text.index("2,200") + 5, len(text))
    assert (unit.lemma, unit.kind, text[s:e]) == ("pound", "mass", "pounds")


def test_unit_after_hyphen():
    text = "a 3,000-pound bomb"
    unit, s, e = units.unit_after(text, text.index("-"), len(text))
    assert unit.lemma == "pound" and text[s:e] == "pound"


def test_percent_forms():
    for text in ("5%", "5 percent", "5 per cent", "5 per\u00a0cent"):
        unit, _, _ = units.unit_after(text, 1, len(text))
        assert unit.lemma == "percent" and unit.per == 100


def test_short_forms_need_their_case():
    assert units.unit_after("5M people", 1, 9) is None


def test_a_form_that_is_also_a_word_is_a_unit_only_glued():
    assert units.unit_after("30cm (12in)", 8, 11)[0].lemma == "inch"
    assert units.unit_word("in") is None  # a word on its own is never the glued-only form
    assert units.unit_after("5 in the morning", 1, 16) is None


def test_currency_signs_before():
    text = "costs US$ 40"
    unit, s = units.sign_before(text, text.index("40"), 0)
    assert unit.code == "USD" and text[s:].startswith("US$")
    unit, _ = units.sign_before("\u20ac5", 1, 0)
    assert unit.code == "EUR"


def test_counted_nouns():
    assert units.noun("troops").claim_type == "force_size"
    assert units.noun("people").lemma == "person"
    assert units.noun("casualties").claim_type == "casualties"
    assert units.noun("drones").claim_type == "equipment_count"
    assert units.noun("tomatoes") is None


def test_a_counted_noun_keeps_its_own_lemma():
    """The lemma is the noun as stated: 'warships' -> 'warship', not its hypernym 'ship'."""
    assert (units.noun("warships").lemma, units.noun("warships").claim_type) == ("warship", "equipment_count")
    assert units.noun("ships").lemma == "ship"


@pytest.mark.parametrize(
    ("pint_unit", "target", "expected"),
    [
        ("metric_ton", "kg", 1000.0),
        ("short_ton", "kg", 907.18474),
        ("long_ton", "kg", 1016.0469088),
        ("pound", "kg", 0.45359237),
        ("mile", "m", 1609.344),
        ("mile / hour", "km/h", 1.609344),
        ("month", "day", 30.4375),
        ("year", "day", 365.25),
    ],
)
def test_factors_come_from_pint(pint_unit, target, expected):
    assert units.factor(pint_unit, target) == pytest.approx(expected)


def test_temperature_is_offset_aware():
    assert units.convert(212.0, "degree_Fahrenheit", "degC") == pytest.approx(100.0)
    # a difference of temperatures (pint's delta unit) has no offset: 9 Fahrenheit degrees are 5 Celsius
    assert units.convert(9.0, "delta_degree_Fahrenheit", "degC") == pytest.approx(5.0)


def test_no_registry_at_import():
    src = Path(__file__).resolve().parents[1] / "src"
    code = (
        "import sys; import quantclaims.extract, quantclaims.units;"
        "from quantclaims.extract import extract_claims;"
        "extract_claims('They lost 45,000 troops.');"
        "print('pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(src)}, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_a_decade_is_ten_years_not_a_log_unit():
    assert units.factor("10 * year", "day") == pytest.approx(3652.5)
    assert units.days("decade") == pytest.approx(3652.5)


@pytest.mark.parametrize(
    ("text", "per", "end_word"),
    [
        ("900 rounds per day into the valley", "day", "day"),  # "per" is never a time
        ("30 drones a night since March", "night", "night"),  # a rate since it began
        ("200 shells nightly", "night", "nightly"),
    ],
)
def test_rate_periods_attach(text, per, end_word):
    pos = text.index(" ", text.index(" ") + 1)  # after the counted noun
    found = units.per_after(text, pos, len(text))
    assert found is not None and found[:2] == (per, True)
    assert text[: found[2]].endswith(end_word)


def test_a_period_followed_by_a_time_word_is_no_rate():
    text = "5% a year earlier"
    assert units.per_after(text, 2, len(text)) is None
    text = "10 km a year into the war"
    assert units.per_after(text, 5, len(text)) is None
    text = "5% a year from now"
    assert units.per_after(text, 2, len(text)) is None


def test_a_period_before_the_level_moved_from_is_a_rate():
    text = "700 tonnes a day from 800"
    found = units.per_after(text, 10, len(text))
    assert found is not None and found[0] == "day"


def test_a_night_is_one_day_of_a_rate():
    assert units.days("night") == pytest.approx(1.0)


def test_sign_before_looks_past_spaces_only():
    """The quick test before the search: the sign's last character, then only spaces, then the figure."""
    assert units.sign_before("EUR 40", 4, 0)[0].code == "EUR"
    assert units.sign_before("EUR\u00a0 40", 5, 0)[0].code == "EUR"
    assert units.sign_before("EURO 40", 5, 0) is None
    assert units.sign_before("$ 40", 2, 0)[1] == 0
    assert units.sign_before("   40", 3, 0) is None
    assert units.sign_before("US$40", 3, 1) is None  # the sign must lie inside the window


@pytest.mark.parametrize(
    ("text", "lemma"),
    [("Highs of 38C are forecast.", "degree Celsius"), ("It was 104F in the shade.", "degree Fahrenheit"),
     ("Lows of -7C overnight.", "degree Celsius")],
)
def test_a_temperature_letter_glued_to_its_number(text, lemma):
    pos = next(i for i, ch in enumerate(text) if ch.isdigit())
    while text[pos].isdigit():
        pos += 1
    found = units.unit_after(text, pos, len(text))
    assert found is not None and found[0].lemma == lemma and found[0].kind == "temperature"


@pytest.mark.parametrize("text", ["Tickets cost 50c each.", "It reached 38 C by noon."])
def test_a_temperature_letter_in_another_case_or_apart_is_no_unit(text):
    pos = text.index("0") + 1 if "50c" in text else text.index("38") + 2
    assert units.unit_after(text, pos, len(text)) is None


@pytest.mark.parametrize(
    "text, lemma, kind, written",
    [
        ("4 W/m2 of sunlight", "watt per square meter", "other", "W/m2"),
        ("0.7 A/cm\u00b2 at the anode", "ampere per square centimeter", "other", "A/cm\u00b2"),
        ("3.7 m/s2 on Mars", "meter per square second", "other", "m/s2"),
        ("12 kg/m^3 or so", "kilogram per cubic meter", "other", "kg/m^3"),
        ("40 \u00b5g/m3 of dust", "microgram per cubic meter", "other", "\u00b5g/m3"),
        ("15 ft/s downhill", "foot per second", "speed", "ft/s"),  # a speed by its dimensions
        ("4.2 t/ha of maize", "metric ton per hectare", "other", "t/ha"),
    ],
)
def test_compound_unit_with_slash_and_exponent_is_read_by_pint(text, lemma, kind, written):
    pos = text.index(" ")
    unit, start, end = units.unit_after(text, pos, len(text))
    assert (unit.lemma, unit.kind, text[start:end]) == (lemma, kind, written)


@pytest.mark.parametrize("text", ["3 A/B tests", "5 P/E ratio", "24 hrs/day", "2 and/or 3", "9 km/h",
                                  "2 A/C units", "4 N/A"])
def test_no_compound_where_pint_or_the_lexicon_should_not_read_one(text):
    assert units.compound_after(text, text.index(" "), len(text)) is None


def test_a_compound_speed_is_converted_by_pint():
    from quantclaims.extract import extract_claims

    (c,) = extract_claims("The current ran at 2 ft/s.")
    assert c.unit == "foot per second" and c.normalized_unit == "km/h"
    assert c.normalized_value == pytest.approx(2 * 0.3048 * 3.6)


@pytest.mark.parametrize("text, end", [("$75 U.S. per barrel", 8), ("C$9 Cdn a share", 7), ("$75 per barrel", None),
                                       ("$75 USA", None)])
def test_currency_named_again_after_an_amount(text, end):
    assert units.currency_mark_after(text, text.index(" "), len(text)) == end


@pytest.mark.parametrize(("text", "code"), [("US\u00a0$5", "USD"), ("HK\u00a0$10", "HKD"), ("US  $7", "USD")])
def test_a_sign_with_another_space_inside_is_still_the_sign(text, code):
    found = units.sign_before(text, len(text) - 2 if text.endswith("10") else len(text) - 1, 0)
    assert found is not None and found[0].code == code and found[1] == 0


def test_a_unit_matched_through_case_folding_alone_is_no_unit() -> None:
    """re folds "\u017f" (long s) to "s", lower() does not: "km\u017f" matched "kms" and then was
    looked up in vain (a KeyError that stopped extraction)."""
    from quantclaims.extract import extract_claims

    assert units.unit_after("5 km\u017f long", 1, 12) is None
    extract_claims("The road is 5 km\u017f long.")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("costs fell by a third year-on-year", "a third", None),  # a period compared with the one before
        ("sales fell 2 month over month", "2", None),
        ("output fell for 2 months on end", "2", "month"),
        ("he served 3 years on the board", "3", "year"),
    ],
)
def test_a_period_compared_with_the_one_before_is_no_unit(text, figure, unit):
    found = units.unit_after(text, text.index(figure) + len(figure), len(text))
    assert (found[0].lemma if found else None) == unit


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        # AN EXCHANGE RATE: a pound that buys an amount of another currency is the currency
        ("One pound buys 1.17 euros at the airport.", "One pound", "money"),
        ("1 pound is worth $1.27 today.", "1 pound", "money"),
        ("One pound now fetches about 190 yen.", "One pound", "money"),
        ("Each 1 pound bag buys 3 meals.", "1 pound", "mass"),  # no amount of money after the verb
    ],
)
def test_a_pound_exchanged_for_money_is_the_currency(text, figure, kind):
    start = text.index(figure)
    unit = units.Unit("pound", "mass", pint="pound")
    sense = units.money_sense(unit, text, 0, start, start + len(figure), len(text))
    assert ("money" if sense is not None else "mass") == kind


@pytest.mark.parametrize(("text", "lemma"), [("Sales climbed 12 % in May.", "percent"), ("It turned 90 ° left.", "degree")])
def test_a_sign_may_stand_apart_from_the_number(text, lemma):
    # A SPACED PERCENT SIGN ("12 %", wire and translated copy): one-letter units must be glued, signs need not
    pos = text.index(" %") if "%" in text else text.index(" \u00b0")
    unit, _, _ = units.unit_after(text, pos, len(text))
    assert unit.lemma == lemma


def test_a_one_letter_unit_still_must_be_glued():
    text = "The plan had 5 p left."
    assert units.unit_after(text, text.index(" p"), len(text)) is None


@pytest.mark.parametrize("text", ["A magnitude 6.8 earthquake hit.", "A magnitude-5.1 quake hit."])
def test_a_unit_word_before_the_number(text):
    # A MAGNITUDE WRITTEN BEFORE ITS NUMBER, as a currency sign is
    pos = next(i for i, ch in enumerate(text) if ch.isdigit())
    unit, start = units.unit_before(text, pos, 0)
    assert (unit.lemma, text[start:pos].rstrip(" -")) == ("magnitude", "magnitude")
    assert units.unit_before("It rose 6.8 points.", 8, 0) is None


@pytest.mark.parametrize(
    ("text", "denominator"),
    [(" per container to", "container"), (" per shift.", "shift"), (" per barrel", "barrel"), (" per the deal", None),
     (" per cups", None)],
)
def test_per_any_singular_thing_is_a_denominator(text, denominator):
    # PER A THING NO LIST NAMES ("$6,000 per container"); not a function word, not a plural
    found = units.per_after(text, 0, len(text))
    assert (found[0] if found else None) == denominator


@pytest.mark.parametrize(
    ("text", "denominator"),
    [(" to the dollar.", "dollar"), (" to the pound", "pound"), (" to the bank", None)],
)
def test_to_the_currency_is_an_exchange_rate(text, denominator):
    # AN EXCHANGE RATE "TO THE DOLLAR": per one of a currency ("18.9 rand to the dollar")
    found = units.per_after(text, 0, len(text))
    assert (found[0] if found else None) == denominator


@pytest.mark.parametrize(("text", "kind"), [("Every five pounds spent online", "money"), ("2 million pounds raised", "money"),
                                            ("He lost 20 pounds in a month", "mass")])
def test_pounds_spent_are_money(text, kind):
    # A PARTICIPLE OF SPENDING right after the pounds makes them money
    start = next(i for i, ch in enumerate(text) if ch.isdigit() or text[i:].startswith("five"))
    end = text.index("pounds") + len("pounds")
    sense = units.money_sense(units.Unit("pound", "mass", pint="pound"), text, 0, start, end, len(text))
    assert ("money" if sense is not None else "mass") == kind


@settings(max_examples=200, deadline=None)
@given(st.floats(-1e6, 1e6, allow_nan=False), st.sampled_from(["degree_Fahrenheit", "degree_Celsius", "kelvin"]))
def test_a_temperature_converts_as_a_pint_quantity_does(value, pint_unit):
    """convert reads the units once (_to_celsius); the value is what pint's own Quantity.to gives."""
    ureg = units._registry_for(pint_unit)
    plain = float(ureg.Quantity(value, pint_unit).to("degree_Celsius").magnitude)
    assert units.convert(value, pint_unit, "degC") == plain


_AFTER_PIECES = ["a", "A", "an", "day", "per", "PER", "each", "every", "to", "the", "dollar", "daily", "Weekly", "year",
                 "share", "container", "cats", "/", "yr", "-", "\u2010", " ", "  ", "\t", "\u00a0", "\u0131", "K",
                 "\u017f", "$", "\u20ac", "5", ",", ".", "x"]
_OPENERS = st.sampled_from(["", " ", "  ", "\t", "\u00a0", "-", "\u2010", " /", "/", "/ ", " -", "\u00a0\u20ac", " $"])
_AFTER_TEXTS = st.tuples(_OPENERS, st.lists(st.sampled_from(_AFTER_PIECES), max_size=6).map("".join)).map("".join)


@pytest.mark.parametrize("after", [" /yr", "/ day", " a day", "-a-day", "\u2010an hour", " Daily", " per container",
                                   " to the dollar", " cats", ", a day", " annually"])
def test_per_after_first_test_reads_what_the_patterns_read(after):
    assert units.per_after("5" + after, 1, len(after) + 1) == units._per_after("5" + after, 1, len(after) + 1, units.rates())


@settings(max_examples=1500, deadline=None)
@given(_AFTER_TEXTS, st.data())
def test_per_after_first_test_is_the_plain_reading(after, data):
    """per_after tests the character after the figure (and after its spaces) first: it gives what
    its patterns give."""
    text = "5" + after
    hi = data.draw(st.just(len(text)) | st.integers(0, len(text)))
    assert units.per_after(text, 1, hi) == units._per_after(text, 1, hi, units.rates())
