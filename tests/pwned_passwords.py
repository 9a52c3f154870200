"""A fake of Have I Been Pwned's Pwned Passwords range API on loopback, as documented:
GET /range/{first 5 hex digits of SHA-1} answers 200 with CRLF-separated lines
"{35 upper-case hex digits}:{count}", padded with entries of count 0 when `Add-Padding: true` is
sent; a prefix that is not 5 hex digits gets 400."""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Passwords long enough for the portal's length rule, and breached in this fake.
BREACHED = {"welkom123456": 4821, "wachtwoord2024!": 17}
PREFIX = re.compile(r"^/range/([0-9A-Fa-f]{5})$")


@dataclass
class PwnedPasswords:
    breached: dict[str, int] = field(default_factory=lambda: dict(BREACHED))
    status: int = 200  # anything else: the service is down
    asked: list[str] = field(default_factory=list)  # the prefixes it was asked for

    def answer(self, prefix: str, padding: bool) -> str:
        lines = []
        for password, count in self.breached.items():
            digest = hashlib.sha1(password.encode("utf-8")).hexdigest().upper()
            if digest.startswith(prefix):
                lines.append(f"{digest[5:]}:{count}")
        if padding:
            lines += [f"{secrets.token_hex(18)[:35].upper()}:0" for _ in range(20)]
        return "\r\n".join(lines)


@contextmanager
def pwned_passwords_server(service: PwnedPasswords) -> Iterator[str]:
    """Serves `service` on a free loopback port; yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            match = PREFIX.match(self.path)
            if service.status != 200:
                self._send(service.status, "Service unavailable")
            elif match is None:
                self._send(400, "The hash prefix was not in a valid format")
            else:
                prefix = match.group(1).upper()
                service.asked.append(prefix)
                padding = self.headers.get("Add-Padding", "").lower() == "true"
                self._send(200, service.answer(prefix, padding))

        def _send(self, status: int, text: str) -> None:
            body = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
