"""The build on a Dask cluster: the same per-document work as the local build, spread over partitions of the input.

Three stages, all on the cluster:
1. scan: each input chunk (a group of small files, or a byte range of a .jsonl file) is parsed for its document ids
   and line count only; the client turns those into the same unique ids the local build gives (small: ids only).
2. analyse: each chunk is parsed again and every document goes through `analyse_document` (or the function passed
   in), giving one partition of events (the shuffle's key columns and each event as a plain row, see
   `timeline.events.event_to_row`: no JSON is written or parsed between the stages) and one of documents. A
   document that cannot be read or analysed becomes an `error: PATH: reason` line; the other documents and
   partitions go on.
3. merge: the events are shuffled on (start, end, type), so that every event that could merge with another lands in
   the same partition, and `merge_events` runs on each partition: a distributed group-by, no worker holds them all.
   The documents' event counts are a second group-by (on each merged event's sources), joined to the documents.

Outputs are written by the tasks themselves (Parquet, one part per partition, named by its partition number and
written atomically, so a task retried after a lost worker overwrites its own part instead of adding one), or, for
`--format json`, gathered by the client into the same events.json and documents.json as the local build.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from timeline.corrections import Correction, apply_corrections, member_ids
from timeline.documents import (
    InputError,
    _stem,
    iter_files,
    jsonl_document,
    read_document_file,
    unique_ids,
)
from timeline.events import (
    ROW_SOURCES,
    Analysis,
    EventRow,
    analyse_document,
    count_sources,
    event_from_row,
    event_to_row,
    merge_events,
)
from timeline.model import Document, Event
from timeline.parallel import analysis_failure
from timeline.taxonomy import Taxonomy

# a .jsonl is read in ranges of this many bytes; small files are grouped up to this size. About 350 news articles,
# a second or so of work: small enough that the last tasks leave no worker idle for long, large enough that the
# scheduler's cost per task (milliseconds) stays far below it
CHUNK_BYTES = 1 << 18
CHUNKS_PER_PARTITION = 4  # the merge's shuffle has a partition per this many chunks (one per MB of input, at most 256)
CHUNK_FILES = 64  # at most this many small files in one chunk

Analyse = Callable[[Document, Taxonomy], Analysis]

MENTION_TYPE = pa.struct([
    ("doc", pa.string()), ("expression", pa.string()), ("char_start", pa.int64()), ("char_end", pa.int64()),
    ("sentence", pa.string()), ("sentence_start", pa.int64()),
])
EVENT_SCHEMA = pa.schema([
    ("id", pa.string()), ("doc", pa.string()), ("doc_title", pa.string()), ("start", pa.date32()),
    ("end", pa.date32()), ("granularity", pa.string()), ("value", pa.string()), ("approximate", pa.bool_()),
    ("expression", pa.string()), ("sentence", pa.string()), ("context", pa.string()), ("title", pa.string()),
    ("type", pa.string()), ("rule", pa.string()), ("mentions", pa.list_(MENTION_TYPE)),
    ("sources", pa.list_(pa.string())), ("second_type", pa.string()), ("confidence", pa.float64()),
    # set only on events the user corrected by hand (null elsewhere), as in events.json
    ("corrected", pa.bool_()), ("original_type", pa.string()), ("original_title", pa.string()),
])
COUNTS_TYPE = pa.struct([("sentences", pa.int64()), ("timexes", pa.int64()), ("events", pa.int64())])
DOCUMENT_SCHEMA = pa.schema([
    ("id", pa.string()), ("title", pa.string()), ("published", pa.date32()), ("source", pa.string()),
    ("url", pa.string()), ("path", pa.string()), ("counts", COUNTS_TYPE),
])

# the partitions that travel between the stages: key columns for the shuffle, the event itself as a plain row
_EVENT_META = pd.DataFrame({"start": pd.Series(dtype=str), "end": pd.Series(dtype=str),
                            "type": pd.Series(dtype=str), "row": pd.Series(dtype=object)})
_DOC_COLUMNS = ["chunk", "position", "id", "title", "published", "source", "url", "path", "sentences", "timexes"]
_DOC_META = pd.DataFrame({name: pd.Series(dtype="int64" if name in ("chunk", "position", "sentences", "timexes")
                                          else str) for name in _DOC_COLUMNS})
_MESSAGE_META = pd.DataFrame({"line": pd.Series(dtype=str)})
_COUNT_META = pd.DataFrame({"doc": pd.Series(dtype=str), "events": pd.Series(dtype="int64")})


@dataclass(frozen=True)
class Chunk:
    """A unit of input: whole files (kind "files") or the lines starting in [start, end) of one .jsonl ("lines")."""

    kind: str
    paths: tuple[str, ...]
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Record:
    """What the scan learns of one document: its id if it gives one (else None) and its line in a .jsonl."""

    given_id: str | None
    line: int  # 1-based line within the chunk for "lines" chunks; the position in the chunk for "files"


@dataclass(frozen=True)
class Scan:
    """One chunk's documents (ids only), its line count, and its error and warning lines."""

    records: tuple[Record, ...]
    lines: int
    errors: tuple[str, ...]
    warnings: tuple[str, ...]
    content: bool = True  # a "lines" chunk: whether it holds a line that is not blank (a document or a bad line)


