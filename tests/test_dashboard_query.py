"""The page in query mode (a Parquet build, or a store above TIMELINE_QUERY_THRESHOLD events): the same rows, counts,
selection and details as the in-memory page on the same data, and a table that pages through the source."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.test_dashboard_app import click_event, correct, details, fkey, messages, pick_row, seed_id, table
from tests.test_query import repeated_events

ROOT = Path(__file__).resolve().parents[1]
EVENTS = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))
DOCUMENTS = json.loads((ROOT / "data" / "documents.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def fresh_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    path = tmp_path / "store" / "timeline.sqlite"
    monkeypatch.setenv("TIMELINE_DB", str(path))
    monkeypatch.delenv("TIMELINE_QUERY_THRESHOLD", raising=False)
    return path


@pytest.fixture()
def parquet_build(tmp_path: Path) -> Path:
    from timeline.distributed import write_parquet_build

    out = tmp_path / "parquet"
    write_parquet_build(out, EVENTS, DOCUMENTS)
    return out


def open_page(monkeypatch: pytest.MonkeyPatch, mode: str, build: Path | None = None) -> AppTest:
    """mode: "memory" (the JSON build in data/, read whole), "parquet" (the same events as a Parquet build) or
    "store" (the seeded store, asked by SQL: the threshold lowered to 0)."""
    monkeypatch.delenv("TIMELINE_DATA", raising=False)
    if mode == "memory":
        monkeypatch.setenv("TIMELINE_DATA", str(ROOT / "data"))
    elif mode == "parquet":
        assert build is not None
        monkeypatch.setenv("TIMELINE_DATA", str(build))
    else:
        monkeypatch.setenv("TIMELINE_QUERY_THRESHOLD", "0")
    page = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    page.run()
    assert not page.exception, page.exception
    return page


def shown(page: AppTest) -> tuple[list[tuple[str, str, str]], str]:
    """The table's rows (date, type, title), sorted, and the caption that counts the events."""
    rows = sorted(zip(table(page)["date"], table(page)["type"], table(page)["title"], strict=True))
    caption = next(c.value for c in page.caption if " events from " in c.value)
    return rows, caption


def is_query_page(page: AppTest) -> bool:
    return any(w.label == "Sort by" for w in page.selectbox)


CASES = [
    ("no filter", []),
    ("one type", [("multiselect", "types", ["attack"])]),
    ("two types", [("multiselect", "types", ["sports", "attack"])]),
    ("one day", [("date_input", "dates", (date(2024, 3, 22), date(2024, 3, 22)))]),
    ("search", [("text_input", "search", "olympics")]),
    ("search, not approximate", [("text_input", "search", "a"), ("toggle", "approximate", False)]),
    ("no approximate", [("toggle", "approximate", False)]),
]


@pytest.mark.parametrize("mode", ["parquet", "store"])
@pytest.mark.parametrize("name, steps", CASES, ids=[c[0] for c in CASES])
def test_query_page_shows_what_the_memory_page_shows(monkeypatch: pytest.MonkeyPatch, parquet_build: Path,
                                                     mode: str, name: str, steps: list[tuple[str, str, object]]
                                                     ) -> None:
    found = {}
    for m in ("memory", mode):  # one after the other: a page reads its environment again at each rerun
        page = open_page(monkeypatch, m, parquet_build)
        assert is_query_page(page) == (m != "memory")
        for widget, key, value in steps:
            getattr(page, widget)(key=fkey(page, key)).set_value(value).run()
            assert not page.exception, page.exception
        found[m] = shown(page)
    expected, caption = found["memory"]
    got, query_caption = found[mode]
    assert got == expected and len(got) > 0
    assert query_caption.split(" events from ")[0] == caption.split(" events from ")[0]


@pytest.mark.parametrize("mode", ["parquet", "store"])
def test_selection_and_details_come_from_the_source(monkeypatch: pytest.MonkeyPatch, parquet_build: Path,
                                                    mode: str) -> None:
    page = open_page(monkeypatch, mode, parquet_build)
    pick_row(page, "Crocus City Hall")
    assert "Four gunmen stormed" in details(page)
    page.multiselect(key=fkey(page, "types")).set_value(["attack"]).run()
    assert not page.exception and "Four gunmen stormed" in details(page)
    page.multiselect(key=fkey(page, "types")).set_value(["sports"]).run()
    assert not page.exception and "Four gunmen stormed" not in details(page)
    other = open_page(monkeypatch, mode, parquet_build)
    click_event(other, seed_id("Crocus City Hall"))
    assert "Four gunmen stormed" in details(other)


