"""The learned typer (timeline/typer_model.py, resources/typing_model.tsv, scripts/train_typer.py): the weights file
validates and a bad one is one clear error line; the script is deterministic and writes the committed file's exact
format, from the training files as they are; a user's taxonomy is typed by the rules alone; the switch; the model is
consulted (a synthetic model decides, a pickled copy of the packaged taxonomy too); sentences in our own words that
the rules alone type wrong and the model right; sentences the rules type right that the model keeps right."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts import load_script
from timeline.taxonomy import default_taxonomy, load_taxonomy
from timeline.typer_model import (
    MODEL_FILE,
    ModelError,
    TyperModel,
    default_model,
    learned_on,
    load_model,
    parse_model,
    use_learned,
)
from timeline.typing import (
    article_prior,
    classify,
    clause_scores,
    decide,
    learned_decision,
    model_inputs,
    read_text,
)

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "timeline" / "resources" / MODEL_FILE
TYPES = default_taxonomy().types
HEADER = "# command: python3 scripts/train_typer.py\nfeature\t" + "\t".join(TYPES) + "\n"
ROW = "\t".join(["0.1"] * len(TYPES))


@pytest.fixture
def learned() -> Iterator[None]:
    use_learned(True)
    yield
    use_learned(None)


@pytest.fixture
def rules() -> Iterator[None]:
    use_learned(False)
    yield
    use_learned(None)


def test_packaged_model_validates() -> None:
    model = default_model(TYPES)
    assert set(model.types) == set(TYPES)
    assert "bias" in model.weights and any(name.startswith("w:") for name in model.weights)
    assert all(len(row) == len(TYPES) for row in model.weights.values())


@pytest.mark.parametrize(
    "text, message",
    [
        (f"feature\t{chr(9).join(TYPES)}\nbias\t{ROW}\n", "no '# command:' line"),
        (f"# command: x\nbias\t{ROW}\n", "the first line after the comments must be 'feature'"),
        ("# command: x\nfeature\tattack\tpolitics\nbias\t0\t0\n", "are not the taxonomy's"),
        (HEADER + f"bias\t{ROW}\nw:storm\t0.1\n", f"1 weights for {len(TYPES)} types"),
        (HEADER + f"bias\t{ROW}\nw:storm\t{ROW.replace('0.1', 'x', 1)}\n", "a weight is not a number"),
        (HEADER + f"bias\t{ROW}\nw:storm\t{ROW.replace('0.1', 'nan', 1)}\n", "a weight is not finite"),
        (HEADER + f"bias\t{ROW}\nw:storm\t{ROW}\nw:storm\t{ROW}\n", "feature 'w:storm' given twice"),
        (HEADER + f"bias\t{ROW}\nstorm word\t{ROW}\n", "is not a feature name"),
        (HEADER + f"w:storm\t{ROW}\n", "no 'bias' line"),
        ("# command: x\n", "no header line"),
    ],
)
def test_bad_model_file_is_one_clear_error(text: str, message: str) -> None:
    with pytest.raises(ModelError) as caught:
        parse_model(text, "model.tsv", TYPES)
    assert message in str(caught.value)
    assert str(caught.value).startswith("model.tsv") and "\n" not in str(caught.value)


def train_script() -> ModuleType:
    """scripts/train_typer.py as a module (its functions, without running it)."""
    return load_script("train_typer")


def test_training_is_the_same_bytes_whatever_the_hash_seed(tmp_path: Path) -> None:
    """The full retrain (python3 scripts/train_typer.py --out X; cmp X timeline/resources/typing_model.tsv) takes
    about 10 s of CPU (test_the_committed_weights_are_what_training_writes); the script is also run here on a small
    fixed subset of its training files
    (the first 20 sentences of each), twice, in two processes with different string-hash seeds (the order of sets
    and dicts of words), and must write the same bytes, a file the loader accepts."""
    subset = tmp_path / "subset.jsonl"
    script = train_script()
    with subset.open("w", encoding="utf-8") as out:
        for path in script.TRAINING_FILES:
            out.writelines((ROOT / path).read_text(encoding="utf-8").splitlines(keepends=True)[:20])
    runs = []
    for seed in ("1", "2"):  # the two at once
        command = [sys.executable, "scripts/train_typer.py", str(subset), "--out", str(tmp_path / f"model{seed}.tsv")]
        runs.append(subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                     env={**os.environ, "PYTHONHASHSEED": seed}))
    for run in runs:
        _, errors = run.communicate()
        assert run.returncode == 0, errors
    written = [(tmp_path / f"model{seed}.tsv").read_bytes() for seed in ("1", "2")]
    assert written[0] == written[1]
    model = load_model(tmp_path / "model1.tsv", TYPES)
    assert "bias" in model.weights and any(name.startswith("w:") for name in model.weights)


def test_the_committed_weights_are_what_training_writes(tmp_path: Path) -> None:
    """The whole retrain, as the README gives it: the committed weights are what the script trains from the
    committed training files, byte for byte (about 10 s of CPU: the one check that no weight was edited by hand or
    left behind by a change to the rules, whose output the model reads)."""
    out = tmp_path / MODEL_FILE
    run = subprocess.run([sys.executable, "scripts/train_typer.py", "--out", str(out)], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == COMMITTED.read_bytes()


def test_committed_weights_are_as_the_script_writes_them(tmp_path: Path) -> None:
    """The committed file is byte for byte what the script's writer makes of its own weights (the comment lines,
    the training files' hashes, the features' order, the rounding): not edited by hand after training."""
    script = train_script()
    text = COMMITTED.read_text(encoding="utf-8")
    model = parse_model(text, str(COMMITTED), TYPES)
    names = [line.split("\t", 1)[0] for line in text.splitlines()
             if line and not line.startswith(("#", "feature\t"))]
    out = tmp_path / MODEL_FILE
    script.write_model(model, names, list(script.TRAINING_FILES), out, script.L2, script.MIN_COUNT,
                       "python3 scripts/train_typer.py")
    assert out.read_bytes() == COMMITTED.read_bytes()


def test_committed_weights_name_the_training_files_as_they_are() -> None:
    named = re.findall(r"^# trained on: (\S+) sha256 ([0-9a-f]{64})$", COMMITTED.read_text(encoding="utf-8"), re.M)
    assert [path for path, _ in named] == [f"tests/typing/{n}.jsonl" for n in (
        "dev_sentences", "mixed_sentences", "news_sentences", "news_sentences2", "press_sentences", "wire_sentences",
        "model_sentences")]
    for path, digest in named:
        assert hashlib.sha256((ROOT / path).read_bytes()).hexdigest() == digest, path
    script = train_script()
    text = COMMITTED.read_text(encoding="utf-8")
    sets = re.findall(r"^# article clauses of: (\S+) (\S+) sha256 ([0-9a-f]{64})$", text, re.M)
    assert [(folder, None if half == "all" else half) for folder, half, _ in sets] == list(script.ARTICLE_SETS)
    for folder, half, digest in sets:
        assert script.article_set_digest(folder, None if half == "all" else half) == digest, folder


@pytest.mark.parametrize(
    "value, expected",
    [("1", True), ("0", False)],
)
def test_environment_switch(monkeypatch: pytest.MonkeyPatch, value: str, expected: bool) -> None:
    monkeypatch.setenv("TIMELINE_LEARNED_TYPER", value)
    assert learned_on() is expected


USER_TAXONOMY = """\
@precedence\tprotests\telections\tattack\tother
protests\tprotest
protests\tdemonstrator
protests\tmarch\t0.5\tn
elections\telection
elections\tballot
elections\tvote
attack\tbomb
attack\tshoot
other\tweather
"""


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of demonstrators marched through the capital on Sunday.",
        "The ballot was counted overnight and the results announced on Monday.",
        "A bomb went off near the station on Friday.",
        "The central bank raised its main rate on Wednesday.",
        "Nothing at all happened here.",
    ],
)
def test_user_taxonomy_is_typed_by_the_rules_alone(tmp_path: Path, text: str) -> None:
    path = tmp_path / "types.tsv"
    path.write_text(USER_TAXONOMY, encoding="utf-8")
    taxonomy = load_taxonomy(path)
    use_learned(False)
    try:
        by_rules = classify(text, taxonomy=taxonomy)
        use_learned(True)
        assert classify(text, taxonomy=taxonomy) == by_rules
    finally:
        use_learned(None)


@pytest.mark.usefixtures("learned")
@pytest.mark.parametrize("text", ["Zorblat quinnified the vexmoor.", "It was so."])
def test_other_only_when_nothing_points_anywhere(text: str) -> None:
    typed = classify(text)
    assert (typed.type, typed.second, typed.confidence) == ("other", "", 0.0)


# written in our own words, ordinary news of each type, that the rules alone type wrong and the model right (found
# by writing about 400 such sentences and comparing both: the rules type nearly all of them right; none close to a
# training sentence). If a change to the rules or the word lists makes the rules right on a row, replace it with
# another such sentence: the table is what shows the model changes answers, and changes them for the better.
# (Round 24, with the article clauses in the training data, the model typed two earlier rows otherwise: a hospital
# row went to disaster, health second, and is dropped; a police row went to sports and is replaced. Round 25, with
# tests/typing/model_sentences.jsonl in the training data, a row of farmers gathered against new water rules went to
# disaster with the rules, and is dropped.)
MODEL_FIXES = [
    ("Supporters of the ousted leader blocked roads in the capital on Monday.", "politics"),
    ("Leaders of the two countries spoke for an hour on Tuesday about the dispute over the river.", "diplomacy"),
    ("The report found that deaths from heart disease fell by a quarter in a decade.", "health"),
    ("Armed police stood guard outside the synagogue during the holiday in October.", "security"),
]


@pytest.mark.parametrize("text, expected", MODEL_FIXES)
def test_the_model_types_right_what_the_rules_alone_type_wrong(text: str, expected: str) -> None:
    try:
        use_learned(False)
        by_rules = classify(text)
        use_learned(True)
        by_model = classify(text)
    finally:
        use_learned(None)
    assert by_rules.type != expected
    assert by_model.type == expected
    assert 0.0 < by_model.confidence <= 1.0 and by_model.second != by_model.type


# the synthetic model: every clause leans to culture (the bias), a clause with the made-up word "zorblat" to sports
SYNTHETIC = {"bias": {"culture": 1.0}, "w:zorblat": {"sports": 20.0}}


@pytest.fixture
def synthetic(tmp_path: Path) -> TyperModel:
    lines = ["# command: written by this test", "feature\t" + "\t".join(TYPES)]
    lines += [name + "".join(f"\t{row.get(kind, 0.0)}" for kind in TYPES) for name, row in SYNTHETIC.items()]
    path = tmp_path / MODEL_FILE
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_model(path, TYPES)


@pytest.mark.parametrize(
    "text, on, expected",
    [
        ("A bomb exploded near the zorblat on Friday.", True, "sports"),
        ("A bomb exploded near the station on Friday.", True, "culture"),
        ("A bomb exploded near the zorblat on Friday.", False, "attack"),
        ("A bomb exploded near the station on Friday.", False, "attack"),
        ("The zorblat was quiet.", True, "sports"),  # no keyword: the model's words alone type a clause
        ("The zorblat was quiet.", False, "other"),
    ],
)
def test_classify_follows_the_model_it_is_given(
    monkeypatch: pytest.MonkeyPatch, synthetic: TyperModel, text: str, on: bool, expected: str
) -> None:
    monkeypatch.setattr("timeline.typing.default_model", lambda types: synthetic)
    use_learned(on)
    try:
        assert classify(text).type == expected
        copy = pickle.loads(pickle.dumps(default_taxonomy()))  # as a Dask worker gets it
        assert classify(text, taxonomy=copy).type == expected
    finally:
        use_learned(None)


@pytest.mark.parametrize("text, expected", MODEL_FIXES[:4])
def test_the_environment_switch_turns_the_model_on_and_off(
    monkeypatch: pytest.MonkeyPatch, text: str, expected: str
) -> None:
    use_learned(None)
    monkeypatch.setenv("TIMELINE_LEARNED_TYPER", "0")
    assert classify(text).type != expected
    monkeypatch.setenv("TIMELINE_LEARNED_TYPER", "1")
    assert classify(text).type == expected
    monkeypatch.delenv("TIMELINE_LEARNED_TYPER")
    assert classify(text).type == expected  # on by default


# written in our own words before the model was asked about them; the rules alone type them all right too: the
# model must keep them right (that it changes answers at all is shown by MODEL_FIXES)
OWN_SENTENCES = [
    ("Rebels shelled the outskirts of the provincial capital overnight on Sunday.", "attack"),
    ("A jury in Leeds found the former nurse guilty of poisoning two patients on Thursday.", "justice"),
    ("The central bank raised its benchmark rate by half a point on Wednesday.", "economy"),
    ("Lawmakers approved the new constitution by a narrow margin in March.", "politics"),
    ("The two foreign ministers signed a treaty on fishing rights in Oslo on Monday.", "diplomacy"),
    ("An earthquake of magnitude 6.4 shook the coastal region early on Tuesday.", "disaster"),
    ("Health officials confirmed three new cases of cholera in the northern district on Friday.", "health"),
    ("The striker scored twice as the home side won the cup final on Saturday.", "sports"),
    ("The novelist's new book was shortlisted for a literary prize in September.", "culture"),
    ("Coast guards intercepted a boat carrying 40 migrants off the island on Thursday.", "security"),
    ("The opposition leader conceded defeat after the count ended on Sunday night.", "politics"),
    ("Flash floods swept away dozens of houses in the valley on Wednesday.", "disaster"),
    ("The orchestra will premiere a new symphony at the festival in July.", "culture"),
    ("A suicide bomber blew himself up at a checkpoint on Monday, killing six soldiers.", "attack"),
    ("The carmaker posted a quarterly loss of 2 billion euros on Thursday.", "economy"),
    ("The appeals court overturned the conviction of the journalist in May.", "justice"),
    ("Vaccination against measles resumes in the camps next week.", "health"),
    ("The cyclist won the third stage of the race in the Alps on Friday.", "sports"),
    ("The ambassador was summoned to the foreign ministry on Tuesday over the remarks.", "diplomacy"),
]


@pytest.mark.usefixtures("learned")
@pytest.mark.parametrize("text, expected", OWN_SENTENCES)
def test_the_model_keeps_right_what_the_rules_type_right(text: str, expected: str) -> None:
    typed = classify(text)
    assert typed.type == expected
    assert 0.0 < typed.confidence <= 1.0 and typed.second != typed.type


# (sentence, its type, whether the rules alone type it right)
RULES_ALONE = [
    *((text, kind, True) for text, kind in OWN_SENTENCES[:6]),
    *((text, kind, False) for text, kind in MODEL_FIXES),
]


@pytest.mark.usefixtures("rules")
@pytest.mark.parametrize("text, expected, rules_right", RULES_ALONE)
def test_rules_alone_when_switched_off(text: str, expected: str, rules_right: bool) -> None:
    """Switched off, classify() is the rules' decision (decide() without the clause read never asks the model):
    the right type where the rules are right, and not the model's right one for MODEL_FIXES."""
    taxonomy = default_taxonomy()
    typed = classify(text)
    assert typed == decide(clause_scores(text, None, taxonomy), {}, taxonomy)
    assert (typed.type == expected) is rules_right


