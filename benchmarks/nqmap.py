"""From our claims to NewsQuant's conventions: the translation lives here, not in the extractor.

NewsQuant writes one quantity as (value or range, change symbol, normalized unit name). Our claims
carry more (bounds, qualifier, kind, normalized SI value); this module says, in one place, how each
claim is read in NewsQuant's terms. The tables below are documented in BENCHMARKS.md.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from scoring import Quantity

# qualifier -> change symbol. A rise or fall (claim.change up/down) wins over all of these.
# 'nearly' ("nearly", "almost", "just under", "close to"): NewsQuant has no symbol of its own and
# tags "nearly"/"almost" inconsistently; we read them as approximate (~), as CQE's own rules do,
# except when the words themselves say "under"/"below"/"short of": those read as less than (<).
QUALIFIER_CHANGE: dict[str, str] = {
    "exact": "=",
    "approximate": "~",
    "nearly": "~",
    "more_than": ">",
    "at_least": ">",
    "less_than": "<",
    "at_most": "<",
    "range": "=",
    "vague": "=",
}

# ISO 4217 (our normalized_unit for money) -> NewsQuant's currency names.
CURRENCY_NAMES: dict[str, str] = {
    "USD": "dollar", "AUD": "australian dollar", "CAD": "canadian dollar", "NZD": "new zealand dollar",
    "HKD": "hong kong dollar", "SGD": "singapore dollar", "TWD": "new taiwan dollar",
    "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen", "CNY": "renminbi",
    "INR": "indian rupee", "PKR": "pakistani rupee", "MYR": "malaysian ringgit", "ILS": "shekel",
    "DKK": "danish krone", "NOK": "norwegian krone", "SEK": "swedish krona", "CHF": "swiss franc",
    "HRK": "croatian kuna", "RUB": "russian ruble", "UAH": "ukrainian hryvnia", "KRW": "south korean won",
    "BRL": "brazilian real", "ZAR": "south african rand", "MXN": "mexican peso", "TRY": "turkish lira",
}
# Fractional currency units keep their own name in NewsQuant ('cent', 'sen', 'penny').
MINOR_CURRENCY = {"cent", "sen", "penny", "pence", "kopek"}

# Unit symbols pint reads wrongly for news text (PS is not petasiemens, Nm is not number*metre) or
# does not know; everything else physical goes through pint for its long name.
UNIT_ABBREVIATIONS: dict[str, str] = {
    "PS": "horsepower", "hp": "horsepower", "bhp": "brake horsepower", "Nm": "newton metre",
    "mpg": "mile per gallon", "kph": "kilometre per hour", "km/hr": "kilometre per hour",
    "ppm": "parts per million", "ppb": "parts per billion", "m2": "square metre",
    "km2": "square kilometre", "sq km": "square kilometre", "sq m": "square metre",
    "cc": "cubic centimetre", "bpd": "barrel per day", "MMBtu": "mega british thermal unit",
    "mmBtu": "mega british thermal unit",
}
# A counted noun's phrase ("the first-team players") loses these leading words before it is compared:
# NewsQuant names the counted thing, not the determiner.
_LEADING_FUNCTION_WORDS = {"the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "these",
                           "those", "this", "that", "of", "such"}
# Unit names whose NewsQuant name differs by convention: a multiple ("6.5 times") is a count.
UNIT_RENAMES: dict[str, str] = {"time": "count", "times": "count"}
_WORD_UNIT = re.compile(r"[A-Za-z]+(?:[ -][A-Za-z]+)+")
PHYSICAL_KINDS = {"mass", "length", "area", "volume", "speed", "temperature", "duration", "other"}

# NewsQuant tags plural scale words as a decade range (CQE's convention): "hundreds" 100..1000,
# "thousands" 1,000..10,000, "tens of thousands" 10,000..100,000, "dozens" 12..120. Our vague
# claims carry the lexicon's bounds instead; the span's words are read here to translate. Vague
# words without a scale ("a few", "several", "many") are not tagged in NewsQuant: dropped.
_BELOW = re.compile(r"\b(?:under|below|short of)\b", re.IGNORECASE)

_SCALE = {"dozens": 12.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
          "trillions": 1e12}
_MULT = {"tens": 10.0, "dozens": 12.0, "hundreds": 100.0}
_VAGUE_SCALE = re.compile(
    r"\b(?:(tens|dozens|hundreds)\s+of\s+)?(dozens|hundreds|thousands|millions|billions|trillions)\b"
)


# An article that stands for one after a hedge ("more than a century", "around a minute"): NewsQuant
# tags no such figure (no number is written), so it is left out here; the claim stays ours.
_ARTICLE_ONE = re.compile(r"(?:^|\s)an?\s", re.IGNORECASE)
# A multiple said by a verb ("prices have doubled", "halved"): no number is written, NewsQuant tags none.
_MULTIPLYING_VERB = re.compile(r"\b(?:doubl|tripl|trebl|quadrupl|quintupl|halv)(?:ed|ing)\b", re.IGNORECASE)


def _get(claim: Any, name: str) -> Any:
    """An attribute of a Claim or a DataFrame row, with every flavour of missing read as None."""
    v = getattr(claim, name, None)
    if v is None or (isinstance(v, float) and math.isnan(v)) or type(v).__name__ in ("NAType", "NaTType"):
        return None
    return v


def vague_range(span_text: str) -> tuple[float, float] | None:
    """CQE's decade range for a plural scale word in the span, or None when there is none."""
    m = _VAGUE_SCALE.search(span_text.lower())
    if not m:
        return None
    low = _SCALE[m.group(2)] * (_MULT[m.group(1)] if m.group(1) else 1.0)
    return (low, low * 10.0)


