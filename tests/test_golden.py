"""The extractor against the hand-written golden annotation of both sources (tests/golden/*.toml).

Why: the golden files are the one independent statement of what a careful reader lists as the
numeric assertions of each source. Every golden claim is its own test case, so a regression names the
claim and the field. Offsets come from span_text + occurrence (str.find), never from the extractor.

Cases the current extractor gets wrong are listed in tests/golden/known_failures.toml with the fields
that fail; they run as strict xfails, so a fix shows up as a surprise pass, and a listing whose fields
no longer match the real failure fails outright (the list stays honest).
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import pandas as pd
import pytest

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
SOURCES_DIR = Path(__file__).resolve().parents[1] / "datasets" / "sources"
KNOWN_FAILURES_FILE = GOLDEN_DIR / "known_failures.toml"

FLOAT_FIELDS = ("value", "value_low", "value_high", "normalized_value")
STRING_FIELDS = (
    "unit",
    "per_unit",
    "normalized_unit",
    "quantity_kind",
    "claim_type",
    "entity",
    "qualifier",
    "qualifier_text",
    "change",
    "attributed_to",
)
COMPARED_FIELDS = FLOAT_FIELDS + STRING_FIELDS
REQUIRED_FIELDS = ("span_text", "normalized_unit", "quantity_kind", "claim_type", "qualifier")
CLAIM_KEYS = frozenset(COMPARED_FIELDS + ("span_text", "occurrence", "note"))
NON_CLAIM_KEYS = frozenset(("token", "context", "disposition", "note"))
NON_CLAIM_DISPOSITIONS = frozenset(
    ("unit_name", "ordinal", "designator", "date", "time", "idiom", "identifier")
)
REL_TOL = 1e-6


class GoldenFileError(ValueError):
    """A golden file that cannot be used: says which file and which entry."""


@dataclass(frozen=True)
class GoldenClaim:
    doc_id: str
    span_text: str
    occurrence: int | None
    start: int
    end: int
    fields: Mapping[str, Any]
    note: str | None = None

    @property
    def case_id(self) -> str:
        suffix = f"#{self.occurrence}" if self.occurrence else ""
        return f"{self.doc_id}:{self.span_text}{suffix}"

    def expected(self, name: str) -> Any:
        """The golden value of a compared field; an absent key means null."""
        return self.fields.get(name)


@dataclass(frozen=True)
class NonClaim:
    doc_id: str
    token: str
    context: str
    disposition: str
    start: int
    end: int

    @property
    def case_id(self) -> str:
        return f"{self.doc_id}:not a claim: {self.context}"


@dataclass(frozen=True)
class GoldenDoc:
    doc_id: str
    text: str
    claims: tuple[GoldenClaim, ...]
    non_claims: tuple[NonClaim, ...] = field(default=())


@dataclass(frozen=True)
class KnownFailure:
    case_id: str
    fields: tuple[str, ...]
    reason: str


def source_text(doc_id: str) -> str:
    """The stored source, read the way the package reads it."""
    from quantclaims.sources import read_text

    return read_text(SOURCES_DIR / f"{doc_id}.txt")


def golden_doc_ids() -> list[str]:
    return sorted(p.stem for p in GOLDEN_DIR.glob("*.toml") if p != KNOWN_FAILURES_FILE)


def nth_find(text: str, needle: str, n: int) -> int:
    """Offset of the n-th (0-based) non-overlapping occurrence of needle, or -1."""
    pos = text.find(needle)
    for _ in range(n):
        if pos < 0:
            return -1
        pos = text.find(needle, pos + len(needle))
    return pos


def _locate_claim(doc_id: str, text: str, entry: Mapping[str, Any], where: str) -> GoldenClaim:
    unknown = set(entry) - CLAIM_KEYS
    if unknown:
        raise GoldenFileError(f"{where}: unknown keys {sorted(unknown)}")
    missing = [k for k in REQUIRED_FIELDS if k not in entry]
    if missing:
        raise GoldenFileError(f"{where}: required keys missing {missing}")
    span = entry["span_text"]
    count = text.count(span)
    occurrence = entry.get("occurrence")
    if occurrence is None:
        if count != 1:
            raise GoldenFileError(f"{where}: span_text {span!r} occurs {count} times; give `occurrence`")
        start = text.find(span)
    else:
        if not 0 <= occurrence < count:
            raise GoldenFileError(f"{where}: occurrence {occurrence} of {span!r}, which occurs {count} times")
        start = nth_find(text, span, occurrence)
    fields = {k: entry[k] for k in COMPARED_FIELDS if k in entry}
    return GoldenClaim(doc_id, span, occurrence, start, start + len(span), fields, entry.get("note"))


def _locate_non_claim(doc_id: str, text: str, entry: Mapping[str, Any], where: str) -> NonClaim:
    unknown = set(entry) - NON_CLAIM_KEYS
    if unknown or not {"token", "context", "disposition"} <= set(entry):
        raise GoldenFileError(f"{where}: needs token, context, disposition (and an optional note)")
    token, context = entry["token"], entry["context"]
    if entry["disposition"] not in NON_CLAIM_DISPOSITIONS:
        raise GoldenFileError(f"{where}: disposition {entry['disposition']!r} is not a non-claim disposition")
    if text.count(context) != 1:
        raise GoldenFileError(f"{where}: context {context!r} occurs {text.count(context)} times, not once")
    if context.count(token) != 1:
        raise GoldenFileError(f"{where}: token {token!r} is not in context {context!r} exactly once")
    start = text.find(context) + context.find(token)
    return NonClaim(doc_id, token, context, entry["disposition"], start, start + len(token))


@lru_cache(maxsize=None)
def load_golden(doc_id: str) -> GoldenDoc:
    """Read tests/golden/<doc_id>.toml and place every entry in the stored text."""
    path = GOLDEN_DIR / f"{doc_id}.toml"
    with path.open("rb") as f:
        raw = tomllib.load(f)
    if raw.get("doc_id") != doc_id:
        raise GoldenFileError(f"{path}: doc_id {raw.get('doc_id')!r} does not match the file name")
    text = source_text(doc_id)
    claims = tuple(
        _locate_claim(doc_id, text, entry, f"{path.name} claim {i} ({entry.get('span_text')!r})")
        for i, entry in enumerate(raw.get("claim", []))
    )
    non_claims = tuple(
        _locate_non_claim(doc_id, text, entry, f"{path.name} non_claim {i} ({entry.get('context')!r})")
        for i, entry in enumerate(raw.get("non_claim", []))
    )
    return GoldenDoc(doc_id, text, claims, non_claims)


@lru_cache(maxsize=None)
def known_failures() -> dict[str, KnownFailure]:
    if not KNOWN_FAILURES_FILE.exists():
        return {}
    with KNOWN_FAILURES_FILE.open("rb") as f:
        raw = tomllib.load(f)
    out: dict[str, KnownFailure] = {}
    for i, entry in enumerate(raw.get("failure", [])):
        if set(entry) != {"id", "fields", "reason"} or not entry["fields"]:
            raise GoldenFileError(f"{KNOWN_FAILURES_FILE.name} failure {i}: needs id, fields (non-empty), reason")
        if entry["id"] in out:
            raise GoldenFileError(f"{KNOWN_FAILURES_FILE.name}: {entry['id']!r} listed twice")
        out[entry["id"]] = KnownFailure(entry["id"], tuple(entry["fields"]), entry["reason"])
    return out


def case(case_id: str, *values: Any) -> Any:
    """A pytest param with a readable id, marked strict xfail when listed as a known failure."""
    marks = []
    known = known_failures().get(case_id)
    if known is not None:
        marks.append(pytest.mark.xfail(strict=True, raises=AssertionError, reason=known.reason))
    return pytest.param(*values, id=case_id, marks=marks)


def conclude(case_id: str, problems: Mapping[str, str]) -> None:
    """Fail with every problem; a known failure must fail on exactly the listed fields."""
    known = known_failures().get(case_id)
    if known is not None and problems and sorted(problems) != sorted(known.fields):
        pytest.fail(
            f"{case_id}: known_failures.toml lists fields {sorted(known.fields)} but the failing ones are "
            f"{sorted(problems)}; update the list:\n" + "\n".join(f"  {k}: {v}" for k, v in problems.items()),
            pytrace=False,
        )
    assert not problems, f"{case_id}:\n" + "\n".join(f"  {k}: {v}" for k, v in problems.items())


@lru_cache(maxsize=None)
def built_claims(doc_id: str) -> pd.DataFrame:
    """The claims table the extractor builds from the stored text (once per document)."""
    from quantclaims.extract import extract

    return extract(source_text(doc_id), doc_id)


def _plain(value: Any) -> Any:
    """A cell as a plain Python value, with every kind of missing value as None."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):
        return value.item()
    return value


