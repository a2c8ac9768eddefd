"""Why a number-like token is not a claim: designator, date, time, identifier, idiom, ordinal, unit name.

`classify` gives each token of a sentence a disposition, or None when it may be part of a claim
(quantclaims.claims decides the rest). The patterns are data: lexicon/patterns.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

from quantclaims import units
from quantclaims.lexicon import alternation, load
from quantclaims.numbers import DIGITS, WORD_AFTER, YEARS_ORDINAL, Number
from quantclaims.regex_start import KEY_CLASSES, can_start, may_begin

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
_AFTER_MAX = 80  # how far after a token a pattern may look ("play one ... off the other")


@dataclass(frozen=True)
class _Tables:
    address: re.Pattern[str]
    unit_heads: frozenset[str]
    year: re.Pattern[str]


def _pieces(patterns: Sequence[str]) -> list[str]:
    """Each pattern as a group of an alternation, keeping its own (?i) flag as a scoped group."""
    return [f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})" for p in patterns]


def _join(patterns: Sequence[str]) -> str:
    """One alternation of patterns, each keeping its own (?i) flag as a scoped group."""
    return "|".join(_pieces(patterns))


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """Compile the tables of the non-claim patterns, once."""
    lex = load("patterns")
    year = re.compile(r"(?:1[5-9]|2[01])\d\d")
    return _Tables(re.compile(_join(lex["address"])), frozenset(lex["unit_name_heads"]), year)


GROUP_SETS = (_FOR_DIGITS, _FOR_WORDS, (TIME, DATE))  # the sets of dispositions tried together


@lru_cache(maxsize=len(GROUP_SETS))
def whole_pattern(groups: tuple[str, ...]) -> re.Pattern[str]:
    """The whole alternation of `groups`, each disposition a named group, in order: what
    _pattern_at's pruned patterns must match exactly as. Extraction never compiles it (that cost
    a tenth of a second per process); the tests compare with it."""
    patterns = _sources()
    return re.compile("|".join(f"(?P<{d}>{_join(patterns[d])})" for d in groups))


@lru_cache(maxsize=1)
def _sources() -> dict[str, list[str]]:
    """The patterns of each disposition, as written (dates built from the month names)."""
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
    return {
        IDENTIFIER: lex["identifier"],
        TIME: lex["time"],
        DATE: dates,
        DESIGNATOR: lex["designator"],
        IDIOM: lex["idiom"],
    }


@lru_cache(maxsize=4096)
def _pattern_at(groups: tuple[str, ...], ch: str) -> re.Pattern[str] | None:
    """The pattern of `groups` for a position holding `ch`: only the alternatives that can start
    with ch (quantclaims.regex_start), in their order, so it matches there exactly as the whole
    pattern would; None when none can. Most alternatives start with a digit, a capital or a given
    word, so at a typical position a few of the ~30 remain."""
    return _compile_kept(_kept_at(groups, ch))


@lru_cache(maxsize=4096)
def _kept_at(groups: tuple[str, ...], ch: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The alternatives of _pattern_at (by disposition, their indices)."""
    sources = _sources()
    return tuple((d, tuple(i for i, piece in enumerate(_pieces(sources[d])) if can_start(piece, ch))) for d in groups)


@lru_cache(maxsize=1024)
def _compile_kept(kept: tuple[tuple[str, tuple[int, ...]], ...]) -> re.Pattern[str] | None:
    """One compiled alternation per distinct choice of alternatives (few: characters share them)."""
    sources = _sources()
    alternatives = []
    for d, indices in kept:
        if indices:
            pieces = _pieces(sources[d])
            alternatives.append(f"(?P<{d}>{'|'.join(pieces[i] for i in indices)})")
    return re.compile("|".join(alternatives)) if alternatives else None


# _pattern_at(groups, ch) by groups and character, filled on first use: a dict lookup costs less
# than the lru_cache call (whose key is built and hashed each time)
_BY_CHAR: dict[tuple[str, ...], dict[str, re.Pattern[str] | None]] = {g: {} for g in GROUP_SETS}

_ASCII_DIGITS = "0123456789"
# a digit key's characters (_digit_key): "0" any ASCII digit, "A" any capital (regex_start.KEY_CLASSES)
_TO_CLASS = str.maketrans({c: k for k, members in KEY_CLASSES.items() for c in members})


