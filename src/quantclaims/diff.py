"""What changed in the claims between two releases: `python -m quantclaims diff OLD NEW [--json]`.

Claims are matched by claim_id first (same document, same span); the claims left over on both sides
are then matched by (doc_id, span_text), in order of position, so that a claim whose span moved (text
edited before it, or its span widened elsewhere) shows up as changed rather than as one removal and
one addition. The Markdown is a bullet list meant to be pasted under "### Data" in CHANGELOG.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from quantclaims.errors import QuantclaimsError
from quantclaims.schema import plain

KEY_COLUMNS = ("claim_id", "doc_id", "start", "end", "span_text")
POSITION_COLUMNS = ("start", "end", "sentence_index", "sentence_start", "sentence_end")
"""Offsets: for a claim matched by its span text they are summarized as "span moved", not listed."""


class DiffError(QuantclaimsError):
    """A release given to `diff` cannot be read as a claims table."""


@dataclass
class ClaimChange:
    old_id: str
    new_id: str
    matched_by: str  # "claim_id" or "span_text"
    changes: dict[str, tuple[Any, Any]]
    new_row: dict[str, Any]


@dataclass
class ClaimsDiff:
    old_count: int
    new_count: int
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[ClaimChange] = field(default_factory=list)
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)

    @property
    def moved(self) -> int:
        return sum(1 for c in self.changed if c.matched_by == "span_text")


def read_claims(path: Path) -> pd.DataFrame:
    """The claims table of a release: a folder holding claims.parquet, or the file itself."""
    file = path / "claims.parquet" if path.is_dir() else path
    if not file.is_file():
        where = f"{path} holds no claims.parquet" if path.is_dir() else f"{path} does not exist"
        raise DiffError(f"diff: {where}")
    from quantclaims.parquetio import read_parquet

    try:
        frame, _ = read_parquet(file, "claims")
    except QuantclaimsError as exc:
        raise DiffError(f"diff: {file} is not a readable Parquet file: {exc}") from exc
    missing = [c for c in KEY_COLUMNS if c not in frame.columns]
    if missing:
        raise DiffError(f"diff: {file} is not a claims table: columns {missing} are missing")
    dupes = frame["claim_id"][frame["claim_id"].duplicated()].tolist()
    if dupes:
        raise DiffError(f"diff: {file}: claim_id repeated: {sorted(map(str, dupes))[:5]}")
    return frame.reset_index(drop=True)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _order(row: dict[str, Any]) -> tuple:
    return (str(row["doc_id"]), int(row["start"]), int(row["end"]), str(row["claim_id"]))


def diff_claims(old: pd.DataFrame, new: pd.DataFrame) -> ClaimsDiff:
    """Added, removed and changed claims (every differing column shared by both releases)."""
    shared = [c for c in new.columns if c in old.columns and c != "claim_id"]
    result = ClaimsDiff(
        old_count=len(old),
        new_count=len(new),
        columns_added=sorted(set(new.columns) - set(old.columns)),
        columns_removed=sorted(set(old.columns) - set(new.columns)),
    )
    old_rows = {r["claim_id"]: r for r in _records(old)}
    new_rows = {r["claim_id"]: r for r in _records(new)}
    pairs = [(old_rows[i], new_rows[i], "claim_id") for i in new_rows if i in old_rows]
    left = sorted((r for i, r in old_rows.items() if i not in new_rows), key=_order)
    right = sorted((r for i, r in new_rows.items() if i not in old_rows), key=_order)
    by_span: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in left:
        by_span.setdefault((r["doc_id"], r["span_text"]), []).append(r)
    for r in right:
        candidates = by_span.get((r["doc_id"], r["span_text"]))
        if candidates:
            pairs.append((candidates.pop(0), r, "span_text"))
        else:
            result.added.append(r)
    result.removed = sorted((r for group in by_span.values() for r in group), key=_order)
    for o, n, how in pairs:
        changes = {c: (o[c], n[c]) for c in shared if o[c] != n[c]}
        if changes or how == "span_text":
            result.changed.append(ClaimChange(o["claim_id"], n["claim_id"], how, changes, n))
    result.added.sort(key=_order)
    result.changed.sort(key=lambda c: _order(c.new_row))
    return result


def _show(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def describe(row: dict[str, Any]) -> str:
    """`id` "span" (claim_type, value or bounds and unit, qualifier)."""
    if row.get("value") is not None:
        amount = _show(row["value"])
    else:
        low, high = row.get("value_low"), row.get("value_high")
        amount = f"{_show(low) if low is not None else '?'}..{_show(high) if high is not None else '?'}"
    unit = f" {row['unit']}" if row.get("unit") else ""
    details = ", ".join(str(x) for x in (row.get("claim_type"), f"{amount}{unit}", row.get("qualifier")) if x)
    return f"`{row['claim_id']}` {_show(row['span_text'])} ({details})"


def to_markdown(diff: ClaimsDiff) -> str:
    """Bullets for CHANGELOG.md's "### Data" section."""
    lines = [
        f"- Claims: {diff.old_count} -> {diff.new_count}: {len(diff.added)} added, {len(diff.removed)} removed, "
        f"{len(diff.changed)} changed ({diff.moved} of them moved)."
    ]
    if diff.columns_added or diff.columns_removed:
        lines.append(f"- Columns added: {diff.columns_added or 'none'}; removed: {diff.columns_removed or 'none'}.")
    if diff.added:
        lines.append("- Added:")
        lines += [f"  - {describe(r)}" for r in diff.added]
    if diff.removed:
        lines.append("- Removed:")
        lines += [f"  - {describe(r)}" for r in diff.removed]
    if diff.changed:
        lines.append("- Changed:")
        for c in diff.changed:
            moved = c.matched_by == "span_text"
            shown = {k: v for k, v in c.changes.items() if not (moved and k in POSITION_COLUMNS)}
            parts = [f"{k} {_show(a)} -> {_show(b)}" for k, (a, b) in shown.items()]
            head = f"`{c.old_id}` -> `{c.new_id}` (span moved)" if moved else f"`{c.new_id}`"
            text = "; ".join(parts) if parts else "no other change"
            lines.append(f"  - {head} {_show(c.new_row['span_text'])}: {text}")
    if not (diff.added or diff.removed or diff.changed or diff.columns_added or diff.columns_removed):
        lines = [f"- No change to the {diff.new_count} claims."]
    return "\n".join(lines) + "\n"


def to_json(diff: ClaimsDiff, old: str, new: str) -> str:
    doc = {
        "old": {"path": old, "claims": diff.old_count},
        "new": {"path": new, "claims": diff.new_count},
        "summary": {
            "added": len(diff.added),
            "removed": len(diff.removed),
            "changed": len(diff.changed),
            "moved": diff.moved,
        },
        "columns_added": diff.columns_added,
        "columns_removed": diff.columns_removed,
        "added": diff.added,
        "removed": diff.removed,
        "changed": [
            {
                "old_claim_id": c.old_id,
                "claim_id": c.new_id,
                "matched_by": c.matched_by,
                "changes": {k: {"old": a, "new": b} for k, (a, b) in c.changes.items()},
            }
            for c in diff.changed
        ],
    }
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def run_diff_command(old: Path, new: Path, out: TextIO, as_json: bool) -> int:
    """Print the diff of two releases; 0 when it could be computed (changes or not), DiffError otherwise."""
    diff = diff_claims(read_claims(old), read_claims(new))
    out.write(to_json(diff, str(old), str(new)) if as_json else to_markdown(diff))
    return 0
