"""Parquet bytes: explicit schema, fixed writer options, and a lossless round trip of every dtype."""

import io

import pandas as pd
import pyarrow.parquet as pq

from quantclaims.parquetio import WRITE_OPTIONS, arrow_schema, read_parquet, table_metadata, to_parquet_bytes
from quantclaims.schema import frame

META = table_metadata("claims", "9.9.9", "1.2.3", {"doc-b": "b" * 64, "doc-a": "a" * 64})


def _claims(n_attributed: int) -> pd.DataFrame:
    rows = 3
    return frame("claims", {
        "claim_id": [f"doc-a:{i}-{i + 1}" for i in range(rows)],
        "doc_id": ["doc-a"] * rows,
        "start": list(range(rows)),
        "end": [i + 1 for i in range(rows)],
        "span_text": ["1", "2", "\u00bd"],
        "sentence_index": [0] * rows,
        "sentence_start": [0] * rows,
        "sentence_end": [9] * rows,
        "value": [1.0, None, 0.5],
        "normalized_unit": ["count"] * rows,
        "quantity_kind": ["count"] * rows,
        "claim_type": ["count"] * rows,
        "qualifier": ["exact", "vague", "exact"],
        "attributed_to": ["Someone"] * n_attributed + [None] * (rows - n_attributed),
        "attribution_start": [5] * n_attributed + [None] * (rows - n_attributed),
        "attribution_end": [7] * n_attributed + [None] * (rows - n_attributed),
    })


def test_round_trip_keeps_values_nulls_and_dtypes():
    for n in (0, 2):
        original = _claims(n)
        back, meta = read_parquet(to_parquet_bytes("claims", original, META), "claims")
        pd.testing.assert_frame_equal(back, original)
        assert meta == META


def test_metadata_json_is_key_sorted():
    assert META["quantclaims.sources_sha256"].index("doc-a") < META["quantclaims.sources_sha256"].index("doc-b")


def test_schema_is_explicit_not_inferred():
    data = to_parquet_bytes("claims", _claims(0), META)
    schema = pq.ParquetFile(io.BytesIO(data)).schema_arrow
    assert schema.remove_metadata() == arrow_schema("claims").remove_metadata()
    assert str(schema.field("attribution_start").type) == "int64", "all-null Int64 is not stored as null type"


def test_writer_options_are_fixed():
    data = to_parquet_bytes("claims", _claims(1), META)
    md = pq.ParquetFile(io.BytesIO(data)).metadata
    assert md.num_row_groups == 1 and md.format_version == WRITE_OPTIONS["version"]
    assert data == to_parquet_bytes("claims", _claims(1), META)
