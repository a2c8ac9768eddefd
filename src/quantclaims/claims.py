"""From number tokens to quantity expressions: the grammar of a claim within one sentence.

A claim grows outward from a number token: a currency sign and hedging words before it; a second
number after it for a range ("between 5 and 10", "$7/$9") or a ratio ("3-to-1", "10:1", "one for
every five"); then a unit ("2,200 pounds", "Ninety percent", "30-year-old"), or a counted noun with its
modifiers ("10,000 North Korean troops"), and a rate period ("a day", "daily"). The result is a Draft;
quantclaims.normalize turns it into the columns of the claims table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from quantclaims import ellipsis, hedges, numbers, phrases, units
from quantclaims.borrowing import borrow_units
from quantclaims.lexicon import alternation, ignorecase_variants, load, writes_any
from quantclaims.numbers import DIGITS, FRACTION, WORD, WORD_AFTER, Number, quotient, scaled, vague_words
from quantclaims.temperatures import read_temperatures

_S = r"[ \t\u00a0]"
_HY = "-\u2010\u2011\u2013\u2014"


@dataclass(slots=True)
class Draft:
    """A quantity expression being read; offsets are into the whole text."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    qualifier_text: str | None = None
    unit: units.Unit | None = None
    noun: units.Noun | None = None
    per_unit: str | None = None
    per_period: bool = False
    entity: str | None = None
    change: str | None = None
    ratio: bool = False
    frequency: bool = False
    age: bool = False
    casualty: bool = False
    proportion: bool = False
    tokens: list[int] = field(default_factory=list)

    def share(self) -> bool:
        """A share of something: a fraction or "N out of M", or a percentage."""
        return self.proportion or (self.unit is not None and self.unit.kind == "proportion")

    def bare(self) -> bool:
        """A figure with nothing of its own but the number: no unit, noun, rate or special reading
        (what quantclaims.borrowing and quantclaims.ellipsis may give a neighbour's unit to)."""
        return (self.unit is None and self.noun is None and self.per_unit is None and self.entity is None
                and not self.ratio and not self.frequency and not self.age and not self.casualty
                and not self.proportion and self.qualifier != "vague")


_LISTED = re.compile(rf"(?:,|(?<![\w-])and|(?<![\w-])with){_S}+\Z")  # a figure in a list: ", one seriously"
_ONE_OF = re.compile(rf"{_S}+of{_S}+(?:the|its|his|her|their|our|my|your|these|those)\b", re.IGNORECASE)
_RANGE_PREFIX = re.compile(  # "between", "from", and an approximating hedge after it ("between about")
    rf"(?<![\w-])(?P<w>between|from)(?:{_S}+(?:about|around|roughly|approximately|some|an{_S}+estimated))?{_S}+\Z",
    re.IGNORECASE,
)
_RANGE_GAP = re.compile(
    rf"{_S}*(?:[{_HY}/]|to|to[{_HY}]|or|and){_S}*\Z|[{_HY}]{_S}+(?:to|or){_S}+\Z|{_S}*(?:to|and){_S}+(?:about|around|some|nearly){_S}+\Z",
    re.IGNORECASE,
)
# "3-to-1", "10:1"; "a 3-for-1 split", "two-for-one" (hyphenated only: "voted 3 for 1" is no ratio)
_RATIO_TO = re.compile(rf"{_S}*[{_HY}]{_S}*to{_S}*[{_HY}]{_S}*\Z|[{_HY}]for[{_HY}]\Z|:\Z", re.IGNORECASE)
_PLAIN_TO = re.compile(rf"{_S}+to{_S}+\Z", re.IGNORECASE)
_FOR_EVERY = re.compile(rf"(?P<np>(?:{_S}+[A-Za-z'-]+){{0,3}}?){_S}+for{_S}+(?:every|each){_S}+\Z", re.IGNORECASE)
# a counted noun, then the one thing it is counted against: "three Russians for every Ukrainian soldier"
# (the match ends before the spaces before that thing, where phrases.counted reads from)
_FOR_EACH_ONE = re.compile(rf"{_S}+for{_S}+(?:every|each)(?:{_S}+(?:single|one|a|an))?(?={_S}+[A-Za-z])", re.IGNORECASE)
_OUT_OF = re.compile(rf"(?:{_S}+(?:out{_S}+of|in)(?:{_S}+every)?{_S}+|[{_HY}]in[{_HY}])\Z", re.IGNORECASE)  # "1 in 3", "a 1-in-3 chance", "one in every 200"
_TIMES = re.compile(
    rf"{_S}*(?:{_S}times?|[{_HY}]fold)?{_S}+(?P<cmp>as{_S}+(?:many|much|high|large|likely|big|long|fast|often)|the|"
    rf"th(?:at|ose)(?={_S}+of\b)|"  # "three times that of the state": the thing compared is named before
    rf"more|higher|larger|bigger|greater|fewer|less|lower|smaller|faster|slower|over|"
    rf"[a-z]{{2,}}er(?={_S}+than\b))\b",  # "five times longer than", "three times cheaper than"
    re.IGNORECASE,
)
_N_TIMES = re.compile(rf"{_S}+times\b", re.IGNORECASE)
_ADVERB = re.compile(rf"{_S}+(?:daily|weekly|monthly|yearly|annually|hourly|nightly)\b", re.IGNORECASE)
_OLD = re.compile(rf"(?:[{_HY}]|{_S}+)old(?P<olds>s)?\b|{_S}+of{_S}+age\b", re.IGNORECASE)
_AGED = re.compile(rf"(?<![\w-])(?:aged|age|ages|age{_S}+of|ages{_S}+of){_S}+\Z", re.IGNORECASE)
# "she turns 40", "he will be 35 by then", "life expectancy is around 73": a whole number said of a
# person's (or a life's) years
_HEDGE_WORD = rf"(?:{_S}+(?:about|around|nearly|almost|roughly|just|only|over|under))?{_S}+\Z"
_AGE_OF_PERSON = re.compile(
    rf"(?<![\w-])(?:he|she|I)(?:{_S}+(?:is|was|will{_S}+be|would{_S}+be|'s|turns|turned|turning|will{_S}+turn)){_HEDGE_WORD}"
    rf"|(?<![\w-])(?:retired|retire|retires|retiring|died|dies|die|dying){_S}+at{_HEDGE_WORD}",  # "retired at 62"
    re.IGNORECASE,
)
# a life expectancy (or an age named by a word before it: a group's median or average age, the
# voting or retirement age) is an age whatever follows it ("is around 73 raising fears"), as long as
# no unit or noun does; who it is of may take a few words ("for women in the north-east", "of
# first-time buyers"), and it may be moved to it ("will be lowered to 16")
_LIFE_EXPECTANCY = re.compile(
    rf"(?<![\w-])(?:life{_S}+expectancy|[a-z]+{_S}+age)(?:{_S}+(?:for|of|in|at|among)(?:{_S}+[\w'-]+){{1,5}})?"
    rf"(?:{_S}+(?:will|would|could|should|may|has|have|had|be|been|being))*"
    rf"{_S}+(?:is|was|of|at|to|(?:rose|fell|rise|fall|rises|falls|risen|fallen|raised|lowered|increased|reduced|cut|lifted|set)"
    rf"{_S}+(?:to|at))(?:{_S}+(?:now|still))?{_HEDGE_WORD}",
    re.IGNORECASE,
)
# "in his late 60s", "in their 20s": a person's decade of life
_IN_THEIR = re.compile(rf"(?<![\w-])in{_S}+(?:his|her|their|my|your|our|its){_S}+\Z", re.IGNORECASE)
_FOR = re.compile(rf"(?<![\w-])for{_S}+\Z", re.IGNORECASE)
_STRONG = re.compile(rf"[{_HY}]strong\b", re.IGNORECASE)


_PER_POWER = re.compile(rf"{_S}+per{_S}+\Z", re.IGNORECASE)
_NOUN_PER_POWER = re.compile(rf"{_S}+(?P<noun>[a-z]+(?:{_S}+[a-z]+)?){_S}+per{_S}+\Z")
_POWERS_OF_TEN = frozenset(10.0 ** k for k in range(2, 10))  # the populations a rate is given per
_DENOMINATORS = frozenset([2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 20.0, 100.0, 1000.0])  # "one in five", "7 in 10"
_PAIR_OF = re.compile(rf"(?:\S+{_S}+)?(?:pair|dozen|couple){_S}+of(?={_S})", re.IGNORECASE)
_OF_A = re.compile(rf"{_S}+(?:of{_S}+)?(?:a|an){_S}(?P<us>(?:US|U\.S\.){_S})?")
_INCHES = re.compile(rf"[{_HY}]([1-9]|1[01])\b(?![{_HY}.,]?\d)")
_VERB = re.compile(rf"{_S}+([a-z]+)")
_LOSS_CONTEXT = re.compile(
    r"\b(?:los(?:e|es|ing|t)|kill(?:s|ed|ing)?|dead|died|die|dying|wounded|injur(?:ed|ing|ies)|casualt(?:y|ies)|deaths?)\b",
    re.IGNORECASE,
)
# a golf round's score: after a score against par or a verb of scoring and "a", with up to two modifiers
_GOLF_SCORE = re.compile(
    rf"(?:(?<![\w-])(?:shot|shoots|shooting|carded|cards|carding|fired|fires|signed{_S}+for|returned){_S}+an?"
    rf"|[{_HY}{_S}]par){_S}+(?:[\w-]+{_S}+){{0,2}}\Z",
    re.IGNORECASE,
)
_STROKE = units.Noun("stroke", "count")
# the level a move in points reached, in percent: the points are percentage points
_TO_PERCENT = re.compile(rf"{_S}+to{_S}+(?:(?:about|around|nearly|almost|just|over|under){_S}+)?\d[\d.,]*{_S}?(?:%|percent\b|per{_S}cent\b)",
                         re.IGNORECASE)
