"""Fixtures shared by the test modules."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from timeline.typer_model import use_learned


@pytest.fixture(params=[True, False], ids=["learned", "rules"])
def learned(request: pytest.FixtureRequest) -> Iterator[bool]:
    """Each test that asks for it runs twice: with the learned typer and with the rules alone (then back to the
    default)."""
    use_learned(request.param)
    yield request.param
    use_learned(None)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's chromium through Playwright, one per test module that asks for it (required: a missing browser fails,
    never skips)."""
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
