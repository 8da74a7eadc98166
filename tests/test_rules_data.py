"""The tagger's data files are validated on load: a bad rule is rejected with its file, line and reason."""

from __future__ import annotations

import re

import pytest

from timeline.rules import (
    REACH_TABLE,
    RuleError,
    _resource_text,
    default_ruleset,
    factor_alternatives,
    first_characters,
    load_tense_cues,
    parse_reach_table,
    parse_rules,
    parse_tense_cues,
    parse_words,
    reach_table_text,
    runnable_pattern,
)

WORDS = parse_words("Month\tMarch\t3\nnumword\ttwo\t2\n", "words.tsv")


def test_packaged_rules_load_with_ids_and_examples() -> None:
    ruleset = default_ruleset()
    ids = [r.id for r in ruleset.rules]
    assert len(ids) == len(set(ids)) and len(ids) > 80
    assert any(r.negative for r in ruleset.rules)


@pytest.mark.parametrize(
    "line, message",
    [
        ("r1\tDATE\tdate m={m}\tmar\t(?P<m>%Month%\tMarch", "bad pattern"),
        ("r1\tDATE\tdate m={m}\tmar\t(?P<m>%Mnth%)\tMarch", "unknown word list"),
        ("r1\tDATE\tnonsense m={m}\tmar\t(?P<m>%Month%)\tMarch", "unknown value kind"),
        ("r1\tWHEN\tdate m={m}\tmar\t(?P<m>%Month%)\tMarch", "unknown type"),
        ("r1\tDATE\tdate m={m}\tmar\t(?P<m>%Month%)\tApril", "does not match"),
        ("r1\tDATE\tdate m={m}\tmar\t(?P<m>%Month%)", "6 tab-separated columns"),
        ("r1\tDATE\tdate m={m}\tmar\t@nothing\tMarch", "unknown sub-pattern"),
        ("r1\tDATE\tdate m={m}\tapr\t(?P<m>%Month%)\tMarch", "none of its triggers"),
        ("r1\tDATE\tdate m={m}\t%Mnth%\t(?P<m>%Month%)\tMarch", "unknown word list"),
        ("r1\tDATE\tdate m={m}\tmar\t(?P<m>%Month%)\tMarch\n" * 2, "duplicate"),
        ("r1\tDATE\tdate m={m}\t^arch\t(?P<m>%Month%)\tMarch", "none of its triggers"),
        ("r1\tDATE\tdate m={m}\t^\t(?P<m>%Month%)\tMarch", "no literal text"),
    ],
)
def test_bad_rules_are_rejected(line: str, message: str) -> None:
    with pytest.raises(RuleError, match=message) as info:
        parse_rules(line + "\n", "rules.tsv", WORDS)
    assert "rules.tsv:" in str(info.value)


def test_bad_word_list_is_rejected() -> None:
    with pytest.raises(RuleError, match="words.tsv:2: expected 3"):
        parse_words("Month\tMarch\t3\nMonth\tApril\n", "words.tsv")


@pytest.mark.parametrize(
    "line, ok",
    [
        ("holiday\tChristmas\t12-25", True),
        ("holiday\tLabor Day\t09/1/1", True),
        ("holiday\tMemorial Day\t05/1/-1", True),
        ("holiday\tGood Friday\tEASTER-2", True),
        ("holiday\tChristmas\t12-32", False),
        ("holiday\tLabor Day\t09/8/1", False),
        ("holiday\tEaster\tEASTR", False),
        ("Month\tMarch\t13", False),
        ("Weekday\tMonday\t0", False),
    ],
)
def test_word_values_are_checked(line: str, ok: bool) -> None:
    """A holiday, month or weekday value of the wrong shape fails on load, naming the line."""
    if ok:
        parse_words(line + "\n", "words.tsv")
        return
    with pytest.raises(RuleError, match="words.tsv:1: .* is not"):
        parse_words(line + "\n", "words.tsv")


