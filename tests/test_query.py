"""The data layer's queries (DuckDB over Parquet, SQL over the store) give what the in-memory table gives on the
same data: a table of filter cases, each asked of every question."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_dask_build import _corpus
from timeline.cli import main
from timeline.distributed import write_parquet_build
from timeline.query import (
    OVERVIEW_FILE,
    RANKS_FILE,
    SORTED,
    SORTED_FILE,
    SUMMARY_FILE,
    WORDS_FILE,
    EventSource,
    MemorySource,
    ParquetSource,
    StoreSource,
    bin_start,
    choose_unit,
    open_source,
    write_word_index,
)
from timeline.timeline_data import Filters, load_store

ROOT = Path(__file__).resolve().parents[1]

CASES = [
    ("nothing set", Filters()),
    ("one type", Filters(types=("politics",))),
    ("two types", Filters(types=("justice", "economy"))),
    ("a type with no events", Filters(types=("no-such-type",))),
    ("from a date", Filters(date_from=date(2024, 3, 1))),
    ("up to a date", Filters(date_to=date(2023, 12, 31))),
    ("a month", Filters(date_from=date(2024, 5, 1), date_to=date(2024, 5, 31))),
    ("documents", Filters(documents=("t001", "wire-101", "t050"))),
    ("text, any case", Filters(text="HARBOUR")),
    ("text, non-ASCII folded", Filters(text="zÜrich")),
    ("text with SQL wildcards", Filters(text="50%_")),
    ("a dotted capital I folds to i, as pandas and DuckDB fold it", Filters(text="istanbul")),
    ("the same, searched with the capital", Filters(text="İSTANBUL talks")),
    ("no word starts after the dot", Filters(text="stanbul")),
    ("text in the context only", Filters(text="lost power")),
    ("words in any order, the last a prefix", Filters(text="power lo")),
    ("word prefixes only", Filters(text="harb counc")),
    ("inside a word is not a match", Filters(text="arbour")),
    ("no letters or digits", Filters(text="%!")),
    ("documents and text", Filters(documents=("t001", "wire-101", "t050", "t077"), text="the")),
    ("no approximate dates", Filters(include_approximate=False)),
    ("everything at once", Filters(types=("politics", "disaster"), date_from=date(2024, 1, 1), text="the",
                                   include_approximate=False)),
    ("nothing passes", Filters(text="no such words anywhere")),
    # dates around every event (the page's default range): the Parquet source answers from its overview of months
    ("dates around every event", Filters(date_from=date(1000, 1, 1), date_to=date(9000, 12, 31))),
    ("dates around every event, a type, no approximate dates",
     Filters(types=("politics", "economy"), date_from=date(1000, 1, 1), date_to=date(9000, 12, 31),
             include_approximate=False)),
]
PAGES = [("start", False, 25, 0), ("start", True, 10, 7), ("title", False, 15, 30), ("type", True, 20, 100),
         ("doc", False, 5, 3), ("end", False, 1000, 0),
         # every sort both ways (the sort files keep a place going down as well as up), pages that end past the
         # last event, and one that starts there
         ("title", True, 15, 30), ("title", False, 40, 0), ("type", False, 9, 11), ("doc", True, 12, 20),
         ("end", True, 30, 5), ("title", True, 50, 180), ("end", False, 10, 100_000)]


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[EventSource, EventSource]]:
    """(backend, its in-memory reference) for a Parquet build and for a store of the same articles."""
    base = tmp_path_factory.mktemp("query")
    paths = _corpus(base / "in", count=150)
    (base / "in" / "extra.txt").write_text(
        "---\ntitle: Zürich notes\npublished: 2024-06-03\n---\nThe Zürich council cut fares by 50%_ on Monday. "
        "Officials did not say why. Talks opened in İstanbul on Tuesday.\n", encoding="utf-8")
    paths.append(base / "in" / "extra.txt")
    assert main(["build", *map(str, paths), "--out", str(base / "json"), "--jobs", "1"]) == 0
    events = json.loads((base / "json" / "events.json").read_text(encoding="utf-8"))
    documents = json.loads((base / "json" / "documents.json").read_text(encoding="utf-8"))
    write_parquet_build(base / "parquet", events, documents)
    write_parquet_build(base / "parquet-scan", events, documents)
    assert main(["add", *map(str, paths), "--db", str(base / "store.sqlite"), "--jobs", "1"]) == 0
    stored = load_store(base / "store.sqlite")
    indexed = ParquetSource(base / "parquet")  # writes its word index in the background
    assert indexed.wait_for_index(120)
    assert list((base / "parquet" / WORDS_FILE).glob("*.parquet"))
    assert (base / "parquet" / RANKS_FILE).is_file(), "the ids' ranks are written with the word index"
    assert indexed._indexer is not None
    indexed._indexer.join(120)
    assert not list(base.glob("parquet/sorted_by_*")), "a sort file is written only for a sort asked for"
    for sort in SORTED:  # each sort asked once: its file written in the background, used by the later pages
        indexed.events(Filters(), 5, 0, sort)
    _wait_for_sorts(indexed)
    assert all((base / "parquet" / SORTED_FILE.format(s)).is_file() for s in SORTED)
    return {
        "parquet": (indexed, MemorySource.from_build(base / "json")),
        "parquet, no word index": (ParquetSource(base / "parquet-scan", index_words=False),
                                   MemorySource.from_build(base / "json")),
        "store": (StoreSource(base / "store.sqlite"), MemorySource(stored.events, stored.documents)),
    }


def _wait_for_sorts(source: ParquetSource) -> None:
    """Wait until the sort files asked of `source` are written (or failed)."""
    while (writer := source._sorter) is not None:
        writer.join(120)
        assert not writer.is_alive()


def _ids(page: Any) -> list[str]:
    return [r["id"] for r in page.rows]


@pytest.mark.parametrize("backend", ["parquet", "parquet, no word index", "store"])
@pytest.mark.parametrize(("name", "filters"), CASES, ids=[c[0] for c in CASES])
def test_queries_agree_with_memory(sources: dict[str, tuple[EventSource, EventSource]], backend: str, name: str,
                                   filters: Filters) -> None:
    source, memory = sources[backend]
    assert source.total() == memory.total()
    assert source.type_counts(filters) == memory.type_counts(filters)
    assert source.bounds(filters) == memory.bounds(filters)
    assert source.bins(filters) == memory.bins(filters)
    for unit in ("week", "quarter", "decade"):
        assert source.bins(filters, unit) == memory.bins(filters, unit)
    for sort, descending, limit, offset in PAGES:
        assert source.events(filters, limit, offset, sort, descending) == memory.events(
            filters, limit, offset, sort, descending), (sort, descending, limit, offset)


@pytest.mark.parametrize("backend", ["parquet", "store"])
def test_one_event_with_its_mentions(sources: dict[str, tuple[EventSource, EventSource]], backend: str) -> None:
    source, memory = sources[backend]
    page = memory.events(Filters(), limit=10_000)
    assert page.total > 200
    merged = [r["id"] for r in page.rows if len(r["sources"]) > 1]
    assert merged, "the data has events merged across documents"
    for event_id in [*merged[:5], *_ids(page)[::40]]:
        assert source.event(event_id) == memory.event(event_id)
    assert source.event("no-such-id") is None and memory.event("no-such-id") is None
    assert [d["id"] for d in source.documents()] == [d["id"] for d in memory.documents()]
    assert len(source.documents()) >= 151


@pytest.mark.parametrize(("first", "last", "unit"), [
    (date(2024, 1, 1), date(2024, 1, 1), "day"),
    (date(2024, 1, 1), date(2025, 1, 1), "day"),
    (date(2024, 1, 1), date(2026, 1, 1), "week"),
    (date(2020, 1, 1), date(2045, 1, 1), "month"),
    (date(1950, 1, 1), date(2045, 1, 1), "quarter"),
    (date(1700, 1, 1), date(2045, 1, 1), "year"),
    (date(1, 1, 1), date(2045, 1, 1), "decade"),
])
def test_unit_from_the_span(first: date, last: date, unit: str) -> None:
    assert choose_unit(first, last) == unit


@pytest.mark.parametrize(("day", "unit", "start"), [
    (date(2024, 5, 16), "day", date(2024, 5, 16)),
    (date(2024, 5, 16), "week", date(2024, 5, 13)),
    (date(2024, 5, 13), "week", date(2024, 5, 13)),
    (date(2024, 5, 16), "month", date(2024, 5, 1)),
    (date(2024, 5, 16), "quarter", date(2024, 4, 1)),
    (date(2024, 12, 31), "quarter", date(2024, 10, 1)),
    (date(2024, 5, 16), "year", date(2024, 1, 1)),
    (date(2024, 5, 16), "decade", date(2020, 1, 1)),
])
def test_bin_start(day: date, unit: str, start: date) -> None:
    assert bin_start(day, unit) == start


def test_open_source_picks_the_backend(sources: dict[str, tuple[EventSource, EventSource]]) -> None:
    parquet = sources["parquet"][0]
    assert isinstance(parquet, ParquetSource)
    assert isinstance(open_source(parquet.folder), ParquetSource)
    assert isinstance(open_source(ROOT / "data"), MemorySource)
    store = sources["store"][0]
    assert isinstance(store, StoreSource)
    assert isinstance(open_source(store.path), StoreSource)


def test_the_store_backend_shows_corrections_by_hand(tmp_path: Path) -> None:
    from timeline.store import Store

    path = tmp_path / "store.sqlite"
    with Store(path) as store:  # the seed article
        events = store.event_dicts()
        target = next(e for e in events if e["type"] != "justice")
        store.set_correction(target["id"], type="justice", title="Corrected by a reader")
    source = StoreSource(path)
    try:
        event = source.event(target["id"])
        assert event is not None
        assert (event["type"], event["title"], event["corrected"]) == ("justice", "Corrected by a reader", True)
        assert (event["original_type"], event["original_title"]) == (target["type"], target["title"])
        reference = load_store(path)  # the in-memory reading of the store applies the same correction
        assert source.type_counts(Filters()) == MemorySource(reference.events, reference.documents).type_counts(
            Filters())
        page = source.events(Filters(types=("justice",)), limit=50)
        assert target["id"] in {row["id"] for row in page.rows}
    finally:
        source.close()


def test_the_overview_is_written_once_and_answers_the_first_page(tmp_path: Path) -> None:
    """The first open of a Parquet build writes its overview (counts per month of start) next to the summary;
    the next open reads only the overview for the page's first questions, and the summary when one needs days."""
    import duckdb

    from timeline.distributed import write_parquet_build

    events = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))
    documents = json.loads((ROOT / "data" / "documents.json").read_text(encoding="utf-8"))
    write_parquet_build(tmp_path, events, documents)
    memory = MemorySource.from_build(ROOT / "data")
    first = ParquetSource(tmp_path, index_words=False)
    assert (tmp_path / SUMMARY_FILE).is_file() and (tmp_path / OVERVIEW_FILE).is_file()
    rows = duckdb.connect().execute(f"SELECT SUM(n), COUNT(*) FROM read_parquet('{tmp_path / OVERVIEW_FILE}')"
                                    ).fetchone()
    assert rows is not None and int(rows[0]) == len(events) and 0 < int(rows[1]) < len(events)
    first.close()
    again = ParquetSource(tmp_path, index_words=False)
    bounds = again.bounds(Filters())
    assert bounds == memory.bounds(Filters())
    default = Filters(date_from=bounds[0], date_to=bounds[1])
    assert again.type_counts(default) == memory.type_counts(default)
    assert again.bins(default) == memory.bins(default)
    assert again.events(default, limit=20) == memory.events(default, limit=20)
    assert not again._summary_ready, "the first page's questions needed only the overview"
    narrow = Filters(date_from=bounds[0] + (bounds[1] - bounds[0]) / 2)
    assert again.type_counts(narrow) == memory.type_counts(narrow)
    assert again._summary_ready
    again.close()


