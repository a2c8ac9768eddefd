"""The release pipeline in-process: build, deterministic Parquet, atomic writing, --check, load."""

import hashlib
import io
import json

import pyarrow
import pyarrow.parquet as pq
import pytest

import quantclaims
from quantclaims import publish, release
from quantclaims.errors import QuantclaimsError
from quantclaims.manifest import read_manifest
from quantclaims.schema import schema_version, table_spec
from quantclaims.version import __version__
from hashseed import python_under_seed
from release_fakes import REPO, copy_layout, fake_extract_tables


@pytest.fixture
def root(tmp_path):
    return copy_layout(tmp_path / "repo")


@pytest.fixture
def built(root):
    return release.build(root, fake_extract_tables)


def test_build_sorts_and_names_files(built):
    assert [f for f in built.files if f.endswith(".parquet")] == ["alignments.parquet", "claims.parquet", "mentions.parquet"]
    claims = built.tables["claims"]
    keys = list(zip(claims["doc_id"], claims["start"], claims["end"]))
    assert keys == sorted(keys) and len(keys) > 10, "fake extractor returns rows reversed; the build sorts"
    assert list(claims.index) == list(range(len(claims)))


def test_same_sources_same_bytes(root, built):
    again = release.build(root, fake_extract_tables)
    assert again.files == built.files


def test_bytes_do_not_depend_on_hash_seed(root, tmp_path):
    script = (
        "import sys; from release_fakes import fake_extract_tables; from quantclaims.release import main;"
        "raise SystemExit(main(['--root', sys.argv[1], '--out', sys.argv[2]], extractor=fake_extract_tables))"
    )
    digests = []
    for seed in ("1", "2024"):
        out = tmp_path / f"out-{seed}"
        python_under_seed(script, seed, str(root), str(out))
        digests.append({p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())})
    assert digests[0] == digests[1] and {"claims.parquet", "mentions.parquet"} <= set(digests[0])


def test_parquet_metadata_and_writer(built, root):
    manifest = read_manifest(root / "datasets" / "sources" / "manifest.json")
    for name in release.TABLES:
        f = pq.ParquetFile(io.BytesIO(built.files[f"{name}.parquet"]))
        assert f.metadata.created_by == f"parquet-cpp-arrow version {pyarrow.__version__}"
        assert f.metadata.row_group(0).column(0).compression == "ZSTD"
        meta = {k.decode(): v.decode() for k, v in f.schema_arrow.metadata.items()}
        assert b"pandas" not in f.schema_arrow.metadata, "no pandas index or pandas metadata"
        assert meta["quantclaims.table"] == name
        assert meta["quantclaims.version"] == __version__
        assert meta["quantclaims.schema_version"] == schema_version()
        assert json.loads(meta["quantclaims.sources_sha256"]) == {e.doc_id: e.sha256 for e in manifest.sources}
        spec = table_spec(name)
        assert json.loads(meta["quantclaims.columns"]) == {c.name: c.description for c in spec.columns}
        assert f.schema_arrow.names == spec.names
        for c in spec.columns:
            field = f.schema_arrow.field(c.name)
            assert field.nullable == c.nullable and field.metadata[b"description"] == c.description.encode()


def test_all_null_column_keeps_its_type(built):
    f = pq.ParquetFile(io.BytesIO(built.files["claims.parquet"]))
    assert built.tables["claims"]["entity"].isna().all()
    assert f.schema_arrow.field("entity").type == pyarrow.string()
    assert f.schema_arrow.field("attribution_start").type == pyarrow.int64()


def test_write_then_check(built, tmp_path):
    out = tmp_path / "rel"
    release.write_release(built.files, out)
    assert release.check_release(built.files, out) == []
    assert sorted(p.name for p in out.iterdir()) == sorted(built.files)
    assert all(oct(p.stat().st_mode)[-3:] == "644" for p in out.iterdir())
    (out / "claims.parquet").write_bytes(b"changed")
    (out / "mentions.parquet").unlink()
    (out / "stale.csv").write_text("old")
    problems = release.check_release(built.files, out)
    assert problems == [f"differs: {out / 'claims.parquet'}", f"missing: {out / 'mentions.parquet'}",
                        f"unexpected: {out / 'stale.csv'} (not produced by the build)"]


