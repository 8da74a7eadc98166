"""Review of round 35's tagger change: right-to-wrong cases its new rules brought, each a row that fails before the
review's fix, with look-alike guards the fix must leave alone (text, type and value of every expression, told on a
given day). Sentences in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger import tag

MON = date(2021, 4, 26)  # a Monday
DEC = date(2024, 12, 9)
MAY = date(2019, 5, 10)

CASES = [
    # R1: a weekday said of a noun after 'of a' / 'on a' is a near day, as 'a Friday deadline' is; only a weekday
    # standing alone after them is some such day
    (MON, "Oil prices slipped ahead of a Thursday deadline.", [("Thursday", "DATE", "2021-04-22")]),
    (MON, "Bonds rallied at the close of a Friday session.", [("Friday", "DATE", "2021-04-23")]),
    (MON, "The chief executive spoke on a Wednesday call with reporters.", [("Wednesday", "DATE", "2021-04-21")]),
    (MON, "The senator said on a Sunday morning talk show that she would stand.",
     [("Sunday morning", "TIME", "2021-04-25TMO")]),
    # guards: a weekday alone, before a preposition, a shift word or a verb stays some such day
    (MON, "The referendum is held on a Thursday.", [("Thursday", "DATE", "XXXX-WXX-4")]),
    (MON, "The quake struck in the small hours of a Tuesday in spring.",
     [("Tuesday", "DATE", "XXXX-WXX-2"), ("spring", "DATE", "2021-SP")]),
    (MON, "New Year's Day falling on a Sunday is unusual.", [("New Year's Day", "DATE", "2021-01-01"),
                                                            ("Sunday", "DATE", "XXXX-WXX-7")]),
    (MON, "The bakery was robbed on a Friday night when it was empty.", [("Friday night", "TIME", "XXXX-WXX-5TNI")]),
    # R2: 'until' inside a past perfect ('had until March been ...') tells how long a state lasted: the month behind
    (DEC, "The mill had until February been the town's biggest employer.", [("February", "DATE", "2024-02")]),
    (DEC, "The seat, which had until January been held by an independent, fell to the party.",
     [("January", "DATE", "2024-01")]),
    # guard: a time given 'had until ... to' keeps the nearest month
    (DEC, "The landlord had until February to make repairs.", [("February", "DATE", "2025-02")]),
    # R3: a count after a month and a comma is no year past 2100
    (MAY, "The fleet grew to 2500 in March, 2300 of them electric.", [("March", "DATE", "2019-03")]),
    # guard: a year past 2100 right after the month is a date
    (MAY, "The lease will not end until October 2160.", [("October 2160", "DATE", "2160-10")]),
    # R4: a solstice 'of' a year is that year's
    (MAY, "The winter solstice of 2030 will be cloudy, the model says.",
     [("The winter solstice of 2030", "DATE", "2030-12-21")]),
    # R5: 'the year before last' is two years back, not one
    (MAY, "Exports peaked in October of the year before last.",
     [("October", "DATE", "2018-10"), ("the year before last", "DATE", "2017")]),
    # R6: 'the year earlier' ('the year later') counts from the year in focus as 'the year before' does
    (MAY, "The yard closed in 2004, a year after orders dried up in July of the year earlier.",
     [("2004", "DATE", "2004"), ("a year", "DURATION", "P1Y"), ("July of the year earlier", "DATE", "2003-07")]),
    # guard: 'the year after that' is the following year, one expression
    (MAY, "The dock opened in 1990 and shut in March of the year after that.",
     [("1990", "DATE", "1990"), ("March of the year after that", "DATE", "1991-03")]),
]


@pytest.mark.parametrize(("dct", "text", "want"), CASES, ids=[text for _, text, _ in CASES])
def test_review35b(dct: date, text: str, want: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type.value, t.value) for t in tag(text, dct)] == want