@pytest.mark.usefixtures("learned")
@pytest.mark.parametrize("text, expected", MODEL_FIXES)
def test_a_copy_of_the_packaged_taxonomy_is_typed_with_the_model(text: str, expected: str) -> None:
    """A pickled copy (as a Dask worker gets the taxonomy) gives the model's answer, which the rules do not give."""
    copy = pickle.loads(pickle.dumps(default_taxonomy()))
    assert copy is not default_taxonomy()
    typed = classify(text, taxonomy=copy)
    assert typed.type == expected
    assert typed == classify(text)
    assert typed != decide(clause_scores(text, None, copy), {}, copy)  # the rules alone


# decide() scores a clause by TyperModel.clause_probabilities (no feature dict, for speed); the training script
# reads the same clause through features() and probabilities(). The two must agree to the bit, or the model
# would be used on other numbers than it was trained on. (text, centre: the date's character offset or None,
# article context)
FAST_PATH_CLAUSES = [
    ("Rebels shelled the port on Tuesday, killing four fishermen.", 27, ()),
    ("The central bank raised its main rate by half a point on Thursday.", 54, ()),
    ("The museum reopens its east wing in March after a two-year refit.", 37, ()),
    ("The hearing is set for June.", 23, ("A judge heard the first witnesses in the fraud trial.",)),
    ("It was so.", None, ()),
    ("Leaders of the two countries spoke on Tuesday about the dam on their shared river.", 35,
     ("Talks on water rights have stalled for a year.",)),
]


