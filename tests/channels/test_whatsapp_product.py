"""WhatsApp Cloud API against the running product and a fake Graph API: verification, signatures,
repeated deliveries, media, a failing API, and a complete intake with buttons and a list."""

from __future__ import annotations

import statistics
import time

import httpx
import pytest

from bot.settings import Settings
from tests.channels.conftest import APP_SECRET, VERIFY_TOKEN
from tests.channels.conversation import (
    CloudCaregiver,
    bot_events,
    choices,
    cloud_webhook,
    shown_text,
    slots,
    tapped,
    text,
    timing,
    user_events,
)
from tests.channels.fakes import FakeGraphApi

STORY = (
    "hoi ik zorg al drie jaar voor mijn moeder met dementie, zo'n 20 uur per week "
    "naast mijn werk. ik woon in zwolle"
)
QUIET_S = 3.0


@pytest.fixture
def caregiver_for(whatsapp_product: Settings, graph_api: FakeGraphApi):
    def make(number: str) -> CloudCaregiver:
        return CloudCaregiver(whatsapp_product, graph_api, number, app_secret=APP_SECRET)

    return make


def _url(settings: Settings) -> str:
    return f"http://127.0.0.1:{settings.rasa_port}/webhooks/whatsapp/webhook"


def test_meta_verification_echoes_the_challenge_only_with_our_token(
    whatsapp_product: Settings,
) -> None:
    params = {
        "hub.mode": "subscribe",
        "hub.verify_token": VERIFY_TOKEN,
        "hub.challenge": "1158201444",
    }

    good = httpx.get(_url(whatsapp_product), params=params)
    bad = httpx.get(_url(whatsapp_product), params={**params, "hub.verify_token": "raden"})

    assert (good.status_code, good.text) == (200, "1158201444")
    assert bad.status_code == 403 and "1158201444" not in bad.text


@pytest.mark.parametrize(
    ("signature", "status"),
    [(None, 401), ("sha256=" + "0" * 64, 403), ("sha256=forged", 403)],
)
def test_unsigned_or_forged_calls_are_refused_and_nothing_is_sent(
    whatsapp_product: Settings, caregiver_for, signature: str | None, status: int
) -> None:
    caregiver = caregiver_for(f"3161000{status}{len(signature or '')}")

    response = caregiver.post(text("ik kan niet meer"), signature=signature)

    assert response.status_code == status
    time.sleep(QUIET_S)
    assert caregiver.received() == []
    assert user_events(whatsapp_product, caregiver.sender) == 0


def test_the_same_webhook_three_times_gets_one_reply(
    whatsapp_product: Settings, caregiver_for, graph_api: FakeGraphApi
) -> None:
    caregiver = caregiver_for("31620000001")
    body = cloud_webhook(graph_api.phone_number_id, caregiver.number, text("hallo"))

    statuses = [caregiver.post(body).status_code for _ in range(3)]

    assert statuses == [200, 200, 200]
    graph_api.wait_for(lambda _: bool(caregiver.received()))
    time.sleep(QUIET_S)
    assert user_events(whatsapp_product, caregiver.sender) == 1
    assert len(caregiver.received()) == bot_events(whatsapp_product, caregiver.sender) >= 1


def test_a_picture_gets_the_friendly_reply(whatsapp_product: Settings, caregiver_for) -> None:
    caregiver = caregiver_for("31620000002")

    [reply] = caregiver.send(
        {"type": "image", "image": {"id": "1479537139650973", "mime_type": "image/jpeg"}},
        shown="(foto)",
        until="alleen tekst",
    )

    assert "Wilt u uw bericht typen?" in shown_text(reply)
    assert user_events(whatsapp_product, caregiver.sender) == 0


def test_a_500_from_the_graph_api_is_retried_and_delivered_once(
    whatsapp_product: Settings, caregiver_for, graph_api: FakeGraphApi
) -> None:
    caregiver = caregiver_for("31620000003")
    graph_api.fail_next(500)

    caregiver.send(text("hallo"), shown="hallo", until="")
    time.sleep(QUIET_S)

    to_caregiver = [call for call in graph_api.calls if call.body.get("to") == caregiver.number]
    assert to_caregiver[0].status == 500
    assert to_caregiver[1].status == 200 and to_caregiver[1].body == to_caregiver[0].body
    assert graph_api.pending_failures() == 0
    delivered = caregiver.received()
    assert len(delivered) == bot_events(whatsapp_product, caregiver.sender)
    assert len({str(m) for m in delivered}) == len(delivered)


