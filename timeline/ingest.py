"""Adding articles from the dashboard: pasted text or uploaded files into the store, one message each.

Pure functions over a Store; bad input becomes an `error: NAME: reason` message, never an exception.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date

from timeline.documents import InputError, parse_date, parse_document_bytes, parse_front_matter, read_document_bytes
from timeline.model import Document
from timeline.store import Store, StoreError
from timeline.taxonomy import Taxonomy


@dataclass(frozen=True)
class Message:
    """One line for the reader: level is "success", "warning" or "error"."""

    level: str
    text: str


def front_matter_fields(text: str) -> tuple[str, date | None]:
    """The title and publication date a pasted or uploaded article gives in its front matter, if any."""
    try:
        fields, _ = parse_front_matter(text, "text")
    except InputError:
        return "", None
    try:
        published = parse_date(fields.get("published") or fields.get("date"), "text")
    except InputError:
        published = None  # the add step reports the bad date with the file's name
    return fields.get("title", ""), published


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50].strip("-")
    return slug or "article"


def _apply(doc: Document, title: str, published: date | None) -> Document:
    return replace(doc, title=title.strip() or doc.title, published=published or doc.published)


def _add(store: Store, docs: list[Document], warnings: list[str], taxonomy: Taxonomy | None) -> list[Message]:
    messages = [Message("warning", w.removeprefix("warning: ")) for w in warnings]
    for doc in docs:
        try:
            result = store.add(doc, taxonomy=taxonomy)
        except StoreError as exc:
            messages.append(Message("error", f"error: {exc}"))
            continue
        if result.added:
            messages.append(Message("success", f"{doc.title or doc.id}: {result.message}"))
        else:
            messages.append(Message("warning", f"{doc.title or doc.id}: skipped, {result.message}"))
        if doc.published is None:
            messages.append(Message(
                "warning", f"{doc.title or doc.id}: no publication date, so relative dates ('on Thursday', "
                "'last year') are left unresolved; give the date to place them"))
    return messages


PASTED = "pasted text"


def add_pasted(store: Store, text: str, title: str = "", published: date | None = None,
               taxonomy: Taxonomy | None = None) -> list[Message]:
    """Add a pasted article (front matter allowed); the title and date fields win over its front matter."""
    if not text.strip():
        return [Message("error", "error: pasted text: there is no text")]
    data = text.encode("utf-8")
    name = f"pasted-{_slug(title or text.strip().splitlines()[0])}-{hashlib.sha1(data).hexdigest()[:6]}.txt"
    try:
        docs, warnings = parse_document_bytes(name, data)
    except InputError as exc:
        # the file name is made up here: the reader knows this text as what they pasted
        return [Message("error", f"error: {str(exc).replace(name, PASTED)}")]
    return _add(store, [_apply(d, title, published) for d in docs], [w.replace(name, PASTED) for w in warnings],
                taxonomy)


def add_upload(store: Store, name: str, data: bytes, title: str = "", published: date | None = None,
               taxonomy: Taxonomy | None = None) -> list[Message]:
    """Add an uploaded file (.txt, .json, .jsonl, .tml); title and date apply to a single-document file. A bad
    line of a .jsonl is one error message and the file's other lines are added, as `build` and `add` do."""
    try:
        docs, bad, warnings = read_document_bytes(name, data)
    except InputError as exc:
        return [Message("error", f"error: {exc}")]
    errors = [Message("error", line) for line in bad]
    if len(docs) == 1 and not bad:  # a single-document file (not a feed of which one line was good)
        docs = [_apply(docs[0], title, published)]
    else:
        docs = [_apply(d, "", published if d.published is None else None) for d in docs]
    return errors + _add(store, docs, warnings, taxonomy)


def remove(store: Store, doc_id: str) -> Message:
    """Remove a document and its events."""
    if store.remove(doc_id):
        return Message("success", f"removed {doc_id} and its events")
    return Message("error", f"error: {doc_id}: no such document")
