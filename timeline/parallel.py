"""Tagging many documents on all cores, and a progress bar for long runs on a terminal."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterator

from timeline.events import Analysis, analyse_document
from timeline.model import Document
from timeline.taxonomy import Taxonomy

PARALLEL_FROM = 16  # below this many documents, starting worker processes costs more than it saves


_TAXONOMY: Taxonomy | None = None


def _init_worker(taxonomy: Taxonomy) -> None:
    global _TAXONOMY
    _TAXONOMY = taxonomy


def _analyse(doc: Document) -> tuple[Document, Analysis]:
    return doc, analyse_document(doc, _TAXONOMY)


def analyse_all(docs: list[Document], taxonomy: Taxonomy, jobs: int) -> Iterator[tuple[Document, Analysis]]:
    """Each document with its events, tagged on all cores for large inputs; in input order."""
    if jobs <= 1 or len(docs) < PARALLEL_FROM:
        for doc in docs:
            yield doc, analyse_document(doc, taxonomy)
        return
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(taxonomy,)) as pool:
        yield from pool.imap(_analyse, docs, chunksize=8)


class Progress:
    """A one-line progress bar on a terminal's standard error; silent when it is not a terminal."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.on = sys.stderr.isatty() and total > 1

    def update(self, done: int) -> None:
        if self.on:
            width = 30
            filled = int(width * done / max(1, self.total))
            print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}", end="", file=sys.stderr)

    def close(self) -> None:
        if self.on:
            print(file=sys.stderr)
