"""`python -m timeline add | remove | list`: messages, exit status, bad input reported one line each."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline", *args], capture_output=True, text=True, cwd=ROOT,
                          check=False)


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "the file is empty"),
        ("binary.txt", bytes(range(256)) * 8, "the file is binary, not text"),
        ("big.txt", b"word " * (1024 * 1024 + 10), "limit is 5 MB"),
        ("fields.json", b'{"headline": "x", "body": "y"}', "unknown fields body, headline"),
        ("date.txt", b"---\npublished: 2024-02-30\n---\nText.", "published date '2024-02-30' does not exist"),
    ],
)
@pytest.mark.parametrize("command", ["add", "build"])
def test_bad_input_is_one_line_and_the_rest_is_kept(tmp_path: Path, command: str, name: str, content: bytes,
                                                    reason: str) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / name).write_bytes(content)
    (src / "good.txt").write_text("---\npublished: 2024-03-28\n---\nThe council met on Monday.", encoding="utf-8")
    target = ["--db", str(tmp_path / "s.sqlite")] if command == "add" else ["--out", str(tmp_path / "out")]
    result = run(command, str(src), *target)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {src / name}: ") and reason in errors[0], errors
    if command == "add":
        listed = run("list", "--db", str(tmp_path / "s.sqlite")).stdout
        assert "good" in listed
    else:
        assert '"doc": "good"' in (tmp_path / "out" / "events.json").read_text(encoding="utf-8")


def test_non_utf8_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("---\npublished: 2024-03-28\n---\nLe café a rouvert lundi, on Monday.".encode("cp1252"))
    result = run("add", str(path), "--db", str(tmp_path / "s.sqlite"))
    assert result.returncode == 0, result.stderr
    assert f"warning: {path}: not UTF-8" in result.stderr


def test_add_list_remove(tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    article = tmp_path / "a.txt"
    article.write_text("---\ntitle: Council\npublished: 2024-03-28\n---\nThe council met on Monday.", encoding="utf-8")
    first = run("add", str(article), "--db", db)
    assert first.returncode == 0 and "1 added, 0 skipped" in first.stderr
    second = run("add", str(article), "--db", db)
    assert second.returncode == 0 and "skipped:" in second.stderr and "0 added, 1 skipped" in second.stderr
    listed = run("list", "--db", db).stdout.splitlines()
    assert [line.split("\t")[0] for line in listed] == ["paris-olympics-security", "a"]
    assert run("remove", "a", "--db", db).returncode == 0
    missing = run("remove", "a", "--db", db)
    assert missing.returncode == 1 and missing.stderr.strip() == f"error: a: no such document in {db}"


def test_unusable_db_path(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run("list", "--db", str(blocker / "s.sqlite"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: {blocker / 's.sqlite'}: cannot open the store")
