"""Figure data: dates as readers write them, escaped hover labels, WebGL traces, counts when the timeline is big."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest

from timeline.figure import (
    DETAIL_LIMIT,
    build_figure,
    contrast_ratio,
    format_interval,
    hover_text,
    luminance,
    type_colors,
)
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
        (date(2024, 3, 1), date(2024, 3, 31), "month", "March 2024"),
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


def test_small_timeline_draws_each_event() -> None:
    frame = events_frame([event(1, date(2024, 3, 25)), event(2, date(2024, 7, 26), date(2024, 8, 11), "sports"),
                          event(3, date(2024, 3, 28), date(2024, 4, 25), "security", approximate=True)])
    figure, info = build_figure(frame, lanes="document")
    assert info.mode == "events" and info.shown == 3
    markers = [t for t in figure.data if getattr(t, "mode", None) == "markers" and t.customdata is not None]
    bars = [t for t in figure.data if t.type == "bar"]
    assert sum(len(t.x) for t in markers) == 1 and sum(len(t.x) for t in bars) == 2  # a day a marker, else a bar
    assert sorted(float(o) for t in bars for o in t.marker.opacity) == [0.35, 0.85]  # the approximate one lighter
    dark, _ = build_figure(frame, lanes="document", dark=True)
    faint = min(float(o) for t in dark.data if t.type == "bar" for o in t.marker.opacity)
    assert 0.35 < faint < 0.85  # on a dark page it keeps more of its colour, still lighter than a solid bar
    assert [t.name for t in figure.data if t.showlegend] == ["politics", "security", "sports"]


def test_many_events_are_drawn_with_webgl() -> None:
    from timeline.figure import SVG_LIMIT

    frame = events_frame([event(i, date(2020, 1, 1) + timedelta(days=i)) for i in range(SVG_LIMIT + 1)])
    figure, info = build_figure(frame)
    assert info.mode == "events"
    assert {t.type for t in figure.data if getattr(t, "mode", None) == "markers"} == {"scattergl"}


def test_large_timeline_is_drawn_as_counts() -> None:
    start = date(1975, 1, 1)
    records = [event(i, start + timedelta(days=(i * 37) % 18000), kind=("attack", "sports")[i % 2])
               for i in range(DETAIL_LIMIT + 500)]
    figure, info = build_figure(events_frame(records))
    assert info.mode == "counts" and info.bin_label
    points = sum(len(t.x) for t in figure.data)
    assert points < 2 * 400 + 10  # at most a few hundred bins per type, whatever the number of events
    assert all(t.type == "bar" for t in figure.data)


def test_counts_are_bars_that_never_cover_each_other() -> None:
    """Fifty years of evenly spread events, drawn as counts: each bin's mark lies within its own bin (neighbours do
    not cover each other at any width) and its height follows its count, so a busy month stands out at a glance."""
    start = date(1975, 1, 1)
    records = [event(i, start + timedelta(days=(i * 37) % 18000), kind="politics") for i in range(DETAIL_LIMIT + 500)]
    records += [event(10**6 + i, date(2001, 9, 11), kind="politics") for i in range(300)]  # one busy bin
    figure, info = build_figure(events_frame(records))
    assert info.mode == "counts"
    (trace,) = figure.data
    assert trace.type == "bar"
    from timeline.figure import _BINS

    bin_days = dict(_BINS)[info.bin_label]
    assert float(trace.width) <= bin_days * 86_400_000  # a bar is no wider than its bin
    centres = sorted(pd.Timestamp(x) for x in trace.x)
    assert all((b - a) >= pd.Timedelta(days=bin_days * 0.9) for a, b in zip(centres, centres[1:], strict=False))
    heights = {pd.Timestamp(x): abs(float(h)) for x, h in zip(trace.x, trace.y, strict=True)}
    busiest = max(heights, key=lambda x: heights[x])
    assert busiest.year == 2001 and heights[busiest] > 3 * sorted(heights.values())[len(heights) // 2]
    assert min(heights.values()) > 0  # a bin of one event is still seen


def test_empty_figure() -> None:
    figure, info = build_figure(events_frame([]))
    assert info.mode == "empty" and len(figure.data) == 0


def test_colours_are_stable() -> None:
    assert type_colors(["attack", "sports"])["attack"] == type_colors(["zzz", "attack"])["attack"]
    custom = type_colors(["weather", "markets"])
    assert len(set(custom.values())) == 2
    assert isinstance(pd.Series(list(custom.values())).iloc[0], str)


# ---- issue 9 ------------------------------------------------------------------------------------------------------


def test_hover_has_no_quote_entities() -> None:
    # Plotly does not decode &quot; in hover labels: only < > & are escaped
    frame = events_frame([event(1, date(2024, 3, 25), title='The "Blue" plan & <co>',
                                sentence='He said "no" to it.', expression="on Monday")])
    label = hover_text(frame.iloc[0])
    assert "&quot;" not in label and "&#x27;" not in label
    assert '"Blue"' in label and '"no"' in label and "&amp;" in label and "&lt;co&gt;" in label


def test_hover_shows_the_date_at_its_granularity() -> None:
    frame = events_frame([event(1, date(2015, 1, 1), date(2024, 3, 28), granularity="open", expression="2015",
                                sentence="The ban has held since 2015, the ministry said.")])
    label = hover_text(frame.iloc[0])
    assert "since 2015" in label and "1 Jan 2015" not in label


def _seed():  # type: ignore[no-untyped-def]
    from pathlib import Path

    from timeline.timeline_data import load_build

    return load_build(Path(__file__).resolve().parents[1] / "data").events


def _traces_of(figure, event_id: str) -> list:  # type: ignore[no-untyped-def]
    return [t for t in figure.data if t.customdata is not None and event_id in list(t.customdata)]


def test_each_event_is_labelled_with_its_title() -> None:
    seed = _seed()
    figure, _ = build_figure(seed)
    labels = [str(x) for t in figure.data if getattr(t, "mode", None) == "text" for x in t.text]
    assert len(labels) == len(seed)
    for title in seed["title"]:
        # an open interval's label starts with its date ("since 2015: ..."), as its start may be out of view
        assert any(str(title).startswith(label.split(": ", 1)[-1].rstrip("…").strip()) for label in labels), title


def _y_of(figure, event_id: str) -> set[float]:  # type: ignore[no-untyped-def]
    ys: set[float] = set()
    for t in figure.data:
        if t.customdata is None:
            continue
        for c, y in zip(t.customdata, t.y, strict=True):
            if c == event_id:
                ys.add(float(y))
    return ys


def test_events_on_the_same_day_are_stacked_not_drawn_on_top_of_each_other() -> None:
    frame = events_frame([event(i, date(2024, 3, 28)) for i in range(4)] + [event(9, date(2020, 1, 1))])
    figure, _ = build_figure(frame)
    rows = [_y_of(figure, f"e{i}") for i in range(4)]
    assert all(len(r) == 1 for r in rows)
    assert len({next(iter(r)) for r in rows}) == 4
    # each stays within its lane: one lane here, so all rows lie between the lane's bounds on the axis
    assert len(figure.layout.yaxis.tickvals) == 1


def test_open_ended_since_intervals_fade() -> None:
    frame = events_frame([event(1, date(2015, 1, 1), date(2024, 3, 28), granularity="open", expression="2015",
                                sentence="The ban has held since 2015.", kind="security"),
                          event(2, date(2024, 3, 22))])
    figure, _ = build_figure(frame)
    bars = [t for t in _traces_of(figure, "e1") if t.type == "bar"]
    assert len(bars) >= 1
    pieces = sorted((pd.Timestamp(b) + pd.Timedelta(milliseconds=float(w)) / 2, float(o))
                    for t in bars for b, w, o, c in zip(t.base, t.x, t.marker.opacity, t.customdata, strict=True)
                    if c == "e1")
    opacities = [o for _, o in pieces]
    assert len(opacities) >= 3 and opacities == sorted(opacities, reverse=True) and opacities[0] > opacities[-1]
    closed = [t for t in _traces_of(figure, "e2")]
    assert closed


def test_publication_dates_are_marked() -> None:
    figure, _ = build_figure(_seed(), published=[date(2024, 3, 28)])
    marks = [s for s in figure.layout.shapes if str(s.x0).startswith("2024-03-28")]
    assert marks and any("published" in str(a.text) for a in figure.layout.annotations)


def _label_boxes(figure: object, plot_px: float) -> list[tuple[float, float, str]]:
    """The horizontal extent (pixels at `plot_px`) of each publication label in the figure's opening view."""
    from timeline.figure import PUBLISHED_CHAR_PX

    layout = figure.layout  # type: ignore[attr-defined]
    low, high = (pd.Timestamp(x) for x in layout.xaxis.range)
    boxes = []
    for a in layout.annotations:
        if "published" not in str(a.text):
            continue
        middle = (pd.Timestamp(a.x) - low) / (high - low) * plot_px
        half = len(str(a.text)) * PUBLISHED_CHAR_PX / 2
        boxes.append((middle - half, middle + half, str(a.text)))
    return sorted(boxes)


