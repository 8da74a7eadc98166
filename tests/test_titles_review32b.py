"""Review of round 32's title repairs (our own sentences): kinds of wrong titles the repairs made, fixed. Each row
fails on the merged code before the fix (7ac6013), except the look-alikes, which guard what the fix leaves alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_titles_review32 import without_and_with_repairs
from timeline.events import events_for_document
from timeline.model import Document

PUBLISHED = date(2024, 6, 14)  # a Friday

# (text, the event's date as written, its title)
TITLES = [
    # a participle opening words about the subject after its comma ("The firm, based in Oslo, was ...") is not the
    # subject's verb: the subject carried to the verb after "and" keeps its "was"
    ("The firm, based in Oslo, was founded in 1990 and sold in 2015.", "2015", "The firm was sold"),
    ("The drug, made in Germany, was tested in 2020 and approved in 2021.", "2021", "The drug was approved"),
    # (look-alikes: a verb after the words about the subject, their closing comma before it)
    ("The coach, a former goalkeeper, joined the club in 2019 and left in 2022.", "2022", "The coach left"),
    ("The mayor, elected in 2018, cut taxes in 2019 and raised them in 2021.", "2021", "The mayor raised them"),
    # (a figure's comma opens no words about the subject)
    ("The region of about 40,000 farms suffered a drought last year and expects rain this year.", "this year",
     "The region of about 40,000 farms expects rain"),
    # a word right after a preposition is a noun, not a simple past that ends the subject ("the cost of rent")
    ("The cost of rent in the big cities rose in 2022 and will rise again this year.", "this year",
     "The cost of rent will rise again"),
    # a long subject told by its head keeps the noun the head is "of" ("The price of bread", not "The price")
    ("The price of bread in the capital rose in May and will rise again in July.", "July",
     "The price of bread will rise again"),
    ("A panel of judges in the high court heard the case in March and will rule in June.", "June",
     "A panel of judges will rule"),
    # (look-alike: a head before "from" is told alone, as the round made it)
    ("A convoy from the aid agency of the region left in May and will arrive on Thursday.", "Thursday",
     "A convoy will arrive"),
]


# the title code's pattern for a deadline told as a clause ("before the summer ends") had the dating code's name
# (_IS_OUT) and took its place there, so the dating read past forms as deadlines too; both now have names of their
# own (_DEADLINE_OUT, _A_UNIT_IS_OUT), and the dating code's own pattern decides: a present "ends", "runs out" is a
# deadline from the news day, as "is out" (the builder's review 32b), and the title never shows the deadline's words
DATED_AS_BEFORE = [
    ("The builders promised to finish the roof before the summer ends.", "the summer ends", "2024-06-14/2024-08-31"),
    ("The party wants a deal before the year runs out.", "the year runs out", "2024-06-14/2024-12-31"),
    # (look-alike: "is out" is the dating code's own, a deadline to the end of the month)
    ("The council promised a budget before the month is out.", "the month is out", "2024-06-14/2024-06-30"),
]


@pytest.mark.parametrize("text, expression, value", DATED_AS_BEFORE, ids=[s[1] for s in DATED_AS_BEFORE])
def test_dated_by_the_dating_code(text: str, expression: str, value: str) -> None:
    events = events_for_document(Document("x", text, PUBLISHED))
    assert [(e.expression, e.value) for e in events] == [(expression, value)]


@pytest.mark.parametrize("text, expression, title", TITLES, ids=[f"{s[2]} ({s[1]})" for s in TITLES])
def test_title(text: str, expression: str, title: str) -> None:
    events = events_for_document(Document("x", text, PUBLISHED))
    event = next((e for e in events if e.expression == expression), None)
    assert event is not None, [(e.expression, e.title) for e in events]
    assert event.title == title, [(e.expression, e.title) for e in events]


@pytest.mark.parametrize("text", [t for t, _, _ in TITLES], ids=[s[2] for s in TITLES])
def test_typed_as_without_repairs(text: str) -> None:
    # the repairs are the reader's: dates and types are those of the titles made without them
    doc = Document("x", text, PUBLISHED)
    plain, repaired = without_and_with_repairs(doc)
    assert [(e.expression, e.value, e.type, e.second_type, e.confidence) for e in repaired] == [
        (e.expression, e.value, e.type, e.second_type, e.confidence) for e in plain]
