"""Builder cases found reading the dev half of tests/heldout_articles13 (round 30; our own sentences, other
situations). Each table's rows fail on the code before the fix they come with, except the look-alikes, which
guard what the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import events_for_document
from timeline.model import Document

Span = tuple[date, date]


def _assert_spans(text: str, published: date, spans: list[Span]) -> None:
    """The events built from `text` have exactly these (start, end), sorted; on failure the events are shown."""
    events = events_for_document(Document("x", text, published))
    assert sorted((e.start, e.end) for e in events) == spans, [(e.start, e.end, e.title) for e in events]


# "a hearing that began on Monday and dragged on into Wednesday": a thing begun on a day that ran "into" a later one
# is one span, as "ran until" is; "ran into" a thing that is no date ("ran into trouble") changes nothing.
# (publication date, text, the events' spans, sorted)
RAN_INTO = [
    (date(2021, 3, 12), "The council approved the plan after a session that began on Monday and ran late into "
     "Wednesday morning.", [(date(2021, 3, 8), date(2021, 3, 10))]),
    (date(2021, 3, 12), "The strike started on Tuesday and dragged on into Thursday.",
     [(date(2021, 3, 9), date(2021, 3, 11))]),
    # look-alike: what it ran into is no date
    (date(2021, 3, 12), "The drilling started on Tuesday and ran into hard rock on Thursday.",
     [(date(2021, 3, 9), date(2021, 3, 9)), (date(2021, 3, 11), date(2021, 3, 11))]),
]


@pytest.mark.parametrize("published, text, spans", RAN_INTO, ids=[s[1][:40] for s in RAN_INTO])
def test_a_thing_begun_that_ran_into_a_later_day(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "from March 2031 to the end of 2035": two dates after "from" and "to" that the tagger did not link (the second a
# part of a unit) are the two ends of one span, not two events.
FROM_TO_THE_END = [
    (date(2030, 6, 2), "The lease would run from March 2031 to the end of 2035.",
     [(date(2031, 3, 1), date(2035, 12, 31))]),
    # look-alikes: "until" the end, read as a span already; no "from"
    (date(2030, 6, 2), "Tolls will apply from April 2031 until the end of 2033.",
     [(date(2031, 4, 1), date(2033, 12, 31))]),
    (date(2030, 6, 2), "The mine opened in March 2031 and closed at the end of 2035.",
     [(date(2031, 3, 1), date(2031, 3, 31)), (date(2035, 1, 1), date(2035, 12, 31))]),
]


@pytest.mark.parametrize("published, text, spans", FROM_TO_THE_END, ids=[s[1][:40] for s in FROM_TO_THE_END])
def test_from_a_date_to_the_end_of_another(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "in 2027 or 2028": one event a reader can place only across both; "the squid season of 2016 and 2017": one period that
# crosses into the next year. Years joined by "and" otherwise stay two, and so do years apart.
EITHER_OR_BOTH = [
    (date(2025, 2, 4), "A referendum will be held in 2027 or 2028.", [(date(2027, 1, 1), date(2028, 12, 31))]),
    (date(2025, 2, 4), "The bridge may reopen in June or July.", [(date(2025, 6, 1), date(2025, 7, 31))]),
    (date(2020, 2, 4), "Trawlers landed a record catch in the squid season of 2016 and 2017.",
     [(date(2016, 1, 1), date(2017, 12, 31))]),
    # look-alikes: "and" with no period's noun; years apart
    (date(2025, 2, 4), "The fair was cancelled in 2020 and 2021.",
     [(date(2020, 1, 1), date(2020, 12, 31)), (date(2021, 1, 1), date(2021, 12, 31))]),
    (date(2025, 2, 4), "A referendum will be held in 2027 or 2029.",
     [(date(2027, 1, 1), date(2027, 12, 31)), (date(2029, 1, 1), date(2029, 12, 31))]),
]


@pytest.mark.parametrize("published, text, spans", EITHER_OR_BOTH, ids=[s[1][:40] for s in EITHER_OR_BOTH])
def test_one_event_over_two_units(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "sentenced her on June 12 in a trial that had opened on April 3", "won on Sunday, two shots clear, after four
# rounds that began on Thursday": the thing begun ran until the day of the clause's verb, one span beside that day.
BEGUN_IN_A_RELATIVE = [
    (date(2019, 6, 20), "A jury convicted the mayor on June 12 in a trial that had opened on April 3.",
     [(date(2019, 4, 3), date(2019, 6, 12)), (date(2019, 6, 12), date(2019, 6, 12))]),
    (date(2019, 6, 17), "A Danish golfer won the open on Sunday, two shots clear of the field, after four rounds "
     "that began on Thursday.", [(date(2019, 6, 13), date(2019, 6, 16)), (date(2019, 6, 16), date(2019, 6, 16))]),
    # look-alike: the thing begun is dated by a clause of its own verb
    (date(2019, 6, 20), "A jury convicted the mayor on June 12. A new trial opened on April 3 in another court.",
     [(date(2019, 4, 3), date(2019, 4, 3)), (date(2019, 6, 12), date(2019, 6, 12))]),
]


@pytest.mark.parametrize("published, text, spans", BEGUN_IN_A_RELATIVE, ids=[s[1][:40] for s in BEGUN_IN_A_RELATIVE])
def test_a_thing_begun_in_a_relative_clause(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)
