"""The NewsQuant scorer: the CQE paper's protocol, made explicit.

Per sentence, a predicted quantity may match a gold one when
- values: both single numbers and numpy.isclose(pred, gold, rtol=1e-5), or both ranges and both
  ends close (ends compared after sorting, so "from 90 down to 60" matches however a system orders
  its bounds); a number never matches a range;
- value+change: additionally the change symbols are equal;
- value+unit: additionally the canonical units are equal (`canonical_unit`, applied to both sides);
  a prediction may name its unit in more than one way (Quantity.unit_alternatives, e.g. a counted
  noun's head lemma and its noun phrase) and matches when any of its names equals the gold one.
Each criterion gets its own maximum one-to-one matching (augmenting paths: exact, and the
sentences are small), so a gold quantity is matched at most once and no prediction twice. Among
the maximum matchings, ties between equal values go to the pair that agrees on change and unit.
P = matches / predictions, R = matches / gold, summed over all sentences, F1 their harmonic mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

RTOL = 1e-5
Value = float | tuple[float, float]


@dataclass(frozen=True)
class Quantity:
    """A quantity in NewsQuant terms, predicted or gold."""

    value: Value
    change: str = "="
    unit: str = "-"
    # Other names the system gives the same unit, any of which may match the gold name: for a
    # counted noun, the head-noun lemma and the singular noun phrase ("product", "different
    # product"), since NewsQuant names some counted things by their head and others by their phrase.
    unit_alternatives: tuple[str, ...] = ()


def values_match(pred: Value, gold: Value) -> bool:
    """numpy.isclose with rtol 1e-5; a range only matches a range, both ends close."""
    p_range, g_range = isinstance(pred, tuple), isinstance(gold, tuple)
    if p_range != g_range:
        return False
    if p_range:
        p, g = sorted(pred), sorted(gold)  # type: ignore[arg-type]
        return bool(np.isclose(p[0], g[0], rtol=RTOL) and np.isclose(p[1], g[1], rtol=RTOL))
    return bool(np.isclose(pred, gold, rtol=RTOL))


def max_matching(
    n_pred: int, n_gold: int, ok: Callable[[int, int], bool], prefer: Callable[[int, int], int] | None = None
) -> list[tuple[int, int]]:
    """Maximum one-to-one matching between predictions and gold.

    Returns (pred_index, gold_index) pairs. Greedy matching can lose a pair when one prediction
    could take either of two gold quantities; augmenting paths cannot. With `prefer` (a score per
    allowed pair), the matching is still of maximum size, and among those of maximum size it has
    the largest total score: ties between equal values are broken toward the pair that agrees."""
    adj = [[g for g in range(n_gold) if ok(p, g)] for p in range(n_pred)]
    if prefer is not None:
        return _max_matching_preferring(adj, n_gold, prefer)
    gold_to_pred: list[int | None] = [None] * n_gold

    def augment(p: int, seen: list[bool]) -> bool:
        for g in adj[p]:
            if not seen[g]:
                seen[g] = True
                other = gold_to_pred[g]
                if other is None or augment(other, seen):
                    gold_to_pred[g] = p
                    return True
        return False

    for p in range(n_pred):
        if adj[p]:
            augment(p, [False] * n_gold)
    return sorted((p, g) for g, p in enumerate(gold_to_pred) if p is not None)


def _max_matching_preferring(adj: list[list[int]], n_gold: int, prefer: Callable[[int, int], int]) -> list[tuple[int, int]]:
    """Successive shortest augmenting paths (Bellman-Ford, costs -prefer): each augmentation adds
    one pair at the best possible score, so the result is a maximum matching of maximum total score.
    Sentences hold a handful of quantities, so the cubic cost does not matter."""
    n_pred = len(adj)
    pred_to_gold: list[int | None] = [None] * n_pred
    gold_to_pred: list[int | None] = [None] * n_gold
    inf = float("inf")
    while True:
        dist_p = [0.0 if pred_to_gold[p] is None else inf for p in range(n_pred)]
        dist_g = [inf] * n_gold
        via: list[int | None] = [None] * n_gold  # the prediction a gold quantity is reached from
        for _ in range(n_pred + n_gold + 1):
            changed = False
            for p in range(n_pred):
                if dist_p[p] == inf:
                    continue
                for g in adj[p]:
                    if pred_to_gold[p] != g and dist_p[p] - prefer(p, g) < dist_g[g]:
                        dist_g[g], via[g], changed = dist_p[p] - prefer(p, g), p, True
            for g in range(n_gold):
                p = gold_to_pred[g]
                if p is not None and dist_g[g] + prefer(p, g) < dist_p[p]:
                    dist_p[p], changed = dist_g[g] + prefer(p, g), True
            if not changed:
                break
        free = [g for g in range(n_gold) if gold_to_pred[g] is None and dist_g[g] < inf]
        if not free:
            return sorted((p, g) for p, g in enumerate(pred_to_gold) if g is not None)
        g = min(free, key=lambda x: (dist_g[x], x))
        while g is not None:  # flip the path: each prediction on it takes the gold it was reached by
            p = via[g]
            assert p is not None
            previous = pred_to_gold[p]
            pred_to_gold[p], gold_to_pred[g] = g, p
            g = previous


# ---- units ---------------------------------------------------------------------------------------
# Whole-name synonyms (after lower-casing, hyphens/underscores to spaces, singularizing): what the
# README calls obvious synonyms, plus the abbreviations and spellings a system may use for them.
UNIT_SYNONYMS: dict[str, str] = {
    "%": "percentage", "percent": "percentage", "per cent": "percentage", "pc": "percentage",
    "pct": "percentage", "percentage": "percentage",
    "$": "dollar", "us$": "dollar", "usd": "dollar", "us dollar": "dollar", "u.s. dollar": "dollar",
    "united state dollar": "dollar", "$ us": "dollar",
    "pound mass": "pound", "lb": "pound", "lbs": "pound",
    "degree celsius": "celsius", "degc": "celsius", "°c": "celsius",
    "degree fahrenheit": "fahrenheit", "degf": "fahrenheit", "°f": "fahrenheit",
    "degree angle": "degree", "degree of arc": "degree",
    "pound foot": "foot pound force", "foot pound": "foot pound force", "lb ft": "foot pound force",
    "metric ton": "tonne", "metric tonne": "tonne",
    "people": "person", "persons": "person",
    "age": "year age",  # an age with no unit is in years: "year of age", function word dropped
    "none": "-", "": "-", "number": "-", "dimensionless": "-",
}
_IRREGULAR = {"feet": "foot", "men": "man", "women": "woman", "teeth": "tooth", "people": "person", "children": "child",
              "mice": "mouse", "geese": "goose", "indices": "index", "criteria": "criterion"}
_WORD_SYNONYMS = {"sq": "square", "cu": "cubic", "best": "good", "better": "good", "worst": "bad", "worse": "bad"}
# Function words inside a unit name carry no meaning of their own: NewsQuant writes a counted
# thing's phrase without them ("snap man coverage" for "snaps of man coverage", "Kia Hyundai
# vehicle" for "Kia and Hyundai vehicles"), so both sides drop them. 'per' is not among them: it
# splits a rate before words are compared.
_FUNCTION_WORDS = frozenset(
    "a an the and or of in on at to for with from by into ever his her their its our my your this that these those"
    .split()
)
# Superlatives to their adjective, as a lemmatizer does ("the largest dinosaurs" -> "large
# dinosaur"), by rule: strip -est, undouble a final consonant (biggest), restore a silent e after a
# single vowel and consonant (widest, finest) or after "rg" (largest). Nouns in -est are kept.
_NOT_SUPERLATIVE = frozenset("interest forest honest modest harvest contest protest request suggest digest arrest "
                             "conquest behest bequest manifest priest".split())
_NO_STRIP = ("ss", "us", "is", "ous", "ics", "news", "series", "species", "celsius")


def singular(word: str) -> str:
    """English noun to singular, by rule; idempotent on singular nouns (what a lemma already is)."""
    w = word
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or w.endswith(_NO_STRIP) or not w.endswith("s"):
        if w.endswith("men") and len(w) > 3:
            return w[:-3] + "man"
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")) or (w.endswith("uses") and not w.endswith(("ouses", "auses"))):
        return w[:-2]
    return w[:-1]


def _adjective(word: str) -> str:
    """A superlative's adjective ("largest" -> "large", "biggest" -> "big", "tallest" -> "tall");
    any other word unchanged. Applied to both sides, so a rare miss only fails to match."""
    if len(word) < 6 or not word.endswith("est") or word in _NOT_SUPERLATIVE:
        return word
    stem = word[:-3]
    if stem.endswith("i"):
        return stem[:-1] + "y"  # happiest
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        return stem[:-1]  # biggest, hottest (not "smallest", "tallest")
    vowels = "aeiou"
    cvc = len(stem) > 2 and stem[-1] not in vowels + "wxy" and stem[-2] in vowels and stem[-3] not in vowels
    return stem + "e" if cvc or stem.endswith("rg") else stem


def _british(word: str) -> str:
    """meter -> metre, liter -> litre, also inside prefixed units (kilometer, milliliter)."""
    return re.sub(r"(met|lit)er$", r"\1re", word)


def _canon_part(part: str) -> str:
    part = part.strip()
    if part in UNIT_SYNONYMS:
        return UNIT_SYNONYMS[part]
    words = [_WORD_SYNONYMS.get(w, w) for w in (_british(singular(w)) for w in part.split())]
    if len(words) > 1:
        words = [_adjective(w) for w in words if w not in _FUNCTION_WORDS] or words
    joined = " ".join(words)
    return UNIT_SYNONYMS.get(joined, joined)


def canonical_unit(name: str | None) -> str:
    """The comparable form of a unit name, the same function on both sides.

    Lower case; '-' and '_' between words become spaces; 'X a Y' / 'X / Y' / 'X per Y' all become
    'X per Y'; each word singular and in British spelling (metre, litre); whole-name synonyms
    (%, percent, per cent -> percentage; $, US$, USD -> dollar; people -> person; ...)."""
    if name is None:
        return "-"
    s = " ".join(str(name).lower().split())
    if s in UNIT_SYNONYMS:
        return UNIT_SYNONYMS[s]
    s = re.sub(r"(?<=\w)[-_](?=\w)", " ", s)
    s = re.sub(r"\s*/\s*|\s+(?:a|an|per)\s+", " per ", s)
    return " per ".join(_canon_part(p) for p in s.split(" per "))


# ---- scores --------------------------------------------------------------------------------------
CRITERIA = ("value", "value+change", "value+unit")


def units_match(p: Quantity, g: Quantity) -> bool:
    """The prediction's unit, or one of its alternative names, is the gold unit (canonically)."""
    return canonical_unit(g.unit) in {canonical_unit(u) for u in (p.unit, *p.unit_alternatives)}


