"""The resolver's shortcuts give what the plain way gives: each table runs the fast path and the plain one (the
library call or the computation it replaces) on the same rows, calendar edges included."""

from __future__ import annotations

import calendar
import re
from datetime import MAXYEAR, MINYEAR, date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekdays as WEEKDAYS

from timeline.resolve import (
    FUTURE,
    NEAR_DEADLINE_DAYS,
    PAST,
    PRESENT,
    Context,
    _calendar_interval,
    _fill,
    interval_of,
    pick_year_by_tense,
    resolve_weekday,
    weekday_from,
)
from timeline.rules import ValueSpec

# days of every weekday, across a leap day, a year's turn and both ends of the calendar
DAYS = [date(2024, 2, 26) + timedelta(days=n) for n in range(8)] + [
    date(2023, 12, 28) + timedelta(days=n) for n in range(8)
] + [date(1, 1, n) for n in range(1, 9)] + [date(9999, 12, n) for n in range(24, 32)]


def _plain_weekday_from(day: date, weekday: int, direction: int) -> date:
    moved: date = day + relativedelta(weekday=WEEKDAYS[weekday - 1](1 if direction > 0 else -1))
    return moved


@pytest.mark.parametrize("direction", [1, -1])
@pytest.mark.parametrize("day", DAYS)
def test_weekday_from_is_dateutils_weekday_step(day: date, direction: int) -> None:
    for weekday in range(1, 8):
        try:
            expected: date | type[OverflowError] = _plain_weekday_from(day, weekday, direction)
        except OverflowError:
            expected = OverflowError  # past the calendar's end: the resolver drops the expression
        try:
            found: date | type[OverflowError] = weekday_from(day, weekday, direction)
        except OverflowError:
            found = OverflowError
        assert found == expected, (day, weekday, direction)


def _plain_pick_year(month: int, day_of_month: int | None, ctx: Context) -> int | None:
    """pick_year_by_tense as it was written before its choices were cached: every occurrence worked out each time,
    and the tense always read."""
    if ctx.year_hint is not None:
        return ctx.year_hint
    if ctx.dct is None:
        return None
    dct = ctx.dct
    if not MINYEAR < dct.year < MAXYEAR:
        return dct.year
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        last = calendar.monthrange(year, month)[1]
        candidates.append((year, date(year, month, min(day_of_month or 1, last)),
                           date(year, month, min(day_of_month or last, last))))
    if ctx.tense == FUTURE:
        return next(c for c in candidates if c[2] >= dct)[0]
    if ctx.tense == PAST:
        if 0 < (candidates[1][1] - dct).days <= NEAR_DEADLINE_DAYS and not ctx.past_event:
            return dct.year
        return [c for c in candidates if c[1] <= dct][-1][0]
    return min(candidates, key=lambda c: 0 if c[1] <= dct <= c[2] else min(abs((c[1] - dct).days),
                                                                         abs((c[2] - dct).days)))[0]


# anchors at the year's turn, in its middle, on a leap day, near the calendar's ends
ANCHORS = [date(2024, 1, 1), date(2024, 2, 29), date(2023, 6, 15), date(2024, 12, 31), date(2023, 10, 2),
           date(1, 6, 1), date(2, 1, 1), date(9998, 12, 31), date(9999, 3, 1)]


@pytest.mark.parametrize("dct", ANCHORS)
@pytest.mark.parametrize("tense", [FUTURE, PAST, PRESENT, None])
@pytest.mark.parametrize("past_event", [True, False])
def test_pick_year_by_tense_is_the_plain_choice(dct: date, tense: str | None, past_event: bool) -> None:
    for month in range(1, 13):
        for day_of_month in (None, 1, 15, 29, 30, 31):
            for year_hint in (None, 1998):
                ctx = Context(dct, tense, year_hint=year_hint, event_cue=past_event)
                assert pick_year_by_tense(month, day_of_month, ctx) == _plain_pick_year(month, day_of_month, ctx), (
                    month, day_of_month, year_hint)


