"""The dashboard's words and first dates, decided in timeline/ (no Streamlit): the date filter's first range over
events with a few far outliers, the note that says so, the filters named in a reader's words, the busy chart's way
back, and the claim lock where fcntl is missing. Table-driven; each row written for this file."""

from __future__ import annotations

import builtins
import contextlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from timeline.figure import FigureInfo, busy_text
from timeline.timeline_data import Filters, dates_note, default_dates, events_frame, filters_text, opening_dates


def monthly(first: date, months: int, each: int = 1) -> list[tuple[date, int]]:
    return [(first + timedelta(days=30 * i), each) for i in range(months)]


STORY = monthly(date(2021, 2, 1), 40)  # a story told over three years and a bit
DATE_CASES = [
    ("one year named in passing, centuries back, is left outside", STORY + [(date(1812, 6, 1), 1)],
     (date(1812, 6, 1), date(2024, 6, 30)), (date(2021, 2, 1), date(2024, 6, 30))),
    ("a target decades ahead is left outside", STORY + [(date(2090, 1, 1), 1)],
     (date(2021, 2, 1), date(2090, 12, 31)), (date(2021, 2, 1), STORY[-1][0])),
    ("both sides at once", STORY + [(date(1650, 1, 1), 2), (date(2150, 1, 1), 1)],
     (date(1650, 1, 1), date(2150, 12, 31)), (date(2021, 2, 1), STORY[-1][0])),
    ("a background a few years back is part of the story", STORY + [(date(2016, 5, 1), 3)],
     (date(2016, 5, 1), date(2024, 6, 30)), (date(2016, 5, 1), date(2024, 6, 30))),
    ("events over a century, evenly: nothing is an outlier", monthly(date(1920, 1, 1), 1200),
     (date(1920, 1, 1), date(2019, 12, 31)), (date(1920, 1, 1), date(2019, 12, 31))),
    ("a single event", [(date(2022, 3, 4), 1)], (date(2022, 3, 4), date(2022, 3, 4)),
     (date(2022, 3, 4), date(2022, 3, 4))),
    ("no events", [], None, None),
    ("every event on one day but one eight years later: kept (the fence is at least ten years)",
     [(date(2020, 1, 1), 50), (date(2028, 1, 1), 1)], (date(2020, 1, 1), date(2028, 1, 1)),
     (date(2020, 1, 1), date(2028, 1, 1))),
    ("every event on one day but one a century later: left outside",
     [(date(2020, 1, 1), 50), (date(2120, 1, 1), 1)], (date(2020, 1, 1), date(2120, 1, 1)),
     (date(2020, 1, 1), date(2020, 1, 1))),
]


@pytest.mark.parametrize(("what", "starts", "bounds", "expected"), DATE_CASES, ids=[c[0] for c in DATE_CASES])
def test_the_date_filter_opens_on_where_the_events_are(what: str, starts: list[tuple[date, int]],
                                                      bounds: tuple[date, date] | None,
                                                      expected: tuple[date, date] | None) -> None:
    assert default_dates(starts, bounds) == expected, what


def test_year_bins_keep_their_last_year_whole() -> None:
    """Over a source's coarse bins (a year each, counted as its longest, 366 days) the last kept bin counts to its
    end (2020 a leap year: its 31 December too), never past the bounds."""
    years = [(date(y, 1, 1), 10) for y in range(2001, 2021)] + [(date(1500, 1, 1), 1)]
    assert default_dates(years, (date(1500, 3, 2), date(2020, 8, 9)), step_days=366) == (
        date(2001, 1, 1), date(2020, 8, 9))
    assert default_dates(years + [(date(2300, 1, 1), 1)], (date(1500, 3, 2), date(2300, 5, 5)), step_days=366) == (
        date(2001, 1, 1), date(2020, 12, 31))


NOTE_CASES = [
    ("one event far back", (date(1767, 1, 1), date(2024, 5, 1)), (date(2020, 1, 1), date(2024, 5, 1)), 1,
     "Opens on the dates where most events are: 1 event far from them (back to 1767-01-01) is outside. Widen the "
     "dates to see it."),
    ("events on both sides", (date(1767, 1, 1), date(2200, 1, 1)), (date(2020, 1, 1), date(2024, 5, 1)), 1234,
     "Opens on the dates where most events are: 1,234 events far from them (back to 1767-01-01 and up to "
     "2200-01-01) are outside. Widen the dates to see them."),
    ("the range is every event's: nothing to say", (date(2020, 1, 1), date(2024, 5, 1)),
     (date(2020, 1, 1), date(2024, 5, 1)), 0, ""),
    ("an outlier whose period reaches into the range still passes: nothing outside, nothing said",
     (date(1900, 1, 1), date(2024, 5, 1)), (date(2020, 1, 1), date(2024, 5, 1)), 0, ""),
]


@pytest.mark.parametrize(("what", "bounds", "default", "outside", "expected"), NOTE_CASES,
                         ids=[c[0] for c in NOTE_CASES])
def test_the_note_under_the_dates_says_why_and_how_to_reach_the_rest(
        what: str, bounds: tuple[date, date], default: tuple[date, date], outside: int, expected: str) -> None:
    assert dates_note(bounds, default, outside) == expected, what


