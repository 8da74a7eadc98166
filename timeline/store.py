"""The corpus store: an embedded SQLite database (WAL mode) of documents and their events.

Each document is added in one transaction with its events, so a crash leaves it wholly in or wholly out; exact
duplicates (same text) are skipped; several processes may add at once (they wait for each other's write lock).
The seed articles are always there. Nothing here imports Streamlit.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

from timeline.corrections import Correction, CorrectionError, apply_corrections, check_correction, member_ids
from timeline.documents import load_documents
from timeline.events import event_from_dict, event_to_dict, events_for_document, merge_events
from timeline.model import Document, Event
from timeline.taxonomy import Taxonomy, default_taxonomy

ROOT = Path(__file__).resolve().parents[1]
# a store a checkout already has (data/timeline.sqlite next to pyproject.toml) keeps being the default there
CHECKOUT_DB = ROOT / "data" / "timeline.sqlite"
# the seed articles ship inside the package; seeds/ at the top of a checkout is the same file (a test compares them)
SEEDS = Path(__file__).resolve().parent / "resources" / "seeds"
SCHEMA_VERSION = 2  # 2: the corrections table
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    published TEXT,
    source TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    event_count INTEGER NOT NULL,
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (doc, id)
);
CREATE INDEX IF NOT EXISTS events_start ON events(start);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta(key, value) VALUES ('revision', '0');
CREATE TABLE IF NOT EXISTS corrections (
    event_id TEXT PRIMARY KEY,
    type TEXT,
    title TEXT,
    corrected_at TEXT NOT NULL
);
"""


class StoreError(Exception):
    """The store cannot be opened or written; the message names the file and the reason."""


@dataclass(frozen=True)
class AddResult:
    """What happened to one document: added (with its id and event count), or skipped as a duplicate."""

    doc_id: str
    added: bool
    events: int
    message: str


def default_path() -> Path:
    """$TIMELINE_DB; else data/timeline.sqlite in a checkout that already has one; else timeline.sqlite in the
    user's data directory (~/.local/share/timeline on Linux), never inside the installed code."""
    if os.environ.get("TIMELINE_DB"):
        return Path(os.environ["TIMELINE_DB"])
    if (ROOT / "pyproject.toml").is_file() and CHECKOUT_DB.is_file():
        return CHECKOUT_DB
    return platformdirs.user_data_path("timeline", appauthor=False) / "timeline.sqlite"


def content_hash(doc: Document) -> str:
    """The identity of a document's content: its text (and date, which changes what the text means)."""
    published = doc.published.isoformat() if doc.published else ""
    return hashlib.sha256(f"{published}\n{doc.text}".encode()).hexdigest()


