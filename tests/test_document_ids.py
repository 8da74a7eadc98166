"""Every document of a build or a store has an id of its own: two inputs that want one id (a.txt in two folders)
never end up with one, even when an input already has the id the second would be renamed to (a-2.txt), on the
local engine, on Dask and in the store; the same inputs always get the same ids, in input order."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from timeline.build_output import analysis_text, events_json_chunks, merge_texts
from timeline.cli import main
from timeline.documents import load_documents
from timeline.events import analyse_document, document_entry, merge_events, write_build, write_text_atomic
from timeline.model import Document
from timeline.store import Store
from timeline.taxonomy import default_taxonomy

# sentences written for these tests
TEXTS = [
    "A storm cut power to the valley on 9 July 2021.",
    "The mayor resigned on 4 June 2022 after the audit.",
    "The new library opened its doors on 12 March 2020.",
]
# the text of a file by its path: x/a.txt's one event and a-2.txt's second are on one day, at one place in the text
TEXT_OF = {
    "x/a.txt": "The rebuilt harbour bridge opened to road traffic on 3 May 2023.",
    "a-2.txt": "Talks began on 2 May 2023. The ferry strike ended on 3 May 2023.",
}


def _write(folder: Path, files: list[tuple[str, str]]) -> None:
    """Files (path under `folder`, front matter lines), published 2024-03-28, with the text TEXT_OF gives their
    path or else one of TEXTS."""
    for number, (name, front) in enumerate(files):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".jsonl"):
            path.write_text("\n".join(json.dumps({"text": TEXTS[(number + k) % len(TEXTS)],
                                                  "published": "2024-03-28"}) for k in range(2)) + "\n",
                            encoding="utf-8")
            continue
        text = TEXT_OF.get(name, TEXTS[number % len(TEXTS)])
        path.write_text(f"---\npublished: 2024-03-28\n{front}---\n{text}\n", encoding="utf-8")


# (files under the input folder, the paths given on the command line (none: the folder), the ids in input order)
CASES = [
    pytest.param([("x/a.txt", ""), ("y/a.txt", "")], [], ["a", "a-2"], id="same name in two folders"),
    # folders are read sorted: a-2.txt comes before a.txt
    pytest.param([("a-2.txt", ""), ("a.txt", ""), ("x/a.txt", "")], [], ["a-2", "a", "a-3"],
                 id="the renamed id is an input's own, before"),
    pytest.param([("x/a.txt", ""), ("y/a.txt", ""), ("z/a-2.txt", "")], ["x", "y", "z"], ["a", "a-3", "a-2"],
                 id="the renamed id is an input's own, after"),
    # a .jsonl record without an id is STEM-LINE: feed-2 is the second line's
    pytest.param([("feed.jsonl", ""), ("x/feed.txt", ""), ("y/feed.txt", "")], [],
                 ["feed-1", "feed-2", "feed", "feed-3"], id="a jsonl line's id"),
    pytest.param([("a.txt", "id: b\n"), ("b.txt", ""), ("c.txt", "id: b-2\n")], [], ["b", "b-3", "b-2"],
                 id="ids given in front matter"),
    pytest.param([("a-3.txt", ""), ("p/a.txt", ""), ("q/a.txt", ""), ("r/a.txt", "")], [],
                 ["a-3", "a", "a-2", "a-4"], id="three alike and a gap"),
]


@pytest.mark.parametrize(("files", "order", "ids"), CASES)
def test_ids_are_unique_and_in_input_order(tmp_path: Path, files: list[tuple[str, str]], order: list[str],
                                           ids: list[str]) -> None:
    _write(tmp_path, files)
    paths = [tmp_path / p for p in order] or [tmp_path]
    got = [d.id for d in load_documents(paths).documents]
    assert got == ids
    assert len(set(got)) == len(got)
    assert [d.id for d in load_documents(paths).documents] == got  # the same inputs, the same ids


@pytest.mark.parametrize(("files", "order", "ids"), CASES)
def test_the_text_merge_and_the_event_merge_write_the_same_file(tmp_path: Path, files: list[tuple[str, str]],
                                                                order: list[str], ids: list[str]) -> None:
    """The local build's two paths (events as text from the workers; Event values, taken with corrections or
    Parquet) order events by their document's id: with two documents of one id they could disagree."""
    _write(tmp_path / "in", files)
    docs = load_documents([tmp_path / "in" / p for p in order] or [tmp_path / "in"]).documents
    analyses = [analyse_document(d, default_taxonomy()) for d in docs]
    write_build(tmp_path / "events", merge_events([e for a in analyses for e in a.events]),
                [document_entry(d, 0, 0, 0) for d in docs])
    texts = [e for a in analyses for e in analysis_text(a)[0]]
    write_text_atomic(tmp_path / "texts" / "events.json", events_json_chunks(merge_texts(texts)))
    assert (tmp_path / "texts" / "events.json").read_bytes() == (tmp_path / "events" / "events.json").read_bytes()
    built = json.loads((tmp_path / "events" / "events.json").read_text(encoding="utf-8"))
    assert len({e["id"] for e in built}) == len(built)  # an event's id is made from its document's


