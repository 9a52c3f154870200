"""Only Meta and Twilio can post to the webhooks: their signatures, valid, forged and missing."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlencode

import pytest
from twilio.request_validator import RequestValidator

from bot.channels.signatures import (
    meta_signature,
    meta_signature_valid,
    twilio_signature_valid,
)

SECRET = "app-secret-for-tests"
BODY = json.dumps(
    {"tekst": "Ik zorg voor mijn moeder, ze heeft dementie 😔"}, ensure_ascii=False
).encode()


def test_meta_signature_of_the_raw_body_is_accepted() -> None:
    assert meta_signature_valid(BODY, meta_signature(BODY, SECRET), SECRET)


def test_meta_header_in_capitals_is_accepted() -> None:
    assert meta_signature_valid(
        BODY, meta_signature(BODY, SECRET).upper().replace("SHA256", "sha256"), SECRET
    )


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "sha256=",
        "sha256=" + "0" * 64,
        meta_signature(BODY, "another-secret"),
        meta_signature(BODY, SECRET).removeprefix("sha256="),
        meta_signature(BODY, SECRET).replace("sha256=", "sha1="),
        meta_signature(json.dumps(json.loads(BODY)).encode(), SECRET),  # re-serialised: \ud83d...
    ],
)
def test_forged_or_missing_meta_signatures_are_refused(header: str | None) -> None:
    assert not meta_signature_valid(BODY, header, SECRET)


def test_a_changed_body_breaks_the_meta_signature() -> None:
    header = meta_signature(BODY, SECRET)

    assert not meta_signature_valid(BODY.replace(b"moeder", b"vader"), header, SECRET)


def test_without_an_app_secret_nothing_is_valid() -> None:
    assert not meta_signature_valid(BODY, meta_signature(BODY, ""), "")


TOKEN = "twilio-token-for-tests"
URL = "https://chat.gemeente-voorbeeld.nl/webhooks/twilio_whatsapp/webhook"
PARAMS = {
    "MessageSid": "SM" + "b" * 32,
    "From": "whatsapp:+31612345678",
    "To": "whatsapp:+3185000000",
    "Body": "Hoi, ik ben mantelzorger & moe",
    "NumMedia": "0",
    "MediaUrl0": "",
}


def _form(params: dict[str, str]) -> dict[str, list[str]]:
    return parse_qs(urlencode(params), keep_blank_values=True)


def test_twilio_signature_made_by_twilio_is_accepted() -> None:
    signature = RequestValidator(TOKEN).compute_signature(URL, PARAMS)

    assert twilio_signature_valid(URL, _form(PARAMS), signature, TOKEN)


def test_twilio_signature_over_the_url_with_port_is_accepted() -> None:
    signature = RequestValidator(TOKEN).compute_signature(URL.replace(".nl/", ".nl:443/"), PARAMS)

    assert twilio_signature_valid(URL, _form(PARAMS), signature, TOKEN)


@pytest.mark.parametrize(
    ("url", "params", "token"),
    [
        (URL, {**PARAMS, "Body": "iets anders"}, TOKEN),  # body changed
        (URL, {**PARAMS, "From": "whatsapp:+31699999999"}, TOKEN),  # sender changed
        ("http://127.0.0.1:5005/webhooks/twilio_whatsapp/webhook", PARAMS, TOKEN),  # wrong URL
        (URL, PARAMS, "another-token"),
    ],
)
def test_forged_twilio_signatures_are_refused(url: str, params: dict, token: str) -> None:
    signature = RequestValidator(token).compute_signature(url, params)

    assert not twilio_signature_valid(URL, _form(PARAMS), signature, TOKEN)


@pytest.mark.parametrize("header", [None, "", "abc="])
def test_missing_twilio_signatures_are_refused(header: str | None) -> None:
    assert not twilio_signature_valid(URL, _form(PARAMS), header, TOKEN)


def test_blank_fields_count_in_the_twilio_signature() -> None:
    signature = RequestValidator(TOKEN).compute_signature(URL, PARAMS)
    without_blank = {k: v for k, v in PARAMS.items() if v}

    assert not twilio_signature_valid(URL, _form(without_blank), signature, TOKEN)