def _digit_key(text: str, p: int, end: int) -> str:
    """What the text reads at p (an ASCII digit), as _may_begin takes it: the run of ASCII digits
    from p, each as "0", and the two characters after it, a digit as "0" and a capital as "A"
    (KEY_CLASSES), all within ten characters and inside the match window [p, end). "3 cats" reads
    "0 c", "45,000" "00,0", "1990s." "0000s.". Digits and capitals as classes keep the keys few (a
    few hundred in a corpus): the analysis of each is paid once (~0.3 ms, and a compile where its
    choice of alternatives is new)."""
    w = text[p : p + 10] if p + 10 <= end else text[p:end]
    rest = w.lstrip(_ASCII_DIGITS)
    return "0" * (len(w) - len(rest)) + rest[:2].translate(_TO_CLASS)


def _pattern_at_digit(groups: tuple[str, ...], ch: str, key: str) -> re.Pattern[str] | None:
    """_pattern_at(groups, ch) for an ASCII digit ch where the text reads `key` (_digit_key): only
    its alternatives whose match can begin so (regex_start.may_begin), in their order, so it matches exactly
    as the whole pattern would. A digit leaves ~17 alternatives, and a match trying them all cost
    ~16,000 instructions; after "3 c" (a count before a noun) or "45," none remains."""
    table = _BY_DIGIT_KEY[groups]
    pattern = table.get((ch, key), table)
    if pattern is table:
        if len(table) >= 50000:
            table.clear()  # a bound on memory (the keys are few: digits as a class, two characters)
        # (read only up to a character beyond ASCII: a shorter key is as true, and those characters
        # are too many to analyse a key for each, as a text in Chinese would ask: "3年")
        ascii_key = key if key.isascii() else key[: min(i for i, c in enumerate(key) if not c.isascii())]
        feasible = _feasible(groups, ascii_key)
        kept = tuple((d, tuple(i for i in at if i in ok)) for (d, at), ok in zip(_kept_at(groups, ch), feasible))
        pattern = table[ch, key] = _compile_kept(kept)
    return pattern  # type: ignore[return-value]


_BY_DIGIT_KEY: dict[tuple[str, ...], dict[tuple[str, str], Any]] = {g: {} for g in GROUP_SETS}


@lru_cache(maxsize=4096)
def _feasible(groups: tuple[str, ...], key: str) -> tuple[frozenset[int], ...]:
    """For each disposition of groups, the indices of its alternatives that may begin with key (of
    those that may begin with a digit: the others are not asked)."""
    sources = _sources()
    return tuple(frozenset(i for i in at if may_begin(_pieces(sources[d])[i], key)) for d, at in _at_digits(groups))


@lru_cache(maxsize=len(GROUP_SETS))
def _at_digits(groups: tuple[str, ...]) -> tuple[tuple[str, frozenset[int]], ...]:
    """For each disposition of groups, the indices of its alternatives that may begin with a digit."""
    return tuple(
        (d, frozenset().union(*(_kept_at(groups, ch)[k][1] for ch in _ASCII_DIGITS))) for k, d in enumerate(groups)
    )


_CONTEXT = 24
_NEXT_WORDS = re.compile(r"[ \u00a0]+((?:[A-Z][\w.\u2019'-]*[ \u00a0]+){0,2})([A-Z][A-Za-z]+)")


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
    m = WORD_AFTER.match(text, tok.end, hi)
    if m and units.noun(m.group(1)) is not None:
        return False
    return units.sign_before(text, tok.start, max(0, tok.start - 8)) is None


_RUN_STARTS = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]")


def _word_starts(text: str, pos: int, floor: int, n: int) -> list[int]:
    """The starts of the last `n` words starting in [floor, pos], the last first: positions of a
    non-space character after a space (or at the start of the text).

    Read with str.rsplit and str.rfind on the slice, not a character at a time (that walk was a
    quarter of classify): rsplit(None, n) breaks where str.isspace, as split does, but makes only
    the last n words (and what is left before them), and a word found with rfind left of the next
    one is that word, since no word holds a space."""
    head = text[floor : pos + 1]
    words = head.rsplit(None, n)
    out = []
    end = len(head)
    for w in words[:0:-1] if len(words) > n else words[::-1]:
        end = head.rfind(w, 0, end)
        if end == 0 and floor > 0 and not text[floor - 1].isspace():
            break  # the slice starts inside a word
        out.append(floor + end)
    return out


def _anchors(text: str, tok: Number, words: list[int]) -> set[int]:
    """Where a pattern covering the token may start: the word starts before it (`words`, from
    _word_starts, the last first), and each letter or digit run in the token's own word ("X-Pro3",
    "(555)"). A set: _covered keeps the first disposition in its order wherever it is found."""
    chunk = words[0] if words else tok.start
    anchors = {tok.start, *words}
    own = text[chunk : tok.end]
    if not (own.isascii() and own.isalnum()):  # else one run, from chunk (already an anchor)
        anchors.update(m.start() for m in _RUN_STARTS.finditer(text, chunk, tok.end))
    return anchors


