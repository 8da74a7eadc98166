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
    removed = run("remove", "a", "--db", db)
    assert removed.returncode == 0 and removed.stderr == f"1 removed (1 events), 0 not found -> {db}\n"
    missing = run("remove", "a", "--db", db)
    assert missing.returncode == 1 and missing.stderr.strip() == f"error: a: no such document in {db}"


def test_unusable_db_path(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2024-03-28\n---\nThe council met on Monday.", encoding="utf-8")
    result = run("add", str(article), "--db", str(blocker / "s.sqlite"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: {blocker / 's.sqlite'}: cannot open the store")


# a command that reads, removes from or corrects a store, given a --db that names no file (a mistyped path), says so
# and makes nothing there; `add` makes the store (the look-alike)
MISSING_STORE = [
    (["list"], "no such store"),
    (["remove", "a"], "no such store"),
    (["correct", "e1", "--type", "justice"], "no such store"),
    (["dashboard", "--headless"], "no such store"),
]


@pytest.mark.parametrize(("argv", "reason"), MISSING_STORE, ids=[a[0] for a, _ in MISSING_STORE])
def test_a_missing_store_is_not_made_by_a_command_that_reads(tmp_path: Path, argv: list[str], reason: str) -> None:
    db = tmp_path / "typo" / "store.sqlite"
    result = run(*argv, "--db", str(db))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"error: {db}: {reason}") and result.stderr.count("\n") == 1, result.stderr
    assert not (tmp_path / "typo").exists()


def test_add_still_makes_a_new_store(tmp_path: Path) -> None:
    db = tmp_path / "new" / "store.sqlite"
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2024-03-28\n---\nThe council met on Monday.", encoding="utf-8")
    assert run("add", str(article), "--db", str(db), "--jobs", "1").returncode == 0
    assert db.is_file() and "\ta\t" not in run("list", "--db", str(db)).stdout
    assert [line.split("\t")[0] for line in run("list", "--db", str(db)).stdout.splitlines()][-1] == "a"


# a file that is not a store is one error line naming it, for every command on a store, and is left as it was
NOT_A_STORE = [
    ("text", ["list"], "cannot open the store (file is not a database)"),
    ("text", ["remove", "a"], "cannot open the store (file is not a database)"),
    ("text", ["dashboard", "--headless"], "cannot open the store (file is not a database)"),
    ("foreign", ["list"], "a SQLite database, but not a timeline store (no documents table)"),
    ("foreign", ["add", "ARTICLE"], "a SQLite database, but not a timeline store (no documents table)"),
    ("foreign", ["dashboard", "--headless"], "a SQLite database, but not a timeline store (no documents table)"),
]


@pytest.mark.parametrize(("kind", "argv", "reason"), NOT_A_STORE,
                         ids=[f"{k}-{a[0]}" for k, a, _ in NOT_A_STORE])
def test_a_file_that_is_no_store_is_refused_and_kept(tmp_path: Path, kind: str, argv: list[str], reason: str) -> None:
    import sqlite3

    db = tmp_path / "other.sqlite"
    if kind == "text":
        db.write_text("notes, not a database\n", encoding="utf-8")
    else:
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.close()
    before = db.read_bytes()
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2024-03-28\n---\nThe council met on Monday.", encoding="utf-8")
    result = run(*[str(article) if a == "ARTICLE" else a for a in argv], "--db", str(db))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: {db}: {reason}") and result.stderr.count("\n") == 1, result.stderr
    assert db.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "other.sqlite"]


def test_remove_says_what_it_removed(tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    for name, text in (("a", "The council met on Monday and again on Friday."), ("b", "The mayor spoke on Tuesday.")):
        (tmp_path / f"{name}.txt").write_text(f"---\npublished: 2024-03-28\n---\n{text}", encoding="utf-8")
        assert run("add", str(tmp_path / f"{name}.txt"), "--db", db, "--jobs", "1").returncode == 0
    listed = run("list", "--db", db).stdout.splitlines()
    counts = {line.split("\t")[0]: int(line.split("\t")[2].split()[0]) for line in listed}
    result = run("remove", "a", "b", "a", "zz", "--db", db)
    assert result.returncode == 1  # zz names no document
    assert result.stderr.splitlines() == [
        f"error: zz: no such document in {db}",
        f"2 removed ({counts['a'] + counts['b']} events), 1 not found -> {db}",
    ]