@dataclass(frozen=True)
class DaskBuildResult:
    """What the build did: counts, and the error and warning lines in input order."""

    documents: int
    events: int
    errors: tuple[str, ...]
    warnings: tuple[str, ...]
    written: bool = True  # False: no document could be read or analysed, and the output folder was left as it was
    analysis_failed: bool = False  # documents were read, and the analysis of every one failed


def plan_chunks(paths: Sequence[str | Path], chunk_bytes: int = CHUNK_BYTES) -> tuple[list[Chunk], list[str]]:
    """The input cut into chunks, in input order, and an error line for each path that does not exist."""
    chunks: list[Chunk] = []
    errors: list[str] = []
    group: list[str] = []
    group_bytes = 0

    def flush() -> None:
        nonlocal group, group_bytes
        if group:
            chunks.append(Chunk("files", tuple(group)))
        group, group_bytes = [], 0

    for path, error in iter_files(paths):
        if path is None:
            errors.append(error)
            continue
        try:
            size = path.stat().st_size
        except OSError as exc:
            errors.append(f"error: {path}: {exc.strerror or exc}")
            continue
        if path.suffix.lower() == ".jsonl":
            flush()
            for start in range(0, max(size, 1), chunk_bytes):
                chunks.append(Chunk("lines", (str(path),), start, min(size, start + chunk_bytes)))
            continue
        if group and (group_bytes + size > chunk_bytes or len(group) >= CHUNK_FILES):
            flush()
        group.append(str(path))
        group_bytes += size
    flush()
    return chunks, errors


def _read_lines(path: str, start: int, end: int) -> tuple[list[tuple[int, bytes]], int]:
    """The lines that start in [start, end) of a file, numbered from 1 within the range, and how many there are.

    A line belongs to the range its first byte is in, so consecutive ranges share none and miss none."""
    with open(path, "rb") as handle:
        if start > 0:
            handle.seek(start - 1)
            if handle.read(1) != b"\n":
                handle.readline()  # the rest of a line that started in the previous range
        lines: list[tuple[int, bytes]] = []
        number = 0
        while handle.tell() < end:
            line = handle.readline()
            if not line:
                break
            number += 1
            lines.append((number, line))
    return lines, number


def _line_documents(chunk: Chunk, first_line: int, published: date | None) -> tuple[
        list[tuple[int, Document | None, str | None]], list[str], list[str], int]:
    """The documents of a "lines" chunk with their line numbers in the file (None for a bad line) and the id the
    record gives (None if none), errors, warnings, and the chunk's line count. Line numbers are right once
    `first_line` is known (after the scan)."""
    name = chunk.paths[0]
    lines, count = _read_lines(name, chunk.start, chunk.end)
    out: list[tuple[int, Document | None, str | None]] = []
    errors: list[str] = []
    warnings: list[str] = []
    for local, raw in lines:
        if not raw.strip():  # blank, as documents.jsonl_lines has it
            continue
        number = first_line + local - 1
        try:
            doc, given, warning = jsonl_document(raw, name, number, published)
        except InputError as exc:
            errors.append(f"error: {exc}")
            out.append((number, None, None))
            continue
        warnings += [warning] if warning else []
        out.append((number, doc, given))
    return out, errors, warnings, count


