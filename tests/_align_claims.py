"""Hand-built claims tables for the alignment tests (until and beside the real extractor).

Each claim is written by hand from the test's own sentences: span, value and unit as a reader
would fill them by docs/conventions.md. Offsets and sentences are computed, never typed.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from quantclaims.schema import frame, table_spec
from quantclaims.sentences import split_sentences

_BOUNDS = {
    "exact": lambda v: (v, v),
    "approximate": lambda v: (None, None),
    "nearly": lambda v: (None, v),
    "more_than": lambda v: (v, None),
    "at_least": lambda v: (v, None),
    "less_than": lambda v: (None, v),
    "at_most": lambda v: (None, v),
}


def claim(span: str, value: float | None, unit: str | None, kind: str, claim_type: str, *,
          qualifier: str = "exact", nth: int = 0, normalized_value: float | None = None,
          normalized_unit: str | None = None, low: float | None = None, high: float | None = None,
          entity: str | None = None, attributed_to: str | None = None, per_unit: str | None = None) -> dict[str, Any]:
    """One claim's fields; bounds follow the qualifier unless given; normalized = stated unless given."""
    if qualifier in _BOUNDS and value is not None and low is None and high is None:
        low, high = _BOUNDS[qualifier](value)
    if normalized_value is None and value is not None:
        normalized_value = value
    if normalized_unit is None:
        normalized_unit = {"count": "count", "ratio": "ratio", "number": "number"}[kind]
    return dict(span=span, nth=nth, value=value, unit=unit, quantity_kind=kind, claim_type=claim_type,
                qualifier=qualifier, normalized_value=normalized_value, normalized_unit=normalized_unit,
                value_low=low, value_high=high, entity=entity, attributed_to=attributed_to, per_unit=per_unit)


def claims_frame(doc_id: str, text: str, specs: list[dict[str, Any]]) -> pd.DataFrame:
    """A claims table (schema/claims.toml) of `text`: offsets found from each span's nth occurrence."""
    sentences = split_sentences(text)
    cols: dict[str, list[Any]] = {}
    for spec in specs:
        start = -1
        for _ in range(spec["nth"] + 1):
            start = text.index(spec["span"], start + 1)
        end = start + len(spec["span"])
        index, (s_start, s_end) = next((i, s) for i, s in enumerate(sentences) if s[0] <= start < s[1])
        row = {k: v for k, v in spec.items() if k not in ("span", "nth")}
        row.update(claim_id=f"{doc_id}:{start}-{end}", doc_id=doc_id, start=start, end=end,
                   span_text=spec["span"], sentence_index=index, sentence_start=s_start, sentence_end=s_end)
        for k, v in row.items():
            cols.setdefault(k, []).append(v)
    if not cols:
        cols = {c.name: [] for c in table_spec("claims").columns}
    return frame("claims", cols)
