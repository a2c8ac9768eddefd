"""The extraction engine's entry points: text in, claims (and mentions) out.

- `extract_claims(text, doc_id)`: the fast path, a list of frozen `Claim`s, no pandas.
- `extract(text, doc_id)`: the claims table (schema/claims.toml) as a DataFrame.
- `extract_tables(text, doc_id)`: the claims and mentions tables from one pass.
- `records_to_json_lines(frame)`: one JSON object per row, for `python -m quantclaims extract`.

Stages: sentences (quantclaims.sentences) -> number tokens (numbers) -> dispositions (mentions) ->
quantity expressions (claims) -> fields (normalize) -> attribution. Sentences with no digit and no
number word are skipped before any of that.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, fields as dc_fields
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterator

from quantclaims import mentions as mention_rules
from quantclaims.claims import sentence_drafts
from quantclaims.normalize import fields
from quantclaims.numbers import Number, frozen_builder, has_hedged_article, has_number, scan

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class Claim:
    """One row of the claims table; field order is the schema's column order."""

    claim_id: str
    doc_id: str
    start: int
    end: int
    span_text: str
    sentence_index: int
    sentence_start: int
    sentence_end: int
    value: float | None
    value_low: float | None
    value_high: float | None
    unit: str | None
    per_unit: str | None
    normalized_value: float | None
    normalized_unit: str
    normalization_note: str | None
    quantity_kind: str
    claim_type: str
    entity: str | None
    qualifier: str
    qualifier_text: str | None
    change: str | None
    attributed_to: str | None
    attribution_start: int | None
    attribution_end: int | None


@dataclass(frozen=True, slots=True)
class Mention:
    """One row of the mentions table."""

    mention_id: str
    doc_id: str
    start: int
    end: int
    text: str
    sentence_index: int
    form: str
    value: float | None
    disposition: str
    claim_id: str | None


_claim = frozen_builder(Claim)  # Claim(...) at a fraction of the cost of its frozen __init__ (25 fields)

_FLOATS = ("value", "value_low", "value_high", "normalized_value")


def _clean(x: float | None) -> float | None:
    """No NaN or infinity leaves the extractor: a value too large for a float is not a value."""
    return x if x is None or math.isfinite(x) else None


_Row = tuple[int, int, int, int, int, str, dict[str, Any]]  # start, end, sentence index/start/end, id, fields


def _sentence(text: str, index: int, lo: int, hi: int, doc_id: str, rows: list[_Row],
              found: list[tuple[int, Number, str, str | None]] | None) -> None:
    """Claims of one sentence appended to `rows` (not yet attributed); tokens with their
    dispositions to `found`."""
    tokens = scan(text, lo, hi)
    if not tokens:
        return
    disp = mention_rules.classify(text, lo, hi, tokens)
    drafts = sentence_drafts(text, lo, hi, tokens, disp)
    if drafts:
        sentence = text[lo:hi]
        isfinite = math.isfinite
        for draft in drafts:
            f = fields(draft, sentence)
            for k in _FLOATS:  # _clean, inlined: this loop runs for every claim
                x = f[k]
                if x is not None and not isfinite(x):
                    f[k] = None
            s, e = draft.start, draft.end
            rows.append((s, e, index, lo, hi, f"{doc_id}:{s}-{e}", f))
    if found is not None:
        own = rows[len(rows) - len(drafts):] if drafts else []
        for ti, tok in enumerate(tokens):
            # a token inside a claim's span belongs to it, unless a rule named it ("in 2008" in
            # "from 20 mpg in 2008 to 29 mpg" stays a date)
            inside = (r[5] for r in own if r[0] <= tok.start and tok.end <= r[1])
            owner = next(inside, None) if disp[ti] is None else None
            if owner is not None:
                found.append((index, tok, mention_rules.CLAIM, owner))
            else:
                # a token no claim took and no rule named ("one" as a pronoun) counts nothing
                found.append((index, tok, disp[ti] or mention_rules.IDIOM, None))