@functools.cache
def _pint_registry() -> Any:
    import pint

    return pint.UnitRegistry()


def physical_name(unit: str) -> str:
    """A physical unit's long name (km -> kilometer, mph -> mile per hour, sq m -> square meter)."""
    if unit in UNIT_ABBREVIATIONS:
        return UNIT_ABBREVIATIONS[unit]
    try:
        parsed = str(_pint_registry().parse_units(unit))
    except Exception:  # pint raises several unrelated types on text it cannot read
        return unit
    return pint_words(parsed)


_TIME_FACTORS = {"second", "minute", "hour", "day", "week", "month", "year"}
_PINT_WORDS = {"turn": "revolution"}  # pint's name for a revolution ("rpm" -> turn / minute)


def pint_words(expr: str) -> str:
    """pint's unit string in words: 'meter ** 2' -> 'square meter', 'hour * kilowatt' ->
    'kilowatt hour' (pint sorts factors alphabetically; people write the time factor last),
    'turn / minute' -> 'revolution per minute'."""
    expr = re.sub(r"(\w+) \*\* 2", r"square_\1", expr)
    expr = re.sub(r"(\w+) \*\* 3", r"cubic_\1", expr)
    parts = []
    for side in expr.split(" / "):
        factors = [_PINT_WORDS.get(f.strip(), f.strip()) for f in side.split(" * ")]
        factors.sort(key=lambda f: f in _TIME_FACTORS)  # stable: only moves time factors last
        parts.append(" ".join(factors))
    return " per ".join(parts).replace("_", " ")


def nq_unit(claim: Any) -> str:
    """The NewsQuant-style unit name of a claim (compared after scoring.canonical_unit).

    money -> currency name from the ISO code; age -> '<unit> of age'; ratio -> 'count' (NewsQuant's
    unit for "3 times"); physical units -> pint's long name; counted nouns -> our lemma; no unit ->
    '-'; a rate's period -> ' per <period>'."""
    kind = _get(claim, "quantity_kind")
    unit = _get(claim, "unit")
    normalized = _get(claim, "normalized_unit") or ""
    per = _get(claim, "per_unit")
    numerator = normalized.split("/")[0]
    if numerator in CURRENCY_NAMES or kind == "money":
        base = unit if unit in MINOR_CURRENCY else CURRENCY_NAMES.get(numerator, numerator.lower())
    elif kind == "age":
        base = f"{unit or 'year'} of age"
    elif kind == "ratio":
        base = "count"
    elif kind == "proportion" and unit is None:
        # a share written as a fraction or "N out of M": NewsQuant names it "% <what it is of>"
        whole = entity_unit(claim, kinds=("proportion",))
        base = f"% {whole}" if whole else "-"
    elif unit is None:
        base = "-"
    elif unit in UNIT_RENAMES:
        base = UNIT_RENAMES[unit]
    elif kind == "other" and _WORD_UNIT.fullmatch(unit):
        base = unit  # a unit already in words ("newton meter", "pound-foot"): pint would reorder it
    elif kind in PHYSICAL_KINDS:
        base = physical_name(unit)
    else:
        base = unit
    if per and " per " not in base and "/" not in base:
        base = f"{base} per {UNIT_ABBREVIATIONS.get(per, per)}"
    return base


def entity_unit(claim: Any, kinds: tuple[str, ...] = ("count", "number")) -> str | None:
    """A counted noun's phrase as a unit name: the entity without leading determiners ("the
    first-team players" -> "first-team players"); None when there is no phrase.
    Only for counts and bare numbers: a measured quantity's entity is not its unit."""
    if _get(claim, "quantity_kind") not in kinds:
        return None
    words = (_get(claim, "entity") or "").split()
    while words and words[0].lower() in _LEADING_FUNCTION_WORDS:
        words = words[1:]
    return " ".join(words) or None  # scoring.canonical_unit makes every word singular


