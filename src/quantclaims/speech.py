"""Speech tags and quotations: the surface patterns quantclaims.attribution reasons over.

A *tag* is one reporting phrase in a sentence: its source's words (name_start/name_end), its verb,
the stretch of text that is the tag itself (lo/hi: the name, any apposition, the verb) and its scope:
"after" for "X said (that) ...", "before"/"both" for ", X said." / "said X" / "X said," /
"according to X". Patterns only, with the word lists in lexicon/attribution.toml, so that a
sentence costs a handful of regex scans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from quantclaims.sentences import is_abbreviation, load_lexicon

if TYPE_CHECKING:
    from quantclaims.attribution import Attribution

Span = tuple[int, int]

_OPEN_Q = "\u201c"
_CLOSE_Q = "\u201d"
_CLOSERS = "\"\u201d"
_DASHES = "\u2014\u2013-"
_TOKEN = re.compile(r"\S+")
_WORDS = re.compile(r"[^\s,;:()]+")
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_CUT = ",;:!?()\u201c\u201d\"\u2014\u2013"
_PUNCT_END = ".,;:!?\"'\u201d\u2019"
_QUALIFIERS = frozenset("about around some nearly almost roughly approximately up more less at over only just".split())
# Endings of a capitalised word that make it a plural noun ("Analysts", "Officials") not a surname.
_PLURAL_ENDINGS = ("ians", "eans", "ans", "ists", "sts", "ers", "ors", "als", "ents", "ants", "ics", "sses", "ies", "ves")
_CLAUSE_START = frozenset("that he she it they we i his her its their there this these those".split())


@dataclass
class Tag:
    """One reporting phrase in a sentence (see module docstring)."""

    name_start: int
    name_end: int
    name_text: str
    verb_start: int
    verb_end: int
    lo: int
    hi: int
    scope: str  # "after" | "before" | "both"
    inherit: bool = False  # "..., but added ...": the subject of the tag before
    resolved: Attribution | None = field(default=None, compare=False)


class _Lexicon:
    """lexicon/attribution.toml as sets and compiled patterns, built on first use."""

    def __init__(self) -> None:
        data = load_lexicon("attribution.toml")
        verbs, words = data["verbs"], data["words"]
        self.free = frozenset(verbs["free"])
        self.clause = frozenset(verbs["clause"])
        self.strict = frozenset(verbs["strict"])
        alternation = "|".join(sorted(self.free | self.clause | self.strict, key=len, reverse=True))
        self.verb = re.compile(r"\b(?:%s)\b" % alternation)
        self.aux = frozenset(words["auxiliaries"]) | {"don\u2019t", "don't", "doesn\u2019t", "doesn't",
                                                      "didn\u2019t", "didn't", "won\u2019t", "won't"}
        self.be = frozenset(words["be"])
        self.clause_words = frozenset(words["clause_words"])
        self.relative = frozenset(words["relative"])
        self.pronouns_singular = frozenset(words["pronouns_singular"])
        self.pronouns_plural = frozenset(words["pronouns_plural"])
        self.determiners = frozenset(words["determiners"])
        intro = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(words["name_intro"], key=len, reverse=True))
        self.name_intro = re.compile(r"\b(?:%s)\s+[\"\u201c]?([^\W\d_][\w\u2019'.-]*(?:\s+[^\W\d_][\w\u2019'.-]*)*)" % intro)
        self.org_heads = frozenset(words["org_heads"])
        self.plural_heads = frozenset(words["plural_heads"])
        self.post = frozenset(words["postmodifier_starts"])


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    return _Lexicon()


def quote_regions(text: str) -> list[Span]:
    """Quotations as (open, close) spans, close inclusive of the closing mark; never across a line.

    Curly quotes pair by direction; a straight quote opens after whitespace, an opener or the line
    start and closes otherwise. Single quotes are left alone (they are apostrophes far more often).
    """
    out: list[Span] = []
    for m in re.finditer(r"[^\n]+", text):
        open_at = -1
        for i in range(m.start(), m.end()):
            c = text[i]
            if c not in "\"\u201c\u201d":
                continue
            opening = c == _OPEN_Q or (c == '"' and (i == m.start() or text[i - 1] in " \t([\u2014\u2013"))
            if open_at < 0 and opening:
                open_at = i
            elif open_at >= 0 and not opening:
                out.append((open_at, i + 1))
                open_at = -1
        if open_at >= 0:
            out.append((open_at, m.end()))
    return out


def _inside(pos: int, quotes: list[Span]) -> bool:
    return any(qs < pos < qe for qs, qe in quotes)


def _words_back(text: str, floor: int, p: int) -> list[re.Match[str]]:
    return list(_WORDS.finditer(text, floor, p))


def _is_proper(text: str, s: int, e: int) -> bool:
    words = text[s:e].split()
    return bool(words) and all(w[:1].isupper() or w[:1] == "(" for w in words)


def _subject_back(text: str, floor: int, p: int) -> tuple[int, int]:
    """The noun phrase that ends at p, scanning back to a clause word, punctuation or `floor`."""
    lex = lexicon()
    words = _words_back(text, floor, p)
    start = end = p
    taken = 0
    for w in reversed(words):
        core = w.group().strip(_PUNCT_END + "\u201c\u2018")
        gap = text[w.end() : start]
        if any(c in _CUT for c in gap) or any(q in w.group() for q in "\"\u201c\u201d"):
            break
        low = core.lower()
        if low in lex.relative:
            start = end = w.start()
            taken = 0
            continue
        if low in lex.clause_words or low in lex.aux or low in lex.be or taken >= 10 or lex.verb.fullmatch(core):
            break
        if any(ch.isdigit() for ch in core) and "-" not in core:
            break
        start = w.start()
        taken += 1
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end


def _np_forward(text: str, i: int, limit: int) -> tuple[int, int]:
    """The noun phrase starting at i: up to punctuation, a clause word or the sentence end."""
    lex = lexicon()
    while i < limit and text[i] in " \t\"\u201c":
        i += 1
    end = i
    for w in _TOKEN.finditer(text, i, limit):
        tok = w.group()
        if w.start() > i and tok.strip(_PUNCT_END).lower() in lex.clause_words:
            break
        cut = next((k for k, c in enumerate(tok) if c in _CUT), None)
        if cut is not None:
            end = w.start() + cut
            break
        end = w.end()
    while end > i and text[end - 1] in _PUNCT_END:
        if text[end - 1] == "." and is_abbreviation(text[i:end - 1].split()[-1] if text[i:end - 1].split() else ""):
            break
        end -= 1
    return i, end


def _refine(text: str, s: int, e: int, hi: int) -> tuple[int, int]:
    """A personal name given inside a description ('a sergeant known as Dzhyn') replaces it."""
    m = lexicon().name_intro.search(text, s, hi)
    if not m:
        return s, e
    ns = m.start(1)
    ne = ns
    for w in _TOKEN.finditer(text, ns, m.end(1)):
        core = w.group().rstrip(_PUNCT_END)
        if not core[:1].isupper():
            break
        ne = w.start() + len(core)
    return (ns, ne) if ne > ns else (s, e)


def _accepts(verb: str, text: str, after: int, se: int) -> bool:
    """Whether what follows a clause/strict verb lets it be a reporting verb."""
    lex = lexicon()
    rest = text[after:se].lstrip()
    if not rest or rest[0] in ",.;:!?\u201c\u201d\"\u2014\u2013":
        return True
    nxt = rest.split(None, 1)[0].strip(_PUNCT_END).lower()
    if nxt == "that":
        return True
    if verb in lex.strict:
        return False
    return (
        nxt in _CLAUSE_START or nxt in {d.lower() for d in lex.determiners} or nxt in _QUALIFIERS
        or rest[0].isdigit() or rest[0].isupper() or rest[0] == "$"
    )


def find_tags(text: str, ss: int, se: int, quotes: list[Span]) -> list[Tag]:
    """Every speech tag of sentence [ss, se) outside quotations, in order of position."""
    lex = lexicon()
    tags: list[Tag] = []
    for m in _ACCORDING.finditer(text, ss, se):
        if _inside(m.start(), quotes):
            continue
        s, e = _np_forward(text, m.end(), se)
        if e > s:
            tags.append(Tag(s, e, text[s:e], m.start(), m.end(), m.start(), e, "both"))
    for m in lex.verb.finditer(text, ss, se):
        tag = _verb_tag(text, m, ss, se, quotes)
        if tag is not None:
            tags.append(tag)
    tags.sort(key=lambda t: t.verb_start)
    return tags


def _verb_tag(text: str, m: re.Match[str], ss: int, se: int, quotes: list[Span]) -> Tag | None:
    lex = lexicon()
    verb, vs, ve = m.group(), m.start(), m.end()
    if _inside(vs, quotes):
        return None
    # words right before the verb: auxiliaries and adverbs are skipped, "be" makes it passive
    p, passive = vs, False
    for w in reversed(_words_back(text, ss, vs)):
        if text[w.end() : p].strip() or w.group().lower() not in lex.aux | lex.be:
            break
        passive = passive or w.group().lower() in lex.be
        p = w.start()
    prev_word = text[max(ss, p - 12) : p].split()[-1:] if text[ss:p].strip() else []
    if prev_word and prev_word[0].lower() in {d.lower() for d in lex.determiners}:
        return None  # "an estimated", "the reported"
    after = text[ve:se]
    if re.match(r"\s+to\s+(?:be|have)\b", after):
        return None  # "said to be"
    by = re.match(r"\s+by\s+", after)
    if passive and not by:
        return None
    if by:
        s, e = _np_forward(text, ve + by.end(), se)
        return Tag(s, e, text[s:e], vs, ve, vs, e, "both") if e > s else None
    if verb not in lex.free and not _accepts(verb, text, ve, se):
        return None
    before = text[ss:p].rstrip()
    last = before[-1:] or ""
    quote_before = last in _CLOSERS or (last == "," and before[:-1].rstrip()[-1:] in _CLOSERS)
    inverted = not before or quote_before or last in _DASHES
    if not inverted and last == ",":
        inverted = not _apposition_subject(text, ss, p)
    if inverted:
        return _inverted(text, vs, ve, ss, se, quotes)
    return _subject(text, vs, ve, p, ss, se)


def _comma_segments(text: str, floor: int, p: int) -> list[Span]:
    """Comma-separated stretches of [floor, p) outside parentheses, from the last clause break."""
    segs, depth, a = [], 0, floor
    for i in range(floor, p):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and c in ";:\u2014\u2013\u201c\u201d\"":
            segs, a = [], i + 1
        elif depth == 0 and c == ",":
            segs.append((a, i))
            a = i + 1
    segs.append((a, p))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].split("(")[0].rstrip())) for s, e in segs]


def _apposition_subject(text: str, ss: int, p: int) -> tuple[Span, Span] | None:
    """For 'X, apposition, said': the (name, whole subject) spans, when the segments fit that shape."""
    segs = _comma_segments(text, ss, p)
    if len(segs) < 3:
        return None
    first, second = segs[-3], segs[-2]
    lex = lexicon()
    if _is_proper(text, *first):
        return first, (first[0], p)
    if _is_proper(text, *second):
        return second, (first[0], p)
    head = text[second[0] : second[1]].split()[:1]
    if head and head[0] in lex.determiners and len(text[first[0] : first[1]].split()) <= 5:
        return first, (first[0], p)
    return None


def _final(rest: str) -> bool:
    """Whether a verb ends its clause: followed by punctuation or a short object ('told the Journal.')."""
    rest = rest.strip()
    if not rest or rest[0] in ",.;!?":
        return True
    return len(rest.split()) <= 4 and rest[-1] in ".!?" and not any(c.isdigit() for c in rest) and (
        rest.split()[0].lower() not in _CLAUSE_START
    )


def _subject(text: str, vs: int, ve: int, p: int, ss: int, se: int) -> Tag | None:
    """'X said ...', 'X, a commander, said ...', '..., X has reported.'"""
    appo = _apposition_subject(text, ss, p) if text[ss:p].rstrip().endswith(",") else None
    if appo:
        (s, e), (lo, _) = appo
        s, e = _subject_back(text, s, e)
    else:
        s, e = _subject_back(text, ss, p)
        lo = s
    scope = "both" if _final(text[ve:se]) else "after"
    if e <= s:
        return Tag(vs, vs, "", vs, ve, vs, ve, scope, inherit=True)
    s, e = _refine(text, s, e, e)
    return Tag(s, e, text[s:e], vs, ve, min(lo, s), ve, scope)


def _inverted(text: str, vs: int, ve: int, ss: int, se: int, quotes: list[Span]) -> Tag | None:
    """'“...,” said X, a commander ...', '... - writes X.': the name follows the verb."""
    s, e = _np_forward(text, ve, se)
    if e <= s:
        return None
    first = text[s:e].split()[0].lower()
    if first in _CLAUSE_START - {"he", "she", "they", "we", "i"} or not (text[s].isupper() or first in
                                                                       {d.lower() for d in lexicon().determiners}
                                                                       or first in {"he", "she", "they"}):
        return None
    hi = se
    for qs, _ in quotes:
        if e <= qs < hi:
            hi = qs
    s2, e2 = _refine(text, s, e, hi)
    return Tag(s2, e2, text[s2:e2], vs, ve, vs, hi, "both")


def kind_of(name: str) -> str:
    """'person', 'plural' or 'org': who a name can be the antecedent of (he/she vs they)."""
    lex = lexicon()
    words = name.split()
    if not words:
        return "org"
    if words[0] in ("he", "she", "He", "She"):
        return "person"
    if words[0] in ("they", "They"):
        return "plural"
    if any(w.strip(".,") in lex.org_heads for w in words):
        return "org"
    if words[0] in ("The", "the") and len(words) > 1 and all(w[:1].isupper() for w in words[1:]):
        return "org"
    head_words = []
    for w in words:
        if head_words and (w.lower() in lex.post or w.endswith("ing")):
            break
        head_words.append(w)
    head = head_words[-1].rstrip(".,").removesuffix("\u2019s").removesuffix("'s")
    low = head.lower()
    if low in lex.plural_heads:
        return "plural"
    if head[:1].islower() and low.endswith("s") and not low.endswith("ss"):
        return "plural"
    if head[:1].isupper() and len(head) > 5 and low.endswith(_PLURAL_ENDINGS):
        return "plural"
    return "person"
