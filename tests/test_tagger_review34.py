"""Round 34's tagger fixes, each a row that failed before its fix, with guards that passed before and must still pass:
what the tagger finds in a sentence (text, type and value of every expression), told on a given day. Sentences in our
own words."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger import tag

WED = date(2022, 2, 9)  # a Wednesday
THU = date(2025, 10, 23)  # a Thursday, four days after the Sunday before
AUTUMN = date(2022, 9, 14)

CASES = [
    # F1: a forecast's likelihood told in the present with no verb after it lies ahead (tense.likely_present)
    (WED, "Hail is likely across the moors on Friday afternoon.", [("Friday afternoon", "TIME", "2022-02-11TAF")]),
    (WED, "Flurries are possible on Saturday.", [("Saturday", "DATE", "2022-02-12")]),
    (WED, "Gales remain likely on the coast on Monday.", [("Monday", "DATE", "2022-02-14")]),
    # guards: told in the past, or before "that" (the clause's own verb tells), the day stays behind
    (WED, "Hail was likely across the moors on Monday afternoon.", [("Monday afternoon", "TIME", "2022-02-07TAF")]),
    (WED, "It is likely that the blaze started on Monday.", [("Monday", "DATE", "2022-02-07")]),
    # ... a clock change told in the present is a calendar's date, ahead (tense.clock_change)
    (THU, "Clocks go back an hour on Sunday.", [("an hour", "DURATION", "PT1H"), ("Sunday", "DATE", "2025-10-26")]),
    (THU, "The clocks fall back at 2am on Sunday.",
     [("2am", "TIME", "2025-10-26T02:00"), ("Sunday", "DATE", "2025-10-26")]),
    # guard: told in the past, the one just gone
    (THU, "The clocks went back on Sunday.", [("Sunday", "DATE", "2025-10-19")]),
    # ... after a clock time, a plural subject's base-form verb is a timetable's present (_plural_subject_verb)
    (THU, "The barges sail at 7am on Monday.", [("7am", "TIME", "2025-10-27T07:00"), ("Monday", "DATE", "2025-10-27")]),
    (THU, "Their coaches depart at 6am on Monday.",
     [("6am", "TIME", "2025-10-27T06:00"), ("Monday", "DATE", "2025-10-27")]),
    # guards: a count before the noun (a caption's noun phrase), a past verb, a title-case headline
    (THU, "The three vans crash at 7am on Monday.",
     [("7am", "TIME", "2025-10-20T07:00"), ("Monday", "DATE", "2025-10-20")]),
    (THU, "The barges sailed at 7am on Monday.",
     [("7am", "TIME", "2025-10-20T07:00"), ("Monday", "DATE", "2025-10-20")]),
    (THU, "Barges Sail At 7am On Monday", [("7am", "TIME", "2025-10-20T07:00"), ("Monday", "DATE", "2025-10-20")]),
    # F2: the uncounted years, decades or generations to come or ahead are the future (ref.future)
    (WED, "The levy will fund the harbour in the years to come.", [("the years to come", "DATE", "FUTURE_REF")]),
    (WED, "Coastal towns face erosion in the decades ahead.", [("the decades ahead", "DATE", "FUTURE_REF")]),
    (WED, "In decades to come, the glacier may be gone.", [("decades to come", "DATE", "FUTURE_REF")]),
    # guards: "the worst is yet to come" names no time; a count ahead of something is a duration
    (WED, "The worst of the storm is yet to come.", []),
    (WED, "The tunnel opened two years ahead of schedule.", [("two years", "DURATION", "P2Y")]),
    # F3: three units in one duration, the last after "and" (dur.three_units)
    (WED, "The rowers crossed in 41 days, six hours and 3 minutes.", [("41 days, six hours and 3 minutes", "DURATION",
                                                                      "P41DT6H3M")]),
    (WED, "He spent 3 years, 2 months and 11 days in the post.", [("3 years, 2 months and 11 days", "DURATION",
                                                                   "P3Y2M11D")]),
    (WED, "Her best time is 2 hours, 19 minutes and 12 seconds.", [("2 hours, 19 minutes and 12 seconds", "DURATION",
                                                                    "PT2H19M12S")]),
    # guards: two units stay one duration as before; units out of order are read apart
    (WED, "The climb took five hours and 20 minutes.", [("five hours and 20 minutes", "DURATION", "PT5H20M")]),
    (WED, "Shifts ran ten hours, four days and a week.",
     [("ten hours", "DURATION", "PT10H"), ("four days", "DURATION", "P4D"), ("a week", "DURATION", "P1W")]),
    # F4: a count of days, nights or hours in each week or day is the frequency (set.units_per)
    (WED, "The food bank opens four days a week.", [("four days a week", "SET", "P1W")]),
    (WED, "The lifeguards patrol ten hours a day on the beach.", [("ten hours a day", "SET", "P1D")]),
    (WED, "The choir rehearses two nights a week.", [("two nights a week", "SET", "P1W")]),
    # guards: a count then "a week ago" is a duration and a date; "flights a day" no expression
    (WED, "The strike ran for six days a week ago.",
     [("six days", "DURATION", "P6D"), ("a week ago", "DATE", "2022-02-02")]),
    (WED, "The airport handles 300 flights a day.", []),
    # ... a pay rate with a word of degree before the sum (set.money_rate, neg.rate_per leaving it)
    (WED, "Tenants will pay an extra £12 a month from April.",
     [("a month", "SET", "P1M"), ("April", "DATE", "2022-04")]),
    (WED, "Couriers earn up to $25 an hour.", [("an hour", "SET", "PT1H")]),
    # guards: no pay word, no rate
    (WED, "The fund yields about $3 a year per share.", []),
    (WED, "Fees of up to £900 a year were frozen.", []),
    # F5: Inauguration Day, 20 January of the year after a US presidential vote (4 March before 1937)
    (date(2020, 11, 10), "Crowds will line the avenue on Inauguration Day.", [("Inauguration Day", "DATE",
                                                                              "2021-01-20")]),
    (date(2027, 5, 3), "The senator will retire before Inauguration Day.",
     [("Inauguration Day", "DATE", "2029-01-20")]),
    (date(2027, 5, 3), "Snow fell heavily on Inauguration Day.", [("Inauguration Day", "DATE", "2025-01-20")]),
    (WED, "Bands played on Inauguration Day 1929.", [("Inauguration Day 1929", "DATE", "1929-03-04")]),
    # F6: "the" before "coming", "past", "previous" or "following" and a season is in the span (date.season_rel)
    (AUTUMN, "Growers fear the coming winter will be harsh.", [("the coming winter", "DATE", "2022-WI")]),
    (AUTUMN, "Reservoirs fell during the past summer.", [("the past summer", "DATE", "2022-SU")]),
    # guard: "next spring" has no "the"
    (AUTUMN, "The pier reopens next spring.", [("next spring", "DATE", "2023-SP")]),
    # F7: look-alikes. A publication's or a programme's title holding a time word (neg.publication_title)
    (WED, "The critic reviews films for The Week.", []),
    (WED, "She told the Today programme the plan was sound.", []),
    (WED, "An essay in The Year magazine praised the mayor.", []),
    # guards: lower case, at the start of a sentence, a title-case headline keep the date
    (WED, "The week was a busy one for the port.", [("The week", "DATE", "2022-W06")]),
    (WED, "Officials said today the programme would end.", [("today", "DATE", "2022-02-09")]),
    # ... a year-like number after Unit, Gate, Block, Flat, Lot or Box is an address's or a place's number
    (WED, "The bakery leases Unit 2019 at the retail park.", []),
    (WED, "Flight crews gathered at Gate 2012.", []),
    (WED, "Letters go to PO Box 1987 in the town.", []),
    # guards: a year after a lower-case noun or "in" stays
    (WED, "The unit opened in 2019 at the retail park.", [("2019", "DATE", "2019")]),
    # ... a holiday or a weekday before a capitalised place or institution noun (neg.holiday_place, neg.weekday_place)
    (WED, "Fans streamed out of Easter Road after the derby.", []),
    (WED, "She teaches at the Sunday School in the village.", []),
    (WED, "The lane runs past Christmas Common.", []),
    (WED, "The farm sits on Saturday Park in the hills.", []),
    # guards: lower-case nouns after the day, and a feast or a day told as one
    (WED, "At Easter road traffic doubled.", [("Easter", "DATE", "2021-04-04")]),
    (WED, "On Sunday school buses ran late.", [("Sunday", "DATE", "2022-02-06")]),
]


@pytest.mark.parametrize(("dct", "text", "want"), CASES, ids=[text for _, text, _ in CASES])
def test_review34(dct: date, text: str, want: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type.value, t.value) for t in tag(text, dct)] == want


def test_inauguration_day_only_after_a_presidential_vote() -> None:
    from timeline.resolve import Unresolvable, movable_feast

    assert movable_feast("INAUGURATION", 2025) == date(2025, 1, 20)
    assert movable_feast("INAUGURATION", 1933) == date(1933, 3, 4)
    with pytest.raises(Unresolvable):
        movable_feast("INAUGURATION", 2024)
