"""Review of the round-32 event-builder changes (reviews/builder32.md; our own sentences). Each table's rows fail on
merged main 7ac6013 except the look-alikes, which guard what the fix must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_event_review29 import Span, _assert_spans

# "over the past two years" counts back from the publication date only when the sentence is not narrated about an
# earlier year: a written year before the span and no present perfect make it a past of that year (no event of its
# own; the year told keeps its event). (publication date, text, the events' spans, sorted)
PAST_YEARS_IN_AN_EARLIER_YEAR = [
    (date(2020, 6, 2), "In 2011 the coach said he had trained the squad for the past two years.",
     [(date(2011, 1, 1), date(2011, 12, 31))]),
    (date(2020, 6, 2), "By 2013 the mill had laid off 250 workers over the past three years.",
     [(date(2013, 1, 1), date(2013, 12, 31))]),
    (date(2020, 6, 2), "When the clinic shut in 2009, it had lost patients for the past six months.",
     [(date(2009, 1, 1), date(2009, 12, 31))]),
    # look-alikes: a present perfect counts back from the news; no other year
    (date(2020, 6, 2), "Rents have doubled over the past two years, up from their 2016 level.",
     [(date(2016, 1, 1), date(2016, 12, 31)), (date(2018, 6, 2), date(2020, 6, 2))]),
    (date(2020, 6, 2), "The mill laid off 250 workers over the past three years.",
     [(date(2017, 6, 2), date(2020, 6, 2))]),
]


@pytest.mark.parametrize("published, text, spans", PAST_YEARS_IN_AN_EARLIER_YEAR,
                         ids=[s[1][:40] for s in PAST_YEARS_IN_AN_EARLIER_YEAR])
def test_past_years_of_an_earlier_year(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "before the year was out" is a past: no deadline from the publication date; after a written year it is that year's,
# told already. "before November is out" stays a deadline; "before the year ends" is no form of this rule.
BEFORE_IT_WAS_OUT = [
    (date(2020, 6, 2), "In 2012 the miners went back to work before the year was out.",
     [(date(2012, 1, 1), date(2012, 12, 31))]),
    (date(2020, 6, 2), "The bakery closed before the year was out.", [(date(2020, 1, 1), date(2020, 12, 31))]),
    (date(2020, 6, 2), "The rebels held the town before the month was over.", [(date(2020, 6, 1), date(2020, 6, 30))]),
    # look-alikes: a deadline ahead
    (date(2020, 6, 2), "The bakery will close before the year is out.", [(date(2020, 6, 2), date(2020, 12, 31))]),
    (date(2020, 6, 2), "The mayor wants the road fixed before August is out.",
     [(date(2020, 6, 2), date(2020, 8, 31))]),
]


@pytest.mark.parametrize("published, text, spans", BEFORE_IT_WAS_OUT, ids=[s[1][:40] for s in BEFORE_IT_WAS_OUT])
def test_before_a_unit_was_out(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)


# "In the coming weeks, the board will decide": a time phrase that opens its clause, set off by a comma, belongs to
# the clause after the comma, whose future makes it a plan.
COMING_WEEKS_OPENING_ITS_CLAUSE = [
    (date(2020, 6, 2), "In the coming weeks, the board will pick a new chief.",
     [(date(2020, 6, 2), date(2020, 6, 30))]),
    (date(2020, 6, 2), "Over the coming weeks, engineers will test the dam.", [(date(2020, 6, 2), date(2020, 6, 30))]),
    (date(2020, 6, 2), "In the coming weeks, the mayor said, the town will open two new schools.",
     [(date(2020, 6, 2), date(2020, 6, 30))]),
    # look-alike: an expectation with a future in another clause
    (date(2020, 6, 2), "More storms are likely in the coming weeks, and the port will shut on Friday.",
     [(date(2020, 6, 5), date(2020, 6, 5))]),
]


@pytest.mark.parametrize("published, text, spans", COMING_WEEKS_OPENING_ITS_CLAUSE,
                         ids=[s[1][:40] for s in COMING_WEEKS_OPENING_ITS_CLAUSE])
def test_coming_weeks_opening_its_clause(published: date, text: str, spans: list[Span]) -> None:
    _assert_spans(text, published, spans)
