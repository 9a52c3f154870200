from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from bot.handoff.document import (
    ASKED_FOR_PERSON_SIGNAL,
    SAFETY_SIGNAL,
    WITHHELD_SIGNAL,
    Consent,
    ContactDetails,
    DocumentError,
    build_document,
)
from bot.handoff.schema import validation_errors
from tests.handoff.conftest import (
    ALL_SCOPES,
    COMPLETE_FACTS,
    FATIMA,
    NOW,
    csi_answers,
    make_document,
    make_steunpunt,
)

MINIMAL_FACTS: dict[str, Any] = {"gemeente": "GM0193"}
YOUNG_FACTS: dict[str, Any] = {
    "relation": "ouder",
    "conditions": ["ggz"],
    "hours_per_week": 10,
    "duration_months": 48,
    "lives_with_care_recipient": True,
    "combines_with": ["school"],
    "age_group": "<18",
    "young_caregiver": True,
    "gemeente": "GM0193",
    "needs": [
        {"category": "jonge_mantelzorger", "text": "Iemand van mijn leeftijd om mee te praten"}
    ],
}
CRISIS_FACTS: dict[str, Any] = {
    "relation": "partner",
    "gemeente": "GM0193",
    "safety_urgency": "acuut",
}
SENTINEL_FACTS: dict[str, Any] = {
    "relation": "unknown",
    "conditions": "declined",
    "hours_per_week": "unknown",
    "duration_months": "declined",
    "lives_with_care_recipient": "unknown",
    "combines_with": "declined",
    "age_group": "declined",
    "gemeente": "GM0193",
    "care_recipient_gemeente": "unknown",
    "current_support": ["unknown"],
}
PARTIAL_ASSESSMENT_FACTS: dict[str, Any] = {
    "gemeente": "GM0193",
    "assessment_answers": csi_answers(yes=3, answered=5),
}
ASKED_FOR_PERSON_FACTS: dict[str, Any] = {"gemeente": "GM0193", "asked_for_person": True}

SITUATIONS = {
    "complete": COMPLETE_FACTS,
    "minimal": MINIMAL_FACTS,
    "young caregiver": YOUNG_FACTS,
    "crisis": CRISIS_FACTS,
    "unknown and declined answers": SENTINEL_FACTS,
    "stopped halfway through the test": PARTIAL_ASSESSMENT_FACTS,
    "asked for a person straight away": ASKED_FOR_PERSON_FACTS,
}
SCOPES = [
    ("contact",),
    ("contact", "situation"),
    ("contact", "assessment"),
    ("contact", "needs"),
    ("contact", "situation", "assessment", "needs"),
    ALL_SCOPES,
]
CONTACTS = [
    FATIMA,
    ContactDetails(phone="020-1234567"),
    ContactDetails(email="piet@ziggo.nl", preferred_channel="email"),
    ContactDetails(name="Noor", phone="+31 6 12345678", preferred_channel="whatsapp"),
    ContactDetails(name="  Henk   de Boer ", phone="0612345678", preferred_channel="huisbezoek"),
]
TRANSCRIPT = [
    {"from": "user", "text": "Ik kan het niet meer aan", "at": NOW - timedelta(minutes=9)},
    {"from": "bot", "text": "Wat vervelend. Ik help u graag.", "at": "2026-11-24T12:56:05Z"},
]


@pytest.mark.parametrize("facts", SITUATIONS.values(), ids=SITUATIONS.keys())
@pytest.mark.parametrize("scope", SCOPES, ids=["+".join(s) for s in SCOPES])
def test_every_situation_and_scope_validates(facts: dict[str, Any], scope: tuple[str, ...]) -> None:
    document = make_document(facts, scope=scope, transcript=TRANSCRIPT)

    assert validation_errors(document) == []


@pytest.mark.parametrize("contact", CONTACTS, ids=lambda c: c.preferred_channel or "no preference")
@pytest.mark.parametrize("channel", ["web", "whatsapp", "rest", "other"])
def test_every_contact_and_channel_validates(contact: ContactDetails, channel: str) -> None:
    document = make_document(contact=contact, channel=channel)

    assert validation_errors(document) == []
    assert document["channel"] == channel


