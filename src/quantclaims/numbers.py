"""Number-like tokens: where they are in the text and what they are worth.

`scan(text, lo, hi)` finds every number-like token between two offsets: digits ("45,000", "2.5"),
digits with a scale ("1.8 billion", "$5m"), number words ("Ninety", "twenty-five", "a dozen",
"half a million"), fractions ("2½", "two-thirds", "a quarter", "1/2"), ordinals ("47th", "third"),
multiplicatives ("once", "twice", "tenfold") and vague words ("several", "tens of thousands").
Nothing here decides whether a token is a claim (see quantclaims.mentions and quantclaims.claims).
"""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, field, fields, make_dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, Callable, TypeVar

from text_to_num import text2num

from quantclaims import hedges, units
from quantclaims.lexicon import FOLDED_TO_ASCII, alternation, load, lowered_letters, writes_any
from quantclaims.regex_start import can_start

DIGITS = "digits"
WORD = "word"
FRACTION = "fraction"
ORDINAL = "ordinal"
MIXED = "mixed"


@dataclass(frozen=True, slots=True)
class Number:
    """One number-like token. `value` is None for vague words (their bounds are in `vague`)."""

    start: int
    end: int
    value: float | None
    form: str
    ordinal: bool = False
    vague: tuple[float, float] | None = None
    times: bool = False  # "once", "twice", "tenfold": a multiplicative
    integer: bool = True  # written without a decimal point or fraction
    scale: float = 1.0  # the scale word it carries ("1.8 billion" -> 1e9, "$5m" -> 1e6), else 1
    sign: str | None = None  # "+" or "-" when written ("+0.3%", "-5", "minus 40"), else None
    elapsed: bool = False  # a clock reading of a time elapsed ("in 2:09:56"), its value in seconds


_T = TypeVar("_T")


def frozen_builder(cls: type[_T]) -> Callable[..., _T]:
    """A constructor of the frozen slots dataclass `cls`: the same object (same class, fields, equality
    and hash) as cls(...), at a fraction of the cost. A frozen dataclass's __init__ sets each field
    through object.__setattr__, about 1,500 instructions a field on CPython 3.11 (Number: 15,700 a
    token, Claim: more than twice that); this one makes a bare instance of a mutable twin with the same
    fields and slots, stores each field into its slot, then gives it the class `cls` (CPython allows
    that between classes of the same slots).

    The constructor is generated with cls's own parameters (names, order, defaults), not as a
    `*args, **kwargs` wrapper around the twin's __init__: packing and unpacking the arguments and the
    second call cost more than the stores (Number: ~6,100 instructions a token, now ~3,600)."""
    own = fields(cls)  # type: ignore[arg-type]
    twin = make_dataclass(
        f"_Mutable{cls.__name__}",
        [(f.name, f.type, field(default=f.default, default_factory=f.default_factory)) for f in own],  # type: ignore[arg-type]
        slots=True,
    )
    if any(f.default_factory is not MISSING or not f.init or f.kw_only is True for f in own):  # (none yet)

        def build(*args: Any, **kwargs: Any) -> _T:
            obj = twin(*args, **kwargs)
            obj.__class__ = cls
            return obj  # type: ignore[return-value]

        return build
    names = [f.name for f in own]
    defaults = {f"_default_{f.name}": f.default for f in own if f.default is not MISSING}
    params = ", ".join(n if f"_default_{n}" not in defaults else f"{n}=_default_{n}" for n in names)
    stores = "".join(f"\n    obj.{n} = {n}" for n in names)
    namespace: dict[str, Any] = {"_new": object.__new__, "_twin": twin, "_cls": cls, **defaults}
    exec(f"def build({params}):\n    obj = _new(_twin){stores}\n    obj.__class__ = _cls\n    return obj\n", namespace)
    return namespace["build"]  # type: ignore[no-any-return]


_number = frozen_builder(Number)  # what scan builds its tokens with

