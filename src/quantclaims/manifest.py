"""The sources manifest (datasets/sources/manifest.json): which texts a release is built from.

Every entry pins its file by sha256, size in bytes and length in characters, so a release can only be
built from exactly the texts its offsets were measured against. Reading and decoding the text itself is
quantclaims.sources' job; this module checks the text against its entry.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from quantclaims.errors import QuantclaimsError, SourceError
from quantclaims.sources import read_text

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_DOC_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
REQUIRED = ("doc_id", "path", "sha256", "characters", "bytes", "language")


class ManifestError(QuantclaimsError):
    """The manifest itself is missing, not JSON, or an entry lacks or garbles a field."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class SourceEntry:
    """One manifest entry: what the build needs, plus the full record (`record`) for the data card."""

    doc_id: str
    path: str
    sha256: str
    characters: int
    bytes: int
    record: Mapping[str, Any]


@dataclass(frozen=True)
class Manifest:
    path: Path
    sources: tuple[SourceEntry, ...]

    def file_of(self, entry: SourceEntry) -> Path:
        """Entry paths are relative to the manifest's folder, so the folder can move as a whole."""
        return self.path.parent / entry.path


def read_manifest(path: Path | str) -> Manifest:
    """Parse and check the manifest's structure (not the files it names: see `read_source`)."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ManifestError(path, f"cannot read: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(path, f"is not valid JSON: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("sources"), list) or not raw["sources"]:
        raise ManifestError(path, "must be an object with a non-empty list 'sources'")
    entries: list[SourceEntry] = []
    seen: set[str] = set()
    for i, rec in enumerate(raw["sources"]):
        entries.append(_entry(path, i, rec))
        if entries[-1].doc_id in seen:
            raise ManifestError(path, f"sources[{i}]: doc_id {entries[-1].doc_id!r} appears twice")
        seen.add(entries[-1].doc_id)
    return Manifest(path=path, sources=tuple(entries))


def _entry(path: Path, i: int, rec: Any) -> SourceEntry:
    where = f"sources[{i}]"
    if not isinstance(rec, dict):
        raise ManifestError(path, f"{where} is not an object")
    missing = [k for k in REQUIRED if k not in rec]
    if missing:
        raise ManifestError(path, f"{where} lacks {', '.join(missing)}")
    doc_id, rel, sha = rec["doc_id"], rec["path"], rec["sha256"]
    if not isinstance(doc_id, str) or not _DOC_ID.match(doc_id):
        raise ManifestError(path, f"{where}: doc_id {doc_id!r} must be lower-case letters, digits and '-'")
    if not isinstance(rel, str) or not rel or Path(rel).is_absolute() or ".." in Path(rel).parts:
        raise ManifestError(path, f"{where} ({doc_id}): path {rel!r} must be relative, inside the manifest's folder")
    if not isinstance(sha, str) or not _SHA256.match(sha):
        raise ManifestError(path, f"{where} ({doc_id}): sha256 {sha!r} is not 64 lower-case hex digits")
    for key in ("characters", "bytes"):
        if not isinstance(rec[key], int) or isinstance(rec[key], bool) or rec[key] <= 0:
            raise ManifestError(path, f"{where} ({doc_id}): {key} must be a positive integer, not {rec[key]!r}")
    return SourceEntry(doc_id, rel, sha, rec["characters"], rec["bytes"], rec)


def file_facts(data: bytes) -> dict[str, Any]:
    """sha256, bytes and characters of a source's bytes: what a manifest entry pins."""
    return {
        "sha256": hashlib.sha256(data).hexdigest(),
        "characters": len(data.decode("utf-8")),
        "bytes": len(data),
    }


def read_source(manifest: Manifest, entry: SourceEntry) -> str:
    """The text of one source, or SourceError naming the file when it is unusable or not the pinned one.

    The text is decoded first (so an empty, binary or non-UTF-8 file says exactly that), then its
    bytes are compared with the entry's sha256.
    """
    file = manifest.file_of(entry)
    text = read_text(file)
    data = text.encode("utf-8")  # exact: valid UTF-8 round-trips byte for byte
    actual = hashlib.sha256(data).hexdigest()
    if actual != entry.sha256:
        raise SourceError(
            file,
            f"does not match the manifest {manifest.path.name} (doc_id {entry.doc_id}): "
            f"sha256 is {actual}, the manifest says {entry.sha256}. "
            "If the change is intended, update the entry's sha256, bytes and characters.",
        )
    if len(data) != entry.bytes or len(text) != entry.characters:
        raise SourceError(
            file,
            f"has {len(data)} bytes and {len(text)} characters; the manifest says "
            f"{entry.bytes} and {entry.characters}",
        )
    return text


def read_sources(manifest: Manifest) -> dict[str, str]:
    """{doc_id: text} in manifest order, every file checked against its entry."""
    return {e.doc_id: read_source(manifest, e) for e in manifest.sources}
