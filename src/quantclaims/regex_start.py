"""Can a regular expression start a match with a given character (can_start), or begin one where the
text reads a given key (may_begin)? Conservative answers, read from the parsed pattern.

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
from re import _compiler, _parser  # type: ignore[attr-defined]  # noqa: PLC2701
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


# ---- May a match begin where the text reads a given key? (a longer look than can_start's one
# character: mentions tries its non-claim patterns at a digit only where they may begin as the text
# reads there, "3 c" in "He had 3 cats" leaving none)

# what a character of a key stands for: "0" any ASCII digit, "A" any capital letter (others themselves)
KEY_CLASSES = {"0": "0123456789", "A": "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def may_begin(piece: str, key: str) -> bool:
    """False only if no match of `piece` can begin where the text reads `key` (a character of key
    that names a class of KEY_CLASSES stands for any of its members): the match may end inside key or
    read on past it. A conservative walk of the pattern (_steps) over key, keeping the set of places
    in key each step may end at: repeats and branches go every way they can, zero-width items
    (\\b, lookarounds) were left out as if they held, and anything not modelled (a back reference)
    counts as "may"."""
    steps = _steps(piece)
    if steps is None:
        return True
    ends = _ends(steps, key, {0})
    return ends is None or bool(ends)  # past key, or a whole match inside it


_ONE, _BRANCH, _REPEAT = 0, 1, 2  # the kinds of step
_Steps = tuple[tuple[Any, ...], ...]


@lru_cache(maxsize=None)
def _steps(piece: str) -> _Steps | None:
    """The parsed pattern as a sequence of steps _ends walks, or None where it holds something not
    modelled: (_ONE, test) one character (test: the item compiled alone, with its flags, so a class
    reads as re reads it), (_BRANCH, sequences), (_REPEAT, low, high, sequence). Groups are opened
    into their sequence (an atomic one too: every way it may go, more than it allows)."""
    try:
        parsed = _parser.parse(piece)
        return _sequence_steps(parsed.data, bool(parsed.state.flags & re.IGNORECASE), parsed.state)
    except _Unmodelled:
        return None


class _Unmodelled(Exception):
    pass


def _sequence_steps(items: Any, ic: bool, state: Any) -> _Steps:
    steps: list[tuple[Any, ...]] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            if state.flags & re.IGNORECASE and not ic:
                raise _Unmodelled  # a scoped flag turns a global folding off: one item cannot say so
            one = _compiler.compile(_parser.SubPattern(state, [(op, av)]), re.IGNORECASE if ic else 0)
            steps.append((_ONE, one.match))
        elif op is C.BRANCH:
            steps.append((_BRANCH, tuple(_sequence_steps(seq, ic, state) for seq in av[1])))
        elif op is C.SUBPATTERN:
            _group, add, remove, seq = av
            steps.extend(_sequence_steps(seq, (ic or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE, state))
        elif op is C.ATOMIC_GROUP:
            steps.extend(_sequence_steps(av, ic, state))
        elif op in _REPEATS:
            low, high, seq = av
            steps.append((_REPEAT, low, high, _sequence_steps(seq, ic, state)))
        else:
            raise _Unmodelled
    return tuple(steps)


def _ends(steps: _Steps, key: str, starts: set[int]) -> set[int] | None:
    """Where in key a match of the steps begun at any of `starts` may end; None when it may read
    past the end of key (what follows is unknown, so it may match)."""
    n = len(key)
    for step in steps:
        if n in starts:
            return None
        kind = step[0]
        after: set[int] = set()
        if kind == _ONE:
            test = step[1]
            for i in starts:
                if _char_may(test, key[i]):
                    after.add(i + 1)
        elif kind == _BRANCH:
            for seq in step[1]:
                got = _ends(seq, key, starts)
                if got is None:
                    return None
                after |= got
        else:
            got = _repeat(step[1], step[2], step[3], key, starts)
            if got is None:
                return None
            after = got
        starts = after
        if not starts:
            break
    return starts


def _repeat(low: int, high: int, seq: _Steps, key: str, starts: set[int]) -> set[int] | None:
    """Where `low` to `high` repetitions of seq begun at `starts` may end (greedy or not: every count)."""
    out = set(starts) if low == 0 else set()
    cur = starts
    count = 0
    while cur and count < high:
        got = _ends(seq, key, cur)
        if got is None:
            return None
        cur = got
        count += 1
        if count >= low:
            if cur <= out:
                break  # nothing new: more repetitions end only where fewer did
            out |= cur
    return out


_MAY: dict[tuple[Any, str], bool] = {}


def _char_may(test: Any, ch: str) -> bool:
    """May the one-character step match ch (where ch names a class, some member of it)?"""
    may = _MAY.get((test, ch))
    if may is None:
        may = _MAY[test, ch] = any(test(c) is not None for c in KEY_CLASSES.get(ch, ch))
    return may
