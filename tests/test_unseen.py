"""Does the extractor generalize? It against hand-annotated war reporting it has never seen.

Why: the golden files measure the two Kursk sources the extractor was built on; this measures texts
written for this test (tests/unseen/*.txt, no real article or benchmark sentence copied), packed with
the phenomena of conflict reporting: force sizes with qualifiers, ratios, rates, munition weights,
casualties, money, proportions, ages, durations, number words, fractions, and the traps that are not
claims (unit names, designators, dates, times, idioms, ordinals, identifiers). The annotation
(tests/unseen/*.toml) is written by hand from the text following docs/conventions.md, in the format of
the golden files (absent key = null; `occurrence` when a span repeats; offsets found with str.find).

Each claim is checked per field group (span, value, unit, kind, entity, qualifier, attribution), so a
failure names the phenomenon. Cases the current extractor gets wrong are listed in
tests/unseen/known_failures.toml with the failing fields and why; they run as strict xfails, so a fix
shows up as a surprise pass, and a listing whose fields no longer match the real failure fails.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import pandas as pd
import pytest

UNSEEN_DIR = Path(__file__).resolve().parent / "unseen"
KNOWN_FAILURES_FILE = UNSEEN_DIR / "known_failures.toml"

#: The field groups one test case each; "span" is the claim's existence at the annotated offsets.
GROUPS: dict[str, tuple[str, ...]] = {
    "value": ("value", "value_low", "value_high"),
    "unit": ("unit", "per_unit", "normalized_value", "normalized_unit"),
    "kind": ("quantity_kind", "claim_type"),
    "entity": ("entity",),
    "qualifier": ("qualifier", "qualifier_text", "change"),
    "attribution": ("attributed_to",),
}
FLOAT_FIELDS = ("value", "value_low", "value_high", "normalized_value")
COMPARED_FIELDS = tuple(f for group in GROUPS.values() for f in group)
REQUIRED_FIELDS = ("span_text", "normalized_unit", "quantity_kind", "claim_type", "qualifier")
CLAIM_KEYS = frozenset(COMPARED_FIELDS + ("span_text", "occurrence", "note"))
NON_CLAIM_KEYS = frozenset(("token", "context", "disposition", "note"))
NON_CLAIM_DISPOSITIONS = frozenset(
    ("unit_name", "ordinal", "designator", "date", "time", "idiom", "identifier")
)
REL_TOL = 1e-6


class AnnotationError(ValueError):
    """An annotation file that cannot be used: says which file and which entry."""


@dataclass(frozen=True)
class Claim:
    doc_id: str
    span_text: str
    occurrence: int | None
    start: int
    end: int
    fields: Mapping[str, Any]

    def case_id(self, group: str) -> str:
        suffix = f"#{self.occurrence}" if self.occurrence else ""
        return f"{self.doc_id}:{self.span_text}{suffix}:{group}"


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
class Doc:
    doc_id: str
    text: str
    claims: tuple[Claim, ...]
    non_claims: tuple[NonClaim, ...]


def doc_ids() -> list[str]:
    return sorted(p.stem for p in UNSEEN_DIR.glob("*.txt"))


def nth_find(text: str, needle: str, n: int) -> int:
    """Offset of the n-th (0-based) non-overlapping occurrence of needle, or -1."""
    pos = text.find(needle)
    for _ in range(n):
        if pos < 0:
            return -1
        pos = text.find(needle, pos + len(needle))
    return pos


def _claim(doc_id: str, text: str, entry: Mapping[str, Any], where: str) -> Claim:
    unknown = set(entry) - CLAIM_KEYS
    missing = [k for k in REQUIRED_FIELDS if k not in entry]
    if unknown or missing:
        raise AnnotationError(f"{where}: unknown keys {sorted(unknown)}, missing keys {missing}")
    span, occurrence = entry["span_text"], entry.get("occurrence")
    count = text.count(span)
    if occurrence is None and count != 1:
        raise AnnotationError(f"{where}: span_text {span!r} occurs {count} times; give `occurrence`")
    if occurrence is not None and not 0 <= occurrence < count:
        raise AnnotationError(f"{where}: occurrence {occurrence} of {span!r}, which occurs {count} times")
    start = nth_find(text, span, occurrence or 0)
    fields = {k: entry[k] for k in COMPARED_FIELDS if k in entry}
    return Claim(doc_id, span, occurrence, start, start + len(span), fields)


def _non_claim(doc_id: str, text: str, entry: Mapping[str, Any], where: str) -> NonClaim:
    if set(entry) - NON_CLAIM_KEYS or not {"token", "context", "disposition"} <= set(entry):
        raise AnnotationError(f"{where}: needs token, context, disposition (and an optional note)")
    token, context = entry["token"], entry["context"]
    if entry["disposition"] not in NON_CLAIM_DISPOSITIONS:
        raise AnnotationError(f"{where}: {entry['disposition']!r} is not a non-claim disposition")
    if text.count(context) != 1 or context.count(token) != 1:
        raise AnnotationError(f"{where}: context must occur once in the text and hold the token once")
    start = text.find(context) + context.find(token)
    return NonClaim(doc_id, token, context, entry["disposition"], start, start + len(token))


@lru_cache(maxsize=None)
def load(doc_id: str) -> Doc:
    """The text and its annotation, every entry placed in the text."""
    from quantclaims.sources import read_text

    text = read_text(UNSEEN_DIR / f"{doc_id}.txt")
    path = UNSEEN_DIR / f"{doc_id}.toml"
    with path.open("rb") as f:
        raw = tomllib.load(f)
    if raw.get("doc_id") != doc_id:
        raise AnnotationError(f"{path.name}: doc_id {raw.get('doc_id')!r} does not match the file name")
    claims = tuple(
        _claim(doc_id, text, e, f"{path.name} claim {i} ({e.get('span_text')!r})")
        for i, e in enumerate(raw.get("claim", []))
    )
    non_claims = tuple(
        _non_claim(doc_id, text, e, f"{path.name} non_claim {i} ({e.get('context')!r})")
        for i, e in enumerate(raw.get("non_claim", []))
    )
    return Doc(doc_id, text, claims, non_claims)


@lru_cache(maxsize=None)
def known_failures() -> dict[str, tuple[tuple[str, ...], str]]:
    """Case id -> (failing fields, why), from tests/unseen/known_failures.toml."""
    if not KNOWN_FAILURES_FILE.exists():
        return {}
    with KNOWN_FAILURES_FILE.open("rb") as f:
        raw = tomllib.load(f)
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for i, entry in enumerate(raw.get("failure", [])):
        if set(entry) != {"id", "fields", "reason"} or not entry["fields"] or entry["id"] in out:
            raise AnnotationError(f"known_failures.toml failure {i}: needs a new id, fields, reason")
        out[entry["id"]] = (tuple(entry["fields"]), entry["reason"])
    return out


def case(case_id: str, *values: Any) -> Any:
    """A pytest param with a readable id, a strict xfail when listed as a known failure."""
    known = known_failures().get(case_id)
    marks = [pytest.mark.xfail(strict=True, raises=AssertionError, reason=known[1])] if known else []
    return pytest.param(*values, id=case_id, marks=marks)


def conclude(case_id: str, problems: Mapping[str, str]) -> None:
    """Fail with every problem; a known failure must fail on exactly the listed fields."""
    known = known_failures().get(case_id)
    if known is not None and problems and sorted(problems) != sorted(known[0]):
        pytest.fail(
            f"{case_id}: known_failures.toml lists {sorted(known[0])} but the failing fields are "
            f"{sorted(problems)}:\n" + "\n".join(f"  {k}: {v}" for k, v in problems.items()),
            pytrace=False,
        )
    assert not problems, f"{case_id}:\n" + "\n".join(f"  {k}: {v}" for k, v in problems.items())


@lru_cache(maxsize=None)
def built(doc_id: str) -> pd.DataFrame:
    """The claims table the extractor builds from the text (once per document)."""
    from quantclaims.extract import extract

    return extract(load(doc_id).text, doc_id)


def plain(value: Any) -> Any:
    """A cell as a plain Python value, every kind of missing value as None."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def same(name: str, expected: Any, got: Any) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    if name in FLOAT_FIELDS:
        return math.isclose(float(expected), float(got), rel_tol=REL_TOL, abs_tol=1e-12)
    return expected == got


