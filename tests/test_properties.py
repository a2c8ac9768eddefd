"""Properties that hold for any text: never raises, spans round-trip, output is deterministic."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hashseed import python_under_seed
from quantclaims.extract import extract, extract_claims, extract_tables

# Arbitrary Unicode, and text built from the pieces the grammar reacts to, so that the odd
# corners (a sign with no number, "between" at the end, a hyphen after a scale) are reached.
PIECES = st.sampled_from(
    ["12", "2,200", "1.8", "billion", "$", "\u20ac", "%", " percent", "-", "to", " to ", ":", "between ", " and ",
     "about ", "at least ", "one", "twice", "a dozen", "half", "\u00bd", "-year-old", " tons", " pounds", " a day",
     " troops", " times as many ", "47th ", "Brigade", "F-16", "Nov. 21", " ", ". ", "\n", "several ", "fold",
     "out of ", " for every ", " nightly", " per barrel", "/yr", "minus ", "+", ".5", "\u00d710^", "PS", "RM",
     " cents", "p ", "-fold", " or so", "Jones, ", "9999999999999999999999999999999999999999999999", "\u0660\u0661", "\U0001d7d9"]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=25).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_never_raises_and_spans_round_trip(text):
    claims = extract_claims(text, "p")
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.span_text
        assert c.sentence_start <= c.start and c.end <= c.sentence_end
        assert c.claim_id == f"p:{c.start}-{c.end}"
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    assert len({c.claim_id for c in claims}) == len(claims)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_mention_spans_round_trip(text):
    claims, mentions = extract_tables(text, "p")
    for row in mentions.itertuples():
        assert text[row.start : row.end] == row.text
        if row.disposition == "claim":
            assert row.claim_id in set(claims.claim_id)
    assert mentions.mention_id.is_unique


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_same_output_on_repeated_runs(text):
    assert extract_claims(text, "p") == extract_claims(text, "p")


SAMPLE = (
    "Moscow has about 45,000 troops, roughly 10-to-1, and lost 1,200 men a day. Bombs weighing one ton fell. "
    "Between 5 and 10 per cent; $1.8 billion; several weeks; twice a month; the 47th Brigade; F-16s in 2022."
)


def _json_in_subprocess(seed: str) -> str:
    code = (
        "import sys; from quantclaims.extract import extract, records_to_json_lines;"
        f"sys.stdout.write('\\n'.join(records_to_json_lines(extract({SAMPLE!r}, 'p'))))"
    )
    return python_under_seed(code, seed).decode()


def test_same_output_whatever_the_hash_seed():
    a, b = _json_in_subprocess("1"), _json_in_subprocess("4242")
    assert a == b
    assert len(a.splitlines()) == len(extract(SAMPLE, "p")) >= 8
