"""One reader for both hand-annotated corpora: the golden Kursk files and the unseen war reporting.

Why: tests/golden/ (the two sources the extractor was built on) and tests/unseen/ (texts it has never
seen) use one annotation format (docs/conventions.md: absent key = null, `occurrence` when a span
repeats, offsets found with str.find, never from the extractor) and one known-failures list format.
Reading, placing, validating and comparing them lives here once, so the two measures cannot drift
apart; the test files keep only what they assert. A `Corpus` says where the differences are: which
folder holds the annotation, where the texts are, and which files list the documents.

Nothing is read at import: a corpus reads its files when first asked, and caches them.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Mapping

import pandas as pd
import pytest

TESTS_DIR = Path(__file__).resolve().parent

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
    note: str | None = None

    def case_id(self, group: str | None = None) -> str:
        """'<doc>:<span>[#n]', and ':<group>' when the claim is tested per field group."""
        suffix = f"#{self.occurrence}" if self.occurrence else ""
        return f"{self.doc_id}:{self.span_text}{suffix}" + (f":{group}" if group else "")

    def expected(self, name: str) -> Any:
        """The annotated value of a compared field; an absent key means null."""
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
class Doc:
    doc_id: str
    text: str
    claims: tuple[Claim, ...]
    non_claims: tuple[NonClaim, ...] = field(default=())


@dataclass(frozen=True)
class KnownFailure:
    case_id: str
    fields: tuple[str, ...]
    reason: str


def nth_find(text: str, needle: str, n: int) -> int:
    """Offset of the n-th (0-based) non-overlapping occurrence of needle, or -1."""
    pos = text.find(needle)
    for _ in range(n):
        if pos < 0:
            return -1
        pos = text.find(needle, pos + len(needle))
    return pos


def locate_claim(doc_id: str, text: str, entry: Mapping[str, Any], where: str) -> Claim:
    """A [[claim]] entry placed in the text by its span_text (and occurrence when it repeats)."""
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
    return Claim(doc_id, span, occurrence, start, start + len(span), fields, entry.get("note"))


def locate_non_claim(doc_id: str, text: str, entry: Mapping[str, Any], where: str) -> NonClaim:
    """A [[non_claim]] entry: its token placed inside a context that occurs once in the text."""
    if set(entry) - NON_CLAIM_KEYS or not {"token", "context", "disposition"} <= set(entry):
        raise AnnotationError(f"{where}: needs token, context, disposition (and an optional note)")
    token, context = entry["token"], entry["context"]
    if entry["disposition"] not in NON_CLAIM_DISPOSITIONS:
        raise AnnotationError(f"{where}: disposition {entry['disposition']!r} is not a non-claim disposition")
    if text.count(context) != 1 or context.count(token) != 1:
        raise AnnotationError(
            f"{where}: context must occur once in the text and hold the token once (context {context!r} "
            f"occurs {text.count(context)} times, token {token!r} {context.count(token)} times in it)"
        )
    start = text.find(context) + context.find(token)
    return NonClaim(doc_id, token, context, entry["disposition"], start, start + len(token))


@dataclass(frozen=True)
class Corpus:
    """An annotated corpus: `<folder>/<doc_id>.toml` annotates `<text_dir>/<doc_id>.txt`.

    The documents are the stems of `folder.glob(listed_by)` (known_failures.toml excluded), so a
    corpus whose texts sit beside the annotation can list them by text and notice a missing TOML.
    """

    folder: Path
    text_dir: Path
    listed_by: str = "*.toml"

    @property
    def known_failures_file(self) -> Path:
        return self.folder / "known_failures.toml"

    def doc_ids(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob(self.listed_by) if p != self.known_failures_file)

    def text(self, doc_id: str) -> str:
        """The stored text, read the way the package reads it."""
        from quantclaims.sources import read_text

        return read_text(self.text_dir / f"{doc_id}.txt")

    @cache
    def load(self, doc_id: str) -> Doc:
        """Read <folder>/<doc_id>.toml and place every entry in the text."""
        path = self.folder / f"{doc_id}.toml"
        with path.open("rb") as f:
            raw = tomllib.load(f)
        if raw.get("doc_id") != doc_id:
            raise AnnotationError(f"{path}: doc_id {raw.get('doc_id')!r} does not match the file name")
        text = self.text(doc_id)
        claims = tuple(
            locate_claim(doc_id, text, e, f"{path.name} claim {i} ({e.get('span_text')!r})")
            for i, e in enumerate(raw.get("claim", []))
        )
        non_claims = tuple(
            locate_non_claim(doc_id, text, e, f"{path.name} non_claim {i} ({e.get('context')!r})")
            for i, e in enumerate(raw.get("non_claim", []))
        )
        return Doc(doc_id, text, claims, non_claims)

    def claims(self) -> list[Claim]:
        return [c for d in self.doc_ids() for c in self.load(d).claims]

    def non_claims(self) -> list[NonClaim]:
        return [n for d in self.doc_ids() for n in self.load(d).non_claims]

    @cache
    def built(self, doc_id: str) -> pd.DataFrame:
        """The claims table the extractor builds from the text (once per document)."""
        from quantclaims.extract import extract

        return extract(self.load(doc_id).text, doc_id)

    @cache
    def known_failures(self) -> dict[str, KnownFailure]:
        """Case id -> the fields that fail and why, from <folder>/known_failures.toml."""
        path = self.known_failures_file
        if not path.exists():
            return {}
        with path.open("rb") as f:
            raw = tomllib.load(f)
        out: dict[str, KnownFailure] = {}
        for i, entry in enumerate(raw.get("failure", [])):
            if set(entry) != {"id", "fields", "reason"} or not entry["fields"]:
                raise AnnotationError(f"{path.name} failure {i}: needs id, fields (non-empty), reason")
            if entry["id"] in out:
                raise AnnotationError(f"{path.name}: {entry['id']!r} listed twice")
            out[entry["id"]] = KnownFailure(entry["id"], tuple(entry["fields"]), entry["reason"])
        return out

    def case(self, case_id: str, *values: Any) -> Any:
        """A pytest param with a readable id, marked strict xfail when listed as a known failure."""
        known = self.known_failures().get(case_id)
        marks = [pytest.mark.xfail(strict=True, raises=AssertionError, reason=known.reason)] if known else []
        return pytest.param(*values, id=case_id, marks=marks)

    def conclude(self, case_id: str, problems: Mapping[str, str]) -> None:
        """Fail with every problem; a known failure must fail on exactly the listed fields."""
        known = self.known_failures().get(case_id)
        listing = "\n".join(f"  {k}: {v}" for k, v in problems.items())
        if known is not None and problems and sorted(problems) != sorted(known.fields):
            pytest.fail(
                f"{case_id}: {self.known_failures_file.name} lists fields {sorted(known.fields)} but the "
                f"failing ones are {sorted(problems)}; update the list:\n" + listing,
                pytrace=False,
            )
        assert not problems, f"{case_id}:\n" + listing


GOLDEN = Corpus(TESTS_DIR / "golden", TESTS_DIR.parent / "datasets" / "sources")
UNSEEN = Corpus(TESTS_DIR / "unseen", TESTS_DIR / "unseen", listed_by="*.txt")


def plain(value: Any) -> Any:
    """A cell as a plain Python value, with every kind of missing value as None."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value.item() if hasattr(value, "item") else value


