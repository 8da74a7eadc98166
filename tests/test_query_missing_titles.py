"""Events without a title sort the same way in memory as in a Parquet build: last, going up and going down (DuckDB's
NULLS LAST, which its sort files keep too), whichever way the page is asked (sorted whole, top-N, by its sort
file). The in-memory table reads a missing title as "", which sorted first going up. Small data written for this
file. (The store's events always carry a title from the event builder; its SQL keeps SQLite's own order.)"""

from __future__ import annotations

import json
from typing import Any

import pytest

from timeline.distributed import write_parquet_build
from timeline.query import SORTED, MemorySource, ParquetSource
from timeline.timeline_data import Filters


def _event(i: int, day: str, title: str | None) -> dict[str, Any]:
    return {"id": f"n{i:02d}", "doc": f"doc{i % 3}", "doc_title": f"Paper {i % 3}", "start": day, "end": day,
            "granularity": "day", "value": day, "approximate": False, "expression": "on Friday",
            "sentence": f"Line {i}.", "context": "", "title": title, "type": "economy" if i % 2 else "health",
            "rule": "r", "mentions": [], "sources": [f"doc{i % 3}"]}


EVENTS = [_event(1, "2023-02-03", "Wheat harvest up"), _event(2, "2023-02-01", None),
          _event(3, "2023-03-09", "Bakers strike"), _event(4, "2023-01-15", None),
          _event(5, "2023-02-20", "Ferry timetable"), _event(6, "2023-04-02", "Apple prices fall"),
          _event(7, "2023-02-01", "Wheat harvest up")]
DOCUMENTS = [{"id": f"doc{i}", "title": f"Paper {i}", "published": "2023-05-01", "source": "", "url": "", "path": "",
              "counts": {"sentences": 1, "timexes": 1, "events": 0}} for i in range(3)]


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("missing")
    (base / "json").mkdir()
    (base / "json" / "events.json").write_text(json.dumps(EVENTS), encoding="utf-8")
    (base / "json" / "documents.json").write_text(json.dumps(DOCUMENTS), encoding="utf-8")
    write_parquet_build(base / "plain", EVENTS, DOCUMENTS)
    write_parquet_build(base / "sorted", EVENTS, DOCUMENTS)
    with_files = ParquetSource(base / "sorted", index_words=False)
    for sort in SORTED:
        with_files.events(Filters(), 3, 0, sort)
    while (writer := with_files._sorter) is not None:
        writer.join(120)
    return {"memory": MemorySource.from_build(base / "json"),
            "parquet": ParquetSource(base / "plain", index_words=False), "parquet with sort files": with_files}


PAGES = [(False, 7, 0), (True, 7, 0), (False, 2, 0), (True, 2, 5), (False, 3, 1)]


@pytest.mark.parametrize("backend", ["parquet", "parquet with sort files"])
@pytest.mark.parametrize(("descending", "limit", "offset"), PAGES)
def test_missing_titles_sort_alike_in_every_backend(sources: dict[str, Any], backend: str, descending: bool,
                                                    limit: int, offset: int) -> None:
    memory = sources["memory"].events(Filters(), limit, offset, "title", descending)
    asked = sources[backend].events(Filters(), limit, offset, "title", descending)
    assert [r["id"] for r in asked.rows] == [r["id"] for r in memory.rows]
