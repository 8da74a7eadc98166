"""The tagger's faster ways of matching find what the plain ways find: each table runs the fast pattern or shortcut and
the plain one it replaces on the same texts (written here, and generated from the words they look for)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import rules, sentences, tagger
from timeline.rules import boundary_first_union, default_ruleset, factor_alternatives


# the tense cues as one union written plainly (each alternative with its own word boundaries), as before the boundary
# was checked once for them all, and before each data cue had a look-ahead for its first characters
def _plain_with_data_cues(tense: str, cues: str) -> list[str]:
    return [cues] + [rf"\b(?:{cue.pattern})\b" for cue in tagger._DATA_CUES if cue.tense == tense]


_PLAIN_TENSE_CUES = re.compile(
    factor_alternatives("|".join(
        f"(?P<{tense}>{'|'.join(_plain_with_data_cues(tense, cues))})"
        for tense, cues in ((tagger.FUTURE, tagger._FUTURE_CUES), (tagger.PAST, tagger._PAST_CUES),
                            (tagger.PRESENT, tagger._PRESENT_CUES))
    )),
    re.IGNORECASE,
)


def _cues(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text, lo, hi)]


SENTENCES = [
    "The council will vote on the plan next Tuesday, officials said.",
    "Shares fell 3% on Monday after the firm warned it would miss its targets.",
    "The museum reopens in March; it was closed in 2019 and has stayed shut.",
    "We'll see what happens, she said. They won't wait until June.",
    "The ferry MAY sail on Friday but May could be too late; it may be delayed.",
    "Voters must register by Friday, and the polls open at 7 a.m.",
    "He had planned to leave, and was expected to arrive on Sunday.",
    "Talks resume on Thursday; the summit is scheduled for May 3.",
    "the returns in April rose, its launches slipped, and the firm expects profits to grow",
    "UNITED HOST CITY ON SUNDAY. The holders host Rovers on Saturday.",
    "The hearing was adjourned until Monday and the builder was remanded in custody until Friday.",
    "Snow is forecast for Sunday and the final is on Sunday; turnout is likely to be high.",
    "ſaid, \u212aept, İs, ıs: letters whose case folds to another",
    "can't, won't, we'll, it's — the 'll and the n't of contractions",
    "",
    "   ",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_tense_cues_are_the_plain_unions_everywhere_in_a_sentence(text: str) -> None:
    for lo in range(0, len(text) + 1, 3):
        for hi in (lo, (lo + len(text)) // 2, len(text)):
            if hi >= lo:
                assert _cues(tagger._TENSE_CUES, text, lo, hi) == _cues(_PLAIN_TENSE_CUES, text, lo, hi), (lo, hi)


_CUE_WORDS = sorted(set(re.findall(r"[a-z]+", _PLAIN_TENSE_CUES.pattern))) + [
    "'ll", "n't", "MAY", "Must", "Host", "ſ", "\u212a", "İ", "ı", "-", ",", ".", "'", "  ", "\n", "9",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_WORDS), max_size=16), st.lists(st.sampled_from(["", " ", "  ", "-", "'"]),
                                                                    min_size=16, max_size=16), st.data())
def test_tense_cues_are_the_plain_unions_on_generated_text(words: list[str], gaps: list[str], data: st.DataObject
                                                           ) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _cues(tagger._TENSE_CUES, text, lo, hi) == _cues(_PLAIN_TENSE_CUES, text, lo, hi)


@pytest.mark.parametrize(
    ("groups", "hoisted"),
    [
        ([("a", [r"\b(?:x|y)\b", r"\b(?:zz)\b"]), ("b", [r"\b(?:w)\b"])], True),
        ([("a", [r"\b(?:x)\b|y"])], False),  # a second alternative without its boundary: not one word group
        ([("a", [r"\b(?:x)\b", r"(?:y)\b"])], False),
        ([("a", [r"\b(?:x)\b\s"])], False),
        ([("a", [r"\b(?:x)(?:y)\b"])], False),
    ],
)
def test_boundary_first_union_hoists_only_word_groups(groups: list[tuple[str, list[str]]], hoisted: bool) -> None:
    union = boundary_first_union(groups)
    assert union.startswith(r"\b(?=") is hoisted
    plain = re.compile("|".join(f"(?P<{name}>{'|'.join(alts)})" for name, alts in groups), re.IGNORECASE)
    fast = re.compile(union, re.IGNORECASE)
    for text in ("x y zz w", "xy zzz w-x", "x\ty", "wx y", "zz x\n", "yx x"):
        assert _cues(fast, text, 0, len(text)) == _cues(plain, text, 0, len(text)), text


# where a sentence ends, as written before the pattern was made to start with the class of its stops
_PLAIN_SENTENCE_END = re.compile(r"\n|(?<!\b[ap]\.m)(?<![\s.][A-Z])[.?!](?=\s+(?![a-z]))")

ENDS = SENTENCES + [
    "It opens at 9 a.m. on Friday. J. Smith said so! Did he? yes. no.\nA new line",
    "p.m.  Then a.m. A.M. at 10 p.m. The end.",
    "Mr. X. Y. Z. went home.  \n\n  What? Why! .",
    "...?!\n.\n. a. B. c.A.",
]


@pytest.mark.parametrize("text", ENDS)
def test_sentence_ends_are_the_plain_patterns(text: str) -> None:
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1, 2):
            fast = [m.span() for m in tagger._SENTENCE_END.finditer(text, lo, hi)]
            assert fast == [m.span() for m in _PLAIN_SENTENCE_END.finditer(text, lo, hi)], (lo, hi)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aApPmMzZ.?!\n \t", max_size=40), st.data())
def test_sentence_ends_are_the_plain_patterns_on_generated_text(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert ([m.span() for m in tagger._SENTENCE_END.finditer(text, lo, hi)]
            == [m.span() for m in _PLAIN_SENTENCE_END.finditer(text, lo, hi)])


# the words of every rule's example, and words around dates in news: texts made of them wake many rules at once
_EXAMPLE_WORDS = sorted({word for rule in default_ruleset().rules
                         for word in rule.example.replace("[[", "").replace("]]", "").split()}) + [
    "said", "on", "in", "from", "to", "until", "and", ",", ".", ";", "was", "will", "\n",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_EXAMPLE_WORDS), min_size=1, max_size=40))
def test_the_triggers_and_windows_lose_no_expression(words: list[str]) -> None:
    # every rule run only in the windows around its triggers (and the tense cues and sentence ends found the fast
    # way) gives what every rule run over the whole text gives
    text = " ".join(words)
    dct = date(2021, 6, 15)
    assert tagger.tag(text, dct) == tagger.tag(text, dct, use_triggers=False)


# a sentence's candidate end, as written before its stops were made to start with a class
_PLAIN_CANDIDATE_END = re.compile(r"([.!?…]+)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")


@pytest.mark.parametrize("text", ENDS + ["Wait… What?! “Yes.” (No.) [Maybe.] 3. 4!  'Quoted.' Done…\n9"])
def test_candidate_sentence_ends_are_the_plain_patterns(text: str) -> None:
    for lo in range(len(text) + 1):
        fast = [m.groups() + (m.span(),) for m in sentences._CANDIDATE_END.finditer(text, lo)]
        assert fast == [m.groups() + (m.span(),) for m in _PLAIN_CANDIDATE_END.finditer(text, lo)], lo


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?…\"'”’)]“‘([ \n\taA0", max_size=40))
def test_candidate_sentence_ends_are_the_plain_patterns_on_generated_text(text: str) -> None:
    assert ([m.groups() + (m.span(),) for m in sentences._CANDIDATE_END.finditer(text)]
            == [m.groups() + (m.span(),) for m in _PLAIN_CANDIDATE_END.finditer(text)])


# each pattern that ends at a date or a cue ("...\s+$"), with the words the tagger looks for before searching it
# (tagger._ends_with): wherever the pattern matches, the look must say it may
_ENDING_PATTERNS = [
    (tagger._SINCE, ("since",)),
    (tagger._SCHEDULED_FOR, ("for", "until", "till", "to", "after")),
    (tagger._UNTIL, ("until", "till", "through", "thru")),
    (tagger._IN_ON_BEFORE, tagger._PREPOSITION_BEFORE),
    (tagger._PAST_VERB_RIGHT_BEFORE, tagger._PAST_WORD_ENDINGS),
    (tagger._PAST_VERB_OBJECT_BEFORE, tagger._PREPOSITION_BEFORE),
    (tagger._PAST_VERB_THROUGH, ("through", "thru")),
    (tagger._RANGE_OPENER, ("from", "between")),
    (tagger._BY_RIGHT_BEFORE, ("by", "before")),
    (tagger._PERFECT_AHEAD, ("have",)),
    (tagger._PAST_OF_FUTURE, tagger._PAST_OF_FUTURE_ENDINGS),
    (tagger._DETERMINER_BEFORE, tagger._DETERMINER_ENDINGS),
    (tagger._PASSIVE_BEFORE, tagger._PASSIVE_ENDINGS),
]
_ENDING_TEXTS = SENTENCES + [
    "The vote was set for \n Friday; it had been due to end by  Monday and ran through June.",
    "Sales SINCE March rose; the firm has hoped to have sold it all before the end, until after Easter.",
    "Rain fell in\tMay and on Sunday; the board met during the summer, which will be its last of the year.",
    "Ticket prices jumped from 2 to 3 between the acts; its shares rose THROUGH the day, thru the night.",
    "It was postponed until after the new year and called for 1 July; talks that ran from May stalled.",
    "an untıl, a ſince and a \u212aeep: letters whose case folds beyond ASCII  ",
]


def _pattern_words() -> list[str]:
    return sorted({w for pattern, _ in _ENDING_PATTERNS for w in re.findall(r"[a-z']+", pattern.pattern)})


@pytest.mark.parametrize(("pattern", "words"), _ENDING_PATTERNS, ids=lambda p: getattr(p, "pattern", "")[:30])
def test_the_look_before_a_search_ending_at_a_date_loses_no_match(pattern: re.Pattern[str], words: tuple[str, ...]
                                                                   ) -> None:
    assert all(len(word) <= 10 for word in words)  # _ends_with looks ten characters back
    texts = _ENDING_TEXTS + [" ".join(_pattern_words()) + " ", "\n".join(w.upper() for w in _pattern_words()) + "\n"]
    matched = 0
    for text in texts:
        for end in range(len(text) + 1):
            if pattern.search(text, max(0, end - 60), end):
                matched += 1
                assert tagger._ends_with(text, end, words), (text[max(0, end - 60) : end], pattern.pattern[:40])
    assert matched > 0  # the texts do hold what the pattern looks for


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_pattern_words() + ["X", "ſ", "ı", "\u212a", "-", ","]), max_size=10),
       st.lists(st.sampled_from([" ", "  ", "\n", "\t", ""]), min_size=10, max_size=10))
def test_the_look_before_a_search_ending_at_a_date_on_generated_text(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    for pattern, endings in _ENDING_PATTERNS:
        for end in range(len(text) + 1):
            if pattern.search(text, max(0, end - 60), end):
                assert tagger._ends_with(text, end, endings), (text[:end], pattern.pattern[:40])


def test_the_case_table_holds_every_character_a_letter_matches() -> None:
    # every character there is, matched against each letter as a case-insensitive pattern
    everything = "".join(map(chr, range(0x110000)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        folded = set(re.findall(letter, everything, re.IGNORECASE))
        assert folded == set(letter + letter.upper() + rules._OTHER_CASES.get(letter, "")), letter


_RULES = default_ruleset().rules
_RULE_TEXTS = [rule.example.replace("[[", "").replace("]]", "") for rule in _RULES] + SENTENCES + _ENDING_TEXTS


def _matches(pattern: re.Pattern[str], text: str, lo: int, hi: int
             ) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, lo, hi)]


@pytest.mark.parametrize("rule", _RULES, ids=lambda r: r.id)
def test_each_rule_compiled_the_fast_way_matches_as_compiled_plainly(rule: rules.Rule) -> None:
    plain = re.compile(rules.runnable_pattern(rule.expanded, rule.first), re.IGNORECASE)
    text = (" ".join(_RULE_TEXTS) + " " + " ".join(t.upper() for t in _RULE_TEXTS[:40])
            + " — Ärzte, 1990s, 7 p.m. " + " ".join(t.lower() for t in _RULE_TEXTS[:40]))
    assert _matches(rule.pattern, text, 0, len(text)) == _matches(plain, text, 0, len(text))
    example = rule.example.replace("[[", "").replace("]]", "")
    for lo in range(0, len(example) + 1, 2):
        for hi in (lo, (lo + len(example)) // 2, len(example)):
            if hi >= lo:
                assert _matches(rule.pattern, example, lo, hi) == _matches(plain, example, lo, hi), (lo, hi)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_EXAMPLE_WORDS + ["ſ", "ı", "İ", "\u212a", "MAY", "  "]), min_size=1, max_size=30),
       st.data())
def test_the_rules_compiled_the_fast_way_on_generated_text(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for rule in _RULES:
        plain = re.compile(rules.runnable_pattern(rule.expanded, rule.first), re.IGNORECASE)
        assert _matches(rule.pattern, text, lo, hi) == _matches(plain, text, lo, hi), rule.id


def _trigger_places_plainly(text: str, ruleset: rules.RuleSet) -> dict[int, list[tuple[int, int]]]:
    """Each trigger set's trigger spans found the plain way: every word of the set looked for with str.find at every
    place (overlapping places too), a word at a word's start kept only there, a word of several words matched with
    any white space between, a word as written looked for in the text as written."""
    lower = tagger.lower_keeping_offsets(text)
    found: dict[int, list[tuple[int, int]]] = {}
    for rule, number, *_ in ruleset.plan:
        if number in found:
            continue
        t = rule.triggers
        spans: list[tuple[int, int]] = []
        for kind, words, haystack in ((0, t.words, lower), (1, t.word_starts, lower), (2, t.cased, text)):
            for word in words:
                if " " in word and kind != 2:
                    pattern = r"\s+".join(re.escape(part) for part in word.split())
                    places = [m.start() for m in re.finditer(f"(?=({pattern}))", haystack)]
                else:
                    places = [i for i in range(len(haystack)) if haystack.startswith(word, i)]
                if kind == 1:
                    places = [p for p in places if p == 0 or not lower[p - 1].isalpha()]
                spans += [(p, p + len(word)) for p in places]
        found[number] = sorted(spans)
    return {number: spans for number, spans in found.items() if spans}


# trigger words inside other trigger words ("today", "Monday", "birthday" hold "day"), words that overlap, a word
# counted only at a word's start ("day" of "days", not of "today"), words of several words across any white space,
# words found only as written ("May", not "may"), the dotted capital I (lower-cased to two characters)
_TRIGGER_TEXTS = [
    "Today, Monday's birthday party ran two days; the day after, a holiday.",
    "todaytoday daydays mondayday yesterdays",
    "It may rain in May or MAY; mayday, Mayor May, the month of March marched on.",
    "the day\tafter\n\nthe day before now, a week  after, from now on, in a row",
    "İstanbul on Monday: İNDEPENDENCE DAY, two weeks later, 30 days earlier",
    "a fortnight, fortnights; the 1990s and '90s; 9/11 at 10:30 a.m., 5pm, Q3 2024",
    "",
    "day",
]


@pytest.mark.parametrize("text", _TRIGGER_TEXTS)
def test_the_trigger_index_finds_every_place_of_every_trigger_word(text: str) -> None:
    """_TriggerIndex finds every trigger word with one automaton of them all (RuleSet.trigger_scan, round 24), no
    longer through the shorter words they hold: each set's spans must be those a plain search finds."""
    ruleset = default_ruleset()
    index = tagger._TriggerIndex(text, ruleset)
    assert {n: sorted(spans) for n, spans in index._found.items()} == _trigger_places_plainly(text, ruleset)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["day", "today", "days", "Monday", "may", "May", "after", "the", "week", "weeks",
                                 "before", "now", "ago", "year", "years", "earlier", "later", "a", "in", "row",
                                 "holiday", "birth", "mon", "month", "of", "last", "next", "2024", "9", "-", ","]),
                max_size=30),
       st.lists(st.sampled_from([" ", "", "  ", "\n", "-", ". "]), min_size=30, max_size=30))