def test_publication_labels_of_close_dates_do_not_overlap() -> None:
    """Five articles published within months of each other, on a chart spanning years: their labels are merged
    into one that says the span and how many, instead of printing over each other; every date keeps its line."""
    from timeline.figure import ASSUMED_PLOT_PX

    days = [date(2023, 9, 18), date(2023, 10, 12), date(2023, 11, 9), date(2024, 1, 8), date(2024, 6, 14)]
    events = [event(1, date(2021, 5, 1)), event(2, date(2022, 2, 1)), event(3, date(2023, 10, 1)),
              event(4, date(2024, 1, 7)), event(5, date(2025, 3, 1))]
    figure, _ = build_figure(events_frame(events), published=days)
    boxes = _label_boxes(figure, ASSUMED_PLOT_PX)
    assert boxes
    for (_, right, _), (left, _, _) in zip(boxes, boxes[1:], strict=False):
        assert right <= left, boxes
    lines = {str(s.x0)[:10] for s in figure.layout.shapes if s.type == "line"}
    assert lines == {d.isoformat() for d in days}
    assert any("(" in text and "18 Sep 2023" in text for _, _, text in boxes), boxes
    # dates far apart keep a label each
    far, _ = build_figure(events_frame(events), published=[date(2021, 5, 1), date(2025, 3, 1)])
    assert [t for _, _, t in _label_boxes(far, ASSUMED_PLOT_PX)] == ["published 1 May 2021", "published 1 Mar 2025"]