def _may_be_address(chunk: str) -> bool:
    """Can an address pattern of lexicon/patterns.toml match in `chunk`? Each needs an "@", a "." or
    a leading "http" or "www." (a test checks every pattern against this): most figures have none,
    and the test costs a tenth of the search."""
    return "@" in chunk or "." in chunk or chunk.startswith(("http", "www."))


def _covered(text: str, tok: Number, lo: int, hi: int) -> str | None:
    """The first non-claim pattern that covers the token. Patterns are tried only where they could
    start (see _anchors), with `match`: scanning a sentence with them would cost ten times more. At
    a letter or a sign only the alternatives that may start with it are tried (_pattern_at); at a
    digit, only those that may begin as the text reads there (_pattern_at_digit): most numbers are
    followed by something no alternative can."""
    raw = text[tok.start : tok.end]
    digits = "0" <= raw[0] <= "9" or any(map(str.isdigit, raw))  # (most start with an ASCII digit)
    # number patterns start at most one word before the digits ("Boeing 737", "Nov. 21"); idioms
    # two ("according to one", "the top three")
    floor = tok.start - _BEFORE - 12
    words = _word_starts(text, tok.start, floor if floor > lo else lo, 2 if digits else 3)  # (max(), written out)
    if digits:
        if words:
            s = words[0]  # the start of the token's own word
        else:  # a word longer than the window
            s = tok.start
            while s > lo and not text[s - 1].isspace():
                s -= 1
        chunk = text[s:hi].split(None, 1)[0]  # the run of non-spaces from s (a word start, never a space)
        if _may_be_address(chunk) and tables().address.search(chunk):
            return IDENTIFIER
    groups = _FOR_DIGITS if digits else _FOR_WORDS
    if digits and units.sign_before(text, tok.start, lo) is not None:
        groups = (TIME, DATE)  # "$US55", "RM23.50", "USD10m": money, whatever letters it touches
    end = tok.end + _AFTER_MAX if tok.end + _AFTER_MAX < hi else hi
    best = None
    by_char = _BY_CHAR[groups]
    for p in _anchors(text, tok, words):
        ch = text[p]
        if "0" <= ch <= "9":
            pattern = _pattern_at_digit(groups, ch, _digit_key(text, p, end))
        else:
            try:
                pattern = by_char[ch]
            except KeyError:
                pattern = by_char[ch] = _pattern_at(groups, ch)
        if pattern is None:
            continue
        m = pattern.match(text, p, end)
        if m is None or m.end() <= tok.start or m.start() >= tok.end:
            continue
        disposition = m.lastgroup
        if disposition == DESIGNATOR and (glued := units.unit_after(text, tok.end, hi)):
            if glued[0].lemma != "millimeter" and m.end() <= glued[2]:
                continue  # "54GB", "16 inch": a number and its unit, not a model ("155mm shells": a calibre)
        if best is None or groups.index(disposition) < groups.index(best):
            best = disposition
    if best is not None:
        return best
    if digits and text[tok.start - 1] in " \u00a0" and _named_number(text, tok, lo, hi):
        return DESIGNATOR  # (a name ends one space before the number: the cheap test first)
    return None


# a name: an acronym ("FTSE", "S&P") or another capitalised word ("Channel"); _named_number says
# where one may stand
_NAME_BEFORE = re.compile(
    r"(?:\b(?P<caps>[A-Z][A-Z&]+)|\b(?P<name>[A-Z][\w&\u2019'-]*|[A-Z&]{2,}))[ \u00a0]\Z"
)
_OPENERS = ".!?:;\u201c\"("  # what a name may not follow with a space between (it opens a sentence or a quote)
_NOT_NAMES = frozenset(
    """The A An In On At Of By For From To And Or But As With About Around Some Nearly Almost Over Under Only
    Just More Less Than Up Down Between Since Until After Before During Per Each Every All Another Other
    US U.S. UK EU""".split()
)


_LETTER_WORD = re.compile(r"[A-Za-z]{2,}")


def _in_capitals(text: str, lo: int, hi: int) -> bool:
    """Is text[lo:hi] written in capitals: four words of letters or more, none with a small letter
    (a line of tickers, "FTSE 100 -0.4%, DAX +0.2%", has fewer)?"""
    words = _LETTER_WORD.findall(text, lo, hi)
    return len(words) >= 4 and all(w.isupper() for w in words)


def _may_end_in_name(text: str, a: int, b: int) -> bool:
    """Can a name of _NAME_BEFORE end at b, inside text[a:b]? A name has no space and holds a
    capital or "&", so the characters after the last space before b must: a cheap test that spares
    the search for most numbers (they follow a lower-case word)."""
    before = text[a:b]
    last = before[before.rfind(" ") + 1 :]
    return not last.islower() or "&" in last


