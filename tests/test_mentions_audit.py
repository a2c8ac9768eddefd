"""'Every numeric assertion' can be audited: each number token in a source has a mention row.

Why: a claims table alone cannot show what it left out. An independent scan here (a broad regex for
digits, English number words, ordinals and vulgar fractions, written without looking at the
extractor) finds every number-like token; the mentions table (extract_tables) must account for each
one with a disposition, claim mentions must point at a claim that contains them, and the golden
files' non-claim tokens must get the disposition written there by hand.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

import pandas as pd
import pytest

from test_golden import (
    ALL_NON_CLAIMS,
    NonClaim,
    case,
    conclude,
    golden_doc_ids,
    load_golden,
    source_text,
)

_CARDINALS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen"
).split()
_PLURALS = "hundreds thousands millions billions trillions dozens".split()
_FRACTIONS = "half halves quarter quarters third thirds fourths fifths sixths sevenths eighths ninths tenths".split()
_MULTIPLES = "once twice thrice".split()
_ORDINALS = (
    "first second fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth "
    "fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth billionth"
).split()
NUMBER_WORDS = tuple(sorted(set(_CARDINALS + _PLURALS + _FRACTIONS + _MULTIPLES + _ORDINALS), key=len, reverse=True))

_VULGAR = "\u00bc-\u00be\u2150-\u215e\u2189"
TOKEN = re.compile(
    rf"\d+(?:[.,]\d+)*(?:st|nd|rd|th)?[{_VULGAR}]?"  # 45,000  2.5  47th  2½
    rf"|[{_VULGAR}]"  # ½ on its own
    rf"|\b(?:{'|'.join(NUMBER_WORDS)})\b"  # Ninety, dozen, once, third, ...
    rf"|\b(?:{'|'.join(_CARDINALS)})-?fold\b",  # tenfold, two-fold
    re.IGNORECASE,
)


def number_tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """Every number-like token as (start, end, text)."""
    for m in TOKEN.finditer(text):
        yield m.start(), m.end(), m.group()


@lru_cache(maxsize=None)
def built_tables(doc_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    from quantclaims.extract import extract_tables

    return extract_tables(source_text(doc_id), doc_id)


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Is every character of [start, end) inside some span?"""
    return all(any(s <= i < e for s, e in spans) for i in range(start, end))


def _mentions_over(mentions: pd.DataFrame, start: int, end: int) -> pd.DataFrame:
    return mentions[(mentions["start"] < end) & (mentions["end"] > start)]


DOCS = golden_doc_ids()
AUDIT_CASE_IDS = [f"audit:{d}:{what}" for d in DOCS for what in ("tokens", "claim mentions", "golden claim tokens")]
AUDIT_CASE_IDS += [f"audit:{n.case_id}" for n in ALL_NON_CLAIMS]


# --- the scanner and the golden files (no extractor) --------------------------------------------


def test_scanner_finds_every_kind_of_number_token() -> None:
    text = "Some 45,000 troops, 2½ years, ½ of them, the 47th and 21st, Ninety percent, once, twice, a dozen, tenfold, 1.8 billion, two-thirds."
    found = [t for _, _, t in number_tokens(text)]
    assert found == [
        "45,000", "2½", "½", "47th", "21st", "Ninety", "once", "twice", "dozen", "tenfold", "1.8",
        "billion", "two", "thirds",
    ]


def test_scanner_ignores_numbers_inside_words() -> None:
    assert list(number_tokens("someone often anyone; tone, stone, Athens, manifold")) == []


def test_covered_needs_every_character() -> None:
    assert _covered(2, 5, [(0, 3), (3, 6)])
    assert not _covered(2, 5, [(0, 3), (4, 6)])


