"""Every intent the Python code names exists in domain.yml: a renamed intent fails here, not silently."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.conversation.engine import QUESTION_INTENTS, SMALL_TALK
from bot.settings import PROJECT_ROOT

# `intent == "x"`, `intent != "x"`, `intent in ("x", "y")` and `intent in {"x"}` in bot/
_COMPARED = re.compile(r"intent(?:\.name)? (?:==|!=) \"([a-z_]+)\"")
_MEMBERSHIP = re.compile(r"intent(?:\.name)? in [({]([^)}]*)[)}]")
_NAME = re.compile(r"\"([a-z_]+)\"")


def _domain_intents() -> set[str]:
    return set(yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())["intents"])


def _named_in_code() -> dict[str, set[str]]:
    named: dict[str, set[str]] = {}
    for path in sorted(Path(PROJECT_ROOT, "bot").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        names = set(_COMPARED.findall(text))
        for group in _MEMBERSHIP.findall(text):
            names.update(_NAME.findall(group))
        if names:
            named[str(path.relative_to(PROJECT_ROOT))] = names
    return named


def test_every_intent_compared_in_the_code_is_in_the_domain() -> None:
    domain = _domain_intents()
    unknown = {path: names - domain for path, names in _named_in_code().items() if names - domain}

    assert unknown == {}


def test_the_engines_intent_sets_are_in_the_domain() -> None:
    assert _domain_intents() >= QUESTION_INTENTS | SMALL_TALK


def test_the_check_finds_the_names_it_should() -> None:
    # The scan must see the engine's comparisons, or the first test proves nothing.
    assert {"start_assessment", "request_human"} <= _named_in_code()["bot/conversation/engine.py"]
