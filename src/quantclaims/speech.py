"""Speech tags and quotations: the surface patterns quantclaims.attribution reasons over.

A *tag* is one reporting phrase in a sentence: its source's words (name_start/name_end), its verb,
the stretch of text that is the tag itself (lo/hi: the name, any apposition, the verb) and its scope:
"after" for "X said (that) ..." (it covers what follows its verb), "both" for ", X said." /
"said X" / "X said," / "according to X" (it covers its whole sentence). Patterns only, with the word lists in lexicon/attribution.toml, so that a
sentence costs a handful of regex scans.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from quantclaims.sentences import is_abbreviation, load_lexicon

if TYPE_CHECKING:
    from quantclaims.attribution import Attribution

Span = tuple[int, int]

_OPEN_Q = "\u201c"
_FAR = 1 << 62
_CLOSERS = "\"\u201d"
_DASHES = "\u2014\u2013-"
_TOKEN = re.compile(r"\S+")
_QUOTE_OR_NEWLINE = re.compile("[\"\u201c\u201d\n]")
_WORDS = re.compile(r"[^\s,;:()]+")
_CUT = ",;:!?()\u201c\u201d\"\u2014\u2013"
_PUNCT_END = ".,;:!?\"'\u201d\u2019"
_QUALIFIERS = frozenset("about around some nearly almost roughly approximately up more less at over only just".split())
# Endings of a capitalised word that make it a plural noun ("Analysts", "Officials") not a surname.
_PLURAL_ENDINGS = ("ians", "eans", "ans", "ists", "sts", "ers", "ors", "als", "ents", "ants", "ics", "sses", "ies", "ves")
# Up to four words without digits, then punctuation: the rest of a clause-final tag.
_SHORT_TAIL = re.compile(r"((?:[^\s\d,.;:!?\u201c\u201d\"]+\s*){1,4})[,.;!?]")
# The owner in "by/in <owner>'s count": up to five words, ending where the possessive starts.
_BY_OWNER = re.compile(r"\b(?:[Bb]y|[Ii]n)\s+((?:[^\s,.;:]+\s+){0,4}[^\s,.;:]+?)\Z")
# The agent of a passive reporting verb, right after it or after its figure: "was reported by X",
# "was estimated at 1,000 a day by X".
_BY_AGENT = re.compile(r"\s+(?:at\s+(?:[^,;:.!?\u2014\u2013]|(?<=\d)[,.](?=\d)){1,40}?\s+)?(by)\s+")
# "put/placed <the toll> at <figure>": the object, then "at".
_AT_OBJECT = re.compile(r"\s+(?:[^\s,;:.!?]+\s+){1,6}?at\s")
_THAT = re.compile(r"\bthat\b")
_PRONOUNS = frozenset("he she it they we i there".split())
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
    scope: str  # "after" | "both"
    inherit: bool = False  # "..., but added ...": the subject of the tag before
    resolved: Attribution | None = field(default=None, compare=False)


def _trie(words: frozenset[str]) -> str:
    """A regex alternation of `words` factored as a trie, which re matches far faster than a|b|c."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:%s)" % "|".join(alts)
        if "" in node:
            return "(?:%s)?" % body
        return body

    return build(tree)


