"""The kursk-claims release: build it from the manifest's sources, write it atomically, check it, load it.

build: manifest -> texts (each checked against its sha256) -> extract_tables per document -> concatenate,
sort -> validate everything at once -> Parquet bytes -> publish.documents -> {file name: bytes}. Nothing
touches the release folder until every file of the release exists in memory; then each is written to a
temporary file beside its destination and renamed over it (`write_release`).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

from quantclaims.errors import QuantclaimsError

if TYPE_CHECKING:
    import pandas as pd

RELEASE = "kursk-claims"
TABLES = ("claims", "mentions", "alignments")
EXTRACTED = TABLES[:2]
"""Tables the extractor returns per document; alignments are computed from the claims (align_release)."""
SORT_KEYS = ("doc_id", "start", "end")
Extractor = Callable[[str, str], "tuple[pd.DataFrame, pd.DataFrame]"]


def checkout_root() -> Path:
    """The repository this module sits in (src/quantclaims/ -> ../..)."""
    return Path(__file__).resolve().parents[2]


def manifest_path(root: Path) -> Path:
    return root / "datasets" / "sources" / "manifest.json"


def default_release_dir(root: Path | None = None) -> Path:
    return (root or checkout_root()) / "datasets" / RELEASE


@dataclass(frozen=True)
class Release:
    """A built release in memory: the validated tables and every file to publish, by file name."""

    tables: Mapping[str, "pd.DataFrame"]
    files: Mapping[str, bytes]


def _default_extractor() -> Extractor:
    from quantclaims.extract import extract_tables

    return extract_tables


def _sorted(frame: "pd.DataFrame", key: str) -> "pd.DataFrame":
    """Rows in (doc_id, start, end, key) order whatever the extractor's order; columns untouched."""
    by = [c for c in (*SORT_KEYS, key) if c in frame.columns]
    return frame.sort_values(by, kind="stable", ignore_index=True) if by else frame.reset_index(drop=True)


def build(root: Path | None = None, extractor: Extractor | None = None) -> Release:
    """Build the release of the repository at `root` in memory, or raise a QuantclaimsError."""
    import pandas as pd

    from quantclaims import publish
    from quantclaims.align_release import release_alignments
    from quantclaims.manifest import read_manifest, read_sources
    from quantclaims.parquetio import table_metadata, to_parquet_bytes
    from quantclaims.schema import schema_version
    from quantclaims.validate import validate_tables
    from quantclaims.version import __version__

    root = root or checkout_root()
    manifest = read_manifest(manifest_path(root))
    texts = read_sources(manifest)
    extract = extractor or _default_extractor()
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in EXTRACTED}
    for doc_id, text in texts.items():
        result = extract(text, doc_id)
        if not (isinstance(result, tuple) and len(result) == len(EXTRACTED)
                and all(isinstance(part, pd.DataFrame) for part in result)):
            raise QuantclaimsError(
                f"the extractor returned {type(result).__name__} for {doc_id!r}, not ({', '.join(EXTRACTED)}) DataFrames"
            )
        for name, part in zip(EXTRACTED, result):
            parts[name].append(part)
    tables = {
        name: _sorted(pd.concat(parts[name], ignore_index=True), "claim_id" if name == "claims" else "mention_id")
        for name in EXTRACTED
    }
    validate_tables(tables, texts)
    tables["alignments"] = release_alignments([e.record for e in manifest.sources], tables["claims"], texts)
    validate_tables({"alignments": tables["alignments"]})

    sources_sha = {e.doc_id: e.sha256 for e in manifest.sources}
    files: dict[str, bytes] = {}
    for name in TABLES:
        meta = table_metadata(name, __version__, schema_version(), sources_sha)
        files[f"{name}.parquet"] = to_parquet_bytes(name, tables[name], meta)
    context: dict[str, Any] = {
        "version": __version__,
        "schema_version": schema_version(),
        "sources": [dict(e.record) for e in manifest.sources],
        "table_files": {name: f"{name}.parquet" for name in TABLES},
        "table_sha256": {f: hashlib.sha256(b).hexdigest() for f, b in files.items()},
    }
    for fname, data in publish.documents(tables, context).items():
        if fname in files or not fname or "/" in fname or "\\" in fname or fname.startswith("."):
            raise QuantclaimsError(f"publish.documents returned an unusable file name {fname!r}")
        if not isinstance(data, bytes):
            raise QuantclaimsError(f"publish.documents returned {type(data).__name__} for {fname!r}, not bytes")
        files[fname] = data
    return Release(tables=tables, files=dict(sorted(files.items())))


