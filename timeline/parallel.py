"""Tagging many documents on all cores."""

from __future__ import annotations

import multiprocessing
import os
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
