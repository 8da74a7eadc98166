"""The dashboard's questions, answered by the data instead of by memory: one interface, three backends.

- `ParquetSource`: DuckDB (embedded, no server) over a Parquet build (DIR/events.parquet/, DIR/documents.parquet/,
  as written by `build --engine dask --format parquet`). Nothing is loaded: every answer is one SQL query.
- `StoreSource`: SQL over the SQLite store (timeline/store.py) through its merged view (timeline/store_view.py):
  the merge across documents is written once per change of the store's events into a file of plain indexed
  columns with a word index, and every question reads those columns; the user's corrections by hand are applied
  when the source is opened.
- `MemorySource`: a JSON build (or any events table) in memory, with pandas: the reference the other two are
  tested against, and the right choice for small builds.

Every method takes the reader's `Filters` (timeline.timeline_data). Text search is case-insensitive over title,
sentence and context. Nothing here imports Streamlit.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Protocol

import pandas as pd

from timeline.search import SQL_WORD, matches, search_words, text_mask
from timeline.timeline_data import Filters, TimelineDataError, load_build

# time bins for the overview: the finest that gives at most MAX_BINS bins across the visible span
UNITS: tuple[tuple[str, float], ...] = (("day", 1), ("week", 7), ("month", 30.4), ("quarter", 91.3),
                                        ("year", 365.25), ("decade", 3652.5))
MAX_BINS = 400
SORTS = ("start", "end", "type", "title", "doc")
SUMMARY_FILE = "summary.parquet"  # next to events.parquet/: counts per start, end, type and approximate
# its columns: the count of each group, the rank of its smallest id among the groups' smallest ids and that event's
# key (the example whose title a bin of counts shows)
SUMMARY_COLUMNS = '"start", "end", type, approximate, n, example_rank, example_key'
OVERVIEW_FILE = "overview.parquet"  # next to the summary: the same counts per month of start, type and approximate,
# with each group's first and last start, last end, example (rank and key, as the summary's) and the example's title:
# a few tens of thousands of rows, all a fresh page's first chart asks (the summary is read when a question needs days)
OVERVIEW_COLUMNS = ('"start", type, approximate, n, first_start, last_start, "end", example_rank, example_key, '
                    "example_title")
WORDS_FILE = "words.parquet"  # next to events.parquet/: a part of (word, key) rows, sorted by word, per part
RANKS_FILE = "id_ranks.parquet"  # next to the word index: each event's key and the rank of its id among all ids
# (numbers in the ids' order), written with the word index: a search's matches are ordered and their examples
# chosen by rank, without reading ten million id strings
SORTED_FILE = "sorted_by_{}.parquet"  # next to the parts, one per sort of the table but start (which the summary's
# days answer): every event's key in the table's order for that sort (ties by start, end, id), with its place going
# up (pos) and going down (down), the rank of its value (g: equal values, equal g) and the columns the table's
# filters ask (dates, type, approximate), so a page of the table sorted by title reads 200 keys instead of sorting
# ten million events; written in the background after the word index and the ids' ranks
SORTED = ("title", "doc", "end", "type")  # written in this order: the slowest to sort first
TIE_ROWS = 10_000  # a page without its sort file reads at most this many rows before and after it (_top_page)
# an event's key in a Parquet build: its part's place in the sorted list of parts, and its row in the part
_KEY = "((file_index::BIGINT << 32) | file_row_number)"
ROW_FIELDS = ("id", "doc", "doc_title", "start", "end", "granularity", "value", "approximate", "expression",
              "sentence", "context", "title", "type", "rule", "sources", "second_type", "confidence")


@dataclass(frozen=True)
class BinCount:
    """How many events of one type start in one time bin (the bin's first day), and one of their titles."""

    bin: date
    type: str
    count: int
    title: str  # the title of one of its events (the one with the smallest id), as an example


@dataclass(frozen=True)
class Bins:
    """The overview: the unit chosen and the counts per bin and type, ordered by bin then type."""

    unit: str
    counts: tuple[BinCount, ...]


@dataclass(frozen=True)
class Page:
    """One page of events (events.json objects without mentions) and how many pass the filters in all."""

    rows: tuple[dict[str, Any], ...]
    total: int


class EventSource(Protocol):
    """What the dashboard asks of its data."""

    def total(self) -> int:
        """How many events there are (no filters)."""
        ...

    def documents(self) -> list[dict[str, Any]]:
        """The documents (id, title, published, source, url, path, counts), in input order where known."""
        ...

    def type_counts(self, filters: Filters) -> dict[str, int]:
        """Events per type under the filters (most first, then by name)."""
        ...

    def bounds(self, filters: Filters) -> tuple[date, date] | None:
        """The first start and the last end under the filters, or None if no event passes."""
        ...

    def bins(self, filters: Filters, unit: str | None = None) -> Bins:
        """Counts per time bin and type; the unit is chosen from the visible span unless given."""
        ...

    def events(self, filters: Filters, limit: int = 1000, offset: int = 0, sort: str = "start",
               descending: bool = False) -> Page:
        """A page of the events that pass the filters, sorted (ties by start, end, id), and their total."""
        ...

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with its mentions, or None."""
        ...


def choose_unit(first: date, last: date) -> str:
    """The finest unit giving at most MAX_BINS bins from first to last."""
    span = max(1, (last - first).days)
    return next((name for name, days in UNITS if span / days <= MAX_BINS), "decade")


def bin_start(day: date, unit: str) -> date:
    """The first day of the bin of `unit` that holds `day` (weeks start on Monday)."""
    if unit == "day":
        return day
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if unit == "year":
        return date(day.year, 1, 1)
    if unit == "decade":
        return date(day.year // 10 * 10, 1, 1)
    raise ValueError(f"unknown unit {unit!r} (known: {', '.join(n for n, _ in UNITS)})")


def _check_sort(sort: str) -> None:
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r} (known: {', '.join(SORTS)})")


# ---- in memory ------------------------------------------------------------------------------------------------


class MemorySource:
    """A table of events in memory (a JSON build, or the store read whole): pandas over all of it."""

    def __init__(self, frame: pd.DataFrame, documents: Sequence[dict[str, Any]] = ()) -> None:
        self.frame = frame
        self._documents = list(documents)

    @classmethod
    def from_build(cls, folder: str | Path) -> MemorySource:
        """A JSON build folder (events.json, documents.json)."""
        build = load_build(folder)
        return cls(build.events, build.documents)

    def _filtered(self, f: Filters) -> pd.DataFrame:
        df = self.frame
        mask = pd.Series(True, index=df.index)
        if f.types:
            mask &= df["type"].isin(f.types)
        if f.date_from is not None:
            mask &= df["end"] >= pd.Timestamp(f.date_from)
        if f.date_to is not None:
            mask &= df["start"] <= pd.Timestamp(f.date_to)
        if f.documents:
            mask &= df["doc"].isin(f.documents)
        if search_words(f.text):
            mask &= text_mask(df, f.text)
        if not f.include_approximate:
            mask &= ~df["approximate"]
        return df[mask]

    def total(self) -> int:
        return len(self.frame)

    def documents(self) -> list[dict[str, Any]]:
        return list(self._documents)

    def type_counts(self, filters: Filters) -> dict[str, int]:
        counts = self._filtered(filters)["type"].value_counts()
        return dict(sorted(((str(k), int(v)) for k, v in counts.items()), key=lambda kv: (-kv[1], kv[0])))

    def bounds(self, filters: Filters) -> tuple[date, date] | None:
        df = self._filtered(filters)
        if df.empty:
            return None
        return df["start"].min().date(), df["end"].max().date()

    def bins(self, filters: Filters, unit: str | None = None) -> Bins:
        df = self._filtered(filters).sort_values("id")
        if df.empty:
            return Bins(unit or "day", ())
        unit = unit or choose_unit(df["start"].min().date(), df["end"].max().date())
        starts = [bin_start(d.date(), unit) for d in df["start"]]
        grouped = df.assign(_bin=starts).groupby(["_bin", "type"], sort=True).agg(
            count=("id", "size"), title=("title", "first"))
        return Bins(unit, tuple(BinCount(b, str(t), int(r["count"]), str(r["title"]))
                                for (b, t), r in grouped.iterrows()))

    def events(self, filters: Filters, limit: int = 1000, offset: int = 0, sort: str = "start",
               descending: bool = False) -> Page:
        _check_sort(sort)
        df = self._filtered(filters)
        keys = [sort] + [k for k in ("start", "end", "id") if k != sort]
        if sort == "title":
            # a missing title (read as "" by events_frame) sorts last both ways, as DuckDB puts a NULL (NULLS LAST,
            # the sort files too): as "" it came first going up in memory and last in a Parquet build
            df = df.assign(title=df["title"].where(df["title"] != "", None))
        ordered = df.sort_values(keys, ascending=[not descending] + [True] * (len(keys) - 1), kind="stable",
                                 na_position="last")
        if sort == "title":
            ordered = ordered.assign(title=ordered["title"].fillna(""))
        rows = tuple(_memory_row(r) for r in ordered.iloc[offset: offset + limit].to_dict("records"))
        return Page(rows, len(df))

    def event(self, event_id: str) -> dict[str, Any] | None:
        hit = self.frame[self.frame["id"] == event_id]
        if hit.empty:
            return None
        row = _memory_row(hit.iloc[0].to_dict())
        row["mentions"] = [dict(m) for m in hit.iloc[0]["mentions"]]
        return row


def _memory_row(record: dict[str, Any]) -> dict[str, Any]:
    row = {k: record[k] for k in ROW_FIELDS}
    row["start"] = record["start"].date().isoformat()
    row["end"] = record["end"].date().isoformat()
    row["approximate"] = bool(record["approximate"])
    row["sources"] = list(record["sources"])
    return row


# ---- SQL: shared by DuckDB and SQLite ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Dialect:
    """How one SQL engine names the event columns and does what differs between engines."""

    table: str
    columns: dict[str, str]  # field -> SQL expression
    word_match: str  # SQL template: one search word (the parameter) begins a word of {title}, {sentence}, {context}
    word_regex: bool  # the parameter is a regular expression (DuckDB), not the word itself (SQLite)
    bins: dict[str, str]  # unit -> SQL expression of the bin's first day, over {start}
    text_dates: bool  # dates are ISO text (SQLite), not DATE values (DuckDB)
    prefilter: str = ""  # a column holding every text field, for a quick LIKE before the exact search


def _where(d: _Dialect, f: Filters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.types:
        clauses.append(f"{d.columns['type']} IN ({', '.join('?' for _ in f.types)})")
        params += list(f.types)
    if f.date_from is not None:
        clauses.append(f"{d.columns['end']} >= ?")
        params.append(_date_param(d, f.date_from))
    if f.date_to is not None:
        clauses.append(f"{d.columns['start']} <= ?")
        params.append(_date_param(d, f.date_to))
    if f.documents:
        clauses.append(f"{d.columns['doc']} IN ({', '.join('?' for _ in f.documents)})")
        params += list(f.documents)
    words = search_words(f.text)
    if d.prefilter:
        # SQLite: a LIKE over the event's JSON first (it holds every field; ASCII case-insensitive, C speed), so
        # the exact check in Python runs only on rows that can match (a word of letters and digits needs no escape)
        ascii_words = [w for w in words if w.isascii()]
        clauses += [f"{d.prefilter} LIKE ?" for _ in ascii_words]
        params += [f"%{w}%" for w in ascii_words]
    fields = {k: d.columns[k] for k in ("title", "sentence", "context")}
    for word in words:
        clauses.append(d.word_match.format(**fields))
        params.append(f"(^|[^{SQL_WORD[1:-1]}]){word}" if d.word_regex else word)
    if not f.include_approximate:
        clauses.append(f"NOT {d.columns['approximate']}")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _date_param(d: _Dialect, day: date) -> Any:
    return day.isoformat() if d.text_dates else day


def _within(column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
    """The clause (" AND ...") and parameters that hold `column` to the range of `values` (a page's values of its
    sort column), a missing value among them passing too."""
    present = [v for v in values if v is not None]
    if not present:
        return f" AND {column} IS NULL", []
    missing = f" OR {column} IS NULL" if len(present) < len(values) else ""
    return f" AND ({column} BETWEEN ? AND ?{missing})", [min(present), max(present)]


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


class _SQLSource:
    """The queries, written once for both engines; subclasses give the connection and the dialect."""

    dialect: _Dialect
    # whether a page's rows are read with their range of the sort's values too (DuckDB: a comparison is checked
    # in the scan, which then skips decoding the wide columns where no row passes; its IN list of ids is not)
    _value_range = False
    conn: Any  # a DuckDB or sqlite3 connection: both answer execute(sql, params).fetchall()
    _lock: threading.RLock

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:  # one connection, shared by the page's sessions (threads)
            return list(self.conn.execute(sql, list(params)).fetchall())

    def _full(self, event_id: str) -> dict[str, Any] | None:
        raise NotImplementedError

    def documents(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _from(self, filters: Filters) -> tuple[str, Filters]:
        """The table to ask for these filters, and the filters left to apply to it."""
        return self.dialect.table, filters

    def _counted(self, filters: Filters, unit: str | None = None) -> tuple[str, Filters, str, str] | None:
        """A table of counts that answers these filters (table, filters left, count and example expressions),
        or None to count the events themselves; `unit`: the bins the counts are asked by (None: not binned)."""
        return None

    def total(self) -> int:
        return int(self._rows(f"SELECT COUNT(*) FROM {self.dialect.table}")[0][0])

    def _count(self, filters: Filters) -> int:
        counted = self._counted(filters)
        if counted is not None:
            table, narrowed, count, _ = counted
            where, params = _where(self.dialect, narrowed)
            return int(self._rows(f"SELECT COALESCE({count}, 0) FROM {table}{where}", params)[0][0])
        table, narrowed = self._from(filters)
        where, params = _where(self.dialect, narrowed)
        return int(self._rows(f"SELECT COUNT(*) FROM {table}{where}", params)[0][0])

    def type_counts(self, filters: Filters) -> dict[str, int]:
        d = self.dialect
        counted = self._counted(filters)
        if counted is not None:
            table, narrowed, count, _ = counted
        else:
            (table, narrowed), count = self._from(filters), "COUNT(*)"
        where, params = _where(d, narrowed)
        rows = self._rows(f"SELECT {d.columns['type']} AS t, {count} AS n FROM {table}{where} "
                          "GROUP BY t ORDER BY n DESC, t", params)
        return {str(t): int(n) for t, n in rows}

    def bounds(self, filters: Filters) -> tuple[date, date] | None:
        d = self.dialect
        counted = self._counted(filters)
        table, narrowed = (counted[0], counted[1]) if counted is not None else self._from(filters)
        where, params = _where(d, narrowed)
        first, last = self._rows(f"SELECT MIN({d.columns['start']}), MAX({d.columns['end']}) FROM {table}{where}",
                                 params)[0]
        if first is None:
            return None
        return date.fromisoformat(_iso(first)), date.fromisoformat(_iso(last))

    def bins(self, filters: Filters, unit: str | None = None) -> Bins:
        d = self.dialect
        if unit is None:
            bounds = self.bounds(filters)
            if bounds is None:
                return Bins("day", ())
            unit = choose_unit(*bounds)
        if unit not in d.bins:
            raise ValueError(f"unknown unit {unit!r} (known: {', '.join(n for n, _ in UNITS)})")
        c = d.columns
        counted = self._counted(filters, unit)
        if counted is not None:
            table, narrowed, count, example = counted
            where, params = _where(d, narrowed)
            rows = self._rows(f"SELECT {d.bins[unit]} AS b, {c['type']} AS t, {count} AS n, {example} AS e "
                              f"FROM {table}{where} GROUP BY b, t ORDER BY b, t", params)
            examples = self._example_titles([e for *_, e in rows])
            return Bins(unit, tuple(BinCount(date.fromisoformat(_iso(b)[:10]), str(t), int(n), examples.get(e, ""))
                                    for b, t, n, e in rows))
        table, narrowed = self._from(filters)
        where, params = _where(d, narrowed)
        sql = (f"SELECT b, t, COUNT(*) AS n, MIN(i) AS example FROM (SELECT {d.bins[unit]} AS b, {c['type']} AS t, "
               f"{c['id']} AS i FROM {table}{where}) AS q GROUP BY b, t ORDER BY b, t")
        rows = self._rows(sql, params)
        titles = self._titles({str(r[3]) for r in rows}, table)
        return Bins(unit, tuple(BinCount(date.fromisoformat(_iso(b)[:10]), str(t), int(n), titles.get(str(i), ""))
                                for b, t, n, i in rows))

    def _example_titles(self, examples: list[Any]) -> dict[Any, str]:
        """The titles of the examples a table of counts gives (there: the titles themselves)."""
        return {e: str(e or "") for e in examples}

    def _titles(self, ids: set[str], table: str) -> dict[str, str]:
        # from the table the counts came from: a search's matches hold their titles, and asking the whole table
        # for scattered ids would read all of it
        d = self.dialect
        out: dict[str, str] = {}
        batch = sorted(ids)
        for i in range(0, len(batch), 500):
            part = batch[i: i + 500]
            out.update((str(k), str(v)) for k, v in self._rows(
                f"SELECT {d.columns['id']}, {d.columns['title']} FROM {table} WHERE {d.columns['id']} IN "
                f"({', '.join('?' for _ in part)})", part))
        return out

    def events(self, filters: Filters, limit: int = 1000, offset: int = 0, sort: str = "start",
               descending: bool = False) -> Page:
        _check_sort(sort)
        d = self.dialect
        total = self._count(filters)
        if total == 0 or offset >= total:
            return Page((), total)
        table, narrowed = self._from(filters)
        where, params = _where(d, narrowed)
        order = [f"{d.columns[sort]} {'DESC' if descending else 'ASC'}"]
        order += [d.columns[k] for k in ("start", "end", "id") if k != sort]
        if self._whole(table):
            fields = ", ".join(d.columns[k] for k in ROW_FIELDS)
            rows = self._rows(f"SELECT {fields} FROM {table}{where} ORDER BY {', '.join(order)} LIMIT ? OFFSET ?",
                              [*params, limit, offset])
            return Page(tuple(self._row(dict(zip(ROW_FIELDS, r, strict=True))) for r in rows), total)
        # two steps: the page's ids by the narrow sort columns (a top-N: no sort of every event), then only those
        # rows whole (sorting wide rows of ten million events costs seconds; the start range lets the second query
        # skip most of the data, and the page's range of the sort's values the rest, see _value_range)
        keys = self._rows(f"SELECT {d.columns['id']}, {d.columns['start']}, {d.columns[sort]} FROM {table}{where} "
                          f"ORDER BY {', '.join(order)} LIMIT ? OFFSET ?", [*params, limit, offset])
        if not keys:
            return Page((), total)
        ids = [str(k[0]) for k in keys]
        first, last = min(k[1] for k in keys), max(k[1] for k in keys)
        narrow, narrow_params = ("", []) if sort == "start" or not self._value_range else _within(
            d.columns[sort], [k[2] for k in keys])
        fields = ", ".join(d.columns[k] for k in ROW_FIELDS)
        found: dict[str, dict[str, Any]] = {}
        for i in range(0, len(ids), 500):
            part = ids[i: i + 500]
            for r in self._rows(f"SELECT {fields} FROM {d.table} WHERE "
                                f"{d.columns['start']} BETWEEN ? AND ?{narrow} AND {d.columns['id']} IN "
                                f"({', '.join('?' for _ in part)})", [first, last, *narrow_params, *part]):
                found.setdefault(str(r[0]), dict(zip(ROW_FIELDS, r, strict=True)))
        return Page(tuple(self._row(found[i]) for i in ids), total)

    def _whole(self, table: str) -> bool:
        """Whether `table` holds whole rows that are cheap to sort (a search's matches), not the big table."""
        return False

    def _row(self, row: dict[str, Any]) -> dict[str, Any]:
        row["start"], row["end"] = _iso(row["start"]), _iso(row["end"])
        row["approximate"] = bool(row["approximate"])
        sources = row["sources"]
        row["sources"] = json.loads(sources) if isinstance(sources, str) else list(sources)
        return row

    def event(self, event_id: str) -> dict[str, Any] | None:
        return self._full(event_id)


# ---- DuckDB over Parquet ----------------------------------------------------------------------------------------


_DUCK = _Dialect(
    table="events",
    columns={k: f'"{k}"' for k in (*ROW_FIELDS, "mentions")},
    word_match="regexp_matches(lower(concat_ws(' ', {title}, {sentence}, {context})), ?)",
    word_regex=True,
    bins={"day": '"start"', "week": "date_trunc('week', \"start\")::DATE",
          "month": "date_trunc('month', \"start\")::DATE", "quarter": "date_trunc('quarter', \"start\")::DATE",
          "year": "date_trunc('year', \"start\")::DATE",
          "decade": "make_date((year(\"start\") // 10 * 10)::INTEGER, 1, 1)"},
    text_dates=False,
)


class ParquetSource(_SQLSource):
    """DuckDB over DIR/events.parquet/ and DIR/documents.parquet/: every question is one query over the files."""

    dialect = _DUCK
    _value_range = True

    def __init__(self, folder: str | Path, memory_limit: str = "1GB", threads: int | None = None,
                 index_words: bool = True) -> None:
        """`index_words`: when DIR/words.parquet is missing or older than the parts, write it in a background
        thread (searches scan the parts until it is there); False: use it only if it is already there."""
        import duckdb

        self.folder = Path(folder)
        parts = self.folder / "events.parquet"
        if not any(parts.glob("*.parquet")):
            raise TimelineDataError(f"{parts}: no Parquet parts (build with: python -m timeline build ARTICLES "
                                    f"--out {self.folder} --engine dask --format parquet)")
        self._hits: dict[str, str] = {}  # search text -> temporary table of its matches, oldest first
        self._lock = threading.RLock()
        self._window: tuple[date, date] | None = None  # a start range that narrows the next page's query
        self._made = 0
        self._narrow: set[str] = set()  # the search tables made from the word index: keys, ids, dates, types
        self._wide: set[str] = set()  # the same with documents and titles, made when asked for
        self.conn = duckdb.connect(":memory:", config={"memory_limit": memory_limit,
                                                       **({"threads": threads} if threads else {})})
        try:
            self.conn.execute(f"CREATE VIEW events AS SELECT * FROM read_parquet('{_quote(parts)}/*.parquet')")
            self._parts = _parts(self.folder)
            listed = ", ".join(f"'{_quote(p)}'" for p in self._parts)
            self.conn.execute(f"CREATE VIEW keyed_events AS SELECT *, {_KEY} AS key FROM read_parquet([{listed}], "
                              "file_row_number = true)")
            self._words_ready = threading.Event()
            self._words_view = False
            self._indexer: threading.Thread | None = None
            self._ranks_view = False
            self._sorted_views: set[str] = set()
            # sort files that could not be read, held other events or whose data could not be decoded, by the
            # file found so (_identity): not used while it is there, and written again once (see _ask_sorted)
            self._damaged: dict[str, tuple[int, int, int] | None] = {}
            self._rewrites: set[tuple[str, tuple[int, int, int] | None]] = set()
            self._index_words = index_words
            # the table's sorts whose file this source has asked to be written (once each: one that failed, in a
            # read-only or full folder, is not tried again by this source) and the one thread that writes them
            self._sorts_asked: list[str] = []
            self._sorts_done = 0  # how many of them the writer has taken
            self._sorter: threading.Thread | None = None
            words = _words_fresh(self.folder)
            if words:
                self._words_ready.set()
            # what is missing or older than the parts, written in one background thread: the word index (with the
            # ids' ranks), else the ranks alone (an index written before them). The table's sort files are not:
            # each is written only when a page sorted that way is first asked for (see _ask_sorted)
            if index_words and (not words or not _ranks_fresh(self.folder)):
                self._indexer = threading.Thread(target=self._write_derived, args=(not words,),
                                                 name="timeline-word-index", daemon=True)
                self._indexer.start()
            docs = self.folder / "documents.parquet"
            self.has_documents = any(docs.glob("*.parquet"))
            if self.has_documents:
                self.conn.execute(f"CREATE VIEW documents AS SELECT * FROM read_parquet('{_quote(docs)}/*.parquet')")
            self._summary_ready = False
            self._overview()
        except duckdb.Error as exc:
            # a part that is not Parquet (cut short, or another file): one line for the page, not a traceback
            self.conn.close()
            raise TimelineDataError(_unreadable(self.folder, exc)) from None

    def _write_derived(self, words: bool) -> None:
        with _WRITING:  # one background writer at a time in this process (each with its own memory limit)
            if words:
                self._write_words()
            elif not _ranks_fresh(self.folder):
                self._write_ranks()

    def _ask_sorted(self, sort: str) -> None:
        """A page sorted by `sort` was asked for and its file is not there (or not fresh, or damaged): have it
        written in the background, once (a damaged file once more, once for each damaged file found), after what
        was asked before it (one thread per source, one writer per process); this page and the next ones sort the
        events themselves until it is there."""
        if not self._index_words:
            return
        with self._lock:
            if sort in self._sorts_asked[self._sorts_done:]:
                return
            if sort in self._sorts_asked:
                if sort not in self._damaged or (sort, self._damaged[sort]) in self._rewrites:
                    return
            if sort in self._damaged:
                self._rewrites.add((sort, self._damaged[sort]))
            self._sorts_asked.append(sort)
            if self._sorter is None or not self._sorter.is_alive():
                self._sorter = threading.Thread(target=self._write_asked, name="timeline-sort-files", daemon=True)
                self._sorter.start()

    def _write_asked(self) -> None:
        while True:
            with self._lock:
                if self._sorts_done >= len(self._sorts_asked):
                    self._sorter = None  # a sort asked from now on starts a new thread
                    return
                sort = self._sorts_asked[self._sorts_done]
                self._sorts_done += 1
            with _WRITING:
                if not self._sorted_stale(sort):  # written meanwhile (another page's process)
                    continue
                try:
                    with _claimed(self.folder / SORTED_FILE.format(sort)) as claimed:
                        # else another process is writing it (or has just written it): this page sorts until
                        # it is there; one DuckDB thread, so that the page's own questions keep the other core
                        if claimed and self._sorted_stale(sort):
                            write_sorted(self.folder, [sort], threads=1)
                except Exception:  # noqa: BLE001 - a read-only or full disk: the page sorts the events itself
                    continue

    def _sorted_stale(self, sort: str) -> bool:
        """Whether the sort file for `sort` is to be written: missing, older than the parts, or the very file this
        source found damaged (a file written since by another process is left to be read)."""
        with self._lock:
            damaged = sort in self._damaged and _identity(self.folder / SORTED_FILE.format(sort)) == self._damaged[sort]
        return damaged or not _sorted_fresh(self.folder, sort)

    def _write_words(self) -> None:
        try:
            write_word_index(self.folder)
        except Exception:  # noqa: BLE001 - a read-only or full disk: searches keep scanning
            # unless the index itself was written (the ids' ranks, written after it, are what failed)
            if not _words_fresh(self.folder):
                return
        self._words_ready.set()

    def _write_ranks(self) -> None:
        try:
            write_id_ranks(self.folder)
        except Exception:  # noqa: BLE001 - a read-only or full disk: searches read the ids
            return

    def _sorted_ready(self, sort: str) -> bool:
        """Whether the table's sort file for `sort` is there, as new as the parts, and holds every event (its view
        made then); one that cannot be read or counts other events is damaged (see _damaged): not used (the page
        sorts the events) until it is written again."""
        import duckdb

        if sort not in SORTED:
            return False
        path = self.folder / SORTED_FILE.format(sort)
        with self._lock:  # one connection, shared by the page's sessions (threads)
            if sort in self._damaged:
                if _identity(path) == self._damaged[sort]:
                    return False
                del self._damaged[sort]  # written again since: read anew
                self._sorted_views.discard(sort)
            if sort not in self._sorted_views:
                found = _identity(path)  # before it is read: a file renamed over it meanwhile is read next time
                if not _sorted_fresh(self.folder, sort):
                    return False
                try:
                    counted = self.conn.execute(f"SELECT COUNT(*) FROM read_parquet('{_quote(path)}')").fetchone()
                    if counted is None or int(counted[0]) != self._total:
                        self._damaged[sort] = found
                        return False
                    self.conn.execute(f"CREATE OR REPLACE VIEW sorted_{sort} AS SELECT * FROM read_parquet("
                                      f"'{_quote(path)}')")
                except duckdb.Error:
                    self._damaged[sort] = found
                    return False
                self._sorted_views.add(sort)
        return True

    def _sorted_page(self, filters: Filters, limit: int, offset: int, sort: str, descending: bool) -> Page:
        """A page of the table sorted by `sort` (no search, no documents) from its sort file: the page's places
        (by place when nothing is filtered, else the first of the filtered rows by place), then those rows, which
        lie in one or a few of the file's row groups (the parts would have to be read in most of theirs)."""
        total = self._count(filters)
        if total == 0 or offset >= total:
            return Page((), total)
        if self._whole_range(filters):
            filters = replace(filters, date_from=None, date_to=None)
        where, params = _where(_DUCK, filters)
        table = f"sorted_{sort}"
        if not where and not descending:
            places = list(range(offset, min(offset + limit, total)))
        elif not where:
            places = [int(r[0]) for r in self._rows(f"SELECT pos FROM {table} WHERE down >= ? AND down < ? ORDER BY "
                                                    "down", [offset, offset + limit])]
        else:
            order = "g DESC NULLS LAST, pos" if descending else "pos"
            places = [int(r[0]) for r in self._rows(f"SELECT pos FROM {table}{where} ORDER BY {order} LIMIT ? "
                                                    "OFFSET ?", [*params, limit, offset])]
        # the places in runs no wider than a row group apart, each asked with its range (the file's row groups are
        # in place order, so DuckDB reads only those the range meets)
        fields = ", ".join(_DUCK.columns[k] for k in ROW_FIELDS)
        found: dict[int, tuple[Any, ...]] = {}
        ordered = sorted(places)
        runs: list[list[int]] = []
        for place in ordered:
            if runs and place - runs[-1][0] < 10_000:
                runs[-1].append(place)
            else:
                runs.append([place])
        for run in runs:
            # a run of consecutive places (a page with no filter, going up) is its range alone
            listed = "" if run[-1] - run[0] + 1 == len(run) else f" AND pos IN ({', '.join(str(p) for p in run)})"
            for row in self._rows(f"SELECT pos, {fields} FROM {table} WHERE pos BETWEEN ? AND ?{listed}",
                                  [run[0], run[-1]]):
                found[int(row[0])] = tuple(row[1:])
        return Page(tuple(self._row(dict(zip(ROW_FIELDS, found[p], strict=True))) for p in places), total)
    def _ranks_ready(self) -> bool:
        """Whether the ids' ranks are there (and their view made): only with a fresh word index."""
        import duckdb

        if not self._ranks_view:
            if not _ranks_fresh(self.folder):
                return False
            ranks = _quote(self.folder / RANKS_FILE)
            try:
                # one rank for each event (the file's metadata): a file that cannot be read, or made for other
                # parts, is not used (the search reads the ids), rather than dropping matches or failing the page
                counted = self.conn.execute(f"SELECT COUNT(*) FROM read_parquet('{ranks}')").fetchone()
            except duckdb.Error:
                return False
            if counted is None or int(counted[0]) != self._total:
                return False
            self.conn.execute(f"CREATE VIEW id_ranks AS SELECT * FROM read_parquet('{ranks}')")
            self._ranks_view = True
        return True

    def _index_ready(self) -> bool:
        """Whether the word index is there (and its view made)."""
        if not self._words_ready.is_set():
            return False
        if not self._words_view:
            self.conn.execute(f"CREATE VIEW words AS SELECT * FROM read_parquet("
                              f"'{_quote(self.folder / WORDS_FILE)}/*.parquet')")
            self._words_view = True
        return True

    def wait_for_index(self, timeout: float | None = None) -> bool:
        """Wait until the word index written in the background is there; whether it is."""
        return self._words_ready.wait(timeout)

    def _overview(self) -> None:
        """The overview (OVERVIEW_FILE) in memory: read from DIR/overview.parquet when that is at least as new as
        the parts and adds up to them; else made from the summary and written there. A fresh page's type counts,
        bounds, coarse bins and first table page come from it, so opening a build reads a few tens of thousands
        of rows instead of the summary's millions (the summary is read when a question needs it)."""
        import duckdb

        stored = self.folder / OVERVIEW_FILE
        self._newest = _newest_part(self._parts)
        self._total = int(self.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])
        made = False
        if stored.is_file() and stored.stat().st_mtime_ns >= self._newest:
            try:
                self.conn.execute(f"CREATE TABLE overview AS SELECT {OVERVIEW_COLUMNS} FROM read_parquet("
                                  f"'{_quote(stored)}')")
                counted = self.conn.execute("SELECT COALESCE(SUM(n), 0) FROM overview").fetchone()
                made = counted is not None and int(counted[0]) == self._total
            except duckdb.Error:
                pass
        if not made:
            self.conn.execute("DROP TABLE IF EXISTS overview")
            self._ensure_summary()
            self.conn.execute(
                'CREATE TABLE overview AS SELECT date_trunc(\'month\', "start")::DATE AS "start", type, approximate, '
                'SUM(n)::BIGINT AS n, MIN("start") AS first_start, MAX("start") AS last_start, MAX("end") AS "end", '
                "MIN(example_rank) AS example_rank, arg_min(example_key, example_rank) AS example_key, "
                "NULL::VARCHAR AS example_title FROM summary GROUP BY ALL ORDER BY ALL")
            keys = [int(r[0]) for r in self.conn.execute("SELECT example_key FROM overview").fetchall()]
            titles = self._by_keys(keys, ["title"])
            import pyarrow as pa

            found = pa.table({"key": pa.array(list(titles), pa.int64()),
                              "title": pa.array([str(v[0]) for v in titles.values()], pa.string())})
            self.conn.register("overview_titles", found)
            self.conn.execute("UPDATE overview SET example_title = t.title FROM overview_titles t "
                              "WHERE overview.example_key = t.key")
            self.conn.unregister("overview_titles")
            # a read-only build: the overview lives as long as this source
            _keep_copy(self.conn, "overview", stored, self._newest)
        self._titles_known = {int(k): str(t) for k, t in self.conn.execute(
            "SELECT example_key, example_title FROM overview").fetchall()}
        first, last = self.conn.execute("SELECT MIN(first_start), MAX(last_start) FROM overview").fetchone()
        self._first_start, self._last_start = first, last

    def _ensure_summary(self) -> None:
        """The summary in memory, read (or made) when first needed."""
        with self._lock:
            if not self._summary_ready:
                self._summary()
                self._summary_ready = True

    def _summary(self) -> None:
        """The counts per (start, end, type, approximate) with the smallest id of each and its title, in memory:
        the type counts, date bounds and bins of any filters without a search or documents come from it in
        milliseconds. It is read from DIR/summary.parquet when that is newer than the parts and adds up to them;
        else made from the parts (one pass) and written there for the next time (kept in memory only if the
        folder is read-only)."""
        import duckdb

        stored = self.folder / SUMMARY_FILE
        newest = self._newest
        total = self._total
        if stored.is_file() and stored.stat().st_mtime_ns >= newest:
            try:
                self.conn.execute(f"CREATE TABLE summary AS SELECT {SUMMARY_COLUMNS} FROM read_parquet("
                                  f"'{_quote(stored)}')")
                counted = self.conn.execute("SELECT COALESCE(SUM(n), 0) FROM summary").fetchone()
                if counted is not None and int(counted[0]) == total:
                    return
            except duckdb.Error:
                pass
            self.conn.execute("DROP TABLE IF EXISTS summary")
        # no strings but the type: the summary of ten million events has millions of rows, and a fresh page reads
        # it whole (numbers read several times faster than ids and titles)
        self.conn.execute(
            'CREATE TABLE summary AS SELECT "start", "end", type, approximate, n, (dense_rank() OVER (ORDER BY '
            'first_id))::BIGINT AS example_rank, example_key FROM (SELECT "start", "end", type, approximate, '
            "COUNT(*)::BIGINT AS n, MIN(id) AS first_id, arg_min(key, id) AS example_key FROM keyed_events GROUP BY "
            '"start", "end", type, approximate) AS g ORDER BY "start"')
        _keep_copy(self.conn, "summary", stored, newest)  # a read-only build: it lives as long as this source

    def _counted(self, filters: Filters, unit: str | None = None) -> tuple[str, Filters, str, str] | None:
        if filters.text.strip() or filters.documents:
            return None
        example = "arg_min(example_key, example_rank)"
        if unit not in ("day", "week") and self._whole_range(filters):
            # every start passes the dates: the overview answers (its months give the same month, quarter, year
            # and decade bins as the days)
            return "overview", replace(filters, date_from=None, date_to=None), "SUM(n)", example
        self._ensure_summary()
        return "summary", filters, "SUM(n)", example

    def _whole_range(self, filters: Filters) -> bool:
        """Whether the filters' dates let every event pass: an event passes when it ends on or after the first
        day and starts on or before the last, and every event ends on or after its start."""
        if self._first_start is None:
            return True
        return ((filters.date_from is None or filters.date_from <= self._first_start)
                and (filters.date_to is None or filters.date_to >= self._last_start))

    def _bounds(self, filters: Filters) -> tuple[date, date] | None:
        counted = self._counted(filters)
        if counted is None or counted[0] != "overview":
            return super().bounds(filters)
        where, params = _where(_DUCK, counted[1])
        first, last = self._rows(f'SELECT MIN(first_start), MAX("end") FROM overview{where}', params)[0]
        if first is None:
            return None
        return date.fromisoformat(_iso(first)), date.fromisoformat(_iso(last))

    def _example_titles(self, examples: list[Any]) -> dict[Any, str]:
        # the summary's examples are keys: the overview's are known, others are read by row number
        keys = [int(e) for e in examples if e is not None]
        out: dict[Any, str] = {k: self._titles_known[k] for k in keys if k in self._titles_known}
        found = self._by_keys([k for k in keys if k not in out], ["title"])
        out.update((key, str(values[0])) for key, values in found.items())
        return out

    def total(self) -> int:
        return self._total

    def _from(self, filters: Filters) -> tuple[str, Filters]:
        # a text search scans every title, sentence and context: it is done once per search text into a small
        # table of the matching events' narrow columns, which the counts, bins and page then ask with the other
        # filters (the last few searches are kept)
        words = search_words(filters.text)
        if not words:
            if self._window is not None:
                low, high = self._window
                return (f"(SELECT * FROM events WHERE \"start\" BETWEEN DATE '{low.isoformat()}' AND "
                        f"DATE '{high.isoformat()}') AS w"), filters
            return "events", filters
        needle = " ".join(words)
        table = self._hits.pop(needle, None)
        if table is None:
            self._made += 1
            table = f"hits_{self._made}"
            with self._lock:
                if self._index_ready():
                    self._search_index(table, words)
                else:
                    # whole rows (without mentions): the scan reads the widest columns anyway, and the chart's and
                    # table's events then come from here instead of from another pass over the files
                    where, params = _where(_DUCK, Filters(text=needle))
                    fields = ", ".join(_DUCK.columns[k] for k in ROW_FIELDS)
                    self.conn.execute(f"CREATE TEMP TABLE {table} AS SELECT {fields} FROM events{where}", params)
                while len(self._hits) >= 4:
                    old = self._hits.pop(next(iter(self._hits)))
                    self._narrow.discard(old)
                    self._wide.discard(f"{old}_w")
                    self.conn.execute(f"DROP TABLE IF EXISTS {old}")
                    self.conn.execute(f"DROP TABLE IF EXISTS {old}_w")
        self._hits[needle] = table
        if filters.documents and table in self._narrow:
            table = self._widened(table)
        return table, replace(filters, text="")

    def _widened(self, table: str) -> str:
        """The search's matches with their documents and titles too (for a document filter or a sort by title or
        document): made once per search, when first needed."""
        wide = f"{table}_w"
        with self._lock:
            if wide not in self._wide:
                self.conn.execute(f'CREATE TEMP TABLE {wide} AS SELECT h.key, h.id, e.doc, h."start", h."end", h.type, '
                                  f"h.approximate, e.title FROM keyed_events e JOIN {table} h ON e.key = h.key")
                self._wide.add(wide)
        return wide

    def _by_keys(self, keys: Sequence[int], fields: Sequence[str]) -> dict[int, tuple[Any, ...]]:
        """Some events' fields by key: each part asked for its rows by number (DuckDB reads only their pages),
        instead of a pass over every row of the build for scattered events."""
        rows: dict[int, list[int]] = {}
        for key in keys:
            rows.setdefault(key >> 32, []).append(key & 0xFFFFFFFF)
        columns = ", ".join(_DUCK.columns[f] for f in fields)
        found: dict[int, tuple[Any, ...]] = {}
        for number, numbers in sorted(rows.items()):
            for i in range(0, len(numbers), 5000):
                part = ", ".join(str(n) for n in sorted(numbers[i: i + 5000]))
                for row in self._rows(f"SELECT file_row_number, {columns} FROM read_parquet("
                                      f"'{_quote(self._parts[number])}', file_row_number = true) WHERE "
                                      f"file_row_number IN ({part})"):
                    found[(number << 32) | int(row[0])] = tuple(row[1:])
        return found

    def _titles(self, ids: set[str], table: str) -> dict[str, str]:
        if table not in self._narrow and table not in self._wide:
            return super()._titles(ids, table)
        batch = sorted(ids)
        keys: dict[int, str] = {}
        for i in range(0, len(batch), 1000):
            part = batch[i: i + 1000]
            # as text: the table's ids may be the ids' ranks (numbers)
            keys.update((int(k), str(v)) for k, v in self._rows(
                f"SELECT key, id FROM {table} WHERE id::VARCHAR IN ({', '.join('?' for _ in part)})", part))
        titles = self._by_keys(list(keys), ["title"])
        return {keys[k]: str(v[0]) for k, v in titles.items()}

    def _keyed_page(self, table: str, filters: Filters, limit: int, offset: int, sort: str,
                    descending: bool) -> Page:
        """A page of a search's matches: their keys in order from the table of matches, then those rows whole."""
        _check_sort(sort)
        where, params = _where(_DUCK, filters)
        total = int(self._rows(f"SELECT COUNT(*) FROM {table}{where}", params)[0][0])
        if total == 0 or offset >= total or limit <= 0:
            return Page((), total)
        c = _DUCK.columns
        order = [f"{c[sort]} {'DESC' if descending else 'ASC'}", *(c[k] for k in ("start", "end", "id") if k != sort)]
        keys = [int(k[0]) for k in self._rows(f"SELECT key FROM {table}{where} ORDER BY {', '.join(order)} "
                                              "LIMIT ? OFFSET ?", [*params, limit, offset])]
        found = self._by_keys(keys, ROW_FIELDS)
        return Page(tuple(self._row(dict(zip(ROW_FIELDS, found[k], strict=True))) for k in keys), total)

    def _search_index(self, table: str, words: list[str]) -> None:
        """The events holding every word (as the start of one of theirs), from the word index: each word's keys
        are one range of the index sorted by word (DuckDB reads only its row groups), intersected; then the
        matches' narrow columns from the parts (the text columns are not read)."""
        ranges = " INTERSECT ".join("SELECT key FROM words WHERE word >= ? AND word < ? AND starts_with(word, ?)"
                                    for _ in words)
        params = [p for w in words for p in (w, w + "\U0010ffff", w)]
        found = int(self.conn.execute(f"CREATE TEMP TABLE {table}_k AS {ranges}", params).fetchone()[0])
        matched = f"key IN (SELECT key FROM {table}_k)" if found else "false"
        if self._ranks_ready():
            # the ids' ranks stand in for the ids (same order; reading ten million id strings is most of the
            # time of a search): the page reads its rows' real ids, and an example's title is found by its key
            self.conn.execute(f'CREATE TEMP TABLE {table}_e AS SELECT key, "start", "end", type, approximate FROM '
                              f"keyed_events WHERE {matched}")
            self.conn.execute(f'CREATE TEMP TABLE {table} AS SELECT e.key, r.rank AS id, e."start", e."end", e.type, '
                              f"e.approximate FROM {table}_e AS e JOIN id_ranks AS r ON e.key = r.key")
            self.conn.execute(f"DROP TABLE {table}_e")
        else:
            self.conn.execute(f'CREATE TEMP TABLE {table} AS SELECT key, id, "start", "end", type, approximate '
                              f"FROM keyed_events WHERE {matched}")
        self.conn.execute(f"DROP TABLE {table}_k")
        self._narrow.add(table)

    def _whole(self, table: str) -> bool:
        return table.startswith("hits_") and table not in self._narrow and table not in self._wide

    def _events(self, filters: Filters, limit: int, offset: int, sort: str, descending: bool) -> Page:
        if search_words(filters.text):
            table, narrowed = self._from(filters)
            if table in self._narrow and sort in ("title", "doc"):
                table = self._widened(table)
            if table in self._narrow or table in self._wide:
                return self._keyed_page(table, narrowed, limit, offset, sort, descending)
        # a page in start order, without a search or documents: the summary's counts per start day tell which
        # days the page spans, and only those days are read (the parts are sorted by start, so their row groups'
        # start ranges let DuckDB skip the rest)
        if sort != "start" and limit > 0 and not search_words(filters.text) and not filters.documents:
            if self._sorted_ready(sort):
                try:
                    return self._sorted_page(filters, limit, offset, sort, descending)
                except TimelineDataError:
                    # the sort file's data cannot be read (its footer could): a derived file, so not the build's
                    # error; not used again by this source until it is written again (in the background), and the
                    # page sorts the events (whose own damage, if any, is then the page's one line)
                    with self._lock:
                        self._sorted_views.discard(sort)
                        self._damaged[sort] = _identity(self.folder / SORTED_FILE.format(sort))
        if sort != "start" and limit > 0 and not search_words(filters.text):
            page = self._top_page(filters, limit, offset, sort, descending)
            if page is not None:
                return page
        counted = self._counted(filters)
        if counted is None or sort != "start" or limit <= 0:
            return super().events(filters, limit, offset, sort, descending)
        # the overview's rows are months: each spans its first to its last start
        table, narrowed = counted[0], counted[1]
        last_day = "MAX(last_start)" if table == "overview" else '"start"'
        where, params = _where(_DUCK, narrowed)
        days = self._rows(f'SELECT "start", {last_day}, SUM(n) FROM {table}{where} GROUP BY "start" ORDER BY "start"'
                          f"{' DESC' if descending else ''}", params)
        before, skipped, first, last = 0, 0, None, None
        for day, final, count in days:
            if first is None and before + int(count) > offset:
                first, skipped = (final if descending else day), before
            before += int(count)
            if first is not None:
                last = day if descending else final
                if before >= offset + limit:
                    break
        if first is None or last is None:
            return Page((), before)
        low, high = min(first, last), max(first, last)
        with self._lock:
            self._window = (low, high)
            try:
                return super().events(filters, limit, offset - skipped, sort, descending)
            finally:
                self._window = None

    def _top_page(self, filters: Filters, limit: int, offset: int, sort: str, descending: bool) -> Page | None:
        """A page sorted by `sort` (not start; no search) without its sort file: a top-N over the sort's value,
        start and end with each event's key (no id, no wide column: ten million id strings were most of the
        sort), then the page's rows read whole by key from their row groups (see _by_keys) and put in order with
        their ids. Ties at the page's edges are decided by id, so every row that shares the first row's value, start
        and end and comes before it, and every row that shares the last row's, are read too: the top-N starts
        TIE_ROWS rows before the page (not at the first row: a page deep in ten million events would bring them all
        into Python). None when such a run of equal rows is longer than TIE_ROWS (the page then sorts with the ids,
        see _SQLSource.events)."""
        total = self._count(filters)
        if total == 0 or offset >= total:
            return Page((), total)
        c = _DUCK.columns
        where, params = _where(_DUCK, filters)
        ties = [c[k] for k in ("start", "end") if k != sort]
        order = f"{c[sort]} {'DESC' if descending else 'ASC'}, {', '.join(ties)}"
        wanted = min(offset + limit, total)
        low = max(0, offset - TIE_ROWS)
        top = self._rows(f"SELECT key, {c[sort]}, {', '.join(ties)} FROM keyed_events{where} ORDER BY {order} "
                         "LIMIT ? OFFSET ?", [*params, wanted - low, low])
        if len(top) <= offset - low:
            return Page((), total)
        # the rows from the first with the page's first row's values (the earlier ones are before the page whatever
        # their ids), to the last with the last row's values, those past the top-N's edge included
        first = top[offset - low][1:]
        begin = next(i for i, row in enumerate(top) if row[1:] == first)
        if begin == 0 and low > 0:  # the run of the page's first values may start before the top-N's rows
            return None
        keys = [int(row[0]) for row in top[begin:]]
        if wanted < total:
            edge = top[-1][1:]
            same = " AND ".join(f"{col} = ?" if v is not None else f"{col} IS NULL"
                                for col, v in zip([c[sort], *ties], edge, strict=True))
            more = self._rows(f"SELECT key FROM keyed_events{where}{' AND ' if where else ' WHERE '}{same} LIMIT ?",
                              [*params, *(v for v in edge if v is not None), TIE_ROWS + 1])
            if len(more) > TIE_ROWS:
                return None
            known = set(keys)
            keys += [int(k) for (k,) in more if int(k) not in known]
        found = self._by_keys(keys, ROW_FIELDS)
        rows = [dict(zip(ROW_FIELDS, found[k], strict=True)) for k in keys]
        # the sources' order: by the value (missing values last both ways, as DuckDB and pandas put them), ties
        # by start, end and id going up (strings by code point: DuckDB's order of UTF-8 bytes); stable sorts
        rows.sort(key=lambda r: (r["start"], r["end"], r["id"]))
        rows = (sorted((r for r in rows if r[sort] is not None), key=lambda r: r[sort], reverse=descending)
                + [r for r in rows if r[sort] is None])
        at = offset - low - begin  # the page's first row among those read
        return Page(tuple(self._row(r) for r in rows[at: at + limit]), total)

    def _documents(self) -> list[dict[str, Any]]:
        if not self.has_documents:
            return []
        cursor = self.conn.execute("SELECT * FROM documents")
        names = [c[0] for c in cursor.description]
        out = []
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            row["published"] = _iso(row["published"]) if row["published"] is not None else None
            out.append(row)
        return out

    def _full(self, event_id: str) -> dict[str, Any] | None:
        fields = [*ROW_FIELDS, "mentions"]
        rows = self._rows(f"SELECT {', '.join(_DUCK.columns[k] for k in fields)} FROM events WHERE id = ? LIMIT 1",
                          [event_id])
        if not rows:
            return None
        row = self._row(dict(zip(fields, rows[0], strict=True)))
        row["mentions"] = [dict(m) for m in row["mentions"]]
        return row

    # ---- every question: DuckDB's error while reading the parts (a page whose data cannot be decoded, a part
    # replaced by another file since the open) is one line naming the build and the reason, as at the open

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        import duckdb

        try:
            yield
        except duckdb.Error as exc:
            raise TimelineDataError(_unreadable(self.folder, exc)) from None

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._reading():
            return super()._rows(sql, params)

    def type_counts(self, filters: Filters) -> dict[str, int]:
        with self._reading():
            return super().type_counts(filters)

    def bounds(self, filters: Filters) -> tuple[date, date] | None:
        with self._reading():
            return self._bounds(filters)

    def bins(self, filters: Filters, unit: str | None = None) -> Bins:
        with self._reading():
            return super().bins(filters, unit)

    def events(self, filters: Filters, limit: int = 1000, offset: int = 0, sort: str = "start",
               descending: bool = False) -> Page:
        with self._reading():
            page = self._events(filters, limit, offset, sort, descending)
        if (sort != "start" and limit > 0 and not search_words(filters.text) and not filters.documents
                and sort not in self._sorted_views):
            # the page sorted the events: the sort's file written in the background for the next pages (after
            # this one, so that its sort and the writer's do not hold memory at once)
            self._ask_sorted(sort)
        return page

    def event(self, event_id: str) -> dict[str, Any] | None:
        with self._reading():
            return super().event(event_id)

    def documents(self) -> list[dict[str, Any]]:
        with self._reading():
            return self._documents()

    def close(self) -> None:
        """Close the DuckDB connection."""
        self.conn.close()


def write_summaries(folder: str | Path) -> None:
    """Write DIR/summary.parquet and DIR/overview.parquet for a Parquet build with events (what its first open
    would otherwise write): the build does it, so the first page opened on a new build is as quick as the next."""
    # made again whatever their times say: the build has just replaced the parts, and on a file system that keeps
    # times to the second (or two) the old files can look as new as the new parts (a correction keeps the count)
    # (the table's sort files too: the page writes them again in the background)
    for name in (SUMMARY_FILE, OVERVIEW_FILE, *(SORTED_FILE.format(s) for s in SORTED)):
        (Path(folder) / name).unlink(missing_ok=True)
    source = ParquetSource(folder, index_words=False)
    try:
        source._ensure_summary()
    finally:
        source.close()


def _unreadable(folder: Path, exc: Exception) -> str:
    """The one line that says a Parquet build cannot be read: the parts' folder and the first line of the reason."""
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"{folder / 'events.parquet'}: cannot read the Parquet build ({reason})"


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


def _copy_stamped(conn: Any, what: str, target: Path, stamp: int, options: str = "") -> None:
    """COPY `what` (a table or a query in parentheses) to the Parquet file `target`: written to a temporary name of
    this process and thread, then renamed, so a reader (another page's process) never finds half a file and two
    writers never share one; its modification time set to `stamp` (nanoseconds), the newest part's as seen before
    the parts were read, so a file made from parts that a build replaced meanwhile reads as older than them
    (stale), not newer. DuckDB's or the file system's error is raised, the temporary file removed."""
    temp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}")
    try:
        conn.execute(f"COPY {what} TO '{_quote(temp)}' (FORMAT parquet{options})")
        os.utime(temp, ns=(stamp, stamp))
        os.replace(temp, target)
    finally:
        with contextlib.suppress(OSError):  # nothing to remove, or a read-only folder (its error is not the page's)
            temp.unlink(missing_ok=True)


