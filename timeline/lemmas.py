"""Words as lemmas, from lemminflect's dictionary (no model, no network): "bombings" -> bombing, bomb."""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmas, getAllLemmasOOV, getLemma

_ALPHA = re.compile(r"^[a-z][a-z'-]*$")
# lemminflect's rules for a word its dictionary does not know are a small neural model (slow); a word without an
# inflectional ending (-s, -ed, -ing) or a closing quote (merger'') is its own lemma anyway (names, foreign words)
_INFLECTED = re.compile(r"(?:s|ed|ing)$|'$")


@lru_cache(maxsize=65536)
def _dictionary(word: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's dictionary entry for a word (its lemmas by part of speech), looked up once: lemminflect
    copies the entry on every call."""
    return dict(getAllLemmas(word))


@lru_cache(maxsize=65536)
def word_classes(word: str) -> frozenset[str]:
    """The parts of speech a lower-case word can have in the dictionary (NOUN, VERB, ADJ, AUX, ...); empty if
    the dictionary does not know it."""
    return frozenset(_dictionary(word))


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Every lemma a lower-case word may have, with the word itself: "stormed" -> {stormed, storm}; a noun in -ing
    also gives its verb ("bombings" -> bombing, bomb); a word the dictionary does not know is lemmatised by
    lemminflect's suffix rules ("airstrikes" -> airstrike)."""
    found = {word}
    known = _dictionary(word)
    if known:
        for forms in known.values():
            found.update(f.lower() for f in forms)
    elif _ALPHA.match(word) and len(word) > 3 and _INFLECTED.search(word):
        for upos in ("NOUN", "VERB"):
            found.update(f.lower() for f in getAllLemmasOOV(word, upos).get(upos, ()))
    for form in list(found):
        if form.endswith("ing") and len(form) > 5:
            found.update(v.lower() for v in getLemma(form, "VERB"))
    return frozenset(found)
