"""Sentence and paragraph boundaries as half-open character spans into the unchanged text.

First cut: a line is a paragraph, and a sentence ends at . ! ? (with closing quotes) followed by
whitespace and an upper-case letter or an opening quote. Being replaced by the full splitter.
"""

from __future__ import annotations

import re

_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")

Span = tuple[int, int]


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines, trimmed of surrounding whitespace."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def split_sentences(text: str) -> list[Span]:
    """Sentences in order, never crossing a paragraph, trimmed of surrounding whitespace."""
    out = []
    for ps, pe in paragraphs(text):
        s = ps
        for m in _SENTENCE_END.finditer(text, ps, pe):
            out.append((s, m.end()))
            s = m.end()
            while s < pe and text[s].isspace():
                s += 1
        if s < pe:
            out.append((s, pe))
    return out