def test_range_buttons_are_measured_from_the_data() -> None:
    seed = _seed()
    figure, _ = build_figure(seed)
    buttons = {b.label: b.args[0]["xaxis.range"] for m in figure.layout.updatemenus for b in m.buttons
               if b.args and "xaxis.range" in b.args[0]}
    last = seed["end"].max()
    for label in ("1 month", "1 year"):
        low, high = (pd.Timestamp(x) for x in buttons[label])
        assert high >= last and (high - last).days <= 31
        inside = seed[(seed["end"] >= low) & (seed["start"] <= high)]
        assert len(inside) >= 1, label
    low, high = (pd.Timestamp(x) for x in buttons["1 year"])
    assert low <= pd.Timestamp(2024, 3, 22) <= high  # the Crocus attack stays in the last year


def test_one_event_gets_a_sensible_axis() -> None:
    figure, _ = build_figure(events_frame([event(1, date(2024, 3, 22))]))
    low, high = (pd.Timestamp(x) for x in figure.layout.xaxis.range)
    assert 2 <= (high - low).days <= 60
    assert figure.layout.xaxis.tickformatstops  # no day repeated on ticks when zoomed to hours


@pytest.mark.parametrize("dark", [False, True])
def test_figure_follows_the_theme_with_readable_hover(dark: bool) -> None:
    from timeline.figure import DARK, LIGHT

    figure, _ = build_figure(_seed(), dark=dark)
    label = figure.layout.hoverlabel
    assert contrast_ratio(label.bgcolor, label.font.color) >= 4.5
    # the chart is transparent on the page; its text is chosen for the page's background in that theme
    assert figure.layout.plot_bgcolor == figure.layout.paper_bgcolor == "rgba(0,0,0,0)"
    page = (DARK if dark else LIGHT).background
    assert (luminance(page) < 0.2) == dark
    assert contrast_ratio(page, figure.layout.font.color) >= 4.5
    titles = [t for t in figure.data if getattr(t, "mode", None) == "text"]
    assert titles and all(contrast_ratio(page, t.textfont.color) >= 4.5 for t in titles)


