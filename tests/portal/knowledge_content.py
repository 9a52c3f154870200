"""A content file for the editor's tests: two steunpunten (Zwolle, Utrecht), an offer of each
gemeente with a phone number (real-looking data, example: false, so it may carry one), and a
national offer. Imported with the product's own import."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from knowledge.store import ImportReport, import_files

ZWOLLE_OFFER = "gm0193_mantelzorgcafe_test"
UTRECHT_OFFER = "gm0344_mantelzorgcafe_test"
NATIONAL_OFFER = "landelijk_lijn_test"
ZWOLLE_PHONE = "038 111 22 33"
CONTENT = f"""\
version: 1
steunpunten:
  - id: gm0193_steunpunt
    name: Steunpunt Mantelzorg Zwolle (voorbeeld)
    example: true
    gemeente_codes: [GM0193]
    contact: {{email: steunpunt@zwolle.example.org}}
    response_days: 3
    handoff_email: aanmeldingen@zwolle.example.org
    source_url: https://zwolle.example.org/voorbeelddata
    last_checked: 2026-11-24
  - id: gm0344_steunpunt
    name: Steunpunt Mantelzorg Utrecht (voorbeeld)
    example: true
    gemeente_codes: [GM0344]
    contact: {{email: steunpunt@utrecht.example.org}}
    response_days: 3
    handoff_email: aanmeldingen@utrecht.example.org
    source_url: https://utrecht.example.org/voorbeelddata
    last_checked: 2026-11-24
offers:
  - id: {ZWOLLE_OFFER}
    name: Mantelzorgcafé De Vonk
    description: Elke maand praten mantelzorgers met elkaar bij een kop koffie.
    kind: voorziening
    needs: [lotgenoten, emotionele_steun]
    target_groups: []
    scope: gemeente
    gemeente_codes: [GM0193]
    beneficiary: mantelzorger
    funding: [gratis]
    needs_indicatie: false
    first_step: Bel het café en zeg dat u mantelzorger bent.
    contact: {{phone: {ZWOLLE_PHONE}, website: "https://www.devonk-zwolle.nl"}}
    source_url: https://www.devonk-zwolle.nl/mantelzorg
    last_checked: 2026-05-01
  - id: {UTRECHT_OFFER}
    name: Mantelzorgcafé De Brug
    description: Elke week praten mantelzorgers met elkaar.
    kind: voorziening
    needs: [lotgenoten]
    target_groups: []
    scope: gemeente
    gemeente_codes: [GM0344]
    beneficiary: mantelzorger
    funding: [gratis]
    needs_indicatie: false
    first_step: Loop eens binnen.
    contact: {{phone: 030 111 22 33}}
    source_url: https://www.debrug-utrecht.nl/mantelzorg
    last_checked: 2026-05-01
  - id: {NATIONAL_OFFER}
    name: Landelijke lijn voor mantelzorgers
    description: Een landelijke lijn voor vragen over mantelzorg.
    kind: hulplijn
    needs: [informatie_advies]
    target_groups: []
    scope: landelijk
    gemeente_codes: []
    beneficiary: mantelzorger
    funding: [gratis]
    needs_indicatie: false
    first_step: Bel de lijn.
    source_url: https://www.landelijkelijn-test.nl
    last_checked: 2026-05-01
"""


def import_editor_content(
    sessions: sessionmaker[Session], directory: Path, name: str = "test.yml"
) -> ImportReport:
    path = directory / name
    path.write_text(CONTENT, encoding="utf-8")
    return import_files(sessions, [path], webhook_hosts=())