@lru_cache(maxsize=1)
def _late_stages() -> tuple[Callable[..., Any], Callable[..., Any]]:
    """attribution.attribute and sentences.split_sentences, imported on first use (importing
    quantclaims.extract stays cheap) and then kept: an import statement per call costs a
    microsecond, about 1% of a sentence."""
    from quantclaims.attribution import attribute
    from quantclaims.sentences import split_sentences

    return attribute, split_sentences


def _run(text: str, doc_id: str, found: list[tuple[int, Number, str, str | None]] | None) -> list[Claim]:
    """Claims of a whole text (and, when `found` is a list, every token with its disposition).

    Claims are built once, after attribution (which runs only when there is a claim to attribute),
    rather than built and then copied with their attribution."""
    attribute, split_sentences = _late_stages()
    if not isinstance(text, str):
        raise TypeError(f"extract needs a str, got {type(text).__name__}")
    rows: list[_Row] = []
    sentences = split_sentences(text) if has_number(text) or has_hedged_article(text) else []
    for index, (lo, hi) in enumerate(sentences):
        _sentence(text, index, lo, hi, doc_id, rows, found)  # scan() finds nothing fast where there is nothing
    if not rows:
        return []
    attributions = attribute(text, sentences, [(r[0], r[1]) for r in rows])
    # positional: the fields dict is in normalize.FIELDS order, which is Claim's (a test checks it)
    return [
        _claim(claim_id, doc_id, s, e, text[s:e], index, lo, hi, *f.values(), None, None, None)
        if a is None
        else _claim(claim_id, doc_id, s, e, text[s:e], index, lo, hi, *f.values(), a.name, a.start, a.end)
        for (s, e, index, lo, hi, claim_id, f), a in zip(rows, attributions)
    ]


def extract_claims(text: str, doc_id: str = "text") -> list[Claim]:
    """Every claim in `text`, sorted by start: the fast path (no pandas)."""
    return _run(text, doc_id, None)


def _claims_frame(claims: list[Claim]) -> "pd.DataFrame":
    from quantclaims.schema import frame

    names = [f.name for f in dc_fields(Claim)]
    columns = {n: [getattr(c, n) for c in claims] for n in names}
    return frame("claims", columns)


def extract(text: str, doc_id: str = "text") -> "pd.DataFrame":
    """The claims table of `text` (columns and dtypes of schema/claims.toml), sorted by start."""
    return _claims_frame(extract_claims(text, doc_id))


def extract_tables(text: str, doc_id: str = "text") -> tuple["pd.DataFrame", "pd.DataFrame"]:
    """The claims and mentions tables of `text`, from one pass."""
    from quantclaims.schema import frame

    found: list[tuple[int, Number, str, str | None]] = []
    claims = _run(text, doc_id, found)
    rows = [
        Mention(
            f"{doc_id}:{tok.start}-{tok.end}", doc_id, tok.start, tok.end, text[tok.start : tok.end], index,
            tok.form, _clean(tok.value), disposition, claim_id,
        )
        for index, tok, disposition, claim_id in found
    ]
    names = [f.name for f in dc_fields(Mention)]
    mentions = frame("mentions", {n: [getattr(m, n) for m in rows] for n in names})
    return _claims_frame(claims), mentions


def _json_value(v: Any) -> Any:
    """A cell as JSON wants it: pd.NA and NaN are null; numpy int64 an int, float64 a float."""
    from quantclaims.schema import plain

    return plain(v)


def records_to_json_lines(frame: "pd.DataFrame") -> Iterator[str]:
    """One JSON object per row, in schema column order, nulls as null, ints as ints."""
    cols = list(frame.columns)
    for row in frame.itertuples(index=False, name=None):
        yield json.dumps({c: _json_value(v) for c, v in zip(cols, row)}, ensure_ascii=False)


__all__ = ["Claim", "Mention", "extract", "extract_claims", "extract_tables", "records_to_json_lines"]