def same(name: str, expected: Any, got: Any) -> bool:
    """Equal, floats within REL_TOL, null only equal to null."""
    if expected is None or got is None:
        return expected is None and got is None
    if name in FLOAT_FIELDS:
        return math.isclose(float(expected), float(got), rel_tol=REL_TOL, abs_tol=1e-12)
    return expected == got


def spans(frame: pd.DataFrame) -> list[tuple[int, int, str]]:
    return [(int(s), int(e), str(t)) for s, e, t in zip(frame["start"], frame["end"], frame["span_text"])]


def row_at(frame: pd.DataFrame, claim: Claim) -> tuple[pd.Series | None, dict[str, str]]:
    """The extractor's row at the claim's exact span, or the span problem."""
    rows = frame[(frame["start"] == claim.start) & (frame["end"] == claim.end)]
    if rows.empty:
        near = [s for s in spans(frame) if s[0] < claim.end and claim.start < s[1]]
        return None, {"span": f"no claim spans [{claim.start}:{claim.end}] {claim.span_text!r}; overlapping: {near}"}
    return rows.iloc[0], ({"span": f"{len(rows)} claims share the span"} if len(rows) > 1 else {})


def field_problems(row: pd.Series, claim: Claim, names: tuple[str, ...]) -> dict[str, str]:
    """Field name -> 'expected ..., got ...' for each named field the row gets wrong."""
    problems: dict[str, str] = {}
    for name in names:
        expected, got = claim.expected(name), plain(row[name])
        if not same(name, expected, got):
            problems[name] = f"expected {expected!r}, got {got!r}"
    return problems


