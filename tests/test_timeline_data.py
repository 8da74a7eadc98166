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
