"""Packaging: the seed ships inside the package, and the default store is never inside the installed code."""

from __future__ import annotations

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