def _keep_copy(conn: Any, what: str, target: Path, stamp: int) -> None:
    """_copy_stamped for what a page keeps to be quicker next time: in a read-only or full folder it is not kept, and
    the page goes on with what it computed."""
    import duckdb

    with contextlib.suppress(duckdb.Error, OSError):
        _copy_stamped(conn, what, target, stamp)


def _parts(folder: Path) -> list[Path]:
    """The event parts of a build in the order their keys number them."""
    return sorted((folder / "events.parquet").glob("*.parquet"), key=lambda p: p.name)


def _words_fresh(folder: Path) -> bool:
    parts = _parts(folder)
    index = folder / WORDS_FILE
    for part in parts:
        words = index / part.name
        if not words.is_file() or words.stat().st_mtime_ns < part.stat().st_mtime_ns:
            return False
    return bool(parts) and len(list(index.glob("*.parquet"))) == len(parts)


def _newest_part(parts: list[Path]) -> int:
    """The modification time of the newest part of events, to the nanosecond: a derived file (summary, overview,
    ranks) is fresh when it is at least as new (see _copy_stamped)."""
    return max(p.stat().st_mtime_ns for p in parts)


def _derived_fresh(folder: Path, target: Path) -> bool:
    """Whether a file derived from the build's parts (the ids' ranks, a sort file) is there and at least as new as
    the newest part (see _copy_stamped)."""
    parts = _parts(folder)
    return bool(parts) and target.is_file() and target.stat().st_mtime_ns >= _newest_part(parts)


