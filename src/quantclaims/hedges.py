"""Hedges and directions written around a figure: qualifier words ("some", "at least", "~") and
change words ("rose 5%", "a 3% drop"). The word lists are lexicon/qualifiers.toml and change.toml.

Phrases that must end right where a figure starts are matched backwards from it with `back`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quantclaims.errors import QuantclaimsError
from quantclaims.lexicon import alternation, load, lowered_letters, writes_any

_S = r"[ \t\u00a0]"
# "by" right before a figure: "fell by 3%" moves by it (claims, borrowing)
BY_BEFORE = re.compile(rf"(?<![\w-])by{_S}+\Z", re.IGNORECASE)
_HY = "-\u2010\u2011\u2013\u2014"
ARTICLE_BEFORE = re.compile(rf"(?<![\w-])(?:a|an|the){_S}+\Z", re.IGNORECASE)  # an article ending where a figure starts


@dataclass(frozen=True)
class _Tables:
    qual_before: re.Pattern[str]
    qual_kind: dict[str, str]
    qual_after: re.Pattern[str]
    qual_after_kind: dict[str, str]
    first_words: frozenset[str]  # words a qualifier can start with: a cheap test before the regex
    symbol_chars: str
    particle_verbs: frozenset[str]  # "ticked up to 4%": "up to" is a destination, no hedge
    # the last words of the qualifiers that end in a letter, lowered -> the words that can come right
    # before that last word (empty: any, the last word is a qualifier alone); as lowered_letters cuts them
    last_words: dict[bytes, frozenset[bytes]]
    sign_ends: tuple[str, ...]  # the other qualifiers' last words ("approx.", "sub-", "~"), lowered


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """Compile the qualifier lexicon, once."""
    lex = load("qualifiers")
    kinds = {w.lower(): k for k, ws in lex.items() if k not in ("suffixes", "symbols", "particle_verbs") for w in ws}
    symbols = {w: k for k, ws in lex["symbols"].items() for w in ws}
    before = re.compile(
        rf"(?<![\w-])(?P<q>{alternation(kinds)}){_S}+\Z|(?<![\w<>=~\u2248])(?P<s>{alternation(symbols)}){_S}?\Z", re.IGNORECASE
    )
    kinds.update(symbols)
    # (as the gate reads them: runs of letters, so "approx." is "approx")
    firsts = frozenset(w.split()[0].rstrip(".") for w in kinds if w[0].isalpha())
    after_kinds = {w.lower(): k for k, ws in lex["suffixes"].items() for w in ws}
    after = re.compile(rf"(?:{_S}*|-)(?P<q>{alternation(after_kinds)})\b", re.IGNORECASE)  # "or more", "100,000-plus"
    ends = {w.lower().split()[-1] for w in kinds}
    # each last word that is a run of letters -> the words written before it ("to" -> "close",
    # "closer", "up"); empty when the word is a qualifier alone ("about") or a word before it is no run
    before_last: dict[bytes, set[bytes]] = {}
    for w in kinds:
        *words, last = w.lower().split()
        if last.isascii() and last.isalpha():
            prev = words[-1] if words else ""
            before_last.setdefault(last.encode(), set()).add(prev.encode() if prev.isascii() and prev.isalpha() else b"")
    sign_ends = tuple(sorted(w for w in ends if not (w.isascii() and w.isalpha())))
    if any(w[-1:].isascii() and w[-1:].isalpha() for w in sign_ends):  # qualifier_before's first test relies on it
        raise QuantclaimsError(f"lexicon 'qualifiers': a qualifier ending in a letter must end in a word: {sign_ends}")
    return _Tables(before, kinds, after, after_kinds, firsts, "".join(sorted({w[0] for w in symbols})),
                   frozenset(w.lower() for w in lex["particle_verbs"]),
                   {w: frozenset() if b"" in ps else frozenset(ps) for w, ps in before_last.items()}, sign_ends)


WORD_BEFORE = re.compile(rf"(?<![\w-])([A-Za-z]+){_S}+\Z")  # the word before a figure (group 1), searched in a window




_STARTS = re.compile(r"(?<![A-Za-z0-9'\u2019])[^\s]")


def back(pattern: re.Pattern[str], text: str, lo: int, pos: int, reach: int) -> re.Match[str] | None:
    """The match of a pattern that must end at `pos` (it ends in \\Z), starting at most `reach`
    characters before it. Tried with `match` at word starts only: far cheaper than `search`, which
    would try the whole pattern at every character."""
    at_starts = _at_word_starts(pattern.pattern, pattern.flags)
    first = pos - reach if pos - reach > lo else lo  # max(), written out: a call to it costs more than the test
    if at_starts is not None:  # the same loop, run inside `re` by one search
        return at_starts.search(text, first, pos)
    for m in _STARTS.finditer(text, first, pos):
        found = pattern.match(text, m.start(), pos)
        if found:
            return found
    return None


@lru_cache(maxsize=64)
def _at_word_starts(pattern: str, flags: int) -> re.Pattern[str] | None:
    """`pattern` allowed to start only where _STARTS matches: its first match by `search` is the
    first word start where `pattern` matches, with the same groups (the prefix only looks). None
    when the pattern cannot be wrapped (a global flag written inside it)."""
    try:
        return re.compile(rf"(?-i:(?<![A-Za-z0-9'\u2019]))(?=[^\s])(?:{pattern})", flags)
    except re.error:
        return None


_SPACES = re.compile(r"\s+")


def qualifier_before(text: str, pos: int, lo: int) -> tuple[str, str, int] | None:
    """Hedging words ending at `pos` ("some", "at least", "~"): (qualifier, words as written, start)."""
    t = tables()
    window = pos - 24 if pos - 24 > lo else lo
    # the cheapest test first: a qualifier ends right before `pos` (spaces aside), so the window ends
    # with one's sign ("~", "approx.") or its last word, which (no letter right before it) is then
    # the last run of letters; most figures have none. A qualifier of several words has its word
    # before that one right before it, past the spaces: the run before ("up" or "close" before "to";
    # "went to" has no qualifier). Lowering folds case as re does on ASCII text only (re also folds
    # "\u017f" to "s", "\u0131" to "i"), so other text goes on to the tests below. No sign ends in a
    # letter, so a window ending in one needs no test of the signs.
    written = text[window:pos]
    if written.isascii():
        tail = written.rstrip(" \t")
        head, _, last = lowered_letters(tail, 0, len(tail)).rpartition(b" ")
        before = t.last_words.get(last)
        if before is None:
            if last or not tail.lower().endswith(t.sign_ends):
                return None
        elif before and head.rstrip().rpartition(b" ")[2] not in before:
            return None
    return _qualifier_before(text, pos, lo, t, window)


def _qualifier_before(text: str, pos: int, lo: int, t: _Tables, window: int) -> tuple[str, str, int] | None:
    """qualifier_before past its first test."""
    if not writes_any(text, window, pos, t.first_words) and set(text[pos - 5 : pos]).isdisjoint(t.symbol_chars):
        return None
    m = back(t.qual_before, text, lo, pos, 24)
    if not m:
        return None
    q = m.group("q") or m.group("s")
    if q.lower().startswith("up") and m.group("q"):
        prev = WORD_BEFORE.search(text, max(lo, m.start() - 16), m.start())
        if prev and prev.group(1).lower() in t.particle_verbs:
            return None  # "ticked up to 4.1%": the level reached, not "at most"
    return t.qual_kind[_SPACES.sub(" ", q.lower())], q, m.start("q") if m.group("q") else m.start("s")


def kind(words: str) -> str | None:
    """The qualifier that hedging words name ("roughly" -> "approximate", "~" -> "approximate"), or
    None: how a reader of qualifier_text (a hedged range's "about") tells what the hedge means."""
    return tables().qual_kind.get(" ".join(words.lower().split()))


def qualifier_after(text: str, pos: int, hi: int, noun_next: bool = True) -> tuple[str, str, int] | None:
    """Hedging words written after a figure ("45,000 or so", "10 or more"): (qualifier, words, end).
    A spaced "plus" with a word after it is an addition ("3% plus VAT", "£80,000 a year plus a
    bonus"), unless `noun_next` (the figure's noun may still follow: "2 million plus copies") and the
    word is no article, possessive or figure."""
    t = tables()
    m = t.qual_after.match(text, pos, hi)
    if not m:
        return None
    if m.group("q").lower() == "plus" and text[m.start("q") - 1] != "-" and (
        _ADDED.match(text, m.end(), hi) if noun_next else _WORD_NEXT.match(text, m.end(), hi)
    ):
        return None
    # (its spaces as one, as the table is keyed: "10 or  more", "or\u00a0so")
    return t.qual_after_kind[_SPACES.sub(" ", m.group("q").lower())], m.group("q"), m.end()


_WORD_NEXT = re.compile(rf"{_S}+[\w$\u00a3\u20ac]")
# what "plus" adds when it is an addition: an article, a possessive or another figure
_ADDED = re.compile(rf"{_S}+(?:(?:a|an|the|his|her|their|its|our|my|your|another|other|any)\b|[\d$\u00a3\u20ac])",
                    re.IGNORECASE)


# how fast a change verb moves: "grew at an annualized rate of 4.9%", "shrank at a 2.1% annual pace"
_RATE = "(?:rate|pace)"
_RATE_MODS = ("(?:annual|annualized|annualised|yearly|monthly|quarterly|weekly|seasonally|adjusted|average|record|"
              "faster|slower|steady|steadier|modest|robust|brisk|healthy|solid|sluggish|inflation-adjusted)")
_RATE_AFTER = re.compile(rf"(?:{_S}+{_RATE_MODS})*{_S}+{_RATE}\b", re.IGNORECASE)

# words that start no object of a change verb: "up from 150", "rose to 5%", "fell in May"; and the
# participles that link a figure of their own to a noun ("drops glide bombs weighing 3 tons": the
# bombs weigh 3 tons, nothing falls by them)
_NOT_OBJECT = ("(?:by|to|at|from|than|of|since|for|with|on|in|over|under|below|above|into|against|as|and|or|but|"
               "while|after|before|during|until|per|a|an|is|are|was|were|be|been|being|has|have|had|will|would|"
               "could|should|may|might|can|which|that|who|it|they|he|she|we|"
               "weighing|weigh|weighs|weighed|measuring|totaling|totalling|totaled|totalled|numbering|worth|"
               "valued|averaging)")


# the hedges a change verb's figure may have ("rose by about 5%"), spaces standing for runs of _S
_CHANGE_HEDGES = ("as much as", "a further", "another", "nearly", "about", "around", "almost", "some", "more than",
                  "over", "just", "an average of", "an estimated", "roughly", "approximately")


@dataclass(frozen=True)
class _Change:
    before: re.Pattern[str]
    after: re.Pattern[str]
    up: frozenset[str]
    verbs: frozenset[str]
    need_by: frozenset[str]
    not_after: frozenset[str]
    movement: frozenset[str]
    margin_by: frozenset[str]  # "lost by 3 points": a margin of defeat, no fall
    margin_nouns: frozenset[str]
    noun_of: re.Pattern[str]  # "a rise of 5%": a rise or fall noun, "of", the figure
    verb_runs: frozenset[bytes]  # `verbs` as lowered_letters cuts them out
    nouns_after: frozenset[str]  # the rise and fall nouns of `after`, lowered ("drop", "rise")
    not_last: frozenset[str]  # words no match of `before` ends with (_verb_before's last-word test), lowered


@lru_cache(maxsize=1)
def _change_words() -> _Change:
    """Compile lexicon/change.toml, once."""
    lex = load("change")
    verbs = alternation([*lex["up"], *lex["down"]])
    intensifiers = [w.lower() for w in lex["intensifiers"]]
    # (and an article with a size adjective: "up a whopping 45%", "fell a modest 2%", change.toml intensifiers)
    hedge = "(?:%s|an?%s+(?:%s))%s+" % (
        "|".join(h.replace(" ", f"{_S}+") for h in _CHANGE_HEDGES), _S, alternation(intensifiers), _S)
    before = re.compile(
        rf"(?:\b(?P<pre>[A-Za-z]{{2,12}}){_S}+)?(?<![\w-])(?P<verb>{verbs})"
        rf"(?:(?P<obj>(?:{_S}+(?!by\b|to\b|at\b)[A-Za-z'\u2019]+){{1,7}}?)?{_S}+(?P<by>by){_S}+(?:{hedge})?"  # "grew sales by"
        rf"|(?P<direct>(?:{_S}+(?!{_NOT_OBJECT}\b)[A-Za-z'\u2019]+){{1,3}}?){_S}+(?:{hedge})?"  # "grew revenue 29%"
        rf"|{_S}+at{_S}+an?(?:{_S}+{_RATE_MODS})*{_S}+{_RATE}{_S}+of{_S}+(?P<at>)(?:{hedge})?"  # "grew at an annual rate of 4.9%"
        rf"|{_S}+at{_S}+an?{_S}+(?P<at_a>)(?:{hedge})?"  # "grew at a 4.9% annual rate" (the rate after: _RATE_AFTER)
        rf"|{_S}+(?:{hedge})?)\Z",  # "rose 5%"
        re.IGNORECASE,
    )
    # the noun may have one modifier of its own: "a 35% pay rise", "a 2% price cut"
    after = re.compile(
        rf"(?:{_S}+|[{_HY}])(?:(?!(?:of|in|on|at|to|for|and|or|the|a|an)\b)[a-z]+(?:-[a-z]+)*{_S}+)?"
        rf"(?:(?P<up>{alternation(lex['up_after'])})|(?P<down>{alternation(lex['down_after'])}))\b",
        re.IGNORECASE,
    )
    verb_words = frozenset(w.split()[-1] for w in [*lex["up"], *lex["down"]])
    noun_of = re.compile(
        rf"(?<![\w-])(?:(?P<up>{alternation(lex['up_of'])})|{alternation(lex['down_of'])}){_S}+of{_S}+(?:{hedge})?\Z",
        re.IGNORECASE,
    )
    return _Change(before, after, frozenset(lex["up"]), verb_words, frozenset(lex["need_by"]), frozenset(lex["not_after"]),
                   frozenset(lex["movement"]), frozenset(lex["margin_by"]), frozenset(lex["margin_nouns"]), noun_of,
                   frozenset(w.encode() for w in verb_words if w.isascii() and w.isalpha() and w.islower()),
                   frozenset(w.lower() for w in (*lex["up_after"], *lex["down_after"])),
                   frozenset(_NOT_OBJECT[3:-1].split("|")) - {"by", "of", "a", "an"}
                   - {h.split()[-1] for h in _CHANGE_HEDGES} - set(intensifiers) - {w.lower() for w in verb_words})


def is_change_noun(word: str) -> bool:
    """Is `word` a rise or fall noun written after a figure ("a 5% drop", "a 35% pay rise")?"""
    return word.lower() in _change_words().nouns_after


def change(text: str, lo: int, hi: int, start: int, end: int, need_by: bool = False,
           distance: bool = False, verb: bool = True, noun: bool = True) -> str | None:
    """"up" / "down" for the figure text[start:end] when a verb before it ("rose 5%", "grew sales by
    5%") or a noun after it ("a 5% drop") says so. The level reached ("fell 3% to $40": the $40) is
    not a change. With `need_by`, only "<verb> by" counts: "lost 3,000 vehicles" is a count of
    losses, "fell by 20,000 people" a fall. With `distance`, verbs of movement ("advanced 2 km")
    are ground covered, not a rise. A rise or fall noun and "of" before it counts like a verb ("a rise
    of 7.6%"), except before a distance ("a jump of 8.95 metres" is its length). With `verb` False, only a noun after it counts ("a 10-point drop");
    with `noun` False, no noun after it does (the figure heads a noun phrase of its own: "the 20
    banks reported losses")."""
    c = _change_words()
    m = _verb_before(text, lo, start, c) if verb else None
    if m:
        word = m.group("verb").lower()
        phrasal = word in ("up", "down") and (m.group("pre") or "").lower() in c.not_after
        by = m.group("by") is not None or m.group("at") is not None  # "grew at an annual rate of": as "by"
        if distance and word in c.movement:
            return None
        if by and word in c.margin_by and not m.group("obj") and text[start:end].split()[-1].lower() in c.margin_nouns:
            return None  # "lost by 3 points": the margin of a defeat
        if m.group("at_a") is not None and not _RATE_AFTER.match(text, end, hi):
            return None  # "rose at a 5% clip"? only a rate or pace after the figure says how fast
        # an object and the figure with no "by" ("grew revenue 29%", "cut its workforce 10%": what moves is
        # written, so even a verb that needs "by" moves it) only when the figure counts nothing ("added
        # 150 staff" counts staff)
        direct = m.group("direct") is not None and not need_by
        if not phrasal and (by or direct or (word not in c.need_by and not need_by)) and not (m.group("obj") and not by):
            return "up" if word in c.up else "down"
    after = _noun_after(text, lo, hi, start, end, c) if noun else None
    if after is not None:
        return after
    near = text[start - 4 if start - 4 > lo else lo : start].rstrip().lower()  # the word before, for both tests below
    if verb and not need_by and not distance and near.endswith("of"):
        m = back(c.noun_of, text, lo, start, 48)  # "a rise of 7.6%", "an increase of more than 5%" (the hedge is the figure's)
        if m:
            return "up" if m.group("up") else "down"
    if not near.endswith("by"):
        return None  # the cheap test first, here in change (_gapped's only caller): most figures have no "by"
    return _gapped(text, lo, start, c)


VERB_REACH = 64  # how far back a change verb, its object and "by" may start before a figure


# what c.before can read: ASCII letters, the spaces of _S, apostrophes and the hyphen of
# "inflation-adjusted" (every other character of the pattern, its verbs' spaces included, is one of
# these). Any other ASCII character (a digit, punctuation, a line break) is a "barrier": no match
# reaches across it. As bytes, for _verb_before's one translate: letters lowered, a barrier "\n",
# anything else (those characters, and "?", which is also what a non-ASCII character encodes to) a
# space. "\n" is whitespace to bytes.split, so the runs are those lowered_letters cuts out.
_VERB_BYTES = bytes(b | 0x20 if 65 <= b <= 90 or 97 <= b <= 122
                    else 32 if b >= 128 or chr(b) in " \t'-?" else 10 for b in range(256))


def _verb_before(text: str, lo: int, start: int, c: _Change) -> re.Match[str] | None:
    """The change verb ending where the figure starts, with its object, "by" and hedge ("grew sales by
    about "): `back(c.before, text, lo, start, VERB_REACH)` when one of the verbs is written in those
    VERB_REACH characters (the words lowered once, as writes_any reads them), else None.

    The backward search starts after the last barrier (_VERB_BYTES) and then two words before the
    first verb written after it, not at the window's start. A match of c.before ends at the figure
    (\\Z) and holds no barrier, so it starts after the last one; searching from there finds the same
    first match (re's look-behinds see the text before `pos`). When no verb is written after the
    barrier, no match is there: on ASCII text its verb's last word would be one of those runs (a
    space follows it, and no letter precedes it); other text (re folds "\u017f" to "s", the Kelvin
    sign to "k") is searched. On ASCII text a match ends in spaces (_S) after its last word, which
    is "by", "of", "a", "an", a hedge's last word, the verb's, or an object word, which is none of
    _NOT_OBJECT: so a window ending otherwise, or in another word of _NOT_OBJECT ("rose to ",
    "priced at "), has none (`not_last`; its whitespace is _S's, line breaks being barriers).
    A match starts at its verb, or at the word before it (`pre`, or the first word of "ticked up"),
    or before that at "ticked up"'s `pre`. Counted in runs of letters, which on ASCII text are the
    pattern's words; on other text re folds more letters than lowering does, so it searches it all."""
    window = start - VERB_REACH if start - VERB_REACH > lo else lo if lo > 0 else 0  # as re reads a negative lo
    low = text[window:start].encode("ascii", "replace").translate(_VERB_BYTES)
    if c.verb_runs.isdisjoint(low.split()):
        return None  # most figures: no verb written in the window
    cut = low.rfind(b"\n") + 1
    if cut:
        low = low[cut:]
        window += cut
    runs = low.split()
    held = c.verb_runs.intersection(runs)
    tail = text[window:start]
    ascii_text = tail.isascii()
    if not held:
        return None if ascii_text else back(c.before, text, lo, start, start - window)
    if ascii_text and (tail[-1] not in " \t" or tail.rsplit(None, 1)[-1].lower() in c.not_last):
        return None  # every match ends in spaces, after a word that can end it ("to", "at" cannot)
    first = min(map(runs.index, held)) - 2  # the run two words before the first verb written
    if first > 0 and ascii_text:
        window += len(low) - len(low.split(None, first)[-1])
    return back(c.before, text, lo, start, start - window)


def _noun_after(text: str, lo: int, hi: int, start: int, end: int, c: _Change) -> str | None:
    """"up" / "down" from a change noun after the figure, with an article before it ("a 5% drop"), or
    from a bare "higher" / "lower" after it ("shares closed 2% higher"). The article, and without one
    the first letter after the spaces, are tested before the noun pattern (which costs more, and most
    figures have neither): an article ends in "a", "n" or "e" right before the spaces before `start`."""
    window = start - 6 if start - 6 > lo else lo
    article = (text[window:start].rstrip(" \t\u00a0")[-1:] in "aAnNeE"
               and ARTICLE_BEFORE.search(text, window, start) is not None)
    if not article and text[start : start + 2] in ("a ", "A "):
        article = True  # the figure's own article: "a half-point cut", "a quarter-point hike"
    if not article:
        first = text[end : end + 8].lstrip(" \t\u00a0")  # empty when the spaces run on: no test then
        if first and first[0] not in "hHlL":
            return None
    a = c.after.match(text, end, hi)
    if a and (article or a.group(0).strip().lower() in ("higher", "lower")):
        return "up" if a.group("up") else "down"
    return None


@lru_cache(maxsize=1)
def _moved_before() -> re.Pattern[str]:
    """A change verb, then at most three words (its object or a time: "cut rates", "dropped since
    October"), ending where a "from X to Y" starts."""
    lex = load("change")
    verbs = alternation([*lex["up"], *lex["down"]])
    return re.compile(
        rf"(?:\b(?P<pre>[A-Za-z]{{2,12}}){_S}+)?(?<![\w-])(?P<verb>{verbs})"
        rf"(?:{_S}+(?!by\b|to\b|at\b|from\b)[A-Za-z'\u2019]+){{0,3}}?{_S}+\Z",
        re.IGNORECASE,
    )


_OBJECT_DETERMINERS = frozenset("the a an its their his her our my your this these those".split())


def multiplied(text: str, lo: int, start: int) -> tuple[str, str | None] | None:
    """The direction of a change verb before a multiple standing alone ("raised premiums tenfold",
    "have risen fivefold") and the verb's object, without its determiner ("premiums"; None when
    there is none); None when no change verb is there."""
    c = _change_words()
    if not writes_any(text, max(lo, start - 60), start, c.verbs):
        return None
    m = back(_moved_before(), text, lo, start, 60)
    if m is None:
        return None
    verb = m.group("verb").lower()
    if verb in ("up", "down") and (m.group("pre") or "").lower() in c.not_after:
        return None
    words = text[m.end("verb") : start].split()
    while words and words[0].lower() in _OBJECT_DETERMINERS:
        words.pop(0)
    return ("up" if verb in c.up else "down"), " ".join(words) or None


def moved(text: str, lo: int, start: int, first: float, last: float, distance: bool = False) -> str | None:
    """"up" / "down" for a "from X to Y" starting at `start` whose ends are the before and after of a
    rise or fall ("plunged from $40 to $35"): a change verb right before it, and ends written in the
    verb's direction. Ends against the verb ("lost from 20 to 30 soldiers a day") are an uncertain
    count, not a movement; a distance after a verb of movement is ground covered."""
    c = _change_words()
    if first == last or not writes_any(text, max(lo, start - 60), start, c.verbs):
        return None
    m = back(_moved_before(), text, lo, start, 60)
    if m is None:
        return None
    verb = m.group("verb").lower()
    if (verb in ("up", "down") and (m.group("pre") or "").lower() in c.not_after) or (distance and verb in c.movement):
        return None
    direction = "up" if verb in c.up else "down"
    return direction if direction == ("up" if last > first else "down") else None


# ", Burlington by 2.6%" / "and Crane by 1.5%": a named subject and "by" with the verb left out.
_GAP = re.compile(rf"(?:,|(?<![\w-])and)(?:{_S}+and)?{_S}+(?:the{_S}+)?[A-Z][\w&'\u2019.-]*(?:{_S}+[A-Z][\w&'\u2019.-]*){{0,3}}"
                  rf"{_S}+by{_S}+\Z")


def _gapped(text: str, lo: int, start: int, c: _Change) -> str | None:
    """The direction of a figure whose change verb is gapped ("Acme fell 3%, Bolt by 2%"): the last
    change verb before the list, when a figure follows that verb closely. Only after a named subject
    and "by", so "helped by 3 stores" or "by 2030" stay no change. (`change` tests for the "by" first.)"""
    gap = back(_GAP, text, lo, start, 60)
    if gap is None:
        return None
    last = None
    for m in _VERB_WORD.finditer(text, lo, gap.start()):
        if m.group(0).lower() in c.verbs:
            last = m
    if last is None or last.group(0).lower() in c.need_by or not re.search(r"\d", text[last.end() : last.end() + 30]):
        return None  # no change before the list, or one that is a change only with "by" ("raised $5m")
    return "up" if last.group(0).lower() in c.up else "down"


_VERB_WORD = re.compile(r"(?<![\w-])[A-Za-z]+")


