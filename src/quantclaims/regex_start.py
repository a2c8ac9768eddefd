"""Can a regular expression start a match with a given character? A conservative answer, read from
the parsed pattern.

Why: the extractor tries large alternations of patterns (lexicon/patterns.toml, the number token
regex) with `match` at chosen positions, and `re` tries every alternative there, even those whose
first character cannot be the one in the text. Dropping, for the character at a position, the
alternatives that cannot start with it leaves the first alternative that matches unchanged, so the
match is the same (same span, same group), at a fraction of the cost.

The answer is False only when it is certain: anything this module does not model (back
references, conditionals, Unicode case folding of non-ASCII characters) counts as "may start".
Lookarounds and anchors consume nothing, so they are skipped over (they can only forbid a match).
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C  # type: ignore[attr-defined]  # noqa: PLC2701 (the parser's opcodes; stable since 3.11)
from re import _parser  # type: ignore[attr-defined]  # noqa: PLC2701
from typing import Any

_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}


@lru_cache(maxsize=None)
def _parsed(pattern: str, flags: int) -> Any:
    return _parser.parse(pattern, flags)


def can_start(pattern: str, ch: str, flags: int = 0) -> bool:
    """False only if no match of `pattern` (compiled with `flags`) can begin with the character `ch`.

    The parse tree is Python's internal one (re._parser): should its shape change in a later
    Python, every answer becomes "may start" (nothing pruned, the same matches), not an error."""
    try:
        parsed = _parsed(pattern, flags)
        can, empty = _sequence(parsed.data, ch, bool(parsed.state.flags & re.IGNORECASE))
    except (TypeError, ValueError, AttributeError, IndexError):
        return True
    return can or empty  # a pattern that can match nothing may "start" anywhere


def _sequence(items: Any, ch: str, ic: bool) -> tuple[bool, bool]:
    """(whether a match of the item sequence can start with ch, whether it can be empty)."""
    for op, av in items:
        can, empty = _item(op, av, ch, ic)
        if can:
            return True, False
        if not empty:
            return False, False
    return False, True


def _item(op: Any, av: Any, ch: str, ic: bool) -> tuple[bool, bool]:
    if op is C.LITERAL:
        sure, maybe = _literal(av, ch, ic)
        return maybe, False
    if op is C.NOT_LITERAL:
        return ic or chr(av) != ch, False
    if op is C.ANY:
        return True, False
    if op is C.IN:
        return _in(av, ch, ic), False
    if op is C.BRANCH:
        can = empty = False
        for seq in av[1]:
            c, e = _sequence(seq, ch, ic)
            can, empty = can or c, empty or e
        return can, empty
    if op is C.SUBPATTERN:
        _group, add, remove, seq = av
        sub_ic = (ic or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _sequence(seq, ch, sub_ic)
    if op is C.ATOMIC_GROUP:
        return _sequence(av, ch, ic)
    if op in _REPEATS:
        low, _high, seq = av
        can, empty = _sequence(seq, ch, ic)
        return can, empty or low == 0
    if op in _ZERO_WIDTH:
        return False, True
    return True, True  # back references, conditionals, ...: anything


def _literal(code: int, ch: str, ic: bool) -> tuple[bool, bool]:
    """(surely equal, maybe equal) for one literal character."""
    c = chr(code)
    if c == ch:
        return True, True
    if not ic:
        return False, False
    if c.isascii() and ch.isascii():
        same = c.lower() == ch.lower()
        return same, same
    return False, True  # Unicode case folding ("K" and the Kelvin sign): not modelled


def _in(items: Any, ch: str, ic: bool) -> bool:
    """Whether a character class may match ch (a negated class: unless ch is surely in its set)."""
    negate = False
    sure = maybe = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
            continue
        if op is C.LITERAL:
            s, m = _literal(av, ch, ic)
        elif op is C.RANGE:
            low, high = av
            forms = {ch, ch.lower(), ch.upper()} if ic and ch.isascii() else {ch}
            s = any(low <= ord(f) <= high for f in forms if len(f) == 1)
            m = s or (ic and (not ch.isascii() or high > 127))
        elif op is C.CATEGORY and av in _CATEGORIES:
            unicode = re.fullmatch(_CATEGORIES[av], ch) is not None
            ascii_ = re.fullmatch(_CATEGORIES[av], ch, re.ASCII) is not None
            s, m = unicode and ascii_, unicode or ascii_
        else:
            s, m = False, True
        sure, maybe = sure or s, maybe or m
    return not sure if negate else maybe
