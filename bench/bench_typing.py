"""Share of the build spent typing events, on TimeBank texts (news wire, 1989-1998).

    python bench/bench_typing.py [TIMEBANK_DIR] [--repeat N]

Builds every TimeBank text as the `build` command does (sentences, tagger, events, typing, merging, writing the JSON
files into a temporary folder): a first run with cold caches, then the best of N, with the typer's functions wrapped
in a timer; prints the whole build time, the time spent typing and its share, and the typer's speed on single
sentences (`classify`). Build and typing times are CPU seconds of this process (time.process_time), so that other
work on the machine does not blur the share. The stopwatch's own time (reading the clock twice around each typed
clause, about 990 a build) is measured around a function that does nothing and taken off the typing time.
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
from timeline.typing import Typing, classify  # noqa: E402


class Stopwatch:
    """Wraps the clause typer as the event builder calls it, adding up the time spent inside it and counting the
    calls timed."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.depth = 0
        self.calls = 0

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self.depth:
                return function(*args, **kwargs)
            self.depth += 1
            self.calls += 1
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds += time.process_time() - start
                self.depth -= 1

        return timed


def stopwatch_overhead(calls: int = 20_000) -> float:
    """What the stopwatch adds to the time it reads for one call (the clock read twice, the wrapped call made): the
    time it reads around a function that does nothing, in CPU seconds a call (the least of five rounds)."""
    rounds = []
    for _ in range(5):
        watch = Stopwatch()
        timed = watch.wrap(lambda *_args, **_kwargs: None)
        for _ in range(calls):
            timed()
        rounds.append(watch.seconds / calls)
    return min(rounds)


def build(docs: list[Document], out: Path) -> None:
    """What `python -m timeline build` does for these documents, in one process."""
    analyses = [(doc, events.analyse_document(doc)) for doc in docs]
    merged = events.merge_events([e for _, a in analyses for e in a.events])
    records = [events.document_to_dict(doc, merged, a.timexes, a.sentences) for doc, a in analyses]
    events.write_build(out, merged, records)


def timed_build(
    docs: list[Document], typer: Callable[..., Any] | None = None, overhead: float = 0.0
) -> tuple[float, float]:
    """One build of `docs` into a temporary folder: (whole time, time spent typing), in CPU seconds. Every bit of
    typing (the clause's scores, the article's prior, the decision) happens inside _Typer.type, so that is what the
    stopwatch wraps; `typer` replaces it (a constant answer: the build without typing). `overhead`: the stopwatch's
    own time a call (stopwatch_overhead), taken off the typing time once per call timed."""
    watch = Stopwatch()
    typer_type = events._Typer.type
    events._Typer.type = typer or watch.wrap(typer_type)  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as out:
            start = time.process_time()
            build(docs, Path(out))
            total = time.process_time() - start
    finally:
        events._Typer.type = typer_type  # type: ignore[method-assign]
    return total, max(0.0, watch.seconds - overhead * watch.calls)


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
    overhead = stopwatch_overhead()
    cold = timed_build(docs, overhead=overhead)  # the first build in a fresh process: every word looked up once
    best: tuple[float, float] | None = None
    for _ in range(args.repeat):
        run = timed_build(docs, overhead=overhead)  # caches warm (lemmas, word lists), as in a long build
        if best is None or run[0] < best[0]:
            best = run
    assert best is not None
    total, typing = best
    constant = Typing("other", "", 0.0)
    untyped = min(timed_build(docs, lambda *_args, **_kwargs: constant)[0] for _ in range(args.repeat))
    print(f"{len(docs)} TimeBank documents, {characters:,} characters")
    print(f"first build   {cold[0]:.2f} s CPU, typing {cold[1]:.2f} s ({100 * cold[1] / cold[0]:.1f} %; cold caches)")
    print(f"whole build   {total:.2f} s CPU  (best of {args.repeat}, warm caches)")
    print(f"typing        {typing:.3f} s  ({100 * typing / total:.1f} % of the build; the stopwatch's own "
          f"{1e6 * overhead:.2f} µs a typed clause taken off)")
    print(f"untyped build {untyped:.2f} s CPU  (the typer answering a constant; typing by difference "
          f"{100 * (total - untyped) / total:.1f} %)")
    sentences = [s.text for d in docs for s in split_sentences(d.text)][:3000]
    start = time.perf_counter()
    for sentence in sentences:
        classify(sentence)
    each = (time.perf_counter() - start) / len(sentences)
    print(f"classify      {1000 * each:.3f} ms a sentence ({len(sentences)} sentences, no context)")


if __name__ == "__main__":
    main()
