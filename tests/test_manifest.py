"""The sources manifest: it pins every text, says what each text is, and refuses what it does not pin."""

import json
import re

import pytest

from quantclaims.errors import QuantclaimsError, SourceError
from quantclaims.manifest import ManifestError, file_facts, read_manifest, read_source, read_sources
from release_fakes import REPO, copy_layout

MANIFEST = REPO / "datasets" / "sources" / "manifest.json"


def test_committed_manifest_pins_the_committed_files():
    manifest = read_manifest(MANIFEST)
    for entry in manifest.sources:
        facts = file_facts(manifest.file_of(entry).read_bytes())
        assert facts == {"sha256": entry.sha256, "characters": entry.characters, "bytes": entry.bytes}
    assert list(read_sources(manifest)) == [e.doc_id for e in manifest.sources]


def test_committed_manifest_describes_each_source():
    manifest = read_manifest(MANIFEST)
    by_id = {e.doc_id: e.record for e in manifest.sources}
    assert set(by_id) == {"wsj-kursk-2024", "rereport-kursk-2024"}
    texts = read_sources(manifest)
    for doc_id, rec in by_id.items():
        assert rec["language"] == "en"
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?(/\d{4}-\d{2}(-\d{2})?)?", rec["publication_date"])
        start, end = rec["publication_date_range"].split("/")
        assert start <= end and start.startswith(rec["publication_date"][:7])
        assert rec["publication_date_evidence"], doc_id
        if rec["title"] is None:
            assert rec["title_note"], "a missing title says why"
        else:
            assert texts[doc_id].split("\n", 1)[0] == rec["title"], "a title is the text's headline line"
        if rec["publisher"] is None:
            assert rec["publisher_note"]
    relation = by_id["rereport-kursk-2024"]["relation"]
    assert relation["type"] == "rereport_of" and relation["doc_id"] == "wsj-kursk-2024" and relation["translated"]
    assert by_id["wsj-kursk-2024"]["relation"] is None


def _manifest_with(tmp_path, mutate):
    root = copy_layout(tmp_path)
    path = root / "datasets" / "sources" / "manifest.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    mutate(raw)
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_changed_text_names_file_and_both_hashes(tmp_path):
    root = copy_layout(tmp_path)
    manifest = read_manifest(root / "datasets" / "sources" / "manifest.json")
    entry = manifest.sources[0]
    file = manifest.file_of(entry)
    file.write_text(file.read_text(encoding="utf-8").replace("a", "b", 1), encoding="utf-8")
    with pytest.raises(SourceError) as info:
        read_source(manifest, entry)
    msg = str(info.value)
    assert entry.path in msg and entry.sha256 in msg
    assert file_facts(file.read_bytes())["sha256"] in msg


def test_size_mismatch_is_refused_even_with_the_right_hash(tmp_path):
    path = _manifest_with(tmp_path, lambda raw: raw["sources"][0].update(characters=1))
    manifest = read_manifest(path)
    with pytest.raises(SourceError, match="characters"):
        read_source(manifest, manifest.sources[0])


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (lambda raw: raw["sources"][1].update(doc_id=raw["sources"][0]["doc_id"]), "appears twice"),
        (lambda raw: raw["sources"][0].update(sha256="ABC"), "sha256"),
        (lambda raw: raw["sources"][0].pop("bytes"), "lacks bytes"),
        (lambda raw: raw["sources"][0].update(path="../../etc/passwd"), "must be relative"),
        (lambda raw: raw["sources"][0].update(doc_id="Has Space"), "doc_id"),
        (lambda raw: raw["sources"][0].update(characters=True), "positive integer"),
        (lambda raw: raw.update(sources=[]), "non-empty list"),
    ],
)
def test_malformed_manifest_says_what(tmp_path, mutate, problem):
    path = _manifest_with(tmp_path, mutate)
    with pytest.raises(ManifestError, match=problem) as info:
        read_manifest(path)
    assert isinstance(info.value, QuantclaimsError) and str(path) in str(info.value)


def test_manifest_not_json_or_missing(tmp_path):
    bad = tmp_path / "manifest.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ManifestError, match="not valid JSON"):
        read_manifest(bad)
    with pytest.raises(ManifestError, match="cannot read"):
        read_manifest(tmp_path / "absent.json")
