"""The held-out sets for the event typer, each written before the typer was looked at on it and split by id into a
dev half (odd ids: its errors were read) and a test half (even ids: only its figures): tests/typing/wire_sentences.jsonl
(wire news over the ACE event kinds), tests/typing/mixed_sentences.jsonl (local, business, sports, health, arts
news, bulletins, headlines, liveblogs) and tests/typing/press_sentences.jsonl (long sentences whose dated clause is
not the first, nominal events, translated and regional phrasing). Each must be well formed and ours, and the typer
must stay above a floor on it (set below the figures measured when the set was last scored, so that a change that
makes the typer clearly worse on such news fails here). tests/typing/news_sentences.jsonl (everyday wire and
broadcast news over the ACE event kinds) is held out whole, not split: measured once with the typer of b56580f
before any change made after it was written (84.4 %, macro-F1 0.837), its floor sits a little below; so is
tests/typing/news_sentences2.jsonl (round 21: ACE-style wire sentences, about 30 % attacks; 89.4 %, macro-F1 0.893
at its first measure with the typer of 5d5718a); from round 22 these two are read as development sets (their errors
are looked at), and tests/typing/news_sentences3.jsonl (general wire news, 12 % attacks; 83.8 %, macro-F1 0.837 at
its first measure with the typer of 285f74d) and tests/typing/news_sentences4.jsonl (round 23: general wire news, 12 %
attacks, 68 rows with a context; 86.8 %, macro-F1 0.864 at its first measure with the typer of 8afc2dc) and
tests/typing/news_sentences5.jsonl (round 24: general wire news, 69 rows with a context; 85.2 %, macro-F1 0.854 at
its first measure with the typer of 7e76f0e) and tests/typing/news_sentences6.jsonl (round 25: general news with
words of two senses, 138 rows with a context; 88.0 %, macro-F1 0.874 at its first measure with the typer of 3c25904)
and tests/typing/news_sentences7.jsonl (round 26: general news, 151 rows with a context; 88.0 %, macro-F1 0.877 at
its first measure with the typer of f8dd999) and tests/typing/news_sentences8.jsonl (round 27: general news, 143 rows
with a context; 84.0 %, macro-F1 0.837 at its first measure with the typer of 8eeeb8c) and
tests/typing/news_sentences9.jsonl (round 28: general news, 185 rows with a context; 85.0 %, macro-F1 0.847 at its
first measure with the typer of 9a6f8b0) and tests/typing/news_sentences10.jsonl (round 29: general news, 158 rows
with a context; 92.2 %, macro-F1 0.923 at its first measure with the typer of 662ea88) and
tests/typing/news_sentences11.jsonl (round 30: general news, 155 rows with a context; 87.8 %, macro-F1 0.877 at its
first measure with the typer of 6cdd17f) and tests/typing/news_sentences12.jsonl (round 31: general news, 153 rows
with a context; 85.2 %, macro-F1 0.852 at its first measure with the typer of 6448f3c) are held out whole.
From round 23 the learned typer (scripts/train_typer.py) trains on every sentence of wire, mixed, press, news and
news2 (test halves included): their floors below are training figures; news3 to news12 are never trained on."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.test_typing_devset import DEVSET, WIKIEVENTS, file_problems, set_problems
from timeline.taxonomy import default_taxonomy
from timeline.typing import classify

SETS_DIR = Path(__file__).resolve().parent / "typing"
WIRESET = SETS_DIR / "wire_sentences.jsonl"
MIXEDSET = SETS_DIR / "mixed_sentences.jsonl"
PRESSSET = SETS_DIR / "press_sentences.jsonl"
NEWSSET = SETS_DIR / "news_sentences.jsonl"
NEWS2SET = SETS_DIR / "news_sentences2.jsonl"
NEWS3SET = SETS_DIR / "news_sentences3.jsonl"
NEWS4SET = SETS_DIR / "news_sentences4.jsonl"
NEWS5SET = SETS_DIR / "news_sentences5.jsonl"
NEWS6SET = SETS_DIR / "news_sentences6.jsonl"
NEWS7SET = SETS_DIR / "news_sentences7.jsonl"
NEWS8SET = SETS_DIR / "news_sentences8.jsonl"
NEWS9SET = SETS_DIR / "news_sentences9.jsonl"
NEWS10SET = SETS_DIR / "news_sentences10.jsonl"
NEWS11SET = SETS_DIR / "news_sentences11.jsonl"
NEWS12SET = SETS_DIR / "news_sentences12.jsonl"
NEWS13SET = SETS_DIR / "news_sentences13.jsonl"
NEWS14SET = SETS_DIR / "news_sentences14.jsonl"
NEWS15SET = SETS_DIR / "news_sentences15.jsonl"
NEWS16SET = SETS_DIR / "news_sentences16.jsonl"
NEWS17SET = SETS_DIR / "news_sentences17.jsonl"
NEWS18SET = SETS_DIR / "news_sentences18.jsonl"


@dataclass(frozen=True)
class HeldOut:
    prefix: str  # ids are PREFIX0001...
    path: Path
    min_sentences: int
    min_per_type: int
    min_with_context: int
    floor: dict[str, float]  # "all", "dev", "test": measured with `python3 -m timeline eval-types`, floors below
    not_from: tuple[Path, ...]  # sets none of its sentences may come from
    min_theirs: int  # how many sentences those hold at least (a wrong path fails instead of checking nothing)


SETS = [
    # wire: 90.2 / 92.9 / 87.4 %; the set follows the ACE event kinds, not our types: justice and attack weigh most
    HeldOut("wire", WIRESET, 240, 10, 0, {"all": 0.85, "dev": 0.87, "test": 0.82}, (WIKIEVENTS, DEVSET), 800),
    # mixed: 90.9 / 95.0 / 86.8 %
    HeldOut("mixed", MIXEDSET, 220, 20, 10, {"all": 0.87, "dev": 0.91, "test": 0.82}, (WIKIEVENTS, DEVSET, WIRESET),
            1000),
    # press: 88.1 / 94.8 / 81.3 % (before the typer was changed for its dev half: 84.7 / 88.1 / 81.3 %)
    HeldOut("press", PRESSSET, 260, 20, 10, {"all": 0.85, "dev": 0.91, "test": 0.78},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET), 1200),
    # news: held out whole (committed before the typer was run on it); 84.4 % at its first measure (b56580f)
    HeldOut("news", NEWSSET, 320, 20, 0, {"all": 0.81}, (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET), 1400),
    # news2: held out whole (round 21, committed before the typer was run on it); 89.4 % (macro-F1 0.893) at its
    # first measure (5d5718a), 90.8 % after round 21's typer work
    HeldOut("nsb", NEWS2SET, 360, 15, 30, {"all": 0.87},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET), 1700),
    # news3: held out whole (round 22, committed before the typer was run on it); 84.0 % (macro-F1 0.840) at its
    # first measure (285f74d); two stock sentences that other sets hold were then reworded: 83.8 % (0.837); 84.8 %
    # (0.847) after round 22
    HeldOut("nsc", NEWS3SET, 400, 25, 90, {"all": 0.83},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET), 2000),
    # news4: held out whole (round 23, committed before the typer was run on it); 86.8 % (macro-F1 0.864) at its
    # first measure (8afc2dc)
    HeldOut("nsd", NEWS4SET, 400, 25, 60, {"all": 0.84},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET), 2400),
    # news5: held out whole (round 24, committed before the typer was run on it); 85.2 % (macro-F1 0.854) at its
    # first measure (7e76f0e)
    HeldOut("nse", NEWS5SET, 400, 25, 60, {"all": 0.83},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET), 2800),
    # news6: held out whole (round 25, committed before the typer was run on it); 88.0 % (macro-F1 0.874) at its
    # first measure (3c25904)
    HeldOut("nsf", NEWS6SET, 400, 25, 100, {"all": 0.85},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET, NEWS5SET), 3200),
    # news7: held out whole (round 26, committed before the typer was run on it); 88.0 % (macro-F1 0.877) at its
    # first measure (f8dd999); 88.5 % / 0.882 with the same typer once four short sentences that matched sentences
    # of earlier sets by chance ("the dam gave way", "the minister resigned", ...) were reworded
    HeldOut("nsg", NEWS7SET, 400, 25, 100, {"all": 0.85},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET, NEWS5SET,
             NEWS6SET), 3600),
    # news8: held out whole (round 27, committed before the typer was run on it); 84.0 % (macro-F1 0.837) at its
    # first measure (8eeeb8c)
    HeldOut("nsh", NEWS8SET, 400, 25, 100, {"all": 0.81},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET, NEWS5SET,
             NEWS6SET, NEWS7SET), 4000),
    # news9: held out whole (round 28, committed before the typer was run on it); 85.0 % (macro-F1 0.847) at its
    # first measure (9a6f8b0)
    HeldOut("nsi", NEWS9SET, 400, 25, 140, {"all": 0.82},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET, NEWS5SET,
             NEWS6SET, NEWS7SET, NEWS8SET), 4400),
    # news10: held out whole (round 29, committed before the typer was run on it); 92.2 % (macro-F1 0.923) at its
    # first measure (662ea88), the same once three short sentences that sat inside sentences of earlier sets by
    # chance ("they face up to 20 years", ...) were reworded
    HeldOut("nsj", NEWS10SET, 400, 25, 150, {"all": 0.89},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET, NEWS5SET,
             NEWS6SET, NEWS7SET, NEWS8SET, NEWS9SET), 4800),
    # news11: held out whole (round 30, committed before the typer was run on it); 87.8 % (macro-F1 0.877) at its
    # first measure (6cdd17f)
    HeldOut("nsk", NEWS11SET, 400, 25, 150, {"all": 0.85},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET, NEWS5SET,
             NEWS6SET, NEWS7SET, NEWS8SET, NEWS9SET, NEWS10SET), 5200),
    # news12: held out whole (round 31, committed before the typer was run on it); 85.2 % (macro-F1 0.852) at its
    # first measure (6448f3c)
    HeldOut("nsl", NEWS12SET, 400, 25, 150, {"all": 0.82},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET, NEWS5SET,
             NEWS6SET, NEWS7SET, NEWS8SET, NEWS9SET, NEWS10SET, NEWS11SET), 5600),
    # news13: held out whole (round 32, committed before the typer was run on it); 89.0 % (macro-F1 0.888) at its
    # first measure (96a5ab3)
    HeldOut("nsm", NEWS13SET, 400, 25, 150, {"all": 0.86},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET, NEWS5SET,
             NEWS6SET, NEWS7SET, NEWS8SET, NEWS9SET, NEWS10SET, NEWS11SET, NEWS12SET), 6000),
    # news14: held out whole (round 33, committed before the typer was run on it); 86.2 % (macro-F1 0.862) at its
    # first measure (1717574)
    HeldOut("nsn", NEWS14SET, 400, 25, 150, {"all": 0.83},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET, NEWS5SET,
             NEWS6SET, NEWS7SET, NEWS8SET, NEWS9SET, NEWS10SET, NEWS11SET, NEWS12SET, NEWS13SET), 6400),
    # news15: held out whole (round 34, committed before the typer was run on it); 82.0 % (macro-F1 0.817) at its
    # first measure (39b1d4d)
    HeldOut("nso", NEWS15SET, 400, 25, 150, {"all": 0.79},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET, NEWS5SET,
             NEWS6SET, NEWS7SET, NEWS8SET, NEWS9SET, NEWS10SET, NEWS11SET, NEWS12SET, NEWS13SET, NEWS14SET), 6800),
    # news16: held out whole (round 35, committed before the typer was run on it); 87.2 % (macro-F1 0.873) at its
    # first measure (aec6747)
    HeldOut("nsp", NEWS16SET, 400, 25, 150, {"all": 0.84},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET, NEWS5SET,
             NEWS6SET, NEWS7SET, NEWS8SET, NEWS9SET, NEWS10SET, NEWS11SET, NEWS12SET, NEWS13SET, NEWS14SET,
             NEWS15SET), 7200),
    # news17: held out whole (round 36, committed before the typer was run on it); 87.2 % (macro-F1 0.871) at its
    # first measure (f9d8998)
    HeldOut("nsq", NEWS17SET, 400, 25, 150, {"all": 0.84},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET, NEWS5SET,
             NEWS6SET, NEWS7SET, NEWS8SET, NEWS9SET, NEWS10SET, NEWS11SET, NEWS12SET, NEWS13SET, NEWS14SET,
             NEWS15SET, NEWS16SET), 7600),
    # news18: held out whole (round 37, committed before the typer was run on it); 87.5 % (macro-F1 0.874) at its
    # first measure (a4e1a07)
    HeldOut("nsr", NEWS18SET, 400, 25, 150, {"all": 0.84},
            (WIKIEVENTS, DEVSET, WIRESET, MIXEDSET, PRESSSET, NEWSSET, NEWS2SET, NEWS3SET, NEWS4SET, NEWS5SET,
             NEWS6SET, NEWS7SET, NEWS8SET, NEWS9SET, NEWS10SET, NEWS11SET, NEWS12SET, NEWS13SET, NEWS14SET,
             NEWS15SET, NEWS16SET, NEWS17SET), 8000),
]
BY_NAME = {s.prefix: s for s in SETS}


def load(held: HeldOut) -> list[dict[str, object]]:
    return [json.loads(line) for line in held.path.read_text(encoding="utf-8").splitlines() if line.strip()]


def half(rows: list[dict[str, object]], name: str, prefix: str) -> list[dict[str, object]]:
    """The dev half (odd ids) or the test half (even ids); "all": every row."""
    if name == "all":
        return rows
    return [r for r in rows if int(str(r["id"])[len(prefix):]) % 2 == (1 if name == "dev" else 0)]


def accuracy(rows: list[dict[str, object]]) -> float:
    """The share of rows whose predicted type is one of their gold types, as `eval-types` counts it."""
    right = 0
    for row in rows:
        context = row.get("context", [])
        assert isinstance(context, list)
        right += classify(str(row["text"]), [str(c) for c in context]).type in row["gold"]  # type: ignore[operator]
    return right / len(rows)


def normalised(text: object) -> str:
    return re.sub(r"\s+", " ", str(text)).casefold().strip(" .")


@pytest.mark.parametrize("held", SETS, ids=lambda h: h.prefix)
def test_every_line_is_a_valid_row(held: HeldOut) -> None:
    assert file_problems(held.path, default_taxonomy().types) == {}


@pytest.mark.parametrize("held", SETS, ids=lambda h: h.prefix)
def test_the_set_is_large_without_duplicates_and_numbered_in_order(held: HeldOut) -> None:
    rows = load(held)
    assert len(rows) >= held.min_sentences
    assert set_problems(rows, default_taxonomy().types, held.min_per_type) == []
    assert [r["id"] for r in rows] == [f"{held.prefix}{n:04d}" for n in range(1, len(rows) + 1)]


@pytest.mark.parametrize("held", SETS, ids=lambda h: h.prefix)
def test_the_halves_are_even_and_rows_have_context_as_required(held: HeldOut) -> None:
    rows = load(held)
    assert abs(len(half(rows, "dev", held.prefix)) - len(half(rows, "test", held.prefix))) <= 1
    assert sum(1 for r in rows if r.get("context")) >= held.min_with_context


@pytest.mark.parametrize("held", SETS, ids=lambda h: h.prefix)
def test_no_sentence_is_taken_from_the_other_sets(held: HeldOut) -> None:
    # CI has ../shared beside the checkout; a missing file is a failure, not a skip.
    theirs = [normalised(json.loads(line)["text"])
              for path in held.not_from
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ours = [normalised(s) for row in load(held)
            for s in [row["text"], *row.get("context", [])]]  # type: ignore[list-item]
    assert len(theirs) > held.min_theirs
    found = [s for s in ours if any(s in t or t in s for t in theirs)]
    assert found == []


@pytest.mark.parametrize(("prefix", "name"), [(h.prefix, n) for h in SETS for n in sorted(h.floor)])
def test_the_typer_stays_above_its_floor(prefix: str, name: str) -> None:
    held = BY_NAME[prefix]
    assert accuracy(half(load(held), name, prefix)) >= held.floor[name]


@pytest.mark.parametrize("rows, expected", [
    ([{"id": "w1", "text": "Gunmen opened fire on a crowded market, killing 14 people.", "gold": ["attack"]},
      {"id": "w2", "text": "Gunmen opened fire on a crowded market, killing 14 people.", "gold": ["sports"]}], 0.5),
    ([{"id": "w1", "text": "A court jailed the former minister for six years on Friday.", "gold": ["culture"]}], 0.0),
])
def test_the_accuracy_can_fail(rows: list[dict[str, object]], expected: float) -> None:
    assert accuracy(rows) == expected


@pytest.mark.parametrize("rows, name, prefix, ids", [
    ([{"id": "mixed0001"}, {"id": "mixed0002"}, {"id": "mixed0003"}], "dev", "mixed", ["mixed0001", "mixed0003"]),
    ([{"id": "mixed0001"}, {"id": "mixed0002"}, {"id": "mixed0003"}], "test", "mixed", ["mixed0002"]),
    ([{"id": "wire0010"}, {"id": "wire0011"}], "all", "wire", ["wire0010", "wire0011"]),
    ([{"id": "wire0010"}, {"id": "wire0011"}], "test", "wire", ["wire0010"]),
    ([{"id": "press0267"}, {"id": "press0268"}], "dev", "press", ["press0267"]),
])
def test_the_halves_are_cut_by_the_id(rows: list[dict[str, object]], name: str, prefix: str,
                                      ids: list[str]) -> None:
    assert [r["id"] for r in half(rows, name, prefix)] == ids