def _file_documents(chunk: Chunk, published: date | None) -> tuple[list[Document | None], list[str], list[str]]:
    docs: list[Document | None] = []
    errors: list[str] = []
    warnings: list[str] = []
    for name in chunk.paths:
        try:
            parsed, bad_lines, notes = read_document_file(name, published)
        except InputError as exc:
            errors.append(f"error: {exc}")
            continue
        errors.extend(bad_lines)  # none: a .jsonl is read in "lines" chunks
        warnings.extend(notes)
        docs.extend(parsed)
    return docs, errors, warnings


def _undated(doc: Document) -> str:
    return (f"warning: {doc.path}: no publication date; relative dates ('on Thursday', 'last year') stay "
            "unresolved (give one with --published)")


def scan_chunk(chunk: Chunk, published: date | None) -> Scan:
    """Stage 1 on a worker: the ids (or their absence) of a chunk's documents, its line count, errors, warnings
    (as the local build gives them, with line numbers counted within the chunk for a .jsonl range)."""
    if chunk.kind == "lines":  # its error and warning lines come from stage 2, which knows the line numbers
        found, _, _, count = _line_documents(chunk, 1, published)
        return Scan(tuple(Record(given, local) for local, doc, given in found if doc is not None), count, (), (),
                    bool(found))
    docs, errors, warnings = _file_documents(chunk, published)
    undated = [_undated(d) for d in docs if d is not None and d.published is None]
    return Scan(tuple(Record(d.id, i) for i, d in enumerate(docs) if d is not None), 0, tuple(errors),
                tuple(warnings + undated))


def _scan_errors(chunks: Sequence[Chunk], scans: Sequence[Scan]) -> list[str]:
    """The scans' error lines in input order, with `error: PATH: the file is empty` after the last chunk of a .jsonl
    that holds nothing but blank lines, as the local build says it (a chunk alone cannot tell)."""
    errors: list[str] = []
    content = False
    for i, (chunk, scan) in enumerate(zip(chunks, scans, strict=True)):
        errors += scan.errors
        if chunk.kind != "lines":
            continue
        content = scan.content or (chunk.start > 0 and content)  # a file's first chunk starts at 0
        following = chunks[i + 1] if i + 1 < len(chunks) else None
        if not content and (following is None or following.kind != "lines" or following.start == 0):
            errors.append(f"error: {chunk.paths[0]}: the file is empty")
    return errors


def _line_number_offsets(chunks: Sequence[Chunk], scans: Sequence[Scan]) -> list[int]:
    """The file line number of each chunk's first line."""
    offsets: list[int] = []
    lines_before: dict[str, int] = {}
    for chunk, scan in zip(chunks, scans, strict=True):
        if chunk.kind != "lines":
            offsets.append(1)
            continue
        before = lines_before.get(chunk.paths[0], 0)
        offsets.append(before + 1)
        lines_before[chunk.paths[0]] = before + scan.lines
    return offsets


def assign_ids(chunks: Sequence[Chunk], scans: Sequence[Scan], first_lines: Sequence[int]) -> list[list[str]]:
    """The final id of each document of each chunk, made unique in input order as the local build does
    (documents.unique_ids over every chunk's ids at once)."""
    wanted: list[str] = []
    for chunk, scan, first in zip(chunks, scans, first_lines, strict=True):
        for record in scan.records:
            # a .jsonl record without an id: file stem and line number
            wanted.append(record.given_id if record.given_id is not None
                          else f"{_stem(chunk.paths[0])}-{first + record.line - 1}")
    ids = iter(unique_ids(wanted))
    return [[next(ids) for _ in scan.records] for scan in scans]


