"""Documents published beside the tables (datapackage.json, the data card). Being written."""

from __future__ import annotations

from typing import Any, Mapping

import pandas as pd


def documents(tables: Mapping[str, pd.DataFrame], context: Mapping[str, Any]) -> dict[str, bytes]:
    """Extra files of a release, by file name, rendered from the validated tables.

    `context` carries what the build knows: "version" (dataset version), "schema_version",
    "sources" (the manifest entries, each with doc_id, path, sha256 ...), "table_files"
    ({table name: file name}), "table_sha256" ({file name: sha256 of the bytes written}).
    """
    return {}
