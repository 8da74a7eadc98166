"""Dashboard speed with a large timeline, in a real browser (Debian's chromium, headless).

    python bench/bench_dashboard.py [--events 100000] [--repeat 3]
    python bench/bench_dashboard.py --parquet DIR [--repeat 3]     # a Parquet build (bench/bench_query.py writes one)
    python bench/bench_dashboard.py --store FILE [--repeat 3]      # a store (asked by SQL above 50,000 events)

Generates N events over 50 years and 11 types, starts `streamlit run dashboard.py` on them and measures:
- first chart: from opening the page to the Plotly chart drawn (fresh server, so loading the JSON is included);
- filter change: from choosing one event type in the sidebar to the chart redrawn with it;
- narrow view: from typing a search that leaves few events to the chart showing them one by one;
and, in Python, the figure built for all N events as counts versus one marker per event (the scaling choice).

With --parquet or --store the page asks the data instead (query mode): first chart, a type filter, a search (its
text: --search), and the peak resident memory (VmHWM) of the Streamlit process; each repeat is a fresh server. A
filter or search counts as done when both the caption and the chart's drawing changed (until round 33 the caption
alone: it comes before the chart's bins, so those figures were about 0.3 s short).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generate_events import make_events  # noqa: E402

from tests.browser import CHROMIUM, CHROMIUM_ARGS, dashboard  # noqa: E402

CHART_STATE_JS = """
() => {
  const gd = document.querySelector('.js-plotly-plot');
  if (!gd || !gd._fullData) return null;
  const caption = Array.from(document.querySelectorAll('[data-testid="stCaptionContainer"]'))
    .map(e => e.innerText).find(t => t.includes(' events from ')) || '';
  // what the chart draws: each trace's count of points and its first and last x (a redrawn chart differs here)
  const drawn = gd._fullData.map(t => t.x && t.x.length ? `${t.x.length}:${t.x[0]}:${t.x[t.x.length - 1]}` : '0')
    .join('|');
  return [gd._fullData.length, gd._fullData.reduce((n, t) => n + (t.x ? t.x.length : 0), 0), caption, drawn];
}
"""


def wait_for(page, predicate, timeout: float = 60.0) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        state = page.evaluate(CHART_STATE_JS)
        if state and predicate(state):
            return time.perf_counter()
        time.sleep(0.02)
    raise TimeoutError("the chart did not update")


def figure_costs(events: list[dict[str, object]]) -> tuple[float, float, int, int]:
    import plotly.io as pio

    from timeline import figure as fig_module
    from timeline.timeline_data import events_frame

    frame = events_frame(events)
    start = time.perf_counter()
    counts, _ = fig_module.build_figure(frame)
    counts_json = pio.to_json(counts)
    counts_time = time.perf_counter() - start
    limit = fig_module.DETAIL_LIMIT
    fig_module.DETAIL_LIMIT = len(frame) + 1  # what drawing every event would cost
    try:
        start = time.perf_counter()
        every, _ = fig_module.build_figure(frame)
        every_json = pio.to_json(every)
        every_time = time.perf_counter() - start
    finally:
        fig_module.DETAIL_LIMIT = limit
    return counts_time, every_time, len(counts_json), len(every_json)


def peak_rss_mb(pid: int) -> float:
    """The peak resident memory of a running process (Linux: VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure_query_mode(data: Path | None, store: Path | None, repeat: int, search_text: str, kind: str) -> None:
    """The page over a big source, in query mode: a fresh server each repeat."""
    from playwright.sync_api import sync_playwright

    first_chart, filter_change, search, rss, captions = [], [], [], [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for _ in range(repeat):
            pids: list[int] = []
            # a store is asked by SQL whatever its size (TIMELINE_QUERY_THRESHOLD=0), as above 50,000 events
            with dashboard(data, store=store, pids=pids, timeout=120,
                           env_extra={"TIMELINE_QUERY_THRESHOLD": "0"}) as url:
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                opened = time.perf_counter()
                page.goto(url)
                # drawn: the chart has points (the page's stand-in chart, before, has none) and the caption shows
                drawn = wait_for(page, lambda s: s[1] > 0 and " events from " in s[2], timeout=300)
                first_chart.append(drawn - opened)
                before = page.evaluate(CHART_STATE_JS)
                page.click("[data-testid='stSidebar'] [data-testid='stMultiSelect']")
                option = page.locator("[role='option']", has_text=f"{kind} (").first
                option.wait_for()
                changed = time.perf_counter()
                option.click()
                # redrawn: the caption changed (the counts are in) and so did the chart (its bins are drawn)
                done = wait_for(page, lambda s, b=before: s[2] != b[2] and s[3] != b[3] and s[0] >= 1, timeout=300)
                filter_change.append(done - changed)
                page.keyboard.press("Escape")
                before = page.evaluate(CHART_STATE_JS)
                box = page.get_by_label("Search titles and sentences")
                box.fill(search_text)
                typed = time.perf_counter()
                box.press("Enter")
                done = wait_for(page, lambda s, b=before: s[2] != b[2] and s[3] != b[3] and s[1] > 0, timeout=300)
                search.append(done - typed)
                captions.append(str(page.evaluate(CHART_STATE_JS)[2]))
                rss.append(peak_rss_mb(pids[0]))
                page.close()
        browser.close()
    what = f"Parquet build {data}" if data is not None else f"store {store}"
    print(f"{what}; headless chromium; median of {repeat} fresh servers")
    print("| step | seconds |")
    print("|---|---:|")
    print(f"| open page → first chart drawn | {statistics.median(first_chart):.2f} |")
    print(f"| choose one event type ({kind}) → chart redrawn | {statistics.median(filter_change):.2f} |")
    print(f"| search '{search_text}' (with the type) → chart redrawn | {statistics.median(search):.2f} |")
    print(f"peak RSS of the Streamlit process: {statistics.median(rss):,.0f} MB (max {max(rss):,.0f} MB)")
    print(f"after the search the page said: {captions[-1]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--parquet", type=Path, help="a Parquet build folder (DIR with events.parquet/)")
    parser.add_argument("--store", type=Path, help="a store file")
    parser.add_argument("--search", default="harbour railway", help="the search text in query mode")
    parser.add_argument("--type", default="politics", help="the event type chosen in query mode")
    args = parser.parse_args()
    if args.parquet or args.store:
        measure_query_mode(args.parquet, args.store, args.repeat, args.search, args.type)
        return
    from playwright.sync_api import sync_playwright

    events, docs = make_events(args.events, 2000, 1)
    first_chart, filter_change, narrow = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        import json

        (folder / "events.json").write_text(json.dumps(events), encoding="utf-8")
        (folder / "documents.json").write_text(json.dumps(docs), encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            for _ in range(args.repeat):
                with dashboard(folder) as url:
                    page = browser.new_page(viewport={"width": 1400, "height": 1000})
                    opened = time.perf_counter()
                    page.goto(url)
                    drawn = wait_for(page, lambda s: s[0] > 0, timeout=120)
                    first_chart.append(drawn - opened)
                    before = page.evaluate(CHART_STATE_JS)
                    page.click("[data-testid='stSidebar'] [data-testid='stMultiSelect']")
                    option = page.locator("[role='option']", has_text="attack (").first
                    option.wait_for()
                    changed = time.perf_counter()
                    option.click()
                    done = wait_for(page, lambda s, b=before: s[2] != b[2] and s[0] == 1)
                    filter_change.append(done - changed)
                    page.keyboard.press("Escape")
                    before = page.evaluate(CHART_STATE_JS)
                    search = page.get_by_label("Search titles and sentences")
                    search.fill("1999-03")
                    typed = time.perf_counter()
                    search.press("Enter")
                    done = wait_for(page, lambda s, b=before: s[2] != b[2] and s[1] > 0, timeout=60)
                    narrow.append(done - typed)
                    page.close()
            browser.close()
    counts_time, every_time, counts_size, every_size = figure_costs(events)
    print(f"{len(events):,} events over 50 years, 11 types; headless chromium; median of {args.repeat}")
    print("| step | seconds |")
    print("|---|---:|")
    print(f"| open page → first chart drawn | {statistics.median(first_chart):.2f} |")
    print(f"| choose one event type → chart redrawn | {statistics.median(filter_change):.2f} |")
    print(f"| search leaving few events → chart redrawn | {statistics.median(narrow):.2f} |")
    print(f"figure for all events: as counts {counts_time:.2f} s, {counts_size / 1e6:.2f} MB of JSON; "
          f"one marker per event {every_time:.2f} s, {every_size / 1e6:.1f} MB of JSON")


if __name__ == "__main__":
    main()
