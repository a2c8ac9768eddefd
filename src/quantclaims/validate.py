"""Validation of the tables: pandera schemas generated from schema/*.toml, plus quantclaims.table_rules.

`validate_tables` checks everything a release needs and raises one ValidationError listing every
failure (pandera runs lazily, so nothing stops at the first one). The report names the table, the row
and its key, the column, the check and the offending values, one failure per line.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Mapping

import pandas as pd

from quantclaims.errors import QuantclaimsError, ValidationError
from quantclaims.schema import PANDAS_DTYPES, Column, table_spec
from quantclaims.table_rules import Context, Failure, records, row_failures

if TYPE_CHECKING:
    import pandera.pandas as pa

TOML_CHECKS = ("ge", "gt", "le", "lt", "str_matches", "str_length", "isin", "notin")
"""The pandera Check constructors a TOML `checks` table may name (each takes one argument)."""


def _check(table: str, column: Column, name: str, arg: Any) -> "pa.Check":
    import pandera.pandas as pa

    if name not in TOML_CHECKS:
        raise QuantclaimsError(
            f"schema {table}.toml, column {column.name!r}: unknown check {name!r} (known: {', '.join(TOML_CHECKS)})"
        )
    return getattr(pa.Check, name)(list(arg) if isinstance(arg, tuple) else arg)


@lru_cache(maxsize=None)
def _pandera_dtype(dtype: str) -> Any:
    """pandera's data type for a schema dtype, answering for the whole column at once.

    pandera's own StringDtype type answers a matching column with one True per row, and pandera then
    formats an (empty) table of failing rows for every string column of every table: a fifth of the
    validation time. This subclass says True once for a matching column; anything else (an object
    column, another dtype) it leaves to pandera's check, so what fails and how it is reported is
    unchanged.
    """
    from pandera.engines.pandas_engine import STRING, Engine

    base = Engine.dtype(dtype)
    if type(base) is not STRING:
        return base

    class WholeColumnString(STRING):
        def check(self, pandera_dtype: Any, data_container: Any = None) -> Any:
            try:
                if Engine.dtype(pandera_dtype).type == self.type:
                    return True
            except TypeError:
                return False
            return super().check(pandera_dtype, data_container)

    return WholeColumnString(base.storage)


@lru_cache(maxsize=None)
def pandera_schema(name: str) -> "pa.DataFrameSchema":
    """The DataFrameSchema of table `name`: dtype, nullability, allowed values, uniqueness, extra
    TOML checks, and the exact column set in order. Built on first use and kept (it is immutable)."""
    import pandera.pandas as pa

    spec = table_spec(name)
    columns = {}
    for c in spec.columns:
        checks = [pa.Check.isin(list(c.allowed))] if c.allowed else []
        checks += [_check(name, c, k, v) for k, v in c.checks]
        columns[c.name] = pa.Column(
            _pandera_dtype(PANDAS_DTYPES[c.dtype]), checks=checks, nullable=c.nullable, unique=c.unique, coerce=False
        )
    unique = list(spec.primary_key) if len(spec.primary_key) > 1 else None
    return pa.DataFrameSchema(columns, strict=True, ordered=True, unique=unique, name=name)


def _key_of(frame: pd.DataFrame, key: str, index: Any) -> tuple[int | None, str | None]:
    """Row position and 'key value' of a pandera failure's index label, when there is one."""
    if index is None or (isinstance(index, float) and index != index) or index not in frame.index:
        return None, None
    pos = frame.index.get_loc(index)
    if not isinstance(pos, int):
        return None, None
    if key in frame.columns and not pd.isna(frame[key].iloc[pos]):
        return pos, f"{key} {frame[key].iloc[pos]!r}"
    return pos, None


def schema_failures(name: str, frame: pd.DataFrame) -> list[Failure]:
    """Failures of the pandera schema and of the exact dtypes (pandera accepts object columns for
    'string'; the Parquet files and load() promise pandas' StringDtype)."""
    import pandera.pandas as pa

    key = table_spec(name).primary_key[0]
    out: list[Failure] = []
    for c in table_spec(name).columns:
        if c.name in frame.columns and str(frame[c.name].dtype) != PANDAS_DTYPES[c.dtype]:
            out.append(Failure(name, c.name, f"dtype is {PANDAS_DTYPES[c.dtype]}", None, None,
                               f"dtype {frame[c.name].dtype}"))
    try:
        pandera_schema(name).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        for case in cases.itertuples(index=False):
            column = case.column if isinstance(case.column, str) else "(table)"
            pos, k = _key_of(frame, key, case.index)
            value = case.failure_case
            shown = "null" if value is None or (isinstance(value, float) and value != value) else repr(value)
            out.append(Failure(name, column, str(case.check), pos, k, f"{column}={shown}"))
    return out


def table_failures(
    name: str,
    frame: pd.DataFrame,
    texts: Mapping[str, str] | None = None,
    claims: pd.DataFrame | None = None,
) -> list[Failure]:
    """Every failure of one table. `texts` ({doc_id: text}) enables the span checks; `claims` the
    mentions' references. Without them those checks are skipped, not passed."""
    key = table_spec(name).primary_key[0]
    claim_rows = None
    if claims is not None and "claim_id" in claims.columns:
        claim_rows = {r["claim_id"]: r for r in records(claims)}
    failures = schema_failures(name, frame)
    failures += row_failures(name, frame, Context(texts, claim_rows), key)
    return failures


def report(failures: list[Failure]) -> str:
    """One line per failure, by table and row (table-wide ones first), preceded by a count per table."""
    failures = sorted(failures, key=lambda f: (f.table, -1 if f.row is None else f.row))
    tables = sorted({f.table for f in failures})
    head = [f"{t}: {sum(f.table == t for f in failures)} failure(s)" for t in tables]
    return "\n".join(head + ["  " + f.line() for f in failures])


def validate_table(
    name: str,
    frame: pd.DataFrame,
    texts: Mapping[str, str] | None = None,
    claims: pd.DataFrame | None = None,
) -> None:
    """Raise ValidationError listing every failure of one table, or return quietly."""
    failures = table_failures(name, frame, texts, claims)
    if failures:
        raise ValidationError(name, report(failures))


def validate_tables(tables: Mapping[str, pd.DataFrame], texts: Mapping[str, str] | None = None) -> None:
    """Validate a release's tables together (mentions against claims), reporting all failures at once."""
    failures: list[Failure] = []
    for name, frame in tables.items():
        failures += table_failures(name, frame, texts, tables.get("claims") if name != "claims" else None)
    if failures:
        raise ValidationError(", ".join(sorted({f.table for f in failures})), report(failures))
