"""The handoff in conversation, over REST against the running product: consent, contact details,
read-back, the aanmelding stored with its outbox and consent record, and the notice delivered."""

from __future__ import annotations

import json
import sqlite3
import time

from bot.settings import Settings
from tests.integration.product import rest_conversation_id, say, texts

STEUNPUNT = "Steunpunt Mantelzorg Zwolle (voorbeeld)"


def _handoffs(settings: Settings) -> list[tuple[str, str, dict]]:
    with sqlite3.connect(settings.var_dir / "app.db") as db:
        rows = db.execute("select reference, urgency, document from handoffs").fetchall()
    return [(reference, urgency, json.loads(document)) for reference, urgency, document in rows]


def _handoff(settings: Settings, reference: str) -> dict:
    found = [document for ref, _, document in _handoffs(settings) if ref == reference]
    assert len(found) == 1, reference
    return found[0]


def _reference(reply: str) -> str:
    start = reply.index("MZ-")
    return reply[start : start + 9]


def test_asking_for_a_person_mid_intake_ends_in_a_stored_and_delivered_aanmelding(
    product: Settings,
) -> None:
    sender = "handoff-complete"
    reply = texts(
        say(
            product,
            sender,
            "ik zorg voor mijn moeder met dementie, 20 uur per week. ik woon in zwolle",
        )
    )
    assert "Hoe lang zorgt u al?" in reply, reply

    reply = texts(say(product, sender, "ik wil iemand spreken"))
    assert STEUNPUNT in reply and "Vindt u dat goed?" in reply, reply

    reply = texts(say(product, sender, "/ask_why"))
    assert "krijgt" in reply and "Zegt u 'nee', dan geef ik niets door." in reply, reply

    reply = texts(say(product, sender, "ja, dat is goed"))
    assert "Hoe mag de consulent u noemen?" in reply, reply

    reply = texts(say(product, sender, "ik heet Ans"))
    assert "Hoe kan het steunpunt u bereiken?" in reply, reply

    reply = texts(say(product, sender, "06 1234"))
    assert "Een mobiel nummer begint met 06" in reply, reply

    reply = texts(say(product, sender, "0612345678"))
    assert "Wanneer bent u het best te bereiken?" in reply, reply

    reply = texts(say(product, sender, '/give_contact{"answer": "ochtend"}'))
    assert "Naam: Ans" in reply and "Telefoon: 06 12345678" in reply and "Klopt dit?" in reply

    reply = texts(say(product, sender, "nee het nummer is 0687654321"))
    assert "Telefoon: 06 87654321" in reply and "Klopt dit?" in reply, reply

    reply = texts(say(product, sender, "ja dat klopt"))
    assert "Het is geregeld." in reply and STEUNPUNT in reply, reply
    reference = _reference(reply)
    document = _handoff(product, reference)
    assert document["caregiver"]["name"] == "Ans"
    assert document["caregiver"]["contact"]["phone"] == "+31687654321"
    assert document["situation"]["relation"] == "ouder"
    assert document["consent"]["scope"] == ["contact", "situation", "assessment", "needs"]
    assert "vraagt zelf om contact met een persoon" in document["urgency"]["signals"]

    with sqlite3.connect(product.var_dir / "app.db") as db:
        consents = db.execute(
            "select purpose from consent_records where handoff_reference = ?", (reference,)
        ).fetchall()
    assert consents == [("handoff",)]

    # The worker delivers the notice to the local outbox folder: the reference, no personal data.
    deadline = time.monotonic() + 30
    notices: list = []
    while time.monotonic() < deadline and not notices:
        notices = [p for p in product.outbox_dir.glob("*.eml") if reference in p.read_text()]
        time.sleep(0.5)
    assert notices, "no notice e-mail for the aanmelding"
    notice = notices[0].read_text()
    assert "0687654321" not in notice and "Ans" not in notice and "dementie" not in notice

    reply = texts(say(product, sender, "ik wil iemand spreken"))
    assert "al aangemeld" in reply and reference in reply, reply

    reply = texts(say(product, sender, "verder"))
    assert "Hoe lang zorgt u al?" in reply, reply


