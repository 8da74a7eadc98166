"""`timeline dashboard [--data DIR | --db FILE] [--port N]`: the Streamlit page on a build folder or a store.

The page is `dashboard.py`, shipped next to the `timeline` package (in a checkout it is the file at the top; in an
installed wheel it is a top-level module beside `timeline/`). This module only starts `streamlit run` on it with
TIMELINE_DATA or TIMELINE_DB set; it never imports Streamlit.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from timeline.store import Store, StoreError, default_path

PAGE = Path(__file__).resolve().parents[2] / "dashboard.py"


def configure(parser: argparse.ArgumentParser, name: str) -> None:
    """Arguments of `dashboard`."""
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--data", type=Path, help="a `timeline build` output folder to show (read-only)")
    source.add_argument("--db", type=Path,
                        help=f"the store to show and add to (default: $TIMELINE_DB or {default_path()})")
    parser.add_argument("--taxonomy", type=Path,
                        help="event-type file for articles added on the page and for corrections (default: built-in)")
    parser.add_argument("--port", type=int, help="the port to serve on (default: Streamlit's, 8501)")
    parser.add_argument("--headless", action="store_true", help="do not open a web browser")


def streamlit_command(args: argparse.Namespace) -> list[str]:
    """The `streamlit run` command line for these arguments."""
    # the settings of the checkout's .streamlit/config.toml, which Streamlit reads only when started in the checkout
    # (an installed wheel has none): a reader's toolbar (no "Deploy" button, which offers to publish the page on
    # Streamlit's cloud; the theme menu stays) and the cap on what the browser may send
    command = [sys.executable, "-m", "streamlit", "run", str(PAGE), "--browser.gatherUsageStats", "false",
               "--client.toolbarMode", "viewer", "--server.maxUploadSize", "50"]
    if args.port is not None:
        command += ["--server.port", str(args.port)]
    if args.headless:
        command += ["--server.headless", "true"]
    return command


def page_environment(args: argparse.Namespace) -> dict[str, str]:
    """The environment the page reads its data from: TIMELINE_DATA for a build folder, else TIMELINE_DB."""
    env = dict(os.environ)
    if args.taxonomy is not None:
        env["TIMELINE_TAXONOMY"] = str(args.taxonomy.resolve())
    if args.data is not None:
        env["TIMELINE_DATA"] = str(args.data.resolve())
    else:
        env.pop("TIMELINE_DATA", None)
        if args.db is not None:
            env["TIMELINE_DB"] = str(args.db.resolve())
    return env


def data_error(folder: Path) -> str | None:
    """Why FOLDER is not a build the page can show, or None: a JSON build (events.json) or a Parquet one
    (events.parquet/, which `build --format parquet` and the Dask engine write) both are."""
    if not folder.exists():
        return "no such folder"
    if not folder.is_dir():
        return "not a folder (give the folder `timeline build PATH... --out DIR` wrote)"
    if (folder / "events.json").is_file() or (folder / "events.parquet").is_dir():
        return None
    return "no build here (no events.json, no events.parquet/; make one with `timeline build PATH... --out DIR`)"


def store_error(db: Path | None) -> str | None:
    """Why the store the page would show cannot be shown (the message names the file), or None: a --db that names
    no file (a mistyped path, which would become a new empty store), or a file that is not a store. The default
    store is made on first use; one that exists is opened once here, as the page will."""
    path = db if db is not None else default_path()
    if db is None and not path.exists():
        return None
    try:
        Store(path, seed=False, create=False).close()
    except StoreError as exc:
        return str(exc)
    return None


def run(args: argparse.Namespace) -> int:
    """Check the inputs, then serve the page until interrupted."""
    if not PAGE.is_file():
        print(f"error: {PAGE}: the dashboard page is missing from this installation", file=sys.stderr)
        return 1
    problem = data_error(args.data) if args.data is not None else None
    if problem:
        print(f"error: {args.data}: {problem}", file=sys.stderr)
        return 1
    if args.data is None:
        problem = store_error(args.db)
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 1
    if args.taxonomy is not None:
        from timeline.taxonomy import TaxonomyError, load_taxonomy

        try:
            load_taxonomy(args.taxonomy)
        except TaxonomyError as exc:  # its message names the file already
            print(f"error: {exc}", file=sys.stderr)
            return 1
        except OSError as exc:
            print(f"error: {args.taxonomy}: cannot read ({exc.strerror or exc})", file=sys.stderr)
            return 1
    if args.port is not None and not 0 < args.port < 65536:
        print(f"error: --port {args.port}: not a port number (1-65535)", file=sys.stderr)
        return 1
    try:
        return subprocess.call(streamlit_command(args), env=page_environment(args))
    except KeyboardInterrupt:  # Ctrl-C stops Streamlit too; that is how one closes the dashboard
        return 0
