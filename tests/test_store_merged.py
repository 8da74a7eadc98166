"""The merge across documents in the query backend over the store (worked out when it is opened, each shared
key's events read through the index on start): after any sequence of adds and removes it shows what the in-memory
store shows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.model import Document
from timeline.query import MemorySource, StoreSource
from timeline.store import Store
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


def _memory(path: Path) -> MemorySource:
    with Store(path, seed=False) as store:
        return MemorySource(events_frame(store.event_dicts()), store.documents())


@pytest.mark.parametrize(("name", "steps"), STEPS, ids=[s[0] for s in STEPS])
def test_the_backend_merges_as_the_store_does(tmp_path: Path, name: str, steps: list[str]) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path, seed=False) as store:
        for step in steps:
            if step[0] == "+":
                assert store.add(_doc(step[1:])).added
            else:
                assert store.remove(step[1:])
    source, memory = StoreSource(path), _memory(path)
    assert source.total() == memory.total()
    for filters in (Filters(), Filters(text="raided"), Filters(types=("economy",))):
        assert source.events(filters, limit=1000) == memory.events(filters, limit=1000)
    source.close()


def test_merges_happen_in_the_data(tmp_path: Path) -> None:
    # the table above would prove little if nothing merged: several articles tell the raid, the strike, the storm
    path = tmp_path / "s.sqlite"
    with Store(path, seed=False) as store:
        for doc_id in "abcde":
            store.add(_doc(doc_id))
        stored = store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert StoreSource(path).total() <= stored - 2
