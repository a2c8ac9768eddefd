"""The helpers shared by the golden and unseen comparisons (tests/annotations.py), tested once."""

import pandas as pd
import pytest

from annotations import AnnotationError, locate_claim, locate_non_claim, nth_find, plain, same


def test_nth_find_counts_non_overlapping_occurrences() -> None:
    assert nth_find("a ab ab ab", "ab", 0) == 2
    assert nth_find("a ab ab ab", "ab", 2) == 8
    assert nth_find("a ab ab ab", "ab", 3) == -1
    assert nth_find("aaaa", "aa", 1) == 2


def test_loader_rejects_ambiguous_span_and_unknown_keys() -> None:
    entry = {"span_text": "two days", "normalized_unit": "day", "quantity_kind": "duration",
             "claim_type": "duration", "qualifier": "exact"}
    with pytest.raises(AnnotationError, match="occurs 2 times"):
        locate_claim("d", "two days and two days", entry, "x")
    with pytest.raises(AnnotationError, match="unknown keys"):
        locate_claim("d", "two days", {"span_text": "two days", "vlaue": 2}, "x")
    with pytest.raises(AnnotationError, match="unknown keys"):
        locate_claim("d", "two days", {**entry, "vlaue": 2}, "x")
    with pytest.raises(AnnotationError, match="context must occur once"):
        locate_non_claim("d", "one by one, one by one", {"token": "one by one", "context": "one by one",
                                                         "disposition": "idiom"}, "x")


def test_values_compare_with_relative_tolerance() -> None:
    assert same("value", 997.903214, 997.9032140000002)
    assert same("value", 547.875, 547.8750000000001)
    assert not same("value", 997.9, 997.903214)
    assert not same("value", 0.667, 2 / 3)
    assert not same("value", None, 0.0)
    assert same("entity", None, None)
    assert not same("attributed_to", "the soldier", "The soldier")
    assert not same("attributed_to", "the official", "The official")
    assert plain(pd.NA) is None and plain(float("nan")) is None
