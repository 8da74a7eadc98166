"""The word lists that code reads from data files (tagger_words.tsv's code lists, events_signals.tsv's groups):
each is required on load, and the code's patterns are built from the file's words."""

from pathlib import Path

import pytest

from timeline import events, rules, tagger
from timeline.rules import RuleError, code_word_lists

_WORDS_FILE = rules._resource_text("tagger_words.tsv")


def _words_file_without(name: str) -> tuple[str, str]:
    text, source = _WORDS_FILE
    kept = [line for line in text.splitlines(keepends=True) if not line.startswith(f"{name}\t")]
    return "".join(kept), source


@pytest.mark.parametrize("name", ["forecast", "participle", "statement", "timetable"])
def test_a_code_list_missing_from_tagger_words_is_refused(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(rules, "_resource_text", lambda _file: _words_file_without(name))
    with pytest.raises(RuleError, match=f"no '{name}' words"):
        code_word_lists("forecast", "participle", "statement", "timetable")


def test_a_code_list_form_must_be_a_plain_word(monkeypatch: pytest.MonkeyPatch) -> None:
    text, source = rules._resource_text("tagger_words.tsv")
    monkeypatch.setattr(rules, "_resource_text", lambda _file: (text + "forecast\tforesee[ns]\tforesee\n", source))
    with pytest.raises(RuleError, match="not a plain word"):
        code_word_lists("forecast")


def test_the_tagger_reads_its_code_lists_from_the_file() -> None:
    lists = code_word_lists("forecast", "participle", "statement", "timetable")
    assert tagger._FORECAST_VERBS == lists["forecast"] and "foresees" in tagger._FORECAST_VERBS
    assert tagger._TIMETABLE_VERBS == lists["timetable"] and "sails" in tagger._TIMETABLE_VERBS
    # every participle and statement noun of the file is in the pattern of another event's day
    for word in lists["participle"]:
        assert tagger._OTHER_EVENT_BEFORE_DAY.search(f"delays to the works {word} on "), word
    for word in lists["statement"]:
        assert tagger._OTHER_EVENT_BEFORE_DAY.search(f"it expects a loss, it said in a {word} on "), word
    assert not tagger._OTHER_EVENT_BEFORE_DAY.search("delays to the works begin on ")


@pytest.mark.parametrize("group", ["arranged", "modal", "bound", "noun_preposition", "relative"])
def test_an_events_signals_group_missing_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                    group: str) -> None:
    source = Path(str(events.resources.files("timeline") / "resources" / "events_signals.tsv"))
    kept = [line for line in source.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith(f"{group}\t")]
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "events_signals.tsv").write_text("".join(kept), encoding="utf-8")
    monkeypatch.setattr(events.resources, "files", lambda _package: tmp_path)
    with pytest.raises(ValueError, match=f"no '{group}' words"):
        events._signal_words()


def test_the_arranging_pasts_come_from_events_signals() -> None:
    for word in events.SIGNALS["arranged"]:
        assert events._ARRANGED.search(f"the vote in May, which was {word} last week"), word
    assert events._ARRANGED.search("the final in June, which was called off")  # (a phrase kept in the code)
    assert not events._ARRANGED.search("the storm in March, which brought record rain")


def test_the_builders_closed_classes_come_from_events_signals() -> None:
    assert events._MODALS == events.SIGNALS["modal"] and "ought" in events._MODALS
    assert events._BOUND_WORDS == events.SIGNALS["bound"] and "because" in events._BOUND_WORDS
    assert events._NOUN_PREPOSITIONS == events.SIGNALS["noun_preposition"] and "against" in events._NOUN_PREPOSITIONS
    assert events._RELATIVE_WORDS == events.SIGNALS["relative"] and "whose" in events._RELATIVE_WORDS
