"""The column descriptions in schema/*.toml, read into typed specs.

Everything that needs to know a column (pandas dtypes, pandera checks, the Parquet schema, the data
card, datapackage.json) starts from `table_spec(name)`. Nothing here validates: see quantclaims.validate.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from quantclaims.errors import QuantclaimsError

PANDAS_DTYPES = {"string": "string", "int64": "int64", "Int64": "Int64", "float64": "float64", "bool": "bool"}


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str
    nullable: bool
    description: str
    unit: str | None = None
    allowed: tuple[str, ...] | None = None
    unique: bool = False
    checks: tuple[tuple[str, Any], ...] = ()
    """Extra value checks from the TOML's `checks = {ge = 0, str_matches = '...'}`, as (name, argument)
    pairs in file order; quantclaims.validate turns each into the pandera Check of that name."""


@dataclass(frozen=True)
class TableSpec:
    name: str
    title: str
    description: str
    primary_key: tuple[str, ...]
    columns: tuple[Column, ...]
    foreign_keys: tuple[Mapping[str, Any], ...] = field(default=())

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


def schema_dir() -> Path:
    """schema/ of a checkout, else the copy shipped inside the wheel."""
    checkout = Path(__file__).resolve().parents[2] / "schema"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("quantclaims") / "_schema"))


def schema_version() -> str:
    return (schema_dir() / "VERSION").read_text(encoding="utf-8").strip()


def table_names() -> list[str]:
    return sorted(p.stem for p in schema_dir().glob("*.toml"))


@lru_cache(maxsize=None)
def table_spec(name: str) -> TableSpec:
    path = schema_dir() / f"{name}.toml"
    if not path.is_file():
        raise QuantclaimsError(f"no schema for table {name!r}: {path} does not exist")
    with path.open("rb") as f:
        raw = tomllib.load(f)
    table = raw["table"]
    columns = tuple(
        Column(
            name=c["name"],
            dtype=c["dtype"],
            nullable=bool(c.get("nullable", False)),
            description=c["description"],
            unit=c.get("unit"),
            allowed=tuple(c["allowed"]) if "allowed" in c else None,
            unique=bool(c.get("unique", False)),
            checks=tuple((k, _frozen(v)) for k, v in c.get("checks", {}).items()),
        )
        for c in raw["columns"]
    )
    for c in columns:
        if c.dtype not in PANDAS_DTYPES:
            raise QuantclaimsError(f"{path}: column {c.name!r} has unknown dtype {c.dtype!r}")
    return TableSpec(
        name=table["name"],
        title=table.get("title", table["name"]),
        description=table["description"],
        primary_key=tuple(table.get("primary_key", ())),
        columns=columns,
        foreign_keys=tuple(raw.get("foreign_keys", ())),
    )


def _frozen(value: Any) -> Any:
    """Lists from TOML as tuples, so specs stay hashable and immutable."""
    return tuple(value) if isinstance(value, list) else value


def is_null(value: Any) -> bool:
    """Every kind of missing cell: None, pd.NA, NaN."""
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def plain(value: Any) -> Any:
    """A cell as a plain Python value (numpy scalars unwrapped), None for every kind of missing."""
    if is_null(value):
        return None
    if hasattr(value, "item"):
        value = value.item()
    return None if isinstance(value, float) and math.isnan(value) else value


def frame(name: str, data: Mapping[str, Sequence[Any]] | None = None) -> pd.DataFrame:
    """A DataFrame of table `name` from column lists, typed and ordered by the schema.

    Nullable columns may be left out (all null); a required one may not.
    """
    spec = table_spec(name)
    data = data or {}
    lengths = {len(v) for v in data.values()}
    if len(lengths) > 1:
        raise QuantclaimsError(f"table {name!r}: columns of unequal length {sorted(lengths)}")
    n = lengths.pop() if lengths else 0
    unknown = set(data) - set(spec.names)
    if unknown:
        raise QuantclaimsError(f"table {name!r}: columns not in the schema: {sorted(unknown)}")
    cols = {}
    for c in spec.columns:
        if c.name not in data and not c.nullable:
            raise QuantclaimsError(f"table {name!r}: required column {c.name!r} is missing")
        values = data.get(c.name, [None] * n)
        cols[c.name] = pd.array(values, dtype=PANDAS_DTYPES[c.dtype])
    return pd.DataFrame(cols, index=pd.RangeIndex(n))
