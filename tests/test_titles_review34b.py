"""Review of round 34's title repairs (our own sentences): kinds of wrong titles the repairs made, fixed. Each row
of TITLES fails on the merged code before the fix (c148609); KEPT are look-alikes that guard what the fix leaves
alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_titles_review32 import assert_repairs_change_the_title_alone, title_of

PUBLISHED = date(2025, 3, 12)  # a Wednesday

# (text, the event's date as written, its title)
TITLES = [
    # a relative clause's verb comes before the date its "before"/"until" opens: the verb after the date is the
    # subject's own, not the date's clause ("The troops who arrived before dawn seized the airport")
    ("The climbers who set off before dawn reached the summit.", "dawn", "The climbers reached the summit"),
    ("The guards who slept until noon lost their jobs.", "noon", "The guards lost their jobs"),
    # a place after the date is the event's, not a phrase of the date's own
    ("Three years ago in Lisbon, the ministers signed a pact.", "Three years ago",
     "In Lisbon the ministers signed a pact"),
    ("Last month in Dakar, the rivals shook hands.", "Last month", "In Dakar the rivals shook hands"),
    ("On Tuesday at the Old Bailey, the jury cleared him.", "Tuesday", "At the Old Bailey the jury cleared him"),
    # a title going on past the when-clause to the verb of the subject before it: the subject's own verb
    ("The feud that began when the brothers split the farm in 1990 ended on Monday.", "Monday", "The feud ended"),
    # (the date before that verb is the when-clause's: its subject and its own words)
    ("The feud that began when the brothers split the farm in 1990 ended on Monday.", "1990",
     "The brothers split the farm"),
    ("The row that began when the landlord raised the rent in 2021 has cost him dearly.", "2021",
     "The landlord raised the rent"),
    # the date between "and" and the verb: the verb shares the sentence's subject; "early" is nobody's name
    ("The flood crept along the valley overnight and early on Sunday reached the town.", "Sunday",
     "The flood reached the town"),
]

# look-alikes: right before the fix and after it
KEPT = [
    # the verb of the date's own clause still goes with the date
    ("Lifeguards will patrol the beach every day from June until August is over.", "June until August",
     "Lifeguards will patrol the beach every day"),
    # a phrase of the date's own still goes
    ("On Sunday at dusk, the crowd went home.", "Sunday", "The crowd went home"),
    # (a name that is a time of its own, a holiday, is the date's too)
    ("On Monday at Christmas, the queen spoke.", "Monday", "The queen spoke"),
    ("Five years ago to the day, the mine flooded.", "Five years ago to the day", "The mine flooded"),
    # the when-clause holding the date is still the title
    ("The club ended a slump that started when its captain left in March.", "March", "The club's captain left"),
    # a subject after "and" with the date after it is its own verb's
    ("The bank cut jobs in May and the union on Friday called a strike.", "Friday", "The union called a strike"),
    # the first clause's subject for the second clause's date, its verb told with an auxiliary
    ("The bank raised rates in March and in May lowered them.", "May", "The bank lowered them"),
    ("The firm was fined in March and in May closed its doors.", "May", "The firm closed its doors"),
]


@pytest.mark.parametrize("text, expression, title", TITLES + KEPT, ids=[f"{s[2]} ({s[1]})" for s in TITLES + KEPT])
def test_title(text: str, expression: str, title: str) -> None:
    assert title_of(text, expression, PUBLISHED) == title


@pytest.mark.parametrize("text, expression, wrong", [
    ("Officials said the firm closed the plant in May and in June sacked 300 workers.", "June",
     "Officials sacked 300 workers"),
    ("Analysts believe the bank raised rates in March and in May lowered them.", "May", "Analysts lowered them"),
])
def test_the_second_clause_takes_no_reporters_subject(text: str, expression: str, wrong: str) -> None:
    # the words before the first clause's verb hold a verb of their own ("said", "believe"): whose the second
    # clause's verb is, they do not tell, and the reporters did not do it
    assert title_of(text, expression, PUBLISHED) != wrong


@pytest.mark.parametrize("text", [s[0] for s in TITLES + KEPT])
def test_the_repairs_change_the_title_alone(text: str) -> None:
    assert_repairs_change_the_title_alone(text, PUBLISHED)
