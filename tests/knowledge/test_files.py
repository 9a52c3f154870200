"""Content files: validation errors name file, entry and field; the shipped content is valid."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from knowledge.files import (
    ContentError,
    default_content_paths,
    read_content_file,
    read_content_files,
)
from knowledge.helplines import all_helplines
from tests.knowledge.content_helpers import (
    KAMPEN,
    example_entry,
    offer_entry,
    steunpunt_entry,
    write_content,
)

DEMO_FILES = ("gm0193-zwolle.yml", "gm0166-kampen.yml", "gm0307-amersfoort.yml")


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        read_content_file(path)
    return [str(problem) for problem in caught.value.problems]


def test_a_valid_file_reads_into_records(tmp_path: Path) -> None:
    path = write_content(tmp_path / "a.yml", [offer_entry()], [steunpunt_entry()])
    content = read_content_file(path)
    assert content.name == "a.yml"
    assert [o.id for o in content.offers] == ["test_offer"]
    assert content.offers[0].needs == ("informatie_advies",)
    assert [s.id for s in content.steunpunten] == ["gm0193_test_steunpunt"]


@pytest.mark.parametrize("field", ["source_url", "last_checked"])
def test_an_entry_without_source_or_check_date_is_refused(tmp_path: Path, field: str) -> None:
    path = write_content(tmp_path / "bron.yml", [offer_entry(**{field: None})])
    found = problems_of(path)
    assert found == [f"{path}: entry 'test_offer': field '{field}': missing (required)"]


@pytest.mark.parametrize(
    ("override", "field", "words"),
    [
        ({"needs": ["vrije_tijd"]}, "needs.0", "'vrije_tijd' is not one of"),
        ({"needs": []}, "needs", "too short"),
        ({"kind": "cadeau"}, "kind", "'cadeau' is not one of"),
        ({"funding": ["loterij"]}, "funding.0", "'loterij' is not one of"),
        ({"target_groups": ["katten"]}, "target_groups.0", "'katten' is not one of"),
        ({"last_checked": "gisteren"}, "last_checked", "must be a date"),
        ({"valid_until": "2026-13-01"}, "valid_until", "must be a date"),
        ({"source_url": "rijksoverheid.nl"}, "source_url", "must be a web address"),
        ({"needs_indicatie": "nee"}, "needs_indicatie", "is not of type 'boolean'"),
        ({"contact": {"phone": "bel mij"}}, "contact.phone", "does not match"),
        ({"eligibility": {"min_age": 30, "max_age": 25}}, "eligibility.max_age", "below min_age"),
        ({"valid_from": "2026-12-01", "valid_until": "2026-11-01"}, "valid_until", "before"),
        ({"bron": "ergens"}, "bron", "unknown field"),
        ({"contact": {"telefoon": "0800"}}, "contact.telefoon", "unknown field"),
    ],
)
def test_field_errors_name_file_entry_and_field(
    tmp_path: Path, override: dict[str, Any], field: str, words: str
) -> None:
    path = write_content(tmp_path / "fout.yml", [offer_entry(**override)])
    found = problems_of(path)
    assert any(
        p.startswith(f"{path}: entry 'test_offer': field '{field}':") and words in p for p in found
    ), found


def test_unknown_gemeente_codes_are_refused(tmp_path: Path) -> None:
    path = write_content(tmp_path / "g.yml", [example_entry(gemeente_codes=["GM9999", KAMPEN])])
    assert problems_of(path) == [
        f"{path}: entry 'gm0193_test': field 'gemeente_codes': unknown gemeente code(s): GM9999"
    ]


@pytest.mark.parametrize(
    ("scope", "codes", "message"),
    [
        ("landelijk", [KAMPEN], "leave gemeente_codes empty"),
        ("gemeente", [], "must list the gemeenten"),
        ("regio", [], "must list the gemeenten"),
    ],
)
def test_scope_and_gemeenten_must_agree(
    tmp_path: Path, scope: str, codes: list[str], message: str
) -> None:
    path = write_content(tmp_path / "s.yml", [example_entry(scope=scope, gemeente_codes=codes)])
    assert any(message in p for p in problems_of(path))


def test_duplicate_ids_in_one_file_are_refused(tmp_path: Path) -> None:
    path = write_content(tmp_path / "d.yml", [offer_entry(), offer_entry(name="Ander aanbod")])
    assert problems_of(path) == [f"{path}: entry 'test_offer': field 'id': occurs more than once"]


def test_duplicate_ids_across_files_are_refused(tmp_path: Path) -> None:
    first = write_content(tmp_path / "een.yml", [offer_entry()])
    second = write_content(tmp_path / "twee.yml", [offer_entry()])
    with pytest.raises(ContentError) as caught:
        read_content_files([first, second])
    assert [str(p) for p in caught.value.problems] == [
        f"{second}: entry 'test_offer': field 'id': is also used in een.yml"
    ]


def test_all_problems_of_all_files_are_reported_at_once(tmp_path: Path) -> None:
    first = write_content(tmp_path / "een.yml", [offer_entry(source_url=None)])
    second = write_content(
        tmp_path / "twee.yml", [offer_entry(id="ander", kind="x", last_checked=None)]
    )
    with pytest.raises(ContentError) as caught:
        read_content_files([first, second])
    found = str(caught.value)
    assert "een.yml: entry 'test_offer': field 'source_url'" in found
    assert "twee.yml: entry 'ander': field 'kind'" in found
    assert "twee.yml: entry 'ander': field 'last_checked'" in found


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"name": "Testaanbod Zwolle"}, "name"),
        ({"contact": {"email": "info@steunpunt-zwolle.nl"}}, "contact.email"),
        ({"contact": {"website": "https://www.zwolle.nl"}}, "contact.website"),
        ({"contact": {"phone": "038-1234567"}}, "contact.phone"),
    ],
)
def test_example_data_cannot_look_real(
    tmp_path: Path, override: dict[str, Any], field: str
) -> None:
    path = write_content(tmp_path / "demo.yml", [example_entry(**override)])
    assert any(f"field '{field}'" in p for p in problems_of(path)), problems_of(path)


def test_real_data_cannot_carry_example_marks(tmp_path: Path) -> None:
    path = write_content(
        tmp_path / "echt.yml",
        [offer_entry(name="Iets (voorbeeld)", contact={"website": "https://example.org"})],
    )
    found = problems_of(path)
    assert any("field 'name'" in p for p in found)
    assert any("field 'contact.website'" in p for p in found)


PUBLIC_WEBHOOK = "https://93.184.215.14/aanmeldingen"  # a public address; never contacted


def real_steunpunt(**overrides: Any) -> dict[str, Any]:
    return steunpunt_entry(
        name="Steunpunt Test",
        example=False,
        contact={"email": "steunpunt@steunpunt-zwolle.nl"},
        handoff_email="aanmelding@steunpunt-zwolle.nl",
        source_url="https://www.zwolle.nl/mantelzorg",
        **overrides,
    )


def webhook_problems(path: Path, webhook_hosts: frozenset[str] = frozenset()) -> list[str]:
    with pytest.raises(ContentError) as caught:
        read_content_file(path, webhook_hosts)
    return [str(problem) for problem in caught.value.problems]


def test_a_webhook_on_a_public_https_address_is_accepted(tmp_path: Path) -> None:
    path = write_content(
        tmp_path / "echt.yml", [offer_entry()], [real_steunpunt(handoff_webhook=PUBLIC_WEBHOOK)]
    )

    (steunpunt,) = read_content_file(path, frozenset()).steunpunten
    assert steunpunt.handoff_webhook == PUBLIC_WEBHOOK


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://93.184.215.14/aanmeldingen", "must use https"),
        ("https://localhost/aanmeldingen", "host 'localhost' points to a non-public address"),
        ("https://10.0.0.5/aanmeldingen", "points to a non-public address (10.0.0.5)"),
        ("https://169.254.169.254/latest", "points to a non-public address (169.254.169.254)"),
        ("https://[::1]/aanmeldingen", "points to a non-public address (::1)"),
        (
            "https://crm.steunpunt-zwolle.invalid/hook",
            "'crm.steunpunt-zwolle.invalid' cannot be found",
        ),
    ],
)
def test_a_webhook_must_be_https_to_public_addresses(tmp_path: Path, url: str, reason: str) -> None:
    path = write_content(
        tmp_path / "echt.yml", [offer_entry()], [real_steunpunt(handoff_webhook=url)]
    )

    (problem,) = webhook_problems(path)
    assert problem.startswith(f"{path}: entry 'gm0193_test_steunpunt': field 'handoff_webhook': ")
    assert reason in problem and f"got {url!r}" in problem
    assert "add the host to STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS" in problem


def test_an_allowed_host_may_be_internal_as_the_environment_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "https://localhost:8443/aanmeldingen"
    path = write_content(
        tmp_path / "echt.yml", [offer_entry()], [real_steunpunt(handoff_webhook=url)]
    )

    monkeypatch.delenv("STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS", raising=False)
    assert any("non-public address" in p for p in problems_of(path))
    monkeypatch.setenv("STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS", "ontvanger.intern, LocalHost")
    assert read_content_file(path).steunpunten[0].handoff_webhook == url


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        (steunpunt_entry(handoff_webhook="https://crm.steunpunt-zwolle.nl/hook"), "example data"),
        (steunpunt_entry(handoff_webhook="http://zwolle.example.org/hook"), "https://"),
        (real_steunpunt(handoff_webhook="https://zwolle.example.org/hook"), "example data"),
    ],
)
def test_demo_webhooks_are_example_addresses_and_real_ones_are_not(
    tmp_path: Path, entry: dict[str, Any], words: str
) -> None:
    path = write_content(tmp_path / "s.yml", [offer_entry()], [entry])

    (problem,) = webhook_problems(path)
    assert "field 'handoff_webhook'" in problem and words in problem


def test_a_demo_webhook_is_not_resolved(tmp_path: Path) -> None:
    """example.org names belong to nobody's system, so demo data checks offline too."""
    url = "https://zwolle.example.org/hooks/aanmelding"
    path = write_content(tmp_path / "s.yml", [], [steunpunt_entry(handoff_webhook=url)])

    assert read_content_file(path, frozenset()).steunpunten[0].handoff_webhook == url


