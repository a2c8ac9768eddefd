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

import pytest

from annotations import (
    UNSEEN,
    Claim,
    NonClaim,
    convention_problems,
    extra_claims,
    field_problems,
    non_claim_problems,
    row_at,
)

UNSEEN_DIR = UNSEEN.folder

#: The field groups one test case each; "span" is the claim's existence at the annotated offsets.
GROUPS: dict[str, tuple[str, ...]] = {
    "value": ("value", "value_low", "value_high"),
    "unit": ("unit", "per_unit", "normalized_value", "normalized_unit"),
    "kind": ("quantity_kind", "claim_type"),
    "entity": ("entity",),
    "qualifier": ("qualifier", "qualifier_text", "change"),
    "attribution": ("attributed_to",),
}
case, conclude, doc_ids, load = UNSEEN.case, UNSEEN.conclude, UNSEEN.doc_ids, UNSEEN.load
ALL_CLAIMS = UNSEEN.claims()
ALL_NON_CLAIMS = UNSEEN.non_claims()
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
    problems = convention_problems(load(doc_id))
    assert not problems, "\n".join(problems)


def test_known_failures_name_existing_cases() -> None:
    stale = sorted(set(UNSEEN.known_failures()) - ALL_CASE_IDS)
    assert not stale, f"known_failures.toml names cases that do not exist: {stale}"


# --- the extractor against the annotation ------------------------------------------------------


@pytest.mark.parametrize("claim", [case(c.case_id("span"), c) for c in ALL_CLAIMS])
def test_claim_span(claim: Claim) -> None:
    """The whole quantity expression is one claim, at exactly the annotated offsets."""
    conclude(claim.case_id("span"), row_at(UNSEEN.built(claim.doc_id), claim)[1])


@pytest.mark.parametrize(
    "claim, group",
    [case(c.case_id(g), c, g) for c in ALL_CLAIMS for g in GROUPS],
)
def test_claim_fields(claim: Claim, group: str) -> None:
    """One field group of one claim; a claim the extractor does not find fails as 'span'."""
    row, problems = row_at(UNSEEN.built(claim.doc_id), claim)
    if row is not None:
        problems = field_problems(row, claim, GROUPS[group])
    conclude(claim.case_id(group), problems)


@pytest.mark.parametrize("doc_id", [case(f"{d}:no extra claims", d) for d in doc_ids()])
def test_no_extra_claims(doc_id: str) -> None:
    conclude(f"{doc_id}:no extra claims", extra_claims(UNSEEN, doc_id))


@pytest.mark.parametrize("token", [case(n.case_id, n) for n in ALL_NON_CLAIMS])
def test_non_claim_token_outside_every_claim(token: NonClaim) -> None:
    conclude(token.case_id, non_claim_problems(UNSEEN, token))
