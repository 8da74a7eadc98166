"""A .jsonl is read line by line, lines ending at a line feed alone (as the Dask build reads them): characters that
str.splitlines() takes for line breaks stay inside their line, and a bad line is reported as `error: FILE:LINE:
reason` while the file's other lines are still read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.documents import MAX_BYTES, InputError, jsonl_document, load_documents

# records written for these tests
FIRST = "The port reopened on 3 May 2023.{sep}Ships queued outside the breakwater."
SECOND = "The council met again on 9 May 2023."


def _record(text: str, **fields: str) -> str:
    return json.dumps({"text": text, "published": "2024-03-28", **fields}, ensure_ascii=False)


def _raw(sep: str) -> str:
    """A line whose text has SEP in it raw (json.dumps would escape a control character)."""
    return _record(FIRST.format(sep="<sep>")).replace("<sep>", sep)


def _texts(lines: list[str]) -> dict[str, str]:
    """The text of each line that is a document, by the id it gets (its own, or feed-LINE)."""
    texts = {}
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(record, dict) and "text" in record:
            texts[record.get("id", f"feed-{number}")] = record["text"]
    return texts


# (the lines of feed.jsonl, the line ending, the ids read in order, the bad lines as (line number, reason))
CASES = [
    # characters JSON allows raw inside a string, that str.splitlines() would break a line at
    *[pytest.param([_raw(sep), _record(SECOND)], "\n", ["feed-1", "feed-2"], [],
                   id=f"raw U+{ord(sep):04X} inside a string") for sep in ("\u2028", "\u2029", "\u0085")],
    # control characters JSON does not allow raw in a string: the line is bad, but it is one line, and the lines
    # after it keep their numbers (and so their ids)
    *[pytest.param([_raw(sep), _record(SECOND)], "\n", ["feed-2"],
                   [(1, "not JSON (Invalid control character at)")], id=f"raw {sep!r} inside a string")
      for sep in ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e")],
    pytest.param([_record(FIRST.format(sep=" ")), _record(SECOND)], "\r\n", ["feed-1", "feed-2"], [],
                 id="CRLF line endings"),
    pytest.param([_record(FIRST.format(sep=" ")), "", "  ", _record(SECOND)], "\n", ["feed-1", "feed-4"], [],
                 id="blank lines are skipped and counted"),
    pytest.param([_record(FIRST.format(sep=" ")), '{"text": "cut off', _record(SECOND, id="kept")], "\n",
                 ["feed-1", "kept"], [(2, "not JSON (Unterminated string starting at)")],
                 id="a bad line keeps the others"),
    pytest.param(["[1, 2]", _record(SECOND), json.dumps({"text": SECOND, "heading": "x"})], "\n", ["feed-2"],
                 [(1, "a JSON document must be an object with title, published and text"),
                  (3, "unknown fields heading (known: date, id, published, source, text, title, url)")],
                 id="records that are not documents"),
    # a feed of thousands of articles is not held to one file's size limit (5 MB); a line is
    pytest.param([_record(SECOND + " Talks went on." * 230) for _ in range(1800)], "\n",
                 [f"feed-{n}" for n in range(1, 1801)], [], id="a feed of 6 MB"),
    pytest.param([_record(SECOND), _record("word " * (1024 * 1024 + 10)), _record(SECOND)], "\n",
                 ["feed-1", "feed-3"], [(2, "the line is 5.0 MB; the limit is 5 MB")], id="one line over 5 MB"),
    pytest.param(['{"text": ', "{}"], "\r\n", [],
                 [(1, "not JSON (Expecting value)"), (2, "the 'text' field is missing or not a string")],
                 id="every line bad"),
]


@pytest.mark.parametrize(("lines", "ending", "ids", "bad"), CASES)
def test_jsonl_lines(tmp_path: Path, lines: list[str], ending: str, ids: list[str],
                     bad: list[tuple[int, str]]) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes((ending.join(lines) + ending).encode("utf-8"))
    result = load_documents([feed])
    assert [d.id for d in result.documents] == ids
    assert list(result.errors) == [f"error: {feed}:{number}: {reason}" for number, reason in bad]
    # each document's text is its line's, whole: no separator or line ending lost or added
    texts = _texts(lines)
    assert [d.text for d in result.documents] == [texts[i] for i in ids]


@pytest.mark.parametrize(("ids", "bad", "status"), [
    pytest.param(["feed-1", "feed-3"], True, 1, id="a bad line: the rest is built, exit status 1"),
    pytest.param(["feed-1", "feed-3"], False, 0, id="no bad line: exit status 0"),
])
def test_build_keeps_the_good_lines_of_a_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str], ids: list[str],
                                               bad: bool, status: int) -> None:
    feed = tmp_path / "feed.jsonl"
    middle = '{"text": "cut' if bad else ""
    feed.write_text("\n".join([_record(FIRST.format(sep="\u2028")), middle, _record(SECOND)]) + "\n",
                    encoding="utf-8")
    assert main(["build", str(feed), "--out", str(tmp_path / "out"), "--jobs", "1"]) == status
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error: ")]
    assert errors == ([f"error: {feed}:2: not JSON (Unterminated string starting at)"] if bad else [])
    documents = json.loads((tmp_path / "out" / "documents.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in documents] == ids


# the 5 MB limit is the line's without its ending, whichever engine hands the line over (Dask's reader keeps the
# ending on, the local one has split it off)
@pytest.mark.parametrize("ending", [b"", b"\n", b"\r\n"])
@pytest.mark.parametrize(("extra", "kept"), [(0, True), (1, False)])
def test_a_line_of_exactly_the_limit_is_kept(ending: bytes, extra: int, kept: bool) -> None:
    head, tail = b'{"published": "2024-03-28", "text": "', b'"}'
    raw = head + b"w" * (MAX_BYTES + extra - len(head) - len(tail)) + tail
    assert len(raw) == MAX_BYTES + extra
    if kept:
        assert jsonl_document(raw + ending, "feed.jsonl", 1, None)[0].id == "feed-1"
    else:
        with pytest.raises(InputError, match="feed.jsonl:1: the line is 5.0 MB; the limit is 5 MB"):
            jsonl_document(raw + ending, "feed.jsonl", 1, None)
