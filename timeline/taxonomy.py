"""Event types as a data file: keywords per type, validated on load, scored over the words around a date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

FALLBACK_TYPE = "other"
_TYPE_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


class TaxonomyError(ValueError):
    """The taxonomy file is malformed; the message names the file, the line and the reason."""


@dataclass(frozen=True)
class Keyword:
    """One keyword: the words it is made of (lower case), its type and its weight. Its last word matches with
    the usual endings ("attack": attacks, attacked, attacker), or as a prefix when written with a * ("evacuat*")."""

    words: tuple[str, ...]
    type: str
    weight: float
    prefix: bool = False
    forms: frozenset[str] = frozenset()

    def last_word_matches(self, word: str) -> bool:
        """Whether a text word is a form of the keyword's last word."""
        return word.startswith(self.words[-1]) if self.prefix else word in self.forms


def inflections(word: str) -> frozenset[str]:
    """The forms a keyword's last word takes in news text: plural, past, -ing, agent noun, possessive."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing", word + "er", word + "ers", word + "'s",
             word + "’s"}
    if word.endswith("e"):
        forms |= {word + "d", word + "r", word + "rs", word[:-1] + "ing"}
    if word.endswith("y") and len(word) > 2:
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return frozenset(forms)


@dataclass(frozen=True)
class Taxonomy:
    """The event types, in file order, and their keywords indexed by first word."""

    types: tuple[str, ...]
    keywords: tuple[Keyword, ...]

    @property
    def fallback(self) -> str:
        """The type of an event none of whose words is a keyword: "other", else the last type of the file."""
        return FALLBACK_TYPE if FALLBACK_TYPE in self.types else self.types[-1]

    @cached_property
    def _index(self) -> tuple[dict[str, list[tuple[int, Keyword]]], dict[str, list[tuple[int, Keyword]]]]:
        """Keywords by the text words that can start them: every form of a one-word keyword, the first word of a
        longer one, and (for a stem written with *) its first three letters; each with its place in the file."""
        exact: dict[str, list[tuple[int, Keyword]]] = {}
        stems: dict[str, list[tuple[int, Keyword]]] = {}
        for order, keyword in enumerate(self.keywords):
            if len(keyword.words) > 1:
                exact.setdefault(keyword.words[0], []).append((order, keyword))
            elif keyword.prefix:
                stems.setdefault(keyword.words[0][:3], []).append((order, keyword))
            else:
                for form in keyword.forms:
                    exact.setdefault(form, []).append((order, keyword))
        return exact, stems

    def score(self, words: list[str], centre: int | None) -> dict[str, float]:
        """Scores per type for lower-cased `words`, each hit weighted down by its distance from index `centre`
        (all hits alike when there is no centre)."""
        exact, stems = self._index
        scores: dict[str, float] = {}
        for index, word in enumerate(words):
            found = exact.get(word, []) + stems.get(word[:3], [])
            if len(found) > 1:
                found.sort(key=lambda pair: pair[0])  # file order, so that sums (and ties) never depend on the index
            for _, keyword in found:
                n = len(keyword.words)
                if index + n > len(words):
                    continue
                if all(words[index + k] == keyword.words[k] for k in range(n - 1)) and keyword.last_word_matches(
                    words[index + n - 1]
                ):
                    distance = 0 if centre is None else abs(index - centre)
                    scores[keyword.type] = scores.get(keyword.type, 0.0) + keyword.weight / (1 + distance / 8)
        return scores

    def classify(self, text: str, centre_offset: int | None = None) -> str:
        """The best type for the words of `text` (nearest words to `centre_offset` weighing most, if given);
        the fallback type if no keyword is there."""
        matches = list(_WORD.finditer(text))
        words = [m.group(0).lower() for m in matches]
        centre = None if centre_offset is None else next(
            (i for i, m in enumerate(matches) if m.end() > centre_offset), len(words))
        scores = self.score(words, centre)
        if not scores:
            return self.fallback
        best = max(scores.values())
        return next(t for t in self.types if scores.get(t) == best)


def parse_taxonomy(text: str, source: str) -> Taxonomy:
    """Parse a taxonomy file (TYPE, KEYWORD, optional WEIGHT per line), rejecting malformed lines."""
    types: list[str] = []
    keywords: list[Keyword] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        where = f"{source}:{number}"
        type_name = cells[0].strip()
        if not _TYPE_NAME.match(type_name):
            raise TaxonomyError(f"{where}: type {type_name!r} must be a lower-case name")
        if type_name not in types:
            types.append(type_name)
        if len(cells) == 1:
            continue
        if len(cells) > 3:
            raise TaxonomyError(f"{where}: expected TYPE, KEYWORD and an optional WEIGHT, tab-separated")
        keyword = cells[1].strip().lower()
        prefix = keyword.endswith("*")
        keyword = keyword.rstrip("*")
        if not keyword or not all(_WORD.fullmatch(w) for w in keyword.split()):
            raise TaxonomyError(f"{where}: keyword {cells[1]!r} must be words (the last may end with *)")
        if prefix and len(keyword.split()) == 1 and len(keyword) < 3:
            raise TaxonomyError(f"{where}: a stem written with * needs at least 3 letters, {cells[1]!r} has fewer")
        weight = 1.0
        if len(cells) == 3:
            try:
                weight = float(cells[2])
            except ValueError:
                raise TaxonomyError(f"{where}: weight {cells[2]!r} is not a number") from None
            if weight <= 0:
                raise TaxonomyError(f"{where}: weight must be positive")
        key = (type_name, tuple(keyword.split()))
        if key in seen:
            raise TaxonomyError(f"{where}: keyword {keyword!r} is listed twice for {type_name}")
        seen.add(key)
        last = keyword.split()[-1]
        keywords.append(Keyword(tuple(keyword.split()), type_name, weight, prefix, inflections(last)))
    if not types:
        raise TaxonomyError(f"{source}: no types")
    # a word must not count twice for one type ("ally" already finds "allies")
    single = [k for k in keywords if len(k.words) == 1 and not k.prefix]
    for a in single:
        for b in single:
            if a is not b and a.type == b.type and a.words[0] in b.forms:
                raise TaxonomyError(f"{source}: keyword {a.words[0]!r} of {a.type} is already a form of {b.words[0]!r}")
    return Taxonomy(tuple(types), tuple(keywords))


def load_taxonomy(path: str | Path) -> Taxonomy:
    """A user's taxonomy file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TaxonomyError(f"{path}: cannot read ({exc})") from None
    return parse_taxonomy(text, str(path))


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The packaged taxonomy (resources/taxonomy.tsv)."""
    text = (resources.files("timeline") / "resources" / "taxonomy.tsv").read_text(encoding="utf-8")
    return parse_taxonomy(text, "timeline/resources/taxonomy.tsv")
