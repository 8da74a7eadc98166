"""Loading a build and the declared filters."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from timeline.timeline_data import FILTERS, Filters, TimelineDataError, apply_filters, event_detail, load_build

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seed():  # type: ignore[no-untyped-def]
    return load_build(ROOT / "data")


@pytest.mark.parametrize(
    "filters, expected",
    [
        (Filters(), 9),
        (Filters(types=("attack",)), 2),
        (Filters(date_from=date(2024, 7, 1)), 1),
        (Filters(date_to=date(2016, 1, 1)), 2),
        (Filters(date_from=date(2024, 3, 28), date_to=date(2024, 3, 28)), 5),
        (Filters(documents=("paris-olympics-security",)), 9),
        (Filters(documents=("other",)), 0),
        (Filters(text="gunmen"), 1),
        (Filters(text="GUNMEN"), 1),
        (Filters(text="(unbalanced["), 0),
        (Filters(include_approximate=False), 7),
        (Filters(types=("security",), include_approximate=False), 2),
    ],
)
def test_filters(seed, filters: Filters, expected: int) -> None:  # type: ignore[no-untyped-def]
    assert len(apply_filters(seed.events, filters)) == expected


def test_every_declared_filter_is_exercised() -> None:
    assert {f.name for f in FILTERS} == {"type", "from", "to", "document", "text", "approximate"}


@pytest.mark.parametrize(
    "files, message",
    [
        ({}, "events.json: not found"),
        ({"events.json": "{"}, "not valid JSON"),
        ({"events.json": "{}"}, "expected a JSON array"),
        ({"events.json": json.dumps([{"id": "x"}])}, "event 0 has no doc, start, end, type, title, sentence"),
        ({"events.json": json.dumps([{"id": "x", "doc": "d", "start": "2024-13-01", "end": "2024-01-01",
                                      "type": "t", "title": "t", "sentence": "s"}])}, "not a YYYY-MM-DD date"),
    ],
)
def test_bad_builds(tmp_path: Path, files: dict[str, str], message: str) -> None:
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(TimelineDataError, match=message):
        load_build(tmp_path)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(TimelineDataError, match="no such folder"):
        load_build(tmp_path / "nope")


def test_detail_highlights_the_expression(seed) -> None:  # type: ignore[no-untyped-def]
    row = seed.events[seed.events["title"].str.contains("gunmen")].iloc[0]
    detail = event_detail(row)
    assert detail.expression == "March 22"
    assert detail.before + detail.expression + detail.after == row["sentence"]
    assert detail.context.startswith("The gunmen had allegedly been recruited")


# ---- issue 9: search in the context sentence, dates at their granularity, the default view ----------------------


def test_search_looks_in_the_context_sentence(seed) -> None:  # type: ignore[no-untyped-def]
    # the seed names the concert hall only in the sentence after the dated one (which dates two events)
    assert len(apply_filters(seed.events, Filters(text="bataclan"))) == 2


def _row(start: str, end: str, granularity: str, expression: str, sentence: str) -> object:
    from timeline.timeline_data import events_frame

    return events_frame([{
        "id": "x", "doc": "d", "doc_title": "D", "start": start, "end": end, "granularity": granularity,
        "value": "", "approximate": False, "expression": expression, "sentence": sentence, "context": "",
        "title": "t", "type": "politics", "rule": "r", "mentions": [], "sources": ["d"],
    }]).iloc[0]


WHEN_CASES = [
    # start, end, granularity, expression, sentence, reader's form, ISO form at the granularity
    ("2024-03-22", "2024-03-22", "day", "Friday", "The bank cut its rate on Friday.", "22 Mar 2024", "2024-03-22"),
    ("2015-01-01", "2015-12-31", "year", "2015", "The mill shut in 2015.", "2015", "2015"),
    ("2024-03-01", "2024-03-31", "month", "March", "Sales fell in March.", "March 2024", "2024-03"),
    ("1990-01-01", "1999-12-31", "decade", "the 1990s", "Prices soared in the 1990s.", "1990s", "199"),
    ("2015-01-01", "2024-03-28", "open", "2015", "The curfew has held since 2015, officials said.", "since 2015",
     "2015/2024-03-28"),
    ("2023-03-01", "2024-03-28", "open", "March 2023", "Talks have stalled since March 2023.", "since March 2023",
     "2023-03/2024-03-28"),
    ("2024-03-28", "2025-06-30", "open", "June 2025", "The road stays closed until June 2025.", "until June 2025",
     "2024-03-28/2025-06"),
    ("2024-07-26", "2024-08-11", "open", "July 26 to August 11", "The fair runs from July 26 to August 11.",
     "26 Jul – 11 Aug 2024", "2024-07-26/2024-08-11"),
]


@pytest.mark.parametrize("start, end, granularity, expression, sentence, text, iso", WHEN_CASES)
def test_dates_at_their_granularity(start: str, end: str, granularity: str, expression: str, sentence: str,
                                    text: str, iso: str) -> None:
    from timeline.timeline_data import when_iso, when_text

    row = _row(start, end, granularity, expression, sentence)
    assert when_text(row) == text
    assert when_iso(row) == iso


def test_iso_dates_sort_as_dates() -> None:
    from timeline.timeline_data import when_iso

    rows = [_row(*case[:5]) for case in WHEN_CASES]
    starts = [r["start"] for r in rows]
    by_text = sorted(range(len(rows)), key=lambda i: when_iso(rows[i]))
    assert [starts[i] for i in by_text] == sorted(starts)


@pytest.mark.parametrize(
    "records, first, last",
    [
        # the seed: two "since" intervals and a 2015 event must not pull the view back to 2015
        ("seed", date(2024, 1, 1), date(2024, 12, 31)),
        # one day: a few days either side, never milliseconds
        ([("2024-03-22", "2024-03-22")], date(2024, 3, 8), date(2024, 4, 5)),
        # one year: the whole year shows
        ([("2015-01-01", "2015-12-31")], date(2014, 6, 1), date(2016, 7, 1)),
        # everything in one cluster: all of it
        ([("2020-01-01", "2020-01-01"), ("2020-03-01", "2020-03-01")], date(2019, 11, 1), date(2020, 5, 1)),
    ],
)
def test_default_view_fits_where_the_events_are(seed, records, first: date, last: date) -> None:  # type: ignore[no-untyped-def]
    from timeline.timeline_data import default_view, events_frame

    if records == "seed":
        frame = seed.events
    else:
        frame = events_frame([{"id": str(i), "doc": "d", "start": s, "end": e, "type": "t", "title": "t",
                               "sentence": "s", "granularity": "day"} for i, (s, e) in enumerate(records)])
    view_from, view_to = default_view(frame)
    assert first <= view_from.date() and view_to.date() <= last
    assert (view_to - view_from).days >= 4  # context around the events
    closed = frame[frame["granularity"] != "open"] if records == "seed" else frame
    if records == "seed":
        closed = closed[closed["start"].dt.year == 2024]
    assert view_from <= closed["start"].min() and closed["end"].max() <= view_to


@pytest.mark.parametrize(
    "picked, shown_ids, expected",
    [
        ("b", ["a", "b", "c"], "b"),
        ("b", ["c", "b"], "b"),  # the row number changed: the event is followed
        ("b", ["a", "c"], None),  # filtered out: cleared
        (None, ["a"], None),
    ],
)
def test_selection_follows_the_event(picked: str | None, shown_ids: list[str], expected: str | None) -> None:
    import pandas as pd

    from timeline.timeline_data import selected_event

    frame = pd.DataFrame({"id": shown_ids})
    row = selected_event(frame, picked)
    assert (None if row is None else row["id"]) == expected


def test_a_phone_table_has_one_date_column() -> None:
    """On a phone the events table shows the reader's date only ("26 Jul – 11 Aug 2024"); elsewhere the ISO date
    that sorts comes first and the reader's date next to it."""
    from timeline.timeline_data import table_dates

    rows = [_row(*case[:5]) for case in WHEN_CASES]
    wide, narrow = table_dates(rows), table_dates(rows, phone=True)
    assert list(wide) == ["date", "when"] and list(narrow) == ["when"]
    assert narrow["when"] == wide["when"] == [case[5] for case in WHEN_CASES]
    assert wide["date"] == [case[6] for case in WHEN_CASES]