def _ranks_fresh(folder: Path) -> bool:
    return _derived_fresh(folder, folder / RANKS_FILE)


def write_id_ranks(folder: str | Path, memory_limit: str = "512MB") -> Path:
    """Write DIR/id_ranks.parquet for a Parquet build: (key, rank) for every event, the rank of its id among all
    the build's ids (1 for the smallest, in DuckDB's order of strings, the order of MIN(id) and ORDER BY id), to a
    temporary file renamed at the end."""
    import duckdb

    folder = Path(folder)
    target = folder / RANKS_FILE
    parts = _parts(folder)
    newest = _newest_part(parts)  # before the parts are read: see _copy_stamped
    spill = Path(tempfile.gettempdir()) / f"timeline-ranks-{os.getpid()}-{threading.get_ident()}"
    conn = duckdb.connect(":memory:", config={"memory_limit": memory_limit, "preserve_insertion_order": False,
                                              "temp_directory": str(spill)})
    conn.execute("SET enable_progress_bar = false")
    listed = ", ".join(f"'{_quote(p)}'" for p in parts)
    try:
        # in key order and uncompressed: a search reads all of it (ten million numbers in a twentieth of a second;
        # decompressing them took over ten times as long)
        _copy_stamped(conn, f"(SELECT {_KEY} AS key, (dense_rank() OVER (ORDER BY id))::INTEGER AS rank FROM "
                      f"read_parquet([{listed}], file_row_number = true) ORDER BY key)", target, newest,
                      ", COMPRESSION uncompressed")
    finally:
        conn.close()
        shutil.rmtree(spill, ignore_errors=True)
    return target


