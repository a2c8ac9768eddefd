"""Unit words, currencies and counted nouns, and conversion to the normalized units with pint.

The lexicons are lexicon/units.toml and lexicon/nouns.toml. Conversions come from one pint
UnitRegistry, built on the first conversion (never at import: it costs a third of a second) and
asked once per unit: the factor is cached, so the fast path multiplies by a float.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from quantclaims.lexicon import alternation, ignorecase_variants, load, writes_any

_SP = r"(?:[ \t\u00a0]+)"


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as the lexicon describes it. `per` is set for proportions, `code` for money."""

    lemma: str
    kind: str
    pint: str | None = None
    note: str | None = None
    per: float | None = None
    code: str | None = None


@dataclass(frozen=True)
class Noun:
    """A counted noun: its lemma and the claim_type it gives a count."""

    lemma: str
    claim_type: str


@dataclass(frozen=True)
class _Tables:
    after: re.Pattern[str]
    by_form: dict[str, Unit]
    sign_before: re.Pattern[str]
    signs: dict[str, Unit]
    nouns: dict[str, Noun]
    targets: dict[str, str]
    pint_targets: dict[str, str]
    word_sets: dict[str, frozenset[str]]
    spelled: frozenset[str]
    exact: dict[str, Unit]
    sign_after: re.Pattern[str]
    glued_only: frozenset[str]
    sign_ends: frozenset[str]  # the last non-space characters of the signs and codes


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """Compile the unit and noun lexicons, once."""
    lex = load("units")
    by_form: dict[str, Unit] = {}
    exact: dict[str, Unit] = {}
    for u in lex["unit"]:
        unit = Unit(u["lemma"], u["kind"], u.get("pint"), u.get("note"))
        for f in u["forms"]:
            by_form.setdefault(f.lower(), unit)
            exact.setdefault(f, unit)
    for p in lex["proportion"]:
        unit = Unit(p["lemma"], "proportion", per=float(p["per"]))
        for f in p["forms"]:
            by_form.setdefault(f.lower(), unit)
            exact.setdefault(f, unit)
    for c in lex["subunit"]:
        unit = Unit(c["lemma"], "money", code=c["code"], per=float(c["per"]))
        for f in c["words"]:
            by_form.setdefault(f.lower(), unit)
    signs: dict[str, Unit] = {}
    for c in lex["currency"]:
        unit = Unit(c["lemma"], "money", code=c["code"])
        for f in c["words"]:
            by_form.setdefault(f.lower(), unit)
        for f in c["signs"]:
            signs[f] = unit
    spelled = frozenset(f for group in ("unit", "proportion", "currency", "subunit") for u in lex[group]
                        for f in u.get("forms", []) + u.get("words", []))
    forms = alternation(by_form)
    after = re.compile(rf"(?:{_SP}|[-\u2010\u2011](?=[A-Za-z]))?(?P<unit>{forms})(?![A-Za-z\d²])", re.IGNORECASE)
    sign_before = re.compile(rf"(?<![A-Za-z])(?P<sign>{alternation(signs)})(?:{_SP})?\Z")

    nouns_lex = load("nouns")
    nouns: dict[str, Noun] = {}
    word_sets = {}
    for claim_type, entries in nouns_lex.items():
        if "words" in entries:
            word_sets[claim_type] = frozenset(entries["words"])
            continue
        for lemma, variants in entries.items():
            noun = Noun(lemma, claim_type)
            for f in [lemma, *variants]:
                nouns.setdefault(f.lower(), noun)
    symbol_signs = [f for f in signs if not any(ch.isalpha() for ch in f)]
    sign_after = re.compile(rf"(?:{_SP})?(?P<sign>{alternation(symbol_signs)})(?![\w$€£¥])")
    return _Tables(after, by_form, sign_before, signs, nouns, lex["targets"], lex["pint_targets"], word_sets, spelled,
                   exact, sign_after, frozenset(f.lower() for f in lex["glued_only"]["forms"]),
                   frozenset(f.rstrip(" \t\u00a0")[-1:] for f in signs) - {""})