def test_an_index_without_ranks_gets_them(tmp_path: Path) -> None:
    """A word index written before the ids' ranks were: opening the build writes the ranks in the background, and
    searches then order their matches and choose their examples by rank as the in-memory page does by id."""
    from timeline.distributed import write_parquet_build
    from timeline.query import write_word_index

    events = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))
    documents = json.loads((ROOT / "data" / "documents.json").read_text(encoding="utf-8"))
    write_parquet_build(tmp_path, events, documents)
    write_word_index(tmp_path)
    (tmp_path / RANKS_FILE).unlink()
    source = ParquetSource(tmp_path)
    assert source._indexer is not None
    source._indexer.join(120)
    assert (tmp_path / RANKS_FILE).is_file()
    memory = MemorySource.from_build(ROOT / "data")
    word = str(events[0]["title"]).split()[0]
    for filters in (Filters(text=word), Filters(text="the"), Filters(text=word, include_approximate=False)):
        assert source.type_counts(filters) == memory.type_counts(filters)
        for unit in ("day", "month", "year"):
            assert source.bins(filters, unit) == memory.bins(filters, unit)
        for sort, descending, limit, offset in PAGES:
            assert source.events(filters, limit, offset, sort, descending) == memory.events(
                filters, limit, offset, sort, descending)
    source.close()


# ---- review of round 33: the overview, the summary and the ids' ranks against builds that change -----------------


def _data() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    events = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))
    documents = json.loads((ROOT / "data" / "documents.json").read_text(encoding="utf-8"))
    return events, documents


def _retyped(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same events, every one typed by hand as the first one's type differs from (as a build with the user's
    corrections gives): the same count, other type counts."""
    kind = "politics" if events[0]["type"] != "politics" else "economy"
    return [{**e, "type": kind} for e in events]


def _memory(folder: Path, events: list[dict[str, Any]], documents: list[dict[str, Any]]) -> MemorySource:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "events.json").write_text(json.dumps(events), encoding="utf-8")
    (folder / "documents.json").write_text(json.dumps(documents), encoding="utf-8")
    return MemorySource.from_build(folder)


def _assert_agrees(source: ParquetSource, memory: MemorySource, text: str = "") -> None:
    bounds = memory.bounds(Filters())
    assert bounds is not None
    for filters in (Filters(text=text), Filters(date_from=bounds[0], date_to=bounds[1], text=text),
                    Filters(include_approximate=False, text=text)):
        assert source.total() == memory.total()
        assert source.type_counts(filters) == memory.type_counts(filters)
        assert source.bounds(filters) == memory.bounds(filters)
        for unit in (None, "day", "month", "year"):
            assert source.bins(filters, unit) == memory.bins(filters, unit)
        for sort, descending, limit, offset in PAGES:
            assert source.events(filters, limit, offset, sort, descending) == memory.events(
                filters, limit, offset, sort, descending)


def test_a_local_parquet_build_leaves_no_part_of_an_earlier_build(tmp_path: Path) -> None:
    """A Dask build writes many parts, a local one part 0: a local build into the same folder must not leave the
    earlier build's other parts, whose events the page would count as this build's."""
    from timeline.distributed import _dicts_table, write_part

    events, documents = _data()
    write_parquet_build(tmp_path / "pq", events, documents)
    write_part(_dicts_table(events[:3]), str(tmp_path / "pq" / "events.parquet"), 1)  # an earlier build's part
    write_parquet_build(tmp_path / "pq", events, documents)
    source = ParquetSource(tmp_path / "pq", index_words=False)
    try:
        _assert_agrees(source, _memory(tmp_path / "json", events, documents))
    finally:
        source.close()


def test_an_overview_made_from_parts_replaced_meanwhile_reads_as_stale(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A page opens a build and makes its summary and overview from the parts; a build (a re-run with the user's
    corrections: the same count, other types) replaces the parts before the overview is written. The next open
    must not take that overview for the new build's because it was written after the new parts."""
    events, documents = _data()
    write_parquet_build(tmp_path / "pq", events, documents)
    retyped = _retyped(events)
    original = ParquetSource._by_keys
    rebuilt: list[bool] = []

    def rebuild_meanwhile(self: ParquetSource, keys: Any, fields: Any) -> Any:
        if not rebuilt:
            rebuilt.append(True)
            write_parquet_build(tmp_path / "pq", retyped, documents)
        return original(self, keys, fields)

    monkeypatch.setattr(ParquetSource, "_by_keys", rebuild_meanwhile)
    ParquetSource(tmp_path / "pq", index_words=False).close()
    monkeypatch.undo()
    assert rebuilt
    source = ParquetSource(tmp_path / "pq", index_words=False)
    try:
        _assert_agrees(source, _memory(tmp_path / "json", retyped, documents))
    finally:
        source.close()


