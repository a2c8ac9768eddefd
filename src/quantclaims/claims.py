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

from quantclaims import units
from quantclaims.lexicon import alternation, load
from quantclaims.numbers import DIGITS, FRACTION, WORD, Number

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
    noun_text: str | None = None
    per_unit: str | None = None
    entity: str | None = None
    change: str | None = None
    ratio: bool = False
    frequency: bool = False
    age: bool = False
    casualty: bool = False
    proportion: bool = False
    tokens: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class _Tables:
    qual_before: re.Pattern[str]
    qual_kind: dict[str, str]
    qual_after: re.Pattern[str]
    qual_after_kind: dict[str, str]


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """Compile the qualifier lexicon, once."""
    lex = load("qualifiers")
    kinds = {w.lower(): k for k, ws in lex.items() if k != "suffixes" for w in ws}
    before = re.compile(rf"(?<![\w-])(?P<q>{alternation(kinds)}){_S}+\Z", re.IGNORECASE)
    after_kinds = {w.lower(): k for k, ws in lex["suffixes"].items() for w in ws}
    after = re.compile(rf"{_S}*(?P<q>{alternation(after_kinds)})\b", re.IGNORECASE)
    return _Tables(before, kinds, after, after_kinds)


_ONE_OF = re.compile(rf"{_S}+of{_S}+(?:the|its|his|her|their|our|my|your|these|those)\b", re.IGNORECASE)
_BY = re.compile(rf"(?<![\w-])by{_S}+\Z", re.IGNORECASE)
_RANGE_PREFIX = re.compile(rf"(?<![\w-])(?P<w>between|from){_S}+\Z", re.IGNORECASE)
_RANGE_GAP = re.compile(rf"{_S}*(?:[{_HY}/]|to|or|and){_S}*\Z|{_S}*(?:to|and){_S}+(?:about|around|some|nearly){_S}+\Z", re.IGNORECASE)
_RATIO_TO = re.compile(rf"{_S}*[{_HY}]{_S}*to{_S}*[{_HY}]{_S}*\Z|:\Z", re.IGNORECASE)
_PLAIN_TO = re.compile(rf"{_S}+to{_S}+\Z", re.IGNORECASE)
_FOR_EVERY = re.compile(rf"(?P<x>(?:{_S}+[A-Za-z'-]+){{0,3}}?){_S}+for{_S}+(?:every|each){_S}+\Z", re.IGNORECASE)
_OUT_OF = re.compile(rf"{_S}+(?:out{_S}+of|in){_S}+\Z", re.IGNORECASE)
_TIMES = re.compile(
    rf"{_S}*(?:{_S}times?|[{_HY}]fold)?{_S}+(?P<cmp>as{_S}+(?:many|much|high|large|likely|big|long|fast|often)|the|more|higher|"
    rf"larger|bigger|greater|fewer|less|lower|smaller|faster|slower|over)\b",
    re.IGNORECASE,
)
_N_TIMES = re.compile(rf"{_S}+times\b", re.IGNORECASE)
_PERIODS = r"day|week|month|year|hour|minute|second|fortnight|decade|night"
_RATE = re.compile(
    rf"{_S}+(?P<a>(?:a|an|per|each|every){_S}+(?P<p>{_PERIODS}))\b|{_S}*/{_S}*(?P<p2>{_PERIODS}|yr|hr|mo)\b|"
    rf"{_S}+(?P<adv>daily|weekly|monthly|yearly|annually|hourly|nightly)\b|[{_HY}](?P<p3>a{_S}(?:day|week|month|year))\b",
    re.IGNORECASE,
)
_VERB_ADVERB = re.compile(rf"{_S}+([a-z]+)(?={_S}+(?:daily|weekly|monthly|yearly|annually|hourly|nightly)\b)")
_ADVERB_PERIOD = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year",
                  "hourly": "hour", "nightly": "night", "yr": "year", "hr": "hour", "mo": "month"}