@pytest.mark.parametrize(
    "trigger, text, found",
    [
        ("^day", "two days", True),
        ("^day", "a three-day visit", True),
        ("^day", "today", False),
        ("day", "today", True),
        ("^%Month%", "in March", True),
        ("^%Month%", "the Marches", True),
        ("%Month%", "in May", True),
        ("%Month%", "prices may fall", False),
        ("%Month%", "the MARCH figures", True),
        ("%Weekday%", "every month", False),
        ("%Weekday%", "on Mon. and Tue.", True),
        ("%weekdays%", "closed on mondays", True),
        ("every,@per_core", "up three percent", False),
        ("every,@per_core", "twice per week", True),
    ],
)
def test_word_start_triggers(trigger: str, text: str, found: bool) -> None:
    """A trigger written with ^ counts only where a word starts; a list named with a capital only as written."""
    from timeline.rules import default_ruleset, parse_triggers

    words = default_ruleset().words  # the packaged lists: Month, Weekday, weekdays
    assert parse_triggers(trigger, words, {"per_core": r"per\s"}, "t").found_in(text) is found


def test_the_reach_table_is_current() -> None:
    """tagger_reach.tsv holds what working out every packaged rule's reach afresh gives (regenerate it with
    write_reach_table when a rule changes; a stale line is only slower, never wrong: see the next tests)."""
    words = parse_words(*_resource_text("tagger_words.tsv"))
    fresh = parse_rules(*_resource_text("tagger_rules.tsv"), words, stored={})
    assert reach_table_text(fresh) == _resource_text(REACH_TABLE)[0]
    assert [(r.reach, r.reach_around) for r in default_ruleset().rules] == [(r.reach, r.reach_around) for r in fresh]


RULE = "r1\tDATE\tdate m={m}\tmar\t(?P<m>%Month%)\\s+\\d+\tMarch 3"


@pytest.mark.parametrize("same_key, expected_reach", [(True, 99), (False, 4)])
def test_a_stored_reach_is_used_only_for_its_own_pattern(same_key: bool, expected_reach: int) -> None:
    (rule,) = parse_rules(RULE, "rules.tsv", WORDS, stored={})
    assert rule.reach == 4  # "March", a space run, the digits, and the token the closing look-ahead reads
    key = rule.reach_key if same_key else "0" * 20
    table = parse_reach_table(f"# a comment\nr1\t{key}\t99\t-\t-\t-\t-\nbroken line\nr1\t{key}\t98\t-\t-\t-\n")
    (again,) = parse_rules(RULE, "rules.tsv", WORDS, stored=table)
    assert again.reach == expected_reach
    # a rule the table vouches for is compiled on first use, into the very pattern a checked load compiles
    assert ("pattern" in again.__dict__) is not same_key
    assert again.pattern.flags == rule.pattern.flags and again.pattern.groupindex == rule.pattern.groupindex
    text = "on march 3, MARCH 14 and March 9x"
    assert [m.span() for m in again.pattern.finditer(text)] == [m.span() for m in rule.pattern.finditer(text)]
    # the look-ahead for the first characters comes from the table too (here: none), else it is worked out
    assert rule.pattern.pattern.startswith("(?=[")
    assert again.pattern.pattern.startswith("(?=[") is not same_key


@pytest.mark.parametrize("changed, problem", [
    ("\tMarch 3", ""),  # the rule the table was written from: loaded as it is
    ("\tMarch three", "does not match"),  # its example changed since: checked again, and found wrong
    ("\tdate m={month}\t", "unknown group"),  # its value changed since: likewise
])
def test_a_rule_changed_since_the_table_was_written_is_checked_again(changed: str, problem: str) -> None:
    (rule,) = parse_rules(RULE, "rules.tsv", WORDS, stored={})
    table = parse_reach_table(f"r1\t{rule.reach_key}\t{rule.reach}\t-\t-\t-\t-\n")
    text = RULE.replace("\tMarch 3", changed) if changed.startswith("\tMarch") else RULE.replace(
        "\tdate m={m}\t", changed)
    if problem:
        with pytest.raises(RuleError, match=problem):
            parse_rules(text, "rules.tsv", WORDS, stored=table)
    else:
        assert parse_rules(text, "rules.tsv", WORDS, stored=table)[0].reach_key == rule.reach_key


