"""The cheap word tests run before some patterns (timeline.prefilter.may_hold) never turn down a text the pattern
matches: each pattern is run on sentences that match it, one for each word its matches hold, and on texts made of its
own words in any case, and wherever it matches, the word test lets it through."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import events, tagger
from timeline.prefilter import may_hold

# (pattern, the words one of which is in every match, sentences that match it: one for each of those words)
CASES = [
    (tagger._WARNED_BEFORE_DAY, tagger._WARNED_WORDS, [
        "The agency warned of icy roads on ", "Forecasters CAUTIONED about gusts on ", "The utility alerted residents "
        "that pressure would drop on ", "The office forecast heavy rain on ", "Meteorologists predicted sleet on ",
        "The coastguard warns that swells will build on "]),
    (tagger._WARNED_SPAN_START_BEFORE_DAY, tagger._WARNED_WORDS, [
        "Engineers warned of closures from ", "The board cautioned against travel between ",
        "Officials alerted drivers about closures from ", "The service forecast snow from ",
        "Experts predicted showers between "]),
    (events._PUBLISHED_REPORT_BEFORE, events._PUBLISHED_WORDS, [
        "the club fell to ninth in the rankings published on ", "according to figures released in ",
        "in a survey issued last ", "in the league table compiled in ", "on a list UPDATED on "]),
    (events._REPORTER_SAID, events._REPORTER_WORDS, [
        "The harbour master said on ", "the county's chief engineer says ", ", the ferry operator reported on ",
        ", the mayor added on ", "The inspector stated in ", "The coach told reporters on "]),
    (events._INTO_A_DATE, events._INTO_WORDS, [
        "The hearing ran into", "Repairs stretched onto", "The vigil went on through", "Work carried on throughout",
        "Shelling spread across", "Delays lasted beyond", "Flights were routed via", "Trading slumped amid",
        "The storm drifted toward", "Crowds moved towards"]),
    (events._GOING_ON_INTO, ("into",), [
        "Talks went on late into ", "The rescue continued into the early hours of ", "Celebrations raged into "]),
]


@pytest.mark.parametrize(("pattern", "words", "texts"), CASES)
def test_matching_sentences_pass_the_word_test(pattern: re.Pattern[str], words: tuple[str, ...],
                                               texts: list[str]) -> None:
    for text in texts:
        assert pattern.search(text) is not None, text  # (the sentence does match)
        assert may_hold(text, 0, len(text), words), text
    # each word the test looks for is one some sentence matches with: no word listed in vain
    assert all(any(word in text.lower() for text in texts) for word in words)


def test_word_test() -> None:
    assert not may_hold("Officials said the bridge would reopen", 0, 39, ("warn",))
    assert may_hold("Officials WARNED the bridge would close", 0, 39, ("warn",))
    assert not may_hold("Officials WARNED the bridge would close", 17, 39, ("warn",))  # only the stretch counts
    # not ASCII: the engine's case folding matches "ſ" with "s", so the pattern runs
    assert re.search("released", "the figures relea\u017fed on", re.IGNORECASE) is not None
    assert may_hold("the figures relea\u017fed on", 0, 24, ("released",))


_FILLER = ["the", "on", "of", "in", "a", "that", "late", "well", "hours", "from", "between", "Monday", "by", "2024",
           "figures", "list", "report", ",", "early", "mayor", "its", "the time"]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_generated_texts(data: st.DataObject) -> None:
    pattern, words, _ = data.draw(st.sampled_from(CASES))
    vocabulary = sorted(set(re.findall(r"[a-z]+", pattern.pattern)) | set(words)) + _FILLER
    tokens = data.draw(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=10))
    cased = [t.upper() if data.draw(st.booleans()) else t for t in tokens]
    text = " ".join(cased) + " "
    if pattern.search(text) is not None:
        assert may_hold(text, 0, len(text), words), text
