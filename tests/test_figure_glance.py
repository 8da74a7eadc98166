"""The chart read at a glance (round 35's walk-through): a chart of many events stays about a screen tall (titles
shortened, then left to the hover), lanes say their type's count in its colour, and the colours stay apart for
colour-blind readers."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pandas as pd
import pytest

from timeline.figure import (
    DARK,
    FADED_CONTRAST,
    LIGHT,
    ROW_BUDGET,
    SHORT_LABEL_CHARS,
    blend,
    build_figure,
    contrast_ratio,
    label_chars,
    least_opacity,
    type_colors,
)
from timeline.timeline_data import events_frame

TYPES = ("attack", "security", "disaster", "politics", "diplomacy", "justice", "sports", "culture", "economy")
LONG = "The regional water board agreed to a second round of emergency repairs on the northern reservoir dam"


def event(i: int, start: date, kind: str, title: str, days: int = 0) -> dict[str, object]:
    return {
        "id": f"e{i}", "doc": f"d{i % 7}", "doc_title": f"Article {i % 7}", "start": start.isoformat(),
        "end": (start + timedelta(days=days)).isoformat(), "granularity": "day", "value": "", "approximate": False,
        "expression": "on Monday", "sentence": f"Sentence {i}.", "context": "", "title": f"{title} {i}",
        "type": kind, "rule": "r", "mentions": [], "sources": ["d"],
    }


def spread(n: int, every: int, kinds: tuple[str, ...], title: str, days: int = 0) -> list[dict[str, object]]:
    """n events one `every` days apart from 1 March 2021, the types taken in turn."""
    return [event(i, date(2021, 3, 1) + timedelta(days=i * every), kinds[i % len(kinds)], title, days)
            for i in range(n)]


def drawn_ids(figure: Any) -> list[str]:
    return sorted(str(i) for t in figure.data if t.customdata is not None and t.name != "chosen" for i in t.customdata)


def titles(figure: Any) -> list[str]:
    return [str(x).strip() for t in figure.data if t.name == "titles" for x in t.text]


# (what, events, longest title written on the chart: "full", "short" or "none")
CASES = [
    ("three events far apart keep their whole titles", spread(3, 200, ("politics",), LONG), "full"),
    ("twenty events a year apart in one lane keep them", spread(20, 365, ("economy",), LONG), "full"),
    ("ninety events a day apart in one lane: shorter titles", spread(90, 1, ("disaster",), LONG), "short"),
    ("three hundred events of nine types within weeks: marks only", spread(300, 0, TYPES, LONG, days=0), "none"),
    ("periods overlapping in every lane: marks only", spread(200, 1, TYPES, LONG, days=20), "none"),
]


@pytest.mark.parametrize("what, records, labels", CASES, ids=[c[0] for c in CASES])
def test_a_busy_chart_stays_about_a_screen_tall_and_draws_every_event(what: str, records: list[dict[str, object]],
                                                                      labels: str) -> None:
    frame = events_frame(records)
    figure, info = build_figure(frame)
    assert info.mode == "events"
    assert figure.layout.height <= 120 + 26 * ROW_BUDGET, what  # the date axis within a screen of the top
    assert drawn_ids(figure) == sorted(str(r["id"]) for r in records)  # nothing dropped: busy marks overlap instead
    written = titles(figure)
    longest = max((len(t) for t in written), default=0)
    if labels == "full":
        assert len(written) == len(records) and longest > SHORT_LABEL_CHARS, what
    elif labels == "short":
        assert len(written) == len(records) and SHORT_LABEL_CHARS < label_chars(760), what
        assert 0 < longest <= SHORT_LABEL_CHARS, what
    else:
        assert written == [], what


# (what, events, titles written, marks piled up)
KEY_CASES = [
    ("three events far apart: nothing to explain", spread(3, 200, ("politics",), LONG), "full", False),
    ("ninety events a day apart: shorter titles, still written", spread(90, 1, ("disaster",), LONG), "short", False),
    ("a hundred and twenty events three days apart in nine lanes: bare marks on rows of their own",
     spread(120, 3, TYPES, LONG), "none", False),
    ("three hundred events within weeks: bare marks that pile up", spread(300, 0, TYPES, LONG), "none", True),
]


@pytest.mark.parametrize("what, records, written, crowded", KEY_CASES, ids=[c[0] for c in KEY_CASES])
def test_a_busy_chart_says_why_it_has_no_titles_and_how_to_see_them(
        what: str, records: list[dict[str, object]], written: str, crowded: bool) -> None:
    """An analyst's build of some forty articles opens on bare, piled-up marks: a line says the titles were left
    out on purpose, that piled marks overlap, and which filters bring the titles back."""
    from timeline.figure import busy_text

    figure, info = build_figure(events_frame(records))
    assert (info.titles, info.crowded) == (written, crowded), what
    assert (written == "none") == (titles(figure) == []), what
    busy = busy_text(info)
    if written == "none":
        assert busy.startswith(f"Titles are left out so that these {len(records):,} events fit one screen"), what
        assert "choose event types, a document or dates to see the titles written" in busy, what
        assert ("marks in crowded lanes overlap" in busy) == crowded, what
    else:
        assert busy == "", what


def test_a_busy_lane_keeps_more_rows_than_a_quiet_one() -> None:
    """Where marks must overlap, the rows go to the lanes that need them: a lane of two events keeps them apart
    on rows of their own only as needed, and the busy lane takes the rest of the budget."""
    busy = spread(150, 0, ("disaster",), LONG)
    quiet = [event(900, date(2021, 3, 1), "sports", "Cup final"), event(901, date(2021, 3, 1), "sports", "Relay")]
    figure, _ = build_figure(events_frame(busy + quiet))
    ys: dict[str, set[float]] = {}
    for trace in figure.data:
        if trace.customdata is not None and trace.name in ("disaster", "sports"):
            ys.setdefault(trace.name, set()).update(float(y) for y in trace.y)
    assert len(ys["sports"]) == 2  # the two quiet events still on rows of their own
    assert len(ys["disaster"]) > 10


# (lanes, events as (type, document title), expected lane names once the markup is taken away)
LANE_CASES = [
    ("type", [("attack", "A"), ("attack", "A"), ("sports", "B")], ["■ attack 2", "■ sports 1"]),
    ("type", [("economy", "A")] * 1200 + [("health", "B")], ["■ economy 1,200", "■ health 1"]),
    ("document", [("attack", "Storm <b>hits</b>"), ("sports", "Storm <b>hits</b>"), ("sports", "Cup")],
     ["Cup 1", "Storm &lt;b&gt;hits&lt;/b&gt; 2"]),
    ("document", [("politics", "A very long article title that runs on and on")],
     ["A very long article tit… 1"]),
]


def plain(markup: str) -> str:
    """A lane name without its <span> tags (the text a reader sees, entities left as written)."""
    import re

    return re.sub(r"<[^>]+>", "", markup)


@pytest.mark.parametrize("lanes, rows, expected", LANE_CASES)
def test_lane_names_say_the_count_and_the_colour_of_their_type(lanes: str, rows: list[tuple[str, str]],
                                                                expected: list[str]) -> None:
    records = []
    for i, (kind, doc) in enumerate(rows):
        record = event(i, date(2020, 1, 1) + timedelta(days=i % 50), kind, "Something happened")
        record.update(doc=doc, doc_title=doc)
        records.append(record)
    figure, _ = build_figure(events_frame(records), lanes=lanes)
    names = list(figure.layout.yaxis.ticktext)
    assert [plain(n) for n in names] == expected
    if lanes == "type":  # the square is the colour of the type's marks
        colors = {t.name: t.marker.color for t in figure.data if t.customdata is not None}
        for name in names:
            kind = plain(name).split()[1]
            assert f'<span style="color:{colors[kind]}">■</span>' in name
    else:
        assert "■" not in "".join(names)  # documents have no colour of their own (marks are coloured by type)


def test_lanes_from_engine_bins_say_their_counts_too() -> None:
    from types import SimpleNamespace

    from timeline.figure import bins_figure

    bins = [SimpleNamespace(bin="2020-01-01", type="disaster", count=7000, title="Floods"),
            SimpleNamespace(bin="2021-01-01", type="disaster", count=5, title="Fire"),
            SimpleNamespace(bin="2021-01-01", type="justice", count=12, title="Trial")]
    figure, info = bins_figure(bins, "year", (date(2020, 1, 1), date(2021, 12, 31)))
    assert [plain(n) for n in figure.layout.yaxis.ticktext] == ["■ disaster 7,005", "■ justice 12"]
    assert info.shown == 7017


# colour vision deficiencies, simulated on linear RGB (Machado, Oliveira & Fernandes 2009, severity 1)
VISION = {
    "typical": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _linear(color: str) -> list[float]:
    values = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in values]


def _lab(color: str, vision: str) -> tuple[float, float, float]:
    """CIELAB (D65) of a colour as a reader with this vision sees it."""
    linear = [min(1.0, max(0.0, sum(m * v for m, v in zip(row, _linear(color), strict=True))))
              for row in VISION[vision]]
    r, g, b = linear
    x, y, z = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (
        0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("vision", list(VISION))
def test_type_colours_stay_apart_for_colour_blind_readers(vision: str) -> None:
    import itertools
    import math

    from timeline.figure import DEFAULT_TYPE_ORDER, type_colors

    colors = type_colors(list(DEFAULT_TYPE_ORDER))
    assert len(set(colors.values())) == len(DEFAULT_TYPE_ORDER)
    closest = min((math.dist(_lab(colors[a], vision), _lab(colors[b], vision)), a, b)
                  for a, b in itertools.combinations(DEFAULT_TYPE_ORDER, 2))
    assert closest[0] >= 10, closest


@pytest.mark.parametrize("dark", [False, True])
def test_type_colours_stand_out_from_the_page_and_its_lane_bands(dark: bool) -> None:
    from timeline.figure import DARK, DEFAULT_TYPE_ORDER, LIGHT, type_colors

    theme = DARK if dark else LIGHT
    for kind, color in type_colors(list(DEFAULT_TYPE_ORDER)).items():
        assert min(contrast_ratio(color, theme.background), contrast_ratio(color, theme.band)) >= 2.1, (kind, color)


# (events, publication dates, side of the date axis)
AXIS_CASES = [
    (spread(3, 30, ("politics",), "Short"), [date(2021, 3, 2)], "bottom"),  # a chart seen whole: dates below
    (spread(200, 1, TYPES, LONG, days=20), [date(2021, 3, 2)], "top"),  # taller than a laptop shows: dates first
]


@pytest.mark.parametrize("records, published, side", AXIS_CASES)
def test_a_tall_chart_writes_its_dates_at_the_top(records: list[dict[str, object]], published: list[date],
                                                  side: str) -> None:
    from timeline.figure import TOP_AXIS_HEIGHT

    figure, _ = build_figure(events_frame(records), published=published)
    assert figure.layout.xaxis.side == side
    assert (figure.layout.height > TOP_AXIS_HEIGHT) == (side == "top")
    # the publication labels stand above the dates, not on them
    shifts = {a.yshift or 0 for a in figure.layout.annotations if str(a.text).startswith("published")}
    assert shifts == ({34} if side == "top" else {0})


# ---- review: a fading or approximate bar stays visible at its palest, in any type's colour on either page ----------

def _palest(figure: Any, event_id: str) -> float:
    return min(float(o) for t in figure.data if t.type == "bar"
               for o, c in zip(t.marker.opacity, t.customdata, strict=True) if c == event_id)


def _bar(kind: str, expression: str, granularity: str = "open", approximate: bool = False) -> dict[str, object]:
    row = event(1, date(2016, 6, 1), kind, "The curfew has held", days=2900)
    row.update(granularity=granularity, expression=expression, approximate=approximate,
               sentence=f"The curfew has held {expression}, officials in the port town said.")
    return row


# WCAG's contrast ratio (the figure's own colours and the tests above are measured with it): the published extremes
# and a mid grey (#777777 on white is 4.48:1, just short of AA's 4.5)
@pytest.mark.parametrize(("first", "second", "ratio"), [
    ("#000000", "#ffffff", 21.0), ("#ffffff", "#000000", 21.0), ("#3366cc", "#3366cc", 1.0),
    ("#777777", "#ffffff", 4.48)])
def test_the_contrast_ratio_is_wcags(first: str, second: str, ratio: float) -> None:
    assert contrast_ratio(first, second) == pytest.approx(ratio, abs=0.005)


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("kind", TYPES + ("health",))
@pytest.mark.parametrize("expression,granularity,approximate", [
    ("since June 2016", "open", False),             # fades towards its open end
    ("for about eight years", "day", True),         # an approximate period: pale all along
])
def test_a_bar_at_its_palest_keeps_contrast_with_the_page(kind: str, dark: bool, expression: str, granularity: str,
                                                          approximate: bool) -> None:
    figure, _ = build_figure(events_frame([_bar(kind, expression, granularity, approximate)]), dark=dark)
    theme = DARK if dark else LIGHT
    color = type_colors([kind])[kind]
    palest = _palest(figure, "e1")
    assert contrast_ratio(blend(color, theme.background, palest), theme.background) >= FADED_CONTRAST, (kind, palest)


@pytest.mark.parametrize("color,background,floor,expected", [
    ("#CC3311", "#ffffff", 0.35, 0.35),  # a deep red, pale (an approximate date) on white, is left as it is
    ("#77AADD", "#ffffff", 0.1, None),  # sky blue on white is raised above it
    ("#EE8866", "#ffffff", 0.1, None),  # so is salmon
    ("#CC3311", "#0e1117", 0.3, None),  # a deep red on the dark page too
    ("#77AADD", "#0e1117", 0.3, 0.3),   # a light colour on the dark page already stands out
    ("rgb(1,2,3)", "#ffffff", 0.1, 0.1),  # a colour it cannot read is left at the floor
])
def test_least_opacity_raises_only_colours_that_would_vanish(color: str, background: str, floor: float,
                                                             expected: float | None) -> None:
    opacity = least_opacity(color, background, floor)
    if expected is not None:
        assert opacity == expected
    else:
        assert floor < opacity <= 0.8
        assert contrast_ratio(blend(color, background, opacity), background) >= FADED_CONTRAST
        assert contrast_ratio(blend(color, background, round(opacity - 0.01, 2)), background) < FADED_CONTRAST


# ---- review: a lane's number counts all its events; the key says how many open out of sight ------------------------

def _recent(n: int) -> list[dict[str, object]]:
    """n politics and sports events a month apart from May 2022."""
    return [event(i, date(2022, 5, 2) + timedelta(days=31 * i), ("politics", "sports")[i % 2], "The council met")
            for i in range(n)]


def _outside(records: list[dict[str, object]], figure: Any) -> set[str]:
    """The ids of the events that lie wholly outside the range the chart opens on."""
    low, high = (pd.Timestamp(x) for x in figure.layout.xaxis.range)
    return {str(r["id"]) for r in records
            if pd.Timestamp(str(r["end"])) + pd.Timedelta(days=1) <= low or pd.Timestamp(str(r["start"])) > high}


@pytest.mark.parametrize("recent,extra,hidden", [
    # a stadium's opening decades ago: the chart opens on the recent months, the sports lane counts it
    (12, [event(90, date(1971, 9, 14), "sports", "The stadium first opened")], {"e90"}),
    # two such
    (12, [event(90, date(1971, 9, 14), "sports", "The stadium first opened"),
          event(91, date(1968, 4, 2), "politics", "The council was founded")], {"e90", "e91"}),
    # look-alike: an open-ended bar that starts decades ago but runs into the view is seen (its faded end)
    (12, [{**event(90, date(1971, 9, 14), "sports", "The league has been played", days=18800),
           "granularity": "open", "expression": "since 1971"}], set()),
    # look-alike: three events, all in view
    (3, [], set()),
])
def test_the_key_says_how_many_events_open_outside_the_view(recent: int, extra: list[dict[str, object]],
                                                            hidden: set[str]) -> None:
    from timeline.figure import key_text

    records = _recent(recent) + extra
    figure, info = build_figure(events_frame(records))
    outside = _outside(records, figure)
    assert hidden <= outside and not ({str(r["id"]) for r in extra} - hidden) & outside
    assert info.outside == len(outside)
    key = key_text(info)
    if outside:
        plural = "" if len(outside) == 1 else "s"
        assert key.endswith(f" Lane numbers include {len(outside)} event{plural} outside this view.")
    else:
        assert "outside" not in key


VIEW = (pd.Timestamp(2022, 5, 1), pd.Timestamp(2022, 7, 1))  # two months: a day is about 15 px
EDGE_CASES = [
    ("a day five days before the view: its long title would start off the chart, so it is not written",
     event(1, date(2022, 4, 26), "sports", "The cycling federation moved its spring classic to a later date"),
     False),
    ("a week-long period ending just before the view: likewise",
     event(2, date(2022, 4, 20), "health", "Clinics in the valley stayed open late through the heat", days=6), False),
    ("a day on the view's first day: written whole, after its mark", event(3, date(2022, 5, 2), "sports",
                                                                        "The cycling federation met"), True),
    ("a day in the middle of the view", event(4, date(2022, 6, 1), "health", "Clinics extended hours"), True),
    ("a period that began before the view and runs into it: its title is after its end, in view",
     event(5, date(2022, 4, 1), "culture", "The harbour festival ran for weeks", days=45), True),
]


@pytest.mark.parametrize("what, record, written", EDGE_CASES, ids=[c[0] for c in EDGE_CASES])
def test_no_title_is_cut_at_the_left_edge_of_the_chart(what: str, record: dict[str, object], written: bool) -> None:
    """Titles are written after their marks; an event just before the view had its title cut by the chart's left
    edge ("…ing federation moved its spring…" reads as garbage). Such a title is left out (its mark is out of sight
    too; hover shows it on a pan), while the titles of events in view are all written."""
    others = [event(10, date(2022, 6, 20), "economy", "Fuel prices"), event(11, date(2022, 5, 20), "justice",
                                                                          "The court sat")]
    figure, _ = build_figure(events_frame([record, *others]), view=VIEW)
    shown = " | ".join(titles(figure))
    assert (str(record["title"])[:20] in shown) == written, (what, shown)  # titles are cut short with "…"
    assert "Fuel prices 10" in shown and "The court sat 11" in shown, what