def test_the_barriers_read_from_the_table_are_those_worked_out() -> None:
    words = parse_words(*_resource_text("tagger_words.tsv"))
    fresh = parse_rules(*_resource_text("tagger_rules.tsv"), words, stored={})
    loaded = default_ruleset().rules
    assert sum(r.barrier is not None for r in fresh) >= 10
    assert [r.barrier and r.barrier.pattern for r in loaded] == [r.barrier and r.barrier.pattern for r in fresh]



@pytest.mark.parametrize("pattern, factored", [
    ("(?:march|may|monday)", "(?:m(?:a(?:rch|y)|onday))"),
    ("(?P<n>one|two|three)", "(?P<n>one|t(?:wo|hree))"),
    (r"\bsay|says\b", r"\bsay|says\b"),  # one alternative begins with a letter: nothing to share
    (r"(?:Sept\.|Sep|September)", r"(?:Sep(?:t\.||tember))"),  # "Sep" stays before "September"
    (r"(?:going\s+to|go|[a-z]+ed|gone)", r"(?:go(?:ing\s+to|)|[a-z]+ed|gone)"),  # a class ends the run
    ("(?:ab?|ac)", "(?:a(?:b?|c))"),
    ("(?:a?b|ac)", "(?:a?b|ac)"),  # an optional first letter begins no run
    ("(?:may|May|june)", "(?:may|May|june)"),  # 'm' and 'M' may both match: as written
    ("(?:Sept|SEPT|Sun)", "(?:S(?:ept|EPT|un))"),  # under one letter, e and E: the rests as written
    (r"(?:\-x|-y)", r"(?:\-x|-y)"),  # one character written two ways
    ("(a)?(?(1)ab|ac)|x|y", "(a)?(?(1)ab|ac)|x|y"),  # a conditional's "|" is not an alternation
    ("[a|b]c|[a|b]d", "[a|b]c|[a|b]d"),
    ("(?<!to\\s)(?<!tool\\s)last|lost", "(?<!to\\s)(?<!tool\\s)last|lost"),
    ("(?-i:Mon|Monday|Tue)", "(?-i:Mon(?:|day)|Tue)"),
    ("ab)c|ad", "ab)c|ad"),  # unbalanced: left alone
])
def test_factored_alternatives(pattern: str, factored: str) -> None:
    """factor_alternatives writes alternatives that share a first letter once; the result matches what the pattern
    matched, at the same places with the same groups, on texts written to tempt each alternative."""
    assert factor_alternatives(pattern) == factored
    text = ("March may Monday mAy one two three say says Sept. Sep September SEPT sun going to go gone walked "
            "Sun ab ac b ad -x -y x y a c last to last tool last lost Mon Monday Tue tue c ab)c ad")
    for flags in (re.IGNORECASE, 0):
        plain, fast = re.compile(pattern.replace("ab)c|", "abc|"), flags), re.compile(
            factored.replace("ab)c|", "abc|"), flags)
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)]


def test_every_packaged_rule_runs_factored_with_the_same_matches() -> None:
    """Each rule runs its pattern factored (Rule.pattern); over every rule's example and the tagger cases, it finds
    exactly what the pattern as written finds."""
    from pathlib import Path

    rules = default_ruleset().rules
    cases = (Path(__file__).parent / "tagger_cases.tsv").read_text(encoding="utf-8")
    text = "\n".join([r.example for r in rules] + cases.splitlines()).replace("[[", "").replace("]]", "")
    factored = [r for r in rules if r.pattern.pattern != r.expanded]
    assert len(factored) > len(rules) // 2
    for rule in factored:
        assert rule.pattern.pattern == runnable_pattern(rule.expanded)
        written = re.compile(rule.expanded, re.IGNORECASE)
        assert [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)] == [
            (m.span(), m.groupdict()) for m in written.finditer(text)], rule.id


