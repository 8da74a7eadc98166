"""Review of round 36's second builder change (review36b rows): look-alikes its new rules silenced wrongly. Each
table's rows fail on the code before the fix they come with, except the look-alikes, which guard what the builder's
rules must still do."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_event_review29 import Span, _assert_spans

# (publication date, text, the events' spans, sorted)
CASES = [
    # a part of a day opening its sentence before a new thing ("That evening, a bomb ...") tells an event of its own
    # (15 May 2024 is a Wednesday)
    (date(2024, 5, 15), "Pilgrims reached the shrine on Sunday. That evening a second rockfall blocked the path.",
     [(date(2024, 5, 12), date(2024, 5, 12)), (date(2024, 5, 12), date(2024, 5, 12))]),
    (date(2024, 5, 15), "The envoy arrived in Dakar on Monday. Later that evening, an explosion shook the port.",
     [(date(2024, 5, 13), date(2024, 5, 13)), (date(2024, 5, 13), date(2024, 5, 13))]),
    # look-alike: the same story that evening
    (date(2024, 5, 15), "The envoy arrived in Dakar on Monday. That evening he met the prime minister.",
     [(date(2024, 5, 13), date(2024, 5, 13))]),
    # "as it does every year on X," is an aside on the custom: the holiday dates this year's news
    (date(2024, 12, 29), "As it does every year on Christmas Day, the shelter fed 900 homeless people.",
     [(date(2024, 12, 25), date(2024, 12, 25))]),
    # look-alike: a yearly day in a sentence telling a habit
    (date(2024, 2, 1), "Sirens sound across the city every year on New Year's Day.", []),
    # a present-simple when-clause after a range still to come is a thing to come, no habit; a verb whose past is
    # its present ("hit", "shut") tells no habit for sure
    (date(2024, 5, 8), "The congress runs from May 20 to 23, when delegates elect a new chairman.",
     [(date(2024, 5, 20), date(2024, 5, 23)), (date(2024, 5, 23), date(2024, 5, 23))]),
    (date(2024, 5, 15), "Rain fell on the valley from May 3 to 6, when the flood hit the lower town.",
     [(date(2024, 5, 3), date(2024, 5, 6)), (date(2024, 5, 6), date(2024, 5, 6))]),
    # look-alike: a habit after a range gone by
    (date(2024, 5, 15), "Inns were full over the feast from May 3 to 6, when villagers carry lanterns to the lake.",
     [(date(2024, 5, 3), date(2024, 5, 6))]),
    # a plan told after a relative clause on its subject is the news's own plan: the report's day dates no step
    (date(2024, 5, 15), "Nurses who cared for the patients will give evidence, the inquiry said on Monday, as "
     "hearings began.", []),
    (date(2024, 5, 15), "The contractor that laid the tracks will fund the repairs, the city said on Tuesday, after "
     "a derailment.", []),
    # look-alike: a plan word inside a relative clause after news that happened
    (date(2024, 5, 15), "The mill laid off 80 weavers who will lose their homes, the union said on Tuesday, as "
     "orders fell.", [(date(2024, 5, 14), date(2024, 5, 14))]),
]


@pytest.mark.parametrize("published, text, spans", CASES, ids=[s[1][:40] for s in CASES])
def test_review36c(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)
