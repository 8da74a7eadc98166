"""The store's events merged across documents, written once per change of the store into a file of plain columns.

The store keeps each document's events as they were added (JSON, one row an event), so that `add` stays linear;
the merge across documents (same start, end and type, titles that agree) is worked out here, once after the
store's events changed, into a second SQLite file next to the store (`STORE-merged`, or in the system's temporary
folder when the store's folder cannot be written):

- `merged`: one row per merged event, its fields as plain indexed columns (start, end, type, approximate, title,
  document count, ...); `data` holds the merged event's JSON only where the merge changed it (else the store's row
  is the event, read by doc and id when one event is asked for whole);
- `members`: for the events that absorbed others, the absorbed ids in merge order (a correction of any of them
  applies to the merged event, as in the in-memory store);
- `summary`: the counts per (start, type, approximate), with each group's smallest id and last end: the overview's
  counts, bounds and bins without a search or a document filter come from it; `monthly`: the same per month, for
  the overview of the whole span (bins of a month or more);
- `words`: a full-text index (SQLite FTS5, contentless, no positions) of each event's title, sentence and context,
  for the search's words (timeline.search) by prefix;
- `meta`: the store's events stamp it was made from, and the format version.

The file is written to a temporary name and renamed, so a reader sees a whole file or the previous one, and never
changed afterwards. The user's corrections by hand are not in it (they change often and are few): the query layer
applies them when it opens the file. Nothing here imports Streamlit.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.search import search_words

if TYPE_CHECKING:
    from timeline.model import Event

VIEW_VERSION = 4  # 2: the summary; 3: monthly; 4: a dotted capital I indexed as I
SUFFIX = "-merged"
# the plain columns of a merged event, as the query layer's ROW_FIELDS name them (sources is JSON text)
COLUMNS = ("id", "doc", "doc_title", "start", "end", "granularity", "value", "approximate", "expression", "sentence",
           "context", "title", "type", "rule", "sources", "second_type", "confidence")
_FROM_JSON = ("doc_title", "granularity", "value", "expression", "sentence", "context", "title", "rule",
              "second_type", "confidence")
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE merged (
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL, doc TEXT NOT NULL, doc_title TEXT, start TEXT NOT NULL,
    "end" TEXT NOT NULL, granularity TEXT, value TEXT, approximate INTEGER NOT NULL, expression TEXT, sentence TEXT,
    context TEXT, title TEXT, type TEXT NOT NULL, rule TEXT, sources TEXT NOT NULL, second_type TEXT, confidence REAL,
    documents INTEGER NOT NULL, data TEXT
);
CREATE TABLE members (doc TEXT NOT NULL, id TEXT NOT NULL, member TEXT NOT NULL, pos INTEGER NOT NULL);
CREATE VIRTUAL TABLE words USING fts5(text, content='', detail=none, tokenize='unicode61 remove_diacritics 0');
"""
# the indexes cover what the page asks: the overview, date filters and pages in date order read the first; a type
# filter the second; one event, a bin's example title, a document filter and a page sorted by title the others
INDEXES = """
CREATE INDEX merged_dates ON merged(start, "end", type, approximate, id);
CREATE INDEX merged_types ON merged(type, approximate, start, "end", id);
CREATE INDEX merged_id ON merged(id);
CREATE INDEX merged_doc ON merged(doc);
CREATE INDEX merged_title ON merged(title, start, "end", id);
CREATE INDEX members_member ON members(member);
"""
SUMMARY = ('CREATE TABLE summary AS SELECT start, type, approximate, COUNT(*) AS n, MIN(id) AS first_id, '
           'MAX("end") AS "end" FROM merged GROUP BY start, type, approximate')
# the same per month: its start is the group's first start, so bins of a month or more, counts and bounds are exact
MONTHLY = ('CREATE TABLE monthly AS SELECT MIN(start) AS start, type, approximate, SUM(n) AS n, MIN(first_id) AS '
           'first_id, MAX("end") AS "end" FROM summary GROUP BY substr(start, 1, 7), type, approximate')


def sqlite_uri(path: Path | str, read_only: bool = True) -> str:
    """A SQLite URI for a file path: escaped, so that '%', '#' or '?' in a folder name stay part of the name."""
    return Path(path).absolute().as_uri() + ("?mode=ro" if read_only else "")


