"""Our own development set for the event typer (tests/typing/dev_sentences.jsonl): well formed, balanced, ours."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from timeline.taxonomy import default_taxonomy

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "typing" / "dev_sentences.jsonl"
WIKIEVENTS = ROOT.parent / "shared" / "typing" / "wikievents.jsonl"
MIN_PER_TYPE = 35
MIN_SENTENCES = 440
FIELDS = {"id", "text", "context", "gold"}


def row_problems(row: object, types: tuple[str, ...]) -> list[str]:
    """What is wrong with one line of the set, as short reasons (empty when it is right)."""
    if not isinstance(row, dict):
        return ["not a JSON object"]
    problems = [f"unknown field {key!r}" for key in row if key not in FIELDS]
    problems += [f"missing field {key!r}" for key in ("id", "text", "gold") if key not in row]
    if not isinstance(row.get("id", ""), str) or not row.get("id", "x"):
        problems.append("id is not a non-empty string")
    text = row.get("text", "x")
    if not isinstance(text, str) or not text.strip():
        problems.append("text is not a non-empty string")
    context = row.get("context", ["x"])
    if not (isinstance(context, list) and 1 <= len(context) <= 3
            and all(isinstance(c, str) and c.strip() for c in context)):
        problems.append("context is not a list of one to three sentences")
    gold = row.get("gold", [types[0]])
    if not (isinstance(gold, list) and gold and all(isinstance(g, str) for g in gold)):
        problems.append("gold is not a non-empty list of types")
    else:
        problems += [f"unknown type {g!r}" for g in gold if g not in types]
        if len(set(gold)) != len(gold):
            problems.append("a type twice in gold")
    return problems


def set_problems(rows: list[dict[str, object]], types: tuple[str, ...], min_per_type: int) -> list[str]:
    """What is wrong with the set as a whole: duplicate ids or texts, too few sentences of a type (by first gold)."""
    problems = [f"id {i!r} {n} times" for i, n in Counter(r["id"] for r in rows).items() if n > 1]
    problems += [f"text {t!r} {n} times" for t, n in Counter(r["text"] for r in rows).items() if n > 1]
    per_type = Counter(str(r["gold"][0]) for r in rows if isinstance(r["gold"], list))  # type: ignore[index]
    problems += [f"{t}: {per_type[t]} sentences, fewer than {min_per_type}" for t in types
                 if per_type[t] < min_per_type]
    return problems


def load_devset() -> list[dict[str, object]]:
    return [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines() if line.strip()]


def file_problems(path: Path, types: tuple[str, ...]) -> dict[int, list[str]]:
    """The problems of each line of a JSONL set of typed sentences, by line number (blank lines not counted)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    bad = {}
    for number, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            bad[number] = [f"not JSON: {error}"]
            continue
        if problems := row_problems(row, types):
            bad[number] = problems
    return bad


def test_every_line_is_a_valid_row() -> None:
    assert file_problems(DEVSET, default_taxonomy().types) == {}


def test_the_set_is_large_balanced_and_without_duplicates() -> None:
    rows = load_devset()
    assert len(rows) >= MIN_SENTENCES
    assert set_problems(rows, default_taxonomy().types, MIN_PER_TYPE) == []


def test_no_sentence_is_taken_from_wikievents() -> None:
    # CI has ../shared beside the checkout; a missing file is a failure, not a skip.
    theirs = [json.loads(line)["text"].casefold() for line in WIKIEVENTS.read_text(encoding="utf-8").splitlines()
              if line.strip()]
    ours = [s for row in load_devset() for s in [row["text"], *row.get("context", [])]]  # type: ignore[list-item]
    assert len(theirs) > 300
    found = [s for s in ours if any(str(s).casefold().strip(" .") in t for t in theirs)]
    assert found == []


TYPES = ("attack", "justice", "other")


@pytest.mark.parametrize("row, reason", [
    ("a string", "not a JSON object"),
    ({"id": "a", "text": "x", "gold": ["attack"], "label": "y"}, "unknown field 'label'"),
    ({"id": "a", "gold": ["attack"]}, "missing field 'text'"),
    ({"id": "", "text": "x", "gold": ["attack"]}, "id is not a non-empty string"),
    ({"id": "a", "text": "  ", "gold": ["attack"]}, "text is not a non-empty string"),
    ({"id": "a", "text": "x", "context": [], "gold": ["attack"]}, "context is not a list"),
    ({"id": "a", "text": "x", "context": "one", "gold": ["attack"]}, "context is not a list"),
    ({"id": "a", "text": "x", "context": ["1", "2", "3", "4"], "gold": ["attack"]}, "context is not a list"),
    ({"id": "a", "text": "x", "gold": []}, "gold is not a non-empty list"),
    ({"id": "a", "text": "x", "gold": "attack"}, "gold is not a non-empty list"),
    ({"id": "a", "text": "x", "gold": ["sport"]}, "unknown type 'sport'"),
    ({"id": "a", "text": "x", "gold": ["attack", "attack"]}, "a type twice"),
])
def test_the_row_check_catches_bad_rows(row: object, reason: str) -> None:
    assert any(reason in p for p in row_problems(row, TYPES))


def test_the_row_check_accepts_a_good_row() -> None:
    row = {"id": "a", "text": "A court jailed him on Friday.", "context": ["He was found guilty."],
           "gold": ["justice", "other"]}
    assert row_problems(row, TYPES) == []


@pytest.mark.parametrize("rows, reason", [
    ([{"id": "a", "text": "x", "gold": ["attack"]}, {"id": "a", "text": "y", "gold": ["justice"]}], "id 'a' 2 times"),
    ([{"id": "a", "text": "x", "gold": ["attack"]}, {"id": "b", "text": "x", "gold": ["justice"]}], "text 'x' 2 times"),
    ([{"id": "a", "text": "x", "gold": ["attack"]}, {"id": "b", "text": "y", "gold": ["attack", "justice"]}],
     "justice: 0 sentences"),
])
def test_the_set_check_catches_duplicates_and_missing_types(rows: list[dict[str, object]], reason: str) -> None:
    assert any(reason in p for p in set_problems(rows, ("attack", "justice"), 1))