def _first_chars(words: Iterable[str]) -> str:
    """Every character a match of one of `words`, read with re.IGNORECASE, can start with: for a
    cheap test of the first character after a figure, before patterns that open with a word."""
    return "".join(sorted(ignorecase_variants({w[0] for w in words})))


@dataclass(frozen=True)
class _Rates:
    per: re.Pattern[str]
    periods: dict[str, str]
    denominators: dict[str, str]
    firsts: str  # what a rate written after spaces starts with (per_after's first test)


# the words a rate written after a figure opens with, besides the period adverbs ("daily"), and
# "to" of "to the dollar"; `rates().per` writes them out
_RATE_LEADS = ("a", "an", "per", "each", "every", "to")


@lru_cache(maxsize=1)
def rates() -> _Rates:
    """The rate lexicon ([periods], [period_adverbs], [denominators] of units.toml), compiled once."""
    lex = load("units")
    periods = {k.lower(): v for k, v in lex["periods"].items()}
    adverbs = {k.lower(): v for k, v in lex["period_adverbs"].items()}
    denominators = {f.lower(): lemma for lemma, forms in lex["denominators"].items() for f in forms}
    # "a year earlier", "a year from now", "a year into the war", "a year on," are times; "per day
    # into the town", "a night since January" are rates ("since" starts when the rate began), and so
    # are "a day from 1,000" (the level it moved from) and "$270 a month on groceries", "a month on
    # average" ("on" before a word other than "from")
    per = re.compile(
        rf"(?:{_SP}(?:a|an)|[-\u2010]an?)(?:{_SP}|[-\u2010])(?P<p>{alternation(periods)})\b"
        rf"(?!{_SP}(?:earlier|ago|later|before|after|prior|from(?!{_SP}[$\u20ac\u00a3\u00a5]?\d)|on(?!{_SP}(?!from\b)[a-z])|into)\b)"
        rf"|(?:{_SP}(?:per|each|every){_SP}|{_SP}?/{_SP}?)(?P<pp>{alternation(periods)})\b"
        rf"|{_SP}(?P<adv>{alternation(adverbs)})\b"
        rf"|(?:{_SP}(?:a|an|per|each){_SP}|{_SP}?/{_SP}?)(?P<d>{alternation(denominators)})(?![\w-])",
        re.IGNORECASE,
    )
    return _Rates(per, {**periods, **adverbs}, denominators, _first_chars([*_RATE_LEADS, *adverbs]) + "/")


# "per" and a singular noun no list names ("per container", "per shift"): lower case, not a plural
_TO_THE = re.compile(rf"{_SP}to{_SP}the{_SP}([A-Za-z]+)\b")
_PER_THING = re.compile(rf"{_SP}per{_SP}([a-z]{{3,}}(?<!s))\b(?![-\u2010])")


def per_after(text: str, pos: int, hi: int) -> tuple[str, bool, int] | None:
    """A rate written right after `pos`: (denominator lemma, whether it is a period, end).

    "a day", "per month", "/yr", "daily" are periods (normalized to per day); "a barrel", "per
    share", and "per" before any other singular noun ("per container") are other denominators.

    Every rate pattern opens with spaces, a hyphen ("-a-day") or a slash, and after the spaces with a
    slash or one of _RATE_LEADS or the adverbs: the character after a figure, and after its spaces,
    is tested first (most figures have no rate; three patterns would fail).
    """
    r = rates()
    nxt = text[pos : pos + 1]
    if nxt in " \t\u00a0":  # ("" too, at the text's end: the patterns say no then)
        if text[pos:hi].lstrip(" \t\u00a0")[:1] not in r.firsts:
            return None
    elif nxt not in "-\u2010/":
        return None
    return _per_after(text, pos, hi, r)


