"""align() on the project's two sources: the WSJ article and its translated re-report.

Run twice: on the hand-written golden annotation of the two texts (tests/golden/), and on the real
extractor's claims. The expected pairs and drift labels are read off the texts by hand; both runs
must meet them. The command line (`quantclaims align A B`) is tested on the same texts.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from _align_claims import claims_frame
from annotations import COMPARED_FIELDS, GOLDEN
from quantclaims.align import align, run_align_command
from quantclaims.cli import main
from quantclaims.extract import extract

SOURCES = Path(__file__).resolve().parents[1] / "datasets" / "sources"
WSJ, REREPORT = "wsj-kursk-2024", "rereport-kursk-2024"
_text = GOLDEN.text


def _hand_written(doc_id: str) -> pd.DataFrame:
    """The claims of the hand-written golden annotation (tests/golden/), as a claims table."""
    doc = GOLDEN.load(doc_id)
    return claims_frame(doc_id, doc.text, [
        {"span": c.span_text, "nth": c.occurrence or 0, **dict.fromkeys(COMPARED_FIELDS), **c.fields}
        for c in doc.claims
    ])


EXPECTED_PAIRS = {
    ("one ton", "about 2,200 pounds"): "equivalent_after_conversion;qualifier_changed;unit_changed",
    ("30-year-old", "30-year-old"): "identical",
    ("2½ years", "2.5 years"): "attribution_added;identical",
    ("some 45,000 troops", "approximately 45,000 soldiers"): "attribution_dropped;identical",
    ("nearly half", "nearly half"): "identical",
    ("35-year-old", "35-year-old"): "identical",
    ("two months", "two months"): "identical",
    ("about six weeks", "About six weeks"): "identical",
    # "After losing a dozen armored vehicles, Geniy said, ..." -> "After losing several armored
    # vehicles, the Russians changed tactics": the figure is blurred; the sentence still continues
    # Genij's account (conventions, Attribution), so its speaker stays.
    ("a dozen armored vehicles", "several armored vehicles"): "made_vague;value_changed",
    ("10,000 North Korean troops", "10,000 North Korean soldiers"): "identical",
    ("about three times as many men", "about three times the number of soldiers"): "attribution_dropped;identical",
    ("six times as many small explosive drones", "six times as many combat drones"): "attribution_dropped;identical",
    ("around 1,200 men dead and injured a day", "about 1,200 people daily"):
        "attribution_changed;entity_changed;identical",
    ("700,000 casualties", "700,000 casualties"): "identical",
}
LEFT_OUT = ["three Russian soldiers", "three more Russians", "three people", "a few meters", "roughly 10-to-1",
            "roughly 3-to-1", "several weeks", "Ninety percent", "At least once a month", "few months"]


@pytest.fixture(scope="module", params=["hand-written claims", "extracted claims"])
def alignments(request: pytest.FixtureRequest) -> pd.DataFrame:
    if request.param == "hand-written claims":
        left, right = _hand_written(WSJ), _hand_written(REREPORT)
    else:
        left, right = extract(_text(WSJ), WSJ), extract(_text(REREPORT), REREPORT)
    return align(left, right, _text(WSJ), _text(REREPORT))


def test_every_counterpart_is_linked_with_its_drift(alignments: pd.DataFrame) -> None:
    matched = alignments[alignments["status"] == "matched"]
    got = {(l, r): d for l, r, d in zip(matched["left_span_text"], matched["right_span_text"], matched["drift"])}
    assert got == EXPECTED_PAIRS


def test_the_repeated_duration_points_at_one_original_claim(alignments: pd.DataFrame) -> None:
    rows = alignments[alignments["right_span_text"] == "2.5 years"]
    assert len(rows) == 2 and rows["left_claim_id"].nunique() == 1
    assert sorted(rows["is_repeat"]) == [False, True]
    # The first choice is the mention in the same place in the story (the fourth paragraph).
    first = rows[~rows["is_repeat"]].iloc[0]
    assert first["right_claim_id"] == f"{REREPORT}:{_text(REREPORT).rindex('2.5 years')}-" \
                                      f"{_text(REREPORT).rindex('2.5 years') + len('2.5 years')}"


def test_what_the_re_report_left_out(alignments: pd.DataFrame) -> None:
    left_only = alignments[alignments["status"] == "left_only"]
    assert sorted(left_only["left_span_text"]) == sorted(LEFT_OUT)
    assert not (alignments["status"] == "right_only").any()


def test_command_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["align", str(SOURCES / f"{WSJ}.txt"), str(SOURCES / f"{REREPORT}.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["status", "left"]
    ton = next(line for line in lines if line.startswith("matched ") and "one ton" in line)
    assert "about 2,200 pounds" in ton and ton.endswith("equivalent_after_conversion;qualifier_changed;unit_changed")
    assert sum(line.startswith("left_only") for line in lines) == len(LEFT_OUT)
    assert lines[-1] == (f"{len(EXPECTED_PAIRS) + 1} matched, {len(LEFT_OUT)} only in the original, "
                         "0 only in the re-report; * repeated mention")


def test_command_json_lines_are_the_table() -> None:
    out = io.StringIO()
    assert run_align_command(WSJ, _text(WSJ), REREPORT, _text(REREPORT), as_json=True, out=out) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    expected = align(extract(_text(WSJ), WSJ), extract(_text(REREPORT), REREPORT), _text(WSJ), _text(REREPORT))
    assert [r["alignment_id"] for r in records] == list(expected["alignment_id"])
    assert {r["left_doc_id"] for r in records} == {WSJ} and {r["right_doc_id"] for r in records} == {REREPORT}


MIRROR = {"made_vague": "made_precise", "made_precise": "made_vague",
          "attribution_added": "attribution_dropped", "attribution_dropped": "attribution_added"}


def test_swapping_the_documents_mirrors_the_links() -> None:
    left, right = extract(_text(WSJ), WSJ), extract(_text(REREPORT), REREPORT)
    forward = align(left, right, _text(WSJ), _text(REREPORT))
    backward = align(right, left, _text(REREPORT), _text(WSJ))

    def links(a: pd.DataFrame, swap: bool) -> set[tuple[str, str, str]]:
        out = set()
        for l, r, d in zip(a["left_claim_id"], a["right_claim_id"], a["drift"]):
            if pd.isna(d):
                continue
            if swap:
                l, r, d = r, l, ";".join(sorted(MIRROR.get(x, x) for x in d.split(";")))
            out.add((l, r, d))
        return out

    assert links(forward, False) == links(backward, True)
    assert len(links(forward, False)) == len(EXPECTED_PAIRS) + 1


@pytest.mark.parametrize("doc_id", [WSJ, REREPORT])
def test_a_text_aligned_with_a_copy_of_itself_is_all_identical(doc_id: str) -> None:
    claims = extract(_text(doc_id), doc_id)
    copy = claims.assign(doc_id="copy", claim_id=claims["claim_id"].str.replace(doc_id, "copy", regex=False))
    a = align(claims, copy, _text(doc_id), _text(doc_id))
    assert set(a["status"]) == {"matched"} and set(a["drift"]) == {"identical"} and len(a) == len(claims)
    assert list(a["left_claim_id"].str.split(":").str[1]) == list(a["right_claim_id"].str.split(":").str[1])
