"""Load and validate the tagger's data files: word lists and recognition rules, compiled once."""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from timeline.model import TimexType

RULE_TYPES = {t.value for t in TimexType} | {"NEG"}
_LIST_REF = re.compile(r"%(\w+)%")
_SUBPATTERN_REF = re.compile(r"@(\w+)")
_SPEC_ARG = re.compile(r"^(\w+)=(\S*)$")
VALUE_KINDS = frozenset(
    {
        "date", "decade", "century", "quarter", "half", "season", "yearend", "day", "weekday", "rel", "monthrel",
        "ago", "away", "after", "yearperiod", "range", "holiday", "ref", "clock", "dur", "set", "setweekday",
        "setmonth", "setseason", "setpod", "monthday", "monthweek", "focusyear", "focusunit", "newyear", "nthweekday",
        "setholiday", "counted",
    }
)


class RuleError(ValueError):
    """A data file of the tagger is malformed; the message names the file, the line and the reason."""


@dataclass(frozen=True)
class WordLists:
    """Named word lists: surface form (lower-cased unless the list is case-sensitive) -> normalized value."""

    entries: dict[str, tuple[tuple[str, str], ...]]
    # what lookup found for a (list, text), so that each form's regex runs once a text, not once a resolution
    _found: dict[tuple[str, str], str | None] = field(default_factory=dict, compare=False, repr=False)

    def alternation(self, name: str) -> str:
        """The list as a regex alternation, longest form first so that "Sept." wins over "Sep"."""
        forms = sorted((form for form, _ in self.entries[name]), key=len, reverse=True)
        return "(?:" + "|".join(forms) + ")"

    def lookup(self, name: str, text: str) -> str | None:
        """The normalized value of `text` in list `name`, matching each entry's regex against the whole text."""
        key = (name, text)
        if key in self._found:
            return self._found[key]
        found = None
        flags = 0 if name[:1].isupper() else re.IGNORECASE
        for form, value in self.entries.get(name, ()):
            if re.fullmatch(form, text, flags):
                found = value
                break
        if len(self._found) < 100_000:  # bounded: a text of a million distinct numbers must not fill memory
            self._found[key] = found
        return found


@dataclass(frozen=True)
class ValueSpec:
    """An unresolved value: a kind ("date", "weekday", ...) and its arguments, possibly naming match groups."""

    kind: str
    args: tuple[tuple[str, str], ...]

    def arg(self, key: str) -> str | None:
        """The raw argument, or None if the rule does not give it."""
        for k, v in self.args:
            if k == key:
                return v
        return None


@dataclass(frozen=True)
class Triggers:
    """Where a rule can match: near one of these lower-case words, or a match of `pattern`; everywhere if neither."""

    words: tuple[str, ...]
    pattern: re.Pattern[str] | None
    word_starts: tuple[str, ...] = ()  # words that count only at the start of a word ("day" but not in "today")
    cased: tuple[str, ...] = ()  # words found only as written ("May", not the verb "may"): lists named %Month%

    @cached_property
    def everywhere(self) -> bool:
        """No trigger: the rule runs over the whole text (asked for each set of each text: worked out once)."""
        return not self.words and not self.word_starts and not self.cased and self.pattern is None

    def found_in(self, text: str) -> bool:
        """Whether the text holds a trigger."""
        lower = text.lower()
        return (
            any(w in lower for w in self.words)
            or any(w in text for w in self.cased)
            or any(re.search(r"(?<![^\W\d_])" + re.escape(w), lower) for w in self.word_starts)
            or bool(self.pattern and self.pattern.search(text))
        )