def _per_after(text: str, pos: int, hi: int, r: _Rates) -> tuple[str, bool, int] | None:
    """per_after past its first test."""
    m = r.per.match(text, pos, hi)
    if not m:
        if (thing := _PER_THING.match(text, pos, hi)) is not None and thing.group(1) not in word_set("function_words"):
            return thing.group(1), False, thing.end()  # "$6,000 per container": per one of any thing named
        if (to := _TO_THE.match(text, pos, hi)) is not None and (u := tables().by_form.get(to.group(1).lower())) is not None \
                and (u.kind == "money" or u.lemma in _money_senses()[0]):
            return u.lemma, False, to.end()  # "18.9 rand to the dollar", "1.14 euros to the pound": per one of a currency
        return None
    if m.group("d"):
        return r.denominators[" ".join(m.group("d").lower().split())], False, m.end()
    word = (m.group("p") or m.group("pp") or m.group("adv")).lower()
    return r.periods[word], True, m.end()


@lru_cache(maxsize=32)  # the same number's unit is asked for by mentions, then claims: read it once
def unit_after(text: str, pos: int, hi: int) -> tuple[Unit, int, int] | None:
    """The unit written right after offset `pos` (after a space or hyphen): (unit, start, end)."""
    if "/" in text[pos : pos + 16] and (compound := compound_after(text, pos, hi)) is not None:
        return compound  # "2 W/m2": before the lexicon, which would read the "W" alone
    t = tables()
    m = t.after.match(text, pos, hi)
    if not m:
        return None
    form = m.group("unit")
    key = " ".join(form.lower().split())
    unit = t.exact.get(form) or t.by_form.get(key)
    if unit is None:
        return None  # re folds more than lower() does: "km\u017f" matches "kms", but is no form of the table
    if len(form) <= 3 and form not in t.spelled and form.capitalize() not in t.spelled:
        return None  # "5M", "3G": short forms only in their usual case
    if len(form) == 1 and form.isalpha() and ((form not in "mgW" and m.start("unit") > pos) or form not in t.spelled):
        return None  # "5 p", "3 V": one-letter units only glued to the number, and in their own case ("50c");
        # a sign may stand apart ("12 %", as wires and translated copy write it)
    if m.start("unit") > pos and key in t.glued_only:
        return None  # "12in" is inches, "12 in May" is not
    if unit.kind == "money" and form.isupper() and len(form) == 3 and form not in t.signs:
        return None
    if unit.kind == "duration" and PERIOD_COMPARED.match(text, m.end(), hi):
        return None  # "fell by a third year-on-year", "3 month on month": an adverb, not years
    return unit, m.start("unit"), m.end()


# after a period word: the period it is compared with ("year-on-year", "month over month")
PERIOD_COMPARED = re.compile(r"[-\u2010 \u00a0]+(?:on|over)[-\u2010 \u00a0]+(?:year|month|week|day|quarter)\b", re.IGNORECASE)


_PART = r"[A-Za-z\u00b5\u03bc\u03a9]{1,5}(?:\^?[23]|[\u00b2\u00b3])?"
_COMPOUND = re.compile(rf"{_SP}?(?P<unit>{_PART}(?:/{_PART})+)(?![A-Za-z\d/\u00b2\u00b3])")
_EXPONENT = re.compile(r"\^?([23])$|([\u00b2\u00b3])$")


def compound_after(text: str, pos: int, hi: int) -> tuple[Unit, int, int] | None:
    """A compound unit written with a slash right after `pos` ("1.3 A/cm2", "2 W/m\u00b2", "9.8 m/s2"),
    read by pint: (unit, start, end). None when the lexicon names the form ("km/h"), when the part
    after the slash is a rate's period ("mg/day" is a rate), or when pint cannot read every part."""
    m = _COMPOUND.match(text, pos, hi)
    if not m:
        return None
    written = m.group("unit")
    parts = written.split("/")
    if written.lower() in tables().by_form or _EXPONENT.sub("", parts[-1]).lower() in rates().periods:
        return None
    if all(len(part) == 1 for part in parts):
        return None  # "A/C", "N/A" are abbreviations; a compound of single letters needs an exponent
    unit = _compound(tuple(parts))
    return (unit, m.start("unit"), m.end()) if unit is not None else None