def write_release(files: Mapping[str, bytes], out: Path) -> None:
    """Write every file to a temporary file in `out`, then rename each over its destination.

    Any error while writing removes the temporary files and leaves `out` as it was.
    """
    out.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    try:
        for name, data in files.items():
            fd, tmp = tempfile.mkstemp(dir=out, prefix=f".{name}.", suffix=".tmp")
            staged.append((tmp, out / name))
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, 0o644)
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    for tmp, dest in staged:
        os.replace(tmp, dest)


def check_release(files: Mapping[str, bytes], out: Path) -> list[str]:
    """Problems of the release folder against freshly built files: missing, differing, unexpected."""
    problems = []
    for name, data in files.items():
        path = out / name
        if not path.is_file():
            problems.append(f"missing: {path}")
        elif path.read_bytes() != data:
            problems.append(f"differs: {path}")
    if out.is_dir():
        for path in sorted(out.iterdir()):
            if path.name not in files and not path.name.startswith("."):
                problems.append(f"unexpected: {path} (not produced by the build)")
    return problems


def load(name: str = "claims", path: Path | str | None = None) -> "pd.DataFrame":
    """A table of the release as a DataFrame with the schema's dtypes, validated.

    `path` is a release folder or a .parquet file; by default the checkout's datasets/kursk-claims, or
    the copy installed with the package (quantclaims/_data/kursk-claims). Span checks need the source
    texts and are the build's job; everything else is checked here.
    """
    from quantclaims.parquetio import read_parquet
    from quantclaims.validate import validate_table

    if name not in TABLES:
        raise QuantclaimsError(f"no table {name!r} in {RELEASE}; tables: {', '.join(TABLES)}")
    where = Path(path) if path is not None else release_dir()
    file = where / f"{name}.parquet" if where.is_dir() else where
    if not file.is_file():
        raise QuantclaimsError(f"cannot load table {name!r}: {file} does not exist")
    frame, _ = read_parquet(file, name)
    claims = None
    sibling = file.parent / "claims.parquet"
    if name == "mentions" and sibling.is_file():
        claims, _ = read_parquet(sibling, "claims")
    validate_table(name, frame, claims=claims)
    return frame


def release_dir() -> Path:
    """Where `load` looks by default: the checkout's release folder, else the installed package data."""
    checkout = default_release_dir()
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("quantclaims") / "_data" / RELEASE))


def _import_pandera_without_hypothesis() -> None:
    """Import pandera's validation backends with `hypothesis` hidden.

    pandera imports hypothesis (~0.25 s, an eighth of the build's time budget) only to offer data
    synthesis strategies, which a build never uses; pandera handles its absence. Done only by the
    build.py process (never by `load`, which runs inside users' sessions), and not at all when
    hypothesis is already imported.
    """
    if "hypothesis" in sys.modules:
        return
    sys.modules["hypothesis"] = None  # type: ignore[assignment]  # makes `import hypothesis` fail
    try:
        import pandera.backends.pandas.builtin_checks  # noqa: F401
        import pandera.backends.pandas.register  # noqa: F401
    finally:
        del sys.modules["hypothesis"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="build.py", description="Build the kursk-claims dataset from its sources.")
    p.add_argument("--check", action="store_true",
                   help="rebuild in memory and compare with the release folder; exit 1 if any file differs")
    p.add_argument("--out", type=Path, metavar="DIR", help="release folder (default: datasets/kursk-claims)")
    p.add_argument("--root", type=Path, metavar="DIR", help="repository whose datasets/sources to build from")
    return p


def main(argv: Sequence[str] | None = None, extractor: Extractor | None = None) -> int:
    """build.py: 0 when built (or, with --check, identical), 1 when --check finds a difference, 2 on error."""
    args = _parser().parse_args(argv)
    root = (args.root or checkout_root()).resolve()
    out = args.out or default_release_dir(root)
    _import_pandera_without_hypothesis()
    try:
        release = build(root, extractor)
        if args.check:
            problems = check_release(release.files, out)
            for line in problems:
                print(f"build.py --check: {line}", file=sys.stderr)
            if not problems:
                print(f"{out}: {len(release.files)} files identical to a fresh build")
            return 1 if problems else 0
        write_release(release.files, out)
    except QuantclaimsError as exc:
        print(f"build.py: error: {exc}", file=sys.stderr)
        print("build.py: nothing was written", file=sys.stderr)
        return 2
    except OSError as exc:  # the release folder cannot be created or written: write_release rolled back
        print(f"build.py: error: cannot write the release to {out}: {exc}", file=sys.stderr)
        print("build.py: nothing was written", file=sys.stderr)
        return 2
    rows = ", ".join(f"{len(release.tables[t])} {t}" for t in TABLES)
    print(f"wrote {len(release.files)} files to {out} ({rows})")
    return 0