def _markers(figure: object) -> dict[str, list[tuple[str, float, float, str]]]:
    """Each type's count bars: (x, lane floor, height, the count line of the hover), sorted."""
    out: dict[str, list[tuple[str, float, float, str]]] = {}
    for trace in figure.data:  # type: ignore[attr-defined]
        out[trace.name] = sorted((pd.Timestamp(x).isoformat(), float(b), round(float(h), 6), t.split("<br>e.g.")[0])
                                 for x, b, h, t in zip(trace.x, trace.base, trace.y, trace.hovertext, strict=True))
    return out


@pytest.mark.parametrize("span_days, dark", [(40, False), (3000, True), (40000, False)])
def test_counts_from_bins_draw_as_counts_from_events(span_days: int, dark: bool) -> None:
    from timeline.figure import bins_figure
    from timeline.query import MemorySource
    from timeline.timeline_data import Filters

    kinds = ["politics", "sports", "disaster"]
    records = [event(i, date(1990, 1, 1) + timedelta(days=(i * 7919) % span_days), kind=kinds[i % 3 if i % 5 else 0])
               for i in range(DETAIL_LIMIT + 500)]
    frame = events_frame(records)
    source = MemorySource(frame)
    bins = source.bins(Filters())
    bounds = source.bounds(Filters())
    assert bounds is not None
    from_bins, info = bins_figure(bins.counts, bins.unit, bounds, dark=dark)
    from_events, expected = build_figure(frame, dark=dark)
    assert (info.mode, info.shown, info.bin_label) == (expected.mode, expected.shown, expected.bin_label) == (
        "counts", len(records), bins.unit)
    assert _markers(from_bins) == _markers(from_events)
    assert from_bins.layout.yaxis.ticktext == from_events.layout.yaxis.ticktext
    assert from_bins.layout.font.color == from_events.layout.font.color


def test_bins_figure_without_bins_is_empty() -> None:
    from timeline.figure import bins_figure

    figure, info = bins_figure([], "day", (date(2024, 1, 1), date(2024, 1, 2)))
    assert info.mode == "empty" and len(figure.data) == 0


def _crowded_spans(figure: object, plot_px: float) -> list[tuple[str, str]]:
    """Pairs of things printed over each other on one row of the chart, measured at `plot_px` wide: a title over
    another title or over another event's mark (the titles' text trace against every marker and bar)."""
    from timeline.figure import CHAR_PX, MARKER_PX

    layout = figure.layout  # type: ignore[attr-defined]
    low, high = (pd.Timestamp(x) for x in layout.xaxis.range)

    def px(x: object) -> float:
        return float((pd.Timestamp(x) - low) / (high - low)) * plot_px

    spans: list[tuple[float, float, float, str]] = []  # (row, left, right, what)
    for trace in figure.data:  # type: ignore[attr-defined]
        if getattr(trace, "mode", None) == "text":
            for x, y, text in zip(trace.x, trace.y, trace.text, strict=True):
                # a title starts two en spaces clear of its own mark
                spans.append((float(y), px(x) + MARKER_PX / 2, px(x) + len(text) * CHAR_PX, f"title {text.strip()}"))
        elif trace.type == "bar":
            for base, width, y in zip(trace.base, trace.x, trace.y, strict=True):
                start = pd.Timestamp(base)
                spans.append((float(y), px(start), px(start + pd.Timedelta(milliseconds=float(width))), "bar"))
        elif getattr(trace, "mode", None) == "markers" and trace.name != "chosen":
            for x, y in zip(trace.x, trace.y, strict=True):
                spans.append((float(y), px(x) - MARKER_PX / 2, px(x) + MARKER_PX / 2, "marker"))
    crowded = []
    for i, (row, left, right, what) in enumerate(spans):
        for row2, left2, right2, what2 in spans[i + 1:]:
            if row == row2 and "title" in what + what2 and left < right2 - 1 and left2 < right - 1:
                crowded.append((what, what2))
    return crowded