class _Lexicon:
    """lexicon/attribution.toml as sets and compiled patterns, built on first use."""

    def __init__(self) -> None:
        data = load_lexicon("attribution.toml")
        verbs, words = data["verbs"], data["words"]
        self.free = frozenset(verbs["free"])
        self.clause = frozenset(verbs["clause"])
        self.strict = frozenset(verbs["strict"])
        self.at_verbs = frozenset(verbs["at"])
        self.verbs = self.free | self.clause | self.strict | self.at_verbs
        # one scan finds every reporting verb and "according to" (a trie: 3x faster than a flat |)
        self.trigger = re.compile(
            r"(?:\b(?P<according>[Aa]ccording\s+to)|(?P<count>[\u2019']s\s+(?:%s))|\b(?:%s))\b"
            % ("|".join(words["count_nouns"]), _trie(self.verbs))
        )
        self.aux = frozenset(words["auxiliaries"]) | {w.replace("'", "\u2019") for w in words["auxiliaries"]}
        self.be = frozenset(words["be"])
        self.clause_words = frozenset(words["clause_words"])
        self.relative = frozenset(words["relative"])
        self.pronouns_singular = frozenset(words["pronouns_singular"])
        self.pronouns_plural = frozenset(words["pronouns_plural"])
        self.pronouns_org = frozenset(words["pronouns_org"])
        self.determiners = frozenset(words["determiners"])
        self.determiners_lower = frozenset(d.lower() for d in self.determiners)
        self.name_joiners = frozenset(words["name_joiners"])
        self.subordinators = frozenset(words["subordinators"])
        self.aux_or_be = self.aux | self.be
        intro = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(words["name_intro"], key=len, reverse=True))
        self.name_intro = re.compile(r"\b(?:%s)\s+[\"\u201c]?([^\W\d_][\w\u2019'.-]*(?:\s+[^\W\d_][\w\u2019'.-]*)*)" % intro)
        self.noun_markers = frozenset(words["noun_markers"])
        self.time_tail = re.compile(
            r"(?:\s+(?:%s))*\s+(?:%s)\s*\Z" % ("|".join(words["time_lead"]), "|".join(words["time_words"]))
        )
        self.org_heads = frozenset(w.lower() for w in words["org_heads"])
        self.plural_heads = frozenset(words["plural_heads"])
        self.post = frozenset(words["postmodifier_starts"])


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    return _Lexicon()


def quote_regions(text: str) -> list[Span]:
    """Quotations as (open, close) spans, close inclusive of the closing mark; never across a line.

    Curly quotes pair by direction; a straight quote opens after whitespace, an opener or the line
    start and closes otherwise. Single quotes are left alone (they are apostrophes far more often).
    An unclosed quotation runs to the end of its line.
    """
    out: list[Span] = []
    open_at, line_end = -1, -1
    for m in _QUOTE_OR_NEWLINE.finditer(text):
        i, c = m.start(), m.group()
        if c == "\n" or i > line_end:
            if open_at >= 0:
                out.append((open_at, line_end))
            open_at = -1
            line_end = text.find("\n", i + 1 if c == "\n" else i)
            line_end = len(text) if line_end < 0 else line_end
            if c == "\n":
                continue
        opening = c == _OPEN_Q or (c == '"' and (i == 0 or text[i - 1] in " \t\n([\u2014\u2013"))
        if open_at < 0 and opening:
            open_at = i
        elif open_at >= 0 and not opening:
            out.append((open_at, i + 1))
            open_at = -1
    if open_at >= 0:
        out.append((open_at, line_end))
    return out


def _inside(pos: int, quotes: list[Span]) -> bool:
    """Whether pos is strictly inside one of the (sorted, disjoint) quotations."""
    i = bisect.bisect_right(quotes, (pos, _FAR)) - 1
    return i >= 0 and quotes[i][0] < pos < quotes[i][1]


def _words_back(text: str, floor: int, p: int, reach: int = 240) -> list[re.Match[str]]:
    """The words of [floor, p), only those within `reach` characters of p (whole words only)."""
    lo = max(floor, p - reach)
    words = list(_WORDS.finditer(text, lo, p))
    if words and lo > floor and words[0].start() == lo and not text[lo - 1].isspace():
        words.pop(0)  # cut by the window
    return words


def _is_proper(text: str, s: int, e: int) -> bool:
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


def _subject_back(text: str, floor: int, p: int) -> tuple[int, int, bool]:
    """The noun phrase that ends at p, scanning back to a clause word, punctuation or `floor`.

    Also returns whether the scan stopped at a clean boundary (punctuation, a clause word, the
    start) rather than at a word no name contains (a number, an auxiliary, another verb). In
    "X who did Y said" and "X which has Y has said" the name is the one before the relative pronoun.
    """
    lex = lexicon()
    start = end = cursor = _trim_tail(text, floor, p)
    taken, soft, clean = 0, False, True
    words = _words_back(text, floor, p)
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
            or (core in lex.verbs and not _after_determiner(text, floor, w.start()))
            or (any(ch.isdigit() for ch in core) and "-" not in core)
        ):
            soft, clean = True, False  # look on only for a relative pronoun
            continue
        start = w.start()
        taken += 1
        if taken == 1 and low in _PRONOUNS and low != "there":
            break  # a pronoun subject is the whole subject: '... $5 million he told shareholders'
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end, clean


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
        return nxt in _PRONOUNS  # "claimed they ..." but not "claimed 50 lives", "claimed their title"
    return (
        nxt in _CLAUSE_START or nxt in lex.determiners_lower or nxt in _QUALIFIERS
        or rest[0].isdigit() or rest[0].isupper() or rest[0] == "$"
    )


