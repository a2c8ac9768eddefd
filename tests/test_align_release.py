"""align_release: the build aligns every manifest source that re-reports another with its original."""

from __future__ import annotations

import json

import pytest

from quantclaims import release
from quantclaims.align_claims import AlignInputError
from quantclaims.align_release import release_alignments, rereport_pairs
from quantclaims.schema import table_spec
from release_fakes import copy_layout, fake_extract_tables


def test_rereport_pairs_follow_the_manifest_relation() -> None:
    records = [
        {"doc_id": "a", "relation": None},
        {"doc_id": "b", "relation": {"type": "rereport_of", "doc_id": "a"}},
        {"doc_id": "c", "relation": {"type": "translation_of", "doc_id": "a"}},
        {"doc_id": "d"},
    ]
    assert rereport_pairs(records) == [("a", "b")]


def test_a_rereport_of_an_unknown_source_is_an_error() -> None:
    records = [{"doc_id": "b", "relation": {"type": "rereport_of", "doc_id": "gone"}}]
    with pytest.raises(AlignInputError, match="'b' is a rereport_of 'gone', which is not another source of the manifest"):
        rereport_pairs(records)


def test_no_rereports_give_an_empty_table() -> None:
    claims, _ = fake_extract_tables("The river rose 3 meters.", "a")
    out = release_alignments([{"doc_id": "a"}], claims, {"a": "The river rose 3 meters."})
    assert len(out) == 0 and list(out.columns) == table_spec("alignments").names


def test_build_holds_the_alignments_of_the_rereport(tmp_path) -> None:
    built = release.build(copy_layout(tmp_path / "repo"), fake_extract_tables)
    a = built.tables["alignments"]
    claims = built.tables["claims"]
    assert "alignments.parquet" in built.files
    assert set(a["left_doc_id"]) == {"wsj-kursk-2024"} and set(a["right_doc_id"]) == {"rereport-kursk-2024"}
    # Every claim of both documents appears, linked or not.
    assert set(a["left_claim_id"].dropna()) == set(claims.loc[claims["doc_id"] == "wsj-kursk-2024", "claim_id"])
    assert set(a["right_claim_id"].dropna()) == set(claims.loc[claims["doc_id"] == "rereport-kursk-2024", "claim_id"])
    # The digit-only stand-in extractor still finds the figures both texts share.
    matched = a[a["status"] == "matched"]
    assert {"45,000", "10,000", "700,000"} <= set(matched["right_span_text"])
    package = json.loads(built.files["datapackage.json"])
    resource = next(r for r in package["resources"] if r["name"] == "alignments")
    assert {fk["fields"][0] for fk in resource["schema"]["foreignKeys"]} == {"left_claim_id", "right_claim_id"}