@pytest.mark.parametrize("dct", ANCHORS)
def test_the_tense_is_read_only_when_the_tenses_differ(dct: date) -> None:
    """Where every tense gives one year (a month in the anchor's own month, say), the sentence is not read; where
    they differ (past event or not, in the past tense), it is."""
    asked: list[str] = []

    def tense() -> str | None:
        asked.append("tense")
        return PAST

    for month in range(1, 13):
        for day_of_month in (None, 1, 15, 28):
            plain = {_plain_pick_year(month, day_of_month, Context(dct, t, event_cue=event))
                     for t in (FUTURE, PAST, None) for event in (True, False)}
            asked.clear()
            pick_year_by_tense(month, day_of_month, Context(dct, tense, event_cue=False))
            needed = len(plain) > 1 and MINYEAR < dct.year < MAXYEAR
            assert bool(asked) == needed, (month, day_of_month)


@pytest.mark.parametrize("dct", DAYS[:8])
@pytest.mark.parametrize("shift", [None, -1, 0, 1])
def test_resolve_weekday_is_dateutils(dct: date, shift: int | None) -> None:
    for weekday in range(1, 8):
        for tense in (FUTURE, PAST, None):
            ctx = Context(dct, tense)
            if shift is None:
                plain = _plain_weekday_from(dct, weekday, 1 if tense == FUTURE else -1)
            elif shift == 0:
                plain = dct + timedelta(days=weekday - dct.isoweekday())
            else:
                plain = _plain_weekday_from(dct + timedelta(days=shift), weekday, shift)
            assert resolve_weekday(weekday, shift, ctx) == plain, (weekday, tense)


# values of every form, a day that is no day, and the references that hang on the anchor
VALUES = ["2024-02-29", "2023-02-29", "2024-03-28T10:30", "2024-W09", "2020-W53-WE", "2024-05", "2024-Q4", "2023-H2",
          "2024-WI", "1999-SU", "1987", "199", "19", "0000", "XXXX-05", "PRESENT_REF", "FUTURE_REF", "PAST_REF",
          "P3Y", "9999-WI"]


@pytest.mark.parametrize("value", VALUES)
def test_interval_of_is_the_plain_interval_whatever_the_anchor(value: str) -> None:
    """interval_of caches what a value names by the value alone: each anchor and horizon still gets what the plain
    (uncached) work gives it, and a reference to the anchor moves with the anchor."""
    for dct in (date(2024, 3, 28), date(1998, 1, 5), None, date(1, 1, 1), date(9999, 12, 31)):
        for horizon in (28, 730):
            found = interval_of(value, dct, horizon)
            if value.endswith("_REF"):  # worked out each time, from the anchor: it starts or ends there
                assert (found is None) == (dct is None), (dct, horizon)
                if dct is not None and found is not None:
                    assert dct in (found[0], found[1]), (dct, horizon)
            else:
                assert found == _calendar_interval.__wrapped__(value), (dct, horizon)


def _plain_fill(args: tuple[tuple[str, str], ...], groups: dict[str, str | None]) -> dict[str, str]:
    """A spec's arguments filled in by splitting each at its {group} references every time."""
    filled = {}
    for key, raw in args:
        parts = re.split(r"\{(\w+)\}", raw)
        filled[key] = "".join(part if i % 2 == 0 else groups.get(part) or "" for i, part in enumerate(parts)).strip()
    return filled


@pytest.mark.parametrize("args", [
    (("y", "{y}"), ("m", "{m}"), ("d", "{d}")),  # each group alone
    (("n", "-{n}"), ("u", "{u}")),  # text before a group
    (("h", "{h}{mm}"), ("ap", "{ap} ")),  # two groups, text after one
    (("v", "PRESENT_REF"),),  # no group at all
    (("w", " {w} "), ("w", "{w2}")),  # the same key twice: the last one counts
])
def test_fill_is_the_plain_fill(args: tuple[tuple[str, str], ...]) -> None:
    for groups in ({"y": "1998", "m": "May", "d": " 3 ", "n": "two", "u": "weeks", "h": "10", "mm": "30",
                    "ap": "a.m.", "w": "Friday", "w2": None}, {}):
        assert _fill(ValueSpec("x", args), groups) == _plain_fill(args, groups), groups
