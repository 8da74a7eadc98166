"""Train the learned event typer (timeline/typer_model.py) and write its weights to timeline/resources/typing_model.tsv.

    python3 scripts/train_typer.py [--out FILE] [--cv K] [--wikievents FILE] [--l2 X] [--min-count N]
                                   [--[no-]articles] [FILES...]

A multinomial logistic regression with L2 over the features timeline.typing.clause_features gives (the rules'
scores, first and second type and confidence, the article prior, the lemma of the predicate, the clause's lemmas),
fitted with full-batch Adam for a fixed number of steps from zero weights: no randomness, the same file every run.
The training data are our own development sentences (TRAINING_FILES, written in our own words), the target each
sentence's preferred (first) gold type, and, with the default FILES (or `--articles`) the clauses the event builder
types in the development articles (ARTICLE_SETS: never the even-numbered, held-out half of sets 5 and 6) are added,
each with its article prior, labelled with the expected type of the expected event it is matched to as eval-events
matches (read_article_examples). `--cv K` prints the out-of-fold accuracy and macro-F1 of the rules alone and of
rules + model over K folds (fold = a hash of the sentence's id, or of the article for an article's clauses; overall,
sentences, article clauses) instead of writing; `--wikievents FILE` adds the model trained on every file measured
on that file (accuracy and macro-F1 only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.commands.types import macro_f1  # noqa: E402
from timeline.model import Document, Event  # noqa: E402
from timeline.taxonomy import Taxonomy, default_taxonomy  # noqa: E402
from timeline.typer_model import MODEL_FILE, TyperModel  # noqa: E402
from timeline.typing import ReadText, Typing, clause_features, learned_decision  # noqa: E402

TRAINING_FILES = tuple(f"tests/typing/{name}.jsonl" for name in (
    "dev_sentences", "mixed_sentences", "news_sentences", "news_sentences2", "press_sentences", "wire_sentences",
    "model_sentences"))
L2 = 0.003  # the penalty on the squared weights (the bias excepted), per training example
MIN_COUNT = 2  # a word feature is kept when at least this many training sentences have it
STEPS = 400  # Adam steps
RATE = 0.05  # Adam's step size
DECIMALS = 4  # the weights are written rounded to this many places (and used so in the cross-validation)


class Example:
    """One training sentence or article clause: its features, the rules' answer, its acceptable types; `group` is
    what the cross-validation folds by (the id for a sentence, the article for an article's clauses)."""

    def __init__(self, id_: str, found: dict[str, float], rule: Typing, gold: tuple[str, ...],
                 group: str = "") -> None:
        self.id = id_
        self.features = found
        self.rule = rule
        self.gold = gold
        self.group = group or id_


# the development articles whose built events' clauses are training examples (--articles): every article of the
# first four sets, the odd-numbered (dev) half of sets 5 and 6 (their even-numbered half is held out), and the two
# model-only sets of round 25 (tests/model_articles, tests/model_articles2: written to train the model, never read to
# fix a rule, so they show the model where the rules go wrong on articles they were not written on)
ARTICLE_SETS = (("tests/heldout_articles", None), ("tests/heldout_articles2", None), ("tests/heldout_articles3", None),
                ("tests/heldout_articles4", None), ("tests/heldout_articles5", "dev"),
                ("tests/heldout_articles6", "dev"), ("tests/model_articles", None), ("tests/model_articles2", None))


def read_article_examples(sets: Sequence[tuple[str, str | None]] = ARTICLE_SETS) -> list[Example]:
    """The clauses the event builder types in the articles of `sets` (folder, half), with their article prior, as
    examples: each article is built by the normal pipeline with the rules alone (so the examples do not depend on
    the weights being trained) while the typer's inputs are recorded for each event, and each event is matched to
    the expected rows as eval-events does (same start and end); a matched event's acceptable types are the
    expected row's, the first preferred. An event no expected row matches is not an example."""
    from timeline import events as builder
    from timeline.documents import load_documents
    from timeline.event_scoring import half_of, read_expected, score_documents
    from timeline.typer_model import use_learned
    from timeline.typing import model_inputs

    taxonomy = default_taxonomy()
    last: list[tuple[dict[str, float], Typing] | None] = [None]
    recorded: dict[str, tuple[dict[str, float], Typing]] = {}
    # the inputs of each draft's decision, by its type request (the drafts of a document are typed before their events
    # are made): id of the request -> (the request, the inputs)
    by_request: dict[int, tuple[Any, tuple[dict[str, float], Typing]]] = {}
    decide, typing, to_event = builder.decide, builder._TypeRequest.typing, builder._to_event

    def recording_decide(scores: dict[str, float], prior: dict[str, float], taxonomy_: Taxonomy,
                         read: ReadText | None = None, centre: int | None = None,
                         learned: bool | None = None) -> Typing:
        answer = decide(scores, prior, taxonomy_, read, centre, learned)
        last[0] = None if read is None else model_inputs(scores, prior, taxonomy_, read, centre)
        return answer

    def recording_typing(request: Any) -> Typing:
        last[0] = None
        answer = typing(request)
        if last[0] is not None:
            by_request[id(request)] = (request, last[0])
        return answer

    def recording_to_event(doc: Document, draft: Any, typing_: Typing) -> Event:
        event = to_event(doc, draft, typing_)
        found = by_request.get(id(draft.typed))
        if found is not None and found[0] is draft.typed:
            recorded[event.id] = found[1]
        return event

    examples = []
    builder.decide, builder._to_event = recording_decide, recording_to_event  # type: ignore[assignment]
    builder._TypeRequest.typing = recording_typing  # type: ignore[method-assign]
    use_learned(False)
    try:
        for folder, half in sets:
            expected = read_expected(ROOT / folder / "expected.tsv", taxonomy.types)
            documents = sorted(load_documents([ROOT / folder]).documents, key=lambda d: d.id)
            documents = [d for d in documents if half is None or half_of(d.id) == half]
            for doc in documents:
                recorded.clear()
                by_request.clear()
                events = builder.build_timeline([doc], taxonomy)
                for match in score_documents(expected, {doc.id: events})[0].matches:
                    if match.event is None or match.event.id not in recorded:
                        continue
                    found, rule = recorded[match.event.id]
                    examples.append(Example(f"{folder}/{match.event.id}", found, rule, match.expected.types,
                                            f"{folder}/{doc.id}"))
    finally:
        builder.decide, builder._to_event = decide, to_event  # type: ignore[assignment]
        builder._TypeRequest.typing = typing  # type: ignore[method-assign]
        use_learned(None)
    return examples


def read_examples(paths: Sequence[str]) -> list[Example]:
    """The sentences of the files as examples (`context` is the article around the sentence)."""
    examples = []
    for path in paths:
        with open(ROOT / path if not Path(path).is_absolute() else path, encoding="utf-8") as source:
            for line in source:
                if not line.strip():
                    continue
                record = json.loads(line)
                context = record.get("context") or ()
                found, rule = clause_features(record["text"], context)
                examples.append(Example(str(record["id"]), found, rule, tuple(record["gold"])))
    return examples


def vocabulary(examples: Sequence[Example], min_count: int) -> list[str]:
    """The features to weigh: every rule feature, and the word features of at least `min_count` examples."""
    counts: Counter[str] = Counter()
    for example in examples:
        counts.update(example.features)
    return sorted(name for name, n in counts.items()
                  if n >= min_count or not name.startswith(("w:", "v:")))


RULE_FEATURES = ("s:", "r1:", "r2:", "rc:", "empty:")  # what the rules say of the clause itself (not the prior)


def with_lexical_copies(examples: Sequence[Example]) -> list[Example]:
    """The examples, and for half of them (by a hash of the id) a copy without the rules' features of the clause:
    the rules are right for nearly every sentence they were written against, so without such copies the model
    learns only to repeat them; with them, the words learn to point to a type on their own, for the wording the
    rules do not know (the share was chosen by cross-validation: none, half, all)."""
    copies = [Example(e.id + "#words", {k: v for k, v in e.features.items() if not k.startswith(RULE_FEATURES)},
                      e.rule, e.gold)
              for e in examples if fold_of(e.id + "#words", 2) == 0]
    return [*examples, *copies]


def fit(examples: Sequence[Example], types: Sequence[str], names: Sequence[str], l2: float,
        steps: int = STEPS) -> np.ndarray:
    """The weights (features x types) of the logistic regression, by full-batch Adam from zero."""
    index = {name: i for i, name in enumerate(names)}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, example in enumerate(examples):
        for name, value in sorted(example.features.items()):
            if name in index:
                rows.append(r)
                cols.append(index[name])
                vals.append(value)
    row = np.array(rows, dtype=np.int64)
    col = np.array(cols, dtype=np.int64)
    val = np.array(vals, dtype=np.float64)
    n, k = len(examples), len(types)
    target = np.zeros((n, k))
    kind_index = {kind: i for i, kind in enumerate(types)}
    for r, example in enumerate(examples):
        target[r, kind_index[example.gold[0]]] = 1.0
    penalised = np.ones((len(names), 1))
    if "bias" in index:
        penalised[index["bias"]] = 0.0
    weights = np.zeros((len(names), k))
    moment = np.zeros_like(weights)
    second = np.zeros_like(weights)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, steps + 1):
        logits = np.zeros((n, k))
        np.add.at(logits, row, weights[col] * val[:, None])
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        error = (probs - target) / n
        gradient = np.zeros_like(weights)
        np.add.at(gradient, col, error[row] * val[:, None])
        gradient += l2 * penalised * weights
        moment = beta1 * moment + (1 - beta1) * gradient
        second = beta2 * second + (1 - beta2) * gradient * gradient
        weights -= RATE * (moment / (1 - beta1**step)) / (np.sqrt(second / (1 - beta2**step)) + eps)
    return weights


