"""lexicon.alternation: the trie-shaped pattern prefers exactly what a flat longest-first one does."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quantclaims import lexicon
from quantclaims.lexicon import alternation, whole_word, writes_any


def _flat(words):
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t\u00a0]+") for w in unique)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="ab c.", min_size=1, max_size=5).filter(str.strip), min_size=1, max_size=8),
    st.text(alphabet="ab c.\n", max_size=20),
)
def test_trie_matches_like_longest_first_alternation(words, text):
    words = [w.strip() for w in words]
    trie, flat = re.compile(f"(?:{alternation(words)})"), re.compile(f"(?:{_flat(words)})")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_longer_phrase_wins_and_spaces_stretch():
    p = re.compile(rf"\b(?:{alternation(['per', 'per cent', 'percent'])})\b")
    assert p.search("5 per  cent").group() == "per  cent"
    assert p.search("5 percent").group() == "percent"
    assert p.search("per\ncent").group() == "per"


_GATE_WORDS = frozenset(["about", "some", "a", "k", "up", "rose", "Over", "naïve", "at least"])


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="aboutsmeAOUSKk\u212a\u00ef\u00e9 -.,'\u20195", max_size=24), st.integers(-3, 26),
    st.integers(-3, 26),
)
def test_writes_any_is_a_set_test_on_the_lowered_runs_of_ascii_letters(text, lo, hi):
    """The definition: the runs of ASCII letters between lo and hi (as re reads pos and endpos), lowered,
    meet the word set. Non-ASCII letters ("\u212a", the Kelvin sign; "\u00ef") separate words, and
    a member with a capital, a space or a non-ASCII letter can never be met."""
    runs = {w.lower() for w in re.compile(r"[A-Za-z]+").findall(text, lo, hi)}
    assert writes_any(text, lo, hi, _GATE_WORDS) == bool(runs & _GATE_WORDS)


def test_writes_any_finds_whole_words_only():
    assert writes_any("It ROSE by 5", 0, 12, _GATE_WORDS)
    assert not writes_any("arose by 5", 0, 10, _GATE_WORDS)
    assert writes_any("na\u00efve K", 0, 7, _GATE_WORDS)  # "K": the run after the non-ASCII letter
    assert not writes_any("over", 0, 4, _GATE_WORDS)  # "Over" is in the set, never a lowered run
    assert not writes_any("ab\u00efout r\u212aose", 0, 11, _GATE_WORDS)  # a non-ASCII letter splits a word


# words of letters, digits, "_" and the marks a name may hold ("U.S.", "Al-Assad", "O'Neil"), in a text
# of those and of non-ASCII letters ("é" is \w, "\u2019" is not), spaces and line breaks
_WORDS = st.text(alphabet="ab_1é.-'", min_size=1, max_size=4).filter(lambda w: re.match(r"\w", w))
_TEXTS = st.text(alphabet="ab_1é.-' \u2019\n", max_size=30)


@settings(max_examples=400, deadline=None)
@given(_WORDS, _TEXTS)
def test_whole_word_matches_what_the_lookbehind_first_pattern_matches(word, text):
    plain = re.compile(r"(?<!\w)%s(?!\w)" % re.escape(word))
    assert [m.span() for m in whole_word(word).finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_WORDS, _TEXTS)
def test_whole_word_with_a_boundary_end_matches_what_word_boundaries_match(word, text):
    plain = re.compile(r"\b%s\b" % re.escape(word))
    assert [m.span() for m in whole_word(word, r"\b").finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_whole_word_skips_a_word_inside_a_longer_one():
    assert [m.start() for m in whole_word("said").finditer("unsaid, said; saids said_ résaid said")] == [8, 33]


def test_the_folds_of_ascii_letters_are_all_listed():
    """lexicon.RE_FOLDS names every non-ASCII character re.IGNORECASE matches to an ASCII letter,
    each under its letter; FOLDED_TO_ASCII is the set of them."""
    others = "".join(map(chr, range(0x80, 0x110000)))
    assert set(re.findall("[a-z]", others, re.IGNORECASE)) == {ch for chars in lexicon.RE_FOLDS.values() for ch in chars}
    for letter, chars in lexicon.RE_FOLDS.items():
        assert all(re.fullmatch(letter, ch, re.IGNORECASE) for ch in chars)
    letter = re.compile("[a-z]", re.IGNORECASE)
    assert {chr(c) for c in range(0x80, 0x110000) if letter.fullmatch(chr(c))} == lexicon.FOLDED_TO_ASCII


def test_ignorecase_variants_are_what_ignorecase_matches():
    """Every character re.IGNORECASE matches to a listed one, and none other, among all code points."""
    everything = [chr(c) for c in range(0x110000)]
    for ch in "akKsS\u017f\u212aiI\u0131\u0130$5e":
        pattern = re.compile(re.escape(ch), re.IGNORECASE)
        assert {c for c in everything if pattern.fullmatch(c)} == lexicon.ignorecase_variants([ch]), ch
