"""Which webhook addresses may receive an aanmelding; resolved with the machine's own resolver
(IP literals, localhost and the reserved .invalid need no network)."""

from __future__ import annotations

import pytest

from knowledge.webhook_address import (
    RefusedWebhook,
    WebhookTarget,
    check_webhook_url,
    is_public_address,
)

PUBLIC_IP = "93.184.215.14"  # a public address; these tests never connect to it
LOOPBACK = {"127.0.0.1", "::1"}  # what localhost resolves to, in either order


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",  # loopback
        "::1",
        "::ffff:127.0.0.1",  # IPv4-mapped loopback
        "10.0.0.5",  # private
        "172.16.0.1",
        "192.168.1.10",
        "fd00::1",
        "169.254.169.254",  # link-local: cloud metadata services
        "fe80::1",
        "100.64.0.1",  # carrier-grade NAT: shared, not global
        "192.0.2.1",  # documentation
        "240.0.0.1",  # reserved
        "224.0.0.1",  # multicast
        "ff02::1",
        "0.0.0.0",  # unspecified
        "::",
    ],
)
def test_internal_and_special_addresses_are_not_public(address: str) -> None:
    assert not is_public_address(address)


@pytest.mark.parametrize("address", [PUBLIC_IP, "145.100.190.243", "2001:4860:4860::8888"])
def test_global_unicast_addresses_are_public(address: str) -> None:
    assert is_public_address(address)


def test_a_public_https_address_is_accepted() -> None:
    target = check_webhook_url(f"https://{PUBLIC_IP}:8443/hook", frozenset())

    assert target == WebhookTarget(PUBLIC_IP, (PUBLIC_IP,))


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        (f"http://{PUBLIC_IP}/hook", "must use https"),
        (f"ftp://{PUBLIC_IP}/hook", "must use https"),
        ("https:///hook", "must be a web address"),
        ("https://crm.steunpunt.invalid/hook", "'crm.steunpunt.invalid' cannot be found"),
        ("https://localhost/hook", "'localhost' points to a non-public address"),
        ("https://[::1]/hook", "non-public address (::1)"),
        ("https://169.254.169.254/latest/meta-data", "non-public address (169.254.169.254)"),
        ("https://10.0.0.5/hook", "non-public address (10.0.0.5)"),
    ],
)
def test_refused_addresses_say_why(url: str, reason: str) -> None:
    with pytest.raises(RefusedWebhook) as refused:
        check_webhook_url(url, frozenset())

    assert reason in str(refused.value)


def test_one_internal_address_among_public_ones_is_enough_to_refuse() -> None:
    def resolve(host: str, port: int) -> tuple[str, ...]:
        return (PUBLIC_IP, "10.0.0.5")

    with pytest.raises(RefusedWebhook, match=r"non-public address \(10\.0\.0\.5\)"):
        check_webhook_url("https://crm.zwolle.example.org/hook", frozenset(), resolve)


def test_an_allowed_host_may_be_internal_and_on_loopback_plain_http() -> None:
    allowed = frozenset({"localhost", "10.0.0.5"})

    assert set(check_webhook_url("https://localhost:8443/hook", allowed).addresses) <= LOOPBACK
    assert check_webhook_url("http://localhost:8080/hook", allowed).host == "localhost"
    assert check_webhook_url("https://10.0.0.5/hook", allowed).addresses == ("10.0.0.5",)
    with pytest.raises(RefusedWebhook, match="plain http only to an allowed loopback host"):
        check_webhook_url("http://10.0.0.5/hook", allowed)


def test_host_names_are_compared_in_lower_case() -> None:
    assert check_webhook_url("https://LocalHost/hook", frozenset({"localhost"})).host == "localhost"
