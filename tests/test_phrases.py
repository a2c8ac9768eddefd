"""Counted nouns, noun phrases and what a figure is of."""

import pytest

from quantclaims import phrases


def after(text, number):
    return text.index(number) + len(number)


@pytest.mark.parametrize(
    ("text", "number", "entity", "lemma", "claim_type"),
    [
        ("Some 10,000 North Korean troops arrived.", "10,000", "North Korean troops", "troop", "force_size"),
        ("They lost 12 armored vehicles.", "12", "armored vehicles", "vehicle", "equipment_count"),
        ("About 300 people fled.", "300", "people", "person", "count"),
        ("The club signed 3 promising young strikers.", "3", "promising young strikers", "striker", "count"),
        ("Then 3 more Russians appeared.", "3", "Russians", "Russian", "count"),
        ("About 60 commercial fishermen work here.", "60", "commercial fishermen", "fisherman", "count"),
        ("Two companies merged.", "Two", "companies", "company", "count"),
    ],
)
def test_counted(text, number, entity, lemma, claim_type):
    c = phrases.counted(text, after(text, number), len(text))
    assert (c.entity, c.noun.lemma, c.noun.claim_type) == (entity, lemma, claim_type)
    assert text[: c.end].endswith(entity)


def test_casualty_participles_extend_the_noun():
    text = "It loses 1,200 men dead and injured a day."
    c = phrases.counted(text, after(text, "1,200"), len(text))
    assert c.casualty and c.entity == "men dead and injured"


def test_unit_after_a_modifier():
    text = "The defense allowed 517 rushing yards."
    c = phrases.counted(text, after(text, "517"), len(text))
    assert c.unit.lemma == "yard" and c.noun is None and c.entity == "rushing yards"


@pytest.mark.parametrize(
    "text",
    ["About 40 said yes.", "Of the 50, most left.", "He counted 30 previous.", "It was 5 across."],
)
def test_no_counted_noun(text):
    number = next(w for w in text.split() if w[0].isdigit()).strip(",")
    assert phrases.counted(text, after(text, number), len(text)) is None


def test_singular_only_after_one():
    text = "The town has one hospital left."
    assert phrases.counted(text, after(text, "one"), len(text), singular=True).noun.lemma == "hospital"
    assert phrases.counted(text, after(text, "one"), len(text)) is None


@pytest.mark.parametrize(
    ("text", "number", "entity"),
    [
        ("Ninety percent of the troops in his platoon are conscripts.", "Ninety percent", "the troops in his platoon"),
        ("Russia retook nearly half the territory that Ukraine seized.", "half", "the territory"),
        ("Two-thirds of the budget went to defense.", "Two-thirds", "the budget"),
    ],
)
def test_entity_of(text, number, entity):
    assert phrases.entity_of(text, after(text, number), len(text)) == entity


def test_modified_noun_and_of_phrase():
    text = "a 30-year-old battalion commander with the brigade"
    assert phrases.modified_noun(text, after(text, "30-year-old"), len(text)) == "battalion commander"
    text = "A 30-second ad costs $7 million."
    assert phrases.modified_noun(text, after(text, "30-second"), len(text)) == "ad"
    text = "2\u00bd years of war, as each side"
    assert phrases.of_phrase(text, after(text, "years"), len(text)) == "war"


def test_weighed_thing():
    text = "Russian glide bombs weighing one ton crash"
    assert phrases.weighed_thing(text, 0, text.index("one")) == "glide bombs"  # the noun and one modifier