def _compatible(criterion: str, p: Quantity, g: Quantity) -> bool:
    if not values_match(p.value, g.value):
        return False
    if criterion == "value+change":
        return p.change == g.change
    if criterion == "value+unit":
        return units_match(p, g)
    return True


@dataclass
class SentenceResult:
    """Matches per criterion for one sentence; indexes into its predictions and gold lists."""

    matches: dict[str, list[tuple[int, int]]]
    n_pred: int
    n_gold: int


def agreement(p: Quantity, g: Quantity) -> int:
    """How many of change and unit a value pair agrees on (0-2): the tie-break between equal values."""
    return int(p.change == g.change) + int(units_match(p, g))


def score_sentence(pred: Sequence[Quantity], gold: Sequence[Quantity]) -> SentenceResult:
    """Maximum one-to-one matching under each criterion, independently; each breaks ties between
    equal values toward the pair that agrees on change and unit (the value criterion's pairs are
    the ones the error listing shows, so "rose 2%, fell 2%" is not listed as two swapped changes)."""
    matches = {
        c: max_matching(len(pred), len(gold), lambda i, j, c=c: _compatible(c, pred[i], gold[j]),
                        lambda i, j: agreement(pred[i], gold[j]))
        for c in CRITERIA
    }
    return SentenceResult(matches, len(pred), len(gold))


@dataclass
class Totals:
    """Summed counts over sentences and the P/R/F1 they give (in percent)."""

    n_pred: int = 0
    n_gold: int = 0
    matched: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CRITERIA, 0))

    def add(self, r: SentenceResult) -> None:
        self.n_pred += r.n_pred
        self.n_gold += r.n_gold
        for c in CRITERIA:
            self.matched[c] += len(r.matches[c])

    def prf(self, criterion: str) -> tuple[float, float, float]:
        m = self.matched[criterion]
        p = 100.0 * m / self.n_pred if self.n_pred else 0.0
        r = 100.0 * m / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def score(pairs: Sequence[tuple[Sequence[Quantity], Sequence[Quantity]]]) -> tuple[Totals, list[SentenceResult]]:
    """Score (predictions, gold) per sentence; returns the totals and each sentence's result."""
    totals, results = Totals(), []
    for pred, gold in pairs:
        r = score_sentence(pred, gold)
        totals.add(r)
        results.append(r)
    return totals, results