@dataclass(frozen=True)
class Rule:
    """One recognition rule: a compiled pattern, the TIMEX3 type it yields and its unresolved value."""

    id: str
    type: str
    spec: ValueSpec | None
    triggers: Triggers
    expanded: str  # the pattern with its word lists and sub-patterns written out, compiled on first use
    example: str
    source: str
    reach: int | None = None  # the most text tokens a match (with its look-arounds) can touch; None: no bound
    # when the trigger is the start of one named group: the most tokens a match reaches before and from it
    reach_around: tuple[int, int] | None = None
    reach_key: str = ""  # checksum of the expanded pattern, trigger group, value and example (the reach table's KEY)
    barrier: re.Pattern[str] | None = None  # with reach_around: characters no match holds before the group
    first: str | None = None  # the look-ahead for a match's first characters ("" none), None: not known yet
    # lower-case words one of which every match holds (necessary_words), looked for in a text before the rule runs;
    # None: no such words known (the rule runs wherever its triggers are)
    needs: frozenset[str] | None = None

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern. A rule the reach table vouches for is compiled the first time a text holds its
        trigger (a run over a few texts compiles a few of the rules; loading them all took 60 ms), with the
        look-ahead the table gives (parsing the pattern again for it took longer than compiling)."""
        return compile_pattern(runnable_pattern(self.expanded, self.first), self.first or "")

    @property
    def negative(self) -> bool:
        """A negative rule removes the positive matches it overlaps."""
        return self.type == "NEG"

    @cached_property
    def has_span(self) -> bool:
        """Whether the pattern has a group "span" (the expression; the rest of a match is context)."""
        return "span" in self.pattern.groupindex


@dataclass(frozen=True)
class TriggerScan:
    """Trigger words found in one scan of a text each (lower-cased, as written), and the words each set needs."""

    lower: Any  # an Aho-Corasick automaton (pyahocorasick) of the lower-case words, None when there are none
    cased: Any  # the same for the words as written
    # by trigger set (RuleSet.plan): its words, words at a word's start and words as written, each with the scanned
    # word it is found by (itself, or for a trigger of several words its stand-in)
    members: dict[int, tuple[tuple[tuple[str, str], ...], ...]]
    phrases: dict[str, re.Pattern[str]]  # trigger words of several words ("before now"): where they start
    # the trigger sets that hold each scanned word (lower case; as written), and those with a pattern: a text holds
    # a trigger of no other set
    sets_of: dict[str, frozenset[int]] = field(default_factory=dict)
    cased_sets_of: dict[str, frozenset[int]] = field(default_factory=dict)
    with_pattern: frozenset[int] = frozenset()
    # by scanned word (lower case; as written): the trigger word it is (or a trigger of several words it stands in
    # for), once, as (kind, word, the sets that name it, a set as often as it names it); kind 0 a word found
    # anywhere, 1 at a word's start, 2 as written. A text hands the places of each scanned word it holds to the sets
    by_root: dict[str, tuple[tuple[int, str, tuple[int, ...]], ...]] = field(default_factory=dict)
    cased_by_root: dict[str, tuple[tuple[int, str, tuple[int, ...]], ...]] = field(default_factory=dict)


def _stand_in(word: str) -> str:
    """The word found in a text for a trigger of several words, its longest (the last of equally long ones): a
    pattern may put any white space between them ("before\\s+now"), so "before now" is looked for as a phrase."""
    return max(reversed(word.split()), key=len) if " " in word else word


def _word_scan(words: set[str]) -> Any:
    """An automaton (pyahocorasick) finding every place one of `words` starts in one pass over a text (a C automaton:
    a regex look-ahead tried at every character took four times as long; one place may start several words, "today"
    and "to"), each word its own value; None for no words."""
    if not words:
        return None
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in sorted(words):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _phrase(word: str) -> re.Pattern[str]:
    """Where a trigger of several words starts, any white space between them; overlapping places too if two can
    overlap (a start of the words is also an end: "a b a")."""
    pattern = r"\s+".join(re.escape(part) for part in word.split())
    overlap = any(word[:k] == word[-k:] for k in range(1, len(word)))
    return re.compile(f"(?=({pattern}))" if overlap else pattern)


@dataclass(frozen=True)
class RuleSet:
    """Everything the recognizer needs, loaded from the data files."""

    words: WordLists
    rules: tuple[Rule, ...]

    @cached_property
    def trigger_scan(self) -> TriggerScan:
        """Every trigger word (of a trigger of several words, its stand-in: _stand_in), in two automata, one for the
        lower-case words and one for the words as written, that find every place each starts in one pass over a
        text; and for each trigger set (RuleSet.plan) the words its words are found by.

        Round 24: the automata hold every word, not only those no other trigger word is part of ("day", not
        "today"): the automaton then reports "today" and "day" where "today" stands, and a text no longer looks for
        each longer word (some eighty a text) at the places of the shorter one it holds, in Python; the index was
        built in 90 microseconds a generated article instead of 210, with the same places."""

        def root(word: str, lower: bool) -> str:
            return _stand_in(word) if lower else word

        members: dict[int, tuple[tuple[tuple[str, str], ...], ...]] = {}
        sets_of: dict[str, set[int]] = {}
        cased_sets_of: dict[str, set[int]] = {}
        for rule, number, *_ in self.plan:
            t = rule.triggers
            words, starts, as_written = members[number] = (tuple((w, root(w, True)) for w in t.words),
                                                           tuple((w, root(w, True)) for w in t.word_starts),
                                                           tuple((w, root(w, False)) for w in t.cased))
            for _, scanned in words + starts:
                sets_of.setdefault(scanned, set()).add(number)
            for _, scanned in as_written:
                cased_sets_of.setdefault(scanned, set()).add(number)
        lower = {_stand_in(w) for r in self.rules for w in r.triggers.words + r.triggers.word_starts}
        cased = {w for r in self.rules for w in r.triggers.cased}
        phrases = {w: _phrase(w) for r in self.rules for w in r.triggers.words + r.triggers.word_starts if " " in w}
        with_pattern = frozenset(number for rule, number, *_ in self.plan if rule.triggers.pattern is not None)
        # each set once (the plan names a set once per rule of it), its words in the order the set gives them
        named: dict[tuple[int, str], list[int]] = {}
        roots: dict[tuple[int, str], str] = {}
        for number, kinds in members.items():
            for kind, pairs in enumerate(kinds):
                for word, scanned in pairs:
                    named.setdefault((kind, word), []).append(number)
                    roots[(kind, word)] = scanned
        by_root: dict[str, list[tuple[int, str, tuple[int, ...]]]] = {}
        cased_by_root: dict[str, list[tuple[int, str, tuple[int, ...]]]] = {}
        for (kind, word), numbers in named.items():
            (cased_by_root if kind == 2 else by_root).setdefault(roots[(kind, word)], []).append(
                (kind, word, tuple(numbers)))
        return TriggerScan(_word_scan(lower), _word_scan(cased), members, phrases,
                           {w: frozenset(n) for w, n in sets_of.items()},
                           {w: frozenset(n) for w, n in cased_sets_of.items()}, with_pattern,
                           {w: tuple(e) for w, e in by_root.items()}, {w: tuple(e) for w, e in cased_by_root.items()})

    @cached_property
    def needs_scan(self) -> Any:
        """An automaton (pyahocorasick) of every rule's needed words (Rule.needs): one pass over a text (needs_text)
        finds which it holds; None when no rule has any."""
        return _word_scan({word for rule in self.rules if rule.needs for word in rule.needs})

    @cached_property
    def plan(self) -> tuple[tuple[Rule, int, int, int, bool], ...]:
        """Each rule with the number of its trigger set and the bounds of the windows it runs in, worked out once a
        rule set, not once a document: (rule, set, tokens before, tokens after, counted from the trigger's start);
        before is -1 when a match has no bound. Rules that share a trigger set share its places in a text; where
        rounding their bounds up to a multiple of 8 makes two of them equal, they take the rounded bounds and share
        windows too (wider is always safe); any other rule keeps its exact, narrower bounds."""

        def bounds(rule: Rule, step: int) -> tuple[int, int, bool]:
            if rule.reach_around is not None:
                before, after = (-(-n // step) * step for n in rule.reach_around)
                return before, after, True
            bound = -1 if rule.reach is None else -(-rule.reach // step) * step
            return bound, bound, False

        sets: dict[int, int] = {}
        for rule in self.rules:
            sets.setdefault(id(rule.triggers), len(sets))
        rounded_count: dict[tuple[int, tuple[int, int, bool]], int] = {}
        for rule in self.rules:
            key = (sets[id(rule.triggers)], bounds(rule, 8))
            rounded_count[key] = rounded_count.get(key, 0) + 1
        planned = []
        for rule in self.rules:
            number = sets[id(rule.triggers)]
            shared = rounded_count[(number, bounds(rule, 8))] > 1
            planned.append((rule, number, *bounds(rule, 8 if shared else 1)))
        return tuple(planned)

    @cached_property
    def plan_by_window(self) -> tuple[tuple[int, Triggers, tuple[WindowGroup, ...]], ...]:
        """The plan by trigger set, then by windows: rules that run in the same windows of a text are one group, so
        a text works out each set's places and each group's windows once, and skips every rule of a set it does not
        hold with one look. Each rule keeps its place in the plan (`order`), which settles overlaps."""
        by_set: dict[int, tuple[Triggers, dict[tuple[int, int, bool, Any], list[tuple[int, Rule]]]]] = {}
        for order, (rule, number, before, after, from_start) in enumerate(self.plan):
            _, groups = by_set.setdefault(number, (rule.triggers, {}))
            groups.setdefault((before, after, from_start, rule.barrier), []).append((order, rule))
        return tuple(
            (number, triggers, tuple(WindowGroup(before, after, from_start, barrier, tuple(rules))
                                     for (before, after, from_start, barrier), rules in groups.items()))
            for number, (triggers, groups) in by_set.items()
        )


@dataclass(frozen=True)
class WindowGroup:
    """Rules of one trigger set that run in the same windows of a text (RuleSet.plan_by_window)."""

    before: int
    after: int
    from_start: bool
    barrier: re.Pattern[str] | None
    rules: tuple[tuple[int, Rule], ...]  # (place in the plan, rule)

    @cached_property
    def needs(self) -> frozenset[str] | None:
        """Words one of which every match of every rule of the group holds (the union of the rules' needs), None
        when a rule has none: a text that holds none of them needs no windows worked out for the group."""
        if any(rule.needs is None for _, rule in self.rules):
            return None
        return frozenset().union(*(rule.needs for _, rule in self.rules if rule.needs is not None))


def _resource_text(name: str) -> tuple[str, str]:
    ref = resources.files("timeline") / "resources" / name
    return ref.read_text(encoding="utf-8"), f"timeline/resources/{name}"


def _data_lines(text: str) -> list[tuple[int, str]]:
    return [(i, line) for i, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]


# what the values of some lists must look like, so that a typo fails on load rather than drop dates at run time
_VALUE_SHAPES: dict[str, tuple[re.Pattern[str], str]] = {
    "Month": (re.compile(r"[1-9]|1[0-2]"), "a month number 1-12"),
    "Weekday": (re.compile(r"[1-7]"), "a weekday number 1-7"),
    "premod": (re.compile(r"START|MID|END|APPROX"), "a TIMEX3 mod of a date: START, MID, END or APPROX"),
    "approx": (re.compile(r"APPROX|LESS_THAN|MORE_THAN|EQUAL_OR_LESS|EQUAL_OR_MORE"),
               "a TIMEX3 mod of a duration: APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_LESS or EQUAL_OR_MORE"),
    "solstice": (re.compile(r"(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"), "MM-DD"),
    "holiday": (
        re.compile(r"(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:EASTER|ORTHODOXEASTER|THANKSGIVING|LUNARNEWYEAR)(?:[+-]\d{1,2})?"
                   r"|INAUGURATION"
                   r"|(?:0[1-9]|1[0-2])/[1-7]/(?:-1|[1-5])|HIJRI(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|30)"
                   r"|TABLE:[A-Z]+"),
        "MM-DD, EASTER+N, ORTHODOXEASTER+N, THANKSGIVING+N, MM/W/N, HIJRIMM-DD, LUNARNEWYEAR+N, INAUGURATION or "
        "TABLE:KEY (a key of holiday_dates.tsv)",
    ),
}


def parse_words(text: str, source: str) -> WordLists:
    """Parse a word-list file (LIST, WORD, NORMALIZED per line)."""
    entries: dict[str, list[tuple[str, str]]] = {}
    for number, line in _data_lines(text):
        cells = line.split("\t")
        if len(cells) != 3 or not all(cells):
            raise RuleError(f"{source}:{number}: expected 3 tab-separated columns LIST, WORD, NORMALIZED")
        name, form, value = cells
        try:
            if _REGEX_META.search(form):  # a form without a metacharacter is a valid regex as it stands
                re.compile(form)
        except re.error as exc:
            raise RuleError(f"{source}:{number}: bad regex {form!r}: {exc}") from None
        shape = _VALUE_SHAPES.get(name)
        if shape is not None and not shape[0].fullmatch(value):
            raise RuleError(f"{source}:{number}: {name} value {value!r} is not {shape[1]}")
        entries.setdefault(name, []).append((form, value))
    return WordLists({name: tuple(forms) for name, forms in entries.items()})


def code_word_lists(*required: str) -> dict[str, frozenset[str]]:
    """Lists of the packaged tagger_words.tsv that the tagger's code reads as sets of lower-case words (no rule
    pattern uses them): each list named must be there, and each of its forms a plain word."""
    text, source = _resource_text("tagger_words.tsv")
    words = parse_words(text, source)
    lists: dict[str, frozenset[str]] = {}
    for name in required:
        if name not in words.entries:
            raise RuleError(f"{source}: no {name!r} words")
        forms = frozenset(form.lower() for form, _ in words.entries[name])
        plain = next((form for form in sorted(forms) if not re.fullmatch(r"[a-z]+", form)), None)
        if plain is not None:
            raise RuleError(f"{source}: {name} form {plain!r} is not a plain word")
        lists[name] = forms
    return lists


TENSES = ("future", "past", "present")


@dataclass(frozen=True)
class TenseCue:
    """A word or phrase that tells the tense around a date (tagger_tense.tsv): which way the date lies."""

    id: str
    tense: str
    pattern: str
    example: str


def parse_tense_cues(text: str, source: str) -> tuple[TenseCue, ...]:
    """Parse a tense-cue file (ID, TENSE, PATTERN, EXAMPLE per line), checking each pattern on its example."""
    cues: list[TenseCue] = []
    seen: set[str] = set()
    for number, line in _data_lines(text):
        cells = line.split("\t")
        if len(cells) != 4 or not all(cells):
            raise RuleError(f"{source}:{number}: expected 4 tab-separated columns ID, TENSE, PATTERN, EXAMPLE")
        cue_id, tense, pattern, example = cells
        if cue_id in seen:
            raise RuleError(f"{source}:{number}: duplicate id {cue_id}")
        seen.add(cue_id)
        if tense not in TENSES:
            raise RuleError(f"{source}:{number}: tense {tense!r} is not one of {', '.join(TENSES)}")
        try:
            compiled = re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)
        except re.error as exc:
            raise RuleError(f"{source}:{number}: bad regex {pattern!r}: {exc}") from None
        marked = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", example)
        if marked is None:
            raise RuleError(f"{source}:{number}: the example must mark the cue [[like this]]")
        plain = marked.group(1) + marked.group(2) + marked.group(3)
        found = compiled.search(plain, len(marked.group(1)))
        if found is None or found.span() != (len(marked.group(1)), len(marked.group(1)) + len(marked.group(2))):
            raise RuleError(f"{source}:{number}: {cue_id} does not find {marked.group(2)!r} in its example")
        cues.append(TenseCue(cue_id, tense, pattern, example))
    return tuple(cues)


HOLIDAY_TABLE = "holiday_dates.tsv"


def load_holiday_table(name: str = HOLIDAY_TABLE) -> dict[str, tuple[date, ...]]:
    """The days of the movable holidays the resolver does not compute (timeline/resources/holiday_dates.tsv, written
    by scripts/make_holiday_table.py): each key's days in order."""
    text, source = _resource_text(name)
    days: dict[str, list[date]] = {}
    for number, line in _data_lines(text):
        key, _, day = line.partition("\t")
        try:
            days.setdefault(key, []).append(date.fromisoformat(day))
        except ValueError as exc:
            raise RuleError(f"{source}:{number}: not a day: {day!r}") from exc
    return {key: tuple(sorted(found)) for key, found in days.items()}


def load_tense_cues(name: str = "tagger_tense.tsv") -> tuple[TenseCue, ...]:
    """The packaged tense cues (timeline/resources/tagger_tense.tsv)."""
    return parse_tense_cues(*_resource_text(name))


def parse_spec(text: str, where: str) -> ValueSpec:
    """Parse "kind key=value ..." into a ValueSpec, rejecting unknown kinds."""
    kind, *rest = text.split()
    if kind not in VALUE_KINDS:
        raise RuleError(f"{where}: unknown value kind {kind!r}")
    args = []
    for item in rest:
        match = _SPEC_ARG.match(item)
        if not match:
            raise RuleError(f"{where}: bad value argument {item!r} (want key=value)")
        args.append((match.group(1), match.group(2)))
    return ValueSpec(kind, tuple(args))


def _expand(pattern: str, words: WordLists, subpatterns: dict[str, str], where: str) -> str:
    def list_ref(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in words.entries:
            raise RuleError(f"{where}: unknown word list %{name}%")
        return words.alternation(name)

    def sub_ref(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in subpatterns:
            raise RuleError(f"{where}: unknown sub-pattern @{name}")
        return subpatterns[name]

    return _SUBPATTERN_REF.sub(sub_ref, _LIST_REF.sub(list_ref, pattern))


_REGEX_META = re.compile(r"[\\()\[\]{}?*+|.^$]")


# One character a pattern writes literally: a plain character or an escaped sign ("\\."); ASCII only, where
# upper and lower case pair one to one. It begins an alternative when no quantifier follows it
_LITERAL_CHAR = re.compile(r"\\[!-/:-@\[-`{-~]|(?![\\()\[\]{}?*+|.^$])[ -~]")
_QUANTIFIER = frozenset("?*+{")
_PLAIN_RUN = re.compile(r"[^\\\[()|]+")  # characters that open or close nothing, taken together
# the opening of a group whose alternatives may be rewritten (capturing, (?:, look-arounds, (?-i:); any other "(?"
# (conditionals, back-references, comments, global flags) is copied as written
_GROUP_OPEN = re.compile(r"\((?:\?(?:P<\w+>|[:=!]|<[=!]|[aiLmsux]*(?:-[imsx]+)?:))?")


def factor_alternatives(pattern: str) -> str:
    """The same pattern with the alternatives of each group that begin with the same letter written once under it:
    "(?:march|may|monday|going\\s+to)" becomes "(?:m(?:a(?:rch|y)|onday)|going\\s+to)". The regex engine tries each
    alternative in turn wherever it tries the group; factored, it reads a shared beginning once and skips every
    alternative whose first letter differs. Exact: alternatives that begin with different letters (in either case)
    never both match at one place, and those under one letter keep their order, so the pattern matches exactly what it
    matched, in the same order of attempts."""
    factored, end = _factor_sequence(pattern, 0)
    return factored if end == len(pattern) else pattern  # an unbalanced ")": not ours to rewrite


def boundary_first_union(groups: Sequence[tuple[str, Sequence[str]]]) -> str:
    """One case-insensitive pattern for named groups of alternatives, each alternative written `\\b(?:...)\\b` (a word):
    "(?P<a>\\b(?:x)\\b|\\b(?:y)\\b)|(?P<b>...)" with the word boundary they all start with checked once a place,
    before them all, then a look-ahead for the characters a match can start with (first_characters), then the
    groups factored (factor_alternatives). Exact: a boundary and a look-ahead read and consume nothing, so the same
    alternatives are tried in the same order at every place the boundary and a first character allow, and no other
    place can start a match. The union tried each alternative's boundary in turn at every place of a text; this
    turns most places down at one look. An alternative of another shape leaves the union as written (factored)."""
    words = all(_is_word_group(alternative) for _, alternatives in groups for alternative in alternatives)
    body = factor_alternatives("|".join(
        f"(?P<{name}>{'|'.join(a[2:] if words else a for a in alternatives)})" for name, alternatives in groups
    ))
    if not words:
        return body
    return r"\b" + (first_characters(body) or "") + f"(?:{body})"


def _is_word_group(alternative: str) -> bool:
    """Whether `alternative` is one group between two word boundaries, `\\b(...)\\b`, and nothing else."""
    return alternative.startswith(r"\b(") and _group_end(alternative, 2) == len(alternative) - 2 \
        and alternative.endswith(r"\b")


def _factor_sequence(pattern: str, pos: int) -> tuple[str, int]:
    """The alternatives from `pos` to the ")" that closes their group (or the end), factored; and where they end."""
    alternatives: list[str] = []
    current: list[str] = []
    while pos < len(pattern):
        char = pattern[pos]
        if char == ")":
            break
        if char == "|":
            alternatives.append("".join(current))
            current = []
            pos += 1
        elif char == "\\":
            current.append(pattern[pos : pos + 2])
            pos += 2
        elif char == "[":
            end = _class_end(pattern, pos)
            current.append(pattern[pos:end])
            pos = end
        elif char == "(":
            opening = _GROUP_OPEN.match(pattern, pos)
            assert opening is not None  # "(" at least
            if opening.end() == pos + 1 and pattern.startswith("(?", pos):
                end = _group_end(pattern, pos)  # a conditional, a back-reference, a comment: as written
                current.append(pattern[pos:end])
                pos = end
                continue
            inner, pos = _factor_sequence(pattern, opening.end())
            current.append(opening.group(0) + inner + pattern[pos : pos + 1])
            pos += 1
        else:
            plain = _PLAIN_RUN.match(pattern, pos)
            assert plain is not None  # `char` at least
            current.append(plain.group(0))
            pos = plain.end()
    alternatives.append("".join(current))
    return _factored_group(tuple(alternatives)), pos


@lru_cache(maxsize=1024)
def _factored_group(alternatives: tuple[str, ...]) -> str:
    """A group's alternatives factored (a word list comes back in many rules: done once)."""
    return "|".join(_factor_runs(list(alternatives)))


def _class_end(pattern: str, pos: int) -> int:
    """Where the character class opening at `pos` ends (after its "]")."""
    pos += 1
    if pattern.startswith("^", pos):
        pos += 1
    if pattern.startswith("]", pos):
        pos += 1  # a "]" first in the class is a character of it
    while pos < len(pattern) and pattern[pos] != "]":
        pos += 2 if pattern[pos] == "\\" else 1
    return pos + 1


def _group_end(pattern: str, pos: int) -> int:
    """Where the group opening at `pos` ends (after its ")"), its inner groups, classes and escapes skipped."""
    depth = 0
    while pos < len(pattern):
        char = pattern[pos]
        if char == "\\":
            pos += 2
            continue
        if char == "[":
            pos = _class_end(pattern, pos)
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        pos += 1
        if depth == 0:
            break
    return pos


def _factor_runs(alternatives: list[str]) -> list[str]:
    """The alternatives with each run of them (next to each other) that begin with a literal character grouped by
    that character, the rest of each group factored in turn; a run whose characters differ only in case (they may
    both match) stays as written."""
    out: list[str] = []
    run: list[tuple[str, str]] = []  # (first character as written, the rest), in order

    def close_run() -> None:
        rests: dict[str, list[str]] = {}
        for first, rest in run:
            rests.setdefault(first, []).append(rest)
        if len({first[-1].lower() for first in rests}) < len(rests):
            out.extend(first + rest for first, rest in run)
        else:
            for first, after in rests.items():
                shared = _factor_runs(after) if len(after) > 1 else after
                out.append(first + (shared[0] if len(shared) == 1 else "(?:" + "|".join(shared) + ")"))
        run.clear()

    for alternative in alternatives:
        first = _LITERAL_CHAR.match(alternative)
        if first is None or alternative[first.end() : first.end() + 1] in _QUANTIFIER:
            close_run()
            out.append(alternative)
        else:
            run.append((first.group(0), alternative[first.end() :]))
    close_run()
    return out


def literal_form(form: str, keep_case: bool = False) -> str:
    """The literal text every match of a word-list entry starts with: "Jan\\." -> "jan", "years?" -> "year"
    (as written with `keep_case`: "Jan\\." -> "Jan")."""
    meta = _REGEX_META.search(form)
    cut = len(form) if meta is None else meta.start()
    if meta is not None and meta.group(0) in "?*{" and cut > 0:
        cut -= 1  # the quantifier makes the character before it optional
    return form[:cut] if keep_case else form[:cut].lower()


def parse_triggers(text: str, words: WordLists, subpatterns: dict[str, str], where: str) -> Triggers:
    """Parse a TRIGGERS cell into the literal words and the pattern that a match must contain."""
    if text == "-":
        return Triggers((), None)
    literals: set[str] = set()
    starts: set[str] = set()
    cased: set[str] = set()
    regexes: list[str] = []
    for item in text.split(","):
        item = item.strip()
        at_start = item.startswith("^")  # "^%unit%": the words count only where a word starts
        item = item.removeprefix("^")
        if item.startswith("%") and item.endswith("%"):
            name = item[1:-1]
            if name not in words.entries:
                raise RuleError(f"{where}: unknown word list {item} in triggers")
            if name[0].isupper() and not at_start:
                # a list named with a capital is matched as written by the rules that use it (in (?-i:...)):
                # its words are found as written, so "may" the verb or "mon" in "month" wake no rule
                cased.update(literal_form(form, keep_case=True) for form, _ in words.entries[name])
            else:
                (starts if at_start else literals).update(literal_form(form) for form, _ in words.entries[name])
        elif at_start:
            if not item:
                raise RuleError(f"{where}: a trigger has no literal text")
            starts.add(item.lower())
        elif item.startswith("@"):
            if item[1:] not in subpatterns:
                raise RuleError(f"{where}: unknown sub-pattern {item} in triggers")
            regexes.append(subpatterns[item[1:]])
        elif item:
            literals.add(item.lower())
    if "" in literals or "" in starts or "" in cased:
        raise RuleError(f"{where}: a trigger has no literal text")
    # "jan" already finds "january": keep only the words no other trigger word is part of (the start of, for
    # words that count only at the start of a word)
    minimal = tuple(sorted(w for w in literals if not any(o != w and o in w for o in literals)))
    minimal_starts = tuple(sorted(w for w in starts if not any(o != w and w.startswith(o) for o in starts)))
    minimal_cased = tuple(sorted(w for w in cased if not any(o != w and o in w for o in cased)))
    pattern = _trigger_pattern("|".join(regexes)) if regexes else None
    return Triggers(minimal, pattern, minimal_starts, minimal_cased)


@lru_cache(maxsize=512)
def _trigger_pattern(joined: str) -> re.Pattern[str]:
    """The sub-patterns of a TRIGGERS cell as one pattern: re.compile(joined, re.IGNORECASE), compiled by
    compile_pattern with a leap to the characters a match can start with (each is searched over the whole of every
    text that may hold it: "(?:[01]?\\d|2[0-3])\\.[0-5]\\d" was tried at every character); one object a cell."""
    return compile_pattern(joined, first_characters(joined) or "")


# How far a match can reach, counted in text tokens: a run of word characters, a run of white space, or any other
# single character. A pattern's bound follows from its parse tree, so windows of that many tokens around a
# trigger provably hold every match that contains the trigger, however long a word or a run of spaces is.
from re import _compiler as _sre_compiler  # type: ignore[attr-defined]  # noqa: E402
from re import _constants as _sre  # type: ignore[attr-defined]  # noqa: E402
from re import _parser as _sre_parse  # type: ignore[attr-defined]  # noqa: E402

_WORD, _SPACE, _OTHER, _MIXED = "w", "s", "o", "m"
_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=4096)
def _char_kind(code: int) -> str:
    char = chr(code)
    if char.isspace():
        return _SPACE
    return _WORD if char.isalnum() or char == "_" or _WORD_CHAR.match(char) else _OTHER


def _class_kind(items: list[tuple[object, object]]) -> str:
    kinds: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            assert isinstance(av, int)
            kinds.add(_char_kind(av))
        elif op is _sre.RANGE:
            assert isinstance(av, tuple)
            kinds.update(_char_kind(c) for c in range(av[0], av[1] + 1))
        elif op is _sre.CATEGORY:
            name = str(av)
            kinds.add(_WORD if name in ("CATEGORY_DIGIT", "CATEGORY_WORD") else
                      _SPACE if name == "CATEGORY_SPACE" else _MIXED)
        else:
            kinds.add(_MIXED)  # NEGATE and anything else: could be any character
    return kinds.pop() if len(kinds) == 1 else _MIXED


def _single_kind(items: list[tuple[object, object]]) -> str | None:
    """The kind of a sub-pattern that is one character of one kind (a word or space character class)."""
    if len(items) != 1:
        return None
    op, av = items[0]
    if op is _sre.LITERAL:
        assert isinstance(av, int)
        return _char_kind(av)
    if op is _sre.IN:
        assert isinstance(av, list)
        return _class_kind(av)
    if op is _sre.CATEGORY:
        return _class_kind([(op, av)])
    return None


_UNBOUNDED = 10**9
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))


