from __future__ import annotations

import pytest

from bot.handoff.contact import (
    has_unknown_phone_number,
    is_valid_email,
    parse_email,
    parse_phone,
    suggest_domain,
    unknown_phone_number_as_written,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06-12345678", "+31612345678"),
        ("0612345678", "+31612345678"),
        ("06 12345678", "+31612345678"),
        ("06 1234 5678", "+31612345678"),
        ("06 12 34 56 78", "+31612345678"),
        ("06.12.34.56.78", "+31612345678"),
        ("+31 6 12345678", "+31612345678"),
        ("+31612345678", "+31612345678"),
        ("+31 (0)6 1234 5678", "+31612345678"),
        ("+31 06 12345678", "+31612345678"),
        ("0031 6 12345678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("020-1234567", "+31201234567"),
        ("020 123 45 67", "+31201234567"),
        ("(020) 1234567", "+31201234567"),
        ("010-1234567", "+31101234567"),
        ("0111-123456", "+31111123456"),
        ("038 - 123 45 67", "+31381234567"),
        ("085-1234567", "+31851234567"),
        ("Mijn nummer is 06-12345678, bel maar na drie uur", "+31612345678"),
        ("bel me op 0612345678.", "+31612345678"),
        ("mobiel: +31 6 1234 5678 (liefst whatsapp)", "+31612345678"),
        ("Je kan me bellen op 06 - 12 34 56 78", "+31612345678"),
        ("+32 470 12 34 56", "+32470123456"),
        ("+49 171 1234567", "+491711234567"),
        ("0032 470 12 34 56", "+32470123456"),
    ],
)
def test_dutch_phone_numbers_become_plus_31(text: str, expected: str) -> None:
    assert parse_phone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "nee, liever niet",
        "ik zorg 20 uur per week sinds 2019",
        "06-1234567",  # one digit short
        "06-123456789",  # one digit too many
        "612345678",  # no 0 and no country code
        "0800-0113",  # a service number, not the caregiver's own
        "0900-1234567",
        "24-11-2026",
        "1234 AB",
        "+31 6 1234",
        "+31 0 12345678",
        "+1 234",
        "postcode 8011AB huisnummer 12",
    ],
)
def test_no_phone_number_is_guessed(text: str) -> None:
    assert parse_phone(text) is None


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("fatima@gmail.com", "fatima@gmail.com"),
        ("Mijn mail is Jan.Jansen@Ziggo.NL.", "Jan.Jansen@ziggo.nl"),
        ("jan @ kpnmail.nl", "jan@kpnmail.nl"),
        (
            "mail: a.de-vries+zorg@gemeente-voorbeeld.nl graag",
            "a.de-vries+zorg@gemeente-voorbeeld.nl",
        ),
        ("p.jansen@hotmail.nl", "p.jansen@hotmail.nl"),
        ("info@xs4all.nl", "info@xs4all.nl"),
        ("o'brien@outlook.com", "o'brien@outlook.com"),
    ],
)
def test_valid_email_addresses_are_taken_as_typed(text: str, address: str) -> None:
    check = parse_email(text)

    assert check is not None
    assert check.address == address
    assert check.valid
    assert check.suggestion is None


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("fatima@gmial.com", "fatima@gmail.com"),
        ("fatima@gmai.com", "fatima@gmail.com"),
        ("fatima@gamil.com", "fatima@gmail.com"),
        ("fatima@gnail.com", "fatima@gmail.com"),
        ("fatima@gmail.con", "fatima@gmail.com"),
        ("fatima@gmail.co", "fatima@gmail.com"),
        ("piet@hotmial.com", "piet@hotmail.com"),
        ("piet@hotmal.nl", "piet@hotmail.nl"),
        ("piet@hotmail.cm", "piet@hotmail.com"),
        ("piet@outlok.com", "piet@outlook.com"),
        ("piet@ziggo.nll", "piet@ziggo.nl"),
        ("piet@zigo.nl", "piet@ziggo.nl"),
        ("piet@kpnmial.nl", "piet@kpnmail.nl"),
        ("piet@icloud.cmo", "piet@icloud.com"),
    ],
)
def test_mistyped_provider_gets_a_suggestion(text: str, suggestion: str) -> None:
    check = parse_email(text)

    assert check is not None
    assert check.suggestion == suggestion