def test_the_trigger_index_finds_every_trigger_word_on_generated_text(words: list[str], gaps: list[str]) -> None:
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    ruleset = default_ruleset()
    index = tagger._TriggerIndex(text, ruleset)
    assert {n: sorted(spans) for n, spans in index._found.items()} == _trigger_places_plainly(text, ruleset)


# the literal prefilter (Rule.needs): a rule runs only in a text that holds one of the words every match of it holds


def _needed(pattern: str, triggers: rules.Triggers | None = None) -> frozenset[str] | None:
    tree = rules._sre_parse.parse(pattern, int(re.IGNORECASE))
    return rules.necessary_words(tree, triggers or rules.Triggers((), None))


@pytest.mark.parametrize("pattern, needed", [
    (r"\bweeks?\s+ago\b", {"week"}),  # the longest word; "ago" is needed too, but shorter
    (r"(?:last|next)\s+month", {"month"}),
    (r"(?:last|next)\s+(?:spring|summer)", {"spring", "summer"}),  # every alternative's word
    (r"(?:last|next|)\s+(?:spring|summer)", {"spring", "summer"}),  # an empty alternative needs nothing
    (r"(?:last|next|)\s+(?:spring|\d+)", None),  # nor one of digits: neither group needs a word
    (r"(?<=since\s)\d{4}", None),  # a look-behind reads before the window, and consumes nothing
    (r"\d{4}(?=\s+budget)", None),  # a look-ahead consumes nothing
    (r"(?:fiscal\s+)?year", {"year"}),  # an optional part is in no match of its own
    (r"(?:fiscal\s+){0}x\d+", None),
    (r"(?:quarter\s+){1,3}\d+", {"quarter"}),  # a part that repeats at least once
    (r"(?-i:May)\s+\d+", {"may"}),  # as the text is looked at (lower-cased): a cased word too
    (r"\d+\s*(?:am|pm)", None),  # words of two letters skip nothing
    (r"(?-i:March)\s+\d+", {"march"}),
    (r"[Ss]pring(?:time)?", {"spring"}),  # a class of one letter's cases is the letter
    (r"[st]ummer", {"ummer"}),
    (r"o(?:ct)ober", {"october"}),  # a group of letters only joins the letters around it
    (r"ab\bcd", None),  # a boundary splits the letters (two of two letters)
    (r"(?>week)end", {"week"}),
    (r"h(a)lf\s+(?(1)term|year)", {"half"}),  # a conditional group needs nothing
    (r"night", {"night"}),
])
def test_the_needed_words_of_a_pattern(pattern: str, needed: set[str] | None) -> None:
    assert _needed(pattern) == (None if needed is None else frozenset(needed))


