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
def dashboard(data: Path | None = None, timeout: float = 60.0, store: Path | None = None,
              pids: list[int] | None = None, env_extra: dict[str, str] | None = None) -> Iterator[str]:
    """Run `streamlit run dashboard.py` until the block ends, on the build folder `data` if given, else on the
    store `store` (a new one in a temporary folder by default); yields its URL. The server's process id is added
    to `pids` if given (for a benchmark to read its memory)."""
    port = free_port()
    env = dict(os.environ)
    env.pop("TIMELINE_DATA", None)
    scratch = tempfile.TemporaryDirectory()
    env["TIMELINE_DB"] = str(store or Path(scratch.name) / "timeline.sqlite")
    if data is not None:
        env["TIMELINE_DATA"] = str(data)
    env.update(env_extra or {})
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.headless", "true",
         "--server.port", str(port), "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    if pids is not None:
        pids.append(process.pid)
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
    page.wait_for_selector(".hoverlayer .hovertext", timeout=30000)
    return str(page.evaluate(HOVER_TEXT_JS))


# The hover label is SVG text: one <tspan class="line"> a line.
HOVER_TEXT_JS = """
() => {
  const label = document.querySelector('.hoverlayer .hovertext');
  const lines = Array.from(label.querySelectorAll('tspan.line'));
  return lines.length ? lines.map(t => t.textContent).join('\\n') : label.textContent;
}
"""


# Where an event is drawn: the middle of its bar, or its marker. `needle` is a piece of its hover text.
EVENT_POSITION_JS = """
([needle, at]) => {
  const gd = document.querySelector('.js-plotly-plot');
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  const box = gd.getBoundingClientRect();
  for (const kind of ['bar', 'scatter', 'scattergl']) {
    for (const trace of gd._fullData) {
      if (trace.type !== kind || !trace.hovertext) continue;
      if (kind !== 'bar' && (trace.mode || 'markers').indexOf('markers') < 0) continue;
      const index = Array.from(trace.hovertext).findIndex(h => String(h).includes(needle));
      if (index < 0) continue;
      let x;
      if (kind === 'bar') x = xa.d2l(trace.base[index]) + trace.x[index] / 2;
      else x = xa.d2l(trace.x[index]);
      if (at) x = xa.d2l(at);
      const y = ya.d2l(trace.y[index]);
      return [box.left + xa._offset + xa.l2p(x), box.top + ya._offset + ya.l2p(y), String(trace.hovertext[index])];
    }
  }
  return null;
}
"""


def hover_event(page: Any, needle: str, at: str | None = None) -> str:
    """Hover the mouse over the event whose hover text holds `needle` (the middle of a bar, or the date `at` on its
    row); returns the label."""
    position = page.evaluate(EVENT_POSITION_JS, [needle, at])
    assert position is not None, f"no event with {needle!r} on the chart"
    x, y, _ = position
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=5)
    page.wait_for_selector(".hoverlayer .hovertext", timeout=30000)
    return str(page.evaluate(HOVER_TEXT_JS))


def click_event(page: Any, needle: str) -> None:
    """Click the event whose hover text holds `needle`, as a reader would."""
    position = page.evaluate(EVENT_POSITION_JS, [needle, None])
    assert position is not None, f"no event with {needle!r} on the chart"
    page.mouse.move(position[0] - 40, position[1] - 40)
    page.mouse.move(position[0], position[1], steps=5)
    page.mouse.click(position[0], position[1])


# The colours of the hover label: its box fill and its text fill, as the browser computed them (rgb(...) strings).
HOVER_COLOURS_JS = """
() => {
  const label = document.querySelector('.hoverlayer .hovertext');
  const path = label.querySelector('path'), text = label.querySelector('text');
  return [getComputedStyle(path).fill, getComputedStyle(text).fill];
}
"""


def rgb(color: str) -> tuple[float, float, float]:
    """'rgb(1, 2, 3)' or '#010203' as three 0–255 numbers."""
    color = color.strip()
    if color.startswith("#"):
        return (int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16))
    parts = color[color.index("(") + 1 : color.index(")")].split(",")
    return (float(parts[0]), float(parts[1]), float(parts[2]))


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two opaque colours."""
    def luminance(color: str) -> float:
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (v / 255 for v in rgb(color))]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