# A bound is a pair (a, b): a match of the sub-pattern followed by the rest of the pattern touches at most
# a + max(b, rest) tokens, where a counts the tokens it consumes and b how far its look-aheads read past them.
_Bound = tuple[int, int]
_NO_BOUND: _Bound = (_UNBOUNDED, 0)


def _items(sub: object) -> list[tuple[object, object]]:
    """The items of a parsed sub-pattern: its list itself (iterating a SubPattern calls __getitem__ per item)."""
    data = getattr(sub, "data", None)
    if isinstance(data, list):
        return data
    assert isinstance(sub, list)
    return sub


def _then(first: _Bound, second: _Bound) -> _Bound:
    a = min(_UNBOUNDED, first[0] + second[0])
    return a, max(first[1] - second[0], second[1])


def _item_bound(op: object, av: object) -> _Bound:
    if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.IN, _sre.CATEGORY):
        return 1, 0
    if op is _sre.SUBPATTERN:
        assert isinstance(av, tuple)
        return _sequence_bound(_items(av[-1]))
    if op is _sre.BRANCH:
        assert isinstance(av, tuple)
        bounds = [_sequence_bound(_items(branch)) for branch in av[1]]
        most = max(a for a, _ in bounds)
        return most, max(a + b for a, b in bounds) - most
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)):
        assert isinstance(av, tuple)
        _, high, sub = av
        sub_items = _items(sub)
        if high == 0:
            return 0, 0
        if _single_kind(sub_items) in (_WORD, _SPACE):
            return 1, 0  # a run of word (or space) characters lies inside one token
        a, b = _sequence_bound(sub_items)
        if high >= _sre.MAXREPEAT:
            return _NO_BOUND if a or b else (0, 0)
        return min(_UNBOUNDED, high * a), b
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        assert isinstance(av, tuple)
        direction, sub = av
        if direction < 0:
            return 0, 0  # a look-behind reads text before the match, which a window need not hold
        a, b = _sequence_bound(_items(sub))
        return 0, a + b
    if op is _sre.AT:
        if av in (_sre.AT_END, _sre.AT_END_STRING, _sre.AT_END_LINE):
            # "$" reads the character after it and the one after that (it holds before a final "\n"): a window
            # that holds both ends where the text does or tells "$" no as the text would
            return 0, 2
        if av in (_sre.AT_BOUNDARY, _sre.AT_NON_BOUNDARY, _sre.AT_UNI_BOUNDARY, _sre.AT_UNI_NON_BOUNDARY):
            return 0, 1  # reads the character after it
        return 0, 0
    return _NO_BOUND  # back-references and the like: no bound claimed


