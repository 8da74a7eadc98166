"""Builder cases found reading the dev half of tests/heldout_articles18 (round 35; our own sentences, other
situations). Each table's rows fail on the code before the fix they come with, except the look-alikes, which
guard what the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_event_review29 import Span, _assert_spans

# "Forty years ago today, the dam burst in the small hours of a Tuesday ...": an anniversary feature narrates that
# past day; its bare weekdays, its month-days with no year and the days counted on from them are of the narrated
# year until another date brings the text back to the present (set 18's anniversary features).
# (publication date, text, the events' spans, sorted)
FLASHBACK = [
    # March 14, 2023 is a Tuesday; March 14, 1983 a Monday
    (date(2023, 3, 14), "Forty years ago today, the dam above the village burst in the small hours of a Monday, and "
     "the valley was cleared the next morning. Engineers only blamed the spillway on March 20.",
     [(date(1983, 3, 14), date(1983, 3, 14)), (date(1983, 3, 15), date(1983, 3, 15)),
      (date(1983, 3, 20), date(1983, 3, 20))]),
    (date(2023, 3, 14), "Twenty years ago to the day, fans rioted after the final. The club was banned on the "
     "Saturday and fined on March 19.",
     [(date(2003, 3, 14), date(2003, 3, 14)), (date(2003, 3, 15), date(2003, 3, 15)),
      (date(2003, 3, 19), date(2003, 3, 19))]),
    # the text back in the present: a year written, a date of the news's own
    (date(2023, 3, 14), "Forty years ago today, the dam above the village burst. A new dam opened in 1990. The "
     "mayor will lay a wreath on Friday.",
     [(date(1983, 3, 14), date(1983, 3, 14)), (date(1990, 1, 1), date(1990, 12, 31)),
      (date(2023, 3, 17), date(2023, 3, 17))]),
    # look-alikes: a count back not read to the day opens no flash-back; a year written after it
    (date(2023, 3, 14), "The dam above the village burst forty years ago. Engineers inspected it on March 6.",
     [(date(1983, 1, 1), date(1983, 12, 31)), (date(2023, 3, 6), date(2023, 3, 6))]),
    (date(2023, 3, 14), "Forty years ago today, the dam burst. It was rebuilt on March 2, 1990.",
     [(date(1983, 3, 14), date(1983, 3, 14)), (date(1990, 3, 2), date(1990, 3, 2))]),
]


@pytest.mark.parametrize("published, text, spans", FLASHBACK, ids=[s[1][:40] for s in FLASHBACK])
def test_an_anniversary_flashback(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "will shut for two weeks from March 6": weeks told from a day run to the same weekday that many weeks on (the
# held-out sets' convention since set 13); days still count the first day ("for three days from June 4": to June 6).
WEEKS_FROM_A_DAY = [
    (date(2022, 2, 16), "The ring road will shut for two weeks from March 7.",
     [(date(2022, 3, 7), date(2022, 3, 21))]),
    (date(2022, 2, 16), "Ferries stopped for three weeks from January 10.",
     [(date(2022, 1, 10), date(2022, 1, 31))]),
    (date(2022, 2, 16), "The trade show opens on March 1 and runs for two weeks.",
     [(date(2022, 3, 1), date(2022, 3, 15))]),
    # look-alikes: days count the first day; a count of days of a thing begun
    (date(2022, 2, 16), "The ring road will shut for four days from March 7.",
     [(date(2022, 3, 7), date(2022, 3, 10))]),
    (date(2022, 2, 16), "The trade show opens on March 1 and runs for five days.",
     [(date(2022, 3, 1), date(2022, 3, 5))]),
]


@pytest.mark.parametrize("published, text, spans", WEEKS_FROM_A_DAY, ids=[s[1][:40] for s in WEEKS_FROM_A_DAY])
def test_weeks_from_a_day(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)
