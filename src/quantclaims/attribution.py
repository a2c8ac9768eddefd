"""Who asserts a figure, according to the text (docs/conventions.md, "Attribution").

Rules over surface patterns, no parser: news attribution is formulaic ("according to X", "X said
that ...", "..., X said.", "“...,” said X, a commander ..."), and a parser would cost more than the
whole extractor's time budget. Each sentence is analysed once into *speech tags* (quantclaims.speech);
each claim span then takes, in order:

1. None when it lies inside a tag's own words ("a 30-year-old" in "said Geniy, a 30-year-old
   commander"): the reporter describes the speaker.
2. The speaker of the quotation it is in. A quotation's speaker is the tag right after its close or
   right before its open; an untagged quotation takes the speaker of the nearest tagged quotation
   of its paragraph (quotes that run over several sentences), else of the previous paragraph's last
   quotation (a speech running on into a new paragraph). Quotations with no speaker at all (scare
   quotes, titles) count as the reporter's text.
3. The nearest tag before it whose scope runs forward ("X said [that] ..."), else the nearest tag
   after it whose scope runs backward (", X said.", "said X", "according to X").
4. In a sentence with no tag and no quotation, the speaker whose indirect account it continues in
   the same paragraph (quantclaims.continuation).
5. None: the reporter asserts the figure.

Pronoun tags ("he said") resolve to the nearest preceding person speaker in the same or the previous
paragraph (name and span of that earlier mention; "X said he believed" is X); failing that, to the
nearest mention there of someone quoted earlier in the document; failing that, to the nearest titled
name there ("Colonel Ivan Petrenko commands ... He said": attribution.toml [titles], a title of one
sex never the other's pronoun); failing that the pronoun itself.
"they" resolves the same way to a group (same paragraph only), "it" to an organisation (same or
previous paragraph: "The ministry said ... \n\n Air defences shot down 76 drones, it said").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from quantclaims.continuation import carried_speakers
from quantclaims.errors import QuantclaimsError
from quantclaims.lexicon import load
from quantclaims.sentences import paragraphs
from quantclaims.speech import Tag, find_tags
from quantclaims.speech_words import kind_of, lexicon, quote_regions, trigger_matches

Span = tuple[int, int]


class SpanError(QuantclaimsError):
    """A claim span does not lie inside the text it is said to index."""


@dataclass(frozen=True)
class Attribution:
    """The source of a claim as written ('Ukrainian officials') and its span when it is in the text."""

    name: str
    start: int | None = None
    end: int | None = None


_GAP = frozenset(" \t,:\u2014\u2013-")
# A short phrase between a tag and the quotation it introduces: 'said of the attack, “...”'.
_INTRO = re.compile(r"[^.!?\n\u201c\u201d\"]{0,40}[,:]\s*")


@lru_cache(maxsize=1)
def _titles() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """(one or more titles, "Lt. Col.", then the one to three capitalised words of the name after
    them, group "title" the titles; the titles of men; of women), from attribution.toml [titles]."""
    lex = load("attribution")["titles"]
    titles = "|".join(re.escape(t) for t in sorted(lex["person"], key=len, reverse=True))
    word = r"[A-Z][\w\u2019'-]*"
    # a title is a whole word ("Mr." not in "Amr."); a name stops at a full stop ("John F. Kennedy"
    # reads "John F": an initial is rare after a title)
    pattern = re.compile(rf"(?<![\w.])(?P<title>(?:{titles})(?:\s+(?:{titles}))*)\s+{word}(?:\s+{word}){{0,2}}")
    return pattern, frozenset(lex["male"]), frozenset(lex["female"])


def _only_gap(text: str, a: int, b: int) -> bool:
    return a <= b and all(c in _GAP for c in text[a:b])


class _Resolver:
    """Resolves every tag of a document, in order, to an Attribution (pronouns included)."""

    def __init__(self, text: str, para_of: list[int], paras: list[Span]) -> None:
        self.text = text
        self.para_of = para_of  # paragraph index of each sentence
        self.history: list[tuple[int, Attribution, str]] = []  # (paragraph, attribution, kind)
        self.known: dict[str, None] = {}  # person names quoted so far, in order
        self.paras = paras

    def resolve(self, tag: Tag, si: int, same_sentence: list[Tag]) -> Attribution | None:
        text, lex = self.text, lexicon()
        p = self.para_of[si]
        word = text[tag.name_start : tag.name_end]
        outer = [t for t in same_sentence if t.verb_end <= tag.name_start and t.resolved]
        if tag.inherit:
            if outer:
                return outer[-1].resolved
            if tag.opening is not None:
                return Attribution(text[tag.opening[0] : tag.opening[1]], *tag.opening)
            return None
        if word in lex.pronouns_singular or word in lex.pronouns_plural or word in lex.pronouns_org:
            want = "person" if word in lex.pronouns_singular else "plural" if word in lex.pronouns_plural else "org"
            for t in reversed(outer):
                if t.resolved and kind_of(t.resolved.name) == want:
                    return t.resolved
            window = p if want == "plural" else p - 1  # ("they" only within its paragraph)
            for hp, att, kind in reversed(self.history):
                if hp < window:
                    break
                if kind == want:
                    return att
            if want == "person":
                mention = self._known_mention(tag.name_start, window) or self._titled_mention(word, tag.name_start, window)
                if mention:
                    return mention
            return Attribution(word, tag.name_start, tag.name_end)
        by = lex.made_by.match(tag.name_text)
        if by is not None:  # "Estimates by the UN put the toll at ...": the UN is the source
            return Attribution(by.group(1), tag.name_start + by.start(1), tag.name_end)
        return Attribution(tag.name_text, tag.name_start, tag.name_end)

    def _floor(self, before: int, window: int) -> int:
        """Where the allowed paragraphs start: paragraph `window`'s start, or that of the paragraph
        holding `before` if it comes first."""
        para_index = bisect.bisect_right(self.paras, (before, before)) - 1
        return self.paras[max(0, min(window, para_index))][0] if self.paras else 0

    def _known_mention(self, before: int, window: int) -> Attribution | None:
        """The nearest earlier mention, in the allowed paragraphs, of a person quoted before."""
        if window < 0 or not self.known:
            return None
        floor = self._floor(before, window)
        best: Attribution | None = None
        for full in self.known:
            for form in dict.fromkeys((full, full.split()[-1])):
                i = self._rfind_word(form, floor, before)
                if i >= 0 and (best is None or (i + len(form), len(form)) > (best.end or 0, len(best.name))):
                    best = Attribution(form, i, i + len(form))
        return best

    def _titled_mention(self, pronoun: str, before: int, window: int) -> Attribution | None:
        """The nearest titled name ("Colonel Ivan Petrenko", "Dr. Lee") before `before`, in the
        allowed paragraphs, that can be `pronoun` (a title of one sex is not the other's pronoun)."""
        floor = self._floor(before, window)
        pattern, male, female = _titles()
        wrong = female if pronoun.lower() in ("he", "him") else male
        for m in reversed(list(pattern.finditer(self.text, floor, before))):
            name = m.group(0).removesuffix("\u2019s").removesuffix("'s")
            if wrong.isdisjoint(m.group("title").split()) and kind_of(name) == "person":
                return Attribution(name, m.start(), m.start() + len(name))
        return None

    def _rfind_word(self, form: str, floor: int, before: int) -> int:
        """The last whole-word occurrence of `form` in [floor, before) ('Rus' is not in 'Russia')."""
        text, end = self.text, before
        while True:
            i = text.rfind(form, floor, end)
            if i < 0:
                return -1
            j = i + len(form)
            if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum()):
                return i
            end = j - 1

    def record(self, si: int, att: Attribution) -> None:
        kind = kind_of(att.name)
        self.history.append((self.para_of[si], att, kind))
        if kind == "person" and att.name not in lexicon().pronouns_singular and att.name[:1].isupper():
            if all(w[:1].isupper() for w in att.name.split()):
                self.known[att.name] = None


