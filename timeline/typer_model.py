"""The learned part of the event typer: a multinomial logistic regression over the rule typer's own output (its
scores and first two types, the article prior) and the clause's words (the lemma of its predicate, every lemma of
the clause), so that it learns when to trust the rules and which words the rules do not know point somewhere.

Its weights are a data file, resources/typing_model.tsv, written by scripts/train_typer.py from our own development
sentences only, and validated on load. It applies to the packaged taxonomy only (a user's taxonomy has other types).
Scoring a clause is a dict look-up per feature and a sum of a few rows of the weight matrix (numpy, which the
lemmatiser, lemminflect, already needs).
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import repeat
from operator import sub, truediv
from pathlib import Path

import numpy

MODEL_FILE = "typing_model.tsv"
# TIMELINE_LEARNED_TYPER=1 types with the model, 0 with the rules alone (the default when unset: DEFAULT_ON)
ENV_SWITCH = "TIMELINE_LEARNED_TYPER"
DEFAULT_ON = True
_FEATURE = re.compile(r"^[a-z0-9]+:[^\s]*$|^bias$")


class ModelError(ValueError):
    """The model file is malformed; the message names the file, the line and the reason (one line)."""


@dataclass(frozen=True)
class TyperModel:
    """Weights per feature, one per type (in `types` order); a feature the file does not hold weighs nothing."""

    types: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]

    def probabilities(self, features: Mapping[str, float]) -> dict[str, float]:
        """The model's probability of each type for a clause's features (softmax of the weighted sums)."""
        index = self._index
        rows: list[int] = []  # each known feature's row, and its value (most values are 1)
        values: list[float] = []
        for name, value in features.items():
            row = index.get(name)
            if row is not None:
                rows.append(row)
                values.append(value)
        return dict(zip(self.types, self._softmax(rows, values), strict=True))

    def clause_probabilities(
        self,
        scores: Mapping[str, float],
        prior: Mapping[str, float],
        first: str,
        second: str,
        confidence: float,
        predicate: frozenset[str],
        words: Iterable[frozenset[str]],
    ) -> list[float]:
        """probabilities(features(scores, prior, first, second, confidence, sorted(predicate),
        sorted(set().union(*words)))), in `types` order, for a clause whose predicate has the lemmas `predicate` and
        whose words have the lemmas `words` (a set a word), without building the features: each prefix's rows are
        looked up by the bare value (no 'PREFIX:' string made), what the model knows of a word's lemmas is worked
        out once per set of lemmas (_KnownLemmas), and the prior's rows are found once per prior. The same rows are
        summed in the same order, so the floats are the same to the last bit."""
        tables = self._tables
        get = tables.get
        rows: list[int] = []  # the rows of the weight matrix to add up, in order, and the value of each
        values: list[float] = []
        row = self._index.get("bias")
        if row is not None:
            rows.append(row)
            values.append(1.0)
        total = sum(filter(_POSITIVE, scores.values()))  # (the positive scores, summed in the same order)
        if total:
            known = get("s", _NONE)
            for kind, value in scores.items():
                if value > 0:
                    row = known.get(kind)
                    if row is not None:
                        rows.append(row)
                        values.append(value / total)
        else:
            row = get("empty", _NONE).get("")
            if row is not None:
                rows.append(row)
                values.append(1.0)
        if prior:
            prior_rows, shares = self._prior_rows(prior)
            rows.extend(prior_rows)
            values.extend(shares)
        row = get("r1", _NONE).get(first)
        if row is not None:
            rows.append(row)
            values.append(1.0)
        row = get("rc", _NONE).get(first)
        if row is not None:
            rows.append(row)
            values.append(confidence)
        if second:
            row = get("r2", _NONE).get(second)
            if row is not None:
                rows.append(row)
                values.append(1.0)
        before = len(rows)
        verbs, lemmas = self._known  # the rows of the lemmas they know: sorted rows are sorted lemmas
        if predicate:
            rows.extend(sorted(verbs[predicate]))
        rows.extend(sorted(frozenset().union(*map(lemmas.__getitem__, words))))
        values.extend(repeat(1.0, len(rows) - before))
        return self._softmax(rows, values)

    def _prior_rows(self, prior: Mapping[str, float]) -> tuple[list[int], list[float]]:
        """The p: rows of an article prior and the share of each, in the prior's order. The clauses of an article
        share its prior: the rows of the last prior are kept (for a prior of the same items in the same order)."""
        items = tuple(prior.items())
        last = self._last_prior[0]
        if last is not None and last[0] == items:
            return last[1]
        known = self._tables.get("p", _NONE)
        rows: list[int] = []
        shares: list[float] = []
        for kind, share in items:
            row = known.get(kind)
            if row is not None:
                rows.append(row)
                shares.append(share)
        self._last_prior[0] = (items, (rows, shares))
        return rows, shares

    def _softmax(self, rows: list[int], values: list[float]) -> list[float]:
        """The softmax per type of the sums of the weight matrix's `rows` each times its value, each sum taken in
        the rows' order (numpy adds the rows of a matrix one after the other along its first axis, as sum() does)."""
        if rows:
            scaled = self._matrix.take(rows, axis=0)
            scaled *= numpy.array(values)[:, None]  # (a row times 1.0 is the row, to the bit)
            totals: list[float] = numpy.add.reduce(scaled, axis=0).tolist()
        else:
            totals = [0.0] * len(self.types)
        top = max(totals)
        exps = list(map(math.exp, map(sub, totals, repeat(top))))  # exp(total - top), by the C library as before
        norm = sum(exps)
        return list(map(truediv, exps, repeat(norm)))  # exp / norm

    @cached_property
    def _names(self) -> list[str]:
        """The features in the weight matrix's order: by prefix, then by value ("v:" rows sorted by lemma)."""
        return sorted(self.weights, key=lambda name: name.partition(":")[::2])

    @cached_property
    def _matrix(self) -> numpy.ndarray:
        """The weights as a matrix, a row a feature (in _names order), a column a type."""
        return numpy.array([self.weights[name] for name in self._names], dtype=numpy.float64).reshape(
            len(self._names), len(self.types))

    @cached_property
    def _index(self) -> dict[str, int]:
        """Feature -> its row of the weight matrix."""
        return {name: row for row, name in enumerate(self._names)}

    @cached_property
    def _tables(self) -> dict[str, dict[str, int]]:
        """The rows by prefix, then by the feature's value ("w:storm": tables["w"]["storm"])."""
        tables: dict[str, dict[str, int]] = {}
        for name, row in self._index.items():
            prefix, colon, value = name.partition(":")
            if colon:  # not "bias"
                tables.setdefault(prefix, {})[value] = row
        return tables

    @cached_property
    def _last_prior(self) -> list[tuple[tuple[tuple[str, float], ...], tuple[list[int], list[float]]] | None]:
        """[(the items of the last prior seen, its rows and shares)] (a list: the dataclass is frozen)."""
        return [None]

    @cached_property
    def _known(self) -> tuple[_KnownLemmas, _KnownLemmas]:
        """What the model knows of a word's lemmas as the predicate (v:) and as a word of the clause (w:)."""
        return _KnownLemmas(self._tables.get("v", _NONE)), _KnownLemmas(self._tables.get("w", _NONE))


