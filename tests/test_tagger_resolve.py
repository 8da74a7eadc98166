"""The resolver's dispatch table: one row or more per value kind, run through resolve_value with a fixed anchor."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.resolve import (
    FUTURE,
    PAST,
    VALUE_RESOLVERS,
    Context,
    Unresolvable,
    _day_of_month,
    movable_feast,
    resolve_value,
)
from timeline.rules import VALUE_KINDS, default_ruleset, parse_spec

WORDS = default_ruleset().words
THU = date(2024, 3, 28)  # a Thursday

# kind, spec, groups, anchor, tense, previous day, previous value, focus quarter, expected value
ROWS: list[tuple[str, str, dict[str, str | None], date | None, str | None, date | None, str | None, str | None,
                 str]] = [
    ("date", "date y={y} m={m} d={d}", {"y": "2019", "m": "June", "d": "3"}, THU, None, None, None, None,
     "2019-06-03"),
    ("date", "date m={m} d={d}", {"m": "August", "d": "2"}, THU, PAST, None, None, None, "2023-08-02"),
    # a past report naming a day within a quarter ahead: this year's ("declared a dividend payable May 2")
    ("date", "date m={m} d={d}", {"m": "May", "d": "2"}, THU, PAST, None, None, None, "2024-05-02"),
    ("date", "date m={m} d={d}", {"m": "May", "d": "2"}, THU, FUTURE, None, None, None, "2024-05-02"),
    ("date", "date yy={yy} m={m} d={d}", {"yy": "09", "m": "5", "d": "6"}, THU, None, None, None, None,
     "2009-05-06"),
    ("monthday", "monthday d={d}", {"d": "30th"}, THU, None, None, None, None, "2024-03-30"),
    ("decade", "decade y={y}", {"y": "1990"}, THU, None, None, None, None, "199"),
    ("century", "century n={n}", {"n": "20th"}, THU, None, None, None, None, "19"),
    ("quarter", "quarter q={q} y={y}", {"q": "third", "y": None}, THU, None, None, None, None, "2023-Q3"),
    ("quarter", "quarter q={q} yrel={yrel}", {"q": "second", "yrel": "last"}, THU, None, None, None, None,
     "2023-Q2"),
    ("half", "half h={h} y={y}", {"h": "first", "y": "2020"}, THU, None, None, None, None, "2020-H1"),
    ("season", "season s={s} shift={r}", {"s": "summer", "r": "last"}, THU, None, None, None, None, "2023-SU"),
    ("yearend", "yearend", {}, THU, PAST, None, None, None, "2023-12-31"),
    ("day", "day word={dw}", {"dw": "yesterday"}, THU, None, None, None, None, "2024-03-27"),
    ("weekday", "weekday w={w}", {"w": "Monday"}, THU, PAST, None, None, None, "2024-03-25"),
    ("weekday", "weekday w={w}", {"w": "Monday"}, THU, FUTURE, None, None, None, "2024-04-01"),
    ("weekday", "weekday w={w} shift={r}", {"w": "Thursday", "r": "last"}, THU, None, None, None, None,
     "2024-03-21"),
    ("rel", "rel u={u} shift={r}", {"u": "month", "r": "next"}, THU, None, None, None, None, "2024-04"),
    ("monthrel", "monthrel m={m} shift={r}", {"m": "March", "r": "last"}, THU, None, None, None, None, "2023-03"),
    ("ago", "ago n={n} u={u}", {"n": "three", "u": "years"}, THU, None, None, None, None, "2021"),
    ("away", "away n={n} u={u}", {"n": "two", "u": "days"}, THU, None, None, None, None, "2024-03-30"),
    ("after", "after n={n} u={u}", {"n": "following", "u": "day"}, THU, None, date(2020, 2, 28), "2020-02-28",
     None, "2020-02-29"),
    ("yearperiod", "yearperiod y={y}", {"y": "2022"}, THU, None, None, None, "2023-Q3", "2022-Q3"),
    ("holiday", "holiday h={h}", {"h": "Easter"}, THU, FUTURE, None, None, None, "2024-03-31"),
    # a count of days or weeks from a day written with it: the day found as alone, then moved
    ("counted", "counted n={n} u={u} dir={dir} h={h} y={y}", {"n": "two", "u": "days", "dir": "after",
     "h": "Christmas", "y": None}, THU, PAST, None, None, None, "2023-12-27"),
    ("counted", "counted n={n} u={u} dir={dir} m={m} d={d} y={y}", {"n": "a", "u": "week", "dir": "before",
     "m": "May", "d": "3", "y": "2022"}, THU, None, None, None, None, "2022-04-26"),
    # the year is the one whose moved day the tense points to: a week after a day just gone is still ahead
    ("counted", "counted n={n} u={u} dir={dir} m={m} d={d} y={y}", {"n": "nine", "u": "days", "dir": "after",
     "m": "May", "d": "6", "y": None}, date(2024, 5, 9), FUTURE, None, None, None, "2024-05-15"),
    ("counted", "counted n={n} u={u} dir={dir} m={m} d={d} y={y}", {"n": "four", "u": "days", "dir": "before",
     "m": "May", "d": "11", "y": None}, date(2024, 5, 9), PAST, None, None, None, "2024-05-07"),
    ("holiday", "holiday h={h} y={y}", {"h": "Thanksgiving", "y": "2023"}, THU, None, None, None, None,
     "2023-11-23"),
    # a weekday counted within a month: by tense without a year ("the last Friday of March" ahead is tomorrow)
    ("nthweekday", "nthweekday n={n} w={w} m={m} y={y}", {"n": "first", "w": "Monday", "m": "March", "y": None}, THU,
     PAST, None, None, None, "2024-03-04"),
    ("nthweekday", "nthweekday n={n} w={w} m={m} y={y}", {"n": "last", "w": "Friday", "m": "March", "y": None}, THU,
     FUTURE, None, None, None, "2024-03-29"),
    ("nthweekday", "nthweekday n={n} w={w} m={m} y={y}", {"n": "second", "w": "Sunday", "m": "May", "y": "2021"},
     THU, None, None, None, None, "2021-05-09"),
    ("ref", "ref v=PAST_REF", {}, THU, None, None, None, None, "PAST_REF"),
    ("clock", "clock h={h} ap={ap} tz={tz}", {"h": "9", "ap": "p.m.", "tz": "GMT"}, THU, None, None, None, None,
     "2024-03-28T21:00Z"),
    ("dur", "dur n={n} u={u}", {"n": "two and a half", "u": "years"}, THU, None, None, None, None, "P2Y6M"),
    ("set", "set n={n} u={u}", {"n": "other", "u": "week"}, THU, None, None, None, None, "P2W"),
    ("setweekday", "setweekday w={w}", {"w": "Fridays"}, THU, None, None, None, None, "XXXX-WXX-5"),
    ("setmonth", "setmonth m={m}", {"m": "June"}, THU, None, None, None, None, "XXXX-06"),
    ("setholiday", "setholiday h={h}", {"h": "Boxing Day"}, THU, None, None, None, None, "XXXX-12-26"),
    ("setholiday", "setholiday h={h}", {"h": "Easter"}, THU, None, None, None, None, "XXXX-XX-XX"),
    ("setseason", "setseason s={s}", {"s": "Autumn"}, THU, None, None, None, None, "XXXX-FA"),
    ("setpod", "setpod p={p}", {"p": "evening"}, THU, None, None, None, None, "TEV"),
    ("newyear", "newyear", {}, THU, PAST, None, None, None, "2024"),
    ("newyear", "newyear", {}, THU, FUTURE, None, None, None, "2025"),
    ("newyear", "newyear", {}, date(2024, 11, 20), None, None, None, None, "2025"),
    ("date", "date m={m} d={d} w={w}", {"m": "March", "d": "26", "w": "Wednesday"}, date(2025, 3, 12), PAST, None,
     None, None, "2025-03-26"),
    # a year where the weekday is right but half a year or more from the anchor: the tense's year stays
    ("date", "date m={m} d={d} w={w}", {"m": "April", "d": "5", "w": "Wednesday"}, THU, FUTURE, None, None, None,
     "2024-04-05"),
    ("date", "date m={m} d={d} w={w}", {"m": "June", "d": "1", "w": "Sat"}, THU, None, None, None, None,
     "2024-06-01"),
    ("focusyear", "focusyear", {}, THU, None, None, None, None, "2024"),
    ("focusunit", "focusunit u={u}", {"u": "week"}, THU, None, None, None, None, "2024-W13"),
    ("focusunit", "focusunit u={u}", {"u": "month"}, None, None, None, None, None, "XXXX-XX"),
    ("monthweek", "monthweek n={n} m={m} y={y}", {"n": "last", "m": "June", "y": "2023"}, THU, None, None, None,
     None, "2023-W26"),
    ("monthweek", "monthweek n={n} m={m} y={y}", {"n": "second", "m": "May", "y": None}, THU, FUTURE, None, None,
     None, "2024-W19"),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}: {r[1]} {r[8]}" for r in ROWS])
def test_value_kind(row: tuple[str, str, dict[str, str | None], date | None, str | None, date | None,
                               str | None, str | None, str]) -> None:
    kind, spec_text, groups, anchor, tense, previous_day, previous_value, focus, expected = row
    spec = parse_spec(spec_text, "test")
    assert spec.kind == kind
    ctx = Context(anchor, tense, previous_day, None, previous_value, focus)
    assert resolve_value(spec, groups, WORDS, ctx) == expected


def test_focusyear_takes_the_year_in_focus_written_in_the_same_sentence() -> None:
    spec = parse_spec("focusyear", "test")
    ctx = Context(THU, None, date(2006, 7, 1), None, "2006-Q3", "2006-Q3", False, True)
    assert resolve_value(spec, {}, WORDS, ctx) == "2006"


@pytest.mark.parametrize(
    "unit, previous_day, previous_value, in_sentence, expected",
    [
        ("day", date(2024, 3, 26), "2024-03-26", True, "2024-03-26"),  # "on Tuesday ... a second straight day"
        ("day", date(2024, 3, 26), "2024-03-26", False, "2024-03-28"),  # Tuesday was another sentence's
        ("day", date(2024, 3, 1), "2024-03", True, "2024-03-28"),  # "in March": no day to count from
        ("month", date(2024, 1, 1), "2024-01", True, "2024-01"),
    ],
)
def test_focusunit_takes_the_unit_in_focus_written_in_the_same_sentence(
    unit: str, previous_day: date, previous_value: str, in_sentence: bool, expected: str
) -> None:
    spec = parse_spec("focusunit u={u}", "test")
    ctx = Context(THU, None, previous_day, None, previous_value, None, False, in_sentence)
    assert resolve_value(spec, {"u": unit}, WORDS, ctx) == expected


@pytest.mark.parametrize(
    "focus_day, previous_day, previous_value, expected",
    [
        (date(2024, 3, 22), date(2024, 3, 1), "2024-03", "2024-03-22"),  # "on Friday ... jobs lost in March"
        (None, date(2024, 3, 1), "2024-03", "XXXX-XX-XX"),
        (None, None, None, "2024-03-28"),
    ],
)
def test_the_day_of_a_report_is_the_last_day_named(
    focus_day: date | None, previous_day: date | None, previous_value: str | None, expected: str
) -> None:
    spec = parse_spec("after n=0 u=day focus=day", "test")
    ctx = Context(THU, None, previous_day, None, previous_value, None, False, False, focus_day)
    assert resolve_value(spec, {}, WORDS, ctx) == expected


def test_every_kind_has_a_resolver_and_a_row() -> None:
    # "range" is split into two dates by the tagger before anything is resolved
    assert set(VALUE_RESOLVERS) == VALUE_KINDS - {"range"}
    assert {r[0] for r in ROWS} == set(VALUE_RESOLVERS)


@pytest.mark.parametrize(
    "rule, year, expected",
    [
        ("EASTER", 2024, date(2024, 3, 31)), ("EASTER", 2025, date(2025, 4, 20)), ("EASTER-2", 2019, date(2019, 4, 19)),
        ("THANKSGIVING", 2024, date(2024, 11, 28)), ("THANKSGIVING+1", 2020, date(2020, 11, 27)),
        ("09/1/1", 2024, date(2024, 9, 2)), ("05/1/-1", 2024, date(2024, 5, 27)), ("01/1/3", 2022, date(2022, 1, 17)),
        # the Islamic feasts, by the tabular calendar: Eid al-Adha and Eid al-Fitr as they were kept in those years
        ("HIJRI12-10", 2024, date(2024, 6, 16)), ("HIJRI12-10", 2023, date(2023, 6, 28)),
        ("HIJRI10-01", 2023, date(2023, 4, 21)), ("HIJRI10-01", 2025, date(2025, 3, 30)),
        # feasts counted from Easter: Shrove Tuesday, Ascension Day, Whit Monday
        ("EASTER-47", 2024, date(2024, 2, 13)), ("EASTER+39", 2026, date(2026, 5, 14)),
        ("EASTER+50", 2026, date(2026, 5, 25)),
        # Orthodox Easter by the Julian reckoning, as a Gregorian date
        ("ORTHODOXEASTER", 2023, date(2023, 4, 16)), ("ORTHODOXEASTER", 2024, date(2024, 5, 5)),
        ("ORTHODOXEASTER", 2021, date(2021, 5, 2)),
        # the second Sunday of November (Remembrance Sunday)
        ("11/7/2", 2025, date(2025, 11, 9)),
        # Lunar New Year, as China kept it: the earliest and latest it can fall, and years between
        ("LUNARNEWYEAR", 1985, date(1985, 2, 20)), ("LUNARNEWYEAR", 2004, date(2004, 1, 22)),
        ("LUNARNEWYEAR", 2015, date(2015, 2, 19)), ("LUNARNEWYEAR", 2020, date(2020, 1, 25)),
        ("LUNARNEWYEAR", 2023, date(2023, 1, 22)), ("LUNARNEWYEAR", 2027, date(2027, 2, 6)),
        ("LUNARNEWYEAR", 2028, date(2028, 1, 26)), ("LUNARNEWYEAR", 2007, date(2007, 2, 18)),
    ],
)
def test_movable_feasts(rule: str, year: int, expected: date) -> None:
    assert movable_feast(rule, year) == expected


@pytest.mark.parametrize(
    "spec_text, groups, anchor",
    [
        ("ago n={n} u={u}", {"n": "50", "u": "months"}, date(3, 1, 1)),  # before year 1
        ("away n={n} u={u}", {"n": "3", "u": "months"}, date(9999, 12, 1)),  # after 9999
        ("date m={m} d={d}", {"m": "February", "d": "30"}, THU),  # no such day
        # a count of days that is no whole number, or a day that is in none of the years around the anchor
        ("counted n={n} u={u} dir={dir} m={m} d={d} y={y}",
         {"n": "2.5", "u": "days", "dir": "after", "m": "May", "d": "3", "y": None}, THU),
        ("counted n={n} u={u} dir={dir} m={m} d={d} y={y}",
         {"n": "six", "u": "days", "dir": "after", "m": "February", "d": "29", "y": None}, date(2026, 6, 1)),
        ("holiday h={h}", {"h": "Lunar New Year"}, date(2500, 6, 1)),  # beyond the years its new moons are reckoned
    ],
)
def test_beyond_the_calendar_is_unresolvable(spec_text: str, groups: dict[str, str | None], anchor: date) -> None:
    with pytest.raises(Unresolvable):
        resolve_value(parse_spec(spec_text, "test"), groups, WORDS, Context(anchor, None))


@pytest.mark.parametrize(("written", "expected"), [("22", 22), ("22nd", 22), ("eighth", 8), ("twenty-first", 21)])
def test_day_of_month_as_written(written: str, expected: int) -> None:
    assert _day_of_month(written, WORDS) == expected


@pytest.mark.parametrize("written", ["last", "umpteenth"])
def test_day_of_month_not_a_day(written: str) -> None:
    with pytest.raises(Unresolvable):
        _day_of_month(written, WORDS)