@pytest.mark.parametrize("text, centre, context", FAST_PATH_CLAUSES, ids=[c[0][:30] for c in FAST_PATH_CLAUSES])
def test_decide_agrees_with_the_features_the_model_was_trained_on(
    text: str, centre: int | None, context: tuple[str, ...]
) -> None:
    taxonomy = default_taxonomy()
    prior = article_prior(context, taxonomy)
    use_learned(True)
    try:
        read = read_text(text, taxonomy)
        scores = clause_scores(text, centre, taxonomy, read)
        fast = decide(scores, prior, taxonomy, read, centre)
        found, rule = model_inputs(scores, prior, taxonomy, read_text(text, taxonomy), centre)
        slow = learned_decision(default_model(taxonomy.types), found, rule, taxonomy)
    finally:
        use_learned(None)
    assert fast == slow


# the typing sets held out whole (tests/test_typing_heldout.py) and the article sets whose even-numbered half is held
# out (tests/test_eval_events.py): the training script may never read them, or read more than their dev half
HELD_OUT_TYPING = ("news_sentences3", "news_sentences4", "news_sentences5", "news_sentences6", "news_sentences7",
                   "news_sentences8", "news_sentences9", "news_sentences10", "news_sentences11", "news_sentences12",
                   "news_sentences13", "news_sentences14", "news_sentences15",
                   "news_sentences16", "news_sentences17", "news_sentences18")