def test_an_unverified_entry_carries_no_phone_number(tmp_path: Path) -> None:
    path = write_content(
        tmp_path / "u.yml", [offer_entry(verified=False, contact={"phone": "030-1234567"})]
    )
    assert any("field 'contact.phone': an unverified entry" in p for p in problems_of(path))


def test_help_lines_are_referenced_and_must_exist(tmp_path: Path) -> None:
    path = write_content(tmp_path / "h.yml", [offer_entry(helpline_id="bestaat_niet")])
    assert any("field 'helpline_id': unknown help line" in p for p in problems_of(path))


def test_pointing_at_an_unverified_help_line_requires_verified_false(tmp_path: Path) -> None:
    path = write_content(tmp_path / "h.yml", [offer_entry(helpline_id="mantelzorglijn")])
    assert any("field 'verified'" in p for p in problems_of(path))
    ok = write_content(
        tmp_path / "ok.yml", [offer_entry(helpline_id="mantelzorglijn", verified=False)]
    )
    assert read_content_file(ok).offers[0].verified is False


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("version: 1\noffers: [\n", "not valid YAML"),
        ("version: 2\noffers: []\n", "version"),
        ("offers: []\n", "'version' is a required property"),
        ("version: 1\n", "has no offers and no steunpunten"),
        ("version: 1\naanbod: []\n", "Additional properties"),
    ],
)
def test_broken_files_get_a_clear_error(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "kapot.yml"
    path.write_text(text, encoding="utf-8")
    found = problems_of(path)
    assert len(found) == 1 and found[0].startswith(str(path)) and words in found[0], found


def test_a_missing_file_is_a_content_error(tmp_path: Path) -> None:
    assert "cannot read" in problems_of(tmp_path / "weg.yml")[0]


# --- the shipped content --------------------------------------------------------------------------


def shipped() -> dict[str, Any]:
    return {content.name: content for content in read_content_files(default_content_paths())}


def test_shipped_content_is_valid_with_national_and_three_demo_gemeenten() -> None:
    contents = shipped()
    assert set(contents) == {"landelijk.yml", *DEMO_FILES}
    assert len(contents["landelijk.yml"].offers) >= 15


@pytest.mark.parametrize("name", DEMO_FILES)
def test_every_demo_entry_is_marked_as_example(name: str) -> None:
    content = shipped()[name]
    assert content.steunpunten and content.offers
    for record in (*content.steunpunten, *content.offers):
        assert record.example, record.id
        assert "(voorbeeld)" in record.name, record.id
        assert record.contact.phone is None, record.id
        for address in (record.contact.email, record.contact.website):
            assert address is None or "example.org" in address, (record.id, address)


@pytest.mark.parametrize("name", DEMO_FILES)
def test_each_demo_gemeente_has_the_local_offer_the_issue_asks_for(name: str) -> None:
    offers = shipped()[name].offers
    needs = {need for offer in offers for need in offer.needs}
    assert {"emotionele_steun", "financieel", "even_vrij", "lotgenoten"} <= needs
    assert {"jonge_mantelzorger", "wonen_vervoer"} <= needs
    waardering = [o for o in offers if "waardering" in o.id]
    assert waardering and waardering[0].eligibility.min_hours_per_week == 8
    assert waardering[0].eligibility.min_duration_months == 3


def test_national_content_is_real_sourced_and_unverified_numbers_stay_out() -> None:
    offers = {offer.id: offer for offer in shipped()["landelijk.yml"].offers}
    required = {
        "kortdurend_zorgverlof", "langdurend_zorgverlof", "calamiteitenverlof",
        "wmo_melding_keukentafelgesprek", "gratis_clientondersteuning", "wlz_logeeropvang",
        "casemanager_dementie", "pgb", "aftrek_specifieke_zorgkosten", "mantelzorgmakelaar",
        "handen_in_huis", "mantelzorglijn", "alzheimer_cafe", "odensehuis",
        "jonge_mantelzorgers_steunpunt",
    }  # fmt: skip
    assert required <= set(offers)
    for offer in offers.values():
        assert not offer.example and offer.source_url.startswith("https://"), offer.id
    helplines = all_helplines()
    for offer in offers.values():
        if offer.helpline_id is not None:
            assert offer.verified == helplines[offer.helpline_id].verified, offer.id
    assert offers["mantelzorglijn"].verified is False
    assert offers["mantelzorglijn"].contact.phone is None
    shown = " ".join(
        f"{o.description} {o.first_step} {o.what_to_expect or ''} {o.cost or ''}"
        for o in offers.values()
    )
    for number in ("030-760 60 55", "0800-5088"):  # UNVERIFIED in FACTS.md
        assert number not in shown