def _sentence_tags(text: str, sentences: Sequence[Span], quotes: list[Span], paras: list[Span],
                   matches: list[re.Match[str]]) -> list[list[Tag]]:
    """Tags of every sentence, resolved in document order (pronouns need the ones before);
    `matches` are the document's trigger matches (one scan, speech_words.trigger_matches)."""
    starts = [s for s, _ in paras]
    para_of = [max(0, bisect.bisect_right(starts, s) - 1) for s, _ in sentences]
    resolver = _Resolver(text, para_of, paras)
    out: list[list[Tag]] = [[] for _ in sentences]
    sstarts = [s for s, _ in sentences]
    by_sentence: dict[int, list[re.Match[str]]] = {}
    for m in matches:
        si = bisect.bisect_right(sstarts, m.start()) - 1
        if si >= 0 and m.end() <= sentences[si][1]:
            by_sentence.setdefault(si, []).append(m)
    for si in sorted(by_sentence):
        ss, se = sentences[si]
        tags = find_tags(text, ss, se, quotes, by_sentence[si])
        for i, tag in enumerate(tags):
            tag.resolved = resolver.resolve(tag, si, tags[:i])
            if tag.resolved is not None:
                resolver.record(si, tag.resolved)
        out[si] = tags
    return out


def _quote_speakers(text: str, quotes: list[Span], tags: list[Tag], paras: list[Span]) -> list[Attribution | None]:
    """The speaker of each quotation: the tag right after it or right before it, else a neighbour's.

    Neighbours: the nearest tagged quotation of the same paragraph (before, then after), else the
    last quotation of the previous paragraph (a quote running on, or a new paragraph of the speech).
    """
    pstarts = [s for s, _ in paras]
    resolved = [t for t in tags if t.resolved is not None]
    by_lo = sorted(resolved, key=lambda t: t.lo)
    los = [t.lo for t in by_lo]
    by_hi = sorted(resolved, key=lambda t: t.hi)
    his = [t.hi for t in by_hi]
    speakers: list[Attribution | None] = []
    for qs, qe in quotes:
        found = None
        i = bisect.bisect_left(los, qe)
        if i < len(by_lo) and _only_gap(text, qe, by_lo[i].lo):
            found = by_lo[i].resolved  # '“...,” he said' / '“...,” said X'
        else:
            j = bisect.bisect_right(his, qs) - 1
            if j >= 0 and (_only_gap(text, by_hi[j].hi, qs) or _INTRO.fullmatch(text, by_hi[j].hi, qs)):
                found = by_hi[j].resolved  # 'X said: “...”', 'X said of the attack, “...”'
        speakers.append(found)
    para = [bisect.bisect_right(pstarts, qs) - 1 for qs, _ in quotes]
    filled = list(speakers)
    last: Attribution | None = None  # forward pass: the previous tagged quotation of the paragraph
    for i in range(len(quotes)):
        if i and para[i] != para[i - 1]:
            last = None
        last = speakers[i] or last
        filled[i] = last
    following: Attribution | None = None  # backward pass: else the next one
    for i in range(len(quotes) - 1, -1, -1):
        if i + 1 < len(quotes) and para[i + 1] != para[i]:
            following = None
        following = speakers[i] or following
        filled[i] = filled[i] or following
    for i in range(1, len(quotes)):  # a paragraph of untagged quotation goes on the previous speech
        if filled[i] is None and para[i] == para[i - 1] + 1:
            filled[i] = filled[i - 1]
    return filled