def _sequence_bound(items: list[tuple[object, object]]) -> _Bound:
    bound: _Bound = (0, 0)
    previous_kind: str | None = None
    for op, av in items:
        if op is _sre.LITERAL:  # the common case, made quick: one character of a word, a space, a sign
            assert isinstance(av, int)
            char_kind = _char_kind(av)
            if char_kind == previous_kind and char_kind in (_WORD, _SPACE):
                continue
            previous_kind = char_kind if char_kind in (_WORD, _SPACE) else None
            bound = _then(bound, (1, 0))
            continue
        kind = _run_kind(op, av)
        if kind is not None and kind == previous_kind:
            continue  # "eleven", "\d+\.\d": characters of one kind in a row are one token
        if op not in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            previous_kind = kind
        bound = _then(bound, _item_bound(op, av))
        if bound[0] >= _UNBOUNDED:
            return _NO_BOUND
    return bound


def token_reach(items: list[tuple[object, object]]) -> int:
    """An upper bound on the text tokens a match of this parsed pattern and its look-aheads can touch, from its
    first character on (_UNBOUNDED if there is none)."""
    a, b = _sequence_bound(items)
    return min(_UNBOUNDED, a + max(b, 0))


def _run_kind(op: object, av: object) -> str | None:
    """WORD or SPACE if the item only ever matches characters of that kind, at least one, else None."""
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)):
        assert isinstance(av, tuple)
        if av[0] == 0:
            return None  # may match nothing: the items around it need not be one run
        kind = _single_kind(_items(av[2]))
    else:
        kind = _single_kind([(op, av)])
    return kind if kind in (_WORD, _SPACE) else None


