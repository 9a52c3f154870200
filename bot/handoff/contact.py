"""Contact details as caregivers type them: Dutch phone numbers and e-mail addresses.

Phone numbers come back in one form, +31 and nine digits (+31612345678), whatever the caregiver
typed: 06-12345678, 0612345678, +31 6 12345678, +31 (0)6 1234 5678, 0031 6 12345678, 020-1234567.
A foreign number written with its country code (+32 470 12 34 56) is kept as + and its digits,
because Belgian and German caregivers near the border call in too; its plan cannot be checked
here. Anything else is no phone number: the conversation asks again rather than guess.

E-mail addresses are checked on their form only (a mailbox cannot be checked without sending mail).
A domain that looks like a mistyped big provider ("gmial.com") gets a suggestion ("gmail.com") the
conversation can offer back: "Bedoelt u ...@gmail.com?". The suggestion never replaces the address
silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

NL_COUNTRY_CODE = "31"
NL_SUBSCRIBER_DIGITS = 9  # national significant number: 6 12345678, 20 1234567
E164_MAX_DIGITS = 15
MIN_INTERNATIONAL_DIGITS = 9

# A run of digits with the separators people use; "(0)" is the optional trunk prefix in
# "+31 (0)6 ...". Digits glued to letters are not a phone number (an id, a postcode).
_PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|\()?\d[\d\s().\-/]*\d(?!\w)")
_TRUNK_IN_BRACKETS = re.compile(r"\(\s*0\s*\)")

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
_LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+)*")
_DOMAIN_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?")
_TLD = re.compile(r"[a-z]{2,63}")
MAX_LOCAL_PART = 64
MAX_DOMAIN = 253
MAX_ADDRESS = 254


# --- phone --------------------------------------------------------------------------------------


def _dutch_number(subscriber: str) -> str | None:
    """+31 and the nine-digit national number; a leading 0 after +31 is the trunk prefix."""
    if subscriber.startswith("0"):
        subscriber = subscriber[1:]
    if len(subscriber) != NL_SUBSCRIBER_DIGITS or subscriber.startswith("0"):
        return None
    return f"+{NL_COUNTRY_CODE}{subscriber}"


def _normalise_phone(candidate: str) -> str | None:
    written = _TRUNK_IN_BRACKETS.sub("", candidate).strip()
    digits = re.sub(r"\D", "", written)
    if written.startswith("+"):
        international = digits
    elif digits.startswith("00"):
        international = digits[2:]
    elif digits.startswith("0"):
        # National format: 0 + nine digits. 0800/0900 service numbers have 8 or 11 digits.
        return _dutch_number(digits) if len(digits) == NL_SUBSCRIBER_DIGITS + 1 else None
    else:
        return None
    if international.startswith(NL_COUNTRY_CODE):
        return _dutch_number(international[len(NL_COUNTRY_CODE) :])
    if MIN_INTERNATIONAL_DIGITS <= len(international) <= E164_MAX_DIGITS:
        return f"+{international}"
    return None


def parse_phone(text: str) -> str | None:
    """The first phone number in `text` as +31612345678 (or +<country><number>), else None."""
    for match in _PHONE_CANDIDATE.finditer(text):
        number = _normalise_phone(match.group())
        if number is not None:
            return number
    return None


# --- e-mail -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmailCheck:
    """An e-mail address found in a message.

    `address` is what the caregiver typed (domain in lower case); `valid` says whether it has the
    form of an address; `suggestion` is a likely intended address when the domain looks like a
    typo of a big provider, to be confirmed by the caregiver, else None.
    """

    address: str
    valid: bool
    suggestion: str | None = None


def _valid_domain(domain: str) -> bool:
    labels = domain.split(".")
    return (
        len(domain) <= MAX_DOMAIN
        and len(labels) >= 2
        and all(_DOMAIN_LABEL.fullmatch(label) for label in labels)
        and _TLD.fullmatch(labels[-1]) is not None
    )


def is_valid_email(address: str) -> bool:
    """Whether `address` has the form local@domain.tld (ASCII, as in the handoff schema)."""
    if not address.isascii() or len(address) > MAX_ADDRESS or address.count("@") != 1:
        return False
    local, domain = address.rsplit("@", 1)
    return (
        0 < len(local) <= MAX_LOCAL_PART
        and _LOCAL_PART.fullmatch(local) is not None
        and _valid_domain(domain.lower())
    )


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
    return EmailCheck(address=address, valid=is_valid_email(address), suggestion=suggestion)
