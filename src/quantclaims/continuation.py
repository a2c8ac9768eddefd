"""Sentences that continue a named speaker's indirect account (docs/conventions.md, "Attribution").

News reports an account over several sentences and names its source only once: "The colonel said
that his unit arrived in May. Two weeks later, the attack began." The second sentence has no source
of its own, yet it is the colonel's. The rule is deliberately narrow, since a sentence without a
source is the reporter's by default and a wrong speaker is worse than none:

- the sentence has no speech tag and no quotation of its own;
- the nearest preceding sentence of the SAME paragraph is indirect speech: its last tag has a named
  (or resolved) single person as speaker *before* a verb of telling (said, told, recalled, added;
  not estimated, reported, put ... at) and a reported clause after it ("X said (...) that ...",
  "X said, <clause>"), and it holds no quotation (reporter narration after a direct quote stays the
  reporter's); "according to X" and "by X's count" are descriptions of a source, not an account.
  Groups and organisations are left out: "Engineers estimate that repairs will cost $45 million.
  Rescuers pulled 230 people from the water." is two facts, not one account;
- or that preceding sentence is itself a continuation (the account runs on), so any sentence with
  another source in between breaks the chain;
- the sentence's subject is not a different named person or organisation ("Zelensky ordered ...").
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Sequence

from quantclaims.lexicon import whole_word
from quantclaims.speech_words import kind_of, lexicon

if TYPE_CHECKING:
    from quantclaims.attribution import Attribution
    from quantclaims.speech import Tag

Span = tuple[int, int]

_WORD = re.compile(r"[^\W\d_][\w\u2019'.-]*")
# A reported clause after a comma tag: at least three words ("Khomenko said, morale is low").
_CLAUSE_AFTER = re.compile(r"\s*,\s*(?:\S+\s+){2,}\S")
# 'said that', 'told reporters that', 'said on Sunday that': "that" after at most four words.
_THAT_AFTER = re.compile(r"(?:\s+[^\s,.;:!?\u201c\u201d\"]+){0,4}?\s+that\b")
# An introductory phrase before the subject: up to eight words, then a comma ("Two weeks later, ").
_INTRO = re.compile(r"(?:[^\s,;:]+\s+){0,7}[^\s,;:]+,\s+")


def _indirect_speaker(text: str, tags: list[Tag], se: int) -> Attribution | None:
    """The speaker of a sentence that is indirect speech, else None (see module docstring)."""
    tag = tags[-1]
    att = tag.resolved
    if att is None or att.start is None or tag.inherit or tag.name_end > tag.verb_start:
        return None  # no named speaker, or 'said X' / 'according to X' / 'by X's count'
    lex = lexicon()
    if att.name in lex.pronouns_singular or att.name in lex.pronouns_plural or att.name in lex.pronouns_org:
        return None  # an unresolved pronoun is no named speaker
    if kind_of(att.name) != "person":
        return None  # 'Engineers estimate that ... Rescuers pulled 230 ...': groups report facts, not accounts
    verb = text[tag.verb_start : tag.verb_end]
    if verb not in lex.free and verb not in lex.strict:
        return None  # 'estimated', 'reported', 'put ... at': a figure, not a told account
    if tag.scope == "after":  # 'X said that ...'; a bare 'X said 20 died.' reports one fact
        return att if _THAT_AFTER.match(text, tag.verb_end, se) else None
    return att if _CLAUSE_AFTER.match(text, tag.hi, se) else None  # 'X said, <clause>', not '..., X said.'


def _capital_run(text: str, i: int, end: int) -> str:
    """The capitalised words starting at i ('The Pentagon', 'the Defense Ministry', 'Zelensky')."""
    words: list[re.Match[str]] = []
    for m in _WORD.finditer(text, i, end):
        w = m.group()
        if text[i if not words else words[-1].end() : m.start()].strip():
            break
        if not w[:1].isupper() and not (not words and w == "the"):
            break
        words.append(m)
    return text[words[0].start() : words[-1].end()] if words else ""


def _named_elsewhere(text: str, word: str, sentence_starts: set[int]) -> bool:
    """Whether `word` occurs capitalised in the text other than at a sentence start: a name."""
    for m in whole_word(word, r"\b").finditer(text):
        if m.start() not in sentence_starts:
            return True
    return False


def _other_subject(text: str, ss: int, se: int, speaker: Attribution, sentence_starts: set[int]) -> bool:
    """Whether the sentence's subject is a named person or organisation other than the speaker."""
    positions = [(ss, True)]
    intro = _INTRO.match(text, ss, se)
    if intro:
        positions.append((intro.end(), False))
    speaker_words = set(speaker.name.split())
    for i, at_start in positions:
        run = _capital_run(text, i, se)
        if not run:
            continue
        words = run.split()
        if at_start and len(words) == 1 and not _named_elsewhere(text, words[0], sentence_starts):
            continue  # 'Then', 'About', 'Ninety': a capital only because it opens the sentence
        if words[0] in ("The", "the"):
            if len(words) == 1:
                continue
            if words[0] == "the" and kind_of(" ".join(words[1:])) != "org":
                continue  # 'the Russians', 'the Russian counterattack': a group or an adjective
        if set(w.rstrip(".,").removesuffix("\u2019s").removesuffix("'s") for w in words) & speaker_words:
            continue  # the speaker again ('Geniy's unit ...')
        if kind_of(run) in ("person", "org"):
            return True
    return False


def carried_speakers(text: str, sentences: Sequence[Span], per_sentence: list[list[Tag]],
                     quotes: list[Span], paras: list[Span]) -> list[Attribution | None]:
    """For each sentence, the speaker it continues (module docstring), else None.

    Sentences with a source of their own get None here (their own tags decide)."""
    pstarts = [s for s, _ in paras]
    qstarts = [q[0] for q in quotes]
    sentence_starts = {s for s, _ in sentences}
    out: list[Attribution | None] = [None] * len(sentences)
    account: Attribution | None = None  # the account the previous sentence belongs to
    prev_para = -1
    for si, (ss, se) in enumerate(sentences):
        para = bisect.bisect_right(pstarts, ss) - 1
        if para != prev_para:
            account = None
        prev_para = para
        qi = bisect.bisect_left(qstarts, se)
        quoted = qi > 0 and quotes[qi - 1][1] > ss  # a quotation overlaps the sentence
        tags = per_sentence[si]
        if tags or quoted:
            account = None if quoted or not tags else _indirect_speaker(text, tags, se)
            continue
        if account is not None and _other_subject(text, ss, se, account, sentence_starts):
            account = None
        out[si] = account
    return out
