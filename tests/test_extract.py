"""The public entry points: the claims table, the mentions table, JSON Lines, and the two sources."""

import json
import re
from pathlib import Path

import pytest

from quantclaims.extract import Claim, extract, extract_claims, extract_tables, records_to_json_lines
from quantclaims.schema import table_spec
from quantclaims.sources import read_text

SOURCES = Path(__file__).resolve().parents[1] / "datasets" / "sources"
DOCS = ["wsj-kursk-2024", "rereport-kursk-2024"]

TEXT = (
    "Officials said some 2,000 troops crossed the river. Nearly 40% of them were reservists.\n"
    "The 12th Brigade lost a dozen tanks on Oct. 5, 2023, and its F-16 escort left at 6 p.m."
)


def test_columns_and_dtypes_follow_the_schema():
    df = extract(TEXT, doc_id="demo")
    spec = table_spec("claims")
    assert list(df.columns) == spec.names
    for col in spec.columns:
        want = {"string": "string", "int64": "int64", "Int64": "Int64", "float64": "float64"}[col.dtype]
        assert str(df[col.name].dtype) == want, col.name
    assert list(df.start) == sorted(df.start)
    assert all(df.claim_id == [f"demo:{s}-{e}" for s, e in zip(df.start, df.end)])


def test_claim_fields_take_normalize_fields_in_order():
    """extract builds a Claim positionally from normalize.fields(): the orders must agree."""
    from dataclasses import fields

    from quantclaims.normalize import FIELDS

    names = [f.name for f in fields(Claim)]
    assert names[8 : 8 + len(FIELDS)] == list(FIELDS)
    assert names[8 + len(FIELDS) :] == ["attributed_to", "attribution_start", "attribution_end"]
    c = extract_claims("Officials said some 2,000 troops crossed.", "d")[0]
    assert (c.value, c.qualifier, c.attributed_to) == (2000.0, "approximate", "Officials")


def test_sentence_fields():
    df = extract(TEXT, doc_id="demo")
    for row in df.itertuples():
        assert row.sentence_start <= row.start < row.end <= row.sentence_end
    assert list(df.sentence_index) == sorted(df.sentence_index)
    assert df.sentence_index.iloc[0] == 0 and df.sentence_index.iloc[-1] == 2


def test_fast_path_matches_the_table():
    claims = extract_claims(TEXT, "demo")
    df = extract(TEXT, "demo")
    assert all(isinstance(c, Claim) for c in claims)
    assert [c.claim_id for c in claims] == list(df.claim_id)
    assert [c.span_text for c in claims] == ["some 2,000 troops", "Nearly 40%", "a dozen tanks"]


def test_mentions_table():
    claims, mentions = extract_tables(TEXT, "demo")
    assert list(mentions.columns) == table_spec("mentions").names
    by_text = dict(zip(mentions.text, mentions.disposition))
    assert by_text == {"2,000": "claim", "40": "claim", "12th": "unit_name", "a dozen": "claim", "5": "date",
                       "2023": "date", "16": "designator", "6": "time"}
    assert set(mentions.claim_id.dropna()) <= set(claims.claim_id)


def test_json_lines():
    lines = list(records_to_json_lines(extract(TEXT, "demo")))
    assert len(lines) == 3
    first = json.loads(lines[0])
    assert list(first) == table_spec("claims").names
    assert first["start"] == TEXT.index("some") and isinstance(first["start"], int)
    assert first["attribution_start"] is None or isinstance(first["attribution_start"], int)
    assert first["value_low"] is None and first["value"] == 2000.0


def test_empty_and_numberless_text():
    assert len(extract("")) == 0
    assert len(extract("Nothing to count here.")) == 0
    assert list(extract("").columns) == table_spec("claims").names


def test_not_a_str_is_refused():
    with pytest.raises(TypeError, match="str"):
        extract_claims(b"12 tanks")


# ---- the two sources
@pytest.fixture(scope="module", params=DOCS)
def source(request):
    text = read_text(SOURCES / f"{request.param}.txt")
    claims, mentions = extract_tables(text, request.param)
    return text, claims, mentions


def test_sources_spans_round_trip(source):
    text, claims, mentions = source
    for row in claims.itertuples():
        assert text[row.start : row.end] == row.span_text
    for row in mentions.itertuples():
        assert text[row.start : row.end] == row.text


def test_sources_no_unit_name_designator_or_date_is_a_claim(source):
    text, claims, mentions = source
    for row in mentions.itertuples():
        after = text[row.end : row.end + 25]
        if row.text.endswith(("th", "st", "nd", "rd")) and "Brigade" in after:
            assert row.disposition == "unit_name", row
        if re.search(r"\b[A-Z][A-Za-z]*-\Z", text[max(0, row.start - 6) : row.start]) or row.text == "2022":
            assert row.disposition != "claim", row
    for span in claims.span_text:
        assert "Brigade" not in span and "2022" not in span


def test_sources_bomb_weights_are_about_a_tonne(source):
    _, claims, _ = source
    weights = claims[claims.claim_type == "munition_weight"]
    assert len(weights) == 1
    row = weights.iloc[0]
    assert row.normalized_unit == "kg"
    assert 900 <= row.normalized_value <= 1000
    assert "bombs" in row.entity
    assert row.normalization_note


def test_sources_idioms_are_not_claims(source):
    text, claims, mentions = source
    for idiom in ("one after another", "one team", "play one administration"):
        at = text.find(idiom)
        if at >= 0:
            assert not any(s <= at + idiom.index("one") < e for s, e in zip(claims.start, claims.end))


def test_claims_are_the_claims_the_class_builds():
    """extract builds its Claims with numbers.frozen_builder: each is what Claim(...) makes of its fields."""
    import dataclasses

    claims = extract_claims("Prices rose 5% to $40 a barrel, about 300 people said.")
    assert claims
    for c in claims:
        plain = Claim(*(getattr(c, f.name) for f in dataclasses.fields(Claim)))
        assert type(c) is Claim and c == plain and hash(c) == hash(plain) and repr(c) == repr(plain)
        with pytest.raises(dataclasses.FrozenInstanceError):
            c.value = 1.0  # type: ignore[misc]


def test_a_figure_too_large_for_a_float_has_no_value_and_breaks_nothing():
    # "2e8 x 10^300" overflows to infinity: the claim keeps its span, its value is null
    claims = extract_claims("The model gives 200000000\u00d710^300 states.", "t")
    assert [c.span_text for c in claims] == ["200000000\u00d710^300 states"] and claims[0].value is None
    assert [c.value for c in extract_claims("200000000\u00d710^300", "t")] == [None]
