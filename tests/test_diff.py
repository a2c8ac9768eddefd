"""`quantclaims diff`: claims added, removed, changed and moved between two releases."""

from __future__ import annotations

import io
import json

import pytest

from _publish_data import claim, claims_frame
from quantclaims.cli import main
from quantclaims.diff import DiffError, describe, diff_claims, read_claims, run_diff_command, to_markdown
from quantclaims.errors import QuantclaimsError

TROOPS = dict(value=5000.0, unit="troop", claim_type="force_size", qualifier="approximate", qualifier_text="some")


def _old():
    return claims_frame(
        [
            claim("doc-a:10-26", "some 5,000 troops", **TROOPS),
            claim("doc-a:40-46", "3-to-1", claim_type="force_ratio", value=3.0),
            claim("doc-a:70-79", "40 killed", claim_type="casualties", value=40.0),
        ]
    )


def _write(tmp_path, name, frame):
    folder = tmp_path / name
    folder.mkdir()
    frame.to_parquet(folder / "claims.parquet", index=False)
    return folder


def test_identical_releases_have_no_change():
    d = diff_claims(_old(), _old())
    assert (d.added, d.removed, d.changed) == ([], [], [])
    assert to_markdown(d) == "- No change to the 3 claims.\n"


def test_added_removed_and_changed_matched_by_claim_id():
    new = claims_frame(
        [
            claim("doc-a:10-26", "some 5,000 troops", **(TROOPS | {"attributed_to": "the ministry"})),
            claim("doc-a:40-46", "3-to-1", claim_type="force_ratio", value=4.0),
            claim("doc-b:0-7", "a dozen", claim_type="count", value=12.0),
        ]
    )
    d = diff_claims(_old(), new)
    assert [r["claim_id"] for r in d.added] == ["doc-b:0-7"]
    assert [r["claim_id"] for r in d.removed] == ["doc-a:70-79"]
    changes = {c.new_id: c.changes for c in d.changed}
    assert changes == {
        "doc-a:10-26": {"attributed_to": (None, "the ministry")},
        "doc-a:40-46": {"value": (3.0, 4.0)},
    }
    md = to_markdown(d)
    assert md.startswith("- Claims: 3 -> 3: 1 added, 1 removed, 2 changed (0 of them moved).\n")
    assert '  - `doc-a:40-46` "3-to-1": value 3 -> 4\n' in md
    assert '  - `doc-a:10-26` "some 5,000 troops": attributed_to null -> "the ministry"\n' in md
    assert "- Removed:\n  - `doc-a:70-79` \"40 killed\" (casualties, 40, exact)\n" in md


def test_a_moved_span_is_matched_by_its_text():
    """Text inserted before a claim shifts its offsets: same claim, new id, not removed + added."""
    new = claims_frame(
        [
            claim("doc-a:15-31", "some 5,000 troops", **(TROOPS | {"value": 6000.0})),
            claim("doc-a:45-51", "3-to-1", claim_type="force_ratio", value=3.0),
            claim("doc-a:75-84", "40 killed", claim_type="casualties", value=40.0),
        ]
    )
    d = diff_claims(_old(), new)
    assert d.added == [] and d.removed == []
    assert d.moved == 3
    first = d.changed[0]
    assert (first.old_id, first.new_id, first.matched_by) == ("doc-a:10-26", "doc-a:15-31", "span_text")
    assert first.changes["value"] == (5000.0, 6000.0)
    assert first.changes["start"] == (10, 15)
    md = to_markdown(d)
    assert '`doc-a:10-26` -> `doc-a:15-31` (span moved) "some 5,000 troops": value 5000 -> 6000\n' in md
    assert '`doc-a:40-46` -> `doc-a:45-51` (span moved) "3-to-1": no other change\n' in md


def test_repeated_span_texts_pair_in_order():
    old = claims_frame([claim("d:0-3", "two", value=2.0), claim("d:20-23", "two", value=2.0)])
    new = claims_frame([claim("d:5-8", "two", value=2.0), claim("d:25-28", "two", value=2.0),
                        claim("d:40-43", "two", value=2.0)])
    d = diff_claims(old, new)
    assert [(c.old_id, c.new_id) for c in d.changed] == [("d:0-3", "d:5-8"), ("d:20-23", "d:25-28")]
    assert [r["claim_id"] for r in d.added] == ["d:40-43"]


def test_same_text_in_another_document_is_not_a_move():
    d = diff_claims(claims_frame([claim("a:0-3", "two")]), claims_frame([claim("b:0-3", "two")]))
    assert [r["claim_id"] for r in d.added] == ["b:0-3"]
    assert [r["claim_id"] for r in d.removed] == ["a:0-3"]


def test_vague_claims_are_described_by_their_bounds():
    row = claim("d:0-7", "several", value=None, value_low=3.0, value_high=9.0, unit="tank", qualifier="vague")
    assert describe(row) == '`d:0-7` "several" (count, 3..9 tank, vague)'


def test_json_output_and_cli(tmp_path, capsys):
    old = _write(tmp_path, "old", _old())
    new_frame = _old().iloc[:2].copy()
    new_frame.loc[1, "qualifier"] = "approximate"
    new = _write(tmp_path, "new", new_frame)
    assert main(["diff", str(old), str(new / "claims.parquet"), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["summary"] == {"added": 0, "removed": 1, "changed": 1, "moved": 0}
    assert doc["removed"][0]["claim_id"] == "doc-a:70-79"
    assert doc["removed"][0]["value"] == 40.0
    assert doc["changed"] == [
        {"old_claim_id": "doc-a:40-46", "claim_id": "doc-a:40-46", "matched_by": "claim_id",
         "changes": {"qualifier": {"old": "exact", "new": "approximate"}}}
    ]
    assert main(["diff", str(old), str(new)]) == 0
    assert capsys.readouterr().out.startswith("- Claims: 3 -> 2: 0 added, 1 removed, 1 changed")


def test_new_columns_are_reported(tmp_path):
    old = _old().drop(columns=["change"])
    d = diff_claims(old, _old())
    assert d.columns_added == ["change"]
    assert "- Columns added: ['change']" in to_markdown(d)


def test_output_is_deterministic(tmp_path):
    old, new = _write(tmp_path, "old", _old()), _write(tmp_path, "new", _old().iloc[::-1])
    outs = []
    for _ in range(2):
        buf = io.StringIO()
        run_diff_command(old, new, out=buf, as_json=True)
        outs.append(buf.getvalue())
    assert outs[0] == outs[1]
    assert json.loads(outs[0])["summary"]["changed"] == 0


def _garbage(path):
    path.write_bytes(b"not parquet")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "nowhere", "does not exist"),
        (lambda p: p, "holds no claims.parquet"),
        (lambda p: _garbage(p / "x.parquet"), "not a readable Parquet"),
    ],
)
def test_bad_release_is_a_clear_error(tmp_path, make, message, capsys):
    bad = make(tmp_path)
    with pytest.raises(DiffError, match=message) as info:
        read_claims(bad)
    assert isinstance(info.value, QuantclaimsError)
    good = _write(tmp_path, "good", _old())
    assert main(["diff", str(bad), str(good)]) == 2
    assert message in capsys.readouterr().err


def test_a_table_without_claim_columns_is_refused(tmp_path):
    _old()[["doc_id", "start"]].to_parquet(tmp_path / "claims.parquet")
    with pytest.raises(DiffError, match="not a claims table"):
        read_claims(tmp_path)
