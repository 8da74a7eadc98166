"""Read articles: .txt with optional front matter, .json, .jsonl, .tml, and folders of them.

A bad file gives one `error: PATH: reason` line and never stops the others; text that is not UTF-8 is decoded with
a fallback and a warning. Boilerplate lines ("Read more" and the link headline after it) stay in the text, so
offsets keep pointing into the original, but are marked so that no event or context comes from them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from timeline.model import Document
from timeline.timeml import TimeMLError, parse_timeml

MAX_BYTES = 5 * 1024 * 1024
EXTENSIONS = (".txt", ".md", ".json", ".jsonl", ".tml")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
FRONT_MATTER_KEYS = {"title", "published", "date", "source", "url", "id"}
JSON_KEYS = {"id", "title", "published", "date", "text", "source", "url"}


class InputError(Exception):
    """A file that cannot be read as an article; str() is "PATH: reason"."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class LoadResult:
    """The documents read from some paths, one `error: PATH: reason` line per rejected input, and warnings."""

    documents: tuple[Document, ...]
    errors: tuple[str, ...]
    warnings: tuple[str, ...]


# YYYY-MM-DD, optionally with a time and a zone after it (the day is the one written)
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"
                      r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?")
# day and month both written as numbers, year not first: "04/03/2024" is 4 March or 3 April depending on the writer
NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b")
# dateparser in strict mode: the day, the month and the year must all be written; the wall time is kept as written
DATEPARSER_SETTINGS: dict[str, Any] = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
# two unrelated days: a text whose date changes with the day it is read against ("yesterday", "in 3 days") is relative
PROBE_BASES = (datetime(2001, 6, 15, 12), datetime(2013, 11, 2, 3))
EXAMPLES = "2024-03-28; 28 March 2024; March 28, 2024; 28/03/2024; Thu, 28 Mar 2024 09:12:00 +0100"


def parse_date(value: object, path: str) -> date | None:
    """A publication date as written by someone else: ISO (YYYY-MM-DD, with or without a time), or any complete
    date dateparser reads in strict mode ("Thu, 28 Mar 2024 09:12:00 +0100", "March 28, 2024", "28 mars 2024").

    None when there is no value. The day is the calendar day written, whatever the time zone ("23:30 -0500" stays
    on its day, never moved to UTC). Nothing is resolved against today: relative words ("yesterday", "next Friday"),
    a missing day or year, and day/month orders that could be read both ways are refused with an InputError.
    """
    if value is None:
        return None
    text = " ".join(str(value).split())
    if not text:
        raise InputError(path, "published date is empty (give a date such as 2024-03-28, or leave the field out)")
    iso = ISO_DATE.fullmatch(text)
    if iso:
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            raise InputError(path, f"published date {text!r} does not exist") from None
    numeric = NUMERIC_DATE.search(text)
    if numeric and numeric.group(1) != numeric.group(2) and max(int(numeric.group(1)), int(numeric.group(2))) <= 12:
        raise InputError(path, f"published date {text!r} is ambiguous (day/month or month/day?); write the month as "
                               "a word or the date as YYYY-MM-DD")
    import dateparser  # only for dates not in ISO form: importing it costs more than parsing every ISO date

    read: set[datetime | None] = set()
    for base in PROBE_BASES:
        read.add(dateparser.parse(text, settings={**DATEPARSER_SETTINGS, "RELATIVE_BASE": base}))
        if None in read:
            raise InputError(path, f"published date {text!r} is not a date with day, month and year (such as "
                                   f"{EXAMPLES})")
    if len(read) > 1:
        raise InputError(path, f"published date {text!r} is not a date: it is relative to the day it is read; "
                               "write the day itself (such as 2024-03-28)")
    (when,) = read
    assert when is not None
    return when.date()


# Windows-1252 as browsers read it (the WHATWG Encoding Standard): Latin-1, but for the bytes 0x80-0x9F that
# cp1252 gives printable characters (curly quotes, dashes, the euro sign); its five undefined bytes stay C1 controls
_CP1252_C1 = {b: ch for b in range(0x80, 0xA0) if (ch := bytes([b]).decode("cp1252", errors="replace")) != "\ufffd"}
_FROM_LATIN_1 = str.maketrans({chr(b): ch for b, ch in _CP1252_C1.items()})


