"""The timeline dashboard: `streamlit run dashboard.py`. Lays out widgets; all data work is in timeline/."""

from __future__ import annotations

import html
import os
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from timeline import ingest
from timeline.exports import to_csv, to_json, to_timelinejs_bytes
from timeline.figure import build_figure, format_interval, type_colors
from timeline.store import Store, StoreError, default_path
from timeline.timeline_data import (
    Build,
    Filters,
    TimelineDataError,
    apply_filters,
    date_bounds,
    event_detail,
    load_build,
    load_store,
    store_revision,
    type_counts,
)

ROOT = Path(__file__).resolve().parent
TABLE_LIMIT = 500

st.set_page_config(page_title="timeline", page_icon="🗓️", layout="wide")


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


def _prefill_from_text() -> None:
    title, published = ingest.front_matter_fields(st.session_state.get("add_text", ""))
    if title:
        st.session_state["add_title"] = title
    if published:
        st.session_state["add_date"] = published


def _files_key() -> str:
    return f"add_files_{st.session_state.get('add_files_round', 0)}"


def _prefill_from_files() -> None:
    files = st.session_state.get(_files_key()) or []
    if len(files) == 1:
        title, published = ingest.front_matter_fields(files[0].getvalue()[:4096].decode("utf-8", "replace"))
        if title:
            st.session_state["add_title"] = title
        if published:
            st.session_state["add_date"] = published


def _do_add(store_path: str) -> None:
    text = st.session_state.get("add_text", "")
    files = st.session_state.get(_files_key()) or []
    title = st.session_state.get("add_title", "")
    published = st.session_state.get("add_date")
    messages: list[ingest.Message] = []
    try:
        with Store(store_path) as store:
            if text.strip():
                messages += ingest.add_pasted(store, text, title, published)
            for upload in files:
                messages += ingest.add_upload(store, upload.name, upload.getvalue(), title if len(files) == 1 else "",
                                              published)
    except StoreError as exc:
        messages.append(ingest.Message("error", f"error: {exc}"))
    if not text.strip() and not files:
        messages.append(ingest.Message("error", "error: nothing to add: paste an article or choose files"))
    st.session_state["add_messages"] = messages
    if not any(m.level == "error" for m in messages):
        for key in ("add_text", "add_title"):
            st.session_state[key] = ""
        st.session_state["add_date"] = None
        st.session_state["add_files_round"] = st.session_state.get("add_files_round", 0) + 1  # empties the uploader


def _do_remove(store_path: str) -> None:
    doc_id = st.session_state.get("remove_doc")
    if doc_id:
        with Store(store_path) as store:
            st.session_state["add_messages"] = [ingest.remove(store, doc_id)]


def add_panel(store_path: str, documents: list[dict[str, object]]) -> None:
    """The sidebar panel to add articles to the store (paste or upload) and to remove one."""
    with st.sidebar.expander("Add articles", expanded=bool(st.session_state.get("add_messages"))):
        st.text_area("Paste an article", key="add_text", on_change=_prefill_from_text, height=140,
                     help="Front matter (title:, published:) between --- lines is read too")
        st.file_uploader("…or upload files (articles up to 5 MB each)", type=["txt", "md", "json", "jsonl", "tml"],
                         accept_multiple_files=True,
                         key=_files_key(), on_change=_prefill_from_files)
        st.text_input("Title", key="add_title")
        st.session_state.setdefault("add_date", None)
        st.date_input("Publication date", key="add_date", format="YYYY-MM-DD", min_value=date(1, 1, 1),
                      max_value=date(9999, 12, 31))
        pending = bool(st.session_state.get("add_text", "").strip() or st.session_state.get(_files_key()))
        if pending and st.session_state.get("add_date") is None:
            st.warning("No publication date: relative dates ('on Thursday', 'last year') will stay unresolved "
                       "unless the article's front matter gives one.")
        st.button("Add to timeline", key="add_button", on_click=_do_add, args=(store_path,), type="primary")
        for message in st.session_state.get("add_messages", []):
            getattr(st, message.level)(message.text)
        if documents:
            st.divider()
            titles = {str(d["id"]): f"{d['title']} ({d['id']})" for d in documents}
            st.selectbox("Remove a document", options=list(titles), key="remove_doc", index=None,
                         format_func=lambda d: titles.get(d, d), placeholder="Choose a document")
            st.button("Remove", key="remove_button", on_click=_do_remove, args=(store_path,))


