"""The words of speech: quotations, the reporting-verb lexicon and the kinds of speakers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quantclaims.speech_words import inside_quote, kind_of, lexicon, quote_regions, trigger_matches


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


def test_verb_alternation_matches_whole_words_only() -> None:
    trigger = lexicon().trigger
    assert [m.group() for m in trigger.finditer("sayings, said, resaid, says, tolds, told")] == ["said", "says", "told"]
    assert trigger.search("According to the police")


def _spans(matches: list) -> list[tuple]:
    return [(m.span(), m.group(), m.group("according"), m.group("count")) for m in matches]


def test_trigger_matches_finds_verbs_according_to_and_possessive_counts() -> None:
    text = "The mayor’s estimates, she said, were low; according to police, the army's count estimates 40."
    got = [m.group() for m in trigger_matches(text)]
    assert got == ["’s estimates", "said", "according to", "'s count", "estimates"]
    assert _spans(trigger_matches(text)) == _spans(lexicon().trigger.finditer(text))


def test_trigger_matches_skips_words_that_only_look_like_triggers() -> None:
    text = "Resaid sayings, tolds and accordingly: it's 2 counts_, Said's count_x, according\nto2."
    assert _spans(trigger_matches(text)) == _spans(lexicon().trigger.finditer(text)) == []


_PIECES = ["said", "says", "estimates", "estimate", "count", "data", "according", "According", "to", "army",
           "’s", "'s", "s", "’", " ", "  ", "\n", ",", ".", "2", "_", "é", "put"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_trigger_matches_equal_a_full_regex_scan(pieces: list[str]) -> None:
    """The word-indexed scan is only an optimisation: it must find exactly finditer's matches."""
    text = "".join(pieces)
    assert _spans(trigger_matches(text)) == _spans(lexicon().trigger.finditer(text))


def test_kind_of_separates_people_groups_and_organisations() -> None:
    assert kind_of("Ivan Petrov") == "person"
    assert kind_of("a 35-year-old sergeant fighting in the east") == "person"
    assert kind_of("Ukrainian officials") == "plural"
    assert kind_of("Analysts") == "plural"
    assert kind_of("soldiers fighting near the river") == "plural"
    assert kind_of("The Wall Street Journal") == "org"
    assert kind_of("the Pentagon") == "org"
    assert kind_of("the defense ministry") == "org"


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


def test_inside_quote_is_strictly_between_the_marks() -> None:
    text = "He said “We won” today."
    quotes = quote_regions(text)
    opening = text.index("“")
    assert not inside_quote(opening, quotes)
    assert inside_quote(opening + 1, quotes)
    assert not inside_quote(text.index("today"), quotes)


def test_trigger_matches_reads_ascii_and_other_texts_alike() -> None:
    """ASCII texts take a bytes fast path to rule out trigger-free sentences: the same words count."""
    for text in ("Officials said 5 died.", "Officials said 5 died \u2014 reportedly."):
        assert [m.group() for m in trigger_matches(text)] == ["said"]
    for text in ("Officials said_ 5, unsaid 6, said2 7.", "Officials said_ 5, unsaid 6, said2 7 \u2014"):
        assert trigger_matches(text) == []