def windows_1252(data: bytes) -> str:
    """Bytes that are not UTF-8 read as Windows-1252: every byte is a character, none is lost or replaced."""
    return data.decode("latin-1").translate(_FROM_LATIN_1)


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (with or without BOM), else cp1252/Latin-1 with a warning; binary data is rejected."""
    if not data.strip():
        raise InputError(path, "the file is empty")
    if len(data) > MAX_BYTES:
        size = len(data) / 1024 / 1024
        raise InputError(path, f"the file is {size:.1f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB")
    if b"\x00" in data[:8192]:
        raise InputError(path, "the file is binary, not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    text = windows_1252(data)
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise InputError(path, "the file is binary, not text")
    return text, [f"warning: {path}: not UTF-8; read as Windows-1252/Latin-1"]


def _stem(name: str) -> str:
    base = Path(name).name
    for ext in EXTENSIONS:
        if base.lower().endswith(ext):
            return base[: -len(ext)]
    return Path(base).stem


def parse_front_matter(text: str, path: str) -> tuple[dict[str, str], int]:
    """The `key: value` lines between --- fences at the top, and where the body starts (0 without front matter)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    fields: dict[str, str] = {}
    for number, line in enumerate(match.group(1).splitlines(), 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise InputError(path, f"front matter line {number} is not 'key: value'")
        fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, match.end()


def _document(
    doc_id: str, text: str, published: date | None, title: str, source: str, url: str, path: str
) -> Document:
    if not text.strip():
        raise InputError(path, "the article has no text")
    return Document(id=doc_id, text=text, published=published, title=title or _first_line(text), source=source,
                    url=url, path=path)


def _first_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= 100 else line[:99].rstrip() + "…"


def parse_text_file(name: str, text: str, published: date | None) -> Document:
    """A .txt article: optional front matter (title, published, source, url, id), then the body."""
    fields, body_start = parse_front_matter(text, name)
    date_value = fields.get("published") or fields.get("date")
    doc_date = parse_date(date_value, name) if date_value else published
    body = text[body_start:]
    return _document(fields.get("id") or _stem(name), body, doc_date, fields.get("title", ""),
                     fields.get("source", ""), fields.get("url", ""), name)


def _from_record(record: Any, name: str, default_id: str, published: date | None, where: str = "") -> Document:
    """The document a JSON record gives; NAME is its path (FILE:LINE for a .jsonl line), and its errors say WHERE
    (default: NAME)."""
    where = where or name
    if not isinstance(record, dict):
        raise InputError(where, "a JSON document must be an object with title, published and text")
    unknown = set(record) - JSON_KEYS
    if unknown:
        raise InputError(where, f"unknown fields {', '.join(sorted(unknown))} (known: {', '.join(sorted(JSON_KEYS))})")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, "the 'text' field is missing or not a string")
    for key in ("title", "source", "url", "id"):
        if key in record and record[key] is not None and not isinstance(record[key], str | int):
            raise InputError(where, f"the '{key}' field must be a string")
    date_value = record.get("published", record.get("date"))
    doc_date = parse_date(date_value, where) if date_value else published
    return _document(str(record.get("id") or default_id), text, doc_date, str(record.get("title") or ""),
                     str(record.get("source") or ""), str(record.get("url") or ""), name)