def spans(frame: pd.DataFrame) -> list[tuple[int, int, str]]:
    return [(int(s), int(e), str(t)) for s, e, t in zip(frame["start"], frame["end"], frame["span_text"])]


ALL_CLAIMS = [c for d in doc_ids() for c in load(d).claims]
ALL_NON_CLAIMS = [n for d in doc_ids() for n in load(d).non_claims]
ALL_CASE_IDS = (
    {c.case_id(g) for c in ALL_CLAIMS for g in ("span", *GROUPS)}
    | {n.case_id for n in ALL_NON_CLAIMS}
    | {f"{d}:no extra claims" for d in doc_ids()}
)


# --- the annotation itself (no extractor) ------------------------------------------------------


def test_corpus_is_real_war_reporting_sized() -> None:
    """6-8 short articles, each annotated; every text has claims."""
    ids = doc_ids()
    assert 6 <= len(ids) <= 8
    for d in ids:
        assert (UNSEEN_DIR / f"{d}.toml").exists(), f"{d}.txt has no annotation"
        assert 100 <= len(load(d).text.split()) <= 300, d
        assert load(d).claims, d


@pytest.mark.parametrize("doc_id", doc_ids())
def test_annotation_obeys_schema_and_conventions(doc_id: str) -> None:
    """Allowed values from schema/claims.toml; bounds as the qualifier demands (docs/conventions.md)."""
    from quantclaims.schema import table_spec

    spec = table_spec("claims")
    doc = load(doc_id)
    problems: list[str] = []
    previous_end = -1
    for c in doc.claims:
        where = c.case_id("annotation")
        if c.start < previous_end:
            problems.append(f"{where}: not in text order or overlaps the previous claim")
        previous_end = c.end
        for name in COMPARED_FIELDS:
            allowed, value = spec.column(name).allowed, c.fields.get(name)
            if allowed is not None and value is not None and value not in allowed:
                problems.append(f"{where}: {name}={value!r} not in {allowed}")
        value, low, high = (c.fields.get(k) for k in ("value", "value_low", "value_high"))
        q = c.fields["qualifier"]
        wanted = {"exact": (value, value), "approximate": (None, None), "nearly": (None, value),
                  "more_than": (value, None), "at_least": (value, None), "less_than": (None, value),
                  "at_most": (None, value)}
        if q in wanted and ((low, high) != wanted[q] or value is None):
            problems.append(f"{where}: {q} wants value and bounds {wanted[q]}, has {(low, high)}")
        if q in ("range", "vague") and (value is not None or low is None or high is None or low > high):
            problems.append(f"{where}: {q} wants value null and bounds low <= high")
        if (value is None) != (c.fields.get("normalized_value") is None):
            problems.append(f"{where}: normalized_value is null exactly when value is")
    for n in doc.non_claims:
        if any(c.start < n.end and n.start < c.end for c in doc.claims):
            problems.append(f"{n.case_id}: a non-claim token inside an annotated claim")
    assert not problems, "\n".join(problems)


