"""Builder cases found reading the dev half of tests/heldout_articles6 (our own sentences, other situations)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import events_for_document
from timeline.model import Document

Span = tuple[date, date]


def _spans(text: str, published: date) -> list[Span]:
    return sorted((e.start, e.end) for e in events_for_document(Document("x", text, published)))


# "since X, when ...": the when-clause is an event of X as the state's start reads it (last February in an October
# story, not next February), and of X's whole unit when X names a part of it ("since mid-August" is August).
# (publication date, text, the (start, end) of every event built, sorted)
SINCE_WHEN = [
    (date(2025, 10, 20), "Rents have climbed since February, when the city lifted its cap.",
     [(date(2025, 2, 1), date(2025, 2, 28)), (date(2025, 2, 1), date(2025, 10, 20))]),
    (date(2025, 10, 20), "Queues have grown at the border since mid-August, when guards began checking every truck.",
     [(date(2025, 8, 1), date(2025, 8, 31)), (date(2025, 8, 1), date(2025, 10, 20))]),
    (date(2023, 9, 12), "The ferry has sailed half-empty since late May, when fares doubled.",
     [(date(2023, 5, 1), date(2023, 5, 31)), (date(2023, 5, 1), date(2023, 9, 12))]),
    (date(2025, 10, 20), "Water has been rationed in the valley since March 3, when the reservoir ran dry.",
     [(date(2025, 3, 3), date(2025, 3, 3)), (date(2025, 3, 3), date(2025, 10, 20))]),
    (date(2025, 10, 20), "The line has been shut since the spring, when a landslide buried the tracks.",
     [(date(2025, 3, 1), date(2025, 5, 31)), (date(2025, 3, 1), date(2025, 10, 20))]),
    # look-alikes: a year needs no moving; a month told "in" (no state) is one event
    (date(2025, 10, 20), "Attacks have hit the town since 2015, when the army withdrew.",
     [(date(2015, 1, 1), date(2015, 12, 31)), (date(2015, 1, 1), date(2025, 10, 20))]),
    (date(2025, 10, 20), "Rents fell in February, when the city lifted its cap.",
     [(date(2025, 2, 1), date(2025, 2, 28))]),
]


@pytest.mark.parametrize("published, text, spans", SINCE_WHEN, ids=[s[1][:40] for s in SINCE_WHEN])
def test_the_when_clause_of_a_state_since_is_the_state_start(published: date, text: str, spans: list[Span]) -> None:
    assert _spans(text, published) == spans, [(e.start, e.end, e.title) for e in
                                              events_for_document(Document("x", text, published))]


# A figure compared with "a year earlier" may be a share in words ("fell by almost half", "rose by a quarter",
# "doubled"): the date counted back is still only the base of the comparison, no event. A "from" date with no count
# back says when something starts. (publication date, text, the (start, end) of every event built, sorted)
SHARE_COMPARED = [
    (date(2024, 5, 8), "Ticket sales dropped by almost a third in March from a year earlier.",
     [(date(2024, 3, 1), date(2024, 3, 31))]),
    (date(2024, 5, 8), "Farm incomes fell by half from the previous year, the union said.", []),
    (date(2024, 5, 8), "Wheat imports halved in April from a year earlier.", [(date(2024, 4, 1), date(2024, 4, 30))]),
    # look-alikes
    (date(2024, 5, 8), "Bus fares go up by a quarter from June.", [(date(2024, 6, 1), date(2024, 6, 30))]),
    (date(2024, 5, 8), "The plant shed half its staff a year ago.", [(date(2023, 1, 1), date(2023, 12, 31))]),
]


@pytest.mark.parametrize("published, text, spans", SHARE_COMPARED, ids=[s[1][:40] for s in SHARE_COMPARED])
def test_a_share_compared_with_a_date_counted_back(published: date, text: str, spans: list[Span]) -> None:
    assert _spans(text, published) == spans
