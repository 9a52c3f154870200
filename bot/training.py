"""Train the Rasa model only when its inputs changed.

The model file is named after a hash of everything that shapes it (config, domain, training data,
the Dutch NLP code and the Rasa version), so a clean checkout and a test run share one trained model
and a change to any input trains a new one.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from bot.settings import PROJECT_ROOT, load_settings

logger = logging.getLogger(__name__)

MODEL_PREFIX = "steunwijzer-"
TRAINING_INPUTS: tuple[str, ...] = (
    "config.yml",
    "domain.yml",
    "data",
    "bot/nlp",
    "bot/safety/model.py",
    "bot/safety/rasa_component.py",
)


def _input_files(root: Path, inputs: Iterable[str]) -> list[Path]:
    files: list[Path] = []
    for name in inputs:
        path = root / name
        if path.is_dir():
            files.extend(
                p for p in path.rglob("*") if p.is_file() and p.suffix in {".yml", ".yaml", ".py"}
            )
        elif path.is_file():
            files.append(path)
    return sorted(files)


def _rasa_version() -> str:
    from importlib.metadata import version

    return version("rasa")


def model_fingerprint(root: Path = PROJECT_ROOT, inputs: Iterable[str] = TRAINING_INPUTS) -> str:
    digest = hashlib.sha256(f"rasa=={_rasa_version()}\n".encode())
    for path in _input_files(root, inputs):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def model_path(models_dir: Path, fingerprint: str) -> Path:
    return models_dir / f"{MODEL_PREFIX}{fingerprint}.tar.gz"


def ensure_model(models_dir: Path, root: Path = PROJECT_ROOT) -> Path:
    """Path of a model trained on the current inputs; trains one first if there is none."""
    target = model_path(models_dir, model_fingerprint(root))
    if target.exists():
        logger.info("Model %s is up to date; not training.", target.name)
        return target
    models_dir.mkdir(parents=True, exist_ok=True)
    logger.info("Training model %s (inputs changed or no model yet).", target.name)
    # A separate process: training loads TensorFlow, which the caller should not have to carry.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "rasa",
            "train",
            "--config",
            "config.yml",
            "--domain",
            "domain.yml",
            "--data",
            "data",
            "--out",
            str(models_dir),
            "--fixed-model-name",
            target.name.removesuffix(".tar.gz"),
            # Our fingerprint already decided that the inputs changed; Rasa's own check
            # does not see bot/nlp and could skip writing the model.
            "--force",
        ],
        cwd=root,
        check=True,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
    )
    _remove_stale_models(models_dir, keep=target)
    return target


def _remove_stale_models(models_dir: Path, keep: Path) -> None:
    """Each model is about 25 MB; only the one for the current inputs is of use."""
    for stale in models_dir.glob(f"{MODEL_PREFIX}*.tar.gz"):
        if stale != keep:
            stale.unlink(missing_ok=True)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    print(ensure_model(load_settings().models_dir))


if __name__ == "__main__":
    main()
