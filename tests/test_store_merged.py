"""The merge across documents kept in the store (table merged): after any sequence of adds and removes it is what
working the merge out afresh gives, and the query backend over it shows what the in-memory store shows."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from timeline.model import Document
from timeline.query import MemorySource, StoreSource
from timeline.store import Store, remerge_all
from timeline.timeline_data import Filters, events_frame

# articles written for this test: several tell the same dated events in other words
ARTICLES = {
    "a": "Police raided a flat in the north of the city on Tuesday, March 26, 2024. The mayor quit on March 1, 2024.",
    "b": "On March 26, 2024, police raided a flat in the city's north. Rail workers will strike on April 3, 2024.",
    "c": "Police raided a second flat on March 26, 2024, officials said. The mayor quit on March 1, 2024.",
    "d": "Rail workers will strike on April 3, 2024, the union said. A storm hit the coast on March 20, 2024.",
    "e": "A storm hit the coast on March 20, 2024, cutting power to thousands of homes.",
}
STEPS = [
    ("add all", ["+a", "+b", "+c", "+d", "+e"]),
    ("add then remove the middle one", ["+a", "+b", "+c", "-b"]),
    ("remove the first teller", ["+a", "+c", "-a", "+e"]),
    ("remove everything that shared a key", ["+d", "+e", "-d", "-e", "+b"]),
    ("remove and add back", ["+a", "+b", "-a", "+a"]),
    ("added in reverse order (each key merged afresh)", ["+e", "+d", "+c", "+b", "+a"]),
    ("added in order (merged into the survivors)", ["+a", "+b", "+c", "+d", "+e"]),
    ("mixed order", ["+c", "+a", "+e", "+b", "+d", "-c", "+c"]),
]


def _doc(doc_id: str) -> Document:
    return Document(doc_id, ARTICLES[doc_id], date(2024, 3, 28), title=f"Article {doc_id}")


def _merged(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return sorted(conn.execute('SELECT doc, id, start, "end", type, data FROM merged').fetchall(),
                  key=lambda r: (str(r[0]), str(r[1])))


def _memory(path: Path) -> MemorySource:
    with Store(path, seed=False) as store:
        return MemorySource(events_frame(store.event_dicts()), store.documents())


def _check(path: Path) -> None:
    with Store(path, seed=False) as store:
        kept = _merged(store.conn)
        store.conn.execute("BEGIN")
        remerge_all(store.conn)
        afresh = _merged(store.conn)
        store.conn.execute("ROLLBACK")
    assert kept == afresh
    source, memory = StoreSource(path), _memory(path)
    assert source.total() == memory.total()
    assert source.events(Filters(), limit=1000) == memory.events(Filters(), limit=1000)
    source.close()


@pytest.mark.parametrize(("name", "steps"), STEPS, ids=[s[0] for s in STEPS])
def test_the_kept_merge_is_the_merge_afresh(tmp_path: Path, name: str, steps: list[str]) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path, seed=False) as store:
        for step in steps:
            if step[0] == "+":
                assert store.add(_doc(step[1:])).added
            else:
                assert store.remove(step[1:])
    _check(path)


def test_merges_happen_in_the_data() -> None:
    # the table above would prove little if nothing merged: two articles tell the raid, two the strike
    with Store(":memory:", seed=False) as store:
        for doc_id in "abcde":
            store.add(_doc(doc_id))
        absorbed = store.conn.execute("SELECT COUNT(*) FROM merged WHERE data IS NULL").fetchone()[0]
        assert absorbed >= 2


def test_a_store_of_the_second_schema(tmp_path: Path) -> None:
    """Read-only, the backend works the merge out itself; opened for writing, the store fills the table once."""
    path = tmp_path / "old.sqlite"
    with Store(path, seed=False) as store:
        for doc_id in "abcde":
            store.add(_doc(doc_id))
        expected = _merged(store.conn)
    memory = _memory(path)
    with sqlite3.connect(path) as conn:  # as a store written before the merge was kept
        conn.execute("DROP TABLE merged")
        conn.execute("PRAGMA user_version = 2")
    source = StoreSource(path)
    assert source.events(Filters(), limit=1000) == memory.events(Filters(), limit=1000)
    source.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'merged'").fetchone() is None
    with Store(path, seed=False) as store:
        assert _merged(store.conn) == expected
