"""`python -m timeline eval DIR`: score the tagger on TimeML files as TempEval-3 Task A does."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline.progress import progress
from timeline.scoring import Scores, format_scores, score_document
from timeline.tagger import tag
from timeline.timeml import TimeMLError, read_timeml


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    """Arguments of `eval`."""
    parser.add_argument("paths", nargs="+", type=Path, help="TimeML .tml files or folders of them")
    parser.add_argument("--errors", action="store_true", help="list every miss, false alarm and wrong value")
    parser.add_argument("--kind", action="append", help="with --errors: only these kinds (miss, false, value, ...)")


def tml_files(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """The .tml files under the given paths, sorted, and an error line for each path that does not exist."""
    files: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.rglob("*.tml")))
        elif path.is_file():
            files.append(path)
        else:
            errors.append(f"error: {path}: no such file or folder")
    return files, errors


def run(args: argparse.Namespace) -> int:
    """Tag each document at its DCT and print the scores (and, with --errors, every error with its rule)."""
    files, errors = tml_files(args.paths)
    for line in errors:
        print(line, file=sys.stderr)
    if not files:
        print(f"error: {' '.join(map(str, args.paths))}: no .tml files found", file=sys.stderr)
        return 1
    scores = Scores()
    for path in progress(files, len(files), "doc"):
        try:
            doc = read_timeml(path)
        except (TimeMLError, OSError, UnicodeDecodeError) as exc:
            print(f"error: {path}: {exc}", file=sys.stderr)
            errors.append(str(path))
            continue
        score_document(doc.id, doc.text, doc.gold, tag(doc.text, doc.dct), scores)
    if args.errors:
        kinds = set(args.kind or [])
        for p in scores.problems:
            if kinds and p.kind not in kinds:
                continue
            print(f"{p.kind:5} {p.doc:24} {p.rule or '-':24} gold={p.gold!r:28} system={p.system!r:28} {p.context}")
    for line in format_scores(scores, len(files) - len(errors)):
        print(line)
    return 1 if errors else 0
