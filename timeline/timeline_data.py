"""The dashboard's data layer: load a build (events.json, documents.json) into a table and filter it.

Filters are declared once in FILTERS (datasette style): each knows how to narrow the table; the dashboard only
collects their values. The dashboard reaches the data only through the functions of the "data access" section
(load_store, load_build, store_revision, filtered_events, type_counts, date_bounds, published_dates), so another
backend can stand behind them. Dates are written at their granularity ("2015", "March 2024", "since 2015") by
when_text and when_iso. Nothing here imports Streamlit.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
from pandas.api.types import infer_dtype

from timeline.search import text_mask

REQUIRED_KEYS = ("id", "doc", "start", "end", "type", "title", "sentence")
COLUMNS = [
    "id", "doc", "doc_title", "start", "end", "granularity", "value", "approximate", "expression", "sentence",
    "context", "title", "type", "rule", "mentions", "sources", "second_type", "confidence", "corrected",
    "original_type", "original_title",
]


class TimelineDataError(ValueError):
    """A build folder that cannot be shown; the message says which file and why, in one line."""


@dataclass(frozen=True)
class Build:
    """A loaded build: the events as a table (one row an event) and the documents."""

    events: pd.DataFrame
    documents: tuple[dict[str, Any], ...]


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise TimelineDataError(f"{path}: not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TimelineDataError(f"{path}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise TimelineDataError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None


def events_frame(records: Sequence[dict[str, Any]], source: str = "events") -> pd.DataFrame:
    """A table of events from their JSON objects, with dates parsed; a malformed event is named in the error."""
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise TimelineDataError(f"{source}: event {index} is not an object")
        missing = [k for k in REQUIRED_KEYS if k not in record]
        if missing:
            raise TimelineDataError(f"{source}: event {index} has no {', '.join(missing)}")
    # plain Python objects, not Arrow strings: several times faster to build for 100,000 events, and cheap to
    # iterate when the figure is made
    frame = pd.DataFrame(list(records), columns=COLUMNS, dtype=object)
    try:
        frame["start"] = pd.to_datetime(frame["start"], format="%Y-%m-%d")
        frame["end"] = pd.to_datetime(frame["end"], format="%Y-%m-%d")
    except (ValueError, TypeError) as exc:
        raise TimelineDataError(f"{source}: a start or end is not a YYYY-MM-DD date ({exc})") from None
    frame["approximate"] = frame["approximate"].fillna(False).astype(bool)
    frame["corrected"] = frame["corrected"].fillna(False).astype(bool)  # set by the user (timeline.corrections)
    for name in ("doc_title", "expression", "context", "granularity", "value", "rule", "title", "sentence", "type",
                 "doc", "id", "original_type", "original_title"):
        column = frame[name]
        if infer_dtype(column, skipna=False) != "string":  # a C-speed check; the slow repair only when needed
            frame[name] = pd.Series([v if isinstance(v, str) else ("" if v is None or v != v else str(v))
                                     for v in column], index=frame.index, dtype=object)
    for name in ("mentions", "sources"):
        missing = frame[name].isna()
        if missing.any():
            frame.loc[missing, name] = pd.Series([[] for _ in range(int(missing.sum()))],
                                                 index=frame.index[missing], dtype=object)
    return frame.sort_values(["start", "end"], kind="stable").reset_index(drop=True)


def load_build(folder: str | Path) -> Build:
    """Read DIR/events.json and DIR/documents.json as written by `python -m timeline build`."""
    folder = Path(folder)
    if not folder.is_dir():
        raise TimelineDataError(f"{folder}: no such folder (build one with: python -m timeline build ARTICLES --out "
                                f"{folder})")
    events = _read_json(folder / "events.json")
    if not isinstance(events, list):
        raise TimelineDataError(f"{folder / 'events.json'}: expected a JSON array of events")
    documents_path = folder / "documents.json"
    documents = _read_json(documents_path) if documents_path.exists() else []
    if not isinstance(documents, list):
        raise TimelineDataError(f"{documents_path}: expected a JSON array of documents")
    return Build(events_frame(events, str(folder / "events.json")), tuple(d for d in documents if isinstance(d, dict)))


def load_store(path: str | Path) -> Build:
    """Everything in the corpus store (see timeline.store), as a Build."""
    from timeline.store import Store, StoreError

    try:
        with Store(path) as store:
            return Build(events_frame(store.event_dicts(), str(path)), tuple(store.documents()))
    except StoreError as exc:
        raise TimelineDataError(str(exc)) from None


def store_revision(path: str | Path) -> int:
    """The store's revision number (changes with every addition or removal); -1 if it cannot be read."""
    from timeline.store import Store, StoreError

    try:
        with Store(path) as store:
            return store.revision()
    except StoreError:
        return -1


