"""Light text normalization for alignment: content words, lemmas, synonym classes, word overlap.

Re-reports are often translations, so exact wording rarely survives; what survives is the content
words (actors, places, verbs, counted nouns), possibly inflected differently or swapped for a
synonym. A crude suffix-stripping lemmatizer applied the same way on both sides, plus the synonym
classes of lexicon/align.toml, is enough to compare such bags of words; no tagger is needed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from quantclaims.align_lexicon import lexicon

_WORD = re.compile(r"[^\W\d_]+(?:[.'\u2019][^\W\d_]+)*\.?", re.UNICODE)


_ASCII_NOT_ALNUM = {c: None for c in range(128) if not chr(c).isalnum()}


def fold(word: str) -> str:
    """Lower case without diacritics or periods: 'Dżyn' -> 'dzyn', 'U.S.' -> 'us'."""
    if word.isascii():  # nothing to decompose: the same result, without a call per character
        return word.lower().translate(_ASCII_NOT_ALNUM)
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def lemma(word: str) -> str:
    """A light lemma: possessive and plural endings, '-ing', '-ed' and a final 'e' stripped, folded.

    Crude on purpose ('glide', 'gliding' -> 'glid'; 'injured', 'injure' -> 'injur'); what matters
    is that both sides are treated alike.
    """
    w = word.lower()
    for possessive in ("'s", "\u2019s"):
        if w.endswith(possessive):
            w = w[: -len(possessive)]
    w = fold(w)
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("es") and (w[-3] in "sxz" or w.endswith(("ches", "shes"))):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def content_words(text: str) -> list[str]:
    """The text's content words, each as its synonym class or lemma, in order, stopwords dropped."""
    out = []
    for m in _WORD.finditer(text):
        w = content_word(m.group())
        if w is not None:
            out.append(w)
    return out


@lru_cache(maxsize=1 << 16)
def content_word(word: str) -> str | None:
    """One word (as `_WORD` matches it) as its synonym class or lemma; None for a stopword.

    Cached: a story repeats its words, and folding and lemmatizing each occurrence anew was most of
    the alignment's time.
    """
    lex = lexicon()
    raw = word.rstrip(".").lower()
    if "." in raw:  # an abbreviation ('U.S.'): kept whole, never a stopword
        return fold(raw)
    if raw in lex.stopwords or len(fold(raw)) < 2:
        return None
    w = lemma(raw)
    if w in lex.stopwords or not w:
        return None
    classes = _synonym_classes()
    return classes.get(w) or classes.get(fold(raw)) or w


@lru_cache(maxsize=1)
def _synonym_classes() -> dict[str, str]:
    """Synonym class of each listed word, keyed by the word folded and by its lemma."""
    out: dict[str, str] = {}
    for word, cls in sorted(lexicon().synonym_class.items()):
        out.setdefault(fold(word), cls)
        out.setdefault(lemma(word), cls)
    return out


def dice(a: Iterable[str], b: Iterable[str]) -> float | None:
    """Dice coefficient 2|A&B|/(|A|+|B|) of two word sets; None when both are empty."""
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return None
    return 2 * len(sa & sb) / (len(sa) + len(sb))


def idf_weights(sentences: Sequence[Iterable[str]]) -> dict[str, float]:
    """Inverse sentence frequency of each word, log(1 + N / df), over the sentences of both texts.

    Words found in many sentences of the story ('region', the country names) say little about which
    sentence a figure comes from; a word found in one says much.
    """
    df: dict[str, int] = {}
    for words in sentences:
        for w in set(words):
            df[w] = df.get(w, 0) + 1
    n = max(len(sentences), 1)
    return {w: math.log(1 + n / k) for w, k in df.items()}


def weighted_dice(a: Iterable[str], b: Iterable[str], weights: Mapping[str, float] | None) -> float | None:
    """Dice coefficient with each word counted by its weight (unlisted words weigh the most listed
    weight, or 1 with no weights); None when both are empty."""
    if weights is None:
        return dice(a, b)
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return None
    wa = [weights.get(word) for word in sa]
    wb = [weights.get(word) for word in sb]
    if None in wa or None in wb:  # a word outside the weighed sentences: weigh it as the rarest
        top = max(weights.values(), default=1.0)
        wa = [top if x is None else x for x in wa]
        wb = [top if x is None else x for x in wb]
    total = sum(wa) + sum(wb)  # type: ignore[arg-type]
    shared = sum(x for word, x in zip(sa, wa) if word in sb)  # type: ignore[misc]
    return 2 * shared / total if total else 0.0


def same_word(a: str, b: str) -> bool:
    """Equal, or spelling variants of one name ('geniy'/'genij'): similarity >= 0.8 over >= 4 letters."""
    if a == b:
        return True
    return min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.8


def covers(words: Iterable[str], others: Iterable[str]) -> bool:
    """Every word of `words` has a spelling variant among `others`."""
    others = list(others)
    return all(any(same_word(w, o) for o in others) for w in words)


def same_source(a: str, b: str) -> bool:
    """Do two attributions name the same source?

    Compared on their distinctive words (generic source nouns such as 'officials', 'sources'
    dropped: 'British officials' is 'British sources', not 'U.S. officials'); one side may name more
    ('Khomenko' is 'Vyachyslav Khomenko', 'officials' may be 'British officials'); names may vary in
    spelling ('Kowalsky', 'Kowalski').
    """
    generic = lexicon().generic_sources
    da = [w for w in content_words(a) if w not in generic]
    db = [w for w in content_words(b) if w not in generic]
    if not da or not db:
        return True
    return covers(da, db) or covers(db, da)