def view_path(store: Path) -> Path:
    """Where the merged view of a store lives: next to it, or in the temporary folder if that cannot be written."""
    beside = store.with_name(store.name + SUFFIX)
    if os.access(store.parent, os.W_OK) and (not beside.exists() or os.access(beside, os.W_OK)):
        return beside
    digest = hashlib.sha256(str(store.resolve()).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"timeline-{digest}{SUFFIX}"


def events_stamp(conn: sqlite3.Connection, schema: str = "main") -> str:
    """What identifies the store's events (not its corrections): the events revision `add` and `remove` bump; a
    store written before there was one falls back to its revision (which corrections bump too)."""
    rows = dict(conn.execute(
        f"SELECT key, value FROM {schema}.meta WHERE key IN ('events_revision', 'revision', 'uid')"))
    if "events_revision" in rows:
        return f"events {rows['events_revision']}" + (f" of {rows['uid']}" if "uid" in rows else "")
    return f"revision {rows.get('revision', '0')}"


def view_stamp(path: Path) -> str | None:
    """The events stamp a view file was made from; None if it is missing, unreadable or of another version."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta"))
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if meta.get("version") != str(VIEW_VERSION):
        return None
    return meta.get("stamp")


def _shared_groups(conn: sqlite3.Connection, batch: int = 2000) -> Iterator[list[Event]]:
    """The events of every (start, end, type) that several documents hold, each group by document and id: the
    groups' row ids in one GROUP BY, then their events read by row id, many groups a query (a query per group
    costs more than the rest of the merge; a join of the events with the grouped keys runs quadratically)."""
    from timeline.events import event_from_dict

    groups = [[int(i) for i in str(r[0]).split(",")] for r in conn.execute(
        'SELECT group_concat(rowid) FROM st.events GROUP BY start, "end", type HAVING COUNT(DISTINCT doc) > 1')]
    for first in range(0, len(groups), batch):
        chunk = groups[first: first + batch]
        wanted = [i for group in chunk for i in group]
        rows: dict[int, tuple[str, str, str]] = {}
        for i in range(0, len(wanted), 500):
            part = wanted[i: i + 500]
            rows.update((int(r[0]), (str(r[1]), str(r[2]), str(r[3]))) for r in conn.execute(
                f"SELECT rowid, doc, id, data FROM st.events WHERE rowid IN ({', '.join('?' for _ in part)})", part))
        for group in chunk:
            found = sorted(rows[i] for i in group if i in rows)
            yield [event_from_dict(json.loads(data)) for _, _, data in found]


def _merged_groups(conn: sqlite3.Connection) -> Iterator[tuple[list[tuple[str, str, str | None]],
                                                               list[tuple[str, str, str, int]]]]:
    """For each (start, end, type) that several documents hold: how merging changes its events (doc, id, merged
    JSON or None when absorbed), and which ids each survivor absorbed (doc, id, absorbed id, order)."""
    # imported here: the event builder is not needed to read a view that is already written
    from timeline.corrections import member_ids
    from timeline.events import event_to_dict, merge_events

    for group in _shared_groups(conn):
        members = member_ids(group)
        merged = merge_events(group)
        kept = {(e.doc, e.id): e for e in merged}
        fixes: list[tuple[str, str, str | None]] = []
        absorbed: list[tuple[str, str, str, int]] = []
        for event in group:
            survivor = kept.get((event.doc, event.id))
            if survivor is None:
                fixes.append((event.doc, event.id, None))
            elif survivor != event:
                fixes.append((event.doc, event.id, json.dumps(event_to_dict(survivor), ensure_ascii=False)))
                ids = [members[key] for m in survivor.mentions if (key := (m.doc, m.char_start)) in members]
                absorbed += [(survivor.doc, survivor.id, member, pos) for pos, member in enumerate(
                    dict.fromkeys(i for i in ids if i != survivor.id))]
        yield fixes, absorbed


def write_view(store: Path, out: Path) -> str:
    """Write the merged view of `store` to `out` (through a temporary file renamed at the end); its stamp."""
    _remove_orphans(out)
    # a name of its own (process, thread and a random part): two sessions of one server may write at once
    temp = out.with_name(f".{out.name}.{os.getpid()}.{threading.get_ident()}.{os.urandom(4).hex()}.tmp")
    conn = sqlite3.connect(sqlite_uri(temp, read_only=False), uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA temp_store=MEMORY")
        conn.execute("PRAGMA cache_size=-262144")  # 256 MB for the index sorts
        conn.execute("ATTACH ? AS st", (sqlite_uri(store),))
        conn.executescript(SCHEMA)
        conn.execute("CREATE TEMP TABLE fix (doc TEXT NOT NULL, id TEXT NOT NULL, data TEXT, PRIMARY KEY (doc, id))")
        conn.execute("BEGIN")  # one read snapshot of the store for the stamp, the merge and the copy
        stamp = events_stamp(conn, "st")
        for fixes, absorbed in _merged_groups(conn):
            conn.executemany("INSERT INTO temp.fix (doc, id, data) VALUES (?, ?, ?)", fixes)
            conn.executemany("INSERT INTO members (doc, id, member, pos) VALUES (?, ?, ?, ?)", absorbed)
        fields = ", ".join(f"d ->> '$.{k}'" for k in _FROM_JSON)
        conn.execute(
            f'INSERT INTO merged (id, doc, start, "end", type, {", ".join(_FROM_JSON)}, approximate, sources, '
            f"documents, data) SELECT id, doc, start, \"end\", type, {fields}, COALESCE(d ->> '$.approximate', 0), "
            "COALESCE(d -> '$.sources', '[]'), COALESCE(json_array_length(d, '$.sources'), 0), fixed FROM ("
            'SELECT e.id, e.doc, e.start, e."end", e.type, COALESCE(f.data, e.data) AS d, f.data AS fixed '
            "FROM st.events e LEFT JOIN temp.fix f ON f.doc = e.doc AND f.id = e.id "
            'WHERE f.doc IS NULL OR f.data IS NOT NULL)')
        # the index's tokenizer keeps a dotted capital I as it is; the search folds it to "i" (timeline.search.fold)
        conn.execute("INSERT INTO words (rowid, text) SELECT rid, replace(COALESCE(title, '') || ' ' || "
                     "COALESCE(sentence, '') || ' ' || COALESCE(context, ''), 'İ', 'I') FROM merged")
        conn.execute("INSERT INTO words (words) VALUES ('optimize')")
        for statement in INDEXES.strip().splitlines():
            conn.execute(statement)
        conn.execute(SUMMARY)
        conn.execute(MONTHLY)
        conn.execute("PRAGMA analysis_limit = 1000")
        conn.execute("ANALYZE main")
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                         [("version", str(VIEW_VERSION)), ("stamp", stamp), ("store", str(store))])
        conn.execute("COMMIT")
        conn.execute("DETACH st")
    except BaseException:
        conn.close()
        temp.unlink(missing_ok=True)
        raise
    conn.close()
    if _newer(view_stamp(out), stamp):
        temp.unlink(missing_ok=True)  # a writer that started later has put a view of newer events there
    else:
        os.replace(temp, out)
    return stamp


def _newer(found: str | None, stamp: str) -> bool:
    """Whether view stamp `found` is of later events of the same store than `stamp`."""
    if found is None:
        return False
    a, b = found.split(" ", 2), stamp.split(" ", 2)
    return a[0] == b[0] == "events" and a[2:] == b[2:] and a[1].isdigit() and b[1].isdigit() and int(a[1]) > int(b[1])


def _remove_orphans(out: Path) -> None:
    """Temporary views left by a writer that was killed (its process is gone): they can be as large as the view."""
    head = f".{out.name}."
    try:
        names = [n for n in os.listdir(out.parent) if n.startswith(head) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        temp, pid = out.parent / name, name[len(head):].split(".")[0]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            temp.unlink(missing_ok=True)
        except OSError:
            pass  # another user's process: alive, or not ours to judge


def store_stamp(store: Path) -> str:
    """The events stamp of the store now."""
    conn = sqlite3.connect(sqlite_uri(store), uri=True)
    try:
        return events_stamp(conn)
    finally:
        conn.close()


def fresh_view(store: Path) -> Path:
    """The path of a merged view of `store` that matches its events now, written first if there is none. Asked
    again after writing: events added meanwhile, or another writer's older view renamed over it, mean one more."""
    out = view_path(store)
    for _ in range(3):
        if view_stamp(out) == store_stamp(store):
            break
        write_view(store, out)
    return out


def fts_query(text: str) -> str:
    """The FTS5 query for a search text: every word, each as the prefix of a word (its words are letters and
    digits only, so quoting them is enough)."""
    return " AND ".join(f'"{word}"*' for word in search_words(text))
