"""End to end in a real browser (Debian's chromium via Playwright, required: a missing browser fails, never skips).

One dashboard server on a fresh seed store and one browser serve the module; the tests that add articles run last.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser import (
    HOVER_COLOURS_JS,
    ROOT,
    click_event,
    contrast,
    dashboard,
    hover_event,
)

MARKUP = "<b>bold</b> <img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def seed_url() -> Iterator[str]:
    with dashboard() as url:
        yield url


@pytest.fixture(scope="module")
def shared_page(browser: Any, seed_url: str) -> Iterator[Any]:
    """One page on the seed timeline for the tests that only read or filter it (opening a page takes seconds)."""
    page, _ = _open(browser, seed_url)
    yield page
    page.close()


@pytest.fixture()
def seed_page(shared_page: Any) -> Any:
    """The shared page with its filters reset and the view back to where it opens."""
    # the sidebar may still be drawing after the chart (a loaded machine): wait for the search box itself
    old_search = shared_page.wait_for_selector("input[aria-label='Search titles and sentences']", timeout=60000)
    shared_page.get_by_role("button", name="Reset filters").click()
    # "Reset filters" makes fresh filter widgets: wait until the old ones are gone and the chart is redrawn
    shared_page.wait_for_function("(el) => !el.isConnected", arg=old_search, timeout=60000)
    _wait(shared_page, "() => /\\b(\\d+) of \\1 events/.test(document.querySelector('[data-testid=stMain]').innerText)")
    shared_page.wait_for_function("() => document.querySelector('.js-plotly-plot')._fullData.length > 3")
    shared_page.locator(".updatemenu-button", has_text="fit").click()  # a zoom of an earlier test may remain
    shared_page.mouse.move(1, 1)
    return shared_page


def _open(browser: Any, url: str, width: int = 1400, dark: bool = False) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 1000}, color_scheme="dark" if dark else "light")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot", timeout=60000)
    page.wait_for_function("() => document.querySelector('.js-plotly-plot')._fullData !== undefined")
    return page, dialogs


def _wait(page: Any, script: str, arg: object = None) -> None:
    try:
        page.wait_for_function(script, arg=arg, timeout=60000)
    except PlaywrightTimeout:
        # say what the page shows instead, so that a failure on a loaded machine can be told from a wrong page
        shown = page.evaluate("() => (document.querySelector('[data-testid=stMain]') || document.body).innerText")
        pytest.fail(f"waited 60 s for {script} ({arg!r}); the page shows: {str(shown)[:1500]!r}")


def _caption_has(page: Any, text: str) -> None:
    _wait(page, "(t) => document.querySelector('[data-testid=stMain]').innerText.includes(t)", text)


def _search(page: Any, words: str) -> None:
    box = page.get_by_label("Search titles and sentences")
    box.fill(words)
    box.press("Enter")


def _details(page: Any) -> str:
    element = page.query_selector(".event-detail")
    return "" if element is None else str(element.inner_text())


def _x_range(page: Any) -> list[float]:
    return list(page.evaluate(
        "() => { const xa = document.querySelector('.js-plotly-plot')._fullLayout.xaxis;"
        " return xa.range.map(v => xa.d2l(v)); }"))


def _ms(day: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(day).timestamp() * 1000


def test_the_toolbar_is_a_readers_deploy_absent_theme_menu_kept(seed_page: Any) -> None:
    """A journalist's first look showed Streamlit's "Deploy" button (publish this app on Streamlit's cloud) in the
    corner of a read-only page; the reader's toolbar keeps only the menu, which still chooses light or dark. Headless
    Streamlit shows no Deploy button in either mode, so the check is on the menu: the developer's mode lists "Rerun"
    and "Clear cache" there (seen with --client.toolbarMode developer), the reader's mode neither."""
    assert seed_page.get_by_role("button", name="Deploy").count() == 0
    seed_page.locator("[data-testid=stMainMenu]").click()
    menu = seed_page.wait_for_selector("[data-testid=stMainMenuList]", timeout=30000)
    items = menu.inner_text()
    assert "Dark" in items and "Clear cache" not in items and "Rerun" not in items
    seed_page.keyboard.press("Escape")
    seed_page.wait_for_selector("[data-testid=stMainMenuList]", state="detached", timeout=30000)


def test_hover_shows_the_sentence_also_in_the_middle_of_a_bar(seed_page: Any) -> None:  # bug 8
    page = seed_page
    label = hover_event(page, "Crocus").replace("\n", " ")
    assert "On March 22, four gunmen stormed the Crocus City Hall concert venue" in label
    assert "22 Mar 2024" in label
    # zoomed to the games, the middle of the 26 Jul – 11 Aug bar is far from both its ends
    page.evaluate("() => Plotly.relayout(document.querySelector('.js-plotly-plot'),"
                  " {'xaxis.range': ['2024-07-18', '2024-08-20']})")
    label = hover_event(page, "Olympics will run", at="2024-08-03").replace("\n", " ")
    assert "run from July 26 to August 11" in label


def test_range_buttons_measure_from_the_data(seed_page: Any) -> None:  # bug 4
    page = seed_page
    page.locator(".updatemenu-button", has_text="1 year").click()
    _wait(page, "() => document.querySelector('.js-plotly-plot')._fullLayout.xaxis.range[0] > '2023'")
    low, high = _x_range(page)
    assert low <= _ms("2024-03-22") <= high and _ms("2024-08-11") <= high
    page.locator(".updatemenu-button", has_text="1 month").click()
    _wait(page, "() => document.querySelector('.js-plotly-plot')._fullLayout.xaxis.range[0] > '2024-06'")
    low, high = _x_range(page)
    assert low <= _ms("2024-08-11") <= high  # the Olympics, the last events, are in the last month


def test_one_event_has_a_sensible_axis(seed_page: Any) -> None:  # bug 5
    page = seed_page
    _search(page, "crocus")
    _caption_has(page, "1 of 9 events")
    _wait(page, "() => document.querySelector('.js-plotly-plot')._fullData.length <= 4")
    low, high = _x_range(page)
    assert high - low >= 2 * 86400000
    ticks = page.eval_on_selector_all(".xtick text", "els => els.map(e => e.textContent)")
    assert ticks and len(ticks) == len(set(ticks)), ticks


def test_chart_click_selects_and_the_selection_follows_the_event(seed_page: Any) -> None:  # bug 1
    page = seed_page
    click_event(page, "Crocus")
    _wait(page, "() => (document.querySelector('.event-detail') || {}).innerText?.includes('gunmen stormed')")
    page.get_by_text("Show approximate dates").click()
    _caption_has(page, "7 of 9 events")
    assert "gunmen stormed" in _details(page)
    _search(page, "Polish")
    _caption_has(page, "1 of 9 events")
    _wait(page, "() => !(document.querySelector('.event-detail') || {innerText: ''}).innerText.includes('gunmen')")
    assert page.query_selector("[data-testid='stException']") is None
    assert "gunmen stormed" not in _details(page)


def _assert_the_chart_reads_dark(page: Any) -> None:
    """The page and the chart are dark, and hover box and event labels read on them."""
    background = page.evaluate(
        "() => getComputedStyle(document.querySelector('.js-plotly-plot .bglayer rect.bg') ||"
        " document.querySelector('.js-plotly-plot .main-svg')).fill")
    page_background = page.evaluate("() => getComputedStyle(document.querySelector('.stApp')).backgroundColor")
    assert contrast(page_background, "#ffffff") > 10  # the page is dark
    if background in ("none", "rgba(0, 0, 0, 0)"):
        background = page_background
    assert contrast(background, "#ffffff") > 7, background  # and so is the chart
    hover_event(page, "Crocus")
    box, text = page.evaluate(HOVER_COLOURS_JS)
    assert contrast(box, text) >= 4.5, (box, text)
    labels = page.eval_on_selector_all(".js-plotly-plot .textpoint text",
                                       "els => els.map(e => getComputedStyle(e).fill)")
    assert labels and all(contrast(fill, background) >= 4.5 for fill in labels), labels


def test_dark_theme_is_readable_also_in_a_narrow_window(browser: Any, seed_url: str) -> None:  # bug 3
    page, _ = _open(browser, seed_url, dark=True)
    _assert_the_chart_reads_dark(page)
    page.set_viewport_size({"width": 400, "height": 900})
    _wait(page, "() => document.querySelector('.js-plotly-plot').getBoundingClientRect().width <= 400")
    width = page.evaluate("() => document.querySelector('.js-plotly-plot').getBoundingClientRect().width")
    assert 0 < width <= 400
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 400
    assert page.eval_on_selector_all(".js-plotly-plot .textpoint text", "els => els.length") > 0
    page.close()


PHONE_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 "
               "Mobile Safari/537.36")

