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

# Checked in this order: the first pattern that covers a token names it. Digits can be any of the
# first four; number words only a time ("five o'clock") or an idiom.
_ORDER = (IDENTIFIER, TIME, DATE, DESIGNATOR, IDIOM)
_FOR_DIGITS = (IDENTIFIER, TIME, DATE, DESIGNATOR)
_FOR_WORDS = (TIME, IDIOM)
_BEFORE = 20  # how far before a token a pattern covering it may start
_AFTER = {IDENTIFIER: 24, TIME: 16, DATE: 16, DESIGNATOR: 48, IDIOM: 80}  # how far after it one may look
_CHUNK = re.compile(r"\S+")


@dataclass(frozen=True)
class _Tables:
    patterns: dict[str, re.Pattern[str]]
    address: re.Pattern[str]
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
    compiled = {d: re.compile(_join(patterns[d])) for d in _ORDER}
    year = re.compile(r"(?:1[5-9]|2[01])\d\d")
    return _Tables(compiled, re.compile(_join(lex["address"])), frozenset(lex["unit_name_heads"]), year)


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
    """A four-digit 1500..2199 written without a comma and not counting anything: a year."""
    raw = text[tok.start : tok.end]
    if tok.form != DIGITS or len(raw) != 4 or not tables().year.fullmatch(raw):
        return False
    if units.unit_after(text, tok.end, hi) is not None:
        return False
    m = _NEXT_WORD.match(text, tok.end, hi)
    if m and units.noun(m.group(1)) is not None:
        return False
    return units.sign_before(text, tok.start, max(0, tok.start - 8)) is None


def _covered(text: str, tok: Number, lo: int, hi: int) -> str | None:
    """The first non-claim pattern that covers the token, tried only in a window around it."""
    t = tables()
    raw = text[tok.start : tok.end]
    digits = any(ch.isdigit() for ch in raw)
    if digits:
        s = tok.start
        while s > lo and not text[s - 1].isspace():
            s -= 1
        chunk = _CHUNK.match(text, s, hi)
        if chunk and t.address.search(chunk.group(0)):
            return IDENTIFIER
    start = max(lo, tok.start - _BEFORE)
    groups = _FOR_DIGITS if digits else _FOR_WORDS
    if digits and units.sign_before(text, tok.start, lo) is not None:
        groups = (TIME, DATE)  # "$US55", "RM23.50", "USD10m": money, whatever letters it touches
    glued = units.unit_after(text, tok.end, hi) if digits else None
    for disposition in groups:
        for m in t.patterns[disposition].finditer(text, start, min(hi, tok.end + _AFTER[disposition])):
            if m.start() >= tok.end:
                break
            if m.end() > tok.start:
                if (disposition == DESIGNATOR and glued and m.start() == tok.start and glued[2] == m.end()
                        and glued[0].lemma != "millimeter"):
                    continue  # "54GB", "10W": a number and its unit, not a model ("155mm shells" is a calibre)
                return disposition
    if digits and _named_number(text, tok, lo, hi):
        return DESIGNATOR
    return None


_NAME_BEFORE = re.compile(r"(?<![.!?:;\u201c\"(]\s)(?<!^)\b((?:[A-Z][\w&\u2019'-]*|[A-Z&]{2,}))[ \u00a0]\Z")
_NOT_NAMES = frozenset(
    """The A An In On At Of By For From To And Or But As With About Around Some Nearly Almost Over Under Only
    Just More Less Than Up Down Between Since Until After Before During Per Each Every All Another Other
    US U.S. UK EU""".split()
)


def _named_number(text: str, tok: Number, lo: int, hi: int) -> bool:
    """A plain integer right after a name inside a sentence ("the S&P 500", "Channel 5", "FTSE 100")
    names a thing, unless a unit or counted noun follows it."""
    raw = text[tok.start : tok.end]
    if not raw.isdigit() or tok.start - lo < 3:
        return False
    m = _NAME_BEFORE.search(text, max(lo + 1, tok.start - 24), tok.start)
    if not m or m.group(1) in _NOT_NAMES or m.start(1) <= lo:
        return False
    if text[m.start(1) - 2 : m.start(1)] in (". ", "! ", "? "):
        return False
    if units.unit_after(text, tok.end, hi) is not None:
        return False
    nm = _NEXT_WORD.match(text, tok.end, hi)
    return not (nm and (units.noun(nm.group(1)) is not None or nm.group(1).endswith("s") and nm.group(1).islower()))


_SCORE_GAP = re.compile(r"[-\u2013]")


def _is_score(text: str, a: Number, b: Number, hi: int) -> bool:
    """"3-1", "89-89": two small integers joined by a dash, the second not larger and no unit after
    them, are a score (a result, not a quantity; filed with the identifiers)."""
    if a.form != DIGITS or b.form != DIGITS or b.start != a.end + 1 or not _SCORE_GAP.match(text, a.end):
        return False
    if a.value is None or b.value is None or not (0 <= b.value <= a.value < 200) or a.sign or b.sign:
        return False
    if not (a.integer and b.integer) or units.unit_after(text, b.end, hi) is not None:
        return False
    return True


def classify(text: str, lo: int, hi: int, tokens: Sequence[Number]) -> list[str | None]:
    """A disposition for each token of text[lo:hi], or None where it may belong to a claim."""
    out: list[str | None] = [None] * len(tokens)
    # a little context on both sides: a date or an address may straddle a sentence break
    wide_lo, wide_hi = max(0, lo - _CONTEXT), min(len(text), hi + _CONTEXT)
    for i, tok in enumerate(tokens):
        if out[i] is not None:
            continue
        if i + 1 < len(tokens) and _is_score(text, tok, tokens[i + 1], hi):
            out[i] = out[i + 1] = IDENTIFIER
            continue
        out[i] = _covered(text, tok, wide_lo, wide_hi)
        if out[i] is not None:
            continue
        if tok.ordinal:
            out[i] = _ordinal_disposition(text, tok, hi)
        elif _is_bare_year(text, tok, hi):
            out[i] = DATE
    return out
