"""Review of round 35's builder change (tests/test_event_review35.py's rules), read against probes of our own: the
cases where a new rule reached too far. Each table's rows fail on the merged change before these fixes, except the
look-alikes, which guard what the rule is still meant to do."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_event_review29 import Span, _assert_spans
from timeline.events import events_for_document
from timeline.model import Document

# An anniversary's flash-back ("Forty years ago today, ...") ends at a day the tagger reads ahead of the news ("will
# hold a vigil on Sunday", "opens on October 1"): a day to come is the present's, not the narrated year's.
# (publication date, text, the events' spans, sorted); September 8, 2022 is a Thursday, September 8, 1982 a Wednesday
FLASHBACK_ENDS_AHEAD = [
    (date(2022, 9, 8), "Forty years ago today, the old pier burned down. Fishermen will hold a vigil there on Sunday.",
     [(date(1982, 9, 8), date(1982, 9, 8)), (date(2022, 9, 11), date(2022, 9, 11))]),
    (date(2022, 9, 8), "Forty years ago today, the old pier burned down. A new pier opens on October 1.",
     [(date(1982, 9, 8), date(1982, 9, 8)), (date(2022, 10, 1), date(2022, 10, 1))]),
    # look-alike: a day told in the past after the opener is still the narrated year's
    (date(2022, 9, 8), "Forty years ago today, the old pier burned down, and the last embers were put out on Friday.",
     [(date(1982, 9, 8), date(1982, 9, 8)), (date(1982, 9, 10), date(1982, 9, 10))]),
]


@pytest.mark.parametrize("published, text, spans", FLASHBACK_ENDS_AHEAD, ids=[s[1][:40] for s in FLASHBACK_ENDS_AHEAD])
def test_a_flashback_ends_at_a_day_ahead(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "a week today" is a day a week on only when "a week" is no object of a preposition: "the first fall in a week
# today" is today's event.
A_WEEK_AFTER_A_PREPOSITION = [
    (date(2021, 10, 6), "Oil prices fell for the first time in a week today.",
     [(date(2021, 10, 6), date(2021, 10, 6))]),
    (date(2021, 10, 6), "The pound touched its highest level in a week today.",
     [(date(2021, 10, 6), date(2021, 10, 6))]),
    # look-alike: the day a week on
    (date(2021, 10, 6), "The ferry service to the islands resumes a week today.",
     [(date(2021, 10, 13), date(2021, 10, 13))]),
]


@pytest.mark.parametrize("published, text, spans", A_WEEK_AFTER_A_PREPOSITION,
                         ids=[s[1][:40] for s in A_WEEK_AFTER_A_PREPOSITION])
def test_a_week_after_a_preposition(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# An agreement that "ends on" a day is a state up to it only as the clause's subject: "voting on the pay agreement
# ends" is the vote's last day.
AN_ACCORD_AS_OBJECT = [
    (date(2026, 3, 5), "Voting on the pay agreement ends on March 20.",
     [(date(2026, 3, 20), date(2026, 3, 20))]),
    (date(2026, 3, 5), "Consultation over the new lease ends on April 2.",
     [(date(2026, 4, 2), date(2026, 4, 2))]),
    # look-alike: a preposition before a comma is no part of the subject
    (date(2026, 3, 5), "Under the plan, the truce expires on March 20.",
     [(date(2026, 3, 5), date(2026, 3, 20))]),
]


@pytest.mark.parametrize("published, text, spans", AN_ACCORD_AS_OBJECT, ids=[s[1][:40] for s in AN_ACCORD_AS_OBJECT])
def test_an_accord_as_an_object(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# A term an order sets runs to the day the count reaches only when the order's verb governs the count: not an
# attributive "banned", not an order told before another past verb whose own days the count are.
AN_ORDER_NOT_GOVERNING = [
    (date(2023, 9, 14), "Police banned a march and the protest camp stood for 12 days from August 20.",
     [(date(2023, 8, 20), date(2023, 8, 31))]),
    (date(2023, 9, 14), "The banned band played in secret for ten days from September 1.",
     [(date(2023, 9, 1), date(2023, 9, 10))]),
    # look-alike: the ban's own term
    (date(2023, 9, 14), "Police banned marches in the centre for 12 days from August 20.",
     [(date(2023, 8, 20), date(2023, 9, 1))]),
]


@pytest.mark.parametrize("published, text, spans", AN_ORDER_NOT_GOVERNING,
                         ids=[s[1][:40] for s in AN_ORDER_NOT_GOVERNING])
def test_an_order_not_governing_the_count(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "a year ago in June" names its month after the count: the publication's month a year back is not read in its place
# (the year, which holds June, stays until the two are read as one date).
@pytest.mark.parametrize("text", ["The canal was drained a year ago in June.",
                                  "The canal was drained a year ago on a Friday night."])
def test_a_year_ago_with_its_part_after(text: str) -> None:
    spans = [(e.start, e.end) for e in events_for_document(Document("x", text, date(2021, 10, 6)))]
    assert (date(2020, 10, 1), date(2020, 10, 31)) not in spans, spans
    assert any(start <= date(2020, 6, 15) <= end for start, end in spans), spans
