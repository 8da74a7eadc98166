"""The build on Dask: the same events as the local build, Parquet that round-trips every field, bad documents
reported without stopping the rest, and a worker killed mid-run retried without duplicating events.

One 2-worker LocalCluster (processes, one thread each) serves the module; the input is cut into small chunks so
that there are many partitions and the cross-document merge crosses them.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster

from tests.test_document_ids import CASES as ID_CASES
from tests.test_document_ids import _write
from timeline.cli import main
from timeline.corrections import load_corrections_file
from timeline.distributed import build_dask
from timeline.documents import load_documents
from timeline.events import analyse_document
from timeline.model import Document
from timeline.taxonomy import Taxonomy, default_taxonomy

ROOT = Path(__file__).resolve().parents[1]
CHUNK = 16_000  # bytes: the .jsonl of the corpus becomes several ranges

# sentences written for these tests; {d} is a date phrase. Some are shared by many documents, so that the merge
# across documents (and across partitions) has work to do.
SENTENCES = [
    "The city council approved the new harbour budget {d}.",
    "A storm flooded the lower town {d}, and hundreds of homes lost power.",
    "The appeals court overturned the fraud verdict {d}.",
    "Dock workers went on strike {d} over pay.",
    "The two ministers signed a water treaty {d} in the border town.",
    "The national museum reopens its north wing {d} after repairs.",
    "Shares in the rail operator fell sharply {d}.",
    "The health agency began a measles vaccination drive {d}.",
    "Police arrested four men {d} after the warehouse fire.",
    "The football league suspended the season {d}.",
]
DATES = ["on Tuesday", "last week", "on March 3, 2024", "from May 6 to May 9", "in 2019", "two days ago",
         "next month", "in early June", "on 12 February", "this year"]


def _article(i: int, rng: random.Random) -> tuple[str, date]:
    published = date(2024, 1, 1) + __import__("datetime").timedelta(days=rng.randrange(300))
    parts = [rng.choice(SENTENCES).format(d=rng.choice(DATES)) for _ in range(rng.randint(2, 5))]
    if i % 3 == 0:  # the shared story: the same event in many documents
        parts.append("The city council approved the new harbour budget on March 3, 2024.")
    return " ".join(parts), published


def _corpus(folder: Path, count: int = 300) -> list[Path]:
    """A folder of .txt files, a .json file and a .jsonl with ids given, missing and repeated; count documents."""
    rng = random.Random(7)
    folder.mkdir()
    texts = folder / "texts"
    texts.mkdir()
    for i in range(count // 3):
        text, published = _article(i, rng)
        (texts / f"t{i:03d}.txt").write_text(f"---\ntitle: Story {i}\npublished: {published}\n---\n{text}\n",
                                             encoding="utf-8")
    lines = []
    for i in range(count // 3, count - 1):
        text, published = _article(i, rng)
        record: dict[str, Any] = {"title": f"Wire {i} – Zürich", "published": published.isoformat(), "text": text}
        if i % 4:
            record["id"] = "wire-dup" if i % 10 == 0 else f"wire-{i}"
        lines.append(json.dumps(record, ensure_ascii=False))
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    text, published = _article(count, rng)
    (folder / "one.json").write_text(json.dumps({"title": "One", "published": published.isoformat(), "text": text}),
                                     encoding="utf-8")
    return [texts, folder / "wire.jsonl", folder / "one.json"]


def _local_build(paths: list[Path], out: Path) -> None:
    assert main(["build", *map(str, paths), "--out", str(out), "--jobs", "1"]) == 0


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=50) as cluster, Client(cluster) as dask_client:
        yield dask_client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], Path]:
    base = tmp_path_factory.mktemp("dask")
    paths = _corpus(base / "in")
    _local_build(paths, base / "local")
    return paths, base / "local"


def _read(folder: Path, name: str) -> Any:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def _parquet_rows(folder: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = pq.read_table(folder).to_pylist()
    for row in rows:
        for key in ("corrected", "original_type", "original_title"):  # null: not corrected (absent in JSON)
            if key in row and row[key] is None:
                del row[key]
        for key in ("start", "end", "published"):
            if isinstance(row.get(key), date):
                row[key] = row[key].isoformat()
    return rows


def test_json_output_equals_the_local_build(client: Client, corpus: tuple[list[Path], Path], tmp_path: Path) -> None:
    paths, local = corpus
    result = build_dask(paths, tmp_path, taxonomy=default_taxonomy(), fmt="json", client=client, chunk_bytes=CHUNK,
                        partitions=3)
    assert result.errors == ()
    assert result.documents == 300 and result.events == len(_read(local, "events.json"))
    for name in ("events.json", "documents.json"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (local / name).read_text(encoding="utf-8"), name
    # the merge did join events of different documents, some of them in different input chunks
    assert max(len(e["sources"]) for e in _read(local, "events.json")) > 20


@pytest.mark.parametrize(("files", "order", "ids"), [c for c in ID_CASES if c.id in (
    "the renamed id is an input's own, before", "a jsonl line's id", "ids given in front matter")])
def test_ids_are_unique_and_those_of_the_local_build(client: Client, tmp_path: Path, files: list[tuple[str, str]],
                                                     order: list[str], ids: list[str]) -> None:
    """Two inputs that want one id, one of them in another input chunk (one file a chunk, a .jsonl line a chunk)."""
    _write(tmp_path / "in", files)
    paths = [tmp_path / "in" / p for p in order] or [tmp_path / "in"]
    _local_build(paths, tmp_path / "local")
    result = build_dask(paths, tmp_path / "dask", taxonomy=default_taxonomy(), fmt="json", client=client,
                        chunk_bytes=64, partitions=2)
    assert result.errors == ()
    assert [d["id"] for d in _read(tmp_path / "dask", "documents.json")] == ids
    for name in ("events.json", "documents.json"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def _feed_line(text: str, **fields: str) -> str:
    return json.dumps({"text": text, "published": "2024-03-28", **fields}, ensure_ascii=False)


# (the lines of feed.jsonl, its line ending, the input chunk size, the ids in input order, the bad lines' numbers):
# beside a-2.txt, a.txt and sub/a.txt, a .jsonl whose first line has a character str.splitlines() breaks at raw in
# its text, a bad line, and a line that wants the id "a"
FEED_CASES = [
    pytest.param([_feed_line("The port reopened on 3 May 2023.\u2028Ships queued outside."), '{"text": "cut',
                  _feed_line("Voters went to the polls on 7 May 2023.", id="a")], "\n", 64,
                 ["a-2", "a", "feed-1", "a-3", "a-4"], [2], id="U+2028, a bad line, id a; a line a chunk"),
    pytest.param([_feed_line("The port reopened on 3 May 2023.\u2028Ships queued outside."), '{"text": "cut',
                  _feed_line("Voters went to the polls on 7 May 2023.", id="a")], "\n", 1 << 18,
                 ["a-2", "a", "feed-1", "a-3", "a-4"], [2], id="U+2028, a bad line, id a; one chunk"),
    pytest.param(["", _feed_line("A storm hit the coast on 2 June 2023.\u2029It moved north.\u0085Rain fell."),
                  "[1]", _feed_line("The strike ended on 4 June 2023.", id="a"),
                  _feed_line("Talks resumed on 6 June 2023.")], "\r\n", 64,
                 ["a-2", "a", "feed-2", "a-3", "feed-5", "a-4"], [3], id="U+2029 and U+0085, CRLF, not an object"),
    pytest.param(['{"text": "a NUL \x00 in a line", "published": "2024-03-28"}',
                  _feed_line("The strike ended on 4 June 2023."), _feed_line("Talks resumed on 6 June 2023.", id="a")],
                 "\n", 64, ["a-2", "a", "feed-2", "a-3", "a-4"], [1], id="a NUL byte in the first line"),
]


@pytest.mark.parametrize(("lines", "ending", "chunk_bytes", "ids", "bad"), FEED_CASES)
def test_a_jsonl_with_odd_and_bad_lines_builds_as_locally(client: Client, tmp_path: Path, lines: list[str],
                                                          ending: str, chunk_bytes: int, ids: list[str],
                                                          bad: list[int]) -> None:
    """Both engines read a .jsonl's lines alike (split at line feeds only), drop only its bad lines, report them
    alike, and give the same ids (documents.unique_ids and distributed.assign_ids) and the same events."""
    _write(tmp_path / "in", [("a-2.txt", ""), ("a.txt", ""), ("sub/a.txt", "")])
    feed = tmp_path / "in" / "feed.jsonl"
    feed.write_bytes((ending.join(lines) + ending).encode("utf-8"))
    local = tmp_path / "local"
    assert main(["build", str(tmp_path / "in"), "--out", str(local), "--jobs", "1"]) == 1  # a bad line: status 1
    result = build_dask([tmp_path / "in"], tmp_path / "dask", taxonomy=default_taxonomy(), fmt="json",
                        client=client, chunk_bytes=chunk_bytes, partitions=2)
    assert len(result.errors) == len(bad)
    assert all(e.startswith(f"error: {feed}:{n}: ") for e, n in zip(result.errors, bad, strict=True))
    assert list(result.errors) == list(load_documents([tmp_path / "in"]).errors)
    assert [d["id"] for d in _read(tmp_path / "dask", "documents.json")] == ids
    for name in ("events.json", "documents.json"):
        assert (tmp_path / "dask" / name).read_bytes() == (local / name).read_bytes(), name


@pytest.mark.parametrize(("feeds", "chunk_bytes"), [
    pytest.param({"empty.jsonl": b""}, 64, id="an empty .jsonl"),
    pytest.param({"blank.jsonl": b"\n  \r\n\t\n" * 30}, 16, id="blank lines over several chunks"),
    pytest.param({"blank.jsonl": b"\n\n", "empty.jsonl": b"", "full.jsonl": b"\n" * 40 + _feed_line(
        "The port reopened on 3 May 2023.").encode("utf-8") + b"\n"}, 16, id="two empty beside one whose line is late"),
])
def test_an_empty_jsonl_is_reported_as_locally(client: Client, tmp_path: Path, feeds: dict[str, bytes],
                                               chunk_bytes: int) -> None:
    """A .jsonl with nothing but blank lines is `error: PATH: the file is empty` on both engines (a Dask chunk
    alone cannot tell), once, in input order; a file whose only line comes after many blank ones is not."""
    _write(tmp_path / "in", [("a.txt", "")])
    for name, data in feeds.items():
        (tmp_path / "in" / name).write_bytes(data)
    expected = list(load_documents([tmp_path / "in"]).errors)
    assert expected == [f"error: {tmp_path / 'in' / n}: the file is empty" for n in sorted(feeds) if n != "full.jsonl"]
    result = build_dask([tmp_path / "in"], tmp_path / "dask", taxonomy=default_taxonomy(), fmt="json",
                        client=client, chunk_bytes=chunk_bytes, partitions=2)
    assert list(result.errors) == expected


def test_corrections_by_hand_apply_as_in_the_local_build(client: Client, corpus: tuple[list[Path], Path],
                                                          tmp_path: Path) -> None:
    paths, local = corpus
    events = _read(local, "events.json")
    merged = next(e for e in events if len(e["sources"]) > 1)
    single = next(e for e in events if len(e["sources"]) == 1 and e["type"] != "justice")
    fixes = {merged["id"]: {"title": "A title a reader wrote"}, single["id"]: {"type": "justice"}}
    for folder in (tmp_path / "local", tmp_path / "dask"):
        folder.mkdir()
        (folder / "corrections.json").write_text(json.dumps(fixes), encoding="utf-8")
    _local_build(paths, tmp_path / "local")
    build_dask(paths, tmp_path / "dask", taxonomy=default_taxonomy(), fmt="json", client=client, chunk_bytes=CHUNK,
               partitions=3, corrections=load_corrections_file(tmp_path / "dask" / "corrections.json",
                                                               default_taxonomy()))
    dask_events = _read(tmp_path / "dask", "events.json")
    assert dask_events == _read(tmp_path / "local", "events.json")
    by_id = {e["id"]: e for e in dask_events}
    assert by_id[merged["id"]]["title"] == "A title a reader wrote" and by_id[merged["id"]]["corrected"] is True
    assert by_id[single["id"]]["type"] == "justice" and by_id[single["id"]]["original_type"] == single["type"]


def test_parquet_round_trips_every_field(client: Client, corpus: tuple[list[Path], Path], tmp_path: Path) -> None:
    paths, local = corpus
    markup = tmp_path / "markup.txt"
    markup.write_text("---\ntitle: <b>Ünïcode</b> & \"quotes\"\npublished: 2024-03-28\n---\nThe café at "
                      "<img src=x onerror=alert(1)> reopened on Monday — 東京 **bold** [link](x).\n",
                      encoding="utf-8")
    _local_build([*paths, markup], tmp_path / "local")
    build_dask([*paths, markup], tmp_path / "out", taxonomy=default_taxonomy(), fmt="parquet", client=client,
               chunk_bytes=CHUNK, partitions=3)
    assert len(list((tmp_path / "out" / "events.parquet").glob("part-*.parquet"))) == 3
    key = "id"
    events = sorted(_parquet_rows(tmp_path / "out" / "events.parquet"), key=lambda e: (e["start"], e["end"], e[key]))
    expected = sorted(_read(tmp_path / "local", "events.json"), key=lambda e: (e["start"], e["end"], e[key]))
    assert events == expected
    assert any("<img src=x onerror=alert(1)>" in e["sentence"] for e in events)
    documents = sorted(_parquet_rows(tmp_path / "out" / "documents.parquet"), key=lambda d: d["id"])
    assert documents == sorted(_read(tmp_path / "local", "documents.json"), key=lambda d: d["id"])
    # the local engine writes the same Parquet (one part)
    assert main(["build", *map(str, paths), str(markup), "--out", str(tmp_path / "lp"), "--jobs", "1", "--format",
                 "parquet"]) == 0
    assert sorted(_parquet_rows(tmp_path / "lp" / "events.parquet"), key=lambda e: (e["start"], e["end"], e[key])) \
        == events
    _assert_summaries(tmp_path / "lp", len(events))


def _assert_summaries(folder: Path, events: int) -> None:
    """The build wrote the dashboard's summary and overview next to the parts, newer than them, and each counts
    every event once."""
    import duckdb

    from timeline.query import OVERVIEW_FILE, SUMMARY_FILE

    newest = max(p.stat().st_mtime for p in (folder / "events.parquet").glob("*.parquet"))
    for name in (SUMMARY_FILE, OVERVIEW_FILE):
        assert (folder / name).stat().st_mtime >= newest
        counted = duckdb.connect().execute(f"SELECT SUM(n) FROM read_parquet('{folder / name}')").fetchone()
        assert counted is not None and int(counted[0]) == events, name


def _fail_on_quake(doc: Document, taxonomy: Taxonomy) -> Any:
    if "earthquake" in doc.text:
        raise RuntimeError("the analysis broke")
    return analyse_document(doc, taxonomy)


def test_bad_documents_are_reported_and_the_rest_is_built(client: Client, tmp_path: Path) -> None:
    good = [json.dumps({"id": f"g{i}", "published": "2024-05-02", "text": f"Voters in district {i} went to the "
                        "polls on Sunday."}) for i in range(40)]
    bad_line = 31
    good[bad_line - 1] = '{"id": "broken", "text": '
    good[9] = json.dumps({"id": "quake", "published": "2024-05-02", "text": "An earthquake hit the coast on Monday."})
    (tmp_path / "in.jsonl").write_text("\n".join(good) + "\n", encoding="utf-8")
    (tmp_path / "wrong.json").write_text(json.dumps({"headline": "x"}), encoding="utf-8")
    result = build_dask([tmp_path / "in.jsonl", tmp_path / "wrong.json", tmp_path / "missing.txt"], tmp_path / "out",
                        taxonomy=default_taxonomy(), fmt="json", client=client, chunk_bytes=700,
                        analyse=_fail_on_quake)
    assert sorted(result.errors) == sorted([
        f"error: {tmp_path / 'missing.txt'}: no such file or folder",
        f"error: {tmp_path / 'wrong.json'}: unknown fields headline (known: date, id, published, source, text, "
        "title, url)",
        f"error: {tmp_path / 'in.jsonl'}:{bad_line}: not JSON (Expecting value)",
        f"error: {tmp_path / 'in.jsonl'}:10: cannot analyse quake (RuntimeError: the analysis broke)",
    ])
    docs = {d["id"] for d in _read(tmp_path / "out", "documents.json")}
    assert docs == {f"g{i}" for i in range(40)} - {"g9", f"g{bad_line - 1}"}
    assert main(["build", str(tmp_path / "wrong.json"), "--out", str(tmp_path / "cli"), "--engine", "dask",
                 "--scheduler", client.scheduler.address, "--format", "json"]) == 1


def _die_once(doc: Document, taxonomy: Taxonomy, marker: Path) -> Any:
    """Kill this worker's process the first time any document is analysed (the marker file says it happened)."""
    if not marker.exists():
        marker.write_text(str(os.getpid()), encoding="utf-8")
        os.kill(os.getpid(), signal.SIGKILL)
    return analyse_document(doc, taxonomy)


