"""Review of round 34's builder changes (s34-builder), with probes of our own. Each table's rows fail on the merged
code before the fix they come with, except the look-alikes, which guard what the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_event_review29 import Span, _assert_spans
from timeline.events import events_for_document
from timeline.model import Document

# A lead that signs, reaches or agrees a deal ends talks or a quarrel told in the past perfect; a lead that signs
# anything else ("signed autographs", "signed the budget") does not, nor does a quarrel told as going on still.
# (publication date, text, the events' spans, sorted)
SETTLED_BY_A_DEAL = [
    (date(2025, 6, 16), "The singer signed autographs on Saturday. Her manager had been in talks with a label "
     "since March.",
     [(date(2025, 3, 1), date(2025, 6, 16)), (date(2025, 6, 14), date(2025, 6, 14))]),
    (date(2025, 6, 16), "The governor signed the budget on Friday. Teachers had been in dispute with the state "
     "since 2022.",
     [(date(2022, 1, 1), date(2025, 6, 16)), (date(2025, 6, 13), date(2025, 6, 13))]),
    (date(2025, 6, 16), "The port signed a contract with the haulier on Friday. The two had feuded since 2017, and "
     "still do.",
     [(date(2017, 1, 1), date(2025, 6, 16)), (date(2025, 6, 13), date(2025, 6, 13))]),
    # look-alikes: a truce signed, a deal reached, a dispute settled end them
    (date(2025, 6, 16), "A truce was signed on Thursday. The two villages had feuded since 1988.",
     [(date(1988, 1, 1), date(2025, 6, 12)), (date(2025, 6, 12), date(2025, 6, 12))]),
    (date(2025, 6, 16), "The dockers reached a deal with the port on Friday. The two sides had been in talks since "
     "April.",
     [(date(2025, 4, 1), date(2025, 6, 13)), (date(2025, 6, 13), date(2025, 6, 13))]),
    (date(2025, 6, 16), "The neighbours settled their dispute on Wednesday. They had been at odds since 2020.",
     [(date(2020, 1, 1), date(2025, 6, 11)), (date(2025, 6, 11), date(2025, 6, 11))]),
]


@pytest.mark.parametrize("published, text, spans", SETTLED_BY_A_DEAL, ids=[s[1][:40] for s in SETTLED_BY_A_DEAL])
def test_talks_end_at_a_deal_only(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "must have known before April" guesses about the past: no duty with a deadline from the publication date
# (text, publication date, the month after "before")
MUST_HAVE_DONE = [
    ("The clerk must have seen the letter before March.", date(2025, 11, 3), 3),
    ("The mayor must have resigned before October.", date(2024, 9, 2), 10),
]


@pytest.mark.parametrize("text, published, month", MUST_HAVE_DONE, ids=[s[0][:40] for s in MUST_HAVE_DONE])
def test_must_have_done_is_no_deadline(text: str, published: date, month: int) -> None:
    events = events_for_document(Document("x", text, published))
    assert events, text
    assert all(e.start != published and e.start.month == month for e in events), [(e.start, e.end) for e in events]


# look-alikes: a duty before a month is the deadline still, "must have" with a noun after it too
MUST_DO = [
    (date(2025, 11, 3), "The clerk must send the letters before March.",
     [(date(2025, 11, 3), date(2026, 2, 28))]),
    (date(2025, 11, 3), "Every bidder must have a licence before March.",
     [(date(2025, 11, 3), date(2026, 2, 28))]),
]


@pytest.mark.parametrize("published, text, spans", MUST_DO, ids=[s[1][:40] for s in MUST_DO])
def test_must_do_before_a_month_is_a_deadline(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "Twenty years ago today the pier burned down": the publication date's day, that many years back (as "to the day"),
# one event; "a year ago to the day, on May 4, 2024" is that one day once.
AGO_TODAY = [
    (date(2025, 5, 4), "Twenty years ago today the pier burned down.",
     [(date(2005, 5, 4), date(2005, 5, 4))]),
    (date(2025, 5, 4), "The pier burned down six months ago today, the owners said.",
     [(date(2024, 11, 4), date(2024, 11, 4))]),
    (date(2025, 5, 4), "A year ago to the day, on May 4, 2024, the pier burned down.",
     [(date(2024, 5, 4), date(2024, 5, 4))]),
    # look-alikes: "today" of its own clause after a comma, "today's" a determiner
    (date(2025, 5, 4), "Twenty years ago, today the pier is a car park.",
     [(date(2005, 1, 1), date(2005, 12, 31)), (date(2025, 5, 4), date(2025, 5, 4))]),
    (date(2025, 5, 4), "Twenty years ago today's owners bought the pier.",
     [(date(2005, 1, 1), date(2005, 12, 31)), (date(2025, 5, 4), date(2025, 5, 4))]),
]


@pytest.mark.parametrize("published, text, spans", AGO_TODAY, ids=[s[1][:40] for s in AGO_TODAY])
def test_years_ago_today(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "The lake had not frozen since 1985 before it froze over on Tuesday": a negated past-perfect state (a state since
# this round) ends on the later day its own sentence tells the thing done again ("before", "until", "but").
NOT_DONE_UNTIL = [
    (date(2025, 3, 7), "The lake had not frozen since 1985 before it froze over on Tuesday.",
     [(date(1985, 1, 1), date(2025, 3, 4)), (date(2025, 3, 4), date(2025, 3, 4))]),
    (date(2025, 3, 7), "The otters had not been seen on the river since 2009 until an angler filmed two on Monday.",
     [(date(2009, 1, 1), date(2025, 3, 3)), (date(2025, 3, 3), date(2025, 3, 3))]),
    (date(2025, 3, 7), "The mill had not ground flour since 1961, but it did on Wednesday.",
     [(date(1961, 1, 1), date(2025, 3, 5)), (date(2025, 3, 5), date(2025, 3, 5))]),
    # look-alikes: a later day of something else; a state with no day after it
    (date(2025, 3, 7), "The winger had not scored since May 2024 and was dropped on Tuesday.",
     [(date(2024, 5, 1), date(2025, 3, 7)), (date(2025, 3, 4), date(2025, 3, 4))]),
    (date(2025, 3, 7), "The geyser had not erupted since 1985.",
     [(date(1985, 1, 1), date(2025, 3, 7))]),
]


@pytest.mark.parametrize("published, text, spans", NOT_DONE_UNTIL, ids=[s[1][:40] for s in NOT_DONE_UNTIL])
def test_a_thing_not_done_until_a_later_day(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "Stocks fell for a third day on Monday": a market or a court counts its working days, so the first of three ending
# on a Monday is the Thursday before, not the Saturday.
WORKING_DAYS = [
    (date(2025, 3, 12), "Stocks in Seoul fell for a third day on Monday.",
     [(date(2025, 3, 6), date(2025, 3, 10))]),
    (date(2025, 3, 12), "The jury deliberated for a fourth day on Tuesday.",
     [(date(2025, 3, 6), date(2025, 3, 11))]),
    # look-alikes: no weekend crossed; a thing that goes on through the weekend
    (date(2025, 3, 12), "Stocks in Seoul fell for a third day on Wednesday.",
     [(date(2025, 3, 10), date(2025, 3, 12))]),
    (date(2025, 3, 12), "Volunteers searched the moor for a third day on Monday.",
     [(date(2025, 3, 8), date(2025, 3, 10))]),
]


@pytest.mark.parametrize("published, text, spans", WORKING_DAYS, ids=[s[1][:40] for s in WORKING_DAYS])
def test_markets_and_courts_count_working_days(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)