def _same(name: str, expected: Any, got: Any) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    if name in FLOAT_FIELDS:
        return math.isclose(float(expected), float(got), rel_tol=REL_TOL, abs_tol=1e-12)
    return expected == got


def _spans(frame: pd.DataFrame) -> list[tuple[int, int, str]]:
    return [(int(s), int(e), str(t)) for s, e, t in zip(frame["start"], frame["end"], frame["span_text"])]


ALL_CLAIMS = [c for d in golden_doc_ids() for c in load_golden(d).claims]
ALL_NON_CLAIMS = [n for d in golden_doc_ids() for n in load_golden(d).non_claims]


# --- the golden files themselves (no extractor) ------------------------------------------------


@pytest.mark.parametrize("doc_id", golden_doc_ids())
def test_golden_file_obeys_schema_and_conventions(doc_id: str) -> None:
    """Allowed values from schema/claims.toml; bounds as the qualifier demands (docs/conventions.md)."""
    from quantclaims.schema import table_spec

    spec = table_spec("claims")
    doc = load_golden(doc_id)
    problems: list[str] = []
    previous_end = -1
    for c in doc.claims:
        where = c.case_id
        if c.start < previous_end:
            problems.append(f"{where}: not in text order or overlaps the previous claim")
        previous_end = c.end
        for name in COMPARED_FIELDS:
            allowed = spec.column(name).allowed
            value = c.expected(name)
            if allowed is not None and value is not None and value not in allowed:
                problems.append(f"{where}: {name}={value!r} not in {allowed}")
        value, low, high = c.expected("value"), c.expected("value_low"), c.expected("value_high")
        q = c.expected("qualifier")
        wanted = {
            "exact": (value, value),
            "approximate": (None, None),
            "nearly": (None, value),
            "more_than": (value, None),
            "at_least": (value, None),
            "less_than": (None, value),
            "at_most": (None, value),
        }
        if q in wanted and ((low, high) != wanted[q] or value is None):
            problems.append(f"{where}: {q} wants value set and bounds {wanted[q]}, has {(low, high)}")
        if q in ("range", "vague"):
            if value is not None or c.expected("normalized_value") is not None:
                problems.append(f"{where}: {q} has value and normalized_value null")
            if low is None or high is None or low > high:
                problems.append(f"{where}: {q} needs both bounds, low <= high")
        if (value is None) != (c.expected("normalized_value") is None):
            problems.append(f"{where}: normalized_value is null exactly when value is")
    assert not problems, "\n".join(problems)


