"""Review of round 36's tagger change: rows it got wrong (each failing on main before this review's fix), with
look-alikes that guard what the fix must leave alone: the text, type and value of every expression in a sentence, told
on a given day. Sentences in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger import tag

THU = date(2025, 6, 12)  # a Thursday

CASES = [
    # a day that opens the sentence is the day of a saying, not of the clock in what was said
    (THU, "On Tuesday, the mayor said the ferry would sail at 7am.",
     [("Tuesday", "DATE", "2025-06-10"), ("7am", "TIME", "2025-06-12T07:00")]),
    (THU, "Yesterday the regulator confirmed the market will reopen at 9am.",
     [("Yesterday", "DATE", "2025-06-11"), ("9am", "TIME", "2025-06-12T09:00")]),
    # ... nor the day of a clock with a date of its own right after it
    (THU, "Yesterday it was revealed that the vault was opened at 2am last week.",
     [("Yesterday", "DATE", "2025-06-11"), ("2am", "TIME", "2025-06-12T02:00"), ("last week", "DATE", "2025-W23")]),
    # a later clock joined to one the opening day framed is in that frame too
    (THU, "On Saturday the fair opens at 10am and closes at 6pm.",
     [("Saturday", "DATE", "2025-06-14"), ("10am", "TIME", "2025-06-14T10:00"), ("6pm", "TIME", "2025-06-14T18:00")]),
    # guards: a report told after the clause, an opening day with a clock of its own clause, an overnight pair
    (THU, "Yesterday the roof collapsed at 4pm, firefighters said.",
     [("Yesterday", "DATE", "2025-06-11"), ("4pm", "TIME", "2025-06-11T16:00")]),
    (THU, "Tomorrow the tunnel shuts at 11pm for repairs.",
     [("Tomorrow", "DATE", "2025-06-13"), ("11pm", "TIME", "2025-06-13T23:00")]),
    (THU, "On Saturday the club opens at 11pm and shuts at 3am.",
     [("Saturday", "DATE", "2025-06-14"), ("11pm", "TIME", "2025-06-14T23:00"), ("3am", "TIME", "2025-06-12T03:00")]),
    # a count of weeks back to the day ("today", "to the day") keeps its day, not the week
    (THU, "Five weeks ago today, the dam gave way.",
     [("Five weeks ago", "DATE", "2025-05-08"), ("today", "DATE", "2025-06-12")]),
    (THU, "The miners walked out eight weeks ago to the day.", [("eight weeks ago", "DATE", "2025-04-17")]),
    # guard: a round count of weeks alone tells the week
    (THU, "The miners walked out eight weeks ago.", [("eight weeks ago", "DATE", "2025-W16")]),
    # a year before an event's name and a noun of the list is that event's year, no model year
    (THU, "The 2021 Census models understated the growth of the town.", [("2021", "DATE", "2021")]),
    (THU, "Shops ran out of 2026 World Cup models.", [("2026", "DATE", "2026")]),
    # years that bound a span ("from ... to", "between ... and") are dates of what was done in them
    (THU, "From 2012 to 2016 Renault vans led the market.", [("2012", "DATE", "2012"), ("2016", "DATE", "2016")]),
    (THU, "Between 2014 and 2017 Fiat cars were fitted with the faulty part.",
     [("2014", "DATE", "2014"), ("2017", "DATE", "2017")]),
    # guards: a model year before a make and a noun of vehicles, alone or as a pair
    (THU, "Owners of 2019 Subaru Outback cars were sent letters.", []),
    (THU, "The firm recalled 2016 and 2017 Volvo trucks.", []),
    # (the lead's review of the builder's season rule) a season under way or next after "ahead of" / "before" in a
    # past clause is the one ahead; one further ahead is last year's
    (THU, "The council set the tax on Monday ahead of the summer crowds.",
     [("Monday", "DATE", "2025-06-09"), ("the summer", "DATE", "2025-SU")]),
    (THU, "Breeders sold their lambs before the autumn.", [("the autumn", "DATE", "2025-FA")]),
    (THU, "The club closed its doors before the winter.", [("the winter", "DATE", "2024-WI")]),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES)
def test_review36b_rows(dct: date, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type.value, t.value) for t in tag(text, dct)] == expected
