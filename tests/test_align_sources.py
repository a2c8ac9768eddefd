"""align() on the project's two sources: the WSJ article and its translated re-report.

The claims here are written by hand from the two texts, by docs/conventions.md (the extractor's
output is tested against the same expectations in test_align.py once it lands); the expected pairs
and drift labels are read off the texts by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from _align_claims import claim, claims_frame
from quantclaims.align import align

SOURCES = Path(__file__).resolve().parents[1] / "datasets" / "sources"
WSJ, REREPORT = "wsj-kursk-2024", "rereport-kursk-2024"

YEAR, MONTH = 365.25, 365.25 / 12


def _text(doc_id: str) -> str:
    return (SOURCES / f"{doc_id}.txt").read_text(encoding="utf-8")


def _original() -> pd.DataFrame:
    c = claim
    return claims_frame(WSJ, _text(WSJ), [
        c("one ton", 1, "ton", "mass", "munition_weight", normalized_value=1000.0, normalized_unit="kg", entity="glide bombs"),
        c("30-year-old", 30, "year", "age", "age", normalized_unit="year", entity="battalion commander"),
        c("2½ years", 2.5, "year", "duration", "duration", normalized_value=2.5 * YEAR, normalized_unit="day", entity="war"),
        c("some 45,000 troops", 45000, "troop", "count", "force_size", qualifier="approximate", entity="troops",
          attributed_to="Ukrainian officials"),
        c("nearly half", 0.5, None, "proportion", "territory", qualifier="nearly", normalized_unit="fraction",
          entity="the territory"),
        c("35-year-old", 35, "year", "age", "age", normalized_unit="year", entity="Ukrainian sergeant"),
        c("two months", 2, "month", "duration", "duration", normalized_value=2 * MONTH, normalized_unit="day",
          attributed_to="Geniy"),
        c("about six weeks", 6, "week", "duration", "duration", qualifier="approximate", normalized_value=42.0,
          normalized_unit="day", attributed_to="Geniy"),
        c("a dozen armored vehicles", 12, "vehicle", "count", "equipment_count", entity="armored vehicles",
          attributed_to="Geniy"),
        c("three Russian soldiers", 3, "soldier", "count", "force_size", entity="Russian soldiers"),
        c("three more Russians", 3, "Russian", "count", "force_size", entity="Russians"),
        c("three people", 3, "person", "count", "count", entity="people", attributed_to="Geniy"),
        c("a few meters", None, "meter", "length", "distance", qualifier="vague", low=2, high=5, normalized_unit="m",
          attributed_to="Geniy"),
        c("10,000 North Korean troops", 10000, "troop", "count", "force_size", entity="North Korean troops",
          attributed_to="Ukrainian officials"),
        c("about three times as many men", 3, None, "ratio", "force_ratio", qualifier="approximate", entity="men",
          attributed_to="Geniy"),
        c("six times as many small explosive drones", 6, None, "ratio", "force_ratio",
          entity="small explosive drones", attributed_to="Geniy"),
        c("around 1,200 men dead and injured a day", 1200, "man", "rate", "casualty_rate", qualifier="approximate",
          per_unit="day", normalized_unit="count/day", entity="men dead and injured", attributed_to="U.S. officials"),
        c("700,000 casualties", 700000, "casualty", "count", "casualties", entity="casualties",
          attributed_to="British officials"),
        c("roughly 10-to-1", 10, None, "ratio", "force_ratio", qualifier="approximate",
          attributed_to="The soldier southeast of Sudzha"),
        c("roughly 3-to-1", 3, None, "ratio", "force_ratio", qualifier="approximate", attributed_to="Khomenko"),
        c("several weeks", None, "week", "duration", "duration", qualifier="vague", low=3, high=9,
          normalized_unit="day"),
        c("Ninety percent", 90, "percent", "proportion", "proportion", normalized_value=0.9,
          normalized_unit="fraction", entity="the troops in his platoon", attributed_to="Khomenko"),
        c("At least once a month", 1, None, "rate", "frequency", qualifier="at_least", per_unit="month",
          normalized_value=1 / MONTH, normalized_unit="count/day", attributed_to="Khomenko"),
        c("few months", None, "month", "duration", "duration", qualifier="vague", low=2, high=5,
          normalized_unit="day"),
    ])


def _rereport() -> pd.DataFrame:
    c = claim
    return claims_frame(REREPORT, _text(REREPORT), [
        c("2.5 years", 2.5, "year", "duration", "duration", normalized_value=2.5 * YEAR, normalized_unit="day",
          entity="war", attributed_to="The Wall Street Journal"),
        c("about 2,200 pounds", 2200, "pound", "mass", "munition_weight", qualifier="approximate",
          normalized_value=2200 * 0.45359237, normalized_unit="kg", entity="Russian gliding bombs"),
        c("30-year-old", 30, "year", "age", "age", normalized_unit="year", entity="battalion commander"),
        c("2.5 years", 2.5, "year", "duration", "duration", nth=1, normalized_value=2.5 * YEAR, normalized_unit="day",
          entity="war", attributed_to="The Wall Street Journal"),
        c("approximately 45,000 soldiers", 45000, "soldier", "count", "force_size", qualifier="approximate",
          entity="soldiers"),
        c("nearly half", 0.5, None, "proportion", "territory", qualifier="nearly", normalized_unit="fraction",
          entity="the territory"),
        c("35-year-old", 35, "year", "age", "age", normalized_unit="year", entity="Ukrainian sergeant"),
        c("two months", 2, "month", "duration", "duration", normalized_value=2 * MONTH, normalized_unit="day",
          attributed_to="Genij"),
        c("About six weeks", 6, "week", "duration", "duration", qualifier="approximate", normalized_value=42.0,
          normalized_unit="day", attributed_to="Genij"),
        c("several armored vehicles", None, "vehicle", "count", "equipment_count", qualifier="vague", low=3, high=9,
          entity="armored vehicles", attributed_to="Genij"),
        c("10,000 North Korean soldiers", 10000, "soldier", "count", "force_size", entity="North Korean soldiers",
          attributed_to="Ukrainian officials"),
        c("about three times the number of soldiers", 3, None, "ratio", "force_ratio", qualifier="approximate",
          entity="soldiers"),
        c("six times as many combat drones", 6, None, "ratio", "force_ratio", entity="combat drones"),
        c("about 1,200 people daily", 1200, "person", "rate", "casualty_rate", qualifier="approximate",
          per_unit="day", normalized_unit="count/day", entity="people", attributed_to="British officials"),
        c("700,000 casualties", 700000, "casualty", "count", "casualties", entity="casualties",
          attributed_to="British sources"),
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


@pytest.fixture(scope="module")
def alignments() -> pd.DataFrame:
    return align(_original(), _rereport(), _text(WSJ), _text(REREPORT))


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