# an ordinal that counts years: "his 50th birthday" (an age), "the 75th anniversary" (years since)
YEARS_ORDINAL = re.compile(r"[ \t\u00a0]+(?P<what>birthday|anniversary)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Tables:
    token: re.Pattern[str]
    parts: tuple[str, ...]  # the alternatives of `token`, in order, each a named group
    candidates: re.Pattern[str]
    starts: frozenset[str]
    number_words: frozenset[str]
    digit: re.Pattern[str]
    scale_after: re.Pattern[str]
    suffix_after: re.Pattern[str]
    cardinals: dict[str, float]
    scales: dict[str, float]
    suffixes: dict[str, float]
    collectives: dict[str, float]
    multiplying: dict[str, float]  # verbs that multiply what they say of ("doubled": 2, "halved": 0.5)
    denominators: dict[str, int]
    ordinals: dict[str, int]
    glyphs: dict[str, float]
    vague: dict[str, tuple[float, float]]
    hedged_article: re.Pattern[str]  # "than a", "nearly an": an article that may stand for one


_SP = r"(?:[ \t\u00a0]+)"
_HY = r"[-\u2010\u2011]"
CURRENCY_SIGNS = "$€£¥₹₽₴₩"


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """Compile the number lexicon into regexes, once."""
    lex = load("numbers")
    vague_lex = load("vague")["phrases"]
    cardinals = {k: float(v) for k, v in lex["cardinals"].items()}
    scales = {k: float(v) for k, v in lex["scales"].items()}
    collectives = {k: float(v) for k, v in lex["collectives"].items()}
    multiplying = {k: float(v) for k, v in lex["multiplying_verbs"].items()}
    denominators = {k: int(v) for k, v in lex["denominators"].items()}
    ordinals = {k: int(v) for k, v in lex["ordinals"].items()}
    glyphs = {k: float(v) for k, v in lex["glyphs"].items()}
    vague = {k.lower(): (float(v[0]), float(v[1])) for k, v in vague_lex.items()}

    # the hedges after which an article may stand for one ("than a", "nearly an", "up to a"): the
    # article first (a pattern opening with a look-behind could start anywhere, and costs every
    # token match), then one look-behind per hedge, so that an article after any other word fails
    # in the regex, not in Python
    hedge_ends = sorted(lex["article_one"]["after"])
    after_hedge = "|".join(
        rf"{art}\b(?:" + "|".join(rf"(?<=\b{re.escape(w)}[ \u00a0]{art})" for w in hedge_ends) + ")" for art in ("an", "a")
    )
    suffixes = {k: float(v) for k, v in lex["scale_suffixes"].items()}
    card = alternation(cardinals)
    scale = alternation(scales)
    glyph = "".join(glyphs)
    denom = alternation(denominators)
    # a run of cardinal and scale words: "twenty-five", "one hundred and twenty", "three million";
    # "and" joins only after a scale ("one hundred and twenty", never "one and two")
    after_scale = "|".join(f"(?<={w})" for w in scales)
    word_run = (
        rf"(?:{card}|a(?={_SP}(?:{scale}|dozen)\b))"
        rf"(?:(?:{_HY}|(?:{after_scale}){_SP}and{_SP}|{_SP})(?:{card}|{scale}))*"
    )
    parts = [
        rf"(?P<vague>\b(?:{alternation(vague)})\b)",
        rf"(?P<glyph>(?<![\d.,])\d+{_SP}?[{glyph}]|[{glyph}])",
        r"(?P<sci>(?<![\d.,])\d+(?:\.\d+)?[ \u00a0]?[\u00d7x*][ \u00a0]?10(?:\^|\*\*|(?=[-\u2212]))[-\u2212]?\d+)",
        r"(?P<slash>(?<![\d/.,])\b\d{1,3}(?:/|\u2044)\d{1,4}\b(?![/\d]))",
        r"(?P<dord>(?<![\d.,])\d+(?:st|nd|rd|th)\b)",
        r"(?P<dfold>(?<![\d.,])\d+(?:\.\d+)?(?:[-\u2010]?fold\b|x(?![\w\d\u00d7]|\.\w)))",
        r"(?P<mixed>(?<![\d.,/])\d+[ \u00a0]+\d{1,2}/(?:[2-9]|1[0-6])\b(?![/\d]))",
        # a clock reading with seconds, or with fractions of one: "2:09:56", "1:43.11" (see _read)
        r"(?P<clock>(?<![\d.,:])\d{1,2}:[0-5]\d(?::[0-5]\d(?:\.\d+)?|\.\d+)(?![\d:]|\.\d))",
        r"(?P<tens>(?<![\d.,'\u2019])[1-9]0s\b)",
        # a decimal comma ("1,2 million", "2,5%", "1,5 bln": translated text) only before a scale, an
        # abbreviated one of two letters or more, or a percent, where a thousands comma would need
        # three digits
        rf"(?P<dcomma>(?<![\d.,])\d{{1,3}},\d{{1,2}}(?=[ \u00a0]?%|[ \u00a0]+(?:{scale}|per[ \u00a0]?cent|percent)\b"
        rf"|[ \u00a0]?(?:{alternation(k for k in suffixes if len(k) > 1)})\b))",
        # thousands grouped by a space ("45 000", "1\u00a0300", "2\u202f500 000"): a no-break or thin
        # space between any groups, a plain space only before "000" (no number is written "000" alone)
        r"(?P<dspace>(?<![\d.,])\d{1,3}(?:[\u00a0\u202f\u2009]\d{3}|\x20000)+(?![\d,]))",
        r"(?P<digits>(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+)(?:\.\d+)?|(?<![\w.,])\.\d+)",
        # "half a million", "a quarter of a million", "three-quarters of a million"
        rf"(?P<half>\b(?:(?:{card}|a|an)(?:{_SP}|{_HY}))?(?:half|quarters?|thirds?)(?:{_SP}of)?{_SP}(?:a|an){_SP}"
        rf"(?:{scale}|dozen)\b)",
        rf"(?P<andfrac>\b(?:{card}){_SP}and{_SP}(?:a|one){_SP}(?:half|quarter|third)\b)",
        rf"(?P<wfrac>\b(?:{card}|a|an)(?:{_HY}|{_SP})(?:{denom})\b(?!{_HY}\w))",
        rf"(?P<wfold>\b(?:{card}){_HY}?fold\b)",
        rf"(?P<words>\b{word_run}(?:{_SP}(?:dozen))?\b)",
        rf"(?P<coll>\b(?:a{_SP})?(?:{alternation(collectives)})\b)",
        rf"(?P<mverb>\b(?:{alternation(multiplying)})\b)",
        rf"(?P<word_ord>\b(?:{alternation(ordinals)})\b)",
        # "more than a year", "nearly an hour": an article after a hedge stands for one (read only
        # before a unit, see _read; last, so "a dozen", "a third", "a few" are read first)
        rf"(?P<article>{after_hedge})",
    ]
    token = re.compile("|".join(parts), re.IGNORECASE)
    # Where a token can start: digits, a fraction glyph, or a word some token begins with. Trying
    # the token regex only there (not at every character) is what makes scanning cheap.
    candidates = re.compile(rf"\.?\d+|[{glyph}]|[A-Za-z]+")
    vague_words = {w for phrase in vague for w in phrase.split()}
    # a vague phrase starts a token at its first word only ("of" in "dozens of" starts none)
    starts = frozenset(
        [*cardinals, *collectives, *multiplying, *ordinals, *(phrase.split()[0] for phrase in vague), "a", "an", "half", "quarter"]
        + [f"{c}fold" for c in cardinals]
    )
    number_words = (starts | vague_words | set(scales) | set(denominators)) - {"a", "an", "of"}
    scale_after = re.compile(rf"(?:(?:{_SP}|{_HY})?(?:{scale})\b)+", re.IGNORECASE)
    suffix_after = re.compile(rf"(?:{_SP})?({alternation(suffixes)})\b(?!\.\w)", re.IGNORECASE)
    # [\d{glyph}], written to start with a class `re` tests with one bitmap lookup (an ASCII digit or
    # any non-ASCII character), checked again by the look-behind: with \d and the glyphs in one class,
    # `re` tested every character before the first digit the slow way (see _candidate_tables)
    digit = re.compile(rf"[^\x00-\x2f:-\x7f](?<=[\d{glyph}])")
    return _Tables(
        token, tuple(parts), candidates, starts, frozenset(number_words), digit, scale_after, suffix_after, cardinals, scales, suffixes, collectives,
        multiplying, denominators, ordinals, glyphs, vague,
        re.compile(rf"\b(?:{alternation(hedge_ends)})[ \u00a0](?:an|a)\b", re.IGNORECASE),
    )


def has_number(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """Cheap test: is there any digit or number word between lo and hi?"""
    t = tables()
    hi = len(text) if hi is None else hi
    if t.digit.search(text, lo, hi):
        return True
    words = t.number_words
    return writes_any(text, lo, hi, words)


def has_hedged_article(text: str) -> bool:
    """Is there an article after a hedge ("more than a year") in the text: a number for a document
    with no digit or number word (has_number leaves it out: it is also asked of short stretches).

    The pattern opens with a word boundary and a dozen hedges, so `re` tries it at every character (~58,000
    instructions for a 100-character text); it runs only where the text writes both an article and
    the first word of a hedge as words (runs of ASCII letters, lowered), which a match needs: its
    article and its hedge's first word are such whole runs, as long as no character of the text is
    one that IGNORECASE pairs with an ASCII letter (lexicon.FOLDED_TO_ASCII), else the pattern runs anyway."""
    if text.isascii() or not any(c in text for c in FOLDED_TO_ASCII):  # (isascii: a flag; `in`: a fast search)
        runs = lowered_letters(text, 0, len(text)).split()
        articles, hedge_starts = _hedged_article_words()
        if articles.isdisjoint(runs) or hedge_starts.isdisjoint(runs):
            return False
    return tables().hedged_article.search(text) is not None


@lru_cache(maxsize=1)
def _hedged_article_words() -> tuple[frozenset[bytes], frozenset[bytes]]:
    """(the articles, the first word of each hedge of [article_one]) as lowered_letters cuts them out."""
    hedges = load("numbers")["article_one"]["after"]
    return frozenset([b"a", b"an"]), frozenset(h.split()[0].lower().encode("ascii") for h in hedges)


_WORD_GAP = re.compile(r"[\s\-\u2010\u2011]+")


def _words(s: str) -> list[str]:
    return [w for w in _WORD_GAP.split(s.lower()) if w]


def words_value(phrase: str) -> float | None:
    """The value of a run of cardinal and scale words ("twenty-five", "a hundred", "three million")."""
    t = tables()
    words = [w for w in _words(phrase) if w != "and"]
    if words and words[0] in ("a", "an"):
        words[0] = "one"
    if not words:
        return None
    if words[-1] == "dozen":
        head = words_value(" ".join(words[:-1])) if len(words) > 1 else 1.0
        return None if head is None else head * 12
    if len(words) == 1:
        w = words[0]
        return t.cardinals.get(w, t.scales.get(w))
    try:
        return float(text2num(" ".join(words), "en"))
    except ValueError:
        # a scale text2num does not know ("five crore", "two lakh crore"): the words before it, times it
        if words[-1] in t.scales:
            head = words_value(" ".join(words[:-1]))
            return None if head is None else head * t.scales[words[-1]]
        return None


def vague_words(text: str, n: Number) -> str | None:
    """The vague words of a vague token as written, without a scale after them ("A few hundred" ->
    "A few", "Dozens of" -> "Dozens of"): its qualifier_text (docs/conventions.md). None for a decade
    ("40s"), which has no vague word; the part of a decade for a part ("late" in "late 60s")."""
    if n.vague is None:
        return None
    raw = text[n.start : n.end]
    if n.form != WORD:
        part = re.match(r"[A-Za-z]+", raw)
        return part.group(0) if part else None
    if n.scale != 1.0:
        m = _scales_at_end().search(raw)
        raw = raw[: m.start()] if m else raw
    return raw


@lru_cache(maxsize=1)
def _scales_at_end() -> re.Pattern[str]:
    """The scale words ending a vague token ("hundred", "dozen"), built once (vague_words)."""
    return re.compile(rf"(?:(?:{_SP}|{_HY})(?:{alternation([*tables().scales, 'dozen'])}))+\Z", re.IGNORECASE)


def parse_digits(s: str) -> float:
    """'45,000' -> 45000.0, '2.5' -> 2.5."""
    return float(s.replace(",", ""))


def scaled(value: float, mult: float) -> float:
    """`value` times its scale as the decimals written: "4.1 million" is 4100000, where the binary
    product is 4099999.9999999995."""
    return float(Decimal(repr(value)) * Decimal(repr(mult)))


def quotient(a: float, b: float) -> float:
    """a / b as the decimals written: "8.2 per 100,000" is 0.000082, where the binary quotient is
    8.199999999999999e-05."""
    return float(Decimal(repr(a)) / Decimal(repr(b)))


def _scale(text: str, end: int, hi: int, money_at: int | None) -> tuple[float, int]:
    """A scale written after digits ending at `end`: (multiplier, new end), or (1, end).

    Words ("million") and unambiguous abbreviations ("bn") always scale; "m", "k" and "b" only
    when glued to an amount of money ("$5m": a currency sign before `money_at`, the figure's start;
    None: never money) or to a figure that counts a known noun or unit after
    it ("9.8m barrels", "300k users", "4.3m passengers": no length counts barrels or passengers), since
    "5m" alone is five metres; a
    glued capital "M" always ("4.3M copies").

    Most figures have no scale: the character after them (or after one space) cannot begin one (see
    _no_scale_at), which answers without trying the two patterns (~7,000 instructions a figure). The
    currency sign is looked for only when a glued "m", "k" or "b" asks (it was asked of every figure).
    """
    if end >= hi:
        return 1.0, end  # both patterns need a scale word
    c = text[end]
    no_scale = _no_scale_at()
    if c in no_scale or (c == " " and (end + 1 >= hi or text[end + 1] in no_scale)):
        return 1.0, end
    t = tables()
    m = t.scale_after.match(text, end, hi)
    if m:  # "4 hundred million": scales multiply
        mult = 1.0
        for w in _words(m.group(0)):
            mult *= t.scales[w]
        return mult, m.end()
    m = t.suffix_after.match(text, end, hi)
    if m:
        suffix = m.group(1).lower()
        glued = m.start(1) == end
        if (suffix not in ("m", "k", "b") or (glued and money_at is not None and _preceded_by_currency(text, money_at))
                or (glued and m.group(1) == "M")):
            return t.suffixes[suffix], m.end()  # "4.3M sales": capital M is millions even without a sign
        # (one digit before the letter may be a resolution: "4k TV", "8K video"; no modifier then)
        one_digit = end < 2 or not (text[end - 2].isdigit() or text[end - 2] == ".")
        decimal = _DECIMAL_END.search(text, max(0, end - 8), end) is not None  # "4.3m": no race is
        if glued and _counted_after(text, m.end(), hi, suffix != "m", not one_digit, decimal):
            return t.suffixes[suffix], m.end()
    return 1.0, end


@lru_cache(maxsize=1)
def _no_scale_at() -> frozenset[str]:
    """The characters at which neither scale pattern of _scale can start, nor after one space: every
    ASCII character but a space, a tab, "-" (what may come before the scale word: _SP, _HY; their
    non-ASCII members are not ASCII) and the letters (either case) that begin a scale or suffix word.
    Under IGNORECASE an ASCII character matches an ASCII letter of the pattern only as its other
    case (the special folds, "\u017f" for "s", "\u212a" for "k", pair an ASCII letter with a non-ASCII
    one), so a word cannot start at any of these."""
    t = tables()
    first = {w[0].lower() for w in [*t.scales, *t.suffixes]}
    return frozenset(c for c in map(chr, range(128)) if c not in " \t-" and c.lower() not in first)


_DOZEN = re.compile(r"(?:[ \u00a0]+|-)dozen\b", re.IGNORECASE)
WORD_AFTER = re.compile(r"[ \u00a0]+([A-Za-z]+)")  # the word after a figure (numbers, mentions)
_DECADE_PART = re.compile(r"(?<![\w-])(early|mid|late|low|lower|high|upper)(?:[ \u00a0]+|[-\u2010])\Z", re.IGNORECASE)
_DECADE_PARTS = {"early": (0.0, 3.0), "low": (0.0, 3.0), "lower": (0.0, 3.0), "mid": (3.0, 6.0),
                 "late": (6.0, 9.0), "high": (6.0, 9.0), "upper": (6.0, 9.0)}
_PARTS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


def _scaled_fraction(text: str, s: int, e: int, hi: int, value: float, out: list[Number]) -> None:
    """A whole number and a fraction ("2 1/2", "two and a half"), with the scale after it if one is
    written ("two and a half billion dollars" is 2.5e9)."""
    mult, e2 = _scale(text, e, hi, None)
    if mult != 1.0:
        out.append(_number(s, e2, scaled(value, mult), MIXED, integer=False, scale=mult))
    else:
        out.append(_number(s, e, value, FRACTION, integer=False))


_DECIMAL_END = re.compile(r"\.\d+\Z")


def _counted_after(text: str, pos: int, hi: int, any_plural: bool, modifiers: bool = True,
                   decimal: bool = False) -> bool:
    """A unit or a counted noun of the lexicon right after `pos` ("barrels", "people", "tonnes"); with
    `any_plural`, any lower-case plural-looking word ("300k subscribers": no "k" is a length, where
    "100m hurdles" is a race), also after one or two modifiers ("300k new users", "10k Test runs")."""
    if units.unit_after(text, pos, hi) is not None:
        return text[pos : pos + 1] in " \u00a0"  # a unit glued on would be the suffix's own reading
    for _ in range(3 if any_plural and modifiers else 1):
        w = WORD_AFTER.match(text, pos, hi)
        if w is None:
            return False
        word = w.group(1)
        if units.noun(word) is not None:
            return True
        if len(word) > 3 and word.islower() and word.endswith("s") and not word.endswith("ss"):
            return any_plural or _counted_in_millions(word, decimal)
        low = word.lower()
        if low in units.word_set("function_words") or low in units.word_set("verbs") or low in tables().number_words:
            return False
        pos = w.end()
    return False


@lru_cache(maxsize=1)
def _million_nouns() -> tuple[tuple[str, ...], frozenset[str]]:
    lex = load("numbers")["million_nouns"]
    return tuple(lex["endings"]), frozenset(lex["words"])


def _counted_in_millions(plural: str, decimal: bool) -> bool:
    """A plural no length measures (numbers.toml [million_nouns]): "7.2m viewers" is millions; a
    people ending counts only after a decimal ("4.3m passengers", but "the 400m runners")."""
    endings, words = _million_nouns()
    return plural in words or (decimal and plural.endswith(endings))


# "plus or minus 3 points" is a margin (\u00b13), not minus three; "T-minus 10 minutes" a countdown
_SIGN_BEFORE = re.compile(
    r"(?:(?<![\w.,%])[-\u2212+]|(?<!(?i:plus or) )(?<![Tt]-)(?i:\bminus)[ \u00a0-]?|(?i:\bnegative)[ \u00a0])\Z"
)


# the last character of each way _SIGN_BEFORE can end: a sign, "minus" (the long s folds to s),
# "minus " or "negative "
_SIGN_LAST = frozenset("-\u2212+sS\u017f")
_SPACE_AFTER = frozenset("sS\u017feE")


def _may_have_sign(text: str, s: int) -> bool:
    """Can _SIGN_BEFORE end at s? A cheap test of the one or two characters before it (most numbers
    follow a space after a word), so the search runs for few numbers."""
    c = text[s - 1 : s]
    return c in _SIGN_LAST or (c in (" ", "\u00a0") and s >= 2 and text[s - 2] in _SPACE_AFTER)


# the near end of a range right before a figure: "3-" in "£3-4m", "5.5 \u2013 " in "$5.5 \u2013 6bn"
_NEAR_END = re.compile(r"\d[\d.,]*[ \u00a0]?[-\u2013][ \u00a0]?\Z")


def _preceded_by_currency(text: str, start: int) -> bool:
    """A currency sign right before the figure, or before the near end of the range it ends ("£3-4m":
    the "m" of the 4 is million, as the sign is the range's)."""
    if units.sign_before(text, start, max(0, start - 8)) is not None:
        return True
    if start == 0 or text[start - 1] not in "- \u2013\u00a0":
        return False
    m = _NEAR_END.search(text, max(0, start - 16), start)
    return m is not None and units.sign_before(text, m.start(), max(0, m.start() - 8)) is not None


@lru_cache(maxsize=1)
def _candidate_tables() -> tuple[re.Pattern[str], frozenset[bytes]]:
    """(digit and glyph candidates, the words a token can start with as lowered ASCII bytes)."""
    t = tables()
    glyph = "".join(t.glyphs)
    # \.?\d+|[glyph], written to start with a character class so that `re` skips to the next
    # candidate character in C instead of trying the pattern at every position. That class is
    # ".", an ASCII digit or any non-ASCII character (checked again by the lookbehind), written as
    # a negated ASCII class, which `re` tests with one bitmap lookup: with \d or ranges beyond
    # Latin-1 in it, the test at every character of the text was most of the cost of scanning
    digits = re.compile(
        rf"[^\x00-\x2d/:-\x7f](?<=[.\d{glyph}])(?:(?<=\.)\d+|(?<=\d)\d*|(?<=[{glyph}]))"
    )
    words = frozenset(w.encode("ascii") for w in t.starts if w.isascii() and w.isalpha() and w.islower())
    return digits, words


def _candidates(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where a token can start in text[lo:hi], in order: every run of digits (with a decimal point
    before it), every fraction glyph, and every whole run of ASCII letters that, lowered, is a word
    some token starts with (tables().candidates read word by word, as `scan` did before). Each as
    (start, end): the end of the run of digits (or glyph) for a digit candidate, which `scan` reads
    the figure's next character at (see _plain_figure); 0 for a word.

    Why: most of a sentence's ~20 words start no token, and looking at each one in Python cost
    about a tenth of the extractor's time. The words are found in C instead: the region is lowered
    into bytes with every other character (non-ASCII ones included, one byte each) a space, so a
    word is a run between spaces at the same offsets, found with bytes.find."""
    digits, words = _candidate_tables()
    lo = max(lo, 0)
    found = [m.span() for m in digits.finditer(text, lo, hi)]
    low = lowered_letters(text, lo, hi)
    present = words.intersection(low.split())
    if present:
        padded = b" " + low + b" "
        for w in present:
            needle = b" " + w + b" "
            i = padded.find(needle)
            while i >= 0:
                found.append((lo + i, 0))  # padded[i] is the space before the word: text[lo + i]
                i = padded.find(needle, i + len(w) + 1)
        found.sort()
    return found


# what may follow "a third" when it is a share: "of", a time or comparison word, punctuation
_SHARE_AFTER = frozenset("""of in on at last this next since over from to by and or but as than more less
    fewer lower higher smaller larger bigger compared years months weeks days below above under up down off
    cheaper dearer faster slower greater longer shorter heavier lighter better worse""".split())
_NEXT_LOWER = re.compile(r"[ \u00a0]+([a-z]+)\b")


def _ordinal_use(text: str, end: int, hi: int, word: str) -> bool:
    """"a third straight meeting", "a fifth term", "for a third month": an ordinal before the noun it
    numbers, not a share ("cut by a third", "a third of the budget", "a third last year"). Only ordinals from
    third up: "a half", "a quarter" are shares before a noun too ("a quarter century")."""
    if word in ("half", "quarter") or word.endswith("s"):
        return False
    m = _NEXT_LOWER.match(text, end, hi)
    # "cut by a third year-on-year": a period compared with the one before, after a share
    return m is not None and m.group(1) not in _SHARE_AFTER and units.PERIOD_COMPARED.match(text, m.end(1), hi) is None


_SPACES = " \t\u00a0"  # (a hyphen joins a share: "the past three-quarters")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t\u00a0]+\Z")
_OF_AFTER = re.compile(r"[ \t\u00a0]+of\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _quarter_periods() -> tuple[frozenset[str], frozenset[str]]:
    lex = load("numbers")["quarter_periods"]
    return frozenset(lex["time_words"]), frozenset(lex["before"])


def _counts_quarters(text: str, start: int, end: int, hi: int) -> bool:
    """"the past two quarters", "for three quarters": quarters of a year counted, not a share
    (numbers.toml [quarter_periods])."""
    time_words, before = _quarter_periods()
    m = _WORD_BEFORE.search(text, max(0, start - 16), start)
    word = m.group(1).lower() if m else ""
    return word in time_words or (word in before and not _OF_AFTER.match(text, end, hi))


@lru_cache(maxsize=256)
def _token_at(ch: str) -> re.Pattern[str] | None:
    """The token regex for a position holding `ch`: only the alternatives that can start with ch
    (quantclaims.regex_start), in their order, so it matches there exactly as the whole regex would
    (same span, same group); None when none can. At a digit the ~8 word alternatives go, at a
    letter the ~8 digit ones and most word ones: `re` tries every alternative of an alternation
    compiled with IGNORECASE, so the whole regex cost ~5 us at a digit and ~8 us at a word."""
    kept = [p for p in tables().parts if can_start(p, ch, re.IGNORECASE)]
    return re.compile("|".join(kept), re.IGNORECASE) if kept else None


_FIGURE_ONLY = frozenset(["glyph", "sci", "slash", "dord", "dfold", "mixed", "clock", "tens", "dcomma", "dspace"])


@lru_cache(maxsize=1)
def _figure_tokens() -> dict[str, re.Pattern[str]]:
    """For each ASCII digit, its token regex (_token_at) without the alternatives of _FIGURE_ONLY:
    where _plain_figure holds, none of those can match, so this one matches as _token_at's would
    (same span, same group), at a fifth of the cost (at a digit it is the `digits` alternative alone:
    _token_at's ten cost ~18,000 instructions a figure)."""
    out: dict[str, re.Pattern[str]] = {}
    if any(k[:1].isdecimal() for k in tables().suffixes):
        return out  # a suffix word after digits: dcomma could take "1,000" (see _plain_figure)
    for ch in "0123456789":
        kept = [p for p in tables().parts if can_start(p, ch, re.IGNORECASE) and re.match(r"\(\?P<(\w+)>", p).group(1) not in _FIGURE_ONLY]  # type: ignore[union-attr]
        out[ch] = re.compile("|".join(kept), re.IGNORECASE)
    return out


# the ASCII characters that, right after a run of digits, no alternative of _FIGURE_ONLY can take:
# not a digit, nor a space or tab (_SP: glyph, sci, mixed, dspace), ".", ",", "*", "/", "-", ":" (sci,
# dcomma, slash, dfold, clock), nor the letters of "st", "nd", "rd", "th", "fold", "x" in either case
# (dord, tens, dfold, sci; IGNORECASE pairs an ASCII letter with no other ASCII character)
_PLAIN_AFTER = frozenset(c for c in map(chr, range(128)) if c not in "0123456789 \t.,*/-:sSnNrRtTfFxX")
# after the digits and one space: not a digit (mixed, dspace), space or tab (glyph, mixed), "x", "*" (sci)
_PLAIN_AFTER_SPACE = frozenset(c for c in map(chr, range(128)) if c not in "0123456789 \t*xX")
_NOT_DIGIT = frozenset(c for c in map(chr, range(128)) if c not in "0123456789")
_DIGIT = frozenset("0123456789")
_NOT_F = frozenset(c for c in map(chr, range(128)) if c not in "fF")


def _plain_figure(text: str, r: int, hi: int) -> bool:
    """Can no alternative of _FIGURE_ONLY match at a run of digits ending at r (text[r] no digit)?
    Decided by the characters after the run, each case because every one of those alternatives needs
    something else there (the regexes are in tables()): the end of the text; a character of
    _PLAIN_AFTER; a space then one of _PLAIN_AFTER_SPACE (or the end); "." then no digit (the
    decimals of sci, dfold); "-" then no "f" (dfold's "-fold"); "," then no digit, or then three
    digits (dcomma's one or two decimals must be followed by "%", a space or a suffix word, and no
    suffix word starts with a digit: else _figure_tokens offers no regex). Otherwise: maybe."""
    if r >= hi:
        return True
    c = text[r]
    if c in _PLAIN_AFTER:
        return True
    if r + 1 >= hi:
        return c in " .,-"  # each needs more after it (a letter may end one: "90s", "3x")
    c2 = text[r + 1]
    if c == " ":
        return c2 in _PLAIN_AFTER_SPACE
    if c == ".":
        return c2 in _NOT_DIGIT
    if c == "-":
        return c2 in _NOT_F
    if c == ",":
        return c2 in _NOT_DIGIT or (r + 4 <= hi and c2 in _DIGIT and text[r + 2] in _DIGIT and text[r + 3] in _DIGIT)
    return False


def scan(text: str, lo: int = 0, hi: int | None = None) -> list[Number]:
    """Every number-like token in text[lo:hi], in order, without overlaps.

    At a run of digits whose next characters rule out every figure alternative but `digits` (most
    figures: "45,000 people", "2020.", "5%"), the regex tried is that one alone (_figure_tokens)."""
    t = tables()
    hi = len(text) if hi is None else hi
    out: list[Number] = []
    done = lo
    figures = _figure_tokens()
    for s, r in _candidates(text, lo, hi):
        if s < done:
            continue
        ch = text[s]
        token = figures.get(ch)
        if token is None or not _plain_figure(text, r, hi):
            token = _token_at(ch)
            if token is None:
                continue
        m = token.match(text, s, hi)
        if m is None:
            continue
        n = len(out)
        _read(text, m, hi, t, out)
        done = out[-1].end if len(out) > n else m.end()
    return out


def _lead(pattern: str, raw: str) -> str:
    """The match of `pattern` at the start of `raw`, which the token regex guarantees."""
    m = re.match(pattern, raw)
    assert m is not None, (pattern, raw)
    return m.group(0)


@lru_cache(maxsize=1)
def _elapsed_before() -> frozenset[str]:
    return frozenset(load("numbers")["elapsed_times"]["before"])


def _elapsed(text: str, start: int, raw: str) -> bool:
    """Is the clock reading `raw` a time elapsed: with fractions of a second ("1:43.11"), or right
    after a word of numbers.toml [elapsed_times] ("in 2:09:56", "a time of 1:02:11")? A time of day
    is written "at 10:45:30"."""
    if "." in raw:
        return True
    m = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return m is not None and m.group(1).lower() in _elapsed_before()


@lru_cache(maxsize=1)
def _digits_part() -> re.Pattern[str]:
    """The token regex's "digits" alternative alone (a clock reading that is no time elapsed)."""
    return re.compile(next(p for p in tables().parts if p.startswith("(?P<digits>")), re.IGNORECASE)


def _read(text: str, m: re.Match[str], hi: int, t: _Tables, out: list[Number]) -> None:
    """Append the token(s) of one match of the token regex to `out`."""
    kind = m.lastgroup
    s, e = m.span()
    raw = m.group(0)
    if kind in ("digits", "dcomma", "dspace"):  # first: most tokens are figures
        if kind == "dcomma":
            value = float(raw.replace(",", "."))
        else:
            value = parse_digits(raw if kind == "digits" else "".join(raw.split()))  # (split: every space kind)
            kind = "digits"
        mult, e2 = _scale(text, e, hi, s)
        integer = kind == "digits" and "." not in raw
        sign = None
        sm = _SIGN_BEFORE.search(text, max(0, s - 9), s) if _may_have_sign(text, s) else None
        if sm and (not out or out[-1].end <= sm.start()):
            sign = "+" if sm.group(0) == "+" else "-"
            value = -value if sign == "-" else value
            s = sm.start()
        if mult != 1.0:
            out.append(_number(s, e2, scaled(value, mult), MIXED, integer=integer, scale=mult, sign=sign))
        else:
            out.append(_number(s, e, value, DIGITS, integer=integer, sign=sign))
        return
    low = raw.lower()
    if kind == "vague":
        key = " ".join(_words(low))
        low_b, high_b = t.vague[key]
        plural = key.endswith("s") or (key.endswith(" of") and key[:-3].endswith("s"))  # "hundreds (of)"
        sc = (t.scale_after.match(text, e, hi) or _DOZEN.match(text, e, hi)) if not plural else None
        if sc:  # "a few hundred", "several thousand", "a couple of hundred", "several dozen": the vague bounds times the scale
            mult = 1.0
            for w in _words(sc.group(0)):
                mult *= t.scales.get(w, 12.0)  # (a scale word, or "dozen")
            out.append(_number(s, sc.end(), None, WORD, vague=(low_b * mult, high_b * mult), scale=mult))
            return
        out.append(_number(s, e, None, WORD, vague=(low_b, high_b)))
    elif kind == "glyph":
        lead = re.match(r"\d+", raw)
        value = (parse_digits(lead.group(0)) if lead else 0.0) + t.glyphs[raw[-1]]
        out.append(_number(s, e, value, FRACTION, integer=False))
    elif kind == "sci":  # "1.99\u00d710\u221230": mantissa times a power of ten
        mant, _, exp = re.split(r"([\u00d7x*])", raw, maxsplit=1)
        exp = re.sub(r"^[ \u00a0]*10(?:\^|\*\*)?", "", exp).replace("\u2212", "-")
        out.append(_number(s, e, parse_digits(mant.strip()) * 10.0 ** min(int(exp), 300), MIXED, integer=False))
    elif kind == "slash":
        slash = "\u2044" if "\u2044" in raw else "/"
        a_s, b_s = raw.split(slash)
        a, b = int(a_s), int(b_s)
        # a fraction: always with the fraction slash; with "/" when small ("3/4") or "of" follows ("1/16 of")
        if b and a < b and (slash != "/" or b <= 10 or _OF_AFTER.match(text, e)):
            out.append(_number(s, e, a / b, FRACTION, integer=False))
        else:  # "24/7", "9/11": not a fraction; the digits are still tokens
            out.append(_number(s, s + len(a_s), float(a), DIGITS))
            out.append(_number(e - len(b_s), e, float(b), DIGITS))
    elif kind == "clock":
        if _elapsed(text, s, raw):  # "won in 2:09:56": hours, minutes and seconds, read in seconds
            seconds = sum(float(x) * 60.0**k for k, x in enumerate(reversed(raw.split(":"))))
            out.append(_number(s, e, seconds, DIGITS, integer="." not in raw, elapsed=True))
        else:  # a time of day ("at 10:45:30"): its numbers are read one by one, as any digits
            _read(text, _digits_part().match(text, s, hi), hi, t, out)  # type: ignore[arg-type]
    elif kind == "tens":  # "in their 30s", "the mid-40s": somewhere in that decade of numbers
        decade = float(raw[:-1])
        dp = _DECADE_PART.search(text, max(0, s - 8), s)
        if dp is None:
            out.append(_number(s, e, None, DIGITS, vague=(decade, decade + 9)))
        else:  # "the early 30s" 30-33, "the mid-40s" 43-46, "his late 60s" 66-69: part of the decade
            da, db = _DECADE_PARTS[dp.group(1).lower()]
            out.append(_number(dp.start(), e, None, DIGITS, vague=(decade + da, decade + db)))
    elif kind == "dord":
        out.append(_number(s, e, float(_lead(r"\d+", raw)), ORDINAL, ordinal=True))
    elif kind == "dfold":  # "3-fold", "3x"
        out.append(_number(s, e, parse_digits(_lead(r"[\d.]+", raw)), MIXED, times=True))
    elif kind == "mixed":  # "2 1/2 years", "2 1/2 million"
        whole, frac = raw.split()
        a, b = (int(x) for x in frac.split("/"))
        if a < b:
            _scaled_fraction(text, s, e, hi, int(whole) + a / b, out)
        else:
            out.append(_number(s, s + len(whole), float(whole), DIGITS))
    elif kind == "half":
        ws = _words(low)
        pw = next(w for w in ws if w.startswith(("half", "quarter", "third")))
        share = _PARTS[pw.rstrip("s")]
        n = t.cardinals.get(ws[0], 1.0)  # "three-quarters of a million"; "a quarter", "half" are one
        scale = 12.0 if ws[-1] == "dozen" else t.scales[ws[-1]]
        out.append(_number(s, e, n * share * scale, WORD, integer=False, scale=scale))
    elif kind == "andfrac":  # "two and a half", "one and a half million"
        ws = _words(low)
        _scaled_fraction(text, s, e, hi, t.cardinals[ws[0]] + _PARTS[ws[-1]], out)
    elif kind == "wfrac":
        ws = _words(low)
        den = t.denominators[ws[-1]]
        if ws[0] in ("a", "an") and len(ws) == 2 and _ordinal_use(text, e, hi, ws[-1]):
            out.append(_number(s + len(raw) - len(ws[-1]), e, den, ORDINAL, ordinal=True))
            return  # "for a third straight meeting": the third one, not a third of something
        num = 1.0 if ws[0] in ("a", "an") else t.cardinals[ws[0]]
        if ws[-1] == "quarters" and num > 1 and raw[len(ws[0])] in _SPACES and _counts_quarters(text, s, e, hi):
            out.append(_number(s, s + len(ws[0]), num, WORD))
            return  # "the past two quarters": two quarters of a year, "quarters" the counted noun
        if ws[0] in ("a", "an") and ws[-1] in ("half",):
            out.append(_number(s, e, 0.5, FRACTION, integer=False))
        else:
            out.append(_number(s, e, num / den, FRACTION, integer=False))
    elif kind == "wfold":
        head = re.sub(r"[-\u2010]?fold$", "", low)
        out.append(_number(s, e, t.cardinals[head], WORD, times=True))
    elif kind == "words":
        wv = words_value(raw)
        if wv is not None:
            scale = max((t.scales[w] for w in _words(low) if w in t.scales), default=1.0)
            out.append(_number(s, e, wv, WORD, scale=scale))
            return
        # not one number ("two three-year terms"): each word is its own token
        for wm in re.finditer(r"[A-Za-z]+", raw):
            v = t.cardinals.get(wm.group(0).lower(), t.scales.get(wm.group(0).lower()))
            if v is not None:
                out.append(_number(s + wm.start(), s + wm.end(), v, WORD))
    elif kind == "coll":
        key = _words(low)[-1]
        value = t.collectives[key]
        times = key in ("once", "twice", "thrice")
        form = FRACTION if key in ("half", "quarter") else WORD
        if key == "quarter" and not low.startswith("a"):
            return  # "the third quarter", "quarters": not a number
        out.append(_number(s, e, value, form, times=times, integer=value == int(value)))
    elif kind == "mverb":  # "doubled", "halved": a multiple, like "twofold"
        value = t.multiplying[low]
        out.append(_number(s, e, value, WORD, times=True, integer=value == int(value)))
    elif kind == "article":  # one of a unit, after a hedge: "more than a year", "about an hour"
        if units.unit_after(text, e, hi) is not None and hedges.qualifier_before(text, s, 0) is not None:
            out.append(_number(s, e, 1.0, WORD))
    elif kind == "word_ord":
        if out and out[-1].end >= s - 1 and not out[-1].ordinal:
            return  # "one second": a unit after a number, not an ordinal
        out.append(_number(s, e, float(t.ordinals[low]), ORDINAL, ordinal=True))
