"""lexicon.alternation: the trie-shaped pattern prefers exactly what a flat longest-first one does."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quantclaims.lexicon import alternation


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
