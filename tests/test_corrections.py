"""Corrections by the user: an event's type and title set by hand, kept by event id through rebuilds and re-adds,
applied in the store, in `build` folders (DIR/corrections.json), in exports and by `python -m timeline correct`."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.corrections import (
    Correction,
    CorrectionError,
    check_correction,
    load_corrections_file,
    parse_corrections,
)
from timeline.exports import to_csv, to_json, to_timelinejs
from timeline.model import Document
from timeline.store import Store
from timeline.taxonomy import default_taxonomy, parse_taxonomy
from timeline.timeline_data import events_frame, load_build

ROOT = Path(__file__).resolve().parents[1]
TAXONOMY = default_taxonomy()
RAID = "Police raided a flat in the north of the city on Tuesday, March 26, 2024."
FLOOD = "The river burst its banks in the town centre on Monday, March 25, 2024."


def doc(doc_id: str, text: str) -> Document:
    return Document(doc_id, text, date(2024, 3, 28), title=doc_id)


def only_event(store: Store, doc_id: str | None = None) -> dict[str, object]:
    events = [e for e in store.event_dicts() if doc_id is None or e["doc"] == doc_id]
    assert len(events) == 1
    return events[0]


# ---- checking one correction ----------------------------------------------------------------------------------

@pytest.mark.parametrize("correction, reason", [
    (Correction("e1"), "needs a type or a title"),
    (Correction("e1", type="sport"), "unknown type 'sport'"),
    (Correction("e1", type="Attack"), "unknown type 'Attack'"),
    (Correction("e1", title="   \n "), "the title is empty"),
    (Correction("e1", title="x" * 301), "longer than 300 characters"),
])
def test_a_bad_correction_is_refused_with_its_reason(correction: Correction, reason: str) -> None:
    with pytest.raises(CorrectionError, match=reason) as raised:
        check_correction(correction, TAXONOMY)
    assert str(raised.value).startswith("e1: ") and "\n" not in str(raised.value)


@pytest.mark.parametrize("correction, expected", [
    (Correction("e1", type="justice"), Correction("e1", type="justice")),
    (Correction("e1", title="  Police raid\n a flat "), Correction("e1", title="Police raid a flat")),
    (Correction("e1", "culture", "Museum reopens"), Correction("e1", "culture", "Museum reopens")),
])
def test_a_good_correction_is_kept_with_its_title_on_one_line(correction: Correction, expected: Correction) -> None:
    assert check_correction(correction, TAXONOMY) == expected


def test_a_type_of_the_users_own_taxonomy_is_accepted_and_a_built_in_one_it_lacks_refused() -> None:
    own = parse_taxonomy("elections\tballot\nprotests\tmarch\nother\n", "own.tsv")
    assert check_correction(Correction("e1", type="elections"), own).type == "elections"
    with pytest.raises(CorrectionError, match="unknown type 'attack'.*elections, protests, other"):
        check_correction(Correction("e1", type="attack"), own)


# ---- the corrections.json form --------------------------------------------------------------------------------

@pytest.mark.parametrize("data, reason", [
    ([], "expected a JSON object"),
    ({"e1": "attack"}, "e1: expected an object"),
    ({"e1": {"kind": "attack"}}, "e1: unknown field 'kind'"),
    ({"e1": {"type": 3}}, "e1: type and title must be strings"),
    ({"e1": {"type": "sport"}}, "e1: unknown type 'sport'"),
    ({"e1": {}}, "e1: a correction needs a type or a title"),
])
def test_a_bad_corrections_file_names_the_file_and_the_reason(data: object, reason: str) -> None:
    with pytest.raises(CorrectionError, match=reason) as raised:
        parse_corrections(data, "out/corrections.json", TAXONOMY)
    assert str(raised.value).startswith("out/corrections.json: ")


def test_corrections_file_missing_is_none_and_unreadable_is_an_error(tmp_path: Path) -> None:
    assert load_corrections_file(tmp_path / "corrections.json", TAXONOMY) == {}
    (tmp_path / "corrections.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(CorrectionError, match="corrections.json: not valid JSON"):
        load_corrections_file(tmp_path / "corrections.json", TAXONOMY)


# ---- the store ------------------------------------------------------------------------------------------------

def test_a_correction_changes_type_and_title_and_keeps_the_typers(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite", seed=False) as store:
        store.add(doc("a", RAID))
        before = only_event(store)
        assert "corrected" not in before
        revision = store.revision()
        store.set_correction(str(before["id"]), type="justice", title="Flat raided by police")
        after = only_event(store)
        assert store.revision() == revision + 1
        assert (after["type"], after["title"], after["corrected"]) == ("justice", "Flat raided by police", True)
        assert (after["original_type"], after["original_title"]) == (before["type"], before["title"])
        assert {k: v for k, v in after.items() if k not in ("type", "title", "corrected", "original_type",
                                                            "original_title")} == {
            k: v for k, v in before.items() if k not in ("type", "title")}


def test_type_and_title_are_corrected_one_at_a_time_and_cleared_together(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite", seed=False) as store:
        store.add(doc("a", RAID))
        before = only_event(store)
        event_id = str(before["id"])
        store.set_correction(event_id, title="A new title")
        assert (only_event(store)["type"], only_event(store)["title"]) == (before["type"], "A new title")
        store.set_correction(event_id, type="justice")
        assert (only_event(store)["type"], only_event(store)["title"]) == ("justice", "A new title")
        assert store.clear_correction(event_id) and not store.clear_correction(event_id)
        assert only_event(store) == before


@pytest.mark.parametrize("event_id, kwargs, reason", [
    ("no-such-id", {"type": "justice"}, "no-such-id: no such event in"),
    (None, {"type": "sport"}, "unknown type 'sport'"),
    (None, {"title": " "}, "the title is empty"),
])
def test_the_store_refuses_an_unknown_event_or_type(tmp_path: Path, event_id: str | None,
                                                     kwargs: dict[str, str], reason: str) -> None:
    with Store(tmp_path / "s.sqlite", seed=False) as store:
        store.add(doc("a", RAID))
        event_id = event_id or str(only_event(store)["id"])
        revision = store.revision()
        with pytest.raises(CorrectionError, match=reason):
            store.set_correction(event_id, **kwargs)  # type: ignore[arg-type]
        assert store.corrections() == {} and store.revision() == revision


@pytest.mark.parametrize("rebuild", ["remove and re-add", "re-add under another name", "re-typed by another typer"])
def test_a_correction_survives_a_rebuild(tmp_path: Path, rebuild: str) -> None:
    with Store(tmp_path / "s.sqlite", seed=False) as store:
        store.add(doc("a", RAID))
        store.add(doc("b", FLOOD))
        raid = next(e for e in store.event_dicts() if e["doc"] == "a")
        store.set_correction(str(raid["id"]), type="justice", title="Flat raided")
        assert store.remove("a") and store.remove("b")
        assert store.event_dicts() == []
        if rebuild == "remove and re-add":
            store.add(doc("b", FLOOD))
            store.add(doc("a", RAID))
        elif rebuild == "re-add under another name":  # "a" is taken, so the store renames the article a-2
            store.add(doc("a", "The council met on Wednesday, March 27, 2024."))
            store.add(doc("a", RAID))
        else:  # a new typer (here a user's taxonomy) types the same document again
            own = parse_taxonomy("police\traid\nother\n", "own.tsv")
            store.add(doc("a", RAID), taxonomy=own)
            assert [e["type"] for e in store.event_dicts()] == ["justice"]
    with Store(tmp_path / "s.sqlite", seed=False) as store:
        corrected = [e for e in store.event_dicts() if e.get("corrected")]
        assert [(e["id"], e["type"], e["title"]) for e in corrected] == [(raid["id"], "justice", "Flat raided")]
        assert corrected[0]["doc"] == ("a-2" if rebuild == "re-add under another name" else "a")
        if rebuild == "re-typed by another typer":
            assert corrected[0]["original_type"] == "police"
        assert store.check() == []


@pytest.mark.parametrize("corrected_doc", ["a", "b"])
def test_a_merged_event_takes_the_correction_of_any_event_it_was_merged_from(tmp_path: Path,
                                                                            corrected_doc: str) -> None:
    with Store(tmp_path / "s.sqlite", seed=False) as store:
        store.add(doc("a", "Four gunmen stormed the Crocus City Hall concert venue on March 22, 2024."))
        before = only_event(store)
        store.add(doc("b", "On March 22, 2024, gunmen stormed the Crocus City Hall venue near Moscow."))
        ids = {d: str(r[0]) for d, r in
               ((d, store.conn.execute("SELECT id FROM events WHERE doc = ?", (d,)).fetchone()) for d in "ab")}
        assert ids["a"] != ids["b"] and only_event(store)["id"] == before["id"] == ids["a"]
        store.set_correction(ids[corrected_doc], type="security")
        merged = only_event(store)
        assert (merged["type"], merged["corrected"], sorted(merged["sources"])) == ("security", True, ["a", "b"])


def test_a_store_of_the_first_schema_gets_the_corrections_table(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Store(path, seed=False) as store:
        store.add(doc("a", RAID))
    with sqlite3.connect(path) as conn:  # as a store written before corrections existed
        conn.execute("DROP TABLE corrections")
        conn.execute("PRAGMA user_version = 1")
    with Store(path, seed=False) as store:
        event_id = str(only_event(store)["id"])
        store.set_correction(event_id, type="justice")
        assert only_event(store)["type"] == "justice"


# ---- exports --------------------------------------------------------------------------------------------------

def test_exports_carry_the_corrected_values_and_the_flag(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite", seed=False) as store:
        store.add(doc("a", RAID))
        store.add(doc("b", FLOOD))
        raid = next(e for e in store.event_dicts() if e["doc"] == "a")
        store.set_correction(str(raid["id"]), type="justice", title="Flat <b>raided</b>")
        frame = events_frame(store.event_dicts())
    rows = {r["doc"]: r for r in csv.DictReader(io.StringIO(to_csv(frame).decode("utf-8-sig")))}
    assert (rows["a"]["type"], rows["a"]["title"], rows["a"]["corrected"]) == ("justice", "Flat <b>raided</b>", "True")
    assert (rows["a"]["original_type"], rows["a"]["original_title"]) == (raid["type"], raid["title"])
    assert (rows["b"]["corrected"], rows["b"]["original_type"]) == ("False", "")
    records = {r["doc"]: r for r in json.loads(to_json(frame))}
    assert (records["a"]["type"], records["a"]["corrected"], records["a"]["original_type"]) == (
        "justice", True, raid["type"])
    assert "corrected" not in records["b"] and "original_type" not in records["b"]
    slides = {e["unique_id"]: e for e in to_timelinejs(frame)["events"]}
    slide = slides[str(raid["id"])]
    assert slide["group"] == "justice" and slide["corrected"] is True
    assert slide["text"]["headline"] == "Flat &lt;b&gt;raided&lt;/b&gt;"
    assert "corrected by hand" in slide["text"]["text"]
    assert not any("corrected" in e for e in slides.values() if e is not slide)


# ---- python -m timeline correct -------------------------------------------------------------------------------

def test_correct_command_sets_and_clears(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite"
    with Store(db, seed=False) as store:
        store.add(doc("a", RAID))
        event_id = str(only_event(store)["id"])
    assert main(["correct", event_id, "--type", "justice", "--title", "Flat raided", "--db", str(db)]) == 0
    assert "corrected" in capsys.readouterr().err
    with Store(db, seed=False) as store:
        assert (only_event(store, "a")["type"], only_event(store, "a")["title"]) == ("justice", "Flat raided")
    assert main(["correct", event_id, "--clear", "--db", str(db)]) == 0
    with Store(db, seed=False) as store:
        assert "corrected" not in only_event(store, "a")


@pytest.mark.parametrize("args, reason", [
    (["no-such-id", "--type", "justice"], "error: no-such-id: no such event in"),
    (["ID", "--type", "sport"], "error: ID: unknown type 'sport'"),
    (["ID", "--type", "elections", "--taxonomy", "missing.tsv"], "error: missing.tsv"),
    (["ID"], "error: correct: give --type and/or --title, or --clear alone"),
    (["ID", "--clear", "--type", "justice"], "error: correct: give --type and/or --title, or --clear alone"),
    (["ID", "--clear"], "error: ID: no correction to clear"),
])
def test_correct_command_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                             reason: str) -> None:
    db = tmp_path / "s.sqlite"
    with Store(db, seed=False) as store:
        store.add(doc("a", RAID))
        event_id = str(only_event(store)["id"])
    capsys.readouterr()
    assert main(["correct", *[event_id if a == "ID" else a for a in args], "--db", str(db)]) == 1
    err = capsys.readouterr().err.replace(event_id, "ID")
    assert err.startswith(reason) and err.count("\n") == 1, err
    with Store(db, seed=False) as store:
        assert store.corrections() == {}


# ---- build folders: DIR/corrections.json ----------------------------------------------------------------------

def test_build_applies_the_corrections_file_of_its_output_folder(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", str(ROOT / "seeds"), "--out", str(out), "--jobs", "1"]) == 0
    first = json.loads((out / "events.json").read_text(encoding="utf-8"))
    target = first[0]
    new_type = next(t for t in TAXONOMY.types if t != target["type"])
    (out / "corrections.json").write_text(json.dumps({target["id"]: {"type": new_type, "title": "By hand"},
                                                      "gone-id": {"type": new_type}}), encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(ROOT / "seeds"), "--out", str(out), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "1 events corrected by" in err and "warning:" in err and "1 corrections match no event: gone-id" in err
    again = json.loads((out / "events.json").read_text(encoding="utf-8"))
    corrected = [e for e in again if e.get("corrected")]
    assert [(e["id"], e["type"], e["title"], e["original_type"]) for e in corrected] == [
        (target["id"], new_type, "By hand", target["type"])]
    assert [e for e in again if not e.get("corrected")] == [e for e in first if e["id"] != target["id"]]
    shown = load_build(out).events
    assert shown.loc[shown["id"] == target["id"], "type"].tolist() == [new_type]


def test_a_bad_corrections_file_stops_the_build_and_keeps_the_last_output(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", str(ROOT / "seeds"), "--out", str(out), "--jobs", "1"]) == 0
    written = (out / "events.json").read_text(encoding="utf-8")
    (out / "corrections.json").write_text('{"x": {"type": "sport"}}', encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(ROOT / "seeds"), "--out", str(out), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert [line for line in err.splitlines() if line.startswith("error:")] == [
        f"error: {out / 'corrections.json'}: x: unknown type 'sport' (the taxonomy in use has: "
        f"{', '.join(TAXONOMY.types)})"]
    assert (out / "events.json").read_text(encoding="utf-8") == written


def test_correct_command_on_a_build_folder_writes_both_files_and_the_next_build_keeps_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", str(ROOT / "seeds"), "--out", str(out), "--jobs", "1"]) == 0
    built = (out / "events.json").read_text(encoding="utf-8")
    target = json.loads(built)[-1]
    new_type = next(t for t in TAXONOMY.types if t != target["type"])
    assert main(["correct", target["id"], "--type", new_type, "--out", str(out)]) == 0
    assert main(["correct", target["id"], "--title", "By hand", "--out", str(out)]) == 0
    assert json.loads((out / "corrections.json").read_text(encoding="utf-8")) == {
        target["id"]: {"type": new_type, "title": "By hand"}}
    now = {e["id"]: e for e in json.loads((out / "events.json").read_text(encoding="utf-8"))}
    assert (now[target["id"]]["type"], now[target["id"]]["title"], now[target["id"]]["original_type"]) == (
        new_type, "By hand", target["type"])
    corrected_file = (out / "events.json").read_text(encoding="utf-8")
    assert main(["build", str(ROOT / "seeds"), "--out", str(out), "--jobs", "1"]) == 0
    assert (out / "events.json").read_text(encoding="utf-8") == corrected_file
    assert main(["correct", target["id"], "--clear", "--out", str(out)]) == 0
    assert (out / "events.json").read_text(encoding="utf-8") == built
    assert json.loads((out / "corrections.json").read_text(encoding="utf-8")) == {}
    capsys.readouterr()
    assert main(["correct", "no-such-id", "--type", new_type, "--out", str(out)]) == 1
    assert capsys.readouterr().err == f"error: no-such-id: no such event in {out / 'events.json'}\n"
    assert main(["correct", target["id"], "--type", new_type, "--out", str(tmp_path / "none")]) == 1
    assert capsys.readouterr().err.startswith(f"error: {tmp_path / 'none' / 'events.json'}: not found")
