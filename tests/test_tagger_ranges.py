"""Ranges come out TimeML style: two expressions that share a range_id, so the timeline can draw one interval."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.tagger import tag


@pytest.mark.parametrize(
    "text, dct, first, second",
    [
        ("This year's Olympics will run from July 26 to August 11.", "2024-03-28",
         ("July 26", "2024-07-26"), ("August 11", "2024-08-11")),
        ("The games ran July 26-Aug. 11.", "2024-09-01", ("July 26", "2024-07-26"), ("Aug. 11", "2024-08-11")),
        ("Output grew between 2016 and 2018.", "2024-03-28", ("2016", "2016"), ("2018", "2018")),
        ("the 1998-99 season", "1998-02-13", ("1998", "1998"), ("99", "1999")),
        ("Talks run March 3-5 in Geneva.", "2024-01-10", ("March 3", "2024-03-03"), ("5", "2024-03-05")),
        ("The festival runs 3-5 March 2024.", "2024-01-10", ("3", "2024-03-03"), ("5 March 2024", "2024-03-05")),
        ("Shops close from December 20 to January 5.", "2024-01-10",
         ("December 20", "2023-12-20"), ("January 5", "2024-01-05")),
        ("It ran from May 2 through May 9, 2019.", "2024-03-28",
         ("May 2", "2019-05-02"), ("May 9, 2019", "2019-05-09")),
        ("The strike lasted from Monday to Wednesday.", "2024-03-28",
         ("Monday", "2024-03-25"), ("Wednesday", "2024-03-27")),
        # two weekdays that would land in different weeks, end first: one week, ending in the past or ahead
        ("The strike ran from Monday to Friday.", "2024-03-28", ("Monday", "2024-03-18"), ("Friday", "2024-03-22")),
        ("The office opens Monday-Friday.", "2024-03-28", ("Monday", "2024-04-01"), ("Friday", "2024-04-05")),
    ],
)
def test_range_ends_are_linked(text: str, dct: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    timexes = tag(text, date.fromisoformat(dct))
    pairs = [(t.text, t.value) for t in timexes]
    assert first in pairs and second in pairs, pairs
    a = next(t for t in timexes if (t.text, t.value) == first)
    b = next(t for t in timexes if (t.text, t.value) == second)
    assert a.range_id is not None and a.range_id == b.range_id


@pytest.mark.parametrize(
    "text",
    [
        "He was born in 1950 and died in 2001.",  # "and" without "between" joins two dates, not a range
        "Prices rose 3-5 percent in March.",
        "It went to 1998 levels, he said on Tuesday.",
    ],
)
def test_not_ranges(text: str) -> None:
    assert all(t.range_id is None for t in tag(text, date(2024, 3, 28)))


@pytest.mark.parametrize(
    "text, expected",
    [
        # the end of one range starts no other, and a decade lends no year to the month joined to it
        ("May - 1990s - Monday", [("May", "XXXX-05", 1), ("1990s", "199", 1), ("Monday", "XXXX-WXX-1", None)]),
        ("from May to June 1998", [("May", "1998-05", 1), ("June 1998", "1998-06", 1)]),
    ],
)
def test_chained_dashes_make_one_range_at_most(text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert [(t.text, t.value, t.range_id) for t in tag(text, None)] == expected
