"""Speech tags, the building blocks of attribution, and property tests of the whole path."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quantclaims.attribution import attribute
from quantclaims.sentences import split_sentences
from quantclaims.speech import find_tags
from quantclaims.speech_words import quote_regions


def tags(text: str) -> list[tuple[str, str, str]]:
    """(name, verb, scope) of every tag of a one-sentence text."""
    found = find_tags(text, 0, len(text), quote_regions(text))
    return [(t.name_text, text[t.verb_start : t.verb_end], t.scope) for t in found]


def test_forward_tag_has_after_scope() -> None:
    assert tags("Officials said that 40 died.") == [("Officials", "said", "after")]


def test_parenthetical_and_final_tags_have_both_scopes() -> None:
    assert tags("After the raid, Ivan said, 40 died.") == [("Ivan", "said", "both")]
    assert tags("Forty died, the mayor said.") == [("the mayor", "said", "both")]
    assert tags("Forty died, the mayor told reporters.") == [("the mayor", "told", "both")]


def test_according_to_is_a_tag_on_both_sides() -> None:
    assert tags("Forty died, according to the mayor.") == [("the mayor", "according to", "both")]


def test_the_tag_covers_its_apposition() -> None:
    text = "“We are 20,” said Ivan, a 30-year-old driver."
    (tag,) = find_tags(text, 0, len(text), quote_regions(text))
    assert tag.name_text == "Ivan"
    assert text[tag.lo : tag.hi] == "said Ivan, a 30-year-old driver."


def test_verb_inside_a_quotation_is_not_a_tag() -> None:
    text = "“They said we had 3 days,” Ivan recalled."
    assert tags(text) == [("Ivan", "recalled", "both")]


_WORDS = st.sampled_from(
    ["said", "he", "she", "Ivan", "officials", "according", "to", "the", "a", "20", "3.5", "U.S.", "Gen.",
     "“", "”", '"', ",", ".", "?", "—", "(", ")", "\n", "told", "that", "who", "by", "was", "reported"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_any_text_gives_well_formed_sentences_and_attributions(words: list[str]) -> None:
    text = " ".join(words)
    sentences = split_sentences(text)
    prev_end = 0
    for s, e in sentences:
        assert prev_end <= s < e <= len(text)
        assert "\n" not in text[s:e] and not text[s].isspace() and not text[e - 1].isspace()
        prev_end = e
    spans = [(i, i + 2) for i in range(len(text)) if text.startswith("20", i)]
    for att in attribute(text, sentences, spans):
        if att is not None and att.start is not None:
            assert text[att.start : att.end] == att.name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aZ9 .,;:!?\n\"“”’'()—-") + ["said ", "told ", "he ", "according to "]), max_size=60))
def test_arbitrary_characters_never_break_the_splitter_or_the_tagger(pieces: list[str]) -> None:
    text = "".join(pieces)
    sentences = split_sentences(text)
    spans = [(i, i + 1) for i, c in enumerate(text) if c == "9"]
    for att in attribute(text, sentences, spans):
        if att is not None and att.start is not None:
            assert text[att.start : att.end] == att.name



def test_a_time_phrase_between_a_strict_verb_and_that_is_no_object() -> None:
    assert tags("The navy claimed on Friday that 9 boats sank.") == [("The navy", "claimed", "after")]
    assert tags("Rebels claimed last week that they held 4 towns.") == [("Rebels", "claimed", "after")]
    assert tags("The flood claimed on Friday 9 lives.") == []  # a time, then an object: no speech
