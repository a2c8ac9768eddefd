"""Sentence and paragraph splitting: each boundary phenomenon of news prose, on our own sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quantclaims import sentences
from quantclaims.sentences import is_abbreviation, paragraphs, split_sentences

SOURCES = Path(__file__).resolve().parents[1] / "datasets" / "sources"


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_spans_index_the_unchanged_text_in_order_and_trimmed() -> None:
    text = "  First one.   Second one!\n\n  Third?  \n"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one!", "Third?"]
    assert spans == sorted(spans)
    for s, e in spans:
        assert not text[s].isspace() and not text[e - 1].isspace()


def test_paragraphs_are_trimmed_non_empty_lines() -> None:
    text = "Title line\n\n  Body one. Body two.  \n   \nLast"
    assert [text[s:e] for s, e in paragraphs(text)] == ["Title line", "Body one. Body two.", "Last"]



def test_one_line_paragraph_is_trimmed_without_a_scan() -> None:
    assert paragraphs("  \u00a0Kyiv said 40.\t ") == [(3, 16)]
    assert paragraphs(" \t\u2003 ") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\r\x0b\x0c\x85\u00a0\u2028\u2003\u200baB.1", max_size=10))
def test_one_line_fast_path_agrees_with_the_line_scan(line: str) -> None:
    """A newline-free text takes a shortcut; adding a second line forces the scan: same first line."""
    assert paragraphs(line) == paragraphs(line + "\nx")[:-1]


def test_a_sentence_never_crosses_a_newline() -> None:
    text = "A headline without a period\nThe story begins here. It goes on"
    assert texts(text) == ["A headline without a period", "The story begins here.", "It goes on"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rep. Jane Doe (D., Ore.) said the bill would pass.",
        "Gen. Ivan Petrov visited the front.",
        "Dr. Smith and Mr. Brown met Mrs. Green and Ms. White.",
        "Lt. Col. Anna Kowalska commands the unit.",
        "Sen. Bob Lee spoke to Gov. Ann Kim by phone.",
        "The match was Kyiv vs. Lviv on Sunday.",
        "Some weapons, e.g. mortars, are cheap.",
        "Some weapons, i.e. the old ones, are cheap.",
        "The vote on Nov. 21 was close.",
        "The deal signed Jan. 3 took effect in Feb. 2020.",
        "Resolution No. 42 passed.",
        "They met on St. Mark's Square.",
        "U.S. officials said the attack began at 3 p.m. on Friday.",
        "The team from the U.N. arrived late.",
        "John F. Kennedy flew to Dallas.",
        "Prices rose 2.5 percent to $1.8 billion.",
        "The shelling stopped... and then started again.",
        "“They are attacking all the time—morning, day, night,” said Ivan.",
        "“Why now?” she asked.",
        "“We will hold the line,” he said, “whatever it costs.”",
        "The unit—about 300 men—held the bridge.",
    ],
)
def test_one_sentence_stays_whole(sentence: str) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The troops arrived in the U.S. The war went on.", ["The troops arrived in the U.S.", "The war went on."]),
        ("He works for Acme Inc. He started in May.", ["He works for Acme Inc.", "He started in May."]),
        ("The strike came at 5 a.m. It lasted an hour.", ["The strike came at 5 a.m.", "It lasted an hour."]),
        ("She moved to Tampa, Fla. Then she enlisted.", ["She moved to Tampa, Fla.", "Then she enlisted."]),
        ("It came in Nov. The rest is history.", ["It came in Nov.", "The rest is history."]),
        ("Is it over? Nobody knows.", ["Is it over?", "Nobody knows."]),
        ("Stop! Hold fire.", ["Stop!", "Hold fire."]),
        ("They waited… Nothing came.", ["They waited…", "Nothing came."]),
        ("They waited... Nothing came.", ["They waited...", "Nothing came."]),
        ("He left in 2022. 2023 was worse.", ["He left in 2022.", "2023 was worse."]),
    ],
)
def test_ambiguous_periods_end_a_sentence_before_an_opener(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_closing_quote_after_the_period_belongs_to_the_sentence() -> None:
    text = "He said: “We will not leave.” The shelling resumed."
    assert texts(text) == ["He said: “We will not leave.”", "The shelling resumed."]


def test_straight_quotes_close_after_the_period() -> None:
    text = 'The paper wrote "It is over." Nobody agreed.'
    assert texts(text) == ['The paper wrote "It is over."', "Nobody agreed."]


def test_quotation_then_attribution_is_one_sentence() -> None:
    text = "“We lost 12 men,” the captain said. “It was hard.”"
    assert texts(text) == ["“We lost 12 men,” the captain said.", "“It was hard.”"]


def test_question_in_a_quotation_with_a_capitalised_speech_tag() -> None:
    text = "“How many were there?” Petrov asked. Nobody answered."
    assert texts(text) == ["“How many were there?” Petrov asked.", "Nobody answered."]


def test_quotation_with_a_pronoun_tag_after_a_period_is_one_sentence() -> None:
    text = "“We held for two weeks.” He said. Then they left."
    assert texts(text) == ["“We held for two weeks.” He said.", "Then they left."]


def test_a_new_sentence_starting_with_a_quote_is_split() -> None:
    text = "The guns fell silent. “Now we wait,” he said."
    assert texts(text) == ["The guns fell silent.", "“Now we wait,” he said."]


def test_reported_speech_starting_with_he_said_is_a_new_sentence() -> None:
    text = "“We held.” He said the unit lost 5 tanks."
    assert texts(text) == ["“We held.”", "He said the unit lost 5 tanks."]


def test_lower_case_after_a_period_is_not_a_boundary() -> None:
    assert texts("The figure is approx. three times higher.") == ["The figure is approx. three times higher."]
    assert texts("He waited for the vs. match.") == ["He waited for the vs. match."]


def test_list_number_at_paragraph_start_is_not_a_sentence() -> None:
    assert texts("1. The first point.") == ["1. The first point."]


def test_is_abbreviation_knows_lexicon_and_shapes() -> None:
    assert is_abbreviation("Gen") and is_abbreviation("U.S") and is_abbreviation("F")
    assert is_abbreviation("a.m") and is_abbreviation("Fla") and is_abbreviation("Nov")
    assert not is_abbreviation("troops") and not is_abbreviation("ill")


@pytest.mark.parametrize("name", ["wsj-kursk-2024.txt", "rereport-kursk-2024.txt"])
def test_every_pysbd_boundary_on_the_sources_is_one_of_ours(name: str) -> None:
    """Agreement with pysbd; we additionally split a multi-sentence quotation into its sentences."""
    import pysbd
    text = (SOURCES / name).read_text(encoding="utf-8")
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    theirs = set()
    for ps, pe in paragraphs(text):
        for c in seg.segment(text[ps:pe]):
            end = ps + c.end
            while text[end - 1].isspace():
                end -= 1
            theirs.add(end)
    ours = {e for _, e in split_sentences(text)}
    assert theirs <= ours
    for end in ours - theirs:
        # an extra boundary only inside a quotation: the quote is still open there
        before = text[text.rfind("\n", 0, end) + 1 : end]
        assert before.count("“") > before.count("”") or before.count('"') % 2 == 1


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=".!?\u2026\"'\u201d\u2019\u00bb)] \n\tAa1,\u00e9\u2014", max_size=14), st.integers(0, 3))
def test_the_candidate_pattern_finds_what_the_plain_one_does(text: str, lo: int) -> None:
    """sentences._CANDIDATE (written for a fast first-character test) matches as the plain pattern."""
    plain = re.compile(sentences._PLAIN_CANDIDATE)
    lo = min(lo, len(text))
    assert [m.span() for m in sentences._CANDIDATE.finditer(text, lo)] == [m.span() for m in plain.finditer(text, lo)]