# --- the extractor against the golden annotation -----------------------------------------------


@pytest.mark.parametrize("golden", [case(c.case_id, c) for c in ALL_CLAIMS])
def test_claim_matches_golden(golden: GoldenClaim) -> None:
    claims = built_claims(golden.doc_id)
    rows = claims[(claims["start"] == golden.start) & (claims["end"] == golden.end)]
    if rows.empty:
        near = [s for s in _spans(claims) if s[0] < golden.end and golden.start < s[1]]
        conclude(golden.case_id, {"span": f"no claim spans [{golden.start}:{golden.end}]; overlapping: {near}"})
        return
    problems: dict[str, str] = {}
    if len(rows) > 1:
        problems["span"] = f"{len(rows)} claims share the span"
    row = rows.iloc[0]
    if row["span_text"] != golden.span_text or row["doc_id"] != golden.doc_id:
        problems["span_text"] = f"span_text {row['span_text']!r} / doc_id {row['doc_id']!r}"
    for name in COMPARED_FIELDS:
        expected, got = golden.expected(name), _plain(row[name])
        if not _same(name, expected, got):
            problems[name] = f"expected {expected!r}, got {got!r}"
    conclude(golden.case_id, problems)


@pytest.mark.parametrize("doc_id", [case(f"{d}:no extra claims", d) for d in golden_doc_ids()])
def test_no_claims_beyond_golden(doc_id: str) -> None:
    golden = {(c.start, c.end) for c in load_golden(doc_id).claims}
    extra = {
        f"extra: {text}": f"claim [{s}:{e}] {text!r} is not in the golden annotation"
        for s, e, text in _spans(built_claims(doc_id))
        if (s, e) not in golden
    }
    conclude(f"{doc_id}:no extra claims", extra)


