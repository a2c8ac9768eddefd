"""datapackage.json: generated from schema/ and the tables, valid for Frictionless, deterministic, honest
about licences."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import frictionless
import pytest

from _publish_data import SOURCES, publish_to, sample_claims, sample_mentions, write_release
from hashseed import python_under_seed
from quantclaims.citation import VersionError
from quantclaims.errors import QuantclaimsError
from quantclaims.publish import PublishError, data_package, documents, field_descriptor, table_schema
from quantclaims.schema import table_spec

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def tables():
    return {"claims": sample_claims(), "mentions": sample_mentions()}


def _fields(schema):
    return {f["name"]: f for f in schema["fields"]}


def test_field_types_and_constraints_come_from_the_toml():
    fields = _fields(table_schema(table_spec("claims")))
    assert [f for f in fields] == table_spec("claims").names
    assert fields["claim_id"]["type"] == "string"
    assert fields["claim_id"]["constraints"] == {"required": True, "unique": True}
    assert fields["start"]["type"] == "integer"  # int64
    assert fields["attribution_start"]["type"] == "number"  # nullable Int64: see publish.FIELD_TYPES
    assert "constraints" not in fields["attribution_start"]
    assert fields["value"]["type"] == "number"  # float64
    assert fields["qualifier"]["constraints"]["enum"] == list(table_spec("claims").column("qualifier").allowed)
    assert fields["change"]["constraints"] == {"enum": ["up", "down"]}  # nullable: not required
    assert fields["span_text"]["description"] == table_spec("claims").column("span_text").description


def test_primary_and_foreign_keys():
    assert table_schema(table_spec("claims"))["primaryKey"] == ["claim_id"]
    mentions = table_schema(table_spec("mentions"))
    assert mentions["primaryKey"] == ["mention_id"]
    assert {"fields": ["claim_id"], "reference": {"resource": "claims", "fields": ["claim_id"]}} in mentions[
        "foreignKeys"
    ]


def test_package_passes_frictionless(tmp_path, tables):
    publish_to(tmp_path, tables)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    names = [r["name"] for r in json.loads((tmp_path / "datapackage.json").read_text())["resources"]]
    assert names == ["claims", "mentions"]


def test_frictionless_enforces_the_declared_foreign_key(tmp_path):
    """A mention pointing at a claim that is not in the claims table must fail validation."""
    publish_to(tmp_path, {"claims": sample_claims(), "mentions": sample_mentions("alpha-news:1-2")})
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert not report.valid
    assert "foreign-key" in {e[0] for e in report.flatten(["type"])}


def test_frictionless_enforces_enums(tmp_path):
    bad = sample_claims()
    bad.loc[0, "claim_type"] = "rumour"
    publish_to(tmp_path, {"claims": bad})
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert not report.valid
    assert "constraint-error" in {e[0] for e in report.flatten(["type"])}


def test_every_file_hash_is_the_sha256_of_its_bytes(tmp_path, tables):
    """frictionless does not read Parquet bytes, so it cannot check the hash: check it here."""
    publish_to(tmp_path, tables)
    package = json.loads((tmp_path / "datapackage.json").read_text())
    for res in package["resources"]:
        digest = hashlib.sha256((tmp_path / res["path"]).read_bytes()).hexdigest()
        assert res["hash"] == f"sha256:{digest}"
        assert res["format"] == "parquet"


def test_sources_and_licences_are_honest(tables, tmp_path):
    package = data_package(tables, write_release(tmp_path, tables))
    assert [lic["name"] for lic in package["licenses"]] == ["CC-BY-4.0"]
    assert all(r["licenses"][0]["name"] == "CC-BY-4.0" for r in package["resources"])
    by_id = {s["doc_id"]: s for s in package["sources"]}
    assert by_id["alpha-news"]["publisher"] == "Alpha Daily"
    assert by_id["alpha-news"]["sha256"] == SOURCES[0]["sha256"]
    assert by_id["alpha-news"]["copyright"].startswith("Copyright of its publisher, Alpha Daily.")
    assert "(unknown) and its translator; the rights in alpha-news" in by_id["beta-news"]["copyright"]
    assert by_id["beta-news"]["relation"] == "rereport of alpha-news (translated)"
    assert by_id["beta-news"]["title"] == "A retelling"
    text = package["description"]
    assert "not verified facts" in text
    assert "copyright of their publishers" in text and "MIT" in text


def test_documents_are_deterministic_and_canonical(tables, tmp_path):
    context = write_release(tmp_path, tables)
    first, second = documents(tables, context), documents(tables, context)
    assert first == second
    assert set(first) == {"datapackage.json", "README.md"}
    raw = first["datapackage.json"]
    assert raw.endswith(b"}\n")
    parsed = json.loads(raw)
    assert raw == (json.dumps(parsed, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def test_documents_do_not_depend_on_hash_seed(tmp_path, tables):
    context = write_release(tmp_path, tables)
    script = (
        "import sys, json;"
        "from _publish_data import sample_claims, sample_mentions;"
        "from quantclaims.publish import documents;"
        "t = {'mentions': sample_mentions(), 'claims': sample_claims()};"
        "d = documents(t, json.loads(sys.argv[1]));"
        "sys.stdout.buffer.write(d['datapackage.json'] + d['README.md'])"
    )
    outs = [python_under_seed(script, seed, json.dumps(context)) for seed in ("0", "12345")]
    assert outs[0] == outs[1]
    assert outs[0] == b"".join(documents(tables, context)[k] for k in ("datapackage.json", "README.md"))


def test_missing_context_is_a_clear_error(tables, tmp_path):
    context = write_release(tmp_path, tables)
    del context["table_sha256"]
    with pytest.raises(PublishError, match="table_sha256") as info:
        documents(tables, context)
    assert isinstance(info.value, QuantclaimsError)


def test_foreign_key_to_a_missing_table_is_refused(tmp_path):
    tables = {"mentions": sample_mentions()}
    with pytest.raises(PublishError, match="mentions declares a foreign key to 'claims'"):
        documents(tables, write_release(tmp_path, tables))


def test_a_different_version_from_the_build_is_refused(tables, tmp_path):
    context = write_release(tmp_path, tables) | {"version": "99.0.0"}
    with pytest.raises(VersionError, match="99.0.0"):
        documents(tables, context)


def test_unit_is_kept_on_fields():
    assert field_descriptor(table_spec("claims").column("start"))["unit"] == "character"


def test_documents_of_a_real_build_validate(tmp_path):
    """The build's own context (real manifest, real sources, stand-in extractor) gives a valid package."""
    from quantclaims import release
    from release_fakes import copy_layout, fake_extract_tables

    built = release.build(copy_layout(tmp_path / "repo"), fake_extract_tables)
    assert {"datapackage.json", "README.md"} <= set(built.files)
    out = tmp_path / "release"
    release.write_release(built.files, out)
    report = frictionless.validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = json.loads(built.files["datapackage.json"])
    publishers = {s["doc_id"]: s.get("publisher") for s in package["sources"]}
    assert set(publishers) == set(built.tables["claims"]["doc_id"])
    card = built.files["README.md"].decode()
    assert f"{len(built.tables['claims'])} claims. By claim type and source:" in card


def test_the_released_package_validates():
    """`frictionless validate datasets/kursk-claims/datapackage.json`, and every hash is the file's."""
    release = ROOT / "datasets" / "kursk-claims"
    report = frictionless.validate(str(release / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["name"] for r in package["resources"]} >= {"claims", "mentions"}
    for res in package["resources"]:
        assert res["hash"] == "sha256:" + hashlib.sha256((release / res["path"]).read_bytes()).hexdigest()
