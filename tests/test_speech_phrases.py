"""Names around reporting verbs: each scan on our own phrases."""

from __future__ import annotations

from quantclaims.speech_phrases import apposition_subject, is_proper, np_forward, refine, subject_back


def before(text: str, verb: str = "said") -> str:
    """The subject found before the first `verb` of `text`."""
    p = text.index(" " + verb) + 1
    s, e, _ = subject_back(text, 0, p)
    return text[s:e]


def after(text: str, marker: str) -> str:
    """The noun phrase found after `marker`."""
    i = text.index(marker) + len(marker)
    s, e = np_forward(text, i, len(text))
    return text[s:e]


def test_subject_stops_at_punctuation_and_clause_words() -> None:
    assert before("After the raid, the mayor said 4 died.") == "the mayor"
    assert before("The town held but officials said 4 died.") == "officials"
    assert before("“It is over,” Ivan said.") == "Ivan"


def test_subject_skips_a_relative_clause_a_parenthetical_and_a_time_phrase() -> None:
    assert before("Soldiers who fought there said so.") == "Soldiers"
    assert before("Acme (ACM) said so.") == "Acme"
    assert before("The army on Monday said so.") == "The army"


def test_subject_scan_reports_an_unclean_stop() -> None:
    text = "Russia lost 500 men this year officials said."
    s, e, clean = subject_back(text, 0, text.index("said"))
    assert not clean and text[s:e] == "men this year officials"


def test_a_leading_pronoun_is_the_whole_subject() -> None:
    assert before("It would cost 5 million he said.") == "he"


def test_noun_phrase_after_a_verb_stops_at_commas_relatives_and_the_sentence_end() -> None:
    assert after("said Geniy, a commander.", "said") == "Geniy"
    assert after("said a medic who asked not to be named.", "said") == "a medic"
    assert after("according to the U.S.", "according to") == "the U.S."
    assert after('writes "The Daily Ledger."', "writes") == "The Daily Ledger"


def test_refine_prefers_a_name_given_in_a_description() -> None:
    text = "said a gunner known as Bison, from the 3rd Battery."
    s, e = refine(text, 5, 13, len(text))
    assert text[s:e] == "Bison"
    assert refine(text, 5, 13, 13) == (5, 13)  # beyond the window: unchanged


def test_proper_names_allow_lower_case_joiners_only_inside() -> None:
    for name in ["Ivan Petrov", "Institute for the Study of War", "Ursula von der Leyen", "U.S."]:
        assert is_proper(name, 0, len(name)), name
    for name in ["the Pentagon", "a senior official", "Ukraine’s top commander"]:
        assert not is_proper(name, 0, len(name)), name


def test_apposition_subject_picks_the_name_among_comma_segments() -> None:
    text = "Ivan Sirko, a medic, said"
    (name, whole) = apposition_subject(text, 0, text.index("said"))
    assert text[name[0] : name[1]] == "Ivan Sirko" and whole[0] == 0
    text = "The defense chief, Ana Ruiz, said"
    (name, _) = apposition_subject(text, 0, text.index("said"))
    assert text[name[0] : name[1]] == "Ana Ruiz"
    text = "After the storm, 70 homes had no roof, said"
    assert apposition_subject(text, 0, text.index("said")) is None