_TRIGGER_LIST = re.compile(r"\^?%(\w+)%")
_LEAVES = frozenset({_sre.LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.IN, _sre.CATEGORY, _sre.AT})


def _holds_group(items: list[tuple[object, object]], number: int) -> bool:
    """Whether group `number` is among the items or anywhere inside them."""
    for op, av in items:
        if op in _LEAVES:
            continue  # the common case, made quick: characters hold no group
        if op is _sre.SUBPATTERN and isinstance(av, tuple) and av[0] == number:
            return True
        parts = av if isinstance(av, (tuple, list)) else ()
        subs = [s for part in parts for s in (part if isinstance(part, list) else [part]) if hasattr(s, "data")]
        if any(_holds_group(_items(sub), number) for sub in subs):
            return True
    return False


def _group_line(tree: list[tuple[object, object]], number: int) -> tuple[list[tuple[object, object]], int] | None:
    """The parsed pattern's top-level items, with the groups that hold group `number` put in line, and where the
    group stands among them; None unless it stands once in that sequence."""
    items = _items(tree)
    while True:
        # a group stands once in a pattern: the first item that holds it is the one
        at = next((i for i, item in enumerate(items) if _holds_group([item], number)), -1)
        if at < 0 or items[at][0] is not _sre.SUBPATTERN:
            return None  # not there, or inside a repeat, a branch or a look-around
        av = items[at][1]
        assert isinstance(av, tuple)
        if av[0] == number:
            return items, at
        items = items[:at] + _items(av[-1]) + items[at + 1 :]  # a group holding it: its items in line


def reach_around_group(tree: list[tuple[object, object]], number: int) -> tuple[int, int] | None:
    """(tokens before, tokens from) the start of group `number`, which must stand once in the parsed pattern's
    top-level sequence, or in groups that do ("(?P<span>(?P<n>...) (?P<u>...))"): every match then lies within
    that many tokens either side of where the group starts."""
    line = _group_line(tree, number)
    if line is None:
        return None
    items, at = line
    before, reads_on = _sequence_bound(items[:at])
    rest = _sequence_bound(items[at:])
    after = max(reads_on, rest[0] + max(rest[1], 0))
    if before >= _UNBOUNDED or after >= _UNBOUNDED:
        return None
    return before, after


def _consumable(items: list[tuple[object, object]], found: set[str]) -> bool:
    """Add to `found` what the items can consume: "w" for word characters, "s" for white space, other characters
    one by one; False if they may consume characters of any kind."""
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # reads, consumes nothing
        if op in (_sre.LITERAL, _sre.RANGE):
            bounds = (av, av) if op is _sre.LITERAL else av
            assert isinstance(bounds, tuple)
            low, high = bounds
            assert isinstance(low, int) and isinstance(high, int)
            for char in map(chr, range(low, min(high, low + 512) + 1)):
                kind = _char_kind(ord(char))
                if high > low + 512 or kind == _OTHER and (char.lower() != char or char.upper() != char):
                    return False  # a cased sign matches other signs when case is ignored
                found.add(char if kind == _OTHER else kind)
        elif op is _sre.CATEGORY:
            name = str(av)
            if name not in ("CATEGORY_DIGIT", "CATEGORY_WORD", "CATEGORY_SPACE"):
                return False
            found.add(_SPACE if name == "CATEGORY_SPACE" else _WORD)
        elif op is _sre.IN:
            assert isinstance(av, list)
            if not _consumable(av, found):
                return False
        elif op is _sre.SUBPATTERN or op is _sre.BRANCH or op in _REPEATS:
            assert isinstance(av, tuple)
            subs = av[1] if op is _sre.BRANCH else [av[-1]]
            if not all(_consumable(_items(sub), found) for sub in subs):
                return False
        else:
            return False  # NOT_LITERAL, ANY, NEGATE, a back-reference: anything
    return True


def prefix_barrier(tree: list[tuple[object, object]], number: int) -> re.Pattern[str] | None:
    """A pattern for the characters no match holds before group `number` starts (_group_line): a match whose
    group starts at a trigger begins after the last of them before it. None when that part may consume anything."""
    line = _group_line(tree, number)
    found: set[str] = set()
    if line is None or not _consumable(line[0][: line[1]], found) or not found:
        return None
    kinds = {_WORD: r"\w", _SPACE: r"\s"}
    return _barrier_pattern("".join(kinds.get(c) or re.escape(c) for c in sorted(found)))


