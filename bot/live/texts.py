"""What the caregiver is told about the live chat (Dutch, B1, "u"; the conversation turns these
into "je" for young caregivers)."""

from __future__ import annotations

CHAT_PAYLOAD = '/request_human{"answer": "live_chat"}'
CALLBACK_PAYLOAD = '/request_human{"answer": "live_callback"}'
CHAT_TITLE = "Nu chatten met een consulent"
CALLBACK_TITLE = "Laat mij terugbellen"
NO_THANKS_TITLE = "Nee, nu niet"
NO_THANKS_PAYLOAD = "/deny"


def choice_question(steunpunt_name: str) -> str:
    return (
        f"Er is nu iemand van {steunpunt_name} beschikbaar. U kunt meteen met een consulent "
        "chatten. Of u laat uw gegevens achter, dan belt het steunpunt u terug. Wat wilt u?"
    )


def choice_buttons() -> tuple[tuple[str, str], ...]:
    return ((CHAT_TITLE, CHAT_PAYLOAD), (CALLBACK_TITLE, CALLBACK_PAYLOAD))


def not_available(steunpunt_name: str, hours: str, open_now: bool) -> str:
    if open_now:
        return (
            f"Er is op dit moment geen consulent van {steunpunt_name} vrij om te chatten. "
            "Ik kan wel een aanmelding maken. Dan belt het steunpunt u terug."
        )
    return (
        f"{steunpunt_name} is nu gesloten. U kunt chatten met een consulent op: {hours}. "
        "Ik kan wel een aanmelding maken. Dan belt het steunpunt u terug."
    )


def live_consent_question(steunpunt_name: str) -> str:
    return (
        f"Een consulent van {steunpunt_name} komt dan in dit gesprek. De consulent ziet wat u mij "
        "vertelde: uw situatie, uw antwoorden op de vragen en waar u hulp bij wilt. En wat u "
        "vanaf nu schrijft. Vindt u dat goed?"
    )


def waiting_text() -> str:
    return (
        "Ik zoek een consulent voor u. Dat duurt meestal een paar minuten. U kunt alvast "
        "schrijven wat u wilt vertellen."
    )


def taken_text(consultant: str, steunpunt_name: str) -> str:
    return f"{consultant} van {steunpunt_name} is er nu. U praat nu met een mens."


def ended_text(consultant: str) -> str:
    return (
        f"{consultant} heeft het gesprek afgesloten. Bedankt voor het gesprek. "
        "U kunt mij altijd weer iets vragen."
    )


def handed_back_text(consultant: str) -> str:
    return f"{consultant} is uit het gesprek. U praat nu weer met de digitale assistent."


def aanmelding_text(consultant: str) -> str:
    return (
        f"{consultant} maakt een aanmelding voor u, zodat het steunpunt u terugbelt. Wat u "
        "vertelde en dit gesprek gaan mee. Ik heb alleen nog uw naam en telefoonnummer of "
        "e-mailadres nodig. Druk op de knop om verder te gaan."
    )


def aanmelding_buttons() -> tuple[tuple[str, str], ...]:
    return ((CALLBACK_TITLE, CALLBACK_PAYLOAD),)


def timeout_text() -> str:
    return (
        "Het lukt nu niet om een consulent te vinden. Sorry dat u moest wachten. Wat u schreef, "
        "bewaar ik. Wilt u dat het steunpunt u terugbelt?"
    )


def timeout_buttons() -> tuple[tuple[str, str], ...]:
    return ((CALLBACK_TITLE, CALLBACK_PAYLOAD), (NO_THANKS_TITLE, NO_THANKS_PAYLOAD))


def after_no_callback() -> str:
    return "Dat is goed. U kunt mij altijd weer iets vragen."
