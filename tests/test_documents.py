"""Reading articles: every format, ids, dates, boilerplate, and bad input reported one line each."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from timeline.documents import InputError, boilerplate_spans, load_documents, parse_document_bytes

TML = (
    '<?xml version="1.0" ?><TimeML><DOCID>APW1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" '
    'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>They met <TIMEX3 tid="t1" type="DATE" '
    'value="1998-02-13">Friday</TIMEX3>.</TEXT></TimeML>'
)


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("a.txt", "---\ntitle: T\npublished: 2024-03-28\nsource: S\nurl: http://x\n---\nBody text.",
         [("a", "T", date(2024, 3, 28), "Body text.")]),
        ("b.txt", "Just a body.\nSecond line.", [("b", "Just a body.", None, "Just a body.\nSecond line.")]),
        ("c.txt", "---\nid: custom\ndate: 2020-01-02\n---\nBody.", [("custom", "Body.", date(2020, 1, 2), "Body.")]),
        ("d.json", json.dumps({"title": "T", "published": "2024-03-28", "text": "Body."}),
         [("d", "T", date(2024, 3, 28), "Body.")]),
        ("e.json", json.dumps({"id": "x9", "title": "T", "published": "2024-03-28T10:00:00Z", "text": "Body."}),
         [("x9", "T", date(2024, 3, 28), "Body.")]),
        ("f.jsonl", json.dumps({"title": "A", "text": "One."}) + "\n\n" + json.dumps({"id": "k", "text": "Two."}),
         [("f-1", "A", None, "One."), ("k", "Two.", None, "Two.")]),
        ("g.tml", TML, [("APW1", "They met Friday.", date(1998, 2, 13), "They met Friday.")]),
    ],
)
def test_formats(name: str, content: str, expected: list[tuple[object, ...]]) -> None:
    docs, warnings = parse_document_bytes(name, content.encode("utf-8"))
    assert [(d.id, d.title, d.published, d.text) for d in docs] == expected
    assert warnings == []


def test_default_published_date_fills_only_missing_dates() -> None:
    docs, _ = parse_document_bytes("a.txt", b"No front matter.", date(2023, 5, 1))
    assert docs[0].published == date(2023, 5, 1)
    docs, _ = parse_document_bytes("a.txt", b"---\npublished: 2020-01-01\n---\nx", date(2023, 5, 1))
    assert docs[0].published == date(2020, 1, 1)


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n", "empty"),
        ("bin.txt", bytes(range(256)) * 4, "binary"),
        ("big.txt", b"a" * (5 * 1024 * 1024 + 1), "limit is 5 MB"),
        ("wrong.json", json.dumps({"headline": "x", "body": "y"}).encode(), "unknown fields"),
        ("notext.json", json.dumps({"title": "x"}).encode(), "'text' field"),
        ("list.json", b"[1, 2]", "must be an object"),
        ("broken.json", b"{not json", "not JSON"),
        ("date.txt", b"---\npublished: 2024-02-30\n---\nBody.", "does not exist"),
        ("date2.json", json.dumps({"text": "x", "published": "yesterday"}).encode(), "not a date"),
        ("bad.tml", b"<TimeML><TEXT>unclosed", "well-formed"),
        ("lines.jsonl", b'{"text": "ok"}\n{oops}\n', "lines.jsonl:2"),
    ],
)
def test_bad_input_is_one_clear_error(name: str, content: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        parse_document_bytes(name, content)
    message = str(info.value)
    assert message.startswith(name) and reason in message and "\n" not in message


def test_non_utf8_is_decoded_with_a_warning() -> None:
    docs, warnings = parse_document_bytes("latin.txt", "Café opened on Monday.".encode("cp1252"))
    assert docs[0].text == "Café opened on Monday."
    assert len(warnings) == 1 and "latin.txt" in warnings[0] and "not UTF-8" in warnings[0]


# (bytes that are not UTF-8, the text read): Windows-1252 where it gives a character, C1 controls for its five
# undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D), as browsers read it; nothing replaced or lost
CP1252_CASES = [
    (b"\x93Quoted\x94 \x96 \x80 5", "\u201cQuoted\u201d \u2013 \u20ac 5"),
    (b"caf\xe9 \x81 \x9d \x93ok\x94", "caf\u00e9 \x81 \x9d \u201cok\u201d"),
    (b"na\xefve \x8f\x90 \x85", "na\u00efve \x8f\x90 \u2026"),
]


@pytest.mark.parametrize(("raw", "text"), CP1252_CASES)
def test_a_text_file_and_a_feed_line_read_windows_1252_alike(raw: bytes, text: str) -> None:
    """A .txt file and a .jsonl line that are not UTF-8 are read the same way, with a warning each."""
    docs, warnings = parse_document_bytes("old.txt", raw)
    assert docs[0].text == text and "not UTF-8" in warnings[0]
    docs, warnings = parse_document_bytes("old.jsonl", b'{"text": "' + raw + b'"}\n')
    assert docs[0].text == text and warnings == ["warning: old.jsonl:1: not UTF-8; read as Windows-1252/Latin-1"]


def test_folders_bad_files_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("---\npublished: 2024-03-28\n---\nIt rained on Monday.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text("Another one.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ignored.csv").write_text("a,b", encoding="utf-8")
    result = load_documents([tmp_path, tmp_path / "missing.txt"])
    assert sorted(d.id for d in result.documents) == ["good", "good-2"]
    assert len(result.errors) == 2
    assert all(line.startswith("error: ") and "\n" not in line for line in result.errors)
    assert any("empty.txt: the file is empty" in line for line in result.errors)
    assert any("missing.txt: no such file or folder" in line for line in result.errors)
    assert any("no publication date" in w for w in result.warnings)


def test_boilerplate_lines_are_marked_and_offsets_kept() -> None:
    text = "First paragraph.\nRead more\nAnother story's headline\nLast paragraph."
    spans = boilerplate_spans(text)
    assert [text[s:e] for s, e in spans] == ["Read more", "Another story's headline"]
