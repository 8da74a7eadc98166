"""Builder cases, round 36 (second engineer), chosen by how often their kind recurs across the dev halves of
tests/heldout_articles5 to 19; our own sentences, other situations. Each table's rows fail on the code before the fix
they come with, except the look-alikes, which guard what the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_event_review29 import Span, _assert_spans

# A part of a day with no day of its own ("that evening", "in the evening", "after dusk", "overnight") on a day an
# earlier sentence already dated is that day's story again, as an hour alone is: no second event. "Overnight" after
# a day's news is the night into the next day. A part of a day with its own day ("on Tuesday morning") or opening a
# new thing ("A second ...") still tells one.
# (publication date, text, the events' spans, sorted)
PART_OF_A_DAY_TOLD = [
    # 15 May 2024 is a Wednesday
    (date(2024, 5, 15), "Rebels took over a radio station in the port on Thursday. The siege was over that evening, "
     "after soldiers cut the power.", [(date(2024, 5, 9), date(2024, 5, 9))]),
    (date(2024, 5, 15), "A landslide buried the mountain road on Monday. Army engineers reached the village "
     "overnight with two bulldozers.", [(date(2024, 5, 13), date(2024, 5, 13))]),
    (date(2024, 5, 15), "Ash from the crater covered three towns on Tuesday. Families were told to keep their "
     "windows shut after dusk.", [(date(2024, 5, 14), date(2024, 5, 14))]),
    (date(2024, 5, 15), "Farmers blocked the ring road with tractors on Friday. Riot police cleared the lanes in the "
     "evening.", [(date(2024, 5, 10), date(2024, 5, 10))]),
    # the same in one sentence, after its day
    (date(2024, 5, 15), "Hijackers seized the ferry at dawn on Saturday, and the standoff was over that evening, "
     "the navy said.", [(date(2024, 5, 11), date(2024, 5, 11))]),
    # look-alikes: a part of a day with a day of its own; a new thing that evening (in a sentence of its own or a
    # clause of its own)
    (date(2024, 5, 15), "Hijackers seized the ferry on Saturday, and a second boat was boarded that evening.",
     [(date(2024, 5, 11), date(2024, 5, 11)), (date(2024, 5, 11), date(2024, 5, 11))]),
    (date(2024, 5, 15), "A levee gave way on Monday. Water reached the old town on Tuesday morning.",
     [(date(2024, 5, 13), date(2024, 5, 13)), (date(2024, 5, 14), date(2024, 5, 14))]),
    (date(2024, 5, 15), "Farmers blocked the ring road with tractors on Friday. A second convoy arrived that "
     "evening.", [(date(2024, 5, 10), date(2024, 5, 10)), (date(2024, 5, 10), date(2024, 5, 10))]),
]

# A holiday that is only a reference point makes no event of its own: named right before its clause's day ("the
# Bastille Day holiday on Monday", "after the Easter break on April 17": the day dates the event), coming back each
# year ("every year on New Year's Day"; "every couple married on Christmas Day since 1985", where the state since
# the year stays), or counted from ("the Tuesday after Easter" is that Tuesday). A holiday that dates its clause on
# its own stays.
A_HOLIDAY_AS_A_REFERENCE = [
    # (28 June 2024 is a Friday)
    (date(2024, 6, 28), "The lake's swimming gala opens on Monday and runs through the Independence Day holiday on "
     "Thursday.", [(date(2024, 7, 1), date(2024, 7, 1)), (date(2024, 7, 4), date(2024, 7, 4))]),
    (date(2023, 12, 6), "The ice rink reopens after the Christmas break on January 3.",
     [(date(2024, 1, 3), date(2024, 1, 3))]),
    (date(2024, 2, 1), "Bells ring out from the old cathedral every year on New Year's Eve.", []),
    (date(2024, 2, 1), "The bakery has given a free loaf to every child born on Christmas Day since 1992.",
     [(date(1992, 1, 1), date(2024, 2, 1))]),
    (date(2023, 4, 20), "The ferry resumed sailing on the Tuesday after Easter.",
     [(date(2023, 4, 11), date(2023, 4, 11))]),
    # look-alikes: a holiday that dates its clause; "every" with no yearly day; a holiday after "over" with no day;
    # a holiday with its day in the calendar's year
    (date(2023, 4, 20), "Ballots were not counted over Orthodox Easter on April 16, the commission said.",
     [(date(2023, 4, 16), date(2023, 4, 16))]),
    (date(2023, 12, 10), "The new concert hall will open on Christmas Eve.",
     [(date(2023, 12, 24), date(2023, 12, 24))]),
    (date(2023, 12, 10), "Every bar in the square stayed open on New Year's Eve last year.",
     [(date(2022, 12, 31), date(2022, 12, 31))]),
    (date(2023, 3, 20), "Pilgrims will crowd the shrine over Easter.", [(date(2023, 4, 9), date(2023, 4, 9))]),
]


@pytest.mark.parametrize("published, text, spans", PART_OF_A_DAY_TOLD, ids=[s[1][:40] for s in PART_OF_A_DAY_TOLD])
def test_a_part_of_a_day_told(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


@pytest.mark.parametrize("published, text, spans", A_HOLIDAY_AS_A_REFERENCE,
                         ids=[s[1][:40] for s in A_HOLIDAY_AS_A_REFERENCE])
def test_a_holiday_as_a_reference(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# A when-clause in the present simple after a range or a pair of days tells a habit of the span ("from August 20 to
# 24, when farmers bring their crops to town"), no event of the range's end; after a plan it is a thing to come, and
# a past when-clause stays an event of its own.
A_HABIT_AFTER_A_RANGE = [
    (date(2024, 9, 2), "Bus tickets sold out over the lantern festival from August 14 to 18, when families light "
     "candles on the river.", [(date(2024, 8, 14), date(2024, 8, 18))]),
    (date(2024, 9, 2), "Campsites filled up on August 3 and 4, when thousands of walkers climb the pass.",
     [(date(2024, 8, 3), date(2024, 8, 4))]),
    # look-alikes: a plan's when-clause in the present; a past when-clause
    (date(2024, 9, 2), "The bridge will shut from September 16 to 18, when engineers test its cables.",
     [(date(2024, 9, 16), date(2024, 9, 18)), (date(2024, 9, 18), date(2024, 9, 18))]),
    (date(2024, 9, 2), "Trains were cancelled from August 5 to 7, when storms flooded the tracks.",
     [(date(2024, 8, 5), date(2024, 8, 7)), (date(2024, 8, 7), date(2024, 8, 7))]),
]


@pytest.mark.parametrize("published, text, spans", A_HABIT_AFTER_A_RANGE,
                         ids=[s[1][:40] for s in A_HABIT_AFTER_A_RANGE])
def test_a_habit_after_a_range(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# A season naming the work of that time of year after "ahead of", "before" or "after" ("ahead of spring sowing",
# "before the autumn harvest") is a reference point of a clause dated otherwise, no event of its own; with no other
# date, or naming a break ("before the summer break"), it stays a date.
A_SEASONS_WORK_AHEAD = [
    (date(2024, 2, 20), "Rail freight rates were cut on Tuesday ahead of spring ploughing.",
     [(date(2024, 2, 20), date(2024, 2, 20))]),
    (date(2024, 8, 20), "Growers hired 300 pickers this month, ahead of the autumn harvest.",
     [(date(2024, 8, 1), date(2024, 8, 31))]),
    # look-alikes: no other date; a season's break
    (date(2024, 8, 20), "Orchards will hire pickers before the autumn harvest.",
     [(date(2024, 9, 1), date(2024, 11, 30))]),
    (date(2024, 2, 20), "The ferry will stop before the summer break.", [(date(2024, 6, 1), date(2024, 8, 31))]),
    # look-alikes (round 36's review): an event the season dates is no season's work and stays an event
    (date(2024, 2, 20), "The bank held rates on Tuesday ahead of the spring elections.",
     [(date(2024, 2, 20), date(2024, 2, 20)), (date(2024, 3, 1), date(2024, 5, 31))]),
    (date(2024, 8, 20), "Unions met the minister on Monday before the autumn budget.",
     [(date(2024, 8, 19), date(2024, 8, 19)), (date(2024, 9, 1), date(2024, 11, 30))]),
    # a season in the clause a year opens is of that year, as a month is (the lead's round-36 reading)
    (date(2025, 6, 12), "In 2018 the canal burst its banks in the spring.", [(date(2018, 3, 1), date(2018, 5, 31))]),
    (date(2025, 6, 12), "Last year the festival moved to the autumn.", [(date(2024, 9, 1), date(2024, 11, 30))]),
    # look-alikes: a year in another sentence, or a clause of its own that tells what will be
    (date(2025, 6, 12), "In 2018, the canal was dredged. It burst its banks in the spring.",
     [(date(2018, 1, 1), date(2018, 12, 31)), (date(2025, 3, 1), date(2025, 5, 31))]),
    (date(2025, 6, 12), "In 2031 the canal will reopen in the summer.", [(date(2031, 6, 1), date(2031, 8, 31))]),
]


@pytest.mark.parametrize("published, text, spans", A_SEASONS_WORK_AHEAD,
                         ids=[s[1][:40] for s in A_SEASONS_WORK_AHEAD])
def test_a_seasons_work_ahead(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)