# a percentage, then the points it moved by: "at 41 per cent, down three points", "38%, up 2 points"
_PERCENT_THEN_MOVE = re.compile(rf"(?:%|percent|per{_S}cent),?{_S}+(?:up|down){_S}+\Z", re.IGNORECASE)
_ROUND = units.Noun("round", "count")
_THRESHOLDS = frozenset(["below", "above", "past", "beyond"])  # a move across a level
_MEASURED = ("mass", "length", "duration", "area", "volume")


def _range_prefix(text: str, lo: int, pos: int) -> re.Match[str] | None:
    """hedges.back(_RANGE_PREFIX, ...) ending at `pos`, a substring test first: most figures have no
    "between" or "from" before them, and the pattern cannot match without one."""
    window = text[pos - 26 if pos - 26 > lo else lo : pos].lower()  # re folds no other character to a letter of these words
    if "from" not in window and "between" not in window:
        return None
    return hedges.back(_RANGE_PREFIX, text, lo, pos, 26)


def _aged(text: str, lo: int, pos: int) -> bool:
    """"aged", "age of" right before `pos` (hedges.back(_AGED, ...)), a substring test first: most
    figures have no "age" before them (re folds no other character to a letter of "age")."""
    if "age" not in text[pos - 8 if pos - 8 > lo else lo : pos].lower():
        return False
    return hedges.back(_AGED, text, lo, pos, 8) is not None


