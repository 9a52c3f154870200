"""Who answers for the chat's data, for the privacy statement at /privacy.

Each gemeente sets these in its environment. Without them the product runs as the demo of the
fictitious "Gemeente Voorbeeld", and the page says so.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

DEMO_GEMEENTE = "Gemeente Voorbeeld"


@dataclass(frozen=True)
class PrivacySettings:
    # The verwerkingsverantwoordelijke: the gemeente that offers the chat.
    gemeente: str
    # Where a caregiver asks to see, correct or delete their data.
    contact: str
    # The gemeente's functionaris gegevensbescherming (data protection officer).
    officer_contact: str
    # True while no gemeente is configured: the page then warns that it is an example.
    demo: bool


def load_privacy_settings(environ: Mapping[str, str] | None = None) -> PrivacySettings:
    env = os.environ if environ is None else environ
    gemeente = env.get("STEUNWIJZER_GEMEENTE_NAME", "").strip()
    return PrivacySettings(
        gemeente=gemeente or DEMO_GEMEENTE,
        contact=env.get("STEUNWIJZER_PRIVACY_CONTACT", "").strip()
        or "privacy@gemeente-voorbeeld.example",
        officer_contact=env.get("STEUNWIJZER_PRIVACY_OFFICER_CONTACT", "").strip()
        or "fg@gemeente-voorbeeld.example",
        demo=not gemeente,
    )