def analyse_chunk(chunk: Chunk, index: int, first_line: int, ids: Sequence[str], published: date | None,
                  taxonomy: Taxonomy, analyse: Analyse) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """Stage 2 on a worker: the chunk's events (key columns and rows), its documents, and its error and warning
    lines: for a .jsonl range those of reading it, and for any chunk an error for each document whose analysis
    failed (the others go on)."""
    messages: list[str] = []
    if chunk.kind == "lines":
        found, errors, warnings, _ = _line_documents(chunk, first_line, published)
        docs = [d for _, d, _ in found if d is not None]
        messages += errors + warnings + [_undated(d) for d in docs if d.published is None]
    else:
        docs = [d for d in _file_documents(chunk, published)[0] if d is not None]
    event_rows: list[tuple[str, str, str, EventRow]] = []
    doc_rows: list[list[Any]] = []
    for position, (doc, doc_id) in enumerate(zip(docs, ids, strict=True)):
        if doc.id != doc_id:
            doc = Document(doc_id, doc.text, doc.published, doc.title, doc.source, doc.url, doc.path)
        try:
            analysis = analyse(doc, taxonomy)
        except Exception as exc:  # one document's failure is reported; the rest of the partition goes on
            messages.append(f"error: {analysis_failure(doc, exc)}")
            continue
        for event in analysis.events:
            event_rows.append((event.start.isoformat(), event.end.isoformat(), event.type, event_to_row(event)))
        doc_rows.append([index, position, doc.id, doc.title, doc.published.isoformat() if doc.published else None,
                         doc.source, doc.url, doc.path, analysis.sentences, analysis.timexes])
    documents = pd.DataFrame(doc_rows, columns=_DOC_COLUMNS) if doc_rows else _DOC_META.copy()
    return _event_frame(event_rows), documents.astype(_DOC_META.dtypes.to_dict()), messages


def _event_frame(rows: Sequence[tuple[str, str, str, EventRow]]) -> pd.DataFrame:
    """A partition of events: key columns as strings, the rows as Python objects (a list column of tuples would
    be taken apart by pandas)."""
    if not rows:
        return _EVENT_META.copy()
    column = np.empty(len(rows), dtype=object)
    column[:] = [r[3] for r in rows]
    return pd.DataFrame({"start": [r[0] for r in rows], "end": [r[1] for r in rows], "type": [r[2] for r in rows],
                         "row": column}).astype(_EVENT_META.dtypes.to_dict())


def _message_frame(lines: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame({"line": list(lines)}).astype(_MESSAGE_META.dtypes.to_dict())


def merge_partition(part: pd.DataFrame, corrections: Mapping[str, Correction] | None = None) -> pd.DataFrame:
    """Stage 3 on a worker: merge_events over one partition of the shuffle (every key is whole in one partition),
    then the user's corrections by hand (DIR/corrections.json), as the local build applies them."""
    unmerged = [event_from_row(r) for r in part["row"]]
    events = merge_events(unmerged)
    if corrections:
        events = apply_corrections(events, corrections, member_ids(unmerged))
    events.sort(key=lambda e: (e.start, e.end, e.doc, e.id))
    return _event_frame([(e.start.isoformat(), e.end.isoformat(), e.type, event_to_row(e)) for e in events])


def source_counts(part: pd.DataFrame) -> pd.DataFrame:
    """How many merged events of a partition each document is a source of."""
    counts = count_sources(row[ROW_SOURCES] for row in part["row"])
    return pd.DataFrame({"doc": list(counts), "events": list(counts.values())}).astype(_COUNT_META.dtypes.to_dict())


def events_table(events: Sequence[Event]) -> pa.Table:
    """Events as an Arrow table of EVENT_SCHEMA, column by column; `corrected`, `original_type` and
    `original_title` are null except on corrected events, as the keys are absent from their events.json objects."""
    columns: dict[str, Any] = {}
    for name in ("id", "doc", "doc_title", "start", "end", "granularity", "value", "approximate", "expression",
                 "sentence", "context", "title", "type", "rule", "second_type", "confidence"):
        columns[name] = [getattr(e, name) for e in events]
    columns["mentions"] = [[{"doc": m.doc, "expression": m.expression, "char_start": m.char_start,
                             "char_end": m.char_end, "sentence": m.sentence, "sentence_start": m.sentence_start}
                            for m in e.mentions] for e in events]
    columns["sources"] = [list(e.sources) for e in events]
    columns["corrected"] = [True if e.corrected else None for e in events]
    columns["original_type"] = [e.original_type if e.corrected else None for e in events]
    columns["original_title"] = [e.original_title if e.corrected else None for e in events]
    return pa.Table.from_arrays([pa.array(columns[f.name], type=f.type) for f in EVENT_SCHEMA], schema=EVENT_SCHEMA)


def _dicts_table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    """Events as events.json objects, as an Arrow table of EVENT_SCHEMA."""
    rows = [{**row, "start": date.fromisoformat(row["start"]), "end": date.fromisoformat(row["end"])} for row in rows]
    return pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)