# ---- filters ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """What the reader asked to see. Empty or None means: no restriction."""

    types: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    documents: tuple[str, ...] = ()
    text: str = ""
    include_approximate: bool = True

    def chosen_documents(self) -> list[str]:
        """The documents chosen, without NO_DOCUMENT (what a document text filter that matched none stands for)."""
        return [d for d in self.documents if d != NO_DOCUMENT]


# the one document id a document text filter that matched no document narrows to: no event has it
NO_DOCUMENT = "\x00none"


@dataclass(frozen=True)
class Filter:
    """One declared filter: whether it is set, and how it narrows the table (a boolean mask)."""

    name: str
    is_set: Callable[[Filters], bool]
    mask: Callable[[pd.DataFrame, Filters], pd.Series]


def _text_mask(frame: pd.DataFrame, f: Filters) -> pd.Series:
    # the words of the search in the title, sentence or context (the context often names what the dated sentence
    # only alludes to); the rule is timeline.search's, shared with the query backends
    return text_mask(frame, f.text)


FILTERS: tuple[Filter, ...] = (
    Filter("type", lambda f: bool(f.types), lambda df, f: df["type"].isin(f.types)),
    # an event is kept when its interval overlaps the chosen range
    Filter("from", lambda f: f.date_from is not None, lambda df, f: df["end"] >= pd.Timestamp(f.date_from)),
    Filter("to", lambda f: f.date_to is not None, lambda df, f: df["start"] <= pd.Timestamp(f.date_to)),
    Filter("document", lambda f: bool(f.documents), lambda df, f: df["doc"].isin(f.documents)),
    Filter("text", lambda f: bool(f.text.strip()), _text_mask),
    Filter("approximate", lambda f: not f.include_approximate, lambda df, f: ~df["approximate"]),
)