_WRITING = threading.Lock()  # held by a page's background writer (word index, ranks, a sort file): one at a time
_WRITERS: set[Any] = set()  # the DuckDB connections writing a sort file now


@atexit.register
def _stop_writers() -> None:
    """At the process's exit (the page's server stopped), a sort file being written in the background is given up:
    its query interrupted, its temporary files removed, rather than its thread frozen inside DuckDB (which ends the
    process with an abort). The file is written again when its sort is next asked."""
    for _ in range(100):  # again until the writer is out (its error, its clean-up): it runs several queries
        if not _WRITERS:
            return
        for conn in list(_WRITERS):
            with contextlib.suppress(Exception):
                conn.interrupt()
        if _WRITING.acquire(timeout=0.1):
            _WRITING.release()
            return


CLAIM_STALE_AFTER = 600.0  # seconds: a claim not touched for this long is stale, whoever holds it (see _claimed)
CLAIM_BEAT = 30.0  # seconds between the holder's touches of its claim while it writes
CLAIM_LOCK_WAIT = 10.0  # seconds a process waits for the claim's lock (held for a few file operations at a time)


@contextlib.contextmanager
def _claimed(target: Path) -> Iterator[bool]:
    """Claim the writing of `target` among the page's processes: True if this process holds DIR/.NAME.writing
    (made here; removed at the end), False if another holds it and the claim is not stale (see _claim_stale: a
    stale claim is taken over, with its holder's temporary files). While held, a thread touches the claim every
    CLAIM_BEAT seconds, so that a writer that takes long is not taken for one that stopped. The folder's error
    (read-only, full) is raised.

    A claim is made only where none is (O_EXCL); every other change of it — taking a stale one over, its holder
    touching or removing it — is made under its lock (_claim_lock), the claim judged again there: no process removes
    a claim that another made after it was judged, so two processes never both hold one."""
    claim = target.with_name(f".{target.name}.writing")
    for _ in range(3):
        try:
            handle = os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            found = _claim_stale(claim)
            if found is None:  # removed meanwhile (its writer finished): try again
                continue
            if not found[0]:
                yield False
                return
            with _claim_lock(claim) as locked:
                # judged again under the lock: what is there now (another process may have taken it over or its
                # holder removed it since), which nobody can remove or replace until the lock is let go
                found = _claim_stale(claim) if locked else (False, 0)
                if found is not None and found[0]:
                    # its holder stopped (or lives elsewhere and has not written for CLAIM_STALE_AFTER): its
                    # temporary files go with its claim (named by its id: a process that took the claim over
                    # meanwhile has others)
                    holder = found[1]
                    if holder:
                        for left in target.parent.glob(f".{target.name}.{holder}.*"):
                            with contextlib.suppress(OSError):
                                left.unlink()
                    claim.unlink(missing_ok=True)
            if found is not None and not found[0]:  # taken over by another meanwhile, or the lock not had
                yield False
                return
            continue
        record = json.dumps(_claim_record()).encode("ascii")
        try:
            os.write(handle, record)
        except BaseException:  # a full disk: no empty claim left to hold the others off for CLAIM_STALE_AFTER
            with contextlib.suppress(OSError):
                claim.unlink()
            raise
        finally:
            os.close(handle)
        done = threading.Event()
        beat = threading.Thread(target=_beat, args=(claim, record, done), name="timeline-claim-beat", daemon=True)
        beat.start()
        try:
            yield True
        finally:
            done.set()
            beat.join()
            # only its own claim: one taken over meanwhile (judged stale) is the new holder's to remove
            _if_own(claim, record, claim.unlink)
        return
    yield False


