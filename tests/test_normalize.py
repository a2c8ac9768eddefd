"""quantclaims.normalize: the word-list test behind claim types (whole words, any case)."""

from __future__ import annotations

import pytest

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