def apply_filters(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The events that pass every filter that is set."""
    mask = pd.Series(True, index=frame.index)
    for item in FILTERS:
        if item.is_set(filters):
            mask &= item.mask(frame, filters)
    return frame[mask]


def filtered_events(build: Build, filters: Filters) -> pd.DataFrame:
    """The events of a build that the filters let through (the one query the page makes per rerun)."""
    return apply_filters(build.events, filters)


def published_dates(build: Build) -> list[date]:
    """The distinct publication dates of the build's documents, oldest first."""
    days: set[date] = set()
    for doc in build.documents:
        try:
            days.add(date.fromisoformat(str(doc.get("published") or "")))
        except ValueError:
            continue
    return sorted(days)


def type_counts(frame: pd.DataFrame) -> dict[str, int]:
    """Events per type, most first (for the type filter's labels)."""
    counts = frame["type"].value_counts()
    return {str(k): int(v) for k, v in counts.items()}


def date_bounds(frame: pd.DataFrame) -> tuple[date, date] | None:
    """The first start and the last end, or None for no events."""
    if frame.empty:
        return None
    return frame["start"].min().date(), frame["end"].max().date()


@dataclass(frozen=True)
class Detail:
    """What the details panel shows for one event: the sentence in three parts around the date expression."""

    before: str
    expression: str
    after: str
    context: str
    mentions: tuple[dict[str, Any], ...] = field(default_factory=tuple)


def event_detail(row: Mapping[str, Any]) -> Detail:
    """Split the sentence around the first mention's expression (falling back to a plain search)."""
    sentence = str(row["sentence"])
    mentions = tuple(m for m in (row.get("mentions") or ()) if isinstance(m, dict))
    expression = str(row["expression"])
    at = -1
    first = mentions[0] if mentions else None
    if first and first.get("sentence") == sentence:
        at = int(first.get("char_start", 0)) - int(first.get("sentence_start", 0))
        if sentence[at : at + len(expression)] != expression:
            at = -1
    if at < 0:
        at = sentence.find(expression) if expression else -1
    if at < 0:
        return Detail(sentence, "", "", str(row["context"]), mentions)
    return Detail(sentence[:at], expression, sentence[at + len(expression) :], str(row["context"]), mentions)


def selected_event(frame: pd.DataFrame, event_id: str | None) -> pd.Series | None:
    """The chosen event's row if it is among the shown events, else None: a choice follows the event's id, never a
    row number, and clears itself when the event is filtered out."""
    if not event_id:
        return None
    hits = frame.index[frame["id"] == event_id]
    return frame.loc[hits[0]] if len(hits) else None


# ---- dates at their granularity -------------------------------------------------------------------------------

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


def format_day(day: date) -> str:
    """22 Mar 2024."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_interval(start: date, end: date, granularity: str = "") -> str:
    """A reader's form of an interval: "22 Mar 2024", "March 2024", "2015", "1990s", "26 Jul – 11 Aug 2024"."""
    if start == end:
        return format_day(start)
    last_of_month = (end + timedelta(days=1)).day == 1
    if granularity == "month" or (start.day == 1 and last_of_month and start.year == end.year
                                  and start.month == end.month):
        return f"{MONTH_NAMES[start.month - 1]} {start.year}"
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


def _format_at(day: date, granularity: str) -> str:
    """One date written no finer than its granularity: "2015", "March 2023", "Q1 2024", "1990s", "22 Mar 2024"."""
    if granularity == "year":
        return str(day.year)
    if granularity == "decade":
        return f"{day.year // 10 * 10}s"
    if granularity == "century":
        return f"{day.year // 100 * 100}s"
    if granularity == "quarter":
        return f"Q{(day.month - 1) // 3 + 1} {day.year}"
    if granularity in ("month", "season", "half"):
        return f"{MONTH_NAMES[day.month - 1]} {day.year}"
    return format_day(day)


def _iso_at(day: date, granularity: str) -> str:
    """One date in ISO 8601 at its granularity ("2015", "2024-03", "199" for the 1990s); sorts as dates do."""
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    if granularity == "century":
        return f"{day.year // 100:02d}"
    if granularity in ("month", "quarter", "season", "half"):
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def open_side(row: Mapping[str, Any]) -> str:
    """ "since" or "until" when the event is an interval open on one side ("since 2015" runs to the publication
    date), read from the word before its expression; "" for any other event."""
    if str(row["granularity"]) != "open" or row["start"] == row["end"]:
        return ""
    before = event_detail(row).before.rstrip().lower()
    last = before.rsplit(None, 1)[-1] if before else ""
    from timeline.events import SIGNALS

    if last in SIGNALS["since"]:
        return "since"
    if last in SIGNALS["until"]:
        return "until"
    return ""


@lru_cache(maxsize=4096)
def _expression_granularity(expression: str, anchor: date) -> str:
    """The granularity of the date written in `expression` ("2015" is a year, "March 2023" a month)."""
    from timeline.tagger import tag

    for timex in tag(expression, anchor):
        if timex.granularity is not None:
            return timex.granularity.value
    return "day"


def _event_dates(row: Mapping[str, Any]) -> tuple[date, date, str, str]:
    """start, end, the side that is open ("since"/"until"/"") and the granularity of the written end."""
    start, end = row["start"].date(), row["end"].date()
    side = open_side(row)
    if not side:
        return start, end, "", str(row["granularity"])
    anchor = end if side == "since" else start
    return start, end, side, _expression_granularity(str(row["expression"]), anchor)


def when_text(row: Mapping[str, Any]) -> str:
    """The event's date as a reader writes it, no finer than the text: "2015", "March 2024", "since 2015"."""
    start, end, side, granularity = _event_dates(row)
    if side == "since":
        return f"since {_format_at(start, granularity)}"
    if side == "until":
        return f"until {_format_at(end, granularity)}"
    if granularity in ("year", "month", "quarter", "decade", "century") and start != end:
        single = _format_at(start, granularity)
        if single == _format_at(end, granularity):
            return single
    return format_interval(start, end, granularity)


def when_iso(row: Mapping[str, Any]) -> str:
    """The event's date in ISO 8601 at its granularity ("2015", "2024-03", "2015/2024-03-28"): text that sorts in
    date order, for the table and the CSV."""
    start, end, side, granularity = _event_dates(row)
    if side == "since":
        return f"{_iso_at(start, granularity)}/{end.isoformat()}"
    if side == "until":
        return f"{start.isoformat()}/{_iso_at(end, granularity)}"
    if start == end:
        return start.isoformat()
    first, last = _iso_at(start, granularity), _iso_at(end, granularity)
    if first == last:
        return first
    return f"{start.isoformat()}/{end.isoformat()}"


def table_dates(records: Sequence[Mapping[str, Any]], phone: bool = False) -> dict[str, list[str]]:
    """The events table's date columns: "date" (ISO 8601, sorts by date) and "when" (as a reader writes it); on a
    phone only "when", the one a reader reads ("26 Jul – 11 Aug 2024"), so the narrow table keeps its width for
    the title and the sentence."""
    when = [when_text(row) for row in records]
    return {"when": when} if phone else {"date": [when_iso(row) for row in records], "when": when}


# ---- the default view ----------------------------------------------------------------------------------------

CORE_SHARE = 0.8  # the default view holds the shortest span with this share of the events
MIN_VIEW_DAYS = 14  # one day is shown with a week either side, never a few milliseconds


def default_view(frame: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp]:
    """Where the chart opens: the shortest span holding most events (intervals open on one side, such as "since
    2015", left out so they do not stretch it), with some context either side."""
    if frame.empty:
        today = pd.Timestamp(2000, 1, 1)
        return today, today + pd.Timedelta(days=MIN_VIEW_DAYS)
    closed = frame
    if len(frame) <= 2000:  # reading the sentences is cheap for what can be drawn event by event
        open_ended = pd.Series([bool(open_side(row)) for row in frame.to_dict(orient="records")], index=frame.index,
                               dtype=bool)
        if not open_ended.all():
            closed = frame[~open_ended]
    order = closed.sort_values("start", kind="stable")
    starts = order["start"].to_numpy()
    ends = (order["end"] + pd.Timedelta(days=1)).to_numpy()
    count = len(order)
    keep = count if count <= 3 else max(1, math.ceil(CORE_SHARE * count))
    spans = starts[keep - 1 :] - starts[: count - keep + 1]
    first = int(spans.argmin())
    low = pd.Timestamp(starts[first])
    high = pd.Timestamp(ends[first : first + keep].max())
    span = high - low
    pad = max(span * 0.06, pd.Timedelta(days=2))
    low, high = low - pad, high + pad
    if high - low < pd.Timedelta(days=MIN_VIEW_DAYS):
        middle = low + (high - low) / 2
        low, high = middle - pd.Timedelta(days=MIN_VIEW_DAYS / 2), middle + pd.Timedelta(days=MIN_VIEW_DAYS / 2)
    return low, high


# ---- the date filter's first range ---------------------------------------------------------------------------------

OUTLIER_IQRS = 3.0  # Tukey's "far out" fence: this many interquartile ranges beyond the quartiles of the starts
OUTLIER_FLOOR_DAYS = 3653  # never nearer than ten years: events a few years apart are one story, never outliers


def _weighted_quantile(points: Sequence[tuple[date, int]], share: float) -> date:
    """The day below which `share` of the counted starts lie (points sorted by day)."""
    total = sum(n for _, n in points)
    wanted = share * total
    seen = 0
    for day, n in points:
        seen += n
        if seen >= wanted:
            return day
    return points[-1][0]


def default_dates(starts: Sequence[tuple[date, int]], bounds: tuple[date, date] | None,
                  step_days: int = 1) -> tuple[date, date] | None:
    """The date filter's first range: every event's dates (`bounds`), except that starts far from where the events
    are (a historical year named in passing, "1767", or a target decades ahead) are left outside, so that the
    filter and the chart open on the story instead of on centuries of empty axis. A start is far when it lies more
    than OUTLIER_IQRS interquartile ranges (at least OUTLIER_FLOOR_DAYS) before the first quartile or after the
    third of all starts. The outliers stay reachable: the filter's own limits are not narrowed.

    `starts`: (start day, how many events start then), e.g. one per event or one per time bin of `step_days`
    (the last kept bin then counts to its end). None for no events."""
    if bounds is None or not starts:
        return bounds
    points = sorted((d, n) for d, n in starts if n > 0)
    if not points:
        return bounds
    q1, q3 = _weighted_quantile(points, 0.25), _weighted_quantile(points, 0.75)
    reach = max(timedelta(days=OUTLIER_FLOOR_DAYS), (q3 - q1) * OUTLIER_IQRS)
    low_fence = q1 - reach if q1.toordinal() - reach.days >= 1 else date.min
    high_fence = q3 + reach if q3.toordinal() + reach.days <= date.max.toordinal() else date.max
    kept = [d for d, _ in points if low_fence <= d <= high_fence]
    low = max(bounds[0], kept[0]) if kept[0] > points[0][0] else bounds[0]
    if kept[-1] == points[-1][0]:
        high = bounds[1]
    else:
        last = kept[-1].toordinal() + step_days - 1
        high = min(bounds[1], date.fromordinal(min(last, date.max.toordinal())))
    return low, high


def start_counts(frame: pd.DataFrame) -> list[tuple[date, int]]:
    """How many events start on each day (for default_dates)."""
    if frame.empty:
        return []
    counts = frame["start"].dt.normalize().value_counts()
    return [(pd.Timestamp(d).date(), int(n)) for d, n in counts.items()]


def outside_dates(frame: pd.DataFrame, dates: tuple[date, date]) -> pd.Series:
    """Which events lie wholly outside the dates (end before the first day, or start after the last)."""
    return (frame["end"] < pd.Timestamp(dates[0])) | (frame["start"] > pd.Timestamp(dates[1]))


def dates_note(bounds: tuple[date, date] | None, default: tuple[date, date] | None, outside: int) -> str:
    """Under the date filter, why it opens on less than every event's dates (empty when it does not): how many
    events lie outside and how far, so that a reader knows they are there and how to reach them."""
    if bounds is None or default is None or default == bounds or outside <= 0:
        return ""
    reach = []
    if bounds[0] < default[0]:
        reach.append(f"back to {bounds[0].isoformat()}")
    if bounds[1] > default[1]:
        reach.append(f"up to {bounds[1].isoformat()}")
    return (f"Opens on the dates where most events are: {outside:,} event{'' if outside == 1 else 's'} far from "
            f"them ({' and '.join(reach)}) {'is' if outside == 1 else 'are'} outside. Widen the dates to see "
            f"{'it' if outside == 1 else 'them'}.")


def filters_text(filters: Filters, default_dates: tuple[date, date] | None, titles: Mapping[str, str],
                 document_text: str = "") -> str:
    """The filters that narrow the page, in a reader's words ("type attack · search “police”"); empty if none.
    `default_dates`: the date filter's first range (dates equal to it are not called a narrowing); `titles`: each
    document's title by its id; `document_text`: what was typed in the document text filter (a page of many
    documents filters them by text, and `filters.documents` then holds what it matched)."""
    parts = []
    if filters.types:
        parts.append(f"type {', '.join(filters.types)}")
    if filters.date_from and filters.date_to and (filters.date_from, filters.date_to) != default_dates:
        parts.append(f"dates {filters.date_from.isoformat()} – {filters.date_to.isoformat()}")
    documents = filters.chosen_documents()
    wanted = document_text.strip()
    if filters.documents and wanted:
        parts.append(f"document “{wanted}”")
    elif documents:
        names = [titles.get(d, d) for d in documents[:2]]
        parts.append("document " + ", ".join(names) + (f" and {len(documents) - 2} more" if len(documents) > 2 else ""))
    if filters.text.strip():
        parts.append(f"search “{filters.text.strip()}”")
    if not filters.include_approximate:
        parts.append("approximate dates hidden")
    return " · ".join(parts)


PASSING_SHARE = 0.25  # an article with more than this share of its events left outside is taken in whole


def opening_dates(frame: pd.DataFrame) -> tuple[date, date] | None:
    """The date filter's first range over a table of events: default_dates, widened again to take in every
    document more than PASSING_SHARE of whose events would be left outside: one whose events all lie there (an
    article about the 1910 flood, just added to a timeline of 2024: the reader looks for it), and one whose past is
    half its story (an anniversary piece, four events of 1954 and six of this year, among many articles of this
    year: the outlier fence, drawn over every article's events, takes its past for passing mentions). What is left
    out is then always a passing mention within an article most of whose other events are shown."""
    bounds = date_bounds(frame)
    opening = default_dates(start_counts(frame), bounds)
    if opening is None or opening == bounds:
        return opening
    low, high = opening
    share = outside_dates(frame, opening).groupby(frame["doc"]).mean()
    whole = frame[frame["doc"].isin(share[share > PASSING_SHARE].index)]
    if whole.empty:
        return opening
    return min(low, whole["start"].min().date()), max(high, whole["end"].max().date())
