"""Row and frame rules that a column schema cannot state: spans against the texts, offsets, bounds,
qualifiers, normalization and references between the tables.

Each rule yields `Failure`s naming the row, the rule and the values that broke it; quantclaims.validate
runs them next to the pandera schema and reports everything at once. Rules read rows as plain dicts
(the tables are small), so a null is None, pd.NA or NaN alike: see `quantclaims.schema.is_null`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterator, Mapping

import pandas as pd

from quantclaims.lexicon import load
from quantclaims.schema import is_null

REL_TOL = 1e-6
"""Tolerance of recomputed normalized values: conversions are float arithmetic, not exact."""

_ISO_4217 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Failure:
    """One broken rule in one row (row None: the whole table or a column)."""

    table: str
    column: str
    check: str
    row: int | None
    key: str | None
    value: str

    def line(self) -> str:
        where = "table" if self.row is None else f"row {self.row}"
        if self.key is not None:
            where += f" ({self.key})"
        return f"{self.table}: {where}: column {self.column}: {self.check}: {self.value}"


Row = Mapping[str, Any]
Rule = Callable[[Row, "Context"], Iterator[tuple[str, str, tuple[str, ...]]]]


@dataclass(frozen=True)
class Context:
    """What rules may consult besides the row: the texts, and the claims (for mentions)."""

    texts: Mapping[str, str] | None
    claims: Mapping[str, Row] | None




def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def _show(row: Row, cols: tuple[str, ...]) -> str:
    return ", ".join(f"{c}={'null' if is_null(row.get(c)) else repr(row.get(c))}" for c in cols)


# -- rules shared by both tables (key column, text column) ------------------------------------------


def _id_rule(key: str) -> Rule:
    def rule(r: Row, ctx: Context):
        if r[key] != f"{r['doc_id']}:{r['start']}-{r['end']}":
            yield key, f"{key} == f'{{doc_id}}:{{start}}-{{end}}'", (key, "doc_id", "start", "end")

    return rule


def _span_rule(text_col: str) -> Rule:
    def rule(r: Row, ctx: Context):
        if not 0 <= r["start"] < r["end"]:
            yield "start", "0 <= start < end", ("start", "end")
            return
        if ctx.texts is None:
            return
        text = ctx.texts.get(r["doc_id"])
        if text is None:
            yield "doc_id", "doc_id names a source", ("doc_id",)
        elif r["end"] > len(text):
            yield "end", f"end <= len(source) = {len(text)}", ("start", "end")
        elif text[r["start"] : r["end"]] != r[text_col]:
            found = text[r["start"] : r["end"]]
            yield text_col, f"{text_col} == source[start:end] (source has {found!r})", (text_col, "start", "end")

    return rule


# -- claims -------------------------------------------------------------------------------------------


def _sentence(r: Row, ctx: Context):
    if not r["sentence_start"] <= r["start"] < r["end"] <= r["sentence_end"]:
        yield "sentence_start", "sentence_start <= start < end <= sentence_end", (
            "sentence_start", "start", "end", "sentence_end")
    elif ctx.texts is not None and r["doc_id"] in ctx.texts and r["sentence_end"] > len(ctx.texts[r["doc_id"]]):
        yield "sentence_end", "sentence_end <= len(source)", ("sentence_end",)


def _bounds(r: Row, ctx: Context):
    low, value, high = r["value_low"], r["value"], r["value_high"]
    if not is_null(low) and not is_null(value) and not low <= value:
        yield "value_low", "value_low <= value", ("value_low", "value")
    if not is_null(value) and not is_null(high) and not value <= high:
        yield "value_high", "value <= value_high", ("value", "value_high")
    if not is_null(low) and not is_null(high) and not low <= high:
        yield "value_low", "value_low <= value_high", ("value_low", "value_high")


# qualifier -> (value must be set, low rule, high rule); a rule is "value", "null", "set" or None (free).
# docs/conventions.md, "Values".
QUALIFIER_BOUNDS: dict[str, tuple[bool | None, str | None, str | None]] = {
    "exact": (True, "value", "value"),
    "approximate": (True, "null", "null"),
    "nearly": (True, "null", "value"),
    "more_than": (True, "value", "null"),
    "at_least": (True, "value", None),
    "less_than": (True, None, "value"),
    "at_most": (True, None, "value"),
    "range": (False, "set", "set"),
    "vague": (False, None, None),
}


def _qualifier(r: Row, ctx: Context):
    want = QUALIFIER_BOUNDS.get(r["qualifier"])
    if want is None:
        return  # not an allowed qualifier: the schema's isin check reports it
    has_value, low_rule, high_rule = want
    cols = ("qualifier", "value", "value_low", "value_high")
    if has_value and is_null(r["value"]):
        yield "value", f"qualifier {r['qualifier']} needs a value", cols
    if has_value is False and not is_null(r["value"]):
        yield "value", f"qualifier {r['qualifier']} needs a null value (bounds only)", cols
    for col, rule in (("value_low", low_rule), ("value_high", high_rule)):
        bound = r[col]
        if rule == "null" and not is_null(bound):
            yield col, f"qualifier {r['qualifier']} leaves {col} null", cols
        elif rule == "set" and is_null(bound):
            yield col, f"qualifier {r['qualifier']} sets {col}", cols
        elif rule == "value" and not is_null(r["value"]) and (is_null(bound) or not _close(bound, r["value"])):
            yield col, f"qualifier {r['qualifier']} has {col} == value", cols


def _normalized(r: Row, ctx: Context):
    cols = ("value", "unit", "per_unit", "normalized_value", "normalized_unit")
    value, norm = r["value"], r["normalized_value"]
    if is_null(value):
        if not is_null(norm):
            yield "normalized_value", "normalized_value is null when value is", cols
        return
    if is_null(norm):
        return  # nothing stated, nothing to contradict
    try:
        expected = expected_normalized(value, r["unit"], r["per_unit"], r["normalized_unit"])
        if r["normalized_unit"] == "degC" and "difference" in str(r.get("normalization_note") or ""):
            expected = _difference(value, r["unit"])  # "warmed 2.2 degrees Fahrenheit": no offset
    except ValueError as exc:
        yield "normalized_value", f"normalized_value can be recomputed ({exc})", cols
        return
    if not _close(norm, expected):
        yield "normalized_value", f"normalized_value == {expected!r} (value converted to normalized_unit)", cols


def _attribution(r: Row, ctx: Context):
    s, e = r["attribution_start"], r["attribution_end"]
    cols = ("attributed_to", "attribution_start", "attribution_end")
    if is_null(s) != is_null(e):
        yield "attribution_start", "attribution_start and attribution_end are both set or both null", cols
    elif not is_null(s):
        if is_null(r["attributed_to"]):
            yield "attributed_to", "attributed_to is set when its span is", cols
        if not 0 <= s < e:
            yield "attribution_start", "0 <= attribution_start < attribution_end", cols
        elif ctx.texts is not None and r["doc_id"] in ctx.texts and e > len(ctx.texts[r["doc_id"]]):
            yield "attribution_end", "attribution_end <= len(source)", cols


# -- mentions -----------------------------------------------------------------------------------------


def _disposition(r: Row, ctx: Context):
    if (r["disposition"] == "claim") == is_null(r["claim_id"]):
        yield "claim_id", "claim_id is set exactly when disposition is 'claim'", ("disposition", "claim_id")


def _reference(r: Row, ctx: Context):
    if ctx.claims is None or is_null(r["claim_id"]):
        return
    claim = ctx.claims.get(r["claim_id"])
    cols = ("claim_id", "doc_id", "start", "end")
    if claim is None:
        yield "claim_id", "claim_id names a claim in the claims table", cols
    elif claim["doc_id"] != r["doc_id"] or not claim["start"] <= r["start"] < r["end"] <= claim["end"]:
        yield "claim_id", f"token lies inside its claim's span ({claim['start']}-{claim['end']})", cols


RULES: dict[str, tuple[Rule, ...]] = {
    "claims": (_id_rule("claim_id"), _span_rule("span_text"), _sentence, _bounds, _qualifier,
               _normalized, _attribution),
    "mentions": (_id_rule("mention_id"), _span_rule("text"), _disposition, _reference),
}


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows as dicts, as frame.to_dict("records") gives them (a missing cell None, numbers as
    Python numbers), read column by column: a third of to_dict's time, which makes a Series per
    column to walk the rows."""
    columns = frame.columns.tolist()
    cells = ([None if v is pd.NA else v for v in column.tolist()] for _, column in frame.items())
    return [dict(zip(columns, row)) for row in zip(*cells)] if columns else [{} for _ in range(len(frame))]


