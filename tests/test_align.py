"""align(): linking claims across an original and its re-report, on sentences written for these tests."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pandas as pd
import pytest

from _align_claims import claim, claims_frame
from hashseed import python_under_seed
from quantclaims.align import AlignInputError, align
from quantclaims.errors import QuantclaimsError
from quantclaims.schema import table_spec



def _pairs(alignments: pd.DataFrame) -> dict[tuple[str, str], str]:
    """{(left span, right span): drift} of the matched rows."""
    m = alignments[alignments["status"] == "matched"]
    return {(l, r): d for l, r, d in zip(m["left_span_text"], m["right_span_text"], m["drift"])}


def _only(alignments: pd.DataFrame, status: str) -> list[str]:
    rows = alignments[alignments["status"] == status]
    col = "left_span_text" if status == "left_only" else "right_span_text"
    return list(rows[col])


# --- one phenomenon a test -------------------------------------------------------------------------

CONVERTED_L = "The crane lifted a steel beam weighing one ton onto the bridge deck."
CONVERTED_R = "The crane put a steel beam weighing about 2,200 pounds onto the deck of the bridge."


def _beam(text: str, span: str, value: float, unit: str, kg: float, qualifier: str = "exact") -> pd.DataFrame:
    return claims_frame("doc-" + unit, text, [claim(span, value, unit, "mass", "measurement", qualifier=qualifier,
                                                    normalized_value=kg, normalized_unit="kg", entity="steel beam")])


def test_converted_units_are_equivalent_after_conversion() -> None:
    left = _beam(CONVERTED_L, "one ton", 1, "ton", 1000.0)
    right = _beam(CONVERTED_R, "about 2,200 pounds", 2200, "pound", 997.903, "approximate")
    a = align(left, right, CONVERTED_L, CONVERTED_R)
    assert _pairs(a) == {("one ton", "about 2,200 pounds"): "equivalent_after_conversion;qualifier_changed;unit_changed"}
    assert a.loc[0, "relative_difference"] == pytest.approx(0.0021, abs=1e-4)


def test_conversion_beyond_tolerance_is_a_changed_value() -> None:
    # 2,000 lb = 907 kg is 9.3% off a tonne: more than 1% + the 5% cap on what "about" admits.
    text_r = CONVERTED_R.replace("2,200", "2,000")
    left = _beam(CONVERTED_L, "one ton", 1, "ton", 1000.0)
    right = _beam(text_r, "about 2,000 pounds", 2000, "pound", 907.185, "approximate")
    assert _pairs(align(left, right, CONVERTED_L, text_r)) == {
        ("one ton", "about 2,000 pounds"): "qualifier_changed;unit_changed;value_changed"
    }


def test_exact_conversion_needs_no_hedge() -> None:
    text_r = "The crane lifted a steel beam weighing 1,000 kilograms onto the bridge deck."
    left = _beam(CONVERTED_L, "one ton", 1, "ton", 1000.0)
    right = _beam(text_r, "1,000 kilograms", 1000, "kilogram", 1000.0)
    assert _pairs(align(left, right, CONVERTED_L, text_r)) == {
        ("one ton", "1,000 kilograms"): "equivalent_after_conversion;unit_changed"
    }


def _count_pair(text_l: str, span_l: str, spec_l: dict, text_r: str, span_r: str, spec_r: dict) -> pd.DataFrame:
    base = dict(kind="count", claim_type="count")
    left = claims_frame("l", text_l, [claim(span_l, **{**base, **spec_l})])
    right = claims_frame("r", text_r, [claim(span_r, **{**base, **spec_r})])
    return align(left, right, text_l, text_r)


def test_fraction_and_decimal_are_identical() -> None:
    tl, tr = "The siege has lasted 2½ years so far.", "So far the siege has lasted 2.5 years."
    a = _count_pair(tl, "2½ years", dict(value=2.5, unit="year", kind="duration", claim_type="duration",
                                          normalized_value=913.125, normalized_unit="day", entity="siege"),
                    tr, "2.5 years", dict(value=2.5, unit="year", kind="duration", claim_type="duration",
                                          normalized_value=913.125, normalized_unit="day", entity="siege"))
    assert _pairs(a) == {("2½ years", "2.5 years"): "identical"}
    assert a.loc[0, "relative_difference"] == 0.0


def test_rounded_figure() -> None:
    tl = "Floods forced 1,187 families from their homes in the delta."
    tr = "In the delta, about 1,200 families were forced from their homes by floods."
    a = _count_pair(tl, "1,187 families", dict(value=1187, unit="family", entity="families"),
                    tr, "about 1,200 families", dict(value=1200, unit="family", entity="families", qualifier="approximate"))
    assert _pairs(a) == {("1,187 families", "about 1,200 families"): "qualifier_changed;rounded"}


def test_changed_figure_still_links() -> None:
    tl = "Rebels fired 40 rockets at the airport on Tuesday, damaging the runway."
    tr = "On Tuesday rebels fired 50 rockets at the airport and damaged its runway."
    a = _count_pair(tl, "40 rockets", dict(value=40, unit="rocket", entity="rockets", claim_type="equipment_count"),
                    tr, "50 rockets", dict(value=50, unit="rocket", entity="rockets", claim_type="equipment_count"))
    assert _pairs(a) == {("40 rockets", "50 rockets"): "value_changed"}
    assert a.loc[0, "relative_difference"] == pytest.approx(0.2)


def test_changed_attribution() -> None:
    tl = "Dutch inspectors estimate that the plant emits 300 tonnes of ash a year."
    tr = "Belgian inspectors estimate that the plant emits 300 tonnes of ash a year."
    spec = dict(value=300, unit="tonne", kind="mass", claim_type="measurement", normalized_value=300000.0,
                normalized_unit="kg", entity="ash")
    a = _count_pair(tl, "300 tonnes", {**spec, "attributed_to": "Dutch inspectors"},
                    tr, "300 tonnes", {**spec, "attributed_to": "Belgian inspectors"})
    assert _pairs(a) == {("300 tonnes", "300 tonnes"): "attribution_changed;identical"}
    assert list(a["left_attributed_to"]) == ["Dutch inspectors"]
    assert list(a["right_attributed_to"]) == ["Belgian inspectors"]


def test_same_source_in_other_words_is_not_a_change() -> None:
    tl = "Some 800 pupils were sent home, according to city officials."
    tr = "City sources say about 800 pupils were sent home."
    a = _count_pair(tl, "Some 800 pupils", dict(value=800, unit="pupil", qualifier="approximate", entity="pupils",
                                                attributed_to="city officials"),
                    tr, "about 800 pupils", dict(value=800, unit="pupil", qualifier="approximate", entity="pupils",
                                                 attributed_to="City sources"))
    assert _pairs(a) == {("Some 800 pupils", "about 800 pupils"): "identical"}


def test_dropped_and_added_attribution() -> None:
    tl = "Some 800 pupils were sent home, according to city officials."
    tr = "About 800 pupils were sent home."
    a = _count_pair(tl, "Some 800 pupils", dict(value=800, unit="pupil", qualifier="approximate", entity="pupils",
                                                attributed_to="city officials"),
                    tr, "About 800 pupils", dict(value=800, unit="pupil", qualifier="approximate", entity="pupils"))
    assert _pairs(a) == {("Some 800 pupils", "About 800 pupils"): "attribution_dropped;identical"}
    b = align(*(claims_frame(d, t, [claim(s, 800, "pupil", "count", "count", qualifier="approximate", entity="pupils",
                                          attributed_to=w)])
                for d, t, s, w in (("r", tr, "About 800 pupils", None), ("l", tl, "Some 800 pupils", "city officials"))),
              tr, tl)
    assert _pairs(b) == {("About 800 pupils", "Some 800 pupils"): "attribution_added;identical"}


def test_count_made_vague_outside_the_vague_bounds() -> None:
    # "several" is 3..9 in the vague lexicon: a dozen lies outside it.
    tl = "After losing a dozen trucks in the pass, the convoy turned back."
    tr = "After losing several trucks in the pass, the convoy turned back."
    a = _count_pair(tl, "a dozen trucks", dict(value=12, unit="truck", entity="trucks"),
                    tr, "several trucks", dict(value=None, unit="truck", entity="trucks", qualifier="vague", low=3, high=9))
    assert _pairs(a) == {("a dozen trucks", "several trucks"): "made_vague;value_changed"}
    assert pd.isna(a.loc[0, "relative_difference"])


def test_count_made_vague_within_bounds_and_made_precise() -> None:
    tl = "Four ferries were stranded in the harbor by the storm."
    tr = "The storm stranded a few ferries in the harbor."
    four = dict(value=4, unit="ferry", entity="ferries")
    few = dict(value=None, unit="ferry", entity="ferries", qualifier="vague", low=2, high=5)
    assert _pairs(_count_pair(tl, "Four ferries", four, tr, "a few ferries", few)) == {
        ("Four ferries", "a few ferries"): "made_vague"}
    assert _pairs(_count_pair(tr, "a few ferries", few, tl, "Four ferries", four)) == {
        ("a few ferries", "Four ferries"): "made_precise"}


def test_entity_changed_is_flagged() -> None:
    tl = "The storm sank 30 fishing boats off the coast on Monday."
    tr = "The storm destroyed 30 houses off the coast on Monday."
    a = _count_pair(tl, "30 fishing boats", dict(value=30, unit="boat", entity="fishing boats"),
                    tr, "30 houses", dict(value=30, unit="house", entity="houses"))
    assert _pairs(a) == {("30 fishing boats", "30 houses"): "entity_changed;identical"}


def test_rate_period_change_is_a_unit_change() -> None:
    tl = "The clinic treats 70 patients a week during the outbreak."
    tr = "During the outbreak the clinic treats 10 patients a day."
    a = _count_pair(tl, "70 patients a week", dict(value=70, unit="patient", kind="rate", per_unit="week",
                                                   normalized_value=10.0, normalized_unit="count/day", entity="patients"),
                    tr, "10 patients a day", dict(value=10, unit="patient", kind="rate", per_unit="day",
                                                  normalized_value=10.0, normalized_unit="count/day", entity="patients"))
    assert _pairs(a) == {("70 patients a week", "10 patients a day"): "equivalent_after_conversion;unit_changed"}


# --- whole documents ---------------------------------------------------------------------------

ORIGINAL = (
    "Heavy rains flooded 14 villages in the northern valley on Sunday, the governor said.\n"
    "Rescuers pulled 230 people from the water by nightfall, according to the fire brigade. "
    "The river rose 3 meters in six hours.\n"
    "The storm cut power to 52,000 homes across the province.\n"
    "Officials said the damage outnumbered last year's floods roughly 4-to-1."
)
REREPORT = (
    "The storm left 52,000 homes across the province without power.\n"
    "In the northern valley, heavy rains flooded 14 villages on Sunday, the governor said. "
    "By nightfall rescuers had pulled 230 people from the water. "
    "The river rose about 10 feet in six hours.\n"
    "The flood also closed 3 schools in the valley."
)


def _storm_claims() -> tuple[pd.DataFrame, pd.DataFrame]:
    left = claims_frame("orig", ORIGINAL, [
        claim("14 villages", 14, "village", "count", "count", entity="villages", attributed_to="the governor"),
        claim("230 people", 230, "person", "count", "count", entity="people", attributed_to="the fire brigade"),
        claim("3 meters", 3, "meter", "length", "distance", normalized_unit="m"),
        claim("six hours", 6, "hour", "duration", "duration", normalized_value=0.25, normalized_unit="day"),
        claim("52,000 homes", 52000, "home", "count", "count", entity="homes"),
        claim("roughly 4-to-1", 4, None, "ratio", "other", qualifier="approximate", attributed_to="Officials"),
    ])
    right = claims_frame("rere", REREPORT, [
        claim("52,000 homes", 52000, "home", "count", "count", entity="homes"),
        claim("14 villages", 14, "village", "count", "count", entity="villages", attributed_to="the governor"),
        claim("230 people", 230, "person", "count", "count", entity="people"),
        claim("about 10 feet", 10, "foot", "length", "distance", qualifier="approximate", normalized_value=3.048,
              normalized_unit="m"),
        claim("six hours", 6, "hour", "duration", "duration", normalized_value=0.25, normalized_unit="day"),
        claim("3 schools", 3, "school", "count", "count", entity="schools"),
    ])
    return left, right


def test_reordered_paragraphs_link_every_counterpart() -> None:
    left, right = _storm_claims()
    a = align(left, right, ORIGINAL, REREPORT)
    assert _pairs(a) == {
        ("14 villages", "14 villages"): "identical",
        ("230 people", "230 people"): "attribution_dropped;identical",
        ("3 meters", "about 10 feet"): "equivalent_after_conversion;qualifier_changed;unit_changed",
        ("six hours", "six hours"): "identical",
        ("52,000 homes", "52,000 homes"): "identical",
    }
    assert _only(a, "left_only") == ["roughly 4-to-1"]
    assert _only(a, "right_only") == ["3 schools"]


def test_unmatched_rows_have_no_score_or_drift() -> None:
    left, right = _storm_claims()
    a = align(left, right, ORIGINAL, REREPORT)
    unmatched = a[a["status"] != "matched"]
    assert unmatched["score"].isna().all() and unmatched["drift"].isna().all()
    lo = a[a["status"] == "left_only"].iloc[0]
    assert pd.isna(lo["right_claim_id"]) and lo["alignment_id"] == f"{lo['left_claim_id']}~"
    assert lo["right_doc_id"] == "rere"
    ro = a[a["status"] == "right_only"].iloc[0]
    assert pd.isna(ro["left_claim_id"]) and ro["alignment_id"] == f"~{ro['right_claim_id']}"


def test_without_texts_links_on_figures_and_entities() -> None:
    left, right = _storm_claims()
    a = align(left, right)
    assert ("14 villages", "14 villages") in _pairs(a)
    assert ("52,000 homes", "52,000 homes") in _pairs(a)


def test_repeated_claim_links_to_the_same_counterpart() -> None:
    tl = "The strike, now in its 5 months, has closed the mine. Talks resume on Monday."
    tr = ("The strike has lasted 5 months and closed the mine. "
          "Talks resume on Monday. Workers say the strike of 5 months has closed the mine.")
    dur = dict(unit="month", kind="duration", claim_type="duration", normalized_value=152.1875,
               normalized_unit="day", entity="strike")
    left = claims_frame("l", tl, [claim("5 months", 5, **dur)])
    right = claims_frame("r", tr, [claim("5 months", 5, **dur), claim("5 months", 5, nth=1, **dur)])
    a = align(left, right, tl, tr)
    assert list(a["status"]) == ["matched", "matched"]
    assert a["left_claim_id"].nunique() == 1
    assert sorted(a["is_repeat"]) == [False, True]
    assert list(a["drift"]) == ["identical", "identical"]
    assert a["alignment_id"].is_unique


def test_incompatible_kinds_never_link() -> None:
    tl = "The 30 volunteers rebuilt the school."
    tr = "The volunteers rebuilt the school in 30 days."
    left = claims_frame("l", tl, [claim("30 volunteers", 30, "volunteer", "count", "count", entity="volunteers")])
    right = claims_frame("r", tr, [claim("30 days", 30, "day", "duration", "duration", normalized_unit="day")])
    assert sorted(align(left, right, tl, tr)["status"]) == ["left_only", "right_only"]


# --- the table itself -------------------------------------------------------------------------

def test_output_follows_the_schema() -> None:
    left, right = _storm_claims()
    a = align(left, right, ORIGINAL, REREPORT)
    spec = table_spec("alignments")
    assert list(a.columns) == spec.names
    for c in spec.columns:
        if not c.nullable:
            assert a[c.name].notna().all(), c.name
        if c.allowed:
            assert set(a[c.name].dropna()) <= set(c.allowed), c.name
    assert a["alignment_id"].is_unique
    assert set(a["left_claim_id"].dropna()) <= set(left["claim_id"])
    assert set(a["right_claim_id"].dropna()) <= set(right["claim_id"])
    assert ((a["score"].dropna() >= 0) & (a["score"].dropna() <= 1)).all()
    assert set(a["left_claim_id"].dropna()) == set(left["claim_id"])
    assert set(a["right_claim_id"].dropna()) == set(right["claim_id"])


def test_drift_splits_in_pandas_polars_and_duckdb(tmp_path: Path) -> None:
    import duckdb
    import polars as pl

    left, right = _storm_claims()
    path = tmp_path / "alignments.parquet"
    align(left, right, ORIGINAL, REREPORT).to_parquet(path, index=False)
    from_pandas = pd.read_parquet(path)["drift"].dropna().str.split(";").explode()
    from_polars = pl.read_parquet(path)["drift"].drop_nulls().str.split(";").explode()
    from_duckdb = duckdb.sql(
        f"select unnest(string_split(drift, ';')) as label from '{path}' where drift is not null"
    ).fetchall()
    expected = sorted(["identical"] * 4 + ["attribution_dropped", "equivalent_after_conversion",
                                           "qualifier_changed", "unit_changed"])
    assert sorted(from_pandas) == sorted(from_polars.to_list()) == sorted(r[0] for r in from_duckdb) == expected


def test_row_order_does_not_change_the_result() -> None:
    left, right = _storm_claims()
    expected = align(left, right, ORIGINAL, REREPORT)
    rng = random.Random(7)
    for _ in range(3):
        shuffled_l = left.sample(frac=1, random_state=rng.randrange(1000)).reset_index(drop=True)
        shuffled_r = right.sample(frac=1, random_state=rng.randrange(1000)).reset_index(drop=True)
        pd.testing.assert_frame_equal(align(shuffled_l, shuffled_r, ORIGINAL, REREPORT), expected)


def test_same_bytes_whatever_the_hash_seed(tmp_path: Path) -> None:
    script = (
        "import test_align as t\n"
        "from quantclaims.align import align\n"
        "l, r = t._storm_claims()\n"
        "print(align(l, r, t.ORIGINAL, t.REREPORT).to_json(orient='records'))\n"
    )
    outs = [python_under_seed(script, seed) for seed in ("1", "12345")]
    assert outs[0] == outs[1] and json.loads(outs[0])


def test_empty_sides() -> None:
    left, right = _storm_claims()
    empty = right.iloc[0:0]
    a = align(left, empty, ORIGINAL, REREPORT, right_doc_id="rere")
    assert set(a["status"]) == {"left_only"} and len(a) == len(left)
    assert set(a["right_doc_id"]) == {"rere"}
    b = align(empty, empty)
    assert len(b) == 0 and list(b.columns) == table_spec("alignments").names


# --- bad input ---------------------------------------------------------------------------------

def test_missing_column_is_named() -> None:
    left, right = _storm_claims()
    with pytest.raises(AlignInputError, match=r"right claims: missing column\(s\) \['normalized_unit'\]"):
        align(left, right.drop(columns=["normalized_unit"]))


def test_span_not_in_text_is_named() -> None:
    left, right = _storm_claims()
    with pytest.raises(AlignInputError, match=r"left claim orig:\d+-\d+: span_text '14 villages' does not match"):
        align(left, right, ORIGINAL.replace("14 villages", "15 villages"), REREPORT)


def test_mixed_documents_are_refused() -> None:
    left, right = _storm_claims()
    both = pd.concat([left, right], ignore_index=True)
    with pytest.raises(QuantclaimsError, match=r"left claims: expected one document, found doc_ids \['orig', 'rere'\]"):
        align(both, right)


def test_repeat_in_the_original_links_to_the_one_mention_in_the_re_report() -> None:
    tl = ("The bridge, closed for 8 weeks, reopened today. Drivers waited. "
          "Drivers had avoided the bridge, closed for 8 weeks, until it reopened today.")
    tr = "The bridge reopened today after being closed for 8 weeks."
    dur = dict(unit="week", kind="duration", claim_type="duration", normalized_value=56.0, normalized_unit="day",
               entity=None)
    left = claims_frame("l", tl, [claim("8 weeks", 8, **dur), claim("8 weeks", 8, nth=1, **dur)])
    right = claims_frame("r", tr, [claim("8 weeks", 8, **dur)])
    a = align(left, right, tl, tr)
    assert list(a["status"]) == ["matched", "matched"]
    assert a["right_claim_id"].nunique() == 1 and a["left_claim_id"].nunique() == 2
    assert list(a["is_repeat"]) == [False, True]


def test_a_second_figure_in_another_context_is_not_a_repeat() -> None:
    # Same number, same unit, different sentence topic: the extra mention stays right_only.
    tl = "The bridge was closed for 8 weeks after the flood."
    tr = "The bridge was closed for 8 weeks after the flood. Separately, the museum renovation took 8 weeks."
    dur = dict(unit="week", kind="duration", claim_type="duration", normalized_value=56.0, normalized_unit="day")
    left = claims_frame("l", tl, [claim("8 weeks", 8, **dur)])
    right = claims_frame("r", tr, [claim("8 weeks", 8, **dur), claim("8 weeks", 8, nth=1, **dur)])
    a = align(left, right, tl, tr)
    assert list(a["status"]) == ["matched", "right_only"]
    assert not a["is_repeat"].any()


@pytest.mark.parametrize("tl, span_l, noun_l, value_l, tr, span_r, noun_r, value_r", [
    # different figures of one kind in unrelated sentences
    ("The orchestra sold 640 tickets for the opening night.", "640 tickets", "ticket", 640,
     "Engineers inspected 90 bridges after the earthquake.", "90 bridges", "bridge", 90),
    # the same small figure, but nothing else in common: the topic gate keeps them apart
    ("The mayor met 3 reporters at noon.", "3 reporters", "reporter", 3,
     "The flood closed 3 schools in the valley.", "3 schools", "school", 3),
])
def test_unrelated_counts_do_not_link(tl: str, span_l: str, noun_l: str, value_l: float,
                                      tr: str, span_r: str, noun_r: str, value_r: float) -> None:
    a = _count_pair(tl, span_l, dict(value=value_l, unit=noun_l, entity=noun_l + "s"),
                    tr, span_r, dict(value=value_r, unit=noun_r, entity=noun_r + "s"))
    assert sorted(a["status"]) == ["left_only", "right_only"]


def test_vague_bounds_are_converted_with_the_conventions_ton() -> None:
    # "a few tons" is 2..5 t; read as metric tonnes (docs/conventions.md) 4,800 kg lies inside, read
    # as pint's short tons (1,814..4,536 kg) it would not.
    tl = "The barge carried a few tons of grain down the river."
    tr = "The barge carried 4,800 kilograms of grain down the river."
    a = _count_pair(tl, "a few tons", dict(value=None, unit="ton", kind="mass", claim_type="measurement",
                                           qualifier="vague", low=2, high=5, normalized_unit="kg", entity="grain"),
                    tr, "4,800 kilograms", dict(value=4800, unit="kilogram", kind="mass", claim_type="measurement",
                                                normalized_unit="kg", entity="grain"))
    assert _pairs(a) == {("a few tons", "4,800 kilograms"): "made_precise;unit_changed"}


def test_output_passes_the_project_validator() -> None:
    from quantclaims.validate import validate_table

    left, right = _storm_claims()
    validate_table("alignments", align(left, right, ORIGINAL, REREPORT))


# --- end to end, through the real extractor ----------------------------------------------------

FLOOD_ORIGINAL = (
    "Floodwaters swept through the northern province on Monday, forcing some 12,000 residents from their homes, "
    "according to the regional governor. Rescue teams pulled 230 people from the water.\n"
    "The river rose 3 meters in six hours, officials said. The storm destroyed a dozen bridges and cut power to "
    "52,000 homes. It was the worst flood in 40 years.\n"
    "Engineers estimate that repairs will cost $40 million."
)
FLOOD_REREPORT = (
    "Power was cut to 52,000 homes after the storm, which also destroyed several bridges.\n"
    "Approximately 12,000 residents had to leave their homes as floodwaters swept through the northern province on "
    "Monday. The river rose about 10 feet in six hours.\n"
    "Engineers estimate that repairs will cost $45 million. Rescuers pulled 230 people from the water. "
    "Schools in the province will stay closed for two weeks."
)


def test_paraphrased_reordered_report_through_the_extractor() -> None:
    from quantclaims.extract import extract

    a = align(extract(FLOOD_ORIGINAL, "orig"), extract(FLOOD_REREPORT, "rere"), FLOOD_ORIGINAL, FLOOD_REREPORT)
    assert _pairs(a) == {
        ("some 12,000 residents", "Approximately 12,000 residents"): "attribution_dropped;identical",
        ("230 people", "230 people"): "identical",
        ("3 meters", "about 10 feet"): "attribution_dropped;equivalent_after_conversion;qualifier_changed;unit_changed",
        ("six hours", "six hours"): "attribution_dropped;identical",
        ("a dozen bridges", "several bridges"): "made_vague;value_changed",
        ("52,000 homes", "52,000 homes"): "identical",
        ("$40 million", "$45 million"): "value_changed",
    }
    assert _only(a, "left_only") == ["40 years"]
    assert _only(a, "right_only") == ["two weeks"]
