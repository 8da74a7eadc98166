"""Builder cases found reading the dev half of tests/heldout_articles13 (round 30; our own sentences, other
situations). Each table's rows fail on the code before the fix they come with, except the look-alikes, which
guard what the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_event_review29 import Span, _assert_spans

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


# "over the past year": the twelve months to the publication date, not the calendar year before it ("last year" is
# that year).
PAST_YEAR = [
    (date(2018, 6, 20), "Rents in the capital have climbed by a fifth over the past year.",
     [(date(2017, 6, 20), date(2018, 6, 20))]),
    (date(2018, 6, 20), "Exports have slowed in the last year, the bank said.",
     [(date(2017, 6, 20), date(2018, 6, 20))]),
    # look-alike: the calendar year before
    (date(2018, 6, 20), "Rents in the capital climbed by a fifth last year.", [(date(2017, 1, 1), date(2017, 12, 31))]),
]


@pytest.mark.parametrize("published, text, spans", PAST_YEAR, ids=[s[1][:40] for s in PAST_YEAR])
def test_the_past_year_runs_back_from_the_news(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# ", the year he was suspended": "the year" set beside a year just told names that year again, for what else happened
# in it; not the publication date's year.
THE_YEAR_APPOSED = [
    (date(2019, 2, 1), "The firm paid the officials between 2009 and 2012, the year the mayor resigned.",
     [(date(2009, 1, 1), date(2012, 12, 31)), (date(2012, 1, 1), date(2012, 12, 31))]),
    (date(2019, 2, 1), "She moved to Lisbon in 2015, the year her first novel came out.",
     [(date(2015, 1, 1), date(2015, 12, 31)), (date(2015, 1, 1), date(2015, 12, 31))]),
    # look-alike: "the year" with no year told before it
    (date(2019, 2, 1), "The firm expects to hire 300 people during the year, its chief said.",
     [(date(2019, 1, 1), date(2019, 12, 31))]),
]


@pytest.mark.parametrize("published, text, spans", THE_YEAR_APPOSED, ids=[s[1][:40] for s in THE_YEAR_APPOSED])
def test_the_year_beside_a_year_told(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# Hours with no day of their own: a window between two ("between 9 p.m. and 6 a.m.", a curfew's, a shop's) is of each
# day, no event; one hour read on the day the sentence before told is the hour of what that sentence told.
HOURS_WITHOUT_A_DAY = [
    (date(2017, 8, 3), "Police imposed a curfew on Tuesday. Residents must stay home between 9 p.m. and 6 a.m.",
     [(date(2017, 8, 1), date(2017, 8, 1))]),
    (date(2017, 8, 5), "A landslide buried a road early on Saturday. It came down at 3.40 a.m. after heavy rain.",
     [(date(2017, 8, 5), date(2017, 8, 5))]),
    # look-alike: an hour with a day of its own in the sentence
    (date(2017, 8, 5), "A landslide buried a road early on Saturday. A bus hit the rubble at 6 a.m. on Friday.",
     [(date(2017, 8, 4), date(2017, 8, 4)), (date(2017, 8, 5), date(2017, 8, 5))]),
]


@pytest.mark.parametrize("published, text, spans", HOURS_WITHOUT_A_DAY, ids=[s[1][:40] for s in HOURS_WITHOUT_A_DAY])
def test_hours_without_a_day_of_their_own(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "The dry season, which lasts from May to October, often brings fires": the months of a season the sentence tells a
# habit of, no event; with no habit after the aside the run stays an event.
A_SEASON_OF_A_HABIT = [
    (date(2023, 3, 9), "The dry season, which lasts from May to October, often brings bush fires.", []),
    (date(2023, 3, 9), "The monsoon, which runs from June to September, usually floods the delta.", []),
    # look-alike: no habit told of it
    (date(2023, 3, 9), "The exhibition, which runs from May to October, was cancelled.",
     [(date(2023, 5, 1), date(2023, 10, 31))]),
]


@pytest.mark.parametrize("published, text, spans", A_SEASON_OF_A_HABIT, ids=[s[1][:40] for s in A_SEASON_OF_A_HABIT])
def test_the_months_of_a_habit_told_aside(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "closed the port on May 9, four days after the strike began": a day (or a month) counted back from another date that
# the article dates in another sentence is that event told again, not a second event of the day.
A_COUNT_TOLD_ELSEWHERE = [
    (date(2022, 6, 1), "Dockers walked out on May 5, when talks on pay failed. The company closed the port on May 9, "
     "four days after the strike began.",
     [(date(2022, 5, 5), date(2022, 5, 5)), (date(2022, 5, 9), date(2022, 5, 9))]),
    (date(2022, 6, 1), "Dockers walked out on May 5. The port reopened on Wednesday, nearly a month after the strike "
     "began.", [(date(2022, 5, 5), date(2022, 5, 5)), (date(2022, 6, 1), date(2022, 6, 1))]),
    # look-alike: the day counted back is told nowhere else
    (date(2022, 6, 1), "The company closed the port on May 9, four days after the strike began.",
     [(date(2022, 5, 5), date(2022, 5, 5)), (date(2022, 5, 9), date(2022, 5, 9))]),
]


@pytest.mark.parametrize("published, text, spans", A_COUNT_TOLD_ELSEWHERE,
                         ids=[s[1][:40] for s in A_COUNT_TOLD_ELSEWHERE])
def test_a_count_back_to_a_day_told_elsewhere(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "The referendum in March, in which voters chose to stay, will be marked next month" (told in November): a month
# written without its year, read ahead by the sentence's future, is of the thing the relative clause right after it
# tells in a past: the last March. A relative clause in a future or a present keeps it ahead.
A_RELATIVE_PAST = [
    (date(2021, 11, 10), "The election in March, in which voters ousted the mayor, will be studied in a report "
     "next month.", [(date(2021, 3, 1), date(2021, 3, 31)), (date(2021, 12, 1), date(2021, 12, 31))]),
    (date(2021, 11, 10), "The storm in December, which flooded the harbour, will be remembered at a service on "
     "Sunday.", [(date(2020, 12, 1), date(2020, 12, 31)), (date(2021, 11, 14), date(2021, 11, 14))]),
    # look-alikes: the relative clause is ahead too, or a present
    (date(2021, 11, 10), "The vote in March, in which islanders will choose a mayor, is expected to be close.",
     [(date(2022, 3, 1), date(2022, 3, 31))]),
    (date(2021, 11, 10), "The fair in March, when crowds fill the town, will go ahead.",
     [(date(2022, 3, 1), date(2022, 3, 31))]),
]


@pytest.mark.parametrize("published, text, spans", A_RELATIVE_PAST, ids=[s[1][:40] for s in A_RELATIVE_PAST])
def test_a_month_of_a_relative_clause_in_the_past(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "had been held in custody since he was detained in May 2019": the clause after "since" (a subject and a passive)
# is an event of the date itself, beside the state it began.
SINCE_A_PASSIVE_CLAUSE = [
    (date(2020, 7, 1), "The reporter has been held in custody since he was detained in May 2019.",
     [(date(2019, 5, 1), date(2019, 5, 31)), (date(2019, 5, 1), date(2020, 7, 1))]),
    (date(2020, 7, 1), "The road has stayed shut since the bridge was damaged on June 3 by a flood.",
     [(date(2020, 6, 3), date(2020, 6, 3)), (date(2020, 6, 3), date(2020, 7, 1))]),
    # look-alike: "since" right before the date, the state only
    (date(2020, 7, 1), "The reporter has been held in custody since May 2019.",
     [(date(2019, 5, 1), date(2020, 7, 1))]),
]


@pytest.mark.parametrize("published, text, spans", SINCE_A_PASSIVE_CLAUSE,
                         ids=[s[1][:40] for s in SINCE_A_PASSIVE_CLAUSE])
def test_since_a_clause_of_its_own(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "He had not played since tearing a muscle on May 2" in a story of his comeback on Saturday: the injury, and the
# state it began (no play) until the day the story's lead tells (he played again), not to the publication date.
NOT_DONE_SINCE = [
    (date(2022, 6, 13), "The striker scored twice on Saturday in his first game back. He had not played since "
     "tearing a muscle on May 2 in training.",
     [(date(2022, 5, 2), date(2022, 5, 2)), (date(2022, 5, 2), date(2022, 6, 11)),
      (date(2022, 6, 11), date(2022, 6, 11))]),
    # look-alike: a superlative's "since" before the date itself dates the earlier event only
    (date(2022, 6, 13), "The striker scored twice on Saturday. It was his best game since May 2.",
     [(date(2022, 5, 2), date(2022, 5, 2)), (date(2022, 6, 11), date(2022, 6, 11))]),
]


@pytest.mark.parametrize("published, text, spans", NOT_DONE_SINCE, ids=[s[1][:40] for s in NOT_DONE_SINCE])
def test_a_thing_not_done_since_an_event(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "No flood had done so much damage since May 2011, when ...": "so many"/"so much" after a "no ..." subject compares
# with the last that did, as "more" does: the earlier event only, no state to the publication date.
NO_SO_MANY_SINCE = [
    (date(2019, 4, 2), "No storm in the region had killed so many since May 2011, when a cyclone sank two ferries.",
     [(date(2011, 5, 1), date(2011, 5, 31))]),
    # look-alike: a state since the date
    (date(2019, 4, 2), "The coast road has been closed since May 2011.", [(date(2011, 5, 1), date(2019, 4, 2))]),
]


@pytest.mark.parametrize("published, text, spans", NO_SO_MANY_SINCE, ids=[s[1][:40] for s in NO_SO_MANY_SINCE])
def test_none_so_many_since_an_earlier_event(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "Unions called a 48-hour strike of the dock workers from Friday", in a Wednesday story: a measure of so many hours
# declared "from" a day runs from that day (counted from its middle) to the day the hours reach, and a past verb
# that set it does not read the weekday back a week.
HOURS_OF_A_MEASURE_FROM = [
    (date(2018, 8, 29), "Tribal councils called a 48-hour shutdown of the valley towns from Friday.",
     [(date(2018, 8, 31), date(2018, 9, 2))]),
    (date(2018, 8, 29), "The army imposed a 24-hour curfew on the old city from Sunday.",
     [(date(2018, 9, 2), date(2018, 9, 3))]),
    # look-alike: no measure, the day the thing was called
    (date(2018, 8, 29), "Unions called a 24-hour strike on Monday.", [(date(2018, 8, 27), date(2018, 8, 27))]),
]


@pytest.mark.parametrize("published, text, spans", HOURS_OF_A_MEASURE_FROM,
                         ids=[s[1][:40] for s in HOURS_OF_A_MEASURE_FROM])
def test_hours_of_a_measure_from_a_day(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "will impose a curfew after six people were shot dead within a week": a "within" in a past clause of its own,
# opened after the plan's "will", counts nothing ahead from the news.
WITHIN_IN_A_PAST_CLAUSE = [
    (date(2020, 9, 14), "The island will close its bars after four men were stabbed in the old town within a week.",
     []),
    # look-alike: the plan's own "within"
    (date(2020, 9, 14), "The island will reopen its port within a week.", [(date(2020, 9, 14), date(2020, 9, 21))]),
]


@pytest.mark.parametrize("published, text, spans", WITHIN_IN_A_PAST_CLAUSE,
                         ids=[s[1][:40] for s in WITHIN_IN_A_PAST_CLAUSE])
def test_within_in_a_past_clause(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "between May and August 2019, when the herds were grazing": a when-clause in a past progressive after a range tells
# a thing going on over the whole span, no event of the range's second end; one in a simple past does.
WHEN_GOING_ON = [
    (date(2021, 2, 2), "Rangers counted the herds between May 2019 and August 2019, when the animals were grazing.",
     [(date(2019, 5, 1), date(2019, 8, 31))]),
    # look-alike: a simple past tells the second end's event
    (date(2021, 2, 2), "The road was shut from May 2019 until August 2019, when repairs ended.",
     [(date(2019, 5, 1), date(2019, 8, 31)), (date(2019, 8, 1), date(2019, 8, 31))]),
]


@pytest.mark.parametrize("published, text, spans", WHEN_GOING_ON, ids=[s[1][:40] for s in WHEN_GOING_ON])
def test_a_when_clause_going_on_over_a_range(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# Review of the round (reviews/builder30.md): what the round's rules took too far.

# Two hours bounding a window a past tells, with no other date in the sentence, are of a thing that happened on the
# day the news reads it ("power was cut between 2 a.m. and 6 a.m."): an event, as before the round; a window of each
# day (a modal, a present) is still none.
A_PAST_HOUR_WINDOW = [
    (date(2023, 5, 17), "Water was shut off in the old town between 1 a.m. and 5 a.m., the utility said.",
     [(date(2023, 5, 17), date(2023, 5, 17))]),
    (date(2023, 5, 17), "Protesters blocked the bridge from 7 p.m. to 2 a.m., police said.",
     [(date(2023, 5, 17), date(2023, 5, 17))]),
    # look-alike: a window of each day
    (date(2023, 5, 17), "Visitors may use the pool between 6 a.m. and 9 p.m.", []),
]


@pytest.mark.parametrize("published, text, spans", A_PAST_HOUR_WINDOW, ids=[s[1][:40] for s in A_PAST_HOUR_WINDOW])
def test_an_hour_window_a_past_tells_is_an_event(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# A lone hour after a sentence that told its day is that sentence's event's hour only when the sentence goes on with
# it ("It started at 5 a.m."); one opened by a new thing ("A second blaze broke out at 5 p.m.") is an event of its own.
A_NEW_THING_AT_AN_HOUR = [
    (date(2023, 5, 17), "A fire gutted a bakery today. A second blaze broke out at 5 p.m. in a warehouse.",
     [(date(2023, 5, 17), date(2023, 5, 17)), (date(2023, 5, 17), date(2023, 5, 17))]),
    # look-alike: the same fire's hour
    (date(2023, 5, 17), "A fire gutted a bakery today. It started at 5 a.m. in the kitchen.",
     [(date(2023, 5, 17), date(2023, 5, 17))]),
]


@pytest.mark.parametrize("published, text, spans", A_NEW_THING_AT_AN_HOUR,
                         ids=[s[1][:40] for s in A_NEW_THING_AT_AN_HOUR])
def test_a_new_thing_at_an_hour_is_an_event(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# A count that opens its clause counts ahead to what the clause tells ("Three months after the sale, its manager
# resigned"): an event of its own even when another sentence dates a day in that month; only a count set off by a
# comma after a date ("struck on July 3, three months after the sale") is counted back to a thing told elsewhere.
A_COUNT_AHEAD = [
    (date(2023, 7, 20), "The mill was sold in April. Three months after the sale, its manager resigned. Its shares "
     "slid on July 3.", [(date(2023, 4, 1), date(2023, 4, 30)), (date(2023, 7, 1), date(2023, 7, 31)),
                         (date(2023, 7, 3), date(2023, 7, 3))]),
    # look-alike: counted back from the day told before it, the sale told again
    (date(2023, 7, 20), "The mill was sold on April 4. The workers struck on July 3, three months after the sale.",
     [(date(2023, 4, 4), date(2023, 4, 4)), (date(2023, 7, 3), date(2023, 7, 3))]),
]


@pytest.mark.parametrize("published, text, spans", A_COUNT_AHEAD, ids=[s[1][:40] for s in A_COUNT_AHEAD])
def test_a_count_ahead_is_an_event_of_its_own(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# A relative clause whose past arranged or moved the thing ("which was postponed after a storm", "which was moved
# from the old ground") does not place it in the past: the month stays ahead as the sentence's future reads it.
AN_ARRANGING_RELATIVE = [
    (date(2023, 10, 18), "The derby in February, which was moved from the old ground, will be played at night.",
     [(date(2024, 2, 1), date(2024, 2, 29))]),
    (date(2023, 10, 18), "The replay in March, which was postponed after a storm, will be held at the same ground.",
     [(date(2024, 3, 1), date(2024, 3, 31))]),
    (date(2023, 10, 18), "The game in March, which was called off because of ice, will be replayed.",
     [(date(2024, 3, 1), date(2024, 3, 31))]),
    # look-alikes: a past of the thing itself ("brought" arranges nothing without "forward")
    (date(2023, 10, 18), "The flood in February, which swept away two bridges, will be the subject of an inquiry.",
     [(date(2023, 2, 1), date(2023, 2, 28))]),
    (date(2023, 10, 18), "The gale in March, which brought down power lines, will be studied by the council.",
     [(date(2023, 3, 1), date(2023, 3, 31))]),
]


@pytest.mark.parametrize("published, text, spans", AN_ARRANGING_RELATIVE,
                         ids=[s[1][:40] for s in AN_ARRANGING_RELATIVE])
def test_a_relative_past_that_arranged_keeps_the_month_ahead(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "moved the meeting from June 8 to the end of July": the old date and the new, no span between them.
A_DATE_MOVED_FROM_TO = [
    (date(2023, 6, 1), "The board moved the meeting from June 8 to the end of July.",
     [(date(2023, 6, 8), date(2023, 6, 8)), (date(2023, 7, 1), date(2023, 7, 31))]),
    # look-alike: a run from one to the other
    (date(2023, 6, 1), "The exhibition will run from September 2024 to the end of 2025.",
     [(date(2024, 9, 1), date(2025, 12, 31))]),
]


@pytest.mark.parametrize("published, text, spans", A_DATE_MOVED_FROM_TO, ids=[s[1][:40] for s in A_DATE_MOVED_FROM_TO])
def test_a_date_moved_from_one_to_another_is_no_span(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "in" a thing begun: a trial opened that day or month ran until the day of the clause's verb; a place or body that
# began a year back ("died on Sunday in a hospital that had opened in 1980") is no thing the day ended, its year an
# event of its own as before the round.
IN_A_THING_BEGUN_YEARS_BACK = [
    (date(2022, 9, 14), "The poet died on Monday in a clinic that had opened in 1975.",
     [(date(1975, 1, 1), date(1975, 12, 31)), (date(2022, 9, 12), date(2022, 9, 12))]),
    # look-alike: a trial begun in a month of this year
    (date(2022, 9, 14), "A jury cleared the nurse on Monday in a trial that had opened in June.",
     [(date(2022, 6, 1), date(2022, 9, 12)), (date(2022, 9, 12), date(2022, 9, 12))]),
]


@pytest.mark.parametrize("published, text, spans", IN_A_THING_BEGUN_YEARS_BACK,
                         ids=[s[1][:40] for s in IN_A_THING_BEGUN_YEARS_BACK])
def test_in_a_thing_begun_years_back_is_no_span(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# Second review of the round (reviews/builder30b.md).

# A relative clause after a month read ahead that tells how the thing was brought about ("which was agreed at the
# last meeting", "which were requested by the unions") or dates its own past in another month or year ("which the
# city won the right to host in 2017") leaves the month ahead; a clause whose past is
# the thing itself still moves it back a year.
A_RELATIVE_THAT_BROUGHT_IT_ABOUT = [
    (date(2023, 5, 9), "The congress in October, which was agreed by both parties, will be held in Lisbon.",
     [(date(2023, 10, 1), date(2023, 10, 31))]),
    (date(2023, 5, 9), "The hearing in September, which was requested by the family, will be held in public.",
     [(date(2023, 9, 1), date(2023, 9, 30))]),
    (date(2023, 5, 9), "The play-off in July, which sold out in two hours, will be shown on big screens.",
     [(date(2023, 7, 1), date(2023, 7, 31))]),
    (date(2023, 5, 9), "The regatta in August, which the port won the right to stage in 2019, will draw 300 boats.",
     [(date(2019, 1, 1), date(2019, 12, 31)), (date(2023, 8, 1), date(2023, 8, 31))]),
    # look-alikes: the clause tells the thing itself, undated or dated within the month
    (date(2023, 11, 9), "The regatta in August, which drew 300 boats, will be reviewed by the club.",
     [(date(2023, 8, 1), date(2023, 8, 31))]),
    (date(2023, 11, 9), "The gale in March, which tore roofs off on March 12, will be studied by the council.",
     [(date(2023, 3, 1), date(2023, 3, 31)), (date(2023, 3, 12), date(2023, 3, 12))]),
]


@pytest.mark.parametrize("published, text, spans", A_RELATIVE_THAT_BROUGHT_IT_ABOUT,
                         ids=[s[1][:40] for s in A_RELATIVE_THAT_BROUGHT_IT_ABOUT])
def test_a_relative_past_that_brought_it_about_keeps_the_month_ahead(published: date, text: str,
                                                                    spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# A "within" in a clause of its own opened after the plan and told in an active simple past ("after sales fell
# within a quarter") is that clause's count, no deadline from the news, as a passive one is; one in a present
# clause ("after repairs are finished within a week") is still the plan's.
WITHIN_IN_AN_ACTIVE_PAST_CLAUSE = [
    (date(2022, 8, 3), "The board will cut the fares after passenger numbers fell by half within a year.", []),
    (date(2022, 8, 3), "The city will ban fireworks because three barns burned down within a week.", []),
    # look-alike: a present clause; the plan's own deadline
    (date(2022, 8, 3), "The pool will reopen after the pumps are replaced within a week.",
     [(date(2022, 8, 3), date(2022, 8, 10))]),
]


@pytest.mark.parametrize("published, text, spans", WITHIN_IN_AN_ACTIVE_PAST_CLAUSE,
                         ids=[s[1][:40] for s in WITHIN_IN_AN_ACTIVE_PAST_CLAUSE])
def test_within_in_an_active_past_clause(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# ", the month the rules changed" set beside a month just told is that month, as ", the year he was suspended" is
# that year (not the publication date's month); "the month before the election" counts from nothing told here.
THE_MONTH_APPOSED = [
    (date(2022, 3, 15), "The ferry firm cut its fares in November, the month its rival went bust.",
     [(date(2021, 11, 1), date(2021, 11, 30)), (date(2021, 11, 1), date(2021, 11, 30))]),
    (date(2022, 3, 15), "The school closed in June 2019, the month the new road opened.",
     [(date(2019, 6, 1), date(2019, 6, 30)), (date(2019, 6, 1), date(2019, 6, 30))]),
    # look-alike: the month is no clause's time of its own
    (date(2022, 3, 15), "Sales slumped in November, the month before the vote.",
     [(date(2021, 11, 1), date(2021, 11, 30))]),
]


@pytest.mark.parametrize("published, text, spans", THE_MONTH_APPOSED, ids=[s[1][:40] for s in THE_MONTH_APPOSED])
def test_the_month_beside_a_month_told(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# A lone hour (no day of its own) in a past that goes on with the story the sentence before dated a few days back
# ("The alarm was raised on Sunday. At 4 a.m. crews were sent in", told on Tuesday) is of that day, an hour of what
# it told, not an event of the news day; one opened by a new thing, or in a sentence ahead, is still its own.
AN_HOUR_OF_THE_DAY_BEFORE = [
    (date(2022, 4, 12), "The dam gave way on Sunday. At 4 a.m. crews were sent to the valley.",
     [(date(2022, 4, 10), date(2022, 4, 10))]),
    (date(2022, 4, 12), "The bank's shares slid on Monday. They lost a tenth of their value by 11 a.m.",
     [(date(2022, 4, 11), date(2022, 4, 11))]),
    # look-alikes: a new thing; a thing still ahead
    (date(2022, 4, 12), "The dam gave way on Sunday. A second dam failed at 9 p.m.",
     [(date(2022, 4, 10), date(2022, 4, 10)), (date(2022, 4, 12), date(2022, 4, 12))]),
    (date(2022, 4, 12), "The suspect was held on Sunday. He will face the judge at 10 a.m.",
     [(date(2022, 4, 10), date(2022, 4, 10)), (date(2022, 4, 12), date(2022, 4, 12))]),
]


@pytest.mark.parametrize("published, text, spans", AN_HOUR_OF_THE_DAY_BEFORE,
                         ids=[s[1][:40] for s in AN_HOUR_OF_THE_DAY_BEFORE])
def test_an_hour_of_the_day_the_sentence_before_told(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# A measure of so many hours set "from" a weekday is read on the coming one (the rule above) unless the next sentence
# goes on to a later day of it read back, before the news ("imposed a 24-hour curfew from Sunday. Shops reopened on
# Monday", told on Tuesday): the story tells it over, it began on the day read back.
A_MEASURE_TOLD_OVER = [
    (date(2019, 3, 6), "The governor imposed a 24-hour curfew on the port from Sunday. Markets reopened on Monday.",
     [(date(2019, 3, 3), date(2019, 3, 4)), (date(2019, 3, 4), date(2019, 3, 4))]),
    # look-alike: a day after the measure read back tells nothing of it
    (date(2019, 3, 6), "Unions called a 48-hour shutdown of the mills from Saturday. Two union leaders were held on "
     "Tuesday.", [(date(2019, 3, 5), date(2019, 3, 5)), (date(2019, 3, 9), date(2019, 3, 11))]),
]


@pytest.mark.parametrize("published, text, spans", A_MEASURE_TOLD_OVER, ids=[s[1][:40] for s in A_MEASURE_TOLD_OVER])
def test_a_measure_the_next_sentence_tells_over(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# Two hours bounding a window kept on each day ("sat from 10 a.m. to 4 p.m. on each day of the hearing") are no event
# of the news day even in a past: a habit over days, as a modal's window is.
A_PAST_WINDOW_OF_EACH_DAY = [
    (date(2021, 10, 5), "Volunteers staffed the phones from 8 a.m. to 8 p.m. every day of the appeal.", []),
    (date(2021, 10, 5), "The bridge was closed between 9 p.m. and 5 a.m. each night while it was painted.", []),
    # look-alike: a past window of one day
    (date(2021, 10, 5), "The daily ferry was halted between 9 a.m. and noon, the port said.",
     [(date(2021, 10, 5), date(2021, 10, 5))]),
]


@pytest.mark.parametrize("published, text, spans", A_PAST_WINDOW_OF_EACH_DAY,
                         ids=[s[1][:40] for s in A_PAST_WINDOW_OF_EACH_DAY])
def test_a_past_window_of_each_day_is_no_event(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)
