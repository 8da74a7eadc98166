"""A document whose analysis fails (a bug it brings out) gets one line naming it, never a traceback; the other
documents go on (exit status 1), and a build in which no document could be analysed leaves its folder as it was."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import timeline.parallel as parallel
from timeline.cli import main
from timeline.events import Analysis
from timeline.model import Document
from timeline.taxonomy import default_taxonomy

POISON = "This text trips the analysis on Monday."


@pytest.fixture()
def poisoned(monkeypatch: pytest.MonkeyPatch) -> None:
    real = parallel.analyse_document

    def analyse(doc: Document, taxonomy: object) -> object:
        if doc.text == POISON:
            raise ValueError("made to fail")
        return real(doc, taxonomy)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "analyse_document", analyse)  # forked workers inherit it


def _docs(count: int, bad: int) -> list[Document]:
    return [Document(f"d{i}", POISON if i == bad else f"Floods hit the town on Monday, number {i}.",
                     date(2024, 3, 28), path=f"in/d{i}.txt") for i in range(count)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_failing_document_is_named(poisoned: None, jobs: int) -> None:
    docs = _docs(parallel.PARALLEL_FROM + 4, bad=7)
    with pytest.raises(parallel.DocumentError, match=r"^in/d7\.txt: cannot analyse d7 \(ValueError: made to fail\)$"):
        list(parallel.analyse_each(docs, default_taxonomy(), jobs, len_events))
    failed: list[parallel.DocumentError] = []
    kept = list(parallel.analyse_each(docs, default_taxonomy(), jobs, len_events, failed.append))
    assert [d.id for d, _ in kept] == [d.id for d in docs if d.id != "d7"]  # the others, in order
    assert [str(e) for e in failed] == ["in/d7.txt: cannot analyse d7 (ValueError: made to fail)"]


def len_events(analysis: Analysis) -> int:  # module level: a worker gets it by name
    return len(analysis.events)


def articles_with(src: Path, text: str) -> None:
    """Enough dated articles in `src` for the build to use worker processes, d00.txt..., d09.txt holding `text`."""
    src.mkdir()
    for i in range(parallel.PARALLEL_FROM + 4):
        body = text if i == 9 else f"Floods hit the town on Monday, number {i}."
        (src / f"d{i:02}.txt").write_text(f"---\npublished: 2024-03-28\n---\n{body}", encoding="utf-8")


@pytest.mark.parametrize(("command", "jobs"), [("build", "1"), ("build", "2"), ("add", "1"), ("add", "2")])
def test_the_command_says_one_line_and_keeps_what_was_saved(
    poisoned: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, jobs: str
) -> None:
    src, held = tmp_path / "in", tmp_path / "held"
    articles_with(src, POISON)
    held.mkdir()
    for name in ("d05.txt", "d09.txt"):  # a first run without them saves something
        (src / name).rename(held / name)
    out, db = tmp_path / "out", tmp_path / "store.sqlite"
    argv = ["build", str(src), "--out", str(out)] if command == "build" else ["add", "--db", str(db), str(src)]
    assert main([*argv, "--jobs", jobs]) == 0
    saved = (out / "events.json").read_bytes() if command == "build" else b""
    for name in ("d05.txt", "d09.txt"):
        (held / name).rename(src / name)
    capsys.readouterr()
    assert main([*argv, "--jobs", jobs]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error: ")]
    assert errors == [f"error: {src / 'd09.txt'}: cannot analyse d09 (ValueError: made to fail)"]
    if command == "build":
        written = json.loads((out / "documents.json").read_text(encoding="utf-8"))
        ids = {d["id"] for d in written}
        assert saved != (out / "events.json").read_bytes()
    else:
        assert main(["list", "--db", str(db)]) == 0
        ids = {line.split("\t")[0] for line in capsys.readouterr().out.splitlines()}
    assert "d05" in ids and "d19" in ids and "d09" not in ids  # the others before and after it are in


def test_a_build_whose_every_document_fails_leaves_the_folder(poisoned: None, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", "seeds/", "--out", str(out)]) == 0
    saved = (out / "events.json").read_bytes()
    (tmp_path / "bad.txt").write_text(f"---\npublished: 2024-03-28\n---\n{POISON}", encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(tmp_path / "bad.txt"), "--out", str(out)]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error: ")]
    assert errors == [f"error: {tmp_path / 'bad.txt'}: cannot analyse bad (ValueError: made to fail)",
                      f"error: {out}: no document could be analysed; the folder is left as it was"]
    assert (out / "events.json").read_bytes() == saved
