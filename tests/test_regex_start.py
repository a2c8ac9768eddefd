"""quantclaims.regex_start: which characters (can_start) or keys (may_begin) a pattern can begin a match with
(never a wrong "no")."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quantclaims import mentions, numbers
from quantclaims.regex_start import can_start, may_begin


def test_a_literal_start_rules_out_other_characters() -> None:
    assert can_start(r"No\.\s?\d+", "N")
    assert not can_start(r"No\.\s?\d+", "n")
    assert not can_start(r"No\.\s?\d+", "5")


def test_case_insensitive_starts_match_either_case() -> None:
    assert can_start(r"(?i)once\b", "O")
    assert can_start(r"(?i:once)", "o")
    assert not can_start(r"(?i:once)", "t")
    assert not can_start(r"(?i:x)|(?-i:y)", "Y")


def test_flags_given_apart_count_like_inline_ones() -> None:
    assert not can_start(r"once", "O")
    assert can_start(r"once", "O", re.IGNORECASE)


def test_lookarounds_and_anchors_consume_nothing() -> None:
    assert can_start(r"(?<![$\w])\b[A-Z]\d+", "F")
    assert not can_start(r"(?<![$\w])\b[A-Z]\d+", "f")
    assert can_start(r"(?=x)?\d", "7")


def test_optional_and_repeated_prefixes() -> None:
    pattern = r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}"
    assert can_start(pattern, "+")
    assert can_start(pattern, "(")
    assert can_start(pattern, "5")
    assert not can_start(pattern, "a")


def test_classes_categories_and_negation() -> None:
    assert can_start(r"[^a-c]x", "d")
    assert not can_start(r"[^a-c]x", "b")
    assert can_start(r"\w+", "\u00e9")
    assert not can_start(r"\d", "x")
    assert can_start(r"\d", "\u0663")  # an Arabic-Indic digit is a \d


def test_unknown_or_empty_patterns_may_start_anywhere() -> None:
    assert can_start(r"(a)\1", "a")
    assert can_start(r"(?:a)?", "z")  # may match the empty string
    assert can_start(r"(?i)k", "\u212a")  # the Kelvin sign folds to k: not modelled, so "maybe"


_PIECES = list(" ,.-:/$#'()aAdDeEfFmMnNoOpPsStTxXkK\u00a0\u2019") + [
    "No. ", "Route ", "Boeing ", "Nov. ", "March ", "one ", "once ", "at ", "the ", "F-", "pm", "a.m.", "th ", "mm ",
]
_NUMBERS = ["5", "21", "155", "737", "2024", "1990s", "12:30", "555", "10001", "3"]
_TEXT = st.lists(st.sampled_from(_PIECES) | st.sampled_from(_NUMBERS), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@example("No. 5, Nov. 21, 2024 at 5 pm on Route 9 in a Boeing 737 (555) 123-4567")
@given(_TEXT)
def test_the_pruned_patterns_match_exactly_as_the_whole_ones(text: str) -> None:
    """mentions tries, at each position, only the alternatives that can start with its character:
    the match (span and disposition) must be the one the whole alternation finds."""
    for groups in mentions.GROUP_SETS:
        whole = mentions.whole_pattern(groups)
        for p in range(len(text)):
            pruned = mentions._pattern_at(groups, text[p])
            expected = whole.match(text, p)
            got = pruned.match(text, p) if pruned is not None else None
            assert (got and (got.span(), got.lastgroup)) == (expected and (expected.span(), expected.lastgroup))


def test_a_pattern_reads_the_same_after_pruning() -> None:
    whole = mentions.whole_pattern((mentions.TIME, mentions.DATE))
    pruned = mentions._pattern_at((mentions.TIME, mentions.DATE), "N")
    assert pruned is not None and len(pruned.pattern) < len(whole.pattern)
    m = pruned.match("Nov. 21, 2024 at noon", 0)
    assert m is not None and m.lastgroup == mentions.DATE and m.group() == "Nov. 21, 2024"


_NUMBER_PIECES = list(" ,.-/x*^\u00d7\u00bd\u2044aAsSoOfF\u2019'") + [
    "one ", "Two", "third", "half ", "a ", "an ", "dozen", "million ", "fold", "th", "nd", "and ", "few ", "tens of ",
    "thousands", "once", "twice", "bn", "m", "0s", "10",
]
_NUMBER_TEXT = st.lists(st.sampled_from(_NUMBER_PIECES) | st.sampled_from(_NUMBERS), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@example("a third of 2 1/2 million, tens of thousands, 3x, twenty-five 1990s \u00bd 1.5\u00d710^-3 and 47th")
@given(_NUMBER_TEXT)
def test_the_pruned_token_regex_matches_exactly_as_the_whole_one(text: str) -> None:
    """numbers.scan tries, at each candidate, only the token alternatives that can start with its
    character: the match (span and group) must be the one of the whole token regex, everywhere."""
    whole = numbers.tables().token
    for p in range(len(text)):
        pruned = numbers._token_at(text[p])
        expected = whole.match(text, p)
        got = pruned.match(text, p) if pruned is not None else None
        assert (got and (got.span(), got.lastgroup)) == (expected and (expected.span(), expected.lastgroup))


def test_may_begin_reads_a_pattern_over_a_key() -> None:
    assert not may_begin(r"\b\d{1,2}:\d{2}\b", "0 c")
    assert may_begin(r"\b\d{1,2}:\d{2}\b", "00:")
    assert may_begin(r"\b\d{1,2}:\d{2}\b", "00")  # the rest is unknown
    assert not may_begin(r"\b\d{3}-", "00-")  # "0" stands for one digit
    assert may_begin(r"\b\d{1,2}\s?(?:am|pm)\b", "0 p")
    assert may_begin(r"\d(?i:X)", "0x")  # a scoped case folding
    assert not may_begin(r"\d[A-Z]", "0a")
    assert may_begin(r"\d[A-Z]", "0A")  # "A" stands for any capital
    assert may_begin(r"(\d)\1", "0c")  # a back reference is not modelled: may
    assert may_begin(r"\d{2}", "000")  # a match may end inside the key
