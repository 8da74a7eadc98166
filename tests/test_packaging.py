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
