"""One claim of a claims table, as alignment sees it: its figure in normalized units and its words.

Built once per claim from the claims table (schema/claims.toml) and, when given, the text the claim
was extracted from (for the words of its sentence). Checks what it reads: a missing column, a claims
table mixing documents or a span that does not match the text raise AlignInputError naming where.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Mapping, Sequence

import pandas as pd

from quantclaims.align_quantity import Quantity
from quantclaims.align_text import content_words
from quantclaims.errors import QuantclaimsError
from quantclaims.schema import plain

REQUIRED = (
    "claim_id", "doc_id", "start", "end", "span_text", "sentence_start", "sentence_end", "value",
    "value_low", "value_high", "unit", "normalized_value", "normalized_unit", "quantity_kind",
    "claim_type", "qualifier",
)
"""Claims columns alignment cannot do without; the other claims columns are read when present."""

UNIT_FREE_KINDS = frozenset({"count", "number", "ratio", "money"})
"""Kinds whose normalized value is the stated value: the unit is a counted noun or a currency."""


class AlignInputError(QuantclaimsError):
    """A claims table or text handed to align() cannot be used; the message says which and where."""


@dataclass(frozen=True)
class ClaimView:
    """What alignment compares of one claim."""

    index: int
    claim_id: str
    doc_id: str
    start: int
    span_text: str
    unit: str | None
    per_unit: str | None
    normalized_value: float | None
    normalized_unit: str
    kind: str
    claim_type: str
    entity: str | None
    qualifier: str
    change: str | None
    attributed_to: str | None
    quantity: Quantity
    entity_words: tuple[str, ...]
    context_words: tuple[str, ...] | None
    rank: float


def _get(row: Mapping[str, Any], name: str) -> Any:
    """A cell as a plain Python value, None for any kind of missing."""
    return plain(row.get(name))


@lru_cache(maxsize=None)
def _unit_factor(unit: str | None, per_unit: str | None, normalized_unit: str) -> float | None:
    """Size of one stated unit (per period) in the normalized unit, as the validator computes it
    (table_rules.expected_normalized: pint, with the conventions' reading of 'ton'); None if unknown."""
    from quantclaims.table_rules import expected_normalized

    try:
        return float(expected_normalized(1.0, unit, per_unit, normalized_unit))
    except ValueError:
        return None


def _factors(rows: Sequence[Mapping[str, Any]]) -> dict[tuple[Any, Any, str], float]:
    """Stated-to-normalized factor per (unit, per_unit, normalized_unit), learned from rows that state both."""
    out: dict[tuple[Any, Any, str], float] = {}
    for row in rows:
        value, normalized = _get(row, "value"), _get(row, "normalized_value")
        if value and normalized is not None:
            key = (_get(row, "unit"), _get(row, "per_unit"), row["normalized_unit"])
            out.setdefault(key, float(normalized) / float(value))
    return out


def _factor(row: Mapping[str, Any], learned: Mapping[tuple[Any, Any, str], float]) -> float | None:
    """How to bring the row's bounds (stated unit) into its normalized unit.

    The row's own value/normalized_value pair when it has one; else the factor another claim with
    the same units shows (the extractor's own conversion); else the validator's conversion of one
    stated unit.
    """
    unit, per_unit, nunit = _get(row, "unit"), _get(row, "per_unit"), str(row["normalized_unit"])
    value, normalized = _get(row, "value"), _get(row, "normalized_value")
    if value and normalized is not None:
        return float(normalized) / float(value)
    if (unit, per_unit, nunit) in learned:
        return learned[(unit, per_unit, nunit)]
    return _unit_factor(unit, per_unit, nunit)


def _scaled(x: Any, factor: float | None) -> float | None:
    return None if x is None or factor is None else float(x) * factor


def _entity_words(entity: str | None, unit: str | None, normalized_unit: str) -> tuple[str, ...]:
    """What is counted or measured, as content words: the entity, else a counted noun (never a
    measuring unit: 'meter' says how, not what)."""
    if entity:
        return tuple(content_words(entity))
    if unit and (normalized_unit == "count" or normalized_unit.startswith("count/")):
        return tuple(content_words(unit))
    return ()


def check_frame(frame: pd.DataFrame, side: str) -> None:
    """Raise AlignInputError unless `frame` is a claims table of at most one document."""
    if not isinstance(frame, pd.DataFrame):
        raise AlignInputError(f"{side} claims: expected a pandas DataFrame, got {type(frame).__name__}")
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise AlignInputError(f"{side} claims: missing column(s) {missing}")
    docs = sorted(set(frame["doc_id"].dropna().astype(str)))
    if len(docs) > 1:
        raise AlignInputError(f"{side} claims: expected one document, found doc_ids {docs}")
    if frame["claim_id"].isna().any() or frame["claim_id"].duplicated().any():
        dup = frame.loc[frame["claim_id"].duplicated(), "claim_id"].astype(str).tolist()
        raise AlignInputError(f"{side} claims: claim_id must be non-null and unique; repeated: {dup[:5]}")


def claim_views(
    rows: Sequence[Mapping[str, Any]], text: str | None, side: str, learned: Mapping[tuple[Any, Any, str], float]
) -> list[ClaimView]:
    """The claims (rows of a checked claims table: claim_id unique) in text order, checked against
    `text` when given."""
    rows = sorted(rows, key=lambda r: (r["start"], r["end"], r["claim_id"]))
    n = max(len(rows), 1)
    out = []
    for rank, row in enumerate(rows):
        start, end, span = int(row["start"]), int(row["end"]), str(row["span_text"])
        context = None
        if text is not None:
            if text[start:end] != span:
                raise AlignInputError(
                    f"{side} claim {row['claim_id']}: span_text {span!r} does not match "
                    f"{side}_text[{start}:{end}] = {text[start:end]!r}"
                )
            s_start, s_end = int(row["sentence_start"]), int(row["sentence_end"])
            context = tuple(content_words(text[s_start:start] + " \n " + text[end:s_end]))
        factor = _factor(row, learned)
        value = _get(row, "value")
        normalized = _get(row, "normalized_value")
        quantity = Quantity(
            point=None if normalized is None else float(normalized),
            low=_scaled(_get(row, "value_low"), factor),
            high=_scaled(_get(row, "value_high"), factor),
            qualifier=str(row["qualifier"]),
            stated=None if value is None else float(value),
            unit=str(row["normalized_unit"]),
        )
        entity, unit = _get(row, "entity"), _get(row, "unit")
        out.append(
            ClaimView(
                index=rank,
                claim_id=str(row["claim_id"]),
                doc_id=str(row["doc_id"]),
                start=start,
                span_text=span,
                unit=unit,
                per_unit=_get(row, "per_unit"),
                normalized_value=quantity.point,
                normalized_unit=str(row["normalized_unit"]),
                kind=str(row["quantity_kind"]),
                claim_type=str(row["claim_type"]),
                entity=entity,
                qualifier=str(row["qualifier"]),
                change=_get(row, "change"),
                attributed_to=_get(row, "attributed_to"),
                quantity=quantity,
                entity_words=_entity_words(entity, unit, str(row["normalized_unit"])),
                context_words=context,
                rank=(rank + 0.5) / n,
            )
        )
    return out


def learn_factors(*tables: Sequence[Mapping[str, Any]]) -> dict[tuple[Any, Any, str], float]:
    """Unit factors shown by the claims of all tables, given as rows (first row wins, in claim_id
    order within each table)."""
    return _factors([r for rows in tables for r in sorted(rows, key=lambda r: r["claim_id"])])