def extra_claims(corpus: Corpus, doc_id: str) -> dict[str, str]:
    """Every claim the extractor builds at offsets no annotated claim has."""
    annotated = {(c.start, c.end) for c in corpus.load(doc_id).claims}
    return {
        f"extra: {text}": f"claim [{s}:{e}] {text!r} is not annotated"
        for s, e, text in spans(corpus.built(doc_id))
        if (s, e) not in annotated
    }


def non_claim_problems(corpus: Corpus, token: NonClaim) -> dict[str, str]:
    """The non-claim token must lie outside every claim the extractor builds."""
    inside = [s for s in spans(corpus.built(token.doc_id)) if s[0] < token.end and token.start < s[1]]
    return {"inside_claim": f"{token.token!r} ({token.disposition}) at {token.start} is inside {inside}"} if inside else {}


def convention_problems(doc: Doc) -> list[str]:
    """Allowed values from schema/claims.toml; bounds as the qualifier demands (docs/conventions.md);
    claims in text order; no non-claim token inside an annotated claim."""
    from quantclaims.schema import table_spec

    spec = table_spec("claims")
    problems: list[str] = []
    previous_end = -1
    for c in doc.claims:
        where = c.case_id()
        if c.start < previous_end:
            problems.append(f"{where}: not in text order or overlaps the previous claim")
        previous_end = c.end
        for name in COMPARED_FIELDS:
            allowed, value = spec.column(name).allowed, c.expected(name)
            if allowed is not None and value is not None and value not in allowed:
                problems.append(f"{where}: {name}={value!r} not in {allowed}")
        value, low, high = c.expected("value"), c.expected("value_low"), c.expected("value_high")
        q = c.expected("qualifier")
        wanted = {"exact": (value, value), "approximate": (None, None), "nearly": (None, value),
                  "more_than": (value, None), "at_least": (value, None), "less_than": (None, value),
                  "at_most": (None, value)}
        if q in wanted and ((low, high) != wanted[q] or value is None):
            problems.append(f"{where}: {q} wants value set and bounds {wanted[q]}, has {(low, high)}")
        if q in ("range", "vague"):
            if value is not None or c.expected("normalized_value") is not None:
                problems.append(f"{where}: {q} has value and normalized_value null")
            if low is None or high is None or low > high:
                problems.append(f"{where}: {q} needs both bounds, low <= high")
        if (value is None) != (c.expected("normalized_value") is None):
            problems.append(f"{where}: normalized_value is null exactly when value is")
    for n in doc.non_claims:
        if any(c.start < n.end and n.start < c.end for c in doc.claims):
            problems.append(f"{n.case_id}: a non-claim token inside an annotated claim")
    return problems