@contextlib.contextmanager
def _claim_lock(claim: Path, wait: float | None = None) -> Iterator[bool]:
    """Hold the lock of `claim` (an exclusive flock of DIR/.NAME.writing.lock, which the kernel lets go if its
    process ends): True if had within `wait` seconds (CLAIM_LOCK_WAIT), else False. The lock file is removed when
    let go, so none is left in the folder: a process that locked the removed file finds the name gone or another
    file's, and locks again. The folder's error (read-only, full) is raised.

    Without fcntl (Windows, where no flock exists) the lock is taken as had at once (True), no lock file made: the
    claims still keep two processes from starting the same file (a claim is made with O_EXCL), but a stale claim
    taken over, touched or removed is not guarded against another process doing the same in the same instant. The
    worst case is two processes writing the same derived file: each writes its own temporary file and renames it
    (_copy_stamped), so a reader never sees half a file; the work is done twice. Never an ImportError."""
    try:
        import fcntl
    except ImportError:  # not a Unix: see above
        yield True
        return

    lock = claim.with_name(f"{claim.name}.lock")
    deadline = time.monotonic() + (CLAIM_LOCK_WAIT if wait is None else wait)
    while True:
        handle = os.open(lock, os.O_CREAT | os.O_RDWR, 0o644)
        try:
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        yield False
                        return
                    time.sleep(0.005)
            mine = os.fstat(handle)
            try:
                there = os.stat(lock)
            except FileNotFoundError:
                continue
            if (there.st_dev, there.st_ino) != (mine.st_dev, mine.st_ino):
                continue
            try:
                yield True
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(lock)
            return
        finally:
            os.close(handle)  # lets the lock go


