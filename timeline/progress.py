"""A progress bar (tqdm) for long runs -- build, add, eval -- on a terminal, silent everywhere else."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")


def progress(items: Iterable[T], total: int, unit: str) -> Iterator[T]:
    """The items, drawing a progress bar (count, rate, time left) on standard error while they pass; nothing is
    drawn when standard error is not a terminal (a pipe, a log file, CI) or for a single item."""
    quiet = total <= 1 or not sys.stderr.isatty()
    yield from tqdm(items, total=total, unit=unit, file=sys.stderr, disable=quiet, dynamic_ncols=True)
