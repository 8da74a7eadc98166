"""A worker process of the local build that ends unexpectedly: while it holds documents, the run stops with one
line that names the document it was analysing, or, if it ended between finishing a task and sending it back, the
documents it did not send back (build leaves its folder as it was, add keeps what it added); after it sent back
all it was given, nothing is lost and the run completes."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

import timeline.parallel as parallel
from tests.test_document_errors import articles_with
from timeline.cli import main
from timeline.events import Analysis
from timeline.model import Document
from timeline.taxonomy import default_taxonomy

FATAL = "This text ends the worker process that analyses it on Monday."
SLOW = "This text is analysed once the test says so, on Tuesday."
PARENT = os.getpid()


def _kill() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _exit() -> None:
    os._exit(3)


@pytest.fixture()
def ending(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """The analysis of FATAL ends the worker process (request.param: how); forked workers inherit the patch."""
    real = parallel.analyse_document
    end: Callable[[], None] = request.param

    def analyse(doc: Document, taxonomy: object) -> object:
        if doc.text == FATAL and os.getpid() != PARENT:
            end()
        return real(doc, taxonomy)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "analyse_document", analyse)


def _docs(count: int, fatal: int) -> list[Document]:
    return [Document(f"d{i}", FATAL if i == fatal else f"Floods hit the town on Monday, number {i}.",
                     date(2024, 3, 28), path=f"in/d{i}.txt") for i in range(count)]


def len_events(analysis: Analysis) -> int:  # module level: a worker gets it by name
    return len(analysis.events)


KILLED = "killed by SIGKILL, perhaps for want of memory"


# 100 documents on 2 workers are tasks of 3 documents (parallel.chunk_size): 50 is the last of its task, 49 the
# second; the documents before it in its task were analysed, the one named is the one the worker was on
@pytest.mark.parametrize(("ending", "fatal", "how"), [
    (_kill, 0, KILLED),
    (_kill, 49, KILLED),
    (_kill, 50, KILLED),
    (_kill, 99, KILLED),
    (_exit, 49, "exit status 3"),
], indirect=["ending"])
def test_the_document_the_worker_was_on_is_named(ending: None, fatal: int, how: str) -> None:
    docs = _docs(100, fatal)
    assert parallel.chunk_size(len(docs), 2) == 3
    with pytest.raises(parallel.WorkerError) as raised:
        list(parallel.analyse_each(docs, default_taxonomy(), 2, len_events))
    assert str(raised.value) == f"in/d{fatal}.txt: cannot analyse d{fatal} (its worker process ended: {how})"


@pytest.mark.parametrize(("ending", "command", "how"), [
    (_kill, "build", KILLED), (_kill, "add", KILLED),
    (_exit, "build", "exit status 3"), (_exit, "add", "exit status 3"),
], indirect=["ending"])
def test_the_command_says_one_line_and_keeps_what_was_saved(
    ending: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, how: str
) -> None:
    src, held = tmp_path / "in", tmp_path / "held"
    articles_with(src, FATAL)
    held.mkdir()
    (src / "d09.txt").rename(held / "d09.txt")  # a first run without it saves something
    out, db = tmp_path / "out", tmp_path / "store.sqlite"
    argv = ["build", str(src), "--out", str(out)] if command == "build" else ["add", "--db", str(db), str(src)]
    assert main([*argv, "--jobs", "2"]) == 0
    saved = {p.name: p.read_bytes() for p in out.iterdir()} if command == "build" else {}
    (held / "d09.txt").rename(src / "d09.txt")
    capsys.readouterr()
    assert main([*argv, "--jobs", "2"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    named = f"error: {src / 'd09.txt'}: cannot analyse d09 (its worker process ended: {how})"
    if command == "build":
        assert errors == [f"{named}; the build stopped and left {out} as it was"]
        assert {p.name: p.read_bytes() for p in out.iterdir()} == saved
    else:
        assert errors == [f"{named}; the add stopped there, the documents added before it are kept"]
        assert main(["list", "--db", str(db)]) == 0
        ids = {line.split("\t")[0] for line in capsys.readouterr().out.splitlines()}
        assert {f"d{i:02}" for i in range(parallel.PARALLEL_FROM + 4) if i != 9} <= ids and "d09" not in ids


class _EndsAsItSends:
    """Stands in for the pickle module in parallel: in a worker process that has analysed FATAL, dumps (the results
    of a finished task, made just before they are sent) ends the process first."""

    HIGHEST_PROTOCOL = pickle.HIGHEST_PROTOCOL
    loads = staticmethod(pickle.loads)

    def __init__(self, end: Callable[[], None]) -> None:
        self.end = end
        self.fatal_done = False  # set in the worker's (forked) copy only

    def dumps(self, obj: object, protocol: int) -> bytes:
        if self.fatal_done and os.getpid() != PARENT:
            self.end()
        return pickle.dumps(obj, protocol)


@pytest.fixture()
def ending_as_it_sends(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """A worker process that analysed FATAL ends (request.param: how) once its task is done, before it sends the
    task's results back: its shared position is already -1."""
    real = parallel.analyse_document
    stand_in = _EndsAsItSends(request.param)

    def analyse(doc: Document, taxonomy: object) -> object:
        analysis = real(doc, taxonomy)  # type: ignore[arg-type]
        if doc.text == FATAL and os.getpid() != PARENT:
            stand_in.fatal_done = True
        return analysis

    monkeypatch.setattr(parallel, "analyse_document", analyse)
    monkeypatch.setattr(parallel, "pickle", stand_in)