def _if_own(claim: Path, record: bytes, change: Callable[[], object]) -> None:
    """`change()` (touch or remove the claim) if it still holds `record`, under its lock: a claim taken over meanwhile
    is the new holder's. Without the lock (a full or read-only folder, or not had in time: a holder of it stopped)
    nothing is changed; a claim left so is stale once its holder ends or stops touching it."""
    with contextlib.suppress(OSError), _claim_lock(claim) as locked:
        if locked and claim.read_bytes() == record:
            change()


def _beat(claim: Path, record: bytes, done: threading.Event) -> None:
    """Touch `claim` every CLAIM_BEAT seconds until `done`, while it holds `record`: its time says its holder is
    still writing (a claim taken over meanwhile is the new holder's to touch)."""
    while not done.wait(CLAIM_BEAT):
        _if_own(claim, record, lambda: os.utime(claim))


def _claim_record() -> dict[str, Any]:
    """What a claim holds: this process's id, its start (to tell a recycled id) and the space its id lives in."""
    # and a token of this claim's own: a holder compares the claim with what it wrote, and the same process can
    # claim the same file again later
    return {"pid": os.getpid(), "started": _started(os.getpid()), "space": _pid_space(), "token": os.urandom(8).hex()}


def _claim_stale(claim: Path) -> tuple[bool, int] | None:
    """Whether a claim is stale, and its holder's process id (0 when unknown); None if it is gone. A claim is stale
    when it was not touched for CLAIM_STALE_AFTER seconds (its holder, on this machine or another sharing the
    folder, stopped without removing it: a live holder touches it every CLAIM_BEAT), or when its holder lives in
    this process's space of ids (the same machine and container) and is this process (a claim left by an earlier
    writer here), has ended, or is another process under a recycled id (it started at another time). A claim of
    another machine or container that was touched lately is not: its id means nothing here. Neither is one that
    cannot be read (being written, or written by something else) until its time says so."""
    try:
        touched = claim.stat().st_mtime
        text = claim.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        text = ""
    try:
        record = json.loads(text)
    except ValueError:
        record = None
    if isinstance(record, int):  # written by an earlier version: a process id on this machine
        record = {"pid": record, "started": None, "space": _pid_space()}
    holder = record.get("pid") if isinstance(record, dict) else None
    holder = holder if isinstance(holder, int) and not isinstance(holder, bool) and holder > 0 else 0
    if time.time() - touched > CLAIM_STALE_AFTER:
        return True, holder
    if not isinstance(record, dict) or not holder or record.get("space") != _pid_space():
        return False, holder
    if holder == os.getpid() or not _alive(holder):
        return True, holder
    started, now = record.get("started"), _started(holder)
    return started is not None and now is not None and started != now, holder