def as_model(weights: np.ndarray, types: Sequence[str], names: Sequence[str]) -> TyperModel:
    """The weights rounded as written, without the features whose weights all round to 0."""
    table = {}
    for name, row in zip(names, weights, strict=True):
        rounded = tuple(round(float(v), DECIMALS) + 0.0 for v in row)
        if any(rounded):
            table[name] = rounded
    return TyperModel(tuple(types), table)


def score(examples: Sequence[Example], model: TyperModel | None) -> tuple[float, float, list[str]]:
    """Accuracy and macro-F1 of the rules (model None) or of rules + model, and the predictions."""
    taxonomy = default_taxonomy()
    predicted = [e.rule.type if model is None else learned_decision(model, e.features, e.rule, taxonomy).type
                 for e in examples]
    right = sum(p in e.gold for p, e in zip(predicted, examples, strict=True))
    pairs = [(p, e.gold) for p, e in zip(predicted, examples, strict=True)]
    return right / len(examples), macro_f1(pairs, list(taxonomy.types)), predicted


def fold_of(id_: str, k: int) -> int:
    return int(hashlib.sha256(id_.encode()).hexdigest(), 16) % k


def cross_validate(examples: Sequence[Example], k: int, l2: float, min_count: int) -> None:
    """Print the out-of-fold accuracy and macro-F1 of the rules alone and of rules + model."""
    types = default_taxonomy().types
    predicted: list[str] = [""] * len(examples)
    for fold in range(k):
        train = [e for e in examples if fold_of(e.group, k) != fold]
        train = with_lexical_copies(train)
        names = vocabulary(train, min_count)
        model = as_model(fit(train, types, names, l2), types, names)
        held = [i for i, e in enumerate(examples) if fold_of(e.group, k) == fold]
        _, _, guesses = score([examples[i] for i in held], model)
        for i, guess in zip(held, guesses, strict=True):
            predicted[i] = guess
    parts = [("sentences", [i for i, e in enumerate(examples) if e.group == e.id]),
             ("article clauses", [i for i, e in enumerate(examples) if e.group != e.id])]
    for label, chosen in [("examples", list(range(len(examples)))), *parts]:
        if chosen and (label != "examples" or all(p[1] for p in parts)):
            _print_cv(k, l2, min_count, label, [examples[i] for i in chosen], [predicted[i] for i in chosen])


