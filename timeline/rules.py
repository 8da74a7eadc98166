"""Load and validate the tagger's data files: word lists and recognition rules, compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from timeline.model import TimexType

RULE_TYPES = {t.value for t in TimexType} | {"NEG"}
_LIST_REF = re.compile(r"%(\w+)%")
_SUBPATTERN_REF = re.compile(r"@(\w+)")
_SPEC_ARG = re.compile(r"^(\w+)=(\S*)$")
VALUE_KINDS = frozenset(
    {
        "date", "decade", "century", "quarter", "half", "season", "yearend", "day", "weekday", "rel", "monthrel",
        "ago", "away", "after", "yearperiod", "range", "holiday", "ref", "clock", "dur", "set", "setweekday",
        "setmonth", "setpod", "monthday",
    }
)


class RuleError(ValueError):
    """A data file of the tagger is malformed; the message names the file, the line and the reason."""


@dataclass(frozen=True)
class WordLists:
    """Named word lists: surface form (lower-cased unless the list is case-sensitive) -> normalized value."""

    entries: dict[str, tuple[tuple[str, str], ...]]

    def alternation(self, name: str) -> str:
        """The list as a regex alternation, longest form first so that "Sept." wins over "Sep"."""
        forms = sorted((form for form, _ in self.entries[name]), key=len, reverse=True)
        return "(?:" + "|".join(forms) + ")"

    def lookup(self, name: str, text: str) -> str | None:
        """The normalized value of `text` in list `name`, matching each entry's regex against the whole text."""
        for form, value in self.entries.get(name, ()):
            flags = 0 if name[:1].isupper() else re.IGNORECASE
            if re.fullmatch(form, text, flags):
                return value
        return None


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

    @property
    def everywhere(self) -> bool:
        """No trigger: the rule runs over the whole text."""
        return not self.words and not self.word_starts and self.pattern is None

    def found_in(self, text: str) -> bool:
        """Whether the text holds a trigger."""
        lower = text.lower()
        return (
            any(w in lower for w in self.words)
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
    pattern: re.Pattern[str]
    example: str
    source: str

    @property
    def negative(self) -> bool:
        """A negative rule removes the positive matches it overlaps."""
        return self.type == "NEG"


@dataclass(frozen=True)
class RuleSet:
    """Everything the recognizer needs, loaded from the data files."""

    words: WordLists
    rules: tuple[Rule, ...]


def _resource_text(name: str) -> tuple[str, str]:
    ref = resources.files("timeline") / "resources" / name
    return ref.read_text(encoding="utf-8"), f"timeline/resources/{name}"


def _data_lines(text: str) -> list[tuple[int, str]]:
    return [(i, line) for i, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]


# what the values of some lists must look like, so that a typo fails on load rather than drop dates at run time
_VALUE_SHAPES: dict[str, tuple[re.Pattern[str], str]] = {
    "Month": (re.compile(r"[1-9]|1[0-2]"), "a month number 1-12"),
    "Weekday": (re.compile(r"[1-7]"), "a weekday number 1-7"),
    "holiday": (
        re.compile(r"(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:EASTER|THANKSGIVING)(?:[+-]\d{1,2})?"
                   r"|(?:0[1-9]|1[0-2])/[1-7]/(?:-1|[1-5])"),
        "MM-DD, EASTER+N, THANKSGIVING+N or MM/W/N",
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
            re.compile(form)
        except re.error as exc:
            raise RuleError(f"{source}:{number}: bad regex {form!r}: {exc}") from None
        shape = _VALUE_SHAPES.get(name)
        if shape is not None and not shape[0].fullmatch(value):
            raise RuleError(f"{source}:{number}: {name} value {value!r} is not {shape[1]}")
        entries.setdefault(name, []).append((form, value))
    return WordLists({name: tuple(forms) for name, forms in entries.items()})


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


def literal_form(form: str) -> str:
    """The literal text every match of a word-list entry starts with: "Jan\\." -> "jan", "years?" -> "year"."""
    meta = _REGEX_META.search(form)
    if meta is None:
        return form.lower()
    cut = meta.start()
    if meta.group(0) in "?*{" and cut > 0:
        cut -= 1  # the quantifier makes the character before it optional
    return form[:cut].lower()


def parse_triggers(text: str, words: WordLists, subpatterns: dict[str, str], where: str) -> Triggers:
    """Parse a TRIGGERS cell into the literal words and the pattern that a match must contain."""
    if text == "-":
        return Triggers((), None)
    literals: set[str] = set()
    starts: set[str] = set()
    regexes: list[str] = []
    for item in text.split(","):
        item = item.strip()
        at_start = item.startswith("^")  # "^%unit%": the words count only where a word starts
        item = item.removeprefix("^")
        if item.startswith("%") and item.endswith("%"):
            name = item[1:-1]
            if name not in words.entries:
                raise RuleError(f"{where}: unknown word list {item} in triggers")
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
    if "" in literals or "" in starts:
        raise RuleError(f"{where}: a trigger has no literal text")
    # "jan" already finds "january": keep only the words no other trigger word is part of (the start of, for
    # words that count only at the start of a word)
    minimal = tuple(sorted(w for w in literals if not any(o != w and o in w for o in literals)))
    minimal_starts = tuple(sorted(w for w in starts if not any(o != w and w.startswith(o) for o in starts)))
    pattern = re.compile("|".join(regexes), re.IGNORECASE) if regexes else None
    return Triggers(minimal, pattern, minimal_starts)


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


def parse_rules(text: str, source: str, words: WordLists) -> tuple[Rule, ...]:
    """Parse and validate a rule file: unique ids, known types and kinds, compiling patterns, matching examples."""
    subpatterns: dict[str, str] = {}
    rules: list[Rule] = []
    seen: set[str] = set()
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
        try:
            compiled = re.compile(expanded, re.IGNORECASE)
        except re.error as exc:
            raise RuleError(f"{where}: rule {rule_id}: bad pattern: {exc}") from None
        _check_example(compiled, example, f"{where}: rule {rule_id}")
        triggers = parse_triggers(trigger_text, words, subpatterns, where)
        if not triggers.everywhere and not triggers.found_in(example.replace("[[", "").replace("]]", "")):
            raise RuleError(f"{where}: rule {rule_id}: its example holds none of its triggers")
        rules.append(Rule(rule_id, rule_type, spec, triggers, compiled, example, where))
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
