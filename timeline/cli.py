"""Command-line interface: one sub-command per module, each with `configure(parser)` and `run(args) -> int`."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any, NoReturn

from timeline.rules import RuleError

# sub-command -> (module, one-line help). Each module defines configure(parser) and run(args) -> exit status.
COMMANDS: dict[str, tuple[str, str]] = {
    "tag": ("timeline.commands.tag", "tag time expressions in JSONL documents"),
    "eval": ("timeline.commands.evaluate", "score the tagger on TimeML files (TempEval-3 Task A)"),
    "build": ("timeline.commands.build", "build events.json and documents.json from articles"),
    "add": ("timeline.commands.store", "add articles to the store"),
    "remove": ("timeline.commands.store", "remove a document from the store"),
    "list": ("timeline.commands.store", "list the documents in the store"),
    "correct": ("timeline.commands.correct", "set or clear the user's type and title of an event in the store"),
    "dashboard": ("timeline.commands.dashboard", "open the dashboard on a build folder or the store"),
    "classify": ("timeline.commands.types", "type sentences (JSONL in, JSONL out) as the event builder does"),
    "eval-types": ("timeline.commands.types", "score the event typer on a JSONL file of typed sentences"),
    "eval-events": ("timeline.commands.eval_events", "score built events against a folder's expected.tsv"),
}


class _Parser(argparse.ArgumentParser):
    """argparse, with a mistyped command line reported as every bad input is: one line `error: OPTION: reason`
    (and where the usage is), not the usage block. Exit status 2, argparse's. `root` is the top parser's prog
    (a sub-command's parser is made with it too)."""

    def __init__(self, *args: Any, root: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.root = root or self.prog

    def error(self, message: str) -> NoReturn:
        option, sep, reason = message.partition(": ")
        if option.startswith("argument ") and sep:  # "argument --format: invalid choice: ..."
            name = option.removeprefix("argument ")
            message = reason if name == "command" else f"{name}: {reason}"
        elif self.prog != self.root:  # a sub-command's own message ("the following arguments are required: --out")
            message = f"{self.prog.removeprefix(self.root + ' ')}: {message}"
        self.exit(2, f"error: {message} (see `{self.prog} --help`)\n")


PROG = "python -m timeline"


def program_name(argv0: str) -> str:
    """The name the user typed to run this: the installed script's (`timeline`, or whatever a link calls it), or
    `python -m timeline` when started as a module (sys.argv[0] is then the package's __main__.py)."""
    name = Path(argv0).name
    if not name or name == "-c" or name.endswith(".py") or name.startswith("python"):
        return PROG
    return name.removesuffix(".exe")


def build_parser(chosen: str | None = None, prog: str = PROG) -> argparse.ArgumentParser:
    """The argument parser; only the chosen sub-command's module is imported (start-up stays quick)."""
    parser = _Parser(
        prog=prog,
        description="Find the dates in news articles, resolve them against the publication date, and build a "
        "timeline of typed events.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (module_name, help_text) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, root=prog)
        if name == chosen:
            module = importlib.import_module(module_name)
            module.configure(command_parser, name)
            command_parser.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one sub-command; a bad input ends with one `error: ...` line and status 1, never a traceback."""
    prog = program_name(sys.argv[0]) if argv is None else PROG
    argv = sys.argv[1:] if argv is None else argv
    chosen = next((a for a in argv if not a.startswith("-")), None)
    args = build_parser(chosen, prog).parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except RuleError as exc:  # a tagger data file that does not load names its file, line and reason
        print(f"error: {exc}", file=sys.stderr)
        return 1