# 100 documents on 2 workers are tasks of 3 documents: 48-50, 96-98, and 99 alone; every one was analysed, so none
# is named as the one that failed: the task's documents are named as not sent back
@pytest.mark.parametrize(("ending_as_it_sends", "fatal", "named"), [
    (_kill, 49, f"in/d48.txt to in/d50.txt: its worker process ended before sending back documents d48 to d50 "
                f"({KILLED})"),
    (_kill, 0, f"in/d0.txt to in/d2.txt: its worker process ended before sending back documents d0 to d2 ({KILLED})"),
    (_kill, 99, f"in/d99.txt: its worker process ended before sending back document d99 ({KILLED})"),
    (_exit, 98, "in/d96.txt to in/d98.txt: its worker process ended before sending back documents d96 to d98 "
                "(exit status 3)"),
], indirect=["ending_as_it_sends"])
def test_a_worker_that_ends_before_sending_back_a_finished_task(ending_as_it_sends: None, fatal: int,
                                                                named: str) -> None:
    docs = _docs(100, fatal)
    assert parallel.chunk_size(len(docs), 2) == 3
    with pytest.raises(parallel.WorkerError) as raised:
        list(parallel.analyse_each(docs, default_taxonomy(), 2, len_events))
    assert str(raised.value) == named


@pytest.mark.parametrize(("ending_as_it_sends", "how"), [(_kill, KILLED), (_exit, "exit status 3")],
                         indirect=["ending_as_it_sends"])
def test_the_build_says_so_in_one_line_and_leaves_its_folder(ending_as_it_sends: None, how: str, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for i in range(parallel.PARALLEL_FROM + 4):  # one document a task (parallel.chunk_size)
        text = FATAL if i == 9 else f"Floods hit the town on Monday, number {i}."
        (src / f"d{i:02}.txt").write_text(f"---\npublished: 2024-03-28\n---\n{text}", encoding="utf-8")
    out.mkdir()
    (out / "events.json").write_text("[]\n", encoding="utf-8")  # an earlier build's
    saved = {p.name: p.read_bytes() for p in out.iterdir()}
    assert main(["build", str(src), "--out", str(out), "--jobs", "2"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert errors == [f"error: {src / 'd09.txt'}: its worker process ended before sending back document d09 ({how})"
                      f"; the build stopped and left {out} as it was"]
    assert {p.name: p.read_bytes() for p in out.iterdir()} == saved


def _wait_for(path: Path) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path} never came")
        time.sleep(0.01)


@pytest.fixture()
def held_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The analysis of SLOW writes its worker's pid to PATH/slow and waits for PATH/go; forked workers inherit it."""
    real = parallel.analyse_document

    def analyse(doc: Document, taxonomy: object) -> object:
        if doc.text == SLOW and os.getpid() != PARENT:
            (tmp_path / "slow.tmp").write_text(str(os.getpid()), encoding="utf-8")
            (tmp_path / "slow.tmp").rename(tmp_path / "slow")
            _wait_for(tmp_path / "go")
        return real(doc, taxonomy)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "analyse_document", analyse)
    return tmp_path


def _end_workers(except_pid: int = 0) -> None:
    """SIGKILL this process's worker processes (but one) and wait until they are gone."""
    for child in multiprocessing.active_children():
        if child.pid != except_pid:
            os.kill(child.pid or 0, signal.SIGKILL)
            child.join()


def _all_ended(docs: list[Document], yielded: int, folder: Path) -> None:
    if yielded == len(docs):  # every document is back: the parent has only to tell the workers to stop
        _end_workers()


def _idle_ended(docs: list[Document], yielded: int, folder: Path) -> None:
    if yielded == len(docs) - 1:  # the last document is with one worker, which waits: the other holds nothing
        _wait_for(folder / "slow")
        _end_workers(except_pid=int((folder / "slow").read_text(encoding="utf-8")))
        (folder / "go").touch()


@pytest.mark.parametrize("when", [_all_ended, _idle_ended])
def test_a_worker_that_ends_after_sending_back_all_it_was_given_loses_nothing(
    held_back: Path, when: Callable[[list[Document], int, Path], None]
) -> None:
    """The test ends workers between two documents it is given (the run waits while it holds one)."""
    docs = [Document(f"d{i}", f"Floods hit the town on Monday, number {i}.", date(2024, 3, 28), path=f"in/d{i}.txt")
            for i in range(parallel.PARALLEL_FROM + 4)]
    docs[-1] = Document("last", SLOW, date(2024, 3, 28), path="in/last.txt")
    if when is _all_ended:
        (held_back / "go").touch()
    assert parallel.chunk_size(len(docs), 2) == 1  # the last document is a task of its own
    got: list[tuple[Document, int]] = []
    run: Iterator[tuple[Document, int]] = parallel.analyse_each(docs, default_taxonomy(), 2, len_events)
    for pair in run:
        got.append(pair)
        when(docs, len(got), held_back)
    assert [d for d, _ in got] == docs
    assert [n for _, n in got] == [len_events(parallel.analysed(d, default_taxonomy())) for d in docs]