_OLD = re.compile(rf"(?:[{_HY}]|{_S}+)old\b|{_S}+of{_S}+age\b", re.IGNORECASE)
_AGED = re.compile(rf"(?<![\w-])(?:aged|age|ages){_S}+\Z", re.IGNORECASE)
_WORD = re.compile(rf"{_S}+([A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z]+)*)")
_WORD0 = re.compile(rf"{_S}*([A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z]+)*)")
_MODIFIERS = frozenset(["more", "other", "additional", "extra", "new", "fewer", "further", "fresh", "remaining"])
_OF = re.compile(rf"{_S}+of{_S}+")
_DET = re.compile(rf"{_S}+((?:the|its|their|his|her|our|this|that|these|those){_S}+)", re.IGNORECASE)
_UP = re.compile(
    rf"(?<![\w-])(?:rose|rise|rises|rising|risen|up|increased|increase|increases|increasing|grew|grow|grows|growing|"
    rf"grown|gained|gain|gains|gaining|jumped|jump|jumps|climbed|climb|climbs|surged|surge|surges|soared|soar|"
    rf"soars|added|adds|boosted|raised|hiked|advanced|higher by|expanded|rallied){_S}+(?:by{_S}+)?(?:as{_S}+much{_S}+as{_S}+|a{_S}+further{_S}+|another{_S}+)?\Z",
    re.IGNORECASE,
)
_DOWN = re.compile(
    rf"(?<![\w-])(?:fell|fall|falls|falling|fallen|dropped|drop|drops|dropping|declined|decline|declines|declining|"
    rf"down|decreased|decrease|decreases|slid|slide|slides|slipped|slip|slips|cut|cuts|shed|sheds|plunged|plunge|"
    rf"plunges|tumbled|tumble|sank|sink|lowered|reduced|reduce|eased|ease|dipped|dip|slumped|slump|lost|lose|loses|"
    rf"shrank|shrunk|contracted|retreated|sagged|skidded){_S}+(?:by{_S}+)?(?:as{_S}+much{_S}+as{_S}+|a{_S}+further{_S}+|another{_S}+)?\Z",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    rf"(?:{_S}+|[{_HY}])(?:(?P<up>increase|increases|rise|rises|jump|gain|gains|growth|hike|surge|climb|rally|"
    rf"advance|higher|uptick|boost)|(?P<down>decrease|decline|declines|drop|drops|fall|falls|cut|cuts|loss|"
    rf"losses|lower|slump|plunge|slide|dip|reduction|contraction))\b",
    re.IGNORECASE,
)
_ARTICLE = re.compile(rf"(?<![\w-])(?:a|an|the){_S}+\Z", re.IGNORECASE)
_LOSS_CONTEXT = re.compile(
    r"\b(?:los(?:e|es|ing|t)|kill(?:s|ed|ing)?|dead|died|die|dying|wounded|injur(?:ed|ing|ies)|casualt(?:y|ies)|deaths?)\b",
    re.IGNORECASE,
)
STOP = frozenset(
    """a an the of in on at to for from by with and or but as than that which who whom whose this these those
    is are was were be been being has have had do does did will would can could may might must shall should
    not no nor so if then there here it its they them their he she his her we our you your i me my
    about around over under after before during since until into onto per each every some any all
    more most less least many much few several other another such own same also only just even very
    ago earlier later last next first second third year years month months week weeks day days""".split()
)
_PERIOD_WORDS = frozenset(["day", "days", "week", "weeks", "month", "months", "year", "years"])


def _qualifier_before(text: str, pos: int, lo: int, d: Draft) -> int:
    """Attach hedging words ending at `pos` ("some", "at least"); return the new start."""
    t = tables()
    m = t.qual_before.search(text, max(lo, pos - 24), pos)
    if not m:
        return pos
    q = m.group("q")
    d.qualifier, d.qualifier_text = t.qual_kind[re.sub(r"\s+", " ", q.lower())], q
    return m.start("q")


def _words_after(text: str, pos: int, hi: int, limit: int, first: re.Pattern[str] = _WORD) -> list[re.Match[str]]:
    out = []
    while len(out) < limit:
        m = (first if not out else _WORD).match(text, pos, hi)
        if not m:
            break
        out.append(m)
        pos = m.end()
    return out


_PREPS = frozenset("in of at on for by with from into near known called named nicknamed based".split())


def _noun_phrase(text: str, pos: int, hi: int, limit: int = 6, preps: bool = True) -> tuple[str, int] | None:
    """Words from `pos` up to a verb-like stop or punctuation ("the troops in his platoon")."""
    words = _words_after(text, pos, hi, limit, _WORD0)
    verbs = units.word_set("verbs")
    keep: list[re.Match[str]] = []
    for w in words:
        low = w.group(1).lower()
        if low in verbs or low in ("and", "or", "who", "which", "that", "to", "than", "as", "where", "when", "while"):
            break
        if keep and (low.endswith("ing") or (low.endswith("ed") and len(keep) >= 2)):
            break
        if not preps and low in _PREPS:
            break
        keep.append(w)
    while keep and keep[-1].group(1).lower() in STOP:
        keep.pop()
    if not keep:
        return None
    start = keep[0].start(1)
    return text[start : keep[-1].end()], keep[-1].end()


