"""The store's merged view (timeline.store_view) answers as the in-memory store does: with the user's corrections
by hand (of a merged event's own id, of an event it absorbed, of an event no other document tells), and after each
kind of change of the store, which writes the view again only when the events changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.model import Document
from timeline.query import MemorySource, StoreSource
from timeline.store import Store
from timeline.store_view import fts_query, view_path, view_stamp
from timeline.timeline_data import Filters, events_frame

# articles written for this test: several tell the same dated events in other words
ARTICLES = {
    "a": "Police raided a flat in the north of the city on Tuesday, March 26, 2024. The mayor quit on March 1, 2024.",
    "b": "On March 26, 2024, police raided a flat in the city's north. Rail workers will strike on April 3, 2024.",
    "c": "Police raided a second flat on March 26, 2024, officials said. The mayor quit on March 1, 2024.",
    "d": "Rail workers will strike on April 3, 2024, the union said. A storm hit the coast on March 20, 2024.",
    "e": "A storm hit the coast on March 20, 2024, cutting power to thousands of homes.",
    "f": "The town museum reopened on February 12, 2024, after two years of repairs to its roof.",
}
FILTERS = [Filters(), Filters(types=("justice",)), Filters(text="kettle"), Filters(text="raided"),
           Filters(text="ferry"), Filters(types=("justice", "politics"), text="the"),
           Filters(date_from=date(2024, 3, 21)), Filters(date_to=date(2024, 3, 25)),
           Filters(types=("justice",), date_from=date(2024, 3, 2), date_to=date(2024, 3, 26)),
           Filters(date_from=date(1990, 1, 1), date_to=date(2090, 1, 1)), Filters(include_approximate=False),
           Filters(documents=("a", "c"))]


def _doc(doc_id: str) -> Document:
    return Document(doc_id, ARTICLES[doc_id], date(2024, 3, 28), title=f"Article {doc_id}")


def _memory(path: Path) -> MemorySource:
    with Store(path, seed=False) as store:
        return MemorySource(events_frame(store.event_dicts()), store.documents())


def _assert_same(path: Path) -> None:
    source, memory = StoreSource(path), _memory(path)
    try:
        assert source.total() == memory.total()
        for filters in FILTERS:
            assert source.type_counts(filters) == memory.type_counts(filters)
            for unit in (None, "day", "week", "month", "year"):
                assert source.bins(filters, unit) == memory.bins(filters, unit)
            assert source.bounds(filters) == memory.bounds(filters)
            for sort in ("start", "title", "type"):
                assert source.events(filters, 1000, 0, sort) == memory.events(filters, 1000, 0, sort)
        with Store(path, seed=False) as store:
            expected = store.event_dicts()
        fields = ("type", "title", "corrected", "original_type", "original_title", "sources", "mentions")
        for event in expected:
            full = source.event(event["id"])
            assert full is not None
            assert {k: full.get(k) for k in fields} == {k: event.get(k) for k in fields}
    finally:
        source.close()


def _merged_ids(path: Path) -> tuple[str, str, str]:
    """The raid's merged event (told by three articles): its own id and an id it absorbed; and the id of an event
    one article alone tells."""
    with Store(path, seed=False) as store:
        merged = next(e for e in store.event_dicts() if len(e["sources"]) > 1 and "raid" in e["title"].lower())
        alone = next(e for e in store.event_dicts() if len(e["sources"]) == 1)
        absorbed = store.conn.execute(
            'SELECT id FROM events WHERE start = ? AND "end" = ? AND type = ? AND NOT (doc = ? AND id = ?) '
            "ORDER BY doc LIMIT 1", (merged["start"], merged["end"], merged["type"], merged["doc"], merged["id"]),
        ).fetchone()[0]
    return merged["id"], absorbed, alone["id"]


# (name, [(which event: own / absorbed / alone, type, title)]); each row's corrections are made in order
CORRECTIONS = [
    ("the merged event's own id, a type", [("own", "justice", None)]),
    ("an id it absorbed, a type and a title", [("absorbed", "justice", "Kettle stolen from a flat")]),
    ("an event one article tells, a title", [("alone", None, "Ferry timetable changed")]),
    ("its own id wins over an absorbed one", [("absorbed", "politics", "Ferry raid"),
                                             ("own", "justice", "Kettle raid")]),
    ("several at once", [("own", "justice", None), ("alone", "justice", "Kettle found")]),
]


@pytest.mark.parametrize(("name", "corrections"), CORRECTIONS, ids=[c[0] for c in CORRECTIONS])
def test_corrections_show_as_in_memory(tmp_path: Path, name: str,
                                       corrections: list[tuple[str, str | None, str | None]]) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path, seed=False) as store:
        for doc_id in "abcdef":
            store.add(_doc(doc_id))
    own, absorbed, alone = _merged_ids(path)
    assert own != absorbed  # the table proves little if the raid were not merged
    before = StoreSource(path)
    counts_before = [before.type_counts(f) for f in FILTERS]
    before.close()
    with Store(path, seed=False) as store:
        for which, kind, title in corrections:
            store.set_correction({"own": own, "absorbed": absorbed, "alone": alone}[which], kind, title)
    _assert_same(path)
    after = StoreSource(path)
    assert [after.type_counts(f) for f in FILTERS] != counts_before  # the corrections changed what is shown
    after.close()


# (name, what is done to a store holding a, b and c, whether the view's file is written again)
CHANGES = [
    ("add a document", lambda s: s.add(_doc("d")), True),
    ("remove a document", lambda s: s.remove("b"), True),
    ("add a duplicate (skipped)", lambda s: s.add(_doc("a")), False),
    ("remove a document that is not there", lambda s: s.remove("zz"), False),
    ("correct a type", lambda s: s.set_correction(s.event_dicts()[0]["id"], "justice"), False),
    ("correct, then forget the correction", lambda s: (s.set_correction(s.event_dicts()[0]["id"], title="Kettle"),
                                                       s.clear_correction(s.event_dicts()[0]["id"])), False),
]


@pytest.mark.parametrize(("name", "change", "rewritten"), CHANGES, ids=[c[0] for c in CHANGES])
def test_the_view_is_written_again_only_when_the_events_change(tmp_path: Path, name: str, change: object,
                                                               rewritten: bool) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path, seed=False) as store:
        for doc_id in "abc":
            store.add(_doc(doc_id))
    StoreSource(path).close()
    view = view_path(path)
    stamp, inode = view_stamp(view), view.stat().st_ino
    assert stamp is not None
    with Store(path, seed=False) as store:
        change(store)  # type: ignore[operator]
    _assert_same(path)
    assert (view_stamp(view) != stamp) == rewritten
    assert (view.stat().st_ino != inode) == rewritten


@pytest.mark.parametrize(("text", "query"), [
    ("harb rail", '"harb"* AND "rail"*'),
    ("Zürich, 50%", '"zürich"* AND "50"*'),
    ("%!", ""),
])
def test_the_word_index_query(text: str, query: str) -> None:
    assert fts_query(text) == query


@pytest.mark.parametrize("documents", ["", "f", "ab"], ids=["no documents", "one document", "two telling one raid"])
def test_small_stores(tmp_path: Path, documents: str) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path, seed=False) as store:
        for doc_id in documents:
            store.add(_doc(doc_id))
    _assert_same(path)