def documents_table(docs: pd.DataFrame) -> pa.Table:
    """Documents (with their event counts) as an Arrow table of DOCUMENT_SCHEMA."""
    rows = [{"id": r.id, "title": r.title, "source": r.source, "url": r.url, "path": r.path,
             "published": date.fromisoformat(r.published) if isinstance(r.published, str) else None,
             "counts": {"sentences": int(r.sentences), "timexes": int(r.timexes), "events": int(r.events)}}
            for r in docs.itertuples(index=False)]
    return pa.Table.from_pylist(rows, schema=DOCUMENT_SCHEMA)


def write_parquet_build(out: Path, events: Sequence[dict[str, Any]], documents: Sequence[dict[str, Any]]) -> None:
    """Write events (events.json objects) and documents (documents.json objects) as a one-part Parquet build. The
    other parts an earlier build left there (a Dask build writes many) are removed first: they are no longer
    this build's."""
    for name in ("events.parquet", "documents.parquet"):
        for old in (out / name).glob("part-*.parquet"):
            if old.name != "part-00000.parquet":  # replaced atomically below
                old.unlink()
    write_part(_dicts_table(events), str(out / "events.parquet"), 0)
    frame = pd.DataFrame([{"id": d["id"], "title": d["title"], "published": d["published"], "source": d["source"],
                           "url": d["url"], "path": d["path"], "sentences": d["counts"]["sentences"],
                           "timexes": d["counts"]["timexes"], "events": d["counts"]["events"]} for d in documents],
                         columns=["id", "title", "published", "source", "url", "path", "sentences", "timexes",
                                  "events"])
    write_part(documents_table(frame), str(out / "documents.parquet"), 0)


ROW_GROUP = 100_000
PAGE_SIZE = 16 * 1024  # bytes of a column's data page (before compression)
# the columns written with a dictionary: few distinct values. The others (ids, titles, sentences, documents, values)
# are written plainly: a table page sorted by title or document reads its rows from every row group of the parts,
# and a dictionary is a whole row group's distinct values (a megabyte a column), decoded for each row asked
DICTIONARY = ("granularity", "type", "rule", "second_type", "original_type")


