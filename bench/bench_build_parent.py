"""Where the local build's parent process spends its CPU: before, while and after the workers run.

    python bench/bench_build_parent.py CORPUS_DIR [--jobs 2]

Runs `python -m timeline build CORPUS_DIR --out TMP --jobs N` inside this process and prints the parent's own CPU
seconds (time.process_time: all its threads) split at the start and the end of the per-document work, the worker
processes' CPU seconds (RUSAGE_CHILDREN), wall seconds and the parent's peak memory. On a 2-core machine every CPU
second of the parent is one the workers do not get, and the part after the workers finish is paid in full, so these
figures say what limits scaling from 1 to 2 workers even when other jobs share the machine (the wall seconds then
measure them too; the load average is printed).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import timeline.commands.build as build_command  # noqa: E402
from timeline.cli import main as cli_main  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    marks: dict[str, tuple[float, float]] = {}
    # the per-document work, marked at its start and its end (analyse_all: the build before build_output, to
    # compare with it; and the build with corrections)
    name = "analyse_each" if hasattr(build_command, "analyse_each") else "analyse_all"
    analyse = getattr(build_command, name)

    def timed(*a: Any, **k: Any) -> Iterator[Any]:
        marks["workers start"] = (time.perf_counter(), time.process_time())
        yield from analyse(*a, **k)
        marks["workers end"] = (time.perf_counter(), time.process_time())

    setattr(build_command, name, timed)
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        wall0, cpu0 = time.perf_counter(), time.process_time()
        status = cli_main(["build", str(args.corpus), "--out", tmp, "--jobs", str(args.jobs)])
        wall1, cpu1 = time.perf_counter(), time.process_time()
    if status != 0 or len(marks) != 2:
        raise SystemExit(f"error: the build ended with status {status}")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    (ws, cs), (we, ce) = marks["workers start"], marks["workers end"]
    figures = {
        "jobs": args.jobs, "wall s": round(wall1 - wall0, 1), "parent CPU s": round(cpu1 - cpu0, 2),
        "parent CPU s before the workers": round(cs - cpu0, 2), "parent CPU s while they run": round(ce - cs, 2),
        "wall s while they run": round(we - ws, 1),
        "parent CPU s after they finish": round(cpu1 - ce, 2), "wall s after they finish": round(wall1 - we, 2),
        "workers CPU s": round(children.ru_utime + children.ru_stime, 1),
        "parent peak MB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "load average (1 min) before, after": [round(load, 1), round(os.getloadavg()[0], 1)],
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
