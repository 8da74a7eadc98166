"""In a real browser (Debian's chromium via Playwright, required: a missing browser fails, never skips): a busy
build on a laptop's window (1280x720) shows its dates, its lanes with their counts and the key without scrolling."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from tests.browser import CHROMIUM, CHROMIUM_ARGS, dashboard
from tests.test_figure_glance import LONG, TYPES, spread

# the boxes of what a reader looks for first: the date labels, the lane names, the range buttons
BOXES_JS = """
() => {
  const gd = document.querySelector('.js-plotly-plot');
  const box = el => { const r = el.getBoundingClientRect(); return [r.top, r.bottom, el.textContent]; };
  return {
    dates: Array.from(gd.querySelectorAll('.xtick text')).map(box),
    lanes: Array.from(gd.querySelectorAll('.ytick text')).map(box),
    buttons: Array.from(gd.querySelectorAll('.updatemenu-button')).map(box),
  };
}
"""


def test_a_busy_build_reads_at_a_glance_on_a_laptop(tmp_path: Path) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "events.json").write_text(json.dumps(spread(200, 1, TYPES, LONG, days=20)), encoding="utf-8")
    with dashboard(folder) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            page.goto(url)
            page.wait_for_selector(".js-plotly-plot .xtick text", timeout=90000)
            boxes: dict[str, Any] = page.evaluate(BOXES_JS)
        finally:
            browser.close()
    dates, lanes, buttons = boxes["dates"], boxes["lanes"], boxes["buttons"]
    assert dates and lanes and buttons
    # the dates are on screen without scrolling, above the first lane and clear of the range buttons
    assert max(bottom for _, bottom, _ in dates) < 720
    assert max(bottom for _, bottom, _ in dates) <= min(top for top, _, _ in lanes)
    assert min(top for top, _, _ in dates) >= max(bottom for _, bottom, _ in buttons)
    # the first lane says its type and how many events it holds
    first = min(lanes, key=lambda box: box[0])[2]
    assert first.split()[1:] == ["attack", str(sum(1 for i in range(200) if i % len(TYPES) == 0))]
