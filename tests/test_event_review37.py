"""Round 37's builder changes. Each table's rows fail on the code before the fix they come with, except the
look-alikes, which guard what the builder's rules must still do."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_event_review29 import Span, _assert_spans

# two days running joined by "and" before the verb they date are one span, also when a sentence with a verb of its
# own comes before (that verb is no verb of this clause); two years running told under one "in" of anything but a
# thing that comes once a year are one stretch over both
# (publication date, text, the events' spans, sorted; 17 May 2024 is a Friday)
JOINED = [
    (date(2024, 5, 17), "The regatta opened quietly.\nGales on Monday and Tuesday kept the yachts in the harbour.",
     [(date(2024, 5, 13), date(2024, 5, 14))]),
    (date(2024, 5, 17), "Crowds were thin. Floods on Tuesday and Wednesday closed the mountain road.",
     [(date(2024, 5, 14), date(2024, 5, 15))]),
    (date(2024, 5, 17), "The musical, put on at the old mill in 2019 and 2020, drew 40,000 people.",
     [(date(2019, 1, 1), date(2020, 12, 31))]),
    (date(2024, 5, 17), "Chile last saw a dengue wave this large in 2009 and 2010, along its northern coast.",
     [(date(2009, 1, 1), date(2010, 12, 31))]),
    # look-alikes: a new clause after the second day; a yearly event's editions and a title won stay two; years apart
    (date(2024, 5, 17), "The ferry sank. Divers searched on Monday and Tuesday the navy took over.",
     [(date(2024, 5, 13), date(2024, 5, 13)), (date(2024, 5, 14), date(2024, 5, 14))]),
    (date(2024, 5, 17), "The harvest parade was called off in 2020 and 2021.",
     [(date(2020, 1, 1), date(2020, 12, 31)), (date(2021, 1, 1), date(2021, 12, 31))]),
    (date(2024, 5, 17), "In 2011 and 2012 the rowing club won the national title.",
     [(date(2011, 1, 1), date(2011, 12, 31)), (date(2012, 1, 1), date(2012, 12, 31))]),
    (date(2024, 5, 17), "The musical was put on at the old mill in 2016 and 2019.",
     [(date(2016, 1, 1), date(2016, 12, 31)), (date(2019, 1, 1), date(2019, 12, 31))]),
]


@pytest.mark.parametrize("published, text, spans", JOINED, ids=[s[1][:40] for s in JOINED])
def test_two_units_running_joined(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# a report on its day that tells nothing done (too early to tell, nothing found, a thing only to be weighed, going on
# as before) is no event of that day; a report of a thing done or planned keeps its day
# (17 May 2024 is a Friday)
NOTHING_DONE = [
    (date(2024, 5, 17), "The harbour master said on Wednesday it was too soon to count the boats lost.", []),
    (date(2024, 5, 17), "Auditors said on Monday they had found nothing to show the accounts were forged.", []),
    (date(2024, 5, 17), "The union said on Tuesday that its members would consider the offer.", []),
    (date(2024, 5, 17), "The governor said on Thursday that his cabinet would stay on.", []),
    # look-alikes: a thing found, one planned, one done; a weighing dated by a date of its own
    (date(2024, 5, 17), "Divers said on Wednesday they had found two more bodies in the wreck.",
     [(date(2024, 5, 15), date(2024, 5, 15))]),
    (date(2024, 5, 17), "The union said on Tuesday that its members would strike.",
     [(date(2024, 5, 14), date(2024, 5, 14))]),
    (date(2024, 5, 17), "The governor said on Thursday that the mill had closed.",
     [(date(2024, 5, 16), date(2024, 5, 16))]),
    (date(2024, 5, 17), "The union said on Tuesday that its members would consider the offer on June 3.",
     [(date(2024, 6, 3), date(2024, 6, 3))]),
]


@pytest.mark.parametrize("published, text, spans", NOTHING_DONE, ids=[s[1][:40] for s in NOTHING_DONE])
def test_a_report_of_nothing_done(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)
