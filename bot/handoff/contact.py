"""Contact details as caregivers type them: Dutch phone numbers and e-mail addresses.

Phone numbers are read, checked and written by `phonenumbers` (Google's libphonenumber): they come
back in one form, E.164 (+31612345678), whatever the caregiver typed: 06-12345678, 0612345678,
+31 6 12345678, +31 (0)6 1234 5678, 0031 6 12345678, 020-1234567. A foreign number written with
its country code (+32 470 12 34 56, 0032 470 12 34 56) is checked against its own country's plan,
because Belgian and German caregivers near the border call in too. A number without a 0 or a
country code, one that does not exist in its plan, and a service number (0800, 0900, shared
cost) are no phone number: the conversation asks again rather than guess.

E-mail addresses are checked on their form by `email-validator`, without looking the domain up (no
network; a mailbox cannot be checked without sending mail). A domain in another script (an IDN,
jan@café.nl) is accepted; a local part outside ASCII is not, since many mail systems refuse it.
A domain that looks like a mistyped big provider ("gmial.com") gets a suggestion ("gmail.com") the
conversation can offer back: "Bedoelt u ...@gmail.com?". The suggestion never replaces the address
silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType
from rapidfuzz import fuzz, process

from bot.intake.dutch_numbers import DIGIT_WORDS, parse_number_word
from bot.text.words import fold_characters

DEFAULT_REGION = "NL"  # a number without a country code is Dutch
# Numbers of a service, not of a person: nobody is called back on them.
SERVICE_NUMBER_TYPES = frozenset(
    {PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST}
)

# A run of digits with the separators people use; "(0)" is the optional trunk prefix in
# "+31 (0)6 ...". Digits glued to letters are not a phone number (an id, a postcode).
_PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|\()?\d[\d\s().\-/]*\d(?!\w)")
# Digits said one by one, as voice typing writes them: "nul zes een twee ...".
_DIGIT_WORD = "(?:" + "|".join(DIGIT_WORDS) + ")"
_SPOKEN_DIGITS = re.compile(rf"\b(?:{_DIGIT_WORD}[\s,\-]+){{8,}}{_DIGIT_WORD}\b")


def _spoken_digits_written(text: str) -> str:
    """The text folded, with a run of at least nine digit words as digits ("nul zes een twee ..."
    -> "0612..."); a number in a sentence ("twee keer per week") is too short to be touched."""
    return _SPOKEN_DIGITS.sub(
        lambda run: "".join(str(parse_number_word(word)) for word in re.findall(r"[a-z]+", run[0])),
        fold_characters(text),
    )


# The free Dutch and international mailboxes caregivers use most; a domain close to one of these
# but not equal is probably a typo. Legitimate look-alikes (mail.com, live.nl) are listed so they
# are never "corrected".
KNOWN_EMAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "hotmail.com",
    "hotmail.nl",
    "outlook.com",
    "live.com",
    "live.nl",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "yahoo.com",
    "ziggo.nl",
    "kpnmail.nl",
    "kpnplanet.nl",
    "planet.nl",
    "home.nl",
    "hetnet.nl",
    "xs4all.nl",
    "upcmail.nl",
    "chello.nl",
    "casema.nl",
    "zeelandnet.nl",
    "caiway.nl",
    "telfort.nl",
    "tele2.nl",
    "online.nl",
    "quicknet.nl",
    "solcon.nl",
    "freeler.nl",
    "gmx.net",
    "gmx.com",
    "mail.com",
    "aol.com",
    "protonmail.com",
    "proton.me",
)
# fuzz.ratio: gmial.com/gmail.com scores 89, hotmial.com/hotmail.com 91, gmx.nl/gmx.net 77.
DOMAIN_SUGGESTION_CUTOFF = 80

_EMAIL_CANDIDATE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~\-]+\s?@\s?[\w.\-]+")
# The top-level domain in letters (or an IDN's xn-- form): "gmail.c0m" is a typo, not a domain.
_TLD = re.compile(r"[a-z]{2,63}|xn--[a-z0-9\-]{1,59}")


# --- phone --------------------------------------------------------------------------------------


# A whole Dutch number written from its 0: "06 12345678", "038-4531290".
DUTCH_NUMBER_DIGITS = 10


def _written_number(candidate: str) -> phonenumbers.PhoneNumber | None:
    """The candidate parsed, when it is written as a phone number: with a country code, or with
    the 0 of a Dutch number."""
    written = candidate.strip()
    if not (written.startswith("+") or re.sub(r"\D", "", written).startswith("0")):
        return None
    try:
        return phonenumbers.parse(written, DEFAULT_REGION)
    except NumberParseException:
        return None


def _normalise_phone(candidate: str) -> str | None:
    number = _written_number(candidate)
    if number is None or not phonenumbers.is_valid_number(number):
        return None
    if phonenumbers.number_type(number) in SERVICE_NUMBER_TYPES:
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _unknown_phone_number(text: str) -> phonenumbers.PhoneNumber | None:
    for match in _PHONE_CANDIDATE.finditer(_spoken_digits_written(text)):
        written = match.group().strip()
        whole = written.startswith("+") or len(re.sub(r"\D", "", written)) == DUTCH_NUMBER_DIGITS
        number = _written_number(written) if whole else None
        if (
            number is not None
            and phonenumbers.is_possible_number(number)
            and not phonenumbers.is_valid_number(number)
        ):
            return number
    return None


def has_unknown_phone_number(text: str) -> bool:
    """The text holds a whole phone number (ten digits from the 0, or with a country code) that
    does not exist in its numbering plan ("06 99887766"): most likely a typo, worth naming as
    such. A number too short gets the example of a whole one instead."""
    return _unknown_phone_number(text) is not None


def unknown_phone_number_as_written(text: str) -> str | None:
    """That number in E.164, for a caregiver who checked it and wrote it again: the numbering
    plan we know may be older than their number, and a consultant can try it."""
    number = _unknown_phone_number(text)
    return phonenumbers.format_number(number, PhoneNumberFormat.E164) if number else None


def phone_to_pass_on(text: str) -> str | None:
    """A number in use, or one the caregiver wrote again as their own (`_give_up_reach`), E.164."""
    return parse_phone(text) or unknown_phone_number_as_written(text)


def parse_phone(text: str) -> str | None:
    """The first phone number in `text` in E.164 (+31612345678, +32470123456), else None."""
    for match in _PHONE_CANDIDATE.finditer(_spoken_digits_written(text)):
        number = _normalise_phone(match.group())
        if number is not None:
            return number
    return None


# --- e-mail -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmailCheck:
    """An e-mail address found in a message.

    `address` is what the caregiver typed, normalised by email-validator when it is valid (the
    domain in lower case); `valid` says whether it has the form of an address; `suggestion` is a
    likely intended address when the domain looks like a typo of a big provider, to be confirmed
    by the caregiver, else None.
    """

    address: str
    valid: bool
    suggestion: str | None = None


def _validated(address: str) -> str | None:
    """The address normalised by email-validator (the domain in lower case), or None."""
    try:
        checked = validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError:
        return None
    if _TLD.fullmatch(checked.ascii_domain.rsplit(".", 1)[-1]) is None:
        return None
    return checked.normalized


def is_valid_email(address: str) -> bool:
    """Whether `address` has the form of an e-mail address (email-validator; no DNS lookup)."""
    return _validated(address) is not None


def suggest_domain(domain: str) -> str | None:
    """A known mail domain that `domain` is probably a typo of, or None."""
    domain = domain.lower()
    if domain in KNOWN_EMAIL_DOMAINS:
        return None
    if "." not in domain:
        # "jan@gmail": the provider without its ending.
        return next((known for known in KNOWN_EMAIL_DOMAINS if known.split(".")[0] == domain), None)
    match = process.extractOne(
        domain, KNOWN_EMAIL_DOMAINS, scorer=fuzz.ratio, score_cutoff=DOMAIN_SUGGESTION_CUTOFF
    )
    return match[0] if match else None


def parse_email(text: str) -> EmailCheck | None:
    """The first e-mail address in `text`, checked, with a suggestion for a mistyped domain.

    None when the text holds nothing that looks like an address (no "@").
    """
    match = _EMAIL_CANDIDATE.search(text)
    if match is None:
        return None
    local, domain = (part.strip() for part in match.group().split("@", 1))
    # The end of a sentence ("... @gmail.com.") is not part of the address.
    domain = domain.rstrip(".-_").lower()
    address = f"{local}@{domain}"
    suggested = suggest_domain(domain)
    suggestion = f"{local}@{suggested}" if suggested else None
    if suggestion is not None and not is_valid_email(suggestion):
        suggestion = None
    normalised = _validated(address)
    return EmailCheck(
        address=normalised or address, valid=normalised is not None, suggestion=suggestion
    )