OPENING = (date(2021, 1, 1), date(2023, 6, 30))
TITLES = {"a1": "Harbour strike", "b2": "Dam report", "c3": "Rail fares"}
FILTER_CASES = [
    ("nothing set", Filters(), "", ""),
    ("the opening dates are not a narrowing", Filters(date_from=OPENING[0], date_to=OPENING[1]), "", ""),
    ("other dates are", Filters(date_from=date(2022, 1, 1), date_to=OPENING[1]), "",
     "dates 2022-01-01 – 2023-06-30"),
    ("documents chosen from the list, by title", Filters(documents=("a1", "c3", "b2", "zz")), "",
     "document Harbour strike, Rail fares and 2 more"),
    ("the document text filter says what was typed, passed in", Filters(documents=("a1", "b2")), "  harb ",
     "document “harb”"),
    ("typed text that matched nothing", Filters(documents=("\x00none",)), "quay", "document “quay”"),
    ("typed text without a match list is not said", Filters(), "quay", ""),
    ("several at once", Filters(types=("justice", "health"), text=" fares ", include_approximate=False), "",
     "type justice, health · search “fares” · approximate dates hidden"),
]


@pytest.mark.parametrize(("what", "filters", "typed", "expected"), FILTER_CASES, ids=[c[0] for c in FILTER_CASES])
def test_filters_in_a_readers_words(what: str, filters: Filters, typed: str, expected: str) -> None:
    assert filters_text(filters, OPENING, TITLES, typed) == expected, what


BUSY = FigureInfo("events", 480, titles="none", crowded=False)
BUSY_CASES = [
    ("nothing chosen", (0, 0, False), "choose event types, a document or dates to see"),
    ("one type chosen: not asked to choose types again", (1, 0, False), "choose a document or dates to see"),
    ("two types chosen", (2, 0, False), "choose fewer event types, a document or dates to see"),
    ("one type and dates chosen", (1, 0, True), "choose a document or narrower dates to see"),
    ("one type and one document", (1, 1, False), "choose dates to see"),
    ("three documents", (0, 3, True), "choose event types, fewer documents or narrower dates to see"),
]


@pytest.mark.parametrize(("what", "chosen", "words"), BUSY_CASES, ids=[c[0] for c in BUSY_CASES])
def test_a_busy_chart_names_only_the_filters_that_can_still_narrow(what: str, chosen: tuple[int, int, bool],
                                                                   words: str) -> None:
    text = busy_text(BUSY, *chosen)
    assert text.startswith("Titles are left out so that these 480 events fit one screen: "), what
    assert words in text, what
    assert busy_text(FigureInfo("events", 480, titles="short"), *chosen) == "", what


def test_without_fcntl_the_claim_lock_is_had_and_nothing_fails(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    """On a system without fcntl (Windows) the import is guarded: the lock is taken as had, no lock file is left,
    and no ImportError reaches the page."""
    from timeline.query import _claim_lock

    real_import = builtins.__import__

    def no_fcntl(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "fcntl":
            raise ImportError("No module named 'fcntl'")
        return real_import(name, *args, **kwargs)

    claim = tmp_path / ".summary.parquet.writing"
    with contextlib.ExitStack() as stack:
        monkeypatch.setattr(builtins, "__import__", no_fcntl)
        locked = stack.enter_context(_claim_lock(claim, wait=0))
        assert locked is True
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []
    with _claim_lock(claim, wait=0) as locked:  # with fcntl: the real lock, its file made while held
        assert locked is True
        assert claim.with_name(claim.name + ".lock").exists()


def _row(i: int, doc: str, start: str, end: str | None = None) -> dict[str, object]:
    return {"id": f"r{i}", "doc": doc, "start": start, "end": end or start, "type": "economy", "title": f"T{i}",
            "sentence": f"S{i}."}


HARVEST = [_row(i, f"farm{i % 4}", (date(2023, 1, 10) + timedelta(days=20 * i)).isoformat()) for i in range(30)]
OPENING_CASES = [
    ("a year named in passing in one of the articles is left outside", HARVEST + [_row(90, "farm1", "1848-01-01")],
     (date(2023, 1, 10), date(2024, 8, 12))),
    ("an article whose only event is that old is taken in whole (its reader looks for it)",
     HARVEST + [_row(91, "mill-history", "1848-01-01", "1848-12-31")], (date(1848, 1, 1), date(2024, 8, 12))),
    ("an article all of whose events lie far ahead is taken in whole too",
     HARVEST + [_row(92, "plan", "2090-01-01"), _row(93, "plan", "2095-06-01")], (date(2023, 1, 10), date(2095, 6, 1))),
    ("the same far events spread over articles with near ones are left outside",
     HARVEST + [_row(94, "farm2", "2090-01-01"), _row(95, "farm3", "2095-06-01")],
     (date(2023, 1, 10), date(2024, 8, 12))),
    # (review, round 37) a history piece among the news: three of its five events in 1961, two this year; the
    # fence over all the events took its past for passing mentions and hid most of the article
    ("an article whose past is most of its story is taken in whole",
     HARVEST + [_row(100 + i, "canal-at-sixty", f"1961-0{3 + i}-15") for i in range(3)]
     + [_row(110, "canal-at-sixty", "2024-02-01"), _row(111, "canal-at-sixty", "2024-03-01")],
     (date(1961, 3, 15), date(2024, 8, 12))),
    ("one passing year in an article of five is still left outside",
     HARVEST + [_row(120, "canal-now", "1961-03-15")]
     + [_row(121 + i, "canal-now", f"2024-0{2 + i}-01") for i in range(4)], (date(2023, 1, 10), date(2024, 8, 12))),
]


@pytest.mark.parametrize(("what", "rows", "expected"), OPENING_CASES, ids=[c[0] for c in OPENING_CASES])
def test_the_opening_dates_never_hide_a_whole_article(what: str, rows: list[dict[str, object]],
                                                     expected: tuple[date, date]) -> None:
    assert opening_dates(events_frame(rows)) == expected, what
