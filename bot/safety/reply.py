"""The first reply to a safety signal, in Dutch at taalniveau B1.

Order: acknowledge without judgement, give the right help for what was said (112 first when a life is
in danger now), the huisarts, then offer an urgent call from the steunpunt and say the assistant stays.
Overload gets a gentle question instead of crisis numbers.

Every number, opening time and web address comes from `knowledge/data/helplines.yml` through
`knowledge.helplines.get_verified_helpline`, which refuses numbers FACTS.md marks as unverified.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.safety.categories import SafetyCategory
from bot.safety.detector import SafetySignal
from knowledge.helplines import HelpLine, get_verified_helpline

EMERGENCY_ID = "alarm_112"
SUICIDE_PREVENTION_ID = "zelfmoordpreventie_113"
VEILIG_THUIS_ID = "veilig_thuis"
HUISARTS_ID = "huisarts"

# Until the steunpunt can be asked to call back from the chat (the handoff), "yes" leads to how to
# reach a person, and "not now" is a plain no.
URGENT_HANDOFF_PAYLOAD = "/request_human"
HIGH_HANDOFF_PAYLOAD = "/request_human"
CONTINUE_PAYLOAD = "/deny"
PERSON_OFFER_TEXT = "Wilt u met iemand van het steunpunt mantelzorg praten?"

STAY_TEXT = "Ik blijf hier. U kunt mij gewoon verder schrijven."

_ACKNOWLEDGEMENTS: dict[SafetyCategory, str] = {
    SafetyCategory.ACUTE_DANGER: "Dit klinkt ernstig. Goed dat u het meteen meldt.",
    SafetyCategory.SUICIDE: (
        "Wat fijn dat u dit vertelt. Het klinkt alsof het heel zwaar is. "
        "U hoeft dit niet alleen te dragen."
    ),
    SafetyCategory.VIOLENCE_BY_CAREGIVER: (
        "Wat goed dat u dit vertelt. Dat is moedig. "
        "Dit kan gebeuren als de zorg te zwaar wordt. U hoeft dit niet alleen op te lossen."
    ),
    SafetyCategory.VIOLENCE_AGAINST_CAREGIVER: (
        "Wat fijn dat u dit vertelt. Uw eigen veiligheid is ook belangrijk."
    ),
    SafetyCategory.ABUSE_OR_NEGLECT: (
        "Wat goed dat u dit vertelt. Het is begrijpelijk dat u zich zorgen maakt om uw naaste."
    ),
    SafetyCategory.OVERLOAD: (
        "Dank u dat u dit vertelt. Het klinkt alsof u heel veel draagt. "
        "Dat is zwaar, en u hoeft het niet alleen te doen."
    ),
}

_VEILIG_THUIS_FOR: dict[SafetyCategory, str] = {
    SafetyCategory.VIOLENCE_BY_CAREGIVER: (
        "{name} is er ook voor u. Ook als u bang bent dat u uw naaste pijn doet."
    ),
    SafetyCategory.VIOLENCE_AGAINST_CAREGIVER: (
        "U kunt daar ook terecht als u zelf wordt geslagen of bedreigd."
    ),
    SafetyCategory.ABUSE_OR_NEGLECT: (
        "U kunt daar ook terecht als u denkt dat uw naaste wordt mishandeld of verwaarloosd. "
        "Of als iemand misbruik maakt van het geld van uw naaste."
    ),
}


# Alike in shape only with the other small frozen records (a button, a message, a result).
@dataclass(frozen=True)
class ReplyButton:
    title: str
    payload: str


@dataclass(frozen=True)
class SafetyReply:
    """Messages in order; the buttons belong to the last message."""

    messages: tuple[str, ...]
    buttons: tuple[ReplyButton, ...]

    def to_rasa_messages(self) -> list[dict[str, Any]]:
        """The reply as `dispatcher.utter_message(**message)` keyword arguments."""
        result: list[dict[str, Any]] = [{"text": text} for text in self.messages]
        result[-1]["buttons"] = [
            {"title": button.title, "payload": button.payload} for button in self.buttons
        ]
        return result


def _phones(line: HelpLine) -> str:
    return " of ".join(line.phones)


def _how(line: HelpLine) -> str:
    qualities = [
        word for word, known in (("gratis", line.free), ("anoniem", line.anonymous)) if known
    ]
    return f"{' en '.join(qualities)} " if qualities else ""


def _when(line: HelpLine) -> str:
    return " Dat kan dag en nacht." if line.is_24_7 else ""


def _emergency_text(lead: bool) -> str:
    line = get_verified_helpline(EMERGENCY_ID)
    if lead:
        return f"Is iemands leven nu in gevaar? Bel dan meteen {_phones(line)}."
    return (
        "Is er nu direct gevaar voor uw leven of dat van een ander? "
        f"Bel dan meteen {_phones(line)}."
    )


def _suicide_prevention_text() -> str:
    line = get_verified_helpline(SUICIDE_PREVENTION_ID)
    text = f"Praat erover met {line.name}. Bel {_how(line)}{_phones(line)}.{_when(line)}"
    if line.chat:
        text += f" U kunt ook chatten op {line.chat}."
    return text


def _veilig_thuis_text(categories: tuple[SafetyCategory, ...]) -> str:
    line = get_verified_helpline(VEILIG_THUIS_ID)
    free = " Dat is gratis." if line.free else ""
    when = " U kunt dag en nacht bellen." if line.is_24_7 else ""
    parts = [f"Bel {line.name}: {_phones(line)}.{free}{when} Zij geven advies en denken met u mee."]
    parts.extend(
        _VEILIG_THUIS_FOR[category].format(name=line.name)
        for category in categories
        if category in _VEILIG_THUIS_FOR
    )
    return " ".join(parts)


def _huisarts_text() -> str:
    line = get_verified_helpline(HUISARTS_ID)
    how = line.how_to_reach or _phones(line)
    return f"Bel ook gerust {how}."


def _crisis_messages(signal: SafetySignal) -> list[str]:
    categories = signal.categories
    messages = [_ACKNOWLEDGEMENTS[signal.category]]
    emergency_given = False
    if SafetyCategory.ACUTE_DANGER in categories:
        messages.append(_emergency_text(lead=True))
        emergency_given = True
    if SafetyCategory.SUICIDE in categories:
        messages.append(_suicide_prevention_text())
    if any(category.is_violence for category in categories):
        messages.append(_veilig_thuis_text(categories))
    if not emergency_given:
        messages.append(_emergency_text(lead=False))
    messages.append(_huisarts_text())
    messages.append(f"{PERSON_OFFER_TEXT} {STAY_TEXT}")
    return messages


def build_safety_reply(signal: SafetySignal) -> SafetyReply:
    """The first reply to a safety signal: acknowledgement, help, urgent-call offer."""
    if not signal.is_crisis:
        return SafetyReply(
            messages=(
                _ACKNOWLEDGEMENTS[SafetyCategory.OVERLOAD],
                "Wilt u erover praten met een mantelzorgconsulent? Dat is iemand van het "
                "steunpunt mantelzorg die met u meedenkt. " + STAY_TEXT,
            ),
            buttons=(
                ReplyButton("Ja, graag", HIGH_HANDOFF_PAYLOAD),
                ReplyButton("Nu niet", CONTINUE_PAYLOAD),
            ),
        )
    return SafetyReply(
        messages=tuple(_crisis_messages(signal)),
        buttons=(
            ReplyButton("Ja, graag", URGENT_HANDOFF_PAYLOAD),
            ReplyButton("Nu niet", CONTINUE_PAYLOAD),
        ),
    )


def build_unclassified_crisis_reply() -> SafetyReply:
    """When the NLU model hears a crisis that the rules do not: every line that may be needed."""
    signal = SafetySignal(
        category=SafetyCategory.SUICIDE,
        urgency="acuut",
        signals=("model_only",),
        categories=(SafetyCategory.SUICIDE, SafetyCategory.VIOLENCE_BY_CAREGIVER),
    )
    return build_safety_reply(signal)