def test_known_failures_name_existing_cases() -> None:
    stale = sorted(set(known_failures()) - ALL_CASE_IDS)
    assert not stale, f"known_failures.toml names cases that do not exist: {stale}"


# --- the extractor against the annotation ------------------------------------------------------


def _row(claim: Claim) -> tuple[pd.Series | None, dict[str, str]]:
    """The extractor's row at the claim's exact span, or the span problem."""
    frame = built(claim.doc_id)
    rows = frame[(frame["start"] == claim.start) & (frame["end"] == claim.end)]
    if rows.empty:
        near = [s for s in spans(frame) if s[0] < claim.end and claim.start < s[1]]
        return None, {"span": f"no claim spans [{claim.start}:{claim.end}] {claim.span_text!r}; overlapping: {near}"}
    return rows.iloc[0], ({"span": f"{len(rows)} claims share the span"} if len(rows) > 1 else {})


@pytest.mark.parametrize("claim", [case(c.case_id("span"), c) for c in ALL_CLAIMS])
def test_claim_span(claim: Claim) -> None:
    """The whole quantity expression is one claim, at exactly the annotated offsets."""
    conclude(claim.case_id("span"), _row(claim)[1])


@pytest.mark.parametrize(
    "claim, group",
    [case(c.case_id(g), c, g) for c in ALL_CLAIMS for g in GROUPS],
)
def test_claim_fields(claim: Claim, group: str) -> None:
    """One field group of one claim; a claim the extractor does not find fails as 'span'."""
    row, problems = _row(claim)
    if row is not None:
        problems = {}
        for name in GROUPS[group]:
            expected, got = claim.fields.get(name), plain(row[name])
            if not same(name, expected, got):
                problems[name] = f"expected {expected!r}, got {got!r}"
    conclude(claim.case_id(group), problems)


