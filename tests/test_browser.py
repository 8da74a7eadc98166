"""End to end in a real browser (Debian's chromium via Playwright): hover an event and read its sentence; markup
in an article is shown as text and never runs. Also saves the README screenshot (docs/screenshot.png)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser import CHROMIUM, CHROMIUM_ARGS, ROOT, dashboard, hover_point

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    with playwright.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _open(browser, url: str):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot", timeout=60000)
    page.wait_for_function("() => document.querySelector('.js-plotly-plot')._fullData !== undefined")
    return page, dialogs


def test_hover_shows_the_source_sentence(browser) -> None:  # type: ignore[no-untyped-def]
    with dashboard() as url:
        page, _ = _open(browser, url)
        label = hover_point(page, 0, 0)
        assert "France faced a series of devastating terror acts" in label
        assert "The Vigipirate Plan has been in place since 2015" in label.replace("\n", " ")
        crocus = page.evaluate(
            "() => document.querySelector('.js-plotly-plot')._fullData.filter(t => t.mode === 'markers')"
            ".flatMap((t, c) => Array.from(t.hovertext).map((h, i) => [c, i, h]))"
            ".find(([c, i, h]) => h.includes('Crocus'))"
        )
        label = hover_point(page, crocus[0], crocus[1])
        assert "On March 22, four gunmen stormed the Crocus City Hall concert venue" in label.replace("\n", " ")
        assert "22 Mar 2024" in label
        (ROOT / "docs").mkdir(exist_ok=True)
        page.screenshot(path=str(ROOT / "docs" / "screenshot.png"), full_page=False)


def test_markup_in_an_article_is_shown_literally(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "build"
    subprocess.run([sys.executable, "-m", "timeline", "build", str(ROOT / "tests" / "fixtures" / "markup-article.txt"),
                    "--out", str(out)], check=True, cwd=ROOT, capture_output=True)
    with dashboard(out) as url:
        page, dialogs = _open(browser, url)
        label = hover_point(page, 0, 0)
        flat = label.replace("\n", " ")
        assert "<b>bold</b> <img src=x onerror=alert(1)>" in flat
        assert "Markup <i>test</i> & friends" in flat
        details = page.inner_text("[data-testid='stMain']")
        assert "<b>bold</b> <img src=x onerror=alert(1)>" in details  # the details panel, as text
        assert page.query_selector("img[src='x']") is None and page.query_selector("main b") is None
        assert dialogs == []