def _pid_space() -> str:
    """The space of process ids this process lives in: its machine (name and boot) and its namespace of ids (each
    container has its own); another process's id means the same process only within one space."""
    import socket

    boot = ns = ""
    with contextlib.suppress(OSError):
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    with contextlib.suppress(OSError):
        ns = os.readlink("/proc/self/ns/pid")
    return f"{socket.gethostname()}/{boot}/{ns}"


def _started(pid: int) -> int | None:
    """When process `pid` started (clock ticks after the machine's boot, from /proc), or None where unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        return int(stat[stat.rindex(")") + 2:].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _identity(path: Path) -> tuple[int, int, int] | None:
    """Which file is at `path` (its inode, size and time: a file written again is renamed over it, a new inode),
    or None if none is."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_ino, found.st_size, found.st_mtime_ns


def _sorted_fresh(folder: Path, sort: str) -> bool:
    return _derived_fresh(folder, folder / SORTED_FILE.format(sort))


def write_sorted(folder: str | Path, sorts: Sequence[str] = SORTED, memory_limit: str = "512MB",
                 threads: int | None = None) -> list[Path]:
    """Write DIR/sorted_by_SORT.parquet for each sort of `sorts` (see SORTED_FILE): the events' table fields
    (ROW_FIELDS) with pos, down, g and key, one row for each event, in the order of the table sorted by SORT going
    up (ties by start, end, id, as every source orders them; missing values last both ways, as DuckDB and pandas put
    them), in row groups of 10,000 rows; each to a temporary file renamed at the end and dated as the newest part
    was before the parts were read. `threads`: DuckDB's threads (by default one for each core); what does not fit
    in `memory_limit` spills to the system's temporary folder, removed at the end."""
    import duckdb

    folder = Path(folder)
    parts = _parts(folder)
    newest = _newest_part(parts)  # before the parts are read: see _copy_stamped
    spill = Path(tempfile.gettempdir()) / f"timeline-sorted-{os.getpid()}-{threading.get_ident()}"
    conn = duckdb.connect(":memory:", config={"memory_limit": memory_limit, "preserve_insertion_order": False,
                                              "temp_directory": str(spill),
                                              **({"threads": threads} if threads else {})})
    conn.execute("SET enable_progress_bar = false")
    listed = ", ".join(f"'{_quote(p)}'" for p in parts)
    fields = ", ".join(f"e.{_DUCK.columns[k]}" for k in ROW_FIELDS)
    written = []
    _WRITERS.add(conn)
    try:
        for sort in sorts:
            _check_sort(sort)
            value = _DUCK.columns[sort]
            ties = ", ".join(_DUCK.columns[k] for k in ("start", "end", "id") if k != sort)
            extra = "" if sort == "end" else f", {value}"  # the end is read anyway
            target = folder / SORTED_FILE.format(sort)
            # first the places, from the narrow columns (from 0, as the table counts them); down: the place in the
            # order going down, where equal values keep their order going up; g: the value's rank among the values
            # (none for a missing one); then the events' fields in that order (one sort of the wide rows, by pos)
            up = f"ORDER BY {value} ASC NULLS LAST, {ties}, key"
            down = f"ORDER BY {value} DESC NULLS LAST, {ties}, key"
            rank = f"CASE WHEN {value} IS NULL THEN NULL ELSE dense_rank() OVER (ORDER BY {value}) END"
            conn.execute("DROP TABLE IF EXISTS places")
            conn.execute(f"CREATE TEMP TABLE places AS SELECT key, (row_number() OVER ({up}) - 1)::BIGINT AS pos, "
                         f"(row_number() OVER ({down}) - 1)::BIGINT AS down, ({rank})::BIGINT AS g FROM (SELECT "
                         f'{_KEY} AS key, "start", "end", id{extra} FROM read_parquet([{listed}], file_row_number = '
                         "true))")
            _copy_stamped(conn, f"(SELECT p.pos, p.down, p.g, p.key, {fields} FROM (SELECT *, {_KEY} AS key FROM "
                          f"read_parquet([{listed}], file_row_number = true)) AS e JOIN places AS p ON p.key = e.key "
                          "ORDER BY p.pos)", target, newest, ", COMPRESSION zstd, ROW_GROUP_SIZE 10000")
            written.append(target)
    finally:
        _WRITERS.discard(conn)
        conn.close()
        shutil.rmtree(spill, ignore_errors=True)
    return written


def write_word_index(folder: str | Path, memory_limit: str = "512MB") -> Path:
    """Write DIR/words.parquet/ for a Parquet build: for each part of events, a part of rows (word, key), one for
    each distinct word of each event's title, sentence and context (words as timeline.search says: runs of letters
    and digits, lower-cased), sorted by word, so that a search reads only its words' row groups of each part.
    Each part is written to a temporary file and renamed over the old one, and the parts of no part of events are
    removed at the end: a page that searches the index meanwhile (another process found it stale too) reads a whole
    index, never a folder emptied for the rewrite."""
    import duckdb

    folder = Path(folder)
    index = folder / WORDS_FILE
    index.mkdir(exist_ok=True)
    parts = _parts(folder)
    # what does not fit in memory_limit spills to the system's temporary folder (not the working directory), a
    # folder of this writer's own (two builds' pages in one process write at once)
    spill = Path(tempfile.gettempdir()) / f"timeline-words-{os.getpid()}-{threading.get_ident()}"
    conn = duckdb.connect(":memory:", config={"memory_limit": memory_limit, "preserve_insertion_order": False,
                                              "temp_directory": str(spill)})
    conn.execute("SET enable_progress_bar = false")  # a page's background writer: no bars on the server's terminal
    try:
        for number, part in enumerate(parts):
            stamp = part.stat().st_mtime_ns  # before the part is read: see _copy_stamped
            _copy_stamped(conn, f"(SELECT DISTINCT w AS word, key FROM (SELECT ({number}::BIGINT << 32) | "
                          f"file_row_number AS key, unnest(regexp_extract_all(lower(concat_ws(' ', title, sentence, "
                          f"context)), '{SQL_WORD}+')) AS w FROM read_parquet('{_quote(part)}', file_row_number = "
                          f"true)) ORDER BY word, key)", index / part.name, stamp,
                          ", COMPRESSION zstd, ROW_GROUP_SIZE 100000")
    finally:
        conn.close()
        shutil.rmtree(spill, ignore_errors=True)
    names = {p.name for p in parts}
    for old in index.glob("*.parquet"):
        if old.name not in names:
            old.unlink(missing_ok=True)
    write_id_ranks(folder, memory_limit)
    return index


# ---- SQL over the SQLite store, through its merged view (timeline.store_view) -----------------------------------

_VIEW_FIELDS = ("rid", *ROW_FIELDS, "documents", "data")
_VIEW = _Dialect(
    table="merged",
    columns={k: '"end"' if k == "end" else k for k in ROW_FIELDS},
    word_match="search_word({title}, {sentence}, {context}, ?)",
    word_regex=False,
    bins={"day": "start",
          "week": "date(start, '-' || ((CAST(strftime('%w', start) AS INTEGER) + 6) % 7) || ' days')",
          "month": "substr(start, 1, 8) || '01'",
          "quarter": "printf('%s-%02d-01', substr(start, 1, 4), (CAST(substr(start, 6, 2) AS INTEGER) - 1) / 3 * 3 "
                     "+ 1)",
          "year": "substr(start, 1, 5) || '01-01'",
          "decade": "printf('%04d-01-01', CAST(substr(start, 1, 4) AS INTEGER) / 10 * 10)"},
    text_dates=True,
)


def _search_word(title: str | None, sentence: str | None, context: str | None, word: str) -> bool:
    # in Python: SQLite's lower() and LIKE fold ASCII only, and the search must find "zürich" in "Zürich" too
    return matches((title, sentence, context), [word])