@lru_cache(maxsize=1)
def _casualty_verbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a casualty verb right before a figure, a casualty verb after the people counted)."""
    before = alternation(units.word_set("casualty_verbs"))
    died = alternation(units.word_set("casualty_intransitive"))
    hurt = alternation(units.word_set("casualty_words"))
    adverb = rf"(?:[a-z]+ly{_S}+)?"
    # an aside between the people and the verb ("12 people, including 4 children, were killed"), or
    # the end of one ("including 4 children, were killed")
    aside = r"(?:,(?![ \t\u00a0]*(?:and|but|or|while|whereas|as)\b)[^,;:.!?()\u201c\u201d\"]{1,50})?,?"
    after = (
        rf"{aside}{_S}+{adverb}(?:(?:have|has|had){_S}+{adverb})?(?:{died})\b"
        rf"|{aside}{_S}+{adverb}(?:(?:have|has|had){_S}+been|were|was|are|is|being){_S}+{adverb}(?:{hurt})\b"
    )
    return (re.compile(rf"(?<![\w-])(?:{before}){_S}+\Z", re.IGNORECASE), re.compile(after, re.IGNORECASE))


@lru_cache(maxsize=1)
def _lost_before() -> re.Pattern[str]:
    """A verb of loss right before a count of troops, or "cost" and at most three words naming who
    bears it (nouns.toml [loss_verbs], [costing_verbs])."""
    lose = alternation(units.word_set("loss_verbs"))
    cost = alternation(units.word_set("costing_verbs"))
    return re.compile(rf"(?<![\w-])(?:(?:{lose})|(?:{cost})(?:{_S}+[\w\u2019'-]+){{0,3}}?){_S}+\Z", re.IGNORECASE)


# a death toll, or losses or casualties as the subject, and at most four words (its verb, "to", "at",
# "of") before the figure ("the death toll climbed to 58", "losses amount to 1,200 people a day")
_TOLL = re.compile(
    rf"(?<![\w-])(?:(?:death|casualty){_S}+(?P<toll>toll)|losses|casualties)(?:{_S}+[a-z]+){{0,4}}{_S}+\Z",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[^,;:.!?()\u201c\u201d\"]{0,60}")


def _share_hurt(text: str, hi: int, d: Draft) -> bool:
    """A share of people that the rest of its clause says were killed or wounded ("half the battalion
    that led the assault was wounded"): casualties, not a plain proportion."""
    if not d.entity:
        return False
    noun = units.noun(d.entity.split()[-1])
    if noun is None or not _people(noun):
        return False
    clause = _CLAUSE.match(text, d.end, hi)
    return clause is not None and _casualty_verbs()[1].search(text, d.end, clause.end()) is not None


def _people(noun: units.Noun | None) -> bool:
    """Whether a counted noun names people (who can be killed or wounded), or nothing is named."""
    return noun is None or noun.claim_type in ("force_size", "casualties") or (
        noun.lemma.lower() in units.word_set("person_nouns")
    )


@dataclass(frozen=True, slots=True)
class _Cues:
    """The characters that may start (or end) what a lexicon pattern reads next to a figure, for the
    gates before hedges.qualifier_after, units.unit_before, units.sign_after and the casualty verbs
    before a figure: a pattern that cannot match what is written there is not tried (a regex call
    costs more than a test of a character or two). (units.per_after, units.sign_before and
    hedges.qualifier_before run such a first test themselves: they are called as they are.)

    For the IGNORECASE patterns only ASCII characters are listed, in both cases (and an ASCII letter
    re folds a listed non-ASCII one to); their gates let every non-ASCII character through
    (`c >= "\x80"`), so what re folds across scripts ("\u017f" to "s", "\u212a" to "k", "\u0131" to
    "i") and the no-break space are tried as before. The sign pattern folds no case: its gate reads
    the characters of the signs as written."""

    suffix_first: frozenset[str]  # the first letter of a hedge after a figure ("or so", "plus", "and more")
    unit_before_last: frozenset[str]  # the last letter of a unit word before a figure ("magnitude")
    casualty_last: frozenset[str]  # the last letter of a casualty verb before a figure ("killed")
    sign_firsts: frozenset[str]  # the first character of a currency sign written after a figure


def _cased(chars: set[str]) -> frozenset[str]:
    """The ASCII characters re.IGNORECASE matches to one of `chars`."""
    return frozenset(c for c in ignorecase_variants(chars) if c.isascii())


_CUES: _Cues | None = None


def _cues() -> _Cues:
    """The _Cues of the lexicons, built on first use."""
    global _CUES
    if _CUES is None:
        _CUES = _Cues(_cased({w[:1] for w in hedges.tables().qual_after_kind}),
                      _cased({f[-1:] for f in load("units")["units_before"]["forms"]}),
                      _cased({w[-1:] for w in units.word_set("casualty_verbs")}),
                      frozenset(f[:1] for f in units.tables().signs))
    return _CUES


def _may_end(text: str, pos: int, lasts: frozenset[str]) -> bool:
    """Whether a word or sign of a lexicon pattern (IGNORECASE, its last characters `lasts` as
    _cased gives them) may end right before `pos`, or before spaces there: the character before the
    one ASCII space skipped here (a word ends before spaces, a sign before one or none) is one of
    `lasts`, a space (more spaces), or not ASCII."""
    c = text[pos - 1 : pos] if pos > 0 else ""  # ("" at the start: nothing before)
    if c in lasts or c >= "\x80":
        return True
    if c == " " or c == "\t":
        c = text[pos - 2 : pos - 1] if pos > 1 else ""
        return c in lasts or c >= "\x80" or c == " " or c == "\t"
    return False


def _hedge_may_follow(text: str, pos: int) -> bool:
    """Whether a hedge may start after `pos` (hedges.qualifier_after reads it after spaces or a
    hyphen): the first character, or the one after an ASCII space or a hyphen, starts a hedge, is
    a space (more spaces), or is not ASCII."""
    c = text[pos : pos + 1]
    firsts = (_CUES or _cues()).suffix_first
    if c in firsts or c >= "\x80":
        return True
    if c == " " or c == "\t" or c == "-":
        c = text[pos + 1 : pos + 2]
        return c in firsts or c >= "\x80" or c == " " or c == "\t"
    return False


def _sign_may_follow(text: str, pos: int) -> bool:
    """Whether a currency sign may be written after `pos` (units.sign_after reads one after at most
    spaces): the first character, or the one after a space, starts a sign, or is a space."""
    c = text[pos : pos + 1]
    if c == " " or c == "\t" or c == "\u00a0":
        c = text[pos + 1 : pos + 2]
    return c in (_CUES or _cues()).sign_firsts or c == " " or c == "\t" or c == "\u00a0"


_SEPARATORS = frozenset(" \t-\u2010\u2011")


def _unit_word_may_end(text: str, pos: int) -> bool:
    """Whether a unit word may end before the space or hyphen before `pos` (units.unit_before):
    that separator is there, and the character before it ends such a word, is a space, or is not
    ASCII (a no-break space before `pos` lets everything through)."""
    c = text[pos - 1 : pos] if pos > 0 else ""
    if c in _SEPARATORS:
        c = text[pos - 2 : pos - 1] if pos > 1 else ""
        return c in (_CUES or _cues()).unit_before_last or c >= "\x80" or c == " " or c == "\t"
    return c == "\u00a0"


def _rate(text: str, pos: int, hi: int, d: Draft, periods_only: bool = False) -> int:
    """Attach a rate's period or denominator after `pos` ("a day", "daily", "per share")."""
    found = units.per_after(text, pos, hi)
    if found is None or (periods_only and not found[1]):
        return pos
    d.per_unit, d.per_period = found[0], found[1]
    return found[2]


def _unit_between(text: str, end: int, nxt_start: int, hi: int) -> tuple[units.Unit, int, int] | None:
    """units.unit_after(text, end, nxt_start): the unit between a figure and the next one. When a space
    and a digit start the next figure it is read up to `hi` instead, the reading quantclaims.mentions
    made and units.unit_after keeps: no unit form ends in a space or holds a digit after one, so the
    two readings agree (a test checks it)."""
    if nxt_start > end and text[nxt_start - 1] in " \t\u00a0" and text[nxt_start] in "0123456789":
        return units.unit_after(text, end, hi)
    return units.unit_after(text, end, nxt_start)


# "ratio" or "odds" named earlier in the clause, the figure not after "from" ("the ratio of forces is
# 1 to 3", "odds of 5 to 2"; "the ratio rose from 1 to 3" is a range)
_RATIO_NAMED = re.compile(rf"\b(?:ratio|odds)\b[^,;:.!?()]{{0,40}}(?<!\bfrom){_S}+\Z", re.IGNORECASE)


# a ratio named right before its bare figure: "ratio of", "ratio is", "ratio stood at"
_RATIO_OF = re.compile(rf"(?<![\w-])ratio(?:{_S}+(?:of|is|was|at|stood|stands|rose|fell|to)){{1,2}}{_S}+\Z", re.IGNORECASE)


def _named_ratio(text: str, lo: int, start: int) -> bool:
    """Does the clause before a figure name a ratio ("the ratio of forces is 1 to 3")?"""
    window = text[max(lo, start - 50) : start]
    return ("atio" in window or "odds" in window) and _RATIO_NAMED.search(text, max(lo, start - 50), start) is not None


def _pair(text: str, lo: int, hi: int, tok: Number, nxt: Number, d: Draft, start: int, end: int,
          signed: bool) -> tuple[int, int, bool]:
    """Read two numbers as one figure when the words between them say so: a ratio ("3-to-1",
    "10:1", "one for every five"), a proportion ("three out of four") or a range ("between 5 and 10",
    "from $750,000 to $1 million", "5-6%"). Returns (start, end, whether the second was used)."""
    assert tok.value is not None and nxt.value is not None
    u1 = _unit_between(text, end, nxt.start, hi)
    gap_from = u1[2] if u1 else end
    sign2 = units.sign_before(text, nxt.start, gap_from)
    gap = text[gap_from : sign2[1] if sign2 else nxt.start]
    if len(gap) > 24:
        return start, end, False
    low_gap = gap.lower()
    # (the patterns below are tried only when the lowered gap holds a word each needs: "to", "for",
    # "out" or the "n" of "in"; re folds none of their letters to another character)
    if u1 is None and (gap == ":" or (("to" in low_gap or "for" in low_gap or ":" in gap) and _RATIO_TO.match(gap))
                       or ("to" in low_gap and _PLAIN_TO.match(gap) and (
                           nxt.value == 1 < tok.value or _named_ratio(text, lo, start)))):
        if nxt.value and not (gap == ":" and nxt.end - nxt.start == 2):  # "10:30" is a time, "10:1" a ratio
            d.value, d.ratio = tok.value / nxt.value, True
            return start, nxt.end, True
        return start, end, False
    if u1 is None and nxt.value and "for" in low_gap and (every := _FOR_EVERY.match(gap)):
        d.value, d.ratio = tok.value / nxt.value, True
        d.entity = every.group("np").strip() or None  # "one doctor for every 900 residents": doctor
        return start, nxt.end, True
    if (u1 is None and d.unit is None and nxt.value in _POWERS_OF_TEN
            and units.unit_after(text, nxt.end, hi) is None):
        if _PER_POWER.match(gap):
            d.value, d.proportion = quotient(tok.value, nxt.value), True  # "450 per 100,000 people"
            return start, nxt.end, True
        if (per := _NOUN_PER_POWER.match(gap)) is not None and (
            units.noun(per.group("noun").split()[-1]) is not None or per.group("noun").endswith("s")
        ):
            # "8.2 deaths per 100,000 people": the share of the population the counted thing is; the
            # entity is what is counted, the population ("people") part of the span
            d.value, d.proportion, d.entity = quotient(tok.value, nxt.value), True, per.group("noun")
            population = phrases.counted(text, nxt.end, hi)
            return start, population.end if population is not None else nxt.end, True
    if u1 is None and ("n" in low_gap or "out" in low_gap) and _OUT_OF.match(gap) and nxt.value > tok.value and (
        "out" in low_gap or nxt.form == WORD == tok.form or (tok.integer and nxt.value in _DENOMINATORS)
        # "1 in 40 adults", "1 in 292.2 million": odds are one in any whole number
        or (tok.value == 1 and tok.integer and float(nxt.value).is_integer())
    ) and ((after := units.unit_after(text, nxt.end, hi)) is None or (  # "3 in 10 minutes" is no proportion
        "every" in low_gap and after[0].kind != "duration"  # but "one in every five pounds spent" is
    )):
        d.value, d.proportion = tok.value / nxt.value, True
        if after is not None:
            d.entity = text[after[1] : after[2]]  # the things shared: "pounds"
            return start, after[2], True
        return start, nxt.end, True
    if not _RANGE_GAP.match(gap):
        return start, end, False
    if tok.form == FRACTION and tok.value < 1 <= nxt.value and not any(map(str.isdigit, text[tok.start : tok.end])):
        return start, end, False  # "fell by a quarter to 3 hours": a share (of the fall), then the level
    if _DASH_DIGIT.match(text, nxt.end) and "-" not in gap and "\u2013" not in gap:
        return start, end, False  # "from 12.5 to 20-22 billion": the second end is a range of its own
    pre = _range_prefix(text, lo, start)
    word = pre.group("w").lower() if pre else None
    if ("and" in low_gap and word != "between") or (word == "between" and "or" == low_gap.strip()):
        return start, end, False
    if "/" in gap and not (signed and sign2):
        return start, end, False  # "24/7"; but "$7/$9" is a range
    u2 = None
    if u1 is not None:
        # "5% to 10%", "208 pounds to 193": the unit after the second must be the same, or absent
        u2 = units.unit_after(text, nxt.end, hi)
        if (u2 is not None and u2[0] != u1[0]) or (sign2 is not None and sign2[0] != u1[0]):
            return start, end, False
        if word is None and u2 is None:
            return start, end, False
    if sign2 is not None and d.unit is not None and sign2[0] != d.unit:
        return start, end, False
    if word is None and u1 is not None and u1[0].per == 100 and nxt.value < tok.value:
        return start, end, False  # "voted 65% to 35%", "leads 48% to 43%": two shares compared, not a range
    if word is None and nxt.value <= tok.value and not (
        u1 is not None and u2 is not None and nxt.value < tok.value and hedges.change(text, lo, hi, start, end) is None
    ):  # "won 3-1": not a range; "1.3 A/cm2 to 0.03 A/cm2", its unit on both ends, is (unless "fell 9 m to 5 m")
        return start, end, False
    if word is None and (u1 is not None or sign2 is not None) and hedges.BY_BEFORE.search(text, max(lo, start - 4), start):
        return start, end, False  # "rose by 5% to 7%": a change and a level, not a range
    if word is None and u1 is None and nxt.value >= 2 * tok.value > 0 and _BY_HEDGED.search(text, max(lo, start - 24), start) \
            and units.unit_after(text, nxt.end, hi) is None:
        return start, end, False  # "shrank by nearly 15,000 to 85,000" (but "by 10 to 20 percent" is a range)
    if word is None and ((u1 is not None and u2 is not None) or (signed and sign2 is not None)) and (
        nxt.value >= 2 * tok.value > 0 and hedges.change(text, lo, hi, start, end) is not None
    ):  # "fell 0.2% to 3.1%": a small move and the level it reached ("rose 5% to 6%", "rose 10 to 20%" are ranges)
        return start, end, False
    low = _first_end(tok, nxt)
    # bounds are bounds: "from 208 pounds to 193" is the range 193..208 (the fall is in `change`)
    d.value, d.low, d.high, d.qualifier = None, min(low, nxt.value), max(low, nxt.value), "range"
    if pre:
        d.qualifier_text, start = pre.group(0).rstrip(), pre.start("w")
    if sign2 is not None and d.unit is None:
        d.unit = sign2[0]
    if u1 is not None and u1[0].kind != "money":
        if d.unit is None:
            d.unit = u1[0]
        if u2 is not None:
            return start, u2[2], True
    return start, nxt.end, True


_BY_HEDGED = re.compile(
    rf"(?<![\w-])by(?:{_S}+(?:nearly|almost|about|around|some|roughly|over|more{_S}+than|less{_S}+than|just|only))?{_S}+\Z",
    re.IGNORECASE,
)
# a forecast verb ending the clause after a counted noun: the noun is who forecast the figure
_EXPECTED_BY = re.compile(
    rf"{_S}+(?:(?:had|have|has){_S}+)?(?:expected|forecast|forecasted|estimated|predicted|projected|anticipated)"
    rf"(?={_S}*(?:[.,;:)!?]|\Z))",
    re.IGNORECASE,
)
_DASH_DIGIT = re.compile(r"[-\u2013][$\u20ac\u00a3\u00a5]?\d")
_BRACKET = re.compile(r"[ \t\u00a0]*\([^()\n]{1,60}\)")
_FAR_TO = re.compile(rf"[^;:()\[\]\n]{{0,48}}?{_S}to{_S}+\Z")


def _from_to(text: str, lo: int, hi: int, tokens: Sequence[Number], disp: Sequence[str | None], i: int, d: Draft,
             start: int, end: int) -> tuple[int, int]:
    """"from 20 miles per gallon in 2008 to 29 mpg", "from $75 U.S. per barrel to $45.88": a range
    whose ends are far apart (only words, dates or times between them). Returns (start, end)."""
    pre = _range_prefix(text, lo, start)
    if pre is None or pre.group("w").lower() != "from":
        return start, end
    j = next((k for k in range(i + 1, len(tokens)) if disp[k] is None), None)
    if j is None or tokens[j].value is None or tokens[i].value is None:
        return start, end
    tok, nxt = tokens[i], tokens[j]
    sign2 = units.sign_before(text, nxt.start, end)
    if not _FAR_TO.match(text, end, sign2[1] if sign2 else nxt.start) or _DASH_DIGIT.match(text, nxt.end):
        return start, end  # (a second end that is a range of its own is no end: see _pair)
    u1, u2 = units.unit_after(text, end, hi), units.unit_after(text, nxt.end, hi)
    if (u1 and u2 and u1[0] != u2[0]) or (sign2 and d.unit is not None and sign2[0] != d.unit):
        return start, end
    if sign2 and d.unit is None and u1 is not None:
        return start, end
    assert tok.value is not None and nxt.value is not None  # checked above, as tokens[i], tokens[j]
    d.value, d.low, d.high = None, min(tok.value, nxt.value), max(tok.value, nxt.value)
    d.qualifier, d.qualifier_text = "range", pre.group(0).rstrip()
    first_end = u1[2] if u1 else end
    if sign2 is not None:  # "from $75 U.S. per barrel to $45.88": the first end's rate is the range's
        _rate(text, units.currency_mark_after(text, first_end, hi) or first_end, hi, d)
    d.unit = d.unit or (sign2[0] if sign2 else None) or (u1[0] if u1 and u1[0].kind != "money" else None)
    d.tokens.append(j)
    return pre.start("w"), u2[2] if u2 and d.unit is not None and u2[0] == d.unit else nxt.end


def build(text: str, lo: int, hi: int, tokens: Sequence[Number], disp: Sequence[str | None], i: int) -> Draft | None:
    """The claim that starts at token i of a sentence, or None when the token claims nothing."""
    tok = tokens[i]
    d = Draft(tok.start, tok.end, tok.value, tokens=[i])
    if tok.vague is not None:
        d.low, d.high = tok.vague
        d.qualifier, d.qualifier_text = "vague", vague_words(text, tok)
    start, end = tok.start, tok.end
    sign = units.sign_before(text, start, lo)
    if sign:
        d.unit, start = sign[0], sign[1]
    elif tok.form == DIGITS and _unit_word_may_end(text, start) and (before := units.unit_before(text, start, lo)) is not None:
        d.unit, start = before  # "a magnitude 6.8 earthquake"
    k = i
    if i + 1 < len(tokens) and disp[i + 1] is not None and "/" in text[tok.end : tokens[i + 1].start]:
        u = units.compound_after(text, tok.end, hi)
        if u is not None and tokens[i + 1].end <= u[2]:
            k = i + 1  # "1.3 A/cm2 to 0.03 A/cm2": the "2" of the unit is no second figure
    nxt = tokens[k + 1] if k + 1 < len(tokens) and disp[k + 1] is None else None  # the next free token
    two = False
    if nxt is not None and tok.value is not None and nxt.value is not None and not (
            tok.times and text[tok.start : tok.end].lower() in numbers.tables().multiplying):
        # (a verb that multiplies is no end of a range: "doubled to 2 million" is a rise to a level)
        start, end, two = _pair(text, lo, hi, tok, nxt, d, start, end, sign is not None)
    if two:
        d.tokens.append(k + 1)
    elif d.qualifier == "exact" and tok.value is not None and "from" in text[start - 26 if start - 26 > lo else lo : start].lower():
        # _from_to needs a "from" in the window its prefix is read from: the test inline, for most figures
        start, end = _from_to(text, lo, hi, tokens, disp, i, d, start, end)
    if d.qualifier not in ("range", "vague"):
        q = hedges.qualifier_before(text, start, lo)
        if q:
            d.qualifier, d.qualifier_text, start = q
            if text.startswith("-", end) and (glued := hedges.qualifier_after(text, end, hi)) is not None:
                end = glued[2]  # "some 30-odd vessels": the glued suffix is the figure's; the hedge before says how
        elif not d.ratio and _hedge_may_follow(text, end) and (q := hedges.qualifier_after(text, end, hi, noun_next=d.unit is None)):
            d.qualifier, d.qualifier_text, end = q
    elif d.qualifier == "range" and (q := hedges.qualifier_before(text, start, lo)) and q[0] == "approximate":
        # "about 14-18 mpg", "~25-40 min": the range keeps its stated ends; the hedge is in the span and
        # leads qualifier_text ("roughly between")
        d.qualifier_text, start = " ".join(filter(None, (q[1], d.qualifier_text))), q[2]
    d.start, d.end = start, end
    if not d.ratio and not d.proportion and d.qualifier != "range":
        # _multiplicative's own first test inline: no "times" after a figure that is no "twice"
        found = None
        # (_N_TIMES needs a "t" after one space, or a second space; _share_as a fraction)
        if (tok.times or (text[tok.end + 1 : tok.end + 2] in "tT \t\u00a0" and _N_TIMES.match(text, tok.end, hi) is not None)
                or (tok.form == FRACTION and _share_as(text, tok))):
            found = _multiplicative(text, lo, hi, tok, d)
        if found is not None:
            return d if found else None
    if d.ratio or (text[tok.end : tok.end + 1] == "s" and _over_ns(text, lo, hi, tok, d)):  # (its first test)
        return d
    # (_a_unit_or's first test inline: it reads only a "two" or "three" in words)
    if tok.ordinal:  # (mentions.classify lets no other ordinal through)
        years = numbers.YEARS_ORDINAL.match(text, tok.end, hi)
        if years is None:
            return None
        # "his 50th birthday": 50 years of age; "the 75th anniversary": 75 years since
        d.unit, d.age, d.end = units.unit_word("years"), years.group("what").lower() == "birthday", years.end()
    elif tok.elapsed:
        d.unit = units.unit_word("seconds")  # "won in 2:09:56": a time elapsed, its value in seconds
    elif not (tok.form == WORD and _a_unit_or(text, lo, hi, tok, d)) and not _unit_or_noun(text, lo, hi, tok, d, two):
        return None
    if d.unit is None and d.per_unit is not None and (quoted := _quoted_currency(text, lo, hi, d)) is not None:
        d.unit = quoted  # "the yen weakened to 150 per dollar": 150 yen
    if d.noun is None and d.unit is None and tok.integer and 55 <= (tok.value or 0) <= 99 and _GOLF_SCORE.search(
            text, max(lo, d.start - 48), d.start):
        d.noun = _STROKE  # "shot a 7-under-par 65", "carded a bogey-free 68": a round's strokes
    if d.unit is not None and d.unit.kind == "mass" and (money := units.money_sense(d.unit, text, lo, d.start, d.end, hi)):
        d.unit = money  # "cost 450 million pounds": the currency, not the weight
    elif d.unit is not None and d.unit.lemma == "point" and (
            (text.startswith(" to ", d.end) and _TO_PERCENT.match(text, d.end, hi))
            or _PERCENT_THEN_MOVE.search(text, max(lo, d.start - 24), d.start)
            or units.rate_point(d.value, text, lo, d.start, d.end, hi)):
        # "raised rates by a quarter point", "the pass rate rose 5 points to 78%", "approval is at 41%,
        # down three points": a percentage point
        d.unit = units.unit_word("percentage point")
    if d.qualifier == "exact" and d.end > tok.end and _hedge_may_follow(text, d.end) and (
            q := hedges.qualifier_after(text, d.end, hi, noun_next=False)):
        d.qualifier, d.qualifier_text, d.end = q  # "5 dollars or so", "200 troops or more": after the unit
    if (d.qualifier == "exact" and text.startswith(" to life", d.end) and not text[d.end + 8 : d.end + 9].isalnum()
            and d.unit is not None and d.unit.kind == "duration"):
        d.qualifier, d.qualifier_text, d.end = "at_least", "to life", d.end + 8  # "sentenced to 25 years to life"
    if (d.qualifier_text or "").lower() == "over" and d.unit is not None and d.unit.kind == "duration" and not (
        d.age or hedges.back(_FOR, text, lo, d.start, 6)
    ):  # "over four years" is when, not how long ("for over four years" is more than; "aged over 75" an age)
        d.qualifier, d.qualifier_text, d.start = "exact", None, tok.start
    if (d.unit is None and d.noun is None and d.per_unit is None and not d.proportion and d.start == tok.start
            and "atio" in text[d.start - 16 if d.start > lo + 16 else lo : d.start]
            and hedges.back(_RATIO_OF, text, lo, d.start, 16)):
        d.ratio = True  # "a price-to-earnings ratio of 24.5": the figure is the ratio
    if d.entity is None:  # (_entities' first test)
        _entities(text, lo, hi, tok, d)
    # ground covered or taken: a length or an area ("advanced 2 km", "gained 600 square kilometres")
    distance = d.unit is not None and d.unit.kind in ("length", "area")
    if d.qualifier == "range" and "from" in (d.qualifier_text or "").lower().split():
        # "fell from 208 pounds to 193": both ends are levels, the before and after of the fall
        first, last = _written_ends(tokens, d)
        d.change = hedges.moved(text, lo, d.start, first, last, distance=distance)
    else:
        # a count changes only "by" something ("lost 3,000 vehicles" counts losses); a distance is no
        # rise when it is ground covered ("advanced 2 km"), but is when a level moves ("fell 2 meters")
        # a measure fused to the noun it describes is no object of the verb before it ("drops 1.5-ton
        # glide bombs": the bombs are dropped, nothing falls by 1.5 tons; "a 10-point drop" still falls)
        modifier = d.entity is not None and text[tok.end : tok.end + 1] in _HY and d.unit is not None
        # a counted noun written apart from the figure heads its own noun phrase: no noun after it is
        # the figure's change ("the 20 banks reported losses"; but "a 5,000-job cut" is one)
        own_phrase = d.noun is not None and text[tok.end : tok.end + 1] not in _HY
        d.change = hedges.change(text, lo, hi, d.start, d.end, need_by=d.noun is not None, distance=distance,
                                 verb=not modifier, noun=not own_phrase)
        if (d.change is not None and d.qualifier == "exact" and text[d.start - 5 if d.start > 5 else 0 : d.start].lower() == "past "
                and (d.unit is None or d.unit.kind != "duration")):
            _past(d)  # "climbed past $100,000": a level crossed (not "rose over the past 3 years")
        elif d.change == "down" and text.startswith(" of ", d.end) and _dropped_of(text, lo, d):
            d.change = None  # "the storm dropped 500mm of rain": the amount let fall
        elif d.change is not None and (d.qualifier_text or "").lower() in _THRESHOLDS:
            d.change = None  # "fell below $2.5 trillion": the level crossed, not the size of the fall
        elif (d.change is not None and text[d.start - 5 if d.start - 5 > lo else lo : d.start].lower() == "over "
              and d.qualifier == "exact" and d.unit is not None and d.unit.kind == "duration"):
            d.change = None  # "a pay rise over two years": when it rises, as "over" made it (no more_than)
    if tok.sign == "+":
        d.change = "up"  # "Nasdaq +0.8%"
    if d.share() and _share_hurt(text, hi, d):
        d.casualty = True  # "half the battalion that led the assault was wounded"
    if (not d.casualty and d.per_unit and d.unit is None and _people(d.noun)
            and _LOSS_CONTEXT.search(text, max(lo, d.start - 40), d.end)):
        # "losing about 1,200 people daily" (but "firing 2,000 shells a day" is no loss, and "losing
        # $1 million a day" or "10 billion tons of ice a year" count no people)
        d.casualty = True
    return d


@lru_cache(maxsize=1)
def _dropped_verbs() -> re.Pattern[str]:
    """A verb of change.toml [dropped_of], then at most three words (a hedge), at the end."""
    verbs = alternation(load("change")["dropped_of"])
    return re.compile(rf"(?<![\w-])(?:{verbs})(?:{_S}+[A-Za-z]+){{0,3}}{_S}+\Z", re.IGNORECASE)


def _dropped_of(text: str, lo: int, d: Draft) -> bool:
    """A measure "of" something that a verb of letting fall lets fall ("dropped 500mm of rain",
    "dumped more than two feet of snow"): an amount, no fall. A share ("dropped 30% of its value")
    still falls."""
    return (d.unit is not None and d.unit.kind in _MEASURED
            and _dropped_verbs().search(text, max(lo, d.start - 40), d.start) is not None)


_THE_CURRENCY = re.compile(rf"(?<![\w-])[Tt]he{_S}+(?:[A-Z][\w.]*{_S}+){{0,2}}(?P<cur>[a-z]+)\b")


def _quoted_currency(text: str, lo: int, hi: int, d: Draft) -> units.Unit | None:
    """The currency named as the subject of an exchange rate written as a bare figure per another
    currency ("The yen weakened to 150 per dollar", "the South African rand traded at 18.2 per
    dollar"): the figure is an amount of it."""
    per = units.unit_word(d.per_unit) if d.per_unit else None
    if per is None or per.kind != "money":
        return None
    for m in _THE_CURRENCY.finditer(text, max(lo, d.start - 60), d.start):
        u = units.unit_after(text, m.start("cur"), hi)
        if u is not None and u[0].kind == "money" and u[2] == m.end("cur") and u[0] != per:
            return u[0]
    return None


def _past(d: Draft) -> None:
    """A level crossed by a move ("climbed past $100,000", "weakened past 150 per dollar"): "past"
    is the qualifier (more_than after a rise, less_than after a fall), no change. A currency quoted
    per another one moves against its own value ("the yen weakened past 150 per dollar": more yen
    to the dollar)."""
    up = d.change == "up"
    if d.per_unit is not None and (per := units.unit_word(d.per_unit)) is not None and per.kind == "money":
        up = not up
    d.qualifier, d.qualifier_text, d.start, d.change = "more_than" if up else "less_than", "past", d.start - 5, None
    d.low, d.high = (d.value, None) if up else (None, d.value)


_KARAT = re.compile(rf"[kK]{_S}+(?:(?:white|yellow|rose|solid|pure){_S}+)?gold\b", re.IGNORECASE)
_THOUSANDS_K = re.compile(r"k(?![\w-])")  # a glued lower-case k no noun follows: thousands
_K_THEN = re.compile(r"[kK](?!\w)(?:[ \t\u00a0]+(?P<w>[A-Za-z]+))?")


@lru_cache(maxsize=1)
def _race_words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load("units")["race_k"].items()}


