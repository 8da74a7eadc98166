"""The timeline chart as Plotly figure data: lanes by type or document, markers for days, bars for intervals.

Scaling: every trace is WebGL (scattergl); intervals are one line trace per type with gaps, not one shape each;
above DETAIL_LIMIT events the chart shows counts per time bin instead of single events (the page says so), so a
100,000-event timeline costs a few hundred points. All source text is HTML-escaped before it reaches a label.
"""

from __future__ import annotations

import hashlib
import html
import textwrap
from dataclasses import dataclass
from datetime import date

import pandas as pd
import plotly.graph_objects as go

DETAIL_LIMIT = 4000
HOVER_WIDTH = 80
HOVER_SENTENCE_LIMIT = 300
PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f",
    "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173",
)
DEFAULT_TYPE_ORDER = (
    "attack", "security", "disaster", "politics", "diplomacy", "justice", "sports", "culture", "economy", "health",
    "other",
)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class FigureInfo:
    """How the chart shows the events: one by one, or as counts per bin (and which bin)."""

    mode: str  # "events", "counts" or "empty"
    shown: int
    bin_label: str = ""


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


def format_day(day: date) -> str:
    """22 Mar 2024."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_interval(start: date, end: date, granularity: str = "") -> str:
    """A reader's form of an interval: "22 Mar 2024", "Mar 2024", "2015", "1990s", "26 Jul – 11 Aug 2024"."""
    if start == end:
        return format_day(start)
    last_of_month = (end + pd.Timedelta(days=1)).day == 1
    if granularity == "month" or (start.day == 1 and last_of_month and start.year == end.year
                                  and start.month == end.month):
        return f"{MONTHS[start.month - 1]} {start.year}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        if start.year == end.year:
            return str(start.year)
        if start.year % 10 == 0 and end.year == start.year + 9:
            return f"{start.year}s"
        return f"{start.year}–{end.year}"
    if start.year == end.year:
        if start.month == end.month:
            return f"{start.day}–{end.day} {MONTHS[start.month - 1]} {start.year}"
        return f"{start.day} {MONTHS[start.month - 1]} – {format_day(end)}"
    return f"{format_day(start)} – {format_day(end)}"


def _wrap(text: str) -> str:
    """Escaped, wrapped to HOVER_WIDTH columns with <br>, cut with an ellipsis past HOVER_SENTENCE_LIMIT."""
    if len(text) > HOVER_SENTENCE_LIMIT:
        text = text[: HOVER_SENTENCE_LIMIT - 1].rsplit(" ", 1)[0] + " …"
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, HOVER_WIDTH) or [""])


def hover_text(row: pd.Series) -> str:
    """The hover label of one event: title, date as normalized and as written, type, document, sentence."""
    when = format_interval(row["start"].date(), row["end"].date(), str(row["granularity"]))
    approx = " (approximate)" if row["approximate"] else ""
    return (
        f"<b>{html.escape(str(row['title']))}</b><br>"
        f"{html.escape(when)}{approx} · “{html.escape(str(row['expression']))}”<br>"
        f"{html.escape(str(row['type']))} · {html.escape(str(row['doc_title'] or row['doc']))}<br><br>"
        f"{_wrap(str(row['sentence']))}"
    )


def _jitter(event_id: str) -> float:
    """A small fixed vertical offset per event so that events of one lane on one day don't hide each other."""
    return (int(hashlib.md5(event_id.encode()).hexdigest()[:6], 16) / 0xFFFFFF - 0.5) * 0.6


def _lanes(frame: pd.DataFrame, lanes: str, colors: dict[str, str]) -> list[str]:
    if lanes == "document":
        return sorted({str(t) for t in (frame["doc_title"].where(frame["doc_title"] != "", frame["doc"]))})
    order = list(colors)
    present = set(frame["type"])
    return [t for t in order if t in present]


def build_figure(frame: pd.DataFrame, lanes: str = "type", colors: dict[str, str] | None = None) -> tuple[
        go.Figure, FigureInfo]:
    """The chart of the (already filtered) events."""
    colors = colors or type_colors(sorted(set(frame["type"])))
    figure = go.Figure()
    if frame.empty:
        _layout(figure, [], 0)
        return figure, FigureInfo("empty", 0)
    lane_names = _lanes(frame, lanes, colors)
    lane_of = frame["doc_title"].where(frame["doc_title"] != "", frame["doc"]) if lanes == "document" else frame["type"]
    lane_index = {name: i for i, name in enumerate(lane_names)}
    if len(frame) > DETAIL_LIMIT:
        info = _counts(figure, frame, lane_of, lane_index, colors)
    else:
        info = _events(figure, frame, lane_of, lane_index, colors)
    _layout(figure, lane_names, len(frame))
    return figure, info


