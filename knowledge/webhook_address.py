"""Which webhook addresses may receive an aanmelding: checked at knowledge import and at every send.

An aanmelding holds health data, so a webhook must use https and its host must resolve to public
addresses only. Otherwise a content file (or a DNS answer that changes after the import, "DNS
rebinding") could make the worker post health data to a machine inside our own network, such as a
database, an admin panel or a cloud metadata service. A steunpunt's own internal receiver, and a
test's loopback receiver, are named in `STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS` instead; plain http is
accepted only for such a host when it resolves to loopback.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Collection
from dataclasses import dataclass
from urllib.parse import urlsplit

# host, port -> the IP addresses the host resolves to
Resolver = Callable[[str, int], tuple[str, ...]]

DEFAULT_PORTS = {"https": 443, "http": 80}


class RefusedWebhook(ValueError):
    """A webhook address that may not receive an aanmelding; the text names why, without data."""


@dataclass(frozen=True)
class WebhookTarget:
    """A checked webhook address: connect only to `addresses`, so a second DNS answer cannot differ."""

    host: str
    addresses: tuple[str, ...]


def resolve_host(host: str, port: int) -> tuple[str, ...]:
    """Every address `host` resolves to, in the resolver's order, without repeats."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return ()
    # The scope of an IPv6 link-local address ("fe80::1%eth0") is not part of the address itself.
    addresses = (str(info[4][0]).split("%", 1)[0] for info in found)
    return tuple(dict.fromkeys(addresses))


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address; False for anything internal or special."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is loopback too
    internal = (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
    )
    return ip.is_global and not internal


def check_webhook_url(
    url: str, allowed_hosts: Collection[str], resolve: Resolver = resolve_host
) -> WebhookTarget:
    """The checked target of `url`, or RefusedWebhook saying why it may not receive an aanmelding."""
    try:
        parts = urlsplit(url)
        host, port = (parts.hostname or "").lower(), parts.port
    except ValueError:
        raise RefusedWebhook("must be a web address starting with https://") from None
    if not host:
        raise RefusedWebhook("must be a web address starting with https://")
    allowed = host in allowed_hosts
    if parts.scheme != "https" and not (parts.scheme == "http" and allowed):
        raise RefusedWebhook("must use https")
    port = port or DEFAULT_PORTS[parts.scheme]
    addresses = resolve(host, port)
    if not addresses:
        raise RefusedWebhook(f"host {host!r} cannot be found")
    if parts.scheme == "http" and not all(ipaddress.ip_address(a).is_loopback for a in addresses):
        raise RefusedWebhook("must use https (plain http only to an allowed loopback host)")
    internal = [address for address in addresses if not is_public_address(address)]
    if internal and not allowed:
        raise RefusedWebhook(f"host {host!r} points to a non-public address ({internal[0]})")
    return WebhookTarget(host, addresses)
