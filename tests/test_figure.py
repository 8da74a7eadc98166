"""Figure data: dates as readers write them, escaped hover labels, WebGL traces, counts when the timeline is big."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest

from timeline.figure import DETAIL_LIMIT, build_figure, format_interval, hover_text, type_colors
from timeline.timeline_data import events_frame


def event(i: int, start: date, end: date | None = None, kind: str = "politics", **extra: object) -> dict[str, object]:
    record: dict[str, object] = {
        "id": f"e{i}", "doc": "d", "doc_title": "Doc", "start": start.isoformat(),
        "end": (end or start).isoformat(), "granularity": "day", "value": "", "approximate": False,
        "expression": "on Monday", "sentence": f"Sentence {i}.", "context": "", "title": f"Title {i}", "type": kind,
        "rule": "r", "mentions": [], "sources": ["d"],
    }
    record.update(extra)
    return record


@pytest.mark.parametrize(
    "start, end, granularity, text",
    [
        (date(2024, 3, 22), date(2024, 3, 22), "day", "22 Mar 2024"),
        (date(2024, 7, 26), date(2024, 8, 11), "open", "26 Jul – 11 Aug 2024"),
        (date(2024, 3, 1), date(2024, 3, 31), "month", "Mar 2024"),
        (date(2015, 1, 1), date(2015, 12, 31), "year", "2015"),
        (date(1990, 1, 1), date(1999, 12, 31), "decade", "1990s"),
        (date(2017, 1, 1), date(2024, 3, 28), "open", "1 Jan 2017 – 28 Mar 2024"),
        (date(2024, 3, 21), date(2024, 3, 26), "open", "21–26 Mar 2024"),
    ],
)
def test_format_interval(start: date, end: date, granularity: str, text: str) -> None:
    assert format_interval(start, end, granularity) == text


def test_hover_escapes_markup_and_wraps_long_sentences() -> None:
    long_sentence = "<b>bold</b> <img src=x onerror=alert(1)> " + "word " * 120
    frame = events_frame([event(1, date(2024, 3, 25), sentence=long_sentence, title="<script>x</script>")])
    label = hover_text(frame.iloc[0])
    assert "<img" not in label and "<script>" not in label and "<b>bold" not in label
    assert "&lt;b&gt;bold&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;" in label
    assert "&lt;script&gt;x&lt;/script&gt;" in label
    assert label.count("<br>") >= 5 and "…" in label
    assert len(label) < 700


def test_small_timeline_draws_each_event_with_webgl() -> None:
    frame = events_frame([event(1, date(2024, 3, 25)), event(2, date(2024, 7, 26), date(2024, 8, 11), "sports"),
                          event(3, date(2024, 3, 28), date(2024, 4, 25), "security", approximate=True)])
    figure, info = build_figure(frame)
    assert info.mode == "events" and info.shown == 3
    assert {t.type for t in figure.data} == {"scattergl"}
    markers = [t for t in figure.data if t.mode == "markers"]
    assert sum(len(t.x) for t in markers) == 5  # one marker a day event, two for each interval
    approximate = [t for t in markers if t.marker.symbol == "circle-open"]
    assert len(approximate) == 1
    assert [t.name for t in figure.data if t.showlegend] == ["politics", "security", "sports"]


def test_large_timeline_is_drawn_as_counts() -> None:
    start = date(1975, 1, 1)
    records = [event(i, start + timedelta(days=(i * 37) % 18000), kind=("attack", "sports")[i % 2])
               for i in range(DETAIL_LIMIT + 500)]
    figure, info = build_figure(events_frame(records))
    assert info.mode == "counts" and info.bin_label
    points = sum(len(t.x) for t in figure.data)
    assert points < 2 * 400 + 10  # at most a few hundred bins per type, whatever the number of events
    assert all(t.type == "scattergl" for t in figure.data)


def test_empty_figure() -> None:
    figure, info = build_figure(events_frame([]))
    assert info.mode == "empty" and len(figure.data) == 0


def test_colours_are_stable() -> None:
    assert type_colors(["attack", "sports"])["attack"] == type_colors(["zzz", "attack"])["attack"]
    custom = type_colors(["weather", "markets"])
    assert len(set(custom.values())) == 2
    assert isinstance(pd.Series(list(custom.values())).iloc[0], str)
