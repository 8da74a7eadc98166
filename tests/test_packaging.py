"""Packaging: the seed ships inside the package, and the default store is never inside the installed code."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from timeline import store

ROOT = Path(__file__).resolve().parents[1]
SEED_NAMES = sorted({p.name for p in (ROOT / "seeds").iterdir()} | {p.name for p in store.SEEDS.iterdir()})


@pytest.mark.parametrize("name", SEED_NAMES)
def test_packaged_seed_is_the_checkout_seed(name: str) -> None:
    """timeline/resources/seeds/ (what a wheel ships) holds exactly the files of seeds/, byte for byte."""
    top, packaged = ROOT / "seeds" / name, store.SEEDS / name
    assert top.is_file() and packaged.is_file(), f"{name} is in only one of seeds/ and timeline/resources/seeds/"
    assert top.read_bytes() == packaged.read_bytes(), f"copy seeds/{name} to timeline/resources/seeds/"


# (TIMELINE_DB set, looks like a checkout (pyproject.toml), data/timeline.sqlite exists) -> which store is the default
@pytest.mark.parametrize(
    ("env_db", "checkout", "checkout_db", "expected"),
    [
        (True, True, True, "env"),
        (True, False, False, "env"),
        (False, True, True, "checkout"),
        (False, True, False, "user"),  # a fresh clone: the user's data directory, not a new file in the clone
        (False, False, True, "user"),  # installed: site-packages/data/... is never used, even if it exists
        (False, False, False, "user"),
    ],
)
def test_default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env_db: bool, checkout: bool,
                       checkout_db: bool, expected: str) -> None:
    root = tmp_path / "code"
    (root / "data").mkdir(parents=True)
    if checkout:
        (root / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    if checkout_db:
        (root / "data" / "timeline.sqlite").write_bytes(b"")
    monkeypatch.setattr(store, "ROOT", root)
    monkeypatch.setattr(store, "CHECKOUT_DB", root / "data" / "timeline.sqlite")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home-data"))
    if env_db:
        monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "chosen.sqlite"))
    else:
        monkeypatch.delenv("TIMELINE_DB", raising=False)
    wanted = {"env": tmp_path / "chosen.sqlite", "checkout": root / "data" / "timeline.sqlite",
              "user": tmp_path / "home-data" / "timeline" / "timeline.sqlite"}[expected]
    assert store.default_path() == wanted


def _run_with_stderr(args: list[str], terminal: bool) -> str:
    """Run a timeline command with standard error on a pseudo-terminal or on a pipe; what it wrote there."""
    if not terminal:
        return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=ROOT, capture_output=True, text=True,
                              check=True).stderr
    controller, worker = pty.openpty()
    fcntl.ioctl(worker, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a new pty is 0 columns wide
    process = subprocess.Popen([sys.executable, "-m", "timeline", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=worker)
    os.close(worker)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(controller)
    assert process.wait() == 0
    return b"".join(chunks).decode("utf-8", "replace")


# (command, standard error is a terminal) -> a tqdm bar is drawn
@pytest.mark.parametrize(
    ("command", "terminal"),
    [("build", True), ("build", False), ("add", True), ("add", False), ("eval", True), ("eval", False)],
)
def test_progress_bar_only_on_a_terminal(tmp_path: Path, command: str, terminal: bool) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        if command == "eval":
            (folder / f"d{i}.tml").write_text(
                f'<TimeML><DOCID>d{i}</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-0{i + 1}" '
                'functionInDocument="CREATION_TIME">March 1</TIMEX3></DCT>'
                '<TEXT>The mayor spoke on <TIMEX3 tid="t1" type="DATE" value="2024-02-26">Monday</TIMEX3>.</TEXT>'
                "</TimeML>", encoding="utf-8")
        else:
            (folder / f"d{i}.txt").write_text(f"---\npublished: 2024-03-0{i + 1}\n---\nThe mayor spoke on Monday {i}.",
                                              encoding="utf-8")
    target = {"build": ["--out", str(tmp_path / "out")], "add": ["--db", str(tmp_path / "s.sqlite")], "eval": []}
    stderr = _run_with_stderr([command, str(folder), *target[command]], terminal)
    drawn = "3/3" in stderr and "doc/s" in stderr
    assert drawn == terminal, stderr


# `timeline dashboard` arguments -> what the page is started with (TIMELINE_DATA / TIMELINE_DB, streamlit options)
@pytest.mark.parametrize(
    ("args", "data", "db", "options"),
    [
        ([], None, "inherited", []),
        (["--data", "out"], "out", "inherited", []),
        (["--db", "my.sqlite"], None, "my.sqlite", []),
        (["--port", "8600", "--headless"], None, "inherited", ["--server.port", "8600", "--server.headless", "true"]),
    ],
)
def test_dashboard_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], data: str | None,
                                db: str, options: list[str]) -> None:
    from timeline.cli import build_parser
    from timeline.commands import dashboard

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TIMELINE_DB", "inherited")
    monkeypatch.setenv("TIMELINE_DATA", "stale")  # a folder left in the environment never hides the one asked for
    parsed = build_parser("dashboard").parse_args(["dashboard", *args])
    env = dashboard.page_environment(parsed)
    assert env.get("TIMELINE_DATA") == (str(tmp_path / data) if data else None)
    assert env["TIMELINE_DB"] == (db if db == "inherited" else str(tmp_path / db))
    assert "TIMELINE_TAXONOMY" not in env or env["TIMELINE_TAXONOMY"] == os.environ.get("TIMELINE_TAXONOMY")
    with_types = dashboard.page_environment(build_parser("dashboard").parse_args(["dashboard", "--taxonomy", "t.tsv"]))
    assert with_types["TIMELINE_TAXONOMY"] == str(tmp_path / "t.tsv")
    command = dashboard.streamlit_command(parsed)
    assert command[:5] == [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py")]
    assert command[5:11] == ["--browser.gatherUsageStats", "false", "--client.toolbarMode", "viewer",
                             "--server.maxUploadSize", "50"]
    assert command[11:] == options


def test_the_dashboard_command_carries_every_setting_of_the_checkouts_streamlit_config() -> None:
    """Streamlit reads .streamlit/config.toml only from the directory it is started in (and an installed wheel has
    none): `timeline dashboard`, run from anywhere, passes each of its settings itself, so the page is the same."""
    import tomllib

    from timeline.cli import build_parser
    from timeline.commands import dashboard

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    command = dashboard.streamlit_command(build_parser("dashboard").parse_args(["dashboard"]))
    passed = dict(zip(command[5::2], command[6::2], strict=False))
    settings = {f"--{section}.{name}": str(value).lower() if isinstance(value, bool) else str(value)
                for section, values in config.items() for name, value in values.items()}
    assert settings and {k: passed.get(k) for k in settings} == settings


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--data", "nowhere"], "error: nowhere: no such folder"),
        (["--data", "seeds"], "error: seeds: no build here (no events.json, no events.parquet/"),
        (["--data", "README.md"], "error: README.md: not a folder"),
        (["--port", "70000"], "error: --port 70000: not a port number"),
        (["--taxonomy", "no-such-types.tsv"], "error: no-such-types.tsv: cannot read"),
        # a mistyped store path is not made a new empty store, and a file that is no store is said so before the
        # server starts (both were shown only on the page)
        (["--db", "no-such-dir/timeline.sqlite"], "error: no-such-dir/timeline.sqlite: no such store"),
        (["--db", "README.md"], "error: README.md: cannot open the store (file is not a database)"),
    ],
)
def test_dashboard_refuses_bad_input_in_one_line(args: list[str], error: str) -> None:
    result = subprocess.run([sys.executable, "-m", "timeline", "dashboard", *args], capture_output=True, text=True,
                            cwd=ROOT, check=False, timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith(error) and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.count(args[1]) == 1, result.stderr  # the input is named once, not twice


@pytest.mark.parametrize("fmt", ["json", "parquet"])
def test_dashboard_accepts_a_build_folder_of_either_format(tmp_path: Path, fmt: str) -> None:
    """`build --format parquet` (the Dask engine's default) writes no events.json: the dashboard shows it all the
    same (the page reads events.parquet/), so the command's check before starting Streamlit lets it through."""
    from timeline.commands.dashboard import data_error

    out = tmp_path / "out"
    built = subprocess.run([sys.executable, "-m", "timeline", "build", "seeds", "--out", str(out), "--format", fmt],
                           capture_output=True, text=True, cwd=ROOT, check=False, timeout=120)
    assert built.returncode == 0, built.stderr
    assert data_error(out) is None


def test_dashboard_data_and_db_exclude_each_other() -> None:
    result = subprocess.run([sys.executable, "-m", "timeline", "dashboard", "--data", "a", "--db", "b"],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 2 and "not allowed with argument" in result.stderr
