"""The batch CLI: JSONL in, JSONL out; a bad document gives an error line and the others are still written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_tag(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline", "tag", *args], input=stdin, capture_output=True, text=True, cwd=ROOT,
        check=False,
    )


def test_stdin_to_stdout() -> None:
    docs = [
        {"id": "a", "dct": "2024-03-28", "text": "AFP reported on Thursday."},
        {"id": "b", "dct": None, "text": "They met on Tuesday in 1998."},
    ]
    result = run_tag("\n".join(json.dumps(d) for d in docs) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert [(t["text"], t["type"], t["value"]) for t in out[0]["timexes"]] == [("Thursday", "DATE", "2024-03-28")]
    assert [(t["text"], t["value"]) for t in out[1]["timexes"]] == [("Tuesday", "XXXX-WXX-2"), ("1998", "1998")]
    first = out[0]["timexes"][0]
    assert {"start", "end", "rule", "first_day", "last_day", "granularity"} <= set(first)


def test_files_and_a_bad_document(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "ok1", "dct": "2024-03-28", "text": "Sales fell last year."}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "bad-date", "dct": "2024-02-30", "text": "Today."}) + "\n"
        + json.dumps({"id": "ok2", "dct": "2024-03-28", "text": "Nothing here."}) + "\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    result = run_tag("", "--input", str(source), "--output", str(target))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("error: ") for line in errors)
    assert "bad-date" in errors[1]
    out = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [o.get("id") for o in out] == ["ok1", None, "bad-date", "ok2"]
    assert out[0]["timexes"][0]["value"] == "2023"
    assert out[3]["timexes"] == []


ROUND_TRIP = [
    ("a/1", "2024-03-28", 'AFP said on Thursday <b> & "quotes" that talks run from July 26 to August 11.'),
    ("b", None, "Prices rose for more than three years; the plant closed in early 2019."),
    ("c", "2021-05-04", "Nothing dated here, just \x01 a control character and İ."),
]


def test_timeml_output_reads_back(tmp_path: Path) -> None:
    from datetime import date

    from timeline.tagger import tag
    from timeline.timeml import read_timeml

    stdin = "".join(json.dumps({"id": i, "dct": d, "text": t}) + "\n" for i, d, t in ROUND_TRIP)
    result = run_tag(stdin, "--format", "timeml", "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a_1.tml", "b.tml", "c.tml"]
    for (doc_id, dct, text), name in zip(ROUND_TRIP, ["a_1.tml", "b.tml", "c.tml"], strict=True):
        doc = read_timeml(tmp_path / "out" / name)
        anchor = date.fromisoformat(dct) if dct else None
        expected = tag(text, anchor)
        assert doc.id == doc_id and doc.dct == anchor
        assert doc.text == text.replace("\x01", " ")
        assert [(g.start, g.end, g.type, g.value) for g in doc.gold] == [
            (t.start, t.end, t.type.value, t.value) for t in expected
        ]
    assert len(read_timeml(tmp_path / "out" / "a_1.tml").gold) >= 3  # the test has something to compare


def test_timeml_output_needs_a_folder() -> None:
    result = run_tag('{"id": "a", "text": "Monday"}\n', "--format", "timeml")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.startswith("error: --format timeml")


@pytest.mark.parametrize("timeml", [False, True])
@pytest.mark.parametrize(("line", "error"), [
    # a line that is not JSON has no id: it is named by its line number alone
    ("{not json", "error: in.jsonl:2: not JSON"),
    # the look-alikes: an object without an id gets its line number as id (as in the output), one with an id
    # is named by it
    ('{"dct": "2024-02-30", "text": "Today."}', "error: in.jsonl:2: document 2: dct '2024-02-30' is not a date"),
    ('{"id": "x7", "dct": "2024-02-30", "text": "Today."}', "error: in.jsonl:2: document x7: dct '2024-02-30'"),
])
def test_a_bad_line_names_its_document_only_when_it_has_one(tmp_path: Path, line: str, error: str,
                                                              timeml: bool) -> None:
    """It used to say 'document None' for a line that is not JSON."""
    (tmp_path / "in.jsonl").write_text(
        json.dumps({"id": "ok", "dct": "2024-03-28", "text": "Sales fell last year."}) + "\n" + line + "\n",
        encoding="utf-8")
    options = ["--format", "timeml", "--output", str(tmp_path / "out")] if timeml else []
    result = subprocess.run([sys.executable, "-m", "timeline", "tag", "--input", "in.jsonl", *options],
                            capture_output=True, text=True, cwd=tmp_path, check=False,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(error) and len(result.stderr.splitlines()) == 1, result.stderr
    assert "None" not in result.stderr
