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
        # two days of one month joined by a word: each end its own date, the month (and year) lent by the side
        # that names it; "and" without "between" only for the next day
        ("The regatta has two heats from July 17 to 29.", "2025-02-03",
         ("July 17", "2025-07-17"), ("29", "2025-07-29")),
        ("The book fair will run from 4 to 11 October.", "2025-02-03",
         ("4", "2025-10-04"), ("11 October", "2025-10-11")),
        ("Ministers will meet on August 13 and 14 in Vienna.", "2025-02-03",
         ("August 13", "2025-08-13"), ("14", "2025-08-14")),
        ("Ministers will meet on 13 and 14 August.", "2025-02-03", ("13", "2025-08-13"), ("14 August", "2025-08-14")),
        ("Ballots may be cast between 2 and 8 November.", "2025-02-03",
         ("2", "2025-11-02"), ("8 November", "2025-11-08")),
        ("The exhibition will stay open from Sept. 17 through 29.", "2025-02-03",
         ("Sept. 17", "2025-09-17"), ("29", "2025-09-29")),
        ("Roadworks last from the 17th to the 29th of April.", "2025-02-03",
         ("the 17th", "2025-04-17"), ("the 29th of April", "2025-04-29")),
        ("The trial will sit 17th-29th May.", "2025-02-03", ("17th", "2025-05-17"), ("29th May", "2025-05-29")),
        ("The trial sat 17th-29th May.", "2025-02-03", ("17th", "2024-05-17"), ("29th May", "2024-05-29")),
        ("The summit is set for Apr. 1 to 3, 2027, in Lima.", "2025-02-03",
         ("Apr. 1", "2027-04-01"), ("3, 2027", "2027-04-03")),
        ("The exhibition stays open Sept. 17 through 29.", "2025-02-03",
         ("Sept. 17", "2024-09-17"), ("29", "2024-09-29")),
        # two expressions of one ordinary rule are no compact range: the end keeps its own later year
        ("Ferries stop from Christmas Day to New Year's Day.", "2025-12-02",
         ("Christmas Day", "2025-12-25"), ("New Year's Day", "2026-01-01")),
        ("Depots shut from June 29 to 3 July.", "2025-02-03", ("June 29", "2025-06-29"), ("3 July", "2025-07-03")),
        # the end in the next year, and the year of a past range read from the named end
        ("Crews will work from December 28 through 30.", "2024-12-01",
         ("December 28", "2024-12-28"), ("30", "2024-12-30")),
        ("The strike ran from 3 to 9 March.", "2025-06-20", ("3", "2025-03-03"), ("9 March", "2025-03-09")),
        ("Shops closed from December 20 to January 5.", "2024-01-10",
         ("December 20", "2023-12-20"), ("January 5", "2024-01-05")),
        # the same told in the present simple is a timetable: the coming closing
        ("Shops close from December 20 to January 5.", "2024-01-10",
         ("December 20", "2024-12-20"), ("January 5", "2025-01-05")),
        # a range told ahead that has already begun is the one now running, not next year's
        ("Pilgrims are expected to arrive between April 14 and May 2.", "2023-04-20",
         ("April 14", "2023-04-14"), ("May 2", "2023-05-02")),
        ("The climate talks run from 30 November to 13 December.", "2024-12-04",
         ("30 November", "2024-11-30"), ("13 December", "2024-12-13")),
        ("The ice rink stays open from 30 November until 5 January.", "2024-12-04",
         ("30 November", "2024-11-30"), ("5 January", "2025-01-05")),
        # "until" after a past action's start bounds what was done, not a date ahead
        ("The ceasefire talks ran from 30 November until 3 December.", "2024-12-04",
         ("30 November", "2024-11-30"), ("3 December", "2024-12-03")),
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
        "Runoffs were held on October 5 and 19.",  # "and" alone: two days a fortnight apart are two dates
        "Prices fell from 3 to 9 percent by May 2.",
        "By May 4 to 6 inches of rain had fallen.",
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
