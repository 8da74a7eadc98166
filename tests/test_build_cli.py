"""`python -m timeline build`: files in, events.json and documents.json out; bad files reported, good ones kept."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline", *args], capture_output=True, text=True, cwd=cwd,
                          check=False)


def test_data_folder_is_current(tmp_path: Path) -> None:
    """data/ is exactly what `python -m timeline build seeds/ --out data/` writes."""
    result = run("build", "seeds/", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for name in ("events.json", "documents.json"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (ROOT / "data" / name).read_text(encoding="utf-8"), (
            f"data/{name} is stale: run python -m timeline build seeds/ --out data/"
        )


def test_bad_files_are_reported_and_good_ones_written(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("---\npublished: 2024-03-28\n---\nFloods hit Rome on Monday.", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "wrong.json").write_text(json.dumps({"headline": "x"}), encoding="utf-8")
    (src / "date.txt").write_text("---\npublished: 2024-02-30\n---\nx", encoding="utf-8")
    (src / "nodate.txt").write_text("Voters went to the polls on Sunday. The count ended in 2020.", encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", str(src), "--out", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 3
    assert any("empty.txt: the file is empty" in e for e in errors)
    assert any("wrong.json: unknown fields headline" in e for e in errors)
    assert any("date.txt: published date '2024-02-30' does not exist" in e for e in errors)
    assert any("nodate.txt" in line and "warning" in line for line in result.stderr.splitlines())
    events = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert {e["doc"] for e in events} == {"good", "nodate"}
    assert [e["start"] for e in events if e["doc"] == "nodate"] == ["2020-01-01"]
    documents = json.loads((out / "documents.json").read_text(encoding="utf-8"))
    assert {d["id"] for d in documents} == {"good", "nodate"}
    assert set(events[0]) == {"id", "doc", "doc_title", "start", "end", "granularity", "value", "approximate",
                              "expression", "sentence", "context", "title", "type", "rule", "mentions", "sources",
                              "second_type", "confidence"}


def test_published_option_and_custom_taxonomy(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Heavy rain flooded the valley on Saturday.", encoding="utf-8")
    (tmp_path / "tax.tsv").write_text("weather\tflood\nother\n", encoding="utf-8")
    result = run("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--published", "2024-01-08",
                 "--taxonomy", str(tmp_path / "tax.tsv"))
    assert result.returncode == 0, result.stderr
    events = json.loads((tmp_path / "o" / "events.json").read_text(encoding="utf-8"))
    assert [(e["start"], e["type"]) for e in events] == [("2024-01-06", "weather")]


def test_bad_options_are_one_line(tmp_path: Path) -> None:
    result = run("build", "seeds/", "--out", str(tmp_path), "--published", "2024-13-01")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == "error: --published: published date '2024-13-01' does not exist"
    bad_tax = tmp_path / "t.tsv"
    bad_tax.write_text("Bad Type\tword\n", encoding="utf-8")
    result = run("build", "seeds/", "--out", str(tmp_path), "--taxonomy", str(bad_tax))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().startswith(f"error: {bad_tax}:1: type")


def test_writes_are_atomic(tmp_path: Path) -> None:
    """A write that fails half-way leaves the old file whole and no temporary file behind."""
    from timeline.events import write_json_atomic

    target = tmp_path / "events.json"
    write_json_atomic(target, [{"a": 1}])
    before = target.read_text(encoding="utf-8")
    try:
        write_json_atomic(target, [{"a": 2}, {"b": {1, 2}}])  # a set is not JSON: fails after writing part
    except TypeError:
        pass
    assert target.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["events.json"]


def test_parallel_build_equals_serial(tmp_path: Path) -> None:
    """On all cores or on one, the same articles give the same files."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(20):
        (src / f"a{i:02d}.txt").write_text(
            f"---\npublished: 2024-03-{i + 1:02d}\n---\nThe council met on Monday. Floods hit the north in {2000 + i}.",
            encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = run("build", str(src), "--out", str(out), "--jobs", jobs)
        assert result.returncode == 0, result.stderr
        outputs.append([(out / n).read_text(encoding="utf-8") for n in ("events.json", "documents.json")])
    assert outputs[0] == outputs[1]
    sources = {s for event in json.loads(outputs[0][0]) for s in event["sources"]}
    assert sources == {f"a{i:02d}" for i in range(20)}


def test_the_build_through_events_writes_what_the_build_through_text_writes(tmp_path: Path) -> None:
    """With corrections the build merges Event values (build_output is skipped): with a corrections file that
    matches no event, both ways write the same bytes, on one core and on two."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(40):
        story = ["The harbour council approved the budget on Monday.", "Floods hit the north in 2019.",
                 "Les grévistes ont défilé le 3 mai 2021 — «non»."][i % 3]
        (src / f"a{i:02d}.txt").write_text(f"---\npublished: 2024-03-{i % 28 + 1:02d}\n---\n{story} The <b>mayor</b> "
                                           f"spoke on {i % 28 + 1} March 2024.", encoding="utf-8")
    outputs = []
    for jobs, corrections in (("1", False), ("2", False), ("1", True), ("2", True)):
        out = tmp_path / f"out{jobs}{corrections}"
        if corrections:
            out.mkdir()
            (out / "corrections.json").write_text('{"no-such-event": {"title": "x"}}', encoding="utf-8")
        result = run("build", str(src), "--out", str(out), "--jobs", jobs)
        assert result.returncode == 0, result.stderr
        assert ("1 corrections match no event" in result.stderr) == corrections
        outputs.append([(out / n).read_bytes() for n in ("events.json", "documents.json")])
    assert outputs[1:] == outputs[:1] * 3
    events = json.loads(outputs[0][0])
    assert max(len(e["sources"]) for e in events) > 1  # the merge had work to do


def test_a_build_of_only_bad_files_leaves_the_last_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", "seeds/", "--out", str(out)).returncode == 0
    before = {name: (out / name).read_bytes() for name in ("events.json", "documents.json")}
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("build", str(tmp_path / "empty.txt"), "--out", str(out))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("error: ")][-1].startswith(
        f"error: {out}: no document could be read")
    assert {name: (out / name).read_bytes() for name in before} == before


@pytest.mark.parametrize(("options", "error"), [
    # a scheduler address without its port: Dask's ValueError used to end in a traceback
    (["--engine", "dask", "--scheduler", "schedulerhost"], "error: schedulerhost: not a Dask scheduler address"),
    (["--engine", "dask", "--scheduler", "tcp://"], "error: tcp://: not a Dask scheduler address"),
    # the Dask options without --engine dask used to be ignored: the build ran locally, silently
    (["--scheduler", "tcp://127.0.0.1:8786"], "error: --scheduler: only with --engine dask"),
    (["--workers", "2"], "error: --workers: only with --engine dask"),
    # --jobs sets the local engine's processes; with Dask it was ignored, silently (--workers 0 is a mistyped
    # command line: tests/test_cli_usage.py)
    (["--engine", "dask", "--jobs", "2"], "error: --jobs: not with --engine dask"),
])
def test_bad_dask_options_are_one_line(tmp_path: Path, options: list[str], error: str) -> None:
    result = run("build", "seeds/", "--out", str(tmp_path / "o"), *options)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip().startswith(error) and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not (tmp_path / "o").exists()