def find_tags(text: str, ss: int, se: int, quotes: list[Span], matches: list[re.Match[str]] | None = None) -> list[Tag]:
    """Every speech tag of sentence [ss, se) outside quotations, in order of position.

    `matches` are the sentence's matches of lexicon().trigger when the caller has scanned the whole
    document once; otherwise the sentence is scanned here.
    """
    if matches is None:
        matches = list(lexicon().trigger.finditer(text, ss, se))
    tags: list[Tag] = []
    for m in matches:
        if _inside(m.start(), quotes):
            continue
        if m.group("according"):
            s, e = _np_forward(text, m.end(), se)
            tag = Tag(s, e, text[s:e], m.start(), m.end(), m.start(), e, "both") if e > s else None
        elif m.group("count"):  # "By the army's count, ...", "in the ministry's estimate"
            owner = _BY_OWNER.search(text, max(ss, m.start() - 60), m.start())
            if owner is None:
                continue
            s, e = owner.span(1)
            tag = Tag(s, e, text[s:e], owner.start(), m.end(), owner.start(), m.end(), "both")
        else:
            tag = _verb_tag(text, m, ss, se, quotes)
        if tag is not None:
            tags.append(tag)
    return tags


def _verb_tag(text: str, m: re.Match[str], ss: int, se: int, quotes: list[Span]) -> Tag | None:
    """The tag headed by reporting-verb match m, or None when the word is not used as one here."""
    lex = lexicon()
    verb, vs, ve = m.group(), m.start(), m.end()
    if _inside(vs, quotes):
        return None
    # words right before the verb: auxiliaries and adverbs are skipped, "be" makes it passive
    p, passive = vs, False
    for w in reversed(_words_back(text, ss, vs, 60)):
        if text[w.end() : p].strip() or w.group().lower() not in lex.aux_or_be:
            break
        passive = passive or w.group().lower() in lex.be
        p = w.start()
    prev_word = text[max(ss, p - 12) : p].split()[-1:] if text[ss:p].strip() else []
    prev = prev_word[0].lower() if prev_word else ""
    if prev in lex.determiners_lower or prev == "to":
        return None  # "an estimated", "the reported", "like to say"
    if prev in lex.noun_markers and verb not in lex.free:
        return None  # "a total of claims", "the previous estimate"
    after = text[ve:se]
    if re.match(r"\s+to\s+(?:be|have)\b", after):
        return None  # "said to be"
    before = text[ss:p].rstrip()
    reduced = verb.endswith("ed") and before[-1:] in (",(" + _DASHES)  # "losses, estimated at 1,000 by ..."
    by = _BY_AGENT.match(after) if passive or reduced else re.match(r"\s+(by)\s+", after)
    if passive and not by:
        return None
    if by:  # the figure between the verb and "by" is not part of the tag
        s, e = _np_forward(text, ve + by.end(), se)
        return Tag(s, e, text[s:e], vs, ve, ve + by.start(1), e, "both") if e > s else None
    if verb in lex.at_verbs:
        if not _AT_OBJECT.match(after):
            return None  # "put the toll at 50" is a tag, "put the rifle down" is not
    elif verb not in lex.free and not _accepts(verb, text, ve, se):
        return None
    last = before[-1:] or ""
    quote_before = last in _CLOSERS or (last == "," and before[:-1].rstrip()[-1:] in _CLOSERS)
    inverted = not before or quote_before or last in _DASHES
    if not inverted and last == ",":
        inverted = not _apposition_subject(text, ss, p)
    if inverted:
        return _inverted(text, vs, ve, ss, se, quotes)
    return _subject(text, vs, ve, p, ss, se, "free" if verb in lex.free else "noun")


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
    descriptive = head and (head[0] in lex.determiners or head[0][:1].islower() or
                            (head[0][:1].isdigit() and len(text[second[0] : second[1]].split()) <= 2))
    lead = text[first[0] : first[1]].split()
    subject_like = 0 < len(lead) <= 8 and lead[0].lower() not in lex.clause_words | lex.subordinators
    if descriptive and subject_like:
        return first, (first[0], p)  # 'The company, which ..., said', 'Ms. Park, 45, said'
    return None


