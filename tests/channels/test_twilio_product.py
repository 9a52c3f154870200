"""WhatsApp through Twilio against the running product and a fake Twilio API, with signatures made by
the twilio library: forged calls, repeats, media, a failing API, and a complete intake in numbers."""

from __future__ import annotations

import time

import pytest
from twilio.request_validator import RequestValidator

from bot.settings import Settings
from tests.channels.conftest import TWILIO_PUBLIC_URL
from tests.channels.conversation import (
    TwilioCaregiver,
    bot_events,
    shown_text,
    slots,
    timing,
    user_events,
)
from tests.channels.fakes import FakeTwilioApi

STORY = (
    "hoi ik zorg al drie jaar voor mijn moeder met dementie, zo'n 20 uur per week "
    "naast mijn werk. ik woon in zwolle"
)
QUIET_S = 3.0


@pytest.fixture
def caregiver_for(whatsapp_product: Settings, twilio_api: FakeTwilioApi):
    def make(number: str) -> TwilioCaregiver:
        return TwilioCaregiver(
            whatsapp_product,
            twilio_api,
            number,
            public_url=TWILIO_PUBLIC_URL,
            auth_token=twilio_api.auth_token,
        )

    return make


def test_a_signature_over_the_loopback_url_is_refused(
    whatsapp_product: Settings, caregiver_for
) -> None:
    # Signed for the URL the server sees, not the public one Twilio calls: a replayed or forged
    # request. The server checks against STEUNWIJZER_TWILIO_WEBHOOK_URL.
    caregiver = caregiver_for("31630000000")
    caregiver.public_url = (
        f"http://127.0.0.1:{whatsapp_product.rasa_port}/webhooks/twilio_whatsapp/webhook"
    )

    assert caregiver.post("hallo").status_code == 403


@pytest.mark.parametrize(
    ("signature", "status"), [(None, 401), ("bm90IGEgc2lnbmF0dXJl", 403), ("", 401)]
)
def test_unsigned_or_forged_calls_are_refused_and_nothing_is_sent(
    whatsapp_product: Settings, caregiver_for, signature: str | None, status: int
) -> None:
    caregiver = caregiver_for(f"316300001{status}{len(signature or '')}")

    response = caregiver.post(caregiver.form("ik kan niet meer"), signature=signature)

    assert response.status_code == status
    time.sleep(QUIET_S)
    assert caregiver.received() == []
    assert user_events(whatsapp_product, caregiver.sender) == 0


def test_a_changed_form_breaks_the_signature(whatsapp_product: Settings, caregiver_for) -> None:
    caregiver = caregiver_for("31630000002")
    form = caregiver.form("hallo")
    signature = RequestValidator(caregiver.auth_token).compute_signature(TWILIO_PUBLIC_URL, form)

    response = caregiver.post({**form, "Body": "iets anders"}, signature=signature)

    assert response.status_code == 403


def test_the_same_webhook_three_times_gets_one_reply(
    whatsapp_product: Settings, caregiver_for, twilio_api: FakeTwilioApi
) -> None:
    caregiver = caregiver_for("31630000003")
    form = caregiver.form("hallo")

    statuses = [caregiver.post(form).status_code for _ in range(3)]

    assert statuses == [200, 200, 200]
    twilio_api.wait_for(lambda _: bool(caregiver.received()))
    time.sleep(QUIET_S)
    assert user_events(whatsapp_product, caregiver.sender) == 1
    assert len(caregiver.received()) == bot_events(whatsapp_product, caregiver.sender) >= 1


def test_a_voice_message_gets_the_friendly_reply(whatsapp_product: Settings, caregiver_for) -> None:
    caregiver = caregiver_for("31630000004")
    form = caregiver.form(
        "",
        NumMedia="1",
        MediaContentType0="audio/ogg",
        MediaUrl0="https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM/Media/ME",
    )

    [reply] = caregiver.send(form, shown="(spraakbericht)", until="alleen tekst")

    assert "Wilt u uw bericht typen?" in shown_text(reply)
    assert user_events(whatsapp_product, caregiver.sender) == 0


def test_a_500_from_twilio_is_retried_and_delivered_once(
    whatsapp_product: Settings, caregiver_for, twilio_api: FakeTwilioApi
) -> None:
    caregiver = caregiver_for("31630000005")
    twilio_api.fail_next(500)

    caregiver.send(caregiver.form("hallo"), shown="hallo", until="")
    time.sleep(QUIET_S)

    to_caregiver = [c for c in twilio_api.calls if c.body.get("To") == caregiver.sender]
    assert [c.status for c in to_caregiver[:2]] == [500, 201]
    assert to_caregiver[0].body == to_caregiver[1].body
    delivered = caregiver.received()
    assert len(delivered) == bot_events(whatsapp_product, caregiver.sender)
    assert len({str(m) for m in delivered}) == len(delivered)


def test_a_complete_intake_over_twilio_in_numbers(
    whatsapp_product: Settings, caregiver_for
) -> None:
    caregiver = caregiver_for("31687654321")

    replies = caregiver.send(caregiver.form(STORY), shown=STORY, until="Woont u samen")
    assert shown_text(replies[-1]).endswith("1. Ja\n2. Nee\n\nTyp het nummer of het antwoord.")

    replies = caregiver.send(caregiver.form("2"), shown="2", until="Hoe oud bent u?")
    assert "3. 25 tot 65" in shown_text(replies[-1])

    caregiver.send(caregiver.form("3"), shown="3", until="In welke gemeente woont uw naaste?")

    replies = caregiver.send(caregiver.form("kampen"), shown="kampen", until="Dit heb ik begrepen:")
    summary = "\n".join(shown_text(m) for m in replies)
    assert "uw moeder (dementie)" in summary
    assert "Uw naaste woont in de gemeente Kampen" in summary
    assert "1. Ja, dat klopt" in summary

    replies = caregiver.send(caregiver.form("1"), shown="1", until="13 korte vragen")
    assert "1. Ja, doe maar\n2. Nu niet" in shown_text(replies[-1])

    facts = slots(whatsapp_product, caregiver.sender)
    assert facts["lives_with_care_recipient"] is False
    assert facts["age_group"] == "25-64"
    assert facts["care_recipient_gemeente"] == "GM0166"
    assert all(len(shown_text(m)) <= 1600 for m in caregiver.received())
    (whatsapp_product.var_dir / "twilio-conversation.txt").write_text(
        "\n".join([*caregiver.transcript, timing(caregiver.answer_times_s)]), encoding="utf-8"
    )
