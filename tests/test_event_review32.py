"""Builder cases found reading the dev half of tests/heldout_articles15 (round 32; our own sentences, other
situations). Each table's rows fail on the code before the fix they come with, except the look-alikes, which
guard what the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_event_review29 import Span, _assert_spans

# "before the month is out": a deadline, as "before the end of the month" is, from the publication date to the end of
# the unit named, not the whole unit. (publication date, text, the events' spans, sorted)
BEFORE_IT_IS_OUT = [
    (date(2021, 3, 10), "The council promised to publish its budget before March is out.",
     [(date(2021, 3, 10), date(2021, 3, 31))]),
    (date(2021, 3, 10), "The miners' union wants a new contract signed before the year is out.",
     [(date(2021, 3, 10), date(2021, 12, 31))]),
    # look-alikes: the end of the unit told in words; a past
    (date(2021, 3, 10), "The council promised to publish its budget before the end of March.",
     [(date(2021, 3, 10), date(2021, 3, 31))]),
    (date(2021, 3, 10), "The mill shut down before February was out.", [(date(2021, 2, 1), date(2021, 2, 28))]),
]


@pytest.mark.parametrize("published, text, spans", BEFORE_IT_IS_OUT, ids=[s[1][:40] for s in BEFORE_IT_IS_OUT])
def test_before_a_unit_is_out_is_a_deadline(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "a siege that went on into the early hours of Tuesday": what went on into a day was going on since the day just
# told (in the sentence before or earlier in its own), a few days at most before: one span, not an event on the
# later day alone; the day before keeps its own event.
GOING_ON_INTO = [
    (date(2022, 8, 9), "Rioters set fire to a bus depot on Monday night. Firefighters fought a blaze that went on "
     "into the early hours of Tuesday.",
     [(date(2022, 8, 8), date(2022, 8, 8)), (date(2022, 8, 8), date(2022, 8, 9))]),
    (date(2022, 8, 12), "Union leaders met ministers on Wednesday. The bargaining dragged on into Thursday night.",
     [(date(2022, 8, 10), date(2022, 8, 10)), (date(2022, 8, 10), date(2022, 8, 11))]),
    # look-alikes: nothing told before; a day too far back to be the same night
    (date(2022, 8, 9), "The fire went on into the early hours of Tuesday.", [(date(2022, 8, 9), date(2022, 8, 9))]),
    (date(2022, 8, 9), "The depot was sold on July 20. A party there went on into Tuesday.",
     [(date(2022, 7, 20), date(2022, 7, 20)), (date(2022, 8, 9), date(2022, 8, 9))]),
]


@pytest.mark.parametrize("published, text, spans", GOING_ON_INTO, ids=[s[1][:40] for s in GOING_ON_INTO])
def test_going_on_into_a_day_spans_from_the_day_before(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "Tuesday was the first of four days of talks": the count runs from the day named, as "four days of talks starting
# on Tuesday" does.
THE_FIRST_OF_A_COUNT = [
    (date(2023, 5, 16), "Tuesday was the first of four days of talks between the rival factions.",
     [(date(2023, 5, 16), date(2023, 5, 19))]),
    (date(2023, 5, 12), "Saturday will be the first of two days of national mourning.",
     [(date(2023, 5, 13), date(2023, 5, 14))]),
    # look-alike: the count told "starting" a day
    (date(2023, 5, 16), "The rival factions began four days of talks starting on Tuesday.",
     [(date(2023, 5, 16), date(2023, 5, 19))]),
]


@pytest.mark.parametrize("published, text, spans", THE_FIRST_OF_A_COUNT, ids=[s[1][:40] for s in THE_FIRST_OF_A_COUNT])
def test_the_first_of_a_count_of_days(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "..., the first ferry to be allowed in since the port closed in 1999": an appositive noun phrase, whose "to be" is
# an infinitive, not the clause's verb: "first" before "since" makes 1999 the earlier event (the closing), no state
# from 1999 to the news.
FIRST_TO_BE_SINCE = [
    (date(2019, 4, 3), "A ferry docked at the island on Tuesday, the first ship to be allowed in since the port "
     "closed in 1999.", [(date(1999, 1, 1), date(1999, 12, 31)), (date(2019, 4, 2), date(2019, 4, 2))]),
    # look-alike: "first" in the subject of a clause whose own verb tells a state
    (date(2019, 4, 3), "The first ships to be built in the yard have been idle since the port closed in 1999.",
     [(date(1999, 1, 1), date(2019, 4, 3))]),
]


@pytest.mark.parametrize("published, text, spans", FIRST_TO_BE_SINCE, ids=[s[1][:40] for s in FIRST_TO_BE_SINCE])
def test_the_first_to_be_since_is_the_earlier_event(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "over the past two years", "for the past six months": from the same day that many years (months) before to the
# publication date, as "the past ten days" already was (and now after "for" too).
THE_PAST_YEARS = [
    (date(2020, 10, 6), "Coastal towns have lost a tenth of their people over the past two years.",
     [(date(2018, 10, 6), date(2020, 10, 6))]),
    (date(2020, 10, 6), "Bus fares have risen every quarter for the past six months.",
     [(date(2020, 4, 6), date(2020, 10, 6))]),
    (date(2020, 10, 6), "Lifeguards have rescued 40 swimmers for the past ten days.",
     [(date(2020, 9, 26), date(2020, 10, 6))]),
    # look-alike: "last year" is the calendar year before
    (date(2020, 10, 6), "Coastal towns lost a tenth of their people last year.",
     [(date(2019, 1, 1), date(2019, 12, 31))]),
]


@pytest.mark.parametrize("published, text, spans", THE_PAST_YEARS, ids=[s[1][:40] for s in THE_PAST_YEARS])
def test_the_past_years_end_at_the_news(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)