def test_needed_words_that_every_trigger_holds_are_left_out() -> None:
    # the rule runs only near "weekend" or "weekday": "week" is in every text it runs in, and skips nothing
    triggers = rules.Triggers(("weekend", "weekday"), None)
    assert _needed(r"week(?:end|day)\s+\d+", triggers) is None
    assert _needed(r"week(?:end|day)\s+\d+") == {"weekend", "weekday"}
    assert _needed(r"week(?:end|day)\s+(?:sale|break)s?", triggers) == {"sale", "break"}


@pytest.mark.parametrize("text, looked_at", [
    ("Last WEEK", "last week"),
    ("İstanbul", "istanbul"),  # one character for one
    ("ſpring \u212aey ıdle", "spring key idle"),  # what the engine matches "s", "k" and "i" with, case-blind
    ("Ärzte", "ärzte"),
])
def test_the_text_the_prefilter_looks_at(text: str, looked_at: str) -> None:
    assert rules.needs_text(text) == looked_at


def _assert_needs_hold(text: str) -> None:
    """Every match of every rule in `text` holds one of the rule's needed words where it stands."""
    looked_at = rules.needs_text(text)
    for rule in _RULES:
        if rule.needs is None:
            continue
        for match in rule.pattern.finditer(text):
            part = looked_at[match.start():match.end()]
            assert any(word in part for word in rule.needs), (rule.id, match.group(0))


