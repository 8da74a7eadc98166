"""TempEval-3 Task A scoring: strict and relaxed span match, value and type accuracy over relaxed matches."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from timeline.model import Timex
from timeline.timeml import GoldTimex


@dataclass(frozen=True)
class Problem:
    """One error for `eval --errors`: a miss, a false alarm, or a relaxed match with a wrong value or type."""

    doc: str
    kind: str  # "miss", "false", "value", "type", "span"
    text: str
    gold: str
    system: str
    rule: str
    context: str


@dataclass
class Scores:
    """Counts summed over documents, and the F1 figures derived from them."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value_correct: int = 0
    type_correct: int = 0
    problems: list[Problem] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        """Add another set of counts (another folder) to these."""
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.value_correct += other.value_correct
        self.type_correct += other.type_correct
        self.problems.extend(other.problems)

    @staticmethod
    def _f1(matches: int, system: int, gold: int) -> tuple[float, float, float]:
        p = matches / system if system else 0.0
        r = matches / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def strict_prf(self) -> tuple[float, float, float]:
        """Precision, recall, F1 of exact spans."""
        return self._f1(self.strict, self.system, self.gold)

    def relaxed_prf(self) -> tuple[float, float, float]:
        """Precision, recall, F1 of overlapping spans."""
        return self._f1(self.relaxed, self.system, self.gold)

    def value_f1(self) -> float:
        """Value accuracy over relaxed matches times relaxed F1."""
        return (self.value_correct / self.relaxed if self.relaxed else 0.0) * self.relaxed_prf()[2]

    def type_f1(self) -> float:
        """Type accuracy over relaxed matches times relaxed F1."""
        return (self.type_correct / self.relaxed if self.relaxed else 0.0) * self.relaxed_prf()[2]


def _context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - 50) : start] + "[[" + text[start:end] + "]]" + text[end : end + 30]).replace("\n", " ")


def score_document(
    doc_id: str, text: str, gold: Sequence[GoldTimex], system: Sequence[Timex], scores: Scores
) -> None:
    """Add one document's counts to `scores`: one-to-one pairs by overlap, first come first served."""
    scores.gold += len(gold)
    scores.system += len(system)
    used: set[int] = set()
    matched_system: set[int] = set()
    for g in gold:
        pair = next(
            (i for i, s in enumerate(system) if i not in used and s.start < g.end and g.start < s.end), None
        )
        if pair is None:
            scores.problems.append(Problem(doc_id, "miss", g.text, g.value, "", "", _context(text, g.start, g.end)))
            continue
        used.add(pair)
        matched_system.add(pair)
        s = system[pair]
        scores.relaxed += 1
        exact = s.start == g.start and s.end == g.end
        scores.strict += exact
        scores.value_correct += s.value == g.value
        scores.type_correct += s.type.value == g.type
        if s.value != g.value:
            detail = f"{g.type} {g.value}"
            scores.problems.append(
                Problem(doc_id, "value", s.text, detail, f"{s.type.value} {s.value}", s.rule,
                        _context(text, g.start, g.end))
            )
        elif s.type.value != g.type:
            scores.problems.append(
                Problem(doc_id, "type", s.text, g.type, s.type.value, s.rule, _context(text, g.start, g.end))
            )
        if not exact:
            scores.problems.append(
                Problem(doc_id, "span", s.text, g.text, s.text, s.rule, _context(text, g.start, g.end))
            )
    for i, s in enumerate(system):
        if i not in matched_system:
            scores.problems.append(
                Problem(doc_id, "false", s.text, "", f"{s.type.value} {s.value}", s.rule,
                        _context(text, s.start, s.end))
            )


def format_scores(scores: Scores, documents: int) -> Iterable[str]:
    """The report lines printed by `python -m timeline eval`."""
    sp, sr, sf = scores.strict_prf()
    rp, rr, rf = scores.relaxed_prf()
    yield f"documents {documents}  gold {scores.gold}  system {scores.system}"
    yield f"strict   P {100 * sp:6.2f}  R {100 * sr:6.2f}  F1 {100 * sf:6.2f}"
    yield f"relaxed  P {100 * rp:6.2f}  R {100 * rr:6.2f}  F1 {100 * rf:6.2f}"
    yield f"value F1 {100 * scores.value_f1():6.2f}"
    yield f"type F1  {100 * scores.type_f1():6.2f}"