def test_no_means_nothing_is_shared_and_the_conversation_goes_on(product: Settings) -> None:
    sender = "handoff-refused"
    before = len(_handoffs(product))
    reply = texts(say(product, sender, "kan iemand mij terugbellen"))
    assert "In welke gemeente woont u?" in reply, reply

    reply = texts(say(product, sender, "zwolle"))
    assert STEUNPUNT in reply, reply

    reply = texts(say(product, sender, "nee, liever niet"))
    assert "Ik geef niets door." in reply, reply
    assert len(_handoffs(product)) == before

    reply = texts(say(product, sender, "ik wil toch iemand spreken"))
    assert "Vindt u dat goed?" in reply, reply


def test_a_gemeente_without_a_steunpunt_is_told_honestly(product: Settings) -> None:
    sender = "handoff-no-steunpunt"
    say(product, sender, "ik wil een consulent spreken")
    reply = texts(say(product, sender, "amsterdam"))
    assert "geen steunpunt mantelzorg in mijn gegevens" in reply, reply
    assert "Amsterdam" in reply


def test_after_a_crisis_message_the_aanmelding_is_urgent(product: Settings) -> None:
    sender = "handoff-crisis"
    reply = texts(say(product, sender, "ik wil er niet meer zijn"))
    assert "113" in reply, reply

    reply = texts(say(product, sender, "/request_human"))
    assert "In welke gemeente woont u?" in reply, reply
    reply = texts(say(product, sender, "zwolle"))
    assert "Vindt u dat goed?" in reply, reply
    for answer in ("ja", "Kees", "kees@example.nl", "maakt niet uit"):
        say(product, sender, answer)
    reply = texts(say(product, sender, "ja"))
    assert "Het is geregeld." in reply and "dringend" in reply and "112" in reply, reply
    document = _handoff(product, _reference(reply))
    assert document["urgency"]["level"] == "acuut"
    assert document["caregiver"]["contact"]["email"] == "kees@example.nl"


def test_erasure_in_the_chat_withdraws_the_aanmelding_and_deletes_the_conversation(
    product: Settings,
) -> None:
    sender = "handoff-erased"
    say(product, "handoff-erased-neighbour", "hallo")
    say(product, sender, "ik zorg voor mijn partner met kanker en ik woon in zwolle")
    reply = texts(say(product, sender, "ik wil iemand spreken"))
    assert "Vindt u dat goed?" in reply, reply
    for answer in ("ja", "Gerda", "06-11223344", "maakt niet uit"):
        say(product, sender, answer)
    reply = texts(say(product, sender, "ja"))
    reference = _reference(reply)

    reply = texts(say(product, sender, "verwijder mijn gegevens"))
    assert "Dat kan ik niet terugdraaien." in reply, reply
    reply = texts(say(product, sender, "ja"))
    assert reference in reply, reply

    withdrawn = _handoff(product, reference)
    assert "caregiver" not in withdrawn and "situation" not in withdrawn
    assert "Gerda" not in json.dumps(withdrawn) and "11223344" not in json.dumps(withdrawn)
    with sqlite3.connect(product.var_dir / "app.db") as db:
        status = db.execute(
            "select status from handoffs where reference = ?", (reference,)
        ).fetchone()
        consents = db.execute(
            "select count(*) from consent_records where handoff_reference = ?", (reference,)
        ).fetchone()
    assert status == ("ingetrokken",) and consents == (0,)

    # The worker deletes the conversation from the tracker store once the turn is saved.
    deadline = time.monotonic() + 60
    remaining = None
    while time.monotonic() < deadline:
        with sqlite3.connect(product.var_dir / "tracker.db") as db:
            remaining = db.execute(
                "select count(*) from events where sender_id = ?", (rest_conversation_id(sender),)
            ).fetchone()[0]
        if remaining == 0:
            break
        time.sleep(1)
    assert remaining == 0
    with sqlite3.connect(product.var_dir / "tracker.db") as db:
        others = db.execute(
            "select count(*) from events where sender_id = ?",
            (rest_conversation_id("handoff-erased-neighbour"),),
        ).fetchone()[0]
    assert others > 0