def test_every_rule_s_matches_hold_its_needed_words() -> None:
    # the rules' own examples, as written, in capitals and in lower case, and the matching tables' texts
    assert sum(rule.needs is not None for rule in _RULES) > 100  # the prefilter applies to many rules
    _assert_needs_hold("\n".join(_RULE_TEXTS))
    _assert_needs_hold("\n".join(t.upper() for t in _RULE_TEXTS))
    _assert_needs_hold("\n".join(t.lower() for t in _RULE_TEXTS))
    for rule in _RULES:
        example = rule.example.replace("[[", "").replace("]]", "")
        assert rule.pattern.search(example), rule.id
        _assert_needs_hold(example)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_EXAMPLE_WORDS + ["ſ", "ı", "İ", "\u212a", "MAY", "  ", "ſince", "wee\u212a",
                                                  "İn", "thıs"]), min_size=1, max_size=30))
def test_every_rule_s_matches_hold_its_needed_words_on_generated_text(words: list[str]) -> None:
    _assert_needs_hold(" ".join(words))


def test_the_prefilter_skips_rules_and_loses_nothing() -> None:
    # a text that holds a rule's triggers but none of its needed words: the rule is not run, and the tags are those
    # of every rule run over the whole text
    rule = next(r for r in _RULES if r.needs is not None and not r.triggers.everywhere)
    text = "Talks were held on Monday, the 3rd; the minister left last week and returns in 2025."
    present = {word for _, word in default_ruleset().needs_scan.iter(rules.needs_text(text))}
    assert any(r.needs is not None and present.isdisjoint(r.needs) for r in _RULES)
    assert rule.needs is not None
    dct = date(2024, 6, 15)
    assert tagger.tag(text, dct) == tagger.tag(text, dct, use_triggers=False)
    assert tagger.tag(text.upper(), dct) == tagger.tag(text.upper(), dct, use_triggers=False)
