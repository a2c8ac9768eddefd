"""quantclaims.normalize: the word-list test behind claim types (whole words, any case), and
hundredths read as the decimals written."""

from __future__ import annotations

import pytest

from quantclaims.extract import extract_claims
from quantclaims.normalize import _has_word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the occupied territory", True),
        ("TERRITORIES held", True),  # any case
        ("a territorial claim", False),  # a whole word, not a prefix of one
        ("the mainland", False),  # nor the end of one
        ("48 square kilometers of it", True),  # a phrase of the list
        ("", False),
        (None, False),
    ],
)
def test_has_word_finds_whole_words_of_a_list(text, expected):
    assert _has_word(text, "territory_words") is expected


def test_has_word_reads_the_named_list():
    assert _has_word("two guided missiles", "munition_words")
    assert not _has_word("two guided missiles", "territory_words")


@pytest.mark.parametrize(("text", "normalized"), [("Unemployment was 4.1%.", 0.041), ("Margins were 5.8 per cent.", 0.058),
                                                  ("A stamp costs 67 cents.", 0.67)])
def test_a_share_or_cents_normalize_to_the_decimal_written(text, normalized):
    # exact equality: 4.1 / 100 in binary is 0.040999999999999995
    assert extract_claims(text, "t")[0].normalized_value == normalized