HELD_OUT_ARTICLE_HALVES = ("tests/heldout_articles5", "tests/heldout_articles6", "tests/heldout_articles7",
                           "tests/heldout_articles8", "tests/heldout_articles9",
                           "tests/heldout_articles10", "tests/heldout_articles11",
                           "tests/heldout_articles12", "tests/heldout_articles13",
                           "tests/heldout_articles14", "tests/heldout_articles15",
                           "tests/heldout_articles16", "tests/heldout_articles17",
                           "tests/heldout_articles18", "tests/heldout_articles19",
                           "tests/heldout_articles20")
# the newest article set is kept whole for measuring: not even its dev half is trained on
HELD_OUT_ARTICLE_SETS = ("tests/heldout_articles20",)


@pytest.mark.parametrize(("files", "article_sets", "allowed"), [
    # what the script trains on now
    (None, None, True),
    # a held-out typing set among the training files, or a held-out article set read whole: refused
    (("tests/typing/dev_sentences.jsonl", "tests/typing/news_sentences5.jsonl"), None, False),
    (None, (("tests/heldout_articles", None), ("tests/heldout_articles7", None)), False),
    (None, (("tests/heldout_articles6", "test"),), False),
    (None, (("tests/heldout_articles16", "dev"), ("tests/heldout_articles16", "test")), False),
    (None, (("tests/heldout_articles20", "dev"),), False),
    # a dev half alone, and a model-only set whole: allowed
    (None, (("tests/heldout_articles19", "dev"), ("tests/model_articles4", None)), True),
])
def test_training_never_reads_held_out_data(files: tuple[str, ...] | None,
                                            article_sets: tuple[tuple[str, str | None], ...] | None,
                                            allowed: bool) -> None:
    script = train_script()
    files = script.TRAINING_FILES if files is None else files
    article_sets = script.ARTICLE_SETS if article_sets is None else article_sets
    typing_ok = not any(Path(path).stem in HELD_OUT_TYPING for path in files)
    articles_ok = (all(half == "dev" for folder, half in article_sets if folder in HELD_OUT_ARTICLE_HALVES)
                   and not any(folder in HELD_OUT_ARTICLE_SETS for folder, _ in article_sets))
    assert (typing_ok and articles_ok) == allowed


