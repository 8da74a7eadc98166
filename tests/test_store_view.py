"""The store's merged view (timeline.store_view) answers as the in-memory store does: with the user's corrections
by hand (of a merged event's own id, of an event it absorbed, of an event no other document tells), and after each
kind of change of the store, which writes the view again only when the events changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.test_store_merged import ARTICLES as MERGE_ARTICLES
from timeline.model import Document
from timeline.query import MemorySource, StoreSource
from timeline.store import Store
from timeline.store_view import fts_query, view_path, view_stamp
from timeline.timeline_data import Filters, events_frame

# the merge tests' articles (several tell the same dated events in other words) and one no other tells
ARTICLES = {
    **MERGE_ARTICLES,
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


@pytest.mark.parametrize("folder", ["plain", "rate%41 off", "issue #4", "what?", "Zürich ü"])
def test_a_store_in_a_folder_with_uri_characters(tmp_path: Path, folder: str) -> None:
    path = tmp_path / folder / "s.sqlite"
    with Store(path, seed=False) as store:
        for doc_id in "ab":
            store.add(_doc(doc_id))
    _assert_same(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # nothing made where the name was cut


def test_a_store_made_again_is_not_shown_with_the_old_view(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path, seed=False) as store:
        store.add(_doc("a"))
    StoreSource(path)  # the view of the first store is written
    for name in ("s.sqlite", "s.sqlite-wal", "s.sqlite-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    with Store(path, seed=False) as store:
        store.add(_doc("f"))  # the same number of additions: its events revision is the same
    _assert_same(path)
    assert {e["title"] for e in StoreSource(path).events(Filters(), 100).rows} == {
        e["title"] for e in _memory(path).events(Filters(), 100).rows}


@pytest.mark.parametrize(("found", "stamp", "newer"), [
    ("events 5 of ab12", "events 4 of ab12", True),  # a later writer's view: kept
    ("events 4 of ab12", "events 5 of ab12", False),
    ("events 4 of ab12", "events 4 of ab12", False),
    ("events 9 of ab12", "events 4 of cd34", False),  # another store's: replaced
    ("events 9", "events 4", True),  # a store from before the uid
    ("revision 9", "events 4", False),
    (None, "events 4", False),
])
def test_a_view_of_later_events_is_not_replaced_by_an_older_one(found: str | None, stamp: str, newer: bool) -> None:
    from timeline.store_view import _newer

    assert _newer(found, stamp) is newer


def test_a_killed_writers_temporary_view_is_removed(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "s.sqlite"
    with Store(path, seed=False) as store:
        store.add(_doc("a"))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    out = view_path(path)
    orphan = out.with_name(f".{out.name}.{gone.stdout.strip()}.1.ab.tmp")
    alive = out.with_name(f".{out.name}.{__import__('os').getpid()}.1.cd.tmp")  # this process: still writing
    orphan.write_bytes(b"x" * 1000)
    alive.write_bytes(b"y")
    StoreSource(path)
    assert not orphan.exists() and alive.exists()
    assert view_stamp(out) is not None