def _race_k(text: str, lo: int, hi: int, tok: Number, end: int) -> bool:
    """A glued "k" that is a race's kilometres (units.toml [race_k]), not thousands: "the 5k charity
    run", "ran a 10k in 31 minutes" (but "start at 45k", "a 45k salary")."""
    m = _K_THEN.match(text, end, hi)
    if m is None:
        return False
    race = _race_words()
    w = (m.group("w") or "").lower()
    if w in race["after"]:
        return True
    prev = hedges.WORD_BEFORE.search(text, max(lo, tok.start - 16), tok.start)
    return prev is not None and prev.group(1).lower() in race["before"] and (
        not w or w in race["then"] or w in numbers.tables().number_words)  # "runs 10k three times a week"


_OVER_NS = re.compile(r"(?<![\w-])over-\Z")


def _over_ns(text: str, lo: int, hi: int, tok: Number, d: Draft) -> bool:
    """"the over-65s": people over an age, written as a plural (the age, more_than; span "over-65s").
    Sets d and says so."""
    if (tok.form != DIGITS or not _whole_years(tok) or d.start != tok.start or text[tok.end : tok.end + 1] != "s"
            or (tok.end + 1 < hi and text[tok.end + 1].isalnum()) or not _OVER_NS.search(text, max(lo, tok.start - 5), tok.start)):
        return False
    d.start, d.end, d.age, d.unit = tok.start - 5, tok.end + 1, True, units.unit_word("year")
    d.qualifier, d.qualifier_text, d.low = "more_than", text[tok.start - 5 : tok.start - 1], tok.value
    return True