_BARRIER_HEAD, _BARRIER_TAIL = "(?s:.*)[^", "]"


def _barrier_pattern(chars: str) -> re.Pattern[str]:
    # matched from a window's start, it ends after the last of them (the greedy ".*" gives back from the end)
    return re.compile(_BARRIER_HEAD + chars + _BARRIER_TAIL)


def _barrier_chars(barrier: re.Pattern[str] | None) -> str | None:
    """The class body of a barrier pattern (what the reach table stores)."""
    return None if barrier is None else barrier.pattern[len(_BARRIER_HEAD): -len(_BARRIER_TAIL)]


def _trigger_group(trigger_text: str, pattern_text: str) -> str | None:
    """The named group a rule's only trigger list fills, "(?P<u>%unit%)" for "^%unit%", if it is written once."""
    whole = _TRIGGER_LIST.fullmatch(trigger_text.strip())
    if whole is None:
        return None
    groups = re.findall(r"\(\?P<(\w+)>%" + whole.group(1) + r"%\)", pattern_text)
    return groups[0] if len(groups) == 1 else None


# A literal prefilter: the words one of which every match of a rule holds, read from its parse tree, looked for once a
# text (one pass of an automaton for the words of every rule); a rule none of whose words the text holds is not run.
# Only what a match consumes counts (a look-behind may read before the window a rule runs in), a letter in either case
# counts as the letter (the text is looked at lower-cased, with the case table's other characters as their letter).
_SHORTEST_NEEDED = 3  # words of one or two letters are in nearly every text: they would skip nothing


def _literal_char(op: object, av: object) -> str | None:
    """The lower-case ASCII character one item matches (in either case), or None."""
    if op is _sre.LITERAL:
        assert isinstance(av, int)
        return chr(av).lower() if av < 128 else None
    if op is _sre.IN:
        assert isinstance(av, list)
        chars = set()
        for item_op, item in av:
            if item_op is not _sre.LITERAL or not isinstance(item, int) or item >= 128:
                return None
            chars.add(chr(item).lower())
        return chars.pop() if len(chars) == 1 else None
    return None


def _literal_text(items: list[tuple[object, object]]) -> str | None:
    """The lower-case text a sequence matches when it is letters and groups of letters only, else None."""
    text = ""
    for op, av in items:
        char = _literal_char(op, av)
        if char is None:
            if op is not _sre.SUBPATTERN:
                return None
            assert isinstance(av, tuple)
            inner = _literal_text(_items(av[3]))
            if inner is None:
                return None
            char = inner
        text += char
    return text


def _needed_sets(items: list[tuple[object, object]], run: str = "") -> list[frozenset[str]]:
    """Sets of lower-case words such that every match of the sequence (after the literal text `run`) holds a word
    of each set."""
    sets: list[frozenset[str]] = []
    # run: the literal text read so far, consecutive items of one character or of letters only
    for op, av in items:
        char = _literal_char(op, av)
        if char is None and op is _sre.SUBPATTERN:
            assert isinstance(av, tuple)
            char = _literal_text(_items(av[3]))
            if char is None:
                sets += _needed_sets(_items(av[3]), run)  # the group read after the text before it
                if run:
                    sets.append(frozenset((run,)))
                run = ""
                continue
        if char is not None:
            run += char
            continue
        if op is _sre.BRANCH:
            # each alternative read after the text before it (the parser moves the letters alternatives start with
            # out before them: "spring|summer" is "s(?:pring|ummer)")
            assert isinstance(av, tuple)
            union: set[str] = set()
            for branch in av[1]:
                found = _needed_sets(_items(branch), run)
                if not found:
                    break  # an alternative that holds no known word: the branch needs none
                union |= _best_needed(found)
            else:
                sets.append(frozenset(union))
            if run:
                sets.append(frozenset((run,)))
            run = ""
            continue
        if run:
            sets.append(frozenset((run,)))
        run = ""
        if op in _REPEATS:
            assert isinstance(av, tuple)
            if av[0] >= 1:
                sets += _needed_sets(_items(av[2]))
        elif op is _sre.ATOMIC_GROUP:
            sets += _needed_sets(_items(av))
        # anything else (a class, a category, any character, a look-around, a boundary, a conditional group, a
        # back-reference): no word of its own
    if run:
        sets.append(frozenset((run,)))
    return sets


def _best_needed(sets: list[frozenset[str]]) -> frozenset[str]:
    """The set least likely to be in a text: its shortest word the longest, then the fewest words."""
    return max(sets, key=lambda words: (min(map(len, words)), -len(words), sorted(words)))


def necessary_words(tree: Any, triggers: Triggers) -> frozenset[str] | None:
    """Lower-case words one of which every match of the parsed pattern `tree` holds, for the literal prefilter: the
    best of the sets whose words are three characters long or more and which a trigger of the rule does not already
    vouch for (a set one of whose words is in every trigger word is in every text the rule runs in); None if none."""
    trigger_words = triggers.words + triggers.word_starts + tuple(w.lower() for w in triggers.cased)
    useful = [
        words for words in _needed_sets(_items(tree))
        if min(map(len, words)) >= _SHORTEST_NEEDED
        and not (triggers.pattern is None and trigger_words
                 and all(any(w in t for w in words) for t in trigger_words))
    ]
    return _best_needed(useful) if useful else None


def needs_text(text: str, lower: str | None = None) -> str:
    """`text` as the literal prefilter looks in it: lower-cased one character for one (`lower`, when the caller has
    it so already), and each character the regex engine matches an ASCII letter with case-blind (the case table)
    written as that letter."""
    if lower is None:
        lower = text.lower()
        if len(lower) != len(text):
            lower = "".join(c.lower()[0] for c in text)  # "İ" lowers to two characters; its first is "i"
    return lower if lower.isascii() else lower.translate(_AS_LETTER)



def pattern_reach(tree: list[tuple[object, object]]) -> int | None:
    """The token reach of a parsed pattern, None when it has no bound."""
    reach = token_reach(_items(tree))
    return None if reach >= _UNBOUNDED else reach


def _check_example(compiled: re.Pattern[str], example: str, where: str) -> None:
    """The example must match: as a whole, or exactly the part marked [[like this]] inside a context."""
    marked = re.search(r"\[\[(.+?)\]\]", example)
    text = example.replace("[[", "").replace("]]", "") if marked else example
    expected = marked.group(1) if marked else example
    match = compiled.search(text)
    found = None
    if match:
        found = match.group("span") if "span" in compiled.groupindex and match.group("span") else match.group(0)
    if found != expected:
        got = f"found {found!r}" if found else "found nothing"
        raise RuleError(f"{where}: its pattern does not match {expected!r} in its example {example!r} ({got})")


_GROUP_REF = re.compile(r"\{(\w+)\}")


def _check_groups(spec: ValueSpec, compiled: re.Pattern[str], where: str) -> None:
    """Every {group} a value names must be a group of the pattern: a typo would silently give XXXX values."""
    for _, raw in spec.args:
        for name in _GROUP_REF.findall(raw):
            if name not in compiled.groupindex:
                raise RuleError(f"{where}: its value names an unknown group {{{name}}}")


REACH_TABLE = "tagger_reach.tsv"
_REACH_HEADER = (
    "# Generated from tagger_rules.tsv: each rule's reach in text tokens (timeline.rules.pattern_reach and\n"
    "# reach_around_group), so that loading the rules need not work it out again. Columns: ID, KEY (a checksum of the\n"
    "# expanded pattern, trigger group, value and example: a changed rule is checked and worked out afresh), REACH,\n"
    "# BEFORE, AFTER, BARRIER (the characters no match holds before its trigger group; - for none), FIRST (the\n"
    "# look-ahead for the characters a match can start with, timeline.rules.first_characters; - for none), NEEDS\n"
    "# (words one of which every match holds, timeline.rules.necessary_words, apart by \\x00; - for none).\n"
    "# Regenerate:\n"
    "# python3 -c 'from timeline.rules import write_reach_table; write_reach_table()'\n"
)
# reach, reach around the trigger group, the characters no match holds before that group (a regex class's body) and
# the look-ahead for a match's first characters ("" for none), and the words one of which every match holds (None: none
# known; a line without that column, as written before it, knows none)
ReachEntry = tuple[int | None, tuple[int, int] | None, str | None, str, frozenset[str] | None]