@pytest.mark.parametrize("doc_id", DOCS)
def test_golden_accounts_for_every_number_token(doc_id: str) -> None:
    """The hand annotation is thorough: each token is inside a golden claim or a golden non-claim."""
    doc = load_golden(doc_id)
    claims = [(c.start, c.end) for c in doc.claims]
    non_claims = {(n.start, n.end) for n in doc.non_claims}
    missing = [
        f"{t!r} at {s}: ...{doc.text[max(0, s - 30):e + 30]}..."
        for s, e, t in number_tokens(doc.text)
        if (s, e) not in non_claims and not _covered(s, e, claims)
    ]
    assert not missing, "tokens in neither golden list:\n" + "\n".join(missing)
    tokens = {(s, e) for s, e, _ in number_tokens(doc.text)}
    not_tokens = [n.context for n in doc.non_claims if (n.start, n.end) not in tokens]
    assert not not_tokens, f"golden non-claims that the scanner does not see as a token: {not_tokens}"


# --- the extractor's mentions table -------------------------------------------------------------


@pytest.mark.parametrize("doc_id", [case(f"audit:{d}:tokens", d) for d in DOCS])
def test_every_number_token_has_a_mention(doc_id: str) -> None:
    text = source_text(doc_id)
    _, mentions = built_tables(doc_id)
    spans = [(int(s), int(e)) for s, e in zip(mentions["start"], mentions["end"])]
    problems = {}
    bad_text = [(s, e) for (s, e), t in zip(spans, mentions["text"]) if text[s:e] != t]
    if bad_text:
        problems["text"] = f"mention text is not source[start:end] at {bad_text}"
    uncovered = [f"{t!r}@{s}" for s, e, t in number_tokens(text) if not _covered(s, e, spans)]
    if uncovered:
        problems["uncovered"] = f"number tokens with no mention row: {uncovered}"
    conclude(f"audit:{doc_id}:tokens", problems)


@pytest.mark.parametrize("doc_id", [case(f"audit:{d}:claim mentions", d) for d in DOCS])
def test_claim_mentions_point_at_a_containing_claim(doc_id: str) -> None:
    claims, mentions = built_tables(doc_id)
    by_id = {cid: (int(s), int(e)) for cid, s, e in zip(claims["claim_id"], claims["start"], claims["end"])}
    orphans, outside, stray = [], [], []
    for row in mentions.itertuples(index=False):
        claim_id = None if pd.isna(row.claim_id) else row.claim_id
        if row.disposition != "claim":
            if claim_id is not None:
                stray.append(f"{row.text!r}@{row.start} ({row.disposition}) -> {claim_id}")
            continue
        if claim_id not in by_id:
            orphans.append(f"{row.text!r}@{row.start} -> {claim_id}")
            continue
        s, e = by_id[claim_id]
        if not (s <= row.start and row.end <= e):
            outside.append(f"{row.text!r}@{row.start} not inside {claim_id}")
    problems = {}
    if orphans:
        problems["claim_id"] = f"claim mentions naming no claim: {orphans}"
    if outside:
        problems["containment"] = f"claim mentions outside their claim: {outside}"
    if stray:
        problems["stray_claim_id"] = f"non-claim mentions with a claim_id: {stray}"
    conclude(f"audit:{doc_id}:claim mentions", problems)


@pytest.mark.parametrize("doc_id", [case(f"audit:{d}:golden claim tokens", d) for d in DOCS])
def test_tokens_of_golden_claims_are_claim_mentions(doc_id: str) -> None:
    doc = load_golden(doc_id)
    _, mentions = built_tables(doc_id)
    wrong = []
    for c in doc.claims:
        for s, e, t in number_tokens(doc.text):
            if c.start <= s and e <= c.end:
                got = sorted(set(_mentions_over(mentions, s, e)["disposition"]))
                if got != ["claim"]:
                    wrong.append(f"{t!r}@{s} in {c.span_text!r}: {got}")
    conclude(f"audit:{doc_id}:golden claim tokens", {"disposition": "; ".join(wrong)} if wrong else {})


@pytest.mark.parametrize("token", [case(f"audit:{n.case_id}", n) for n in ALL_NON_CLAIMS])
def test_golden_non_claim_disposition(token: NonClaim) -> None:
    _, mentions = built_tables(token.doc_id)
    got = sorted(set(_mentions_over(mentions, token.start, token.end)["disposition"]))
    problems = {}
    if got != [token.disposition]:
        problems["disposition"] = f"{token.token!r}@{token.start}: expected {token.disposition!r}, got {got}"
    conclude(f"audit:{token.case_id}", problems)
