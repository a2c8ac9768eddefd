"""The extractor against the hand-written golden annotation of both sources (tests/golden/*.toml).

Why: the golden files are the one independent statement of what a careful reader lists as the
numeric assertions of each source. Every golden claim is its own test case, so a regression names the
claim and the field. Offsets come from span_text + occurrence (str.find), never from the extractor.

Cases the current extractor gets wrong are listed in tests/golden/known_failures.toml with the fields
that fail; they run as strict xfails, so a fix shows up as a surprise pass, and a listing whose fields
no longer match the real failure fails outright (the list stays honest).
"""

from __future__ import annotations

import pytest

from annotations import (
    GOLDEN,
    COMPARED_FIELDS,
    Claim,
    NonClaim,
    convention_problems,
    extra_claims,
    field_problems,
    non_claim_problems,
    row_at,
)

case, conclude = GOLDEN.case, GOLDEN.conclude
ALL_CLAIMS = GOLDEN.claims()
ALL_NON_CLAIMS = GOLDEN.non_claims()


# --- the golden files themselves (no extractor) ------------------------------------------------


@pytest.mark.parametrize("doc_id", GOLDEN.doc_ids())
def test_golden_file_obeys_schema_and_conventions(doc_id: str) -> None:
    """Allowed values from schema/claims.toml; bounds as the qualifier demands (docs/conventions.md)."""
    problems = convention_problems(GOLDEN.load(doc_id))
    assert not problems, "\n".join(problems)


# --- the extractor against the golden annotation -----------------------------------------------


@pytest.mark.parametrize("golden", [case(c.case_id(), c) for c in ALL_CLAIMS])
def test_claim_matches_golden(golden: Claim) -> None:
    row, problems = row_at(GOLDEN.built(golden.doc_id), golden)
    if row is not None:
        if row["span_text"] != golden.span_text or row["doc_id"] != golden.doc_id:
            problems["span_text"] = f"span_text {row['span_text']!r} / doc_id {row['doc_id']!r}"
        problems |= field_problems(row, golden, COMPARED_FIELDS)
    conclude(golden.case_id(), problems)


@pytest.mark.parametrize("doc_id", [case(f"{d}:no extra claims", d) for d in GOLDEN.doc_ids()])
def test_no_claims_beyond_golden(doc_id: str) -> None:
    conclude(f"{doc_id}:no extra claims", extra_claims(GOLDEN, doc_id))


@pytest.mark.parametrize("token", [case(n.case_id, n) for n in ALL_NON_CLAIMS])
def test_non_claim_token_outside_every_claim(token: NonClaim) -> None:
    conclude(token.case_id, non_claim_problems(GOLDEN, token))


def test_known_failures_name_golden_cases() -> None:
    """Every listed known failure is a case that exists (a stale id would otherwise go unnoticed)."""
    ids = {c.case_id() for c in ALL_CLAIMS} | {n.case_id for n in ALL_NON_CLAIMS}
    ids |= {f"{d}:no extra claims" for d in GOLDEN.doc_ids()}
    from test_mentions_audit import AUDIT_CASE_IDS

    stale = sorted(set(GOLDEN.known_failures()) - ids - set(AUDIT_CASE_IDS))
    assert not stale, f"known_failures.toml names cases that do not exist: {stale}"