@pytest.mark.parametrize("text", ["jan@gmail", "jan@hotmail"])
def test_provider_without_ending_is_invalid_with_a_suggestion(text: str) -> None:
    check = parse_email(text)

    assert check is not None
    assert not check.valid
    assert check.suggestion is not None
    assert is_valid_email(check.suggestion)


@pytest.mark.parametrize(
    "domain", ["mail.com", "live.nl", "hotmail.nl", "gemeente-voorbeeld.nl", "zorggroep.nl"]
)
def test_real_domains_are_never_corrected(domain: str) -> None:
    assert suggest_domain(domain) is None


@pytest.mark.parametrize(
    "text",
    [
        "jan@",
        "jan@@gmail.com",
        "jan..jansen@gmail.com",
        ".jan@gmail.com",
        "jan@gmail..com",
        "jan@-gmail.com",
        "jan@gmail.c0m",
        "jöhn@gmail.com",
    ],
)
def test_malformed_addresses_are_invalid(text: str) -> None:
    check = parse_email(text)

    assert check is None or not check.valid


@pytest.mark.parametrize("text", ["", "nee", "mijn nummer is 0612345678", "bij de apotheek"])
def test_no_address_without_an_at_sign(text: str) -> None:
    assert parse_email(text) is None


# --- what the hand-written checks got wrong (now phonenumbers and email-validator) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0032 (0)470 12 34 56", "+32470123456"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("0031-20-1234567", "+31201234567"),
        ("+31.6.12345678", "+31612345678"),
        ("0031 (0)6 12345678", "+31612345678"),
    ],
)
def test_numbers_in_every_written_form_are_read(text: str, expected: str) -> None:
    assert parse_phone(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "+32 470 12 34 5",  # a Belgian mobile number one digit short: was taken as it was
        "+32 12 34 56 78 90 12",  # too long for Belgium's plan, short enough for E.164
        "0123456789",  # no Dutch area code 012: was +31123456789
        "06-00000000",  # not a Dutch mobile number
        "+31 900 123456",  # a service number written with +31: only 0900 was refused
        "0470 12 34 56",  # a Belgian number without +32: was taken as a Dutch one
    ],
)
def test_numbers_that_do_not_exist_in_their_plan_are_not_taken(text: str) -> None:
    assert parse_phone(text) is None


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("jan@café.nl", "jan@café.nl"),
        ("mijn adres is info@müller.de", "info@müller.de"),
        ("jan@xn--caf-dma.nl", "jan@café.nl"),
        ("Jan+Mantelzorg@Gmail.com", "Jan+Mantelzorg@gmail.com"),
    ],
)
def test_a_domain_in_another_script_and_a_plus_are_valid(text: str, address: str) -> None:
    check = parse_email(text)

    assert check is not None and check.valid and check.suggestion is None
    assert check.address == address
    assert is_valid_email(check.address)


@pytest.mark.parametrize("address", ["jan@domein.test", "jan@pc.local", "jan@host.invalid"])
def test_special_use_domains_reach_no_one(address: str) -> None:
    assert not is_valid_email(address)


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("06 99887766", True),  # the right length, but 069 is not in use
        ("06-00000000", True),
        ("06 12345678", False),  # a number in use
        ("bel me maar", False),
        ("06-1234567", False),  # one digit short: the example of a whole number helps more
        ("ik zorg 20 uur per week", False),
    ],
)
def test_a_number_that_is_not_in_use_is_told_apart(text: str, unknown: bool) -> None:
    assert has_unknown_phone_number(text) is unknown


def test_a_number_not_in_use_can_still_be_taken_as_written() -> None:
    assert unknown_phone_number_as_written("mijn nummer is 06 78 01 34 92") == "+31678013492"
    assert unknown_phone_number_as_written("06 12345678") is None  # in use: parse_phone takes it
    assert unknown_phone_number_as_written("weet ik niet") is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # persona dev14 d25, typing by voice
        ("nul drie drie vier vijf zes twee zeven acht nul", "+31334562780"),
        ("mijn nummer is nul zes, een twee drie vier vijf zes zeven acht", "+31612345678"),
        ("twee keer per week, een of twee uur", None),
    ],
)
def test_a_number_said_digit_by_digit_is_read(text: str, number: str | None) -> None:
    assert parse_phone(text) == number