@pytest.mark.parametrize("pattern, look_ahead, text", [
    (r"(?<![\w])(?:May|June)\s+\d+", "(?=[JM])", "in may 3 and June 9, jUNE 10"),
    (r"(?-i:(?:May|June))\s+\d+", "(?-i:(?=[JM]))", "May 3, may 4, June 5"),
    (r"(?:the\s+)?\d{4}s", r"(?=[\dt])", "the 1990s, 1980s and THE 1970s"),
    (r"(?:[a-c]|\d)?x", r"(?=[\da-cx])", "ax 1x x bx dx"),
    (r"\b(?=\d)\d+\s+days?", r"(?=[\d])", "3 days, 12 day"),
    (r"(?:a|b)*", None, "ab"),  # a match can be empty: any position may hold one
    (r".x", None, "ax"),  # any character starts a match
    (r"[^a]x", None, "bx"),
])
def test_a_look_ahead_for_the_first_characters_keeps_every_match(pattern: str, look_ahead: str | None,
                                                                 text: str) -> None:
    assert first_characters(pattern) == look_ahead
    runs = re.compile(runnable_pattern(pattern), re.IGNORECASE)
    written = re.compile(pattern, re.IGNORECASE)
    assert [m.span() for m in runs.finditer(text)] == [m.span() for m in written.finditer(text)]
    assert any(True for _ in written.finditer(text))


def test_packaged_tense_cues_load_with_ids_and_examples() -> None:
    cues = load_tense_cues()
    assert cues and all(cue.id and cue.example for cue in cues)


@pytest.mark.parametrize(
    "line, message",
    [
        ("t1\tfuture\tholds\tThe club [[holds]] a vote in May.", None),
        ("t1\tsoon\tholds\tThe club [[holds]] a vote in May.", "is not one of"),
        ("t1\tfuture\tholds(\tThe club [[holds]] a vote in May.", "bad regex"),
        ("t1\tfuture\tholds\tThe club holds a vote in May.", "mark the cue"),
        ("t1\tfuture\thosts\tThe club [[holds]] a vote in May.", "does not find"),
        ("t1\tfuture\thold\tThe club [[holds]] a vote in May.", "does not find"),
        ("t1\tfuture\tholds", "4 tab-separated columns"),
        ("t1\tfuture\tholds\tThe club [[holds]] it.\nt1\tpast\theld\tThe club [[held]] it.", "duplicate"),
    ],
)
def test_bad_tense_cues_are_rejected(line: str, message: str | None) -> None:
    if message is None:
        assert [cue.id for cue in parse_tense_cues(line + "\n", "tense.tsv")] == ["t1"]
        return
    with pytest.raises(RuleError, match=message) as info:
        parse_tense_cues(line + "\n", "tense.tsv")
    assert "tense.tsv:" in str(info.value)


def test_rule_verb_subpatterns_match_the_tagger() -> None:
    """@participle and @past_verb of tagger_rules.tsv are the tagger's own _PARTICIPLE and _PAST_WORDS, so that a rule
    and the tense code agree on what a participle or a past verb is."""
    from importlib import resources

    from timeline import tagger

    text = resources.files("timeline.resources").joinpath("tagger_rules.tsv").read_text(encoding="utf-8")
    lines = dict(line.split("\t", 1) for line in text.splitlines() if line.startswith("@"))
    assert lines["@participle"] == tagger._PARTICIPLE.pattern
    assert lines["@past_verb"] == re.sub(r"\s+", "", tagger._PAST_WORDS)