def test_a_killed_worker_is_retried_without_duplicates(client: Client, corpus: tuple[list[Path], Path],
                                                       tmp_path: Path) -> None:
    paths, local = corpus
    marker = tmp_path / "killed"
    workers_before = set(client.scheduler_info()["workers"])
    result = build_dask(paths, tmp_path / "out", taxonomy=default_taxonomy(), fmt="parquet", client=client,
                        chunk_bytes=CHUNK, partitions=4, analyse=partial(_die_once, marker=marker))
    assert marker.exists(), "no worker was killed"
    killed = int(marker.read_text(encoding="utf-8"))
    assert killed not in client.run(os.getpid).values()  # the nanny started a new process in its place
    assert set(client.scheduler_info()["workers"]) != workers_before
    assert result.errors == ()
    events = sorted(_parquet_rows(tmp_path / "out" / "events.parquet"), key=lambda e: (e["start"], e["end"], e["id"]))
    expected = sorted(_read(local, "events.json"), key=lambda e: (e["start"], e["end"], e["id"]))
    assert len(events) == len({e["id"] for e in events}) == len(expected)
    assert events == expected


def test_cli_starts_its_own_local_cluster(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("---\npublished: 2024-03-28\n---\nFloods hit Rome on Monday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = subprocess.run([sys.executable, "-m", "timeline", "build", str(tmp_path), "--out", str(tmp_path / "o"),
                             "--engine", "dask", "--workers", "1"], capture_output=True, text=True, cwd=ROOT,
                            check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"error: {tmp_path / 'empty.txt'}: the file is empty" in result.stderr.splitlines()
    rows = _parquet_rows(tmp_path / "o" / "events.parquet")
    assert [(e["start"], e["doc"]) for e in rows] == [("2024-03-25", "a")]
    _assert_summaries(tmp_path / "o", 1)


def _folder_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("fmt", ["parquet", "json"])
@pytest.mark.parametrize("inputs", [
    ["missing.txt"],  # a path mistyped
    ["empty.txt"],  # a file that cannot be read as an article
    ["notes", "missing.txt"],  # a folder with no article files, and a mistyped path
])
def test_a_build_of_only_bad_inputs_leaves_the_last_build(client: Client, tmp_path: Path, fmt: str,
                                                          inputs: list[str]) -> None:
    """As the local engine: when no document can be read, the build already in the output folder stays whole
    (it used to be replaced by an empty one, its summary left counting the old events)."""
    (tmp_path / "a.txt").write_text("---\npublished: 2024-03-28\n---\nFloods hit Rome on Monday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.csv").write_text("a,b\n", encoding="utf-8")
    out = tmp_path / "out"
    address = client.scheduler.address
    assert main(["build", str(tmp_path / "a.txt"), "--out", str(out), "--engine", "dask", "--scheduler", address,
                 "--format", fmt]) == 0
    before = _folder_bytes(out)
    result = build_dask([tmp_path / name for name in inputs], out, taxonomy=default_taxonomy(), fmt=fmt,
                        client=client)
    assert result.documents == 0 and result.errors and not result.written
    assert _folder_bytes(out) == before
    done = subprocess.run([sys.executable, "-m", "timeline", "build", *[str(tmp_path / n) for n in inputs],
                           "--out", str(out), "--engine", "dask", "--scheduler", address, "--format", fmt],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1] == f"error: {out}: no document could be read; the folder is left as it was"
    assert _folder_bytes(out) == before


def _fail_always(doc: Document, taxonomy: Taxonomy) -> Any:
    raise RuntimeError("the analysis broke")


@pytest.mark.parametrize("fmt", ["parquet", "json"])
def test_a_build_whose_every_analysis_fails_leaves_the_last_build(client: Client, tmp_path: Path, fmt: str) -> None:
    """As the local engine: documents read, none of them analysed, is no build; the one in the folder stays whole
    (the Dask build replaced it by an empty one). The look-alike: one document analysed is a build."""
    (tmp_path / "a.txt").write_text("---\npublished: 2024-03-28\n---\nFloods hit Rome on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\npublished: 2024-06-02\n---\nThe port reopened on Friday.",
                                    encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "a.txt"), "--out", str(out), "--engine", "dask", "--scheduler",
                 client.scheduler.address, "--format", fmt]) == 0
    before = _folder_bytes(out)
    result = build_dask([tmp_path / "b.txt"], out, taxonomy=default_taxonomy(), fmt=fmt, client=client,
                        analyse=_fail_always)
    assert not result.written and result.analysis_failed and result.documents == 0
    [error] = result.errors
    assert error.startswith(f"error: {tmp_path / 'b.txt'}") and "cannot analyse b (RuntimeError: the analysis " \
        "broke)" in error, error
    assert _folder_bytes(out) == before
    kept = build_dask([tmp_path / "b.txt"], out, taxonomy=default_taxonomy(), fmt=fmt, client=client)
    assert kept.written and kept.documents == 1 and _folder_bytes(out) != before
    assert not any(p.name.endswith(".new") for p in out.iterdir())