def _print_cv(k: int, l2: float, min_count: int, label: str, examples: Sequence[Example],
              predicted: Sequence[str]) -> None:
    types = default_taxonomy().types
    rule_accuracy, rule_f1, _ = score(examples, None)
    right = sum(p in e.gold for p, e in zip(predicted, examples, strict=True))
    model_f1 = macro_f1([(p, e.gold) for p, e in zip(predicted, examples, strict=True)], list(types))
    changed = sum(p != e.rule.type for p, e in zip(predicted, examples, strict=True))
    fixed = sum(p in e.gold and e.rule.type not in e.gold for p, e in zip(predicted, examples, strict=True))
    broken = sum(p not in e.gold and e.rule.type in e.gold for p, e in zip(predicted, examples, strict=True))
    print(f"{k}-fold CV (l2 {l2}, min-count {min_count}) on {len(examples)} {label}: "
          f"rules {100 * rule_accuracy:.1f} % / {rule_f1:.3f}; rules+model {100 * right / len(examples):.1f} % / "
          f"{model_f1:.3f}; {changed} changed, {fixed} fixed, {broken} broken")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def article_set_files(folder: str, half: str | None) -> list[Path]:
    """The files an article set's examples come from: its expected.tsv and the articles of the half used."""
    from timeline.event_scoring import half_of

    skipped = ("expected.tsv", "README.md")
    articles = sorted(p for p in (ROOT / folder).iterdir() if p.is_file() and p.name not in skipped)
    return [ROOT / folder / "expected.tsv", *(p for p in articles if half is None or half_of(p.name) == half)]


