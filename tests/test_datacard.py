"""The data card: front matter a dataset hub can read, counts computed from the tables, every field."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import yaml

from _publish_data import claim, claims_frame, sample_claims, sample_mentions, write_release
from quantclaims import datacard
from quantclaims.datacard import conventions_bullet, data_card, size_category, vague_bounds
from quantclaims.publish import data_package
from quantclaims.schema import table_spec


def _card(tmp_path, tables):
    context = write_release(tmp_path, tables)
    return data_card(tables, context, data_package(tables, context))


def _front_matter(card: str) -> dict:
    assert card.startswith("---\n")
    head, _, _ = card[4:].partition("\n---\n")
    return yaml.safe_load(head)


def test_front_matter_as_a_hub_reads_it(tmp_path):
    meta = _front_matter(_card(tmp_path, {"claims": sample_claims(), "mentions": sample_mentions()}))
    assert meta["license"] == "cc-by-4.0"
    assert meta["language"] == ["en"]
    assert meta["pretty_name"]
    assert meta["size_categories"] == ["n<1K"]
    assert meta["annotations_creators"] == ["machine-generated"]  # the extractor, not hand annotation
    configs = {c["config_name"]: c for c in meta["configs"]}
    assert configs["claims"]["data_files"] == [{"split": "train", "path": "claims.parquet"}]
    assert configs["claims"]["default"] is True
    assert configs["mentions"]["data_files"][0]["path"] == "mentions.parquet"


def test_counts_are_computed_from_the_tables(tmp_path):
    rows = [
        claim("alpha-news:0-6", "3-to-1", claim_type="force_ratio"),
        claim("alpha-news:10-16", "2-to-1", claim_type="force_ratio"),
        claim("beta-news:0-6", "4-to-1", claim_type="force_ratio", qualifier="approximate"),
        claim("beta-news:20-29", "40 killed", claim_type="casualties", attributed_to="the army"),
    ]
    card = _card(tmp_path, {"claims": claims_frame(rows)})
    assert "4 claims. By claim type and source:" in card
    assert "| `force_ratio` | 2 | 1 | 3 |" in card
    assert "| `casualties` | 0 | 1 | 1 |" in card
    assert "| `approximate` | 0 | 1 | 1 |" in card
    assert "| `exact` | 2 | 1 | 3 |" in card
    assert "| the army | 1 |" in card
    # claim types absent from the data get no row
    assert "| `money` |" not in card


def test_every_column_of_every_table_is_described(tmp_path):
    card = _card(tmp_path, {"claims": sample_claims(), "mentions": sample_mentions()})
    for table in ("claims", "mentions"):
        spec = table_spec(table)
        assert f"### {table} ({spec.title})" in card
        for col in spec.columns:
            assert f"| `{col.name}` | {col.dtype} |" in card
    assert "Foreign key: claim_id -> claims.claim_id." in card


def test_sources_sizes_and_hashes_listed(tmp_path):
    tables = {"claims": sample_claims()}
    context = write_release(tmp_path, tables)
    card = data_card(tables, context, data_package(tables, context))
    size = context["table_bytes"]["claims.parquet"]
    assert f"| `claims.parquet` | claims | 4 | {size:,} | `{context['table_sha256']['claims.parquet']}` |" in card
    alpha = "`alpha-news`: Untitled article by Alpha Daily (Alpha Daily, by A. Writer, 2024-01 (between 2024-01-10 and 2024-01-20))"
    assert alpha in card
    assert "`beta-news`: A retelling (publisher unknown" in card


def test_the_assumed_ton_is_quoted_from_the_conventions(tmp_path):
    bullet = conventions_bullet("mass ->")
    assert bullet and "ton" in bullet
    assert f"The assumed ton (docs/conventions.md): {bullet}" in _card(tmp_path, {"claims": sample_claims()})


def test_vague_bounds_read_from_the_lexicon_file(tmp_path, monkeypatch):
    lexicon = tmp_path / "vague.toml"
    lexicon.write_text('[phrases]\n"a smattering of" = [2, 7]\n"oodles" = [50, 5_000]\n', encoding="utf-8")
    monkeypatch.setattr(datacard, "VAGUE_LEXICON", lexicon)
    assert vague_bounds() == [("a smattering of", 2, 7), ("oodles", 50, 5000)]
    card = _card(tmp_path / "rel", {"claims": sample_claims()})
    assert '| "oodles" | 50 | 5,000 |' in card


def test_vague_bounds_fall_back_to_the_conventions(tmp_path, monkeypatch):
    monkeypatch.setattr(datacard, "VAGUE_LEXICON", tmp_path / "absent.toml")
    bounds = dict((p, (lo, hi)) for p, lo, hi in vague_bounds())
    assert bounds["several"] == (3, 9)  # docs/conventions.md: "several" 3..9
    assert all(lo <= hi for lo, hi in bounds.values())


def test_card_says_what_the_data_is_not(tmp_path):
    card = _card(tmp_path, {"claims": sample_claims()})
    for heading in ("## Motivation", "## Composition", "## How the data was made", "## Uses and misuses",
                    "## Distribution and licenses", "## Maintenance", "## How to cite", "## Fields"):
        assert heading in card
    assert "not verified facts" in card
    assert "CC-BY-4.0" in card and "copyright of their publishers" in card


@pytest.mark.parametrize(("rows", "category"), [(0, "n<1K"), (999, "n<1K"), (1000, "1K<n<10K"), (10**6, "n>1M")])
def test_size_category(rows, category):
    assert size_category(rows) == category


def test_file_sizes_only_when_the_build_gives_them(tmp_path):
    tables = {"claims": sample_claims()}
    context = write_release(tmp_path, tables)
    del context["table_bytes"]
    card = data_card(tables, context, data_package(tables, context))
    assert "| file | table | rows | sha256 |" in card
    assert f"| `claims.parquet` | claims | 4 | `{context['table_sha256']['claims.parquet']}` |" in card


def test_an_unreadable_lexicon_is_an_error_not_a_silent_gap(tmp_path, monkeypatch):
    from quantclaims.publish import PublishError

    lexicon = tmp_path / "vague.toml"
    lexicon.write_text('[words]\n"some" = 1\n', encoding="utf-8")
    monkeypatch.setattr(datacard, "VAGUE_LEXICON", lexicon)
    with pytest.raises(PublishError, match="vague.toml"):
        vague_bounds()


def test_lexicon_bounds_may_be_tables(tmp_path, monkeypatch):
    lexicon = tmp_path / "vague.toml"
    lexicon.write_text('[phrases]\n"a bunch of" = { low = 3, high = 12 }\n', encoding="utf-8")
    monkeypatch.setattr(datacard, "VAGUE_LEXICON", lexicon)
    assert vague_bounds() == [("a bunch of", 3, 12)]


def test_alignments_counted_by_status_and_drift_label():
    from quantclaims.datacard import alignment_counts
    from quantclaims.schema import frame

    spec = table_spec("alignments")
    n = 3
    data = {c.name: [None] * n for c in spec.columns if c.nullable}
    data |= {
        "alignment_id": ["a:0-1~b:0-1", "a:5-6~b:5-6", "a:9-10~"],
        "status": ["matched", "matched", "left_only"],
        "drift": ["identical", "attribution_dropped;identical", None],
    }
    for c in spec.columns:  # fill any other required column with a value of its type
        if not c.nullable and c.name not in data:
            data[c.name] = [False] * n if c.dtype == "bool" else [0] * n if "int" in c.dtype.lower() else (
                [0.0] * n if c.dtype == "float64" else ["x"] * n)
    lines = "\n".join(alignment_counts(frame("alignments", data)))
    assert "3 alignment rows" in lines
    assert "| `matched` | 2 |" in lines and "| `left_only` | 1 |" in lines
    assert "| `identical` | 2 |" in lines and "| `attribution_dropped` | 1 |" in lines


@given(
    st.lists(st.tuples(st.sampled_from(["b", "a", "c", None]), st.sampled_from(["d1", "d2", "d3", None])), max_size=30),
    st.sampled_from([None, ("c", "a"), ("a", "x")]),
)
@settings(max_examples=60, deadline=None)
def test_counts_match_one_filter_per_value_and_document(cells, allowed):
    """_counts in one pass gives what a boolean filter per value and per document gives."""
    import pandas as pd

    frame = pd.DataFrame({"k": pd.array([v for v, _ in cells], dtype="string"),
                          "doc_id": pd.array([d for _, d in cells], dtype="string")})
    doc_ids = ["d2", "d1"]
    order = list(allowed or [])
    values = sorted({str(v) for v in frame["k"].dropna()}, key=lambda v: (order.index(v) if v in order else len(order), v))
    expected = []
    for v in values:
        sel = frame[frame["k"] == v]
        expected.append([f"`{v}`", *[int((sel["doc_id"] == d).sum()) for d in doc_ids], len(sel)])
    assert datacard._counts(frame, "k", allowed, doc_ids) == expected
