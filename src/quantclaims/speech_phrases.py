"""Names around reporting verbs: the noun phrase before a verb ("Geniy, a commander, said"), after
it ("said a sergeant known as Dzhyn") or after "according to", found by scanning words, not parsing.

Each scan stops at a clause boundary (punctuation, "that", "and", a relative pronoun) so that a
name never swallows an apposition or a clause; see quantclaims.speech for how tags use them.
"""

from __future__ import annotations

import re

from quantclaims.sentences import is_abbreviation
from quantclaims.speech_words import lexicon

Span = tuple[int, int]

_TOKEN = re.compile(r"\S+")
_WORDS = re.compile(r"[^\s,;:()]+")
_CUT = ",;:!?()\u201c\u201d\"\u2014\u2013"
_PUNCT_END = ".,;:!?\"'\u201d\u2019"
_PERSONAL = frozenset("he she it they we i".split())


def words_back(text: str, floor: int, p: int, reach: int = 240) -> list[re.Match[str]]:
    """The words of [floor, p), only those within `reach` characters of p (whole words only)."""
    lo = max(floor, p - reach)
    words = list(_WORDS.finditer(text, lo, p))
    if words and lo > floor and words[0].start() == lo and not text[lo - 1].isspace():
        words.pop(0)  # cut by the window
    return words


def is_proper(text: str, s: int, e: int) -> bool:
    """A proper name: capitalised words, with lower-case joiners inside ('Institute for the Study of War')."""
    words = text[s:e].split()
    if not words or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    joiners = lexicon().name_joiners
    return all(w[:1].isupper() or w[:1] == "(" or w in joiners for w in words)


def _after_determiner(text: str, floor: int, i: int) -> bool:
    """Whether the word ending just before index i is an article or a possessive."""
    prev = text[max(floor, i - 20) : i].split()[-1:]
    return bool(prev) and (prev[0] in lexicon().determiners or prev[0].endswith(("\u2019s", "'s")))


def _trim_tail(text: str, floor: int, p: int) -> int:
    """p moved back over a trailing parenthetical ('Ford (F)') and time phrase ('Dell on Monday')."""
    lex = lexicon()
    while True:
        q = p
        while q > floor and text[q - 1].isspace():
            q -= 1
        if q > floor and text[q - 1] == ")":
            o = text.rfind("(", floor, q)
            if o < 0:
                return p
            p = o
            continue
        m = lex.time_tail.search(text, max(floor, q - 40), q)
        if m and m.start() > floor:
            p = m.start()
            continue
        return p


def _coordinated_names(text: str, floor: int, words: list[re.Match[str]], k: int) -> int | None:
    """Where 'A and' starts, when words[k] is 'and' after 1-3 capitalised words that open the clause."""
    lex = lexicon()
    j, count = k - 1, 0
    while j >= 0 and count < 3 and words[j].group()[:1].isupper() and not any(
        c in _CUT for c in text[words[j].end() : words[j + 1].start()]
    ):
        j, count = j - 1, count + 1
    if count == 0:
        return None
    first = words[j + 1].start()
    if j >= 0 and words[j].group() in lex.determiners and not any(c in _CUT for c in text[words[j].end() : first]):
        j, first = j - 1, words[j].start()
    boundary = j < 0 or any(c in _CUT for c in text[words[j].end() : words[j + 1].start()]) or (
        words[j].group().lower() in lex.clause_words
    )
    return first if boundary else None


def subject_back(text: str, floor: int, p: int) -> tuple[int, int, bool]:
    """The noun phrase that ends at p, scanning back to a clause word, punctuation or `floor`.

    Also returns whether the scan stopped at a clean boundary (punctuation, a clause word, the
    start) rather than at a word no name contains (a number, an auxiliary, another verb). In
    "X who did Y said" and "X which has Y has said" the name is the one before the relative pronoun.
    """
    lex = lexicon()
    start = end = cursor = _trim_tail(text, floor, p)
    taken, soft, clean = 0, False, True
    words = words_back(text, floor, p)
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w.start() >= cursor:
            continue  # inside a parenthetical or time phrase trimmed off
        core = w.group().strip(_PUNCT_END + "\u201c\u2018")
        gap = text[w.end() : cursor]
        cursor = w.start()
        if any(c in _CUT for c in gap) or any(q in w.group() for q in "\"\u201c\u201d"):
            break
        low = core.lower()
        if low in lex.relative:  # 'X who did Y said', 'Ukraine, which says ...'
            start = _trim_tail(text, floor, w.start())
            while start > floor and text[start - 1] in " ,":
                start -= 1
            end = cursor = start
            taken, soft, clean = 0, False, True
            continue
        if soft:
            taken += 1
            if taken > 25:
                break
            continue
        if low in ("and", "&") and taken and not gap.strip():
            first = _coordinated_names(text, floor, words, k)
            if first is not None:
                start = first  # 'U.S. and British officials', 'Ivan and Petro'
            break
        if low in lex.clause_words:
            break
        if (
            low in lex.aux or low in lex.be or taken >= 10
            # a verb form right before the reporting verb is the subject's head noun ("a government
            # report said", "Pentagon estimates show"), not another verb
            or (core in lex.verbs and not _after_determiner(text, floor, w.start())
                and (taken > 0 or low.endswith("ed")))
            or (any(ch.isdigit() for ch in core) and "-" not in core)
        ):
            soft, clean = True, False  # look on only for a relative pronoun
            continue
        start = w.start()
        taken += 1
        if taken == 1 and low in _PERSONAL:
            break  # a pronoun subject is the whole subject: '... $5 million he told shareholders'
    while end > start and text[end - 1] in " ,":
        end -= 1
    if not clean and (lead := _LEAD_PREPOSITION.match(text, start, end)) is not None:
        start = lead.end()  # "About 40% of respondents said": cut at the figure, the phrase is "respondents"
    return start, end, clean


_LEAD_PREPOSITION = re.compile(r"(?:of|in|at|on|for|from|with|by|to)[ \t\u00a0]+(?=\S)", re.IGNORECASE)


def np_forward(text: str, i: int, limit: int) -> tuple[int, int]:
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


def refine(text: str, s: int, e: int, hi: int) -> tuple[int, int]:
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
        elif depth == 0 and c == "," and not (text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()):
            segs.append((a, i))
            a = i + 1
    segs.append((a, p))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].split("(")[0].rstrip())) for s, e in segs]


def apposition_subject(text: str, ss: int, p: int) -> tuple[Span, Span] | None:
    """For 'X, apposition, said': the (name, whole subject) spans, when the segments fit that shape."""
    segs = _comma_segments(text, ss, p)
    if len(segs) < 3:
        return None
    first, second = segs[-3], segs[-2]
    lex = lexicon()
    if is_proper(text, *first):
        return first, (first[0], p)
    if is_proper(text, *second):
        return second, (first[0], p)
    head = text[second[0] : second[1]].split()[:1]
    descriptive = head and (head[0] in lex.determiners or head[0][:1].islower() or
                            (head[0][:1].isdigit() and len(text[second[0] : second[1]].split()) <= 2))
    lead = text[first[0] : first[1]].split()
    subject_like = 0 < len(lead) <= 8 and lead[0].lower() not in lex.clause_words | lex.subordinators
    if descriptive and subject_like:
        return first, (first[0], p)  # 'The company, which ..., said', 'Ms. Park, 45, said'
    return None
