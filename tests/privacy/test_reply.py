"""What the chat says after "verwijder mijn gegevens"."""

from __future__ import annotations

import re

import pytest

from bot.privacy.erasure import ErasureResult, HeldHandoff, erasure_reply
from knowledge.offer import Contact, Steunpunt
from tests.handoff.conftest import make_steunpunt

ZWOLLE = make_steunpunt()
HELD = HeldHandoff("MZ-7K3Q9P", ZWOLLE.id)


def _reply(result: ErasureResult, steunpunt: Steunpunt | None = ZWOLLE) -> str:
    return erasure_reply(result, lambda steunpunt_id: steunpunt)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text) if s]


def test_without_an_aanmelding_the_conversation_is_deleted_and_said_so() -> None:
    text = _reply(ErasureResult())

    assert "Ik verwijder dit gesprek" in text
    assert "MZ-" not in text and "steunpunt" not in text.lower()


def test_a_withdrawn_aanmelding_is_named_with_its_reference() -> None:
    text = _reply(ErasureResult(withdrawn=("MZ-7K3Q9P",)))

    assert "Uw aanmelding MZ-7K3Q9P is ingetrokken." in text
    assert "contact op" not in text


def test_a_claimed_aanmelding_tells_how_to_ask_the_steunpunt() -> None:
    text = _reply(ErasureResult(claimed=(HELD,)))

    assert (
        "Uw aanmelding MZ-7K3Q9P is al bij Steunpunt Mantelzorg Zwolle (voorbeeld). "
        "Wilt u die ook laten verwijderen? Neem dan contact op met het steunpunt." in text
    )
    assert "bellen met 038-1234567 of mailen naar steunpunt@zwolle.example.org" in text
    assert "Noem dan uw nummer MZ-7K3Q9P." in text


def test_a_copy_sent_by_webhook_is_told_as_well() -> None:
    text = _reply(ErasureResult(withdrawn=("MZ-7K3Q9P",), copy_at_steunpunt=(HELD,)))

    assert "Uw aanmelding MZ-7K3Q9P is ingetrokken." in text
    assert "Steunpunt Mantelzorg Zwolle (voorbeeld) had die aanmelding al" in text
    assert "mailen naar steunpunt@zwolle.example.org" in text


@pytest.mark.parametrize(
    ("steunpunt", "expected", "absent"),
    [
        (
            make_steunpunt(contact=Contact(email="steunpunt@zwolle.example.org")),
            "U kunt mailen naar steunpunt@zwolle.example.org.",
            "bellen",
        ),
        (
            make_steunpunt(contact=Contact(phone="038-1234567")),
            "U kunt bellen met 038-1234567.",
            "mailen",
        ),
        (
            make_steunpunt(contact=Contact(website="https://zwolle.example.org/mantelzorg")),
            "Kijk op https://zwolle.example.org/mantelzorg.",
            "U kunt",
        ),
        (
            make_steunpunt(contact=Contact()),
            "zoek op 'mantelzorg'",
            "U kunt",
        ),
        (None, "Uw aanmelding MZ-7K3Q9P is al bij het steunpunt mantelzorg.", "U kunt"),
    ],
    ids=["e-mail", "phone", "website", "no-contact", "steunpunt-gone"],
)
def test_the_contact_comes_from_the_knowledge_base_and_nothing_is_made_up(
    steunpunt: Steunpunt | None, expected: str, absent: str
) -> None:
    text = _reply(ErasureResult(claimed=(HELD,)), steunpunt)

    assert expected in text
    assert absent not in text
    assert "Noem dan uw nummer MZ-7K3Q9P." in text


def test_the_answer_uses_short_sentences() -> None:
    text = _reply(
        ErasureResult(
            withdrawn=("MZ-7K3Q9P",),
            claimed=(HeldHandoff("MZ-AB12CD", ZWOLLE.id),),
            copy_at_steunpunt=(HELD,),
        )
    )

    for sentence in _sentences(text):
        assert len(sentence.split()) <= 16, sentence