_A_UNIT_OR = re.compile(
    rf"(?<![\w-])(?P<a>an?|one|another){_S}+(?P<u>[A-Za-z]+(?:{_S}+[A-Za-z]+)?){_S}+or{_S}+\Z", re.IGNORECASE)


def _a_unit_or(text: str, lo: int, hi: int, tok: Number, d: Draft) -> bool:
    """"a day or two", "another month or two", "a percentage point or two": a vague range from one to
    the figure, in the unit written between (the span from the article). Sets d and says so."""
    if d.qualifier != "exact" or tok.form != WORD or tok.value not in (2.0, 3.0) or d.start != tok.start:
        return False
    m = hedges.back(_A_UNIT_OR, text, lo, tok.start, 40)
    if m is None or units.unit_after(text, tok.end, hi) is not None:
        return False  # "a day or two days" is read as two figures
    u = units.unit_after(text, m.end("a"), hi)
    if u is None or u[2] != m.end("u"):
        return False
    d.unit, d.start, d.value, d.low, d.high, d.qualifier = u[0], m.start(), None, 1.0, tok.value, "range"
    return True


def _first_end(first: Number, last: Number) -> float:
    """The first end of a range, the scale written once on the last applied to it ("2 to 3 million")."""
    a, b = first.value or 0.0, last.value or 0.0
    if first.scale == 1 and last.scale > 1 and a < b / last.scale:
        return scaled(a, last.scale)
    return a


