"""Sub-commands of `python -m timeline`."""

from __future__ import annotations

import sys
from typing import IO


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
