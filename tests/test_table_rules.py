"""Row rules: recomputing normalized values (with pint) and the qualifier -> bounds conventions."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quantclaims.table_rules import Context, QUALIFIER_BOUNDS, _qualifier, expected_normalized


@pytest.mark.parametrize(
    ("value", "unit", "per_unit", "normalized_unit", "expected"),
    [
        (7, "troop", None, "count", 7),                         # counts keep the value
        (3, None, None, "ratio", 3),
        (1.8e9, "dollar", None, "USD", 1.8e9),                  # money: scaled, never converted
        (40, "percent", None, "fraction", 0.4),                 # percent divided out
        (0.5, None, None, "fraction", 0.5),                     # 'half' is already a fraction
        (1, "ton", None, "kg", 1000),                           # unqualified ton = metric tonne
        (1, "short ton", None, "kg", 907.18474),
        (500, "pound", None, "kg", 226.796185),
        (3, "mile", None, "m", 4828.032),
        (2.5, "year", None, "day", 913.125),                    # pint's year: 365.25 days
        (6, "week", None, "day", 42),
        (20, "square kilometer", None, "km2", 20),
        (300, "soldier", "day", "count/day", 300),
        (2, None, "month", "count/day", 2 / 30.4375),           # 'twice a month'
        (40, "year", None, "year", 40),                         # ages
        (35, "cent", None, "USD", 0.35),                        # fractional currency: in the main unit
        (80, "pence", None, "GBP", 0.80),
        (12, "sen", None, "MYR", 0.12),
        (25, "basis point", None, "fraction", 0.0025),          # pint has no basis point
        (300, "dollar", "day", "USD/day", 300),                 # money rates
        (70, "euro", "week", "EUR/day", 10),
        (50, "cent", "hour", "USD/day", 12),
        (50, "basis point", "year", "fraction/day", 0.005 / 365.25),
        (58, "dollar", "barrel", "USD/barrel", 58),             # a price per thing keeps the value
        (40, "cent", "gallon", "USD/gallon", 0.40),
        (3, "kopeck", "share", "count/share", 3),
        (120, "point", None, "point", 120),                     # kind 'other': normalized to its own name
        (7, "snowboard trick", None, "snowboard trick", 7),
        (2, None, "decade", "count/day", 2 / 3652.5),           # 'twice a decade': ten years
        (1, "barrel", None, "l", 158.987294928),                # the oil barrel, 42 US gallons
        (10, "barrel", "day", "l/day", 1589.87294928),
    ],
)
def test_expected_normalized(value, unit, per_unit, normalized_unit, expected):
    assert math.isclose(expected_normalized(value, unit, per_unit, normalized_unit), expected, rel_tol=1e-9)


@pytest.mark.parametrize(
    ("unit", "per_unit", "normalized_unit", "problem"),
    [
        ("blorp", None, "kg", "pint does not know unit 'blorp'"),
        ("meter", None, "kg", "cannot convert"),
        (None, None, "m", "no unit"),
        ("troop", None, "count/day", "needs per_unit"),
        ("dollar", "barrel", "USD/gallon", "per 'gallon' but per_unit is 'barrel'"),
        ("snowboard trick", None, "kg", "pint does not know unit"),
    ],
)
def test_unrecomputable_normalization_says_why(unit, per_unit, normalized_unit, problem):
    with pytest.raises(ValueError, match=problem):
        expected_normalized(1.0, unit, per_unit, normalized_unit)


def _row(qualifier, value, low, high):
    return {"qualifier": qualifier, "value": value, "value_low": low, "value_high": high}


@pytest.mark.parametrize(
    ("row", "ok"),
    [
        (_row("exact", 5.0, 5.0, 5.0), True),
        (_row("exact", 5.0, None, 5.0), False),
        (_row("approximate", 5.0, None, None), True),
        (_row("approximate", 5.0, 4.0, 6.0), False),                  # no invented tolerance
        (_row("nearly", 5.0, None, 5.0), True),
        (_row("more_than", 5.0, 5.0, None), True),
        (_row("more_than", 5.0, 5.0, 9.0), False),
        (_row("at_most", 5.0, None, 5.0), True),
        (_row("range", None, 2.0, 5.0), True),
        (_row("range", 3.0, 2.0, 5.0), False),
        (_row("range", None, 2.0, None), False),
        (_row("vague", None, 3.0, 9.0), True),
        (_row("vague", 4.0, 3.0, 9.0), False),
    ],
)
def test_qualifier_decides_the_bounds(row, ok):
    assert set(QUALIFIER_BOUNDS) == {"exact", "approximate", "nearly", "more_than", "at_least", "less_than",
                                     "at_most", "range", "vague"}
    assert (list(_qualifier(row, Context(None, None))) == []) is ok


# Our own general-news sentences, each with a normalization the Kursk sources never need: the
# extractor's output on them must pass validation (the check and the extractor agree).
NEWS = {
    "minor-currency": "Bus fares went up 35 cents in Boston, a London pasty costs 80 pence more, and "
                      "shares of a Malaysian lender fell 12 sen.",
    "basis-points": "The central bank raised its key rate by 25 basis points on Thursday.",
    "money-rates": "Striking dockers were offered $300 a day, and interns in Lyon earn 15 euros per month "
                   "more than last year.",
    "price-per-thing": "Brent crude traded at $58 a barrel while gasoline sold for $3.10 a gallon.",
    "other-units": "The new wind turbine delivers 4,000 kilowatt hours a month and the index gained 120 points.",
    "decade": "Floods hit the valley twice a decade, the survey found.",
    "barrels": "The field pumps 52,000 barrels a day and has stored 2 million barrels.",
    # a difference of temperatures is normalized without the offset, and says so
    "warming": "The planet has warmed about 2.2 degrees Fahrenheit, and highs of 35C were 8 degrees above average.",
    "new-readings": "A magnitude 6.8 quake hit; output fell 2 million bpd; the over-65s may wait a day or two; "
                    "salaries start at 45k and she ran a 10k. Freight costs $6,000 per container. "
                    "He weighs 14 stone and his pulse is 60 to 100 beats per minute. Emissions hit 37.4 gigatonnes. "
                    "Tourists get 1.14 euros to the pound.",
}


def test_extract_output_on_general_news_always_validates():
    from quantclaims.extract import extract
    from quantclaims.validate import validate_table

    import pandas as pd

    frames = [extract(text, doc_id) for doc_id, text in NEWS.items()]
    claims = pd.concat(frames, ignore_index=True)
    validate_table("claims", claims, NEWS)  # raises ValidationError naming every failing row
    # the sentences do exercise the cases above (else this test would prove nothing)
    units = set(claims["normalized_unit"])
    assert {"USD", "GBP", "MYR", "fraction", "USD/day", "EUR/day", "USD/barrel", "count/day"} <= units
    assert set(claims["per_unit"].dropna()) >= {"barrel", "decade", "day"}
    assert {"l", "l/day"} <= units
    minor = claims[claims["unit"].isin(["cent", "penny", "pence", "sen"])]
    assert len(minor) == 3 and (minor["normalized_value"] < minor["value"]).all()


def _same_cells(a, b) -> bool:
    return len(a) == len(b) and all(
        list(x) == list(y)
        and all(type(x[k]) is type(y[k]) and (x[k] == y[k] or (x[k] != x[k] and y[k] != y[k])) for k in x)
        for x, y in zip(a, b)
    )


@given(st.lists(st.tuples(st.none() | st.text(max_size=3), st.none() | st.integers(-5, 5), st.integers(0, 9),
                          st.none() | st.floats(allow_nan=True), st.booleans()), max_size=8))
@settings(max_examples=80, deadline=None)
def test_records_are_to_dict_records(rows) -> None:
    import pandas as pd

    from quantclaims.table_rules import records

    cols = list(zip(*rows)) or [(), (), (), (), ()]
    frame = pd.DataFrame({
        "s": pd.array(cols[0], dtype="string"), "i": pd.array(cols[1], dtype="Int64"),
        "n": pd.array(cols[2], dtype="int64"), "f": pd.array(cols[3], dtype="float64"),
        "b": pd.array(cols[4], dtype="bool"),
    })
    assert _same_cells(records(frame), frame.to_dict("records"))