def test_titles_do_not_print_over_each_other_on_a_phone() -> None:
    """Twenty events of two stories in a few months, as a phone shows them (its plot under half a desktop's width):
    the titles are cut shorter and stacked in more rows, so none prints over another title or event. The same check
    finds the overlaps of the desktop packing drawn that narrow (the check can fail)."""
    from timeline.figure import ASSUMED_PLOT_PX, PHONE_PLOT_PX, is_phone

    records = []
    for i in range(20):
        day = date(2024, 1, 5) + timedelta(days=9 * i)
        end = day + timedelta(days=20) if i % 4 == 0 else None
        records.append(event(i, day, end, kind=("disaster", "politics")[i % 2],
                             title=f"The regional council met again to discuss the flood repairs, meeting {i}"))
    frame = events_frame(records)
    desktop, _ = build_figure(frame)
    phone, _ = build_figure(frame, plot_px=PHONE_PLOT_PX)
    assert _crowded_spans(desktop, ASSUMED_PLOT_PX) == []
    assert _crowded_spans(desktop, PHONE_PLOT_PX) != []
    assert _crowded_spans(phone, PHONE_PLOT_PX) == []
    titles = [t for tr in phone.data if getattr(tr, "mode", None) == "text" for t in tr.text]
    assert titles and all(len(t.strip()) <= 24 for t in titles)
    # which requests are from a phone
    assert is_phone("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36")
    assert is_phone("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148")
    assert is_phone("Mozilla/5.0 (X11; Linux x86_64)", "?1")
    assert not is_phone("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36", "?0")


@pytest.mark.parametrize("phone", [False, True])
def test_the_last_titles_fit_in_the_opening_view(phone: bool) -> None:
    """The chart opens wide enough on the right for the titles of its last events to be read whole, at a desktop's
    width and at a phone's (the view was widened by the title's width measured before widening, too little)."""
    from timeline.figure import ASSUMED_PLOT_PX, CHAR_PX, PHONE_PLOT_PX

    plot_px = PHONE_PLOT_PX if phone else ASSUMED_PLOT_PX
    records = [event(i, date(2024, 1, 1) + timedelta(days=20 * i), title=f"The harbour authority opened dock {i}")
               for i in range(8)]
    records.append(event(9, date(2024, 5, 1), date(2024, 5, 31), title="The new assembly is expected to sit"))
    figure, _ = build_figure(events_frame(records), plot_px=plot_px)
    low, high = (pd.Timestamp(x) for x in figure.layout.xaxis.range)
    (titles,) = [t for t in figure.data if getattr(t, "mode", None) == "text"]
    for x, text in zip(titles.x, titles.text, strict=True):
        right = float((pd.Timestamp(x) - low) / (high - low)) * plot_px + len(text) * CHAR_PX
        assert right <= plot_px, (text, right)


