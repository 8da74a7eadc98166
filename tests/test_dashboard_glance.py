"""The page read at a glance (round 35's walk-through): a key under the chart says what its marks mean, and the
chosen event leads to its article (only that article's events, and its address where the build has one)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.test_dashboard_app import click_event, details, fkey, table
from timeline.figure import build_figure, key_text
from timeline.timeline_data import events_frame

ROOT = Path(__file__).resolve().parents[1]


def event(i: int, doc: str, start: date, days: int = 0, approximate: bool = False, title: str = "",
          expression: str = "on Monday") -> dict[str, object]:
    return {
        "id": f"{doc}-e{i}", "doc": doc, "doc_title": f"Paper {doc}", "start": start.isoformat(),
        "end": (start + timedelta(days=days)).isoformat(), "granularity": "day", "value": "",
        "approximate": approximate, "expression": expression, "sentence": f"Sentence {i} of {doc}.", "context": "",
        "title": title or f"Event {i} of {doc}", "type": "politics", "rule": "r", "mentions": [], "sources": [doc],
    }


# (events, kinds of mark the key must name, kinds it must not)
KEY_CASES = [
    ([event(1, "a", date(2023, 5, 2))], ["● a day"], ["a bar: a period", "fading", "approximate"]),
    ([event(1, "a", date(2023, 5, 2), days=9)], ["a bar: a period"], ["● a day", "fading", "approximate"]),
    ([event(1, "a", date(2023, 5, 2)), event(2, "a", date(2023, 1, 1), days=364, approximate=True)],
     ["● a day", "a bar: a period", "approximate"], ["fading"]),
    ([{**event(1, "a", date(2019, 1, 1), days=1600, expression="2019"), "granularity": "open",
       "sentence": "Rents in the old quarter have climbed since 2019."}], ["fading", "a bar: a period"],
     ["● a day", "approximate"]),
]


@pytest.mark.parametrize("records, named, absent", KEY_CASES)
def test_the_key_names_the_marks_the_chart_draws(records: list[dict[str, object]], named: list[str],
                                                 absent: list[str]) -> None:
    _, info = build_figure(events_frame(records))
    key = key_text(info)
    assert key.startswith("Each mark is an event at the date it refers to")
    assert "Hover a mark to read its sentence" in key and len(key) < 200  # one line on a laptop
    for words in named:
        assert words in key, (words, key)
    for words in absent:
        assert words not in key, (words, key)


def test_a_chart_of_counts_has_no_key_of_marks() -> None:
    from timeline.figure import FigureInfo

    assert key_text(FigureInfo("counts", 9000, "year")) == ""
    assert key_text(FigureInfo("empty", 0)) == ""


def test_the_seed_page_shows_the_key_under_the_chart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_DATA", str(ROOT / "data"))
    page = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    page.run()
    assert not page.exception, page.exception
    keys = [c.value for c in page.caption if c.value.startswith("Each mark is an event")]
    assert len(keys) == 1 and "● a day" in keys[0] and "a bar: a period" in keys[0]


def test_a_busy_page_says_above_the_chart_why_it_has_no_titles(monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path) -> None:
    """Some forty articles of a reader's own: a line above the chart (not under a screen-tall chart) says the titles
    were left out and how to get them; once one type is chosen the titles are written and the line is gone."""
    from tests.test_dashboard_app import messages

    folder = tmp_path / "busy"
    folder.mkdir()
    kinds = ("politics", "economy", "health", "justice", "sports", "culture", "disaster", "attack", "diplomacy")
    events = [dict(event(i, f"p{i % 40}", date(2021, 1, 4) + timedelta(days=2 * i)), type=kinds[i % len(kinds)])
              for i in range(360)]
    documents = [{"id": f"p{n}", "title": f"Paper p{n}", "published": "2021-01-04", "source": "", "url": "",
                  "path": "", "counts": {"sentences": 9, "timexes": 9, "events": 9}} for n in range(40)]
    (folder / "events.json").write_text(json.dumps(events), encoding="utf-8")
    (folder / "documents.json").write_text(json.dumps(documents), encoding="utf-8")
    page = open_build(monkeypatch, folder)
    [busy] = [m for m in messages(page, "info") if m.startswith("Titles are left out")]
    assert "these 360 events fit one screen" in busy and "choose event types, a document or dates" in busy
    page.multiselect(key=fkey(page, "types")).set_value(["health"]).run()
    assert not page.exception, page.exception
    assert not [m for m in messages(page, "info") if m.startswith("Titles are left out")]


@pytest.fixture()
def two_papers(tmp_path: Path) -> Path:
    """A build of two articles, one with a web address, the other with an address that is no web page."""
    folder = tmp_path / "build"
    folder.mkdir()
    events = [event(i, "a", date(2022, 4, 1) + timedelta(days=3 * i)) for i in range(3)]
    events += [event(i, "b", date(2022, 4, 2) + timedelta(days=3 * i)) for i in range(4)]
    documents = [{"id": doc, "title": f"Paper {doc}", "published": "2022-04-01", "source": "wire", "url": url,
                  "path": "", "counts": {"sentences": 5, "timexes": 4, "events": 4}}
                 for doc, url in (("a", "https://news.example.org/a?x=1&y=<2>"), ("b", "javascript:alert(1)"))]
    (folder / "events.json").write_text(json.dumps(events), encoding="utf-8")
    (folder / "documents.json").write_text(json.dumps(documents), encoding="utf-8")
    return folder


def open_build(monkeypatch: pytest.MonkeyPatch, folder: Path) -> AppTest:
    monkeypatch.setenv("TIMELINE_DATA", str(folder))
    page = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    page.run()
    assert not page.exception, page.exception
    return page


def only_button(page: AppTest) -> list[object]:
    return [b for b in page.button if b.key == "only_article"]


@pytest.mark.parametrize("mode", ["memory", "parquet"])
def test_the_chosen_event_leads_to_its_article(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, two_papers: Path,
                                               mode: str) -> None:
    folder = two_papers
    if mode == "parquet":
        from timeline.distributed import write_parquet_build

        folder = tmp_path / "parquet"
        write_parquet_build(folder, json.loads((two_papers / "events.json").read_text(encoding="utf-8")),
                            json.loads((two_papers / "documents.json").read_text(encoding="utf-8")))
    page = open_build(monkeypatch, folder)
    assert len(table(page)) == 7 and not only_button(page)  # nothing chosen: no article to go to
    click_event(page, "a-e1")
    assert "Sentence 1 of a." in details(page)
    # its address is a link, escaped; a reader opens the article from the details
    assert '<a href="https://news.example.org/a?x=1&amp;y=&lt;2&gt;" target="_blank"' in details(page)
    only_button(page)[0].click().run()  # type: ignore[attr-defined]
    assert not page.exception, page.exception
    assert sorted(table(page)["document"]) == ["Paper a"] * 3  # that article's events, all of them
    assert page.multiselect(key=fkey(page, "documents")).value == ["a"]  # said in the filter, undone there
    assert "Sentence 1 of a." in details(page) and not only_button(page)  # the event stays chosen
    page = open_build(monkeypatch, folder)
    click_event(page, "b-e2")  # an article without a web address: no link, and never a script's
    assert "Sentence 2 of b." in details(page)
    assert "javascript:" not in details(page) and "Open the article" not in details(page)
    assert len(only_button(page)) == 1
