"""`python -m timeline classify` and `eval-types`: type sentences, and score the typer on a file of typed sentences."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from timeline.commands import open_streams
from timeline.taxonomy import Taxonomy, TaxonomyError, default_taxonomy, load_taxonomy
from timeline.typer_model import ModelError, default_model, learned_on
from timeline.typing import classify, packaged


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    """Arguments of `classify` and `eval-types`."""
    if name == "eval-types":
        parser.add_argument("file", help='JSONL file: {"text", "gold": [acceptable types][, "context"]} a line')
        parser.add_argument("--errors", type=int, default=0, metavar="N", help="also print N wrongly typed lines")
        parser.add_argument("--by-document", action="store_true",
                            help="lines whose ids share the part before '#' are one article: each line's context "
                                 "is the other lines of its article (when it has no context of its own)")
    else:
        parser.add_argument("--input", help='JSONL file of {"id", "text"[, "context"]} (default: standard input)')
        parser.add_argument("--output", help="JSONL file to write (default: standard output)")
    parser.add_argument("--taxonomy", help="event-type file to use instead of the built-in one")


@dataclass(frozen=True)
class _Line:
    number: int
    id: str
    text: str
    context: tuple[str, ...]
    gold: tuple[str, ...]
    raw_id: Any = None  # the id as given (a number stays a number in classify's output)


class _BadLine(ValueError):
    pass


def _context(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise _BadLine("context must be a string or a list of strings")


def _parse(line: str, number: int, need_gold: bool) -> _Line:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _BadLine(f"not JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise _BadLine("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise _BadLine("no text field (a string)")
    gold = record.get("gold", [])
    if isinstance(gold, str):
        gold = [gold]
    if need_gold and (not isinstance(gold, list) or not gold or not all(isinstance(g, str) for g in gold)):
        raise _BadLine("gold must be a non-empty list of types")
    raw_id = record.get("id", number)
    return _Line(number, str(raw_id), text, _context(record.get("context")), tuple(gold), raw_id)


def _lines(source: IO[str], name: str, need_gold: bool) -> Iterator[_Line | str]:
    """Parsed lines, or an error message for a bad one."""
    for number, raw in enumerate(source, 1):
        if not raw.strip():
            continue
        try:
            yield _parse(raw, number, need_gold)
        except _BadLine as exc:
            yield f"error: {name}:{number}: {exc}"


def _taxonomy(args: argparse.Namespace) -> Taxonomy:
    return load_taxonomy(args.taxonomy) if args.taxonomy else default_taxonomy()


def run(args: argparse.Namespace) -> int:
    """Run `classify` or `eval-types`."""
    try:
        taxonomy = _taxonomy(args)
        if learned_on() and packaged(taxonomy):
            default_model(taxonomy.types)  # a bad weights file: one error line before any line is typed
    except (TaxonomyError, ModelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.command == "eval-types":
        return _evaluate(args, taxonomy)
    return _classify(args, taxonomy)


def _classify(args: argparse.Namespace, taxonomy: Taxonomy) -> int:
    streams = open_streams(args.input, args.output)
    if streams is None:
        return 1
    source, sink = streams
    failed = 0
    with source, sink:
        for item in _lines(source, args.input or "stdin", need_gold=False):
            if isinstance(item, str):
                print(item, file=sys.stderr)
                failed += 1
                continue
            typed = classify(item.text, item.context, taxonomy=taxonomy)
            sink.write(json.dumps({"id": item.raw_id, "type": typed.type, "second": typed.second,
                                   "confidence": round(typed.confidence, 3)}, ensure_ascii=False) + "\n")
    return 1 if failed else 0


def macro_f1(pairs: list[tuple[str, tuple[str, ...]]], types: list[str]) -> float:
    """Macro-F1 over the types that occur as gold or prediction; a prediction among the acceptable types counts as
    that type (true positive), else the first gold type is the one missed."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for predicted, gold in pairs:
        if predicted in gold:
            tp[predicted] += 1
        else:
            fp[predicted] += 1
            fn[gold[0]] += 1
    scores = []
    for kind in types:
        if not (tp[kind] or fp[kind] or fn[kind]):
            continue
        precision = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 0.0
        recall = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def _with_document_context(lines: list[_Line]) -> list[_Line]:
    articles: dict[str, list[_Line]] = {}
    for line in lines:
        articles.setdefault(line.id.split("#", 1)[0], []).append(line)
    result = []
    for line in lines:
        if line.context:
            result.append(line)
            continue
        others = tuple(o.text for o in articles[line.id.split("#", 1)[0]] if o is not line)
        result.append(_Line(line.number, line.id, line.text, others, line.gold, line.raw_id))
    return result


def _evaluate(args: argparse.Namespace, taxonomy: Taxonomy) -> int:
    try:
        with open(args.file, encoding="utf-8") as source:
            items = list(_lines(source, args.file, need_gold=True))
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: {args.file}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
        return 1
    errors = [i for i in items if isinstance(i, str)]
    if errors:
        print(errors[0], file=sys.stderr)
        return 1
    lines = [i for i in items if isinstance(i, _Line)]
    if not lines:
        print(f"error: {args.file}: no lines", file=sys.stderr)
        return 1
    if args.by_document:
        lines = _with_document_context(lines)
    pairs = []
    wrong = []
    for line in lines:
        predicted = classify(line.text, line.context, taxonomy=taxonomy).type
        pairs.append((predicted, line.gold))
        if predicted not in line.gold:
            wrong.append((line, predicted))
    types = list(taxonomy.types) + sorted({g for _, gold in pairs for g in gold} - set(taxonomy.types))
    right = sum(1 for p, g in pairs if p in g)
    print(f"{args.file}: {len(pairs)} lines")
    print(f"accuracy  {100 * right / len(pairs):.1f} % ({right}/{len(pairs)})")
    gold_types = [t for t in types if any(t in gold for _, gold in pairs)]
    predicted_or_gold = [t for t in types if t in gold_types or any(p == t for p, _ in pairs)]
    overall = macro_f1(pairs, types)
    print(f"macro-F1  {overall:.3f} (over the {len(predicted_or_gold)} types given as gold or predicted)")
    print(f"          {macro_f1(pairs, gold_types):.3f} over the {len(gold_types)} types given as gold only")
    confusion: Counter[tuple[str, str]] = Counter()
    for predicted, gold in pairs:
        confusion[(predicted if predicted in gold else gold[0], predicted)] += 1
    shown = [t for t in types if any(confusion[(t, o)] or confusion[(o, t)] for o in types)]
    width = max(len(t) for t in shown) + 1
    print("gold \\ predicted".ljust(width + 2) + " ".join(t[:8].rjust(8) for t in shown))
    for gold_type in shown:
        cells = " ".join(str(confusion[(gold_type, p)] or ".").rjust(8) for p in shown)
        print(gold_type.ljust(width + 2) + cells)
    for line, predicted in wrong[: args.errors]:
        print(f"  {line.id}: {predicted} (gold {'|'.join(line.gold)}): {line.text[:140]}")
    return 0
