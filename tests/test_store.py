"""The corpus store: one transaction per document, duplicates skipped, seeds present, integrity after a crash,
and concurrent writers."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from timeline.ingest import add_pasted, add_upload, front_matter_fields
from timeline.model import Document
from timeline.store import Store, content_hash

ROOT = Path(__file__).resolve().parents[1]


def doc(doc_id: str, text: str, published: date | None = date(2024, 3, 28)) -> Document:
    return Document(doc_id, text, published, title=doc_id)


def test_new_store_has_the_seeds(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        assert [d["id"] for d in store.documents()] == ["paris-olympics-security"]
        events = store.event_dicts()
        assert len(events) == len(json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8")))
        assert store.check() == []


def test_add_skip_duplicate_rename_and_remove(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite", seed=False) as store:
        first = store.add(doc("a", "The council met on Monday."))
        assert first.added and first.events == 1
        again = store.add(doc("other-name", "The council met on Monday."))
        assert not again.added and "already in the store as a" in again.message
        same_name = store.add(doc("a", "The council met again on Tuesday."))
        assert same_name.added and same_name.doc_id == "a-2"
        assert {e["doc"] for e in store.event_dicts()} == {"a", "a-2"}
        revision = store.revision()
        assert store.remove("a") and not store.remove("a")
        assert store.revision() == revision + 1
        assert [d["id"] for d in store.documents()] == ["a-2"]
        assert store.check() == []


def test_the_same_text_with_another_date_is_another_document() -> None:
    assert content_hash(doc("a", "On Monday.", date(2024, 1, 1))) != content_hash(doc("a", "On Monday.", None))


def test_events_are_merged_across_documents_when_loaded(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite", seed=False) as store:
        store.add(doc("a", "Four gunmen stormed the Crocus City Hall concert venue on March 22, 2024."))
        store.add(doc("b", "On March 22, 2024, gunmen stormed the Crocus City Hall venue near Moscow."))
        events = store.event_dicts()
        assert len(events) == 1 and sorted(events[0]["sources"]) == ["a", "b"]


def test_unopenable_store_is_one_clear_error(tmp_path: Path) -> None:
    from timeline.store import StoreError

    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"this is not a database, just text" * 100)
    with pytest.raises(StoreError, match="not-a-db.sqlite: cannot open the store"):
        Store(bad)


@pytest.mark.parametrize(
    "name, data, level, words",
    [
        ("a.txt", b"---\ntitle: A\npublished: 2024-03-28\n---\nThe council met on Monday.", "success", "added"),
        ("e.txt", b"", "error", "e.txt: the file is empty"),
        ("b.bin", bytes(range(256)) * 8, "error", "binary"),
        ("w.json", b'{"headline": "x"}', "error", "unknown fields headline"),
        ("d.txt", b"---\npublished: 2024-02-30\n---\nx", "error", "does not exist"),
        ("big.txt", b"x" * (5 * 1024 * 1024 + 10), "error", "limit is 5 MB"),
    ],
)
def test_uploads(tmp_path: Path, name: str, data: bytes, level: str, words: str) -> None:
    with Store(tmp_path / "s.sqlite", seed=False) as store:
        messages = add_upload(store, name, data)
        assert messages[0].level == level and words in messages[0].text
        if level == "error":
            assert messages[0].text.startswith(f"error: {name}") and "\n" not in messages[0].text


GOOD_LINE = b'{"id": "g1", "text": "The council met on Monday.", "published": "2024-03-28"}'
OTHER_LINE = b'{"id": "g2", "text": "The river rose on Friday.", "published": "2024-03-28"}'


@pytest.mark.parametrize(
    "data, errors, added",
    [
        (GOOD_LINE + b"\n" + b'{"id": "x", "text": ' + b"\n" + OTHER_LINE + b"\n", ["j.jsonl:2: "], ["g1", "g2"]),
        (b"not json\n" + GOOD_LINE + b"\n", ["j.jsonl:1: "], ["g1"]),
        (GOOD_LINE + b"\n" + b'{"id": "n", "text": "a\x00b"}\n', ["j.jsonl:2: "], ["g1"]),
        (GOOD_LINE + b"\n" + OTHER_LINE, [], ["g1", "g2"]),
        (b"[1, 2]\n{}\n", ["j.jsonl:1: ", "j.jsonl:2: "], []),
    ],
)
def test_upload_of_a_feed_keeps_its_good_lines(
    tmp_path: Path, data: bytes, errors: list[str], added: list[str]
) -> None:
    """A bad line of an uploaded .jsonl is one error naming the line; the other lines are added (as `build` and
    `add` do), and a title typed for the upload is not given to the one good line of a feed."""
    with Store(tmp_path / "s.sqlite", seed=False) as store:
        messages = add_upload(store, "j.jsonl", data, title="Typed title")
        found = [m.text for m in messages if m.level == "error"]
        for text, prefix in zip(found, errors, strict=True):
            assert text.startswith(f"error: {prefix}") and "\n" not in text
        assert sorted(d["id"] for d in store.documents()) == added
        assert all(d["title"] != "Typed title" for d in store.documents()) or not errors


def test_pasted_text_title_and_date_fields_win(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite", seed=False) as store:
        messages = add_pasted(store, "---\ntitle: Old\n---\nThe council met on Monday.", "New", date(2024, 3, 28))
        assert messages[0].level == "success"
        [stored] = store.documents()
        assert stored["title"] == "New" and stored["published"] == "2024-03-28"
        assert store.event_dicts()[0]["start"] == "2024-03-25"
    assert front_matter_fields("---\ntitle: T\npublished: 2024-02-30\n---\nx") == ("T", None)


def _write_articles(folder: Path, count: int, offset: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    body = ("The council met on Monday and approved the budget. Floods hit the north on March 3, 2023. "
            "Talks resumed last week after a two-year pause. ") * 6
    for i in range(count):
        (folder / f"a{offset + i:05d}.txt").write_text(
            f"---\ntitle: Article {offset + i}\npublished: 2024-03-{1 + i % 28:02d}\n---\nArticle number {offset + i}. "
            + body, encoding="utf-8")


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_killed_in_the_middle_of_adding_1000_documents(tmp_path: Path) -> None:
    """Every document is either wholly in (with all its events) or not at all; the database checks out."""
    _write_articles(tmp_path / "in", 1000)
    db = tmp_path / "s.sqlite"
    process = subprocess.Popen([sys.executable, "-m", "timeline", "add", str(tmp_path / "in"), "--db", str(db),
                                "--jobs", "1"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db) < 60 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with Store(db, seed=False) as store:
        added = len(store.documents())
        assert 1 < added < 1001, added  # killed part-way (the seeds count too)
        assert store.check() == []
    # adding again completes the rest and skips what is there
    result = subprocess.run([sys.executable, "-m", "timeline", "add", str(tmp_path / "in"), "--db", str(db)],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    with Store(db, seed=False) as store:
        assert len(store.documents()) == 1001 and store.check() == []


def test_two_processes_adding_at_once_both_succeed(tmp_path: Path) -> None:
    _write_articles(tmp_path / "one", 60, 0)
    _write_articles(tmp_path / "two", 60, 1000)
    db = tmp_path / "s.sqlite"
    Store(db).close()
    runs = [subprocess.Popen([sys.executable, "-m", "timeline", "add", str(tmp_path / name), "--db", str(db),
                              "--jobs", "1"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for name in ("one", "two")]
    outputs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outputs
    with Store(db, seed=False) as store:
        assert len(store.documents()) == 121 and store.check() == []
