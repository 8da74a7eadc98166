"""The eval command on real TimeBank files, the TimeML reader and the scorer."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.model import Timex, TimexType
from timeline.scoring import Scores, score_document
from timeline.timeml import GoldTimex, TimeMLError, parse_timeml

ROOT = Path(__file__).resolve().parents[1]
TIMEBANK = ROOT.parent / "shared" / "timebank"
FEW = ["APW19980213.1310.tml", "wsj_0124.tml", "NYT19980206.0460.tml"]

SAMPLE = """<?xml version="1.0" ?><TimeML><DOCID>D1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
<TEXT>They voted <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3> &amp; will vote again
<TIMEX3 tid="t2" type="DATE" value="1999">next year</TIMEX3>.</TEXT></TimeML>"""


def test_reader_strips_tags_and_keeps_offsets() -> None:
    doc = parse_timeml(SAMPLE, "sample")
    assert doc.id == "D1" and doc.dct == date(1998, 2, 13)
    assert [(g.text, g.value) for g in doc.gold] == [("Friday", "1998-02-13"), ("next year", "1999")]
    for g in doc.gold:
        assert doc.text[g.start : g.end] == g.text
    assert "&amp;" not in doc.text and "&" in doc.text


@pytest.mark.parametrize("bad, reason", [("<TimeML><TEXT>x", "well-formed"), ("<TimeML></TimeML>", "<TEXT>")])
def test_reader_rejects_bad_files(bad: str, reason: str) -> None:
    with pytest.raises(TimeMLError, match=reason):
        parse_timeml(bad, "bad")


def _timex(start: int, end: int, value: str, timex_type: TimexType = TimexType.DATE) -> Timex:
    return Timex(start, end, "x" * (end - start), timex_type, value, "test")


@pytest.mark.parametrize(
    "gold, system, strict, relaxed, values",
    [
        ([GoldTimex(0, 6, "Friday", "DATE", "1998-02-13")], [_timex(0, 6, "1998-02-13")], 1, 1, 1),
        ([GoldTimex(0, 6, "Friday", "DATE", "1998-02-13")], [_timex(0, 9, "1998-02-13")], 0, 1, 1),
        ([GoldTimex(0, 6, "Friday", "DATE", "1998-02-13")], [_timex(0, 6, "1998-02-06")], 1, 1, 0),
        ([GoldTimex(0, 6, "Friday", "DATE", "1998-02-13")], [_timex(7, 9, "1998")], 0, 0, 0),
        # one-to-one: two system spans inside one gold span make one match and one false alarm
        ([GoldTimex(0, 20, "x", "DATE", "1998")], [_timex(0, 5, "1998"), _timex(10, 15, "1998")], 0, 1, 1),
    ],
)
def test_scoring_counts(gold: list[GoldTimex], system: list[Timex], strict: int, relaxed: int, values: int) -> None:
    scores = Scores()
    score_document("d", "x" * 40, gold, system, scores)
    assert (scores.strict, scores.relaxed, scores.value_correct) == (strict, relaxed, values)
    assert scores.system == len(system) and scores.gold == len(gold)


def test_eval_command_on_a_few_timebank_files(tmp_path: Path) -> None:
    # CI has ../shared beside the checkout: a missing corpus is a failure, never a skip
    assert TIMEBANK.is_dir(), f"{TIMEBANK}: the TimeBank corpus is not beside the checkout"
    for name in FEW:
        (tmp_path / name).write_bytes((TIMEBANK / name).read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "eval", str(tmp_path), "--errors"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-5].startswith("documents 3")
    strict_f1 = float(lines[-4].split()[-1])
    value_f1 = float(lines[-2].split()[-1])
    assert strict_f1 > 70 and value_f1 > 60, result.stdout[-500:]


def test_eval_command_names_a_missing_folder(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "eval", str(tmp_path / "nope")],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"error: {tmp_path / 'nope'}: no such file or folder" in result.stderr


def test_eval_command_scores_each_folder_and_the_total(tmp_path: Path) -> None:
    assert TIMEBANK.is_dir(), f"{TIMEBANK}: the TimeBank corpus is not beside the checkout"
    for folder, names in (("a", FEW[:1]), ("b", FEW[1:])):
        (tmp_path / folder).mkdir()
        for name in names:
            (tmp_path / folder / name).write_bytes((TIMEBANK / name).read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "eval", str(tmp_path / "a"), str(tmp_path / "b")],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    heads = [i for i, line in enumerate(lines) if line.startswith("== ")]
    assert [lines[i] for i in heads] == [f"== {tmp_path / 'a'}", f"== {tmp_path / 'b'}", "== total"]
    counts = [lines[i + 1].split() for i in heads]
    assert [c[1] for c in counts] == ["1", "2", "3"]
    assert int(counts[0][3]) + int(counts[1][3]) == int(counts[2][3])  # gold adds up
    assert int(counts[0][5]) + int(counts[1][5]) == int(counts[2][5])  # system adds up


@pytest.mark.parametrize(("files", "options", "error"), [
    # a kind that does not exist (a plural, a typo) used to filter everything out without a word
    ({"a.tml": SAMPLE}, ["--errors", "--kind", "misses"],
     "error: --kind: unknown kind 'misses' (miss, false, value, type, span)"),
    ({"a.tml": SAMPLE}, ["--errors", "--kind", "miss", "--kind", "valeu"],
     "error: --kind: unknown kind 'valeu' (miss, false, value, type, span)"),
    # --kind alone chooses among lines that are not printed
    ({"a.tml": SAMPLE}, ["--kind", "miss"], "error: --kind: only with --errors"),
    # no file could be read: the error, and no table of zeros under it
    ({"a.json": '{"text": "not TimeML"}'}, [], "error: {dir}/a.json: not well-formed XML"),
])
def test_eval_command_bad_input_is_one_line(tmp_path: Path, files: dict[str, str], options: list[str],
                                            error: str) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "eval", *[str(tmp_path / n) for n in files], *options],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(error.format(dir=tmp_path)), result.stderr
    assert len(result.stderr.splitlines()) == 1 and result.stdout == "", (result.stderr, result.stdout)


def test_eval_command_kind_keeps_the_lines_of_that_kind(tmp_path: Path) -> None:
    """The look-alike: a known kind still filters the --errors lines (a gold expression the tagger cannot find, a
    miss; a date the gold file leaves untagged, a false alarm)."""
    sample = SAMPLE.replace(">Friday<", ">on the day<").replace("will vote again", "will vote on Monday and again")
    (tmp_path / "a.tml").write_text(sample, encoding="utf-8")
    every = subprocess.run([sys.executable, "-m", "timeline", "eval", str(tmp_path), "--errors"],
                           capture_output=True, text=True, cwd=ROOT, check=False)
    misses = subprocess.run([sys.executable, "-m", "timeline", "eval", str(tmp_path), "--errors", "--kind", "miss"],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    assert misses.returncode == 0, misses.stderr
    def listed(out: str) -> list[str]:
        return [line for line in out.splitlines() if " gold=" in line]

    assert listed(misses.stdout) and all(line.startswith("miss ") for line in listed(misses.stdout))
    assert len(listed(misses.stdout)) < len(listed(every.stdout))