def test_a_lane_is_not_opened_empty_when_its_event_is_near() -> None:
    """Twenty events of two types over two years, a court case months before them and an exhibition decades
    earlier: the chart opens on the two years widened to the court case (its lane would be drawn empty), not to
    the exhibition (which would squeeze everything; "all" shows it)."""
    records = [event(i, date(2022, 6, 1) + timedelta(days=36 * i), kind=("politics", "sports")[i % 2])
               for i in range(20)]
    records.append(event(50, date(2021, 11, 3), kind="justice", title="A court heard the case"))
    records.append(event(51, date(2021, 12, 9), kind="sports", title="An early match"))
    records.append(event(60, date(1962, 5, 1), kind="culture", title="An exhibition opened"))
    figure, _ = build_figure(events_frame(records))
    low, high = (pd.Timestamp(x) for x in figure.layout.xaxis.range)
    assert low < pd.Timestamp(2021, 11, 3) and high > pd.Timestamp(2024, 5, 1)
    assert low > pd.Timestamp(2020, 1, 1)  # the exhibition stays out: its lane would cost decades of squeezing
    assert any(">culture<" in t or " culture " in t for t in figure.layout.yaxis.ticktext)


def test_no_title_is_cut_at_the_left_edge_and_edge_markers_are_whole() -> None:
    """An exhibition that ended months before the view the chart would open on, its title long enough to reach into
    it: the view takes the exhibition in rather than print the title's tail from the edge ("…ition drew crowds");
    an event brought into the view is not drawn half off its edge."""
    from timeline.figure import ASSUMED_PLOT_PX, CHAR_PX

    records = [event(i, date(2022, 6, 1) + timedelta(days=36 * i), kind="politics") for i in range(20)]
    records.append(event(50, date(2021, 1, 1), date(2021, 12, 31), kind="politics",
                         title="A retrospective of the painter's early work drew record crowds"))
    figure, _ = build_figure(events_frame(records))
    low, high = (pd.Timestamp(x) for x in figure.layout.xaxis.range)
    (titles,) = [t for t in figure.data if getattr(t, "mode", None) == "text"]
    for x, text in zip(titles.x, titles.text, strict=True):
        end = pd.Timestamp(x)
        reaches = end + (high - low) * (len(text) * CHAR_PX / ASSUMED_PLOT_PX)
        assert end >= low or reaches <= low, text  # whole in the view, or wholly out of it
    justice = [event(i, date(2022, 6, 1) + timedelta(days=36 * i), kind="politics") for i in range(20)]
    justice.append(event(50, date(2021, 11, 3), kind="justice", title="A court heard the case"))
    figure, _ = build_figure(events_frame(justice))
    low, high = (pd.Timestamp(x) for x in figure.layout.xaxis.range)
    assert pd.Timestamp(2021, 11, 3) - low >= (high - low) * 0.02


def test_hover_labels_fit_a_phone() -> None:
    """On a phone every line of a hover label (title, date, type and document, sentence) is at most
    PHONE_HOVER_WIDTH columns, where 80 columns ran off a 400 px screen; on a desktop the sentence keeps its 80."""
    import re

    from timeline.figure import HOVER_WIDTH, PHONE_HOVER_WIDTH, PHONE_PLOT_PX

    long_title = "The regional council approved the plan to rebuild the flooded bridge and the two roads to it"
    records = [event(1, date(2024, 3, 2), title=long_title, doc_title="Council votes to rebuild the old river "
                     "bridge after the winter floods", sentence="On 2 March the regional council approved, by a "
                     "large majority and after a long debate, the plan to rebuild the flooded bridge and the two "
                     "roads leading to it before next winter.")]
    frame = events_frame(records)

    def widest(figure: object) -> int:
        labels = [h for t in figure.data if getattr(t, "hovertext", None) is not None  # type: ignore[attr-defined]
                  for h in t.hovertext]
        assert labels
        return max(len(re.sub(r"<[^>]+>", "", line)) for h in labels for line in h.split("<br>"))

    phone, _ = build_figure(frame, plot_px=PHONE_PLOT_PX)
    desktop, _ = build_figure(frame)
    assert widest(phone) <= PHONE_HOVER_WIDTH
    assert PHONE_HOVER_WIDTH < widest(desktop) <= HOVER_WIDTH