_RANGE_WORD = re.compile(r"\b(?:between|from)\b", re.IGNORECASE)


def hedged_range(qualifier_text: str | None) -> bool:
    """A range with an approximating hedge ("about 14-18", "roughly between 3 and 5", "between about"):
    docs/conventions.md keeps it a range with the hedge in qualifier_text; NewsQuant says "~"."""
    if not qualifier_text:
        return False
    from quantclaims import hedges

    return hedges.kind(_RANGE_WORD.sub(" ", qualifier_text)) == "approximate"


# A duration written as a compound modifier ("a five-year grant", "a 12-day battle"): NewsQuant
# mostly leaves it untagged (three of the four on the development half), while it tags a measure
# used the same way ("a 6.1-inch display") and ages ("30-year-old"). We follow the majority.
_COMPOUND = re.compile(r"[^\s-]+[-\u2010\u2011][A-Za-z]+")


def claim_to_quantity(claim: Any) -> Quantity | None:
    """A claim in NewsQuant's terms, or None when NewsQuant would not tag it (vague, no value, a
    duration as a compound modifier)."""
    if _get(claim, "quantity_kind") == "duration" and _COMPOUND.fullmatch(_get(claim, "span_text") or ""):
        return None
    span = _get(claim, "span_text") or ""
    if _get(claim, "quantity_kind") == "ratio" and not any(c.isdigit() for c in span) and _MULTIPLYING_VERB.search(span):
        return None
    if (_get(claim, "value") == 1.0 and _get(claim, "claim_type") != "frequency"  # ("once a month" is tagged)
            and not any(c.isdigit() for c in span) and _ARTICLE_ONE.search(span)
            and not re.search(r"\bone\b", span, re.IGNORECASE)):
        return None
    qualifier = _get(claim, "qualifier")
    value: float | tuple[float, float] | None
    if qualifier == "range":
        lo, hi = _get(claim, "value_low"), _get(claim, "value_high")
        value = (float(lo), float(hi)) if lo is not None and hi is not None else None
    elif qualifier == "vague":
        value = vague_range(_get(claim, "span_text") or "")
    else:
        v = _get(claim, "value")
        value = float(v) if v is not None else None
    if value is None:
        return None
    change = _get(claim, "change")
    if qualifier == "range" and "from" in (_get(claim, "qualifier_text") or "").lower().split():
        change = None  # the levels before and after a move; NewsQuant's up/down is the size of the move
    symbol = change if change in ("up", "down") else QUALIFIER_CHANGE.get(qualifier or "exact", "=")
    if symbol == "=" and qualifier == "range" and hedged_range(_get(claim, "qualifier_text")):
        symbol = "~"
    if symbol == "~" and qualifier == "nearly" and _BELOW.search(_get(claim, "qualifier_text") or ""):
        symbol = "<"
    unit = nq_unit(claim)
    phrase = entity_unit(claim)
    if phrase and phrase != unit:  # a counted thing: its phrase first (NewsQuant's name), then its head
        return Quantity(value, symbol, phrase, (unit,))
    measured = _get(claim, "entity")
    if measured and _get(claim, "quantity_kind") in PHYSICAL_KINDS:
        return Quantity(value, symbol, unit, (f"{unit} of {measured}",))  # "barrel of oil", as NewsQuant may say
    return Quantity(value, symbol, unit)


def regex_quantities(text: str) -> list[Quantity]:
    """The bare-regex baseline: every \\d[\\d,.]* that reads as a number, exact, no unit."""
    from common import BARE_NUMBER

    out = []
    for m in BARE_NUMBER.finditer(text):
        s = m.group().replace(",", "").rstrip(".")
        try:
            out.append(Quantity(float(s), "=", "-"))
        except ValueError:
            continue
    return out


def quantulum_quantities(text: str) -> list[Quantity]:
    """quantulum3 0.10 (optional `bench` extra): value and unit name; it has no change symbol."""
    import warnings

    with warnings.catch_warnings():  # it warns, once per process, that its classifier is absent
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parsed = parser.parse(text)
    out = []
    for q in parsed:
        name = q.unit.name if q.unit is not None else "-"
        unc = q.uncertainty
        # quantulum3 writes a range as its midpoint with the half-width as uncertainty.
        value = (float(q.value - unc), float(q.value + unc)) if unc else float(q.value)
        out.append(Quantity(value, "=", "-" if name == "dimensionless" else name))
    return out
