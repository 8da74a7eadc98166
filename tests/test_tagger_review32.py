"""Round 32's tagger fixes, each a row that failed before its fix, with guards that passed before and must still pass:
what the tagger finds in a sentence (text and value of every expression), told on a given day. Sentences in our own
words."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger import tag

THU = date(2025, 3, 6)  # a Thursday
FRI = date(2024, 11, 8)  # a Friday

CASES = [
    # F1: a return told in the present ("returns from", plural "return from") is a timetable's, ahead as "returns to"
    # and "resumes" are (tense.journey_present)
    (THU, "Councillors return from their break on Tuesday.", [("Tuesday", "2025-03-11")]),
    (THU, "The judge returns from leave on Tuesday.", [("Tuesday", "2025-03-11")]),
    # F1b: other timetables told in the present: a restart, a school's or a parliament's break, a rule taking effect,
    # pupils going back (tense.schedule_plural, tense.term_break_present, tense.in_force_plural)
    (THU, "Flights restart on Tuesday.", [("Tuesday", "2025-03-11")]),
    (THU, "The ferry service restarts on Tuesday.", [("Tuesday", "2025-03-11")]),
    (THU, "Schools break up for the holidays on Tuesday.", [("Tuesday", "2025-03-11")]),
    (THU, "The assembly breaks for recess on Tuesday.", [("Tuesday", "2025-03-11")]),
    (THU, "New parking fees come into force on Tuesday.", [("Tuesday", "2025-03-11")]),
    (THU, "The curbs take effect on Tuesday.", [("Tuesday", "2025-03-11")]),
    (THU, "Senators come back from recess on Tuesday.", [("Tuesday", "2025-03-11")]),
    (THU, "Pupils go back to school on Tuesday.", [("Tuesday", "2025-03-11")]),
    # guards: the past stays behind, and so does a noun with a past verb of its own, "break up" with an object, and a
    # base form after "did not"
    (THU, "Officers break up a fight on Tuesday.", [("Tuesday", "2025-03-04")]),
    (THU, "The rules did not take effect on Tuesday.", [("Tuesday", "2025-03-04")]),
    (THU, "Flights restarted on Tuesday.", [("Tuesday", "2025-03-04")]),
    (THU, "Troops returned from the front on Tuesday.", [("Tuesday", "2025-03-04")]),
    (THU, "Returns from the fund on Tuesday disappointed savers.", [("Tuesday", "2025-03-04")]),
    # F2: a part of the day "of" a date is one TIME, the day with the part (TimeML's TMO/TAF/TEV/TNI)
    (FRI, "The crash happened on the evening of 3 November.", [("the evening of 3 November", "2024-11-03TEV")]),
    (FRI, "Crowds gathered on the morning of October 30.", [("the morning of October 30", "2024-10-30TMO")]),
    (FRI, "Flares were seen on the night of 2 November 2023.", [("the night of 2 November 2023", "2023-11-02TNI")]),
    (FRI, "Talks broke down on the afternoon of Tuesday.", [("the afternoon of Tuesday", "2024-11-05TAF")]),
    # guards: the part of the day of an event, no date, stays unmarked; the date alone stays a DATE
    (FRI, "The morning of the vote was quiet.", []),
    (FRI, "The crash happened on 3 November.", [("3 November", "2024-11-03")]),
    # F3: a count of units before "earlier than" / "later than" compares two times: a DURATION, no date counted back
    (THU, "The cherry blossom arrived two weeks earlier than normal.", [("two weeks", "P2W")]),
    (THU, "Lambing began ten days earlier than last year.", [("ten days", "P10D"), ("last year", "2024")]),
    # ... also "a day earlier than" (not the "day earlier" of rel.ago_adj) and uncounted "months earlier than"
    (THU, "The vote came a day earlier than planned.", [("a day", "P1D")]),
    (THU, "The cut came months earlier than expected.", [("months", "PXM")]),
    # guards: "later than" was a duration already, and "earlier" with no "than" still counts back from the date before
    (THU, "The report came out three days later than planned.", [("three days", "P3D")]),
    (THU, "The dam burst on Monday, and warnings had gone out two days earlier.",
     [("Monday", "2025-03-03"), ("two days earlier", "2025-03-04")]),
    # F4: "nightly" is the night's set, TNI, as "every night" is
    (THU, "The bakery restocks its shelves nightly.", [("nightly", "TNI")]),
    # guards: "every night" as before, and the other adverbs keep their periods
    (THU, "Guards patrol the depot every night.", [("every night", "TNI")]),
    (THU, "The bakery restocks its shelves daily.", [("daily", "P1D")]),
    # F5: "for a week from Friday" is a duration from a day, not the day a week after Friday
    (THU, "The festival runs for a week from Monday.", [("a week", "P1W"), ("Monday", "2025-03-10")]),
    (THU, "The road will close for a week from Monday.", [("a week", "P1W"), ("Monday", "2025-03-10")]),
    # guard: with no "for" it is still the day a week after Friday
    (THU, "The inquiry resumes a week from Friday.", [("a week from Friday", "2025-03-14")]),
    # F6: a capitalised season before a capitalised word is a first name after "for", "of", "from" and "by" too
    (THU, "Lawyers for Summer Li declined to comment.", []),
    (THU, "A letter from Autumn Reyes was read in court.", []),
    (THU, "Friends of Winter Adeyemi paid tribute.", []),
    (THU, "The project was led by Summer Okafor.", []),
    # guards: a month before a surname was a name already; a school term after those words is still read as before,
    # and a season after "in" is the season
    (THU, "Lawyers for April Jones declined to comment.", []),
    (THU, "Work must finish before Summer Term.", [("Summer", "2025-SU")]),
    (THU, "The pitch was relaid in Autumn.", [("Autumn", "2024-FA")]),
    # F6b: spring and neap tides are the moon's tides, no season
    (THU, "Spring tides flooded the harbour road.", []),
    (THU, "Boats wait for the spring tide to float them off.", []),
    # guard: the season itself
    (THU, "The spring was wet.", [("The spring", "2025-SP")]),
    # F6c: the moon's quarters are phases, no quarter of a year
    (THU, "The moon will reach its last quarter on Friday.", [("Friday", "2025-03-07")]),
    (THU, "A first-quarter moon hung over the bay.", []),
    # guard: a business quarter stays one
    (THU, "Profits rose in the last quarter.", [("the last quarter", "2024-Q4")]),
    # F7: a four-digit 24-hour clock after "at" and before "on" and a weekday is a time of that day, never a year
    (THU, "The convoy leaves at 1500 on Monday.", [("1500", "2025-03-10T15:00"), ("Monday", "2025-03-10")]),
    (THU, "Police sealed the street at 0645 on Tuesday.", [("0645", "2025-03-04T06:45"), ("Tuesday", "2025-03-04")]),
    (THU, "The briefing is at 1500 on Monday.", [("1500", "2025-03-10T15:00"), ("Monday", "2025-03-10")]),
    (THU, "Troops must leave by 1800 on Sunday.", [("1800", "2025-03-09T18:00"), ("Sunday", "2025-03-09")]),
    (THU, "The deadline is 1700 on Friday.", [("1700", "2025-03-07T17:00"), ("Friday", "2025-03-07")]),
    # F7d: a four-digit clock with "hours" after "at" or "until" is a time, no duration of thousands of hours; and a
    # deadline told in the present with its hour lies ahead (tense.is_at_hour_on_day)
    (THU, "The meeting starts at 1430 hours on Friday.",
     [("1430 hours", "2025-03-07T14:30"), ("Friday", "2025-03-07")]),
    (THU, "The curfew runs until 0600 hours.", [("0600 hours", "2025-03-06T06:00")]),
    (THU, "The deadline is 5pm on Friday.", [("5pm", "2025-03-07T17:00"), ("Friday", "2025-03-07")]),
    # guard: told in the past the deadline is behind
    (THU, "The deadline was 5pm on Friday.", [("5pm", "2025-02-28T17:00"), ("Friday", "2025-02-28")]),
    # ... but a price, a market level or a count a crowd is put at is a figure, neither a time nor a year
    (THU, "Gold settled at 1830 on Monday.", [("Monday", "2025-03-03")]),
    (THU, "The index closed at 2015 on Monday.", [("Monday", "2025-03-03")]),
    (THU, "Police put the crowd at 2000 on Sunday.", [("Sunday", "2025-03-02")]),
    # guard: a level that was never a year stays no time either
    (THU, "Turnout was estimated at 1200 on Sunday.", [("Sunday", "2025-03-02")]),
    # guard: a year after "since" stays a year
    (THU, "Shares hit their highest level since 2015 on Monday.", [("2015", "2015"), ("Monday", "2025-03-03")]),
    # F7b: a question opened by "Can" or "Could" asks about what may happen: ahead, as "can" with a verb is
    (THU, "Can fans buy tickets at the door on Monday?", [("Monday", "2025-03-10")]),
    (THU, "Could the strike end on Tuesday?", [("Tuesday", "2025-03-11")]),
    (THU, "Does the ferry sail on Tuesday?", [("Tuesday", "2025-03-11")]),
    (THU, "Do the buses run on Tuesday?", [("Tuesday", "2025-03-11")]),
    # F7c: a command that opens its sentence, a warning's "Do not" / "Don't", forbids what lies ahead
    (THU, "Do not travel on Monday unless you must.", [("Monday", "2025-03-10")]),
    (THU, "Don't drive through the ford on Monday.", [("Monday", "2025-03-10")]),
    # guards: a question in the past stays behind, and so does what "can" confirms
    (THU, "Did fans buy tickets at the door on Monday?", [("Monday", "2025-03-03")]),
    (THU, "Can the club confirm the arrest on Monday?", [("Monday", "2025-03-03")]),
    (THU, "Could the fire have started on Monday?", [("Monday", "2025-03-03")]),
    (THU, "Do you remember the storm on Monday?", [("Monday", "2025-03-03")]),
    (THU, "Residents do not recall the blast on Monday.", [("Monday", "2025-03-03")]),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES)
def test_review32_rows(dct: date, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected
