"""The learned typer (timeline/typer_model.py, resources/typing_model.tsv, scripts/train_typer.py): the weights file
validates and a bad one is one clear error line; the script writes the committed file byte for byte; a user's
taxonomy is typed by the rules alone; the switch; sentences in our own words the model must type right."""

from __future__ import annotations

import hashlib
import pickle
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline.taxonomy import default_taxonomy, load_taxonomy
from timeline.typer_model import MODEL_FILE, ModelError, default_model, learned_on, parse_model, use_learned
from timeline.typing import classify, clause_scores, decide

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


def test_training_script_writes_the_committed_weights(tmp_path: Path) -> None:
    out = tmp_path / MODEL_FILE
    done = subprocess.run([sys.executable, "scripts/train_typer.py", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == COMMITTED.read_bytes()


def test_committed_weights_name_the_training_files_as_they_are() -> None:
    named = re.findall(r"^# trained on: (\S+) sha256 ([0-9a-f]{64})$", COMMITTED.read_text(encoding="utf-8"), re.M)
    assert [path for path, _ in named] == [f"tests/typing/{n}.jsonl" for n in (
        "dev_sentences", "mixed_sentences", "news_sentences", "news_sentences2", "press_sentences", "wire_sentences")]
    for path, digest in named:
        assert hashlib.sha256((ROOT / path).read_bytes()).hexdigest() == digest, path


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


# written in our own words before the model was asked about them
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
def test_model_types_our_own_sentences(text: str, expected: str) -> None:
    typed = classify(text)
    assert typed.type == expected
    assert 0.0 < typed.confidence <= 1.0 and typed.second != typed.type


@pytest.mark.usefixtures("rules")
@pytest.mark.parametrize("text, expected", OWN_SENTENCES[:6])
def test_rules_alone_when_switched_off(text: str, expected: str) -> None:
    taxonomy = default_taxonomy()
    assert classify(text) == decide(clause_scores(text, None, taxonomy), {}, taxonomy)  # no clause read: rules


@pytest.mark.usefixtures("learned")
@pytest.mark.parametrize("text, expected", OWN_SENTENCES[:4])
def test_a_copy_of_the_packaged_taxonomy_is_typed_with_the_model(text: str, expected: str) -> None:
    copy = pickle.loads(pickle.dumps(default_taxonomy()))  # as a Dask worker gets it
    assert copy is not default_taxonomy()
    assert classify(text, taxonomy=copy) == classify(text)
