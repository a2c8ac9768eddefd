"""Documents published beside the tables: datapackage.json (Frictionless Data Package v2) and the data
card (README.md, rendered by quantclaims.datacard).

Everything is rendered from schema/*.toml, the validated tables and what the build knows (`context`),
never written by hand, so the documents cannot drift from the data. Output is deterministic: JSON with
sorted keys and two-space indentation, a trailing newline, lists in a fixed order.
"""

from __future__ import annotations

import json
from typing import Any, Mapping, Sequence

import pandas as pd

from quantclaims.citation import AUTHORS, DATA_LICENSE_ID, KEYWORDS, VersionError
from quantclaims.errors import QuantclaimsError
from quantclaims.schema import Column, TableSpec, table_names, table_spec

DATASET_NAME = "kursk-claims"
DATASET_TITLE = "Kursk claims: quantitative claims in two news texts on the battle for Russia's Kursk region"

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
RESOURCE_PROFILE = "https://datapackage.org/profiles/2.0/dataresource.json"
TABLE_SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"

FIELD_TYPES = {"string": "string", "int64": "integer", "Int64": "number", "float64": "number", "bool": "boolean"}
"""Table Schema type of each schema/*.toml dtype.

Int64 (a nullable whole number) is declared `number`, not `integer`: the release's Parquet stores it as
int64 with nulls and no pandas metadata, so pyarrow hands readers (frictionless among them) float64 with
NaN for the nulls, which frictionless 5 rejects as an integer on every null row. `number` is true of
every value and lets `frictionless validate` pass; the data card's field table keeps the exact dtype."""

DATA_LICENSE = {
    "name": DATA_LICENSE_ID,
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}

LICENSE_STATEMENT = (
    "The tables (one row per claim or number mention, with offsets, values, bounds, units, kinds and "
    "attributions) are our work and are released under CC-BY-4.0. The figures themselves are statements "
    "made by others and reported by the press; the span_text, text, entity and attributed_to columns quote "
    "short excerpts of the source articles so that each row can be checked. The source texts are news "
    "articles under the copyright of their publishers: they are not covered by CC-BY-4.0 or by any licence "
    "of ours, and are kept beside the data only to verify spans. The quantclaims code is MIT-licensed."
)


class PublishError(QuantclaimsError):
    """The release cannot be described: a missing context entry, a dangling foreign key, a version clash."""


def render_json(obj: Any) -> bytes:
    """Deterministic JSON bytes: sorted keys, two-space indent, UTF-8, trailing newline."""
    return (json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def field_descriptor(column: Column) -> dict[str, Any]:
    """A Table Schema field for one schema/*.toml column (type, description, constraints)."""
    field: dict[str, Any] = {
        "name": column.name,
        "type": FIELD_TYPES[column.dtype],
        "description": column.description,
    }
    constraints: dict[str, Any] = {}
    if not column.nullable:
        constraints["required"] = True
    if column.allowed is not None:
        constraints["enum"] = list(column.allowed)
    if column.unique:
        constraints["unique"] = True
    if constraints:
        field["constraints"] = constraints
    if column.unit is not None:
        field["unit"] = column.unit  # not a Table Schema property; kept for readers (v2 allows extras)
    return field


def table_schema(spec: TableSpec) -> dict[str, Any]:
    """The Table Schema of a table, with primaryKey and the foreignKeys declared in its TOML."""
    schema: dict[str, Any] = {
        "$schema": TABLE_SCHEMA_PROFILE,
        "fields": [field_descriptor(c) for c in spec.columns],
    }
    if spec.primary_key:
        schema["primaryKey"] = list(spec.primary_key)
    if spec.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(fk["fields"]),
                "reference": {
                    "resource": fk["reference"]["resource"],
                    "fields": list(fk["reference"]["fields"]),
                },
            }
            for fk in spec.foreign_keys
        ]
    return schema


def ordered_tables(names: Sequence[str]) -> list[str]:
    """claims first (the table most readers want), then the others alphabetically."""
    return sorted(names, key=lambda n: (n != "claims", n))


def _require(context: Mapping[str, Any], key: str) -> Any:
    if key not in context:
        raise PublishError(f"publish: the build's context lacks {key!r} (has {sorted(context)})")
    return context[key]


def release_version(context: Mapping[str, Any]) -> str:
    """The one version: pyproject's; a different context["version"] is a bug in the build."""
    from quantclaims.version import __version__

    given = context.get("version", __version__)
    if given != __version__:
        raise VersionError(
            f"publish: the build says version {given!r} but pyproject.toml says {__version__!r}; "
            "code and data share one version"
        )
    return __version__