@lru_cache(maxsize=256)
def _compound(parts: tuple[str, ...]) -> Unit | None:
    """The Unit of a slash compound's parts, named in words from pint ("A", "cm2" -> "ampere per
    square centimeter") with the kind whose normalized unit has its dimensions (a speed in "ft/s"),
    else `other`."""
    one_letter = load("units")["compound"]["one_letter"]
    ureg = full_registry()  # any unit pint knows may be written in a compound
    pieces = []
    for part in parts:
        base = _EXPONENT.sub("", part)
        if len(base) == 1 and base not in one_letter:
            return None
        ex = _EXPONENT.search(part)
        power = (ex.group(1) or ("2" if ex.group(2) == "\u00b2" else "3")) if ex else "1"
        try:
            u = ureg.parse_units(base.replace("\u03bc", "\u00b5"))
        except Exception:  # pint raises several unrelated types on a name it does not know
            return None
        if u.dimensionless:
            return None
        pieces.append((u, int(power)))
    num, *den = pieces
    expr = num[0] ** num[1]
    for u, power in den:
        expr = expr / u ** power
    if expr.dimensionless:
        return None
    kind = "other"
    for k, name in tables().targets.items():
        if k != "age" and ureg.parse_units(tables().pint_targets.get(name, name)).dimensionality == expr.dimensionality:
            kind = k
            break
    return Unit(_words(str(expr)), kind, pint=str(expr))


def _words(expr: str) -> str:
    """pint's unit string in words: "ampere / centimeter ** 2" -> "ampere per square centimeter"."""
    expr = re.sub(r"(\w+) \*\* 2", r"square \1", expr)
    expr = re.sub(r"(\w+) \*\* 3", r"cubic \1", expr)
    return expr.replace(" / ", " per ").replace(" * ", " ").replace("_", " ")


@lru_cache(maxsize=1)
def _currency_mark() -> re.Pattern[str]:
    words = alternation(load("units")["currency_marks"]["words"])
    return re.compile(rf"{_SP}(?:{words})(?![A-Za-z])")


def currency_mark_after(text: str, pos: int, hi: int) -> int | None:
    """The end of a currency named again right after an amount ("$75 U.S. per barrel"), or None."""
    m = _currency_mark().match(text, pos, hi)
    return m.end() if m else None


def unit_word(word: str) -> Unit | None:
    """The unit a single word names ("yards", "years"), if it is one (one-letter forms never are)."""
    t = tables()
    if len(word) < 2 or word.lower() in t.glued_only:
        return None
    return t.exact.get(word) or (t.by_form.get(word.lower()) if len(word) > 3 else None)


def sign_after(text: str, pos: int, hi: int) -> tuple[Unit, int] | None:
    """A currency symbol written right after a number ("1,200\u20ac"): (unit, end)."""
    t = tables()
    m = t.sign_after.match(text, pos, hi)
    return (t.signs[m.group("sign")], m.end()) if m else None


def sign_before(text: str, pos: int, lo: int) -> tuple[Unit, int] | None:
    """A currency sign or code written right before offset `pos` ("$", "US$", "EUR "): (unit, start)."""
    return _sign_before(text, pos, pos - 8 if pos - 8 > lo else lo)  # (max(), written out: cheaper)


@lru_cache(maxsize=32)  # numbers, mentions and claims each ask it of the same figure: read it once
def _sign_before(text: str, pos: int, window: int) -> tuple[Unit, int] | None:
    """sign_before, read in text[window:pos] (the answer depends on `lo` only through the window)."""
    t = tables()
    # the cheap test first (most numbers have no sign): a sign ends at `pos` or before the spaces
    # right before it, so that last non-space character must end some sign
    if pos <= window or text[window:pos].rstrip(" \t\u00a0")[-1:] not in t.sign_ends:
        return None
    m = t.sign_before.search(text, window, pos)
    if not m:
        return None
    # the pattern takes any run of spaces inside a sign ("US\u00a0$"); the table has one plain space
    return t.signs[" ".join(m.group("sign").split())], m.start("sign")


@lru_cache(maxsize=1)
def _before() -> tuple[re.Pattern[str], int]:
    """The pattern of a unit word written before a number, and how far back it may start."""
    forms = load("units")["units_before"]["forms"]
    pattern = re.compile(rf"(?<![\w-])(?P<unit>{alternation(forms)})(?:{_SP}|[-\u2010\u2011])\Z", re.IGNORECASE)
    return pattern, max(map(len, forms)) + 4


