"""Downloads: CSV, JSON and TimelineJS of the filtered events."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from timeline.exports import CSV_COLUMNS, to_csv, to_json, to_timelinejs
from timeline.timeline_data import Filters, apply_filters, events_frame, load_build

ROOT = Path(__file__).resolve().parents[1]


def test_csv_has_one_row_an_event() -> None:
    frame = apply_filters(load_build(ROOT / "data").events, Filters(types=("attack",)))
    rows = list(csv.DictReader(io.StringIO(to_csv(frame).decode("utf-8-sig"))))
    assert len(rows) == 2 and list(rows[0]) == CSV_COLUMNS
    assert {r["start"] for r in rows} == {"2015", "2024-03-22"}  # the year 2015, not 1 January
    assert {r["date"] for r in rows} == {"2015", "22 Mar 2024"}


def test_json_round_trips_the_schema() -> None:
    frame = load_build(ROOT / "data").events
    records = json.loads(to_json(frame))
    original = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))
    assert sorted(r["id"] for r in records) == sorted(r["id"] for r in original)
    assert set(original[0]) <= set(records[0])
    since = next(r for r in records if r["value"].startswith("2015-01-01/"))
    assert since["date"] == "since 2015"


def test_timelinejs_format_and_escaping() -> None:
    frame = events_frame([{
        "id": "a", "doc": "d", "doc_title": "D", "start": "2024-07-26", "end": "2024-08-11", "granularity": "open",
        "value": "", "approximate": False, "expression": "x", "sentence": "<img src=x onerror=alert(1)>",
        "context": "", "title": "<b>T</b>", "type": "sports", "rule": "r", "mentions": [], "sources": ["d"],
    }, {
        "id": "b", "doc": "d", "doc_title": "D", "start": "2015-01-01", "end": "2015-12-31", "granularity": "year",
        "value": "2015", "approximate": False, "expression": "2015", "sentence": "s", "context": "", "title": "Y",
        "type": "attack", "rule": "r", "mentions": [], "sources": ["d"],
    }])
    data = to_timelinejs(frame)
    first, second = data["events"]
    assert first["start_date"] == {"year": "2015"} and first["end_date"] == {"year": "2015"}
    assert second["start_date"] == {"year": "2024", "month": "7", "day": "26"}
    assert second["end_date"] == {"year": "2024", "month": "8", "day": "11"}
    assert second["text"]["headline"] == "&lt;b&gt;T&lt;/b&gt;" and "<img" not in second["text"]["text"]
    assert second["group"] == "sports"


@pytest.mark.parametrize(
    "sentence, cell",
    [
        ('=HYPERLINK("http://example.org","click")', "'=HYPERLINK(\"http://example.org\",\"click\")"),
        ("+1 and more", "'+1 and more"),
        ("-2 degrees", "'-2 degrees"),
        ("@handle wrote", "'@handle wrote"),
        ("\tindented", "'\tindented"),
        ("\rcarriage", "'\rcarriage"),
        ("A plain sentence.", "A plain sentence."),
        ("Sum = 3", "Sum = 3"),
    ],
)
def test_csv_neutralises_formulas(sentence: str, cell: str) -> None:
    # OWASP CSV injection: a cell starting with = + - @ tab or CR is prefixed with a quote
    frame = events_frame([{
        "id": "a", "doc": "d", "doc_title": sentence, "start": "2024-07-26", "end": "2024-07-26",
        "granularity": "day", "value": "", "approximate": False, "expression": "x", "sentence": sentence,
        "context": "", "title": sentence, "type": "sports", "rule": "r", "mentions": [], "sources": ["d"],
    }])
    row = next(csv.DictReader(io.StringIO(to_csv(frame).decode("utf-8-sig"), newline="")))
    assert row["sentence"] == cell and row["title"] == cell and row["doc_title"] == cell


def test_timelinejs_since_starts_with_the_year_only() -> None:
    frame = load_build(ROOT / "data").events
    since = next(e for e in to_timelinejs(frame)["events"] if e["text"]["headline"].startswith("The Vigipirate"))
    assert since["start_date"] == {"year": "2015"}
    assert since["display_date"] == "since 2015"
