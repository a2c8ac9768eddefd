"""Unit ellipsis: a bare number that stands in parallel with an earlier figure shares its unit (or
the thing it counts: "lost 12 men last week and 30 the week before").

News writes the unit once and leaves it out of the parallel figures that follow: "exports rose 3
percent in May and 2 in June", "the index closed at 1,402 points, while the other ended at 1,310",
"A gained 2 percent but B fell by 1", "sons aged 5 and 7". Read alone, the "2", "1,310", "1" and
"7" are bare numbers; a reader takes the unit (and, where the change verb is gapped too, the
direction) from the figure they parallel. Only positions that say so carry a unit over:

- coordinated directly after the earlier figure: "<figure> [a few words] and|or|but|while|from ...
  <bare>" (the words of lexicon/ellipsis.toml), optionally with a change verb or "by" of its own
  ("3% in May and fell 2 in June");
- after the same function word as the earlier figure ("at ... at", "to ... to", "by ... by"), or,
  for "by", when both figures are rises or falls ("A gained 2 percent but B decreased by 1");
- a figure compared with ("from", "compared with", "versus", "against"), in the same unit, takes
  the other figure's rate ("$3,200 a month, up from $2,900": $2,900 a month), and a bare one its
  counted noun too ("10,000 shells a day, compared with 2,000": 2,000 shells a day);
- before a coordinated figure that carries the unit, written once on the last ("rose 2 and 3
  percent", "2, 3 and 4 percent"): the figures share unit and direction, and a scale written once
  with it ("2, 3 and 4 million dollars"); not across ", and" after a lone figure, which joins two
  clauses ("the median stay was 12, and 40% of guests returned");
- after "from" and before "to" and a range with a unit or counted noun ("from 12.5 to 20-22 billion
  dollars"): the bare figure is the level before, in the range's unit, noun and scale;
- a running total ("1,843 new cases, bringing the total to 62,110"): the total of what the figure
  before counts, whatever its size, if it is no smaller (ellipsis.toml [running_total]);
- a bare figure inside a list that goes on after it, after a comma alone ("aged 19, 22 and 31");
- a rate written once on the last of listed counts is each one's: "averaged 27.4 points, 8.1
  rebounds and 6.3 assists per game".

A figure with its own unit, coordinated after a rise or fall in the same unit, shares its direction
when the verb is gapped: "rose 3% in May and 2% in June", "Acme fell 2%, Bolt 3% and Crane 1%". (The other forward
  constructions, suspended hyphens and a part of a stated whole, are quantclaims.borrowing's, which
  runs first.)

The bare figure must be followed by punctuation or an adverbial word (a content word is its own
noun: "aged 30 and 2 children"), and be of the same order of magnitude as the earlier figure. "rose
2% to 1,400" borrows nothing: the level after "to" parallels no "to" before it. The span stays as
written; only unit, kind and normalization (and a gapped direction) are filled in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from quantclaims.lexicon import alternation, load
from quantclaims.numbers import scaled
from quantclaims.speech_words import lexicon as speech_lexicon

if TYPE_CHECKING:
    from quantclaims.claims import Draft

_S = r"[ \t\u00a0]"


@dataclass(frozen=True)
class _Rules:
    coordinated: re.Pattern[str]
    forward: re.Pattern[str]
    gapped: re.Pattern[str]
    word_before: re.Pattern[str]
    after: re.Pattern[str]
    same_direction: frozenset[str]
    levels_only: frozenset[str]
    comparisons: frozenset[str]
    parallel: frozenset[str]
    pairs: dict[str, str]
    max_ratio: float


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """Compile lexicon/ellipsis.toml (and the change verbs of change.toml), once."""
    lex = load("ellipsis")
    change = load("change")
    coord = alternation(lex["coordinators"])
    verbs = alternation([*change["up"], *change["down"]])
    # up to five words after the earlier figure (no clause break, no second coordinator), then the
    # coordinator ("up from", "down from" too), then at most a change verb and "by" of the bare figure's own
    tail_word = rf"(?!(?:{coord})\b)[^\s,;:()\[\]\u201c\u201d\"]+"
    # ... or the earlier level named ("down from a peak of")
    level = rf"(?:(?:a|an|the|its|their){_S}+)?(?:{alternation(lex['level_nouns'])}){_S}+(?:of{_S}+)?"
    # ... and a speech tag set off by commas may stand before the coordinator ("12,000 troops, the
    # Pentagon said, up from 10,000")
    said = alternation(speech_lexicon().verbs)
    aside = (rf"(?:,{_S}+(?:according{_S}+to{_S}+[^,;:.!?]{{1,40}}?|[^,;:.!?]{{1,40}}?{_S}+(?:{said})"
             rf"|(?:{said}){_S}+[^,;:.!?]{{1,40}}?)(?=,))?")
    coordinated = re.compile(
        rf"(?:{_S}+{tail_word}){{0,5}}?{aside},?{_S}+(?:(?:up|down){_S}+(?=from\b))?(?P<co>{coord}){_S}+"
        rf"(?:(?:{verbs}){_S}+)?(?:by{_S}+|{level})?\Z",
        re.IGNORECASE,
    )
    # a figure with its own unit whose change verb is gapped: "rose 3% in May and 2% in June",
    # "Acme fell 2%, Bolt 3% and Crane 1%" (a named subject may stand before it, nothing else)
    # (its words may hold a point of comparison: "rose 0.4% in August from July and 3.7% from a year earlier")
    same = alternation(lex["same_direction"])
    gap_word = rf"(?!(?:{same})\b)[^\s,;:()\[\]\u201c\u201d\"]+"
    gapped = re.compile(
        rf"(?:{_S}+{gap_word}){{0,5}}?(?:,?{_S}+(?:{same})|,)"
        rf"(?:{_S}+(?-i:[A-Z])[\w&'\u2019.-]*){{0,3}}{_S}+\Z",
        re.IGNORECASE,
    )
    pairs = {k.lower(): v.lower() for k, v in lex["parallel_pairs"].items()}
    # (suspended hyphens, "10- and 20-year", and a part of a stated whole are quantclaims.borrowing's)
    forward = re.compile(rf"(?:,?{_S}+(?P<co>{alternation(lex['forward'])})|,){_S}+\Z", re.IGNORECASE)
    parallel = alternation([*lex["parallel_words"], *pairs.values()])
    word_before = re.compile(rf"(?<![\w-])(?P<w>{parallel}){_S}+\Z", re.IGNORECASE)
    after = re.compile(
        rf"\s*(?:[^\w\s\u00a0$\u20ac\u00a3\u00a5%]|\Z)|{_S}+(?:{alternation(lex['after_words'])})(?![\w-])",
        re.IGNORECASE,
    )
    return _Rules(coordinated, forward, gapped, word_before, after, frozenset(w.lower() for w in lex["same_direction"]),
                  frozenset(w.lower() for w in lex["levels_only"]),
                  frozenset(" ".join(w.lower().split()) for w in lex["comparisons"]),
                  frozenset(w.lower() for w in lex["parallel_words"]), pairs, float(lex["max_ratio"]))


def _size(d: Draft) -> float | None:
    x = d.value if d.value is not None else d.high
    return abs(x) if x else None


def _factor(p: Draft, d: Draft, p_scale: float, d_scale: float, max_ratio: float) -> float | None:
    """1 when d is of p's magnitude; p's scale when d is once that scale is read into it ("$5.2
    billion in 2022 and 4.8 in 2021": 4.8 billion); None when neither."""
    if _comparable(p, d, max_ratio):
        return 1.0
    x, y = _size(p), _size(d)
    if p_scale > 1 and d_scale == 1 and x and y and max(x, y * p_scale) / min(x, y * p_scale) <= max_ratio:
        return p_scale
    return None


def _comparable(a: Draft, b: Draft, max_ratio: float) -> bool:
    x, y = _size(a), _size(b)
    return x is not None and y is not None and max(x, y) / min(x, y) <= max_ratio


def _word_before(r: _Rules, text: str, pos: int) -> str | None:
    m = r.word_before.search(text, max(0, pos - 8), pos)
    return m.group("w").lower() if m else None


def carry_units(text: str, hi: int, drafts: list[Draft], scales: Sequence[float]) -> None:
    """Give each bare figure in a parallel position the unit of the figure it parallels (in place).
    `scales`: the scale word of each draft's last number (1 when none; a range's is written on its
    last end), for a scale left out with the unit ("$5.2 billion in 2022 and 4.8 in 2021")."""
    if len(drafts) < 2:
        return
    r = rules()
    _forward(r, text, drafts, scales)
    _backward(r, text, hi, drafts, scales)
    _gapped_direction(r, text, hi, drafts)
    _compared_rate(r, text, drafts)
    _running_total(text, drafts, scales)
    _listed_rate(r, text, drafts)


def _forward(r: _Rules, text: str, drafts: list[Draft], scales: Sequence[float]) -> None:
    """The unit written once, on the last of coordinated figures: "rose 2 and 3 percent", "2, 3
    and 4 million dollars" (the scale too); and on a range a bare level rose or fell to: "from 12.5
    to 20-22 billion dollars" (the level before, with the range's unit, noun and scale)."""
    listed: set[int] = set()  # figures that took a unit from a coordinated figure after them
    scales = list(scales)  # a figure that takes a scale passes it on down a list ("2, 3 and 4 million")
    for k in range(len(drafts) - 2, -1, -1):  # right to left: "2, 3 and 4 percent" passes the unit on
        d, n = drafts[k], drafts[k + 1]
        m = r.forward.fullmatch(text, d.end, n.start)
        if m is None:
            if d.bare() and _from_to_range(text, d, n):
                factor = _factor(n, d, scales[k + 1], scales[k], r.max_ratio)
                _take_unit(d, n, factor, noun=True)
            continue
        if not _has_unit(n):
            continue
        if d.age and not n.age and n.unit is not None and n.unit.kind == "duration" and m.group("co"):
            n.age = True  # "aged 5 and 7 years"
        factor = _factor(n, d, scales[k + 1], scales[k], r.max_ratio)
        if not d.bare() or factor is None:
            continue
        if not m.group("co") and k + 1 not in listed:
            continue  # "Of those 20, 5 percent said": a comma alone, outside a list, joins nothing
        if m.group("co") and text[d.end] == "," and not (k and _list_comma(r, text, drafts[k - 1], d)):
            continue  # "the median age was 63, and 58% were men": ", and" after two figures joins clauses
        _take_unit(d, n, factor)
        if factor != 1.0:
            scales[k] = factor
        listed.add(k)
        if n.change is None:
            n.change = d.change  # "rose 2 and 3 percent": the verb is written once, before the first


def _list_comma(r: _Rules, text: str, a: Draft, b: Draft) -> bool:
    """Figure a joined to figure b by a comma alone, as in a list ("2, 3, and 4 percent")."""
    m = r.forward.fullmatch(text, a.end, b.start)
    return m is not None and not m.group("co")


_FROM_BEFORE = re.compile(rf"(?<![\w-])from{_S}+\Z", re.IGNORECASE)
_TO_GAP = re.compile(rf"{_S}+to{_S}+\Z", re.IGNORECASE)


def _from_to_range(text: str, d: Draft, n: Draft) -> bool:
    """"from 12.5 to 20-22 billion dollars": a bare figure after "from", then "to" and a range with
    a unit or counted noun (a from-to with one figure on each side is read as one range before)."""
    return (n.qualifier == "range" and (_has_unit(n) or n.noun is not None)
            and _TO_GAP.match(text, d.end, n.start) is not None
            and _FROM_BEFORE.search(text, max(0, d.start - 8), d.start) is not None)


def _take_unit(d: Draft, n: Draft, factor: float | None, noun: bool = False) -> None:
    """d takes n's unit (and, with `noun`, its counted noun), its scale read into d's value by
    `factor`; nothing when the two are not of one magnitude (factor None)."""
    if factor is None:
        return
    if factor != 1.0:
        d.value, d.low, d.high = (None if x is None else scaled(x, factor) for x in (d.value, d.low, d.high))
    d.unit, d.age = n.unit, n.age
    d.per_unit, d.per_period = n.per_unit, n.per_period
    if noun and n.noun is not None:
        d.noun, d.entity, d.casualty = n.noun, n.entity, n.casualty


def _backward(r: _Rules, text: str, hi: int, drafts: list[Draft], scales: Sequence[float]) -> None:
    """A bare figure after the figure it parallels: "rose 3 percent in May and 2 in June"."""
    for k in range(1, len(drafts)):
        d = drafts[k]
        if not d.bare() or not r.after.match(text, d.end, hi):
            continue
        found = _parallel(r, text, drafts, k, scales)
        if found is None:
            found = _listed(r, text, drafts, k, scales)
        if found is None:
            continue
        source, direction, factor = found
        _take_unit(d, source, factor, noun=True)
        if direction and d.change is None:
            d.change = source.change


def _listed(r: _Rules, text: str, drafts: list[Draft], k: int,
            scales: Sequence[float]) -> tuple[Draft, bool, float] | None:
    """A bare figure inside a list that goes on after it, joined to the figure before by a comma
    alone: "aged 19, 22 and 31" (the 22; the 31 then follows "and"). The list's unit is the first
    figure's; (figure, shares its direction, scale), None when it is no such list."""
    prev = drafts[k - 1]
    m = r.forward.fullmatch(text, prev.end, drafts[k].start)
    if m is None or m.group("co") or k + 1 >= len(drafts) or not r.forward.fullmatch(text, drafts[k].end, drafts[k + 1].start):
        return None
    if not _has_unit(prev):
        return None
    factor = _factor(prev, drafts[k], scales[k - 1], scales[k], r.max_ratio)
    return None if factor is None else (prev, True, factor)


def _gapped_direction(r: _Rules, text: str, hi: int, drafts: list[Draft]) -> None:
    """A figure with its own unit after a rise or fall in that unit, its verb gapped: "rose 3% in
    May and 2% in June", "Acme fell 2%, Bolt 3%"."""
    for k in range(1, len(drafts)):
        d, prev = drafts[k], drafts[k - 1]
        if (d.change is None and prev.change is not None and d.unit is not None and prev.unit is not None
                and d.unit.lemma == prev.unit.lemma and d.per_unit == prev.per_unit and d.entity is None
                and not d.ratio and r.after.match(text, d.end, hi) and r.gapped.match(text, prev.end, d.start)):
            d.change = prev.change


def _compared_rate(r: _Rules, text: str, drafts: list[Draft]) -> None:
    """A level compared with ("from", "compared with", "versus") takes the rate of the figure it is
    compared with, when it has the same unit and no period of its own: "$3,200 a month, up from
    $2,900" is $2,900 a month."""
    for k in range(1, len(drafts)):
        d, prev = drafts[k], drafts[k - 1]
        if prev.per_unit is None or d.per_unit is not None or d.unit is None or d.unit != prev.unit:
            continue
        if _coordinator(r, text, prev.end, d.start) in r.comparisons and _comparable(prev, d, r.max_ratio):
            d.per_unit, d.per_period = prev.per_unit, prev.per_period


def _coordinator(r: _Rules, text: str, pos: int, end: int) -> str | None:
    """The coordinator joining a figure ending at `pos` to one starting at `end` ("and", "up
    from" -> "from"), lowered, its spaces single; None when they are not coordinated."""
    m = r.coordinated.match(text, pos, end)
    return " ".join(m.group("co").lower().split()) if m is not None else None


def _parallel(r: _Rules, text: str, drafts: list[Draft], k: int,
              scales: Sequence[float]) -> tuple[Draft, bool, float] | None:
    """The earlier figure that drafts[k] parallels, whether it shares that figure's direction, and
    the scale it leaves out (1 when none); None when no figure is parallel."""
    d, j = drafts[k], k - 1
    if k + 1 < len(drafts) and (link := _LINK.fullmatch(text, d.end, drafts[k + 1].start)) is not None:
        # "10 km in 40 minutes and 5 in 18": the "5" pairs with the figure before "in 40 minutes"
        if k < 2 or not _LINK.fullmatch(text, drafts[k - 2].end, drafts[k - 1].start) or (
            text[drafts[k - 2].end : drafts[k - 1].start].split()[0].lower() != link.group("w").lower()
        ):
            return None
        j = k - 2
    prev = drafts[j]
    co = _coordinator(r, text, prev.end, d.start)
    # a unit or a counted noun carries over to a figure coordinated or compared with it ("3 percent
    # in May and 2 in June", "3 goals in May and 2 in June", "200 million users, up from 150
    # million", "10,000 shells, against 2,000")
    named = _has_unit(prev) or (prev.noun is not None and co is not None and not prev.ratio)
    factor = _factor(prev, d, scales[j], scales[k], r.max_ratio) if named else None
    if factor is not None and co is not None:
        if co not in r.levels_only or prev.change is None:
            return prev, co in r.same_direction, factor
    elif co in r.levels_only and _time_span(prev):
        # "1,450 patients in the first three months, up from 1,100": the level compared with is the
        # one before the time span
        for i in range(j - 1, -1, -1):
            p = drafts[i]
            if _time_span(p):
                continue
            if (_has_unit(p) or (p.noun is not None and not p.ratio)) and p.change is None and ";" not in text[p.end : d.start]:
                factor = _factor(p, d, scales[i], scales[k], r.max_ratio)
                if factor is not None:
                    return p, False, factor
            break
    word = _word_before(r, text, d.start)
    if word is None:
        return None
    for i in range(k - 1, -1, -1):
        p = drafts[i]
        if not _has_unit(p) or ";" in text[p.end : d.start]:
            continue
        before = _word_before(r, text, p.start)
        if p.qualifier == "range" and (p.qualifier_text or "").lower().startswith("from"):
            before = "from"  # "from about 14-18 mpg to 24": the "from" is inside the range's span
        same = before is not None and ((before == word and word in r.parallel) or before == r.pairs.get(word))
        if same or (word == "by" and p.change and d.change):
            factor = _factor(p, d, scales[i], scales[k], r.max_ratio)
            return None if factor is None else (p, False, factor)
    return None


def _listed_rate(r: _Rules, text: str, drafts: list[Draft]) -> None:
    """A rate written once, on the last of listed figures that count things, is each one's:
    "averaged 27.4 points, 8.1 rebounds and 6.3 assists per game" (27.4 points per game)."""
    for k in range(len(drafts) - 2, -1, -1):  # right to left: the rate passes down the list
        d, n = drafts[k], drafts[k + 1]
        if (n.per_unit is not None and d.per_unit is None and (d.noun is not None or _has_unit(d))
                and not d.ratio and not d.frequency and not d.age and n.noun is not None
                and r.forward.fullmatch(text, d.end, n.start) is not None):
            d.per_unit, d.per_period = n.per_unit, n.per_period


@lru_cache(maxsize=1)
def _total_before() -> re.Pattern[str]:
    """"<verb> the [modifier] <noun> to" right before a figure: ellipsis.toml [running_total]."""
    lex = load("ellipsis")["running_total"]
    return re.compile(
        rf"(?<![\w-])(?:{alternation(lex['verbs'])}){_S}+(?:the|its|their){_S}+(?:[a-z-]+{_S}+)?"
        rf"(?:{alternation(lex['nouns'])}){_S}+to{_S}+\Z",
        re.IGNORECASE,
    )


def _running_total(text: str, drafts: list[Draft], scales: Sequence[float]) -> None:
    """A bare figure that is a running total ("1,843 new cases, bringing the total to 62,110") takes
    the unit or counted noun of the nearest figure before it that has one, when it is no smaller
    (with that figure's scale read in when it leaves it out: "$1.2 billion, bringing the total to 4")."""
    for k in range(1, len(drafts)):
        d = drafts[k]
        if not d.bare() or "to" not in text[max(0, d.start - 4) : d.start] or not _total_before().search(
                text, max(0, d.start - 48), d.start):
            continue
        for i in range(k - 1, -1, -1):
            p = drafts[i]
            if ";" in text[p.end : d.start]:
                break
            if not (_has_unit(p) or (p.noun is not None and not p.ratio)) or _time_span(p):
                continue
            x, y = _size(p), _size(d)
            if x is not None and y is not None:
                factor = 1.0 if y >= x else scales[i] if scales[k] == 1 and scales[i] > 1 and y * scales[i] >= x else None
                _take_unit(d, p, factor, noun=True)
                if factor is not None and d.entity:
                    d.entity = d.entity.split()[-1]  # the total of all cases, not of the "new cases"
            break


_LINK = re.compile(rf"{_S}+(?P<w>[a-z]+){_S}+")  # one word joining two figures ("5 in 18")


def _time_span(d: Draft) -> bool:
    return d.unit is not None and d.unit.kind == "duration" and not d.age


def _has_unit(d: Draft) -> bool:
    return d.unit is not None and not d.ratio and not d.frequency