@lru_cache(maxsize=1)
def _casualty_words() -> re.Pattern[str]:
    cas = alternation(units.word_set("casualty_words"))
    return re.compile(rf"(?:(?:{_S}+|,{_S}*)(?:and{_S}+|or{_S}+)?(?:{cas})\b)+")


def _counted_noun(text: str, pos: int, hi: int, d: Draft, singular: bool = False) -> int:
    """Attach a counted noun and its modifiers after `pos` ("North Korean troops"); return the new end.

    A known noun may follow up to three modifiers; an unknown one counts only right after the number,
    plural ("4,000 subscribers"), or singular after "one" ("one proposal").
    """
    words = _words_after(text, pos, hi, 5)
    head = None
    for k, w in enumerate(words):
        low = w.group(1).lower()
        if k + 1 < len(words):
            pair = f"{low} {words[k + 1].group(1).lower()}"
            if units.noun(pair):
                head = (k + 1, units.noun(pair))
                break
        noun = units.noun(low)
        if noun is not None and not (low in STOP):
            head = (k, noun)
            break
        if (low in STOP and low not in _MODIFIERS) or k >= 3 or "'" in low or "\u2019" in low:
            break
        after_modifier = k == 1 and words[0].group(1).lower() in _MODIFIERS
        if (k == 0 or after_modifier) and low.endswith("s") and not low.endswith("ss") and len(low) > 3 and (
            w.group(1)[0].islower() or after_modifier
        ):
            lemma = low[:-3] + "y" if low.endswith("ies") else low[:-1]
            head = (k, units.Noun(w.group(1)[:-1] if w.group(1)[0].isupper() else lemma, "count"))
            break
        if k == 0 and singular and w.group(1).islower() and len(low) > 2 and low not in units.word_set("verbs"):
            head = (0, units.Noun(low, "count"))
            break
    if head is None:
        return pos
    k, noun = head
    skip = 1 if k > 0 and words[0].group(1).lower() in _MODIFIERS else 0
    first, last = words[skip].start(1), words[k].end()
    d.noun, d.noun_text = noun, text[first:last]
    # participles that make the head a casualty count: "men dead and injured", "people killed"
    m = _casualty_words().match(text, last, hi)
    if m and m.end() > last:
        last = m.end()
        d.casualty = True
    d.entity = text[first:last]
    return last


def _entity_of(text: str, pos: int, hi: int, d: Draft) -> None:
    """The thing a proportion, duration or vague figure is of: "of the troops in his platoon", "half the territory"."""
    if d.entity is not None:
        return
    m = _OF.match(text, pos, hi) or _DET.match(text, pos, hi)
    if not m:
        return
    start = m.end() if m.re is _OF else m.start(1)
    np = _noun_phrase(text, start, hi)
    if np:
        d.entity = np[0] if m.re is _OF else text[start : np[1]]


def _rate(text: str, pos: int, hi: int, d: Draft) -> int:
    m = _RATE.match(text, pos, hi)
    if not m:
        return pos
    period = m.group("p") or m.group("p2") or (m.group("p3") or "").split()[-1:] or None
    if isinstance(period, list):
        period = period[0] if period else None
    if m.group("adv"):
        period = _ADVERB_PERIOD[m.group("adv").lower()]
    period = _ADVERB_PERIOD.get(period.lower(), period.lower()) if period else None
    if period is None:
        return pos
    d.per_unit = period
    return m.end()


def _change(text: str, lo: int, hi: int, d: Draft) -> None:
    if _UP.search(text, max(lo, d.start - 40), d.start):
        d.change = "up"
    elif _DOWN.search(text, max(lo, d.start - 40), d.start):
        d.change = "down"
    else:
        m = _CHANGE_AFTER.match(text, d.end, hi)
        if m and (_ARTICLE.search(text, max(lo, d.start - 6), d.start) or m.group(0).strip().lower() in ("higher", "lower")):
            d.change = "up" if m.group("up") else "down"


def _second(tokens: Sequence[Number], disp: Sequence[str | None], i: int) -> Number | None:
    if i + 1 < len(tokens) and disp[i + 1] is None:
        return tokens[i + 1]
    return None