_NONE: dict[str, int] = {}  # a prefix the model holds no weights for
_POSITIVE = (0.0).__lt__  # v > 0


class _KnownLemmas(dict[frozenset[str], frozenset[int]]):
    """A word's lemmas -> the rows of the weight matrix of those one prefix has weights for (within a prefix the rows
    are in the order of the lemmas' names, so that sorting rows sorts the lemmas), worked out on first look-up: a
    clause's words are mostly words seen before, one dict look-up a word instead of one a lemma, and ints sort faster
    than strings."""

    MAX_WORDS = 200_000

    def __init__(self, rows: Mapping[str, int]) -> None:
        super().__init__()
        self.row = rows

    def __missing__(self, lemmas: frozenset[str]) -> frozenset[int]:
        row = self.row
        found = frozenset(row[lemma] for lemma in lemmas if lemma in row)
        if len(self) < self.MAX_WORDS:
            self[lemmas] = found
        return found


def features(
    scores: Mapping[str, float],
    prior: Mapping[str, float],
    first: str,
    second: str,
    confidence: float,
    predicate: Iterable[str],
    words: Iterable[str],
) -> dict[str, float]:
    """A clause's features: what the rules say (shares of the clause's scores, of the article prior and of both
    as the rules weigh them, the rules' first and second type and confidence), and its words (the predicate's
    lemmas, the clause's lemmas). The training script and the typer both use this one function."""
    found: dict[str, float] = {"bias": 1.0}
    total = sum(v for v in scores.values() if v > 0)
    if total:
        for kind, value in scores.items():
            if value > 0:
                found["s:" + kind] = value / total
    else:
        found["empty:"] = 1.0
    for kind, share in prior.items():
        found["p:" + kind] = share
    found["r1:" + first] = 1.0
    found["rc:" + first] = confidence
    if second:
        found["r2:" + second] = 1.0
    for lemma in predicate:
        found["v:" + lemma] = 1.0
    for lemma in words:
        found["w:" + lemma] = 1.0
    return found


