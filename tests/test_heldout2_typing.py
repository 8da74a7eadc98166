"""Typer data found reading the dev half of tests/heldout_articles2 (our own sentences; the first two rows failed
before the data line)."""

from __future__ import annotations

import pytest

from timeline.typing import classify

# "corruption" looked into by an inquiry, a panel, prosecutors is justice news (sense rule corruption-inquiry);
# marches and polls about it stay politics. (sentence, type)
CORRUPTION = [
    ("A panel looking into corruption at the port authority met for the last time.", "justice"),
    ("An inquiry into corruption at state-owned banks published its findings.", "justice"),
    ("Thousands marched against corruption in the capital.", "politics"),
    ("Voters named corruption their main worry in the survey.", "politics"),
]


@pytest.mark.parametrize("sentence, kind", CORRUPTION, ids=[r[0][:40] for r in CORRUPTION])
def test_corruption(sentence: str, kind: str) -> None:
    assert classify(sentence).type == kind