def test_complete_document_carries_every_fact() -> None:
    document = make_document(scope=ALL_SCOPES, transcript=TRANSCRIPT)

    assert document["steunpunt"] == {
        "id": "gm0193_steunpunt",
        "name": "Steunpunt Mantelzorg Zwolle (voorbeeld)",
    }
    assert document["gemeente"] == {"name": "Zwolle", "code": "GM0193"}
    assert document["care_recipient_gemeente"] == {"name": "Kampen", "code": "GM0166"}
    assert document["caregiver"] == {
        "name": "Fatima El Amrani",
        "contact": {
            "phone": "+31612345678",
            "email": "fatima.elamrani@gmail.com",
            "preferred_channel": "telefoon",
            "preferred_time": "'s middags na 14 uur",
        },
        "age_group": "25-64",
    }
    assert document["situation"] == {
        "relation": "ouder",
        "conditions": ["dementie"],
        "hours_per_week": 20,
        "duration_months": 30,
        "lives_with_care_recipient": False,
        "combines_with": ["werk", "kinderen"],
        "current_support": ["thuiszorg"],
        "intensive": True,
    }
    assessment = document["assessment"]
    assert (assessment["instrument"]["id"], assessment["score"], assessment["level"]) == (
        "csi",
        9,
        "hoog",
    )
    assert assessment["completed"] and len(assessment["items"]) == 13
    assert assessment["self_rated_burden"] == 8
    assert [need["category"] for need in document["needs"]] == ["even_vrij", "zorg_voor_naaste"]
    assert document["offers_suggested"] == [
        {"id": "gm0193_dagbesteding", "name": "Dagbesteding in Zwolle", "provider": "Zorggroep"}
    ]
    assert document["consent"] == {
        "given": True,
        "given_at": "2026-11-24T13:05:00+00:00",
        "text_version": "toestemming-2026-11",
        "scope": list(ALL_SCOPES),
    }
    assert document["created_at"] == "2026-11-24T13:05:00+00:00"
    assert document["transcript"] == [
        {"from": "user", "text": "Ik kan het niet meer aan", "at": "2026-11-24T12:56:00+00:00"},
        {"from": "bot", "text": "Wat vervelend. Ik help u graag.", "at": "2026-11-24T12:56:05Z"},
    ]
    assert document["urgency"]["level"] == "hoog"


def test_unknown_and_declined_facts_are_null_or_empty_never_guessed() -> None:
    document = make_document(SENTINEL_FACTS)

    assert document["situation"] == {
        "relation": None,
        "conditions": [],
        "hours_per_week": None,
        "duration_months": None,
        "lives_with_care_recipient": None,
        "combines_with": [],
        "current_support": [],
        "intensive": None,
    }
    assert document["caregiver"]["age_group"] is None
    assert document["care_recipient_gemeente"] is None


@pytest.mark.parametrize(
    ("hours", "months", "intensive"),
    [
        (20, 30, True),
        (9, 4, True),
        (8, 30, False),  # not MORE than 8 hours
        (20, 3, False),  # not LONGER than 3 months
        (20, None, None),
        (None, 30, None),
        (4, None, False),  # few hours: not intensive, however long
        (500, 30, None),  # impossible hours are dropped, so intensive is unknown
    ],
)
def test_intensive_follows_the_definition(
    hours: float | None, months: float | None, intensive: bool | None
) -> None:
    facts = {"gemeente": "GM0193", "hours_per_week": hours, "duration_months": months}

    assert make_document(facts)["situation"]["intensive"] is intensive


def test_minimal_document_has_no_assessment_and_normal_urgency() -> None:
    document = make_document(MINIMAL_FACTS)

    assert document["assessment"] == {
        "instrument": None,
        "completed": False,
        "score": None,
        "max_score": None,
        "threshold": None,
        "level": "onbekend",
        "items": [],
        "self_rated_burden": None,
    }
    assert document["needs"] == [] and document["offers_suggested"] == []
    assert document["urgency"] == {"level": "normaal", "signals": []}


def test_crisis_is_acuut_with_the_safety_signal_first() -> None:
    document = make_document(CRISIS_FACTS, scope=("contact",))

    assert document["urgency"]["level"] == "acuut"
    assert document["urgency"]["signals"][0] == SAFETY_SIGNAL


def test_safety_signal_wins_over_a_low_score() -> None:
    facts = {**COMPLETE_FACTS, "assessment_answers": csi_answers(yes=1), "safety_urgency": "acuut"}

    assert make_document(facts)["urgency"]["level"] == "acuut"


def test_asking_for_a_person_is_a_signal() -> None:
    urgency = make_document(ASKED_FOR_PERSON_FACTS)["urgency"]

    assert urgency == {"level": "normaal", "signals": [ASKED_FOR_PERSON_SIGNAL]}