def _from_tags(tags: list[Tag], start: int, end: int) -> Attribution | None:
    """Rule 3: nearest forward-scoped tag before the span, else nearest backward-scoped tag after."""
    best: Tag | None = None
    for t in tags:
        if t.verb_end <= start and (best is None or t.verb_end > best.verb_end) and (t.until is None or start < t.until):
            best = t
    if best is None:
        for t in tags:
            if t.scope != "after" and t.lo >= end and (best is None or t.lo < best.lo):
                best = t
    return best.resolved if best else None


def attribute(text: str, sentences: Sequence[Span], spans: Sequence[Span]) -> list[Attribution | None]:
    """One Attribution or None for each claim span (spans sorted by start; sentences from split_sentences)."""
    if not spans:
        return []
    for start, end in spans:
        if not 0 <= start <= end <= len(text):
            raise SpanError(f"claim span ({start}, {end}) is outside the text (length {len(text)})")
    matches = trigger_matches(text)
    if not matches:  # no reporting word anywhere: no tag, so no speaker for any quotation
        return [None] * len(spans)
    quotes = quote_regions(text)
    paras = paragraphs(text)
    per_sentence = _sentence_tags(text, sentences, quotes, paras, matches)
    all_tags = [t for tags in per_sentence for t in tags]
    speakers = _quote_speakers(text, quotes, all_tags, paras)
    carried = carried_speakers(text, sentences, per_sentence, quotes, paras)
    qstarts = [q[0] for q in quotes]
    sstarts = [s for s, _ in sentences]
    out: list[Attribution | None] = []
    for start, end in spans:
        si = bisect.bisect_right(sstarts, start) - 1
        tags = per_sentence[si] if 0 <= si < len(sentences) and start < sentences[si][1] else []
        if any(t.lo <= start and end <= t.hi for t in tags):
            out.append(None)
            continue
        qi = bisect.bisect_right(qstarts, start) - 1
        if qi >= 0 and end <= quotes[qi][1] and speakers[qi] is not None:
            out.append(speakers[qi])
            continue
        own = _from_tags(tags, start, end)
        if own is None and not tags and 0 <= si < len(sentences) and start < sentences[si][1]:
            own = carried[si]
        out.append(own)
    return out