class Store:
    """A connection to the store; use as a context manager or call close()."""

    def __init__(self, path: str | Path | None = None, seed: bool = True, create: bool = True) -> None:
        """Open the store at PATH (default_path()); a new one is made there, unless `create` is False: then a
        missing file is StoreError `PATH: no such store` and nothing is created (a command that only reads or
        removes, given a mistyped --db)."""
        self.path = Path(path) if path else default_path()
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no such store (check the path; `timeline add` makes a new one)")
        try:
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA busy_timeout=60000")
            # the dashboard opens the store on every rerun: an existing store needs no write to be opened
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0 and _foreign_tables(self.conn):  # another program's database: left untouched
                self.conn.close()
                raise StoreError(f"{self.path}: a SQLite database, but not a timeline store (no documents table)")
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            if version < SCHEMA_VERSION:
                with self.transaction():
                    for statement in SCHEMA.strip().split(";"):
                        if statement.strip():
                            self.conn.execute(statement)
                    self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from None
        if seed:
            self.ensure_seeds()

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so concurrent writers queue instead of failing."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def revision(self) -> int:
        """A number that changes with every write: the dashboard's cache key."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0]) if row else 0

    def ensure_seeds(self) -> None:
        """A new store starts with the seed articles; one the reader has trimmed is left as it is."""
        if not SEEDS.is_dir() or self.conn.execute("SELECT 1 FROM meta WHERE key = 'seeded'").fetchone():
            return
        with self.transaction() as conn:
            claimed = conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('seeded', '1')").rowcount
        if not claimed:
            return
        for doc in load_documents([SEEDS]).documents:
            if not self._has_hash(content_hash(doc)):
                self.add(doc)

    def _has_hash(self, digest: str) -> str | None:
        row = self.conn.execute("SELECT id FROM documents WHERE content_hash = ?", (digest,)).fetchone()
        return str(row[0]) if row else None

    def _free_id(self, wanted: str) -> str:
        doc_id, n = wanted, 1
        while self.has_document(doc_id):
            n += 1
            doc_id = f"{wanted}-{n}"
        return doc_id

    def has_document(self, doc_id: str) -> bool:
        """Whether a document has this id."""
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add(self, doc: Document, events: Sequence[Event] | None = None, taxonomy: Taxonomy | None = None) -> AddResult:
        """Add one document with its events in one transaction; an exact duplicate is skipped. A document whose id
        is taken is added as ID-2 (ID-3...) and its events keep their ids, made from the id it was analysed under (a
        correction survives adding the article again under another name), except an id another document's event
        has: two documents' events never share an id (_unshared)."""
        digest = content_hash(doc)
        if events is None:
            events = events_for_document(doc, taxonomy)
        try:
            with self.transaction() as conn:
                existing = self._has_hash(digest)
                if existing:
                    return AddResult(existing, False, 0, f"already in the store as {existing} (same text)")
                doc_id = self._free_id(doc.id)
                if doc_id != doc.id:
                    events = [_with_doc(e, doc_id) for e in events]
                events = self._unshared(doc.id, doc_id, events)
                conn.execute(
                    "INSERT INTO documents (id, title, published, source, url, path, text, content_hash, event_count,"
                    " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (doc_id, doc.title, doc.published.isoformat() if doc.published else None, doc.source, doc.url,
                     doc.path, doc.text, digest, len(events), datetime.now(UTC).isoformat(timespec="seconds")),
                )
                conn.executemany(
                    'INSERT INTO events (doc, id, start, "end", type, data) VALUES (?, ?, ?, ?, ?, ?)',
                    [(doc_id, e.id, e.start.isoformat(), e.end.isoformat(), e.type,
                      json.dumps(event_to_dict(e), ensure_ascii=False)) for e in events],
                )
                conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
                _bump_events_revision(conn)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot add {doc.id} ({exc})") from None
        return AddResult(doc_id, True, len(events), f"added as {doc_id} with {len(events)} events")

    def _unshared(self, analysed_as: str, doc_id: str, events: Sequence[Event]) -> list[Event]:
        """The events of a document about to be added as `doc_id`, each event whose id an event of another document
        has given a new one (made from the document's id and the old one).

        An event's id is made from its document's id (as analysed), its days and where it is told: two documents
        analysed as `a` (one added as a, one as a-2) have one id for an event told on the same days at the same place.
        Only documents whose id is `analysed_as` or starts with it and "-" can hold an id made from it: the events
        of the documents from `analysed_as` to `analysed_as` + "." ("." follows "-"), a range of the events' (doc,
        id) key, are looked at (a store of millions of events is not scanned)."""
        taken = {str(row[0]) for row in self.conn.execute(
            "SELECT id FROM events WHERE doc >= ? AND doc < ? AND doc != ?", (analysed_as, analysed_as + ".", doc_id))}
        if not taken.intersection(e.id for e in events):
            return list(events)
        used = taken | {e.id for e in events}
        unshared = []
        for event in events:
            if event.id in taken:
                new_id = event.id
                while new_id in used:
                    new_id = hashlib.sha1(f"{doc_id}|{new_id}".encode()).hexdigest()[:12]
                used.add(new_id)
                event = replace(event, id=new_id)
            unshared.append(event)
        return unshared

    def remove(self, doc_id: str) -> bool:
        """Remove a document and its events; False if there is no such document."""
        return self.remove_counted(doc_id) is not None

    def remove_counted(self, doc_id: str) -> int | None:
        """Remove a document and its events: the number of its events removed, None if there is no such document."""
        with self.transaction() as conn:
            events = conn.execute("DELETE FROM events WHERE doc = ?", (doc_id,)).rowcount  # before the cascade
            gone = conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount
            if gone:
                conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
                _bump_events_revision(conn)
        return events if gone else None

    def documents(self) -> list[dict[str, Any]]:
        """Every document (without its text), in the documents.json form, oldest addition first."""
        rows = self.conn.execute(
            "SELECT id, title, published, source, url, path, event_count, added_at FROM documents ORDER BY rowid"
        ).fetchall()
        return [{"id": r[0], "title": r[1], "published": r[2], "source": r[3], "url": r[4], "path": r[5],
                 "counts": {"events": r[6]}, "added_at": r[7]} for r in rows]

    def event_dicts(self) -> list[dict[str, Any]]:
        """Every event of every document, merged across documents, with the user's corrections applied, as
        events.json objects sorted by start."""
        rows = self.conn.execute('SELECT data FROM events ORDER BY start, "end", doc, id').fetchall()
        events = [event_from_dict(json.loads(r[0])) for r in rows]
        merged = merge_events(events)
        corrections = self.corrections()
        if corrections:
            merged = apply_corrections(merged, corrections, member_ids(events))
        return [event_to_dict(e) for e in merged]

    # ---- corrections by the user (timeline.corrections) ----

    def corrections(self) -> dict[str, Correction]:
        """Every correction, by event id; kept apart from the events, so removing or re-adding a document or
        rebuilding the store leaves them in place, and they apply again to the events with the same ids."""
        rows = self.conn.execute("SELECT event_id, type, title FROM corrections").fetchall()
        return {r[0]: Correction(r[0], r[1], r[2]) for r in rows}

    def has_event(self, event_id: str) -> bool:
        """Whether some document in the store has an event with this id."""
        return self.conn.execute("SELECT 1 FROM events WHERE id = ? LIMIT 1", (event_id,)).fetchone() is not None

    def set_correction(self, event_id: str, type: str | None = None, title: str | None = None,
                       taxonomy: Taxonomy | None = None) -> Correction:
        """Set the user's type and/or title of an event (None keeps what an earlier correction or the typer said);
        CorrectionError for an unknown event id, a type not in the taxonomy in use, or an empty title."""
        taxonomy = taxonomy or default_taxonomy()
        with self.transaction() as conn:
            if not self.has_event(event_id):
                raise CorrectionError(f"{event_id}: no such event in {self.path}")
            earlier = self.corrections().get(event_id, Correction(event_id))
            correction = check_correction(Correction(
                event_id,
                type if type is not None else earlier.type,
                title if title is not None else earlier.title,
            ), taxonomy)
            conn.execute(
                "INSERT INTO corrections (event_id, type, title, corrected_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(event_id) DO UPDATE SET type = excluded.type, title = excluded.title, "
                "corrected_at = excluded.corrected_at",
                (event_id, correction.type, correction.title, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
        return correction

    def clear_correction(self, event_id: str) -> bool:
        """Forget the user's correction of an event (the typer's type and title apply again); False if none."""
        with self.transaction() as conn:
            gone = conn.execute("DELETE FROM corrections WHERE event_id = ?", (event_id,)).rowcount
            if gone:
                conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
        return bool(gone)

    def check(self) -> list[str]:
        """Integrity problems: SQLite's own check, and documents whose events are not all there."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        partial = self.conn.execute(
            "SELECT d.id FROM documents d LEFT JOIN events e ON e.doc = d.id GROUP BY d.id "
            "HAVING COUNT(e.id) != d.event_count"
        ).fetchall()
        problems += [f"document {r[0]} has not all its events" for r in partial]
        orphans = self.conn.execute("SELECT COUNT(*) FROM events WHERE doc NOT IN (SELECT id FROM documents)")
        count = orphans.fetchone()[0]
        if count:
            problems.append(f"{count} events belong to no document")
        return problems


def _foreign_tables(conn: sqlite3.Connection) -> bool:
    """Whether a database not yet made a store (user_version 0) holds tables, none of them the store's documents:
    another program's file, which the store's schema must not be written into."""
    names = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return bool(names) and "documents" not in names


def _bump_events_revision(conn: sqlite3.Connection) -> None:
    # the revision of the events alone (corrections leave it): the merged view (timeline.store_view) is written
    # again when it changes, and only then
    conn.execute("INSERT INTO meta(key, value) VALUES ('events_revision', '1') "
                 "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")
    # which store this is: a store deleted and made again counts its revisions from 1 again, and must not be shown
    # with the view of the one before
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('uid', ?)", (os.urandom(8).hex(),))


def _with_doc(event: Event, doc_id: str) -> Event:
    return replace(event, doc=doc_id, sources=(doc_id,),
                   mentions=tuple(replace(m, doc=doc_id) for m in event.mentions))