def _written_ends(tokens: Sequence[Number], d: Draft) -> tuple[float, float]:
    """The two ends of a range in the order written ("from 40 to 35": 40, 35), a scale written once
    applied to both ("from 3 to 2 million")."""
    first, last = tokens[d.tokens[0]], tokens[d.tokens[-1]]
    return _first_end(first, last), last.value or 0.0


@lru_cache(maxsize=1)
def _times_of() -> re.Pattern[str]:
    """ "times" then what the multiple is of, with no article ("times average earnings", "times its
    annual sales"): nouns.toml
    [ratio_bases], [ratio_base_modifiers]."""
    bases = alternation(units.word_set("ratio_bases"))
    mods = alternation(units.word_set("ratio_base_modifiers"))
    # up to two modifiers: "times its annual sales", "times their expected earnings"
    return re.compile(rf"{_S}+(?P<what>(?:(?:{mods}){_S}+){{0,2}}(?:{bases}))\b", re.IGNORECASE)


def _share_as(text: str, tok: Number) -> bool:
    """A share in words before "as much" or "as many" ("half as much rain", "a third as many
    workers") or before "that of" ("turnout was half that of 2019"): a multiple below one, a ratio
    like "twice as much", not a share of anything."""
    return tok.form == FRACTION and text.startswith((" as m", " that of ", " those of "), tok.end)


# what follows a batter's "doubled" or "tripled" (a hit): "to left", "off Cole", "in the fifth (inning)"
_BASE_HIT = re.compile(
    rf"{_S}+(?:to{_S}+(?:left|right|center|centre|deep|shallow)\b|off{_S}+[A-Z]|home\b|in{_S}+(?:a{_S}+)?runs?\b"
    rf"|in{_S}+the{_S}+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+th)(?:{_S}+inning|[.,;]))",
    re.IGNORECASE,
)


def _multiplicative(text: str, lo: int, hi: int, tok: Number, d: Draft) -> bool | None:
    """A frequency ("once a month", "three times a week") or a ratio by multiplication ("three times
    as many men", "twice the rate", "tenfold"). True when read, False when the token claims nothing
    ("twice" alone), None when it is not a multiplicative."""
    times_end = tok.end
    if not tok.times and not _share_as(text, tok):
        tm = _N_TIMES.match(text, tok.end, hi)
        if tm is None:
            return None
        times_end = tm.end()
    rate_end = _rate(text, times_end, hi, d, periods_only=True)
    if rate_end > times_end:
        d.frequency, d.end = True, rate_end
        d.change = hedges.change(text, lo, hi, d.start, d.end)
        return True
    cm = _TIMES.match(text, tok.end, hi)
    if cm is None and (base := _times_of().match(text, times_end, hi)) is not None:
        d.ratio, d.end, d.entity = True, base.end(), base.group("what")  # "15 times earnings"
        return True
    raw = text[tok.start : tok.end].lower()
    verb = raw in numbers.tables().multiplying
    if cm is None and not raw.endswith(("fold", "x")) and not verb:
        return False if tok.times else None  # "twice" alone: no figure; "tenfold", "3x" alone: a ratio
    if verb and _BASE_HIT.match(text, tok.end, hi):
        return False  # "Ruiz doubled to left in the fifth": a hit, no multiple
    d.ratio = True
    if cm is None:
        if (moved := hedges.multiplied(text, lo, d.start)) is not None:
            d.change, d.entity = moved  # "raised premiums tenfold": a rise, of the premiums
        if verb:  # "prices have doubled": a rise by the multiple; "halved" a fall
            d.change = "up" if (tok.value or 0) > 1 else "down"
        return True
    d.end = cm.end()
    compared = cm.group("cmp").lower()
    if compared.startswith("as") or compared in ("more", "fewer"):  # "as many small explosive drones", "more drones"
        c = phrases.counted(text, d.end, hi)
        if c is not None:
            d.end, d.entity = c.end, c.entity
    elif compared == "the":  # "the rate", "the number of soldiers", "the national average"
        w = phrases.words_after(text, d.end, hi, 1)
        if w:
            d.end, d.entity = w[0].end(), w[0].group(1)
            c = phrases.counted(text, d.end + 3, hi) if text.startswith(" of", d.end) else None
            if c is not None:
                d.end, d.entity = c.end, c.entity
            elif ((np := phrases.modified_noun_span(text, w[0].start(1) - 1, hi)) is not None and np[1] > d.end
                  and np[0].split()[-1].lower() in units.word_set("amount_words")):
                d.end, d.entity = np[1], np[0]  # "three times the national average", "twice the original estimate"
    return True


