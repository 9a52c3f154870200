import shutil
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT
from bot.training import TRAINING_INPUTS, model_fingerprint, model_path


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    for name in TRAINING_INPUTS:
        source = PROJECT_ROOT / name
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target)
    return tmp_path


def test_fingerprint_is_stable_for_the_same_inputs(project_copy: Path) -> None:
    assert model_fingerprint(project_copy) == model_fingerprint(project_copy)
    assert model_fingerprint(project_copy) == model_fingerprint(PROJECT_ROOT)


@pytest.mark.parametrize("changed", ["config.yml", "domain.yml", "data/nlu/conversation.yml"])
def test_fingerprint_changes_when_an_input_changes(project_copy: Path, changed: str) -> None:
    before = model_fingerprint(project_copy)
    with (project_copy / changed).open("a") as handle:
        handle.write("\n# changed\n")

    assert model_fingerprint(project_copy) != before


def test_a_new_training_file_changes_the_fingerprint(project_copy: Path) -> None:
    before = model_fingerprint(project_copy)
    (project_copy / "data" / "nlu" / "extra.yml").write_text('version: "3.1"\n')

    assert model_fingerprint(project_copy) != before


def test_model_file_is_named_after_the_fingerprint(tmp_path: Path) -> None:
    assert model_path(tmp_path, "abc123").name == "steunwijzer-abc123.tar.gz"


def test_training_is_skipped_when_the_model_for_these_inputs_exists(tmp_path: Path) -> None:
    from bot.training import ensure_model

    current = model_path(tmp_path, model_fingerprint(PROJECT_ROOT))
    current.write_bytes(b"model")
    stale = model_path(tmp_path, "0000000000000000")
    stale.write_bytes(b"old")

    assert ensure_model(tmp_path) == current

    assert current.exists()
    assert stale.exists()  # nothing is removed when nothing was trained