@pytest.mark.parametrize("token", [case(n.case_id, n) for n in ALL_NON_CLAIMS])
def test_non_claim_token_outside_every_claim(token: NonClaim) -> None:
    inside = [s for s in _spans(built_claims(token.doc_id)) if s[0] < token.end and token.start < s[1]]
    problems = {"inside_claim": f"{token.token!r} at {token.start} is inside {inside}"} if inside else {}
    conclude(token.case_id, problems)


def test_known_failures_name_golden_cases() -> None:
    """Every listed known failure is a case that exists (a stale id would otherwise go unnoticed)."""
    ids = {c.case_id for c in ALL_CLAIMS} | {n.case_id for n in ALL_NON_CLAIMS}
    ids |= {f"{d}:no extra claims" for d in golden_doc_ids()}
    from test_mentions_audit import AUDIT_CASE_IDS

    stale = sorted(set(known_failures()) - ids - set(AUDIT_CASE_IDS))
    assert not stale, f"known_failures.toml names cases that do not exist: {stale}"


# --- the test helpers themselves ----------------------------------------------------------------


def test_nth_find_counts_non_overlapping_occurrences() -> None:
    assert nth_find("a ab ab ab", "ab", 0) == 2
    assert nth_find("a ab ab ab", "ab", 2) == 8
    assert nth_find("a ab ab ab", "ab", 3) == -1
    assert nth_find("aaaa", "aa", 1) == 2


def test_golden_loader_rejects_ambiguous_span(tmp_path: Path) -> None:
    with pytest.raises(GoldenFileError, match="occurs 2 times"):
        _locate_claim("d", "two days and two days", {
            "span_text": "two days", "normalized_unit": "day", "quantity_kind": "duration",
            "claim_type": "duration", "qualifier": "exact"}, "x")
    with pytest.raises(GoldenFileError, match="unknown keys"):
        _locate_claim("d", "two days", {"span_text": "two days", "vlaue": 2}, "x")


def test_float_fields_compare_with_relative_tolerance() -> None:
    assert _same("value", 997.903214, 997.9032140000002)
    assert not _same("value", 997.9, 997.903214)
    assert not _same("value", None, 0.0)
    assert _same("entity", None, None)
    assert not _same("attributed_to", "the soldier", "The soldier")
    assert _plain(pd.NA) is None and _plain(float("nan")) is None
