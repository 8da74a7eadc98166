"""`classify` and `eval-types`: JSONL in, typed lines or scores out; bad input is one error line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.commands.types import macro_f1

ROOT = Path(__file__).resolve().parents[1]


def run(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, check=False)


def test_classify_gives_type_second_and_confidence() -> None:
    lines = [{"id": "a", "text": "Voters went to the polls to choose a new parliament."},
             {"id": "b", "text": "It was closed.", "context": ["The museum shows paintings by old masters."]}]
    result = run("\n".join(json.dumps(x) for x in lines) + "\n", "classify")
    assert result.returncode == 0, result.stderr
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [set(o) for o in out] == [{"id", "type", "second", "confidence"}] * 2
    assert out[0]["id"] == "a" and out[0]["type"] == "politics"
    assert all(0.0 <= o["confidence"] <= 1.0 for o in out)


@pytest.mark.parametrize(
    "line, message",
    [
        ("not json", "not JSON"),
        ('{"id": 1}', "no text field"),
        ('{"id": 1, "text": "x", "context": 5}', "context must be"),
    ],
)
def test_classify_reports_a_bad_line_and_goes_on(line: str, message: str) -> None:
    result = run(line + '\n{"id": 2, "text": "The election was held."}\n', "classify")
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [2]  # the id as given


def test_eval_types_prints_accuracy_f1_and_confusion(tmp_path: Path) -> None:
    rows = [{"text": "Voters chose a new parliament in a general election.", "gold": ["politics"]},
            {"text": "The striker scored twice in the cup final.", "gold": ["sports"]},
            {"text": "The striker scored twice in the cup final.", "gold": ["culture"]}]
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    taxonomy = tmp_path / "t.tsv"
    taxonomy.write_text("politics\telection\nsports\tstriker\nculture\tfilm\nother\n", encoding="utf-8")
    result = run("", "eval-types", str(path), "--taxonomy", str(taxonomy))
    assert result.returncode == 0, result.stderr
    assert "accuracy  66.7 % (2/3)" in result.stdout
    assert "macro-F1  0.556 (over the 3 types given as gold or predicted)" in result.stdout  # 1, 2/3, 0
    assert "gold \\ predicted" in result.stdout


def test_eval_types_bad_gold_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "x", "gold": []}\n', encoding="utf-8")
    result = run("", "eval-types", str(path))
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: {path}:1: gold must be a non-empty list of types"


@pytest.mark.parametrize(
    "pairs, expected",
    [
        ([("a", ("a",)), ("b", ("b",))], 1.0),
        ([("a", ("b",))], 0.0),
        ([("a", ("a", "b")), ("a", ("b",))], (2 / 3 + 0) / 2),  # a: p 1/2 r 1 -> 2/3; b: missed once
    ],
)
def test_macro_f1(pairs: list[tuple[str, tuple[str, ...]]], expected: float) -> None:
    assert macro_f1(pairs, ["a", "b"]) == pytest.approx(expected)


def test_classify_with_a_users_taxonomy(tmp_path: Path) -> None:
    taxonomy = tmp_path / "mine.tsv"
    taxonomy.write_text("elections\tballot\nelections\tpolling station\nprotests\tprotester\nother\n",
                        encoding="utf-8")
    lines = [{"id": "a", "text": "Queues formed outside every polling station."},
             {"id": "b", "text": "Protesters blocked the bridge."},
             {"id": "c", "text": "The bakery opened late."}]
    result = run("\n".join(json.dumps(x) for x in lines) + "\n", "classify", "--taxonomy", str(taxonomy))
    assert result.returncode == 0, result.stderr
    assert [json.loads(x)["type"] for x in result.stdout.splitlines()] == ["elections", "protests", "other"]


def test_classify_bad_taxonomy_is_one_line(tmp_path: Path) -> None:
    taxonomy = tmp_path / "bad.tsv"
    taxonomy.write_text("Elections\tballot\n", encoding="utf-8")
    result = run("", "classify", "--taxonomy", str(taxonomy))
    assert result.returncode == 1 and result.stderr.startswith(f"error: {taxonomy}:1: type")
