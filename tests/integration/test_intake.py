"""A complete intake over the REST channel: free-text story, burden check, triage."""

from __future__ import annotations

import json
import re
import sqlite3

from bot.assessment.instruments import load_instrument
from bot.settings import Settings
from tests.integration.product import rest_conversation_id, say, texts

STORY = (
    "hoi ik zorg al drie jaar voor mijn moeder met dementie, zo'n 20 uur per week "
    "naast mijn werk. ik woon in zwolle"
)


def _slots(settings: Settings, sender: str) -> dict:
    with sqlite3.connect(settings.var_dir / "tracker.db") as db:
        rows = db.execute(
            "select data from events where sender_id = ? and type_name = 'slot' order by id",
            (rest_conversation_id(sender),),
        ).fetchall()
    slots: dict = {}
    for (data,) in rows:
        event = json.loads(data)
        slots[event["name"]] = event["value"]
    return slots


def test_from_story_to_burden_check_to_triage(product: Settings) -> None:
    sender = "intake-complete"
    csi = load_instrument("csi")

    reply = texts(say(product, sender, STORY))
    assert "Woont u samen" in reply, reply

    reply = texts(say(product, sender, "nee"))
    assert "Hoe oud bent u?" in reply, reply

    reply = texts(say(product, sender, "52"))
    assert "In welke gemeente woont uw naaste?" in reply, reply

    reply = texts(say(product, sender, "kampen"))
    assert "Dit heb ik begrepen:" in reply, reply
    assert "uw moeder (dementie)" in reply
    assert "ongeveer 20 uur per week" in reply
    assert "de gemeente Zwolle" in reply
    assert "Uw naaste woont in de gemeente Kampen" in reply

    reply = texts(say(product, sender, "ja dat klopt"))
    assert "13 korte vragen" in reply, reply

    reply = texts(say(product, sender, "ja doe maar"))
    assert "Vraag 1 van 13:" in reply, reply
    assert csi.items[0].text in reply

    reply = texts(say(product, sender, "soms"))
    assert "telt alleen ja of nee" in reply, reply
    assert "Vraag 1 van 13:" in reply

    reply = texts(say(product, sender, "waarom vraag je dat"))
    assert "hoe zwaar de zorg voor u is" in reply, reply
    assert "Vraag 1 van 13:" in reply

    answers = ["ja hoor", "ja", "jazeker", "nee", "ja", "ja", "nee hoor", "ja", "ja", "nee", "ja"]
    for number, answer in enumerate(answers, start=1):
        reply = texts(say(product, sender, answer))
        assert f"Vraag {number + 1} van 13:" in reply, (answer, reply)
    reply = texts(say(product, sender, '/tell_situation{"answer": "nee"}'))
    assert "Vraag 13 van 13:" in reply, reply

    reply = texts(say(product, sender, "ja"))
    assert "Wat zou u nu het meest helpen?" in reply, reply

    reply = texts(say(product, sender, "even vrij zijn en hulp bij het huishouden"))
    assert "consulent van Steunpunt Mantelzorg Zwolle" in reply, reply
    assert reply.rstrip().endswith("Dat is gratis."), reply
    # The two needs asked, a third offer, one more card because she works (the leave) and one
    # because she said yes to "We leven onder financiële druk" (money).
    assert reply.count("Eerste stap:") == 5, reply
    assert "zorgverlof" in reply.lower() or "calamiteitenverlof" in reply.lower(), reply
    assert "Belastingaftrek" in reply or "waardering" in reply.lower(), reply
    assert "Dit is een voorbeeld." in reply, reply

    more = texts(say(product, sender, "/more_offers"))
    assert "Er is ook nog dit:" in more, more

    slots = _slots(product, sender)
    assert slots["relation"] == "ouder"
    assert slots["hours_per_week"] == 20.0
    assert slots["duration_months"] == 36.0
    assert slots["lives_with_care_recipient"] is False
    assert slots["age_group"] == "25-64"
    assert slots["gemeente"] == "GM0193"
    assert slots["care_recipient_gemeente"] == "GM0166"
    result = slots["assessment_result"]
    assert (result["completed"], result["score"], result["level"]) == (True, 9, "hoog")
    assert {n["category"] for n in slots["needs"]} >= {"even_vrij", "praktische_hulp"}
    assert slots["triage_outcome"]["offer_handoff"] is True
    assert slots["triage_outcome"]["urgency"] == "hoog"
    suggested = [offer["id"] for offer in slots["offers_suggested"]]
    assert len(suggested) == len(set(suggested)) >= 4
    assert all(offer["name"] in reply + more for offer in slots["offers_suggested"])


def test_a_young_caregiver_is_addressed_with_je(product: Settings) -> None:
    sender = "intake-young"

    reply = texts(say(product, sender, "ik ben 16 en ik help elke dag na school mijn moeder"))

    assert " je" in reply.lower() or "jij" in reply.lower(), reply
    assert not re.search(r"\b(u|uw)\b", reply.lower()), reply


def test_stopping_and_coming_back(product: Settings) -> None:
    sender = "intake-pause"
    say(product, sender, "ik zorg voor mijn man")

    reply = texts(say(product, sender, "ik moet even weg"))
    assert 'zeg dan "verder"' in reply, reply

    reply = texts(say(product, sender, "ik ben er weer"))
    assert "We gaan verder" in reply, reply
    assert "Hoeveel uur per week" in reply, reply


def test_asking_for_a_kind_of_help_is_noted_for_the_steunpunt(product: Settings) -> None:
    sender = "intake-ask-help"

    reply = texts(say(product, sender, "ik zoek iemand die de zorg een dagje overneemt"))

    assert "Eerste stap:" in reply, reply
    assert "vertel" in reply.lower(), reply
    assert [n["category"] for n in _slots(product, sender)["needs"]] == ["even_vrij"]
