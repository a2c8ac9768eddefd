"""Temperatures read from their sentence: the scale of a bare "degrees", and differences."""

import pytest

from quantclaims.extract import extract_claims


def claim(text, span):
    found = {c.span_text: c for c in extract_claims(text, "t")}
    assert span in found, list(found)
    return found[span]


@pytest.mark.parametrize(
    ("text", "span", "unit", "normalized"),
    [
        # BARE DEGREES BESIDE A TEMPERATURE: the scale of the sentence's temperatures
        ("Temperatures rose 5 degrees to 30C by mid-afternoon.", "5 degrees", "degree Celsius", 5.0),
        ("Highs of 35C are forecast, about 8 degrees above average.", "about 8 degrees", "degree Celsius", 8.0),
        ("It hit 101F on Monday, 12 degrees above normal.", "12 degrees", "degree Fahrenheit", 12 * 5 / 9),
    ],
)
def test_bare_degrees_take_the_scale_of_the_sentence(text, span, unit, normalized):
    c = claim(text, span)
    assert (c.unit, c.quantity_kind, c.normalized_unit) == (unit, "temperature", "degC")
    assert c.normalized_value == pytest.approx(normalized)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The ship turned 90 degrees to the east as the air cooled to 4C.", "90 degrees"),  # an angle
        ("Pilots turned the plane 30 degrees as temperatures fell to -40C.", "30 degrees"),  # a verb of turning
        ("Temperatures peaked at 98 degrees, 10 degrees above normal.", "10 degrees"),  # no scale written
        ("The dial reads 40 degrees at 20C and 30 degrees at 40F.", "40 degrees"),  # two scales
    ],
)
def test_degrees_without_one_scale_beside_them_stay_degrees(text, span):
    assert claim(text, span).unit == "degree"


@pytest.mark.parametrize(
    ("text", "span", "normalized"),
    [
        # A DIFFERENCE OF TEMPERATURES is converted without the offset (a reading keeps it)
        ("The planet has warmed about 2.2 degrees Fahrenheit since 1880.", "about 2.2 degrees Fahrenheit", 2.2 * 5 / 9),
        ("Last month was 2.7F above the 20th-century average.", "2.7F", 1.5),
        ("The temperature fell 18 degrees Fahrenheit to 14F overnight.", "18 degrees Fahrenheit", 10.0),
        ("The temperature fell 18 degrees Fahrenheit to 14F overnight.", "14F", -10.0),
        ("Oceans saw a rise of 1.8F in a century.", "1.8F", 1.0),
        ("It was 104F in Phoenix.", "104F", 40.0),
    ],
)
def test_a_difference_of_temperatures_has_no_offset(text, span, normalized):
    c = claim(text, span)
    assert c.normalized_value == pytest.approx(normalized)
    difference = "difference" in (c.normalization_note or "")
    assert difference == (span not in ("14F", "104F"))
