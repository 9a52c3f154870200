"""The burden check as a conversation: one statement at a time, answers read in plain Dutch."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.assessment.answers import interpret_answer, normalize_text
from bot.assessment.instruments import Instrument, Item, load_instrument
from bot.messages import BotMessage, Button
from bot.settings import load_settings
from knowledge.glossary import find_terms
from knowledge.offer import NeedCategory

DONE = "done"
ANSWER_PAYLOAD = '/tell_situation{{"answer": "{option}"}}'


@dataclass(frozen=True)
class AnswerReading:
    answers: dict[str, str]
    understood: bool

    def is_complete(self, instrument: Instrument) -> bool:
        return all(item.id in self.answers for item in instrument.items)


def next_item(instrument: Instrument, answers: Mapping[str, str]) -> Item | None:
    return next((item for item in instrument.items if item.id not in answers), None)


def needs_pointed_to(instrument: Instrument, answers: Mapping[str, str]) -> list[NeedCategory]:
    """The kinds of help the statements that apply point to ("We leven onder financiële druk")."""
    points = {option.id: option.points for option in instrument.options}
    return [
        item.points_to_need
        for item in instrument.items
        if item.points_to_need and points.get(answers.get(item.id, ""), 0) > 0
    ]


# "Wat betekent verstoord?", "ik begrijp deze vraag niet", "wat bedoelt u met van streek?"
_ASKS_MEANING = re.compile(
    r"\bwat (?:betekent|betekend|betekende|bedoel\w*|wordt (?:er )?(?:mee )?bedoeld)\b|"
    r"\b(?:snap|begrijp|begrijpen|snappen) (?:ik )?(?:de |deze |die |dit |het |die |dat )?"
    r"(?:vraag |zin |woord )?(?:niet|nie)\b|\bik (?:snap|begrijp) (?:niet|nie)\b|\bbetekenis\b"
)


def explanation_asked(instrument: Instrument, answers: Mapping[str, str], text: str) -> str | None:
    """What a statement means in plain words, when the caregiver asks: the statement whose words
    the question names ("wat betekent verstoord?" during a later one), else the current one.
    None when the question names a term of its own ("Wat betekent dat, overbelast?"): the
    glossary explains that."""
    folded = normalize_text(text)
    if not _ASKS_MEANING.search(folded) or _names_own_term(instrument, answers, folded):
        return None
    asked = {word for word in folded.split() if len(word) >= 5}
    named = [
        item
        for item in instrument.items
        if asked & set(normalize_text(item.text).split()) and item.explanation
    ]
    item = named[0] if len(named) == 1 else next_item(instrument, answers)
    return item.explanation if item is not None else None


def _names_own_term(instrument: Instrument, answers: Mapping[str, str], folded: str) -> bool:
    item = next_item(instrument, answers)
    statement = set(normalize_text(item.text).split()) if item is not None else set()
    beside = " ".join(word for word in folded.split() if word not in statement)
    return any(not term.broad for term in find_terms(beside))


def offer(instrument: Instrument) -> BotMessage:
    return BotMessage(
        text=instrument.intro + "\nWilt u de vragen nu doen?",
        buttons=(Button("Ja, doe maar", "/start_assessment"), Button("Nu niet", "/deny")),
    )


def question(instrument: Instrument, answers: Mapping[str, str]) -> BotMessage | None:
    """The next statement with its answer buttons; None when every item has an answer."""
    item = next_item(instrument, answers)
    if item is None:
        return None
    return BotMessage(
        text=(
            f"Vraag {item.number} van {len(instrument.items)}:\n"
            f'"{item.text}"\n{instrument.item_prompt}'
        ),
        buttons=tuple(
            Button(option.label, ANSWER_PAYLOAD.format(option=option.id))
            for option in instrument.options
        ),
    )


def read_answer(
    instrument: Instrument, answers: Mapping[str, str], text: str, button_answer: str | None
) -> AnswerReading:
    """Records the answer to the open item when we can read it; else asks again."""
    item = next_item(instrument, answers)
    if item is None:
        return AnswerReading(dict(answers), understood=False)
    option = interpret_answer(instrument, item, button_answer or text)
    if option is None:
        return AnswerReading(dict(answers), understood=False)
    return AnswerReading({**answers, item.id: option}, understood=True)


def not_understood(instrument: Instrument) -> str:
    labels = " of ".join(f"'{option.label}'" for option in instrument.options)
    return f"Ik begreep uw antwoord niet goed. Kies {labels}. U mag ook 'stop' zeggen."


def deployment_instrument() -> Instrument:
    """The instrument this deployment chose (STEUNWIJZER_ASSESSMENT_INSTRUMENT)."""
    return load_instrument(load_settings().assessment_instrument)
