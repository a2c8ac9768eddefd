"""The words around a number: counted nouns and their modifiers, noun phrases, what a figure is of.

Function words and common verbs that end a phrase are in lexicon/nouns.toml; counted nouns and the
claim types they give are there too. Nothing here needs a parser: news phrases after a number are
short, and a few stop rules read them well enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quantclaims import numbers, units
from quantclaims.hedges import back
from quantclaims.lexicon import alternation

_S = r"[ \t\u00a0]"
# a word; a capitalised one may end in digits, as a formula or a name does ("CO2", "PM2.5", "NO2")
_W = r"[A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z]+)*(?:(?<=[A-Z])\d+(?:\.\d+)?(?![\w.]))?"
_WORD = re.compile(rf"{_S}+({_W})")
_WORD0 = re.compile(rf"{_S}*({_W})")
# A word between a number and its counted noun may be a model designator or a calibre ("six Kh-101
# cruise missiles", "two S-300 launchers", "four Bayraktar TB2 drones", "2,000 155mm shells"): the
# noun phrase runs on through it to the head noun.
_DESIGNATION = (
    r"[A-Z][A-Za-z]{0,5}[-\u2010\u2011]\d+[A-Za-z]{0,2}|[A-Z]{1,5}\d+[A-Za-z\d]*|\d[A-Z]{1,3}\d*"
    r"|\d{2,3}-?mm|\d{2,3}-millimet(?:er|re)|\d{3,4}(?=[ \t\u00a0]+[A-Z])"  # "two new 737 Max jets"
)
_MOD_WORD = re.compile(rf"{_S}+((?:{_DESIGNATION})(?![\w-])|[A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z]+)*)")
_DESIGNATOR_WORD = re.compile(_DESIGNATION)
_OF = re.compile(rf"{_S}+of{_S}+")
_DET = re.compile(rf"{_S}+((?:the|its|their|his|her|our|this|that|these|those){_S}+)", re.IGNORECASE)
_MODIFIERS = frozenset(["more", "other", "additional", "extra", "new", "fewer", "further", "fresh", "remaining"])
# modifiers that say how many more, not what kind: left out of the entity ("100 more troops": troops;
# but "five new episodes": new episodes)
_HOW_MANY_MORE = _MODIFIERS - {"new", "fresh"}
_DETERMINERS = frozenset("the a an both these those this that his her their its our my your some".split())
_OBJECT_STARTS = _DETERMINERS | frozenset("it him them us me".split())  # what may start a verb's object
# ... and a hedged or vague figure as its object ("and killed at least 41", "wounded several others")
_FIGURE_OBJECT_STARTS = _OBJECT_STARTS | frozenset(
    "at about around more nearly almost over up several dozens hundreds thousands".split())
# ("worth" takes its figure as a preposition does: "a deal worth $5m")
_PREPS = frozenset("in of at on for by with from into near known called named nicknamed based worth".split())
def stop_words() -> frozenset[str]:
    """Function words: a counted noun is never one, and a phrase never ends on one."""
    return units.word_set("function_words")


@dataclass(frozen=True, slots=True)
class Counted:
    """What follows a number: a counted noun (with its modifiers), or a unit after a modifier."""

    end: int
    entity: str
    noun: units.Noun | None = None
    unit: units.Unit | None = None
    casualty: bool = False


def words_after(text: str, pos: int, hi: int, limit: int, first: re.Pattern[str] = _WORD,
                rest: re.Pattern[str] = _WORD) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    while len(out) < limit:
        m = (first if not out else rest).match(text, pos, hi)
        if not m:
            break
        out.append(m)
        pos = m.end()
    return out


def _noun_slot(word: str) -> bool:
    """Is the word after `word` a noun or its modifier: after a determiner or a possessive."""
    low = word.lower()
    return low in _DETERMINERS or low.endswith(("'s", "\u2019s"))


def noun_phrase(text: str, pos: int, hi: int, limit: int = 6, preps: bool = True) -> tuple[str, int] | None:
    """Words from `pos` up to a verb-like stop or punctuation ("the troops in his platoon")."""
    words = words_after(text, pos, hi, limit + 1, _WORD0)
    truncated = len(words) > limit
    words = words[:limit]
    verbs = units.word_set("verbs")
    number_words = numbers.tables().number_words
    keep: list[re.Match[str]] = []
    for k, w in enumerate(words):
        low = w.group(1).lower()
        if low.endswith("ed") and k + 1 < len(words) and words[k + 1].group(1).lower() in _OBJECT_STARTS:
            break  # "of voters backed the deal", "the 23-year-old signed a deal", "of voters backed it": a verb and its object
        if low in verbs and keep and _noun_slot(keep[-1].group(1)):
            pass  # a verb's form after a determiner is a noun: "40% of the vote", "half of its cut"
        elif low in verbs or low in ("and", "or", "who", "which", "that", "to", "than", "as", "where", "when", "while",
                                     "since", "until", "during"):
            break  # (a time after the phrase is when, not what: "half their value since January")
        if keep and (low.endswith("ing") or (low.endswith("ed") and (len(keep) >= 2 or not preps))) and not (
            low.endswith("ing") and _noun_slot(keep[-1].group(1))
        ):
            break  # "the troops fighting in ..." (but after a determiner it is a noun: "the city's housing stock")
        if not preps and low in _PREPS:
            break
        if low in number_words:  # "half its men in two weeks": the phrase ends before the next figure
            break
        if keep and low in _DETERMINERS and keep[-1].group(1).lower() not in _PREPS:
            break  # "the texts both sides had endorsed": a determiner not after a preposition starts a clause
        keep.append(w)
    if truncated and len(keep) == limit and limit > 3:
        # cut by the limit: end before the last preposition rather than inside its phrase ("the best
        # screens in this price [range]" -> "the best screens")
        cut = max((k for k, w in enumerate(keep) if k > 0 and w.group(1).lower() in _PREPS), default=None)
        if cut is not None and keep[cut - 1].group(1).lower() not in stop_words():
            keep = keep[:cut]
    while keep and keep[-1].group(1).lower() in stop_words():
        keep.pop()
    if not keep:
        return None
    start = keep[0].start(1)
    return text[start : keep[-1].end()], keep[-1].end()


_ACRONYMS = re.compile(r"[A-Z]{2,}s")  # a plural acronym: "EVs", "RBIs", "IPOs" (too short, or -is, for _plural)


def _plural(low: str) -> bool:
    """Looks like a plural noun: "finals", "startups", "companies", "fishermen" (not "previous",
    "class", "bus")."""
    if low.endswith("men") and len(low) > 4:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "ous", "us", "is", "'s"))


def _singular(low: str) -> str:
    """The lemma of a regular (or -men) plural: "companies" -> "company", "boxes" -> "box"."""
    if low.endswith("men"):
        return low[:-3] + "man"
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("sses", "ches", "shes", "xes", "zes")) or (low.endswith("uses") and not low.endswith("ouses")):
        return low[:-2]
    return low[:-1]


@lru_cache(maxsize=1)
def _casualty_words() -> re.Pattern[str]:
    """One participle after a counted head ("dead", ", and injured"); `_participles` repeats it."""
    cas = alternation(units.word_set("casualty_words"))
    return re.compile(rf"(?:{_S}+|,{_S}*)(?:and{_S}+|or{_S}+)?(?:{cas})\b")


def _participles(text: str, pos: int, hi: int) -> int:
    """The end of the casualty participles after a counted head ("men dead and injured"), or `pos`.
    A participle with an object is a verb of the next clause, not part of the phrase ("14 civilians
    and wounded 37 people", "civilians and injured the mayor", "people and killed at least 41",
    "soldiers and killed three")."""
    end = pos
    while (m := _casualty_words().match(text, end, hi)) is not None:
        nxt = _WORD.match(text, m.end(), hi)
        if units.per_after(text, m.end(), hi) is None and (
            (nxt and nxt.group(1).lower() in _FIGURE_OBJECT_STARTS)
            or numbers.has_number(text, m.end(), nxt.end() if nxt else m.end() + 2)
        ):
            break
        end = m.end()
    return end


def _compound(words: list[re.Match[str]], k: int, noun: units.Noun, singular: bool = False) -> bool:
    """A singular noun that modifies the noun after it ("civilian deaths", "rocket launchers", "drone
    crews"): the head is the later noun. Not before a casualty participle ("one soldier killed"),
    nor a verb ("one man runs the shop"), unless a plural count says the verb is a noun ("24 home
    runs", "3 test runs")."""
    low = words[k].group(1).lower()
    if k + 1 >= len(words) or low != noun.lemma.lower() or low in units.word_set("casualty_words"):
        return False
    nxt = words[k + 1].group(1).lower()
    if nxt in stop_words() or nxt in units.word_set("casualty_words") or (
        nxt in units.word_set("verbs") and (singular or nxt not in units.word_set("verb_nouns"))
    ):
        return False
    if units.noun(nxt) is not None or nxt in units.word_set("verb_nouns"):
        return True  # (a verb noun here: the test above let it through only after a plural count)
    return noun.claim_type == "equipment_count" and _plural(nxt) and not _DESIGNATOR_WORD.fullmatch(words[k + 1].group(1))


def adverb(low: str) -> bool:
    """A lowercase word ending in -ly that is no noun of nouns.toml [ly_nouns]: "seriously", not "family"."""
    return low.endswith("ly") and low not in units.word_set("ly_nouns")


def counted(text: str, pos: int, hi: int, singular: bool = False) -> Counted | None:
    """The counted noun and its modifiers after `pos` ("North Korean troops"), if there is one.

    A known noun may follow up to three modifiers; an unknown one counts only right after the number,
    plural ("4,000 subscribers"), or singular after "one" ("one proposal").

    The words start after spaces: with none at `pos` there is no word, and no noun (tested first).
    Up to five words are read, the first two at once, each further one when the loop reaches the word
    before it (it looks one word ahead): most phrases end at their first or second word, and the words
    read are those `words_after(text, pos, hi, 5, _MOD_WORD, _MOD_WORD)` gives, as far as the loop goes.
    """
    if pos >= hi or text[pos] not in " \t\u00a0":
        return None
    words = words_after(text, pos, hi, 2, _MOD_WORD, _MOD_WORD)
    more = len(words) == 2  # whether a further word may follow (and the five are not read yet)
    verbs = units.word_set("verbs")
    stop = stop_words()
    head = None
    passed = 0  # designators and conjunctions passed on the way to the head: not counted as modifiers
    for k, w in enumerate(words):  # (the loop reads what is appended to `words` as it goes)
        if more and k + 1 == len(words):
            after = _MOD_WORD.match(text, w.end(), hi)
            if after is None:
                more = False
            else:
                words.append(after)
                more = len(words) < 5
        word = w.group(1)
        low = word.lower()
        # (a designator holds a digit; a word of letters only is none, a cheaper test than the pattern)
        if (not word.isalpha() and _DESIGNATOR_WORD.fullmatch(word)) or (k > 0 and passed and word[0].isupper() and
                                                                        _DESIGNATOR_WORD.fullmatch(words[k - 1].group(1))):
            if _plural(low) and word[-2].isdigit() and k == 0:  # "two F-16s": the designator is the noun
                head = (k, units.Noun(word[:-1], "equipment_count"))
                break
            passed += 1
            continue  # a designator ("737 Max") modifies the noun after it
        if low in ("and", "or") and 0 < k < len(words) - 1 and not (
            _plural(words[k - 1].group(1).lower()) or words[k - 1].group(1).lower() in stop
        ):
            passed += 1
            continue  # coordinated modifiers: "digital and print copies"
        if k + 1 < len(words):
            pair = units.noun(f"{low} {words[k + 1].group(1).lower()}")
            if pair:
                head = (k + 1, pair)
                break
        noun = units.noun(low)
        if noun is not None and low not in stop:
            if _compound(words, k, noun, singular):
                continue
            head = (k, noun)
            break
        unit = units.unit_word(word) if k > 0 else None
        if unit is not None and unit.kind not in ("money", "proportion"):
            # "517 rushing yards", "50 previous years": a unit after a modifier
            return Counted(w.end(), text[words[0].start(1) : w.end()], unit=unit)
        if (low in stop and low not in _MODIFIERS) or (low in verbs and not (
            low in units.word_set("verb_nouns") and (k == 0 or not _plural(words[k - 1].group(1).lower()))
        )) or k - passed >= 3 or "'" in low or "\u2019" in low:
            break  # (a verb right after the number or a modifier may be a plural noun: "7 votes", "306 electoral votes")
        known_next = k + 1 < len(words) and (units.noun(words[k + 1].group(1).lower()) is not None or (
            word[0].isupper() and words[k + 1].group(1).islower() and _plural(words[k + 1].group(1))
            and words[k + 1].group(1) not in verbs
        ))  # a name before a plural noun modifies it: "8 million Windows devices", "30 Jets players"
        plural = _plural(low) or (word[-1] == "s" and _ACRONYMS.fullmatch(word) is not None)
        if plural and not known_next and (word[0].islower() or k > 0 or low not in stop):
            head = (k, units.Noun(word[:-1] if word[0].isupper() else _singular(low), "count"))
            break
        if (k == 0 and singular and word.islower() and len(low) > 2 and not adverb(low)  # ("one seriously")
                and low not in units.word_set("not_counted_after_one")):  # ("one short of the record")
            head = (0, units.Noun(low, "count"))
            break
    if head is None:
        return None
    k, noun = head
    skip = 1 if k > 0 and words[0].group(1).lower() in _HOW_MANY_MORE else 0
    first, last = words[skip].start(1), words[k].end()
    # participles that make the head a casualty count: "men dead and injured", "people killed"
    end = _participles(text, last, hi)
    casualty = end > last
    entity = text[first:end]
    if not casualty and (kind_of := _kind_of(text, end, hi)) is not None:
        entity = f"{entity} {kind_of}"  # "40 barrels of crude oil", "six rounds of talks"
    return Counted(end, entity, noun=noun, casualty=casualty)


_OF_KIND = re.compile(rf"{_S}+(of{_S}+)(?=[a-z])")


def _kind_of(text: str, pos: int, hi: int) -> str | None:
    """'of' and a bare noun phrase after a counted head, saying what the things are made of or
    about ("barrels of crude oil", "rounds of talks"); not a determined phrase ("members of the
    team": whose, not what kind)."""
    m = _OF_KIND.match(text, pos, hi) if text[pos + 1 : pos + 2] in "o \t\u00a0" else None  # (spaces, then "of")
    if m is None:
        return None
    np = noun_phrase(text, m.end(), hi, 3, preps=False)
    if np is None or np[0].split()[0].lower() in stop_words() or np[0].split()[0].lower() in _DETERMINERS:
        return None
    return "of " + np[0]


_HYPHEN_NOUN = re.compile(r"[-\u2010\u2011]([a-z]{3,})(?=[ \t\u00a0]+[A-Za-z])")
# hyphen compounds that do not count anything ("a two-time champion", "a two-way street", "a
# one-sided match"); units ("five-year plan") and idioms are read before this
_NOT_COUNTED = frozenset("time times way sided fold odd ish plus strong".split())  # ("-strong": claims reads it)


def hyphen_noun(text: str, pos: int, hi: int) -> Counted | None:
    """A counted noun fused to its number as a compound modifier: "a six-cylinder engine", "a
    four-door car", "a 12-member board" (6 cylinders, 4 doors, 12 members). The entity is the noun
    the compound modifies ("engine"): the counted word is the unit, as "pound" is in "3,000-pound bombs"."""
    m = _HYPHEN_NOUN.match(text, pos, hi)
    if m is None:
        return None
    word = m.group(1)
    if word in _NOT_COUNTED or word in stop_words() or word in units.word_set("verbs") or word.endswith(("ing", "ly")) or (
        word.endswith("ed") and len(word) > 3  # a participle ("a two-tiered system"), not "a four-bed home"
    ):
        return None
    lemma = _singular(word) if _plural(word) else word
    noun = units.noun(lemma) or units.Noun(lemma, "count")
    modified = modified_noun(text, m.end(), hi)
    return Counted(m.end(), modified or word, noun=noun)


def entity_of(text: str, pos: int, hi: int) -> str | None:
    """The thing a proportion, duration or vague figure is of: "of the troops in his platoon",
    "half the territory"."""
    m = _OF.match(text, pos, hi) or _DET.match(text, pos, hi)
    if not m:
        return None
    start = m.end() if m.re is _OF else m.start(1)
    np = noun_phrase(text, start, hi)
    if not np:
        return None
    return np[0] if m.re is _OF else text[start : np[1]]


def of_phrase_span(text: str, pos: int, hi: int, limit: int = 3) -> tuple[str, int] | None:
    """The noun phrase after "of" and where it ends ("2\u00bd years of war" -> "war")."""
    m = _OF.match(text, pos, hi)
    if not m:
        return None
    return noun_phrase(text, m.end(), hi, limit, preps=False)  # "18 inches of snow [on Buffalo]"


def of_phrase(text: str, pos: int, hi: int, limit: int = 3) -> str | None:
    """The noun phrase after "of" ("2\u00bd years of war" -> "war")."""
    np = of_phrase_span(text, pos, hi, limit)
    return np[0] if np else None


_IN = re.compile(rf"{_S}+in{_S}+(?=[a-z])")
_YEAR_AFTER = re.compile(rf"{_S}+\d")  # a number right after the phrase: a year it names


def in_phrase(text: str, pos: int, hi: int, limit: int = 3) -> str | None:
    """What an amount of money is, after "in" ("$1.2 billion in military aid" -> "military aid"); a
    place or a date after "in" is no entity (it starts with a capital or a digit)."""
    # (spaces, then "in": after one space the "in" is in the first four characters, or a second space follows)
    m = _IN.match(text, pos, hi) if "in" in text[pos : pos + 4] or text[pos + 1 : pos + 2] in " \t\u00a0" else None
    if not m:
        return None
    np = noun_phrase(text, m.end(), hi, limit, preps=False)
    if not np or any(ch.isupper() for ch in np[0]) or np[0].split()[0] in stop_words():
        return None
    following = [w.group(1) for w in words_after(text, m.end(), hi, limit, _WORD0)]
    if any((u := units.unit_word(w)) is not None and u.kind == "duration" for w in following):
        return None  # "in recent years", "in the past month": when, not what
    if _YEAR_AFTER.match(text, np[1], hi):
        return None  # "in fiscal 2023", "in fiscal year 2024": when, not what
    return np[0]


def modified_noun_span(text: str, pos: int, hi: int) -> tuple[str, int] | None:
    """The noun a compound modifies and where it ends ("a 30-year-old battalion commander",
    "3,000-pound bombs"; none after "the 23-year-old signed a deal": noun_phrase stops at a verb
    with its object)."""
    np = noun_phrase(text, pos, hi, 3, preps=False)
    if np is None or np[0].split()[0].lower() in stop_words():
        return None
    return np


def modified_noun(text: str, pos: int, hi: int) -> str | None:
    """The noun a compound modifies ("a 30-year-old battalion commander", "3,000-pound bombs")."""
    np = modified_noun_span(text, pos, hi)
    return np[0] if np else None


_WEIGHING = re.compile(
    rf"(?<![\w-])(?P<np>[A-Za-z][A-Za-z-]*(?:{_S}+[A-Za-z][A-Za-z-]*)?)"
    rf"(?:,?{_S}+(?:that|which))?{_S}+(?:weighing|weighs|weighed|weigh|of){_S}+\Z",
    re.IGNORECASE,
)


def weighed_thing(text: str, lo: int, start: int) -> str | None:
    """What a weight is of, written before it: "glide bombs weighing one ton" -> "glide bombs"."""
    m = back(_WEIGHING, text, lo, start, 60)
    if not m or m.group("np").split()[-1].lower() in ("and", "but", "or"):
        return None  # "5 feet tall and weighs 120 pounds": the subject is left out
    if m.group("np").split()[-1].lower() in units.word_set("amount_words"):
        return None  # "an average of 5.2kg", "a total of 40 tonnes of aid": how the amount is taken, not what weighs it
    words = [w for w in m.group("np").split() if w.lower() not in stop_words()]
    return " ".join(words) or None


_NONSPACE = re.compile(r"\S+")
_NP_WORD = r"[A-Za-z][A-Za-z'\u2019-]*"  # a word of the noun phrase before a figure's verb


def _people_subject(np: str) -> int:
    """The length of the count of people naming none that ends the noun phrase (nouns.toml
    [people_subjects]: "attendance", "class sizes"), or 0."""
    subjects = units.word_set("people_subjects")
    words = np.split()
    if len(words) > 1 and " ".join(words[-2:]).lower() in subjects:
        return len(np) - np.rfind(words[-2], 0, len(np) - len(words[-1]))
    return len(words[-1]) if words[-1].lower() in subjects else 0


@lru_cache(maxsize=1)
def _counting_verb_ends() -> frozenset[str]:
    return frozenset(v.split()[-1].lower() for v in units.word_set("counting_verbs"))


@lru_cache(maxsize=1)
def _counting_subject() -> re.Pattern[str]:
    """Up to three words (the subject's head last), a place or group after it ("in the region", "of
    the army"), an auxiliary and an adverb, and a verb of nouns.toml [counting_verbs], ending at a
    figure."""
    verbs = alternation(units.word_set("counting_verbs"))
    preps = "in|on|near|at|inside|across|of|among|for|from|with"
    # (an auxiliary or a preposition is no word of the subject's head)
    word = rf"(?!(?:has|have|had|is|are|was|were|been|now|{preps})\b){_NP_WORD}"
    return re.compile(
        rf"(?<![\w'\u2019-])(?P<np>(?:{word}{_S}+){{0,2}}(?P<head>{word})"
        rf"(?:{_S}+(?:{preps}){_S}+(?:{word}{_S}+){{0,2}}?{word})?)"
        rf"{_S}+(?:(?:has|have|had|is|are|was|were)(?:{_S}+been)?{_S}+)?(?:(?:now|[a-z]+ly){_S}+)?"
        rf"(?:{verbs}){_S}+\Z"
    )


@lru_cache(maxsize=1)
def _estimated_object() -> re.Pattern[str]:
    """A verb of nouns.toml [estimating_verbs], its object (a determiner, up to three words, the head
    last) and "at", ending at a figure."""
    verbs = alternation(units.word_set("estimating_verbs"))
    return re.compile(
        rf"(?<![\w-])(?:{verbs}){_S}+(?:(?:the|its|their|his|her|our|these|those){_S}+)?"
        rf"(?P<np>(?:{_NP_WORD}{_S}+){{0,2}}(?P<head>{_NP_WORD})){_S}+at{_S}+\Z"
    )


def counting_subject(text: str, lo: int, start: int) -> Counted | None:
    """What a bare figure counts when its subject states its number: "Russian forces in the region
    number about 50,000" (forces), "the garrison is estimated at 2,000"; or the object of a verb that
    estimates it: "The Pentagon estimates Russian casualties at more than 600,000". The head must be
    a counted noun of nouns.toml; the entity is the phrase as written, without its determiner."""
    tail = text[start - 12 if start - 12 > lo else lo : start].rsplit(None, 1)
    if not tail or tail[-1].lower() not in _counting_verb_ends():
        return None  # the cheap test first: the verb's last word ends right before the figure
    if tail[-1].lower() == "at" and (e := back(_estimated_object(), text, lo, start, 60)) is not None:
        # "estimates Russian casualties at 600,000", "put its losses at 38,000": the object is counted
        if (noun := units.noun(e.group("head").lower())) is not None:
            return Counted(start, e.group("np"), noun, None, False)
    m = back(_counting_subject(), text, lo, start, 80)
    if m is None:
        return None
    noun = units.noun(m.group("head").lower())
    first = m.start("head")
    if noun is None and (people := _people_subject(text[m.start("np") : m.end("head")])):
        noun = units.noun("people")  # "Class sizes average 27", "Attendance rose to 31,000"
        first = m.end("head") - people
    if noun is None:
        return None  # ("the number of troops rose to 5,000" is quantclaims.borrowing's)
    # the head's modifiers: the capitalised words right before it ("Officials say Russian forces":
    # "Russian"; a lower-case word there may as well be a verb)
    for w in reversed(list(_NONSPACE.finditer(text, m.start("np"), first))):
        if not w.group()[:1].isupper() or w.group().lower() in _DETERMINERS:
            break
        first = w.start()
    return Counted(start, text[first : m.end("np")], noun, None, False)