def _unit_or_noun(text: str, lo: int, hi: int, tok: Number, d: Draft, two: bool) -> bool:
    """Attach the unit ("2,200 pounds", "30-year-old"), the currency, or the counted noun and the
    rate period after the figure. False when the token turns out to claim nothing (a bare "one")."""
    end = d.end
    if d.unit is None and tok.form == FRACTION and (of_a := _OF_A.match(text, end, hi)):
        u = units.unit_after(text, of_a.end() - 1, hi)  # "a quarter of a percentage point", "half an hour"
        # "of a US pint": US measures of volume are pint's own; a US ton is no metric one
        if u is not None and u[0].kind != "money" and (of_a.group("us") is None or u[0].kind == "volume"):
            end = of_a.end() - 1
    if d.unit is None or d.unit.kind == "money":
        u = units.unit_after(text, end, hi)
        if u is not None and (d.unit is None or u[0].kind == "money"):
            d.unit = d.unit or u[0]
            end = u[2]
            if u[0].kind == "duration":
                old = _OLD.match(text, end, hi)
                if old:  # "30-year-old battalion commander"; "12-year-olds" are the people themselves
                    d.age, end = True, old.end()
                    d.entity = None if old.group("olds") else phrases.modified_noun(text, end, hi)
                elif _aged(text, lo, d.start) or _expectancy(text, lo, d.start):
                    d.age = True  # "aged 30 years", "life expectancy was 81.3 years"
            elif u[0].kind == "mass":
                d.entity = phrases.weighed_thing(text, lo, d.start)
            elif u[0].lemma == "foot" and d.value is not None and (inches := _INCHES.match(text, end, hi)):
                d.value += int(inches.group(1)) / 12  # "6-foot-4": six feet four inches
                end = inches.end()
    # a glued "k": a race, a karat or thousands, each read only when the "k" is there (_KARAT's
    # [kK] folds the Kelvin sign too; _THOUSANDS_K reads a lower-case "k" only)
    glued = text[end : end + 1]
    if d.unit is None and tok.form == DIGITS and glued in ("k", "K") and _race_k(text, lo, hi, tok, end):
        d.unit, end = units.unit_word("kilometer"), end + 1  # "ran a 10k in 31 minutes": a race's distance
    elif d.unit is None and tok.form == DIGITS and tok.integer and glued in ("k", "K", "\u212a") and _KARAT.match(text, end, hi):
        d.unit, end = units.unit_word("karat"), end + 1  # "an 18k gold case": the purity of gold
    elif (d.unit is None and tok.form == DIGITS and glued == "k" and tok.scale == 1.0 and d.value is not None
          and d.qualifier != "range" and _THOUSANDS_K.match(text, end, hi) and (d.value >= 10 or not tok.integer)):
        d.value, end = scaled(d.value, 1000.0), end + 1  # "salaries start at 45k" (a "4k TV" is a resolution)
    # (_STRONG starts with a dash; "" at the text's end lets it through)
    if d.unit is None and text[end : end + 1] in _HY and (strong := _STRONG.match(text, end, hi)):  # "a 2,000-strong force"
        c = phrases.counted(text, strong.end(), hi)
        if c is not None and c.noun is not None:
            d.noun, d.entity, end = c.noun, c.entity, c.end
        elif (group := phrases.modified_noun_span(text, strong.end(), hi)) is not None:
            # "the 1,100-strong garrison", "a 300-strong crowd": the members of a group named in the singular
            head = group[0].split()[-1].lower()
            d.noun, d.entity, end = units.noun(head) or units.Noun(head, "count"), group[0], group[1]
    if d.unit is None and _sign_may_follow(text, end) and (sign := units.sign_after(text, end, hi)) is not None:
        d.unit, end = sign  # "1,200\u20ac"
    # an age is a whole number from 1 to 119: tested once here for the two readers after it
    young = _whole_years(tok)
    if d.unit is None and (_aged(text, lo, d.start) or (young and _appositive_age(text, lo, hi, tok))
                           or (young and _said_age(text, lo, hi, tok, d)) or (young and _age_bound(text, lo, hi, d))
                           or (tok.vague is not None and tok.form == DIGITS and hedges.back(_IN_THEIR, text, lo, d.start, 16))):
        d.age, d.unit = True, units.unit_word("year")
    if (d.unit is None and d.noun is None and tok.integer and text[end : end + 1] in _HY
            and (c := phrases.hyphen_noun(text, end, hi)) is not None):  # (a hyphen first: _HY holds hyphen_noun's)
        d.noun, d.entity, end = c.noun, c.entity, c.end  # "a six-cylinder engine"
    if d.unit is None and d.noun is None:
        one = tok.form == WORD and tok.value == 1 and tok.vague is None and not two
        c = phrases.counted(text, end, hi, singular=one)
        if c is None and (pair_of := _PAIR_OF.match(text, tok.start, hi)) is not None and pair_of.end() >= end:
            c = phrases.counted(text, pair_of.end(), hi)  # "a pair of submarines", "a dozen of his men"
        # (_EXPECTED_BY: spaces, then "had", "have", "has" or a forecast verb, all of whose first
        # letters, "h", "e", "f", "p" and "a", re folds to no other character)
        if c is not None and text[c.end + 1 : c.end + 2] in "hHeEfFpPaA \t\u00a0" and _EXPECTED_BY.match(text, c.end, hi):
            c = None  # "short of the 455,000 analysts expected": who expected the figure, not what it counts
        if c is not None:
            d.noun, d.unit, d.entity, d.casualty, end = c.noun, c.unit, c.entity, c.casualty, c.end
            if c.unit is None and text[end + 1 : end + 2] in "fF \t\u00a0" and (each := _FOR_EACH_ONE.match(text, end, hi)) is not None and (
                against := phrases.counted(text, each.end(), hi, singular=True)
            ) is not None:
                # "3 applicants for each job", "three Russians for every Ukrainian soldier": a ratio
                # of N to one, of the counted things against the one named (a number after "for
                # every" is _pair's: "one shell for every five")
                d.ratio, d.entity, d.end = True, c.entity + text[end : against.end], against.end
                return True
        elif one:
            if _ONE_OF.match(text, end, hi):
                d.entity = phrases.entity_of(text, end, hi)  # "one of the best speakers"
            elif not (_LISTED.search(text, max(lo, d.start - 6), d.start) and (w := WORD_AFTER.match(text, end, hi))
                      and phrases.adverb(w.group(1))):
                return False  # bare "one": a pronoun, not a count (but "three were hurt, one seriously" counts one)
        elif (tok.vague is None and tok.form != FRACTION and text[end + 1 : end + 2] in "oO \t\u00a0"
              and (one_of := _ONE_OF.match(text, end, hi)) is not None):  # (spaces, then "of")
            # "71 of the drones": a part of a whole named by its noun only; the span stays the figure
            c = phrases.counted(text, one_of.end(), hi)
            if c is not None and c.noun is not None:
                d.noun, d.entity, d.casualty = c.noun, c.entity, c.casualty
    if d.unit is None and d.noun is None and tok.form == FRACTION and (tok.value or 0) < 1:
        d.proportion = True
    if d.unit is None and d.noun is None and not d.proportion and (c := phrases.counting_subject(
            text, lo, tok.start if (d.qualifier_text or "")[:6].lower() == "averag" else d.start)):
        d.noun, d.entity = c.noun, c.entity  # "Russian forces in the region number about 50,000"
    if d.noun is not None and d.noun.lemma == "round" and not writes_any(
            text, max(lo, d.start - 48), min(hi, d.end + 48), units.word_set("ammunition_cues")):
        d.noun = _ROUND  # "after three rounds", "two rounds of talks": stages, no ammunition
    if d.unit is None and _people(d.noun) and not d.casualty:
        before, after = _casualty_verbs()
        # "killing 14", "killed up to 800 fighters", "41 soldiers had been killed", "civilians have died",
        # "12 were wounded", "dozens were hurt" (a whole number or a vague one alone as the subject counts people)
        if (_may_end(text, d.start, (_CUES or _cues()).casualty_last) and hedges.back(before, text, lo, d.start, 12)) or (
            (d.noun is not None or tok.vague is not None or (tok.integer and tok.value is not None))
            and after.match(text, end, hi)
        ) or (
            any(w in text[max(lo, d.start - 40) : d.start] for w in ("toll", "osses", "asualties"))
            and (toll := hedges.back(_TOLL, text, lo, d.start, 40)) is not None
            and (toll.group("toll") or d.noun is not None)
        ):  # ("the death toll climbed to 58"; "losses amount to 1,200 people a day", but a bare figure
            # after "losses" is no count of people: "losses narrowed to 1.2")
            d.casualty = True
        elif d.noun is not None and d.noun.claim_type == "force_size" and hedges.back(_lost_before(), text, lo, d.start, 40):
            d.casualty = True  # losses of men: "lost 300 soldiers", "cost Russia 5,000 men"
    if not d.age and (d.unit is None or d.unit.kind != "speed"):
        after_rate = _rate(text, end, hi, d)
        if after_rate == end and d.unit is not None and d.unit.kind == "money":
            mark = units.currency_mark_after(text, end, hi)  # "$75 U.S. per barrel"
            if mark is not None and (r := _rate(text, mark, hi, d)) > mark:
                after_rate = r
        # (_BRACKET: "(" at `end`, or after one space, or a second space)
        if after_rate == end and ("(" in text[end : end + 2] or text[end + 1 : end + 2] in " \t\u00a0") and (
                bracket := _BRACKET.match(text, end, hi)) is not None:
            # "9 billion shekels ($2.4 billion) a year": the rate after a bracketed restatement is
            # this figure's too; the span stays before the bracket, which holds a claim of its own
            _rate(text, bracket.end(), hi, d)
        if after_rate == end and d.noun is not None:
            # "1,200 people die daily": a rate adverb after the verb of the counted noun
            v = _VERB.match(text, end, hi)
            if v and v.group(1) not in phrases.stop_words() and _ADVERB.match(text, v.end(1), hi):
                after_rate = _rate(text, v.end(1), hi, d, periods_only=True)
        end = after_rate
    d.end = end
    return True


def _entities(text: str, lo: int, hi: int, tok: Number, d: Draft) -> None:
    """What the figure is of, when the unit or noun did not name it: "2\u00bd years of war", "Ninety
    percent of the troops in his platoon", "nearly half the territory", "five-year plan"."""
    if d.entity is not None:
        return
    kind = d.unit.kind if d.unit is not None else None
    if kind == "duration" and not d.age:
        d.entity = phrases.of_phrase(text, d.end, hi)
    elif kind in ("mass", "volume", "length", "area"):  # "1\u00bd tons of flour", "2 million barrels of oil"
        of = phrases.of_phrase_span(text, d.end, hi)
        if of is not None:
            d.entity = of[0]
            if d.per_unit is None and not d.age and (rate_end := _rate(text, of[1], hi, d)) > of[1]:
                d.end = rate_end  # "5 million barrels of oil a day": the rate comes after what the measure is of
    elif kind == "money":  # "$1.2 billion in aid", "\u20ac40 million in new loans"
        d.entity = phrases.in_phrase(text, d.end, hi)
    elif d.proportion or kind == "proportion" or (d.qualifier == "vague" and d.noun is None):
        d.entity = phrases.entity_of(text, d.end, hi)
        if d.entity is None and kind == "proportion" and hedges.ARTICLE_BEFORE.search(text, max(lo, d.start - 4), d.start):
            # "a 5% stake", "on a 60% turnout": the noun the percentage measures (a change noun, "a 5%
            # rise", is the figure's change, not what it is of)
            noun = phrases.modified_noun(text, d.end, hi)
            if noun is not None and not hedges.is_change_noun(noun.split()[-1]):
                d.entity = noun
    if d.entity is None and kind in _MEASURED and text[tok.end : tok.end + 1] in _HY and text[d.end - 1] != "s":
        # "3,000-pound bombs", "five-year plan", "a 3-4 hour wait"; a unit in the plural modifies
        # nothing ("30-40 metres tall")
        d.entity = phrases.modified_noun(text, d.end, hi)


