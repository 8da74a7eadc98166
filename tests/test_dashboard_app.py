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


def test_default_page_shows_the_seed_timeline(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    assert rows(page) == SEED_EVENTS
    assert len(page.get("plotly_chart")) == 1
    titles = list(page.dataframe[0].value["title"])
    assert any("Crocus City Hall" in t for t in titles)
    assert any("Olympics" in t for t in titles)
    assert f"{SEED_EVENTS} of {SEED_EVENTS} events" in page.caption[0].value


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
    getattr(page, widget)(key=key).set_value(value).run()
    assert not page.exception
    assert rows(page) == expected_rows
    assert len(page.get("plotly_chart")) == 1


def test_document_filter_and_lanes(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    page.multiselect(key="documents").set_value(["paris-olympics-security"]).run()
    assert rows(page) == SEED_EVENTS
    page.radio(key="lanes").set_value("by document").run()
    assert not page.exception and len(page.get("plotly_chart")) == 1


def test_no_match_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    page.text_input(key="search").set_value("no such words anywhere").run()
    assert [i.value for i in page.info] == ["No events match these filters."]
    assert len(page.dataframe) == 0 and len(page.get("plotly_chart")) == 0


def test_missing_folder_is_a_message_not_a_traceback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    page = app(monkeypatch, tmp_path / "nowhere")
    assert len(page.error) == 1
    assert "no such folder" in page.error[0].value and str(tmp_path / "nowhere") in page.error[0].value


def test_unreadable_build_is_a_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "events.json").write_text("{broken", encoding="utf-8")
    page = app(monkeypatch, tmp_path)
    assert len(page.error) == 1 and "not valid JSON" in page.error[0].value


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
    assert any("added as" in s.value for s in page.success), [s.value for s in page.success]
    titles = list(page.dataframe[0].value["title"])
    assert rows(page) == SEED_EVENTS + 2 and any("storm flooded" in t.lower() for t in titles)
    assert page.text_area(key="add_text").value == ""  # cleared for the next one


def test_pasting_twice_is_skipped_and_without_date_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    page.text_area(key="add_text").set_value(ARTICLE).run()
    page.button(key="add_button").click().run()
    page.text_area(key="add_text").set_value(ARTICLE).run()
    page.button(key="add_button").click().run()
    assert any("skipped" in w.value for w in page.warning)
    undated = "The museum reopened on Tuesday after a two-year renovation."
    page.text_area(key="add_text").set_value(undated).run()
    assert any("No publication date" in w.value for w in page.warning)
    page.button(key="add_button").click().run()
    assert any("left unresolved" in w.value for w in page.warning)


def test_nothing_to_add_is_an_error_line(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    page.button(key="add_button").click().run()
    assert [e.value for e in page.error] == ["error: nothing to add: paste an article or choose files"]


def test_remove_a_document(monkeypatch: pytest.MonkeyPatch) -> None:
    page = app(monkeypatch)
    page.text_area(key="add_text").set_value(ARTICLE).run()
    page.button(key="add_button").click().run()
    added = rows(page)
    page.selectbox(key="remove_doc").set_value("paris-olympics-security").run()
    page.button(key="remove_button").click().run()
    assert rows(page) == added - SEED_EVENTS
