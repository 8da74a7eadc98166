"""`eval-events`: matching built events to the events a reader expects, the command, and floors on both folders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.commands.eval_events import score_folder
from timeline.event_scoring import (
    Expected,
    ExpectedError,
    Outcome,
    half_of,
    parse_expected,
    score_document,
)
from timeline.model import Event
from timeline.taxonomy import default_taxonomy

ROOT = Path(__file__).resolve().parent.parent
TYPES = default_taxonomy().types


def _event(start: str, end: str, kind: str, title: str = "something happened") -> Event:
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    return Event(id=f"{start}{end}{kind}{title}", doc="d", doc_title="", start=first, end=last, granularity="day",
                 value=start, approximate=False, expression="x", sentence=title, context="", title=title,
                 type=kind, rule="r", mentions=(), sources=("d",))


def _expected(start: str, end: str, kinds: str) -> Expected:
    return Expected("d", date.fromisoformat(start), date.fromisoformat(end), tuple(kinds.split("|")))


D1, D2 = "2024-03-04", "2024-03-05"

# (case, expected events as (start, end, types), built events as (start, end, type), outcomes, extra events)
MATCH_CASES = [
    ("right dates and type", [(D1, D1, "justice")], [(D1, D1, "justice")], ["TYPED"], 0),
    ("right dates, wrong type", [(D1, D1, "justice")], [(D1, D1, "attack")], ["DATED"], 0),
    ("wrong end", [(D1, D2, "justice")], [(D1, D1, "justice")], ["MISSED"], 1),
    ("wrong start", [(D1, D2, "justice")], [(D2, D2, "justice")], ["MISSED"], 1),
    ("second acceptable type", [(D1, D1, "politics|justice")], [(D1, D1, "justice")], ["TYPED"], 0),
    ("no events", [(D1, D1, "sports")], [], ["MISSED"], 0),
    ("one event for two expected", [(D1, D1, "sports"), (D1, D1, "sports")], [(D1, D1, "sports")],
     ["TYPED", "MISSED"], 0),
    ("each event used once, the typed pairing first", [(D1, D1, "attack"), (D1, D1, "health")],
     [(D1, D1, "health"), (D1, D1, "attack")], ["TYPED", "TYPED"], 0),
    # greedy in order would give the attack event to the first row and leave the second untyped
    ("a maximum typed pairing, not a greedy one", [(D1, D1, "attack|security"), (D1, D1, "attack")],
     [(D1, D1, "attack"), (D1, D1, "security")], ["TYPED", "TYPED"], 0),
    ("a wrongly typed event still dates the leftover row", [(D1, D1, "attack"), (D1, D1, "culture")],
     [(D1, D1, "attack"), (D1, D1, "economy")], ["TYPED", "DATED"], 0),
    ("extra events are those matched to nothing", [(D1, D1, "economy")],
     [(D1, D1, "economy"), (D2, D2, "economy"), (D1, D1, "economy")], ["TYPED"], 2),
]


@pytest.mark.parametrize("case, wanted, built, outcomes, extra", MATCH_CASES, ids=[c[0] for c in MATCH_CASES])
def test_matching(case: str, wanted: list[tuple[str, str, str]], built: list[tuple[str, str, str]],
                  outcomes: list[str], extra: int) -> None:
    score = score_document("d", [_expected(*w) for w in wanted], [_event(*b) for b in built])
    assert [m.outcome.name for m in score.matches] == outcomes
    assert len(score.extra) == extra
    assert score.typed == outcomes.count("TYPED")
    assert score.dated == outcomes.count("TYPED") + outcomes.count("DATED")
    for match in score.matches:  # a matched event has the row's dates, and its type when typed right
        if match.event is not None:
            assert (match.event.start, match.event.end) == (match.expected.start, match.expected.end)
        if match.outcome is Outcome.TYPED:
            assert match.event is not None and match.event.type in match.expected.types


BAD_LINES = [
    ("d\t2024-01-01\t2024-01-02", "expected DOC <TAB> START <TAB> END <TAB> TYPE"),
    ("d\t2024-01-01\t\tjustice", "expected DOC <TAB> START <TAB> END <TAB> TYPE"),
    ("d\t1 March 2024\t2024-03-01\tjustice", "START '1 March 2024' is not a date (YYYY-MM-DD)"),
    ("d\t2024-02-30\t2024-03-01\tjustice", "START '2024-02-30' is not a date (YYYY-MM-DD)"),
    ("d\t2024-03-01\t2024-3-9\tjustice", "END '2024-3-9' is not a date (YYYY-MM-DD)"),
    # a header row is allowed as the first line only (below, the test puts a data line first)
    ("DOC\tSTART\tEND\tTYPE", "START 'START' is not a date (YYYY-MM-DD)"),
    ("d\t2024-03-02\t2024-03-01\tjustice", "END 2024-03-01 is before START 2024-03-02"),
    ("d\t2024-03-01\t2024-03-01\tcrime", "unknown type 'crime'"),
    ("d\t2024-03-01\t2024-03-01\tjustice|crime", "unknown type 'crime'"),
]


@pytest.mark.parametrize("line, reason", BAD_LINES, ids=[b[1] + ":" + b[0] for b in BAD_LINES])
def test_bad_expected_line_names_file_and_line(line: str, reason: str) -> None:
    text = "# comment\n\nd\t2024-01-01\t2024-01-01\tjustice\n" + line + "\n"
    with pytest.raises(ExpectedError) as caught:
        parse_expected(text, "x.tsv", TYPES)
    assert str(caught.value) == f"x.tsv:4: {reason}"


GOOD_LINES = [
    ("d\t2024-01-01\t2024-01-31\tjustice", ("justice",)),
    ("d\t2024-01-01\t2024-01-31\tjustice|politics", ("justice", "politics")),
    # the columns of tests/articles/expected.tsv after TYPE (APPROXIMATE, WORDS) are ignored
    ("d\t2024-01-01\t2024-01-31\tjustice\tno\tcourt,verdict", ("justice",)),
]


@pytest.mark.parametrize("header", ["DOC\tSTART\tEND\tTYPE", "doc\tstart\tend\ttype\tapproximate\twords",
                                    "# a comment\n\nDoc\tStart\tEnd\tType"])
def test_a_header_row_before_the_first_event_is_skipped(header: str) -> None:
    """The README names the columns DOC, START, END, TYPE; a file that starts with them as a header row is read
    (it used to stop at line 1: START and END must be dates)."""
    text = header + "\nd\t2024-01-01\t2024-01-31\tjustice\n"
    (row,) = parse_expected(text, "x.tsv", TYPES)
    assert (row.doc, row.start, row.types, row.line) == ("d", date(2024, 1, 1), ("justice",), header.count("\n") + 2)


@pytest.mark.parametrize("line, types", GOOD_LINES)
def test_expected_line(line: str, types: tuple[str, ...]) -> None:
    (row,) = parse_expected(line + "\n", "x.tsv", TYPES)
    assert (row.doc, row.start, row.end, row.types, row.line) == ("d", date(2024, 1, 1), date(2024, 1, 31), types, 1)


@pytest.mark.parametrize("doc, half", [("01-a", "dev"), ("02-b", "test"), ("17", "dev"), ("110x", "test"),
                                       ("flood", None), ("a-01", None)])
def test_half_of(doc: str, half: str | None) -> None:
    assert half_of(doc) == half


ARTICLE = "---\npublished: 2024-06-14\n---\n{}\n"


def _folder(tmp_path: Path, articles: dict[str, str], expected: str | None) -> Path:
    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(ARTICLE.format(text), encoding="utf-8")
    if expected is not None:
        (tmp_path / "expected.tsv").write_text(expected, encoding="utf-8")
    return tmp_path


COURT = "A court in Lyon convicted three men of fraud on Tuesday."  # Tuesday before Friday 14 June: the 11th


def test_command_prints_table_totals_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = ("01-court\t2024-06-11\t2024-06-11\tjustice\n"
                "02-court\t2024-06-11\t2024-06-11\tsports\n"  # dated right, typed wrong
                "02-court\t1999-01-01\t1999-01-01\tjustice\n")  # no such event
    folder = _folder(tmp_path, {"01-court": COURT, "02-court": COURT}, expected)
    assert main(["eval-events", str(folder), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "| 01-court | 1 | 1 | 1 | 0 |" in out
    assert "| 02-court | 2 | 1 | 0 | 0 |" in out
    assert "| total | 3 | 2 | 1 | 0 |" in out
    assert "dated right             2 (66.7 %)" in out and "dated and typed right   1 (33.3 %)" in out
    assert "type   02-court:2: 2024-06-11 sports: got justice: " in out
    assert "date   02-court:3: 1999-01-01 justice: no event with these dates" in out
    assert "01-court:1" not in out.split("extra events")[1]  # a row typed right is no error
    assert main(["eval-events", str(folder), "--half", "test"]) == 0
    out = capsys.readouterr().out
    assert "(test half): 1 articles" in out and "| total | 2 | 1 | 0 | 0 |" in out and "01-court" not in out


def test_command_counts_extra_events(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = COURT + " The men were arrested in March 2021."
    folder = _folder(tmp_path, {"01-court": text}, "01-court\t2024-06-11\t2024-06-11\tjustice\n")
    assert main(["eval-events", str(folder), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "| total | 1 | 1 | 1 | 1 |" in out
    assert "extra  01-court: 2021-03-01..2021-03-31 " in out


BAD_INPUTS = [
    ("no folder", None, None, "{dir}/missing: no such folder"),
    ("no expected.tsv", {"01-a": COURT}, None, "{dir}/expected.tsv: no such file"),
    ("a bad line", {"01-a": COURT}, "01-a\t2024-06-11\n", "{dir}/expected.tsv:1: expected DOC"),
    ("an unknown article", {"01-a": COURT}, "01-b\t2024-06-11\t2024-06-11\tjustice\n",
     "{dir}/expected.tsv:1: no article '01-b' in {dir}"),
    ("no rows", {"01-a": COURT}, "# nothing\n", "{dir}/expected.tsv: no expected events"),
    ("a bad article", {"01-a": ""}, "01-a\t2024-06-11\t2024-06-11\tjustice\n", "{dir}/01-a.txt: "),
]


@pytest.mark.parametrize("case, articles, expected, message", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str,
                                     articles: dict[str, str] | None, expected: str | None, message: str) -> None:
    folder = _folder(tmp_path, articles, expected) if articles is not None else tmp_path / "missing"
    if case == "a bad article":
        (tmp_path / "01-a.txt").write_text("", encoding="utf-8")
    assert main(["eval-events", str(folder)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: " + message.format(dir=tmp_path)), captured.err
    assert "Traceback" not in captured.err and captured.out == ""


def test_half_of_a_folder_without_numbers_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval-events", str(ROOT / "tests" / "articles"), "--half", "dev"]) == 1
    assert capsys.readouterr().err.strip().endswith("no article id begins with a number, so there is no dev half")


# Floors a little below the figures measured (READMEs of tests/heldout_articles*, README.md "Events end to end"): a
# change that loses events or types fails here. (folder, half, expected rows, least dated right, least dated and
# typed right)
FLOORS = [
    ("tests/articles", None, 29, 28, 28),
    ("tests/heldout_articles", "dev", 89, 87, 83),
    ("tests/heldout_articles", "test", 89, 87, 67),
    ("tests/heldout_articles2", "dev", 70, 67, 62),
    ("tests/heldout_articles2", "test", 69, 67, 49),
    # held out in round 20 (committed before the builder ran on it): 171 dated, 151 typed at the round's end; 185
    # dated, 163 typed after round 21's builder fixes (the dated floor follows them; the typed one leaves the typer
    # room)
    ("tests/heldout_articles3", None, 200, 180, 150),
    # held out in round 21 (committed before the builder ran on it): 159 dated, 146 typed at its first measure
    # (5d5718a); 190 dated, 181 typed after round 21 (its dev half read and fixed against, its test half not)
    ("tests/heldout_articles4", None, 208, 180, 165),
    # held out in round 22 (committed before the builder ran on it): 189 dated, 148 typed at its first measure
    # (3b961ef); 205 dated, 176 typed after round 22 (its dev half read and fixed against, its test half not)
    ("tests/heldout_articles5", None, 222, 198, 168),
    # held out in round 23 (committed before the builder ran on it): 174 dated, 139 typed at its first measure
    # (8afc2dc): dev half 91 / 79, test half 83 / 60; 182 dated, 144 typed after round 23 (its dev half read and
    # fixed against, its test half not)
    ("tests/heldout_articles6", None, 220, 176, 138),
    # held out in round 24 (committed before the builder ran on it): 192 dated, 153 typed at its first measure
    # (7e76f0e): dev half 94 / 72, test half 98 / 81; 199 dated, 177 typed after round 24 (its dev half read and
    # fixed against, its test half not; dev 101 / 95, test 98 / 82)
    ("tests/heldout_articles7", None, 207, 185, 160),
    # held out in round 25 (committed before the builder ran on it): 186 dated, 150 typed at its first measure
    # (3c25904): dev half 92 / 71, test half 94 / 79
    ("tests/heldout_articles8", None, 202, 175, 140),
    # held out in round 26 (committed before the builder ran on it): 207 dated, 181 typed at its first measure
    # (f8dd999): dev half 99 / 87, test half 108 / 94
    ("tests/heldout_articles9", None, 236, 200, 170),
    # held out in round 27 (committed before the builder ran on it): 209 dated, 169 typed at its first measure
    # (8eeeb8c): dev half 102 / 80, test half 107 / 89
    ("tests/heldout_articles10", None, 238, 200, 160),
    # held out in round 28 (committed before the builder ran on it): 213 dated, 173 typed at its first measure
    # (9a6f8b0): dev half 105 / 83, test half 108 / 90
    ("tests/heldout_articles11", None, 242, 205, 165),
    # held out in round 29 (committed before the builder ran on it): 213 dated, 175 typed at its first measure
    # (662ea88): dev half 108 / 92, test half 105 / 83
    ("tests/heldout_articles12", None, 248, 205, 167),
    # held out in round 30 (committed before the builder ran on it): 217 dated, 172 typed at its first measure
    # (6cdd17f): dev half 110 / 83, test half 107 / 89
    ("tests/heldout_articles13", None, 246, 207, 162),
    # held out in round 31 (committed before the builder ran on it): 214 dated, 178 typed at its first measure
    # (6448f3c): dev half 109 / 94, test half 105 / 84
    ("tests/heldout_articles14", None, 240, 204, 168),
    # held out in round 32 (committed before the builder ran on it): 234 dated, 184 typed at its first measure
    # (96a5ab3): dev half 113 / 81, test half 121 / 103
    ("tests/heldout_articles15", None, 276, 224, 174),
    # held out in round 33 (committed before the builder ran on it): 250 dated, 195 typed at its first measure
    # (1717574): dev half 122 / 101, test half 128 / 94
    ("tests/heldout_articles16", None, 271, 240, 185),
    # held out in round 34 (committed before the builder ran on it): 222 dated, 174 typed at its first measure
    # (39b1d4d): dev half 110 / 94, test half 112 / 80
    ("tests/heldout_articles17", None, 267, 215, 165),
    # held out in round 35 (committed before the builder ran on it): 219 dated, 176 typed at its first measure
    # (aec6747): dev half 108 / 85, test half 111 / 91
    ("tests/heldout_articles18", None, 266, 210, 165),
    # held out in round 36 (committed before the builder ran on it): 235 dated, 196 typed at its first measure
    # (f9d8998): dev half 117 / 95, test half 118 / 101
    ("tests/heldout_articles19", None, 283, 225, 184),
    # held out in round 37 (committed before the builder ran on it): 226 dated, 184 typed at its first measure
    # (a4e1a07): dev half 108 / 86, test half 118 / 98
    ("tests/heldout_articles20", None, 273, 217, 176),
    # round 25's model-only sets (the learned typer trains on them; no rule is ever fixed against them): 111 / 88 and
    # 121 / 96 dated / typed before the model was trained on them (967e8d1)
    ("tests/model_articles", None, 118, 100, 80),
    ("tests/model_articles2", None, 140, 110, 85),
    # two more model-only sets (no rule is fixed against them; the model is not trained on them this round: adding
    # them moved held-out totals by one event or sentence either way): 124 / 103 and 119 / 106 at 4d55362
    ("tests/model_articles3", None, 136, 115, 90),
    ("tests/model_articles4", None, 132, 110, 95),
]


@pytest.mark.parametrize("folder, half, rows, dated, typed", FLOORS, ids=[f"{f[0]}:{f[1]}" for f in FLOORS])
def test_floor(folder: str, half: str | None, rows: int, dated: int, typed: int) -> None:
    scores, _ = score_folder(ROOT / folder, default_taxonomy(), half)
    assert sum(len(s.matches) for s in scores) == rows
    assert sum(s.dated for s in scores) >= dated
    assert sum(s.typed for s in scores) >= typed
