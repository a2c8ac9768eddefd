"""Speech tags: the surface patterns quantclaims.attribution reasons over.

A *tag* is one reporting phrase in a sentence: its source's words (name_start/name_end), its verb,
the stretch of text that is the tag itself (lo/hi: the name, any apposition, the verb) and its scope:
"after" for "X said (that) ..." (it covers what follows its verb), "both" for ", X said." /
"said X" / "X said," / "according to X" (it covers its whole sentence). Patterns only, with the
word lists in lexicon/attribution.toml, so that a sentence costs a handful of regex scans. The
names themselves are found by quantclaims.speech_phrases.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quantclaims.speech_phrases import apposition_subject, is_proper, np_forward, refine, subject_back, words_back
from quantclaims.speech_words import inside_quote, kind_of, lexicon, quote_regions

if TYPE_CHECKING:
    from quantclaims.attribution import Attribution

__all__ = ["Tag", "find_tags", "kind_of", "lexicon", "quote_regions"]

Span = tuple[int, int]

_CLOSERS = "\"\u201d"
_PUNCT_END = ".,;:!?\"'\u201d\u2019"
_DASHES = "\u2014\u2013-"
_QUALIFIERS = frozenset("about around some nearly almost roughly approximately up more less at over only just".split())
# Up to four words without digits, then punctuation: the rest of a clause-final tag.
_SHORT_TAIL = re.compile(r"((?:[^\s\d,.;:!?\u201c\u201d\"]+\s*){1,4})[,.;!?]")
# The owner in "by/in <owner>'s count": up to five words, ending where the possessive starts.
_BY_OWNER = re.compile(r"\b(?:[Bb]y|[Ii]n)\s+((?:[^\s,.;:]+\s+){0,4}[^\s,.;:]+?)\Z")
# The agent of a passive reporting verb, right after it or after its figure: "was reported by X",
# "was estimated at 1,000 a day by X".
_BY_AGENT = re.compile(r"\s+(?:at\s+(?:[^,;:.!?\u2014\u2013]|(?<=\d)[,.](?=\d)){1,40}?\s+)?(by)\s+")
_BY = re.compile(r"\s+(by)\s+")  # the agent right after an active verb: "estimated by X"
_TO_BE = re.compile(r"\s+to\s+(?:be|have)\b")  # "said to be": no tag
# "put/placed <the toll> at <figure>": the object, then "at".
_AT_OBJECT = re.compile(r"\s+(?:[^\s,;:.!?]+\s+){1,9}?at\s")  # up to "the number of Russian dead and wounded"
_THAT = re.compile(r"\bthat\b")
# a measured noun (one or two lower-case words), "of", a hedge perhaps, and a figure in digits
_MEASURED = re.compile(
    r"(?:[a-z][a-z-]*\s+){1,2}of\s+(?:(?:about|around|roughly|some|nearly|almost|up\s+to|at\s+least|more\s+than|"
    r"less\s+than|just|only|between)\s+)?(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]|\d)"
)
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
    # for an inheriting tag, the sentence's opening subject when its first verb is no reporting verb
    # ("Kyiv's General Staff called the figures invented and said that ..."): used when no tag is before
    opening: tuple[int, int] | None = None
    # where the tag's forward scope ends, when it speaks for one figure only ("analysts' forecasts
    # of $1.05, and revenue rose 9%": the 9% is not the analysts'); None: to the sentence's end
    until: int | None = None
    resolved: Attribution | None = field(default=None, compare=False)


def _accepts(verb: str, text: str, after: int, se: int) -> bool:
    """Whether what follows a clause/strict verb lets it be a reporting verb."""
    lex = lexicon()
    rest = text[after:se].lstrip()
    if (when := lex.time_head.match(rest)) is not None and when.end() < len(rest):
        if when.group().rstrip()[-1:] in ",;:":
            return True  # "showed on Wednesday, the highest in ...": the clause ends after the time
        rest = rest[when.end() :]  # "claimed on Monday that": the time is no object
    if not rest or rest[0] in ",.;:!?\u201c\u201d\"\u2014\u2013":
        return True
    nxt = rest.split(None, 1)[0].strip(_PUNCT_END).lower()
    if nxt == "that":
        return True
    if verb in lex.measure and _MEASURED.match(rest):
        return True  # "expected growth of 0.4%": the figure is what they expected
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
        if inside_quote(m.start(), quotes):
            continue
        if m.group("according"):
            s, e = np_forward(text, m.end(), se)
            tag = Tag(s, e, text[s:e], m.start(), m.end(), m.start(), e, "both") if e > s else None
        elif m.group("count"):  # "By the army's count, ...", "in the ministry's estimate"
            owner = _BY_OWNER.search(text, max(ss, m.start() - 60), m.start())
            if owner is None:
                tag = _owned_figure(text, m, ss, se)  # "beating analysts' forecasts of $1.05"
            else:
                s, e = owner.span(1)
                tag = Tag(s, e, text[s:e], owner.start(), m.end(), owner.start(), m.end(), "both")
        else:
            tag = _verb_tag(text, m, ss, se, quotes)
        if tag is not None:
            tags.append(tag)
    return tags


# the owner of a count or forecast, right before its possessive: a name ("Wall Street", "the IMF")
# or one lower-case noun ("analysts", "the ministry")
_OWNER = re.compile(r"(?:(?:[Tt]he\s+)?(?:[A-Z][\w.&\u2019'-]*\s+){0,3}[A-Z][\w.&-]*|(?:[Tt]he\s+)?[a-z]+)\Z")
_OF_FIGURE = re.compile(r"\s+(?:of|at)\s+")  # "forecasts of $1.05", "estimate at 5,000"
_CLAUSE_END = re.compile(r"[,;:!?\u2014]|\.(?!\d)")


def _owned_figure(text: str, m: re.Match[str], ss: int, se: int) -> Tag | None:
    """"X's estimate of <figure>", "analysts' forecasts of <figure>" with no "by" or "in" before: X
    is the source of that figure only (the tag's scope ends with its clause)."""
    of = _OF_FIGURE.match(text, m.end(), se)
    owner = _OWNER.search(text, max(ss, m.start() - 40), m.start()) if of else None
    if of is None or owner is None:
        return None
    s, e = owner.span()
    end = _CLAUSE_END.search(text, of.end(), se)
    return Tag(s, e, text[s:e], s, m.end(), s, m.end(), "after", until=end.start() if end else se)


def _verb_tag(text: str, m: re.Match[str], ss: int, se: int, quotes: list[Span]) -> Tag | None:
    """The tag headed by reporting-verb match m, or None when the word is not used as one here."""
    lex = lexicon()
    verb, vs, ve = m.group(), m.start(), m.end()
    if inside_quote(vs, quotes):
        return None
    # words right before the verb: auxiliaries and adverbs are skipped, "be" makes it passive
    p, passive = vs, False
    for w in reversed(words_back(text, ss, vs, 60)):
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
    claiming = _TO_BE.match(after) is not None
    if claiming and (passive or verb not in lex.infinitive):
        return None  # "said to be"; but "Kyiv claims to have recaptured ...": Kyiv claims it
    before = text[ss:p].rstrip()
    reduced = verb.endswith("ed") and before[-1:] in (",(" + _DASHES)  # "losses, estimated at 1,000 by ..."
    by = _BY_AGENT.match(after) if passive or reduced else _BY.match(after)
    if passive and not by:
        return None
    if by:  # the figure between the verb and "by" is not part of the tag
        s, e = np_forward(text, ve + by.end(), se)
        return Tag(s, e, text[s:e], vs, ve, ve + by.start(1), e, "both") if e > s else None
    if verb in lex.at_verbs:
        if not _AT_OBJECT.match(after):
            return None  # "put the toll at 50" is a tag, "put the rifle down" is not
    elif verb not in lex.free and not claiming and not _accepts(verb, text, ve, se):
        return None
    last = before[-1:] or ""
    quote_before = last in _CLOSERS or (last == "," and before[:-1].rstrip()[-1:] in _CLOSERS)
    inverted = not before or quote_before or last in _DASHES
    if not inverted and last == ",":
        inverted = not apposition_subject(text, ss, p)
    if inverted:
        return _inverted(text, vs, ve, ss, se, quotes)
    return _subject(text, vs, ve, p, ss, se, "free" if verb in lex.free else "noun")


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
    appo = apposition_subject(text, ss, p) if text[ss:p].rstrip().endswith(",") else None
    if appo:
        (s, e), (lo, _) = appo
        s, e, clean = subject_back(text, s, e)
    else:
        s, e, clean = subject_back(text, ss, p)
        lo = s
    if not clean and verb_kind != "free":
        return None  # a noun-like verb needs a subject that starts cleanly
    scope = "both" if _final(text[ve:se], text[ss:lo].rstrip().endswith(",")) else "after"
    if e <= s:
        return Tag(vs, vs, "", vs, ve, vs, ve, scope, inherit=True, opening=_opening_subject(text, ss, p))
    s, e = refine(text, s, e, e)
    return Tag(s, e, text[s:e], vs, ve, min(lo, s), ve, scope)


_AND_END = re.compile(r"\band\s*\Z")
_OPEN_WORD = re.compile(r"[\w\u2019'.-]+")


def _opening_subject(text: str, ss: int, p: int) -> tuple[int, int] | None:
    """'X did something and said ...': X, the words that open the sentence up to its first past-tense
    verb, when they are a capitalised phrase of one to six words and no adverbial opener."""
    if not _AND_END.search(text, ss, p) or "," in text[ss:p]:
        return None
    words = list(_OPEN_WORD.finditer(text, ss, p))
    verb = next((k for k, w in enumerate(words) if k > 0 and w.group().islower() and w.group().endswith("ed")), None)
    if verb is None or verb > 6 or not words[0].group()[:1].isupper():
        return None
    if words[0].group().lower() in lexicon().subordinators:
        return None  # "After the raid ..."
    return words[0].start(), words[verb - 1].end()


def _inverted(text: str, vs: int, ve: int, ss: int, se: int, quotes: list[Span]) -> Tag | None:
    """'“...,” said X, a commander ...', '... - writes X.': the name follows the verb."""
    s, e = np_forward(text, ve, se)
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
    s2, e2 = refine(text, s, e, hi)
    if (s2, e2) == (s, e) and not is_proper(text, s, e) and text[e : e + 1] == ",":
        ns, ne = np_forward(text, e + 1, hi)
        if ne > ns and is_proper(text, ns, ne) and (ne >= hi or text[ne] in ",.;!?"):
            s2, e2 = ns, ne  # 'said the regional governor, Oleh Kiper.': the name, not the title
    return Tag(s2, e2, text[s2:e2], vs, ve, vs, _description_end(text, e2, hi), "both")


_SEGMENT = re.compile(r",[ \t\u00a0]*([A-Za-z]+)")
# words opening a stretch after a speaker's name that does not describe the speaker (beside the
# subordinators and clause words of the lexicon)
_NOT_DESCRIPTION = frozenset(["up", "down", "compared", "versus", "against", "including", "plus"])


def _description_end(text: str, pos: int, hi: int) -> int:
    """Where the description of a speaker named after the verb ends: at the first comma whose
    stretch opens with no description ('..., said Smith, down from 350', '..., said Jane Doe, the
    chief executive, adding that ...'), else at hi. A description opens with a determiner, a name,
    an age or a relative pronoun; a preposition, conjunction, "up"/"down" or an -ing verb opens
    something else, which is no part of the tag."""
    lex = lexicon()
    for m in _SEGMENT.finditer(text, pos, hi):
        if text[m.start() - 1 : m.start()].isdigit() and text[m.start() + 1 : m.start() + 2].isdigit():
            continue  # "1,200"
        word = m.group(1)
        low = word.lower()
        if word[0].isupper() or low in lex.relative:
            continue
        if low in _NOT_DESCRIPTION or low in lex.subordinators or low in lex.clause_words or low.endswith("ing"):
            return m.start()
    return hi

