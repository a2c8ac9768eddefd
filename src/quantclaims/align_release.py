"""The alignments table of a release: every manifest source that re-reports another, aligned with it.

A source whose manifest entry has `relation = {type = "rereport_of", doc_id = <original>}` is aligned
against that original (left = original, right = re-report), in manifest order; the tables of all
such pairs are concatenated. A release without re-reports has an empty alignments table.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import pandas as pd

from quantclaims.align import align
from quantclaims.align_claims import AlignInputError
from quantclaims.schema import frame

REREPORT = "rereport_of"


def rereport_pairs(records: Sequence[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(original doc_id, re-report doc_id) for each manifest record that re-reports another."""
    known = {r["doc_id"] for r in records}
    pairs = []
    for r in records:
        relation = r.get("relation")
        if not isinstance(relation, Mapping) or relation.get("type") != REREPORT:
            continue
        original = relation.get("doc_id")
        if original not in known or original == r["doc_id"]:
            raise AlignInputError(
                f"manifest: {r['doc_id']!r} is a {REREPORT} {original!r}, which is not another source of the manifest"
            )
        pairs.append((str(original), str(r["doc_id"])))
    return pairs


def release_alignments(
    records: Sequence[Mapping[str, Any]], claims: pd.DataFrame, texts: Mapping[str, str]
) -> pd.DataFrame:
    """The alignments of every re-report in `records` (manifest entries) with its original."""
    parts = []
    for original, rereport in rereport_pairs(records):
        parts.append(
            align(
                claims[claims["doc_id"] == original].reset_index(drop=True),
                claims[claims["doc_id"] == rereport].reset_index(drop=True),
                texts[original],
                texts[rereport],
                left_doc_id=original,
                right_doc_id=rereport,
            )
        )
    if not parts:
        return frame("alignments", {"alignment_id": [], "status": [], "is_repeat": []})
    return pd.concat(parts, ignore_index=True)