def _pair(text: str, lo: int, hi: int, tok: Number, nxt: Number, d: Draft, start: int, end: int,
          signed: bool) -> tuple[int, int, bool]:
    """Read two numbers as one figure when the words between them say so: a ratio ("3-to-1",
    "10:1", "one for every five"), a proportion ("three out of four") or a range ("between 5 and 10",
    "from $750,000 to $1 million", "5-6%"). Returns (start, end, whether the second was used)."""
    assert tok.value is not None and nxt.value is not None
    u1 = units.unit_after(text, end, nxt.start)
    gap_from = u1[2] if u1 else end
    sign2 = units.sign_before(text, nxt.start, gap_from)
    gap = text[gap_from : sign2[1] if sign2 else nxt.start]
    if len(gap) > 24:
        return start, end, False
    low_gap = gap.lower()
    if u1 is None and (gap == ":" or _RATIO_TO.match(gap) or (_PLAIN_TO.match(gap) and nxt.value == 1 < tok.value)):
        if nxt.value and not (gap == ":" and nxt.end - nxt.start == 2):  # "10:30" is a time, "10:1" a ratio
            d.value, d.ratio = tok.value / nxt.value, True
            return start, nxt.end, True
        return start, end, False
    if u1 is None and nxt.value and _FOR_EVERY.match(gap):
        d.value, d.ratio = tok.value / nxt.value, True
        return start, nxt.end, True
    if u1 is None and _OUT_OF.match(gap) and nxt.value > tok.value and (
        "out" in low_gap or nxt.form == WORD == tok.form or (tok.form == DIGITS == nxt.form and tok.value < 10)
    ):
        d.value, d.proportion = tok.value / nxt.value, True
        return start, nxt.end, True
    if not _RANGE_GAP.match(gap):
        return start, end, False
    pre = _RANGE_PREFIX.search(text, max(lo, start - 10), start)
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
    if word is None and (_BY.search(text, max(lo, start - 4), start) or nxt.value <= tok.value):
        return start, end, False  # "rose by 5% to 7%", "won 3-1": not ranges
    low = tok.value
    if tok.scale == 1 and nxt.scale > 1 and tok.value < nxt.value / nxt.scale:
        low = tok.value * nxt.scale  # "2 to 3 million": the scale is written once
    d.value, d.low, d.high, d.qualifier = None, low, nxt.value, "range"
    if pre:
        d.qualifier_text, start = pre.group("w"), pre.start("w")
    if sign2 is not None and d.unit is None:
        d.unit = sign2[0]
    if u1 is not None and u1[0].kind != "money":
        if d.unit is None:
            d.unit = u1[0]
        if u2 is not None:
            return start, u2[2], True
    return start, nxt.end, True