def decode_line(raw: bytes, where: str) -> tuple[str, str | None]:
    """One .jsonl line's bytes to text: UTF-8 (a BOM dropped), else Windows-1252, with a warning for WHERE."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return windows_1252(raw), f"warning: {where}: not UTF-8; read as Windows-1252/Latin-1"


def jsonl_lines(data: bytes) -> list[tuple[int, bytes]]:
    """The lines of a .jsonl, numbered from 1, blank ones left out, as the Dask build reads them. JSON Lines are
    separated by line feeds alone (a carriage return before one is part of the line ending): str.splitlines() would
    also break a line at U+2028, U+2029 and U+0085, which JSON allows raw inside a string, and at VT, FF, FS, GS and
    RS, which make a line bad but must not move the numbers (and ids) of the lines after it."""
    return [(number, line) for number, line in enumerate(data.split(b"\n"), 1) if line.strip()]


def jsonl_document(raw: bytes, name: str, number: int, published: date | None) -> tuple[
        Document, str | None, str | None]:
    """Line NUMBER of the .jsonl NAME (its bytes, line ending or not) as a document, the id its record gives (None
    if none) and a warning (None if none); InputError "NAME:NUMBER: reason" for a bad line. Both engines read a
    .jsonl line by line with this, so they keep and report the same lines."""
    where = f"{name}:{number}"
    raw = raw.removesuffix(b"\n").removesuffix(b"\r")  # the limit is the line's, without its ending
    if len(raw) > MAX_BYTES:
        raise InputError(where, f"the line is {len(raw) / 1024 / 1024:.1f} MB; the limit is 5 MB")
    text, warning = decode_line(raw, where)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not JSON ({exc.msg})") from None
    doc = _from_record(record, where, f"{_stem(name)}-{number}", published, where)
    return doc, str(record["id"]) if record.get("id") else None, warning


def _parse_file(name: str, data: bytes, published: date | None) -> tuple[list[Document], list[InputError],
                                                                          list[str]]:
    """One file's documents, the bad lines of a .jsonl (whose other lines are kept), and warnings; raises
    InputError for a file that is bad as a whole."""
    lower = name.lower()
    if lower.endswith(".jsonl"):  # decoded line by line: one line that is not UTF-8 garbles no other
        # no limit on the whole file (a feed of thousands of articles; each line has its own limit)
        if not data.strip():
            raise InputError(name, "the file is empty")
        # no whole-file binary check: a line with a NUL byte is reported as a bad line, the others kept (as on Dask)
        docs = []
        bad = []
        line_warnings = []
        for number, raw in jsonl_lines(data):
            try:
                doc, _, warning = jsonl_document(raw, name, number, published)
            except InputError as exc:
                bad.append(exc)
                continue
            docs.append(doc)
            line_warnings += [warning] if warning else []
        if not docs and not bad:
            raise InputError(name, "no documents in the file")
        return docs, bad, line_warnings
    text, warnings = decode(data, name)
    if lower.endswith(".json"):
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(name, f"not JSON ({exc.msg} at line {exc.lineno})") from None
        return [_from_record(record, name, _stem(name), published)], [], warnings
    if lower.endswith(".tml"):
        try:
            tml = parse_timeml(text, _stem(name))
        except TimeMLError as exc:
            raise InputError(name, str(exc)) from None
        return [_document(tml.id, tml.text, tml.dct or published, "", "", "", name)], [], warnings
    return [parse_text_file(name, text, published)], [], warnings


def read_document_bytes(name: str, data: bytes, published: date | None = None) -> tuple[list[Document], list[str],
                                                                                   list[str]]:
    """One file's content (an upload) read as read_document_file reads a file: its documents, an
    `error: NAME:LINE: reason` line for each bad line of a .jsonl (its other lines are kept), and warnings;
    InputError for content that is bad as a whole."""
    docs, bad, warnings = _parse_file(name, data, published)
    return docs, [f"error: {exc}" for exc in bad], warnings


def parse_document_bytes(name: str, data: bytes, published: date | None = None) -> tuple[list[Document], list[str]]:
    """Parse one file's content into documents (several for .jsonl) and warnings; raises InputError if unusable
    (for a .jsonl: if any line is; read_document_bytes and read_document_file keep the good lines instead).

    `published` is the date for documents that do not give one.
    """
    docs, bad, warnings = _parse_file(name, data, published)
    if bad:
        raise bad[0]
    return docs, warnings


def iter_files(paths: Sequence[str | Path]) -> Iterable[tuple[Path | None, str]]:
    """Each input file under the paths (folders recursively, sorted), or (None, error line) for a bad path."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in EXTENSIONS
                           and not p.name.startswith("."))
            if not found:
                yield None, f"error: {path}: no article files ({', '.join(EXTENSIONS)}) in this folder"
            for item in found:
                if item.name.lower() != "readme.md":
                    yield item, ""
        elif path.is_file():
            yield path, ""
        else:
            yield None, f"error: {path}: no such file or folder"


