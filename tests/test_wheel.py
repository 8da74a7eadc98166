"""The package as a user gets it: a wheel built from the sources, installed into a fresh virtual environment outside
the checkout, run from another directory. Its dependencies are the ones this interpreter already has (a .pth file
points at them), so the test needs no network and no second install of Streamlit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "README.md", "dashboard.py", "timeline")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; returns the venv folder."""
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    src.mkdir()
    for name in SOURCES:  # build from a copy: the checkout gets no build/ or egg-info, and nothing else sneaks in
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, src / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(work / "dist"), str(src)], check=True, capture_output=True)
    wheels = list((work / "dist").glob("timeline-*.whl"))
    assert len(wheels) == 1, wheels
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "_timeline_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheels[0])], check=True, capture_output=True)
    return venv


def run(venv: Path, args: list[str], cwd: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in {"TIMELINE_DB", "TIMELINE_DATA", "PYTHONPATH"}}
    return subprocess.run([str(venv / "bin" / "timeline"), *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd, env={**environment, **env}, check=False, timeout=120)


def installed_path(venv: Path, code: str) -> Path:
    out = subprocess.run([str(venv / "bin" / "python"), "-c", code], capture_output=True, text=True, check=True,
                         cwd=venv.parent)
    return Path(out.stdout.strip())


def test_the_installed_code_is_the_wheel(installed: Path) -> None:
    """`timeline` imports the installed copy, not the checkout, and the page ships beside it."""
    package = installed_path(installed, "import timeline; print(timeline.__file__)")
    assert installed in package.parents, package
    page = installed_path(installed, "from timeline.commands.dashboard import PAGE; print(PAGE)")
    assert installed in page.parents and page.is_file(), page
    assert page.read_bytes() == (ROOT / "dashboard.py").read_bytes()


def test_build_the_packaged_seed_from_anywhere(installed: Path, tmp_path: Path) -> None:
    seed = installed_path(installed, "from timeline.store import SEEDS; print(SEEDS)")
    assert installed in seed.parents
    result = run(installed, ["build", str(seed), "--out", str(tmp_path / "out")], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    built = json.loads((tmp_path / "out" / "events.json").read_text(encoding="utf-8"))
    assert built == json.loads((ROOT / "data" / "events.json").read_text(encoding="utf-8"))


def test_tag_on_stdin(installed: Path, tmp_path: Path) -> None:
    line = json.dumps({"id": "a", "dct": "2024-03-28", "text": "The board met on Monday."})
    result = run(installed, ["tag"], cwd=tmp_path, stdin=line + "\n")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["id"] == "a" and [t["value"] for t in out["timexes"]] == ["2024-03-25"]


def test_default_store_is_in_the_user_data_directory(installed: Path, tmp_path: Path) -> None:
    """Installed, the store is created (with the packaged seed) in the user's data directory, not in site-packages."""
    result = run(installed, ["list"], cwd=tmp_path, XDG_DATA_HOME=str(tmp_path / "xdg"))
    assert result.returncode == 0, result.stderr
    assert "paris-olympics-security" in result.stdout
    assert (tmp_path / "xdg" / "timeline" / "timeline.sqlite").is_file()
    assert not list(installed.rglob("*.sqlite"))