# the boxes of the range buttons, of Plotly's tool bar (if drawn) and of each title written on the chart
PHONE_BOXES_JS = """
() => {
  const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const buttons = Array.from(document.querySelectorAll('.js-plotly-plot .updatemenu-button')).map(box);
  const bar = Array.from(document.querySelectorAll('.js-plotly-plot .modebar'))
    .filter(e => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().width > 0).map(box);
  const titles = Array.from(document.querySelectorAll('.js-plotly-plot .textpoint text'))
    .map(e => [box(e), e.textContent]);
  return [buttons, bar, titles];
}
"""


def test_on_a_phone_nothing_covers_the_range_buttons_or_another_title(browser: Any, seed_url: str) -> None:
    """A phone's browser (touch, a 400 px screen, a mobile user agent): Plotly's tool bar, shown all the time on
    touch screens, no longer lies over the range buttons, and the titles are short enough not to print over each
    other."""
    page = browser.new_page(viewport={"width": 400, "height": 900}, user_agent=PHONE_AGENT, is_mobile=True,
                            has_touch=True)
    page.goto(seed_url)
    page.wait_for_selector(".js-plotly-plot .textpoint text", timeout=60000)
    buttons, bar, titles = page.evaluate(PHONE_BOXES_JS)

    def overlap(a: list[float], b: list[float]) -> bool:
        return a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1

    assert buttons
    assert not any(overlap(b, m) for b in buttons for m in bar), (buttons, bar)
    assert titles and all(len(text.strip()) <= 24 for _, text in titles), titles
    boxes = [b for b, _ in titles]
    assert not any(overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), titles
    page.close()