def _reach_key(expanded: str, group: str | None, value: str, example: str) -> str:
    data = f"{expanded}\0{group or ''}\0{value}\0{example}".encode()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"  # zlib is loaded already; hashlib would cost 2 ms


def parse_reach_table(text: str) -> dict[tuple[str, str], ReachEntry]:
    """The stored reaches by (rule id, key); a malformed line is skipped (its rule's reach is then worked out)."""
    table: dict[tuple[str, str], ReachEntry] = {}
    for line in text.splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) not in (7, 8) or not all(c == "-" or c.isdigit() for c in cells[2:5]):
            continue
        rule_id, key, reach, before, after, barrier, first = cells[:7]
        around = (int(before), int(after)) if before != "-" and after != "-" else None
        needed = _unescaped(cells[7]) if len(cells) == 8 else None
        table[(rule_id, key)] = (None if reach == "-" else int(reach), around, _unescaped(barrier),
                                 _unescaped(first) or "", frozenset(needed.split("\0")) if needed else None)
    return table


def _unescaped(cell: str) -> str | None:
    return None if cell == "-" else cell.encode("ascii", "backslashreplace").decode("unicode_escape")


def _escaped(text: str | None) -> str:
    return "-" if not text else text.encode("unicode_escape").decode("ascii")


def _stored_reaches() -> dict[tuple[str, str], ReachEntry]:
    try:
        return parse_reach_table(_resource_text(REACH_TABLE)[0])
    except FileNotFoundError:
        return {}


def reach_table_text(rules: tuple[Rule, ...]) -> str:
    """The reach table of a rule set, as written to tagger_reach.tsv."""
    lines = [_REACH_HEADER]
    for rule in rules:
        before, after = rule.reach_around if rule.reach_around else ("-", "-")
        reach = "-" if rule.reach is None else rule.reach
        barrier = _escaped(_barrier_chars(rule.barrier))
        first = _escaped(first_characters(factor_alternatives(rule.expanded)))
        needs = _escaped("\0".join(sorted(rule.needs)) if rule.needs else None)
        lines.append(f"{rule.id}\t{rule.reach_key}\t{reach}\t{before}\t{after}\t{barrier}\t{first}\t{needs}\n")
    return "".join(lines)


def write_reach_table() -> Path:
    """Work out every packaged rule's reach afresh and write the table beside the rules."""
    words = parse_words(*_resource_text("tagger_words.tsv"))
    rules = parse_rules(*_resource_text("tagger_rules.tsv"), words, stored={})
    path = Path(str(resources.files("timeline") / "resources" / REACH_TABLE))
    path.write_text(reach_table_text(rules), encoding="utf-8")
    return path


def parse_rules(
    text: str, source: str, words: WordLists, stored: dict[tuple[str, str], ReachEntry] | None = None
) -> tuple[Rule, ...]:
    """Parse and validate a rule file: unique ids, known types and kinds, compiling patterns, matching examples.

    `stored`: reaches already worked out (tagger_reach.tsv), used where a rule's key matches; none given, only
    the packaged rules file uses the packaged table."""
    if stored is None:
        stored = _stored_reaches() if source == "timeline/resources/tagger_rules.tsv" else {}
    subpatterns: dict[str, str] = {}
    rules: list[Rule] = []
    seen: set[str] = set()
    shared: dict[Triggers, Triggers] = {}
    for number, line in _data_lines(text):
        where = f"{source}:{number}"
        cells = line.split("\t")
        if cells[0].startswith("@"):
            if len(cells) != 2:
                raise RuleError(f"{where}: a sub-pattern line has 2 columns: @name, PATTERN")
            subpatterns[cells[0][1:]] = _expand(cells[1], words, subpatterns, where)
            continue
        if len(cells) != 6 or not all(cells):
            raise RuleError(f"{where}: expected 6 tab-separated columns ID, TYPE, VALUE, TRIGGERS, PATTERN, EXAMPLE")
        rule_id, rule_type, value, trigger_text, pattern, example = cells
        if rule_id in seen:
            raise RuleError(f"{where}: duplicate rule id {rule_id!r}")
        seen.add(rule_id)
        if rule_type not in RULE_TYPES:
            raise RuleError(f"{where}: unknown type {rule_type!r} (want one of {', '.join(sorted(RULE_TYPES))})")
        spec = None if rule_type == "NEG" else parse_spec(value, where)
        expanded = r"(?<![\w])(?:" + _expand(pattern, words, subpatterns, where) + r")(?![\w])"
        triggers = parse_triggers(trigger_text, words, subpatterns, where)
        triggers = shared.setdefault(triggers, triggers)  # one object for equal triggers: windows are shared
        group = _trigger_group(trigger_text, pattern)
        key = _reach_key(expanded, group, value, example)
        known = stored.get((rule_id, key))
        if known is not None:
            # the table was written from this very rule (pattern, value and example: the key) after it passed every
            # check below (a test keeps the table current): it is compiled when a text first holds its trigger
            reach, around, chars, first, needs = known
            barrier = None if chars is None else _barrier_pattern(chars)
            rules.append(Rule(rule_id, rule_type, spec, triggers, expanded, example, where, reach, around, key,
                              barrier, first, needs))
            continue
        try:
            # the tree of the pattern as written gives the rule's reach (and any error in it, where it was written);
            # what runs and is checked is the same pattern, factored and told its first characters (Rule.pattern)
            flags = int(re.IGNORECASE)  # an int, as re.compile passes it: the parser is slow with enum flags
            tree = _sre_parse.parse(expanded, flags)
            compiled: re.Pattern[str] = re.compile(runnable_pattern(expanded), flags)
        except re.error as exc:
            raise RuleError(f"{where}: rule {rule_id}: bad pattern: {exc}") from None
        _check_example(compiled, example, f"{where}: rule {rule_id}")
        if not triggers.everywhere and not triggers.found_in(example.replace("[[", "").replace("]]", "")):
            raise RuleError(f"{where}: rule {rule_id}: its example holds none of its triggers")
        if spec is not None:
            _check_groups(spec, compiled, f"{where}: rule {rule_id}")
        reach = pattern_reach(tree)
        around = reach_around_group(tree, compiled.groupindex[group]) if group else None
        barrier = prefix_barrier(tree, compiled.groupindex[group]) if group and around else None
        rule = Rule(rule_id, rule_type, spec, triggers, expanded, example, where, reach, around, key, barrier,
                    needs=necessary_words(tree, triggers))
        rule.__dict__["pattern"] = compiled  # compiled already (the cached property's place)
        rules.append(rule)
    return tuple(rules)


def load_ruleset(words_path: Path | None = None, rules_path: Path | None = None) -> RuleSet:
    """Load the word lists and rules (the packaged ones unless paths are given)."""
    words_text, words_source = (
        (words_path.read_text(encoding="utf-8"), str(words_path)) if words_path else _resource_text("tagger_words.tsv")
    )
    rules_text, rules_source = (
        (rules_path.read_text(encoding="utf-8"), str(rules_path)) if rules_path else _resource_text("tagger_rules.tsv")
    )
    words = parse_words(words_text, words_source)
    return RuleSet(words, parse_rules(rules_text, rules_source, words))


@lru_cache(maxsize=1)
def default_ruleset() -> RuleSet:
    """The packaged rule set, loaded once per process."""
    return load_ruleset()


# The regex engine tries a pattern at every position of a text. Python's engine skips ahead to a position where a
# match can begin only when the pattern starts with a literal or a character class without letters; a rule starts
# with a look-behind and is case-insensitive, so it was tried in full at every position. A look-ahead for the
# characters a match can start with turns most positions down at one look, and finds the same matches.
_CATEGORY_CLASS = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_WORD": r"\w",
                   "CATEGORY_NOT_WORD": r"\W", "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S"}


class _AnyFirst(Exception):
    """Any character may start a match: no look-ahead helps."""


def _first_of_sequence(items: list[tuple[object, object]], cased: bool, found: list[tuple[str, bool]]) -> bool:
    """Add to `found` (class text, matched case-sensitively) what a match of the sequence can start with; whether
    the sequence can match nothing (then what follows it may start the match too)."""
    for op, av in items:
        if not _first_of_item(op, av, cased, found):
            return False
    return True