def test_failed_write_changes_nothing(built, tmp_path, monkeypatch):
    out = tmp_path / "rel"
    out.mkdir()
    (out / "claims.parquet").write_bytes(b"previous release")
    calls = []

    def flaky_fsync(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(release.os, "fsync", flaky_fsync)
    with pytest.raises(OSError):
        release.write_release(built.files, out)
    assert [p.name for p in out.iterdir()] == ["claims.parquet"], "no temporary file is left behind"
    assert (out / "claims.parquet").read_bytes() == b"previous release"


def test_publish_documents_are_released_with_the_tables(root, monkeypatch):
    seen = {}

    def documents(tables, context):
        seen.update(context)
        return {"datapackage.json": json.dumps({"rows": len(tables["claims"])}).encode()}

    monkeypatch.setattr(publish, "documents", documents)
    built = release.build(root, fake_extract_tables)
    assert list(built.files) == ["alignments.parquet", "claims.parquet", "datapackage.json", "mentions.parquet"]
    assert seen["table_sha256"]["claims.parquet"] == hashlib.sha256(built.files["claims.parquet"]).hexdigest()
    assert seen["table_files"] == {
        "claims": "claims.parquet", "mentions": "mentions.parquet", "alignments": "alignments.parquet"}
    assert [s["doc_id"] for s in seen["sources"]] == ["wsj-kursk-2024", "rereport-kursk-2024"]
    assert seen["version"] == __version__ and seen["schema_version"] == schema_version()


@pytest.mark.parametrize("name", ["../escape.json", "claims.parquet", ".hidden"])
def test_publish_cannot_write_outside_or_over_tables(root, monkeypatch, name):
    monkeypatch.setattr(publish, "documents", lambda tables, context: {name: b"x"})
    with pytest.raises(QuantclaimsError, match="unusable file name"):
        release.build(root, fake_extract_tables)


def test_load_restores_dtypes_and_validates(built, tmp_path):
    out = tmp_path / "rel"
    release.write_release(built.files, out)
    for name in release.TABLES:
        frame = quantclaims.load(name, path=out)
        assert frame.equals(built.tables[name])
        assert [str(t) for t in frame.dtypes] == [
            {"string": "string", "int64": "int64", "Int64": "Int64", "float64": "float64", "bool": "bool"}[c.dtype]
            for c in table_spec(name).columns
        ]
    assert release.load("claims", out / "claims.parquet").equals(built.tables["claims"])


def test_load_refuses_bad_files(tmp_path):
    with pytest.raises(QuantclaimsError, match="no table 'nope'"):
        release.load("nope", tmp_path)
    with pytest.raises(QuantclaimsError, match="does not exist"):
        release.load("claims", tmp_path)
    (tmp_path / "claims.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(QuantclaimsError, match="cannot read Parquet"):
        release.load("claims", tmp_path)


def test_load_reports_an_invalid_table(built, tmp_path):
    out = tmp_path / "rel"
    bad = built.tables["claims"].copy()
    bad.loc[0, "value_low"] = bad.loc[0, "value"] + 1
    meta = {k.decode(): v.decode() for k, v in pq.ParquetFile(io.BytesIO(built.files["claims.parquet"]))
            .schema_arrow.metadata.items() if k.startswith(b"quantclaims.")}
    from quantclaims.parquetio import to_parquet_bytes

    release.write_release({"claims.parquet": to_parquet_bytes("claims", bad, meta)}, out)
    with pytest.raises(QuantclaimsError, match="value_low <= value"):
        release.load("claims", out)


def test_tables_read_with_polars_and_duckdb(built, tmp_path):
    import duckdb
    import polars as pl

    out = tmp_path / "rel"
    release.write_release(built.files, out)
    claims = built.tables["claims"]
    pl_frame = pl.read_parquet(out / "claims.parquet")
    assert pl_frame.columns == list(claims.columns) and pl_frame.height == len(claims)
    assert pl_frame["claim_id"].to_list() == claims["claim_id"].tolist()
    con = duckdb.connect()
    n, total = con.execute(
        "select count(*), sum(value) from read_parquet(?) where disposition = 'claim'",
        [str(out / "mentions.parquet")],
    ).fetchone()
    mentions = built.tables["mentions"]
    assert n == (mentions["disposition"] == "claim").sum()
    assert total == pytest.approx(mentions.loc[mentions["disposition"] == "claim", "value"].sum())


def test_main_check_exit_codes_name_each_file(root, tmp_path, capsys):
    out = tmp_path / "rel"
    args = ["--root", str(root), "--out", str(out)]
    assert release.main([*args, "--check"], extractor=fake_extract_tables) == 1
    err = capsys.readouterr().err
    assert f"missing: {out / 'claims.parquet'}" in err and f"missing: {out / 'mentions.parquet'}" in err
    assert not out.exists(), "--check writes nothing"
    assert release.main(args, extractor=fake_extract_tables) == 0
    assert release.main([*args, "--check"], extractor=fake_extract_tables) == 0
    (out / "mentions.parquet").write_bytes((out / "mentions.parquet").read_bytes() + b" ")
    assert release.main([*args, "--check"], extractor=fake_extract_tables) == 1
    err = capsys.readouterr().err
    assert f"differs: {out / 'mentions.parquet'}" in err and "claims.parquet" not in err


def test_invalid_extraction_is_reported_and_nothing_written(root, tmp_path, capsys):
    out = tmp_path / "rel"
    out.mkdir()
    (out / "claims.parquet").write_bytes(b"previous release")

    def sloppy(text, doc_id):
        claims, mentions = fake_extract_tables(text, doc_id)
        claims.loc[0, "span_text"] = claims.loc[0, "span_text"] + " "
        mentions.loc[0, "disposition"] = "ordinal"
        return claims, mentions

    assert release.main(["--root", str(root), "--out", str(out)], extractor=sloppy) == 2
    err = capsys.readouterr().err
    assert "failed validation" in err and "nothing was written" in err
    assert "span_text == source[start:end]" in err and "claim_id is set exactly when" in err
    assert err.count("span_text == source") == 2, "one failure per document, all reported"
    assert [p.name for p in out.iterdir()] == ["claims.parquet"]
    assert (out / "claims.parquet").read_bytes() == b"previous release"


def test_load_defaults_to_the_checkout_release():
    claims = quantclaims.load()
    assert release.release_dir() == REPO / "datasets" / "kursk-claims"
    assert len(claims) > 0 and claims.equals(release.load("claims", REPO / "datasets" / "kursk-claims"))
    doc_ids = {e.doc_id for e in read_manifest(REPO / "datasets" / "sources" / "manifest.json").sources}
    assert set(claims["doc_id"]) <= doc_ids
    mentions = quantclaims.load("mentions")
    assert set(mentions["claim_id"].dropna()) <= set(claims["claim_id"])


def test_extractor_breaking_its_contract_is_named(root):
    with pytest.raises(QuantclaimsError, match="not \\(claims, mentions\\) DataFrames"):
        release.build(root, lambda text, doc_id: fake_extract_tables(text, doc_id)[0])
