"""The build on one machine: local engine vs a Dask LocalCluster of 1 and 2 workers, articles per second.

    python bench/bench_build.py CORPUS_DIR [--format parquet] [--engine local|dask|both]

CORPUS_DIR is written by bench/generate_corpus.py. Each run is a whole `python -m timeline build` process (start,
reading, per-document work, merge, writing). Wall seconds are what a user waits; CPU seconds are the run's
process tree (the CLI and its worker processes), which stay meaningful when other jobs share the machine.
Scaling efficiency = (articles/s with 2 workers) / (2 x articles/s with 1 worker). On a machine shared with other
jobs the wall seconds measure the other jobs as much as the build, so the CPU efficiency is printed too: (CPU s with
1 worker) / (CPU s with 2 workers), the share of the work that does not grow with the second worker (what the
parallel run costs in pickling, scheduling and duplicate start-up); it equals the wall efficiency on an otherwise
idle machine with a core per worker, when the work is evenly shared.
The load average before and after the runs is printed with the table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def count_articles(folder: Path) -> int:
    return sum(1 for path in folder.glob("*.jsonl") for line in path.open(encoding="utf-8") if line.strip())


def run(corpus: Path, out: Path, extra: list[str]) -> tuple[float, float, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "timeline", "build", str(corpus), "--out", str(out), *extra],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"error: build {' '.join(extra)} failed: {result.stderr.strip()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--format", choices=("json", "parquet"), default="parquet")
    parser.add_argument("--engine", choices=("local", "dask", "both"), default="both",
                        help="the engines to run (default: both)")
    args = parser.parse_args()
    articles = count_articles(args.corpus)
    runs = []
    if args.engine in ("local", "both"):
        runs += [("local, --jobs 1", ["--jobs", "1"], 1), ("local, --jobs 2", ["--jobs", "2"], 2)]
    if args.engine in ("dask", "both"):
        runs += [("dask LocalCluster, 1 worker", ["--engine", "dask", "--workers", "1", "--format", args.format], 1),
                 ("dask LocalCluster, 2 workers", ["--engine", "dask", "--workers", "2", "--format", args.format], 2)]
    rows = []
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        for name, extra, cores in runs:
            wall, cpu, last = run(args.corpus, Path(tmp) / name.replace(" ", "_").replace(",", ""), extra)
            rows.append((name, cores, wall, cpu, last))
            print(f"{name}: {wall:.1f} s ({last})", file=sys.stderr, flush=True)
    load_after = os.getloadavg()
    print(f"{articles:,} generated articles ({args.corpus}); whole `python -m timeline build` runs; "
          f"dask output --format {args.format}; {os.cpu_count()} cores, load average (1 min) "
          f"{load_before[0]:.1f} before, {load_after[0]:.1f} after")
    print("| run | workers | wall s | articles/s | articles/s per worker | CPU s | articles per CPU s |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, cores, wall, cpu, _ in rows:
        print(f"| {name} | {cores} | {wall:.1f} | {articles / wall:,.0f} | {articles / wall / cores:,.0f} | "
              f"{cpu:.1f} | {articles / cpu:,.0f} |")
    rate = {name: articles / wall for name, _, wall, _, _ in rows}
    cpu = {name: spent for name, _, _, spent, _ in rows}
    pairs = [(engine, one, two) for engine, one, two in (
        ("local", "local, --jobs 1", "local, --jobs 2"),
        ("dask", "dask LocalCluster, 1 worker", "dask LocalCluster, 2 workers")) if one in rate]
    print("scaling efficiency 1 -> 2 (wall): " + ", ".join(f"{engine} {rate[two] / (2 * rate[one]):.0%}"
                                                            for engine, one, two in pairs))
    print("CPU efficiency 1 -> 2: " + ", ".join(f"{engine} {cpu[one] / cpu[two]:.0%}" for engine, one, two in pairs))
    print(json.dumps({"articles": articles, "runs": [{"run": r[0], "wall": round(r[2], 2), "cpu": round(r[3], 2)}
                                                      for r in rows]}), file=sys.stderr)


if __name__ == "__main__":
    main()