def unit_before(text: str, pos: int, lo: int) -> tuple[Unit, int] | None:
    """A unit word of units.toml [units_before] written right before offset `pos` ("magnitude 6.8",
    "magnitude-5.1"): (unit, start)."""
    pattern, reach = _before()
    m = pattern.search(text, pos - reach if pos - reach > lo else lo, pos)
    if m is None:
        return None
    return tables().by_form[m.group("unit").lower()], m.start("unit")


def noun(word: str) -> Noun | None:
    """The counted-noun entry of a word or two-word phrase, if the lexicon has it."""
    return tables().nouns.get(word.lower())


def word_set(name: str) -> frozenset[str]:
    """One of the word lists of nouns.toml ("casualty_words", "munition_words", ...)."""
    return tables().word_sets[name]


def target(kind: str) -> str | None:
    """The normalized unit of a physical kind ("mass" -> "kg")."""
    return tables().targets.get(kind)


@lru_cache(maxsize=1)
def _money_senses() -> tuple[dict[str, Unit], frozenset[str]]:
    """[money_senses] as lemma -> the currency's Unit, and the [money_cues] words."""
    lex = load("units")
    by_code = {c["code"]: Unit(c["lemma"], "money", code=c["code"]) for c in lex["currency"]}
    senses = {lemma: by_code[code] for lemma, code in lex["money_senses"].items()}
    return senses, frozenset(lex["money_cues"]["words"])


_OF_AFTER = re.compile(rf"{_SP}of\b", re.IGNORECASE)
_CONVERTED_AFTER = re.compile(rf"{_SP}?\({_SP}?(?:[A-Z]{{1,3}}{_SP}?)?[$\u20ac\u00a3\u00a5]")
# a participle of spending right after it: "every five pounds spent online", "2 million pounds raised"
_SPENT_AFTER = re.compile(rf"{_SP}(?:spent|raised|paid|invested|donated|owed|earned|saved|borrowed|lent|wagered)\b",
                          re.IGNORECASE)
_CUE_WINDOW = 48  # characters before the figure searched for a money word (about six words)
# a verb of exchange and an amount after it: "one pound buys 1.17 euros", "1 pound is worth $1.27"
_EXCHANGE_AFTER = re.compile(
    rf"{_SP}(?:(?:now|still|only|currently){_SP})?(?:buys|bought|buy|gets|got|fetches|fetched|(?:is|was){_SP}worth|"
    rf"equals|equalled|equaled|exchanges{_SP}for|converts{_SP}to){_SP}(?:(?:just|only|about|around|nearly|almost|"
    rf"roughly|some){_SP})?(?P<sign>[^\s\d]{{0,4}})(?P<num>\d[\d,]*(?:\.\d+)?)",
    re.IGNORECASE,
)


def _exchanged(text: str, end: int, hi: int) -> bool:
    """A verb of exchange, then an amount of money: the figure before it is a currency too."""
    m = _EXCHANGE_AFTER.match(text, end, hi)
    if m is None:
        return False
    if m.group("sign"):
        return sign_before(text, m.start("num"), m.start("sign")) is not None
    found = unit_after(text, m.end("num"), hi)
    return found is not None and found[0].kind == "money"


def money_sense(unit: Unit, text: str, lo: int, start: int, end: int, hi: int) -> Unit | None:
    """The currency that the unit word of text[start:end] also names, when the figure speaks of
    money ("cost 450 million pounds", "450 million pounds ($570 million)"); None when it does not
    ("lost 20 pounds") or when the unit names no currency. A figure "of" something is a mass
    ("paid for 2,000 pounds of beef"). The money word is looked for in the six or so words before
    the figure, within its clause."""
    senses, cues = _money_senses()
    money = senses.get(unit.lemma)
    if money is None or _OF_AFTER.match(text, end, hi):
        return None
    if _CONVERTED_AFTER.match(text, end, hi) or _exchanged(text, end, hi) or _SPENT_AFTER.match(text, end, hi):
        return money
    # the money word must be in the figure's own clause: "paid 80 million pounds for a striker, who
    # weighs 170 pounds" weighs the second
    window = max(lo, start - _CUE_WINDOW)
    clause = max(text.rfind(",", window, start), text.rfind(";", window, start), text.rfind(":", window, start))
    return money if writes_any(text, max(window, clause + 1), start, cues) else None


