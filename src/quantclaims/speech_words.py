"""The words of speech: the attribution lexicon, what kind of speaker a name is, and quotations.

Shared by quantclaims.speech (tags) and quantclaims.speech_phrases (names around them); the word
lists live in lexicon/attribution.toml and are compiled once, on first use.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from quantclaims.errors import QuantclaimsError
from quantclaims.lexicon import alternation, load, whole_word

Span = tuple[int, int]

_OPEN_Q = "\u201c"
_FAR = 1 << 62
_QUOTE_OR_NEWLINE = re.compile("[\"\u201c\u201d\n]")
# Endings of a capitalised word that make it a plural noun ("Analysts", "Officials") not a surname.
_PLURAL_ENDINGS = ("ians", "eans", "ans", "ists", "sts", "ers", "ors", "als", "ents", "ants", "ics", "sses", "ies", "ves")


class _Lexicon:
    """lexicon/attribution.toml as sets and compiled patterns, built on first use."""

    def __init__(self) -> None:
        data = load("attribution")
        verbs, words = data["verbs"], data["words"]
        self.free = frozenset(verbs["free"])
        self.clause = frozenset(verbs["clause"])
        self.strict = frozenset(verbs["strict"])
        self.at_verbs = frozenset(verbs["at"])
        self.measure = frozenset(verbs["measure"])
        self.infinitive = frozenset(verbs["infinitive"])
        self.verbs = self.free | self.clause | self.strict | self.at_verbs
        # one scan finds every reporting verb and "according to" (a trie: 3x faster than a flat |)
        self.trigger = re.compile(
            r"(?:\b(?P<according>[Aa]ccording\s+to)|(?P<count>(?:[\u2019']s|(?<=s)[\u2019'])\s+(?:%s))|\b(?:%s))\b"
            % ("|".join(words["count_nouns"]), alternation(self.verbs))
        )
        # every word a trigger match can hold as a whole word (see trigger_matches)
        self.count_nouns = frozenset(words["count_nouns"])
        self.made_by = re.compile(  # "Estimates by the UN", "a new tally by AFP": group 1 is the maker
            r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:%s)\s+(?:by|from)\s+(\S.*)\Z"
            % "|".join(sorted(map(re.escape, words["made_by_nouns"]))), re.IGNORECASE
        )
        self.trigger_words = self.verbs | self.count_nouns | {"according", "According"}
        # the same words as bytes, as trigger_matches cuts words out of a text
        odd = sorted(w for w in self.trigger_words if not (w.isascii() and _ASCII_WORD.fullmatch(w)))
        if odd:
            raise QuantclaimsError(f"lexicon 'attribution': reporting words must be ASCII letters and digits: {odd}")
        self.trigger_words_ascii = frozenset(w.encode("ascii") for w in self.trigger_words)
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
        # a time phrase right after a reporting verb: "claimed on Monday that", "said last week that"
        self.time_head = re.compile(
            r"(?:(?:%s)\s+)*(?:%s)\b,?\s*" % ("|".join(words["time_lead"]), "|".join(words["time_words"]))
        )
        self.org_heads = frozenset(w.lower() for w in words["org_heads"])
        self.plural_heads = frozenset(words["plural_heads"])
        self.post = frozenset(words["postmodifier_starts"])


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    return _Lexicon()


_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")
_ASCII_WORD_BYTES = bytes(b if chr(b).isascii() and (chr(b).isalnum() or b == 95) else 32 for b in range(256))


def trigger_matches(text: str) -> list[re.Match[str]]:
    """`list(lexicon().trigger.finditer(text))`, about ten times faster.

    Why: re tries the trigger's alternation at every character, which cost more than the rest of
    attribution together. Every trigger match holds a whole word of `trigger_words` (a verb, or the
    noun of "'s count", or "according"), so only those words' positions are tried: a verb and
    "according" start their match, a count noun's starts at the "'s" before it (else, when it is also
    a verb, "estimates", at the word). Matches never overlap, as finditer's. The trigger words a text
    holds are found by one set intersection, and only their places are visited.
    """
    lex = lexicon()
    nouns, trigger = lex.count_nouns, lex.trigger
    out: list[re.Match[str]] = []
    # the runs of [A-Za-z0-9_] cut out by one bytes.translate (a non-ASCII character becomes "?",
    # then a space). Every trigger word is such a run, so every whole \w-run of the text that is one
    # is found; a run found inside a longer \w-run ("said" in "saidé") has no whole-word place below.
    held = [w.decode() for w in lex.trigger_words_ascii.intersection(
        text.encode("ascii", "replace").translate(_ASCII_WORD_BYTES).split())]
    if not held:  # most sentences: no reporting word
        return out
    # every whole-word place of those words, in text order
    places = sorted((w.start(), word) for word in held for w in whole_word(word).finditer(text))
    done = 0
    for s, word in places:
        if s < done:
            continue
        m = None
        if word in nouns:  # "'s count": the match starts at the apostrophe
            j = s
            while j > 0 and text[j - 1].isspace():
                j -= 1
            if j < s and j >= 2 + done and text[j - 1] == "s" and text[j - 2] in "\u2019'":
                m = trigger.match(text, j - 2)
            elif j < s and j >= 2 + done and text[j - 1] in "\u2019'" and text[j - 2] == "s":
                m = trigger.match(text, j - 1)  # a plural's: "analysts' forecasts"
        if m is None:
            m = trigger.match(text, s)
        if m is not None:
            out.append(m)
            done = m.end()
    return out


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


def inside_quote(pos: int, quotes: list[Span]) -> bool:
    """Whether pos is strictly inside one of the (sorted, disjoint) quotations."""
    i = bisect.bisect_right(quotes, (pos, _FAR)) - 1
    return i >= 0 and quotes[i][0] < pos < quotes[i][1]


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
    head_words: list[str] = []
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
