"""How a linked claim drifted from the original (left) to the re-report (right).

Labels (several may apply; see also schema/alignments.toml):
- Of the figure (exactly one of these, or made_vague/made_precise, or identical):
  identical -- same normalized value, stated unit and rate period, qualifier and bounds
  ("2½ years" and "2.5 years");
  equivalent_after_conversion -- the stated units differ and the normalized values agree within
  align_quantity.tolerance ("one ton" read as a tonne = 1,000 kg and "about 2,200 pounds" = 997.9
  kg differ by 0.2%, inside 1% + the 2.3% that "about 2,200" admits);
  rounded -- same unit, the re-report's value is the original's rounded to fewer significant
  digits ("1,187" -> "about 1,200");
  value_changed -- the values differ beyond all that; also a figure outside the bounds of the vague
  word that replaced it ("a dozen" = 12 -> "several" = 3..9), two vague words with different
  bounds, or a rise reported as a fall;
  made_vague / made_precise -- a figure became a vague word, or the reverse.
- qualifier_changed -- the hedge differs (exact -> approximate, "more than" -> "at least"); not
  added when made_vague / made_precise already say it.
- unit_changed -- for measured quantities (mass, length, duration, money, ...), the stated unit
  differs; for rates, the period differs. A new counted noun ("troops" -> "soldiers") is not a unit
  change: counts compare by entity.
- entity_changed -- both sides name what is counted and share no content word (synonyms folded).
- attribution_dropped / attribution_added / attribution_changed -- the source named by the
  original is missing from the re-report / the re-report names one the original did not / both
  name one and they differ (align_text.same_source).
"""

from __future__ import annotations

import math

from quantclaims.align_claims import UNIT_FREE_KINDS, ClaimView
from quantclaims.align_quantity import Quantity, contains, is_rounding, relative_difference, tolerance
from quantclaims.align_text import dice, fold, same_source

LABELS = (
    "attribution_added", "attribution_changed", "attribution_dropped", "entity_changed",
    "equivalent_after_conversion", "identical", "made_precise", "made_vague", "qualifier_changed",
    "rounded", "unit_changed", "value_changed",
)

_COUNTED = frozenset({"fraction", "ratio", "count", "number"})
"""Normalized units whose stated unit is a counted noun or a way of writing a share, not a measure."""


def _unit_changed(left: ClaimView, right: ClaimView) -> bool:
    if left.per_unit and right.per_unit and fold(left.per_unit) != fold(right.per_unit):
        return True
    if left.normalized_unit != right.normalized_unit:
        return True
    if left.kind in UNIT_FREE_KINDS or left.normalized_unit in _COUNTED or left.normalized_unit.startswith("count/"):
        return False
    return fold(left.unit or "") != fold(right.unit or "")


def _bounds(q: Quantity) -> tuple[float | None, float | None]:
    return q.low, q.high


def _figure_labels(left: ClaimView, right: ClaimView, unit_changed: bool) -> set[str]:
    lq, rq = left.quantity, right.quantity
    if not lq.vague and rq.vague:
        point = lq.point
        return {"made_vague"} | ({"value_changed"} if point is not None and not contains(rq, point) else set())
    if lq.vague and not rq.vague:
        point = rq.point
        return {"made_precise"} | ({"value_changed"} if point is not None and not contains(lq, point) else set())
    labels = set()
    if left.qualifier != right.qualifier:
        labels.add("qualifier_changed")
    if left.change and right.change and left.change != right.change:
        labels.add("value_changed")
    if left.normalized_unit != right.normalized_unit:
        return labels
    if lq.point is None or rq.point is None:
        same = _bounds(lq) == _bounds(rq) and lq.point == rq.point
        return labels | (set() if same else {"value_changed"})
    d = relative_difference(lq.point, rq.point)
    if math.isclose(lq.point, rq.point, rel_tol=1e-9, abs_tol=1e-12):
        return labels | ({"equivalent_after_conversion"} if unit_changed else set())
    if unit_changed:
        return labels | ({"equivalent_after_conversion"} if d <= tolerance(lq, rq) else {"value_changed"})
    if lq.stated is not None and rq.stated is not None and is_rounding(lq.stated, rq.stated):
        return labels | {"rounded"}
    return labels | {"value_changed"}


def _attribution_labels(left: ClaimView, right: ClaimView) -> set[str]:
    a, b = left.attributed_to, right.attributed_to
    if a and not b:
        return {"attribution_dropped"}
    if b and not a:
        return {"attribution_added"}
    if a and b and not same_source(a, b):
        return {"attribution_changed"}
    return set()


def drift_labels(left: ClaimView, right: ClaimView) -> list[str]:
    """The sorted drift labels of a linked pair (never empty: at least 'identical' or a change)."""
    unit_changed = _unit_changed(left, right)
    labels = _figure_labels(left, right, unit_changed)
    if unit_changed:
        labels.add("unit_changed")
    if not labels:
        labels.add("identical")
    if left.entity_words and right.entity_words and dice(left.entity_words, right.entity_words) == 0:
        labels.add("entity_changed")
    labels |= _attribution_labels(left, right)
    return sorted(labels)


def pair_relative_difference(left: ClaimView, right: ClaimView) -> float | None:
    """relative_difference of the normalized values; None if either is missing or the units differ."""
    if left.normalized_value is None or right.normalized_value is None:
        return None
    if left.normalized_unit != right.normalized_unit:
        return None
    return relative_difference(left.normalized_value, right.normalized_value)