@pytest.mark.parametrize("sorted_files", [False, True], ids=["as opened", "sort files written first"])
@pytest.mark.parametrize("sort, descending, page_number", [
    ("start", False, 1), ("start", False, 3), ("title", False, 2), ("title", True, 1), ("doc", False, 3),
    ("title", True, 3), ("doc", True, 2), ("type", False, 2), ("type", True, 3), ("end", True, 1),
    ("end", False, 3),
])
def test_the_table_pages_through_the_source(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sort: str,
                                            descending: bool, page_number: int, sorted_files: bool) -> None:
    from timeline.distributed import write_parquet_build
    from timeline.query import MemorySource, write_sorted
    from timeline.timeline_data import Filters, events_frame

    events = repeated_events(EVENTS, 1234)
    write_parquet_build(tmp_path / "big", events, DOCUMENTS)
    if sorted_files:  # as the page's background writer leaves them (else the page asked before it wrote them)
        write_sorted(tmp_path / "big")
    page = open_page(monkeypatch, "parquet", tmp_path / "big")
    page.selectbox(key=fkey(page, "sort")).set_value(sort)
    page.toggle(key=fkey(page, "descending")).set_value(descending)
    page.number_input(key=fkey(page, "page")).set_value(page_number).run()
    assert not page.exception, page.exception
    reference = MemorySource(events_frame(events)).events(Filters(), limit=500, offset=(page_number - 1) * 500,
                                                          sort=sort, descending=descending)
    assert list(table(page)["title"]) == [r["title"] for r in reference.rows]
    assert len(table(page)) == (234 if page_number == 3 else 500)
    assert any(f"of {len(events):,}" in c.value for c in page.caption)


def test_a_correction_by_hand_in_a_large_store(monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(monkeypatch, "store")
    event_id = seed_id("Crocus City Hall")
    page.text_input(key=fkey(page, "search")).set_value("Crocus").run()
    click_event(page, event_id)
    correct(page, event_id, "security", "Concert hall attacked near Moscow")
    assert not page.exception, page.exception
    assert "Saved" in " ".join(messages(page, "success"))
    assert list(table(page)["type"]) == ["security"]  # the source was opened again with the correction
    assert list(table(page)["title"]) == ["Concert hall attacked near Moscow"]
    assert "corrected by hand (was typed attack" in details(page)


@pytest.mark.parametrize("text, expected_rows", [
    ("paris-olympics-security", len(EVENTS)),  # an id
    ("secure the PARIS", len(EVENTS)),  # part of a title, any case
    ("unrelated note 17", 0),  # documents that match but hold no events
    ("no such document", 0),
])
def test_many_documents_are_filtered_by_text(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str,
                                             expected_rows: int) -> None:
    from timeline.distributed import write_parquet_build

    extra = [dict(DOCUMENTS[0], id=f"note-{i}", title=f"Unrelated note {i}", path="", published=None,
                  counts={"sentences": 0, "timexes": 0, "events": 0}) for i in range(3001)]
    write_parquet_build(tmp_path / "many", EVENTS, DOCUMENTS + extra)
    page = open_page(monkeypatch, "parquet", tmp_path / "many")
    assert not any(w.label == "Document" for w in page.multiselect)  # too many for a list
    page.text_input(key=fkey(page, "document_text")).set_value(text).run()
    assert not page.exception, page.exception
    if expected_rows:
        assert len(table(page)) == expected_rows
    else:
        assert messages(page, "info") == [f"No events match these filters (document “{text}”). Change one of "
                                          "them, or reset the filters."]


@pytest.mark.parametrize("taxonomy_text, intake, error", [
    (None, True, ""),  # the built-in types: the chart, then the intake at the sidebar's top
    ("Not A Type\n", False, "Cannot read the event types"),  # a broken file: said in one line, chart kept
])
def test_the_large_store_page_draws_the_chart_before_reading_the_types(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, taxonomy_text: str | None, intake: bool, error: str) -> None:
    if taxonomy_text is not None:
        path = tmp_path / "types.tsv"
        path.write_text(taxonomy_text, encoding="utf-8")
        monkeypatch.setenv("TIMELINE_TAXONOMY", str(path))
    else:
        monkeypatch.delenv("TIMELINE_TAXONOMY", raising=False)
    page = open_page(monkeypatch, "store")
    assert is_query_page(page)
    assert len(page.get("plotly_chart")) >= 1
    assert any(a.label == "Paste an article" for a in page.text_area) is intake
    errors = messages(page, "error")
    assert (error != "") is any(error in m for m in errors), errors


def test_a_part_with_damaged_data_is_one_line_under_what_the_page_showed(monkeypatch: pytest.MonkeyPatch,
                                                                         tmp_path: Path) -> None:
    """A part whose footer is good and whose data pages are damaged: the page draws what it can answer without
    them (the caption and the chart of counts, from the overview) and says in one line, naming the build and the
    reason, that the rest cannot be read (the table reads the sentences), never a traceback."""
    from tests.test_query import _damage
    from timeline.distributed import write_parquet_build
    from timeline.query import ParquetSource

    write_parquet_build(tmp_path / "big", repeated_events(EVENTS, 5000), DOCUMENTS)  # above the chart's 4,000: counts
    ParquetSource(tmp_path / "big", index_words=False).close()  # its overview, as a page opened before the damage
    _damage(tmp_path / "big" / "events.parquet" / "part-00000.parquet", "sentence")
    page = open_page(monkeypatch, "parquet", tmp_path / "big")
    assert any("5,000 of 5,000 events" in c.value for c in page.caption)
    assert len(page.get("plotly_chart")) == 1
    errors = messages(page, "error")
    assert len(errors) == 1 and len(errors[0].splitlines()) == 1, errors
    assert errors[0].startswith(f"Cannot show the timeline: {tmp_path / 'big' / 'events.parquet'}: cannot read the "
                                "Parquet build ("), errors
    assert "part-00000.parquet" in errors[0]
