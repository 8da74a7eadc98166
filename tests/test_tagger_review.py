"""Faults a read-only review found in round 21's new tagger rules, each a row that failed before its fix: what the
tagger finds in a sentence (text and value of every expression), told on a given day. Sentences in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger import tag

WED = date(2026, 11, 25)

CASES = [
    # a written year before "May Day" is a year, not a count of marchers
    (WED, "Police said the 2023 May Day rally drew a big crowd.", [("2023", "2023")]),
    (WED, "Since 2018 May Day parades have been banned in the port city.", [("2018", "2018")]),
    (WED, "Organisers expected 200 to 300 May Day marchers.", []),
    # a month after "for", "and", "or", "between" is a month, even when a verb of speaking follows
    (WED, "Weak factory orders for April added to fears of a slowdown.", [("April", "2026-04")]),
    (WED, "Shipments in March and April added to the trade surplus.", [("March", "2026-03"), ("April", "2026-04")]),
    (WED, "Figures for June told a different story, analysts said.", [("June", "2026-06")]),
    (WED, "June told the committee the plan was sound.", []),
    # "to one day" is a vague future only after a verb of wanting or planning; "cut to one day" is a length
    (WED, "The stoppage was cut to one day after the talks.", [("one day", "P1D")]),
    (WED, "Guests are limited to one day each at the show.", [("one day", "P1D")]),
    (WED, "The town hopes to one day host the games.", [("one day", "FUTURE_REF")]),
    # a headline's "X to VERB" looks ahead; "to" before a noun, or after the sentence's own verb, is a preposition
    (WED, "Pickets marched to the depot gates on Monday.", [("Monday", "2026-11-23")]),
    (WED, "Farmers drive to parliament on Tuesday.", [("Tuesday", "2026-11-24")]),
    (WED, "Harm to crops on Sunday after the hail.", [("Sunday", "2026-11-22")]),
    (WED, "A setback to savers on Monday as rates dip.", [("Monday", "2026-11-23")]),
    (WED, "Dock workers to walk out on Friday.", [("Friday", "2026-11-27")]),
    (WED, "Bank shares to slide on Monday.", [("Monday", "2026-11-30")]),
    (WED, "Rents ought to ease on Monday.", [("Monday", "2026-11-30")]),
    (WED, "Cyclists ride to court on Tuesday.", [("Tuesday", "2026-11-24")]),
    # a cue before a relative clause still holds for a date after the clause has closed with a comma
    (WED, "The champions will meet Albion, who beat them in the cup, on Saturday.", [("Saturday", "2026-11-28")]),
    (WED, "The club will host Dynamo, whom they beat in the cup, on Sunday.", [("Sunday", "2026-11-29")]),
    # a participle right after a near date describes a noun ("a ballot on December 8 backed by"), no past act of its own
    (WED, "Staff announced a ballot on December 8 backed by the union.", [("December 8", "2026-12-08")]),
    (WED, "The mayor warned of a closure on December 2 ordered by the court.", [("December 2", "2026-12-02")]),
    (WED, "The club agreed to settle the debt by December 4 provided the lender waived interest.",
     [("December 4", "2026-12-04")]),
    (date(2024, 3, 20), "The trade minister in May signed the accord.", [("May", "2023-05")]),
    # a range now running is not pulled back to this year when the sentence names another year before it
    (date(2026, 12, 4), "Next year the fair will run from 28 November to 10 December.",
     [("Next year", "2027"), ("28 November", "2027-11-28"), ("10 December", "2027-12-10")]),
    (date(2026, 12, 4), "The fair runs from 28 November to 10 December this year.",
     [("28 November", "2026-11-28"), ("10 December", "2026-12-10"), ("this year", "2026")]),
    (date(2026, 12, 4), "This year the fair will run from 28 November to 10 December.",
     [("This year", "2026"), ("28 November", "2026-11-28"), ("10 December", "2026-12-10")]),
    # "until" ending a range whose start follows a past action bounds what was done, in the start's year
    (WED, "The hearings ran from 29 November until 2 December.",
     [("29 November", "2025-11-29"), ("2 December", "2025-12-02")]),
    (date(2026, 12, 4), "The hearings ran from 29 November until 2 December.",
     [("29 November", "2026-11-29"), ("2 December", "2026-12-02")]),
    # a season counted past the calendar's first or last year stays in the anchor's year; its year has four digits
    (date(9999, 6, 1), "The fair returns next autumn.", [("next autumn", "9999-FA")]),
    (date(1, 3, 1), "The fair returns next autumn.", [("next autumn", "0002-FA")]),
    (date(1, 5, 1), "The well ran dry last spring.", [("last spring", "0001-SP")]),
    (date(1, 1, 10), "The well ran dry in the summer.", [("the summer", "0001-SU")]),
    # an Islamic feast falls twice in some Gregorian years (its year is 11 days shorter): both are candidates
    (date(2000, 12, 29), "The family marked Eid al-Fitr with a feast at home.", [("Eid al-Fitr", "2000-12-27")]),
    (date(2033, 12, 26), "Crowds prayed at the mosque on Eid al-Fitr.", [("Eid al-Fitr", "2033-12-22")]),
    (date(2033, 1, 10), "Schools will close for Eid al-Fitr.", [("Eid al-Fitr", "2033-12-22")]),
    (date(2006, 12, 20), "Pilgrims will gather for Eid al-Adha.", [("Eid al-Adha", "2006-12-30")]),
    # a feast near the calendar's first or last year: no date where none exists, never an error
    (date(1, 6, 1), "Crowds gathered for Eid al-Fitr in the old town.", []),
    (date(1, 1, 5), "Shops shut for Eid al-Adha in 1.", []),
    (date(9999, 12, 30), "Crowds gathered for Eid al-Adha.", [("Eid al-Adha", "9999-09-10")]),
    (date(1, 3, 1), "Pilgrims came for Easter.", [("Easter", "0001-04-01")]),
    (date(9999, 12, 30), "Shops will close for Easter.", [("Easter", "9999-03-28")]),
    # a count after a verb of building is no early year, nor is a year before Christ
    (date(2026, 3, 10), "The housing trust built 1300 new flats last year.", [("last year", "2025")]),
    (date(2026, 3, 10), "The group built 1250 cheap starter homes in the county.", []),
    (date(2026, 3, 10), "Divers recovered coins dating from 1100 BC off the coast.", []),
    (date(2026, 3, 10), "The city was founded around 1400 BCE by settlers.", []),
    (date(2026, 3, 10), "The fort was founded c. 1050 B.C. on the hill.", []),
    (date(2026, 3, 10), "The bridge was built in 1350, and rebuilt after a flood.", [("1350", "1350")]),
    (date(2026, 3, 10), "The chapel, consecrated in 1140 under a new bishop, still stands.", [("1140", "1140")]),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES)
def test_review_rows(dct: date, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected
