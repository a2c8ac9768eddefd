"""Validation: the pandera schema comes from schema/*.toml, and every broken rule is reported at once."""

import pandas as pd
import pandera.pandas as pa
import pytest

from quantclaims.errors import ValidationError
from quantclaims.schema import table_spec
from quantclaims.validate import pandera_schema, table_failures, validate_table, validate_tables
from release_fakes import fake_extract_tables

TEXT = "The convoy had 12 trucks and 3 tanks. It covered 40 km in 2 days, officials said."
DOC = "demo-doc"
TEXTS = {DOC: TEXT}


@pytest.fixture
def tables():
    claims, mentions = fake_extract_tables(TEXT, DOC)
    claims = claims.sort_values("start", ignore_index=True)
    mentions = mentions.sort_values("start", ignore_index=True)
    return {"claims": claims, "mentions": mentions}


def _checks(failures):
    return [(f.table, f.row, f.column, f.check) for f in failures]


def test_valid_tables_pass(tables):
    validate_tables(tables, TEXTS)


@pytest.mark.parametrize("name", ["claims", "mentions"])
def test_schema_is_generated_from_the_toml(name):
    spec = table_spec(name)
    schema = pandera_schema(name)
    assert list(schema.columns) == spec.names
    assert schema.strict is True and schema.ordered is True
    for c in spec.columns:
        col = schema.columns[c.name]
        assert col.nullable == c.nullable and col.unique == c.unique
        names = [check.name for check in col.checks]
        if c.allowed:
            assert "isin" in names
        for check_name, arg in c.checks:
            assert getattr(pa.Check, check_name)(arg).name in names


def test_every_broken_rule_is_reported_at_once(tables):
    c, m = tables["claims"].copy(), tables["mentions"].copy()
    c.loc[0, "quantity_kind"] = "weight"            # not an allowed value
    c.loc[1, "span_text"] = "13"                    # not the text at start:end
    c.loc[2, "value_low"] = 99.0                    # above value
    c.loc[3, "claim_id"] = c.loc[0, "claim_id"]     # duplicate, and not doc_id:start-end
    c.loc[0, "sentence_end"] = c.loc[0, "start"]    # sentence ends before the span does
    m.loc[1, "claim_id"] = pd.NA                    # disposition claim without a claim
    m.loc[2, "disposition"] = "date"                # not a claim, yet points at one
    with pytest.raises(ValidationError) as info:
        validate_tables({"claims": c, "mentions": m}, TEXTS)
    report = info.value.report
    for needle in ("quantity_kind", "isin", "'weight'", "span_text == source[start:end]", "value_low <= value",
                   "field_uniqueness", "claim_id == f'{doc_id}:{start}-{end}'",
                   "sentence_start <= start < end <= sentence_end",
                   "claim_id is set exactly when disposition is 'claim'"):
        assert needle in report, needle
    assert report.count("mentions:") >= 3 and "claims: " in report
    assert f"claim_id '{DOC}:" in report, "rows are named by their key"


def _one(tables, name, column, value, row=0):
    frame = tables[name].copy()
    frame.loc[row, column] = value
    others = {k: v for k, v in tables.items() if k != name}
    return table_failures(name, frame, TEXTS, others.get("claims"))


@pytest.mark.parametrize(
    ("name", "column", "value", "check"),
    [
        ("claims", "start", -1, "greater_than_or_equal_to(0)"),
        ("claims", "end", 10_000, "end <= len(source)"),
        ("claims", "qualifier", "approximate", "qualifier approximate leaves value_low null"),
        ("claims", "value", None, "qualifier exact needs a value"),
        ("claims", "value_high", 1.0, "value <= value_high"),
        ("claims", "normalized_value", 5.0, "normalized_value =="),
        ("claims", "normalized_unit", "furlong", "normalized_value can be recomputed"),
        ("claims", "attribution_start", 3, "attribution_start and attribution_end are both set or both null"),
        ("claims", "doc_id", "other-doc", "claim_id == f'{doc_id}:{start}-{end}'"),
        ("claims", "claim_type", "gossip", "isin"),
        ("claims", "normalized_unit", None, "not_nullable"),
        ("mentions", "text", "x", "text == source[start:end]"),
        ("mentions", "form", "roman", "isin"),
        ("mentions", "claim_id", "demo-doc:0-3", "claim_id names a claim in the claims table"),
        ("mentions", "mention_id", "no id", "str_matches"),
    ],
)
def test_each_rule_is_reported(tables, name, column, value, check):
    failures = _one(tables, name, column, value)
    assert any(check in f.check for f in failures), _checks(failures)
    assert all(f.table == name for f in failures)


def test_mention_outside_its_claim(tables):
    m = tables["mentions"].copy()
    m.loc[0, "claim_id"] = tables["claims"].loc[1, "claim_id"]
    failures = table_failures("mentions", m, TEXTS, tables["claims"])
    assert any("inside its claim's span" in f.check for f in failures)


def test_structure_failures_all_reported(tables):
    c = tables["claims"].copy()
    c["extra"] = 1
    c = c.drop(columns=["entity"])
    c = c[["doc_id", "claim_id", *[n for n in c.columns if n not in ("doc_id", "claim_id")]]]
    c["unit"] = c["unit"].astype(object)
    checks = [f.check for f in table_failures("claims", c, TEXTS)]
    assert "column_in_dataframe" in checks      # entity missing
    assert "column_in_schema" in checks         # extra present
    assert "column_ordered" in checks
    assert "dtype is string" in checks          # object is not StringDtype, though pandera accepts it


def test_without_texts_span_checks_are_skipped_not_failed(tables):
    c = tables["claims"].copy()
    c.loc[0, "span_text"] = "changed"
    assert table_failures("claims", c) == []
    assert table_failures("claims", c, TEXTS)


def test_error_message_names_table_column_row_and_value(tables):
    c = tables["claims"].copy()
    c.loc[2, "value_high"] = -4.0
    with pytest.raises(ValidationError) as info:
        validate_table("claims", c, TEXTS)
    assert info.value.table == "claims"
    line = next(line for line in str(info.value).splitlines() if "value <= value_high" in line)
    assert "row 2" in line and c.loc[2, "claim_id"] in line and "value_high=-4.0" in line


def test_string_column_of_another_dtype_is_reported_by_pandera_per_row(tables):
    c = tables["claims"].copy()
    c["unit"] = c["unit"].astype(object)
    assert [f.check for f in table_failures("claims", c, TEXTS)] == ["dtype is string"]  # strings in object
    c.loc[0, "unit"] = 3
    pandera_rows = [(f.row, f.value) for f in table_failures("claims", c, TEXTS) if f.check.startswith("dtype(")]
    assert pandera_rows == [(0, "unit=3")]
    c["unit"] = 5
    pandera_rows = [f.row for f in table_failures("claims", c, TEXTS) if f.check.startswith("dtype(")]
    assert pandera_rows == list(range(len(c)))
