"""Tagging many documents on all cores."""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

from timeline.events import Analysis, EventRow, analyse_document, event_from_row, event_to_row
from timeline.model import Document
from timeline.taxonomy import Taxonomy

PARALLEL_FROM = 16  # below this many documents, starting worker processes costs more than it saves
CHUNK_MOST = 64  # documents a worker takes at a time (at most): fewer round trips, still an even share at the end
AHEAD = 2  # tasks a worker holds at a time: it starts the next while the parent reads what it sent

R = TypeVar("R")


def chunk_size(documents: int, jobs: int) -> int:
    """Documents per task: about 16 tasks per worker, between 1 and CHUNK_MOST."""
    return max(1, min(CHUNK_MOST, documents // (jobs * 16)))


class WorkerError(RuntimeError):
    """A worker process ended without sending its results back (killed, or out of memory)."""


class DocumentError(RuntimeError):
    """A document whose analysis failed: where it came from and why, as one line (analysis_failure)."""


def cannot_analyse(doc: Document, reason: str) -> str:
    """A document that could not be analysed, as reported: `PATH: cannot analyse ID (reason)`."""
    return f"{doc.path or doc.id}: cannot analyse {doc.id} ({reason})"


def analysis_failure(doc: Document, exc: Exception) -> str:
    """What a failed analysis is reported as, by either engine: `PATH: cannot analyse ID (Error: reason)`."""
    return cannot_analyse(doc, f"{type(exc).__name__}: {exc}")


def analysed(doc: Document, taxonomy: Taxonomy) -> Analysis:
    """analyse_document, with a failure named after the document it came from (a bug that document brought out
    is one line that says which input, not a traceback)."""
    try:
        return analyse_document(doc, taxonomy)
    except Exception as exc:
        raise DocumentError(analysis_failure(doc, exc)) from None


def _shaped(doc: Document, taxonomy: Taxonomy, shape: Callable[[Analysis], R]) -> R | DocumentError:
    """shape(the document's analysis), or the DocumentError its analysis raised (sent back in its place)."""
    try:
        return shape(analysed(doc, taxonomy))
    except DocumentError as exc:
        return exc


def _serve(conn: Connection, taxonomy: Taxonomy, docs: Sequence[Document], shape: Callable[[Analysis], Any],
           at: Any) -> None:
    """A worker: analyse the documents of each task it is sent, send back what `shape` makes of each, until told
    to stop (None). A forked worker holds the documents and is sent positions; a spawned one is sent documents.
    `at` (shared with the parent) holds the position of the document it is analysing, -1 between tasks: if the
    process is killed, the parent can say which document it was on."""
    gc.enable()  # the parent may have paused its collector while it gathers results; a worker makes cycles
    try:
        while (task := conn.recv()) is not None:
            number, first, work = task
            chunk = docs[first:work] if isinstance(work, int) else work
            try:
                results = []
                for position, doc in enumerate(chunk, first):
                    at.value = position
                    results.append(_shaped(doc, taxonomy, shape))
                at.value = -1
                message = pickle.dumps((number, results, None), pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # the parent raises it, as a pool would
                message = pickle.dumps((number, None, exc), pickle.HIGHEST_PROTOCOL)
            conn.send_bytes(message)
    except (KeyboardInterrupt, EOFError, BrokenPipeError):  # the parent was interrupted or is gone
        pass


@dataclass
class _Worker:
    """A worker process as the parent sees it: its pipe, where it is, the tasks it was sent and has not answered."""

    process: Any
    conn: Connection
    at: Any  # multiprocessing.RawValue: the position of the document it is analysing, -1 between tasks
    tasks: deque[int] = field(default_factory=deque)
    open: bool = True  # its pipe is read until it ends (EOF)
    takes: bool = True  # it is sent tasks until a send fails (it has ended; what it sent before is still read)


def _how_it_ended(process: Any) -> str:
    process.join(5)  # its pipe closed as it exited: the exit status follows at once
    code = process.exitcode
    if code is None:
        return "its pipe closed"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"killed by {name}" + (", perhaps for want of memory" if name == "SIGKILL" else "")
    return f"exit status {code}"


def _lost(worker: _Worker, docs: Sequence[Document], tasks: Sequence[tuple[int, int]]) -> WorkerError:
    """The error for a worker that ended holding tasks: it names the document the worker was analysing, or, if it
    was between documents (it had finished its task, or not begun it), the documents of the first task it held:
    it ended before sending them back, and none of them is known to have failed."""
    first, last = tasks[worker.tasks[0]]
    position = worker.at.value
    how = _how_it_ended(worker.process)
    if first <= position < last:
        return WorkerError(cannot_analyse(docs[position], f"its worker process ended: {how}"))
    start, end = docs[first], docs[last - 1]
    if last - first == 1:
        return WorkerError(f"{start.path or start.id}: its worker process ended before sending back document "
                           f"{start.id} ({how})")
    return WorkerError(f"{start.path or start.id} to {end.path or end.id}: its worker process ended before sending "
                       f"back documents {start.id} to {end.id} ({how})")


def analyse_each(docs: list[Document], taxonomy: Taxonomy, jobs: int, shape: Callable[[Analysis], R],
                 on_error: Callable[[DocumentError], None] | None = None) -> Iterator[tuple[Document, R]]:
    """Each document with shape(its analysis), in input order; the documents are analysed (and shaped) in `jobs`
    worker processes for large inputs, in this process otherwise. `shape` runs in the worker and its result is what
    crosses the pipe: a module-level function (a spawned worker imports it by name) whose result pickles cheaply.

    Each worker has a pipe of its own, read by this thread alone: multiprocessing.Pool reads results in a thread of
    its own while another thread of it wakes each time the result pipe is readable, and on two cores those threads'
    CPU seconds (3.5 s over 30,000 articles) are taken from the workers.

    A document whose analysis fails is given to `on_error` (as a DocumentError that names it) and left out, and the
    others go on; without `on_error` the DocumentError is raised. A worker process that ends while it holds
    documents (killed, out of memory) stops the run with a WorkerError that names the document it was analysing
    (or, if it ended between documents, the documents it had not sent back); one that ends after sending back all
    it was given costs nothing (the others take the rest)."""

    def kept(pairs: Iterator[tuple[Document, R | DocumentError]]) -> Iterator[tuple[Document, R]]:
        for doc, result in pairs:
            if not isinstance(result, DocumentError):
                yield doc, result
            elif on_error is None:
                raise result
            else:
                on_error(result)

    if jobs <= 1 or len(docs) < PARALLEL_FROM:
        yield from kept((doc, _shaped(doc, taxonomy, shape)) for doc in docs)
        return
    fork = hasattr(os, "fork")
    context: Any = multiprocessing.get_context("fork" if fork else "spawn")
    size = chunk_size(len(docs), jobs)
    # a forked worker already holds the documents: it is sent positions, not texts
    tasks = [(i, min(i + size, len(docs))) for i in range(0, len(docs), size)]
    unsent = deque(range(len(tasks)))
    workers: list[_Worker] = []
    try:
        for _ in range(min(jobs, len(tasks))):
            here, there = context.Pipe()
            at = context.RawValue("q", -1)
            process = context.Process(target=_serve, args=(there, taxonomy, docs if fork else (), shape, at),
                                      daemon=True)
            process.start()
            there.close()
            workers.append(_Worker(process, here, at))

        def send(worker: _Worker) -> None:
            number = unsent[0]
            first, last = tasks[number]
            try:
                worker.conn.send((number, first, last if fork else docs[first:last]))
            except OSError:  # it has ended: what it sent before is still read, and its end is seen there
                worker.takes = False
                return
            unsent.popleft()
            worker.tasks.append(number)

        def top_up() -> None:
            for _ in range(AHEAD):  # in turn: the first tasks are spread over the workers
                for worker in workers:
                    if unsent and worker.takes and len(worker.tasks) < AHEAD:
                        send(worker)

        done: dict[int, list[R | DocumentError]] = {}
        given = 0  # tasks whose documents were yielded
        top_up()
        while given < len(tasks):
            reading = [w for w in workers if w.open]
            if not any(w.tasks for w in reading):  # tasks are left and no worker is left to take them
                raise WorkerError(cannot_analyse(docs[tasks[unsent[0]][0]], "every worker process ended"))
            ready = wait([w.conn for w in reading])
            for worker in [w for w in reading if w.conn in ready]:
                try:
                    number, results, error = pickle.loads(worker.conn.recv_bytes())
                except (EOFError, OSError):  # its end of the pipe closed (EOF) or was reset under what it was sent
                    worker.open = worker.takes = False
                    if worker.tasks:
                        raise _lost(worker, docs, tasks) from None
                    continue  # it had sent back everything it was given
                if error is not None:
                    raise error
                worker.tasks.remove(number)
                done[number] = results
            top_up()  # before the parent's own work on what came back: the workers go on meanwhile
            while given in done:
                first, last = tasks[given]
                yield from kept(zip(docs[first:last], done.pop(given), strict=True))
                given += 1
        for worker in workers:
            if worker.takes:
                try:
                    worker.conn.send(None)
                except OSError:  # it ended after sending back all it was given: nothing is lost
                    pass
        for worker in workers:
            worker.process.join()
    finally:
        for worker in workers:
            if worker.process.is_alive():
                worker.process.terminate()
                worker.process.join()
            worker.conn.close()


# what a worker hands back for one document in analyse_all: its events as rows, its sentence and time-expression
# counts (rows, not dataclasses: pickling and unpickling rows costs a third as much)
_Result = tuple[tuple[EventRow, ...], int, int]


def _same(analysis: Analysis) -> Analysis:
    return analysis


def _rows(analysis: Analysis) -> _Result:
    return tuple([event_to_row(e) for e in analysis.events]), analysis.sentences, analysis.timexes


def analyse_all(docs: list[Document], taxonomy: Taxonomy, jobs: int,
                on_error: Callable[[DocumentError], None] | None = None) -> Iterator[tuple[Document, Analysis]]:
    """Each document with its events, tagged on all cores for large inputs; in input order (a document whose
    analysis fails: as in analyse_each)."""
    if jobs <= 1 or len(docs) < PARALLEL_FROM:
        yield from analyse_each(docs, taxonomy, jobs, _same, on_error)
        return
    for doc, (rows, sentences, timexes) in analyse_each(docs, taxonomy, jobs, _rows, on_error):
        yield doc, Analysis(tuple([event_from_row(r) for r in rows]), sentences, timexes)