# tests/typing/model_sentences.jsonl (round 25) and model_sentences2.jsonl (round 26) train the model only: the rules
# are never fixed against them, so they show the model where the rules go wrong on sentences they were not written on.
# Each must be well formed, broad and ours: no sentence of it inside another typing set's (held-out sets, the other
# model-only set and wikievents included) or the other way round. model_sentences2 is not in the training files yet
# (the lead adds it after measuring); it is checked all the same.
MODEL_SENTENCES = ROOT / "tests" / "typing" / "model_sentences.jsonl"
MODEL_SETS = [  # file, at least so many rows, so many per type (by first gold), so many with a context
    (MODEL_SENTENCES, 600, 40, 150),
    (ROOT / "tests" / "typing" / "model_sentences2.jsonl", 800, 55, 250),
]


@pytest.mark.parametrize("path, min_rows, min_per_type, min_context", MODEL_SETS, ids=[s[0].stem for s in MODEL_SETS])
def test_the_model_only_set_is_well_formed_broad_and_shares_no_sentence(
        path: Path, min_rows: int, min_per_type: int, min_context: int) -> None:
    from tests.test_typing_devset import file_problems, set_problems
    from tests.test_typing_heldout import WIKIEVENTS, normalised

    types = default_taxonomy().types
    assert file_problems(path, types) == {}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= min_rows and set_problems(rows, types, min_per_type) == []
    assert sum(1 for r in rows if r.get("context")) >= min_context
    others = [p for p in sorted((ROOT / "tests" / "typing").glob("*.jsonl")) if p != path]
    others.append(WIKIEVENTS)  # CI has ../shared beside the checkout: a missing file is a failure, not a skip
    theirs = [normalised(json.loads(line)["text"]) for p in others
              for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(theirs) > 3500
    ours = [normalised(s) for r in rows for s in [r["text"], *r.get("context", [])]]
    assert [s for s in ours if any(s in t or t in s for t in theirs)] == []


def test_the_model_only_sets_use_their_own_id_prefix() -> None:
    """Each model-only set numbers its rows with a prefix of its own, which no other typing set uses."""
    prefixes = {}
    for path in sorted((ROOT / "tests" / "typing").glob("*.jsonl")):
        ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        prefixes[path] = {re.sub(r"\d+$", "", i) for i in ids}
    for path, *_ in MODEL_SETS:
        assert len(prefixes[path]) == 1, path
        assert all(not prefixes[path] & theirs for p, theirs in prefixes.items() if p != path), path
