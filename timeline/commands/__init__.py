"""Sub-commands of `python -m timeline`."""

from __future__ import annotations

import argparse
import os
import sys
from typing import IO


def at_least_one(text: str) -> int:
    """An argparse type: a whole number of processes, 1 or more (0 or -1 do not mean "all cores" or "serial")."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid int value: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def all_cores() -> int:
    """The default number of worker processes: one for each core."""
    return os.cpu_count() or 1


def open_input(path: str | None) -> IO[str] | None:
    """The file to read lines from (standard input without a path); None after an `error:` line if it cannot open."""
    try:
        return open(path, encoding="utf-8") if path else sys.stdin
    except OSError as exc:
        print(f"error: {path}: {exc.strerror}", file=sys.stderr)
        return None


def open_streams(source_path: str | None, sink_path: str | None) -> tuple[IO[str], IO[str]] | None:
    """The input and output of a JSONL command (standard input/output without paths); None after an `error:` line
    naming the one that cannot be opened."""
    source = open_input(source_path)
    if source is None:
        return None
    try:
        sink: IO[str] = open(sink_path, "w", encoding="utf-8") if sink_path else sys.stdout
    except OSError as exc:
        print(f"error: {sink_path}: {exc.strerror}", file=sys.stderr)
        if source is not sys.stdin:
            source.close()
        return None
    return source, sink
