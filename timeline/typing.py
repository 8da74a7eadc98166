"""Event typing: the type of what a sentence reports, with a second type and a confidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline.taxonomy import Taxonomy, default_taxonomy


@dataclass(frozen=True)
class Typing:
    """The type of an event, the runner-up (or "" when nothing else points anywhere) and a confidence in [0, 1]."""

    type: str
    second: str
    confidence: float


def classify(
    text: str,
    context: Sequence[str] | str = (),
    centre: int | None = None,
    taxonomy: Taxonomy | None = None,
) -> Typing:
    """The type of the event `text` tells (the words nearest character `centre` weighing most, if given), with the
    other sentences of its article (`context`) as a prior."""
    taxonomy = taxonomy or default_taxonomy()
    return Typing(taxonomy.classify(text, centre), "", 0.0)
