"""Quantities as intervals in normalized units, and how close two of them are.

A claim states a point (2,200 pounds), a hedged point (about 2,200), a half-open bound (more than
40), a range (40-50) or a vague word with lexicon bounds (several: 3..9). Alignment compares them in
the normalized unit (kg, day, count, ...), so that "one ton" and "about 2,200 pounds" meet. The
tolerance for "the same quantity" is documented in lexicon/align.toml [value].
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from quantclaims.align_lexicon import lexicon

HEDGED = frozenset({"approximate", "nearly"})
"""Qualifiers whose figure is admitted to be rounded: they widen the tolerance."""


@dataclass(frozen=True)
class Quantity:
    """A claim's figure in its normalized unit; `stated` is the value as written (for rounding)."""

    point: float | None
    low: float | None
    high: float | None
    qualifier: str
    stated: float | None
    unit: str

    @property
    def vague(self) -> bool:
        return self.qualifier == "vague"


def relative_difference(a: float, b: float) -> float:
    """|a - b| / max(|a|, |b|): symmetric, 0 when equal, 1 when one is 0 and the other not."""
    scale = max(abs(a), abs(b))
    return 0.0 if scale == 0 else abs(a - b) / scale


def _last_digit_place(value: float) -> float:
    """Place value of the last significant digit as written: 2200 -> 100, 2.5 -> 0.1, 7 -> 1."""
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return 10.0 ** int(exponent)


def significant_digits(value: float) -> int:
    """Significant digits of a stated value: 1187 -> 4, 1200 -> 2, 2.5 -> 2."""
    digits = Decimal(repr(abs(float(value)))).normalize().as_tuple().digits
    return max(1, len(digits))


def hedge_allowance(q: Quantity) -> float:
    """Relative error a hedged figure admits: half a unit in its last significant digit, capped."""
    if q.qualifier not in HEDGED or not q.stated:
        return 0.0
    allowance = 0.5 * _last_digit_place(q.stated) / abs(q.stated)
    return min(allowance, lexicon().max_hedge_tolerance)


def tolerance(a: Quantity, b: Quantity) -> float:
    """Largest relative difference at which a and b still state the same quantity."""
    return lexicon().base_tolerance + hedge_allowance(a) + hedge_allowance(b)


def is_rounding(original: float, reported: float) -> bool:
    """Is `reported` `original` rounded to fewer significant digits (1187 -> 1200, 2.47 -> 2.5)?"""
    if original == reported or reported == 0:
        return False
    digits = significant_digits(original)
    for k in range(1, min(digits, lexicon().max_rounding_digits + 1)):
        magnitude = math.floor(math.log10(abs(original)))
        place = 10.0 ** (magnitude - k + 1)
        rounded = round(original / place) * place
        if math.isclose(rounded, reported, rel_tol=1e-9):
            return True
    return False


def contains(q: Quantity, x: float) -> bool:
    """Does q's interval (bounds; None is open) hold x? False when q has no bound at all."""
    if q.low is None and q.high is None:
        return False
    eps = 1e-9 * max(1.0, abs(x))
    return (q.low is None or x >= q.low - eps) and (q.high is None or x <= q.high + eps)


def _log_distance(q: Quantity, x: float) -> float:
    """How far x lies outside q's bounds, in natural-log units (relative units if not positive)."""
    nearest = q.low if q.low is not None and x < q.low else q.high
    if nearest is None:
        return 0.0
    if nearest > 0 and x > 0:
        return abs(math.log(x / nearest))
    return relative_difference(x, nearest)


def value_similarity(a: Quantity, b: Quantity) -> float | None:
    """0..1: how well two figures agree; None when neither states anything comparable."""
    lex = lexicon()
    if a.point is not None and b.point is not None:
        d = relative_difference(a.point, b.point)
        tol = tolerance(a, b)
        s = 1.0 if d <= tol else math.exp(-(d - tol) / lex.point_decay)
        if (a.qualifier != "exact" and contains(a, b.point)) or (b.qualifier != "exact" and contains(b, a.point)):
            s = max(s, lex.contained)
        return s
    if a.point is not None or b.point is not None:
        point, other = (a.point, b) if a.point is not None else (b.point, a)
        assert point is not None
        if other.low is None and other.high is None:
            return None
        if contains(other, point):
            return lex.contained
        return lex.contained * math.exp(-_log_distance(other, point) / lex.interval_decay)
    if (a.low, a.high) == (b.low, b.high):
        return 1.0 if a.low is not None or a.high is not None else None
    if a.low is None and a.high is None or b.low is None and b.high is None:
        return None
    lo = max(x for x in (a.low, b.low, -math.inf) if x is not None)
    hi = min(x for x in (a.high, b.high, math.inf) if x is not None)
    if lo <= hi:
        return lex.contained
    return 0.5 * lex.contained * math.exp(-min(_log_distance(a, x) for x in (b.low, b.high) if x is not None) / lex.interval_decay)
