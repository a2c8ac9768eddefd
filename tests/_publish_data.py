"""Small hand-made release tables for the publish, datacard and diff tests (not the real data).

Two invented documents: 'alpha-news' ("Some 5,000 troops ... a 3-to-1 advantage ... 40 killed") and
'beta-news' ("several tanks").
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pandas as pd

from quantclaims.parquetio import table_metadata, to_parquet_bytes
from quantclaims.schema import frame


def claim(claim_id: str, span_text: str, **over: Any) -> dict[str, Any]:
    """One claims row as a dict; the span is read from the id '<doc>:<start>-<end>'."""
    doc, offsets = claim_id.rsplit(":", 1)
    start, end = (int(x) for x in offsets.split("-"))
    row = {
        "claim_id": claim_id,
        "doc_id": doc,
        "start": start,
        "end": end,
        "span_text": span_text,
        "sentence_index": 0,
        "sentence_start": 0,
        "sentence_end": end + 10,
        "value": 1.0,
        "value_low": 1.0,
        "value_high": 1.0,
        "unit": None,
        "per_unit": None,
        "normalized_value": 1.0,
        "normalized_unit": "count",
        "normalization_note": None,
        "quantity_kind": "count",
        "claim_type": "count",
        "entity": None,
        "qualifier": "exact",
        "qualifier_text": None,
        "change": None,
        "attributed_to": None,
        "attribution_start": None,
        "attribution_end": None,
    }
    row.update(over)
    return row


def claims_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    cols = {k: [r[k] for r in rows] for k in (rows[0] if rows else claim("x:0-1", "x"))}
    if not rows:
        cols = {k: [] for k in cols}
    return frame("claims", cols)


def sample_claims() -> pd.DataFrame:
    return claims_frame(
        [
            claim("alpha-news:5-22", "Some 5,000 troops", value=5000.0, value_low=None, value_high=None,
                  unit="troop", normalized_value=5000.0, claim_type="force_size", entity="troops",
                  qualifier="approximate", qualifier_text="Some", attributed_to="the ministry",
                  attribution_start=40, attribution_end=52),
            claim("alpha-news:60-66", "3-to-1", value=3.0, value_low=3.0, value_high=3.0, normalized_value=3.0,
                  normalized_unit="ratio", quantity_kind="ratio", claim_type="force_ratio"),
            claim("alpha-news:80-89", "40 killed", value=40.0, value_low=40.0, value_high=40.0, unit="killed",
                  normalized_value=40.0, claim_type="casualties"),
            claim("beta-news:0-13", "several tanks", value=None, value_low=3.0, value_high=9.0, unit="tank",
                  normalized_value=None, claim_type="equipment_count", entity="tanks", qualifier="vague",
                  qualifier_text="several"),
        ]
    )


def sample_mentions(claim_of_first: str = "alpha-news:5-22") -> pd.DataFrame:
    return frame(
        "mentions",
        {
            "mention_id": ["alpha-news:10-15", "alpha-news:60-61", "alpha-news:95-99"],
            "doc_id": ["alpha-news", "alpha-news", "alpha-news"],
            "start": [10, 60, 95],
            "end": [15, 61, 99],
            "text": ["5,000", "3", "2023"],
            "sentence_index": [0, 0, 1],
            "form": ["digits", "digits", "digits"],
            "value": [5000.0, 3.0, None],
            "disposition": ["claim", "claim", "date"],
            "claim_id": [claim_of_first, "alpha-news:60-66", None],
        },
    )


SOURCES = [
    {"doc_id": "alpha-news", "path": "alpha-news.txt", "title": None, "publisher": "Alpha Daily",
     "authors": ["A. Writer"], "publication_date": "2024-01",
     "publication_date_range": "2024-01-10/2024-01-20", "language": "en", "sha256": "a" * 64},
    {"doc_id": "beta-news", "path": "beta-news.txt", "title": "A retelling", "publisher": None,
     "publisher_note": "Unknown outlet.", "language": "en", "sha256": "b" * 64,
     "relation": {"type": "rereport_of", "doc_id": "alpha-news", "translated": True}},
]


def write_release(folder: Path, tables: dict[str, pd.DataFrame]) -> dict[str, Any]:
    """Write each table as <name>.parquet in `folder` as the build does; return the build's context."""
    from quantclaims.version import __version__

    folder.mkdir(parents=True, exist_ok=True)
    files, sha, size = {}, {}, {}
    for name, df in tables.items():
        path = folder / f"{name}.parquet"
        data = to_parquet_bytes(name, df, table_metadata(name, __version__, "1.0.0", {}))
        path.write_bytes(data)
        files[name] = path.name
        sha[path.name] = hashlib.sha256(data).hexdigest()
        size[path.name] = len(data)
    return {
        "version": __version__,
        "schema_version": "1.0.0",
        "sources": SOURCES,
        "table_files": files,
        "table_sha256": sha,
        "table_bytes": size,
    }


def publish_to(folder: Path, tables: dict[str, pd.DataFrame]) -> dict[str, Any]:
    """write_release + the documents written beside the tables; returns the context."""
    from quantclaims.publish import documents

    context = write_release(folder, tables)
    for name, data in documents(tables, context).items():
        (folder / name).write_bytes(data)
    return context
