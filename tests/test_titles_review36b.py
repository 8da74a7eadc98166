"""Review of round 36's titles, second look (our own sentences): a title opened by "since", "until" ... that runs
on into the main clause is that clause's subordinate clause alone, and is not cut when the verb is the main
clause's; words about a subject between commas right after a date in the subject are no object of the participle
before it. TITLES fail on main before the fix (98f0f4d); KEPT are look-alikes that guard what the fix leaves alone.
The fixes are the reader's repairs: the typer reads the titles made without them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_titles_review32 import assert_repairs_change_the_title_alone, title_of

PUBLISHED = date(2025, 3, 12)  # a Wednesday

# (text, the event's date as written, its title)
TITLES = [
    # a clause opened by "since", "until", "though" ... with a comma closing it: the title ends at the comma
    ("Since the mine closed in 2014, the valley has lost half its people.", "2014", "The mine closed"),
    # a noun phrase after "since" and the main clause's verb: "since" stays, the title says nothing wrong
    ("Since his arrival in 2021, the director has doubled ticket sales.", "2021",
     "Since his arrival the director has doubled ticket sales"),
    ("Since their merger in 2017, the two banks have closed 90 branches.", "2017",
     "Since their merger the two banks have closed 90 branches"),
    # words about the subject right after a date in it: not the object of the participle before the date
    ("The nurse hired in May, a 30-year-old from Derby, resigned last week.", "May", "The nurse hired"),
    ("The climber injured on Saturday, a 19-year-old student, flew home last night.", "Saturday",
     "The climber injured"),
]

KEPT = [
    # a clause opened by "since" closed by the sentence's end, or with its verb before the comma (round 36)
    ("Rainfall in March was the lowest in Spain since records began in 1961.", "1961", "Records began"),
    ("Until the ferry was repaired in June, islanders could not leave the island.", "June",
     "The ferry was repaired"),
    # "since" with no subject of its own
    ("Since winning the title in 2019, the club has sold its best players.", "2019",
     "Since winning the title the club has sold its best players"),
    # words about the subject between commas with a verb of their own after the date
    ("Until the curfew was lifted in May, shops could not open.", "May", "The curfew was lifted"),
    # the aside not right after the date, or about the subject before its verb (round 36)
    ("The singer, 45, cancelled her tour on Monday.", "Monday", "The singer cancelled her tour"),
    ("The court fined two firms, both of them Dutch, on Friday.", "Friday", "The court fined two firms"),
    ("The council sacked two wardens, both hired in 2019, on Monday.", "Monday",
     "The council sacked two wardens, both hired in 2019"),
]


@pytest.mark.parametrize("text, expression, title", TITLES + KEPT, ids=[f"{s[2]} ({s[1]})" for s in TITLES + KEPT])
def test_title(text: str, expression: str, title: str) -> None:
    assert title_of(text, expression, PUBLISHED) == title


@pytest.mark.parametrize("text", [s[0] for s in TITLES + KEPT])
def test_the_repairs_change_the_title_alone(text: str) -> None:
    assert_repairs_change_the_title_alone(text, PUBLISHED)