def test_the_build_rewrites_summaries_that_look_as_new_as_its_parts(tmp_path: Path) -> None:
    """On a file system that keeps times to the second, a build re-run within the second leaves parts no newer
    than the earlier build's overview; with the same count (a correction of types) the overview would pass as
    fresh. The build's write_summaries makes them again whatever the times say, and removes the table's sort files
    (which the page writes again), whose types would be the earlier build's."""
    from timeline.query import write_sorted, write_summaries

    events, documents = _data()
    write_parquet_build(tmp_path / "pq", events, documents)
    write_summaries(tmp_path / "pq")
    write_sorted(tmp_path / "pq")
    retyped = _retyped(events)
    write_parquet_build(tmp_path / "pq", retyped, documents)
    stamp = (tmp_path / "pq" / OVERVIEW_FILE).stat().st_mtime_ns
    for part in (tmp_path / "pq" / "events.parquet").glob("*.parquet"):
        os.utime(part, ns=(stamp, stamp))  # the same second as the old overview
    write_summaries(tmp_path / "pq")
    source = ParquetSource(tmp_path / "pq", index_words=False)
    try:
        _assert_agrees(source, _memory(tmp_path / "json", retyped, documents))
    finally:
        source.close()


@pytest.mark.parametrize("bad", ["not a Parquet file", "the ranks of another build"])
def test_a_bad_ranks_file_is_not_used(tmp_path: Path, bad: str) -> None:
    """id_ranks.parquet that looks fresh but cannot be read (a disk that filled) or ranks another build's events:
    a search reads the ids instead, with the in-memory answers, not an error or matches dropped by the join."""
    from timeline.query import write_id_ranks, write_word_index

    events, documents = _data()
    write_parquet_build(tmp_path / "pq", events, documents)
    write_word_index(tmp_path / "pq")
    ranks = tmp_path / "pq" / RANKS_FILE
    if bad == "not a Parquet file":
        ranks.write_bytes(b"PAR1 half a file")
    else:
        write_parquet_build(tmp_path / "other", events[: len(events) // 2], documents)
        ranks.write_bytes(write_id_ranks(tmp_path / "other").read_bytes())
    source = ParquetSource(tmp_path / "pq", index_words=False)
    try:
        assert source.wait_for_index(0)
        memory = _memory(tmp_path / "json", events, documents)
        for word in {str(e["title"]).split()[0].lower() for e in events}:
            _assert_agrees(source, memory, word)
    finally:
        source.close()


@pytest.mark.parametrize("index_words", [False, True])
def test_a_read_only_build_answers_from_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               index_words: bool) -> None:
    """A build in a read-only folder (every rename and removal there fails as on a read-only file system): the
    summary and overview live in memory, the word index and ranks are not written, nothing fails."""
    import errno

    events, documents = _data()
    write_parquet_build(tmp_path / "pq", events, documents)
    memory = _memory(tmp_path / "json", events, documents)
    folder = str(tmp_path / "pq")

    def read_only(*paths: Any) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(paths[0]))

    real_replace, real_unlink, real_mkdir = os.replace, Path.unlink, Path.mkdir
    monkeypatch.setattr(os, "replace", lambda a, b: read_only(a) if str(b).startswith(folder) else real_replace(a, b))
    monkeypatch.setattr(Path, "unlink", lambda p, missing_ok=False: read_only(p) if str(p).startswith(folder)
                        else real_unlink(p, missing_ok))
    monkeypatch.setattr(Path, "mkdir", lambda p, *a, **k: read_only(p) if str(p).startswith(folder)
                        else real_mkdir(p, *a, **k))
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, flags, *a: read_only(path) if str(path).startswith(folder)
                        and flags & os.O_CREAT else real_open(path, flags, *a))
    source = ParquetSource(tmp_path / "pq", index_words=index_words)
    try:
        if source._indexer is not None:
            source._indexer.join(120)
        assert not (tmp_path / "pq" / SUMMARY_FILE).exists() and not (tmp_path / "pq" / OVERVIEW_FILE).exists()
        _assert_agrees(source, memory)
        _assert_agrees(source, memory, str(events[0]["title"]).split()[0])
        _wait_for_sorts(source)  # the sorts asked: their files could not be written, and are asked once
        assert sorted(source._sorts_asked) == (sorted(SORTED) if index_words else [])
        assert not list((tmp_path / "pq").glob("*sorted_by_*")), "no sort file, no claim"
        _assert_agrees(source, memory)
        assert source._sorter is None
    finally:
        source.close()


def test_a_search_while_another_page_rewrites_the_word_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two pages' processes found the index stale and both write it: the one that finished first searches while
    the other is writing, and must find every match (the index's files are replaced one by one, never removed
    first)."""
    from timeline.query import write_word_index

    events, documents = _data()
    write_parquet_build(tmp_path / "pq", events, documents)
    write_word_index(tmp_path / "pq")
    memory = _memory(tmp_path / "json", events, documents)
    source = ParquetSource(tmp_path / "pq", index_words=False)
    assert source.wait_for_index(0)
    real_replace = os.replace
    searched: list[bool] = []

    def search_meanwhile(a: Any, b: Any) -> None:
        if not searched and Path(b).parent.name == WORDS_FILE:
            searched.append(True)
            _assert_agrees(source, memory, str(events[0]["title"]).split()[0])
        real_replace(a, b)

    monkeypatch.setattr(os, "replace", search_meanwhile)
    try:
        write_word_index(tmp_path / "pq")
        assert searched
    finally:
        source.close()


@pytest.mark.parametrize("broken", ["events.parquet/part-00000.parquet", "events.parquet/part-00001.parquet"])
def test_a_part_that_is_not_parquet_is_one_line(tmp_path: Path, broken: str) -> None:
    """A part cut short (a copy that stopped) or a stray file among the parts: opening the build says so in one
    line naming the folder (the page shows it), not a DuckDB traceback."""
    from timeline.timeline_data import TimelineDataError

    events, documents = _data()
    write_parquet_build(tmp_path / "pq", events, documents)
    (tmp_path / "pq" / broken).write_bytes(b"PAR1 cut short")
    with pytest.raises(TimelineDataError) as caught:
        ParquetSource(tmp_path / "pq")
    message = str(caught.value)
    assert len(message.splitlines()) == 1 and message.startswith(f"{tmp_path / 'pq' / 'events.parquet'}: ")


def test_the_word_index_is_used_when_only_the_ranks_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The background writer writes the word index, then the ids' ranks; when only the ranks cannot be written (a
    disk that filled), searches use the index (with the ids) instead of scanning every text until the next open."""
    import timeline.query as query

    events, documents = _data()
    write_parquet_build(tmp_path / "pq", events, documents)

    def full_disk(folder: Any, memory_limit: str = "") -> Path:
        raise OSError(28, "No space left on device", str(folder))

    monkeypatch.setattr(query, "write_id_ranks", full_disk)
    source = ParquetSource(tmp_path / "pq")
    try:
        assert source._indexer is not None
        source._indexer.join(120)
        assert source.wait_for_index(0) and not (tmp_path / "pq" / RANKS_FILE).exists()
        _assert_agrees(source, _memory(tmp_path / "json", events, documents), str(events[0]["title"]).split()[0])
        assert any(table in source._narrow for table in source._hits.values()), "the search asked the index"
    finally:
        source.close()


