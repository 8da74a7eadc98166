"""Regenerate the README screenshot: the dashboard on a fresh seed store in headless Chromium, with the Crocus City
Hall attack clicked (its details open under the chart). Writes docs/screenshot.png (light theme) and, with --dark,
docs/screenshot-dark.png.

    python3 scripts/screenshot.py [--dark] [--width 1400]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser import CHROMIUM, CHROMIUM_ARGS, click_event, dashboard  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dark", action="store_true", help="the dark theme (writes docs/screenshot-dark.png)")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    out = args.out or ROOT / "docs" / ("screenshot-dark.png" if args.dark else "screenshot.png")
    out.parent.mkdir(parents=True, exist_ok=True)
    with dashboard() as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": 1000},
                                color_scheme="dark" if args.dark else "light")
        page.goto(url)
        page.wait_for_selector(".js-plotly-plot", timeout=60000)
        page.wait_for_function("() => document.querySelector('.js-plotly-plot')._fullData !== undefined")
        click_event(page, "Crocus")
        page.wait_for_selector(".event-detail", timeout=30000)
        page.mouse.move(2, 2)
        page.wait_for_timeout(500)
        page.screenshot(path=str(out), full_page=False)
        browser.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
