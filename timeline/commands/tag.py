"""`python -m timeline tag`: tag JSONL documents ({"id", "dct", "text"} a line) into JSONL time expressions, or
with `--format timeml` into one TimeML file a document (DCT and inline TIMEX3), as TimeML tools read them."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import IO, Any

from timeline.commands import open_streams
from timeline.tagger import tag


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    """Arguments of `tag`."""
    parser.add_argument("--input", help="JSONL file of documents (default: standard input)")
    parser.add_argument("--output", help="JSONL file to write (default: standard output); with --format timeml, "
                        "the folder to write DOC_ID.tml files into")
    parser.add_argument("--format", choices=("jsonl", "timeml"), default="jsonl", help="what to write")


def read_line(line: str, number: int) -> tuple[Any, date | None, str] | dict[str, Any]:
    """One input line as (id, dct, text), or {"id", "line", "error"} when it is not a document."""
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
    return doc_id, dct, text


def tag_line(line: str, number: int) -> dict[str, Any]:
    """Tag one input line; a bad line gives {"id", "error"} instead of stopping the batch."""
    read = read_line(line, number)
    if isinstance(read, dict):
        return read
    doc_id, dct, text = read
    return {"id": doc_id, "timexes": [t.to_dict() for t in tag(text, dct)]}


_UNSAFE_NAME = re.compile(r"[^\w.-]+")


def _tml_name(doc_id: object, number: int, used: set[str]) -> str:
    """A file name for a document: its id with anything but letters, digits, '.', '-' as '_'; unique."""
    stem = _UNSAFE_NAME.sub("_", str(doc_id)).strip("._") or f"doc{number}"
    name, extra = f"{stem}.tml", 1
    while name in used:
        extra += 1
        name = f"{stem}-{extra}.tml"
    used.add(name)
    return name


def _run_timeml(args: argparse.Namespace) -> int:
    from timeline.timeml import write_timeml  # only this format needs it: a JSONL run starts without it

    if not args.output:
        print("error: --format timeml: give --output DIR, the folder to write the .tml files into", file=sys.stderr)
        return 1
    folder = Path(args.output)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        source: IO[str] = open(args.input, encoding="utf-8") if args.input else sys.stdin
    except OSError as exc:
        print(f"error: {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1
    failed = 0
    used: set[str] = set()
    with source:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            read = read_line(line, number)
            if isinstance(read, dict):
                failed += 1
                print(_error_line(args.input or "stdin", number, read), file=sys.stderr)
                continue
            doc_id, dct, text = read
            path = folder / _tml_name(doc_id, number, used)
            temporary = path.with_suffix(".tml.part")
            temporary.write_text(write_timeml(str(doc_id), dct, text, tag(text, dct)), encoding="utf-8")
            temporary.replace(path)
    return 1 if failed else 0


def _error_line(name: str, number: int, failed: dict[str, Any]) -> str:
    """`error: FILE:LINE: [document ID: ]reason`; a line without an id (not JSON, or none given) names no document."""
    doc = f"document {failed['id']}: " if failed.get("id") is not None else ""
    return f"error: {name}:{number}: {doc}{failed['error']}"


def run(args: argparse.Namespace) -> int:
    """Tag every line; errors are reported per document and the others are still written."""
    if args.format == "timeml":
        return _run_timeml(args)
    failed = 0
    streams = open_streams(args.input, args.output)
    if streams is None:
        return 1
    source, sink = streams
    with source, sink:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            result = tag_line(line, number)
            if "error" in result:
                failed += 1
                print(_error_line(args.input or "stdin", number, result), file=sys.stderr)
            sink.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 1 if failed else 0