def parse_model(text: str, source: str, types: Iterable[str]) -> TyperModel:
    """The model in `text`, checked: a header of the taxonomy's types, then one feature a line with one finite
    weight per type, no feature twice, and the lines that say how it was produced."""
    expected = set(types)
    header: tuple[str, ...] | None = None
    weights: dict[str, tuple[float, ...]] = {}
    produced = False
    for number, line in enumerate(text.splitlines(), 1):
        where = f"{source}:{number}"
        if not line.strip():
            continue
        if line.startswith("#"):
            produced = produced or line.startswith("# command:")
            continue
        cells = line.split("\t")
        if header is None:
            if cells[0] != "feature":
                raise ModelError(f"{where}: the first line after the comments must be 'feature' and the types")
            header = tuple(cells[1:])
            if set(header) != expected or len(header) != len(expected):
                raise ModelError(f"{where}: the types {', '.join(header)} are not the taxonomy's "
                                 f"({', '.join(sorted(expected))})")
            continue
        name = cells[0]
        if not _FEATURE.match(name):
            raise ModelError(f"{where}: {name!r} is not a feature name (PREFIX:VALUE)")
        if len(cells) != len(header) + 1:
            raise ModelError(f"{where}: {len(cells) - 1} weights for {len(header)} types")
        try:
            row = tuple(float(c) for c in cells[1:])
        except ValueError:
            raise ModelError(f"{where}: a weight is not a number") from None
        if not all(math.isfinite(v) for v in row):
            raise ModelError(f"{where}: a weight is not finite")
        if name in weights:
            raise ModelError(f"{where}: feature {name!r} given twice")
        weights[name] = row
    if header is None:
        raise ModelError(f"{source}: no header line ('feature' and the types)")
    if not produced:
        raise ModelError(f"{source}: no '# command:' line saying how the file was produced")
    if "bias" not in weights:
        raise ModelError(f"{source}: no 'bias' line")
    return TyperModel(header, weights)


def load_model(path: str | Path, types: Iterable[str]) -> TyperModel:
    """A model file, checked."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"{path}: cannot read ({exc})") from None
    return parse_model(text, str(path), types)


@lru_cache(maxsize=1)
def default_model(types: tuple[str, ...]) -> TyperModel:
    """The packaged model (resources/typing_model.tsv) for the packaged taxonomy's types."""
    text = (resources.files("timeline") / "resources" / MODEL_FILE).read_text(encoding="utf-8")
    return parse_model(text, f"timeline/resources/{MODEL_FILE}", types)


_switch: list[bool | None] = [None]  # set by use_learned(); None: the environment decides


def use_learned(on: bool | None) -> None:
    """Type with the model (True), with the rules alone (False), or as the environment says (None)."""
    _switch[0] = on


def learned_on() -> bool:
    """Whether the typer uses the model: use_learned()'s setting, else TIMELINE_LEARNED_TYPER, else DEFAULT_ON."""
    if _switch[0] is not None:
        return _switch[0]
    value = os.environ.get(ENV_SWITCH, "").strip()
    if value in ("1", "0"):
        return value == "1"
    return DEFAULT_ON
