"""Where the tagger's time goes, without a profiler: CPU seconds of its parts over generated articles.

    python bench/profile_tagger.py [--articles 2000] [--rounds 3]

Times (best of the rounds, CPU seconds) timeline.tagger.tag on the articles profile_document.py uses, then its parts
one by one: recognise (finding the triggers, working out the windows, running the patterns, settling overlaps);
finding the triggers and working out the windows alone; running the patterns alone over windows worked out
beforehand; resolving is what tag spends beyond recognise. Prints milliseconds an article and each part's share.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import generate_corpus  # noqa: E402

from timeline.rules import default_ruleset  # noqa: E402
from timeline.tagger import _TriggerIndex, recognise, tag  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(5)  # the articles of profile_document.py
    docs = []
    for i in range(args.articles):
        record = generate_corpus.article(i, rng)
        docs.append((record["text"], date.fromisoformat(record["published"])))
    rules = default_ruleset()
    tag(*docs[0])  # rules compiled, word lists loaded
    for text, _ in docs:
        recognise(text, rules)  # every pattern compiled before anything is timed

    runs: list[tuple[object, str, list[tuple[int, int]]]] = []

    def windows_only(text: str, keep: bool) -> None:
        """recognise's loop without running the patterns; `keep`: keep each pattern run (not when timed)."""
        index = _TriggerIndex(text, rules)
        for number, triggers, groups in rules.plan_by_window:
            if triggers.everywhere:
                spans = None
            else:
                spans = index.trigger_spans(triggers, number)
                if not spans:
                    continue
            for group in groups:
                windows = ([(0, len(text))] if spans is None
                           else index.windows(spans, group.before, group.after, group.from_start, group.barrier))
                if keep:
                    runs.extend((rule.pattern, text, windows) for _, rule in group.rules)

    for text, _ in docs:
        windows_only(text, keep=True)

    def patterns_only() -> None:
        for pattern, text, windows in runs:
            for lo, hi in windows:
                for _ in pattern.finditer(text, lo, hi):  # type: ignore[attr-defined]
                    pass

    def best(work: Callable[[], object]) -> float:
        spent = []
        for _ in range(args.rounds):
            start = time.process_time()
            work()
            spent.append(time.process_time() - start)
        return min(spent) / len(docs) * 1000

    whole = best(lambda: [tag(text, dct) for text, dct in docs])
    recognising = best(lambda: [recognise(text, rules) for text, _ in docs])
    def triggers_only() -> None:
        for text, _ in docs:
            windows_only(text, keep=False)

    triggers = best(triggers_only)
    patterns = best(patterns_only)
    print(f"{len(docs):,} generated articles, one core, best of {args.rounds}: tag {whole:.3f} ms an article "
          f"({1000 / whole:,.0f} articles per CPU second); {len(runs) / len(docs):.0f} pattern runs an article")
    print("| part | ms an article | share of tag |")
    print("|---|---:|---:|")
    for name, spent in (("recognise", recognising), ("  finding the triggers, working out the windows", triggers),
                        ("  running the patterns", patterns),
                        ("  the rest (candidates, overlaps)", recognising - triggers - patterns),
                        ("resolving (tag beyond recognise)", whole - recognising)):
        print(f"| {name} | {spent:.3f} | {spent / whole:.0%} |")


if __name__ == "__main__":
    main()
