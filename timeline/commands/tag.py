"""`python -m timeline tag`: tag JSONL documents ({"id", "dct", "text"} a line) into JSONL time expressions."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import IO, Any

from timeline.tagger import tag


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    """Arguments of `tag`."""
    parser.add_argument("--input", help="JSONL file of documents (default: standard input)")
    parser.add_argument("--output", help="JSONL file to write (default: standard output)")


def tag_line(line: str, number: int) -> dict[str, Any]:
    """Tag one input line; a bad line gives {"id", "error"} instead of stopping the batch."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "line": number, "error": f"not JSON ({exc.msg})"}
    if not isinstance(record, dict):
        return {"id": None, "line": number, "error": "not a JSON object"}
    doc_id = record.get("id", number)
    text = record.get("text")
    if not isinstance(text, str):
        return {"id": doc_id, "line": number, "error": "no text field (a string)"}
    dct_raw = record.get("dct")
    try:
        dct = date.fromisoformat(dct_raw[:10]) if isinstance(dct_raw, str) and dct_raw else None
    except ValueError:
        return {"id": doc_id, "line": number, "error": f"dct {dct_raw!r} is not a date (YYYY-MM-DD)"}
    return {"id": doc_id, "timexes": [t.to_dict() for t in tag(text, dct)]}


def run(args: argparse.Namespace) -> int:
    """Tag every line; errors are reported per document and the others are still written."""
    failed = 0
    try:
        source: IO[str] = open(args.input, encoding="utf-8") if args.input else sys.stdin
    except OSError as exc:
        print(f"error: {args.input}: {exc.strerror}", file=sys.stderr)
        return 1
    try:
        sink: IO[str] = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    except OSError as exc:
        print(f"error: {args.output}: {exc.strerror}", file=sys.stderr)
        return 1
    with source, sink:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            result = tag_line(line, number)
            if "error" in result:
                failed += 1
                print(f"error: {args.input or 'stdin'}:{number}: document {result['id']}: {result['error']}",
                      file=sys.stderr)
            sink.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 1 if failed else 0
