"""The committed widget build matches its sources (widget/build.mjs writes build.json)."""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT

WIDGET = PROJECT_ROOT / "widget"
BUILT = PROJECT_ROOT / "bot" / "web" / "static" / "widget"
SOURCE = WIDGET / "src" / "steunwijzer.js"


@lru_cache(maxsize=1)
def manifest() -> dict:
    return json.loads((BUILT / "build.json").read_text())


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_manifest_covers_the_sources_and_the_outputs() -> None:
    assert set(manifest()["inputs"]) >= {"src/steunwijzer.js", "src/steunwijzer.css", "build.mjs"}
    assert set(manifest()["outputs"]) == {"steunwijzer.js", "steunwijzer.css"}


@pytest.mark.parametrize(
    "name",
    ["src/steunwijzer.js", "src/steunwijzer.css", "build.mjs", "package.json", "package-lock.json"],
)
def test_sources_are_the_ones_built(name: str) -> None:
    assert _sha256(WIDGET / name) == manifest()["inputs"][name], (
        f"widget/{name} changed after the last build: run `npm ci && npm run build` in widget/"
    )


@pytest.mark.parametrize("name", ["steunwijzer.js", "steunwijzer.css"])
def test_built_files_were_not_edited_by_hand(name: str) -> None:
    assert _sha256(BUILT / name) == manifest()["outputs"][name], (
        f"bot/web/static/widget/{name} differs from the build: edit widget/src and rebuild"
    )


def test_socket_io_client_is_the_pinned_version() -> None:
    pinned = json.loads((WIDGET / "package.json").read_text())["dependencies"]["socket.io-client"]
    lock = json.loads((WIDGET / "package-lock.json").read_text())

    assert re.fullmatch(r"\d+\.\d+\.\d+", pinned), "pin an exact version"
    assert pinned.startswith("4.")  # the server is python-socketio 5 (Socket.IO protocol 5)
    assert lock["packages"]["node_modules/socket.io-client"]["version"] == pinned
    assert manifest()["socket.io-client"] == pinned
    assert f"Socket.IO v{pinned}" in (BUILT / "steunwijzer.js").read_text()


@pytest.mark.parametrize(
    "forbidden",
    [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "localStorage",
        "eval(",
        "new Function",
    ],
)
def test_widget_source_never_parses_text_as_html_nor_uses_local_storage(forbidden: str) -> None:
    assert forbidden not in SOURCE.read_text()
