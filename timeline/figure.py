"""The timeline chart as Plotly figure data, readable without hovering (as vis-timeline and TimelineJS are).

Each event is drawn in the lane of its type (or document), on a row of its own where it would overlap another event
or the label of one: a day is a marker, an interval a bar, an interval open on one side ("since 2015") a bar that
fades towards its open end; each event's short title is written next to it; the publication dates are marked. The
chart opens on where the events are (timeline_data.default_view) and its range buttons count back from the last
event. Colours follow the page's light or dark theme. Source text is escaped (< > & only: Plotly shows &quot; as
it is) before it reaches a label.

Scaling: markers are WebGL (scattergl) above SVG_LIMIT events; above DETAIL_LIMIT events the chart shows counts per
time bin instead of single events (the page says so): a small histogram in each lane, a bar per bin, so a
100,000-event timeline costs a few hundred bars.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from timeline.timeline_data import (
    MONTHS,
    default_view,
    format_day,
    format_interval,
    open_side,
    when_text,
)

__all__ = ["DETAIL_LIMIT", "FigureInfo", "bins_figure", "build_figure", "format_day", "format_interval", "hover_text",
           "type_colors"]

DETAIL_LIMIT = 4000
SVG_LIMIT = 1000  # up to this many events markers are SVG (crisper, and their labels are SVG anyway)
LABEL_LIMIT = 400  # above this many events titles are not written on the chart (hover still shows them)
LABEL_CHARS = 46
HOVER_WIDTH = 80
HOVER_SENTENCE_LIMIT = 300
PHONE_HOVER_WIDTH = 42  # columns of a hover label on a phone: about 290 px of 12 px text
# what the row packing assumes about the drawing: the plot's width in pixels and the width of one label character
ASSUMED_PLOT_PX = 760
PHONE_PLOT_PX = 310  # the plot's width on a phone (a 360–430 px screen, less the page's margins and lane names)
CHAR_PX = 6.3
MARKER_PX = 14
LANE_GAP = 0.7  # empty rows between lanes
FADE_STEPS = 8
LABEL_GAP = "\u2002\u2002"  # two en spaces: a title starts clear of its marker or bar end
# the default types' colours (in DEFAULT_TYPE_ORDER), then more for other types: chosen so that any two of the
# first eleven stay apart for readers with red-green or blue-yellow colour blindness too (CIELAB distance >= 10
# under the Machado et al. simulation) and each stands out from the light and the dark page (contrast >= 2.3);
# tests/test_figure_glance.py measures both
PALETTE = (
    "#CC3311", "#77AADD", "#EE8866", "#9467bd", "#44BB99", "#8c564b", "#228833", "#CC79A7", "#AAAA00", "#EE6677",
    "#AA3377", "#0072B2", "#7f7f7f", "#17becf", "#882255",
)
DEFAULT_TYPE_ORDER = (
    "attack", "security", "disaster", "politics", "diplomacy", "justice", "sports", "culture", "economy", "health",
    "other",
)


@dataclass(frozen=True)
class Theme:
    """The colours of the chart for one page theme (Streamlit's light or dark)."""

    background: str
    text: str
    muted: str
    grid: str
    band: str
    hover_background: str
    hover_text: str
    hover_border: str
    faint: float  # opacity of an approximate date's bar (a solid bar is 0.85)
    fade_floor: float  # opacity at the open end of a "since" / "until" bar


LIGHT = Theme("#ffffff", "#262730", "#5c6070", "#e4e7ee", "#f4f6fa", "#ffffff", "#1f2430", "#8a90a0", 0.35, 0.1)
# on a dark page a faint colour sinks into the background: approximate and fading bars keep more of their colour.
# The background is the dark page's own (Streamlit 1.67's #171614, a warm near-black; it was #0e1117, a blue one,
# until 1.4x): the chart's bands, grid and hover label are lifted from it in the same warm grey, and a hollow mark's
# fill is it, so the chart reads as part of the page instead of a bluish panel on it
DARK = Theme("#171614", "#fafafa", "#bdbab4", "#34322e", "#201f1d", "#2b2a27", "#fafafa", "#6f6c66", 0.6, 0.3)


@dataclass(frozen=True)
class FigureInfo:
    """How the chart shows the events: one by one, or as counts per bin (and which bin)."""

    mode: str  # "events", "counts" or "empty"
    shown: int
    bin_label: str = ""
    marks: tuple[str, ...] = ()  # the kinds of mark drawn (keys of MARK_WORDS), in MARK_WORDS' order
    outside: int = 0  # events drawn outside the view the chart opens on (counted by their lanes, seen on panning)
    titles: str = "full"  # the titles written beside the marks: "full", "short" (cut shorter) or "none"
    crowded: bool = False  # some lanes had more rows than their share: marks there lie on one another


# what each kind of mark means, in the order the key says them
MARK_WORDS = {
    "day": "● a day",
    "period": "a bar: a period",
    "open": "a fading bar: open-ended (“since 2015”)",
    "approximate": "hollow or pale: approximate",
}


def key_text(info: FigureInfo) -> str:
    """The one line under a chart of single events that says what its marks mean, naming only the kinds it draws
    (empty for a chart of counts or of nothing)."""
    if info.mode != "events":
        return ""
    words = [MARK_WORDS[m] for m in MARK_WORDS if m in info.marks]
    # a lane's number counts all its events, so where some open out of sight the key says how many (else "attack 2"
    # beside one mark reads as a miscount)
    outside = "" if not info.outside else (
        f" Lane numbers include {info.outside:,} event{'' if info.outside == 1 else 's'} outside this view.")
    return ("Each mark is an event at the date it refers to: " + " · ".join(words)
            + ". Hover a mark to read its sentence; click it for its details and article." + outside)


def busy_text(info: FigureInfo, types: int = 0, documents: int = 0, dates: bool = False) -> str:
    """For a chart too busy to write its titles, the line above it that says so and how to get them back (else the
    reader takes a wall of bare, piled-up marks for the page's whole story, or for a fault); empty otherwise. The
    way back names only the filters that can still narrow: `types` and `documents` chosen (0: all), `dates`
    narrowed by the reader (a single type is not asked to be chosen again)."""
    if info.mode != "events" or info.titles != "none":
        return ""
    ways = []
    if types != 1:
        ways.append("fewer event types" if types > 1 else "event types")
    if documents != 1:
        ways.append("fewer documents" if documents > 1 else "a document")
    ways.append("narrower dates" if dates else "dates")
    choose = ", ".join(ways[:-1]) + f" or {ways[-1]}" if len(ways) > 1 else ways[0]
    return (f"Titles are left out so that these {info.shown:,} events fit one screen"
            + (", and marks in crowded lanes overlap" if info.crowded else "")
            + f": choose {choose} to see the titles written, or hover a mark to read it.")


def type_colors(types: list[str]) -> dict[str, str]:
    """A colour per type: the default types keep fixed colours, other types take the next ones in name order."""
    colors: dict[str, str] = {}
    known = [t for t in DEFAULT_TYPE_ORDER if t in types]
    others = sorted(t for t in types if t not in DEFAULT_TYPE_ORDER)
    for t in known:
        colors[t] = PALETTE[DEFAULT_TYPE_ORDER.index(t) % len(PALETTE)]
    for i, t in enumerate(others):
        colors[t] = PALETTE[(len(DEFAULT_TYPE_ORDER) + i) % len(PALETTE)]
    return colors


FADED_CONTRAST = 1.3  # the least contrast with the page that a fading or approximate bar keeps at its palest


def luminance(color: str) -> float:
    """The WCAG relative luminance of a '#rrggbb' colour (0 black, 1 white)."""
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
              for c in (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def blend(color: str, background: str, opacity: float) -> str:
    """The colour `color` shows at `opacity` over `background` (both '#rrggbb')."""
    mixed = (round(opacity * int(color[i : i + 2], 16) + (1 - opacity) * int(background[i : i + 2], 16))
             for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*mixed)


def contrast_ratio(first: str, second: str) -> float:
    """The WCAG contrast ratio of two '#rrggbb' colours."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def least_opacity(color: str, background: str, floor: float) -> float:
    """The palest a bar of `color` may be drawn on `background`: `floor`, raised (by hundredths, up to 0.8) until the
    bar keeps FADED_CONTRAST with the page. A light colour (sky blue, salmon) at the theme's floor all but vanishes
    on a white page, and with it the open end of a "since 2015" bar."""
    if not (color.startswith("#") and len(color) == 7):
        return floor
    opacity = floor
    while opacity < 0.8 and contrast_ratio(blend(color, background, opacity), background) < FADED_CONTRAST:
        opacity = round(opacity + 0.01, 2)
    return opacity


def escape(text: str) -> str:
    """Source text made safe for a Plotly label: < > & escaped, quotes left alone (Plotly shows &quot; as is)."""
    return html.escape(text, quote=False)


def _wrap(text: str, width: int = HOVER_WIDTH) -> str:
    """Escaped, wrapped to `width` columns with <br>, cut with an ellipsis past HOVER_SENTENCE_LIMIT."""
    if len(text) > HOVER_SENTENCE_LIMIT:
        text = text[: HOVER_SENTENCE_LIMIT - 1].rsplit(" ", 1)[0] + " …"
    return "<br>".join(escape(line) for line in textwrap.wrap(text, width) or [""])


def hover_text(row: Mapping[str, Any], width: int = HOVER_WIDTH) -> str:
    """The hover label of one event: title, date as a reader writes it and as written, type, document, sentence;
    every line wrapped to `width` columns (PHONE_HOVER_WIDTH on a phone, where 80 columns run off the screen)."""
    approx = " (approximate)" if row["approximate"] else ""
    when = f"{when_text(row)}{approx} · “{row['expression']}”"
    where = f"{row['type']} · {row['doc_title'] or row['doc']}"
    return (
        f"<b>{_wrap(str(row['title']), width)}</b><br>"
        f"{_wrap(when, width)}<br>{_wrap(where, width)}<br><br>"
        f"{_wrap(str(row['sentence']), width)}"
    )


ROW_BUDGET = 30  # lane rows (gaps included) a chart may take before its titles are shortened: about 900 px
SHORT_LABEL_CHARS = 24


def _height_rows(lane_rows: Sequence[int]) -> float:
    """The rows a chart of lanes with these many rows takes, the gaps between lanes included."""
    return sum(lane_rows) + LANE_GAP * max(0, len(lane_rows) - 1)


def _label_widths(events: int, plot_px: float) -> list[int]:
    """The title lengths to try, longest first, until the chart fits ROW_BUDGET rows: the plot's own, a shorter one,
    then none (0); none at all above LABEL_LIMIT events."""
    if events > LABEL_LIMIT:
        return [0]
    chars = label_chars(plot_px)
    return [chars] + ([SHORT_LABEL_CHARS] if chars > SHORT_LABEL_CHARS else []) + [0]


def _row_cap(needs: Sequence[int], room: float) -> int:
    """The most rows any one lane may take so that the lanes, each taking what it needs up to that, fit `room` rows
    (at least 1: a lane is never less than a row)."""
    cap = max(needs, default=1)
    while cap > 1 and sum(min(n, cap) for n in needs) > room:
        cap -= 1
    return cap


def label_chars(plot_px: float) -> int:
    """How many characters a title may take on the chart: LABEL_CHARS, fewer on a narrow plot (at most half its
    width, at least 20 characters)."""
    return max(20, min(LABEL_CHARS, int(plot_px * 0.5 / CHAR_PX)))


def is_phone(user_agent: str, mobile_hint: str = "") -> bool:
    """Whether the browser says it is a phone: the client hint Sec-CH-UA-Mobile "?1", or "Mobi" in its user agent
    (what MDN advises to look for); a page cannot otherwise tell its width to the server."""
    return mobile_hint.strip() == "?1" or "Mobi" in user_agent


def short_label(row: Mapping[str, Any], side: str, chars: int = LABEL_CHARS) -> str:
    """The words written next to an event: its title, cut to `chars`; an open interval says since/until when, as
    its start may lie outside the view."""
    title = str(row["title"]).strip()
    if side:
        title = f"{when_text(row)}: {title}"
    if len(title) > chars:
        title = title[: chars - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return title


def _lanes(frame: pd.DataFrame, lanes: str, colors: dict[str, str]) -> list[str]:
    if lanes == "document":
        return sorted({str(t) for t in (frame["doc_title"].where(frame["doc_title"] != "", frame["doc"]))})
    order = list(colors)
    present = set(frame["type"])
    return [t for t in order if t in present] + sorted(present - set(order))


@dataclass
class _Placed:
    """One event ready to draw: where (lane row), what kind of mark, and its label."""

    index: int  # position in the frame
    row: int
    lane: str
    side: str
    label: str


def _pack(frame: pd.DataFrame, lane_of: pd.Series, sides: list[str], labels: list[str],
          view: tuple[pd.Timestamp, pd.Timestamp], plot_px: float = ASSUMED_PLOT_PX,
          max_rows: int = 0) -> dict[str, list[_Placed]]:
    """Rows within each lane so that no event, nor its label, lies on another (first fit, by start), on a plot
    `plot_px` wide; with `max_rows`, a lane whose rows are all taken puts the event on the row free soonest."""
    days_per_px = max((view[1] - view[0]) / pd.Timedelta(days=1), 1.0) / plot_px
    day = pd.Timedelta(days=1)
    placed: dict[str, list[_Placed]] = {}
    ends: dict[str, list[pd.Timestamp]] = {}
    starts, stops, lanes = list(frame["start"]), list(frame["end"]), [str(x) for x in lane_of]
    order = sorted(range(len(frame)), key=lambda i: (starts[i], stops[i]))
    for i in order:
        lane = lanes[i]
        start, end = starts[i], stops[i]
        point = start == end
        reach = (len(labels[i]) * CHAR_PX + MARKER_PX) * days_per_px * day
        left = start - (MARKER_PX / 2) * days_per_px * day if point else start
        right = (start if point else end + day) + reach
        rows = ends.setdefault(lane, [])
        row = next((r for r, taken in enumerate(rows) if taken < left), len(rows))
        if max_rows and row >= max_rows:
            row = min(range(len(rows)), key=lambda r: rows[r])
            rows[row] = max(rows[row], right)
        elif row == len(rows):
            rows.append(right)
        else:
            rows[row] = right
        placed.setdefault(lane, []).append(_Placed(i, row, lane, sides[i], labels[i]))
    return placed


def _room_for_labels(frame: pd.DataFrame, labels: list[str], view: tuple[pd.Timestamp, pd.Timestamp],
                     plot_px: float = ASSUMED_PLOT_PX) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The fitted view widened on the right so that the titles of the last events in it are not cut off. Widening
    the view makes a day narrower, so the room is worked out for the widened view: a title `w` pixels wide ending an
    event at `right` fits when right - low <= (high - low) * (1 - w / plot_px)."""
    low, high = view
    reach = high
    for i in range(len(frame)):
        start, end = frame["start"].iat[i], frame["end"].iat[i]
        right = start if start == end else end + pd.Timedelta(days=1)
        if low <= right <= high:
            share = min((len(labels[i]) * CHAR_PX + MARKER_PX) / plot_px, 0.75)  # a title never takes more
            reach = max(reach, low + (right - low) / (1 - share))
    return low, reach


def _drop_cut_titles(frame: pd.DataFrame, labels: list[str], view: tuple[pd.Timestamp, pd.Timestamp],
                     plot_px: float = ASSUMED_PLOT_PX) -> list[str]:
    """The titles with those left out that would be cut at the view's left edge: an event that ends before the
    view but whose title, written after it, reaches into it ("…e river was moved", the start clipped by the axis).
    Its mark is out of sight, so its title is of no use there either; hover and a pan still show the event. The
    opening view is first widened to take such an event in where it can (_reach_every_lane); this is for the ones
    it cannot reach, and for a view of the reader's dates."""
    low, high = view
    starts, ends = frame["start"], frame["end"]
    right = starts.where(starts == ends, ends + pd.Timedelta(days=1))
    widths = pd.Series([len(text) * CHAR_PX + MARKER_PX if text else 0 for text in labels], index=frame.index)
    cut = (right < low) & (right + (high - low) * (widths / plot_px) > low) & (widths > 0)
    return [("" if c else text) for text, c in zip(labels, cut.to_numpy(), strict=True)]


LANE_REACH = 1.6  # the opening view may grow to this many times its span to show an event of each lane


def _reach_every_lane(frame: pd.DataFrame, lane_of: pd.Series, view: tuple[pd.Timestamp, pd.Timestamp],
                      labels: Sequence[str] = (), plot_px: float = ASSUMED_PLOT_PX) -> tuple[
        pd.Timestamp, pd.Timestamp]:
    """The fitted view widened to the nearest event of each lane it shows nothing of, as long as the view stays
    within LANE_REACH times its span: a lane drawn empty (its only event a little before the view) reads as a type
    with no events. Lanes whose events are all far away stay as they are ("all" shows them). Likewise an event
    just before the view whose title would reach into it, cut at the edge."""
    low, high = view
    limit = (high - low) * LANE_REACH
    day = pd.Timedelta(days=1)
    starts, stops = frame["start"], frame["end"] + day
    seen = (starts <= high) & (stops >= low)
    lanes = lane_of.astype(str)
    wanted: list[pd.Timestamp] = []
    for lane in set(lanes[~seen]) - set(lanes[seen]):
        mine = lanes == lane
        before = stops[mine & (stops < low)]
        after = starts[mine & (starts > high)]
        nearest = [t for t in (before.max() if len(before) else None, after.min() if len(after) else None)
                   if t is not None]
        wanted.append(min(nearest, key=lambda t: abs(t - low) if t < low else abs(t - high)))
    # a title cut at the left edge ("…e 1960s retrospective drew") reads as garbage: its event is brought in too
    if labels:
        reach = pd.Series([len(text) * CHAR_PX for text in labels], index=frame.index) / plot_px * (high - low)
        cut = stops[(stops < low) & (stops + reach > low)]
    if labels and len(cut):
        wanted.append(cut.min())
    for target in sorted(wanted, key=lambda t: max(low - t, t - high)):
        pad = max(day * 2, (high - low) * 0.03)  # a marker drawn whole, not cut by the edge
        new_low, new_high = min(low, target - pad), max(high, target + pad)
        if new_high - new_low <= limit:
            low, high = new_low, new_high
    return low, high


def build_figure(frame: pd.DataFrame, lanes: str = "type", colors: dict[str, str] | None = None, *,
                 dark: bool = False, published: Sequence[date] = (),
                 view: tuple[pd.Timestamp, pd.Timestamp] | None = None,
                 selected: str | None = None, plot_px: float = ASSUMED_PLOT_PX) -> tuple[go.Figure, FigureInfo]:
    """The chart of the (already filtered) events, opened on `view` (default: where the events are); titles are
    cut and rows packed for a plot `plot_px` wide (PHONE_PLOT_PX on a phone)."""
    theme = DARK if dark else LIGHT
    colors = colors or type_colors(sorted(set(frame["type"])))
    traces: list[dict[str, Any]] = []
    if frame.empty:
        layout = _layout(theme, [], [], None, (pd.Timestamp(2000, 1, 1), pd.Timestamp(2000, 1, 15)), lanes)
        return go.Figure(data=[], layout=layout), FigureInfo("empty", 0)
    fitted = view is None
    view = view or default_view(frame)
    lane_names = _lanes(frame, lanes, colors)
    lane_of = frame["doc_title"].where(frame["doc_title"] != "", frame["doc"]) if lanes == "document" else frame["type"]
    if len(frame) > DETAIL_LIMIT:
        offsets = {name: i * (1 + LANE_GAP) for i, name in enumerate(lane_names)}
        info = _counts(traces, frame, lane_of, offsets, colors)
        rows = {name: 1 for name in lane_names}
    else:
        records = frame.to_dict(orient="records")  # plain dicts: reading a pandas row costs far more
        sides = [open_side(row) for row in records]
        opening = view
        # titles as long as the plot allows; where they stack the chart taller than ROW_BUDGET rows (a wall of
        # titles to scroll past, the date axis out of sight), shorter titles, then none (hover still shows them)
        crowded = False
        for chars in _label_widths(len(frame), plot_px):
            labels = [short_label(row, side, chars) if chars else "" for row, side in zip(records, sides, strict=True)]
            view = opening
            if fitted:
                view = _room_for_labels(frame, labels, _reach_every_lane(frame, lane_of, view, labels, plot_px),
                                        plot_px)
            labels = _drop_cut_titles(frame, labels, view, plot_px)
            # packed in the view the chart opens on: a title's width in days grows when the view is widened for it
            placed = _pack(frame, lane_of, sides, labels, view, plot_px)
            rows = {name: 1 + max(p.row for p in placed[name]) for name in lane_names}
            if _height_rows(list(rows.values())) <= ROW_BUDGET:
                break
        else:
            crowded = True
            # even bare marks stack past the budget (many events within days of each other): each lane gets at most
            # a share of the rows, and marks beyond it overlap, as points of a dense scatter do (hover reads each)
            cap = _row_cap(list(rows.values()), ROW_BUDGET - LANE_GAP * max(0, len(rows) - 1))
            placed = _pack(frame, lane_of, sides, labels, view, plot_px, max_rows=cap)
            rows = {name: 1 + max(p.row for p in placed[name]) for name in lane_names}
        offsets = {}
        at = 0.0
        for name in lane_names:
            offsets[name] = at
            at += rows[name] + LANE_GAP
        info = _events(traces, records, placed, offsets, colors, theme, lanes, selected, plot_px)
        starts, ends = pd.to_datetime(frame["start"]), pd.to_datetime(frame["end"])
        info = replace(info, outside=int(((ends + pd.Timedelta(days=1) <= view[0]) | (starts > view[1])).sum()),
                       titles="none" if not chars else "full" if chars >= label_chars(plot_px) else "short",
                       crowded=crowded)
    per_lane = lane_of.astype(str).value_counts()
    layout = _layout(theme, lane_names, [rows[n] for n in lane_names], frame, view, lanes,
                     [offsets[n] for n in lane_names], [int(per_lane.get(n, 0)) for n in lane_names],
                     [colors.get(n, PALETTE[-1]) for n in lane_names] if lanes == "type" else ())
    _publication_marks(layout, theme, published, view, plot_px)
    # one Figure made from plain dicts: adding traces and shapes one by one costs Plotly's checks each time
    return go.Figure(data=traces, layout=layout), info


def _events(traces: list[dict[str, Any]], records: list[dict[str, Any]], placed: dict[str, list[_Placed]],
            offsets: dict[str, float], colors: dict[str, str], theme: Theme, lanes: str,
            selected: str | None, plot_px: float = ASSUMED_PLOT_PX) -> FigureInfo:
    day = pd.Timedelta(days=1)
    marker_trace = "scattergl" if len(records) > SVG_LIMIT else "scatter"
    hover_width = HOVER_WIDTH if plot_px > PHONE_PLOT_PX else PHONE_HOVER_WIDTH
    items = sorted((p for lane in placed.values() for p in lane), key=lambda p: str(records[p.index]["type"]))
    by_type: dict[str, list[_Placed]] = {}
    for p in items:
        by_type.setdefault(str(records[p.index]["type"]), []).append(p)
    label_x: list[object] = []
    label_y: list[float] = []
    label_text: list[str] = []
    ring: tuple[object, float] | None = None
    for kind, group in by_type.items():
        color = colors.get(kind, PALETTE[-1])
        floor = least_opacity(color, theme.background, theme.fade_floor)
        faint = least_opacity(color, theme.background, theme.faint)
        legend = lanes == "document"
        bar: dict[str, list[object]] = {"base": [], "x": [], "y": [], "opacity": [], "hover": [], "id": []}
        dots: dict[bool, dict[str, list[object]]] = {False: {"x": [], "y": [], "hover": [], "id": []},
                                                     True: {"x": [], "y": [], "hover": [], "id": []}}
        for p in group:
            row = records[p.index]
            y = offsets[p.lane] + p.row
            start, end = row["start"], row["end"]
            hover = hover_text(row, hover_width)
            approximate = bool(row["approximate"])
            if start == end:
                dot = dots[approximate]
                dot["x"].append(start)
                dot["y"].append(y)
                dot["hover"].append(hover)
                dot["id"].append(row["id"])
                right = start
                middle = start
            else:
                stop = end + day
                steps = FADE_STEPS if p.side else 1
                piece = (stop - start) / steps
                for step in range(steps):
                    fade = (0.8 - floor) * step / (steps - 1) if p.side else 0.0
                    if p.side == "since":
                        opacity = 0.8 - fade
                    elif p.side == "until":
                        opacity = floor + fade
                    else:
                        opacity = faint if approximate else 0.85
                    bar["base"].append((start + piece * step).isoformat())
                    bar["x"].append(piece / pd.Timedelta(milliseconds=1))
                    bar["y"].append(y)
                    bar["opacity"].append(round(opacity, 3))
                    bar["hover"].append(hover)
                    bar["id"].append(row["id"])
                right = stop
                middle = start + (stop - start) / 2
            if p.label:
                label_x.append(right)
                label_y.append(y)
                label_text.append(LABEL_GAP + escape(p.label))
            if selected and row["id"] == selected:
                ring = (middle, y)
        if bar["x"]:
            traces.append(dict(
                type="bar", orientation="h", base=bar["base"], x=bar["x"], y=bar["y"], width=0.56,
                marker={"color": color, "opacity": bar["opacity"], "line": {"width": 0}},
                hovertext=bar["hover"], hovertemplate="%{hovertext}<extra></extra>", customdata=bar["id"],
                name=kind, legendgroup=kind, showlegend=legend,
            ))
            legend = False
        for approximate, dot in dots.items():
            if not dot["x"]:
                continue
            traces.append(dict(
                type=marker_trace, x=dot["x"], y=dot["y"], mode="markers",
                marker={"color": theme.background if approximate else color, "size": 11,
                        "symbol": "circle-open" if approximate else "circle",
                        "line": {"color": color, "width": 2}},
                hovertext=dot["hover"], hovertemplate="%{hovertext}<extra></extra>", customdata=dot["id"],
                name=kind, legendgroup=kind, showlegend=legend,
            ))
            legend = False
    if label_text:
        traces.append(dict(
            type="scatter", x=label_x, y=label_y, mode="text", text=label_text, textposition="middle right",
            textfont={"color": theme.text, "size": 11}, hoverinfo="skip", showlegend=False, name="titles",
        ))
    if ring is not None:
        traces.append(dict(
            type="scatter", x=[ring[0]], y=[ring[1]], mode="markers", hoverinfo="skip", showlegend=False, name="chosen",
            marker={"symbol": "circle-open", "size": 22, "color": theme.text, "line": {"width": 2}},
        ))
    marks = {"day" if row["start"] == row["end"] else "period" for row in records}
    marks |= {"open" for lane in placed.values() for p in lane if p.side}
    marks |= {"approximate" for row in records if row["approximate"]}
    return FigureInfo("events", len(records), marks=tuple(m for m in MARK_WORDS if m in marks))


PUBLISHED_CHAR_PX = 5.6  # the width of one character of a publication label (10 px text)


def _published_labels(published: Sequence[date], view: tuple[pd.Timestamp, pd.Timestamp],
                      plot_px: float = 0.0) -> list[tuple[date, str]]:
    """Where the publication labels go and what they say: dates whose labels would overlap at the chart's width
    (in the view) share one label ("published 12 Jan – 3 Feb 2024 (4)") at the middle of their span, so the words
    never print over each other; each date keeps its own dotted line."""
    plot_px = plot_px or ASSUMED_PLOT_PX
    days = sorted(set(published))
    span = max(float((view[1] - view[0]) / pd.Timedelta(days=1)), 1.0)

    def px(day: date) -> float:
        return float((pd.Timestamp(day) - view[0]) / pd.Timedelta(days=1)) / span * plot_px

    def label(group: list[date]) -> tuple[date, str, float, float]:
        first, last = group[0], group[-1]
        if first == last:
            text = f"published {format_day(first)}"
        else:
            head = format_day(first).rsplit(" ", 1)[0] if first.year == last.year else format_day(first)
            text = f"published {head} – {format_day(last)} ({len(group)})"
        middle = first + (last - first) / 2
        half = len(text) * PUBLISHED_CHAR_PX / 2
        return middle, text, px(middle) - half, px(middle) + half

    groups: list[list[date]] = []
    for day in days:
        groups.append([day])
        # merge backwards while the newest label overlaps the one before it (a merged label is wider: check again)
        while len(groups) > 1 and label(groups[-2])[3] + 8 > label(groups[-1])[2]:
            last = groups.pop()
            groups[-1].extend(last)
    return [(middle, text) for middle, text, _, _ in map(label, groups)]


def _publication_marks(layout: dict[str, Any], theme: Theme, published: Sequence[date],
                       view: tuple[pd.Timestamp, pd.Timestamp] | None = None, plot_px: float = 0.0) -> None:
    """A dotted line at each publication date (a few at most: with many articles they would be noise), labelled
    so that no two labels overlap in the opening view."""
    if not published or len(published) > 12:
        return
    for day in published:
        layout["shapes"].append(dict(type="line", xref="x", yref="paper", x0=day.isoformat(), x1=day.isoformat(),
                                     y0=0, y1=1, line={"color": theme.muted, "width": 1, "dash": "dot"},
                                     layer="below"))
    if view is None:
        low, high = min(published), max(published)
        view = (pd.Timestamp(low) - pd.Timedelta(days=1), pd.Timestamp(high) + pd.Timedelta(days=1))
    for where, text in _published_labels(published, view, plot_px):
        layout["annotations"].append(dict(x=where.isoformat(), xref="x", yref="paper", y=1, yanchor="bottom",
                                          xanchor="center", text=text, showarrow=False,
                                          yshift=TOP_AXIS_PX if layout["xaxis"]["side"] == "top" else 0,
                                          font={"color": theme.muted, "size": 10}))


_BINS = (("day", 1), ("week", 7), ("month", 30.4), ("quarter", 91.3), ("year", 365.25), ("decade", 3652.5))


def _bin_of(frame: pd.DataFrame) -> tuple[str, pd.Series]:
    """The coarsest-needed time bin (no more than ~400 across the span) and each event's bin start."""
    span_days = max(1, (frame["end"].max() - frame["start"].min()).days)
    label = next((name for name, days in _BINS if span_days / days <= 400), "decade")
    start = frame["start"]
    if label == "day":
        return label, start.dt.normalize()
    if label == "week":
        return label, (start - pd.to_timedelta(start.dt.weekday, unit="D")).dt.normalize()
    year, month = start.dt.year, start.dt.month
    if label == "month":
        first_month = month
    elif label == "quarter":
        first_month = (month - 1) // 3 * 3 + 1
    else:
        first_month = month * 0 + 1
        if label == "decade":
            year = year // 10 * 10
    return label, pd.to_datetime({"year": year, "month": first_month, "day": 1})


def _bin_name(first: pd.Timestamp, label: str) -> str:
    if label in ("day", "week"):
        return format_day(first.date())
    if label == "month":
        return f"{MONTHS[first.month - 1]} {first.year}"
    if label == "quarter":
        return f"Q{(first.month - 1) // 3 + 1} {first.year}"
    return f"{first.year}s" if label == "decade" else str(first.year)


COUNT_BAR_FLOOR = 0.08  # the height (in lane rows) of a bin holding one event: never invisible
COUNT_BAR_RANGE = 0.72  # the height added for the fullest bin


def _count_bars(kind: str, firsts: list[pd.Timestamp], counts: list[int], titles: list[str], unit: str,
                lanes: list[float], color: str, peak: int) -> dict[str, Any]:
    """One type's counts per time bin as a small histogram in its lane: a bar per bin, as wide as the bin, rising
    from the lane's floor to a height in proportion to its count. Bars of neighbouring bins never cover each other,
    where markers sized by count did (hundreds of bins on one line made a band of equal circles)."""
    days = dict(_BINS).get(unit, 1)
    half = pd.Timedelta(days=days / 2)
    hover = [
        f"<b>{n:,} {escape(kind)} event{'s' if n != 1 else ''}</b><br>{escape(unit)} of "
        f"{escape(_bin_name(b, unit))}<br>e.g. {escape(t[:80])}<br>"
        "<i>narrow the dates or filters to see each event</i>"
        for n, b, t in zip(counts, firsts, titles, strict=True)
    ]
    # the y axis runs downwards: a negative height rises from the floor of the lane (its centre + 0.4)
    return dict(
        type="bar", orientation="v", x=[b + half for b in firsts],
        y=[-(COUNT_BAR_FLOOR + COUNT_BAR_RANGE * n / peak) for n in counts], base=[lane + 0.4 for lane in lanes],
        width=days * 0.9 * 86_400_000, name=kind, marker={"color": color, "opacity": 0.85, "line": {"width": 0}},
        hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
    )


def _counts(traces: list[dict[str, Any]], frame: pd.DataFrame, lane_of: pd.Series, lane_index: dict[str, float],
            colors: dict[str, str]) -> FigureInfo:
    label, bins = _bin_of(frame)
    grouped = (frame.assign(_lane=lane_of.astype(str), _bin=bins)
               .groupby(["type", "_lane", "_bin"], sort=False)
               .agg(count=("id", "size"), title=("title", "first"))
               .reset_index())
    peak = max(1, int(grouped["count"].max()))
    for kind, group in grouped.groupby("type", sort=False):
        traces.append(_count_bars(str(kind), list(group["_bin"]), [int(n) for n in group["count"]],
                                  [str(t) for t in group["title"]], label,
                                  [lane_index[lane] for lane in group["_lane"]], colors.get(str(kind), PALETTE[-1]),
                                  peak))
    return FigureInfo("counts", len(frame), label)


def _range_buttons(frame: pd.DataFrame | None, view: tuple[pd.Timestamp, pd.Timestamp]) -> list[dict[str, object]]:
    """Buttons that set the view: the fitted default, the last month, year and ten years before the last event,
    and everything; each range is measured from the events, not from the axis."""
    def button(label: str, low: pd.Timestamp, high: pd.Timestamp) -> dict[str, object]:
        return {"label": label, "method": "relayout", "args": [{"xaxis.range": [low.isoformat(), high.isoformat()]}]}

    buttons = [button("fit", *view)]
    if frame is None or frame.empty:
        return buttons
    first, last = frame["start"].min(), frame["end"].max() + pd.Timedelta(days=1)
    for label, back in (("1 month", pd.DateOffset(months=1)), ("1 year", pd.DateOffset(years=1)),
                        ("10 years", pd.DateOffset(years=10))):
        low = last - back
        if low <= first:
            break
        pad = max((last - low) * 0.03, pd.Timedelta(days=1))
        buttons.append(button(label, low - pad, last + pad))
    pad = max((last - first) * 0.03, pd.Timedelta(days=2))
    buttons.append(button("all", first - pad, last + pad))
    return buttons


# tick labels by tick spacing: a zoom into hours never writes the same day twice
TICK_FORMATS = [
    {"dtickrange": [None, 86400000], "value": "%H:%M<br>%d %b %Y"},
    {"dtickrange": [86400000, 1209600000], "value": "%d %b<br>%Y"},
    {"dtickrange": ["M1", "M6"], "value": "%b<br>%Y"},
    {"dtickrange": ["M12", None], "value": "%Y"},
]


LANE_NAME_CHARS = 24
TOP_AXIS_HEIGHT = 520  # a chart taller than this (px) writes its dates at the top
TOP_AXIS_PX = 34  # the room the top dates take, above the plot and below the range buttons


def lane_names_text(names: Sequence[str], counts: Sequence[int] = (), swatches: Sequence[str] = (),
                    theme: Theme = LIGHT) -> list[str]:
    """The lanes' names as the chart writes them: a square of the type's colour (lanes by type), the name (cut to
    LANE_NAME_CHARS, escaped) and how many events the lane holds, in the muted colour; so the chart alone says which
    types there are, which colour is which and how many events each has."""
    texts = []
    for i, name in enumerate(names):
        text = escape(name if len(name) <= LANE_NAME_CHARS else name[: LANE_NAME_CHARS - 1] + "…")
        if i < len(swatches):
            text = f'<span style="color:{swatches[i]}">■</span> {text}'
        if i < len(counts):
            text += f' <span style="color:{theme.muted}">{counts[i]:,}</span>'
        texts.append(text)
    return texts


def _layout(theme: Theme, lane_names: list[str], lane_rows: list[int], frame: pd.DataFrame | None,
            view: tuple[pd.Timestamp, pd.Timestamp], lanes: str, offsets: list[float] | None = None,
            counts: Sequence[int] = (), swatches: Sequence[str] = ()) -> dict[str, Any]:
    offsets = offsets or [float(i) for i in range(len(lane_names))]
    total = (offsets[-1] + lane_rows[-1]) if lane_names else 1.0
    bands = [dict(type="rect", xref="paper", yref="y", x0=0, x1=1, y0=offset - 0.5, y1=offset + rows - 0.5,
                  fillcolor=theme.band, line={"width": 0}, layer="below")
             for i, (offset, rows) in enumerate(zip(offsets, lane_rows, strict=True)) if i % 2 == 0]
    centres = [offset + (rows - 1) / 2 for offset, rows in zip(offsets, lane_rows, strict=True)]
    height = int(max(240, 120 + 26 * total))
    # a chart taller than a laptop's view of it writes its dates at the top, not the bottom: the reader sees when
    # the marks are without scrolling down a screen to the axis
    top_axis = height > TOP_AXIS_HEIGHT
    names = lane_names_text(lane_names, counts, swatches, theme)
    return dict(
        height=height + (TOP_AXIS_PX if top_axis else 0),
        margin={"l": 8, "r": 8, "t": 56 + (TOP_AXIS_PX if top_axis else 0), "b": 8},
        hovermode="closest",
        hoverlabel={"align": "left", "bgcolor": theme.hover_background, "bordercolor": theme.hover_border,
                    "font": {"size": 12, "color": theme.hover_text}},
        showlegend=lanes == "document",
        legend={"orientation": "h", "y": -0.08, "x": 0, "yanchor": "top", "font": {"color": theme.text}},
        dragmode="zoom",
        # transparent: the chart lies on the page's own background (the theme's colours are chosen to read on it)
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        font={"color": theme.text},
        barmode="overlay",
        shapes=bands,
        annotations=[],
        updatemenus=[{
            "type": "buttons", "direction": "right", "showactive": False, "x": 0, "y": 1.0, "xanchor": "left",
            "yanchor": "bottom", "pad": {"b": 20 + (TOP_AXIS_PX if top_axis else 0), "l": 0}, "bgcolor": theme.band,
            "bordercolor": theme.grid,
            "font": {"color": theme.text, "size": 11}, "buttons": _range_buttons(frame, view),
        }],
        xaxis=dict(type="date", range=[view[0].isoformat(), view[1].isoformat()], showgrid=True,
                   side="top" if top_axis else "bottom",
                   gridcolor=theme.grid, tickformatstops=TICK_FORMATS, linecolor=theme.grid, zeroline=False,
                   tickfont={"color": theme.text}, automargin=True),
        yaxis=dict(tickvals=centres, ticktext=names, range=[total - 0.3, -0.7], showgrid=False, zeroline=False,
                   fixedrange=True, tickfont={"color": theme.text}, automargin=True),
    )


def bins_figure(counts: Sequence[Any], unit: str, bounds: tuple[date, date], lanes: str = "type",
                colors: dict[str, str] | None = None, *, dark: bool = False, published: Sequence[date] = (),
                view: tuple[pd.Timestamp, pd.Timestamp] | None = None,
                plot_px: float = ASSUMED_PLOT_PX) -> tuple[go.Figure, FigureInfo]:
    """The chart of counts already made per time bin and type (timeline.query's `Bins.counts`: objects with bin,
    type, count and title), drawn as the per-event figure draws counts above DETAIL_LIMIT events: one lane per type,
    a marker per bin sized by its count, the same hover. The data never comes to this process as events, so the
    lanes are always by type."""
    theme = DARK if dark else LIGHT
    rows = list(counts)
    if not rows:
        layout = _layout(theme, [], [], None, (pd.Timestamp(2000, 1, 1), pd.Timestamp(2000, 1, 15)), lanes)
        return go.Figure(data=[], layout=layout), FigureInfo("empty", 0)
    colors = colors or type_colors(sorted({str(r.type) for r in rows}))
    present = {str(r.type) for r in rows}
    lane_names = [t for t in colors if t in present] + sorted(present - set(colors))
    offsets = {name: i * (1 + LANE_GAP) for i, name in enumerate(lane_names)}
    span = pd.DataFrame({"start": [pd.Timestamp(bounds[0])], "end": [pd.Timestamp(bounds[1])]})
    if view is None:
        pad = max((span["end"].iat[0] - span["start"].iat[0]) * 0.03, pd.Timedelta(days=2))
        view = (span["start"].iat[0] - pad, span["end"].iat[0] + pd.Timedelta(days=1) + pad)
    peak = max(1, max(int(r.count) for r in rows))
    traces: list[dict[str, Any]] = []
    for kind in lane_names:
        group = [r for r in rows if str(r.type) == kind]
        traces.append(_count_bars(kind, [pd.Timestamp(r.bin) for r in group], [int(r.count) for r in group],
                                  [str(r.title) for r in group], unit, [offsets[kind]] * len(group),
                                  colors.get(kind, PALETTE[-1]), peak))
    per_lane = {kind: sum(int(r.count) for r in rows if str(r.type) == kind) for kind in lane_names}
    layout = _layout(theme, lane_names, [1] * len(lane_names), span, view, "type",
                     [offsets[n] for n in lane_names], [per_lane[n] for n in lane_names],
                     [colors.get(n, PALETTE[-1]) for n in lane_names])
    _publication_marks(layout, theme, published, view, plot_px)
    return go.Figure(data=traces, layout=layout), FigureInfo("counts", sum(int(r.count) for r in rows), unit)
