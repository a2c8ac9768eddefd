"""align_report: the alignments table as a fixed-width table and as JSON Lines."""

from __future__ import annotations

import json

from _align_claims import claim, claims_frame
from quantclaims.align import align
from quantclaims.align_report import SPAN_WIDTH, format_table, json_lines

TL = "The ferry carried 120 passengers and 14 cars across the strait, the captain said."
TR = "The ferry took about 120 passengers across the strait."


def _alignments():
    left = claims_frame("l", TL, [
        claim("120 passengers", 120, "passenger", "count", "count", entity="passengers", attributed_to="the captain"),
        claim("14 cars", 14, "car", "count", "count", entity="cars", attributed_to="the captain"),
    ])
    right = claims_frame("r", TR, [claim("about 120 passengers", 120, "passenger", "count", "count",
                                         qualifier="approximate", entity="passengers")])
    return align(left, right, TL, TR)


def test_table_shows_each_row_with_its_drift_and_a_summary() -> None:
    lines = format_table(_alignments()).splitlines()
    assert lines[0].split()[:2] == ["status", "left"]
    assert lines[2].startswith("matched") and "about 120 passengers" in lines[2]
    assert lines[2].endswith("attribution_dropped;qualifier_changed")
    assert lines[3].startswith("left_only") and "14 cars" in lines[3]
    assert lines[-1] == "1 matched, 1 only in the original, 0 only in the re-report"
    widths = {len(line) for line in lines[2:-1]}
    assert all(w >= 10 + 2 * SPAN_WIDTH for w in widths)


def test_long_spans_are_clipped() -> None:
    a = _alignments()
    a.loc[0, "left_span_text"] = "x" * 100
    row = format_table(a).splitlines()[2]
    assert ("x" * (SPAN_WIDTH - 1) + "\u2026") in row and "x" * SPAN_WIDTH not in row


def test_json_lines_are_records_with_nulls() -> None:
    a = _alignments()
    records = [json.loads(line) for line in json_lines(a)]
    assert [r["status"] for r in records] == ["matched", "left_only"]
    assert records[1]["right_claim_id"] is None and records[1]["score"] is None
    assert isinstance(records[0]["score"], float) and records[0]["is_repeat"] is False
    assert list(records[0]) == list(a.columns)
