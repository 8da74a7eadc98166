"""The timeline dashboard: `streamlit run dashboard.py`. Lays out widgets; all data work is in timeline/."""

from __future__ import annotations

import hashlib
import html
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import streamlit as st

st.set_page_config(page_title="timeline", page_icon="🗓️", layout="wide")
st.title("Timeline", anchor=False)


# a store with more events than this is asked (StoreSource) instead of read whole; a Parquet build always is
QUERY_THRESHOLD = int(os.environ.get("TIMELINE_QUERY_THRESHOLD", "50000"))


def count_store_events(path: str) -> int:
    """How many events the store holds (0 if it cannot be read): a count over its table, some milliseconds for a
    million events, so it is asked on every run instead of cached (an article added in a callback counts at once)."""
    import sqlite3

    try:
        conn = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)  # escaped: '#', '?', '%
        try:
            return int(conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def query_places() -> tuple[DeltaGenerator, DeltaGenerator, DeltaGenerator] | None:
    """Over a Parquet build or a store too large to be read whole, the places of the caption and of the chart, made
    before anything else is imported or asked, and a stand-in at the top of the chart's place. On a session's first
    run an empty chart is the stand-in: the browser then fetches and starts Plotly.js (a 4.7 MB script, over a second
    of a browser's time) while pandas is imported and the counts and bins are asked, instead of after (the first
    chart of a fresh server comes about 1 s sooner). The places are the same on every run, so a rerun updates the
    chart instead of drawing it anew."""
    folder = os.environ.get("TIMELINE_DATA")
    if folder and not (Path(folder) / "events.parquet").is_dir():
        return None  # a JSON build is read whole: its page draws in order
    if not folder:
        from timeline.store import default_path

        if count_store_events(str(default_path())) <= QUERY_THRESHOLD:
            return None  # a store read whole, likewise
    head, chart = st.container(), st.container()
    stand_in = chart.empty()
    if not st.session_state.get("chart_started"):
        st.session_state["chart_started"] = True
        stand_in.plotly_chart({"data": [{"type": "scatter", "x": [], "y": []}],
                               "layout": {"height": 360, "xaxis": {"visible": False}, "yaxis": {"visible": False}}},
                              config={"staticPlot": True, "displayModeBar": False}, theme=None)
    return head, chart, stand_in


PLACES = query_places()

# the imports below come after the page's first elements on purpose (see query_places): pandas alone takes 0.4 s
import pandas as pd  # noqa: E402
import plotly.graph_objects as go  # noqa: E402

from timeline.exports import to_csv, to_json, to_timelinejs_bytes  # noqa: E402
from timeline.figure import (  # noqa: E402
    ASSUMED_PLOT_PX,
    DETAIL_LIMIT,
    PHONE_PLOT_PX,
    FigureInfo,
    bins_figure,
    build_figure,
    busy_text,
    is_phone,
    key_text,
    type_colors,
)
from timeline.query import (  # noqa: E402
    SORTS,
    UNITS,
    EventSource,
    ParquetSource,
    StoreSource,
    document_count,
    find_documents,
    published_days,
)
from timeline.timeline_data import (  # noqa: E402
    NO_DOCUMENT,
    Build,
    Filters,
    TimelineDataError,
    apply_filters,
    date_bounds,
    dates_note,
    default_dates,
    event_detail,
    events_frame,
    filtered_events,
    filters_text,
    load_build,
    load_store,
    opening_dates,
    outside_dates,
    published_dates,
    selected_event,
    store_revision,
    table_dates,
    type_counts,
    when_text,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from streamlit.delta_generator import DeltaGenerator

    from timeline import ingest
    from timeline.taxonomy import Taxonomy

# The store, the article intake, corrections and the event types are imported where they are used: they bring the
# tagger and the typer, which a fresh server's first page over a Parquet build (read only) never needs.

ROOT = Path(__file__).resolve().parent
TABLE_LIMIT = 500
EXPORT_LIMIT = 100_000  # a download writes at most this many of the filtered events
DOCUMENT_PICK_LIMIT = 3000  # up to this many documents the document filter is a list, above it a text filter


def data_folder() -> Path | None:
    """A build folder to show read-only ($TIMELINE_DATA), or None to show the store."""
    folder = os.environ.get("TIMELINE_DATA")
    return Path(folder) if folder else None


def _stamp(folder: Path) -> tuple[float, ...]:
    return tuple((folder / name).stat().st_mtime if (folder / name).exists() else 0.0
                 for name in ("events.json", "documents.json"))


# cache_resource, not cache_data: the table is shared as it is (nothing changes it), where cache_data would copy
# 100,000 rows on every rerun (0.4 s a filter change)
@st.cache_resource(show_spinner="Loading the timeline…", max_entries=4)
def cached_build(folder: str, stamp: tuple[float, ...]) -> Build:
    """The build, read once per change of its files."""
    return load_build(folder)


@st.cache_resource(show_spinner="Loading the timeline…", max_entries=4)
def cached_store(path: str, revision: int) -> Build:
    """Everything in the store, read once per revision."""
    return load_store(path)


def _parquet_stamp(folder: Path) -> tuple[float, ...]:
    return tuple(max((p.stat().st_mtime for p in (folder / name).glob("*.parquet")), default=0.0)
                 for name in ("events.parquet", "documents.parquet"))


def is_parquet(folder: Path) -> bool:
    return (folder / "events.parquet").is_dir()


@st.cache_resource(show_spinner="Opening the timeline…", max_entries=2)
def cached_parquet(folder: str, stamp: tuple[float, ...]) -> ParquetSource:
    """The Parquet build, opened once per change of its files (one DuckDB connection, shared)."""
    return ParquetSource(folder, threads=os.cpu_count() or 1)


@st.cache_resource(show_spinner="Opening the timeline…", max_entries=2)
def cached_store_source(path: str, revision: int) -> StoreSource:
    """The store, asked by SQL; opened again when its revision changes (an article added, a correction saved)."""
    return StoreSource(path)



@st.cache_resource(show_spinner=False, max_entries=4)
def page_taxonomy(path: str) -> Taxonomy:
    """The event types of this page: the file $TIMELINE_TAXONOMY names (`timeline dashboard --taxonomy FILE`), else
    the built-in ones. Articles added here are typed with it, and a correction may choose any of its types."""
    from timeline.taxonomy import default_taxonomy, load_taxonomy

    return load_taxonomy(path) if path else default_taxonomy()


MAX_UPLOAD_MB = 5  # the size limit of one article (timeline.documents); the uploader says the same

def page_is_dark() -> bool:
    """Whether the page is drawn dark: the theme the server was started with (`--theme.base dark`, config.toml or
    STREAMLIT_THEME_BASE) when one is set, since st.context.theme then still reports the browser's own preference;
    else the theme the browser reports (its light or dark preference, or the one picked in the settings menu)."""
    configured = st.get_option("theme.base")
    if configured in ("dark", "light"):
        return bool(configured == "dark")
    return st.context.theme.type == "dark"


def page_is_phone() -> bool:
    """Whether the page is on a phone: its browser says so in its request headers (the server cannot see the
    window's width)."""
    headers = st.context.headers
    return is_phone(headers.get("User-Agent", ""), headers.get("Sec-CH-UA-Mobile", ""))


def plot_width() -> float:
    """The width the chart's titles are fitted to: a phone's or a desktop window's. On a phone the titles are
    shorter and stacked in more rows instead of printing over each other."""
    return PHONE_PLOT_PX if page_is_phone() else ASSUMED_PLOT_PX


MESSAGE_STYLE = {  # backgrounds that read on light and dark pages alike; the text keeps the page's colour
    "success": "rgba(33, 195, 84, 0.14)", "warning": "rgba(255, 189, 69, 0.18)", "error": "rgba(255, 43, 43, 0.14)",
    "info": "rgba(28, 131, 225, 0.12)",
}


def show_message(level: str, text: str, where: object = st) -> None:
    """One message line; its text (which may hold an article's title) is shown as text, never as Markdown."""
    where.html(  # type: ignore[attr-defined]
        f'<div class="tl-message tl-{level}" role="status" style="background:{MESSAGE_STYLE.get(level, "")};'
        f'padding:0.5rem 0.75rem;border-radius:0.5rem;margin:0.25rem 0">{html.escape(text)}</div>'
    )


# Streamlit folds the sidebar away at this window width and below (its "»" at the top left opens it; at 768 px it is
# still folded: the review of round 37 saw the hint hidden there)
SIDEBAR_FOLDS_PX = 768


def filters_hint(where: object = st) -> None:
    """In a window narrow enough that the sidebar is folded away (a phone), one line that says where the filters
    are: else nothing on the page says that the » at its corner holds them. Drawn by the browser's own width (the
    server cannot see it): in a wider window it is not shown."""
    where.html(  # type: ignore[attr-defined]
        f"<style>@media (min-width: {SIDEBAR_FOLDS_PX + 1}px) {{ .tl-filters-hint {{ display: none; }} }}</style>"
        '<div class="tl-filters-hint" style="font-size:0.9rem;opacity:0.85">'
        "<span style=\"font-weight:600\">»</span> Filters (event type, dates, document, search) are in the side "
        "panel: open it with the "
        "<span style=\"font-weight:600\">»</span> at the top left.</div>")


# ---- the add panel ----------------------------------------------------------------------------------------------


def _clear_messages() -> None:
    st.session_state["add_messages"] = []


def _prefill_from_text() -> None:
    from timeline import ingest

    _clear_messages()
    title, published = ingest.front_matter_fields(st.session_state.get("add_text", ""))
    if title:
        st.session_state["add_title"] = title
    if published:
        st.session_state["add_date"] = published


def _files_key() -> str:
    return f"add_files_{st.session_state.get('add_files_round', 0)}"


def _prefill_from_files() -> None:
    from timeline import ingest

    _clear_messages()
    files = st.session_state.get(_files_key()) or []
    if len(files) == 1:
        title, published = ingest.front_matter_fields(files[0].getvalue()[:4096].decode("utf-8", "replace"))
        if title:
            st.session_state["add_title"] = title
        if published:
            st.session_state["add_date"] = published


def _do_add(store_path: str, taxonomy: Taxonomy) -> None:
    from timeline import ingest
    from timeline.store import Store, StoreError

    text = st.session_state.get("add_text", "")
    files = st.session_state.get(_files_key()) or []
    title = st.session_state.get("add_title", "")
    published = st.session_state.get("add_date")
    messages: list[ingest.Message] = []
    pasted_ok = True
    try:
        with Store(store_path) as store:
            if text.strip():
                pasted = ingest.add_pasted(store, text, title, published, taxonomy)
                pasted_ok = not any(m.level == "error" for m in pasted)
                messages += pasted
            for upload in files:
                messages += ingest.add_upload(store, upload.name, upload.getvalue(), title if len(files) == 1 else "",
                                              published, taxonomy)
    except StoreError as exc:
        messages.append(ingest.Message("error", f"error: {exc}"))
    if not text.strip() and not files:
        messages.append(ingest.Message("error", "error: nothing to add: paste an article or choose files"))
    st.session_state["add_messages"] = messages
    # every file was tried and reported once: the uploader empties, so a bad file is not reported again
    st.session_state["add_files_round"] = st.session_state.get("add_files_round", 0) + 1
    if pasted_ok and not any(m.level == "error" for m in messages):
        for key in ("add_text", "add_title"):
            st.session_state[key] = ""
        st.session_state["add_date"] = None


def _ask_remove() -> None:
    _clear_messages()
    st.session_state["remove_pending"] = st.session_state.get("remove_doc")


def _cancel_remove() -> None:
    st.session_state["remove_pending"] = None


def _do_remove(store_path: str) -> None:
    from timeline import ingest
    from timeline.store import Store

    doc_id = st.session_state.get("remove_pending")
    st.session_state["remove_pending"] = None
    if doc_id:
        with Store(store_path) as store:
            st.session_state["add_messages"] = [ingest.remove(store, doc_id)]


def add_panel(store_path: str, documents: list[dict[str, object]], taxonomy: Taxonomy,
              where: DeltaGenerator | None = None) -> None:
    """The sidebar panel to add articles to the store (paste or upload) and to remove one (after a confirmation);
    `where`: a place in the sidebar kept for it, by default the sidebar's end."""
    with (where or st.sidebar).expander("Add articles", expanded=bool(st.session_state.get("add_messages")
                                                            or st.session_state.get("remove_pending"))):
        st.text_area("Paste an article", key="add_text", on_change=_prefill_from_text, height=140,
                     help="Front matter (title:, published:) between --- lines is read too")
        st.file_uploader(f"…or upload files (.txt, .json, .jsonl, .tml; up to {MAX_UPLOAD_MB} MB each)",
                         type=["txt", "md", "json", "jsonl", "tml"], accept_multiple_files=True,
                         max_upload_size=MAX_UPLOAD_MB, key=_files_key(), on_change=_prefill_from_files)
        st.text_input("Title", key="add_title", on_change=_clear_messages)
        st.session_state.setdefault("add_date", None)
        st.date_input("Publication date", key="add_date", format="YYYY-MM-DD", min_value=date(1, 1, 1),
                      max_value=date(9999, 12, 31), on_change=_clear_messages)
        pending = bool(st.session_state.get("add_text", "").strip() or st.session_state.get(_files_key()))
        if pending and st.session_state.get("add_date") is None:
            st.warning("No publication date: relative dates ('on Thursday', 'last year') will stay unresolved "
                       "unless the article's front matter gives one.")
        st.button("Add to timeline", key="add_button", on_click=_do_add, args=(store_path, taxonomy),
                  type="primary")
        for message in st.session_state.get("add_messages", []):
            show_message(message.level, message.text)
        if documents:
            st.divider()
            titles = {str(d["id"]): f"{d['title']} ({d['id']})" for d in documents}
            st.selectbox("Remove a document", options=list(titles), key="remove_doc", index=None,
                         format_func=lambda d: titles.get(d, d), placeholder="Choose a document",
                         on_change=_cancel_remove)
            pending_id = st.session_state.get("remove_pending")
            if pending_id and pending_id in titles:
                count = next((d.get("counts", {}) for d in documents if str(d["id"]) == pending_id), {})
                events = count.get("events") if isinstance(count, dict) else None
                show_message("warning", f"Remove {titles[pending_id]}"
                                        f"{f' and its {events} events' if events is not None else ''}? "
                                        "This cannot be undone.")
                yes, no = st.columns(2)
                yes.button("Yes, remove", key="remove_confirm", on_click=_do_remove, args=(store_path,),
                           type="primary")
                no.button("Cancel", key="remove_cancel", on_click=_cancel_remove)
            else:
                st.button("Remove…", key="remove_button", on_click=_ask_remove,
                          disabled=not st.session_state.get("remove_doc"))


# ---- filters ------------------------------------------------------------------------------------------------------


def fkey(name: str) -> str:
    """A filter widget's key: it carries the filters' round, and a new round (new data, or "Reset filters") gives
    fresh widgets with their defaults."""
    return f"{name}_{st.session_state.get('filter_round', 0)}"


def _reset_filters() -> None:
    st.session_state["filter_round"] = st.session_state.get("filter_round", 0) + 1
    st.session_state["selected_event"] = None


def follow_data(signature: object) -> None:
    """Filters start afresh when the data changes (an article added or removed): old date bounds would hide the
    new events."""
    st.session_state.setdefault("filter_round", 0)
    if st.session_state.get("data_signature") != signature:
        if "data_signature" in st.session_state:
            _reset_filters()
        st.session_state["data_signature"] = signature


def type_and_date_filters(counts: dict[str, int], bounds: tuple[date, date] | None,
                          default: tuple[date, date] | None = None, outside: Callable[[], int] | None = None,
                          ) -> tuple[list[str], date | None, date | None]:
    """The sidebar's header, the event-type filter (with each type's count) and the date range filter; both modes
    of the page use them. The dates open on `default` (timeline_data.default_dates, by default every event's),
    and a note under them says how many events (`outside()`) that leaves out and how to reach them."""
    st.sidebar.header("Filter")
    colors = type_colors(sorted(counts))
    types = st.sidebar.multiselect(
        "Event type", options=[t for t in colors if t in counts], key=fkey("types"),
        format_func=lambda t: f"{t} ({counts.get(t, 0):,})", placeholder="All types",
    )
    date_from = date_to = None
    if bounds:
        picked = st.sidebar.date_input(
            "Dates", value=default or bounds, min_value=date(1, 1, 1), max_value=date(9999, 12, 31), key=fkey("dates"),
            format="YYYY-MM-DD", help="Narrows the events and zooms the chart to these dates",
        )
        if isinstance(picked, tuple | list) and len(picked) == 2:
            date_from, date_to = picked[0], picked[1]
        if default and default != bounds and (date_from, date_to) == default and outside is not None:
            note = dates_note(bounds, default, outside())
            if note:
                st.sidebar.caption(note)
    return list(types), date_from, date_to


def document_titles(documents: Iterable[Mapping[str, object]]) -> dict[str, str]:
    """Each document's title by its id (the id where it has none), as the filters name it."""
    return {str(d.get("id")): str(d.get("title") or d.get("id")) for d in documents}


def no_match(filters: Filters, bounds: tuple[date, date] | None, titles: Mapping[str, str],
             document_text: str = "", where: object = st) -> None:
    """The empty page of a filter that matches nothing: which filters are on, and a way back to every event.
    The dates are named when they are narrower than every event's (`bounds`), the opening ones too: when they
    leave a far event outside, a search or a document that finds only it comes up empty because of them."""
    active = filters_text(filters, bounds, titles, document_text)
    show_message("info", f"No events match these filters ({active}). Change one of them, or reset the filters."
                 if active else "No events match these filters.", where)
    where.button("Reset filters", key="reset_filters_empty", on_click=_reset_filters)  # type: ignore[attr-defined]


def sidebar_filters(build: Build, default: tuple[date, date] | None) -> tuple[Filters, str]:
    """The filter widgets, the dates opening on `default`; returns what they say and the lane choice."""
    events = build.events

    def outside() -> int:
        return 0 if default is None else int(outside_dates(events, default).sum())

    types, date_from, date_to = type_and_date_filters(type_counts(events), date_bounds(events), default, outside)
    titles = document_titles(build.documents)
    doc_ids = sorted(set(events["doc"]))
    documents = st.sidebar.multiselect(
        "Document", options=doc_ids, key=fkey("documents"), format_func=lambda d: titles.get(d, d),
        placeholder="All documents",
    )
    # no help icon: its button would share the label (and the search looks in the next sentence too)
    text = st.sidebar.text_input("Search titles and sentences", key=fkey("search"))
    approximate = st.sidebar.toggle("Show approximate dates", value=True, key=fkey("approximate"),
                                    help="Dates such as 'in the coming weeks' or 'early 2019'")
    lanes = st.sidebar.radio("Lanes", ["by type", "by document"], horizontal=True, key=fkey("lanes"))
    st.sidebar.button("Reset filters", key="reset_filters", on_click=_reset_filters)
    filters = Filters(tuple(types), date_from, date_to, tuple(documents), text, approximate)
    return filters, "document" if lanes == "by document" else "type"


# ---- choosing an event --------------------------------------------------------------------------------------------


def _state_selection(state: object, part: str) -> list[object]:
    """The selected points/rows a chart or table reported (a Streamlit state object, or a plain dict in tests)."""
    if not isinstance(state, dict) and not hasattr(state, "get"):
        return []
    selection = state.get("selection") or {}  # type: ignore[union-attr]
    found = selection.get(part) or [] if hasattr(selection, "get") else []
    return list(found)


def chosen_event_id() -> str | None:
    """The event the reader chose last, by a click in the chart or on a table row; kept as an event id."""
    chosen = st.session_state.get("selected_event")
    points = _state_selection(st.session_state.get("chart"), "points")
    clicked = tuple(str(p.get("customdata")) for p in points if isinstance(p, dict) and p.get("customdata"))
    if clicked != st.session_state.get("chart_seen", ()):
        st.session_state["chart_seen"] = clicked
        if clicked:
            chosen = clicked[0]
    key = st.session_state.get("table_key")
    if key:
        rows = _state_selection(st.session_state.get(key), "rows")
        ids = st.session_state.get("table_ids", [])
        picked = ids[int(rows[0])] if rows and isinstance(rows[0], int) and int(rows[0]) < len(ids) else None
        if (key, picked) != st.session_state.get("table_seen"):
            same_table = (st.session_state.get("table_seen") or (None, None))[0] == key
            st.session_state["table_seen"] = (key, picked)
            if picked or same_table:
                chosen = picked
    return str(chosen) if chosen else None


def type_text(row: pd.Series) -> str:
    """The event's type as the details say it: with the typer's confidence and its runner-up, when it has them."""
    text = str(row["type"])
    confidence = row.get("confidence")
    if isinstance(confidence, int | float) and confidence > 0 and not bool(row.get("corrected", False)):
        text += f" ({confidence:.0%} sure"
        second = str(row.get("second_type") or "")
        text += f", else {second})" if second and second != "nan" else ")"
    return text


def show_details(row: pd.Series) -> None:
    """The chosen event: title, date, sentence with its date expression highlighted, context and mentions. All of it
    is source text, so all of it is escaped HTML: a title or sentence is never read as Markdown or markup."""
    detail = event_detail(row)
    facts = [when_text(row), type_text(row)] + (["approximate"] if row["approximate"] else [])
    facts.append(str(row["doc_title"] or row["doc"]))
    if bool(row.get("corrected", False)):
        # what the typer said, where the hand changed it (a title kept as it was is not said again)
        was = []
        if str(row.get("original_type") or "") not in ("", "nan", str(row["type"])):
            was.append(f"typed {row.get('original_type')}")
        if str(row.get("original_title") or "") not in ("", "nan", str(row["title"])):
            was.append(f"titled “{row.get('original_title')}”")
        facts.append("corrected by hand" + (f" (was {', '.join(was)})" if was else ""))
    parts = [
        f'<div class="event-detail" style="line-height:1.6">'
        f'<h4 style="margin:0 0 0.25rem 0">{html.escape(str(row["title"]))}</h4>',
        f'<div style="opacity:0.75;font-size:0.9rem">{html.escape(" · ".join(facts))}</div>',
        f'<p style="font-size:1.05rem;margin:0.5rem 0">{html.escape(detail.before)}'
        f"<mark>{html.escape(detail.expression)}</mark>{html.escape(detail.after)}</p>",
    ]
    if detail.context:
        parts.append(f'<div style="opacity:0.75;font-size:0.85rem">Next sentence</div>'
                     f"<p>{html.escape(detail.context)}</p>")
    if len(detail.mentions) > 1:
        items = "".join(f"<li>“{html.escape(str(m.get('expression', '')))}” — "
                        f"{html.escape(str(m.get('sentence', '')))}</li>" for m in detail.mentions)
        parts.append(f'<div style="opacity:0.75;font-size:0.85rem">Mentioned {len(detail.mentions)} times</div>'
                     f"<ul>{items}</ul>")
    parts.append("</div>")
    st.html("".join(parts))


@dataclass(frozen=True)
class Article:
    """How the page reaches a chosen event's article: the document filter's kind ("list": a multiselect of ids,
    "text": a text filter) and each document's address, where the build has one."""

    document_filter: str
    urls: dict[str, str]


def article_urls(documents: Iterable[Mapping[str, object]]) -> dict[str, str]:
    """The web addresses of the documents that have one (http or https only: never a script or a file path)."""
    urls = {}
    for d in documents:
        url = str(d.get("url") or "").strip()
        if url.lower().startswith(("http://", "https://")):
            urls[str(d.get("id"))] = url
    return urls


def _only_document(doc_id: str, document_filter: str) -> None:
    """Narrow the page to one article's events (the other filters kept)."""
    if document_filter == "text":
        st.session_state[fkey("document_text")] = doc_id
    else:
        st.session_state[fkey("documents")] = [doc_id]


def article_actions(row: pd.Series, article: Article | None) -> None:
    """Under the chosen event: a button that shows only its article's events (every sentence of it that dates
    something, in the chart and the table) and a link to the article where the build knows its address."""
    if article is None:
        return
    doc_id = str(row["doc"])
    narrowed = (st.session_state.get(fkey("documents")) == [doc_id]
                or st.session_state.get(fkey("document_text")) == doc_id)
    left, right = st.columns([1, 1])
    if not narrowed:
        left.button("Show only this article's events", key="only_article", on_click=_only_document,
                    args=(doc_id, article.document_filter))
    url = article.urls.get(doc_id)
    if url:
        right.html(f'<a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">Open the article ↗</a>')


# ---- correcting an event by hand --------------------------------------------------------------------------------


def _forget_panel_inputs(event_id: str) -> None:
    """After a save or an undo the panel's type and title show the event as it now is (the typer's again after an
    undo, the title as kept after a save): a keyed widget would otherwise keep what was typed, and a second save
    would put the undone correction back."""
    for name in (f"fix_type_{event_id}", f"fix_title_{event_id}"):
        st.session_state.pop(name, None)


def _save_correction(event_id: str, source: tuple[str, str], taxonomy: Taxonomy) -> None:
    from timeline.corrections import CorrectionError, correct_build
    from timeline.store import Store, StoreError

    st.session_state["fix_open"] = event_id
    kind, where = source
    new_type = st.session_state.get(f"fix_type_{event_id}")
    new_title = str(st.session_state.get(f"fix_title_{event_id}", "")).strip()
    try:
        if kind == "store":
            with Store(where) as store:
                store.set_correction(event_id, type=new_type, title=new_title, taxonomy=taxonomy)
        else:
            correct_build(Path(where), event_id, new_type, new_title, taxonomy)
    except (CorrectionError, StoreError, OSError) as exc:
        st.session_state["fix_message"] = ("error", f"error: {exc}")
        return
    _forget_panel_inputs(event_id)
    st.session_state["fix_message"] = ("success", "Saved: the correction is kept through rebuilds and re-adds.")


def _clear_correction(event_id: str, source: tuple[str, str], taxonomy: Taxonomy) -> None:
    from timeline.corrections import CorrectionError, clear_build_correction
    from timeline.store import Store, StoreError

    st.session_state["fix_open"] = event_id
    kind, where = source
    try:
        if kind == "store":
            with Store(where) as store:
                store.clear_correction(event_id)
        else:
            clear_build_correction(Path(where), event_id, taxonomy)
    except (CorrectionError, StoreError, OSError) as exc:
        st.session_state["fix_message"] = ("error", f"error: {exc}")
        return
    _forget_panel_inputs(event_id)
    st.session_state["fix_message"] = ("success", "The typer's type and title apply again.")


def correction_panel(row: pd.Series, source: tuple[str, str], taxonomy: Taxonomy) -> None:
    """Change the chosen event's type and title by hand; kept in the store (or the build's corrections.json)."""
    event_id = str(row["id"])
    corrected = bool(row.get("corrected", False))
    # a save or an undo changes the label, which makes a new, closed expander: it stays open for the event last
    # corrected, so the outcome of a save is seen (not used up out of sight) and the next edit needs no click
    with st.expander("Correct this event" + (" (corrected by hand)" if corrected else ""),
                     expanded=st.session_state.get("fix_open") == event_id):
        types = list(taxonomy.types)
        if str(row["type"]) not in types:
            types.append(str(row["type"]))
        st.selectbox("Type", types, index=types.index(str(row["type"])), key=f"fix_type_{event_id}")
        st.text_input("Title", value=str(row["title"]), key=f"fix_title_{event_id}", max_chars=300)
        save, clear = st.columns(2)
        save.button("Save correction", key=f"fix_save_{event_id}", on_click=_save_correction,
                    args=(event_id, source, taxonomy), type="primary")
        clear.button("Undo correction", key=f"fix_clear_{event_id}", on_click=_clear_correction,
                     args=(event_id, source, taxonomy), disabled=not corrected)
        message = st.session_state.pop("fix_message", None)
        if message:
            show_message(*message)


def events_table(shown: pd.DataFrame, chosen: pd.Series | None) -> None:
    """The table of shown events (the first TABLE_LIMIT); a row chosen here or in the chart stays highlighted."""
    table = shown.head(TABLE_LIMIT)
    records = table.to_dict(orient="records")
    view = pd.DataFrame({
        **table_dates(records, phone=page_is_phone()),
        "type": table["type"],
        "title": table["title"],
        "document": table["doc_title"].where(table["doc_title"] != "", table["doc"]),
        "sentence": table["sentence"],
    })
    if len(shown) > TABLE_LIMIT:
        st.caption(f"The table lists the first {TABLE_LIMIT:,} of {len(shown):,} events; filter to see others.")
    config = {"date": st.column_config.TextColumn("date", help="ISO 8601, as precise as the text; sorts by date"),
              "when": st.column_config.TextColumn("when", help="as a reader writes it")}
    selectable_table(view, [str(i) for i in table["id"]], None if chosen is None else str(chosen["id"]),
                     column_config={k: v for k, v in config.items() if k in view.columns})


def selectable_table(view: pd.DataFrame, ids: list[str], chosen_id: str | None,
                     column_config: dict[str, Any] | None = None) -> None:
    """The events table, one row selectable, the chosen event's row selected; `ids` are the rows' event ids."""
    # a new key when the rows or the choice change: the table never keeps a row number that now means another event
    digest = hashlib.sha1("\n".join(ids + [chosen_id or ""]).encode()).hexdigest()[:12]
    key = f"table_{digest}"
    st.session_state["table_key"] = key
    st.session_state["table_ids"] = ids
    default = {"selection": {"rows": [ids.index(chosen_id)]}} if chosen_id in ids else None
    st.dataframe(view, hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row", key=key,
                 selection_default=default, column_config=column_config)


def chart_and_details(figure: go.Figure, info: FigureInfo, chosen: pd.Series | None,
                      correct_in: tuple[str, str] | None, taxonomy: Taxonomy | None, counts_note: str = "",
                      article: Article | None = None, filters: Filters | None = None, dates_chosen: bool = False
                      ) -> None:
    """The chart and the key to its marks, then the chosen event's details, the way to its article and the
    correction panel (where corrections can be kept). `filters` and `dates_chosen` (dates other than the opening
    ones) tell a busy chart's line which filters can still narrow it."""
    if info.mode == "counts":
        st.info(f"{info.shown:,} events are shown as counts per {info.bin_label}{counts_note}; narrow the dates or "
                "the filters to see each event and its sentence.")
    filters = filters or Filters()
    busy = busy_text(info, len(filters.types), len(filters.chosen_documents()), dates_chosen)
    if busy:  # above the chart: under a chart a screen tall it would be out of sight
        show_message("info", busy)
    # on a phone Plotly shows its tool bar all the time, over the range buttons: the buttons and a pinch do its work
    phone = page_is_phone()
    st.plotly_chart(figure, width="stretch", config={"scrollZoom": True, "displaylogo": False,
                                                     "displayModeBar": False if phone else "hover"}, key="chart",
                    on_select="rerun", selection_mode="points", theme=None)
    key = key_text(info)
    if key:
        st.caption(key)
    with st.container(border=True):
        if chosen is None:
            st.caption("Click an event in the chart or choose a table row to read its sentence, context and mentions.")
        else:
            show_details(chosen)
            article_actions(chosen, article)
            if correct_in is not None and taxonomy is not None:
                correction_panel(chosen, correct_in, taxonomy)


def read_taxonomy() -> Taxonomy | None:
    """The page's event types, or None after saying why they cannot be read."""
    from timeline.taxonomy import TaxonomyError

    try:
        return page_taxonomy(os.environ.get("TIMELINE_TAXONOMY", ""))
    except (TaxonomyError, OSError) as exc:
        show_message("error", f"Cannot read the event types: {exc}")
        return None


# ---- query mode: a Parquet build or a large store, asked instead of held ------------------------------------------


def query_sidebar(source: EventSource, documents: list[dict[str, object]] | None, counts: dict[str, int],
                  bounds: tuple[date, date] | None, default: tuple[date, date] | None) -> tuple[Filters, str, str]:
    """The filter widgets of query mode: counts, bounds and documents come from the source, the dates open on
    `default`. With many documents the document filter is a text filter (id or part of a title) instead of a
    list. Returns the filters, the lane choice and the text typed in the document text filter."""

    def outside() -> int:
        if default is None:
            return 0
        kept = source.type_counts(Filters(date_from=default[0], date_to=default[1]))
        return sum(counts.values()) - sum(kept.values())

    types, date_from, date_to = type_and_date_filters(counts, bounds, default, outside)
    chosen_docs: tuple[str, ...] = ()
    wanted = ""
    if documents is not None:
        titles = document_titles(documents)
        chosen_docs = tuple(st.sidebar.multiselect(
            "Document", options=list(titles), key=fkey("documents"), format_func=lambda d: titles.get(d, d),
            placeholder="All documents"))
    else:
        wanted = st.sidebar.text_input("Document (id or part of its title)", key=fkey("document_text"))
        if wanted.strip():
            found = find_documents(source, wanted, limit=1000)
            chosen_docs = tuple(i for i, _ in found) or (NO_DOCUMENT,)
            st.sidebar.caption(f"{len(found):,} document{'s' if len(found) != 1 else ''} match"
                               + (" (the first 1,000 are used)" if len(found) >= 1000 else ""))
    text = st.sidebar.text_input("Search titles and sentences", key=fkey("search"))
    approximate = st.sidebar.toggle("Show approximate dates", value=True, key=fkey("approximate"),
                                    help="Dates such as 'in the coming weeks' or 'early 2019'")
    lanes = st.sidebar.radio("Lanes", ["by type", "by document"], horizontal=True, key=fkey("lanes"))
    st.sidebar.button("Reset filters", key="reset_filters", on_click=_reset_filters)
    filters = Filters(tuple(types), date_from, date_to, chosen_docs, text, approximate)
    return filters, "document" if lanes == "by document" else "type", wanted


def query_opening_dates(source: EventSource, bounds: tuple[date, date] | None, signature: object
                        ) -> tuple[date, date] | None:
    """The date filter's first range over a source (default_dates over its coarse bins: a fresh page's bins of
    every event come from the source's overview, in milliseconds), kept for the session until the data changes.
    Unlike the in-memory page (timeline_data.opening_dates) it does not take in an article whose events all lie far
    out: the bins do not say whose events they count (the note under the dates still says they are there)."""
    kept = st.session_state.get("opening_dates")
    if kept is not None and kept[0] == signature:
        return kept[1]  # type: ignore[no-any-return]
    opening = bounds
    if bounds is not None:
        bins = source.bins(Filters())
        step = math.ceil(dict(UNITS).get(bins.unit, 1))  # a bin's longest (a leap year, a 31-day month), so the
        # last kept bin is had whole; past it the bounds stop it
        opening = default_dates([(b.bin, b.count) for b in bins.counts], bounds, step_days=step)
    st.session_state["opening_dates"] = (signature, opening)
    return opening


def query_table(source: EventSource, filters: Filters, total: int, chosen_id: str | None) -> None:
    """The table of query mode: one page of TABLE_LIMIT events at a time, sorted by the reader's choice."""
    pages = max(1, -(-total // TABLE_LIMIT))
    sort_col, order_col, page_col = st.columns([2, 2, 2])
    sort = sort_col.selectbox("Sort by", SORTS, key=fkey("sort"))
    descending = order_col.toggle("Descending", key=fkey("descending"))
    number = int(page_col.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, value=1,
                                       key=fkey("page")))
    page = source.events(filters, limit=TABLE_LIMIT, offset=(number - 1) * TABLE_LIMIT, sort=str(sort),
                         descending=descending)
    records = [dict(r) for r in page.rows]
    for record in records:
        record["start"], record["end"] = pd.Timestamp(str(record["start"])), pd.Timestamp(str(record["end"]))
    view = pd.DataFrame({
        **table_dates(records, phone=page_is_phone()),
        "type": [str(r["type"]) for r in records],
        "title": [str(r["title"]) for r in records],
        "document": [str(r.get("doc_title") or r["doc"]) for r in records],
        "sentence": [str(r["sentence"]) for r in records],
    })
    first = (number - 1) * TABLE_LIMIT
    st.caption(f"Events {first + 1 if records else 0:,}–{first + len(records):,} of {page.total:,}")
    selectable_table(view, [str(r["id"]) for r in records], chosen_id)


def _export(source: EventSource, filters: Filters, writer: str) -> bytes:
    frame = events_frame([dict(r) for r in source.events(filters, limit=EXPORT_LIMIT).rows])
    if writer == "csv":
        return to_csv(frame)
    if writer == "json":
        return to_json(frame)
    return to_timelinejs_bytes(frame)


def query_page(source: EventSource, where: tuple[str, str], taxonomy: Callable[[], Taxonomy | None] | None,
               places: tuple[DeltaGenerator, DeltaGenerator, DeltaGenerator] | None = None) -> None:
    """The page over a source that is asked, never loaded: counts and bins from the engine, events only for what
    is shown (at most DETAIL_LIMIT on the chart, TABLE_LIMIT in the table). `places`: where the caption and the
    chart go (query_places), by default here. `taxonomy` gives the event types a correction may choose; it is asked
    only when an event is chosen (reading the types brings the typer, which the first chart does not need)."""
    if places is None:
        head, chart_place = st.container(), st.container()
        places = head, chart_place, chart_place.empty()
    head, chart_place, stand_in = places
    total_all = source.total()
    if total_all == 0:
        stand_in.info("This timeline has no events yet.")
        return
    doc_total = document_count(source)
    documents = source.documents() if doc_total <= DOCUMENT_PICK_LIMIT else None
    follow_data((where, doc_total))
    all_counts, bounds = source.type_counts(Filters()), source.bounds(Filters())  # asked once a rerun
    opening = query_opening_dates(source, bounds, (where, doc_total, total_all, bounds))
    filters, lanes, document_text = query_sidebar(source, documents, all_counts, bounds, opening)
    counts = source.type_counts(filters)
    shown = sum(counts.values())
    head.caption(f"{shown:,} of {total_all:,} events from {doc_total:,} document{'s' if doc_total != 1 else ''}")
    filters_hint(head)
    chosen_id = chosen_event_id()
    found = source.event(chosen_id) if chosen_id else None
    # the choice clears itself when the event is filtered out, as on the in-memory page
    passing = None if found is None else apply_filters(events_frame([found]), filters)
    chosen = None if passing is None or passing.empty else passing.iloc[0]
    st.session_state["selected_event"] = None if chosen is None else str(chosen["id"])
    if shown == 0:
        stand_in.empty()
        with chart_place:
            no_match(filters, bounds, document_titles(documents or []), document_text)
        return
    colors = type_colors(sorted(all_counts))
    view = None
    if filters.date_from and filters.date_to and opening and (filters.date_from, filters.date_to) != opening:
        view = (pd.Timestamp(filters.date_from) - pd.Timedelta(days=1), pd.Timestamp(filters.date_to)
                + pd.Timedelta(days=2))
    dark = page_is_dark()
    published = published_days(source)
    if shown <= DETAIL_LIMIT:
        frame = events_frame([dict(r) for r in source.events(filters, limit=DETAIL_LIMIT).rows])
        figure, info = build_figure(frame, lanes, colors, dark=dark, published=published, view=view,
                                    selected=None if chosen is None else str(chosen["id"]), plot_px=plot_width())
    else:
        bins = source.bins(filters)
        shown_bounds = source.bounds(filters) or bounds or (date(2000, 1, 1), date(2000, 1, 1))
        figure, info = bins_figure(bins.counts, bins.unit, shown_bounds, lanes, colors, dark=dark,
                                   published=published, view=view, plot_px=plot_width())
    stand_in.empty()
    with chart_place:
        chart_and_details(figure, info, chosen, where if where[0] == "store" else None,
                          taxonomy() if taxonomy is not None and chosen is not None else None,
                          " (lanes by type)" if lanes == "document" else "",
                          # over many documents their addresses are not read (the query layer lists them all)
                          Article("list" if documents is not None else "text", article_urls(documents or [])),
                          filters, view is not None)
    query_table(source, filters, shown, st.session_state.get("selected_event"))

    if shown > EXPORT_LIMIT:
        st.caption(f"Downloads hold the first {EXPORT_LIMIT:,} of the {shown:,} filtered events (by date); "
                   "filter to export the others.")
    left, middle, right = st.columns(3)
    left.download_button("Download CSV", lambda: _export(source, filters, "csv"), "timeline.csv", "text/csv",
                         on_click="ignore")
    middle.download_button("Download JSON", lambda: _export(source, filters, "json"), "timeline.json",
                           "application/json", on_click="ignore")
    right.download_button("Download TimelineJS", lambda: _export(source, filters, "timelinejs"), "timelinejs.json",
                          "application/json", on_click="ignore")


def cannot_show(exc: Exception) -> None:
    """Say in one line why the timeline cannot be shown (the stand-in chart cleared), and stop the run."""
    if PLACES is not None:
        PLACES[2].empty()
    show_message("error", f"Cannot show the timeline: {exc}")
    st.stop()


def main() -> None:
    """The page (its title is set above, with the first places of a Parquet build's page)."""
    folder = data_folder()
    if folder is not None and is_parquet(folder):
        # a Parquet build is read only (nothing is added or corrected here): the event types are not needed
        try:
            query_page(cached_parquet(str(folder), _parquet_stamp(folder)), ("parquet", str(folder)), None, PLACES)
        except TimelineDataError as exc:
            cannot_show(exc)
        return
    from timeline.store import default_path

    try:
        if folder is None:
            store_path = str(default_path())
            revision = store_revision(store_path)  # a store not made yet is made here, with the seed
            if PLACES is not None or count_store_events(store_path) > QUERY_THRESHOLD:
                # the chart first: the intake's place is kept at the sidebar's top, filled once the chart is drawn
                intake = st.sidebar.container()
                query_page(cached_store_source(store_path, revision), ("store", store_path), read_taxonomy, PLACES)
                taxonomy = read_taxonomy()
                if taxonomy is not None:
                    add_panel(store_path, [], taxonomy, intake)
                return
    except TimelineDataError as exc:
        cannot_show(exc)
        return
    if PLACES is not None:
        PLACES[2].empty()  # a store read whole draws its page in order
    taxonomy = read_taxonomy()
    if taxonomy is None:
        st.stop()
        return
    try:
        if folder is not None:
            build = cached_build(str(folder), _stamp(folder))
            source = ("folder", str(folder))
        else:
            store_path = str(default_path())
            # the add and remove buttons act in callbacks, before this rerun: what was added shows at once
            build = cached_store(store_path, store_revision(store_path))
            source = ("store", store_path)
            add_panel(store_path, list(build.documents), taxonomy)
        # the documents, not every change: a correction by hand keeps the reader's filters
        signature: object = (source, tuple(sorted(str(d.get("id")) for d in build.documents)))
    except TimelineDataError as exc:
        cannot_show(exc)
        return
    if build.events.empty:
        st.info("This timeline has no events yet.")
        st.stop()
        return
    follow_data(signature)
    opening = opening_dates(build.events)
    filters, lanes = sidebar_filters(build, opening)
    shown = filtered_events(build, filters)
    documents = build.events["doc"].nunique()
    st.caption(f"{len(shown):,} of {len(build.events):,} events from {documents:,} "
               f"document{'s' if documents != 1 else ''}")
    filters_hint()
    chosen_id = chosen_event_id()
    chosen = selected_event(shown, chosen_id)
    st.session_state["selected_event"] = None if chosen is None else str(chosen["id"])
    if shown.empty:
        no_match(filters, date_bounds(build.events), document_titles(build.documents))
        return
    colors = type_colors(sorted(set(build.events["type"])))
    view = None
    # the dates as they open: the chart fits itself to the events; dates the reader chose: it shows those
    if filters.date_from and filters.date_to and opening and (filters.date_from, filters.date_to) != opening:
        view = (pd.Timestamp(filters.date_from) - pd.Timedelta(days=1), pd.Timestamp(filters.date_to)
                + pd.Timedelta(days=2))
    figure, info = build_figure(shown, lanes, colors, dark=page_is_dark(),
                                published=published_dates(build), view=view,
                                selected=None if chosen is None else str(chosen["id"]), plot_px=plot_width())
    chart_and_details(figure, info, chosen, source, taxonomy,
                      article=Article("list", article_urls(build.documents)), filters=filters,
                      dates_chosen=view is not None)
    events_table(shown, chosen)

    # the files are made when a button is pressed, not on every rerun: 100,000 events take seconds to write
    left, middle, right = st.columns(3)
    left.download_button("Download CSV", lambda: to_csv(shown), "timeline.csv", "text/csv", on_click="ignore")
    middle.download_button("Download JSON", lambda: to_json(shown), "timeline.json", "application/json",
                           on_click="ignore")
    right.download_button("Download TimelineJS", lambda: to_timelinejs_bytes(shown), "timelinejs.json",
                          "application/json", on_click="ignore")


main()