def test_a_complete_intake_over_whatsapp(whatsapp_product: Settings, caregiver_for) -> None:
    caregiver = caregiver_for("31612345678")

    replies = caregiver.send(text(STORY), shown=STORY, until="Woont u samen")
    question = replies[-1]
    assert question["interactive"]["type"] == "button"
    assert choices(question) == [("/affirm", "Ja"), ("/deny", "Nee")]

    replies = caregiver.send(
        tapped("button_reply", "/deny", "Nee"), shown="[tikt] Nee", until="Hoe oud bent u?"
    )
    age = replies[-1]
    assert age["interactive"]["type"] == "list"
    rows = dict((title, row_id) for row_id, title in choices(age))
    assert list(rows) == [
        "Jonger dan 18",
        "18 tot 25",
        "25 tot 65",
        "65 tot 75",
        "75 of ouder",
        "Zeg ik liever niet",
    ]

    caregiver.send(
        tapped("list_reply", rows["25 tot 65"], "25 tot 65"),
        shown="[kiest uit lijst] 25 tot 65",
        until="In welke gemeente woont uw naaste?",
    )

    replies = caregiver.send(text("kampen"), shown="kampen", until="Dit heb ik begrepen:")
    summary = "\n".join(shown_text(m) for m in replies)
    assert "uw moeder (dementie)" in summary
    assert "ongeveer 20 uur per week" in summary
    assert "de gemeente Zwolle" in summary
    assert "Uw naaste woont in de gemeente Kampen" in summary
    assert [title for _, title in choices(replies[-1])] == ["Ja, dat klopt", "Nee, iets klopt niet"]

    replies = caregiver.send(
        tapped("button_reply", "/affirm", "Ja, dat klopt"),
        shown="[tikt] Ja, dat klopt",
        until="13 korte vragen",
    )
    offer = replies[-1]
    assert "Wilt u de vragen nu doen?" in shown_text(offer)
    assert choices(offer) == [("/start_assessment", "Ja, doe maar"), ("/deny", "Nu niet")]

    facts = slots(whatsapp_product, caregiver.sender)
    assert facts["relation"] == "ouder"
    assert facts["lives_with_care_recipient"] is False
    assert facts["age_group"] == "25-64"
    assert facts["gemeente"] == "GM0193"
    assert facts["care_recipient_gemeente"] == "GM0166"
    # Meta wants a median under 250 ms; the webhook answers before the work, so even on a busy
    # test machine it stays well under a second.
    assert statistics.median(caregiver.answer_times_s) < 1.0, caregiver.answer_times_s
    (whatsapp_product.var_dir / "whatsapp-conversation.txt").write_text(
        "\n".join([*caregiver.transcript, timing(caregiver.answer_times_s)]), encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("number", "body", "expected"),
    [
        ("31620000011", "🙂🙂🙏", ""),
        ("31620000012", "<script>alert(1)</script>", ""),
        ("31620000013", "zorg " * 1500, ""),
        ("31620000014", "I need help with my mother", "I only understand Dutch."),
        ("31620000015", "hallo\x00\x07\u202e", "Hallo"),
    ],
)
def test_bad_input_over_whatsapp_gets_a_dutch_text_answer(
    whatsapp_product: Settings, caregiver_for, number: str, body: str, expected: str
) -> None:
    caregiver = caregiver_for(number)
    replies = caregiver.send(text(body), shown=body[:40], until=expected)
    shown = " ".join(shown_text(reply) for reply in replies)
    assert shown.strip() and "Traceback" not in shown and "<script" not in shown


def test_the_two_safety_tiers_over_whatsapp(whatsapp_product: Settings, caregiver_for) -> None:
    clear = caregiver_for("31610000021")
    replies = clear.send(text("ik wil er niet meer zijn"), shown="crisis", until="Ik blijf hier")
    full = "\n".join(shown_text(m) for m in replies)
    assert "113" in full and "0800-0113" in full and "112" in full

    veiled = caregiver_for("31610000022")
    replies = veiled.send(
        text("het hoeft voor mij allemaal niet meer. hoe vraag ik zorgverlof aan?"),
        shown="veiled",
        until="Denkt u aan zelfdoding",
    )
    check = replies[-1]
    assert "113" in shown_text(check) and "112" in shown_text(check)
    assert [title for _, title in choices(check)] == ["Ja", "Nee, bedoel ik niet"]

    replies = veiled.send(
        tapped("button_reply", "/deny", "Nee, bedoel ik niet"),
        shown="[tikt] Nee, bedoel ik niet",
        until="werkgever",
    )
    answer = "\n".join(shown_text(m) for m in replies).lower()
    assert "zorgverlof" in answer and "113" not in answer
