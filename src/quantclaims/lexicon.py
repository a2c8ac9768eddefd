"""The lexicons under quantclaims/lexicon/*.toml, read once on first use.

Word lists are data, not code: number words, unit words, qualifier words, vague words, counted
nouns and the patterns of non-claim mentions each live in one TOML file, read here and nowhere else.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from quantclaims.errors import QuantclaimsError


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The parsed lexicon `name` (file lexicon/<name>.toml)."""
    ref = resources.files("quantclaims") / "lexicon" / f"{name}.toml"
    try:
        with ref.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise QuantclaimsError(f"lexicon {name!r} is missing: {ref} does not exist") from None
    except tomllib.TOMLDecodeError as exc:
        raise QuantclaimsError(f"lexicon {name!r} ({ref}) is not valid TOML: {exc}") from None


def writes_any(text: str, lo: int, hi: int, words: frozenset[str]) -> bool:
    """Is one of `words` (lower case) written as a word in text[lo:hi]? A set test per word: much
    cheaper than trying a large pattern at every word start, so it gates the expensive patterns.

    The words are the runs of ASCII letters, lowered: cut out and lowered in one bytes.translate
    (every other character, "?" for a non-ASCII one, becomes a space), no Python step per word."""
    return not _ascii_words(words).isdisjoint(lowered_letters(text, lo, hi).split())


_LOWER_LETTERS_ONLY = bytes(b | 0x20 if 65 <= b <= 90 or 97 <= b <= 122 else 32 for b in range(256))


def lowered_letters(text: str, lo: int, hi: int) -> bytes:
    """text[lo:hi] (lo and hi read as re reads pos and endpos) as bytes at the same offsets: ASCII
    letters lowered, every other character (a non-ASCII one too) a space. Its runs between spaces
    are the runs of [A-Za-z] lowered, cut out in C."""
    # max(lo, 0), max(hi, 0) written out: two calls to max cost more than the rest of this line
    return text[lo if lo > 0 else 0 : hi if hi > 0 else 0].encode("ascii", "replace").translate(_LOWER_LETTERS_ONLY)


@lru_cache(maxsize=64)
def _ascii_words(words: frozenset[str]) -> frozenset[bytes]:
    """The members a lowered run of ASCII letters can equal, as bytes."""
    return frozenset(w.encode("ascii") for w in words if w.isascii() and w.isalpha() and w.islower())


@lru_cache(maxsize=512)
def whole_word(word: str, end: str = r"(?!\w)") -> re.Pattern[str]:
    r"""`word` (a literal starting with a \w character) with no \w before it and `end` after it:
    what r"(?<!\w)word(?!\w)" matches (with end=r"\b", what r"\bword\b" matches), match for match.

    Written with the literal first and the look-behind last, r"word(?!\w)(?<!\wword)": a pattern
    opening with an assertion has no literal prefix, so re tried it at every character of the text
    (10x slower on a 5,000-character article, a sixth of extracting it)."""
    literal = re.escape(word)
    return re.compile(rf"{literal}{end}(?<!\w{literal})")


# the characters other than its two cases that re.IGNORECASE matches to an ASCII letter (a str
# pattern; tests/test_lexicon.py checks the table against every code point)
RE_FOLDS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
FOLDED_TO_ASCII = frozenset("".join(RE_FOLDS.values()))  # those non-ASCII characters
_FOLD_TARGETS = {ch: letter + letter.upper() for letter, chars in RE_FOLDS.items() for ch in chars}


def ignorecase_variants(chars: Iterable[str]) -> frozenset[str]:
    """Every character re.IGNORECASE (a str pattern) matches to one of `chars`: each in both cases,
    an ASCII letter's non-ASCII folds ("k": the Kelvin sign) and a fold's ASCII letters (the long s:
    "s", "S"). For the cheap first- or last-character tests before lexicon patterns."""
    # (a case of one character may be two, "\u0130".lower(): no character of the text is that)
    cased = {v for ch in chars for c in (ch, ch.lower(), ch.upper()) if len(c) == 1 for v in (c, *_FOLD_TARGETS.get(c, ""))}
    return frozenset(cased).union(*(RE_FOLDS.get(c, "") for c in cased))  # ("\u0131" and "\u0130" meet at "i")


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of the literal phrases, the longest match first.

    Built as a trie (shared prefixes factored out): `re` tries a flat a|b|c alternative by
    alternative, which made each failed unit lookup cost ~14 us; the trie costs ~1 us and matches the
    same phrases in the same order of preference (a longer phrase before its prefix). Spaces in a
    phrase match any run of spaces (not line breaks, which never join a phrase).
    """
    tree: dict[str, dict] = {}
    for word in set(words):
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [
            (r"[ \t\u00a0]+" if ch == " " else re.escape(ch)) + build(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:%s)" % "|".join(alts)
        return "(?:%s)?" % body if "" in node else body

    return build(tree)
