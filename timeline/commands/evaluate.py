"""`python -m timeline eval DIR...`: TempEval-3 Task A scores of the tagger, per folder and in total."""

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
    parser.add_argument("--kind", action="append",
                        help="with --errors: only this kind (miss, false, value, type, span; repeat for several)")


def tml_files(paths: list[Path]) -> tuple[list[tuple[Path, list[Path]]], list[str]]:
    """The .tml files under each given path, sorted, and an error line for each path that does not exist."""
    groups: list[tuple[Path, list[Path]]] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            groups.append((path, sorted(path.rglob("*.tml"))))
        elif path.is_file():
            groups.append((path, [path]))
        else:
            errors.append(f"error: {path}: no such file or folder")
    return groups, errors


def _score_files(files: list[Path], scores: Scores, failed: list[str]) -> int:
    """Tag each file at its DCT and add its counts to `scores`; the number of documents scored."""
    scored = 0
    for path in progress(files, len(files), "doc"):
        try:
            doc = read_timeml(path)
        except (TimeMLError, OSError, UnicodeDecodeError) as exc:
            print(f"error: {path}: {exc}", file=sys.stderr)
            failed.append(str(path))
            continue
        score_document(doc.id, doc.text, doc.gold, tag(doc.text, doc.dct), scores)
        scored += 1
    return scored


KINDS = ("miss", "false", "value", "type", "span")  # the kinds of scoring.Problem


def run(args: argparse.Namespace) -> int:
    """Score each path, print its errors (with --errors) and its block, then, for several paths, the total."""
    for kind in args.kind or []:
        if kind not in KINDS:
            print(f"error: --kind: unknown kind {kind!r} ({', '.join(KINDS)})", file=sys.stderr)
            return 1
    if args.kind and not args.errors:
        print("error: --kind: only with --errors", file=sys.stderr)
        return 1
    groups, errors = tml_files(args.paths)
    for line in errors:
        print(line, file=sys.stderr)
    if not any(files for _, files in groups):
        print(f"error: {' '.join(map(str, args.paths))}: no .tml files found", file=sys.stderr)
        return 1
    total = Scores()
    total_docs = 0
    kinds = set(args.kind or [])
    for path, files in groups:
        scores = Scores()
        documents = _score_files(files, scores, errors)
        if args.errors:
            for p in scores.problems:
                if kinds and p.kind not in kinds:
                    continue
                print(f"{p.kind:5} {p.doc:24} {p.rule or '-':24} gold={p.gold!r:28} system={p.system!r:28} "
                      f"{p.context}")
        if not documents:  # its files could not be read (each said why): no table of zeros
            continue
        if len(groups) > 1:
            print(f"== {path}")
        for line in format_scores(scores, documents):
            print(line)
        total.add(scores)
        total_docs += documents
    if len(groups) > 1 and total_docs:
        print("== total")
        for line in format_scores(total, total_docs):
            print(line)
    return 1 if errors else 0
