"""Adding to a growing store stays linear: `python -m timeline add` in steps of 10,000 articles, time per step.

    python bench/bench_store_linear.py [--articles 100000] [--step 10000]

Articles are bench_store.py's generated ones; each step is one whole `add` run (all cores) into the same store.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--step", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(11)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.sqlite"
        for first in range(0, args.articles, args.step):
            folder = Path(tmp) / f"step-{first}"
            folder.mkdir()
            for i in range(first, min(args.articles, first + args.step)):
                (folder / f"a{i:07d}.txt").write_text(bench_store.article(i, rng), encoding="utf-8")
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "timeline", "add", str(folder), "--db", str(db)], check=True,
                           cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            size = sum(p.stat().st_size for p in Path(tmp).glob("store.sqlite*")) / 1e6
            rows.append((first + args.step, wall, cpu, size))
            print(f"{first + args.step:,}: {wall:.1f} s", file=sys.stderr, flush=True)
            for path in folder.iterdir():
                path.unlink()
    print(f"`python -m timeline add` of {args.step:,} generated articles at a time into one store")
    print("| articles in the store after the step | wall s for the step | CPU s for the step | store MB |")
    print("|---:|---:|---:|---:|")
    for total, wall, cpu, size in rows:
        print(f"| {total:,} | {wall:.1f} | {cpu:.1f} | {size:,.0f} |")
    cpus = [r[2] for r in rows]
    walls = [r[1] for r in rows]
    print(f"CPU s per step: first {cpus[0]:.1f}, last {cpus[-1]:.1f}, max/min {max(cpus) / min(cpus):.2f}; "
          f"wall s per step max/min {max(walls) / min(walls):.2f}")


if __name__ == "__main__":
    main()
