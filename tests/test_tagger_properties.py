"""Property tests: no string makes the tagger raise, offsets are always valid, and nothing reads the clock."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import TimexType
from timeline.tagger import tag

DATEY_WORDS = [
    "Monday", "Friday", "May", "March", "June", "Sept.", "last", "next", "week", "year", "ago", "from", "to", "-",
    "–", "1998", "2024", "22", "3/22/2024", "10:35", "a.m.", "p.m.", "the", "early", "mid-", "quarter", "third",
    "since", "until", "between", "and", "years", "days", "two", "twenty", "five", "'s", ",", ".", "\n", " ", "tonight",
    "yesterday", "every", "each", "fiscal", "1990s", "'80s", "century", "ago.", "GMT", "noon", "$", "%", "2,185",
]

datey_text = st.lists(st.sampled_from(DATEY_WORDS), max_size=40).map(" ".join)
any_text = st.one_of(st.text(max_size=300), datey_text)
anchors = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@settings(max_examples=400, deadline=None)
@given(text=any_text, dct=anchors)
def test_never_raises_and_offsets_are_valid(text: str, dct: date | None) -> None:
    timexes = tag(text, dct)
    last_end = -1
    for t in timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start : t.end]
        assert t.start >= last_end, "expressions do not overlap and come in text order"
        last_end = t.end
        assert t.value
        if t.first_day is not None:
            assert t.last_day is not None and t.first_day <= t.last_day


@settings(max_examples=200, deadline=None)
@given(text=datey_text)
def test_without_an_anchor_nothing_relative_is_resolved(text: str) -> None:
    """With no document date, relative expressions keep unresolved values: the clock is never read."""
    timexes = tag(text, None)
    for t in timexes:
        if t.type in (TimexType.DATE, TimexType.TIME) and t.first_day is not None:
            # only expressions that name their year may be pinned to the calendar: themselves, or the other
            # end of their range ("from May to June 1998")
            named = [t] + [o for o in timexes if t.range_id is not None and o.range_id == t.range_id]
            # or, for a clock time, the day written right next to it ("noon, 3/22/2024")
            named += [o for o in timexes if t.anchor == "adjacent" and o is not t and o.first_day == t.first_day]
            assert any(
                any(ch.isdigit() for ch in o.text) or "century" in o.text.lower() or "'" in o.text for o in named
            ), t


@settings(max_examples=200, deadline=None)
@given(text=datey_text, dct=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_same_input_same_output(text: str, dct: date) -> None:
    assert tag(text, dct) == tag(text, dct)


@pytest.mark.parametrize(
    "text, dct",
    [
        ("He left 99999999999999999999 weeks later.", date(2024, 3, 28)),
        ("It happened in 2020. Then 99999999 years later it ended.", date(2024, 3, 28)),
        ("Prices will rise in the coming weeks.", date(9999, 12, 31)),
        ("Prices rose in recent years.", date(1, 1, 1)),
        ("The deal closed 9999999 days ago.", date(2024, 3, 28)),
        ("Tomorrow and next year and next week.", date(9999, 12, 31)),
        ("Yesterday, last year and last week.", date(1, 1, 1)),
    ],
)
def test_calendar_edges_do_not_raise(text: str, dct: date) -> None:
    for t in tag(text, dct):
        assert t.text == text[t.start : t.end]


@pytest.mark.parametrize(("text", "dct", "value"), [
    # an anchor in the calendar's first or last year: a date without a year takes the anchor's own year
    ("It opened in May.", date(1, 1, 1), "0001-05"),
    ("It opens on May 3.", date(1, 1, 1), "0001-05-03"),
    ("It opened in May.", date(9999, 12, 31), "9999-05"),
    ("It closes Dec. 31.", date(9999, 6, 1), "9999-12-31"),
])
def test_anchor_at_the_calendar_edge(text: str, dct: date, value: str) -> None:
    assert [t.value for t in tag(text, dct)] == [value]


@pytest.mark.parametrize(("text", "expressions"), [
    # a dotted capital I lower-cases to two characters: it is read as an I, and the text is kept as written
    ("They met on Monday and again the followİng day.", ["Monday", "the followİng day"]),
    ("Prices rose in the nİneties.", ["the nİneties"]),
    ("İstanbul voted on March 31, 2024.", ["March 31, 2024"]),
])
def test_dotted_capital_i_is_read_as_i(text: str, expressions: list[str]) -> None:
    found = tag(text, date(2024, 4, 2))
    assert [t.text for t in found] == expressions
    assert all(t.text == text[t.start : t.end] and t.value for t in found)