def row_failures(table: str, frame: pd.DataFrame, ctx: Context, key: str) -> list[Failure]:
    """Every rule of `table` on every row; a rule that cannot run on a row (a column missing or of the
    wrong type, which the schema reports) is skipped for that row."""
    out: list[Failure] = []
    for pos, r in enumerate(records(frame)):
        k = None if is_null(r.get(key)) else f"{key} {r.get(key)!r}"
        for rule in RULES.get(table, ()):
            try:
                for col, check, shown in rule(r, ctx):
                    out.append(Failure(table, col, check, pos, k, _show(r, shown)))
            except (KeyError, TypeError, ValueError):
                continue
    return out


# -- normalization ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _UnitsLexicon:
    """lexicon/pint_units.toml: the check's own reading of unit lemmas (independent of the extractor's)."""

    aliases: dict[str, str]
    normalized_units: dict[str, str]
    minor_currency: dict[str, float]
    fraction_units: dict[str, float]
    periods: dict[str, tuple[float, str]]


@lru_cache(maxsize=1)
def _units_lexicon() -> _UnitsLexicon:
    raw = load("pint_units")
    return _UnitsLexicon(
        dict(raw.get("aliases", {})),
        dict(raw.get("normalized_units", {})),
        {k: float(v) for k, v in raw.get("minor_currency", {}).items()},
        {k: float(v) for k, v in raw.get("fraction_units", {}).items()},
        {k: (float(n), str(u)) for k, (n, u) in raw.get("periods", {}).items()},
    )


