"""Round 36's tagger fixes, each a row that failed before its fix, with guards that passed before and must still pass:
what the tagger finds in a sentence (text, type and value of every expression), told on a given day. Sentences in our
own words."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger import tag

WED = date(2024, 3, 13)  # a Wednesday
JUN = date(2023, 6, 20)
DEC = date(2024, 12, 9)
APR = date(2022, 4, 25)  # a Monday, a week after Easter Monday
JAN = date(2022, 1, 4)

CASES = [
    # F1: a day that opens the sentence frames its clause: a clock time there with no day of its own falls on it
    (WED, "Tomorrow the lifeboat will be launched at 8.45am from the slipway.",
     [("Tomorrow", "DATE", "2024-03-14"), ("8.45am", "TIME", "2024-03-14T08:45")]),
    (WED, "On Friday, the ferry to the island will sail at 6pm.",
     [("Friday", "DATE", "2024-03-15"), ("6pm", "TIME", "2024-03-15T18:00")]),
    (WED, "Yesterday the gates of the depot were locked at 10pm.",
     [("Yesterday", "DATE", "2024-03-12"), ("10pm", "TIME", "2024-03-12T22:00")]),
    (WED, "On March 2 the pumps were switched off at 4am.",
     [("March 2", "DATE", "2024-03-02"), ("4am", "TIME", "2024-03-02T04:00")]),
    # guards: a day written later in the sentence (a report's), one in another sentence, a clause cut by a semicolon,
    # and a clock with a day written next to it keep what they had
    (WED, "The union said on Monday that the walkout began at 5am.",
     [("Monday", "DATE", "2024-03-11"), ("5am", "TIME", "2024-03-13T05:00")]),
    (WED, "It rained on Tuesday. The match kicks off at 3pm.",
     [("Tuesday", "DATE", "2024-03-12"), ("3pm", "TIME", "2024-03-13T15:00")]),
    (WED, "On Monday the roads were clear; the snow returns at 9pm.",
     [("Monday", "DATE", "2024-03-11"), ("9pm", "TIME", "2024-03-13T21:00")]),
    (WED, "On Monday, the crews warned of floods between 2am and 6am on Friday.",
     [("Monday", "DATE", "2024-03-11"), ("2am", "TIME", "2024-03-15T02:00"), ("6am", "TIME", "2024-03-15T06:00"),
      ("Friday", "DATE", "2024-03-15")]),
    # F2: a season two away, "before last" or "after next": a year past the season named with "last" or "next"
    (WED, "The reservoir ran dry the summer before last.", [("the summer before last", "DATE", "2022-SU")]),
    (JUN, "The orchard flooded in the spring before last.", [("the spring before last", "DATE", "2021-SP")]),
    (WED, "The old pier collapsed the winter before last.", [("the winter before last", "DATE", "2022-WI")]),
    (DEC, "The roof will be replaced the autumn after next.", [("the autumn after next", "DATE", "2026-FA")]),
    # guards: "last summer" and a season before an event keep their values
    (WED, "The reservoir ran dry last summer.", [("last summer", "DATE", "2023-SU")]),
    (WED, "The summer before the merger was quiet.", [("The summer", "DATE", "2023-SU")]),
    # F3: a 24-hour clock time to the second before its zone
    (WED, "The satellite separated at 09:14:07 UTC, the agency said.",
     [("09:14:07 UTC", "TIME", "2024-03-13T09:14:07Z")]),
    (WED, "The quake struck at 23:02:41 GMT on Monday.",
     [("23:02:41 GMT", "TIME", "2024-03-11T23:02:41Z"), ("Monday", "DATE", "2024-03-11")]),
    # guards: a race's split or a finishing time with no zone stays a number; a clock to the minute keeps its value
    (WED, "The leader reached halfway at 01:07:33 in the race.", []),
    (WED, "She finished in 2:24:51 to win.", []),
    (WED, "The polls shut at 22:00 GMT.", [("22:00 GMT", "TIME", "2024-03-13T22:00Z")]),
    # F4: look-alikes. A count of units with capitals in mid-sentence is a title; a weekday before Club, Society or
    # League a body's name
    (WED, "The repertory company revived Seven Weeks in Havana to full houses.", []),
    (WED, "The broadcaster aired Forty Years On, a film about the mine.", []),
    (WED, "Retired nurses founded The Thursday Club to raise funds.", []),
    (WED, "He played for a Sunday League team before turning professional.", []),
    # guards: a count in lower case, a title-case headline, a weekday before a lower-case noun or opening the sentence
    (WED, "Seven weeks of strikes have shut the port.", [("Seven weeks", "DURATION", "P7W")]),
    (WED, "Seven Weeks Of Strikes Shut The Port", [("Seven Weeks", "DURATION", "P7W")]),
    (WED, "The Thursday club night was cancelled.", [("Thursday", "DATE", "2024-03-07")]),
    (WED, "On Sunday League officials met the mayor.", [("Sunday", "DATE", "2024-03-10")]),
    # F5: the early hours alone, of a day or of the morning, are the small hours of a night, no stretch counted
    (WED, "Firefighters were called out in the early hours of Monday.", [("Monday", "DATE", "2024-03-11")]),
    (WED, "The lorry overturned in the early hours.", []),
    (WED, "A gas main burst in the early hours of the morning.", []),
    # guards: the early hours of a thing that unfolds, and its first or final hours, stay a duration
    (WED, "Looting spread in the early hours of the blackout.", [("the early hours", "DURATION", "PTXH")]),
    (WED, "Crowds gathered in the final hours of the count.", [("the final hours", "DURATION", "PTXH")]),
    # F6: a date set for in a clause that then tells, in the past, that the thing took place: the day is past
    (WED, "The march, planned for 11am on Sunday, drew a large crowd.",
     [("11am", "TIME", "2024-03-10T11:00"), ("Sunday", "DATE", "2024-03-10")]),
    (WED, "The inquiry was scheduled for Monday and heard from six witnesses.", [("Monday", "DATE", "2024-03-11")]),
    # guards: set for a day and then called off, moved or reported, or told in the present: the day ahead
    (WED, "The derby, set for Sunday, was called off because of snow.", [("Sunday", "DATE", "2024-03-17")]),
    (WED, "The ballot, scheduled for Friday, was postponed.", [("Friday", "DATE", "2024-03-15")]),
    (WED, "The gig, booked for Saturday, sold out within an hour.",
     [("Saturday", "DATE", "2024-03-16"), ("an hour", "DURATION", "PT1H")]),
    (WED, "The march is planned for 11am on Sunday.",
     [("11am", "TIME", "2024-03-17T11:00"), ("Sunday", "DATE", "2024-03-17")]),
    # F7: a count of four weeks or more back from the anchor tells the week, a round count, not a day
    (WED, "The mayor announced the audit four weeks ago.", [("four weeks ago", "DATE", "2024-W07")]),
    (WED, "The strike began seven weeks ago.", [("seven weeks ago", "DATE", "2024-W04")]),
    # guards: a week, two or three ago keep their day; weeks counted from a date told before keep theirs
    (WED, "The mayor announced the audit three weeks ago.", [("three weeks ago", "DATE", "2024-02-21")]),
    (WED, "The mayor announced the audit two weeks ago.", [("two weeks ago", "DATE", "2024-02-28")]),
    (WED, "The mayor announced the audit a week ago.", [("a week ago", "DATE", "2024-03-06")]),
    (WED, "The pier reopened on March 1. Three weeks earlier, divers had checked it.",
     [("March 1", "DATE", "2024-03-01"), ("Three weeks earlier", "DATE", "2024-02-09")]),
    # F8: look-alikes. A model year before a make or model and a noun of vehicles is a product line's name
    (WED, "The maker recalled 2018 Corsair cars for a wiring fault.", []),
    (WED, "Dealers were told to check 2015-2017 Ridgeback models.", []),
    (WED, "Owners of 2022 Tundra Max pickups will get letters.", []),
    # guards: after a preposition of time, or with no such noun, the year stays
    (WED, "In 2018 Corsair cars sold well.", [("2018", "DATE", "2018")]),
    (WED, "The maker recalled the 2018 Corsair.", [("2018", "DATE", "2018")]),
    (WED, "The 2018 Winter Games were held in Korea.", [("2018", "DATE", "2018")]),
    # F9: a holiday and a part of its day: a time on the holiday, one expression, not a weekday near the anchor
    (APR, "Pilgrims crowded the square on Good Friday evening.", [("Good Friday evening", "TIME", "2022-04-15TEV")]),
    (APR, "The ferry ran aground on Easter Monday morning.", [("Easter Monday morning", "TIME", "2022-04-18TMO")]),
    (JAN, "Two men were hurt in a fight on Boxing Day night.", [("Boxing Day night", "TIME", "2021-12-26TNI")]),
    # guards: a weekday and its part alone; a holiday before a capitalised word of a name; a holiday alone
    (APR, "Pilgrims crowded the square on Friday evening.", [("Friday evening", "TIME", "2022-04-22TEV")]),
    (JAN, "The Christmas Night Fair raised funds.", [("Christmas", "DATE", "2021-12-25")]),
    (APR, "The ferry ran aground on Easter Monday.", [("Easter Monday", "DATE", "2022-04-18")]),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES)
def test_review36_rows(dct: date, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type.value, t.value) for t in tag(text, dct)] == expected
