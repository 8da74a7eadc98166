"""The Streamlit page, run headless with AppTest: default page, each filter, empty states, a missing folder."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
SEED_EVENTS = len(json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8")))


@pytest.fixture(autouse=True)
def fresh_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Each test gets its own store (the seeds are added to it when it is first opened)."""
    path = tmp_path / "store" / "timeline.sqlite"
    monkeypatch.setenv("TIMELINE_DB", str(path))
    return path


def app(monkeypatch: pytest.MonkeyPatch, data: Path | None = None) -> AppTest:
    if data is None:
        monkeypatch.delenv("TIMELINE_DATA", raising=False)
    else:
        monkeypatch.setenv("TIMELINE_DATA", str(data))
    page = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    page.run()
    assert not page.exception, page.exception
    return page


def rows(page: AppTest) -> int:
    return int(page.dataframe[0].value.shape[0])


def messages(page: AppTest, level: str = "") -> list[str]:
    """The message lines on the page (shown as escaped HTML, so their text is never read as Markdown)."""
    import html
    import re

    found = []
    for element in page.get("html"):
        body = str(element.value)
        match = re.search(r'class="tl-message tl-(\w+)"[^>]*>(.*)</div>', body, re.S)
        if match and (not level or match.group(1) == level):
            found.append(html.unescape(match.group(2)))
    return found


def fkey(page: AppTest, name: str) -> str:
    """The key of a filter widget: filters carry the round they belong to (a new round resets them)."""
    if "filter_round" not in page.session_state:
        return name
    return f"{name}_{page.session_state['filter_round']}"


def test_default_page_shows_the_seed_timeline(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    assert rows(page) == SEED_EVENTS
    assert len(page.get("plotly_chart")) == 1
    titles = list(page.dataframe[0].value["title"])
    assert any("Crocus City Hall" in t for t in titles)
    assert any("Olympics" in t for t in titles)
    assert any(f"{SEED_EVENTS} of {SEED_EVENTS} events" in c.value for c in page.caption)


@pytest.mark.parametrize(
    "widget, key, value, expected_rows",
    [
        ("multiselect", "types", ["attack"], 2),
        ("multiselect", "types", ["sports", "attack"], 3),
        ("date_input", "dates", (date(2024, 3, 22), date(2024, 3, 22)), 4),
        ("text_input", "search", "Crocus", 1),
        ("text_input", "search", "olympics", 2),
        ("toggle", "approximate", False, SEED_EVENTS - 2),
    ],
)
def test_each_filter_narrows_the_table(monkeypatch: pytest.MonkeyPatch, widget: str, key: str, value: object,
                                       expected_rows: int) -> None:
    page = app(monkeypatch)
    getattr(page, widget)(key=fkey(page, key)).set_value(value).run()
    assert not page.exception
    assert rows(page) == expected_rows
    assert len(page.get("plotly_chart")) == 1


def test_document_filter_and_lanes(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    page.multiselect(key=fkey(page, "documents")).set_value(["paris-olympics-security"]).run()
    assert rows(page) == SEED_EVENTS
    page.radio(key=fkey(page, "lanes")).set_value("by document").run()
    assert not page.exception and len(page.get("plotly_chart")) == 1


def test_no_match_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    page.text_input(key=fkey(page, "search")).set_value("no such words anywhere").run()
    assert messages(page, "info") == ["No events match these filters (search “no such words anywhere”). Change one "
                                      "of them, or reset the filters."]
    assert len(page.dataframe) == 0 and len(page.get("plotly_chart")) == 0


def test_an_empty_result_names_every_filter_that_narrows_it_and_resets_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """An analyst who chose a type, then searched a word the type does not hold, reads which filters emptied the
    page (the search box may have scrolled out of sight) and gets every event back from where the chart was."""
    page = app(monkeypatch)
    page.multiselect(key=fkey(page, "types")).set_value(["sports"]).run()
    page.toggle(key=fkey(page, "approximate")).set_value(False).run()
    page.text_input(key=fkey(page, "search")).set_value("<b>Crocus</b>").run()
    [message] = messages(page, "info")
    assert "type sports" in message and "search “<b>Crocus</b>”" in message  # literal, never markup
    assert "approximate dates hidden" in message and "· dates" not in message  # the dates were not narrowed
    page.button(key="reset_filters_empty").click().run()
    assert not page.exception, page.exception
    assert messages(page, "info") == [] and rows(page) == SEED_EVENTS


def test_an_empty_result_of_the_date_filter_says_the_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    page.date_input(key=fkey(page, "dates")).set_value((date(2010, 1, 1), date(2010, 12, 31))).run()
    assert messages(page, "info") == ["No events match these filters (dates 2010-01-01 – 2010-12-31). Change one "
                                      "of them, or reset the filters."]


def test_missing_folder_is_a_message_not_a_traceback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    page = app(monkeypatch, tmp_path / "nowhere")
    errors = messages(page, "error")
    assert len(errors) == 1
    assert "no such folder" in errors[0] and str(tmp_path / "nowhere") in errors[0]


def test_unreadable_build_is_a_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "events.json").write_text("{broken", encoding="utf-8")
    page = app(monkeypatch, tmp_path)
    assert len(messages(page, "error")) == 1 and "not valid JSON" in messages(page, "error")[0]


def test_empty_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "events.json").write_text("[]", encoding="utf-8")
    page = app(monkeypatch, tmp_path)
    assert [i.value for i in page.info] == ["This timeline has no events yet."]