def _events(figure: go.Figure, frame: pd.DataFrame, lane_of: pd.Series, lane_index: dict[str, int],
            colors: dict[str, str]) -> FigureInfo:
    y = [lane_index[str(lane)] + _jitter(str(i)) for lane, i in zip(lane_of, frame["id"], strict=True)]
    data = frame.assign(_y=y, _hover=[hover_text(row) for _, row in frame.iterrows()])
    for kind, group in data.groupby("type", sort=False):
        color = colors.get(str(kind), PALETTE[-1])
        shown_in_legend = False
        for approximate in (False, True):
            part = group[group["approximate"] == approximate]
            if part.empty:
                continue
            intervals = part[part["start"] != part["end"]]
            if not intervals.empty:
                xs: list[object] = []
                ys: list[object] = []
                for _, row in intervals.iterrows():
                    xs += [row["start"], row["end"] + pd.Timedelta(hours=23), None]
                    ys += [row["_y"], row["_y"], None]
                figure.add_trace(go.Scattergl(
                    x=xs, y=ys, mode="lines", line={"color": color, "width": 7},
                    opacity=0.35 if approximate else 0.8, hoverinfo="skip", legendgroup=str(kind),
                    showlegend=False, name=str(kind),
                ))
            # a day is one marker; an interval has one at each end, so either end shows its label
            ends = part[part["start"] != part["end"]]
            xs_markers = pd.concat([part["start"], ends["end"] + pd.Timedelta(hours=23)])
            points = pd.concat([part, ends])
            figure.add_trace(go.Scattergl(
                x=xs_markers, y=points["_y"], mode="markers",
                marker={
                    "color": "white" if approximate else color, "size": 10,
                    "symbol": "circle-open" if approximate else "circle",
                    "line": {"color": color, "width": 2},
                },
                opacity=0.6 if approximate else 1.0,
                hovertext=points["_hover"], hovertemplate="%{hovertext}<extra></extra>",
                customdata=points["id"], name=str(kind), legendgroup=str(kind),
                showlegend=not shown_in_legend,
            ))
            shown_in_legend = True
    return FigureInfo("events", len(frame))


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


def _counts(figure: go.Figure, frame: pd.DataFrame, lane_of: pd.Series, lane_index: dict[str, int],
            colors: dict[str, str]) -> FigureInfo:
    label, bins = _bin_of(frame)
    grouped = (frame.assign(_lane=lane_of.astype(str), _bin=bins)
               .groupby(["type", "_lane", "_bin"], sort=False)
               .agg(count=("id", "size"), title=("title", "first"))
               .reset_index())
    peak = max(1, int(grouped["count"].max()))
    half = pd.Timedelta(days=dict(_BINS)[label] / 2)
    for kind, group in grouped.groupby("type", sort=False):
        color = colors.get(str(kind), PALETTE[-1])
        hover = [
            f"<b>{n:,} {html.escape(str(kind))} event{'s' if n != 1 else ''}</b><br>{html.escape(label)} of "
            f"{html.escape(_bin_name(b, label))}<br>e.g. {html.escape(str(t)[:80])}<br>"
            "<i>narrow the dates or filters to see each event</i>"
            for n, b, t in zip(group["count"], group["_bin"], group["title"], strict=True)
        ]
        figure.add_trace(go.Scattergl(
            x=group["_bin"] + half, y=[lane_index[lane] for lane in group["_lane"]], mode="markers", name=str(kind),
            marker={"color": color, "size": 4 + 22 * (group["count"] / peak) ** 0.5, "opacity": 0.75},
            hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
        ))
    return FigureInfo("counts", len(frame), label)


def _layout(figure: go.Figure, lane_names: list[str], count: int) -> None:
    figure.update_layout(
        height=max(320, 90 + 46 * len(lane_names)),
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        hovermode="closest",
        hoverlabel={"align": "left", "bgcolor": "white", "font": {"size": 12}},
        legend={"orientation": "h", "y": -0.12, "x": 0},
        dragmode="zoom",
        plot_bgcolor="white",
    )
    figure.update_xaxes(
        type="date", showgrid=True, gridcolor="#eee", tickformat="%d %b %Y",
        rangeselector={"buttons": [
            {"count": 1, "label": "1 month", "step": "month", "stepmode": "backward"},
            {"count": 1, "label": "1 year", "step": "year", "stepmode": "backward"},
            {"count": 10, "label": "10 years", "step": "year", "stepmode": "backward"},
            {"step": "all", "label": "all"},
        ]},
    )
    figure.update_yaxes(tickvals=list(range(len(lane_names))), ticktext=[html.escape(n) for n in lane_names],
                        range=[-0.7, max(0.7, len(lane_names) - 0.3)], showgrid=False, zeroline=False,
                        fixedrange=True)
