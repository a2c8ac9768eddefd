"""From a Draft to the fields of a claim: bounds, unit lemma, normalized value and unit, kind, type.

Every rule here is one line of docs/conventions.md ("Values", "Units and normalization", "Kinds
and types"). Physical conversions go through quantclaims.units (pint); nothing is converted by hand
except percentages (a division by 100) and rates (a division by the period's length in days, which
pint gives).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Any

from quantclaims import units
from quantclaims.claims import Draft


FIELDS = (
    "value", "value_low", "value_high", "unit", "per_unit", "normalized_value", "normalized_unit",
    "normalization_note", "quantity_kind", "claim_type", "entity", "qualifier", "qualifier_text", "change",
)
"""The claim columns that depend only on the quantity expression, in schema order."""


def _hundredths(value: float, per: float) -> float:
    """value / per as the decimals written: "4.1%" is 0.041 (the binary quotient is 0.040999999999999995)."""
    return float(Decimal(repr(value)) / Decimal(repr(per)))


_BOUNDS = {
    "exact": (True, True),
    "approximate": (False, False),
    "nearly": (False, True),
    "more_than": (True, False),
    "at_least": (True, False),
    "less_than": (False, True),
    "at_most": (False, True),
}
_PHYSICAL_TYPE = {
    "length": "distance",
    "area": "territory",
    "duration": "duration",
    "age": "age",
    "speed": "measurement",
    "volume": "measurement",
    "temperature": "measurement",
}


def _has_word(text: str | None, name: str) -> bool:
    """Whether one of the words of nouns.toml's list `name` is a whole word of the lowered text."""
    if not text:
        return False
    return _word_pattern(name).search(text.lower()) is not None


@lru_cache(maxsize=None)
def _word_pattern(name: str) -> re.Pattern[str]:
    """One search for a whole list (a search per word cost a microsecond or more each); sorted, so
    the pattern does not depend on the hash seed (which word matches first changes nothing)."""
    words = sorted(units.word_set(name))
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, words))) if words else re.compile(r"(?!)")


def _force_noun(entity: str | None) -> bool:
    """A ratio of soldiers or weapons ("one shell for every five") is a force ratio."""
    if not entity:
        return False
    noun = units.noun(entity.split()[-1])
    return noun is not None and noun.claim_type in ("force_size", "equipment_count")


def _place_held(entity: str | None, sentence: str) -> bool:
    """A share of a named place in a sentence about holding ground ("forces hold two-thirds of
    Marivka") is a share of territory; "two-thirds of Americans" is not (no verb of control)."""
    if not entity or not entity[:1].isupper() or not all(w[:1].isupper() for w in entity.split()):
        return False
    return _has_word(sentence, "control_verbs")


def fields(d: Draft, sentence: str) -> dict[str, Any]:
    """The claim fields (FIELDS) of a Draft; `sentence` is the text of its sentence (for ratio context)."""
    value = d.value
    low, high = d.low, d.high
    if d.qualifier in _BOUNDS:
        has_low, has_high = _BOUNDS[d.qualifier]
        low = value if has_low else None
        high = value if has_high else None
    unit_lemma: str | None = None
    note: str | None = None
    # the number every normalization starts from: the value, else the one bound of a hedge
    norm_value: float | None = value
    if d.ratio:
        kind = "ratio"
        norm_unit = "ratio"
        ctype = "force_ratio" if _has_word(sentence, "force_words") or _force_noun(d.entity) else "other"
        entity = d.entity
    elif d.frequency:
        kind, ctype, entity = "rate", "frequency", d.entity
        norm_unit = "count/day"
        norm_value = None if value is None else value / units.days(d.per_unit or "day")
        return dict(zip(FIELDS, (value, low, high, None, d.per_unit, norm_value, norm_unit, None, kind, ctype,
                                  entity, d.qualifier, d.qualifier_text, d.change)))
    elif d.unit is not None and d.unit.kind == "money":
        kind, ctype = "money", "money"
        unit_lemma, norm_unit = d.unit.lemma, d.unit.code or "number"
        if value is not None and d.unit.per:  # cents, pence: hundredths of the currency
            norm_value = _hundredths(value, d.unit.per)
        entity = d.entity
    elif d.unit is not None and d.unit.kind == "proportion":
        kind = "proportion"
        unit_lemma, norm_unit = d.unit.lemma, "fraction"
        norm_value = None if value is None else _hundredths(value, d.unit.per or 100.0)
        entity = d.entity
        ctype = "territory" if _has_word(entity, "territory_words") else "proportion"
    elif d.unit is not None:
        kind = "age" if d.age else d.unit.kind
        unit_lemma = d.unit.lemma
        target = units.target(kind) or units.target(d.unit.kind) or d.unit.lemma
        note = d.unit.note
        if value is not None and d.unit.pint and target != d.unit.lemma:
            norm_value = units.convert(value, d.unit.pint, target)
        norm_unit = target
        entity = d.entity
        if kind == "mass":
            ctype = "munition_weight" if _has_word(entity, "munition_words") else "measurement"
        else:
            ctype = _PHYSICAL_TYPE.get(kind, "measurement")
        if kind == "area" and not _has_word(entity, "territory_words") and not _has_word(sentence, "territory_words"):
            ctype = "measurement"
    elif d.proportion:
        kind, ctype = "proportion", "proportion"
        norm_unit = "fraction"
        entity = d.entity
        if _has_word(entity, "territory_words") or _place_held(entity, sentence):
            ctype = "territory"
        elif d.casualty:
            ctype = "casualties"  # "half the battalion ... was wounded"
    elif d.noun is not None:
        kind = "count"
        unit_lemma = d.noun.lemma
        norm_unit = "count"
        entity = d.entity
        ctype = "casualties" if d.casualty else d.noun.claim_type
        if ctype in ("equipment_count", "force_size") and entity and _has_word(
            " ".join(entity.split()[:-1]), "civilian_modifiers"
        ):
            ctype = "count"  # "a dozen cargo ships", "40 merchant sailors": civilian, not military
    else:
        kind, ctype, norm_unit, entity = "number", "other", "number", d.entity
        if d.casualty:  # "killing 14": people, counted
            kind, ctype, norm_unit = "count", "casualties", "count"
    if d.per_unit is not None and not d.frequency and not d.per_period:
        norm_unit = f"{norm_unit}/{d.per_unit}"  # "$58 a barrel": USD/barrel, value unchanged
    elif d.per_unit is not None and not d.frequency:
        per_days = units.days(d.per_unit)
        norm_value = None if norm_value is None else norm_value / per_days
        norm_unit = f"{norm_unit}/day"
        ctype = "casualty_rate" if (d.casualty or ctype == "casualties") else ctype
        kind = "rate"
    if value is None:
        norm_value = None
    return dict(zip(FIELDS, (value, low, high, unit_lemma, d.per_unit, norm_value, norm_unit, note, kind, ctype,
                              entity, d.qualifier, d.qualifier_text, d.change)))