def test_young_caregiver_keeps_age_group_and_risk_signals() -> None:
    document = make_document({**YOUNG_FACTS, "assessment_answers": csi_answers(yes=9)})

    assert document["caregiver"]["age_group"] == "<18"
    assert document["situation"]["combines_with"] == ["school"]
    assert document["needs"][0]["category"] == "jonge_mantelzorger"
    assert document["urgency"]["level"] == "hoog"


def test_partial_assessment_is_marked_unfinished() -> None:
    assessment = make_document(PARTIAL_ASSESSMENT_FACTS)["assessment"]

    assert (assessment["completed"], assessment["score"], assessment["level"]) == (
        False,
        3,
        "onbekend",
    )
    assert len(assessment["items"]) == 5


def test_reported_assessment_result_is_used_as_reported() -> None:
    reported = {
        "instrument": {"id": "ediz", "name": "EDIZ", "version": "1.0"},
        "completed": True,
        "score": 20,
        "max_score": 36,
        "threshold": 17,
        "level": "hoog",
        "items": [],
        "self_rated_burden": None,
    }
    facts = {"gemeente": "GM0193", "assessment_result": reported, "self_rated_burden": 7}

    assessment = make_document(facts)["assessment"]

    assert assessment == {**reported, "self_rated_burden": 7}


# --- consent scope ------------------------------------------------------------------------------


def test_without_situation_consent_no_situation_facts_leave() -> None:
    document = make_document(scope=("contact", "assessment", "needs"))

    assert document["situation"]["relation"] is None
    assert document["situation"]["conditions"] == []
    assert document["situation"]["hours_per_week"] is None
    assert document["caregiver"]["age_group"] is None
    assert document["care_recipient_gemeente"] is None
    assert "dementie" not in str(document)


def test_without_assessment_consent_the_assessment_is_the_no_assessment_object() -> None:
    document = make_document(scope=("contact", "situation", "needs"))

    assert document["assessment"]["instrument"] is None
    assert document["assessment"]["items"] == []
    assert document["assessment"]["self_rated_burden"] is None
    # Still hoog (the steunpunt must call soon), but the reason is not shown.
    assert document["urgency"]["level"] == "hoog"
    assert WITHHELD_SIGNAL in document["urgency"]["signals"]
    assert not any("CSI" in signal for signal in document["urgency"]["signals"])


def test_without_needs_consent_no_needs_or_offers() -> None:
    document = make_document(scope=("contact", "situation", "assessment"))

    assert document["needs"] == [] and document["offers_suggested"] == []
    assert "dagbesteding" not in document["summary_text"].lower()


def test_transcript_only_with_transcript_consent() -> None:
    without = make_document(scope=("contact", "situation"), transcript=TRANSCRIPT)
    with_it = make_document(scope=("contact", "transcript"), transcript=TRANSCRIPT)

    assert "transcript" not in without
    assert len(with_it["transcript"]) == 2


def test_contact_only_shares_contact_gemeente_and_urgency_level() -> None:
    document = make_document(COMPLETE_FACTS, scope=("contact",))

    assert document["caregiver"]["name"] == "Fatima El Amrani"
    assert document["situation"]["intensive"] is None
    assert document["assessment"]["instrument"] is None
    assert document["needs"] == []
    assert document["urgency"] == {"level": "hoog", "signals": [WITHHELD_SIGNAL]}


def test_safety_signal_is_passed_on_whatever_the_scope() -> None:
    document = make_document({**COMPLETE_FACTS, "safety_urgency": "acuut"}, scope=("contact",))

    assert document["urgency"]["level"] == "acuut"
    assert document["urgency"]["signals"][0] == SAFETY_SIGNAL


# --- gemeente -----------------------------------------------------------------------------------


def test_gemeente_falls_back_to_the_single_gemeente_of_the_steunpunt() -> None:
    document = make_document({"relation": "partner"})

    assert document["gemeente"] == {"name": "Zwolle", "code": "GM0193"}


def test_unknown_gemeente_with_a_regional_steunpunt_is_refused() -> None:
    regional = make_steunpunt(gemeente_codes=("GM0193", "GM0166"))

    with pytest.raises(DocumentError, match="gemeente"):
        make_document({"gemeente": "unknown"}, steunpunt=regional)


# --- what cannot become an aanmelding ----------------------------------------------------------


