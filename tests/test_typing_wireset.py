"""The held-out wire-news set for the event typer (tests/typing/wire_sentences.jsonl): well formed, ours, and a
floor on the typer's accuracy on it (set below the figure measured when the set was last scored, so that a change
that makes the typer clearly worse on news of the ACE event kinds fails here)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_typing_devset import DEVSET, WIKIEVENTS, row_problems, set_problems
from timeline.taxonomy import default_taxonomy
from timeline.typing import classify

ROOT = Path(__file__).resolve().parents[1]
WIRESET = ROOT / "tests" / "typing" / "wire_sentences.jsonl"
MIN_SENTENCES = 240
MIN_PER_TYPE = 10  # the set follows the ACE event kinds, not our types: justice and attack weigh most
# measured with `python3 -m timeline eval-types` (see tests/typing/README.md); floors a few points below
FLOOR = {"all": 0.85, "dev": 0.87, "test": 0.82}


def load_wireset() -> list[dict[str, object]]:
    return [json.loads(line) for line in WIRESET.read_text(encoding="utf-8").splitlines() if line.strip()]


def half(rows: list[dict[str, object]], name: str) -> list[dict[str, object]]:
    """The dev half (odd ids) or the test half (even ids); "all": every row."""
    if name == "all":
        return rows
    return [r for r in rows if int(str(r["id"])[4:]) % 2 == (1 if name == "dev" else 0)]


def accuracy(rows: list[dict[str, object]]) -> float:
    """The share of rows whose predicted type is one of their gold types, as `eval-types` counts it."""
    right = 0
    for row in rows:
        context = row.get("context", [])
        assert isinstance(context, list)
        right += classify(str(row["text"]), [str(c) for c in context]).type in row["gold"]  # type: ignore[operator]
    return right / len(rows)


def test_every_line_is_a_valid_row() -> None:
    types = default_taxonomy().types
    bad = {}
    for number, line in enumerate(WIRESET.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            bad[number] = [f"not JSON: {error}"]
            continue
        if problems := row_problems(row, types):
            bad[number] = problems
    assert bad == {}


def test_the_set_is_large_without_duplicates_and_numbered_in_order() -> None:
    rows = load_wireset()
    assert len(rows) >= MIN_SENTENCES
    assert set_problems(rows, default_taxonomy().types, MIN_PER_TYPE) == []
    assert [r["id"] for r in rows] == [f"wire{n:04d}" for n in range(1, len(rows) + 1)]


def test_the_halves_are_even() -> None:
    rows = load_wireset()
    assert abs(len(half(rows, "dev")) - len(half(rows, "test"))) <= 1


def normalised(text: object) -> str:
    return re.sub(r"\s+", " ", str(text)).casefold().strip(" .")


def test_no_sentence_is_taken_from_wikievents_or_the_dev_set() -> None:
    # CI has ../shared beside the checkout; a missing file is a failure, not a skip.
    theirs = [normalised(json.loads(line)["text"])
              for path in (WIKIEVENTS, DEVSET)
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ours = [normalised(s) for row in load_wireset()
            for s in [row["text"], *row.get("context", [])]]  # type: ignore[list-item]
    assert len(theirs) > 800
    found = [s for s in ours if any(s in t or t in s for t in theirs)]
    assert found == []


@pytest.mark.parametrize("name", sorted(FLOOR))
def test_the_typer_stays_above_its_floor(name: str) -> None:
    assert accuracy(half(load_wireset(), name)) >= FLOOR[name]


@pytest.mark.parametrize("rows, expected", [
    ([{"id": "w1", "text": "Gunmen opened fire on a crowded market, killing 14 people.", "gold": ["attack"]},
      {"id": "w2", "text": "Gunmen opened fire on a crowded market, killing 14 people.", "gold": ["sports"]}], 0.5),
    ([{"id": "w1", "text": "A court jailed the former minister for six years on Friday.", "gold": ["culture"]}], 0.0),
])
def test_the_accuracy_can_fail(rows: list[dict[str, object]], expected: float) -> None:
    assert accuracy(rows) == expected