@pytest.mark.parametrize("doc_id", [case(f"{d}:no extra claims", d) for d in doc_ids()])
def test_no_extra_claims(doc_id: str) -> None:
    annotated = {(c.start, c.end) for c in load(doc_id).claims}
    extra = {
        f"extra: {text}": f"claim [{s}:{e}] {text!r} is not annotated"
        for s, e, text in spans(built(doc_id))
        if (s, e) not in annotated
    }
    conclude(f"{doc_id}:no extra claims", extra)


@pytest.mark.parametrize("token", [case(n.case_id, n) for n in ALL_NON_CLAIMS])
def test_non_claim_token_outside_every_claim(token: NonClaim) -> None:
    inside = [s for s in spans(built(token.doc_id)) if s[0] < token.end and token.start < s[1]]
    conclude(token.case_id, {"inside_claim": f"{token.token!r} ({token.disposition}) is inside {inside}"} if inside else {})


# --- the helpers themselves --------------------------------------------------------------------


def test_nth_find_counts_non_overlapping_occurrences() -> None:
    assert nth_find("a ab ab ab", "ab", 2) == 8
    assert nth_find("a ab ab ab", "ab", 3) == -1
    assert nth_find("aaaa", "aa", 1) == 2


def test_loader_rejects_ambiguous_span_and_unknown_keys() -> None:
    entry = {"span_text": "two days", "normalized_unit": "day", "quantity_kind": "duration",
             "claim_type": "duration", "qualifier": "exact"}
    with pytest.raises(AnnotationError, match="occurs 2 times"):
        _claim("d", "two days and two days", entry, "x")
    with pytest.raises(AnnotationError, match="unknown keys"):
        _claim("d", "two days", {**entry, "vlaue": 2}, "x")
    with pytest.raises(AnnotationError, match="context must occur once"):
        _non_claim("d", "one by one, one by one", {"token": "one by one", "context": "one by one",
                                                    "disposition": "idiom"}, "x")


def test_values_compare_with_relative_tolerance() -> None:
    assert same("value", 547.875, 547.8750000000001)
    assert not same("value", 0.667, 2 / 3)
    assert not same("value", None, 0.0)
    assert not same("attributed_to", "the official", "The official")
    assert plain(pd.NA) is None and plain(float("nan")) is None