@lru_cache(maxsize=1)
def _rate_point() -> tuple[Unit | None, frozenset[str]]:
    """The percentage point, and the [rate_point_cues] words."""
    return unit_word("percentage point"), frozenset(load("units")["rate_point_cues"]["words"])


def rate_point(value: float | None, text: str, lo: int, start: int, end: int, hi: int) -> Unit | None:
    """The percentage point that a "point" of at most one is when an interest rate, a yield or
    inflation is spoken of within about eight words of it ("raised rates by a quarter point", "a
    half-point cut in interest rates"); None otherwise ("the Dow fell 300 points")."""
    if value is None or value > 1:
        return None
    pp, cues = _rate_point()
    return pp if writes_any(text, max(lo, start - _CUE_WINDOW), min(hi, end + _CUE_WINDOW), cues) else None


@lru_cache(maxsize=1)
def registry() -> Any:
    """The pint UnitRegistry of the units the lexicons name (lexicon/pint_definitions.txt, cut
    from pint's own files by quantclaims.pintdefs), built on first use: a fifth of the cost of
    pint's full registry, with the same definitions."""
    import pint

    from quantclaims.pintdefs import path

    return pint.UnitRegistry(str(path()))


@lru_cache(maxsize=1)
def full_registry() -> Any:
    """pint's full default UnitRegistry, built only when a name outside the lexicons is read
    (a slash compound in the text, "3 ft/s")."""
    import pint

    return pint.UnitRegistry()


def _registry_for(*exprs: str) -> Any:
    """The small registry when it knows every name in `exprs`, else the full one."""
    import pint

    ureg = registry()
    try:
        for expr in exprs:
            ureg.parse_expression(expr)
    except pint.errors.UndefinedUnitError:
        return full_registry()
    return ureg


@lru_cache(maxsize=None)
def factor(pint_unit: str, target_unit: str) -> float:
    """How many `target_unit` one `pint_unit` is, computed by pint once per pair."""
    pint_target = tables().pint_targets.get(target_unit, target_unit)
    ureg = _registry_for(pint_unit, pint_target)
    # an expression, so the lexicon can say "10 * year" (pint's own "decade" is a logarithmic unit)
    return float((1.0 * ureg.parse_expression(pint_unit)).to(pint_target).magnitude)


def convert(value: float, pint_unit: str, target_unit: str) -> float:
    """`value` in `pint_unit` expressed in `target_unit` (offset-aware for temperatures; a
    difference of temperatures, pint's "delta_" unit, without the offset)."""
    if target_unit == "degC" and pint_unit.startswith("delta_"):
        return value * factor(pint_unit, "delta_degree_Celsius")
    if target_unit == "degC":
        ureg, src, dst = _to_celsius(pint_unit)
        # what ureg.Quantity(value, pint_unit).to("degree_Celsius").magnitude computes (Quantity.to
        # calls ureg.convert on the same units), without parsing both names again: that cost
        # 1.3 million instructions a temperature
        return float(ureg.convert(value, src, dst))
    return value * factor(pint_unit, target_unit)


@lru_cache(maxsize=None)
def _to_celsius(pint_unit: str) -> tuple[Any, Any, Any]:
    """(registry, `pint_unit` as a Quantity of it reads it, degree_Celsius as Quantity.to reads it),
    for convert: parsed once per unit."""
    from pint.util import to_units_container

    ureg = _registry_for(pint_unit)
    return ureg, ureg.Quantity(1.0, pint_unit).units, to_units_container("degree_Celsius", ureg)


def days(period: str) -> float:
    """Length of a period lemma ("day", "week", "month", "decade") in days, from pint."""
    return factor(load("units")["period_pint"].get(period, period), "day")