def source_descriptor(entry: Mapping[str, Any]) -> dict[str, Any]:
    """A Data Package `sources` item for one manifest entry: what the text is, who published it, its sha256."""
    doc_id = entry.get("doc_id")
    if not doc_id or not entry.get("sha256"):
        raise PublishError(f"publish: source entry {dict(entry)!r} lacks doc_id or sha256")
    publisher = entry.get("publisher")
    title = entry.get("title") or (f"Untitled article by {publisher}" if publisher else f"Untitled text {doc_id}")
    item: dict[str, Any] = {
        "title": title,
        "doc_id": doc_id,
        # manifest paths are relative to datasets/sources/; the package sits in datasets/<release>/
        "path": f"../sources/{entry['path']}" if entry.get("path") else None,
        "publisher": publisher,
        "publisher_note": entry.get("publisher_note"),
        "authors": list(entry.get("authors") or []),
        "publication_date": entry.get("publication_date"),
        "publication_date_range": entry.get("publication_date_range"),
        "language": entry.get("language"),
        "sha256": entry["sha256"],
    }
    owner = f"its publisher, {publisher}" if publisher else "its publisher (unknown)"
    relation = entry.get("relation")
    if isinstance(relation, Mapping) and relation.get("type"):
        translated = bool(relation.get("translated"))
        item["relation"] = f"{relation['type'].replace('_', ' ')} {relation.get('doc_id')}" + (
            " (translated)" if translated else ""
        )
        owner += (" and its translator" if translated else "") + f"; the rights in {relation.get('doc_id')} may also apply"
    item["copyright"] = f"Copyright of {owner}. Not licensed by the dataset's authors; kept only to verify spans."
    return {k: v for k, v in item.items() if v not in (None, [])}


def resource_descriptor(name: str, frame: pd.DataFrame, context: Mapping[str, Any]) -> dict[str, Any]:
    """The resource of one table file: path, sha256 hash, schema, licence.

    No `bytes`: frictionless (5.21) reads Parquet through pyarrow without measuring the file, so any
    declared byte count fails `frictionless validate`. The sha256 pins the file exactly; the data card
    lists the sizes.
    """
    spec = table_spec(name)
    files = _require(context, "table_files")
    hashes = _require(context, "table_sha256")
    if name not in files:
        raise PublishError(f"publish: table {name!r} has no file name in context['table_files']")
    path = files[name]
    if path not in hashes:
        raise PublishError(f"publish: file {path!r} has no sha256 in context['table_sha256']")
    if list(frame.columns) != spec.names:
        raise PublishError(f"publish: table {name!r} columns {list(frame.columns)} differ from schema/{name}.toml")
    return {
        "$schema": RESOURCE_PROFILE,
        "name": name,
        "title": spec.title,
        "description": spec.description,
        "path": path,
        "type": "table",
        "format": "parquet",
        "mediatype": PARQUET_MEDIATYPE,
        "hash": f"sha256:{hashes[path]}",
        "licenses": [DATA_LICENSE],
        "schema": table_schema(spec),
    }


def data_package(tables: Mapping[str, pd.DataFrame], context: Mapping[str, Any]) -> dict[str, Any]:
    """The datapackage.json descriptor of a release (as a dict)."""
    known = set(table_names())
    unknown = sorted(set(tables) - known)
    if unknown:
        raise PublishError(f"publish: tables {unknown} have no schema/*.toml")
    names = ordered_tables(list(tables))
    for name in names:
        for fk in table_spec(name).foreign_keys:
            target = fk["reference"]["resource"]
            if target not in tables:
                raise PublishError(
                    f"publish: {name} declares a foreign key to {target!r}, which this release does not hold"
                )
    version = release_version(context)
    sources = [source_descriptor(e) for e in _require(context, "sources")]
    package: dict[str, Any] = {
        "$schema": PROFILE,
        "name": DATASET_NAME,
        "title": DATASET_TITLE,
        "description": (
            "Every numeric assertion (force sizes and ratios, munition weights, casualties and casualty "
            "rates, ages, durations, proportions, counts, money) in two news texts on the battle for "
            "Russia's Kursk region (November 2024), with exact character spans, values, bounds, units, "
            "normalized values, qualifiers and attributions; and every number-like token with what became "
            "of it. These are claims made by parties to a war as reported by the press, not verified facts. "
            + LICENSE_STATEMENT
        ),
        "version": version,
        "keywords": list(KEYWORDS),
        "licenses": [DATA_LICENSE],
        "contributors": [{"title": a, "roles": ["creator"]} for a in AUTHORS],
        "sources": sources,
        "resources": [resource_descriptor(n, tables[n], context) for n in names],
    }
    if context.get("schema_version"):
        package["schema_version"] = str(context["schema_version"])
    return package


def documents(tables: Mapping[str, pd.DataFrame], context: Mapping[str, Any]) -> dict[str, bytes]:
    """Extra files of a release, by file name, rendered from the validated tables.

    `context` carries what the build knows: "version" (dataset version), "schema_version",
    "sources" (the manifest entries, each with doc_id, path, sha256 ...), "table_files"
    ({table name: file name}), "table_sha256" ({file name: sha256 of the bytes written}),
    optionally "table_bytes" ({file name: size}) for the data card's file list.
    """
    from quantclaims.datacard import data_card

    package = data_package(tables, context)
    return {
        "datapackage.json": render_json(package),
        "README.md": data_card(tables, context, package).encode("utf-8"),
    }