def _final(rest: str, after_comma: bool) -> bool:
    """Whether a verb ends its clause: followed by punctuation or by a few words and punctuation
    ('told the Journal.', 'said Sunday, in ...', 'wrote on Telegram.'), or, for a tag that follows
    a comma, by anything up to the sentence end that is no reported clause ('..., X told the
    Financial Times in an interview last week.')."""
    rest = rest.strip()
    if not rest or rest[0] in ",.;!?":
        return True
    first = rest.split()[0].lower()
    if first in _CLAUSE_START:
        return False
    if _SHORT_TAIL.match(rest):
        return True
    return after_comma and not any(c.isdigit() for c in rest) and not _THAT.search(rest)


def _subject(text: str, vs: int, ve: int, p: int, ss: int, se: int, verb_kind: str) -> Tag | None:
    """'X said ...', 'X, a commander, said ...', '..., X has reported.'"""
    appo = _apposition_subject(text, ss, p) if text[ss:p].rstrip().endswith(",") else None
    if appo:
        (s, e), (lo, _) = appo
        s, e, clean = _subject_back(text, s, e)
    else:
        s, e, clean = _subject_back(text, ss, p)
        lo = s
    if not clean and verb_kind != "free":
        return None  # a noun-like verb needs a subject that starts cleanly
    scope = "both" if _final(text[ve:se], text[ss:lo].rstrip().endswith(",")) else "after"
    if e <= s:
        return Tag(vs, vs, "", vs, ve, vs, ve, scope, inherit=True)
    s, e = _refine(text, s, e, e)
    return Tag(s, e, text[s:e], vs, ve, min(lo, s), ve, scope)


def _inverted(text: str, vs: int, ve: int, ss: int, se: int, quotes: list[Span]) -> Tag | None:
    """'“...,” said X, a commander ...', '... - writes X.': the name follows the verb."""
    s, e = _np_forward(text, ve, se)
    if e <= s:
        return None
    lex = lexicon()
    first = text[s:e].split()[0]
    if first.lower() in _CLAUSE_START and first not in lex.pronouns_singular | lex.pronouns_plural:
        return None  # 'said that ...', 'said it ...': not a speaker after the verb
    if not (first[:1].isupper() or first.lower() in lex.determiners_lower or first in lex.pronouns_singular):
        return None  # 'said on Sunday', 'said earlier'
    i = bisect.bisect_left(quotes, (e, 0))
    hi = min(se, quotes[i][0]) if i < len(quotes) else se  # the description ends at a new quotation
    s2, e2 = _refine(text, s, e, hi)
    if (s2, e2) == (s, e) and not _is_proper(text, s, e) and text[e : e + 1] == ",":
        ns, ne = _np_forward(text, e + 1, hi)
        if ne > ns and _is_proper(text, ns, ne) and (ne >= hi or text[ne] in ",.;!?"):
            s2, e2 = ns, ne  # 'said the regional governor, Oleh Kiper.': the name, not the title
    return Tag(s2, e2, text[s2:e2], vs, ve, vs, hi, "both")


@lru_cache(maxsize=4096)
def kind_of(name: str) -> str:
    """'person', 'plural' or 'org': who a name can be the antecedent of (he/she vs they)."""
    lex = lexicon()
    words = name.split()
    if not words:
        return "org"
    if len(words) == 1 and words[0] in lex.pronouns_singular:
        return "person"
    if len(words) == 1 and words[0] in lex.pronouns_plural:
        return "plural"
    if len(words) == 1 and words[0] in lex.pronouns_org:
        return "org"
    if words[0] in ("The", "the") and len(words) > 1 and all(w[:1].isupper() for w in words[1:]):
        return "org"
    head_words = []
    for w in words:
        if head_words and (w.lower() in lex.post or w.endswith("ing")):
            break
        head_words.append(w)
    head = head_words[-1].rstrip(".,").removesuffix("\u2019s").removesuffix("'s")
    if head.lower() in lex.org_heads:
        return "org"
    low = head.lower()
    if low in lex.plural_heads:
        return "plural"
    if head[:1].islower() and low.endswith("s") and not low.endswith("ss"):
        return "plural"
    if head[:1].isupper() and len(head) > 5 and low.endswith(_PLURAL_ENDINGS):
        return "plural"
    return "person"
