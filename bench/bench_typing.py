"""Share of the build spent typing events, on TimeBank texts (news wire, 1989-1998).

    python bench/bench_typing.py [TIMEBANK_DIR] [--repeat N]

Builds every TimeBank text as the `build` command does (sentences, tagger, events, typing, merging, writing the JSON
files into a temporary folder), best of N runs, with the typer's functions wrapped in a timer; prints the whole
build time, the time spent typing and its share, and the typer's speed on single sentences (`classify`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import timeline.events as events  # noqa: E402
from timeline.model import Document  # noqa: E402
from timeline.sentences import split_sentences  # noqa: E402
from timeline.timeml import read_timeml  # noqa: E402
from timeline.typing import classify  # noqa: E402

TYPING_FUNCTIONS = ("clause_scores", "decide", "prior_from", "sentence_shares")


class Stopwatch:
    """Wraps the typer's functions as the event builder calls them, adding up the time spent inside them."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.depth = 0

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self.depth:
                return function(*args, **kwargs)
            self.depth += 1
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start
                self.depth -= 1

        return timed


def build(docs: list[Document], out: Path) -> None:
    """What `python -m timeline build` does for these documents, in one process."""
    analyses = [(doc, events.analyse_document(doc)) for doc in docs]
    merged = events.merge_events([e for _, a in analyses for e in a.events])
    records = [events.document_to_dict(doc, merged, a.timexes, a.sentences) for doc, a in analyses]
    events.write_build(out, merged, records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("timebank", nargs="?", default=str(ROOT.parent / "shared" / "timebank"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = sorted(Path(args.timebank).glob("*.tml"))
    if not files:
        sys.exit(f"error: {args.timebank}: no .tml files")
    docs = []
    for path in files:
        source = read_timeml(path)
        docs.append(Document(source.id, source.text, source.dct, title=source.id))
    characters = sum(len(d.text) for d in docs)
    build(docs[:3], Path(tempfile.mkdtemp()))  # warm the caches (lemmas, word lists) as a long build would
    best: tuple[float, float] | None = None
    for _ in range(args.repeat):
        watch = Stopwatch()
        originals = {name: getattr(events, name) for name in TYPING_FUNCTIONS}
        for name, function in originals.items():
            setattr(events, name, watch.wrap(function))
        typer_type = events._Typer.type  # the clause typer as a whole: its own work and the functions it calls
        events._Typer.type = watch.wrap(typer_type)  # type: ignore[method-assign]
        try:
            with tempfile.TemporaryDirectory() as out:
                start = time.perf_counter()
                build(docs, Path(out))
                total = time.perf_counter() - start
        finally:
            for name, function in originals.items():
                setattr(events, name, function)
            events._Typer.type = typer_type  # type: ignore[method-assign]
        if best is None or total < best[0]:
            best = (total, watch.seconds)
    assert best is not None
    total, typing = best
    print(f"{len(docs)} TimeBank documents, {characters:,} characters, best of {args.repeat}")
    print(f"whole build   {total:.2f} s")
    print(f"typing        {typing:.2f} s  ({100 * typing / total:.1f} % of the build)")
    sentences = [s.text for d in docs for s in split_sentences(d.text)][:3000]
    start = time.perf_counter()
    for sentence in sentences:
        classify(sentence)
    each = (time.perf_counter() - start) / len(sentences)
    print(f"classify      {1000 * each:.3f} ms a sentence ({len(sentences)} sentences, no context)")


if __name__ == "__main__":
    main()