def read_document_file(path: str | Path, published: date | None = None) -> tuple[list[Document], list[str],
                                                                                 list[str]]:
    """The documents of one article file, an `error: PATH:LINE: reason` line for each bad line of a .jsonl (its
    other lines are kept), and warnings; InputError for a file over the size limit (for a .jsonl, of any size, the
    limit is each line's), one that cannot be read, or bad content."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES and path.suffix.lower() != ".jsonl":  # a .jsonl's limit is a line's
            raise InputError(str(path), f"the file is {size / 1024 / 1024:.1f} MB; the limit is 5 MB")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), str(exc.strerror or exc)) from None
    return read_document_bytes(str(path), data, published)


def unique_ids(wanted: Sequence[str]) -> list[str]:
    """An id for each of the documents that want these ids, in input order, no two alike: the first document that
    wants an id keeps it; each other one gets ID-2, ID-3..., the first that no input wants and none was given. So
    `a.txt` twice beside an `a-2.txt` gives a, a-3, a-2, whatever their order; the same inputs, the same ids."""
    wanted_set = set(wanted)
    given: set[str] = set()
    tried: dict[str, int] = {}  # the last N tried for an id: many documents wanting one id cost no more each
    ids = []
    for doc_id in wanted:
        chosen = doc_id
        if doc_id in given:
            number = tried.get(doc_id, 1)
            while True:
                number += 1
                chosen = f"{doc_id}-{number}"
                if chosen not in wanted_set and chosen not in given:
                    break
            tried[doc_id] = number
        given.add(chosen)
        ids.append(chosen)
    return ids


def load_documents(paths: Sequence[str | Path], published: date | None = None) -> LoadResult:
    """Read every article under the paths; a bad file (or a bad line of a .jsonl) is reported and skipped, the others
    are still read; ids are made unique (unique_ids)."""
    documents: list[Document] = []
    errors: list[str] = []
    warnings: list[str] = []
    for path, error in iter_files(paths):
        if path is None:
            errors.append(error)
            continue
        try:
            docs, bad_lines, notes = read_document_file(path, published)
        except InputError as exc:
            errors.append(f"error: {exc}")
            continue
        errors.extend(bad_lines)
        warnings.extend(notes)
        documents.extend(docs)
    # two files may share a name in different folders: ids stay unique and stable
    ids = unique_ids([doc.id for doc in documents])
    unique = [doc if doc.id == doc_id else replace(doc, id=doc_id) for doc, doc_id in zip(documents, ids, strict=True)]
    for doc in unique:
        if doc.published is None:
            warnings.append(
                f"warning: {doc.path}: no publication date; relative dates ('on Thursday', 'last year') stay "
                "unresolved (give one with --published)"
            )
    return LoadResult(tuple(unique), tuple(errors), tuple(warnings))


def _boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    text = (resources.files("timeline") / "resources" / "boilerplate.tsv").read_text(encoding="utf-8")
    patterns = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            pattern = re.compile(line, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"timeline/resources/boilerplate.tsv:{number}: bad regex: {exc}") from None
        if pattern.groups:  # (the patterns are joined into one alternation, where a group's number would shift)
            raise ValueError(f"timeline/resources/boilerplate.tsv:{number}: a capturing group; write (?:...)")
        patterns.append(pattern)
    return tuple(patterns)


BOILERPLATE = _boilerplate_patterns()
# the patterns as one alternation: a line fully matches it when it fully matches one of them (one call a line, not
# one a pattern)
_ANY_BOILERPLATE = re.compile("|".join(f"(?:{p.pattern})" for p in BOILERPLATE), re.IGNORECASE)
_LINE = re.compile(r"[^\n]*")


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges that are not article text: "Read more" style lines and the link headline after each."""
    spans: list[tuple[int, int]] = []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
    skip_next = False
    for start, end in lines:
        line = text[start:end].strip()
        if skip_next and line:
            spans.append((start, end))
            skip_next = False
            continue
        if _ANY_BOILERPLATE.fullmatch(line):
            spans.append((start, end))
            skip_next = True  # the headline of the linked story follows
    return spans