def article_set_digest(folder: str, half: str | None) -> str:
    """One sha256 over the set's files (their names and contents, in order)."""
    digest = hashlib.sha256()
    for path in article_set_files(folder, half):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def write_model(model: TyperModel, names: Sequence[str], files: Sequence[str], out: Path, l2: float,
                min_count: int, command: str,
                article_sets: Sequence[tuple[str, str | None]] = ARTICLE_SETS) -> None:
    settings = "" if (l2, min_count) == (L2, MIN_COUNT) else f" --l2 {l2} --min-count {min_count}"
    lines = [
        "# The learned event typer (timeline/typer_model.py): multinomial logistic regression weights, one feature a",
        "# line, one weight per type. Written by scripts/train_typer.py; do not edit by hand.",
        f"# command: {command}{settings}",
        f"# settings: l2 {l2}, min-count {min_count}, Adam {STEPS} steps of {RATE}, rounded to {DECIMALS} places",
        "# features: bias; s:TYPE the rules' score share; p:TYPE the article prior's share; r1:/r2:TYPE the rules'",
        "# first and second type; rc:TYPE the rules' confidence; empty: no keyword; v:LEMMA the predicate;",
        "# w:LEMMA a word of the clause",
    ]
    for path in files:
        lines.append(f"# trained on: {path} sha256 {sha256(ROOT / path)}")
    for folder, half in article_sets:
        lines.append(f"# article clauses of: {folder} {half or 'all'} sha256 {article_set_digest(folder, half)}")
    lines.append("\t".join(("feature", *model.types)))
    for name in names:
        row = model.weights.get(name)
        if row is not None:
            lines.append("\t".join((name, *(f"{v:.{DECIMALS}f}" for v in row))))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", default=list(TRAINING_FILES), help="training JSONL files")
    parser.add_argument("--out", default=str(ROOT / "timeline" / "resources" / MODEL_FILE))
    parser.add_argument("--cv", type=int, default=0, metavar="K", help="print K-fold CV figures instead of writing")
    parser.add_argument("--wikievents", help="also print the accuracy and macro-F1 on this file (never trained on)")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("--articles", action=argparse.BooleanOptionalAction, default=None,
                        help="also train on the clauses the event builder types in the development articles "
                        "(ARTICLE_SETS); the default: yes with the default FILES, no with FILES given")
    args = parser.parse_args(argv)
    examples = read_examples(args.files)
    articles = args.articles if args.articles is not None else list(args.files) == list(TRAINING_FILES)
    if articles:
        examples += read_article_examples()
    types = default_taxonomy().types
    if args.cv:
        cross_validate(examples, args.cv, args.l2, args.min_count)
    training = with_lexical_copies(examples)
    names = vocabulary(training, args.min_count)
    model = as_model(fit(training, types, names, args.l2), types, names)
    if args.wikievents:
        look = read_examples([args.wikievents])
        rule_accuracy, rule_f1, _ = score(look, None)
        accuracy, f1, _ = score(look, model)
        print(f"{args.wikievents}: rules {100 * rule_accuracy:.1f} % / {rule_f1:.3f}; "
              f"rules+model {100 * accuracy:.1f} % / {f1:.3f}")
    if args.cv or args.wikievents:
        return 0
    command = "python3 scripts/train_typer.py" + "".join(f" {a}" for a in args.files if a not in TRAINING_FILES)
    if args.articles is not None and articles != (list(args.files) == list(TRAINING_FILES)):
        command += " --articles" if articles else " --no-articles"
    write_model(model, names, args.files, Path(args.out), args.l2, args.min_count, command,
                ARTICLE_SETS if articles else ())
    print(f"wrote {args.out}: {len(model.weights)} features, {len(examples)} training examples")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
