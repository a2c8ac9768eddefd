"""align_text: the light normalization that lets a paraphrase or translation meet its original."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from quantclaims.align_text import content_words, dice, fold, idf_weights, lemma, same_source, weighted_dice


def test_fold_drops_case_diacritics_and_periods() -> None:
    assert fold("Dżyn") == "dzyn"
    assert fold("U.S.") == "us"


def test_abbreviations_are_kept_whole() -> None:
    # "U.S." folds to "us", which must not be dropped as the pronoun.
    assert content_words("U.S. officials told us") == ["us", "official"]


def test_lemma_strips_plural_and_verb_endings_alike_on_both_sides() -> None:
    assert lemma("casualties") == lemma("casualty") == "casualty"
    assert lemma("boxes") == "box" and lemma("churches") == "church"
    assert lemma("attacking") == lemma("attacks") == "attack"
    assert lemma("class") == "class" and lemma("bus") == "bus"


def test_content_words_drop_stopwords_and_fold_synonyms() -> None:
    # "troops", "soldiers" and "men" are one class; "the", "has", "about" are stopwords.
    assert content_words("The army has about 500 troops") == content_words("the army has 500 soldiers") == ["army", "soldier"]
    assert content_words("losses") == content_words("casualties")


def test_dice() -> None:
    assert dice(["a", "b"], ["b", "c"]) == 0.5
    assert dice([], []) is None
    assert dice(["a"], []) == 0.0


def test_same_source() -> None:
    assert not same_source("U.S. officials", "British officials")
    assert same_source("British officials", "British sources")  # generic nouns differ, the source does not
    assert same_source("Petrenko", "Colonel Ivan Petrenko")  # one side names more
    assert same_source("Kowalsky", "Kowalski")  # transliteration
    assert not same_source("the mayor", "the governor")
    assert same_source("officials", "sources")  # both anonymous
    assert same_source("officials", "Swedish officials")  # less specific, not contradicting


def test_idf_weighs_words_found_everywhere_less() -> None:
    sentences = [["city", "flood"], ["city", "mayor"], ["city", "bridge"], ["city", "school"]]
    idf = idf_weights(sentences)
    assert idf["city"] < idf["flood"]
    # Sharing only the ubiquitous word counts for less than sharing a rare one.
    common = weighted_dice(["city", "flood"], ["city", "mayor"], idf)
    rare = weighted_dice(["city", "flood"], ["flood", "mayor"], idf)
    assert common is not None and rare is not None and common < rare
    assert weighted_dice(["a"], ["a"], None) == dice(["a"], ["a"]) == 1.0


@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=20) | st.text(max_size=20))
@settings(max_examples=300, deadline=None)
def test_fold_fast_path_is_the_plain_definition(word: str) -> None:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    assert fold(word) == "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))
