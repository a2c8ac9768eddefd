"""align_quantity: tolerance, rounding and value similarity of two figures."""

from __future__ import annotations

import pytest

from quantclaims.align_quantity import (
    Quantity, hedge_allowance, is_rounding, relative_difference, significant_digits, tolerance, value_similarity,
)


def q(point: float | None, qualifier: str = "exact", low: float | None = None, high: float | None = None,
      stated: float | None = None) -> Quantity:
    if qualifier == "exact" and point is not None and low is None and high is None:
        low = high = point
    return Quantity(point=point, low=low, high=high, qualifier=qualifier,
                    stated=point if stated is None else stated, unit="count")


def test_relative_difference_is_symmetric() -> None:
    assert relative_difference(40, 50) == relative_difference(50, 40) == pytest.approx(0.2)
    assert relative_difference(0, 0) == 0.0
    assert relative_difference(0, 3) == 1.0


def test_significant_digits() -> None:
    assert significant_digits(1187) == 4
    assert significant_digits(1200) == 2
    assert significant_digits(2.5) == 2


def test_hedge_allowance_is_half_the_last_digit_and_capped() -> None:
    assert hedge_allowance(q(2200, "approximate")) == pytest.approx(50 / 2200)
    assert hedge_allowance(q(2200)) == 0.0  # an exact figure admits nothing
    assert hedge_allowance(q(2000, "approximate")) == pytest.approx(0.05)  # +/-500 would be 25%: capped
    assert tolerance(q(1000), q(2200, "approximate")) == pytest.approx(0.01 + 50 / 2200)


def test_rounding() -> None:
    assert is_rounding(1187, 1200)
    assert is_rounding(1187, 1000)
    assert is_rounding(2.47, 2.5)
    assert not is_rounding(1200, 1187)  # more precise is not rounded
    assert not is_rounding(1187, 1250)
    assert not is_rounding(1200, 1200)


def test_value_similarity_of_points() -> None:
    assert value_similarity(q(1000), q(997.9, "approximate", stated=2200)) == 1.0
    changed = value_similarity(q(40), q(50))
    assert changed is not None and 0.1 < changed < 0.5
    assert value_similarity(q(40), q(4000)) < 0.01


def test_value_similarity_against_bounds() -> None:
    several = q(None, "vague", low=3, high=9)
    inside, outside = value_similarity(q(5), several), value_similarity(q(12), several)
    assert inside is not None and outside is not None and inside > outside > 0
    more_than_40 = q(40, "more_than", low=40)
    assert value_similarity(q(45), more_than_40) == pytest.approx(0.85)  # "45" is within "more than 40"
    assert value_similarity(q(45), q(40)) < 0.85
    assert value_similarity(more_than_40, more_than_40) == 1.0
    assert value_similarity(q(None, "vague"), q(None, "vague")) is None  # nothing to compare


def test_value_similarity_of_vague_words() -> None:
    few, several, dozens = q(None, "vague", 2, 5), q(None, "vague", 3, 9), q(None, "vague", 24, 144)
    assert value_similarity(few, few) == 1.0
    overlap, apart = value_similarity(few, several), value_similarity(few, dozens)
    assert overlap is not None and apart is not None and overlap > apart


def test_relative_difference_of_opposite_signs_stays_within_the_schema_bound() -> None:
    # schema/alignments.toml bounds relative_difference by 2: reached by opposite signs only.
    assert relative_difference(-5, 5) == 2.0
    assert relative_difference(-5, -4) == pytest.approx(0.2)