# ---- round 34: the table sorted by another column than start, and parts whose data cannot be read -------------


def repeated_events(events: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """`count` events: `events` again and again, each copy with its own id and moved by a few days (equal titles,
    types and documents across copies: ties that the start, end and id must order)."""
    from datetime import timedelta

    out = []
    for i in range(count):
        event = dict(events[i % len(events)])
        shift = timedelta(days=i // len(events) * 3)
        event["id"] = f"copy{i:05d}"
        event["start"] = (date.fromisoformat(str(event["start"])) + shift).isoformat()
        event["end"] = (date.fromisoformat(str(event["end"])) + shift).isoformat()
        out.append(event)
    return out


SORTED_CASES = [Filters(), Filters(types=("politics", "attack")), Filters(include_approximate=False),
                Filters(date_from=date(2024, 3, 20)), Filters(date_to=date(2024, 3, 25), types=("attack",)),
                Filters(date_from=date(1000, 1, 1), date_to=date(9000, 12, 31)), Filters(text="%!")]


def test_a_sorted_table_pages_from_its_sort_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the sort files written, a page of the table sorted by end, type, title or document (both ways, with
    the type, date and approximate filters) is the in-memory page, and no query sorts the events for it."""
    from timeline.query import _SQLSource, write_sorted

    events, documents = _data()
    events = repeated_events(events, 30 * len(events))
    write_parquet_build(tmp_path / "pq", events, documents)
    assert [p.name for p in write_sorted(tmp_path / "pq")] == [SORTED_FILE.format(s) for s in SORTED]
    memory = _memory(tmp_path / "json", events, documents)
    source = ParquetSource(tmp_path / "pq", index_words=False)

    def sorts_every_event(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the page sorted the events")

    monkeypatch.setattr(_SQLSource, "events", sorts_every_event)
    try:
        for filters in SORTED_CASES:
            for sort in SORTED:
                for descending in (False, True):
                    for limit, offset in ((25, 0), (40, 33), (7, len(events) - 3), (5, len(events))):
                        assert source.events(filters, limit, offset, sort, descending) == memory.events(
                            filters, limit, offset, sort, descending), (filters, sort, descending, limit, offset)
        assert source._sorted_views == set(SORTED)
    finally:
        source.close()


@pytest.mark.parametrize("bad", ["not a Parquet file", "the sort file of another build", "older than the parts"])
def test_a_bad_sort_file_is_not_used(tmp_path: Path, bad: str) -> None:
    """A sort file that cannot be read, holds another build's events, or is older than the parts: the page sorts
    the events itself (the in-memory rows), rather than failing or showing another build's rows."""
    from timeline.query import write_sorted

    events, documents = _data()
    events = repeated_events(events, 5 * len(events))
    write_parquet_build(tmp_path / "pq", events, documents)
    target = tmp_path / "pq" / SORTED_FILE.format("title")
    if bad == "not a Parquet file":
        write_sorted(tmp_path / "pq", ["title"])
        target.write_bytes(b"PAR1 half a file")
    elif bad == "the sort file of another build":
        write_parquet_build(tmp_path / "other", events[: len(events) // 2], documents)
        target.write_bytes(write_sorted(tmp_path / "other", ["title"])[0].read_bytes())
    else:
        write_sorted(tmp_path / "pq", ["title"])
        part = tmp_path / "pq" / "events.parquet" / "part-00000.parquet"
        os.utime(target, ns=(part.stat().st_mtime_ns - 10**9,) * 2)
    source = ParquetSource(tmp_path / "pq", index_words=False)
    try:
        memory = _memory(tmp_path / "json", events, documents)
        for filters in SORTED_CASES[:3]:
            for descending in (False, True):
                assert source.events(filters, 20, 7, "title", descending) == memory.events(
                    filters, 20, 7, "title", descending)
        assert "title" not in source._sorted_views
    finally:
        source.close()


def _damage(part: Path, column: str, row_group: int = 0) -> None:
    """Overwrite the middle of one column's data in one row group of a Parquet part: its footer (the file's
    metadata) stays good, so the part opens and its other columns read, and this column's pages cannot be decoded."""
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(part).metadata.row_group(row_group)
    chunk = next(meta.column(i) for i in range(meta.num_columns) if meta.column(i).path_in_schema == column)
    first = chunk.dictionary_page_offset or chunk.data_page_offset
    middle = first + chunk.total_compressed_size // 2
    data = bytearray(part.read_bytes())
    data[middle: middle + 64] = bytes(range(64))
    part.write_bytes(bytes(data))


@pytest.mark.parametrize("question", ["a table page", "a sorted table page", "a search", "one event", "a download",
                                      "a sorted table page, its sort file written"])
def test_a_part_with_damaged_data_is_one_line(tmp_path: Path, question: str) -> None:
    """A part whose footer is good and whose data pages are damaged (a disk error, a copy that went wrong) opens,
    and the questions that read the damaged pages say so in one line naming the build and the reason (DuckDB's,
    which names the part), not a DuckDB error; the questions answered without them still answer."""
    from timeline.timeline_data import TimelineDataError

    events, documents = _data()
    write_parquet_build(tmp_path / "pq", events, documents)
    ParquetSource(tmp_path / "pq", index_words=False).close()  # the overview, written before the damage
    if question.endswith("written"):
        from timeline.query import write_sorted

        write_sorted(tmp_path / "pq", ["title"])  # its copy of the rows is good: the page reads them from it
    part = tmp_path / "pq" / "events.parquet" / "part-00000.parquet"
    stamp = part.stat().st_mtime_ns
    _damage(part, "sentence")
    os.utime(part, ns=(stamp, stamp))  # damaged where it lies (a disk error), not written again
    source = ParquetSource(tmp_path / "pq", index_words=False)
    memory = _memory(tmp_path / "json", events, documents)
    try:
        assert source.type_counts(Filters()) == memory.type_counts(Filters())
        ask = {"a table page": lambda: source.events(Filters(), 20),
               "a sorted table page": lambda: source.events(Filters(), 20, 0, "title", True),
               "a search": lambda: source.type_counts(Filters(text="the")),
               "one event": lambda: source.event(str(events[0]["id"])),
               "a download": lambda: source.events(Filters(), 100_000),
               "a sorted table page, its sort file written": lambda: source.events(Filters(), 20, 0, "title", True),
               }[question]
        if question.endswith("written"):
            assert ask() == memory.events(Filters(), 20, 0, "title", True)
            return
        with pytest.raises(TimelineDataError) as caught:
            ask()
        message = str(caught.value)
        assert len(message.splitlines()) == 1
        assert message.startswith(f"{tmp_path / 'pq' / 'events.parquet'}: cannot read the Parquet build (")
        assert "part-00000.parquet" in message
        assert source.bounds(Filters()) == memory.bounds(Filters()), "the source still answers what it can"
    finally:
        source.close()


def test_a_sort_file_is_written_only_when_its_sort_is_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening the page, its chart, counts and table in start order write no sort file (at ten million events
    each is minutes of work and hundreds of megabytes); the first page sorted by title is answered by sorting the
    events and has the title's file, only that one, written in the background; the next pages read it. A search
    or a document filter, which never use the file, ask for none."""
    from timeline.query import _SQLSource, write_word_index

    events, documents = _data()
    events = repeated_events(events, 5 * len(events))
    write_parquet_build(tmp_path / "pq", events, documents)
    write_word_index(tmp_path / "pq")
    memory = _memory(tmp_path / "json", events, documents)
    source = ParquetSource(tmp_path / "pq")
    try:
        assert source._indexer is None and source._sorter is None
        for filters in (Filters(), Filters(types=("politics",)), Filters(text=str(events[0]["title"]).split()[0]),
                        Filters(documents=(str(documents[0]["id"]),))):
            source.type_counts(filters)
            source.bins(filters)
            assert source.events(filters, 10, 3) == memory.events(filters, 10, 3)
            if filters.text or filters.documents:
                assert source.events(filters, 10, 0, "title") == memory.events(filters, 10, 0, "title")
        assert source._sorter is None and source._sorts_asked == []
        assert not list((tmp_path / "pq").glob("sorted_by_*"))
        assert source.events(Filters(), 20, 7, "title", True) == memory.events(Filters(), 20, 7, "title", True)
        assert source._sorts_asked == ["title"]
        assert source.events(Filters(), 20, 9, "title") == memory.events(Filters(), 20, 9, "title")
        _wait_for_sorts(source)
        assert sorted(p.name for p in (tmp_path / "pq").glob("*sorted_by_*")) == [SORTED_FILE.format("title")]
        assert not list((tmp_path / "pq").glob(".*")), "no temporary file or claim left"
        assert not list(Path(tempfile.gettempdir()).glob(f"timeline-sorted-{os.getpid()}-*")), "spill folder left"
        monkeypatch.setattr(_SQLSource, "events", lambda *a, **k: pytest.fail("the page sorted the events"))
        for descending in (False, True):
            assert source.events(Filters(types=("politics",)), 20, 3, "title", descending) == memory.events(
                Filters(types=("politics",)), 20, 3, "title", descending)
        assert source._sorted_views == {"title"} and source._sorts_asked == ["title"]
    finally:
        source.close()


@pytest.mark.parametrize("holder", ["a live process", "a process that ended"])
def test_a_sort_file_another_process_writes_is_not_written_twice(tmp_path: Path, holder: str) -> None:
    """Two pages' processes asked the same sort: the one that finds the other's claim (a live process) leaves the
    file to it and keeps sorting the events; a claim left by a process that ended (stopped while writing) is taken
    over, and its temporary file removed."""
    import subprocess
    import sys

    events, documents = _data()
    write_parquet_build(tmp_path / "pq", events, documents)
    write_word_index(tmp_path / "pq")
    if holder == "a live process":
        other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    else:
        other = subprocess.Popen([sys.executable, "-c", "pass"])
        other.wait()
    claim = tmp_path / "pq" / f".{SORTED_FILE.format('doc')}.writing"
    claim.write_text(str(other.pid), encoding="ascii")
    left = tmp_path / "pq" / f".{SORTED_FILE.format('doc')}.{other.pid}.1234"  # its temporary file, half written
    left.write_bytes(b"PAR1 half")
    memory = _memory(tmp_path / "json", events, documents)
    source = ParquetSource(tmp_path / "pq")
    try:
        assert source.events(Filters(), 10, 2, "doc") == memory.events(Filters(), 10, 2, "doc")
        _wait_for_sorts(source)
        written = (tmp_path / "pq" / SORTED_FILE.format("doc")).is_file()
        assert written == (holder == "a process that ended")
        assert claim.exists() == left.exists() == (holder == "a live process")
        assert source.events(Filters(), 10, 2, "doc", True) == memory.events(Filters(), 10, 2, "doc", True)
        assert ("doc" in source._sorted_views) == written
    finally:
        source.close()
        other.kill()
        other.wait()


def test_a_sort_file_with_damaged_data_is_not_used(tmp_path: Path) -> None:
    """A sort file whose footer is good and whose data pages are damaged (the parts are good): it is a copy the
    page made, not the build, so the page sorts the events itself (the in-memory rows) and does not use the file
    again, rather than saying the build cannot be read."""
    from timeline.query import write_sorted

    events, documents = _data()
    write_parquet_build(tmp_path / "pq", events, documents)
    write_sorted(tmp_path / "pq", ["title"])
    _damage(tmp_path / "pq" / SORTED_FILE.format("title"), "sentence")
    memory = _memory(tmp_path / "json", events, documents)
    source = ParquetSource(tmp_path / "pq", index_words=False)
    try:
        for descending in (False, True, False):
            assert source.events(Filters(), 20, 0, "title", descending) == memory.events(
                Filters(), 20, 0, "title", descending)
        assert "title" in source._damaged and not source._sorted_views
    finally:
        source.close()


def test_a_sort_file_being_written_is_given_up_at_exit() -> None:
    """The page's server stopped while a sort file is written in the background: the writer's query is
    interrupted (its clean-up then runs), rather than its thread being frozen inside DuckDB at the exit, which
    aborts the process."""
    import threading

    import duckdb

    from timeline.query import _WRITERS, _WRITING, _stop_writers

    conn = duckdb.connect(":memory:")
    failed: list[BaseException] = []

    def write() -> None:
        with _WRITING:
            _WRITERS.add(conn)
            try:
                conn.execute("SELECT count(*) FROM range(1000000000000) AS a(x) WHERE x % 7 = 3").fetchall()
            except duckdb.Error as exc:
                failed.append(exc)
            finally:
                _WRITERS.discard(conn)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    while conn not in _WRITERS:
        writer.join(0.01)
    _stop_writers()  # interrupted again until it is out (it may not have started its query yet)
    writer.join(30)
    assert not writer.is_alive() and len(failed) == 1 and "interrupt" in str(failed[0]).lower()
    conn.close()


# ---- round 35: the first sorted page without its sort file, damaged sort files written again, stale claims -------


FIRST_PAGES = [  # (sort, descending, limit, offset, filters): pages read before any sort file is written
    ("title", False, 200, 0, Filters()), ("title", True, 200, 0, Filters()), ("doc", False, 50, 120, Filters()),
    ("type", True, 30, 0, Filters(types=("politics", "attack"))), ("end", True, 40, 10, Filters()),
    ("end", False, 25, 0, Filters(include_approximate=False)), ("type", False, 100, 150, Filters()),
    ("title", False, 20, 0, Filters(date_from=date(2024, 3, 20))), ("doc", True, 60, 230, Filters()),
]


@pytest.mark.parametrize(("sort", "descending", "limit", "offset", "filters"), FIRST_PAGES)
def test_a_first_sorted_page_without_its_sort_file(tmp_path: Path, sort: str, descending: bool, limit: int,
                                                    offset: int, filters: Filters) -> None:
    """Before its sort file is written, a page sorted by another column than start is the page's top rows by the
    narrow columns, then those rows read within the page's range of start and of the sort's values (many events
    share a title, a type or a document here): the in-memory page."""
    events, documents = _data()
    events = repeated_events(events, 30 * len(events))
    write_parquet_build(tmp_path / "pq", events, documents)
    memory = _memory(tmp_path / "json", events, documents)
    source = ParquetSource(tmp_path / "pq", index_words=False)
    try:
        page = memory.events(filters, limit, offset, sort, descending)
        assert page.rows
        assert source.events(filters, limit, offset, sort, descending) == page
        assert not source._sorted_views and not list((tmp_path / "pq").glob("*sorted_by_*"))
    finally:
        source.close()


@pytest.mark.parametrize(("values", "held"), [
    (["b", "d", "c"], ["b", "c", "d"]),
    (["b", None, "c"], ["b", "c", None]),  # a missing value in the page: the missing ones pass too
    ([None, None], [None]),
    (["a"], ["a"]),
])
def test_a_page_s_range_of_values(values: list[str | None], held: list[str | None]) -> None:
    """The clause that holds a page's rows to its range of the sort's values keeps every value in that range and,
    when the page has one, the missing ones; nothing else."""
    import duckdb

    from timeline.query import _within

    clause, params = _within("v", values)
    conn = duckdb.connect()
    conn.execute("CREATE TABLE t AS SELECT * FROM (VALUES ('a'), ('b'), ('c'), ('d'), ('e'), (NULL)) AS x(v)")
    found = [r[0] for r in conn.execute(f"SELECT v FROM t WHERE TRUE{clause} ORDER BY v NULLS LAST", params).fetchall()]
    assert found == held


def _snapshot(folder: Path, but: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of a build but one: its bytes and time."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*"))
            if p.is_file() and p != but}


DAMAGED = ["cut short", "not a Parquet file", "the sort file of another build", "data pages damaged"]


@pytest.mark.parametrize("damage", DAMAGED)
def test_a_damaged_sort_file_is_written_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    """A sort file as new as the parts but damaged (cut short, another file, another build's, its data pages
    unreadable): the first page sorts the events (the in-memory rows) and the file is written again in the
    background, under its claim; the next pages read the new file. The build's other files are left as they were,
    and no claim or temporary file is left."""
    from timeline.query import _identity, _SQLSource, write_sorted

    events, documents = _data()
    events = repeated_events(events, 3 * len(events))
    write_parquet_build(tmp_path / "pq", events, documents)
    write_word_index(tmp_path / "pq")  # so that the page's only writer is the sort file's
    target = tmp_path / "pq" / SORTED_FILE.format("title")
    stamp = write_sorted(tmp_path / "pq", ["title"])[0].stat().st_mtime_ns
    ParquetSource(tmp_path / "pq", index_words=False).close()  # its overview written, as a page leaves it
    if damage == "cut short":
        target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    elif damage == "not a Parquet file":
        target.write_bytes(b"PAR1 not a sort file")
    elif damage == "the sort file of another build":
        write_parquet_build(tmp_path / "other", events[: len(events) // 2], documents)
        target.write_bytes(write_sorted(tmp_path / "other", ["title"])[0].read_bytes())
    else:
        _damage(target, "sentence")
    os.utime(target, ns=(stamp, stamp))  # as new as the parts: only its contents tell
    damaged = _identity(target)
    before = _snapshot(tmp_path / "pq", target)
    memory = _memory(tmp_path / "json", events, documents)
    source = ParquetSource(tmp_path / "pq")
    try:
        assert source.events(Filters(), 20, 7, "title", True) == memory.events(Filters(), 20, 7, "title", True)
        _wait_for_sorts(source)
        assert _identity(target) != damaged
        import pyarrow.parquet as pq

        assert pq.read_metadata(target).num_rows == len(events)
        monkeypatch.setattr(_SQLSource, "events", lambda *a, **k: pytest.fail("the page sorted the events"))
        for descending in (False, True):
            assert source.events(Filters(types=("politics",)), 20, 3, "title", descending) == memory.events(
                Filters(types=("politics",)), 20, 3, "title", descending)
        assert source._sorted_views == {"title"} and not source._damaged
        assert _snapshot(tmp_path / "pq", target) == before
        assert not list((tmp_path / "pq").glob(".*")), "no claim or temporary file left"
    finally:
        source.close()


def test_a_damaged_sort_file_written_again_elsewhere_is_read(tmp_path: Path) -> None:
    """A damaged sort file that another page's process has written again meanwhile is read, not written once
    more; the damaged file itself would be (the source's writer is off here: only what it would do is asked)."""
    from timeline.query import write_sorted

    events, documents = _data()
    write_parquet_build(tmp_path / "pq", events, documents)
    target = write_sorted(tmp_path / "pq", ["doc"])[0]
    stamp = target.stat().st_mtime_ns
    target.write_bytes(b"PAR1 cut")
    os.utime(target, ns=(stamp, stamp))
    memory = _memory(tmp_path / "json", events, documents)
    source = ParquetSource(tmp_path / "pq", index_words=False)
    try:
        assert source.events(Filters(), 10, 0, "doc") == memory.events(Filters(), 10, 0, "doc")
        assert "doc" in source._damaged and source._sorted_stale("doc")
        write_sorted(tmp_path / "pq", ["doc"])  # another process's writer
        assert not source._sorted_stale("doc")
        assert source.events(Filters(), 10, 0, "doc", True) == memory.events(Filters(), 10, 0, "doc", True)
        assert source._sorted_views == {"doc"} and not source._damaged
    finally:
        source.close()


def _claim_text(case: str, live: int, ended: int) -> str:
    from timeline.query import _pid_space, _started

    here = _pid_space()
    return {
        "a live process here": json.dumps({"pid": live, "started": _started(live), "space": here}),
        "a process here that ended": json.dumps({"pid": ended, "started": 1, "space": here}),
        "a live id here, recycled (another start)": json.dumps({"pid": live, "started": (_started(live) or 0) + 1,
                                                                "space": here}),
        "this process (an earlier writer here)": json.dumps({"pid": os.getpid(), "started": _started(os.getpid()),
                                                             "space": here}),
        "another machine's (its id ended here)": json.dumps({"pid": ended, "started": 5, "space": "elsewhere/x/y"}),
        "another container's (its id live here)": json.dumps({"pid": live, "started": 5, "space": f"{here}-other"}),
        "an earlier version's (a process id), live": str(live),
        "an earlier version's (a process id), ended": str(ended),
        "unreadable (being written)": "",
    }[case]


CLAIMS = [  # (holder, seconds since it was last touched, taken over)
    ("a live process here", 0, False),
    ("a process here that ended", 0, True),
    ("a live id here, recycled (another start)", 0, True),
    ("this process (an earlier writer here)", 0, True),
    ("another machine's (its id ended here)", 0, False),
    ("another container's (its id live here)", 0, False),
    ("an earlier version's (a process id), live", 0, False),
    ("an earlier version's (a process id), ended", 0, True),
    ("unreadable (being written)", 0, False),
    # not touched for longer than CLAIM_STALE_AFTER: its writer stopped, wherever it was
    ("another machine's (its id ended here)", 1200, True),
    ("another container's (its id live here)", 1200, True),
    ("a live process here", 1200, True),
    ("unreadable (being written)", 1200, True),
    ("another machine's (its id ended here)", 500, False),
]


@pytest.mark.parametrize(("holder", "age", "taken"), CLAIMS)
def test_a_stale_claim_is_taken_over(tmp_path: Path, holder: str, age: int, taken: bool) -> None:
    """A sort file's claim is taken over (with its holder's temporary file) only when it is stale: not touched
    for CLAIM_STALE_AFTER seconds, or held in this machine's and container's ids by a process that ended, by this
    process, or under a recycled id; another machine's or container's claim touched lately is left, whatever its
    id means here."""
    import subprocess
    import sys
    import time

    from timeline.query import CLAIM_STALE_AFTER, _claimed

    assert CLAIM_STALE_AFTER == 600
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    try:
        target = tmp_path / SORTED_FILE.format("title")
        claim = tmp_path / f".{target.name}.writing"
        text = _claim_text(holder, live.pid, ended.pid)
        claim.write_text(text, encoding="ascii")
        touched = time.time() - age
        os.utime(claim, (touched, touched))
        pid = json.loads(text)["pid"] if text.startswith("{") else int(text or 0)
        left = tmp_path / f".{target.name}.{pid}.77"  # its temporary file
        left.write_bytes(b"PAR1 half")
        with _claimed(target) as claimed:
            assert claimed == taken
            if taken:
                assert json.loads(claim.read_text(encoding="ascii"))["pid"] == os.getpid()
        assert claim.exists() != taken
        assert left.exists() != (taken and pid > 0)
        if not taken:
            assert claim.read_text(encoding="ascii") == text
    finally:
        live.kill()
        live.wait()


def test_a_held_claim_is_touched_while_its_file_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While this process holds a claim, it touches it every CLAIM_BEAT seconds, so another machine does not take a
    long writing for a stopped one."""
    import time

    from timeline import query

    monkeypatch.setattr(query, "CLAIM_BEAT", 0.01)
    target = tmp_path / SORTED_FILE.format("end")
    claim = tmp_path / f".{target.name}.writing"
    with query._claimed(target) as claimed:
        assert claimed
        old = time.time() - 3600
        os.utime(claim, (old, old))
        for _ in range(1000):
            if claim.stat().st_mtime > old + 1800:
                break
            time.sleep(0.01)
        assert claim.stat().st_mtime > old + 1800
    assert not claim.exists()


# ---- review of round 35: generated pages against memory, a claim taken over while its holder writes ------------

_TITLES = ["", "a", "A", "b", "é", "É", "e\u0301", "z", "ß", "İstanbul", "istanbul", "😀", "Zürich", "\u00a0x"]
_TYPES = ["attack", "politics", "économie", "Économie"]
_DOCS = ["d1", "D1", "dé", "ö"]


@settings(max_examples=12, deadline=None)
@given(rows=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2), st.booleans(), st.sampled_from(_TITLES),
                               st.sampled_from(_TYPES), st.sampled_from(_DOCS)), min_size=1, max_size=40),
       nulls=st.lists(st.sampled_from(["title", "type", ""]), min_size=40, max_size=40),
       sort=st.sampled_from(["end", "type", "title", "doc"]), descending=st.booleans(), limit=st.integers(1, 7),
       filters=st.sampled_from([Filters(), Filters(types=("politics", "économie")), Filters(include_approximate=False),
                                Filters(date_from=date(2024, 1, 3))]))
def test_generated_first_sorted_pages_agree(rows: list[tuple[int, int, bool, str, str, str]], nulls: list[str],
                                            sort: str, descending: bool, limit: int, filters: Filters) -> None:
    """Every page of small generated builds (few values: ties across the pages' edges; non-ASCII titles, types and
    documents, ordered by code point as pandas orders them; missing titles and types), sorted by another column
    than start before its sort file is written (the rows read within the page's range of the sort's values): the
    in-memory page, and with missing values the order of one DuckDB query over whole rows (the in-memory table
    reads a missing text as empty, a Parquet build keeps it missing)."""
    from datetime import timedelta

    template = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))[0]
    document = json.loads((ROOT / "data" / "documents.json").read_text(encoding="utf-8"))[0]
    events = []
    for i, (day, length, approximate, title, kind, doc) in enumerate(rows):
        start = date(2024, 1, 1) + timedelta(days=day)
        events.append({**template, "id": f"e{(i * 7) % 41:02d}-{i}", "doc": doc, "start": start.isoformat(),
                       "end": (start + timedelta(days=length)).isoformat(), "approximate": approximate,
                       "title": None if nulls[i] == "title" else title, "type": None if nulls[i] == "type" else kind})
    documents = [{**document, "id": d} for d in _DOCS]
    missing = any(e["title"] is None or e["type"] is None for e in events)
    with tempfile.TemporaryDirectory() as folder:
        write_parquet_build(Path(folder) / "pq", events, documents)
        memory = _memory(Path(folder) / "json", events, documents)
        source = ParquetSource(Path(folder) / "pq", index_words=False)
        try:
            where = {"politics": "type IN ('politics', 'économie')", "approximate": "NOT approximate",
                     "date": "\"end\" >= DATE '2024-01-03'"}
            clause = (" WHERE " + where["politics"] if filters.types else " WHERE " + where["approximate"]
                      if not filters.include_approximate else " WHERE " + where["date"] if filters.date_from else "")
            order = f'"{sort}" {"DESC" if descending else "ASC"}, ' + ", ".join(
                f'"{k}"' for k in ("start", "end", "id") if k != sort)
            whole = [r[0] for r in source.conn.execute(f"SELECT id FROM events{clause} ORDER BY {order}").fetchall()]
            for offset in range(0, len(whole), limit):
                page = source.events(filters, limit, offset, sort, descending)
                assert [r["id"] for r in page.rows] == whole[offset: offset + limit]
                if not missing:
                    assert page == memory.events(filters, limit, offset, sort, descending)
            assert not source._sorted_views
        finally:
            source.close()


def test_a_claim_taken_over_while_its_holder_writes_is_left_to_the_new_holder(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A holder whose claim was taken over meanwhile (judged stale: not touched for CLAIM_STALE_AFTER) neither
    touches nor removes the new holder's claim when it finishes; its own claim it removes."""
    import time

    from timeline import query

    monkeypatch.setattr(query, "CLAIM_BEAT", 0.01)
    target = tmp_path / SORTED_FILE.format("title")
    claim = tmp_path / f".{target.name}.writing"
    other = json.dumps({"pid": 1, "started": 1, "space": "another machine"})
    with query._claimed(target) as claimed:
        assert claimed
        claim.unlink()
        claim.write_text(other, encoding="ascii")
        old = time.time() - 100
        os.utime(claim, (old, old))
        time.sleep(0.2)  # many beats
        assert claim.stat().st_mtime < old + 1, "the new holder's claim was touched"
    assert claim.read_text(encoding="ascii") == other
    claim.unlink()
    with query._claimed(target) as claimed:
        assert claimed and claim.exists()
    assert not claim.exists()


def test_a_claim_that_cannot_be_written_is_not_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim made but not written (a full disk): the folder's error is raised and no empty claim is left to hold
    the other processes off for CLAIM_STALE_AFTER."""
    from timeline import query

    def full(handle: int, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    target = tmp_path / SORTED_FILE.format("doc")
    monkeypatch.setattr(query.os, "write", full)
    with pytest.raises(OSError, match="No space"), query._claimed(target):
        pytest.fail("claimed without a claim written")
    assert not list(tmp_path.iterdir())


# ---- round 36: a stale claim taken over atomically; pages sorted without their sort file --------------------------

RACES = [
    # (what the other process does while this one is about to remove a claim, which of the two must hold it after)
    ("takes the same stale claim over", "one of the two"),
    ("takes over this holder's claim, judged stale, as this holder removes it when done", "the other"),
]


@pytest.mark.parametrize(("race", "holds"), RACES)
def test_a_claim_is_never_held_twice_when_two_processes_race(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              race: str, holds: str) -> None:
    """Two processes (here threads with the claims of two live processes) race over one claim: the other process
    acts at the moment this one is about to remove the claim (the stale claim it judged, or its own when done).
    Exactly one of them holds the claim after, and the claim on disk is its holder's: this one never removes a
    claim the other made after it judged."""
    import subprocess
    import sys
    import threading
    import time

    from timeline import query

    monkeypatch.setattr(query, "CLAIM_BEAT", 3600.0)
    lives = [subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) for _ in range(2)]
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    here = query._pid_space()
    records = {name: {"pid": p.pid, "started": query._started(p.pid), "space": here}
               for name, p in zip(("this", "other"), lives, strict=True)}
    monkeypatch.setattr(query, "_claim_record",
                        lambda: {**records[threading.current_thread().name], "token": os.urandom(8).hex()})
    target = tmp_path / SORTED_FILE.format("doc")
    claim = tmp_path / f".{target.name}.writing"
    other: dict[str, bool] = {}
    decided, release = threading.Event(), threading.Event()

    def other_process() -> None:
        with query._claimed(target) as claimed:
            other["holds"] = claimed
            decided.set()
            release.wait(30)

    unlink, raced = os.unlink, threading.Event()

    def racing_unlink(path: Any, *args: Any, **kwargs: Any) -> None:
        if (Path(path) == claim and threading.current_thread().name == "this" and not raced.is_set()):
            raced.set()
            threading.Thread(target=other_process, name="other", daemon=True).start()
            decided.wait(0.5)  # the other process acts now (unless it has to wait for this one)
        unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", racing_unlink)
    mine: dict[str, bool] = {}

    def this_process() -> None:
        same = race == "takes the same stale claim over"
        with query._claimed(target) as claimed:
            mine["holds"] = claimed
            if same:  # both hold on while the other decides
                assert decided.wait(30)
                mine["claim"] = claim.read_text(encoding="ascii") if claim.exists() else ""
            elif claimed:
                old = time.time() - 1200  # its writing looks stopped to the other process
                os.utime(claim, (old, old))
        if not same:
            assert decided.wait(30)
            mine["claim"] = claim.read_text(encoding="ascii") if claim.exists() else ""
        release.set()

    try:
        if race == "takes the same stale claim over":
            claim.write_text(json.dumps({"pid": ended.pid, "started": 1, "space": here}), encoding="ascii")
        thread = threading.Thread(target=this_process, name="this")
        thread.start()
        thread.join(60)
        assert raced.is_set(), "the race was not run"
        holders = [name for name, held in (("this", mine.get("holds")), ("other", other.get("holds"))) if held]
        if race == "takes the same stale claim over":
            assert len(holders) == 1, f"held by {holders}"
            assert json.loads(mine["claim"])["pid"] == records[holders[0]]["pid"]
        else:
            assert other.get("holds"), "the other process did not take the stale claim over"
            assert mine["claim"], "the other process's claim was removed"
            assert json.loads(mine["claim"])["pid"] == records["other"]["pid"]
    finally:
        release.set()
        for p in lives:
            p.kill()
            p.wait()


def _tied_events(count: int) -> list[dict[str, Any]]:
    """`count` events of the seed build's first's fields, most of them on one day with one title, type and document
    (ties on every sort's value, start and end, so the pages' edges fall inside runs of equal rows that only the
    ids order), their ids not in the order they are written."""
    from datetime import timedelta

    template = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))[0]
    events = []
    for i in range(count):
        same = i % 4 != 3
        start = date(2024, 1, 1) + timedelta(days=0 if same else i % 5)
        events.append({**template, "id": f"e{(i * 11) % 37:02d}-{i}", "start": start.isoformat(),
                       "end": (start + timedelta(days=0 if same else i % 3)).isoformat(),
                       "title": "Harbour strike" if same else f"Title {i % 6}",
                       "type": "politics" if same or i % 2 else "economy",
                       "doc": "d1" if same else f"d{i % 3}", "approximate": not same and i % 2 == 0})
    return events


TOP_PAGES = [  # (the build, TIE_ROWS, whether the pages sort with the ids: a run of equal rows longer than TIE_ROWS)
    ("the seed build", 10_000, False),
    ("tied rows", 10_000, False),
    ("tied rows, more of them than TIE_ROWS", 3, True),
]


@pytest.mark.parametrize(("build", "tie_rows", "with_ids"), TOP_PAGES)
def test_pages_sorted_without_their_sort_file_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, build: str,
                                                    tie_rows: int, with_ids: bool) -> None:
    """Every page of the table sorted by each column but start, going up and down, under filters (types, dates,
    documents, approximate ones left out), before any sort file is written: the in-memory page. Pages are a top-N
    over the sort's value, start and end, their rows read by key and ordered with their ids; the pages sort with
    the ids (one query) only where a run of equal rows past a page's edge is longer than TIE_ROWS."""
    from timeline import query

    if build == "the seed build":
        events = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))
        documents = json.loads((ROOT / "data" / "documents.json").read_text(encoding="utf-8"))
    else:
        events = _tied_events(30)
        template = json.loads((ROOT / "data" / "documents.json").read_text(encoding="utf-8"))[0]
        documents = [{**template, "id": d} for d in ("d0", "d1", "d2")]
    write_parquet_build(tmp_path / "pq", events, documents)
    memory = _memory(tmp_path / "json", events, documents)
    monkeypatch.setattr(query, "TIE_ROWS", tie_rows)
    sorted_with_ids: list[str] = []
    whole = query._SQLSource.events

    def events_sorted(self: Any, filters: Filters, limit: int = 1000, offset: int = 0, sort: str = "start",
                      descending: bool = False) -> query.Page:
        if sort != "start":
            sorted_with_ids.append(sort)
        return whole(self, filters, limit, offset, sort, descending)

    monkeypatch.setattr(query._SQLSource, "events", events_sorted)
    docs = tuple(sorted({str(e["doc"]) for e in events}))[:2]
    source = ParquetSource(tmp_path / "pq", index_words=False)
    try:
        for filters in (Filters(), Filters(types=("politics",)), Filters(include_approximate=False),
                        Filters(documents=docs), Filters(date_from=date(2024, 1, 2))):
            total = memory.events(filters, 0).total
            for sort in SORTED:
                for descending in (False, True):
                    for offset in range(0, total + 4, 4):
                        assert (source.events(filters, 4, offset, sort, descending)
                                == memory.events(filters, 4, offset, sort, descending)), (
                            filters, sort, descending, offset)
        assert bool(sorted_with_ids) == with_ids
        assert not source._sorted_views
    finally:
        source.close()


def test_parts_keep_dictionaries_for_few_valued_columns_only(tmp_path: Path) -> None:
    """A part's many-valued text columns (ids, titles, sentences, documents, values, sources) are written without a
    dictionary and in small pages, so that a row read by its number does not decode its row group's dictionary of
    every column; the few-valued ones (type, granularity, rule) keep theirs."""
    import pyarrow.parquet as pq

    events = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))
    documents = json.loads((ROOT / "data" / "documents.json").read_text(encoding="utf-8"))
    write_parquet_build(tmp_path / "pq", events, documents)
    group = pq.ParquetFile(tmp_path / "pq" / "events.parquet" / "part-00000.parquet").metadata.row_group(0)
    dictionary = {group.column(i).path_in_schema: group.column(i).has_dictionary_page
                  for i in range(group.num_columns)}
    for column in ("id", "doc", "doc_title", "value", "expression", "sentence", "context", "title",
                   "sources.list.element"):
        assert not dictionary[column], column
    for column in ("type", "granularity", "rule"):
        assert dictionary[column], column


@pytest.mark.parametrize("descending", [False, True])
def test_a_deep_page_sorted_without_its_sort_file_reads_few_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 descending: bool) -> None:
    """A page far into the table (the dashboard's last page is 20,000 pages in for ten million events) sorted
    without its sort file brings into Python the page's rows and at most TIE_ROWS before it and TIE_ROWS tied at
    its end, not every row before it (ten million keys and values: gigabytes); the page is still the in-memory one."""
    from datetime import timedelta

    from timeline import query

    template = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))[0]
    documents = json.loads((ROOT / "data" / "documents.json").read_text(encoding="utf-8"))
    events = [{**template, "id": f"n{i:03d}", "title": f"Title {i:03d}",
               "start": (date(2024, 1, 1) + timedelta(days=i % 7)).isoformat(),
               "end": (date(2024, 1, 1) + timedelta(days=i % 7)).isoformat()} for i in range(80)]
    write_parquet_build(tmp_path / "pq", events, documents)
    memory = _memory(tmp_path / "json", events, documents)
    monkeypatch.setattr(query, "TIE_ROWS", 3)
    fetched: list[int] = []
    rows = query.ParquetSource._rows

    def counted_rows(self: Any, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        found = rows(self, sql, params)
        fetched.append(len(found))
        return found

    monkeypatch.setattr(query.ParquetSource, "_rows", counted_rows)
    source = ParquetSource(tmp_path / "pq", index_words=False)
    try:
        for offset in (0, 40, 72, 76):
            fetched.clear()
            assert (source.events(Filters(), 4, offset, "title", descending)
                    == memory.events(Filters(), 4, offset, "title", descending)), offset
            assert max(fetched) <= 4 + 2 * 3 + 1, (offset, fetched)
    finally:
        source.close()


def test_the_claims_lock_has_one_holder_though_its_file_is_removed_when_let_go(tmp_path: Path) -> None:
    """The claim's lock file is removed when let go: a process waiting on the removed file's lock gets it then,
    while another has made and locked a new file under the name. Each checks after locking that the name is still
    its file (else locks again), so the lock never has two holders at once (threads here: each opens the file
    itself, and flocks of separate opens exclude each other as those of processes do)."""
    import threading
    import time

    from timeline import query

    claim = tmp_path / ".sorted_by_doc.parquet.writing"
    inside, most, guard = [0], [0], threading.Lock()

    def hold() -> None:
        for _ in range(150):
            with query._claim_lock(claim, wait=60) as locked:
                assert locked
                with guard:
                    inside[0] += 1
                    most[0] = max(most[0], inside[0])
                time.sleep(0.0002)
                with guard:
                    inside[0] -= 1

    threads = [threading.Thread(target=hold) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert most[0] == 1, f"{most[0]} holders at once"
    assert not list(tmp_path.iterdir())
