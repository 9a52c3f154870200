"""A fake WhatsApp Cloud (Graph) API and a fake Twilio API: real aiohttp servers on loopback.

They check what the real APIs check and we rely on (token, limits of interactive messages, Twilio's
1600 characters), record every accepted message, and can be told to answer 429 or 500 for the next
calls. Each runs its own event loop in a thread, so synchronous tests and a product in another
process can both use it.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TEXT_LIMIT = 4096
BUTTON_BODY_LIMIT = 1024
LIST_BODY_LIMIT = 4096


@dataclass(frozen=True)
class Call:
    """One request as the fake saw it, and what it answered."""

    path: str
    body: dict[str, Any]
    status: int


def graph_problems(body: dict[str, Any]) -> list[str]:
    """Why the Cloud API would refuse this message body; [] when it is valid."""
    problems = []
    if body.get("messaging_product") != "whatsapp":
        problems.append("messaging_product must be whatsapp")
    if not str(body.get("to") or "").isdigit():
        problems.append("to must be a phone number")
    kind = body.get("type")
    if kind == "text":
        text = (body.get("text") or {}).get("body") or ""
        if not text.strip() or len(text) > TEXT_LIMIT:
            problems.append(f"text body empty or over {TEXT_LIMIT}")
    elif kind == "interactive":
        problems += _interactive_problems(body.get("interactive") or {})
    elif kind not in ("image", "template"):
        problems.append(f"unknown type {kind!r}")
    return problems


def _interactive_problems(interactive: dict[str, Any]) -> list[str]:
    problems = []
    body = (interactive.get("body") or {}).get("text") or ""
    action = interactive.get("action") or {}
    if interactive.get("type") == "button":
        buttons = action.get("buttons") or []
        titles = [b["reply"]["title"] for b in buttons]
        ids = [b["reply"]["id"] for b in buttons]
        if not body or len(body) > BUTTON_BODY_LIMIT:
            problems.append("button body empty or over 1024")
        if not 1 <= len(buttons) <= 3:
            problems.append("1 to 3 buttons")
        if any(not t or len(t) > 20 for t in titles) or len(set(titles)) != len(titles):
            problems.append("button titles: 1-20 characters, unique")
        if any(not i or len(i) > 256 for i in ids) or len(set(ids)) != len(ids):
            problems.append("button ids: 1-256 characters, unique")
    elif interactive.get("type") == "list":
        rows = [row for section in action.get("sections") or [] for row in section["rows"]]
        if not body or len(body) > LIST_BODY_LIMIT:
            problems.append("list body empty or over 4096")
        if not action.get("button") or len(action["button"]) > 20:
            problems.append("list button label: 1-20 characters")
        if not 1 <= len(rows) <= 10:
            problems.append("1 to 10 rows")
        if any(not r["title"] or len(r["title"]) > 24 for r in rows):
            problems.append("row titles: 1-24 characters")
        if any(len(r.get("description", "")) > 72 for r in rows):
            problems.append("row descriptions: at most 72 characters")
        ids = [r["id"] for r in rows]
        if any(not i or len(i) > 200 for i in ids) or len(set(ids)) != len(ids):
            problems.append("row ids: 1-200 characters, unique")
    else:
        problems.append("interactive type must be button or list")
    return problems


@dataclass
class FakeApi:
    """The server part: a thread with its own loop; `fail_next` queues error answers."""

    calls: list[Call] = field(default_factory=list)
    url: str = ""
    _failures: deque[int] = field(default_factory=deque)
    _loop: asyncio.AbstractEventLoop | None = None
    _thread: threading.Thread | None = None

    def routes(self) -> list[web.RouteDef]:
        raise NotImplementedError

    def to(self, recipient: str) -> list[dict[str, Any]]:
        """Accepted messages for one recipient, as the API names it."""
        raise NotImplementedError

    def fail_next(self, status: int, times: int = 1) -> None:
        self._failures.extend([status] * times)

    def pending_failures(self) -> int:
        return len(self._failures)

    @property
    def sent(self) -> list[dict[str, Any]]:
        """Bodies of the messages the API accepted, in order."""
        return [call.body for call in list(self.calls) if 200 <= call.status < 300]

    def wait_for(
        self, predicate: Callable[[list[dict[str, Any]]], bool], timeout_s: float = 90.0
    ) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            sent = self.sent
            if predicate(sent):
                return sent
            time.sleep(0.1)
        raise AssertionError(f"the fake API did not get the expected messages; it got {self.sent}")

    def _next_failure(self) -> int | None:
        return self._failures.popleft() if self._failures else None

    def _record(self, request: web.Request, body: dict[str, Any], status: int) -> None:
        self.calls.append(Call(request.path, body, status))

    def start(self) -> FakeApi:
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(ready,), daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake API did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> FakeApi:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def _serve(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        app = web.Application()
        app.add_routes(self.routes())
        runner = web.AppRunner(app, access_log=None)
        loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        loop.run_until_complete(site.start())
        host, port = runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"
        ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(runner.cleanup())
            loop.close()


@dataclass
class FakeGraphApi(FakeApi):
    """POST /<version>/<phone number id>/messages, as the WhatsApp Cloud API."""

    version: str = "v21.0"
    phone_number_id: str = "109876543210"
    access_token: str = "test-access-token"
    _ids: Any = field(default_factory=itertools.count)

    def routes(self) -> list[web.RouteDef]:
        return [web.post(f"/{self.version}/{self.phone_number_id}/messages", self.messages)]

    def to(self, number: str) -> list[dict[str, Any]]:
        """Accepted messages for one recipient (the number without +)."""
        return [body for body in self.sent if body.get("to") == number]

    async def messages(self, request: web.Request) -> web.Response:
        body = await request.json()
        if request.headers.get("Authorization") != f"Bearer {self.access_token}":
            return self._answer(request, body, 401, _graph_error(190, "Invalid OAuth token"))
        failure = self._next_failure()
        if failure == 429:
            return self._answer(request, body, 429, _graph_error(130429, "Rate limit hit"))
        if failure is not None:
            return self._answer(request, body, failure, _graph_error(1, "Unknown error"))
        problems = graph_problems(body)
        if problems:
            return self._answer(request, body, 400, _graph_error(100, "; ".join(problems)))
        message_id = f"wamid.FAKE{next(self._ids):06d}"
        answer = {
            "messaging_product": "whatsapp",
            "contacts": [{"input": body["to"], "wa_id": body["to"]}],
            "messages": [{"id": message_id}],
        }
        return self._answer(request, body, 200, answer)

    def _answer(
        self, request: web.Request, body: dict[str, Any], status: int, answer: dict[str, Any]
    ) -> web.Response:
        self._record(request, body, status)
        return web.json_response(answer, status=status)


def _graph_error(code: int, message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": "OAuthException", "code": code}}


@dataclass
class FakeTwilioApi(FakeApi):
    """POST /2010-04-01/Accounts/<sid>/Messages.json, as Twilio's REST API."""

    account_sid: str = "AC" + "0" * 32
    auth_token: str = "test-auth-token"
    number: str = "whatsapp:+3185000000"
    _ids: Any = field(default_factory=itertools.count)

    def routes(self) -> list[web.RouteDef]:
        return [web.post(f"/2010-04-01/Accounts/{self.account_sid}/Messages.json", self.messages)]

    def to(self, address: str) -> list[dict[str, Any]]:
        return [body for body in self.sent if body.get("To") == address]

    async def messages(self, request: web.Request) -> web.Response:
        body = dict(await request.post())
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if request.headers.get("Authorization") != f"Basic {expected}":
            return self._answer(request, body, 401, 20003, "Authenticate")
        failure = self._next_failure()
        if failure is not None:
            return self._answer(request, body, failure, 20429 if failure == 429 else 20500, "Fail")
        text = str(body.get("Body") or "")
        if body.get("From") != self.number or not str(body.get("To", "")).startswith("whatsapp:+"):
            return self._answer(request, body, 400, 21211, "Invalid 'To' or 'From'")
        if not text.strip() and not body.get("MediaUrl") and not body.get("ContentSid"):
            return self._answer(request, body, 400, 21602, "Message body is required")
        if len(text) > 1600:
            return self._answer(request, body, 400, 21617, "Body exceeds 1600 characters")
        self._record(request, body, 201)
        sid = f"SM{next(self._ids):032x}"
        return web.json_response(
            {"sid": sid, "status": "queued", "to": body["To"], "from": body["From"]}, status=201
        )

    def _answer(
        self, request: web.Request, body: dict[str, Any], status: int, code: int, message: str
    ) -> web.Response:
        self._record(request, body, status)
        return web.json_response(
            {"code": code, "message": message, "status": status}, status=status
        )