def write_part(table: pa.Table, folder: str, index: int) -> int:
    """Write one part file atomically under its partition's name (a retried task replaces it, never adds one)."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    target = Path(folder) / f"part-{index:05d}.parquet"
    handle, temp = tempfile.mkstemp(prefix=".part-", suffix=".tmp", dir=folder)
    os.close(handle)
    try:
        # row groups of ROW_GROUP rows: a part sorted by start then lets a query for a date range or a table page
        # skip most of it by the groups' start ranges (one group per part would be read whole); small pages and no
        # dictionary for the many-valued text: a row read by its number decodes little besides its own pages
        pq.write_table(table, temp, compression="zstd", row_group_size=ROW_GROUP, data_page_size=PAGE_SIZE,
                       use_dictionary=[c for c in DICTIONARY if c in table.column_names])
        os.chmod(temp, 0o644)  # mkstemp makes it private; a build is for every reader
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return int(table.num_rows)


def _write_events_part(part: pd.DataFrame, folder: str, index: int) -> int:
    return write_part(events_table([event_from_row(r) for r in part["row"]]), folder, index)


def _write_documents_part(part: pd.DataFrame, folder: str, index: int) -> int:
    part = part.sort_values(["chunk", "position"])
    return write_part(documents_table(part), folder, index)


class SchedulerAddressError(ValueError):
    """--scheduler names no address Dask can connect to; the message names it and says why."""


def _connect(scheduler: str | None, workers: int | None) -> Any:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="30s")  # type: ignore[no-untyped-call]
        except ValueError as exc:  # no port, an unknown protocol...: Dask cannot parse the address
            raise SchedulerAddressError(f"{scheduler}: not a Dask scheduler address ({exc}); give "
                                        "tcp://HOST:PORT as `dask scheduler` prints it") from None
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=":0",
        silence_logs=40)
    return Client(cluster)  # type: ignore[no-untyped-call]


def build_dask(paths: Sequence[str | Path], out: Path, *, taxonomy: Taxonomy, published: date | None = None,
               fmt: str = "parquet", scheduler: str | None = None, workers: int | None = None,
               client: Any = None, analyse: Analyse = analyse_document,
               chunk_bytes: int = CHUNK_BYTES, partitions: int | None = None,
               corrections: Mapping[str, Correction] | None = None) -> DaskBuildResult:
    """Build on a Dask cluster (an existing client, a scheduler address, or a new LocalCluster of `workers`
    processes) and write DIR/events.parquet/ and DIR/documents.parquet/ (fmt "parquet") or the JSON files."""
    own = client is None
    if client is None:
        client = _connect(scheduler, workers)
    try:
        return _build(client, paths, Path(out), taxonomy, published, fmt, analyse, chunk_bytes, partitions,
                      corrections or {})
    finally:
        if own:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()


def _build(client: Any, paths: Sequence[str | Path], out: Path, taxonomy: Taxonomy, published: date | None,
           fmt: str, analyse: Analyse, chunk_bytes: int, partitions: int | None,
           corrections: Mapping[str, Correction]) -> DaskBuildResult:
    import dask

    # plain tasks for the shuffle: a lost worker's are rerun; no conversion of object columns to Arrow strings: the
    # events' column holds rows (tuples), not text
    with dask.config.set({"dataframe.shuffle.method": "tasks", "dataframe.convert-string": False}):
        return _build_graph(client, paths, out, taxonomy, published, fmt, analyse, chunk_bytes, partitions,
                            corrections)


def _build_graph(client: Any, paths: Sequence[str | Path], out: Path, taxonomy: Taxonomy, published: date | None,
                 fmt: str, analyse: Analyse, chunk_bytes: int, partitions: int | None,
                 corrections: Mapping[str, Correction]) -> DaskBuildResult:
    import dask.dataframe as dd
    from dask.base import compute
    from dask.delayed import delayed

    chunks, errors = plan_chunks(paths, chunk_bytes)
    scans: list[Scan] = client.gather(client.map(scan_chunk, chunks, published=published, pure=False))
    first_lines = _line_number_offsets(chunks, scans)
    ids = assign_ids(chunks, scans, first_lines)
    warnings = [w for s in scans for w in s.warnings]
    errors += _scan_errors(chunks, scans)
    read = any(scan.records for scan in scans)  # some document was read (its analysis may still fail)
    if errors and not read:
        # nothing could be read: the build already in the output folder stays as it was (as in the local build)
        return DaskBuildResult(0, 0, tuple(errors), tuple(warnings), written=False)
    if not chunks:
        analysed: list[Any] = []
    else:
        tax = delayed(taxonomy, pure=True)
        analysed = [delayed(analyse_chunk, nout=3, pure=True)(c, i, first_lines[i], ids[i], published, tax,
                                                                   analyse)
                    for i, c in enumerate(chunks)]
    event_parts = [a[0] for a in analysed]
    doc_parts = [a[1] for a in analysed]
    message_parts = [delayed(_message_frame)(a[2]) for a in analysed]
    if not analysed:
        event_parts = [delayed(_EVENT_META.copy)()]
        doc_parts = [delayed(_DOC_META.copy)()]
        message_parts = [delayed(_message_frame)([])]
    messages = dd.from_delayed(message_parts, meta=_MESSAGE_META, verify_meta=False)
    events = dd.from_delayed(event_parts, meta=_EVENT_META, verify_meta=False)
    documents = dd.from_delayed(doc_parts, meta=_DOC_META, verify_meta=False)
    npart = partitions or max(1, min(len(chunks) // CHUNKS_PER_PARTITION, 256))
    shuffled = events.shuffle(on=["start", "end", "type"], npartitions=npart, shuffle_method="tasks")
    # the merged partitions as tasks of their own: the writes and the source counts both read them, and as two
    # branches of one dataframe expression each branch would run merge_partition again
    merged = shuffled.map_partitions(merge_partition, corrections, meta=_EVENT_META).to_delayed()
    count_parts = [delayed(source_counts)(part) for part in merged]
    counts = dd.from_delayed(count_parts, meta=_COUNT_META, verify_meta=False).groupby("doc")["events"].sum(
        split_out=npart)
    counted = documents.merge(counts.to_frame(), left_on="id", right_index=True, how="left")
    counted["events"] = counted["events"].fillna(0).astype("int64")
    # documents were read: when none of them can be analysed, nothing is written and the build already in the output
    # folder stays as it was (as in the local build)
    if fmt == "parquet":
        # the parts are written beside the build, and take the old parts' place only once some document was built
        staged = {name: out / f".{name}.new" for name in ("events.parquet", "documents.parquet")}
        for folder in staged.values():
            _remove_parts(folder)
        writes = [delayed(_write_events_part)(p, str(staged["events.parquet"]), i)
                  for i, p in enumerate(merged)]
        writes += [delayed(_write_documents_part)(p, str(staged["documents.parquet"]), i)
                   for i, p in enumerate(counted.to_delayed())]
        written, failed = compute(writes, messages.to_delayed())  # type: ignore[no-untyped-call]
        n_events = sum(written[: len(merged)])
        n_docs = sum(written[len(merged):])
        if n_docs or not read:
            for name, folder in staged.items():
                _remove_parts(out / name)
                (out / name).mkdir(parents=True, exist_ok=True)
                for part in sorted(folder.glob("part-*.parquet")):
                    os.replace(part, out / name / part.name)
        for folder in staged.values():
            _remove_parts(folder)
            if folder.is_dir():
                folder.rmdir()
    else:
        merged_parts, counted_frame, message_frame = compute(merged, counted, messages)  # type: ignore[no-untyped-call]
        failed = [list(message_frame["line"])]
        n_events, n_docs = 0, len(counted_frame)
        if n_docs or not read:
            n_events, n_docs = _write_json(out, pd.concat(merged_parts), counted_frame)
    lines = [str(m) for part in failed for m in (part["line"] if isinstance(part, pd.DataFrame) else part)]
    errors += [m for m in lines if m.startswith("error: ")]
    warnings += [m for m in lines if not m.startswith("error: ")]
    built = bool(n_docs or not read)
    return DaskBuildResult(n_docs, n_events, tuple(errors), tuple(warnings), written=built, analysis_failed=not built)


def _remove_parts(folder: Path) -> None:
    """Delete a Parquet folder's part files (and the temporary files of parts being written)."""
    if folder.is_dir():
        for old in [*folder.glob("part-*.parquet"), *folder.glob(".part-*.tmp")]:
            old.unlink()


def _write_json(out: Path, merged: pd.DataFrame, counted: pd.DataFrame) -> tuple[int, int]:
    from timeline.events import write_build

    events = [event_from_row(r) for r in merged["row"]]
    counted = counted.sort_values(["chunk", "position"])
    documents = [{"id": r.id, "title": r.title, "published": r.published if isinstance(r.published, str) else None,
                  "source": r.source, "url": r.url, "path": r.path,
                  "counts": {"sentences": int(r.sentences), "timexes": int(r.timexes), "events": int(r.events)}}
                 for r in counted.itertuples(index=False)]
    write_build(out, events, documents)
    return len(events), len(documents)
