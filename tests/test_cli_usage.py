"""A mistyped command line (an unknown option value, a missing argument, an unknown option) is one line
`error: OPTION: reason`, as every other bad input, with a pointer to --help, instead of argparse's usage block."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CASES = [
    (["build", "seeds", "--out", "o", "--format", "xml"],
     "error: --format: invalid choice: 'xml' (choose from 'json', 'parquet')"),
    (["build", "seeds", "--out", "o", "--engine", "spark"],
     "error: --engine: invalid choice: 'spark' (choose from 'local', 'dask')"),
    (["build", "seeds", "--out", "o", "--jobs", "two"], "error: --jobs: invalid int value: 'two'"),
    (["build", "seeds"], "error: build: the following arguments are required: --out"),
    (["build", "seeds", "--out", "o", "--colour"], "error: unrecognized arguments: --colour"),
    (["eval-events", "tests/articles", "--half", "odd"],
     "error: --half: invalid choice: 'odd' (choose from 'dev', 'test')"),
    (["tag", "--format", "xml"], "error: --format: invalid choice: 'xml' (choose from 'jsonl', 'timeml')"),
    (["dashboard", "--data", "a", "--db", "b"], "error: --db: not allowed with argument --data"),
    (["buld", "seeds"], "error: invalid choice: 'buld' (choose from "),
    # a number of processes below 1 ran serially without a word; it is refused, as a word is
    (["build", "seeds", "--out", "o", "--jobs", "0"], "error: --jobs: must be at least 1, not 0"),
    (["add", "seeds", "--jobs", "-1"], "error: --jobs: must be at least 1, not -1"),
    (["add", "seeds", "--jobs", "many"], "error: --jobs: invalid int value: 'many'"),
    (["build", "seeds", "--out", "o", "--engine", "dask", "--workers", "0"],
     "error: --workers: must be at least 1, not 0"),
    ([], "error: the following arguments are required: command"),
]


@pytest.mark.parametrize(("argv", "error"), CASES, ids=[" ".join(c[0]) or "(none)" for c in CASES])
def test_a_mistyped_command_line_is_one_error_line(argv: list[str], error: str) -> None:
    result = subprocess.run([sys.executable, "-m", "timeline", *argv], capture_output=True, text=True, cwd=ROOT,
                            check=False, timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(error), result.stderr
    assert "--help" in lines[0]  # where to read the usage


def test_help_still_prints_the_usage() -> None:
    """The look-alike: --help is not an error; it prints the whole usage on standard output."""
    result = subprocess.run([sys.executable, "-m", "timeline", "build", "--help"], capture_output=True, text=True,
                            cwd=ROOT, check=False, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("usage: ") and "--format" in result.stdout


def test_jobs_is_refused_with_the_dask_engine(tmp_path: Path) -> None:
    """--jobs sets the local engine's processes; with Dask it was ignored without a word. The look-alike: --jobs 1 with
    the local engine builds."""
    out = tmp_path / "out"
    argv = [sys.executable, "-m", "timeline", "build", "seeds", "--out", str(out), "--jobs", "1"]
    refused = subprocess.run([*argv, "--engine", "dask"], capture_output=True, text=True, cwd=ROOT, check=False,
                             timeout=60)
    assert refused.returncode == 1 and not out.exists()
    assert refused.stderr == "error: --jobs: not with --engine dask (--workers sets the LocalCluster's worker " \
        "processes)\n"
    built = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, check=False, timeout=120)
    assert built.returncode == 0 and (out / "events.json").is_file(), built.stderr


# how the command was started -> the program name its usage and error lines give
PROGRAM_NAMES = [
    ("script", "timeline"),  # the installed `timeline` script said `python -m timeline`
    ("module", "python -m timeline"),  # the look-alike
]


@pytest.mark.parametrize(("started", "prog"), PROGRAM_NAMES, ids=[s for s, _ in PROGRAM_NAMES])
def test_usage_names_the_program_as_it_was_run(tmp_path: Path, started: str, prog: str) -> None:
    if started == "script":  # what pip writes for [project.scripts]: a file named `timeline` calling main()
        script = tmp_path / "timeline"
        script.write_text("import sys\nfrom timeline.cli import main\nsys.exit(main())\n", encoding="utf-8")
        argv = [sys.executable, str(script)]
    else:
        argv = [sys.executable, "-m", "timeline"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    helped = subprocess.run([*argv, "list", "--help"], capture_output=True, text=True, cwd=tmp_path, check=False,
                            env=env, timeout=60)
    assert helped.returncode == 0 and helped.stdout.startswith(f"usage: {prog} list "), helped.stdout
    wrong = subprocess.run([*argv, "build", "seeds"], capture_output=True, text=True, cwd=tmp_path, check=False,
                           env=env, timeout=60)
    assert wrong.stderr == f"error: build: the following arguments are required: --out (see `{prog} build --help`)\n"


def _synopsis() -> dict[str, str]:
    """The README's command-line synopsis: each `timeline COMMAND ...` line of its code block, with its
    continuation lines."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index("## Command line"):text.index("## The temporal tagger")]
    lines: dict[str, str] = {}
    current = ""
    for line in block.splitlines():
        if line.startswith("    timeline "):
            current = line.split()[1]
            lines[current] = line
        elif line.startswith("        ") and current:
            lines[current] += line
        else:
            current = ""
    return lines


def test_the_readme_synopsis_lists_every_option_of_every_command() -> None:
    """What `--help` offers, the README's synopsis shows (it lacked build's --jobs and eval's --kind)."""
    import argparse

    from timeline.cli import COMMANDS, build_parser

    synopsis = _synopsis()
    missing = []
    for name in COMMANDS:
        parser = build_parser(name)
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[name]
        options = [o for a in sub._actions for o in a.option_strings if o.startswith("--") and o != "--help"]
        missing += [f"{name} {o}" for o in options if o not in synopsis.get(name, "")]
    assert sorted(synopsis) == sorted(COMMANDS) and not missing, (sorted(synopsis), missing)