def _named_number(text: str, tok: Number, lo: int, hi: int) -> bool:
    """A plain integer right after a name inside a sentence ("the S&P 500", "Channel 5", "FTSE 100")
    names a thing, unless a unit or counted noun follows it."""
    raw = text[tok.start : tok.end]
    if not raw.isdigit() or tok.start - lo < 3 or text[tok.start - 1] not in " \u00a0":
        return False  # (the name must end one space before the number: the cheap test first)
    a = max(lo, tok.start - 24)
    if not _may_end_in_name(text, a, tok.start - 1):
        return False
    m = _NAME_BEFORE.search(text, a, tok.start)
    if not m or (m.group("caps") or m.group("name")) in _NOT_NAMES:
        return False
    if units.unit_before(text, tok.start, lo) is not None:
        return False  # "Mach 25": a unit written before its number, no name
    first = m.start("caps") if m.group("caps") else m.start("name")
    opening = first <= lo or (text[first - 1 : first].isspace() and text[first - 2 : first - 1] in _OPENERS)
    # a capitalised word that opens the sentence is no name ("About 40 ..."); an acronym is, unless
    # the sentence is written in capitals ("BETWEEN 1600 AND 1900 ...")
    if opening and (m.group("name") or _in_capitals(text, lo, hi)):
        return False
    if units.unit_after(text, tok.end, hi) is not None:
        return False
    nm = WORD_AFTER.match(text, tok.end, hi)
    if nm is None:
        return True
    word = nm.group(1)
    # a counted noun or plural after it makes it a count ("Group A 4 teams"); a verb in -s does not
    # ("the CAC 40 was flat", "the S&P 500 is up 14%", "the FTSE 100 rises")
    if units.noun(word) is not None or (word.endswith("s") and word.islower() and word not in _verbs_after_name()):
        return False
    # a headline capitalizes every word: a known noun after capitalized modifiers counts too ("Ukraine
    # Says It Downed 30 Russian Drones")
    for _ in range(2):
        if not word[:1].isupper() or (nm := WORD_AFTER.match(text, nm.end(), hi)) is None:
            return True
        word = nm.group(1)
        if word[:1].isupper() and units.noun(word) is not None:
            return False
    return True


@lru_cache(maxsize=1)
def _verbs_after_name() -> frozenset[str]:
    """Verbs in -s that may follow a name with a number (nouns.toml [verbs] but the ones that are
    also counted nouns, and the rise and fall verbs of change.toml)."""
    change = load("change")
    verbs = units.word_set("verbs") - units.word_set("verb_nouns")
    return frozenset(verbs | set(change["up"]) | set(change["down"]))


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


def _is_slash_pair(text: str, a: Number, b: Number) -> bool:
    """"9/11", "24/7", "20/20": two small whole numbers joined by a slash that numbers did not read
    as a fraction name a date or a phrase, not two quantities (filed with the identifiers)."""
    if a.form != DIGITS or b.form != DIGITS or b.start != a.end + 1 or text[a.end] != "/":
        return False
    return a.value is not None and b.value is not None and 0 < a.value <= 31 and 0 < b.value <= 31 and not (
        a.sign or b.sign or units.sign_before(text, a.start, max(0, a.start - 4)))


def classify(text: str, lo: int, hi: int, tokens: Sequence[Number]) -> list[str | None]:
    """A disposition for each token of text[lo:hi], or None where it may belong to a claim."""
    out: list[str | None] = [None] * len(tokens)
    last = len(tokens) - 1
    # a little context on both sides: a date or an address may straddle a sentence break
    wide_lo, wide_hi = max(0, lo - _CONTEXT), min(len(text), hi + _CONTEXT)
    for i, tok in enumerate(tokens):
        if out[i] is not None or tok.elapsed:
            continue  # (a time elapsed, "in 2:09:56", is no time of day: numbers._read told them apart)
        # (a score and a slash pair are two tokens one character apart, a bare year four characters
        # long: the calls are spared where they would say no at once)
        if i < last and tokens[i + 1].start == tok.end + 1 and (
            _is_score(text, tok, tokens[i + 1], hi) or _is_slash_pair(text, tok, tokens[i + 1])
        ):
            out[i] = out[i + 1] = IDENTIFIER
            continue
        out[i] = _covered(text, tok, wide_lo, wide_hi)
        if out[i] is not None:
            continue
        if tok.ordinal:  # (one that counts years, "his 50th birthday", is a claim)
            out[i] = None if YEARS_ORDINAL.match(text, tok.end, hi) else _ordinal_disposition(text, tok, hi)
        elif tok.end - tok.start == 4 and _is_bare_year(text, tok, hi):
            out[i] = DATE
    return out