@pytest.mark.parametrize(
    ("contact", "problem"),
    [
        (ContactDetails(name="Fatima"), "phone number or an e-mail"),
        (ContactDetails(phone="12345"), "phone is not a phone number"),
        (ContactDetails(email="fatima@gmail"), "email is not an e-mail"),
        (ContactDetails(email="fatima"), "email is not an e-mail"),
        (ContactDetails(email="fatima@gmail.com", preferred_channel="telefoon"), "needs a phone"),
        (ContactDetails(email="fatima@gmail.com", preferred_channel="whatsapp"), "needs a phone"),
        (ContactDetails(phone="0612345678", preferred_channel="email"), "needs an e-mail"),
        (ContactDetails(phone="0612345678", preferred_channel="brief"), "preferred_channel"),
    ],
)
def test_unusable_contact_details_are_refused(contact: ContactDetails, problem: str) -> None:
    with pytest.raises(DocumentError, match=problem) as raised:
        make_document(contact=contact)

    for value in (contact.phone, contact.email):
        if value:
            assert value not in str(raised.value)


@pytest.mark.parametrize(
    ("consent", "problem"),
    [
        (Consent("v1", NOW, ("situation", "needs")), "must include 'contact'"),
        (Consent("v1", NOW, ("contact", "bsn")), "unknown items"),
        (Consent(" ", NOW, ("contact",)), "text_version"),
        (Consent("v1", datetime(2026, 11, 24, 13, 5), ("contact",)), "timezone-aware"),
    ],
)
def test_unusable_consent_is_refused(consent: Consent, problem: str) -> None:
    with pytest.raises(DocumentError, match=problem):
        build_document(
            facts=MINIMAL_FACTS,
            consent=consent,
            contact=FATIMA,
            steunpunt=make_steunpunt(),
            channel="web",
            now=NOW,
            reference="MZ-7K3Q9P",
        )


def test_unknown_channel_and_naive_now_are_refused() -> None:
    arguments: dict[str, Any] = {
        "facts": MINIMAL_FACTS,
        "consent": Consent("v1", NOW, ("contact",)),
        "contact": FATIMA,
        "steunpunt": make_steunpunt(),
        "reference": "MZ-7K3Q9P",
    }
    with pytest.raises(DocumentError, match="channel"):
        build_document(**arguments, channel="telegram", now=NOW)
    with pytest.raises(DocumentError, match="timezone-aware"):
        build_document(**arguments, channel="web", now=datetime(2026, 11, 24, 13, 5))


def test_times_are_stored_in_utc() -> None:
    amsterdam = timezone(timedelta(hours=1))
    document = build_document(
        facts=MINIMAL_FACTS,
        consent=Consent("v1", datetime(2026, 11, 24, 14, 4, tzinfo=amsterdam), ("contact",)),
        contact=FATIMA,
        steunpunt=make_steunpunt(),
        channel="web",
        now=datetime(2026, 11, 24, 14, 5, tzinfo=amsterdam),
        reference="MZ-7K3Q9P",
    )

    assert document["created_at"] == "2026-11-24T13:05:00+00:00"
    assert document["consent"]["given_at"] == "2026-11-24T13:04:00+00:00"


def test_long_texts_are_clipped_to_the_schema() -> None:
    long_contact = replace(FATIMA, name="A" * 300, preferred_time="na het eten " * 40)
    facts = {
        "gemeente": "GM0193",
        "conditions": ["x" * 400],
        "needs": [{"category": "anders", "text": "woord " * 200}],
    }

    document = make_document(facts, contact=long_contact)

    assert validation_errors(document) == []
    assert len(document["caregiver"]["name"]) == 120
    assert len(document["needs"][0]["text"]) <= 500


def test_bad_needs_and_offers_are_dropped_or_set_to_anders() -> None:
    facts = {
        "gemeente": "GM0193",
        "needs": [
            {"category": "geluk", "text": "Ik wil gewoon gelukkig zijn"},
            {"category": "even_vrij"},
            "even vrij",
            {"category": "even_vrij", "text": "rust"},
            {"category": "even_vrij", "text": "rust"},
        ],
        "offers_suggested": [
            {"id": "a", "name": "A"},
            {"id": "a", "name": "A"},
            {"name": "zonder id"},
        ],
    }

    document = make_document(facts)

    assert document["needs"] == [
        {"category": "anders", "text": "Ik wil gewoon gelukkig zijn"},
        {"category": "even_vrij", "text": "rust"},
    ]
    assert document["offers_suggested"] == [{"id": "a", "name": "A", "provider": None}]
