"""Why a number-like token is not a claim: designator, date, time, identifier, idiom, ordinal, unit name.

`classify` gives each token of a sentence a disposition, or None when it may be part of a claim
(quantclaims.claims decides the rest). The patterns are data: lexicon/patterns.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from quantclaims import units
from quantclaims.lexicon import alternation, load
from quantclaims.numbers import DIGITS, Number

UNIT_NAME = "unit_name"
ORDINAL = "ordinal"
DESIGNATOR = "designator"
DATE = "date"
TIME = "time"
IDIOM = "idiom"
IDENTIFIER = "identifier"
CLAIM = "claim"

# Checked in this order: the first pattern that covers a token names it.
_ORDER = (IDENTIFIER, TIME, DATE, DESIGNATOR, IDIOM)


@dataclass(frozen=True)
class _Tables:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    unit_heads: frozenset[str]
    year: re.Pattern[str]


def _join(patterns: Sequence[str]) -> str:
    """One alternation of patterns, each keeping its own (?i) flag as a scoped group."""
    parts = []
    for p in patterns:
        parts.append(f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})")
    return "|".join(parts)


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """Compile the non-claim patterns, once."""
    lex = load("patterns")
    months = alternation(lex["months"])
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    dates = [
        rf"\b(?:{months})\.?[ \u00a0]+{day}\b(?:,?[ \u00a0]+\d{{4}}\b)?",
        rf"\b{day}[ \u00a0]+(?:of[ \u00a0]+)?(?:{months})\b\.?(?:,?[ \u00a0]+\d{{4}}\b)?",
        rf"\b(?:{months})\.?,?[ \u00a0]+\d{{4}}\b",
        r"\b(?:1[5-9]|20)\d\d(?:s\b|[-\u2013/](?:\d\d|(?:19|20)\d\d)\b(?![-/]))",
        r"['\u2019]\d0s\b",
        r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
        r"\b\d{4}-\d{2}-\d{2}\b",
    ]
    patterns = {
        IDENTIFIER: lex["identifier"],
        TIME: lex["time"],
        DATE: dates,
        DESIGNATOR: lex["designator"],
        IDIOM: lex["idiom"],
    }
    compiled = tuple((d, re.compile(_join(patterns[d]))) for d in _ORDER)
    year = re.compile(r"(?:1[89]|20)\d\d")
    return _Tables(compiled, frozenset(lex["unit_name_heads"]), year)


_CONTEXT = 24
_NEXT_WORDS = re.compile(r"[ \u00a0]+((?:[A-Z][\w.\u2019'-]*[ \u00a0]+){0,2})([A-Z][A-Za-z]+)")
_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z]+)")


def _ordinal_disposition(text: str, tok: Number, hi: int) -> str:
    """'47th Mechanized Brigade' names a unit; 'the third year' is a plain ordinal."""
    m = _NEXT_WORDS.match(text, tok.end, hi)
    if m:
        heads = tables().unit_heads
        words = [w.strip(".\u2019'") for w in m.group(1).split()] + [m.group(2)]
        if any(w in heads for w in words):
            return UNIT_NAME
    return ORDINAL


def _is_bare_year(text: str, tok: Number, hi: int) -> bool:
    """A four-digit 1800..2099 written without a comma and not counting anything: a year."""
    raw = text[tok.start : tok.end]
    if tok.form != DIGITS or len(raw) != 4 or not tables().year.fullmatch(raw):
        return False
    if units.unit_after(text, tok.end, hi) is not None:
        return False
    m = _NEXT_WORD.match(text, tok.end, hi)
    if m and units.noun(m.group(1)) is not None:
        return False
    return units.sign_before(text, tok.start, max(0, tok.start - 8)) is None


def classify(text: str, lo: int, hi: int, tokens: Sequence[Number]) -> list[str | None]:
    """A disposition for each token of text[lo:hi], or None where it may belong to a claim."""
    out: list[str | None] = [None] * len(tokens)
    if not tokens:
        return out
    covers: list[tuple[int, int, str]] = []
    # a little context on both sides: a date or an address may straddle a sentence break
    wide_lo, wide_hi = max(0, lo - _CONTEXT), min(len(text), hi + _CONTEXT)
    for disposition, pattern in tables().patterns:
        for m in pattern.finditer(text, wide_lo, wide_hi):
            if m.end() > m.start():
                covers.append((m.start(), m.end(), disposition))
    for i, tok in enumerate(tokens):
        for s, e, disposition in covers:
            if s < tok.end and tok.start < e:
                out[i] = disposition
                break
        if out[i] is not None:
            continue
        if tok.ordinal:
            out[i] = _ordinal_disposition(text, tok, hi)
        elif _is_bare_year(text, tok, hi):
            out[i] = DATE
    return out