def build(text: str, lo: int, hi: int, tokens: Sequence[Number], disp: Sequence[str | None], i: int) -> Draft | None:
    """The claim that starts at token i of a sentence, or None when the token claims nothing."""
    tok = tokens[i]
    d = Draft(tok.start, tok.end, tok.value, tokens=[i])
    if tok.vague is not None:
        d.low, d.high = tok.vague
        d.qualifier = "vague"
    start = tok.start
    sign = units.sign_before(text, start, lo)
    if sign:
        d.unit, start = sign[0], sign[1]
    end = tok.end
    nxt = _second(tokens, disp, i)
    two = False
    if nxt is not None and tok.value is not None and nxt.value is not None:
        start, end, two = _pair(text, lo, hi, tok, nxt, d, start, end, sign is not None)
    if two:
        d.tokens.append(i + 1)
    if d.qualifier not in ("range", "vague"):
        start = _qualifier_before(text, start, lo, d)
        if d.qualifier == "exact" and not d.ratio:
            m = tables().qual_after.match(text, end, hi)
            if m:
                d.qualifier = tables().qual_after_kind[m.group("q").lower()]
                d.qualifier_text = m.group("q")
                end = m.end()
    d.start = start
    # a multiplicative: "three times as many men", "twice the rate", "tenfold", "once a month"
    if not d.ratio and not d.proportion and d.qualifier != "range":
        times_end = tok.end
        if not tok.times:
            tm = _N_TIMES.match(text, tok.end, hi)
            times_end = tm.end() if tm else -1
        if times_end >= 0:
            rate_end = _rate(text, times_end, hi, d)
            if rate_end > times_end:
                d.frequency, end = True, rate_end
                d.end = end
                _change(text, lo, hi, d)
                return d
            cm = _TIMES.match(text, tok.end, hi)
            if cm or ("fold" in text[tok.start:tok.end].lower()):
                d.ratio = True
                end = cm.end() if cm else tok.end
                if cm and cm.group("cmp").lower().startswith("as"):
                    end = _counted_noun(text, end, hi, d)
                elif cm and cm.group("cmp").lower() == "the":
                    np = _words_after(text, end, hi, 1)
                    if np:
                        end = np[0].end()
                        d.entity = np[0].group(1)
                        m = _OF.match(text, end, hi)
                        if m:
                            end2 = _counted_noun(text, m.end() - 1, hi, d)
                            end = end2 if end2 > m.end() - 1 else end
                d.end = end
                return d
            if tok.times:
                return None  # "twice" with nothing after it: no figure to quote
    if d.ratio:
        d.end = end
        return d
    # unit, or counted noun
    if d.unit is None or d.unit.kind == "money":
        u = units.unit_after(text, end, hi)
        if u is not None and not (d.unit is not None and u[0].kind != "money" and u[0].kind != "proportion"):
            unit, _us, ue = u
            if d.unit is None or unit.kind == "money":
                if unit.kind != "money" or d.unit is None:
                    d.unit = unit
                end = ue
                if unit.kind == "duration":
                    om = _OLD.match(text, end, hi)
                    if om:
                        d.age, end = True, om.end()
                        np = _noun_phrase(text, end, hi, 3, preps=False)
                        if np and np[0].split()[0].lower() not in STOP:
                            d.entity = np[0]
                    elif _AGED.search(text, max(lo, d.start - 8), d.start):
                        d.age = True
                elif unit.kind == "mass":
                    _munition_entity(text, lo, hi, d, end)
    if d.unit is None and _AGED.search(text, max(lo, d.start - 8), d.start):
        d.age = True
        d.unit = units.tables().by_form["year"]
    if d.unit is None:
        one = tok.form == WORD and tok.value == 1 and tok.vague is None
        end2 = _counted_noun(text, end, hi, d, singular=one)
        if end2 == end and one:
            if not _ONE_OF.match(text, end, hi):
                return None  # bare "one": a pronoun, not a count
            _entity_of(text, end, hi, d)  # "one of the best speakers": one, of them
        end = end2
    if d.unit is None and d.noun is None and tok.form == FRACTION and (tok.value or 0) < 1:
        d.proportion = True
    if d.unit is None or d.unit.kind != "speed":
        if not d.age:
            end2 = _rate(text, end, hi, d)
            if end2 == end and d.noun is not None:
                # "1,200 people die daily": a rate adverb after the verb of the counted noun
                vm = _VERB_ADVERB.match(text, end, hi)
                if vm and vm.group(1).lower() not in STOP:
                    end2 = _rate(text, vm.end(1), hi, d)
            end = end2
    d.end = end
    if d.unit is not None and d.unit.kind == "duration" and d.entity is None and not d.age:
        m = _OF.match(text, end, hi)
        if m:
            np = _noun_phrase(text, m.end(), hi, 3)
            if np:
                d.entity = np[0]
    if d.proportion or (d.unit is not None and d.unit.kind == "proportion") or (d.qualifier == "vague" and d.noun is None):
        _entity_of(text, end, hi, d)
    if d.unit is not None and d.unit.kind in ("mass", "length", "duration", "area", "volume") and d.entity is None:
        nm = re.match(rf"[{_HY}]", text[tok.end : tok.end + 1])
        if nm:  # "3,000-pound bombs", "five-year plan": the noun after is what is measured
            np = _noun_phrase(text, end, hi, 3, preps=False)
            if np and np[0].split()[0].lower() not in STOP:
                d.entity = np[0]
    _change(text, lo, hi, d)
    if tok.sign == "+":
        d.change = "up"  # "Nasdaq +0.8%"
    if d.casualty is False and d.per_unit and _LOSS_CONTEXT.search(text, max(lo, d.start - 40), d.end):
        d.casualty = True
    return d


_WEIGHING = re.compile(
    rf"(?P<np>[A-Za-z][A-Za-z-]*(?:{_S}+[A-Za-z][A-Za-z-]*)?){_S}+(?:weighing|weighs|weighed|that{_S}+weigh|which{_S}+weigh|of){_S}+\Z",
    re.IGNORECASE,
)


def _munition_entity(text: str, lo: int, hi: int, d: Draft, end: int) -> None:
    """A weight's thing: "glide bombs weighing one ton" (before) or "3,000-pound bombs" (after)."""
    m = _WEIGHING.search(text, max(lo, d.start - 60), d.start)
    if m:
        words = [w for w in m.group("np").split() if w.lower() not in STOP]
        if words:
            d.entity = " ".join(words)