def sentence_drafts(text: str, lo: int, hi: int, tokens: Sequence[Number], disp: Sequence[str | None]) -> list[Draft]:
    """The claims of one sentence, in order and without overlaps."""
    drafts: list[Draft] = []
    taken_to = lo
    i = 0
    while i < len(tokens):
        if disp[i] is not None or tokens[i].start < taken_to:
            i += 1
            continue
        d = build(text, lo, hi, tokens, disp, i)
        if d is None or d.start < taken_to or d.end <= d.start:
            i += 1
            continue
        drafts.append(d)
        taken_to = d.end
        i = d.tokens[-1] + 1  # (the last is the largest: build appends only tokens after i)
    if len(drafts) > 1:  # (what reads two figures together: a no-op on one)
        drafts = _compound_measures(text, drafts)
        _restatements(text, drafts)
    if drafts:
        borrow_units(text, drafts)
        scales = [tokens[d.tokens[-1]].scale for d in drafts]
        if len(drafts) > 1:
            _millions_beside_millions(text, drafts, scales)
            ellipsis.carry_units(text, hi, drafts, scales)
    read_temperatures(text, lo, hi, drafts)
    return drafts


def _millions_beside_millions(text: str, drafts: list[Draft], scales: list[float]) -> None:
    """A glued "m" read as metres, with nothing it measures, in a sentence with a count in millions
    or more and no length is millions too ("2m people watched and 1.5m streamed it", "1.2bn shares,
    above the average of 900m"): the value is scaled, the unit dropped (the ellipsis after this may
    give it one). A "300m viaduct", "300m tall", or a sentence that counts only money ("the 1.2bn-dollar
    bridge spans 900m") keeps the metres."""
    if len(drafts) < 2 or max(scales) < 1e6:
        return
    if any(d.unit is not None and d.unit.kind == "length" and text[d.end - 1 : d.end] != "m" for d in drafts):
        return  # a length written out elsewhere: the "m" may be metres
    for k, d in enumerate(drafts):
        if (d.unit is not None and d.unit.lemma == "meter" and d.entity is None and d.value is not None
                and text[d.end - 1 : d.end] == "m" and text[d.end - 2 : d.end - 1].isdigit() and _no_measured(text, d.end)
                and any(scales[j] >= 1e6 and e.unit is None for j, e in enumerate(drafts) if j != k)):
            d.value, d.unit, scales[k] = scaled(d.value, 1e6), None, 1e6


def _no_measured(text: str, end: int) -> bool:
    """Nothing a length could measure after `end`: punctuation, a function word or a verb ("1.5m
    streamed it"), not "300m tall" or "a 300m viaduct"."""
    w = WORD_AFTER.match(text, end)
    if w is None:
        return True
    low = w.group(1).lower()
    return low in phrases.stop_words() or low in units.word_set("verbs") or (low.endswith("ed") and len(low) > 3)


_AND_GAP = re.compile(rf"{_S}*(?:,{_S}*)?(?:and{_S}+)?\Z")
_COMPOUND_KINDS = frozenset(("duration", "length", "mass"))


def _compound_measures(text: str, drafts: list[Draft]) -> list[Draft]:
    """"2 hours 15 minutes", "6 feet 4 inches", "3 years and 2 months": a measure written in two
    units of one kind, the smaller after the larger and less than one of it, is one figure in the
    larger unit (2.25 hours). pint gives the ratio of the two units."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (prev is not None and prev.unit is not None and d.unit is not None and prev.value is not None
                and d.value is not None and prev.unit.kind == d.unit.kind and d.unit.kind in _COMPOUND_KINDS
                and prev.unit.pint and d.unit.pint and d.qualifier == "exact" and prev.per_unit is None
                and d.per_unit is None and not prev.age and not d.age and prev.value.is_integer()
                and _AND_GAP.fullmatch(text, prev.end, d.start)):
            part = units.factor(d.unit.pint, prev.unit.pint)
            if part < 1 and d.value * part < 1:
                prev.value += d.value * part
                prev.end, prev.tokens = d.end, prev.tokens + d.tokens
                prev.entity = prev.entity or d.entity
                continue
        out.append(d)
    return out


_RESTATED = re.compile(rf"{_S}*(?:\(|\[|/|,|or|and){_S}*(?:(?:US|U\.S\.|about|around|some|roughly|approximately|or){_S}*)?\Z")


_OR_RESTATED = re.compile(rf",{_S}*or{_S}+(?:(?:about|around|some|roughly|nearly|almost){_S}+)?\Z")


def _restatements(text: str, drafts: list[Draft]) -> None:
    """A figure in brackets restating the one before it ("more than 7.5 million kroner (US$1.1 million)",
    "just under 296 hp (224 kW / 300 PS)") is hedged and moving like it: copy qualifier and change,
    and the rate of an amount measured alike ("$58 a barrel (\u20ac50)")."""
    depth_start = None
    for prev, d in zip(drafts, drafts[1:]):
        gap = text[prev.end : d.start]
        if d.change is None and prev.change is not None and _OR_RESTATED.match(gap):
            d.change = prev.change  # "rose $12.40, or 0.6%": the same rise, restated
            continue
        opened = "(" in gap or "[" in gap
        if opened:
            depth_start = prev
        elif depth_start is None or ")" in gap or "]" in gap or not _RESTATED.match(gap):
            depth_start = None
            continue
        if not _RESTATED.match(gap):
            continue
        src = depth_start
        if d.per_unit is None and src.per_unit is not None and _same_kind(src, d):
            d.per_unit, d.per_period = src.per_unit, src.per_period  # "$58 a barrel (\u20ac50)": a rate too
        if d.qualifier not in ("exact", "range"):
            continue
        if d.qualifier == "exact" and src.qualifier not in ("exact", "range", "vague"):
            d.qualifier, d.qualifier_text = src.qualifier, src.qualifier_text
        if d.change is None:
            d.change = src.change


def _same_kind(a: Draft, b: Draft) -> bool:
    """Two figures measured alike (both money, or units of one kind): a restatement of the other."""
    return a.unit is not None and b.unit is not None and a.unit.kind == b.unit.kind


_NAME_COMMA = re.compile(
    rf"[A-Z][\w.'\u2019-]*,{_S}+\Z"
    rf"|(?<![\w-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)(?:{_S}+[a-z][\w'\u2019-]*){{1,2}},{_S}+\Z"  # "the athlete, 31,"
)


# what may follow an age said of a person: the clause ends, or a time is given ("she turned 40 on
# Monday", "I was 12 when"); not "he is 4 in the standings"
_AGE_ENDS = re.compile(
    rf"{_S}*(?:[.,;:!?)\u2014]|\Z|(?:by|on|when|this|next|last|and|but|after|before|until)\b|in{_S}+(?:\d{{4}}|[A-Z][a-z]+))"
)


def _whole_years(tok: Number) -> bool:
    """A whole unsigned number from 1 to 119, as an age is (the callers of _said_age and
    _appositive_age test it first)."""
    return tok.integer and tok.value is not None and 1 <= tok.value < 120 and not tok.sign


def _said_age(text: str, lo: int, hi: int, tok: Number, d: Draft) -> bool:
    """A whole number from 1 to 119 that a person is, turns or will be, or a life expectancy, with
    no unit or noun after it: an age in years ("she turned 40", "life expectancy is around 73")."""
    if d.noun is not None or (tok.form == WORD and tok.value == 1):
        return False  # "he was one of them"
    person = _AGE_ENDS.match(text, d.end, hi) is not None and hedges.back(_AGE_OF_PERSON, text, lo, d.start, 60)
    if not person and not _expectancy(text, lo, d.start):
        return False
    return phrases.counted(text, d.end, hi) is None  # "he is 3 goals short"


# a group of people, then the bound: "children under five", "those aged over 80"
_GROUP_BEFORE = re.compile(rf"(?<![\w-])([A-Za-z]+)(?:{_S}+aged)?{_S}+\Z")
_AGE_BOUNDS = frozenset(["under", "over", "above", "below", "older than", "younger than", "as young as"])


def _age_bound(text: str, lo: int, hi: int, d: Draft) -> bool:
    """"children under five", "adults over 65": a bound on a group of people (nouns.toml
    [age_groups]), with no unit or noun after it, is an age in years."""
    if d.noun is not None or (d.qualifier_text or "").lower() not in _AGE_BOUNDS:
        return False
    group = hedges.back(_GROUP_BEFORE, text, lo, d.start, 24)
    return (group is not None and group.group(1).lower() in units.word_set("age_groups")
            and phrases.counted(text, d.end, hi) is None)


def _expectancy(text: str, lo: int, pos: int) -> bool:
    """A life expectancy (or a median or average age) ends right before `pos` ("life expectancy for
    women is about ", "the median age of patients was "), a substring test first."""
    before = text[max(lo, pos - 80) : pos].lower()
    return (("expectancy" in before or " age" in before)
            and hedges.back(_LIFE_EXPECTANCY, text, lo, pos, 80) is not None)


def _appositive_age(text: str, lo: int, hi: int, tok: Number) -> bool:
    """"Maddon, 66, has ...", "the goalkeeper, 31, signed": a whole number from 1 to 119 set off by
    commas after a name or a person so described is an age."""
    if tok.form != DIGITS:
        return False
    return tok.end < hi and text[tok.end] == "," and hedges.back(_NAME_COMMA, text, lo, tok.start, 30) is not None