FLOOD = ("---\ntitle: Old photographs of the river\npublished: 2024-02-10\n---\n"
         "The river broke its banks in 1910 and the whole lower town was under water for weeks.")


def test_an_added_article_is_not_hidden_by_the_old_dates(seed_page: Any) -> None:  # bug 2, runs last
    page = seed_page
    page.get_by_text("Add articles").click()
    box = page.get_by_role("textbox", name="Paste an article")
    box.fill(FLOOD)
    box.press("Tab")
    page.get_by_role("button", name="Add to timeline").click()
    _caption_has(page, "10 of 10 events")


def test_markup_in_an_article_is_shown_literally(browser: Any, seed_url: str) -> None:  # last: adds an article
    page, dialogs = _open(browser, seed_url)
    article = (ROOT / "tests" / "fixtures" / "markup-article.txt").read_text(encoding="utf-8")
    page.get_by_text("Add articles").click()
    box = page.get_by_role("textbox", name="Paste an article")
    box.fill(article)
    box.press("Tab")
    page.get_by_role("button", name="Add to timeline").click()
    _wait(page, "() => document.querySelector('.js-plotly-plot')._fullData"
                ".some(t => t.hovertext && Array.from(t.hovertext).some(h => String(h).includes('council')))")
    label = hover_event(page, "council").replace("\n", " ")
    assert MARKUP in label and "Markup <i>test</i> & friends" in label
    click_event(page, "council")
    _wait(page, "() => (document.querySelector('.event-detail') || {innerText: ''}).innerText.includes('council')")
    panel = page.query_selector(".event-detail")
    text = panel.inner_text()
    assert MARKUP in text and "Markup <i>test</i> & friends" in text  # the details panel itself shows the characters
    assert panel.query_selector("img") is None and panel.query_selector("b") is None
    assert "The mayor replied <u>under</u> & <script>alert(2)</script> in a letter." in text  # the context too
    assert panel.query_selector("i") is None and panel.query_selector("u") is None
    assert page.query_selector("img[src='x']") is None and page.query_selector("main b") is None
    assert dialogs == []
    page.close()


def test_a_dark_theme_set_on_the_server_draws_a_dark_chart_in_a_light_browser(browser: Any) -> None:
    """`--theme.base dark` (here STREAMLIT_THEME_BASE) draws the page dark whatever the browser prefers, while
    st.context.theme still reports the browser's light preference: the chart follows the page, not that report."""
    with dashboard(env_extra={"STREAMLIT_THEME_BASE": "dark"}) as url:
        page, _ = _open(browser, url, dark=False)
        _assert_the_chart_reads_dark(page)
        page.close()
