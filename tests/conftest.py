"""Fixtures shared by the test modules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from timeline.typer_model import use_learned


@pytest.fixture(params=[True, False], ids=["learned", "rules"])
def learned(request: pytest.FixtureRequest) -> Iterator[bool]:
    """Each test that asks for it runs twice: with the learned typer and with the rules alone (then back to the
    default)."""
    use_learned(request.param)
    yield request.param
    use_learned(None)
