"""Tagging many documents on all cores."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence

from timeline.events import Analysis, EventRow, analyse_document, event_from_row, event_to_row
from timeline.model import Document
from timeline.taxonomy import Taxonomy

PARALLEL_FROM = 16  # below this many documents, starting worker processes costs more than it saves
CHUNK_MOST = 64  # documents a worker takes at a time (at most): fewer round trips, still an even share at the end

# what a worker hands back for one document: its events as rows, its sentence and time-expression counts
_Result = tuple[tuple[EventRow, ...], int, int]

_TAXONOMY: Taxonomy | None = None
_DOCS: Sequence[Document] = ()  # with fork, the workers inherit the documents: only their positions are sent


def _init_worker(taxonomy: Taxonomy, docs: Sequence[Document]) -> None:
    global _TAXONOMY, _DOCS
    _TAXONOMY = taxonomy
    _DOCS = docs


def _result(analysis: Analysis) -> _Result:
    return tuple([event_to_row(e) for e in analysis.events]), analysis.sentences, analysis.timexes


def _analyse_at(position: int) -> _Result:
    return _result(analyse_document(_DOCS[position], _TAXONOMY))


def _analyse(doc: Document) -> _Result:
    return _result(analyse_document(doc, _TAXONOMY))


def chunk_size(documents: int, jobs: int) -> int:
    """Documents per task: about 16 tasks per worker, between 1 and CHUNK_MOST."""
    return max(1, min(CHUNK_MOST, documents // (jobs * 16)))


def analyse_all(docs: list[Document], taxonomy: Taxonomy, jobs: int) -> Iterator[tuple[Document, Analysis]]:
    """Each document with its events, tagged on all cores for large inputs; in input order."""
    if jobs <= 1 or len(docs) < PARALLEL_FROM:
        for doc in docs:
            yield doc, analyse_document(doc, taxonomy)
        return
    fork = hasattr(os, "fork")
    context = multiprocessing.get_context("fork" if fork else "spawn")
    chunk = chunk_size(len(docs), jobs)
    # a forked worker already holds the documents: it is sent positions, not texts, and sends back rows, not
    # dataclasses (the parent's share of the work is what limits scaling)
    with context.Pool(jobs, initializer=_init_worker, initargs=(taxonomy, docs if fork else ())) as pool:
        results: Iterator[_Result] = (pool.imap(_analyse_at, range(len(docs)), chunksize=chunk) if fork
                                      else pool.imap(_analyse, docs, chunksize=chunk))
        for doc, (rows, sentences, timexes) in zip(docs, results, strict=True):
            yield doc, Analysis(tuple([event_from_row(r) for r in rows]), sentences, timexes)
