"""Words as lemmas, from lemminflect's dictionary (no model, no network): "bombings" -> bombing, bomb."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_ALPHA = re.compile(r"^[a-z][a-z'-]*$")
# lemminflect's rules for a word its dictionary does not know are a small neural model (slow); a word without an
# inflectional ending (-s, -ed, -ing) or a closing quote (merger'') is its own lemma anyway (names, foreign words)
_INFLECTED = re.compile(r"(?:s|ed|ing)$|'$")


@lru_cache(maxsize=1)
def _lemmatizer() -> Any:
    """lemminflect's lemmatizer, imported when first needed (importing lemminflect takes a tenth of a second, which
    a command that types nothing should not pay)."""
    from lemminflect import Lemmatizer

    return Lemmatizer()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, tuple[str, ...]]], dict[str, dict[str, tuple[str, ...]]]]:
    """lemminflect's lemma dictionary and its overrides (word -> part of speech -> lemmas), loaded once. Read
    directly, because lemminflect's getAllLemmas deep-copies both entries and restyles the case on every call, which
    a lower-case word does not need (getAllLemmas(word) is these two entries merged, the overrides winning)."""
    lemmatizer = _lemmatizer()
    return lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict()


@lru_cache(maxsize=65536)
def _dictionary(word: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's dictionary entry for a word (its lemmas by part of speech), looked up once."""
    lemma_dict, overrides = _tables()
    key = word.lower()
    entry = dict(lemma_dict.get(key, {}))
    entry.update(overrides.get(key, {}))
    return entry


def _out_of_vocabulary(word: str, upos: str) -> tuple[str, ...]:
    """lemminflect's rules for a word its dictionary does not know (getAllLemmasOOV)."""
    lemma = _lemmatizer()._getOOVLemmatizer().lemmatize(word, upos)
    return () if lemma is None else (lemma,)


def lemmas_as(word: str, upos: str) -> tuple[str, ...]:
    """The lemmas a lower-case word has as one part of speech in the dictionary, lower-cased (what lemminflect's
    getAllLemmas(word, upos) gives for a lower-case word, without its copying): "sets" as a VERB -> ("set",); empty
    if the dictionary does not know the word as that part of speech."""
    return tuple(form.lower() for form in _dictionary(word).get(upos, ()))


@lru_cache(maxsize=65536)
def word_classes(word: str) -> frozenset[str]:
    """The parts of speech a lower-case word can have in the dictionary (NOUN, VERB, ADJ, AUX, ...); empty if
    the dictionary does not know it."""
    return frozenset(_dictionary(word))


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Every lemma a lower-case word may have, with the word itself: "stormed" -> {stormed, storm}; a noun in -ing
    also gives its verb ("bombings" -> bombing, bomb); a word the dictionary does not know is lemmatised by
    lemminflect's suffix rules ("airstrikes" -> airstrike); a possessive has its word's lemmas ("union's" -> union,
    "farmers'" -> farmer)."""
    found = {word}
    if word.endswith("'s") and len(word) > 3:  # a possessive ("the union's leaders"): the word's own lemmas too
        found.update(lemmas(word[:-2]))
    elif word.endswith("s'") and len(word) > 3:  # a plural's possessive ("the retailers' federation")
        found.update(lemmas(word[:-1]))
    known = _dictionary(word)
    if known:
        for forms in known.values():
            found.update(f.lower() for f in forms)
    elif _ALPHA.match(word) and len(word) > 3 and _INFLECTED.search(word):
        for upos in ("NOUN", "VERB"):
            found.update(f.lower() for f in _out_of_vocabulary(word, upos))
    for form in list(found):
        if form.endswith("ing") and len(form) > 5:
            # lemminflect's getLemma(form, "VERB"): the dictionary's verb lemmas, else its rules
            found.update(v.lower() for v in _dictionary(form).get("VERB", ()) or _out_of_vocabulary(form, "VERB"))
    return frozenset(found)


@lru_cache(maxsize=65536)
def simple_past(word: str) -> bool:
    """Whether a lower-case word is a verb's simple past in the dictionary, whatever else it may be: "cut", "shut",
    "read", "lay" (of "lie") as well as "sailed"; not "sail" or "run"."""
    from lemminflect import getInflection  # (imported when first needed, as in _lemmatizer)

    return any(word in getInflection(lemma, "VBD") for lemma in lemmas_as(word, "VERB"))