@pytest.mark.parametrize(("files", "order", "ids"), CASES)
def test_the_build_writes_each_id_once(tmp_path: Path, files: list[tuple[str, str]], order: list[str],
                                       ids: list[str]) -> None:
    _write(tmp_path / "in", files)
    paths = [str(tmp_path / "in" / p) for p in order] or [str(tmp_path / "in")]
    assert main(["build", *paths, "--out", str(tmp_path / "out"), "--jobs", "1"]) == 0
    documents = json.loads((tmp_path / "out" / "documents.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in documents] == ids
    events = json.loads((tmp_path / "out" / "events.json").read_text(encoding="utf-8"))
    assert {s for e in events for s in e["sources"]} <= set(ids)


# (files added by a first `add`, files added by a second, the ids the second run's documents get). The store adds
# a document whose id it holds as ID-2 (ID-3...) and keeps the event ids made from the id it was read with (so that a
# correction survives adding an article again under another name): those must not be another document's.
STORE_CASES = [
    pytest.param([("x/a.txt", "")], [("x/a.txt", "")], ["a-2"], id="held"),
    pytest.param([("a.txt", "")], [("x/a.txt", ""), ("y/a.txt", "")], ["a-2", "a-2-2"], id="held, twice"),
    pytest.param([("a.txt", ""), ("a-2.txt", "")], [("a-2.txt", ""), ("x/a.txt", "")], ["a-2-2", "a-3"],
                 id="held, renamed id held too"),
]


def _events(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return [(str(doc), str(json.loads(data)["id"])) for doc, data in conn.execute("SELECT doc, data FROM events")]


@pytest.mark.parametrize(("first", "second", "ids"), STORE_CASES)
def test_add_gives_ids_the_store_does_not_hold(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               first: list[tuple[str, str]], second: list[tuple[str, str]],
                                               ids: list[str]) -> None:
    """Texts that differ at their dates' places only: an event id made from the wanted id (not the given one)
    would be the same as an event of the document already held."""
    db = tmp_path / "store.sqlite"
    _write(tmp_path / "one", first)
    _write(tmp_path / "two", second)
    for path in (tmp_path / "two").rglob("*.txt"):  # the same dates at the same places, other words
        path.write_text(path.read_text(encoding="utf-8").replace("The", "Tha"), encoding="utf-8")
    assert main(["add", "--db", str(db), "--jobs", "1", str(tmp_path / "one")]) == 0
    held = {d for d, _ in _events(db)}
    capsys.readouterr()
    assert main(["add", "--db", str(db), "--jobs", "1", str(tmp_path / "two")]) == 0
    assert main(["list", "--db", str(db)]) == 0
    listed = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert len(set(listed)) == len(listed)
    new = [doc_id for doc_id in listed if doc_id not in held]
    assert new == ids
    events = _events(db)
    assert len({e for _, e in events}) == len(events), "two documents' events share an id"


BRIDGE = TEXT_OF["x/a.txt"]


# steps on a store: ("add", wanted id, text) or ("remove", id); then the ids of the documents in the store. The texts
# tell their event on one day at one place, so the ids made from one wanted id are alike
@pytest.mark.parametrize(("steps", "ids"), [
    pytest.param([("add", "a", BRIDGE), ("add", "a", BRIDGE.replace("The", "Tha"))], ["a", "a-2"],
                 id="a second a"),
    # a-2 keeps the event ids made from a; a new a is made from a too
    pytest.param([("add", "a", BRIDGE), ("add", "a", BRIDGE.replace("The", "Tha")), ("remove", "a"),
                  ("add", "a", BRIDGE.replace("The", "Thu"))], ["a-2", "a"], id="a again after a-2"),
    pytest.param([("add", "a", BRIDGE), ("add", "a", BRIDGE.replace("The", "Tha")),
                  ("add", "a-2", BRIDGE.replace("The", "Thu"))], ["a", "a-2", "a-2-2"], id="a-2 wanted too"),
])
def test_no_two_documents_of_a_store_share_an_event_id(tmp_path: Path, steps: list[tuple[str, ...]],
                                                       ids: list[str]) -> None:
    with Store(tmp_path / "s.sqlite", seed=False) as store:
        for step in steps:
            if step[0] == "add":
                assert store.add(Document(step[1], step[2], date(2024, 3, 28))).added
            else:
                assert store.remove(step[1])
        assert [d["id"] for d in store.documents()] == ids
    events = _events(tmp_path / "s.sqlite")  # as stored: the merge would join them (they tell one story)
    assert sorted(doc for doc, _ in events) == sorted(ids)
    assert len({event_id for _, event_id in events}) == len(events)