def _pint_units(*lemmas: str) -> tuple[Any, list[Any]]:
    """A pint registry, and each lemma as a unit of it (None where pint does not know it): the
    extractor's registry of the lexicons' units when it knows them all, else pint's full one (a
    unit no lexicon names, in a user's table). The check stays independent of the extractor: it
    maps lemmas to pint names with its own lexicon."""
    from quantclaims.units import full_registry, registry

    ureg = registry()
    found = [_pint_unit(ureg, lemma) for lemma in lemmas]
    if any(u is None for u in found):
        ureg = full_registry()
        found = [_pint_unit(ureg, lemma) for lemma in lemmas]
    return ureg, found


def _pint_unit(ureg: Any, lemma: str) -> Any:
    name = _units_lexicon().aliases.get(lemma, lemma)
    for candidate in (name, name.replace(" ", "_")):
        try:
            return ureg.Unit(candidate)
        except Exception:  # pint raises several unrelated types for unparseable names
            continue
    return None


def expected_normalized(value: float, unit: Any, per_unit: Any, normalized_unit: str) -> float:
    """What normalized_value must be for `value` stated in `unit` (per `per_unit`), or ValueError.

    count, number, ratio keep the value; money in an ISO 4217 code keeps it, or scales a fractional
    unit to the main one (35 cents -> 0.35 USD); fraction divides percent-like units out (basis
    points too; a bare "half" is already a fraction); a unit normalized to its own name (kind
    'other': "120 points") keeps the value; rates '<numerator>/day' normalize the numerator, then
    divide by the period in days (a decade is ten years); a price per thing '<numerator>/<per_unit>'
    ("$58 a barrel": USD/barrel) normalizes the numerator and keeps the thing; physical units are
    converted with pint.
    """
    if not isinstance(normalized_unit, str):  # a null or wrong type: the schema reports it
        raise TypeError(f"normalized_unit {normalized_unit!r} is not a string")
    numerator, slash, denominator = normalized_unit.partition("/")
    if slash and denominator == "day":
        if is_null(per_unit):
            raise ValueError("a rate needs per_unit")
        return _per_one(value, unit, numerator) / _days(per_unit)
    if slash and not is_null(per_unit):
        if denominator != per_unit:
            raise ValueError(f"normalized_unit {normalized_unit!r} is per {denominator!r} but per_unit is {per_unit!r}")
        return _per_one(value, unit, numerator)
    return _per_one(value, unit, normalized_unit)


_PLAIN = frozenset({"count", "number", "ratio"})


def _days(per_unit: str) -> float:
    """The length of a rate's period in days (lexicon periods first: pint's decade is no time)."""
    count, name = _units_lexicon().periods.get(per_unit, (1.0, per_unit))
    ureg, [period] = _pint_units(name)
    if period is None:
        raise ValueError(f"pint does not know per_unit {per_unit!r}")
    try:
        return count * ureg.Quantity(1, period).to("day").magnitude
    except Exception as exc:  # DimensionalityError: "per metre" is no period
        raise ValueError(f"per_unit {per_unit!r} is not a period of time: {exc}") from None


def _per_one(value: float, unit: Any, target: str) -> float:
    """`value` in `unit`, in the normalized unit `target` (no rate or per-thing part)."""
    lexicon = _units_lexicon()
    if target in _PLAIN:
        return value
    if _ISO_4217.match(target):
        return value * lexicon.minor_currency.get(unit, 1.0) if not is_null(unit) else value
    if target == "fraction":
        if is_null(unit):
            return value
        if unit in lexicon.fraction_units:
            return value * lexicon.fraction_units[unit]
        ureg, [u] = _pint_units(unit)
        if u is not None and u.dimensionless:
            return ureg.Quantity(value, u).to("dimensionless").magnitude
        return value
    if not is_null(unit) and unit == target:
        return value  # a unit normalized to its own name: nothing to convert
    return _convert(value, unit, target)


def _difference(value: float, unit: Any) -> float:
    """A difference of temperatures in `unit`, in Celsius degrees (pint's delta units: no offset)."""
    ureg, [source] = _pint_units(unit)
    if source is None:
        raise ValueError(f"pint does not know unit {unit!r}")
    try:
        return ureg.Quantity(value, f"delta_{source}").to("delta_degree_Celsius").magnitude
    except Exception as exc:  # a unit with no offset has no delta unit
        raise ValueError(f"{unit!r} has no difference of temperatures: {exc}") from None


def _convert(value: float, unit: Any, target: str) -> float:
    if is_null(unit):
        raise ValueError(f"no unit to convert to {target}")
    ureg, (source, target_unit) = _pint_units(unit, _units_lexicon().normalized_units.get(target, target))
    if source is None:
        raise ValueError(f"pint does not know unit {unit!r}")
    if target_unit is None:
        raise ValueError(f"pint does not know normalized_unit {target!r}")
    try:
        return ureg.Quantity(value, source).to(target_unit).magnitude
    except Exception as exc:  # DimensionalityError and friends
        raise ValueError(f"cannot convert {unit!r} to {target!r}: {exc}") from None
