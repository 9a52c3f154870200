"""Blind personas: caregivers written by someone who never saw the rules, the data or the tests.

The files (`tests/blind/personas_<set>.yml`) follow `tests/blind/PERSONA_SCHEMA.md`. The held-out
files are measured, never tuned on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.settings import PROJECT_ROOT

BLIND_DIR = PROJECT_ROOT / "tests" / "blind"
PERSONA_SETS = {
    "dev": BLIND_DIR / "personas_dev.yml",
    "heldout": BLIND_DIR / "personas_heldout.yml",
    "dev2": BLIND_DIR / "personas_dev2.yml",
    "heldout2": BLIND_DIR / "personas_heldout2.yml",
    "dev3": BLIND_DIR / "personas_dev3.yml",
    "heldout3": BLIND_DIR / "personas_heldout3.yml",
    "dev4": BLIND_DIR / "personas_dev4.yml",
    "heldout4": BLIND_DIR / "personas_heldout4.yml",
    "dev5": BLIND_DIR / "personas_dev5.yml",
    "heldout5": BLIND_DIR / "personas_heldout5.yml",
    "dev6": BLIND_DIR / "personas_dev6.yml",
    "heldout6": BLIND_DIR / "personas_heldout6.yml",
    # Written with three free questions per persona.
    "dev7": BLIND_DIR / "personas_dev7.yml",
    "heldout7": BLIND_DIR / "personas_heldout7.yml",
    # Written with one to three free questions per persona.
    "dev8": BLIND_DIR / "personas_dev8.yml",
    "heldout8": BLIND_DIR / "personas_heldout8.yml",
    "dev9": BLIND_DIR / "personas_dev9.yml",
    "heldout9": BLIND_DIR / "personas_heldout9.yml",
    "dev10": BLIND_DIR / "personas_dev10.yml",
    "heldout10": BLIND_DIR / "personas_heldout10.yml",
    "dev11": BLIND_DIR / "personas_dev11.yml",
    "dev12": BLIND_DIR / "personas_dev12.yml",
    "dev13": BLIND_DIR / "personas_dev13.yml",
    "dev14": BLIND_DIR / "personas_dev14.yml",
    "dev15": BLIND_DIR / "personas_dev15.yml",
    "dev16": BLIND_DIR / "personas_dev16.yml",
    "dev17": BLIND_DIR / "personas_dev17.yml",
    "dev18": BLIND_DIR / "personas_dev18.yml",
    "dev19": BLIND_DIR / "personas_dev19.yml",
    "dev20": BLIND_DIR / "personas_dev20.yml",
    "dev21": BLIND_DIR / "personas_dev21.yml",
    "dev22": BLIND_DIR / "personas_dev22.yml",
    "dev23": BLIND_DIR / "personas_dev23.yml",
    "dev24": BLIND_DIR / "personas_dev24.yml",
    "dev25": BLIND_DIR / "personas_dev25.yml",
    "dev26": BLIND_DIR / "personas_dev26.yml",
    "dev27": BLIND_DIR / "personas_dev27.yml",
    "dev28": BLIND_DIR / "personas_dev28.yml",
    "dev29": BLIND_DIR / "personas_dev29.yml",
    "dev30": BLIND_DIR / "personas_dev30.yml",
    "dev31": BLIND_DIR / "personas_dev31.yml",
    "dev32": BLIND_DIR / "personas_dev32.yml",
    "dev33": BLIND_DIR / "personas_dev33.yml",
    "dev34": BLIND_DIR / "personas_dev34.yml",
    "dev35": BLIND_DIR / "personas_dev35.yml",
    "dev36": BLIND_DIR / "personas_dev36.yml",
    "dev37": BLIND_DIR / "personas_dev37.yml",
    "dev38": BLIND_DIR / "personas_dev38.yml",
    "dev39": BLIND_DIR / "personas_dev39.yml",
    "dev40": BLIND_DIR / "personas_dev40.yml",
    "dev41": BLIND_DIR / "personas_dev41.yml",
    "dev42": BLIND_DIR / "personas_dev42.yml",
    "dev43": BLIND_DIR / "personas_dev43.yml",
    "dev44": BLIND_DIR / "personas_dev44.yml",
    "dev45": BLIND_DIR / "personas_dev45.yml",
    "dev46": BLIND_DIR / "personas_dev46.yml",
    "dev47": BLIND_DIR / "personas_dev47.yml",
    "dev48": BLIND_DIR / "personas_dev48.yml",
    "heldout11": BLIND_DIR / "personas_heldout11.yml",
    "heldout12": BLIND_DIR / "personas_heldout12.yml",
    "heldout13": BLIND_DIR / "personas_heldout13.yml",
    "heldout14": BLIND_DIR / "personas_heldout14.yml",
    "heldout15": BLIND_DIR / "personas_heldout15.yml",
    "heldout16": BLIND_DIR / "personas_heldout16.yml",
    "heldout17": BLIND_DIR / "personas_heldout17.yml",
    "heldout18": BLIND_DIR / "personas_heldout18.yml",
    "heldout19": BLIND_DIR / "personas_heldout19.yml",
    "heldout20": BLIND_DIR / "personas_heldout20.yml",
    "heldout21": BLIND_DIR / "personas_heldout21.yml",
    "heldout22": BLIND_DIR / "personas_heldout22.yml",
    "heldout23": BLIND_DIR / "personas_heldout23.yml",
    "heldout24": BLIND_DIR / "personas_heldout24.yml",
    "heldout25": BLIND_DIR / "personas_heldout25.yml",
    "heldout26": BLIND_DIR / "personas_heldout26.yml",
    "heldout27": BLIND_DIR / "personas_heldout27.yml",
    "heldout28": BLIND_DIR / "personas_heldout28.yml",
    "heldout29": BLIND_DIR / "personas_heldout29.yml",
}


@dataclass(frozen=True)
class PersonaQuestion:
    ask: str
    when: str  # start | during_intake | during_check | after_offers
    answer_should_mention_any: tuple[str, ...]


@dataclass(frozen=True)
class Persona:
    id: str
    about: str
    opening: str
    uses_buttons: str
    facts: Mapping[str, Any]
    behaviour: Mapping[str, Any]
    expect: Mapping[str, Any]
    style: tuple[str, ...] = ()
    questions: tuple[PersonaQuestion, ...] = field(default=())

    def fact(self, name: str, default: Any = None) -> Any:
        value = self.facts.get(name)
        return default if value is None else value

    def does(self, name: str, default: Any = None) -> Any:
        value = self.behaviour.get(name)
        return default if value is None else value


def _questions(raw: Sequence[Mapping[str, Any]] | None) -> tuple[PersonaQuestion, ...]:
    return tuple(
        PersonaQuestion(
            ask=str(q["ask"]),
            when=str(q.get("when") or "start"),
            answer_should_mention_any=tuple(
                str(w) for w in q.get("answer_should_mention_any") or ()
            ),
        )
        for q in raw or ()
    )


def persona_from_dict(raw: Mapping[str, Any]) -> Persona:
    behaviour = dict(raw.get("behaviour") or {})
    return Persona(
        id=str(raw["id"]),
        about=str(raw.get("about") or ""),
        opening=str(raw.get("opening") or "hallo"),
        uses_buttons=str(raw.get("uses_buttons") or "sometimes"),
        facts=dict(raw.get("facts") or {}),
        behaviour=behaviour,
        expect=dict(raw.get("expect") or {}),
        style=tuple(str(s) for s in raw.get("style") or ()),
        questions=_questions(behaviour.get("questions")),
    )


def load_personas(path: Path) -> list[Persona]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [persona_from_dict(raw) for raw in document["personas"]]
