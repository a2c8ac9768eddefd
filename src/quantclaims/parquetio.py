"""Tables to Parquet bytes and back, deterministically, with the schema and metadata from schema/*.toml.

Same frame and metadata -> same bytes: the Arrow schema is explicit (never inferred from pandas), no
pandas index or pandas metadata is stored, every writer option that affects the bytes is fixed in
WRITE_OPTIONS, and metadata JSON is written with sorted keys. `created_by` is whatever the pinned
pyarrow writes ("parquet-cpp-arrow version X"), which changes only with pyarrow's version.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from quantclaims.errors import QuantclaimsError
from quantclaims.schema import table_spec

ARROW_TYPES = {"string": pa.string(), "int64": pa.int64(), "Int64": pa.int64(), "float64": pa.float64(),
               "bool": pa.bool_()}

WRITE_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
    "row_group_size": 65_536,
    "store_schema": True,
    "write_page_index": False,
}
"""Fixed so the bytes depend on nothing but the data and pyarrow's version."""

META_PREFIX = "quantclaims."


def table_metadata(name: str, version: str, schema_version: str, sources: Mapping[str, str]) -> dict[str, str]:
    """Key-value metadata of a table file: what it is, which code and schema made it, from which texts."""
    spec = table_spec(name)
    return {
        f"{META_PREFIX}table": name,
        f"{META_PREFIX}version": version,
        f"{META_PREFIX}schema_version": schema_version,
        f"{META_PREFIX}sources_sha256": json.dumps(dict(sources), sort_keys=True),
        f"{META_PREFIX}columns": json.dumps({c.name: c.description for c in spec.columns}, sort_keys=True),
        f"{META_PREFIX}description": spec.description,
    }


def arrow_schema(name: str, metadata: Mapping[str, str] | None = None) -> pa.Schema:
    """The Arrow schema of table `name`; each field carries its description (and unit) as metadata."""
    fields = []
    for c in table_spec(name).columns:
        meta = {"description": c.description}
        if c.unit:
            meta["unit"] = c.unit
        fields.append(pa.field(c.name, ARROW_TYPES[c.dtype], nullable=c.nullable, metadata=meta))
    return pa.schema(fields, metadata=dict(metadata or {}))


def to_parquet_bytes(name: str, frame: pd.DataFrame, metadata: Mapping[str, str]) -> bytes:
    """A validated frame of table `name` as Parquet bytes."""
    schema = arrow_schema(name, metadata)
    arrays = [pa.array(frame[f.name], type=f.type, from_pandas=True) for f in schema]
    table = pa.Table.from_arrays(arrays, schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, **WRITE_OPTIONS)
    return sink.getvalue().to_pybytes()


def _mapper(dtype: str):
    if dtype == "string":
        return {pa.string(): pd.StringDtype(na_value=pd.NA), pa.large_string(): pd.StringDtype(na_value=pd.NA)}.get
    if dtype == "Int64":
        return {pa.int64(): pd.Int64Dtype()}.get
    return None


def read_parquet(source: Path | str | bytes, name: str) -> tuple[pd.DataFrame, dict[str, str]]:
    """A table file as (frame with the schema's pandas dtypes, key-value metadata).

    Columns keep the file's order and set (validation judges them); known columns get their schema
    dtype back, e.g. a nullable offset comes back as Int64, not float64.
    """
    where = "<bytes>" if isinstance(source, bytes) else str(source)
    try:
        table = pq.read_table(pa.BufferReader(source) if isinstance(source, bytes) else source)
    except (OSError, pa.ArrowException) as exc:
        raise QuantclaimsError(f"{where}: cannot read Parquet table {name!r}: {exc}") from exc
    spec = table_spec(name)
    known = {c.name: c.dtype for c in spec.columns}
    cols = {}
    for field, column in zip(table.schema, table.columns):
        dtype = known.get(field.name)
        mapper = _mapper(dtype) if dtype else None
        series = column.to_pandas(types_mapper=mapper) if mapper else column.to_pandas()
        cols[field.name] = series.reset_index(drop=True)
    frame = pd.DataFrame(cols, index=pd.RangeIndex(table.num_rows))
    raw = table.schema.metadata or {}
    meta = {k.decode(): v.decode() for k, v in raw.items() if k.decode().startswith(META_PREFIX)}
    return frame, meta