def sidebar_filters(build: Build) -> tuple[Filters, str]:
    """The filter widgets; returns what they say and the lane choice."""
    events = build.events
    st.sidebar.header("Filter")
    counts = type_counts(events)
    colors = type_colors(sorted(counts))
    types = st.sidebar.multiselect(
        "Event type", options=[t for t in colors if t in counts], key="types",
        format_func=lambda t: f"{t} ({counts.get(t, 0):,})", placeholder="All types",
    )
    bounds = date_bounds(events)
    date_from = date_to = None
    if bounds:
        picked = st.sidebar.date_input(
            "Dates", value=bounds, min_value=date(1, 1, 1), max_value=date(9999, 12, 31), key="dates",
            format="YYYY-MM-DD",
        )
        if isinstance(picked, tuple | list) and len(picked) == 2:
            date_from, date_to = picked[0], picked[1]
    titles = {str(d.get("id")): str(d.get("title") or d.get("id")) for d in build.documents}
    doc_ids = sorted(set(events["doc"]))
    documents = st.sidebar.multiselect(
        "Document", options=doc_ids, key="documents", format_func=lambda d: titles.get(d, d),
        placeholder="All documents",
    )
    text = st.sidebar.text_input("Search titles and sentences", key="search")
    approximate = st.sidebar.toggle("Show approximate dates", value=True, key="approximate",
                                    help="Dates such as 'in the coming weeks' or 'early 2019'")
    lanes = st.sidebar.radio("Lanes", ["by type", "by document"], horizontal=True, key="lanes")
    filters = Filters(tuple(types), date_from, date_to, tuple(documents), text, approximate)
    return filters, "document" if lanes == "by document" else "type"


def show_details(row: pd.Series) -> None:
    """The chosen event: sentence with its date expression highlighted, context and mentions (all escaped)."""
    detail = event_detail(row)
    when = format_interval(row["start"].date(), row["end"].date(), str(row["granularity"]))
    st.subheader(str(row["title"]), anchor=False)
    st.text(f"{when} · {row['type']}{' · approximate' if row['approximate'] else ''} · "
            f"{row['doc_title'] or row['doc']}")
    st.html(
        '<div style="font-size:1.05rem;line-height:1.6">'
        f"{html.escape(detail.before)}<mark>{html.escape(detail.expression)}</mark>{html.escape(detail.after)}"
        "</div>"
    )
    if detail.context:
        st.caption("Next sentence")
        st.text(detail.context)
    if len(detail.mentions) > 1:
        st.caption(f"Mentioned {len(detail.mentions)} times")
        for mention in detail.mentions:
            st.text(f"“{mention.get('expression', '')}” — {mention.get('sentence', '')}")


def main() -> None:
    """The page."""
    st.title("Timeline", anchor=False)
    folder = data_folder()
    try:
        if folder is not None:
            source = str(folder)
            build = cached_build(str(folder), _stamp(folder))
        else:
            store_path = str(default_path())
            source = store_path
            # the add and remove buttons act in callbacks, before this rerun: what was added shows at once
            build = cached_store(store_path, store_revision(store_path))
            add_panel(store_path, list(build.documents))
    except TimelineDataError as exc:
        st.error(f"Cannot show the timeline: {exc}")
        st.stop()
        return
    if build.events.empty:
        st.info("This timeline has no events yet.")
        st.stop()
        return
    filters, lanes = sidebar_filters(build)
    shown = apply_filters(build.events, filters)
    documents = build.events["doc"].nunique()
    st.caption(f"{len(shown):,} of {len(build.events):,} events from {documents:,} "
               f"document{'s' if documents != 1 else ''} · source: {source}")
    if shown.empty:
        st.info("No events match these filters.")
        return
    colors = type_colors(sorted(set(build.events["type"])))
    figure, info = build_figure(shown, lanes, colors)
    if info.mode == "counts":
        st.info(f"{info.shown:,} events are shown as counts per {info.bin_label}; narrow the dates or the filters "
                "to see each event and its sentence.")
    st.plotly_chart(figure, width="stretch", config={"scrollZoom": True, "displaylogo": False},
                    key="chart")

    table = shown.head(TABLE_LIMIT)
    view = pd.DataFrame({
        "date": [format_interval(s.date(), e.date(), g) for s, e, g in
                 zip(table["start"], table["end"], table["granularity"], strict=True)],
        "type": table["type"],
        "title": table["title"],
        "document": table["doc_title"].where(table["doc_title"] != "", table["doc"]),
        "sentence": table["sentence"],
    })
    if len(shown) > TABLE_LIMIT:
        st.caption(f"The table lists the first {TABLE_LIMIT:,} of {len(shown):,} events; filter to see others.")
    picked = st.dataframe(view, hide_index=True, width="stretch", on_select="rerun",
                          selection_mode="single-row", key="table")
    rows = picked.selection.rows if picked is not None and hasattr(picked, "selection") else []
    choice = rows[0] if rows else 0
    with st.container(border=True):
        if not rows:
            st.caption("Choose a row to see its sentence, context and mentions; the first event is shown.")
        show_details(table.iloc[choice])

    # the files are made when a button is pressed, not on every rerun: 100,000 events take seconds to write
    left, middle, right = st.columns(3)
    left.download_button("Download CSV", lambda: to_csv(shown), "timeline.csv", "text/csv", on_click="ignore")
    middle.download_button("Download JSON", lambda: to_json(shown), "timeline.json", "application/json",
                           on_click="ignore")
    right.download_button("Download TimelineJS", lambda: to_timelinejs_bytes(shown), "timelinejs.json",
                          "application/json", on_click="ignore")


main()
