"""The tagger case tables: every expression of tests/tagger_cases.tsv, and nothing in the negative table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from timeline.tagger import tag

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Case:
    """One row: a text with its expected expression marked [[...]], the anchor, and the expected type and value."""

    group: str
    text: str
    start: int
    end: int
    dct: date | None
    type: str
    value: str

    @property
    def id(self) -> str:
        return f"{self.group}: {self.text[self.start:self.end]} @ {self.dct}"


def _rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _unmark(marked: str) -> tuple[str, int, int]:
    start = marked.index("[[")
    end = marked.index("]]") - 2
    return marked.replace("[[", "").replace("]]", ""), start, end


def load_cases() -> list[Case]:
    cases = []
    for group, marked, dct, timex_type, value in _rows("tagger_cases.tsv"):
        text, start, end = _unmark(marked)
        cases.append(Case(group, text, start, end, None if dct == "-" else date.fromisoformat(dct), timex_type, value))
    return cases


def check_case(case: Case) -> str | None:
    """None when the tagger finds exactly the expected span with the expected type and value, else why not."""
    found = [t for t in tag(case.text, case.dct) if t.start < case.end and case.start < t.end]
    if not found:
        return f"nothing found at {case.text[case.start:case.end]!r}"
    timex = found[0]
    got = (timex.start, timex.end, timex.type.value, timex.value)
    want = (case.start, case.end, case.type, case.value)
    if got != want:
        return f"got {timex.text!r} {timex.type.value} {timex.value} (rule {timex.rule}), want {case.type} {case.value}"
    return None


CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case) -> None:
    assert check_case(case) is None, check_case(case)


def test_table_is_large_and_covers_every_kind() -> None:
    groups = {c.group for c in CASES}
    assert len(CASES) >= 150
    assert {"seed", "absolute", "relative", "vague", "duration", "set", "time", "undated"} <= groups


@pytest.mark.parametrize(
    "wrong",
    [
        Case("probe", "The minister resigned yesterday.", 22, 31, date(2024, 3, 28), "DATE", "2024-03-28"),
        Case("probe", "The minister resigned yesterday.", 22, 31, date(2024, 3, 28), "TIME", "2024-03-27"),
        Case("probe", "The minister resigned yesterday.", 13, 31, date(2024, 3, 28), "DATE", "2024-03-27"),
        Case("probe", "Nothing happened here.", 0, 7, date(2024, 3, 28), "DATE", "2024"),
    ],
)
def test_the_case_runner_can_fail(wrong: Case) -> None:
    """A wrong value, type or span, or a missing expression, is reported: the table above cannot pass vacuously."""
    assert check_case(wrong) is not None


NEGATIVES = [(group, *_unmark(text)) if "[[" in text else (group, text, 0, len(text)) for group, text in _rows(
    "tagger_negative_cases.tsv")]


@pytest.mark.parametrize("group, text, start, end", NEGATIVES, ids=[n[1] for n in NEGATIVES])
def test_not_a_date(group: str, text: str, start: int, end: int) -> None:
    hits = [t for t in tag(text, date(2024, 3, 28)) if t.start < end and start < t.end]
    assert hits == [], f"{group}: {[(t.text, t.rule) for t in hits]}"


def _corpus_texts() -> list[tuple[str, date | None]]:
    texts: list[tuple[str, date | None]] = [(c.text, c.dct) for c in CASES]
    texts.append(((ROOT_DIR / "seeds" / "paris-olympics-security.txt").read_text(encoding="utf-8"), date(2024, 3, 28)))
    from timeline.timeml import read_timeml

    for corpus in ("timebank", "meantime-dev"):
        folder = ROOT_DIR.parent / "shared" / corpus
        for path in sorted(folder.rglob("*.tml")) if folder.is_dir() else []:
            doc = read_timeml(path)
            texts.append((doc.text, doc.dct))
    return texts


ROOT_DIR = HERE.parent


def test_triggers_lose_nothing() -> None:
    """Running each rule only near its triggers finds exactly what scanning the whole text with every rule finds."""
    for text, dct in _corpus_texts():
        assert tag(text, dct) == tag(text, dct, use_triggers=False), text[:80]
