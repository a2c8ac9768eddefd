"""Speech tags and quotations, the building blocks of attribution, on our own sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quantclaims.attribution import attribute
from quantclaims.sentences import split_sentences
from quantclaims.speech import find_tags, kind_of, lexicon, quote_regions


def tags(text: str) -> list[tuple[str, str, str]]:
    """(name, verb, scope) of every tag of a one-sentence text."""
    found = find_tags(text, 0, len(text), quote_regions(text))
    return [(t.name_text, text[t.verb_start : t.verb_end], t.scope) for t in found]


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quote_regions(text)]


def test_curly_quotations_pair_by_direction() -> None:
    text = "“One,” she said. “Two.” And ‘three’ is not a quote; Ukraine’s isn’t either."
    assert quoted(text) == ["“One,”", "“Two.”"]


def test_straight_quotations_open_after_space_and_close_otherwise() -> None:
    text = 'He wrote "It is 5 km," then "six."'
    assert quoted(text) == ['"It is 5 km,"', '"six."']


def test_unclosed_quotation_runs_to_the_end_of_its_line_only() -> None:
    text = "“We kept going.\n“Then we stopped.”"
    assert quoted(text) == ["“We kept going.", "“Then we stopped.”"]


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


def test_verb_alternation_matches_whole_words_only() -> None:
    trigger = lexicon().trigger
    assert [m.group() for m in trigger.finditer("sayings, said, resaid, says, tolds, told")] == ["said", "says", "told"]
    assert trigger.search("According to the police")


def test_kind_of_separates_people_groups_and_organisations() -> None:
    assert kind_of("Ivan Petrov") == "person"
    assert kind_of("a 35-year-old sergeant fighting in the east") == "person"
    assert kind_of("Ukrainian officials") == "plural"
    assert kind_of("Analysts") == "plural"
    assert kind_of("soldiers fighting near the river") == "plural"
    assert kind_of("The Wall Street Journal") == "org"
    assert kind_of("the Pentagon") == "org"
    assert kind_of("the defense ministry") == "org"


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


def test_kind_of_looks_at_the_head_word() -> None:
    assert kind_of("Ivan White") == "person"
    assert kind_of("The mayor’s office") == "org"
    assert kind_of("Ukraine’s General Staff") == "org"
    assert kind_of("The Institute for the Study of War") == "org"


def test_each_reporting_verb_is_in_exactly_one_group() -> None:
    lex = lexicon()
    groups = [lex.free, lex.clause, lex.strict, lex.at_verbs]
    assert sum(len(g) for g in groups) == len(lex.verbs)
    assert {"said", "says", "told", "estimate", "estimated", "believes", "claims", "reported", "report", "writes"} <= lex.verbs
