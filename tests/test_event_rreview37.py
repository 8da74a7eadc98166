"""Review of round 37's builder rules (the reviewer's own sentences). Each table's rows fail on the code before the
fix they come with, except the look-alikes, which guard what the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_event_review29 import Span, _assert_spans

# two years running joined by "and" told of a thing that happens at a point (an arrest, a quake, a visit, an honour
# given) are two happenings, one in each year, not one stretch over both; a lasting thing (a drought, a rebuilding)
# is one stretch, and a title won stays two
# (publication date, text, the events' spans, sorted)
AT_A_POINT_EACH_YEAR = [
    (date(2023, 3, 10), "The mayor of Tula was arrested in 2014 and 2015 for taking bribes.",
     [(date(2014, 1, 1), date(2014, 12, 31)), (date(2015, 1, 1), date(2015, 12, 31))]),
    (date(2023, 3, 10), "Strong quakes struck the coast of Sumbawa in 2018 and 2019.",
     [(date(2018, 1, 1), date(2018, 12, 31)), (date(2019, 1, 1), date(2019, 12, 31))]),
    (date(2023, 3, 10), "The envoy visited Asmara in 2016 and 2017.",
     [(date(2016, 1, 1), date(2016, 12, 31)), (date(2017, 1, 1), date(2017, 12, 31))]),
    (date(2023, 3, 10), "The goalkeeper was named player of the year in 2020 and 2021.",
     [(date(2020, 1, 1), date(2020, 12, 31)), (date(2021, 1, 1), date(2021, 12, 31))]),
    # look-alikes: lasting things told of two years are one stretch; a title won stays two
    (date(2023, 3, 10), "A drought in 2011 and 2012 emptied the wells of Tigray.",
     [(date(2011, 1, 1), date(2012, 12, 31))]),
    (date(2023, 3, 10), "The old dam on the Vltava was rebuilt in 2006 and 2007.",
     [(date(2006, 1, 1), date(2007, 12, 31))]),
    (date(2023, 3, 10), "The rowing eight won the national title in 2013 and 2014.",
     [(date(2013, 1, 1), date(2013, 12, 31)), (date(2014, 1, 1), date(2014, 12, 31))]),
]


@pytest.mark.parametrize("published, text, spans", AT_A_POINT_EACH_YEAR, ids=[s[1][:40] for s in AT_A_POINT_EACH_YEAR])
def test_a_happening_at_a_point_in_each_of_two_years(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)
