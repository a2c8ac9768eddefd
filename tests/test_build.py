"""build.py end to end, in subprocesses, on a temporary copy of the repository layout (never datasets/)."""

import os
import subprocess
import sys

import pytest

from release_fakes import REPO, copy_layout

BUILD = REPO / "build.py"
SOURCE = "wsj-kursk-2024.txt"


def run_build(*args):
    return subprocess.run([sys.executable, str(BUILD), *map(str, args)], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def root(tmp_path):
    root = copy_layout(tmp_path / "repo")
    out = root / "datasets" / "kursk-claims"
    out.mkdir()
    (out / "claims.parquet").write_bytes(b"the previous release")
    return root


def _release_untouched(root):
    out = root / "datasets" / "kursk-claims"
    assert [p.name for p in out.iterdir()] == ["claims.parquet"]
    assert (out / "claims.parquet").read_bytes() == b"the previous release"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"Some 40 trucks \xc3\x28 arrived.", "not valid UTF-8"),
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"x" * 20_000_000, "limit"),
        ("The convoy had 12 trucks.".encode(), "does not match the manifest"),
    ],
    ids=["invalid-utf8", "empty", "binary", "20MB", "hash-changed"],
)
def test_bad_source_is_refused_and_nothing_is_written(root, content, problem):
    (root / "datasets" / "sources" / SOURCE).write_bytes(content)
    result = run_build("--root", root)
    assert result.returncode == 2
    assert SOURCE in result.stderr and problem in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    _release_untouched(root)


def test_hash_error_names_both_hashes(root):
    path = root / "datasets" / "sources" / SOURCE
    path.write_bytes(path.read_bytes().replace(b"troops", b"soldiers", 1))
    result = run_build("--root", root)
    hashes = [w.strip(".,") for w in result.stderr.split() if len(w.strip(".,")) == 64]
    assert len(set(hashes)) == 2, result.stderr
    _release_untouched(root)


def test_broken_manifest_is_refused(root):
    (root / "datasets" / "sources" / "manifest.json").write_text("[]", encoding="utf-8")
    result = run_build("--root", root)
    assert result.returncode == 2 and "manifest.json" in result.stderr
    _release_untouched(root)


def test_help_names_the_options():
    result = run_build("--help")
    assert result.returncode == 0
    for option in ("--check", "--out", "--root"):
        assert option in result.stdout


def test_committed_release_is_what_the_sources_build():
    """The committed datasets/kursk-claims is current: rebuilt in memory, every file is byte-identical."""
    result = run_build("--check")
    assert result.returncode == 0, result.stderr
    assert "identical" in result.stdout


def test_real_build_does_not_depend_on_hash_seed(tmp_path):
    out = tmp_path / "release"
    env = {**os.environ}
    for seed, args in (("1", ["--out", out]), ("4242", ["--check", "--out", out])):
        env["PYTHONHASHSEED"] = seed
        result = subprocess.run([sys.executable, str(BUILD), *map(str, args)], capture_output=True, text=True,
                                timeout=120, env=env)
        assert result.returncode == 0, result.stderr
    assert {"claims.parquet", "mentions.parquet"} <= {p.name for p in out.iterdir()}


def test_unwritable_out_is_a_clear_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the release folder should be")
    result = run_build("--out", blocker / "release")
    assert result.returncode == 2 and "cannot write the release" in result.stderr and "Traceback" not in result.stderr
    assert blocker.read_text() == "a file where the release folder should be"