def test_markup_stays_text_in_the_table(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import subprocess
    import sys

    subprocess.run([sys.executable, "-m", "timeline", "build", str(ROOT / "tests" / "fixtures" / "markup-article.txt"),
                    "--out", str(tmp_path)], check=True, cwd=ROOT, capture_output=True)
    page = app(monkeypatch, tmp_path)
    sentences = list(page.dataframe[0].value["sentence"])
    assert any("<b>bold</b> <img src=x onerror=alert(1)>" in s for s in sentences)


ARTICLE = """---
title: Storm hits Lisbon
published: 2024-01-08
---
A storm flooded the old town of Lisbon on Saturday, and the mayor declared an emergency on Sunday."""


def test_pasted_article_appears_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    page.text_area(key="add_text").set_value(ARTICLE).run()
    assert page.text_input(key="add_title").value == "Storm hits Lisbon"  # pre-filled from the front matter
    assert page.date_input(key="add_date").value == date(2024, 1, 8)
    page.button(key="add_button").click().run()
    assert not page.exception
    assert any("added as" in s for s in messages(page, "success")), messages(page)
    titles = list(page.dataframe[0].value["title"])
    assert rows(page) == SEED_EVENTS + 2 and any("storm flooded" in t.lower() for t in titles)
    assert page.text_area(key="add_text").value == ""  # cleared for the next one


def test_pasting_twice_is_skipped_and_without_date_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    page.text_area(key="add_text").set_value(ARTICLE).run()
    page.button(key="add_button").click().run()
    page.text_area(key="add_text").set_value(ARTICLE).run()
    page.button(key="add_button").click().run()
    assert any("skipped" in w for w in messages(page, "warning"))
    undated = "The museum reopened on Tuesday after a two-year renovation."
    page.text_area(key="add_text").set_value(undated).run()
    assert any("No publication date" in w.value for w in page.warning)
    page.button(key="add_button").click().run()
    assert any("left unresolved" in w for w in messages(page, "warning"))


def test_nothing_to_add_is_an_error_line(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    page.button(key="add_button").click().run()
    assert messages(page, "error") == ["error: nothing to add: paste an article or choose files"]


def test_remove_a_document(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    page.text_area(key="add_text").set_value(ARTICLE).run()
    page.button(key="add_button").click().run()
    added = rows(page)
    page.selectbox(key="remove_doc").set_value("paris-olympics-security").run()
    page.button(key="remove_button").click().run()
    assert rows(page) == added  # nothing removed before the reader confirms
    page.button(key="remove_confirm").click().run()
    assert rows(page) == added - SEED_EVENTS


# ---- issue 9: each bug a first-time user hit, reproduced ----------------------------------------------------------


def table(page: AppTest):  # type: ignore[no-untyped-def]
    return page.dataframe[0].value


def table_key(page: AppTest) -> str:
    return str(page.session_state["table_key"]) if "table_key" in page.session_state else "table"


def pick_row(page: AppTest, words: str) -> None:
    """Choose the table row whose title holds `words`, as a click on the row would."""
    titles = list(table(page)["title"])
    index = next(i for i, t in enumerate(titles) if words in t)
    page.session_state[table_key(page)] = {"selection": {"rows": [index], "columns": [], "cells": []}}
    page.run()
    assert not page.exception, page.exception


def click_event(page: AppTest, event_id: str) -> None:
    """A click on an event in the chart, as Streamlit reports it (the point's customdata is the event id)."""
    page.session_state["chart"] = {"selection": {"points": [{"customdata": event_id, "point_index": 0,
                                                             "curve_number": 0}],
                                                 "point_indices": [0], "box": [], "lasso": []}}
    page.run()
    assert not page.exception, page.exception


def details(page: AppTest) -> str:
    """Everything the details panel shows (text, headings, escaped HTML)."""
    parts = [t.value for t in page.text] + [h.value for h in page.subheader] + [str(h.value) for h in page.get("html")]
    return "\n".join(parts)


def seed_id(words: str) -> str:
    events = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))
    return str(next(e["id"] for e in events if words in e["title"]))


def test_selection_follows_the_event_through_filters(monkeypatch: pytest.MonkeyPatch) -> None:  # bug 1
    page = app(monkeypatch)
    pick_row(page, "Crocus City Hall")
    assert "Four gunmen stormed" in details(page)
    # dropping the approximate events moves Crocus up a row: the panel stays on Crocus, not on the next event
    page.toggle(key=fkey(page, "approximate")).set_value(False).run()
    assert not page.exception, page.exception
    assert "Four gunmen stormed" in details(page) and "Kosiniak-Kamysz" not in details(page)
    # narrowing to fewer rows than the chosen row number: no IndexError, the selection clears itself
    page.text_input(key=fkey(page, "search")).set_value("Polish").run()
    assert not page.exception, page.exception
    assert rows(page) == 1 and "Four gunmen stormed" not in details(page)
    page.text_input(key=fkey(page, "search")).set_value("").run()
    assert "Four gunmen stormed" not in details(page)  # cleared, not resurrected


def test_clicking_an_event_in_the_chart_selects_it(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    click_event(page, seed_id("Crocus City Hall"))
    assert "Four gunmen stormed" in details(page)
    page.multiselect(key=fkey(page, "types")).set_value(["attack"]).run()
    assert "Four gunmen stormed" in details(page)
    page.multiselect(key=fkey(page, "types")).set_value(["sports"]).run()
    assert "Four gunmen stormed" not in details(page)


FLOOD = """---
title: Old photographs of the river
published: 2024-02-10
---
The river broke its banks in 1910 and the whole lower town was under water for weeks.
The archivist said the pictures show "a town that refused to leave" and will go on show on Friday."""


def test_new_articles_are_not_hidden_by_old_filter_bounds(monkeypatch: pytest.MonkeyPatch) -> None:  # bug 2
    page = app(monkeypatch)
    page.text_area(key="add_text").set_value(FLOOD).run()
    page.button(key="add_button").click().run()
    assert not page.exception, page.exception
    total = len(table(page))
    assert total > SEED_EVENTS and any("1910" in str(w) for w in table(page)["date"])
    assert any(f"{total} of {total} events" in c.value for c in page.caption)


def test_filters_reset_when_the_data_changes_and_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    page.text_input(key=fkey(page, "search")).set_value("Crocus").run()
    assert rows(page) == 1
    page.button(key="reset_filters").click().run()
    assert rows(page) == SEED_EVENTS
    page.text_input(key=fkey(page, "search")).set_value("Crocus").run()
    page.text_area(key="add_text").set_value(FLOOD).run()
    page.button(key="add_button").click().run()
    assert rows(page) > SEED_EVENTS  # the new article's events show: the filters started afresh


def test_hover_labels_have_no_quote_entities(monkeypatch: pytest.MonkeyPatch) -> None:  # bug 6
    page = app(monkeypatch)
    page.text_area(key="add_text").set_value(FLOOD).run()
    page.button(key="add_button").click().run()
    spec = page.get("plotly_chart")[0].proto.spec
    assert "refused to leave" in spec and "&quot;" not in spec


def test_table_date_column_sorts_as_dates(monkeypatch: pytest.MonkeyPatch) -> None:  # bug 7
    page = app(monkeypatch)
    dates = [str(d) for d in table(page)["date"]]
    assert dates == sorted(dates)  # the table lists events by date; sorting its date column keeps that order


def test_search_looks_in_the_context(monkeypatch: pytest.MonkeyPatch) -> None:  # bug 9
    page = app(monkeypatch)
    page.text_input(key=fkey(page, "search")).set_value("Bataclan").run()
    assert rows(page) == 2  # "since 2015, when France faced ...": the sentence before the one naming it


def test_dates_at_their_granularity_in_the_table(monkeypatch: pytest.MonkeyPatch) -> None:  # bug 10
    page = app(monkeypatch)
    shown = list(table(page)["when"])
    assert "since 2015" in shown and "since 2017" in shown and "2015" in shown
    assert not any("1 Jan" in w for w in shown)


MARKDOWN_TITLE = "Read **this** at https://example.org/x"


def test_article_text_never_reaches_markdown(monkeypatch: pytest.MonkeyPatch) -> None:  # bug 12
    page = app(monkeypatch)
    text = f"---\ntitle: {MARKDOWN_TITLE}\npublished: 2024-02-10\n---\nSee [here](https://example.org/y) " \
           "where the **vote** on Monday was lost."
    page.text_area(key="add_text").set_value(text).run()
    page.button(key="add_button").click().run()
    assert not page.exception, page.exception
    new = [i for i, d in enumerate(table(page)["document"]) if d == MARKDOWN_TITLE]
    assert new
    pick_row(page, str(table(page)["title"].iloc[new[0]]))
    rendered = [e.value for kind in ("markdown", "caption", "success", "warning", "error", "info", "subheader",
                                     "header", "title") for e in page.get(kind)]
    assert not any("example.org" in str(v) or "**" in str(v) for v in rendered), rendered
    shown = details(page)
    assert "[here](https://example.org/y)" in shown  # the sentence itself, as text
    assert "added as" in shown and MARKDOWN_TITLE in shown  # the ingest message, as text


def test_add_panel_messages_and_uploads(monkeypatch: pytest.MonkeyPatch) -> None:  # bug 13
    page = app(monkeypatch)
    uploader = page.get("file_uploader")[0]
    assert uploader.proto.max_upload_size_mb == 5 and "5 MB" in uploader.label
    page.button(key="add_button").click().run()
    assert len(messages(page, "error")) == 1
    page.text_area(key="add_text").set_value(ARTICLE).run()
    assert len(messages(page, "error")) == 0  # the old error goes once the reader changes the input
    page.text_area(key="add_text").set_value("").run()
    page.get("file_uploader")[0].set_value(("empty.txt", b"", "text/plain")).run()
    page.button(key="add_button").click().run()
    assert any("empty.txt" in m for m in messages(page, "error")), messages(page)
    assert not page.get("file_uploader")[0].value  # the bad file left the uploader
    page.button(key="add_button").click().run()
    assert not any("empty.txt" in m for m in messages(page, "error"))  # not reported again


def test_paste_errors_name_no_internal_file(monkeypatch: pytest.MonkeyPatch) -> None:  # bug 13
    page = app(monkeypatch)
    page.text_area(key="add_text").set_value("---\ntitle: Bad date\npublished: 2024-02-30\n---\nText on Monday.").run()
    page.button(key="add_button").click().run()
    shown = [e.value for e in page.error] + messages(page)
    assert any("pasted text" in m for m in shown), shown
    assert not any("pasted-" in m or ".txt" in m for m in shown), shown


def test_caption_shows_no_server_path(monkeypatch: pytest.MonkeyPatch, fresh_store: Path) -> None:  # bug 14
    page = app(monkeypatch)
    everything = " ".join(str(e.value) for kind in ("caption", "markdown", "text", "info") for e in page.get(kind))
    assert str(fresh_store.parent) not in everything and "sqlite" not in everything


def test_the_date_filter_zooms_the_chart(monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas as pd

    page = app(monkeypatch)
    page.date_input(key=fkey(page, "dates")).set_value((date(2024, 3, 20), date(2024, 3, 30))).run()
    spec = json.loads(page.get("plotly_chart")[0].proto.spec)
    low, high = (pd.Timestamp(x) for x in spec["layout"]["xaxis"]["range"])
    assert pd.Timestamp(2024, 3, 17) <= low <= pd.Timestamp(2024, 3, 20)
    assert pd.Timestamp(2024, 3, 30) <= high <= pd.Timestamp(2024, 4, 3)


# ---- corrections by hand, and the page's own taxonomy ------------------------------------------------------------


def correct(page: AppTest, event_id: str, new_type: str, new_title: str) -> None:
    page.selectbox(key=f"fix_type_{event_id}").set_value(new_type)
    page.text_input(key=f"fix_title_{event_id}").set_value(new_title)
    page.button(key=f"fix_save_{event_id}").click().run()
    assert not page.exception, page.exception


@pytest.mark.parametrize("where", ["store", "folder"])
def test_a_correction_by_hand_changes_the_event_and_keeps_the_filters(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, where: str
) -> None:
    data = None
    if where == "folder":
        data = tmp_path / "build"
        data.mkdir()
        for name in ("events.json", "documents.json"):
            (data / name).write_text((ROOT / "data" / name).read_text(encoding="utf-8"), encoding="utf-8")
    page = app(monkeypatch, data)
    event_id = seed_id("Crocus City Hall")
    page.text_input(key=fkey(page, "search")).set_value("Crocus").run()
    click_event(page, event_id)
    correct(page, event_id, "security", "Concert hall attacked near Moscow")
    assert "Saved" in " ".join(messages(page, "success"))
    assert list(table(page)["type"]) == ["security"]  # the search filter is still on: one row
    assert list(table(page)["title"]) == ["Concert hall attacked near Moscow"]
    assert "corrected by hand (was typed attack" in details(page)
    # a fresh page (another session, or after a rebuild of the same data) shows the correction too
    again = app(monkeypatch, data)
    row = table(again)[table(again)["title"] == "Concert hall attacked near Moscow"]
    assert list(row["type"]) == ["security"]
    if data is not None:
        assert event_id in json.loads((data / "corrections.json").read_text(encoding="utf-8"))
    # undo: the typer's type and title again
    click_event(again, event_id)
    again.button(key=f"fix_clear_{event_id}").click().run()
    assert not again.exception, again.exception
    assert any("Crocus City Hall" in t for t in table(again)["title"])


def test_a_saved_correction_shows_its_outcome_in_sight_and_names_only_what_changed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An analyst corrects only the type: the panel's label changes ("corrected by hand"), which used to close it
    with the "Saved" line inside, out of sight; and the details repeated the unchanged title as the typer's."""
    page = app(monkeypatch)
    event_id = seed_id("Crocus City Hall")
    click_event(page, event_id)
    [panel] = [e for e in page.expander if e.label.startswith("Correct this event")]
    assert not panel.proto.expanded  # closed until the reader opens it
    title = str(table(page).loc[table(page)["type"] == "attack", "title"].iloc[-1])
    assert "Crocus" in title
    correct(page, event_id, "justice", title)
    [panel] = [e for e in page.expander if e.label.startswith("Correct this event")]
    assert panel.label == "Correct this event (corrected by hand)" and panel.proto.expanded
    assert "Saved" in " ".join(messages(page, "success"))
    assert "corrected by hand (was typed attack)" in details(page)
    # it stays open for the next edit of this event (the message used up), and another event's panel is closed
    page.run()
    [panel] = [e for e in page.expander if e.label.startswith("Correct this event")]
    assert panel.proto.expanded and messages(page, "success") == []
    # look-alike: a title changed and the type kept says the old title only
    correct(page, event_id, "justice", "Concert hall attacked near Moscow")
    assert f"corrected by hand (was typed attack, titled “{title}”)" in details(page)
    page.button(key=f"fix_clear_{event_id}").click().run()
    correct(page, event_id, "attack", "Concert hall attacked near Moscow")
    assert f"corrected by hand (was titled “{title}”)" in details(page)
    click_event(page, seed_id("Olympics will run"))  # another event's panel is closed
    [panel] = [e for e in page.expander if e.label.startswith("Correct this event")]
    assert not panel.proto.expanded and "Olympics will run" in details(page)


def test_the_open_panel_shows_the_event_as_it_now_is_after_an_undo_and_a_save(monkeypatch: pytest.MonkeyPatch) -> None:
    """The panel stays open after a save or an undo, so its fields are read again: after "Undo correction" they
    showed the hand's type and title still (a second save put the undone correction back), and after a save a
    title typed with spaces around it kept them though the event's title had none."""
    page = app(monkeypatch)
    event_id = seed_id("Crocus City Hall")
    click_event(page, event_id)
    typed_as = page.selectbox(key=f"fix_type_{event_id}").value
    titled = page.text_input(key=f"fix_title_{event_id}").value
    correct(page, event_id, "justice", "  A concert hall is stormed  ")
    assert page.text_input(key=f"fix_title_{event_id}").value == "A concert hall is stormed"
    assert page.selectbox(key=f"fix_type_{event_id}").value == "justice"
    page.button(key=f"fix_clear_{event_id}").click().run()
    assert not page.exception, page.exception
    assert "The typer's type and title apply again." in messages(page, "success")
    assert (page.selectbox(key=f"fix_type_{event_id}").value, page.text_input(key=f"fix_title_{event_id}").value) \
        == (typed_as, titled)
    # look-alike: a save that fails keeps what the reader typed, to be mended
    page.text_input(key=f"fix_title_{event_id}").set_value("   ")
    page.button(key=f"fix_save_{event_id}").click().run()
    assert messages(page, "error") and page.text_input(key=f"fix_title_{event_id}").value == "   "


@pytest.mark.parametrize("bad_title", ["", "   "])
def test_a_correction_with_an_empty_title_is_refused(monkeypatch: pytest.MonkeyPatch, bad_title: str) -> None:
    page = app(monkeypatch)
    event_id = seed_id("Crocus City Hall")
    click_event(page, event_id)
    correct(page, event_id, "attack", bad_title)
    assert any(m.startswith("error:") for m in messages(page, "error"))
    assert any("Crocus City Hall" in t for t in table(page)["title"])


def test_the_page_uses_the_users_own_taxonomy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    taxonomy = tmp_path / "mine.tsv"
    taxonomy.write_text("elections\tballot\nelections\tvoters\nelections\tpolls\nother\tsaid\n", encoding="utf-8")
    monkeypatch.setenv("TIMELINE_TAXONOMY", str(taxonomy))
    page = app(monkeypatch)
    article = "---\ntitle: A vote\npublished: 2024-05-02\n---\nVoters went to the polls on Sunday in a ballot.\n"
    page.text_area(key="add_text").set_value(article).run()
    page.button(key="add_button").click().run()
    assert not page.exception, page.exception
    assert "elections" in set(table(page)["type"])
    event_id = seed_id("Crocus City Hall")
    click_event(page, event_id)
    assert page.selectbox(key=f"fix_type_{event_id}").options[:2] == ["elections", "other"]


def test_details_show_the_typers_confidence_and_second_type(monkeypatch: pytest.MonkeyPatch) -> None:
    events = json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))
    crocus = next(e for e in events if "Crocus City Hall" in e["title"])
    page = app(monkeypatch)
    click_event(page, crocus["id"])
    expected = f"{crocus['type']} ({crocus['confidence']:.0%} sure"
    assert expected in details(page)
    assert crocus["second_type"] and f"else {crocus['second_type']})" in details(page)


def _far_founding(folder: Path, parquet: bool) -> Path:
    """Thirty events over a spring of 2023 in three articles, and a founding year of 1834 named in passing in one
    of them: the date filter opens on 2023 and leaves 1834 outside."""
    rows = [{"id": f"q{i}", "doc": f"quay{i % 3}", "start": f"2023-04-{1 + i:02d}", "end": f"2023-04-{1 + i:02d}",
             "granularity": "day", "value": f"2023-04-{1 + i:02d}", "approximate": False, "expression": "on Monday",
             "sentence": f"The quay committee met again ({i}).", "context": "", "title": f"Quay meeting {i}",
             "type": "economy", "rule": "r", "mentions": [], "sources": [f"quay{i % 3}"]} for i in range(30)]
    rows.append({**rows[0], "id": "q99", "start": "1834-01-01", "end": "1834-12-31", "granularity": "year",
                 "value": "1834", "expression": "in 1834", "sentence": "The harbour was dug by hand in 1834.",
                 "title": "Harbour dug"})
    documents = [{"id": f"quay{i}", "title": f"Quay {i}", "published": "2023-05-01", "source": "", "url": "",
                  "path": "", "counts": {"sentences": 1, "timexes": 1, "events": 0}} for i in range(3)]
    if parquet:
        from timeline.distributed import write_parquet_build
        write_parquet_build(folder, rows, documents)
    else:
        folder.mkdir()
        (folder / "events.json").write_text(json.dumps(rows), encoding="utf-8")
        (folder / "documents.json").write_text(json.dumps(documents), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("parquet", "first"), [(False, "2023-04-01"), (True, "2023-01-01")],
                         ids=["in memory", "parquet"])
def test_an_empty_search_names_the_opening_dates_that_leave_its_event_outside(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, parquet: bool, first: str) -> None:
    """(review, round 37) A search for the one far event finds nothing because the opening dates leave it outside:
    the empty page names those dates (it named the search alone, as if no event held the words). A Parquet build's
    opening dates come from its coarse bins (here a year's): they start at its bin."""
    page = app(monkeypatch, _far_founding(tmp_path / "build", parquet))
    page.text_input(key=fkey(page, "search")).set_value("dug by hand").run()
    assert messages(page, "info") == [f"No events match these filters (dates {first} – 2023-04-30 · search “dug "
                                      "by hand”). Change one of them, or reset the filters."]
    page.date_input(key=fkey(page, "dates")).set_value((date(1800, 1, 1), date(2023, 12, 31))).run()
    assert messages(page, "info") == [] and rows(page) == 1  # widened, the event is there


def test_an_empty_search_over_every_date_still_names_the_search_alone(monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:
    """The look-alike: dates that open on every event (no far one) are not named."""
    page = app(monkeypatch)
    page.text_input(key=fkey(page, "search")).set_value("dug by hand").run()
    assert messages(page, "info") == ["No events match these filters (search “dug by hand”). Change one of them, "
                                      "or reset the filters."]
