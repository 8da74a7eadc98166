"""Start the dashboard on a free port and drive it in Debian's headless Chromium (shared by tests and bench)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def dashboard(data: Path | None = None, timeout: float = 60.0, store: Path | None = None) -> Iterator[str]:
    """Run `streamlit run dashboard.py` until the block ends, on the build folder `data` if given, else on the
    store `store` (a new one in a temporary folder by default); yields its URL."""
    port = free_port()
    env = dict(os.environ)
    env.pop("TIMELINE_DATA", None)
    scratch = tempfile.TemporaryDirectory()
    env["TIMELINE_DB"] = str(store or Path(scratch.name) / "timeline.sqlite")
    if data is not None:
        env["TIMELINE_DATA"] = str(data)
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.headless", "true",
         "--server.port", str(port), "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("the dashboard did not start")
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        scratch.cleanup()


# Moves the mouse over point `index` of the first marker trace of the chart: returns page coordinates.
POINT_POSITION_JS = """
([curve, index]) => {
  const gd = document.querySelector('.js-plotly-plot');
  const traces = gd._fullData.filter(t => (t.mode || '').includes('markers'));
  const trace = traces[curve];
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  const x = trace.x[index], y = trace.y[index];
  const box = gd.getBoundingClientRect();
  return [box.left + xa._offset + xa.l2p(xa.d2l(x)), box.top + ya._offset + ya.l2p(ya.d2l(y)), trace.hovertext[index]];
}
"""


def hover_point(page: Any, curve: int = 0, index: int = 0) -> str:
    """Hover the mouse over a chart point like a reader would; returns the text of the hover label shown."""
    x, y, _ = page.evaluate(POINT_POSITION_JS, [curve, index])
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=5)
    page.wait_for_selector(".hoverlayer .hovertext", timeout=10000)
    return str(page.evaluate(HOVER_TEXT_JS))


# The hover label is SVG text: one <tspan class="line"> a line.
HOVER_TEXT_JS = """
() => {
  const label = document.querySelector('.hoverlayer .hovertext');
  const lines = Array.from(label.querySelectorAll('tspan.line'));
  return lines.length ? lines.map(t => t.textContent).join('\\n') : label.textContent;
}
"""
