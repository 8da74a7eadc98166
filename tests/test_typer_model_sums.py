"""The learned typer's sums (timeline/typer_model.py): the weight rows of a clause's features, each times its value,
are added in the features' order, so the probabilities are the same to the bit whichever way the rows are stored.
Checked against a plain-Python reference (the sums as sum() takes them, the softmax with math.exp) on the packaged
model, for features read from sentences of our own, and on a small model whose rows are chosen so that the order of
the additions changes the float."""

from __future__ import annotations

import math

import pytest

from timeline.taxonomy import default_taxonomy
from timeline.typer_model import TyperModel, default_model
from timeline.typing import clause_features

SENTENCES = [
    ("Firefighters brought the warehouse blaze under control early on Sunday.", ()),
    ("The finance ministry said on Monday that the budget gap had narrowed.", ("Tax receipts rose in spring.",)),
    ("A court in the capital will hear the appeal in March.", ("The mayor was convicted of fraud last year.",)),
    ("Hundreds of runners lined up for the harbour marathon on Saturday.", ()),
    ("The two foreign ministers met in Geneva on Thursday.", ("Border talks stalled after the shooting.",)),
]


def _reference(model: TyperModel, features: dict[str, float]) -> dict[str, float]:
    """The probabilities as the model defines them, in plain Python: each type's sum of the rows times their
    values in the features' order, then the softmax."""
    rows = [[w * value for w in model.weights[name]] for name, value in features.items() if name in model.weights]
    totals = [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(model.types)
    top = max(totals)
    exps = [math.exp(t - top) for t in totals]
    norm = sum(exps)
    return dict(zip(model.types, [e / norm for e in exps], strict=True))


@pytest.mark.parametrize("text, context", SENTENCES, ids=[s[0][:30] for s in SENTENCES])
def test_the_packaged_model_sums_as_the_reference(text: str, context: tuple[str, ...]) -> None:
    model = default_model(default_taxonomy().types)
    features, _rule = clause_features(text, context)
    assert len(features) > 5  # (words the model knows, the rules' answer, the bias)
    assert model.probabilities(features) == _reference(model, features)


def test_the_rows_are_added_in_the_features_order() -> None:
    # 1e16 + 1 - 1e16 is 0.0 in that order and 1.0 as (1e16 - 1e16) + 1: an order of additions other than the
    # features' (a pairwise or a sorted sum) gives another total, so other probabilities
    model = TyperModel(("a", "b"), {"bias": (0.0, 0.0), "w:big": (1e16, 0.0), "w:one": (1.0, 1.0),
                                     "w:minus": (-1e16, 0.0)})
    for order in (["w:big", "w:one", "w:minus"], ["w:big", "w:minus", "w:one"], ["w:one", "w:minus", "w:big"]):
        features = {"bias": 1.0, **dict.fromkeys(order, 1.0)}
        assert model.probabilities(features) == _reference(model, features)
    scaled = {"bias": 1.0, "w:one": 0.1, "w:big": 3.0, "w:minus": 3.0}
    assert model.probabilities(scaled) == _reference(model, scaled)