def _first_of_item(op: object, av: object, cased: bool, found: list[tuple[str, bool]]) -> bool:
    if op is _sre.LITERAL:
        assert isinstance(av, int)
        found.append((re.escape(chr(av)), cased))
        return False
    if op is _sre.IN:
        assert isinstance(av, list)
        for item_op, item in av:
            if item_op is _sre.LITERAL:
                assert isinstance(item, int)
                found.append((re.escape(chr(item)), cased))
            elif item_op is _sre.RANGE:
                assert isinstance(item, tuple)
                found.append((re.escape(chr(item[0])) + "-" + re.escape(chr(item[1])), cased))
            elif item_op is _sre.CATEGORY and str(item) in _CATEGORY_CLASS:
                found.append((_CATEGORY_CLASS[str(item)], cased))
            else:
                raise _AnyFirst  # a negated class and the like
        return False
    if op is _sre.SUBPATTERN:
        assert isinstance(av, tuple)
        _, add_flags, del_flags, sub = av
        if add_flags & re.IGNORECASE:
            cased = False
        if del_flags & re.IGNORECASE:
            cased = True
        return _first_of_sequence(_items(sub), cased, found)
    if op is _sre.BRANCH:
        assert isinstance(av, tuple)
        empty = False
        for branch in av[1]:
            empty = _first_of_sequence(_items(branch), cased, found) or empty
        return empty
    if op in _REPEATS:
        assert isinstance(av, tuple)
        return _first_of_sequence(_items(av[2]), cased, found) or av[0] == 0
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return True  # reads, but consumes nothing
    raise _AnyFirst  # any character, a back-reference, a conditional group: anything may come first


def first_characters(pattern: str) -> str | None:
    """A look-ahead for the characters a match of `pattern` (case-insensitive) can start with, or None when that
    could be any character or a match can be empty."""
    found: list[tuple[str, bool]] = []
    try:
        if _first_of_sequence(_items(_sre_parse.parse(pattern, int(re.IGNORECASE))), False, found):
            return None
    except _AnyFirst:
        return None
    chars = "".join(sorted({text for text, _ in found}))
    # case-sensitive only when every character came from a case-sensitive part ("(?-i:[A-Z])")
    return f"(?-i:(?=[{chars}]))" if all(cased for _, cased in found) else f"(?=[{chars}])"


def runnable_pattern(expanded: str, first: str | None = None) -> str:
    """A rule's pattern as it runs: its alternatives factored, after a look-ahead for its first characters (`first`
    when it is known: what first_characters gives for the factored pattern, "" for none)."""
    factored = factor_alternatives(expanded)
    if first is None:
        first = first_characters(factored) or ""
    return f"{first}(?:{factored})" if first else factored



# The characters a case-insensitive pattern matches an ASCII letter with, besides its own two cases (the regex engine's
# case folding: the Kelvin sign, the long s, the dotted and dotless I); tests/test_matching_speedups.py matches every
# letter against every character to check this table
_OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
# each of those characters as its letter (needs_text: after lower-casing, the dotless i and the long s are left)
_AS_LETTER = {ord(other): letter for letter, others in _OTHER_CASES.items() for other in others}
_LETTERS = frozenset(range(ord("A"), ord("Z") + 1)) | frozenset(range(ord("a"), ord("z") + 1))


def compile_pattern(pattern: str, first: str = "") -> re.Pattern[str]:
    """re.compile(pattern, re.IGNORECASE), compiled so that the regex engine does less for the same matches.

    - Where an alternative of a group starts with a letter, the letter is written as the class of the characters it
      matches, read case-sensitively ("w" as "[wW]"): a class matches one character exactly as the letter did, but the
      engine passes over an alternative that starts with a class (or a plain letter) the character at hand is not
      in at one look, where it went into one that starts with a case-insensitive letter, saved its state and failed.
    - `first`, a look-ahead every match starts with (Rule.first, "(?=[\\dmt])"): the engine's search then leaps to
      the next character that can start a match, instead of trying the pattern at every character. The characters
      are those of ASCII the look-ahead lets through, and every character beyond ASCII (so no case folding beyond
      ASCII need be known): more places than the look-ahead lets through, never fewer, and the look-ahead, still
      in the pattern, turns down the rest. Only for a pattern that matches one character at least (an empty match
      asks the engine to go on from the same place, which a leap does not do) and has no such leap of its own.
    """
    import _sre as _engine  # the regex engine itself (`_sre` here is re._constants)
    from re import _compiler as _sre_compile  # type: ignore[attr-defined]

    flags = int(re.IGNORECASE)
    tree = _sre_parse.parse(pattern, flags)
    _letters_cased(tree, tree.state.flags | flags)
    code = _sre_compile._code(tree, flags)
    if first and code[0] == _sre.INFO and code[2] == 0 and code[3] > 0:
        info = [_sre.INFO, 0, _sre.SRE_INFO_CHARSET, code[3], code[4]]
        _sre_compile._compile_charset(_leap_charset(first), flags | tree.state.flags, info)
        info[1] = len(info) - 1
        code = info + code[code[1] + 1 :]
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    compiled: re.Pattern[str] = _engine.compile(pattern, flags | tree.state.flags, code, tree.state.groups - 1,
                                                groupindex, tuple(indexgroup))
    return compiled


@lru_cache(maxsize=512)
def _leap_charset(first: str) -> list[tuple[Any, Any]]:
    """The characters compile_pattern's search leaps to for the look-ahead `first`: the ASCII characters it lets
    through (read case-blind), as the engine's compact set of them, then every character beyond ASCII as one range.
    The ASCII part alone is optimised: handing the engine's optimiser the range as well made it fill a map of every
    character of the BMP (2 ms a rule, most of the time compiling a rule took); the set is the same."""
    opening = re.compile(first, re.IGNORECASE)
    ascii_chars = [(_sre.LITERAL, c) for c in range(128) if opening.match(chr(c))]
    optimised: list[tuple[Any, Any]] = _sre_compiler._optimize_charset(ascii_chars)[0] if ascii_chars else []
    return optimised + [(_sre.RANGE, (128, 0x10FFFF))]


def _folding(flags: int) -> bool:
    """Whether a letter is read with Unicode case folding under these flags."""
    return bool(flags & _sre.SRE_FLAG_IGNORECASE) and not flags & (_sre.SRE_FLAG_LOCALE | _sre.SRE_FLAG_ASCII)


def _with_flags(flags: int, add: int, remove: int) -> int:
    """The flags inside a group that sets `add` and clears `remove` ("(?-i:...)")."""
    if add & _sre_parse.TYPE_FLAGS:
        flags &= ~_sre_parse.TYPE_FLAGS
    return (flags | add) & ~remove


def _letters_cased(tree: Any, flags: int) -> None:
    """The first letter of each alternative in the parse tree `tree`, read under `flags`, made a class of its cases
    read case-sensitively (compile_pattern)."""
    for op, av in tree.data:
        if op is _sre.BRANCH:
            for alternative in av[1]:
                _first_letter_cased(alternative, flags)
                _letters_cased(alternative, flags)
        elif op is _sre.SUBPATTERN:
            _letters_cased(av[3], _with_flags(flags, av[1], av[2]))
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            _letters_cased(av[1], flags)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            _letters_cased(av[2], flags)
        elif op is _sre.ATOMIC_GROUP:
            _letters_cased(av, flags)
        elif op is _sre.GROUPREF_EXISTS:
            _letters_cased(av[1], flags)
            if av[2] is not None:
                _letters_cased(av[2], flags)


def _first_letter_cased(alternative: Any, flags: int) -> None:
    """An alternative's first item, through groups that capture nothing (they add no step of their own), made the
    class of its cases if it is a letter read case-insensitively."""
    while alternative.data:
        op, av = alternative.data[0]
        if op is _sre.SUBPATTERN and av[0] is None:
            flags = _with_flags(flags, av[1], av[2])
            alternative = av[3]
            continue
        if op is _sre.LITERAL and av in _LETTERS and _folding(flags):
            letter = chr(av).lower()
            cases = [(_sre.LITERAL, ord(c)) for c in letter + letter.upper() + _OTHER_CASES.get(letter, "")]
            inner = _sre_parse.SubPattern(alternative.state, [(_sre.IN, cases)])
            alternative.data[0] = (_sre.SUBPATTERN, (None, 0, _sre.SRE_FLAG_IGNORECASE, inner))
        return