class StoreSource(_SQLSource):
    """SQL over the store's merged view (plain indexed columns and a word index, written by timeline.store_view
    once per change of the store's events), with the user's corrections by hand applied when it is opened."""

    def __init__(self, path: str | Path) -> None:
        from timeline.store_view import fresh_view, sqlite_uri

        self.path = Path(path)
        if not self.path.is_file():
            raise TimelineDataError(f"{self.path}: no such store")
        self._hits: dict[str, str] = {}  # search words -> temporary table of the matching events, oldest first
        self._made = 0
        self._lock = threading.RLock()
        self.dialect = _VIEW
        self._summary, self._monthly = "summary", "monthly"
        try:
            self.view = fresh_view(self.path)
            self.conn = sqlite3.connect(sqlite_uri(self.view), uri=True, check_same_thread=False)
            self.conn.execute("ATTACH ? AS st", (sqlite_uri(self.path),))
            self.conn.create_function("search_word", 4, _search_word, deterministic=True)
            self.revision = int(self.conn.execute("SELECT value FROM st.meta WHERE key = 'revision'").fetchone()[0])
            self._corrections()
            self._first, self._last = self.conn.execute("SELECT MIN(start), MAX(start) FROM merged").fetchone()
        except (sqlite3.Error, OSError) as exc:
            raise TimelineDataError(f"{self.path}: cannot read the store ({exc})") from None

    def _counted(self, filters: Filters, unit: str | None = None) -> tuple[str, Filters, str, str] | None:
        # the summary (counts per start, type and approximate) answers any filters without a search or documents:
        # a date range that holds every start asks nothing (the page's default range is the bounds); events that
        # start before a later first day but end on or after it are counted from the events themselves
        if search_words(filters.text) or filters.documents or self._first is None:
            return None
        narrowed = filters
        if filters.date_to is not None and filters.date_to.isoformat() >= self._last:
            narrowed = replace(narrowed, date_to=None)
        if narrowed.date_to is None and (filters.date_from is None or filters.date_from.isoformat() <= self._first):
            # bins of days or weeks need the daily counts; anything else is answered by the monthly ones
            table = self._summary if unit in ("day", "week") else self._monthly
            return table, replace(narrowed, date_from=None), "SUM(n)", "MIN(first_id)"
        table = self._summary
        if filters.date_from is not None and filters.date_from.isoformat() > self._first:
            day = filters.date_from.isoformat()  # an ISO date: nothing to escape
            table = (f'(SELECT start, "end", type, approximate, n, first_id FROM {self._summary} WHERE start >= '
                     f"'{day}' UNION ALL SELECT start, \"end\", type, approximate, 1, id FROM {self.dialect.table} "
                     f"WHERE start < '{day}' AND \"end\" >= '{day}')")
        return table, replace(narrowed, date_from=None), "SUM(n)", "MIN(first_id)"

    def _example_titles(self, examples: list[Any]) -> dict[Any, str]:
        # the summary's examples are the smallest ids of their groups: their titles, with the corrections
        return self._titles({str(e) for e in examples if e is not None}, self.dialect.table)

    def _corrections(self) -> None:
        """The user's corrections by hand (timeline.corrections), as in the in-memory store: a merged event takes
        the correction of its own id, else of the first of the events it absorbed that has one. The corrected
        events are copied into a small temporary table, and the queries then ask the view with those rows
        replaced."""
        has_table = self.conn.execute("SELECT 1 FROM st.sqlite_master WHERE type = 'table' AND name = "
                                      "'corrections'").fetchone() is not None
        corrections = {str(r[0]): (r[1], r[2]) for r in self.conn.execute(
            "SELECT event_id, type, title FROM st.corrections")} if has_table else {}
        fields = ", ".join(f'"{k}"' for k in _VIEW_FIELDS)
        self.conn.execute(f"CREATE TEMP TABLE fixed AS SELECT {fields}, type AS original_type, title AS "
                          "original_title FROM merged WHERE 0")
        if not corrections:
            return
        ids = list(corrections)
        found: dict[int, tuple[str, str]] = {}  # rid -> (doc, id) of the merged events a correction may reach
        for i in range(0, len(ids), 500):
            part = ids[i: i + 500]
            marks = ", ".join("?" for _ in part)
            for rid, doc, own in self.conn.execute(
                    f"SELECT rid, doc, id FROM merged WHERE id IN ({marks}) UNION SELECT m.rid, m.doc, m.id FROM "
                    f"members b JOIN merged m ON m.doc = b.doc AND m.id = b.id WHERE b.member IN ({marks})",
                    [*part, *part]):
                found[int(rid)] = (str(doc), str(own))
        affected: dict[int, list[str]] = {}  # rid -> the ids whose correction applies, in order
        for rid, (doc, own) in found.items():
            affected[rid] = [own, *(str(r[0]) for r in self.conn.execute(
                "SELECT member FROM members WHERE doc = ? AND id = ? ORDER BY pos", (doc, own)))]
        picked = ", ".join("COALESCE(:type, type)" if k == "type" else "COALESCE(:title, title)" if k == "title"
                           else f'"{k}"' for k in _VIEW_FIELDS)
        for rid, order in affected.items():
            chosen = next((corrections[i] for i in order if i in corrections), None)
            if chosen is not None:
                self.conn.execute(f"INSERT INTO temp.fixed SELECT {picked}, type, title FROM merged WHERE rid = :rid",
                                  {"type": chosen[0], "title": chosen[1], "rid": rid})
        rest = ", ".join(f'"{k}"' for k in _VIEW_FIELDS)
        self.conn.execute(f"CREATE TEMP VIEW merged_c AS SELECT {rest} FROM merged WHERE rid NOT IN (SELECT rid FROM "
                          f"temp.fixed) UNION ALL SELECT {rest} FROM temp.fixed")
        self.dialect = replace(_VIEW, table="temp.merged_c")
        # the summary's groups that the corrections change, counted again from the corrected events
        groups = ("SELECT start, type, approximate FROM temp.fixed UNION SELECT m.start, m.type, m.approximate FROM "
                  "merged m JOIN temp.fixed f ON f.rid = m.rid")
        self.conn.execute("CREATE TEMP TABLE summary_c AS SELECT * FROM summary")
        self.conn.execute(f"DELETE FROM temp.summary_c WHERE (start, type, approximate) IN ({groups})")
        self.conn.execute(f'INSERT INTO temp.summary_c SELECT start, type, approximate, COUNT(*), MIN(id), MAX("end") '
                          f"FROM temp.merged_c WHERE (start, type, approximate) IN ({groups}) GROUP BY start, type, "
                          "approximate")
        self.conn.execute("CREATE TEMP TABLE monthly_c AS SELECT MIN(start) AS start, type, approximate, "
                          'SUM(n) AS n, MIN(first_id) AS first_id, MAX("end") AS "end" FROM temp.summary_c '
                          "GROUP BY substr(start, 1, 7), type, approximate")
        self._summary, self._monthly = "temp.summary_c", "temp.monthly_c"

    def _from(self, filters: Filters) -> tuple[str, Filters]:
        # a search asks the word index for the events holding each word's prefix, checks those in Python (the
        # rule of timeline.search, Unicode case and all), and keeps them in a temporary table that the counts, bins
        # and page then ask (the last four are kept; the source is opened again when the store changes)
        from timeline.store_view import fts_query

        words = search_words(filters.text)
        table = self.dialect.table
        if not words:
            return table, filters
        needle = " ".join(words)
        with self._lock:
            hits = self._hits.pop(needle, None)
            if hits is None:
                self._made += 1
                hits = f"temp.hits_{self._made}"
                checks = " AND ".join("search_word(title, sentence, context, ?)" for _ in words)
                self.conn.execute(
                    f"CREATE TEMP TABLE hits_{self._made} AS SELECT * FROM {table} WHERE (rid IN (SELECT rowid FROM "
                    "words WHERE words MATCH ?) OR rid IN (SELECT rid FROM temp.fixed)) AND " + checks,
                    [fts_query(needle), *words])
                while len(self._hits) >= 4:
                    self.conn.execute(f"DROP TABLE IF EXISTS {self._hits.pop(next(iter(self._hits)))}")
            self._hits[needle] = hits
        return hits, replace(filters, text="")

    def _whole(self, table: str) -> bool:
        return table.startswith("temp.hits_")

    def documents(self) -> list[dict[str, Any]]:
        rows = self._rows("SELECT id, title, published, source, url, path, event_count, added_at FROM st.documents "
                          "ORDER BY rowid")
        return [{"id": r[0], "title": r[1], "published": r[2], "source": r[3], "url": r[4], "path": r[5],
                 "counts": {"events": r[6]}, "added_at": r[7]} for r in rows]

    def _full(self, event_id: str) -> dict[str, Any] | None:
        rows = self._rows(f"SELECT rid, doc, id, data FROM {self.dialect.table} WHERE id = ? ORDER BY doc LIMIT 1",
                          [event_id])
        if not rows:
            return None
        rid, doc, own, data = rows[0]
        if data is None:  # the merge left it as its document gave it
            data = self._rows("SELECT data FROM st.events WHERE doc = ? AND id = ?", [doc, own])[0][0]
        full: dict[str, Any] = json.loads(data)
        fixed = self._rows("SELECT type, title, original_type, original_title FROM temp.fixed WHERE rid = ?", [rid])
        if fixed:
            kind, title, original_type, original_title = fixed[0]
            full.update(type=kind, title=title, corrected=True, original_type=original_type,
                        original_title=original_title)
        return full

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def open_source(location: str | Path) -> EventSource:
    """The right backend for a location: a Parquet build folder, a JSON build folder, or a store file."""
    path = Path(location)
    if path.is_dir() and (path / "events.parquet").is_dir():
        return ParquetSource(path)
    if path.is_dir():
        return MemorySource.from_build(path)
    return StoreSource(path)


# ---- the documents, without reading them all ---------------------------------------------------------------------


def document_count(source: EventSource) -> int:
    """How many documents the source holds (a count, not a list, for the SQL backends)."""
    if isinstance(source, ParquetSource):
        return int(source._rows("SELECT COUNT(*) FROM documents")[0][0]) if source.has_documents else 0
    if isinstance(source, StoreSource):
        return int(source._rows("SELECT COUNT(*) FROM documents")[0][0])
    return len(source.documents())


def find_documents(source: EventSource, text: str, limit: int = 1000) -> list[tuple[str, str]]:
    """(id, title) of the documents whose id is `text` or whose title or id holds it (case-insensitive), id order,
    at most `limit`."""
    needle = text.strip().lower()
    if not needle:
        return []
    if isinstance(source, ParquetSource | StoreSource):
        if isinstance(source, ParquetSource) and not source.has_documents:
            return []
        rows = source._rows("SELECT id, COALESCE(title, '') FROM documents WHERE lower(id) = ? OR instr("
                            "lower(COALESCE(title, '')), ?) > 0 OR instr(lower(id), ?) > 0 ORDER BY id LIMIT ?",
                            [needle, needle, needle, limit])
        return [(str(i), str(t)) for i, t in rows]
    found = [(str(d.get("id")), str(d.get("title") or "")) for d in source.documents()
             if needle == str(d.get("id")).lower() or needle in str(d.get("title") or "").lower()
             or needle in str(d.get("id")).lower()]
    return sorted(found)[:limit]


def published_days(source: EventSource, limit: int = 200) -> list[date]:
    """The distinct publication dates, oldest first; none when there are more than `limit` (too many to mark)."""
    if isinstance(source, ParquetSource | StoreSource):
        if isinstance(source, ParquetSource) and not source.has_documents:
            return []
        rows = source._rows("SELECT DISTINCT published FROM documents WHERE published IS NOT NULL LIMIT ?",
                            [limit + 1])
        values = [r[0] for r in rows]
    else:
        values = list({d.get("published") for d in source.documents() if d.get("published")})
    if len(values) > limit:
        return []
    days: set[date] = set()
    for value in values:
        try:
            days.add(date.fromisoformat(_iso(value)[:10]))
        except ValueError:
            continue
    return sorted(days)
