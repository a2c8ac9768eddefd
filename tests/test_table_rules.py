"""Row rules: recomputing normalized values (with pint) and the qualifier -> bounds conventions."""

import math

import pytest

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
