"""Whether this checkout builds byte for byte the same files as another (a `git archive` copy of the start).

    python bench/compare_builds.py BASE_DIR [--work /tmp/speed-cmp] [--articles 3000] [--reuse-base]

Builds, with both checkouts (`python -m timeline build INPUT --out DIR --jobs 1`): every tests/heldout_articles*/
and tests/model_articles*/ folder whole, seeds/, and --articles generated articles (bench/generate_corpus.py, seed
11). Every file of the two output folders is compared by bytes; only "same" or "DIFFERENT" and file names are
printed, never the files' contents (the held-out folders' test halves are not to be read). Exit 1 on a difference.
"""

from __future__ import annotations

import argparse
import filecmp
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def build(checkout: Path, source: Path, out: Path) -> None:
    if out.exists():
        subprocess.run(["rm", "-rf", str(out)], check=True)
    done = subprocess.run([sys.executable, "-m", "timeline", "build", str(source), "--out", str(out), "--jobs", "1"],
                          cwd=checkout, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    (out / ".exit").parent.mkdir(parents=True, exist_ok=True)
    (out / ".exit").write_text(str(done.returncode))


def differing(a: Path, b: Path) -> list[str]:
    names = sorted({p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
                   | {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()})
    return [n for n in names if not ((a / n).is_file() and (b / n).is_file()
                                     and filecmp.cmp(a / n, b / n, shallow=False))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", type=Path)
    parser.add_argument("--work", type=Path, default=Path("/tmp/speed-cmp"))
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--reuse-base", action="store_true", help="keep base outputs already in --work")
    args = parser.parse_args()
    generated = args.work / "generated"
    if not generated.exists():
        subprocess.run([sys.executable, str(HERE / "bench" / "generate_corpus.py"), str(generated), "--articles",
                        str(args.articles), "--seed", "11"], check=True, stdout=subprocess.DEVNULL)
    inputs = sorted(p for p in (HERE / "tests").iterdir()
                    if p.is_dir() and p.name.startswith(("heldout_articles", "model_articles")))
    inputs += [HERE / "seeds", generated]
    bad = 0
    for source in inputs:
        name = source.name
        base_out, new_out = args.work / "base" / name, args.work / "new" / name
        if not (args.reuse_base and (base_out / ".exit").exists()):
            build(args.base.resolve(), source.resolve(), base_out)
        build(HERE, source.resolve(), new_out)
        diff = differing(base_out, new_out)
        bad += bool(diff)
        print(f"{name}: {'same' if not diff else 'DIFFERENT: ' + ', '.join(diff)}", flush=True)
    print(f"{len(inputs)} inputs, {bad} different")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
